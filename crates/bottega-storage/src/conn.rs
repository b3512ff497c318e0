//! A database connection as the write functions use it (`&mut Conn`): sqlx's own connection,
//! or on a SQLite file the writer's connection, which runs its statements on the thread that
//! awaits them.
//!
//! A reply is a transaction of about a dozen statements (begin, the thread, the post, the
//! community, the follow, the outbox, the job, commit), and the job that follows takes the
//! writer again. Through sqlx's SQLite driver each of them crossed to the connection's thread
//! and back, two thread wake-ups per statement, while the other writes queued behind the single
//! writer (BENCHMARKS.md, tenth round). SQLite is a library in this process; its writer now
//! runs where it is awaited, like the reads (see `direct.rs`).
//!
//! A statement run here is done when it is first polled, so a task that runs many of them in a
//! row (the job worker with a batch, a bulk load) would never give its thread back to the
//! runtime, and requests queued on that thread would wait for the whole batch. Each statement
//! therefore spends from the task's cooperative budget, as tokio's own I/O does, and the task
//! yields when the budget is used up.
//!
//! Only taking the file's write lock can wait long: another process (the command line, a
//! second node on the same file) may hold it. So a transaction begins with `BEGIN IMMEDIATE`,
//! which takes the lock at once or fails at once, and the wait between attempts is a timer, not
//! a blocked thread. Once begun, a transaction's statements never wait for the lock.

use std::time::{Duration, Instant};

use either::Either;
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use sqlx::any::{AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::{Any, AnyConnection, Connection, Describe, Execute, Executor, TransactionManager};

use crate::direct::{self, DirectConn, Ran};
use crate::Engine;

type Transactions = <Any as sqlx::Database>::TransactionManager;

/// The first pause when the file's write lock is taken; each next pause doubles, up to
/// [`LOCK_PAUSE_MAX`].
const LOCK_PAUSE_MIN: Duration = Duration::from_millis(1);
const LOCK_PAUSE_MAX: Duration = Duration::from_millis(50);

/// A connection of a [`crate::ConnPool`]: use it as `&mut *conn` wherever sqlx takes an
/// executor.
pub struct Conn {
    link: Link,
}

enum Link {
    Sqlx(AnyConnection),
    Sqlite(DirectConn),
}

impl std::fmt::Debug for Conn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let link = match &self.link {
            Link::Sqlx(_) => "sqlx",
            Link::Sqlite(_) => "sqlite, on the calling thread",
        };
        f.debug_struct("Conn").field("link", &link).finish()
    }
}

/// How a transaction left behind is ended.
pub(crate) enum Rollback {
    /// Nothing was open, or it is rolled back now.
    Done,
    /// Queued on sqlx's connection: it reaches the database with the next statement sent.
    Queued,
}

impl Conn {
    pub(crate) fn sqlx(conn: AnyConnection) -> Conn {
        Conn {
            link: Link::Sqlx(conn),
        }
    }

    pub(crate) fn sqlite(conn: DirectConn) -> Conn {
        Conn {
            link: Link::Sqlite(conn),
        }
    }

    /// The engine at the other end.
    pub fn engine(&self) -> Engine {
        match &self.link {
            Link::Sqlx(conn) if conn.backend_name() == "PostgreSQL" => Engine::Postgres,
            Link::Sqlx(_) | Link::Sqlite(_) => Engine::Sqlite,
        }
    }

    /// sqlx's connection, where this is one (the migrations need it).
    pub(crate) fn as_sqlx(&mut self) -> Option<&mut AnyConnection> {
        match &mut self.link {
            Link::Sqlx(conn) => Some(conn),
            Link::Sqlite(_) => None,
        }
    }

    /// Checks that the connection answers.
    pub(crate) async fn ping(&mut self) -> Result<(), sqlx::Error> {
        match &mut self.link {
            Link::Sqlx(conn) => conn.ping().await,
            Link::Sqlite(conn) => conn.run("SELECT 1", None, true, None).map(drop),
        }
    }

