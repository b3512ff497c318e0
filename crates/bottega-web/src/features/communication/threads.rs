//! Threads and posts: opening a discussion or a question, reading a thread page by page,
//! replying (with quotes and mentions), editing with history, deleting, votes, accepted answers,
//! following.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::{validate, Country, Language, OrgType, Sector, DAY, HOUR};
use bottega_storage::communication::communities::{self, Community};
use bottega_storage::communication::posts::{self, NewPost, Post, Revision};
use bottega_storage::communication::threads::{self, NewThread, Thread};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::compose::{compose, Composed};
use super::PER_PAGE;
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::notifications;
use crate::state::AppState;
use crate::view::{language_options, options, render, render_status, Choice, FormErrors, Paging};

// ---- Opening a thread ----------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThreadForm {
    pub kind: String,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub country: String,
    pub sector: String,
    #[serde(rename = "type")]
    pub org_type: String,
    /// Set by the "look for similar questions" button: show the form again with suggestions,
    /// everything typed kept, and post nothing.
    pub check: Option<String>,
}

#[derive(Template)]
#[template(path = "communication/new_thread.html")]
struct NewThreadPage {
    c: Ctx,
    community: Community,
    form: ThreadForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    countries: Vec<Choice>,
    sectors: Vec<Choice>,
    types: Vec<Choice>,
    similar: Vec<(i64, String, bool)>,
}

impl NewThreadPage {
    fn is_question(&self) -> bool {
        self.form.kind == threads::QUESTION
    }
}

async fn visible_community(state: &AppState, c: &Ctx, slug: &str) -> AppResult<Community> {
    communities::visible_by_slug(&state.db, &c.reader(), slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The community, if this reader may see it and it takes new threads (an archived working
/// group's discussion is kept to be read, not continued).
async fn open_community(state: &AppState, c: &Ctx, slug: &str) -> AppResult<Community> {
    let community = visible_community(state, c, slug).await?;
    if community.read_only {
        return Err(AppError::refused(
            "comm-community-read-only",
            "community_read_only",
        ));
    }
    Ok(community)
}

async fn new_thread_page(
    state: &AppState,
    c: Ctx,
    community: Community,
    form: ThreadForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let similar = if form.kind == threads::QUESTION && form.title.trim().chars().count() >= 4 {
        threads::similar_questions(&state.db, &c.reader(), &form.title, 5).await?
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &NewThreadPage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            countries: options::<Country>(&c.l, Country::parse(&form.country).as_slice()),
            sectors: options::<Sector>(&c.l, Sector::parse(&form.sector).as_slice()),
            types: options::<OrgType>(&c.l, OrgType::parse(&form.org_type).as_slice()),
            c,
            community,
            form,
            errors,
            similar,
        },
    ))
}

pub async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    Query(mut form): Query<ThreadForm>,
) -> AppResult<Response> {
    c.require_verified()?;
    let community = open_community(&state, &c, &slug).await?;
    // The form may come back here to look for similar questions first (without JavaScript):
    // everything typed so far is kept.
    if form.kind != threads::QUESTION {
        form.kind = threads::DISCUSSION.into();
    }
    new_thread_page(&state, c, community, form, FormErrors::new()).await
}

/// Refuses posting beyond the allowance: new accounts (their first day) may write 10 posts an
/// hour, others 60, so a fresh account cannot flood the forums. An allowance of 0 is none (a
/// load test's writer, say).
async fn check_allowance(state: &AppState, c: &Ctx) -> AppResult<()> {
    let Some(u) = &c.user else {
        return Err(AppError::LoginRequired);
    };
    let per_hour = i64::from(state.config.limits.posts_per_hour);
    if per_hour == 0 {
        return Ok(());
    }
    let now = bottega_storage::now();
    let limit = if now - u.user_created_at < DAY {
        per_hour / 6
    } else {
        per_hour
    };
    let recent = posts::count_by_author_since(&state.db, u.user_id, now - HOUR, limit).await?;
    if recent >= limit {
        return Err(AppError::RateLimited {
            retry_after_secs: 15 * 60,
        });
    }
    Ok(())
}

