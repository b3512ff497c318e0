//! Partnerships over HTTP, on both engines: proposing one through its form (also from an
//! organisation's page), each organisation's admin accepting until it is active, a refusal,
//! answers refused to people who do not administer the organisation (403, nothing changed),
//! bad input that comes back named and kept, rewriting the terms (every acceptance asked
//! again), withdrawing and ending, the emails to the organisations' admins, the register and
//! who sees proposals, and the section's landing page.

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};
use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    a_proposal_accepted_by_every_organisation_becomes_active,
    one_refusal_declines_the_partnership,
    answering_for_an_organisation_one_does_not_administer_is_forbidden,
    bad_proposals_come_back_named_and_kept_and_nothing_is_stored,
    rewriting_the_terms_asks_every_organisation_again,
    the_proposer_withdraws_and_an_admin_ends,
    the_register_shows_proposals_to_their_organisations_only,
    the_propose_link_is_on_organisation_pages_and_in_partner_search,
    the_landing_page_puts_answers_waiting_first,
    a_member_proposes_and_the_admin_of_the_proposing_organisation_confirms,
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

/// An organisation administered by `admin`; returns its id and directory address.
async fn org(app: &TestApp, admin: i64, name: &str, country: Country) -> (i64, String) {
    app.create_org(
        admin,
        name,
        OrgType::VetProvider,
        country,
        &[Sector::Construction],
        &[Language::En],
    )
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

/// The fields of the proposal form, valid unless changed.
#[derive(Clone)]
struct Input(Vec<(String, String)>);

impl Input {
    fn new(title: &str, from_org: i64) -> Input {
        Input(Vec::new())
            .set("from_org", &from_org.to_string())
            .set("title", title)
            .add("themes", "labour-market")
            .add("themes", "teacher-competences")
            .set(
                "purpose",
                "Align **apprenticeship** curricula with regional employers.",
            )
            .set(
                "commitments",
                "Each partner hosts two staff visits a year and shares its materials.",
            )
            .set("lang", "en")
            .set("starts_on", "2026-01-01")
            .set("ends_on", "2028-12-31")
    }

    /// Replaces every value of `name` with `value`.
    fn set(mut self, name: &str, value: &str) -> Input {
        self.0.retain(|(k, _)| k != name);
        self.0.push((name.to_string(), value.to_string()));
        self
    }

    /// One more value of a many-valued field.
    fn add(mut self, name: &str, value: &str) -> Input {
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

/// Proposes through the form; returns the partnership's id.
async fn propose(b: &Browser, input: &Input) -> i64 {
    let page = input.post(b, "/partnerships/new").await;
    page.expect(303);
    number_after(page.location(), "/partnerships/")
}

async fn status(app: &TestApp, p: i64) -> String {
    app.opt_text(&format!("SELECT status FROM partnerships WHERE id = {p}"))
        .await
        .expect("partnership")
}

/// An organisation's answer as stored: `state/accepted_terms/signatory`.
async fn party(app: &TestApp, p: i64, org: i64) -> String {
    app.opt_text(&format!(
        "SELECT state || '/' || COALESCE(CAST(accepted_terms AS TEXT), '-') || '/' || signatory_name \
         FROM partnership_parties WHERE partnership_id = {p} AND org_id = {org}"
    ))
    .await
    .expect("party")
}

async fn answer(b: &Browser, p: i64, org: i64, answer: &str, name: &str, role: &str) -> Page {
    b.post(
        &format!("/partnerships/{p}/answer"),
        &[
            ("org", org.to_string().as_str()),
            ("answer", answer),
            ("signatory_name", name),
            ("signatory_role", role),
        ],
    )
    .await
}

/// Three organisations (Italy, Poland, Spain), each with its admin signed in, and a proposal
/// from the first to the other two; returns the browsers, ids and the partnership.
struct Three {
    anna: Browser,
    ben: Browser,
    carla: Browser,
    a: (i64, String),
    b: (i64, String),
    c: (i64, String),
    p: i64,
}

async fn three(app: &TestApp) -> Three {
    let (anna, anna_id) = person(app, "anna", "Anna Rossi").await;
    let (ben, ben_id) = person(app, "ben", "Ben Nowak").await;
    let (carla, carla_id) = person(app, "carla", "Carla Gil").await;
    let a = org(app, anna_id, "Scuola Edile Roma", Country::It).await;
    let b = org(app, ben_id, "Centrum Kształcenia Łódź", Country::Pl).await;
    let c = org(app, carla_id, "Instituto Dual Bilbao", Country::Es).await;
    let p = propose(
        &anna,
        &Input::new("Dual training in construction", a.0)
            .add("to", &b.1)
            .set("partners", &format!("/directory/{}\n", c.1))
            .set("signatory_name", "Anna Rossi")
            .set("signatory_role", "Director"),
    )
    .await;
    Three {
        anna,
        ben,
        carla,
        a,
        b,
        c,
        p,
    }
}

// ---- Tests -------------------------------------------------------------------------------------

async fn a_proposal_accepted_by_every_organisation_becomes_active(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    // Stored as proposed, with the proposer's organisation accepting at once (Anna is its admin)
    // and the others waiting; the text rendered once.
    assert_eq!(status(&app, p).await, "proposed");
    assert_eq!(party(&app, p, t.a.0).await, "accepted/1/Anna Rossi");
    assert_eq!(party(&app, p, t.b.0).await, "pending/-/");
    assert_eq!(party(&app, p, t.c.0).await, "pending/-/");
    assert_eq!(
        app.count(&format!(
            "SELECT party_count FROM partnerships WHERE id = {p}"
        ))
        .await,
        3
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM partnership_themes WHERE partnership_id = {p}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM partnerships WHERE id = {p} \
             AND purpose_html LIKE '%<strong>apprenticeship</strong>%'"
        ))
        .await,
        1
    );
    let page = t.anna.visit(&format!("/partnerships/{p}")).await;
    assert!(page.shows(&en(&app, "flash-pt-proposed")));

    // Each partner organisation's admin is told, in their language, with a link; not Anna.
    assert_eq!(app.queued_emails_to("ben@school.example").await, 1);
    assert_eq!(app.queued_emails_to("carla@school.example").await, 1);
    assert_eq!(app.queued_emails_to("anna@school.example").await, 0);
    let email = app.wait_for_email("ben@school.example", 1).await;
    assert!(
        email.subject.contains("Dual training in construction"),
        "{}",
        email.subject
    );
    assert!(email.body.contains("Scuola Edile Roma"), "{}", email.body);
    assert!(email
        .body
        .contains(&email.link(&format!("/partnerships/{p}"))));

    // Ben reads the agreement and its answer form for his organisation.
    let page = t.ben.get(&format!("/partnerships/{p}")).await;
    page.expect(200);
    assert!(page.contains(&format!("action=\"/partnerships/{p}/answer\"")));
    assert!(page.contains(&format!("name=\"org\" value=\"{}\"", t.b.0)));
    assert!(page.contains("<strong>apprenticeship</strong>"));
    // Accepting names a signatory: without one the answer page comes back.
    let missing = answer(&t.ben, p, t.b.0, "accept", "", "").await;
    missing.expect(422);
    assert!(missing.field_error("signatory_name").is_some());
    assert_eq!(party(&app, p, t.b.0).await, "pending/-/");

    let accepted = answer(&t.ben, p, t.b.0, "accept", "Ben Nowak", "Head of training").await;
    accepted.expect(303);
    assert_eq!(accepted.location(), format!("/partnerships/{p}"));
    assert_eq!(status(&app, p).await, "proposed");
    assert_eq!(party(&app, p, t.b.0).await, "accepted/1/Ben Nowak");
    let page = t.ben.visit(&format!("/partnerships/{p}")).await;
    assert!(page.shows(&en(&app, "flash-pt-accepted")));
    assert!(!page.contains(&format!("action=\"/partnerships/{p}/answer\"")));

    // The last acceptance makes it active; the others are told.
    let last = answer(&t.carla, p, t.c.0, "accept", "Carla Gil", "Director").await;
    last.expect(303);
    assert_eq!(status(&app, p).await, "active");
    assert!(app
        .opt_i64(&format!(
            "SELECT activated_at FROM partnerships WHERE id = {p}"
        ))
        .await
        .is_some());
    assert_eq!(app.queued_emails_to("anna@school.example").await, 1);
    assert_eq!(app.queued_emails_to("ben@school.example").await, 2);
    assert_eq!(app.queued_emails_to("carla@school.example").await, 1);
    let page = t.carla.visit(&format!("/partnerships/{p}")).await;
    assert!(page.shows(&en(&app, "flash-pt-active")));
    assert!(page.shows("Head of training"));
    // Active partnerships are public.
    let anonymous = app.browser();
    anonymous
        .get(&format!("/partnerships/{p}"))
        .await
        .expect(200);
    // Answering again is too late.
    let late = answer(&t.ben, p, t.b.0, "decline", "", "").await;
    refused(
        &app,
        &late,
        409,
        "partnership_not_proposed",
        "pt-error-not-proposed",
    );
    assert_eq!(status(&app, p).await, "active");
    // The decisions are in the audit log.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'partnership.accept' AND target_id = {p}"
        ))
        .await,
        2
    );
}

