//! The scenario workshop of the Communication section: a structured space where a VET community
//! thinks about possible futures. Members propose drivers of change and rate them on impact and
//! uncertainty (shown on a chart drawn on the server); the facilitator picks two drivers as the
//! axes, which opens four scenarios written together; members then list the policy choices and
//! decisions of today that lead towards or away from each scenario and rate them on plausibility
//! and desirability. The results can be exported as a printable report or as Markdown.
//!
//! A workshop belongs to a community and is visible exactly when its community is: every load
//! goes through [`workshops::visible`] with the reader, so a private community's workshop is a
//! 404 to outsiders. Every change is checked here, on the server: verified members write, only
//! the facilitator (or site staff) sets the axes and closes, and nothing in a closed workshop
//! changes.

mod chart;
mod forms;
mod report;
mod scenario;
mod show;
mod summary;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::Language;
use bottega_i18n::Localizer;
use bottega_storage::communication::communities::{self, Community};
use bottega_storage::communication::workshops::{self, NewWorkshop, Workshop};
use bottega_storage::StorageError;
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, render, render_status, Choice, FormErrors, Paging};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/workshops", get(list))
        .route("/workshops/new", get(new_form).post(new_submit))
        .route("/workshops/{id}", get(show::page))
        .route("/workshops/{id}/drivers", post(show::add_driver))
        .route(
            "/workshops/{id}/drivers/{driver}/rating",
            post(show::rate_driver),
        )
        .route("/workshops/{id}/axes", post(show::set_axes))
        .route("/workshops/{id}/phase", post(show::change_phase))
        .route(
            "/workshops/{id}/scenarios/{quadrant}/edit",
            get(scenario::edit_form).post(scenario::edit_submit),
        )
        .route(
            "/workshops/{id}/scenarios/{quadrant}/history",
            get(scenario::history),
        )
        .route(
            "/workshops/{id}/scenarios/{quadrant}/choices",
            post(show::add_choice),
        )
        .route(
            "/workshops/{id}/choices/{choice}/rating",
            post(show::rate_choice),
        )
        .route("/workshops/{id}/report", get(report::html))
        .route("/workshops/{id}/report.md", get(report::markdown))
}

/// The phases of a workshop, as stored.
pub const DRIVERS: &str = "drivers";
pub const SCENARIOS: &str = "scenarios";
pub const CLOSED: &str = "closed";

/// An id from the address; anything that is not one is a page that does not exist.
fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// A quadrant from the address: 1 to 4.
fn parse_quadrant(s: &str) -> AppResult<i32> {
    s.parse::<i32>()
        .ok()
        .filter(|q| (1..=4).contains(q))
        .ok_or(AppError::NotFound)
}

/// The workshop, if this reader may see it (its community is visible to them); 404 otherwise.
async fn visible_workshop(state: &AppState, c: &Ctx, id: &str) -> AppResult<Workshop> {
    let id = parse_id(id)?;
    workshops::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The facilitator and site staff (administrators, moderators) lead a workshop.
fn can_facilitate(c: &Ctx, w: &Workshop) -> bool {
    c.is_staff()
        || c.user
            .as_ref()
            .is_some_and(|u| Some(u.user_id) == w.facilitator_id)
}

/// Whether the reader may take part (propose, rate, write): a verified member, in an open workshop.
fn can_take_part(c: &Ctx, w: &Workshop) -> bool {
    w.phase != CLOSED
        && c.user
            .as_ref()
            .is_some_and(|u| u.email_verified_at.is_some())
}

/// The workshop for a change by a verified member who may see it, in `phase`. A closed
/// workshop, or a change that belongs to another phase, is refused with an explanation.
async fn for_change(
    state: &AppState,
    c: &Ctx,
    id: &str,
    phase: &str,
) -> AppResult<(i64, Workshop)> {
    let user_id = c.require_verified()?.user_id;
    let w = visible_workshop(state, c, id).await?;
    if w.phase == CLOSED {
        return Err(AppError::refused(
            "workshop-error-closed",
            "workshop_closed",
        ));
    }
    if w.phase != phase {
        return Err(AppError::refused(
            "workshop-error-wrong-phase",
            "workshop_wrong_phase",
        ));
    }
    Ok((user_id, w))
}

/// An average with one decimal, written with this language's decimal separator.
pub fn decimal(l: &Localizer, v: f64) -> String {
    format!("{v:.1}").replace('.', &l.t("number-decimal-separator"))
}

/// An optional average, or a dash when nobody rated yet.
pub fn average(l: &Localizer, v: Option<f64>) -> String {
    match v {
        Some(v) => decimal(l, v),
        None => "–".to_string(),
    }
}

/// The name of a phase.
pub fn phase_name(l: &Localizer, phase: &str) -> String {
    match phase {
        DRIVERS => l.t("workshop-phase-drivers"),
        SCENARIOS => l.t("workshop-phase-scenarios"),
        _ => l.t("workshop-phase-closed"),
    }
}

/// Emits a change made by staff on someone else's workshop to the audit log.
async fn audit_if_staff(
    tx: &mut bottega_storage::Conn,
    c: &Ctx,
    w: &Workshop,
    action: &str,
) -> AppResult<()> {
    if let Some(u) = &c.user {
        if Some(u.user_id) != w.facilitator_id {
            bottega_storage::audit::record(
                tx,
                Some(u.user_id),
                action,
                "workshop",
                Some(w.id),
                &w.title,
            )
            .await?;
        }
    }
    Ok(())
}

// ---- The list ----------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub phase: String,
    pub community: String,
    /// Read leniently: a page that is not a number is the first.
    pub page: String,
}

