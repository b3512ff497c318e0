//! Moderation: members flag posts with a reason; site moderators and administrators work
//! through the queue per community, hide posts, lock, pin and move threads, and suspend members.
//! Every action is written to the audit log in the same transaction, and the author is told.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::{validate, AccountStatus};
use bottega_storage::communication::communities::{self, Community};
use bottega_storage::communication::moderation::{self, QueuedFlag};
use bottega_storage::communication::notifications::MODERATION;
use bottega_storage::communication::posts::{self, Post};
use bottega_storage::communication::threads::{self, Thread};
use bottega_storage::{accounts, audit, StorageError};
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::notifications;
use crate::state::AppState;
use crate::view::{render, render_status, FormErrors};

/// Why a post may be flagged.
pub const REASONS: &[&str] = &["spam", "offensive", "off-topic", "personal-data", "other"];

fn require_staff(c: &Ctx) -> AppResult<i64> {
    let u = c.require_user()?;
    if c.is_staff() {
        Ok(u.user_id)
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Template)]
#[template(path = "communication/flag.html")]
struct FlagPage {
    c: Ctx,
    thread: Thread,
    post: Post,
    reason: String,
    note: String,
    errors: FormErrors,
}

impl FlagPage {
    fn reasons(&self) -> &'static [&'static str] {
        REASONS
    }
}

