//! The review workflow of the best-practice repository over HTTP, on both engines: the published
//! rubric; editors assigning reviewers (never the author, never anyone from the practice's
//! organisation or an organisation of its author), withdrawing them; reviewers scoring the
//! rubric (bad scores named at their criterion, input kept, nothing stored); decisions (accept
//! publishes with the score summary, revise leads to a new version reviewed again, reject);
//! the reviews as authors read them, reviewers anonymous; labels; and who may do what.

use bottega_domain::{Country, OrgRole, OrgType, SiteRole};
use bottega_storage::accounts;
use bottega_storage::cooperation::practices::{self, Section, Template};
use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    the_rubric_is_published_for_everyone,
    a_practice_is_reviewed_by_two_and_published_with_its_score_summary,
    reviewers_from_the_authors_organisations_are_refused_and_nothing_is_stored,
    bad_reviewer_input_is_named_at_the_field,
    scores_outside_one_to_five_are_refused_with_the_input_kept,
    only_the_assigned_reviewer_reviews_and_only_once,
    a_revision_is_a_new_version_reviewed_again_with_the_history_kept,
    a_practice_is_rejected_with_a_note_and_open_assignments_are_withdrawn,
    decisions_need_their_reviews_and_the_current_undecided_version,
    the_author_reads_the_reviews_without_the_reviewers_names,
    labels_are_awarded_by_editors_to_published_practices_only,
    editor_pages_refuse_members_and_editors_never_handle_their_own_practice,
    a_revision_changes_what_readers_see_only_once_accepted,
    withdrawn_assignments_free_the_reviewer_and_the_queue_follows,
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

/// A best-practice editor, signed in.
async fn editor(app: &TestApp, tag: &str, name: &str) -> (Browser, i64) {
    app.signed_in(&format!("{tag}@editors.example"), name, SiteRole::Editor)
        .await
}

/// Asserts a refusal: its status, its stable code and the sentence the page explains it with.
#[track_caller]
fn refused(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code, "{}", page.body);
    let text = en(app, message);
    assert!(page.shows(&text), "no {text:?} on the page:\n{}", page.body);
}

/// The template of a practice version with `title`.
fn template(title: &str) -> Template<'_> {
    let s = |md| Section {
        md,
        html: "<p>Text</p>",
    };
    Template {
        title,
        summary: s("Apprentices run the school bakery."),
        context: s("A VET school in Bologna."),
        problem: s("Apprentices lacked real customers."),
        practice: s("A bakery open to the public twice a week."),
        resources: s("An oven, a teacher, a timetable."),
        results: s("Drop-outs fell by a third."),
        transferability: s("Any food school with a kitchen."),
        lessons: s("Start small."),
        lang: "en",
        eqf_level: Some(4),
        tags: vec![],
        resource_ids: vec![],
        change_note: "",
    }
}

/// Submits a practice straight in the database; returns its id and citable identifier.
async fn submit(app: &TestApp, submitter: i64, org: Option<i64>, title: &str) -> (i64, String) {
    let mut tx = app.db.db.begin().await.expect("begin");
    let out = practices::submit(&mut tx, &template(title), submitter, org, None)
        .await
        .expect("submit a practice");
    tx.commit().await.expect("commit");
    out
}

/// Adds a version straight in the database, as the author's revision.
async fn add_version(app: &TestApp, id: i64, author: i64, title: &str) -> i64 {
    let mut tx = app.db.db.begin().await.expect("begin");
    let t = Template {
        change_note: "Figures added.",
        ..template(title)
    };
    let v = practices::add_version(&mut tx, id, &t, author)
        .await
        .expect("add a version");
    tx.commit().await.expect("commit");
    v
}

async fn label(b: &Browser, code: &str, label: &str, action: &str) -> Page {
    b.post(
        &format!("/practices/{code}/labels"),
        &[("label", label), ("action", action)],
    )
    .await
}

async fn assign(b: &Browser, code: &str, who: &str) -> Page {
    b.post(
        &format!("/practices/{code}/reviewers"),
        &[("reviewer", who)],
    )
    .await
}

/// The fields of a complete review of version `version`, with `scores` in rubric order.
fn review_fields(version: i64, scores: [&str; 5], summary: &str) -> Vec<(String, String)> {
    let mut out = vec![("version".to_string(), version.to_string())];
    for (field, score) in [
        "relevance",
        "innovation",
        "impact",
        "transferability",
        "sustainability",
    ]
    .iter()
    .zip(scores)
    {
        if !score.is_empty() {
            out.push((field.to_string(), score.to_string()));
        }
        out.push((
            format!("{field}_comment"),
            format!("About {field}: {score}."),
        ));
    }
    out.push(("summary".into(), summary.into()));
    out.push(("lang".into(), "en".into()));
    out
}

async fn post_review(b: &Browser, code: &str, fields: &[(String, String)]) -> Page {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(&format!("/practices/{code}/review"), &fields).await
}

async fn review(b: &Browser, code: &str, version: i64, scores: [&str; 5]) -> Page {
    post_review(
        b,
        code,
        &review_fields(version, scores, "Clear and useful."),
    )
    .await
}

async fn decide(b: &Browser, code: &str, version: i64, decision: &str, note: &str) -> Page {
    let version = version.to_string();
    b.post(
        &format!("/practices/{code}/decision"),
        &[
            ("version", version.as_str()),
            ("decision", decision),
            ("note", note),
            ("lang", "en"),
        ],
    )
    .await
}

