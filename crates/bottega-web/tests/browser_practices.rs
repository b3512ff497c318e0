//! Browser test of the best-practice repository in headless Chromium, from a practice's
//! submission through two peer reviews to its publication: the author opens Cooperation from the
//! main navigation, then the repository, and submits a practice with a required section left
//! empty (the problem is shown at that section, tied to it and listed in the error summary, with
//! everything typed kept), then completes it: the practice page gives its citable identifier and
//! says it waits for an editor, while an anonymous reader is told there is no such page. The
//! editor finds it in the editors' queue, opens its review board, is refused a reviewer from the
//! author's organisation (at the field, with what was typed kept) and assigns two reviewers from
//! other organisations. Each reviewer finds the practice in "My reviews", first submits the
//! rubric with one criterion unscored (refused at that criterion, everything kept, nothing
//! stored), then scores all five with a comment each. The editor accepts on the board. An
//! anonymous reader then finds the practice in the repository and reads version 1, its score
//! summary (the mean of the ten scores) and how to cite it; the author reads the reviews as
//! "Reviewer 1" and "Reviewer 2", with no reviewer named anywhere in the page's source.
//!
//! People drive the pages the way they would — typing into labelled fields, ticking boxes,
//! picking a score in the group of its criterion, pressing buttons, following links — each in a
//! browser window of their own; only the accounts and organisations are made straight in the
//! database.
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the test says so and passes,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/practices-<engine>-*.png`, with the page and source of every
//! window when the test fails. Every page visited passes the accessibility checks of the driver
//! and shows no message id in place of a text. Expected texts come from the interface catalogs
//! by message id.

// Shared with `browser.rs`, which uses parts of it this target does not.
#[allow(dead_code)]
#[path = "browser/driver.rs"]
mod driver;

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use bottega_domain::{
    Country, Language, OrgRole, OrgType, PracticeCriterion, Sector, SiteRole, Theme,
};
use bottega_i18n::{FluentArgs, Localizer};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use chrono::{Datelike, Utc};
use driver::{ChromeDriver, Session};
use fantoccini::elements::{Element, ElementRef};
use futures::FutureExt;
use serde_json::{json, Value};

const AUTHOR_NAME: &str = "Giulia Ferraro";
const AUTHOR_EMAIL: &str = "giulia.ferraro@cfp-bologna.example.it";
const SCHOOL: &str = "Centro di Formazione Professionale Bologna";
/// Works at the author's school, so may not review the practice.
const COLLEAGUE_NAME: &str = "Paolo Rinaldi";
const COLLEAGUE_EMAIL: &str = "paolo.rinaldi@cfp-bologna.example.it";
const EDITOR_NAME: &str = "Ingrid Haugen";
const EDITOR_EMAIL: &str = "ingrid.haugen@editors.bottega.example.eu";

const TITLE: &str = "Apprentices run the school bakery's morning shop";
const SUMMARY: &str = "Second-year apprentices open the school bakery to the neighbourhood \
                       three mornings a week and sell what they baked.";
const CONTEXT: &str = "A vocational school in Bologna with 140 bakery and pastry apprentices \
                       in a three-year programme.";
const PROBLEM: &str = "Apprentices baked only for their teachers: they never met a customer, \
                       priced a loaf or planned a morning's production.";
const PRACTICE: &str = "Each week a team of four runs the shop.\n\n\
                        - plan the bake the day before\n\
                        - open at seven and sell until ten\n\
                        - count the till and the leftovers together";
const RESOURCES: &str = "The school oven, a counter by the street door and one trainer for \
                         three mornings a week.";
const RESULTS: &str = "In two years, 85% of the apprentices found a placement within a month, \
                       against 60% before.";
const TRANSFERABILITY: &str = "Any school with a production kitchen and a door to the street; \
                               the hygiene rules differ from country to country.";
const LESSONS: &str = "Start with one morning a week and let the apprentices set the prices.";
const DECISION_NOTE: &str = "Well documented, with figures for two cohorts.";

/// A reviewer, their organisation and the review they write.
struct Reviewer {
    name: &'static str,
    email: &'static str,
    org: &'static str,
    country: Country,
    /// In rubric order (`PracticeCriterion::ALL`).
    scores: [i64; 5],
    comments: [&'static str; 5],
    summary: &'static str,
    /// The criterion left unscored in the first, refused, attempt.
    forgotten: usize,
}

const FIRST: Reviewer = Reviewer {
    name: "Jan Novák",
    email: "jan.novak@sps-brno.example.cz",
    org: "Střední průmyslová škola Brno",
    country: Country::Cz,
    scores: [5, 4, 4, 5, 4],
    comments: [
        "Early leaving from bakery programmes is a shared worry across Europe.",
        "Selling to the street is new for a school bakery, if not for a company.",
        "Placement figures for two cohorts, compared with the years before.",
        "Every step is described, and the caveat on hygiene rules is honest.",
        "It runs on the school's own oven and timetable, with no grant.",
    ],
    summary: "Clear and well documented; I recommend publishing it.",
    forgotten: 2,
};

const SECOND: Reviewer = Reviewer {
    name: "Aoife Byrne",
    email: "aoife.byrne@etb-cork.example.ie",
    org: "Cork Education and Training Board",
    country: Country::Ie,
    scores: [4, 4, 3, 5, 5],
    comments: [
        "A real need: apprentices rarely meet customers before their placement.",
        "A simple idea that few schools have tried.",
        "The figures are promising but come from one school only.",
        "Easy to copy for any school with a kitchen.",
        "It is part of the timetable and pays for its flour.",
    ],
    summary: "Worth publishing; figures from more schools would make it stronger.",
    forgotten: 4,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_best_practice_goes_from_submission_through_two_reviews_to_publication() {
    let engine = engine_from_env();
    let prefix = format!("practices-{}", engine.name());
    let Some(chrome) = ChromeDriver::start(&prefix).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;
    let mut windows = Vec::new();
    for name in ["author", "reader", "editor", "reviewer-1", "reviewer-2"] {
        windows.push(chrome.session(name, &app.base).await);
    }
    let outcome = AssertUnwindSafe(journey(&app, &windows, &prefix))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        for w in &windows {
            w.save_failure(&prefix).await;
        }
        std::panic::resume_unwind(panic);
    }
    for w in windows {
        w.close().await;
    }
    drop(chrome);
    eprintln!(
        "browser test of best practices on {} passed in {:.1} s; screenshots in {}",
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

/// The accessibility checks of the driver, and no message id shown in place of a text (a
/// message missing from the catalog shows its id).
async fn check(b: &Session) {
    b.audit().await;
    let ids = b
        .js(
            "const re = /\\b(?:bpr?|flash|error|form-error|coop|practice|theme|sector|country|competence|choose)-[a-zA-Z0-9-]*[a-zA-Z0-9]/g; \
             return (document.title + ' ' + document.body.innerText).match(re) || [];",
            vec![],
        )
        .await;
    assert_eq!(
        ids,
        json!([]),
        "[{}] message ids instead of texts on {}",
        b.name,
        b.path().await
    );
}

/// From the main navigation to the best-practice repository, through Cooperation.
async fn open_repository(b: &Session, en: &Localizer) {
    b.click_link_within(Some("nav.main-nav"), &en.t("section-cooperation-title"))
        .await;
    assert_eq!(b.path().await, "/cooperation");
    assert_eq!(b.h1().await, en.t("coop-title"));
    check(b).await;
    // The card's link holds its heading and its summary (a text of the two run together).
    let card = format!(
        "{}{}",
        en.t("coop-practices-title"),
        en.t("coop-practices-summary")
    );
    b.click_link_within(Some("section[aria-labelledby=offer-h]"), &card)
        .await;
    assert_eq!(b.path().await, "/practices");
    assert_eq!(b.h1().await, en.t("bp-list-title"));
    check(b).await;
}

/// `[href, text]` of every link of the error summary.
async fn summary_links(b: &Session) -> Value {
    b.js(
        "return Array.from(document.querySelectorAll('#error-summary li a')) \
           .map(a => [a.getAttribute('href'), a.textContent.replace(/\\s+/g, ' ').trim()]);",
        vec![],
    )
    .await
}

/// Whether the problem `#e-<field>` stands inside the same field as the control `#f-<field>`
/// (`container` is the CSS selector of the field's wrapper).
async fn problem_beside(b: &Session, field: &str, container: &str) -> bool {
    b.js(
        "const e = document.getElementById('e-' + arguments[0]); \
         const f = document.getElementById('f-' + arguments[0]); \
         return !!(e && f && f.closest(arguments[1]) && e.closest(arguments[1]) === f.closest(arguments[1]));",
        vec![json!(field), json!(container)],
    )
    .await
        == Value::Bool(true)
}

