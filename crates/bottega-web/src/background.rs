//! The tasks a node runs beside its requests: the job worker, the search feed and the
//! download tally. The server and the test harness start them the same way.

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
    }
}
