//! The scenario workshop over HTTP, on both engines: a whole workshop from its start to its
//! report (drivers and their ratings on the chart, the axes, four scenarios written together with
//! a stale-revision conflict that loses nothing, policy choices and their ratings, closing and
//! reopening, both exports); every kind of bad input coming back with the input kept; who may do
//! what; and a private community's workshop hidden from outsiders.

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};

use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    a_workshop_from_drivers_to_scenarios_choices_and_report,
    scenario_edits_never_overwrite_each_other,
    bad_input_comes_back_with_the_input_kept_and_named,
    only_verified_members_take_part_and_only_facilitators_lead,
    a_closed_workshop_changes_no_more_until_reopened,
    a_private_community_workshop_is_hidden_from_outsiders,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// Creates a community straight in the database; returns its id.
async fn community(
    app: &TestApp,
    name: &str,
    visibility: &str,
    org: Option<i64>,
    creator: i64,
) -> i64 {
    app.create_community(name, visibility, org, creator).await.0
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

fn next_year_plus(n: i32) -> String {
    use chrono::Datelike;
    (chrono::Utc::now().year() + n).to_string()
}

/// Starts a workshop through the form; returns its id.
async fn start_workshop(b: &Browser, community_id: i64, title: &str) -> i64 {
    let horizon = next_year_plus(10);
    let community = community_id.to_string();
    let page = b
        .post(
            "/workshops/new",
            &[
                ("title", title),
                (
                    "focal_question",
                    "How will apprentices learn a craft when the workshop floor is digital?",
                ),
                ("horizon_year", &horizon),
                ("lang", "en"),
                ("community", &community),
            ],
        )
        .await;
    page.expect(303);
    number_after(page.location(), "/workshops/")
}

/// Proposes a driver; returns its id.
async fn add_driver(b: &Browser, workshop: i64, title: &str, kind: &str) -> i64 {
    let page = b
        .post(
            &format!("/workshops/{workshop}/drivers"),
            &[
                ("title", title),
                ("description", "What we see coming."),
                ("kind", kind),
            ],
        )
        .await;
    page.expect(303);
    number_after(page.location(), "#driver-")
}

async fn rate_driver(
    b: &Browser,
    workshop: i64,
    driver: i64,
    impact: &str,
    uncertainty: &str,
) -> Page {
    b.post(
        &format!("/workshops/{workshop}/drivers/{driver}/rating"),
        &[("impact", impact), ("uncertainty", uncertainty)],
    )
    .await
}

async fn set_axes(b: &Browser, workshop: i64, x: i64, y: i64) -> Page {
    let (x, y) = (x.to_string(), y.to_string());
    b.post(
        &format!("/workshops/{workshop}/axes"),
        &[
            ("x_driver", &x),
            ("y_driver", &y),
            ("x_low", "Machines stay tools"),
            ("x_high", "Machines teach"),
            ("y_low", "Every school alone"),
            ("y_high", "European networks"),
        ],
    )
    .await
}

/// Saves a scenario from its edit form as the browser sees it now.
async fn write_scenario(b: &Browser, workshop: i64, quadrant: i32, name: &str, narrative: &str) {
    let path = format!("/workshops/{workshop}/scenarios/{quadrant}/edit");
    let form = b.get(&path).await;
    form.expect(200);
    let revision = form.input_value("revision").expect("revision field");
    b.post(
        &path,
        &[
            ("name", name),
            ("narrative", narrative),
            ("revision", &revision),
            ("action", "save"),
        ],
    )
    .await
    .expect(303);
}

async fn add_choice(b: &Browser, workshop: i64, quadrant: i32, text: &str, direction: &str) -> i64 {
    let page = b
        .post(
            &format!("/workshops/{workshop}/scenarios/{quadrant}/choices"),
            &[("text", text), ("direction", direction)],
        )
        .await;
    page.expect(303);
    number_after(page.location(), "#choice-")
}

async fn rate_choice(b: &Browser, workshop: i64, choice: i64, p: &str, d: &str) -> Page {
    b.post(
        &format!("/workshops/{workshop}/choices/{choice}/rating"),
        &[("plausibility", p), ("desirability", d)],
    )
    .await
}

/// A workshop in its scenario phase: two drivers rated, axes set. Returns the workshop and the
/// facilitator's browser.
async fn workshop_with_scenarios(app: &TestApp, prefix: &str) -> (i64, Browser, i64) {
    let (fac, fac_id) = app
        .signed_in(
            &format!("{prefix}-fac@school.example"),
            "Facilitator",
            SiteRole::Member,
        )
        .await;
    let c = community(app, &format!("{prefix} futures"), "public", None, fac_id).await;
    let w = start_workshop(&fac, c, "Futures of craft training").await;
    let d1 = add_driver(&fac, w, "Automation of trades", "uncertainty").await;
    let d2 = add_driver(&fac, w, "European cooperation", "uncertainty").await;
    set_axes(&fac, w, d1, d2).await.expect(303);
    (w, fac, c)
}

async fn a_workshop_from_drivers_to_scenarios_choices_and_report(app: TestApp) {
    let (fac, _) = app
        .signed_in(
            "giulia@scuola.example",
            "Giulia Facilitatrice",
            SiteRole::Member,
        )
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@centro.example", "Ana Trainer", SiteRole::Member)
        .await;
    let c = community(&app, "Futures of VET", "public", None, ana_id).await;

    // Starting: the form offers the communities the person may see.
    let form = fac.get("/workshops/new").await;
    form.expect(200);
    assert!(form.contains("Futures of VET"));
    let w = start_workshop(&fac, c, "Bakeries in the next decade").await;
    let page = fac.visit(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "flash-workshop-created")));
    assert!(page.shows(&en(&app, "workshop-phase-drivers")));

    // The list shows it with its focal question, horizon, phase, community and facilitator.
    let list = app.browser().get("/workshops").await;
    list.expect(200);
    for text in [
        "Bakeries in the next decade",
        "How will apprentices learn a craft",
        next_year_plus(10).as_str(),
        "Futures of VET",
        "Giulia Facilitatrice",
        en(&app, "workshop-phase-drivers").as_str(),
    ] {
        assert!(list.shows(text), "the list lacks {text}");
    }

    // Drivers from two members; ratings, one of them changed.
    let d1 = add_driver(&fac, w, "Automation of trades", "uncertainty").await;
    let d2 = add_driver(&ana, w, "European cooperation", "uncertainty").await;
    let d3 = add_driver(&ana, w, "Fewer young people", "trend").await;
    let d4 = add_driver(&fac, w, "Nobody rates this", "trend").await;
    rate_driver(&fac, w, d1, "5", "4").await.expect(303);
    rate_driver(&ana, w, d1, "4", "5").await.expect(303);
    let changed = rate_driver(&ana, w, d1, "3", "5").await;
    changed.expect(303);
    assert_eq!(changed.location(), format!("/workshops/{w}#driver-{d1}"));
    rate_driver(&fac, w, d2, "5", "5").await.expect(303);
    rate_driver(&ana, w, d2, "4", "4").await.expect(303);
    rate_driver(&ana, w, d3, "2", "1").await.expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM driver_ratings WHERE driver_id = {d1}"
        ))
        .await,
        2
    );

    // The chart: an accessible inline SVG with a point for each rated driver, the critical
    // quadrant labelled, and the same data as a table.
    let page = ana.get(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.contains("<svg class=\"ws-chart\""));
    assert!(page.contains("role=\"img\""));
    assert!(page.contains("aria-labelledby=\"ws-chart-title ws-chart-desc\""));
    assert!(page.contains("<desc id=\"ws-chart-desc\">"));
    assert_eq!(
        page.body.matches("<circle").count(),
        3,
        "one point per rated driver"
    );
    assert!(page.shows(&en(&app, "workshop-chart-critical")));
    // Automation: impact (5+3)/2 = 4.0, uncertainty (4+5)/2 = 4.5, in the table.
    let table_start = page
        .body
        .find("<div class=\"visually-hidden\">")
        .expect("table");
    let table = &page.body[table_start..];
    let row = &table[table.find("Automation of trades").expect("row")..];
    let row = &row[..row.find("</tr>").expect("row end")];
    assert!(
        row.contains("<td>4.0</td>") && row.contains("<td>4.5</td>"),
        "{row}"
    );
    assert!(
        page.shows(&en(&app, "workshop-not-rated")),
        "driver 4 is not rated"
    );
    // Ana's own rating is shown selected, ready to be changed.
    let form = page.form(&format!("/workshops/{w}/drivers/{d1}/rating"));
    assert!(
        form.contains("<option value=\"3\" selected>"),
        "{}",
        form.body
    );
    assert!(
        form.contains("<option value=\"5\" selected>"),
        "{}",
        form.body
    );
    // Only the facilitator is offered the axes.
    assert!(!page.contains(&format!("action=\"/workshops/{w}/axes\"")));
    let fac_page = fac.get(&format!("/workshops/{w}")).await;
    assert!(fac_page.contains(&format!("action=\"/workshops/{w}/axes\"")));

    // The facilitator picks the axes: the scenario phase opens with four scenarios.
    let done = set_axes(&fac, w, d1, d2).await;
    done.expect(303);
    assert_eq!(done.location(), format!("/workshops/{w}#scenarios"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM scenarios WHERE workshop_id = {w}"
        ))
        .await,
        4
    );
    let page = fac.visit(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "flash-workshop-axes-set")));
    assert!(page.shows(&en(&app, "workshop-phase-scenarios")));
    assert!(page.contains("class=\"ws-matrix\""));
    for q in 1..=4 {
        assert!(
            page.contains(&format!("id=\"scenario-{q}\"")),
            "quadrant {q}"
        );
    }
    // Quadrant 1 is x high and y high; 3 is x low and y low.
    let q1 = &page.body[page.body.find("id=\"scenario-1\"").expect("q1")..];
    assert!(
        q1[..q1.find("</section>").expect("end")].contains("Machines teach · European networks")
    );
    let q3 = &page.body[page.body.find("id=\"scenario-3\"").expect("q3")..];
    assert!(q3[..q3.find("</section>").expect("end")]
        .contains("Machines stay tools · Every school alone"));
    // Drivers are settled now.
    let late = add_driver_page(&ana, w, "Too late").await;
    late.expect(409);
    assert_eq!(late.error_code(), "workshop_wrong_phase");
    let _ = (d3, d4);

    // Scenarios written together, with Markdown; raw HTML stays text.
    write_scenario(
        &ana,
        w,
        1,
        "Robots as masters",
        "Apprentices **learn** from machines.\n\n<script>alert(1)</script>",
    )
    .await;
    write_scenario(
        &fac,
        w,
        3,
        "Lonely schools",
        "- every school alone\n- few exchanges",
    )
    .await;
    let page = ana.visit(&format!("/workshops/{w}")).await;
    assert!(page.contains("Apprentices <strong>learn</strong> from machines."));
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(page.shows(&en(&app, "flash-workshop-scenario-saved")));

    // Policy choices and their ratings.
    let c1 = add_choice(
        &ana,
        w,
        1,
        "Fund shared robot labs for VET schools",
        "towards",
    )
    .await;
    let c2 = add_choice(&fac, w, 3, "Cut mobility grants", "towards").await;
    let c3 = add_choice(&fac, w, 1, "Ban machines from training", "away").await;
    rate_choice(&ana, w, c1, "5", "5").await.expect(303);
    rate_choice(&fac, w, c1, "4", "4").await.expect(303);
    rate_choice(&fac, w, c2, "4", "1").await.expect(303);
    rate_choice(&fac, w, c3, "1", "2").await.expect(303);
    let changed = rate_choice(&fac, w, c2, "3", "1").await;
    changed.expect(303);
    assert_eq!(changed.location(), format!("/workshops/{w}#choice-{c2}"));
    let page = ana.get(&format!("/workshops/{w}")).await;
    page.expect(200);
    // In scenario 1, the best rated choice comes first.
    let s1 = &page.body[page.body.find("id=\"choices-1\"").expect("choices 1")..];
    let first = s1.find("Fund shared robot labs").expect("c1");
    let second = s1.find("Ban machines from training").expect("c3");
    assert!(first < second, "choices ordered by rating");
    // The summary: the most desirable scenario and the choices both plausible and desirable.
    let most = app.localizer("en").t2(
        "workshop-most-desirable",
        "scenario",
        "Robots as masters",
        "value",
        "3.7",
    );
    assert!(page.shows(&most), "summary: {most}");
    let results = &page.body[page.body.find("id=\"results\"").expect("results")..];
    assert!(results.contains("Fund shared robot labs"));
    assert!(!results.contains("Cut mobility grants"));

    // The print-friendly report.
    let report = app.browser().get(&format!("/workshops/{w}/report")).await;
    report.expect(200);
    for text in [
        "Bakeries in the next decade",
        "How will apprentices learn a craft",
        "Automation of trades",
        "Machines teach",
        "Robots as masters",
        "Lonely schools",
        "Fund shared robot labs for VET schools",
        "Cut mobility grants",
    ] {
        assert!(report.shows(text), "the report lacks {text}");
    }
    assert!(report.contains("<svg class=\"ws-chart\""));
    assert!(report.contains("Apprentices <strong>learn</strong> from machines."));
    assert!(report.shows(&most));

    // The same as Markdown.
    let md = app
        .browser()
        .get(&format!("/workshops/{w}/report.md"))
        .await;
    md.expect(200);
    assert_eq!(md.header("content-type"), "text/markdown; charset=utf-8");
    assert_eq!(
        md.header("content-disposition"),
        format!("attachment; filename=\"workshop-{w}.md\"")
    );
    assert!(md.body.starts_with("# Bakeries in the next decade\n"));
    for text in [
        "### 1. Robots as masters",
        "### 3. Lonely schools",
        "Apprentices **learn** from machines.",
        "| Fund shared robot labs for VET schools |",
        "| Cut mobility grants |",
        "Automation of trades",
        "Machines stay tools ↔ Machines teach",
    ] {
        assert!(
            md.body.contains(text),
            "the Markdown lacks {text}:\n{}",
            md.body
        );
    }
}