/// `[term, value]` of the fact list (`<dl>`) `css` names.
async fn facts(b: &Session, css: &str) -> Vec<(String, String)> {
    let v = b
        .js(
            "const dl = document.querySelector(arguments[0]); if (!dl) return []; \
             return Array.from(dl.querySelectorAll('dt')).map(dt => { \
               let dd = dt.nextElementSibling; \
               return [dt.textContent.replace(/\\s+/g, ' ').trim(), \
                 dd ? dd.textContent.replace(/\\s+/g, ' ').trim() : '']; });",
            vec![json!(css)],
        )
        .await;
    serde_json::from_value(v).expect("facts")
}

fn fact(list: &[(String, String)], term: &str) -> String {
    list.iter()
        .find(|(t, _)| t == term)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("no fact {term:?} in {list:?}"))
}

/// The group of choices (a `<fieldset>`) whose legend reads `arguments[0]` (a required-field
/// mark aside): with `arguments[1]` the control of the choice labelled so in it; without, the
/// labels of the choices ticked and what the group's `aria-describedby` reads.
const GROUP: &str = r#"
const [legend, option] = arguments;
const clean = el => { const c = el.cloneNode(true); c.querySelectorAll('.req').forEach(e => e.remove());
  return c.textContent.replace(/\s+/g, ' ').trim(); };