pub async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<ThreadForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let community = open_community(&state, &c, &slug).await?;
    if form.check.is_some() {
        return new_thread_page(&state, c, community, form, FormErrors::new()).await;
    }
    let l = &c.l;
    let mut e = FormErrors::new();
    let kind = match form.kind.as_str() {
        threads::QUESTION => threads::QUESTION,
        threads::DISCUSSION | "" => threads::DISCUSSION,
        _ => {
            e.add(l, "kind", &validate::FieldError::InvalidChoice);
            threads::DISCUSSION
        }
    };
    let title = e.check(l, "title", validate::line(&form.title, true, 150));
    let country = e.optional_choice(l, "country", &form.country, Country::parse);
    let sector = e.optional_choice(l, "sector", &form.sector, Sector::parse);
    let org_type = e.optional_choice(l, "type", &form.org_type, OrgType::parse);
    let composed = compose(&state, &c, &mut e, "body", &form.body, "lang", &form.lang).await?;
    let Some(body) = composed.filter(|_| e.is_empty()) else {
        return new_thread_page(&state, c, community, form, e).await;
    };
    check_allowance(&state, &c).await?;
    let is_question = kind == threads::QUESTION;
    let mut tx = state.db.begin().await?;
    let (thread_id, post_id) = threads::create(
        &mut tx,
        &NewThread {
            community_id: community.id,
            kind,
            title: &title,
            author_id: user_id,
            lang: body.lang,
            lang_detected: body.detected,
            country: country.filter(|_| is_question),
            sector: sector.filter(|_| is_question),
            org_type: org_type.filter(|_| is_question),
            body_md: &body.md,
            body_html: &body.html,
        },
    )
    .await?;
    notifications::queue_new_post(&mut tx, thread_id, post_id, user_id, &body.mentioned).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/t/{thread_id}"),
        if is_question {
            "flash-question-asked"
        } else {
            "flash-thread-created"
        },
    ))
}

// ---- Reading a thread ----------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ThreadQuery {
    pub page: Option<i64>,
    pub quote: Option<i64>,
}

#[derive(Template)]
#[template(path = "communication/thread.html")]
struct ThreadPage {
    c: Ctx,
    thread: Thread,
    opening: Option<Post>,
    posts: Vec<Post>,
    paging: Paging,
    following: bool,
    reply: String,
    errors: FormErrors,
    languages: Vec<Choice>,
    /// Where the reader's first unread post is, if not on this page.
    first_unread: Option<String>,
    /// Other communities, for moderators moving the thread.
    move_targets: Vec<Community>,
}

