//! The business simulation over HTTP, on both engines: a class playing a game from start to
//! debrief; every kind of bad input on the decision form and the new-game form coming back with
//! the input kept, the problem named at its field and nothing stored; decisions refused after the
//! deadline or for a round already played, and the deadline job playing the round; who may do
//! what (a team decides only for itself, only the teacher manages, outsiders see no game); two
//! "play round" clicks at once playing one round; the teacher placing students, commenting and
//! exporting; solo games against computer-run shops ending on the students' profiles; and teams'
//! decisions staying private to them.

use std::time::Duration;

use bottega_domain::SiteRole;
use bottega_sim::decisions::price_bounds;
use bottega_sim::Scenario;
use bottega_web::features::simulation::money;
use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    a_class_plays_a_game_from_start_to_debrief,
    bad_decisions_come_back_with_the_input_kept_and_nothing_stored,
    an_incident_needs_an_answer_and_a_justification_that_other_teams_never_see,
    a_decision_after_the_deadline_is_refused_and_the_deadline_job_plays_the_round,
    a_decision_for_a_round_already_played_is_refused,
    a_team_decides_only_for_itself_and_outsiders_see_no_game,
    two_clicks_at_once_play_one_round,
    only_the_teacher_manages_and_joining_follows_the_rules,
    a_new_game_with_bad_input_names_every_problem_and_creates_nothing,
    the_teacher_places_students_comments_and_exports_results,
    a_solo_game_against_computer_shops_ends_on_the_students_profile,
    a_decision_saved_while_the_round_is_played_is_used_or_refused,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// The number that follows `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> i64 {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in:\n{text}"))
        + prefix.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

/// Starts a game through the form; returns its id and join code.
async fn start_game(app: &TestApp, teacher: &Browser, teams: &str) -> (i64, String) {
    start_game_with(app, teacher, &[("teams", teams)]).await
}

/// Starts a game through the form with some fields changed (`rounds`, `mode`, ...); returns its
/// id and join code.
async fn start_game_with(
    app: &TestApp,
    teacher: &Browser,
    changes: &[(&str, &str)],
) -> (i64, String) {
    let mut fields = vec![
        ("title", "Bakery class 3B"),
        ("scenario", "bakery"),
        ("mode", "competitive"),
        ("teams", "2"),
        ("team_names", "Sourdough Stars\nCroissant Crew"),
        ("rounds", "3"),
        ("round_minutes", ""),
        ("lang", "en"),
    ];
    for (k, v) in changes {
        fields.retain(|(name, _)| name != k);
        fields.push((k, v));
    }
    let page = teacher.post("/simulations/new", &fields).await;
    page.expect(303);
    let id = number_after(page.location(), "/simulations/");
    let code = app
        .opt_text(&format!("SELECT join_code FROM sim_games WHERE id = {id}"))
        .await
        .expect("code");
    (id, code)
}

/// A student joins team `team` with the code.
async fn join(b: &Browser, code: &str, team: i64) {
    let team = team.to_string();
    b.post("/simulations/join", &[("code", code), ("team", &team)])
        .await
        .expect(303);
}

/// The decision form as the page pre-fills it.
async fn form_of(b: &Browser, game: i64, team: i64) -> Vec<(String, String)> {
    let path = format!("/simulations/{game}/teams/{team}/decisions");
    let form = b.get(&path).await;
    form.expect(200);
    form.form_fields(&path)
}

/// Posts decision-form `fields` with `changes` applied, pressing `action`, to team `team`.
async fn submit(
    b: &Browser,
    game: i64,
    team: i64,
    fields: &[(String, String)],
    changes: &[(&str, &str)],
    action: &str,
) -> Page {
    let path = format!("/simulations/{game}/teams/{team}/decisions");
    let mut fields = fields.to_vec();
    for (k, v) in changes {
        fields.retain(|(name, _)| name != k);
        fields.push(((*k).to_string(), (*v).to_string()));
    }
    fields.retain(|(name, _)| name != "action" && name != "csrf");
    fields.push(("action".into(), action.into()));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(&path, &borrowed).await
}

/// The decision form as the page pre-fills it, with `changes` applied, submitted with `action`.
/// Incidents drawn for the team in earlier rounds are answered (with the first response) unless
/// `changes` answer them: they come from a random stream, and a test about something else must
/// not trip over them.
async fn decide(b: &Browser, game: i64, team: i64, changes: &[(&str, &str)], action: &str) -> Page {
    let path = format!("/simulations/{game}/teams/{team}/decisions");
    let page = b.get(&path).await;
    page.expect(200);
    let mut fields = page.form_fields(&path);
    let mut answers = Vec::new();
    while let Some(id) = pending_incident_after(&page, &answers) {
        let response = format!("incident.{id}.response");
        let first = radio_values(&page, &response).remove(0);
        answers.push((response, first));
        answers.push((
            format!("incident.{id}.justification"),
            "It keeps our customers and costs little.".to_string(),
        ));
    }
    for (k, v) in answers {
        if !changes.iter().any(|(name, _)| *name == k) {
            fields.retain(|(name, _)| *name != k);
            fields.push((k, v));
        }
    }
    submit(b, game, team, &fields, changes, action).await
}

/// The decision form as the page pre-fills it (incidents left unanswered), with `changes`
/// applied, submitted with `action`.
async fn decide_as_shown(
    b: &Browser,
    game: i64,
    team: i64,
    changes: &[(&str, &str)],
    action: &str,
) -> Page {
    let fields = form_of(b, game, team).await;
    submit(b, game, team, &fields, changes, action).await
}

/// Plays the current round as the teacher, with the version the overview shows.
async fn play(teacher: &Browser, game: i64) -> Page {
    let overview = teacher.get(&format!("/simulations/{game}")).await;
    overview.expect(200);
    let version = overview
        .form(&format!("/simulations/{game}/rounds"))
        .input_value("version")
        .expect("version");
    teacher
        .post(
            &format!("/simulations/{game}/rounds"),
            &[("version", &version)],
        )
        .await
}

async fn round_no(app: &TestApp, game: i64) -> i64 {
    app.count(&format!("SELECT round_no FROM sim_games WHERE id = {game}"))
        .await
}

/// What a refused submission must leave as it was: the decisions stored (each team's, whole)
/// and the game's version.
async fn stored(app: &TestApp, game: i64) -> (i64, i64, Vec<Option<String>>) {
    let count = app
        .count(&format!(
            "SELECT COUNT(*) FROM sim_decisions WHERE game_id = {game}"
        ))
        .await;
    let version = app
        .count(&format!("SELECT version FROM sim_games WHERE id = {game}"))
        .await;
    let mut rows = Vec::new();
    for team in 0..2 {
        rows.push(
            app.opt_text(&format!(
                "SELECT decisions_json || '@' || CAST(submitted_at AS TEXT) FROM sim_decisions \
                 WHERE game_id = {game} AND team_no = {team} ORDER BY round_no DESC"
            ))
            .await,
        );
    }
    (count, version, rows)
}

