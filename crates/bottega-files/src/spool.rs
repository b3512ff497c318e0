//! Receiving an upload while it streams in: the bytes go to a temporary file, counted and hashed
//! on the way, so an upload never sits whole in memory and an oversized one is cut off as soon as
//! it passes the limit (not after it has filled the disk).
//!
//! The temporary file is deleted when the [`SpoolWriter`] or the [`Spool`] is dropped, whatever
//! happened to the upload.

use std::io::{BufWriter, Write};
use std::path::Path;

use sha2::{Digest, Sha256};
use tempfile::{NamedTempFile, TempPath};
use thiserror::Error;

use crate::FileError;

#[derive(Debug, Error)]
pub enum SpoolError {
    #[error("the file is larger than the limit of {limit} bytes")]
    TooLarge { limit: u64 },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl SpoolError {
    /// The id of the message to show the member (in Bottega's Fluent files).
    pub fn message_id(&self) -> &'static str {
        match self {
            SpoolError::TooLarge { .. } => "upload-error-too-large",
            // Not the member's fault: the server could not write the file.
            SpoolError::Io(_) => "upload-error-internal",
        }
    }
}

/// An upload being received. Feed it the chunks in order with [`SpoolWriter::write`], then call
/// [`SpoolWriter::finish`].
///
/// Writes are synchronous file writes of one chunk each; in an async handler, chunks of a few
/// dozen kilobytes make them short enough not to hold up other tasks noticeably.
pub struct SpoolWriter {
    file: BufWriter<NamedTempFile>,
    hasher: Sha256,
    size: u64,
    max_bytes: u64,
}

impl std::fmt::Debug for SpoolWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpoolWriter")
            .field("path", &self.file.get_ref().path())
            .field("size", &self.size)
            .field("max_bytes", &self.max_bytes)
            .finish()
    }
}

impl SpoolWriter {
    /// A new temporary file in `dir` that accepts at most `max_bytes`.
    pub fn new(dir: &Path, max_bytes: u64) -> Result<SpoolWriter, FileError> {
        let file = NamedTempFile::new_in(dir)?;
        Ok(SpoolWriter {
            file: BufWriter::with_capacity(64 * 1024, file),
            hasher: Sha256::new(),
            size: 0,
            max_bytes,
        })
    }

    /// Appends a chunk. Fails with [`SpoolError::TooLarge`] as soon as the total passes the
    /// limit, without writing that chunk; the writer should then be dropped.
    pub fn write(&mut self, chunk: &[u8]) -> Result<(), SpoolError> {
        let size = self.size.saturating_add(chunk.len() as u64);
        if size > self.max_bytes {
            return Err(SpoolError::TooLarge {
                limit: self.max_bytes,
            });
        }
        self.file.write_all(chunk)?;
        self.hasher.update(chunk);
        self.size = size;
        Ok(())
    }

    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Flushes and closes the file; the [`Spool`] knows its size and SHA-256.
    pub fn finish(self) -> Result<Spool, SpoolError> {
        let file = self
            .file
            .into_inner()
            .map_err(|e| SpoolError::Io(e.into_error()))?;
        Ok(Spool {
            // Closing the handle keeps open files few; the path is enough from now on.
            path: file.into_temp_path(),
            size: self.size,
            sha256_hex: hex::encode(self.hasher.finalize()),
        })
    }
}

/// A complete upload in a temporary file, deleted when this is dropped.
#[derive(Debug)]
pub struct Spool {
    path: TempPath,
    size: u64,
    sha256_hex: String,
}

impl Spool {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// The SHA-256 of the content, in lowercase hexadecimal: the file's key in the store.
    pub fn sha256_hex(&self) -> &str {
        &self.sha256_hex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_hashes_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = SpoolWriter::new(dir.path(), 100).unwrap();
        writer.write(b"hello ").unwrap();
        writer.write(b"").unwrap();
        writer.write(b"world").unwrap();
        assert_eq!(writer.size(), 11);
        let spool = writer.finish().unwrap();
        assert_eq!(spool.size(), 11);
        assert_eq!(
            spool.sha256_hex(),
            hex::encode(Sha256::digest(b"hello world"))
        );
        assert_eq!(std::fs::read(spool.path()).unwrap(), b"hello world");
        assert!(spool.path().starts_with(dir.path()));
        let path = spool.path().to_path_buf();
        drop(spool);
        assert!(!path.exists());
    }

    #[test]
    fn exactly_the_limit_is_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = SpoolWriter::new(dir.path(), 4).unwrap();
        writer.write(b"abcd").unwrap();
        assert_eq!(writer.finish().unwrap().size(), 4);
    }

    #[test]
    fn too_large_is_refused_as_soon_as_the_limit_is_passed() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = SpoolWriter::new(dir.path(), 10).unwrap();
        writer.write(b"12345").unwrap();
        let err = writer.write(b"678901").unwrap_err();
        assert!(matches!(err, SpoolError::TooLarge { limit: 10 }));
        assert_eq!(err.message_id(), "upload-error-too-large");
        // Nothing of the refused chunk was counted.
        assert_eq!(writer.size(), 5);
        drop(writer);
        // The temporary file is gone with the writer.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            SpoolWriter::new(&dir.path().join("missing"), 10),
            Err(FileError::Io(_))
        ));
    }
}
