//! Driving headless Chromium through Debian's `chromedriver` with fantoccini.
//!
//! [`ChromeDriver`] starts `chromedriver` on a free local port and stops it (with every browser
//! it started) when dropped, also when a test fails. [`Session`] is one browser window with its
//! own profile, and offers the moves a person makes: open a page, type into the field with a
//! given label, pick an option by its visible text, press a button or follow a link by its text,
//! press Tab. Where a page repeats a label or a button (one rating form per item, say), the
//! `*_within` variants look only inside the element a CSS selector names. It also checks basic
//! accessibility facts of a page and saves screenshots.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::{Element, ElementRef};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

/// Where Debian's `chromium-driver` package puts the driver and the browser; `CHROMEDRIVER` and
/// `CHROMIUM` override them.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// How long a page may take to appear after a click before the test gives up.
const NAVIGATION_TIMEOUT: Duration = Duration::from_secs(20);

/// The browser window size; screenshots grow taller to hold the whole page.
pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 900;

/// `target/browser-artifacts` of the workspace (or of `CARGO_TARGET_DIR`), created.
pub fn artifacts_dir() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if Path::new(&dir).is_absolute() => PathBuf::from(dir),
        Some(dir) => workspace.join(dir),
        None => workspace.join("target"),
    };
    let dir = target.join("browser-artifacts");
    std::fs::create_dir_all(&dir).expect("create the browser artifacts folder");
    dir.canonicalize().unwrap_or(dir)
}

fn program(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default))
}

/// A running `chromedriver`, stopped on drop together with the browsers it started.
pub struct ChromeDriver {
    child: Child,
    port: u16,
    chromium: PathBuf,
    artifacts: PathBuf,
    /// Browser profiles; removed only after the browsers are gone.
    profiles: Mutex<Vec<tempfile::TempDir>>,
}