/// The id of the first incident the decision form asks an answer for.
fn pending_incident(page: &Page) -> Option<u64> {
    pending_incident_after(page, &[])
}

/// The id of the first incident on the decision form not yet among `answers`.
fn pending_incident_after(page: &Page, answers: &[(String, String)]) -> Option<u64> {
    let marker = "name=\"incident.";
    page.body.match_indices(marker).find_map(|(at, _)| {
        let id: u64 = page.body[at + marker.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .ok()?;
        let answered = answers
            .iter()
            .any(|(k, _)| *k == format!("incident.{id}.response"));
        (!answered).then_some(id)
    })
}

/// Waits (up to 15 s) until `sql` counts `expected`.
async fn wait_for_count(app: &TestApp, sql: &str, expected: i64) {
    for _ in 0..150 {
        if app.count(sql).await == expected {
            return;
        }
        app.state.jobs_wakeup.notify_one();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{sql} never came to {expected}");
}

/// A teacher starts a game, two students join a team each with the code, a preview stores
/// nothing and a submission is stored, three rounds are played (a second click on a stale form
/// plays nothing), and the game ends with dashboards, reports, the debrief, the CSV and the
/// students' competence summaries on their profiles.
async fn a_class_plays_a_game_from_start_to_debrief(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    let overview = teacher.get(&format!("/simulations/{game}")).await;
    overview.expect(200);
    assert!(overview.contains(&code));
    assert!(overview.contains("Sourdough Stars"));

    // Students join with the code, each in a team.
    let join = ana
        .get(&format!("/simulations/join?code={}", code.to_lowercase()))
        .await;
    join.expect(200);
    ana.post("/simulations/join", &[("code", &code), ("team", "0")])
        .await
        .expect(303);
    ben.post("/simulations/join", &[("code", &code), ("team", "1")])
        .await
        .expect(303);

    // A preview changes nothing; a submission is stored.
    let preview = decide(&ana, game, 0, &[("training_cents", "200")], "preview").await;
    preview.expect(200);
    assert!(preview.contains("id=\"preview-title\""));
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_decisions").await, 0);
    decide(&ana, game, 0, &[("training_cents", "200")], "submit")
        .await
        .expect(303);
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_decisions").await, 1);

    // Ben may not decide for Ana's team, nor see it.
    let path = format!("/simulations/{game}/teams/0/decisions");
    ben.get(&path).await.expect(404);

    // The teacher plays three rounds; the second click on a stale form plays nothing.
    for round in 0..3 {
        let overview = teacher.get(&format!("/simulations/{game}")).await;
        let version = overview
            .form(&format!("/simulations/{game}/rounds"))
            .input_value("version")
            .expect("version");
        teacher
            .post(
                &format!("/simulations/{game}/rounds"),
                &[("version", &version)],
            )
            .await
            .expect(303);
        if round == 0 {
            teacher
                .post(
                    &format!("/simulations/{game}/rounds"),
                    &[("version", &version)],
                )
                .await
                .expect(409);
        }
    }
    assert_eq!(
        app.opt_text(&format!("SELECT status FROM sim_games WHERE id = {game}"))
            .await
            .as_deref(),
        Some("finished")
    );
    let dashboard = ana.get(&format!("/simulations/{game}/teams/0")).await;
    dashboard.expect(200);
    assert!(dashboard.contains("<svg"));
    ana.get(&format!("/simulations/{game}/teams/0/rounds/3"))
        .await
        .expect(200);
    let debrief = teacher.get(&format!("/simulations/{game}/debrief")).await;
    debrief.expect(200);
    assert!(debrief.contains("Croissant Crew"));
    let csv = teacher
        .get(&format!("/simulations/{game}/results.csv"))
        .await;
    csv.expect(200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    ana.get(&format!("/simulations/{game}/debrief"))
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_competences").await, 2);
    let ana_id = app
        .opt_i64("SELECT id FROM users WHERE email = 'ana@example.org'")
        .await
        .expect("ana");
    let profile = ana.get(&format!("/people/{ana_id}")).await;
    assert!(profile.contains("id=\"sim-competences-h\""));
}

/// Each kind of bad number on the decision form comes back 422 with exactly what was typed in
/// its input and the problem (with the allowed bounds where there are some) named at that input
/// only; neither a submission nor a preview stores anything or touches the game, and the
/// decisions submitted earlier stay as they were.
async fn bad_decisions_come_back_with_the_input_kept_and_nothing_stored(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    join(&ana, &code, 0).await;
    decide(&ana, game, 0, &[("training_cents", "200")], "submit")
        .await
        .expect(303);
    let before = stored(&app, game).await;
    assert_eq!(before.0, 1);

    let l = app.localizer("en");
    let bakery = Scenario::builtin("bakery").expect("bakery");
    let sourdough = bakery.product("sourdough").expect("sourdough");
    let (lo, hi) = price_bounds(&bakery, sourdough.base_price_cents);
    let price_message = l.t2(
        "decision_error-price_out_of_range",
        "min",
        money(&l, lo),
        "max",
        money(&l, hi),
    );
    let pool = bakery.labour.pool_size - bakery.start.staff;
    let too_many_hires = (pool + 1).to_string();
    let too_many_let_go = (bakery.start.staff + 1).to_string();
    let cases: Vec<(&str, &str, String)> = vec![
        (
            "products.croissant.volume",
            "ten",
            en(&app, "sim-error-whole-number"),
        ),
        (
            "material_purchases.flour",
            "-3",
            l.t2(
                "decision_error-negative_quantity",
                "min",
                l.number(0),
                "max",
                l.number(bakery.limits.max_material_purchase),
            ),
        ),
        ("products.sourdough.price_cents", "0", price_message.clone()),
        (
            "products.sourdough.price_cents",
            "99999",
            price_message.clone(),
        ),
        ("training_cents", "4.567", en(&app, "sim-error-amount")),
        ("wage_cents", "", en(&app, "sim-error-required")),
        (
            "hire",
            too_many_hires.as_str(),
            l.t2(
                "decision_error-hire_exceeds_labour_pool",
                "min",
                l.number(0),
                "max",
                l.number(i64::from(pool)),
            ),
        ),
        (
            "let_go",
            too_many_let_go.as_str(),
            l.t2(
                "decision_error-let_go_exceeds_staff",
                "min",
                l.number(0),
                "max",
                l.number(i64::from(bakery.start.staff)),
            ),
        ),
    ];
    assert!(price_message.contains(&money(&l, hi)), "{price_message}");
    for action in ["submit", "preview"] {
        for (field, typed, message) in &cases {
            let page = decide(&ana, game, 0, &[(field, typed)], action).await;
            page.expect(422);
            assert_eq!(
                page.input_value(field).as_deref(),
                Some(*typed),
                "{field} = {typed:?} kept"
            );
            assert_eq!(page.error_fields(), [*field], "{field} = {typed:?}");
            assert_eq!(page.field_error(field).as_deref(), Some(message.as_str()));
            assert!(!page.contains("id=\"preview-title\""));
            assert_eq!(stored(&app, game).await, before, "{field} = {typed:?}");
        }
    }

    // Several problems at once are all named, each at its input, and all typed input is kept.
    let page = decide(
        &ana,
        game,
        0,
        &[
            ("products.croissant.volume", "ten"),
            ("training_cents", "4.567"),
            ("marketing_cents.flyers", "lots"),
        ],
        "submit",
    )
    .await;
    page.expect(422);
    let mut named = page.error_fields();
    named.sort();
    assert_eq!(
        named,
        [
            "marketing_cents.flyers",
            "products.croissant.volume",
            "training_cents"
        ]
    );
    assert_eq!(page.input_value("training_cents").as_deref(), Some("4.567"));
    assert_eq!(stored(&app, game).await, before);
}

/// The values of the radio buttons named `name` on a page.
fn radio_values(page: &Page, name: &str) -> Vec<String> {
    let marker = format!("name=\"{name}\" value=\"");
    page.body
        .match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page.body[at + marker.len()..];
            rest[..rest.find('"').unwrap_or(0)].to_string()
        })
        .collect()
}

/// `changes` followed by `more`.
fn plus<'a>(
    changes: &[(&'a str, &'a str)],
    more: &'a [(String, String)],
) -> Vec<(&'a str, &'a str)> {
    let mut all = changes.to_vec();
    all.extend(more.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    all
}

/// An incident waiting for a team must be answered: left unanswered, answered with a response
/// that is not offered or without a justification, the form comes back 422 naming the
/// incident's input, with what was chosen and typed kept and nothing stored. Once answered and
/// played, the justification shows on the team's own dashboard and in the teacher's debrief, and
/// nowhere on the other team's pages.
async fn an_incident_needs_an_answer_and_a_justification_that_other_teams_never_see(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let (game, code) = start_game_with(&app, &teacher, &[("rounds", "36")]).await;
    join(&ana, &code, 0).await;
    join(&ben, &code, 1).await;

    // Incidents come from each company's seeded random stream: play until one waits for one of
    // the two teams (about one round in two; none in 35 rounds is next to impossible).
    let mut found = None;
    'rounds: for _ in 0..35 {
        for (team, b) in [(0, &ana), (1, &ben)] {
            let page = b
                .get(&format!("/simulations/{game}/teams/{team}/decisions"))
                .await;
            page.expect(200);
            if let Some(id) = pending_incident(&page) {
                found = Some((team, id));
                break 'rounds;
            }
        }
        play(&teacher, game).await.expect(303);
    }
    let (team, incident) = found.expect("an incident within 35 rounds");
    let (mine, other, other_team) = if team == 0 {
        (&ana, &ben, 1)
    } else {
        (&ben, &ana, 0)
    };
    let dashboard = mine.get(&format!("/simulations/{game}/teams/{team}")).await;
    assert!(dashboard.shows(&en(&app, "sim-pending-incidents")));
    let response = format!("incident.{incident}.response");
    let justification = format!("incident.{incident}.justification");
    let page = mine
        .get(&format!("/simulations/{game}/teams/{team}/decisions"))
        .await;
    let options = radio_values(&page, &response);
    assert!(options.len() >= 2, "{options:?}");
    // Any other incident waiting at the same time is answered in every submission below.
    let mut others: Vec<(String, String)> = vec![(response.clone(), String::new())];
    while let Some(id) = pending_incident_after(&page, &others) {
        let other_response = format!("incident.{id}.response");
        let first = radio_values(&page, &other_response).remove(0);
        others.push((other_response, first));
        others.push((
            format!("incident.{id}.justification"),
            "Another reason.".into(),
        ));
    }
    others.remove(0);
    let before = stored(&app, game).await;

    // Left unanswered.
    for action in ["submit", "preview"] {
        let page = decide_as_shown(mine, game, team, &plus(&[], &others), action).await;
        page.expect(422);
        assert_eq!(page.error_fields(), [response.as_str()]);
        assert_eq!(
            page.field_error(&response),
            Some(en(&app, "decision_error-incident_response_missing"))
        );
        assert_eq!(stored(&app, game).await, before);
    }
    // A response but an empty justification: both kept.
    let page = decide_as_shown(
        mine,
        game,
        team,
        &plus(
            &[(&response, &options[1]), (&justification, "   ")],
            &others,
        ),
        "submit",
    )
    .await;
    page.expect(422);
    assert_eq!(page.error_fields(), [justification.as_str()]);
    assert_eq!(
        page.field_error(&justification),
        Some(en(&app, "decision_error-justification_empty"))
    );
    assert_eq!(page.selected(&response), [options[1].clone()]);
    assert_eq!(page.textarea_value(&justification).as_deref(), Some("   "));
    // A response that is not offered: the justification typed is kept.
    let page = decide_as_shown(
        mine,
        game,
        team,
        &plus(
            &[(&response, "shrug"), (&justification, "Because we can.")],
            &others,
        ),
        "submit",
    )
    .await;
    page.expect(422);
    assert_eq!(page.error_fields(), [response.as_str()]);
    assert_eq!(
        page.field_error(&response),
        Some(en(&app, "decision_error-unknown_response"))
    );
    assert_eq!(
        page.textarea_value(&justification).as_deref(),
        Some("Because we can.")
    );
    assert_eq!(stored(&app, game).await, before);

    // Answered properly.
    let secret = "We phoned the Mulino Bianchi mill ourselves & asked for <two> sacks";
    decide_as_shown(
        mine,
        game,
        team,
        &plus(
            &[
                (&response, &options[1]),
                (&justification, secret),
                ("products.sourdough.price_cents", "4.73"),
            ],
            &others,
        ),
        "submit",
    )
    .await
    .expect(303);
    assert_eq!(stored(&app, game).await.0, before.0 + 1);
    let again = mine
        .get(&format!("/simulations/{game}/teams/{team}/decisions"))
        .await;
    assert_eq!(
        again.textarea_value(&justification).as_deref(),
        Some(secret)
    );
    assert_eq!(again.selected(&response), [options[1].clone()]);

    // The other team sees none of it before the round is played...
    let other_pages = |round: i64| {
        [
            format!("/simulations/{game}/teams/{other_team}"),
            format!("/simulations/{game}/teams/{other_team}/decisions"),
            format!("/simulations/{game}/teams/{other_team}/rounds/{round}"),
        ]
    };
    let round = round_no(&app, game).await;
    for path in other_pages(round) {
        let page = other.visit(&path).await;
        assert!(!page.shows(secret), "{path}");
        assert!(!page.contains("Mulino"), "{path}");
    }
    let other_dashboard = other
        .get(&format!("/simulations/{game}/teams/{other_team}"))
        .await;
    assert!(other_dashboard.shows(&en(&app, "sim-not-submitted")));
    let other_form = other
        .get(&format!("/simulations/{game}/teams/{other_team}/decisions"))
        .await;
    assert_ne!(
        other_form
            .input_value("products.sourdough.price_cents")
            .as_deref(),
        Some("4.73")
    );

    // ...nor after: the team and the teacher do.
    play(&teacher, game).await.expect(303);
    let round = round_no(&app, game).await;
    let own = mine.get(&format!("/simulations/{game}/teams/{team}")).await;
    own.expect(200);
    assert!(own.shows(secret));
    assert!(!own.contains("<two>"));
    for path in other_pages(round) {
        let page = other.get(&path).await;
        page.expect(200);
        assert!(!page.shows(secret), "{path}");
        assert!(!page.contains("Mulino"), "{path}");
    }
    let debrief = teacher.get(&format!("/simulations/{game}/debrief")).await;
    debrief.expect(200);
    assert!(debrief.shows(secret));
    let seen = teacher
        .get(&format!("/simulations/{game}/teams/{team}"))
        .await;
    assert!(seen.shows(secret));
}

