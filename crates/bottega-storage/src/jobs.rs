//! The job queue. A job is enqueued in the same transaction as the change that causes it, so an
//! email is sent if and only if the account it speaks of exists. Workers on any node claim due
//! jobs; a claim is a lease that runs out, so a job whose node died is picked up again.

use bottega_domain::{Millis, MINUTE, SECOND};
use serde::Serialize;
use sqlx::FromRow;

use crate::{now, Conn, Db, Engine, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i32,
    pub max_attempts: i32,
}

/// Adds a job to run as soon as a worker is free.
pub async fn enqueue<P: Serialize>(conn: &mut Conn, kind: &str, payload: &P) -> StorageResult<i64> {
    enqueue_at(conn, kind, payload, now()).await
}

pub async fn enqueue_at<P: Serialize>(
    conn: &mut Conn,
    kind: &str,
    payload: &P,
    run_at: Millis,
) -> StorageResult<i64> {
    let payload =
        serde_json::to_string(payload).map_err(|e| crate::StorageError::Corrupt(e.to_string()))?;
    Ok(sqlx::query_scalar(
        "INSERT INTO jobs (kind, payload, status, run_at, created_at) VALUES ($1, $2, 'pending', $3, $4) RETURNING id",
    )
    .bind(kind)
    .bind(payload)
    .bind(run_at)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// How long a worker may hold a job before others may take it again. A worker running a batch
/// of jobs hands back those it has not started once half of this has passed (see
/// [`settle_and_claim`]), so no job of a batch outlives its lease unstarted.
pub const LEASE: Millis = 5 * MINUTE;

/// Takes the next due job, if any, and leases it to the caller.
pub async fn claim(db: &Db) -> StorageResult<Option<Job>> {
    Ok(settle_and_claim(db, &Settled::default(), 1)
        .await?
        .into_iter()
        .next())
}

/// What a worker did with the jobs it holds, recorded when it next claims.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Settled {
    /// Jobs run to the end.
    pub done: Vec<i64>,
    /// Jobs claimed but not started, handed back as they were (their attempt not counted).
    pub unstarted: Vec<i64>,
}

impl Settled {
    pub fn is_empty(&self) -> bool {
        self.done.is_empty() && self.unstarted.is_empty()
    }
}

/// Records what the worker did with the jobs it held, without claiming more.
pub async fn settle(db: &Db, settled: &Settled) -> StorageResult<()> {
    if !settled.is_empty() {
        settle_and_claim(db, settled, 0).await?;
    }
    Ok(())
}

/// Records what the worker did with the jobs it held and leases it up to `limit` due jobs,
/// oldest first, all in one transaction. On SQLite every transaction waits for the single
/// writer, so claiming a job and recording the last one as done in separate transactions (and
/// claiming jobs one by one when many are due, as after a burst of replies) made the queue
/// take the writer several times per job.
pub async fn settle_and_claim(db: &Db, settled: &Settled, limit: i64) -> StorageResult<Vec<Job>> {
    let at = now();
    // An idle worker asks every few seconds; finding nothing due must not take the writer.
    if settled.is_empty() && (limit <= 0 || !any_due(db, at).await?) {
        return Ok(Vec::new());
    }
    let mut tx = db.begin().await?;
    if !settled.done.is_empty() {
        let sql = format!(
            "UPDATE jobs SET status = 'done', finished_at = $1, locked_until = NULL WHERE id IN ({})",
            crate::placeholders(2, settled.done.len())
        );
        let mut q = sqlx::query(&sql).bind(at);
        for id in &settled.done {
            q = q.bind(*id);
        }
        q.execute(&mut *tx).await?;
    }
    if !settled.unstarted.is_empty() {
        let sql = format!(
            "UPDATE jobs SET status = 'pending', locked_until = NULL, attempts = attempts - 1 \
             WHERE status = 'running' AND id IN ({})",
            crate::placeholders(1, settled.unstarted.len())
        );
        let mut q = sqlx::query(&sql);
        for id in &settled.unstarted {
            q = q.bind(*id);
        }
        q.execute(&mut *tx).await?;
    }
    let mut jobs: Vec<Job> = if limit > 0 {
        // On PostgreSQL, SKIP LOCKED lets nodes claim different jobs at the same moment, and
        // a locking CTE is evaluated once (a locking sub-select in `IN` may be run again by the
        // planner and lease more than `limit`). SQLite has a single writer, so the plain form
        // is already exclusive.
        let lock = match db.engine() {
            Engine::Postgres => " FOR UPDATE SKIP LOCKED",
            Engine::Sqlite => "",
        };
        sqlx::query_as(&format!(
            "WITH picked AS (SELECT id FROM jobs WHERE {DUE} \
             ORDER BY run_at, id LIMIT $3{lock}) \
             UPDATE jobs SET status = 'running', locked_until = $2, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM picked) \
             RETURNING id, kind, payload, attempts, max_attempts"
        ))
        .bind(at)
        .bind(at + LEASE)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    // RETURNING gives the rows in no particular order; run them in the order they were queued.
    jobs.sort_by_key(|j| j.id);
    Ok(jobs)
}

/// The condition of a job that may be claimed at `$1`: waiting, or running with its lease
/// run out (its worker stopped or died).
const DUE: &str = "status IN ('pending', 'running') AND run_at <= $1 \
    AND (locked_until IS NULL OR locked_until < $1)";

/// Whether a job is due at `at`, read without the writer. A job committed before the worker
/// was woken is seen: readers start from the last commit.
async fn any_due(db: &Db, at: Millis) -> StorageResult<bool> {
    let due: Option<i64> = sqlx::query_scalar(&format!("SELECT id FROM jobs WHERE {DUE} LIMIT 1"))
        .bind(at)
        .fetch_optional(db.reader())
        .await?;
    Ok(due.is_some())
}

/// Records a failure: the job is tried again later, with growing pauses, until it has used its
/// attempts; then it stays as failed for an administrator to look at.
pub async fn fail(db: &Db, job: &Job, error: &str) -> StorageResult<()> {
    let at = now();
    let give_up = job.attempts >= job.max_attempts;
    let delay = retry_delay(job.attempts);
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE jobs SET status = $1, run_at = $2, locked_until = NULL, last_error = $3, \
         finished_at = $4 WHERE id = $5",
    )
    .bind(if give_up { "failed" } else { "pending" })
    .bind(at + delay)
    .bind(error.chars().take(2000).collect::<String>())
    .bind(give_up.then_some(at))
    .bind(job.id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// 10 s, 20 s, 40 s ... up to an hour.
pub fn retry_delay(attempts: i32) -> Millis {
    let steps = attempts.clamp(0, 20) as u32;
    (10 * SECOND)
        .saturating_mul(1i64 << steps.min(9))
        .min(60 * MINUTE)
}

/// Counts per status, for `/metrics` and the admin page.
pub async fn counts(db: &Db) -> StorageResult<Vec<(String, i64)>> {
    Ok(
        sqlx::query_as("SELECT status, COUNT(*) FROM jobs GROUP BY status ORDER BY status")
            .fetch_all(db.reader())
            .await?,
    )
}

/// Deletes finished jobs older than a week.
pub async fn purge_done(db: &Db) -> StorageResult<u64> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM jobs WHERE status = 'done' AND finished_at < $1")
        .bind(now() - 7 * bottega_domain::DAY)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}
