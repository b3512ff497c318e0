//! The joint action plan of a partnership and its progress over time.
//!
//! The plan page lists the objectives in the partners' order, each with its activities (the
//! organisation responsible and the person leading there, dates, status), milestones (due date,
//! status, "overdue" once a planned one is past due) and indicators (baseline, target, latest
//! value, share of the target reached); items filed under no objective come last. Each item has
//! its own form page (new, edit, delete), so every form on a page has its own labels and error
//! summary. An indicator's page records measured values; the progress page draws each
//! indicator's values toward its target, places milestones on a timeline, counts activities by
//! status and gives one overall completion figure, explained in words.
//!
//! Anyone who may read the partnership reads its plan and progress. Members of any party
//! organisation change the plan while the partnership is proposed or active; once it has ended
//! or was declined the plan is kept as it was (409 `partnership_closed`). Every change checks
//! both again inside its transaction, after locking the partnership
//! ([`access::begin_plan_change`]).

#[path = "plan_forms.rs"]
mod forms;
#[path = "plan_progress.rs"]
mod progress;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_storage::cooperation::partnerships as partnership_store;
use bottega_storage::cooperation::plans::{
    self as store, Activity, ActivityFields, Indicator, IndicatorFields, IndicatorValue, Milestone,
    MilestoneFields, Objective,
};
use bottega_storage::{StorageError, Tx};
use chrono::NaiveDate;
use serde::Deserialize;

use self::forms::{ActivityForm, IndicatorForm, MilestoneForm, ObjectiveForm, ValueForm};
use self::progress::{Completion, MilestoneState, ProgressChart};
use super::partnerships::access::{self, load, Seen};
use super::partnerships::forms::{plain_number, shown_number};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render, render_status, Choice, FormErrors};

pub fn routes() -> Router<AppState> {
    let base = "/partnerships/{id}/plan";
    Router::new()
        .route(base, get(plan))
        .route("/partnerships/{id}/progress", get(progress_page))
        .route(
            &format!("{base}/objectives/new"),
            get(objective_new).post(objective_create),
        )
        .route(
            &format!("{base}/objectives/{{item}}/edit"),
            get(objective_edit).post(objective_update),
        )
        .route(
            &format!("{base}/objectives/{{item}}/move"),
            post(objective_move),
        )
        .route(
            &format!("{base}/activities/new"),
            get(activity_new).post(activity_create),
        )
        .route(
            &format!("{base}/activities/{{item}}/edit"),
            get(activity_edit).post(activity_update),
        )
        .route(
            &format!("{base}/milestones/new"),
            get(milestone_new).post(milestone_create),
        )
        .route(
            &format!("{base}/milestones/{{item}}/edit"),
            get(milestone_edit).post(milestone_update),
        )
        .route(
            &format!("{base}/indicators/new"),
            get(indicator_new).post(indicator_create),
        )
        .route(&format!("{base}/indicators/{{item}}"), get(indicator_page))
        .route(
            &format!("{base}/indicators/{{item}}/edit"),
            get(indicator_edit).post(indicator_update),
        )
        .route(
            &format!("{base}/indicators/{{item}}/values"),
            post(value_record),
        )
        .route(
            &format!("{base}/indicators/{{item}}/values/{{value}}/delete"),
            post(value_delete),
        )
        .merge(delete_routes())
}

/// Each kind of item has its delete confirmation and action, at `…/plan/<kind>/<item>/delete`.
fn delete_routes() -> Router<AppState> {
    KINDS.into_iter().fold(Router::new(), |r, kind| {
        r.route(
            &format!("/partnerships/{{id}}/plan/{kind}/{{item}}/delete"),
            get(move |s: State<AppState>, c: Ctx, p: Path<ItemPath>| delete_form(kind, s, c, p))
                .post(move |s: State<AppState>, c: Ctx, p: Path<ItemPath>| {
                    delete_submit(kind, s, c, p)
                }),
        )
    })
}

/// The kinds of plan items, as they appear in addresses.
const KINDS: [&str; 4] = ["objectives", "activities", "milestones", "indicators"];

fn plan_url(seen: &Seen) -> String {
    format!("/partnerships/{}/plan", seen.id())
}

