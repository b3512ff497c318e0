//! The one error type of the crate.

use tantivy::TantivyError;

/// What can go wrong with the index. Input from readers (query text, filters) never produces an
/// error: only the disk, a programming mistake (an invalid document) or a second writer on the
/// same folder do.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The folder holds an index another process writes to: every node keeps its own folder.
    #[error("the search index folder is in use by another process: {0}")]
    Locked(String),
    /// A document the caller built is not acceptable (for example an empty `kind`).
    #[error("invalid search document: {0}")]
    InvalidDocument(String),
    /// The folder could not be created or read.
    #[error("search index folder: {0}")]
    Io(#[from] std::io::Error),
    /// Anything tantivy reports (disk, corruption, schema mismatch).
    #[error("search engine: {0}")]
    Engine(TantivyError),
}

impl SearchError {
    /// A stable code for logs and error pages.
    pub fn code(&self) -> &'static str {
        match self {
            SearchError::Locked(_) => "search-locked",
            SearchError::InvalidDocument(_) => "search-invalid-document",
            SearchError::Io(_) => "search-io",
            SearchError::Engine(_) => "search-engine",
        }
    }
}

impl From<TantivyError> for SearchError {
    fn from(error: TantivyError) -> Self {
        match error {
            TantivyError::LockFailure(lock, detail) => SearchError::Locked(format!(
                "{lock:?}{}",
                detail.map(|d| format!(": {d}")).unwrap_or_default()
            )),
            other => SearchError::Engine(other),
        }
    }
}

impl From<tantivy::directory::error::OpenDirectoryError> for SearchError {
    fn from(error: tantivy::directory::error::OpenDirectoryError) -> Self {
        SearchError::Engine(TantivyError::from(error))
    }
}

/// The crate's result type.
pub type SearchResult<T> = Result<T, SearchError>;
