//! Search across the platform, through HTTP, on SQLite and PostgreSQL: the index follows the
//! database, understands each language, and never shows what the reader may not see.

use bottega_domain::{Country, Language, OrgType, SiteRole};
use bottega_search::{audience, kinds, SearchDoc, SearchQuery};

use bottega_web::testing::{Browser, TestApp};

async fn community(
    app: &TestApp,
    name: &str,
    visibility: &str,
    org: Option<i64>,
    by: i64,
) -> String {
    app.create_community(name, visibility, org, by).await.1
}

/// Starts a thread through the form, as a member would.
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
    page.location().trim_start_matches("/t/").parse().unwrap()
}

/// Searches until the page shows `expected` results (the index follows the database within a
/// second or so), and returns the last page.
async fn search_until(b: &Browser, query: &str, expected: usize) -> bottega_web::testing::Page {
    let mut page = b.get(&format!("/search?{query}")).await;
    for _ in 0..60 {
        if page.body.matches("<li><h3><a href=\"/t/").count() == expected {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        page = b.get(&format!("/search?{query}")).await;
    }
    panic!("expected {expected} results for {query}:\n{}", page.body);
}

async fn finds_words_in_their_forms_and_languages(app: TestApp) {
    let (b, me) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let slug = community(&app, "Dual learning", "public", None, me).await;
    let it = start(
        &b,
        &slug,
        "discussion",
        "Formazione dei formatori aziendali",
        "Come organizziamo la formazione dei tutor nelle piccole imprese?",
        "it",
    )
    .await;
    let es = start(
        &b,
        &slug,
        "question",
        "Aprendices en talleres pequeños",
        "¿Cómo encontráis empresas para los aprendices de carpintería?",
        "es",
    )
    .await;
    let pl = start(
        &b,
        &slug,
        "discussion",
        "Praktyki zawodowe w rzemiośle",
        "Szukamy partnerów do praktyk zawodowych dla uczniów.",
        "pl",
    )
    .await;
    let anon = app.browser();
    // Stemmed forms, a prefix where no stemmer exists, a typing mistake.
    let page = search_until(&anon, "q=formazioni", 1).await;
    assert!(page.contains(&format!("/t/{it}")));
    assert!(page.contains("<mark>"), "matched words are highlighted");
    let page = search_until(&anon, "q=aprendiz", 1).await;
    assert!(page.contains(&format!("/t/{es}")));
    let page = search_until(&anon, "q=praktyk", 1).await;
    assert!(page.contains(&format!("/t/{pl}")));
    search_until(&anon, "q=formazzione", 1).await;
    // Facets narrow the results and show counts.
    let page = search_until(&anon, "type=question", 1).await;
    assert!(page.contains(&format!("/t/{es}")));
    let page = search_until(&anon, "language=pl&language=it", 2).await;
    assert!(!page.contains(&format!("/t/{es}")));
    // Hostile queries are only words.
    for q in [
        "%22%22%22%20AND%20OR%20(",
        &"x".repeat(10_000),
        "title:*%20~2%20^3",
    ] {
        anon.get(&format!("/search?q={q}")).await.expect(200);
    }
    // An edit reaches the index; a deleted thread leaves it.
    let first_post: i64 = app
        .opt_i64(&format!(
            "SELECT id FROM posts WHERE thread_id = {pl} AND position = 1"
        ))
        .await
        .unwrap();
    b.post(
        &format!("/posts/{first_post}/edit"),
        &[
            ("title", "Praktyki zawodowe w rzemiośle"),
            ("body", "Nowy opis: stolarstwo i ciesielstwo."),
        ],
    )
    .await
    .expect(303);
    search_until(&anon, "q=stolarstwo", 1).await;
    b.post(&format!("/posts/{first_post}/delete"), &[])
        .await
        .expect(303);
    search_until(&anon, "q=stolarstwo", 0).await;
}

async fn never_shows_what_the_reader_may_not_see(app: TestApp) {
    let (insider, me) = app
        .signed_in("in@school.example", "Insider", SiteRole::Member)
        .await;
    let (outsider, _) = app
        .signed_in("out@school.example", "Outsider", SiteRole::Member)
        .await;
    let (staff, _) = app
        .signed_in("mod@school.example", "Moderator", SiteRole::Moderator)
        .await;
    let (org, _) = app
        .create_org(
            me,
            "Scuola Edile",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[Language::It],
        )
        .await;
    let private = community(&app, "Staff room", "private", Some(org), me).await;
    let members = community(&app, "Members corner", "members", None, me).await;
    let public = community(&app, "Open square", "public", None, me).await;
    start(
        &insider,
        &private,
        "discussion",
        "Confidential carpentry budget",
        "Our carpentry budget for next year.",
        "en",
    )
    .await;
    start(
        &insider,
        &members,
        "discussion",
        "Carpentry tools for members",
        "Which carpentry tools do you use?",
        "en",
    )
    .await;
    start(
        &insider,
        &public,
        "discussion",
        "Carpentry apprenticeships everywhere",
        "Carpentry for everyone.",
        "en",
    )
    .await;
    let anon = app.browser();
    let page = search_until(&insider, "q=carpentry", 3).await;
    assert!(page.contains("Confidential"));
    search_until(&staff, "q=carpentry", 3).await;
    let page = search_until(&outsider, "q=carpentry", 2).await;
    assert!(
        !page.contains("Confidential"),
        "a private thread never reaches outsiders"
    );
    assert!(page.contains("2 results"), "nor is it counted");
    let page = search_until(&anon, "q=carpentry", 1).await;
    assert!(!page.contains("Confidential") && !page.contains("for members"));
    // Facet counts leave out what is hidden too.
    assert!(!page.contains("staff-room"), "{}", page.body);
}

/// An index rebuilt while the outbox was still empty (as `bottega generate` leaves it) follows
/// the first change by applying it, instead of rebuilding everything while that change waits.
async fn an_index_rebuilt_before_any_change_takes_the_first_one_as_a_change(app: TestApp) {
    let (b, me) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let slug = community(&app, "Dual learning", "public", None, me).await;
    let rebuilt = bottega_web::search_feed::rebuild(&app.state.db, &app.state.search)
        .await
        .expect("rebuild");
    assert_eq!(rebuilt, 0);
    assert_eq!(app.state.search.cursor(), 0);
    // A document only the index holds: a rebuild from the database would drop it.
    let marker = SearchDoc::new(kinds::RESOURCE, 999_999, "Zythology", "Only in the index.")
        .lang("en")
        .visible_to(audience::PUBLIC);
    app.state.search.upsert(&[marker]).expect("upsert");
    app.state.search.commit().expect("commit");
    start(
        &b,
        &slug,
        "discussion",
        "Kintsugi in the carpentry workshop",
        "Mending with gold as a lesson.",
        "en",
    )
    .await;
    search_until(&b, "q=kintsugi", 1).await;
    let marked = app
        .state
        .search
        .search(&SearchQuery::new("zythology", [audience::PUBLIC]))
        .expect("search");
    assert_eq!(marked.total, 1, "the first change rebuilt the whole index");
    assert!(app.state.search.cursor() > 0);
}

bottega_web::web_tests!(
    finds_words_in_their_forms_and_languages,
    never_shows_what_the_reader_may_not_see,
    an_index_rebuilt_before_any_change_takes_the_first_one_as_a_change
);
