//! Bad input over HTTP, on both engines. Every case gets a clear answer in the reader's
//! language (never a 500), keeps what the person typed (except passwords), and changes nothing.

use bottega_domain::SiteRole;
use bottega_web::testing::{Browser, Page, TestApp};
use reqwest::Method;

bottega_web::web_tests!(
    forged_or_foreign_csrf_tokens_are_refused,
    posts_without_the_security_cookie_are_refused,
    cross_site_requests_are_refused,
    bodies_over_the_size_limit_are_refused,
    malformed_requests_are_refused,
    empty_overlong_and_control_characters_are_named,
    unknown_select_codes_are_refused,
    registration_names_every_problem_at_once,
    join_messages_that_are_too_long_change_nothing,
    writes_beyond_the_allowance_wait,
);

const NAME: &str = "Ana Kovač";

/// Form fields as sent.
type Fields<'a> = Vec<(&'a str, &'a str)>;

async fn profile_row(app: &TestApp, id: i64) -> (String, String, String) {
    let q = |col: &str| format!("SELECT {col} FROM users WHERE id = {id}");
    (
        app.opt_text(&q("display_name")).await.unwrap_or_default(),
        app.opt_text(&q("bio")).await.unwrap_or_default(),
        app.opt_text(&q("visibility")).await.unwrap_or_default(),
    )
}

async fn unchanged(app: &TestApp, id: i64) {
    assert_eq!(
        profile_row(app, id).await,
        (NAME.to_string(), String::new(), "members".to_string()),
        "the profile changed"
    );
    for table in ["user_languages", "user_roles", "user_sectors"] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM {table} WHERE user_id = {id}"
            ))
            .await,
            0,
            "{table}"
        );
    }
}

/// A POST of `fields` with `token` in the body and extra headers.
async fn post_with(
    b: &Browser,
    path: &str,
    token: &str,
    fields: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> Page {
    let mut all = vec![("csrf", token)];
    all.extend_from_slice(fields);
    let mut req = b.request(Method::POST, path).form(&all);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    b.send(req).await
}

#[track_caller]
fn assert_refusal(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.shows(&app.text("en", message)), "{}", page.body);
}

async fn forged_or_foreign_csrf_tokens_are_refused(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let edit = [
        ("display_name", "Changed"),
        ("handle", "ana-kovac"),
        ("visibility", "public"),
    ];
    let real = b.csrf().await;
    let last = if real.ends_with('A') { 'B' } else { 'A' };
    let forged = format!("{}{last}", &real[..real.len() - 1]);
    let (other, _) = app
        .signed_in("other@example.org", "Other", SiteRole::Member)
        .await;
    let foreign = other.csrf().await;
    for token in [forged.as_str(), "", foreign.as_str()] {
        let page = post_with(&b, "/profile/edit", token, &edit, &[]).await;
        assert_refusal(&app, &page, 403, "csrf_invalid", "error-csrf-invalid");
    }
    let page = b.post_raw("/profile/edit", &edit).await;
    assert_refusal(&app, &page, 403, "csrf_invalid", "error-csrf-invalid");
    // In a header, as scripts send it: a wrong one is refused too.
    let page = b
        .send(
            b.request(Method::POST, "/profile/edit")
                .header("x-csrf-token", &forged)
                .form(&edit),
        )
        .await;
    assert_refusal(&app, &page, 403, "csrf_invalid", "error-csrf-invalid");
    unchanged(&app, id).await;

    // A token from before signing in no longer works after it.
    let c = app.browser();
    let anonymous_token = c.csrf().await;
    c.login("other@example.org", bottega_web::testing::TEST_PASSWORD)
        .await;
    let page = post_with(&c, "/language", &anonymous_token, &[("lang", "it")], &[]).await;
    assert_refusal(&app, &page, 403, "csrf_invalid", "error-csrf-invalid");

    // The right token, in the body or in the header, works.
    let page = b
        .send(
            b.request(Method::POST, "/profile/edit")
                .header("x-csrf-token", &real)
                .form(&[
                    ("display_name", NAME),
                    ("handle", "ana-kovac"),
                    ("visibility", "members"),
                ]),
        )
        .await;
    page.expect(303);
}

