//! Submitting a practice in the structured template (also a working group's outcome proposed
//! as one) and writing a new version of it.
//!
//! A practice is submitted for one of its author's organisations, whose members will never
//! review it; the author may only choose among organisations they belong to, checked again in
//! the transaction that stores it. Proposing a group's outcome is for the coordinators of an
//! archived group, once per group (a rejected proposal may be made again). A new version is
//! written by the author while the editors ask for a revision or after a version was accepted;
//! the check is repeated under the practice's lock by `add_version`.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::{validate, Competence, Country, Language, Sector, Theme};
use bottega_storage::collaboration::groups::{self, Group};
use bottega_storage::cooperation::{self, practices as store};
use bottega_storage::directory::{self, MyOrg};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::form::{self, known, PracticeForm, Rendered, ValidPractice, SECTIONS};
use super::page::{section_views, SectionView};
use super::{canonical, eqf_options, ordered_options};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::practices::{load, Seen};
use crate::state::AppState;
use crate::view::{language_options, options, render_status, Choice, FormErrors};

/// One section of the template as the form shows it.
pub struct SectionField {
    pub name: &'static str,
    pub label: String,
    pub hint: String,
    pub required: bool,
    pub value: String,
    pub rows: u8,
}

#[derive(Template)]
#[template(path = "practices/submit.html")]
struct FormPage {
    c: Ctx,
    /// The practice a new version is written for; `None` for a new practice.
    revising: Option<Seen>,
    /// The archived working group whose outcome is proposed.
    group: Option<Group>,
    form: PracticeForm,
    errors: FormErrors,
    sections: Vec<SectionField>,
    languages: Vec<Choice>,
    eqf_levels: Vec<Choice>,
    themes: Vec<Choice>,
    sectors: Vec<Choice>,
    countries: Vec<Choice>,
    competences: Vec<Choice>,
    /// The author's organisations (new practices only).
    orgs: Vec<MyOrg>,
    /// The sections rendered, when the author asked for a preview.
    preview: Option<Vec<SectionView>>,
}

impl FormPage {
    fn org_selected(&self, id: &i64) -> bool {
        self.form.org.trim() == id.to_string()
    }

    fn action(&self) -> String {
        match &self.revising {
            Some(seen) => format!("{}/revise", seen.url()),
            None => "/practices/submit".to_string(),
        }
    }
}

async fn form_page(
    state: &AppState,
    c: Ctx,
    revising: Option<Seen>,
    group: Option<Group>,
    form: PracticeForm,
    errors: FormErrors,
    preview: Option<Vec<SectionView>>,
) -> AppResult<Response> {
    let status = status_of(&errors);
    let user_id = c.require_user()?.user_id;
    let orgs = match revising {
        Some(_) => Vec::new(),
        None => directory::orgs_of_user(&state.db, user_id).await?,
    };
    let sections = SECTIONS
        .iter()
        .map(|(name, required, max)| SectionField {
            name,
            label: c.t(&format!("bp-section-{name}")),
            hint: c.t(&format!("bp-hint-{name}")),
            required: *required,
            value: form.section(name).to_string(),
            rows: if *max <= form::SUMMARY_MAX { 4 } else { 8 },
        })
        .collect();
    let page = FormPage {
        sections,
        languages: language_options(Language::parse(form.lang.trim()).as_slice()),
        eqf_levels: eqf_options(&c, form.eqf.trim().parse::<i64>().ok()),
        themes: options::<Theme>(&c.l, &known::<Theme>(&form.themes)),
        sectors: options::<Sector>(&c.l, &known::<Sector>(&form.sectors)),
        countries: options::<Country>(&c.l, &known::<Country>(&form.countries)),
        competences: ordered_options::<Competence>(&c, &known::<Competence>(&form.competences)),
        orgs,
        preview,
        c,
        revising,
        group,
        form,
        errors,
    };
    Ok(render_status(status, &page))
}

/// The sections as they will read once saved.
fn preview_of(c: &Ctx, rendered: &Rendered) -> Option<Vec<SectionView>> {
    Some(section_views(
        c,
        std::array::from_fn(|i| rendered.html[i].as_str()),
    ))
}