async fn status(app: &TestApp, id: i64) -> String {
    app.opt_text(&format!("SELECT status FROM practices WHERE id = {id}"))
        .await
        .expect("the practice")
}

async fn review_rows(app: &TestApp, id: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM practice_reviews WHERE practice_id = {id}"
    ))
    .await
}

/// The state of `user`'s assignment on `version` of practice `id`.
async fn assignment_state(app: &TestApp, id: i64, version: i64, user: i64) -> Option<String> {
    app.opt_text(&format!(
        "SELECT state FROM practice_reviews WHERE practice_id = {id} AND version = {version} \
         AND reviewer_id = {user}"
    ))
    .await
}

async fn handle_of(app: &TestApp, user: i64) -> String {
    app.opt_text(&format!("SELECT handle FROM users WHERE id = {user}"))
        .await
        .expect("a handle")
}

/// An organisation with `admin` as its administrator.
async fn org(app: &TestApp, admin: i64, name: &str) -> i64 {
    app.create_org(admin, name, OrgType::VetProvider, Country::It, &[], &[])
        .await
        .0
}

/// A practice of `author` for a new organisation, with two reviewers from elsewhere assigned
/// by `ed`; returns its id and identifier.
async fn in_review(
    app: &TestApp,
    ed: &Browser,
    author: i64,
    reviewers: &[&str],
    title: &str,
) -> (i64, String) {
    let o = org(app, author, &format!("{title} school")).await;
    let (id, code) = submit(app, author, Some(o), title).await;
    for r in reviewers {
        assign(ed, &code, r).await.expect(303);
    }
    (id, code)
}

// ---- The rubric --------------------------------------------------------------------------------

async fn the_rubric_is_published_for_everyone(app: TestApp) {
    let page = app.browser().get("/practices/rubric").await;
    page.expect(200);
    for id in [
        "bpr-rubric-title",
        "practice-criterion-relevance",
        "practice-criterion-innovation",
        "practice-criterion-impact",
        "practice-criterion-transferability",
        "practice-criterion-sustainability",
        "bpr-criterion-impact-one",
        "bpr-criterion-impact-five",
        "bpr-rubric-summary",
        "bpr-rubric-rule-two",
        "bpr-rubric-rule-organisation",
        "bpr-rubric-rule-anonymous",
    ] {
        assert!(page.shows(&en(&app, id)), "{id} missing:\n{}", page.body);
    }
    assert_eq!(page.body.matches("<h1").count(), 1);
    // In Italian for an Italian reader.
    let it = app
        .browser_with(&[("accept-language", "it")])
        .get("/practices/rubric")
        .await;
    it.expect(200);
    assert_eq!(it.html_lang(), "it");
}

// ---- The whole flow ----------------------------------------------------------------------------

async fn a_practice_is_reviewed_by_two_and_published_with_its_score_summary(app: TestApp) {
    let (ed, ed_id) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, ugo_id) = person(&app, "ugo", "Ugo Reviewer").await;
    let o = org(&app, author, "Scuola Forno").await;
    let (id, code) = submit(&app, author, Some(o), "School bakery").await;
    assert_eq!(status(&app, id).await, "submitted");

    // The queue lists it as waiting for reviewers.
    let queue = ed.get("/editor/practices").await;
    queue.expect(200);
    assert!(queue.contains(&format!("/practices/{code}/board")));
    assert!(queue.shows(&en(&app, "bpr-queue-submitted-title")));

    // The board; assigning by address and by handle.
    let board = ed.get(&format!("/practices/{code}/board")).await;
    board.expect(200);
    assert!(board.shows("School bakery"));
    assign(&ed, &code, "ROSA@school.example ").await.expect(303);
    assert_eq!(status(&app, id).await, "in-review");
    let ugo_handle = handle_of(&app, ugo_id).await;
    let page = assign(&ed, &code, &format!("@{ugo_handle}")).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/practices/{code}/board"));
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("assigned")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT assigned_by FROM practice_reviews WHERE reviewer_id = {ugo_id}"
        ))
        .await,
        Some(ed_id)
    );
    // Each reviewer is told by email, with a link to the form.
    let mail = app.wait_for_email("rosa@school.example", 1).await;
    assert!(mail.subject.contains(&code), "{}", mail.subject);
    let link = mail.link(&format!("/practices/{code}/review"));
    assert_eq!(app.queued_emails_to("ugo@school.example").await, 1);

    // The board names the reviewers for editors.
    let board = ed.get(&format!("/practices/{code}/board")).await;
    assert!(board.shows("Rosa Reviewer") && board.shows("rosa@school.example"));

    // The reviewer's list and form.
    let list = rosa.get("/reviews").await;
    list.expect(200);
    assert!(list.contains(&format!("/practices/{code}/review")));
    let form = rosa.get(&link).await;
    form.expect(200);
    assert!(form.shows("Apprentices run the school bakery.") || form.contains("<p>Text</p>"));
    assert_eq!(form.body.matches("<h1").count(), 1);
    assert_eq!(form.input_value("version").as_deref(), Some("1"));

    // Both review; the editor who assigned hears of each.
    review(&rosa, &code, 1, ["5", "4", "4", "5", "4"])
        .await
        .expect(303);
    review(&ugo, &code, 1, ["4", "4", "3", "4", "5"])
        .await
        .expect(303);
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("submitted")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT relevance FROM practice_reviews WHERE reviewer_id = {rosa_id}"
        ))
        .await,
        Some(5)
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT lang FROM practice_reviews WHERE reviewer_id = {ugo_id}"
        ))
        .await
        .as_deref(),
        Some("en")
    );
    assert_eq!(app.queued_emails_to("eda@editors.example").await, 2);
    let done = rosa.get("/reviews").await;
    assert!(done.shows(&en(&app, "bpr-todo-none")));

    // Accept: published with the score summary. 42 points over 10 scores: 4.20.
    decide(&ed, &code, 1, "accept", "Well documented.")
        .await
        .expect(303);
    assert_eq!(status(&app, id).await, "accepted");
    let row = |col: &str| format!("SELECT {col} FROM practices WHERE id = {id}");
    assert_eq!(app.opt_i64(&row("published_version")).await, Some(1));
    assert_eq!(app.opt_i64(&row("score_x100")).await, Some(420));
    assert_eq!(app.opt_i64(&row("review_count")).await, Some(2));
    assert!(app.opt_i64(&row("published_at")).await.is_some());
    assert_eq!(
        app.opt_text(&row("title")).await.as_deref(),
        Some("School bakery")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT decision || '/' || lang FROM practice_decisions WHERE practice_id = {id}"
        ))
        .await
        .as_deref(),
        Some("accept/en")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'practice.accept' AND target_id = {id}"
        ))
        .await,
        1
    );
    // The author is told, with a link to the reviews.
    let mail = app.wait_for_email("aldo@school.example", 1).await;
    let reviews_link = mail.link(&format!("/practices/{code}/reviews"));
    let reviews = author_b.get(&reviews_link).await;
    reviews.expect(200);
    assert!(reviews.shows("4.20"), "{}", reviews.body);
    assert!(reviews.shows("Well documented."));
    assert!(reviews.shows(&app.localizer("en").t1("bpr-reviewer-number", "number", 2)));

    // A second decision on the same version is refused.
    refused(
        &app,
        &decide(&ed, &code, 1, "reject", "Changed my mind").await,
        409,
        "practice_already_decided",
        "bpr-error-decided",
    );
    assert_eq!(status(&app, id).await, "accepted");
}