async fn posts_without_the_security_cookie_are_refused(app: TestApp) {
    app.create_user("ana@example.org", NAME, SiteRole::Member)
        .await;
    // A browser that never loaded a page of Bottega (or refuses cookies).
    let donor = app.browser();
    let token = donor.csrf().await;
    for (path, fields) in [
        (
            "/login",
            vec![
                ("email", "ana@example.org"),
                ("password", "workshop bench apprentice"),
            ],
        ),
        (
            "/register",
            vec![
                ("display_name", "Mallory"),
                ("handle", "mallory"),
                ("email", "mallory@example.org"),
                ("password", "workshop bench apprentice"),
                ("password_confirm", "workshop bench apprentice"),
            ],
        ),
        ("/password/forgot", vec![("email", "ana@example.org")]),
    ] {
        let b = app.browser();
        let page = b.post_raw(path, &fields).await;
        assert_refusal(&app, &page, 403, "session_missing", "error-session-missing");
        // Someone else's token does not help without the cookie it belongs to.
        let b = app.browser();
        let page = post_with(&b, path, &token, &fields, &[]).await;
        assert_refusal(&app, &page, 403, "session_missing", "error-session-missing");
        assert!(!page.contains("workshop bench apprentice"));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
    assert_eq!(app.queued_emails_to("ana@example.org").await, 0);
}

async fn cross_site_requests_are_refused(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let token = b.csrf().await;
    let edit = [
        ("display_name", "Changed"),
        ("handle", "ana-kovac"),
        ("visibility", "public"),
    ];
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("origin", "http://127.0.0.1.evil.example")],
        vec![("sec-fetch-site", "cross-site")],
    ] {
        let page = post_with(&b, "/profile/edit", &token, &edit, &headers).await;
        assert_refusal(&app, &page, 403, "csrf_invalid", "error-csrf-invalid");
    }
    unchanged(&app, id).await;
    // The same request from Bottega's own pages goes through.
    let origin = app.base.clone();
    let page = post_with(
        &b,
        "/profile/edit",
        &token,
        &[
            ("display_name", NAME),
            ("handle", "ana-kovac"),
            ("visibility", "members"),
        ],
        &[("origin", &origin), ("sec-fetch-site", "same-origin")],
    )
    .await;
    page.expect(303);
}

async fn bodies_over_the_size_limit_are_refused(mut app: TestApp) {
    app.reconfigure(|c| c.limits.form_bytes = 4096).await;
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let token = b.csrf().await;
    let bio = "parola ".repeat(1000);
    let fields = [
        ("display_name", "Changed"),
        ("handle", "ana-kovac"),
        ("bio", bio.as_str()),
        ("bio_lang", "it"),
        ("visibility", "members"),
    ];
    // The token in the body: the body is read (up to the limit) to find it.
    let page = post_with(&b, "/profile/edit", &token, &fields, &[]).await;
    assert_refusal(
        &app,
        &page,
        413,
        "payload_too_large",
        "error-payload-too-large",
    );
    // The token in the address: the form reader refuses it.
    let page = b
        .send(
            b.request(Method::POST, &format!("/profile/edit?csrf={token}"))
                .form(&fields),
        )
        .await;
    assert_refusal(
        &app,
        &page,
        413,
        "payload_too_large",
        "error-payload-too-large",
    );
    unchanged(&app, id).await;
    // Just under the limit is fine.
    let bio = "parola ".repeat(280);
    let page = b
        .post(
            "/profile/edit",
            &[
                ("display_name", NAME),
                ("handle", "ana-kovac"),
                ("bio", bio.as_str()),
                ("bio_lang", "it"),
                ("visibility", "members"),
            ],
        )
        .await;
    page.expect(303);
}

