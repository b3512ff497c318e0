//! Operations: health and readiness probes, Prometheus metrics, static assets, stored files.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/static/{file}", get(static_file))
        .route("/files/{prefix}/{name}", get(stored_file))
}

/// Ready when the database answers.
async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    if let Ok(counts) = bottega_storage::jobs::counts(&state.db).await {
        for (status, n) in counts {
            metrics::gauge!("bottega_jobs", "status" => status).set(n as f64);
        }
    }
    match &state.metrics {
        Some(h) => (
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            h.render(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

const CSS: &str = include_str!("../../../static/app.css");
const JS: &str = include_str!("../../../static/app.js");
const ICON: &str = include_str!("../../../static/icon.svg");

async fn static_file(Path(file): Path<String>) -> AppResult<Response> {
    let (body, kind) = match file.as_str() {
        "app.css" => (CSS, "text/css; charset=utf-8"),
        "app.js" => (JS, "text/javascript; charset=utf-8"),
        "icon.svg" => (ICON, "image/svg+xml"),
        _ => return Err(AppError::NotFound),
    };
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        body,
    )
        .into_response())
}

/// Avatars and logos. Their keys are content hashes, so they can be cached for good.
async fn stored_file(
    State(state): State<AppState>,
    Path((prefix, name)): Path<(String, String)>,
) -> AppResult<Response> {
    if !matches!(prefix.as_str(), "avatars" | "logos") || !name.ends_with(".png") {
        return Err(AppError::NotFound);
    }
    let bytes = state.files.get(&format!("{prefix}/{name}")).await?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/png")),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        bytes,
    )
        .into_response())
}
