//! SQLite statements on the thread that awaits them: the read pool's, and the writer's.
//!
//! sqlx runs every SQLite connection on a thread of its own, so each statement crosses to that
//! thread and its rows cross back: two thread wake-ups and context switches per statement. On
//! data set M that was about a third of the CPU of a page of a few statements (BENCHMARKS.md,
//! seventh round). SQLite is a library in this process, so the read pool runs its statements
//! right where they are awaited, through rusqlite, on read-only connections of its own, and
//! hands back sqlx's `AnyRow`s: the queries, written once for both engines with sqlx, stay as
//! they are, and so does the code that decodes their rows.
//!
//! A row holds what sqlx's SQLite driver gives through `Any`: each value typed by what SQLite
//! stored in it (integer as `BigInt`, real as `Double`, text, blob, null). A parameter named
//! `$N` takes the N-th bound value, as sqlx binds them.
//!
//! A text of several statements runs them all, one after the other, as sqlx runs it.
//!
//! A statement keeps the runtime's thread busy while it runs, as it kept sqlx's thread busy
//! before; the work is the same CPU either way. Bottega's statements are short and served by
//! indexes; a read-only connection in WAL mode does not wait for the writer, and the writer
//! waits for the file's lock only when it begins a transaction, which it does without holding
//! the thread (see `conn.rs`). With `synchronous = NORMAL` a commit writes to the log without
//! waiting for the disk, and the node's checkpoints run on a connection of their own. Long
//! work (search, file processing) runs on the blocking pool, not here.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use either::Either;
use rusqlite::types::ValueRef;
use rusqlite::{Batch, Connection, OpenFlags, Statement};
use sqlx::error::{DatabaseError, ErrorKind};
use sqlx::Describe;
use sqlx_core::any::{
    Any, AnyArguments, AnyColumn, AnyQueryResult, AnyRow, AnyStatement, AnyTypeInfo,
    AnyTypeInfoKind, AnyValue, AnyValueKind,
};
use sqlx_core::ext::ustr::UStr;

/// Prepared statements kept per connection (sqlx keeps 100; a node runs a few hundred
/// different reads, and the pages read most stay prepared either way).
const STATEMENTS_KEPT: usize = 256;
/// As the other connections: a read-only connection waits only while the log is recovered, the
/// writer only for a lock another process holds.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Statements slower than this are logged, as sqlx logs them.
const SLOW_STATEMENT: Duration = Duration::from_millis(200);

/// Read-only connections to one SQLite file, used by one caller at a time each.
pub(crate) struct DirectReads {
    path: PathBuf,
    idle: Mutex<Vec<DirectConn>>,
    open: AtomicUsize,
    closed: AtomicBool,
}

/// One SQLite connection, used by one caller at a time.
pub(crate) struct DirectConn {
    conn: Connection,
    /// The columns of each statement run, by its SQL, so that rows share one name map.
    shapes: HashMap<Box<str>, Arc<Shape>>,
}

/// The columns of a statement's rows.
struct Shape {
    names: Arc<sqlx_core::HashMap<UStr, usize>>,
    columns: Vec<AnyColumn>,
}

/// What one statement returned: its rows, and the result sqlx reports after them.
pub(crate) struct Ran {
    pub rows: Vec<AnyRow>,
    pub result: AnyQueryResult,
}

impl DirectReads {
    /// Reads of the SQLite file at `path`, opening one connection now so that a wrong path
    /// fails at start-up.
    pub(crate) fn open(path: PathBuf) -> Result<DirectReads, sqlx::Error> {
        let reads = DirectReads {
            path,
            idle: Mutex::new(Vec::new()),
            open: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
        };
        let conn = reads.connect()?;
        reads.give_back(conn);
        Ok(reads)
    }