impl ThreadPage {
    fn is_author(&self, p: &Post) -> bool {
        self.c
            .user
            .as_ref()
            .is_some_and(|u| p.author_id == Some(u.user_id))
    }
    fn may_edit(&self, p: &Post) -> bool {
        !self.thread.community_read_only
            && p.deleted_at.is_none()
            && (self.c.is_staff() || (self.is_author(p) && !self.thread.locked))
    }
    fn may_vote(&self, p: &Post) -> bool {
        !self.thread.community_read_only
            && self.c.user.is_some()
            && !self.is_author(p)
            && p.deleted_at.is_none()
            && p.hidden_at.is_none()
    }
    fn may_accept(&self, p: &Post) -> bool {
        let asker = self
            .c
            .user
            .as_ref()
            .is_some_and(|u| self.thread.author_id == Some(u.user_id));
        !self.thread.community_read_only
            && self.thread.is_question()
            && !p.is_opening()
            && p.deleted_at.is_none()
            && p.hidden_at.is_none()
            && (asker || self.c.is_staff())
    }
    fn is_accepted(&self, p: &Post) -> bool {
        self.thread.accepted_post_id == Some(p.id)
    }
    fn shows_body(&self, p: &Post) -> bool {
        p.deleted_at.is_none() && (p.hidden_at.is_none() || self.c.is_staff())
    }
    fn may_reply(&self) -> bool {
        !self.thread.community_read_only
            && self.thread.deleted_at.is_none()
            && (!self.thread.locked || self.c.is_staff())
    }
    fn lang_name(&self, p: &Post) -> &'static str {
        p.language().map(|l| l.endonym()).unwrap_or("")
    }
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<ThreadQuery>,
) -> AppResult<Response> {
    let thread = threads::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    thread_page(
        &state,
        c,
        thread,
        q,
        String::new(),
        String::new(),
        FormErrors::new(),
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn thread_page(
    state: &AppState,
    c: Ctx,
    thread: Thread,
    q: ThreadQuery,
    mut reply: String,
    reply_lang: String,
    errors: FormErrors,
) -> AppResult<Response> {
    if thread.hidden_at.is_some() && !c.is_staff() {
        return Err(AppError::NotFound);
    }
    if thread.deleted_at.is_some() && !c.is_staff() {
        return Err(AppError::Refused {
            code: "thread_deleted",
            message: "comm-thread-deleted",
            status: StatusCode::GONE,
        });
    }
    let reader_id = c.user.as_ref().map(|u| u.user_id).unwrap_or(0);
    let page = q.page.unwrap_or(1).max(1);
    let (opening, posts, total) = if thread.is_question() {
        let answers = thread.post_seq - 1;
        let paging = Paging::new(page, answers, String::new());
        let opening = posts::by_positions(&state.db, reader_id, thread.id, 1, 1)
            .await?
            .into_iter()
            .next();
        let list = posts::answers(
            &state.db,
            reader_id,
            thread.id,
            thread.accepted_post_id,
            PER_PAGE,
            Paging::offset(paging.page),
        )
        .await?;
        (opening, list, answers)
    } else {
        let paging = Paging::new(page, thread.post_seq, String::new());
        let from = Paging::offset(paging.page) + 1;
        let list =
            posts::by_positions(&state.db, reader_id, thread.id, from, from + PER_PAGE - 1).await?;
        (None, list, thread.post_seq)
    };
    let paging = Paging::new(page, total, String::new());
    let mut following = false;
    let mut first_unread = None;
    if let Some(u) = &c.user {
        following = threads::is_following(&state.db, thread.id, u.user_id).await?;
        let seen_here = posts
            .iter()
            .map(|p| p.position)
            .chain(opening.iter().map(|p| p.position))
            .max()
            .unwrap_or(0);
        let last_read = thread.last_read.unwrap_or(0);
        if !thread.is_question() && last_read > 0 && last_read < thread.post_seq {
            let position = last_read + 1;
            let on_this_page = posts.iter().any(|p| p.position == position);
            if !on_this_page {
                let page_of = (position - 1) / PER_PAGE + 1;
                first_unread = Some(format!("?page={page_of}#p{position}"));
            }
        }
        let read_to = if thread.is_question() {
            thread.post_seq
        } else {
            seen_here
        };
        if read_to > last_read {
            threads::mark_read(&state.db, thread.id, u.user_id, read_to).await?;
        }
    }
    if let Some(quoted) = q.quote {
        let place = posts::place(&state.db, quoted).await?;
        if place.thread_id == thread.id && place.deleted_at.is_none() && place.hidden_at.is_none() {
            let source = posts::source(&state.db, quoted).await?;
            let author = posts::by_id(&state.db, reader_id, quoted)
                .await?
                .author_handle
                .unwrap_or_default();
            reply = format!("{}{reply}", bottega_text::quote(&author, &source));
        }
    }
    let move_targets = if c.is_staff() {
        communities::list(&state.db, &c.reader()).await?
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ThreadPage {
            languages: language_options(Language::parse(&reply_lang).as_slice()),
            c,
            thread,
            opening,
            posts,
            paging,
            following,
            reply,
            errors,
            first_unread,
            move_targets,
        },
    ))
}

// ---- Replying ------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReplyForm {
    pub body: String,
    pub lang: String,
}

