//! Browser tests of the Communication section in headless Chromium: mutual help (asking with
//! suggestions of similar questions, answering with a mention, the notification, the accepted
//! solution) and the scenario workshop (drivers and their chart, axes, four scenarios written
//! together, policy choices, closing, the report and its Markdown). People drive the pages the
//! way they would — typing into labelled fields, pressing buttons, following links — each in a
//! browser window of their own; only what the test does not look at (communities, accounts, a
//! question asked earlier, an answer given meanwhile) is made straight in the database.
//!
//! Needs `chromium` and `chromium-driver` (Debian). Without them the tests say so and pass,
//! unless `BOTTEGA_REQUIRE_BROWSER=1`. The engine comes from `BOTTEGA_TEST_ENGINE`. Screenshots
//! go to `target/browser-artifacts/communication-<engine>-*.png`, with the page and source of
//! every window when a test fails. Every page visited passes the accessibility checks of the
//! driver. Expected texts come from the interface catalogs by message id.

// Shared with `browser.rs`, which uses parts of it this target does not.
#[allow(dead_code)]
#[path = "browser/driver.rs"]
mod driver;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use bottega_domain::{Language, SiteRole};
use bottega_i18n::Localizer;
use bottega_storage::communication::communities::{self, NewCommunity};
use bottega_storage::communication::posts::{self, NewPost};
use bottega_storage::communication::threads::{self, NewThread};
use bottega_web::testing::{engine_from_env, TestApp, TEST_PASSWORD};
use driver::{ChromeDriver, Session};
use futures::future::BoxFuture;
use futures::FutureExt;
use serde_json::{json, Value};

// ---- Helpers ---------------------------------------------------------------------------------

/// A journey through the pages, given the application, the browser windows and the prefix of
/// screenshot names.
type Journey = for<'a> fn(&'a TestApp, &'a [Session], &'a str) -> BoxFuture<'a, ()>;

/// Starts chromedriver, the application and a browser window for each of `windows`, and runs
/// `journey`; on failure, saves every window before failing. Without a browser, says so.
async fn run(what: &str, windows: &[&str], journey: Journey) {
    let engine = engine_from_env();
    let prefix = format!("communication-{}", engine.name());
    let Some(chrome) = ChromeDriver::start(&format!("{prefix}-{what}")).await else {
        return;
    };
    let started = Instant::now();
    let app = TestApp::start(engine).await;
    let mut sessions = Vec::new();
    for name in windows {
        sessions.push(chrome.session(name, &app.base).await);
    }
    let outcome = AssertUnwindSafe(journey(&app, &sessions, &prefix))
        .catch_unwind()
        .await;
    if let Err(panic) = outcome {
        for s in &sessions {
            s.save_failure(&prefix).await;
        }
        std::panic::resume_unwind(panic);
    }
    for s in sessions {
        s.close().await;
    }
    drop(chrome);
    eprintln!(
        "browser test {what} on {} passed in {:.1} s; screenshots in {}",
        engine.name(),
        started.elapsed().as_secs_f64(),
        driver::artifacts_dir().display()
    );
}

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

/// Waits until `script` (run in the page) answers `true`: for what the page's own script does.
async fn wait_until(b: &Session, what: &str, script: &str, args: Vec<Value>) {
    let started = Instant::now();
    loop {
        if b.js(script, args.clone()).await == Value::Bool(true) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "[{}] {what}: not within 15 s on {}",
            b.name,
            b.path().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The `id` of the element among `items` whose `heading` reads exactly `text`, as a selector.
async fn item_with(b: &Session, items: &str, heading: &str, text: &str) -> String {
    let id = b
        .js(
            "const [items, heading, want] = arguments; \
             for (const el of document.querySelectorAll(items)) { \
               const h = el.querySelector(heading); \
               if (h && h.textContent.replace(/\\s+/g, ' ').trim() === want) return el.id; } \
             return null;",
            vec![json!(items), json!(heading), json!(text)],
        )
        .await;
    match id.as_str() {
        Some(id) if !id.is_empty() => format!("#{id}"),
        _ => panic!(
            "[{}] no {items} with {heading} reading {text:?} on {}",
            b.name,
            b.path().await
        ),
    }
}

/// Ticks the radio button or checkbox labelled `label` inside `scope`.
async fn tick(b: &Session, scope: &str, label: &str) {
    b.field_within(Some(scope), label)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("[{}] cannot tick {label:?}: {e}", b.name));
}

/// The number at the end of the page's path (`/t/12` → 12).
async fn id_in_path(b: &Session) -> i64 {
    let path = b.path().await;
    let path = path.split('?').next().unwrap_or_default();
    path.rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("[{}] no id in {path}", b.name))
}

fn rating(en: &Localizer, n: i32) -> String {
    en.t1("workshop-rating-option", "n", n)
}

async fn community(app: &TestApp, name: &str, description: &str, creator: i64) -> (i64, String) {
    let mut tx = app.db.db.begin().await.expect("begin");
    let id = communities::create(
        &mut tx,
        &NewCommunity {
            name,
            description,
            description_lang: Some(Language::En),
            visibility: "public",
            org_id: None,
            group_id: None,
            position: 0,
        },
        creator,
    )
    .await
    .expect("create a community");
    tx.commit().await.expect("commit");
    let slug = app
        .opt_text(&format!("SELECT slug FROM communities WHERE id = {id}"))
        .await
        .expect("its slug");
    (id, slug)
}

