//! Notifications: created in the transaction of the decision that causes them (for a new post,
//! by a job queued in the post's transaction), shown in the reader's list with an unread count,
//! and emailed through the job queue — each one at once, or gathered in a daily digest, as each
//! person chooses. Every email carries a link that stops them in one click.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_i18n::Localizer;
use bottega_mail::{Email, Mailer};
use bottega_storage::communication::notifications::{
    self as store, NewNotification, Notification, Pending,
};
use bottega_storage::communication::threads;
use bottega_storage::{accounts, jobs, Conn, StorageError, StorageResult};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::communication::PER_PAGE;
use crate::state::AppState;
use crate::view::{render, Paging};

pub const NOTIFY_EMAIL: &str = "notify-email";
pub const DIGEST: &str = "notify-digest";

/// How a person wants notifications by email.
pub const MODES: &[&str] = &["each", "digest", "off"];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/read", post(read_all))
        .route("/notifications/{id}", get(open))
        .route("/account/notifications", post(set_mode))
        .route(
            "/unsubscribe/{user}/{sig}",
            get(unsubscribe_page).post(unsubscribe),
        )
}

#[derive(Debug, Serialize, Deserialize)]
struct NotifyJob {
    id: i64,
}

/// Creates one notification (if its recipient may see what it is about) and queues its email.
/// Returns the id, to wake the worker after the commit.
pub async fn notify_one(
    conn: &mut Conn,
    user_id: i64,
    kind: &str,
    thread_id: Option<i64>,
    post_id: Option<i64>,
    actor_id: Option<i64>,
    detail: &str,
) -> StorageResult<Option<i64>> {
    let id = store::notify(
        conn,
        &NewNotification {
            user_id,
            kind,
            thread_id,
            post_id,
            actor_id,
            detail,
        },
    )
    .await?;
    if let Some(id) = id {
        jobs::enqueue(conn, NOTIFY_EMAIL, &NotifyJob { id }).await?;
    }
    Ok(id)
}

/// The job that notifies the people a new post concerns (see [`queue_new_post`]).
pub const NEW_POST: &str = "notify-new-post";

/// How many recipients of a new post one transaction notifies: on SQLite every writer waits
/// while it runs, so a thread with thousands of followers is done in short turns.
const NEW_POST_BATCH: usize = 100;

#[derive(Debug, Serialize, Deserialize)]
struct NewPostJob {
    thread_id: i64,
    post_id: i64,
    author_id: i64,
    mentioned: Vec<i64>,
}

/// Queues the notifications of a new post (a reply, or the first post of a new thread), in the
/// transaction that writes the post: the post is saved with one job row, whatever the number of
/// people to notify, and a crash cannot lose them. Wake the worker after the commit.
///
/// Workers take due jobs oldest `run_at` first. The job is queued as due since time 0 so that it
/// overtakes the emails already waiting: after a post to a thread with a thousand followers,
/// the next post's notifications would otherwise wait behind a thousand emails.
pub async fn queue_new_post(
    conn: &mut Conn,
    thread_id: i64,
    post_id: i64,
    author_id: i64,
    mentioned: &[i64],
) -> StorageResult<i64> {
    let job = NewPostJob {
        thread_id,
        post_id,
        author_id,
        mentioned: mentioned.to_vec(),
    };
    jobs::enqueue_at(conn, NEW_POST, &job, 0).await
}

/// Who a new post notifies, and how: those it mentions first, then those who followed its
/// thread when it was written. Nobody twice, nor the author.
fn new_post_recipients(
    author_id: i64,
    mentioned: &[i64],
    followers: &[i64],
) -> Vec<(i64, &'static str)> {
    let mut seen = std::collections::HashSet::from([author_id]);
    mentioned
        .iter()
        .map(|&u| (u, store::MENTION))
        .chain(followers.iter().map(|&u| (u, store::REPLY)))
        .filter(|(user, _)| seen.insert(*user))
        .collect()
}

/// Runs a [`NEW_POST`] job: notifies the people the post concerns, each with the email their
/// choice asks for. Safe to run twice: whoever already has the notification gets nothing new.
/// Nothing is made once the post (or its thread) is deleted or hidden; whether each recipient
/// may still see the thread is checked as for any notification.
pub async fn run_new_post(state: &AppState, payload: &str) -> anyhow::Result<()> {
    let job: NewPostJob = serde_json::from_str(payload)?;
    // Followers are read without taking the writer (SQLite's single connection).
    let followers = store::followers_at_post(&state.db, job.thread_id, job.post_id).await?;
    let recipients = new_post_recipients(job.author_id, &job.mentioned, &followers);
    let mut made = 0usize;
    for batch in recipients.chunks(NEW_POST_BATCH) {
        let mut tx = state.db.begin().await?;
        if !store::post_is_live(&mut tx, job.thread_id, job.post_id).await? {
            tracing::debug!(post = job.post_id, "post gone before its notifications");
            break;
        }
        for &(user, kind) in batch {
            let n = NewNotification {
                user_id: user,
                kind,
                thread_id: Some(job.thread_id),
                post_id: Some(job.post_id),
                actor_id: Some(job.author_id),
                detail: "",
            };
            if let Some(id) = store::notify_once(&mut tx, &n).await? {
                jobs::enqueue(&mut tx, NOTIFY_EMAIL, &NotifyJob { id }).await?;
                made += 1;
            }
        }
        tx.commit().await.map_err(StorageError::from)?;
    }
    tracing::debug!(post = job.post_id, made, "new post notified");
    Ok(())
}

