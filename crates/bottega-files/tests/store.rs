//! The same suite against both kinds of store: a local folder, and a real S3-compatible server
//! (s3s, in this process) reached over HTTP with signed requests.

use std::path::Path;

use bottega_files::spool::{Spool, SpoolWriter};
use bottega_files::testing::{self, S3Server};
use bottega_files::{FileError, FileStore};
use futures::TryStreamExt;

/// A bit over 12 MB: more than two 5 MiB parts, so `put_file` goes multipart.
const BIG: usize = 12 * 1024 * 1024 + 12_345;

/// Deterministic bytes that do not repeat in any short period (a linear congruential
/// generator), so a misplaced part would show.
fn big_content() -> Vec<u8> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..BIG)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 56) as u8
        })
        .collect()
}

/// Writes `bytes` through a spool, as an upload arrives.
fn spool(dir: &Path, bytes: &[u8]) -> Spool {
    let mut writer = SpoolWriter::new(dir, 64 * 1024 * 1024).unwrap();
    for chunk in bytes.chunks(64 * 1024 + 7) {
        writer.write(chunk).unwrap();
    }
    writer.finish().unwrap()
}

async fn suite(store: &FileStore) {
    let scratch = tempfile::tempdir().unwrap();

    // put_content / get round trip, and content addressing.
    let small = store
        .put_content("avatars", "png", b"tiny".to_vec())
        .await
        .unwrap();
    assert!(
        small.starts_with("avatars/") && small.ends_with(".png"),
        "{small}"
    );
    assert_eq!(&store.get(&small).await.unwrap()[..], b"tiny");
    let again = store
        .put_content("avatars", "png", b"tiny".to_vec())
        .await
        .unwrap();
    assert_eq!(again, small);

    // put_file of a big file, streamed back by open().
    let content = big_content();
    let upload = spool(scratch.path(), &content);
    let key = store
        .put_file("resources", "pdf", upload.path(), upload.sha256_hex())
        .await
        .unwrap();
    assert_eq!(key, format!("resources/{}.pdf", upload.sha256_hex()));
    let (size, stream) = store.open(&key).await.unwrap();
    assert_eq!(size, BIG as u64);
    let chunks: Vec<bytes::Bytes> = stream.try_collect().await.unwrap();
    let streamed: Vec<u8> = chunks.concat();
    assert_eq!(streamed.len(), content.len());
    assert!(
        streamed == content,
        "the streamed bytes differ from the uploaded ones"
    );

    // The same content again: same key, and the file is not even opened (so not uploaded).
    let missing = scratch.path().join("never-read");
    let same = store
        .put_file("resources", "pdf", &missing, upload.sha256_hex())
        .await
        .unwrap();
    assert_eq!(same, key);

    // A small file goes up in one request.
    let note = spool(scratch.path(), "Zażółć gęślą jaźń".as_bytes());
    let note_key = store
        .put_file("resources", "txt", note.path(), note.sha256_hex())
        .await
        .unwrap();
    assert_eq!(
        &store.get(&note_key).await.unwrap()[..],
        "Zażółć gęślą jaźń".as_bytes()
    );

    // exists
    assert!(store.exists(&key).await.unwrap());
    assert!(store.exists(&small).await.unwrap());
    let absent = format!("resources/{}.pdf", "0".repeat(64));
    assert!(!store.exists(&absent).await.unwrap());

    // list, by prefix and all, sorted by key.
    let resources = store.list("resources").await.unwrap();
    let keys: Vec<&str> = resources.iter().map(|o| o.key.as_str()).collect();
    let mut expected = vec![key.as_str(), note_key.as_str()];
    expected.sort();
    assert_eq!(keys, expected);
    let big = resources.iter().find(|o| o.key == key).unwrap();
    assert_eq!(big.size, BIG as u64);
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!(
        (now_ms - big.modified_ms).abs() < 10 * 60 * 1000,
        "{}",
        big.modified_ms
    );
    assert_eq!(store.list("avatars/").await.unwrap().len(), 1);
    assert_eq!(store.list("").await.unwrap().len(), 3);
    assert!(store.list("nothing-here").await.unwrap().is_empty());

    // A file whose content does not match the digest it is stored under is refused, and
    // nothing is left under that key (the multipart upload is aborted).
    let liar = spool(scratch.path(), &content[..BIG - 1]);
    let err = store
        .put_file("resources", "bin", liar.path(), upload.sha256_hex())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, FileError::Io(e) if e.kind() == std::io::ErrorKind::InvalidData),
        "{err:?}"
    );
    let liar_key = format!("resources/{}.bin", upload.sha256_hex());
    assert!(!store.exists(&liar_key).await.unwrap());
    let small_liar = spool(scratch.path(), b"not what the digest says");
    assert!(store
        .put_file("resources", "txt", small_liar.path(), upload.sha256_hex())
        .await
        .is_err());
    assert_eq!(store.list("resources").await.unwrap().len(), 2);

    // delete
    store.delete(&key).await.unwrap();
    assert!(!store.exists(&key).await.unwrap());
    assert!(matches!(store.get(&key).await, Err(FileError::NotFound)));
    assert!(matches!(store.open(&key).await, Err(FileError::NotFound)));
    store.delete(&key).await.unwrap();
    store.delete(&note_key).await.unwrap();
    assert!(store.list("resources").await.unwrap().is_empty());

    // Keys that try to leave their place are refused before any request.
    for bad in [
        "../etc/passwd",
        "a/../../b",
        "/abs/x",
        "a/b/c",
        "a\\b",
        "resources/x y.pdf",
        "resources/",
        "",
        "resources/%2e%2e",
    ] {
        assert!(
            matches!(store.get(bad).await, Err(FileError::InvalidKey)),
            "get {bad}"
        );
        assert!(
            matches!(store.open(bad).await, Err(FileError::InvalidKey)),
            "open {bad}"
        );
        assert!(
            matches!(store.exists(bad).await, Err(FileError::InvalidKey)),
            "exists {bad}"
        );
        assert!(
            matches!(store.delete(bad).await, Err(FileError::InvalidKey)),
            "delete {bad}"
        );
    }
    for bad_prefix in ["..", "../x", "a/b", "a b"] {
        assert!(matches!(
            store.put_content(bad_prefix, "txt", b"x".to_vec()).await,
            Err(FileError::InvalidKey)
        ));
        assert!(matches!(
            store
                .put_file(bad_prefix, "txt", note.path(), note.sha256_hex())
                .await,
            Err(FileError::InvalidKey)
        ));
        assert!(
            matches!(store.list(bad_prefix).await, Err(FileError::InvalidKey)),
            "{bad_prefix}"
        );
    }
    for bad_digest in ["", "../../etc", &"A".repeat(64), &"0".repeat(63)] {
        assert!(matches!(
            store
                .put_file("resources", "txt", note.path(), bad_digest)
                .await,
            Err(FileError::InvalidKey)
        ));
    }
    assert!(matches!(
        store
            .put_file("resources", "t/x", note.path(), note.sha256_hex())
            .await,
        Err(FileError::InvalidKey)
    ));
}