// ---- 1. Mutual help --------------------------------------------------------------------------

const COMMUNITY: &str = "Apprenticeship in the crafts";
const ASKER_NAME: &str = "Marta Kowalska";
const ASKER_EMAIL: &str = "marta.kowalska@zsz-stolarz.example.pl";
const HELPER_NAME: &str = "Jonas Weber";
const HELPER_EMAIL: &str = "jonas.weber@bbs-holz.example.de";
const OTHER_NAME: &str = "Aoife Byrne";
const OTHER_EMAIL: &str = "aoife.byrne@etb.example.ie";
const SIMILAR_TITLE: &str = "How do you keep apprentices motivated in their second year?";
const QUESTION_TITLE: &str =
    "How can we keep apprentices motivated during long periods in the school workshop?";
const QUESTION_BODY: &str =
    "Our second-year carpentry apprentices spend eight weeks in the school \
workshop before their next company placement, and many of them lose interest halfway through. \
What has worked for you?";
const OTHER_ANSWER: &str = "Have you tried shorter rotations between the workshop and the company?";
const ANSWER: &str = "we pair each apprentice with a journeyman from a partner company and let \
them build one real piece for a real customer during the block. Motivation went up a lot.";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mutual_help_question_answer_notification_and_solution() {
    run("help", &["asker", "helper"], |app, windows, prefix| {
        mutual_help(app, windows, prefix).boxed()
    })
    .await;
}

