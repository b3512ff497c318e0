//! The working group's task board: three columns (to do, doing, done) of cards, each with a
//! title, a Markdown description, someone holding it, a due date and comments.
//!
//! Members read and change the board while the group is active; site staff read it. Every
//! change is made against the version of the task the person saw ([`store::update`],
//! [`store::set_status`]): when someone else changed the task in between, nothing is written and
//! the page comes back (409) with what the person typed and the task as it is now. Cards move
//! with small forms, one per button, so the board works without JavaScript.
//!
//! Assignees are chosen among the group's members; whether they still are is checked again
//! inside the change's transaction, after [`super::begin_change`] locked the group.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::validate;
use bottega_domain::Language;
use bottega_i18n::Localizer;
use bottega_storage::collaboration::groups as group_store;
use bottega_storage::collaboration::tasks::{
    self as store, BoardFilter, Comment, Holder, Task, TaskFields,
};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::{begin_change, for_change, parse_id, readable, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, query_string, render_status, Choice, FormErrors};

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 10_000;
pub const COMMENT_MAX: usize = 5_000;

/// The stable code sent with a change refused because the task changed meanwhile.
const CHANGED: &str = "task_changed";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups/{id}/tasks", get(board).post(create))
        .route("/groups/{id}/tasks/{task}", get(show))
        .route(
            "/groups/{id}/tasks/{task}/edit",
            get(edit_form).post(edit_submit),
        )
        .route("/groups/{id}/tasks/{task}/move", post(move_card))
        .route("/groups/{id}/tasks/{task}/comments", post(comment))
        .route(
            "/groups/{id}/tasks/{task}/delete",
            get(delete_form).post(delete_submit),
        )
}

// ---- What people type ---------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct TaskForm {
    pub title: String,
    pub description: String,
    /// A member's user id, or empty for nobody.
    pub assignee: String,
    /// YYYY-MM-DD, or empty.
    pub due_on: String,
    /// Only in the edit form.
    pub status: String,
    /// The version of the task the form was filled from (edit form only).
    pub version: String,
}

pub struct ValidTask {
    pub title: String,
    pub description: String,
    pub assignee: Option<i64>,
    pub due_on: Option<String>,
    pub status: &'static str,
}

/// A person the task may be given to.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub name: String,
}

fn status_code(s: &str) -> Option<&'static str> {
    store::STATUSES.into_iter().find(|x| *x == s.trim())
}

/// Checks a task typed by a member. `members` are the group's members as the page offered
/// them; `editing` asks for the status too (a new task always starts in "to do").
pub fn check(
    l: &Localizer,
    form: &TaskForm,
    members: &[Person],
    editing: bool,
) -> Result<ValidTask, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, DESCRIPTION_MAX),
    );
    let assignee = match form.assignee.trim() {
        "" => None,
        v => {
            let found = v
                .parse::<i64>()
                .ok()
                .filter(|id| members.iter().any(|m| m.id == *id));
            if found.is_none() {
                e.add_message("assignee", l.t("wg-task-error-assignee"));
            }
            found
        }
    };
    let due_on = crate::view::date_field(l, &mut e, "due_on", &form.due_on, false);
    let status = if editing {
        let s = status_code(&form.status);
        if s.is_none() {
            e.add_message("status", l.t("wg-task-error-status"));
        }
        s.unwrap_or(store::TODO)
    } else {
        store::TODO
    };
    if !e.is_empty() {
        return Err(e);
    }
    Ok(ValidTask {
        title,
        description,
        assignee,
        due_on: due_on.map(|d| d.format("%Y-%m-%d").to_string()),
        status,
    })
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub comment: String,
    /// A content language code, or empty to detect it.
    pub lang: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    pub status: String,
    pub version: String,
    // The board's filters, so the person comes back to the board they moved the card on.
    pub mine: String,
    pub overdue: String,
    pub assignee: String,
}

/// The board's filters as the address carries them.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct BoardQuery {
    /// Any value: only the reader's tasks.
    pub mine: String,
    /// Any value: only open tasks past their due date.
    pub overdue: String,
    /// A member's id, or `none` for unassigned tasks.
    pub assignee: String,
}