const groups = Array.from(document.querySelectorAll('fieldset')).filter(f => {
  const l = f.querySelector(':scope > legend'); return l && clean(l) === legend; });
if (groups.length !== 1) return `${groups.length} groups named ${legend}`;
const g = groups[0];
if (option === null) return {
  ticked: Array.from(g.querySelectorAll('input:checked')).map(i => i.closest('label')).filter(l => l).map(clean),
  described: (g.getAttribute('aria-describedby') || '').split(/\s+/).map(id => document.getElementById(id))
    .filter(e => e).map(clean).join(' '),
};
const found = Array.from(g.querySelectorAll('label')).filter(l => l.control && clean(l) === option);
return found.length === 1 ? found[0].control : `${found.length} choices ${option} in ${legend}`;
"#;

/// Picks the choice labelled `option` in the group whose legend reads `legend`, as a person
/// does where several groups offer the same choices (a score from 1 to 5 per criterion).
async fn pick(b: &Session, legend: &str, option: &str) {
    let v = b.js(GROUP, vec![json!(legend), json!(option)]).await;
    let at = b.path().await;
    let id = v
        .as_object()
        .and_then(|o| o.values().next())
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("[{}] {v} on {at}", b.name));
    Element::from_element_id(b.client.clone(), ElementRef::from(id.to_string()))
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot pick {option:?} in {legend:?}: {e}", b.name));
}

/// The choices ticked in the group whose legend reads `legend`, and what is read with it.
async fn group_state(b: &Session, legend: &str) -> (Vec<String>, String) {
    let v = b.js(GROUP, vec![json!(legend), Value::Null]).await;
    let at = b.path().await;
    let ticked = serde_json::from_value(v["ticked"].clone())
        .unwrap_or_else(|_| panic!("[{}] {v} on {at}", b.name));
    (
        ticked,
        v["described"].as_str().unwrap_or_default().to_string(),
    )
}

/// The text of every cell of the table `css` names, row by row (head, body, foot).
async fn cells(b: &Session, css: &str) -> Vec<Vec<String>> {
    let v = b
        .js(
            "const t = document.querySelector(arguments[0]); if (!t) return null; \
             return Array.from(t.rows).map(r => Array.from(r.cells) \
               .map(c => c.textContent.replace(/\\s+/g, ' ').trim()));",
            vec![json!(css)],
        )
        .await;
    serde_json::from_value(v.clone()).unwrap_or_else(|_| panic!("[{}] no table {css}: {v}", b.name))
}

/// Whether the check box labelled `label` is ticked.
async fn is_ticked(b: &Session, label: &str) -> bool {
    let el = b.field(label).await;
    b.js("return arguments[0].checked;", vec![json!(el)]).await == Value::Bool(true)
}

/// Ticks the check box labelled `label`.
async fn tick(b: &Session, label: &str) {
    b.field(label)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot tick {label:?}: {e}", b.name));
}

/// A mean in hundredths as the review pages write it ("4.30").
fn hundredths(en: &Localizer, x100: i64) -> String {
    format!(
        "{}{}{:02}",
        x100 / 100,
        en.t("number-decimal-separator"),
        x100 % 100
    )
}

/// The template's sections in the order of the form: message id of the label, text.
const SECTIONS: [(&str, &str); 8] = [
    ("bp-section-summary", SUMMARY),
    ("bp-section-context", CONTEXT),
    ("bp-section-problem", PROBLEM),
    ("bp-section-practice", PRACTICE),
    ("bp-section-resources", RESOURCES),
    ("bp-section-results", RESULTS),
    ("bp-section-transferability", TRANSFERABILITY),
    ("bp-section-lessons", LESSONS),
];

