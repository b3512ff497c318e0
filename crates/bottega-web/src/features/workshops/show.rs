//! The workshop page, by phase, and the changes made from it: proposing and rating drivers,
//! setting the axes, adding and rating policy choices, closing and reopening.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::Language;
use bottega_i18n::Localizer;
use bottega_storage::communication::workshops::{
    self, Axes, Choice as PolicyChoice, Driver, Scenario, Workshop,
};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::chart::{self, ChartPoint};
use super::forms::{self, AxesForm, ChoiceForm, ChoiceRatingForm, DriverForm, DriverRatingForm};
use super::summary::{self, HIGH};
use super::{
    audit_if_staff, average, can_facilitate, can_take_part, for_change, parse_id, parse_quadrant,
    phase_name, visible_workshop, CLOSED, DRIVERS, SCENARIOS,
};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render_status, Choice, FormErrors};

// ---- What the page shows -----------------------------------------------------------------

/// One option of a rating (1 to 5).
pub struct RatingOption {
    pub value: i32,
    pub label: String,
    pub selected: bool,
}

/// A rating select box, with its element id (unique on the page) and its problem, if any.
pub struct RatingSelect {
    pub id: String,
    pub name: &'static str,
    pub label: String,
    pub options: Vec<RatingOption>,
    pub error: Option<String>,
}

/// The labels of the five options, made once per page.
struct RatingLabels(Vec<String>);

impl RatingLabels {
    fn new(l: &Localizer) -> RatingLabels {
        RatingLabels(
            (1..=5)
                .map(|n| l.t1("workshop-rating-option", "n", n))
                .collect(),
        )
    }

    fn select(
        &self,
        id: String,
        name: &'static str,
        label: String,
        selected: Option<i32>,
        error: Option<String>,
    ) -> RatingSelect {
        RatingSelect {
            id,
            name,
            label,
            options: self
                .0
                .iter()
                .zip(1..)
                .map(|(label, value)| RatingOption {
                    value,
                    label: label.clone(),
                    selected: selected == Some(value),
                })
                .collect(),
            error,
        }
    }
}

/// A rating kept from a refused form, if it is one that can be shown selected.
fn kept_rating(value: &str) -> Option<i32> {
    value
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (1..=5).contains(n))
}

pub struct DriverView {
    pub number: usize,
    pub d: Driver,
    pub kind: String,
    pub impact: String,
    pub uncertainty: String,
    pub critical: bool,
    /// Whether the driver is the horizontal or the vertical axis.
    pub axis_x: bool,
    pub axis_y: bool,
    pub impact_sel: RatingSelect,
    pub uncertainty_sel: RatingSelect,
}

impl DriverView {
    pub fn rated_by_me(&self) -> bool {
        self.d.my_impact.is_some()
    }
}

pub struct ChoiceView {
    pub ch: PolicyChoice,
    pub direction: String,
    pub plausibility: String,
    pub desirability: String,
    pub promising: bool,
    pub plausibility_sel: RatingSelect,
    pub desirability_sel: RatingSelect,
}

impl ChoiceView {
    pub fn rated_by_me(&self) -> bool {
        self.ch.my_plausibility.is_some()
    }
}

/// The add-a-choice form of one scenario; the one that was refused keeps its input and takes
/// the plain field ids the problem summary links to.
pub struct ChoiceAdd {
    pub text_id: String,
    pub direction_id: String,
    pub text: String,
    pub direction: String,
    pub text_error: Option<String>,
    pub direction_error: Option<String>,
}

pub struct ScenarioView {
    pub s: Scenario,
    /// The scenario's name, or "Scenario N" while it has none.
    pub title: String,
    pub x_pole: String,
    pub y_pole: String,
    pub choices: Vec<ChoiceView>,
    pub ratings: i64,
    pub plausibility: String,
    pub desirability: String,
    pub updated: String,
    pub add: ChoiceAdd,
}

pub struct Highlight {
    pub quadrant: i32,
    pub title: String,
    pub value: String,
}

pub struct PromisingView {
    pub quadrant: i32,
    pub scenario: String,
    pub text: String,
    pub direction: String,
    pub plausibility: String,
    pub desirability: String,
}

pub struct SummaryView {
    pub most_desirable: Option<Highlight>,
    pub most_plausible: Option<Highlight>,
    pub promising: Vec<PromisingView>,
    pub any_rating: bool,
}