async fn one_refusal_declines_the_partnership(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    let declined = answer(&t.ben, p, t.b.0, "decline", "", "").await;
    declined.expect(303);
    assert_eq!(status(&app, p).await, "declined");
    assert_eq!(party(&app, p, t.b.0).await, "declined/-/");
    let page = t.ben.visit(&format!("/partnerships/{p}")).await;
    assert!(page.shows(&en(&app, "flash-pt-declined")));
    assert!(page.shows(&en(&app, "pt-declined-notice")));
    // Anna hears of it.
    assert_eq!(app.queued_emails_to("anna@school.example").await, 1);
    let email = app.wait_for_email("anna@school.example", 1).await;
    assert!(
        email.body.contains("Centrum Kształcenia Łódź"),
        "{}",
        email.body
    );
    // Carla can no longer accept.
    let late = answer(&t.carla, p, t.c.0, "accept", "Carla Gil", "Director").await;
    refused(
        &app,
        &late,
        409,
        "partnership_not_proposed",
        "pt-error-not-proposed",
    );
    assert_eq!(party(&app, p, t.c.0).await, "pending/-/");
    // Declined proposals stay out of the public register.
    let list = app.browser().get("/partnerships").await;
    assert!(!list.contains(&format!("/partnerships/{p}\"")));
    app.browser()
        .get(&format!("/partnerships/{p}"))
        .await
        .expect(404);
}

