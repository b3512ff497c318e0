//! Interface languages over HTTP, on both engines: the account's setting, then the switcher's
//! cookie, then the browser's `Accept-Language`; error pages, emails, dates and numbers in the
//! reader's language.

use bottega_domain::SiteRole;
use bottega_web::testing::{TestApp, TEST_PASSWORD};

bottega_web::web_tests!(
    accept_language_picks_the_interface_language,
    the_switchers_cookie_beats_accept_language,
    the_accounts_setting_beats_cookie_and_header,
    unknown_languages_and_foreign_next_links_are_refused,
    error_pages_speak_the_readers_language,
    dates_and_numbers_follow_the_language,
);

async fn accept_language_picks_the_interface_language(app: TestApp) {
    for (header, lang) in [
        (Some("it-IT,it;q=0.9,en;q=0.5"), "it"),
        (Some("de-DE,de;q=0.9,pl;q=0.8"), "pl"),
        (Some("sq"), "sq"),
        (Some("fr-FR,fr;q=0.9"), "en"),
        (Some("*"), "en"),
        (None, "en"),
    ] {
        let b = match header {
            Some(h) => app.browser_with(&[("accept-language", h)]),
            None => app.browser(),
        };
        let page = b.get("/").await;
        page.expect(200);
        assert_eq!(page.html_lang(), lang, "{header:?}");
        assert!(page.shows(&app.text(lang, "nav-login")), "{header:?}");
        // The switcher shows the language in use.
        assert!(page.contains(&format!(
            "<option value=\"{lang}\" lang=\"{lang}\" selected>"
        )));
    }
    assert_ne!(app.text("it", "nav-login"), app.text("en", "nav-login"));
}