async fn add_driver_page(b: &Browser, workshop: i64, title: &str) -> Page {
    b.post(
        &format!("/workshops/{workshop}/drivers"),
        &[("title", title), ("kind", "trend")],
    )
    .await
}

async fn scenario_edits_never_overwrite_each_other(app: TestApp) {
    let (w, fac, _) = workshop_with_scenarios(&app, "edits").await;
    let (ana, _) = app
        .signed_in("ana@edits.example", "Ana Writer", SiteRole::Member)
        .await;
    let path = format!("/workshops/{w}/scenarios/2/edit");

    // Both open the empty scenario.
    let fac_form = fac.get(&path).await;
    let ana_form = ana.get(&path).await;
    assert_eq!(fac_form.input_value("revision").as_deref(), Some("0"));
    assert_eq!(ana_form.input_value("revision").as_deref(), Some("0"));

    // Ana saves first.
    ana.post(
        &path,
        &[
            ("name", "Digital guilds"),
            ("narrative", "Ana's future: guilds online."),
            ("revision", "0"),
            ("action", "save"),
        ],
    )
    .await
    .expect(303);

    // The facilitator saves on the same starting point: refused, with their text kept and
    // Ana's version shown.
    let facs_text = "The facilitator's future: every trade has a **digital twin**.";
    let conflict = fac
        .post(
            &path,
            &[
                ("name", "Twin trades"),
                ("narrative", facs_text),
                ("revision", "0"),
                ("action", "save"),
            ],
        )
        .await;
    conflict.expect(409);
    assert_eq!(conflict.input_value("name").as_deref(), Some("Twin trades"));
    assert_eq!(
        conflict.textarea_value("narrative").as_deref(),
        Some(facs_text)
    );
    assert_eq!(
        conflict.field_error("narrative"),
        Some(en(&app, "workshop-error-stale-revision"))
    );
    assert!(conflict.shows(&en(&app, "workshop-conflict-heading")));
    assert!(conflict.contains("Digital guilds"));
    assert!(
        conflict.contains("Ana&#39;s future: guilds online.")
            || conflict.contains("Ana's future: guilds online.")
    );
    assert!(conflict.shows("Ana Writer"));
    // Nothing was overwritten.
    assert_eq!(
        app.opt_text(&format!(
            "SELECT name FROM scenarios WHERE workshop_id = {w} AND quadrant = 2"
        ))
        .await
        .as_deref(),
        Some("Digital guilds")
    );
    // The form now carries Ana's revision: saving the merged text succeeds.
    let revision = conflict.input_value("revision").expect("revision");
    assert_eq!(revision, "1");
    fac.post(
        &path,
        &[
            ("name", "Digital guilds and twins"),
            (
                "narrative",
                "Guilds online, and every trade has a digital twin.",
            ),
            ("revision", &revision),
            ("action", "save"),
        ],
    )
    .await
    .expect(303);
    // A revision that is not a number is treated as stale too.
    let odd = ana
        .post(
            &path,
            &[
                ("name", "Odd"),
                ("narrative", "Odd"),
                ("revision", "latest"),
                ("action", "save"),
            ],
        )
        .await;
    odd.expect(409);

    // A preview shows the narrative rendered, saves nothing, keeps the text.
    let preview = ana
        .post(
            &path,
            &[
                ("name", "Preview only"),
                ("narrative", "A *bold* idea"),
                ("revision", "2"),
                ("action", "preview"),
            ],
        )
        .await;
    preview.expect(200);
    assert!(preview.contains("A <em>bold</em> idea"));
    assert_eq!(
        preview.textarea_value("narrative").as_deref(),
        Some("A *bold* idea")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(revision AS BIGINT) FROM scenarios WHERE workshop_id = {w} AND quadrant = 2"
        ))
        .await,
        2
    );

    // The history keeps the earlier version.
    let history = app
        .browser()
        .get(&format!("/workshops/{w}/scenarios/2/history"))
        .await;
    history.expect(200);
    assert!(history.contains("Digital guilds and twins"));
    assert!(
        history.contains("Ana&#39;s future: guilds online.")
            || history.contains("Ana's future: guilds online.")
    );
    assert!(history.shows(
        &app.localizer("en")
            .t1("workshop-history-version", "revision", 1)
    ));
    // Addresses that name no scenario.
    for bad in ["0", "5", "x", "-1"] {
        app.browser()
            .get(&format!("/workshops/{w}/scenarios/{bad}/history"))
            .await
            .expect(404);
    }
}

