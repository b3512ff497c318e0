//! Configuration: built-in defaults, then a TOML file, then environment variables
//! (`BOTTEGA_*`, and `DATABASE_URL`). `bottega config` prints the result with secrets hidden.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address and port to listen on.
    pub listen: String,
    /// The address people use to reach Bottega, for links in emails. Cookies are marked Secure
    /// when it starts with https://.
    pub public_url: String,
    /// Folder for the embedded database, files and the mail folder; created if missing.
    pub data_dir: PathBuf,
    /// `sqlite://path` or `postgres://user:pass@host/db`. Empty: SQLite in `data_dir`.
    pub database_url: String,
    /// Size of the connection pools (on SQLite: readers beside the one writer; on PostgreSQL:
    /// readers, and as many writers); 0 lets the engine choose
    /// (`bottega_storage::default_max_connections`).
    pub database_max_connections: u32,
    /// Where files go. Empty: the `files` folder in `data_dir`.
    pub storage_url: String,
    /// This node's search index folder. Empty: the `search` folder in `data_dir`. Each node
    /// keeps its own; they all follow the database.
    pub search_dir: String,
    /// How many distinct searches this node remembers until its index next changes (0: none).
    pub search_result_cache: usize,
    pub mail: MailConfig,
    pub log: LogConfig,
    pub limits: Limits,
    /// Trust `X-Forwarded-For` for the client address (only behind your own reverse proxy).
    pub trust_proxy_headers: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    /// `smtp://user:pass@host:587?tls=required` or `smtps://...`. Empty: write emails to the
    /// `mail` folder in `data_dir` and to the log.
    pub smtp_url: String,
    pub from: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// `text` for people, `json` for log collectors.
    pub format: String,
    /// A tracing filter, e.g. `info` or `bottega=debug,sqlx=warn`.
    pub filter: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest request body for ordinary forms, in bytes.
    pub form_bytes: usize,
    /// Largest uploaded picture, in bytes.
    pub image_bytes: usize,
    /// Writes (POST requests) one client address may make per minute.
    pub writes_per_minute: u32,
    /// Posts (threads, replies, answers) one member may write per hour; accounts younger than a
    /// day get a sixth of it, against spam from new accounts. 0: no allowance.
    pub posts_per_hour: u32,
    /// Largest file of a resource, in bytes.
    pub file_bytes: u64,
    /// Files one upload form may carry.
    pub files_per_upload: usize,
    /// Bytes of files one member may have uploaded in all (every version counts).
    pub member_quota_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".into(),
            public_url: String::new(),
            data_dir: PathBuf::from("bottega-data"),
            database_url: String::new(),
            database_max_connections: 0,
            storage_url: String::new(),
            search_dir: String::new(),
            search_result_cache: bottega_search::RESULT_CACHE_ENTRIES,
            mail: MailConfig::default(),
            log: LogConfig::default(),
            limits: Limits::default(),
            trust_proxy_headers: false,
        }
    }
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            smtp_url: String::new(),
            from: "Bottega <noreply@bottega.localhost>".into(),
        }
    }
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: "text".into(),
            filter: "info,sqlx=warn".into(),
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            form_bytes: 256 * 1024,
            image_bytes: 5 * 1024 * 1024,
            writes_per_minute: 120,
            posts_per_hour: 60,
            file_bytes: 50 * 1024 * 1024,
            files_per_upload: 10,
            member_quota_bytes: 1024 * 1024 * 1024,
        }
    }
}

/// The top-level keys of [`Config`]; only environment variables naming one of them are read,
/// so unrelated `BOTTEGA_*` variables (those of the test suite, say) are not mistaken for
/// configuration.
const KEYS: &[&str] = &[
    "listen",
    "public_url",
    "data_dir",
    "database_url",
    "database_max_connections",
    "storage_url",
    "search_dir",
    "search_result_cache",
    "mail",
    "log",
    "limits",
    "trust_proxy_headers",
];

/// Whether an environment variable, without its prefix (`MAIL__SMTP_URL`, or `mail.smtp_url`
/// once split), names a configuration key.
fn is_config_key(var: &str) -> bool {
    let var = var.to_ascii_lowercase();
    KEYS.iter().any(|key| {
        var.strip_prefix(key)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("__") || rest.starts_with('.'))
    })
}

impl Config {
    /// Built-in defaults, then the TOML file (`path`, or `./bottega.toml` when it exists), then
    /// environment variables: `BOTTEGA_<KEY>` with `__` between nested keys (for example
    /// `BOTTEGA_MAIL__SMTP_URL`), and `DATABASE_URL`.
    pub fn load(path: Option<&std::path::Path>) -> anyhow::Result<Config> {
        use anyhow::Context;
        use figment::providers::{Env, Format, Serialized, Toml};
        let mut figment = figment::Figment::from(Serialized::defaults(Config::default()));
        match path {
            Some(p) => {
                anyhow::ensure!(p.exists(), "configuration file {} not found", p.display());
                figment = figment.merge(Toml::file(p));
            }
            None => figment = figment.merge(Toml::file("bottega.toml")),
        }
        let figment = figment
            .merge(
                Env::prefixed("BOTTEGA_")
                    .split("__")
                    .filter(|k| is_config_key(k.as_str())),
            )
            .merge(Env::raw().only(&["database_url"]));
        figment.extract().context("invalid configuration")
    }

