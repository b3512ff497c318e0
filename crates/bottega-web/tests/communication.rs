//! The Communication section over HTTP, on both engines: discussions (starting, replying,
//! positions and paging, quotes, Markdown made safe, mentions, edits with history, soft deletion,
//! likes, follows, unread markers, language filters), mutual help (questions, answers, votes,
//! accepted solutions, similar questions), who may see a private or members-only community,
//! locked and deleted threads, moderation and its audit trail, notifications and their emails
//! (with one-click unsubscribe), the posting allowance of new accounts, and bad input of every
//! kind.

use std::time::Duration;

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};

use bottega_storage::communication::posts::{self, NewPost};
use bottega_web::testing::{html_escape, Browser, Page, TestApp};

bottega_web::web_tests!(
    discussions_are_started_listed_and_replied_to,
    thread_pages_keep_their_positions_as_posts_arrive,
    quoting_prefills_the_reply_with_the_quoted_text,
    markdown_is_rendered_and_made_safe,
    mentions_notify_and_link_and_unknown_handles_are_named,
    edits_keep_history_and_only_authors_or_moderators_change_posts,
    likes_count_once_never_for_own_posts_and_can_be_withdrawn,
    followers_hear_of_replies_and_others_do_not,
    a_new_post_queues_one_job_that_notifies_each_person_once,
    unread_markers_count_posts_since_the_last_read,
    language_filters_and_the_language_of_each_post,
    questions_go_from_unanswered_to_unsolved_to_solved,
    similar_questions_are_suggested_with_and_without_javascript,
    a_private_community_is_invisible_to_outsiders_everywhere,
    a_members_only_community_is_hidden_from_anonymous_readers,
    locked_and_deleted_threads_refuse_replies,
    reports_reach_the_queue_and_every_moderation_action_is_audited,
    notifications_are_counted_opened_and_marked_read,
    email_choice_and_one_click_unsubscribe,
    new_accounts_are_limited_to_ten_posts_an_hour,
    an_allowance_of_zero_is_none,
    bad_input_is_named_kept_and_never_a_server_error,
);

// ---- Helpers -------------------------------------------------------------------------------

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// Creates a community straight in the database; returns its id and address.
async fn community(
    app: &TestApp,
    name: &str,
    visibility: &str,
    org: Option<i64>,
    creator: i64,
) -> (i64, String) {
    app.create_community(name, visibility, org, creator).await
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

/// Every number that follows `prefix` in `text`, in order.
fn numbers_after(text: &str, prefix: &str) -> Vec<i64> {
    text.split(prefix)
        .skip(1)
        .filter_map(|s| {
            s.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .collect()
}

/// The threads a list page shows, in order.
fn listed(page: &Page) -> Vec<i64> {
    numbers_after(&page.body, "<h3><a href=\"/t/")
}

/// The positions of the posts a thread page shows, in order.
fn positions(page: &Page) -> Vec<i64> {
    numbers_after(&page.body, "<span id=\"p")
}

/// The posts a thread page shows, in order.
fn post_ids(page: &Page) -> Vec<i64> {
    numbers_after(&page.body, "\" id=\"post-")
}

/// The HTML of one post on a thread page.
fn post_html(page: &Page, post: i64) -> String {
    let marker = format!(" id=\"post-{post}\"");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("post {post} is not on the page:\n{}", page.body));
    let rest = &page.body[start..];
    rest[..rest.find("</li>").unwrap_or(rest.len())].to_string()
}

/// Starts a thread through the form; returns its id.
async fn start(b: &Browser, slug: &str, kind: &str, title: &str, body: &str, lang: &str) -> i64 {
    let page = b
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", kind),
                ("title", title),
                ("body", body),
                ("lang", lang),
            ],
        )
        .await;
    page.expect(303);
    assert!(page.location().starts_with("/t/"), "{}", page.location());
    number_after(page.location(), "/t/")
}

/// Replies through the form; returns the new post's id.
async fn reply(b: &Browser, thread: i64, body: &str) -> i64 {
    let page = b
        .post(
            &format!("/t/{thread}/reply"),
            &[("body", body), ("lang", "en")],
        )
        .await;
    page.expect(303);
    number_after(page.location(), "#post-")
}

async fn opening_post(app: &TestApp, thread: i64) -> i64 {
    app.count(&format!(
        "SELECT id FROM posts WHERE thread_id = {thread} AND position = 1"
    ))
    .await
}

/// Adds replies straight in the database (fast, and beyond the posting allowance).
async fn add_replies(
    app: &TestApp,
    thread: i64,
    author: i64,
    count: usize,
    label: &str,
) -> Vec<i64> {
    let mut tx = app.db.db.begin().await.expect("begin");
    let mut ids = Vec::new();
    for i in 0..count {
        let md = format!("{label} {i}");
        let html = format!("<p>{md}</p>");
        let (id, _) = posts::reply(
            &mut tx,
            &NewPost {
                thread_id: thread,
                author_id: author,
                body_md: &md,
                body_html: &html,
                lang: Language::En,
                lang_detected: false,
            },
        )
        .await
        .expect("reply");
        ids.push(id);
    }
    tx.commit().await.expect("commit");
    ids
}

async fn handle_of(app: &TestApp, user: i64) -> String {
    app.opt_text(&format!("SELECT handle FROM users WHERE id = {user}"))
        .await
        .expect("a handle")
}

async fn notifications_of(app: &TestApp, user: i64, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT COUNT(*) FROM notifications WHERE user_id = {user} AND kind = '{kind}'"
    ))
    .await
}

/// Waits (up to 15 s) until the job worker has made the notifications of every new post and
/// run every queued notification email.
async fn notification_jobs_done(app: &TestApp) {
    app.settle().await;
    for _ in 0..150 {
        let waiting = app
            .count("SELECT COUNT(*) FROM jobs WHERE kind = 'notify-email' AND status <> 'done'")
            .await;
        if waiting == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("notification emails still queued after 15 s");
}

/// Asserts a refusal: its status, stable code, and the message the page explains it with.
#[track_caller]
fn refused(app: &TestApp, page: &Page, status: u16, code: &str, message: &str) {
    page.expect(status);
    assert_eq!(page.error_code(), code, "{}", page.body);
    let text = en(app, message);
    assert!(page.shows(&text), "no {text:?} on the page:\n{}", page.body);
}

// ---- Discussions ---------------------------------------------------------------------------

async fn discussions_are_started_listed_and_replied_to(app: TestApp) {
    let (alice, _) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (k, slug) = community(&app, "Teaching crafts", "public", None, bob_id).await;

    // The form to start one.
    let form = alice.get(&format!("/c/{slug}/new")).await;
    form.expect(200);
    assert_eq!(form.input_value("kind").as_deref(), Some("discussion"));
    assert!(form.shows(&en(&app, "comm-start-button")));

    let t = start(
        &alice,
        &slug,
        "discussion",
        "Tablets on the workshop floor",
        "How do your apprentices use tablets in the workshop?",
        "en",
    )
    .await;
    let page = alice.get(&format!("/t/{t}")).await;
    page.expect(200);
    assert!(page.contains("<h1>Tablets on the workshop floor</h1>"));
    assert!(page.contains("How do your apprentices use tablets in the workshop?"));
    assert!(page.shows(&en(&app, "flash-thread-created")));
    assert_eq!(positions(&page), vec![1]);

    // Listed in its community and on the section's front page, for members and anonymous alike.
    for b in [&bob, &app.browser()] {
        let list = b.get(&format!("/c/{slug}")).await;
        list.expect(200);
        assert_eq!(listed(&list), vec![t]);
        let front = b.get("/communication").await;
        front.expect(200);
        assert!(front.contains(&format!("<a href=\"/c/{slug}\">Teaching crafts</a>")));
        assert_eq!(listed(&front), vec![t]);
    }

    // A reply goes to its place, and the lists count it.
    let page = bob
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "We use them for the logbook."), ("lang", "en")],
        )
        .await;
    page.expect(303);
    let p2 = number_after(page.location(), "#post-");
    assert_eq!(page.location(), format!("/t/{t}?page=1#post-{p2}"));
    let page = bob.get(&format!("/t/{t}")).await;
    assert_eq!(positions(&page), vec![1, 2]);
    assert_eq!(post_ids(&page)[1], p2);
    assert!(post_html(&page, p2).contains("We use them for the logbook."));
    assert!(page.shows(&en(&app, "flash-reply-posted")));
    let list = alice.get(&format!("/c/{slug}")).await;
    assert!(list.shows(&app.localizer("en").t1("comm-replies", "count", 1)));
    assert_eq!(
        app.count(&format!(
            "SELECT thread_count * 100 + post_count FROM communities WHERE id = {k}"
        ))
        .await,
        102
    );

    // Anonymous readers read a public thread but are asked to sign in to take part.
    let anon = app.browser().get(&format!("/t/{t}")).await;
    anon.expect(200);
    assert!(anon.contains("We use them for the logbook."));
    assert!(!anon.contains(&format!("action=\"/t/{t}/reply\"")));
    assert!(anon.contains(&format!("href=\"/login?next=/t/{t}\"")));
    let anon_form = app.browser().get(&format!("/c/{slug}/new")).await;
    anon_form.expect(303);
    assert!(anon_form.location().starts_with("/login"));
}

async fn thread_pages_keep_their_positions_as_posts_arrive(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let bob_id = app
        .create_user("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(
        &alice,
        &slug,
        "discussion",
        "A long discussion",
        "Let us count.",
        "en",
    )
    .await;
    let replies = add_replies(&app, t, bob_id, 44, "Reply number").await;
    assert_eq!(
        app.count(&format!("SELECT post_seq FROM threads WHERE id = {t}"))
            .await,
        45
    );

    let page1 = alice.get(&format!("/t/{t}")).await;
    assert_eq!(positions(&page1), (1..=20).collect::<Vec<_>>());
    let page2 = alice.get(&format!("/t/{t}?page=2")).await;
    page2.expect(200);
    assert_eq!(positions(&page2), (21..=40).collect::<Vec<_>>());
    let ids2 = post_ids(&page2);
    // Position n is reply n-1 (position 1 is the opening post).
    assert_eq!(ids2, replies[19..39].to_vec());
    assert!(page2.contains("Reply number 19"));
    assert!(!page2.contains("Reply number 39<"));
    assert!(page2.contains("rel=\"prev\" href=\"?page=1\""));
    assert!(page2.contains("rel=\"next\" href=\"?page=3\""));
    let page3 = alice.get(&format!("/t/{t}?page=3")).await;
    assert_eq!(positions(&page3), (41..=45).collect::<Vec<_>>());

    // New posts arrive: page 2 shows the very same posts.
    let later = add_replies(&app, t, bob_id, 5, "Later reply").await;
    let again = alice.get(&format!("/t/{t}?page=2")).await;
    assert_eq!(positions(&again), (21..=40).collect::<Vec<_>>());
    assert_eq!(post_ids(&again), ids2);
    let page3 = alice.get(&format!("/t/{t}?page=3")).await;
    assert_eq!(positions(&page3), (41..=50).collect::<Vec<_>>());
    assert_eq!(post_ids(&page3)[5..].to_vec(), later);

    // Pages out of range show the nearest page.
    assert_eq!(
        positions(&alice.get(&format!("/t/{t}?page=99")).await),
        (41..=50).collect::<Vec<_>>()
    );
    assert_eq!(
        positions(&alice.get(&format!("/t/{t}?page=0")).await),
        (1..=20).collect::<Vec<_>>()
    );
    assert_eq!(
        positions(&alice.get(&format!("/t/{t}?page=-3")).await),
        (1..=20).collect::<Vec<_>>()
    );

    // A reply through the form lands at position 51, on page 3.
    let page = alice
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "The last word."), ("lang", "en")],
        )
        .await;
    page.expect(303);
    let p = number_after(page.location(), "#post-");
    assert_eq!(page.location(), format!("/t/{t}?page=3#post-{p}"));
    assert_eq!(
        app.count(&format!("SELECT position FROM posts WHERE id = {p}"))
            .await,
        51
    );
}

