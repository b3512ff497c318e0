//! Accounts over HTTP, on both engines: registration and its password policy, signing in and
//! out, sign-in throttling, password reset by emailed link, changing the password and the
//! email address.

use bottega_domain::SiteRole;
use bottega_web::testing::{Browser, Page, TestApp, TEST_PASSWORD};

bottega_web::web_tests!(
    registration_refuses_short_common_and_mismatched_passwords,
    registration_accepts_eight_characters_and_long_passphrases,
    registration_normalises_the_email_and_refuses_duplicates,
    wrong_password_is_refused_with_the_email_kept,
    repeated_failures_throttle_one_address_not_the_owner_elsewhere,
    spraying_and_distributed_guessing_wait_a_bounded_time,
    forwarded_addresses_are_ignored_unless_trusted,
    logout_ends_the_session_on_the_server,
    signing_in_renews_the_session_id,
    sign_in_returns_only_to_local_pages,
    password_reset_link_works_once_and_ends_other_sessions,
    reset_links_unknown_expired_and_replaced,
    verification_links_expire,
    forgot_password_answers_the_same_for_unknown_addresses,
    change_password_needs_the_current_one_and_ends_other_sessions,
    change_email_needs_the_password_and_a_link_sent_to_the_new_address,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

async fn users(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM users").await
}

async fn sessions_of(app: &TestApp, user_id: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM sessions WHERE user_id = {user_id}"
    ))
    .await
}

async fn password_hash(app: &TestApp, user_id: i64) -> String {
    app.opt_text(&format!(
        "SELECT password_hash FROM users WHERE id = {user_id}"
    ))
    .await
    .expect("user")
}

/// Registration fields, with the password given twice.
fn registration<'a>(name: &'a str, email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("display_name", name),
        ("email", email),
        ("password", password),
        ("password_confirm", password),
        ("country", "HR"),
    ]
}

/// A sign-in attempt that may fail (the harness's `login` insists on success).
async fn try_login(b: &Browser, email: &str, password: &str) -> Page {
    b.post("/login", &[("email", email), ("password", password)])
        .await
}

async fn registration_refuses_short_common_and_mismatched_passwords(app: TestApp) {
    let b = app.browser();
    let cases: [(&str, &str, &str, &str); 5] = [
        ("abcdefg", "abcdefg", "password", "form-error-too-short"),
        (
            "Password123",
            "Password123",
            "password",
            "form-error-password-common",
        ),
        (
            "ana.kovac",
            "ana.kovac",
            "password",
            "form-error-password-like-email",
        ),
        (
            "workshop bench apprentice",
            "workshop bench apprentice!",
            "password_confirm",
            "form-error-password-mismatch",
        ),
        ("", "", "password", "form-error-required"),
    ];
    for (password, confirm, field, message) in cases {
        let page = b
            .post(
                "/register",
                &[
                    ("display_name", "Ana Kovač"),
                    ("email", "Ana.Kovac@School.HR"),
                    ("password", password),
                    ("password_confirm", confirm),
                    ("country", "HR"),
                    ("is_minor", "1"),
                ],
            )
            .await;
        page.expect(422);
        let expected = app.localizer("en").t1(message, "limit", 8i64);
        assert_eq!(
            page.field_error(field).as_deref(),
            Some(expected.as_str()),
            "{password:?}"
        );
        assert_eq!(page.error_fields(), vec![field.to_string()]);
        // What was typed comes back, except the passwords.
        assert_eq!(
            page.input_value("display_name").as_deref(),
            Some("Ana Kovač")
        );
        assert_eq!(
            page.input_value("email").as_deref(),
            Some("Ana.Kovac@School.HR")
        );
        assert_eq!(page.selected("country"), vec!["HR"]);
        assert_eq!(page.selected("is_minor"), vec!["1"]);
        assert_eq!(page.input_value("password").as_deref(), Some(""));
        assert_eq!(page.input_value("password_confirm").as_deref(), Some(""));
        if !password.is_empty() {
            assert!(!page.contains(password), "the password is echoed");
        }
        assert!(page.set_cookie("bottega_session").is_none());
    }
    let too_long = "x".repeat(1025);
    let page = b
        .post(
            "/register",
            &registration("Ana", "ana.kovac@school.hr", &too_long),
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("password"),
        Some(
            app.localizer("en")
                .t1("form-error-too-long", "limit", 1024i64)
        )
    );
    assert_eq!(users(&app).await, 0, "nothing is stored");
    assert_eq!(app.queued_emails_to("ana.kovac@school.hr").await, 0);
}

