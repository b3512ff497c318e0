//! The best-practice repository as authors and readers use it, over HTTP on both engines:
//! submitting a practice in the structured template with every section and descriptor (its
//! citable address, also typed in lower case); bad input that comes back named and kept with
//! nothing stored; unpublished practices readable by their author, editors and reviewers only;
//! a published practice listed and shown to everyone with its version, score, labels and
//! citation, and found through every filter; revisions as new versions while readers keep the
//! published one; adoption reports; and a working group's outcome proposed as a practice.
//!
//! The editors' decision belongs to the review workflow: these tests publish a version the way
//! it does, by setting `status`, `published_version`, `published_at` and the score directly.

use bottega_domain::{Country, Language, OrgType, Sector, SiteRole};
use bottega_web::testing::{Browser, Page, TestApp};
use reqwest::multipart::Form;

bottega_web::web_tests!(
    a_practice_is_submitted_with_every_section_and_descriptor,
    bad_input_comes_back_named_and_kept_and_nothing_is_stored,
    unpublished_practices_are_read_by_author_editors_and_reviewers_only,
    a_published_practice_is_listed_shown_and_cited_for_everyone,
    the_list_filters_and_sorts_published_practices,
    a_revision_is_a_new_version_while_readers_keep_the_published_one,
    members_report_adoptions_of_published_practices,
    a_working_group_outcome_is_proposed_as_a_best_practice,
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

/// An organisation with `admin` as its administrator; returns its id.
async fn org(app: &TestApp, admin: i64, name: &str, country: Country) -> i64 {
    app.create_org(
        admin,
        name,
        OrgType::VetProvider,
        country,
        &[Sector::Bakery],
        &[Language::En],
    )
    .await
    .0
}

/// Asserts a refusal: its status, its stable code and the sentence the page explains it with.
#[track_caller]
fn refused(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code, "{}", page.body);
    let text = en(app, message);
    assert!(page.shows(&text), "no {text:?} on the page:\n{}", page.body);
}

/// The fields of the practice form, valid unless changed.
#[derive(Clone)]
struct Input(Vec<(String, String)>);

