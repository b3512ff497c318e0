//! Where Bottega keeps files, and how it checks what members upload.
//!
//! Files live in an object store: a folder on the local disk by default, any S3-compatible
//! service at scale (`object_store` does the talking). Keys are content addresses (the SHA-256
//! of the bytes), so the same file is stored once and a key never changes meaning.
//!
//! An upload goes through the modules in this order:
//! - [`spool`] writes the incoming bytes to a temporary file while they stream in, counting and
//!   hashing them, and stops as soon as the size limit is passed;
//! - [`inspect`] reads that file and checks its real bytes against the type its name claims
//!   (an allowlist of extensions; archives are decompressed to catch zip bombs);
//! - [`images`] redraws pictures from their pixels (no metadata survives) and makes thumbnails;
//! - [`FileStore::put_file`] streams the checked file into the store;
//! - [`names`] turns the member's file name into one that is safe to show and to send back in a
//!   `Content-Disposition` header.
//!
//! With the `testing` feature, the `testing` module starts a real S3-compatible server in the
//! process, for tests here and in the crates that use this one.

pub mod images;
pub mod inspect;
pub mod names;
pub mod spool;
#[cfg(feature = "testing")]
pub mod testing;

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as StorePath;
use object_store::prefix::PrefixStore;
use object_store::{MultipartUpload, ObjectStore, PutPayload};
use sha2::{Digest, Sha256};
use thiserror::Error;
use tokio::io::AsyncReadExt;

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

/// One object found by [`FileStore::list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObject {
    /// The key, as given to [`FileStore::get`] or [`FileStore::delete`].
    pub key: String,
    pub size: u64,
    /// Last modification, in milliseconds since the Unix epoch: a garbage-collection sweep
    /// spares recent objects whose database row may not be committed yet.
    pub modified_ms: i64,
}

/// A file's size and its bytes as they arrive, for streaming downloads.
pub type ByteStream = BoxStream<'static, Result<Bytes, FileError>>;