// ---- Reviewers -------------------------------------------------------------------------------

async fn reviewers_from_the_authors_organisations_are_refused_and_nothing_is_stored(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (_, colleague) = person(&app, "cleo", "Cleo Colleague").await;
    let (_, partner) = person(&app, "piet", "Piet Partner").await;
    let (_, outsider) = person(&app, "olga", "Olga Outsider").await;
    let school = org(&app, author, "Forno School").await;
    let chamber = org(&app, outsider, "Craft Chamber").await;
    // Cleo works at the school the practice is submitted for; Piet and the author both belong
    // to the chamber, which the practice is not submitted for.
    app.add_member(school, colleague, OrgRole::Member).await;
    app.add_member(chamber, author, OrgRole::Member).await;
    app.add_member(chamber, partner, OrgRole::Member).await;
    let (id, code) = submit(&app, author, Some(school), "Shared ovens").await;

    for who in ["cleo@school.example", "piet@school.example"] {
        let page = assign(&ed, &code, who).await;
        page.expect(422);
        assert_eq!(page.error_code(), "reviewer_same_organisation");
        assert_eq!(
            page.field_error("reviewer").as_deref(),
            Some(en(&app, "bpr-error-reviewer-same-organisation").as_str())
        );
        assert_eq!(page.input_value("reviewer").as_deref(), Some(who));
    }
    // The author cannot review their own practice either.
    let page = assign(&ed, &code, "aldo@school.example").await;
    page.expect(422);
    assert_eq!(page.error_code(), "reviewer_is_author");
    assert_eq!(review_rows(&app, id).await, 0);
    assert_eq!(status(&app, id).await, "submitted");
    assert_eq!(app.queued_emails_to("cleo@school.example").await, 0);

    // A membership made after the practice was submitted counts too (checked at assignment).
    let (_, late) = person(&app, "lara", "Lara Late").await;
    app.add_member(school, late, OrgRole::Member).await;
    assign(&ed, &code, "lara@school.example").await.expect(422);

    // Olga belongs to the chamber, and so does the author: refused. After the author leaves
    // the chamber she may review.
    assign(&ed, &code, "olga@school.example").await.expect(422);
    app.exec(&format!(
        "DELETE FROM memberships WHERE org_id = {chamber} AND user_id = {author}"
    ))
    .await;
    assign(&ed, &code, "olga@school.example").await.expect(303);
    assert_eq!(review_rows(&app, id).await, 1);
    let _ = partner;
}

