//! Browser test of the toolbox (Sharing) in headless Chromium: a member shares a resource
//! through the deposit form (first sent without a title, which comes back with the problem
//! listed and focused and everything typed kept, the file already uploaded included), then
//! finds it in the toolbox by an inflected Italian word, narrows the results with a facet,
//! downloads its files and checks the bytes; another member rates it with the keyboard.
//! People drive the pages the way they would — typing into labelled fields, ticking boxes,
//! choosing files, pressing buttons and keys, following links — each in a browser window of
//! their own; only what the test does not look at (accounts, a resource shared earlier) is made
//! straight in the database.
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the test says so and passes,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/sharing-<engine>-*.png`, with the page and source of every
//! window when the test fails. Every page visited passes the accessibility checks of the
//! driver. Expected texts come from the interface catalogs by message id.

// Shared with `browser.rs`, which uses parts of it this target does not.
#[allow(dead_code)]
#[path = "browser/driver.rs"]
mod driver;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::time::{Duration, Instant};

use bottega_domain::{
    Language, Licence, ResourceType, ResourceVisibility, Sector, SiteRole, Theme,
};
use bottega_i18n::Localizer;
use bottega_storage::sharing::resources::{self, ResourceFields};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use driver::{ChromeDriver, Session};
use fantoccini::key::Key;
use futures::FutureExt;
use serde_json::{json, Value};

const OWNER_NAME: &str = "Chiara Rossi";
const OWNER_EMAIL: &str = "chiara.rossi@enaip-veneto.example.it";
const RATER_NAME: &str = "Tomasz Nowak";
const RATER_EMAIL: &str = "tomasz.nowak@ckziu-gdansk.example.pl";

const TITLE: &str = "Guida alla formazione dei tutor aziendali";
const DESCRIPTION: &str = "Materiale per la formazione dei tutor aziendali che accolgono \
apprendisti nelle botteghe artigiane.\n\nContiene una scheda di osservazione e un calendario \
degli incontri.";
/// An inflected form of a word of the description (`formazione`), as a reader types it.
const QUERY: &str = "formazioni";

/// Uploaded in the first attempt, kept by the form while the title is missing.
const FILE_1: &str = "scheda-osservazione.txt";
const FILE_1_TEXT: &str = "Scheda di osservazione del tutor aziendale\n\
Competenze: puntualità, sicurezza, qualità del lavoro — così si valuta l'apprendista.\n";
/// Added in the second attempt.
const FILE_2: &str = "calendario-incontri.csv";
const FILE_2_TEXT: &str = "data,tema\n2025-03-04,accoglienza\n2025-04-08,valutazione\n";

/// Shared earlier by another member: also found by the query, but under another licence.
const OTHER_TITLE: &str = "La formazione duale in falegnameria";
const OTHER_DESCRIPTION: &str = "Presentazione sulla formazione duale degli apprendisti \
falegnami.";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn member_shares_finds_downloads_and_another_rates_a_resource() {
    let engine = engine_from_env();
    let prefix = format!("sharing-{}", engine.name());
    let Some(chrome) = ChromeDriver::start(&prefix).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;
    let files = tempfile::Builder::new()
        .prefix("bottega-sharing-files-")
        .tempdir()
        .expect("a folder for the files to upload");
    let owner = chrome.session("owner", &app.base).await;
    let rater = chrome.session("rater", &app.base).await;
    let outcome = AssertUnwindSafe(journey(&app, &owner, &rater, &prefix, files.path()))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        owner.save_failure(&prefix).await;
        rater.save_failure(&prefix).await;
        std::panic::resume_unwind(panic);
    }
    owner.close().await;
    rater.close().await;
    drop(chrome);
    eprintln!(
        "browser test of the toolbox on {} passed in {:.1} s; screenshots in {}",
        engine.name(),
        started.elapsed().as_secs_f64(),
        driver::artifacts_dir().display()
    );
}

// ---- Helpers ---------------------------------------------------------------------------------

/// Signs in through the sign-in form, from the home page.
async fn sign_in(b: &Session, en: &Localizer, email: &str, name: &str) {
    b.open("/").await;
    b.click_link(&en.t("nav-login")).await;
    b.fill(&en.t("label-email"), email).await;
    b.fill(&en.t("label-password"), TEST_PASSWORD).await;
    b.click_button(&en.t("login-button")).await;
    assert!(
        b.header_text().await.contains(name),
        "[{}] {name} is not signed in",
        b.name
    );
}

/// Ticks the checkbox labelled `label` inside `scope`.
async fn tick(b: &Session, scope: &str, label: &str) {
    b.field_within(Some(scope), label)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot tick {label:?}: {e}", b.name));
}

/// Whether the checkbox labelled `label` inside `scope` is ticked.
async fn is_ticked(b: &Session, scope: &str, label: &str) -> bool {
    let el = b.field_within(Some(scope), label).await;
    b.js("return arguments[0].checked;", vec![json!(el)]).await == Value::Bool(true)
}

/// Chooses files for the file field labelled `label`, as the file dialog would: WebDriver
/// "send keys" to an `<input type=file>` sets its files to the paths, one a line.
async fn choose_files(b: &Session, label: &str, paths: &[&Path]) {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    b.field(label)
        .await
        .send_keys(&paths.join("\n"))
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot choose files for {label:?}: {e}", b.name));
    let chosen = b
        .js(
            "return Array.from(arguments[0].files).map(f => f.name);",
            vec![json!(b.field(label).await)],
        )
        .await;
    assert_eq!(
        chosen.as_array().map(Vec::len),
        Some(paths.len()),
        "[{}] the files are not chosen: {chosen}",
        b.name
    );
}

/// Presses a key and waits until it has brought a new page, fully loaded (a form sent from
/// the keyboard).
async fn press_and_wait(b: &Session, key: Key) {
    b.js("window.__bottegaOldPage = true;", vec![]).await;
    b.press(key).await;
    let started = Instant::now();
    loop {
        let done = b
            .client
            .execute(
                "return window.__bottegaOldPage === undefined && document.readyState === 'complete';",
                vec![],
            )
            .await;
        if matches!(done, Ok(Value::Bool(true))) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "[{}] no new page within 20 s after a key press (still on {})",
            b.name,
            b.path().await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The element with keyboard focus: tag, type, name, value, checked, its text.
async fn focus(b: &Session) -> Value {
    b.js(
        "const el = document.activeElement; \
         return { tag: el.tagName.toLowerCase(), type: el.type || null, name: el.name || null, \
                  value: el.value === undefined ? null : el.value, checked: !!el.checked, \
                  text: el.textContent.replace(/\\s+/g, ' ').trim() };",
        vec![],
    )
    .await
}

/// The number at the end of the page's path (`/resources/12` → 12).
async fn id_in_path(b: &Session) -> i64 {
    let path = b.path().await;
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("[{}] no id in {path}", b.name))
}

/// Searches the toolbox through its form until `title` is among the results: the index is fed
/// in the background, a moment after the resource is saved.
async fn search_until_found(b: &Session, en: &Localizer, query: &str, title: &str) {
    let started = Instant::now();
    loop {
        b.fill(&en.t("search-label"), query).await;
        b.click_button_within(Some("form[role=search]"), &en.t("search-button"))
            .await;
        if b.texts("ol.hits h3").await.iter().any(|t| t == title) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "[{}] {title:?} is not found by {query:?} within 15 s; results: {:?}",
            b.name,
            b.texts("ol.hits h3").await
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// A resource shared earlier by `owner`, made straight in the database.
async fn share_earlier(app: &TestApp, owner: i64) -> i64 {
    let html = bottega_text::render(OTHER_DESCRIPTION, &HashMap::new()).html;
    let mut tx = app.db.db.begin().await.expect("begin");
    let id = resources::create(
        &mut tx,
        owner,
        &ResourceFields {
            title: OTHER_TITLE.to_string(),
            description_md: OTHER_DESCRIPTION.to_string(),
            description_html: html,
            lang: Language::It,
            rtype: ResourceType::Presentation,
            external_url: Some("https://example.org/formazione-duale".to_string()),
            country: None,
            eqf_level: None,
            licence: Licence::CcBy,
            org_id: None,
            project_name: None,
            project_number: None,
            visibility: ResourceVisibility::Public,
            languages: vec![Language::It],
            sectors: vec![Sector::Woodwork],
            themes: vec![Theme::DualLearning],
            targets: Vec::new(),
            competences: Vec::new(),
        },
    )
    .await
    .expect("an earlier resource");
    tx.commit().await.expect("commit");
    app.state.search_wakeup.notify_one();
    id
}

// ---- The journey -----------------------------------------------------------------------------

async fn journey(app: &TestApp, o: &Session, r: &Session, prefix: &str, dir: &Path) {
    let en = app.state.catalogs.localizer("en");
    app.create_user(OWNER_EMAIL, OWNER_NAME, SiteRole::Member)
        .await;
    let rater = app
        .create_user(RATER_EMAIL, RATER_NAME, SiteRole::Member)
        .await;
    share_earlier(app, rater).await;
    let file_1 = dir.join(FILE_1);
    let file_2 = dir.join(FILE_2);
    std::fs::write(&file_1, FILE_1_TEXT).expect("write a file to upload");
    std::fs::write(&file_2, FILE_2_TEXT).expect("write a file to upload");

    let rtype = en.t("resource-type-course-material");
    let licence = en.t("licence-cc-by-sa");
    let sector = en.t("sector-woodwork");
    let theme = en.t("theme-teacher-competences");
    let form = "form.resource-form";

    // ---- The owner finds the deposit form from the toolbox ---------------------------------
    sign_in(o, &en, OWNER_EMAIL, OWNER_NAME).await;
    o.open("/resources").await;
    assert_eq!(o.h1().await, en.t("res-toolbox-title"));
    o.audit().await;
    o.click_link(&en.t("res-deposit")).await;
    assert_eq!(o.path().await, "/resources/new");
    assert_eq!(o.h1().await, en.t("res-deposit"));
    o.audit().await;
    o.screenshot(prefix, "01-deposit-form").await;

    // ---- Everything but the title, with a file ---------------------------------------------
    o.choose(&en.t("res-type"), &rtype).await;
    o.fill(&en.t("res-description"), DESCRIPTION).await;
    // How to format the description is read out with its field.
    assert_eq!(
        o.description_of(&en.t("res-description")).await,
        en.t("comm-markdown-hint")
    );
    o.choose(&en.t("res-description-language"), Language::It.endonym())
        .await;
    o.choose(&en.t("res-licence"), &licence).await;
    tick(o, form, Language::It.endonym()).await;
    tick(o, form, &sector).await;
    tick(o, form, &theme).await;
    choose_files(o, &en.t("res-files"), &[&file_1]).await;
    o.click_button(&en.t("res-publish")).await;

    // The form comes back: the problem is listed, focused, tied to its field; nothing typed is
    // lost, and the file already uploaded is kept. (A form with files carries its CSRF token in
    // its address, which so stays in the address bar.)
    let path = o.path().await;
    assert_eq!(path.split('?').next(), Some("/resources/new"), "{path}");
    assert_eq!(
        o.text("#error-summary h2").await,
        Some(en.t("form-error-summary")),
        "the form without a title is not refused with a list of problems"
    );
    let problems = o
        .js(
            "return Array.from(document.querySelectorAll('#error-summary li a')) \
               .map(a => [a.getAttribute('href'), a.textContent.trim()]);",
            vec![],
        )
        .await;
    assert_eq!(problems, json!([["#f-title", en.t("form-error-required")]]));
    assert_eq!(o.focused().await["id"], "error-summary");
    let summary_on_screen = o
        .js(
            "const r = document.getElementById('error-summary').getBoundingClientRect(); \
             return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
            vec![],
        )
        .await;
    assert_eq!(summary_on_screen, true, "the error summary is not in view");
    assert_eq!(
        o.description_of(&en.t("res-title")).await,
        en.t("form-error-required")
    );
    assert_eq!(o.value_of(&en.t("res-title")).await, "");
    assert_eq!(o.value_of(&en.t("res-description")).await, DESCRIPTION);
    assert_eq!(o.value_of(&en.t("res-type")).await, "course-material");
    assert_eq!(o.value_of(&en.t("res-description-language")).await, "it");
    assert_eq!(o.value_of(&en.t("res-licence")).await, "cc-by-sa");
    for label in [Language::It.endonym(), sector.as_str(), theme.as_str()] {
        assert!(
            is_ticked(o, form, label).await,
            "{label:?} is no longer ticked"
        );
    }
    assert_eq!(o.text(".kept p").await, Some(en.t("res-kept-files")));
    let kept = o.texts(".kept li").await;
    assert!(
        kept.len() == 1 && kept[0].starts_with(FILE_1),
        "the uploaded file is not kept: {kept:?}"
    );
    o.audit().await;
    o.screenshot(prefix, "02-deposit-missing-title").await;

    // ---- The title, one more file, and publish ---------------------------------------------
    o.fill(&en.t("res-title"), TITLE).await;
    choose_files(o, &en.t("res-files"), &[&file_2]).await;
    o.click_button(&en.t("res-publish")).await;
    let id = id_in_path(o).await;
    let page = format!("/resources/{id}");
    assert_eq!(o.path().await, page);
    assert_eq!(o.flash().await, Some(en.t("flash-resource-saved")));
    assert_eq!(o.h1().await, TITLE);
    let article = o
        .js(
            "const a = document.querySelector('article.resource'); \
             return [a.lang, a.querySelector('.post-body').textContent];",
            vec![],
        )
        .await;
    assert_eq!(article[0], "it", "the description is not marked as Italian");
    assert!(
        article[1]
            .as_str()
            .is_some_and(|t| t.contains("formazione dei tutor aziendali")),
        "the description is not shown: {article}"
    );
    assert_eq!(
        o.text("article.resource header .badge").await,
        Some(rtype.clone())
    );
    assert!(
        o.text("article.resource header p")
            .await
            .is_some_and(|t| t.contains(&en.t1("res-shared-by", "name", OWNER_NAME))),
        "the owner is not named"
    );
    let facts = o.text("dl.facts").await.unwrap_or_default();
    for part in [&licence, &sector, &theme] {
        assert!(
            facts.contains(part.as_str()),
            "{part:?} is not shown: {facts}"
        );
    }
    let mut names = o.texts("#files a.download").await;
    names.sort();
    assert_eq!(names, vec![FILE_2.to_string(), FILE_1.to_string()]);
    // Members rate what others shared, not their own.
    assert_eq!(o.texts("#rating input[name=stars]").await.len(), 0);
    assert_eq!(o.text("#rating p").await, Some(en.t("res-not-rated")));
    o.audit().await;
    o.screenshot(prefix, "03-resource").await;

    // ---- Found in the toolbox by an inflected word, narrowed with a facet ------------------
    o.click_link_within(Some("main"), &en.t("res-toolbox-title"))
        .await;
    assert_eq!(o.path().await, "/resources");
    search_until_found(o, &en, QUERY, TITLE).await;
    // The word is stemmed: "formazioni" finds both resources that speak of "formazione".
    let mut hits = o.texts("ol.hits h3").await;
    hits.sort();
    assert_eq!(hits, vec![TITLE.to_string(), OTHER_TITLE.to_string()]);
    assert_eq!(
        o.text("#results-h").await,
        Some(en.t1("search-count", "count", 2))
    );
    assert_eq!(o.value_of(&en.t("search-label")).await, QUERY);
    o.audit().await;
    o.screenshot(prefix, "04-toolbox-search").await;

    o.click_link_within(Some("aside.facets"), &licence).await;
    let path = o.path().await;
    assert!(
        path.starts_with("/resources?") && path.contains("licence=cc-by-sa"),
        "the facet did not filter: {path}"
    );
    assert_eq!(o.texts("ol.hits h3").await, vec![TITLE.to_string()]);
    assert_eq!(
        o.text("#results-h").await,
        Some(en.t1("search-count", "count", 1))
    );
    let selected = o
        .js(
            "return Array.from(document.querySelectorAll('aside.facets a[aria-current=true]')) \
               .map(a => [a.textContent.replace(/\\s+/g, ' ').trim(), a.classList.contains('selected')]);",
            vec![],
        )
        .await;
    assert_eq!(
        selected,
        json!([[format!("✓ {licence}"), true]]),
        "the licence is not marked as chosen"
    );
    // The words stay, and the other facets count what is left.
    assert_eq!(o.value_of(&en.t("search-label")).await, QUERY);
    let type_facet = o
        .js(
            "return Array.from(document.querySelectorAll('aside.facets li')) \
               .map(li => li.textContent.replace(/\\s+/g, ' ').trim());",
            vec![],
        )
        .await;
    assert!(
        type_facet
            .as_array()
            .is_some_and(|a| a.iter().any(|t| t == &json!(format!("{rtype} (1)")))),
        "the type is not counted among the facets: {type_facet}"
    );
    o.audit().await;
    o.screenshot(prefix, "05-toolbox-facet").await;

    // ---- The files download with their bytes -----------------------------------------------
    o.click_link_within(Some("ol.hits"), TITLE).await;
    assert_eq!(o.path().await, page);
    for (name, text) in [(FILE_1, FILE_1_TEXT), (FILE_2, FILE_2_TEXT)] {
        let got = o
            .js(
                "const link = Array.from(document.querySelectorAll('#files a.download')) \
                   .find(a => a.textContent.trim() === arguments[0]); \
                 if (!link) return null; \
                 return fetch(link.href, { credentials: 'same-origin' }).then(async r => ({ \
                   status: r.status, download: link.hasAttribute('download'), \
                   disposition: r.headers.get('content-disposition'), \
                   policy: r.headers.get('content-security-policy'), \
                   bytes: Array.from(new Uint8Array(await r.arrayBuffer())) }));",
                vec![json!(name)],
            )
            .await;
        assert_eq!(got["status"], 200, "{name}: {got}");
        assert_eq!(got["download"], true, "{name} is not a download link");
        assert!(
            got["disposition"]
                .as_str()
                .is_some_and(|d| d.starts_with("attachment") && d.contains(name)),
            "{name} is not sent as an attachment: {}",
            got["disposition"]
        );
        assert!(
            got["policy"]
                .as_str()
                .is_some_and(|p| p.starts_with("sandbox")),
            "{name} is not sandboxed: {}",
            got["policy"]
        );
        let bytes: Vec<u8> =
            serde_json::from_value(got["bytes"].clone()).expect("the downloaded bytes");
        assert_eq!(bytes, text.as_bytes(), "{name} came back changed");
    }
    // Downloads are counted in memory and written within a second; write them now.
    app.flush_downloads().await;
    o.reload().await;
    assert!(
        o.text("article.resource header p")
            .await
            .is_some_and(|t| t.contains(&en.t1("res-downloads", "count", 2))),
        "the downloads are not counted"
    );

    // ---- Another member rates it from the keyboard -----------------------------------------
    sign_in(r, &en, RATER_EMAIL, RATER_NAME).await;
    r.open("/resources").await;
    assert!(
        r.texts("ol.hits h3").await.contains(&TITLE.to_string()),
        "the new resource is not listed in the toolbox"
    );
    r.audit().await;
    r.click_link_within(Some("ol.hits"), TITLE).await;
    assert_eq!(r.path().await, page);
    assert_eq!(
        r.text("#rating legend").await,
        Some(en.t("res-your-rating"))
    );
    r.audit().await;

    // Tab from the top of the page until the star buttons, choose with the arrow keys, Tab to
    // the button and press Enter.
    let mut reached = false;
    for _ in 0..200 {
        r.press(Key::Tab).await;
        if focus(r).await["name"] == "stars" {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab does not reach the star buttons");
    assert_eq!(
        focus(r).await["value"],
        "1",
        "Tab lands on another star first"
    );
    for _ in 0..3 {
        r.press(Key::Right).await;
    }
    let on = focus(r).await;
    assert_eq!(
        (&on["value"], &on["checked"]),
        (&json!("4"), &json!(true)),
        "the arrow keys do not choose 4 stars: {on}"
    );
    let label = r
        .js(
            "return document.activeElement.labels[0].textContent.replace(/\\s+/g, ' ').trim();",
            vec![],
        )
        .await;
    assert_eq!(label, json!(en.t1("res-stars", "count", 4)));
    r.press(Key::Tab).await;
    let on = focus(r).await;
    assert_eq!(
        (&on["tag"], &on["text"]),
        (&json!("button"), &json!(en.t("res-rate-button"))),
        "Tab does not lead from the stars to the button: {on}"
    );
    press_and_wait(r, Key::Enter).await;
    assert_eq!(r.path().await, page);
    let url = r.client.current_url().await.expect("URL");
    assert_eq!(url.fragment(), Some("rating"));
    assert_eq!(r.flash().await, Some(en.t("flash-rating-saved")));
    let summary = en.t2("res-rating-summary", "average", "4.0", "count", 1);
    assert!(summary.starts_with("4.0 out of 5"), "{summary}");
    assert_eq!(r.text("#rating p").await, Some(summary.clone()));
    assert_eq!(
        r.js(
            "const c = document.querySelector('#rating input[name=stars]:checked'); \
             return c ? c.value : null;",
            vec![]
        )
        .await,
        json!("4"),
        "the rating is not shown as the member's own"
    );
    let rows = r
        .js(
            "return Array.from(document.querySelectorAll('#rating table.stars tr')) \
               .map(tr => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]);",
            vec![],
        )
        .await;
    assert_eq!(
        rows[1],
        json!([en.t1("res-stars", "count", 4), "1"]),
        "the distribution does not count the rating: {rows}"
    );
    r.audit().await;
    r.screenshot(prefix, "06-rated").await;

    // The owner sees it too.
    o.reload().await;
    assert_eq!(o.text("#rating p").await, Some(summary));
}
