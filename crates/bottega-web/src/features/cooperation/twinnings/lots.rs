//! A lot of a twinning's plan: its state and note, its activities in date order, and each
//! activity's participants and evidence.
//!
//! Evidence is toolbox resources, linked by address or number like a working group's
//! resources: only a resource the person linking may see can be linked, and each reader sees
//! only the evidence they may see in the toolbox, so a link never reveals a resource.
//!
//! Editing an activity is made against the version the person saw (its `updated_at`): when
//! someone else saved it in between, nothing is written and the form comes back (409) with what
//! the person typed, to save again knowingly.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::{validate, Language, ResourceType, TargetGroup, TwinningLot};
use bottega_i18n::Localizer;
use bottega_storage::cooperation::twinnings::{
    self as store, Activity, ActivityFields, Evidence, Linked, Participants,
};
use bottega_storage::sharing::resources;
use bottega_storage::StorageError;
use serde::Deserialize;

use super::forms::{self, headcount_field, ActivityForm, LotForm};
use super::plan::{participant_rows, LotView, ParticipantRow};
use super::{begin_change, for_change, load, parse_id, parse_lot, Twin};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, query_string, render, render_status, Choice, FormErrors, Paging,
};

// ---- How activities are shown -----------------------------------------------------------------

/// One piece of evidence with its type named.
pub struct EvidenceView {
    pub e: Evidence,
    pub type_label: String,
}

/// An activity with its dates, state, participants and evidence, ready for a page.
pub struct ActivityView {
    pub a: Activity,
    pub starts: String,
    pub ends: String,
    pub status_label: String,
    /// Lines of the description, each a paragraph.
    pub paragraphs: Vec<String>,
    /// (category, headcount), largest first.
    pub participants: Vec<(String, i64)>,
    pub participant_total: i64,
    pub evidence: Vec<EvidenceView>,
}

fn activity_views(
    l: &Localizer,
    activities: Vec<Activity>,
    participants: Vec<Participants>,
    evidence: Vec<Evidence>,
) -> Vec<ActivityView> {
    let mut people: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
    for p in participants {
        let label = TargetGroup::parse(&p.category)
            .map(|g| l.t(&g.message_id()))
            .unwrap_or(p.category);
        people
            .entry(p.activity_id)
            .or_default()
            .push((label, p.headcount));
    }
    let mut proofs: HashMap<i64, Vec<EvidenceView>> = HashMap::new();
    for e in evidence {
        let type_label = ResourceType::parse(&e.rtype)
            .map(|t| l.t(&t.message_id()))
            .unwrap_or_else(|| e.rtype.clone());
        proofs
            .entry(e.activity_id)
            .or_default()
            .push(EvidenceView { e, type_label });
    }
    activities
        .into_iter()
        .map(|a| {
            let mut participants = people.remove(&a.id).unwrap_or_default();
            participants.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
            ActivityView {
                starts: crate::view::day(l, &a.starts_on),
                ends: crate::view::day(l, &a.ends_on),
                status_label: l.t(&format!("tw-activity-status-{}", a.status)),
                paragraphs: a
                    .description
                    .lines()
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
                participant_total: participants.iter().map(|(_, n)| n).sum(),
                participants,
                evidence: proofs.remove(&a.id).unwrap_or_default(),
                a,
            }
        })
        .collect()
}

/// The activities with their participants and the evidence `c`'s reader may see, in two more
/// queries whatever their number.
async fn with_details(
    state: &AppState,
    c: &Ctx,
    activities: Vec<Activity>,
) -> AppResult<Vec<ActivityView>> {
    let ids: Vec<i64> = activities.iter().map(|a| a.id).collect();
    let participants = store::participants_of(&state.db, &ids).await?;
    let evidence = store::evidence_of(&state.db, &c.reader(), &ids).await?;
    Ok(activity_views(&c.l, activities, participants, evidence))
}

/// The activity `activity` of this twinning; 404 when it has no such activity.
async fn find_activity(state: &AppState, twin: &Twin, activity: &str) -> AppResult<Activity> {
    store::activity(&state.db, twin.id(), parse_id(activity)?)
        .await?
        .ok_or(AppError::NotFound)
}

