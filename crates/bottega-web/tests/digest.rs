//! The daily digest: people who chose it get one email with everything unread, nothing about
//! threads they can no longer see, and nothing twice.

use bottega_domain::{Country, OrgType, SiteRole};
use bottega_web::testing::TestApp;

async fn digest_gathers_unread_notifications_once(app: TestApp) {
    let (writer, writer_id) = app
        .signed_in("writer@school.example", "Writer", SiteRole::Member)
        .await;
    let (reader, reader_id) = app
        .signed_in("reader@school.example", "Reader", SiteRole::Member)
        .await;
    let handle = app
        .opt_text(&format!("SELECT handle FROM users WHERE id = {reader_id}"))
        .await
        .expect("handle");
    reader
        .post("/account/notifications", &[("mode", "digest")])
        .await
        .expect(303);
    let (org, _) = app
        .create_org(
            writer_id,
            "Scuola",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    app.add_member(org, reader_id, bottega_domain::OrgRole::Member)
        .await;
    let (_, open) = app
        .create_community("Open", "public", None, writer_id)
        .await;
    let (_, private) = app
        .create_community("Staff room", "private", Some(org), writer_id)
        .await;
    for (slug, title) in [
        (&open, "Apprentices in bakeries"),
        (&private, "Budget of the staff room"),
    ] {
        writer
            .post(
                &format!("/c/{slug}/new"),
                &[
                    ("kind", "discussion"),
                    ("title", title),
                    ("body", &format!("What do you think, @{handle}?")),
                    ("lang", "en"),
                ],
            )
            .await
            .expect(303);
    }
    // Both notifications are made while the reader may still see both threads.
    app.settle().await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications WHERE user_id = {reader_id}"
        ))
        .await,
        2
    );
    // The reader leaves the organisation: the private thread must not reach them by email.
    app.exec(&format!(
        "DELETE FROM memberships WHERE org_id = {org} AND user_id = {reader_id}"
    ))
    .await;
    // Nothing is emailed one by one to someone on the digest.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert!(app.emails().iter().all(|e| e.to != "reader@school.example"));

    let mut tx = app.db.db.begin().await.unwrap();
    bottega_storage::jobs::enqueue(&mut tx, bottega_web::features::notifications::DIGEST, &())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.state.jobs_wakeup.notify_one();
    let digest = app.wait_for_email("reader@school.example", 1).await;
    assert!(
        digest.subject.contains("one new notification"),
        "{}",
        digest.subject
    );
    assert!(
        digest.body.contains("Apprentices in bakeries"),
        "{}",
        digest.body
    );
    assert!(
        !digest.body.contains("Budget of the staff room"),
        "{}",
        digest.body
    );
    assert!(digest.body.contains("/unsubscribe/"), "{}", digest.body);

    // A second digest has nothing new to tell.
    let mut tx = app.db.db.begin().await.unwrap();
    bottega_storage::jobs::enqueue(&mut tx, bottega_web::features::notifications::DIGEST, &())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.state.jobs_wakeup.notify_one();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let to_reader = app
        .emails()
        .into_iter()
        .filter(|e| e.to == "reader@school.example")
        .count();
    assert_eq!(to_reader, 1);
}

bottega_web::web_tests!(digest_gathers_unread_notifications_once);