impl Input {
    fn new(title: &str) -> Input {
        Input(Vec::new())
            .set("title", title)
            .set("lang", "en")
            .set(
                "summary",
                "Second-year apprentices coach first-years at the **oven**.",
            )
            .set(
                "context",
                "A bakery school in Bologna with 120 apprentices.",
            )
            .set(
                "problem",
                "One first-year in four left in the first months.",
            )
            .set(
                "practice",
                "Pairs meet weekly.\n\n## Steps\n\n1. Match\n2. Meet",
            )
            .set("resources", "Two hours a week of a trainer's time.")
            .set("results", "Drop-outs fell from 25% to 9% in two years.")
            .set("transferability", "Any workshop-based programme.")
            .set("lessons", "Match pairs by shift, not by class.")
            .set("eqf", "4")
            .add("themes", "dual-learning")
            .add("themes", "inclusion")
            .add("sectors", "bakery")
            .add("countries", "IT")
            .add("countries", "AL")
            .add("competences", "lifecomp-social")
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

    /// Removes every value of `name`.
    fn without(mut self, name: &str) -> Input {
        self.0.retain(|(k, _)| k != name);
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

/// Submits a practice that must be accepted; returns its citable identifier.
async fn submit(b: &Browser, input: &Input) -> String {
    let page = input.post(b, "/practices/submit").await;
    page.expect(303);
    page.location()
        .strip_prefix("/practices/")
        .unwrap_or_else(|| panic!("unexpected redirect {}", page.location()))
        .to_string()
}

/// Publishes the newest version as the editors' decision does, with a score.
async fn publish(app: &TestApp, code: &str, score_x100: i64, reviews: i64) {
    let now = chrono::Utc::now().timestamp_millis();
    let done = app
        .exec(&format!(
            "UPDATE practices SET status = 'accepted', published_version = current_version, \
             published_at = {now}, score_x100 = {score_x100}, review_count = {reviews}, \
             title = (SELECT v.title FROM practice_versions v WHERE v.practice_id = practices.id \
             AND v.version = practices.current_version) WHERE ref_code = '{code}'"
        ))
        .await;
    assert_eq!(done, 1);
}

async fn id_of(app: &TestApp, code: &str) -> i64 {
    app.opt_i64(&format!(
        "SELECT id FROM practices WHERE ref_code = '{code}'"
    ))
    .await
    .expect("the practice")
}

async fn text_of(app: &TestApp, sql: &str) -> String {
    app.opt_text(sql).await.unwrap_or_default()
}

/// Deposits a link resource through the toolbox form; returns its id. `visibility` is public,
/// members or organisation (with `org`).
async fn deposit(b: &Browser, title: &str, visibility: &str, org: Option<i64>) -> i64 {
    let mut form = Form::new()
        .text("title", title.to_string())
        .text("rtype", "link")
        .text("url", "https://tools.example/guide")
        .text("description", "A guide for apprentices.")
        .text("lang", "en")
        .text("licence", "cc-by")
        .text("visibility", visibility.to_string());
    if let Some(org) = org {
        form = form.text("org", org.to_string());
    }
    let page = b.multipart("/resources/new", form).await;
    page.expect(303);
    page.location()
        .strip_prefix("/resources/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("unexpected redirect {}", page.location()))
}

fn score(app: &TestApp, score: &str, count: i64) -> String {
    app.localizer("en")
        .t2("bp-score", "score", score.to_string(), "count", count)
}

/// Reports an adoption of practice `code`; `org` empty names no organisation.
async fn adopt(b: &Browser, code: &str, org: String, country: &str, how: &str) -> Page {
    b.post(
        &format!("/practices/{code}/adoptions"),
        &[
            ("org", org.as_str()),
            ("country", country),
            ("how", how),
            ("lang", "en"),
        ],
    )
    .await
}

// ---- Submitting --------------------------------------------------------------------------------

async fn a_practice_is_submitted_with_every_section_and_descriptor(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana Fornaia").await;
    let school = org(&app, ana_id, "Scuola di Panificazione", Country::It).await;
    let guide = deposit(&ana, "Tutoring guide", "public", None).await;

    // The form: the single organisation is already chosen, the language is the reader's.
    let form = ana.get("/practices/submit").await;
    form.expect(200);
    assert!(form.shows(&en(&app, "bp-submit-title")));
    assert_eq!(form.selected("org"), vec![school.to_string()]);
    assert_eq!(form.selected("lang"), vec!["en".to_string()]);
    for field in ["summary", "problem", "practice", "results", "lessons"] {
        assert!(form.contains(&format!("id=\"f-{field}\"")), "{field}");
    }

    let input = Input::new("Peer tutoring at the oven")
        .set("org", &school.to_string())
        .set("links", &format!("/resources/{guide}\n\n{guide}"));
    // A preview shows the sections rendered and keeps the form; nothing is stored.
    let preview = input
        .clone()
        .set("action", "preview")
        .post(&ana, "/practices/submit")
        .await;
    preview.expect(200);
    assert!(preview.shows(&en(&app, "bp-preview-title")));
    assert!(preview.contains("<strong>oven</strong>"));
    assert_eq!(
        preview.input_value("title").as_deref(),
        Some("Peer tutoring at the oven")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 0);
    let code = submit(&ana, &input).await;
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(code.starts_with(&format!("BP-{year}-")), "{code}");
    let id = id_of(&app, &code).await;

    // Stored: the practice, its first version rendered once, its descriptors and links.
    assert_eq!(
        text_of(
            &app,
            &format!(
                "SELECT status || '|' || current_version || '|' || title || '|' || lang \
                 FROM practices WHERE id = {id}"
            )
        )
        .await,
        "submitted|1|Peer tutoring at the oven|en"
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT published_version FROM practices WHERE id = {id}"
        ))
        .await,
        None
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT org_id FROM practices WHERE id = {id}"))
            .await,
        Some(school)
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT submitter_id FROM practices WHERE id = {id}"
        ))
        .await,
        Some(ana_id)
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT eqf_level FROM practice_versions WHERE practice_id = {id} AND version = 1"
        ))
        .await,
        Some(4)
    );
    let summary_html = text_of(
        &app,
        &format!("SELECT summary_html FROM practice_versions WHERE practice_id = {id}"),
    )
    .await;
    assert!(
        summary_html.contains("<strong>oven</strong>"),
        "{summary_html}"
    );
    // Headings the author writes sit under the section headings.
    let practice_html = text_of(
        &app,
        &format!("SELECT practice_html FROM practice_versions WHERE practice_id = {id}"),
    )
    .await;
    assert!(practice_html.contains("<h4>Steps</h4>"), "{practice_html}");
    let tags: Vec<String> = sqlx::query_scalar(&format!(
        "SELECT dimension || ':' || code FROM practice_tags WHERE practice_id = {id} \
         ORDER BY dimension, code"
    ))
    .fetch_all(app.db.db.reader())
    .await
    .expect("tags");
    assert_eq!(
        tags,
        vec![
            "competence:lifecomp-social",
            "country:AL",
            "country:IT",
            "sector:bakery",
            "theme:dual-learning",
            "theme:inclusion"
        ]
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_resources WHERE practice_id = {id} \
             AND resource_id = {guide}"
        ))
        .await,
        1
    );

    // The practice page at its citable address, for its author: every section in order, the
    // state, the version.
    let page = ana.visit(&format!("/practices/{code}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "flash-bp-submitted")));
    assert!(page.shows("Peer tutoring at the oven"));
    assert!(page.shows(&en(&app, "bp-status-submitted")));
    assert!(page.shows(&en(&app, "bp-banner-submitted")));
    let mut at = 0;
    for section in [
        "summary",
        "context",
        "problem",
        "practice",
        "resources",
        "results",
        "transferability",
        "lessons",
    ] {
        let heading = en(&app, &format!("bp-section-{section}"));
        let found = page.body[at..]
            .find(&format!("<h2 id=\"{section}-h\">{heading}</h2>"))
            .unwrap_or_else(|| panic!("{section} missing or out of order:\n{}", page.body));
        at += found;
    }
    assert!(page.contains("<strong>oven</strong>"));
    assert!(page.shows("Drop-outs fell from 25% to 9% in two years."));
    assert!(page.shows(&app.localizer("en").t1("bp-version", "number", 1)));
    assert!(page.shows(&app.localizer("en").t1("bp-eqf-level", "level", 4)));
    assert!(page.shows(&en(&app, "country-AL")));
    assert!(page.shows(&en(&app, "theme-dual-learning")));
    assert!(page.shows(&en(&app, "competence-lifecomp-social")));
    assert!(page.shows("Scuola di Panificazione"));
    assert!(page.contains(&format!("href=\"/resources/{guide}\"")));
    assert!(page.shows("Tutoring guide"));
    assert!(page.contains(&format!("<code>{code}</code>")));
    assert!(page.contains(&format!("href=\"/practices/{code}/reviews\"")));
    // Not open for a new version while it waits for an editor.
    assert!(!page.contains(&format!("href=\"/practices/{code}/revise\"")));

    // The address in lower case leads to the canonical one.
    let lower = ana
        .get(&format!("/practices/{}", code.to_lowercase()))
        .await;
    assert_eq!(lower.status.as_u16(), 308);
    assert_eq!(lower.location(), format!("/practices/{code}"));
    let lower = ana
        .get(&format!("/practices/{}/versions", code.to_lowercase()))
        .await;
    assert_eq!(lower.location(), format!("/practices/{code}/versions"));

    // The author's own list.
    let mine = ana.get("/practices/mine").await;
    mine.expect(200);
    assert!(mine.contains(&format!("href=\"/practices/{code}\"")));
    assert!(mine.shows(&en(&app, "bp-status-submitted")));
    assert!(mine.shows(&en(&app, "bp-not-published-yet")));
}

async fn bad_input_comes_back_named_and_kept_and_nothing_is_stored(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let school = org(&app, ana_id, "Scuola", Country::It).await;
    let other = org(&app, bob_id, "Elsewhere", Country::Fr).await;
    // A resource only Bob's organisation sees, and one that does not exist.
    let hidden = deposit(&bob, "Internal memo", "organisation", Some(other)).await;

    // Signed out: the form asks to sign in.
    let anonymous = app.browser().get("/practices/submit").await;
    anonymous.expect(303);
    assert!(anonymous.location().starts_with("/login"));

    let input = Input::new(" ")
        .set("results", "")
        .without("countries")
        .set("eqf", "9")
        .set("summary", &"s".repeat(1_501))
        .set("themes", "no-such-theme")
        .set(
            "links",
            &format!("/resources/{hidden}\nnot a link\n/resources/999999"),
        )
        .set("org", &other.to_string())
        .set("practice", "Pairs <b>meet</b> & talk");
    let page = input.post(&ana, "/practices/submit").await;
    page.expect(422);
    let mut fields = page.error_fields();
    fields.sort();
    assert_eq!(
        fields,
        vec![
            "countries",
            "eqf",
            "links",
            "org",
            "results",
            "summary",
            "themes",
            "title"
        ]
    );
    assert_eq!(
        page.field_error("countries").as_deref(),
        Some(en(&app, "bp-error-country-required").as_str())
    );
    let links = page.field_error("links").expect("links named");
    assert!(links.contains("not a link"), "{links}");
    let unseen = page.body.matches(&format!("/resources/{hidden}")).count();
    assert!(unseen >= 1);
    assert!(page.body.contains("/resources/999999"));
    // Kept as typed.
    assert_eq!(
        page.textarea_value("practice").as_deref(),
        Some("Pairs <b>meet</b> & talk")
    );
    assert_eq!(
        page.textarea_value("lessons").as_deref(),
        Some("Match pairs by shift, not by class.")
    );
    assert_eq!(page.selected("eqf"), Vec::<String>::new());
    assert_eq!(page.selected("sectors"), vec!["bakery".to_string()]);
    assert_eq!(page.selected("lang"), vec!["en".to_string()]);
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM practice_versions").await, 0);

    // Belonging to an organisation, one must be chosen.
    let page = Input::new("Peer tutoring")
        .post(&ana, "/practices/submit")
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["org"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 0);

    // Someone without an organisation submits in their own name.
    let (cleo, _) = person(&app, "cleo", "Cleo").await;
    let code = submit(&cleo, &Input::new("Peer tutoring")).await;
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT org_id FROM practices WHERE ref_code = '{code}'"
        ))
        .await,
        None
    );
    let _ = school;
}