fn status_choices(l: &Localizer, codes: &[&str], prefix: &str, chosen: &str) -> Vec<Choice> {
    codes
        .iter()
        .map(|code| Choice {
            code: (*code).to_string(),
            label: l.t(&format!("{prefix}{code}")),
            selected: *code == chosen.trim(),
        })
        .collect()
}

// ---- The lot page -------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: String,
}

#[derive(Template)]
#[template(path = "cooperation/twinning_lot.html")]
struct LotPage {
    c: Ctx,
    twin: Twin,
    lot: LotView,
    activities: Vec<ActivityView>,
    paging: Paging,
    participants: Vec<ParticipantRow>,
    participants_sum: ParticipantRow,
    form: LotForm,
    errors: FormErrors,
    statuses: Vec<Choice>,
}

async fn lot_page(
    state: &AppState,
    c: Ctx,
    twin: Twin,
    lot: TwinningLot,
    page: i64,
    form: Option<LotForm>,
    errors: FormErrors,
) -> AppResult<Response> {
    let row = store::lot(&state.db, twin.id(), lot.code()).await?;
    let view = LotView::new(&c.l, lot, row.as_ref());
    let total = store::count_activities(&state.db, twin.id(), lot.code()).await?;
    let paging = Paging::new(page, total, query_string(&[]));
    let activities = store::activities(
        &state.db,
        twin.id(),
        lot.code(),
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    let activities = with_details(state, &c, activities).await?;
    let (participants, participants_sum) = participant_rows(
        &c.l,
        store::participant_totals(&state.db, twin.id(), Some(lot.code())).await?,
    );
    let form = form.unwrap_or_else(|| LotForm {
        status: view.status.clone(),
        note: view.note.clone(),
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &LotPage {
            statuses: status_choices(&c.l, &store::LOT_STATUSES, "tw-lot-status-", &form.status),
            c,
            twin,
            lot: view,
            activities,
            paging,
            participants,
            participants_sum,
            form,
            errors,
        },
    ))
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, lot)): Path<(String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let twin = load(&state, &c, &id).await?;
    let lot = parse_lot(&lot)?;
    let page = q.page.parse::<i64>().unwrap_or(1);
    lot_page(&state, c, twin, lot, page, None, FormErrors::new()).await
}

pub async fn set_status(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, lot)): Path<(String, String)>,
    Form(form): Form<LotForm>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let lot = parse_lot(&lot)?;
    let v = match forms::lot(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return lot_page(&state, c, twin, lot, 1, Some(form), e).await,
    };
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    store::set_lot(&mut tx, twin.id(), lot.code(), v.status, &v.note).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/lots/{}", twin.id(), lot.code()),
        "flash-tw-lot-saved",
    ))
}

// ---- An activity's page and its evidence ------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct EvidenceForm {
    /// The resource's address (`/resources/12`, a full URL) or its number.
    pub resource: String,
}

#[derive(Template)]
#[template(path = "cooperation/twinning_activity.html")]
struct ActivityPage {
    c: Ctx,
    twin: Twin,
    lot_code: &'static str,
    lot_name: String,
    v: ActivityView,
    form: EvidenceForm,
    errors: FormErrors,
    evidence_max: i64,
}

async fn activity_page(
    state: &AppState,
    c: Ctx,
    twin: Twin,
    activity: Activity,
    form: EvidenceForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let lot = TwinningLot::parse(&activity.lot).ok_or(AppError::NotFound)?;
    let v = with_details(state, &c, vec![activity])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ActivityPage {
            lot_code: lot.code(),
            lot_name: c.t(&lot.message_id()),
            c,
            twin,
            v,
            form,
            errors,
            evidence_max: store::EVIDENCE_MAX,
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
) -> AppResult<Response> {
    let twin = load(&state, &c, &id).await?;
    let activity = find_activity(&state, &twin, &activity).await?;
    activity_page(
        &state,
        c,
        twin,
        activity,
        EvidenceForm::default(),
        FormErrors::new(),
    )
    .await
}

pub async fn link_evidence(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
    Form(form): Form<EvidenceForm>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let activity = find_activity(&state, &twin, &activity).await?;
    let mut errors = FormErrors::new();
    // Only a resource the person can see in the toolbox may become evidence; one they cannot
    // see gets the same answer as one that does not exist.
    let resource = if form.resource.trim().is_empty() {
        errors.add(&c.l, "resource", &validate::FieldError::Required);
        None
    } else {
        match crate::features::sharing::resource_number(&form.resource) {
            Some(n) => resources::visible(&state.db, &c.reader(), n).await?,
            None => None,
        }
    };
    let Some(resource) = resource else {
        if errors.get("resource").is_none() {
            errors.add_message("resource", c.t("tw-error-unknown-resource"));
        }
        return activity_page(&state, c, twin, activity, form, errors).await;
    };
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    let linked =
        store::link_evidence(&mut tx, twin.id(), activity.id, resource.id, user_id).await?;
    let problem = match linked {
        Linked::Added => None,
        Linked::Already => Some("tw-error-already-evidence"),
        Linked::Full => Some("tw-error-evidence-full"),
    };
    if let Some(message) = problem {
        drop(tx);
        errors.add_message("resource", c.l.t1(message, "limit", store::EVIDENCE_MAX));
        return activity_page(&state, c, twin, activity, form, errors).await;
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/activities/{}", twin.id(), activity.id),
        "flash-tw-evidence-linked",
    ))
}