async fn mutual_help(app: &TestApp, windows: &[Session], prefix: &str) {
    let en = app.state.catalogs.localizer("en");
    let (a, b) = (&windows[0], &windows[1]);

    let asker = app
        .create_user(ASKER_EMAIL, ASKER_NAME, SiteRole::Member)
        .await;
    app.create_user(HELPER_EMAIL, HELPER_NAME, SiteRole::Member)
        .await;
    let other = app
        .create_user(OTHER_EMAIL, OTHER_NAME, SiteRole::Member)
        .await;
    let (community_id, slug) = community(
        app,
        COMMUNITY,
        "Training apprentices in small craft businesses and schools.",
        other,
    )
    .await;
    // A question asked earlier, which the form must suggest as similar.
    let mut tx = app.db.db.begin().await.expect("begin");
    let body = bottega_text::render(
        "After the first year their interest drops. Ideas?",
        &HashMap::new(),
    );
    threads::create(
        &mut tx,
        &NewThread {
            community_id,
            kind: threads::QUESTION,
            title: SIMILAR_TITLE,
            author_id: other,
            lang: Language::En,
            lang_detected: false,
            country: None,
            sector: None,
            org_type: None,
            body_md: "After the first year their interest drops. Ideas?",
            body_html: &body.html,
        },
    )
    .await
    .expect("an earlier question");
    tx.commit().await.expect("commit");

    // ---- The asker finds the form and asks -------------------------------------------------
    sign_in(a, &en, ASKER_EMAIL, ASKER_NAME).await;
    a.click_link(&en.t("section-communication-title")).await;
    assert_eq!(a.path().await, "/communication");
    assert_eq!(a.h1().await, en.t("section-communication-title"));
    a.audit().await;
    a.click_link(&en.t("comm-help-title")).await;
    assert_eq!(a.path().await, "/help");
    assert_eq!(a.h1().await, en.t("comm-help-title"));
    a.audit().await;
    a.click_link(&en.t("comm-ask-question")).await;
    assert_eq!(a.path().await, "/help/ask");
    a.audit().await;
    a.click_link(COMMUNITY).await;
    assert_eq!(a.path().await, format!("/c/{slug}/new?kind=question"));
    assert_eq!(a.h1().await, en.t("comm-ask-question"));
    a.audit().await;

    // While the title is typed, the page's script shows the similar question.
    a.fill(&en.t("comm-title"), QUESTION_TITLE).await;
    wait_until(
        a,
        "similar questions appear while typing",
        "return Array.from(document.querySelectorAll('[data-similar-for] li a')) \
           .some(l => l.textContent.trim() === arguments[0]);",
        vec![json!(SIMILAR_TITLE)],
    )
    .await;
    assert_eq!(
        a.text("[data-similar-for] h2").await,
        Some(en.t("comm-similar-heading"))
    );
    a.fill(&en.t("comm-body"), QUESTION_BODY).await;
    // How to format and mention is read out with the text's field.
    assert_eq!(
        a.description_of(&en.t("comm-body")).await,
        en.t("comm-markdown-hint")
    );
    a.choose(&en.t("label-country"), &en.t("country-PL")).await;
    a.choose(&en.t("label-sector"), &en.t("sector-woodwork"))
        .await;
    a.choose(&en.t("comm-provider-type"), &en.t("org-type-vet-provider"))
        .await;
    a.audit().await;

    // Without the script, the button looks for them: the page comes back with everything typed,
    // and nothing is posted yet.
    a.click_button(&en.t("comm-check-similar")).await;
    assert_eq!(a.path().await, format!("/c/{slug}/new"));
    assert_eq!(
        a.texts("[data-similar-for] li a").await,
        vec![SIMILAR_TITLE.to_string()]
    );
    assert_eq!(a.value_of(&en.t("comm-title")).await, QUESTION_TITLE);
    assert_eq!(a.value_of(&en.t("comm-body")).await, QUESTION_BODY);
    assert_eq!(a.value_of(&en.t("label-country")).await, "PL");
    assert_eq!(a.value_of(&en.t("label-sector")).await, "woodwork");
    assert_eq!(
        a.value_of(&en.t("comm-provider-type")).await,
        "vet-provider"
    );
    a.audit().await;
    a.screenshot(prefix, "help-01-question-form").await;

    a.click_button(&en.t("comm-ask-button")).await;
    let thread_id = id_in_path(a).await;
    let thread = format!("/t/{thread_id}");
    assert_eq!(a.path().await, thread);
    assert_eq!(a.flash().await, Some(en.t("flash-question-asked")));
    assert_eq!(a.h1().await, QUESTION_TITLE);
    let tags = a.texts("article.thread > header .tag").await;
    for t in ["country-PL", "sector-woodwork", "org-type-vet-provider"] {
        assert!(
            tags.contains(&en.t(t)),
            "the context {t} is not shown: {tags:?}"
        );
    }
    assert_eq!(
        a.text("article.thread > h2").await,
        Some(en.t1("comm-answers", "count", 0))
    );
    a.audit().await;

    // ---- Another member finds it among the unanswered questions ----------------------------
    sign_in(b, &en, HELPER_EMAIL, HELPER_NAME).await;
    b.click_link(&en.t("section-communication-title")).await;
    b.click_link(&en.t("comm-help-title")).await;
    b.click_link(&en.t1("comm-state-unanswered", "count", 2))
        .await;
    assert!(b.path().await.starts_with("/help?state=unanswered"));
    let listed = b.texts("ul.threads h3").await;
    assert!(
        listed.contains(&QUESTION_TITLE.to_string()),
        "not among the unanswered: {listed:?}"
    );
    b.audit().await;
    b.click_link(QUESTION_TITLE).await;
    assert_eq!(b.path().await, thread);
    b.audit().await;

    // The asker's handle, from their profile.
    b.click_link(ASKER_NAME).await;
    assert_eq!(b.path().await, format!("/people/{asker}"));
    b.audit().await;
    let handle = b
        .text(".profile-head p.muted")
        .await
        .and_then(|h| h.strip_prefix('@').map(str::to_string))
        .expect("the profile shows the handle");
    b.open(&thread).await;

    // Meanwhile someone else answers (straight in the database: not what is tested here).
    let mut tx = app.db.db.begin().await.expect("begin");
    let html = bottega_text::render(OTHER_ANSWER, &HashMap::new()).html;
    let (other_post, _) = posts::reply(
        &mut tx,
        &NewPost {
            thread_id,
            author_id: other,
            body_md: OTHER_ANSWER,
            body_html: &html,
            lang: Language::En,
            lang_detected: false,
        },
    )
    .await
    .expect("an earlier answer");
    tx.commit().await.expect("commit");

    assert_eq!(
        b.description_of(&en.t("comm-body")).await,
        en.t("comm-markdown-hint")
    );
    b.fill(&en.t("comm-body"), &format!("@{handle} {ANSWER}"))
        .await;
    b.click_button(&en.t("comm-answer-button")).await;
    assert_eq!(b.flash().await, Some(en.t("flash-reply-posted")));
    let url = b.client.current_url().await.expect("URL");
    let answer_post: i64 = url
        .fragment()
        .and_then(|f| f.strip_prefix("post-"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("the answer is not shown by its anchor: {url}"));
    let answer = format!("#post-{answer_post}");
    // The mention is a link to the asker.
    let mention = b
        .js(
            "const a = document.querySelector(arguments[0] + ' .post-body a'); \
             return a ? [a.textContent.trim(), a.getAttribute('href')] : null;",
            vec![json!(answer)],
        )
        .await;
    assert_eq!(
        mention,
        json!([format!("@{handle}"), format!("/people/{asker}")])
    );
    // Before any is accepted, the answers come in order.
    let order = b
        .js(
            "return Array.from(document.querySelectorAll('ol.posts > li')).map(li => li.id);",
            vec![],
        )
        .await;
    assert_eq!(
        order,
        json!([format!("post-{other_post}"), format!("post-{answer_post}")])
    );
    b.audit().await;

    // ---- The asker is notified, follows the notification, accepts the answer ---------------
    // (Once the worker has made the notifications of the answer.)
    app.settle().await;
    a.reload().await;
    let notifications_1 = en.t1("nav-notifications", "count", 1);
    assert!(
        a.header_text().await.contains(&notifications_1),
        "the header does not show one notification: {}",
        a.header_text().await
    );
    a.click_link(&notifications_1).await;
    assert_eq!(a.path().await, "/notifications");
    assert_eq!(a.h1().await, en.t("notifications-title"));
    let mentioned = en.t2(
        "notification-mention",
        "actor",
        HELPER_NAME,
        "thread",
        QUESTION_TITLE,
    );
    assert_eq!(
        a.texts("ul.notifications li a").await,
        vec![mentioned.clone()]
    );
    a.audit().await;
    a.click_link(&mentioned).await;
    let path = a.path().await;
    assert!(
        path == thread || path == format!("{thread}?page=1"),
        "not led to the thread: {path}"
    );
    let url = a.client.current_url().await.expect("URL");
    assert_eq!(url.fragment(), Some(&answer[1..]), "not led to the answer");
    assert!(a
        .text(&answer)
        .await
        .is_some_and(|t| t.contains(HELPER_NAME) && t.contains("journeyman")));
    assert!(
        !a.header_text().await.contains(&notifications_1),
        "the notification is still unread"
    );
    a.audit().await;

    a.click_button_within(Some(&answer), &en.t("comm-accept"))
        .await;
    assert_eq!(a.path().await, thread);
    assert_eq!(a.flash().await, Some(en.t("flash-answer-accepted")));
    let first = a
        .js(
            "const li = document.querySelector('ol.posts > li'); \
             return [li.id, li.classList.contains('accepted'), \
                     (li.querySelector('.badge.ok') || {}).textContent || null];",
            vec![],
        )
        .await;
    assert_eq!(
        first,
        json!([&answer[1..], true, en.t("comm-accepted-answer")]),
        "the accepted answer is not shown first"
    );
    assert_eq!(
        a.texts("ol.posts > li").await.len(),
        2,
        "an answer went missing"
    );
    assert!(a
        .texts("article.thread > header .badge")
        .await
        .contains(&en.t("comm-solved")));
    // The asker may take the decision back.
    assert!(a
        .texts(&format!("{answer} button"))
        .await
        .contains(&en.t("comm-unaccept")));
    a.audit().await;
    a.screenshot(prefix, "help-02-accepted-answer").await;

    // The question has moved from the unanswered to the solved ones.
    a.click_link(&en.t("comm-help-title")).await;
    assert_eq!(a.path().await, "/help");
    a.click_link(&en.t1("comm-state-solved", "count", 1)).await;
    assert_eq!(
        a.texts("ul.threads h3").await,
        vec![QUESTION_TITLE.to_string()]
    );
    assert!(a
        .text("ul.threads .badge.ok")
        .await
        .is_some_and(|t| t == en.t("comm-solved")));
    a.audit().await;
    a.click_link(&en.t1("comm-state-unanswered", "count", 1))
        .await;
    assert_eq!(
        a.texts("ul.threads h3").await,
        vec![SIMILAR_TITLE.to_string()]
    );
    a.audit().await;

    // The helper hears that the answer was accepted.
    b.reload().await;
    b.click_link(&en.t1("nav-notifications", "count", 1)).await;
    assert_eq!(
        b.texts("ul.notifications li a").await,
        vec![en.t2(
            "notification-accepted",
            "actor",
            ASKER_NAME,
            "thread",
            QUESTION_TITLE
        )]
    );
    b.audit().await;
}

// ---- 2. The scenario workshop ----------------------------------------------------------------

const WS_COMMUNITY: &str = "Future of VET in the crafts";
const FACILITATOR_NAME: &str = "Elena Marchetti";
const FACILITATOR_EMAIL: &str = "elena.marchetti@cnos-fap.example.it";
const MEMBER1_NAME: &str = "Pieter de Vries";
const MEMBER1_EMAIL: &str = "pieter.devries@roc.example.nl";
const MEMBER2_NAME: &str = "Ana Sousa";
const MEMBER2_EMAIL: &str = "ana.sousa@cenfim.example.pt";
const WS_TITLE: &str = "Crafts training in 2035";
const WS_QUESTION: &str = "How will young people learn a craft trade in small businesses by 2035?";

/// A driver: who proposes it, title, description, whether it is a trend, and the ratings
/// (impact, uncertainty) given by the facilitator, member 1 and member 2 (0: not rated).
struct DriverPlan {
    by: usize,
    title: &'static str,
    description: &'static str,
    trend: bool,
    ratings: [(i32, i32); 3],
}

const DRIVERS: [DriverPlan; 4] = [
    DriverPlan {
        by: 0,
        title: "Automation of routine tasks",
        description: "CNC machines and robots take over repetitive work in small workshops.",
        trend: true,
        ratings: [(5, 2), (4, 1), (5, 2)],
    },
    DriverPlan {
        by: 1,
        title: "Public funding of training places",
        description: "Whether governments keep paying companies that train apprentices.",
        trend: false,
        ratings: [(4, 5), (5, 4), (4, 4)],
    },
    DriverPlan {
        by: 2,
        title: "Young people's interest in the crafts",
        description: "Will the trades attract school leavers, or lose them to other careers?",
        trend: false,
        ratings: [(5, 4), (4, 5), (5, 5)],
    },
    DriverPlan {
        by: 1,
        title: "Recognition of micro-credentials across borders",
        description: "",
        trend: false,
        ratings: [(0, 0), (0, 0), (0, 0)],
    },
];

const X_LOW: &str = "Crafts as a last resort";
const X_HIGH: &str = "Crafts as a first choice";
const Y_LOW: &str = "Companies pay alone";
const Y_HIGH: &str = "Generous public funding";
const SCENARIO_1_FIRST: &str = "The proud trades";
const SCENARIO_1: &str = "The proud trades of Europe";
const NARRATIVE_1_FIRST: &str = "In 2035 school leavers queue for places in craft businesses.";
const NARRATIVE_1: &str = "In 2035 school leavers queue for places in craft businesses.\n\n\
- Public money pays for **every** training place.\n- Masters train in pairs across borders.";
const SCENARIO_2: &str = "Empty benches";
const NARRATIVE_2: &str = "Public money is plentiful, but the workshops find *nobody* to train.";
const CHOICE_1: &str = "Fund a national campaign showing craft careers in schools";
const CHOICE_2: &str = "Cut the subsidy for training places in small firms";
const CHOICE_3: &str = "Let apprentices earn credits towards a master craftsperson title";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn scenario_workshop_from_drivers_to_report() {
    run(
        "workshop",
        &["facilitator", "member1", "member2"],
        |app, people, prefix| workshop(app, people, prefix).boxed(),
    )
    .await;
}

async fn workshop(app: &TestApp, people: &[Session], prefix: &str) {
    let en = app.state.catalogs.localizer("en");
    let f = &people[0];
    let facilitator = app
        .create_user(FACILITATOR_EMAIL, FACILITATOR_NAME, SiteRole::Member)
        .await;
    app.create_user(MEMBER1_EMAIL, MEMBER1_NAME, SiteRole::Member)
        .await;
    app.create_user(MEMBER2_EMAIL, MEMBER2_NAME, SiteRole::Member)
        .await;
    community(
        app,
        WS_COMMUNITY,
        "Where VET providers and craft businesses think ahead together.",
        facilitator,
    )
    .await;

    // ---- The facilitator starts the workshop -----------------------------------------------
    sign_in(f, &en, FACILITATOR_EMAIL, FACILITATOR_NAME).await;
    f.click_link(&en.t("section-communication-title")).await;
    f.click_link(&en.t("comm-workshops-link")).await;
    assert_eq!(f.path().await, "/workshops");
    assert_eq!(f.h1().await, en.t("workshop-list-title"));
    f.audit().await;
    f.click_link(&en.t("workshop-new-link")).await;
    assert_eq!(f.path().await, "/workshops/new");
    assert_eq!(f.h1().await, en.t("workshop-new-title"));
    f.audit().await;
    f.fill(&en.t("workshop-label-title"), WS_TITLE).await;
    f.fill(&en.t("workshop-label-focal-question"), WS_QUESTION)
        .await;
    // A horizon in the past is refused with the rule, and everything typed is kept.
    f.fill(&en.t("workshop-label-horizon"), "1999").await;
    f.choose(&en.t("workshop-label-lang"), Language::En.endonym())
        .await;
    f.choose(&en.t("workshop-label-community"), WS_COMMUNITY)
        .await;
    f.click_button(&en.t("workshop-create-button")).await;
    assert_eq!(f.path().await, "/workshops/new");
    assert_eq!(
        f.text("#error-summary h2").await,
        Some(en.t("form-error-summary"))
    );
    let year = {
        use chrono::Datelike;
        chrono::Utc::now().year()
    };
    let rule = en.t2("workshop-error-horizon", "min", year + 1, "max", 2100);
    assert_eq!(f.texts("#error-summary li").await, vec![rule.clone()]);
    assert!(f
        .description_of(&en.t("workshop-label-horizon"))
        .await
        .ends_with(&rule));
    assert_eq!(f.value_of(&en.t("workshop-label-title")).await, WS_TITLE);
    f.audit().await;
    f.fill(&en.t("workshop-label-horizon"), "2035").await;
    f.click_button(&en.t("workshop-create-button")).await;
    let ws = format!("/workshops/{}", id_in_path(f).await);
    assert_eq!(f.path().await, ws);
    assert_eq!(f.flash().await, Some(en.t("flash-workshop-created")));
    assert_eq!(f.h1().await, WS_TITLE);
    assert_eq!(
        f.text(".ws-facts .badge").await,
        Some(en.t("workshop-phase-drivers"))
    );
    assert!(f.main_text().await.contains("2035"));
    f.audit().await;

    // ---- The members come in; everyone proposes drivers ------------------------------------
    for (s, email, name) in [
        (&people[1], MEMBER1_EMAIL, MEMBER1_NAME),
        (&people[2], MEMBER2_EMAIL, MEMBER2_NAME),
    ] {
        sign_in(s, &en, email, name).await;
        s.click_link(&en.t("section-communication-title")).await;
        s.click_link(&en.t("comm-workshops-link")).await;
        s.click_link(WS_TITLE).await;
        assert_eq!(s.path().await, ws);
        s.audit().await;
    }
    for d in &DRIVERS {
        let s = &people[d.by];
        s.fill_within(
            Some("#new-driver"),
            &en.t("workshop-label-driver-title"),
            d.title,
        )
        .await;
        s.fill_within(
            Some("#new-driver"),
            &en.t("workshop-label-driver-description"),
            d.description,
        )
        .await;
        let (kind, hint) = if d.trend {
            ("workshop-kind-trend", "workshop-kind-trend-hint")
        } else {
            (
                "workshop-kind-uncertainty",
                "workshop-kind-uncertainty-hint",
            )
        };
        tick(
            s,
            "#new-driver",
            &format!("{} — {}", en.t(kind), en.t(hint)),
        )
        .await;
        s.click_button(&en.t("workshop-driver-add-button")).await;
        assert_eq!(s.path().await, ws);
        assert_eq!(s.flash().await, Some(en.t("flash-workshop-driver-added")));
        s.audit().await;
    }

    // ---- Everyone rates the first three drivers --------------------------------------------
    for (who, s) in people.iter().enumerate() {
        s.reload().await;
        for d in DRIVERS.iter().filter(|d| d.ratings[who].0 > 0) {
            let scope = item_with(s, "li.ws-driver", "h3", d.title).await;
            let (impact, uncertainty) = d.ratings[who];
            s.choose_within(
                Some(&scope),
                &en.t("workshop-label-impact"),
                &rating(&en, impact),
            )
            .await;
            s.choose_within(
                Some(&scope),
                &en.t("workshop-label-uncertainty"),
                &rating(&en, uncertainty),
            )
            .await;
            s.click_button_within(Some(&scope), &en.t("workshop-rating-button"))
                .await;
            assert_eq!(s.flash().await, Some(en.t("flash-workshop-rating-saved")));
            // The rating is shown as the person's own, ready to change.
            assert_eq!(
                s.text(&format!("{scope} form.ws-rate legend")).await,
                Some(en.t("workshop-your-rating"))
            );
        }
        s.audit().await;
    }

    // The chart shows the three rated drivers, two of them critical uncertainties.
    f.reload().await;
    let chart = f
        .js(
            "const svg = document.querySelector('figure.ws-figure svg.ws-chart'); \
             if (!svg) return null; \
             const dots = Array.from(svg.querySelectorAll('circle')); \
             return { role: svg.getAttribute('role'), \
                      titles: dots.map(c => c.querySelector('title').textContent.trim()), \
                      critical: dots.filter(c => c.getAttribute('fill') === '#8a3b12').length, \
                      x: dots.map(c => parseFloat(c.getAttribute('cx'))), \
                      y: dots.map(c => parseFloat(c.getAttribute('cy'))), \
                      height: svg.getBoundingClientRect().height };",
            vec![],
        )
        .await;
    assert_eq!(chart["role"], "img", "no chart: {chart}");
    let numbered = |i: usize| format!("{}. {}", i + 1, DRIVERS[i].title);
    assert_eq!(
        chart["titles"],
        json!([numbered(0), numbered(1), numbered(2)])
    );
    assert_eq!(chart["critical"], 2);
    assert!(chart["height"].as_f64().unwrap_or(0.0) > 200.0);
    // The trend is far to the left of the uncertainties (uncertainty runs across); the more
    // impact, the higher up (SVG's y grows downwards).
    let (x, y) = (&chart["x"], &chart["y"]);
    let at = |v: &Value, i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    assert!(at(x, 0) < at(x, 1) && at(x, 0) < at(x, 2), "{chart}");
    assert!(at(y, 2) < at(y, 1), "{chart}");
    assert_eq!(
        f.text("figure.ws-figure figcaption").await,
        Some(en.t2("workshop-chart-caption", "count", 3, "critical", 2))
    );
    let legend = f.texts(".ws-legend li").await;
    assert_eq!(legend.len(), 4);
    assert!(legend[3].contains(&en.t("workshop-not-rated")));
    f.audit().await;
    f.screenshot(prefix, "workshop-01-drivers-chart").await;

    // ---- The facilitator sets the axes -----------------------------------------------------
    let x_axis = "#axes fieldset:nth-of-type(1)";
    let y_axis = "#axes fieldset:nth-of-type(2)";
    f.choose_within(
        Some(x_axis),
        &en.t("workshop-label-axis-driver"),
        &numbered(2),
    )
    .await;
    f.fill_within(Some(x_axis), &en.t("workshop-label-pole-low"), X_LOW)
        .await;
    f.fill_within(Some(x_axis), &en.t("workshop-label-pole-high"), X_HIGH)
        .await;
    f.choose_within(
        Some(y_axis),
        &en.t("workshop-label-axis-driver"),
        &numbered(1),
    )
    .await;
    f.fill_within(Some(y_axis), &en.t("workshop-label-pole-low"), Y_LOW)
        .await;
    f.fill_within(Some(y_axis), &en.t("workshop-label-pole-high"), Y_HIGH)
        .await;
    f.click_button(&en.t("workshop-axes-button")).await;
    assert_eq!(f.path().await, ws);
    assert_eq!(f.flash().await, Some(en.t("flash-workshop-axes-set")));
    assert_eq!(
        f.text(".ws-facts .badge").await,
        Some(en.t("workshop-phase-scenarios"))
    );
    assert_eq!(
        f.texts(".ws-axes li").await,
        vec![
            format!(
                "{}: {X_LOW} ↔ {X_HIGH}",
                en.t1("workshop-axis-x-named", "driver", DRIVERS[2].title)
            ),
            format!(
                "{}: {Y_LOW} ↔ {Y_HIGH}",
                en.t1("workshop-axis-y-named", "driver", DRIVERS[1].title)
            ),
        ]
    );
    // Four scenarios, in the grid's order, each where its poles meet.
    let quadrants = f
        .js(
            "return Array.from(document.querySelectorAll('.ws-matrix .ws-quadrant')) \
               .map(q => [q.id, q.querySelector('.ws-poles').textContent.trim()]);",
            vec![],
        )
        .await;
    assert_eq!(
        quadrants,
        json!([
            ["scenario-2", format!("{X_LOW} · {Y_HIGH}")],
            ["scenario-1", format!("{X_HIGH} · {Y_HIGH}")],
            ["scenario-3", format!("{X_LOW} · {Y_LOW}")],
            ["scenario-4", format!("{X_HIGH} · {Y_LOW}")],
        ])
    );
    // Drivers can no longer be added or rated.
    assert_eq!(f.texts("#new-driver").await.len(), 0);
    assert_eq!(f.texts("form.ws-rate").await.len(), 0);
    f.audit().await;

    // ---- Two members write scenarios, one of them twice ------------------------------------
    let (m1, m2) = (&people[1], &people[2]);
    m1.reload().await;
    write_scenario(m1, &en, 1, SCENARIO_1_FIRST, NARRATIVE_1_FIRST, false, &ws).await;
    m2.reload().await;
    write_scenario(m2, &en, 2, SCENARIO_2, NARRATIVE_2, true, &ws).await;
    write_scenario(m1, &en, 1, SCENARIO_1, NARRATIVE_1, false, &ws).await;
    assert_eq!(
        m1.text("#scenario-1 h3 [lang]").await.as_deref(),
        Some(SCENARIO_1)
    );
    assert!(m1
        .text("#scenario-1 .ws-narrative li strong")
        .await
        .is_some_and(|t| t == "every"));
    assert!(m1
        .text("#scenario-1 .ws-small")
        .await
        .is_some_and(|t| t.contains(MEMBER1_NAME)));
    // The earlier version is kept.
    m1.click_link_within(Some("#scenario-1"), &en.t("workshop-scenario-history"))
        .await;
    assert_eq!(m1.path().await, format!("{ws}/scenarios/1/history"));
    assert_eq!(
        m1.h1().await,
        format!("{}: {SCENARIO_1}", en.t("workshop-history-title"))
    );
    assert_eq!(
        m1.texts(".ws-version-name").await,
        vec![SCENARIO_1.to_string(), SCENARIO_1_FIRST.to_string()]
    );
    assert!(m1.main_text().await.contains(NARRATIVE_1_FIRST));
    m1.audit().await;
    m1.open(&ws).await;

    // ---- Policy choices, added and rated ---------------------------------------------------
    add_choice(m1, &en, 1, CHOICE_1, true).await;
    add_choice(m2, &en, 2, CHOICE_2, false).await;
    f.reload().await;
    add_choice(f, &en, 1, CHOICE_3, true).await;
    for (s, choice, plausibility, desirability) in [
        (f, CHOICE_1, 4, 5),
        (m2, CHOICE_1, 4, 4),
        (m1, CHOICE_2, 3, 2),
        (f, CHOICE_2, 2, 1),
        (m1, CHOICE_3, 3, 4),
    ] {
        s.reload().await;
        let scope = item_with(s, "ol.ws-choices > li", ".ws-choice-text", choice).await;
        s.choose_within(
            Some(&scope),
            &en.t("workshop-label-plausibility"),
            &rating(&en, plausibility),
        )
        .await;
        s.choose_within(
            Some(&scope),
            &en.t("workshop-label-desirability"),
            &rating(&en, desirability),
        )
        .await;
        s.click_button_within(Some(&scope), &en.t("workshop-rating-button"))
            .await;
        assert_eq!(s.flash().await, Some(en.t("flash-workshop-rating-saved")));
    }
    f.reload().await;
    assert_eq!(
        f.texts(".ws-promising .ws-choice-text").await,
        vec![CHOICE_1.to_string()],
        "the plausible and desirable choice is not singled out"
    );
    let highlights = f.texts(".ws-highlights li").await;
    assert!(
        highlights.iter().all(|h| h.contains(SCENARIO_1)),
        "{highlights:?}"
    );
    assert_eq!(
        f.text(&format!(
            "{} .badge.ok",
            item_with(f, "ol.ws-choices > li", ".ws-choice-text", CHOICE_1).await
        ))
        .await,
        Some(en.t("workshop-promising-badge"))
    );
    f.audit().await;
    f.screenshot(prefix, "workshop-02-scenarios").await;

    // ---- The facilitator closes the workshop -----------------------------------------------
    f.click_button_within(Some("#facilitation"), &en.t("workshop-close-button"))
        .await;
    assert_eq!(f.flash().await, Some(en.t("flash-workshop-closed")));
    assert_eq!(
        f.text(".ws-facts .badge").await,
        Some(en.t("workshop-phase-closed"))
    );
    assert_eq!(
        f.text("p.notice").await,
        Some(en.t("workshop-closed-notice"))
    );
    f.audit().await;
    m2.reload().await;
    assert_eq!(m2.texts("form.ws-rate, form.ws-add-choice").await.len(), 0);
    assert!(!m2
        .texts(".ws-quadrant-links a")
        .await
        .contains(&en.t("workshop-scenario-edit")));
    m2.audit().await;

    // ---- The report, and the same as Markdown ----------------------------------------------
    f.click_link(&en.t("workshop-report-link")).await;
    assert_eq!(f.path().await, format!("{ws}/report"));
    assert_eq!(f.h1().await, WS_TITLE);
    let report = f.main_text().await;
    for part in [
        WS_QUESTION,
        WS_COMMUNITY,
        FACILITATOR_NAME,
        DRIVERS[0].description,
        X_LOW,
        Y_HIGH,
        SCENARIO_1,
        SCENARIO_2,
        "Masters train in pairs across borders.",
        CHOICE_1,
        CHOICE_2,
        CHOICE_3,
    ] {
        assert!(report.contains(part), "the report lacks {part:?}");
    }
    assert_eq!(
        f.texts("section[aria-labelledby=r-drivers-h] table.ws-data tbody th")
            .await
            .len(),
        4
    );
    assert_eq!(f.texts("svg.ws-chart circle").await.len(), 3);
    assert_eq!(f.texts(".ws-report-scenario").await.len(), 4);
    assert_eq!(
        f.texts(".ws-promising .ws-choice-text").await,
        vec![CHOICE_1.to_string()]
    );
    f.audit().await;
    f.screenshot(prefix, "workshop-03-report").await;

    let md = f
        .js(
            "const link = Array.from(document.querySelectorAll('a[href]')) \
               .find(a => a.textContent.trim() === arguments[0]); \
             return fetch(link.href, { credentials: 'same-origin' }).then(async r => ({ \
               status: r.status, type: r.headers.get('content-type'), \
               disposition: r.headers.get('content-disposition'), text: await r.text() }));",
            vec![json!(en.t("workshop-markdown-link"))],
        )
        .await;
    assert_eq!(md["status"], 200);
    assert!(md["type"]
        .as_str()
        .is_some_and(|t| t.starts_with("text/markdown")));
    assert!(md["disposition"]
        .as_str()
        .is_some_and(|d| d.starts_with("attachment")));
    let md = md["text"].as_str().unwrap_or_default();
    for part in [
        format!("# {WS_TITLE}\n"),
        format!("## {}\n", en.t("workshop-drivers-heading")),
        format!(
            "| 3 | Young people's interest in the crafts ({}) |",
            en.t("workshop-critical-badge")
        ),
        format!(
            "- **{}:** {X_LOW} ↔ {X_HIGH}",
            en.t1("workshop-axis-x-named", "driver", DRIVERS[2].title)
        ),
        format!("### 1. {SCENARIO_1}\n"),
        format!("### 2. {SCENARIO_2}\n"),
        format!("{NARRATIVE_1}\n"),
        format!("{NARRATIVE_2}\n"),
        format!("| {CHOICE_2} | {} |", en.t("workshop-direction-away")),
        format!(
            "1. {CHOICE_1} — {}: {SCENARIO_1}",
            en.t("workshop-direction-towards")
        ),
        format!(
            "- **{}:** {}",
            en.t("workshop-label-phase"),
            en.t("workshop-phase-closed")
        ),
    ] {
        assert!(md.contains(&part), "the Markdown lacks {part:?}:\n{md}");
    }
}

/// Writes (or rewrites) scenario `q` from the workshop page; with `preview`, looks at the
/// preview first.
async fn write_scenario(
    s: &Session,
    en: &Localizer,
    q: i32,
    name: &str,
    narrative: &str,
    preview: bool,
    ws: &str,
) {
    s.click_link_within(
        Some(&format!("#scenario-{q}")),
        &en.t("workshop-scenario-edit"),
    )
    .await;
    assert_eq!(s.path().await, format!("{ws}/scenarios/{q}/edit"));
    assert_eq!(
        s.h1().await,
        en.t1("workshop-scenario-edit-heading", "quadrant", q)
    );
    s.audit().await;
    s.fill(&en.t("workshop-label-scenario-name"), name).await;
    s.fill(&en.t("workshop-label-narrative"), narrative).await;
    if preview {
        s.click_button(&en.t("workshop-preview-button")).await;
        assert_eq!(
            s.text(".ws-preview .ws-version-name").await.as_deref(),
            Some(name)
        );
        assert!(s.text(".ws-preview .ws-narrative em").await.is_some());
        assert_eq!(
            s.value_of(&en.t("workshop-label-narrative")).await,
            narrative
        );
        s.audit().await;
    }
    s.click_button(&en.t("workshop-scenario-save-button")).await;
    assert_eq!(s.path().await, ws);
    assert_eq!(s.flash().await, Some(en.t("flash-workshop-scenario-saved")));
    s.audit().await;
}

/// Adds a policy choice to scenario `q` from the workshop page.
async fn add_choice(s: &Session, en: &Localizer, q: i32, text: &str, towards: bool) {
    let scope = format!("#choices-{q}");
    s.fill_within(Some(&scope), &en.t("workshop-label-choice"), text)
        .await;
    let direction = if towards {
        "workshop-direction-towards"
    } else {
        "workshop-direction-away"
    };
    tick(s, &scope, &en.t(direction)).await;
    s.click_button_within(Some(&scope), &en.t("workshop-choice-add-button"))
        .await;
    assert_eq!(s.flash().await, Some(en.t("flash-workshop-choice-added")));
    assert!(s
        .texts(&format!("{scope} .ws-choice-text"))
        .await
        .contains(&text.to_string()));
    s.audit().await;
}
