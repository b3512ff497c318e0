//! The storage conformance suite: the same assertions on SQLite and on PostgreSQL.

use bottega_domain::{
    Country, Language, OrgRole, OrgType, RoleType, Sector, SiteRole, Visibility, MINUTE,
};
use bottega_storage::accounts::{
    self, NewUser, ProfileLists, ProfileUpdate, TokenProblem, TokenPurpose,
};
use bottega_storage::directory::{self, OrgFields, PartnerFilter, PeopleFilter};
use bottega_storage::testing::TestDb;
use bottega_storage::{engine_tests, jobs, rate, sessions, StorageError};

async fn user(t: &TestDb, email: &str, name: &str, minor: bool) -> i64 {
    let mut tx = t.db.begin().await.unwrap();
    let id = accounts::create_user(
        &mut tx,
        &NewUser {
            email,
            password_hash: "x",
            display_name: name,
            country: Some(Country::It),
            is_minor: minor,
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

async fn accounts_round_trip(t: TestDb) {
    let id = user(&t, "ana@school.hr", "Ana Kovač", false).await;
    let u = accounts::by_id(&t.db, id).await.unwrap();
    assert_eq!(u.email, "ana@school.hr");
    assert!(u.is_verified());
    assert!(!u.is_minor);
    assert_eq!(u.visibility(), Visibility::Members);
    assert_eq!(u.country(), Some(Country::It));

    // The same address twice is a conflict, reported as such.
    let mut tx = t.db.begin().await.unwrap();
    let dup = accounts::create_user(
        &mut tx,
        &NewUser {
            email: "ana@school.hr",
            password_hash: "x",
            display_name: "Other",
            country: None,
            is_minor: false,
            locale: None,
            site_role: SiteRole::Member,
            verified: false,
        },
    )
    .await;
    assert!(
        matches!(dup, Err(StorageError::Conflict(ref c)) if c == "email"),
        "{dup:?}"
    );
    drop(tx);

    let minor = user(&t, "student@school.hr", "Luka", true).await;
    assert_eq!(
        accounts::by_id(&t.db, minor).await.unwrap().visibility(),
        Visibility::Private
    );

    let lists = ProfileLists {
        languages: vec![Language::Hr, Language::En],
        roles: vec![RoleType::Teacher],
        sectors: vec![Sector::Woodwork, Sector::Construction],
    };
    let mut tx = t.db.begin().await.unwrap();
    accounts::update_profile(
        &mut tx,
        id,
        &ProfileUpdate {
            display_name: "Ana Kovač",
            country: Some(Country::Hr),
            bio: "Carpentry teacher",
            bio_lang: Some(Language::En),
            visibility: Visibility::Public,
            is_minor: false,
            lists: &lists,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let got = accounts::profile_lists(&t.db, id).await.unwrap();
    assert_eq!(got.languages, vec![Language::En, Language::Hr]);
    assert_eq!(got.sectors, vec![Sector::Construction, Sector::Woodwork]);
    assert_eq!(got.roles, vec![RoleType::Teacher]);

    // Admin list finds by a piece of a name with non-ASCII letters, case-insensitively.
    let (rows, total) = accounts::list_for_admin(&t.db, "KOVAČ", 10, 0)
        .await
        .unwrap();
    assert_eq!((rows.len(), total), (1, 1));
    let (_, all) = accounts::list_for_admin(&t.db, "", 10, 0).await.unwrap();
    assert_eq!(all, 2);
    // LIKE wildcards typed by a user are literal.
    let (_, none) = accounts::list_for_admin(&t.db, "%", 10, 0).await.unwrap();
    assert_eq!(none, 0);
}

async fn tokens_are_single_use_and_expire(t: TestDb) {
    let id = user(&t, "a@b.org", "A", false).await;
    let mut tx = t.db.begin().await.unwrap();
    accounts::issue_token(
        &mut tx,
        "tok-1",
        id,
        TokenPurpose::ResetPassword,
        None,
        10 * MINUTE,
    )
    .await
    .unwrap();
    accounts::issue_token(&mut tx, "tok-old", id, TokenPurpose::VerifyEmail, None, -1)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    assert_eq!(
        accounts::peek_token(&t.db, "tok-1", TokenPurpose::ResetPassword)
            .await
            .unwrap(),
        Ok(id)
    );
    // A token for one purpose does not work for another.
    assert_eq!(
        accounts::peek_token(&t.db, "tok-1", TokenPurpose::VerifyEmail)
            .await
            .unwrap(),
        Err(TokenProblem::Unknown)
    );
    let mut tx = t.db.begin().await.unwrap();
    let first = accounts::redeem_token(&mut tx, "tok-1", TokenPurpose::ResetPassword)
        .await
        .unwrap();
    assert_eq!(first.map(|r| r.user_id), Ok(id));
    let second = accounts::redeem_token(&mut tx, "tok-1", TokenPurpose::ResetPassword)
        .await
        .unwrap();
    assert_eq!(second.map(|r| r.user_id), Err(TokenProblem::Used));
    let expired = accounts::redeem_token(&mut tx, "tok-old", TokenPurpose::VerifyEmail)
        .await
        .unwrap();
    assert_eq!(expired.map(|r| r.user_id), Err(TokenProblem::Expired));
    tx.commit().await.unwrap();
}

async fn sessions_end_with_password_change(t: TestDb) {
    let id = user(&t, "s@b.org", "S", false).await;
    let mut tx = t.db.begin().await.unwrap();
    let token = sessions::create(&mut tx, id, "test-agent").await.unwrap();
    tx.commit().await.unwrap();
    let s = sessions::lookup(&t.db, &token)
        .await
        .unwrap()
        .expect("session");
    assert_eq!(s.user_id, id);
    assert!(sessions::lookup(&t.db, "forged").await.unwrap().is_none());

    let mut tx = t.db.begin().await.unwrap();
    accounts::set_password(&mut tx, id, "new-hash")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(sessions::lookup(&t.db, &token).await.unwrap().is_none());
}

async fn directory_and_partner_search(t: TestDb) {
    let admin = user(&t, "admin@org.it", "Admin", false).await;
    let other = user(&t, "other@org.al", "Other", false).await;
    let mut tx = t.db.begin().await.unwrap();
    let school = directory::create(
        &mut tx,
        &OrgFields {
            name: "Istituto Tecnico Leonardo",
            org_type: OrgType::VetProvider,
            country: Country::It,
            city: "Bologna",
            website: "",
            description: "",
            description_lang: None,
            sectors: &[Sector::Bakery, Sector::Hospitality],
            languages: &[Language::It, Language::En],
        },
        admin,
    )
    .await
    .unwrap();
    let twin = directory::create(
        &mut tx,
        &OrgFields {
            name: "Istituto Tecnico Leonardo",
            org_type: OrgType::Company,
            country: Country::Al,
            city: "Tirana",
            website: "",
            description: "",
            description_lang: None,
            sectors: &[Sector::Woodwork],
            languages: &[Language::Sq],
        },
        other,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(school.slug, "istituto-tecnico-leonardo");
    assert_eq!(twin.slug, "istituto-tecnico-leonardo-2");
    assert_eq!(
        directory::role_of(&t.db, school.id, admin).await.unwrap(),
        Some(OrgRole::Admin)
    );
    // The search audience: organisations and working groups in one query.
    let mut tx = t.db.begin().await.unwrap();
    let group = bottega_storage::collaboration::groups::create(
        &mut tx,
        &bottega_storage::collaboration::groups::GroupFields {
            title: "Apprenticeship toolkit",
            theme: "",
            goal_md: "",
            goal_html: "",
            lang: "en",
            starts_on: "",
            ends_on: "",
            membership: bottega_storage::collaboration::groups::OPEN,
            sectors: &[],
        },
        other,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let of = |u: i64| {
        let db = t.db.clone();
        async move {
            bottega_storage::search::memberships_of(&db, u)
                .await
                .unwrap()
        }
    };
    let (a, o) = (of(admin).await, of(other).await);
    assert_eq!((a.orgs, a.groups), (vec![school.id], vec![]));
    assert_eq!((o.orgs, o.groups), (vec![twin.id], vec![group]));

    let by = |f: PartnerFilter| {
        let db = t.db.clone();
        async move { directory::search(&db, &f, 10, 0).await.unwrap() }
    };
    let (all, total) = by(PartnerFilter::default()).await;
    assert_eq!((all.len(), total), (2, 2));
    let (rows, total) = by(PartnerFilter {
        sector: Some(Sector::Bakery),
        ..Default::default()
    })
    .await;
    assert_eq!(total, 1);
    assert_eq!(rows[0].1, vec![Sector::Bakery, Sector::Hospitality]);
    assert_eq!(rows[0].0.member_count, 1);
    let (_, total) = by(PartnerFilter {
        language: Some(Language::Sq),
        country: Some(Country::Al),
        ..Default::default()
    })
    .await;
    assert_eq!(total, 1);
    let (_, total) = by(PartnerFilter {
        org_type: Some(OrgType::Chamber),
        ..Default::default()
    })
    .await;
    assert_eq!(total, 0);
    let (_, total) = by(PartnerFilter {
        text: "LEONARDO".into(),
        ..Default::default()
    })
    .await;
    assert_eq!(total, 2);
    // Paging: the second page of one holds the other organisation.
    let (p2, _) = directory::search(&t.db, &PartnerFilter::default(), 1, 1)
        .await
        .unwrap();
    assert_eq!(p2.len(), 1);

    // Join requests: one pending at a time, decided once.
    let mut tx = t.db.begin().await.unwrap();
    let req = directory::request_to_join(&mut tx, school.id, other, "Hello")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut tx = t.db.begin().await.unwrap();
    let dup = directory::request_to_join(&mut tx, school.id, other, "Again").await;
    assert!(matches!(dup, Err(StorageError::Conflict(_))), "{dup:?}");
    drop(tx);
    let mut tx = t.db.begin().await.unwrap();
    assert_eq!(
        directory::decide_request(&mut tx, school.id, req, true, admin)
            .await
            .unwrap(),
        other
    );
    assert!(matches!(
        directory::decide_request(&mut tx, school.id, req, false, admin).await,
        Err(StorageError::NotFound)
    ));
    tx.commit().await.unwrap();
    assert_eq!(
        directory::role_of(&t.db, school.id, other).await.unwrap(),
        Some(OrgRole::Member)
    );
    assert_eq!(
        directory::members(&t.db, school.id, false)
            .await
            .unwrap()
            .len(),
        2
    );
}

async fn people_list_hides_minors_and_private_profiles(t: TestDb) {
    let public = user(&t, "p@x.org", "Public Person", false).await;
    let _members = user(&t, "m@x.org", "Members Person", false).await;
    let minor = user(&t, "k@x.org", "Minor Person", true).await;
    for (id, vis, is_minor) in [
        (public, Visibility::Public, false),
        (minor, Visibility::Members, true),
    ] {
        let mut tx = t.db.begin().await.unwrap();
        accounts::update_profile(
            &mut tx,
            id,
            &ProfileUpdate {
                display_name: "x",
                country: None,
                bio: "",
                bio_lang: None,
                visibility: vis,
                is_minor,
                lists: &ProfileLists::default(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
    let (_, anon) = directory::people(&t.db, &PeopleFilter::default(), false, 10, 0)
        .await
        .unwrap();
    let (_, signed) = directory::people(&t.db, &PeopleFilter::default(), true, 10, 0)
        .await
        .unwrap();
    assert_eq!(
        anon, 1,
        "only the public profile is listed to anonymous readers"
    );
    assert_eq!(
        signed, 2,
        "members-only profiles join for members; the minor never does"
    );
}

async fn job_queue_claims_once_and_retries(t: TestDb) {
    let mut tx = t.db.begin().await.unwrap();
    let id = jobs::enqueue(&mut tx, "test", &serde_json::json!({"n": 1}))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let job = jobs::claim(&t.db).await.unwrap().expect("due job");
    assert_eq!((job.id, job.attempts, job.kind.as_str()), (id, 1, "test"));
    // Leased: nobody else gets it.
    assert!(jobs::claim(&t.db).await.unwrap().is_none());
    jobs::fail(&t.db, &job, "smtp down").await.unwrap();
    // Retried later, not now.
    assert!(jobs::claim(&t.db).await.unwrap().is_none());
    let counts = jobs::counts(&t.db).await.unwrap();
    assert_eq!(counts, vec![("pending".to_string(), 1)]);
}

async fn job_batches_are_settled_with_the_next_claim(t: TestDb) {
    let mut tx = t.db.begin().await.unwrap();
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(jobs::enqueue(&mut tx, "test", &n).await.unwrap());
    }
    tx.commit().await.unwrap();
    let none = jobs::Settled::default();
    let first = jobs::settle_and_claim(&t.db, &none, 3).await.unwrap();
    let claimed: Vec<i64> = first.iter().map(|j| j.id).collect();
    assert_eq!(claimed, ids[..3], "the oldest first, in the order queued");
    let rest = jobs::settle_and_claim(&t.db, &none, 8).await.unwrap();
    assert_eq!(rest.iter().map(|j| j.id).collect::<Vec<_>>(), ids[3..]);
    assert!(jobs::settle_and_claim(&t.db, &none, 8)
        .await
        .unwrap()
        .is_empty());
    // Two done, one handed back unstarted; nothing new to claim (limit 0).
    let settled = jobs::Settled {
        done: vec![ids[0], ids[1]],
        unstarted: vec![ids[2]],
    };
    assert!(jobs::settle_and_claim(&t.db, &settled, 0)
        .await
        .unwrap()
        .is_empty());
    let counts = jobs::counts(&t.db).await.unwrap();
    assert_eq!(
        counts,
        vec![
            ("done".to_string(), 2),
            ("pending".to_string(), 1),
            ("running".to_string(), 2)
        ]
    );
    // The job handed back is due at once, and its attempt was not counted.
    let again = jobs::claim(&t.db)
        .await
        .unwrap()
        .expect("the job handed back");
    assert_eq!((again.id, again.attempts), (ids[2], 1));
}

async fn concurrent_claims_never_share_a_job(t: TestDb) {
    let mut tx = t.db.begin().await.unwrap();
    for n in 0..20 {
        jobs::enqueue(&mut tx, "test", &n).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut handles = Vec::new();
    for _ in 0..4 {
        let db = t.db.clone();
        handles.push(tokio::spawn(async move {
            // Batches of three, each recorded as done with the next claim.
            let mut got = Vec::new();
            let mut settled = jobs::Settled::default();
            loop {
                let batch = jobs::settle_and_claim(&db, &settled, 3).await.unwrap();
                if batch.is_empty() {
                    break;
                }
                settled.done = batch.iter().map(|j| j.id).collect();
                got.extend(settled.done.iter().copied());
            }
            got
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await.unwrap());
    }
    all.sort();
    let before = all.len();
    all.dedup();
    assert_eq!((before, all.len()), (20, 20));
    let counts = jobs::counts(&t.db).await.unwrap();
    assert_eq!(counts, vec![("done".to_string(), 20)]);
}

async fn concurrent_writes_never_fail_busy(t: TestDb) {
    // Many tasks writing at once: on SQLite they queue behind the single writer connection.
    let mut handles = Vec::new();
    for n in 0..40 {
        let db = t.db.clone();
        handles.push(tokio::spawn(async move {
            let mut tx = db.begin().await?;
            rate::record(&mut tx, "test", &format!("k{}", n % 3)).await?;
            tx.commit().await?;
            rate::recent(&db, "test", "k0", MINUTE).await
        }));
    }
    for h in handles {
        h.await.unwrap().unwrap();
    }
    let seen = rate::recent(&t.db, "test", "k0", MINUTE).await.unwrap();
    assert_eq!(seen.count, 14);
}

/// Statistics keep row estimates for the planner but, on SQLite, no value samples: with
/// samples every cached statement would be planned again on each execution.
async fn analyze_keeps_estimates_without_samples(t: TestDb) {
    for i in 0..20 {
        user(&t, &format!("stats{i}@example.org"), "Stats", false).await;
    }
    let mut tx = t.db.begin().await.unwrap();
    bottega_storage::analyze(&mut tx).await.unwrap();
    tx.commit().await.unwrap();
    if t.db.engine() == bottega_storage::Engine::Sqlite {
        let estimates: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_stat1")
            .fetch_one(t.db.reader())
            .await
            .unwrap();
        assert!(estimates > 0);
        let samples: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_stat4")
            .fetch_one(t.db.reader())
            .await
            .unwrap();
        assert_eq!(samples, 0);
    }
}

/// SQLite's writer leaves its log to `Db::checkpoint`, which copies it back into the database
/// beside the writer; on PostgreSQL there is nothing to do.
async fn checkpoints_run_beside_the_writer(t: TestDb) {
    for i in 0..20 {
        user(&t, &format!("wal{i}@example.org"), "Wal", false).await;
    }
    let first = t.db.checkpoint().await.unwrap();
    let again = t.db.checkpoint().await.unwrap();
    if t.db.engine() == bottega_storage::Engine::Sqlite {
        assert!(
            first.logged > 0,
            "the writer checkpointed itself: {first:?}"
        );
        assert_eq!(first.copied, first.logged, "nothing holds the log");
        let mut tx = t.db.begin().await.unwrap();
        let threshold: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(threshold, 100_000);
    } else {
        assert_eq!(first, bottega_storage::Checkpointed::default());
    }
    assert_eq!(again.copied, again.logged);
    // What was written is there.
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email LIKE 'wal%'")
        .fetch_one(t.db.reader())
        .await
        .unwrap();
    assert_eq!(users, 20);
}

/// Reads give their connection straight back to the pool (without sqlx's round trip) and leave
/// it usable: one connection serves reads in a row, a read given up after its first row leaves
/// nothing behind, reads at once never open more connections than allowed, and on PostgreSQL a
/// connection the server ended is replaced.
async fn reads_reuse_their_connections(t: TestDb) {
    use futures::TryStreamExt;
    for i in 0..5 {
        user(&t, &format!("reuse{i}@example.org"), "Reuse", false).await;
    }
    let count = "SELECT COUNT(*) FROM users WHERE email LIKE 'reuse%'";
    for _ in 0..30 {
        let n: i64 = sqlx::query_scalar(count)
            .fetch_one(t.db.reader())
            .await
            .unwrap();
        assert_eq!(n, 5);
    }
    assert_eq!(
        t.db.reader().size(),
        1,
        "reads in a row share one connection"
    );

    let emails = "SELECT email FROM users WHERE email LIKE 'reuse%' ORDER BY email";
    {
        let mut rows = sqlx::query_scalar::<_, String>(emails).fetch(t.db.reader());
        let first = rows.try_next().await.unwrap();
        assert_eq!(first.as_deref(), Some("reuse0@example.org"));
    }
    let all: Vec<String> = sqlx::query_scalar(emails)
        .fetch_all(t.db.reader())
        .await
        .unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[4], "reuse4@example.org");
    assert_eq!(t.db.reader().size(), 1);

    // A statement that fails keeps nothing from its connection either.
    assert!(sqlx::query("SELECT no_such_column FROM users")
        .fetch_all(t.db.reader())
        .await
        .is_err());
    let n: i64 = sqlx::query_scalar(count)
        .fetch_one(t.db.reader())
        .await
        .unwrap();
    assert_eq!(n, 5);

    let reads = (0..24).map(|_| {
        let db = t.db.clone();
        tokio::spawn(async move {
            let conn = db.reader().acquire().await?;
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            drop(conn);
            sqlx::query_scalar::<_, i64>(count)
                .fetch_one(db.reader())
                .await
        })
    });
    for read in futures::future::join_all(reads).await {
        assert_eq!(read.unwrap().unwrap(), 5);
    }
    let open = t.db.reader().size();
    let most = match t.db.engine() {
        // Four lent connections, and the connections that read on the calling thread: one per
        // thread reading at once (the test's runtime has two).
        bottega_storage::Engine::Sqlite => 6,
        bottega_storage::Engine::Postgres => 8,
    };
    assert!(open >= 1 && open <= most, "{open} connections open");

    if t.db.engine() == bottega_storage::Engine::Postgres {
        // End the session of the connection the next read gets (the most recently used).
        let pid: i32 = {
            let mut conn = t.db.reader().acquire().await.unwrap();
            sqlx::query_scalar("SELECT pg_backend_pid()")
                .fetch_one(&mut *conn)
                .await
                .unwrap()
        };
        let mut tx = t.db.begin().await.unwrap();
        let ended: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
            .bind(pid)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert!(ended);
        // At most the read that finds the session ended fails; the next one gets another.
        let backend = "SELECT pg_backend_pid()";
        let next = match sqlx::query_scalar::<_, i32>(backend)
            .fetch_one(t.db.reader())
            .await
        {
            Ok(next) => next,
            Err(_) => sqlx::query_scalar::<_, i32>(backend)
                .fetch_one(t.db.reader())
                .await
                .unwrap(),
        };
        assert_ne!(next, pid);
        let n: i64 = sqlx::query_scalar(count)
            .fetch_one(t.db.reader())
            .await
            .unwrap();
        assert_eq!(n, 5);
    }

    t.db.reader().close().await;
    assert!(
        t.db.reader().acquire().await.is_err(),
        "a closed pool lends nothing"
    );
}

/// Write transactions hand their connection straight back too: one dropped without a commit is
/// rolled back before the next starts, an explicit rollback keeps nothing, and a transaction
/// whose statement failed leaves the writer usable.
async fn write_transactions_end_cleanly(t: TestDb) {
    let seen = |key: &'static str| {
        let db = t.db.clone();
        async move { rate::recent(&db, "tx", key, MINUTE).await.unwrap().count }
    };
    {
        let mut tx = t.db.begin().await.unwrap();
        rate::record(&mut tx, "tx", "dropped").await.unwrap();
    }
    let mut tx = t.db.begin().await.unwrap();
    rate::record(&mut tx, "tx", "kept").await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((seen("dropped").await, seen("kept").await), (0, 1));

    let mut tx = t.db.begin().await.unwrap();
    rate::record(&mut tx, "tx", "rolled").await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(seen("rolled").await, 0);

    {
        let mut tx = t.db.begin().await.unwrap();
        rate::record(&mut tx, "tx", "failed").await.unwrap();
        assert!(sqlx::query("INSERT INTO no_such_table VALUES (1)")
            .execute(&mut *tx)
            .await
            .is_err());
    }
    let mut tx = t.db.begin().await.unwrap();
    rate::record(&mut tx, "tx", "after").await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((seen("failed").await, seen("after").await), (0, 1));

    // Transactions dropped one after another, each right after it began, never leave the next
    // inside one of theirs.
    for _ in 0..20 {
        let mut tx = t.db.begin().await.unwrap();
        rate::record(&mut tx, "tx", "dropped").await.unwrap();
        drop(tx);
    }
    let mut tx = t.db.begin().await.unwrap();
    rate::record(&mut tx, "tx", "last").await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((seen("dropped").await, seen("last").await), (0, 1));

    if t.db.engine() == bottega_storage::Engine::Postgres {
        // A dropped transaction gives up its locks at once, not when its connection is next
        // used: here that connection is not the next one lent, and the update that follows
        // must not wait for it.
        let id = user(&t, "locks@example.org", "Locks", false).await;
        let rename = "UPDATE users SET display_name = $1 WHERE id = $2";
        let holder = t.db.begin().await.unwrap();
        {
            let mut dropped = t.db.begin().await.unwrap();
            sqlx::query(rename)
                .bind("Dropped")
                .bind(id)
                .execute(&mut *dropped)
                .await
                .unwrap();
        }
        holder.commit().await.unwrap();
        let mut next = t.db.begin().await.unwrap();
        let update = sqlx::query(rename)
            .bind("Next")
            .bind(id)
            .execute(&mut *next);
        tokio::time::timeout(std::time::Duration::from_secs(10), update)
            .await
            .expect("the dropped transaction still holds its lock")
            .unwrap();
        next.commit().await.unwrap();
        let name: String = sqlx::query_scalar("SELECT display_name FROM users WHERE id = $1")
            .bind(id)
            .fetch_one(t.db.reader())
            .await
            .unwrap();
        assert_eq!(name, "Next");
    }
}

engine_tests!(
    write_transactions_end_cleanly,
    reads_reuse_their_connections,
    checkpoints_run_beside_the_writer,
    analyze_keeps_estimates_without_samples,
    accounts_round_trip,
    tokens_are_single_use_and_expire,
    sessions_end_with_password_change,
    directory_and_partner_search,
    people_list_hides_minors_and_private_profiles,
    job_queue_claims_once_and_retries,
    job_batches_are_settled_with_the_next_claim,
    concurrent_claims_never_share_a_job,
    concurrent_writes_never_fail_busy,
);