async fn bad_reviewer_input_is_named_at_the_field(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (_, _) = person(&app, "rosa", "Rosa Reviewer").await;
    let (id, code) = submit(&app, author, None, "Night school").await;

    let empty = assign(&ed, &code, "   ").await;
    empty.expect(422);
    assert!(empty.field_error("reviewer").is_some());

    let unknown = assign(&ed, &code, "nobody@nowhere.example").await;
    unknown.expect(422);
    assert_eq!(unknown.error_code(), "reviewer_unknown");
    assert_eq!(
        unknown.field_error("reviewer").as_deref(),
        Some(en(&app, "bpr-error-reviewer-unknown").as_str())
    );
    assign(&ed, &code, &"x".repeat(400)).await.expect(422);

    // An account whose address is not verified yet.
    let mut tx = app.db.db.begin().await.expect("begin");
    accounts::create_user(
        &mut tx,
        &accounts::NewUser {
            email: "new@school.example",
            password_hash: "x",
            display_name: "Newcomer",
            country: None,
            is_minor: false,
            locale: Some("en"),
            site_role: SiteRole::Member,
            verified: false,
        },
    )
    .await
    .expect("an unverified account");
    tx.commit().await.expect("commit");
    let unverified = assign(&ed, &code, "new@school.example").await;
    unverified.expect(422);
    assert_eq!(unverified.error_code(), "reviewer_not_verified");

    // A suspended account is not found.
    app.exec("UPDATE users SET status = 'suspended' WHERE email = 'rosa@school.example'")
        .await;
    assign(&ed, &code, "rosa@school.example").await.expect(422);
    app.exec("UPDATE users SET status = 'active' WHERE email = 'rosa@school.example'")
        .await;

    // Twice the same reviewer.
    assign(&ed, &code, "rosa@school.example").await.expect(303);
    let twice = assign(&ed, &code, "rosa@school.example").await;
    twice.expect(422);
    assert_eq!(twice.error_code(), "reviewer_already_assigned");
    assert_eq!(review_rows(&app, id).await, 1);
}

async fn scores_outside_one_to_five_are_refused_with_the_input_kept(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (id, code) = in_review(&app, &ed, author, &["rosa@school.example"], "Tool library").await;

    let fields = review_fields(
        1,
        ["0", "6", "abc", "2.5", ""],
        "Summary <kept> & \"quoted\"",
    );
    let page = post_review(&rosa, &code, &fields).await;
    page.expect(422);
    assert_eq!(page.error_code(), "review_score_out_of_range");
    let l = app.localizer("en");
    let name = |c: &str| en(&app, &format!("practice-criterion-{c}"));
    assert_eq!(
        page.field_error("relevance"),
        Some(l.t1("bpr-error-score-range", "criterion", name("relevance")))
    );
    assert_eq!(
        page.field_error("impact"),
        Some(l.t1("bpr-error-score-range", "criterion", name("impact")))
    );
    assert_eq!(
        page.field_error("sustainability"),
        Some(l.t1(
            "bpr-error-score-missing",
            "criterion",
            name("sustainability")
        ))
    );
    assert_eq!(
        page.error_fields(),
        vec![
            "relevance",
            "innovation",
            "impact",
            "transferability",
            "sustainability"
        ]
    );
    // Everything typed is kept.
    assert_eq!(
        page.textarea_value("impact_comment").as_deref(),
        Some("About impact: abc.")
    );
    assert_eq!(
        page.textarea_value("summary").as_deref(),
        Some("Summary <kept> & \"quoted\"")
    );
    assert_eq!(page.selected("lang"), vec!["en".to_string()]);
    // Nothing stored.
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("assigned")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT relevance FROM practice_reviews WHERE reviewer_id = {rosa_id}"
        ))
        .await,
        None
    );

    // Valid scores with a missing comment keep the chosen scores checked.
    let mut fields = review_fields(1, ["3", "4", "5", "2", "1"], "Fine.");
    fields.retain(|(k, _)| k != "innovation_comment");
    let page = post_review(&rosa, &code, &fields).await;
    page.expect(422);
    assert!(page.field_error("innovation_comment").is_some());
    assert_eq!(page.selected("impact"), vec!["5".to_string()]);
    assert_eq!(page.selected("sustainability"), vec!["1".to_string()]);

    // A reviewer who reads Bottega in Italian is answered in Italian.
    app.exec(&format!(
        "UPDATE users SET locale = 'it' WHERE id = {rosa_id}"
    ))
    .await;
    let page = post_review(
        &rosa,
        &code,
        &review_fields(1, ["9", "4", "4", "4", "4"], "x"),
    )
    .await;
    page.expect(422);
    assert_eq!(page.html_lang(), "it");
    assert_eq!(page.error_code(), "review_score_out_of_range");

    // The form as it was filled in, pressed again with one score fixed, is stored.
    review(&rosa, &code, 1, ["3", "4", "5", "2", "1"])
        .await
        .expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT transferability FROM practice_reviews WHERE reviewer_id = {rosa_id}"
        ))
        .await,
        Some(2)
    );
}

async fn only_the_assigned_reviewer_reviews_and_only_once(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (mallory, _) = person(&app, "mallory", "Mallory").await;
    let (id, code) = in_review(&app, &ed, author, &["rosa@school.example"], "Green kitchen").await;

    // Someone not assigned: the practice is not published, so it does not exist for them.
    mallory
        .get(&format!("/practices/{code}/review"))
        .await
        .expect(404);
    review(&mallory, &code, 1, ["5", "5", "5", "5", "5"])
        .await
        .expect(404);
    // The author and an editor who is not assigned are refused.
    refused(
        &app,
        &author_b.get(&format!("/practices/{code}/review")).await,
        403,
        "review_not_assigned",
        "bpr-error-not-assigned",
    );
    refused(
        &app,
        &review(&ed, &code, 1, ["5", "5", "5", "5", "5"]).await,
        403,
        "review_not_assigned",
        "bpr-error-not-assigned",
    );
    // Anonymous readers are sent to sign in.
    let anon = app
        .browser()
        .get(&format!("/practices/{code}/review"))
        .await;
    anon.expect(303);
    assert!(anon.location().starts_with("/login"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_reviews WHERE practice_id = {id} AND state = 'submitted'"
        ))
        .await,
        0
    );

    // The reviewer reviews once; a second time is refused and changes nothing.
    review(&rosa, &code, 1, ["4", "4", "4", "4", "4"])
        .await
        .expect(303);
    refused(
        &app,
        &review(&rosa, &code, 1, ["1", "1", "1", "1", "1"]).await,
        409,
        "review_already_submitted",
        "bpr-error-already-submitted",
    );
    rosa.get(&format!("/practices/{code}/review"))
        .await
        .expect(409);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT relevance FROM practice_reviews WHERE reviewer_id = {rosa_id}"
        ))
        .await,
        Some(4)
    );
    // The reviewer reads their own review.
    let own = rosa.get(&format!("/practices/{code}/reviews")).await;
    own.expect(200);
    assert!(own.shows(&app.localizer("en").t1("bpr-own-review-title", "version", 1)));
}