async fn quoting_prefills_the_reply_with_the_quoted_text(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(
        &alice,
        &slug,
        "discussion",
        "Quotes",
        "First line of the idea.\n\nSecond paragraph.",
        "en",
    )
    .await;
    let other = start(
        &alice,
        &slug,
        "discussion",
        "Elsewhere",
        "Other text.",
        "en",
    )
    .await;
    let p1 = opening_post(&app, t).await;
    let elsewhere = opening_post(&app, other).await;
    let alice_handle = handle_of(&app, alice_id).await;

    let page = bob.get(&format!("/t/{t}?quote={p1}")).await;
    page.expect(200);
    let prefilled = page.form(&format!("/t/{t}/reply")).textarea_value("body");
    assert_eq!(
        prefilled.as_deref(),
        Some(
            format!("> @{alice_handle}:\n> First line of the idea.\n>\n> Second paragraph.\n\n")
                .as_str()
        )
    );

    // A post of another thread is not quoted here.
    let page = bob.get(&format!("/t/{t}?quote={elsewhere}")).await;
    page.expect(200);
    assert_eq!(
        page.form(&format!("/t/{t}/reply"))
            .textarea_value("body")
            .as_deref(),
        Some("")
    );

    // Posting the quote shows it as a quotation.
    let text = format!("{}I agree.", prefilled.unwrap_or_default());
    let p2 = reply(&bob, t, &text).await;
    let page = bob.get(&format!("/t/{t}")).await;
    let html = post_html(&page, p2);
    assert!(html.contains("<blockquote>"), "{html}");
    assert!(html.contains("First line of the idea."), "{html}");
    assert!(html.contains("<p>I agree.</p>"), "{html}");
}

/// The tags named `tag` in `html` (from `<tag` to its `>`).
fn tags<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(&open) {
        let start = from + i;
        let end = html[start..]
            .find('>')
            .map(|e| start + e + 1)
            .unwrap_or(html.len());
        out.push(&html[start..end]);
        from = end;
    }
    out
}

async fn markdown_is_rendered_and_made_safe(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let body = "Some **bold** advice.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n\
                <img src=x onerror=alert(1)>\n\n[our school](https://school.example/about)";
    let t = start(&alice, &slug, "discussion", "Safe <b>text</b>", body, "en").await;
    let p = opening_post(&app, t).await;
    for b in [&alice, &app.browser()] {
        let page = b.get(&format!("/t/{t}")).await;
        page.expect(200);
        let html = post_html(&page, p);
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(!page.contains("<script>alert"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!page.body.to_lowercase().contains("javascript:"), "{html}");
        for img in tags(&page.body, "img") {
            assert!(!img.to_lowercase().contains("onerror"), "{img}");
        }
        // Every link written in the text (not the author's name above it) is marked.
        let text = &html[html.find("<div class=\"post-body\"").expect("the text")..];
        let text = &text[..text.find("</div>").expect("the end of the text")];
        let links = tags(text, "a");
        assert_eq!(links.len(), 2, "{text}");
        for a in links {
            assert!(a.contains("rel=\"nofollow ugc noopener\""), "{a}");
        }
        assert!(html.contains(
            "<a href=\"https://school.example/about\" rel=\"nofollow ugc noopener\">our school</a>"
        ));
        // The title is text, never markup.
        assert!(page.contains("<h1>Safe &#60;b&#62;text&#60;/b&#62;</h1>"));
    }
    // The history page shows the same safe HTML.
    let history = alice.get(&format!("/posts/{p}/history")).await;
    history.expect(200);
    assert!(!history.contains("<script>alert"));
    assert!(history.contains("<strong>bold</strong>"));
}

async fn mentions_notify_and_link_and_unknown_handles_are_named(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (giulia, giulia_id) = app
        .signed_in("giulia@example.org", "Giulia Rossi", SiteRole::Member)
        .await;
    let carol_id = app
        .create_user("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let handle = handle_of(&app, giulia_id).await;
    assert_eq!(handle, "giulia-rossi");

    let t = start(
        &alice,
        &slug,
        "discussion",
        "Mentors for bakers",
        &format!("What do you think, @{handle}?"),
        "en",
    )
    .await;
    let p = opening_post(&app, t).await;
    let page = alice.get(&format!("/t/{t}")).await;
    assert!(post_html(&page, p).contains(&format!(
        "<a href=\"/people/{giulia_id}\" rel=\"nofollow ugc noopener\">@{handle}</a>"
    )));

    // Giulia is told, in the list and by email (she gets each one, the default).
    app.settle().await;
    assert_eq!(notifications_of(&app, giulia_id, "mention").await, 1);
    assert_eq!(notifications_of(&app, carol_id, "mention").await, 0);
    let list = giulia.get("/notifications").await;
    list.expect(200);
    let text = app.localizer("en").t2(
        "notification-mention",
        "actor",
        "Alice Bianchi",
        "thread",
        "Mentors for bakers",
    );
    assert!(list.shows(&text), "{}", list.body);
    let email = app.wait_for_email("giulia@example.org", 1).await;
    assert_eq!(
        email.subject,
        app.localizer("en")
            .t1("email-notification-subject", "thread", "Mentors for bakers")
    );
    assert!(email.body.contains(&text), "{}", email.body);
    assert!(
        email.body.contains(&format!("/t/{t}?page=1#post-{p}")),
        "{}",
        email.body
    );
    assert!(app.emails_to("alice@example.org").is_empty());

    // An unknown handle: the form comes back with the text kept and the handle named.
    let typed = "Thanks @nobody-here-xyz and @giulia-rossi for the ideas.";
    let page = alice
        .post(&format!("/t/{t}/reply"), &[("body", typed), ("lang", "en")])
        .await;
    page.expect(422);
    let form = page.form(&format!("/t/{t}/reply"));
    assert_eq!(form.textarea_value("body").as_deref(), Some(typed));
    let problem = app
        .localizer("en")
        .t1("comm-mention-unknown", "handles", "@nobody-here-xyz");
    assert_eq!(page.field_error("body").as_deref(), Some(problem.as_str()));
    assert!(problem.contains("@nobody-here-xyz"));
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
            .await,
        1
    );
    assert_eq!(notifications_of(&app, giulia_id, "mention").await, 1);

    // The same for a new thread: title and text kept.
    let page = alice
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", "discussion"),
                ("title", "Who knows?"),
                ("body", "Ask @ghost-person please"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.input_value("title").as_deref(), Some("Who knows?"));
    assert_eq!(
        page.textarea_value("body").as_deref(),
        Some("Ask @ghost-person please")
    );
    assert_eq!(
        page.field_error("body"),
        Some(
            app.localizer("en")
                .t1("comm-mention-unknown", "handles", "@ghost-person")
        )
    );
}

async fn edits_keep_history_and_only_authors_or_moderators_change_posts(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (carol, _) = app
        .signed_in("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (moderator, moderator_id) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(&alice, &slug, "discussion", "Edits", "Opening words.", "en").await;
    let p = reply(&bob, t, "My first thought.").await;

    // The author edits; the old text stays in the history.
    let form = bob.get(&format!("/posts/{p}/edit")).await;
    form.expect(200);
    assert_eq!(
        form.textarea_value("body").as_deref(),
        Some("My first thought.")
    );
    let page = bob
        .post(
            &format!("/posts/{p}/edit"),
            &[("body", "My second thought."), ("lang", "en")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}#post-{p}"));
    let thread = carol.get(&format!("/t/{t}")).await;
    let html = post_html(&thread, p);
    assert!(html.contains("My second thought."));
    assert!(!html.contains("My first thought."));
    assert!(html.contains(&format!("href=\"/posts/{p}/history\"")));
    let history = carol.get(&format!("/posts/{p}/history")).await;
    history.expect(200);
    assert!(history.contains("My second thought."));
    assert!(history.contains("My first thought."));
    assert!(history.shows(
        &app.localizer("en")
            .t1("comm-history-edited-by", "name", "Bob Novak")
    ));

    // Others may not edit or delete it.
    let before = app.count("SELECT COUNT(*) FROM post_revisions").await;
    carol.get(&format!("/posts/{p}/edit")).await.expect(403);
    let page = carol
        .post(
            &format!("/posts/{p}/edit"),
            &[("body", "Vandalised."), ("lang", "en")],
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "forbidden");
    let page = carol.post(&format!("/posts/{p}/delete"), &[]).await;
    page.expect(403);
    assert_eq!(page.error_code(), "forbidden");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM post_revisions").await,
        before
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT deleted_at FROM posts WHERE id = {p}"))
            .await,
        None
    );
    // The edit link is offered to the author only.
    assert!(!post_html(&carol.get(&format!("/t/{t}")).await, p).contains("/edit\""));
    assert!(post_html(&bob.get(&format!("/t/{t}")).await, p).contains(&format!("/posts/{p}/edit")));

    // A moderator may edit, and it is audited.
    let page = moderator
        .post(
            &format!("/posts/{p}/edit"),
            &[("body", "My thought, without the insult."), ("lang", "en")],
        )
        .await;
    page.expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'post.edit' AND target_id = {p} \
             AND actor_id = {moderator_id}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!("SELECT edit_count FROM posts WHERE id = {p}"))
            .await,
        2
    );

    // The author deletes: the post stays in place, shown as deleted.
    let page = bob.post(&format!("/posts/{p}/delete"), &[]).await;
    page.expect(303);
    let thread = carol.get(&format!("/t/{t}")).await;
    thread.expect(200);
    assert_eq!(positions(&thread), vec![1, 2]);
    let html = post_html(&thread, p);
    assert!(
        html.contains(&html_escape(&en(&app, "comm-post-deleted"))),
        "{html}"
    );
    assert!(!html.contains("without the insult"), "{html}");
    // Its old versions are gone from view, and it cannot be edited again.
    carol.get(&format!("/posts/{p}/history")).await.expect(404);
    refused(
        &app,
        &bob.post(
            &format!("/posts/{p}/edit"),
            &[("body", "Back again."), ("lang", "en")],
        )
        .await,
        409,
        "post_deleted",
        "comm-post-deleted",
    );

    // The author of a thread changes its title with its opening post.
    let opening = opening_post(&app, t).await;
    alice
        .post(
            &format!("/posts/{opening}/edit"),
            &[
                ("title", "Edits, revised"),
                ("body", "Opening words, revised."),
                ("lang", "en"),
            ],
        )
        .await
        .expect(303);
    assert!(carol
        .get(&format!("/c/{slug}"))
        .await
        .contains(&format!("<h3><a href=\"/t/{t}\">Edits, revised</a></h3>")));
    let page = carol.get(&format!("/t/{t}")).await;
    assert!(page.contains("<h1>Edits, revised</h1>"));
    assert!(post_html(&page, opening).contains("Opening words, revised."));
    assert!(carol
        .get(&format!("/posts/{opening}/history"))
        .await
        .contains("Opening words."));

    // A moderator deletes someone else's post; that is audited, the author's own is not.
    let off_topic = reply(&carol, t, "Off-topic remark.").await;
    moderator
        .post(&format!("/posts/{off_topic}/delete"), &[])
        .await
        .expect(303);
    assert!(post_html(&alice.get(&format!("/t/{t}")).await, off_topic)
        .contains(&html_escape(&en(&app, "comm-post-deleted"))));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'post.delete'")
            .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'post.delete' AND target_id = {off_topic}"
        ))
        .await,
        1
    );
}