/// With a round length the game has a deadline and a queued job. After the deadline a
/// submission comes back 409 with the input kept and nothing stored, while a preview still
/// works; the job then plays the round with the decisions submitted in time (the team that
/// submitted nothing keeps its choices) and queues the next deadline; a job for a round that
/// was already played plays nothing.
async fn a_decision_after_the_deadline_is_refused_and_the_deadline_job_plays_the_round(
    app: TestApp,
) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let (game, code) = start_game_with(&app, &teacher, &[("round_minutes", "60")]).await;
    join(&ana, &code, 0).await;
    join(&ben, &code, 1).await;
    let now = chrono::Utc::now().timestamp_millis();
    let deadline = app
        .opt_i64(&format!(
            "SELECT deadline_at FROM sim_games WHERE id = {game}"
        ))
        .await
        .expect("a deadline");
    assert!(deadline > now + 50 * 60_000, "about an hour from now");
    let job_for = |round: i64, status: &str| {
        format!(
            "SELECT COUNT(*) FROM jobs WHERE kind = 'sim-deadline' AND status = '{status}' \
             AND payload = '{{\"game\":{game},\"round\":{round}}}'"
        )
    };
    assert_eq!(app.count(&job_for(0, "pending")).await, 1);

    // In time: stored.
    decide(&ana, game, 0, &[("training_cents", "200")], "submit")
        .await
        .expect(303);
    let before = stored(&app, game).await;
    assert_eq!(before.0, 1);

    // Too late: refused, kept, nothing stored; a preview still works.
    app.exec(&format!(
        "UPDATE sim_games SET deadline_at = 1000 WHERE id = {game}"
    ))
    .await;
    let late = decide(&ana, game, 0, &[("training_cents", "300")], "submit").await;
    late.expect(409);
    assert!(late.shows(&en(&app, "sim-error-deadline-passed")));
    assert_eq!(late.input_value("training_cents").as_deref(), Some("300"));
    assert_eq!(stored(&app, game).await, before);
    let preview = decide(&ana, game, 0, &[("training_cents", "300")], "preview").await;
    preview.expect(200);
    assert!(preview.contains("id=\"preview-title\""));
    assert_eq!(stored(&app, game).await, before);

    // The job plays the round when it is due.
    assert_eq!(
        app.exec("UPDATE jobs SET run_at = 0 WHERE kind = 'sim-deadline' AND status = 'pending'")
            .await,
        1
    );
    wait_for_count(
        &app,
        &format!("SELECT round_no FROM sim_games WHERE id = {game}"),
        1,
    )
    .await;
    wait_for_count(&app, &job_for(0, "done"), 1).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_reports WHERE game_id = {game} AND round_no = 0"
        ))
        .await,
        2
    );
    let reused = en(&app, "sim-reused-notice");
    let ana_page = ana.get(&format!("/simulations/{game}/teams/0")).await;
    ana_page.expect(200);
    assert!(!ana_page.shows(&reused), "Ana's decisions were played");
    let ben_page = ben.get(&format!("/simulations/{game}/teams/1")).await;
    assert!(ben_page.shows(&reused), "Ben's team kept its choices");
    let report = app
        .opt_text(&format!(
            "SELECT report_json FROM sim_reports WHERE game_id = {game} AND team_no = 0"
        ))
        .await
        .expect("report");
    let report: serde_json::Value = serde_json::from_str(&report).expect("report JSON");
    assert_eq!(report["decisions_reused"], serde_json::json!(false));

    // The next round has its own deadline and job.
    let next = app
        .opt_i64(&format!(
            "SELECT deadline_at FROM sim_games WHERE id = {game}"
        ))
        .await
        .expect("next deadline");
    assert!(next > now + 50 * 60_000);
    assert_eq!(app.count(&job_for(1, "pending")).await, 1);

    // A job for the round already played plays nothing, even with the deadline past.
    app.exec(&format!(
        "UPDATE sim_games SET deadline_at = 1000 WHERE id = {game}"
    ))
    .await;
    let version = stored(&app, game).await.1;
    app.exec(&format!(
        "INSERT INTO jobs (kind, payload, status, run_at, created_at) \
         VALUES ('sim-deadline', '{{\"game\":{game},\"round\":0}}', 'pending', 0, 0)"
    ))
    .await;
    wait_for_count(&app, &job_for(0, "done"), 2).await;
    assert_eq!(round_no(&app, game).await, 1);
    assert_eq!(stored(&app, game).await.1, version);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_reports WHERE game_id = {game}"
        ))
        .await,
        2
    );
}

