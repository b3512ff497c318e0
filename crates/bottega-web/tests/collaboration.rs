//! Working groups over HTTP, on both engines: starting a group through its form (with its own
//! discussion) and editing it; bad input that comes back named, kept and unstored; joining an
//! open group, asking to join one by request, being invited (by handle or email) to one by
//! invitation; a group that never loses its last coordinator; the discussion and its search
//! results seen by members only; linking toolbox resources; closing a group into a read-only
//! archive and publishing its outcome once; and who may see and do what.

use bottega_domain::{Country, Language, OrgRole, OrgType, SiteRole};
use bottega_web::testing::{Browser, Page, TestApp};
use reqwest::multipart::Form;

bottega_web::web_tests!(
    a_group_is_started_listed_shown_and_edited,
    bad_group_input_comes_back_named_and_kept_and_nothing_is_stored,
    open_groups_are_joined_and_left,
    requests_to_join_are_accepted_or_declined_by_coordinators,
    invitation_groups_take_invited_people_only,
    a_group_never_loses_its_last_coordinator,
    only_coordinators_manage_members,
    the_discussion_is_seen_and_found_by_members_only,
    members_link_the_resources_they_can_see,
    a_closed_group_is_a_read_only_archive,
    the_outcome_is_published_once_by_a_coordinator,
    outsiders_and_anonymous_readers_see_the_overview_only,
    a_moderator_unlocking_a_thread_does_not_reopen_an_archived_discussion,
    votes_and_accepted_answers_in_an_archived_discussion_are_refused,
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

/// The fields of the group form, valid unless changed.
#[derive(Clone)]
struct GroupInput(Vec<(String, String)>);

impl GroupInput {
    fn new(title: &str) -> GroupInput {
        GroupInput(Vec::new())
            .set("title", title)
            .set("theme", "Green skills in carpentry apprenticeships")
            .set(
                "goal",
                "A shared **module** on sustainable timber by spring.",
            )
            .set("lang", "en")
            .set("starts_on", "2026-09-01")
            .set("ends_on", "2027-02-28")
            .set("membership", "open")
            .add("sectors", "woodwork")
            .add("sectors", "construction")
    }

    /// Replaces every value of `name` with `value`.
    fn set(mut self, name: &str, value: &str) -> GroupInput {
        self.0.retain(|(k, _)| k != name);
        self.0.push((name.to_string(), value.to_string()));
        self
    }

    /// One more value of a many-valued field.
    fn add(mut self, name: &str, value: &str) -> GroupInput {
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

/// Starts a group through the form; returns its id.
async fn start_group(b: &Browser, input: &GroupInput) -> i64 {
    let page = input.post(b, "/groups/new").await;
    page.expect(303);
    assert!(
        page.location().starts_with("/groups/"),
        "{}",
        page.location()
    );
    number_after(page.location(), "/groups/")
}

/// Someone's place in a group as stored: `state/role`, or `None`.
async fn place(app: &TestApp, group: i64, user: i64) -> Option<String> {
    app.opt_text(&format!(
        "SELECT state || '/' || role FROM wg_members WHERE group_id = {group} AND user_id = {user}"
    ))
    .await
}

async fn member_count(app: &TestApp, group: i64) -> i64 {
    app.count(&format!(
        "SELECT member_count FROM wg_groups WHERE id = {group}"
    ))
    .await
}

async fn rows(app: &TestApp, table: &str, group: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM {table} WHERE group_id = {group}"
    ))
    .await
}

async fn status(app: &TestApp, group: i64) -> String {
    app.opt_text(&format!("SELECT status FROM wg_groups WHERE id = {group}"))
        .await
        .expect("the group")
}

/// The address of the group's discussion.
async fn discussion(app: &TestApp, group: i64) -> String {
    app.opt_text(&format!(
        "SELECT slug FROM communities WHERE group_id = {group}"
    ))
    .await
    .expect("the group's community")
}

async fn notifications_of(app: &TestApp, user: i64, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM notifications WHERE user_id = {user} AND kind = '{kind}'"
    ))
    .await
}

async fn handle_of(app: &TestApp, user: i64) -> String {
    app.opt_text(&format!("SELECT handle FROM users WHERE id = {user}"))
        .await
        .expect("a handle")
}

/// A coordinator's action on someone's place: accept, decline, revoke, promote, demote, remove.
async fn manage(b: &Browser, group: i64, user: i64, action: &str) -> Page {
    b.post(
        &format!("/groups/{group}/members/{user}"),
        &[("action", action)],
    )
    .await
}

async fn invite(b: &Browser, group: i64, who: &str) -> Page {
    b.post(
        &format!("/groups/{group}/members/invite"),
        &[("person", who)],
    )
    .await
}

async fn link(b: &Browser, group: i64, resource: &str, note: &str) -> Page {
    b.post(
        &format!("/groups/{group}/resources"),
        &[("resource", resource), ("note", note)],
    )
    .await
}

/// Starts a thread through the Communication form (not checked).
async fn post_thread(b: &Browser, slug: &str, title: &str, body: &str) -> Page {
    b.post(
        &format!("/c/{slug}/new"),
        &[
            ("kind", "discussion"),
            ("title", title),
            ("body", body),
            ("lang", "en"),
        ],
    )
    .await
}

/// Starts a thread that must be accepted; returns its id.
async fn start_thread(b: &Browser, slug: &str, title: &str, body: &str) -> i64 {
    let page = post_thread(b, slug, title, body).await;
    page.expect(303);
    number_after(page.location(), "/t/")
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
    number_after(page.location(), "/resources/")
}

