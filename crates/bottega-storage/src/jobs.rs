//! The job queue. A job is enqueued in the same transaction as the change that causes it, so an
//! email is sent if and only if the account it speaks of exists. Workers on any node claim due
//! jobs; a claim is a lease that runs out, so a job whose node died is picked up again.

use bottega_domain::{Millis, MINUTE, SECOND};
use serde::Serialize;
use sqlx::FromRow;

use crate::{now, Conn, Db, Engine, StorageResult};

/// How long a worker may hold a job before others may take it again.
const LEASE: Millis = 5 * MINUTE;

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

/// Takes the next due job, if any, and leases it to the caller.
pub async fn claim(db: &Db) -> StorageResult<Option<Job>> {
    let at = now();
    // On PostgreSQL, SKIP LOCKED lets nodes claim different jobs at the same moment. SQLite has
    // a single writer, so the plain form is already exclusive.
    let pick = match db.engine() {
        Engine::Postgres => {
            "SELECT id FROM jobs WHERE status IN ('pending', 'running') AND run_at <= $1 \
             AND (locked_until IS NULL OR locked_until < $1) ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"
        }
        Engine::Sqlite => {
            "SELECT id FROM jobs WHERE status IN ('pending', 'running') AND run_at <= $1 \
             AND (locked_until IS NULL OR locked_until < $1) ORDER BY run_at, id LIMIT 1"
        }
    };
    let mut tx = db.begin().await?;
    let job: Option<Job> = sqlx::query_as(&format!(
        "UPDATE jobs SET status = 'running', locked_until = $2, attempts = attempts + 1 \
         WHERE id = ({pick}) RETURNING id, kind, payload, attempts, max_attempts"
    ))
    .bind(at)
    .bind(at + LEASE)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(job)
}

pub async fn complete(db: &Db, id: i64) -> StorageResult<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "UPDATE jobs SET status = 'done', finished_at = $1, locked_until = NULL WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
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
