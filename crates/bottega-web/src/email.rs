//! Emails Bottega sends, written in the reader's language and queued in the transaction of the
//! change that causes them.

use bottega_i18n::Localizer;
use bottega_mail::Email;
use bottega_storage::{jobs, Conn, StorageResult};

use crate::jobs::SEND_EMAIL;

/// Queues an email whose subject and body are the Fluent messages `<id>-subject` and
/// `<id>-body`, given `name` and `link`.
pub async fn queue(
    conn: &mut Conn,
    l: &Localizer,
    to: &str,
    id: &str,
    name: &str,
    link: &str,
) -> StorageResult<()> {
    let subject = l.t1(&format!("{id}-subject"), "name", name.to_string());
    let body = l.t2(
        &format!("{id}-body"),
        "name",
        name.to_string(),
        "link",
        link.to_string(),
    );
    let email = Email {
        to: to.to_string(),
        subject,
        body: format!("{body}\n\n-- \n{}\n", l.t("email-signature")),
        unsubscribe: None,
    };
    jobs::enqueue(conn, SEND_EMAIL, &email).await?;
    Ok(())
}

/// The message ids of every email, for the catalog completeness test.
pub const EMAILS: &[&str] = &[
    "email-verify",
    "email-reset",
    "email-change",
    "email-invitation",
    "email-join-decided",
    "email-group-invitation",
];
