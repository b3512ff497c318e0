//! The request context: who is asking (session), in which language, with which CSRF token, and
//! the checks every write passes before any handler runs. The same middleware turns error
//! responses into full pages in the reader's language, and catches panics.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::panic::AssertUnwindSafe;

use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::{header, request::Parts, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use bottega_i18n::Localizer;
use bottega_storage::sessions::{self, SessionUser};
use futures::FutureExt;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{AppError, ErrorPage};
use crate::state::AppState;
use crate::view;

pub const SESSION_COOKIE: &str = "bottega_session";
pub const CSRF_COOKIE: &str = "bottega_csrf";
pub const LANG_COOKIE: &str = "bottega_lang";
pub const FLASH_COOKIE: &str = "bottega_flash";

/// Everything a handler and a page need to know about the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub l: Localizer,
    pub user: Option<SessionUser>,
    pub csrf: String,
    /// Path and query of this request, for "come back here" links.
    pub path: String,
    pub request_id: String,
    /// A message id to show once (set by the previous response).
    pub flash: Option<String>,
    pub ip: IpAddr,
    pub user_agent: String,
    pub secure_cookies: bool,
    /// Unread notifications of the signed-in reader, for the header.
    pub unread_notifications: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("request context missing")))
    }
}

impl Ctx {
    /// The signed-in user, or the error that sends the reader to the sign-in page.
    pub fn require_user(&self) -> Result<&SessionUser, AppError> {
        self.user.as_ref().ok_or(AppError::LoginRequired)
    }

    /// A signed-in user whose address is verified: needed for anything others will see.
    pub fn require_verified(&self) -> Result<&SessionUser, AppError> {
        let u = self.require_user()?;
        if u.email_verified_at.is_none() {
            return Err(AppError::VerificationRequired);
        }
        Ok(u)
    }