/// Searches until the page shows `expected` discussions (the index follows the database within
/// a second or so); returns the last page.
async fn search_until(b: &Browser, query: &str, expected: usize) -> Page {
    let mut page = b.get(&format!("/search?{query}")).await;
    for _ in 0..80 {
        if page.body.matches("<li><h3><a href=\"/t/").count() == expected {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        page = b.get(&format!("/search?{query}")).await;
    }
    panic!("expected {expected} results for {query}:\n{}", page.body);
}

/// A `YYYY-MM-DD` date as the overview shows it in English.
fn day(app: &TestApp, ymd: &str) -> String {
    let at = chrono::NaiveDate::parse_from_str(ymd, "%Y-%m-%d")
        .expect("a date")
        .and_hms_opt(12, 0, 0)
        .expect("noon")
        .and_utc()
        .timestamp_millis();
    app.localizer("en").date(at)
}

/// What a group holds, as one number per kind of row: members, linked resources, threads of its
/// discussion, posts of thread `t`.
async fn archive_rows(app: &TestApp, g: i64, t: i64) -> [i64; 4] {
    [
        rows(app, "wg_members", g).await,
        rows(app, "wg_resources", g).await,
        app.count(&format!(
            "SELECT COUNT(*) FROM threads t JOIN communities c ON c.id = t.community_id \
             WHERE c.group_id = {g}"
        ))
        .await,
        app.count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
            .await,
    ]
}

/// Closes a group with an outcome, as its coordinator.
async fn close(b: &Browser, group: i64, outcome: &str) -> Page {
    b.post(
        &format!("/groups/{group}/close"),
        &[("outcome", outcome), ("lang", "en"), ("action", "close")],
    )
    .await
}

// ---- Starting and editing ----------------------------------------------------------------------

async fn a_group_is_started_listed_shown_and_edited(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana Coordinatrice").await;

    let form = ana.get("/groups/new").await;
    form.expect(200);
    assert!(form.shows(&en(&app, "wg-new-title")));
    assert_eq!(form.selected("membership"), vec!["open".to_string()]);

    let g = start_group(
        &ana,
        &GroupInput::new("Timber futures").set("membership", "request"),
    )
    .await;

    // Stored: the group, its sectors, its creator as coordinator, its own discussion.
    assert_eq!(status(&app, g).await, "active");
    assert_eq!(
        place(&app, g, ana_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert_eq!(member_count(&app, g).await, 1);
    assert_eq!(rows(&app, "wg_group_sectors", g).await, 2);
    assert_eq!(
        app.opt_text(&format!("SELECT membership FROM wg_groups WHERE id = {g}"))
            .await
            .as_deref(),
        Some("request")
    );
    let community = app
        .opt_i64(&format!(
            "SELECT community_id FROM wg_groups WHERE id = {g}"
        ))
        .await
        .expect("the group's community");
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT group_id FROM communities WHERE id = {community}"
        ))
        .await,
        Some(g)
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT visibility FROM communities WHERE id = {community}"
        ))
        .await
        .as_deref(),
        Some("group")
    );

    // The overview: theme, goal rendered from Markdown, dates, sectors, the coordinator.
    let page = ana.visit(&format!("/groups/{g}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "flash-wg-created")));
    assert!(page.shows("Timber futures"));
    assert!(page.shows("Green skills in carpentry apprenticeships"));
    assert!(page.contains("A shared <strong>module</strong> on sustainable timber by spring."));
    let runs = app.localizer("en").t2(
        "wg-runs",
        "start",
        day(&app, "2026-09-01"),
        "end",
        day(&app, "2027-02-28"),
    );
    assert!(page.shows(&runs), "no {runs:?}:\n{}", page.body);
    assert!(page.shows(&en(&app, "sector-woodwork")));
    assert!(page.shows(&en(&app, "sector-construction")));
    assert!(page.shows(&en(&app, "wg-membership-request")));
    assert!(page.shows("Ana Coordinatrice"));
    assert!(page.shows(&en(&app, "wg-place-member-coordinator")));
    assert!(page.contains(&format!("href=\"/groups/{g}/edit\"")));

    // The list, for everyone, and the creator's own groups.
    let list = app.browser().get("/groups").await;
    list.expect(200);
    assert!(list.contains(&format!("href=\"/groups/{g}\"")));
    assert!(list.shows("Timber futures"));
    assert!(list.shows(&en(&app, "sector-woodwork")));
    let mine = ana.get("/groups").await;
    assert!(mine.shows(&en(&app, "wg-mine-title")));
    // Narrowed to a sector it does not work in, it is not listed.
    let other = app.browser().get("/groups?sector=bakery").await;
    other.expect(200);
    assert!(!other.contains(&format!("href=\"/groups/{g}\"")));

    // Editing: the form shows what is stored; saving changes the group and its discussion.
    let edit = ana.get(&format!("/groups/{g}/edit")).await;
    edit.expect(200);
    assert_eq!(edit.input_value("title").as_deref(), Some("Timber futures"));
    assert_eq!(
        edit.textarea_value("goal").as_deref(),
        Some("A shared **module** on sustainable timber by spring.")
    );
    assert_eq!(edit.input_value("ends_on").as_deref(), Some("2027-02-28"));
    let mut sectors = edit.selected("sectors");
    sectors.sort();
    assert_eq!(sectors, vec!["construction", "woodwork"]);
    let saved = GroupInput::new("Timber and clay futures")
        .set("sectors", "bakery")
        .set("ends_on", "2027-06-30")
        .set("membership", "invitation")
        .post(&ana, &format!("/groups/{g}/edit"))
        .await;
    saved.expect(303);
    assert_eq!(saved.location(), format!("/groups/{g}"));
    assert_eq!(
        app.opt_text(&format!(
            "SELECT title || '|' || ends_on || '|' || membership FROM wg_groups WHERE id = {g}"
        ))
        .await
        .as_deref(),
        Some("Timber and clay futures|2027-06-30|invitation")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT sector FROM wg_group_sectors WHERE group_id = {g}"
        ))
        .await
        .as_deref(),
        Some("bakery")
    );
    assert_eq!(rows(&app, "wg_group_sectors", g).await, 1);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT name FROM communities WHERE id = {community}"
        ))
        .await
        .as_deref(),
        Some("Timber and clay futures")
    );
    let page = ana.visit(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "flash-wg-updated")));
    assert!(page.shows("Timber and clay futures"));
    assert!(page.shows(&en(&app, "sector-bakery")));
    assert!(!page.shows(&en(&app, "sector-woodwork")));
    assert!(page.shows(&en(&app, "wg-membership-invitation")));
}

async fn bad_group_input_comes_back_named_and_kept_and_nothing_is_stored(app: TestApp) {
    let (ana, _) = person(&app, "ana", "Ana").await;

    // Everything wrong at once: each field named, the input kept.
    let page = GroupInput::new("")
        .set("goal", "Keep *this* goal <b>as typed</b>")
        .set("starts_on", "2026-02-30")
        .set("membership", "secret")
        .set("sectors", "underwater-basket-weaving")
        .post(&ana, "/groups/new")
        .await;
    page.expect(422);
    for field in ["title", "starts_on", "membership", "sectors"] {
        assert!(
            page.field_error(field).is_some(),
            "{field} is not named: {:?}",
            page.error_fields()
        );
    }
    assert_eq!(
        page.field_error("starts_on").as_deref(),
        Some(en(&app, "form-error-date").as_str())
    );
    assert_eq!(page.input_value("title").as_deref(), Some(""));
    assert_eq!(
        page.input_value("theme").as_deref(),
        Some("Green skills in carpentry apprenticeships")
    );
    assert_eq!(
        page.textarea_value("goal").as_deref(),
        Some("Keep *this* goal <b>as typed</b>")
    );
    assert_eq!(page.input_value("starts_on").as_deref(), Some("2026-02-30"));
    assert_eq!(page.input_value("ends_on").as_deref(), Some("2027-02-28"));

    // The end before the start, named at the end.
    let page = GroupInput::new("Kept title")
        .set("starts_on", "2026-09-01")
        .set("ends_on", "2026-08-31")
        .post(&ana, "/groups/new")
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["ends_on".to_string()]);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "wg-error-ends-before-start").as_str())
    );
    assert_eq!(page.input_value("title").as_deref(), Some("Kept title"));
    assert_eq!(page.input_value("ends_on").as_deref(), Some("2026-08-31"));
    let mut sectors = page.selected("sectors");
    sectors.sort();
    assert_eq!(sectors, vec!["construction", "woodwork"], "choices kept");

    // Longer than three years.
    let page = GroupInput::new("Forever")
        .set("ends_on", "2030-01-01")
        .post(&ana, "/groups/new")
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "wg-error-too-long").as_str())
    );

    // A date that is not one, and one missing.
    let page = GroupInput::new("No dates")
        .set("starts_on", "next monday")
        .set("ends_on", "")
        .post(&ana, "/groups/new")
        .await;
    page.expect(422);
    assert!(page.field_error("starts_on").is_some());
    assert!(page.field_error("ends_on").is_some());

    assert_eq!(app.count("SELECT COUNT(*) FROM wg_groups").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_members").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM communities WHERE group_id IS NOT NULL")
            .await,
        0
    );

    // The same on the edit form: nothing changes.
    let g = start_group(&ana, &GroupInput::new("Steady title")).await;
    let page = GroupInput::new("Changed title")
        .set("starts_on", "2026-09-01")
        .set("ends_on", "2026-02-30")
        .set("membership", "everyone")
        .set("sectors", "nope")
        .post(&ana, &format!("/groups/{g}/edit"))
        .await;
    page.expect(422);
    for field in ["ends_on", "membership", "sectors"] {
        assert!(page.field_error(field).is_some(), "{field}");
    }
    assert_eq!(page.input_value("title").as_deref(), Some("Changed title"));
    assert!(page.contains(&format!("action=\"/groups/{g}/edit\"")));
    let page = GroupInput::new("")
        .set("ends_on", "2026-08-01")
        .post(&ana, &format!("/groups/{g}/edit"))
        .await;
    page.expect(422);
    assert!(page.field_error("title").is_some());
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "wg-error-ends-before-start").as_str())
    );
    let page = GroupInput::new("Changed title")
        .set("ends_on", "2031-01-01")
        .post(&ana, &format!("/groups/{g}/edit"))
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("ends_on").as_deref(),
        Some(en(&app, "wg-error-too-long").as_str())
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT title || '|' || ends_on || '|' || membership FROM wg_groups WHERE id = {g}"
        ))
        .await
        .as_deref(),
        Some("Steady title|2027-02-28|open")
    );
    assert_eq!(rows(&app, "wg_group_sectors", g).await, 2);
}