/// Input of a refused form, to show again.
#[derive(Default)]
pub struct Kept {
    pub driver: DriverForm,
    pub driver_rating: Option<(i64, DriverRatingForm)>,
    pub axes: Option<AxesForm>,
    pub choice: Option<(i32, ChoiceForm)>,
    pub choice_rating: Option<(i64, ChoiceRatingForm)>,
}

/// Everything the workshop page and the report show, worked out from storage.
pub struct Views {
    pub drivers: Vec<DriverView>,
    pub chart: String,
    pub rated: usize,
    pub critical: usize,
    pub scenarios: Vec<ScenarioView>,
    pub summary: SummaryView,
    pub axis_x: String,
    pub axis_y: String,
}

/// Loads a workshop's drivers, scenarios and choices as `reader_id` sees them (their own
/// ratings included) and prepares them for a page.
pub async fn views(
    state: &AppState,
    c: &Ctx,
    w: &Workshop,
    kept: &Kept,
    errors: &FormErrors,
) -> AppResult<Views> {
    let reader_id = c.user.as_ref().map(|u| u.user_id).unwrap_or(0);
    let drivers = workshops::drivers(&state.db, w.id, reader_id).await?;
    let scenarios = workshops::scenarios(&state.db, w.id).await?;
    let choices = workshops::choices(&state.db, w.id, reader_id).await?;
    Ok(build(&c.l, w, drivers, scenarios, choices, kept, errors))
}