/// Wakes this node's worker when notifications were queued.
pub fn wake(state: &AppState, made: Vec<i64>) {
    if !made.is_empty() {
        state.jobs_wakeup.notify_one();
    }
}

// ---- The list ------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "notifications/list.html")]
struct ListPage {
    c: Ctx,
    items: Vec<Notification>,
    paging: Paging,
    mode: String,
}

impl ListPage {
    fn modes(&self) -> &'static [&'static str] {
        MODES
    }

    fn text(&self, n: &Notification) -> String {
        notification_text(
            &self.c.l,
            n.kind.as_str(),
            n.actor_name.as_deref(),
            n.thread_title.as_deref(),
            &n.detail,
        )
    }
}

/// One line saying what happened, in the reader's language.
pub fn notification_text(
    l: &Localizer,
    kind: &str,
    actor: Option<&str>,
    thread: Option<&str>,
    detail: &str,
) -> String {
    let actor = actor.unwrap_or("—").to_string();
    let thread = thread.unwrap_or("—").to_string();
    let id = match kind {
        store::MENTION => "notification-mention",
        store::REPLY => "notification-reply",
        store::ACCEPTED => "notification-accepted",
        _ => {
            let action = match detail {
                "post.hide" => l.t("moderation-action-hide"),
                "thread.lock" => l.t("moderation-action-lock"),
                "thread.move" => l.t("moderation-action-move"),
                _ => l.t("moderation-action-other"),
            };
            return l.t2(
                "notification-moderation",
                "action",
                action,
                "thread",
                thread,
            );
        }
    };
    l.t2(id, "actor", actor, "thread", thread)
}

async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let page = q.page.unwrap_or(1).max(1);
    let (items, total) =
        store::list(&state.db, user_id, Paging::PER_PAGE, Paging::offset(page)).await?;
    let mode = accounts::by_id(&state.db, user_id).await?.notify_email;
    Ok(render(&ListPage {
        c,
        items,
        paging: Paging::new(page, total, String::new()),
        mode,
    }))
}

async fn read_all(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let mut tx = state.db.begin().await?;
    store::mark_read(&mut tx, user_id, None).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        "/notifications",
        "flash-notifications-read",
    ))
}

