//! The joint action plan and the progress view over HTTP, on both engines: members of the
//! partner organisations write objectives, activities, milestones and indicators; bad input
//! comes back named and kept with nothing stored; outsiders read an active partnership's plan
//! but change nothing; an ended partnership's plan is read-only; measured values are recorded
//! and drawn on the progress page with the milestones' timeline and the overall completion.

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole, Theme};
use bottega_storage::cooperation::partnerships::{self, Terms};
use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    members_build_the_plan,
    bad_plan_input_comes_back_named_and_kept_and_nothing_is_stored,
    items_are_edited_moved_and_deleted,
    outsiders_read_the_plan_and_change_nothing,
    an_ended_partnership_has_a_read_only_plan,
    values_are_recorded_and_drawn_on_the_progress_page,
);

// ---- Helpers -----------------------------------------------------------------------------------

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

async fn person(app: &TestApp, tag: &str, name: &str) -> (Browser, i64) {
    app.signed_in(&format!("{tag}@school.example"), name, SiteRole::Member)
        .await
}

async fn org(app: &TestApp, admin: i64, name: &str, country: Country) -> i64 {
    app.create_org(
        admin,
        name,
        OrgType::VetProvider,
        country,
        &[Sector::Construction],
        &[Language::En],
    )
    .await
    .0
}

/// Asserts a refusal: its status, its stable code and the sentence explaining it.
#[track_caller]
fn refused(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code, "{}", page.body);
    let text = en(app, message);
    assert!(page.shows(&text), "no {text:?} on the page:\n{}", page.body);
}

/// Two organisations with a partnership between them, straight in the database: Anna
/// administers the first, Ben the second, Mia is a plain member of the first. `active` makes
/// both accept it.
struct Fixture {
    anna: Browser,
    ben: Browser,
    mia: Browser,
    a: i64,
    b: i64,
    p: i64,
}

async fn fixture(app: &TestApp, active: bool) -> Fixture {
    let (anna, anna_id) = person(app, "anna", "Anna Rossi").await;
    let (ben, ben_id) = person(app, "ben", "Ben Nowak").await;
    let (mia, mia_id) = person(app, "mia", "Mia Bianchi").await;
    let a = org(app, anna_id, "Scuola Edile Roma", Country::It).await;
    let b = org(app, ben_id, "Centrum Łódź", Country::Pl).await;
    app.add_member(a, mia_id, OrgRole::Member).await;
    let db = &app.db.db;
    let mut tx = db.begin().await.expect("begin");
    let p = partnerships::propose(
        &mut tx,
        &Terms {
            title: "Dual training in construction",
            purpose_md: "Purpose",
            purpose_html: "<p>Purpose</p>",
            commitments_md: "Commitments",
            commitments_html: "<p>Commitments</p>",
            lang: "en",
            starts_on: "2026-01-01",
            ends_on: "2028-12-31",
            themes: &[Theme::LabourMarket],
        },
        anna_id,
        a,
        &[b],
    )
    .await
    .expect("propose");
    if active {
        let done = partnerships::decide(&mut tx, p, b, ben_id, true, "Ben Nowak", "Head")
            .await
            .expect("decide");
        assert_eq!(done, partnerships::Answered::Activated);
    }
    tx.commit().await.expect("commit");
    Fixture {
        anna,
        ben,
        mia,
        a,
        b,
        p,
    }
}

fn plan(p: i64) -> String {
    format!("/partnerships/{p}/plan")
}

async fn count(app: &TestApp, table: &str, p: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM {table} WHERE partnership_id = {p}"
    ))
    .await
}

async fn last_id(app: &TestApp, table: &str, p: i64) -> i64 {
    app.count(&format!(
        "SELECT MAX(id) FROM {table} WHERE partnership_id = {p}"
    ))
    .await
}

// ---- Tests -------------------------------------------------------------------------------------

