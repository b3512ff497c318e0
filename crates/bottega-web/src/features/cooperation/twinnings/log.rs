//! The coaching log: dated entries (the topic, what was agreed, the next steps) written by
//! members of either side. An entry is its side's: the author's organisation among the two,
//! chosen by people who belong to both. Authors edit and delete their own entries.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::Language;
use bottega_storage::cooperation::is_org_member;
use bottega_storage::cooperation::twinnings::{self as store, LogEntry, LogFields};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::forms::{self, LogForm};
use super::lots::ConfirmPage;
use super::plan::LogView;
use super::{begin_change, for_change, load, parse_id, render_markdown, sides_only, Twin};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, query_string, render, render_status, Choice, FormErrors, Paging,
};

/// Headings of an entry's text go under the entry's own (h1 twinning, h2 log, h3 topic, h4
/// "agreed").
const HEADING_SHIFT: u8 = 4;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: String,
}

/// The sides a writer may choose between: only asked of people in both organisations.
fn side_choices(twin: &Twin, chosen: &str) -> Vec<Choice> {
    if twin.sides.len() < 2 {
        return Vec::new();
    }
    [twin.tw.coaching_org_id, twin.tw.coached_org_id]
        .iter()
        .map(|id| Choice {
            code: id.to_string(),
            label: twin.side_name(*id).to_string(),
            selected: chosen.trim() == id.to_string(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "cooperation/twinning_log.html")]
struct LogPage {
    c: Ctx,
    twin: Twin,
    entries: Vec<LogView>,
    total: i64,
    paging: Paging,
    /// The reader, to offer authors to edit their own entries.
    me: i64,
    form: LogForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    sides: Vec<Choice>,
    /// The side an entry will be written for, when the writer belongs to one only.
    own_side: String,
}

async fn log_page(
    state: &AppState,
    c: Ctx,
    twin: Twin,
    page: i64,
    form: Option<LogForm>,
    errors: FormErrors,
) -> AppResult<Response> {
    let total = store::count_log(&state.db, twin.id()).await?;
    let paging = Paging::new(page, total, query_string(&[]));
    let entries = store::log(
        &state.db,
        twin.id(),
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?
    .into_iter()
    .map(|e| LogView {
        held: crate::view::day(&c.l, &e.held_on),
        e,
    })
    .collect();
    let form = form.unwrap_or_else(|| LogForm {
        held_on: chrono::Utc::now().date_naive().to_string(),
        lang: c.l.lang().to_string(),
        ..LogForm::default()
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let own_side = match twin.sides.as_slice() {
        [(id, _)] => twin.side_name(*id).to_string(),
        _ => String::new(),
    };
    Ok(render_status(
        status,
        &LogPage {
            me: c.user.as_ref().map_or(0, |u| u.user_id),
            languages: language_options(Language::parse(&form.lang).as_slice()),
            sides: side_choices(&twin, &form.side),
            own_side,
            c,
            twin,
            entries,
            total,
            paging,
            form,
            errors,
        },
    ))
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let twin = load(&state, &c, &id).await?;
    let page = q.page.parse::<i64>().unwrap_or(1);
    log_page(&state, c, twin, page, None, FormErrors::new()).await
}

fn fields<'a>(
    v: &'a forms::ValidLog,
    held_on: &'a str,
    html: &'a (String, String),
) -> LogFields<'a> {
    LogFields {
        org_id: v.side,
        held_on,
        topic: &v.topic,
        agreed_md: &v.agreed,
        agreed_html: &html.0,
        next_steps_md: &v.next_steps,
        next_steps_html: &html.1,
        lang: v.lang.code(),
    }
}

fn rendered(v: &forms::ValidLog) -> (String, String) {
    (
        render_markdown(&v.agreed, HEADING_SHIFT),
        render_markdown(&v.next_steps, HEADING_SHIFT),
    )
}

pub async fn add(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<LogForm>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let v = match forms::log_entry(&c.l, &form, &twin.side_ids(), forms::latest_past_day()) {
        Ok(v) => v,
        Err(e) => return log_page(&state, c, twin, 1, Some(form), e).await,
    };
    let html = rendered(&v);
    let held_on = v.held_on.to_string();
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    // The side written for must still be the author's.
    if !is_org_member(&mut tx, v.side, user_id).await? {
        return Err(sides_only());
    }
    store::add_log_entry(&mut tx, twin.id(), &fields(&v, &held_on, &html), user_id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/log", twin.id()),
        "flash-tw-log-added",
    ))
}

/// The entry `entry` of this twinning, for a change by its author: 404 when there is no such
/// entry, 403 `twinning_log_authors_only` for anyone but its author.
async fn own_entry(
    state: &AppState,
    twin: &Twin,
    user_id: i64,
    entry: &str,
) -> AppResult<LogEntry> {
    let e = store::log_entry(&state.db, twin.id(), parse_id(entry)?)
        .await?
        .ok_or(AppError::NotFound)?;
    if e.author_id != Some(user_id) {
        return Err(AppError::Refused {
            code: "twinning_log_authors_only",
            message: "tw-error-log-authors-only",
            status: StatusCode::FORBIDDEN,
        });
    }
    Ok(e)
}

#[derive(Template)]
#[template(path = "cooperation/twinning_log_form.html")]
struct EntryFormPage {
    c: Ctx,
    twin: Twin,
    entry_id: i64,
    form: LogForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    sides: Vec<Choice>,
}

fn entry_form_page(
    c: Ctx,
    twin: Twin,
    entry_id: i64,
    form: LogForm,
    errors: FormErrors,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &EntryFormPage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            sides: side_choices(&twin, &form.side),
            c,
            twin,
            entry_id,
            form,
            errors,
        },
    )
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, entry)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let e = own_entry(&state, &twin, user_id, &entry).await?;
    let form = LogForm {
        side: e.org_id.map(|o| o.to_string()).unwrap_or_default(),
        held_on: e.held_on.clone(),
        topic: e.topic.clone(),
        agreed: e.agreed_md.clone(),
        next_steps: e.next_steps_md.clone(),
        lang: e.lang.clone(),
    };
    Ok(entry_form_page(c, twin, e.id, form, FormErrors::new()))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, entry)): Path<(String, String)>,
    Form(form): Form<LogForm>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let e = own_entry(&state, &twin, user_id, &entry).await?;
    let v = match forms::log_entry(&c.l, &form, &twin.side_ids(), forms::latest_past_day()) {
        Ok(v) => v,
        Err(errors) => return Ok(entry_form_page(c, twin, e.id, form, errors)),
    };
    let html = rendered(&v);
    let held_on = v.held_on.to_string();
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    if !is_org_member(&mut tx, v.side, user_id).await? {
        return Err(sides_only());
    }
    if !store::update_log_entry(
        &mut tx,
        twin.id(),
        e.id,
        user_id,
        &fields(&v, &held_on, &html),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/log#entry-{}", twin.id(), e.id),
        "flash-tw-log-saved",
    ))
}

pub async fn delete_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, entry)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let e = own_entry(&state, &twin, user_id, &entry).await?;
    let held = crate::view::day(&c.l, &e.held_on);
    let page = ConfirmPage {
        tab: "log".into(),
        heading: c.t("tw-log-delete-heading"),
        text: c.l.t2(
            "tw-log-delete-text",
            "topic",
            e.topic.as_str(),
            "date",
            held,
        ),
        action: format!("/twinnings/{}/log/{}/delete", twin.id(), e.id),
        button: c.l.t1("tw-log-delete-button", "topic", e.topic.as_str()),
        back: format!("/twinnings/{}/log#entry-{}", twin.id(), e.id),
        c,
        twin,
    };
    Ok(render(&page))
}

pub async fn delete_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, entry)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let e = own_entry(&state, &twin, user_id, &entry).await?;
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    if !store::delete_log_entry(&mut tx, twin.id(), e.id, user_id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/log", twin.id()),
        "flash-tw-log-deleted",
    ))
}
