//! The tasks a node runs beside its requests: the job worker, the search feed, the download
//! tally and SQLite's checkpoints. The server and the test harness start them the same way.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::state::AppState;

/// The running background tasks of a node.
pub struct Background {
    stop: CancellationToken,
    worker: JoinHandle<()>,
    feed: JoinHandle<()>,
    downloads: JoinHandle<()>,
    checkpoints: JoinHandle<()>,
}

/// How often the write-ahead log is copied back into a SQLite database, so that the writer's
/// own checkpoint (see `bottega_storage::Db::checkpoint`) has little left to copy when a long
/// run of writes makes the log reach its threshold.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// Checkpoints the database until `stop`, so that the writer never has to in a commit.
async fn run_checkpoints(db: bottega_storage::Db, stop: CancellationToken) {
    if db.engine() != bottega_storage::Engine::Sqlite {
        return;
    }
    loop {
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tokio::time::sleep(CHECKPOINT_EVERY) => {}
        }
        if let Err(error) = db.checkpoint().await {
            tracing::warn!(%error, "checkpoint failed; the writer checkpoints on its own meanwhile");
        }
    }
}

impl Background {
    /// Starts the tasks; they run until `stop` is cancelled.
    pub fn start(state: &AppState, mailer: bottega_mail::Mailer, stop: CancellationToken) -> Self {
        Background {
            worker: tokio::spawn(crate::jobs::run_worker(state.clone(), mailer, stop.clone())),
            feed: tokio::spawn(crate::search_feed::run(
                state.db.clone(),
                state.search.clone(),
                state.search_wakeup.clone(),
                stop.clone(),
            )),
            downloads: tokio::spawn(crate::features::sharing::downloads::run(
                state.db.clone(),
                state.downloads.clone(),
                stop.clone(),
            )),
            checkpoints: tokio::spawn(run_checkpoints(state.db.clone(), stop.clone())),
            stop,
        }
    }

    /// Stops the tasks, letting the worker finish the job in hand and the tally write what it
    /// counted.
    pub async fn finish(self) {
        self.stop.cancel();
        let _ = tokio::time::timeout(Duration::from_secs(20), self.worker).await;
        let _ = tokio::time::timeout(Duration::from_secs(5), self.feed).await;
        let _ = tokio::time::timeout(Duration::from_secs(5), self.downloads).await;
        let _ = tokio::time::timeout(Duration::from_secs(5), self.checkpoints).await;
    }
}