// ---- Decisions ---------------------------------------------------------------------------------

async fn a_revision_is_a_new_version_reviewed_again_with_the_history_kept(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, ugo_id) = person(&app, "ugo", "Ugo Reviewer").await;
    let (vera, vera_id) = person(&app, "vera", "Vera Reviewer").await;
    let (id, code) = in_review(
        &app,
        &ed,
        author,
        &["rosa@school.example", "ugo@school.example"],
        "Mentoring apprentices",
    )
    .await;

    // Revise needs one review; Rosa's is in, Ugo's is not.
    let early = decide(&ed, &code, 1, "revise", "Add figures.").await;
    early.expect(409);
    assert_eq!(early.error_code(), "practice_needs_a_review");
    assert_eq!(
        early.textarea_value("note").as_deref(),
        Some("Add figures.")
    );
    review(&rosa, &code, 1, ["3", "3", "2", "3", "3"])
        .await
        .expect(303);
    decide(
        &ed,
        &code,
        1,
        "revise",
        "Please add **figures** on drop-outs.",
    )
    .await
    .expect(303);
    assert_eq!(status(&app, id).await, "revise");
    // Ugo's open assignment is withdrawn and he is told.
    assert_eq!(
        assignment_state(&app, id, 1, ugo_id).await.as_deref(),
        Some("withdrawn")
    );
    assert_eq!(app.queued_emails_to("ugo@school.example").await, 2);
    ugo.get(&format!("/practices/{code}/review"))
        .await
        .expect(409);
    let mail = app.wait_for_email("aldo@school.example", 1).await;
    assert!(mail.body.contains(&format!("/practices/{code}/reviews")));
    // The author reads the review and the request.
    let reviews = author_b.get(&format!("/practices/{code}/reviews")).await;
    reviews.expect(200);
    assert!(reviews.contains("<strong>figures</strong>"));
    assert!(reviews.shows("About impact: 2."));

    // The author's new version waits for an editor; reviewers are assigned to it.
    assert_eq!(
        add_version(&app, id, author, "Mentoring apprentices, revised").await,
        2
    );
    assert_eq!(status(&app, id).await, "submitted");
    // Rosa's review was of version 1: she may review version 2 as a new assignment.
    assign(&ed, &code, "rosa@school.example").await.expect(303);
    assign(&ed, &code, "vera@school.example").await.expect(303);
    assert_eq!(
        assignment_state(&app, id, 2, rosa_id).await.as_deref(),
        Some("assigned")
    );
    // A review sent from a form of version 1 is about what was read: refused.
    refused(
        &app,
        &review(&vera, &code, 1, ["5", "5", "5", "5", "5"]).await,
        409,
        "practice_version_changed",
        "bpr-error-version-changed",
    );
    review(&rosa, &code, 2, ["5", "5", "4", "5", "5"])
        .await
        .expect(303);
    // Accept with one review of version 2: refused, the count explained.
    let early = decide(&ed, &code, 2, "accept", "").await;
    early.expect(409);
    assert_eq!(early.error_code(), "practice_needs_two_reviews");
    assert_eq!(
        early.field_error("decision"),
        Some(
            app.localizer("en")
                .t1("bpr-error-needs-two-reviews", "done", 1)
        )
    );
    review(&vera, &code, 2, ["4", "4", "4", "4", "5"])
        .await
        .expect(303);
    decide(&ed, &code, 2, "accept", "").await.expect(303);

    // Published as version 2, with the score of version 2's reviews: 45 / 10 = 4.50.
    let row = |col: &str| format!("SELECT {col} FROM practices WHERE id = {id}");
    assert_eq!(status(&app, id).await, "accepted");
    assert_eq!(app.opt_i64(&row("published_version")).await, Some(2));
    assert_eq!(app.opt_i64(&row("score_x100")).await, Some(450));
    assert_eq!(app.opt_i64(&row("review_count")).await, Some(2));
    assert_eq!(
        app.opt_text(&row("title")).await.as_deref(),
        Some("Mentoring apprentices, revised")
    );
    // The history: both versions, both decisions, version 1's review kept.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_versions WHERE practice_id = {id}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT decision FROM practice_decisions WHERE practice_id = {id} AND version = 1"
        ))
        .await
        .as_deref(),
        Some("revise")
    );
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("submitted")
    );
    let reviews = author_b.get(&format!("/practices/{code}/reviews")).await;
    let l = app.localizer("en");
    assert!(reviews.shows(&l.t1("bpr-version-reviews-title", "version", 2)));
    assert!(reviews.shows(&l.t1("bpr-version-reviews-title", "version", 1)));
    assert!(reviews.shows("4.50"));
    let _ = vera_id;
}

