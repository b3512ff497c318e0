//! The directory over HTTP, on both engines: partner search and its paging, listing and
//! editing organisations, who may manage them, join requests, the last administrator, and
//! invitations by email.

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};
use bottega_web::testing::{html_unescape, Page, TestApp};

bottega_web::web_tests!(
    partner_search_filters_by_type_country_sector_language_and_name,
    partner_search_pages_through_results,
    listing_an_organisation_needs_a_verified_address,
    organisation_form_names_each_problem_and_keeps_the_input,
    only_organisation_admins_or_site_admins_manage,
    join_requests_are_filed_once_and_decided_once,
    the_last_administrator_cannot_leave_the_role,
    two_administrators_demoting_each_other_at_once_leave_one,
    invitations_are_accepted_only_by_the_invited_address,
    revoked_and_expired_invitations_cannot_be_accepted,
);

/// The slugs of the organisations listed on a search page, in order.
fn listed(page: &Page) -> Vec<String> {
    let Some(start) = page.body.find("<ul class=\"cards orgs\">") else {
        return Vec::new();
    };
    let block = &page.body[start..];
    let block = &block[..block.find("</ul>").unwrap_or(block.len())];
    block
        .split("<h2><a href=\"/directory/")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or_default().to_string())
        .collect()
}

fn slugs(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

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

async fn role_in(app: &TestApp, org_id: i64, user_id: i64) -> Option<String> {
    app.opt_text(&format!(
        "SELECT role FROM memberships WHERE org_id = {org_id} AND user_id = {user_id}"
    ))
    .await
}

async fn partner_search_filters_by_type_country_sector_language_and_name(app: TestApp) {
    let admin = app
        .create_user("admin@example.org", "Admin", SiteRole::Member)
        .await;
    use Country::*;
    use OrgType::*;
    for (name, t, k, s, l) in [
        (
            "Scuola Edile Bologna",
            VetProvider,
            It,
            vec![Sector::Construction],
            vec![Language::It, Language::En],
        ),
        (
            "Falegnameria Rossi",
            Company,
            It,
            vec![Sector::Woodwork],
            vec![Language::It],
        ),
        (
            "Cámara de Comercio de Sevilla",
            Chamber,
            Es,
            vec![Sector::Business],
            vec![Language::Es],
        ),
        (
            "Zakład Stolarski",
            Company,
            Pl,
            vec![Sector::Woodwork],
            vec![Language::Pl, Language::En],
        ),
        (
            "Officina 100% Legno",
            Company,
            It,
            vec![Sector::Woodwork, Sector::Construction],
            vec![Language::It],
        ),
    ] {
        app.create_org(admin, name, t, k, &s, &l).await;
    }
    let b = app.browser();
    let en = app.localizer("en");
    let page = b.get("/directory").await;
    page.expect(200);
    let mut found = listed(&page);
    found.sort();
    assert_eq!(
        found,
        slugs(&[
            "camara-de-comercio-de-sevilla",
            "falegnameria-rossi",
            "officina-100-legno",
            "scuola-edile-bologna",
            "zaklad-stolarski",
        ])
    );
    assert!(page.shows(&en.t1("directory-count", "count", 5i64)));

    for (query, expected) in [
        (
            "type=company",
            vec![
                "falegnameria-rossi",
                "officina-100-legno",
                "zaklad-stolarski",
            ],
        ),
        (
            "country=IT",
            vec![
                "falegnameria-rossi",
                "officina-100-legno",
                "scuola-edile-bologna",
            ],
        ),
        (
            "sector=woodwork",
            vec![
                "falegnameria-rossi",
                "officina-100-legno",
                "zaklad-stolarski",
            ],
        ),
        (
            "sector=construction",
            vec!["officina-100-legno", "scuola-edile-bologna"],
        ),
        (
            "language=en",
            vec!["scuola-edile-bologna", "zaklad-stolarski"],
        ),
        ("q=legno", vec!["officina-100-legno"]),
        ("q=LEGNO", vec!["officina-100-legno"]),
        ("q=C%C3%81MARA", vec!["camara-de-comercio-de-sevilla"]),
        ("q=zak%C5%82ad", vec!["zaklad-stolarski"]),
        // LIKE wildcards typed by people are plain characters.
        ("q=100%25", vec!["officina-100-legno"]),
        ("q=%25", vec!["officina-100-legno"]),
        ("q=_", vec![]),
        (
            "type=company&country=IT&sector=woodwork&language=it",
            vec!["falegnameria-rossi", "officina-100-legno"],
        ),
        ("type=company&country=ES", vec![]),
    ] {
        let page = b.get(&format!("/directory?{query}")).await;
        page.expect(200);
        assert_eq!(listed(&page), slugs(&expected), "{query}");
        let count = en.t1("directory-count", "count", expected.len() as i64);
        assert!(page.shows(&count), "{query}: {count}");
        if expected.is_empty() {
            assert!(page.shows(&en.t("directory-none")));
        }
    }

    // The filters chosen stay selected, and the text stays in the box.
    let page = b
        .get("/directory?q=ross&type=company&country=IT&sector=woodwork&language=it")
        .await;
    assert_eq!(page.selected("type"), vec!["company"]);
    assert_eq!(page.selected("country"), vec!["IT"]);
    assert_eq!(page.selected("sector"), vec!["woodwork"]);
    assert_eq!(page.selected("language"), vec!["it"]);
    assert_eq!(page.input_value("q").as_deref(), Some("ross"));
    assert_eq!(listed(&page), slugs(&["falegnameria-rossi"]));
}

async fn partner_search_pages_through_results(app: TestApp) {
    let admin = app
        .create_user("admin@example.org", "Admin", SiteRole::Member)
        .await;
    for i in 1..=25 {
        app.create_org(
            admin,
            &format!("Centro {i:02}"),
            OrgType::VetProvider,
            Country::It,
            &[Sector::Bakery],
            &[Language::It],
        )
        .await;
    }
    app.create_org(
        admin,
        "Centro 00 Madrid",
        OrgType::VetProvider,
        Country::Es,
        &[],
        &[],
    )
    .await;
    let en = app.localizer("en");
    let b = app.browser();

    let first = b.get("/directory?country=IT&sector=bakery").await;
    first.expect(200);
    let expected: Vec<String> = (1..=20).map(|i| format!("centro-{i:02}")).collect();
    assert_eq!(listed(&first), expected);
    assert!(first.shows(&en.t1("directory-count", "count", 25i64)));
    assert!(first.shows(&en.t2("paging-position", "page", 1i64, "pages", 2i64)));
    assert!(!first.contains("rel=\"prev\""));
    let next = html_unescape(
        first.body[first
            .body
            .find("rel=\"next\" href=\"")
            .expect("a next link")
            + 17..]
            .split('"')
            .next()
            .unwrap_or_default(),
    );
    assert_eq!(next, "?country=IT&sector=bakery&page=2");

    let second = b.get(&format!("/directory{next}")).await;
    second.expect(200);
    let expected: Vec<String> = (21..=25).map(|i| format!("centro-{i:02}")).collect();
    assert_eq!(listed(&second), expected);
    assert!(second.shows(&en.t2("paging-position", "page", 2i64, "pages", 2i64)));
    assert!(second.contains("rel=\"prev\" href=\"?country=IT&#38;sector=bakery&#38;page=1\""));
    assert!(!second.contains("rel=\"next\""));

    // A page past the end (an old link) shows the last page, not an empty list.
    let beyond = b.get("/directory?country=IT&sector=bakery&page=7").await;
    beyond.expect(200);
    assert_eq!(listed(&beyond), expected);
    assert!(beyond.shows(&en.t2("paging-position", "page", 2i64, "pages", 2i64)));
    assert!(!beyond.shows(&en.t("directory-none")));

    // Without filters the other country's centre comes first.
    let page = b.get("/directory").await;
    assert_eq!(
        listed(&page).first().map(String::as_str),
        Some("centro-00-madrid")
    );
    assert!(page.shows(&en.t1("directory-count", "count", 26i64)));
}

fn valid_org<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Officina Meccanica Torino"),
        ("type", "company"),
        ("country", "IT"),
        ("city", "Torino"),
        ("website", "https://officina.example.org/chi-siamo"),
        ("description", "Apprendistato in meccanica & automazione."),
        ("description_lang", "it"),
        ("sectors", "metalwork"),
        ("sectors", "automotive"),
        ("languages", "it"),
        ("languages", "de"),
    ]
}