async fn members_build_the_plan(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    // Mia, a plain member of a partner organisation, writes the plan.
    let page = f.mia.get(&plan(p)).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-plan-empty")));
    assert!(page.contains(&format!("href=\"{}/objectives/new\"", plan(p))));
    f.mia
        .get(&format!("{}/objectives/new", plan(p)))
        .await
        .expect(200);
    f.mia
        .post(
            &format!("{}/objectives/new", plan(p)),
            &[
                ("title", "Curricula that employers trust"),
                ("description", "Two modules rewritten with employers."),
            ],
        )
        .await
        .expect(303);
    let o = last_id(&app, "pt_objectives", p).await;
    let saved = f
        .ben
        .post(
            &format!("{}/activities/new", plan(p)),
            &[
                ("objective", o.to_string().as_str()),
                ("title", "Employer panel on bricklaying"),
                ("owner_org", f.b.to_string().as_str()),
                ("owner_name", "Piotr Zieliński"),
                ("starts_on", "2026-03-01"),
                ("ends_on", "2026-03-02"),
                ("status", "done"),
            ],
        )
        .await;
    saved.expect(303);
    assert_eq!(saved.location(), plan(p));
    f.anna
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("objective", o.to_string().as_str()),
                ("title", "Module one approved"),
                ("due_on", "2026-06-30"),
                ("status", "reached"),
                ("reached_on", "2026-07-04"),
            ],
        )
        .await
        .expect(303);
    f.anna
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("title", "Module two approved"),
                ("due_on", "2026-02-01"),
                ("status", "planned"),
            ],
        )
        .await
        .expect(303);
    let created = f
        .anna
        .post(
            &format!("{}/indicators/new", plan(p)),
            &[
                ("objective", o.to_string().as_str()),
                ("name", "Teachers trained"),
                ("unit", "people"),
                ("baseline", ""),
                ("target", "40"),
            ],
        )
        .await;
    created.expect(303);
    let i = last_id(&app, "pt_indicators", p).await;
    assert_eq!(created.location(), format!("{}/indicators/{i}", plan(p)));

    // As stored.
    assert_eq!(
        app.opt_text(&format!(
            "SELECT title || '|' || owner_name || '|' || status || '|' || starts_on || '|' || ends_on \
             FROM pt_activities WHERE partnership_id = {p}"
        ))
        .await
        .as_deref(),
        Some("Employer panel on bricklaying|Piotr Zieliński|done|2026-03-01|2026-03-02")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT owner_org_id FROM pt_activities WHERE partnership_id = {p}"
        ))
        .await,
        Some(f.b)
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT reached_on FROM pt_milestones WHERE partnership_id = {p} AND status = 'reached'"
        ))
        .await
        .as_deref(),
        Some("2026-07-04")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT name || '|' || unit || '|' || CAST(CAST(baseline AS BIGINT) AS TEXT) || '|' \
             || CAST(CAST(target AS BIGINT) AS TEXT) FROM pt_indicators WHERE id = {i}"
        ))
        .await
        .as_deref(),
        Some("Teachers trained|people|0|40")
    );

    // The plan page shows them under their objective, the loose milestone at the end, overdue.
    let page = app.browser().get(&plan(p)).await;
    page.expect(200);
    for text in [
        "Curricula that employers trust",
        "Employer panel on bricklaying",
        "Piotr Zieliński",
        "Centrum Łódź",
        "Module one approved",
        "Teachers trained",
    ] {
        assert!(page.shows(text), "{text}");
    }
    assert!(page.shows(&en(&app, "pt-milestone-late")));
    assert!(page.shows(&en(&app, "pt-milestone-overdue")));
    assert!(page.shows(&en(&app, "pt-no-objective")));
    let objective_at = page
        .body
        .find("Curricula that employers trust")
        .expect("objective");
    let loose_at = page.body.find("Module two approved").expect("loose");
    assert!(loose_at > objective_at);
    // Anonymous readers get no editing links.
    assert!(!page.contains("/objectives/new"));
    // The agreement page counts the plan.
    let page = app.browser().get(&format!("/partnerships/{p}")).await;
    assert!(page.shows(&app.localizer("en").t2(
        "pt-plan-summary",
        "objectives",
        1,
        "activities",
        1
    )));
}