/// A reviewer finds the practice in "My reviews", submits the rubric with one criterion
/// unscored (refused there, everything kept, nothing stored), then completes and submits it.
async fn review(
    app: &TestApp,
    b: &Session,
    r: &Reviewer,
    reviewer_id: i64,
    code: &str,
    prefix: &str,
) {
    let en = app.state.catalogs.localizer("en");
    sign_in(b, &en, r.email, r.name).await;
    open_repository(b, &en).await;
    b.click_link(&en.t("bpr-mine-title")).await;
    assert_eq!(b.path().await, "/reviews");
    assert_eq!(b.h1().await, en.t("bpr-mine-title"));
    assert_eq!(
        b.texts("section[aria-labelledby=todo-h] li h3").await,
        vec![TITLE.to_string()]
    );
    check(b).await;
    b.click_link(&format!("{} ({code})", en.t("bpr-write-review")))
        .await;
    let form = format!("/practices/{code}/review");
    assert_eq!(b.path().await, form);
    assert_eq!(b.h1().await, en.t1("bpr-form-title", "title", TITLE));
    // The version under review is shown beside the rubric.
    let version = b
        .text("section[aria-labelledby=version-h]")
        .await
        .unwrap_or_default();
    for part in [
        SUMMARY,
        RESULTS,
        "count the till and the leftovers together",
    ] {
        assert!(version.contains(part), "{part:?} is not shown: {version}");
    }
    check(b).await;

    let names: Vec<String> = PracticeCriterion::ALL
        .iter()
        .map(|c| en.t(&c.message_id()))
        .collect();
    let score_group = |i: usize| en.t1("bpr-label-score", "criterion", names[i].as_str());
    let comment = |i: usize| en.t1("bpr-label-comment", "criterion", names[i].as_str());
    let score = |i: usize| en.t(&format!("bpr-score-{}", r.scores[i]));
    for i in 0..5 {
        if i != r.forgotten {
            pick(b, &score_group(i), &score(i)).await;
        }
        b.fill(&comment(i), r.comments[i]).await;
    }
    b.fill(&en.t("bpr-label-summary"), r.summary).await;
    assert_eq!(b.value_of(&en.t("bpr-label-review-lang")).await, "en");
    b.click_button(&en.t("bpr-submit-review-button")).await;

    // Refused at the criterion left unscored.
    assert_eq!(b.path().await, form);
    assert_eq!(
        b.text("#error-summary h2").await,
        Some(en.t("form-error-summary")),
        "[{}] an unscored criterion is not refused with a list of problems",
        b.name
    );
    let field = PracticeCriterion::ALL[r.forgotten].code();
    let problem = en.t1(
        "bpr-error-score-missing",
        "criterion",
        names[r.forgotten].as_str(),
    );
    assert_eq!(
        summary_links(b).await,
        json!([[format!("#f-{field}"), problem]])
    );
    assert!(
        problem_beside(b, field, "fieldset.rate").await,
        "the problem is not in the group of scores of {}",
        names[r.forgotten]
    );
    let (ticked, described) = group_state(b, &score_group(r.forgotten)).await;
    assert!(ticked.is_empty(), "{ticked:?}");
    assert_eq!(
        described,
        format!(
            "{} {problem}",
            en.t(&format!("bpr-criterion-{field}-question"))
        ),
        "the problem is not read with its group of scores"
    );
    // Everything else is kept as it was given.
    for i in (0..5).filter(|i| *i != r.forgotten) {
        assert_eq!(
            group_state(b, &score_group(i)).await.0,
            vec![score(i)],
            "the score for {} is lost",
            names[i]
        );
    }
    for i in 0..5 {
        assert_eq!(b.value_of(&comment(i)).await, r.comments[i]);
    }
    assert_eq!(b.value_of(&en.t("bpr-label-summary")).await, r.summary);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_reviews WHERE reviewer_id = {reviewer_id} \
             AND state = 'submitted'"
        ))
        .await,
        0,
        "a review without every score was stored"
    );
    check(b).await;
    b.screenshot(prefix, &format!("{}-refused", b.name)).await;

    pick(b, &score_group(r.forgotten), &score(r.forgotten)).await;
    b.click_button(&en.t("bpr-submit-review-button")).await;
    assert_eq!(b.path().await, format!("/practices/{code}/reviews"));
    assert_eq!(b.flash().await, Some(en.t("flash-bpr-review-submitted")));
    assert_eq!(
        b.texts("main article h3").await,
        vec![en.t1("bpr-own-review-title", "version", 1)]
    );
    let expected: Vec<(String, String)> = names
        .iter()
        .zip(r.scores.iter().zip(r.comments))
        .map(|(name, (score, comment))| {
            (
                format!("{name}: {}", en.t1("bpr-score-out-of", "score", *score)),
                comment.to_string(),
            )
        })
        .collect();
    assert_eq!(facts(b, "main article dl.facts").await, expected);
    check(b).await;
    b.screenshot(prefix, &format!("{}-submitted", b.name)).await;
}

// ---- The journey -----------------------------------------------------------------------------