pub struct Card {
    pub w: Workshop,
    pub phase: String,
}

#[derive(Template)]
#[template(path = "workshops/list.html")]
struct ListPage {
    c: Ctx,
    cards: Vec<Card>,
    paging: Paging,
    phases: Vec<Choice>,
    communities: Vec<Choice>,
    filtered: bool,
}

async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let reader = c.reader();
    let visible_communities = communities::list(&state.db, &reader).await?;
    let community = q
        .community
        .parse::<i64>()
        .ok()
        .filter(|id| visible_communities.iter().any(|vc| vc.id == *id));
    let phase = [DRIVERS, SCENARIOS, CLOSED]
        .into_iter()
        .find(|p| *p == q.phase);
    let all = workshops::list(&state.db, &reader, community).await?;
    let matching: Vec<Workshop> = all
        .into_iter()
        .filter(|w| phase.is_none_or(|p| w.phase == p))
        .collect();
    let page = q.page.trim().parse::<i64>().unwrap_or(1).max(1);
    let base = crate::view::query_string(&[("phase", &q.phase), ("community", &q.community)]);
    let paging = Paging::new(page, matching.len() as i64, base);
    let cards = matching
        .into_iter()
        .skip(Paging::offset(paging.page) as usize)
        .take(Paging::PER_PAGE as usize)
        .map(|w| Card {
            phase: phase_name(&c.l, &w.phase),
            w,
        })
        .collect();
    let phases = [DRIVERS, SCENARIOS, CLOSED]
        .into_iter()
        .map(|p| Choice {
            code: p.to_string(),
            label: phase_name(&c.l, p),
            selected: phase == Some(p),
        })
        .collect();
    let communities = community_choices(&visible_communities, community);
    Ok(render(&ListPage {
        filtered: phase.is_some() || community.is_some(),
        c,
        cards,
        paging,
        phases,
        communities,
    }))
}

fn community_choices(list: &[Community], selected: Option<i64>) -> Vec<Choice> {
    list.iter()
        .map(|vc| Choice {
            code: vc.id.to_string(),
            label: vc.name.clone(),
            selected: Some(vc.id) == selected,
        })
        .collect()
}

// ---- Starting a workshop -----------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WorkshopForm {
    pub title: String,
    pub focal_question: String,
    pub horizon_year: String,
    pub lang: String,
    pub community: String,
}

#[derive(Template)]
#[template(path = "workshops/new.html")]
struct NewPage {
    c: Ctx,
    form: WorkshopForm,
    errors: FormErrors,
    communities: Vec<Choice>,
    languages: Vec<Choice>,
    min_year: i32,
    max_year: i32,
}

async fn new_page(
    state: &AppState,
    c: Ctx,
    form: WorkshopForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let visible = communities::list(&state.db, &c.reader()).await?;
    let selected = form.community.trim().parse::<i64>().ok();
    let lang: Vec<Language> = Language::parse(form.lang.trim()).into_iter().collect();
    let (min_year, max_year) = forms::horizon_range(forms::this_year());
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &NewPage {
            communities: community_choices(&visible, selected),
            languages: language_options(&lang),
            c,
            form,
            errors,
            min_year,
            max_year,
        },
    ))
}

async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<WorkshopForm>,
) -> AppResult<Response> {
    c.require_verified()?;
    // Content is written in the interface language unless the person says otherwise; a link
    // from a community page may name the community.
    let form = WorkshopForm {
        lang: c.l.lang().to_string(),
        community: q.community,
        horizon_year: (forms::this_year() + 10).to_string(),
        ..WorkshopForm::default()
    };
    new_page(&state, c, form, FormErrors::new()).await
}

async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<WorkshopForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let visible = communities::list(&state.db, &c.reader()).await?;
    let valid = match forms::workshop(&c.l, &form, &visible, forms::this_year()) {
        Ok(v) => v,
        Err(e) => return new_page(&state, c, form, e).await,
    };
    let mut tx = state.db.begin().await?;
    let id = workshops::create(
        &mut tx,
        &NewWorkshop {
            community_id: valid.community_id,
            title: &valid.title,
            focal_question: &valid.focal_question,
            horizon_year: valid.horizon_year,
            lang: valid.lang,
            facilitator_id: user_id,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/workshops/{id}"),
        "flash-workshop-created",
    ))
}
