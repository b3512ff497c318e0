//! What every request handler can reach.

use std::sync::Arc;

use bottega_files::FileStore;
use bottega_i18n::Catalogs;
use bottega_storage::Db;
use tokio::sync::Notify;

use crate::config::Config;
use crate::limits::WriteLimiter;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub catalogs: Arc<Catalogs>,
    pub files: FileStore,
    /// Signs CSRF tokens; shared by all nodes through the database.
    pub secret: Arc<Vec<u8>>,
    /// Wakes this node's job worker as soon as a request enqueues work.
    pub jobs_wakeup: Arc<Notify>,
    pub write_limiter: Arc<WriteLimiter>,
    pub metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
    /// This node's search index, fed from the database's outbox.
    pub search: Arc<bottega_search::SearchIndex>,
    /// Wakes the search feed as soon as a request changed searchable content.
    pub search_wakeup: Arc<Notify>,
    /// Organisations, active members and countries for the home page (see `fresh`).
    pub home_counts: Arc<crate::fresh::Fresh<(i64, i64, i64)>>,
    /// Downloads counted in memory until `features::sharing::downloads::run` writes them.
    pub downloads: Arc<crate::features::sharing::downloads::DownloadTally>,
}