async fn bad_input_comes_back_with_the_input_kept_and_named(app: TestApp) {
    let (fac, fac_id) = app
        .signed_in("fac@bad.example", "Facilitator", SiteRole::Member)
        .await;
    let c = community(&app, "Bad input", "public", None, fac_id).await;
    let (org_id, _) = app
        .create_org(
            fac_id,
            "Hidden School",
            OrgType::VetProvider,
            Country::It,
            &[Sector::Bakery],
            &[Language::It],
        )
        .await;
    let (other, other_id) = app
        .signed_in("other@bad.example", "Other", SiteRole::Member)
        .await;
    let _ = other;
    let hidden = community(&app, "Hidden", "private", Some(org_id), other_id).await;

    // A new workshop: every problem named, everything typed kept.
    let long_title = "t".repeat(151);
    let past = next_year_plus(0);
    let community_hidden = hidden.to_string();
    let (other_b, _) = app
        .signed_in("outsider@bad.example", "Outsider", SiteRole::Member)
        .await;
    for (fields, bad_field) in [
        (vec![("title", ""), ("horizon_year", "2040")], "title"),
        (
            vec![("title", long_title.as_str()), ("horizon_year", "2040")],
            "title",
        ),
        (
            vec![("title", "Ok"), ("horizon_year", past.as_str())],
            "horizon_year",
        ),
        (
            vec![("title", "Ok"), ("horizon_year", "2101")],
            "horizon_year",
        ),
        (
            vec![("title", "Ok"), ("horizon_year", "soon")],
            "horizon_year",
        ),
        (vec![("title", "Ok"), ("horizon_year", "")], "horizon_year"),
    ] {
        let community = c.to_string();
        let mut all = fields.clone();
        all.extend([
            ("focal_question", "What will change?"),
            ("lang", "en"),
            ("community", community.as_str()),
        ]);
        let page = fac.post("/workshops/new", &all).await;
        page.expect(422);
        assert_eq!(page.error_fields(), [bad_field], "{fields:?}");
        assert_eq!(
            page.textarea_value("focal_question").as_deref(),
            Some("What will change?")
        );
        assert_eq!(page.selected("community"), [community.as_str()]);
    }
    let page = fac
        .post(
            "/workshops/new",
            &[
                ("title", "Ok"),
                ("focal_question", &"q".repeat(501)),
                ("horizon_year", "2040"),
                ("lang", "xx"),
                ("community", ""),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), ["focal_question", "lang", "community"]);
    // A community the person may not see cannot be chosen (nor guessed).
    for community in [community_hidden.as_str(), "999999", "abc"] {
        let page = other_b
            .post(
                "/workshops/new",
                &[
                    ("title", "Sneaky"),
                    ("focal_question", "Q?"),
                    ("horizon_year", "2040"),
                    ("lang", "en"),
                    ("community", community),
                ],
            )
            .await;
        page.expect(422);
        assert_eq!(
            page.field_error("community"),
            Some(en(&app, "workshop-error-community"))
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM workshops").await, 0);

    let w = start_workshop(&fac, c, "Bad input workshop").await;

    // Axes before there are two drivers.
    let d1 = add_driver(&fac, w, "Only driver", "trend").await;
    let page = set_axes(&fac, w, d1, d1 + 1000).await;
    page.expect(422);
    assert_eq!(
        page.field_error("x_driver"),
        Some(en(&app, "workshop-error-two-drivers"))
    );
    assert_eq!(
        page.input_value("x_low").as_deref(),
        Some("Machines stay tools")
    );

    // Drivers: empty and over-long fields, an unknown kind.
    let long_description = "d".repeat(2001);
    for (title, description, kind, bad) in [
        ("", "", "trend", vec!["title"]),
        (long_title.as_str(), "", "trend", vec!["title"]),
        (
            "Ok",
            long_description.as_str(),
            "trend",
            vec!["description"],
        ),
        ("Ok", "", "fashion", vec!["kind"]),
        ("Ok", "", "", vec!["kind"]),
    ] {
        let page = fac
            .post(
                &format!("/workshops/{w}/drivers"),
                &[
                    ("title", title),
                    ("description", description),
                    ("kind", kind),
                ],
            )
            .await;
        page.expect(422);
        assert_eq!(page.error_fields(), bad, "{title:.10} {kind}");
        assert_eq!(page.input_value("title").as_deref(), Some(title));
        assert_eq!(
            page.textarea_value("description").as_deref(),
            Some(description)
        );
    }
    // A description of exactly 2000 characters is fine.
    fac.post(
        &format!("/workshops/{w}/drivers"),
        &[
            ("title", "Long"),
            ("description", &"d".repeat(2000)),
            ("kind", "trend"),
        ],
    )
    .await
    .expect(303);
    let d2 = add_driver(&fac, w, "Second", "uncertainty").await;

    // Ratings outside 1 to 5, or not numbers; the valid half is kept selected.
    for (impact, uncertainty, bad) in [
        ("0", "3", vec!["impact"]),
        ("6", "3", vec!["impact"]),
        ("3", "abc", vec!["uncertainty"]),
        ("", "", vec!["impact", "uncertainty"]),
        ("2.5", "-1", vec!["impact", "uncertainty"]),
    ] {
        let page = rate_driver(&fac, w, d1, impact, uncertainty).await;
        page.expect(422);
        assert_eq!(page.error_fields(), bad, "{impact} {uncertainty}");
        if impact == "3" {
            assert_eq!(page.selected("impact"), ["3"]);
        }
    }
    let page = rate_driver(&fac, w, d1, "0", "3").await;
    assert_eq!(
        page.field_error("impact"),
        Some(en(&app, "workshop-error-rating"))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM driver_ratings").await, 0);

    // Rating a driver of another workshop.
    let w2 = start_workshop(&fac, c, "Another workshop").await;
    let foreign = add_driver(&fac, w2, "Elsewhere", "trend").await;
    let page = rate_driver(&fac, w, foreign, "3", "3").await;
    page.expect(422);
    assert_eq!(
        page.field_error("driver"),
        Some(en(&app, "workshop-error-driver-elsewhere"))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM driver_ratings").await, 0);
    // Ids that are not ids.
    rate_driver(&fac, w, 0, "3", "3").await.expect(404);
    fac.post(
        &format!("/workshops/{w}/drivers/abc/rating"),
        &[("impact", "3")],
    )
    .await
    .expect(404);
    app.browser().get("/workshops/abc").await.expect(404);
    app.browser()
        .get("/workshops?page=abc&phase=nope&community=x")
        .await
        .expect(200);
    app.browser().get("/workshops/99999999").await.expect(404);
    app.browser()
        .get("/workshops/99999999999999999999999")
        .await
        .expect(404);

    // Axes: the same driver twice, a driver of another workshop, poles missing or too long.
    let page = set_axes(&fac, w, d1, d1).await;
    page.expect(422);
    assert_eq!(
        page.field_error("y_driver"),
        Some(en(&app, "workshop-error-same-axis"))
    );
    let page = set_axes(&fac, w, d1, foreign).await;
    page.expect(422);
    assert_eq!(page.error_fields(), ["y_driver"]);
    let (x, y) = (d1.to_string(), d2.to_string());
    let page = fac
        .post(
            &format!("/workshops/{w}/axes"),
            &[
                ("x_driver", x.as_str()),
                ("y_driver", y.as_str()),
                ("x_low", ""),
                ("x_high", &long_title),
                ("y_low", "Low"),
                ("y_high", "High"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), ["x_low", "x_high"]);
    assert_eq!(page.selected("x_driver"), [x.as_str()]);
    assert_eq!(page.selected("y_driver"), [y.as_str()]);
    assert_eq!(page.input_value("y_high").as_deref(), Some("High"));
    assert_eq!(
        app.opt_text(&format!("SELECT phase FROM workshops WHERE id = {w}"))
            .await
            .as_deref(),
        Some("drivers")
    );
    set_axes(&fac, w, d1, d2).await.expect(303);

    // Scenarios: an empty name, an over-long narrative.
    let path = format!("/workshops/{w}/scenarios/4/edit");
    let long_narrative = "n".repeat(20_001);
    let page = fac
        .post(
            &path,
            &[
                ("name", ""),
                ("narrative", &long_narrative),
                ("revision", "0"),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), ["name", "narrative"]);
    assert_eq!(
        page.textarea_value("narrative").as_deref(),
        Some(long_narrative.as_str())
    );
    let page = fac
        .post(
            &path,
            &[
                ("name", &long_title),
                ("narrative", ""),
                ("revision", "0"),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), ["name", "narrative"]);
    assert_eq!(
        page.input_value("name").as_deref(),
        Some(long_title.as_str())
    );
    fac.get(&format!("/workshops/{w}/scenarios/5/edit"))
        .await
        .expect(404);

    // Choices: empty, over-long, no direction; the refused form keeps its text.
    let long_choice = "c".repeat(501);
    for (text, direction, bad) in [
        ("", "towards", vec!["text"]),
        (long_choice.as_str(), "away", vec!["text"]),
        ("Fine", "", vec!["direction"]),
        ("Fine", "sideways", vec!["direction"]),
    ] {
        let page = fac
            .post(
                &format!("/workshops/{w}/scenarios/2/choices"),
                &[("text", text), ("direction", direction)],
            )
            .await;
        page.expect(422);
        assert_eq!(page.error_fields(), bad, "{direction}");
        assert_eq!(page.textarea_value("text").as_deref(), Some(text));
    }
    fac.post(
        &format!("/workshops/{w}/scenarios/9/choices"),
        &[("text", "x"), ("direction", "away")],
    )
    .await
    .expect(404);
    let ch = add_choice(&fac, w, 2, &"c".repeat(500), "away").await;

    // Choice ratings.
    for (p, d, bad) in [
        ("0", "3", vec!["plausibility"]),
        ("3", "9", vec!["desirability"]),
        ("x", "", vec!["plausibility", "desirability"]),
    ] {
        let page = rate_choice(&fac, w, ch, p, d).await;
        page.expect(422);
        assert_eq!(page.error_fields(), bad, "{p} {d}");
    }
    // A choice of another workshop.
    set_axes(
        &fac,
        w2,
        foreign,
        add_driver(&fac, w2, "Two", "trend").await,
    )
    .await
    .expect(303);
    let foreign_choice = add_choice(&fac, w2, 1, "Elsewhere", "towards").await;
    let page = rate_choice(&fac, w, foreign_choice, "3", "3").await;
    page.expect(422);
    assert_eq!(
        page.field_error("choice"),
        Some(en(&app, "workshop-error-choice-elsewhere"))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM choice_ratings").await, 0);

    // Unknown closing actions.
    fac.post(&format!("/workshops/{w}/phase"), &[("action", "explode")])
        .await
        .expect(400);
}

async fn only_verified_members_take_part_and_only_facilitators_lead(app: TestApp) {
    let (w, fac, _) = workshop_with_scenarios(&app, "rights").await;
    let _ = fac;
    let d = app
        .opt_i64(&format!(
            "SELECT axis_x_driver FROM workshops WHERE id = {w}"
        ))
        .await
        .expect("axis");

    // Readers without an account read but change nothing.
    let anon = app.browser();
    let page = anon.get(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "workshop-login-to-take-part")));
    assert!(!page.contains(&format!("action=\"/workshops/{w}/scenarios/1/choices\"")));
    let refused = anon
        .post(
            &format!("/workshops/{w}/scenarios/1/choices"),
            &[("text", "Anonymous"), ("direction", "towards")],
        )
        .await;
    refused.expect(401);
    assert_eq!(refused.error_code(), "login_required");
    let to_login = anon.get(&format!("/workshops/{w}/scenarios/1/edit")).await;
    to_login.expect(303);
    assert!(to_login.location().starts_with("/login"));
    let to_login = anon.get("/workshops/new").await;
    to_login.expect(303);

    // Members whose address is not confirmed yet read but change nothing.
    let (unverified, unverified_id) = app
        .signed_in("new@rights.example", "Newcomer", SiteRole::Member)
        .await;
    app.exec(&format!(
        "UPDATE users SET email_verified_at = NULL WHERE id = {unverified_id}"
    ))
    .await;
    let page = unverified.get(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "workshop-verify-to-take-part")));
    let refused = unverified
        .post(
            &format!("/workshops/{w}/scenarios/1/choices"),
            &[("text", "Unverified"), ("direction", "towards")],
        )
        .await;
    refused.expect(403);
    assert_eq!(refused.error_code(), "verification_required");
    unverified.get("/workshops/new").await.expect(403);

    // A member takes part but does not lead: no axes, no closing.
    let (member, _) = app
        .signed_in("member@rights.example", "Member", SiteRole::Member)
        .await;
    add_choice(&member, w, 1, "Member's choice", "towards").await;
    member
        .post(&format!("/workshops/{w}/phase"), &[("action", "close")])
        .await
        .expect(403);
    let page = member.get(&format!("/workshops/{w}")).await;
    assert!(!page.contains(&format!("action=\"/workshops/{w}/phase\"")));

    // In a workshop still collecting drivers, members cannot set the axes.
    let (fac2, fac2_id) = app
        .signed_in(
            "fac2@rights.example",
            "Second Facilitator",
            SiteRole::Member,
        )
        .await;
    let c = community(&app, "Rights two", "public", None, fac2_id).await;
    let w2 = start_workshop(&fac2, c, "Second").await;
    let a = add_driver(&fac2, w2, "A", "trend").await;
    let b = add_driver(&member, w2, "B", "trend").await;
    set_axes(&member, w2, a, b).await.expect(403);
    let _ = d;

    // A moderator leads any workshop, and it is audited.
    let (moderator, moderator_id) = app
        .signed_in("mod@rights.example", "Moderator", SiteRole::Moderator)
        .await;
    set_axes(&moderator, w2, a, b).await.expect(303);
    moderator
        .post(&format!("/workshops/{w2}/phase"), &[("action", "close")])
        .await
        .expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE actor_id = {moderator_id} AND target_id = {w2} \
             AND action IN ('workshop.axes', 'workshop.close')"
        ))
        .await,
        2
    );
    // The staff's list shows everything too.
    moderator.get("/workshops").await.expect(200);
}

