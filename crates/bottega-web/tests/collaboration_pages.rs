//! A working group's shared pages over HTTP, on both engines: a page from its creation through
//! edits, its history, the changes between two revisions, an old revision read and restored;
//! two members saving the same revision, the second keeping their text and overwriting nothing;
//! bad input coming back kept and named; who may read and change pages (members, staff,
//! outsiders, a member who was removed); an archived group whose pages stay readable and
//! unchanged; addresses that name nothing giving 404 rather than an error.

use bottega_domain::SiteRole;

use bottega_web::testing::{html_unescape, Browser, Page, TestApp};

bottega_web::web_tests!(
    a_page_from_creation_through_edits_history_changes_and_restore,
    two_members_saving_the_same_revision_overwrite_nothing,
    bad_input_comes_back_with_the_input_kept_and_named,
    only_members_read_and_change_pages,
    a_removed_member_changes_nothing,
    an_archived_group_keeps_its_pages_readable_and_unchanged,
    addresses_that_name_nothing_are_not_found,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// A group with a coordinator (Ana) and a member (Ben), both signed in.
struct Team {
    group: i64,
    ana: Browser,
    ana_id: i64,
    ben: Browser,
    ben_id: i64,
}

async fn team(app: &TestApp) -> Team {
    let (ana, ana_id) = app
        .signed_in("ana@example.org", "Ana Coordinator", SiteRole::Member)
        .await;
    let (ben, ben_id) = app
        .signed_in("ben@example.org", "Ben Member", SiteRole::Member)
        .await;
    let group = app
        .create_group("Green skills", "open", ana_id, &[ben_id])
        .await;
    Team {
        group,
        ana,
        ana_id,
        ben,
        ben_id,
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

const FIRST: &str = "# Visits\n\nLine one\nLine two\nLine three";

/// Creates a page through the form; returns its id.
async fn create_page(b: &Browser, group: i64, title: &str, body: &str, note: &str) -> i64 {
    let page = b
        .post(
            &format!("/groups/{group}/pages"),
            &[
                ("title", title),
                ("body", body),
                ("lang", "en"),
                ("note", note),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(303);
    number_after(page.location(), &format!("/groups/{group}/pages/"))
}

/// Opens the edit form and saves from the revision it carries.
async fn edit(b: &Browser, group: i64, page: i64, title: &str, body: &str, note: &str) -> Page {
    let path = format!("/groups/{group}/pages/{page}/edit");
    let form = b.get(&path).await;
    form.expect(200);
    let revision = form.input_value("revision").expect("revision field");
    save(b, group, page, &revision, title, body, note).await
}

async fn save(
    b: &Browser,
    group: i64,
    page: i64,
    revision: &str,
    title: &str,
    body: &str,
    note: &str,
) -> Page {
    b.post(
        &format!("/groups/{group}/pages/{page}/edit"),
        &[
            ("title", title),
            ("body", body),
            ("lang", "en"),
            ("note", note),
            ("revision", revision),
            ("action", "save"),
        ],
    )
    .await
}

async fn revisions(app: &TestApp, page: i64) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM wg_page_revisions WHERE page_id = {page}"
    ))
    .await
}

async fn body_of(app: &TestApp, page: i64) -> String {
    app.opt_text(&format!("SELECT body_md FROM wg_pages WHERE id = {page}"))
        .await
        .expect("the page")
}

/// The rows of a difference as shown: ("add" | "del" | "same" | "skip", the line's text).
fn diff_rows(page: &Page) -> Vec<(String, String)> {
    let re = regex::Regex::new(r#"(?s)<tr class="wg-diff-(add|del|same|skip)">(.*?)</tr>"#)
        .expect("regex");
    let code = regex::Regex::new(r#"(?s)<code>(.*?)</code>"#).expect("regex");
    re.captures_iter(&page.body)
        .map(|c| {
            let text = code
                .captures(&c[2])
                .map(|t| html_unescape(&t[1]))
                .unwrap_or_default();
            (c[1].to_string(), text)
        })
        .collect()
}

async fn a_page_from_creation_through_edits_history_changes_and_restore(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;

    // An empty list offers a new page to members.
    let list = t.ana.get(&format!("/groups/{g}/pages")).await;
    list.expect(200);
    assert!(list.shows(&en(&app, "wg-page-list-none")));
    assert!(list.contains(&format!("href=\"/groups/{g}/pages/new\"")));
    t.ana
        .get(&format!("/groups/{g}/pages/new"))
        .await
        .expect(200);

    // Revision 1, stored in the page and in its history.
    let p = create_page(&t.ana, g, "Visit plan", FIRST, "First draft").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_pages WHERE id = {p} AND group_id = {g} AND revision = 1"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_page_revisions WHERE page_id = {p} AND revision = 1 \
             AND note = 'First draft' AND title = 'Visit plan'"
        ))
        .await,
        1
    );
    let page = t.ana.visit(&format!("/groups/{g}/pages/{p}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "flash-wg-page-created")));
    assert!(
        page.contains("<h3>Visits</h3>"),
        "rendered Markdown, headings below the title"
    );
    assert!(page.shows("Revision 1, by Ana Coordinator"));
    assert!(page.contains(&format!("href=\"/groups/{g}/pages/{p}/edit\"")));
    assert!(page.contains(&format!("href=\"/groups/{g}/pages/{p}/history\"")));

    // A preview renders without saving.
    let preview = t
        .ben
        .post(
            &format!("/groups/{g}/pages/{p}/edit"),
            &[
                ("title", "Visit plan"),
                ("body", "A **bold** plan"),
                ("lang", "en"),
                ("revision", "1"),
                ("action", "preview"),
            ],
        )
        .await;
    preview.expect(200);
    assert!(preview.shows(&en(&app, "wg-page-preview-heading")));
    assert!(preview.contains("<strong>bold</strong>"));
    assert_eq!(
        preview.textarea_value("body").as_deref(),
        Some("A **bold** plan")
    );
    assert_eq!(revisions(&app, p).await, 1);

    // Two edits by two people, the second changing the title.
    let second = "# Visits\n\nLine one\nLine 2 revised\nLine three";
    edit(&t.ben, g, p, "Visit plan", second, "Reworded")
        .await
        .expect(303);
    let third = "# Visits\n\nLine one\nLine 2 revised\nLine three\nLine four";
    let saved = edit(&t.ana, g, p, "Visit plan 2027", third, "").await;
    saved.expect(303);
    assert_eq!(revisions(&app, p).await, 3);
    assert_eq!(body_of(&app, p).await, third);
    let page = t.ana.visit(saved.location()).await;
    assert!(page.shows(&en(&app, "flash-wg-page-saved")));
    assert!(page.shows("Revision 3, by Ana Coordinator"));

    // Saving without a change makes no revision, and says so.
    let same = edit(&t.ana, g, p, "Visit plan 2027", third, "nothing").await;
    same.expect(303);
    assert_eq!(revisions(&app, p).await, 3);
    let page = t.ana.visit(same.location()).await;
    assert!(page.shows(&en(&app, "flash-wg-page-unchanged")));

    // The list: the page with its revision and last editor.
    let list = t.ben.get(&format!("/groups/{g}/pages")).await;
    list.expect(200);
    assert!(list.contains("Visit plan 2027"));
    assert!(list.contains("Ana Coordinator"));

    // The history lists the three revisions with their authors and notes, and compares.
    let history = t.ben.get(&format!("/groups/{g}/pages/{p}/history")).await;
    history.expect(200);
    for n in 1..=3 {
        assert!(history.contains(&format!("href=\"/groups/{g}/pages/{p}/revisions/{n}\"")));
    }
    assert!(!history.contains(&format!("/groups/{g}/pages/{p}/revisions/4\"")));
    assert_eq!(history.body.matches("name=\"from\"").count(), 3);
    assert_eq!(history.body.matches("name=\"to\"").count(), 3);
    assert_eq!(history.selected("from"), vec!["2".to_string()]);
    assert_eq!(history.selected("to"), vec!["3".to_string()]);
    assert!(history.contains("First draft") && history.contains("Reworded"));
    assert!(history.contains("Ben Member") && history.contains("Ana Coordinator"));

    // Revision 1 against revision 3: the removed and added lines, the title change, each
    // marked in words.
    let diff = t
        .ben
        .get(&format!("/groups/{g}/pages/{p}/diff?from=1&to=3"))
        .await;
    diff.expect(200);
    let rows = diff_rows(&diff);
    assert!(
        rows.contains(&("del".into(), "Line two".into())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("add".into(), "Line 2 revised".into())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("add".into(), "Line four".into())),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("same".into(), "Line one".into())),
        "{rows:?}"
    );
    assert!(!rows.iter().any(|(k, t)| k != "same" && t == "Line one"));
    assert_eq!(
        diff.body.matches(&en(&app, "wg-page-diff-added")).count(),
        // Two added lines and the new title.
        3
    );
    assert!(diff.contains("<del>") && diff.contains("<ins>"));
    assert!(diff.contains("Visit plan</del>") && diff.contains("Visit plan 2027</ins>"));

    // An old revision reads as it was, with a way back to the present.
    let old = t
        .ben
        .get(&format!("/groups/{g}/pages/{p}/revisions/1"))
        .await;
    old.expect(200);
    // Revision 1's text, which the current page no longer has.
    assert!(old.contains("Line two") && old.contains("<h3>Visits</h3>"));
    assert!(old.shows(&app.localizer("en").t1("wg-page-old-notice", "current", 3)));
    assert!(old.contains(&format!("/groups/{g}/pages/{p}/revisions/1/restore")));

    // Restoring revision 1 makes revision 4 with its text.
    let restored = t
        .ben
        .post(
            &format!("/groups/{g}/pages/{p}/revisions/1/restore"),
            &[("revision", "3")],
        )
        .await;
    restored.expect(303);
    assert_eq!(revisions(&app, p).await, 4);
    assert_eq!(body_of(&app, p).await, FIRST);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM wg_pages WHERE id = {p}"))
            .await
            .as_deref(),
        Some("Visit plan")
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT restored_from FROM wg_page_revisions WHERE page_id = {p} AND revision = 4"
        ))
        .await,
        Some(1)
    );
    let page = t.ben.visit(restored.location()).await;
    assert!(page.shows(&en(&app, "flash-wg-page-restored")));
    assert!(page.contains("Line two"));
    let history = t.ana.get(&format!("/groups/{g}/pages/{p}/history")).await;
    assert!(history.shows(
        &app.localizer("en")
            .t1("wg-page-restored-note", "revision", 1)
    ));

    // Restoring from a stale view changes nothing.
    let stale = t
        .ana
        .post(
            &format!("/groups/{g}/pages/{p}/revisions/2/restore"),
            &[("revision", "3")],
        )
        .await;
    stale.expect(409);
    assert!(stale.shows(
        &app.localizer("en")
            .t1("wg-page-restore-conflict", "revision", 4)
    ));
    assert_eq!(revisions(&app, p).await, 4);
    assert_eq!(body_of(&app, p).await, FIRST);
}

