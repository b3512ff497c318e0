//! Profiles over HTTP, on both engines: editing, who sees what, the list of people, minors,
//! and profile pictures (re-encoded, stripped of metadata, refused when not pictures).

use std::io::Cursor;

use bottega_domain::{Country, OrgRole, OrgType, SiteRole};
use bottega_web::testing::{Page, TestApp, TEST_PASSWORD};

bottega_web::web_tests!(
    editing_a_profile_with_languages_roles_and_sectors,
    profile_visibility_for_anonymous_and_signed_in_readers,
    the_list_of_people_filters_by_country_role_sector_language_and_name,
    the_list_of_people_pages_through_everyone,
    a_minors_profile_is_never_public_nor_listed,
    minors_are_not_shown_among_organisation_members_to_outsiders,
    avatars_are_stored_as_square_pngs,
    jpeg_metadata_does_not_survive_an_upload,
    non_images_and_empty_uploads_are_refused_in_the_readers_language,
);

/// The names on a list of people, in order.
fn people(page: &Page) -> Vec<String> {
    page.body
        .split("<span class=\"name\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap_or_default().to_string())
        .collect()
}

/// The names among an organisation's members on its page.
fn members(page: &Page) -> Vec<String> {
    let Some(start) = page.body.find("<ul class=\"members\">") else {
        return Vec::new();
    };
    let block = &page.body[start..];
    let block = &block[..block.find("</ul>").unwrap_or(block.len())];
    let mut names: Vec<String> = block
        .split("<a href=\"/people/")
        .skip(1)
        .map(|s| {
            let s = &s[s.find('>').map(|i| i + 1).unwrap_or(0)..];
            s.split('<').next().unwrap_or_default().to_string()
        })
        .collect();
    names.sort();
    names
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

async fn set_visibility(app: &TestApp, id: i64, visibility: &str) {
    app.exec(&format!(
        "UPDATE users SET visibility = '{visibility}' WHERE id = {id}"
    ))
    .await;
}

async fn make_minor(app: &TestApp, id: i64) {
    app.exec(&format!("UPDATE users SET is_minor = TRUE WHERE id = {id}"))
        .await;
}

async fn editing_a_profile_with_languages_roles_and_sectors(app: TestApp) {
    let en = app.localizer("en");
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let page = b.get("/profile/edit").await;
    page.expect(200);
    assert_eq!(page.input_value("display_name").as_deref(), Some("Ana"));
    assert_eq!(page.selected("visibility"), vec!["members"]);

    let page = b
        .post(
            "/profile/edit",
            &[
                ("display_name", "Ana Kovač"),
                ("handle", "ana-kovac"),
                ("country", "HR"),
                ("bio", "Učim stolariju <i>i</i> dizajn.\r\nDrugi red."),
                ("bio_lang", "hr"),
                ("visibility", "public"),
                ("languages", "hr"),
                ("languages", "en"),
                ("languages", "hr"),
                ("roles", "teacher"),
                ("roles", "company-mentor"),
                ("sectors", "woodwork"),
            ],
        )
        .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/people/{id}"));

    // Stored as chosen, duplicates dropped, line ends normalised.
    assert_eq!(
        app.opt_text(&format!("SELECT bio FROM users WHERE id = {id}"))
            .await
            .as_deref(),
        Some("Učim stolariju <i>i</i> dizajn.\nDrugi red.")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM user_languages WHERE user_id = {id}"
        ))
        .await,
        2
    );

    // Everyone sees it now, with the lists named in the reader's language.
    let anon = app.browser();
    let profile = anon.get(&format!("/people/{id}")).await;
    profile.expect(200);
    assert!(profile.shows("Ana Kovač"));
    assert!(profile.shows(&en.t("country-HR")));
    assert!(profile.contains("lang=\"hr\">Učim stolariju &#60;i&#62;i&#60;/i&#62; dizajn."));
    assert!(profile.contains("<span class=\"tag\" lang=\"hr\">hrvatski</span>"));
    assert!(profile.contains("<span class=\"tag\" lang=\"en\">English</span>"));
    assert!(profile.shows(&en.t("role-type-teacher")));
    assert!(profile.shows(&en.t("role-type-company-mentor")));
    assert!(profile.shows(&en.t("sector-woodwork")));
    assert!(!profile.shows(&en.t("profile-edit-link")), "not the owner");

    // The form comes back filled with what is stored.
    let page = b.get("/profile/edit").await;
    let form = page.form("/profile/edit");
    assert_eq!(
        form.input_value("display_name").as_deref(),
        Some("Ana Kovač")
    );
    assert_eq!(form.selected("country"), vec!["HR"]);
    assert_eq!(form.selected("bio_lang"), vec!["hr"]);
    assert_eq!(form.selected("visibility"), vec!["public"]);
    let mut langs = form.selected("languages");
    langs.sort();
    assert_eq!(langs, vec!["en", "hr"]);
    let mut roles = form.selected("roles");
    roles.sort();
    assert_eq!(roles, vec!["company-mentor", "teacher"]);
    assert_eq!(form.selected("sectors"), vec!["woodwork"]);

    // A bio needs its language.
    let page = b
        .post(
            "/profile/edit",
            &[
                ("display_name", "Ana"),
                ("handle", "ana"),
                ("bio", "Hello"),
                ("visibility", "members"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("bio_lang"),
        Some(en.t("profile-bio-lang-needed"))
    );
    assert_eq!(
        page.form("/profile/edit").textarea_value("bio").as_deref(),
        Some("Hello")
    );
    assert_eq!(
        app.opt_text(&format!("SELECT display_name FROM users WHERE id = {id}"))
            .await
            .as_deref(),
        Some("Ana Kovač"),
        "unchanged"
    );
}

async fn profile_visibility_for_anonymous_and_signed_in_readers(app: TestApp) {
    let public = app
        .create_user("p@example.org", "Paola Public", SiteRole::Member)
        .await;
    let members = app
        .create_user("m@example.org", "Marek Members", SiteRole::Member)
        .await;
    let private = app
        .create_user("v@example.org", "Vera Private", SiteRole::Member)
        .await;
    let suspended = app
        .create_user("s@example.org", "Sven Suspended", SiteRole::Member)
        .await;
    set_visibility(&app, public, "public").await;
    set_visibility(&app, private, "private").await;
    set_visibility(&app, suspended, "public").await;
    app.exec(&format!(
        "UPDATE users SET status = 'suspended' WHERE id = {suspended}"
    ))
    .await;

    let anon = app.browser();
    anon.get(&format!("/people/{public}")).await.expect(200);
    for hidden in [members, private, suspended, 999_999] {
        let page = anon.get(&format!("/people/{hidden}")).await;
        page.expect(404);
        assert_eq!(page.error_code(), "not_found");
    }
    assert_eq!(people(&anon.get("/people").await), names(&["Paola Public"]));

    let (reader, _) = app
        .signed_in("r@example.org", "Rita Reader", SiteRole::Member)
        .await;
    reader.get(&format!("/people/{public}")).await.expect(200);
    reader.get(&format!("/people/{members}")).await.expect(200);
    reader.get(&format!("/people/{private}")).await.expect(404);
    reader
        .get(&format!("/people/{suspended}"))
        .await
        .expect(404);
    assert_eq!(
        people(&reader.get("/people").await),
        names(&["Marek Members", "Paola Public", "Rita Reader"])
    );

    // The owner always sees their own profile, and a site administrator sees every profile.
    let owner = app.browser();
    owner.login("v@example.org", TEST_PASSWORD).await;
    let page = owner.get(&format!("/people/{private}")).await;
    page.expect(200);
    assert!(page.shows(&app.text("en", "visibility-private")));
    let (admin, _) = app
        .signed_in("admin@example.org", "Admin", SiteRole::Admin)
        .await;
    admin.get(&format!("/people/{private}")).await.expect(200);
    admin.get(&format!("/people/{suspended}")).await.expect(200);
}

async fn the_list_of_people_filters_by_country_role_sector_language_and_name(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@example.org", "Ana Kovač", SiteRole::Member)
        .await;
    b.post(
        "/profile/edit",
        &[
            ("display_name", "Ana Kovač"),
            ("handle", "ana-kovac"),
            ("country", "HR"),
            ("visibility", "public"),
            ("languages", "hr"),
            ("roles", "teacher"),
            ("sectors", "woodwork"),
        ],
    )
    .await
    .expect(303);
    let (b, _) = app
        .signed_in("luca@example.org", "Luca Bianchi", SiteRole::Member)
        .await;
    b.post(
        "/profile/edit",
        &[
            ("display_name", "Luca Bianchi"),
            ("handle", "luca-bianchi"),
            ("country", "IT"),
            ("visibility", "public"),
            ("languages", "it"),
            ("languages", "en"),
            ("roles", "student"),
            ("sectors", "bakery"),
        ],
    )
    .await
    .expect(303);
    let anon = app.browser();
    for (query, expected) in [
        ("", vec!["Ana Kovač", "Luca Bianchi"]),
        ("country=HR", vec!["Ana Kovač"]),
        ("role=student", vec!["Luca Bianchi"]),
        ("sector=woodwork", vec!["Ana Kovač"]),
        ("language=en", vec!["Luca Bianchi"]),
        ("q=KOVA%C4%8C", vec!["Ana Kovač"]),
        ("q=%25", vec![]),
        ("country=HR&role=student", vec![]),
    ] {
        let page = anon.get(&format!("/people?{query}")).await;
        page.expect(200);
        assert_eq!(people(&page), names(&expected), "{query}");
        assert!(page.shows(&app.localizer("en").t1(
            "people-count",
            "count",
            expected.len() as i64
        )));
    }
}

async fn a_minors_profile_is_never_public_nor_listed(app: TestApp) {
    let en = app.localizer("en");
    // Registering as a minor starts with a private profile.
    let b = app.browser();
    b.post(
        "/register",
        &[
            ("display_name", "Mia Minor"),
            ("handle", "mia-minor"),
            ("email", "mia@example.org"),
            ("password", TEST_PASSWORD),
            ("password_confirm", TEST_PASSWORD),
            ("is_minor", "1"),
        ],
    )
    .await
    .expect(303);
    let id = app
        .count("SELECT id FROM users WHERE email = 'mia@example.org'")
        .await;
    let stored = format!("SELECT visibility FROM users WHERE id = {id}");
    assert_eq!(app.opt_text(&stored).await.as_deref(), Some("private"));

    // The form does not offer "public", and a forged choice is refused.
    let page = b.get("/profile/edit").await;
    page.expect(200);
    assert!(!page.form("/profile/edit").contains("value=\"public\""));
    let page = b
        .post(
            "/profile/edit",
            &[
                ("display_name", "Mia Minor"),
                ("handle", "mia-minor"),
                ("is_minor", "1"),
                ("visibility", "public"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("visibility"),
        Some(en.t("profile-minor-not-public"))
    );
    assert_eq!(app.opt_text(&stored).await.as_deref(), Some("private"));

    // Visible to members by choice, yet never listed.
    b.post(
        "/profile/edit",
        &[
            ("display_name", "Mia Minor"),
            ("handle", "mia-minor"),
            ("is_minor", "1"),
            ("visibility", "members"),
        ],
    )
    .await
    .expect(303);
    let (reader, _) = app
        .signed_in("r@example.org", "Rita Reader", SiteRole::Member)
        .await;
    assert_eq!(
        people(&reader.get("/people").await),
        names(&["Rita Reader"])
    );
    assert!(people(&reader.get("/people?q=mia").await).is_empty());

    // Even a row that says "public" (written before a rule, or by hand) is not shown publicly.
    set_visibility(&app, id, "public").await;
    assert_eq!(app.opt_text(&stored).await.as_deref(), Some("public"));
    let anon = app.browser();
    anon.get(&format!("/people/{id}")).await.expect(404);
    assert!(people(&anon.get("/people").await).is_empty());
}

async fn minors_are_not_shown_among_organisation_members_to_outsiders(app: TestApp) {
    let (admin, admin_id) = app
        .signed_in("admin@example.org", "Alba Admin", SiteRole::Member)
        .await;
    let (org_id, slug) = app
        .create_org(
            admin_id,
            "Centro",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    let public = app
        .create_user("p@example.org", "Paola Public", SiteRole::Member)
        .await;
    set_visibility(&app, public, "public").await;
    let adult = app
        .create_user("m@example.org", "Marek Member", SiteRole::Member)
        .await;
    let minor = app
        .create_user("mia@example.org", "Mia Minor", SiteRole::Member)
        .await;
    make_minor(&app, minor).await;
    for id in [public, adult, minor] {
        app.add_member(org_id, id, OrgRole::Member).await;
    }
    let path = format!("/directory/{slug}");

    let anon = app.browser();
    assert_eq!(members(&anon.get(&path).await), names(&["Paola Public"]));
    let (outsider, _) = app
        .signed_in("o@example.org", "Otto Outsider", SiteRole::Member)
        .await;
    assert_eq!(
        members(&outsider.get(&path).await),
        names(&["Alba Admin", "Marek Member", "Paola Public"])
    );
    // A fellow member who does not administer the organisation does not see the minor either.
    let fellow = app.browser();
    fellow.login("m@example.org", TEST_PASSWORD).await;
    assert!(!fellow.get(&path).await.shows("Mia Minor"));

    // The organisation's administrators do, marked as under 18; so do site administrators.
    assert_eq!(
        members(&admin.get(&path).await),
        names(&["Alba Admin", "Marek Member", "Mia Minor", "Paola Public"])
    );
    let manage = admin.get(&format!("{path}/manage")).await;
    assert!(manage.shows("Mia Minor"));
    assert!(manage.shows(&app.text("en", "member-minor")));
    let (site_admin, _) = app
        .signed_in("site@example.org", "Site Admin", SiteRole::Admin)
        .await;
    assert!(site_admin.get(&path).await.shows("Mia Minor"));
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encode PNG");
    out
}

/// A JPEG with an EXIF segment (camera and GPS position) and a comment, as phones write them.
fn jpeg_with_metadata(secret: &str) -> Vec<u8> {
    let img = image::RgbImage::from_fn(120, 80, |x, y| image::Rgb([x as u8, y as u8, 60]));
    let mut plain = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Jpeg)
        .expect("encode JPEG");
    assert_eq!(&plain[..2], &[0xFF, 0xD8]);
    // EXIF: "Exif\0\0", a big-endian TIFF header, one IFD entry (ImageDescription, ASCII)
    // pointing at the secret text.
    let text = format!("{secret}\0");
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2A\0\0\0\x08");
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&0x010Eu16.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&(text.len() as u32).to_be_bytes());
    tiff.extend_from_slice(&26u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(text.as_bytes());
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    let comment = format!("taken at {secret}");
    out.extend_from_slice(&[0xFF, 0xFE]);
    out.extend_from_slice(&((comment.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(comment.as_bytes());
    out.extend_from_slice(&plain[2..]);
    out
}

/// The chunk types of a PNG file, in order.
fn png_chunks(bytes: &[u8]) -> Vec<String> {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let mut out = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        out.push(String::from_utf8_lossy(&bytes[at + 4..at + 8]).to_string());
        at += 12 + len;
    }
    out
}

async fn stored_avatar(app: &TestApp, id: i64) -> Option<String> {
    app.opt_text(&format!("SELECT avatar_key FROM users WHERE id = {id}"))
        .await
}

async fn avatars_are_stored_as_square_pngs(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let page = b
        .upload("/profile/avatar", "avatar", "me.png", png(300, 120))
        .await;
    page.expect(303);
    assert_eq!(page.location(), "/profile/edit");
    let key = stored_avatar(&app, id).await.expect("an avatar");
    assert!(
        key.starts_with("avatars/") && key.ends_with(".png"),
        "{key}"
    );
    let edit = b.visit("/profile/edit").await;
    assert!(edit.shows(&app.text("en", "flash-avatar-saved")));
    assert!(edit.contains(&format!("src=\"/files/{key}\"")));

    // Served as a PNG of 256 × 256, to anyone, for good.
    let file = app
        .browser()
        .client
        .get(format!("{}/files/{key}", app.base))
        .send()
        .await
        .expect("GET the avatar");
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "image/png");
    assert!(file.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(file.headers()["x-content-type-options"], "nosniff");
    let bytes = file.bytes().await.expect("body");
    let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png).expect("a PNG");
    assert_eq!((img.width(), img.height()), (256, 256));

    // Removing it.
    b.post("/profile/avatar/remove", &[]).await.expect(303);
    assert_eq!(stored_avatar(&app, id).await, None);
}

async fn jpeg_metadata_does_not_survive_an_upload(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let secret = "GPS 45.8150N 15.9819E Serial-XK2291";
    let jpeg = jpeg_with_metadata(secret);
    // The test picture does carry the metadata, and is a readable JPEG.
    assert!(jpeg.windows(4).any(|w| w == b"Exif"));
    image::load_from_memory_with_format(&jpeg, image::ImageFormat::Jpeg).expect("a JPEG");

    b.upload("/profile/avatar", "avatar", "photo.jpg", jpeg)
        .await
        .expect(303);
    let key = stored_avatar(&app, id).await.expect("an avatar");
    let bytes = app.state.files.get(&key).await.expect("the stored picture");
    let chunks = png_chunks(&bytes);
    for meta in ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"] {
        assert!(!chunks.iter().any(|c| c == meta), "{meta} in {chunks:?}");
    }
    assert!(!bytes.windows(4).any(|w| w == b"Exif"));
    assert!(!bytes.windows(6).any(|w| w == b"Serial"));
    assert!(!bytes.windows(3).any(|w| w == b"GPS"));
}

async fn non_images_and_empty_uploads_are_refused_in_the_readers_language(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@example.org", "Ana", SiteRole::Member)
        .await;
    let mut truncated = png(100, 100);
    truncated.truncate(60);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "notes.png",
            b"<html><script>alert(1)</script></html>".to_vec(),
            "upload-not-image",
        ),
        (
            "drawing.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
            "upload-not-image",
        ),
        ("broken.png", truncated, "upload-not-image"),
        ("empty.png", Vec::new(), "upload-empty"),
    ];
    for lang in ["en", "it"] {
        app.exec(&format!(
            "UPDATE users SET locale = '{lang}' WHERE id = {id}"
        ))
        .await;
        for (name, bytes, message) in &cases {
            let page = b
                .upload("/profile/avatar", "avatar", name, bytes.clone())
                .await;
            page.expect(422);
            assert_eq!(page.html_lang(), lang);
            assert_eq!(
                page.field_error("avatar"),
                Some(app.text(lang, message)),
                "{name} in {lang}"
            );
        }
        // A form without the file field at all.
        let page = b
            .upload("/profile/avatar", "picture", "me.png", png(10, 10))
            .await;
        page.expect(422);
        assert_eq!(
            page.field_error("avatar"),
            Some(app.text(lang, "upload-empty"))
        );
    }
    assert_ne!(
        app.text("it", "upload-not-image"),
        app.text("en", "upload-not-image"),
        "the Italian catalog translates it"
    );
    assert_eq!(stored_avatar(&app, id).await, None);
    let files = app.state.config.files_dir().join("avatars");
    assert!(
        !files.exists() || std::fs::read_dir(&files).unwrap().next().is_none(),
        "nothing stored"
    );

    // Over the size limit.
    let big = vec![0u8; app.state.config.limits.image_bytes + 1];
    let page = b.upload("/profile/avatar", "avatar", "big.png", big).await;
    page.expect(422);
    assert_eq!(
        page.field_error("avatar"),
        Some(app.localizer("it").t1("upload-too-large", "limit", 5i64))
    );
    assert_eq!(stored_avatar(&app, id).await, None);
}

async fn the_list_of_people_pages_through_everyone(app: TestApp) {
    let reader = app.browser();
    for i in 1..=23 {
        let id = app
            .create_user(
                &format!("p{i}@example.org"),
                &format!("Person {i:02}"),
                SiteRole::Member,
            )
            .await;
        set_visibility(&app, id, "public").await;
    }
    let en = app.localizer("en");
    let first = reader.get("/people").await;
    let expected: Vec<String> = (1..=20).map(|i| format!("Person {i:02}")).collect();
    assert_eq!(people(&first), expected);
    assert!(first.shows(&en.t1("people-count", "count", 23i64)));
    assert!(first.contains("rel=\"next\" href=\"?page=2\""));
    let expected: Vec<String> = (21..=23).map(|i| format!("Person {i:02}")).collect();
    assert_eq!(people(&reader.get("/people?page=2").await), expected);
    // Past the end: the last page.
    let beyond = reader.get("/people?page=9").await;
    assert_eq!(people(&beyond), expected);
    assert!(beyond.shows(&en.t2("paging-position", "page", 2i64, "pages", 2i64)));
}