/// 200 for a fresh form, 422 when it comes back with problems.
fn status_of(errors: &FormErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

// ---- Refusals ----------------------------------------------------------------------------------

/// 403 `practice_authors_only`: only the author writes new versions.
fn authors_only() -> AppError {
    AppError::Refused {
        code: "practice_authors_only",
        message: "bp-error-authors-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `practice_not_open_for_revision`.
fn not_open_for_revision() -> AppError {
    AppError::refused(
        "bp-error-not-open-for-revision",
        "practice_not_open_for_revision",
    )
}

/// 403 `practice_group_coordinators_only`.
fn group_coordinators_only() -> AppError {
    AppError::Refused {
        code: "practice_group_coordinators_only",
        message: "bp-error-group-coordinators-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `practice_group_not_archived`: a group's outcome exists once the group is closed.
fn group_not_archived() -> AppError {
    AppError::refused("bp-error-group-not-archived", "practice_group_not_archived")
}

/// 409 `practice_group_already_proposed`.
fn group_already_proposed() -> AppError {
    AppError::refused(
        "bp-error-group-already-proposed",
        "practice_group_already_proposed",
    )
}

// ---- Submitting --------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SubmitQuery {
    /// A working group whose outcome is proposed.
    pub group: String,
}

/// The archived working group named in `typed` whose outcome `user_id` may propose; `None` when
/// no group is named. 404 for no such group, 403 unless they coordinate it, 409 while it is
/// active or when its outcome is already proposed.
async fn proposable_group(state: &AppState, user_id: i64, typed: &str) -> AppResult<Option<Group>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let id = typed
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)?;
    let group = groups::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let coordinator = groups::place(&state.db, id, user_id)
        .await?
        .is_some_and(|p| p.is_coordinator());
    if !coordinator {
        return Err(group_coordinators_only());
    }
    if !group.is_archived() || group.outcome_md.is_none() {
        return Err(group_not_archived());
    }
    let mut conn = state
        .db
        .reader()
        .acquire()
        .await
        .map_err(StorageError::from)?;
    if store::proposed_from_group(&mut conn, id).await?.is_some() {
        return Err(group_already_proposed());
    }
    Ok(Some(group))
}

/// The form of a group's outcome proposed as a practice: its title, the outcome's first
/// paragraph as summary and the whole outcome as results, the goal as context, its sectors.
async fn from_group(state: &AppState, g: &Group) -> AppResult<PracticeForm> {
    let outcome = g.outcome_md.clone().unwrap_or_default();
    Ok(PracticeForm {
        title: g.title.chars().take(form::TITLE_MAX).collect(),
        summary: form::first_paragraph(&outcome, form::SUMMARY_MAX),
        context: g.goal_md.clone(),
        results: outcome,
        lang: g.outcome_lang.clone().unwrap_or_else(|| g.lang.clone()),
        sectors: groups::sectors(&state.db, g.id).await?,
        group: g.id.to_string(),
        ..PracticeForm::default()
    })
}

pub async fn submit_form(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<SubmitQuery>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let group = proposable_group(&state, user_id, &q.group).await?;
    let mut form = match &group {
        Some(g) => from_group(&state, g).await?,
        None => PracticeForm {
            lang: crate::features::communication::compose::interface_language(&c)
                .code()
                .to_string(),
            ..PracticeForm::default()
        },
    };
    // With a single organisation there is nothing to choose.
    let orgs = directory::orgs_of_user(&state.db, user_id).await?;
    if let [only] = orgs.as_slice() {
        form.org = only.id.to_string();
    }
    form_page(&state, c, None, group, form, FormErrors::new(), None).await
}

/// The organisation chosen in the form: required when the author belongs to any, and one of
/// theirs.
fn chosen_org(c: &Ctx, errors: &mut FormErrors, typed: &str, orgs: &[MyOrg]) -> Option<i64> {
    let typed = typed.trim();
    if typed.is_empty() {
        if !orgs.is_empty() {
            errors.add_message("org", c.t("bp-error-org-required"));
        }
        return None;
    }
    let found = typed
        .parse::<i64>()
        .ok()
        .filter(|id| orgs.iter().any(|o| o.id == *id));
    if found.is_none() {
        errors.add(&c.l, "org", &validate::FieldError::InvalidChoice);
    }
    found
}

/// The toolbox resources the links field names, each checked visible to the author; those
/// that are not (or do not exist) are named at the field. Returns the ids to link.
async fn linked_resources(
    state: &AppState,
    c: &Ctx,
    errors: &mut FormErrors,
    typed: &str,
) -> AppResult<Vec<i64>> {
    let (links, mut missing) = form::links(&c.l, errors, typed);
    let ids: Vec<i64> = links.iter().map(|(id, _)| *id).collect();
    let seen = store::visible_resources(&state.db, &c.reader(), &ids).await?;
    missing.extend(
        links
            .iter()
            .filter(|(id, _)| !seen.iter().any(|r| r.id == *id))
            .map(|(_, line)| form::shorten(line)),
    );
    if !missing.is_empty() {
        errors.add_message(
            "links",
            c.l.t1("bp-error-unknown-resources", "items", missing.join(", ")),
        );
    }
    Ok(ids)
}

/// Checks the whole form: the template, then what needs the database. `Some` when all is well.
async fn checked(
    state: &AppState,
    c: &Ctx,
    errors: &mut FormErrors,
    form: &PracticeForm,
    revising: bool,
) -> AppResult<Option<(ValidPractice, Vec<i64>)>> {
    let valid = form::check(&c.l, errors, form, revising);
    let ids = linked_resources(state, c, errors, &form.links).await?;
    Ok(valid.filter(|_| errors.is_empty()).map(|v| (v, ids)))
}

pub async fn submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<PracticeForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let group = proposable_group(&state, user_id, &form.group).await?;
    let orgs = directory::orgs_of_user(&state.db, user_id).await?;
    let mut errors = FormErrors::new();
    let found = checked(&state, &c, &mut errors, &form, false).await?;
    let org_id = chosen_org(&c, &mut errors, &form.org, &orgs);
    let Some((valid, resource_ids)) = found.filter(|_| errors.is_empty()) else {
        return form_page(&state, c, None, group, form, errors, None).await;
    };
    let rendered = Rendered::of(&valid);
    if form.action == "preview" {
        let preview = preview_of(&c, &rendered);
        return form_page(&state, c, None, group, form, errors, preview).await;
    }
    let template = rendered.template(&valid, resource_ids);
    let mut tx = state.db.begin().await?;
    if let Some(g) = &group {
        // Read again under the group's lock: still archived, still coordinated by this
        // person, and not proposed by another coordinator a moment ago.
        if groups::status_for_change(&mut tx, g.id).await?.as_deref() != Some(groups::ARCHIVED) {
            return Err(group_not_archived());
        }
        let coordinator = groups::place_in(&mut tx, g.id, user_id)
            .await?
            .is_some_and(|p| p.is_coordinator());
        if !coordinator {
            return Err(group_coordinators_only());
        }
        if store::proposed_from_group(&mut tx, g.id).await?.is_some() {
            return Err(group_already_proposed());
        }
    }
    if let Some(org) = org_id {
        // Left the organisation since the form was shown: choose again.
        if !cooperation::is_org_member(&mut tx, org, user_id).await? {
            drop(tx);
            errors.add(&c.l, "org", &validate::FieldError::InvalidChoice);
            return form_page(&state, c, None, group, form, errors, None).await;
        }
    }
    let (_, code) = store::submit(
        &mut tx,
        &template,
        user_id,
        org_id,
        group.as_ref().map(|g| g.id),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/practices/{code}"),
        "flash-bp-submitted",
    ))
}

