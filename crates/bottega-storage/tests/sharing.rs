//! Storage conformance for the Sharing section (the toolbox), on SQLite and PostgreSQL.

use bottega_domain::{
    Competence, Country, Language, Licence, OrgType, ResourceType, ResourceVisibility, Sector,
    SiteRole, Theme,
};
use bottega_storage::accounts::{self, NewUser};
use bottega_storage::communication::Reader;
use bottega_storage::directory::{self, OrgFields};
use bottega_storage::engine_tests;
use bottega_storage::sharing::collections::{self, CollectionFields};
use bottega_storage::sharing::feedback;
use bottega_storage::sharing::files::{self, StoredUpload};
use bottega_storage::sharing::resources::{self, ResourceFields};
use bottega_storage::testing::TestDb;

async fn user(t: &TestDb, email: &str) -> i64 {
    let mut tx = t.db.begin().await.unwrap();
    let id = accounts::create_user(
        &mut tx,
        &NewUser {
            email,
            password_hash: "x",
            display_name: email,
            country: Some(Country::Pl),
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

fn fields(title: &str, visibility: ResourceVisibility, org_id: Option<i64>) -> ResourceFields {
    ResourceFields {
        title: title.to_string(),
        description_md: "Opis".into(),
        description_html: "<p>Opis</p>".into(),
        lang: Language::Pl,
        rtype: ResourceType::Template,
        external_url: None,
        country: Some(Country::Pl),
        eqf_level: Some(4),
        licence: Licence::CcBySa,
        org_id,
        project_name: Some("Mentor".into()),
        project_number: Some("2024-1-PL01-KA220-VET-000123456".into()),
        visibility,
        languages: vec![Language::Pl, Language::En, Language::Pl],
        sectors: vec![Sector::Woodwork],
        themes: vec![Theme::DualLearning],
        targets: vec![],
        competences: vec![Competence::EntreAction],
    }
}

fn upload(key: &str, size: i64) -> StoredUpload {
    StoredUpload {
        name: "umowa.pdf".into(),
        object_key: key.into(),
        sha256: "0".repeat(64),
        size,
        media_type: "application/pdf".into(),
        ext: "pdf".into(),
        active: false,
        thumb_key: None,
        width: None,
        height: None,
        note: String::new(),
    }
}

async fn resource(t: &TestDb, owner: i64, f: &ResourceFields) -> i64 {
    let mut tx = t.db.begin().await.unwrap();
    let id = resources::create(&mut tx, owner, f).await.unwrap();
    tx.commit().await.unwrap();
    id
}

async fn versions_keep_history_and_keys_are_released(t: TestDb) {
    let ola = user(&t, "ola@example.org").await;
    let id = resource(
        &t,
        ola,
        &fields("Umowa praktyk", ResourceVisibility::Public, None),
    )
    .await;
    let mut tx = t.db.begin().await.unwrap();
    files::add_version(&mut tx, id, None, ola, &upload("resources/a.pdf", 100))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let first = files::of_resource(&t.db, id).await.unwrap();
    assert_eq!(first.len(), 1);
    let file_id = first[0].file_id;
    let mut tx = t.db.begin().await.unwrap();
    files::add_version(
        &mut tx,
        id,
        Some(file_id),
        ola,
        &upload("resources/b.pdf", 50),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let all = files::of_resource(&t.db, id).await.unwrap();
    assert_eq!(
        all.iter()
            .map(|v| (v.version, v.latest))
            .collect::<Vec<_>>(),
        vec![(2, true), (1, false)]
    );
    assert_eq!(files::used_by(&t.db, ola).await.unwrap(), 150);
    // A version of another resource's file cannot be added through this one.
    let other = resource(&t, ola, &fields("Inny", ResourceVisibility::Public, None)).await;
    let mut tx = t.db.begin().await.unwrap();
    assert!(files::add_version(
        &mut tx,
        other,
        Some(file_id),
        ola,
        &upload("resources/c.pdf", 1)
    )
    .await
    .is_err());
    drop(tx);

    // Another resource shares one of the objects: deleting the first releases only the other.
    let mut tx = t.db.begin().await.unwrap();
    files::add_version(&mut tx, other, None, ola, &upload("resources/b.pdf", 50))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut tx = t.db.begin().await.unwrap();
    let keys = resources::delete(&mut tx, id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(keys, vec!["resources/a.pdf", "resources/b.pdf"]);
    assert_eq!(
        files::unreferenced(&t.db, &keys).await.unwrap(),
        vec!["resources/a.pdf".to_string()]
    );
    assert!(resources::visible(&t.db, &Reader::anonymous(), id)
        .await
        .unwrap()
        .is_none());
}

async fn visibility_tags_and_search_documents(t: TestDb) {
    let ola = user(&t, "ola@example.org").await;
    let jan = user(&t, "jan@example.org").await;
    let mut tx = t.db.begin().await.unwrap();
    let org = directory::create(
        &mut tx,
        &OrgFields {
            name: "Cech Stolarzy",
            org_type: OrgType::CraftAssociation,
            country: Country::Pl,
            city: "",
            website: "",
            description: "",
            description_lang: None,
            sectors: &[],
            languages: &[],
        },
        ola,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let public = resource(
        &t,
        ola,
        &fields("Publiczny", ResourceVisibility::Public, None),
    )
    .await;
    let members = resource(
        &t,
        ola,
        &fields("Dla członków", ResourceVisibility::Members, None),
    )
    .await;
    let inside = resource(
        &t,
        ola,
        &fields("Wewnętrzny", ResourceVisibility::Organisation, Some(org.id)),
    )
    .await;
    let seen = |reader: Reader| {
        let db = t.db.clone();
        async move {
            let mut ids = Vec::new();
            for id in [public, members, inside] {
                if resources::visible(&db, &reader, id)
                    .await
                    .unwrap()
                    .is_some()
                {
                    ids.push(id);
                }
            }
            ids
        }
    };
    assert_eq!(seen(Reader::anonymous()).await, vec![public]);
    assert_eq!(
        seen(Reader::member(jan, false)).await,
        vec![public, members]
    );
    assert_eq!(
        seen(Reader::member(ola, false)).await,
        vec![public, members, inside]
    );
    assert_eq!(seen(Reader::member(jan, true)).await.len(), 3);

    let tags = resources::tags(&t.db, public).await.unwrap();
    assert_eq!(tags.languages, vec!["en", "pl"]);
    assert_eq!(tags.sectors, vec!["woodwork"]);
    assert_eq!(tags.competences, vec!["entrecomp-action"]);
    let docs = resources::docs(&t.db, &[public, inside, 999_999])
        .await
        .unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].resource.org_id, Some(org.id));
    let batch = resources::docs_after(&t.db, public, 1).await.unwrap();
    assert_eq!(batch.len(), 1);
    assert_eq!(batch[0].resource.id, members);
}

async fn ratings_keep_running_totals_and_collections_keep_order(t: TestDb) {
    let ola = user(&t, "ola@example.org").await;
    let jan = user(&t, "jan@example.org").await;
    let eva = user(&t, "eva@example.org").await;
    let a = resource(&t, ola, &fields("A", ResourceVisibility::Public, None)).await;
    let b = resource(&t, ola, &fields("B", ResourceVisibility::Members, None)).await;
    let c = resource(&t, ola, &fields("C", ResourceVisibility::Public, None)).await;
    let mut tx = t.db.begin().await.unwrap();
    feedback::rate(&mut tx, a, jan, 5).await.unwrap();
    feedback::rate(&mut tx, a, eva, 2).await.unwrap();
    feedback::rate(&mut tx, a, jan, 3).await.unwrap();
    assert!(feedback::rate(&mut tx, a, eva, 6).await.is_err());
    tx.commit().await.unwrap();
    let r = resources::visible(&t.db, &Reader::anonymous(), a)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((r.rating_sum, r.rating_count), (5, 2));
    assert_eq!(r.rating(), Some(2.5));
    assert_eq!(
        feedback::ratings(&t.db, a, 0).await.unwrap(),
        ([0, 1, 1, 0, 0], None)
    );
    assert_eq!(
        feedback::ratings(&t.db, a, jan).await.unwrap(),
        ([0, 1, 1, 0, 0], Some(3))
    );
    assert_eq!(
        feedback::ratings(&t.db, a, eva).await.unwrap(),
        ([0, 1, 1, 0, 0], Some(2))
    );
    assert_eq!(
        feedback::ratings(&t.db, a, ola).await.unwrap(),
        ([0, 1, 1, 0, 0], None)
    );
    assert_eq!(
        feedback::ratings(&t.db, b, jan).await.unwrap(),
        ([0; 5], None)
    );

    let mut tx = t.db.begin().await.unwrap();
    let k = collections::create(
        &mut tx,
        jan,
        &CollectionFields {
            title: "Mentoring na odległość",
            description_md: "",
            description_html: "",
            lang: Language::Pl,
            org_id: None,
            visibility: ResourceVisibility::Public,
        },
    )
    .await
    .unwrap();
    for id in [a, b, c] {
        collections::add_item(&mut tx, k, id, jan, "")
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    // Twice is a conflict (in its own transaction: PostgreSQL aborts it).
    let mut tx = t.db.begin().await.unwrap();
    assert!(collections::add_item(&mut tx, k, a, jan, "")
        .await
        .unwrap_err()
        .is_conflict());
    drop(tx);
    let mut tx = t.db.begin().await.unwrap();
    collections::move_item(&mut tx, k, c, -1).await.unwrap();
    tx.commit().await.unwrap();
    let titles = |reader: Reader| {
        let db = t.db.clone();
        async move {
            collections::items(&db, &reader, k)
                .await
                .unwrap()
                .into_iter()
                .map(|i| i.resource.title)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        titles(Reader::member(eva, false)).await,
        vec!["A", "C", "B"]
    );
    // The members-only resource is not listed to an anonymous reader.
    assert_eq!(titles(Reader::anonymous()).await, vec!["A", "C"]);
    // Deleting a resource takes it out of the collection; the count is what each reader sees.
    let mut tx = t.db.begin().await.unwrap();
    resources::delete(&mut tx, c).await.unwrap();
    tx.commit().await.unwrap();
    let count = |reader: Reader| {
        let db = t.db.clone();
        async move {
            collections::visible(&db, &reader, k)
                .await
                .unwrap()
                .unwrap()
                .item_count
        }
    };
    assert_eq!(count(Reader::member(eva, false)).await, 2);
    assert_eq!(count(Reader::anonymous()).await, 1);
    assert_eq!(collections::editable_by(&t.db, jan).await.unwrap().len(), 1);
    assert!(collections::editable_by(&t.db, eva)
        .await
        .unwrap()
        .is_empty());
}

engine_tests!(
    versions_keep_history_and_keys_are_released,
    visibility_tags_and_search_documents,
    ratings_keep_running_totals_and_collections_keep_order,
);