pub fn build(
    l: &Localizer,
    w: &Workshop,
    drivers: Vec<Driver>,
    scenarios: Vec<Scenario>,
    choices: Vec<PolicyChoice>,
    kept: &Kept,
    errors: &FormErrors,
) -> Views {
    let labels = RatingLabels::new(l);
    let label_impact = l.t("workshop-label-impact");
    let label_uncertainty = l.t("workshop-label-uncertainty");
    let error = |f: &str| errors.get(f).map(str::to_string);

    let mut points = Vec::new();
    let drivers: Vec<DriverView> = drivers
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let number = i + 1;
            let critical = match (d.impact, d.uncertainty) {
                (Some(im), Some(un)) => {
                    points.push(ChartPoint {
                        number,
                        title: d.title.clone(),
                        impact: im,
                        uncertainty: un,
                    });
                    chart::is_critical(im, un)
                }
                _ => false,
            };
            let refused = kept
                .driver_rating
                .as_ref()
                .filter(|(id, _)| *id == d.id)
                .map(|(_, f)| f);
            let (impact_sel, uncertainty_sel) = match refused {
                Some(f) => (
                    labels.select(
                        "f-impact".into(),
                        "impact",
                        label_impact.clone(),
                        kept_rating(&f.impact),
                        error("impact"),
                    ),
                    labels.select(
                        "f-uncertainty".into(),
                        "uncertainty",
                        label_uncertainty.clone(),
                        kept_rating(&f.uncertainty),
                        error("uncertainty"),
                    ),
                ),
                None => (
                    labels.select(
                        format!("f-impact-{}", d.id),
                        "impact",
                        label_impact.clone(),
                        d.my_impact,
                        None,
                    ),
                    labels.select(
                        format!("f-uncertainty-{}", d.id),
                        "uncertainty",
                        label_uncertainty.clone(),
                        d.my_uncertainty,
                        None,
                    ),
                ),
            };
            DriverView {
                number,
                kind: kind_name(l, &d.kind),
                impact: average(l, d.impact),
                uncertainty: average(l, d.uncertainty),
                critical,
                axis_x: w.axis_x_driver == Some(d.id),
                axis_y: w.axis_y_driver == Some(d.id),
                impact_sel,
                uncertainty_sel,
                d,
            }
        })
        .collect();
    let chart = chart::draw(l, &points);
    let critical = points
        .iter()
        .filter(|p| chart::is_critical(p.impact, p.uncertainty))
        .count();
    let axis_title = |id: Option<i64>| {
        drivers
            .iter()
            .find(|d| Some(d.d.id) == id)
            .map(|d| d.d.title.clone())
            .unwrap_or_default()
    };
    let axis_x = axis_title(w.axis_x_driver);
    let axis_y = axis_title(w.axis_y_driver);

    let sum = summary::summarize(&scenarios, &choices);
    let label_plausibility = l.t("workshop-label-plausibility");
    let label_desirability = l.t("workshop-label-desirability");
    let titles: Vec<(i32, String)> = scenarios
        .iter()
        .map(|s| (s.quadrant, scenario_title(l, s)))
        .collect();
    let title_of = |q: i32| {
        titles
            .iter()
            .find(|(x, _)| *x == q)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let scenarios: Vec<ScenarioView> = scenarios
        .into_iter()
        .map(|s| {
            let q = s.quadrant;
            let (x_pole, y_pole) = poles(w, q);
            let result = sum.result(q);
            let choices = result
                .map(|r| r.choices.clone())
                .unwrap_or_default()
                .into_iter()
                .map(|ch| {
                    let refused = kept
                        .choice_rating
                        .as_ref()
                        .filter(|(id, _)| *id == ch.id)
                        .map(|(_, f)| f);
                    let (plausibility_sel, desirability_sel) = match refused {
                        Some(f) => (
                            labels.select(
                                "f-plausibility".into(),
                                "plausibility",
                                label_plausibility.clone(),
                                kept_rating(&f.plausibility),
                                error("plausibility"),
                            ),
                            labels.select(
                                "f-desirability".into(),
                                "desirability",
                                label_desirability.clone(),
                                kept_rating(&f.desirability),
                                error("desirability"),
                            ),
                        ),
                        None => (
                            labels.select(
                                format!("f-plausibility-{}", ch.id),
                                "plausibility",
                                label_plausibility.clone(),
                                ch.my_plausibility,
                                None,
                            ),
                            labels.select(
                                format!("f-desirability-{}", ch.id),
                                "desirability",
                                label_desirability.clone(),
                                ch.my_desirability,
                                None,
                            ),
                        ),
                    };
                    ChoiceView {
                        direction: direction_name(l, &ch.direction),
                        plausibility: average(l, ch.plausibility),
                        desirability: average(l, ch.desirability),
                        promising: ch.plausibility.is_some_and(|p| p >= HIGH)
                            && ch.desirability.is_some_and(|d| d >= HIGH),
                        plausibility_sel,
                        desirability_sel,
                        ch,
                    }
                })
                .collect();
            let add = match kept.choice.as_ref().filter(|(kq, _)| *kq == q) {
                Some((_, f)) => ChoiceAdd {
                    text_id: "f-text".into(),
                    direction_id: "f-direction".into(),
                    text: f.text.clone(),
                    direction: f.direction.clone(),
                    text_error: error("text"),
                    direction_error: error("direction"),
                },
                None => ChoiceAdd {
                    text_id: format!("f-text-{q}"),
                    direction_id: format!("f-direction-{q}"),
                    text: String::new(),
                    direction: String::new(),
                    text_error: None,
                    direction_error: None,
                },
            };
            ScenarioView {
                title: title_of(q),
                x_pole,
                y_pole,
                choices,
                ratings: result.map(|r| r.ratings).unwrap_or(0),
                plausibility: average(l, result.and_then(|r| r.plausibility)),
                desirability: average(l, result.and_then(|r| r.desirability)),
                updated: if s.revision > 0 {
                    l.date(s.updated_at)
                } else {
                    String::new()
                },
                add,
                s,
            }
        })
        .collect();

    let highlight = |q: Option<i32>, pick: fn(&summary::ScenarioResult) -> Option<f64>| {
        q.map(|q| Highlight {
            quadrant: q,
            title: title_of(q),
            value: average(l, sum.result(q).and_then(pick)),
        })
    };
    let summary = SummaryView {
        most_desirable: highlight(sum.most_desirable, |r| r.desirability),
        most_plausible: highlight(sum.most_plausible, |r| r.plausibility),
        promising: sum
            .promising
            .iter()
            .map(|(q, ch)| PromisingView {
                quadrant: *q,
                scenario: title_of(*q),
                text: ch.text.clone(),
                direction: direction_name(l, &ch.direction),
                plausibility: average(l, ch.plausibility),
                desirability: average(l, ch.desirability),
            })
            .collect(),
        any_rating: sum.results.iter().any(|r| r.ratings > 0),
    };
    Views {
        rated: points.len(),
        drivers,
        chart,
        critical,
        scenarios,
        summary,
        axis_x,
        axis_y,
    }
}