async fn listing_an_organisation_needs_a_verified_address(app: TestApp) {
    // Anonymous readers are sent to sign in.
    let anon = app.browser();
    let page = anon.get("/directory/new").await;
    page.expect(303);
    assert_eq!(page.location(), "/login?next=%2Fdirectory%2Fnew");
    let page = anon.post("/directory/new", &valid_org()).await;
    page.expect(401);
    assert_eq!(page.error_code(), "login_required");

    // A signed-in person whose address is not confirmed yet is told why.
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    app.exec(&format!(
        "UPDATE users SET email_verified_at = NULL WHERE id = {id}"
    ))
    .await;
    let page = b.get("/directory/new").await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");
    assert!(page.shows(&app.text("en", "error-verification-required")));
    let page = b.post("/directory/new", &valid_org()).await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 0);

    // Once confirmed, the organisation is listed with its creator as administrator.
    app.exec(&format!(
        "UPDATE users SET email_verified_at = 1 WHERE id = {id}"
    ))
    .await;
    b.get("/directory/new").await.expect(200);
    let page = b.post("/directory/new", &valid_org()).await;
    page.expect(303);
    assert_eq!(page.location(), "/directory/officina-meccanica-torino");
    let org = b.visit("/directory/officina-meccanica-torino").await;
    org.expect(200);
    assert!(org.shows(&app.text("en", "flash-organisation-created")));
    assert!(org.shows("Officina Meccanica Torino"));
    assert!(org.shows("Apprendistato in meccanica & automazione."));
    assert!(org.contains("href=\"https://officina.example.org/chi-siamo\""));
    assert!(org.shows(&app.text("en", "sector-metalwork")));
    assert!(org.shows(&app.text("en", "sector-automotive")));
    assert!(org.contains("lang=\"de\">Deutsch</span>"));
    let org_id = app.count("SELECT id FROM organisations").await;
    assert_eq!(role_in(&app, org_id, id).await.as_deref(), Some("admin"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.create'")
            .await,
        1
    );

    // The same name again gets its own address.
    let page = b.post("/directory/new", &valid_org()).await;
    page.expect(303);
    assert_eq!(page.location(), "/directory/officina-meccanica-torino-2");
}