// ---- Membership --------------------------------------------------------------------------------

async fn open_groups_are_joined_and_left(app: TestApp) {
    let (_, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let g = app.create_group("Open bench", "open", ana_id, &[]).await;

    let page = bob.get(&format!("/groups/{g}")).await;
    page.expect(200);
    assert!(page.contains(&format!("action=\"/groups/{g}/join\"")));
    let joined = bob.post(&format!("/groups/{g}/join"), &[]).await;
    joined.expect(303);
    assert_eq!(joined.location(), format!("/groups/{g}"));
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(member_count(&app, g).await, 2);
    let page = bob.visit(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "flash-wg-joined")));
    assert!(page.shows(&en(&app, "wg-place-member-member")));
    assert!(page.contains(&format!("href=\"/groups/{g}/members\"")));
    // The members page lists them.
    let members = bob.get(&format!("/groups/{g}/members")).await;
    members.expect(200);
    assert!(members.shows("Bob") && members.shows("Ana"));

    // Joining twice is refused and changes nothing.
    let again = bob.post(&format!("/groups/{g}/join"), &[]).await;
    refused(
        &app,
        &again,
        409,
        "group_already_placed",
        "wg-error-already-placed",
    );
    assert_eq!(member_count(&app, g).await, 2);

    // Leaving.
    let left = bob.post(&format!("/groups/{g}/leave"), &[]).await;
    left.expect(303);
    assert_eq!(place(&app, g, bob_id).await, None);
    assert_eq!(member_count(&app, g).await, 1);
    assert!(bob
        .visit(&format!("/groups/{g}"))
        .await
        .shows(&en(&app, "flash-wg-left")));
    let again = bob.post(&format!("/groups/{g}/leave"), &[]).await;
    refused(&app, &again, 409, "group_not_placed", "wg-error-not-placed");
}

