//! Collections: curated lists of resources kept by a member or an organisation.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use bottega_domain::{validate, Language, ResourceVisibility};
use bottega_storage::directory::{self, MyOrg};
use bottega_storage::sharing::collections::{self, Collection, CollectionFields, Item};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::visible_resource;
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::communication::compose::{compose, interface_language};
use crate::state::AppState;
use crate::view::{language_options, render, render_status, Choice, FormErrors, Paging};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/collections", get(list))
        .route("/collections/new", get(new_page).post(create))
        .route("/collections/{id}", get(show))
        .route("/collections/{id}/edit", get(edit_page).post(update))
        .route("/collections/{id}/delete", post(delete))
        .route(
            "/collections/{id}/items/{resource}/remove",
            post(remove_item),
        )
        .route("/collections/{id}/items/{resource}/move", post(move_item))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListParams {
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "sharing/collections.html")]
struct ListPage {
    c: Ctx,
    collections: Vec<Collection>,
    paging: Paging,
}

async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(p): Query<ListParams>,
) -> AppResult<Response> {
    let page = p.page.unwrap_or(1).max(1);
    let (rows, total) = collections::list(
        &state.db,
        &c.reader(),
        Paging::offset(page),
        Paging::PER_PAGE,
    )
    .await?;
    let paging = Paging::new(page, total, String::new());
    Ok(render(&ListPage {
        c,
        collections: rows,
        paging,
    }))
}

#[derive(Template)]
#[template(path = "sharing/collection.html")]
struct ShowPage {
    c: Ctx,
    k: Collection,
    items: Vec<Item>,
    can_edit: bool,
}

async fn visible(state: &AppState, c: &Ctx, id: i64) -> AppResult<Collection> {
    collections::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn may_edit(state: &AppState, c: &Ctx, k: &Collection) -> AppResult<bool> {
    match &c.user {
        None => Ok(false),
        Some(_) if c.is_staff() => Ok(true),
        Some(u) => Ok(collections::can_edit(&state.db, k, u.user_id).await?),
    }
}

async fn editable(state: &AppState, c: &Ctx, id: i64) -> AppResult<Collection> {
    c.require_verified()?;
    let k = visible(state, c, id).await?;
    if !may_edit(state, c, &k).await? {
        return Err(AppError::Forbidden);
    }
    Ok(k)
}

async fn show(State(state): State<AppState>, c: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let k = visible(&state, &c, id).await?;
    let items = collections::items(&state.db, &c.reader(), id).await?;
    let can_edit = may_edit(&state, &c, &k).await?;
    Ok(render(&ShowPage {
        c,
        k,
        items,
        can_edit,
    }))
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CollectionForm {
    title: String,
    description: String,
    lang: String,
    org: String,
    visibility: String,
}

#[derive(Template)]
#[template(path = "sharing/collection_form.html")]
struct FormPage {
    c: Ctx,
    id: Option<i64>,
    f: CollectionForm,
    errors: FormErrors,
    orgs: Vec<MyOrg>,
    languages: Vec<Choice>,
    visibilities: Vec<Choice>,
}

impl FormPage {
    fn org_selected(&self, id: &i64) -> bool {
        self.f.org == id.to_string()
    }
}

async fn form_page(
    state: &AppState,
    c: Ctx,
    id: Option<i64>,
    f: CollectionForm,
    errors: FormErrors,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let orgs = directory::orgs_of_user(&state.db, user_id).await?;
    let mut languages = language_options(&[]);
    for o in &mut languages {
        o.selected = o.code == f.lang;
    }
    let visibilities = ResourceVisibility::ALL
        .iter()
        .map(|v| Choice {
            code: v.code().to_string(),
            label: c.t(&v.message_id()),
            selected: v.code() == f.visibility,
        })
        .collect();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &FormPage {
            c,
            id,
            f,
            errors,
            orgs,
            languages,
            visibilities,
        },
    ))
}

async fn new_page(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    let f = CollectionForm {
        lang: interface_language(&c).code().to_string(),
        visibility: ResourceVisibility::Public.code().to_string(),
        ..CollectionForm::default()
    };
    form_page(&state, c, None, f, FormErrors::new()).await
}

/// The checked fields, or `None` with the problems in `errors`.
async fn check(
    state: &AppState,
    c: &Ctx,
    user_id: i64,
    f: &CollectionForm,
    keep_org: Option<i64>,
    errors: &mut FormErrors,
) -> AppResult<
    Option<(
        String,
        String,
        String,
        Language,
        Option<i64>,
        ResourceVisibility,
    )>,