async fn likes_count_once_never_for_own_posts_and_can_be_withdrawn(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(&alice, &slug, "discussion", "Likes", "Worth a like.", "en").await;
    let p = opening_post(&app, t).await;
    let votes_sql = format!("SELECT votes FROM posts WHERE id = {p}");
    let votes = || app.count(&votes_sql);

    let page = bob
        .post(&format!("/posts/{p}/vote"), &[("action", "up")])
        .await;
    page.expect(303);
    assert_eq!(votes().await, 1);
    let thread = alice.get(&format!("/t/{t}")).await;
    assert!(thread.shows(&app.localizer("en").t1("comm-likes", "count", 1)));
    // Bob sees the button to take it back.
    assert!(post_html(&bob.get(&format!("/t/{t}")).await, p).contains("value=\"withdraw\""));

    refused(
        &app,
        &bob.post(&format!("/posts/{p}/vote"), &[("action", "up")])
            .await,
        409,
        "vote_twice",
        "comm-vote-twice",
    );
    assert_eq!(votes().await, 1);
    refused(
        &app,
        &alice
            .post(&format!("/posts/{p}/vote"), &[("action", "up")])
            .await,
        409,
        "vote_own",
        "comm-vote-own",
    );
    assert_eq!(votes().await, 1);

    let page = bob
        .post(&format!("/posts/{p}/vote"), &[("action", "withdraw")])
        .await;
    page.expect(303);
    assert_eq!(votes().await, 0);
    refused(
        &app,
        &bob.post(&format!("/posts/{p}/vote"), &[("action", "withdraw")])
            .await,
        409,
        "vote_none",
        "comm-vote-none",
    );
    let page = bob
        .post(&format!("/posts/{p}/vote"), &[("action", "sideways")])
        .await;
    page.expect(400);
    assert_eq!(votes().await, 0);
    // Anonymous readers cannot vote.
    let page = app
        .browser()
        .post(&format!("/posts/{p}/vote"), &[("action", "up")])
        .await;
    page.expect(401);
    assert_eq!(votes().await, 0);
}

/// Alice's public discussion, with Bob and Carol signed in and Dave, who has an account and
/// nothing to do with it: the people of the notification tests.
struct FollowCast {
    alice: Browser,
    alice_id: i64,
    bob: Browser,
    bob_id: i64,
    carol: Browser,
    carol_id: i64,
    dave_id: i64,
    thread: i64,
}

