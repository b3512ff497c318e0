//! Membership: asking to join, the administrators' page (requests, invitations, members) and
//! accepting an invitation. Every change is checked against the reader's role on the server.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::{validate, OrgRole, DAY};
use bottega_storage::directory::{self, Invitation, JoinRequest, Member, Organisation};
use bottega_storage::{accounts, audit, StorageError};
use serde::Deserialize;

use super::org_for_admin;
use crate::context::{redirect_with_flash, Ctx};
use crate::email;
use crate::error::{AppError, AppResult};
use crate::features::accounts::{link, spend_allowance};
use crate::state::AppState;
use crate::view::{render, render_status, FormErrors};

const INVITATION_TTL: i64 = 14 * DAY;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JoinForm {
    pub message: String,
}

pub async fn join(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let user = c.require_verified()?.clone();
    let org = directory::by_slug(&state.db, &slug).await?;
    let back = format!("/directory/{}", org.slug);
    if directory::role_of(&state.db, org.id, user.user_id)
        .await?
        .is_some()
    {
        return Ok(redirect_with_flash(&back, "flash-already-member"));
    }
    let message = validate::text(&form.message, false, 1000).map_err(|_| AppError::BadRequest)?;
    let mut tx = state.db.begin().await?;
    match directory::request_to_join(&mut tx, org.id, user.user_id, &message).await {
        Ok(_) => {}
        Err(StorageError::Conflict(_)) => {
            return Ok(redirect_with_flash(&back, "flash-request-pending"))
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&back, "flash-request-sent"))
}

#[derive(Template)]
#[template(path = "directory/manage.html")]
struct ManagePage {
    c: Ctx,
    org: Organisation,
    requests: Vec<JoinRequest>,
    invitations: Vec<Invitation>,
    members: Vec<Member>,
    invite_email: String,
    errors: FormErrors,
}

impl ManagePage {
    fn invitation_state(&self, i: &Invitation) -> &'static str {
        if i.accepted_at.is_some() {
            "accepted"
        } else if i.revoked_at.is_some() {
            "revoked"
        } else if i.expires_at <= bottega_storage::now() {
            "expired"
        } else {
            "pending"
        }
    }
}

async fn manage_page(
    state: &AppState,
    c: Ctx,
    org: Organisation,
    invite_email: String,
    errors: FormErrors,
) -> AppResult<Response> {
    let requests = directory::pending_requests(&state.db, org.id).await?;
    let invitations = directory::invitations(&state.db, org.id).await?;
    let members = directory::members(&state.db, org.id, true).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(
        status,
        &ManagePage {
            c,
            org,
            requests,
            invitations,
            members,
            invite_email,
            errors,
        },
    ))
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    manage_page(&state, c, org, String::new(), FormErrors::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
}

