//! Storage conformance for the Communication section, on SQLite and PostgreSQL.

use bottega_domain::{Country, Language, OrgRole, OrgType, Sector, SiteRole};
use bottega_storage::accounts::{self, NewUser};
use bottega_storage::communication::communities::{self, NewCommunity};
use bottega_storage::communication::notifications::{self, NewNotification};
use bottega_storage::communication::posts::{self, NewPost};
use bottega_storage::communication::threads::{self, NewThread, QuestionState, ThreadFilter};
use bottega_storage::communication::workshops::{self, Axes, NewWorkshop};
use bottega_storage::communication::{moderation, Cursor, Reader};
use bottega_storage::directory::{self, OrgFields};
use bottega_storage::testing::TestDb;
use bottega_storage::{engine_tests, StorageError};

async fn user(t: &TestDb, email: &str, name: &str) -> i64 {
    let mut tx = t.db.begin().await.unwrap();
    let id = accounts::create_user(
        &mut tx,
        &NewUser {
            email,
            password_hash: "x",
            display_name: name,
            country: Some(Country::It),
            is_minor: false,
            locale: None,
            site_role: SiteRole::Member,
            verified: true,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn community(t: &TestDb, name: &str, visibility: &str, org: Option<i64>, by: i64) -> i64 {
    let mut tx = t.db.begin().await.unwrap();
    let id = communities::create(
        &mut tx,
        &NewCommunity {
            name,
            description: "",
            description_lang: None,
            visibility,
            org_id: org,
            group_id: None,
            position: 0,
        },
        by,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn thread(t: &TestDb, community_id: i64, kind: &str, title: &str, by: i64) -> (i64, i64) {
    let mut tx = t.db.begin().await.unwrap();
    let ids = threads::create(
        &mut tx,
        &NewThread {
            community_id,
            kind,
            title,
            author_id: by,
            lang: Language::En,
            lang_detected: true,
            country: Some(Country::Hr),
            sector: Some(Sector::Woodwork),
            org_type: Some(OrgType::VetProvider),
            body_md: "Opening **post**",
            body_html: "<p>Opening <strong>post</strong></p>",
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    ids
}

async fn reply(t: &TestDb, thread_id: i64, by: i64, text: &str) -> (i64, i64) {
    let mut tx = t.db.begin().await.unwrap();
    let r = posts::reply(
        &mut tx,
        &NewPost {
            thread_id,
            author_id: by,
            body_md: text,
            body_html: text,
            lang: Language::It,
            lang_detected: false,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    r
}

async fn handles_are_made_unique(t: TestDb) {
    let a = user(&t, "a@x.org", "Ana Kovač").await;
    let b = user(&t, "b@x.org", "Ana Kovač").await;
    let ua = accounts::by_id(&t.db, a).await.unwrap();
    let ub = accounts::by_id(&t.db, b).await.unwrap();
    assert_eq!(ua.handle, "ana-kovac");
    assert!(ub.handle.starts_with("ana-kovac-") && ub.handle != ua.handle);
    let found = accounts::by_handles(&t.db, &["ana-kovac".into(), "nobody".into()])
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, a);
    let mut tx = t.db.begin().await.unwrap();
    assert!(matches!(
        accounts::set_handle(&mut tx, b, "ana-kovac").await,
        Err(StorageError::Conflict(ref c)) if c == "handle"
    ));
    accounts::set_handle(&mut tx, b, "ana-k").await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(ua.notify_email, "each");
}

async fn threads_posts_and_stable_positions(t: TestDb) {
    let ana = user(&t, "ana@x.org", "Ana").await;
    let ben = user(&t, "ben@x.org", "Ben").await;
    let c = community(&t, "Dual learning", "public", None, ana).await;
    let (tid, first) = thread(
        &t,
        c,
        threads::DISCUSSION,
        "Apprentices in small firms",
        ana,
    )
    .await;
    // Concurrent replies get distinct, consecutive positions.
    let mut handles = Vec::new();
    for n in 0..10 {
        let db = t.db.clone();
        handles.push(tokio::spawn(async move {
            let mut tx = db.begin().await.unwrap();
            let r = posts::reply(
                &mut tx,
                &NewPost {
                    thread_id: tid,
                    author_id: ben,
                    body_md: &format!("reply {n}"),
                    body_html: "x",
                    lang: Language::En,
                    lang_detected: false,
                },
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            r.1
        }));
    }
    let mut positions = Vec::new();
    for h in handles {
        positions.push(h.await.unwrap());
    }
    positions.sort();
    assert_eq!(positions, (2..=11).collect::<Vec<_>>());
    let page = posts::by_positions(&t.db, ben, tid, 1, 5).await.unwrap();
    assert_eq!(
        page.iter().map(|p| p.position).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
    assert_eq!(page[0].id, first);
    assert!(page[0].lang_detected);

    let reader = Reader::member(ben, false);
    let th = threads::visible(&t.db, &reader, tid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((th.post_seq, th.reply_count), (11, 10));
    assert_eq!(th.unread(), 11);
    threads::mark_read(&t.db, tid, ben, 5).await.unwrap();
    threads::mark_read(&t.db, tid, ben, 3).await.unwrap();
    let th = threads::visible(&t.db, &reader, tid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(th.unread(), 6, "read positions never move back");
    let list = communities::list(&t.db, &reader).await.unwrap();
    assert_eq!((list[0].thread_count, list[0].post_count), (1, 11));

    // Edits keep the previous version; deleting is soft.
    let mut tx = t.db.begin().await.unwrap();
    posts::edit(
        &mut tx,
        first,
        ana,
        "New text",
        "<p>New text</p>",
        Language::It,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let revs = posts::revisions(&t.db, first).await.unwrap();
    assert_eq!(revs.len(), 1);
    assert!(revs[0].body_html.contains("Opening"));
    let p = posts::by_id(&t.db, ana, first).await.unwrap();
    assert_eq!((p.edit_count, p.lang.as_str()), (1, "it"));
    let th = threads::visible(&t.db, &reader, tid)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(th.lang, "it", "the opening post's language is the thread's");
    let second = posts::by_positions(&t.db, ana, tid, 2, 2).await.unwrap()[0].id;
    let mut tx = t.db.begin().await.unwrap();
    posts::delete(&mut tx, second).await.unwrap();
    tx.commit().await.unwrap();
    assert!(posts::by_id(&t.db, ana, second)
        .await
        .unwrap()
        .deleted_at
        .is_some());
    assert!(threads::visible(&t.db, &reader, tid)
        .await
        .unwrap()
        .unwrap()
        .deleted_at
        .is_none());
}

async fn visibility_of_private_communities(t: TestDb) {
    let ana = user(&t, "ana@x.org", "Ana").await;
    let out = user(&t, "out@x.org", "Outsider").await;
    let mut tx = t.db.begin().await.unwrap();
    let org = directory::create(
        &mut tx,
        &OrgFields {
            name: "Scuola",
            org_type: OrgType::VetProvider,
            country: Country::It,
            city: "",
            website: "",
            description: "",
            description_lang: None,
            sectors: &[],
            languages: &[],
        },
        ana,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let public = community(&t, "Open", "public", None, ana).await;
    let members = community(&t, "Members", "members", None, ana).await;
    let private = community(&t, "Staff room", "private", Some(org.id), ana).await;
    let (pt, _) = thread(&t, private, threads::DISCUSSION, "Secret plans", ana).await;
    thread(&t, members, threads::DISCUSSION, "For members", ana).await;
    thread(&t, public, threads::QUESTION, "Open question", ana).await;

    let anon = Reader::anonymous();
    let outsider = Reader::member(out, false);
    let insider = Reader::member(ana, false);
    assert_eq!(communities::list(&t.db, &anon).await.unwrap().len(), 1);
    assert_eq!(communities::list(&t.db, &outsider).await.unwrap().len(), 2);
    assert_eq!(communities::list(&t.db, &insider).await.unwrap().len(), 3);
    assert_eq!(
        communities::list(&t.db, &Reader::member(out, true))
            .await
            .unwrap()
            .len(),
        3
    );
    assert!(threads::visible(&t.db, &outsider, pt)
        .await
        .unwrap()
        .is_none());
    assert!(threads::visible(&t.db, &insider, pt)
        .await
        .unwrap()
        .is_some());
    let all = ThreadFilter::default();
    assert_eq!(
        threads::list(&t.db, &anon, &all, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        1
    );
    assert_eq!(
        threads::list(&t.db, &outsider, &all, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        2
    );
    assert_eq!(
        threads::list(&t.db, &insider, &all, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        3
    );

    // Notifications about a private thread never reach outsiders.
    let mut tx = t.db.begin().await.unwrap();
    let to_out = notifications::notify(
        &mut tx,
        &NewNotification {
            user_id: out,
            kind: notifications::MENTION,
            thread_id: Some(pt),
            post_id: None,
            actor_id: Some(ana),
            detail: "",
        },
    )
    .await
    .unwrap();
    assert!(to_out.is_none());
    tx.commit().await.unwrap();
    // A member who leaves stops seeing notifications about it.
    let mut tx = t.db.begin().await.unwrap();
    directory::add_member(&mut tx, org.id, out, OrgRole::Member)
        .await
        .unwrap();
    let n = notifications::notify(
        &mut tx,
        &NewNotification {
            user_id: out,
            kind: notifications::MENTION,
            thread_id: Some(pt),
            post_id: None,
            actor_id: Some(ana),
            detail: "",
        },
    )
    .await
    .unwrap();
    assert!(n.is_some());
    tx.commit().await.unwrap();
    assert_eq!(notifications::unread_count(&t.db, out).await.unwrap(), 1);
    let mut tx = t.db.begin().await.unwrap();
    directory::remove_member(&mut tx, org.id, out)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(notifications::unread_count(&t.db, out).await.unwrap(), 0);
    assert_eq!(notifications::list(&t.db, out, 20, 0).await.unwrap().1, 0);
}

async fn keyset_paging_survives_new_posts(t: TestDb) {
    let ana = user(&t, "ana@x.org", "Ana").await;
    let c = community(&t, "Mobility", "public", None, ana).await;
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(
            thread(&t, c, threads::DISCUSSION, &format!("T{n}"), ana)
                .await
                .0,
        );
        tokio::time::sleep(std::time::Duration::from_millis(3)).await;
    }
    let r = Reader::anonymous();
    let f = ThreadFilter {
        community_id: Some(c),
        ..Default::default()
    };
    let (page1, next) = threads::list(&t.db, &r, &f, None, 2).await.unwrap();
    assert_eq!(
        page1.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        vec!["T4", "T3"]
    );
    // Activity on an old thread moves it to the top, but the next page neither repeats nor skips.
    reply(&t, ids[0], ana, "bump").await;
    let next = next.unwrap();
    assert_eq!(Cursor::decode(&next.encode()), Some(next));
    let (page2, next2) = threads::list(&t.db, &r, &f, Some(next), 2).await.unwrap();
    assert_eq!(
        page2.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(),
        vec!["T2", "T1"]
    );
    assert!(
        next2.is_none(),
        "T0 moved above the first page, so nothing follows T1"
    );
    let (top, _) = threads::list(&t.db, &r, &f, None, 2).await.unwrap();
    assert_eq!(top[0].title, "T0");
}

async fn questions_votes_and_accepted_answers(t: TestDb) {
    let asker = user(&t, "asker@x.org", "Asker").await;
    let helper = user(&t, "helper@x.org", "Helper").await;
    let other = user(&t, "other@x.org", "Other").await;
    let c = community(&t, "Guidance", "public", None, asker).await;
    let (q, first) = thread(
        &t,
        c,
        threads::QUESTION,
        "How to find placements for apprentices",
        asker,
    )
    .await;
    thread(&t, c, threads::QUESTION, "Funding for mobility", asker).await;
    let r = Reader::anonymous();
    let unanswered = ThreadFilter {
        kind: Some(threads::QUESTION),
        state: QuestionState::Unanswered,
        ..Default::default()
    };
    assert_eq!(
        threads::list(&t.db, &r, &unanswered, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        2
    );
    let (a1, _) = reply(&t, q, helper, "Ask the chamber").await;
    let (a2, _) = reply(&t, q, other, "Try the job centre").await;
    assert_eq!(
        threads::list(&t.db, &r, &unanswered, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        1
    );

    let mut tx = t.db.begin().await.unwrap();
    assert!(posts::vote(&mut tx, a2, asker).await.unwrap());
    assert!(
        !posts::vote(&mut tx, a2, asker).await.unwrap(),
        "voting twice changes nothing"
    );
    assert!(posts::vote(&mut tx, a2, helper).await.unwrap());
    // Only an answer of this question can be accepted; the question itself cannot.
    assert!(matches!(
        threads::set_accepted(&mut tx, q, Some(first)).await,
        Err(StorageError::NotFound)
    ));
    threads::set_accepted(&mut tx, q, Some(a1)).await.unwrap();
    tx.commit().await.unwrap();
    let answers = posts::answers(&t.db, asker, q, Some(a1), 20, 0)
        .await
        .unwrap();
    assert_eq!(
        answers.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![a1, a2],
        "accepted first"
    );
    assert_eq!(answers[1].votes, 2);
    assert!(answers[1].voted);
    let solved = ThreadFilter {
        kind: Some(threads::QUESTION),
        state: QuestionState::Solved,
        ..Default::default()
    };
    assert_eq!(
        threads::list(&t.db, &r, &solved, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        1
    );
    assert_eq!(
        threads::question_counts(&t.db, &r).await.unwrap(),
        (1, 1, 1)
    );
    let rec = threads::help_record(&t.db, helper).await.unwrap();
    assert_eq!((rec.answers, rec.accepted), (1, 1));
    let similar = threads::similar_questions(&t.db, &r, "placements for apprenticeships", 5)
        .await
        .unwrap();
    assert_eq!(similar.first().map(|s| s.0), Some(q));
    assert!(similar[0].2, "marked solved");
    let by_context = ThreadFilter {
        kind: Some(threads::QUESTION),
        country: Some(Country::Hr),
        sector: Some(Sector::Woodwork),
        ..Default::default()
    };
    assert_eq!(
        threads::list(&t.db, &r, &by_context, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        2
    );
    let by_lang = ThreadFilter {
        languages: vec![Language::Pl],
        ..Default::default()
    };
    assert_eq!(
        threads::list(&t.db, &r, &by_lang, None, 20)
            .await
            .unwrap()
            .0
            .len(),
        0
    );
    // Deleting the accepted answer unsets it.
    let mut tx = t.db.begin().await.unwrap();
    posts::delete(&mut tx, a1).await.unwrap();
    tx.commit().await.unwrap();
    assert!(threads::visible(&t.db, &r, q)
        .await
        .unwrap()
        .unwrap()
        .accepted_post_id
        .is_none());
    let rec = threads::help_record(&t.db, helper).await.unwrap();
    assert_eq!((rec.answers, rec.accepted), (0, 0));
    let rec = threads::help_record(&t.db, asker).await.unwrap();
    assert_eq!((rec.answers, rec.accepted, rec.questions), (0, 0, 2));
    let nobody = user(&t, "nobody@x.org", "Nobody").await;
    assert_eq!(
        threads::help_record(&t.db, nobody).await.unwrap(),
        threads::HelpRecord::default()
    );
}

/// A tiny deterministic random number generator (SplitMix64): a failing sequence of the
/// property test below comes back the same on every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Checks that every member's help counters equal their help record counted afresh.
async fn assert_help_counts(t: &TestDb, members: &[i64], after: &str) {
    for &m in members {
        let kept = threads::help_record(&t.db, m).await.unwrap();
        let counted = threads::help_recount(t.db.reader(), m).await.unwrap();
        assert_eq!(kept, counted, "member {m} after {after}");
    }
}

/// The statement of a migration that starts with `start`, from this engine's file of it.
fn migration_statement(
    t: &TestDb,
    sqlite: &'static str,
    postgres: &'static str,
    start: &str,
) -> &'static str {
    let migration = match t.db.engine() {
        bottega_storage::Engine::Sqlite => sqlite,
        bottega_storage::Engine::Postgres => postgres,
    };
    let at = migration.find(start).unwrap();
    migration[at..].split(';').next().unwrap()
}

/// Checks that the question counts the communities keep equal the questions counted afresh,
/// for someone who sees every community and for someone who sees only the public ones.
async fn assert_question_counts(t: &TestDb, after: &str) {
    for reader in [Reader::anonymous(), Reader::member(0, true)] {
        let kept = threads::question_counts(&t.db, &reader).await.unwrap();
        let counted = threads::question_recount(&t.db, &reader).await.unwrap();
        assert_eq!(kept, counted, "question counts after {after}");
    }
}

/// The help counters kept with each change equal the record counted from posts and threads,
/// after every step of a random sequence of what members and moderators do.
async fn help_counters_follow_every_change(t: TestDb) {
    let mut members = Vec::new();
    for n in 0..4 {
        members.push(user(&t, &format!("m{n}@x.org"), &format!("Member {n}")).await);
    }
    let moderator = members[0];
    let c1 = community(&t, "Guidance", "public", None, moderator).await;
    let c2 = community(&t, "Mobility", "public", None, moderator).await;
    let mut rng = SplitMix(0x0B07_7E6A);
    // Every thread, and every post as (id, thread, position).
    let mut all_threads: Vec<i64> = Vec::new();
    let mut all_posts: Vec<(i64, i64, i64)> = Vec::new();
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for step in 0..600 {
        let by = members[rng.below(members.len())];
        let roll = if all_threads.is_empty() {
            0
        } else {
            rng.below(100)
        };
        // Each thread's accepted answer and whether it is deleted, to aim some changes at
        // accepted answers (rare among random picks) and to name what a change did. Both lists
        // in id order: the picks from them must not depend on where PostgreSQL keeps a row
        // after an update, or the sequence differs from run to run.
        let state: Vec<(i64, Option<i64>, Option<i64>)> =
            sqlx::query_as("SELECT id, accepted_post_id, deleted_at FROM threads ORDER BY id")
                .fetch_all(t.db.reader())
                .await
                .unwrap();
        let questions: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM threads WHERE kind = 'question' AND deleted_at IS NULL ORDER BY id",
        )
        .fetch_all(t.db.reader())
        .await
        .unwrap();
        let of = |tid: i64| *state.iter().find(|s| s.0 == tid).unwrap();
        let solved: Vec<(i64, i64)> = state
            .iter()
            .filter_map(|s| Some((s.0, s.1?)).filter(|_| s.2.is_none()))
            .collect();
        let aim_at_solved = !solved.is_empty() && rng.below(2) == 0;
        let mut tx = t.db.begin().await.unwrap();
        let what: &str = match roll {
            0..=9 => {
                let kind = if rng.below(3) == 0 {
                    threads::DISCUSSION
                } else {
                    threads::QUESTION
                };
                let (tid, pid) = threads::create(
                    &mut tx,
                    &NewThread {
                        community_id: c1,
                        kind,
                        title: "Placements",
                        author_id: by,
                        lang: Language::En,
                        lang_detected: true,
                        country: None,
                        sector: None,
                        org_type: None,
                        body_md: "Where?",
                        body_html: "<p>Where?</p>",
                    },
                )
                .await
                .unwrap();
                all_threads.push(tid);
                all_posts.push((pid, tid, 1));
                if kind == threads::QUESTION {
                    "new question"
                } else {
                    "new discussion"
                }
            }
            10..=29 => {
                let tid = all_threads[rng.below(all_threads.len())];
                let (pid, position) = posts::reply(
                    &mut tx,
                    &NewPost {
                        thread_id: tid,
                        author_id: by,
                        body_md: "Try this",
                        body_html: "<p>Try this</p>",
                        lang: Language::En,
                        lang_detected: true,
                    },
                )
                .await
                .unwrap();
                all_posts.push((pid, tid, position));
                "reply"
            }
            30..=54 => {
                // Mostly a reply in a question not deleted (often one already solved), else any
                // post of any thread: an answer not deleted nor hidden of a question is accepted
                // (or replaces the accepted one); anything else is refused.
                let tid = if aim_at_solved {
                    solved[rng.below(solved.len())].0
                } else if !questions.is_empty() && rng.below(4) != 0 {
                    questions[rng.below(questions.len())]
                } else {
                    all_threads[rng.below(all_threads.len())]
                };
                let in_thread: Vec<&(i64, i64, i64)> =
                    all_posts.iter().filter(|p| p.1 == tid).collect();
                let replies: Vec<i64> = in_thread.iter().filter(|p| p.2 > 1).map(|p| p.0).collect();
                let pid = if !replies.is_empty() && rng.below(4) != 0 {
                    replies[rng.below(replies.len())]
                } else {
                    in_thread[rng.below(in_thread.len())].0
                };
                match threads::set_accepted(&mut tx, tid, Some(pid)).await {
                    Ok(()) => match of(tid) {
                        (_, _, Some(_)) => "accept in a deleted question",
                        (_, Some(before), _) if before == pid => "accept the same again",
                        (_, Some(_), _) => "accept another",
                        (_, None, _) => "accept",
                    },
                    Err(StorageError::NotFound) => "accept refused",
                    Err(e) => panic!("accepting: {e}"),
                }
            }
            55..=58 => {
                // An answer of another thread is refused.
                let (pid, tid, _) = all_posts[rng.below(all_posts.len())];
                let other = all_threads[rng.below(all_threads.len())];
                if other == tid {
                    "accept skipped"
                } else {
                    assert!(matches!(
                        threads::set_accepted(&mut tx, other, Some(pid)).await,
                        Err(StorageError::NotFound)
                    ));
                    "accept from another thread refused"
                }
            }
            59..=64 => {
                let tid = all_threads[rng.below(all_threads.len())];
                let tid = if aim_at_solved {
                    solved[rng.below(solved.len())].0
                } else {
                    tid
                };
                threads::set_accepted(&mut tx, tid, None).await.unwrap();
                if of(tid).1.is_some() {
                    "clear accept"
                } else {
                    "clear nothing"
                }
            }
            65..=74 => {
                let replies: Vec<i64> = all_posts.iter().filter(|p| p.2 > 1).map(|p| p.0).collect();
                if aim_at_solved {
                    let pid = solved[rng.below(solved.len())].1;
                    posts::delete(&mut tx, pid).await.unwrap();
                    "delete accepted answer"
                } else if replies.is_empty() {
                    "delete skipped"
                } else {
                    let pid = replies[rng.below(replies.len())];
                    posts::delete(&mut tx, pid).await.unwrap();
                    "delete reply"
                }
            }
            75..=79 => {
                let tid = if aim_at_solved {
                    solved[rng.below(solved.len())].0
                } else {
                    all_threads[rng.below(all_threads.len())]
                };
                let opening = all_posts
                    .iter()
                    .find(|p| p.1 == tid && p.2 == 1)
                    .map(|p| p.0)
                    .unwrap();
                posts::delete(&mut tx, opening).await.unwrap();
                match of(tid) {
                    (_, _, Some(_)) => "delete opening post again",
                    (_, Some(_), _) => "delete solved question",
                    _ => "delete opening post",
                }
            }
            80..=88 => {
                let (pid, what) = if aim_at_solved {
                    (solved[rng.below(solved.len())].1, "hide accepted answer")
                } else {
                    (all_posts[rng.below(all_posts.len())].0, "hide")
                };
                moderation::set_post_hidden(&mut tx, pid, true, moderator)
                    .await
                    .unwrap();
                what
            }
            89..=94 => {
                let (pid, _, _) = all_posts[rng.below(all_posts.len())];
                moderation::set_post_hidden(&mut tx, pid, false, moderator)
                    .await
                    .unwrap();
                "show again"
            }
            _ => {
                let tid = all_threads[rng.below(all_threads.len())];
                let to = if rng.below(2) == 0 { c1 } else { c2 };
                moderation::move_thread(&mut tx, tid, to).await.unwrap();
                "move"
            }
        };
        tx.commit().await.unwrap();
        *seen.entry(what).or_default() += 1;
        assert_help_counts(&t, &members, &format!("step {step}: {what}")).await;
        assert_question_counts(&t, &format!("step {step}: {what}")).await;
    }
    // The sequence did reach every kind of change, several times.
    for what in [
        "new question",
        "new discussion",
        "reply",
        "accept",
        "accept another",
        "accept the same again",
        "accept in a deleted question",
        "accept refused",
        "accept from another thread refused",
        "clear accept",
        "clear nothing",
        "delete reply",
        "delete accepted answer",
        "delete opening post",
        "delete opening post again",
        "delete solved question",
        "hide",
        "hide accepted answer",
        "show again",
        "move",
    ] {
        assert!(
            seen.get(what).copied().unwrap_or(0) >= 3,
            "{what}: {seen:?}"
        );
    }
    // One more solved question, so that the recounts below have every figure to count.
    let (q, _) = thread(&t, c2, threads::QUESTION, "Funding", members[1]).await;
    let (a, _) = reply(&t, q, members[2], "Erasmus+").await;
    let mut tx = t.db.begin().await.unwrap();
    threads::set_accepted(&mut tx, q, Some(a)).await.unwrap();
    tx.commit().await.unwrap();
    assert_help_counts(&t, &members, "a last accepted answer").await;
    let mut total = threads::HelpRecord::default();
    for &m in &members {
        let r = threads::help_record(&t.db, m).await.unwrap();
        total.answers += r.answers;
        total.accepted += r.accepted;
        total.questions += r.questions;
    }
    assert!(
        total.answers > 0 && total.accepted > 0 && total.questions > 0,
        "{total:?}"
    );

    // Counters gone wrong are set right by counting afresh, a stale row for someone who has
    // done nothing included.
    let idle = user(&t, "idle@x.org", "Idle").await;
    members.push(idle);
    let mut tx = t.db.begin().await.unwrap();
    sqlx::query("UPDATE member_help_counts SET answers = answers + 7, accepted = 0")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query("INSERT INTO member_help_counts (user_id, answers, accepted, questions) VALUES ($1, 3, 2, 1)")
        .bind(idle)
        .execute(&mut *tx)
        .await
        .unwrap();
    threads::fill_help_counts(&mut tx).await.unwrap();
    tx.commit().await.unwrap();
    assert_help_counts(&t, &members, "counting afresh").await;

    // The back-fill of the migration, run on this data, counts the same.
    let back_fill = migration_statement(
        &t,
        include_str!("../migrations/sqlite/0008_help_counters.sql"),
        include_str!("../migrations/postgres/0008_help_counters.sql"),
        "INSERT INTO member_help_counts",
    );
    let mut tx = t.db.begin().await.unwrap();
    sqlx::query("DELETE FROM member_help_counts")
        .execute(&mut *tx)
        .await
        .unwrap();
    sqlx::query(back_fill).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    assert_help_counts(&t, &members, "the migration's back-fill").await;

    // So does the back-fill of the communities' question counts, from counts gone wrong.
    let back_fill = migration_statement(
        &t,
        include_str!("../migrations/sqlite/0012_question_counts.sql"),
        include_str!("../migrations/postgres/0012_question_counts.sql"),
        "UPDATE communities SET",
    );
    let mut tx = t.db.begin().await.unwrap();
    sqlx::query(
        "UPDATE communities SET questions_unanswered = 99, questions_unsolved = 0, \
         questions_solved = -3",
    )
    .execute(&mut *tx)
    .await
    .unwrap();
    sqlx::query(back_fill).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    assert_question_counts(&t, "the migration's back-fill").await;
}

/// Accepted answers changed by many at the same moment (PostgreSQL runs them side by side) move
/// the counts from the answer each change really replaced.
async fn help_counters_under_concurrent_accepts(t: TestDb) {
    let mut members = Vec::new();
    for n in 0..4 {
        members.push(user(&t, &format!("c{n}@x.org"), &format!("Member {n}")).await);
    }
    let c = community(&t, "Guidance", "public", None, members[0]).await;
    let mut answers = Vec::new();
    let mut questions = Vec::new();
    for q in 0..2 {
        let (tid, _) = thread(&t, c, threads::QUESTION, "Placements", members[q]).await;
        questions.push(tid);
        for &m in &members[1..] {
            answers.push((tid, reply(&t, tid, m, "This way").await.0));
        }
    }
    let mut handles = Vec::new();
    for n in 0..24 {
        let db = t.db.clone();
        let (tid, pid) = answers[n % answers.len()];
        handles.push(tokio::spawn(async move {
            let mut tx = db.begin().await.unwrap();
            let accepted = (n % 5 != 4).then_some(pid);
            threads::set_accepted(&mut tx, tid, accepted).await.unwrap();
            tx.commit().await.unwrap();
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    assert_help_counts(&t, &members, "accepting side by side").await;
}

/// Threads moved between two communities in both directions at once (PostgreSQL runs the moves
/// side by side) all get there, and the communities' counts follow them.
async fn moves_in_both_directions_side_by_side(t: TestDb) {
    let mod_ = user(&t, "mover@x.org", "Moderator").await;
    let a = community(&t, "Welding", "public", None, mod_).await;
    let b = community(&t, "Bakery", "public", None, mod_).await;
    let mut moves = Vec::new();
    for n in 0..12 {
        let (from, to) = if n % 2 == 0 { (a, b) } else { (b, a) };
        let (tid, _) = thread(&t, from, threads::QUESTION, "Where to?", mod_).await;
        reply(&t, tid, mod_, "Here").await;
        moves.push((tid, to));
    }
    for round in 0..4 {
        let mut handles = Vec::new();
        for &(tid, to) in &moves {
            let db = t.db.clone();
            handles.push(tokio::spawn(async move {
                let mut tx = db.begin().await?;
                moderation::move_thread(&mut tx, tid, to).await?;
                tx.commit().await?;
                Ok::<(), StorageError>(())
            }));
        }
        for h in handles {
            if let Err(e) = h.await.unwrap() {
                panic!("a move failed in round {round}: {e}");
            }
        }
        // Back where they came from, for the next round.
        moves = moves
            .iter()
            .map(|&(tid, to)| (tid, if to == a { b } else { a }))
            .collect();
    }
    let cs = communities::list(&t.db, &Reader::anonymous())
        .await
        .unwrap();
    let counts: Vec<(i64, i64, i64)> = cs
        .iter()
        .filter(|c| c.id == a || c.id == b)
        .map(|c| (c.id, c.thread_count, c.post_count))
        .collect();
    assert_eq!(counts.len(), 2);
    assert!(counts
        .iter()
        .all(|&(_, threads, posts)| threads == 6 && posts == 12));
    assert_question_counts(&t, "moves both ways").await;
}

async fn moderation_flags_hide_lock_move(t: TestDb) {
    let ana = user(&t, "ana@x.org", "Ana").await;
    let mod_ = user(&t, "mod@x.org", "Mod").await;
    let c1 = community(&t, "One", "public", None, ana).await;
    let c2 = community(&t, "Two", "public", None, ana).await;
    let (tid, first) = thread(&t, c1, threads::DISCUSSION, "Spam?", ana).await;
    let mut tx = t.db.begin().await.unwrap();
    moderation::flag(&mut tx, first, mod_, "spam", "looks like an advert")
        .await
        .unwrap();
    assert!(matches!(
        moderation::flag(&mut tx, first, mod_, "spam", "").await,
        Err(StorageError::Conflict(_))
    ));
    tx.commit().await.unwrap();
    assert_eq!(moderation::queue(&t.db, Some(c1)).await.unwrap().len(), 1);
    assert_eq!(moderation::queue(&t.db, Some(c2)).await.unwrap().len(), 0);
    let mut tx = t.db.begin().await.unwrap();
    moderation::set_post_hidden(&mut tx, first, true, mod_)
        .await
        .unwrap();
    assert_eq!(
        moderation::resolve_flags(&mut tx, first, "upheld", mod_)
            .await
            .unwrap(),
        1
    );
    moderation::set_locked(&mut tx, tid, true).await.unwrap();
    moderation::set_pinned(&mut tx, tid, true).await.unwrap();
    moderation::move_thread(&mut tx, tid, c2).await.unwrap();
    tx.commit().await.unwrap();
    let r = Reader::anonymous();
    assert!(
        threads::list(&t.db, &r, &ThreadFilter::default(), None, 20)
            .await
            .unwrap()
            .0
            .is_empty(),
        "hidden"
    );
    let staff = Reader::member(mod_, true);
    let th = threads::visible(&t.db, &staff, tid).await.unwrap().unwrap();
    assert!(th.locked && th.pinned && th.hidden_at.is_some());
    assert_eq!(th.community_id, c2);
    let cs = communities::list(&t.db, &r).await.unwrap();
    let counts: Vec<(i64, i64)> = cs.iter().map(|c| (c.id, c.thread_count)).collect();
    assert!(counts.contains(&(c1, 0)) && counts.contains(&(c2, 1)));
    assert!(moderation::queue(&t.db, None).await.unwrap().is_empty());
}

async fn scenario_workshop_flow(t: TestDb) {
    let fac = user(&t, "fac@x.org", "Facilitator").await;
    let m = user(&t, "m@x.org", "Member").await;
    let c = community(&t, "Futures", "public", None, fac).await;
    let mut tx = t.db.begin().await.unwrap();
    let w = workshops::create(
        &mut tx,
        &NewWorkshop {
            community_id: c,
            title: "VET for craft SMEs",
            focal_question: "How will craft SMEs train in 2035?",
            horizon_year: 2035,
            lang: Language::En,
            facilitator_id: fac,
        },
    )
    .await
    .unwrap();
    let d1 = workshops::add_driver(&mut tx, w, fac, "Automation", "", "uncertainty")
        .await
        .unwrap();
    let d2 = workshops::add_driver(&mut tx, w, m, "Demography", "", "trend")
        .await
        .unwrap();
    workshops::rate_driver(&mut tx, w, d1, fac, 5, 4)
        .await
        .unwrap();
    workshops::rate_driver(&mut tx, w, d1, m, 4, 5)
        .await
        .unwrap();
    workshops::rate_driver(&mut tx, w, d1, m, 3, 5)
        .await
        .unwrap();
    workshops::rate_driver(&mut tx, w, d2, m, 2, 1)
        .await
        .unwrap();
    assert!(matches!(
        workshops::rate_driver(&mut tx, w + 1, d1, m, 3, 3).await,
        Err(StorageError::NotFound)
    ));
    tx.commit().await.unwrap();
    let drivers = workshops::drivers(&t.db, w, m).await.unwrap();
    assert_eq!(drivers.len(), 2);
    assert_eq!(drivers[0].ratings, 2);
    assert_eq!(drivers[0].impact, Some(4.0));
    assert_eq!(drivers[0].uncertainty, Some(4.5));
    assert_eq!(
        (drivers[0].my_impact, drivers[0].my_uncertainty),
        (Some(3), Some(5))
    );
    assert_eq!(drivers[1].my_impact, Some(2));

    let mut tx = t.db.begin().await.unwrap();
    workshops::set_axes(
        &mut tx,
        w,
        &Axes {
            x_driver: d1,
            y_driver: d2,
            x_low: "slow",
            x_high: "fast",
            y_low: "few",
            y_high: "many",
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let ws = workshops::visible(&t.db, &Reader::anonymous(), w)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ws.phase, "scenarios");
    let sc = workshops::scenarios(&t.db, w).await.unwrap();
    assert_eq!(
        sc.iter().map(|s| s.quadrant).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    // Two people saving from the same revision: the second is refused, nothing is lost.
    let mut tx = t.db.begin().await.unwrap();
    assert_eq!(
        workshops::save_scenario(
            &mut tx,
            w,
            1,
            0,
            "Robots' workshop",
            "First",
            "<p>First</p>",
            fac
        )
        .await
        .unwrap(),
        1
    );
    tx.commit().await.unwrap();
    let mut tx = t.db.begin().await.unwrap();
    assert!(matches!(
        workshops::save_scenario(&mut tx, w, 1, 0, "Other", "Second", "<p>Second</p>", m).await,
        Err(StorageError::Conflict(_))
    ));
    drop(tx);
    let mut tx = t.db.begin().await.unwrap();
    workshops::save_scenario(
        &mut tx,
        w,
        1,
        1,
        "Robots' workshop",
        "Second",
        "<p>Second</p>",
        m,
    )
    .await
    .unwrap();
    let ch = workshops::add_choice(
        &mut tx,
        w,
        1,
        m,
        "Fund digital equipment in schools",
        "towards",
    )
    .await
    .unwrap();
    workshops::rate_choice(&mut tx, w, ch, m, 4, 5)
        .await
        .unwrap();
    workshops::rate_choice(&mut tx, w, ch, fac, 2, 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let sc = workshops::scenarios(&t.db, w).await.unwrap();
    assert_eq!((sc[0].revision, sc[0].narrative_md.as_str()), (2, "Second"));
    let hist = workshops::scenario_history(&t.db, sc[0].id).await.unwrap();
    assert_eq!(hist.len(), 1);
    assert_eq!(hist[0].narrative_md, "First");
    let choices = workshops::choices(&t.db, w, fac).await.unwrap();
    assert_eq!(choices.len(), 1);
    assert_eq!(
        (choices[0].plausibility, choices[0].desirability),
        (Some(3.0), Some(4.0))
    );
    assert_eq!(choices[0].my_plausibility, Some(2));
}

async fn visits_are_read_with_their_community(t: TestDb) {
    let ana = user(&t, "ana@x.org", "Ana").await;
    let bob = user(&t, "bob@x.org", "Bob").await;
    let id = community(&t, "Open", "public", None, ana).await;
    let read = |reader: Reader| {
        let db = t.db.clone();
        async move {
            communities::visible_by_slug_with_visit(&db, &reader, "open")
                .await
                .unwrap()
        }
    };
    let (found, visit) = read(Reader::anonymous()).await.unwrap();
    assert_eq!((found.id, visit), (id, None), "a visitor has no visits");
    assert!(read(Reader::member(bob, false)).await.unwrap().1.is_none());

    // The first visit has nothing before it.
    assert_eq!(
        communities::record_visit(&t.db, id, bob, None)
            .await
            .unwrap(),
        0
    );
    let first = read(Reader::member(bob, false)).await.unwrap().1.unwrap();
    assert_eq!(first.previous_seen_at, 0);
    assert!(first.last_seen_at > 0);
    assert!(
        read(Reader::member(ana, false)).await.unwrap().1.is_none(),
        "visits are per member"
    );
    // Another look within half an hour is the same visit: nothing changes.
    assert_eq!(
        communities::record_visit(&t.db, id, bob, Some(first))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        read(Reader::member(bob, false)).await.unwrap().1,
        Some(first)
    );

    // A look an hour later starts a new visit, and the last one becomes the previous.
    let an_hour_ago = first.last_seen_at - 60 * bottega_domain::MINUTE;
    let mut tx = t.db.begin().await.unwrap();
    sqlx::query("UPDATE community_visits SET last_seen_at = $1 WHERE user_id = $2")
        .bind(an_hour_ago)
        .bind(bob)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let earlier = read(Reader::member(bob, false)).await.unwrap().1;
    assert_eq!(
        communities::record_visit(&t.db, id, bob, earlier)
            .await
            .unwrap(),
        an_hour_ago
    );
    let now = read(Reader::member(bob, false)).await.unwrap().1.unwrap();
    assert_eq!(now.previous_seen_at, an_hour_ago);
    assert!(now.last_seen_at >= first.last_seen_at);

    // A community the reader may not see is not found, visits or not.
    let mut tx = t.db.begin().await.unwrap();
    sqlx::query("UPDATE communities SET visibility = 'members' WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(read(Reader::anonymous()).await.is_none());
    assert!(read(Reader::member(bob, false)).await.is_some());
}

engine_tests!(
    handles_are_made_unique,
    threads_posts_and_stable_positions,
    visibility_of_private_communities,
    keyset_paging_survives_new_posts,
    questions_votes_and_accepted_answers,
    help_counters_follow_every_change,
    help_counters_under_concurrent_accepts,
    moves_in_both_directions_side_by_side,
    moderation_flags_hide_lock_move,
    scenario_workshop_flow,
    visits_are_read_with_their_community,
);