// ---- Who reads what ----------------------------------------------------------------------------

async fn unpublished_practices_are_read_by_author_editors_and_reviewers_only(app: TestApp) {
    let (ana, _) = person(&app, "ana", "Ana").await;
    let (bob, _) = person(&app, "bob", "Bob").await;
    let (ed, _) = app
        .signed_in("ed@school.example", "Ed Editor", SiteRole::Editor)
        .await;
    let (rita, rita_id) = person(&app, "rita", "Rita Reviewer").await;
    let code = submit(&ana, &Input::new("Quiet practice")).await;
    let id = id_of(&app, &code).await;

    for b in [&app.browser(), &bob] {
        for path in ["", "/versions", "/v/1", "/adoptions"] {
            let page = b.get(&format!("/practices/{code}{path}")).await;
            page.expect(404);
        }
        let lower = b.get(&format!("/practices/{}", code.to_lowercase())).await;
        lower.expect(404);
    }
    let list = app.browser().get("/practices").await;
    list.expect(200);
    assert!(!list.contains(&code));

    ana.get(&format!("/practices/{code}")).await.expect(200);
    ana.get(&format!("/practices/{code}/v/1")).await.expect(200);
    let editor = ed.get(&format!("/practices/{code}")).await;
    editor.expect(200);
    assert!(editor.shows(&en(&app, "bp-banner-submitted")));
    assert!(editor.contains(&format!("href=\"/practices/{code}/reviews\"")));

    // A reviewer reads it once assigned.
    rita.get(&format!("/practices/{code}")).await.expect(404);
    let now = chrono::Utc::now().timestamp_millis();
    app.exec(&format!(
        "INSERT INTO practice_reviews (practice_id, version, reviewer_id, assigned_at, state) \
         VALUES ({id}, 1, {rita_id}, {now}, 'assigned')"
    ))
    .await;
    let reviewer = rita.get(&format!("/practices/{code}")).await;
    reviewer.expect(200);
    // Reviewers do not read the reviews page as authors do.
    assert!(!reviewer.contains(&format!("href=\"/practices/{code}/reviews\"")));

    // Nobody but the author writes versions; and not while it waits for an editor.
    let page = bob.get(&format!("/practices/{code}/revise")).await;
    page.expect(404);
    refused(
        &app,
        &ed.get(&format!("/practices/{code}/revise")).await,
        403,
        "practice_authors_only",
        "bp-error-authors-only",
    );
    refused(
        &app,
        &ana.get(&format!("/practices/{code}/revise")).await,
        409,
        "practice_not_open_for_revision",
        "bp-error-not-open-for-revision",
    );
    // An unknown identifier is simply not found.
    ana.get("/practices/BP-1999-9999").await.expect(404);
    ana.get(&format!("/practices/{code}/v/2")).await.expect(404);
    ana.get(&format!("/practices/{code}/v/x")).await.expect(404);
}