/// A form for a round that has been played meanwhile (its hidden round number is stale) is
/// refused with 409, whether submitted or previewed, with the input kept and nothing stored;
/// the form of the new round is accepted.
async fn a_decision_for_a_round_already_played_is_refused(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    join(&ana, &code, 0).await;
    let old_form = form_of(&ana, game, 0).await;
    assert!(old_form.contains(&("round".to_string(), "0".to_string())));
    play(&teacher, game).await.expect(303);
    let before = stored(&app, game).await;
    for action in ["submit", "preview"] {
        let page = submit(
            &ana,
            game,
            0,
            &old_form,
            &[("training_cents", "321")],
            action,
        )
        .await;
        page.expect(409);
        assert!(page.shows(&en(&app, "sim-error-round-moved-on")));
        assert_eq!(page.input_value("training_cents").as_deref(), Some("321"));
        assert!(!page.contains("id=\"preview-title\""));
        assert_eq!(stored(&app, game).await, before);
    }
    // A round number from the future is no better.
    let page = submit(&ana, game, 0, &old_form, &[("round", "2")], "submit").await;
    page.expect(409);
    assert_eq!(stored(&app, game).await, before);

    decide(&ana, game, 0, &[("training_cents", "321")], "submit")
        .await
        .expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_decisions WHERE game_id = {game} AND round_no = 1"
        ))
        .await,
        1
    );
}

