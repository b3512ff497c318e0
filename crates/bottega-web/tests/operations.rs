//! Operations over HTTP, on both engines: probes, metrics, security headers, request ids,
//! error pages that leak nothing, cookie attributes, static assets.

use bottega_domain::SiteRole;
use bottega_web::testing::{Page, TestApp, TEST_PASSWORD};
use reqwest::Method;

bottega_web::web_tests!(
    health_and_readiness_probes,
    metrics_are_served_only_with_a_recorder,
    security_headers_on_every_response,
    pages_need_no_inline_script_or_style,
    every_response_has_a_request_id,
    not_found_pages_are_localized_and_leak_nothing,
    cookies_are_http_only_and_same_site,
    cookies_are_secure_and_links_https_behind_https,
    static_assets_are_served_and_cached,
);

async fn health_and_readiness_probes(app: TestApp) {
    let b = app.browser();
    let page = b.get("/healthz").await;
    page.expect(200);
    assert_eq!(page.body, "ok");
    let page = b.get("/readyz").await;
    page.expect(200);
    assert_eq!(page.body, "ready");
    // Without its database the node says it is not ready (and still that it is alive).
    app.state.db.close().await;
    let page = b.get("/readyz").await;
    page.expect(503);
    assert!(
        !page.body.contains("sqlx") && !page.body.contains("pool"),
        "{}",
        page.body
    );
    b.get("/healthz").await.expect(200);
}

async fn metrics_are_served_only_with_a_recorder(mut app: TestApp) {
    // Tests run without a Prometheus recorder unless they ask for one: then there is nothing
    // to serve.
    let page = app.browser().get("/metrics").await;
    page.expect(404);

    app.enable_metrics().await;
    let b = app.browser();
    b.get("/healthz").await.expect(200);
    b.get("/no-such-page").await.expect(404);
    b.get("/directory").await.expect(200);
    let page = b.get("/metrics").await;
    page.expect(200);
    assert!(page.header("content-type").starts_with("text/plain"));
    for needle in [
        "bottega_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}",
        "bottega_http_requests_total{method=\"GET\",route=\"/directory\",status=\"200\"}",
        "status=\"404\"",
        "bottega_http_request_seconds",
    ] {
        assert!(page.contains(needle), "{needle} missing in:\n{}", page.body);
    }
}

/// Checks the headers every response must carry.
fn assert_security_headers(page: &Page, what: &str) {
    let csp = page.header("content-security-policy");
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: {directive} missing in {csp:?}"
        );
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-eval"), "{what}: {csp}");
    assert_eq!(page.header("x-content-type-options"), "nosniff", "{what}");
    assert!(
        [
            "same-origin",
            "no-referrer",
            "strict-origin",
            "strict-origin-when-cross-origin"
        ]
        .contains(&page.header("referrer-policy")),
        "{what}: {:?}",
        page.header("referrer-policy")
    );
    assert_eq!(page.header("x-frame-options"), "DENY", "{what}");
    assert!(!page.header("x-request-id").is_empty(), "{what}");
}

async fn security_headers_on_every_response(app: TestApp) {
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    let mut pages = vec![
        ("home", b.get("/").await),
        ("not found", b.get("/no-such-page").await),
        ("health", b.get("/healthz").await),
        ("ready", b.get("/readyz").await),
        ("metrics", b.get("/metrics").await),
        ("stylesheet", b.get("/static/app.css").await),
        ("missing file", b.get("/files/avatars/none.png").await),
        ("redirect", b.get("/account").await),
        ("bad query", b.get("/directory?page=x").await),
        ("form problem", b.post("/login", &[("email", "x")]).await),
        ("no cookie", app.browser().post_raw("/login", &[]).await),
    ];
    b.login("ana@example.org", TEST_PASSWORD).await;
    pages.push(("signed in", b.get("/account").await));
    pages.push(("forbidden", b.get("/admin").await));
    pages.push((
        "method not allowed",
        b.send(b.request(Method::DELETE, "/account")).await,
    ));
    for (what, page) in &pages {
        assert_security_headers(page, what);
    }
    // Personal pages are never stored by caches.
    let account = &pages.iter().find(|(w, _)| *w == "signed in").unwrap().1;
    assert_eq!(account.header("cache-control"), "no-store");
}

