//! A working group's task board over HTTP, on both engines: a task from its creation through
//! the columns, comments and edits; edits and moves made against a stale version changing
//! nothing; every kind of bad input coming back with the input kept and the field named; who may
//! read and change the board (members, staff, outsiders, people who left); an archived group
//! that stays readable but refuses changes; deleting; the board's filters and overdue marks.

use bottega_domain::SiteRole;

use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    a_task_goes_from_to_do_to_done_with_comments_and_edits,
    a_stale_version_changes_nothing_and_keeps_the_input,
    bad_input_comes_back_with_the_input_kept_and_named,
    outsiders_neither_see_nor_change_the_board,
    a_member_who_left_changes_nothing,
    an_archived_group_is_readable_but_refuses_changes,
    only_the_creator_or_a_coordinator_deletes_a_task,
    the_board_filters_and_says_which_tasks_are_overdue,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// A group with a coordinator (Ana) and a member (Bea), both signed in.
struct Team {
    group: i64,
    coord: Browser,
    coord_id: i64,
    member: Browser,
    member_id: i64,
}

async fn team(app: &TestApp) -> Team {
    let (coord, coord_id) = app
        .signed_in("ana@example.org", "Ana Coordinator", SiteRole::Member)
        .await;
    let (member, member_id) = app
        .signed_in("bea@example.org", "Bea Member", SiteRole::Member)
        .await;
    let group = app
        .create_group("Green skills", "open", coord_id, &[member_id])
        .await;
    Team {
        group,
        coord,
        coord_id,
        member,
        member_id,
    }
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

fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// Adds a task through the board's form; returns its id.
async fn add_task(b: &Browser, group: i64, title: &str, assignee: &str, due: &str) -> i64 {
    let page = b
        .post(
            &format!("/groups/{group}/tasks"),
            &[
                ("title", title),
                ("description", "Collect the **examples** we have."),
                ("assignee", assignee),
                ("due_on", due),
            ],
        )
        .await;
    page.expect(303);
    number_after(page.location(), "#task-")
}

async fn move_task(b: &Browser, group: i64, task: i64, to: &str, version: i64) -> Page {
    let version = version.to_string();
    b.post(
        &format!("/groups/{group}/tasks/{task}/move"),
        &[("status", to), ("version", &version)],
    )
    .await
}

/// The column of the board holding cards of `status`, as HTML.
fn column(page: &Page, status: &str) -> String {
    let marker = format!("id=\"column-{status}\"");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no column {status}:\n{}", page.body));
    let rest = &page.body[start..];
    rest[..rest.find("</section>").unwrap_or(rest.len())].to_string()
}

/// The card of task `id` on the board, as HTML.
fn card(page: &Page, id: i64) -> String {
    let marker = format!("id=\"task-{id}\"");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no card {id}:\n{}", page.body));
    let rest = &page.body[start..];
    rest[..rest.find("</li>").unwrap_or(rest.len())].to_string()
}

async fn task_row(app: &TestApp, task: i64, column: &str) -> Option<String> {
    app.opt_text(&format!("SELECT {column} FROM wg_tasks WHERE id = {task}"))
        .await
}

async fn version(app: &TestApp, task: i64) -> i64 {
    app.count(&format!("SELECT version FROM wg_tasks WHERE id = {task}"))
        .await
}

/// Fields of a form as the page shows it, with some replaced.
fn fields_with(page: &Page, action: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = page
        .form_fields(action)
        .into_iter()
        .filter(|(k, _)| k != "csrf" && !changes.iter().any(|(c, _)| c == k))
        .collect();
    fields.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    fields
}

async fn post_fields(b: &Browser, action: &str, fields: &[(String, String)]) -> Page {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(action, &borrowed).await
}

async fn a_task_goes_from_to_do_to_done_with_comments_and_edits(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let board_path = format!("/groups/{g}/tasks");

    // An empty board offers the form to members.
    let board = t.member.get(&board_path).await;
    board.expect(200);
    assert!(board.contains("id=\"new-task\""));
    assert!(board.shows(&en(&app, "wg-task-column-empty")));

    let bea = t.member_id.to_string();
    let due = day(10);
    let task = add_task(&t.coord, g, "Collect good practices", &bea, &due).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_tasks WHERE id = {task} AND group_id = {g} \
             AND status = 'todo' AND assignee_id = {} AND due_on = '{due}' AND version = 0 \
             AND created_by = {}",
            t.member_id, t.coord_id
        ))
        .await,
        1
    );
    let html = task_row(&app, task, "description_html")
        .await
        .unwrap_or_default();
    assert!(html.contains("<strong>examples</strong>"), "{html}");

    // The card is in "to do", with who holds it, when it is due and its comments.
    let board = t.member.get(&board_path).await;
    board.expect(200);
    assert!(column(&board, "todo").contains("Collect good practices"));
    assert!(!column(&board, "doing").contains("Collect good practices"));
    let k = card(&board, task);
    assert!(k.contains("Assigned to Bea Member"), "{k}");
    assert!(k.contains(&format!("datetime=\"{due}\"")), "{k}");
    assert!(k.contains("no comments"), "{k}");
    assert!(!k.contains(&en(&app, "wg-task-overdue")), "{k}");
    // Each button says which task it moves.
    assert!(k.contains("Start<span class=\"visually-hidden\">: Collect good practices</span>"));

    // Through the columns, each move against the version seen.
    move_task(&t.member, g, task, "doing", 0).await.expect(303);
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("doing")
    );
    let board = t.member.get(&board_path).await;
    assert!(column(&board, "doing").contains("Collect good practices"));
    assert!(!column(&board, "todo").contains("Collect good practices"));
    let moved = move_task(&t.member, g, task, "done", 1).await;
    moved.expect(303);
    assert!(moved.location().ends_with(&format!("#task-{task}")));
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("done")
    );
    assert_eq!(version(&app, task).await, 2);
    let board = t.member.get(&board_path).await;
    assert!(column(&board, "done").contains("Collect good practices"));
    assert!(card(&board, task).contains("Reopen"));

    // Comments: one in a chosen language, one whose language is detected.
    let task_path = format!("/groups/{g}/tasks/{task}");
    let page = t.member.get(&task_path).await;
    page.expect(200);
    assert!(page.contains("Collect good practices"));
    assert!(page.contains("<strong>examples</strong>"));
    let comments = format!("{task_path}/comments");
    let done = t
        .member
        .post(
            &comments,
            &[("comment", "Ho raccolto *tre* esempi."), ("lang", "it")],
        )
        .await;
    done.expect(303);
    assert!(done.location().contains("#comment-"));
    t.coord
        .post(
            &comments,
            &[
                (
                    "comment",
                    "Thank you, these examples are exactly what the apprentices in our workshops need to see before the summer.",
                ),
                ("lang", ""),
            ],
        )
        .await
        .expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_task_comments WHERE task_id = {task}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.count(&format!(
            "SELECT comment_count FROM wg_tasks WHERE id = {task}"
        ))
        .await,
        2
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT lang FROM wg_task_comments WHERE task_id = {task} AND author_id = {}",
            t.member_id
        ))
        .await
        .as_deref(),
        Some("it")
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT lang FROM wg_task_comments WHERE task_id = {task} AND author_id = {}",
            t.coord_id
        ))
        .await
        .as_deref(),
        Some("en")
    );
    // A comment changes nothing someone may be editing.
    assert_eq!(version(&app, task).await, 2);
    let page = t.coord.get(&task_path).await;
    assert!(page.contains("<em>tre</em>"));
    assert!(page.contains("Bea Member"));
    assert!(page.contains("class=\"post-body\" lang=\"it\""));
    assert!(card(&t.coord.get(&board_path).await, task).contains("2 comments"));

    // Editing: the form is filled from the task; changes land, the version moves on.
    let edit = format!("{task_path}/edit");
    let form = t.coord.get(&edit).await;
    form.expect(200);
    assert_eq!(
        form.input_value("title").as_deref(),
        Some("Collect good practices")
    );
    assert_eq!(form.input_value("version").as_deref(), Some("2"));
    assert_eq!(form.selected("assignee"), vec![bea.clone()]);
    let fields = fields_with(
        &form,
        &edit,
        &[
            ("title", "Collect and sort good practices"),
            ("status", "todo"),
            ("assignee", ""),
            ("due_on", ""),
        ],
    );
    let saved = post_fields(&t.coord, &edit, &fields).await;
    saved.expect(303);
    assert_eq!(saved.location(), task_path);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_tasks WHERE id = {task} AND title = 'Collect and sort good practices' \
             AND status = 'todo' AND assignee_id IS NULL AND due_on IS NULL AND version = 3"
        ))
        .await,
        1
    );
    let page = t.coord.get(&task_path).await;
    assert!(page.shows(&en(&app, "wg-task-unassigned")));
    assert!(page.shows(&en(&app, "wg-task-no-due")));
}