/// Maps what storage refuses inside a plan change: an item (or objective) of another
/// partnership is not found; a full list or an owner that is no longer a party is a conflict.
fn refused(e: StorageError) -> AppError {
    match e {
        StorageError::NotFound => AppError::NotFound,
        StorageError::Conflict(what) if what.ends_with("limit") => {
            AppError::refused("pt-plan-error-full", "plan_full")
        }
        StorageError::Conflict(_) => {
            AppError::refused("pt-plan-error-owner", "plan_owner_not_party")
        }
        other => other.into(),
    }
}

async fn commit(tx: Tx) -> AppResult<()> {
    tx.commit().await.map_err(StorageError::from)?;
    Ok(())
}

/// A share as the page says it: "45 %".
fn percent_text(c: &Ctx, share: f64) -> String {
    c.l.t1("pt-percent", "value", progress::percent(share))
}

// ---- The plan page -------------------------------------------------------------------------

pub struct ActivityView {
    pub a: Activity,
    pub starts: String,
    pub ends: String,
}

pub struct MilestoneView {
    pub m: Milestone,
    pub due: String,
    pub reached: String,
    pub state: &'static str,
}

pub struct IndicatorView {
    pub i: Indicator,
    pub baseline: String,
    pub target: String,
    pub latest: String,
    pub latest_on: String,
    /// Share of the target reached, as a percentage text, once a value is recorded.
    pub share: Option<String>,
}

/// An objective with what is filed under it; `objective` is `None` for items filed under none.
pub struct Section {
    pub objective: Option<Objective>,
    pub activities: Vec<ActivityView>,
    pub milestones: Vec<MilestoneView>,
    pub indicators: Vec<IndicatorView>,
}

impl Section {
    pub fn is_empty(&self) -> bool {
        self.activities.is_empty() && self.milestones.is_empty() && self.indicators.is_empty()
    }
}

fn activity_view(c: &Ctx, a: Activity) -> ActivityView {
    ActivityView {
        starts: a
            .starts_on
            .as_deref()
            .map(|d| crate::view::day(&c.l, d))
            .unwrap_or_default(),
        ends: a
            .ends_on
            .as_deref()
            .map(|d| crate::view::day(&c.l, d))
            .unwrap_or_default(),
        a,
    }
}

fn milestone_view(c: &Ctx, m: Milestone, today: NaiveDate) -> MilestoneView {
    MilestoneView {
        due: crate::view::day(&c.l, &m.due_on),
        reached: m
            .reached_on
            .as_deref()
            .map(|d| crate::view::day(&c.l, d))
            .unwrap_or_default(),
        state: MilestoneState::of(&m, today).code(),
        m,
    }
}

fn indicator_view(c: &Ctx, i: Indicator) -> IndicatorView {
    IndicatorView {
        baseline: shown_number(&c.l, i.baseline),
        target: shown_number(&c.l, i.target),
        latest: i
            .latest_value
            .map(|v| shown_number(&c.l, v))
            .unwrap_or_default(),
        latest_on: i
            .latest_on
            .as_deref()
            .map(|d| crate::view::day(&c.l, d))
            .unwrap_or_default(),
        share: progress::share_of_target(i.baseline, i.target, i.latest_value)
            .map(|s| percent_text(c, s)),
        i,
    }
}

/// Everything of a plan, read in four queries.
struct Plan {
    objectives: Vec<Objective>,
    activities: Vec<Activity>,
    milestones: Vec<Milestone>,
    indicators: Vec<Indicator>,
}

async fn read_plan(state: &AppState, id: i64) -> AppResult<Plan> {
    let mut activities = store::activities(&state.db, id).await?;
    // The same order on both engines (they sort missing dates differently).
    activities.sort_by(|a, b| {
        (a.starts_on.is_none(), &a.starts_on, a.id).cmp(&(
            b.starts_on.is_none(),
            &b.starts_on,
            b.id,
        ))
    });
    Ok(Plan {
        objectives: store::objectives(&state.db, id).await?,
        activities,
        milestones: store::milestones(&state.db, id).await?,
        indicators: store::indicators(&state.db, id).await?,
    })
}