    pub fn is_site_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.site_role == "admin")
    }

    /// Site administrators and moderators: they moderate every community.
    pub fn is_staff(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.site_role == "admin" || u.site_role == "moderator")
    }

    /// Best-practice editors and site administrators: they assign reviewers, decide on
    /// practices and award labels.
    pub fn is_practice_editor(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(|u| u.site_role == "editor" || u.site_role == "admin")
    }

    /// The reader as the Communication section's visibility rule sees them.
    pub fn reader(&self) -> bottega_storage::communication::Reader {
        match &self.user {
            Some(u) => bottega_storage::communication::Reader::member(u.user_id, self.is_staff()),
            None => bottega_storage::communication::Reader::anonymous(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.l.t(id)
    }

    /// The name of a stored code, e.g. `code("country", "IT")` is the message `country-IT`.
    pub fn code(&self, prefix: &str, code: impl std::fmt::Display) -> String {
        self.l.t(&format!("{prefix}-{code}"))
    }

    /// "No problem with this field", for form macros used outside a form that was checked.
    pub fn no_error(&self) -> Option<&str> {
        None
    }
}

fn client_ip(req: &Request, trust_proxy: bool) -> IpAddr {
    if trust_proxy {
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
}

/// The CSRF token for a browser: an HMAC of its CSRF cookie and, once signed in, its session.
/// Signing in therefore changes the token, and a token cannot be made without the secret.
pub fn csrf_token(secret: &[u8], seed: &str, session: Option<&str>) -> String {
    use base64::Engine as _;
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(seed.as_bytes());
    mac.update(b"|");
    mac.update(session.unwrap_or("").as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Compares secrets (tokens, signatures) in time independent of where they differ.
pub(crate) fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn pick_language(
    state: &AppState,
    user: Option<&SessionUser>,
    jar: &CookieJar,
    headers: &HeaderMap,
) -> &'static str {
    if let Some(l) = user
        .and_then(|u| u.locale.as_deref())
        .and_then(bottega_i18n::ui_language)
    {
        return l;
    }
    if let Some(l) = jar
        .get(LANG_COOKIE)
        .and_then(|c| bottega_i18n::ui_language(c.value()))
    {
        return l;
    }
    let _ = state;
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    bottega_i18n::negotiate(accept)
}

pub async fn request_context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(req.headers());
    let user = match jar.get(SESSION_COOKIE) {
        Some(c) => match sessions::lookup(&state.db, c.value()).await {
            Ok(u) => u,
            Err(e) => return AppError::Internal(e.into()).into_response(),
        },
        None => None,
    };
    if let Some(u) = &user {
        if sessions::needs_touch(u.last_seen_at, bottega_storage::now()) {
            if let Err(e) = sessions::touch(&state.db, &u.session_hash).await {
                tracing::warn!(error = %e, "could not refresh the session");
            }
        }
    }
    let lang = pick_language(&state, user.as_ref(), &jar, req.headers());
    let unread_notifications = user.as_ref().map_or(0, |u| u.unread_notifications);
    let seed_cookie = jar
        .get(CSRF_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32 && v.len() <= 64);
    let had_seed = seed_cookie.is_some();
    let seed = seed_cookie.unwrap_or_else(bottega_storage::new_token);
    let csrf = csrf_token(
        &state.secret,
        &seed,
        user.as_ref().map(|u| u.session_hash.as_str()),
    );
    let flash = jar
        .get(FLASH_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| {
            v.starts_with("flash-")
                && v.len() < 60
                && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let ctx = Ctx {
        l: state.catalogs.localizer(lang),
        user,
        csrf,
        path: req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into()),
        request_id: req
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        flash: flash.clone(),
        ip: client_ip(&req, state.config.trust_proxy_headers),
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        secure_cookies: state.config.secure_cookies(),
        unread_notifications,
    };
    let method = req.method().clone();

    let checked = if is_write(&method) {
        check_write(&state, &ctx, had_seed, req).await
    } else {
        Ok(req)
    };
    let mut response = match checked {
        Ok(mut req) => {
            req.extensions_mut().insert(ctx.clone());
            match AssertUnwindSafe(next.run(req)).catch_unwind().await {
                Ok(r) => r,
                Err(_) => AppError::Internal(anyhow::anyhow!("handler panicked")).into_response(),
            }
        }
        Err(e) => e.into_response(),
    };

    response = finish_errors(&ctx, &method, response);

    let mut cookies = Vec::new();
    if !had_seed {
        cookies.push(
            Cookie::build((CSRF_COOKIE, seed))
                .path("/")
                .http_only(true)
                .secure(ctx.secure_cookies)
                .same_site(SameSite::Lax)
                .build(),
        );
    }
    let shown_page = response.status() == StatusCode::OK && method == Method::GET;
    if flash.is_some() && shown_page {
        cookies.push(
            Cookie::build((FLASH_COOKIE, ""))
                .path("/")
                .max_age(time_zero())
                .build(),
        );
    }
    for c in cookies {
        if let Ok(v) = c.to_string().parse() {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

fn time_zero() -> time::Duration {
    time::Duration::ZERO
}

fn is_write(m: &Method) -> bool {
    !matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The checks every state-changing request passes: same origin, within the write allowance,
/// carrying the security cookie and the matching CSRF token.
async fn check_write(
    state: &AppState,
    ctx: &Ctx,
    had_seed: bool,
    req: Request,
) -> Result<Request, AppError> {
    let headers = req.headers();
    if headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site")
    {
        return Err(AppError::CsrfInvalid);
    }
    if let (Some(origin), Some(host)) = (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        let origin_host = origin.split("://").nth(1).unwrap_or("");
        if origin != "null" && origin_host != host {
            return Err(AppError::CsrfInvalid);
        }
    }
    state
        .write_limiter
        .check(ctx.ip)
        .map_err(|retry_after_secs| AppError::RateLimited { retry_after_secs })?;
    // One-click unsubscribe from a mail program (RFC 8058) carries no cookie; the signature in
    // its address authorizes it, and it can only ever turn emails off.
    if req.uri().path().starts_with("/unsubscribe/") {
        return Ok(req);
    }
    if !had_seed {
        return Err(AppError::SessionMissing);
    }

    let from_header = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let from_query = req.uri().query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
    });
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));

    let (parts, body) = req.into_parts();
    let (token, body) = match (from_header.or(from_query), is_form) {
        (Some(t), _) => (Some(t), body),
        (None, true) => {
            let bytes = axum::body::to_bytes(body, state.config.limits.form_bytes)
                .await
                .map_err(|_| AppError::PayloadTooLarge)?;
            let token = url::form_urlencoded::parse(&bytes)
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v.into_owned());
            (token, Body::from(bytes))
        }
        (None, false) => (None, body),
    };
    match token {
        Some(t) if constant_time_eq(&t, &ctx.csrf) => Ok(Request::from_parts(parts, body)),
        _ => Err(AppError::CsrfInvalid),
    }
}

/// Gives every error response a full page, and sends readers who must sign in to the form.
fn finish_errors(ctx: &Ctx, method: &Method, response: Response) -> Response {
    let status = response.status();
    if status.is_success() || status.is_redirection() || status.is_informational() {
        return response;
    }
    let page = response.extensions().get::<ErrorPage>().copied();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let page = match page {
        Some(p) => p,
        // Already a page (a form shown again with its problems): leave it.
        None if is_html => return response,
        // Rejections from the framework itself (unknown route, body too large, bad form).
        None => ErrorPage {
            code: match status {
                StatusCode::NOT_FOUND => "not_found",
                StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
                StatusCode::TOO_MANY_REQUESTS => "rate_limited",
                s if s.is_server_error() => "internal",
                _ => "bad_request",
            },
            status,
            retry_after_secs: 0,
            message: None,
        },
    };
    if page.code == "login_required" && *method == Method::GET {
        let next: String = url::form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect();
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    let mut res = view::error_page(ctx, page);
    for name in ["x-bottega-error", "retry-after"] {
        if let Some(v) = response.headers().get(name) {
            res.headers_mut().insert(name, v.clone());
        }
    }
    if res.headers().get("x-bottega-error").is_none() {
        if let Ok(v) = page.code.parse() {
            res.headers_mut().insert("x-bottega-error", v);
        }
    }
    res
}

/// A session cookie for a new sign-in.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(30))
        .build()
}

pub fn expired_cookie(name: &'static str) -> Cookie<'static> {
    Cookie::build((name, ""))
        .path("/")
        .max_age(time_zero())
        .build()
}

/// Redirects (303) and shows `flash` (a message id) on the next page.
pub fn redirect_with_flash(to: &str, flash: &'static str) -> Response {
    let mut res = Redirect::to(to).into_response();
    let cookie = Cookie::build((FLASH_COOKIE, flash))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .build();
    if let Ok(v) = cookie.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// Only local paths are followed after sign-in, so a link cannot send people elsewhere.
pub fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://");
    if ok {
        next.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_depend_on_seed_session_and_secret() {
        let a = csrf_token(b"secret", "seed", None);
        assert_eq!(a, csrf_token(b"secret", "seed", None));
        assert_ne!(a, csrf_token(b"secret", "seed", Some("session")));
        assert_ne!(a, csrf_token(b"other", "seed", None));
        assert_ne!(a, csrf_token(b"secret", "seed2", None));
        assert!(constant_time_eq(&a, &a.clone()));
        assert!(!constant_time_eq(&a, "x"));
    }

    #[test]
    fn next_links_stay_on_site() {
        assert_eq!(safe_next("/directory?page=2"), "/directory?page=2");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "javascript:x",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad}");
        }
    }
}