async fn pages_need_no_inline_script_or_style(app: TestApp) {
    let (b, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    for path in [
        "/",
        "/directory",
        "/people",
        "/account",
        "/profile/edit",
        "/directory/new",
        "/admin",
        "/admin/audit",
        "/no-such-page",
    ] {
        let page = b.get(path).await;
        for (i, _) in page.body.match_indices("<script") {
            let tag = &page.body[i..i + page.body[i..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"/static/"),
                "{path}: inline script {tag}"
            );
        }
        assert!(!page.contains("<style"), "{path}: inline style");
        assert!(!page.contains(" style=\""), "{path}: style attribute");
        for handler in [
            " onclick=",
            " onload=",
            " onsubmit=",
            " onchange=",
            "javascript:",
        ] {
            assert!(!page.contains(handler), "{path}: {handler}");
        }
    }
}

async fn every_response_has_a_request_id(app: TestApp) {
    let b = app.browser();
    let first = b.get("/").await;
    let second = b.get("/").await;
    let (a, c) = (first.header("x-request-id"), second.header("x-request-id"));
    assert!(a.len() >= 32, "{a}");
    assert_ne!(a, c, "one id per request");
    // Error pages show it, so a person can quote it to the administrators.
    let page = b.get("/no-such-page").await;
    let id = page.header("x-request-id");
    assert!(page.contains(id), "{id} not on the error page");
    // An id given by a proxy in front is kept.
    let page = b
        .send(
            b.request(Method::GET, "/healthz")
                .header("x-request-id", "proxy-abc-123"),
        )
        .await;
    assert_eq!(page.header("x-request-id"), "proxy-abc-123");
}

const LEAKS: &[&str] = &[
    "sqlx",
    "RowNotFound",
    "StorageError",
    "FileError",
    "panicked",
    "SELECT",
    "/work/",
    "src/",
    "No such file",
    ".rs:",
];

async fn not_found_pages_are_localized_and_leak_nothing(app: TestApp) {
    let b = app.browser_with(&[("accept-language", "it")]);
    for path in [
        "/no-such-page",
        "/directory/no-such-organisation",
        "/people/999999",
        "/invitations/no-such-token",
        "/sections/no-such-section",
    ] {
        let page = b.get(path).await;
        page.expect(404);
        assert_eq!(page.error_code(), "not_found", "{path}");
        assert_eq!(page.html_lang(), "it");
        assert!(page.shows(&app.text("it", "error-not-found")), "{path}");
        assert!(page.shows(&app.localizer("it").t1("error-reference", "code", 404i64)));
        for leak in LEAKS {
            assert!(!page.contains(leak), "{path} shows {leak}:\n{}", page.body);
        }
    }
    // Assets and stored pictures answer a bare 404, without reaching outside their folders.
    for path in [
        "/static/Cargo.toml",
        "/static/..%2FCargo.toml",
        "/files/secret/x.png",
        "/files/avatars/x.txt",
        "/files/avatars/missing.png",
        "/files/avatars/..%2F..%2Fbottega.db.png",
        "/files/avatars/..%2F..%2Fbottega.db",
    ] {
        let page = b.get(path).await;
        page.expect(404);
        assert_eq!(page.error_code(), "not_found", "{path}");
        for leak in LEAKS {
            assert!(!page.contains(leak), "{path} shows {leak}:\n{}", page.body);
        }
    }
}

async fn cookies_are_http_only_and_same_site(app: TestApp) {
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    let page = b.get("/").await;
    let csrf = page
        .set_cookie("bottega_csrf")
        .expect("the security cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(csrf.contains(attribute), "{csrf}");
    }
    assert!(!csrf.contains("Secure"), "plain http: {csrf}");
    // Set once, not on every page.
    assert!(b.get("/").await.set_cookie("bottega_csrf").is_none());

    let page = b.login("ana@example.org", TEST_PASSWORD).await;
    let session = page
        .set_cookie("bottega_session")
        .expect("a session cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000"] {
        assert!(session.contains(attribute), "{session}");
    }
    let flash = page.set_cookie("bottega_flash").expect("a flash cookie");
    assert!(
        flash.contains("HttpOnly") && flash.contains("SameSite=Lax"),
        "{flash}"
    );
    let page = b.post("/language", &[("lang", "it")]).await;
    let lang = page.set_cookie("bottega_lang").expect("a language cookie");
    assert!(lang.contains("SameSite=Lax"), "{lang}");
    // Every cookie Bottega sets with a value says where it may be sent.
    for page in [b.get("/").await, b.post("/logout", &[]).await] {
        for c in page.set_cookies() {
            let value = c.split(';').next().unwrap().split('=').nth(1).unwrap_or("");
            if !value.is_empty() {
                assert!(c.contains("SameSite="), "{c}");
            }
        }
    }
}

async fn cookies_are_secure_and_links_https_behind_https(mut app: TestApp) {
    app.reconfigure(|c| c.public_url = "https://bottega.example.org/".into())
        .await;
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    let page = b.get("/").await;
    let csrf = page
        .set_cookie("bottega_csrf")
        .expect("the security cookie");
    assert!(csrf.contains("; Secure"), "{csrf}");
    let page = b.login("ana@example.org", TEST_PASSWORD).await;
    let session = page
        .set_cookie("bottega_session")
        .expect("a session cookie");
    assert!(
        session.contains("; Secure") && session.contains("HttpOnly"),
        "{session}"
    );
    let page = b.post("/language", &[("lang", "it")]).await;
    assert!(page
        .set_cookie("bottega_lang")
        .expect("a language cookie")
        .contains("; Secure"));

    // Links in emails use the public address.
    let anon = app.browser();
    anon.post("/password/forgot", &[("email", "ana@example.org")])
        .await
        .expect(200);
    let mail = app.wait_for_email("ana@example.org", 1).await;
    assert!(
        mail.body
            .contains("https://bottega.example.org/password/reset/"),
        "{}",
        mail.body
    );
}

async fn static_assets_are_served_and_cached(app: TestApp) {
    let b = app.browser();
    for (path, kind) in [
        ("/static/app.css", "text/css"),
        ("/static/app.js", "text/javascript"),
        ("/static/icon.svg", "image/svg+xml"),
    ] {
        let page = b.get(path).await;
        page.expect(200);
        assert!(page.header("content-type").starts_with(kind), "{path}");
        assert!(page.header("cache-control").starts_with("public"), "{path}");
        assert!(!page.body.is_empty());
    }
    let page = b.get("/").await;
    assert!(page.contains("href=\"/static/app.css\""));
    assert!(page.contains("src=\"/static/app.js\""));
}
