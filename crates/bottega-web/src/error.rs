//! Errors a request can end in. Each has a stable code (sent in the `x-bottega-error` header
//! and shown on the page) and an HTTP status. Handlers return them; the request-context
//! middleware turns them into a full page in the reader's language.

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bottega_storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    LoginRequired,
    #[error("email address not verified yet")]
    VerificationRequired,
    #[error("the security token of the form is missing or wrong")]
    CsrfInvalid,
    #[error("the request came without the security cookie")]
    SessionMissing,
    #[error("the request is malformed")]
    BadRequest,
    #[error("too many requests")]
    RateLimited { retry_after_secs: i64 },
    #[error("the request is too large")]
    PayloadTooLarge,
    /// A request understood but refused for a reason the reader should be told in words: a
    /// locked thread, a vote already given. Carries the stable code and the message id.
    #[error("refused: {code}")]
    Refused {
        code: &'static str,
        message: &'static str,
        status: StatusCode,
    },
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

/// Placed in the response extensions so the middleware can render the page.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub code: &'static str,
    pub status: StatusCode,
    pub retry_after_secs: i64,
    /// The message id that explains a refusal, when there is one.
    pub message: Option<&'static str>,
}

impl AppError {
    /// A refusal explained by the message `message` (409 Conflict unless said otherwise).
    pub fn refused(message: &'static str, code: &'static str) -> AppError {
        AppError::Refused {
            code,
            message,
            status: StatusCode::CONFLICT,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::LoginRequired => "login_required",
            AppError::VerificationRequired => "verification_required",
            AppError::CsrfInvalid => "csrf_invalid",
            AppError::SessionMissing => "session_missing",
            AppError::BadRequest => "bad_request",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::Refused { code, .. } => code,
            AppError::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::CsrfInvalid | AppError::SessionMissing => {
                StatusCode::FORBIDDEN
            }
            AppError::VerificationRequired => StatusCode::FORBIDDEN,
            AppError::LoginRequired => StatusCode::UNAUTHORIZED,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Refused { status, .. } => *status,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => AppError::NotFound,
            StorageError::Forbidden => AppError::Forbidden,
            other => AppError::Internal(other.into()),
        }
    }
}

impl From<bottega_files::FileError> for AppError {
    fn from(e: bottega_files::FileError) -> Self {
        match e {
            bottega_files::FileError::NotFound | bottega_files::FileError::InvalidKey => {
                AppError::NotFound
            }
            other => AppError::Internal(other.into()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(e) = &self {
            // The details go to the log with the request id; the page shows only the id.
            tracing::error!(error = ?e, "internal error");
        }
        let page = ErrorPage {
            code: self.code(),
            status: self.status(),
            retry_after_secs: match self {
                AppError::RateLimited { retry_after_secs } => retry_after_secs,
                _ => 0,
            },
            message: match self {
                AppError::Refused { message, .. } => Some(message),
                _ => None,
            },
        };
        let mut res = page.status.into_response();
        res.headers_mut()
            .insert("x-bottega-error", HeaderValue::from_static(page.code));
        if page.retry_after_secs > 0 {
            if let Ok(v) = HeaderValue::from_str(&page.retry_after_secs.to_string()) {
                res.headers_mut().insert("retry-after", v);
            }
        }
        res.extensions_mut().insert(page);
        res
    }
}

pub type AppResult<T> = Result<T, AppError>;