async fn answering_for_an_organisation_one_does_not_administer_is_forbidden(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    // Dan belongs to Ben's organisation, but does not administer it.
    let (dan, dan_id) = person(&app, "dan", "Dan Kowalski").await;
    app.add_member(t.b.0, dan_id, OrgRole::Member).await;
    let page = dan.get(&format!("/partnerships/{p}")).await;
    page.expect(200);
    assert!(!page.contains(&format!("action=\"/partnerships/{p}/answer\"")));
    let before = app
        .count(&format!(
            "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = {p} AND state = 'pending'"
        ))
        .await;
    for (who, org) in [(&dan, t.b.0), (&t.ben, t.c.0), (&t.carla, t.b.0)] {
        let tried = answer(who, p, org, "accept", "Someone", "Anyone").await;
        refused(
            &app,
            &tried,
            403,
            "partnership_not_org_admin",
            "pt-error-not-org-admin",
        );
        let declined = answer(who, p, org, "decline", "", "").await;
        declined.expect(403);
    }
    // An outsider is refused too, even for an organisation that is not a party.
    let (eve, eve_id) = person(&app, "eve", "Eve Outsider").await;
    let (e_org, _) = org(&app, eve_id, "Elsewhere", Country::Fr).await;
    answer(&eve, p, e_org, "accept", "Eve", "Boss")
        .await
        .expect(403);
    answer(&eve, p, t.b.0, "accept", "Eve", "Boss")
        .await
        .expect(403);
    // Nothing changed.
    assert_eq!(status(&app, p).await, "proposed");
    assert_eq!(party(&app, p, t.b.0).await, "pending/-/");
    assert_eq!(party(&app, p, t.c.0).await, "pending/-/");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = {p} AND state = 'pending'"
        ))
        .await,
        before
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = {p}"
        ))
        .await,
        3
    );
    // The answer page is refused the same way.
    dan.get(&format!("/partnerships/{p}/answer?org={}", t.b.0))
        .await
        .expect(403);
    t.ben
        .get(&format!("/partnerships/{p}/answer?org={}", t.b.0))
        .await
        .expect(200);
}