async fn requests_to_join_are_accepted_or_declined_by_coordinators(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (carla, carla_id) = person(&app, "carla", "Carla Welder").await;
    let (dino, dino_id) = person(&app, "dino", "Dino Baker").await;
    let (eva, eva_id) = person(&app, "eva", "Eva").await;
    let g = app.create_group("By request", "request", ana_id, &[]).await;

    // The overview offers a request with a message.
    let page = carla.get(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "wg-request-button")));
    let asked = carla
        .post(
            &format!("/groups/{g}/join"),
            &[("message", "I teach welding <and> can bring exercises.")],
        )
        .await;
    asked.expect(303);
    assert_eq!(
        place(&app, g, carla_id).await.as_deref(),
        Some("requested/member")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT message FROM wg_members WHERE group_id = {g} AND user_id = {carla_id}"
        ))
        .await
        .as_deref(),
        Some("I teach welding <and> can bring exercises.")
    );
    assert_eq!(member_count(&app, g).await, 1, "a request is not a member");
    let page = carla.visit(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "flash-wg-requested")));
    assert!(page.shows(&en(&app, "wg-request-waiting")));
    // Not a member yet: the workspace is closed to her.
    let members = carla.get(&format!("/groups/{g}/members")).await;
    refused(
        &app,
        &members,
        403,
        "group_members_only",
        "wg-error-members-only",
    );

    dino.post(&format!("/groups/{g}/join"), &[("message", "")])
        .await
        .expect(303);
    eva.post(&format!("/groups/{g}/join"), &[])
        .await
        .expect(303);
    // Eva changes her mind and withdraws.
    eva.post(&format!("/groups/{g}/leave"), &[])
        .await
        .expect(303);
    assert_eq!(place(&app, g, eva_id).await, None);

    // The coordinator sees the requests with their messages, and the count on the overview.
    let overview = ana.get(&format!("/groups/{g}")).await;
    assert!(overview.shows(&app.localizer("en").t1("wg-manage-members-link", "count", 2)));
    let members = ana.get(&format!("/groups/{g}/members")).await;
    members.expect(200);
    let requests = &members.body[members.body.find("id=\"req-h\"").expect("requests")..];
    assert!(requests.contains("Carla Welder"));
    assert!(requests.contains("Dino Baker"));
    assert!(requests.contains("I teach welding &#60;and&#62; can bring exercises."));
    assert!(members.contains(&format!("action=\"/groups/{g}/members/{carla_id}\"")));

    // Accepting one, declining the other.
    let accepted = manage(&ana, g, carla_id, "accept").await;
    accepted.expect(303);
    assert_eq!(accepted.location(), format!("/groups/{g}/members"));
    assert_eq!(
        place(&app, g, carla_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(member_count(&app, g).await, 2);
    let declined = manage(&ana, g, dino_id, "decline").await;
    declined.expect(303);
    assert_eq!(place(&app, g, dino_id).await, None);
    assert_eq!(member_count(&app, g).await, 2);
    let page = ana.visit(&format!("/groups/{g}/members")).await;
    assert!(page.shows(&en(&app, "flash-wg-place-removed")));
    assert!(page.shows(&en(&app, "wg-requests-none")));
    // Carla is in now.
    carla.get(&format!("/groups/{g}/members")).await.expect(200);
    // An action that does not fit the place (accepting a member) is refused.
    let odd = manage(&ana, g, carla_id, "accept").await;
    refused(
        &app,
        &odd,
        409,
        "group_action_not_possible",
        "wg-error-not-possible",
    );
    // Someone without a place is not found.
    manage(&ana, g, dino_id, "accept").await.expect(404);
}

async fn invitation_groups_take_invited_people_only(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (fede, fede_id) = person(&app, "fede", "Fede Electrician").await;
    let (gina, gina_id) = person(&app, "gina", "Gina").await;
    let g = app
        .create_group("Invited only", "invitation", ana_id, &[])
        .await;

    // Joining is refused.
    let page = fede.get(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "wg-invitation-only")));
    assert!(!page.contains(&format!("action=\"/groups/{g}/join\"")));
    let join = fede.post(&format!("/groups/{g}/join"), &[]).await;
    refused(
        &app,
        &join,
        403,
        "group_invitation_only",
        "wg-invitation-only",
    );
    assert_eq!(place(&app, g, fede_id).await, None);

    // Invited by handle: a row, an email in his language.
    let handle = handle_of(&app, fede_id).await;
    let invited = invite(&ana, g, &format!("@{handle}")).await;
    invited.expect(303);
    assert_eq!(invited.location(), format!("/groups/{g}/members"));
    assert_eq!(
        place(&app, g, fede_id).await.as_deref(),
        Some("invited/member")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT invited_by FROM wg_members WHERE group_id = {g} AND user_id = {fede_id}"
        ))
        .await,
        Some(ana_id)
    );
    assert_eq!(app.queued_emails_to("fede@school.example").await, 1);
    let email = app.wait_for_email("fede@school.example", 1).await;
    assert!(email.subject.contains("Invited only"), "{}", email.subject);
    assert!(
        email.body.contains(&format!("/groups/{g}")),
        "{}",
        email.body
    );
    let page = ana.visit(&format!("/groups/{g}/members")).await;
    assert!(page.shows(&en(&app, "flash-wg-invited")));
    let invitations = &page.body[page.body.find("id=\"inv-h\"").expect("invitations")..];
    assert!(invitations.contains("Fede Electrician"));

    // He accepts on the overview.
    let page = fede.get(&format!("/groups/{g}")).await;
    assert!(page.shows(&en(&app, "wg-invited")));
    assert!(page.contains(&format!("action=\"/groups/{g}/invitation\"")));
    let accepted = fede
        .post(&format!("/groups/{g}/invitation"), &[("answer", "accept")])
        .await;
    accepted.expect(303);
    assert_eq!(
        place(&app, g, fede_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(member_count(&app, g).await, 2);

    // Invited by email address (as typed, in capitals), she declines.
    invite(&ana, g, "  Gina@School.example ").await.expect(303);
    assert_eq!(
        place(&app, g, gina_id).await.as_deref(),
        Some("invited/member")
    );
    assert_eq!(app.queued_emails_to("gina@school.example").await, 1);
    let declined = gina
        .post(&format!("/groups/{g}/invitation"), &[("answer", "decline")])
        .await;
    declined.expect(303);
    assert_eq!(place(&app, g, gina_id).await, None);
    let none = gina
        .post(&format!("/groups/{g}/invitation"), &[("answer", "accept")])
        .await;
    refused(
        &app,
        &none,
        409,
        "group_no_invitation",
        "wg-error-no-invitation",
    );
    assert_eq!(place(&app, g, gina_id).await, None);

    // Nobody by that name: named at the field, typed text kept, nothing stored or sent.
    let before = app.count("SELECT COUNT(*) FROM wg_members").await;
    let emails = app
        .count("SELECT COUNT(*) FROM jobs WHERE kind = 'send-email'")
        .await;
    for who in ["@nobody-at-all", "nobody@nowhere.example"] {
        let page = invite(&ana, g, who).await;
        page.expect(422);
        assert_eq!(
            page.field_error("person").as_deref(),
            Some(en(&app, "wg-error-unknown-person").as_str())
        );
        assert_eq!(page.input_value("person").as_deref(), Some(who));
    }
    let page = invite(&ana, g, "   ").await;
    page.expect(422);
    assert!(page.field_error("person").is_some());

    // Someone already placed: a member, or someone invited a second time.
    let page = invite(&ana, g, &handle).await;
    page.expect(422);
    assert_eq!(
        page.field_error("person").as_deref(),
        Some(en(&app, "wg-error-already-has-place").as_str())
    );
    assert_eq!(page.input_value("person").as_deref(), Some(handle.as_str()));
    let page = invite(&ana, g, "ana@school.example").await;
    page.expect(422);
    assert!(page.field_error("person").is_some());
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_members").await, before);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE kind = 'send-email'")
            .await,
        emails
    );
    assert_eq!(app.queued_emails_to("fede@school.example").await, 1);

    // A coordinator can withdraw an invitation.
    invite(&ana, g, "gina@school.example").await.expect(303);
    manage(&ana, g, gina_id, "revoke").await.expect(303);
    assert_eq!(place(&app, g, gina_id).await, None);
}

async fn a_group_never_loses_its_last_coordinator(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let g = app
        .create_group("Always led", "open", ana_id, &[bob_id])
        .await;

    let leave = ana.post(&format!("/groups/{g}/leave"), &[]).await;
    refused(
        &app,
        &leave,
        409,
        "group_last_coordinator",
        "wg-error-last-coordinator",
    );
    for action in ["demote", "remove"] {
        let page = manage(&ana, g, ana_id, action).await;
        refused(
            &app,
            &page,
            409,
            "group_last_coordinator",
            "wg-error-last-coordinator",
        );
    }
    assert_eq!(
        place(&app, g, ana_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert_eq!(member_count(&app, g).await, 2);

    // Another coordinator named, she may step down and leave.
    let promoted = manage(&ana, g, bob_id, "promote").await;
    promoted.expect(303);
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert!(ana
        .visit(&format!("/groups/{g}/members"))
        .await
        .shows(&en(&app, "flash-wg-role-changed")));
    let left = ana.post(&format!("/groups/{g}/leave"), &[]).await;
    left.expect(303);
    assert_eq!(place(&app, g, ana_id).await, None);
    assert_eq!(member_count(&app, g).await, 1);

    // Now Bob is the last one.
    let page = manage(&bob, g, bob_id, "demote").await;
    refused(
        &app,
        &page,
        409,
        "group_last_coordinator",
        "wg-error-last-coordinator",
    );
    let page = bob.post(&format!("/groups/{g}/leave"), &[]).await;
    refused(
        &app,
        &page,
        409,
        "group_last_coordinator",
        "wg-error-last-coordinator",
    );
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_members WHERE group_id = {g} AND role = 'coordinator'"
        ))
        .await,
        1
    );
    let overview = bob.get(&format!("/groups/{g}")).await;
    assert!(overview.shows(&en(&app, "wg-place-member-coordinator")));
}

