//! Twinnings over HTTP, on both engines: starting one inside an active partnership (only by an
//! administrator of one of the two organisations, both parties and different, its period inside
//! the partnership's); bad input named, kept and unstored; activities in all four lots with
//! participants and evidence, and progress per lot and in total as the overview shows it; lot
//! states; the coaching log written by both sides; and who may see and do what: outsiders
//! refused with nothing stored, anonymous readers of an active partnership reading only, a
//! partnership that ended making its twinnings read-only, a proposal hiding them.

use bottega_domain::{Country, Language, OrgRole, OrgType, SiteRole};
use bottega_storage::cooperation::partnerships;
use bottega_web::testing::{Browser, Page, TestApp};
use reqwest::multipart::Form;

bottega_web::web_tests!(
    a_twinning_is_started_by_an_admin_of_either_side_and_shown,
    bad_twinning_input_comes_back_named_and_kept_and_nothing_is_stored,
    no_twinning_starts_in_a_proposed_partnership,
    activities_fill_the_four_lots_and_the_overview_shows_progress_and_participants,
    bad_activity_input_is_named_and_kept_and_edits_do_not_overwrite_each_other,
    evidence_is_linked_from_the_toolbox_and_never_reveals_a_resource,
    a_lot_has_a_state_and_a_note,
    the_coaching_log_is_written_by_both_sides,
    outsiders_are_refused_and_nothing_is_stored,
    anonymous_readers_see_the_twinning_but_change_nothing,
    an_ended_partnership_leaves_a_read_only_twinning_and_a_proposal_hides_it,
);

// ---- Helpers -----------------------------------------------------------------------------------

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// A verified member, signed in: `tag@school.example`.
async fn person(app: &TestApp, tag: &str, name: &str) -> (Browser, i64) {
    app.signed_in(&format!("{tag}@school.example"), name, SiteRole::Member)
        .await
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

/// Asserts a refusal: its status, its stable code and the sentence the page explains it with.
#[track_caller]
fn refused(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code, "{}", page.body);
    let text = en(app, message);
    assert!(page.shows(&text), "no {text:?} on the page:\n{}", page.body);
}

/// A day `offset` days from today, as YYYY-MM-DD.
fn day(offset: i64) -> String {
    let today = chrono::Utc::now().date_naive();
    let d = if offset >= 0 {
        today + chrono::Days::new(offset as u64)
    } else {
        today - chrono::Days::new(offset.unsigned_abs())
    };
    d.to_string()
}

/// A YYYY-MM-DD date as pages show it in English.
fn words(app: &TestApp, ymd: &str) -> String {
    let at = chrono::NaiveDate::parse_from_str(ymd, "%Y-%m-%d")
        .expect("a date")
        .and_hms_opt(12, 0, 0)
        .expect("noon")
        .and_utc()
        .timestamp_millis();
    app.localizer("en").date(at)
}

/// The partnership's period: from 400 days ago to 800 days ahead.
const P_START: i64 = -400;
const P_END: i64 = 800;

/// The people and organisations of most tests. A (Italy) and B (Albania) will be twinned; C
/// (Austria) is a third party of the partnership; D (Serbia) is not in it.
struct World {
    /// Administrator of A.
    ana: Browser,
    /// Member of A.
    carla: Browser,
    carla_id: i64,
    /// Administrator of B.
    ben: Browser,
    /// Member of B.
    dino: Browser,
    dino_id: i64,
    /// Administrator of C, a party that is not one of the twinning's sides.
    cleo: Browser,
    /// Administrator of D, outside the partnership.
    olga: Browser,
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    /// The active partnership of A, B and C.
    p: i64,
}

async fn org(app: &TestApp, admin: i64, name: &str, country: Country) -> i64 {
    app.create_org(
        admin,
        name,
        OrgType::VetProvider,
        country,
        &[],
        &[Language::En],
    )
    .await
    .0
}

/// Proposes a partnership from `from` (by its admin `proposer`) to `to`, straight in the
/// database; returns its id. It is proposed until every other party accepts.
async fn propose(app: &TestApp, title: &str, proposer: i64, from: i64, to: &[i64]) -> i64 {
    let (starts, ends) = (day(P_START), day(P_END));
    let mut tx = app.db.db.begin().await.expect("begin");
    let id = partnerships::propose(
        &mut tx,
        &partnerships::Terms {
            title,
            purpose_md: "Quality of work-based learning",
            purpose_html: "<p>Quality of work-based learning</p>",
            commitments_md: "Each school hosts staff",
            commitments_html: "<p>Each school hosts staff</p>",
            lang: "en",
            starts_on: &starts,
            ends_on: &ends,
            themes: &[],
        },
        proposer,
        from,
        to,
    )
    .await
    .expect("propose");
    tx.commit().await.expect("commit");
    id
}

/// `admin` accepts partnership `p` for `org`, straight in the database.
async fn accept(app: &TestApp, p: i64, org: i64, admin: i64) {
    let mut tx = app.db.db.begin().await.expect("begin");
    partnerships::decide(&mut tx, p, org, admin, true, "", "")
        .await
        .expect("decide");
    tx.commit().await.expect("commit");
}

async fn world(app: &TestApp) -> World {
    let (ana, ana_id) = person(app, "ana", "Ana Rossi").await;
    let (carla, carla_id) = person(app, "carla", "Carla Bianchi").await;
    let (ben, ben_id) = person(app, "ben", "Besnik Hoxha").await;
    let (dino, dino_id) = person(app, "dino", "Dino Kola").await;
    let (cleo, cleo_id) = person(app, "cleo", "Cleo Huber").await;
    let (olga, olga_id) = person(app, "olga", "Olga Petrović").await;
    let a = org(app, ana_id, "Istituto Tecnico Galilei", Country::It).await;
    let b = org(app, ben_id, "Shkolla Profesionale Tirana", Country::Al).await;
    let c = org(app, cleo_id, "Berufsschule Graz", Country::At).await;
    let d = org(app, olga_id, "Tehnička škola Niš", Country::Rs).await;
    app.add_member(a, carla_id, OrgRole::Member).await;
    app.add_member(b, dino_id, OrgRole::Member).await;
    let p = propose(app, "Balkan VET bridge", ana_id, a, &[b, c]).await;
    accept(app, p, b, ben_id).await;
    accept(app, p, c, cleo_id).await;
    assert_eq!(
        app.opt_text(&format!("SELECT status FROM partnerships WHERE id = {p}"))
            .await
            .as_deref(),
        Some("active")
    );
    World {
        ana,
        carla,
        carla_id,
        ben,
        dino,
        dino_id,
        cleo,
        olga,
        a,
        b,
        c,
        d,
        p,
    }
}

/// The fields of a form, valid unless changed.
#[derive(Clone)]
struct Input(Vec<(String, String)>);

impl Input {
    fn twinning(coaching: i64, coached: i64) -> Input {
        Input(Vec::new())
            .set("coaching", &coaching.to_string())
            .set("coached", &coached.to_string())
            .set("title", "Dual training for Tirana")
            .set(
                "description",
                "Coaching on **apprenticeship** contracts with local companies.",
            )
            .set("lang", "en")
            .set("starts_on", &day(-300))
            .set("ends_on", &day(700))
    }