    /// Runs one statement with its arguments and returns its rows, at most `limit` of them.
    pub(crate) fn run(
        &self,
        sql: &str,
        arguments: Option<AnyArguments<'_>>,
        cached: bool,
        limit: Option<usize>,
    ) -> Result<Ran, sqlx::Error> {
        if self.closed.load(Ordering::Acquire) {
            return Err(sqlx::Error::PoolClosed);
        }
        let mut conn = match self.take() {
            Some(conn) => conn,
            None => self.connect()?,
        };
        let ran = conn.run(sql, arguments, cached, limit);
        // SQLite reports a failed statement without harm to its connection (the statement is
        // reset when dropped), so the connection is kept either way.
        self.give_back(conn);
        ran
    }

    /// How many connections are open.
    pub(crate) fn size(&self) -> usize {
        self.open.load(Ordering::Relaxed)
    }

    /// Refuses further reads and closes the idle connections (those in use close when given
    /// back).
    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::Release);
        let idle = match self.idle.lock() {
            Ok(mut idle) => std::mem::take(&mut *idle),
            Err(_) => return,
        };
        self.open.fetch_sub(idle.len(), Ordering::Relaxed);
    }

    fn connect(&self) -> Result<DirectConn, sqlx::Error> {
        let conn = DirectConn::open(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        self.open.fetch_add(1, Ordering::Relaxed);
        Ok(conn)
    }

    fn take(&self) -> Option<DirectConn> {
        self.idle.lock().ok()?.pop()
    }

    fn give_back(&self, conn: DirectConn) {
        if !self.closed.load(Ordering::Acquire) {
            if let Ok(mut idle) = self.idle.lock() {
                idle.push(conn);
                return;
            }
        }
        self.open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl DirectConn {
    /// Opens the file at `path` (`access`: read-only, or read-write), without sqlx's thread.
    fn open(path: &Path, access: OpenFlags) -> Result<DirectConn, sqlx::Error> {
        // One caller at a time: SQLite's own mutexes would only cost.
        let flags = access | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_PRIVATE_CACHE;
        let conn = Connection::open_with_flags(path, flags).map_err(error)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(error)?;
        conn.set_prepared_statement_cache_capacity(STATEMENTS_KEPT);
        Ok(DirectConn {
            conn,
            shapes: HashMap::new(),
        })
    }

    /// The writer's connection to the file at `path`, created if missing, after `setup`.
    pub(crate) fn open_writer(path: &Path, setup: &[String]) -> Result<DirectConn, sqlx::Error> {
        let mut conn = DirectConn::open(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        for statement in setup {
            conn.run(statement, None, false, None)?;
        }
        Ok(conn)
    }

    /// Runs `sql` with its arguments and returns its rows, at most `limit` of them. Statements
    /// slower than [`SLOW_STATEMENT`] are logged, as sqlx logs them.
    pub(crate) fn run(
        &mut self,
        sql: &str,
        arguments: Option<AnyArguments<'_>>,
        cached: bool,
        limit: Option<usize>,
    ) -> Result<Ran, sqlx::Error> {
        let started = Instant::now();
        let values = arguments.map(|a| a.values.0).unwrap_or_default();
        let ran = self.step_through(sql, &values, cached, limit);
        let elapsed = started.elapsed();
        if elapsed >= SLOW_STATEMENT {
            tracing::warn!(
                elapsed_ms = elapsed.as_millis() as u64,
                sql,
                "slow statement"
            );
        }
        ran
    }

    fn step_through(
        &mut self,
        sql: &str,
        values: &[AnyValueKind<'_>],
        cached: bool,
        limit: Option<usize>,
    ) -> Result<Ran, sqlx::Error> {
        let mut rows = Vec::new();
        if several(sql) {
            // Prepared one by one, each after the one before has run: a later statement may
            // use a table an earlier one creates.
            let mut batch = Batch::new(&self.conn, sql);
            while let Some(mut statement) = batch.next().map_err(error)? {
                read(&mut statement, values, limit, &mut rows, |statement| {
                    Arc::new(Shape::of(statement))
                })?;
            }
        } else if cached {
            let mut statement = self.conn.prepare_cached(sql).map_err(error)?;
            let shapes = &mut self.shapes;
            read(&mut statement, values, limit, &mut rows, |statement| {
                shape(shapes, sql, statement)
            })?;
        } else {
            let mut statement = self.conn.prepare(sql).map_err(error)?;
            read(&mut statement, values, limit, &mut rows, |statement| {
                Arc::new(Shape::of(statement))
            })?;
        }
        Ok(Ran {
            rows,
            // As sqlx reports them: the changes of the last statement that changed rows.
            result: AnyQueryResult {
                rows_affected: self.conn.changes(),
                last_insert_id: Some(self.conn.last_insert_rowid()),
            },
        })
    }

    /// `sql` prepared, as sqlx's `prepare` gives it: its columns and how many parameters it
    /// takes (SQLite knows no types before a statement runs).
    pub(crate) fn prepare<'q>(&mut self, sql: &'q str) -> Result<AnyStatement<'q>, sqlx::Error> {
        let statement = self.conn.prepare_cached(sql).map_err(error)?;
        let shape = Shape::of(&statement);
        Ok(AnyStatement {
            sql: Cow::Borrowed(sql),
            parameters: Some(Either::Right(statement.parameter_count())),
            column_names: shape.names,
            columns: shape.columns,
        })
    }

    /// `sql` described, as sqlx's `describe` gives it, nullability unknown.
    pub(crate) fn describe(&mut self, sql: &str) -> Result<Describe<Any>, sqlx::Error> {
        let statement = self.prepare(sql)?;
        Ok(Describe {
            nullable: vec![None; statement.columns.len()],
            columns: statement.columns,
            parameters: statement.parameters,
        })
    }

    /// Whether a transaction is open.
    pub(crate) fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// How long a statement waits for a lock another connection holds.
    pub(crate) fn wait_for_locks(&self, at_most: Duration) -> Result<(), sqlx::Error> {
        self.conn.busy_timeout(at_most).map_err(error)
    }
}

/// Whether `sql` holds more than one statement: a `;` before its end. Text with a `;` inside a
/// quoted string is taken the same way, and runs right either way.
fn several(sql: &str) -> bool {
    sql.trim_end().trim_end_matches(';').contains(';')
}

/// What a direct connection takes of a sqlx query: its text, its arguments, and whether its
/// prepared statement is kept.
pub(crate) fn parts<'q, E: sqlx::Execute<'q, Any>>(
    mut query: E,
) -> Result<(&'q str, Option<AnyArguments<'q>>, bool), sqlx::Error> {
    let cached = query.persistent();
    let arguments = query.take_arguments().map_err(sqlx::Error::Encode)?;
    Ok((query.sql(), arguments, cached))
}

/// The shape of `sql`'s rows, remembered for the next time.
fn shape(
    shapes: &mut HashMap<Box<str>, Arc<Shape>>,
    sql: &str,
    statement: &Statement,
) -> Arc<Shape> {
    // Checked against the statement, once it has stepped: a statement kept from before a change
    // of the schema is prepared again by its first step, its columns maybe with it.
    if let Some(shape) = shapes.get(sql).filter(|shape| shape.fits(statement)) {
        return Arc::clone(shape);
    }
    if shapes.len() >= STATEMENTS_KEPT {
        shapes.clear();
    }
    let shape = Arc::new(Shape::of(statement));
    shapes.insert(sql.into(), Arc::clone(&shape));
    shape
}

/// Binds `values` to `statement`, steps through its rows and appends them to `rows`, in the
/// shape `shape_of` gives the statement after its first step.
fn read(
    statement: &mut Statement,
    values: &[AnyValueKind<'_>],
    limit: Option<usize>,
    rows: &mut Vec<AnyRow>,
    mut shape_of: impl FnMut(&Statement) -> Arc<Shape>,
) -> Result<(), sqlx::Error> {
    bind(statement, values)?;
    let mut stepping = statement.raw_query();
    let mut shape: Option<Arc<Shape>> = None;
    while limit.is_none_or(|n| rows.len() < n) {
        let Some(row) = stepping.next().map_err(error)? else {
            break;
        };
        let shape = shape.get_or_insert_with(|| shape_of(row.as_ref()));
        rows.push(shape.row(row)?);
    }
    Ok(())
}

impl Shape {
    fn of(statement: &Statement) -> Shape {
        let mut names = sqlx_core::HashMap::default();
        let mut columns = Vec::with_capacity(statement.column_count());
        for (ordinal, name) in statement.column_names().into_iter().enumerate() {
            let name = UStr::new(name);
            // A name used twice finds the last of its columns, as in sqlx.
            names.insert(name.clone(), ordinal);
            columns.push(AnyColumn {
                ordinal,
                name,
                type_info: AnyTypeInfo {
                    kind: AnyTypeInfoKind::Null,
                },
            });
        }
        Shape {
            names: Arc::new(names),
            columns,
        }
    }

    /// Whether the statement's columns are still these.
    fn fits(&self, statement: &Statement) -> bool {
        statement.column_count() == self.columns.len()
            && self.columns.iter().enumerate().all(|(i, column)| {
                statement
                    .column_name(i)
                    .is_ok_and(|name| *column.name == *name)
            })
    }

    fn row(&self, row: &rusqlite::Row<'_>) -> Result<AnyRow, sqlx::Error> {
        let mut columns = self.columns.clone();
        let mut values = Vec::with_capacity(columns.len());
        for (index, column) in columns.iter_mut().enumerate() {
            let (kind, type_kind) = match row.get_ref(index).map_err(error)? {
                ValueRef::Null => (
                    AnyValueKind::Null(AnyTypeInfoKind::Null),
                    AnyTypeInfoKind::Null,
                ),
                ValueRef::Integer(n) => (AnyValueKind::BigInt(n), AnyTypeInfoKind::BigInt),
                ValueRef::Real(x) => (AnyValueKind::Double(x), AnyTypeInfoKind::Double),
                ValueRef::Text(bytes) => {
                    let text =
                        std::str::from_utf8(bytes).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                    (
                        AnyValueKind::Text(Cow::Owned(text.to_owned())),
                        AnyTypeInfoKind::Text,
                    )
                }
                ValueRef::Blob(bytes) => (
                    AnyValueKind::Blob(Cow::Owned(bytes.to_vec())),
                    AnyTypeInfoKind::Blob,
                ),
            };
            column.type_info = AnyTypeInfo { kind: type_kind };
            values.push(AnyValue { kind });
        }
        Ok(AnyRow {
            column_names: Arc::clone(&self.names),
            columns,
            values,
        })
    }
}

/// Binds the arguments: `$N` (or `?N`) takes the N-th value, a bare `?` the next one.
fn bind(statement: &mut Statement, values: &[AnyValueKind<'_>]) -> Result<(), sqlx::Error> {
    let mut next = 0;
    for index in 1..=statement.parameter_count() {
        let number = statement
            .parameter_name(index)
            .and_then(|name| name.strip_prefix('$').or_else(|| name.strip_prefix('?')))
            .and_then(|n| n.parse::<usize>().ok());
        let number = match number {
            Some(n) => n,
            None => {
                next += 1;
                next
            }
        };
        let value = number
            .checked_sub(1)
            .and_then(|i| values.get(i))
            .ok_or_else(|| {
                sqlx::Error::Protocol(format!(
                    "parameter {number} requested but {} given",
                    values.len()
                ))
            })?;
        let bound = match value {
            AnyValueKind::Null(_) => statement.raw_bind_parameter(index, rusqlite::types::Null),
            AnyValueKind::Bool(b) => statement.raw_bind_parameter(index, i64::from(*b)),
            AnyValueKind::SmallInt(n) => statement.raw_bind_parameter(index, i64::from(*n)),
            AnyValueKind::Integer(n) => statement.raw_bind_parameter(index, i64::from(*n)),
            AnyValueKind::BigInt(n) => statement.raw_bind_parameter(index, *n),
            AnyValueKind::Real(x) => statement.raw_bind_parameter(index, f64::from(*x)),
            AnyValueKind::Double(x) => statement.raw_bind_parameter(index, *x),
            AnyValueKind::Text(text) => statement.raw_bind_parameter(index, text.as_ref()),
            AnyValueKind::Blob(bytes) => statement.raw_bind_parameter(index, bytes.as_ref()),
            other => {
                return Err(sqlx::Error::Encode(
                    format!("no SQLite form for {other:?}").into(),
                ))
            }
        };
        bound.map_err(error)?;
    }
    Ok(())
}

/// rusqlite's error as sqlx's: SQLite's own errors as database errors, with their extended
/// result code, the rest as driver errors.
fn error(e: rusqlite::Error) -> sqlx::Error {
    match e {
        rusqlite::Error::SqliteFailure(failure, message) => {
            sqlx::Error::Database(Box::new(SqliteFailure {
                code: failure.extended_code,
                message: message.unwrap_or_else(|| failure.to_string()),
            }))
        }
        other => sqlx::Error::AnyDriverError(Box::new(other)),
    }
}

/// An error SQLite reported.
#[derive(Debug, thiserror::Error)]
#[error("(code: {code}) {message}")]
struct SqliteFailure {
    code: i32,
    message: String,
}

impl DatabaseError for SqliteFailure {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.code.to_string()))
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> ErrorKind {
        use rusqlite::ffi;
        match self.code {
            ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                ErrorKind::UniqueViolation
            }
            ffi::SQLITE_CONSTRAINT_FOREIGNKEY => ErrorKind::ForeignKeyViolation,
            ffi::SQLITE_CONSTRAINT_NOTNULL => ErrorKind::NotNullViolation,
            ffi::SQLITE_CONSTRAINT_CHECK => ErrorKind::CheckViolation,
            _ => ErrorKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use futures::TryStreamExt;
    use sqlx::any::AnyRow;
    use sqlx::{AnyConnection, Connection, Execute, Executor, Row};

    use crate::pool::{ConnPool, Direct, PoolOptions};

    /// Rows as the code sees them.
    fn seen_all(rows: Vec<AnyRow>) -> Vec<Vec<String>> {
        rows.iter().map(seen).collect()
    }

    /// A row as the code sees it: column names and values, a null whatever its column's type.
    fn seen(row: &AnyRow) -> Vec<String> {
        row.columns
            .iter()
            .zip(&row.values)
            .map(|(column, value)| match &value.kind {
                sqlx_core::any::AnyValueKind::Null(_) => format!("{} NULL", &*column.name),
                kind => format!("{} {kind:?}", &*column.name),
            })
            .collect()
    }

    /// Every statement gives the same rows through the direct reads as through sqlx's own
    /// SQLite driver: value kinds, parameters by number, nulls, blobs, repeated names, errors.
    #[tokio::test]
    async fn reads_as_sqlx_reads() {
        sqlx::any::install_default_drivers();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("direct.db");
        let url = format!("sqlite://{}?mode=rwc", file.display());
        let mut sqlx_conn = AnyConnection::connect(&url).await.unwrap();
        sqlx_conn
            .execute(
                "PRAGMA journal_mode = WAL;
                 CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL,
                                 data BLOB, note TEXT, flag INTEGER NOT NULL DEFAULT 0);
                 INSERT INTO t (name, score, data, note, flag) VALUES
                   ('Łódź šola', 4.5, x'00ff10', NULL, 1),
                   ('Zagreb', NULL, NULL, 'only a note', 0),
                   ('Ohrid', -2.25, x'', '', 1);",
            )
            .await
            .unwrap();
        let pool = ConnPool::connect(PoolOptions {
            connect: format!("sqlite://{}?mode=ro", file.display())
                .parse()
                .unwrap(),
            setup: Vec::new(),
            max_connections: 2,
            ping_when_idle_for: None,
            direct: Direct::Reads(file.clone()),
        })
        .await
        .unwrap();

        // Built anew for each run: a query with arguments is used up by running it.
        let query = |i: usize| -> Option<sqlx::query::Query<'static, sqlx::Any, _>> {
            Some(match i {
                0 => sqlx::query("SELECT * FROM t ORDER BY id"),
                1 => sqlx::query("SELECT $2 AS a, $1 AS b, $2 AS c")
                    .bind("text")
                    .bind(7_i64),
                2 => sqlx::query(
                    "SELECT COUNT(*) AS n, SUM(score) AS s, AVG(flag) AS f FROM t WHERE name <> $1",
                )
                .bind("Zagreb"),
                3 => sqlx::query(
                    "SELECT $1 AS yes, $2 AS small, $3 AS real, $4 AS empty, $5 AS bytes",
                )
                .bind(true)
                .bind(3_i16)
                .bind(1.5_f32)
                .bind(None::<String>)
                .bind(vec![1_u8, 2, 3]),
                4 => sqlx::query("SELECT 1 AS x, 2 AS x, 1.5 * 2 AS y, NULL AS z"),
                5 => sqlx::query("SELECT id FROM t WHERE id > $1 ORDER BY id").bind(99_i64),
                _ => return None,
            })
        };
        let mut i = 0;
        while let Some(q) = query(i) {
            let sql = q.sql();
            let by_sqlx = seen_all(sqlx_conn.fetch_all(q).await.unwrap());
            let direct = query(i).map(|q| pool.fetch_all(q)).unwrap().await.unwrap();
            let by_direct = seen_all(direct);
            assert_eq!(by_direct, by_sqlx, "{sql}");
            let first = query(i)
                .map(|q| pool.fetch_optional(q))
                .unwrap()
                .await
                .unwrap();
            assert_eq!(first.as_ref().map(seen), by_sqlx.first().cloned(), "{sql}");
            i += 1;
        }
        assert_eq!(i, 6);

        // A name given twice finds the same column both ways.
        let twice = "SELECT 1 AS x, 2 AS x";
        let by_sqlx: i64 = sqlx_conn.fetch_one(twice).await.unwrap().get("x");
        let direct: i64 = pool.fetch_one(twice).await.unwrap().get("x");
        assert_eq!(direct, by_sqlx);

        // Streams end with the statement's result, after its rows.
        let steps: Vec<_> = pool
            .fetch_many(sqlx::query("SELECT id FROM t"))
            .try_collect()
            .await
            .unwrap();
        assert_eq!(steps.len(), 4);
        assert!(steps[3].is_left());

        // SQLite's own errors arrive as database errors; a missing parameter is refused.
        match pool.fetch_all("SELECT nope FROM t").await {
            Err(sqlx::Error::Database(e)) => assert!(e.message().contains("no such column")),
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("a missing column was read"),
        }
        assert!(pool
            .fetch_all(sqlx::query("SELECT $2 AS a").bind(1_i64))
            .await
            .is_err());
        // The connection is usable after both.
        let n: i64 = pool
            .fetch_one("SELECT COUNT(*) FROM t")
            .await
            .unwrap()
            .get(0);
        assert_eq!(n, 3);
        // A statement kept from before a change of the schema reads the new columns.
        sqlx_conn
            .execute("ALTER TABLE t ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")
            .await
            .unwrap();
        let all = "SELECT * FROM t ORDER BY id";
        let by_sqlx = seen_all(sqlx_conn.fetch_all(all).await.unwrap());
        let direct = seen_all(pool.fetch_all(all).await.unwrap());
        assert_eq!(direct, by_sqlx);
        assert_eq!(direct[0].len(), 7);

        // A read-only connection refuses writes.
        assert!(pool.execute("DELETE FROM t").await.is_err());
        assert_eq!(pool.size(), 1, "reads in a row share one connection");

        pool.close().await;
        assert!(matches!(
            pool.fetch_all("SELECT 1").await,
            Err(sqlx::Error::PoolClosed)
        ));
    }
}