/// The thread, if the reader may see it and it takes replies.
async fn open_thread(state: &AppState, c: &Ctx, id: i64) -> AppResult<Thread> {
    let thread = threads::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if thread.hidden_at.is_some() && !c.is_staff() {
        return Err(AppError::NotFound);
    }
    if thread.deleted_at.is_some() {
        return Err(AppError::Refused {
            code: "thread_deleted",
            message: "comm-thread-deleted",
            status: StatusCode::GONE,
        });
    }
    Ok(thread)
}

pub async fn reply(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ReplyForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let thread = open_thread(&state, &c, id).await?;
    not_archived(&thread)?;
    if thread.locked && !c.is_staff() {
        return Err(AppError::refused("comm-thread-locked", "thread_locked"));
    }
    let mut e = FormErrors::new();
    let composed = compose(&state, &c, &mut e, "body", &form.body, "lang", &form.lang).await?;
    let Some(body) = composed else {
        let last_page = if thread.is_question() {
            (thread.post_seq - 1 + PER_PAGE - 1) / PER_PAGE
        } else {
            (thread.post_seq + PER_PAGE - 1) / PER_PAGE
        };
        let q = ThreadQuery {
            page: Some(last_page.max(1)),
            quote: None,
        };
        return thread_page(&state, c, thread, q, form.body, form.lang, e).await;
    };
    check_allowance(&state, &c).await?;
    let (post_id, position) = add_reply(&state, &thread, user_id, &body).await?;
    let page = if thread.is_question() {
        1
    } else {
        (position - 1) / PER_PAGE + 1
    };
    Ok(redirect_with_flash(
        &format!("/t/{}?page={page}#post-{post_id}", thread.id),
        "flash-reply-posted",
    ))
}

async fn add_reply(
    state: &AppState,
    thread: &Thread,
    user_id: i64,
    body: &Composed,
) -> AppResult<(i64, i64)> {
    let mut tx = state.db.begin().await?;
    let (post_id, position) = posts::reply(
        &mut tx,
        &NewPost {
            thread_id: thread.id,
            author_id: user_id,
            body_md: &body.md,
            body_html: &body.html,
            lang: body.lang,
            lang_detected: body.detected,
        },
    )
    .await?;
    notifications::queue_new_post(&mut tx, thread.id, post_id, user_id, &body.mentioned).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok((post_id, position))
}

// ---- Editing, history, deleting ------------------------------------------------------------

/// A post and its thread, if the reader may see them.
async fn visible_post(state: &AppState, c: &Ctx, post_id: i64) -> AppResult<(Post, Thread)> {
    let place = posts::place(&state.db, post_id).await?;
    let thread = open_thread(state, c, place.thread_id).await?;
    let reader_id = c.user.as_ref().map(|u| u.user_id).unwrap_or(0);
    let post = posts::by_id(&state.db, reader_id, post_id).await?;
    Ok((post, thread))
}

/// Refuses any change, by anyone, to a thread of a read-only community (an archived working
/// group's discussion): unlike a lock, which moderators may lift, the archive stays as it was.
pub fn not_archived(thread: &Thread) -> AppResult<()> {
    if thread.community_read_only {
        return Err(AppError::refused(
            "comm-community-read-only",
            "community_read_only",
        ));
    }
    Ok(())
}