pub async fn unlink_evidence(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity, resource)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let activity = parse_id(&activity)?;
    let resource = parse_id(&resource)?;
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    if !store::unlink_evidence(&mut tx, twin.id(), activity, resource).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/activities/{activity}", twin.id()),
        "flash-tw-evidence-unlinked",
    ))
}

// ---- Adding and editing activities ------------------------------------------------------------

/// One headcount field of the activity form.
pub struct HeadcountField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "cooperation/twinning_activity_form.html")]
struct ActivityFormPage {
    c: Ctx,
    twin: Twin,
    lot_code: &'static str,
    lot_name: String,
    /// The activity being edited; `None` for a new one.
    activity_id: Option<i64>,
    form: ActivityForm,
    errors: FormErrors,
    statuses: Vec<Choice>,
    languages: Vec<Choice>,
    headcounts: Vec<HeadcountField>,
    /// Someone else saved the activity since the form was filled.
    conflict: bool,
}

fn activity_form_page(
    c: Ctx,
    twin: Twin,
    lot: TwinningLot,
    activity_id: Option<i64>,
    form: ActivityForm,
    errors: FormErrors,
    conflict: bool,
) -> Response {
    let status = if conflict {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut headcounts: Vec<HeadcountField> = TargetGroup::ALL
        .iter()
        .map(|t| HeadcountField {
            name: headcount_field(*t),
            label: c.t(&t.message_id()),
            value: form.headcount(*t).to_string(),
            error: errors.get(headcount_field(*t)).map(str::to_string),
        })
        .collect();
    headcounts.sort_by_cached_key(|h| h.label.to_lowercase());
    // The states in the order of an activity's life, not the alphabet's.
    let statuses = status_choices(
        &c.l,
        &store::ACTIVITY_STATUSES,
        "tw-activity-status-",
        &form.status,
    );
    render_status(
        status,
        &ActivityFormPage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            lot_code: lot.code(),
            lot_name: c.t(&lot.message_id()),
            c,
            twin,
            activity_id,
            form,
            errors,
            statuses,
            headcounts,
            conflict,
        },
    )
}

fn fields<'a>(
    v: &'a forms::ValidActivity,
    dates: &'a (String, String),
    participants: &'a [(&'a str, i64)],
) -> ActivityFields<'a> {
    ActivityFields {
        title: &v.title,
        description: &v.description,
        starts_on: &dates.0,
        ends_on: &dates.1,
        place: &v.place,
        status: v.status,
        lang: v.lang.code(),
        participants,
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, lot)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, twin) = for_change(&state, &c, &id).await?;
    let lot = parse_lot(&lot)?;
    let mut form = ActivityForm::blank();
    form.status = store::PLANNED.to_string();
    // Most activities are described in the language of the twinning.
    form.lang = twin.tw.lang.clone();
    Ok(activity_form_page(
        c,
        twin,
        lot,
        None,
        form,
        FormErrors::new(),
        false,
    ))
}

