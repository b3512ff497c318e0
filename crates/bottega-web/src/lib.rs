//! Bottega's web application. Pages are rendered on the server (askama) and work without
//! JavaScript. Each feature lives in its own folder under `features/`, with its routes,
//! handlers and templates; storage queries live in `bottega-storage`.
//!
//! A request passes, from the outside in: request id and tracing, security headers, metrics,
//! the request context (session, language, CSRF and write checks, error pages), then the
//! feature's handler.

pub mod background;
pub mod config;
pub mod context;
pub mod cpu;
pub mod email;
pub mod error;
pub mod features;
pub mod fresh;
pub mod jobs;
pub mod limits;
pub mod passwords;
pub mod search_feed;
pub mod state;
#[cfg(feature = "testing")]
pub mod testing;
pub mod view;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub use state::AppState;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Content-Security-Policy: no inline script or style, nothing from other sites, no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'; object-src 'none'";

pub fn router(state: AppState) -> Router {
    let app = Router::new()
        .merge(features::home::routes())
        .merge(features::accounts::routes())
        .merge(features::profiles::routes(&state))
        .merge(features::directory::routes(&state))
        .merge(features::admin::routes())
        .merge(features::workshops::routes())
        .merge(features::communication::routes())
        .merge(features::notifications::routes())
        .merge(features::search::routes())
        .merge(features::sharing::routes(&state))
        .merge(features::simulation::routes())
        .merge(features::collaboration::routes())
        .merge(features::cooperation::routes())
        .merge(features::practices::routes())
        .fallback(|| async { error::AppError::NotFound })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            context::request_context,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(
            state.config.limits.form_bytes,
        ));

    let headers = ServiceBuilder::new()
        // A download sets its own, stricter policy (a sandbox).
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));

    Router::new()
        .merge(features::ops::routes())
        .merge(app)
        .layer(headers)
        .layer(middleware::from_fn(record_metrics))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http().make_span_with(|req: &Request| {
                        let id = req
                            .headers()
                            .get(REQUEST_ID)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("");
                        tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
                    }),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID)),
        )
        .with_state(state)
}

/// Counts requests and their durations per route for `/metrics`.
async fn record_metrics(req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let started = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("bottega_http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status).increment(1);
    metrics::histogram!("bottega_http_request_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    res
}

/// Builds the shared state: opens the file store and reads the server secret.
pub async fn build_state(
    config: config::Config,
    db: bottega_storage::Db,
    metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
) -> anyhow::Result<AppState> {
    let catalogs = bottega_i18n::Catalogs::load()
        .map_err(|e| anyhow::anyhow!("interface catalogs are broken:\n{}", e.join("\n")))?;
    let files = if config.storage_url.trim().is_empty() {
        bottega_files::FileStore::local(&config.files_dir())?
    } else {
        bottega_files::FileStore::from_url(&config.storage_url)?
    };
    let secret = bottega_storage::settings::get(&db, bottega_storage::settings::SECRET_KEY)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the server secret is missing: run `bottega migrate`"))?;
    let search_dir = config.search_dir();
    let search = tokio::task::spawn_blocking(move || bottega_search::SearchIndex::open(search_dir))
        .await?
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot open the search index: {e} (is another Bottega using the same search_dir?)"
            )
        })?;
    search.set_result_cache(config.search_result_cache);
    Ok(AppState {
        search: Arc::new(search),
        search_wakeup: Arc::new(tokio::sync::Notify::new()),
        write_limiter: Arc::new(limits::WriteLimiter::new(config.limits.writes_per_minute)),
        config: Arc::new(config),
        db,
        catalogs,
        files,
        secret: Arc::new(secret.into_bytes()),
        jobs_wakeup: Arc::new(tokio::sync::Notify::new()),
        metrics,
        home_counts: Arc::new(fresh::Fresh::new(HOME_COUNTS_MAX_AGE)),
        downloads: Arc::new(features::sharing::downloads::DownloadTally::new()),
    })
}

/// How old the platform's totals on the home page may be: counting every member on each view
/// was most of the page's cost, and nobody needs that figure to the second.
const HOME_COUNTS_MAX_AGE: Duration = Duration::from_secs(60);

/// Timeout for a whole request, so a stuck client or query cannot hold a worker forever.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
