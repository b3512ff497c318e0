//! The whole path of a newcomer, on both engines: registration by the form, the verification
//! email, signing out and in, partner search, asking to join, the organisation's administrator
//! accepting, and a site administrator suspending the account.

use bottega_domain::{Country, Language, OrgType, Sector, SiteRole};
use bottega_web::testing::TestApp;

bottega_web::web_tests!(from_registration_to_membership_to_suspension);

/// The number that follows `prefix` in the page, e.g. a request id in a form's action.
fn number_after(body: &str, prefix: &str) -> i64 {
    let start = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in:\n{body}"))
        + prefix.len();
    body[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

async fn from_registration_to_membership_to_suspension(app: TestApp) {
    let en = app.localizer("en");
    let password = "mortar trowel and a level";

    // An organisation is already listed by its administrator, among others.
    let (org_admin, org_admin_id) = app
        .signed_in(
            "giulia@scuola-edile.example.org",
            "Giulia Rossi",
            SiteRole::Member,
        )
        .await;
    let page = org_admin
        .post(
            "/directory/new",
            &[
                ("name", "Scuola Edile di Bologna"),
                ("type", "vet-provider"),
                ("country", "IT"),
                ("city", "Bologna"),
                ("website", "https://scuola-edile.example.org"),
                ("description", "Corsi di muratura e carpenteria."),
                ("description_lang", "it"),
                ("sectors", "construction"),
                ("sectors", "woodwork"),
                ("languages", "it"),
                ("languages", "en"),
            ],
        )
        .await;
    page.expect(303);
    let org_path = page.location().to_string();
    assert_eq!(org_path, "/directory/scuola-edile-di-bologna");
    for (name, t, k, s, l) in [
        (
            "Edile Company",
            OrgType::Company,
            Country::It,
            Sector::Construction,
            Language::It,
        ),
        (
            "Escuela Edile",
            OrgType::VetProvider,
            Country::Es,
            Sector::Construction,
            Language::It,
        ),
        (
            "Scuola Edile Cuochi",
            OrgType::VetProvider,
            Country::It,
            Sector::Hospitality,
            Language::It,
        ),
        (
            "Edile Polska",
            OrgType::VetProvider,
            Country::It,
            Sector::Construction,
            Language::Pl,
        ),
        (
            "Muratori Uniti",
            OrgType::VetProvider,
            Country::It,
            Sector::Construction,
            Language::It,
        ),
    ] {
        app.create_org(org_admin_id, name, t, k, &[s], &[l]).await;
    }

    // A newcomer registers through the form.
    let ana = app.browser();
    ana.get("/register").await.expect(200);
    let page = ana
        .post(
            "/register",
            &[
                ("display_name", "Ana Kovač"),
                ("email", "Ana.Kovac@Example.org"),
                ("password", password),
                ("password_confirm", password),
                ("country", "HR"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/profile/edit");
    let ana_id = app
        .count("SELECT id FROM users WHERE email = 'ana.kovac@example.org'")
        .await;
    let welcome = ana.visit("/profile/edit").await;
    welcome.expect(200);
    assert!(welcome.shows(&en.t("flash-registered")));
    assert!(welcome.shows(&en.t("verify-pending-notice")));

    // Until the address is confirmed she cannot list or join organisations.
    let page = ana.get("/directory/new").await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");
    let page = ana.post(&format!("{org_path}/join"), &[]).await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");

    // The verification email arrives with a working link.
    let mail = app.wait_for_email("ana.kovac@example.org", 1).await;
    assert_eq!(mail.subject, en.t("email-verify-subject"));
    assert!(mail.body.contains("Ana Kovač"), "{}", mail.body);
    let link = mail.link("/verify/");
    let page = ana.get(&link).await;
    page.expect(303);
    assert_eq!(page.location(), "/");
    let home = ana.visit("/").await;
    assert!(home.shows(&en.t("flash-verified")));
    assert!(!home.shows(&en.t("verify-pending-notice")));
    assert!(app
        .opt_i64(&format!(
            "SELECT email_verified_at FROM users WHERE id = {ana_id}"
        ))
        .await
        .is_some());

    // Signing out and in again.
    ana.post("/logout", &[]).await.expect(303);
    assert!(!ana.is_signed_in().await);
    ana.login("ana.kovac@example.org", password).await;
    assert!(ana.is_signed_in().await);

    // Partner search finds the school with every filter at once.
    let page = ana
        .get("/directory?q=edile&type=vet-provider&country=IT&sector=construction&language=it")
        .await;
    page.expect(200);
    assert!(
        page.shows(&en.t1("directory-count", "count", 1i64)),
        "{}",
        page.body
    );
    assert!(page.contains(&format!("href=\"{org_path}\"")));
    assert_eq!(page.selected("type"), vec!["vet-provider"]);
    assert_eq!(page.selected("country"), vec!["IT"]);
    assert_eq!(page.selected("sector"), vec!["construction"]);
    assert_eq!(page.selected("language"), vec!["it"]);

    // She asks to join.
    let page = ana.get(&org_path).await;
    page.expect(200);
    assert!(page.contains(&format!("action=\"{org_path}/join\"")));
    let page = ana
        .post(
            &format!("{org_path}/join"),
            &[(
                "message",
                "I teach masonry in Split & would like to cooperate.",
            )],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), org_path);
    let page = ana.visit(&org_path).await;
    assert!(page.shows(&en.t("flash-request-sent")));
    assert!(page.shows(&en.t("org-request-pending")));
    assert!(!page.contains(&format!("action=\"{org_path}/join\"")));

    // The organisation's administrator sees the request and accepts it.
    let manage = org_admin.get(&format!("{org_path}/manage")).await;
    manage.expect(200);
    assert!(manage.shows("Ana Kovač"));
    assert!(manage.shows("I teach masonry in Split & would like to cooperate."));
    assert!(manage.shows(&en.t1("manage-requests", "count", 1i64)));
    let request_id = number_after(&manage.body, &format!("action=\"{org_path}/requests/"));
    let page = org_admin
        .post(
            &format!("{org_path}/requests/{request_id}"),
            &[("decision", "accept")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("{org_path}/manage"));
    let manage = org_admin.visit(&format!("{org_path}/manage")).await;
    assert!(manage.shows(&en.t("flash-request-accepted")));
    assert!(manage.shows(&en.t("manage-no-requests")));

    // She is a member, and is told by email.
    assert_eq!(
        app.opt_text(&format!(
            "SELECT m.role FROM memberships m JOIN organisations o ON o.id = m.org_id \
             WHERE o.slug = 'scuola-edile-di-bologna' AND m.user_id = {ana_id}"
        ))
        .await
        .as_deref(),
        Some("member")
    );
    let page = ana.get(&org_path).await;
    assert!(page.shows(&en.t1("org-you-are", "role", en.t("org-role-member"))));
    let mail = app.wait_for_email("ana.kovac@example.org", 2).await;
    assert_eq!(
        mail.subject,
        en.t1(
            "email-join-decided-subject",
            "org",
            "Scuola Edile di Bologna"
        )
    );
    assert!(mail.body.contains(&en.t("join-outcome-accepted")));
    assert!(mail.body.contains(&org_path));

    // A site administrator suspends her account.
    let (admin, _) = app
        .signed_in("admin@bottega.example.org", "Site Admin", SiteRole::Admin)
        .await;
    let page = admin
        .post(&format!("/admin/users/{ana_id}"), &[("action", "suspend")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/admin");
    assert!(admin.visit("/admin").await.shows(&en.t("flash-admin-done")));
    let audit = admin.get("/admin/audit").await;
    audit.expect(200);
    assert!(
        audit.contains("<code>user.suspend</code>"),
        "{}",
        audit.body
    );
    assert!(audit.shows("Ana Kovač"));
    assert!(audit.shows("Site Admin"));

    // Her sessions have ended, and she cannot sign in again.
    assert!(!ana.is_signed_in().await);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sessions WHERE user_id = {ana_id}"
        ))
        .await,
        0
    );
    let page = ana
        .post(
            "/login",
            &[("email", "ana.kovac@example.org"), ("password", password)],
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "account_suspended");
    assert!(page.shows(&en.t("login-suspended")));
    assert!(page.set_cookie("bottega_session").is_none());
    // Nor is she shown among the members any more.
    assert!(!org_admin.get(&org_path).await.shows("Ana Kovač"));
}