    fn activity(title: &str, starts: i64, ends: i64, status: &str) -> Input {
        Input(Vec::new())
            .set("title", title)
            .set(
                "description",
                "Two days in the workshops.\nA debriefing at the end.",
            )
            .set("starts_on", &day(starts))
            .set("ends_on", &day(ends))
            .set("place", "Bologna")
            .set("status", status)
            .set("lang", "en")
    }

    fn log(held_on: i64, topic: &str) -> Input {
        Input(Vec::new())
            .set("held_on", &day(held_on))
            .set("topic", topic)
            .set("agreed", "Two **placements** in spring.")
            .set("next_steps", "Ana sends the agreement by Friday.")
            .set("lang", "en")
    }

    /// Replaces every value of `name` with `value`.
    fn set(mut self, name: &str, value: &str) -> Input {
        self.0.retain(|(k, _)| k != name);
        self.0.push((name.to_string(), value.to_string()));
        self
    }

    async fn post(&self, b: &Browser, path: &str) -> Page {
        let fields: Vec<(&str, &str)> = self
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        b.post(path, &fields).await
    }
}

/// Starts a twinning through the form; returns its id.
async fn start(b: &Browser, p: i64, input: &Input) -> i64 {
    let page = input
        .post(b, &format!("/partnerships/{p}/twinnings/new"))
        .await;
    page.expect(303);
    number_after(page.location(), "/twinnings/")
}

/// Adds an activity through the form; returns its id.
async fn add_activity(b: &Browser, t: i64, lot: &str, input: &Input) -> i64 {
    let page = input
        .post(b, &format!("/twinnings/{t}/lots/{lot}/activities/new"))
        .await;
    page.expect(303);
    number_after(page.location(), "/activities/")
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    app.count(sql).await
}

async fn twinnings(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM twinnings").await
}

async fn activities(app: &TestApp, t: i64) -> i64 {
    count(
        app,
        &format!("SELECT COUNT(*) FROM tw_activities WHERE twinning_id = {t}"),
    )
    .await
}

async fn log_entries(app: &TestApp, t: i64) -> i64 {
    count(
        app,
        &format!("SELECT COUNT(*) FROM tw_log_entries WHERE twinning_id = {t}"),
    )
    .await
}

async fn headcount(app: &TestApp, activity: i64, category: &str) -> Option<i64> {
    app.opt_i64(&format!(
        "SELECT headcount FROM tw_participants WHERE activity_id = {activity} \
         AND category = '{category}'"
    ))
    .await
}

/// Deposits a link resource in the toolbox; returns its id.
async fn deposit(b: &Browser, title: &str, visibility: &str, org: Option<i64>) -> i64 {
    let mut form = Form::new()
        .text("title", title.to_string())
        .text("rtype", "link")
        .text("url", "https://tools.example/report")
        .text("description", "What the activity left behind.")
        .text("lang", "en")
        .text("licence", "cc-by")
        .text("visibility", visibility.to_string());
    if let Some(org) = org {
        form = form.text("org", org.to_string());
    }
    let page = b.multipart("/resources/new", form).await;
    page.expect(303);
    number_after(page.location(), "/resources/")
}

/// Links evidence through the form of an activity's page (`path` is the form's action).
async fn link(b: &Browser, path: &str, typed: &str) -> Page {
    b.post(path, &[("resource", typed)]).await
}

/// The progress bar of `id` on a page: (value, max).
fn progress_bar(page: &Page, id: &str) -> Option<(i64, i64)> {
    let marker = format!("<progress id=\"{id}\" max=\"");
    let at = page.body.find(&marker)?;
    let rest = &page.body[at..];
    Some((number_after(rest, "value=\""), number_after(rest, "max=\"")))
}

/// The progress figure in words, as the overview writes it.
fn progress_words(app: &TestApp, done: i64, counted: i64) -> String {
    let mut args = bottega_i18n::FluentArgs::new();
    args.set("done", done);
    args.set("counted", counted);
    args.set(
        "percent",
        if counted == 0 {
            0
        } else {
            done * 100 / counted
        },
    );
    app.localizer("en").t_args("tw-progress-words", Some(&args))
}

/// The row of a category in a participants table: (took part, expected).
fn participants_row(page: &Page, label: &str) -> (String, String) {
    let marker = format!("<tr><th scope=\"row\">{label}</th><td>");
    let at = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no row {label}:\n{}", page.body))
        + marker.len();
    let rest = &page.body[at..];
    let first = &rest[..rest.find("</td>").unwrap_or(0)];
    let rest = &rest[rest.find("<td>").map(|i| i + 4).unwrap_or(0)..];
    let second = &rest[..rest.find("</td>").unwrap_or(0)];
    (first.to_string(), second.to_string())
}

// ---- Starting a twinning -----------------------------------------------------------------------