    pub fn database_url(&self) -> String {
        if self.database_url.trim().is_empty() {
            bottega_storage::sqlite_url(&self.data_dir)
        } else {
            self.database_url.clone()
        }
    }

    pub fn public_url(&self) -> String {
        if self.public_url.trim().is_empty() {
            format!("http://{}", self.listen)
        } else {
            self.public_url.trim_end_matches('/').to_string()
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url().starts_with("https://")
    }

    pub fn files_dir(&self) -> PathBuf {
        self.data_dir.join("files")
    }

    /// Where uploads are received before they are checked and stored.
    pub fn spool_dir(&self) -> PathBuf {
        self.data_dir.join("spool")
    }

    pub fn search_dir(&self) -> PathBuf {
        if self.search_dir.trim().is_empty() {
            self.data_dir.join("search")
        } else {
            PathBuf::from(&self.search_dir)
        }
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// The configuration as TOML with passwords in URLs replaced by `***`.
    pub fn redacted_toml(&self) -> String {
        let mut c = self.clone();
        c.database_url = redact_url(&self.database_url());
        c.mail.smtp_url = redact_url(&c.mail.smtp_url);
        c.storage_url = redact_url(&c.storage_url);
        c.public_url = self.public_url();
        toml::to_string_pretty(&c).unwrap_or_else(|e| format!("# could not print: {e}"))
    }
}

/// Hides the password (and any secret query values) of a URL.
pub fn redact_url(s: &str) -> String {
    match url::Url::parse(s) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            let pairs: Vec<(String, String)> = u
                .query_pairs()
                .map(|(k, v)| {
                    let secret = ["password", "secret", "key", "token"]
                        .iter()
                        .any(|w| k.to_ascii_lowercase().contains(w));
                    (
                        k.into_owned(),
                        if secret { "***".into() } else { v.into_owned() },
                    )
                })
                .collect();
            if !pairs.is_empty() {
                u.query_pairs_mut().clear().extend_pairs(pairs);
            }
            u.to_string()
        }
        Err(_) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted() {
        assert_eq!(
            redact_url("postgres://bottega:hunter2@db.example/bottega"),
            "postgres://bottega:***@db.example/bottega"
        );
        assert_eq!(
            redact_url("smtps://u:p@mail.example:465?auth_token=abc&tls=required"),
            "smtps://u:***@mail.example:465?auth_token=***&tls=required"
        );
        let c = Config {
            database_url: "postgres://a:secret@h/d".into(),
            ..Config::default()
        };
        let text = c.redacted_toml();
        assert!(!text.contains("secret"), "{text}");
        assert!(text.contains("listen = \"127.0.0.1:8080\""));
    }

    #[test]
    // figment's test jail fixes the closure's error type; its size is not ours to choose.
    #[allow(clippy::result_large_err)]
    fn file_then_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "bottega.toml",
                "listen = \"0.0.0.0:9000\"\n[mail]\nfrom = \"VET <vet@school.example>\"\n",
            )?;
            jail.set_env("BOTTEGA_MAIL__SMTP_URL", "smtp://mail.example:25");
            jail.set_env("BOTTEGA_LIMITS__WRITES_PER_MINUTE", "7");
            jail.set_env("DATABASE_URL", "postgres://db.example/bottega");
            // Not configuration: must be ignored rather than refused as an unknown key.
            jail.set_env("BOTTEGA_TEST_POSTGRES", "postgres://elsewhere/x");
            let c = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(c.listen, "0.0.0.0:9000");
            assert_eq!(c.mail.from, "VET <vet@school.example>");
            assert_eq!(c.mail.smtp_url, "smtp://mail.example:25");
            assert_eq!(c.limits.writes_per_minute, 7);
            assert_eq!(c.database_url(), "postgres://db.example/bottega");
            jail.create_file("bad.toml", "listne = 1\n")?;
            assert!(Config::load(Some(std::path::Path::new("bad.toml"))).is_err());
            assert!(Config::load(Some(std::path::Path::new("missing.toml"))).is_err());
            Ok(())
        });
    }

    #[test]
    fn defaults_are_the_embedded_set_up() {
        let c = Config::default();
        assert!(c.database_url().starts_with("sqlite://bottega-data"));
        assert_eq!(c.public_url(), "http://127.0.0.1:8080");
        assert!(!c.secure_cookies());
    }
}
