//! Getting into a working group and out of it: joining an open group, asking to join, being
//! invited and answering, leaving; and the coordinators' page where requests are answered,
//! people invited, coordinators named and members removed.
//!
//! A group always keeps a coordinator: the last one can neither leave nor step down nor be
//! removed until another is named.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::validate;
use bottega_storage::accounts;
use bottega_storage::collaboration::groups::{self as store, Member};
use bottega_storage::{audit, StorageError};
use serde::Deserialize;

use super::{archived, for_management, load, parse_id, readable, Workspace};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render_status, FormErrors};

pub const MESSAGE_MAX: usize = 1_000;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JoinForm {
    pub message: String,
}

fn refused_422(code: &'static str, message: &'static str) -> AppError {
    AppError::Refused {
        code,
        message,
        status: StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Joins an open group, or asks to join one by request. Invitation-only groups refuse.
pub async fn join(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let ws = load(&state, &c, &id).await?;
    if ws.is_archived() {
        return Err(archived());
    }
    if ws.place.is_some() {
        return Err(AppError::refused(
            "wg-error-already-placed",
            "group_already_placed",
        ));
    }
    let message = validate::text(&form.message, false, MESSAGE_MAX)
        .map_err(|_| refused_422("group_message_too_long", "wg-error-message-too-long"))?;
    let (state_code, flash) = match ws.group.membership.as_str() {
        store::OPEN => (store::IN, "flash-wg-joined"),
        store::REQUEST => (store::REQUESTED, "flash-wg-requested"),
        _ => {
            return Err(AppError::Refused {
                code: "group_invitation_only",
                message: "wg-invitation-only",
                status: StatusCode::FORBIDDEN,
            })
        }
    };
    let mut tx = state.db.begin().await?;
    match store::require_active(&mut tx, ws.id()).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => return Err(archived()),
        Err(other) => return Err(other.into()),
    }
    match store::add(&mut tx, ws.id(), user_id, state_code, None, &message).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            return Err(AppError::refused(
                "wg-error-already-placed",
                "group_already_placed",
            ))
        }
        Err(other) => return Err(other.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&ws.url(), flash))
}

/// Leaves a group, or withdraws a request. The last coordinator stays until another is named.
pub async fn leave(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let ws = load(&state, &c, &id).await?;
    let Some(place) = &ws.place else {
        return Err(AppError::refused("wg-error-not-placed", "group_not_placed"));
    };
    if place.is_member() && ws.is_archived() {
        // The archive records who took part.
        return Err(archived());
    }
    let mut tx = state.db.begin().await?;
    if place.is_coordinator() {
        store::status_for_change(&mut tx, ws.id()).await?;
        if store::coordinator_count(&mut tx, ws.id()).await? <= 1 {
            return Err(AppError::refused(
                "wg-error-last-coordinator",
                "group_last_coordinator",
            ));
        }
    }
    store::remove(&mut tx, ws.id(), user_id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    let flash = if place.is_member() {
        "flash-wg-left"
    } else {
        "flash-wg-request-withdrawn"
    };
    Ok(redirect_with_flash(&ws.url(), flash))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    pub answer: String,
}

/// The invited person accepts or declines.
pub async fn answer_invitation(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let ws = load(&state, &c, &id).await?;
    if ws.place.as_ref().is_none_or(|p| p.state != store::INVITED) {
        return Err(AppError::refused(
            "wg-error-no-invitation",
            "group_no_invitation",
        ));
    }
    let mut tx = state.db.begin().await?;
    match store::require_active(&mut tx, ws.id()).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => return Err(archived()),
        Err(other) => return Err(other.into()),
    }
    let flash = match form.answer.as_str() {
        "accept" => {
            store::admit(&mut tx, ws.id(), user_id, store::INVITED).await?;
            "flash-wg-joined"
        }
        "decline" => {
            store::remove(&mut tx, ws.id(), user_id).await?;
            "flash-wg-invitation-declined"
        }
        _ => return Err(AppError::BadRequest),
    };
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&ws.url(), flash))
}

#[derive(Template)]
#[template(path = "collaboration/members.html")]
struct MembersPage {
    c: Ctx,
    ws: Workspace,
    members: Vec<Member>,
    requests: Vec<Member>,
    invitations: Vec<Member>,
    person: String,
    errors: FormErrors,
}

async fn members_page(
    state: &AppState,
    c: Ctx,
    ws: Workspace,
    person: String,
    errors: FormErrors,
) -> AppResult<Response> {
    let all = store::members(&state.db, ws.id()).await?;
    let (members, rest): (Vec<Member>, Vec<Member>) =
        all.into_iter().partition(|m| m.state == store::IN);
    let (requests, invitations) = rest.into_iter().partition(|m| m.state == store::REQUESTED);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &MembersPage {
            c,
            ws,
            members,
            requests,
            invitations,
            person,
            errors,
        },
    ))
}

