//! A real Bottega for tests: the whole router served on a local port, on a throw-away database
//! of either engine, with its job worker writing emails to a folder that tests read back.
//! Tests talk to it over HTTP like a browser would (cookies, CSRF tokens, redirects).
//!
//! Only compiled with the `testing` feature; the HTTP tests, browser tests and the benchmark
//! harness share it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use bottega_domain::SiteRole;
use bottega_storage::testing::TestDb;
use bottega_storage::{accounts, Engine};
use reqwest::header::{HeaderMap, LOCATION};
use reqwest::StatusCode;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::state::AppState;

/// The password tests give the accounts they create directly in the database.
pub const TEST_PASSWORD: &str = "workshop bench apprentice";

pub struct TestApp {
    pub db: TestDb,
    pub state: AppState,
    /// `http://127.0.0.1:<port>`
    pub base: String,
    stop: CancellationToken,
}

impl TestApp {
    pub async fn start(engine: Engine) -> TestApp {
        TestApp::start_with(engine, |_| {}).await
    }

    /// Starts with a configuration changed by `tweak` (limits, say).
    pub async fn start_with(engine: Engine, tweak: impl FnOnce(&mut Config)) -> TestApp {
        let db = TestDb::new(engine).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a local port");
        let addr = listener.local_addr().expect("local address");
        let mut config = Config {
            listen: addr.to_string(),
            data_dir: db.data_dir(),
            database_url: db.url.clone(),
            ..Config::default()
        };
        tweak(&mut config);
        let mailer =
            bottega_mail::Mailer::new(None, &config.mail.from, &config.mail_dir()).expect("mailer");
        let state = crate::build_state(config, db.db.clone(), None)
            .await
            .expect("application state");
        let stop = CancellationToken::new();
        tokio::spawn(crate::jobs::run_worker(state.clone(), mailer, stop.clone()));
        let app = crate::router(state.clone());
        let shutdown = stop.clone();
        tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(async move { shutdown.cancelled().await })
            .await;
        });
        TestApp {
            db,
            state,
            base: format!("http://{addr}"),
            stop,
        }
    }

    /// A new browser: its own cookies, no redirects followed (tests look at them).
    pub fn browser(&self) -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .expect("http client"),
            base: self.base.clone(),
        }
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.state.config.mail_dir()
    }

    /// Every email written so far, oldest first.
    pub fn emails(&self) -> Vec<ReceivedEmail> {
        let Ok(entries) = std::fs::read_dir(self.mail_dir()) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .map(|raw| ReceivedEmail::parse(&raw))
            .collect()
    }

    /// Waits (up to 15 s) until `count` emails have reached `to`, and returns the last one.
    pub async fn wait_for_email(&self, to: &str, count: usize) -> ReceivedEmail {
        for _ in 0..150 {
            let mut mine: Vec<ReceivedEmail> =
                self.emails().into_iter().filter(|e| e.to == to).collect();
            if mine.len() >= count {
                return mine.swap_remove(count - 1);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "no email number {count} to {to}; emails so far: {:#?}",
            self.emails()
        );
    }

    /// Creates an account straight in the database: verified, with [`TEST_PASSWORD`].
    pub async fn create_user(&self, email: &str, name: &str, role: SiteRole) -> i64 {
        let hash = crate::passwords::hash(TEST_PASSWORD.to_string())
            .await
            .expect("hash");
        let mut tx = self.db.db.begin().await.expect("begin");
        let id = accounts::create_user(
            &mut tx,
            &accounts::NewUser {
                email,
                password_hash: &hash,
                display_name: name,
                country: None,
                is_minor: false,
                locale: Some("en"),
                site_role: role,
                verified: true,
            },
        )
        .await
        .expect("create user");
        tx.commit().await.expect("commit");
        id
    }

    /// A browser signed in as a new verified account.
    pub async fn signed_in(&self, email: &str, name: &str, role: SiteRole) -> (Browser, i64) {
        let id = self.create_user(email, name, role).await;
        let b = self.browser();
        b.login(email, TEST_PASSWORD).await;
        (b, id)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

/// An email as the mail folder holds it, decoded.
#[derive(Debug, Clone)]
pub struct ReceivedEmail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl ReceivedEmail {
    fn parse(raw: &[u8]) -> ReceivedEmail {
        use mailparse::MailHeaderMap;
        let mail = mailparse::parse_mail(raw).expect("a readable email");
        let header = |name: &str| mail.headers.get_first_value(name).unwrap_or_default();
        ReceivedEmail {
            to: header("To").trim().to_string(),
            subject: header("Subject"),
            body: mail.get_body().expect("email body"),
        }
    }

    /// The path of the first link into Bottega that starts with `prefix` (e.g. `/verify/`).
    pub fn link(&self, prefix: &str) -> String {
        let start = self
            .body
            .find(prefix)
            .unwrap_or_else(|| panic!("no link {prefix} in {}", self.body));
        self.body[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

/// One browser: a cookie jar and the last CSRF token seen on a page.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

/// A response, read whole.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    /// Where a redirect goes.
    pub fn location(&self) -> &str {
        self.headers
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The stable error code Bottega sends with every refused request.
    pub fn error_code(&self) -> &str {
        self.headers
            .get("x-bottega-error")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The CSRF token of the first form on the page.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .unwrap_or_else(|| panic!("no CSRF token on the page:\n{}", self.body));
        self.body[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_string()
    }

    pub fn contains(&self, text: &str) -> bool {
        self.body.contains(text)
    }

    /// Asserts the status, showing the page when it differs.
    #[track_caller]
    pub fn expect(&self, status: u16) -> &Page {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; error code {:?}; page:\n{}",
            self.error_code(),
            self.body
        );
        self
    }
}

impl Browser {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn read(res: reqwest::Response) -> Page {
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        Page {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::read(
            self.client
                .get(self.url(path))
                .send()
                .await
                .expect("GET request"),
        )
        .await
    }

    /// A GET that follows redirects (up to five), as a person clicking a link would see it.
    pub async fn visit(&self, path: &str) -> Page {
        let mut page = self.get(path).await;
        for _ in 0..5 {
            if !page.status.is_redirection() {
                break;
            }
            let to = page.location().to_string();
            page = self.get(&to).await;
        }
        page
    }

    /// A POST of form fields exactly as given (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::read(
            self.client
                .post(self.url(path))
                .form(fields)
                .send()
                .await
                .expect("POST request"),
        )
        .await
    }

    /// The current CSRF token of this browser, read from a page as a person's browser would.
    pub async fn csrf(&self) -> String {
        self.get("/login").await.csrf()
    }

    /// Submits a form: adds this browser's CSRF token to `fields`.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Submits a multipart form with one file.
    pub async fn upload(&self, path: &str, field: &str, name: &str, bytes: Vec<u8>) -> Page {
        let token = self.csrf().await;
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new().part(field.to_string(), part);
        Self::read(
            self.client
                .post(self.url(&format!("{path}?csrf={token}")))
                .multipart(form)
                .send()
                .await
                .expect("upload"),
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        let page = self
            .post("/login", &[("email", email), ("password", password)])
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "sign-in of {email} failed: {}",
            page.body
        );
        page
    }
}

/// Generates one test per engine for each async function taking a [`TestApp`].
#[macro_export]
macro_rules! web_tests {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::testing::TestApp::start(bottega_storage::Engine::Sqlite).await).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::testing::TestApp::start(bottega_storage::Engine::Postgres).await).await
                }
            )+
        }
    };
}

/// The engine named by `BOTTEGA_TEST_ENGINE` (`sqlite` or `postgres`), SQLite by default; for
/// tests too slow to run twice, such as browser tests.
pub fn engine_from_env() -> Engine {
    match std::env::var("BOTTEGA_TEST_ENGINE").as_deref() {
        Ok("postgres") => Engine::Postgres,
        _ => Engine::Sqlite,
    }
}
