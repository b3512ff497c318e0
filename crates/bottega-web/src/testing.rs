//! A real Bottega for tests: the whole router served on a local port, on a throw-away database
//! of either engine, with its job worker writing emails to a folder that tests read back.
//! Tests talk to it over HTTP like a browser would (cookies, CSRF tokens, redirects).
//!
//! Only compiled with the `testing` feature; the HTTP tests, browser tests and the benchmark
//! harness share it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};
use bottega_storage::testing::TestDb;
use bottega_storage::{accounts, directory, Engine};
use metrics_exporter_prometheus::PrometheusHandle;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, LOCATION, SET_COOKIE};
use reqwest::{Method, RequestBuilder, StatusCode};
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
        let mut config = Config {
            data_dir: db.data_dir(),
            database_url: db.url.clone(),
            ..Config::default()
        };
        tweak(&mut config);
        let (state, base, stop) = launch(&db, config, None).await;
        TestApp {
            db,
            state,
            base,
            stop,
        }
    }

    /// Restarts the server on the same database and data folder with its configuration changed
    /// by `tweak`; for tests that need a limit or address other than the default. Browsers made
    /// before the restart still point at the old server, so make them after.
    pub async fn reconfigure(&mut self, tweak: impl FnOnce(&mut Config)) {
        let mut config = (*self.state.config).clone();
        tweak(&mut config);
        let metrics = self.state.metrics.clone();
        self.relaunch(config, metrics).await;
    }

    /// Restarts the server with Prometheus metrics, as `bottega serve` runs it. The recorder
    /// is global to the test process, so counts include other apps of the same test binary.
    pub async fn enable_metrics(&mut self) {
        static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
        let handle = HANDLE
            .get_or_init(|| {
                metrics_exporter_prometheus::PrometheusBuilder::new()
                    .install_recorder()
                    .expect("install the Prometheus recorder (once per test process)")
            })
            .clone();
        let config = (*self.state.config).clone();
        self.relaunch(config, Some(handle)).await;
    }

    async fn relaunch(&mut self, config: Config, metrics: Option<PrometheusHandle>) {
        self.stop.cancel();
        let (state, base, stop) = launch(&self.db, config, metrics).await;
        self.state = state;
        self.base = base;
        self.stop = stop;
    }

    pub fn engine(&self) -> Engine {
        self.db.db.engine()
    }

    /// A new browser: its own cookies, no redirects followed (tests look at them).
    pub fn browser(&self) -> Browser {
        self.browser_with(&[])
    }

    /// A browser that sends these headers with every request, e.g. `accept-language`, or
    /// `x-forwarded-for` to come from another address when `trust_proxy_headers` is on.
    pub fn browser_with(&self, headers: &[(&str, &str)]) -> Browser {
        let mut defaults = HeaderMap::new();
        for (k, v) in headers {
            defaults.insert(
                HeaderName::from_bytes(k.as_bytes()).expect("header name"),
                HeaderValue::from_str(v).expect("header value"),
            );
        }
        let jar = Arc::new(Jar::default());
        Browser {
            client: reqwest::Client::builder()
                .cookie_provider(jar.clone())
                .default_headers(defaults)
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .expect("http client"),
            base: self.base.clone(),
            jar,
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

    /// Emails already written to `to`, oldest first.
    pub fn emails_to(&self, to: &str) -> Vec<ReceivedEmail> {
        self.emails().into_iter().filter(|e| e.to == to).collect()
    }

    /// Emails to `to` waiting in (or done by) the job queue. Unlike [`TestApp::emails`] this
    /// does not depend on the worker having run: a request queues its emails before answering.
    pub async fn queued_emails_to(&self, to: &str) -> usize {
        let payloads: Vec<String> = sqlx::query_scalar("SELECT payload FROM jobs WHERE kind = $1")
            .bind(crate::jobs::SEND_EMAIL)
            .fetch_all(self.db.db.reader())
            .await
            .expect("read the job queue");
        payloads
            .iter()
            .filter_map(|p| serde_json::from_str::<bottega_mail::Email>(p).ok())
            .filter(|e| e.to == to)
            .count()
    }

    /// Waits (up to 10 s) until the job worker has made the notifications of every new post so
    /// far: they are made by a job after the post is saved, so a test that looks at them right
    /// after posting would race with the worker.
    pub async fn settle(&self) {
        let sql = "SELECT COUNT(*) FROM jobs WHERE kind = $1 AND status IN ('pending', 'running')";
        for _ in 0..500 {
            let waiting: i64 = sqlx::query_scalar(sql)
                .bind(crate::features::notifications::NEW_POST)
                .fetch_one(self.db.db.reader())
                .await
                .expect("read the job queue");
            if waiting == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let errors: Vec<Option<String>> =
            sqlx::query_scalar("SELECT last_error FROM jobs WHERE kind = $1 AND status <> 'done'")
                .bind(crate::features::notifications::NEW_POST)
                .fetch_all(self.db.db.reader())
                .await
                .expect("read the job queue");
        panic!("new posts still waiting for their notifications after 10 s: {errors:?}");
    }

    /// Writes the downloads counted in memory so far, as the server does every second.
    pub async fn flush_downloads(&self) {
        self.state
            .downloads
            .flush(&self.db.db)
            .await
            .expect("write the download counts");
    }

    /// Runs a statement that changes data (to age a link or a failure, say); returns the
    /// number of rows changed.
    pub async fn exec(&self, sql: &str) -> u64 {
        let mut tx = self.db.db.begin().await.expect("begin");
        let done = sqlx::query(sql)
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        tx.commit().await.expect("commit");
        done.rows_affected()
    }

    /// A whole number read from the database, e.g. `SELECT COUNT(*) FROM ...`.
    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(self.db.db.reader())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// A nullable whole number from the first row (`None` also when there is no row).
    pub async fn opt_i64(&self, sql: &str) -> Option<i64> {
        sqlx::query_scalar::<_, Option<i64>>(sql)
            .fetch_optional(self.db.db.reader())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .flatten()
    }

    /// A nullable text from the first row (`None` also when there is no row).
    pub async fn opt_text(&self, sql: &str) -> Option<String> {
        sqlx::query_scalar::<_, Option<String>>(sql)
            .fetch_optional(self.db.db.reader())
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .flatten()
    }

    /// A message in one interface language, as pages show it (before HTML escaping).
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.localizer(lang).t(id)
    }

    /// The messages of one interface language, for messages with arguments, dates and numbers.
    pub fn localizer(&self, lang: &str) -> bottega_i18n::Localizer {
        self.state.catalogs.localizer(lang)
    }

    /// Lists an organisation straight in the database, with `admin` as its administrator;
    /// returns its id and slug.
    pub async fn create_org(
        &self,
        admin: i64,
        name: &str,
        org_type: OrgType,
        country: Country,
        sectors: &[Sector],
        languages: &[Language],
    ) -> (i64, String) {
        let mut tx = self.db.db.begin().await.expect("begin");
        let org = directory::create(
            &mut tx,
            &directory::OrgFields {
                name,
                org_type,
                country,
                city: "",
                website: "",
                description: "",
                description_lang: None,
                sectors,
                languages,
            },
            admin,
        )
        .await
        .expect("create organisation");
        tx.commit().await.expect("commit");
        (org.id, org.slug)
    }

    /// Creates a community of the Communication section straight in the database; returns its
    /// id and address. `visibility` is `public`, `members` or `private` (with `org`).
    pub async fn create_community(
        &self,
        name: &str,
        visibility: &str,
        org: Option<i64>,
        creator: i64,
    ) -> (i64, String) {
        use bottega_storage::communication::communities;
        let mut tx = self.db.db.begin().await.expect("begin");
        let id = communities::create(
            &mut tx,
            &communities::NewCommunity {
                name,
                description: "",
                description_lang: None,
                visibility,
                org_id: org,
                group_id: None,
                position: 0,
            },
            creator,
        )
        .await
        .expect("create community");
        tx.commit().await.expect("commit");
        let slug: String = sqlx::query_scalar("SELECT slug FROM communities WHERE id = $1")
            .bind(id)
            .fetch_one(self.db.db.reader())
            .await
            .expect("community slug");
        (id, slug)
    }

    /// Creates an active working group straight in the database, with `coordinator` as its
    /// coordinator and these `members`; returns its id. `membership` is `open`, `request` or
    /// `invitation`. It runs from last month to next month.
    pub async fn create_group(
        &self,
        title: &str,
        membership: &str,
        coordinator: i64,
        members: &[i64],
    ) -> i64 {
        use bottega_storage::collaboration::groups;
        let today = chrono::Utc::now().date_naive();
        let starts = (today - chrono::Days::new(30)).to_string();
        let ends = (today + chrono::Days::new(30)).to_string();
        let mut tx = self.db.db.begin().await.expect("begin");
        let id = groups::create(
            &mut tx,
            &groups::GroupFields {
                title,
                theme: "A theme",
                goal_md: "A goal",
                goal_html: "<p>A goal</p>",
                lang: "en",
                starts_on: &starts,
                ends_on: &ends,
                membership,
                sectors: &[],
            },
            coordinator,
        )
        .await
        .expect("create group");
        for m in members {
            groups::add(&mut tx, id, *m, groups::IN, None, "")
                .await
                .expect("add group member");
        }
        tx.commit().await.expect("commit");
        id
    }

    /// Adds (or keeps) a member of an organisation straight in the database.
    pub async fn add_member(&self, org_id: i64, user_id: i64, role: OrgRole) {
        let mut tx = self.db.db.begin().await.expect("begin");
        directory::add_member(&mut tx, org_id, user_id, role)
            .await
            .expect("add member");
        tx.commit().await.expect("commit");
    }
}

/// Serves the whole router for `db` on a new local port, with its job worker.
async fn launch(
    db: &TestDb,
    mut config: Config,
    metrics: Option<PrometheusHandle>,
) -> (AppState, String, CancellationToken) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    config.listen = addr.to_string();
    // Each launch gets its own index folder: a restarted server (see `reconfigure`) must not
    // wait for the previous one to let go of its index; it rebuilds from the database instead.
    config.search_dir = db
        .data_dir()
        .join(format!("search-{}", addr.port()))
        .display()
        .to_string();
    let mailer =
        bottega_mail::Mailer::new(None, &config.mail.from, &config.mail_dir()).expect("mailer");
    let state = crate::build_state(config, db.db.clone(), metrics)
        .await
        .expect("application state");
    let stop = CancellationToken::new();
    // Cancelling `stop` ends the tasks; nothing waits for them in a test.
    drop(crate::background::Background::start(
        &state,
        mailer,
        stop.clone(),
    ));
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
    (state, format!("http://{addr}"), stop)
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

/// One browser: its cookie jar and the server it talks to.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
    pub jar: Arc<Jar>,
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

    /// Whether the page shows `text` (a message as the catalog has it): looks for it HTML-escaped
    /// as the templates write it.
    pub fn shows(&self, text: &str) -> bool {
        self.body.contains(&html_escape(text))
    }

    /// A response header as text ("" when absent).
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Every `Set-Cookie` header of the response.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }

    /// The `Set-Cookie` header that sets cookie `name`, if any.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        let prefix = format!("{name}=");
        self.set_cookies()
            .into_iter()
            .find(|c| c.starts_with(&prefix))
    }

    /// The `lang` attribute of the page's `<html>` element.
    pub fn html_lang(&self) -> &str {
        attribute(tag_at(&self.body, "<html"), "lang").unwrap_or("")
    }

    /// The first form on the page that posts to `action`, as a page of its own (to read its
    /// fields apart from those of other forms, such as the language switcher's `next`).
    pub fn form(&self, action: &str) -> Page {
        let marker = format!("action=\"{action}\"");
        let at = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no form posting to {action}:\n{}", self.body));
        let start = self.body[..at].rfind("<form").unwrap_or(at);
        let end = self.body[at..]
            .find("</form>")
            .map(|e| at + e + 7)
            .unwrap_or(self.body.len());
        Page {
            status: self.status,
            headers: self.headers.clone(),
            body: self.body[start..end].to_string(),
        }
    }

    /// What the form posting to `action` would send as it is shown: text and hidden inputs,
    /// checked boxes and radio buttons, text areas and selected options, in page order
    /// (unescaped). Buttons are left out; add the one to press.
    pub fn form_fields(&self, action: &str) -> Vec<(String, String)> {
        let form = self.form(action).body;
        let mut out: Vec<(usize, String, String)> = Vec::new();
        let mut from = 0;
        while let Some(i) = form[from..].find("<input") {
            let at = from + i;
            let tag = tag_at(&form[at..], "<input");
            let kind = attribute(tag, "type").unwrap_or("text");
            let checkable = kind == "checkbox" || kind == "radio";
            if let Some(name) = attribute(tag, "name") {
                if kind != "submit" && (!checkable || tag.contains(" checked")) {
                    let value = html_unescape(attribute(tag, "value").unwrap_or(""));
                    out.push((at, html_unescape(name), value));
                }
            }
            from = at + 6;
        }
        let mut from = 0;
        while let Some(i) = form[from..].find("<textarea") {
            let at = from + i;
            let tag = tag_at(&form[at..], "<textarea");
            let rest = &form[at + tag.len()..];
            let text = &rest[..rest.find("</textarea>").unwrap_or(0)];
            if let Some(name) = attribute(tag, "name") {
                out.push((at, html_unescape(name), html_unescape(text)));
            }
            from = at + 9;
        }
        let mut from = 0;
        while let Some(i) = form[from..].find("<select") {
            let at = from + i;
            let tag = tag_at(&form[at..], "<select");
            let rest = &form[at..];
            let block = &rest[..rest.find("</select>").unwrap_or(rest.len())];
            if let Some(name) = attribute(tag, "name") {
                let mut first = None;
                let mut chosen = None;
                let mut o = 0;
                while let Some(j) = block[o..].find("<option") {
                    let opt = tag_at(&block[o + j..], "<option");
                    let value = attribute(opt, "value")
                        .map(html_unescape)
                        .unwrap_or_default();
                    first.get_or_insert(value.clone());
                    if opt.contains(" selected") {
                        chosen = Some(value);
                    }
                    o += j + 7;
                }
                if let Some(v) = chosen.or(first) {
                    out.push((at, html_unescape(name), v));
                }
            }
            from = at + 7;
        }
        out.sort_by_key(|(at, _, _)| *at);
        out.into_iter().map(|(_, k, v)| (k, v)).collect()
    }

    /// The value of the first `<input>` named `name` (unescaped), as the form shows it again.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let needle = format!("name=\"{name}\"");
        let mut from = 0;
        while let Some(i) = self.body[from..].find("<input") {
            let tag = tag_at(&self.body[from + i..], "<input");
            if tag.contains(&needle) {
                return Some(html_unescape(attribute(tag, "value").unwrap_or("")));
            }
            from += i + 6;
        }
        None
    }

    /// The text of the `<textarea>` named `name` (unescaped).
    pub fn textarea_value(&self, name: &str) -> Option<String> {
        let start = self
            .body
            .find(&format!("<textarea id=\"f-{name}\" name=\"{name}\""))?;
        let rest = &self.body[start..];
        let open_end = rest.find('>')? + 1;
        let close = rest.find("</textarea>")?;
        Some(html_unescape(&rest[open_end..close]))
    }

    /// The codes selected in the select box or checked among the checkboxes named `name`.
    pub fn selected(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        // Checkboxes and radio buttons.
        let needle = format!("name=\"{name}\"");
        let mut from = 0;
        while let Some(i) = self.body[from..].find("<input") {
            let tag = tag_at(&self.body[from + i..], "<input");
            if tag.contains(&needle) && tag.contains(" checked") {
                out.extend(attribute(tag, "value").map(html_unescape));
            }
            from += i + 6;
        }
        // Select boxes.
        if let Some(start) = self
            .body
            .find(&format!("<select id=\"f-{name}\" name=\"{name}\""))
        {
            let rest = &self.body[start..];
            let block = &rest[..rest.find("</select>").unwrap_or(rest.len())];
            let mut from = 0;
            while let Some(i) = block[from..].find("<option") {
                let tag = tag_at(&block[from + i..], "<option");
                if tag.contains(" selected") {
                    out.extend(attribute(tag, "value").map(html_unescape));
                }
                from += i + 7;
            }
        }
        out
    }

    /// The problem shown for form field `name`, as listed in the error summary at the top of the
    /// form (each entry links to its field).
    pub fn field_error(&self, name: &str) -> Option<String> {
        let marker = format!("<a href=\"#f-{name}\">");
        let start = self.body.find(&marker)? + marker.len();
        let end = self.body[start..].find("</a>")?;
        Some(html_unescape(&self.body[start..start + end]))
    }

    /// Every field named in the error summary, in order.
    pub fn error_fields(&self) -> Vec<String> {
        let marker = "<a href=\"#f-";
        let mut out = Vec::new();
        let Some(summary) = self.body.find("class=\"error-summary\"") else {
            return out;
        };
        let block = &self.body[summary..];
        let block = &block[..block.find("</div>").unwrap_or(block.len())];
        let mut from = 0;
        while let Some(i) = block[from..].find(marker) {
            let start = from + i + marker.len();
            let end = block[start..].find('"').map(|e| start + e).unwrap_or(start);
            out.push(block[start..end].to_string());
            from = end;
        }
        out
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

    /// A request to build further (headers, body); send it with [`Browser::send`].
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path))
    }

    pub async fn send(&self, request: RequestBuilder) -> Page {
        Self::read(request.send().await.expect("request")).await
    }

    /// The value of this browser's cookie `name`, if it holds one.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = url::Url::parse(&self.base).expect("base URL");
        let header = self.jar.cookies(&url)?;
        let prefix = format!("{name}=");
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|c| c.strip_prefix(&prefix).map(str::to_string))
    }

    /// Puts a cookie in this browser's jar, as if the server had set it.
    pub fn set_cookie(&self, name: &str, value: &str) {
        let url = url::Url::parse(&self.base).expect("base URL");
        self.jar
            .add_cookie_str(&format!("{name}={value}; Path=/"), &url);
    }

    /// Whether this browser is signed in (its account page opens).
    pub async fn is_signed_in(&self) -> bool {
        let page = self.get("/account").await;
        match page.status.as_u16() {
            200 => true,
            303 if page.location().starts_with("/login") => false,
            other => panic!("unexpected status {other} for /account:\n{}", page.body),
        }
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

    /// The current CSRF token of this browser, read from a page as a person's browser would
    /// (the sign-in page, or the page it sends a signed-in browser to).
    pub async fn csrf(&self) -> String {
        self.visit("/login").await.csrf()
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

    /// Submits a multipart form built by the caller (several fields, several files), with this
    /// browser's CSRF token in the query string as Bottega's multipart forms carry it.
    pub async fn multipart(&self, path: &str, form: reqwest::multipart::Form) -> Page {
        let token = self.csrf().await;
        let sep = if path.contains('?') { '&' } else { '?' };
        self.send(
            self.client
                .post(self.url(&format!("{path}{sep}csrf={token}")))
                .multipart(form),
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

/// Finds the tag that starts at (or after) `open` in `html`, up to its closing `>`.
fn tag_at<'a>(html: &'a str, open: &str) -> &'a str {
    let Some(start) = html.find(open) else {
        return "";
    };
    let rest = &html[start..];
    &rest[..rest.find('>').map(|e| e + 1).unwrap_or(rest.len())]
}

/// The value of attribute `name` in one tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

/// Escapes text as the templates do (askama's HTML escaper).
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '&' => out.push_str("&#38;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&#60;"),
            '>' => out.push_str("&#62;"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`html_escape`] (and the named forms of the same characters).
pub fn html_unescape(text: &str) -> String {
    text.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#60;", "<")
        .replace("&lt;", "<")
        .replace("&#62;", ">")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
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
