//! Emails about a partnership, each written in its reader's language and queued in the
//! transaction of the change that causes it (so a change that fails sends nothing).
//!
//! The organisations' admins are the people who answer for them, so they are the ones told:
//! of a proposal waiting for their answer, of terms rewritten after they accepted, of the
//! partnership starting, being declined or withdrawn, and ending.

use bottega_i18n::FluentArgs;
use bottega_mail::Email;
use bottega_storage::cooperation::partnerships::{self as store, OrgAdmin};
use bottega_storage::{jobs, Conn, StorageResult};

use crate::jobs::SEND_EMAIL;
use crate::state::AppState;

/// A proposal waiting for the organisation's answer.
pub const PROPOSAL: &str = "pt-email-proposal";
/// A member proposed on behalf of the organisation: its admins are asked to confirm.
pub const PROPOSAL_OWN: &str = "pt-email-proposal-own";
/// The terms were rewritten: the organisation is asked to read and answer again.
pub const TERMS_CHANGED: &str = "pt-email-terms-changed";
/// Every organisation accepted: the partnership is active.
pub const ACTIVE: &str = "pt-email-active";
/// An organisation declined.
pub const DECLINED: &str = "pt-email-declined";
/// The proposer withdrew the proposal.
pub const WITHDRAWN: &str = "pt-email-withdrawn";
/// An admin of a party ended the partnership.
pub const ENDED: &str = "pt-email-ended";

/// Every email of partnerships, for the test that their texts exist.
#[cfg(test)]
const EMAILS: [&str; 7] = [
    PROPOSAL,
    PROPOSAL_OWN,
    TERMS_CHANGED,
    ACTIVE,
    DECLINED,
    WITHDRAWN,
    ENDED,
];

/// What an email says about the partnership.
pub struct About<'a> {
    pub title: &'a str,
    /// The organisation that acted (proposed, declined, ended...).
    pub by_org: &'a str,
    /// The partnership's page, as a path.
    pub path: &'a str,
}

/// Queues `message` to the admins of `orgs` (each person once, named with the first of their
/// organisations) except `actor`. Returns the people written to.
pub async fn tell_admins(
    state: &AppState,
    conn: &mut Conn,
    orgs: &[i64],
    actor: i64,
    message: &str,
    about: &About<'_>,
) -> StorageResult<Vec<i64>> {
    let mut admins = store::admins_of(conn, orgs).await?;
    admins.retain(|a| a.user_id != actor);
    admins.dedup_by_key(|a| a.user_id);
    for a in &admins {
        queue(state, conn, a, message, about).await?;
    }
    Ok(admins.into_iter().map(|a| a.user_id).collect())
}

/// Queues `message` to the person who proposed partnership `id` too, unless they acted or were
/// already written to: a member who proposed without administering their organisation still
/// wants to know how it ended.
pub async fn tell_proposer(
    state: &AppState,
    conn: &mut Conn,
    id: i64,
    actor: i64,
    already: &[i64],
    message: &str,
    about: &About<'_>,
) -> StorageResult<()> {
    if let Some(p) = store::proposer_contact(conn, id).await? {
        if p.user_id != actor && !already.contains(&p.user_id) {
            queue(state, conn, &p, message, about).await?;
        }
    }
    Ok(())
}

async fn queue(
    state: &AppState,
    conn: &mut Conn,
    to: &OrgAdmin,
    message: &str,
    about: &About<'_>,
) -> StorageResult<()> {
    let l = state
        .catalogs
        .localizer(to.locale.as_deref().unwrap_or("en"));
    let link = crate::features::accounts::link(state, about.path);
    let mut args = FluentArgs::new();
    args.set("title", about.title.to_string());
    args.set("org", to.org_name.clone());
    args.set("by", about.by_org.to_string());
    args.set("link", link);
    let subject = l.t_args(&format!("{message}-subject"), Some(&args));
    let body = l.t_args(&format!("{message}-body"), Some(&args));
    let email = Email {
        to: to.email.clone(),
        subject,
        body: format!("{body}\n\n-- \n{}\n", l.t("email-signature")),
        unsubscribe: None,
    };
    jobs::enqueue(conn, SEND_EMAIL, &email).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_email_has_a_subject_and_a_body_in_english() {
        let l = bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en");
        for id in super::EMAILS {
            for part in ["subject", "body"] {
                let key = format!("{id}-{part}");
                assert_ne!(l.t(&key), key, "{key} is missing");
            }
        }
    }
}
