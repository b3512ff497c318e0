//! The benchmark ceiling: the least an axum server on tokio can do for one request. `bench/run`
//! measures it beside Bottega in the same run, on the same machine and with the same load
//! generator, so Bottega's figures can be read as a share of what is possible here rather than
//! as absolute numbers that depend on the machine.
//!
//! It uses the same stack as Bottega (axum, the multi-threaded tokio runtime, HTTP/1.1) and does
//! nothing else: no middleware, no database, no templates.
//!
//! Usage: `bottega-ceiling [ADDRESS]` (default `127.0.0.1:8090`).

use axum::response::Html;
use axum::routing::get;
use axum::Router;

/// A small HTML page, so the response carries a body of realistic shape (headers, a content
/// type, a few hundred bytes) rather than an empty one.
const PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Hello</title></head><body><main><h1>Hello</h1>\
<p>The benchmark ceiling: a trivial page from a minimal axum server.</p></main></body></html>\n";

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8090".to_string());
    let app = Router::new()
        .route("/", get(|| async { Html(PAGE) }))
        // The same probe path as Bottega, so the harness waits for both the same way.
        .route("/healthz", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    eprintln!("bottega-ceiling listening on http://{addr}");
    axum::serve(listener, app).await
}