async fn two_members_saving_the_same_revision_overwrite_nothing(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let p = create_page(&t.ana, g, "Agenda", "Start\nMiddle\nEnd", "").await;

    // Both open the form at revision 1.
    let path = format!("/groups/{g}/pages/{p}/edit");
    for b in [&t.ana, &t.ben] {
        let form = b.get(&path).await;
        form.expect(200);
        assert_eq!(form.input_value("revision").as_deref(), Some("1"));
    }
    let anas = "Start\nMiddle\nAna's new ending";
    save(&t.ana, g, p, "1", "Agenda", anas, "")
        .await
        .expect(303);

    let bens = "Start\nBen's middle\nEnd";
    let clash = save(&t.ben, g, p, "1", "Agenda", bens, "my note").await;
    clash.expect(409);
    // Ben's text is kept, Ana's version is shown, and what she changed since revision 1.
    assert_eq!(clash.textarea_value("body").as_deref(), Some(bens));
    assert_eq!(clash.input_value("note").as_deref(), Some("my note"));
    assert_eq!(
        clash.field_error("body").as_deref(),
        Some(en(&app, "wg-page-error-stale").as_str())
    );
    assert!(clash.shows(&en(&app, "wg-page-conflict-heading")));
    assert!(clash.shows("Ana's new ending"), "Ana's version shown");
    let rows = diff_rows(&clash);
    assert!(rows.contains(&("del".into(), "End".into())), "{rows:?}");
    assert!(
        rows.contains(&("add".into(), "Ana's new ending".into())),
        "{rows:?}"
    );
    // The next save is based on the version shown.
    assert_eq!(clash.input_value("revision").as_deref(), Some("2"));

    // Exactly one new revision: Ana's.
    assert_eq!(revisions(&app, p).await, 2);
    assert_eq!(body_of(&app, p).await, anas);

    // A base that is not a number is treated like a stale one.
    let garbled = save(&t.ben, g, p, "two", "Agenda", bens, "").await;
    garbled.expect(409);
    assert_eq!(garbled.textarea_value("body").as_deref(), Some(bens));
    assert!(garbled.field_error("body").is_some());
    assert_eq!(revisions(&app, p).await, 2);

    // Saving deliberately from the version seen replaces it, as revision 3.
    save(&t.ben, g, p, "2", "Agenda", bens, "merged")
        .await
        .expect(303);
    assert_eq!(revisions(&app, p).await, 3);
    assert_eq!(body_of(&app, p).await, bens);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_page_revisions WHERE page_id = {p} AND revision = 3 \
             AND author_id = {} AND note = 'merged'",
            t.ben_id
        ))
        .await,
        1
    );

    // Two saves from revision 3 at the same moment: one wins, the other is told, and only one
    // revision is made.
    let (a, b) = tokio::join!(
        save(&t.ana, g, p, "3", "Agenda", "Ana at the same moment", ""),
        save(&t.ben, g, p, "3", "Agenda", "Ben at the same moment", ""),
    );
    let mut statuses = vec![a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, vec![303, 409]);
    assert_eq!(revisions(&app, p).await, 4);
    let loser = if a.status.as_u16() == 409 { &a } else { &b };
    let winner_text = body_of(&app, p).await;
    assert_ne!(loser.textarea_value("body"), Some(winner_text.clone()));
    assert!(loser.shows(&winner_text));
}

