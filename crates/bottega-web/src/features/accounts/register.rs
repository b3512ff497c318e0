use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use bottega_domain::{validate, Country, SiteRole, HOUR};
use bottega_storage::accounts::{self, NewUser, TokenProblem, TokenPurpose};
use bottega_storage::{sessions, StorageError};
use serde::Deserialize;

use super::{check_new_password, link, spend_allowance, VERIFY_TTL};
use crate::context::{redirect_with_flash, session_cookie, Ctx};
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{options, render, render_status, Choice, FormErrors};
use crate::{email, passwords};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterForm {
    pub display_name: String,
    pub email: String,
    pub password: String,
    pub password_confirm: String,
    pub country: String,
    pub is_minor: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    c: Ctx,
    form: RegisterForm,
    countries: Vec<Choice>,
    errors: FormErrors,
}

fn country_choices(c: &Ctx, selected: &str) -> Vec<Choice> {
    let sel: Vec<Country> = Country::parse(selected).into_iter().collect();
    options::<Country>(&c.l, &sel)
}

pub async fn form(c: Ctx) -> Response {
    if c.user.is_some() {
        return axum::response::Redirect::to("/").into_response();
    }
    render(&RegisterPage {
        countries: country_choices(&c, ""),
        c,
        form: RegisterForm::default(),
        errors: FormErrors::new(),
    })
}

pub async fn submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(mut form): Form<RegisterForm>,
) -> AppResult<Response> {
    let l = &c.l;
    let mut errors = FormErrors::new();
    let name = errors.check(
        l,
        "display_name",
        validate::line(&form.display_name, true, 80),
    );
    let email = errors.check(l, "email", validate::email(&form.email));
    let country = if form.country.is_empty() {
        None
    } else {
        Some(errors.check(
            l,
            "country",
            validate::choice(&form.country, Country::parse).map(Some),
        ))
        .flatten()
    };
    check_new_password(
        &mut errors,
        l,
        &form.password,
        &form.password_confirm,
        &email,
    );
    if errors.get("email").is_none() && accounts::email_exists(&state.db, &email).await? {
        errors.add(l, "email", &validate::FieldError::EmailTaken);
    }
    if !errors.is_empty() {
        return Ok(again(c, form, errors));
    }
    spend_allowance(&state, "register-ip", &c.ip.to_string(), 20, HOUR).await?;

    let hash = passwords::hash(form.password.clone()).await?;
    let mut tx = state.db.begin().await?;
    let created = accounts::create_user(
        &mut tx,
        &NewUser {
            email: &email,
            password_hash: &hash,
            display_name: &name,
            country,
            is_minor: form.is_minor.is_some(),
            locale: Some(c.l.lang()),
            site_role: SiteRole::Member,
            verified: false,
        },
    )
    .await;
    let user_id = match created {
        Ok(id) => id,
        // Someone registered the same address a moment ago.
        Err(StorageError::Conflict(_)) => {
            errors.add(l, "email", &validate::FieldError::EmailTaken);
            return Ok(again(c, form, errors));
        }
        Err(e) => return Err(e.into()),
    };
    let token = bottega_storage::new_token();
    accounts::issue_token(
        &mut tx,
        &token,
        user_id,
        TokenPurpose::VerifyEmail,
        None,
        VERIFY_TTL,
    )
    .await?;
    email::queue(
        &mut tx,
        l,
        &email,
        "email-verify",
        &name,
        &link(&state, &format!("/verify/{token}")),
    )
    .await?;
    let session = sessions::create(&mut tx, user_id, &c.user_agent).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    tracing::info!(user_id, "account registered");

    form.password.clear();
    let mut res = redirect_with_flash("/profile/edit", "flash-registered");
    if let Ok(v) = session_cookie(session, c.secure_cookies)
        .to_string()
        .parse()
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// The form again with the problems named; passwords are never sent back.
fn again(c: Ctx, mut form: RegisterForm, errors: FormErrors) -> Response {
    form.password.clear();
    form.password_confirm.clear();
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &RegisterPage {
            countries: country_choices(&c, &form.country),
            c,
            form,
            errors,
        },
    )
}

#[derive(Template)]
#[template(path = "accounts/token_problem.html")]
pub struct TokenProblemPage {
    pub c: Ctx,
    pub problem: &'static str,
}

pub fn token_problem(c: Ctx, p: TokenProblem) -> Response {
    let problem = match p {
        TokenProblem::Unknown => "unknown",
        TokenProblem::Expired => "expired",
        TokenProblem::Used => "used",
    };
    let mut res = render_status(StatusCode::GONE, &TokenProblemPage { c, problem });
    if let Ok(v) = format!("link_{problem}").parse() {
        res.headers_mut().insert("x-bottega-error", v);
    }
    res
}

pub async fn verify(
    State(state): State<AppState>,
    c: Ctx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let mut tx = state.db.begin().await?;
    let redeemed = accounts::redeem_token(&mut tx, &token, TokenPurpose::VerifyEmail).await?;
    match redeemed {
        Ok(t) => {
            accounts::mark_verified(&mut tx, t.user_id).await?;
            tx.commit().await.map_err(StorageError::from)?;
            let to = if c.user.is_some() { "/" } else { "/login" };
            Ok(redirect_with_flash(to, "flash-verified"))
        }
        Err(p) => Ok(token_problem(c, p)),
    }
}

pub async fn resend(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let user = c.require_user()?;
    if user.email_verified_at.is_some() {
        return Ok(redirect_with_flash("/", "flash-verified"));
    }
    spend_allowance(&state, "verify-resend", &user.user_id.to_string(), 5, HOUR).await?;
    let token = bottega_storage::new_token();
    let mut tx = state.db.begin().await?;
    accounts::issue_token(
        &mut tx,
        &token,
        user.user_id,
        TokenPurpose::VerifyEmail,
        None,
        VERIFY_TTL,
    )
    .await?;
    email::queue(
        &mut tx,
        &c.l,
        &user.email,
        "email-verify",
        &user.display_name,
        &link(&state, &format!("/verify/{token}")),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash("/", "flash-verification-sent"))
}
