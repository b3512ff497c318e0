//! Download counts, kept in memory and written in batches.
//!
//! Counting each download in a transaction of its own made a download a write: on SQLite it
//! queued behind every other write for the one writer, on PostgreSQL it cost a commit per file
//! served (2.4× SQLite's time in the benchmark). A download now only adds one to a counter in
//! this node's memory; [`run`] writes the counters every [`FLUSH_EVERY`] in one transaction, and
//! once more when the server stops. A crash loses at most that interval's counts, which is
//! acceptable for a popularity figure. Every node keeps its own counters; the database adds
//! them up.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use bottega_storage::sharing::files;
use bottega_storage::{Db, StorageResult};
use tokio_util::sync::CancellationToken;

/// How long a download may wait before it is counted in the database.
pub const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// Downloads not yet written, by (resource, version).
#[derive(Debug, Default)]
pub struct DownloadTally {
    pending: Mutex<HashMap<(i64, i64), i64>>,
}

impl DownloadTally {
    pub fn new() -> DownloadTally {
        DownloadTally::default()
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<(i64, i64), i64>> {
        // A panic while holding the lock leaves a map that is still a valid tally.
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Counts one download of `version_id` of `resource_id`.
    pub fn record(&self, resource_id: i64, version_id: i64) {
        *self.pending().entry((resource_id, version_id)).or_insert(0) += 1;
    }

    /// Writes the downloads counted so far; returns how many versions had any. When the write
    /// fails the counts are kept for the next attempt.
    pub async fn flush(&self, db: &Db) -> StorageResult<usize> {
        let counts = std::mem::take(&mut *self.pending());
        if counts.is_empty() {
            return Ok(0);
        }
        match write(db, &counts).await {
            Ok(()) => Ok(counts.len()),
            Err(e) => {
                let mut pending = self.pending();
                for (key, times) in counts {
                    *pending.entry(key).or_insert(0) += times;
                }
                Err(e)
            }
        }
    }
}

async fn write(db: &Db, counts: &HashMap<(i64, i64), i64>) -> StorageResult<()> {
    // In a fixed order, so that two nodes writing at once lock the rows in the same order.
    let mut rows: Vec<(&(i64, i64), &i64)> = counts.iter().collect();
    rows.sort_unstable();
    let mut tx = db.begin().await?;
    for (&(resource_id, version_id), &times) in rows {
        files::add_downloads(&mut tx, resource_id, version_id, times).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Writes the tally every [`FLUSH_EVERY`] until `stop`, then a last time.
pub async fn run(db: Db, tally: std::sync::Arc<DownloadTally>, stop: CancellationToken) {
    let mut tick = tokio::time::interval(FLUSH_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tick.tick() => {}
        }
        if let Err(e) = tally.flush(&db).await {
            tracing::warn!(error = %e, "could not write download counts; they are kept for the next try");
        }
    }
    if let Err(e) = tally.flush(&db).await {
        tracing::warn!(error = %e, "download counts of the last second were lost at shutdown");
    }
}

#[cfg(test)]
mod tests {
    use super::DownloadTally;

    #[test]
    fn counts_each_version_apart() {
        let tally = DownloadTally::new();
        tally.record(1, 10);
        tally.record(1, 10);
        tally.record(1, 11);
        tally.record(2, 20);
        let pending = tally.pending().clone();
        assert_eq!(pending.get(&(1, 10)), Some(&2));
        assert_eq!(pending.get(&(1, 11)), Some(&1));
        assert_eq!(pending.get(&(2, 20)), Some(&1));
        assert_eq!(pending.len(), 3);
    }
}