async fn a_closed_workshop_changes_no_more_until_reopened(app: TestApp) {
    let (w, fac, _) = workshop_with_scenarios(&app, "closed").await;
    let (ana, _) = app
        .signed_in("ana@closed.example", "Ana", SiteRole::Member)
        .await;
    let ch = add_choice(&ana, w, 1, "Keep it", "towards").await;
    let closed = fac
        .post(&format!("/workshops/{w}/phase"), &[("action", "close")])
        .await;
    closed.expect(303);
    let page = ana.visit(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "workshop-phase-closed")));
    assert!(page.shows(&en(&app, "workshop-closed-notice")));
    assert!(!page.contains("/edit\""));
    assert!(!page.contains(&format!("action=\"/workshops/{w}/choices/{ch}/rating\"")));

    for page in [
        rate_choice(&ana, w, ch, "3", "3").await,
        add_choice_page(&ana, w).await,
        ana.post(
            &format!("/workshops/{w}/scenarios/1/edit"),
            &[("name", "N"), ("narrative", "N"), ("revision", "0")],
        )
        .await,
        add_driver_page(&fac, w, "Late").await,
        ana.get(&format!("/workshops/{w}/scenarios/1/edit")).await,
    ] {
        page.expect(409);
        assert_eq!(page.error_code(), "workshop_closed");
        assert!(page.shows(&en(&app, "workshop-error-closed")));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM choice_ratings").await, 0);
    // Still readable and exportable.
    app.browser()
        .get(&format!("/workshops/{w}/report"))
        .await
        .expect(200);
    app.browser()
        .get(&format!("/workshops/{w}/report.md"))
        .await
        .expect(200);

    // Reopened where it stopped.
    fac.post(&format!("/workshops/{w}/phase"), &[("action", "reopen")])
        .await
        .expect(303);
    assert_eq!(
        app.opt_text(&format!("SELECT phase FROM workshops WHERE id = {w}"))
            .await
            .as_deref(),
        Some("scenarios")
    );
    rate_choice(&ana, w, ch, "3", "3").await.expect(303);
}