impl ChromeDriver {
    /// Starts `chromedriver`. When it is not installed: `None` after saying so, or a test
    /// failure when `BOTTEGA_REQUIRE_BROWSER=1` (as in CI).
    pub async fn start(log_name: &str) -> Option<ChromeDriver> {
        let driver = program("CHROMEDRIVER", CHROMEDRIVER);
        let chromium = program("CHROMIUM", CHROMIUM);
        let required = std::env::var("BOTTEGA_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        for p in [&driver, &chromium] {
            if !p.exists() {
                let msg = format!(
                    "browser tests need {} (apt-get install -y chromium chromium-driver)",
                    p.display()
                );
                assert!(
                    !required,
                    "{msg}; BOTTEGA_REQUIRE_BROWSER=1 makes this a failure"
                );
                eprintln!("SKIPPED: {msg}");
                return None;
            }
        }
        // Both of rustls' crypto back-ends are in the build (ring through reqwest, aws-lc-rs
        // through fantoccini), so rustls cannot pick one alone; an error means one is set.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let artifacts = artifacts_dir();
        let log = artifacts.join(format!("{log_name}-chromedriver.log"));
        let mut last_problem = String::new();
        // A free port can be taken by someone else before chromedriver binds it: try again.
        for _ in 0..3 {
            let port = free_port();
            let mut cmd = Command::new(&driver);
            cmd.arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            // Its own process group, so that the browsers can be stopped with it if need be.
            std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
            let child = cmd
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));
            let mut me = ChromeDriver {
                child,
                port,
                chromium: chromium.clone(),
                artifacts: artifacts.clone(),
                profiles: Mutex::new(Vec::new()),
            };
            match me.wait_ready().await {
                Ok(()) => return Some(me),
                Err(e) => last_problem = e,
            }
        }
        panic!(
            "chromedriver did not start: {last_problem} (log: {})",
            log.display()
        );
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    async fn wait_ready(&mut self) -> Result<(), String> {
        let http = reqwest::Client::new();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited with {status}"));
            }
            if let Ok(res) = http.get(format!("{}/status", self.url())).send().await {
                let body = res.text().await.unwrap_or_default();
                if let Ok(v) = serde_json::from_str::<Value>(&body) {
                    if v["value"]["ready"] == json!(true) {
                        return Ok(());
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err("no answer on its port within 20 s".into())
    }

    /// A new browser window with a fresh profile (its own cookies), showing `base`'s pages.
    pub async fn session(&self, name: &str, base: &str) -> Session {
        let profile = tempfile::Builder::new()
            .prefix("bottega-chromium-")
            .tempdir()
            .expect("a temporary browser profile");
        let args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--no-first-run".into(),
            "--disable-sync".into(),
            "--disable-quic".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        self.profiles.lock().expect("profiles").push(profile);
        let caps = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": { "pageLoad": 30000, "script": 10000, "implicit": 0 },
            "goog:chromeOptions": {
                "binary": self.chromium.display().to_string(),
                "args": args,
                // The pages are negotiated from Accept-Language: start in English everywhere.
                "prefs": { "intl.accept_languages": "en" },
            },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let client = ClientBuilder::rustls()
            .expect("rustls")
            .capabilities(caps)
            .connect(&self.url())
            .await
            .unwrap_or_else(|e| panic!("cannot open a Chromium session: {e}"));
        client
            .set_window_size(WIDTH, HEIGHT)
            .await
            .expect("window size");
        Session {
            client,
            base: base.trim_end_matches('/').to_string(),
            name: name.to_string(),
            artifacts: self.artifacts.clone(),
        }
    }

    /// Asks chromedriver to quit (it closes its browsers); true when it did.
    fn shutdown_gracefully(&mut self) -> bool {
        use std::io::{Read, Write};
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.set_write_timeout(Some(Duration::from_secs(5)));
            let req = format!(
                "GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                self.port
            );
            if s.write_all(req.as_bytes()).is_ok() {
                let mut sink = Vec::new();
                let _ = s.read_to_end(&mut sink);
            }
        }
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        if !self.shutdown_gracefully() {
            // Stop chromedriver and whatever it left in its process group (the browsers).
            let group = format!("-{}", self.child.id());
            let _ = Command::new("kill")
                .args(["-KILL", "--", &group])
                .stderr(Stdio::null())
                .status();
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The profiles are removed after this, once no browser uses them.
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// One browser window.
pub struct Session {
    pub client: Client,
    /// `http://127.0.0.1:<port>` of the application.
    pub base: String,
    /// Used in file names of screenshots.
    pub name: String,
    artifacts: PathBuf,
}

/// Finds the form control whose `<label>` reads exactly `arguments[0]` (a required-field mark
/// aside), the way a person and assistive technology find it; inside the first element matching
/// the selector `arguments[1]` when one is given.
const FIND_BY_LABEL: &str = r#"
const [want, scope] = arguments;
const root = scope ? document.querySelector(scope) : document;
if (!root) return [];
const found = [];
for (const label of root.querySelectorAll('label')) {
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.req').forEach(e => e.remove());
  if (copy.textContent.replace(/\s+/g, ' ').trim() === want && label.control) {
    found.push(label.control);
  }
}
return found;
"#;

/// Visible `button`s or links (`arguments[0]`) whose text is exactly `arguments[1]`, inside the
/// first element matching the selector `arguments[2]` when one is given.
const FIND_BY_TEXT: &str = r#"
const [selector, want, scope] = arguments;
const root = scope ? document.querySelector(scope) : document;
if (!root) return [];
const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
return Array.from(root.querySelectorAll(selector))
  .filter(el => visible(el) && el.textContent.replace(/\s+/g, ' ').trim() === want);
"#;

/// Basic accessibility facts of the page; returns the problems found.
const AUDIT: &str = r##"
const problems = [];
const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
  && getComputedStyle(el).visibility !== 'hidden';
const text = el => (el.textContent || '').replace(/\s+/g, ' ').trim();
const describe = el => el.outerHTML.slice(0, 120);

if (!(document.documentElement.getAttribute('lang') || '').trim()) problems.push('<html> has no lang');
if (!document.title.trim()) problems.push('the page has no <title>');

const h1s = document.querySelectorAll('h1');
if (h1s.length !== 1) problems.push(`expected exactly one <h1>, found ${h1s.length}`);
else if (!text(h1s[0])) problems.push('the <h1> is empty');

const mains = document.querySelectorAll('main');
if (mains.length !== 1 || mains[0].id !== 'main') problems.push('expected one <main id="main">');

const focusable = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
const first = document.querySelector(focusable);
if (!first || !first.classList.contains('skip-link') || first.getAttribute('href') !== '#main')
  problems.push('the first focusable element is not the skip link to #main: ' + (first ? describe(first) : 'none'));

for (const el of document.querySelectorAll('input, select, textarea')) {
  if (el.type === 'hidden' || ['submit', 'button', 'reset', 'image'].includes(el.type)) continue;
  if (!visible(el)) continue;
  const byLabel = Array.from(el.labels || []).some(l => text(l) !== '');
  const byAria = (el.getAttribute('aria-label') || '').trim() !== ''
    || (el.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => id && document.getElementById(id) && text(document.getElementById(id)));
  if (!byLabel && !byAria) problems.push('form control without a label: ' + describe(el));
}

for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
  if (!el.getAttribute('aria-describedby')) problems.push('invalid field without a described problem: ' + describe(el));
}

for (const hint of document.querySelectorAll('div.field p.hint')) {
  const controls = hint.closest('div.field').querySelectorAll('input, select, textarea');
  const read = hint.id && Array.from(controls).some(el =>
    (el.getAttribute('aria-describedby') || '').split(/\s+/).includes(hint.id));
  if (!read) problems.push('a hint that is not read with its field: ' + describe(hint));
}

const ids = new Map();
for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) || 0) + 1);
for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" is used ${n} times`);