async fn only_coordinators_manage_members(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (_, carla_id) = person(&app, "carla", "Carla").await;
    let (dino, dino_id) = person(&app, "dino", "Dino").await;
    let g = app
        .create_group("Led by Ana", "request", ana_id, &[bob_id, carla_id])
        .await;
    dino.post(&format!("/groups/{g}/join"), &[("message", "Please")])
        .await
        .expect(303);

    // A plain member sees the members but no management.
    let members = bob.get(&format!("/groups/{g}/members")).await;
    members.expect(200);
    assert!(!members.contains(&format!("action=\"/groups/{g}/members/{carla_id}\"")));
    assert!(!members.contains(&format!("action=\"/groups/{g}/members/invite\"")));
    assert!(!members.contains("Please"), "requests are for coordinators");
    let overview = bob.get(&format!("/groups/{g}")).await;
    assert!(!overview.contains(&format!("href=\"/groups/{g}/edit\"")));

    for (target, action) in [
        (carla_id, "remove"),
        (carla_id, "promote"),
        (ana_id, "demote"),
        (ana_id, "remove"),
        (dino_id, "accept"),
        (dino_id, "decline"),
    ] {
        let page = manage(&bob, g, target, action).await;
        refused(
            &app,
            &page,
            403,
            "group_coordinators_only",
            "wg-error-coordinators-only",
        );
    }
    let page = invite(&bob, g, "dino@school.example").await;
    refused(
        &app,
        &page,
        403,
        "group_coordinators_only",
        "wg-error-coordinators-only",
    );
    for path in [format!("/groups/{g}/edit"), format!("/groups/{g}/close")] {
        let page = bob.get(&path).await;
        refused(
            &app,
            &page,
            403,
            "group_coordinators_only",
            "wg-error-coordinators-only",
        );
    }
    let page = GroupInput::new("Taken over")
        .post(&bob, &format!("/groups/{g}/edit"))
        .await;
    refused(
        &app,
        &page,
        403,
        "group_coordinators_only",
        "wg-error-coordinators-only",
    );
    let page = close(&bob, g, "We stop.").await;
    refused(
        &app,
        &page,
        403,
        "group_coordinators_only",
        "wg-error-coordinators-only",
    );

    // Someone outside the group neither.
    let page = manage(&dino, g, carla_id, "remove").await;
    refused(
        &app,
        &page,
        403,
        "group_coordinators_only",
        "wg-error-coordinators-only",
    );

    // Nothing changed.
    assert_eq!(
        place(&app, g, ana_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(
        place(&app, g, carla_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(
        place(&app, g, dino_id).await.as_deref(),
        Some("requested/member")
    );
    assert_eq!(status(&app, g).await, "active");
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM wg_groups WHERE id = {g}"))
            .await
            .as_deref(),
        Some("Led by Ana")
    );
    assert_eq!(app.queued_emails_to("dino@school.example").await, 0);

    // The coordinator removes a member.
    let removed = manage(&ana, g, carla_id, "remove").await;
    removed.expect(303);
    assert_eq!(place(&app, g, carla_id).await, None);
    assert_eq!(member_count(&app, g).await, 2);
}

// ---- The discussion ----------------------------------------------------------------------------

async fn the_discussion_is_seen_and_found_by_members_only(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (carla, carla_id) = person(&app, "carla", "Carla").await;
    let anon = app.browser();
    let g = app
        .create_group("Marquetry circle", "open", ana_id, &[bob_id])
        .await;
    let slug = discussion(&app, g).await;

    // The overview links members to their discussion.
    let overview = bob.get(&format!("/groups/{g}")).await;
    assert!(overview.contains(&format!("href=\"/c/{slug}\"")));

    let ana_handle = handle_of(&app, ana_id).await;
    let carla_handle = handle_of(&app, carla_id).await;
    let t = start_thread(
        &bob,
        &slug,
        "Marquetry veneers for apprentices",
        &format!(
            "Which marquetry veneers do your apprentices start with, @{ana_handle} and @{carla_handle}?"
        ),
    )
    .await;
    // A mention reaches the member, never the outsider (who could not read it).
    app.settle().await;
    assert_eq!(notifications_of(&app, ana_id, "mention").await, 1);
    assert_eq!(notifications_of(&app, carla_id, "mention").await, 0);
    let community = app
        .opt_i64(&format!(
            "SELECT community_id FROM wg_groups WHERE id = {g}"
        ))
        .await
        .expect("community");
    assert_eq!(
        app.opt_i64(&format!("SELECT community_id FROM threads WHERE id = {t}"))
            .await,
        Some(community)
    );
    let page = ana.get(&format!("/c/{slug}")).await;
    page.expect(200);
    assert!(page.contains(&format!("/t/{t}")));
    ana.get(&format!("/t/{t}")).await.expect(200);
    let summary = app.localizer("en").t1("wg-summary-threads", "count", 1);
    assert!(ana.get(&format!("/groups/{g}")).await.shows(&summary));

    // Outsiders and anonymous readers: nothing there.
    for (who, b) in [("outsider", &carla), ("anonymous", &anon)] {
        assert_eq!(b.get(&format!("/c/{slug}")).await.status, 404, "{who}");
        assert_eq!(b.get(&format!("/t/{t}")).await.status, 404, "{who}");
    }
    carla.get(&format!("/c/{slug}/new")).await.expect(404);
    post_thread(&carla, &slug, "Intruding", "Let me in.")
        .await
        .expect(404);
    carla
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Me too"), ("lang", "en")],
        )
        .await
        .expect(404);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM threads WHERE community_id = {community}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
            .await,
        1
    );

    // The Communication section does not list the group's discussion among its communities.
    let (_, open_slug) = app
        .create_community("Open square", "public", None, ana_id)
        .await;
    for b in [&bob, &carla] {
        let front = b.get("/communication").await;
        front.expect(200);
        let start = front
            .body
            .find("id=\"communities-h\"")
            .expect("communities");
        let end = front.body.find("id=\"latest-h\"").expect("latest");
        let communities = &front.body[start..end];
        assert!(communities.contains(&format!("href=\"/c/{open_slug}\"")));
        assert!(!communities.contains(&format!("href=\"/c/{slug}\"")));
    }
    assert!(!carla
        .get("/communication")
        .await
        .contains(&format!("/t/{t}")));

    // Search: members find it, others do not (once members do, it is indexed).
    let page = search_until(&bob, "q=marquetry", 1).await;
    assert!(page.contains(&format!("/t/{t}")));
    search_until(&ana, "q=marquetry", 1).await;
    let page = search_until(&carla, "q=marquetry", 0).await;
    assert!(!page.contains(&format!("/t/{t}")));
    assert!(!page.contains("Marquetry veneers"));
    let page = search_until(&anon, "q=marquetry", 0).await;
    assert!(!page.contains("Marquetry veneers"));

    // Leaving the group closes the discussion to Bob, in search too; Carla joining opens it.
    bob.post(&format!("/groups/{g}/leave"), &[])
        .await
        .expect(303);
    assert_eq!(bob.get(&format!("/t/{t}")).await.status, 404);
    search_until(&bob, "q=marquetry", 0).await;
    carla
        .post(&format!("/groups/{g}/join"), &[])
        .await
        .expect(303);
    carla.get(&format!("/t/{t}")).await.expect(200);
    search_until(&carla, "q=marquetry", 1).await;
}

// ---- Linked resources --------------------------------------------------------------------------

async fn members_link_the_resources_they_can_see(app: TestApp) {
    let (_, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (dora, dora_id) = person(&app, "dora", "Dora Owner").await;
    let (eli, eli_id) = person(&app, "eli", "Eli").await;
    let (org, _) = app
        .create_org(
            dora_id,
            "Scuola del Legno",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[Language::It],
        )
        .await;
    app.add_member(org, eli_id, OrgRole::Member).await;
    let g = app
        .create_group("Shared shelf", "open", ana_id, &[bob_id, eli_id])
        .await;
    let public = deposit(&dora, "Planing guide", "public", None).await;
    let staff_only = deposit(&dora, "Staff timetable", "organisation", Some(org)).await;

    // A resource Bob sees, by its address, with a note.
    let page = bob.get(&format!("/groups/{g}/resources")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "wg-resources-none")));
    let linked = link(&bob, g, &format!("/resources/{public}"), "For week one").await;
    linked.expect(303);
    assert_eq!(linked.location(), format!("/groups/{g}/resources"));
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT added_by FROM wg_resources WHERE group_id = {g} AND resource_id = {public}"
        ))
        .await,
        Some(bob_id)
    );
    let page = bob.visit(&format!("/groups/{g}/resources")).await;
    assert!(page.shows(&en(&app, "flash-wg-resource-linked")));
    assert!(page.contains(&format!("href=\"/resources/{public}\"")));
    assert!(page.shows("Planing guide") && page.shows("For week one"));

    // One he cannot see, something that is no address, nothing, a number that is no resource:
    // each named at the field, the input kept, nothing stored.
    for typed in [
        format!("https://bottega.example/resources/{staff_only}"),
        "twelve".to_string(),
        "/resources/12abc".to_string(),
        "/resources/999999".to_string(),
        String::new(),
    ] {
        let page = link(&bob, g, &typed, "A note").await;
        page.expect(422);
        assert!(page.field_error("resource").is_some(), "{typed:?}");
        if !typed.is_empty() {
            assert_eq!(
                page.field_error("resource").as_deref(),
                Some(en(&app, "wg-error-unknown-resource").as_str()),
                "{typed:?}"
            );
        }
        assert_eq!(
            page.input_value("resource").as_deref(),
            Some(typed.as_str())
        );
        assert_eq!(page.input_value("note").as_deref(), Some("A note"));
        assert!(!page.shows("Staff timetable"), "a refusal reveals nothing");
    }
    assert_eq!(rows(&app, "wg_resources", g).await, 1);

    // Linking the same one twice.
    let page = link(&bob, g, &public.to_string(), "").await;
    page.expect(422);
    assert_eq!(
        page.field_error("resource").as_deref(),
        Some(en(&app, "wg-error-already-linked").as_str())
    );
    assert_eq!(rows(&app, "wg_resources", g).await, 1);

    // Eli, in the owning organisation, links the staff resource; Bob's page never shows it.
    link(&eli, g, &staff_only.to_string(), "").await.expect(303);
    assert_eq!(rows(&app, "wg_resources", g).await, 2);
    assert!(eli
        .get(&format!("/groups/{g}/resources"))
        .await
        .shows("Staff timetable"));
    let page = bob.get(&format!("/groups/{g}/resources")).await;
    assert!(!page.shows("Staff timetable"));
    assert!(!page.contains(&format!("/resources/{staff_only}\"")));

    // Unlinking.
    let unlinked = bob
        .post(&format!("/groups/{g}/resources/{public}/unlink"), &[])
        .await;
    unlinked.expect(303);
    assert_eq!(rows(&app, "wg_resources", g).await, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM resources WHERE id = {public}"
        ))
        .await,
        1,
        "the resource itself stays"
    );
    bob.post(&format!("/groups/{g}/resources/{public}/unlink"), &[])
        .await
        .expect(404);
}