async fn bad_plan_input_comes_back_named_and_kept_and_nothing_is_stored(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    let (_, eve_id) = person(&app, "eve", "Eve").await;
    let outsider_org = org(&app, eve_id, "Elsewhere", Country::Fr).await;

    // An activity ending before it starts, owned by an organisation that is not a party.
    let page = f
        .mia
        .post(
            &format!("{}/activities/new", plan(p)),
            &[
                ("title", "Staff visit to Łódź"),
                ("owner_org", outsider_org.to_string().as_str()),
                ("owner_name", "Mia"),
                ("starts_on", "2026-05-10"),
                ("ends_on", "2026-05-01"),
                ("status", "planned"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["owner_org", "ends_on"]);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "pt-error-ends-before-start").as_str())
    );
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Staff visit to Łódź")
    );
    assert_eq!(page.input_value("ends_on").as_deref(), Some("2026-05-01"));
    assert_eq!(page.selected("status"), vec!["planned".to_string()]);
    // An impossible date and an unknown status.
    let page = f
        .mia
        .post(
            &format!("{}/activities/new", plan(p)),
            &[
                ("title", "X"),
                ("starts_on", "2026-13-01"),
                ("status", "someday"),
            ],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("starts_on").is_some());
    assert!(page.field_error("status").is_some());
    assert_eq!(count(&app, "pt_activities", p).await, 0);

    // Indicators: a target that is not a number, not finite, or absurd.
    for target in ["NaN", "inf", "forty", "1e999", "", "99999999999999"] {
        let page = f
            .mia
            .post(
                &format!("{}/indicators/new", plan(p)),
                &[
                    ("name", "Companies involved"),
                    ("target", target),
                    ("baseline", "0"),
                ],
            )
            .await;
        page.expect(422);
        assert!(page.field_error("target").is_some(), "{target}");
        assert_eq!(page.input_value("target").as_deref(), Some(target));
        assert_eq!(
            page.input_value("name").as_deref(),
            Some("Companies involved")
        );
    }
    let page = f
        .mia
        .post(
            &format!("{}/indicators/new", plan(p)),
            &[("name", ""), ("target", "12"), ("baseline", "abc")],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("name").is_some() && page.field_error("baseline").is_some());
    assert_eq!(count(&app, "pt_indicators", p).await, 0);

    // Milestones: reached without a date, reached in the future, filed under another
    // partnership's objective.
    let page = f
        .mia
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("title", "Kick-off"),
                ("due_on", "2026-02-01"),
                ("status", "reached"),
            ],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("reached_on").is_some());
    let page = f
        .mia
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("title", "Kick-off"),
                ("due_on", "2026-02-01"),
                ("status", "reached"),
                ("reached_on", "2099-01-01"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("reached_on").as_deref(),
        Some(en(&app, "pt-plan-error-reached-future").as_str())
    );
    let page = f
        .mia
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("title", "Kick-off"),
                ("objective", "987654"),
                ("due_on", ""),
                ("status", "planned"),
            ],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("objective").is_some() && page.field_error("due_on").is_some());
    assert_eq!(count(&app, "pt_milestones", p).await, 0);

    // An objective without a title; one with a description far too long.
    let page = f
        .mia
        .post(&format!("{}/objectives/new", plan(p)), &[("title", "  ")])
        .await;
    page.expect(422);
    assert!(page.field_error("title").is_some());
    let long = "x".repeat(2_001);
    let page = f
        .mia
        .post(
            &format!("{}/objectives/new", plan(p)),
            &[("title", "Fine"), ("description", long.as_str())],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("description").is_some());
    assert_eq!(count(&app, "pt_objectives", p).await, 0);

    // Items of another address are not found.
    f.mia
        .get(&format!("{}/activities/424242/edit", plan(p)))
        .await
        .expect(404);
    f.mia
        .post(&format!("{}/milestones/424242/delete", plan(p)), &[])
        .await
        .expect(404);
    f.mia
        .get(&format!("{}/indicators/abc", plan(p)))
        .await
        .expect(404);
}