async fn a_twinning_is_started_by_an_admin_of_either_side_and_shown(app: TestApp) {
    let w = world(&app).await;
    let anon = app.browser();

    // Nobody has started one yet; the list says so, and offers to start one only to admins.
    let list = anon.get(&format!("/partnerships/{}/twinnings", w.p)).await;
    list.expect(200);
    assert!(list.shows(&en(&app, "tw-list-none")));
    assert!(!list.contains(&format!("/partnerships/{}/twinnings/new", w.p)));
    let list = w
        .carla
        .get(&format!("/partnerships/{}/twinnings", w.p))
        .await;
    assert!(!list.contains(&format!("/partnerships/{}/twinnings/new", w.p)));
    let list = w.ana.get(&format!("/partnerships/{}/twinnings", w.p)).await;
    assert!(list.contains(&format!("href=\"/partnerships/{}/twinnings/new\"", w.p)));

    // The form offers the three parties, with their country, and never D.
    let form = w
        .ana
        .get(&format!("/partnerships/{}/twinnings/new", w.p))
        .await;
    form.expect(200);
    for name in [
        "Istituto Tecnico Galilei (Italy)",
        "Shkolla Profesionale Tirana (Albania)",
        "Berufsschule Graz (Austria)",
    ] {
        assert!(form.shows(name), "{name}");
    }
    assert!(!form.shows("Tehnička škola Niš"));
    assert_eq!(form.selected("coaching"), vec![w.a.to_string()]);

    // Ana, admin of A, starts a twinning of A coaching B.
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    assert_eq!(
        app.opt_text(&format!(
            "SELECT coaching_org_id || '/' || coached_org_id || '/' || partnership_id || '/' || \
             created_by FROM twinnings WHERE id = {t}"
        ))
        .await,
        Some(format!(
            "{}/{}/{}/{}",
            w.a,
            w.b,
            w.p,
            app.opt_i64("SELECT id FROM users WHERE email = 'ana@school.example'")
                .await
                .expect("ana")
        ))
    );
    let html = app
        .opt_text(&format!(
            "SELECT description_html FROM twinnings WHERE id = {t}"
        ))
        .await
        .expect("html");
    assert!(html.contains("<strong>apprenticeship</strong>"), "{html}");
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM tw_lots WHERE twinning_id = {t} AND status = 'not-started'"
            )
        )
        .await,
        4
    );
    for lot in ["staff-mobility", "events", "student-mobility", "networking"] {
        assert_eq!(
            count(
                &app,
                &format!("SELECT COUNT(*) FROM tw_lots WHERE twinning_id = {t} AND lot = '{lot}'")
            )
            .await,
            1,
            "{lot}"
        );
    }
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'twinning.create' AND target_id = {t}"
            )
        )
        .await,
        1
    );

    // The overview, for anyone: the two institutions with their countries, the period, the
    // four lots with nothing planned yet, the way back to the partnership.
    let page = anon.visit(&format!("/twinnings/{t}")).await;
    page.expect(200);
    assert!(page.shows("Dual training for Tirana"));
    assert!(page.shows("Istituto Tecnico Galilei") && page.shows("(Italy)"));
    assert!(page.shows("Shkolla Profesionale Tirana") && page.shows("(Albania)"));
    assert!(page.shows(&words(&app, &day(-300))) && page.shows(&words(&app, &day(700))));
    assert!(page.contains("<strong>apprenticeship</strong>"));
    for id in [
        "twinning-lot-staff-mobility",
        "twinning-lot-events",
        "twinning-lot-student-mobility",
        "twinning-lot-networking",
    ] {
        assert!(page.shows(&en(&app, id)), "{id}");
    }
    assert_eq!(
        page.body.matches(&en(&app, "tw-progress-none")).count(),
        5,
        "four lots and the total"
    );
    assert!(page.contains(&format!("href=\"/partnerships/{}\"", w.p)));
    let flash = w.ana.visit(&format!("/twinnings/{t}")).await;
    assert!(flash.contains(&format!("href=\"/twinnings/{t}/edit\"")));

    // Ben, admin of B, starts another with C coaching B; the list shows both.
    let t2 = start(
        &w.ben,
        w.p,
        &Input::twinning(w.c, w.b).set("title", "Digital skills with Graz"),
    )
    .await;
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT coaching_org_id FROM twinnings WHERE id = {t2}"
        ))
        .await,
        Some(w.c)
    );
    let list = anon.get(&format!("/partnerships/{}/twinnings", w.p)).await;
    assert!(list.contains(&format!("href=\"/twinnings/{t}\"")));
    assert!(list.contains(&format!("href=\"/twinnings/{t2}\"")));
    assert!(list.shows("Coaching institution: Berufsschule Graz (Austria)"));

    // Editing: an admin of either side changes the name and period; the sides stay.
    let page = w.ben.get(&format!("/twinnings/{t}/edit")).await;
    page.expect(200);
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Dual training for Tirana")
    );
    Input::twinning(w.c, w.d)
        .set("title", "Dual training for Tirana and Durrës")
        .post(&w.ben, &format!("/twinnings/{t}/edit"))
        .await
        .expect(303);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT title || '/' || coaching_org_id || '/' || coached_org_id FROM twinnings \
             WHERE id = {t}"
        ))
        .await,
        Some(format!(
            "Dual training for Tirana and Durrës/{}/{}",
            w.a, w.b
        ))
    );
    // A member who is not an admin may not edit it.
    let page = w.carla.get(&format!("/twinnings/{t}/edit")).await;
    refused(
        &app,
        &page,
        403,
        "twinning_admins_only",
        "tw-error-admins-only",
    );
    let page = Input::twinning(w.a, w.b)
        .set("title", "Carla's name")
        .post(&w.carla, &format!("/twinnings/{t}/edit"))
        .await;
    refused(
        &app,
        &page,
        403,
        "twinning_admins_only",
        "tw-error-admins-only",
    );

    // Members who are not admins, and admins of no party, cannot start one.
    for b in [&w.carla, &w.dino, &w.olga] {
        let page = b.get(&format!("/partnerships/{}/twinnings/new", w.p)).await;
        refused(
            &app,
            &page,
            403,
            "twinning_admins_only",
            "tw-error-start-admins-only",
        );
        let page = Input::twinning(w.a, w.b)
            .post(b, &format!("/partnerships/{}/twinnings/new", w.p))
            .await;
        refused(
            &app,
            &page,
            403,
            "twinning_admins_only",
            "tw-error-start-admins-only",
        );
    }
    assert_eq!(twinnings(&app).await, 2);
    app.browser()
        .get(&format!("/partnerships/{}/twinnings/new", w.p))
        .await
        .expect(303);
    anon.get("/partnerships/999999/twinnings").await.expect(404);
    anon.get("/twinnings/999999").await.expect(404);
    anon.get("/twinnings/nothing").await.expect(404);
}

async fn bad_twinning_input_comes_back_named_and_kept_and_nothing_is_stored(app: TestApp) {
    let w = world(&app).await;
    let path = format!("/partnerships/{}/twinnings/new", w.p);
    let good = Input::twinning(w.a, w.b);

    // The end before the start: named at the end, everything typed kept.
    let page = good
        .clone()
        .set("starts_on", &day(10))
        .set("ends_on", &day(5))
        .post(&w.ana, &path)
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["ends_on"]);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "tw-error-ends-before-start").as_str())
    );
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Dual training for Tirana")
    );
    assert_eq!(page.input_value("starts_on"), Some(day(10)));
    assert_eq!(
        page.textarea_value("description").as_deref(),
        Some("Coaching on **apprenticeship** contracts with local companies.")
    );
    assert_eq!(page.selected("coaching"), vec![w.a.to_string()]);
    assert_eq!(page.selected("coached"), vec![w.b.to_string()]);

    // A period outside the partnership's: explained with the partnership's own period.
    let page = good
        .clone()
        .set("ends_on", &day(P_END + 1))
        .post(&w.ana, &path)
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["ends_on"]);
    let said = page.field_error("ends_on").expect("a problem");
    assert!(
        said.contains(&words(&app, &day(P_START))) && said.contains(&words(&app, &day(P_END))),
        "{said}"
    );
    let page = good
        .clone()
        .set("starts_on", &day(P_START - 1))
        .post(&w.ana, &path)
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["starts_on"]);

    // The same organisation on both sides; an organisation outside the partnership; two
    // organisations Ana does not administer.
    let page = Input::twinning(w.a, w.a).post(&w.ana, &path).await;
    page.expect(422);
    assert_eq!(
        page.field_error("coached").as_deref(),
        Some(en(&app, "tw-error-same-org").as_str())
    );
    let page = Input::twinning(w.a, w.d).post(&w.ana, &path).await;
    page.expect(422);
    assert_eq!(
        page.field_error("coached").as_deref(),
        Some(en(&app, "tw-error-not-party").as_str())
    );
    let page = Input::twinning(w.b, w.c).post(&w.ana, &path).await;
    page.expect(422);
    assert_eq!(
        page.field_error("coaching").as_deref(),
        Some(en(&app, "tw-error-not-your-org").as_str())
    );
    let page = Input::twinning(w.a, w.b)
        .set("coached", "")
        .set("coaching", "x")
        .post(&w.ana, &path)
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["coaching", "coached"]);

    // Missing and impossible values, each named at its field.
    let page = good
        .clone()
        .set("title", "  ")
        .set("lang", "klingon")
        .set("starts_on", "2026-02-30")
        .set("description", &"x".repeat(20_001))
        .post(&w.ana, &path)
        .await;
    page.expect(422);
    for field in ["title", "description", "lang", "starts_on"] {
        assert!(
            page.field_error(field).is_some(),
            "{field}: {:?}",
            page.error_fields()
        );
    }
    assert_eq!(twinnings(&app).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM tw_lots").await, 0);
}