async fn a_stale_version_changes_nothing_and_keeps_the_input(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let task = add_task(&t.coord, g, "Plan the pilot", "", "").await;
    let edit = format!("/groups/{g}/tasks/{task}/edit");

    // Both open the edit form at version 0; Ana saves first.
    let ana_form = t.coord.get(&edit).await;
    let bea_form = t.member.get(&edit).await;
    let ana = fields_with(&ana_form, &edit, &[("title", "Plan the pilot in May")]);
    post_fields(&t.coord, &edit, &ana).await.expect(303);
    assert_eq!(version(&app, task).await, 1);

    // Bea's save is refused: her input comes back, Ana's version is shown, nothing changes.
    let bea = fields_with(
        &bea_form,
        &edit,
        &[
            ("title", "Plan the pilot with two schools"),
            ("description", "Schools in Lyon and Kraków."),
            ("status", "doing"),
        ],
    );
    let refused = post_fields(&t.member, &edit, &bea).await;
    refused.expect(409);
    assert_eq!(refused.error_code(), "task_changed");
    assert_eq!(
        refused.input_value("title").as_deref(),
        Some("Plan the pilot with two schools")
    );
    assert_eq!(
        refused.textarea_value("description").as_deref(),
        Some("Schools in Lyon and Kraków.")
    );
    assert_eq!(refused.selected("status"), vec!["doing".to_string()]);
    assert!(refused.contains("Plan the pilot in May"));
    assert!(refused.shows(&en(&app, "wg-task-conflict-heading")));
    assert_eq!(
        task_row(&app, task, "title").await.as_deref(),
        Some("Plan the pilot in May")
    );
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("todo")
    );
    assert_eq!(version(&app, task).await, 1);

    // Having seen Ana's version, Bea saves hers on purpose.
    assert_eq!(refused.input_value("version").as_deref(), Some("1"));
    let again = fields_with(&refused, &edit, &[]);
    post_fields(&t.member, &edit, &again).await.expect(303);
    assert_eq!(
        task_row(&app, task, "title").await.as_deref(),
        Some("Plan the pilot with two schools")
    );
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("doing")
    );

    // Moving a card from a board loaded before a change is refused the same way.
    let stale = move_task(&t.coord, g, task, "done", 0).await;
    stale.expect(409);
    assert_eq!(stale.error_code(), "task_changed");
    assert!(stale.contains("Plan the pilot with two schools"));
    assert!(column(&stale, "doing").contains("Plan the pilot with two schools"));
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("doing")
    );
    assert_eq!(version(&app, task).await, 2);
    // A version that is not a number is no version.
    move_task(&t.coord, g, task, "done", -5).await.expect(409);
    let junk = t
        .coord
        .post(
            &format!("/groups/{g}/tasks/{task}/move"),
            &[("status", "done"), ("version", "latest")],
        )
        .await;
    junk.expect(409);
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("doing")
    );
}