fn sections(c: &Ctx, plan: Plan, today: NaiveDate) -> Vec<Section> {
    let ids: Vec<i64> = plan.objectives.iter().map(|o| o.id).collect();
    // Items whose objective is gone (or none) are filed under "no objective".
    let key = |oid: Option<i64>| oid.filter(|id| ids.contains(id));
    let mut acts: HashMap<Option<i64>, Vec<ActivityView>> = HashMap::new();
    for a in plan.activities {
        acts.entry(key(a.objective_id))
            .or_default()
            .push(activity_view(c, a));
    }
    let mut mils: HashMap<Option<i64>, Vec<MilestoneView>> = HashMap::new();
    for m in plan.milestones {
        mils.entry(key(m.objective_id))
            .or_default()
            .push(milestone_view(c, m, today));
    }
    let mut inds: HashMap<Option<i64>, Vec<IndicatorView>> = HashMap::new();
    for i in plan.indicators {
        inds.entry(key(i.objective_id))
            .or_default()
            .push(indicator_view(c, i));
    }
    let mut out: Vec<Section> = plan
        .objectives
        .into_iter()
        .map(|o| Section {
            activities: acts.remove(&Some(o.id)).unwrap_or_default(),
            milestones: mils.remove(&Some(o.id)).unwrap_or_default(),
            indicators: inds.remove(&Some(o.id)).unwrap_or_default(),
            objective: Some(o),
        })
        .collect();
    let loose = Section {
        objective: None,
        activities: acts.remove(&None).unwrap_or_default(),
        milestones: mils.remove(&None).unwrap_or_default(),
        indicators: inds.remove(&None).unwrap_or_default(),
    };
    if !loose.is_empty() {
        out.push(loose);
    }
    out
}

#[derive(Template)]
#[template(path = "cooperation/plan_show.html")]
struct PlanPage {
    c: Ctx,
    seen: Seen,
    sections: Vec<Section>,
    may_write: bool,
    objective_count: usize,
}

pub async fn plan(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &id).await?;
    let plan = read_plan(&state, seen.id()).await?;
    let objective_count = plan.objectives.len();
    let sections = sections(&c, plan, access::today());
    Ok(render(&PlanPage {
        may_write: seen.may_write_plan(),
        c,
        seen,
        sections,
        objective_count,
    }))
}

// ---- Shared by the item forms --------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemPath {
    pub id: String,
    pub item: String,
}

/// The objectives an item may be filed under, as options (the empty one is the template's).
async fn objective_choices(
    state: &AppState,
    seen: &Seen,
    selected: &str,
) -> AppResult<(Vec<Choice>, Vec<i64>)> {
    let list = store::objectives(&state.db, seen.id()).await?;
    let ids = list.iter().map(|o| o.id).collect();
    let choices = list
        .into_iter()
        .map(|o| Choice {
            selected: selected.trim() == o.id.to_string(),
            code: o.id.to_string(),
            label: o.title,
        })
        .collect();
    Ok((choices, ids))
}

/// The party organisations, as owners of an activity.
async fn party_choices(
    state: &AppState,
    seen: &Seen,
    selected: &str,
) -> AppResult<(Vec<Choice>, Vec<i64>)> {
    let list = partnership_store::parties(&state.db, seen.id()).await?;
    let ids = list.iter().map(|p| p.org_id).collect();
    let choices = list
        .into_iter()
        .map(|p| Choice {
            selected: selected.trim() == p.org_id.to_string(),
            code: p.org_id.to_string(),
            label: p.org_name,
        })
        .collect();
    Ok((choices, ids))
}

fn status_choices(prefix: &str, statuses: &[&str], selected: &str, c: &Ctx) -> Vec<Choice> {
    statuses
        .iter()
        .map(|s| Choice {
            code: (*s).to_string(),
            label: c.t(&format!("{prefix}-{s}")),
            selected: selected == *s,
        })
        .collect()
}

fn form_status(errors: &FormErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

fn item_id(s: &str) -> AppResult<i64> {
    access::parse_id(s)
}

// ---- Objectives ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/plan_objective_form.html")]
struct ObjectiveFormPage {
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: ObjectiveForm,
    errors: FormErrors,
}

fn objective_page(
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: ObjectiveForm,
    errors: FormErrors,
) -> Response {
    render_status(
        form_status(&errors),
        &ObjectiveFormPage {
            c,
            seen,
            item,
            form,
            errors,
        },
    )
}

pub async fn objective_new(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &id).await?;
    Ok(objective_page(
        c,
        seen,
        None,
        ObjectiveForm::default(),
        FormErrors::new(),
    ))
}