async fn organisation_form_names_each_problem_and_keeps_the_input(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let en = app.localizer("en");
    let long_city = "C".repeat(101);
    let page = b
        .post(
            "/directory/new",
            &[
                ("name", "   "),
                ("type", "castle"),
                ("country", "ZZ"),
                ("city", &long_city),
                ("website", "javascript:alert(1)"),
                ("description", "Corsi <b>serali</b>"),
                ("description_lang", ""),
                ("sectors", "construction"),
                ("sectors", "plumbing"),
                ("languages", "it"),
                ("languages", "klingon"),
            ],
        )
        .await;
    page.expect(422);
    let mut fields = page.error_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec![
            "city",
            "country",
            "description_lang",
            "languages",
            "name",
            "sectors",
            "type",
            "website"
        ]
    );
    assert_eq!(page.field_error("name"), Some(en.t("form-error-required")));
    assert_eq!(
        page.field_error("type"),
        Some(en.t("form-error-invalid-choice"))
    );
    assert_eq!(
        page.field_error("country"),
        Some(en.t("form-error-invalid-choice"))
    );
    assert_eq!(
        page.field_error("city"),
        Some(en.t1("form-error-too-long", "limit", 100i64))
    );
    assert_eq!(
        page.field_error("website"),
        Some(en.t("form-error-url-invalid"))
    );
    assert_eq!(
        page.field_error("description_lang"),
        Some(en.t("org-description-lang-needed"))
    );
    assert_eq!(
        page.field_error("sectors"),
        Some(en.t("form-error-invalid-choice"))
    );
    // What was typed comes back, escaped.
    let form = page.form("/directory/new");
    assert_eq!(form.input_value("city"), Some(long_city.clone()));
    assert_eq!(
        form.input_value("website").as_deref(),
        Some("javascript:alert(1)")
    );
    assert_eq!(
        form.textarea_value("description").as_deref(),
        Some("Corsi <b>serali</b>")
    );
    assert!(!page.contains("<b>serali</b>"));
    assert_eq!(form.selected("sectors"), vec!["construction"]);
    assert_eq!(form.selected("languages"), vec!["it"]);

    // One problem alone is named alone.
    let mut fields = valid_org();
    fields[0] = ("name", "Officina\u{7} Meccanica");
    let page = b.post("/directory/new", &fields).await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["name"]);
    assert_eq!(
        page.field_error("name"),
        Some(en.t("form-error-control-characters"))
    );
    assert_eq!(page.selected("type"), vec!["company"]);
    assert_eq!(page.selected("country"), vec!["IT"]);
    let long_name = "N".repeat(151);
    fields[0] = ("name", &long_name);
    let page = b.post("/directory/new", &fields).await;
    page.expect(422);
    assert_eq!(
        page.field_error("name"),
        Some(en.t1("form-error-too-long", "limit", 150i64))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 0);
}

