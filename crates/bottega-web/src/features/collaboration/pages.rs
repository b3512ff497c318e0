//! A working group's shared pages: a small wiki with every revision kept.
//!
//! A page is written in Markdown, rendered once when saved. Every save names the revision the
//! writer started from: when someone else saved in between, nothing is overwritten; the form
//! comes back (409) with the writer's text, the other version and what changed since the
//! revision they started from, and its base moves to the current revision, so the next save
//! replaces it only after the writer has seen it. A save that changes nothing makes no revision.
//! The history lists every revision; any two can be compared line by line (`diff.rs`), any old
//! one read and restored (as a new revision, guarded the same way).
//!
//! Members and site staff read (the pages of an archived group stay readable); members change
//! them while the group is active, every change rechecked inside its transaction
//! ([`super::begin_change`]).

#[path = "diff.rs"]
mod diff;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::{Form, Query};
use bottega_domain::{validate, Language};
use bottega_i18n::{FluentArgs, Localizer};
use bottega_storage::collaboration::pages::{
    self as store, Change, Page, PageText, Revision, Saved,
};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::{begin_change, for_change, parse_id, readable, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, render_status, Choice, FormErrors, Paging};

pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 100_000;
pub const NOTE_MAX: usize = 200;

/// How long a comparison may search for the smallest difference before settling for a
/// coarser one (two long, very different texts).
const DIFF_TIME: Duration = Duration::from_millis(500);

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups/{id}/pages", get(list).post(create))
        .route("/groups/{id}/pages/new", get(new_form))
        .route("/groups/{id}/pages/{page}", get(show))
        .route(
            "/groups/{id}/pages/{page}/edit",
            get(edit_form).post(edit_submit),
        )
        .route("/groups/{id}/pages/{page}/history", get(history))
        .route("/groups/{id}/pages/{page}/diff", get(compare))
        .route("/groups/{id}/pages/{page}/revisions/{n}", get(revision))
        .route(
            "/groups/{id}/pages/{page}/revisions/{n}/restore",
            post(restore),
        )
}

// ---------------------------------------------------------------------------------------------
// What people type, checked.

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PageForm {
    pub title: String,
    pub body: String,
    pub lang: String,
    pub note: String,
    /// The revision the writer started from (edits only).
    pub revision: String,
    /// `preview` to see the page rendered without saving.
    pub action: String,
}

struct ValidPage {
    title: String,
    body: String,
    lang: Language,
    note: String,
}

fn check(l: &Localizer, form: &PageForm) -> Result<ValidPage, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let body = e.check(l, "body", validate::text(&form.body, true, BODY_MAX));
    let note = e.check(l, "note", validate::line(&form.note, false, NOTE_MAX));
    match lang {
        Some(lang) if e.is_empty() => Ok(ValidPage {
            title,
            body,
            lang,
            note,
        }),
        _ => Err(e),
    }
}

/// A number from the address (a revision); anything else is a page that does not exist.
fn parse_revision(s: &str) -> AppResult<i64> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(AppError::NotFound)
}

// ---------------------------------------------------------------------------------------------
// Words shared by several pages.

fn args<'a>(pairs: Vec<(&'a str, bottega_i18n::FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, v);
    }
    a
}

fn name_or_someone(l: &Localizer, name: Option<&str>) -> String {
    name.map(str::to_string)
        .unwrap_or_else(|| l.t("wg-page-someone"))
}

/// "Revision N, by X, on date".
fn meta(l: &Localizer, revision: i64, name: Option<&str>, at: i64) -> String {
    l.t_args(
        "wg-page-meta",
        Some(&args(vec![
            ("revision", revision.into()),
            ("name", name_or_someone(l, name).into()),
            ("date", l.datetime(at).into()),
        ])),
    )
}

/// What the history says about a revision: the writer's note, and that it is a restore.
fn note_of(l: &Localizer, note: &str, restored_from: Option<i64>) -> String {
    let restored = restored_from.map(|n| l.t1("wg-page-restored-note", "revision", n));
    match (restored, note.is_empty()) {
        (Some(r), true) => r,
        (Some(r), false) => format!("{r} · {note}"),
        (None, _) => note.to_string(),
    }
}

fn endonym(code: &str) -> String {
    Language::parse(code)
        .map(|l| l.endonym().to_string())
        .unwrap_or_else(|| code.to_string())
}

fn page_url(ws: &Workspace, page_id: i64) -> String {
    format!("/groups/{}/pages/{page_id}", ws.id())
}

