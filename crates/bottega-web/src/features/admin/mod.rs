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
        .route(
            "/admin/communities",
            get(communities_page).post(create_community),
        )
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
    // Only an active administrator counts: a suspended one may be stepped down freely.
    let removes_an_admin = target.site_role() == SiteRole::Admin
        && target.status() == AccountStatus::Active
        && matches!(
            form.action.as_str(),
            "suspend" | "role-member" | "role-moderator" | "role-editor"
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
        "role-editor" => {
            accounts::set_site_role(&mut tx, id, SiteRole::Editor).await?;
            "user.role.editor"
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

// ---- Communities ---------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommunityForm {
    pub name: String,
    pub description: String,
    pub description_lang: String,
    pub visibility: String,
    /// The organisation (its address) a private community belongs to.
    pub organisation: String,
    pub position: String,
}

#[derive(Template)]
#[template(path = "admin/communities.html")]
struct CommunitiesPage {
    c: Ctx,
    communities: Vec<bottega_storage::communication::communities::Community>,
    form: CommunityForm,
    errors: crate::view::FormErrors,
    languages: Vec<crate::view::Choice>,
}

impl CommunitiesPage {
    fn visibilities(&self) -> &'static [&'static str] {
        COMMUNITY_VISIBILITIES
    }
}

const COMMUNITY_VISIBILITIES: &[&str] = &["public", "members", "private"];

async fn communities_page(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    require_admin(&c)?;
    let form = CommunityForm {
        visibility: "public".into(),
        ..Default::default()
    };
    communities_view(&state, c, form, crate::view::FormErrors::new()).await
}

async fn communities_view(
    state: &AppState,
    c: Ctx,
    form: CommunityForm,
    errors: crate::view::FormErrors,
) -> AppResult<Response> {
    let communities =
        bottega_storage::communication::communities::list(&state.db, &c.reader()).await?;
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(crate::view::render_status(
        status,
        &CommunitiesPage {
            languages: crate::view::language_options(
                bottega_domain::Language::parse(&form.description_lang).as_slice(),
            ),
            c,
            communities,
            form,
            errors,
        },
    ))
}

/// Administrators create the communities (themes) of the Communication section.
async fn create_community(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<CommunityForm>,
) -> AppResult<Response> {
    use bottega_domain::{validate, Language};
    let admin_id = require_admin(&c)?;
    let l = &c.l;
    let mut e = crate::view::FormErrors::new();
    let name = e.check(l, "name", validate::line(&form.name, true, 100));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, 1000),
    );
    let description_lang = e.optional_choice(
        l,
        "description_lang",
        &form.description_lang,
        Language::parse,
    );
    if !COMMUNITY_VISIBILITIES.contains(&form.visibility.as_str()) {
        e.add(l, "visibility", &validate::FieldError::InvalidChoice);
    }
    let position: i32 = if form.position.trim().is_empty() {
        0
    } else {
        match form.position.trim().parse::<i32>() {
            Ok(p) if (-1000..=1000).contains(&p) => p,
            _ => {
                e.add(l, "position", &validate::FieldError::InvalidChoice);
                0
            }
        }
    };
    let org_id = if form.visibility == "private" {
        match bottega_storage::directory::by_slug(&state.db, form.organisation.trim()).await {
            Ok(o) => Some(o.id),
            Err(bottega_storage::StorageError::NotFound) => {
                e.add_message("organisation", l.t("admin-community-org-needed"));
                None
            }
            Err(err) => return Err(err.into()),
        }
    } else {
        None
    };
    if !e.is_empty() {
        return communities_view(&state, c, form, e).await;
    }
    let mut tx = state.db.begin().await?;
    let id = bottega_storage::communication::communities::create(
        &mut tx,
        &bottega_storage::communication::communities::NewCommunity {
            name: &name,
            description: &description,
            description_lang,
            visibility: &form.visibility,
            org_id,
            group_id: None,
            position,
        },
        admin_id,
    )
    .await?;
    audit::record(
        &mut tx,
        Some(admin_id),
        "community.create",
        "community",
        Some(id),
        &name,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        "/admin/communities",
        "flash-community-created",
    ))
}