// ---- Closing -----------------------------------------------------------------------------------

async fn a_closed_group_is_a_read_only_archive(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (carla, carla_id) = person(&app, "carla", "Carla").await;
    let (_, dino_id) = person(&app, "dino", "Dino").await;
    let (eva, _) = person(&app, "eva", "Eva").await;
    let (dora, _) = person(&app, "dora", "Dora").await;
    let g = app
        .create_group("Closing circle", "request", ana_id, &[bob_id])
        .await;
    let slug = discussion(&app, g).await;
    let t = start_thread(&bob, &slug, "Before closing", "What do we keep?").await;
    let guide = deposit(&dora, "Kept guide", "public", None).await;
    let other = deposit(&dora, "Late guide", "public", None).await;
    link(&bob, g, &guide.to_string(), "").await.expect(303);
    carla
        .post(&format!("/groups/{g}/join"), &[("message", "Late")])
        .await
        .expect(303);
    invite(&ana, g, "dino@school.example").await.expect(303);

    // The form, a preview that changes nothing, an empty outcome refused.
    let form = ana.get(&format!("/groups/{g}/close")).await;
    form.expect(200);
    assert_eq!(form.selected("lang"), vec!["en".to_string()]);
    let outcome = "We **built** a module on timber.\n\n<script>alert(1)</script>";
    let preview = ana
        .post(
            &format!("/groups/{g}/close"),
            &[("outcome", outcome), ("lang", "en"), ("action", "preview")],
        )
        .await;
    preview.expect(200);
    assert!(preview.shows(&en(&app, "wg-preview-title")));
    assert!(preview.contains("We <strong>built</strong> a module on timber."));
    assert!(!preview.contains("<script>alert(1)</script>"));
    assert_eq!(preview.textarea_value("outcome").as_deref(), Some(outcome));
    assert_eq!(status(&app, g).await, "active");
    let empty = ana
        .post(
            &format!("/groups/{g}/close"),
            &[("outcome", "  "), ("lang", "en"), ("action", "close")],
        )
        .await;
    empty.expect(422);
    assert!(empty.field_error("outcome").is_some());
    assert_eq!(status(&app, g).await, "active");

    // Closing.
    let closed = close(&ana, g, outcome).await;
    closed.expect(303);
    assert_eq!(closed.location(), format!("/groups/{g}"));
    assert_eq!(status(&app, g).await, "archived");
    assert_eq!(
        app.opt_text(&format!("SELECT outcome_md FROM wg_groups WHERE id = {g}"))
            .await
            .as_deref(),
        Some(outcome)
    );
    assert!(app
        .opt_i64(&format!("SELECT archived_at FROM wg_groups WHERE id = {g}"))
        .await
        .is_some());
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(CASE WHEN read_only THEN 1 ELSE 0 END AS BIGINT) FROM communities WHERE group_id = {g}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT CAST(CASE WHEN locked THEN 1 ELSE 0 END AS BIGINT) FROM threads WHERE id = {t}"
        ))
        .await,
        1
    );
    // Open requests and invitations lapse; members stay.
    assert_eq!(place(&app, g, carla_id).await, None);
    assert_eq!(place(&app, g, dino_id).await, None);
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/member")
    );
    let page = bob.visit(&format!("/groups/{g}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "wg-archived-notice")));
    assert!(page.shows(&en(&app, "wg-outcome-title")));
    assert!(page.contains("We <strong>built</strong> a module on timber."));
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(!page.contains(&format!("action=\"/groups/{g}/leave\"")));
    assert!(ana
        .visit(&format!("/groups/{g}"))
        .await
        .shows(&en(&app, "flash-wg-closed")));
    // In the list of archived groups, not of active ones.
    let list = app.browser().get("/groups").await;
    assert!(!list.contains(&format!("href=\"/groups/{g}\"")));
    let list = app.browser().get("/groups?status=archived").await;
    assert!(list.contains(&format!("href=\"/groups/{g}\"")));

    // Every change is refused, and nothing changes.
    let before = archive_rows(&app, g, t).await;
    let updated_at = app
        .opt_i64(&format!("SELECT updated_at FROM wg_groups WHERE id = {g}"))
        .await;
    let archived = "wg-error-archived";
    refused(
        &app,
        &ana.get(&format!("/groups/{g}/edit")).await,
        409,
        "group_archived",
        archived,
    );
    let page = GroupInput::new("Reopened?")
        .post(&ana, &format!("/groups/{g}/edit"))
        .await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = invite(&ana, g, "eva@school.example").await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = manage(&ana, g, bob_id, "promote").await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = manage(&ana, g, bob_id, "remove").await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = eva
        .post(&format!("/groups/{g}/join"), &[("message", "Hi")])
        .await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = link(&bob, g, &other.to_string(), "").await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = bob
        .post(&format!("/groups/{g}/resources/{guide}/unlink"), &[])
        .await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = bob.post(&format!("/groups/{g}/leave"), &[]).await;
    refused(&app, &page, 409, "group_archived", archived);
    let page = ana.post(&format!("/groups/{g}/leave"), &[]).await;
    refused(&app, &page, 409, "group_archived", archived);
    refused(
        &app,
        &ana.get(&format!("/groups/{g}/close")).await,
        409,
        "group_archived",
        archived,
    );
    let page = close(&ana, g, "A second outcome").await;
    refused(&app, &page, 409, "group_archived", archived);
    // Its discussion: no new thread, no reply.
    let page = post_thread(&bob, &slug, "After closing", "Anyone?").await;
    refused(
        &app,
        &page,
        409,
        "community_read_only",
        "comm-community-read-only",
    );
    let page = bob.get(&format!("/c/{slug}/new")).await;
    refused(
        &app,
        &page,
        409,
        "community_read_only",
        "comm-community-read-only",
    );
    let page = bob
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "One more thing"), ("lang", "en")],
        )
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "community_read_only");
    // Nor may the author edit or delete what they wrote.
    let opening = app
        .count(&format!(
            "SELECT id FROM posts WHERE thread_id = {t} AND position = 1"
        ))
        .await;
    let page = bob
        .post(
            &format!("/posts/{opening}/edit"),
            &[("title", "Rewritten"), ("body", "Rewritten afterwards")],
        )
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "community_read_only");
    let page = bob.post(&format!("/posts/{opening}/delete"), &[]).await;
    page.expect(409);
    assert_eq!(page.error_code(), "community_read_only");
    assert_eq!(
        app.opt_text(&format!(
            "SELECT body_md FROM posts WHERE id = {opening} AND deleted_at IS NULL"
        ))
        .await
        .as_deref(),
        Some("What do we keep?")
    );

    assert_eq!(archive_rows(&app, g, t).await, before);
    assert_eq!(
        app.opt_i64(&format!("SELECT updated_at FROM wg_groups WHERE id = {g}"))
            .await,
        updated_at
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT title || '|' || outcome_md FROM wg_groups WHERE id = {g}"
        ))
        .await,
        Some(format!("Closing circle|{outcome}"))
    );
    assert_eq!(
        place(&app, g, bob_id).await.as_deref(),
        Some("member/member")
    );
    assert_eq!(
        place(&app, g, ana_id).await.as_deref(),
        Some("member/coordinator")
    );
    assert_eq!(app.queued_emails_to("eva@school.example").await, 0);

    // The archive stays readable for members at the same addresses, without the forms.
    let members = bob.get(&format!("/groups/{g}/members")).await;
    members.expect(200);
    assert!(members.shows("Bob") && members.shows("Ana"));
    let coordinator_view = ana.get(&format!("/groups/{g}/members")).await;
    coordinator_view.expect(200);
    assert!(!coordinator_view.contains(&format!("action=\"/groups/{g}/members/invite\"")));
    let resources = bob.get(&format!("/groups/{g}/resources")).await;
    resources.expect(200);
    assert!(resources.shows("Kept guide"));
    assert!(!resources.contains(&format!("action=\"/groups/{g}/resources\"")));
    let thread = bob.get(&format!("/t/{t}")).await;
    thread.expect(200);
    assert!(thread.shows("Before closing"));
    bob.get(&format!("/c/{slug}")).await.expect(200);
    // Still for members only.
    let page = eva.get(&format!("/groups/{g}/resources")).await;
    refused(
        &app,
        &page,
        403,
        "group_members_only",
        "wg-error-members-only",
    );
    assert_eq!(eva.get(&format!("/t/{t}")).await.status, 404);
}