async fn page_of(state: &AppState, ws: &Workspace, page: &str) -> AppResult<Page> {
    let id = parse_id(page)?;
    store::get(&state.db, ws.id(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Markdown as shared pages store it, with the headings two levels down: the group's name is
/// the h1 of every workspace page and the page's title its h2, so the outline stays in order
/// for people who move by headings.
pub(super) fn render_markdown(md: &str) -> String {
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, 2)
}

// ---------------------------------------------------------------------------------------------
// Differences between two versions of a page.

/// One side of a comparison.
struct Side {
    title: String,
    body_md: String,
    lang: String,
}

impl From<&Revision> for Side {
    fn from(r: &Revision) -> Side {
        Side {
            title: r.title.clone(),
            body_md: r.body_md.clone(),
            lang: r.lang.clone(),
        }
    }
}

impl From<&Page> for Side {
    fn from(p: &Page) -> Side {
        Side {
            title: p.title.clone(),
            body_md: p.body_md.clone(),
            lang: p.lang.clone(),
        }
    }
}

/// Two versions compared, ready for `page_parts.html`'s `diff_view`.
pub struct DiffView {
    pub from: i64,
    pub to: i64,
    /// The titles before and after, when the title changed.
    pub title: Option<(String, String)>,
    /// The languages' names before and after, when the language changed.
    pub lang: Option<(String, String)>,
    pub lines: diff::LineDiff,
}

impl DiffView {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.lang.is_none() && self.lines.is_empty()
    }
}

async fn diff_view(from: i64, old: Side, to: i64, new: Side) -> AppResult<DiffView> {
    let title = (old.title != new.title).then_some((old.title, new.title));
    let lang = (old.lang != new.lang).then(|| (endonym(&old.lang), endonym(&new.lang)));
    // Long texts take a moment to compare: off the threads that serve requests.
    let lines = tokio::task::spawn_blocking(move || {
        diff::lines(
            &old.body_md,
            &new.body_md,
            diff::CONTEXT,
            Some(Instant::now() + DIFF_TIME),
        )
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok(DiffView {
        from,
        to,
        title,
        lang,
        lines,
    })
}

// ---------------------------------------------------------------------------------------------
// The list.

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub page: String,
}

pub struct PageRowView {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub revision: i64,
    pub editor: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "collaboration/page_list.html")]
struct ListPage {
    c: Ctx,
    ws: Workspace,
    rows: Vec<PageRowView>,
    paging: Paging,
}

pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let total = store::count(&state.db, ws.id()).await?;
    let paging = Paging::new(q.page.parse::<i64>().unwrap_or(1), total, String::new());
    let rows = store::list(
        &state.db,
        ws.id(),
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?
    .into_iter()
    .map(|r| PageRowView {
        editor: name_or_someone(&c.l, r.updated_by_name.as_deref()),
        when: c.l.datetime(r.updated_at),
        id: r.id,
        title: r.title,
        lang: r.lang,
        revision: r.revision,
    })
    .collect();
    Ok(render_status(
        StatusCode::OK,
        &ListPage {
            c,
            ws,
            rows,
            paging,
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Writing: a new page, or a new revision of one.

/// The version someone else saved while this person was writing.
pub struct ConflictView {
    pub revision: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub lang: String,
    pub text: String,
    /// What changed since the revision the writer started from, when it is known.
    pub diff: Option<DiffView>,
}

#[derive(Template)]
#[template(path = "collaboration/page_form.html")]
struct FormPage {
    c: Ctx,
    ws: Workspace,
    /// The page being edited; `None` for a new one.
    page: Option<Page>,
    form: PageForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    conflict: Option<ConflictView>,
    /// The text as it will look, when the writer asked for a preview.
    preview: Option<String>,
}

impl FormPage {
    fn action(&self) -> String {
        match &self.page {
            Some(p) => format!("{}/edit", page_url(&self.ws, p.id)),
            None => format!("/groups/{}/pages", self.ws.id()),
        }
    }

    fn cancel(&self) -> String {
        match &self.page {
            Some(p) => page_url(&self.ws, p.id),
            None => format!("/groups/{}/pages", self.ws.id()),
        }
    }

    /// The revision the form's text starts from, as a number, for the reader.
    fn base_revision(&self) -> String {
        self.form.revision.trim().to_string()
    }
}

fn form_page(
    mut c: Ctx,
    ws: Workspace,
    page: Option<Page>,
    form: PageForm,
    errors: FormErrors,
    conflict: Option<ConflictView>,
    preview: Option<String>,
) -> Response {
    let status = if conflict.is_some() {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    // A form sent back from a POST: links that come back here go to the form itself.
    c.path = match &page {
        Some(p) => format!("{}/edit", page_url(&ws, p.id)),
        None => format!("/groups/{}/pages/new", ws.id()),
    };
    let languages = language_options(Language::parse(form.lang.trim()).as_slice());
    render_status(
        status,
        &FormPage {
            c,
            ws,
            page,
            form,
            errors,
            languages,
            conflict,
            preview,
        },
    )
}

pub async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, ws) = for_change(&state, &c, &id).await?;
    let form = PageForm {
        lang: ws.group.lang.clone(),
        ..PageForm::default()
    };
    Ok(form_page(c, ws, None, form, FormErrors::new(), None, None))
}

pub async fn create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PageForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let valid = match check(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, ws, None, form, e, None, None)),
    };
    let html = render_markdown(&valid.body);
    if form.action == "preview" {
        return Ok(form_page(
            c,
            ws,
            None,
            form,
            FormErrors::new(),
            None,
            Some(html),
        ));
    }
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let page_id = store::create(
        &mut tx,
        ws.id(),
        &PageText {
            title: &valid.title,
            body_md: &valid.body,
            body_html: &html,
            lang: valid.lang.code(),
        },
        &Change {
            author: user_id,
            note: &valid.note,
            restored_from: None,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &page_url(&ws, page_id),
        "flash-wg-page-created",
    ))
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, ws) = for_change(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    let form = PageForm {
        title: page.title.clone(),
        body: page.body_md.clone(),
        lang: page.lang.clone(),
        note: String::new(),
        revision: page.revision.to_string(),
        action: String::new(),
    };
    Ok(form_page(
        c,
        ws,
        Some(page),
        form,
        FormErrors::new(),
        None,
        None,
    ))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page)): Path<(String, String)>,
    Form(form): Form<PageForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    let valid = match check(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, ws, Some(page), form, e, None, None)),
    };
    let html = render_markdown(&valid.body);
    if form.action == "preview" {
        return Ok(form_page(
            c,
            ws,
            Some(page),
            form,
            FormErrors::new(),
            None,
            Some(html),
        ));
    }
    // A base that is not a number matches no revision: it is handled like a stale one.
    let base = form.revision.trim().parse::<i64>().ok().filter(|n| *n > 0);
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let saved = store::save(
        &mut tx,
        ws.id(),
        page.id,
        base.unwrap_or(-1),
        &PageText {
            title: &valid.title,
            body_md: &valid.body,
            body_html: &html,
            lang: valid.lang.code(),
        },
        &Change {
            author: user_id,
            note: &valid.note,
            restored_from: None,
        },
    )
    .await;
    match saved {
        Ok(Saved::Revision(_)) => {
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &page_url(&ws, page.id),
                "flash-wg-page-saved",
            ))
        }
        Ok(Saved::Unchanged) => {
            drop(tx);
            Ok(redirect_with_flash(
                &page_url(&ws, page.id),
                "flash-wg-page-unchanged",
            ))
        }
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            let current = store::get(&state.db, ws.id(), page.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let started_from = match base {
                Some(b) if b < current.revision => store::revision(&state.db, page.id, b).await?,
                _ => None,
            };
            let diff = match started_from {
                Some(r) => Some(
                    diff_view(
                        r.revision,
                        Side::from(&r),
                        current.revision,
                        Side::from(&current),
                    )
                    .await?,
                ),
                None => None,
            };
            let conflict = ConflictView {
                revision: current.revision,
                text: meta(
                    &c.l,
                    current.revision,
                    current.updated_by_name.as_deref(),
                    current.updated_at,
                ),
                title: current.title.clone(),
                body_md: current.body_md.clone(),
                body_html: current.body_html.clone(),
                lang: current.lang.clone(),
                diff,
            };
            // The writer's text stays; the next save is based on the version now shown, so it
            // replaces that version only after the writer has seen it.
            let kept = PageForm {
                revision: current.revision.to_string(),
                action: String::new(),
                ..form
            };
            let mut e = FormErrors::new();
            e.add_message("body", c.t("wg-page-error-stale"));
            Ok(form_page(
                c,
                ws,
                Some(current),
                kept,
                e,
                Some(conflict),
                None,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading: the page, its history, an old revision, two revisions compared.

#[derive(Template)]
#[template(path = "collaboration/page_show.html")]
struct ShowPage {
    c: Ctx,
    ws: Workspace,
    page: Page,
    meta: String,
    lang_name: String,
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page)): Path<(String, String)>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    Ok(render_status(
        StatusCode::OK,
        &ShowPage {
            meta: meta(
                &c.l,
                page.revision,
                page.updated_by_name.as_deref(),
                page.updated_at,
            ),
            lang_name: endonym(&page.lang),
            c,
            ws,
            page,
        },
    ))
}

pub struct HistoryRow {
    pub revision: i64,
    pub title: String,
    pub lang: String,
    pub author: String,
    pub when: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "collaboration/page_history.html")]