async fn no_twinning_starts_in_a_proposed_partnership(app: TestApp) {
    let w = world(&app).await;
    let ana_id = app
        .opt_i64("SELECT id FROM users WHERE email = 'ana@school.example'")
        .await
        .expect("ana");
    // A proposal of A to B that B has not answered.
    let q = propose(&app, "Still a proposal", ana_id, w.a, &[w.b]).await;
    let page = w.ana.get(&format!("/partnerships/{q}/twinnings/new")).await;
    refused(
        &app,
        &page,
        409,
        "twinning_partnership_not_active",
        "tw-error-partnership-not-active",
    );
    let page = Input::twinning(w.a, w.b)
        .post(&w.ana, &format!("/partnerships/{q}/twinnings/new"))
        .await;
    refused(
        &app,
        &page,
        409,
        "twinning_partnership_not_active",
        "tw-error-partnership-not-active",
    );
    assert_eq!(twinnings(&app).await, 0);

    // Its organisations read its (empty) list of twinnings; nobody else learns it exists.
    let list = w.ana.get(&format!("/partnerships/{q}/twinnings")).await;
    list.expect(200);
    assert!(list.shows(&en(&app, "tw-list-not-active")));
    assert!(!list.contains(&format!("/partnerships/{q}/twinnings/new")));
    w.dino
        .get(&format!("/partnerships/{q}/twinnings"))
        .await
        .expect(200);
    w.cleo
        .get(&format!("/partnerships/{q}/twinnings"))
        .await
        .expect(404);
    w.olga
        .get(&format!("/partnerships/{q}/twinnings/new"))
        .await
        .expect(404);
    let page = app
        .browser()
        .get(&format!("/partnerships/{q}/twinnings"))
        .await;
    page.expect(303);
    assert!(page.location().starts_with("/login"), "{}", page.location());
    // Site staff read it.
    let (admin, _) = app
        .signed_in("root@bottega.example", "Site Admin", SiteRole::Admin)
        .await;
    admin
        .get(&format!("/partnerships/{q}/twinnings"))
        .await
        .expect(200);
}

// ---- The plan: activities, participants, progress ----------------------------------------------

async fn activities_fill_the_four_lots_and_the_overview_shows_progress_and_participants(
    app: TestApp,
) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;

    // Both sides add activities in all four lots.
    let shadowing = add_activity(
        &w.carla,
        t,
        "staff-mobility",
        &Input::activity("Job shadowing in Bologna", -60, -56, "done")
            .set("hc-vet-teachers", "6")
            .set("hc-school-leaders", "2"),
    )
    .await;
    let second_visit = add_activity(
        &w.dino,
        t,
        "staff-mobility",
        &Input::activity("Second staff visit", 30, 34, "planned").set("hc-vet-teachers", "4"),
    )
    .await;
    let conference = add_activity(
        &w.dino,
        t,
        "events",
        &Input::activity("Conference on dual VET", -20, -20, "done")
            .set("place", "Tirana")
            .set("lang", "sq")
            .set("hc-vet-teachers", "30")
            .set("hc-employers", "10"),
    )
    .await;
    let fair = add_activity(
        &w.carla,
        t,
        "events",
        &Input::activity("Company fair", 10, 10, "cancelled").set("hc-employers", "5"),
    )
    .await;
    let pilot = add_activity(
        &w.carla,
        t,
        "student-mobility",
        &Input::activity("Pilot mobility of 12 learners", 60, 80, "planned")
            .set("hc-learners", "12"),
    )
    .await;
    let network = add_activity(
        &w.ana,
        t,
        "networking",
        &Input::activity("Network of dual-VET schools", -10, -5, "done")
            .set("hc-school-leaders", "3"),
    )
    .await;
    assert_eq!(activities(&app, t).await, 6);

    // Stored as typed: lot, state, who added it, each headcount (none for empty categories).
    assert_eq!(
        app.opt_text(&format!(
            "SELECT lot || '/' || status || '/' || place || '/' || lang FROM tw_activities \
             WHERE id = {conference}"
        ))
        .await
        .as_deref(),
        Some("events/done/Tirana/sq")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT created_by FROM tw_activities WHERE id = {shadowing}"
        ))
        .await,
        Some(w.carla_id)
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT created_by FROM tw_activities WHERE id = {second_visit}"
        ))
        .await,
        Some(w.dino_id)
    );
    assert_eq!(headcount(&app, shadowing, "vet-teachers").await, Some(6));
    assert_eq!(headcount(&app, shadowing, "school-leaders").await, Some(2));
    assert_eq!(headcount(&app, shadowing, "learners").await, None);
    assert_eq!(headcount(&app, pilot, "learners").await, Some(12));
    assert_eq!(headcount(&app, fair, "employers").await, Some(5));
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM tw_participants WHERE activity_id = {network}")
        )
        .await,
        1
    );

    // The overview: progress per lot (cancelled activities do not count) and in total.
    let page = app.browser().get(&format!("/twinnings/{t}")).await;
    page.expect(200);
    let expected = [
        ("staff-mobility", 1, 2),
        ("events", 1, 1),
        ("student-mobility", 0, 1),
        ("networking", 1, 1),
    ];
    for (lot, done, counted) in expected {
        assert_eq!(
            progress_bar(&page, &format!("progress-{lot}")),
            Some((done, counted)),
            "{lot}"
        );
        assert!(page.shows(&progress_words(&app, done, counted)), "{lot}");
    }
    assert_eq!(progress_bar(&page, "progress-total"), Some((3, 5)));
    assert!(page.shows(&progress_words(&app, 3, 5)));
    assert!(page.shows("3 of 5 activities done (60 %)"));
    assert!(page.shows("1 of 2 activities done (50 %)"));
    // The counts of the events lot include the cancelled fair.
    assert!(page.shows(&app.localizer("en").t1("tw-count-cancelled", "count", 1)));

    // Participants by category: who took part (done) and who is expected (planned); the
    // cancelled fair's employers count nowhere.
    assert_eq!(
        participants_row(&page, "VET teachers"),
        ("36".into(), "4".into())
    );
    assert_eq!(
        participants_row(&page, "Employers"),
        ("10".into(), "0".into())
    );
    assert_eq!(
        participants_row(&page, "VET learners"),
        ("0".into(), "12".into())
    );
    assert_eq!(
        participants_row(&page, "School leaders"),
        ("5".into(), "0".into())
    );
    assert_eq!(
        participants_row(&page, &en(&app, "tw-participants-total")),
        ("51".into(), "16".into())
    );

    // A lot's page: its activities in date order, each with its state, dates and people.
    let page = w
        .carla
        .get(&format!("/twinnings/{t}/lots/staff-mobility"))
        .await;
    page.expect(200);
    let first = page.body.find("Job shadowing in Bologna").expect("first");
    let second = page.body.find("Second staff visit").expect("second");
    assert!(first < second, "date order");
    assert!(!page.shows("Conference on dual VET"));
    assert!(page.shows(&en(&app, "tw-activity-status-planned")));
    assert!(page.shows(&words(&app, &day(-60))));
    assert_eq!(progress_bar(&page, "progress-lot"), Some((1, 2)));
    assert!(page.contains(&format!(
        "href=\"/twinnings/{t}/lots/staff-mobility/activities/new\""
    )));
    assert_eq!(
        participants_row(&page, "VET teachers"),
        ("6".into(), "4".into())
    );
    // An activity's page.
    let page = w
        .dino
        .get(&format!("/twinnings/{t}/activities/{conference}"))
        .await;
    page.expect(200);
    assert!(page.shows("Conference on dual VET") && page.shows("Tirana"));
    assert!(page.shows("A debriefing at the end."));
    assert!(page.contains(&format!(
        "href=\"/twinnings/{t}/activities/{conference}/edit\""
    )));

    // Marking the pilot done once it has started moves the progress.
    let page = w
        .dino
        .get(&format!("/twinnings/{t}/activities/{network}/edit"))
        .await;
    page.expect(200);
    assert_eq!(page.input_value("hc-school-leaders").as_deref(), Some("3"));
    app.exec(&format!(
        "UPDATE tw_activities SET starts_on = '{}', ends_on = '{}' WHERE id = {pilot}",
        day(-3),
        day(-1)
    ))
    .await;
    let form = w
        .carla
        .get(&format!("/twinnings/{t}/activities/{pilot}/edit"))
        .await;
    let mut fields = form.form_fields(&format!("/twinnings/{t}/activities/{pilot}/edit"));
    for (k, v) in fields.iter_mut() {
        if k == "status" {
            *v = "done".into();
        }
        if k == "hc-learners" {
            *v = "11".into();
        }
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| k != "csrf")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    w.carla
        .post(&format!("/twinnings/{t}/activities/{pilot}/edit"), &fields)
        .await
        .expect(303);
    assert_eq!(headcount(&app, pilot, "learners").await, Some(11));
    let page = app.browser().get(&format!("/twinnings/{t}")).await;
    assert_eq!(
        progress_bar(&page, "progress-student-mobility"),
        Some((1, 1))
    );
    assert_eq!(progress_bar(&page, "progress-total"), Some((4, 5)));

    // Deleting an activity takes its participants with it.
    let page = w
        .dino
        .get(&format!("/twinnings/{t}/activities/{second_visit}/delete"))
        .await;
    page.expect(200);
    w.dino
        .post(
            &format!("/twinnings/{t}/activities/{second_visit}/delete"),
            &[],
        )
        .await
        .expect(303);
    assert_eq!(activities(&app, t).await, 5);
    assert_eq!(headcount(&app, second_visit, "vet-teachers").await, None);
    let page = app.browser().get(&format!("/twinnings/{t}")).await;
    assert_eq!(progress_bar(&page, "progress-total"), Some((4, 4)));
    assert!(page.shows("4 of 4 activities done (100 %)"));

    // An unknown lot, or an activity of another twinning, is not found.
    w.carla
        .get(&format!("/twinnings/{t}/lots/finance"))
        .await
        .expect(404);
    w.carla
        .get(&format!("/twinnings/{t}/lots/finance/activities/new"))
        .await
        .expect(404);
    Input::activity("Lost", -5, -4, "done")
        .post(
            &w.carla,
            &format!("/twinnings/{t}/lots/finance/activities/new"),
        )
        .await
        .expect(404);
    let other = start(&w.ben, w.p, &Input::twinning(w.c, w.b)).await;
    w.carla
        .get(&format!("/twinnings/{other}/activities/{conference}"))
        .await
        .expect(404);
    assert_eq!(activities(&app, t).await, 5);
    assert_eq!(activities(&app, other).await, 0);
}