for (const el of document.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
  for (const attr of ['aria-describedby', 'aria-labelledby']) {
    for (const id of (el.getAttribute(attr) || '').split(/\s+/)) {
      if (id && !document.getElementById(id)) problems.push(`${attr} points to a missing #${id}`);
    }
  }
}
for (const l of document.querySelectorAll('label[for]')) {
  if (!document.getElementById(l.htmlFor)) problems.push(`a label is for a missing #${l.htmlFor}`);
}
for (const a of document.querySelectorAll('a[href^="#"]')) {
  const id = a.getAttribute('href').slice(1);
  if (id && !document.getElementById(id)) problems.push(`a link points to a missing #${id}`);
}

for (const el of document.querySelectorAll('a[href], button')) {
  if (!visible(el) && !el.classList.contains('skip-link')) continue;
  const alts = Array.from(el.querySelectorAll('img[alt]')).map(i => i.alt.trim()).join('');
  if (!text(el) && !alts && !(el.getAttribute('aria-label') || '').trim())
    problems.push('a link or button without a name: ' + describe(el));
}
for (const img of document.querySelectorAll('img')) {
  if (!img.hasAttribute('alt')) problems.push('an image without alt: ' + describe(img));
}

for (const li of document.querySelectorAll('li')) {
  if (!['UL', 'OL', 'MENU'].includes(li.parentElement && li.parentElement.tagName))
    problems.push('a list item outside a list: ' + describe(li));
}

const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
if (wide > 0) {
  const vw = document.documentElement.clientWidth;
  const culprit = Array.from(document.querySelectorAll('body *'))
    .find(el => el.getBoundingClientRect().right > vw + 0.5);
  problems.push(`the page is ${wide}px wider than the window and scrolls sideways: ` +
    (culprit ? describe(culprit) : 'no element found'));
}
return problems;
"##;