/// Files bigger than this go up in parts (multipart upload), so no upload holds more than a few
/// parts in memory. It is also S3's smallest allowed part (all but the last).
const PART_SIZE: usize = 5 * 1024 * 1024;
/// Parts sent at the same time: enough to keep the connection busy, few enough to bound memory
/// at (PARTS_IN_FLIGHT + 1) × PART_SIZE per upload.
const PARTS_IN_FLIGHT: usize = 2;

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

    /// A store from a URL:
    /// - `file:///path` for a folder on the local disk;
    /// - `s3://bucket[/prefix][?endpoint=..&region=..&allow_http=true&access_key_id=..`
    ///   `&secret_access_key=..]` (also `session_token`) for Amazon S3 or any S3-compatible
    ///   service. Every query parameter is optional: missing settings (credentials above all)
    ///   come from the usual `AWS_*` environment variables.
    ///   With an `endpoint`, requests are path-style (`endpoint/bucket/key`), which is what
    ///   self-hosted S3-compatible servers expect.
    pub fn from_url(url: &str) -> Result<FileStore, FileError> {
        if let Some(path) = url.strip_prefix("file://") {
            if path.is_empty() {
                return Err(FileError::UnsupportedUrl(url.to_string()));
            }
            return FileStore::local(Path::new(path));
        }
        if url.starts_with("s3://") {
            return FileStore::s3(url);
        }
        Err(FileError::UnsupportedUrl(redact(url)))
    }

    fn s3(url: &str) -> Result<FileStore, FileError> {
        // The URL may carry a secret key: errors and descriptions show it without its query.
        let unsupported = || FileError::UnsupportedUrl(redact(url));
        let parsed = url::Url::parse(url).map_err(|_| unsupported())?;
        let bucket = match parsed.host_str() {
            Some(bucket) if !bucket.is_empty() => bucket.to_string(),
            _ => return Err(unsupported()),
        };
        let prefix = parsed.path().trim_matches('/').to_string();

        let mut builder = AmazonS3Builder::from_env().with_bucket_name(&bucket);
        let mut endpoint = None;
        for (name, value) in parsed.query_pairs() {
            builder = match name.as_ref() {
                "endpoint" => {
                    endpoint = Some(value.to_string());
                    builder.with_endpoint(value.as_ref())
                }
                "region" => builder.with_region(value.as_ref()),
                "allow_http" => match value.as_ref() {
                    "true" => builder.with_allow_http(true),
                    "false" => builder.with_allow_http(false),
                    _ => return Err(unsupported()),
                },
                "access_key_id" => builder.with_access_key_id(value.as_ref()),
                "secret_access_key" => builder.with_secret_access_key(value.as_ref()),
                "session_token" => builder.with_token(value.as_ref()),
                // A misspelt setting would otherwise be ignored and fail later, obscurely.
                _ => return Err(unsupported()),
            };
        }
        if endpoint.is_some() {
            // S3-compatible servers rarely have a DNS name per bucket.
            builder = builder.with_virtual_hosted_style_request(false);
        }
        let s3 = builder.build()?;

        let mut description = format!("S3 bucket {bucket}");
        if let Some(endpoint) = &endpoint {
            description.push_str(&format!(" at {endpoint}"));
        }
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(s3)
        } else {
            let prefix_path = StorePath::parse(&prefix).map_err(|_| unsupported())?;
            description.push_str(&format!(", under {prefix}/"));
            Arc::new(PrefixStore::new(s3, prefix_path))
        };
        Ok(FileStore { store, description })
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
        let key = format!("{prefix}/{}.{ext}", hex::encode(Sha256::digest(&bytes)));
        // A key that could not be read back must not be written either.
        let path = safe_key(&key)?;
        self.store.put(&path, PutPayload::from(bytes)).await?;
        Ok(key)
    }

    /// Streams a local file into the store under `<prefix>/<sha256_hex>.<ext>` and returns that
    /// key. `sha256_hex` is the file's SHA-256 (as [`spool::Spool`] computed it); it is checked
    /// again while the file is read, so a key always names its content.
    ///
    /// An object already under that key has the same content, so nothing is uploaded. Big files
    /// go up in parts, a few at a time; if anything fails the upload is aborted, and nothing is
    /// left under the key.
    pub async fn put_file(
        &self,
        prefix: &str,
        ext: &str,
        path: &Path,
        sha256_hex: &str,
    ) -> Result<String, FileError> {
        let is_digest = sha256_hex.len() == 64
            && sha256_hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !is_digest {
            return Err(FileError::InvalidKey);
        }
        let key = format!("{prefix}/{sha256_hex}.{ext}");
        let location = safe_key(&key)?;
        if self.exists_at(&location).await? {
            return Ok(key);
        }

        let mut file = tokio::fs::File::open(path).await?;
        let size = file.metadata().await?.len();
        if size <= PART_SIZE as u64 {
            // One request is simpler and atomic: the object appears whole or not at all.
            let mut bytes = Vec::with_capacity(PART_SIZE.min(size as usize));
            file.read_to_end(&mut bytes).await?;
            check_digest(Sha256::digest(&bytes).as_slice(), sha256_hex)?;
            self.store.put(&location, PutPayload::from(bytes)).await?;
            return Ok(key);
        }

        let mut upload = self.store.put_multipart(&location).await?;
        let sent = send_parts(upload.as_mut(), file, sha256_hex).await;
        let completed = match sent {
            Ok(()) => upload.complete().await.map(|_| ()).map_err(FileError::from),
            Err(e) => Err(e),
        };
        if let Err(e) = completed {
            // The first error says what went wrong; a failed abort only leaves unfinished parts,
            // which are not an object and which S3 lifecycle rules expire.
            let _ = upload.abort().await;
            return Err(e);
        }
        Ok(key)
    }

    pub async fn get(&self, key: &str) -> Result<Bytes, FileError> {
        let path = safe_key(key)?;
        Ok(self.store.get(&path).await?.bytes().await?)
    }

    /// The object's size and a stream of its bytes, so a download never holds it in memory.
    pub async fn open(&self, key: &str) -> Result<(u64, ByteStream), FileError> {
        let path = safe_key(key)?;
        let result = self.store.get(&path).await?;
        let size = result.meta.size;
        let stream = result.into_stream().map_err(FileError::from).boxed();
        Ok((size, stream))
    }

    pub async fn exists(&self, key: &str) -> Result<bool, FileError> {
        let path = safe_key(key)?;
        self.exists_at(&path).await
    }

    async fn exists_at(&self, path: &StorePath) -> Result<bool, FileError> {
        match self.store.head(path).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Every object under `prefix` (a single key segment such as `resources`; empty for the
    /// whole store), sorted by key.
    pub async fn list(&self, prefix: &str) -> Result<Vec<StoredObject>, FileError> {
        let prefix = prefix.trim_end_matches('/');
        let prefix = if prefix.is_empty() {
            None
        } else {
            Some(safe_prefix(prefix)?)
        };
        let mut objects = Vec::new();
        let mut listing = self.store.list(prefix.as_ref());
        while let Some(meta) = listing.try_next().await? {
            objects.push(StoredObject {
                key: meta.location.to_string(),
                size: meta.size,
                modified_ms: meta.last_modified.timestamp_millis(),
            });
        }
        objects.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(objects)
    }

    pub async fn delete(&self, key: &str) -> Result<(), FileError> {
        let path = safe_key(key)?;
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

/// Reads the file part by part, hashing it, with at most [`PARTS_IN_FLIGHT`] parts on the way.
async fn send_parts(
    upload: &mut dyn MultipartUpload,
    mut file: tokio::fs::File,
    sha256_hex: &str,
) -> Result<(), FileError> {
    let mut hasher = Sha256::new();
    // Spawned, so parts travel while the next one is read from the disk. Dropping the set (on
    // an early return) cancels the parts still on their way.
    let mut in_flight = tokio::task::JoinSet::new();
    loop {
        let mut part = Vec::with_capacity(PART_SIZE);
        (&mut file)
            .take(PART_SIZE as u64)
            .read_to_end(&mut part)
            .await?;
        if part.is_empty() {
            break;
        }
        let last = part.len() < PART_SIZE;
        hasher.update(&part);
        if in_flight.len() >= PARTS_IN_FLIGHT {
            join_part(&mut in_flight).await?;
        }
        in_flight.spawn(upload.put_part(PutPayload::from(part)));
        if last {
            break;
        }
    }
    while !in_flight.is_empty() {
        join_part(&mut in_flight).await?;
    }
    check_digest(hasher.finalize().as_slice(), sha256_hex)
}

async fn join_part(
    in_flight: &mut tokio::task::JoinSet<object_store::Result<()>>,
) -> Result<(), FileError> {
    match in_flight.join_next().await {
        Some(Ok(sent)) => Ok(sent?),
        Some(Err(join)) => Err(std::io::Error::other(join).into()),
        None => Ok(()),
    }
}

fn check_digest(digest: &[u8], sha256_hex: &str) -> Result<(), FileError> {
    if hex::encode(digest) == sha256_hex {
        Ok(())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "the file changed: its content does not match its SHA-256",
        )
        .into())
    }
}

/// Accepts only keys of the form Bottega writes: `prefix/hexdigest.ext`.
fn safe_key(key: &str) -> Result<StorePath, FileError> {
    let two_parts = matches!(
        key.split_once('/'),
        Some((prefix, name)) if !prefix.is_empty() && !name.is_empty()
    );
    let ok = two_parts
        && key.split('/').count() == 2
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.' || c == '-' || c == '_')
        && !key.contains("..");
    if !ok {
        return Err(FileError::InvalidKey);
    }
    StorePath::parse(key).map_err(|_| FileError::InvalidKey)
}

/// Accepts only the first segment of such a key.
fn safe_prefix(prefix: &str) -> Result<StorePath, FileError> {
    let ok = prefix
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
        && !prefix.contains("..");
    if !ok {
        return Err(FileError::InvalidKey);
    }
    StorePath::parse(prefix).map_err(|_| FileError::InvalidKey)
}

/// The URL without its query string, which may hold credentials.
fn redact(url: &str) -> String {
    match url.split_once('?') {
        Some((before, _)) => format!("{before}?…"),
        None => url.to_string(),
    }
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
