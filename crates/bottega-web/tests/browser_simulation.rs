//! Browser test of the business simulation in headless Chromium: a teacher starts a bakery game
//! for two competing teams through the form and reads the join code from the overview; two
//! students join with the code, each in a team of their own; for three rounds the first student
//! answers the incidents the company faces, changes a price, looks at the "what if" preview
//! (which saves nothing) and submits, while the second submits once with a letter in a
//! quantity (the form comes back with the problem listed, focused and tied to its field, and
//! the input kept), corrects it and submits; the teacher sees both teams have decided and plays
//! the round. At the end the overview says the game is over, the debrief compares both teams in
//! a table and in charts and shows the teams' justifications, the first student's dashboard
//! shows the charts and the last round's report, and their profile keeps the competences.
//! People drive the pages the way they would — typing into labelled fields, choosing radio
//! buttons, pressing buttons, following links — each in a browser window of their own; only
//! what the test does not look at (accounts) is made straight in the database, and one
//! incident when chance gave the first team none (see [`make_sure_of_an_incident`]).
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the test says so and passes,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/simulation-<engine>-*.png`, with the page and source of every
//! window when the test fails. Every page visited passes the accessibility checks of the
//! driver and shows no message id in place of a text. Expected texts come from the interface
//! catalogs by message id.

// Shared with `browser.rs`, which uses parts of it this target does not.
#[allow(dead_code)]
#[path = "browser/driver.rs"]
mod driver;

use std::panic::AssertUnwindSafe;
use std::time::Instant;

use bottega_domain::SiteRole;
use bottega_i18n::Localizer;
use bottega_sim::{Game, PendingIncident, TeamId};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use driver::{ChromeDriver, Session};
use fantoccini::Locator;
use futures::FutureExt;
use serde_json::{json, Value};

const TEACHER_NAME: &str = "Giulia Ferrari";
const TEACHER_EMAIL: &str = "giulia.ferrari@cfp-artigiani.example.it";
const ANA_NAME: &str = "Ana Petrović";
const ANA_EMAIL: &str = "ana.petrovic@student.example.org";
const EMRE_NAME: &str = "Emre Yılmaz";
const EMRE_EMAIL: &str = "emre.yilmaz@student.example.org";

const GAME_TITLE: &str = "Neighbourhood bakery — class 3B";
const TEAM_1: &str = "Sourdough Stars";
const TEAM_2: &str = "Croissant Crew";
const ROUNDS: u32 = 3;
/// The price of a sourdough loaf Ana's team asks in each round, in cents.
const ANA_PRICES: [i64; 3] = [480, 495, 510];

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn teacher_starts_a_game_two_teams_play_three_rounds_and_the_debrief_shows_them() {
    let engine = engine_from_env();
    let prefix = format!("simulation-{}", engine.name());
    let Some(chrome) = ChromeDriver::start(&prefix).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;
    let teacher = chrome.session("teacher", &app.base).await;
    let ana = chrome.session("ana", &app.base).await;
    let emre = chrome.session("emre", &app.base).await;
    let outcome = AssertUnwindSafe(journey(&app, &teacher, &ana, &emre, &prefix))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        teacher.save_failure(&prefix).await;
        ana.save_failure(&prefix).await;
        emre.save_failure(&prefix).await;
        std::panic::resume_unwind(panic);
    }
    teacher.close().await;
    ana.close().await;
    emre.close().await;
    drop(chrome);
    eprintln!(
        "browser test of the business simulation on {} passed in {:.1} s; screenshots in {}",
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
            "const re = /\\b(?:sim|flash|incident|product|material|equipment|channel|scenario|\
               glossary|competence|area|decision_error)-[a-z0-9_.-]*[a-z0-9]/g; \
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

/// Chooses the radio button labelled `label` inside `scope`.
async fn tick(b: &Session, scope: &str, label: &str) {
    b.field_within(Some(scope), label)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot choose {label:?}: {e}", b.name));
}

/// Whether the radio button labelled `label` inside `scope` is chosen.
async fn is_ticked(b: &Session, scope: &str, label: &str) -> bool {
    let el = b.field_within(Some(scope), label).await;
    b.js("return arguments[0].checked;", vec![json!(el)]).await == Value::Bool(true)
}

/// The number in the page's path after `/simulations/` (`/simulations/7/teams/0` → 7).
async fn game_in_path(b: &Session) -> i64 {
    let path = b.path().await;
    path.strip_prefix("/simulations/")
        .and_then(|rest| rest.split(['/', '?']).next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("[{}] no game in {path}", b.name))
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

/// The rows of the table whose caption reads `caption`: the row header, then the cells.
async fn table_rows(b: &Session, caption: &str) -> Vec<Vec<String>> {
    let rows = b
        .js(
            "const t = Array.from(document.querySelectorAll('main table')).find(t => \
               t.caption && t.caption.textContent.replace(/\\s+/g, ' ').trim() === arguments[0]); \
             if (!t) return null; \
             return Array.from(t.tBodies[0].rows).map(r => Array.from(r.cells) \
               .map(c => c.textContent.replace(/\\s+/g, ' ').trim()));",
            vec![json!(caption)],
        )
        .await;
    serde_json::from_value(rows.clone())
        .unwrap_or_else(|_| panic!("[{}] no table {caption:?}: {rows}", b.name))
}

/// The charts of the page: for each, its accessible name (the `<title>` its `aria-labelledby`
/// points to), the number of lines drawn and the legend's entries.
async fn charts(b: &Session) -> Vec<(String, usize, Vec<String>)> {
    let v = b
        .js(
            "return Array.from(document.querySelectorAll('main figure.sim-chart')).map(f => { \
               const svg = f.querySelector('svg[role=img]'); \
               const title = svg && document.getElementById(svg.getAttribute('aria-labelledby')); \
               return [title ? title.textContent.trim() : '', \
                 svg ? svg.querySelectorAll('path').length : 0, \
                 Array.from(f.querySelectorAll('.sim-legend li')) \
                   .map(li => li.textContent.replace(/\\s+/g, ' ').trim())]; });",
            vec![],
        )
        .await;
    serde_json::from_value(v).expect("charts")
}

/// An incident a team answered: its name, the response chosen and the justification written.
#[derive(Debug, Clone)]
struct Answer {
    round: u32,
    incident: String,
    response: String,
    justification: String,
}

/// On the decision form: answers every incident waiting for the team, each with its first
/// response and a justification in the student's own words; returns what was answered.
async fn answer_incidents(b: &Session, en: &Localizer, team: &str, round: u32) -> Vec<Answer> {
    let legends = b.texts("form.sim-decisions legend").await;
    let incidents = b
        .js(
            "return Array.from(document.querySelectorAll('form.sim-decisions .sim-incident')) \
               .map(i => [i.querySelector('h3').textContent.trim(), \
                 Array.from(i.querySelectorAll('label.sim-option')) \
                   .map(l => l.textContent.replace(/\\s+/g, ' ').trim())]);",
            vec![],
        )
        .await;
    let incidents: Vec<(String, Vec<String>)> =
        serde_json::from_value(incidents).expect("the incidents of the form");
    assert_eq!(
        legends.contains(&en.t("sim-section-incidents")),
        !incidents.is_empty(),
        "[{}] the incidents are not shown under their heading: {legends:?}",
        b.name
    );
    let mut answers = Vec::new();
    for (k, (incident, responses)) in incidents.into_iter().enumerate() {
        let scope = format!("form.sim-decisions .sim-incident:nth-of-type({})", k + 1);
        assert!(
            responses.len() >= 2,
            "[{}] {incident:?} offers no choice: {responses:?}",
            b.name
        );
        let response = responses[0].clone();
        tick(b, &scope, &response).await;
        let justification = format!(
            "{team}, round {round}: we chose “{response}” because our customers' trust and our \
             cash both matter, and this keeps the team working calmly."
        );
        b.fill_within(
            Some(&scope),
            &en.t("sim-label-justification"),
            &justification,
        )
        .await;
        answers.push(Answer {
            round,
            incident,
            response,
            justification,
        });
    }
    answers
}

/// Incidents are drawn by chance at the end of a round. So that every run shows a team
/// answering one, when the first team has none waiting after the first round one is added to
/// its company in the stored game, exactly as the engine's draw would have made it: the
/// customer complaint of the bakery scenario, drawn at the end of round 1.
async fn make_sure_of_an_incident(app: &TestApp, game_id: i64) {
    let json = app
        .opt_text(&format!(
            "SELECT state_json FROM sim_games WHERE id = {game_id}"
        ))
        .await
        .expect("the stored game");
    let game: Game = serde_json::from_str(&json).expect("the stored game parses");
    let company = &game.team(TeamId(0)).expect("the first team").company;
    if !company.pending_incidents.is_empty() {
        return;
    }
    let kind = game
        .scenario()
        .incident("customer_complaint")
        .expect("the bakery's customer complaint");
    let pending = PendingIncident {
        id: company.next_incident_id,
        incident: kind.id.clone(),
        round_drawn: 0,
        key: bottega_sim::scenario::incident_key(&kind.id),
        responses: kind
            .responses
            .iter()
            .map(|r| {
                (
                    r.id.clone(),
                    bottega_sim::scenario::response_key(&kind.id, &r.id),
                )
            })
            .collect(),
    };
    let mut state: Value = serde_json::from_str(&json).expect("the stored game as JSON");
    let c = &mut state["teams"][0]["company"];
    assert!(
        c["pending_incidents"].is_array() && c["next_incident_id"].is_u64(),
        "the stored company has changed shape: {c}"
    );
    c["pending_incidents"] = json!([pending]);
    c["next_incident_id"] = json!(company.next_incident_id + 1);
    let patched = serde_json::to_string(&state).expect("serialize");
    // The patched state is still a game the engine reads.
    serde_json::from_str::<Game>(&patched).expect("the patched game parses");
    let changed = app
        .exec(&format!(
            "UPDATE sim_games SET state_json = '{}' WHERE id = {game_id}",
            patched.replace('\'', "''")
        ))
        .await;
    assert_eq!(changed, 1);
}

/// Submitted decisions of a team for a round (0-based), as stored.
async fn stored_decisions(app: &TestApp, game_id: i64, team: i64, round: u32) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM sim_decisions WHERE game_id = {game_id} AND team_no = {team} \
         AND round_no = {}",
        round - 1
    ))
    .await
}

// ---- The journey -----------------------------------------------------------------------------

async fn journey(app: &TestApp, t: &Session, a: &Session, e: &Session, prefix: &str) {
    let en = app.state.catalogs.localizer("en");
    app.create_user(TEACHER_EMAIL, TEACHER_NAME, SiteRole::Member)
        .await;
    let ana_id = app.create_user(ANA_EMAIL, ANA_NAME, SiteRole::Member).await;
    app.create_user(EMRE_EMAIL, EMRE_NAME, SiteRole::Member)
        .await;

    // ---- The teacher starts a game ---------------------------------------------------------
    sign_in(t, &en, TEACHER_EMAIL, TEACHER_NAME).await;
    t.open("/simulations").await;
    assert_eq!(t.path().await, "/simulations");
    assert_eq!(t.h1().await, en.t("sim-title"));
    assert_eq!(
        t.text("section[aria-labelledby=teaching-title] p.muted")
            .await,
        Some(en.t("sim-teaching-none"))
    );
    check(t).await;
    t.click_link(&en.t("sim-new-button")).await;
    assert_eq!(t.path().await, "/simulations/new");
    assert_eq!(t.h1().await, en.t("sim-new-title"));
    check(t).await;

    t.fill(&en.t("sim-label-title"), GAME_TITLE).await;
    let bakery = format!(
        "{} {}",
        en.t("scenario-bakery-name"),
        en.t("scenario-bakery-description")
    );
    tick(t, "#f-scenario", &bakery).await;
    tick(t, "#f-mode", &en.t("sim-mode-competitive")).await;
    t.fill(&en.t("sim-label-teams"), "2").await;
    // How many teams may play is read out with the field.
    assert_eq!(
        t.description_of(&en.t("sim-label-teams")).await,
        en.t1("sim-hint-teams", "max", 30)
    );
    t.fill(
        &en.t("sim-label-team-names"),
        &format!("{TEAM_1}\n{TEAM_2}"),
    )
    .await;
    t.fill(&en.t("sim-label-rounds"), &ROUNDS.to_string()).await;
    t.choose(&en.t("sim-label-round-length"), &en.t("sim-length-by-hand"))
        .await;
    // Each length is offered once.
    let lengths = t
        .js(
            "return Array.from(arguments[0].options).map(o => o.textContent.trim());",
            vec![json!(t.field(&en.t("sim-label-round-length")).await)],
        )
        .await;
    assert_eq!(
        lengths,
        json!([
            en.t("sim-length-by-hand"),
            en.t1("sim-length-hours", "count", 1),
            en.t1("sim-length-days", "count", 1),
            en.t1("sim-length-days", "count", 2),
            en.t1("sim-length-days", "count", 3),
            en.t1("sim-length-weeks", "count", 1),
        ])
    );
    assert!(is_ticked(t, "#f-scenario", &bakery).await);
    assert!(is_ticked(t, "#f-mode", &en.t("sim-mode-competitive")).await);
    t.screenshot(prefix, "01-new-game").await;
    t.click_button(&en.t("sim-create-button")).await;

    let game_id = game_in_path(t).await;
    let overview = format!("/simulations/{game_id}");
    assert_eq!(t.path().await, overview);
    assert_eq!(t.flash().await, Some(en.t("flash-sim-created")));
    assert_eq!(t.h1().await, GAME_TITLE);
    let code = t.text(".sim-code").await.expect("the join code is shown");
    assert_eq!(code.len(), 6, "an odd code: {code:?}");
    let facts = t.text("dl.facts").await.unwrap_or_default();
    for part in [
        en.t("scenario-bakery-name"),
        en.t("sim-mode-competitive"),
        en.t2("sim-status-round", "round", 1, "rounds", ROUNDS),
    ] {
        assert!(facts.contains(&part), "{part:?} is not shown: {facts}");
    }
    let rows = table_rows(t, &en.t("sim-teams-title")).await;
    assert_eq!(
        rows.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        vec![TEAM_1, TEAM_2]
    );
    assert!(
        rows.iter().all(|r| r[1] == en.t("sim-no-players")),
        "{rows:?}"
    );
    check(t).await;
    t.screenshot(prefix, "02-overview-code").await;

    // ---- Two students join with the code, each in a team -----------------------------------
    for (b, email, name, typed, team, team_no, others) in [
        (a, ANA_EMAIL, ANA_NAME, code.clone(), TEAM_1, 0, 0),
        // Emre types the code from the board in small letters with a space: it still works.
        (
            e,
            EMRE_EMAIL,
            EMRE_NAME,
            format!("{} {}", &code[..3], &code[3..]).to_lowercase(),
            TEAM_2,
            1,
            0,
        ),
    ] {
        sign_in(b, &en, email, name).await;
        b.open("/simulations").await;
        assert_eq!(b.h1().await, en.t("sim-title"));
        assert_eq!(
            b.text("section[aria-labelledby=playing-title] p.muted")
                .await,
            Some(en.t("sim-playing-none"))
        );
        check(b).await;
        b.fill(&en.t("sim-label-code"), &typed).await;
        b.click_button_within(
            Some("section[aria-labelledby=join-title]"),
            &en.t("sim-join-button"),
        )
        .await;
        assert!(
            b.path().await.starts_with("/simulations/join?"),
            "{}",
            b.path().await
        );
        assert_eq!(b.h1().await, GAME_TITLE);
        assert!(
            b.text(".lead").await.is_some_and(|l| l.contains(&en.t1(
                "sim-taught-by",
                "name",
                TEACHER_NAME
            ))),
            "the teacher is not named"
        );
        check(b).await;
        if team_no == 0 {
            b.screenshot(prefix, "03-join").await;
        }
        let label = format!("{team} ({})", en.t1("sim-players-count", "count", others));
        tick(b, "#f-team", &label).await;
        b.click_button_within(Some("main form"), &en.t("sim-join-button"))
            .await;
        assert_eq!(
            b.path().await,
            format!("/simulations/{game_id}/teams/{team_no}")
        );
        assert_eq!(b.flash().await, Some(en.t("flash-sim-joined")));
        assert_eq!(b.h1().await, format!("{team} · {GAME_TITLE}"));
        assert_eq!(
            b.text("section[aria-labelledby=decide-title] p").await,
            Some(en.t("sim-not-submitted"))
        );
        assert!(
            b.main_text().await.contains(&en.t("sim-no-rounds-yet")),
            "a new team already has figures"
        );
        check(b).await;
    }
    a.screenshot(prefix, "04-dashboard-joined").await;

    // The teacher sees who plays where.
    t.reload().await;
    let rows = table_rows(t, &en.t("sim-teams-title")).await;
    for (row, (team, name)) in rows.iter().zip([(TEAM_1, ANA_NAME), (TEAM_2, EMRE_NAME)]) {
        assert!(
            row[0] == team && row[1].starts_with(name),
            "{name} is not shown in {team}: {row:?}"
        );
    }
    // Each player can be taken out of the game by a button that says whom it removes.
    let removers = t
        .js(
            "return Array.from(document.querySelectorAll('main table button')) \
               .map(b => b.getAttribute('aria-label'));",
            vec![],
        )
        .await;
    assert_eq!(
        removers,
        json!([
            en.t1("sim-remove-player", "name", ANA_NAME),
            en.t1("sim-remove-player", "name", EMRE_NAME)
        ])
    );
    check(t).await;

    // ---- Three rounds ----------------------------------------------------------------------
    let sourdough_price = format!(
        "{} (€)",
        en.t1("sim-label-price", "product", en.t("product-sourdough"))
    );
    let croissants = en.t1("sim-label-volume", "product", en.t("product-croissant"));
    let mut answers: Vec<(&str, Answer)> = Vec::new();
    // "Submitted by Ana on <when>. ...": the words around the moment.
    let submitted_by = {
        let text = en.t2("sim-submitted-by", "name", ANA_NAME, "when", "\u{1}");
        let (before, after) = text.split_once('\u{1}').expect("the moment's place");
        (before.to_string(), after.to_string())
    };
    for round in 1..=ROUNDS {
        let decide_title = en.t1("sim-decide-title", "round", round);
        let dashboard_a = format!("/simulations/{game_id}/teams/0");
        let dashboard_e = format!("/simulations/{game_id}/teams/1");

        // -- Ana: incidents, a new price, the preview, then submit.
        if round > 1 {
            a.reload().await;
            assert_eq!(
                a.text("#last-title").await,
                Some(en.t1("sim-last-round-title", "round", round - 1))
            );
            check(a).await;
        }
        a.click_link(&en.t("sim-decide-button")).await;
        let form = format!("{dashboard_a}/decisions");
        assert_eq!(a.path().await, form);
        assert_eq!(a.h1().await, decide_title);
        check(a).await;
        for answer in answer_incidents(a, &en, TEAM_1, round).await {
            answers.push((TEAM_1, answer));
        }
        let price = ANA_PRICES[round as usize - 1];
        let typed = format!("{}.{:02}", price / 100, price % 100);
        a.fill(&sourdough_price, &typed).await;
        a.click_button(&en.t("sim-preview-button")).await;
        assert_eq!(a.path().await, form);
        assert_eq!(
            a.text("#preview-title").await,
            Some(en.t("sim-preview-title"))
        );
        assert_eq!(
            a.text("#preview p.hint").await,
            Some(en.t("sim-preview-hint"))
        );
        let sales = table_rows(a, &en.t("sim-report-products")).await;
        let loaf = sales
            .iter()
            .find(|r| r[0] == en.t("product-sourdough"))
            .unwrap_or_else(|| panic!("no sourdough in the preview: {sales:?}"));
        assert_eq!(
            loaf[1],
            en.t1("sim-money", "amount", typed.as_str()),
            "the preview is not computed with the new price"
        );
        assert!(
            a.text("#preview dl.sim-figures").await.is_some(),
            "the preview has no key figures"
        );
        // Nothing is saved by a preview, and the form keeps what was typed.
        assert_eq!(stored_decisions(app, game_id, 0, round).await, 0);
        assert_eq!(a.value_of(&sourdough_price).await, typed);
        check(a).await;
        if round == 1 {
            a.screenshot(prefix, "05-decide-preview").await;
        }
        a.click_button(&en.t("sim-submit-button")).await;
        assert_eq!(a.path().await, dashboard_a);
        assert_eq!(a.flash().await, Some(en.t("flash-sim-decisions-saved")));
        let said = a
            .text("section[aria-labelledby=decide-title] p")
            .await
            .unwrap_or_default();
        assert!(
            said.starts_with(&submitted_by.0) && said.ends_with(&submitted_by.1),
            "the submission is not acknowledged: {said:?}"
        );
        assert_eq!(stored_decisions(app, game_id, 0, round).await, 1);
        check(a).await;

        // -- Emre: in the first round a letter in a quantity, then right.
        if round == 1 {
            assert_eq!(e.path().await, dashboard_e);
        } else {
            e.reload().await;
            check(e).await;
        }
        e.click_link(&en.t("sim-decide-button")).await;
        assert_eq!(e.path().await, format!("{dashboard_e}/decisions"));
        assert_eq!(e.h1().await, decide_title);
        check(e).await;
        for answer in answer_incidents(e, &en, TEAM_2, round).await {
            answers.push((TEAM_2, answer));
        }
        if round == 1 {
            let wanted = e.value_of(&croissants).await;
            assert!(
                !wanted.is_empty() && wanted.chars().all(|c| c.is_ascii_digit()),
                "{wanted:?}"
            );
            // The last digit typed as the letter O.
            let typo = format!("{}O", &wanted[..wanted.len() - 1]);
            e.fill(&croissants, &typo).await;
            e.click_button(&en.t("sim-submit-button")).await;
            assert_eq!(e.path().await, format!("{dashboard_e}/decisions"));
            assert_eq!(
                e.text("#error-summary h2").await,
                Some(en.t("form-error-summary")),
                "the quantity with a letter is not refused with a list of problems"
            );
            assert_eq!(
                summary_links(e).await,
                json!([[
                    "#f-products.croissant.volume",
                    en.t("sim-error-whole-number")
                ]])
            );
            assert_eq!(e.focused().await["id"], "error-summary");
            // The problem is read with its field, after the hint; what was typed is kept.
            let described = e.description_of(&croissants).await;
            assert!(
                described.ends_with(&en.t("sim-error-whole-number")),
                "{described:?}"
            );
            assert_eq!(e.value_of(&croissants).await, typo);
            assert_eq!(stored_decisions(app, game_id, 1, round).await, 0);
            check(e).await;
            e.screenshot(prefix, "06-decide-error").await;
            e.fill(&croissants, &wanted).await;
        }
        e.click_button(&en.t("sim-submit-button")).await;
        assert_eq!(e.path().await, dashboard_e);
        assert_eq!(e.flash().await, Some(en.t("flash-sim-decisions-saved")));
        assert_eq!(stored_decisions(app, game_id, 1, round).await, 1);
        check(e).await;

        // -- The teacher sees both teams have decided and plays the round.
        t.reload().await;
        assert_eq!(
            t.text("#play-title").await,
            Some(en.t1("sim-play-title", "round", round))
        );
        assert_eq!(
            t.text("section[aria-labelledby=play-title] p").await,
            Some(en.t2("sim-decided-count", "decided", 2, "teams", 2))
        );
        let rows = table_rows(t, &en.t("sim-teams-title")).await;
        assert!(
            rows.iter().all(|r| r[2] == en.t("sim-decided-yes")),
            "{rows:?}"
        );
        check(t).await;
        if round == 1 {
            t.screenshot(prefix, "07-overview-decided").await;
        }
        t.click_button(&en.t1("sim-play-button", "round", round))
            .await;
        assert_eq!(t.path().await, overview);
        if round < ROUNDS {
            assert_eq!(t.flash().await, Some(en.t("flash-sim-round-played")));
            let facts = t.text("dl.facts").await.unwrap_or_default();
            let next = en.t2("sim-status-round", "round", round + 1, "rounds", ROUNDS);
            assert!(facts.contains(&next), "{next:?} is not shown: {facts}");
            // Figures of the round just played, and nobody has decided the next one yet.
            let rows = table_rows(t, &en.t("sim-teams-title")).await;
            assert!(
                rows.iter()
                    .all(|r| r[2] == en.t("sim-decided-no") && r[3].ends_with('€')),
                "{rows:?}"
            );
            check(t).await;
        }
        if round == 1 {
            make_sure_of_an_incident(app, game_id).await;
        }
    }
    assert!(
        answers.iter().any(|(team, _)| *team == TEAM_1),
        "the first team answered no incident"
    );

    // ---- The game is over; the debrief compares the teams ----------------------------------
    assert_eq!(t.flash().await, Some(en.t("flash-sim-game-finished")));
    let facts = t.text("dl.facts").await.unwrap_or_default();
    assert!(
        facts.contains(&en.t("sim-status-finished")),
        "the game is not finished: {facts}"
    );
    assert_eq!(t.text("p.notice").await, Some(en.t("sim-finished-notice")));
    assert_eq!(
        t.text(".sim-code").await,
        None,
        "a finished game shows its code"
    );
    assert!(
        t.texts("main button").await.is_empty(),
        "a finished game still offers actions: {:?}",
        t.texts("main button").await
    );
    check(t).await;
    t.screenshot(prefix, "08-overview-finished").await;

    t.click_link(&en.t("sim-debrief-title")).await;
    assert_eq!(t.path().await, format!("/simulations/{game_id}/debrief"));
    assert_eq!(t.h1().await, en.t("sim-debrief-title"));
    let rows = table_rows(t, &en.t("sim-debrief-table")).await;
    let mut names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    names.sort();
    assert_eq!(names, vec![TEAM_2, TEAM_1]);
    for r in &rows {
        // Total profit, final cash, average share, satisfaction.
        assert_eq!(r.len(), 5, "{r:?}");
        assert!(
            r[1].ends_with(" €") && r[2].ends_with(" €"),
            "no money in {r:?}"
        );
        assert!(
            r[3].ends_with(" %") && r[4].ends_with(" %"),
            "no shares in {r:?}"
        );
    }
    let drawn = charts(t).await;
    assert_eq!(
        drawn.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
        vec![
            en.t("sim-figure-profit"),
            en.t("sim-figure-cash"),
            en.t("sim-figure-market-share")
        ]
    );
    for (title, lines, legend) in &drawn {
        assert_eq!(*lines, 2, "{title}: one line per team");
        let mut legend = legend.clone();
        legend.sort();
        assert_eq!(legend, vec![TEAM_2, TEAM_1], "{title}");
    }
    // The teams' reasoning, with the justifications they wrote.
    let stories = t.text("section[aria-labelledby=stories-title]").await;
    let stories = stories.unwrap_or_default();
    for (team, answer) in &answers {
        for part in [
            *team,
            &answer.incident,
            &answer.response,
            &answer.justification,
        ] {
            assert!(
                stories.contains(part),
                "the debrief does not show {part:?} of {team}'s answer: {stories}"
            );
        }
    }
    check(t).await;
    t.screenshot(prefix, "09-debrief").await;

    // ---- Ana's dashboard: the charts and the last report -----------------------------------
    a.open("/simulations").await;
    let playing = a
        .text("section[aria-labelledby=playing-title] li")
        .await
        .unwrap_or_default();
    assert!(
        playing.contains(TEAM_1) && playing.contains(&en.t("sim-status-finished")),
        "{playing}"
    );
    check(a).await;
    a.click_link_within(Some("section[aria-labelledby=playing-title]"), GAME_TITLE)
        .await;
    assert_eq!(a.path().await, format!("/simulations/{game_id}/teams/0"));
    assert!(
        a.text(".lead")
            .await
            .is_some_and(|l| l.contains(&en.t("sim-status-finished"))),
        "the dashboard does not say the game is over"
    );
    assert_eq!(
        a.text("section[aria-labelledby=decide-title]").await,
        None,
        "decisions are still asked for"
    );
    let drawn = charts(a).await;
    assert_eq!(
        drawn.iter().map(|c| c.0.clone()).collect::<Vec<_>>(),
        vec![en.t("sim-chart-money"), en.t("sim-chart-customers")]
    );
    assert_eq!(
        a.text("#last-title").await,
        Some(en.t1("sim-last-round-title", "round", ROUNDS))
    );
    let history = table_rows(a, &en.t("sim-history-title")).await;
    assert_eq!(
        history.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        vec!["1", "2", "3"]
    );
    let mine = a.text("section[aria-labelledby=stories-title]").await;
    let mine = mine.unwrap_or_default();
    for (_, answer) in answers.iter().filter(|(team, _)| *team == TEAM_1) {
        assert!(
            mine.contains(&answer.justification),
            "the team's own justification is not shown: {mine}"
        );
    }
    for (_, answer) in answers.iter().filter(|(team, _)| *team == TEAM_2) {
        assert!(
            !a.main_text().await.contains(&answer.justification),
            "another team's justification is shown"
        );
    }
    check(a).await;
    a.screenshot(prefix, "10-dashboard-finished").await;

    a.click_link(&en.t("sim-full-report")).await;
    assert_eq!(
        a.path().await,
        format!("/simulations/{game_id}/teams/0/rounds/{ROUNDS}")
    );
    assert_eq!(a.h1().await, en.t1("sim-report-title", "round", ROUNDS));
    let sales = table_rows(a, &en.t("sim-report-products")).await;
    let loaf = sales
        .iter()
        .find(|r| r[0] == en.t("product-sourdough"))
        .unwrap_or_else(|| panic!("no sourdough in the report: {sales:?}"));
    assert_eq!(loaf[1], en.t1("sim-money", "amount", "5.10"));
    for caption in ["sim-income-statement", "sim-cash-flow-statement"] {
        assert!(
            !table_rows(a, &en.t(caption)).await.is_empty(),
            "{caption} is empty"
        );
    }
    check(a).await;
    a.screenshot(prefix, "11-round-report").await;

    // ---- Ana's profile keeps the competences -----------------------------------------------
    a.click_link_within(Some("header.site-header"), ANA_NAME)
        .await;
    assert_eq!(a.path().await, format!("/people/{ana_id}"));
    assert_eq!(
        a.text("#sim-competences-h").await,
        Some(en.t("sim-profile-title"))
    );
    assert_eq!(
        a.text("article.sim-record h3").await,
        Some(GAME_TITLE.to_string())
    );
    let record = a
        .text("article.sim-record p.muted")
        .await
        .unwrap_or_default();
    assert!(
        record.contains(TEAM_1) && record.contains(&en.t("scenario-bakery-name")),
        "{record}"
    );
    assert!(
        !a.texts("article.sim-record > ul > li").await.is_empty(),
        "no competence area is listed"
    );
    let ana_answers: Vec<&Answer> = answers
        .iter()
        .filter(|(team, _)| *team == TEAM_1)
        .map(|(_, a)| a)
        .collect();
    let summary = en.t1(
        "sim-profile-justifications",
        "count",
        ana_answers.len() as i64,
    );
    assert_eq!(
        a.text("article.sim-record details summary").await,
        Some(summary),
    );
    // The justifications open under their summary.
    a.client
        .find(Locator::Css("article.sim-record details summary"))
        .await
        .expect("the summary of the justifications")
        .click()
        .await
        .expect("open the justifications");
    assert_eq!(
        a.js(
            "return document.querySelector('article.sim-record details').open;",
            vec![]
        )
        .await,
        true
    );
    let shown = a.texts("article.sim-record details blockquote").await;
    for answer in &ana_answers {
        assert!(
            shown.contains(&answer.justification),
            "round {}: {:?} is not kept on the profile: {shown:?}",
            answer.round,
            answer.justification
        );
    }
    check(a).await;
    a.screenshot(prefix, "12-profile").await;
}
