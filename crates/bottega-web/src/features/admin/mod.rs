//! Site administration: people (suspend, reactivate, change site role) and the audit log.
//! Every action is written to the audit log in the same transaction as the change.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::{AccountStatus, SiteRole};
use bottega_storage::accounts::{self, UserSummary};
use bottega_storage::audit::{self, AuditEntry};
use bottega_storage::StorageError;
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{query_string, render, Paging};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(users))
        .route("/admin/users/{id}", post(act_on_user))
        .route("/admin/audit", get(audit_log))
}

fn require_admin(c: &Ctx) -> AppResult<i64> {
    let u = c.require_user()?;
    if u.site_role == "admin" {
        Ok(u.user_id)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Moderators read the audit log too: it is where their own actions are accounted for.
fn require_moderator(c: &Ctx) -> AppResult<()> {
    let u = c.require_user()?;
    if u.site_role == "admin" || u.site_role == "moderator" {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    c: Ctx,
    q: String,
    users: Vec<UserSummary>,
    paging: Paging,
}

async fn users(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    require_admin(&c)?;
    let page = q.page.unwrap_or(1).max(1);
    let text: String = q.q.chars().take(100).collect();
    let (users, total) =
        accounts::list_for_admin(&state.db, &text, Paging::PER_PAGE, Paging::offset(page)).await?;
    let paging = Paging::new(page, total, query_string(&[("q", &text)]));
    Ok(render(&UsersPage {
        c,
        q: text,
        users,
        paging,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    pub action: String,
}

async fn act_on_user(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let admin_id = require_admin(&c)?;
    let target = accounts::by_id(&state.db, id).await?;
    if id == admin_id {
        // Locking oneself out (or stepping down) by accident is too easy from a list.
        return Ok(redirect_with_flash("/admin", "flash-admin-not-self"));
    }
    let mut tx = state.db.begin().await?;
    let removes_an_admin = target.site_role() == SiteRole::Admin
        && matches!(
            form.action.as_str(),
            "suspend" | "role-member" | "role-moderator"
        );
    if removes_an_admin && accounts::count_admins(&mut tx).await? <= 1 {
        return Ok(redirect_with_flash("/admin", "flash-last-site-admin"));
    }
    let action = match form.action.as_str() {
        "suspend" => {
            accounts::set_status(&mut tx, id, AccountStatus::Suspended).await?;
            "user.suspend"
        }
        "reactivate" => {
            accounts::set_status(&mut tx, id, AccountStatus::Active).await?;
            "user.reactivate"
        }
        "role-member" => {
            accounts::set_site_role(&mut tx, id, SiteRole::Member).await?;
            "user.role.member"
        }
        "role-moderator" => {
            accounts::set_site_role(&mut tx, id, SiteRole::Moderator).await?;
            "user.role.moderator"
        }
        "role-admin" => {
            accounts::set_site_role(&mut tx, id, SiteRole::Admin).await?;
            "user.role.admin"
        }
        _ => return Err(AppError::BadRequest),
    };
    audit::record(
        &mut tx,
        Some(admin_id),
        action,
        "user",
        Some(id),
        &target.email,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    tracing::info!(admin_id, target = id, action, "admin action");
    Ok(redirect_with_flash("/admin", "flash-admin-done"))
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    c: Ctx,
    entries: Vec<AuditEntry>,
    paging: Paging,
}

async fn audit_log(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    require_moderator(&c)?;
    let page = q.page.unwrap_or(1).max(1);
    let (entries, total) = audit::list(&state.db, Paging::PER_PAGE, Paging::offset(page)).await?;
    Ok(render(&AuditPage {
        c,
        entries,
        paging: Paging::new(page, total, String::new()),
    }))
}