pub fn kind_name(l: &Localizer, kind: &str) -> String {
    if kind == "trend" {
        l.t("workshop-kind-trend")
    } else {
        l.t("workshop-kind-uncertainty")
    }
}

pub fn direction_name(l: &Localizer, direction: &str) -> String {
    if direction == "away" {
        l.t("workshop-direction-away")
    } else {
        l.t("workshop-direction-towards")
    }
}

pub fn scenario_title(l: &Localizer, s: &Scenario) -> String {
    if s.name.is_empty() {
        l.t1("workshop-scenario-unnamed", "quadrant", s.quadrant)
    } else {
        s.name.clone()
    }
}

/// The poles of a quadrant: 1 is x high and y high, 2 x low and y high, 3 x low and y low,
/// 4 x high and y low.
pub fn poles(w: &Workshop, quadrant: i32) -> (String, String) {
    let x = if quadrant == 1 || quadrant == 4 {
        &w.x_high
    } else {
        &w.x_low
    };
    let y = if quadrant <= 2 { &w.y_high } else { &w.y_low };
    (x.clone(), y.clone())
}

// ---- The page ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "workshops/show.html")]
struct ShowPage {
    c: Ctx,
    w: Workshop,
    phase: String,
    lang_name: String,
    v: Views,
    can_take_part: bool,
    can_facilitate: bool,
    signed_in: bool,
    driver_form: DriverForm,
    axes_form: AxesForm,
    axis_choices_x: Vec<Choice>,
    axis_choices_y: Vec<Choice>,
    errors: FormErrors,
}

impl ShowPage {
    fn in_drivers(&self) -> bool {
        self.w.phase == DRIVERS
    }

    fn in_scenarios(&self) -> bool {
        self.w.phase == SCENARIOS
    }

    fn is_closed(&self) -> bool {
        self.w.phase == CLOSED
    }

    /// The scenarios in the order of the 2×2 grid: top left (2), top right (1), bottom left
    /// (3), bottom right (4).
    fn grid(&self) -> Vec<&ScenarioView> {
        [2, 1, 3, 4]
            .iter()
            .filter_map(|q| self.v.scenarios.iter().find(|s| s.s.quadrant == *q))
            .collect()
    }
}

/// Shows the workshop page; with `errors`, the refused form comes back with its input (422).
async fn show_page(
    state: &AppState,
    mut c: Ctx,
    w: Workshop,
    kept: Kept,
    errors: FormErrors,
) -> AppResult<Response> {
    let v = views(state, &c, &w, &kept, &errors).await?;
    // The address of the page, not of the form that was sent (for the language switcher).
    c.path = format!("/workshops/{}", w.id);
    let axes_form = match kept.axes {
        Some(f) => f,
        None => suggested_axes(&v.drivers),
    };
    let axis_choices = |selected: &str| -> Vec<Choice> {
        v.drivers
            .iter()
            .map(|d| Choice {
                code: d.d.id.to_string(),
                label: format!("{}. {}", d.number, d.d.title),
                selected: d.d.id.to_string() == selected.trim(),
            })
            .collect()
    };
    let axis_choices_x = axis_choices(&axes_form.x_driver);
    let axis_choices_y = axis_choices(&axes_form.y_driver);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = ShowPage {
        phase: phase_name(&c.l, &w.phase),
        lang_name: Language::parse(&w.lang)
            .map(|l| l.endonym().to_string())
            .unwrap_or_else(|| w.lang.clone()),
        can_take_part: can_take_part(&c, &w),
        can_facilitate: can_facilitate(&c, &w) && c.user.is_some(),
        signed_in: c.user.is_some(),
        driver_form: kept.driver,
        axes_form,
        axis_choices_x,
        axis_choices_y,
        errors,
        v,
        w,
        c,
    };
    Ok(render_status(status, &page))
}