async fn bad_input_comes_back_with_the_input_kept_and_named(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let (_, outsider_id) = app
        .signed_in("olga@example.org", "Olga Outside", SiteRole::Member)
        .await;
    let new = format!("/groups/{g}/tasks");
    let bea = t.member_id.to_string();
    let outsider = outsider_id.to_string();
    let long_title = "t".repeat(151);
    let long_description = "d".repeat(10_001);

    let cases: Vec<(&str, [(&str, &str); 4])> = vec![
        (
            "title",
            [
                ("title", "   "),
                ("description", "Kept text"),
                ("assignee", &bea),
                ("due_on", "2026-06-01"),
            ],
        ),
        (
            "title",
            [
                ("title", &long_title),
                ("description", "Kept text"),
                ("assignee", ""),
                ("due_on", ""),
            ],
        ),
        (
            "description",
            [
                ("title", "Kept title"),
                ("description", &long_description),
                ("assignee", ""),
                ("due_on", ""),
            ],
        ),
        (
            "due_on",
            [
                ("title", "Kept title"),
                ("description", "Kept text"),
                ("assignee", &bea),
                ("due_on", "2026-02-30"),
            ],
        ),
        (
            "due_on",
            [
                ("title", "Kept title"),
                ("description", "Kept text"),
                ("assignee", ""),
                ("due_on", "next Friday"),
            ],
        ),
        (
            "assignee",
            [
                ("title", "Kept title"),
                ("description", "Kept text"),
                ("assignee", &outsider),
                ("due_on", "2026-06-01"),
            ],
        ),
        (
            "assignee",
            [
                ("title", "Kept title"),
                ("description", "Kept text"),
                ("assignee", "everyone"),
                ("due_on", ""),
            ],
        ),
    ];
    for (field, input) in &cases {
        let page = t.member.post(&new, input).await;
        page.expect(422);
        assert!(
            page.field_error(field).is_some(),
            "{field} not named for {input:?}: {:?}",
            page.error_fields()
        );
        assert_eq!(page.error_fields(), vec![field.to_string()], "{input:?}");
        let typed = |name: &str| {
            input
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        };
        assert_eq!(page.input_value("title"), typed("title"), "{input:?}");
        assert_eq!(page.textarea_value("description"), typed("description"));
        assert_eq!(page.input_value("due_on"), typed("due_on"));
        if *field != "assignee" {
            let chosen = typed("assignee").filter(|v| !v.is_empty());
            assert_eq!(
                page.selected("assignee"),
                chosen.into_iter().collect::<Vec<_>>()
            );
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 0);

    // Editing: an unknown column, an impossible date and a non-member together.
    let task = add_task(&t.member, g, "Write the survey", &bea, "").await;
    let edit = format!("/groups/{g}/tasks/{task}/edit");
    let form = t.member.get(&edit).await;
    let bad = fields_with(
        &form,
        &edit,
        &[
            ("title", "Write the short survey"),
            ("status", "blocked"),
            ("due_on", "2027-13-01"),
            ("assignee", &outsider),
        ],
    );
    let page = post_fields(&t.member, &edit, &bad).await;
    page.expect(422);
    for field in ["status", "due_on", "assignee"] {
        assert!(page.field_error(field).is_some(), "{field}");
    }
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Write the short survey")
    );
    assert_eq!(page.input_value("due_on").as_deref(), Some("2027-13-01"));
    assert_eq!(
        task_row(&app, task, "title").await.as_deref(),
        Some("Write the survey")
    );
    assert_eq!(version(&app, task).await, 0);

    // A card moved to a column that does not exist stays where it is.
    let page = move_task(&t.member, g, task, "blocked", 0).await;
    page.expect(422);
    assert!(page.shows(&en(&app, "wg-task-error-status")));
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("todo")
    );
    assert_eq!(version(&app, task).await, 0);

    // Comments: empty, too long, in an unknown language.
    let comments = format!("/groups/{g}/tasks/{task}/comments");
    let page = t
        .member
        .post(&comments, &[("comment", "  \n "), ("lang", "")])
        .await;
    page.expect(422);
    assert!(page.field_error("comment").is_some());
    let long_comment = "c".repeat(5_001);
    let page = t
        .member
        .post(&comments, &[("comment", &long_comment), ("lang", "en")])
        .await;
    page.expect(422);
    assert!(page.field_error("comment").is_some());
    assert_eq!(
        page.textarea_value("comment").as_deref(),
        Some(long_comment.as_str())
    );
    assert_eq!(page.selected("lang"), vec!["en".to_string()]);
    let page = t
        .member
        .post(&comments, &[("comment", "A fine comment"), ("lang", "xx")])
        .await;
    page.expect(422);
    assert!(page.field_error("lang").is_some());
    assert_eq!(
        page.textarea_value("comment").as_deref(),
        Some("A fine comment")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);
    assert_eq!(
        app.count(&format!(
            "SELECT comment_count FROM wg_tasks WHERE id = {task}"
        ))
        .await,
        0
    );
}