async fn bad_input_comes_back_with_the_input_kept_and_named(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let new = format!("/groups/{g}/pages");

    let page = t
        .ana
        .post(
            &new,
            &[
                ("title", "  "),
                ("body", "Kept text"),
                ("lang", "en"),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("title").as_deref(),
        Some(en(&app, "form-error-required").as_str())
    );
    assert_eq!(page.textarea_value("body").as_deref(), Some("Kept text"));

    let long_title = "T".repeat(151);
    let long_note = "N".repeat(201);
    let page = t
        .ana
        .post(
            &new,
            &[
                ("title", &long_title),
                ("body", ""),
                ("lang", "xx"),
                ("note", &long_note),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title", "lang", "body", "note"]);
    assert_eq!(
        page.input_value("title").as_deref(),
        Some(long_title.as_str())
    );
    assert_eq!(
        page.input_value("note").as_deref(),
        Some(long_note.as_str())
    );

    let long_body = "b".repeat(100_001);
    let page = t
        .ana
        .post(
            &new,
            &[
                ("title", "Long"),
                ("body", &long_body),
                ("lang", "de"),
                ("action", "save"),
            ],
        )
        .await;
    page.expect(422);
    assert!(page.field_error("body").is_some());
    assert_eq!(page.selected("lang"), vec!["de".to_string()]);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_pages WHERE group_id = {g}"
        ))
        .await,
        0
    );

    // An edit with a problem keeps the text and the revision it started from.
    let p = create_page(&t.ana, g, "Budget", "Some figures", "").await;
    let page = save(&t.ben, g, p, "1", "Budget, revised", "", "").await;
    page.expect(422);
    assert!(page.field_error("body").is_some());
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Budget, revised")
    );
    assert_eq!(page.input_value("revision").as_deref(), Some("1"));
    assert_eq!(revisions(&app, p).await, 1);
    assert_eq!(body_of(&app, p).await, "Some figures");
}