async fn a_published_practice_is_listed_shown_and_cited_for_everyone(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana Fornaia").await;
    let school = org(&app, ana_id, "Scuola di Panificazione", Country::It).await;
    let public = deposit(&ana, "Tutoring guide", "public", None).await;
    let internal = deposit(&ana, "Internal schedule", "organisation", Some(school)).await;
    let code = submit(
        &ana,
        &Input::new("Peer tutoring at the oven")
            .set("org", &school.to_string())
            .set("links", &format!("{public}\n{internal}")),
    )
    .await;
    let id = id_of(&app, &code).await;
    publish(&app, &code, 433, 2).await;
    let now = chrono::Utc::now().timestamp_millis();
    app.exec(&format!(
        "INSERT INTO practice_labels (practice_id, label, awarded_at) \
         VALUES ({id}, 'good-practice', {now})"
    ))
    .await;

    // The list, for anyone.
    let reader = app.browser();
    let list = reader.get("/practices").await;
    list.expect(200);
    assert!(list.contains(&format!("href=\"/practices/{code}\"")));
    assert!(list.shows("Peer tutoring at the oven"));
    assert!(list.contains(&format!("<code>{code}</code>")));
    assert!(list.contains("<strong>oven</strong>"));
    assert!(list.shows(&score(&app, "4.3", 2)));
    assert!(list.shows(&en(&app, "theme-dual-learning")));
    assert!(list.shows(&en(&app, "country-IT")));
    assert!(list.shows(&en(&app, "practice-label-good-practice")));
    assert!(list.shows(&app.localizer("en").t1("bp-adopted-count", "count", 0)));
    assert!(list.shows(&app.localizer("en").t1("bp-count", "count", 1)));

    // The page: the published version, its score, label and citation; no state banner.
    let page = reader.get(&format!("/practices/{code}")).await;
    page.expect(200);
    assert!(page.shows("Peer tutoring at the oven"));
    assert!(page.shows(&app.localizer("en").t1("bp-version", "number", 1)));
    assert!(!page.shows(&en(&app, "bp-banner-submitted")));
    assert!(!page.shows(&en(&app, "bp-status-accepted")));
    assert!(page.shows(&score(&app, "4.3", 2)));
    assert!(page.shows(&en(&app, "practice-label-good-practice")));
    assert!(!page.contains(&format!("href=\"/practices/{code}/reviews\"")));
    // Linked resources: only those this reader may see.
    assert!(page.contains(&format!("href=\"/resources/{public}\"")));
    assert!(!page.contains(&format!("href=\"/resources/{internal}\"")));
    let own = ana.get(&format!("/practices/{code}")).await;
    assert!(own.contains(&format!("href=\"/resources/{internal}\"")));
    // The author may now write a new version and read the reviews.
    assert!(own.contains(&format!("href=\"/practices/{code}/revise\"")));
    assert!(own.contains(&format!("href=\"/practices/{code}/reviews\"")));

    // The citation: organisation, year, title, version, identifier and full address.
    let year = chrono::Utc::now().format("%Y").to_string();
    let address = format!("{}/practices/{code}", app.state.config.public_url());
    let mut args = bottega_i18n::FluentArgs::new();
    args.set("author", "Scuola di Panificazione");
    args.set("year", year.clone());
    args.set("title", "Peer tutoring at the oven");
    args.set("version", 1);
    args.set("code", code.clone());
    args.set("address", address.clone());
    let citation = app.localizer("en").t_args("bp-citation", Some(&args));
    assert!(citation.contains(&code) && citation.contains(&year));
    assert!(page.shows(&citation), "no {citation:?}:\n{}", page.body);
    assert!(page.contains("<cite lang=\"en\">Peer tutoring at the oven</cite>"));

    // The history shows the one version.
    let history = reader.get(&format!("/practices/{code}/versions")).await;
    history.expect(200);
    assert!(history.contains(&format!("href=\"/practices/{code}/v/1\"")));
    assert!(history.shows(&en(&app, "bp-version-published")));
    let v1 = reader.get(&format!("/practices/{code}/v/1")).await;
    v1.expect(200);
    assert!(v1.contains("<strong>oven</strong>"));
}