async fn add_choice_page(b: &Browser, w: i64) -> Page {
    b.post(
        &format!("/workshops/{w}/scenarios/1/choices"),
        &[("text", "Late"), ("direction", "towards")],
    )
    .await
}

async fn a_private_community_workshop_is_hidden_from_outsiders(app: TestApp) {
    let (member, member_id) = app
        .signed_in("lea@private.example", "Lea Member", SiteRole::Member)
        .await;
    let (colleague, colleague_id) = app
        .signed_in("tom@private.example", "Tom Colleague", SiteRole::Member)
        .await;
    let (outsider, _) = app
        .signed_in("eve@outside.example", "Eve Outsider", SiteRole::Member)
        .await;
    let (org, _) = app
        .create_org(
            member_id,
            "Private Academy",
            OrgType::VetProvider,
            Country::Pl,
            &[Sector::Construction],
            &[Language::Pl],
        )
        .await;
    app.add_member(org, colleague_id, OrgRole::Member).await;
    let private = community(&app, "Staff room", "private", Some(org), member_id).await;

    // Members of the organisation may choose it; outsiders are not offered it.
    assert!(member.get("/workshops/new").await.contains("Staff room"));
    assert!(!outsider.get("/workshops/new").await.contains("Staff room"));
    let w = start_workshop(&member, private, "Our private future").await;
    let d = add_driver(&colleague, w, "Internal change", "trend").await;

    // Outsiders and anonymous readers: it does not exist.
    let anon = app.browser();
    for b in [&outsider, &anon] {
        for path in [
            format!("/workshops/{w}"),
            format!("/workshops/{w}/report"),
            format!("/workshops/{w}/report.md"),
            format!("/workshops/{w}/scenarios/1/history"),
        ] {
            let page = b.get(&path).await;
            page.expect(404);
            assert!(!page.contains("Our private future"), "{path}");
        }
        let list = b.get("/workshops").await;
        list.expect(200);
        assert!(!list.contains("Our private future"));
    }
    outsider
        .post(
            &format!("/workshops/{w}/drivers"),
            &[("title", "Intruder"), ("kind", "trend")],
        )
        .await
        .expect(404);
    rate_driver(&outsider, w, d, "3", "3").await.expect(404);
    outsider
        .post(&format!("/workshops/{w}/phase"), &[("action", "close")])
        .await
        .expect(404);
    assert_eq!(app.count("SELECT COUNT(*) FROM driver_ratings").await, 0);

    // Members of the organisation see and use it.
    let page = colleague.get(&format!("/workshops/{w}")).await;
    page.expect(200);
    assert!(page.contains("Our private future"));
    assert!(colleague
        .get("/workshops")
        .await
        .contains("Our private future"));
    rate_driver(&colleague, w, d, "4", "4").await.expect(303);
    let md = colleague.get(&format!("/workshops/{w}/report.md")).await;
    md.expect(200);
    assert!(md.body.contains("Internal change"));
    let report = colleague.get(&format!("/workshops/{w}/report")).await;
    report.expect(200);
    assert!(report.contains("<svg class=\"ws-chart\""));
}