async fn items_are_edited_moved_and_deleted(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    for title in ["First objective", "Second objective"] {
        f.anna
            .post(&format!("{}/objectives/new", plan(p)), &[("title", title)])
            .await
            .expect(303);
    }
    let first = app
        .count(&format!(
            "SELECT id FROM pt_objectives WHERE partnership_id = {p} AND title = 'First objective'"
        ))
        .await;
    // Edited.
    let form = f
        .mia
        .get(&format!("{}/objectives/{first}/edit", plan(p)))
        .await;
    form.expect(200);
    assert_eq!(
        form.input_value("title").as_deref(),
        Some("First objective")
    );
    f.mia
        .post(
            &format!("{}/objectives/{first}/edit", plan(p)),
            &[
                ("title", "Renamed objective"),
                ("description", "Now clearer"),
            ],
        )
        .await
        .expect(303);
    // Moved below the second.
    f.mia
        .post(
            &format!("{}/objectives/{first}/move", plan(p)),
            &[("direction", "down")],
        )
        .await
        .expect(303);
    let order = app
        .opt_text(&format!(
            "SELECT title FROM pt_objectives WHERE partnership_id = {p} ORDER BY position, id LIMIT 1"
        ))
        .await;
    assert_eq!(order.as_deref(), Some("Second objective"));
    let page = f.mia.get(&plan(p)).await;
    let second_at = page.body.find("Second objective").expect("second");
    let renamed_at = page.body.find("Renamed objective").expect("renamed");
    assert!(second_at < renamed_at);
    f.mia
        .post(
            &format!("{}/objectives/{first}/move", plan(p)),
            &[("direction", "sideways")],
        )
        .await
        .expect(400);

    // An activity under it is edited, then deleted after a confirmation page.
    f.mia
        .post(
            &format!("{}/activities/new", plan(p)),
            &[
                ("objective", first.to_string().as_str()),
                ("title", "Study visit"),
                ("status", "planned"),
            ],
        )
        .await
        .expect(303);
    let act = app
        .count(&format!(
            "SELECT MAX(id) FROM pt_activities WHERE partnership_id = {p}"
        ))
        .await;
    let form = f
        .ben
        .get(&format!("{}/activities/{act}/edit", plan(p)))
        .await;
    form.expect(200);
    assert_eq!(form.selected("objective"), vec![first.to_string()]);
    f.ben
        .post(
            &format!("{}/activities/{act}/edit", plan(p)),
            &[
                ("objective", first.to_string().as_str()),
                ("title", "Study visit to Łódź"),
                ("owner_org", f.a.to_string().as_str()),
                ("status", "ongoing"),
            ],
        )
        .await
        .expect(303);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT status FROM pt_activities WHERE id = {act}"
        ))
        .await
        .as_deref(),
        Some("ongoing")
    );
    let confirm = f
        .ben
        .get(&format!("{}/activities/{act}/delete", plan(p)))
        .await;
    confirm.expect(200);
    assert!(confirm.shows("Study visit to Łódź"));
    f.ben
        .post(&format!("{}/activities/{act}/delete", plan(p)), &[])
        .await
        .expect(303);
    assert_eq!(count(&app, "pt_activities", p).await, 0);

    // Deleting an objective keeps its items, filed under none.
    f.mia
        .post(
            &format!("{}/milestones/new", plan(p)),
            &[
                ("objective", first.to_string().as_str()),
                ("title", "Pilot done"),
                ("due_on", "2027-06-01"),
                ("status", "planned"),
            ],
        )
        .await
        .expect(303);
    f.mia
        .post(&format!("{}/objectives/{first}/delete", plan(p)), &[])
        .await
        .expect(303);
    assert_eq!(count(&app, "pt_objectives", p).await, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pt_milestones WHERE partnership_id = {p} AND objective_id IS NULL"
        ))
        .await,
        1
    );
    let page = f.mia.get(&plan(p)).await;
    assert!(page.shows(&en(&app, "pt-no-objective")) && page.shows("Pilot done"));
}

async fn outsiders_read_the_plan_and_change_nothing(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    f.anna
        .post(
            &format!("{}/objectives/new", plan(p)),
            &[("title", "Shared objective")],
        )
        .await
        .expect(303);
    let o = last_id(&app, "pt_objectives", p).await;
    let (eve, _) = person(&app, "eve", "Eve Outsider").await;
    let page = eve.get(&plan(p)).await;
    page.expect(200);
    assert!(page.shows("Shared objective"));
    assert!(!page.contains("/objectives/new"));
    refused(
        &app,
        &eve.post(
            &format!("{}/objectives/new", plan(p)),
            &[("title", "Mine now")],
        )
        .await,
        403,
        "partnership_members_only",
        "pt-error-members-only",
    );
    eve.get(&format!("{}/objectives/new", plan(p)))
        .await
        .expect(403);
    eve.post(
        &format!("{}/objectives/{o}/edit", plan(p)),
        &[("title", "Taken over")],
    )
    .await
    .expect(403);
    eve.post(&format!("{}/objectives/{o}/delete", plan(p)), &[])
        .await
        .expect(403);
    assert_eq!(count(&app, "pt_objectives", p).await, 1);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM pt_objectives WHERE id = {o}"))
            .await
            .as_deref(),
        Some("Shared objective")
    );
    // Someone who left the organisation is refused too.
    app.exec(&format!(
        "DELETE FROM memberships WHERE org_id = {} AND user_id = (SELECT id FROM users WHERE email = 'mia@school.example')",
        f.a
    ))
    .await;
    f.mia
        .post(&format!("{}/objectives/new", plan(p)), &[("title", "Late")])
        .await
        .expect(403);
    assert_eq!(count(&app, "pt_objectives", p).await, 1);

    // A proposal's plan is for its organisations only.
    let g = fixture_second(&app, &f).await;
    eve.get(&plan(g)).await.expect(404);
    app.browser().get(&plan(g)).await.expect(404);
    f.ben.get(&plan(g)).await.expect(200);
    // ... and its members already plan while it is proposed.
    f.ben
        .post(
            &format!("{}/objectives/new", plan(g)),
            &[("title", "Prepared early")],
        )
        .await
        .expect(303);
    assert_eq!(count(&app, "pt_objectives", g).await, 1);
}