async fn the_switchers_cookie_beats_accept_language(app: TestApp) {
    let b = app.browser_with(&[("accept-language", "it")]);
    assert_eq!(b.get("/directory").await.html_lang(), "it");
    let page = b
        .post(
            "/language",
            &[("lang", "es"), ("next", "/directory?country=ES")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/directory?country=ES");
    let cookie = page.set_cookie("bottega_lang").expect("a language cookie");
    assert!(cookie.starts_with("bottega_lang=es;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(cookie.contains("Max-Age="), "remembered: {cookie}");

    let page = b.get("/directory?country=ES").await;
    assert_eq!(page.html_lang(), "es");
    assert!(page.shows(&app.text("es", "directory-title")));
    assert_ne!(
        app.text("es", "directory-title"),
        app.text("en", "directory-title")
    );
    // Anonymous switching stores nothing in the database.
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

async fn the_accounts_setting_beats_cookie_and_header(app: TestApp) {
    let email = "ana@example.org";
    let id = app.create_user(email, "Ana", SiteRole::Member).await;
    app.exec(&format!("UPDATE users SET locale = 'pl' WHERE id = {id}"))
        .await;
    let b = app.browser_with(&[("accept-language", "it")]);
    b.set_cookie("bottega_lang", "es");
    assert_eq!(b.get("/").await.html_lang(), "es");
    b.login(email, TEST_PASSWORD).await;
    assert_eq!(b.get("/").await.html_lang(), "pl");
    assert_eq!(b.get("/account").await.html_lang(), "pl");

    // Switching while signed in changes the account's setting, which follows the person.
    b.post("/language", &[("lang", "tr"), ("next", "/account")])
        .await
        .expect(303);
    assert_eq!(
        app.opt_text(&format!("SELECT locale FROM users WHERE id = {id}"))
            .await
            .as_deref(),
        Some("tr")
    );
    let elsewhere = app.browser_with(&[("accept-language", "it")]);
    elsewhere.login(email, TEST_PASSWORD).await;
    assert_eq!(elsewhere.get("/").await.html_lang(), "tr");

    // Emails follow the setting too, whatever the language of the page that caused them.
    let anon = app.browser_with(&[("accept-language", "it")]);
    anon.post("/password/forgot", &[("email", email)])
        .await
        .expect(200);
    let mail = app.wait_for_email(email, 1).await;
    assert_eq!(mail.subject, app.text("tr", "email-reset-subject"));
    assert_ne!(mail.subject, app.text("en", "email-reset-subject"));
}

async fn unknown_languages_and_foreign_next_links_are_refused(app: TestApp) {
    let b = app.browser();
    let page = b.post("/language", &[("lang", "xx"), ("next", "/")]).await;
    page.expect(400);
    assert_eq!(page.error_code(), "bad_request");
    assert!(page.set_cookie("bottega_lang").is_none());
    let page = b.post("/language", &[("lang", "../../etc")]).await;
    page.expect(400);
    assert!(b.cookie("bottega_lang").is_none());
    // A cookie with an unknown language is ignored.
    b.set_cookie("bottega_lang", "klingon");
    assert_eq!(b.get("/").await.html_lang(), "en");

    for next in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
        let page = b.post("/language", &[("lang", "it"), ("next", next)]).await;
        page.expect(303);
        assert_eq!(page.location(), "/", "{next}");
    }
}

async fn error_pages_speak_the_readers_language(app: TestApp) {
    let it = app.browser_with(&[("accept-language", "it")]);
    for path in [
        "/nessuna-pagina",
        "/directory/nessuna-organizzazione",
        "/people/424242",
    ] {
        let page = it.get(path).await;
        page.expect(404);
        assert_eq!(page.error_code(), "not_found");
        assert_eq!(page.html_lang(), "it");
        assert!(page.shows(&app.text("it", "error-not-found")), "{path}");
        assert!(page.shows(&app.text("it", "error-title")));
        assert!(page.header("content-type").starts_with("text/html"));
    }
    assert_ne!(
        app.text("it", "error-not-found"),
        app.text("en", "error-not-found")
    );
    // And so do refusals of forms.
    let fresh = app.browser_with(&[("accept-language", "it")]);
    let page = fresh
        .post_raw(
            "/login",
            &[("email", "a@b.org"), ("password", "whatever it is")],
        )
        .await;
    page.expect(403);
    assert_eq!(page.html_lang(), "it");
    assert!(
        page.shows(&app.text("it", "error-session-missing")),
        "{}",
        page.body
    );
}

async fn dates_and_numbers_follow_the_language(app: TestApp) {
    // 12,345 organisations in one statement (both engines read this SQL).
    app.exec(
        "INSERT INTO organisations (slug, name, name_key, org_type, country, created_at, updated_at) \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12345) \
         SELECT 'org-' || i, 'Org ' || i, 'org ' || i, 'company', 'IT', 0, 0 FROM n",
    )
    .await;
    let en = app.browser();
    let it = app.browser_with(&[("accept-language", "it")]);
    assert!(en.get("/").await.contains("<dd>12,345</dd>"));
    assert!(it.get("/").await.contains("<dd>12.345</dd>"));
    assert_eq!(app.localizer("it").number(12345), "12.345");

    // A profile shows when the person joined, in the reader's words.
    let id = app
        .create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    // 5 March 2026, 09:30 UTC.
    let joined = 1_772_703_000_000i64;
    app.exec(&format!(
        "UPDATE users SET visibility = 'public', created_at = {joined} WHERE id = {id}"
    ))
    .await;
    let en_date = app.localizer("en").date(joined);
    assert_eq!(en_date, "5 March 2026");
    let it_date = app.localizer("it").date(joined);
    assert_eq!(it_date, "5 marzo 2026");
    let page = en.get(&format!("/people/{id}")).await;
    assert!(page.shows(
        &app.localizer("en")
            .t1("profile-joined", "date", en_date.as_str())
    ));
    let page = it.get(&format!("/people/{id}")).await;
    assert!(
        page.shows(
            &app.localizer("it")
                .t1("profile-joined", "date", it_date.as_str())
        ),
        "{}",
        page.body
    );
    assert!(page.shows("5 marzo 2026"));
}