async fn only_members_read_and_change_pages(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let p = create_page(&t.ana, g, "Notes", "Members only", "").await;
    let (out, _) = app
        .signed_in("olga@example.org", "Olga Outsider", SiteRole::Member)
        .await;

    for path in [
        format!("/groups/{g}/pages"),
        format!("/groups/{g}/pages/{p}"),
        format!("/groups/{g}/pages/{p}/history"),
        format!("/groups/{g}/pages/{p}/diff?from=1&to=1"),
        format!("/groups/{g}/pages/{p}/revisions/1"),
        format!("/groups/{g}/pages/{p}/edit"),
        format!("/groups/{g}/pages/new"),
    ] {
        let page = out.get(&path).await;
        page.expect(403);
        assert_eq!(page.error_code(), "group_members_only", "{path}");
        assert!(!page.contains("Members only"), "{path}");
    }
    let page = out
        .post(
            &format!("/groups/{g}/pages"),
            &[("title", "Intruder"), ("body", "x"), ("lang", "en")],
        )
        .await;
    page.expect(403);
    let page = save(&out, g, p, "1", "Notes", "Overwritten", "").await;
    page.expect(403);
    out.post(
        &format!("/groups/{g}/pages/{p}/revisions/1/restore"),
        &[("revision", "1")],
    )
    .await
    .expect(403);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_pages WHERE group_id = {g}"
        ))
        .await,
        1
    );
    assert_eq!(revisions(&app, p).await, 1);
    assert_eq!(body_of(&app, p).await, "Members only");

    // Someone not signed in is sent to sign in.
    let anon = app.browser();
    let page = anon.get(&format!("/groups/{g}/pages/{p}")).await;
    assert_ne!(page.status.as_u16(), 200);
    assert!(!page.contains("Members only"));

    // Site staff read, without an edit link, and change nothing.
    let (modr, _) = app
        .signed_in("mo@example.org", "Mo Moderator", SiteRole::Moderator)
        .await;
    let page = modr.get(&format!("/groups/{g}/pages/{p}")).await;
    page.expect(200);
    assert!(page.contains("Members only"));
    assert!(!page.contains(&format!("/groups/{g}/pages/{p}/edit")));
    save(&modr, g, p, "1", "Notes", "Moderated", "")
        .await
        .expect(403);
    assert_eq!(body_of(&app, p).await, "Members only");
}

