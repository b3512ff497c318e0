//! `bottega generate --size s` on a fresh SQLite data folder and a fresh PostgreSQL database:
//! the command alone (no server) writes consistent data, rebuilds the index and leaves the
//! fixtures a load test needs; it refuses to run again on the filled database.

use std::path::Path;
use std::process::Command;

use bottega_storage::testing::TestDb;
use bottega_storage::Db;

fn generate(db_url: Option<&str>, data_dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bottega"));
    cmd.env("BOTTEGA_DATA_DIR", data_dir)
        .env("BOTTEGA_LOG__FILTER", "warn")
        .env_remove("BOTTEGA_STORAGE_URL")
        .env_remove("BOTTEGA_SEARCH_DIR")
        .args(["generate", "--size", "s"])
        .args(extra);
    match db_url {
        Some(url) => cmd.env("DATABASE_URL", url),
        None => cmd.env_remove("DATABASE_URL"),
    };
    cmd.output().expect("run bottega generate")
}

async fn scalar(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(db.reader())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn check(db: &Db, data_dir: &Path) {
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM users").await, 100);
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM users WHERE email LIKE 'member%@bench.example' \
             AND email_verified_at IS NOT NULL"
        )
        .await,
        100
    );
    assert_eq!(
        scalar(db, "SELECT COUNT(DISTINCT handle) FROM users").await,
        100
    );
    assert_eq!(
        scalar(db, "SELECT COUNT(DISTINCT password_hash) FROM users").await,
        1
    );
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM threads").await, 100);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM posts").await, 2_100);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM resources").await, 200);
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM (SELECT thread_id FROM posts GROUP BY thread_id \
             HAVING COUNT(*) = 201) x"
        )
        .await,
        1
    );
    // Counters agree with the rows.
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM threads t WHERE t.post_seq <> \
             (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id) \
             OR t.reply_count + 1 <> t.post_seq \
             OR t.last_post_at <> (SELECT MAX(p.created_at) FROM posts p WHERE p.thread_id = t.id)"
        )
        .await,
        0
    );
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM communities c WHERE c.post_count <> \
             (SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id \
              WHERE t.community_id = c.id) \
             OR c.thread_count <> (SELECT COUNT(*) FROM threads t WHERE t.community_id = c.id)"
        )
        .await,
        0
    );
    assert!(
        scalar(db, "SELECT COUNT(DISTINCT lang) FROM posts").await >= 8,
        "posts in at least eight languages"
    );

    let text = std::fs::read_to_string(data_dir.join("bench-fixtures.json")).expect("fixtures");
    let f: serde_json::Value = serde_json::from_str(&text).expect("fixtures are JSON");
    for key in [
        "password",
        "users",
        "community_slug",
        "long_thread_id",
        "short_thread_id",
        "resource_id",
        "download_path",
        "profile_id",
        "common_word",
        "rare_word",
        "stemmed_word",
        "facet_query",
    ] {
        assert!(!f[key].is_null(), "fixture {key} is missing");
    }
    assert_eq!(f["users"].as_array().map(Vec::len), Some(100));
    let long = f["long_thread_id"].as_i64().expect("long thread id");
    assert_eq!(
        scalar(
            db,
            &format!("SELECT COUNT(*) FROM posts WHERE thread_id = {long}")
        )
        .await,
        201
    );
    let short = f["short_thread_id"].as_i64().expect("short thread id");
    assert!(
        scalar(
            db,
            &format!("SELECT COUNT(*) FROM posts WHERE thread_id = {short}")
        )
        .await
            <= 5
    );
    let slug = f["community_slug"].as_str().expect("slug");
    assert_eq!(
        scalar(
            db,
            &format!(
                "SELECT COUNT(*) FROM communities WHERE slug = '{slug}' AND visibility = 'public'"
            )
        )
        .await,
        1
    );
    let resource = f["resource_id"].as_i64().expect("resource id");
    let path = f["download_path"].as_str().expect("download path");
    let version: i64 = path
        .rsplit('/')
        .next()
        .and_then(|v| v.parse().ok())
        .expect("a version id at the end of the download path");
    assert_eq!(path, format!("/resources/{resource}/download/{version}"));
    let key: String = sqlx::query_scalar(
        "SELECT v.object_key FROM file_versions v JOIN resource_files f ON f.id = v.file_id \
         JOIN resources r ON r.id = f.resource_id \
         WHERE v.id = $1 AND r.id = $2 AND r.visibility = 'public' AND f.latest_version_id = v.id",
    )
    .bind(version)
    .bind(resource)
    .fetch_one(db.reader())
    .await
    .expect("the fixture's file version");
    assert!(
        data_dir.join("files").join(&key).is_file(),
        "the file {key} is stored"
    );
    let profile = f["profile_id"].as_i64().expect("profile id");
    assert_eq!(
        scalar(
            db,
            &format!("SELECT COUNT(*) FROM users WHERE id = {profile} AND visibility = 'public'")
        )
        .await,
        1
    );
    // The search index was rebuilt by the command itself.
    assert!(data_dir.join("search").is_dir());
}

fn assert_ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "generate failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("posts"), "{stdout}");
}

fn assert_refused(out: &std::process::Output) {
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--force"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn generate_small_on_sqlite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = generate(None, dir.path(), &[]);
    assert_ok(&out);
    let db = Db::connect(&bottega_storage::sqlite_url(dir.path()), 2)
        .await
        .expect("open the generated database");
    check(&db, dir.path()).await;
    db.close().await;
    assert_refused(&generate(None, dir.path(), &[]));
}

#[tokio::test]
async fn generate_small_on_postgres() {
    let test = TestDb::postgres().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let out = generate(Some(&test.url), dir.path(), &[]);
    assert_ok(&out);
    check(&test.db, dir.path()).await;
    assert_refused(&generate(Some(&test.url), dir.path(), &[]));
    // New rows after the generated ones get fresh ids: the identity sequences moved on.
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO organisations (slug, name, name_key, org_type, country, created_at, updated_at) \
         VALUES ('after-bench', 'After', 'after', 'ngo', 'IT', 0, 0) RETURNING id",
    )
    .fetch_one(test.db.reader())
    .await
    .expect("insert after generate");
    assert!(id > 10);
}