async fn malformed_requests_are_refused(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let token = b.csrf().await;
    // One value where the form has room for one, given twice.
    let page = post_with(
        &b,
        "/profile/edit",
        &token,
        &[
            ("display_name", "One"),
            ("handle", "ana-kovac"),
            ("display_name", "Two"),
            ("handle", "ana-kovac"),
            ("visibility", "members"),
        ],
        &[],
    )
    .await;
    assert_refusal(&app, &page, 422, "bad_request", "error-bad-request");
    // A body in another format than the form's.
    let page = b
        .send(
            b.request(Method::POST, "/profile/edit")
                .header("x-csrf-token", &token)
                .header("content-type", "application/json")
                .body(r#"{"display_name": "Changed"}"#),
        )
        .await;
    assert!(page.status.is_client_error(), "{}", page.status);
    assert_eq!(page.error_code(), "bad_request");
    assert!(page.shows(&app.text("en", "error-bad-request")));
    // Numbers that are not numbers, in the address or the query.
    for path in [
        "/people/ana",
        "/directory?page=two",
        "/people?page=-",
        "/admin/audit?page=x",
    ] {
        let page = b.get(path).await;
        assert_refusal(&app, &page, 400, "bad_request", "error-bad-request");
        assert!(!page.contains("Cannot parse") && !page.contains("Failed to deserialize"));
    }
    // Absurd page numbers are harmless.
    for path in [
        "/directory?page=-5",
        "/directory?page=99999999999",
        "/people?page=0",
    ] {
        b.get(path).await.expect(200);
    }
    unchanged(&app, id).await;
}

async fn empty_overlong_and_control_characters_are_named(app: TestApp) {
    let en = app.localizer("en");
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let long_name = "N".repeat(81);
    let long_bio = "b".repeat(2001);
    let cases: Vec<(Fields, &str, String)> = vec![
        (
            vec![("display_name", NAME), ("handle", "-ana kovač")],
            "handle",
            en.t("form-error-handle-invalid"),
        ),
        (
            vec![("display_name", "   ")],
            "display_name",
            en.t("form-error-required"),
        ),
        (
            vec![("display_name", &long_name)],
            "display_name",
            en.t1("form-error-too-long", "limit", 80i64),
        ),
        (
            vec![("display_name", "Ana\u{0}Kovač")],
            "display_name",
            en.t("form-error-control-characters"),
        ),
        (
            vec![("display_name", "Ana\nKovač")],
            "display_name",
            en.t("form-error-control-characters"),
        ),
        (
            vec![
                ("display_name", NAME),
                ("handle", "ana-kovac"),
                ("bio", &long_bio),
                ("bio_lang", "hr"),
            ],
            "bio",
            en.t1("form-error-too-long", "limit", 2000i64),
        ),
        (
            vec![
                ("display_name", NAME),
                ("handle", "ana-kovac"),
                ("bio", "Red \u{1b}[31mtext"),
                ("bio_lang", "hr"),
            ],
            "bio",
            en.t("form-error-control-characters"),
        ),
    ];
    for (mut fields, field, message) in cases {
        if !fields.iter().any(|(k, _)| *k == "handle") {
            fields.push(("handle", "ana-kovac"));
        }
        fields.push(("visibility", "members"));
        fields.push(("country", "HR"));
        let page = b.post("/profile/edit", &fields).await;
        page.expect(422);
        assert_eq!(page.error_fields(), vec![field.to_string()], "{fields:?}");
        assert_eq!(page.field_error(field), Some(message), "{fields:?}");
        // The rest of the form is kept.
        let form = page.form("/profile/edit");
        assert_eq!(form.selected("country"), vec!["HR"]);
        assert_eq!(form.selected("visibility"), vec!["members"]);
        let typed = fields.iter().find(|(k, _)| *k == field).unwrap().1;
        let shown = if field == "bio" {
            form.textarea_value("bio")
        } else {
            form.input_value(field)
        };
        assert_eq!(shown.as_deref(), Some(typed), "{field}");
        unchanged(&app, id).await;
    }
    // Tabs and line breaks are fine in longer text.
    b.post(
        "/profile/edit",
        &[
            ("display_name", NAME),
            ("handle", "ana-kovac"),
            ("bio", "Line one\n\tLine two"),
            ("bio_lang", "hr"),
            ("visibility", "members"),
        ],
    )
    .await
    .expect(303);
}

async fn unknown_select_codes_are_refused(app: TestApp) {
    let en = app.localizer("en");
    let (b, id) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let page = b
        .post(
            "/profile/edit",
            &[
                ("display_name", "Changed"),
                ("handle", "ana-kovac"),
                ("country", "ZZ"),
                ("bio", "Ciao"),
                ("bio_lang", "xx"),
                ("visibility", "everyone"),
                ("languages", "it"),
                ("languages", "klingon"),
                ("roles", "wizard"),
                ("sectors", "alchemy"),
            ],
        )
        .await;
    page.expect(422);
    let mut fields = page.error_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec![
            "bio_lang",
            "country",
            "languages",
            "roles",
            "sectors",
            "visibility"
        ]
    );
    for f in &fields {
        assert_eq!(
            page.field_error(f),
            Some(en.t("form-error-invalid-choice")),
            "{f}"
        );
    }
    let form = page.form("/profile/edit");
    assert_eq!(form.input_value("display_name").as_deref(), Some("Changed"));
    assert_eq!(form.textarea_value("bio").as_deref(), Some("Ciao"));
    assert_eq!(form.selected("languages"), vec!["it"]);
    unchanged(&app, id).await;

    // Required choices left empty are named as missing.
    let page = b
        .post(
            "/profile/edit",
            &[("display_name", NAME), ("handle", "ana-kovac")],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("visibility"),
        Some(en.t("form-error-required"))
    );
    unchanged(&app, id).await;
}

