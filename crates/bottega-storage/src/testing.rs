//! Throw-away databases for tests, on both engines. Every storage and HTTP test runs twice,
//! once per engine, through [`engine_tests!`](crate::engine_tests).
//!
//! PostgreSQL is reached at `BOTTEGA_TEST_POSTGRES` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`); each test creates its own uniquely named
//! database and drops it afterwards.

use std::path::PathBuf;

use crate::{Db, Engine};

pub struct TestDb {
    pub db: Db,
    pub url: String,
    /// The data folder of a SQLite test (also usable for files and mail).
    pub dir: tempfile::TempDir,
    pg_name: Option<String>,
}

pub fn postgres_admin_url() -> String {
    std::env::var("BOTTEGA_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

impl TestDb {
    pub async fn new(engine: Engine) -> TestDb {
        match engine {
            Engine::Sqlite => TestDb::sqlite().await,
            Engine::Postgres => TestDb::postgres().await,
        }
    }

    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = crate::sqlite_url(dir.path());
        let db = Db::connect(&url, 4).await.expect("open sqlite");
        db.migrate().await.expect("migrate sqlite");
        TestDb {
            db,
            url,
            dir,
            pg_name: None,
        }
    }

    pub async fn postgres() -> TestDb {
        use rand::Rng;
        let admin = postgres_admin_url();
        let name = format!(
            "bottega_test_{}_{:08x}",
            std::process::id(),
            rand::thread_rng().gen::<u32>()
        );
        let admin_db = Db::connect(&admin, 1).await.unwrap_or_else(|e| {
            panic!(
                "PostgreSQL for tests is not reachable at {admin} ({e}); set BOTTEGA_TEST_POSTGRES"
            )
        });
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(admin_db.reader())
            .await
            .expect("create test database");
        admin_db.close().await;
        let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
        let url = format!("{base}/{name}");
        let db = Db::connect(&url, 8).await.expect("open postgres");
        db.migrate().await.expect("migrate postgres");
        TestDb {
            db,
            url,
            dir: tempfile::tempdir().expect("temp dir"),
            pg_name: Some(name),
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.pg_name.take() else {
            return;
        };
        // Dropping needs async work; do it on a thread with its own small runtime so that Drop
        // works from inside or outside a runtime.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                if let Ok(admin) = Db::connect(&postgres_admin_url(), 1).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(admin.reader())
                        .await;
                    admin.close().await;
                }
            });
        })
        .join();
    }
}

/// Generates one `#[tokio::test]` per engine for each named async function taking a [`TestDb`].
#[macro_export]
macro_rules! engine_tests {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::testing::TestDb::new($crate::Engine::Sqlite).await).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::testing::TestDb::new($crate::Engine::Postgres).await).await
                }
            )+
        }
    };
}