async fn the_list_filters_and_sorts_published_practices(app: TestApp) {
    let (ana, _) = person(&app, "ana", "Ana").await;
    let (bob, _) = person(&app, "bob", "Bob").await;
    let oven = submit(&ana, &Input::new("Peer tutoring at the oven")).await;
    let green = submit(
        &bob,
        &Input::new("Solar kilns for ceramics")
            .set("lang", "it")
            .set("summary", "Forni solari per la ceramica.")
            .set("eqf", "5")
            .set("themes", "green-skills")
            .set("sectors", "construction")
            .set("countries", "FR")
            .set("competences", "entrecomp-ideas"),
    )
    .await;
    let hidden = submit(&ana, &Input::new("Not published yet")).await;
    publish(&app, &oven, 350, 2).await;
    publish(&app, &green, 480, 3).await;
    let green_id = id_of(&app, &green).await;
    let now = chrono::Utc::now().timestamp_millis();
    app.exec(&format!(
        "INSERT INTO practice_labels (practice_id, label, awarded_at) \
         VALUES ({green_id}, 'success-story', {now})"
    ))
    .await;
    app.exec(&format!(
        "UPDATE practices SET adoption_count = 7 WHERE ref_code = '{oven}'"
    ))
    .await;

    let reader = app.browser();
    let listed = |page: &Page| -> Vec<String> {
        let mut out = Vec::new();
        for code in [&oven, &green, &hidden] {
            if page.contains(&format!("href=\"/practices/{code}\"")) {
                out.push(code.to_string());
            }
        }
        out
    };
    let both = vec![oven.clone(), green.clone()];
    let only_oven = vec![oven.clone()];
    let only_green = vec![green.clone()];
    for (query, expected) in [
        ("", &both),
        ("theme=dual-learning", &only_oven),
        ("theme=green-skills", &only_green),
        ("sector=construction", &only_green),
        ("country=AL", &only_oven),
        ("country=FR", &only_green),
        ("competence=lifecomp-social", &only_oven),
        ("eqf=5", &only_green),
        ("eqf=4", &only_oven),
        ("lang=it", &only_green),
        ("label=success-story", &only_green),
        ("q=OVEN", &only_oven),
        ("q=forni+solari", &only_green),
        ("q=100%25", &vec![]),
        ("theme=dual-learning&country=FR", &vec![]),
        // Unknown codes are ignored rather than refused.
        ("theme=nope&eqf=12&sort=sideways", &both),
    ] {
        let page = reader.get(&format!("/practices?{query}")).await;
        page.expect(200);
        assert_eq!(&listed(&page), expected, "{query}");
    }
    let selected = reader.get("/practices?theme=green-skills&sort=score").await;
    assert_eq!(selected.selected("theme"), vec!["green-skills".to_string()]);
    assert_eq!(selected.selected("sort"), vec!["score".to_string()]);

    // Orders: newest, highest score, most adopted.
    let position = |page: &Page, code: &str| {
        page.body
            .find(&format!("href=\"/practices/{code}\""))
            .expect("listed")
    };
    let by_score = reader.get("/practices?sort=score").await;
    assert!(position(&by_score, &green) < position(&by_score, &oven));
    let by_adoption = reader.get("/practices?sort=adopted").await;
    assert!(position(&by_adoption, &oven) < position(&by_adoption, &green));
    app.exec(&format!(
        "UPDATE practices SET published_at = published_at + 1000 WHERE ref_code = '{oven}'"
    ))
    .await;
    let newest = reader.get("/practices?sort=newest").await;
    assert!(position(&newest, &oven) < position(&newest, &green));
}