async fn only_organisation_admins_or_site_admins_manage(app: TestApp) {
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Org Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro Formazione",
            OrgType::VetProvider,
            Country::It,
            &[Sector::Bakery],
            &[Language::It],
        )
        .await;
    let (member, member_id) = app
        .signed_in("member@example.org", "Member", SiteRole::Member)
        .await;
    app.add_member(org_id, member_id, OrgRole::Member).await;
    let (outsider, outsider_id) = app
        .signed_in("outsider@example.org", "Outsider", SiteRole::Moderator)
        .await;
    // A pending request from the outsider, which others must not decide.
    outsider
        .post(&format!("/directory/{slug}/join"), &[])
        .await
        .expect(303);
    let request_id = app.count("SELECT id FROM join_requests").await;
    let base = format!("/directory/{slug}");
    let edit = [
        ("name", "Taken Over"),
        ("type", "company"),
        ("country", "IT"),
    ];

    for (who, b) in [("member", &member), ("outsider", &outsider)] {
        for page in [
            b.get(&format!("{base}/edit")).await,
            b.get(&format!("{base}/manage")).await,
            b.post(&format!("{base}/edit"), &edit).await,
            b.post(
                &format!("{base}/requests/{request_id}"),
                &[("decision", "accept")],
            )
            .await,
            b.post(
                &format!("{base}/invitations"),
                &[("email", "friend@example.org"), ("role", "admin")],
            )
            .await,
            b.post(
                &format!("{base}/members/{admin_id}"),
                &[("action", "remove")],
            )
            .await,
            b.post(
                &format!("{base}/members/{member_id}"),
                &[("action", "make-admin")],
            )
            .await,
            b.post(&format!("{base}/invitations/1/revoke"), &[]).await,
            b.upload(&format!("{base}/logo"), "logo", "logo.png", vec![1, 2, 3])
                .await,
        ] {
            page.expect(403);
            assert_eq!(page.error_code(), "forbidden", "{who}");
            assert!(page.shows(&app.text("en", "error-forbidden")));
        }
        // The organisation page offers them no management links.
        let page = b.get(&base).await;
        assert!(!page.contains(&format!("href=\"{base}/manage\"")));
    }
    // Nothing changed.
    assert_eq!(
        app.opt_text(&format!(
            "SELECT name FROM organisations WHERE id = {org_id}"
        ))
        .await
        .as_deref(),
        Some("Centro Formazione")
    );
    assert_eq!(
        role_in(&app, org_id, admin_id).await.as_deref(),
        Some("admin")
    );
    assert_eq!(
        role_in(&app, org_id, member_id).await.as_deref(),
        Some("member")
    );
    assert_eq!(role_in(&app, org_id, outsider_id).await, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM join_requests WHERE status = 'pending'")
            .await,
        1
    );
    let anon = app.browser();
    let page = anon.get(&format!("{base}/manage")).await;
    page.expect(303);
    assert!(page.location().starts_with("/login?next="));

    // The organisation's administrator may; so may a site administrator.
    let page = admin.get(&format!("{base}/edit")).await;
    page.expect(200);
    assert_eq!(
        page.form(&format!("{base}/edit"))
            .input_value("name")
            .as_deref(),
        Some("Centro Formazione")
    );
    assert!(admin
        .get(&base)
        .await
        .contains(&format!("href=\"{base}/manage\"")));
    let (site_admin, _) = app
        .signed_in("site@example.org", "Site Admin", SiteRole::Admin)
        .await;
    site_admin.get(&format!("{base}/manage")).await.expect(200);
    let page = site_admin
        .post(
            &format!("{base}/edit"),
            &[
                ("name", "Centro Formazione Nord"),
                ("type", "vet-provider"),
                ("country", "IT"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT name FROM organisations WHERE id = {org_id}"
        ))
        .await
        .as_deref(),
        Some("Centro Formazione Nord")
    );
}