/// A student who sends decisions to another team's address is refused with 403
/// `sim_not_your_team` and nothing is stored, and cannot read that team's pages (404); the
/// teacher reads every team but decides for none; a member outside the game gets 404 on every
/// page and action of it; an anonymous visitor is sent to sign in (or gets 401 on a POST).
async fn a_team_decides_only_for_itself_and_outsiders_see_no_game(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let (olga, _) = app
        .signed_in("olga@example.org", "Olga Outsider", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    join(&ana, &code, 0).await;
    join(&ben, &code, 1).await;
    play(&teacher, game).await.expect(303);
    decide(&ana, game, 0, &[("training_cents", "250")], "submit")
        .await
        .expect(303);
    let before = stored(&app, game).await;

    // Ben sends his form to Ana's team.
    let bens = form_of(&ben, game, 1).await;
    for action in ["submit", "preview"] {
        let page = submit(&ben, game, 0, &bens, &[], action).await;
        page.expect(403);
        assert_eq!(page.error_code(), "sim_not_your_team");
        assert!(page.shows(&en(&app, "sim-error-not-your-team")));
        assert_eq!(stored(&app, game).await, before);
    }
    for path in ["", "/decisions", "/rounds/1"] {
        ben.get(&format!("/simulations/{game}/teams/0{path}"))
            .await
            .expect(404);
    }

    // The teacher sees every team but decides for none.
    teacher
        .get(&format!("/simulations/{game}/teams/0"))
        .await
        .expect(200);
    let page = submit(&teacher, game, 0, &bens, &[], "submit").await;
    page.expect(403);
    assert_eq!(page.error_code(), "sim_not_your_team");
    assert_eq!(stored(&app, game).await, before);

    // A member outside the game: no such game.
    for path in [
        "",
        "/teams/0",
        "/teams/0/decisions",
        "/teams/0/rounds/1",
        "/teams/1",
        "/debrief",
        "/results.csv",
    ] {
        let page = olga.get(&format!("/simulations/{game}{path}")).await;
        page.expect(404);
        assert!(!page.contains("Sourdough Stars"), "{path}");
    }
    let ana_remove = format!("/players/{ana_id}/remove");
    let posts: [(&str, Vec<(&str, &str)>); 5] = [
        ("/rounds", vec![("version", "1")]),
        (
            "/players",
            vec![("person", "olga@example.org"), ("team", "0")],
        ),
        (ana_remove.as_str(), vec![]),
        ("/teams/0/comments", vec![("round", "1"), ("body", "Hi")]),
        (
            "/teams/0/decisions",
            vec![("round", "1"), ("action", "submit")],
        ),
    ];
    for (path, fields) in &posts {
        olga.post(&format!("/simulations/{game}{path}"), fields)
            .await
            .expect(404);
    }
    assert_eq!(stored(&app, game).await, before);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_players WHERE game_id = {game}"
        ))
        .await,
        2
    );

    // Anonymous: sign in first.
    let anon = app.browser();
    for path in ["", "/teams/0", "/teams/0/decisions", "/debrief"] {
        let page = anon.get(&format!("/simulations/{game}{path}")).await;
        page.expect(303);
        assert!(page.location().starts_with("/login"), "{path}");
    }
    for (path, fields) in &posts {
        let page = anon
            .post(&format!("/simulations/{game}{path}"), fields)
            .await;
        page.expect(401);
        assert_eq!(page.error_code(), "login_required");
    }
    assert_eq!(stored(&app, game).await, before);

    // Games and teams that are not there.
    ana.get("/simulations/999999").await.expect(404);
    ana.get("/simulations/abc").await.expect(404);
    ana.get(&format!("/simulations/{game}/teams/7"))
        .await
        .expect(404);
    ana.get(&format!("/simulations/{game}/teams/0/rounds/9"))
        .await
        .expect(404);
}

/// Two "play round" clicks sent at the same moment with the same version play the round once:
/// one is answered 303, the other 409 `sim_round_already_played`; the round number moves on by
/// one and each team has exactly one report of that round. Done for every round of a game,
/// the last one included (where the second click may find the game over instead), whose
/// competence summaries are kept once.
async fn two_clicks_at_once_play_one_round(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    join(&ana, &code, 0).await;
    let path = format!("/simulations/{game}/rounds");
    for round in 0..3 {
        let overview = teacher.get(&format!("/simulations/{game}")).await;
        let version = overview
            .form(&path)
            .input_value("version")
            .expect("version");
        let fields = [("version", version.as_str())];
        let (a, b) = tokio::join!(teacher.post(&path, &fields), teacher.post(&path, &fields));
        let mut statuses = [a.status.as_u16(), b.status.as_u16()];
        statuses.sort();
        assert_eq!(
            statuses,
            [303, 409],
            "round {round}: {}\n{}",
            a.body,
            b.body
        );
        let refused = if a.status.as_u16() == 409 { &a } else { &b };
        // The click that comes second on the last round may already find the game over;
        // either way it is told why nothing was played.
        let (code, message) = match refused.error_code() {
            "sim_game_finished" if round == 2 => ("sim_game_finished", "sim-error-game-finished"),
            _ => ("sim_round_already_played", "sim-error-round-already-played"),
        };
        assert_eq!(refused.error_code(), code, "round {round}");
        assert!(refused.shows(&en(&app, message)));
        assert_eq!(round_no(&app, game).await, round + 1);
        assert_eq!(stored(&app, game).await.1, round + 1, "the version");
        for team in 0..2 {
            assert_eq!(
                app.count(&format!(
                    "SELECT COUNT(*) FROM sim_reports WHERE game_id = {game} \
                     AND round_no = {round} AND team_no = {team}"
                ))
                .await,
                1
            );
        }
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_reports WHERE game_id = {game}"
        ))
        .await,
        6
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_competences WHERE game_id = {game}"
        ))
        .await,
        1
    );
}

