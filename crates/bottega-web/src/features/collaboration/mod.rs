//! Collaboration: short-term working groups on a theme.
//!
//! A group has a theme, a goal, sectors, a start and an end, and membership that is open, by
//! request or by invitation. Its workspace holds a task board (`tasks.rs`), shared pages with
//! their history and differences between revisions (`pages.rs`), meetings with an iCalendar file
//! (`meetings.rs`), its own discussion (a community only its members see, so threads are the
//! Communication section's own) and links to toolbox resources (`resources.rs`). When the group
//! closes (`close.rs`) it writes an outcome; the workspace stays at its address as a read-only
//! archive and the outcome can be published as a toolbox resource.
//!
//! Who may do what is decided here, on the server, for every request: anyone sees the list and a
//! group's overview; members (and site staff) read the workspace; members change it while the
//! group is active; coordinators manage members, edit the group and close it. Every change
//! checks, inside its transaction, that the group is still active ([`begin_change`]).

mod close;
mod forms;
mod groups;
mod meetings;
mod members;
mod pages;
mod resources;
mod tasks;

use axum::routing::{get, post};
use axum::Router;
use bottega_storage::collaboration::groups::{self as store, Group, Place};
use bottega_storage::{StorageError, Tx};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups", get(groups::list))
        .route(
            "/groups/new",
            get(groups::new_form).post(groups::new_submit),
        )
        .route("/groups/{id}", get(groups::show))
        .route(
            "/groups/{id}/edit",
            get(groups::edit_form).post(groups::edit_submit),
        )
        .route("/groups/{id}/join", post(members::join))
        .route("/groups/{id}/leave", post(members::leave))
        .route("/groups/{id}/invitation", post(members::answer_invitation))
        .route("/groups/{id}/members", get(members::page))
        .route("/groups/{id}/members/invite", post(members::invite))
        .route("/groups/{id}/members/{user}", post(members::manage))
        .route(
            "/groups/{id}/resources",
            get(resources::page).post(resources::link),
        )
        .route(
            "/groups/{id}/resources/{resource}/unlink",
            post(resources::unlink),
        )
        .route("/groups/{id}/close", get(close::form).post(close::submit))
        .route("/groups/{id}/outcome/publish", post(close::publish))
        .merge(tasks::routes())
        .merge(pages::routes())
        .merge(meetings::routes())
}

/// A group as one reader meets it: the group and the reader's place in it.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub group: Group,
    /// The reader's place (member, request, invitation), if any.
    pub place: Option<Place>,
    /// Site administrators and moderators read every workspace.
    pub staff: bool,
}

impl Workspace {
    pub fn id(&self) -> i64 {
        self.group.id
    }

    pub fn is_member(&self) -> bool {
        self.place.as_ref().is_some_and(Place::is_member)
    }

    pub fn is_coordinator(&self) -> bool {
        self.place.as_ref().is_some_and(Place::is_coordinator)
    }

    /// Coordinators, and site staff, manage the group.
    pub fn may_manage(&self) -> bool {
        self.is_coordinator() || self.staff
    }

    /// Members and staff read the workspace.
    pub fn may_read(&self) -> bool {
        self.is_member() || self.staff
    }

    /// Members change the workspace while the group is active.
    pub fn may_write(&self) -> bool {
        self.is_member() && !self.group.is_archived()
    }

    pub fn is_archived(&self) -> bool {
        self.group.is_archived()
    }

    /// The message naming how people join this group.
    pub fn membership_message(&self) -> String {
        format!("wg-membership-{}", self.group.membership)
    }

    /// The address of the group's overview.
    pub fn url(&self) -> String {
        format!("/groups/{}", self.group.id)
    }
}

/// An id from the address; anything that is not one is a page that does not exist.
pub fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// The group with the reader's place in it; 404 when there is no such group.
pub async fn load(state: &AppState, c: &Ctx, id: &str) -> AppResult<Workspace> {
    let id = parse_id(id)?;
    let group = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let place = match &c.user {
        Some(u) => store::place(&state.db, id, u.user_id).await?,
        None => None,
    };
    Ok(Workspace {
        group,
        place,
        staff: c.is_staff(),
    })
}

/// The group for reading its workspace: members and staff; others are told it is for members.
pub async fn readable(state: &AppState, c: &Ctx, id: &str) -> AppResult<Workspace> {
    c.require_user()?;
    let ws = load(state, c, id).await?;
    if !ws.may_read() {
        return Err(members_only());
    }
    Ok(ws)
}

/// The group for a change to its workspace by one of its members, with the member's id. An
/// archived group refuses with 409 `group_archived`; someone who is not (or no longer) a member
/// with 403 `group_members_only`.
pub async fn for_change(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Workspace)> {
    let user_id = c.require_verified()?.user_id;
    let ws = load(state, c, id).await?;
    if !ws.is_member() {
        return Err(members_only());
    }
    if ws.is_archived() {
        return Err(archived());
    }
    Ok((user_id, ws))
}

/// The group for a coordinator's change (or a site administrator's or moderator's).
pub async fn for_management(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Workspace)> {
    let user_id = c.require_verified()?.user_id;
    let ws = load(state, c, id).await?;
    if !ws.may_manage() {
        return Err(coordinators_only());
    }
    if ws.is_archived() {
        return Err(archived());
    }
    Ok((user_id, ws))
}

/// Starts the transaction of a change to group `group_id`: locks the group and checks, again,
/// that it is active and that `user_id` is still a member (or staff, when `staff`). Whatever
/// raced with this request (the group archived, the member removed) is refused here.
pub async fn begin_change(
    state: &AppState,
    group_id: i64,
    user_id: i64,
    staff: bool,
) -> AppResult<Tx> {
    let mut tx = state.db.begin().await?;
    match store::require_active(&mut tx, group_id).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => return Err(archived()),
        Err(StorageError::NotFound) => return Err(AppError::NotFound),
        Err(other) => return Err(other.into()),
    }
    if !staff {
        let member = store::place_in(&mut tx, group_id, user_id)
            .await?
            .is_some_and(|p| p.is_member());
        if !member {
            return Err(members_only());
        }
    }
    Ok(tx)
}

/// Starts the transaction of a coordinator's change: as [`begin_change`], and the person must
/// still be a coordinator (a coordinator made a plain member a moment ago is refused).
pub async fn begin_management(
    state: &AppState,
    group_id: i64,
    user_id: i64,
    staff: bool,
) -> AppResult<Tx> {
    let mut tx = begin_change(state, group_id, user_id, staff).await?;
    if !staff {
        let coordinator = store::place_in(&mut tx, group_id, user_id)
            .await?
            .is_some_and(|p| p.is_coordinator());
        if !coordinator {
            return Err(coordinators_only());
        }
    }
    Ok(tx)
}

/// 403 `group_coordinators_only`.
pub fn coordinators_only() -> AppError {
    AppError::Refused {
        code: "group_coordinators_only",
        message: "wg-error-coordinators-only",
        status: axum::http::StatusCode::FORBIDDEN,
    }
}

/// 409 `group_archived`: the group is closed and its workspace is an archive.
pub fn archived() -> AppError {
    AppError::refused("wg-error-archived", "group_archived")
}

/// 403 `group_members_only`.
pub fn members_only() -> AppError {
    AppError::Refused {
        code: "group_members_only",
        message: "wg-error-members-only",
        status: axum::http::StatusCode::FORBIDDEN,
    }
}
