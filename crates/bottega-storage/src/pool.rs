//! Bottega's connection pools, for reads and for write transactions: a connection is handed
//! back without a round trip.
//!
//! sqlx's own pool pings every connection when it is given back, from a task it spawns for the
//! purpose. Each statement of a page therefore cost two round trips to the connection: on SQLite
//! to the connection's own thread, which is a thread wake-up and a context switch each way, and
//! on PostgreSQL over the network. On data set M a profile page (five statements) made 14 context
//! switches and spent most of its 0.33 CPU ms in them, against 0.04 for the home page, which
//! reads nothing.
//!
//! Writes paid the same round trip once per transaction, and on SQLite the single writer stayed
//! out of use until it was done, so every write waiting behind it waited for it too.
//!
//! Here a connection goes straight back to the idle list when its statement or transaction
//! ends. What the ping was for is kept in another way:
//! - a connection whose statement failed for a reason of the connection itself (input/output,
//!   protocol, a crashed SQLite thread) is closed instead of kept, and on PostgreSQL one whose
//!   statement failed for any other reason (the server may have ended the session with an
//!   error) is pinged before it is used again;
//! - a statement given up half-way (its future dropped) leaves nothing behind: SQLite's thread
//!   finishes the statement before it takes the next command, and sqlx's PostgreSQL connection
//!   reads past the rest of an abandoned result before it sends the next one;
//! - a transaction dropped without a commit (an error, a request given up) queues its rollback
//!   on the connection, and a task sends it and waits for it before the connection is idle
//!   again: sqlx's PostgreSQL connection would otherwise keep the rollback, and the
//!   transaction its locks, until the connection's next statement;
//! - on PostgreSQL, a connection idle for a while (the server may have restarted, a firewall may
//!   have cut it) is pinged before it is handed out, and replaced if the ping fails.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::panic::Location;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use either::Either;
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::TryStreamExt;
use sqlx::any::{AnyConnectOptions, AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::{Any, AnyConnection, Connection, Describe, Execute, Executor};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::conn::{Conn, Rollback};
use crate::direct::{DirectConn, DirectReads, Ran};

/// How long a request waits for a free connection before it fails.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(30);

/// How a pool opens, checks and limits its connections.
pub(crate) struct PoolOptions {
    pub connect: AnyConnectOptions,
    /// Statements run once on each new connection (session settings).
    pub setup: Vec<String>,
    pub max_connections: u32,
    /// A connection idle at least this long is pinged before it is handed out (`None`: never,
    /// as for SQLite, whose connection is a thread of this process).
    pub ping_when_idle_for: Option<Duration>,
    /// Whether statements run through sqlx or on the calling thread.
    pub direct: Direct,
}

/// Where a SQLite pool runs its statements on the calling thread (see [`crate::direct`]).
pub(crate) enum Direct {
    /// Nowhere: every statement goes through sqlx's driver (PostgreSQL, in-memory SQLite).
    No,
    /// The read pool's statements, on read-only connections to this file; its sqlx connections
    /// then serve only [`ConnPool::acquire`].
    Reads(PathBuf),
    /// Every statement of the pool's connections, which are connections to this file, opened
    /// read-write.
    Writes(PathBuf),
}

/// A pool of connections, for reads or for write transactions; cheap to clone.
#[derive(Clone)]
pub struct ConnPool {
    inner: Arc<Inner>,
}

struct Inner {
    options: PoolOptions,
    direct: Option<DirectReads>,
    permits: Arc<Semaphore>,
    /// Connections not in use, the most recently used last: it is taken first, its caches warm.
    idle: Mutex<Vec<Idle>>,
    /// Connections open, idle or in use.
    open: AtomicUsize,
}

struct Idle {
    conn: Conn,
    since: Instant,
    /// Its last statement failed: check it before it is used again.
    suspect: bool,
}

impl fmt::Debug for ConnPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnPool")
            .field("max_connections", &self.inner.options.max_connections)
            .field("open", &self.size())
            .finish()
    }
}

impl ConnPool {
    /// A pool that opens its connections when they are first needed.
    fn new(options: PoolOptions, direct: Option<DirectReads>) -> ConnPool {
        let permits = Arc::new(Semaphore::new(options.max_connections.max(1) as usize));
        ConnPool {
            inner: Arc::new(Inner {
                options,
                direct,
                permits,
                idle: Mutex::new(Vec::new()),
                open: AtomicUsize::new(0),
            }),
        }
    }

