//! Sending email. With `smtp_url` set, messages go out through that SMTP server (STARTTLS or
//! TLS as the URL says). Without it, each message is written as an `.eml` file to a folder and
//! its text is logged, so someone trying Bottega on a laptop can follow the links it contains.
//!
//! Messages are sent by the job queue, never in the request that causes them.

use std::path::{Path, PathBuf};

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum MailError {
    #[error("invalid address {0}")]
    Address(String),
    #[error("invalid SMTP URL: {0}")]
    Url(String),
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("SMTP delivery failed: {0}")]
    Smtp(String),
    #[error("could not write the message: {0}")]
    Io(#[from] std::io::Error),
}

/// One email, already rendered in its reader's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// A link that stops these emails in one click, sent as `List-Unsubscribe` (RFC 8058).
    #[serde(default)]
    pub unsubscribe: Option<String>,
}

/// The `List-Unsubscribe` header, with its one-click companion.
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl lettre::message::header::Header for ListUnsubscribe {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(
            s.trim_start_matches('<').trim_end_matches('>').to_string(),
        ))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl lettre::message::header::Header for ListUnsubscribePost {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Folder {
        dir: PathBuf,
        from: Mailbox,
    },
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp { .. } => f.write_str("Mailer::Smtp"),
            Mailer::Folder { dir, .. } => write!(f, "Mailer::Folder({})", dir.display()),
        }
    }
}

impl Mailer {
    /// SMTP when `smtp_url` is given (e.g. `smtp://user:pass@mail.example.org:587?tls=required`,
    /// `smtps://...`), otherwise the folder.
    pub fn new(smtp_url: Option<&str>, from: &str, folder: &Path) -> Result<Mailer, MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailError::Address(from.to_string()))?;
        match smtp_url.filter(|u| !u.trim().is_empty()) {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| MailError::Url(e.to_string()))?
                    .timeout(Some(std::time::Duration::from_secs(30)))
                    .build();
                Ok(Mailer::Smtp { transport, from })
            }
            None => Ok(Mailer::Folder {
                dir: folder.to_path_buf(),
                from,
            }),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "smtp".into(),
            Mailer::Folder { dir, .. } => format!("folder {}", dir.display()),
        }
    }

    pub async fn send(&self, email: &Email) -> Result<(), MailError> {
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Folder { from, .. } => from.clone(),
        };
        let to: Mailbox = email
            .to
            .parse()
            .map_err(|_| MailError::Address(email.to.clone()))?;
        let mut builder = Message::builder()
            .from(from)
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN);
        if let Some(link) = &email.unsubscribe {
            builder = builder
                .header(ListUnsubscribe(link.clone()))
                .header(ListUnsubscribePost);
        }
        let message = builder
            .body(email.body.clone())
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map_err(|e| MailError::Smtp(e.to_string()))?;
                tracing::info!(to = %email.to, subject = %email.subject, "email sent by SMTP");
            }
            Mailer::Folder { dir, .. } => {
                tokio::fs::create_dir_all(dir).await?;
                let name = format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
                    sanitize(&email.to)
                );
                let path = dir.join(name);
                tokio::fs::write(&path, message.formatted()).await?;
                tracing::info!(
                    to = %email.to,
                    subject = %email.subject,
                    path = %path.display(),
                    "email written to the mail folder (no SMTP configured):\n{}",
                    email.body
                );
            }
        }
        Ok(())
    }
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '@' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Email {
        Email {
            to: "ana@school.example".into(),
            subject: "Potvrdite adresu — Bottega".into(),
            body: "Pozdrav Ana,\nhttp://127.0.0.1:8080/verify/abc\n".into(),
            unsubscribe: Some("http://127.0.0.1:8080/unsubscribe/1/sig".into()),
        }
    }

    #[tokio::test]
    async fn folder_transport_writes_a_readable_message() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = Mailer::new(None, "Bottega <noreply@bottega.example>", dir.path()).unwrap();
        mailer.send(&email()).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(files.len(), 1);
        let text = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
        assert!(text.contains("To: ana@school.example"));
        assert!(text.contains("Subject: "));
        assert!(text.contains("List-Unsubscribe: <http://127.0.0.1:8080/unsubscribe/1/sig>"));
        assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    }

    #[tokio::test]
    async fn bad_addresses_are_errors_not_panics() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Mailer::new(None, "not an address", dir.path()).is_err());
        let mailer = Mailer::new(None, "noreply@bottega.example", dir.path()).unwrap();
        let mut bad = email();
        bad.to = "nobody".into();
        assert!(matches!(
            mailer.send(&bad).await,
            Err(MailError::Address(_))
        ));
    }

    /// A minimal SMTP receiver on a local port: enough of RFC 5321 for one plain delivery.
    async fn smtp_sink() -> (u16, tokio::task::JoinHandle<String>) {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let handle = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            let (read, mut write) = stream.into_split();
            let mut lines = BufReader::new(read).lines();
            let mut data = String::new();
            let mut in_data = false;
            write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
            while let Ok(Some(line)) = lines.next_line().await {
                if in_data {
                    if line == "." {
                        in_data = false;
                        write.write_all(b"250 queued\r\n").await.unwrap();
                    } else {
                        data.push_str(&line);
                        data.push('\n');
                    }
                    continue;
                }
                let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                let reply: &[u8] = match verb.as_str() {
                    "EHLO" | "HELO" => b"250 sink\r\n",
                    "DATA" => {
                        in_data = true;
                        b"354 go ahead\r\n"
                    }
                    "QUIT" => {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        break;
                    }
                    _ => b"250 ok\r\n",
                };
                write.write_all(reply).await.unwrap();
            }
            data
        });
        (port, handle)
    }

    /// Delivers through an SMTP server listening on this machine.
    #[tokio::test]
    async fn smtp_transport_delivers_to_a_real_server() {
        let (port, received) = smtp_sink().await;
        let dir = tempfile::tempdir().unwrap();
        let url = format!("smtp://127.0.0.1:{port}");
        let mailer =
            Mailer::new(Some(&url), "Bottega <noreply@bottega.example>", dir.path()).unwrap();
        mailer.send(&email()).await.unwrap();
        drop(mailer);
        let data = tokio::time::timeout(std::time::Duration::from_secs(10), received)
            .await
            .unwrap()
            .unwrap();
        assert!(data.contains("To: ana@school.example"), "{data}");
        assert!(data.contains("/verify/abc"), "{data}");
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "nothing written to the folder"
        );
    }
}