async fn bad_activity_input_is_named_and_kept_and_edits_do_not_overwrite_each_other(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let path = format!("/twinnings/{t}/lots/events/activities/new");

    // The end before the start, a headcount that is no number, one too large: each named at
    // its own field, everything typed kept, nothing stored.
    let page = Input::activity("Regional conference", 5, 2, "planned")
        .set("hc-learners", "lots")
        .set("hc-employers", "10001")
        .set("hc-mentors", "7")
        .post(&w.carla, &path)
        .await;
    page.expect(422);
    assert_eq!(
        page.error_fields(),
        vec!["ends_on", "hc-learners", "hc-employers"]
    );
    assert!(page
        .field_error("hc-learners")
        .is_some_and(|m| m.starts_with("VET learners")));
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Regional conference")
    );
    assert_eq!(page.input_value("hc-learners").as_deref(), Some("lots"));
    assert_eq!(page.input_value("hc-mentors").as_deref(), Some("7"));
    assert_eq!(page.selected("status"), vec!["planned"]);
    assert!(page.contains("id=\"f-hc-learners\""));

    // Done before it started; no title; an unknown state.
    let page = Input::activity("Future fair", 20, 21, "done")
        .post(&w.carla, &path)
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("status").as_deref(),
        Some(en(&app, "tw-error-done-in-future").as_str())
    );
    let page = Input::activity("", 1, 2, "finished")
        .set("lang", "xx")
        .post(&w.carla, &path)
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title", "status", "lang"]);
    assert_eq!(activities(&app, t).await, 0);

    // Two people edit the same activity: the second save, made on the older version, is
    // refused with what was typed kept; saving again overwrites knowingly.
    let a = add_activity(
        &w.carla,
        t,
        "events",
        &Input::activity("Open day", 3, 3, "planned"),
    )
    .await;
    let edit = format!("/twinnings/{t}/activities/{a}/edit");
    let carla_form = w.carla.get(&edit).await;
    let dino_form = w.dino.get(&edit).await;
    let fill = |page: &Page, title: &str| -> Vec<(String, String)> {
        page.form_fields(&edit)
            .into_iter()
            .filter(|(k, _)| k != "csrf")
            .map(|(k, v)| {
                if k == "title" {
                    (k, title.to_string())
                } else {
                    (k, v)
                }
            })
            .collect()
    };
    let carla_fields = fill(&carla_form, "Open day for parents");
    let refs: Vec<(&str, &str)> = carla_fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    w.carla.post(&edit, &refs).await.expect(303);
    let dino_fields = fill(&dino_form, "Open day for companies");
    let refs: Vec<(&str, &str)> = dino_fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let page = w.dino.post(&edit, &refs).await;
    page.expect(409);
    assert!(page.shows(&en(&app, "tw-activity-conflict")));
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Open day for companies")
    );
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM tw_activities WHERE id = {a}"))
            .await
            .as_deref(),
        Some("Open day for parents")
    );
    let again = fill(&page, "Open day for companies");
    let refs: Vec<(&str, &str)> = again
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    w.dino.post(&edit, &refs).await.expect(303);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM tw_activities WHERE id = {a}"))
            .await
            .as_deref(),
        Some("Open day for companies")
    );
    // A bad edit keeps what was typed and changes nothing.
    let page = Input::activity("Open day", 3, 1, "planned")
        .set("version", "1")
        .post(&w.dino, &edit)
        .await;
    page.expect(422);
    assert!(page.field_error("ends_on").is_some());
    assert_eq!(
        app.opt_text(&format!("SELECT ends_on FROM tw_activities WHERE id = {a}"))
            .await,
        Some(day(3))
    );
}

