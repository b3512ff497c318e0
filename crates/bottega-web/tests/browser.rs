//! Browser tests: the real pages in headless Chromium, driven as a person would drive them
//! (typing into labelled fields, pressing buttons, following links, the Tab key), with no
//! JavaScript needed by the pages and no request made behind the browser's back.
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the test says so and passes,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/`, with the page and source of every window when a test fails.
//!
//! Expected texts come from the interface catalogs by message id, so rewording a message does
//! not break the test, while a page showing the wrong message (or language) does.

#[path = "browser/driver.rs"]
mod driver;

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use bottega_domain::{Country, Language, OrgType, Sector, SiteRole};
use bottega_i18n::Localizer;
use bottega_storage::directory::{self, OrgFields};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use driver::{ChromeDriver, Session};
use fantoccini::key::Key;
use futures::FutureExt;

const NEWCOMER_NAME: &str = "Luca Bianchi";
const NEWCOMER_EMAIL: &str = "luca.bianchi@example.org";
const NEWCOMER_PASSWORD: &str = "chisel and plane 2024";
const ADMIN_NAME: &str = "Giulia Ferri";
const ADMIN_EMAIL: &str = "giulia.ferri@scuola-legno.example";
const ORG_NAME: &str = "Scuola del Legno di Cantù";
const JOIN_MESSAGE: &str = "I teach joinery to apprentices and would like to join your exchange.";

/// An organisation as the directory lists it, made straight in the database.
async fn create_org(
    app: &TestApp,
    admin: i64,
    name: &str,
    org_type: OrgType,
    country: Country,
    sectors: &[Sector],
) -> String {
    let mut tx = app.db.db.begin().await.expect("begin");
    let org = directory::create(
        &mut tx,
        &OrgFields {
            name,
            org_type,
            country,
            city: "",
            website: "",
            description: "",
            description_lang: None,
            sectors,
            languages: &[Language::It, Language::En],
        },
        admin,
    )
    .await
    .expect("create an organisation");
    tx.commit().await.expect("commit");
    org.slug
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn newcomer_registers_and_joins_an_organisation() {
    let engine = engine_from_env();
    let prefix = engine.name();
    let Some(chrome) = ChromeDriver::start(prefix).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;

    // The organisation, its administrator, and look-alikes that the filters must leave out.
    let admin = app
        .create_user(ADMIN_EMAIL, ADMIN_NAME, SiteRole::Member)
        .await;
    let slug = create_org(
        &app,
        admin,
        ORG_NAME,
        OrgType::VetProvider,
        Country::It,
        &[Sector::Woodwork, Sector::CreativeCrafts],
    )
    .await;
    for (name, t, k, s) in [
        // Another type.
        (
            "Legno Vivo Cooperativa",
            OrgType::Company,
            Country::It,
            Sector::Woodwork,
        ),
        // Another country.
        (
            "Berufsschule Legno und Form",
            OrgType::VetProvider,
            Country::At,
            Sector::Woodwork,
        ),
        // Another sector.
        (
            "Istituto Legno e Cucina",
            OrgType::VetProvider,
            Country::It,
            Sector::Hospitality,
        ),
        // Another name.
        (
            "Scuola Arredo Brianza",
            OrgType::VetProvider,
            Country::It,
            Sector::Woodwork,
        ),
    ] {
        create_org(&app, admin, name, t, k, &[s]).await;
    }

    let newcomer = chrome.session("newcomer", &app.base).await;
    let admin_window = chrome.session("admin", &app.base).await;

    let outcome = AssertUnwindSafe(journey(&app, &newcomer, &admin_window, prefix, &slug))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        newcomer.save_failure(prefix).await;
        admin_window.save_failure(prefix).await;
        std::panic::resume_unwind(panic);
    }
    newcomer.close().await;
    admin_window.close().await;
    drop(chrome);
    eprintln!(
        "browser journey on {prefix} passed in {:.1} s; screenshots in {}",
        started.elapsed().as_secs_f64(),
        driver::artifacts_dir().display()
    );
}

async fn journey(app: &TestApp, b: &Session, admin: &Session, prefix: &str, slug: &str) {
    let en = app.state.catalogs.localizer("en");
    let it = app.state.catalogs.localizer("it");

    // ---- 1. A newcomer arrives, registers and confirms the address -------------------------
    b.open("/").await;
    assert_eq!(b.lang().await, "en");
    assert_eq!(b.h1().await, en.t("home-heading"));
    b.audit().await;
    b.screenshot(prefix, "01-home").await;
    keyboard_reaches_main(b).await;

    b.click_link(&en.t("nav-register")).await;
    assert_eq!(b.path().await, "/register");
    assert_eq!(b.h1().await, en.t("register-title"));
    b.audit().await;

    // Sent empty first: the problems are listed, tied to their fields, and (with JavaScript)
    // the keyboard focus moves to the list.
    b.click_button(&en.t("register-button")).await;
    assert_eq!(b.path().await, "/register");
    assert_eq!(
        b.text("#error-summary h2").await.as_deref(),
        Some(en.t("form-error-summary").as_str()),
        "the empty form is not refused with a list of problems"
    );
    assert!(!b.texts("#error-summary li").await.is_empty());
    assert_eq!(b.focused().await["id"], "error-summary");
    let invalid = b
        .js(
            "return Array.from(document.querySelectorAll('[aria-invalid=true]')).map(e => e.name);",
            vec![],
        )
        .await;
    assert!(
        invalid.as_array().is_some_and(
            |a| a.iter().any(|n| n == "display_name") && a.iter().any(|n| n == "email")
        ),
        "name and email are not marked invalid: {invalid}"
    );
    // The password rule is read out with the field, and so is its problem.
    assert_eq!(
        b.description_of(&en.t("label-password")).await,
        format!("{} {}", en.t("password-hint"), en.t("form-error-required"))
    );
    b.audit().await;
    b.screenshot(prefix, "02-register-errors").await;

    b.fill(&en.t("label-display-name"), NEWCOMER_NAME).await;
    b.fill(&en.t("label-email"), NEWCOMER_EMAIL).await;
    b.fill(&en.t("label-password"), NEWCOMER_PASSWORD).await;
    b.fill(&en.t("label-password-confirm"), NEWCOMER_PASSWORD)
        .await;
    b.choose(&en.t("label-country"), &en.t("country-IT")).await;
    b.click_button(&en.t("register-button")).await;

    assert_eq!(b.path().await, "/profile/edit", "not on the profile editor");
    assert_eq!(b.h1().await, en.t("profile-edit-title"));
    assert_eq!(b.flash().await, Some(en.t("flash-registered")));
    assert!(
        b.header_text().await.contains(NEWCOMER_NAME),
        "not signed in"
    );
    assert!(b
        .text(".notice")
        .await
        .is_some_and(|t| t.contains(&en.t("verify-pending-notice"))));
    assert_eq!(b.value_of(&en.t("label-display-name")).await, NEWCOMER_NAME);
    assert_eq!(b.value_of(&en.t("label-country")).await, "IT");
    b.audit().await;
    b.screenshot(prefix, "03-profile-editor").await;

    let email = app.wait_for_email(NEWCOMER_EMAIL, 1).await;
    b.open(&email.link("/verify/")).await;
    assert_eq!(b.flash().await, Some(en.t("flash-verified")));
    assert_eq!(b.text(".notice").await, None, "still asked to confirm");
    b.audit().await;

    // ---- 2. Signing out and in again ---------------------------------------------------------
    b.click_button(&en.t("nav-logout")).await;
    assert_eq!(b.flash().await, Some(en.t("flash-signed-out")));
    assert!(!b.header_text().await.contains(NEWCOMER_NAME));

    b.click_link(&en.t("nav-login")).await;
    assert_eq!(b.path().await, "/login");
    assert_eq!(b.h1().await, en.t("login-title"));
    b.audit().await;
    b.fill(&en.t("label-email"), NEWCOMER_EMAIL).await;
    b.fill(&en.t("label-password"), NEWCOMER_PASSWORD).await;
    b.click_button(&en.t("login-button")).await;
    assert_eq!(b.flash().await, Some(en.t("flash-signed-in")));
    assert!(b.header_text().await.contains(NEWCOMER_NAME));

    // ---- 3. The interface in Italian ---------------------------------------------------------
    b.open("/").await;
    b.choose(&en.t("language-switch-label"), "Italiano").await;
    b.click_button(&en.t("language-switch-button")).await;
    assert_eq!(b.path().await, "/");
    assert_eq!(b.lang().await, "it");
    assert_ne!(it.t("home-heading"), en.t("home-heading"));
    assert_eq!(b.h1().await, it.t("home-heading"));
    b.audit().await;
    b.screenshot(prefix, "04-home-italian").await;

    // ---- 4. Partner search, and asking to join (in Italian) ----------------------------------
    b.click_link(&it.t("nav-directory")).await;
    assert_eq!(b.path().await, "/directory");
    assert_eq!(b.h1().await, it.t("directory-title"));
    assert_eq!(
        b.text(".result-count").await,
        Some(it.t1("directory-count", "count", 5))
    );
    b.audit().await;
    b.fill(&it.t("label-search-name"), "legno").await;
    b.choose(&it.t("label-org-type"), &it.t("org-type-vet-provider"))
        .await;
    b.choose(&it.t("label-country"), &it.t("country-IT")).await;
    b.choose(&it.t("label-sector"), &it.t("sector-woodwork"))
        .await;
    b.click_button(&it.t("filter-button")).await;
    assert!(b.path().await.starts_with("/directory?"));
    assert_eq!(
        b.text(".result-count").await,
        Some(it.t1("directory-count", "count", 1))
    );
    assert_eq!(b.texts("ul.orgs > li h2").await, vec![ORG_NAME.to_string()]);
    // The filters show what was asked.
    assert_eq!(b.value_of(&it.t("label-search-name")).await, "legno");
    assert_eq!(b.value_of(&it.t("label-org-type")).await, "vet-provider");
    assert_eq!(b.value_of(&it.t("label-country")).await, "IT");
    assert_eq!(b.value_of(&it.t("label-sector")).await, "woodwork");
    b.audit().await;
    b.screenshot(prefix, "05-directory-results").await;

    b.click_link(ORG_NAME).await;
    assert_eq!(b.path().await, format!("/directory/{slug}"));
    assert_eq!(b.h1().await, ORG_NAME);
    b.audit().await;
    b.screenshot(prefix, "06-organisation").await;
    b.fill(&it.t("label-join-message"), JOIN_MESSAGE).await;
    b.click_button(&it.t("org-join-button")).await;
    assert_eq!(b.flash().await, Some(it.t("flash-request-sent")));
    assert!(b.main_text().await.contains(&it.t("org-request-pending")));
    b.audit().await;

    // ---- 5. The administrator accepts, in another browser ------------------------------------
    admin.open("/").await;
    admin.click_link(&en.t("nav-login")).await;
    admin.fill(&en.t("label-email"), ADMIN_EMAIL).await;
    admin.fill(&en.t("label-password"), TEST_PASSWORD).await;
    admin.click_button(&en.t("login-button")).await;
    assert!(admin.header_text().await.contains(ADMIN_NAME));
    admin.click_link(&en.t("nav-directory")).await;
    admin.click_link(ORG_NAME).await;
    admin.click_link(&en.t("org-manage")).await;
    assert_eq!(admin.path().await, format!("/directory/{slug}/manage"));
    assert_eq!(admin.h1().await, en.t1("manage-title", "org", ORG_NAME));
    let requests = admin.texts("ul.requests > li").await;
    assert_eq!(requests.len(), 1, "requests: {requests:?}");
    assert!(requests[0].contains(NEWCOMER_NAME) && requests[0].contains(JOIN_MESSAGE));
    admin.audit().await;
    admin.screenshot(prefix, "07-manage").await;
    admin
        .click_button(&en.t1("manage-accept", "name", NEWCOMER_NAME))
        .await;
    assert_eq!(admin.flash().await, Some(en.t("flash-request-accepted")));
    assert!(admin.texts("ul.requests > li").await.is_empty());
    assert!(admin
        .texts("table tbody td:first-child")
        .await
        .iter()
        .any(|n| n.starts_with(NEWCOMER_NAME)));
    admin.audit().await;

    // The newcomer is a member now, told so on the page and by email (in Italian).
    b.reload().await;
    let member = it.t1("org-you-are", "role", it.t("org-role-member"));
    assert!(
        b.main_text().await.contains(&member),
        "the newcomer is not shown as a member"
    );
    assert!(b
        .texts("ul.members li")
        .await
        .iter()
        .any(|n| n == NEWCOMER_NAME));
    let decided = app.wait_for_email(NEWCOMER_EMAIL, 2).await;
    assert!(decided.subject.contains(ORG_NAME));
    assert!(decided.body.contains(&it.t("join-outcome-accepted")));
    b.audit().await;

    // And back to English with the same switcher, staying on the page.
    back_to_english(b, &it, &en).await;
    assert_eq!(b.path().await, format!("/directory/{slug}"));
    assert!(b
        .main_text()
        .await
        .contains(&en.t1("org-you-are", "role", en.t("org-role-member"))));
}

/// Tab from the top of the page reaches the skip link first, which brings focus to `<main>`.
async fn keyboard_reaches_main(b: &Session) {
    b.press(Key::Tab).await;
    let focused = b.focused().await;
    assert_eq!(
        (focused["tag"].as_str(), focused["href"].as_str()),
        (Some("a"), Some("#main")),
        "Tab does not reach the skip link first: {focused}"
    );
    assert_eq!(
        focused["on_screen"], true,
        "the focused skip link stays off screen"
    );
    b.press(Key::Enter).await;
    let focused = b.focused().await;
    assert_eq!(focused["id"], "main", "the skip link does not move focus");
    assert!(b
        .client
        .current_url()
        .await
        .expect("URL")
        .as_str()
        .ends_with("#main"));
}

async fn back_to_english(b: &Session, it: &Localizer, en: &Localizer) {
    b.choose(&it.t("language-switch-label"), "English").await;
    b.click_button(&it.t("language-switch-button")).await;
    assert_eq!(b.lang().await, "en");
    assert_eq!(b.text(".skip-link").await, Some(en.t("skip-to-content")));
}