async fn a_removed_member_changes_nothing(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let p = create_page(&t.ana, g, "Plan", "Original", "").await;
    let form = t.ben.get(&format!("/groups/{g}/pages/{p}/edit")).await;
    form.expect(200);

    app.exec(&format!(
        "DELETE FROM wg_members WHERE group_id = {g} AND user_id = {}",
        t.ben_id
    ))
    .await;
    let page = save(&t.ben, g, p, "1", "Plan", "Changed by Ben", "").await;
    page.expect(403);
    assert_eq!(page.error_code(), "group_members_only");
    t.ben
        .get(&format!("/groups/{g}/pages/{p}/edit"))
        .await
        .expect(403);
    t.ben
        .post(
            &format!("/groups/{g}/pages"),
            &[("title", "New"), ("body", "x"), ("lang", "en")],
        )
        .await
        .expect(403);
    assert_eq!(revisions(&app, p).await, 1);
    assert_eq!(body_of(&app, p).await, "Original");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_pages WHERE group_id = {g}"
        ))
        .await,
        1
    );
}

async fn an_archived_group_keeps_its_pages_readable_and_unchanged(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let p = create_page(&t.ana, g, "Outcome draft", "What we learnt", "").await;
    edit(&t.ben, g, p, "Outcome draft", "What we learnt together", "")
        .await
        .expect(303);
    app.exec(&format!(
        "UPDATE wg_groups SET status = 'archived' WHERE id = {g}"
    ))
    .await;

    let page = t.ben.get(&format!("/groups/{g}/pages/{p}")).await;
    page.expect(200);
    assert!(page.contains("What we learnt together"));
    assert!(!page.contains(&format!("/groups/{g}/pages/{p}/edit")));
    let list = t.ben.get(&format!("/groups/{g}/pages")).await;
    list.expect(200);
    assert!(!list.contains(&format!("/groups/{g}/pages/new")));
    t.ben
        .get(&format!("/groups/{g}/pages/{p}/history"))
        .await
        .expect(200);
    t.ben
        .get(&format!("/groups/{g}/pages/{p}/diff?from=1&to=2"))
        .await
        .expect(200);
    let old = t
        .ben
        .get(&format!("/groups/{g}/pages/{p}/revisions/1"))
        .await;
    old.expect(200);
    assert!(!old.contains("/restore"));

    let page = t.ben.get(&format!("/groups/{g}/pages/{p}/edit")).await;
    page.expect(409);
    assert_eq!(page.error_code(), "group_archived");
    let page = save(&t.ben, g, p, "2", "Outcome draft", "Rewritten", "").await;
    page.expect(409);
    assert_eq!(page.error_code(), "group_archived");
    t.ana
        .post(
            &format!("/groups/{g}/pages"),
            &[("title", "Late"), ("body", "x"), ("lang", "en")],
        )
        .await
        .expect(409);
    t.ana
        .post(
            &format!("/groups/{g}/pages/{p}/revisions/1/restore"),
            &[("revision", "2")],
        )
        .await
        .expect(409);
    assert_eq!(revisions(&app, p).await, 2);
    assert_eq!(body_of(&app, p).await, "What we learnt together");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_pages WHERE group_id = {g}"
        ))
        .await,
        1
    );
}