// ---- Versions ----------------------------------------------------------------------------------

async fn a_revision_is_a_new_version_while_readers_keep_the_published_one(app: TestApp) {
    let (ana, _) = person(&app, "ana", "Ana").await;
    let (bob, _) = person(&app, "bob", "Bob").await;
    let guide = deposit(&ana, "Tutoring guide", "public", None).await;
    let code = submit(
        &ana,
        &Input::new("Peer tutoring at the oven").set("links", &guide.to_string()),
    )
    .await;
    let id = id_of(&app, &code).await;
    publish(&app, &code, 400, 2).await;

    // The form, filled from the newest version.
    let form = ana.get(&format!("/practices/{code}/revise")).await;
    form.expect(200);
    assert_eq!(
        form.input_value("title").as_deref(),
        Some("Peer tutoring at the oven")
    );
    assert_eq!(
        form.textarea_value("summary").as_deref(),
        Some("Second-year apprentices coach first-years at the **oven**.")
    );
    let mut countries = form.selected("countries");
    countries.sort();
    assert_eq!(countries, vec!["AL", "IT"]);
    assert_eq!(form.selected("eqf"), vec!["4".to_string()]);
    assert_eq!(
        form.textarea_value("links").as_deref(),
        Some(format!("/resources/{guide}").as_str())
    );
    refused(
        &app,
        &bob.post(
            &format!("/practices/{code}/revise"),
            &[("title", "Mine now")],
        )
        .await,
        403,
        "practice_authors_only",
        "bp-error-authors-only",
    );

    // A new version needs a note on what changed.
    let mut fields = form.form_fields(&format!("/practices/{code}/revise"));
    fields.retain(|(k, _)| k != "csrf");
    let revised = Input(fields.clone())
        .set("title", "Peer tutoring at the oven and the counter")
        .set("summary", "Now also at the **counter**.");
    let page = revised
        .post(&ana, &format!("/practices/{code}/revise"))
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["change_note"]);
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Peer tutoring at the oven and the counter")
    );
    let page = revised
        .clone()
        .set("change_note", "Extended to the shop counter.")
        .post(&ana, &format!("/practices/{code}/revise"))
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/practices/{code}"));
    assert_eq!(
        text_of(
            &app,
            &format!(
                "SELECT status || '|' || current_version || '|' || published_version || '|' \
                 || title FROM practices WHERE id = {id}"
            )
        )
        .await,
        "submitted|2|1|Peer tutoring at the oven"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM practice_versions WHERE practice_id = {id}"
        ))
        .await,
        2
    );
    assert_eq!(
        text_of(
            &app,
            &format!(
                "SELECT change_note FROM practice_versions WHERE practice_id = {id} \
                 AND version = 2"
            )
        )
        .await,
        "Extended to the shop counter."
    );

    // Readers still see version 1; the author sees version 2 with where it stands.
    let reader = app.browser();
    let page = reader.get(&format!("/practices/{code}")).await;
    page.expect(200);
    assert!(page.contains("<strong>oven</strong>"));
    assert!(!page.contains("counter"));
    assert!(page.shows(&app.localizer("en").t1("bp-version", "number", 1)));
    reader
        .get(&format!("/practices/{code}/v/2"))
        .await
        .expect(404);
    reader
        .get(&format!("/practices/{code}/v/1"))
        .await
        .expect(200);
    let history = reader.get(&format!("/practices/{code}/versions")).await;
    assert!(history.contains(&format!("/practices/{code}/v/1\"")));
    assert!(!history.contains(&format!("/practices/{code}/v/2\"")));
    // The list keeps the published title and summary.
    let list = reader.get("/practices").await;
    assert!(list.contains("<strong>oven</strong>"));
    assert!(!list.contains("counter"));

    let own = ana.visit(&format!("/practices/{code}")).await;
    assert!(own.shows(&en(&app, "flash-bp-revised")));
    assert!(own.contains("<strong>counter</strong>"));
    assert!(own.shows(
        &app.localizer("en")
            .t2("bp-banner-revision", "version", 2, "published", 1)
    ));
    let history = ana.get(&format!("/practices/{code}/versions")).await;
    assert!(history.contains(&format!("/practices/{code}/v/2\"")));
    assert!(history.shows("Extended to the shop counter."));
    let v2 = ana.get(&format!("/practices/{code}/v/2")).await;
    v2.expect(200);
    assert!(v2.contains("<strong>counter</strong>"));

    // Waiting for an editor again: no third version yet.
    refused(
        &app,
        &revised
            .clone()
            .set("change_note", "Again.")
            .post(&ana, &format!("/practices/{code}/revise"))
            .await,
        409,
        "practice_not_open_for_revision",
        "bp-error-not-open-for-revision",
    );
    // Asked for a revision, the author writes one.
    app.exec(&format!(
        "UPDATE practices SET status = 'revise' WHERE id = {id}"
    ))
    .await;
    let revise = ana.get(&format!("/practices/{code}")).await;
    assert!(revise.shows(&en(&app, "bp-banner-revise")));
    revised
        .set("change_note", "As the reviewers asked.")
        .post(&ana, &format!("/practices/{code}/revise"))
        .await
        .expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT current_version FROM practices WHERE id = {id}"
        ))
        .await,
        Some(3)
    );
}