async fn bad_proposals_come_back_named_and_kept_and_nothing_is_stored(app: TestApp) {
    let (anna, anna_id) = person(&app, "anna", "Anna Rossi").await;
    let (_, ben_id) = person(&app, "ben", "Ben Nowak").await;
    let a = org(&app, anna_id, "Scuola Edile Roma", Country::It).await;
    let b = org(&app, ben_id, "Centrum Łódź", Country::Pl).await;
    let good = Input::new("Green skills for builders", a.0).set("partners", &b.1);

    // The end before the start: 422, named at the end, everything kept.
    let page = good
        .clone()
        .set("ends_on", "2025-12-31")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["ends_on"]);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "pt-error-ends-before-start").as_str())
    );
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Green skills for builders")
    );
    assert_eq!(
        page.textarea_value("purpose").as_deref(),
        Some("Align **apprenticeship** curricula with regional employers.")
    );
    assert_eq!(
        page.textarea_value("partners").as_deref(),
        Some(b.1.as_str())
    );
    let mut themes = page.selected("themes");
    themes.sort();
    assert_eq!(themes, vec!["labour-market", "teacher-competences"]);
    assert_eq!(page.selected("from_org"), vec![a.0.to_string()]);
    assert_eq!(page.input_value("ends_on").as_deref(), Some("2025-12-31"));

    // Impossible dates, no theme, an unknown language.
    let bad = Input::new("Green skills for builders", a.0)
        .set("partners", &b.1)
        .set("starts_on", "2026-02-30")
        .set("ends_on", "someday")
        .set("lang", "xx");
    let mut bad = bad;
    bad.0.retain(|(k, _)| k != "themes");
    let page = bad.post(&anna, "/partnerships/new").await;
    page.expect(422);
    for field in ["starts_on", "ends_on", "lang", "themes"] {
        assert!(page.field_error(field).is_some(), "{field}: {}", page.body);
    }

    // Partners: unknown addresses, only one's own organisation, none at all.
    let page = good
        .clone()
        .set("partners", "no-such-school\n/directory/nowhere")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    let msg = page.field_error("partners").expect("partners");
    assert!(
        msg.contains("no-such-school") && msg.contains("nowhere"),
        "{msg}"
    );
    let page = good
        .clone()
        .set("partners", &a.1)
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("partners").as_deref(),
        Some(en(&app, "pt-error-own-org-only").as_str())
    );
    let page = good
        .clone()
        .set("partners", "")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    assert!(page.field_error("partners").is_some());
    let page = good
        .clone()
        .set("partners", "not an address!")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    assert!(page.field_error("partners").is_some());

    // On behalf of an organisation that is not hers; a title too long; no purpose.
    let page = good
        .clone()
        .set("from_org", &b.0.to_string())
        .set("title", &"x".repeat(151))
        .set("purpose", "")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);
    for field in ["from_org", "title", "purpose"] {
        assert!(page.field_error(field).is_some(), "{field}");
    }
    let page = good
        .clone()
        .set("from_org", "not-a-number")
        .post(&anna, "/partnerships/new")
        .await;
    page.expect(422);

    assert_eq!(app.count("SELECT COUNT(*) FROM partnerships").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM partnership_parties").await,
        0
    );
    assert_eq!(app.queued_emails_to("ben@school.example").await, 0);

    // Someone without an organisation is told how to get one, and cannot post.
    let (zoe, _) = person(&app, "zoe", "Zoe Free").await;
    let page = zoe.get("/partnerships/new").await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-no-org-lead")));
    let page = good.post(&zoe, "/partnerships/new").await;
    refused(
        &app,
        &page,
        403,
        "partnership_no_organisation",
        "pt-error-no-organisation",
    );
    // Signed out: sent to sign in.
    let page = app.browser().get("/partnerships/new").await;
    page.expect(303);
    assert!(page.location().starts_with("/login"));

    // The good proposal goes through.
    propose(&anna, &good).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM partnerships").await, 1);
}