// ---- New versions ------------------------------------------------------------------------------

/// Whether the reader may write a new version now (its author, while the editors ask for a
/// revision or after a version was accepted), or the refusal that says why not.
fn may_revise(seen: &Seen) -> AppResult<()> {
    if !seen.is_author {
        return Err(authors_only());
    }
    if !seen.practice.open_for_new_version() {
        return Err(not_open_for_revision());
    }
    Ok(())
}

pub async fn revise_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    c.require_verified()?;
    let seen = load(&state, &c, &code).await?;
    if let Some(to) = canonical(&seen, &code, "/revise", &c) {
        return Ok(to);
    }
    may_revise(&seen)?;
    let p = &seen.practice;
    let newest = store::version(&state.db, p.id, p.current_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let form =
        PracticeForm::from_version(&newest, &newest.tag_pairs(), &newest.linked_resource_ids());
    form_page(&state, c, Some(seen), None, form, FormErrors::new(), None).await
}

pub async fn revise(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<PracticeForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let seen = load(&state, &c, &code).await?;
    may_revise(&seen)?;
    let mut errors = FormErrors::new();
    let Some((valid, resource_ids)) = checked(&state, &c, &mut errors, &form, true).await? else {
        return form_page(&state, c, Some(seen), None, form, errors, None).await;
    };
    let rendered = Rendered::of(&valid);
    if form.action == "preview" {
        let preview = preview_of(&c, &rendered);
        return form_page(&state, c, Some(seen), None, form, errors, preview).await;
    }
    let template = rendered.template(&valid, resource_ids);
    let mut tx = state.db.begin().await?;
    // `add_version` reads the state again under the practice's lock: a decision taken since
    // the form was shown (an editor moved it into review) wins.
    match store::add_version(&mut tx, seen.practice.id, &template, user_id).await {
        Ok(_) => {}
        Err(StorageError::Conflict(_)) => return Err(not_open_for_revision()),
        Err(other) => return Err(other.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&seen.url(), "flash-bp-revised"))
}