/// The axes the facilitator is offered first: the two drivers rated most critical (highest
/// impact plus uncertainty), the more uncertain across.
fn suggested_axes(drivers: &[DriverView]) -> AxesForm {
    let mut rated: Vec<&DriverView> = drivers.iter().filter(|d| d.critical).collect();
    rated.sort_by(|a, b| {
        let s = |d: &DriverView| d.d.impact.unwrap_or(0.0) + d.d.uncertainty.unwrap_or(0.0);
        s(b).total_cmp(&s(a)).then_with(|| a.number.cmp(&b.number))
    });
    match rated.as_slice() {
        [a, b, ..] => {
            let (x, y) = if a.d.uncertainty >= b.d.uncertainty {
                (a, b)
            } else {
                (b, a)
            };
            AxesForm {
                x_driver: x.d.id.to_string(),
                y_driver: y.d.id.to_string(),
                ..AxesForm::default()
            }
        }
        _ => AxesForm::default(),
    }
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = visible_workshop(&state, &c, &id).await?;
    show_page(&state, c, w, Kept::default(), FormErrors::new()).await
}

// ---- Drivers -----------------------------------------------------------------------------

pub async fn add_driver(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<DriverForm>,
) -> AppResult<Response> {
    let (user_id, w) = for_change(&state, &c, &id, DRIVERS).await?;
    let valid = match forms::driver(&c.l, &form) {
        Ok(v) => v,
        Err(e) => {
            let kept = Kept {
                driver: form,
                ..Kept::default()
            };
            return show_page(&state, c, w, kept, e).await;
        }
    };
    let mut tx = state.db.begin().await?;
    let driver_id = workshops::add_driver(
        &mut tx,
        w.id,
        user_id,
        &valid.title,
        &valid.description,
        valid.kind,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/workshops/{}#driver-{driver_id}", w.id),
        "flash-workshop-driver-added",
    ))
}

pub async fn rate_driver(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, driver)): Path<(String, String)>,
    Form(form): Form<DriverRatingForm>,
) -> AppResult<Response> {
    let (user_id, w) = for_change(&state, &c, &id, DRIVERS).await?;
    let driver_id = parse_id(&driver)?;
    let mut e = FormErrors::new();
    let known = workshops::drivers(&state.db, w.id, 0)
        .await?
        .iter()
        .any(|d| d.id == driver_id);
    if !known {
        e.add_message("driver", c.t("workshop-error-driver-elsewhere"));
        return show_page(&state, c, w, Kept::default(), e).await;
    }
    let impact = forms::rating(&c.l, &mut e, "impact", &form.impact);
    let uncertainty = forms::rating(&c.l, &mut e, "uncertainty", &form.uncertainty);
    if e.is_empty() {
        let mut tx = state.db.begin().await?;
        match workshops::rate_driver(&mut tx, w.id, driver_id, user_id, impact, uncertainty).await {
            Ok(()) => {
                tx.commit().await.map_err(StorageError::from)?;
                return Ok(redirect_with_flash(
                    &format!("/workshops/{}#driver-{driver_id}", w.id),
                    "flash-workshop-rating-saved",
                ));
            }
            Err(StorageError::NotFound) => {
                e.add_message("driver", c.t("workshop-error-driver-elsewhere"));
            }
            Err(other) => return Err(other.into()),
        }
    }
    let kept = Kept {
        driver_rating: Some((driver_id, form)),
        ..Kept::default()
    };
    show_page(&state, c, w, kept, e).await
}

pub async fn set_axes(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<AxesForm>,
) -> AppResult<Response> {
    let (_, w) = for_change(&state, &c, &id, DRIVERS).await?;
    if !can_facilitate(&c, &w) {
        return Err(AppError::Forbidden);
    }
    let ids: Vec<i64> = workshops::drivers(&state.db, w.id, 0)
        .await?
        .iter()
        .map(|d| d.id)
        .collect();
    let valid = match forms::axes(&c.l, &form, &ids) {
        Ok(v) => v,
        Err(e) => return refuse_axes(&state, c, w, form, e).await,
    };
    let mut tx = state.db.begin().await?;
    let done = workshops::set_axes(
        &mut tx,
        w.id,
        &Axes {
            x_driver: valid.x_driver,
            y_driver: valid.y_driver,
            x_low: &valid.x_low,
            x_high: &valid.x_high,
            y_low: &valid.y_low,
            y_high: &valid.y_high,
        },
    )
    .await;
    match done {
        Ok(()) => {}
        // A driver was removed in between: the same answer as for a tampered form.
        Err(StorageError::NotFound) => {
            let mut e = FormErrors::new();
            e.add_message("x_driver", c.t("workshop-error-driver-elsewhere"));
            return refuse_axes(&state, c, w, form, e).await;
        }
        Err(other) => return Err(other.into()),
    }
    audit_if_staff(&mut tx, &c, &w, "workshop.axes").await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/workshops/{}#scenarios", w.id),
        "flash-workshop-axes-set",
    ))
}