/// Authors edit and delete their own posts (not in a locked thread); moderators any post.
fn require_author_or_staff(c: &Ctx, post: &Post, thread: &Thread) -> AppResult<i64> {
    let u = c.require_verified()?;
    not_archived(thread)?;
    if c.is_staff() {
        return Ok(u.user_id);
    }
    if post.author_id != Some(u.user_id) {
        return Err(AppError::Forbidden);
    }
    if thread.locked {
        return Err(AppError::refused("comm-thread-locked", "thread_locked"));
    }
    if post.deleted_at.is_some() {
        return Err(AppError::refused("comm-post-deleted", "post_deleted"));
    }
    Ok(u.user_id)
}

#[derive(Template)]
#[template(path = "communication/edit_post.html")]
struct EditPage {
    c: Ctx,
    thread: Thread,
    post: Post,
    body: String,
    title: Option<String>,
    errors: FormErrors,
    languages: Vec<Choice>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditForm {
    pub body: String,
    pub lang: String,
    pub title: Option<String>,
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (post, thread) = visible_post(&state, &c, id).await?;
    require_author_or_staff(&c, &post, &thread)?;
    let body = posts::source(&state.db, id).await?;
    let title = post.is_opening().then(|| thread.title.clone());
    let lang = post.lang.clone();
    Ok(render(&EditPage {
        languages: language_options(Language::parse(&lang).as_slice()),
        c,
        thread,
        post,
        body,
        title,
        errors: FormErrors::new(),
    }))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<EditForm>,
) -> AppResult<Response> {
    let (post, thread) = visible_post(&state, &c, id).await?;
    let editor = require_author_or_staff(&c, &post, &thread)?;
    let mut e = FormErrors::new();
    let title = match (&form.title, post.is_opening()) {
        (Some(t), true) => Some(e.check(&c.l, "title", validate::line(t, true, 150))),
        _ => None,
    };
    // On edit the language is always the author's explicit choice, kept from the form.
    let lang = if form.lang.is_empty() {
        post.lang.clone()
    } else {
        form.lang.clone()
    };
    let composed = compose(&state, &c, &mut e, "body", &form.body, "lang", &lang).await?;
    let Some(body) = composed.filter(|_| e.is_empty()) else {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(render_status(
            status,
            &EditPage {
                languages: language_options(Language::parse(&form.lang).as_slice()),
                c,
                thread,
                post,
                body: form.body,
                title: form.title,
                errors: e,
            },
        ));
    };
    let mut tx = state.db.begin().await?;
    posts::edit(&mut tx, id, editor, &body.md, &body.html, body.lang).await?;
    if let Some(title) = title.filter(|t| *t != thread.title) {
        threads::set_title(&mut tx, thread.id, &title).await?;
    }
    if editor != post.author_id.unwrap_or(0) {
        bottega_storage::audit::record(&mut tx, Some(editor), "post.edit", "post", Some(id), "")
            .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/t/{}#post-{id}", thread.id),
        "flash-post-edited",
    ))
}

#[derive(Template)]
#[template(path = "communication/history.html")]
struct HistoryPage {
    c: Ctx,
    thread: Thread,
    post: Post,
    revisions: Vec<Revision>,
}

pub async fn history(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (post, thread) = visible_post(&state, &c, id).await?;
    if (post.hidden_at.is_some() || post.deleted_at.is_some()) && !c.is_staff() {
        return Err(AppError::NotFound);
    }
    let revisions = posts::revisions(&state.db, id).await?;
    Ok(render(&HistoryPage {
        c,
        thread,
        post,
        revisions,
    }))
}

pub async fn delete(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let (post, thread) = visible_post(&state, &c, id).await?;
    let by = require_author_or_staff(&c, &post, &thread)?;
    let mut tx = state.db.begin().await?;
    posts::delete(&mut tx, id).await?;
    if by != post.author_id.unwrap_or(0) {
        bottega_storage::audit::record(&mut tx, Some(by), "post.delete", "post", Some(id), "")
            .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    if post.is_opening() {
        Ok(redirect_with_flash(
            &format!("/c/{}", thread.community_slug),
            "flash-thread-deleted",
        ))
    } else {
        Ok(redirect_with_flash(
            &format!("/t/{}#post-{id}", thread.id),
            "flash-post-deleted",
        ))
    }
}

// ---- Votes, accepted answers, following ----------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VoteForm {
    /// `up` or `withdraw`.
    pub action: String,
}