pub async fn objective_create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<ObjectiveForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &id).await?;
    let v = match forms::objective(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(objective_page(c, seen, None, form, e)),
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::add_objective(&mut tx, seen.id(), &v.title, &v.description)
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

pub async fn objective_edit(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let o = store::objectives(&state.db, seen.id())
        .await?
        .into_iter()
        .find(|o| o.id == item)
        .ok_or(AppError::NotFound)?;
    let form = ObjectiveForm {
        title: o.title,
        description: o.description,
    };
    Ok(objective_page(c, seen, Some(item), form, FormErrors::new()))
}

pub async fn objective_update(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<ObjectiveForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let v = match forms::objective(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(objective_page(c, seen, Some(item), form, e)),
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::update_objective(&mut tx, seen.id(), item, &v.title, &v.description)
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    /// `up` or `down`.
    pub direction: String,
}

pub async fn objective_move(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let earlier = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest),
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::move_objective(&mut tx, seen.id(), item, earlier)
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &format!("{}#objective-{item}", plan_url(&seen)),
        "flash-pt-plan-saved",
    ))
}

// ---- Activities ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/plan_activity_form.html")]
struct ActivityFormPage {
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: ActivityForm,
    errors: FormErrors,
    objectives: Vec<Choice>,
    owners: Vec<Choice>,
    statuses: Vec<Choice>,
}

async fn activity_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: ActivityForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let (objectives, _) = objective_choices(state, &seen, &form.objective).await?;
    let (owners, _) = party_choices(state, &seen, &form.owner_org).await?;
    let statuses = status_choices("pt-activity", &store::ACTIVITY_STATUSES, &form.status, &c);
    Ok(render_status(
        form_status(&errors),
        &ActivityFormPage {
            c,
            seen,
            item,
            form,
            errors,
            objectives,
            owners,
            statuses,
        },
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewItemQuery {
    /// The objective to file the new item under.
    pub objective: String,
}

pub async fn activity_new(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    axum_extra::extract::Query(q): axum_extra::extract::Query<NewItemQuery>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &id).await?;
    let form = ActivityForm {
        objective: q.objective,
        status: store::PLANNED.into(),
        ..ActivityForm::default()
    };
    activity_page(&state, c, seen, None, form, FormErrors::new()).await
}

/// Checks an activity against the objectives and parties as they are now.
async fn checked_activity(
    state: &AppState,
    c: &Ctx,
    seen: &Seen,
    form: &ActivityForm,
) -> AppResult<Result<forms::ValidActivity, FormErrors>> {
    let (_, objectives) = objective_choices(state, seen, "").await?;
    let (_, parties) = party_choices(state, seen, "").await?;
    Ok(forms::activity(&c.l, form, &objectives, &parties))
}

fn activity_fields(v: &forms::ValidActivity) -> ActivityFields<'_> {
    ActivityFields {
        objective_id: v.objective_id,
        title: &v.title,
        owner_org_id: v.owner_org_id,
        owner_name: &v.owner_name,
        starts_on: v.starts_on.as_deref(),
        ends_on: v.ends_on.as_deref(),
        status: v.status,
    }
}