async fn the_outcome_is_published_once_by_a_coordinator(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let g = app
        .create_group("Published circle", "open", ana_id, &[bob_id])
        .await;
    app.exec(&format!(
        "INSERT INTO wg_group_sectors (group_id, sector) VALUES ({g}, 'woodwork')"
    ))
    .await;

    // Not before the group closes.
    let page = ana
        .post(
            &format!("/groups/{g}/outcome/publish"),
            &[("licence", "cc-by")],
        )
        .await;
    refused(
        &app,
        &page,
        409,
        "group_not_archived",
        "wg-error-not-closed",
    );
    close(&ana, g, "A **module** on planing, ready to reuse.")
        .await
        .expect(303);

    // Only coordinators are offered it, and only they may.
    let overview = bob.get(&format!("/groups/{g}")).await;
    assert!(!overview.contains(&format!("action=\"/groups/{g}/outcome/publish\"")));
    let page = bob
        .post(
            &format!("/groups/{g}/outcome/publish"),
            &[("licence", "cc-by")],
        )
        .await;
    refused(
        &app,
        &page,
        403,
        "group_coordinators_only",
        "wg-error-coordinators-only",
    );
    let page = app
        .browser()
        .post(
            &format!("/groups/{g}/outcome/publish"),
            &[("licence", "cc-by")],
        )
        .await;
    page.expect(401);
    assert_eq!(page.error_code(), "login_required");
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 0);

    let overview = ana.get(&format!("/groups/{g}")).await;
    let fields = overview.form_fields(&format!("/groups/{g}/outcome/publish"));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| k != "csrf")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let published = ana
        .post(&format!("/groups/{g}/outcome/publish"), &fields)
        .await;
    published.expect(303);
    let r = number_after(published.location(), "/resources/");
    assert_eq!(
        app.opt_text(&format!(
            "SELECT rtype || '|' || title || '|' || visibility FROM resources WHERE id = {r}"
        ))
        .await
        .as_deref(),
        Some("project-result|Published circle|public")
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT owner_id FROM resources WHERE id = {r}"))
            .await,
        Some(ana_id)
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT outcome_resource_id FROM wg_groups WHERE id = {g}"
        ))
        .await,
        Some(r)
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_resources WHERE group_id = {g} AND resource_id = {r}"
        ))
        .await,
        1
    );
    // Everyone reads it in the toolbox, with the group's outcome as description.
    let page = app.browser().visit(&format!("/resources/{r}")).await;
    page.expect(200);
    assert!(page.contains("A <strong>module</strong> on planing, ready to reuse."));
    let overview = bob.get(&format!("/groups/{g}")).await;
    assert!(overview.contains(&format!("href=\"/resources/{r}\"")));
    assert!(overview.shows(&en(&app, "wg-outcome-published-link")));
    let linked = bob.get(&format!("/groups/{g}/resources")).await;
    assert!(linked.contains(&format!("href=\"/resources/{r}\"")));

    // Once only.
    let again = ana
        .post(
            &format!("/groups/{g}/outcome/publish"),
            &[("licence", "cc-by")],
        )
        .await;
    refused(
        &app,
        &again,
        409,
        "group_outcome_published",
        "wg-error-already-published",
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM resources").await, 1);
    assert_eq!(rows(&app, "wg_resources", g).await, 1);
}