struct HistoryPage {
    c: Ctx,
    ws: Workspace,
    page: Page,
    rows: Vec<HistoryRow>,
    paging: Paging,
}

impl HistoryPage {
    /// The revisions the comparison form starts with: the latest change.
    fn default_from(&self) -> i64 {
        self.page.revision - 1
    }
}

pub async fn history(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page)): Path<(String, String)>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    // Revisions run from 1 to the page's revision, without gaps: no count needed.
    let paging = Paging::new(
        q.page.parse::<i64>().unwrap_or(1),
        page.revision,
        String::new(),
    );
    let rows = store::revisions(
        &state.db,
        page.id,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?
    .into_iter()
    .map(|r| HistoryRow {
        author: name_or_someone(&c.l, r.author_name.as_deref()),
        when: c.l.datetime(r.created_at),
        note: note_of(&c.l, &r.note, r.restored_from),
        revision: r.revision,
        title: r.title,
        lang: r.lang,
    })
    .collect();
    Ok(render_status(
        StatusCode::OK,
        &HistoryPage {
            c,
            ws,
            page,
            rows,
            paging,
        },
    ))
}

#[derive(Template)]
#[template(path = "collaboration/page_revision.html")]
struct RevisionPage {
    c: Ctx,
    ws: Workspace,
    page: Page,
    rev: Revision,
    meta: String,
    note: String,
    lang_name: String,
    /// Why a restore was refused, when it was.
    problem: Option<String>,
}