/// Students may not play rounds, place or remove players, comment, or open the debrief or the
/// CSV (403 `sim_teacher_only`, nothing changed). The teacher cannot join their own game; an
/// unknown code or team is named with the code kept; a code is read however it is typed;
/// joining twice keeps the first team; a finished game refuses joins, decisions and rounds.
async fn only_the_teacher_manages_and_joining_follows_the_rules(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, ben_id) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let (cleo, _) = app
        .signed_in("cleo@example.org", "Cleo Carpenter", SiteRole::Member)
        .await;
    let (game, code) = start_game_with(&app, &teacher, &[("rounds", "1")]).await;
    join(&ana, &code, 0).await;
    let players = format!("SELECT COUNT(*) FROM sim_players WHERE game_id = {game}");
    let team_of = |user: i64| {
        format!("SELECT team_no FROM sim_players WHERE game_id = {game} AND user_id = {user}")
    };

    // Students manage nothing.
    let ana_remove = format!("/players/{ana_id}/remove");
    let posts: [(&str, Vec<(&str, &str)>); 4] = [
        ("/rounds", vec![("version", "0")]),
        (
            "/players",
            vec![("person", "ben@example.org"), ("team", "1")],
        ),
        (ana_remove.as_str(), vec![]),
        (
            "/teams/0/comments",
            vec![("round", "1"), ("body", "Well done")],
        ),
    ];
    for (path, fields) in &posts {
        let page = ana
            .post(&format!("/simulations/{game}{path}"), fields)
            .await;
        page.expect(403);
        assert_eq!(page.error_code(), "sim_teacher_only", "{path}");
        assert!(page.shows(&en(&app, "sim-error-teacher-only")));
    }
    for path in ["/debrief", "/results.csv"] {
        let page = ana.get(&format!("/simulations/{game}{path}")).await;
        page.expect(403);
        assert_eq!(page.error_code(), "sim_teacher_only", "{path}");
    }
    let overview = ana.get(&format!("/simulations/{game}")).await;
    overview.expect(303);
    assert_eq!(overview.location(), format!("/simulations/{game}/teams/0"));
    assert_eq!(round_no(&app, game).await, 0);
    assert_eq!(app.count(&players).await, 1);
    assert_eq!(app.opt_i64(&team_of(ana_id)).await, Some(0));
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_comments").await, 0);

    // The teacher cannot play in their own game.
    let own = en(&app, "sim-error-own-game");
    let page = teacher.get(&format!("/simulations/join?code={code}")).await;
    page.expect(422);
    assert!(page.shows(&own));
    let page = teacher
        .post("/simulations/join", &[("code", &code), ("team", "0")])
        .await;
    page.expect(422);
    assert!(page.shows(&own));
    assert_eq!(app.count(&players).await, 1);

    // An unknown code is named and kept as typed; so is a team that is not there.
    let unknown = en(&app, "sim-error-unknown-code");
    let page = ben.get("/simulations/join?code=zz-top%209").await;
    page.expect(422);
    assert!(page.shows(&unknown));
    assert_eq!(page.input_value("code").as_deref(), Some("zz-top 9"));
    let page = ben
        .post("/simulations/join", &[("code", "ZZTOP9"), ("team", "0")])
        .await;
    page.expect(422);
    assert!(page.shows(&unknown));
    assert_eq!(page.input_value("code").as_deref(), Some("ZZTOP9"));
    let page = ben
        .post("/simulations/join", &[("code", &code), ("team", "7")])
        .await;
    page.expect(422);
    assert!(page.shows(&en(&app, "sim-error-choose-team")));
    assert_eq!(app.count(&players).await, 1);

    // A code typed in lower case with a space in it is the same code.
    let typed = format!("{} {}", &code[..3], &code[3..]).to_lowercase();
    join(&ben, &typed, 1).await;
    assert_eq!(app.opt_i64(&team_of(ben_id)).await, Some(1));

    // Joining again keeps the first team.
    let page = ana
        .post("/simulations/join", &[("code", &code), ("team", "1")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/simulations/{game}/teams/0"));
    assert_eq!(app.opt_i64(&team_of(ana_id)).await, Some(0));
    let page = ana.get(&format!("/simulations/join?code={code}")).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/simulations/{game}/teams/0"));

    // A finished game refuses joins, decisions and rounds.
    let form = form_of(&ana, game, 0).await;
    play(&teacher, game).await.expect(303);
    assert_eq!(
        app.opt_text(&format!("SELECT status FROM sim_games WHERE id = {game}"))
            .await
            .as_deref(),
        Some("finished")
    );
    let finished = en(&app, "sim-error-game-finished");
    let page = cleo.get(&format!("/simulations/join?code={code}")).await;
    page.expect(422);
    assert!(page.shows(&finished));
    let page = cleo
        .post("/simulations/join", &[("code", &code), ("team", "0")])
        .await;
    page.expect(422);
    assert!(page.shows(&finished));
    assert_eq!(app.count(&players).await, 2);
    let before = stored(&app, game).await;
    for changes in [vec![], vec![("round", "1")]] {
        let page = submit(&ana, game, 0, &form, &changes, "submit").await;
        page.expect(409);
        assert_eq!(page.error_code(), "sim_game_finished");
    }
    let page = ana
        .get(&format!("/simulations/{game}/teams/0/decisions"))
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "sim_game_finished");
    let page = teacher
        .post(&format!("/simulations/{game}/rounds"), &[("version", "1")])
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "sim_game_finished");
    let page = teacher
        .post(
            &format!("/simulations/{game}/players"),
            &[("person", "cleo@example.org"), ("team", "0")],
        )
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "sim_game_finished");
    assert_eq!(stored(&app, game).await, before);
    assert_eq!(app.count(&players).await, 2);
}

/// Changes to a valid new-game form, the field they make wrong and the message it shows.
type FormCase<'a> = (Vec<(&'a str, &'a str)>, &'a str, String);