async fn refuse_axes(
    state: &AppState,
    c: Ctx,
    w: Workshop,
    form: AxesForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let kept = Kept {
        axes: Some(form),
        ..Kept::default()
    };
    show_page(state, c, w, kept, errors).await
}

// ---- Closing and reopening ---------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PhaseForm {
    /// `close` or `reopen`.
    pub action: String,
}

pub async fn change_phase(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PhaseForm>,
) -> AppResult<Response> {
    c.require_verified()?;
    let w = visible_workshop(&state, &c, &id).await?;
    if !can_facilitate(&c, &w) {
        return Err(AppError::Forbidden);
    }
    let back = format!("/workshops/{}", w.id);
    let (phase, action, flash) = match form.action.as_str() {
        "close" if w.phase != CLOSED => (CLOSED, "workshop.close", "flash-workshop-closed"),
        "reopen" if w.phase == CLOSED => {
            let phase = if w.axis_x_driver.is_some() {
                SCENARIOS
            } else {
                DRIVERS
            };
            (phase, "workshop.reopen", "flash-workshop-reopened")
        }
        // Already done (another tab, another facilitator): nothing to change.
        "close" => return Ok(redirect_with_flash(&back, "flash-workshop-closed")),
        "reopen" => return Ok(redirect_with_flash(&back, "flash-workshop-reopened")),
        _ => return Err(AppError::BadRequest),
    };
    let mut tx = state.db.begin().await?;
    workshops::set_phase(&mut tx, w.id, phase).await?;
    audit_if_staff(&mut tx, &c, &w, action).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&back, flash))
}

// ---- Policy choices ----------------------------------------------------------------------

pub async fn add_choice(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, quadrant)): Path<(String, String)>,
    Form(form): Form<ChoiceForm>,
) -> AppResult<Response> {
    let (user_id, w) = for_change(&state, &c, &id, SCENARIOS).await?;
    let quadrant = parse_quadrant(&quadrant)?;
    let valid = match forms::choice(&c.l, &form) {
        Ok(v) => v,
        Err(e) => {
            let kept = Kept {
                choice: Some((quadrant, form)),
                ..Kept::default()
            };
            return show_page(&state, c, w, kept, e).await;
        }
    };
    let mut tx = state.db.begin().await?;
    let choice_id = workshops::add_choice(
        &mut tx,
        w.id,
        quadrant,
        user_id,
        &valid.text,
        valid.direction,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/workshops/{}#choice-{choice_id}", w.id),
        "flash-workshop-choice-added",
    ))
}

pub async fn rate_choice(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, choice)): Path<(String, String)>,
    Form(form): Form<ChoiceRatingForm>,
) -> AppResult<Response> {
    let (user_id, w) = for_change(&state, &c, &id, SCENARIOS).await?;
    let choice_id = parse_id(&choice)?;
    let mut e = FormErrors::new();
    let known = workshops::choices(&state.db, w.id, 0)
        .await?
        .iter()
        .any(|ch| ch.id == choice_id);
    if !known {
        e.add_message("choice", c.t("workshop-error-choice-elsewhere"));
        return show_page(&state, c, w, Kept::default(), e).await;
    }
    let plausibility = forms::rating(&c.l, &mut e, "plausibility", &form.plausibility);
    let desirability = forms::rating(&c.l, &mut e, "desirability", &form.desirability);
    if e.is_empty() {
        let mut tx = state.db.begin().await?;
        match workshops::rate_choice(
            &mut tx,
            w.id,
            choice_id,
            user_id,
            plausibility,
            desirability,
        )
        .await
        {
            Ok(()) => {
                tx.commit().await.map_err(StorageError::from)?;
                return Ok(redirect_with_flash(
                    &format!("/workshops/{}#choice-{choice_id}", w.id),
                    "flash-workshop-rating-saved",
                ));
            }
            Err(StorageError::NotFound) => {
                e.add_message("choice", c.t("workshop-error-choice-elsewhere"));
            }
            Err(other) => return Err(other.into()),
        }
    }
    let kept = Kept {
        choice_rating: Some((choice_id, form)),
        ..Kept::default()
    };
    show_page(&state, c, w, kept, e).await
}