/// Marks a notification read and goes to what it is about. A GET, so it works as a plain link;
/// it only changes the reader's own read marker.
async fn open(State(state): State<AppState>, c: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let n = store::one(&state.db, user_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    store::mark_read(&mut tx, user_id, Some(id)).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(Redirect::to(&target(&n)).into_response())
}

fn target(n: &Notification) -> String {
    post_path(
        n.thread_id,
        n.post_id,
        n.post_position,
        n.thread_kind.as_deref(),
    )
}

/// Where a notification leads: the page of its thread that shows the post. A discussion is
/// paged by position; a question shows its answers ranked, on its first page.
fn post_path(
    thread: Option<i64>,
    post: Option<i64>,
    position: Option<i64>,
    kind: Option<&str>,
) -> String {
    match (thread, post) {
        (Some(t), Some(p)) => {
            let page = match (kind, position) {
                (Some(threads::DISCUSSION), Some(at)) => (at - 1).max(0) / PER_PAGE + 1,
                _ => 1,
            };
            format!("/t/{t}?page={page}#post-{p}")
        }
        (Some(t), None) => format!("/t/{t}"),
        _ => "/notifications".to_string(),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ModeForm {
    pub mode: String,
}

async fn set_mode(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<ModeForm>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let mode = MODES
        .iter()
        .find(|m| **m == form.mode)
        .ok_or(AppError::BadRequest)?;
    let mut tx = state.db.begin().await?;
    accounts::set_notify_email(&mut tx, user_id, mode).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        "/notifications",
        "flash-notification-mode-saved",
    ))
}

// ---- Unsubscribing -------------------------------------------------------------------------

/// The signature in an unsubscribe link: an HMAC of the account id with the server secret, so
/// the link works without signing in and cannot be made for someone else.
pub fn unsubscribe_sig(secret: &[u8], user_id: i64) -> String {
    use base64::Engine as _;
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("unsubscribe:{user_id}").as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

pub fn unsubscribe_link(state: &AppState, user_id: i64) -> String {
    format!(
        "{}/unsubscribe/{user_id}/{}",
        state.config.public_url(),
        unsubscribe_sig(&state.secret, user_id)
    )
}

fn check_sig(state: &AppState, user_id: i64, sig: &str) -> AppResult<()> {
    let expected = unsubscribe_sig(&state.secret, user_id);
    if crate::context::constant_time_eq(&expected, sig) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
struct UnsubscribePage {
    c: Ctx,
    action: String,
    done: bool,
}

async fn unsubscribe_page(
    State(state): State<AppState>,
    c: Ctx,
    Path((user, sig)): Path<(i64, String)>,
) -> AppResult<Response> {
    check_sig(&state, user, &sig)?;
    Ok(render(&UnsubscribePage {
        c,
        action: format!("/unsubscribe/{user}/{sig}"),
        done: false,
    }))
}

/// Stops notification emails for the account the link was made for: one click on the page, or
/// a one-click POST from the mail program (RFC 8058), which carries no CSRF token — the
/// signature in the address is what authorizes it.
async fn unsubscribe(
    State(state): State<AppState>,
    c: Ctx,
    Path((user, sig)): Path<(i64, String)>,
) -> AppResult<Response> {
    check_sig(&state, user, &sig)?;
    let mut tx = state.db.begin().await?;
    accounts::set_notify_email(&mut tx, user, "off").await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(render(&UnsubscribePage {
        c,
        action: String::new(),
        done: true,
    }))
}

// ---- Emails (run by the job worker) --------------------------------------------------------

fn email_for(state: &AppState, p: &Pending, body: String, subject: String) -> Email {
    let l = state
        .catalogs
        .localizer(p.locale.as_deref().unwrap_or(bottega_i18n::DEFAULT_LANG));
    let link = unsubscribe_link(state, p.user_id);
    Email {
        to: p.email.clone(),
        subject,
        body: format!(
            "{body}\n\n-- \n{}\n{}\n{link}\n",
            l.t("email-signature"),
            l.t("email-unsubscribe")
        ),
        unsubscribe: Some(link),
    }
}

fn line_for(state: &AppState, l: &Localizer, p: &Pending) -> String {
    let text = notification_text(
        l,
        &p.kind,
        p.actor_name.as_deref(),
        p.thread_title.as_deref(),
        &p.detail,
    );
    let link = format!(
        "{}{}",
        state.config.public_url(),
        post_path(
            p.thread_id,
            p.post_id,
            p.post_position,
            p.thread_kind.as_deref()
        )
    );
    format!("{text}\n{link}")
}

/// Emails one notification to someone who wants each one, unless it was read meanwhile.
pub async fn send_one(state: &AppState, mailer: &Mailer, payload: &str) -> anyhow::Result<()> {
    let job: NotifyJob = serde_json::from_str(payload)?;
    // Read without taking the writer: the notification was committed before its job.
    let pending = store::pending_one(&state.db, job.id).await?;
    let Some(p) = pending else {
        return Ok(());
    };
    let l = state
        .catalogs
        .localizer(p.locale.as_deref().unwrap_or(bottega_i18n::DEFAULT_LANG));
    let subject = l.t1(
        "email-notification-subject",
        "thread",
        p.thread_title.clone().unwrap_or_default(),
    );
    let body = format!(
        "{}\n\n{}",
        l.t1(
            "email-notification-greeting",
            "name",
            p.display_name.clone()
        ),
        line_for(state, &l, &p)
    );
    mailer.send(&email_for(state, &p, body, subject)).await?;
    let mut tx = state.db.begin().await?;
    store::mark_emailed(&mut tx, &[p.id]).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(())
}

/// Sends each person on the daily digest one email with everything unread since the last one.
pub async fn send_digests(state: &AppState, mailer: &Mailer) -> anyhow::Result<()> {
    loop {
        let mut tx = state.db.begin().await?;
        let people = store::digest_users(&mut tx, 50).await?;
        tx.commit().await.map_err(StorageError::from)?;
        if people.is_empty() {
            return Ok(());
        }
        for user in people {
            let mut tx = state.db.begin().await?;
            let mine = store::pending_for_user(&mut tx, user).await?;
            tx.commit().await.map_err(StorageError::from)?;
            if let Some(first) = mine.first() {
                let l = state.catalogs.localizer(
                    first
                        .locale
                        .as_deref()
                        .unwrap_or(bottega_i18n::DEFAULT_LANG),
                );
                let lines: Vec<String> = mine.iter().map(|p| line_for(state, &l, p)).collect();
                let subject = l.t1("email-digest-subject", "count", mine.len() as i64);
                let body = format!(
                    "{}\n\n{}",
                    l.t1(
                        "email-notification-greeting",
                        "name",
                        first.display_name.clone()
                    ),
                    lines.join("\n\n")
                );
                mailer.send(&email_for(state, first, body, subject)).await?;
            }
            // Also when nothing was left to tell (all read, or no longer visible).
            let mut tx = state.db.begin().await?;
            store::mark_digest_sent(&mut tx, user).await?;
            tx.commit().await.map_err(StorageError::from)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_post_notifies_the_mentioned_first_nobody_twice_never_its_author() {
        // Author 1 mentions 2, 3 (twice) and themself; 1, 3 and 4 follow the thread.
        let got = new_post_recipients(1, &[2, 3, 3, 1], &[1, 3, 4]);
        assert_eq!(
            got,
            vec![(2, store::MENTION), (3, store::MENTION), (4, store::REPLY)]
        );
        assert!(new_post_recipients(1, &[], &[1]).is_empty());
    }
}