async fn join_requests_are_filed_once_and_decided_once(app: TestApp) {
    let en = app.localizer("en");
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Org Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    let base = format!("/directory/{slug}");
    let (joiner, joiner_id) = app
        .signed_in("joiner@example.org", "Joiner", SiteRole::Member)
        .await;

    let page = joiner
        .post(&format!("{base}/join"), &[("message", "Hello")])
        .await;
    page.expect(303);
    assert!(joiner.visit(&base).await.shows(&en.t("flash-request-sent")));
    let page = joiner
        .post(&format!("{base}/join"), &[("message", "Hello again")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), base);
    assert!(joiner
        .visit(&base)
        .await
        .shows(&en.t("flash-request-pending")));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM join_requests").await,
        1,
        "one request only"
    );
    let request_id = app.count("SELECT id FROM join_requests").await;
    let decide = format!("{base}/requests/{request_id}");

    // An unknown decision is refused and changes nothing.
    let page = admin.post(&decide, &[("decision", "maybe")]).await;
    page.expect(400);
    assert_eq!(page.error_code(), "bad_request");
    assert_eq!(role_in(&app, org_id, joiner_id).await, None);

    admin
        .post(&decide, &[("decision", "accept")])
        .await
        .expect(303);
    assert_eq!(
        role_in(&app, org_id, joiner_id).await.as_deref(),
        Some("member")
    );

    // Deciding again (another tab, another administrator) has no second effect.
    let page = admin.post(&decide, &[("decision", "decline")]).await;
    page.expect(303);
    assert_eq!(page.location(), format!("{base}/manage"));
    assert!(admin
        .visit(&format!("{base}/manage"))
        .await
        .shows(&en.t("flash-request-already-decided")));
    assert_eq!(
        role_in(&app, org_id, joiner_id).await.as_deref(),
        Some("member")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT status FROM join_requests WHERE id = {request_id}"
        ))
        .await
        .as_deref(),
        Some("accepted")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'membership.%'")
            .await,
        1
    );
    assert_eq!(app.queued_emails_to("joiner@example.org").await, 1);

    // A member asking again is told so.
    let page = joiner.post(&format!("{base}/join"), &[]).await;
    page.expect(303);
    assert!(joiner
        .visit(&base)
        .await
        .shows(&en.t("flash-already-member")));
    assert_eq!(app.count("SELECT COUNT(*) FROM join_requests").await, 1);

    // A declined request makes no member, and the requester is told in their language.
    let (other, other_id) = app
        .signed_in("other@example.org", "Other", SiteRole::Member)
        .await;
    app.exec(&format!(
        "UPDATE users SET locale = 'it' WHERE id = {other_id}"
    ))
    .await;
    other.post(&format!("{base}/join"), &[]).await.expect(303);
    let request_id = number_after(
        &admin.get(&format!("{base}/manage")).await.body,
        &format!("action=\"{base}/requests/"),
    );
    admin
        .post(
            &format!("{base}/requests/{request_id}"),
            &[("decision", "decline")],
        )
        .await
        .expect(303);
    assert_eq!(role_in(&app, org_id, other_id).await, None);
    let it = app.localizer("it");
    let mail = app.wait_for_email("other@example.org", 1).await;
    assert_eq!(
        mail.subject,
        it.t1("email-join-decided-subject", "org", "Centro")
    );
    assert!(
        mail.body.contains(&it.t("join-outcome-declined")),
        "{}",
        mail.body
    );
    // After a decline a new request may be filed.
    other.post(&format!("{base}/join"), &[]).await.expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM join_requests WHERE user_id = {other_id} AND status = 'pending'"
        ))
        .await,
        1
    );
}

