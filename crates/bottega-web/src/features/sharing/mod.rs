//! Sharing: the resource toolbox. Members deposit documents, tools, course material, videos,
//! templates and links with rich descriptions; others find them through search with facets,
//! download them, rate them, comment on them, report how they reused them and gather them in
//! collections.
//!
//! Files go through [`upload`]: checked while they stream in, stored by content address, and
//! served back only as downloads with safe headers ([`show::download`]).

pub mod collections;
pub mod downloads;
mod form;
pub mod show;
pub mod upload;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use bottega_storage::sharing::resources::{self, Resource};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes(state: &AppState) -> Router<AppState> {
    let limits = &state.config.limits;
    // A form may carry several files: the whole body may be that large, each file is checked
    // against its own limit while it streams in.
    let upload_limit = (limits.file_bytes as usize)
        .saturating_mul(limits.files_per_upload)
        .saturating_add(1024 * 1024);
    Router::new()
        .route("/resources/new", get(form::new_page).post(form::create))
        .route(
            "/resources/{id}/edit",
            get(form::edit_page).post(form::update),
        )
        .route("/resources/{id}/files", post(form::add_version))
        .layer(DefaultBodyLimit::max(upload_limit))
        .route("/resources/{id}", get(show::page))
        .route("/resources/{id}/delete", post(form::delete))
        .route("/resources/{id}/download/{version}", get(show::download))
        .route("/resources/{id}/thumbnail/{version}", get(show::thumbnail))
        .route("/resources/{id}/rate", post(show::rate))
        .route("/resources/{id}/comments", post(show::comment))
        .route(
            "/resources/{id}/comments/{comment}/delete",
            post(show::delete_comment),
        )
        .route("/resources/{id}/reuses", post(show::report_reuse))
        .route("/resources/{id}/collect", post(collections::add_item))
        .merge(collections::routes())
}

/// A resource the reader may see, or 404 (also for those they may not: its existence is not
/// revealed).
pub async fn visible_resource(state: &AppState, c: &Ctx, id: i64) -> AppResult<Resource> {
    resources::visible(&state.db, &c.reader(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether the reader may change this resource: its owner, an admin of its organisation, or
/// site staff.
pub async fn may_edit(state: &AppState, c: &Ctx, r: &Resource) -> AppResult<bool> {
    let Some(u) = &c.user else {
        return Ok(false);
    };
    if c.is_staff() {
        return Ok(true);
    }
    Ok(resources::can_edit(&state.db, r, u.user_id).await?)
}

/// The organisation chosen in a form's `field`: empty is none; otherwise it must be one the
/// member belongs to, or `keep` (the one the thing already has, kept when staff edit it).
pub async fn chosen_org(
    state: &AppState,
    c: &Ctx,
    errors: &mut crate::view::FormErrors,
    field: &'static str,
    value: &str,
    user_id: i64,
    keep: Option<i64>,
) -> AppResult<Option<i64>> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    let mine = bottega_storage::directory::orgs_of_user(&state.db, user_id).await?;
    let found = value
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| keep == Some(*id) || mine.iter().any(|o| o.id == *id));
    if found.is_none() {
        errors.add(
            &c.l,
            field,
            &bottega_domain::validate::FieldError::InvalidChoice,
        );
    }
    Ok(found)
}

/// A file size for people: "640 KB", "12.5 MB".
pub fn human_size(c: &Ctx, bytes: i64) -> String {
    let b = bytes.max(0) as f64;
    if b < 1024.0 * 1024.0 {
        c.l.t1("size-kb", "size", format!("{:.0}", (b / 1024.0).ceil()))
    } else {
        c.l.t1("size-mb", "size", format!("{:.1}", b / (1024.0 * 1024.0)))
    }
}

/// The resource number in what people paste to link a toolbox resource (working groups,
/// twinning evidence, best practices): `12`, `/resources/12`, `https://host/resources/12?x`.
pub fn resource_number(typed: &str) -> Option<i64> {
    let t = typed.trim();
    let tail = match t.rfind("/resources/") {
        Some(at) => &t[at + "/resources/".len()..],
        None => t,
    };
    let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
    let rest = &tail[digits.len()..];
    if !(rest.is_empty() || rest.starts_with(['/', '?', '#'])) {
        return None;
    }
    digits.parse::<i64>().ok().filter(|n| *n > 0)
}

#[cfg(test)]
mod resource_number_tests {
    use super::resource_number;

    #[test]
    fn resource_numbers_are_read_from_what_people_paste() {
        assert_eq!(resource_number("12"), Some(12));
        assert_eq!(resource_number(" /resources/12 "), Some(12));
        assert_eq!(
            resource_number("https://bottega.example/resources/345?from=search"),
            Some(345)
        );
        assert_eq!(resource_number("/resources/7/download/3"), Some(7));
        assert_eq!(resource_number("/resources/12abc"), None);
        assert_eq!(resource_number("twelve"), None);
        assert_eq!(resource_number("0"), None);
        assert_eq!(resource_number("-4"), None);
    }
}
