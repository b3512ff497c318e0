//! A real S3-compatible server for tests, in the test's own process: `s3s` serving a temporary
//! folder (through `s3s-fs`) over HTTP on a free port of 127.0.0.1, with signed requests checked
//! against a fixed access key. No mock: the S3 client code under test talks HTTP to it exactly
//! as it would to Amazon S3 or MinIO.
//!
//! ```no_run
//! # async fn demo() -> Result<(), bottega_files::FileError> {
//! let s3 = bottega_files::testing::start_s3().await?;
//! let store = bottega_files::FileStore::from_url(&s3.url())?;
//! # Ok(())
//! # }
//! ```

use std::net::SocketAddr;

use hyper_util::rt::TokioIo;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

use crate::FileError;

/// The bucket that exists on a new server.
pub const BUCKET: &str = "bottega";
pub const ACCESS_KEY_ID: &str = "bottega-test-access-key";
pub const SECRET_ACCESS_KEY: &str = "bottega-test-secret-key";
pub const REGION: &str = "us-east-1";

/// A running server. Dropping it stops the server and deletes its folder.
pub struct S3Server {
    addr: SocketAddr,
    task: JoinHandle<()>,
    // Deleted with the server, once `drop` has aborted its task.
    dir: tempfile::TempDir,
}

impl std::fmt::Debug for S3Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "S3 test server at http://{}", self.addr)
    }
}

impl S3Server {
    /// The `s3://` URL for [`crate::FileStore::from_url`], credentials included.
    pub fn url(&self) -> String {
        format!(
            "s3://{BUCKET}?endpoint={}&allow_http=true&region={REGION}\
             &access_key_id={ACCESS_KEY_ID}&secret_access_key={SECRET_ACCESS_KEY}",
            self.endpoint()
        )
    }

    /// The folder that holds the buckets (one sub-folder each) and unfinished multipart
    /// uploads, for tests that check what the server was left with.
    pub fn root(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// `http://127.0.0.1:<port>`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts a server with an empty [`BUCKET`]. Must be called within a Tokio runtime, which runs
/// the server for as long as the returned [`S3Server`] lives.
pub async fn start_s3() -> Result<S3Server, FileError> {
    let dir = tempfile::tempdir()?;
    // s3s-fs keeps each bucket as a folder of the root.
    std::fs::create_dir(dir.path().join(BUCKET))?;
    let fs =
        s3s_fs::FileSystem::new(dir.path()).map_err(|e| std::io::Error::other(format!("{e:?}")))?;
    let mut builder = S3ServiceBuilder::new(fs);
    builder.set_auth(SimpleAuth::from_single(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    let service = builder.build();

    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        // Owned by this task, so aborting it closes every open connection too.
        let mut connections = JoinSet::new();
        loop {
            let socket = match listener.accept().await {
                Ok((socket, _)) => socket,
                Err(_) => {
                    // Out of file descriptors, most likely: give the tests a moment.
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                }
            };
            let service = service.clone();
            connections.spawn(async move {
                // A client that hangs up mid-request is no concern of the server's.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(socket), service)
                    .await;
            });
            while connections.try_join_next().is_some() {}
        }
    });
    Ok(S3Server { addr, task, dir })
}