async fn registration_accepts_eight_characters_and_long_passphrases(app: TestApp) {
    // Exactly the minimum.
    let b = app.browser();
    let page = b
        .post(
            "/register",
            &registration("Marta", "marta@example.org", "kq7vz2mw"),
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/profile/edit");
    assert!(page.set_cookie("bottega_session").is_some());
    assert!(b.is_signed_in().await);

    // A long passphrase, with characters beyond ASCII, is accepted and works for signing in.
    let passphrase = "il maestro di bottega insegna all'apprendista ".repeat(8) + "żółć";
    let b = app.browser();
    b.post(
        "/register",
        &registration("Luca", "luca@example.org", &passphrase),
    )
    .await
    .expect(303);
    b.post("/logout", &[]).await.expect(303);
    assert!(!b.is_signed_in().await);
    b.login("luca@example.org", &passphrase).await;
    assert!(b.is_signed_in().await);
    assert_eq!(users(&app).await, 2);
}

async fn registration_normalises_the_email_and_refuses_duplicates(app: TestApp) {
    let b = app.browser();
    b.post(
        "/register",
        &registration("Ana Kovač", "  Ana.Kovac@School.HR ", TEST_PASSWORD),
    )
    .await
    .expect(303);
    assert_eq!(
        app.opt_text("SELECT email FROM users").await.as_deref(),
        Some("ana.kovac@school.hr")
    );
    let mail = app.wait_for_email("ana.kovac@school.hr", 1).await;
    assert_eq!(mail.subject, en(&app, "email-verify-subject"));

    // The same address in other letters is the same address.
    let other = app.browser();
    let page = other
        .post(
            "/register",
            &registration(
                "Someone Else",
                "ANA.KOVAC@school.hr",
                "another long passphrase",
            ),
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("email"),
        Some(en(&app, "form-error-email-taken"))
    );
    assert_eq!(
        page.input_value("display_name").as_deref(),
        Some("Someone Else")
    );
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("ANA.KOVAC@school.hr")
    );
    assert_eq!(page.selected("country"), vec!["HR"]);
    assert_eq!(page.input_value("password").as_deref(), Some(""));
    assert!(!page.contains("another long passphrase"));
    assert_eq!(users(&app).await, 1);
    assert!(!other.is_signed_in().await);

    // Signing in does not care about the case either.
    other.login("ANA.KOVAC@SCHOOL.HR", TEST_PASSWORD).await;
    assert!(other.is_signed_in().await);
}