async fn revision_of(state: &AppState, page: &Page, n: &str) -> AppResult<Revision> {
    let n = parse_revision(n)?;
    store::revision(&state.db, page.id, n)
        .await?
        .ok_or(AppError::NotFound)
}

fn revision_page(
    c: Ctx,
    ws: Workspace,
    page: Page,
    rev: Revision,
    problem: Option<String>,
) -> Response {
    let status = if problem.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    render_status(
        status,
        &RevisionPage {
            meta: meta(
                &c.l,
                rev.revision,
                rev.author_name.as_deref(),
                rev.created_at,
            ),
            note: note_of(&c.l, &rev.note, rev.restored_from),
            lang_name: endonym(&rev.lang),
            c,
            ws,
            page,
            rev,
            problem,
        },
    )
}

pub async fn revision(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page, n)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    let rev = revision_of(&state, &page, &n).await?;
    Ok(revision_page(c, ws, page, rev, None))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RestoreForm {
    /// The page's revision when the person chose to restore.
    pub revision: String,
}

pub async fn restore(
    State(state): State<AppState>,
    mut c: Ctx,
    Path((id, page, n)): Path<(String, String, String)>,
    Form(form): Form<RestoreForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    let rev = revision_of(&state, &page, &n).await?;
    // Rendered again rather than copied, so a restored text gets today's rendering rules.
    let html = render_markdown(&rev.body_md);
    let base = form.revision.trim().parse::<i64>().unwrap_or(-1);
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let saved = store::save(
        &mut tx,
        ws.id(),
        page.id,
        base,
        &PageText {
            title: &rev.title,
            body_md: &rev.body_md,
            body_html: &html,
            lang: &rev.lang,
        },
        &Change {
            author: user_id,
            note: "",
            restored_from: Some(rev.revision),
        },
    )
    .await;
    match saved {
        Ok(Saved::Revision(_)) => {
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &page_url(&ws, page.id),
                "flash-wg-page-restored",
            ))
        }
        Ok(Saved::Unchanged) => {
            drop(tx);
            Ok(redirect_with_flash(
                &page_url(&ws, page.id),
                "flash-wg-page-unchanged",
            ))
        }
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            let current = store::get(&state.db, ws.id(), page.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let problem =
                c.l.t1("wg-page-restore-conflict", "revision", current.revision);
            c.path = format!("{}/revisions/{}", page_url(&ws, page.id), rev.revision);
            Ok(revision_page(c, ws, current, rev, Some(problem)))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DiffQuery {
    pub from: String,
    pub to: String,
}

#[derive(Template)]
#[template(path = "collaboration/page_diff.html")]
struct DiffPage {
    c: Ctx,
    ws: Workspace,
    page: Page,
    /// The comparison; `None` when the same revision was chosen twice.
    diff: Option<DiffView>,
}

pub async fn compare(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, page)): Path<(String, String)>,
    Query(q): Query<DiffQuery>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let page = page_of(&state, &ws, &page).await?;
    // Without `to`, the current revision; without `from`, the one before `to`.
    let to = if q.to.trim().is_empty() {
        page.revision
    } else {
        parse_revision(&q.to)?
    };
    let from = if q.from.trim().is_empty() {
        to - 1
    } else {
        parse_revision(&q.from)?
    };
    if from < 1 || from > page.revision || to > page.revision {
        return Err(AppError::NotFound);
    }
    if from == to {
        return Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &DiffPage {
                c,
                ws,
                page,
                diff: None,
            },
        ));
    }
    let old = store::revision(&state.db, page.id, from)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = store::revision(&state.db, page.id, to)
        .await?
        .ok_or(AppError::NotFound)?;
    let diff = diff_view(from, Side::from(&old), to, Side::from(&new)).await?;
    Ok(render_status(
        StatusCode::OK,
        &DiffPage {
            c,
            ws,
            page,
            diff: Some(diff),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogs() -> std::sync::Arc<bottega_i18n::Catalogs> {
        match bottega_i18n::Catalogs::load() {
            Ok(c) => c,
            Err(e) => panic!("catalogs: {e:?}"),
        }
    }

    fn form(title: &str, body: &str, lang: &str, note: &str) -> PageForm {
        PageForm {
            title: title.into(),
            body: body.into(),
            lang: lang.into(),
            note: note.into(),
            ..PageForm::default()
        }
    }

    #[test]
    fn a_good_page_is_accepted_and_cleaned() {
        let l = catalogs().localizer("en");
        let v = match check(&l, &form("  Plan ", "Line\r\nNext\r\n", "it", "")) {
            Ok(v) => v,
            Err(e) => panic!("refused: {:?}", e.items()),
        };
        assert_eq!(v.title, "Plan");
        assert_eq!(v.body, "Line\nNext");
        assert_eq!(v.lang, Language::It);
    }

    #[test]
    fn each_problem_is_named_at_its_field() {
        let l = catalogs().localizer("en");
        let long_title = "t".repeat(TITLE_MAX + 1);
        let long_body = "b".repeat(BODY_MAX + 1);
        let long_note = "n".repeat(NOTE_MAX + 1);
        let e = match check(&l, &form(&long_title, &long_body, "xx", &long_note)) {
            Ok(_) => panic!("accepted"),
            Err(e) => e,
        };
        for field in ["title", "body", "lang", "note"] {
            assert!(e.get(field).is_some(), "no problem named at {field}");
        }
        let e = match check(&l, &form(" ", "", "", "")) {
            Ok(_) => panic!("accepted"),
            Err(e) => e,
        };
        for field in ["title", "body", "lang"] {
            assert!(e.get(field).is_some(), "no problem named at {field}");
        }
        assert!(e.get("note").is_none());
    }

    #[test]
    fn headings_move_two_levels_down() {
        assert_eq!(
            bottega_text::demote_headings("<h1>A</h1><h2>B</h2><h4>C</h4><h5>D</h5><h6>E</h6>", 2),
            "<h3>A</h3><h4>B</h4><h6>C</h6><h6>D</h6><h6>E</h6>"
        );
        assert_eq!(
            bottega_text::demote_headings("<p>x &lt;h1&gt; y</p><hr><h7>z<", 2),
            "<p>x &lt;h1&gt; y</p><hr><h7>z<"
        );
        let rendered = render_markdown("# Title\n\nText with <h1>raw</h1>\n\n## Part");
        assert!(rendered.contains("<h3>Title</h3>"), "{rendered}");
        assert!(rendered.contains("<h4>Part</h4>"), "{rendered}");
        assert!(!rendered.contains("<h1>"), "{rendered}");
    }

    #[test]
    fn revisions_in_addresses_are_positive_numbers() {
        assert_eq!(parse_revision("3").ok(), Some(3));
        for bad in ["0", "-1", "x", "", "1.5", "99999999999999999999"] {
            assert!(parse_revision(bad).is_err(), "{bad}");
        }
    }
}