async fn journey(app: &TestApp, windows: &[Session], prefix: &str) {
    let [a, reader, e, r1, r2] = windows else {
        panic!("five windows")
    };
    let en = app.state.catalogs.localizer("en");
    let author = app
        .create_user(AUTHOR_EMAIL, AUTHOR_NAME, SiteRole::Member)
        .await;
    let colleague = app
        .create_user(COLLEAGUE_EMAIL, COLLEAGUE_NAME, SiteRole::Member)
        .await;
    app.create_user(EDITOR_EMAIL, EDITOR_NAME, SiteRole::Editor)
        .await;
    let (school, _) = app
        .create_org(
            author,
            SCHOOL,
            OrgType::VetProvider,
            Country::It,
            &[Sector::Bakery],
            &[Language::It],
        )
        .await;
    app.add_member(school, colleague, OrgRole::Member).await;
    let mut reviewer_ids = Vec::new();
    for r in [&FIRST, &SECOND] {
        let id = app.create_user(r.email, r.name, SiteRole::Member).await;
        app.create_org(
            id,
            r.org,
            OrgType::VetProvider,
            r.country,
            &[Sector::Bakery],
            &[Language::En],
        )
        .await;
        reviewer_ids.push(id);
    }
    let year = Utc::now().year();
    let italy = en.t(&Country::It.message_id());
    let theme = en.t(&Theme::DualLearning.message_id());
    let sector = en.t(&Sector::Bakery.message_id());
    let eqf = en.t1("bp-eqf-level", "level", 4);

    // ---- 1. The author submits a practice ----------------------------------------------------
    sign_in(a, &en, AUTHOR_EMAIL, AUTHOR_NAME).await;
    open_repository(a, &en).await;
    a.click_link(&en.t("bp-submit-link")).await;
    assert_eq!(a.path().await, "/practices/submit");
    assert_eq!(a.h1().await, en.t("bp-submit-title"));
    // The author's only organisation is already chosen, the language is the reader's.
    assert_eq!(a.value_of(&en.t("bp-label-org")).await, school.to_string());
    assert_eq!(a.value_of(&en.t("bp-label-lang")).await, "en");
    check(a).await;

    a.fill(&en.t("bp-label-title"), TITLE).await;
    // Every section but the results, which are required.
    for (label, text) in SECTIONS.iter().filter(|(l, _)| *l != "bp-section-results") {
        a.fill(&en.t(label), text).await;
    }
    tick(a, &italy).await;
    a.choose(&en.t("bp-label-eqf"), &eqf).await;
    tick(a, &theme).await;
    tick(a, &sector).await;
    a.screenshot(prefix, "01-submit-form").await;
    a.click_button(&en.t("bp-submit-button")).await;

    assert_eq!(a.path().await, "/practices/submit");
    assert_eq!(
        a.text("#error-summary h2").await,
        Some(en.t("form-error-summary")),
        "an empty required section is not refused with a list of problems"
    );
    // The list of problems takes the focus, and its one link leads to the section.
    assert_eq!(a.focused().await["id"], json!("error-summary"));
    let required = en.t1("form-error-required", "limit", 0);
    assert_eq!(summary_links(a).await, json!([["#f-results", required]]));
    assert!(
        problem_beside(a, "results", "div.field").await,
        "the problem is not beside the results"
    );
    assert_eq!(a.text("#e-results").await, Some(required.clone()));
    let results = en.t("bp-section-results");
    assert_eq!(
        a.description_of(&results).await,
        format!("{} {required}", en.t("bp-hint-results"))
    );
    let invalid = a
        .js(
            "return document.getElementById('f-results').getAttribute('aria-invalid');",
            vec![],
        )
        .await;
    assert_eq!(invalid, json!("true"));
    assert_eq!(
        a.texts("[aria-invalid=true]").await.len(),
        1,
        "another field is blamed too"
    );
    // Everything typed is kept.
    assert_eq!(a.value_of(&en.t("bp-label-title")).await, TITLE);
    for (label, text) in SECTIONS {
        let kept = if label == "bp-section-results" {
            ""
        } else {
            text
        };
        assert_eq!(a.value_of(&en.t(label)).await, kept, "{label}");
    }
    assert_eq!(a.value_of(&en.t("bp-label-org")).await, school.to_string());
    assert_eq!(a.value_of(&en.t("bp-label-lang")).await, "en");
    assert_eq!(a.value_of(&en.t("bp-label-eqf")).await, "4");
    for ticked in [&italy, &theme, &sector] {
        assert!(
            is_ticked(a, ticked).await,
            "{ticked} is not ticked any more"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 0);
    check(a).await;
    a.screenshot(prefix, "02-section-missing").await;

    a.fill(&results, RESULTS).await;
    a.click_button(&en.t("bp-submit-button")).await;
    let path = a.path().await;
    let code = path
        .strip_prefix("/practices/")
        .unwrap_or_else(|| panic!("the submission led to {path}"))
        .to_string();
    let number = code
        .strip_prefix(&format!("BP-{year}-"))
        .unwrap_or_else(|| panic!("{code} is not an identifier of {year}"));
    assert!(
        number.len() >= 4 && number.chars().all(|c| c.is_ascii_digit()),
        "{code} is not BP-YYYY-NNNN"
    );
    let practice = format!("/practices/{code}");
    assert_eq!(a.flash().await, Some(en.t("flash-bp-submitted")));
    assert_eq!(a.h1().await, TITLE);
    assert_eq!(a.text("article header code").await, Some(code.clone()));
    let waiting = en.t("bp-status-submitted");
    assert_eq!(
        a.text("article .notice strong").await,
        Some(waiting.clone())
    );
    assert!(
        a.text("article .notice")
            .await
            .is_some_and(|t| t.contains(&en.t("bp-banner-submitted"))),
        "the page does not say who reads it before it is published"
    );
    assert_eq!(
        a.text("section[aria-labelledby=author-h] p").await,
        Some(en.t1("bp-author-state", "state", waiting.as_str()))
    );
    let about = facts(a, "section[aria-labelledby=about-h] dl").await;
    assert_eq!(fact(&about, &en.t("bp-cite-identifier")), code);
    assert_eq!(fact(&about, &en.t("bp-label-org")), SCHOOL);
    assert_eq!(fact(&about, &en.t("bp-label-countries")), italy);
    assert_eq!(fact(&about, &en.t("bp-label-eqf")), eqf);
    assert_eq!(
        a.texts("section#practice li").await,
        vec![
            "plan the bake the day before",
            "open at seven and sell until ten",
            "count the till and the leftovers together"
        ]
    );
    assert_eq!(
        a.text("#review p").await,
        Some(en.t("bp-review-pending")),
        "a score is shown before any review"
    );
    check(a).await;
    a.screenshot(prefix, "03-submitted").await;

    // ---- 2. Nobody else reads it yet ---------------------------------------------------------
    reader.open(&practice).await;
    assert_eq!(
        reader
            .js(
                "const s = document.querySelector('section.error-page'); \
                 return s ? s.getAttribute('data-error-code') : null;",
                vec![],
            )
            .await,
        json!("not_found")
    );
    assert_eq!(reader.h1().await, en.t("error-title"));
    assert!(
        reader.main_text().await.contains(&en.t("error-not-found")),
        "the reader is not told the page is not found"
    );
    assert!(
        !reader.main_text().await.contains(TITLE),
        "the practice shows through"
    );
    check(reader).await;
    reader.screenshot(prefix, "04-not-found").await;

    // ---- 3. The editor assigns two reviewers -------------------------------------------------
    sign_in(e, &en, EDITOR_EMAIL, EDITOR_NAME).await;
    open_repository(e, &en).await;
    e.click_link(&en.t("bpr-queue-title")).await;
    assert_eq!(e.path().await, "/editor/practices");
    assert_eq!(e.h1().await, en.t("bpr-queue-title"));
    let waiting_row = e
        .text("section[aria-labelledby=q-submitted] tbody tr")
        .await
        .unwrap_or_default();
    assert!(
        waiting_row.contains(&code) && waiting_row.contains(TITLE),
        "the practice does not wait for reviewers: {waiting_row}"
    );
    check(e).await;
    e.screenshot(prefix, "05-queue").await;
    e.click_link_within(Some("section[aria-labelledby=q-submitted]"), &code)
        .await;
    let board = format!("/practices/{code}/board");
    assert_eq!(e.path().await, board);
    assert_eq!(
        e.h1().await,
        format!("{}: {TITLE}", en.t("bpr-board-title"))
    );
    let about = facts(e, "dl.ws-facts").await;
    assert_eq!(
        fact(&about, &en.t("bpr-fact-status")),
        en.t("bpr-status-submitted")
    );
    assert_eq!(fact(&about, &en.t("bpr-fact-submitted-by")), AUTHOR_NAME);
    assert_eq!(fact(&about, &en.t("bpr-fact-organisation")), SCHOOL);
    assert!(
        e.main_text().await.contains(&en.t("bpr-assignments-none")),
        "a new practice already has reviewers"
    );
    check(e).await;

    // Someone from the author's school is refused at the field.
    let who = en.t("bpr-label-reviewer");
    e.fill(&who, COLLEAGUE_EMAIL).await;
    e.click_button(&en.t("bpr-assign-button")).await;
    let refusal = en.t("bpr-error-reviewer-same-organisation");
    assert_eq!(
        e.text("#error-summary h2").await,
        Some(en.t("form-error-summary")),
        "a reviewer from the author's organisation is not refused"
    );
    assert_eq!(summary_links(e).await, json!([["#f-reviewer", refusal]]));
    assert!(
        problem_beside(e, "reviewer", "div.field").await,
        "the problem is not beside the reviewer"
    );
    assert_eq!(
        e.description_of(&who).await,
        format!("{} {refusal}", en.t("bpr-reviewer-hint"))
    );
    assert_eq!(e.value_of(&who).await, COLLEAGUE_EMAIL);
    assert!(
        e.main_text().await.contains(&en.t("bpr-assignments-none")),
        "the refused reviewer is listed"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM practice_reviews").await, 0);
    check(e).await;
    e.screenshot(prefix, "06-reviewer-refused").await;

    for (n, r) in [&FIRST, &SECOND].into_iter().enumerate() {
        e.fill(&who, r.email).await;
        e.click_button(&en.t("bpr-assign-button")).await;
        assert_eq!(e.path().await, board);
        assert_eq!(e.flash().await, Some(en.t("flash-bpr-assigned")));
        let rows = e
            .texts("section[aria-labelledby=assignments-h] tbody tr")
            .await;
        assert_eq!(rows.len(), n + 1, "{rows:?}");
        assert!(
            rows[n].contains(r.name)
                && rows[n].contains(r.email)
                && rows[n].contains(&en.t("bpr-state-assigned")),
            "{} is not listed as assigned: {rows:?}",
            r.name
        );
        assert_eq!(e.value_of(&who).await, "", "the field still holds a name");
        check(e).await;
    }
    assert_eq!(
        fact(&facts(e, "dl.ws-facts").await, &en.t("bpr-fact-status")),
        en.t("bpr-status-in-review")
    );
    assert!(
        e.main_text()
            .await
            .contains(&en.t2("bpr-reviews-in", "done", 0, "total", 2)),
        "the board does not count the reviews in"
    );
    e.screenshot(prefix, "07-reviewers-assigned").await;

    // ---- 4. Two reviews ----------------------------------------------------------------------
    review(app, r1, &FIRST, reviewer_ids[0], &code, prefix).await;
    review(app, r2, &SECOND, reviewer_ids[1], &code, prefix).await;

    // ---- 5. The editor accepts ---------------------------------------------------------------
    e.click_link(&format!("← {}", en.t("bpr-queue-title")))
        .await;
    assert_eq!(e.path().await, "/editor/practices");
    check(e).await;
    e.click_link_within(Some("section[aria-labelledby=q-in-review]"), &code)
        .await;
    assert_eq!(e.path().await, board);
    assert!(
        e.main_text()
            .await
            .contains(&en.t2("bpr-reviews-in", "done", 2, "total", 2)),
        "the board does not count both reviews"
    );
    let rows = e
        .texts("section[aria-labelledby=assignments-h] tbody tr")
        .await;
    for (row, r) in rows.iter().zip([&FIRST, &SECOND]) {
        let mean = hundredths(&en, r.scores.iter().sum::<i64>() * 20);
        assert!(
            row.contains(r.name)
                && row.contains(&en.t("bpr-state-submitted"))
                && row.contains(&mean),
            "{}'s review is not shown as submitted with mean {mean}: {row}",
            r.name
        );
    }
    check(e).await;
    let accept = format!(
        "{} {}",
        en.t("bpr-decision-accept"),
        en.t("bpr-decision-accept-hint")
    );
    pick(e, &en.t("bpr-label-decision"), &accept).await;
    e.fill(&en.t("bpr-label-note"), DECISION_NOTE).await;
    assert_eq!(e.value_of(&en.t("bpr-label-lang")).await, "en");
    e.screenshot(prefix, "08-decision").await;
    e.click_button(&en.t("bpr-decide-button")).await;
    assert_eq!(e.path().await, board);
    assert_eq!(e.flash().await, Some(en.t("flash-bpr-accepted")));
    let total: i64 = FIRST.scores.iter().chain(&SECOND.scores).sum();
    // Ten scores: the mean is total / 10, in hundredths total * 10.
    let mean_x100 = total * 10;
    let about = facts(e, "dl.ws-facts").await;
    assert_eq!(
        fact(&about, &en.t("bpr-fact-status")),
        en.t("bpr-status-accepted")
    );
    assert_eq!(
        fact(&about, &en.t("bpr-fact-score")),
        format!(
            "{} ({})",
            hundredths(&en, mean_x100),
            en.t1("bpr-review-count", "count", 2)
        )
    );
    assert_eq!(e.text("p.notice").await, Some(en.t("bpr-board-closed")));
    assert_eq!(
        e.text("section[aria-labelledby=history-h] .post-body")
            .await,
        Some(DECISION_NOTE.to_string())
    );
    check(e).await;
    e.screenshot(prefix, "09-accepted").await;

    // ---- 6. Published ------------------------------------------------------------------------
    // The score as the practice's page writes it: the mean with one decimal.
    let score = en.t2(
        "bp-score",
        "score",
        format!("{:.1}", mean_x100 as f64 / 100.0),
        "count",
        2,
    );
    reader.open("/").await;
    open_repository(reader, &en).await;
    assert_eq!(
        reader.text("p.result-count").await,
        Some(en.t1("bp-count", "count", 1))
    );
    let card = reader.text("ul.cards li").await.unwrap_or_default();
    for part in [
        TITLE,
        code.as_str(),
        &en.t1("bp-version", "number", 1),
        SCHOOL,
        SUMMARY,
        &score,
    ] {
        assert!(card.contains(part), "{part:?} is not in the list: {card}");
    }
    reader.screenshot(prefix, "10-list").await;
    reader.click_link_within(Some("ul.cards"), TITLE).await;
    assert_eq!(reader.path().await, practice);
    assert_eq!(reader.h1().await, TITLE);
    let header = reader.text("article header p").await.unwrap_or_default();
    assert!(
        header.contains(&code) && header.contains(&en.t1("bp-version", "number", 1)),
        "the page does not say which version it shows: {header}"
    );
    assert_eq!(reader.text("article .notice").await, None);
    assert_eq!(reader.text("#review p").await, Some(score.clone()));
    assert_eq!(
        reader.text("#results .post-body").await,
        Some(RESULTS.to_string())
    );
    // How to cite it.
    let address = format!("{}{practice}", app.state.config.public_url());
    let mut args = FluentArgs::new();
    args.set("author", SCHOOL);
    args.set("year", year.to_string());
    args.set("title", TITLE);
    args.set("version", 1);
    args.set("code", code.clone());
    args.set("address", address.clone());
    assert_eq!(
        reader.text("#cite p code").await,
        Some(en.t_args("bp-citation", Some(&args)))
    );
    let cite = facts(reader, "#cite dl").await;
    for (term, value) in [
        ("bp-cite-identifier", code.clone()),
        ("bp-cite-address", address),
        ("bp-cite-title-label", TITLE.to_string()),
        ("bp-cite-version", "1".to_string()),
        ("bp-cite-year", year.to_string()),
        ("bp-cite-author", SCHOOL.to_string()),
    ] {
        assert_eq!(fact(&cite, &en.t(term)), value, "{term}");
    }
    assert!(
        reader
            .texts("main a")
            .await
            .iter()
            .all(|t| *t != en.t("bp-reviews-link")),
        "a reader is offered the reviews"
    );
    check(reader).await;
    reader.screenshot(prefix, "11-published").await;

    // The author reads the reviews, the reviewers unnamed.
    open_repository(a, &en).await;
    a.click_link_within(Some("ul.cards"), TITLE).await;
    assert_eq!(a.path().await, practice);
    assert_eq!(
        a.text("section[aria-labelledby=author-h] p").await,
        Some(en.t1(
            "bp-author-state",
            "state",
            en.t("bp-status-accepted").as_str()
        ))
    );
    check(a).await;
    a.click_link(&en.t("bp-reviews-link")).await;
    assert_eq!(a.path().await, format!("{practice}/reviews"));
    assert_eq!(a.h1().await, en.t1("bpr-reviews-title", "title", TITLE));
    let numbers: Vec<String> = (1..=2)
        .map(|n| en.t1("bpr-reviewer-number", "number", n))
        .collect();
    let table = cells(a, "main table").await;
    assert_eq!(
        table[0][1..3].to_vec(),
        numbers,
        "the score table does not number the reviewers"
    );
    assert_eq!(
        a.texts("main article h3").await,
        (1..=2)
            .map(|n| en.t1("bpr-review-title", "number", n))
            .collect::<Vec<_>>()
    );
    // Reviewer 1 reviewed first: the columns follow the order the reviews came in.
    let mut expected = vec![[
        en.t("bpr-col-criterion"),
        numbers[0].clone(),
        numbers[1].clone(),
        en.t("bpr-mean"),
    ]];
    for (i, c) in PracticeCriterion::ALL.iter().enumerate() {
        let (s1, s2) = (FIRST.scores[i], SECOND.scores[i]);
        expected.push([
            en.t(&c.message_id()),
            s1.to_string(),
            s2.to_string(),
            hundredths(&en, (s1 + s2) * 50),
        ]);
    }
    // The overall row: each review's mean, and the mean of the ten scores.
    expected.push([
        en.t("bpr-overall"),
        hundredths(&en, FIRST.scores.iter().sum::<i64>() * 20),
        hundredths(&en, SECOND.scores.iter().sum::<i64>() * 20),
        hundredths(&en, mean_x100),
    ]);
    let expected: Vec<Vec<String>> = expected.into_iter().map(Vec::from).collect();
    assert_eq!(table, expected, "the score table of the reviews");
    let text = a.main_text().await;
    for part in FIRST.comments.iter().chain(&SECOND.comments).chain([
        &FIRST.summary,
        &SECOND.summary,
        &DECISION_NOTE,
    ]) {
        assert!(text.contains(part), "{part:?} is not shown to the author");
    }
    let source = a.client.source().await.expect("the page's source");
    for r in [&FIRST, &SECOND] {
        let handle = app
            .opt_text(&format!(
                "SELECT handle FROM users WHERE email = '{}'",
                r.email
            ))
            .await
            .unwrap_or_default();
        for who in [r.name, r.email, r.org, handle.as_str()] {
            assert!(
                who.is_empty() || !source.contains(who),
                "the author's page names a reviewer: {who:?}"
            );
        }
    }
    check(a).await;
    a.screenshot(prefix, "12-reviews").await;
}
