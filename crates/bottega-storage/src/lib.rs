//! Bottega's storage: one code path over SQLite (the embedded default) and PostgreSQL (several
//! stateless nodes at scale), chosen at runtime by the database URL.
//!
//! Queries are written once, in the SQL both engines share, with `$1`-style parameters, and run
//! through sqlx's `Any` driver; on a SQLite file, sqlx's rows are built by rusqlite on the
//! calling thread instead (`direct.rs`, `conn.rs`). Where the engines truly differ (claiming a
//! job, say) the module asks [`Db::engine`]. Timestamps are UTC milliseconds
//! ([`bottega_domain::Millis`]).
//!
//! SQLite is written through a pool of exactly one connection, so writes queue inside the
//! process instead of racing for the file lock; reads use a separate read-only pool that WAL lets
//! run alongside the writer. That is what keeps `SQLITE_BUSY` away under concurrent requests.

pub mod accounts;
pub mod audit;
pub mod collaboration;
pub mod communication;
mod conn;
pub mod cooperation;
mod direct;
pub mod directory;
mod error;
pub mod flag;
pub mod jobs;
mod pool;
pub mod rate;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod sharing;
pub mod simulation;
#[cfg(feature = "testing")]
pub mod testing;

pub use conn::Conn;
pub use error::{StorageError, StorageResult};
pub use pool::{ConnPool, PooledConn, Tx};
use pool::{Direct, PoolOptions};

use std::path::Path;
use std::str::FromStr;
use std::sync::Once;
use std::time::Duration;

use bottega_domain::Millis;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, ConnectOptions, Executor};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgres",
        }
    }
}

/// A pooled PostgreSQL connection idle at least this long is pinged before it is handed out.
const PING_WHEN_IDLE_FOR: Duration = Duration::from_secs(5);

/// Settings of every PostgreSQL connection. Times are UTC. sqlx prepares every statement once
/// per connection, but PostgreSQL plans a prepared statement anew on each execution while it
/// guesses its generic plan dearer than the plans for the values given: for a thread list that
/// was 0.8 ms of planning for 0.3 ms of reading, on every page. Bottega's statements are shaped
/// to be served by their indexes whatever the values, so the generic plan is planned once and
/// kept.
const POSTGRES_SESSION: [&str; 2] = [
    "SET TIME ZONE 'UTC'",
    "SET plan_cache_mode = force_generic_plan",
];

/// The size of SQLite's write-ahead log, in pages, at which the writer copies it back into the
/// database itself (a checkpoint), in the middle of the commit that crossed it. A node calls
/// [`Db::checkpoint`] often, so this is the backstop, for when nothing does (the command line).
///
/// It is large because the log grows under steady writes even while the node's checkpoints keep
/// up: SQLite starts the log afresh only once a checkpoint has copied every page of it, which
/// does not happen while commits keep coming. The commit that crosses this size then syncs the
/// whole log to disk and the database after it, with every other write waiting: at 10,000
/// pages that was several times a second while replies were written as fast as they came on
/// data set M (a reply's p99 of 100–380 ms, against 60–75 ms at 100,000; see BENCHMARKS.md).
///
/// So the log file can grow to 400 MB, and it keeps that size once the log starts afresh: SQLite
/// writes the next log over it. Cutting it back then (`journal_size_limit`) was tried: the
/// commit that cuts it, and the ones that grow the file again, waited up to 360 ms.
const WAL_AUTOCHECKPOINT_PAGES: u32 = 100_000;

/// What a [`Db::checkpoint`] found and did, in pages of the write-ahead log.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checkpointed {
    /// Pages in the log.
    pub logged: i64,
    /// Pages of the log that are in the database now (all of them unless a reader still
    /// needed some).
    pub copied: i64,
}

/// Handle to the database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Db {
    engine: Engine,
    /// Reads, without sqlx's round trip on giving a connection back (see [`ConnPool`]).
    read: ConnPool,
    /// Write transactions: on SQLite exactly one connection.
    write: ConnPool,
    /// SQLite: one connection of its own for checkpoints, so that they never hold the writer.
    checkpointer: Option<AnyPool>,
}

/// The current time as stored: UTC milliseconds.
pub fn now() -> Millis {
    chrono::Utc::now().timestamp_millis()
}