async fn a_practice_is_rejected_with_a_note_and_open_assignments_are_withdrawn(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (_, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (id, code) = in_review(&app, &ed, author, &["rosa@school.example"], "Hidden costs").await;

    // Rejecting needs a note; the choice is kept.
    let page = decide(&ed, &code, 1, "reject", "  ").await;
    page.expect(422);
    assert!(page.field_error("note").is_some());
    assert_eq!(page.selected("decision"), vec!["reject".to_string()]);
    let page = decide(&ed, &code, 1, "publish", "x").await;
    page.expect(422);
    assert!(page.field_error("decision").is_some());
    assert_eq!(status(&app, id).await, "in-review");

    // Rejected before any review, with a note; Rosa's assignment is withdrawn.
    decide(&ed, &code, 1, "reject", "Out of scope for this repository.")
        .await
        .expect(303);
    assert_eq!(status(&app, id).await, "rejected");
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT published_version FROM practices WHERE id = {id}"
        ))
        .await,
        None
    );
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("withdrawn")
    );
    let mail = app.wait_for_email("aldo@school.example", 1).await;
    assert_eq!(
        mail.subject,
        app.localizer("en").t1(
            "bpr-email-decision-reject-subject",
            "name",
            format!("{code} — Hidden costs")
        )
    );
    let reviews = author_b.get(&format!("/practices/{code}/reviews")).await;
    reviews.expect(200);
    assert!(reviews.shows("Out of scope for this repository."));
    // Nothing can be assigned to a decided version.
    refused(
        &app,
        &assign(&ed, &code, "rosa@school.example").await,
        409,
        "practice_already_decided",
        "bpr-error-decided",
    );
}

async fn decisions_need_their_reviews_and_the_current_undecided_version(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, _) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, _) = person(&app, "ugo", "Ugo Reviewer").await;
    let (id, code) = in_review(
        &app,
        &ed,
        author,
        &["rosa@school.example", "ugo@school.example"],
        "Dual training",
    )
    .await;

    // Accept without reviews: refused with the count, nothing decided.
    let page = decide(&ed, &code, 1, "accept", "").await;
    page.expect(409);
    assert_eq!(
        page.field_error("decision"),
        Some(
            app.localizer("en")
                .t1("bpr-error-needs-two-reviews", "done", 0)
        )
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_decisions WHERE practice_id = {id}"
        ))
        .await,
        0
    );
    review(&rosa, &code, 1, ["4", "4", "4", "4", "4"])
        .await
        .expect(303);
    review(&ugo, &code, 1, ["4", "4", "4", "4", "4"])
        .await
        .expect(303);
    // A form about another version is refused.
    refused(
        &app,
        &decide(&ed, &code, 2, "accept", "").await,
        409,
        "practice_version_changed",
        "bpr-error-version-changed",
    );
    decide(&ed, &code, 1, "accept", "").await.expect(303);
    assert_eq!(status(&app, id).await, "accepted");
}

// ---- Reading the reviews -----------------------------------------------------------------------

async fn the_author_reads_the_reviews_without_the_reviewers_names(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosalind Quill").await;
    let (ugo, ugo_id) = person(&app, "ugo", "Ugolino Pennant").await;
    let (other, _) = person(&app, "otto", "Otto Other").await;
    let (id, code) = in_review(
        &app,
        &ed,
        author,
        &["rosa@school.example", "ugo@school.example"],
        "Peer tutoring",
    )
    .await;
    review(&rosa, &code, 1, ["5", "5", "5", "5", "5"])
        .await
        .expect(303);
    review(&ugo, &code, 1, ["3", "3", "3", "3", "3"])
        .await
        .expect(303);

    // Before the decision, the author is told the reviews come with it.
    let pending = author_b.get(&format!("/practices/{code}/reviews")).await;
    pending.expect(200);
    assert!(pending.shows(&en(&app, "bpr-reviews-pending")));
    assert!(!pending.shows("About relevance: 5."));

    decide(&ed, &code, 1, "accept", "").await.expect(303);
    let page = author_b.get(&format!("/practices/{code}/reviews")).await;
    page.expect(200);
    let l = app.localizer("en");
    assert!(page.shows(&l.t1("bpr-reviewer-number", "number", 1)));
    assert!(page.shows(&l.t1("bpr-reviewer-number", "number", 2)));
    assert!(page.shows("About relevance: 5.") && page.shows("About relevance: 3."));
    assert!(page.shows("4.00"), "{}", page.body);
    assert_eq!(page.body.matches("<h1").count(), 1);
    // Nothing in the page, its links or attributes names the reviewers.
    let rosa_handle = handle_of(&app, rosa_id).await;
    let ugo_handle = handle_of(&app, ugo_id).await;
    for secret in [
        "Rosalind",
        "Quill",
        "Ugolino",
        "Pennant",
        "rosa@school.example",
        "ugo@school.example",
        &format!("@{rosa_handle}"),
        &format!("@{ugo_handle}"),
        &format!("/people/{rosa_id}"),
        &format!("/people/{ugo_id}"),
        &format!("reviewer={rosa_id}"),
        "Eda Editor",
    ] {
        assert!(!page.contains(secret), "{secret} on the author's page");
    }
    // Editors see who wrote what.
    let board = ed.get(&format!("/practices/{code}/reviews")).await;
    board.expect(200);
    assert!(board.shows("Rosalind Quill") && board.shows("Ugolino Pennant"));
    // A reviewer sees their own review only.
    let own = ugo.get(&format!("/practices/{code}/reviews")).await;
    own.expect(200);
    assert!(own.shows("About relevance: 3.") && !own.shows("About relevance: 5."));
    // Others: the practice is published, its reviews are not theirs.
    refused(
        &app,
        &other.get(&format!("/practices/{code}/reviews")).await,
        403,
        "practice_reviews_private",
        "bpr-error-reviews-private",
    );
    let anon = app
        .browser()
        .get(&format!("/practices/{code}/reviews"))
        .await;
    anon.expect(303);
    let _ = id;
}