impl BoardQuery {
    fn filter(&self, me: i64, today: &str) -> BoardFilter {
        let holder = if !self.mine.trim().is_empty() {
            Holder::Person(me)
        } else {
            match self.assignee.trim() {
                "none" => Holder::Nobody,
                v => v
                    .parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .map_or(Holder::Anyone, Holder::Person),
            }
        };
        BoardFilter {
            holder,
            due_before: (!self.overdue.trim().is_empty()).then(|| today.to_string()),
        }
    }

    /// The same filters, cleaned, as a query string (empty when there are none).
    fn query(&self, filter: &BoardFilter) -> String {
        let assignee = match filter.holder {
            Holder::Person(id) if self.mine.trim().is_empty() => id.to_string(),
            Holder::Nobody => "none".to_string(),
            _ => String::new(),
        };
        let mine = if self.mine.trim().is_empty() { "" } else { "1" };
        let overdue = if filter.due_before.is_some() { "1" } else { "" };
        query_string(&[
            ("mine", mine),
            ("overdue", overdue),
            ("assignee", &assignee),
        ])
    }
}

/// Today's date, YYYY-MM-DD. A group has no time zone of its own, so "overdue" is judged in UTC.
fn today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// A version from a form; anything that is not one cannot match any task.
fn parse_version(s: &str) -> i64 {
    s.trim().parse::<i64>().unwrap_or(-1)
}

/// The group's members, by name, to choose an assignee among.
async fn people(state: &AppState, group_id: i64) -> AppResult<Vec<Person>> {
    Ok(group_store::members(&state.db, group_id)
        .await?
        .into_iter()
        .filter(|m| m.state == group_store::IN)
        .map(|m| Person {
            id: m.user_id,
            name: m.display_name,
        })
        .collect())
}

fn person_choices(people: &[Person], selected: &str) -> Vec<Choice> {
    let mut out: Vec<Choice> = people
        .iter()
        .map(|p| {
            let code = p.id.to_string();
            Choice {
                selected: code == selected.trim(),
                code,
                label: p.name.clone(),
            }
        })
        .collect();
    crate::view::sort_by_label(&mut out);
    out
}