async fn follow_cast(app: &TestApp, title: &str, body: &str) -> FollowCast {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (carol, carol_id) = app
        .signed_in("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let dave_id = app
        .create_user("dave@example.org", "Dave Smith", SiteRole::Member)
        .await;
    let (_, slug) = community(app, "Teaching crafts", "public", None, alice_id).await;
    let thread = start(&alice, &slug, "discussion", title, body, "en").await;
    FollowCast {
        alice,
        alice_id,
        bob,
        bob_id,
        carol,
        carol_id,
        dave_id,
        thread,
    }
}

async fn followers_hear_of_replies_and_others_do_not(app: TestApp) {
    let FollowCast {
        alice,
        alice_id,
        bob,
        bob_id,
        carol,
        carol_id,
        dave_id,
        thread: t,
    } = follow_cast(&app, "Follow me", "Who follows?").await;

    let page = carol
        .post(&format!("/t/{t}/follow"), &[("action", "follow")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}"));
    assert!(carol
        .get(&format!("/t/{t}"))
        .await
        .contains("value=\"unfollow\""));

    reply(&bob, t, "A first reply.").await;
    app.settle().await;
    // The author follows her thread; Carol chose to; Dave did not; Bob wrote it.
    assert_eq!(notifications_of(&app, alice_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, carol_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, dave_id, "reply").await, 0);
    assert_eq!(notifications_of(&app, bob_id, "reply").await, 0);
    let text = app.localizer("en").t2(
        "notification-reply",
        "actor",
        "Bob Novak",
        "thread",
        "Follow me",
    );
    assert!(carol.get("/notifications").await.shows(&text));

    // Carol stops following: the next reply reaches Alice (and Bob, who follows what he
    // replied to) but not her.
    let page = carol
        .post(&format!("/t/{t}/follow"), &[("action", "unfollow")])
        .await;
    page.expect(303);
    assert!(carol
        .get(&format!("/t/{t}"))
        .await
        .contains("value=\"follow\""));
    reply(&alice, t, "Thanks, Bob.").await;
    app.settle().await;
    assert_eq!(notifications_of(&app, carol_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, bob_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, alice_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, dave_id, "reply").await, 0);
}

/// A reply is saved with one job that makes its notifications afterwards (the reply does not
/// wait for them); run again, as after a crash before it was marked done, the job notifies
/// nobody twice; and a post deleted before the job runs notifies nobody.
async fn a_new_post_queues_one_job_that_notifies_each_person_once(app: TestApp) {
    let FollowCast {
        alice: _,
        alice_id,
        bob,
        bob_id,
        carol,
        carol_id,
        dave_id,
        thread: t,
    } = follow_cast(&app, "Fan-out", "Who hears?").await;
    carol
        .post(&format!("/t/{t}/follow"), &[("action", "follow")])
        .await
        .expect(303);
    let (alice_h, dave_h) = (
        handle_of(&app, alice_id).await,
        handle_of(&app, dave_id).await,
    );
    let p = reply(&bob, t, &format!("Hello @{alice_h} and @{dave_h}.")).await;

    // The reply's transaction left exactly one job for it, with what the fan-out needs.
    let of_job =
        format!("FROM jobs WHERE kind = 'notify-new-post' AND payload LIKE '%\"post_id\":{p},%'");
    assert_eq!(app.count(&format!("SELECT COUNT(*) {of_job}")).await, 1);
    let job = app.count(&format!("SELECT id {of_job}")).await;
    let payload = app
        .opt_text(&format!("SELECT payload FROM jobs WHERE id = {job}"))
        .await
        .expect("payload");
    assert!(
        payload.contains(&format!("\"author_id\":{bob_id}")),
        "{payload}"
    );
    assert!(payload.contains(&format!("\"thread_id\":{t}")), "{payload}");

    // The worker makes them: the mentioned first (Alice, though she follows, hears once, of
    // the mention), then the followers (Carol); never the author.
    app.settle().await;
    assert_eq!(
        app.opt_text(&format!("SELECT status FROM jobs WHERE id = {job}"))
            .await
            .as_deref(),
        Some("done")
    );
    let of_post = |user: i64| {
        format!("SELECT COUNT(*) FROM notifications WHERE user_id = {user} AND post_id = {p}")
    };
    let counts = || async {
        let mut out = Vec::new();
        for user in [alice_id, bob_id, carol_id, dave_id] {
            out.push(app.count(&of_post(user)).await);
        }
        out
    };
    assert_eq!(counts().await, vec![1, 0, 1, 1]);
    assert_eq!(notifications_of(&app, alice_id, "mention").await, 1);
    assert_eq!(notifications_of(&app, alice_id, "reply").await, 0);
    assert_eq!(notifications_of(&app, carol_id, "reply").await, 1);
    assert_eq!(notifications_of(&app, dave_id, "mention").await, 1);
    let email_jobs = "SELECT COUNT(*) FROM jobs WHERE kind = 'notify-email'";
    let emails_queued = app.count(email_jobs).await;
    assert_eq!(emails_queued, 3);

    // Run again (its lease ran out after it made them): nothing new, no email twice; and Erin,
    // who followed the thread only after the post, is not told of it.
    let (erin, erin_id) = app
        .signed_in("erin@example.org", "Erin Walsh", SiteRole::Member)
        .await;
    erin.post(&format!("/t/{t}/follow"), &[("action", "follow")])
        .await
        .expect(303);
    let rerun = |job: i64| {
        format!(
            "UPDATE jobs SET status = 'pending', run_at = 0, locked_until = NULL, \
             finished_at = NULL WHERE id = {job}"
        )
    };
    assert_eq!(app.exec(&rerun(job)).await, 1);
    app.state.jobs_wakeup.notify_one();
    app.settle().await;
    assert_eq!(counts().await, vec![1, 0, 1, 1]);
    assert_eq!(app.count(&of_post(erin_id)).await, 0);
    assert_eq!(app.count(email_jobs).await, emails_queued);

    // A post deleted before its job runs notifies nobody: Dave's notification, removed, is not
    // made again.
    app.exec(&format!(
        "DELETE FROM notifications WHERE user_id = {dave_id} AND post_id = {p}"
    ))
    .await;
    bob.post(&format!("/posts/{p}/delete"), &[])
        .await
        .expect(303);
    assert!(app
        .opt_i64(&format!("SELECT deleted_at FROM posts WHERE id = {p}"))
        .await
        .is_some());
    app.exec(&rerun(job)).await;
    app.state.jobs_wakeup.notify_one();
    app.settle().await;
    assert_eq!(counts().await, vec![1, 0, 1, 0]);
    assert_eq!(app.count(email_jobs).await, emails_queued);
}

async fn unread_markers_count_posts_since_the_last_read(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (dave, _) = app
        .signed_in("dave@example.org", "Dave Smith", SiteRole::Member)
        .await;
    let carol_id = app
        .create_user("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(&alice, &slug, "discussion", "Unread", "Read me.", "en").await;
    let l = app.localizer("en");
    let unread = |n: i64| {
        format!(
            "<a class=\"badge new\" href=\"/t/{t}\">{}</a>",
            l.t1("comm-unread", "count", n)
        )
    };

    bob.get(&format!("/t/{t}")).await.expect(200);
    let list = bob.get(&format!("/c/{slug}")).await;
    assert!(!list.contains("class=\"badge new\""), "{}", list.body);

    add_replies(&app, t, carol_id, 3, "News").await;
    let list = bob.get(&format!("/c/{slug}")).await;
    assert!(list.contains(&unread(3)), "{}", list.body);
    // Someone who never opened it sees it as new, without a count.
    let list = dave.get(&format!("/c/{slug}")).await;
    assert!(list.contains(&format!(
        "<span class=\"badge new\">{}</span>",
        l.t("comm-new")
    )));
    assert!(!list.contains(&unread(3)));

    bob.get(&format!("/t/{t}")).await.expect(200);
    assert!(!bob
        .get(&format!("/c/{slug}"))
        .await
        .contains("class=\"badge new\""));

    // Twenty-two more: reading page 1 leaves the six beyond it unread, and the thread then
    // points to the first unread post on page 2.
    add_replies(&app, t, carol_id, 22, "More").await;
    assert!(bob.get(&format!("/c/{slug}")).await.contains(&unread(22)));
    let first = bob.get(&format!("/t/{t}")).await;
    assert!(!first.contains("href=\"?page=2#p"), "{}", first.body);
    assert!(bob.get(&format!("/c/{slug}")).await.contains(&unread(6)));
    let again = bob.get(&format!("/t/{t}")).await;
    assert!(again.contains(&format!(
        "<a href=\"?page=2#p21\">{}</a>",
        html_escape(&l.t("comm-first-unread"))
    )));
    bob.get(&format!("/t/{t}?page=2")).await.expect(200);
    assert!(!bob
        .get(&format!("/c/{slug}"))
        .await
        .contains("class=\"badge new\""));
    // Going back to page 1 does not move the marker back.
    bob.get(&format!("/t/{t}?page=1")).await.expect(200);
    assert!(!bob
        .get(&format!("/c/{slug}"))
        .await
        .contains("class=\"badge new\""));
}

async fn language_filters_and_the_language_of_each_post(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let italian = start(
        &alice,
        &slug,
        "discussion",
        "Apprendisti in bottega",
        "Come valutate le competenze degli apprendisti?",
        "it",
    )
    .await;
    let english = start(
        &alice,
        &slug,
        "discussion",
        "Apprentices in the workshop",
        "How do you assess apprentices?",
        "en",
    )
    .await;
    let german = start(
        &alice,
        &slug,
        "discussion",
        "Lehrlinge im Betrieb",
        "Wie können wir die Ausbildung in kleinen Handwerksbetrieben besser mit der \
         Berufsschule abstimmen, damit die Lehrlinge im Betrieb mehr lernen?",
        "",
    )
    .await;

    let all = bob.get(&format!("/c/{slug}")).await;
    assert_eq!(listed(&all), vec![german, english, italian]);
    let it = bob.get(&format!("/c/{slug}?lang=it")).await;
    it.expect(200);
    assert_eq!(listed(&it), vec![italian]);
    assert_eq!(it.selected("lang"), vec!["it".to_string()]);
    let two = bob.get(&format!("/c/{slug}?lang=it&lang=de")).await;
    assert_eq!(listed(&two), vec![german, italian]);
    let none = bob.get(&format!("/c/{slug}?lang=fi")).await;
    assert!(listed(&none).is_empty());
    assert!(none.shows(&en(&app, "comm-none-in-languages")));
    // Anonymous readers filter too.
    assert_eq!(
        listed(&app.browser().get(&format!("/c/{slug}?lang=it")).await),
        vec![italian]
    );

    // "Mine": the languages of the reader's profile.
    app.exec(&format!(
        "INSERT INTO user_languages (user_id, lang) VALUES ({bob_id}, 'de')"
    ))
    .await;
    let mine = bob.get(&format!("/c/{slug}?lang=mine")).await;
    assert_eq!(listed(&mine), vec![german]);
    app.exec(&format!(
        "INSERT INTO user_languages (user_id, lang) VALUES ({bob_id}, 'it')"
    ))
    .await;
    assert_eq!(
        listed(&bob.get(&format!("/c/{slug}?lang=mine")).await),
        vec![german, italian]
    );

    // Each post shows its language and whether it was chosen or detected.
    let chosen = html_escape(&en(&app, "comm-language-chosen"));
    let detected = html_escape(&en(&app, "comm-language-detected"));
    let page = bob.get(&format!("/t/{italian}")).await;
    assert!(page.contains(&format!(
        "<span class=\"tag\" lang=\"it\" title=\"{chosen}\">{}</span>",
        Language::It.endonym()
    )));
    let page = bob.get(&format!("/t/{german}")).await;
    assert!(
        page.contains(&format!(
            "<span class=\"tag\" lang=\"de\" title=\"{detected}\">{} ({})</span>",
            Language::De.endonym(),
            en(&app, "comm-detected")
        )),
        "{}",
        page.body
    );
    assert_eq!(
        app.opt_text(&format!("SELECT lang FROM threads WHERE id = {german}"))
            .await
            .as_deref(),
        Some("de")
    );
    // A reply records its own language.
    let page = bob
        .post(
            &format!("/t/{italian}/reply"),
            &[
                ("body", "Con un diario di bordo settimanale."),
                ("lang", "it"),
            ],
        )
        .await;
    page.expect(303);
    let p = number_after(page.location(), "#post-");
    let html = post_html(&bob.get(&format!("/t/{italian}")).await, p);
    assert!(html.contains("lang=\"it\""), "{html}");
}

// ---- Mutual help ---------------------------------------------------------------------------

async fn questions_go_from_unanswered_to_unsolved_to_solved(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (carol, carol_id) = app
        .signed_in("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (dave, _) = app
        .signed_in("dave@example.org", "Dave Smith", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let (_, slug) = community(&app, "Placements", "public", None, alice_id).await;
    let l = app.localizer("en");

    // Asking, with the context of the problem.
    let page = alice
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", "question"),
                ("title", "How do we assess soft skills during placements?"),
                ("body", "Our company tutors find the forms too long."),
                ("lang", "en"),
                ("country", Country::It.code()),
                ("sector", Sector::Construction.code()),
                ("type", OrgType::VetProvider.code()),
            ],
        )
        .await;
    page.expect(303);
    let q = number_after(page.location(), "/t/");
    let page = alice.get(&format!("/t/{q}")).await;
    assert!(page.shows(&en(&app, "flash-question-asked")));
    for id in [
        Country::It.message_id(),
        Sector::Construction.message_id(),
        OrgType::VetProvider.message_id(),
    ] {
        assert!(page.shows(&en(&app, &id)), "{id}");
    }
    assert_eq!(
        app.opt_text(&format!(
            "SELECT country || '/' || sector || '/' || org_type FROM threads WHERE id = {q}"
        ))
        .await
        .as_deref(),
        Some("IT/construction/vet-provider")
    );

    let tab = |state: &str| format!("/help?state={state}");
    assert_eq!(listed(&bob.get("/help").await), vec![q]);
    assert_eq!(listed(&bob.get(&tab("unanswered")).await), vec![q]);
    assert_eq!(listed(&bob.get(&tab("unsolved")).await), vec![q]);
    assert!(listed(&bob.get(&tab("solved")).await).is_empty());
    assert!(bob
        .get("/help")
        .await
        .shows(&l.t1("comm-state-unanswered", "count", 1)));
    assert_eq!(listed(&bob.get("/help?country=IT").await), vec![q]);
    assert!(listed(&bob.get("/help?country=FR").await).is_empty());
    assert_eq!(listed(&bob.get("/help?sector=construction").await), vec![q]);
    assert!(listed(&bob.get("/help?sector=bakery").await).is_empty());
    assert_eq!(listed(&bob.get("/help?type=vet-provider").await), vec![q]);
    assert!(listed(&bob.get("/help?type=company").await).is_empty());
    // Discussions are not questions.
    let d = start(
        &alice,
        &slug,
        "discussion",
        "Just talking",
        "No question here.",
        "en",
    )
    .await;
    assert!(!listed(&bob.get("/help").await).contains(&d));

    // Answers: the question moves from unanswered to unsolved.
    let a1 = reply(&bob, q, "Use a one-page checklist.").await;
    let a2 = reply(&carol, q, "Ask the apprentice to self-assess first.").await;
    assert!(listed(&bob.get(&tab("unanswered")).await).is_empty());
    assert_eq!(listed(&bob.get(&tab("unsolved")).await), vec![q]);
    assert!(bob
        .get("/help")
        .await
        .shows(&l.t1("comm-state-unsolved", "count", 1)));

    // Votes order the answers.
    dave.post(&format!("/posts/{a2}/vote"), &[("action", "up")])
        .await
        .expect(303);
    let page = dave.get(&format!("/t/{q}")).await;
    let opening = opening_post(&app, q).await;
    assert_eq!(post_ids(&page), vec![opening, a2, a1]);
    assert!(post_html(&page, a2).contains(&html_escape(&l.t1("comm-votes", "count", 1))));

    // Only the asker (or a moderator) accepts.
    refused(
        &app,
        &carol
            .post(&format!("/posts/{a1}/accept"), &[("action", "accept")])
            .await,
        409,
        "not_your_question",
        "comm-accept-not-yours",
    );
    // Not the question itself, nor a post of a discussion, nor an answer to someone else's.
    refused(
        &app,
        &alice
            .post(&format!("/posts/{opening}/accept"), &[("action", "accept")])
            .await,
        409,
        "not_an_answer",
        "comm-accept-invalid",
    );
    let in_discussion = reply(&bob, d, "A remark.").await;
    refused(
        &app,
        &alice
            .post(
                &format!("/posts/{in_discussion}/accept"),
                &[("action", "accept")],
            )
            .await,
        409,
        "not_a_question",
        "comm-accept-not-question",
    );
    let page = carol
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", "question"),
                ("title", "Carol's own question"),
                ("body", "Any tips?"),
                ("lang", "en"),
            ],
        )
        .await;
    let other_q = number_after(page.location(), "/t/");
    let other_answer = reply(&bob, other_q, "Some tips.").await;
    refused(
        &app,
        &alice
            .post(
                &format!("/posts/{other_answer}/accept"),
                &[("action", "accept")],
            )
            .await,
        409,
        "not_your_question",
        "comm-accept-not-yours",
    );
    assert_eq!(
        app.opt_i64("SELECT accepted_post_id FROM threads WHERE accepted_post_id IS NOT NULL")
            .await,
        None
    );

    // The asker accepts Bob's answer: it comes first, marked, and the question is solved.
    let page = alice
        .post(&format!("/posts/{a1}/accept"), &[("action", "accept")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{q}"));
    let page = dave.get(&format!("/t/{q}")).await;
    assert_eq!(post_ids(&page), vec![opening, a1, a2]);
    let accepted = post_html(&page, a1);
    assert!(page.contains(&format!("<li class=\"post accepted\" id=\"post-{a1}\"")));
    assert!(accepted.contains(&html_escape(&en(&app, "comm-accepted-answer"))));
    assert!(!post_html(&page, a2).contains(&html_escape(&en(&app, "comm-accepted-answer"))));
    assert_eq!(listed(&bob.get(&tab("solved")).await), vec![q]);
    assert!(!listed(&bob.get(&tab("unsolved")).await).contains(&q));
    assert!(bob
        .get("/help")
        .await
        .shows(&l.t1("comm-state-solved", "count", 1)));

    // Bob is told.
    assert_eq!(notifications_of(&app, bob_id, "accepted").await, 1);
    assert!(bob.get("/notifications").await.shows(&l.t2(
        "notification-accepted",
        "actor",
        "Alice Bianchi",
        "thread",
        "How do we assess soft skills during placements?",
    )));
    assert_eq!(notifications_of(&app, carol_id, "accepted").await, 0);

    // Recognition on the profile.
    let profile = dave.get(&format!("/people/{bob_id}")).await;
    profile.expect(200);
    let record = l.t2("help-record", "answers", 2, "accepted", 1);
    assert!(profile.shows(&record), "{record}\n{}", profile.body);

    // A moderator may change the accepted answer; it is audited.
    moderator
        .post(&format!("/posts/{a2}/accept"), &[("action", "accept")])
        .await
        .expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT accepted_post_id FROM threads WHERE id = {q}"
        ))
        .await,
        Some(a2)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'thread.accept'")
            .await,
        1
    );
    assert!(dave.get(&format!("/people/{bob_id}")).await.shows(&l.t2(
        "help-record",
        "answers",
        2,
        "accepted",
        0
    )));
    // The asker may take it back.
    alice
        .post(&format!("/posts/{a2}/accept"), &[("action", "unaccept")])
        .await
        .expect(303);
    assert!(listed(&bob.get(&tab("unsolved")).await).contains(&q));
    assert!(listed(&bob.get(&tab("solved")).await).is_empty());
}