    /// Closes the connection, telling the other end where there is one.
    pub(crate) async fn close(self) -> Result<(), sqlx::Error> {
        match self.link {
            Link::Sqlx(conn) => conn.close().await,
            Link::Sqlite(conn) => {
                drop(conn);
                Ok(())
            }
        }
    }

    /// Starts a transaction. On the SQLite writer it holds the file's write lock from here.
    pub(crate) async fn begin(&mut self) -> Result<(), sqlx::Error> {
        match &mut self.link {
            Link::Sqlx(conn) => Transactions::begin(conn, None).await,
            Link::Sqlite(conn) => begin_immediate(conn).await,
        }
    }

    pub(crate) async fn commit(&mut self) -> Result<(), sqlx::Error> {
        match &mut self.link {
            Link::Sqlx(conn) => Transactions::commit(conn).await,
            Link::Sqlite(conn) => conn.run("COMMIT", None, true, None).map(drop),
        }
    }

    pub(crate) async fn rollback(&mut self) -> Result<(), sqlx::Error> {
        match &mut self.link {
            Link::Sqlx(conn) => Transactions::rollback(conn).await,
            Link::Sqlite(conn) => conn.run("ROLLBACK", None, true, None).map(drop),
        }
    }

    /// Ends an open transaction without waiting (for `Drop`).
    pub(crate) fn rollback_now(&mut self) -> Result<Rollback, sqlx::Error> {
        match &mut self.link {
            Link::Sqlx(conn) => {
                if Transactions::get_transaction_depth(conn) == 0 {
                    return Ok(Rollback::Done);
                }
                Transactions::start_rollback(conn);
                Ok(Rollback::Queued)
            }
            Link::Sqlite(conn) => {
                if conn.in_transaction() {
                    conn.run("ROLLBACK", None, true, None)?;
                }
                Ok(Rollback::Done)
            }
        }
    }
}

/// `BEGIN IMMEDIATE` on the SQLite writer: the file's write lock is taken now, so that no
/// statement of the transaction waits for it later (and none fails on a snapshot another
/// process changed). While another process holds the lock, the attempts are spaced by timers,
/// up to the same time a statement would wait.
async fn begin_immediate(conn: &mut DirectConn) -> Result<(), sqlx::Error> {
    let started = Instant::now();
    let mut pause = LOCK_PAUSE_MIN;
    conn.wait_for_locks(Duration::ZERO)?;
    let begun = loop {
        match conn.run("BEGIN IMMEDIATE", None, true, None) {
            Err(e) if busy(&e) && started.elapsed() < direct::BUSY_TIMEOUT => {
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(LOCK_PAUSE_MAX);
            }
            other => break other.map(drop),
        }
    };
    conn.wait_for_locks(direct::BUSY_TIMEOUT)?;
    begun
}

/// Whether SQLite answered that another connection holds the lock (`SQLITE_BUSY` and its
/// extended codes).
fn busy(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(e) => e
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| code & 0xff == rusqlite::ffi::SQLITE_BUSY),
        _ => false,
    }
}

/// Runs `query` on the SQLite connection, here and now.
fn run<'q, E: Execute<'q, Any>>(
    conn: &mut DirectConn,
    query: E,
    limit: Option<usize>,
) -> Result<Ran, sqlx::Error> {
    let (sql, arguments, cached) = direct::parts(query)?;
    conn.run(sql, arguments, cached, limit)
}

