//! Where Bottega keeps files, and how it makes uploaded images safe to show.
//!
//! Files live in an object store: a folder on the local disk by default, any S3-compatible
//! service at scale (`object_store` does the talking). Keys are content addresses (the SHA-256
//! of the bytes), so the same picture is stored once and a key never changes meaning.

pub mod images;

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, PutPayload};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum FileError {
    #[error("file not found")]
    NotFound,
    #[error("invalid key")]
    InvalidKey,
    #[error("unsupported storage URL {0}")]
    UnsupportedUrl(String),
    #[error(transparent)]
    Store(object_store::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl From<object_store::Error> for FileError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => FileError::NotFound,
            other => FileError::Store(other),
        }
    }
}

#[derive(Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
    description: String,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.description)
    }
}

impl FileStore {
    /// Files in a folder on the local disk (created if missing).
    pub fn local(dir: &Path) -> Result<FileStore, FileError> {
        std::fs::create_dir_all(dir)?;
        let store = LocalFileSystem::new_with_prefix(dir)?;
        Ok(FileStore {
            store: Arc::new(store),
            description: format!("local folder {}", dir.display()),
        })
    }

    /// A store from a URL: `file:///path`. (S3-compatible stores arrive with the toolbox.)
    pub fn from_url(url: &str) -> Result<FileStore, FileError> {
        match url.strip_prefix("file://") {
            Some(path) if !path.is_empty() => FileStore::local(Path::new(path)),
            _ => Err(FileError::UnsupportedUrl(url.to_string())),
        }
    }

    pub fn describe(&self) -> &str {
        &self.description
    }

    /// Stores bytes under `<prefix>/<sha256>.<ext>` and returns that key.
    pub async fn put_content(
        &self,
        prefix: &str,
        ext: &str,
        bytes: Vec<u8>,
    ) -> Result<String, FileError> {
        use sha2::Digest;
        let key = format!(
            "{prefix}/{}.{ext}",
            hex::encode(sha2::Sha256::digest(&bytes))
        );
        let path = StorePath::parse(&key).map_err(|_| FileError::InvalidKey)?;
        self.store.put(&path, PutPayload::from(bytes)).await?;
        Ok(key)
    }

    pub async fn get(&self, key: &str) -> Result<Bytes, FileError> {
        let path = safe_key(key)?;
        Ok(self.store.get(&path).await?.bytes().await?)
    }

    pub async fn delete(&self, key: &str) -> Result<(), FileError> {
        let path = safe_key(key)?;
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

/// Accepts only keys of the form Bottega writes: `prefix/hexdigest.ext`.
fn safe_key(key: &str) -> Result<StorePath, FileError> {
    let ok = key.split('/').count() == 2
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.' || c == '-' || c == '_')
        && !key.contains("..");
    if !ok {
        return Err(FileError::InvalidKey);
    }
    StorePath::parse(key).map_err(|_| FileError::InvalidKey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn local_store_round_trip_and_content_addressing() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::local(dir.path()).unwrap();
        let a = store
            .put_content("avatars", "png", b"same".to_vec())
            .await
            .unwrap();
        let b = store
            .put_content("avatars", "png", b"same".to_vec())
            .await
            .unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with("avatars/") && a.ends_with(".png"));
        assert_eq!(&store.get(&a).await.unwrap()[..], b"same");
        store.delete(&a).await.unwrap();
        assert!(matches!(store.get(&a).await, Err(FileError::NotFound)));
        store.delete(&a).await.unwrap();
    }

    #[tokio::test]
    async fn keys_cannot_escape_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::local(dir.path()).unwrap();
        for bad in [
            "../etc/passwd",
            "a/../../b",
            "/abs/x",
            "a/b/c",
            "a\\b",
            "avatars/x y.png",
        ] {
            assert!(
                matches!(store.get(bad).await, Err(FileError::InvalidKey)),
                "{bad}"
            );
        }
        assert!(FileStore::from_url("ftp://x").is_err());
    }
}
