//! Accounts: registration with email verification, signing in and out, password reset by
//! emailed link, changing email and password, and the interface language.

mod login;
mod password;
mod register;
mod settings;

use axum::routing::{get, post};
use axum::Router;
use bottega_domain::{Millis, DAY, HOUR};

use crate::state::AppState;

pub const VERIFY_TTL: Millis = 3 * DAY;
pub const RESET_TTL: Millis = HOUR;
pub const CHANGE_EMAIL_TTL: Millis = DAY;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/register", get(register::form).post(register::submit))
        .route("/verify/resend", post(register::resend))
        .route("/verify/{token}", get(register::verify))
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route(
            "/password/forgot",
            get(password::forgot_form).post(password::forgot_submit),
        )
        .route(
            "/password/reset/{token}",
            get(password::reset_form).post(password::reset_submit),
        )
        .route("/account", get(settings::page))
        .route("/account/password", post(settings::change_password))
        .route("/account/email", post(settings::change_email))
        .route(
            "/account/email/confirm/{token}",
            get(settings::confirm_email),
        )
        .route("/language", post(settings::switch_language))
}

/// A link into Bottega for an email.
pub fn link(state: &AppState, path: &str) -> String {
    format!("{}{}", state.config.public_url(), path)
}

/// Checks an allowance kept in the database (registrations, reset emails) and records one use.
pub async fn spend_allowance(
    state: &AppState,
    bucket: &str,
    key: &str,
    limit: u32,
    window: Millis,
) -> crate::error::AppResult<()> {
    use bottega_domain::throttle::{allowance, Verdict};
    let seen = bottega_storage::rate::recent(&state.db, bucket, key, window).await?;
    if let Verdict::WaitUntil(until) = allowance(bottega_storage::now(), seen, limit, window) {
        return Err(crate::error::AppError::RateLimited {
            retry_after_secs: ((until - bottega_storage::now()) / 1000).max(1),
        });
    }
    let mut tx = state.db.begin().await?;
    bottega_storage::rate::record(&mut tx, bucket, key).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(())
}

/// Checks a new password against the policy and its repetition, naming the problem on the form.
pub fn check_new_password(
    errors: &mut crate::view::FormErrors,
    l: &bottega_i18n::Localizer,
    password: &str,
    repeated: &str,
    email: &str,
) {
    use bottega_domain::validate::FieldError;
    if let Err(e) = bottega_domain::password::check_new(password, email) {
        errors.add(l, "password", &e);
    } else if password != repeated {
        errors.add(l, "password_confirm", &FieldError::PasswordMismatch);
    }
}