async fn the_last_administrator_cannot_leave_the_role(app: TestApp) {
    let en = app.localizer("en");
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Org Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    let member_id = app
        .create_user("member@example.org", "Member", SiteRole::Member)
        .await;
    app.add_member(org_id, member_id, OrgRole::Member).await;
    let base = format!("/directory/{slug}");

    for action in ["make-member", "remove"] {
        let page = admin
            .post(&format!("{base}/members/{admin_id}"), &[("action", action)])
            .await;
        page.expect(303);
        assert!(admin
            .visit(&format!("{base}/manage"))
            .await
            .shows(&en.t("flash-last-admin")));
        assert_eq!(
            role_in(&app, org_id, admin_id).await.as_deref(),
            Some("admin")
        );
    }
    let page = admin
        .post(
            &format!("{base}/members/{member_id}"),
            &[("action", "promote")],
        )
        .await;
    page.expect(400);

    // With a second administrator, the first may step down.
    admin
        .post(
            &format!("{base}/members/{member_id}"),
            &[("action", "make-admin")],
        )
        .await
        .expect(303);
    admin
        .post(
            &format!("{base}/members/{admin_id}"),
            &[("action", "make-member")],
        )
        .await
        .expect(303);
    assert_eq!(
        role_in(&app, org_id, admin_id).await.as_deref(),
        Some("member")
    );
    assert_eq!(
        role_in(&app, org_id, member_id).await.as_deref(),
        Some("admin")
    );
    let page = admin.get(&format!("{base}/manage")).await;
    page.expect(403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'membership.make-%'")
            .await,
        2
    );
}

async fn two_administrators_demoting_each_other_at_once_leave_one(app: TestApp) {
    // Two administrators, each stepping the other down at the same moment: one must win.
    for round in 0..4 {
        let (a, a_id) = app
            .signed_in(&format!("a{round}@example.org"), "A", SiteRole::Member)
            .await;
        let (b, b_id) = app
            .signed_in(&format!("b{round}@example.org"), "B", SiteRole::Member)
            .await;
        let (org_id, slug) = app
            .create_org(
                a_id,
                &format!("Centro {round}"),
                OrgType::VetProvider,
                Country::It,
                &[],
                &[],
            )
            .await;
        app.add_member(org_id, b_id, OrgRole::Admin).await;
        let (ta, tb) = (a.csrf().await, b.csrf().await);
        let pa = [("csrf", ta.as_str()), ("action", "remove")];
        let pb = [("csrf", tb.as_str()), ("action", "remove")];
        let (path_a, path_b) = (
            format!("/directory/{slug}/members/{b_id}"),
            format!("/directory/{slug}/members/{a_id}"),
        );
        let (ra, rb) = tokio::join!(a.post_raw(&path_a, &pa), b.post_raw(&path_b, &pb));
        // The loser is either told the organisation needs an administrator, or is no longer
        // one by the time its request is checked.
        for r in [&ra, &rb] {
            assert!(
                matches!(r.status.as_u16(), 303 | 403),
                "round {round}: {} {}",
                r.status,
                r.error_code()
            );
        }
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM memberships WHERE org_id = {org_id} AND role = 'admin'"
            ))
            .await,
            1,
            "round {round}"
        );
    }
}