async fn outsiders_neither_see_nor_change_the_board(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let task = add_task(&t.member, g, "Secret plan", "", "").await;
    let board = format!("/groups/{g}/tasks");
    let task_path = format!("/groups/{g}/tasks/{task}");

    // Someone signed in but not in the group.
    let (olga, _) = app
        .signed_in("olga@example.org", "Olga Outside", SiteRole::Member)
        .await;
    for path in [&board, &task_path, &format!("{task_path}/edit")] {
        let page = olga.get(path).await;
        page.expect(403);
        assert_eq!(page.error_code(), "group_members_only", "{path}");
        assert!(!page.contains("Secret plan"), "{path}");
    }
    olga.post(&board, &[("title", "Sneaky")]).await.expect(403);
    move_task(&olga, g, task, "done", 0).await.expect(403);
    olga.post(
        &format!("{task_path}/comments"),
        &[("comment", "Hello"), ("lang", "")],
    )
    .await
    .expect(403);
    olga.post(&format!("{task_path}/delete"), &[])
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 1);
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("todo")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);

    // Anonymous readers are sent to sign in; their changes are refused.
    let anon = app.browser();
    let page = anon.get(&board).await;
    page.expect(303);
    assert!(page.location().starts_with("/login"));
    anon.post(&board, &[("title", "Anonymous")])
        .await
        .expect(401);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 1);

    // Site staff read the board but do not write on it.
    let (moderator, _) = app
        .signed_in("mo@example.org", "Mo Derator", SiteRole::Moderator)
        .await;
    let page = moderator.get(&board).await;
    page.expect(200);
    assert!(page.contains("Secret plan"));
    assert!(!page.contains("id=\"new-task\""));
    assert!(!page.contains("/move\""));
    moderator.get(&task_path).await.expect(200);
    moderator
        .post(&board, &[("title", "Staff task")])
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 1);

    // A task of another group is not found through this group's addresses.
    let other = app
        .create_group("Other group", "open", t.coord_id, &[])
        .await;
    let elsewhere = add_task(&t.coord, other, "Other task", "", "").await;
    let wrong = format!("/groups/{g}/tasks/{elsewhere}");
    t.member.get(&wrong).await.expect(404);
    t.member.get(&format!("{wrong}/edit")).await.expect(404);
    move_task(&t.member, g, elsewhere, "doing", 0)
        .await
        .expect(404);
    t.member
        .post(
            &format!("{wrong}/comments"),
            &[("comment", "Hi"), ("lang", "")],
        )
        .await
        .expect(404);
    t.coord
        .post(&format!("{wrong}/delete"), &[])
        .await
        .expect(404);
    t.member
        .get(&format!("/groups/{g}/tasks/abc"))
        .await
        .expect(404);
    assert_eq!(
        task_row(&app, elsewhere, "status").await.as_deref(),
        Some("todo")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);
}

