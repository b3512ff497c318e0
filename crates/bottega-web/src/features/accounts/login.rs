use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use bottega_domain::throttle::{self, Verdict, WINDOW};
use bottega_domain::{validate, AccountStatus, HOUR};
use bottega_storage::{accounts, rate, sessions, StorageError};
use serde::Deserialize;

use crate::context::{
    expired_cookie, redirect_with_flash, safe_next, session_cookie, Ctx, SESSION_COOKIE,
};
use crate::error::AppResult;
use crate::passwords;
use crate::state::AppState;
use crate::view::{render, render_status, FormErrors};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    c: Ctx,
    form: LoginForm,
    errors: FormErrors,
    /// A problem with the whole attempt rather than one field (wrong password, throttled).
    problem: Option<String>,
}

pub async fn form(c: Ctx, Query(q): Query<NextQuery>) -> Response {
    if c.user.is_some() {
        return Redirect::to(&safe_next(&q.next)).into_response();
    }
    let form = LoginForm {
        next: safe_next(&q.next),
        ..Default::default()
    };
    render(&LoginPage {
        c,
        form,
        errors: FormErrors::new(),
        problem: None,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(mut form): Form<LoginForm>,
) -> AppResult<Response> {
    form.next = safe_next(&form.next);
    let mut errors = FormErrors::new();
    let email = errors.check(&c.l, "email", validate::email(&form.email));
    if form.password.is_empty() {
        errors.add(&c.l, "password", &validate::FieldError::Required);
    }
    if !errors.is_empty() {
        return Ok(again(
            c,
            form,
            errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }

    let ip = c.ip.to_string();
    let pair_key = format!("{email}|{ip}");
    let now = bottega_storage::now();
    let verdict = throttle::login(
        now,
        rate::recent(&state.db, "login-pair", &pair_key, WINDOW).await?,
        rate::recent(&state.db, "login-ip", &ip, WINDOW).await?,
        rate::recent(&state.db, "login-account", &email, HOUR).await?,
    );
    if let Verdict::WaitUntil(until) = verdict {
        // Refused without looking at the password, and not counted: waiting ends for sure.
        let minutes = ((until - now) / 60_000 + 1).max(1);
        let problem = c.l.t1("login-throttled", "minutes", minutes);
        let mut res = again(
            c,
            form,
            errors,
            Some(problem),
            StatusCode::TOO_MANY_REQUESTS,
        );
        res.headers_mut().insert(
            "x-bottega-error",
            header::HeaderValue::from_static("login_throttled"),
        );
        return Ok(res);
    }

    let user = accounts::by_email(&state.db, &email).await?;
    let ok = match &user {
        Some(u) => passwords::verify(form.password.clone(), u.password_hash.clone()).await?,
        None => {
            passwords::burn_time(form.password.clone()).await;
            false
        }
    };
    let user = match (ok, user) {
        (true, Some(u)) => u,
        _ => {
            let mut tx = state.db.begin().await?;
            rate::record(&mut tx, "login-pair", &pair_key).await?;
            rate::record(&mut tx, "login-ip", &ip).await?;
            rate::record(&mut tx, "login-account", &email).await?;
            tx.commit().await.map_err(StorageError::from)?;
            let problem = c.t("login-wrong");
            let mut res = again(c, form, errors, Some(problem), StatusCode::UNAUTHORIZED);
            res.headers_mut().insert(
                "x-bottega-error",
                header::HeaderValue::from_static("login_wrong"),
            );
            return Ok(res);
        }
    };
    if user.status() == AccountStatus::Suspended {
        let problem = c.t("login-suspended");
        let mut res = again(c, form, errors, Some(problem), StatusCode::FORBIDDEN);
        res.headers_mut().insert(
            "x-bottega-error",
            header::HeaderValue::from_static("account_suspended"),
        );
        return Ok(res);
    }

    let mut tx = state.db.begin().await?;
    rate::clear(&mut tx, "login-pair", &pair_key).await?;
    // A new session id at every sign-in, and the old one (if any) ended.
    if let Some(old) = &c.user {
        sessions::delete(&mut tx, &old.session_hash).await?;
    }
    let token = sessions::create(&mut tx, user.id, &c.user_agent).await?;
    tx.commit().await.map_err(StorageError::from)?;
    tracing::info!(user_id = user.id, "signed in");

    let mut res = redirect_with_flash(&form.next, "flash-signed-in");
    if let Ok(v) = session_cookie(token, c.secure_cookies).to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

fn again(
    c: Ctx,
    mut form: LoginForm,
    errors: FormErrors,
    problem: Option<String>,
    status: StatusCode,
) -> Response {
    form.password.clear();
    render_status(
        status,
        &LoginPage {
            c,
            form,
            errors,
            problem,
        },
    )
}

pub async fn logout(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    if let Some(u) = &c.user {
        let mut tx = state.db.begin().await?;
        sessions::delete(&mut tx, &u.session_hash).await?;
        tx.commit().await.map_err(StorageError::from)?;
    }
    let mut res = redirect_with_flash("/", "flash-signed-out");
    if let Ok(v) = expired_cookie(SESSION_COOKIE).to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