/// The members, for members; coordinators also answer requests and invite from here.
pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let ws = readable(&state, &c, &id).await?;
    members_page(&state, c, ws, String::new(), FormErrors::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    /// A handle (with or without @) or an email address.
    pub person: String,
}

/// A coordinator invites someone already registered, by handle or email address; they are told
/// by email in their own language and answer on the group's page.
pub async fn invite(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let (user_id, ws) = for_management(&state, &c, &id).await?;
    let person = form.person.trim().trim_start_matches('@').to_lowercase();
    let mut errors = FormErrors::new();
    if person.is_empty() {
        errors.add(&c.l, "person", &validate::FieldError::Required);
        return members_page(&state, c, ws, form.person, errors).await;
    }
    let found = if person.contains('@') {
        accounts::by_email(&state.db, &person)
            .await?
            .filter(|u| u.status == "active")
            .map(|u| u.id)
    } else {
        accounts::by_handles(&state.db, &[person])
            .await?
            .first()
            .map(|h| h.id)
    };
    let Some(invitee) = found else {
        errors.add_message("person", c.t("wg-error-unknown-person"));
        return members_page(&state, c, ws, form.person, errors).await;
    };
    let invitee_user = accounts::by_id(&state.db, invitee).await?;
    let mut tx = super::begin_management(&state, ws.id(), user_id, ws.staff).await?;
    match store::add(&mut tx, ws.id(), invitee, store::INVITED, Some(user_id), "").await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            errors.add_message("person", c.t("wg-error-already-has-place"));
            return members_page(&state, c, ws, form.person, errors).await;
        }
        Err(other) => return Err(other.into()),
    }
    let l = state
        .catalogs
        .localizer(invitee_user.locale.as_deref().unwrap_or("en"));
    crate::email::queue(
        &mut tx,
        &l,
        &invitee_user.email,
        "email-group-invitation",
        &ws.group.title,
        &crate::features::accounts::link(&state, &ws.url()),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/groups/{}/members", ws.id()),
        "flash-wg-invited",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageForm {
    /// accept, decline, remove, promote, demote, revoke
    pub action: String,
}

/// A coordinator answers a request, revokes an invitation, names or un-names a coordinator, or
/// removes a member. The last coordinator is never removed or demoted.
pub async fn manage(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, user)): Path<(String, String)>,
    Form(form): Form<ManageForm>,
) -> AppResult<Response> {
    let (actor, ws) = for_management(&state, &c, &id).await?;
    let target = parse_id(&user)?;
    let mut tx = super::begin_management(&state, ws.id(), actor, ws.staff).await?;
    let place = store::place_in(&mut tx, ws.id(), target)
        .await?
        .ok_or(AppError::NotFound)?;
    let last_coordinator = |n: i64| {
        if place.is_coordinator() && n <= 1 {
            Err(AppError::refused(
                "wg-error-last-coordinator",
                "group_last_coordinator",
            ))
        } else {
            Ok(())
        }
    };
    let (done, flash, action) = match (form.action.as_str(), place.state.as_str()) {
        ("accept", store::REQUESTED) => (
            store::admit(&mut tx, ws.id(), target, store::REQUESTED).await?,
            "flash-wg-request-accepted",
            "group.accept",
        ),
        ("decline", store::REQUESTED) | ("revoke", store::INVITED) => (
            store::remove(&mut tx, ws.id(), target).await?,
            "flash-wg-place-removed",
            "group.decline",
        ),
        ("remove", store::IN) => {
            last_coordinator(store::coordinator_count(&mut tx, ws.id()).await?)?;
            (
                store::remove(&mut tx, ws.id(), target).await?,
                "flash-wg-member-removed",
                "group.remove",
            )
        }
        ("promote", store::IN) => (
            store::set_role(&mut tx, ws.id(), target, store::COORDINATOR).await?,
            "flash-wg-role-changed",
            "group.promote",
        ),
        ("demote", store::IN) => {
            last_coordinator(store::coordinator_count(&mut tx, ws.id()).await?)?;
            (
                store::set_role(&mut tx, ws.id(), target, store::MEMBER).await?,
                "flash-wg-role-changed",
                "group.demote",
            )
        }
        _ => {
            return Err(AppError::refused(
                "wg-error-not-possible",
                "group_action_not_possible",
            ))
        }
    };
    if !done {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        Some(actor),
        action,
        "wg_group",
        Some(ws.id()),
        &target.to_string(),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/groups/{}/members", ws.id()),
        flash,
    ))
}