async fn a_member_who_left_changes_nothing(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let bea = t.member_id.to_string();
    let task = add_task(&t.coord, g, "Translate the guide", "", "").await;
    let edit = format!("/groups/{g}/tasks/{task}/edit");
    let form = t.member.get(&edit).await;
    form.expect(200);

    app.exec(&format!(
        "DELETE FROM wg_members WHERE group_id = {g} AND user_id = {}",
        t.member_id
    ))
    .await;

    // Her open form no longer saves, and she cannot move, comment or add.
    let fields = fields_with(
        &form,
        &edit,
        &[("title", "Translate the guide into Polish")],
    );
    let page = post_fields(&t.member, &edit, &fields).await;
    page.expect(403);
    assert_eq!(page.error_code(), "group_members_only");
    move_task(&t.member, g, task, "doing", 0).await.expect(403);
    t.member
        .post(
            &format!("/groups/{g}/tasks/{task}/comments"),
            &[("comment", "Still here?"), ("lang", "")],
        )
        .await
        .expect(403);
    t.member
        .post(&format!("/groups/{g}/tasks"), &[("title", "After leaving")])
        .await
        .expect(403);
    assert_eq!(
        task_row(&app, task, "title").await.as_deref(),
        Some("Translate the guide")
    );
    assert_eq!(version(&app, task).await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);

    // Nor can a task be given to her any more.
    let page = t
        .coord
        .post(
            &format!("/groups/{g}/tasks"),
            &[("title", "For Bea"), ("assignee", &bea)],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("assignee").is_some());
    assert_eq!(page.input_value("title").as_deref(), Some("For Bea"));
    let form = t.coord.get(&edit).await;
    let fields = fields_with(&form, &edit, &[("assignee", &bea)]);
    let page = post_fields(&t.coord, &edit, &fields).await;
    page.expect(422);
    assert!(page.field_error("assignee").is_some());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM wg_tasks WHERE assignee_id IS NOT NULL")
            .await,
        0
    );
}