async fn rewriting_the_terms_asks_every_organisation_again(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    answer(&t.ben, p, t.b.0, "accept", "Ben Nowak", "Head of training")
        .await
        .expect(303);
    assert_eq!(party(&app, p, t.b.0).await, "accepted/1/Ben Nowak");

    // Only the proposer's side rewrites the terms.
    refused(
        &app,
        &t.ben.get(&format!("/partnerships/{p}/edit")).await,
        403,
        "partnership_proposer_only",
        "pt-error-proposer-only",
    );
    let form = t.anna.get(&format!("/partnerships/{p}/edit")).await;
    form.expect(200);
    assert_eq!(
        form.input_value("title").as_deref(),
        Some("Dual training in construction")
    );
    // Bad dates come back.
    let edit = Input::new("Dual training in construction and energy", 0).set("from_org", "");
    let page = edit
        .clone()
        .set("ends_on", "2025-01-01")
        .post(&t.anna, &format!("/partnerships/{p}/edit"))
        .await;
    page.expect(422);
    assert!(page.field_error("ends_on").is_some());
    assert_eq!(
        app.count(&format!(
            "SELECT terms_version FROM partnerships WHERE id = {p}"
        ))
        .await,
        1
    );

    let saved = edit.post(&t.anna, &format!("/partnerships/{p}/edit")).await;
    saved.expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT terms_version FROM partnerships WHERE id = {p}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM partnerships WHERE id = {p}"))
            .await
            .as_deref(),
        Some("Dual training in construction and energy")
    );
    // Ben must accept again (his signatory is kept on record); Anna's side accepted the new
    // terms by writing them; Carla still waits.
    assert_eq!(party(&app, p, t.b.0).await, "pending/-/Ben Nowak");
    assert_eq!(party(&app, p, t.a.0).await, "accepted/2/Anna Rossi");
    assert_eq!(party(&app, p, t.c.0).await, "pending/-/");
    // Both are told.
    assert_eq!(app.queued_emails_to("ben@school.example").await, 2);
    assert_eq!(app.queued_emails_to("carla@school.example").await, 2);
    let email = app.wait_for_email("ben@school.example", 2).await;
    assert!(email.subject.contains("and energy"), "{}", email.subject);

    // Accepting now binds them to version 2, and makes it active once all have.
    answer(&t.ben, p, t.b.0, "accept", "Ben Nowak", "Head of training")
        .await
        .expect(303);
    assert_eq!(party(&app, p, t.b.0).await, "accepted/2/Ben Nowak");
    answer(&t.carla, p, t.c.0, "accept", "Carla Gil", "Director")
        .await
        .expect(303);
    assert_eq!(status(&app, p).await, "active");
    // An active partnership's terms are no longer rewritten.
    refused(
        &app,
        &t.anna.get(&format!("/partnerships/{p}/edit")).await,
        409,
        "partnership_not_proposed",
        "pt-error-not-proposed",
    );
}