    /// A pool with one connection opened now, so that a wrong address or file fails at start-up.
    pub(crate) async fn connect(options: PoolOptions) -> Result<ConnPool, sqlx::Error> {
        let direct = match &options.direct {
            Direct::Reads(path) => Some(DirectReads::open(path.clone())?),
            Direct::No | Direct::Writes(_) => None,
        };
        let pool = ConnPool::new(options, direct);
        if pool.inner.direct.is_none() {
            drop(pool.acquire().await?);
        }
        Ok(pool)
    }

    /// Whether this pool reads SQLite on the calling thread.
    fn direct(&self) -> Option<&DirectReads> {
        self.inner.direct.as_ref()
    }

    /// A connection of its own for a while (for several statements in a row); it goes back to
    /// the pool when dropped.
    pub async fn acquire(&self) -> Result<PooledConn, sqlx::Error> {
        let inner = &self.inner;
        let mut permit = self.permit().await?;
        while let Some(idle) = inner.take_idle() {
            let due = match inner.options.ping_when_idle_for {
                Some(after) => idle.suspect || idle.since.elapsed() >= after,
                None => false,
            };
            let mut conn = PooledConn::new(inner, idle.conn, permit);
            if !due {
                return Ok(conn);
            }
            // Suspect until the ping answers, also if this acquisition is given up meanwhile.
            conn.suspect = true;
            if conn.ping().await.is_ok() {
                conn.suspect = false;
                return Ok(conn);
            }
            // A connection that does not answer is closed, and the next one is tried.
            conn.broken = true;
            drop(conn);
            permit = self.permit().await?;
        }
        let conn = match &inner.options.direct {
            Direct::Writes(path) => {
                Conn::sqlite(DirectConn::open_writer(path, &inner.options.setup)?)
            }
            Direct::No | Direct::Reads(_) => Conn::sqlx(self.connect_sqlx().await?),
        };
        inner.open.fetch_add(1, Ordering::Relaxed);
        Ok(PooledConn::new(inner, conn, permit))
    }

    /// A new sqlx connection as the pool's options describe it, set up.
    async fn connect_sqlx(&self) -> Result<AnyConnection, sqlx::Error> {
        let options = &self.inner.options;
        let mut conn = AnyConnection::connect_with(&options.connect).await?;
        for statement in &options.setup {
            conn.execute(statement.as_str()).await?;
        }
        Ok(conn)
    }

    /// Applies `migrator`'s migrations while holding one of the pool's connections, so that
    /// on SQLite's single writer nothing else writes meanwhile. sqlx's migrator needs sqlx's
    /// connection: where the pool's is not one, it gets one of its own for the time.
    pub(crate) async fn migrate(&self, migrator: &Migrator) -> Result<(), MigrateError> {
        let mut held = self.acquire().await?;
        if let Some(conn) = held.as_sqlx() {
            return migrator.run(conn).await;
        }
        let mut conn = self.connect_sqlx().await?;
        let migrated = migrator.run(&mut conn).await;
        let _ = conn.close().await;
        migrated
    }

    /// The right to hold one of the pool's connections.
    async fn permit(&self) -> Result<OwnedSemaphorePermit, sqlx::Error> {
        let permits = Arc::clone(&self.inner.permits);
        tokio::time::timeout(ACQUIRE_TIMEOUT, permits.acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)
    }

    /// Closes the idle connections and refuses new acquisitions; connections in use are closed
    /// when they come back.
    pub async fn close(&self) {
        self.inner.permits.close();
        if let Some(direct) = &self.inner.direct {
            direct.close();
        }
        let idle = match self.inner.idle.lock() {
            Ok(mut idle) => std::mem::take(&mut *idle),
            Err(_) => return,
        };
        for Idle { conn, .. } in idle {
            self.inner.open.fetch_sub(1, Ordering::Relaxed);
            let _ = conn.close().await;
        }
    }

    /// How many connections are open, in use or idle.
    pub fn size(&self) -> usize {
        let direct = self.inner.direct.as_ref().map_or(0, DirectReads::size);
        self.inner.open.load(Ordering::Relaxed) + direct
    }
}