async fn similar_questions_are_suggested_with_and_without_javascript(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Placements", "public", None, alice_id).await;
    let mentoring = start(
        &alice,
        &slug,
        "question",
        "Mentoring apprentices in small bakeries",
        "How?",
        "en",
    )
    .await;
    let welding = start(
        &alice,
        &slug,
        "question",
        "Assessment of welding skills",
        "How?",
        "en",
    )
    .await;
    let chat = start(
        &alice,
        &slug,
        "discussion",
        "Mentoring apprentices: a discussion",
        "Not a question.",
        "en",
    )
    .await;

    // The fragment the form fetches while the title is typed.
    let page = bob
        .get("/help/similar?title=mentors%20for%20bakery%20apprentices")
        .await;
    page.expect(200);
    assert!(page.contains(&format!(
        "<a href=\"/t/{mentoring}\">Mentoring apprentices in small bakeries</a>"
    )));
    assert!(!page.contains(&format!("/t/{welding}\"")));
    assert!(!page.contains(&format!("/t/{chat}\"")));
    assert!(page.shows(&en(&app, "comm-similar-heading")));
    let page = bob.get("/help/similar?title=welding").await;
    assert_eq!(numbers_after(&page.body, "href=\"/t/"), vec![welding]);
    // Nothing to suggest: an empty fragment.
    let page = bob.get("/help/similar?title=xyzzy%20plugh").await;
    page.expect(200);
    assert_eq!(page.body.trim(), "");
    assert_eq!(bob.get("/help/similar?title=ab").await.body.trim(), "");
    assert_eq!(bob.get("/help/similar").await.body.trim(), "");

    // Without JavaScript: the form itself lists them, keeping what was typed.
    let page = bob
        .get(&format!(
            "/c/{slug}/new?kind=question&title=Mentoring%20bakery%20apprentices&body=Draft"
        ))
        .await;
    page.expect(200);
    assert_eq!(page.input_value("kind").as_deref(), Some("question"));
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Mentoring bakery apprentices")
    );
    assert_eq!(page.textarea_value("body").as_deref(), Some("Draft"));
    assert!(page.contains(&format!(
        "<a href=\"/t/{mentoring}\">Mentoring apprentices in small bakeries</a>"
    )));
    assert!(!page.contains(&format!("/t/{welding}\"")));
    // A discussion's form does not.
    let page = bob
        .get(&format!(
            "/c/{slug}/new?title=Mentoring%20bakery%20apprentices"
        ))
        .await;
    assert_eq!(page.input_value("kind").as_deref(), Some("discussion"));
    assert!(!page.contains(&format!("/t/{mentoring}\"")));
    // Solved questions say so.
    let answer = reply(&bob, mentoring, "Pair them with a master baker.").await;
    alice
        .post(&format!("/posts/{answer}/accept"), &[])
        .await
        .expect(303);
    let page = bob.get("/help/similar?title=bakeries").await;
    assert!(page.contains(&format!(
        "Mentoring apprentices in small bakeries</a> <span class=\"badge ok\">{}</span>",
        html_escape(&en(&app, "comm-solved"))
    )));

    // Words in every European script are found whatever their case, on both engines.
    let german = start(
        &alice,
        &slug,
        "question",
        "Überbetriebliche Ausbildung im Handwerk",
        "Wie?",
        "de",
    )
    .await;
    let greek = start(
        &alice,
        &slug,
        "question",
        "Μαθητεία σε μικρές επιχειρήσεις",
        "Πώς;",
        "el",
    )
    .await;
    let bulgarian = start(
        &alice,
        &slug,
        "question",
        "ОБУЧЕНИЕ НА ЧИРАЦИ",
        "Как?",
        "bg",
    )
    .await;
    for (typed, expected) in [
        ("überbetriebliche%20Lehrlinge", german),
        ("ÜBERBETRIEBLICHE", german),
        ("μαθητεία", greek),
        ("Μαθητεία", greek),
        ("обучение", bulgarian),
        ("Обучение", bulgarian),
    ] {
        let page = bob.get(&format!("/help/similar?title={typed}")).await;
        page.expect(200);
        assert_eq!(
            numbers_after(&page.body, "href=\"/t/"),
            vec![expected],
            "{typed}: {}",
            page.body
        );
    }
}

// ---- Visibility ----------------------------------------------------------------------------

async fn a_private_community_is_invisible_to_outsiders_everywhere(app: TestApp) {
    let (insider, insider_id) = app
        .signed_in("insider@example.org", "Ines Insider", SiteRole::Member)
        .await;
    let (colleague, colleague_id) = app
        .signed_in("colleague@example.org", "Carlo Collega", SiteRole::Member)
        .await;
    let (outsider, outsider_id) = app
        .signed_in("outsider@example.org", "Otto Outsider", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let anon = app.browser();
    let (org, _) = app
        .create_org(
            insider_id,
            "Scuola Edile Bologna",
            OrgType::VetProvider,
            Country::It,
            &[Sector::Construction],
            &[Language::It],
        )
        .await;
    app.add_member(org, colleague_id, OrgRole::Member).await;
    let (_, private) = community(
        &app,
        "Staff room of the school",
        "private",
        Some(org),
        insider_id,
    )
    .await;
    let (_, public) = community(&app, "Open square", "public", None, insider_id).await;

    let t = start(
        &insider,
        &private,
        "discussion",
        "Confidential budget talk",
        "Numbers for next year.",
        "en",
    )
    .await;
    let q = start(
        &insider,
        &private,
        "question",
        "Secret welding quotas question",
        "How many places?",
        "en",
    )
    .await;
    let p = opening_post(&app, t).await;
    let public_q = start(
        &outsider,
        &public,
        "question",
        "Open bricklaying question",
        "Any tips?",
        "en",
    )
    .await;

    // Mentioning an outsider from inside creates no notification for them (and no email);
    // mentioning a colleague does.
    let outsider_handle = handle_of(&app, outsider_id).await;
    let colleague_handle = handle_of(&app, colleague_id).await;
    let mention = reply(
        &insider,
        t,
        &format!("Ask @{outsider_handle} and @{colleague_handle}."),
    )
    .await;
    app.settle().await;
    assert_eq!(notifications_of(&app, colleague_id, "mention").await, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE user_id = {outsider_id}"
        ))
        .await,
        0
    );
    app.wait_for_email("colleague@example.org", 1).await;
    notification_jobs_done(&app).await;
    assert!(app.emails_to("outsider@example.org").is_empty());
    let list = outsider.get("/notifications").await;
    assert!(!list.contains("Confidential"));
    assert!(list.shows(&en(&app, "notifications-none")));

    for (who, b) in [("outsider", &outsider), ("anonymous", &anon)] {
        let front = b.get("/communication").await;
        front.expect(200);
        assert!(!front.contains("Staff room"), "{who}");
        assert!(!front.contains("Confidential"), "{who}");
        assert!(!front.contains("Secret welding"), "{who}");
        assert!(front.contains("Open square"), "{who}");
        b.get(&format!("/c/{private}")).await.expect(404);
        b.get(&format!("/c/{private}?lang=en")).await.expect(404);
        b.get(&format!("/t/{t}")).await.expect(404);
        b.get(&format!("/t/{q}")).await.expect(404);
        b.get(&format!("/t/{t}?page=2")).await.expect(404);
        b.get(&format!("/posts/{p}/history")).await.expect(404);
        // The quote of a private post does not leak into a public thread.
        let page = b.get(&format!("/t/{public_q}?quote={p}")).await;
        page.expect(200);
        assert!(!page.contains("Numbers for next year"), "{who}");
        for path in ["/help", "/help?state=unanswered", "/help?state=unsolved"] {
            let page = b.get(path).await;
            page.expect(200);
            assert_eq!(listed(&page), vec![public_q], "{who} {path}");
            assert!(!page.contains("Secret welding"), "{who} {path}");
            assert!(!page.contains("Staff room"), "{who} {path}");
        }
        assert!(b.get("/help").await.shows(&app.localizer("en").t1(
            "comm-state-unanswered",
            "count",
            1
        )));
        let similar = b.get("/help/similar?title=welding%20quotas").await;
        similar.expect(200);
        assert!(!similar.contains("Secret welding"), "{who}");
        assert_eq!(similar.body.trim(), "", "{who}");
    }

    // An outsider cannot take part from outside either.
    let posts_before = app.count("SELECT COUNT(*) FROM posts").await;
    outsider.get(&format!("/c/{private}/new")).await.expect(404);
    outsider
        .post(
            &format!("/c/{private}/new"),
            &[
                ("kind", "discussion"),
                ("title", "Intrusion"),
                ("body", "Hello"),
                ("lang", "en"),
            ],
        )
        .await
        .expect(404);
    outsider
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Let me in."), ("lang", "en")],
        )
        .await
        .expect(404);
    outsider
        .post(&format!("/posts/{p}/vote"), &[("action", "up")])
        .await
        .expect(404);
    outsider.get(&format!("/posts/{p}/flag")).await.expect(404);
    outsider
        .post(&format!("/posts/{p}/flag"), &[("reason", "spam")])
        .await
        .expect(404);
    outsider
        .post(&format!("/t/{t}/follow"), &[("action", "follow")])
        .await
        .expect(404);
    outsider.get(&format!("/posts/{p}/edit")).await.expect(404);
    outsider
        .post(&format!("/posts/{mention}/accept"), &[])
        .await
        .expect(404);
    assert_eq!(app.count("SELECT COUNT(*) FROM posts").await, posts_before);
    assert_eq!(app.count("SELECT COUNT(*) FROM post_votes").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM flags").await, 0);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM thread_follows WHERE user_id = {outsider_id}"
        ))
        .await,
        1
    );
    // Anonymous readers are asked to sign in first.
    anon.post(&format!("/t/{t}/reply"), &[("body", "Hi"), ("lang", "en")])
        .await
        .expect(401);
    assert_eq!(app.count("SELECT COUNT(*) FROM posts").await, posts_before);

    // Members of the organisation (and moderators) see it all.
    for (who, b) in [("colleague", &colleague), ("moderator", &moderator)] {
        let front = b.get("/communication").await;
        assert!(front.contains("Staff room of the school"), "{who}");
        assert!(listed(&front).contains(&t), "{who}");
        let list = b.get(&format!("/c/{private}")).await;
        list.expect(200);
        assert_eq!(listed(&list), vec![t, q], "{who}");
        let page = b.get(&format!("/t/{t}")).await;
        page.expect(200);
        assert!(page.contains("Numbers for next year."), "{who}");
        b.get(&format!("/t/{q}")).await.expect(200);
        assert!(
            listed(&b.get("/help?state=unanswered").await).contains(&q),
            "{who}"
        );
        assert!(b
            .get("/help/similar?title=welding%20quotas")
            .await
            .contains(&format!("/t/{q}\"")));
    }
    let n = colleague.get("/notifications").await;
    assert!(n.shows(&app.localizer("en").t2(
        "notification-mention",
        "actor",
        "Ines Insider",
        "thread",
        "Confidential budget talk"
    )));
}