// ---- Access ------------------------------------------------------------------------------------

async fn outsiders_and_anonymous_readers_see_the_overview_only(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (carla, _) = person(&app, "carla", "Carla").await;
    let (dora, _) = person(&app, "dora", "Dora").await;
    let anon = app.browser();
    let g = app
        .create_group("Visible circle", "request", ana_id, &[bob_id])
        .await;
    let r = deposit(&dora, "Open guide", "public", None).await;

    // Anonymous: the list and the overview; the workspace asks to sign in.
    let list = anon.get("/groups").await;
    list.expect(200);
    assert!(list.contains(&format!("href=\"/groups/{g}\"")));
    let page = anon.get(&format!("/groups/{g}")).await;
    page.expect(200);
    assert!(page.shows("Visible circle") && page.shows("A theme"));
    assert!(page.shows(&en(&app, "wg-login-to-join")));
    assert!(!page.contains(&format!("href=\"/groups/{g}/members\"")));
    for path in [
        format!("/groups/{g}/members"),
        format!("/groups/{g}/resources"),
    ] {
        let page = anon.get(&path).await;
        page.expect(303);
        assert!(
            page.location().starts_with("/login"),
            "{path}: {}",
            page.location()
        );
    }
    anon.get("/groups/new").await.expect(303);
    anon.get("/groups/999999").await.expect(404);
    anon.get("/groups/nothing").await.expect(404);

    // A signed-in outsider: the overview without the workspace; the workspace refused.
    let page = carla.get(&format!("/groups/{g}")).await;
    page.expect(200);
    assert!(!page.contains(&format!("href=\"/groups/{g}/resources\"")));
    for path in [
        format!("/groups/{g}/members"),
        format!("/groups/{g}/resources"),
    ] {
        let page = carla.get(&path).await;
        refused(
            &app,
            &page,
            403,
            "group_members_only",
            "wg-error-members-only",
        );
    }
    let page = link(&carla, g, &r.to_string(), "").await;
    refused(
        &app,
        &page,
        403,
        "group_members_only",
        "wg-error-members-only",
    );
    assert_eq!(rows(&app, "wg_resources", g).await, 0);

    // A member removed by a coordinator loses the workspace.
    link(&bob, g, &r.to_string(), "").await.expect(303);
    manage(&ana, g, bob_id, "remove").await.expect(303);
    assert_eq!(place(&app, g, bob_id).await, None);
    let page = link(&bob, g, &format!("/resources/{r}"), "again").await;
    refused(
        &app,
        &page,
        403,
        "group_members_only",
        "wg-error-members-only",
    );
    let page = bob
        .post(&format!("/groups/{g}/resources/{r}/unlink"), &[])
        .await;
    refused(
        &app,
        &page,
        403,
        "group_members_only",
        "wg-error-members-only",
    );
    let page = bob.get(&format!("/groups/{g}/resources")).await;
    refused(
        &app,
        &page,
        403,
        "group_members_only",
        "wg-error-members-only",
    );
    assert_eq!(rows(&app, "wg_resources", g).await, 1);
}

// ---- The archive's discussion against the Communication section's own tools --------------------

// An archived group's discussion stays as it was: a moderator cannot unlock its threads, and
// nobody, staff included, replies there (a lock alone is the moderators' to lift).
async fn a_moderator_unlocking_a_thread_does_not_reopen_an_archived_discussion(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let (moderator, _) = app
        .signed_in("mod@school.example", "Moderator", SiteRole::Moderator)
        .await;
    let g = app
        .create_group("Closed talk", "open", ana_id, &[bob_id])
        .await;
    let slug = discussion(&app, g).await;
    let t = start_thread(&bob, &slug, "Closed topic", "What is left?").await;
    close(&ana, g, "Done.").await.expect(303);
    let posts_before = app
        .count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
        .await;

    // A moderator unlocks the thread (or is refused), then the member and the moderator try
    // to reply: both must be refused, and the archive keep its posts.
    let unlocked = moderator
        .post(&format!("/t/{t}/moderate"), &[("action", "unlock")])
        .await;
    let member = bob
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Back again"), ("lang", "en")],
        )
        .await;
    let staff = moderator
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Moderator note"), ("lang", "en")],
        )
        .await;
    let posts_after = app
        .count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
        .await;
    assert_eq!(
        (member.status.as_u16(), staff.status.as_u16(), posts_after),
        (409, 409, posts_before),
        "replies in an archived group's discussion after the moderator's unlock ({}): \
         the member's {:?}, the moderator's {:?}",
        unlocked.status,
        member.error_code(),
        staff.error_code()
    );
}

// Votes and accepted answers are changes too: refused in an archived group's discussion.
async fn votes_and_accepted_answers_in_an_archived_discussion_are_refused(app: TestApp) {
    let (ana, ana_id) = person(&app, "ana", "Ana").await;
    let (bob, bob_id) = person(&app, "bob", "Bob").await;
    let g = app
        .create_group("Closed answers", "open", ana_id, &[bob_id])
        .await;
    let slug = discussion(&app, g).await;
    let page = bob
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", "question"),
                ("title", "Which glue for oak?"),
                ("body", "Which glue do you use for oak joints?"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(303);
    let t = number_after(page.location(), "/t/");
    let answer = ana
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Polyurethane glue works well."), ("lang", "en")],
        )
        .await;
    answer.expect(303);
    let answer = number_after(answer.location(), "#post-");
    close(&ana, g, "Done.").await.expect(303);
    let opening = app
        .count(&format!(
            "SELECT id FROM posts WHERE thread_id = {t} AND position = 1"
        ))
        .await;
    let votes = format!("SELECT COUNT(*) FROM post_votes WHERE post_id = {opening}");
    let before = app.count(&votes).await;

    let vote = ana
        .post(&format!("/posts/{opening}/vote"), &[("action", "up")])
        .await;
    let accept = bob
        .post(&format!("/posts/{answer}/accept"), &[("action", "accept")])
        .await;
    assert_eq!(
        (vote.status.as_u16(), accept.status.as_u16()),
        (409, 409),
        "vote {:?}, accept {:?}",
        vote.error_code(),
        accept.error_code()
    );
    assert_eq!(app.count(&votes).await, before);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT accepted_post_id FROM threads WHERE id = {t}"
        ))
        .await,
        None
    );
}