/// A second partnership between the fixture's organisations, left proposed.
async fn fixture_second(app: &TestApp, f: &Fixture) -> i64 {
    let anna_id = app
        .count("SELECT id FROM users WHERE email = 'anna@school.example'")
        .await;
    let mut tx = app.db.db.begin().await.expect("begin");
    let p = partnerships::propose(
        &mut tx,
        &Terms {
            title: "Second partnership",
            purpose_md: "P",
            purpose_html: "<p>P</p>",
            commitments_md: "C",
            commitments_html: "<p>C</p>",
            lang: "en",
            starts_on: "2026-01-01",
            ends_on: "2027-12-31",
            themes: &[Theme::Didactics],
        },
        anna_id,
        f.a,
        &[f.b],
    )
    .await
    .expect("propose");
    tx.commit().await.expect("commit");
    p
}

async fn an_ended_partnership_has_a_read_only_plan(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    f.anna
        .post(
            &format!("{}/objectives/new", plan(p)),
            &[("title", "Kept objective")],
        )
        .await
        .expect(303);
    f.anna
        .post(
            &format!("{}/indicators/new", plan(p)),
            &[("name", "Apprentices placed"), ("target", "25")],
        )
        .await
        .expect(303);
    let o = last_id(&app, "pt_objectives", p).await;
    let i = last_id(&app, "pt_indicators", p).await;
    f.ben
        .post(&format!("/partnerships/{p}/end"), &[])
        .await
        .expect(303);
    let page = f.mia.get(&plan(p)).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-plan-read-only")));
    assert!(page.shows("Kept objective"));
    assert!(!page.contains("/objectives/new"));
    for (path, fields) in [
        (
            format!("{}/objectives/new", plan(p)),
            vec![("title", "Too late")],
        ),
        (
            format!("{}/objectives/{o}/edit", plan(p)),
            vec![("title", "Changed")],
        ),
        (format!("{}/objectives/{o}/delete", plan(p)), vec![]),
        (
            format!("{}/indicators/{i}/values", plan(p)),
            vec![("measured_on", "2026-05-01"), ("value", "3")],
        ),
    ] {
        refused(
            &app,
            &f.mia.post(&path, &fields).await,
            409,
            "partnership_closed",
            "pt-error-closed",
        );
    }
    f.anna
        .get(&format!("{}/objectives/new", plan(p)))
        .await
        .expect(409);
    assert_eq!(count(&app, "pt_objectives", p).await, 1);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM pt_objectives WHERE id = {o}"))
            .await
            .as_deref(),
        Some("Kept objective")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pt_indicator_values").await,
        0
    );
    // The indicator page still shows, without the form.
    let page = f.mia.get(&format!("{}/indicators/{i}", plan(p))).await;
    page.expect(200);
    assert!(!page.contains(&format!("action=\"{}/indicators/{i}/values\"", plan(p))));
}