pub async fn activity_create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<ActivityForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &id).await?;
    let v = match checked_activity(&state, &c, &seen, &form).await? {
        Ok(v) => v,
        Err(e) => return activity_page(&state, c, seen, None, form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::add_activity(&mut tx, seen.id(), &activity_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

pub async fn activity_edit(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let a = store::activity(&state.db, seen.id(), item).await?;
    let form = ActivityForm {
        objective: a.objective_id.map(|o| o.to_string()).unwrap_or_default(),
        title: a.title,
        owner_org: a.owner_org_id.map(|o| o.to_string()).unwrap_or_default(),
        owner_name: a.owner_name,
        starts_on: a.starts_on.unwrap_or_default(),
        ends_on: a.ends_on.unwrap_or_default(),
        status: a.status,
    };
    activity_page(&state, c, seen, Some(item), form, FormErrors::new()).await
}

pub async fn activity_update(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<ActivityForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let v = match checked_activity(&state, &c, &seen, &form).await? {
        Ok(v) => v,
        Err(e) => return activity_page(&state, c, seen, Some(item), form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::update_activity(&mut tx, seen.id(), item, &activity_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

// ---- Milestones ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/plan_milestone_form.html")]
struct MilestoneFormPage {
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: MilestoneForm,
    errors: FormErrors,
    objectives: Vec<Choice>,
    statuses: Vec<Choice>,
}

async fn milestone_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: MilestoneForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let (objectives, _) = objective_choices(state, &seen, &form.objective).await?;
    let statuses = status_choices(
        "pt-milestone-status",
        &store::MILESTONE_STATUSES,
        &form.status,
        &c,
    );
    Ok(render_status(
        form_status(&errors),
        &MilestoneFormPage {
            c,
            seen,
            item,
            form,
            errors,
            objectives,
            statuses,
        },
    ))
}

pub async fn milestone_new(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    axum_extra::extract::Query(q): axum_extra::extract::Query<NewItemQuery>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &id).await?;
    let form = MilestoneForm {
        objective: q.objective,
        status: store::PLANNED.into(),
        ..MilestoneForm::default()
    };
    milestone_page(&state, c, seen, None, form, FormErrors::new()).await
}

fn milestone_fields(v: &forms::ValidMilestone) -> MilestoneFields<'_> {
    MilestoneFields {
        objective_id: v.objective_id,
        title: &v.title,
        due_on: &v.due_on,
        status: v.status,
        reached_on: v.reached_on.as_deref(),
    }
}

pub async fn milestone_create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<MilestoneForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &id).await?;
    let (_, objectives) = objective_choices(&state, &seen, "").await?;
    let v = match forms::milestone(&c.l, &form, &objectives, access::today()) {
        Ok(v) => v,
        Err(e) => return milestone_page(&state, c, seen, None, form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::add_milestone(&mut tx, seen.id(), &milestone_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

pub async fn milestone_edit(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let m = store::milestone(&state.db, seen.id(), item).await?;
    let form = MilestoneForm {
        objective: m.objective_id.map(|o| o.to_string()).unwrap_or_default(),
        title: m.title,
        due_on: m.due_on,
        status: m.status,
        reached_on: m.reached_on.unwrap_or_default(),
    };
    milestone_page(&state, c, seen, Some(item), form, FormErrors::new()).await
}

pub async fn milestone_update(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<MilestoneForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let (_, objectives) = objective_choices(&state, &seen, "").await?;
    let v = match forms::milestone(&c.l, &form, &objectives, access::today()) {
        Ok(v) => v,
        Err(e) => return milestone_page(&state, c, seen, Some(item), form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::update_milestone(&mut tx, seen.id(), item, &milestone_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(&plan_url(&seen), "flash-pt-plan-saved"))
}

// ---- Indicators ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/plan_indicator_form.html")]
struct IndicatorFormPage {
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: IndicatorForm,
    errors: FormErrors,
    objectives: Vec<Choice>,
}

async fn indicator_form_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    item: Option<i64>,
    form: IndicatorForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let (objectives, _) = objective_choices(state, &seen, &form.objective).await?;
    Ok(render_status(
        form_status(&errors),
        &IndicatorFormPage {
            c,
            seen,
            item,
            form,
            errors,
            objectives,
        },
    ))
}

pub async fn indicator_new(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    axum_extra::extract::Query(q): axum_extra::extract::Query<NewItemQuery>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &id).await?;
    let form = IndicatorForm {
        objective: q.objective,
        baseline: "0".into(),
        ..IndicatorForm::default()
    };
    indicator_form_page(&state, c, seen, None, form, FormErrors::new()).await
}

fn indicator_fields(v: &forms::ValidIndicator) -> IndicatorFields<'_> {
    IndicatorFields {
        objective_id: v.objective_id,
        name: &v.name,
        unit: &v.unit,
        baseline: v.baseline,
        target: v.target,
    }
}

pub async fn indicator_create(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<IndicatorForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &id).await?;
    let (_, objectives) = objective_choices(&state, &seen, "").await?;
    let v = match forms::indicator(&c.l, &form, &objectives) {
        Ok(v) => v,
        Err(e) => return indicator_form_page(&state, c, seen, None, form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    let item = store::add_indicator(&mut tx, seen.id(), &indicator_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &format!("{}/indicators/{item}", plan_url(&seen)),
        "flash-pt-plan-saved",
    ))
}

pub async fn indicator_edit(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let i = store::indicator(&state.db, seen.id(), item).await?;
    let form = IndicatorForm {
        objective: i.objective_id.map(|o| o.to_string()).unwrap_or_default(),
        name: i.name,
        unit: i.unit,
        baseline: plain_number(i.baseline),
        target: plain_number(i.target),
    };
    indicator_form_page(&state, c, seen, Some(item), form, FormErrors::new()).await
}

pub async fn indicator_update(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<IndicatorForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let (_, objectives) = objective_choices(&state, &seen, "").await?;
    let v = match forms::indicator(&c.l, &form, &objectives) {
        Ok(v) => v,
        Err(e) => return indicator_form_page(&state, c, seen, Some(item), form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::update_indicator(&mut tx, seen.id(), item, &indicator_fields(&v))
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &format!("{}/indicators/{item}", plan_url(&seen)),
        "flash-pt-plan-saved",
    ))
}

// ---- An indicator's values -----------------------------------------------------------------

pub struct ValueView {
    pub v: IndicatorValue,
    pub on: String,
    pub value: String,
}

fn value_views(c: &Ctx, values: Vec<IndicatorValue>) -> Vec<ValueView> {
    values
        .into_iter()
        .map(|v| ValueView {
            on: crate::view::day(&c.l, &v.measured_on),
            value: shown_number(&c.l, v.value),
            v,
        })
        .collect()
}

/// An indicator's chart over the partnership's period.
fn chart(c: &Ctx, seen: &Seen, i: &Indicator, values: &[IndicatorValue]) -> ProgressChart {
    let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let today = access::today();
    let period = (
        parse(&seen.p.starts_on).unwrap_or(today),
        parse(&seen.p.ends_on).unwrap_or(today),
    );
    let title = if i.unit.is_empty() {
        i.name.clone()
    } else {
        format!("{} ({})", i.name, i.unit)
    };
    let l = c.l.clone();
    ProgressChart::new(
        title,
        (c.t("pt-chart-measured"), c.t("pt-chart-target")),
        &progress::dated(values),
        i.target,
        period,
        &move |v| shown_number(&l, v),
    )
}

#[derive(Template)]
#[template(path = "cooperation/plan_indicator.html")]
struct IndicatorPage {
    c: Ctx,
    seen: Seen,
    i: IndicatorView,
    values: Vec<ValueView>,
    chart: ProgressChart,
    may_write: bool,
    form: ValueForm,
    errors: FormErrors,
}

async fn indicator_view_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    item: i64,
    form: ValueForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let i = store::indicator(&state.db, seen.id(), item).await?;
    let values = store::values(&state.db, seen.id(), item).await?;
    let chart = chart(&c, &seen, &i, &values);
    Ok(render_status(
        form_status(&errors),
        &IndicatorPage {
            may_write: seen.may_write_plan(),
            i: indicator_view(&c, i),
            values: value_views(&c, values),
            chart,
            c,
            seen,
            form,
            errors,
        },
    ))
}

pub async fn indicator_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let form = ValueForm {
        measured_on: access::today().to_string(),
        ..ValueForm::default()
    };
    indicator_view_page(&state, c, seen, item, form, FormErrors::new()).await
}

pub async fn value_record(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
    Form(form): Form<ValueForm>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let v = match forms::value(&c.l, &form, access::today()) {
        Ok(v) => v,
        Err(e) => return indicator_view_page(&state, c, seen, item, form, e).await,
    };
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::record_value(
        &mut tx,
        seen.id(),
        item,
        &v.measured_on,
        v.value,
        &v.note,
        user_id,
    )
    .await
    .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &format!("{}/indicators/{item}", plan_url(&seen)),
        "flash-pt-value-recorded",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ValuePath {
    pub id: String,
    pub item: String,
    pub value: String,
}

pub async fn value_delete(
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ValuePath>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let value = item_id(&p.value)?;
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    store::delete_value(&mut tx, seen.id(), item, value)
        .await
        .map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &format!("{}/indicators/{item}", plan_url(&seen)),
        "flash-pt-value-deleted",
    ))
}

// ---- Deleting an item ----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/plan_delete.html")]
struct DeletePage {
    c: Ctx,
    seen: Seen,
    kind: &'static str,
    item: i64,
    title: String,
}

/// The title of the item of `kind` (404 when the partnership has no such item).
async fn item_title(state: &AppState, seen: &Seen, kind: &str, item: i64) -> AppResult<String> {
    let title = match kind {
        "objectives" => store::objectives(&state.db, seen.id())
            .await?
            .into_iter()
            .find(|o| o.id == item)
            .map(|o| o.title)
            .ok_or(AppError::NotFound)?,
        "activities" => store::activity(&state.db, seen.id(), item).await?.title,
        "milestones" => store::milestone(&state.db, seen.id(), item).await?.title,
        _ => store::indicator(&state.db, seen.id(), item).await?.name,
    };
    Ok(title)
}

async fn delete_form(
    kind: &'static str,
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (_, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let title = item_title(&state, &seen, kind, item).await?;
    Ok(render(&DeletePage {
        c,
        seen,
        kind,
        item,
        title,
    }))
}

async fn delete_submit(
    kind: &'static str,
    State(state): State<AppState>,
    c: Ctx,
    Path(p): Path<ItemPath>,
) -> AppResult<Response> {
    let (user_id, seen) = access::for_plan_change(&state, &c, &p.id).await?;
    let item = item_id(&p.item)?;
    let mut tx = access::begin_plan_change(&state, seen.id(), user_id).await?;
    let done = match kind {
        "objectives" => store::delete_objective(&mut tx, seen.id(), item).await,
        "activities" => store::delete_activity(&mut tx, seen.id(), item).await,
        "milestones" => store::delete_milestone(&mut tx, seen.id(), item).await,
        _ => store::delete_indicator(&mut tx, seen.id(), item).await,
    };
    done.map_err(refused)?;
    commit(tx).await?;
    Ok(redirect_with_flash(
        &plan_url(&seen),
        "flash-pt-plan-deleted",
    ))
}

// ---- Progress ------------------------------------------------------------------------------

/// One indicator on the progress page: its figures, chart and values.
pub struct IndicatorProgress {
    pub i: IndicatorView,
    pub chart: ProgressChart,
    pub values: Vec<ValueView>,
}

#[derive(Template)]
#[template(path = "cooperation/progress.html")]
struct ProgressPage {
    c: Ctx,
    seen: Seen,
    /// The overall completion as a percentage text, and the sentence explaining it.
    overall: Option<String>,
    explained: Vec<String>,
    /// Activities by status: (status, count), every status listed.
    activity_counts: Vec<(&'static str, i64)>,
    activity_total: usize,
    milestones: Vec<MilestoneView>,
    /// Milestones by where they stand: (state, count), only states that occur.
    milestone_counts: Vec<(&'static str, i64)>,
    indicators: Vec<IndicatorProgress>,
}

pub async fn progress_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &id).await?;
    let plan = read_plan(&state, seen.id()).await?;
    let values = store::all_values(&state.db, seen.id()).await?;
    let today = access::today();
    let completion = Completion::of(&plan.activities, &plan.milestones, &plan.indicators);
    let overall = completion.overall().map(|s| percent_text(&c, s));
    let mut explained = Vec::new();
    if let Some(p) = &completion.milestones {
        explained.push(c.l.t2("pt-completion-milestones", "done", p.done, "of", p.of));
    }
    if let Some(p) = &completion.activities {
        explained.push(c.l.t2("pt-completion-activities", "done", p.done, "of", p.of));
    }
    if let Some(p) = &completion.indicators {
        explained.push(c.l.t1(
            "pt-completion-indicators",
            "share",
            percent_text(&c, p.share),
        ));
    }
    let activity_counts = store::ACTIVITY_STATUSES
        .into_iter()
        .map(|s| {
            (
                s,
                plan.activities.iter().filter(|a| a.status == s).count() as i64,
            )
        })
        .collect();
    let milestones: Vec<MilestoneView> = plan
        .milestones
        .into_iter()
        .map(|m| milestone_view(&c, m, today))
        .collect();
    let milestone_counts = ["on-time", "late", "missed", "overdue", "upcoming"]
        .into_iter()
        .map(|s| (s, milestones.iter().filter(|m| m.state == s).count() as i64))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut by_indicator: HashMap<i64, Vec<IndicatorValue>> = HashMap::new();
    for v in values {
        by_indicator.entry(v.indicator_id).or_default().push(v);
    }
    let indicators = plan
        .indicators
        .into_iter()
        .map(|i| {
            let values = by_indicator.remove(&i.id).unwrap_or_default();
            IndicatorProgress {
                chart: chart(&c, &seen, &i, &values),
                values: value_views(&c, values),
                i: indicator_view(&c, i),
            }
        })
        .collect();
    Ok(render(&ProgressPage {
        activity_total: plan.activities.len(),
        overall,
        explained,
        activity_counts,
        milestones,
        milestone_counts,
        indicators,
        c,
        seen,
    }))
}
