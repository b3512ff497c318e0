//! The list of working groups, starting one, a group's overview and editing its description.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::{Language, Sector};
use bottega_storage::collaboration::groups::{
    self as store, Group, GroupFields, GroupFilter, Member, MyGroup, Summary,
};
use serde::Deserialize;

use super::forms::{self, GroupForm};
use super::{for_management, load, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{
    language_options, options, query_string, render, render_status, Choice, FormErrors, Paging,
};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// `active` (the default), `archived` or `all`.
    pub status: String,
    pub sector: String,
    pub page: String,
}

/// A group in the list, with its sectors' labels.
pub struct GroupRow {
    pub g: Group,
    pub sectors: Vec<String>,
    pub starts: String,
    pub ends: String,
}

#[derive(Template)]
#[template(path = "collaboration/list.html")]
struct ListPage {
    c: Ctx,
    rows: Vec<GroupRow>,
    mine: Vec<MyGroup>,
    status: &'static str,
    sectors: Vec<Choice>,
    total: i64,
    paging: Paging,
}

pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let status = match q.status.as_str() {
        "archived" => "archived",
        "all" => "all",
        _ => "active",
    };
    let sector = Sector::parse(q.sector.trim());
    let filter = GroupFilter {
        status: match status {
            "archived" => Some(store::ARCHIVED),
            "all" => None,
            _ => Some(store::ACTIVE),
        },
        sector,
    };
    let total = store::count(&state.db, &filter).await?;
    let sector_code = sector.map(|s| s.code()).unwrap_or("");
    let paging = Paging::new(
        q.page.parse::<i64>().unwrap_or(1),
        total,
        query_string(&[("status", status), ("sector", sector_code)]),
    );
    let groups = store::list(
        &state.db,
        &filter,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    let ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let mut sectors_by_group: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, code) in store::sectors_of(&state.db, &ids).await? {
        let label = Sector::parse(&code)
            .map(|s| c.t(&s.message_id()))
            .unwrap_or(code);
        sectors_by_group.entry(id).or_default().push(label);
    }
    let rows = groups
        .into_iter()
        .map(|g| GroupRow {
            sectors: sectors_by_group.remove(&g.id).unwrap_or_default(),
            starts: crate::view::day(&c.l, &g.starts_on),
            ends: crate::view::day(&c.l, &g.ends_on),
            g,
        })
        .collect();
    let mine = match &c.user {
        Some(u) => store::mine(&state.db, u.user_id).await?,
        None => Vec::new(),
    };
    Ok(render(&ListPage {
        sectors: options::<Sector>(&c.l, sector.as_slice()),
        c,
        rows,
        mine,
        status,
        total,
        paging,
    }))
}

#[derive(Template)]
#[template(path = "collaboration/form.html")]
struct FormPage {
    c: Ctx,
    /// `None` for a new group.
    group_id: Option<i64>,
    form: GroupForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    sectors: Vec<Choice>,
    memberships: Vec<Choice>,
}

fn form_page(c: Ctx, group_id: Option<i64>, form: GroupForm, errors: FormErrors) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let selected: Vec<Sector> = form
        .sectors
        .iter()
        .filter_map(|s| Sector::parse(s))
        .collect();
    let memberships = store::MEMBERSHIPS
        .iter()
        .map(|m| Choice {
            code: (*m).to_string(),
            label: c.t(&format!("wg-membership-{m}")),
            selected: form.membership == *m,
        })
        .collect();
    render_status(
        status,
        &FormPage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            sectors: options::<Sector>(&c.l, &selected),
            memberships,
            c,
            group_id,
            form,
            errors,
        },
    )
}

pub async fn new_form(c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    let today = chrono::Utc::now().date_naive();
    let form = GroupForm {
        lang: c.l.lang().to_string(),
        starts_on: today.to_string(),
        ends_on: (today + chrono::Days::new(180)).to_string(),
        membership: store::OPEN.into(),
        ..GroupForm::default()
    };
    Ok(form_page(c, None, form, FormErrors::new()))
}