// ---- Adoptions ---------------------------------------------------------------------------------

async fn members_report_adoptions_of_published_practices(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob Adopter").await;
    let school = org(&app, ana_id, "Scuola", Country::It).await;
    let college = org(&app, bob_id, "Collège des métiers", Country::Fr).await;
    let code = submit(
        &ana,
        &Input::new("Peer tutoring").set("org", &school.to_string()),
    )
    .await;
    let id = id_of(&app, &code).await;
    // Not published: unknown to others, refused to its author.
    adopt(&bob, &code, String::new(), "FR", "We did.")
        .await
        .expect(404);
    refused(
        &app,
        &adopt(&ana, &code, String::new(), "IT", "We did.").await,
        409,
        "practice_not_published",
        "bp-error-not-published",
    );
    publish(&app, &code, 400, 2).await;

    // Bad input: named, kept, nothing stored.
    let page = adopt(&bob, &code, college.to_string(), "", "  ").await;
    page.expect(422);
    let mut fields = page.error_fields();
    fields.sort();
    assert_eq!(fields, vec!["country", "how"]);
    assert_eq!(page.selected("org"), vec![college.to_string()]);
    let page = adopt(&bob, &code, school.to_string(), "FR", "Sneaky").await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["org"]);
    assert_eq!(page.textarea_value("how").as_deref(), Some("Sneaky"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM practice_adoptions").await,
        0
    );
    // The submitting organisation made it; it does not adopt it.
    let page = adopt(&ana, &code, school.to_string(), "IT", "Ours").await;
    page.expect(422);
    assert_eq!(
        page.field_error("org").as_deref(),
        Some(en(&app, "bp-error-adopt-own-org").as_str())
    );

    // A report: stored, counted, shown.
    let page = adopt(
        &bob,
        &code,
        college.to_string(),
        "FR",
        "We run it in our **pastry** course.",
    )
    .await;
    page.expect(303);
    assert_eq!(
        text_of(
            &app,
            &format!(
                "SELECT country || '|' || lang || '|' || how_html FROM practice_adoptions \
                 WHERE practice_id = {id} AND org_id = {college} AND reported_by = {bob_id}"
            )
        )
        .await,
        "FR|en|<p>We run it in our <strong>pastry</strong> course.</p>\n"
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT adoption_count FROM practices WHERE id = {id}"
        ))
        .await,
        Some(1)
    );
    let shown = app.browser().get(&format!("/practices/{code}")).await;
    assert!(shown.shows(&app.localizer("en").t1("bp-adopted-heading", "count", 1)));
    assert!(shown.shows("Collège des métiers"));
    assert!(shown.contains("<strong>pastry</strong>"));
    assert!(shown.shows(&en(&app, "country-FR")));
    assert!(shown.shows(&en(&app, "bp-login-to-adopt")));
    let list = app.browser().get("/practices").await;
    assert!(list.shows(&app.localizer("en").t1("bp-adopted-count", "count", 1)));
    let all = app
        .browser()
        .get(&format!("/practices/{code}/adoptions"))
        .await;
    all.expect(200);
    assert!(all.shows("Collège des métiers"));

    // Once per person and organisation; without an organisation, once too.
    let page = adopt(&bob, &code, college.to_string(), "FR", "Again").await;
    page.expect(409);
    assert_eq!(
        page.field_error("org").as_deref(),
        Some(en(&app, "bp-error-adoption-already-reported").as_str())
    );
    adopt(&bob, &code, String::new(), "BE", "At a partner school.")
        .await
        .expect(303);
    adopt(&bob, &code, String::new(), "BE", "Twice.")
        .await
        .expect(409);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT adoption_count FROM practices WHERE id = {id}"
        ))
        .await,
        Some(2)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM practice_adoptions").await,
        2
    );
}