impl Session {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Runs a script in the page.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("[{}] script failed: {e}\n{script}", self.name))
    }

    fn element(&self, v: &Value) -> Element {
        let id = v
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("not an element: {v}"));
        Element::from_element_id(self.client.clone(), ElementRef::from(id.to_string()))
    }

    /// Opens a page by its address, as typing it or opening a link from an email would.
    pub async fn open(&self, path: &str) {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            self.url(path)
        };
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|e| panic!("[{}] cannot open {url}: {e}", self.name));
    }

    /// The path (and query) of the page shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current URL");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// Does `action` and waits until it has brought a new page, fully loaded.
    async fn navigating<F>(&self, what: &str, action: F)
    where
        F: std::future::Future<Output = Result<(), fantoccini::error::CmdError>>,
    {
        self.js("window.__bottegaOldPage = true;", vec![]).await;
        action
            .await
            .unwrap_or_else(|e| panic!("[{}] {what}: {e}", self.name));
        let started = Instant::now();
        loop {
            let done = self
                .client
                .execute(
                    "return window.__bottegaOldPage === undefined && document.readyState === 'complete';",
                    vec![],
                )
                .await;
            if matches!(done, Ok(Value::Bool(true))) {
                return;
            }
            assert!(
                started.elapsed() < NAVIGATION_TIMEOUT,
                "[{}] {what}: no new page within {NAVIGATION_TIMEOUT:?} (still on {})",
                self.name,
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The form control labelled `label`.
    pub async fn field(&self, label: &str) -> Element {
        self.field_within(None, label).await
    }

    /// The form control labelled `label` inside the element `scope` (a CSS selector) names, or
    /// anywhere on the page.
    pub async fn field_within(&self, scope: Option<&str>, label: &str) -> Element {
        let found = self
            .js(FIND_BY_LABEL, vec![json!(label), json!(scope)])
            .await;
        let found = found.as_array().cloned().unwrap_or_default();
        assert!(
            found.len() == 1,
            "[{}] expected one field labelled {label:?}{} on {}, found {}",
            self.name,
            scope.map(|s| format!(" in {s}")).unwrap_or_default(),
            self.path().await,
            found.len()
        );
        self.element(&found[0])
    }

    /// Types `value` into the field labelled `label`, replacing what it held.
    pub async fn fill(&self, label: &str, value: &str) {
        self.fill_within(None, label, value).await;
    }

    /// [`Session::fill`] inside the element `scope` names.
    pub async fn fill_within(&self, scope: Option<&str>, label: &str, value: &str) {
        let el = self.field_within(scope, label).await;
        el.clear().await.expect("clear a field");
        el.send_keys(value)
            .await
            .unwrap_or_else(|e| panic!("[{}] cannot type into {label:?}: {e}", self.name));
    }

    /// Picks, in the list labelled `label`, the option that reads `option`.
    pub async fn choose(&self, label: &str, option: &str) {
        self.choose_within(None, label, option).await;
    }

    /// [`Session::choose`] inside the element `scope` names.
    pub async fn choose_within(&self, scope: Option<&str>, label: &str, option: &str) {
        let select = self.field_within(scope, label).await;
        let value = self
            .js(
                "for (const o of arguments[0].options) { \
                   if (o.textContent.replace(/\\s+/g, ' ').trim() === arguments[1]) return o.value; } \
                 return null;",
                vec![json!(select), json!(option)],
            )
            .await;
        let value = value
            .as_str()
            .unwrap_or_else(|| panic!("[{}] no option {option:?} in {label:?}", self.name))
            .to_string();
        select
            .select_by_value(&value)
            .await
            .unwrap_or_else(|e| panic!("[{}] cannot pick {option:?}: {e}", self.name));
    }

    /// What assistive technology reads after a field's name: the texts its `aria-describedby`
    /// points to, in order.
    pub async fn description_of(&self, label: &str) -> String {
        let el = self.field(label).await;
        self.js(
            "return (arguments[0].getAttribute('aria-describedby') || '').split(/\\s+/) \
               .map(id => document.getElementById(id)).filter(e => e) \
               .map(e => e.textContent.replace(/\\s+/g, ' ').trim()).join(' ');",
            vec![json!(el)],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// The value a form control holds.
    pub async fn value_of(&self, label: &str) -> String {
        let el = self.field(label).await;
        self.js("return arguments[0].value;", vec![json!(el)])
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    async fn by_text(&self, scope: Option<&str>, selector: &str, text: &str) -> Element {
        let found = self
            .js(
                FIND_BY_TEXT,
                vec![json!(selector), json!(text), json!(scope)],
            )
            .await;
        let found = found.as_array().cloned().unwrap_or_default();
        let Some(first) = found.first() else {
            panic!(
                "[{}] no visible {selector} reading {text:?}{} on {}",
                self.name,
                scope.map(|s| format!(" in {s}")).unwrap_or_default(),
                self.path().await
            );
        };
        self.element(first)
    }

    /// Presses the (first visible) button that reads `text` and waits for the next page.
    pub async fn click_button(&self, text: &str) {
        self.click_button_within(None, text).await;
    }

    /// [`Session::click_button`] inside the element `scope` names.
    pub async fn click_button_within(&self, scope: Option<&str>, text: &str) {
        let el = self
            .by_text(scope, "button, input[type=submit]", text)
            .await;
        self.navigating(&format!("press {text:?}"), el.click())
            .await;
    }

    /// Follows the (first visible) link that reads `text` and waits for the page.
    pub async fn click_link(&self, text: &str) {
        self.click_link_within(None, text).await;
    }

    /// [`Session::click_link`] inside the element `scope` names.
    pub async fn click_link_within(&self, scope: Option<&str>, text: &str) {
        let el = self.by_text(scope, "a[href]", text).await;
        self.navigating(&format!("follow {text:?}"), el.click())
            .await;
    }

    /// Loads the page shown again.
    pub async fn reload(&self) {
        self.navigating("reload", self.client.refresh()).await;
    }

    /// Whitespace-normalised text of the first element matching `css`, if any.
    pub async fn text(&self, css: &str) -> Option<String> {
        self.js(
            "const el = document.querySelector(arguments[0]); \
             return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null;",
            vec![json!(css)],
        )
        .await
        .as_str()
        .map(str::to_string)
    }

    /// Text of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let v = self
            .js(
                "return Array.from(document.querySelectorAll(arguments[0])) \
                   .map(el => el.textContent.replace(/\\s+/g, ' ').trim());",
                vec![json!(css)],
            )
            .await;
        serde_json::from_value(v).unwrap_or_default()
    }

    pub async fn h1(&self) -> String {
        self.text("h1").await.unwrap_or_default()
    }

    /// The one-time message shown after an action (`.flash`).
    pub async fn flash(&self) -> Option<String> {
        self.text(".flash").await
    }

    /// The text of `<main>`.
    pub async fn main_text(&self) -> String {
        self.text("main").await.unwrap_or_default()
    }

    /// The text of the site header (signed-in name, sign-in link, ...).
    pub async fn header_text(&self) -> String {
        self.text("header.site-header").await.unwrap_or_default()
    }

    /// `<html lang>`.
    pub async fn lang(&self) -> String {
        self.js("return document.documentElement.lang;", vec![])
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The element that has keyboard focus: tag, id, class, href and whether it is on screen.
    pub async fn focused(&self) -> Value {
        self.js(
            "const el = document.activeElement; const r = el.getBoundingClientRect(); \
             return { tag: el.tagName.toLowerCase(), id: el.id, class: el.className, \
                      href: el.getAttribute('href'), on_screen: r.right > 0 && r.left >= 0 };",
            vec![],
        )
        .await
    }

    /// Presses a key on the keyboard (sent to whatever has focus).
    pub async fn press(&self, key: Key) {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("[{}] cannot press a key: {e}", self.name));
    }

    /// Checks basic accessibility facts of the page shown; fails the test listing problems.
    pub async fn audit(&self) {
        let problems: Vec<String> =
            serde_json::from_value(self.js(AUDIT, vec![]).await).expect("a list of problems");
        assert!(
            problems.is_empty(),
            "[{}] accessibility problems on {}:\n  {}",
            self.name,
            self.path().await,
            problems.join("\n  ")
        );
    }

    /// Saves the whole page (not only the window) as `<prefix>-<name>.png`; returns its path.
    pub async fn screenshot(&self, prefix: &str, name: &str) -> PathBuf {
        // The window grows to the height of the page plus whatever the browser keeps for itself.
        let height = self
            .js(
                "return Math.ceil(Math.max(document.documentElement.scrollHeight, \
                   document.body ? document.body.scrollHeight : 0) \
                   + Math.max(0, window.outerHeight - window.innerHeight));",
                vec![],
            )
            .await
            .as_u64()
            .unwrap_or(HEIGHT as u64)
            .clamp(HEIGHT as u64, 8000) as u32;
        let _ = self.client.set_window_size(WIDTH, height).await;
        let png = self.client.screenshot().await;
        let _ = self.client.set_window_size(WIDTH, HEIGHT).await;
        let png = png.unwrap_or_else(|e| panic!("[{}] screenshot failed: {e}", self.name));
        let path = self.artifacts.join(format!("{prefix}-{name}.png"));
        std::fs::write(&path, png).expect("write a screenshot");
        path
    }

    /// After a failure: the window and the page source, for whoever reads the CI log.
    pub async fn save_failure(&self, prefix: &str) {
        let shot = self
            .artifacts
            .join(format!("{prefix}-FAILED-{}.png", self.name));
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(&shot, png);
        }
        let html = self
            .artifacts
            .join(format!("{prefix}-FAILED-{}.html", self.name));
        if let Ok(src) = self.client.source().await {
            let _ = std::fs::write(&html, src);
        }
        let at = self
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        eprintln!(
            "[{}] was on {at}; saved {} and {}",
            self.name,
            shot.display(),
            html.display()
        );
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