/// The new-game form: everything wrong at once is all listed, in the form's order, with all
/// that was typed kept; then each problem alone (empty title, a team count of 0, 31 or 1 for a
/// competitive game, 37 rounds, more names than teams, a name too long, no trade, an unknown
/// round length) is named at its field. Nothing is ever created, no deadline job queued.
async fn a_new_game_with_bad_input_names_every_problem_and_creates_nothing(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let l = app.localizer("en");
    let choose = en(&app, "sim-error-choose");

    let page = teacher
        .post(
            "/simulations/new",
            &[
                ("title", "  ab "),
                ("scenario", "pizzeria"),
                ("mode", "chaos"),
                ("teams", "many"),
                ("team_names", "First\nSecond"),
                ("rounds", "0"),
                ("round_minutes", "5"),
                ("lang", "xx"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.error_fields(),
        [
            "title",
            "scenario",
            "mode",
            "teams",
            "rounds",
            "round_minutes",
            "lang"
        ]
    );
    assert_eq!(
        page.field_error("title"),
        Some(l.t2("sim-error-length", "min", 3, "max", 120))
    );
    for field in ["scenario", "mode", "round_minutes", "lang"] {
        assert_eq!(page.field_error(field).as_ref(), Some(&choose), "{field}");
    }
    assert_eq!(
        page.field_error("teams"),
        Some(en(&app, "sim-error-whole-number"))
    );
    let rounds_message = l.t2("sim-error-between", "min", 1, "max", 36);
    assert_eq!(page.field_error("rounds").as_ref(), Some(&rounds_message));
    assert_eq!(page.input_value("title").as_deref(), Some("  ab "));
    assert_eq!(page.input_value("teams").as_deref(), Some("many"));
    assert_eq!(page.input_value("rounds").as_deref(), Some("0"));
    assert_eq!(
        page.textarea_value("team_names").as_deref(),
        Some("First\nSecond")
    );
    assert!(page.selected("scenario").is_empty());
    assert!(page.selected("mode").is_empty());

    let teams_message = l.t2("sim-error-between", "min", 1, "max", 30);
    let long_name = "n".repeat(61);
    let cases: Vec<FormCase> = vec![
        (
            vec![("title", "")],
            "title",
            l.t2("sim-error-length", "min", 3, "max", 120),
        ),
        (vec![("teams", "0")], "teams", teams_message.clone()),
        (vec![("teams", "31")], "teams", teams_message.clone()),
        (
            vec![("teams", "1")],
            "teams",
            en(&app, "sim-error-competitive-needs-two"),
        ),
        (vec![("rounds", "37")], "rounds", rounds_message.clone()),
        (
            vec![("team_names", "Alpha\nBeta\nGamma")],
            "team_names",
            l.t1("sim-error-too-many-names", "count", 2),
        ),
        (
            vec![("team_names", long_name.as_str())],
            "team_names",
            l.t1("sim-error-name-length", "max", 60),
        ),
        (vec![("scenario", "")], "scenario", choose.clone()),
        (
            vec![("round_minutes", "90")],
            "round_minutes",
            choose.clone(),
        ),
    ];
    for (changes, field, message) in &cases {
        let mut fields = vec![
            ("title", "Bakery class 3B"),
            ("scenario", "bakery"),
            ("mode", "competitive"),
            ("teams", "2"),
            ("team_names", "Sourdough Stars"),
            ("rounds", "12"),
            ("round_minutes", "1440"),
            ("lang", "en"),
        ];
        for (k, v) in changes {
            fields.retain(|(name, _)| name != k);
            fields.push((k, v));
        }
        let page = teacher.post("/simulations/new", &fields).await;
        page.expect(422);
        assert_eq!(page.error_fields(), [*field], "{changes:?}");
        assert_eq!(
            page.field_error(field).as_ref(),
            Some(message),
            "{changes:?}"
        );
        let value = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        };
        assert_eq!(page.input_value("title"), value("title"));
        assert_eq!(page.input_value("teams"), value("teams"));
        assert_eq!(page.input_value("rounds"), value("rounds"));
        assert_eq!(page.textarea_value("team_names"), value("team_names"));
        assert_eq!(page.selected("mode"), ["competitive"]);
        assert_eq!(page.selected("lang"), ["en"]);
        if *field != "scenario" {
            assert_eq!(page.selected("scenario"), ["bakery"]);
        }
        if *field != "round_minutes" {
            assert_eq!(page.selected("round_minutes"), ["1440"]);
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_games").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_teams").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE kind = 'sim-deadline'")
            .await,
        0
    );

    // The round length offers "by hand" once, as the empty first choice.
    let form = teacher.get("/simulations/new").await;
    form.expect(200);
    let start = form
        .body
        .find("<select id=\"f-round_minutes\"")
        .expect("round length");
    let select = &form.body[start..start + form.body[start..].find("</select>").expect("end")];
    assert_eq!(select.matches("<option value=\"\"").count(), 1, "{select}");
    assert_eq!(
        select
            .matches(&bottega_web::testing::html_escape(&en(
                &app,
                "sim-length-by-hand"
            )))
            .count(),
        1,
        "{select}"
    );
}

/// The teacher puts a student in a team by username, moves them by email address, is told when
/// nobody has that name, and removes them; comments on a team's round show on that team's
/// dashboard and not on the other's; the CSV has a header and one row per team and round, with
/// a team name that a spreadsheet would run as a formula defused.
async fn the_teacher_places_students_comments_and_exports_results(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@example.org", "Ben Baker", SiteRole::Member)
        .await;
    let cleo = app
        .create_user("cleo@example.org", "Cleo Carpenter", SiteRole::Member)
        .await;
    let (game, code) = start_game_with(
        &app,
        &teacher,
        &[("team_names", "Sourdough Stars\n=SUM(A1:A2)")],
    )
    .await;
    join(&ana, &code, 0).await;
    join(&ben, &code, 1).await;
    let players = format!("/simulations/{game}/players");
    let cleo_team =
        format!("SELECT team_no FROM sim_players WHERE game_id = {game} AND user_id = {cleo}");

    // By username, then moved by email address.
    let handle = app
        .opt_text(&format!("SELECT handle FROM users WHERE id = {cleo}"))
        .await
        .expect("handle");
    let at_handle = format!("@{handle}");
    teacher
        .post(&players, &[("person", &at_handle), ("team", "0")])
        .await
        .expect(303);
    assert_eq!(app.opt_i64(&cleo_team).await, Some(0));
    teacher
        .post(&players, &[("person", "Cleo@Example.org"), ("team", "1")])
        .await
        .expect(303);
    assert_eq!(app.opt_i64(&cleo_team).await, Some(1));
    let overview = teacher.get(&format!("/simulations/{game}")).await;
    assert!(overview.contains("Cleo Carpenter"));

    // Nobody by that name; a team that is not there; the teacher themselves.
    for person in ["nobody@example.org", "no-such-handle", ""] {
        let page = teacher
            .post(&players, &[("person", person), ("team", "0")])
            .await;
        page.expect(422);
        assert_eq!(page.error_code(), "sim_unknown_person");
        assert!(page.shows(&en(&app, "sim-error-unknown-person")));
    }
    let page = teacher
        .post(&players, &[("person", "cleo@example.org"), ("team", "9")])
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "sim_unknown_team");
    let page = teacher
        .post(
            &players,
            &[("person", "teacher@example.org"), ("team", "0")],
        )
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "sim_teacher_cannot_play");
    assert_eq!(app.opt_i64(&cleo_team).await, Some(1));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_players WHERE game_id = {game}"
        ))
        .await,
        3
    );

    // Removed, and gone.
    let remove = format!("/simulations/{game}/players/{cleo}/remove");
    teacher.post(&remove, &[]).await.expect(303);
    assert_eq!(app.opt_i64(&cleo_team).await, None);
    teacher.post(&remove, &[]).await.expect(404);

    // Comments on a team's round: its students read them, the other team does not.
    play(&teacher, game).await.expect(303);
    let comments = format!("/simulations/{game}/teams/0/comments");
    let remark = "You threw away a lot of bread: look at the volumes & the demand.";
    let page = teacher
        .post(&comments, &[("round", "1"), ("body", remark)])
        .await;
    page.expect(303);
    assert!(page
        .location()
        .starts_with(&format!("/simulations/{game}/teams/0")));
    let own = ana.get(&format!("/simulations/{game}/teams/0")).await;
    assert!(own.shows(remark));
    let other = ben.get(&format!("/simulations/{game}/teams/1")).await;
    other.expect(200);
    assert!(!other.shows(remark));
    assert!(other.shows(&en(&app, "sim-comments-none")));
    let long = "x".repeat(2001);
    for body in ["   ", long.as_str()] {
        let page = teacher
            .post(&comments, &[("round", "1"), ("body", body)])
            .await;
        page.expect(422);
        assert_eq!(page.error_code(), "sim_comment_length");
    }
    teacher
        .post(&comments, &[("round", "2"), ("body", "Too early")])
        .await
        .expect(400);
    teacher
        .post(
            &format!("/simulations/{game}/teams/5/comments"),
            &[("round", "1"), ("body", "Nobody")],
        )
        .await
        .expect(404);
    assert_eq!(app.count("SELECT COUNT(*) FROM sim_comments").await, 1);

    // The results: a header, one row per team and round, formulas defused.
    play(&teacher, game).await.expect(303);
    let csv = teacher
        .get(&format!("/simulations/{game}/results.csv"))
        .await;
    csv.expect(200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.header("content-disposition").contains("attachment"));
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(
        lines[0].starts_with("team,team_name,computer,round,cash_eur,"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 1 + 2 * 2, "{}", csv.body);
    assert!(
        lines[1].starts_with("1,Sourdough Stars,false,1,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[3].starts_with("2,'=SUM(A1:A2),false,1,"),
        "{}",
        lines[3]
    );
    assert!(
        lines[4].starts_with("2,'=SUM(A1:A2),false,2,"),
        "{}",
        lines[4]
    );
    for line in &lines {
        assert!(
            line.split(',').all(|f| !f.starts_with(['=', '+', '@'])),
            "{line}"
        );
    }
}

/// A solo game of one team: the team page works, computer-run shops are no team anyone opens
/// but compete in the debrief and the CSV; after the last round the student's profile shows
/// their competence summary, to them and to another member.
async fn a_solo_game_against_computer_shops_ends_on_the_students_profile(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (dora, _) = app
        .signed_in("dora@example.org", "Dora Dressmaker", SiteRole::Member)
        .await;
    let (game, code) = start_game_with(
        &app,
        &teacher,
        &[
            ("mode", "solo"),
            ("teams", "1"),
            ("team_names", "Solo Sourdough"),
            ("rounds", "2"),
        ],
    )
    .await;
    join(&ana, &code, 0).await;
    let page = ana.get(&format!("/simulations/{game}/teams/0")).await;
    page.expect(200);
    assert!(page.contains("Solo Sourdough"));
    for path in ["/teams/1", "/teams/1/decisions", "/teams/3"] {
        teacher
            .get(&format!("/simulations/{game}{path}"))
            .await
            .expect(404);
    }
    decide(&ana, game, 0, &[("training_cents", "100")], "submit")
        .await
        .expect(303);
    play(&teacher, game).await.expect(303);
    teacher
        .get(&format!("/simulations/{game}/teams/1/rounds/1"))
        .await
        .expect(404);
    ana.get(&format!("/simulations/{game}/teams/0/rounds/1"))
        .await
        .expect(200);
    play(&teacher, game).await.expect(303);

    let l = app.localizer("en");
    let debrief = teacher.get(&format!("/simulations/{game}/debrief")).await;
    debrief.expect(200);
    assert!(debrief.contains("Solo Sourdough"));
    assert!(debrief.shows(&en(&app, "sim-computer")));
    for n in 1..=3 {
        assert!(
            debrief.shows(&l.t1("sim-computer-team", "number", n)),
            "{n}"
        );
    }
    assert!(debrief.contains("<svg"));
    let csv = teacher
        .get(&format!("/simulations/{game}/results.csv"))
        .await;
    csv.expect(200);
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 4 * 2, "{}", csv.body);
    assert_eq!(lines.iter().filter(|l| l.contains(",true,")).count(), 6);
    let computer_name = l.t1("sim-computer-team", "number", 3);
    assert!(
        lines[8].starts_with(&format!("4,{computer_name},true,2,")),
        "{}",
        lines[8]
    );

    let dashboard = ana.get(&format!("/simulations/{game}/teams/0")).await;
    dashboard.expect(200);
    assert!(dashboard.contains("<svg"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM sim_competences WHERE game_id = {game} AND user_id = {ana_id}"
        ))
        .await,
        1
    );
    for viewer in [&ana, &dora] {
        let profile = viewer.get(&format!("/people/{ana_id}")).await;
        profile.expect(200);
        assert!(profile.contains("id=\"sim-competences-h\""));
        assert!(profile.shows(&en(&app, "sim-profile-title")));
        assert!(profile.contains("Bakery class 3B"));
        assert!(profile.contains("Solo Sourdough"));
    }
}

