//! Closing a working group: a coordinator writes the outcome, and the workspace becomes a
//! read-only archive at the same address (its discussion locked, open requests and invitations
//! lapsed). The outcome can then be published in the toolbox as a project result, linked from
//! the group, so what the group made can be found and reused beyond its members.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::{validate, Language, Licence, ResourceType, ResourceVisibility, Sector};
use bottega_storage::collaboration::groups as store;
use bottega_storage::sharing::resources::{self, ResourceFields};
use bottega_storage::{audit, StorageError};
use serde::Deserialize;

use super::forms::{self, OutcomeForm};
use super::{for_management, load, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, render_status, Choice, FormErrors};

#[derive(Template)]
#[template(path = "collaboration/close.html")]
struct ClosePage {
    c: Ctx,
    ws: Workspace,
    form: OutcomeForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    preview: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    pub outcome: String,
    pub lang: String,
    /// `preview` shows the outcome rendered without closing.
    pub action: String,
}

fn close_page(
    c: Ctx,
    ws: Workspace,
    form: OutcomeForm,
    errors: FormErrors,
    preview: Option<String>,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &ClosePage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            c,
            ws,
            form,
            errors,
            preview,
        },
    )
}

pub async fn form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, ws) = for_management(&state, &c, &id).await?;
    let form = OutcomeForm {
        outcome: String::new(),
        lang: ws.group.lang.clone(),
    };
    Ok(close_page(c, ws, form, FormErrors::new(), None))
}

pub async fn submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<CloseForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_management(&state, &c, &id).await?;
    let outcome_form = OutcomeForm {
        outcome: form.outcome,
        lang: form.lang,
    };
    let v = match forms::outcome(&c.l, &outcome_form) {
        Ok(v) => v,
        Err(e) => return Ok(close_page(c, ws, outcome_form, e, None)),
    };
    let html = super::pages::render_markdown(&v.outcome);
    if form.action == "preview" {
        return Ok(close_page(
            c,
            ws,
            outcome_form,
            FormErrors::new(),
            Some(html),
        ));
    }
    let mut tx = super::begin_management(&state, ws.id(), user_id, ws.staff).await?;
    store::archive(&mut tx, ws.id(), &v.outcome, &html, v.lang.code()).await?;
    audit::record(
        &mut tx,
        Some(user_id),
        "group.archive",
        "wg_group",
        Some(ws.id()),
        &ws.group.title,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&ws.url(), "flash-wg-closed"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PublishForm {
    pub licence: String,
    pub visibility: String,
}

/// Publishes an archived group's outcome as a toolbox resource (once), owned by the coordinator
/// who publishes it and linked from the group.
pub async fn publish(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PublishForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let ws = load(&state, &c, &id).await?;
    if !ws.may_manage() {
        return Err(super::coordinators_only());
    }
    let g = &ws.group;
    let (Some(outcome_md), Some(outcome_html)) = (&g.outcome_md, &g.outcome_html) else {
        return Err(AppError::refused(
            "wg-error-not-closed",
            "group_not_archived",
        ));
    };
    if g.outcome_resource_id.is_some() {
        return Err(AppError::refused(
            "wg-error-already-published",
            "group_outcome_published",
        ));
    }
    let licence = validate::choice(&form.licence, Licence::parse).unwrap_or(Licence::CcBy);
    let visibility = match form.visibility.as_str() {
        "members" => ResourceVisibility::Members,
        _ => ResourceVisibility::Public,
    };
    let lang = g
        .outcome_lang
        .as_deref()
        .and_then(Language::parse)
        .unwrap_or(Language::En);
    let sectors: Vec<Sector> = store::sectors(&state.db, g.id)
        .await?
        .iter()
        .filter_map(|s| Sector::parse(s))
        .collect();
    let fields = ResourceFields {
        title: g.title.clone(),
        description_md: outcome_md.clone(),
        description_html: outcome_html.clone(),
        lang,
        rtype: ResourceType::ProjectResult,
        external_url: None,
        country: None,
        eqf_level: None,
        licence,
        org_id: None,
        project_name: Some(g.title.clone()),
        project_number: None,
        visibility,
        languages: vec![lang],
        sectors,
        themes: Vec::new(),
        targets: Vec::new(),
        competences: Vec::new(),
    };
    let mut tx = state.db.begin().await?;
    // Read again under the lock: two clicks publish once.
    if store::status_for_change(&mut tx, g.id).await?.as_deref() != Some(store::ARCHIVED) {
        return Err(AppError::refused(
            "wg-error-not-closed",
            "group_not_archived",
        ));
    }
    let taken: Option<i64> = store::outcome_resource_in(&mut tx, g.id).await?;
    if taken.is_some() {
        return Err(AppError::refused(
            "wg-error-already-published",
            "group_outcome_published",
        ));
    }
    let resource_id = resources::create(&mut tx, user_id, &fields).await?;
    store::set_outcome_resource(&mut tx, g.id, resource_id).await?;
    store::link_resource(&mut tx, g.id, resource_id, "", user_id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.search_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/resources/{resource_id}"),
        "flash-wg-outcome-published",
    ))
}