/// The pool size used when none is configured. PostgreSQL: 16, so that queries waiting on the
/// network or on locks do not hold up the others. SQLite: at most two sqlx readers per CPU core
/// (at least two), lent by `reader().acquire()`: each is a thread of its own with its own page
/// cache (about 3 MB), and on data set M sixteen of them used 30–40 MB more than four without
/// serving more pages. Reads through `reader()` itself open one connection per thread that
/// reads at once (see `direct.rs`), which the runtime's threads bound.
pub fn default_max_connections(engine: Engine) -> u32 {
    match engine {
        Engine::Postgres => 16,
        Engine::Sqlite => std::thread::available_parallelism()
            .map_or(2, |n| u32::try_from(n.get()).unwrap_or(u32::MAX))
            .saturating_mul(2)
            .clamp(2, 16),
    }
}

/// The URL of the embedded default database inside a data folder.
pub fn sqlite_url(data_dir: &Path) -> String {
    format!("sqlite://{}", data_dir.join("bottega.db").display())
}

impl Db {
    /// Opens the database named by `url` (`sqlite://path` or `postgres://...`), creating a SQLite
    /// file if it does not exist yet. `max_connections` sizes the pool (on SQLite, the readers
    /// beside the one writer); 0 picks [`default_max_connections`].
    pub async fn connect(url: &str, max_connections: u32) -> StorageResult<Db> {
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else {
            Engine::Postgres
        };
        let max_connections = match max_connections {
            0 => default_max_connections(engine),
            n => n,
        };
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);

        if url.starts_with("sqlite:") {
            let base = url.split('?').next().unwrap_or(url);
            let write = ConnPool::connect(PoolOptions {
                connect: options(&format!("{base}?mode=rwc"))?,
                setup: vec![
                    // WAL lets readers run beside the writer; NORMAL is durable in WAL mode
                    // except for the last transactions on power loss, the usual trade-off.
                    "PRAGMA journal_mode = WAL".to_string(),
                    "PRAGMA synchronous = NORMAL".to_string(),
                    "PRAGMA foreign_keys = ON".to_string(),
                    "PRAGMA busy_timeout = 10000".to_string(),
                    // By default the commit that grows the log past 1,000 pages copies it into
                    // the database and syncs both, about 100 ms on data set M in which every
                    // write waits behind it (the p99 of a reply). The node checkpoints beside
                    // the writer instead (`Db::checkpoint`).
                    format!("PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}"),
                ],
                // Exactly one writer: concurrent writes queue here, not for the file's lock.
                max_connections: 1,
                ping_when_idle_for: None,
                // Its statements run on the thread that awaits them (see `conn.rs`).
                direct: sqlite_file(base).map_or(Direct::No, Direct::Writes),
            })
            .await?;
            let checkpointer = AnyPoolOptions::new()
                .max_connections(1)
                .min_connections(0)
                .test_before_acquire(false)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        Ok(())
                    })
                })
                .connect_lazy_with(options(&format!("{base}?mode=rw"))?);
            let read = ConnPool::connect(PoolOptions {
                connect: options(&format!("{base}?mode=ro"))?,
                setup: vec![
                    "PRAGMA busy_timeout = 10000".to_string(),
                    "PRAGMA foreign_keys = ON".to_string(),
                ],
                max_connections: max_connections.max(2),
                // A SQLite connection is a file handle in this process: nothing at the other
                // end can hang up.
                ping_when_idle_for: None,
                direct: sqlite_file(base).map_or(Direct::No, Direct::Reads),
            })
            .await?;
            Ok(Db {
                engine: Engine::Sqlite,
                read,
                write,
                checkpointer: Some(checkpointer),
            })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let connections = || -> StorageResult<PoolOptions> {
                Ok(PoolOptions {
                    connect: options(url)?,
                    setup: POSTGRES_SESSION.iter().map(|s| s.to_string()).collect(),
                    max_connections,
                    ping_when_idle_for: Some(PING_WHEN_IDLE_FOR),
                    direct: Direct::No,
                })
            };
            let write = ConnPool::connect(connections()?).await?;
            // Reads have connections of their own, as many again as writes: a page's reads
            // never wait for a connection held by a transaction.
            let read = ConnPool::connect(connections()?).await?;
            Ok(Db {
                engine: Engine::Postgres,
                read,
                write,
                checkpointer: None,
            })
        } else {
            Err(StorageError::UnsupportedUrl)
        }
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The pool for reads. On SQLite its connections are read-only.
    pub fn reader(&self) -> &ConnPool {
        &self.read
    }

    /// Starts a write transaction. Everything that changes data goes through one, together with
    /// the jobs and audit entries the change causes.
    ///
    /// The caller's place in the code is kept with the transaction, for the log of slow ones.
    #[track_caller]
    pub fn begin(&self) -> impl std::future::Future<Output = StorageResult<Tx>> + Send + '_ {
        let at = std::panic::Location::caller();
        async move { Ok(Tx::begin(&self.write, at).await?) }
    }

    /// Applies the migrations of this engine. Safe to run from several nodes at once: sqlx takes
    /// an advisory lock on PostgreSQL, and SQLite has a single writer.
    pub async fn migrate(&self) -> StorageResult<()> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        self.write.migrate(migrator).await?;
        settings::ensure_secret(self).await?;
        Ok(())
    }

    /// Answers whether the database is reachable (for `/readyz`).
    pub async fn ping(&self) -> StorageResult<()> {
        sqlx::query("SELECT 1").execute(&self.read).await?;
        Ok(())
    }

    /// SQLite: copies what the write-ahead log holds back into the database, beside the writer
    /// and the readers (a passive checkpoint: it takes what no reader still needs and never
    /// waits). PostgreSQL checkpoints on its own: nothing to do.
    pub async fn checkpoint(&self) -> StorageResult<Checkpointed> {
        let Some(pool) = &self.checkpointer else {
            return Ok(Checkpointed::default());
        };
        // Busy (another checkpoint ran), pages in the log, pages copied.
        let (_, logged, copied): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_one(pool)
            .await?;
        Ok(Checkpointed { logged, copied })
    }

    pub async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
        if let Some(pool) = &self.checkpointer {
            pool.close().await;
        }
    }
}