// ---- From a working group ----------------------------------------------------------------------

async fn a_working_group_outcome_is_proposed_as_a_best_practice(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana Coordinatrice").await;
    let (bob, bob_id) = person(&app, "bob", "Bob Member").await;
    let group = app
        .create_group("Timber futures", "open", ana_id, &[bob_id])
        .await;
    let active = app.create_group("Still working", "open", ana_id, &[]).await;
    let closed = ana
        .post(
            &format!("/groups/{group}/close"),
            &[
                (
                    "outcome",
                    "A shared **module** on sustainable timber.\n\nTested with 40 apprentices in three schools.",
                ),
                ("lang", "en"),
                ("action", "close"),
            ],
        )
        .await;
    closed.expect(303);

    // The archive offers it to coordinators.
    let overview = ana.get(&format!("/groups/{group}")).await;
    assert!(overview.contains(&format!("href=\"/practices/submit?group={group}\"")));
    let overview = bob.get(&format!("/groups/{group}")).await;
    assert!(!overview.contains("/practices/submit?group="));

    // Prefilled from the outcome.
    let form = ana.get(&format!("/practices/submit?group={group}")).await;
    form.expect(200);
    assert!(form.shows(
        &app.localizer("en")
            .t1("bp-from-group", "group", "Timber futures")
    ));
    assert_eq!(form.input_value("title").as_deref(), Some("Timber futures"));
    assert_eq!(
        form.textarea_value("summary").as_deref(),
        Some("A shared **module** on sustainable timber.")
    );
    assert_eq!(
        form.textarea_value("results").as_deref(),
        Some("A shared **module** on sustainable timber.\n\nTested with 40 apprentices in three schools.")
    );
    assert_eq!(form.textarea_value("context").as_deref(), Some("A goal"));
    assert_eq!(form.input_value("group"), Some(group.to_string()));

    // Others may not; an active group has no outcome yet; no such group is not found.
    refused(
        &app,
        &bob.get(&format!("/practices/submit?group={group}")).await,
        403,
        "practice_group_coordinators_only",
        "bp-error-group-coordinators-only",
    );
    refused(
        &app,
        &ana.get(&format!("/practices/submit?group={active}")).await,
        409,
        "practice_group_not_archived",
        "bp-error-group-not-archived",
    );
    ana.get("/practices/submit?group=999999").await.expect(404);
    let mut fields = form.form_fields("/practices/submit");
    fields.retain(|(k, _)| k != "csrf");
    let input = Input(fields)
        .add("countries", "AT")
        .set("problem", "Carpentry courses ignore sustainable timber.")
        .set("practice", "A six-week module.");
    refused(
        &app,
        &input.post(&bob, "/practices/submit").await,
        403,
        "practice_group_coordinators_only",
        "bp-error-group-coordinators-only",
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 0);

    let code = submit(&ana, &input).await;
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT source_group_id FROM practices WHERE ref_code = '{code}'"
        ))
        .await,
        Some(group)
    );
    let page = ana.get(&format!("/practices/{code}")).await;
    assert!(page.contains(&format!("href=\"/groups/{group}\"")));
    assert!(page.shows("Timber futures"));

    // Once per group.
    refused(
        &app,
        &ana.get(&format!("/practices/submit?group={group}")).await,
        409,
        "practice_group_already_proposed",
        "bp-error-group-already-proposed",
    );
    refused(
        &app,
        &input.post(&ana, "/practices/submit").await,
        409,
        "practice_group_already_proposed",
        "bp-error-group-already-proposed",
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM practices").await, 1);
}
