//! Counting events for rate limits and sign-in throttling. The counts live in the database so
//! every node sees the same numbers; the decisions are made by `bottega_domain::throttle`.

use bottega_domain::throttle::Failures;
use bottega_domain::Millis;

use crate::{now, Conn, Db, StorageResult};

/// Events of `bucket` for `key` within the last `window`.
pub async fn recent(db: &Db, bucket: &str, key: &str, window: Millis) -> StorageResult<Failures> {
    let (count, oldest, last): (i64, Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(at), MAX(at) FROM rate_events WHERE bucket = $1 AND key = $2 AND at > $3",
    )
    .bind(bucket)
    .bind(key)
    .bind(now() - window)
    .fetch_one(db.reader())
    .await?;
    Ok(Failures {
        count: u32::try_from(count).unwrap_or(u32::MAX),
        oldest_at: oldest.unwrap_or(0),
        last_at: last.unwrap_or(0),
    })
}

pub async fn record(conn: &mut Conn, bucket: &str, key: &str) -> StorageResult<()> {
    sqlx::query("INSERT INTO rate_events (bucket, key, at) VALUES ($1, $2, $3)")
        .bind(bucket)
        .bind(key)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn clear(conn: &mut Conn, bucket: &str, key: &str) -> StorageResult<()> {
    sqlx::query("DELETE FROM rate_events WHERE bucket = $1 AND key = $2")
        .bind(bucket)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Forgets events older than a day; no window is longer.
pub async fn purge_old(db: &Db) -> StorageResult<u64> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM rate_events WHERE at < $1")
        .bind(now() - bottega_domain::DAY)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}