pub async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, lot)): Path<(String, String)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let lot = parse_lot(&lot)?;
    let form = ActivityForm::from_pairs(pairs);
    let v = match forms::activity(&c.l, &form, forms::latest_past_day()) {
        Ok(v) => v,
        Err(e) => return Ok(activity_form_page(c, twin, lot, None, form, e, false)),
    };
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let participants: Vec<(&str, i64)> =
        v.participants.iter().map(|(t, n)| (t.code(), *n)).collect();
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    let activity_id = store::create_activity(
        &mut tx,
        twin.id(),
        lot.code(),
        &fields(&v, &dates, &participants),
        user_id,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/activities/{activity_id}", twin.id()),
        "flash-tw-activity-added",
    ))
}

/// The edit form filled from the activity as stored.
async fn form_of(state: &AppState, a: &Activity) -> AppResult<ActivityForm> {
    let mut form = ActivityForm::blank();
    form.title = a.title.clone();
    form.description = a.description.clone();
    form.starts_on = a.starts_on.clone();
    form.ends_on = a.ends_on.clone();
    form.place = a.place.clone();
    form.status = a.status.clone();
    form.lang = a.lang.clone();
    form.version = a.updated_at.to_string();
    for p in store::participants_of(&state.db, &[a.id]).await? {
        if let Some(slot) = form
            .headcounts
            .iter_mut()
            .find(|(t, _)| t.code() == p.category)
        {
            slot.1 = p.headcount.to_string();
        }
    }
    Ok(form)
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, twin) = for_change(&state, &c, &id).await?;
    let a = find_activity(&state, &twin, &activity).await?;
    let lot = TwinningLot::parse(&a.lot).ok_or(AppError::NotFound)?;
    let form = form_of(&state, &a).await?;
    Ok(activity_form_page(
        c,
        twin,
        lot,
        Some(a.id),
        form,
        FormErrors::new(),
        false,
    ))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let a = find_activity(&state, &twin, &activity).await?;
    let lot = TwinningLot::parse(&a.lot).ok_or(AppError::NotFound)?;
    let mut form = ActivityForm::from_pairs(pairs);
    let v = match forms::activity(&c.l, &form, forms::latest_past_day()) {
        Ok(v) => v,
        Err(e) => return Ok(activity_form_page(c, twin, lot, Some(a.id), form, e, false)),
    };
    // A form without a version (or a tampered one) counts as filled from an older version.
    let seen = form.version.trim().parse::<i64>().unwrap_or(-1);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let participants: Vec<(&str, i64)> =
        v.participants.iter().map(|(t, n)| (t.code(), *n)).collect();
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    match store::update_activity(
        &mut tx,
        twin.id(),
        a.id,
        seen,
        &fields(&v, &dates, &participants),
    )
    .await
    {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            // Saving again overwrites knowingly: the form now carries the current version.
            form.version = a.updated_at.to_string();
            return Ok(activity_form_page(
                c,
                twin,
                lot,
                Some(a.id),
                form,
                FormErrors::new(),
                true,
            ));
        }
        Err(other) => return Err(other.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/activities/{}", twin.id(), a.id),
        "flash-tw-activity-saved",
    ))
}

// ---- Deleting an activity -----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/twinning_confirm.html")]
pub struct ConfirmPage {
    pub c: Ctx,
    pub twin: Twin,
    /// The tab the page belongs to (a lot's code, or `log`).
    pub tab: String,
    pub heading: String,
    pub text: String,
    pub action: String,
    pub button: String,
    pub back: String,
}

pub async fn delete_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, twin) = for_change(&state, &c, &id).await?;
    let a = find_activity(&state, &twin, &activity).await?;
    let page = ConfirmPage {
        tab: a.lot.clone(),
        heading: c.t("tw-activity-delete-heading"),
        text: c.l.t1("tw-activity-delete-text", "title", a.title.as_str()),
        action: format!("/twinnings/{}/activities/{}/delete", twin.id(), a.id),
        button: c
            .l
            .t1("tw-activity-delete-button", "title", a.title.as_str()),
        back: format!("/twinnings/{}/activities/{}", twin.id(), a.id),
        c,
        twin,
    };
    Ok(render(&page))
}

pub async fn delete_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, activity)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, twin) = for_change(&state, &c, &id).await?;
    let a = find_activity(&state, &twin, &activity).await?;
    let mut tx = begin_change(&state, &twin.tw, user_id).await?;
    if !store::delete_activity(&mut tx, twin.id(), a.id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{}/lots/{}", twin.id(), a.lot),
        "flash-tw-activity-deleted",
    ))
}