/// The file a `sqlite:` URL (without its `?` options) names, read as sqlx reads it; `None` for
/// an in-memory database, which only sqlx's connections can share.
fn sqlite_file(base: &str) -> Option<std::path::PathBuf> {
    let path = base
        .strip_prefix("sqlite://")
        .or_else(|| base.strip_prefix("sqlite:"))
        .unwrap_or(base);
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
    Some(std::path::PathBuf::from(path.as_ref()))
}

fn options(url: &str) -> StorageResult<AnyConnectOptions> {
    let opts = AnyConnectOptions::from_str(url)?;
    // Statement logging at debug level only; slow statements are still reported.
    Ok(opts
        .log_statements(tracing::log::LevelFilter::Debug)
        .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_millis(200)))
}

/// Gathers the statistics the query planner uses (`ANALYZE`), after bulk loads.
///
/// On SQLite only the per-index row estimates are kept (`sqlite_stat1`), not the value samples
/// of `sqlite_stat4`: with samples, SQLite plans a statement again on every execution whose
/// parameters touch an indexed column, which undoes statement caching (a fifth of the CPU of a
/// thread list on data set M went to parsing the same SQL again).
pub async fn analyze(conn: &mut Conn) -> StorageResult<()> {
    sqlx::query("ANALYZE").execute(&mut *conn).await?;
    if conn.engine() == Engine::Sqlite {
        let stat4: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'",
        )
        .fetch_one(&mut *conn)
        .await?;
        if stat4 > 0 {
            sqlx::query("DELETE FROM sqlite_stat4")
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// Whether reads inside a transaction on this connection can lock rows (`FOR UPDATE`). On
/// PostgreSQL they must, where a rule spans rows that concurrent transactions change; SQLite
/// needs no lock because its single writer runs write transactions one at a time.
pub(crate) fn locks_rows(conn: &Conn) -> bool {
    conn.engine() == Engine::Postgres
}

/// `$start, $start+1, ...` for an `IN (...)` clause of `count` bound values.
pub(crate) fn placeholders(start: usize, count: usize) -> String {
    (start..start + count)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A random token for links and sessions: 256 bits, URL-safe. Only its hash is stored.
pub fn new_token() -> String {
    use base64::Engine as _;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a token: its SHA-256, so a leaked database holds no usable links.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn pools_default_by_engine() {
        use super::{default_max_connections, Engine};
        assert_eq!(default_max_connections(Engine::Postgres), 16);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u32;
        assert_eq!(
            default_max_connections(Engine::Sqlite),
            (cores * 2).clamp(2, 16)
        );
    }

    /// A transaction keeps the place in the code that began it, not a place in this crate: the
    /// log of slow transactions names it.
    #[tokio::test]
    async fn a_transaction_knows_who_began_it() {
        let dir = tempfile::tempdir().unwrap();
        let db = super::Db::connect(&super::sqlite_url(dir.path()), 2)
            .await
            .unwrap();
        let line = line!() + 1;
        let tx = db.begin().await.unwrap();
        assert_eq!(
            (tx.began_at().file(), tx.began_at().line()),
            (file!(), line)
        );
    }

    #[test]
    fn placeholders_number_from_the_start() {
        assert_eq!(super::placeholders(3, 2), "$3, $4");
        assert_eq!(super::placeholders(1, 1), "$1");
    }
}