async fn a_members_only_community_is_hidden_from_anonymous_readers(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let anon = app.browser();
    let (_, slug) = community(&app, "Members lounge", "members", None, alice_id).await;
    let t = start(
        &alice,
        &slug,
        "question",
        "Members ask about tutoring",
        "Any ideas?",
        "en",
    )
    .await;

    let front = anon.get("/communication").await;
    assert!(!front.contains("Members lounge"));
    assert!(listed(&front).is_empty());
    anon.get(&format!("/c/{slug}")).await.expect(404);
    anon.get(&format!("/t/{t}")).await.expect(404);
    assert!(listed(&anon.get("/help").await).is_empty());
    assert_eq!(
        anon.get("/help/similar?title=tutoring").await.body.trim(),
        ""
    );

    let front = bob.get("/communication").await;
    assert!(front.contains("Members lounge"));
    assert!(front.shows(&en(&app, "comm-visibility-members")));
    assert_eq!(listed(&bob.get(&format!("/c/{slug}")).await), vec![t]);
    bob.get(&format!("/t/{t}")).await.expect(200);
    assert_eq!(listed(&bob.get("/help").await), vec![t]);
    assert!(bob
        .get("/help/similar?title=tutoring")
        .await
        .contains(&format!("/t/{t}\"")));
    reply(&bob, t, "Weekly meetings help.").await;
}

// ---- Locked and deleted threads ------------------------------------------------------------

async fn locked_and_deleted_threads_refuse_replies(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, _) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let t = start(&alice, &slug, "discussion", "Heated", "A hot topic.", "en").await;
    let bobs = reply(&bob, t, "My view.").await;

    let page = moderator
        .post(&format!("/t/{t}/moderate"), &[("action", "lock")])
        .await;
    page.expect(303);
    let posts_sql = format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}");
    let posts = || app.count(&posts_sql);
    refused(
        &app,
        &bob.post(
            &format!("/t/{t}/reply"),
            &[("body", "But wait!"), ("lang", "en")],
        )
        .await,
        409,
        "thread_locked",
        "comm-thread-locked",
    );
    assert_eq!(posts().await, 2);
    // In the reader's language.
    app.exec("UPDATE users SET locale = 'es' WHERE email = 'bob@example.org'")
        .await;
    let page = bob
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "¡Un momento!"), ("lang", "es")],
        )
        .await;
    page.expect(409);
    assert_eq!(page.html_lang(), "es");
    assert_eq!(page.error_code(), "thread_locked");
    let spanish = app.text("es", "comm-thread-locked");
    assert_ne!(spanish, en(&app, "comm-thread-locked"));
    assert!(page.shows(&spanish), "{}", page.body);
    assert!(!page.shows(&en(&app, "comm-thread-locked")));
    app.exec("UPDATE users SET locale = 'en' WHERE email = 'bob@example.org'")
        .await;
    // The page says so instead of offering the form; authors cannot edit there either.
    let page = bob.get(&format!("/t/{t}")).await;
    assert!(!page.contains(&format!("action=\"/t/{t}/reply\"")));
    assert!(page.shows(&en(&app, "comm-thread-locked")));
    refused(
        &app,
        &bob.post(
            &format!("/posts/{bobs}/edit"),
            &[("body", "Edited."), ("lang", "en")],
        )
        .await,
        409,
        "thread_locked",
        "comm-thread-locked",
    );
    // Moderators can still reply.
    reply(&moderator, t, "Closing remarks from the moderators.").await;
    assert_eq!(posts().await, 3);
    // Unlocked, replies are welcome again.
    moderator
        .post(&format!("/t/{t}/moderate"), &[("action", "unlock")])
        .await
        .expect(303);
    reply(&bob, t, "Thanks for reopening.").await;

    // Deleted: the author deletes the opening post, and with it the thread.
    let opening = opening_post(&app, t).await;
    let page = alice.post(&format!("/posts/{opening}/delete"), &[]).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/c/{slug}"));
    refused(
        &app,
        &bob.post(
            &format!("/t/{t}/reply"),
            &[("body", "Hello?"), ("lang", "en")],
        )
        .await,
        410,
        "thread_deleted",
        "comm-thread-deleted",
    );
    refused(
        &app,
        &moderator
            .post(
                &format!("/t/{t}/reply"),
                &[("body", "Hello?"), ("lang", "en")],
            )
            .await,
        410,
        "thread_deleted",
        "comm-thread-deleted",
    );
    refused(
        &app,
        &bob.get(&format!("/t/{t}")).await,
        410,
        "thread_deleted",
        "comm-thread-deleted",
    );
    assert_eq!(posts().await, 4);
    assert!(listed(&bob.get(&format!("/c/{slug}")).await).is_empty());
    assert!(listed(&bob.get("/communication").await).is_empty());
    // Moderators still see what was deleted.
    let page = moderator.get(&format!("/t/{t}")).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "comm-deleted-thread")));
}

// ---- Moderation ----------------------------------------------------------------------------