fn fields<'a>(
    v: &'a forms::ValidGroup,
    goal_html: &'a str,
    dates: &'a (String, String),
) -> GroupFields<'a> {
    GroupFields {
        title: &v.title,
        theme: &v.theme,
        goal_md: &v.goal,
        goal_html,
        lang: v.lang.code(),
        starts_on: &dates.0,
        ends_on: &dates.1,
        membership: v.membership,
        sectors: &v.sectors,
    }
}

pub async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<GroupForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let v = match forms::group(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, None, form, e)),
    };
    let goal_html = super::pages::render_markdown(&v.goal);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let mut tx = state.db.begin().await?;
    let id = store::create(&mut tx, &fields(&v, &goal_html, &dates), user_id).await?;
    bottega_storage::audit::record(
        &mut tx,
        Some(user_id),
        "group.create",
        "wg_group",
        Some(id),
        &v.title,
    )
    .await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{id}"),
        "flash-wg-created",
    ))
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, ws) = for_management(&state, &c, &id).await?;
    let g = &ws.group;
    let form = GroupForm {
        title: g.title.clone(),
        theme: g.theme.clone(),
        goal: g.goal_md.clone(),
        lang: g.lang.clone(),
        starts_on: g.starts_on.clone(),
        ends_on: g.ends_on.clone(),
        membership: g.membership.clone(),
        sectors: store::sectors(&state.db, g.id).await?,
    };
    Ok(form_page(c, Some(g.id), form, FormErrors::new()))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<GroupForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_management(&state, &c, &id).await?;
    let v = match forms::group(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, Some(ws.id()), form, e)),
    };
    let goal_html = super::pages::render_markdown(&v.goal);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let mut tx = super::begin_management(&state, ws.id(), user_id, ws.staff).await?;
    store::update(&mut tx, ws.id(), &fields(&v, &goal_html, &dates)).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(&ws.url(), "flash-wg-updated"))
}

#[derive(Template)]
#[template(path = "collaboration/show.html")]
struct ShowPage {
    c: Ctx,
    ws: Workspace,
    sectors: Vec<String>,
    coordinators: Vec<Member>,
    summary: Summary,
    starts: String,
    ends: String,
    next_meeting: String,
    /// Requests waiting for a coordinator (shown to coordinators).
    waiting: i64,
    lang_name: String,
    /// Licences offered when the outcome is published.
    licences: Vec<Choice>,
}

fn language_name(code: &str) -> String {
    Language::parse(code)
        .map(|l| l.endonym().to_string())
        .unwrap_or_default()
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let ws = load(&state, &c, &id).await?;
    let sectors = store::sectors(&state.db, ws.id())
        .await?
        .into_iter()
        .map(|code| {
            Sector::parse(&code)
                .map(|s| c.t(&s.message_id()))
                .unwrap_or(code)
        })
        .collect();
    let members = store::members(&state.db, ws.id()).await?;
    let waiting = members
        .iter()
        .filter(|m| m.state == store::REQUESTED)
        .count() as i64;
    let coordinators = members
        .into_iter()
        .filter(|m| m.state == store::IN && m.role == store::COORDINATOR)
        .collect();
    let summary = if ws.may_read() {
        store::summary(&state.db, ws.id()).await?
    } else {
        Summary::default()
    };
    let g = &ws.group;
    Ok(render(&ShowPage {
        starts: crate::view::day(&c.l, &g.starts_on),
        ends: crate::view::day(&c.l, &g.ends_on),
        next_meeting: summary
            .next_meeting_at
            .map(|at| c.l.datetime(at))
            .unwrap_or_default(),
        lang_name: language_name(&g.lang),
        licences: options::<bottega_domain::Licence>(&c.l, &[bottega_domain::Licence::CcBy]),
        sectors,
        coordinators,
        summary,
        waiting,
        c,
        ws,
    }))
}
