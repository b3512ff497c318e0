//! The connections pages read through: a pool that hands a connection back without a round trip.
//!
//! sqlx's own pool pings every connection when it is given back, from a task it spawns for the
//! purpose. Each statement of a page therefore cost two round trips to the connection: on SQLite
//! to the connection's own thread, which is a thread wake-up and a context switch each way, and
//! on PostgreSQL over the network. On data set M a profile page (five statements) made 14 context
//! switches and spent most of its 0.33 CPU ms in them, against 0.04 for the home page, which
//! reads nothing.
//!
//! Here a connection goes straight back to the idle list when its statement ends. What the ping
//! was for is kept in another way:
//! - a connection whose statement failed for a reason of the connection itself (input/output,
//!   protocol, a crashed SQLite thread) is closed instead of kept, and on PostgreSQL one whose
//!   statement failed for any other reason (the server may have ended the session with an
//!   error) is pinged before it is used again;
//! - a statement given up half-way (its future dropped) leaves nothing behind: SQLite's thread
//!   finishes the statement before it takes the next command, and sqlx's PostgreSQL connection
//!   reads past the rest of an abandoned result before it sends the next one;
//! - on PostgreSQL, a connection idle for a while (the server may have restarted, a firewall may
//!   have cut it) is pinged before it is handed out, and replaced if the ping fails.
//!
//! Writes keep sqlx's pool: a transaction must end with a commit or a rollback, which that pool
//! guarantees on the way back.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use either::Either;
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::TryStreamExt;
use sqlx::any::{AnyConnectOptions, AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo};
use sqlx::{Any, AnyConnection, Connection, Describe, Execute, Executor};
use tokio::sync::{Semaphore, SemaphorePermit};

/// How a pool opens, checks and limits its connections.
pub(crate) struct ReadPoolOptions {
    pub connect: AnyConnectOptions,
    /// Statements run once on each new connection (session settings).
    pub setup: Vec<String>,
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    /// A connection idle at least this long is pinged before it is handed out (`None`: never,
    /// as for SQLite, whose connection is a thread of this process).
    pub ping_when_idle_for: Option<Duration>,
}

/// A pool of read connections; cheap to clone.
#[derive(Clone)]
pub struct ReadPool {
    inner: Arc<Inner>,
}

struct Inner {
    options: ReadPoolOptions,
    permits: Semaphore,
    /// Connections not in use, the most recently used last: it is taken first, its caches warm.
    idle: Mutex<Vec<Idle>>,
    /// Connections open, idle or in use.
    open: AtomicUsize,
}

struct Idle {
    conn: AnyConnection,
    since: Instant,
    /// Its last statement failed: check it before it is used again.
    suspect: bool,
}

impl fmt::Debug for ReadPool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReadPool")
            .field("max_connections", &self.inner.options.max_connections)
            .field("open", &self.size())
            .finish()
    }
}

impl ReadPool {
    /// A pool that opens its connections when they are first needed.
    pub(crate) fn new(options: ReadPoolOptions) -> ReadPool {
        let permits = Semaphore::new(options.max_connections.max(1) as usize);
        ReadPool {
            inner: Arc::new(Inner {
                options,
                permits,
                idle: Mutex::new(Vec::new()),
                open: AtomicUsize::new(0),
            }),
        }
    }

    /// A pool with one connection opened now, so that a wrong address or file fails at start-up.
    pub(crate) async fn connect(options: ReadPoolOptions) -> Result<ReadPool, sqlx::Error> {
        let pool = ReadPool::new(options);
        drop(pool.acquire().await?);
        Ok(pool)
    }

    /// A connection of its own for a while (for several statements in a row); it goes back to
    /// the pool when dropped.
    pub async fn acquire(&self) -> Result<ReadConn<'_>, sqlx::Error> {
        let inner = &*self.inner;
        let permit = tokio::time::timeout(inner.options.acquire_timeout, inner.permits.acquire())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        while let Some(idle) = inner.take_idle() {
            let mut conn = idle.conn;
            match inner.options.ping_when_idle_for {
                Some(after) if idle.suspect || idle.since.elapsed() >= after => {
                    if conn.ping().await.is_ok() {
                        return Ok(ReadConn::new(inner, conn, permit));
                    }
                    // A connection that does not answer is dropped; the next one is tried.
                    inner.open.fetch_sub(1, Ordering::Relaxed);
                }
                _ => return Ok(ReadConn::new(inner, conn, permit)),
            }
        }
        let mut conn = AnyConnection::connect_with(&inner.options.connect).await?;
        for statement in &inner.options.setup {
            conn.execute(statement.as_str()).await?;
        }
        inner.open.fetch_add(1, Ordering::Relaxed);
        Ok(ReadConn::new(inner, conn, permit))
    }

    /// Closes the idle connections and refuses new acquisitions; connections in use are closed
    /// when they come back.
    pub async fn close(&self) {
        self.inner.permits.close();
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
        self.inner.open.load(Ordering::Relaxed)
    }
}

impl Inner {
    fn take_idle(&self) -> Option<Idle> {
        self.idle.lock().ok()?.pop()
    }
}

/// A connection taken from a [`ReadPool`]; use it as `&mut *conn`.
pub struct ReadConn<'p> {
    pool: &'p Inner,
    conn: Option<AnyConnection>,
    _permit: SemaphorePermit<'p>,
    /// A statement failed in a way that leaves the connection unusable.
    broken: bool,
    /// A statement failed for another reason.
    suspect: bool,
}

impl<'p> ReadConn<'p> {
    fn new(pool: &'p Inner, conn: AnyConnection, permit: SemaphorePermit<'p>) -> ReadConn<'p> {
        ReadConn {
            pool,
            conn: Some(conn),
            _permit: permit,
            broken: false,
            suspect: false,
        }
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

impl Deref for ReadConn<'_> {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        // Present from creation until drop.
        self.conn.as_ref().unwrap_or_else(|| unreachable!())
    }
}

impl DerefMut for ReadConn<'_> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        self.conn.as_mut().unwrap_or_else(|| unreachable!())
    }
}

impl Drop for ReadConn<'_> {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
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

impl<'p> Executor<'p> for &'_ ReadPool {
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
            let mut conn = pool.acquire().await?;
            let result = (&mut *conn).fetch_optional(query).await;
            if let Err(e) = &result {
                conn.saw(e);
            }
            result
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
            if let Err(e) = &result {
                conn.saw(e);
            }
            result
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
            if let Err(e) = &result {
                conn.saw(e);
            }
            result
        })
    }
}