async fn invitations_are_accepted_only_by_the_invited_address(app: TestApp) {
    let en = app.localizer("en");
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Org Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro Inviti",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    let base = format!("/directory/{slug}");

    // Problems are named with the address kept.
    let page = admin
        .post(
            &format!("{base}/invitations"),
            &[("email", "zeynep(at)example.org"), ("role", "owner")],
        )
        .await;
    page.expect(422);
    let mut fields = page.error_fields();
    fields.sort();
    assert_eq!(fields, vec!["email", "role"]);
    assert_eq!(
        page.form(&format!("{base}/invitations"))
            .input_value("email")
            .as_deref(),
        Some("zeynep(at)example.org")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);

    let page = admin
        .post(
            &format!("{base}/invitations"),
            &[("email", "Zeynep@Example.org"), ("role", "admin")],
        )
        .await;
    page.expect(303);
    assert!(admin
        .visit(&format!("{base}/manage"))
        .await
        .shows(&en.t("flash-invitation-sent")));
    let mail = app.wait_for_email("zeynep@example.org", 1).await;
    assert_eq!(
        mail.subject,
        en.t1("email-invitation-subject", "name", "Centro Inviti")
    );
    let link = mail.link("/invitations/");

    // Read without an account: asked to sign in with the invited address.
    let anon = app.browser();
    let page = anon.get(&link).await;
    page.expect(200);
    assert!(page.shows(&en.t1("invitation-sign-in", "email", "zeynep@example.org")));
    let page = anon.post(&link, &[]).await;
    page.expect(401);

    // Someone else cannot accept it.
    let (other, other_id) = app
        .signed_in("other@example.org", "Other", SiteRole::Member)
        .await;
    let page = other.get(&link).await;
    page.expect(200);
    assert!(page.shows(&en.t("invitation-other-address")));
    assert!(!page.contains(&format!("action=\"{link}\"")));
    let page = other.post(&link, &[]).await;
    page.expect(409);
    assert_eq!(page.error_code(), "invitation_unusable");
    assert_eq!(role_in(&app, org_id, other_id).await, None);

    // The invited address accepts it, with the role offered, even before confirming it.
    let (zeynep, zeynep_id) = app
        .signed_in("zeynep@example.org", "Zeynep", SiteRole::Member)
        .await;
    app.exec(&format!(
        "UPDATE users SET email_verified_at = NULL WHERE id = {zeynep_id}"
    ))
    .await;
    let page = zeynep.get(&link).await;
    page.expect(200);
    assert!(page.contains(&format!("action=\"{link}\"")));
    let page = zeynep.post(&link, &[]).await;
    page.expect(303);
    assert_eq!(page.location(), base);
    assert_eq!(
        role_in(&app, org_id, zeynep_id).await.as_deref(),
        Some("admin")
    );
    assert!(
        app.opt_i64(&format!(
            "SELECT email_verified_at FROM users WHERE id = {zeynep_id}"
        ))
        .await
        .is_some(),
        "the invitation proved the address"
    );

    // Once only.
    let page = zeynep.post(&link, &[]).await;
    page.expect(409);
    assert!(page.shows(&en.t("invitation-used")));
    let page = admin.get(&format!("{base}/manage")).await;
    assert!(page.shows(&en.t("invitation-state-accepted")));
    // An unknown invitation is not found.
    zeynep
        .get("/invitations/no-such-invitation")
        .await
        .expect(404);
}

async fn revoked_and_expired_invitations_cannot_be_accepted(app: TestApp) {
    let en = app.localizer("en");
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Org Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    let base = format!("/directory/{slug}");
    let (guest, guest_id) = app
        .signed_in("guest@example.org", "Guest", SiteRole::Member)
        .await;

    // Withdrawn.
    admin
        .post(
            &format!("{base}/invitations"),
            &[("email", "guest@example.org")],
        )
        .await
        .expect(303);
    let link = app
        .wait_for_email("guest@example.org", 1)
        .await
        .link("/invitations/");
    let id = app.count("SELECT id FROM invitations").await;
    let page = admin
        .post(&format!("{base}/invitations/{id}/revoke"), &[])
        .await;
    page.expect(303);
    assert!(admin
        .visit(&format!("{base}/manage"))
        .await
        .shows(&en.t("invitation-state-revoked")));
    let page = guest.get(&link).await;
    page.expect(200);
    assert!(page.shows(&en.t("invitation-revoked")));
    let page = guest.post(&link, &[]).await;
    page.expect(409);
    assert_eq!(page.error_code(), "invitation_unusable");
    assert!(page.shows(&en.t("invitation-revoked")));
    assert_eq!(role_in(&app, org_id, guest_id).await, None);

    // Expired.
    admin
        .post(
            &format!("{base}/invitations"),
            &[("email", "guest@example.org")],
        )
        .await
        .expect(303);
    let link = app
        .wait_for_email("guest@example.org", 2)
        .await
        .link("/invitations/");
    let past = bottega_storage::now() - 1000;
    app.exec(&format!(
        "UPDATE invitations SET expires_at = {past} WHERE revoked_at IS NULL"
    ))
    .await;
    let page = guest.post(&link, &[]).await;
    page.expect(409);
    assert!(page.shows(&en.t("invitation-expired")));
    assert_eq!(role_in(&app, org_id, guest_id).await, None);
    assert!(admin
        .get(&format!("{base}/manage"))
        .await
        .shows(&en.t("invitation-state-expired")));
}