impl Inner {
    fn take_idle(&self) -> Option<Idle> {
        self.idle.lock().ok()?.pop()
    }
}

/// A connection taken from a [`ConnPool`]; use it as `&mut *conn`.
pub struct PooledConn {
    pool: Arc<Inner>,
    conn: Option<Conn>,
    /// Held until the connection is back in the pool.
    permit: Option<OwnedSemaphorePermit>,
    /// A statement failed in a way that leaves the connection unusable.
    broken: bool,
    /// A statement failed for another reason.
    suspect: bool,
    /// A rollback was queued on the connection and must reach the database before the
    /// connection is idle: until then the transaction keeps its locks.
    rollback_queued: bool,
}

impl PooledConn {
    fn new(pool: &Arc<Inner>, conn: Conn, permit: OwnedSemaphorePermit) -> PooledConn {
        PooledConn {
            pool: Arc::clone(pool),
            conn: Some(conn),
            permit: Some(permit),
            broken: false,
            suspect: false,
            rollback_queued: false,
        }
    }

    /// `result` of a statement run on this connection, its error noted.
    fn noted<T>(&mut self, result: Result<T, sqlx::Error>) -> Result<T, sqlx::Error> {
        if let Err(e) = &result {
            self.saw(e);
        }
        result
    }

    /// Notes an error of a statement run on this connection.
    fn saw(&mut self, error: &sqlx::Error) {
        if breaks_connection(error) {
            self.broken = true;
        } else {
            self.suspect = true;
        }
    }
}

/// Whether an error means the connection itself failed (as opposed to its statement).
fn breaks_connection(error: &sqlx::Error) -> bool {
    matches!(
        error,
        sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::WorkerCrashed
    )
}

impl Deref for PooledConn {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        // Present from creation until drop.
        self.conn.as_ref().unwrap_or_else(|| unreachable!())
    }
}

impl DerefMut for PooledConn {
    fn deref_mut(&mut self) -> &mut Conn {
        self.conn.as_mut().unwrap_or_else(|| unreachable!())
    }
}

impl Drop for PooledConn {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
        if self.rollback_queued && !self.broken {
            // sqlx's PostgreSQL connection only sends a queued statement with the next one, so
            // the rollback is sent now, on a task that holds the connection (and its permit)
            // until it is done. Without a runtime, closing the connection ends the transaction.
            if let (Ok(runtime), Some(permit)) =
                (tokio::runtime::Handle::try_current(), self.permit.take())
            {
                let mut flushing = PooledConn::new(&self.pool, conn, permit);
                runtime.spawn(async move {
                    flushing.broken = flushing.ping().await.is_err();
                    drop(flushing);
                });
                return;
            }
            self.broken = true;
        }
        if self.broken || self.pool.permits.is_closed() {
            // Dropping a connection closes it (SQLite's thread ends, the socket is shut).
            self.pool.open.fetch_sub(1, Ordering::Relaxed);
            return;
        }
        if let Ok(mut idle) = self.pool.idle.lock() {
            idle.push(Idle {
                conn,
                since: Instant::now(),
                suspect: self.suspect,
            });
        }
    }
}

impl<'p> Executor<'p> for &'_ ConnPool {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, sqlx::Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let pool = self.clone();
        Box::pin(async_stream::try_stream! {
            if let Some(direct) = pool.direct() {
                let Ran { rows, result } = run_direct(direct, query, None)?;
                // Done at once: a turn of the task's budget (see `conn.rs`).
                tokio::task::consume_budget().await;
                for row in rows {
                    yield Either::Right(row);
                }
                yield Either::Left(result);
            } else {
                let mut conn = pool.acquire().await?;
                let mut failed = None;
                {
                    let mut results = (&mut *conn).fetch_many(query);
                    loop {
                        match results.try_next().await {
                            Ok(Some(item)) => yield item,
                            Ok(None) => break,
                            Err(e) => {
                                failed = Some(e);
                                break;
                            }
                        }
                    }
                }
                if let Some(e) = failed {
                    conn.saw(&e);
                    Err(e)?;
                }
            }
        })
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        let pool = self.clone();
        Box::pin(async move {
            if let Some(direct) = pool.direct() {
                let ran = run_direct(direct, query, Some(1));
                tokio::task::consume_budget().await;
                return ran.map(|ran| ran.rows.into_iter().next());
            }
            let mut conn = pool.acquire().await?;
            let result = (&mut *conn).fetch_optional(query).await;
            conn.noted(result)
        })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement<'q>, sqlx::Error>>
    where
        'p: 'e,
    {
        let pool = self.clone();
        Box::pin(async move {
            let mut conn = pool.acquire().await?;
            let result = (&mut *conn).prepare_with(sql, parameters).await;
            conn.noted(result)
        })
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, sqlx::Error>>
    where
        'p: 'e,
    {
        let pool = self.clone();
        Box::pin(async move {
            let mut conn = pool.acquire().await?;
            let result = (&mut *conn).describe(sql).await;
            conn.noted(result)
        })
    }
}