async fn the_proposer_withdraws_and_an_admin_ends(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    // Withdrawing: only the proposer's side, with a confirmation.
    t.ben
        .post(&format!("/partnerships/{p}/withdraw"), &[])
        .await
        .expect(403);
    let confirm = t.anna.get(&format!("/partnerships/{p}/withdraw")).await;
    confirm.expect(200);
    assert!(confirm.contains(&format!("action=\"/partnerships/{p}/withdraw\"")));
    t.anna
        .post(&format!("/partnerships/{p}/withdraw"), &[])
        .await
        .expect(303);
    assert_eq!(status(&app, p).await, "declined");
    assert_eq!(app.queued_emails_to("carla@school.example").await, 2);

    // A second one, accepted by everyone, is ended by an admin of a party.
    let p2 = propose(
        &t.anna,
        &Input::new("Teachers' digital skills", t.a.0).set("partners", &t.b.1),
    )
    .await;
    answer(&t.ben, p2, t.b.0, "accept", "Ben Nowak", "Head")
        .await
        .expect(303);
    assert_eq!(status(&app, p2).await, "active");
    // Neither a plain member nor an outsider may end it.
    let (dan, dan_id) = person(&app, "dan", "Dan").await;
    app.add_member(t.b.0, dan_id, OrgRole::Member).await;
    refused(
        &app,
        &dan.post(&format!("/partnerships/{p2}/end"), &[]).await,
        403,
        "partnership_admins_only",
        "pt-error-admins-only",
    );
    t.carla
        .post(&format!("/partnerships/{p2}/end"), &[])
        .await
        .expect(403);
    assert_eq!(status(&app, p2).await, "active");
    let confirm = t.ben.get(&format!("/partnerships/{p2}/end")).await;
    confirm.expect(200);
    t.ben
        .post(&format!("/partnerships/{p2}/end"), &[])
        .await
        .expect(303);
    assert_eq!(status(&app, p2).await, "ended");
    assert!(app
        .opt_i64(&format!(
            "SELECT ended_at FROM partnerships WHERE id = {p2}"
        ))
        .await
        .is_some());
    let page = app.browser().get(&format!("/partnerships/{p2}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "pt-ended-notice")));
    refused(
        &app,
        &t.ben.post(&format!("/partnerships/{p2}/end"), &[]).await,
        409,
        "partnership_not_active",
        "pt-error-not-active",
    );
    // Anna hears it ended.
    let email = app.wait_for_email("anna@school.example", 2).await;
    assert!(email.subject.contains("Teachers"), "{}", email.subject);
}

async fn the_register_shows_proposals_to_their_organisations_only(app: TestApp) {
    let t = three(&app).await;
    let proposed = t.p;
    // A second partnership, between Italy and Poland only, made active.
    let active = propose(
        &t.anna,
        &Input::new("Digital tools in the workshop", t.a.0)
            .set("partners", &t.b.1)
            .set("themes", "didactics"),
    )
    .await;
    answer(&t.ben, active, t.b.0, "accept", "Ben Nowak", "Head")
        .await
        .expect(303);
    assert_eq!(status(&app, active).await, "active");
    let link = |id: i64| format!("href=\"/partnerships/{id}\"");

    // Anonymous readers and outsiders see the active one only.
    let (eve, _) = person(&app, "eve", "Eve Outsider").await;
    for b in [app.browser(), eve] {
        let page = b.get("/partnerships").await;
        page.expect(200);
        assert!(page.contains(&link(active)));
        assert!(!page.contains(&link(proposed)));
        assert!(page.shows("Scuola Edile Roma"));
        b.get(&format!("/partnerships/{proposed}"))
            .await
            .expect(404);
        b.get(&format!("/partnerships/{proposed}/plan"))
            .await
            .expect(404);
        b.get(&format!("/partnerships/{proposed}/progress"))
            .await
            .expect(404);
    }
    // Members of a party see both; so does a moderator.
    let (dan, dan_id) = person(&app, "dan", "Dan").await;
    app.add_member(t.c.0, dan_id, OrgRole::Member).await;
    let (mod_b, _) = app
        .signed_in("mod@school.example", "Mo Derator", SiteRole::Moderator)
        .await;
    for b in [&dan, &mod_b, &t.carla] {
        let page = b.get("/partnerships").await;
        assert!(page.contains(&link(active)));
        assert!(page.contains(&link(proposed)));
        b.get(&format!("/partnerships/{proposed}"))
            .await
            .expect(200);
    }
    // Filters: theme, status, the country of a party.
    let page = dan.get("/partnerships?theme=didactics").await;
    assert!(page.contains(&link(active)) && !page.contains(&link(proposed)));
    let page = dan.get("/partnerships?status=proposed").await;
    assert!(!page.contains(&link(active)) && page.contains(&link(proposed)));
    let page = dan.get("/partnerships?country=ES").await;
    assert!(!page.contains(&link(active)) && page.contains(&link(proposed)));
    let page = dan
        .get("/partnerships?country=IT&theme=labour-market")
        .await;
    assert!(!page.contains(&link(active)) && page.contains(&link(proposed)));
    // Anonymous readers cannot ask for proposals, and odd filters are ignored, not errors.
    let page = app.browser().get("/partnerships?status=proposed").await;
    page.expect(200);
    assert!(!page.contains(&link(proposed)));
    app.browser()
        .get("/partnerships?theme=nope&country=ZZ&page=-3")
        .await
        .expect(200);
    app.browser().get("/partnerships?page=99").await.expect(200);
    // An organisation's page lists its active partnerships, not its proposals.
    let page = app.browser().get(&format!("/directory/{}", t.b.1)).await;
    page.expect(200);
    assert!(page.contains(&link(active)));
    assert!(!page.contains(&link(proposed)));
    // Unknown addresses are not found.
    app.browser().get("/partnerships/abc").await.expect(404);
    app.browser().get("/partnerships/999999").await.expect(404);
}

async fn the_propose_link_is_on_organisation_pages_and_in_partner_search(app: TestApp) {
    let (_, ben_id) = person(&app, "ben", "Ben Nowak").await;
    let b = org(&app, ben_id, "Centrum Kształcenia Łódź", Country::Pl).await;
    let (anna, anna_id) = person(&app, "anna", "Anna Rossi").await;
    let a = org(&app, anna_id, "Scuola Edile Roma", Country::It).await;
    let href = format!("/partnerships/new?to={}", b.1);

    let page = anna.get(&format!("/directory/{}", b.1)).await;
    page.expect(200);
    assert!(page.contains(&href), "{}", page.body);
    assert!(page.shows(&en(&app, "pt-propose-link")));
    let search = anna.get("/directory").await;
    assert!(search.contains(&href));
    // Not for anonymous readers.
    assert!(!app
        .browser()
        .get(&format!("/directory/{}", b.1))
        .await
        .contains(&href));
    assert!(!app.browser().get("/directory").await.contains(&href));

    // Following it opens the form with that organisation chosen and Anna's own proposing.
    let form = anna.get(&href).await;
    form.expect(200);
    assert_eq!(form.selected("to"), vec![b.1.clone()]);
    assert_eq!(form.selected("from_org"), vec![a.0.to_string()]);
    assert!(form.shows("Centrum Kształcenia Łódź"));
    // Sending it as shown (with a title, themes and text) proposes to that organisation.
    let mut fields = form.form_fields("/partnerships/new");
    for (k, v) in [
        ("title", "Bricklaying exchange"),
        ("purpose", "Exchange trainers."),
        ("commitments", "Two visits a year."),
    ] {
        fields.retain(|(name, _)| name != k);
        fields.push((k.into(), v.into()));
    }
    fields.push(("themes".into(), "mobility".into()));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sent = anna.post_raw("/partnerships/new", &fields).await;
    sent.expect(303);
    let p = number_after(sent.location(), "/partnerships/");
    assert_eq!(party(&app, p, b.0).await, "pending/-/");
    assert_eq!(party(&app, p, a.0).await, "accepted/1/");
    assert_eq!(app.queued_emails_to("ben@school.example").await, 1);
}

async fn the_landing_page_puts_answers_waiting_first(app: TestApp) {
    let t = three(&app).await;
    let p = t.p;
    let page = app.browser().get("/cooperation").await;
    page.expect(200);
    assert!(page.shows(&en(&app, "coop-title")));
    assert!(page.contains("href=\"/partnerships\""));
    assert!(page.contains("href=\"/practices\""));
    assert!(!page.contains(&format!("/partnerships/{p}")));

    // Ben administers a party still to answer: a call to action.
    let page = t.ben.get("/cooperation").await;
    assert!(page.shows(&en(&app, "coop-waiting-title")));
    assert!(page.contains(&format!("href=\"/partnerships/{p}/answer?org={}\"", t.b.0)));
    // The answer page it leads to.
    let answer_page = t
        .ben
        .get(&format!("/partnerships/{p}/answer?org={}", t.b.0))
        .await;
    answer_page.expect(200);
    assert!(answer_page.contains("<strong>apprenticeship</strong>"));
    // Anna's side has answered: her partnership is listed, without a call to action.
    let page = t.anna.get("/cooperation").await;
    assert!(!page.shows(&en(&app, "coop-waiting-title")));
    assert!(page.contains(&format!("href=\"/partnerships/{p}\"")));
    // Once answered, Ben's call to action is gone.
    answer(&t.ben, p, t.b.0, "accept", "Ben", "Head")
        .await
        .expect(303);
    let page = t.ben.get("/cooperation").await;
    assert!(!page.shows(&en(&app, "coop-waiting-title")));
}

async fn a_member_proposes_and_the_admin_of_the_proposing_organisation_confirms(app: TestApp) {
    let (anna, anna_id) = person(&app, "anna", "Anna Rossi").await;
    let (ben, ben_id) = person(&app, "ben", "Ben Nowak").await;
    let (mia, mia_id) = person(&app, "mia", "Mia Bianchi").await;
    let a = org(&app, anna_id, "Scuola Edile Roma", Country::It).await;
    let b = org(&app, ben_id, "Centrum Łódź", Country::Pl).await;
    app.add_member(a.0, mia_id, OrgRole::Member).await;
    // Mia, a plain member, proposes on her school's behalf: its acceptance is not hers to give.
    let p = propose(
        &mia,
        &Input::new("Apprentice exchange", a.0)
            .set("partners", &b.1)
            .set("signatory_name", "Mia Bianchi"),
    )
    .await;
    assert_eq!(party(&app, p, a.0).await, "pending/-/");
    assert_eq!(party(&app, p, b.0).await, "pending/-/");
    // Anna is asked to confirm for her school, Ben to answer for his.
    let own = app.wait_for_email("anna@school.example", 1).await;
    assert!(own.subject.contains("Scuola Edile Roma"), "{}", own.subject);
    assert_eq!(app.queued_emails_to("ben@school.example").await, 1);
    assert_eq!(app.queued_emails_to("mia@school.example").await, 0);
    // Mia may rewrite and withdraw her proposal, but not answer for the school.
    mia.get(&format!("/partnerships/{p}/edit"))
        .await
        .expect(200);
    answer(&mia, p, a.0, "accept", "Mia", "Teacher")
        .await
        .expect(403);
    answer(&ben, p, b.0, "accept", "Ben Nowak", "Head")
        .await
        .expect(303);
    assert_eq!(status(&app, p).await, "proposed");
    answer(&anna, p, a.0, "accept", "Anna Rossi", "Director")
        .await
        .expect(303);
    assert_eq!(status(&app, p).await, "active");
    // Ben and Mia, who proposed it, are told it is active.
    assert_eq!(app.queued_emails_to("ben@school.example").await, 2);
    assert_eq!(app.queued_emails_to("mia@school.example").await, 1);
    let email = app.wait_for_email("mia@school.example", 1).await;
    assert!(
        email.subject.contains("Apprentice exchange"),
        "{}",
        email.subject
    );
}