async fn evidence_is_linked_from_the_toolbox_and_never_reveals_a_resource(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let a = add_activity(
        &w.carla,
        t,
        "staff-mobility",
        &Input::activity("Job shadowing in Bologna", -30, -28, "done").set("hc-vet-teachers", "5"),
    )
    .await;
    let report = deposit(&w.carla, "Report of the job shadowing", "public", None).await;
    let photos = deposit(&w.dino, "Photos of the workshops", "members", None).await;
    let secret = deposit(&w.olga, "Staff timetable of Niš", "organisation", Some(w.d)).await;
    let activity_page = format!("/twinnings/{t}/activities/{a}");
    let evidence = format!("/twinnings/{t}/activities/{a}/evidence");

    // By its address, and by its number: stored with who linked it, shown with title and type.
    let page = link(
        &w.carla,
        &evidence,
        &format!("https://bottega.example/resources/{report}?x=1"),
    )
    .await;
    page.expect(303);
    assert_eq!(page.location(), activity_page);
    link(&w.dino, &evidence, &photos.to_string())
        .await
        .expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT added_by FROM tw_evidence WHERE activity_id = {a} AND resource_id = {report}"
        ))
        .await,
        Some(w.carla_id)
    );
    let page = w.carla.visit(&activity_page).await;
    assert!(page.shows(&en(&app, "flash-tw-evidence-linked")));
    assert!(page.shows("Report of the job shadowing") && page.shows("Photos of the workshops"));
    assert!(page.shows(&en(&app, "resource-type-link")));
    assert!(page.contains(&format!("href=\"/resources/{report}\"")));
    // The lot page lists the evidence too.
    let lot = w
        .carla
        .get(&format!("/twinnings/{t}/lots/staff-mobility"))
        .await;
    assert!(lot.contains(&format!("href=\"/resources/{report}\"")));

    // Anonymous readers see the public report, never the members' photos.
    let page = app.browser().get(&activity_page).await;
    page.expect(200);
    assert!(page.shows("Report of the job shadowing"));
    assert!(!page.shows("Photos of the workshops"));
    assert!(!page.contains(&format!("/resources/{photos}\"")));

    // A resource Carla cannot see, something that is no address, nothing, a number of no
    // resource: each named at the field, the input kept, nothing stored or revealed.
    for typed in [
        format!("/resources/{secret}"),
        "twelve".to_string(),
        "/resources/12abc".to_string(),
        "/resources/999999".to_string(),
        String::new(),
    ] {
        let page = link(&w.carla, &evidence, &typed).await;
        page.expect(422);
        assert!(page.field_error("resource").is_some(), "{typed:?}");
        if !typed.is_empty() {
            assert_eq!(
                page.field_error("resource").as_deref(),
                Some(en(&app, "tw-error-unknown-resource").as_str())
            );
        }
        assert_eq!(page.input_value("resource"), Some(typed.clone()));
        assert!(!page.shows("Staff timetable of Niš"));
    }
    // Linked twice.
    let page = link(&w.dino, &evidence, &report.to_string()).await;
    page.expect(422);
    assert_eq!(
        page.field_error("resource").as_deref(),
        Some(en(&app, "tw-error-already-evidence").as_str())
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM tw_evidence WHERE activity_id = {a}")
        )
        .await,
        2
    );

    // Olga, outside the twinning, links nothing, even what she sees.
    let page = link(&w.olga, &evidence, &secret.to_string()).await;
    refused(
        &app,
        &page,
        403,
        "twinning_sides_only",
        "tw-error-sides-only",
    );

    // Unlinking: the resource stays in the toolbox.
    w.dino
        .post(&format!("{activity_page}/evidence/{report}/unlink"), &[])
        .await
        .expect(303);
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM tw_evidence WHERE activity_id = {a}")
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM resources WHERE id = {report}")
        )
        .await,
        1
    );
    w.dino
        .post(&format!("{activity_page}/evidence/{report}/unlink"), &[])
        .await
        .expect(404);
}

async fn a_lot_has_a_state_and_a_note(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let path = format!("/twinnings/{t}/lots/staff-mobility");
    let page = w.dino.get(&path).await;
    page.expect(200);
    assert_eq!(page.selected("status"), vec!["not-started"]);

    let done = w
        .dino
        .post(
            &path,
            &[
                ("status", "in-progress"),
                ("note", "Visits agreed for autumn."),
            ],
        )
        .await;
    done.expect(303);
    assert_eq!(done.location(), path);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT status || '/' || note FROM tw_lots WHERE twinning_id = {t} \
             AND lot = 'staff-mobility'"
        ))
        .await
        .as_deref(),
        Some("in-progress/Visits agreed for autumn.")
    );
    let page = w.dino.visit(&path).await;
    assert!(page.shows(&en(&app, "flash-tw-lot-saved")));
    assert_eq!(page.selected("status"), vec!["in-progress"]);
    assert!(page.shows("Visits agreed for autumn."));
    let overview = app.browser().get(&format!("/twinnings/{t}")).await;
    assert!(overview.shows(&en(&app, "tw-lot-status-in-progress")));

    // An unknown state, a note too long: named, kept, nothing changed.
    let long = "n".repeat(1_001);
    let page = w
        .carla
        .post(&path, &[("status", "finished"), ("note", long.as_str())])
        .await;
    page.expect(422);
    assert!(page.field_error("status").is_some() && page.field_error("note").is_some());
    assert_eq!(page.textarea_value("note"), Some(long));
    w.carla
        .post(
            &format!("/twinnings/{t}/lots/finance"),
            &[("status", "completed")],
        )
        .await
        .expect(404);
    w.carla
        .post(&path, &[("status", "completed"), ("note", "")])
        .await
        .expect(303);
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM tw_lots WHERE twinning_id = {t} AND status = 'completed'"
            )
        )
        .await,
        1
    );
}

// ---- The coaching log ----------------------------------------------------------------------------

