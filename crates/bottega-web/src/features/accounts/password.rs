use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_domain::{validate, HOUR};
use bottega_storage::accounts::{self, TokenPurpose};
use bottega_storage::{rate, StorageError};
use serde::Deserialize;

use super::register::token_problem;
use super::{check_new_password, link, spend_allowance, RESET_TTL};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{render, render_status, FormErrors};
use crate::{email, passwords};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    c: Ctx,
    form: ForgotForm,
    errors: FormErrors,
    sent: bool,
}

pub async fn forgot_form(c: Ctx) -> Response {
    render(&ForgotPage {
        c,
        form: ForgotForm::default(),
        errors: FormErrors::new(),
        sent: false,
    })
}

/// Always answers the same way, whether or not the address has an account, so the form cannot
/// be used to find out who is registered.
pub async fn forgot_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::new();
    let email = errors.check(&c.l, "email", validate::email(&form.email));
    if !errors.is_empty() {
        return Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ForgotPage {
                c,
                form,
                errors,
                sent: false,
            },
        ));
    }
    spend_allowance(&state, "reset-ip", &c.ip.to_string(), 10, HOUR).await?;
    if let Some(user) = accounts::by_email(&state.db, &email).await? {
        let seen = rate::recent(&state.db, "reset-account", &email, HOUR).await?;
        if seen.count < 3 {
            let token = bottega_storage::new_token();
            let mut tx = state.db.begin().await?;
            rate::record(&mut tx, "reset-account", &email).await?;
            accounts::issue_token(
                &mut tx,
                &token,
                user.id,
                TokenPurpose::ResetPassword,
                None,
                RESET_TTL,
            )
            .await?;
            let l = state
                .catalogs
                .localizer(user.locale.as_deref().unwrap_or(c.l.lang()));
            email::queue(
                &mut tx,
                &l,
                &user.email,
                "email-reset",
                &user.display_name,
                &link(&state, &format!("/password/reset/{token}")),
            )
            .await?;
            tx.commit().await.map_err(StorageError::from)?;
            state.jobs_wakeup.notify_one();
        }
    }
    Ok(render(&ForgotPage {
        c,
        form,
        errors,
        sent: true,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub password: String,
    pub password_confirm: String,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    c: Ctx,
    token: String,
    errors: FormErrors,
}

pub async fn reset_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    match accounts::peek_token(&state.db, &token, TokenPurpose::ResetPassword).await? {
        Ok(_) => Ok(render(&ResetPage {
            c,
            token,
            errors: FormErrors::new(),
        })),
        Err(p) => Ok(token_problem(c, p)),
    }
}

pub async fn reset_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    let user_id = match accounts::peek_token(&state.db, &token, TokenPurpose::ResetPassword).await?
    {
        Ok(id) => id,
        Err(p) => return Ok(token_problem(c, p)),
    };
    let user = accounts::by_id(&state.db, user_id).await?;
    let mut errors = FormErrors::new();
    check_new_password(
        &mut errors,
        &c.l,
        &form.password,
        &form.password_confirm,
        &user.email,
    );
    if !errors.is_empty() {
        return Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ResetPage { c, token, errors },
        ));
    }
    let hash = passwords::hash(form.password).await?;
    let mut tx = state.db.begin().await?;
    // Redeemed inside the transaction: of two submissions of the same link, one wins.
    if let Err(p) = accounts::redeem_token(&mut tx, &token, TokenPurpose::ResetPassword).await? {
        return Ok(token_problem(c, p));
    }
    accounts::set_password(&mut tx, user.id, &hash).await?;
    // The link proved the address belongs to this person.
    accounts::mark_verified(&mut tx, user.id).await?;
    rate::clear(&mut tx, "login-account", &user.email).await?;
    tx.commit().await.map_err(StorageError::from)?;
    tracing::info!(user_id = user.id, "password reset");
    Ok(redirect_with_flash("/login", "flash-password-reset"))
}