pub async fn decide_request(
    State(state): State<AppState>,
    c: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let admin = c.require_user()?;
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let mut tx = state.db.begin().await?;
    let user_id = match directory::decide_request(&mut tx, org.id, id, accept, admin.user_id).await
    {
        Ok(u) => u,
        // Already decided (by another administrator, or in another tab).
        Err(StorageError::NotFound) => {
            return Ok(redirect_with_flash(
                &format!("/directory/{}/manage", org.slug),
                "flash-request-already-decided",
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let action = if accept {
        "membership.accept"
    } else {
        "membership.decline"
    };
    audit::record(
        &mut tx,
        Some(admin.user_id),
        action,
        "organisation",
        Some(org.id),
        &format!("user {user_id}"),
    )
    .await?;
    let requester = accounts::by_id(&state.db, user_id).await?;
    let l = state
        .catalogs
        .localizer(requester.locale.as_deref().unwrap_or("en"));
    let outcome = if accept {
        l.t("join-outcome-accepted")
    } else {
        l.t("join-outcome-declined")
    };
    let mail_id = "email-join-decided";
    let subject = l.t1(&format!("{mail_id}-subject"), "org", org.name.clone());
    let body = l.t2(
        &format!("{mail_id}-body"),
        "org",
        org.name.clone(),
        "outcome",
        outcome,
    );
    bottega_storage::jobs::enqueue(
        &mut tx,
        crate::jobs::SEND_EMAIL,
        &bottega_mail::Email {
            to: requester.email.clone(),
            subject,
            body: format!(
                "{body}\n{}\n",
                link(&state, &format!("/directory/{}", org.slug))
            ),
            unsubscribe: None,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    let flash = if accept {
        "flash-request-accepted"
    } else {
        "flash-request-declined"
    };
    Ok(redirect_with_flash(
        &format!("/directory/{}/manage", org.slug),
        flash,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
}

pub async fn invite(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let admin = c.require_verified()?.clone();
    let mut errors = FormErrors::new();
    let to = errors.check(&c.l, "email", validate::email(&form.email));
    let role = match form.role.as_str() {
        "" | "member" => OrgRole::Member,
        "admin" => OrgRole::Admin,
        _ => {
            errors.add(&c.l, "role", &validate::FieldError::InvalidChoice);
            OrgRole::Member
        }
    };
    if !errors.is_empty() {
        return manage_page(&state, c, org, form.email, errors).await;
    }
    spend_allowance(&state, "invite", &admin.user_id.to_string(), 50, DAY).await?;
    let mut tx = state.db.begin().await?;
    let token =
        directory::invite(&mut tx, org.id, &to, role, admin.user_id, INVITATION_TTL).await?;
    audit::record(
        &mut tx,
        Some(admin.user_id),
        "invitation.create",
        "organisation",
        Some(org.id),
        &to,
    )
    .await?;
    email::queue(
        &mut tx,
        &c.l,
        &to,
        "email-invitation",
        &org.name,
        &link(&state, &format!("/invitations/{token}")),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/directory/{}/manage", org.slug),
        "flash-invitation-sent",
    ))
}

pub async fn revoke(
    State(state): State<AppState>,
    c: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let admin = c.require_user()?;
    let mut tx = state.db.begin().await?;
    directory::revoke_invitation(&mut tx, org.id, id).await?;
    audit::record(
        &mut tx,
        Some(admin.user_id),
        "invitation.revoke",
        "organisation",
        Some(org.id),
        &id.to_string(),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/directory/{}/manage", org.slug),
        "flash-invitation-revoked",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MemberForm {
    pub action: String,
}

/// Makes a member an administrator, a plain member, or removes them. An organisation always
/// keeps at least one administrator.
pub async fn change_member(
    State(state): State<AppState>,
    c: Ctx,
    Path((slug, user_id)): Path<(String, i64)>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let admin = c.require_user()?;
    let back = format!("/directory/{}/manage", org.slug);
    let current = directory::role_of(&state.db, org.id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let leaves_admin_role =
        current == OrgRole::Admin && matches!(form.action.as_str(), "make-member" | "remove");
    if leaves_admin_role && directory::admin_count(&mut tx, org.id).await? <= 1 {
        return Ok(redirect_with_flash(&back, "flash-last-admin"));
    }
    match form.action.as_str() {
        "make-admin" => {
            directory::set_member_role(&mut tx, org.id, user_id, OrgRole::Admin).await?
        }
        "make-member" => {
            directory::set_member_role(&mut tx, org.id, user_id, OrgRole::Member).await?
        }
        "remove" => directory::remove_member(&mut tx, org.id, user_id).await?,
        _ => return Err(AppError::BadRequest),
    }
    audit::record(
        &mut tx,
        Some(admin.user_id),
        &format!("membership.{}", form.action),
        "organisation",
        Some(org.id),
        &format!("user {user_id}"),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&back, "flash-member-changed"))
}

#[derive(Template)]
#[template(path = "directory/invitation.html")]
struct InvitationPage {
    c: Ctx,
    token: String,
    org: Organisation,
    invitation: Invitation,
    /// Why it cannot be accepted now, if it cannot.
    problem: Option<&'static str>,
}

async fn load_invitation(
    state: &AppState,
    c: &Ctx,
    token: &str,
) -> AppResult<(Organisation, Invitation, Option<&'static str>)> {
    let inv = directory::invitation_by_token(&state.db, token)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = directory::by_id(&state.db, inv.org_id).await?;
    let problem = if inv.accepted_at.is_some() {
        Some("invitation-used")
    } else if inv.revoked_at.is_some() {
        Some("invitation-revoked")
    } else if inv.expires_at <= bottega_storage::now() {
        Some("invitation-expired")
    } else if c.user.as_ref().is_some_and(|u| u.email != inv.email) {
        Some("invitation-other-address")
    } else {
        None
    };
    Ok((org, inv, problem))
}

pub async fn invitation_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let (org, invitation, problem) = load_invitation(&state, &c, &token).await?;
    Ok(render(&InvitationPage {
        c,
        token,
        org,
        invitation,
        problem,
    }))
}

/// Accepted by the signed-in person the invitation was addressed to.
pub async fn accept_invitation(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let user = c.require_user()?.clone();
    let (org, invitation, problem) = load_invitation(&state, &c, &token).await?;
    if problem.is_some() {
        let mut res = render_status(
            StatusCode::CONFLICT,
            &InvitationPage {
                c,
                token,
                org,
                invitation,
                problem,
            },
        );
        res.headers_mut().insert(
            "x-bottega-error",
            axum::http::HeaderValue::from_static("invitation_unusable"),
        );
        return Ok(res);
    }
    let mut tx = state.db.begin().await?;
    match directory::accept_invitation(&mut tx, &invitation, user.user_id).await {
        Ok(()) => {}
        Err(StorageError::NotFound) => {
            return Ok(redirect_with_flash(
                &format!("/invitations/{token}"),
                "flash-invitation-unusable",
            ))
        }
        Err(e) => return Err(e.into()),
    }
    // The invitation reached this address, which proves it.
    accounts::mark_verified(&mut tx, user.user_id).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/directory/{}", org.slug),
        "flash-invitation-accepted",
    ))
}
