use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::Form;
use bottega_domain::{validate, HOUR};
use bottega_storage::accounts::{self, TokenPurpose};
use bottega_storage::{sessions, StorageError};
use serde::Deserialize;

use super::register::token_problem;
use super::{check_new_password, link, spend_allowance, CHANGE_EMAIL_TTL};
use crate::context::{redirect_with_flash, safe_next, session_cookie, Ctx, LANG_COOKIE};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render_status, FormErrors};
use crate::{email, passwords};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub password: String,
    pub password_confirm: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmailForm {
    pub new_email: String,
    pub email_current_password: String,
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    c: Ctx,
    email: String,
    verified: bool,
    new_email: String,
    password_errors: FormErrors,
    email_errors: FormErrors,
}

fn page_with(
    c: Ctx,
    email: String,
    verified: bool,
    new_email: String,
    pe: FormErrors,
    ee: FormErrors,
) -> Response {
    let status = if pe.is_empty() && ee.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AccountPage {
            c,
            email,
            verified,
            new_email,
            password_errors: pe,
            email_errors: ee,
        },
    )
}

pub async fn page(c: Ctx) -> AppResult<Response> {
    let u = c.require_user()?;
    let (email, verified) = (u.email.clone(), u.email_verified_at.is_some());
    Ok(page_with(
        c,
        email,
        verified,
        String::new(),
        FormErrors::new(),
        FormErrors::new(),
    ))
}

/// Asks for the current password; on success every other session ends and this browser gets
/// a fresh one.
pub async fn change_password(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let u = c.require_user()?.clone();
    let stored = accounts::by_id(&state.db, u.user_id).await?;
    let mut errors = FormErrors::new();
    if !passwords::verify(form.current_password.clone(), stored.password_hash.clone()).await? {
        errors.add(
            &c.l,
            "current_password",
            &validate::FieldError::PasswordWrong,
        );
    }
    check_new_password(
        &mut errors,
        &c.l,
        &form.password,
        &form.password_confirm,
        &u.email,
    );
    if !errors.is_empty() {
        return Ok(page_with(
            c,
            u.email.clone(),
            u.email_verified_at.is_some(),
            String::new(),
            errors,
            FormErrors::new(),
        ));
    }
    let hash = passwords::hash(form.password).await?;
    let mut tx = state.db.begin().await?;
    accounts::set_password(&mut tx, u.user_id, &hash).await?;
    let token = sessions::create(&mut tx, u.user_id, &c.user_agent).await?;
    tx.commit().await.map_err(StorageError::from)?;
    let mut res = redirect_with_flash("/account", "flash-password-changed");
    if let Ok(v) = session_cookie(token, c.secure_cookies).to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Sends a confirmation link to the new address; the change happens when it is followed.
pub async fn change_email(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<EmailForm>,
) -> AppResult<Response> {
    let u = c.require_user()?.clone();
    let stored = accounts::by_id(&state.db, u.user_id).await?;
    let mut errors = FormErrors::new();
    let new_email = errors.check(&c.l, "new_email", validate::email(&form.new_email));
    if errors.is_empty() && accounts::email_exists(&state.db, &new_email).await? {
        errors.add(&c.l, "new_email", &validate::FieldError::EmailTaken);
    }
    if !passwords::verify(
        form.email_current_password.clone(),
        stored.password_hash.clone(),
    )
    .await?
    {
        errors.add(
            &c.l,
            "email_current_password",
            &validate::FieldError::PasswordWrong,
        );
    }
    if !errors.is_empty() {
        return Ok(page_with(
            c,
            u.email.clone(),
            u.email_verified_at.is_some(),
            form.new_email,
            FormErrors::new(),
            errors,
        ));
    }
    spend_allowance(&state, "change-email", &u.user_id.to_string(), 5, HOUR).await?;
    let token = bottega_storage::new_token();
    let mut tx = state.db.begin().await?;
    accounts::issue_token(
        &mut tx,
        &token,
        u.user_id,
        TokenPurpose::ChangeEmail,
        Some(&new_email),
        CHANGE_EMAIL_TTL,
    )
    .await?;
    email::queue(
        &mut tx,
        &c.l,
        &new_email,
        "email-change",
        &u.display_name,
        &link(&state, &format!("/account/email/confirm/{token}")),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash("/account", "flash-email-change-sent"))
}

pub async fn confirm_email(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let t = match accounts::redeem_token(&mut tx, &token, TokenPurpose::ChangeEmail).await? {
        Ok(t) => t,
        Err(p) => return Ok(token_problem(c, p)),
    };
    let new_email = t.new_email.ok_or(AppError::BadRequest)?;
    match accounts::set_email(&mut tx, t.user_id, &new_email).await {
        Ok(()) => {}
        // Taken by someone else since the link was sent.
        Err(StorageError::Conflict(_)) => {
            return Ok(token_problem(c, accounts::TokenProblem::Used))
        }
        Err(e) => return Err(e.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        if c.user.is_some() {
            "/account"
        } else {
            "/login"
        },
        "flash-email-changed",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LanguageForm {
    pub lang: String,
    pub next: String,
}

/// The language switcher: remembered in a cookie, and in the account of a signed-in person.
pub async fn switch_language(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    let lang = bottega_i18n::ui_language(&form.lang).ok_or(AppError::BadRequest)?;
    if let Some(u) = &c.user {
        let mut tx = state.db.begin().await?;
        accounts::set_locale(&mut tx, u.user_id, lang).await?;
        tx.commit().await.map_err(StorageError::from)?;
    }
    let mut res = Redirect::to(&safe_next(&form.next)).into_response();
    let cookie = Cookie::build((LANG_COOKIE, lang))
        .path("/")
        .same_site(SameSite::Lax)
        .secure(c.secure_cookies)
        .max_age(time::Duration::days(365))
        .build();
    if let Ok(v) = cookie.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