async fn the_coaching_log_is_written_by_both_sides(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let path = format!("/twinnings/{t}/log");

    // Carla writes for A, Dino for B; each entry is its side's.
    let page = w.carla.get(&path).await;
    page.expect(200);
    assert!(page.shows(&app.localizer("en").t1(
        "tw-log-writing-for",
        "org",
        "Istituto Tecnico Galilei"
    )));
    assert!(!page.contains("name=\"side\""));
    Input::log(-20, "Placements in companies")
        .post(&w.carla, &path)
        .await
        .expect(303);
    Input::log(-5, "Teacher training plan")
        .set("agreed", "")
        .set("next_steps", "## Steps\n\n1. Draft the plan")
        .post(&w.dino, &path)
        .await
        .expect(303);
    let side_of = |topic: &str| {
        format!("SELECT org_id FROM tw_log_entries WHERE twinning_id = {t} AND topic = '{topic}'")
    };
    assert_eq!(
        app.opt_i64(&side_of("Placements in companies")).await,
        Some(w.a)
    );
    assert_eq!(
        app.opt_i64(&side_of("Teacher training plan")).await,
        Some(w.b)
    );
    let html = app
        .opt_text("SELECT agreed_html FROM tw_log_entries WHERE topic = 'Placements in companies'")
        .await
        .expect("html");
    assert!(html.contains("<strong>placements</strong>"), "{html}");
    let steps = app
        .opt_text(
            "SELECT next_steps_html FROM tw_log_entries WHERE topic = 'Teacher training plan'",
        )
        .await
        .expect("html");
    assert!(steps.contains("<h6>") && !steps.contains("<h2>"), "{steps}");

    // Eva belongs to both: she says for which side she writes.
    let (eva, eva_id) = person(&app, "eva", "Eva Shehu").await;
    app.add_member(w.a, eva_id, OrgRole::Member).await;
    app.add_member(w.b, eva_id, OrgRole::Member).await;
    let page = eva.get(&path).await;
    assert!(page.contains("name=\"side\""));
    let page = Input::log(-1, "Joint evaluation").post(&eva, &path).await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["side"]);
    assert_eq!(
        page.input_value("topic").as_deref(),
        Some("Joint evaluation")
    );
    let page = Input::log(-1, "Joint evaluation")
        .set("side", &w.c.to_string())
        .post(&eva, &path)
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("side").as_deref(),
        Some(en(&app, "tw-error-side").as_str())
    );
    Input::log(-1, "Joint evaluation")
        .set("side", &w.b.to_string())
        .post(&eva, &path)
        .await
        .expect(303);
    assert_eq!(app.opt_i64(&side_of("Joint evaluation")).await, Some(w.b));

    // Bad entries: a meeting in the future, nothing agreed nor planned, no topic.
    let page = Input::log(5, "Next month").post(&w.carla, &path).await;
    page.expect(422);
    assert_eq!(
        page.field_error("held_on").as_deref(),
        Some(en(&app, "tw-error-held-in-future").as_str())
    );
    let page = Input::log(-2, "Empty")
        .set("agreed", " ")
        .set("next_steps", "")
        .post(&w.carla, &path)
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("agreed").as_deref(),
        Some(en(&app, "tw-error-log-empty").as_str())
    );
    assert_eq!(page.input_value("topic").as_deref(), Some("Empty"));
    let page = Input::log(-2, "")
        .set("lang", "")
        .post(&w.carla, &path)
        .await;
    page.expect(422);
    assert!(page.field_error("topic").is_some() && page.field_error("lang").is_some());
    assert_eq!(log_entries(&app, t).await, 3);

    // The log, newest meeting first, with side and author.
    let page = app.browser().get(&path).await;
    page.expect(200);
    let joint = page.body.find("Joint evaluation").expect("joint");
    let plan = page.body.find("Teacher training plan").expect("plan");
    let placements = page
        .body
        .find("Placements in companies")
        .expect("placements");
    assert!(joint < plan && plan < placements, "newest first");
    assert!(
        page.shows("written by Carla Bianchi") && page.shows("for Shkolla Profesionale Tirana")
    );
    assert!(!page.contains("/edit\">"), "anonymous readers edit nothing");
    // The overview shows the latest entries.
    let overview = app.browser().get(&format!("/twinnings/{t}")).await;
    assert!(overview.shows("Joint evaluation") && overview.shows("Placements in companies"));

    // Authors edit and delete their own entries, nobody else's.
    let carla_entry = app
        .opt_i64("SELECT id FROM tw_log_entries WHERE topic = 'Placements in companies'")
        .await
        .expect("entry");
    let mine = w.carla.get(&path).await;
    assert!(mine.contains(&format!("href=\"/twinnings/{t}/log/{carla_entry}/edit\"")));
    let theirs = w.dino.get(&path).await;
    assert!(!theirs.contains(&format!("href=\"/twinnings/{t}/log/{carla_entry}/edit\"")));
    let edit = format!("/twinnings/{t}/log/{carla_entry}/edit");
    let page = w.carla.get(&edit).await;
    page.expect(200);
    assert_eq!(
        page.input_value("topic").as_deref(),
        Some("Placements in companies")
    );
    Input::log(-20, "Placements in companies (revised)")
        .post(&w.carla, &edit)
        .await
        .expect(303);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT topic FROM tw_log_entries WHERE id = {carla_entry}"
        ))
        .await
        .as_deref(),
        Some("Placements in companies (revised)")
    );
    let page = Input::log(-20, "Dino was here").post(&w.dino, &edit).await;
    refused(
        &app,
        &page,
        403,
        "twinning_log_authors_only",
        "tw-error-log-authors-only",
    );
    let page = w
        .dino
        .post(&format!("/twinnings/{t}/log/{carla_entry}/delete"), &[])
        .await;
    refused(
        &app,
        &page,
        403,
        "twinning_log_authors_only",
        "tw-error-log-authors-only",
    );
    w.carla
        .get(&format!("/twinnings/{t}/log/{carla_entry}/delete"))
        .await
        .expect(200);
    w.carla
        .post(&format!("/twinnings/{t}/log/{carla_entry}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(log_entries(&app, t).await, 2);

    // Cleo, admin of a party that is not a side, writes nothing.
    let page = Input::log(-1, "From Graz").post(&w.cleo, &path).await;
    refused(
        &app,
        &page,
        403,
        "twinning_sides_only",
        "tw-error-sides-only",
    );
    assert_eq!(log_entries(&app, t).await, 2);

    // Paged: twenty entries a page.
    for i in 0..20 {
        app.exec(&format!(
            "INSERT INTO tw_log_entries (twinning_id, org_id, author_id, held_on, topic, lang, \
             created_at) VALUES ({t}, {}, {}, '{}', 'Weekly call {i}', 'en', 0)",
            w.a,
            w.carla_id,
            day(-100 - i)
        ))
        .await;
    }
    let page = app.browser().get(&path).await;
    assert!(page.shows(&app.localizer("en").t1("tw-log-count", "count", 22)));
    assert!(page.contains("rel=\"next\""));
    let last = app.browser().get(&format!("{path}?page=2")).await;
    last.expect(200);
    assert!(last.shows("Weekly call 19") && !last.shows("Joint evaluation"));
}

// ---- Who may see and do what ----------------------------------------------------------------

async fn outsiders_are_refused_and_nothing_is_stored(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let a = add_activity(
        &w.carla,
        t,
        "events",
        &Input::activity("Conference", -3, -3, "done"),
    )
    .await;
    let report = deposit(&w.olga, "Olga's report", "public", None).await;

    for (who, b) in [("olga", &w.olga), ("cleo", &w.cleo)] {
        // They read the overview of an active partnership's twinning, with no way to change it.
        let page = b.get(&format!("/twinnings/{t}")).await;
        page.expect(200);
        assert!(
            !page.contains(&format!("href=\"/twinnings/{t}/edit\"")),
            "{who}"
        );
        let lot = b.get(&format!("/twinnings/{t}/lots/events")).await;
        lot.expect(200);
        assert!(
            !lot.contains("<form method=\"post\" action=\"/twinnings/"),
            "{who}"
        );
        let log = b.get(&format!("/twinnings/{t}/log")).await;
        assert!(
            !log.contains(&format!("action=\"/twinnings/{t}/log\"")),
            "{who}"
        );

        for page in [
            b.get(&format!("/twinnings/{t}/lots/events/activities/new"))
                .await,
            b.get(&format!("/twinnings/{t}/activities/{a}/edit")).await,
            b.get(&format!("/twinnings/{t}/activities/{a}/delete"))
                .await,
            b.post(
                &format!("/twinnings/{t}/lots/events"),
                &[("status", "completed"), ("note", "")],
            )
            .await,
            Input::activity("Intruder", -2, -2, "done")
                .post(b, &format!("/twinnings/{t}/lots/events/activities/new"))
                .await,
            Input::activity("Intruder", -2, -2, "done")
                .post(b, &format!("/twinnings/{t}/activities/{a}/edit"))
                .await,
            b.post(&format!("/twinnings/{t}/activities/{a}/delete"), &[])
                .await,
            b.post(
                &format!("/twinnings/{t}/activities/{a}/evidence"),
                &[("resource", report.to_string().as_str())],
            )
            .await,
            Input::log(-1, "Intruder")
                .post(b, &format!("/twinnings/{t}/log"))
                .await,
        ] {
            refused(
                &app,
                &page,
                403,
                "twinning_sides_only",
                "tw-error-sides-only",
            );
        }
        let page = Input::twinning(w.a, w.b)
            .post(b, &format!("/twinnings/{t}/edit"))
            .await;
        refused(
            &app,
            &page,
            403,
            "twinning_sides_only",
            "tw-error-sides-only",
        );
    }
    assert_eq!(activities(&app, t).await, 1);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM tw_activities WHERE id = {a}"))
            .await
            .as_deref(),
        Some("Conference")
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM tw_evidence").await, 0);
    assert_eq!(log_entries(&app, t).await, 0);
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM tw_lots WHERE twinning_id = {t} AND status <> 'not-started'"
            )
        )
        .await,
        0
    );
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM twinnings WHERE id = {t}"))
            .await
            .as_deref(),
        Some("Dual training for Tirana")
    );

    // Someone removed from their organisation loses the twinning at once.
    app.exec(&format!(
        "DELETE FROM memberships WHERE org_id = {} AND user_id = {}",
        w.a, w.carla_id
    ))
    .await;
    let page = Input::log(-1, "After leaving")
        .post(&w.carla, &format!("/twinnings/{t}/log"))
        .await;
    refused(
        &app,
        &page,
        403,
        "twinning_sides_only",
        "tw-error-sides-only",
    );
    assert_eq!(log_entries(&app, t).await, 0);
}