impl<'c> Executor<'c> for &'c mut Conn {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        match &mut self.link {
            Link::Sqlx(conn) => conn.fetch_many(query),
            Link::Sqlite(conn) => Box::pin(async_stream::try_stream! {
                let Ran { rows, result } = run(conn, query, None)?;
                tokio::task::consume_budget().await;
                for row in rows {
                    yield Either::Right(row);
                }
                yield Either::Left(result);
            }),
        }
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> BoxFuture<'e, Result<Option<AnyRow>, sqlx::Error>>
    where
        'c: 'e,
        E: 'q + Execute<'q, Any>,
    {
        match &mut self.link {
            Link::Sqlx(conn) => conn.fetch_optional(query),
            Link::Sqlite(conn) => Box::pin(async move {
                let ran = run(conn, query, Some(1));
                tokio::task::consume_budget().await;
                ran.map(|ran| ran.rows.into_iter().next())
            }),
        }
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [AnyTypeInfo],
    ) -> BoxFuture<'e, Result<AnyStatement<'q>, sqlx::Error>>
    where
        'c: 'e,
    {
        match &mut self.link {
            Link::Sqlx(conn) => conn.prepare_with(sql, parameters),
            Link::Sqlite(conn) => Box::pin(async move { conn.prepare(sql) }),
        }
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, sqlx::Error>>
    where
        'c: 'e,
    {
        match &mut self.link {
            Link::Sqlx(conn) => conn.describe(sql),
            Link::Sqlite(conn) => Box::pin(async move { conn.describe(sql) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use sqlx::error::ErrorKind;
    use sqlx::{AnyConnection, Connection, Either, Executor, Row, Statement};

    use crate::{sqlite_url, Db, Engine};

    /// The SQLite writer runs writes as sqlx's driver did: several statements in one text,
    /// rows returned by a write, rows counted, constraint errors by kind, a failed statement
    /// leaving its transaction usable, commits seen by readers, rollbacks (also by dropping),
    /// statements prepared and described.
    #[tokio::test]
    async fn writes_through_the_direct_writer() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&sqlite_url(dir.path()), 2).await.unwrap();

        let mut tx = db.begin().await.unwrap();
        assert_eq!(tx.engine(), Engine::Sqlite);
        assert_eq!(
            format!("{:?}", *tx),
            r#"Conn { link: "sqlite, on the calling thread" }"#
        );
        tx.execute(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                             n INTEGER NOT NULL DEFAULT 0);
             CREATE INDEX t_n ON t (n);
             INSERT INTO t (name) VALUES ('Ohrid');",
        )
        .await
        .unwrap();
        let id: i64 = sqlx::query_scalar("INSERT INTO t (name, n) VALUES ($1, $2) RETURNING id")
            .bind("Łódź")
            .bind(4_i64)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        assert_eq!(id, 2);
        let updated = sqlx::query("UPDATE t SET n = n + 1")
            .execute(&mut *tx)
            .await
            .unwrap();
        assert_eq!(updated.rows_affected(), 2);
        match sqlx::query("INSERT INTO t (name) VALUES ($1)")
            .bind("Ohrid")
            .execute(&mut *tx)
            .await
        {
            Err(sqlx::Error::Database(e)) => assert_eq!(e.kind(), ErrorKind::UniqueViolation),
            other => panic!("a second Ohrid: {other:?}"),
        }
        // The failed statement took nothing else back.
        let n: i64 = sqlx::query_scalar("SELECT SUM(n) FROM t")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        assert_eq!(n, 6);
        // Not seen by readers before the commit; seen after it.
        let count = |db: Db| async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM t")
                .fetch_one(db.reader())
                .await
        };
        assert!(
            count(db.clone()).await.is_err(),
            "the table is not there yet"
        );
        tx.commit().await.unwrap();
        assert_eq!(count(db.clone()).await.unwrap(), 2);

        // Rolled back, by a call and by dropping the transaction; the writer is free after.
        let mut tx = db.begin().await.unwrap();
        tx.execute("DELETE FROM t").await.unwrap();
        tx.rollback().await.unwrap();
        let mut tx = db.begin().await.unwrap();
        tx.execute("DELETE FROM t").await.unwrap();
        drop(tx);
        assert_eq!(count(db.clone()).await.unwrap(), 2);

        // A write's rows are all written, also when only the first is read.
        let mut tx = db.begin().await.unwrap();
        let first = sqlx::query("UPDATE t SET n = 0 RETURNING id")
            .fetch_optional(&mut *tx)
            .await
            .unwrap();
        assert!(first.is_some());
        let zero: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t WHERE n = 0")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        assert_eq!(zero, 2);
        // A stream ends with the statement's result after its rows.
        let steps: Vec<_> = futures::TryStreamExt::try_collect(
            tx.fetch_many(sqlx::query("SELECT id FROM t ORDER BY id")),
        )
        .await
        .unwrap();
        assert_eq!(steps.len(), 3);
        assert!(matches!(steps[2], Either::Left(_)));

        // Prepared and described as sqlx describes a SQLite statement: columns and how many
        // parameters.
        let described = tx
            .describe("SELECT id, name AS place FROM t WHERE n = $1")
            .await
            .unwrap();
        let names: Vec<&str> = described.columns.iter().map(sqlx::Column::name).collect();
        assert_eq!(names, ["id", "place"]);
        assert!(matches!(described.parameters, Some(Either::Right(1))));
        let prepared = tx
            .prepare("SELECT name FROM t WHERE id = $1")
            .await
            .unwrap();
        let name: String = prepared
            .query()
            .bind(1_i64)
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .get(0);
        assert_eq!(name, "Ohrid");
        tx.commit().await.unwrap();
        db.close().await;
    }

    /// A task that runs statement after statement still lets the other tasks of its thread
    /// run: each statement spends from its cooperative budget.
    #[tokio::test(flavor = "current_thread")]
    async fn many_statements_in_a_row_let_other_tasks_run() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&sqlite_url(dir.path()), 2).await.unwrap();
        let ran = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let other = tokio::spawn({
            let ran = ran.clone();
            async move { ran.store(true, std::sync::atomic::Ordering::SeqCst) }
        });
        let mut tx = db.begin().await.unwrap();
        tx.execute("CREATE TABLE n (x INTEGER)").await.unwrap();
        let mut statements = 0;
        while !ran.load(std::sync::atomic::Ordering::SeqCst) {
            assert!(statements < 10_000, "the other task never ran");
            sqlx::query("INSERT INTO n (x) VALUES ($1)")
                .bind(statements)
                .execute(&mut *tx)
                .await
                .unwrap();
            // Reads on the calling thread spend from the budget too.
            sqlx::query("SELECT 1")
                .fetch_one(db.reader())
                .await
                .unwrap();
            statements += 1;
        }
        tx.commit().await.unwrap();
        other.await.unwrap();
        db.close().await;
    }

    /// While another process holds the file's write lock, a transaction waits for it without
    /// holding the thread: on a runtime of one thread, the task that releases the lock still
    /// runs, and the transaction begins as soon as it has.
    #[tokio::test(flavor = "current_thread")]
    async fn waits_for_the_lock_without_holding_the_thread() {
        let dir = tempfile::tempdir().unwrap();
        let url = sqlite_url(dir.path());
        let db = Db::connect(&url, 2).await.unwrap();
        let mut other = AnyConnection::connect(&url).await.unwrap();
        other.execute("BEGIN IMMEDIATE").await.unwrap();
        let holder = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            other.execute("COMMIT").await.unwrap();
            other
        });
        let started = Instant::now();
        let mut tx = db.begin().await.unwrap();
        let waited = started.elapsed();
        assert!(
            waited >= Duration::from_millis(150),
            "began at once: {waited:?}"
        );
        assert!(waited < Duration::from_secs(5), "waited {waited:?}");
        tx.execute("CREATE TABLE after_the_wait (x INTEGER)")
            .await
            .unwrap();
        tx.commit().await.unwrap();
        holder.await.unwrap().close().await.unwrap();
        db.close().await;
    }
}