pub async fn vote(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<VoteForm>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let (post, thread) = visible_post(&state, &c, id).await?;
    not_archived(&thread)?;
    if post.author_id == Some(user_id) {
        return Err(AppError::refused("comm-vote-own", "vote_own"));
    }
    if post.deleted_at.is_some() || post.hidden_at.is_some() {
        return Err(AppError::refused("comm-post-deleted", "post_deleted"));
    }
    let mut tx = state.db.begin().await?;
    let changed = match form.action.as_str() {
        "up" | "" => posts::vote(&mut tx, id, user_id).await?,
        "withdraw" => posts::unvote(&mut tx, id, user_id).await?,
        _ => return Err(AppError::BadRequest),
    };
    tx.commit().await.map_err(StorageError::from)?;
    if !changed {
        return Err(if form.action == "withdraw" {
            AppError::refused("comm-vote-none", "vote_none")
        } else {
            AppError::refused("comm-vote-twice", "vote_twice")
        });
    }
    Ok(redirect_with_flash(
        &format!("/t/{}#post-{id}", thread.id),
        if form.action == "withdraw" {
            "flash-vote-withdrawn"
        } else {
            "flash-vote-counted"
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AcceptForm {
    /// `accept` or `unaccept`.
    pub action: String,
}

/// The asker (or a moderator) marks an answer as the accepted solution.
pub async fn accept(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<AcceptForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let (post, thread) = visible_post(&state, &c, id).await?;
    not_archived(&thread)?;
    if !thread.is_question() {
        return Err(AppError::refused(
            "comm-accept-not-question",
            "not_a_question",
        ));
    }
    if thread.author_id != Some(user_id) && !c.is_staff() {
        return Err(AppError::refused(
            "comm-accept-not-yours",
            "not_your_question",
        ));
    }
    let mut tx = state.db.begin().await?;
    let mut jobs = Vec::new();
    if form.action == "unaccept" {
        threads::set_accepted(&mut tx, thread.id, None).await?;
    } else {
        match threads::set_accepted(&mut tx, thread.id, Some(id)).await {
            Ok(()) => {}
            Err(StorageError::NotFound) => {
                return Err(AppError::refused("comm-accept-invalid", "not_an_answer"))
            }
            Err(e) => return Err(e.into()),
        }
        if let Some(author) = post.author_id {
            jobs.extend(
                notifications::notify_one(
                    &mut tx,
                    author,
                    bottega_storage::communication::notifications::ACCEPTED,
                    Some(thread.id),
                    Some(id),
                    Some(user_id),
                    "",
                )
                .await?,
            );
        }
    }
    if thread.author_id != Some(user_id) {
        bottega_storage::audit::record(
            &mut tx,
            Some(user_id),
            "thread.accept",
            "thread",
            Some(thread.id),
            &id.to_string(),
        )
        .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    notifications::wake(&state, jobs);
    Ok(redirect_with_flash(
        &format!("/t/{}", thread.id),
        if form.action == "unaccept" {
            "flash-answer-unaccepted"
        } else {
            "flash-answer-accepted"
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    /// `follow` or `unfollow`.
    pub action: String,
}

pub async fn follow(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let thread = open_thread(&state, &c, id).await?;
    let mut tx = state.db.begin().await?;
    let flash = match form.action.as_str() {
        "unfollow" => {
            threads::unfollow(&mut tx, thread.id, user_id).await?;
            "flash-unfollowed"
        }
        _ => {
            threads::follow(&mut tx, thread.id, user_id).await?;
            "flash-followed"
        }
    };
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&format!("/t/{}", thread.id), flash))
}