/// A student submits at the very moment the teacher plays the round. Whatever the order, a
/// submission the student is told was saved is the one the round used; one that came too late
/// is refused and kept out of the next round too. Never "saved" and then ignored.
async fn a_decision_saved_while_the_round_is_played_is_used_or_refused(app: TestApp) {
    let (teacher, _) = app
        .signed_in("teacher@example.org", "Teresa Teacher", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@example.org", "Ana Apprentice", SiteRole::Member)
        .await;
    let (game, code) = start_game(&app, &teacher, "2").await;
    join(&ana, &code, 0).await;
    for round in 0..3 {
        // The form is filled first (a preview keeps any incident answers), so only the post
        // itself races with the round.
        let page = decide(&ana, game, 0, &[], "preview").await;
        page.expect(200);
        let fields = page.form_fields(&format!("/simulations/{game}/teams/0/decisions"));
        let overview = teacher.get(&format!("/simulations/{game}")).await;
        let version = overview
            .form(&format!("/simulations/{game}/rounds"))
            .input_value("version")
            .expect("version");
        let play_path = format!("/simulations/{game}/rounds");
        let play_fields = [("version", version.as_str())];
        let (saved, played) = tokio::join!(
            submit(
                &ana,
                game,
                0,
                &fields,
                &[("training_cents", "150")],
                "submit"
            ),
            teacher.post(&play_path, &play_fields),
        );
        played.expect(303);
        let report = app
            .opt_text(&format!(
                "SELECT report_json FROM sim_reports WHERE game_id = {game} \
                 AND team_no = 0 AND round_no = {round}"
            ))
            .await
            .expect("report");
        let reused = report.contains("\"decisions_reused\":true");
        match saved.status.as_u16() {
            303 => assert!(!reused, "round {round}: saved decisions were not used"),
            409 => {
                assert!(reused, "round {round}: refused, yet decisions were used");
                assert_eq!(
                    app.count(&format!(
                        "SELECT COUNT(*) FROM sim_decisions WHERE game_id = {game} \
                         AND round_no > {round}"
                    ))
                    .await,
                    0,
                    "a refused submission was stored for a later round"
                );
            }
            other => panic!("round {round}: unexpected status {other}\n{}", saved.body),
        }
    }
}