async fn anonymous_readers_see_the_twinning_but_change_nothing(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let a = add_activity(
        &w.dino,
        t,
        "networking",
        &Input::activity("Network meeting", -3, -3, "done").set("hc-school-leaders", "4"),
    )
    .await;
    Input::log(-2, "Kick-off")
        .post(&w.dino, &format!("/twinnings/{t}/log"))
        .await
        .expect(303);
    let anon = app.browser();

    for path in [
        format!("/partnerships/{}/twinnings", w.p),
        format!("/twinnings/{t}"),
        format!("/twinnings/{t}/lots/networking"),
        format!("/twinnings/{t}/activities/{a}"),
        format!("/twinnings/{t}/log"),
    ] {
        let page = anon.get(&path).await;
        page.expect(200);
        assert!(
            !page.contains("<form method=\"post\" action=\"/twinnings/"),
            "{path}"
        );
        assert!(!page.contains("/activities/new\""), "{path}");
    }
    let page = anon.get(&format!("/twinnings/{t}")).await;
    assert!(page.shows("Kick-off"));
    assert_eq!(progress_bar(&page, "progress-networking"), Some((1, 1)));

    // Every form asks to sign in; every change is refused; nothing is stored.
    for path in [
        format!("/twinnings/{t}/lots/networking/activities/new"),
        format!("/twinnings/{t}/activities/{a}/edit"),
        format!("/twinnings/{t}/edit"),
        format!("/partnerships/{}/twinnings/new", w.p),
    ] {
        let page = anon.get(&path).await;
        page.expect(303);
        assert!(page.location().starts_with("/login"), "{path}");
    }
    for page in [
        Input::activity("Anonymous", -1, -1, "done")
            .post(
                &anon,
                &format!("/twinnings/{t}/lots/networking/activities/new"),
            )
            .await,
        anon.post(
            &format!("/twinnings/{t}/lots/networking"),
            &[("status", "completed")],
        )
        .await,
        Input::log(-1, "Anonymous")
            .post(&anon, &format!("/twinnings/{t}/log"))
            .await,
        anon.post(&format!("/twinnings/{t}/activities/{a}/delete"), &[])
            .await,
        Input::twinning(w.a, w.b)
            .post(&anon, &format!("/partnerships/{}/twinnings/new", w.p))
            .await,
    ] {
        page.expect(401);
        assert_eq!(page.error_code(), "login_required");
    }
    assert_eq!(activities(&app, t).await, 1);
    assert_eq!(log_entries(&app, t).await, 1);
    assert_eq!(twinnings(&app).await, 1);
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM tw_lots WHERE twinning_id = {t} AND status <> 'not-started'"
            )
        )
        .await,
        0
    );
}

async fn an_ended_partnership_leaves_a_read_only_twinning_and_a_proposal_hides_it(app: TestApp) {
    let w = world(&app).await;
    let t = start(&w.ana, w.p, &Input::twinning(w.a, w.b)).await;
    let a = add_activity(
        &w.carla,
        t,
        "events",
        &Input::activity("Conference", -3, -3, "done"),
    )
    .await;
    app.exec(&format!(
        "UPDATE partnerships SET status = 'ended' WHERE id = {}",
        w.p
    ))
    .await;

    // Still read by anyone, with a notice and no forms; changes refused with 409.
    let page = app.browser().get(&format!("/twinnings/{t}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "tw-read-only-notice")));
    let page = w.carla.get(&format!("/twinnings/{t}/lots/events")).await;
    assert!(page.shows(&en(&app, "tw-read-only-notice")));
    assert!(!page.contains("<form method=\"post\" action=\"/twinnings/"));
    assert!(!w
        .ana
        .get(&format!("/twinnings/{t}"))
        .await
        .contains(&format!("href=\"/twinnings/{t}/edit\"")));
    for page in [
        Input::log(-1, "Too late")
            .post(&w.carla, &format!("/twinnings/{t}/log"))
            .await,
        w.dino
            .post(
                &format!("/twinnings/{t}/lots/events"),
                &[("status", "completed")],
            )
            .await,
        w.carla
            .post(&format!("/twinnings/{t}/activities/{a}/delete"), &[])
            .await,
        w.ana.get(&format!("/twinnings/{t}/edit")).await,
    ] {
        refused(&app, &page, 409, "twinning_read_only", "tw-error-read-only");
    }
    // Outsiders are still told the twinning is not theirs.
    let page = Input::log(-1, "Olga")
        .post(&w.olga, &format!("/twinnings/{t}/log"))
        .await;
    refused(
        &app,
        &page,
        403,
        "twinning_sides_only",
        "tw-error-sides-only",
    );
    let page = Input::twinning(w.a, w.b)
        .post(&w.ana, &format!("/partnerships/{}/twinnings/new", w.p))
        .await;
    refused(
        &app,
        &page,
        409,
        "twinning_partnership_not_active",
        "tw-error-partnership-not-active",
    );
    assert_eq!(activities(&app, t).await, 1);
    assert_eq!(log_entries(&app, t).await, 0);
    assert_eq!(twinnings(&app).await, 1);

    // A partnership that is (again) only a proposal shows its twinnings to its organisations
    // and site staff only.
    app.exec(&format!(
        "UPDATE partnerships SET status = 'proposed' WHERE id = {}",
        w.p
    ))
    .await;
    w.dino.get(&format!("/twinnings/{t}")).await.expect(200);
    w.cleo.get(&format!("/twinnings/{t}")).await.expect(200);
    w.olga.get(&format!("/twinnings/{t}")).await.expect(404);
    w.olga
        .get(&format!("/twinnings/{t}/activities/{a}"))
        .await
        .expect(404);
    let page = app.browser().get(&format!("/twinnings/{t}/log")).await;
    page.expect(303);
    assert!(page.location().starts_with("/login"));
    let (moderator, _) = app
        .signed_in("mod@bottega.example", "Moderator", SiteRole::Moderator)
        .await;
    moderator.get(&format!("/twinnings/{t}")).await.expect(200);
}
