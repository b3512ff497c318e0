//! Toolbox resources linked to a working group. The group links to the Sharing section's
//! resources rather than keeping files of its own, so a document has one home, one version
//! history and one set of ratings. A link never reveals a resource: each reader sees the linked
//! resources they may see in the toolbox, and only a resource the linking member may see can be
//! linked.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::validate;
use bottega_storage::collaboration::groups::{self as store, LinkedResource};
use bottega_storage::sharing::resources;
use bottega_storage::StorageError;
use serde::Deserialize;

use super::{for_change, parse_id, readable, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render_status, FormErrors};

pub const NOTE_MAX: usize = 300;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct LinkForm {
    /// The resource's address (`/resources/12`, a full URL) or its number.
    pub resource: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "collaboration/resources.html")]
struct ResourcesPage {
    c: Ctx,
    ws: Workspace,
    linked: Vec<LinkedResource>,
    form: LinkForm,
    errors: FormErrors,
}

async fn resources_page(
    state: &AppState,
    c: Ctx,
    ws: Workspace,
    form: LinkForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let linked = store::resources(&state.db, &c.reader(), ws.id()).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ResourcesPage {
            c,
            ws,
            linked,
            form,
            errors,
        },
    ))
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    resources_page(&state, c, ws, LinkForm::default(), FormErrors::new()).await
}

pub async fn link(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let mut errors = FormErrors::new();
    let note = errors.check(&c.l, "note", validate::line(&form.note, false, NOTE_MAX));
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
            errors.add_message("resource", c.t("wg-error-unknown-resource"));
        }
        return resources_page(&state, c, ws, form, errors).await;
    };
    if !errors.is_empty() {
        return resources_page(&state, c, ws, form, errors).await;
    }
    let mut tx = super::begin_change(&state, ws.id(), user_id, false).await?;
    match store::link_resource(&mut tx, ws.id(), resource.id, &note, user_id).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            errors.add_message("resource", c.t("wg-error-already-linked"));
            return resources_page(&state, c, ws, form, errors).await;
        }
        Err(other) => return Err(other.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/resources", ws.id()),
        "flash-wg-resource-linked",
    ))
}

pub async fn unlink(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, resource)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, ws) = for_change(&state, &c, &id).await?;
    let resource = parse_id(&resource)?;
    let mut tx = super::begin_change(&state, ws.id(), user_id, false).await?;
    if !store::unlink_resource(&mut tx, ws.id(), resource).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/resources", ws.id()),
        "flash-wg-resource-unlinked",
    ))
}