/// Runs `query` on the calling thread, through SQLite directly.
fn run_direct<'q, E: Execute<'q, Any>>(
    direct: &DirectReads,
    query: E,
    limit: Option<usize>,
) -> Result<Ran, sqlx::Error> {
    let (sql, arguments, cached) = crate::direct::parts(query)?;
    direct.run(sql, arguments, cached, limit)
}

/// A write transaction held at least this long is logged with the place in the code that began
/// it: on SQLite every other write waits while it is open.
const SLOW_TRANSACTION: Duration = Duration::from_millis(100);

/// A write transaction on a connection of the writers' pool. Use it as `&mut *tx`; it ends with
/// [`Tx::commit`], or is rolled back when dropped without one.
///
/// How long transactions wait for a connection (on SQLite, for the single writer) and how long
/// they hold it go to the metrics `bottega_db_write_wait_seconds` and
/// `bottega_db_write_held_seconds`: together with a page's own duration they tell whether a slow
/// write was slow in its own statements or behind others.
pub struct Tx {
    conn: PooledConn,
    /// Not yet committed or rolled back.
    open: bool,
    /// When it began, and where in the code.
    began: Instant,
    at: &'static Location<'static>,
    /// Expected to be long (a bulk load): not logged as slow.
    bulk: bool,
}

impl Tx {
    /// Starts a transaction on a connection from `pool`, for the code at `at`.
    pub(crate) async fn begin(
        pool: &ConnPool,
        at: &'static Location<'static>,
    ) -> Result<Tx, sqlx::Error> {
        let asked = Instant::now();
        let mut conn = pool.acquire().await?;
        let begun = conn.begin().await;
        conn.noted(begun)?;
        let began = Instant::now();
        metrics::histogram!("bottega_db_write_wait_seconds")
            .record(began.duration_since(asked).as_secs_f64());
        Ok(Tx {
            conn,
            open: true,
            began,
            at,
            bulk: false,
        })
    }

    /// The place in the code that began this transaction.
    pub fn began_at(&self) -> &'static Location<'static> {
        self.at
    }

    /// Marks this transaction as a bulk load, long on purpose: it is not logged as slow.
    pub fn bulk(&mut self) {
        self.bulk = true;
    }

    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        let result = self.conn.commit().await;
        self.ended(&result);
        result
    }

    pub async fn rollback(mut self) -> Result<(), sqlx::Error> {
        let result = self.conn.rollback().await;
        self.ended(&result);
        result
    }

    fn ended(&mut self, result: &Result<(), sqlx::Error>) {
        match result {
            Ok(()) => self.open = false,
            // Still open: dropping it rolls it back.
            Err(e) => self.conn.saw(e),
        }
    }
}

impl Deref for Tx {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        &self.conn
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.conn
    }
}

impl fmt::Debug for Tx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tx").field("open", &self.open).finish()
    }
}

impl Drop for Tx {
    fn drop(&mut self) {
        let held = self.began.elapsed();
        metrics::histogram!("bottega_db_write_held_seconds").record(held.as_secs_f64());
        if held >= SLOW_TRANSACTION && !self.bulk {
            let held_ms = held.as_millis();
            tracing::warn!(at = %self.at, held_ms, "slow write transaction");
        }
        if !self.open {
            return;
        }
        match self.conn.rollback_now() {
            Ok(Rollback::Done) => {}
            Ok(Rollback::Queued) => self.conn.rollback_queued = true,
            // A connection that cannot roll back is not given to the next transaction.
            Err(_) => self.conn.broken = true,
        }
    }
}