async fn addresses_that_name_nothing_are_not_found(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let p = create_page(&t.ana, g, "Plan", "One", "").await;
    edit(&t.ana, g, p, "Plan", "Two", "").await.expect(303);
    // Another group Ana is in.
    let cleo = app
        .create_user("cleo@example.org", "Cleo Coordinator", SiteRole::Member)
        .await;
    let other = app
        .create_group("Digital skills", "open", cleo, &[t.ana_id])
        .await;
    t.ana
        .get(&format!("/groups/{other}/pages"))
        .await
        .expect(200);

    for path in [
        format!("/groups/{other}/pages/{p}"),
        format!("/groups/{other}/pages/{p}/edit"),
        format!("/groups/{other}/pages/{p}/history"),
        format!("/groups/{other}/pages/{p}/diff?from=1&to=2"),
        format!("/groups/{other}/pages/{p}/revisions/1"),
        format!("/groups/{g}/pages/999999"),
        format!("/groups/{g}/pages/abc"),
        format!("/groups/{g}/pages/{p}/revisions/3"),
        format!("/groups/{g}/pages/{p}/revisions/0"),
        format!("/groups/{g}/pages/{p}/revisions/x"),
        format!("/groups/{g}/pages/{p}/diff?from=x&to=2"),
        format!("/groups/{g}/pages/{p}/diff?from=1&to=9"),
        format!("/groups/{g}/pages/{p}/diff?from=0&to=2"),
        format!("/groups/{g}/pages/{p}/diff?from=-1&to=2"),
        format!("/groups/{g}/pages/{p}/diff?from=1&to=99999999999999999999"),
        "/groups/999999/pages".to_string(),
    ] {
        let page = t.ana.get(&path).await;
        assert_eq!(page.status.as_u16(), 404, "{path}: {}", page.error_code());
    }
    // The same revision twice is explained, not an error.
    let same = t
        .ana
        .get(&format!("/groups/{g}/pages/{p}/diff?from=2&to=2"))
        .await;
    same.expect(422);
    assert!(same.shows(&en(&app, "wg-page-diff-same-revision")));
    // Without parameters: the latest change.
    let latest = t.ana.get(&format!("/groups/{g}/pages/{p}/diff")).await;
    latest.expect(200);
    let rows = diff_rows(&latest);
    assert_eq!(
        rows,
        vec![("del".into(), "One".into()), ("add".into(), "Two".into())]
    );
    // Restoring into another group's address changes nothing.
    t.ana
        .post(
            &format!("/groups/{other}/pages/{p}/revisions/1/restore"),
            &[("revision", "2")],
        )
        .await
        .expect(404);
    assert_eq!(revisions(&app, p).await, 2);
}