async fn an_archived_group_is_readable_but_refuses_changes(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let task = add_task(&t.coord, g, "Publish the module", "", "").await;
    let edit = format!("/groups/{g}/tasks/{task}/edit");
    let form = t.coord.get(&edit).await;
    app.exec(&format!(
        "UPDATE wg_groups SET status = 'archived' WHERE id = {g}"
    ))
    .await;

    // Still readable, with no form to change anything.
    let board = t.member.get(&format!("/groups/{g}/tasks")).await;
    board.expect(200);
    assert!(board.contains("Publish the module"));
    assert!(!board.contains("id=\"new-task\""));
    assert!(!board.contains("/move\""));
    let page = t.member.get(&format!("/groups/{g}/tasks/{task}")).await;
    page.expect(200);
    assert!(!page.contains("/comments\""));
    assert!(!page.contains(&format!("{edit}\"")));

    // Every change is refused with 409.
    let fields = fields_with(&form, &edit, &[("title", "Publish it now")]);
    let attempts = [
        post_fields(&t.coord, &edit, &fields).await,
        t.coord.get(&edit).await,
        t.coord
            .post(&format!("/groups/{g}/tasks"), &[("title", "Late task")])
            .await,
        move_task(&t.coord, g, task, "done", 0).await,
        t.coord
            .post(
                &format!("/groups/{g}/tasks/{task}/comments"),
                &[("comment", "Too late"), ("lang", "")],
            )
            .await,
        t.coord
            .post(&format!("/groups/{g}/tasks/{task}/delete"), &[])
            .await,
    ];
    for page in &attempts {
        page.expect(409);
        assert_eq!(page.error_code(), "group_archived");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 1);
    assert_eq!(
        task_row(&app, task, "title").await.as_deref(),
        Some("Publish the module")
    );
    assert_eq!(
        task_row(&app, task, "status").await.as_deref(),
        Some("todo")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);
}