async fn wrong_password_is_refused_with_the_email_kept(app: TestApp) {
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    for email in ["Ana@Example.org", "nobody@example.org"] {
        let page = try_login(&b, email, "not the password at all").await;
        page.expect(401);
        assert_eq!(page.error_code(), "login_wrong");
        // The same answer whether or not the account exists.
        assert!(page.shows(&en(&app, "login-wrong")));
        assert_eq!(page.input_value("email").as_deref(), Some(email));
        assert_eq!(page.input_value("password").as_deref(), Some(""));
        assert!(!page.contains("not the password at all"));
        assert!(page.set_cookie("bottega_session").is_none());
    }
    assert!(!b.is_signed_in().await);

    // Missing fields are named, without trying the password.
    let page = try_login(&b, "ana@example.org", "").await;
    page.expect(422);
    assert_eq!(
        page.field_error("password"),
        Some(en(&app, "form-error-required"))
    );
    let page = try_login(&b, "ana-at-example.org", "whatever it is").await;
    page.expect(422);
    assert_eq!(
        page.field_error("email"),
        Some(en(&app, "form-error-email-invalid"))
    );
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("ana-at-example.org")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

/// The throttle message for `minutes`, in `lang`.
fn throttled(app: &TestApp, lang: &str, minutes: i64) -> String {
    app.localizer(lang)
        .t1("login-throttled", "minutes", minutes)
}

async fn repeated_failures_throttle_one_address_not_the_owner_elsewhere(mut app: TestApp) {
    app.reconfigure(|c| c.trust_proxy_headers = true).await;
    let email = "owner@example.org";
    app.create_user(email, "Owner", SiteRole::Member).await;
    let attacker = app.browser_with(&[("x-forwarded-for", "10.0.0.1")]);

    // Five mistakes are answered normally.
    for _ in 0..5 {
        let page = try_login(&attacker, email, "guess guess guess").await;
        page.expect(401);
        assert_eq!(page.error_code(), "login_wrong");
    }
    // Then even the right password waits, with a clear message and the address kept.
    let page = try_login(&attacker, email, TEST_PASSWORD).await;
    page.expect(429);
    assert_eq!(page.error_code(), "login_throttled");
    assert!(page.shows(&throttled(&app, "en", 1)), "{}", page.body);
    assert_eq!(page.input_value("email").as_deref(), Some(email));
    assert!(page.set_cookie("bottega_session").is_none());
    // In the reader's language.
    let italian = app.browser_with(&[("x-forwarded-for", "10.0.0.1"), ("accept-language", "it")]);
    let page = try_login(&italian, email, "guess guess guess").await;
    page.expect(429);
    assert_eq!(page.html_lang(), "it");
    assert_ne!(throttled(&app, "it", 1), throttled(&app, "en", 1));
    assert!(page.shows(&throttled(&app, "it", 1)), "{}", page.body);
    // Attempts refused while waiting are not counted, so the wait cannot be made longer.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM rate_events WHERE bucket = 'login-pair'")
            .await,
        5
    );

    // The owner, from another address, signs in at once.
    let owner = app.browser_with(&[("x-forwarded-for", "10.0.0.2")]);
    owner.login(email, TEST_PASSWORD).await;
    assert!(owner.is_signed_in().await);

    // Four mistakes from a third address are free: the right password then works, and
    // clears that address's count.
    let clumsy = app.browser_with(&[("x-forwarded-for", "10.0.0.3")]);
    for _ in 0..4 {
        try_login(&clumsy, email, "almost right").await.expect(401);
    }
    clumsy.login(email, TEST_PASSWORD).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM rate_events WHERE bucket = 'login-pair' AND key = '{email}|10.0.0.3'"
        ))
        .await,
        0
    );

    // The wait ends: 31 seconds later the first address may try again.
    app.exec("UPDATE rate_events SET at = at - 31000").await;
    attacker.login(email, TEST_PASSWORD).await;
    assert!(attacker.is_signed_in().await);
}

/// Records `n` failed sign-ins in `bucket` for `key`, `age_ms` ago.
async fn failures(app: &TestApp, bucket: &str, key: &str, n: usize, age_ms: i64) {
    let at = bottega_storage::now() - age_ms;
    let rows: Vec<String> = (0..n)
        .map(|_| format!("('{bucket}', '{key}', {at})"))
        .collect();
    app.exec(&format!(
        "INSERT INTO rate_events (bucket, key, at) VALUES {}",
        rows.join(", ")
    ))
    .await;
}

async fn spraying_and_distributed_guessing_wait_a_bounded_time(mut app: TestApp) {
    app.reconfigure(|c| c.trust_proxy_headers = true).await;
    let email = "owner@example.org";
    app.create_user(email, "Owner", SiteRole::Member).await;

    // One address that failed 30 times across accounts waits for the window (15 minutes), and
    // no longer.
    failures(&app, "login-ip", "10.0.0.9", 29, 0).await;
    let sprayer = app.browser_with(&[("x-forwarded-for", "10.0.0.9")]);
    try_login(&sprayer, email, "spray spray spray")
        .await
        .expect(401);
    let page = try_login(&sprayer, email, TEST_PASSWORD).await;
    page.expect(429);
    assert_eq!(page.error_code(), "login_throttled");
    assert!(page.shows(&throttled(&app, "en", 15)), "{}", page.body);

    // Fifty failures on one account from everywhere slow its owner down too, wherever they
    // are, but for five minutes at most.
    failures(&app, "login-account", email, 50, 0).await;
    let owner = app.browser_with(&[("x-forwarded-for", "10.0.0.10")]);
    let page = try_login(&owner, email, TEST_PASSWORD).await;
    page.expect(429);
    assert!(page.shows(&throttled(&app, "en", 5)), "{}", page.body);
    app.exec(&format!(
        "UPDATE rate_events SET at = at - {} WHERE bucket = 'login-account'",
        5 * 60 * 1000 + 1000
    ))
    .await;
    owner.login(email, TEST_PASSWORD).await;
    assert!(owner.is_signed_in().await);
}