async fn reports_reach_the_queue_and_every_moderation_action_is_audited(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (carol, _) = app
        .signed_in("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let (_, welding) = community(&app, "Welding and metalwork", "public", None, alice_id).await;
    let (_, bakery) = community(&app, "Bakery and pastry", "public", None, alice_id).await;
    let older = start(
        &alice,
        &welding,
        "discussion",
        "Older thread",
        "Old news.",
        "en",
    )
    .await;
    let t = start(
        &alice,
        &welding,
        "discussion",
        "Safety rules in the lab",
        "Gloves?",
        "en",
    )
    .await;
    let bad = reply(&bob, t, "Buy cheap watches at spam.example now").await;
    assert_eq!(
        listed(&carol.get(&format!("/c/{welding}")).await),
        vec![t, older]
    );

    // Reporting: a reason is required and must be one offered.
    let form = carol.get(&format!("/posts/{bad}/flag")).await;
    form.expect(200);
    assert!(form.contains("name=\"reason\" value=\"spam\""));
    let page = carol
        .post(&format!("/posts/{bad}/flag"), &[("note", "Look at this")])
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("reason"),
        Some(en(&app, "form-error-required"))
    );
    assert_eq!(page.textarea_value("note").as_deref(), Some("Look at this"));
    let page = carol
        .post(
            &format!("/posts/{bad}/flag"),
            &[("reason", "rude"), ("note", "Look at this")],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("reason"),
        Some(en(&app, "form-error-invalid-choice"))
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flags").await, 0);
    let page = carol
        .post(
            &format!("/posts/{bad}/flag"),
            &[("reason", "spam"), ("note", "Advertising watches")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}#post-{bad}"));
    refused(
        &app,
        &carol
            .post(&format!("/posts/{bad}/flag"), &[("reason", "offensive")])
            .await,
        409,
        "flag_twice",
        "comm-flag-twice",
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM flags").await, 1);

    // The queue is for moderators, per community.
    let page = carol.get("/moderation").await;
    page.expect(403);
    assert_eq!(page.error_code(), "forbidden");
    let queue = moderator.get("/moderation").await;
    queue.expect(200);
    assert!(queue.contains(&format!("href=\"/t/{t}#post-{bad}\"")));
    assert!(queue.contains("Advertising watches"));
    assert!(queue.shows(&en(&app, "flag-reason-spam")));
    assert!(queue.contains("Welding and metalwork (1)"));
    assert!(queue.contains("Bakery and pastry (0)"));
    let here = moderator
        .get(&format!("/moderation?community={welding}"))
        .await;
    assert!(here.contains(&format!("href=\"/t/{t}#post-{bad}\"")));
    let there = moderator
        .get(&format!("/moderation?community={bakery}"))
        .await;
    assert!(!there.contains(&format!("#post-{bad}\"")));
    assert!(there.shows(&en(&app, "moderation-empty")));

    // Hiding: members see that it was hidden, the author is told, the queue empties.
    let page = moderator
        .post(
            &format!("/moderation/posts/{bad}"),
            &[("action", "hide"), ("back", "/moderation")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/moderation");
    let seen = carol.get(&format!("/t/{t}")).await;
    let html = post_html(&seen, bad);
    assert!(
        html.contains(&html_escape(&en(&app, "comm-post-hidden"))),
        "{html}"
    );
    assert!(!html.contains("cheap watches"), "{html}");
    assert!(post_html(&moderator.get(&format!("/t/{t}")).await, bad).contains("cheap watches"));
    assert_eq!(notifications_of(&app, bob_id, "moderation").await, 1);
    let l = app.localizer("en");
    assert!(bob.get("/notifications").await.shows(&l.t2(
        "notification-moderation",
        "action",
        l.t("moderation-action-hide"),
        "thread",
        "Safety rules in the lab",
    )));
    assert!(moderator
        .get("/moderation")
        .await
        .shows(&en(&app, "moderation-empty")));
    // Members cannot moderate.
    carol
        .post(&format!("/moderation/posts/{bad}"), &[("action", "unhide")])
        .await
        .expect(403);
    carol
        .post(&format!("/t/{older}/moderate"), &[("action", "pin")])
        .await
        .expect(403);
    assert!(app
        .opt_i64(&format!("SELECT hidden_at FROM posts WHERE id = {bad}"))
        .await
        .is_some());
    moderator
        .post(
            &format!("/moderation/posts/{bad}"),
            &[("action", "explode")],
        )
        .await
        .expect(400);
    moderator
        .post(&format!("/t/{t}/moderate"), &[("action", "explode")])
        .await
        .expect(400);

    // Lock, pin (the pinned thread comes first), move.
    moderator
        .post(&format!("/t/{t}/moderate"), &[("action", "lock")])
        .await
        .expect(303);
    assert!(carol
        .get(&format!("/t/{t}"))
        .await
        .shows(&en(&app, "comm-thread-locked")));
    moderator
        .post(&format!("/t/{older}/moderate"), &[("action", "pin")])
        .await
        .expect(303);
    let list = carol.get(&format!("/c/{welding}")).await;
    assert_eq!(listed(&list), vec![older, t]);
    assert!(list.contains("<li class=\"thread-row pinned\">"));
    moderator
        .post(
            &format!("/t/{t}/moderate"),
            &[("action", "move"), ("community", "no-such-community")],
        )
        .await
        .expect(400);
    let page = moderator
        .post(
            &format!("/t/{t}/moderate"),
            &[("action", "move"), ("community", bakery.as_str())],
        )
        .await;
    page.expect(303);
    assert_eq!(
        listed(&carol.get(&format!("/c/{welding}")).await),
        vec![older]
    );
    assert_eq!(listed(&carol.get(&format!("/c/{bakery}")).await), vec![t]);
    assert!(carol
        .get(&format!("/t/{t}"))
        .await
        .contains(&format!("<a href=\"/c/{bakery}\">Bakery and pastry</a>")));
    // The author hears of the lock and the move.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE user_id = {alice_id} AND kind = 'moderation'"
        ))
        .await,
        2
    );

    // Suspending the author of a reported post ends their sessions.
    let spam2 = reply(&bob, older, "More cheap watches").await;
    carol
        .post(&format!("/posts/{spam2}/flag"), &[("reason", "spam")])
        .await
        .expect(303);
    assert!(bob.is_signed_in().await);
    let page = moderator
        .post(
            &format!("/moderation/posts/{spam2}"),
            &[("action", "suspend-author"), ("back", "/moderation")],
        )
        .await;
    page.expect(303);
    assert!(!bob.is_signed_in().await);
    assert_eq!(
        app.opt_text(&format!("SELECT status FROM users WHERE id = {bob_id}"))
            .await
            .as_deref(),
        Some("suspended")
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM flags WHERE status = 'open'")
            .await,
        0
    );
    // Moderators do not suspend themselves (nor other staff) from here.
    let own = reply(&moderator, older, "Please keep it civil.").await;
    moderator
        .post(
            &format!("/moderation/posts/{own}"),
            &[("action", "suspend-author")],
        )
        .await
        .expect(403);

    // Every action is in the audit log, which moderators may read (members may not).
    carol.get("/admin/audit").await.expect(403);
    let audit = moderator.get("/admin/audit").await;
    audit.expect(200);
    for action in [
        "post.hide",
        "thread.lock",
        "thread.pin",
        "thread.move",
        "user.suspend",
        "post.suspend-author",
    ] {
        assert!(
            audit.contains(&format!("<code>{action}</code>")),
            "{action} missing from the audit log:\n{}",
            audit.body
        );
    }
    assert!(audit.contains(&html_escape(&format!("{welding} -> {bakery}"))));
}

// ---- Notifications -------------------------------------------------------------------------

async fn notifications_are_counted_opened_and_marked_read(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let handle = handle_of(&app, bob_id).await;
    let t = start(
        &alice,
        &slug,
        "discussion",
        "Calling Bob",
        &format!("Hello @{handle}."),
        "en",
    )
    .await;
    let p1 = opening_post(&app, t).await;
    let p2 = reply(&alice, t, &format!("Again, @{handle}?")).await;
    // Bob gets each one by email, with a link to the post. (Waited for before he reads them:
    // a notification read before the worker reaches it is not emailed.)
    app.wait_for_email("bob@example.org", 2).await;
    let emails = app.emails_to("bob@example.org");
    for p in [p1, p2] {
        let link = format!("/t/{t}?page=1#post-{p}");
        assert_eq!(
            emails.iter().filter(|e| e.body.contains(&link)).count(),
            1,
            "{link}: {emails:#?}"
        );
    }
    let l = app.localizer("en");
    let nav = |n: i64| {
        format!(
            "<a href=\"/notifications\">{}</a>",
            l.t1("nav-notifications", "count", n)
        )
    };

    let page = bob.get("/communication").await;
    assert!(page.contains(&nav(2)), "{}", page.body);
    let list = bob.get("/notifications").await;
    list.expect(200);
    let text = l.t2(
        "notification-mention",
        "actor",
        "Alice Bianchi",
        "thread",
        "Calling Bob",
    );
    assert_eq!(list.body.matches(&html_escape(&text)).count(), 2);
    let ids = numbers_after(&list.body, "href=\"/notifications/");
    let first = app
        .count(&format!(
            "SELECT id FROM notifications WHERE user_id = {bob_id} AND post_id = {p1}"
        ))
        .await;
    let second = app
        .count(&format!(
            "SELECT id FROM notifications WHERE user_id = {bob_id} AND post_id = {p2}"
        ))
        .await;
    assert_eq!(ids, vec![second, first], "newest first");

    // Opening one marks it read and goes to the post.
    alice
        .get(&format!("/notifications/{first}"))
        .await
        .expect(404);
    let page = bob.get(&format!("/notifications/{first}")).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}?page=1#post-{p1}"));
    assert!(app
        .opt_i64(&format!(
            "SELECT read_at FROM notifications WHERE id = {first}"
        ))
        .await
        .is_some());
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT read_at FROM notifications WHERE id = {second}"
        ))
        .await,
        None
    );
    assert!(bob.get("/communication").await.contains(&nav(1)));

    // Mark all read.
    let page = bob.post("/notifications/read", &[]).await;
    page.expect(303);
    assert_eq!(page.location(), "/notifications");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE user_id = {bob_id} AND read_at IS NULL"
        ))
        .await,
        0
    );
    let page = bob.get("/communication").await;
    assert!(page.contains(&nav(0)));
    assert!(!page.contains(&nav(1)));
    // Still listed, read.
    assert_eq!(
        bob.get("/notifications")
            .await
            .body
            .matches(&html_escape(&text))
            .count(),
        2
    );
    // Signed out: to the sign-in page.
    let page = app.browser().get("/notifications").await;
    page.expect(303);
    assert!(page.location().starts_with("/login"));

    // In a long discussion, the notification leads to the page the post is on, by the link
    // on the list and by the link in the email.
    let carol_id = app
        .create_user("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    add_replies(&app, t, carol_id, 25, "Filler").await;
    let p28 = reply(&alice, t, &format!("Page two, @{handle}.")).await;
    assert_eq!(
        app.count(&format!("SELECT position FROM posts WHERE id = {p28}"))
            .await,
        28
    );
    app.settle().await;
    let third = app
        .count(&format!(
            "SELECT id FROM notifications WHERE user_id = {bob_id} AND post_id = {p28}"
        ))
        .await;
    let email = app.wait_for_email("bob@example.org", 3).await;
    assert!(
        email.body.contains(&format!("/t/{t}?page=2#post-{p28}")),
        "{}",
        email.body
    );
    let page = bob.get(&format!("/notifications/{third}")).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}?page=2#post-{p28}"));
    let landed = bob.visit(&format!("/t/{t}?page=2")).await;
    assert!(post_html(&landed, p28).contains("Page two"));
}

/// The raw header `name` of the emails to `to`, oldest first.
fn raw_headers(app: &TestApp, to: &str, name: &str) -> Vec<String> {
    use mailparse::MailHeaderMap;
    let mut paths: Vec<_> = std::fs::read_dir(app.mail_dir())
        .expect("mail folder")
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|raw| {
            let mail = mailparse::parse_mail(&raw).ok()?;
            let recipient = mail.headers.get_first_value("To")?;
            (recipient.trim() == to).then(|| mail.headers.get_first_value(name).unwrap_or_default())
        })
        .collect()
}

async fn email_choice_and_one_click_unsubscribe(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (bob, bob_id) = app
        .signed_in("bob@example.org", "Bob Novak", SiteRole::Member)
        .await;
    let carol_id = app
        .create_user("carol@example.org", "Carol Dupont", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let bob_h = handle_of(&app, bob_id).await;
    let carol_h = handle_of(&app, carol_id).await;
    let mode_sql = format!("SELECT notify_email FROM users WHERE id = {bob_id}");
    let mode = || app.opt_text(&mode_sql);
    assert_eq!(mode().await.as_deref(), Some("each"));

    let t = start(
        &alice,
        &slug,
        "discussion",
        "Emails",
        &format!("Hi @{bob_h}."),
        "en",
    )
    .await;
    let email = app.wait_for_email("bob@example.org", 1).await;
    // The email carries the one-click unsubscribe headers (RFC 8058) and the link in its text.
    let link = email.link("/unsubscribe/");
    assert!(
        link.starts_with(&format!("/unsubscribe/{bob_id}/")),
        "{link}"
    );
    let header = raw_headers(&app, "bob@example.org", "List-Unsubscribe");
    assert_eq!(header.len(), 1);
    assert!(
        header[0].starts_with('<') && header[0].ends_with(&format!("{link}>")),
        "{header:?}"
    );
    assert_eq!(
        raw_headers(&app, "bob@example.org", "List-Unsubscribe-Post"),
        vec!["List-Unsubscribe=One-Click".to_string()]
    );

    // The choice on the notifications page.
    let list = bob.get("/notifications").await;
    assert_eq!(list.selected("mode"), vec!["each".to_string()]);
    let page = bob
        .post("/account/notifications", &[("mode", "weekly")])
        .await;
    page.expect(400);
    assert_eq!(mode().await.as_deref(), Some("each"));
    bob.post("/account/notifications", &[("mode", "digest")])
        .await
        .expect(303);
    assert_eq!(mode().await.as_deref(), Some("digest"));
    assert_eq!(
        bob.get("/notifications").await.selected("mode"),
        vec!["digest".to_string()]
    );
    let page = bob.post("/account/notifications", &[("mode", "off")]).await;
    page.expect(303);
    assert_eq!(mode().await.as_deref(), Some("off"));

    // Off: the notification is listed but not emailed (Carol, on "each", gets hers).
    let p = reply(&alice, t, &format!("Again @{bob_h} and @{carol_h}.")).await;
    app.wait_for_email("carol@example.org", 1).await;
    notification_jobs_done(&app).await;
    assert_eq!(app.emails_to("bob@example.org").len(), 1);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT emailed_at FROM notifications WHERE user_id = {bob_id} AND post_id = {p}"
        ))
        .await,
        None
    );
    assert_eq!(notifications_of(&app, bob_id, "mention").await, 2);

    // The link in the email works without signing in: the page, then one click.
    bob.post("/account/notifications", &[("mode", "each")])
        .await
        .expect(303);
    let stranger = app.browser();
    let page = stranger.get(&link).await;
    page.expect(200);
    assert!(page.shows(&en(&app, "unsubscribe-lead")));
    assert!(page.contains(&format!("action=\"{link}\"")));
    assert_eq!(mode().await.as_deref(), Some("each"));
    // As a mail program sends it: no cookie, no token.
    let page = app
        .browser()
        .post_raw(&link, &[("List-Unsubscribe", "One-Click")])
        .await;
    page.expect(200);
    assert!(page.shows(&en(&app, "unsubscribe-done")));
    assert_eq!(mode().await.as_deref(), Some("off"));

    // A forged or borrowed signature changes nothing.
    bob.post("/account/notifications", &[("mode", "each")])
        .await
        .expect(303);
    let sig = link.rsplit('/').next().unwrap_or_default().to_string();
    for forged in [
        format!("/unsubscribe/{bob_id}/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        format!("/unsubscribe/{bob_id}/{}x", sig),
        format!("/unsubscribe/{alice_id}/{sig}"),
    ] {
        stranger.get(&forged).await.expect(404);
        let page = stranger.post_raw(&forged, &[]).await;
        page.expect(404);
        assert_eq!(page.error_code(), "not_found");
    }
    assert_eq!(mode().await.as_deref(), Some("each"));
    assert_eq!(
        app.opt_text(&format!(
            "SELECT notify_email FROM users WHERE id = {alice_id}"
        ))
        .await
        .as_deref(),
        Some("each")
    );
}