async fn only_the_creator_or_a_coordinator_deletes_a_task(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let (cleo, cleo_id) = app
        .signed_in("cleo@example.org", "Cleo Member", SiteRole::Member)
        .await;
    app.exec(&format!(
        "INSERT INTO wg_members (group_id, user_id, role, state, created_at, joined_at) \
         VALUES ({g}, {cleo_id}, 'member', 'member', 0, 0)"
    ))
    .await;
    let first = add_task(&t.member, g, "Bea's first task", "", "").await;
    let second = add_task(&t.member, g, "Bea's second task", "", "").await;
    t.coord
        .post(
            &format!("/groups/{g}/tasks/{first}/comments"),
            &[("comment", "Noted."), ("lang", "en")],
        )
        .await
        .expect(303);

    // Another member may not, and is not offered to.
    let page = cleo.get(&format!("/groups/{g}/tasks/{first}")).await;
    page.expect(200);
    assert!(!page.contains(&format!("/tasks/{first}/delete\"")));
    let page = cleo.get(&format!("/groups/{g}/tasks/{first}/delete")).await;
    page.expect(403);
    assert_eq!(page.error_code(), "task_not_yours");
    cleo.post(&format!("/groups/{g}/tasks/{first}/delete"), &[])
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 2);

    // The creator may, after confirming; the comments go with the task.
    let page = t.member.get(&format!("/groups/{g}/tasks/{first}")).await;
    assert!(page.contains(&format!("/tasks/{first}/delete\"")));
    let confirm = t
        .member
        .get(&format!("/groups/{g}/tasks/{first}/delete"))
        .await;
    confirm.expect(200);
    assert!(confirm.shows("Bea's first task"));
    let done = t
        .member
        .post(&format!("/groups/{g}/tasks/{first}/delete"), &[])
        .await;
    done.expect(303);
    assert_eq!(done.location(), format!("/groups/{g}/tasks"));
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM wg_tasks WHERE id = {first}"))
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_task_comments").await, 0);
    t.member
        .get(&format!("/groups/{g}/tasks/{first}"))
        .await
        .expect(404);

    // A coordinator may delete anyone's.
    t.coord
        .post(&format!("/groups/{g}/tasks/{second}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_tasks").await, 0);
}

async fn the_board_filters_and_says_which_tasks_are_overdue(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let bea = t.member_id.to_string();
    let late = add_task(&t.coord, g, "Late report", &bea, &day(-3)).await;
    let soon = add_task(&t.coord, g, "Upcoming visit", "", &day(3)).await;
    let closed = add_task(&t.coord, g, "Old finished job", &bea, &day(-10)).await;
    move_task(&t.coord, g, closed, "done", 0).await.expect(303);
    let board = format!("/groups/{g}/tasks");

    // "Overdue" is written out on the open task past its date only.
    let page = t.member.get(&board).await;
    let overdue = en(&app, "wg-task-overdue");
    assert!(card(&page, late).contains(&overdue));
    assert!(!card(&page, soon).contains(&overdue));
    assert!(!card(&page, closed).contains(&overdue));

    let shown = |page: &Page| {
        [late, soon, closed]
            .into_iter()
            .filter(|id| page.contains(&format!("id=\"task-{id}\"")))
            .collect::<Vec<_>>()
    };
    let page = t.member.get(&format!("{board}?overdue=1")).await;
    page.expect(200);
    assert_eq!(shown(&page), vec![late]);
    let page = t.member.get(&format!("{board}?mine=1")).await;
    assert_eq!(shown(&page), vec![late, closed]);
    assert_eq!(page.selected("mine"), vec!["1".to_string()]);
    let page = t.coord.get(&format!("{board}?mine=1")).await;
    assert_eq!(shown(&page), Vec::<i64>::new());
    let page = t.coord.get(&format!("{board}?assignee=none")).await;
    assert_eq!(shown(&page), vec![soon]);
    let page = t.coord.get(&format!("{board}?assignee={bea}")).await;
    assert_eq!(shown(&page), vec![late, closed]);
    assert!(page.contains(&format!("<option value=\"{bea}\" selected>")));
    let page = t.coord.get(&format!("{board}?assignee=nonsense")).await;
    page.expect(200);
    assert_eq!(shown(&page).len(), 3);

    // Moving a card on a filtered board comes back to the same filters.
    let moved = t
        .member
        .post(
            &format!("/groups/{g}/tasks/{late}/move"),
            &[("status", "doing"), ("version", "0"), ("mine", "1")],
        )
        .await;
    moved.expect(303);
    assert_eq!(
        moved.location(),
        format!("/groups/{g}/tasks?mine=1#task-{late}")
    );
    assert_eq!(
        task_row(&app, late, "status").await.as_deref(),
        Some("doing")
    );
}