async fn forwarded_addresses_are_ignored_unless_trusted(app: TestApp) {
    // By default X-Forwarded-For is not believed: changing it does not escape the throttle.
    let email = "owner@example.org";
    app.create_user(email, "Owner", SiteRole::Member).await;
    for i in 0..5 {
        let b = app.browser_with(&[("x-forwarded-for", &format!("10.1.0.{i}"))]);
        try_login(&b, email, "guess guess guess").await.expect(401);
    }
    let b = app.browser_with(&[("x-forwarded-for", "10.1.0.99")]);
    let page = try_login(&b, email, TEST_PASSWORD).await;
    page.expect(429);
    assert_eq!(page.error_code(), "login_throttled");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM rate_events WHERE bucket = 'login-pair' AND key = '{email}|127.0.0.1'"
        ))
        .await,
        5
    );
}

async fn logout_ends_the_session_on_the_server(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let cookie = b.cookie("bottega_session").expect("a session cookie");
    assert!(b.is_signed_in().await);
    assert_eq!(sessions_of(&app, id).await, 1);

    let page = b.post("/logout", &[]).await;
    page.expect(303);
    assert_eq!(page.location(), "/");
    let removal = page.set_cookie("bottega_session").expect("cookie removed");
    assert!(removal.contains("Max-Age=0"), "{removal}");
    assert!(!b.is_signed_in().await);
    assert_eq!(sessions_of(&app, id).await, 0);

    // The old cookie, replayed by anyone, opens nothing.
    let thief = app.browser();
    thief.set_cookie("bottega_session", &cookie);
    assert!(!thief.is_signed_in().await);
    let page = thief.get("/account").await;
    assert_eq!(page.location(), "/login?next=%2Faccount");
}

async fn signing_in_renews_the_session_id(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let first = b.cookie("bottega_session").expect("a session cookie");
    let csrf_before = b.csrf().await;

    // Signing in again from the same browser gives a new id and ends the old one.
    b.login("ana@example.org", TEST_PASSWORD).await;
    let second = b.cookie("bottega_session").expect("a session cookie");
    assert_ne!(first, second);
    assert_ne!(
        csrf_before,
        b.csrf().await,
        "the form token follows the session"
    );
    assert!(b.is_signed_in().await);
    assert_eq!(sessions_of(&app, id).await, 1);
    let old = app.browser();
    old.set_cookie("bottega_session", &first);
    assert!(!old.is_signed_in().await);

    // A session id planted in a browser before sign-in is not kept either.
    let victim = app.browser();
    victim.set_cookie(
        "bottega_session",
        "planted-by-an-attacker-000000000000000000",
    );
    victim.login("ana@example.org", TEST_PASSWORD).await;
    let third = victim.cookie("bottega_session").expect("a session cookie");
    assert_ne!(third, "planted-by-an-attacker-000000000000000000");
    assert_eq!(third.len(), 43, "256 random bits, URL-safe base64");
}