async fn flaggable(state: &AppState, c: &Ctx, id: i64) -> AppResult<(Post, Thread)> {
    c.require_user()?;
    let place = posts::place(&state.db, id).await?;
    let thread = threads::visible(&state.db, &c.reader(), place.thread_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if thread.deleted_at.is_some() || thread.hidden_at.is_some() || place.deleted_at.is_some() {
        return Err(AppError::NotFound);
    }
    let reader = c.user.as_ref().map(|u| u.user_id).unwrap_or(0);
    Ok((posts::by_id(&state.db, reader, id).await?, thread))
}

pub async fn flag_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (post, thread) = flaggable(&state, &c, id).await?;
    Ok(render(&FlagPage {
        c,
        thread,
        post,
        reason: String::new(),
        note: String::new(),
        errors: FormErrors::new(),
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FlagForm {
    pub reason: String,
    pub note: String,
}

pub async fn flag_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<FlagForm>,
) -> AppResult<Response> {
    let (post, thread) = flaggable(&state, &c, id).await?;
    let user_id = c.require_user()?.user_id;
    let mut e = FormErrors::new();
    if !REASONS.contains(&form.reason.as_str()) {
        let err = if form.reason.is_empty() {
            validate::FieldError::Required
        } else {
            validate::FieldError::InvalidChoice
        };
        e.add(&c.l, "reason", &err);
    }
    let note = e.check(&c.l, "note", validate::text(&form.note, false, 1000));
    if !e.is_empty() {
        return Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FlagPage {
                c,
                thread,
                post,
                reason: form.reason,
                note: form.note,
                errors: e,
            },
        ));
    }
    let mut tx = state.db.begin().await?;
    match moderation::flag(&mut tx, id, user_id, &form.reason, &note).await {
        Ok(_) => {}
        Err(StorageError::Conflict(_)) => {
            return Err(AppError::refused("comm-flag-twice", "flag_twice"))
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/t/{}#post-{id}", thread.id),
        "flash-flagged",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    pub community: String,
}

#[derive(Template)]
#[template(path = "communication/moderation.html")]
struct QueuePage {
    c: Ctx,
    communities: Vec<(Community, i64)>,
    current: Option<Community>,
    flags: Vec<QueuedFlag>,
}

/// The moderation queue: open flags per community, oldest first.
pub async fn queue(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<QueueQuery>,
) -> AppResult<Response> {
    require_staff(&c)?;
    let all = communities::list(&state.db, &c.reader()).await?;
    let counts = moderation::open_counts(&state.db).await?;
    let current = all.iter().find(|k| k.slug == q.community).cloned();
    let flags = moderation::queue(&state.db, current.as_ref().map(|k| k.id)).await?;
    let communities = all
        .into_iter()
        .map(|k| {
            let n = counts
                .iter()
                .find(|(id, _)| *id == k.id)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (k, n)
        })
        .collect();
    Ok(render(&QueuePage {
        c,
        communities,
        current,
        flags,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PostActionForm {
    /// `hide`, `unhide`, `dismiss` or `suspend-author`.
    pub action: String,
    pub back: String,
}

/// What a moderator does to a post: hide it (upholding its flags), show it again, dismiss its
/// flags, or suspend its author.
pub async fn post_action(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<PostActionForm>,
) -> AppResult<Response> {
    let moderator = require_staff(&c)?;
    let place = posts::place(&state.db, id).await?;
    let back = crate::context::safe_next(&form.back);
    let back = if back == "/" {
        format!("/t/{}#post-{id}", place.thread_id)
    } else {
        back
    };
    let mut tx = state.db.begin().await?;
    let mut jobs = Vec::new();
    let (action, flash) = match form.action.as_str() {
        "hide" => {
            moderation::set_post_hidden(&mut tx, id, true, moderator).await?;
            moderation::resolve_flags(&mut tx, id, "upheld", moderator).await?;
            if let Some(author) = place.author_id {
                jobs.extend(
                    notifications::notify_one(
                        &mut tx,
                        author,
                        MODERATION,
                        Some(place.thread_id),
                        Some(id),
                        Some(moderator),
                        "post.hide",
                    )
                    .await?,
                );
            }
            ("post.hide", "flash-post-hidden")
        }
        "unhide" => {
            moderation::set_post_hidden(&mut tx, id, false, moderator).await?;
            ("post.unhide", "flash-post-shown")
        }
        "dismiss" => {
            moderation::resolve_flags(&mut tx, id, "dismissed", moderator).await?;
            ("flags.dismiss", "flash-flags-dismissed")
        }
        "suspend-author" => {
            let author = place.author_id.ok_or(AppError::NotFound)?;
            let target = accounts::by_id(&state.db, author).await?;
            // Moderators suspend members; only administrators act on staff (from /admin).
            if target.site_role != "member" || author == moderator {
                return Err(AppError::Forbidden);
            }
            accounts::set_status(&mut tx, author, AccountStatus::Suspended).await?;
            moderation::resolve_flags(&mut tx, id, "upheld", moderator).await?;
            audit::record(
                &mut tx,
                Some(moderator),
                "user.suspend",
                "user",
                Some(author),
                &format!("post {id}"),
            )
            .await?;
            ("post.suspend-author", "flash-author-suspended")
        }
        _ => return Err(AppError::BadRequest),
    };
    audit::record(&mut tx, Some(moderator), action, "post", Some(id), "").await?;
    tx.commit().await.map_err(StorageError::from)?;
    notifications::wake(&state, jobs);
    Ok(redirect_with_flash(&back, flash))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThreadActionForm {
    /// `lock`, `unlock`, `pin`, `unpin` or `move`.
    pub action: String,
    /// The community to move to.
    pub community: String,
}

pub async fn thread_action(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ThreadActionForm>,
) -> AppResult<Response> {
    let moderator = require_staff(&c)?;
    let thread = threads::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    super::threads::not_archived(&thread)?;
    let mut tx = state.db.begin().await?;
    let mut jobs = Vec::new();
    let mut detail = String::new();
    let (action, flash) = match form.action.as_str() {
        "lock" => {
            moderation::set_locked(&mut tx, id, true).await?;
            ("thread.lock", "flash-thread-locked")
        }
        "unlock" => {
            moderation::set_locked(&mut tx, id, false).await?;
            ("thread.unlock", "flash-thread-unlocked")
        }
        "pin" => {
            moderation::set_pinned(&mut tx, id, true).await?;
            ("thread.pin", "flash-thread-pinned")
        }
        "unpin" => {
            moderation::set_pinned(&mut tx, id, false).await?;
            ("thread.unpin", "flash-thread-unpinned")
        }
        "move" => {
            let to = communities::visible_by_slug(&state.db, &c.reader(), &form.community)
                .await?
                .ok_or(AppError::BadRequest)?;
            if to.read_only || to.group_id.is_some() {
                // A working group's discussion takes only what its members write there.
                return Err(AppError::BadRequest);
            }
            moderation::move_thread(&mut tx, id, to.id).await?;
            detail = format!("{} -> {}", thread.community_slug, to.slug);
            ("thread.move", "flash-thread-moved")
        }
        _ => return Err(AppError::BadRequest),
    };
    if matches!(action, "thread.lock" | "thread.move") {
        if let Some(author) = thread.author_id {
            jobs.extend(
                notifications::notify_one(
                    &mut tx,
                    author,
                    MODERATION,
                    Some(id),
                    None,
                    Some(moderator),
                    action,
                )
                .await?,
            );
        }
    }
    audit::record(
        &mut tx,
        Some(moderator),
        action,
        "thread",
        Some(id),
        &detail,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    notifications::wake(&state, jobs);
    Ok(redirect_with_flash(&format!("/t/{id}"), flash))
}
