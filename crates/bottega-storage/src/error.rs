use thiserror::Error;

#[derive(Debug, Error)]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was broken (an email already registered, a slug taken...).
    #[error("conflict on {0}")]
    Conflict(String),
    /// The person acting may not make this change (checked inside the change itself, e.g.
    /// answering for an organisation one is no longer an admin of).
    #[error("not allowed")]
    Forbidden,
    #[error("unsupported database URL: use sqlite://path or postgres://...")]
    UnsupportedUrl,
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Db(sqlx::Error),
}

pub type StorageResult<T> = Result<T, StorageError>;

impl From<sqlx::Error> for StorageError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => StorageError::NotFound,
            sqlx::Error::Database(ref db) if db.is_unique_violation() => {
                StorageError::Conflict(db.constraint().unwrap_or("unique").to_string())
            }
            other => StorageError::Db(other),
        }
    }
}

impl StorageError {
    pub fn is_conflict(&self) -> bool {
        matches!(self, StorageError::Conflict(_))
    }
}