/// The task of the group named in the address; 404 for a task of another group.
async fn task_of(state: &AppState, ws: &Workspace, task: &str) -> AppResult<Task> {
    let id = parse_id(task)?;
    store::get(&state.db, ws.id(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Marks a page that comes back because the task changed meanwhile with its stable code.
fn changed(mut res: Response) -> Response {
    res.headers_mut()
        .insert("x-bottega-error", HeaderValue::from_static(CHANGED));
    res
}

/// A status's name.
fn status_name(l: &Localizer, status: &str) -> String {
    l.t(&format!("wg-task-status-{status}"))
}

/// A stored date (YYYY-MM-DD) in the reader's language.
fn date_name(l: &Localizer, day: &str) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| l.date(d.and_utc().timestamp_millis()))
        .unwrap_or_else(|| day.to_string())
}

// ---- The board ----------------------------------------------------------------------------

/// A move one card offers: the column it goes to and the button's words.
pub struct Move {
    pub to: &'static str,
    pub label: String,
}

pub struct Card {
    pub t: Task,
    pub due: String,
    pub overdue: bool,
    pub moves: Vec<Move>,
}

pub struct Column {
    pub status: &'static str,
    pub name: String,
    pub cards: Vec<Card>,
    /// How many tasks of this column match the filters (the column shows at most a limit).
    pub total: i64,
}

fn moves(l: &Localizer, status: &str) -> Vec<Move> {
    let m = |to, id: &str| Move { to, label: l.t(id) };
    match status {
        store::TODO => vec![
            m(store::DOING, "wg-task-move-start"),
            m(store::DONE, "wg-task-move-finish"),
        ],
        store::DOING => vec![
            m(store::DONE, "wg-task-move-finish"),
            m(store::TODO, "wg-task-move-back"),
        ],
        _ => vec![m(store::TODO, "wg-task-move-reopen")],
    }
}

fn card(l: &Localizer, t: Task, today: &str) -> Card {
    Card {
        due: t
            .due_on
            .as_deref()
            .map(|d| date_name(l, d))
            .unwrap_or_default(),
        overdue: t.is_overdue(today),
        moves: moves(l, &t.status),
        t,
    }
}

#[derive(Template)]
#[template(path = "collaboration/tasks.html")]
struct BoardPage {
    c: Ctx,
    ws: Workspace,
    columns: Vec<Column>,
    /// The filters as chosen, for the filter form and for each card's move forms.
    mine: bool,
    overdue: bool,
    assignee: String,
    filtered: bool,
    assignees: Vec<Choice>,
    /// The new task's form.
    form: TaskForm,
    form_assignees: Vec<Choice>,
    errors: FormErrors,
    /// Why a card was not moved, when it was not.
    problem: Option<String>,
}

/// Renders the board with `status`; the new-task form holds `form` with its `errors`, and
/// `problem` says why a move was refused.
#[allow(clippy::too_many_arguments)]
async fn board_page(
    state: &AppState,
    mut c: Ctx,
    ws: Workspace,
    q: &BoardQuery,
    form: TaskForm,
    errors: FormErrors,
    problem: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let me = c.require_user()?.user_id;
    let today = today();
    let filter = q.filter(me, &today);
    let counts = store::counts(&state.db, ws.id(), &filter).await?;
    let mut columns = Vec::with_capacity(store::STATUSES.len());
    for s in store::STATUSES {
        let tasks = store::column(&state.db, ws.id(), s, &filter, store::COLUMN_LIMIT).await?;
        columns.push(Column {
            status: s,
            name: status_name(&c.l, s),
            total: counts.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n),
            cards: tasks.into_iter().map(|t| card(&c.l, t, &today)).collect(),
        });
    }
    let people = people(state, ws.id()).await?;
    let query = q.query(&filter);
    c.path = if query.is_empty() {
        format!("/groups/{}/tasks", ws.id())
    } else {
        format!("/groups/{}/tasks?{query}", ws.id())
    };
    let assignee = match filter.holder {
        Holder::Nobody => "none".to_string(),
        Holder::Person(id) if q.mine.trim().is_empty() => id.to_string(),
        _ => String::new(),
    };
    let page = BoardPage {
        mine: !q.mine.trim().is_empty(),
        overdue: filter.due_before.is_some(),
        filtered: !query.is_empty(),
        assignees: person_choices(&people, &assignee),
        form_assignees: person_choices(&people, &form.assignee),
        assignee,
        columns,
        form,
        errors,
        problem,
        c,
        ws,
    };
    Ok(render_status(status, &page))
}

pub async fn board(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<BoardQuery>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    board_page(
        &state,
        c,
        ws,
        &q,
        TaskForm::default(),
        FormErrors::new(),
        None,
        StatusCode::OK,
    )
    .await
}

/// The board again, with the new task's form as typed and its problems.
async fn new_task_refused(
    state: &AppState,
    c: Ctx,
    ws: Workspace,
    form: TaskForm,
    errors: FormErrors,
) -> AppResult<Response> {
    board_page(
        state,
        c,
        ws,
        &BoardQuery::default(),
        form,
        errors,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<TaskForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let members = people(&state, ws.id()).await?;
    let valid = match check(&c.l, &form, &members, false) {
        Ok(v) => v,
        Err(e) => return new_task_refused(&state, c, ws, form, e).await,
    };
    let html = bottega_text::render(&valid.description, &HashMap::new()).html;
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    if let Some(a) = valid.assignee {
        if !group_store::member_ids(&mut tx, ws.id())
            .await?
            .contains(&a)
        {
            drop(tx);
            let mut e = FormErrors::new();
            e.add_message("assignee", c.t("wg-task-error-assignee"));
            return new_task_refused(&state, c, ws, form, e).await;
        }
    }
    let task_id = store::create(
        &mut tx,
        ws.id(),
        &TaskFields {
            title: &valid.title,
            description_md: &valid.description,
            description_html: &html,
            assignee_id: valid.assignee,
            due_on: valid.due_on.as_deref(),
        },
        user_id,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/tasks#task-{task_id}", ws.id()),
        "flash-wg-task-created",
    ))
}