// ---- Labels ------------------------------------------------------------------------------------

async fn labels_are_awarded_by_editors_to_published_practices_only(app: TestApp) {
    let (ed, ed_id) = editor(&app, "eda", "Eda Editor").await;
    let (author_b, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, _) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, _) = person(&app, "ugo", "Ugo Reviewer").await;
    let (id, code) = in_review(
        &app,
        &ed,
        author,
        &["rosa@school.example", "ugo@school.example"],
        "Open workshop",
    )
    .await;
    let labels =
        |sql: &str| format!("SELECT COUNT(*) FROM practice_labels WHERE practice_id = {id}{sql}");

    // Not yet published.
    refused(
        &app,
        &label(&ed, &code, "good-practice", "award").await,
        409,
        "practice_not_published",
        "bpr-error-not-published",
    );
    review(&rosa, &code, 1, ["5", "5", "5", "5", "5"])
        .await
        .expect(303);
    review(&ugo, &code, 1, ["5", "5", "5", "5", "4"])
        .await
        .expect(303);
    decide(&ed, &code, 1, "accept", "").await.expect(303);

    // Members, the author included, may not.
    refused(
        &app,
        &label(&author_b, &code, "good-practice", "award").await,
        403,
        "practice_editors_only",
        "bp-error-editors-only",
    );
    label(&rosa, &code, "success-story", "award")
        .await
        .expect(403);
    assert_eq!(app.count(&labels("")).await, 0);
    // An unknown label.
    label(&ed, &code, "best-ever", "award").await.expect(422);

    // Editors award, recorded with who and when.
    let page = label(&ed, &code, "good-practice", "award").await;
    page.expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT awarded_by FROM practice_labels WHERE practice_id = {id} AND label = 'good-practice'"
        ))
        .await,
        Some(ed_id)
    );
    label(&ed, &code, "good-practice", "award")
        .await
        .expect(303);
    label(&ed, &code, "success-story", "award")
        .await
        .expect(303);
    assert_eq!(app.count(&labels("")).await, 2);
    let board = ed.get(&format!("/practices/{code}/board")).await;
    assert!(board.shows(&en(&app, "practice-label-good-practice")));
    assert!(board.shows("Eda Editor"));
    // And remove.
    label(&ed, &code, "success-story", "remove")
        .await
        .expect(303);
    assert_eq!(app.count(&labels(" AND label = 'success-story'")).await, 0);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'practice.label.%' AND target_id = {id}"
        ))
        .await,
        3
    );
}

// ---- Who may do what ---------------------------------------------------------------------------

async fn editor_pages_refuse_members_and_editors_never_handle_their_own_practice(app: TestApp) {
    let (member, member_id) = person(&app, "mia", "Mia Member").await;
    let (ed, ed_id) = editor(&app, "eda", "Eda Editor").await;
    let (_, _) = person(&app, "rosa", "Rosa Reviewer").await;
    let (admin, _) = app
        .signed_in("root@admin.example", "Site Admin", SiteRole::Admin)
        .await;
    let (_, code) = submit(&app, member_id, None, "Member's practice").await;

    for path in [
        "/editor/practices".to_string(),
        format!("/practices/{code}/board"),
    ] {
        refused(
            &app,
            &member.get(&path).await,
            403,
            "practice_editors_only",
            "bp-error-editors-only",
        );
    }
    for (path, fields) in [
        (
            format!("/practices/{code}/reviewers"),
            vec![("reviewer", "rosa@school.example")],
        ),
        (
            format!("/practices/{code}/decision"),
            vec![
                ("version", "1"),
                ("decision", "reject"),
                ("note", "No"),
                ("lang", "en"),
            ],
        ),
        (format!("/practices/{code}/reviewers/1/withdraw"), vec![]),
    ] {
        let page = member.post(&path, &fields).await;
        page.expect(403);
        assert_eq!(page.error_code(), "practice_editors_only");
    }
    // Anonymous readers are sent to sign in.
    let anon = app.browser().get("/editor/practices").await;
    anon.expect(303);
    assert!(anon.location().starts_with("/login"));
    // Site administrators are editors.
    admin.get("/editor/practices").await.expect(200);
    admin
        .get(&format!("/practices/{code}/board"))
        .await
        .expect(200);
    // An editor's own practice is handled by another editor.
    let (_, own_code) = submit(&app, ed_id, None, "Editor's own").await;
    refused(
        &app,
        &ed.get(&format!("/practices/{own_code}/board")).await,
        403,
        "practice_own_submission",
        "bpr-error-own-submission",
    );
    assign(&ed, &own_code, "rosa@school.example")
        .await
        .expect(403);
    // An editor whose role was taken away meanwhile no longer acts.
    app.exec(&format!(
        "UPDATE users SET site_role = 'member' WHERE id = {ed_id}"
    ))
    .await;
    ed.get("/editor/practices").await.expect(403);
    // Unknown practices are not found.
    admin.get("/practices/BP-1999-9999/board").await.expect(404);
}