#[tokio::test]
async fn local_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = FileStore::local(dir.path()).unwrap();
    suite(&store).await;
    // No staging file of an aborted upload is left behind.
    let leftovers: Vec<_> = walk(dir.path())
        .into_iter()
        .filter(|p| !p.ends_with(".png") && !p.contains("avatars"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_store() {
    let s3 = testing::start_s3().await.unwrap();
    let store = FileStore::from_url(&s3.url()).unwrap();
    assert!(store.describe().contains("bottega"));
    assert!(!store.describe().contains(testing::SECRET_ACCESS_KEY));
    suite(&store).await;
    assert_no_unfinished_uploads(&s3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_prefix_keeps_stores_apart() {
    let s3 = testing::start_s3().await.unwrap();
    let url = s3
        .url()
        .replacen("s3://bottega?", "s3://bottega/site-a/?", 1);
    let site_a = FileStore::from_url(&url).unwrap();
    let whole = FileStore::from_url(&s3.url()).unwrap();
    let key = site_a
        .put_content("logos", "png", b"a".to_vec())
        .await
        .unwrap();
    assert!(site_a.exists(&key).await.unwrap());
    assert!(!whole.exists(&key).await.unwrap());
    let everything = whole.list("").await.unwrap();
    assert_eq!(everything.len(), 1);
    assert!(
        everything[0].key.starts_with("site-a/logos/"),
        "{everything:?}"
    );
    assert_eq!(site_a.list("logos").await.unwrap()[0].key, key);
    // The whole suite works under a prefix too.
    site_a.delete(&key).await.unwrap();
    suite(&site_a).await;
}

#[tokio::test]
async fn s3_checks_the_signature() {
    let s3 = testing::start_s3().await.unwrap();
    let wrong = s3
        .url()
        .replace(testing::SECRET_ACCESS_KEY, "not-the-secret");
    let store = FileStore::from_url(&wrong).unwrap();
    let err = store
        .put_content("x", "txt", b"x".to_vec())
        .await
        .unwrap_err();
    assert!(matches!(err, FileError::Store(_)), "{err:?}");
}

#[test]
fn s3_urls_are_checked() {
    for bad in [
        "s3://",
        "s3://bucket?unknown=1",
        "s3://bucket?allow_http=maybe",
    ] {
        assert!(FileStore::from_url(bad).is_err(), "{bad}");
    }
    // A refused URL is reported without its query, which may hold a secret.
    let err = FileStore::from_url("s3://bucket?secret_access_key=hunter2&oops=1").unwrap_err();
    assert!(!err.to_string().contains("hunter2"), "{err}");
    let store = FileStore::from_url(
        "s3://bucket/some/prefix?endpoint=http://127.0.0.1:1&region=eu-central-1&allow_http=true",
    )
    .unwrap();
    assert_eq!(
        store.describe(),
        "S3 bucket bucket at http://127.0.0.1:1, under some/prefix/"
    );
}

fn assert_no_unfinished_uploads(s3: &S3Server) {
    let unfinished: Vec<_> = walk(s3.root())
        .into_iter()
        .filter(|p| p.contains(".upload"))
        .collect();
    assert!(unfinished.is_empty(), "{unfinished:?}");
}

fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path.display().to_string());
        }
    }
    found
}