async fn values_are_recorded_and_drawn_on_the_progress_page(app: TestApp) {
    let f = fixture(&app, true).await;
    let p = f.p;
    f.anna
        .post(
            &format!("{}/indicators/new", plan(p)),
            &[
                ("name", "Teachers trained"),
                ("unit", "people"),
                ("baseline", "0"),
                ("target", "40"),
            ],
        )
        .await
        .expect(303);
    let i = last_id(&app, "pt_indicators", p).await;
    let values = format!("{}/indicators/{i}/values", plan(p));
    let page = f.mia.get(&format!("{}/indicators/{i}", plan(p))).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-values-none")));
    assert!(page.contains(&format!("action=\"{values}\"")));

    for (on, value, note) in [
        ("2026-03-01", "10", "First cohort"),
        ("2026-09-15", "20,5", ""),
    ] {
        f.mia
            .post(
                &values,
                &[("measured_on", on), ("value", value), ("note", note)],
            )
            .await
            .expect(303);
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pt_indicator_values WHERE indicator_id = {i}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(value * 10 AS BIGINT) FROM pt_indicator_values WHERE indicator_id = {i} \
             AND measured_on = '2026-09-15'"
        ))
        .await,
        205
    );
    // Bad values come back kept: a day to come, not a number.
    let page = f
        .mia
        .post(&values, &[("measured_on", "2099-01-01"), ("value", "NaN")])
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["measured_on", "value"]);
    assert_eq!(page.input_value("value").as_deref(), Some("NaN"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pt_indicator_values WHERE indicator_id = {i}"
        ))
        .await,
        2
    );

    // A milestone reached on time, one missed, one overdue; activities in every state.
    for (title, due, status, reached) in [
        ("Kick-off meeting", "2026-02-01", "reached", "2026-01-30"),
        ("First exchange", "2026-04-01", "missed", ""),
        ("Joint module", "2026-05-01", "planned", ""),
        ("Final conference", "2028-10-01", "planned", ""),
    ] {
        f.anna
            .post(
                &format!("{}/milestones/new", plan(p)),
                &[
                    ("title", title),
                    ("due_on", due),
                    ("status", status),
                    ("reached_on", reached),
                ],
            )
            .await
            .expect(303);
    }
    for (title, status) in [
        ("Visit A", "done"),
        ("Visit B", "ongoing"),
        ("Visit C", "cancelled"),
    ] {
        f.anna
            .post(
                &format!("{}/activities/new", plan(p)),
                &[("title", title), ("status", status)],
            )
            .await
            .expect(303);
    }

    // The progress page: the chart and its table, the timeline, counts and the overall figure.
    let page = app
        .browser()
        .get(&format!("/partnerships/{p}/progress"))
        .await;
    page.expect(200);
    assert!(page.contains("<svg"));
    assert!(page.contains("<path d=\"M"));
    assert!(page.shows("First cohort"));
    assert!(page.shows("20.5"));
    let l = app.localizer("en");
    // 20.5 of 40 from 0: 51 %.
    let share = l.t1("pt-percent", "value", 51);
    assert!(
        page.shows(&l.t1("pt-indicator-share", "share", share.as_str())),
        "{}",
        page.body
    );
    for id in [
        "pt-milestone-on-time",
        "pt-milestone-missed",
        "pt-milestone-overdue",
        "pt-milestone-upcoming",
    ] {
        assert!(page.shows(&en(&app, id)), "{id}");
    }
    assert!(page.shows(&l.t1("pt-milestone-count-overdue", "count", 1)));
    // Milestones 1 of 4 (25 %), activities 1 of 2 not cancelled (50 %), indicators 51 %
    // on average: overall (25 + 50 + 51.25) / 3 = 42 %.
    assert!(page.shows(&l.t2("pt-completion-milestones", "done", 1, "of", 4)));
    assert!(page.shows(&l.t2("pt-completion-activities", "done", 1, "of", 2)));
    assert!(
        page.shows(&l.t1("pt-percent", "value", 42)),
        "{}",
        page.body
    );
    // The indicator's page: the values in order, and one deleted.
    let page = f.mia.get(&format!("{}/indicators/{i}", plan(p))).await;
    assert!(page.contains("<svg"));
    let first = page.body.find("First cohort").expect("first value");
    assert!(page.body[first..].contains("20.5"));
    let v = app
        .count(&format!(
            "SELECT id FROM pt_indicator_values WHERE indicator_id = {i} AND measured_on = '2026-03-01'"
        ))
        .await;
    f.mia
        .post(&format!("{values}/{v}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pt_indicator_values WHERE indicator_id = {i}"
        ))
        .await,
        1
    );
    // An outsider records nothing.
    let (eve, _) = person(&app, "eve", "Eve").await;
    eve.post(&values, &[("measured_on", "2026-05-01"), ("value", "99")])
        .await
        .expect(403);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pt_indicator_values WHERE indicator_id = {i}"
        ))
        .await,
        1
    );
    // An empty plan's progress says there is nothing to measure.
    let g = fixture_second(&app, &f).await;
    let page = f.ben.get(&format!("/partnerships/{g}/progress")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-overall-none")));
}