async fn withdrawn_assignments_free_the_reviewer_and_the_queue_follows(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, rosa_id) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, _) = person(&app, "ugo", "Ugo Reviewer").await;
    let (id, code) = in_review(&app, &ed, author, &["rosa@school.example"], "Repair café").await;
    let review_id = app
        .opt_i64(&format!(
            "SELECT id FROM practice_reviews WHERE reviewer_id = {rosa_id}"
        ))
        .await
        .expect("the assignment");

    let queue = ed.get("/editor/practices?show=in-review").await;
    queue.expect(200);
    assert!(queue.shows(
        &app.localizer("en")
            .t2("bpr-reviews-in", "done", 0, "total", 1)
    ));

    ed.post(
        &format!("/practices/{code}/reviewers/{review_id}/withdraw"),
        &[],
    )
    .await
    .expect(303);
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("withdrawn")
    );
    // Nobody is left: the practice waits for reviewers again, and Rosa is told.
    assert_eq!(status(&app, id).await, "submitted");
    assert_eq!(app.queued_emails_to("rosa@school.example").await, 2);
    refused(
        &app,
        &rosa.get(&format!("/practices/{code}/review")).await,
        403,
        "review_not_assigned",
        "bpr-error-not-assigned",
    );
    // Withdrawing twice is refused.
    let again = ed
        .post(
            &format!("/practices/{code}/reviewers/{review_id}/withdraw"),
            &[],
        )
        .await;
    again.expect(409);
    assert_eq!(again.error_code(), "assignment_not_open");

    // She may be assigned again; a submitted review cannot be withdrawn.
    assign(&ed, &code, "rosa@school.example").await.expect(303);
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("assigned")
    );
    review(&rosa, &code, 1, ["2", "2", "2", "2", "2"])
        .await
        .expect(303);
    ed.post(
        &format!("/practices/{code}/reviewers/{review_id}/withdraw"),
        &[],
    )
    .await
    .expect(409);
    assert_eq!(
        assignment_state(&app, id, 1, rosa_id).await.as_deref(),
        Some("submitted")
    );
    let _ = ugo;
    // The queue counts by state.
    let queue = ed.get("/editor/practices").await;
    queue.expect(200);
    assert!(queue.shows(
        &app.localizer("en")
            .t2("bpr-reviews-in", "done", 1, "total", 1)
    ));
}

/// The listed descriptors and links of a published practice (what lists filter on).
async fn listed_tags(app: &TestApp, id: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM practice_tags WHERE practice_id = {id} AND code = 'mobility'"
    ))
    .await
}

async fn a_revision_changes_what_readers_see_only_once_accepted(app: TestApp) {
    let (ed, _) = editor(&app, "eda", "Eda Editor").await;
    let (_, author) = person(&app, "aldo", "Aldo Author").await;
    let (rosa, _) = person(&app, "rosa", "Rosa Reviewer").await;
    let (ugo, _) = person(&app, "ugo", "Ugo Reviewer").await;
    let reviewers = ["rosa@school.example", "ugo@school.example"];
    let (id, code) = in_review(&app, &ed, author, &reviewers, "Bakery open to the public").await;
    for r in [&rosa, &ugo] {
        review(r, &code, 1, ["4", "4", "4", "4", "4"])
            .await
            .expect(303);
    }
    decide(&ed, &code, 1, "accept", "").await.expect(303);

    // Version 2 moves the practice to another theme; under review, readers see version 1's.
    let mut tx = app.db.db.begin().await.expect("begin");
    let t = Template {
        tags: vec![("theme", "mobility")],
        change_note: "Now about mobility.",
        ..template("Bakery open to visiting apprentices")
    };
    practices::add_version(&mut tx, id, &t, author)
        .await
        .expect("add a version");
    tx.commit().await.expect("commit");
    assert_eq!(listed_tags(&app, id).await, 0);
    let anonymous = app.browser();
    let by_theme = anonymous.get("/practices?theme=mobility").await;
    by_theme.expect(200);
    assert!(!by_theme.contains(&code), "{}", by_theme.body);
    let page = anonymous.get(&format!("/practices/{code}")).await;
    page.expect(200);
    assert!(!page.shows(&en(&app, "theme-mobility")));

    // Accepted, version 2's descriptors are the listed ones.
    for r in reviewers {
        assign(&ed, &code, r).await.expect(303);
    }
    for r in [&rosa, &ugo] {
        review(r, &code, 2, ["5", "5", "5", "5", "5"])
            .await
            .expect(303);
    }
    decide(&ed, &code, 2, "accept", "").await.expect(303);
    assert_eq!(listed_tags(&app, id).await, 1);
    let by_theme = anonymous.get("/practices?theme=mobility").await;
    assert!(by_theme.contains(&code), "{}", by_theme.body);
    let page = anonymous.get(&format!("/practices/{code}")).await;
    assert!(page.shows(&en(&app, "theme-mobility")));
}