pub async fn move_card(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let t = task_of(&state, &ws, &task).await?;
    let q = BoardQuery {
        mine: form.mine.clone(),
        overdue: form.overdue.clone(),
        assignee: form.assignee.clone(),
    };
    let Some(to) = status_code(&form.status) else {
        let problem = c.t("wg-task-error-status");
        return board_page(
            &state,
            c,
            ws,
            &q,
            TaskForm::default(),
            FormErrors::new(),
            Some(problem),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    match store::set_status(&mut tx, ws.id(), t.id, parse_version(&form.version), to).await {
        Ok(_) => {
            tx.commit().await.map_err(StorageError::from)?;
            let query = q.query(&q.filter(user_id, &today()));
            let sep = if query.is_empty() { "" } else { "?" };
            Ok(redirect_with_flash(
                &format!("/groups/{}/tasks{sep}{query}#task-{}", ws.id(), t.id),
                "flash-wg-task-moved",
            ))
        }
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            let problem = c.l.t1("wg-task-move-conflict", "title", t.title.as_str());
            Ok(changed(
                board_page(
                    &state,
                    c,
                    ws,
                    &q,
                    TaskForm::default(),
                    FormErrors::new(),
                    Some(problem),
                    StatusCode::CONFLICT,
                )
                .await?,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

// ---- A task's page and its comments -------------------------------------------------------

pub struct CommentView {
    pub m: Comment,
    pub author: String,
    pub date: String,
    pub lang_name: String,
}

#[derive(Template)]
#[template(path = "collaboration/tasks_show.html")]
struct TaskPage {
    c: Ctx,
    ws: Workspace,
    t: Task,
    status: String,
    due: String,
    overdue: bool,
    created: String,
    updated: String,
    may_delete: bool,
    comments: Vec<CommentView>,
    form: CommentForm,
    languages: Vec<Choice>,
    errors: FormErrors,
}

/// Whether the reader may delete the task: its creator or a coordinator, while they may write.
fn may_delete(c: &Ctx, ws: &Workspace, t: &Task) -> bool {
    let mine = c
        .user
        .as_ref()
        .is_some_and(|u| t.created_by == Some(u.user_id));
    ws.may_write() && (mine || ws.may_manage())
}

async fn task_page(
    state: &AppState,
    mut c: Ctx,
    ws: Workspace,
    t: Task,
    form: CommentForm,
    errors: FormErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let comments = store::comments(&state.db, t.id, store::COMMENT_LIMIT)
        .await?
        .into_iter()
        .map(|m| CommentView {
            author: m
                .author_name
                .clone()
                .unwrap_or_else(|| c.t("wg-task-deleted-account")),
            date: c.l.datetime(m.created_at),
            lang_name: Language::parse(&m.lang)
                .map(|l| l.endonym().to_string())
                .unwrap_or_default(),
            m,
        })
        .collect();
    let chosen: Vec<Language> = Language::parse(form.lang.trim()).into_iter().collect();
    c.path = format!("/groups/{}/tasks/{}", ws.id(), t.id);
    let today = today();
    let page = TaskPage {
        status: status_name(&c.l, &t.status),
        due: t
            .due_on
            .as_deref()
            .map(|d| date_name(&c.l, d))
            .unwrap_or_default(),
        overdue: t.is_overdue(&today),
        created: c.l.t2(
            "wg-task-created-by",
            "name",
            t.creator_name
                .clone()
                .unwrap_or_else(|| c.t("wg-task-deleted-account")),
            "date",
            c.l.datetime(t.created_at),
        ),
        updated: if t.version > 0 {
            c.l.t1("wg-task-updated", "date", c.l.datetime(t.updated_at))
        } else {
            String::new()
        },
        may_delete: may_delete(&c, &ws, &t),
        languages: language_options(&chosen),
        comments,
        form,
        errors,
        c,
        ws,
        t,
    };
    Ok(render_status(status, &page))
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    let t = task_of(&state, &ws, &task).await?;
    task_page(
        &state,
        c,
        ws,
        t,
        CommentForm::default(),
        FormErrors::new(),
        StatusCode::OK,
    )
    .await
}

pub async fn comment(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let t = task_of(&state, &ws, &task).await?;
    let mut e = FormErrors::new();
    let md = e.check(
        &c.l,
        "comment",
        validate::text(&form.comment, true, COMMENT_MAX),
    );
    let chosen = match form.lang.trim() {
        "" => None,
        v => e.check(&c.l, "lang", validate::choice(v, Language::parse).map(Some)),
    };
    if !e.is_empty() {
        return task_page(&state, c, ws, t, form, e, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let rendered = bottega_text::render(&md, &HashMap::new());
    let lang = chosen
        .or_else(|| bottega_text::detect_language(&rendered.plain))
        .unwrap_or_else(|| crate::features::communication::compose::interface_language(&c));
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let comment_id = store::add_comment(
        &mut tx,
        ws.id(),
        t.id,
        user_id,
        &md,
        &rendered.html,
        lang.code(),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/tasks/{}#comment-{comment_id}", ws.id(), t.id),
        "flash-wg-task-commented",
    ))
}

// ---- Editing ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "collaboration/tasks_edit.html")]
struct EditPage {
    c: Ctx,
    ws: Workspace,
    t: Task,
    form: TaskForm,
    assignees: Vec<Choice>,
    statuses: Vec<Choice>,
    errors: FormErrors,
    /// The task as someone else saved it while this person was editing.
    conflict: Option<Task>,
    conflict_status: String,
    conflict_due: String,
    conflict_date: String,
}

fn edit_page(
    mut c: Ctx,
    ws: Workspace,
    t: Task,
    members: &[Person],
    form: TaskForm,
    errors: FormErrors,
    conflict: Option<Task>,
) -> Response {
    let status = if conflict.is_some() {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    c.path = format!("/groups/{}/tasks/{}/edit", ws.id(), t.id);
    let statuses = store::STATUSES
        .iter()
        .map(|s| Choice {
            code: s.to_string(),
            label: status_name(&c.l, s),
            selected: form.status.trim() == *s,
        })
        .collect();
    let page = EditPage {
        assignees: person_choices(members, &form.assignee),
        statuses,
        conflict_status: conflict
            .as_ref()
            .map(|k| status_name(&c.l, &k.status))
            .unwrap_or_default(),
        conflict_due: conflict
            .as_ref()
            .and_then(|k| k.due_on.as_deref())
            .map(|d| date_name(&c.l, d))
            .unwrap_or_default(),
        conflict_date: conflict
            .as_ref()
            .map(|k| c.l.datetime(k.updated_at))
            .unwrap_or_default(),
        form,
        errors,
        conflict,
        c,
        ws,
        t,
    };
    let res = render_status(status, &page);
    if status == StatusCode::CONFLICT {
        changed(res)
    } else {
        res
    }
}

fn form_of(t: &Task) -> TaskForm {
    TaskForm {
        title: t.title.clone(),
        description: t.description_md.clone(),
        assignee: t.assignee_id.map(|a| a.to_string()).unwrap_or_default(),
        due_on: t.due_on.clone().unwrap_or_default(),
        status: t.status.clone(),
        version: t.version.to_string(),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, ws) = for_change(&state, &c, &id).await?;
    let t = task_of(&state, &ws, &task).await?;
    let members = people(&state, ws.id()).await?;
    let form = form_of(&t);
    Ok(edit_page(c, ws, t, &members, form, FormErrors::new(), None))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
    Form(form): Form<TaskForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let t = task_of(&state, &ws, &task).await?;
    let members = people(&state, ws.id()).await?;
    let valid = match check(&c.l, &form, &members, true) {
        Ok(v) => v,
        Err(e) => return Ok(edit_page(c, ws, t, &members, form, e, None)),
    };
    let html = bottega_text::render(&valid.description, &HashMap::new()).html;
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    if let Some(a) = valid.assignee {
        if !group_store::member_ids(&mut tx, ws.id())
            .await?
            .contains(&a)
        {
            drop(tx);
            let mut e = FormErrors::new();
            e.add_message("assignee", c.t("wg-task-error-assignee"));
            return Ok(edit_page(c, ws, t, &members, form, e, None));
        }
    }
    let saved = store::update(
        &mut tx,
        ws.id(),
        t.id,
        parse_version(&form.version),
        &TaskFields {
            title: &valid.title,
            description_md: &valid.description,
            description_html: &html,
            assignee_id: valid.assignee,
            due_on: valid.due_on.as_deref(),
        },
        valid.status,
    )
    .await;
    match saved {
        Ok(_) => {
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &format!("/groups/{}/tasks/{}", ws.id(), t.id),
                "flash-wg-task-saved",
            ))
        }
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            // The person's input stays in the form; its version becomes the one now shown, so
            // saving again replaces that version only after they have seen it.
            let current = store::get(&state.db, ws.id(), t.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let kept = TaskForm {
                version: current.version.to_string(),
                ..form
            };
            Ok(edit_page(
                c,
                ws,
                t,
                &members,
                kept,
                FormErrors::new(),
                Some(current),
            ))
        }
        Err(other) => Err(other.into()),
    }
}

// ---- Deleting -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "collaboration/tasks_delete.html")]
struct DeletePage {
    c: Ctx,
    ws: Workspace,
    t: Task,
}

/// The group and task for deleting it: a member who created it, or a coordinator.
async fn for_delete(
    state: &AppState,
    c: &Ctx,
    id: &str,
    task: &str,
) -> AppResult<(i64, Workspace, Task)> {
    let (user_id, ws) = for_change(state, c, id).await?;
    let t = task_of(state, &ws, task).await?;
    if !may_delete(c, &ws, &t) {
        return Err(AppError::Refused {
            code: "task_not_yours",
            message: "wg-task-error-not-yours",
            status: StatusCode::FORBIDDEN,
        });
    }
    Ok((user_id, ws, t))
}

pub async fn delete_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, ws, t) = for_delete(&state, &c, &id, &task).await?;
    Ok(render_status(StatusCode::OK, &DeletePage { c, ws, t }))
}

pub async fn delete_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, task)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, ws, t) = for_delete(&state, &c, &id, &task).await?;
    let mut tx = begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    if !store::delete(&mut tx, ws.id(), t.id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/tasks", ws.id()),
        "flash-wg-task-deleted",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    fn members() -> Vec<Person> {
        vec![Person {
            id: 7,
            name: "Ana".into(),
        }]
    }

    fn form() -> TaskForm {
        TaskForm {
            title: "Draft the module outline".into(),
            description: "See **notes**".into(),
            assignee: "7".into(),
            due_on: "2026-05-04".into(),
            status: "doing".into(),
            version: "0".into(),
        }
    }

    #[test]
    fn a_sound_task_passes() {
        let v = check(&l(), &form(), &members(), true).expect("valid");
        assert_eq!(v.assignee, Some(7));
        assert_eq!(v.due_on.as_deref(), Some("2026-05-04"));
        assert_eq!(v.status, "doing");
        // A new task starts in "to do" whatever the form says.
        assert_eq!(
            check(&l(), &form(), &members(), false)
                .expect("valid")
                .status,
            "todo"
        );
    }

    #[test]
    fn each_problem_is_named_at_its_field() {
        let f = TaskForm {
            title: "x".repeat(TITLE_MAX + 1),
            description: "y".repeat(DESCRIPTION_MAX + 1),
            assignee: "8".into(),
            due_on: "2026-02-30".into(),
            status: "blocked".into(),
            version: "0".into(),
        };
        let e = check(&l(), &f, &members(), true).err().expect("refused");
        for field in ["title", "description", "assignee", "due_on", "status"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        let empty = TaskForm {
            title: "  ".into(),
            assignee: "abc".into(),
            ..form()
        };
        let e = check(&l(), &empty, &members(), true)
            .err()
            .expect("refused");
        assert!(e.get("title").is_some() && e.get("assignee").is_some());
    }

    #[test]
    fn filters_come_back_clean() {
        let q = BoardQuery {
            mine: String::new(),
            overdue: "on".into(),
            assignee: "none".into(),
        };
        let f = q.filter(3, "2026-01-01");
        assert_eq!(f.holder, Holder::Nobody);
        assert_eq!(q.query(&f), "overdue=1&assignee=none");
        let mine = BoardQuery {
            mine: "1".into(),
            assignee: "9".into(),
            ..BoardQuery::default()
        };
        let f = mine.filter(3, "2026-01-01");
        assert_eq!(f.holder, Holder::Person(3));
        assert_eq!(mine.query(&f), "mine=1");
        let junk = BoardQuery {
            assignee: "<script>".into(),
            ..BoardQuery::default()
        };
        assert_eq!(junk.query(&junk.filter(3, "2026-01-01")), "");
    }
}