// ---- Posting limits ------------------------------------------------------------------------

async fn new_accounts_are_limited_to_ten_posts_an_hour(app: TestApp) {
    let (newbie, newbie_id) = app
        .signed_in("new@example.org", "Nora Newcomer", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, newbie_id).await;
    let t = start(
        &newbie,
        &slug,
        "discussion",
        "Hello all",
        "My first post.",
        "en",
    )
    .await;
    for i in 2..=10 {
        reply(&newbie, t, &format!("Post number {i}.")).await;
    }
    let page = newbie
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Number eleven."), ("lang", "en")],
        )
        .await;
    page.expect(429);
    assert_eq!(page.error_code(), "rate_limited");
    assert!(page.header("retry-after").parse::<i64>().unwrap_or(0) > 0);
    let page = newbie
        .post(
            &format!("/c/{slug}/new"),
            &[
                ("kind", "discussion"),
                ("title", "Another"),
                ("body", "Text."),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(429);
    assert_eq!(page.error_code(), "rate_limited");
    let posts_sql = format!("SELECT COUNT(*) FROM posts WHERE author_id = {newbie_id}");
    let posts = || app.count(&posts_sql);
    assert_eq!(posts().await, 10);

    // The same account a few days old has the larger allowance.
    let days_ago = bottega_storage::now() - 3 * bottega_domain::DAY;
    app.exec(&format!(
        "UPDATE users SET created_at = {days_ago} WHERE id = {newbie_id}"
    ))
    .await;
    reply(&newbie, t, "Number eleven, a few days later.").await;
    assert_eq!(posts().await, 11);
    // Posts older than an hour no longer count against a new account.
    app.exec(&format!(
        "UPDATE users SET created_at = {} WHERE id = {newbie_id}",
        bottega_storage::now()
    ))
    .await;
    newbie
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Twelve."), ("lang", "en")],
        )
        .await
        .expect(429);
    let two_hours_ago = bottega_storage::now() - 2 * bottega_domain::HOUR;
    app.exec(&format!(
        "UPDATE posts SET created_at = {two_hours_ago} WHERE author_id = {newbie_id}"
    ))
    .await;
    reply(&newbie, t, "Twelve, an hour later.").await;
}

async fn an_allowance_of_zero_is_none(mut app: TestApp) {
    app.reconfigure(|config| config.limits.posts_per_hour = 0)
        .await;
    let (newbie, newbie_id) = app
        .signed_in("new@example.org", "Nora Newcomer", SiteRole::Member)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, newbie_id).await;
    let t = start(&newbie, &slug, "discussion", "Hello all", "First.", "en").await;
    // Beyond the ten a new account has by default.
    for i in 2..=12 {
        reply(&newbie, t, &format!("Post number {i}.")).await;
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM posts WHERE author_id = {newbie_id}"
        ))
        .await,
        12
    );
}

// ---- Bad input -----------------------------------------------------------------------------

async fn bad_input_is_named_kept_and_never_a_server_error(app: TestApp) {
    let (alice, alice_id) = app
        .signed_in("alice@example.org", "Alice Bianchi", SiteRole::Member)
        .await;
    let (moderator, _) = app
        .signed_in("mod@example.org", "Mona Moderator", SiteRole::Moderator)
        .await;
    let (_, slug) = community(&app, "Teaching crafts", "public", None, alice_id).await;
    let new = format!("/c/{slug}/new");
    let threads = || app.count("SELECT COUNT(*) FROM threads");
    let required = en(&app, "form-error-required");
    let invalid = en(&app, "form-error-invalid-choice");
    let control = en(&app, "form-error-control-characters");

    // Empty title, empty text: each named, the rest kept.
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "  "),
                ("body", "Kept text"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title".to_string()]);
    assert_eq!(page.field_error("title"), Some(required.clone()));
    assert_eq!(page.textarea_value("body").as_deref(), Some("Kept text"));
    assert_eq!(page.selected("lang"), vec!["en".to_string()]);
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Kept title"),
                ("body", ""),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("body"), Some(required.clone()));
    assert_eq!(page.input_value("title").as_deref(), Some("Kept title"));

    // Too long: the limit is named; the limit itself is accepted.
    let long = "a".repeat(20_001);
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Long"),
                ("body", &long),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    let too_long = app
        .localizer("en")
        .t1("form-error-too-long", "limit", 20_000);
    assert!(too_long.contains("20"), "{too_long}");
    assert_eq!(page.field_error("body"), Some(too_long));
    assert_eq!(page.textarea_value("body").map(|b| b.len()), Some(20_001));
    assert_eq!(threads().await, 0);
    let at_limit = "a".repeat(20_000);
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Just fits"),
                ("body", &at_limit),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(303);
    let t = number_after(page.location(), "/t/");
    assert_eq!(threads().await, 1);
    let title = "b".repeat(151);
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", &title),
                ("body", "Text"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("title"),
        Some(app.localizer("en").t1("form-error-too-long", "limit", 150))
    );

    // Control characters, in the text and in the title.
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Bell"),
                ("body", "Ring \u{7} the bell"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("body"), Some(control.clone()));
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Esc\u{1b}ape"),
                ("body", "Text"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("title"), Some(control.clone()));
    let page = alice
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Null \u{0} byte"), ("lang", "en")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("body"), Some(control));

    // Unknown kind, language, country.
    let page = alice
        .post(
            &new,
            &[
                ("kind", "poll"),
                ("title", "Which?"),
                ("body", "Vote"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("kind"), Some(invalid.clone()));
    let page = alice
        .post(
            &new,
            &[
                ("kind", "discussion"),
                ("title", "Lingo"),
                ("body", "Words"),
                ("lang", "xx"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("lang"), Some(invalid.clone()));
    assert_eq!(page.input_value("title").as_deref(), Some("Lingo"));
    let page = alice
        .post(
            &format!("/t/{t}/reply"),
            &[("body", "Words"), ("lang", "klingon")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("lang"), Some(invalid.clone()));
    assert_eq!(
        page.form(&format!("/t/{t}/reply"))
            .textarea_value("body")
            .as_deref(),
        Some("Words")
    );
    let page = alice
        .post(
            &new,
            &[
                ("kind", "question"),
                ("title", "Where?"),
                ("body", "Here"),
                ("lang", "en"),
                ("country", "XX"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("country"), Some(invalid.clone()));
    let p = opening_post(&app, t).await;
    let page = alice
        .post(
            &format!("/posts/{p}/edit"),
            &[("body", "Edited"), ("lang", "xx")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.field_error("lang"), Some(invalid));
    let page = alice
        .post(&format!("/posts/{p}/edit"), &[("body", ""), ("lang", "en")])
        .await;
    page.expect(422);
    assert_eq!(page.field_error("body"), Some(required));
    assert_eq!(threads().await, 1);

    // A forged CSRF token.
    let page = alice
        .post_raw(
            &new,
            &[
                ("csrf", "forged-token"),
                ("kind", "discussion"),
                ("title", "Forged"),
                ("body", "Text"),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "csrf_invalid");
    let page = alice
        .post_raw(
            &format!("/t/{t}/reply"),
            &[("body", "No token"), ("lang", "en")],
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "csrf_invalid");
    assert_eq!(threads().await, 1);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM posts WHERE thread_id = {t}"))
            .await,
        1
    );

    // Ids that are not numbers, or name nothing: 400 or 404, never a server error.
    for (path, status) in [
        ("/t/abc".to_string(), 400),
        ("/t/99999999999999999999".to_string(), 400),
        ("/t/-1".to_string(), 404),
        ("/t/0".to_string(), 404),
        ("/t/987654".to_string(), 404),
        (format!("/t/{t}?page=abc"), 400),
        (format!("/t/{t}?quote=abc"), 400),
        (format!("/t/{t}?quote=987654"), 404),
        ("/posts/abc/history".to_string(), 400),
        ("/posts/987654/history".to_string(), 404),
        ("/posts/abc/edit".to_string(), 400),
        ("/posts/987654/edit".to_string(), 404),
        ("/posts/987654/flag".to_string(), 404),
        ("/notifications/abc".to_string(), 400),
        ("/notifications/987654".to_string(), 404),
        ("/c/no-such-community".to_string(), 404),
        ("/c/no-such-community/new".to_string(), 404),
        ("/unsubscribe/abc/sig".to_string(), 400),
        (
            "/help?state=nonsense&country=ZZ&after=garbage".to_string(),
            200,
        ),
        ("/help/similar?title=%25%25%25%5F%5F%5F%5F".to_string(), 200),
    ] {
        let page = alice.get(&path).await;
        assert_eq!(page.status.as_u16(), status, "{path}: {}", page.body);
        if status != 200 {
            assert!(!page.error_code().is_empty(), "{path}");
        }
    }
    for (path, status) in [
        ("/t/abc/reply", 400),
        ("/t/987654/reply", 404),
        ("/t/abc/follow", 400),
        ("/posts/abc/vote", 400),
        ("/posts/987654/vote", 404),
        ("/posts/987654/accept", 404),
        ("/posts/987654/delete", 404),
        ("/posts/987654/flag", 404),
        ("/posts/abc/flag", 400),
    ] {
        let page = alice
            .post(
                path,
                &[("body", "Text"), ("lang", "en"), ("reason", "spam")],
            )
            .await;
        assert_eq!(page.status.as_u16(), status, "{path}: {}", page.body);
    }
    // A moderator's "back" address stays on the site.
    let page = moderator
        .post(
            &format!("/moderation/posts/{p}"),
            &[("action", "dismiss"), ("back", "//evil.example/")],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/t/{t}#post-{p}"));
    for (path, status) in [
        ("/moderation/posts/987654", 404),
        ("/moderation/posts/abc", 400),
        ("/t/987654/moderate", 404),
    ] {
        let page = moderator.post(path, &[("action", "hide")]).await;
        assert_eq!(page.status.as_u16(), status, "{path}: {}", page.body);
    }
}