async fn registration_names_every_problem_at_once(app: TestApp) {
    let en = app.localizer("en");
    app.create_user("taken@example.org", "Taken", SiteRole::Member)
        .await;
    let b = app.browser();
    let long_name = "Ä".repeat(81);
    for (email, problem) in [
        ("ana@@example.org", "form-error-email-invalid"),
        ("ana@example", "form-error-email-invalid"),
        ("<script>@example", "form-error-email-invalid"),
        ("TAKEN@example.org", "form-error-email-taken"),
    ] {
        let page = b
            .post(
                "/register",
                &[
                    ("display_name", long_name.as_str()),
                    ("email", email),
                    ("password", "short"),
                    ("password_confirm", "short"),
                    ("country", "XX"),
                ],
            )
            .await;
        page.expect(422);
        let mut fields = page.error_fields();
        fields.sort();
        assert_eq!(
            fields,
            vec!["country", "display_name", "email", "password"],
            "{email}"
        );
        assert_eq!(page.field_error("email"), Some(en.t(problem)), "{email}");
        assert_eq!(
            page.field_error("display_name"),
            Some(en.t1("form-error-too-long", "limit", 80i64))
        );
        assert_eq!(page.input_value("email").as_deref(), Some(email));
        assert_eq!(page.input_value("display_name"), Some(long_name.clone()));
        assert!(!page.contains("<script>@"), "escaped");
        assert_eq!(page.input_value("password").as_deref(), Some(""));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

async fn join_messages_that_are_too_long_change_nothing(app: TestApp) {
    let admin = app
        .create_user("admin@example.org", "Admin", SiteRole::Member)
        .await;
    let (_, slug) = app
        .create_org(
            admin,
            "Centro",
            bottega_domain::OrgType::VetProvider,
            bottega_domain::Country::It,
            &[],
            &[],
        )
        .await;
    let (b, _) = app
        .signed_in("ana@example.org", NAME, SiteRole::Member)
        .await;
    let long = "m".repeat(1001);
    for message in [long.as_str(), "bell \u{7} ringing"] {
        let page = b
            .post(&format!("/directory/{slug}/join"), &[("message", message)])
            .await;
        assert_refusal(&app, &page, 400, "bad_request", "error-bad-request");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM join_requests").await, 0);
    let page = b.post("/directory/no-such-org/join", &[]).await;
    assert_refusal(&app, &page, 404, "not_found", "error-not-found");
}

async fn writes_beyond_the_allowance_wait(mut app: TestApp) {
    app.reconfigure(|c| c.limits.writes_per_minute = 5).await;
    let b = app.browser();
    for _ in 0..5 {
        b.post("/language", &[("lang", "it")]).await.expect(303);
    }
    let page = b.post("/language", &[("lang", "en")]).await;
    page.expect(429);
    assert_eq!(page.error_code(), "rate_limited");
    let retry: i64 = page.header("retry-after").parse().expect("Retry-After");
    assert!((1..=60).contains(&retry), "{retry}");
    // In the language chosen before, with the wait in minutes.
    assert_eq!(page.html_lang(), "it");
    assert!(page.shows(
        &app.localizer("it")
            .t1("error-rate-limited", "minutes", 1i64)
    ));
    assert_eq!(b.cookie("bottega_lang").as_deref(), Some("it"));
    // Reading is not limited.
    b.get("/").await.expect(200);
}