> {
    let title = errors.check(&c.l, "title", validate::line(&f.title, true, 200));
    let visibility = errors.check(
        &c.l,
        "visibility",
        validate::choice(&f.visibility, ResourceVisibility::parse).map(Some),
    );
    let org_id = super::chosen_org(state, c, errors, "org", &f.org, user_id, keep_org).await?;
    if visibility == Some(ResourceVisibility::Organisation)
        && org_id.is_none()
        && errors.get("org").is_none()
    {
        errors.add_message("org", c.t("res-visibility-needs-org"));
    }
    let described = if f.description.trim().is_empty() {
        None
    } else {
        compose(
            state,
            c,
            errors,
            "description",
            &f.description,
            "lang",
            &f.lang,
        )
        .await?
    };
    let (Some(visibility), true) = (visibility, errors.is_empty()) else {
        return Ok(None);
    };
    let lang = described
        .as_ref()
        .map(|d| d.lang)
        .or_else(|| Language::parse(&f.lang))
        .unwrap_or_else(|| interface_language(c));
    let (md, html) = described.map(|d| (d.md, d.html)).unwrap_or_default();
    Ok(Some((title, md, html, lang, org_id, visibility)))
}

async fn create(
    State(state): State<AppState>,
    c: Ctx,
    Form(f): Form<CollectionForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let mut errors = FormErrors::new();
    let Some((title, md, html, lang, org_id, visibility)) =
        check(&state, &c, user_id, &f, None, &mut errors).await?
    else {
        return form_page(&state, c, None, f, errors).await;
    };
    let mut tx = state.db.begin().await?;
    let id = collections::create(
        &mut tx,
        user_id,
        &CollectionFields {
            title: &title,
            description_md: &md,
            description_html: &html,
            lang,
            org_id,
            visibility,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/collections/{id}"),
        "flash-collection-saved",
    ))
}

async fn edit_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let k = editable(&state, &c, id).await?;
    let f = CollectionForm {
        title: k.title,
        description: k.description_md,
        lang: k.lang,
        org: k.org_id.map(|o| o.to_string()).unwrap_or_default(),
        visibility: k.visibility,
    };
    form_page(&state, c, Some(id), f, FormErrors::new()).await
}

async fn update(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<CollectionForm>,
) -> AppResult<Response> {
    let k = editable(&state, &c, id).await?;
    let user_id = c.require_user()?.user_id;
    let mut errors = FormErrors::new();
    let Some((title, md, html, lang, org_id, visibility)) =
        check(&state, &c, user_id, &f, k.org_id, &mut errors).await?
    else {
        return form_page(&state, c, Some(id), f, errors).await;
    };
    let mut tx = state.db.begin().await?;
    collections::update(
        &mut tx,
        id,
        &CollectionFields {
            title: &title,
            description_md: &md,
            description_html: &html,
            lang,
            org_id,
            visibility,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/collections/{id}"),
        "flash-collection-saved",
    ))
}

async fn delete(State(state): State<AppState>, c: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    editable(&state, &c, id).await?;
    let mut tx = state.db.begin().await?;
    collections::delete(&mut tx, id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        "/collections",
        "flash-collection-deleted",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AddItemForm {
    collection: String,
    note: String,
}

/// Adds the resource to one of the reader's collections.
pub async fn add_item(
    State(state): State<AppState>,
    c: Ctx,
    Path(resource_id): Path<i64>,
    Form(f): Form<AddItemForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    visible_resource(&state, &c, resource_id).await?;
    let id: i64 = f
        .collection
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    editable(&state, &c, id).await?;
    let note = validate::line(&f.note, false, 300).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    match collections::add_item(&mut tx, id, resource_id, user_id, &note).await {
        Ok(()) => {}
        Err(e) if e.is_conflict() => {
            return Err(AppError::refused(
                "res-already-in-collection",
                "already_in_collection",
            ));
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/collections/{id}"),
        "flash-collection-item-added",
    ))
}

async fn remove_item(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, resource_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    editable(&state, &c, id).await?;
    let mut tx = state.db.begin().await?;
    collections::remove_item(&mut tx, id, resource_id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/collections/{id}"),
        "flash-collection-item-removed",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    direction: String,
}

async fn move_item(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, resource_id)): Path<(i64, i64)>,
    Form(f): Form<MoveForm>,
) -> AppResult<Response> {
    editable(&state, &c, id).await?;
    let step = match f.direction.as_str() {
        "up" => -1,
        "down" => 1,
        _ => return Err(AppError::BadRequest),
    };
    let mut tx = state.db.begin().await?;
    collections::move_item(&mut tx, id, resource_id, step).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/collections/{id}#item-{resource_id}"),
        "flash-collection-item-moved",
    ))
}