async fn sign_in_returns_only_to_local_pages(app: TestApp) {
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    for (next, kept) in [
        ("/directory?country=IT", "/directory?country=IT"),
        ("https://evil.example/", "/"),
        ("//evil.example/x", "/"),
        ("/\\evil.example", "/"),
    ] {
        let page = b.get(&format!("/login?next={}", urlencode(next))).await;
        page.expect(200);
        assert_eq!(
            page.form("/login").input_value("next").as_deref(),
            Some(kept),
            "{next}"
        );
    }
    let page = b
        .post(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", TEST_PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/");
    let b = app.browser();
    let page = b
        .post(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", TEST_PASSWORD),
                ("next", "/directory?country=IT"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/directory?country=IT");
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

async fn password_reset_link_works_once_and_ends_other_sessions(app: TestApp) {
    let email = "ana@example.org";
    let id = app.create_user(email, "Ana", SiteRole::Member).await;
    let elsewhere = app.browser();
    elsewhere.login(email, TEST_PASSWORD).await;
    // Someone has been guessing: a reset clears that too.
    failures(&app, "login-account", email, 50, 0).await;

    let b = app.browser();
    let page = b
        .post("/password/forgot", &[("email", "ANA@example.org")])
        .await;
    page.expect(200);
    assert!(page.shows(&en(&app, "forgot-sent")));
    let mail = app.wait_for_email(email, 1).await;
    assert_eq!(mail.subject, en(&app, "email-reset-subject"));
    let link = mail.link("/password/reset/");

    let page = b.get(&link).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "reset-title")));

    // A mismatch is named, and does not use the link up.
    let page = b
        .post(
            &link,
            &[
                ("password", "a brand new passphrase"),
                ("password_confirm", "a brand new passphrase?"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("password_confirm"),
        Some(en(&app, "form-error-password-mismatch"))
    );
    b.get(&link).await.expect(200);

    let page = b
        .post(
            &link,
            &[
                ("password", "a brand new passphrase"),
                ("password_confirm", "a brand new passphrase"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/login");
    assert!(
        !elsewhere.is_signed_in().await,
        "the reset ends every session"
    );
    assert_eq!(sessions_of(&app, id).await, 0);
    let hash = password_hash(&app, id).await;

    // The link works once.
    let page = b.get(&link).await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_used");
    assert!(page.shows(&en(&app, "link-used")));
    let page = b
        .post(
            &link,
            &[
                ("password", "the attacker's passphrase"),
                ("password_confirm", "the attacker's passphrase"),
            ],
        )
        .await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_used");
    assert_eq!(password_hash(&app, id).await, hash, "unchanged");

    // The old password is gone, the new one works at once despite the earlier guessing.
    try_login(&b, email, TEST_PASSWORD).await.expect(401);
    b.login(email, "a brand new passphrase").await;
}

async fn reset_links_unknown_expired_and_replaced(app: TestApp) {
    let email = "ana@example.org";
    let id = app.create_user(email, "Ana", SiteRole::Member).await;
    let hash = password_hash(&app, id).await;
    let b = app.browser();
    let new_password = [
        ("password", "a brand new passphrase"),
        ("password_confirm", "a brand new passphrase"),
    ];

    for page in [
        b.get("/password/reset/not-a-link-we-sent").await,
        b.post("/password/reset/not-a-link-we-sent", &new_password)
            .await,
    ] {
        page.expect(410);
        assert_eq!(page.error_code(), "link_unknown");
        assert!(page.shows(&en(&app, "link-unknown")));
    }

    // A newer link replaces the older one.
    b.post("/password/forgot", &[("email", email)])
        .await
        .expect(200);
    let first = app.wait_for_email(email, 1).await.link("/password/reset/");
    b.post("/password/forgot", &[("email", email)])
        .await
        .expect(200);
    let second = app.wait_for_email(email, 2).await.link("/password/reset/");
    assert_ne!(first, second);
    let page = b.get(&first).await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_used");
    b.get(&second).await.expect(200);

    // An hour later it has expired.
    let past = bottega_storage::now() - 1000;
    assert_eq!(
        app.exec(&format!(
            "UPDATE account_tokens SET expires_at = {past} WHERE used_at IS NULL AND purpose = 'reset-password'"
        ))
        .await,
        1
    );
    for page in [b.get(&second).await, b.post(&second, &new_password).await] {
        page.expect(410);
        assert_eq!(page.error_code(), "link_expired");
        assert!(page.shows(&en(&app, "link-expired")));
    }
    assert_eq!(password_hash(&app, id).await, hash, "unchanged");
}

async fn verification_links_expire(app: TestApp) {
    let email = "ana@example.org";
    let id = app.create_user(email, "Ana", SiteRole::Member).await;
    app.exec(&format!(
        "UPDATE users SET email_verified_at = NULL WHERE id = {id}"
    ))
    .await;
    let b = app.browser();
    b.login(email, TEST_PASSWORD).await;
    let page = b.post("/verify/resend", &[]).await;
    page.expect(303);
    let link = app.wait_for_email(email, 1).await.link("/verify/");
    let past = bottega_storage::now() - 1000;
    app.exec(&format!(
        "UPDATE account_tokens SET expires_at = {past} WHERE purpose = 'verify-email'"
    ))
    .await;
    let page = b.get(&link).await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_expired");
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT email_verified_at FROM users WHERE id = {id}"
        ))
        .await,
        None
    );
    // A new link works, once.
    b.post("/verify/resend", &[]).await.expect(303);
    let link = app.wait_for_email(email, 2).await.link("/verify/");
    let page = b.get(&link).await;
    page.expect(303);
    assert_eq!(page.location(), "/");
    assert!(app
        .opt_i64(&format!(
            "SELECT email_verified_at FROM users WHERE id = {id}"
        ))
        .await
        .is_some());
    let page = b.get(&link).await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_used");
}

async fn forgot_password_answers_the_same_for_unknown_addresses(app: TestApp) {
    app.create_user("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let b = app.browser();
    let known = b
        .post("/password/forgot", &[("email", "ana@example.org")])
        .await;
    let unknown = b
        .post("/password/forgot", &[("email", "nobody@example.org")])
        .await;
    known.expect(200);
    unknown.expect(200);
    assert!(known.shows(&en(&app, "forgot-sent")));
    assert_eq!(known.body, unknown.body, "the two answers differ");
    assert_eq!(app.queued_emails_to("ana@example.org").await, 1);
    assert_eq!(app.queued_emails_to("nobody@example.org").await, 0);

    let page = b
        .post("/password/forgot", &[("email", "ana(at)example.org")])
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("email"),
        Some(en(&app, "form-error-email-invalid"))
    );
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("ana(at)example.org")
    );
}

async fn change_password_needs_the_current_one_and_ends_other_sessions(app: TestApp) {
    let email = "ana@example.org";
    let (b, id) = app.signed_in(email, "Ana", SiteRole::Member).await;
    let elsewhere = app.browser();
    elsewhere.login(email, TEST_PASSWORD).await;
    let hash = password_hash(&app, id).await;
    let new = "a brand new passphrase";

    let page = b
        .post(
            "/account/password",
            &[
                ("current_password", "not my password"),
                ("password", new),
                ("password_confirm", new),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("current_password"),
        Some(en(&app, "form-error-password-wrong"))
    );
    assert!(!page.contains(new) && !page.contains("not my password"));
    let page = b
        .post(
            "/account/password",
            &[
                ("current_password", TEST_PASSWORD),
                ("password", "short"),
                ("password_confirm", "short"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["password".to_string()]);
    assert_eq!(password_hash(&app, id).await, hash, "unchanged");
    assert!(elsewhere.is_signed_in().await);

    let before = b.cookie("bottega_session").expect("session");
    let page = b
        .post(
            "/account/password",
            &[
                ("current_password", TEST_PASSWORD),
                ("password", new),
                ("password_confirm", new),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/account");
    let after = b.cookie("bottega_session").expect("session");
    assert_ne!(before, after, "this browser gets a fresh session");
    assert!(b.is_signed_in().await);
    assert!(!elsewhere.is_signed_in().await, "other sessions end");
    assert_eq!(sessions_of(&app, id).await, 1);
    try_login(&elsewhere, email, TEST_PASSWORD)
        .await
        .expect(401);
    elsewhere.login(email, new).await;
}

async fn change_email_needs_the_password_and_a_link_sent_to_the_new_address(app: TestApp) {
    let old = "ana@example.org";
    let new = "ana.kovac@school.hr";
    let (b, id) = app.signed_in(old, "Ana", SiteRole::Member).await;
    app.create_user("taken@example.org", "Taken", SiteRole::Member)
        .await;

    let page = b
        .post(
            "/account/email",
            &[
                ("new_email", "Ana.Kovac@School.HR"),
                ("email_current_password", "wrong one"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("email_current_password"),
        Some(en(&app, "form-error-password-wrong"))
    );
    assert_eq!(
        page.input_value("new_email").as_deref(),
        Some("Ana.Kovac@School.HR")
    );
    assert_eq!(
        page.input_value("email_current_password").as_deref(),
        Some("")
    );
    for (address, message) in [
        ("taken@example.org", "form-error-email-taken"),
        ("not an address", "form-error-email-invalid"),
    ] {
        let page = b
            .post(
                "/account/email",
                &[
                    ("new_email", address),
                    ("email_current_password", TEST_PASSWORD),
                ],
            )
            .await;
        page.expect(422);
        assert_eq!(page.field_error("new_email"), Some(en(&app, message)));
        assert_eq!(page.input_value("new_email").as_deref(), Some(address));
    }
    assert_eq!(app.queued_emails_to(new).await, 0);

    let page = b
        .post(
            "/account/email",
            &[
                ("new_email", "Ana.Kovac@School.HR"),
                ("email_current_password", TEST_PASSWORD),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/account");
    // Nothing changes until the new address answers; the old address gets nothing to click.
    let stored = format!("SELECT email FROM users WHERE id = {id}");
    assert_eq!(app.opt_text(&stored).await.as_deref(), Some(old));
    let mail = app.wait_for_email(new, 1).await;
    assert_eq!(mail.subject, en(&app, "email-change-subject"));
    assert_eq!(app.queued_emails_to(old).await, 0);
    let link = mail.link("/account/email/confirm/");

    let page = b.get(&link).await;
    page.expect(303);
    assert_eq!(page.location(), "/account");
    assert_eq!(app.opt_text(&stored).await.as_deref(), Some(new));
    assert!(b.visit("/account").await.shows(new));
    let page = b.get(&link).await;
    page.expect(410);
    assert_eq!(page.error_code(), "link_used");

    let other = app.browser();
    try_login(&other, old, TEST_PASSWORD).await.expect(401);
    other.login(new, TEST_PASSWORD).await;
}
