//! Browser test of working groups (Collaboration) in headless Chromium, from a group's start to
//! its archive: a coordinator opens the working groups from the main navigation and starts a
//! group that people join by request, first with an end before the start (the problem is shown
//! next to the end, tied to it, with everything typed kept), then corrected; a second person
//! asks to join with a message and the coordinator accepts on the Members page, after which the
//! workspace's tabs appear for them. On the task board the member adds a task for the
//! coordinator with a due date, starts it, finishes it and comments on it; the coordinator
//! writes a shared page that the member extends, and the history lists both revisions while the
//! comparison shows the added line; the coordinator plans a meeting in Rome's time zone, its
//! page shows the time with the zone and in UTC, and its calendar file holds the meeting in
//! UTC; the member starts a thread in the group's discussion. Finally the coordinator previews
//! the outcome and closes the group: the workspace says it is an archive, the board offers
//! nothing to change, a move pressed on a board loaded before the closing is refused, and the
//! outcome, published in the toolbox, opens as a resource; the group's discussion is kept to
//! be read but offers no new thread.
//!
//! People drive the pages the way they would — typing into labelled fields (dates in the order
//! the browser shows them), ticking boxes, pressing buttons, following links — each in a
//! browser window of their own; only the two accounts are made straight in the database, and
//! the calendar file is fetched with the test helpers' HTTP client, signed in as the
//! coordinator.
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the test says so and passes,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/collaboration-<engine>-*.png`, with the page and source of
//! every window when the test fails. Every page visited passes the accessibility checks of the
//! driver and shows no message id in place of a text. Expected texts come from the interface
//! catalogs by message id.

// Shared with `browser.rs`, which uses parts of it this target does not.
#[allow(dead_code)]
#[path = "browser/driver.rs"]
mod driver;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::time::Instant;

use bottega_domain::{Language, Licence, Sector, SiteRole};
use bottega_i18n::{FluentArgs, Localizer};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use chrono::{Days, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use driver::{ChromeDriver, Session};
use futures::FutureExt;
use serde_json::{json, Value};

const COORDINATOR_NAME: &str = "Marta Kowalczyk";
const COORDINATOR_EMAIL: &str = "marta.kowalczyk@zsz-krakow.example.pl";
const MEMBER_NAME: &str = "Luis García";
const MEMBER_EMAIL: &str = "luis.garcia@ifp-valencia.example.es";

const GROUP_TITLE: &str = "Green skills in carpentry apprenticeships";
const THEME: &str = "Low-waste joinery in the school workshop";
const GOAL: &str = "A three-week teaching module on low-waste joinery, tried in two workshops \
                    by June.\n\n- collect what each school already does\n- write the module \
                    together";
const JOIN_MESSAGE: &str = "I run the joinery workshop in Valencia and we already sort offcuts \
                            by size; I would like to bring that to the module.";

const TASK_TITLE: &str = "Collect last term's cutting lists";
const TASK_DESCRIPTION: &str = "Ask both workshop masters for **last term's** cutting lists.";
const TASK_COMMENT: &str = "Kraków sent theirs this morning; Valencia's follow on Friday.";

const PAGE_TITLE: &str = "Module outline";
const PAGE_BODY: &str = "Three weeks, one workshop afternoon each.\n\n\
                         - Week 1: where our timber comes from\n\
                         - Week 2: cutting lists that waste less";
const ADDED_LINE: &str = "- Week 3: small projects from offcuts";

const MEETING_TITLE: &str = "Kick-off call";
const MEETING_ZONE: &str = "Europe/Rome";
const MEETING_PLACE: &str = "https://meet.example.org/green-joinery";
const MEETING_AGENDA: &str = "1. Welcome\n2. The module outline\n3. Dates of the trials";

const THREAD_TITLE: &str = "Which offcuts may apprentices take home?";
const THREAD_BODY: &str = "In Valencia the offcuts go to the school's stove. Could we keep the \
                           bigger pieces for first-year projects instead?";

const OUTCOME: &str = "We wrote a three-week module on low-waste joinery and tried it in \
                       Kraków and Valencia.\n\n\
                       - **Reusable:** the cutting-list template and the offcut projects\n\
                       - **Still open:** a Polish translation of the module";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_working_group_runs_from_its_start_to_its_archive() {
    let engine = engine_from_env();
    let prefix = format!("collaboration-{}", engine.name());
    let Some(chrome) = ChromeDriver::start(&prefix).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;
    let coordinator = chrome.session("coordinator", &app.base).await;
    let member = chrome.session("member", &app.base).await;
    let outcome = AssertUnwindSafe(journey(&app, &coordinator, &member, &prefix))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        coordinator.save_failure(&prefix).await;
        member.save_failure(&prefix).await;
        std::panic::resume_unwind(panic);
    }
    coordinator.close().await;
    member.close().await;
    drop(chrome);
    eprintln!(
        "browser test of working groups on {} passed in {:.1} s; screenshots in {}",
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
/// message missing from the catalog shows its id): the page as people read it.
async fn check(b: &Session) {
    b.audit().await;
    let ids = b
        .js(
            "const re = /\\b(?:wg|flash|comm|error|sector|licence|language|resource-type)-[a-z0-9-]*[a-z0-9]/g; \
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

/// Ticks the check box or radio button labelled `label`.
async fn tick(b: &Session, label: &str) {
    b.field(label)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot tick {label:?}: {e}", b.name));
}

/// Whether the check box or radio button labelled `label` is ticked.
async fn is_ticked(b: &Session, label: &str) -> bool {
    let el = b.field(label).await;
    b.js("return arguments[0].checked;", vec![json!(el)]).await == Value::Bool(true)
}

/// Types a date into the date field labelled `label` (inside `scope`) as a person does: the
/// day, month and year in the order the browser shows them for its locale (month first in
/// American English, day first in British English, ...). The field then holds `date`.
async fn type_date(b: &Session, scope: Option<&str>, label: &str, date: NaiveDate) {
    let order = b
        .js(
            "return new Intl.DateTimeFormat().formatToParts(new Date(2001, 10, 22)) \
               .map(p => p.type).filter(t => ['day', 'month', 'year'].includes(t));",
            vec![],
        )
        .await;
    let order: Vec<String> = serde_json::from_value(order).expect("the parts of a date");
    let typed: String = order
        .iter()
        .map(|part| match part.as_str() {
            "day" => date.format("%d").to_string(),
            "month" => date.format("%m").to_string(),
            _ => date.format("%Y").to_string(),
        })
        .collect();
    let el = b.field_within(scope, label).await;
    el.clear().await.expect("clear a date field");
    el.send_keys(&typed)
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot type into {label:?}: {e}", b.name));
    let value = b.js("return arguments[0].value;", vec![json!(el)]).await;
    assert_eq!(
        value,
        json!(date.format("%Y-%m-%d").to_string()),
        "[{}] {label:?} does not hold the date typed as {typed:?} ({order:?})",
        b.name
    );
}

/// Types a time of day (24-hour `HH:MM`) into the time field labelled `label`, with AM or PM
/// when the browser's locale shows a 12-hour clock.
async fn type_time(b: &Session, label: &str, time: NaiveTime) {
    let cycle = b
        .js(
            "return new Intl.DateTimeFormat(undefined, {hour: 'numeric'}).resolvedOptions().hourCycle;",
            vec![],
        )
        .await;
    let typed = match cycle.as_str() {
        Some("h12") | Some("h11") => time.format("%I%M%p").to_string(),
        _ => time.format("%H%M").to_string(),
    };
    let el = b.field(label).await;
    el.clear().await.expect("clear a time field");
    el.send_keys(&typed)
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot type into {label:?}: {e}", b.name));
    let value = b.js("return arguments[0].value;", vec![json!(el)]).await;
    assert_eq!(
        value,
        json!(time.format("%H:%M").to_string()),
        "[{}] {label:?} does not hold the time typed as {typed:?}",
        b.name
    );
}

/// The number in the page's path after `prefix` (`/groups/7/tasks` with `/groups/` → 7).
async fn id_in_path(b: &Session, prefix: &str) -> i64 {
    let path = b.path().await;
    path.strip_prefix(prefix)
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("[{}] no number after {prefix} in {path}", b.name))
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

/// The workspace tabs the page offers.
async fn tabs(b: &Session) -> Vec<String> {
    b.texts("nav ul.tabs a").await
}

/// Follows one of the workspace's tabs.
async fn open_tab(b: &Session, en: &Localizer, tab: &str) {
    b.click_link_within(Some("ul.tabs"), &en.t(tab)).await;
}

/// The titles of the cards in one column of the task board (`todo`, `doing`, `done`).
async fn cards(b: &Session, column: &str) -> Vec<String> {
    b.texts(&format!("#column-{column} li.wg-card h4")).await
}

/// The rows of the table `css` names, each cell by the header of its column.
async fn rows_by_column(b: &Session, css: &str) -> Vec<HashMap<String, String>> {
    let v = b
        .js(
            "const t = document.querySelector(arguments[0]); if (!t) return null; \
             const clean = c => c.textContent.replace(/\\s+/g, ' ').trim(); \
             const heads = Array.from(t.tHead.rows[0].cells).map(clean); \
             return Array.from(t.tBodies[0].rows).map(r => Object.fromEntries( \
               Array.from(r.cells).map((c, i) => [heads[i], clean(c)])));",
            vec![json!(css)],
        )
        .await;
    serde_json::from_value(v.clone()).unwrap_or_else(|_| panic!("[{}] no table {css}: {v}", b.name))
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

/// A date as the group pages show it (`day()` of `groups.rs`).
fn long_date(en: &Localizer, d: NaiveDate) -> String {
    en.date(
        d.and_hms_opt(12, 0, 0)
            .expect("noon")
            .and_utc()
            .timestamp_millis(),
    )
}

/// Opens the group from "Your groups" on the list of working groups, reached from the main
/// navigation.
async fn open_group_from_navigation(b: &Session, en: &Localizer, group: i64) {
    b.click_link_within(Some("nav.main-nav"), &en.t("section-collaboration-title"))
        .await;
    assert_eq!(b.path().await, "/groups");
    check(b).await;
    b.click_link_within(Some("section[aria-labelledby=mine-h]"), GROUP_TITLE)
        .await;
    assert_eq!(b.path().await, format!("/groups/{group}"));
    assert_eq!(b.h1().await, GROUP_TITLE);
    check(b).await;
}

// ---- The journey -----------------------------------------------------------------------------

async fn journey(app: &TestApp, k: &Session, m: &Session, prefix: &str) {
    let en = app.state.catalogs.localizer("en");
    app.create_user(COORDINATOR_EMAIL, COORDINATOR_NAME, SiteRole::Member)
        .await;
    app.create_user(MEMBER_EMAIL, MEMBER_NAME, SiteRole::Member)
        .await;
    let today = Utc::now().date_naive();
    let starts = today + Days::new(7);
    let ends = starts + Days::new(150);
    let too_early = starts - Days::new(1);
    let due = today + Days::new(10);
    let meeting_day = today + Days::new(21);
    let meeting_time = NaiveTime::from_hms_opt(14, 30, 0).expect("a time");
    let sector = en.t(&Sector::Woodwork.message_id());
    let english = Language::En.endonym();

    // ---- 1. The coordinator starts a group ---------------------------------------------------
    sign_in(k, &en, COORDINATOR_EMAIL, COORDINATOR_NAME).await;
    k.click_link_within(Some("nav.main-nav"), &en.t("section-collaboration-title"))
        .await;
    assert_eq!(k.path().await, "/groups");
    assert_eq!(k.h1().await, en.t("wg-list-title"));
    assert_eq!(
        k.text("p.result-count").await,
        Some(en.t1("wg-count", "count", 0))
    );
    check(k).await;
    k.click_link(&en.t("wg-new-link")).await;
    assert_eq!(k.path().await, "/groups/new");
    assert_eq!(k.h1().await, en.t("wg-new-title"));
    check(k).await;

    k.fill(&en.t("wg-label-title"), GROUP_TITLE).await;
    k.fill(&en.t("wg-label-theme"), THEME).await;
    k.fill(&en.t("wg-label-goal"), GOAL).await;
    k.choose(&en.t("wg-label-lang"), english).await;
    type_date(k, None, &en.t("wg-label-starts-on"), starts).await;
    // The end typed before the start.
    type_date(k, None, &en.t("wg-label-ends-on"), too_early).await;
    tick(k, &en.t("wg-membership-request")).await;
    tick(k, &sector).await;
    k.screenshot(prefix, "01-new-group").await;
    k.click_button(&en.t("wg-create-button")).await;

    assert_eq!(k.path().await, "/groups/new");
    assert_eq!(
        k.text("#error-summary h2").await,
        Some(en.t("form-error-summary")),
        "an end before the start is not refused with a list of problems"
    );
    let problem = en.t("wg-error-ends-before-start");
    assert_eq!(summary_links(k).await, json!([["#f-ends_on", problem]]));
    // The problem stands next to the end, inside its field, and is read with it after the hint.
    let beside = k
        .js(
            "const e = document.getElementById('e-ends_on'); \
             const f = document.getElementById('f-ends_on'); \
             return !!(e && f && e.closest('.field') === f.closest('.field'));",
            vec![],
        )
        .await;
    assert_eq!(
        beside,
        Value::Bool(true),
        "the problem is not beside the end"
    );
    assert_eq!(k.text("#e-ends_on").await, Some(problem.clone()));
    assert_eq!(
        k.description_of(&en.t("wg-label-ends-on")).await,
        format!("{} {problem}", en.t("wg-ends-on-hint"))
    );
    assert!(
        k.text("#e-starts_on").await.is_none(),
        "the start is blamed too"
    );
    // Everything typed is kept.
    assert_eq!(k.value_of(&en.t("wg-label-title")).await, GROUP_TITLE);
    assert_eq!(k.value_of(&en.t("wg-label-theme")).await, THEME);
    assert_eq!(k.value_of(&en.t("wg-label-goal")).await, GOAL);
    assert_eq!(k.value_of(&en.t("wg-label-lang")).await, "en");
    assert_eq!(
        k.value_of(&en.t("wg-label-starts-on")).await,
        starts.to_string()
    );
    assert_eq!(
        k.value_of(&en.t("wg-label-ends-on")).await,
        too_early.to_string()
    );
    assert!(is_ticked(k, &en.t("wg-membership-request")).await);
    assert!(is_ticked(k, &sector).await);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_groups").await, 0);
    check(k).await;
    k.screenshot(prefix, "02-end-before-start").await;

    type_date(k, None, &en.t("wg-label-ends-on"), ends).await;
    k.click_button(&en.t("wg-create-button")).await;
    let group = id_in_path(k, "/groups/").await;
    let overview = format!("/groups/{group}");
    assert_eq!(k.path().await, overview);
    assert_eq!(k.flash().await, Some(en.t("flash-wg-created")));
    assert_eq!(k.h1().await, GROUP_TITLE);
    assert_eq!(k.text("p.lead").await, Some(THEME.to_string()));
    let shown = facts(k, "main dl.facts").await;
    assert_eq!(
        fact(&shown, &en.t("wg-label-dates")),
        en.t2(
            "wg-runs",
            "start",
            long_date(&en, starts),
            "end",
            long_date(&en, ends)
        )
    );
    assert_eq!(
        fact(&shown, &en.t("wg-label-membership")),
        en.t("wg-membership-request")
    );
    assert_eq!(fact(&shown, &en.t("wg-label-sectors")), sector);
    assert_eq!(fact(&shown, &en.t("wg-label-lang")), english);
    assert_eq!(
        fact(&shown, &en.t("wg-label-coordinators")),
        COORDINATOR_NAME
    );
    assert_eq!(
        k.text("section[aria-labelledby=you-h] p").await,
        Some(en.t("wg-place-member-coordinator"))
    );
    check(k).await;
    k.screenshot(prefix, "03-overview").await;

    // ---- 2. A second person asks to join; the coordinator accepts ----------------------------
    sign_in(m, &en, MEMBER_EMAIL, MEMBER_NAME).await;
    m.click_link_within(Some("nav.main-nav"), &en.t("section-collaboration-title"))
        .await;
    assert_eq!(m.path().await, "/groups");
    assert_eq!(
        m.text("p.result-count").await,
        Some(en.t1("wg-count", "count", 1))
    );
    check(m).await;
    m.click_link_within(Some("ul.cards"), GROUP_TITLE).await;
    assert_eq!(m.path().await, overview);
    // Someone outside the group sees the overview only.
    assert_eq!(tabs(m).await, vec![en.t("wg-tab-overview")]);
    assert_eq!(m.text("#work-h").await, None, "the workspace is shown");
    check(m).await;
    m.fill(&en.t("wg-label-request-message"), JOIN_MESSAGE)
        .await;
    assert_eq!(
        m.description_of(&en.t("wg-label-request-message")).await,
        en.t("wg-request-message-hint")
    );
    m.click_button(&en.t("wg-request-button")).await;
    assert_eq!(m.path().await, overview);
    assert_eq!(m.flash().await, Some(en.t("flash-wg-requested")));
    assert_eq!(
        m.text("section[aria-labelledby=you-h] p").await,
        Some(en.t("wg-request-waiting"))
    );
    assert_eq!(tabs(m).await, vec![en.t("wg-tab-overview")]);
    check(m).await;

    k.reload().await;
    check(k).await;
    k.click_link(&en.t1("wg-manage-members-link", "count", 1))
        .await;
    let members_page = format!("/groups/{group}/members");
    assert_eq!(k.path().await, members_page);
    let request = k
        .text("section[aria-labelledby=req-h] li")
        .await
        .unwrap_or_default();
    assert!(
        request.contains(MEMBER_NAME),
        "the request does not name who asks: {request}"
    );
    assert_eq!(
        k.text("section[aria-labelledby=req-h] li blockquote").await,
        Some(JOIN_MESSAGE.to_string())
    );
    check(k).await;
    k.screenshot(prefix, "04-request").await;
    k.click_button(&format!("{} ({MEMBER_NAME})", en.t("wg-accept-button")))
        .await;
    assert_eq!(k.path().await, members_page);
    assert_eq!(k.flash().await, Some(en.t("flash-wg-request-accepted")));
    assert_eq!(
        k.text("section[aria-labelledby=req-h] p").await,
        Some(en.t("wg-requests-none"))
    );
    let people = k.texts("main table tbody tr").await;
    assert!(
        people
            .iter()
            .any(|r| r.contains(MEMBER_NAME) && r.contains(&en.t("wg-role-member"))),
        "the new member is not listed: {people:?}"
    );
    check(k).await;

    m.reload().await;
    assert_eq!(
        tabs(m).await,
        [
            "wg-tab-overview",
            "wg-tab-tasks",
            "wg-tab-pages",
            "wg-tab-meetings",
            "wg-tab-discussion",
            "wg-tab-resources",
            "wg-tab-members",
        ]
        .map(|id| en.t(id))
        .to_vec(),
        "the member does not see the workspace"
    );
    assert_eq!(
        m.text("section[aria-labelledby=you-h] p").await,
        Some(en.t("wg-place-member-member"))
    );
    check(m).await;

    // ---- 3. Tasks ----------------------------------------------------------------------------
    open_tab(m, &en, "wg-tab-tasks").await;
    let board = format!("/groups/{group}/tasks");
    assert_eq!(m.path().await, board);
    assert_eq!(m.text("#board-h").await, Some(en.t("wg-task-board-title")));
    for column in ["todo", "doing", "done"] {
        assert!(cards(m, column).await.is_empty());
    }
    check(m).await;
    let form = Some("#new-task");
    m.fill_within(form, &en.t("wg-task-label-title"), TASK_TITLE)
        .await;
    m.fill_within(form, &en.t("wg-task-label-description"), TASK_DESCRIPTION)
        .await;
    m.choose_within(form, &en.t("wg-task-label-assignee"), COORDINATOR_NAME)
        .await;
    type_date(m, form, &en.t("wg-task-label-due"), due).await;
    m.click_button_within(form, &en.t("wg-task-create-button"))
        .await;
    assert_eq!(m.path().await, board);
    assert_eq!(m.flash().await, Some(en.t("flash-wg-task-created")));
    assert_eq!(cards(m, "todo").await, vec![TASK_TITLE.to_string()]);
    let card = m
        .text("#column-todo li.wg-card p.wg-card-facts")
        .await
        .unwrap_or_default();
    for part in [
        en.t1("wg-task-assigned-to", "name", COORDINATOR_NAME),
        en.t1(
            "wg-task-due",
            "date",
            en.date(
                due.and_hms_opt(0, 0, 0)
                    .expect("midnight")
                    .and_utc()
                    .timestamp_millis(),
            ),
        ),
    ] {
        assert!(card.contains(&part), "{part:?} is not on the card: {card}");
    }
    check(m).await;
    m.screenshot(prefix, "05-task-added").await;

    for (button, column) in [
        ("wg-task-move-start", "doing"),
        ("wg-task-move-finish", "done"),
    ] {
        m.click_button(&format!("{}: {TASK_TITLE}", en.t(button)))
            .await;
        assert_eq!(m.path().await, board);
        assert_eq!(m.flash().await, Some(en.t("flash-wg-task-moved")));
        assert_eq!(
            cards(m, column).await,
            vec![TASK_TITLE.to_string()],
            "the task is not in {column}"
        );
        for other in ["todo", "doing", "done"].iter().filter(|c| **c != column) {
            assert!(
                cards(m, other).await.is_empty(),
                "the task is still in {other}"
            );
        }
        check(m).await;
    }
    m.screenshot(prefix, "06-task-done").await;

    m.click_link_within(Some("#column-done"), TASK_TITLE).await;
    let task = id_in_path(m, &format!("/groups/{group}/tasks/")).await;
    let task_page = format!("/groups/{group}/tasks/{task}");
    assert_eq!(m.path().await, task_page);
    let about = facts(m, "article.wg-task dl.facts").await;
    assert_eq!(
        fact(&about, &en.t("wg-task-label-status")),
        en.t("wg-task-status-done")
    );
    assert_eq!(
        fact(&about, &en.t("wg-task-label-assignee")),
        COORDINATOR_NAME
    );
    assert_eq!(
        m.text("article.wg-task .post-body strong").await,
        Some("last term's".to_string())
    );
    check(m).await;
    m.fill(&en.t("wg-task-label-comment"), TASK_COMMENT).await;
    m.click_button(&en.t("wg-task-comment-button")).await;
    assert_eq!(m.path().await, task_page);
    assert_eq!(m.flash().await, Some(en.t("flash-wg-task-commented")));
    let comments = m.texts("ol.comments li").await;
    assert_eq!(comments.len(), 1, "{comments:?}");
    assert!(
        comments[0].contains(MEMBER_NAME) && comments[0].contains(TASK_COMMENT),
        "{comments:?}"
    );
    assert_eq!(
        m.text("#comments-h span").await,
        Some(format!("· {}", en.t1("wg-task-comments", "count", 1)))
    );
    check(m).await;
    m.screenshot(prefix, "07-task-comment").await;

    // ---- 4. Shared pages ---------------------------------------------------------------------
    open_tab(k, &en, "wg-tab-pages").await;
    let pages = format!("/groups/{group}/pages");
    assert_eq!(k.path().await, pages);
    assert!(
        k.main_text().await.contains(&en.t("wg-page-list-none")),
        "a new group already has pages"
    );
    check(k).await;
    k.click_link(&en.t("wg-page-new-link")).await;
    assert_eq!(k.path().await, format!("{pages}/new"));
    // A new page is written in the group's language unless chosen otherwise.
    assert_eq!(k.value_of(&en.t("wg-page-label-lang")).await, "en");
    check(k).await;
    k.fill(&en.t("wg-page-label-title"), PAGE_TITLE).await;
    k.fill(&en.t("wg-page-label-body"), PAGE_BODY).await;
    k.fill(&en.t("wg-page-label-note"), "First outline").await;
    k.click_button(&en.t("wg-page-create-button")).await;
    let page = id_in_path(k, &format!("{pages}/")).await;
    let page_url = format!("{pages}/{page}");
    assert_eq!(k.path().await, page_url);
    assert_eq!(k.flash().await, Some(en.t("flash-wg-page-created")));
    assert_eq!(k.text("#page-h").await, Some(PAGE_TITLE.to_string()));
    assert_eq!(
        k.texts("article .post-body li").await,
        vec![
            "Week 1: where our timber comes from",
            "Week 2: cutting lists that waste less"
        ]
    );
    check(k).await;

    open_tab(m, &en, "wg-tab-pages").await;
    assert_eq!(m.path().await, pages);
    check(m).await;
    m.click_link_within(Some("table.wg-pages"), PAGE_TITLE)
        .await;
    assert_eq!(m.path().await, page_url);
    check(m).await;
    m.click_link(&en.t("wg-page-edit-link")).await;
    assert_eq!(m.path().await, format!("{page_url}/edit"));
    assert!(
        m.main_text()
            .await
            .contains(&en.t1("wg-page-editing-revision", "revision", 1)),
        "the form does not say which revision is edited"
    );
    check(m).await;
    // The member adds a line at the end of the text, where the cursor lands.
    let body = m.field(&en.t("wg-page-label-body")).await;
    body.send_keys(&format!("\n{ADDED_LINE}"))
        .await
        .expect("type into the text");
    assert_eq!(
        m.value_of(&en.t("wg-page-label-body")).await,
        format!("{PAGE_BODY}\n{ADDED_LINE}")
    );
    m.fill(&en.t("wg-page-label-note"), "Added the third week")
        .await;
    m.click_button(&en.t("wg-page-save-button")).await;
    assert_eq!(m.path().await, page_url);
    assert_eq!(m.flash().await, Some(en.t("flash-wg-page-saved")));
    assert_eq!(
        m.texts("article .post-body li").await.last().cloned(),
        Some("Week 3: small projects from offcuts".to_string())
    );
    check(m).await;

    m.click_link(&en.t("wg-page-history-link")).await;
    assert_eq!(m.path().await, format!("{page_url}/history"));
    assert_eq!(
        m.text("table.wg-history caption").await,
        Some(en.t1("wg-page-history-caption", "count", 2))
    );
    let history = rows_by_column(m, "table.wg-history").await;
    assert_eq!(history.len(), 2, "{history:?}");
    let (newest, oldest) = (&history[0], &history[1]);
    let revision = en.t("wg-page-col-revision");
    let author = en.t("wg-page-col-author");
    let note = en.t("wg-page-col-note");
    assert_eq!(
        newest[&revision],
        format!(
            "{} {}",
            en.t1("wg-page-revision-link", "revision", 2),
            en.t("wg-page-current")
        )
    );
    assert_eq!(newest[&author], MEMBER_NAME);
    assert_eq!(newest[&note], "Added the third week");
    assert_eq!(
        oldest[&revision],
        en.t1("wg-page-revision-link", "revision", 1)
    );
    assert_eq!(oldest[&author], COORDINATOR_NAME);
    assert_eq!(oldest[&note], "First outline");
    check(m).await;
    m.screenshot(prefix, "08-page-history").await;
    // The comparison starts with the latest change chosen: revision 1 to revision 2.
    m.click_button(&en.t("wg-page-compare-button")).await;
    let compared = m.path().await;
    let (path, query) = compared.split_once('?').expect("the revisions compared");
    let mut chosen: Vec<&str> = query.split('&').collect();
    chosen.sort_unstable();
    assert_eq!(
        (path, chosen),
        (format!("{page_url}/diff").as_str(), vec!["from=1", "to=2"])
    );
    assert_eq!(
        m.text("main h2").await,
        Some(en.t2("wg-page-diff-heading", "from", 1, "to", 2))
    );
    assert_eq!(
        m.texts("table.wg-diff tr.wg-diff-add code").await,
        vec![ADDED_LINE.to_string()]
    );
    assert!(m.texts("table.wg-diff tr.wg-diff-del").await.is_empty());
    // The added line says so in words too, not only by colour and sign.
    assert_eq!(
        m.text("table.wg-diff tr.wg-diff-add ins .visually-hidden")
            .await,
        Some(en.t("wg-page-diff-added"))
    );
    check(m).await;
    m.screenshot(prefix, "09-page-diff").await;

    // ---- 5. A meeting ------------------------------------------------------------------------
    open_tab(k, &en, "wg-tab-meetings").await;
    let meetings = format!("/groups/{group}/meetings");
    assert_eq!(k.path().await, meetings);
    assert!(
        k.main_text()
            .await
            .contains(&en.t("wg-meeting-upcoming-none")),
        "a new group already has meetings"
    );
    check(k).await;
    k.click_link(&en.t("wg-meeting-plan-link")).await;
    assert_eq!(k.path().await, format!("{meetings}/new"));
    check(k).await;
    k.fill(&en.t("wg-meeting-label-title"), MEETING_TITLE).await;
    type_date(k, None, &en.t("wg-meeting-label-date"), meeting_day).await;
    type_time(k, &en.t("wg-meeting-label-time"), meeting_time).await;
    k.choose(&en.t("wg-meeting-label-time-zone"), MEETING_ZONE)
        .await;
    k.fill(&en.t("wg-meeting-label-duration-minutes"), "90")
        .await;
    k.fill(&en.t("wg-meeting-label-place"), MEETING_PLACE).await;
    k.fill(&en.t("wg-meeting-label-agenda"), MEETING_AGENDA)
        .await;
    k.screenshot(prefix, "10-meeting-form").await;
    k.click_button(&en.t("wg-meeting-plan-button")).await;
    let meeting = id_in_path(k, &format!("{meetings}/")).await;
    let meeting_url = format!("{meetings}/{meeting}");
    assert_eq!(k.path().await, meeting_url);
    assert_eq!(k.flash().await, Some(en.t("flash-wg-meeting-planned")));
    assert_eq!(k.text("#meeting-h").await, Some(MEETING_TITLE.to_string()));

    // When, in Rome and in UTC, as the page must show it.
    let rome: chrono_tz::Tz = MEETING_ZONE.parse().expect("a zone");
    let local = rome
        .from_local_datetime(&meeting_day.and_time(meeting_time))
        .earliest()
        .expect("a time that exists in Rome");
    let start_utc = local.with_timezone(&Utc);
    let end_utc = start_utc + chrono::Duration::minutes(90);
    let seconds = local.offset().fix().local_minus_utc();
    let offset = format!(
        "UTC{}{:02}:{:02}",
        if seconds < 0 { '−' } else { '+' },
        seconds.unsigned_abs() / 3600,
        (seconds.unsigned_abs() % 3600) / 60
    );
    let span = |date_millis: i64, start: String, end: String| {
        let mut args = FluentArgs::new();
        args.set("date", en.date(date_millis));
        args.set("start", start);
        args.set("end", end);
        en.t_args("wg-meeting-span-one-day", Some(&args))
    };
    let local_span = span(
        local.naive_local().and_utc().timestamp_millis(),
        "14:30".into(),
        "16:00".into(),
    );
    let utc_span = span(
        start_utc.timestamp_millis(),
        start_utc.format("%H:%M").to_string(),
        end_utc.format("%H:%M").to_string(),
    );
    let times = k
        .js(
            "const dl = document.querySelector('article dl.facts'); \
             return Array.from(dl.querySelectorAll('dd')[0].querySelectorAll('time')) \
               .map(t => [t.getAttribute('datetime'), t.textContent.trim()]);",
            vec![],
        )
        .await;
    assert_eq!(
        times,
        json!([
            [
                local.format("%Y-%m-%dT%H:%M%:z").to_string(),
                local_span.clone()
            ],
            [
                start_utc.format("%Y-%m-%dT%H:%MZ").to_string(),
                utc_span.clone()
            ]
        ])
    );
    let about = facts(k, "article dl.facts").await;
    let when = fact(&about, &en.t("wg-meeting-label-when"));
    for part in [
        format!("{local_span} ({MEETING_ZONE}, {offset})"),
        format!("{} {utc_span} UTC", en.t("wg-meeting-in-utc")),
    ] {
        assert!(when.contains(&part), "{part:?} is not shown: {when}");
    }
    assert_eq!(
        fact(&about, &en.t("wg-meeting-label-duration")),
        en.t2("wg-meeting-duration", "hours", 1, "minutes", 30)
    );
    // The video call's address is a link.
    assert_eq!(
        k.texts(&format!("article dl.facts dd a[href='{MEETING_PLACE}']"))
            .await,
        vec![MEETING_PLACE.to_string()]
    );
    assert_eq!(
        k.texts("section[aria-labelledby=agenda-h] li").await,
        vec!["Welcome", "The module outline", "Dates of the trials"]
    );
    check(k).await;
    k.screenshot(prefix, "11-meeting").await;

    // The calendar file of the meeting, linked from its page.
    let ics = k
        .js(
            "const a = Array.from(document.querySelectorAll('main a')) \
               .find(a => a.textContent.trim() === arguments[0]); \
             return a ? a.getAttribute('href') : null;",
            vec![json!(en.t("wg-meeting-ics-one"))],
        )
        .await;
    let ics = ics
        .as_str()
        .expect("a link to the calendar file")
        .to_string();
    assert_eq!(ics, format!("{meeting_url}/meeting.ics"));
    let http = app.browser();
    http.login(COORDINATOR_EMAIL, TEST_PASSWORD).await;
    let file = http.get(&ics).await;
    assert_eq!(file.status.as_u16(), 200, "{}", file.body);
    assert!(
        file.header("content-type").starts_with("text/calendar"),
        "{}",
        file.header("content-type")
    );
    let unfolded = file.body.replace("\r\n ", "");
    for line in [
        "BEGIN:VEVENT".to_string(),
        format!("SUMMARY:{MEETING_TITLE}"),
        format!("DTSTART:{}", start_utc.format("%Y%m%dT%H%M%SZ")),
        format!("DTEND:{}", end_utc.format("%Y%m%dT%H%M%SZ")),
        format!("LOCATION:{MEETING_PLACE}"),
        format!("URL:{}{meeting_url}", app.state.config.public_url()),
    ] {
        assert!(
            unfolded.lines().any(|l| l == line),
            "{line:?} is not in the calendar file:\n{}",
            file.body
        );
    }

    // ---- 6. The group's discussion -----------------------------------------------------------
    m.click_link_within(Some("ul.tabs"), &en.t("wg-tab-discussion"))
        .await;
    assert!(m.path().await.starts_with("/c/"), "{}", m.path().await);
    let discussion = m.path().await;
    assert_eq!(m.h1().await, GROUP_TITLE);
    assert!(
        m.main_text().await.contains(&en.t("comm-no-threads")),
        "a new group's discussion already has threads"
    );
    check(m).await;
    m.click_link(&en.t("comm-new-discussion")).await;
    assert_eq!(m.path().await, format!("{discussion}/new"));
    check(m).await;
    m.fill(&en.t("comm-title"), THREAD_TITLE).await;
    m.fill(&en.t("comm-body"), THREAD_BODY).await;
    m.click_button(&en.t("comm-start-button")).await;
    assert!(m.path().await.starts_with("/t/"), "{}", m.path().await);
    let thread = m.path().await;
    assert_eq!(m.h1().await, THREAD_TITLE);
    assert!(
        m.main_text().await.contains(THREAD_BODY),
        "the thread's text is not shown"
    );
    check(m).await;
    m.click_link_within(Some("main"), GROUP_TITLE).await;
    assert_eq!(m.path().await, discussion);
    assert_eq!(
        m.texts("ul.threads h3").await,
        vec![THREAD_TITLE.to_string()]
    );
    check(m).await;
    m.screenshot(prefix, "12-discussion").await;

    // The overview sums the workspace up for the coordinator.
    open_tab(k, &en, "wg-tab-overview").await;
    assert_eq!(k.path().await, overview);
    let summary = k.texts("ul.wg-summary li").await;
    for part in [
        en.t2("wg-summary-tasks", "open", 0, "done", 1),
        en.t1("wg-summary-pages", "count", 1),
        en.t1("wg-summary-threads", "count", 1),
    ] {
        assert!(
            summary.iter().any(|s| s.starts_with(&part)),
            "{part:?} is not in the summary: {summary:?}"
        );
    }
    check(k).await;

    // ---- 7. Closing ----------------------------------------------------------------------------
    // The member has the board open while the group closes.
    open_group_from_navigation(m, &en, group).await;
    open_tab(m, &en, "wg-tab-tasks").await;
    assert_eq!(m.path().await, board);
    check(m).await;

    k.click_link(&en.t("wg-close-link")).await;
    let close = format!("/groups/{group}/close");
    assert_eq!(k.path().await, close);
    check(k).await;
    k.fill(&en.t("wg-label-outcome"), OUTCOME).await;
    assert_eq!(k.value_of(&en.t("wg-label-lang")).await, "en");
    k.click_button(&en.t("wg-preview-button")).await;
    assert_eq!(k.path().await, close);
    assert_eq!(k.text("#preview-h").await, Some(en.t("wg-preview-title")));
    assert_eq!(
        k.texts("section[aria-labelledby=preview-h] .post-body strong")
            .await,
        vec!["Reusable:", "Still open:"]
    );
    // Nothing is closed by a preview, and the outcome typed is kept.
    assert_eq!(k.value_of(&en.t("wg-label-outcome")).await, OUTCOME);
    assert!(k.text("p.notice").await.is_none(), "the preview closed it");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_groups WHERE id = {group} AND status = 'active'"
        ))
        .await,
        1
    );
    check(k).await;
    k.screenshot(prefix, "13-close-preview").await;
    k.click_button(&en.t("wg-close-button")).await;
    assert_eq!(k.path().await, overview);
    assert_eq!(k.flash().await, Some(en.t("flash-wg-closed")));
    assert_eq!(k.text("p.notice").await, Some(en.t("wg-archived-notice")));
    assert_eq!(k.text("#outcome-h").await, Some(en.t("wg-outcome-title")));
    assert!(
        k.text("section[aria-labelledby=outcome-h] .post-body")
            .await
            .is_some_and(|t| t.contains("Polish translation")),
        "the outcome is not shown"
    );
    assert_eq!(
        k.text("#coord-h").await,
        None,
        "an archived group still offers to be edited or closed"
    );
    check(k).await;
    k.screenshot(prefix, "14-archived").await;

    // The board is kept to be read, with nothing to add or move.
    open_tab(k, &en, "wg-tab-tasks").await;
    assert_eq!(k.path().await, board);
    assert_eq!(k.text("p.notice").await, Some(en.t("wg-archived-notice")));
    assert_eq!(cards(k, "done").await, vec![TASK_TITLE.to_string()]);
    assert_eq!(k.text("#new-task").await, None, "a task can still be added");
    assert!(
        k.texts("main .wg-board button").await.is_empty(),
        "cards can still be moved: {:?}",
        k.texts("main .wg-board button").await
    );
    check(k).await;

    // A move pressed on the board the member loaded before the closing is refused.
    m.click_button(&format!("{}: {TASK_TITLE}", en.t("wg-task-move-reopen")))
        .await;
    assert_eq!(
        m.js(
            "const s = document.querySelector('section.error-page'); \
             return s ? s.getAttribute('data-error-code') : null;",
            vec![],
        )
        .await,
        json!("group_archived")
    );
    assert!(
        m.main_text().await.contains(&en.t("wg-error-archived")),
        "the refusal does not say why"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_tasks WHERE id = {task} AND status = 'done'"
        ))
        .await,
        1,
        "the task was moved in an archived group"
    );
    check(m).await;
    m.screenshot(prefix, "15-refused").await;

    // The outcome is published in the toolbox.
    open_tab(k, &en, "wg-tab-overview").await;
    assert_eq!(k.path().await, overview);
    k.choose(
        &en.t("wg-label-licence"),
        &en.t(&Licence::CcBySa.message_id()),
    )
    .await;
    tick(k, &en.t("wg-visibility-public")).await;
    k.click_button(&en.t("wg-outcome-publish-button")).await;
    let resource = id_in_path(k, "/resources/").await;
    assert_eq!(k.path().await, format!("/resources/{resource}"));
    assert_eq!(k.flash().await, Some(en.t("flash-wg-outcome-published")));
    assert_eq!(k.h1().await, GROUP_TITLE);
    assert!(
        k.text("article.resource .post-body")
            .await
            .is_some_and(|t| t.contains("Polish translation")),
        "the resource does not hold the outcome"
    );
    assert!(
        k.main_text()
            .await
            .contains(&en.t(&Licence::CcBySa.message_id())),
        "the licence chosen is not shown"
    );
    check(k).await;
    k.screenshot(prefix, "16-resource").await;

    // The archive links to the published outcome.
    open_group_from_navigation(k, &en, group).await;
    let link = k
        .js(
            "const a = Array.from(document.querySelectorAll('section[aria-labelledby=outcome-h] a')) \
               .find(a => a.textContent.trim() === arguments[0]); \
             return a ? a.getAttribute('href') : null;",
            vec![json!(en.t("wg-outcome-published-link"))],
        )
        .await;
    assert_eq!(link, json!(format!("/resources/{resource}")));
    assert!(
        k.texts("main button")
            .await
            .iter()
            .all(|b| b.as_str() != en.t("wg-outcome-publish-button")),
        "the outcome can be published twice"
    );

    // The discussion is kept to be read: the thread is locked and no new one is offered.
    open_group_from_navigation(m, &en, group).await;
    m.click_link_within(Some("ul.tabs"), &en.t("wg-tab-discussion"))
        .await;
    assert_eq!(m.path().await, discussion);
    let row = m.text("ul.threads li").await.unwrap_or_default();
    assert!(
        row.contains(THREAD_TITLE) && row.contains(&en.t("comm-locked")),
        "the thread is not shown as locked: {row}"
    );
    check(m).await;
    m.screenshot(prefix, "17-discussion-archived").await;
    m.click_link_within(Some("ul.threads"), THREAD_TITLE).await;
    assert_eq!(m.path().await, thread);
    assert!(
        m.main_text().await.contains(&en.t("comm-thread-locked")),
        "the thread still takes replies"
    );
    assert_eq!(
        m.text("#reply form").await,
        None,
        "a reply can still be written"
    );
    check(m).await;
    m.click_link_within(Some("main"), GROUP_TITLE).await;
    assert_eq!(m.path().await, discussion);
    check(m).await;
    let offered = m.texts("main a").await;
    assert!(
        !offered.contains(&en.t("comm-new-discussion"))
            && !offered.contains(&en.t("comm-ask-question")),
        "the discussion of a closed group still offers to start a thread, which is then \
         refused: {offered:?}"
    );
}
