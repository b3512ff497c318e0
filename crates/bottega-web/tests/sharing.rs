//! The Sharing toolbox over HTTP, on SQLite and PostgreSQL: depositing resources with files,
//! versions, downloads served safely, who sees what, refused input that keeps what was typed,
//! ratings, comments, reuse reports, collections, search with facets, editing and deleting
//! (rows and stored files), and one deposit through an S3-compatible store.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use bottega_domain::{Country, Language, OrgRole, OrgType, SiteRole};
use bottega_web::testing::{Browser, Page, TestApp};
use reqwest::header::HeaderMap;
use reqwest::multipart::{Form, Part};

bottega_web::web_tests!(
    a_resource_is_deposited_with_two_files_and_downloaded_byte_for_byte,
    a_new_version_of_a_file_keeps_the_older_ones_downloadable,
    hidden_resources_are_not_found_listed_searched_or_collected_by_outsiders,
    refused_descriptions_keep_the_input_and_name_each_problem,
    refused_files_are_named_with_their_problem_and_nothing_is_stored,
    files_over_the_size_limit_or_the_members_quota_are_refused,
    files_of_a_refused_form_are_kept_and_attached_without_uploading_again,
    html_and_svg_are_only_ever_downloads_and_hostile_names_are_made_safe,
    members_rate_once_each_and_never_their_own_resource,
    comments_are_sanitized_and_deleted_by_their_author_or_the_owner,
    reuse_reports_show_where_the_resource_was_reused,
    collections_gather_order_and_remove_resources,
    the_toolbox_finds_resources_by_stem_facet_and_rating,
    only_the_owner_an_org_admin_or_staff_edit_and_delete,
    deleting_removes_rows_and_stored_files_unless_another_version_shares_them,
    only_verified_members_deposit_and_only_with_the_form_token,
    download_counts_that_fail_to_be_written_are_kept_for_the_next_write,
);

// ---- Files to upload ---------------------------------------------------------------------------

/// A small valid PDF; `text` makes its bytes (and so its content address) unique.
fn pdf(text: &str) -> Vec<u8> {
    format!(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
         2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% {text}\n\
         trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    .into_bytes()
}

/// A PDF of exactly `size` bytes.
fn pdf_of_size(text: &str, size: usize) -> Vec<u8> {
    let mut bytes = pdf(text);
    bytes.resize(size, b' ');
    bytes
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encode PNG");
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG whose header claims 60,000 × 60,000 pixels.
fn png_bomb() -> Vec<u8> {
    let mut bomb = png(1, 1);
    bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32(&bomb[12..29]);
    bomb[29..33].copy_from_slice(&crc.to_be_bytes());
    bomb
}

/// A small archive that expands to 20 MB of zeros: a thousandfold.
fn zip_bomb() -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("zeros.txt", options).expect("zip entry");
    let chunk = vec![0u8; 1024 * 1024];
    for _ in 0..20 {
        w.write_all(&chunk).expect("zip data");
    }
    w.finish().expect("zip finish");
    let bytes = out.into_inner();
    assert!(
        bytes.len() < 200 * 1024,
        "the bomb is small: {}",
        bytes.len()
    );
    bytes
}

const HTML_PAGE: &str =
    "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>";
const SVG_DRAWING: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\
     <script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>";

// ---- The resource form ---------------------------------------------------------------------------

/// The fields and files of one submission of the resource form.
#[derive(Clone)]
struct Deposit {
    fields: Vec<(String, String)>,
    files: Vec<(String, Vec<u8>)>,
}

impl Deposit {
    /// A valid public document in English, without files.
    fn new(title: &str) -> Deposit {
        Deposit {
            fields: vec![],
            files: vec![],
        }
        .set("title", title)
        .set("rtype", "document")
        .set(
            "description",
            "A **checklist** for apprentices in small workshops.",
        )
        .set("lang", "en")
        .set("licence", "cc-by")
        .set("visibility", "public")
    }

    /// Replaces every value of `name` with `value`.
    fn set(mut self, name: &str, value: &str) -> Deposit {
        self.fields.retain(|(k, _)| k != name);
        self.fields.push((name.to_string(), value.to_string()));
        self
    }

    /// One more value of a many-valued field.
    fn add(mut self, name: &str, value: &str) -> Deposit {
        self.fields.push((name.to_string(), value.to_string()));
        self
    }

    fn without(mut self, name: &str) -> Deposit {
        self.fields.retain(|(k, _)| k != name);
        self
    }

    fn file(mut self, name: &str, bytes: Vec<u8>) -> Deposit {
        self.files.push((name.to_string(), bytes));
        self
    }

    /// The multipart body, with file names sent as browsers send them (raw UTF-8).
    fn form(&self) -> Form {
        let mut form = Form::new().percent_encode_noop();
        for (k, v) in &self.fields {
            form = form.text(k.clone(), v.clone());
        }
        for (name, bytes) in &self.files {
            let part = Part::bytes(bytes.clone())
                .file_name(name.clone())
                .mime_str("application/octet-stream")
                .expect("media type");
            form = form.part("files", part);
        }
        form
    }
}

async fn submit(b: &Browser, path: &str, d: &Deposit) -> Page {
    b.multipart(path, d.form()).await
}

/// Deposits a resource that must be accepted; returns its id.
async fn deposit(b: &Browser, d: &Deposit) -> i64 {
    let page = submit(b, "/resources/new", d).await;
    page.expect(303);
    page.location()
        .strip_prefix("/resources/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("unexpected redirect {}", page.location()))
}

/// Uploads one file to a resource: a new version of `file_id`, or a new file.
async fn upload_version(
    b: &Browser,
    resource: i64,
    file_id: Option<i64>,
    note: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Page {
    let form = Form::new()
        .percent_encode_noop()
        .text("file", file_id.map(|f| f.to_string()).unwrap_or_default())
        .text("note", note.to_string())
        .part("files", Part::bytes(bytes).file_name(name.to_string()));
    b.multipart(&format!("/resources/{resource}/files"), form)
        .await
}

// ---- Reading answers ---------------------------------------------------------------------------

/// A response read as bytes (downloads).
struct Download {
    status: u16,
    headers: HeaderMap,
    bytes: Vec<u8>,
}

impl Download {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

async fn fetch(b: &Browser, path: &str) -> Download {
    let res = b.client.get(b.url(path)).send().await.expect("GET");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let bytes = res.bytes().await.expect("body").to_vec();
    Download {
        status,
        headers,
        bytes,
    }
}

/// The id of the version of `resource` named `name` with number `version`.
async fn version_id(app: &TestApp, resource: i64, name: &str, version: i64) -> i64 {
    app.opt_i64(&format!(
        "SELECT v.id FROM file_versions v JOIN resource_files f ON f.id = v.file_id \
         WHERE f.resource_id = {resource} AND v.name = '{name}' AND v.version = {version}"
    ))
    .await
    .unwrap_or_else(|| panic!("no version {version} of {name} in resource {resource}"))
}

async fn object_key(app: &TestApp, version: i64) -> String {
    app.opt_text(&format!(
        "SELECT object_key FROM file_versions WHERE id = {version}"
    ))
    .await
    .expect("object key")
}

async fn thumb_key(app: &TestApp, version: i64) -> String {
    app.opt_text(&format!(
        "SELECT thumb_key FROM file_versions WHERE id = {version}"
    ))
    .await
    .expect("thumbnail key")
}

/// Where the local store keeps an object.
fn stored_path(app: &TestApp, key: &str) -> PathBuf {
    app.state.config.files_dir().join(key)
}

/// Files left in the folder where uploads are received (none once a request is answered).
fn spooled(app: &TestApp) -> Vec<PathBuf> {
    files_under(&app.state.config.spool_dir())
}

/// Objects in the local store under `resources/` and `thumbs/`.
fn stored_objects(app: &TestApp) -> Vec<PathBuf> {
    files_under(&app.state.config.files_dir())
}

async fn rows(app: &TestApp, table: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM {table}")).await
}

/// Nothing of a refused deposit reached the database.
#[track_caller]
fn nothing_stored(resources: i64, versions: i64, what: &str) {
    assert_eq!(
        (resources, versions),
        (0, 0),
        "{what}: no resource row and no file version may be left"
    );
}

/// The resources a list or search page shows, in order.
fn hits(page: &Page) -> Vec<i64> {
    let marker = "<li><h3><a href=\"/resources/";
    page.body
        .match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &page.body[i + marker.len()..];
            let end = rest.find('"')?;
            rest[..end].parse().ok()
        })
        .collect()
}

/// Asks `path` until it shows exactly `expected` (in any order; the index follows the database
/// within a second or so), and returns the last page.
async fn until_hits(b: &Browser, path: &str, expected: &[i64]) -> Page {
    let mut want = expected.to_vec();
    want.sort_unstable();
    let mut page = b.get(path).await;
    for _ in 0..80 {
        page.expect(200);
        let mut got = hits(&page);
        got.sort_unstable();
        if got == want {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        page = b.get(path).await;
    }
    panic!(
        "expected {want:?} at {path}, got {:?}:\n{}",
        hits(&page),
        page.body
    );
}

/// Asks `path` until it shows `expected` in this order.
async fn until_ordered(b: &Browser, path: &str, expected: &[i64]) -> Page {
    let mut page = b.get(path).await;
    for _ in 0..80 {
        if hits(&page) == expected {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        page = b.get(path).await;
    }
    panic!(
        "expected {expected:?} in order at {path}, got {:?}",
        hits(&page)
    );
}

/// The count a facet shows next to the value labelled `label`.
fn facet_count(page: &Page, label: &str) -> Option<u64> {
    let marker = format!(
        "{}</a> <span class=\"muted\">(",
        bottega_web::testing::html_escape(label)
    );
    let start = page.body.find(&marker)? + marker.len();
    let end = page.body[start..].find(')')?;
    page.body[start..start + end].parse().ok()
}

/// The resources a collection page lists, in order.
fn collection_items(page: &Page) -> Vec<i64> {
    let marker = "<li id=\"item-";
    page.body
        .match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &page.body[i + marker.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .collect()
}

fn file_problem(app: &TestApp, name: &str, problem: String) -> String {
    app.localizer("en")
        .t2("upload-error-file", "name", name, "problem", problem)
}

fn mismatch(app: &TestApp, claimed: &str, found: &str) -> String {
    app.localizer("en")
        .t2("upload-error-mismatch", "claimed", claimed, "found", found)
}

// ---- 1. Depositing and downloading -------------------------------------------------------------

async fn a_resource_is_deposited_with_two_files_and_downloaded_byte_for_byte(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let checklist = pdf("checklist");
    let id = deposit(
        &b,
        &Deposit::new("Safety at the workbench")
            .set("rtype", "course-material")
            .set("licence", "cc-by-sa")
            .set("country", "IT")
            .set("eqf", "4")
            .add("languages", "en")
            .add("languages", "it")
            .add("sectors", "woodwork")
            .add("themes", "didactics")
            .add("targets", "vet-teachers")
            .add("targets", "apprentices")
            .add("competences", "lifecomp-personal")
            .set("project_name", "Safe Hands")
            .set("project_number", "2024-1-it01-ka220-vet-000123456")
            .file("checklist.pdf", checklist.clone())
            .file("diagram.png", png(400, 200)),
    )
    .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM resource_files WHERE resource_id = {id}"
        ))
        .await,
        2
    );

    // Anyone sees the page with its descriptors and files.
    let anon = app.browser();
    let page = anon.get(&format!("/resources/{id}")).await;
    page.expect(200);
    assert!(page.shows("Safety at the workbench"));
    assert!(page.contains("A <strong>checklist</strong> for apprentices"));
    assert!(page.shows(&app.text("en", "resource-type-course-material")));
    assert!(page.shows(&app.text("en", "licence-cc-by-sa")));
    assert!(page.shows(&app.text("en", "country-IT")));
    assert!(page.shows(&app.localizer("en").t1("res-eqf-level", "level", 4)));
    assert!(page.shows(&app.text("en", "sector-woodwork")));
    assert!(page.shows(&app.text("en", "theme-didactics")));
    assert!(page.shows(&app.text("en", "target-group-apprentices")));
    assert!(page.shows(&app.text("en", "competence-lifecomp-personal")));
    assert!(
        page.contains("2024-1-IT01-KA220-VET-000123456"),
        "stored upper-case"
    );
    assert!(page.shows(&app.localizer("en").t1("res-shared-by", "name", "Ana")));
    let pdf_v = version_id(&app, id, "checklist.pdf", 1).await;
    let png_v = version_id(&app, id, "diagram.png", 1).await;
    assert!(page.contains(&format!(
        "<a class=\"download\" href=\"/resources/{id}/download/{pdf_v}\" download>checklist.pdf</a>"
    )));
    assert!(page.contains(&format!(
        "<a class=\"download\" href=\"/resources/{id}/download/{png_v}\" download>diagram.png</a>"
    )));
    assert!(page.contains(&format!("src=\"/resources/{id}/thumbnail/{png_v}\"")));
    assert!(page.shows(&app.localizer("en").t1("res-downloads", "count", 0)));

    // The PDF comes back exactly, as a download under its name.
    let d = fetch(&anon, &format!("/resources/{id}/download/{pdf_v}")).await;
    assert_eq!(d.status, 200);
    assert_eq!(d.bytes, checklist);
    assert_eq!(d.header("content-type"), "application/pdf");
    assert_eq!(
        d.header("content-disposition"),
        "attachment; filename=\"checklist.pdf\"; filename*=UTF-8''checklist.pdf"
    );
    assert_eq!(d.header("content-length"), checklist.len().to_string());
    assert!(d.header("content-security-policy").contains("sandbox"));
    assert_eq!(d.header("x-content-type-options"), "nosniff");
    // Downloads are counted in memory; the server writes them within a second.
    app.flush_downloads().await;
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT download_count FROM resources WHERE id = {id}"
        ))
        .await,
        Some(1)
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT download_count FROM file_versions WHERE id = {pdf_v}"
        ))
        .await,
        Some(1)
    );
    let page = anon.get(&format!("/resources/{id}")).await;
    assert!(page.shows(&app.localizer("en").t1("res-downloads", "count", 1)));

    // The picture is redrawn (same pixels' size), with a thumbnail.
    let d = fetch(&anon, &format!("/resources/{id}/download/{png_v}")).await;
    assert_eq!(d.status, 200);
    assert_eq!(d.header("content-type"), "image/png");
    assert!(d
        .header("content-disposition")
        .starts_with("attachment; filename=\"diagram.png\""));
    let img = image::load_from_memory(&d.bytes).expect("a PNG");
    assert_eq!((img.width(), img.height()), (400, 200));
    let t = fetch(&anon, &format!("/resources/{id}/thumbnail/{png_v}")).await;
    assert_eq!(t.status, 200);
    assert_eq!(t.header("content-type"), "image/png");
    // File names are searchable.
    until_hits(&anon, "/resources?q=diagram", &[id]).await;
    let thumb = image::load_from_memory(&t.bytes).expect("a thumbnail");
    assert_eq!((thumb.width(), thumb.height()), (320, 160));
    // The server writes the second download by itself, within a second or so.
    let count_sql = format!("SELECT download_count FROM resources WHERE id = {id}");
    let mut waited = 0;
    while app.opt_i64(&count_sql).await != Some(2) && waited < 100 {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        waited += 1;
    }
    app.flush_downloads().await;
    assert_eq!(
        app.opt_i64(&count_sql).await,
        Some(2),
        "the picture's download is written by the server, and thumbnails are not downloads"
    );

    // A version of another resource, or none, is not found through this one.
    let other = deposit(&b, &Deposit::new("Other").file("other.pdf", pdf("other"))).await;
    let other_v = version_id(&app, other, "other.pdf", 1).await;
    assert_eq!(
        fetch(&anon, &format!("/resources/{id}/download/{other_v}"))
            .await
            .status,
        404
    );
    assert_eq!(
        fetch(&anon, &format!("/resources/{id}/download/999999"))
            .await
            .status,
        404
    );
    assert_eq!(
        fetch(&anon, &format!("/resources/{id}/thumbnail/{pdf_v}"))
            .await
            .status,
        404,
        "a PDF has no thumbnail"
    );
    assert_eq!(anon.get("/resources/999999").await.status, 404);
}

// ---- 2. Versions ---------------------------------------------------------------------------------

async fn a_new_version_of_a_file_keeps_the_older_ones_downloadable(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let first = pdf("first edition");
    let second = pdf("second edition, typos fixed");
    let id = deposit(
        &b,
        &Deposit::new("Bench rules").file("rules.pdf", first.clone()),
    )
    .await;
    let v1 = version_id(&app, id, "rules.pdf", 1).await;
    let file_id = app
        .opt_i64(&format!(
            "SELECT file_id FROM file_versions WHERE id = {v1}"
        ))
        .await
        .unwrap();

    let page = upload_version(
        &b,
        id,
        Some(file_id),
        "Typos fixed",
        "rules.pdf",
        second.clone(),
    )
    .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/resources/{id}#files"));
    let v2 = version_id(&app, id, "rules.pdf", 2).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM resource_files WHERE resource_id = {id}"
        ))
        .await,
        1,
        "still one file"
    );

    let anon = app.browser();
    let page = anon.get(&format!("/resources/{id}")).await;
    page.expect(200);
    let l = app.localizer("en");
    // The latest is version 2; version 1 is listed among the older ones.
    assert!(page.contains(&format!(
        "<a class=\"download\" href=\"/resources/{id}/download/{v2}\" download>rules.pdf</a>"
    )));
    let latest = &page.body[page.body.find("class=\"download\"").unwrap()..];
    let latest = &latest[..latest.find("</span>").unwrap()];
    assert!(
        latest.contains(&l.t1("res-version", "number", 2)),
        "{latest}"
    );
    assert!(latest.contains("Typos fixed"));
    assert!(page.shows(&l.t1("res-older-versions", "count", 1)));
    assert!(page.contains(&format!(
        "<a href=\"/resources/{id}/download/{v1}\" download>{}: rules.pdf</a>",
        l.t1("res-version", "number", 1)
    )));
    assert_eq!(
        fetch(&anon, &format!("/resources/{id}/download/{v1}"))
            .await
            .bytes,
        first
    );
    assert_eq!(
        fetch(&anon, &format!("/resources/{id}/download/{v2}"))
            .await
            .bytes,
        second
    );

    // An empty `file` adds a second file; a version needs exactly one file.
    upload_version(&b, id, None, "", "annex.pdf", pdf("annex"))
        .await
        .expect(303);
    version_id(&app, id, "annex.pdf", 1).await;
    let none = b
        .multipart(
            &format!("/resources/{id}/files"),
            Form::new().text("file", file_id.to_string()),
        )
        .await;
    none.expect(422);
    assert!(none.shows(&app.text("en", "res-version-needs-one-file")));
    // A file of another resource cannot get versions through this one.
    let other = deposit(&b, &Deposit::new("Other").file("o.pdf", pdf("o"))).await;
    let other_file = app
        .opt_i64(&format!(
            "SELECT id FROM resource_files WHERE resource_id = {other}"
        ))
        .await
        .unwrap();
    let page = upload_version(&b, id, Some(other_file), "", "x.pdf", pdf("x")).await;
    page.expect(404);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM file_versions WHERE name = 'x.pdf'")
            .await,
        0
    );
}

// ---- 3. Visibility -------------------------------------------------------------------------------

async fn hidden_resources_are_not_found_listed_searched_or_collected_by_outsiders(app: TestApp) {
    let (owner, owner_id) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (insider, insider_id) = app
        .signed_in("in@school.example", "Insider", SiteRole::Member)
        .await;
    let (outsider, _) = app
        .signed_in("out@school.example", "Outsider", SiteRole::Member)
        .await;
    let anon = app.browser();
    let (org, _) = app
        .create_org(
            owner_id,
            "Scuola Edile",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[Language::It],
        )
        .await;
    app.add_member(org, insider_id, OrgRole::Member).await;

    let public = deposit(
        &owner,
        &Deposit::new("Scaffolding public guide").file("public.pdf", pdf("public")),
    )
    .await;
    let members = deposit(
        &owner,
        &Deposit::new("Scaffolding members guide")
            .set("visibility", "members")
            .file("members.png", png(40, 30)),
    )
    .await;
    let private = deposit(
        &owner,
        &Deposit::new("Scaffolding staff guide")
            .set("visibility", "organisation")
            .set("org", &org.to_string())
            .file("staff.png", png(30, 40)),
    )
    .await;
    let members_v = version_id(&app, members, "members.png", 1).await;
    let private_v = version_id(&app, private, "staff.png", 1).await;

    // The page, the download and the thumbnail are all 404 for those who may not see it.
    for (who, b, resource, version, status) in [
        ("anonymous", &anon, members, members_v, 404),
        ("anonymous", &anon, private, private_v, 404),
        ("outsider", &outsider, members, members_v, 200),
        ("outsider", &outsider, private, private_v, 404),
        ("insider", &insider, members, members_v, 200),
        ("insider", &insider, private, private_v, 200),
    ] {
        for path in [
            format!("/resources/{resource}"),
            format!("/resources/{resource}/download/{version}"),
            format!("/resources/{resource}/thumbnail/{version}"),
        ] {
            assert_eq!(fetch(b, &path).await.status, status, "{who} at {path}");
        }
    }
    // Nor can they rate, comment on or collect it.
    let refused = outsider
        .post(&format!("/resources/{private}/rate"), &[("stars", "5")])
        .await;
    refused.expect(404);
    let refused = outsider
        .post(
            &format!("/resources/{private}/comments"),
            &[("comment", "Interesting"), ("lang", "en")],
        )
        .await;
    refused.expect(404);

    // Lists and searches: the insider sees all three once indexed; the others never more
    // than they may.
    until_hits(&insider, "/resources", &[public, members, private]).await;
    until_hits(&owner, "/resources", &[public, members, private]).await;
    until_hits(&outsider, "/resources", &[public, members]).await;
    until_hits(&anon, "/resources", &[public]).await;
    until_hits(
        &insider,
        "/resources?q=scaffolding",
        &[public, members, private],
    )
    .await;
    until_hits(&outsider, "/resources?q=scaffolding", &[public, members]).await;
    until_hits(&anon, "/resources?q=scaffolding", &[public]).await;
    until_hits(
        &insider,
        "/search?q=scaffolding",
        &[public, members, private],
    )
    .await;
    until_hits(&outsider, "/search?q=scaffolding", &[public, members]).await;
    let page = until_hits(&anon, "/search?q=scaffolding", &[public]).await;
    assert!(!page.contains("staff guide") && !page.contains("members guide"));
    // Facet counts do not count them either.
    let page = until_hits(&anon, "/resources?type=document", &[public]).await;
    assert_eq!(
        facet_count(&page, &app.text("en", "resource-type-document")),
        Some(1)
    );

    // A public collection holding all three lists only what its reader may see.
    let page = owner
        .post(
            "/collections/new",
            &[
                ("title", "Scaffolding"),
                ("description", "Everything about scaffolding."),
                ("lang", "en"),
                ("visibility", "public"),
            ],
        )
        .await;
    page.expect(303);
    let collection: i64 = page
        .location()
        .trim_start_matches("/collections/")
        .parse()
        .unwrap();
    for r in [public, members, private] {
        owner
            .post(
                &format!("/resources/{r}/collect"),
                &[("collection", &collection.to_string()), ("note", "")],
            )
            .await
            .expect(303);
    }
    let path = format!("/collections/{collection}");
    let l = app.localizer("en");
    for (who, b, expected) in [
        ("owner", &owner, vec![public, members, private]),
        ("insider", &insider, vec![public, members, private]),
        ("outsider", &outsider, vec![public, members]),
        ("anonymous", &anon, vec![public]),
    ] {
        let page = b.get(&path).await;
        page.expect(200);
        assert_eq!(collection_items(&page), expected, "{who}");
        // The number shown does not betray what is hidden.
        assert!(
            page.shows(&l.t1("res-collection-items", "count", expected.len() as i64)),
            "{who} sees the count of what they may see"
        );
        let list = b.get("/collections").await;
        assert!(
            list.shows(&l.t1("res-collection-items", "count", expected.len() as i64)),
            "{who}: the list of collections counts only what they may see"
        );
    }
    // The public resource's page names the collection even to anonymous readers.
    let page = anon.get(&format!("/resources/{public}")).await;
    assert!(page.contains(&format!(
        "<a href=\"/collections/{collection}\">Scaffolding</a>"
    )));

    // Narrowing a resource's audience takes it out of lists and searches at once.
    submit(
        &owner,
        &format!("/resources/{public}/edit"),
        &Deposit::new("Scaffolding public guide")
            .set("visibility", "organisation")
            .set("org", &org.to_string()),
    )
    .await
    .expect(303);
    until_hits(&anon, "/resources", &[]).await;
    until_hits(&outsider, "/search?q=scaffolding", &[members]).await;
    until_hits(
        &insider,
        "/resources?q=scaffolding",
        &[public, members, private],
    )
    .await;
    anon.get(&format!("/resources/{public}")).await.expect(404);
    assert_eq!(collection_items(&anon.get(&path).await), Vec::<i64>::new());
}

// ---- 4. Bad input --------------------------------------------------------------------------------

async fn refused_descriptions_keep_the_input_and_name_each_problem(app: TestApp) {
    let (b, me) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let boss = app
        .create_user("boss@elsewhere.example", "Boss", SiteRole::Member)
        .await;
    // Ana belongs to one organisation, not to the other.
    app.create_org(me, "My School", OrgType::VetProvider, Country::Pt, &[], &[])
        .await;
    let (theirs, _) = app
        .create_org(
            boss,
            "Their School",
            OrgType::VetProvider,
            Country::Es,
            &[],
            &[],
        )
        .await;
    let required = app.text("en", "form-error-required");
    let invalid = app.text("en", "form-error-invalid-choice");
    let base = Deposit::new("Welding basics")
        .set("description", "How to *start* with welding.")
        .add("languages", "pt")
        .add("languages", "en")
        .add("themes", "green-skills")
        .set("country", "PT")
        .set("eqf", "3")
        .set("project_name", "Weld Europe")
        .set("project_number", "2023-1-PT01-KA210-VET-000012345");
    let cases: Vec<(&str, Deposit, &str, String)> = vec![
        (
            "missing title",
            base.clone().set("title", "  ").file("a.pdf", pdf("a")),
            "title",
            required.clone(),
        ),
        (
            "tampered licence",
            base.clone()
                .set("licence", "cc-by-9.0")
                .file("a.pdf", pdf("a")),
            "licence",
            invalid.clone(),
        ),
        (
            "tampered type",
            base.clone()
                .set("rtype", "spreadsheet")
                .file("a.pdf", pdf("a")),
            "rtype",
            invalid.clone(),
        ),
        (
            "EQF 9",
            base.clone().set("eqf", "9").file("a.pdf", pdf("a")),
            "eqf",
            invalid.clone(),
        ),
        (
            "project number with spaces",
            base.clone()
                .set("project_number", "2023 1 PT01")
                .file("a.pdf", pdf("a")),
            "project_number",
            app.text("en", "res-project-number-invalid"),
        ),
        (
            "organisation visibility without an organisation",
            base.clone()
                .set("visibility", "organisation")
                .file("a.pdf", pdf("a")),
            "org",
            app.text("en", "res-visibility-needs-org"),
        ),
        (
            "an organisation the member does not belong to",
            base.clone()
                .set("org", &theirs.to_string())
                .file("a.pdf", pdf("a")),
            "org",
            invalid.clone(),
        ),
        (
            "a link without its address",
            base.clone().set("rtype", "link"),
            "url",
            required.clone(),
        ),
        (
            "a link that is not a web address",
            base.clone()
                .set("rtype", "link")
                .set("url", "javascript:alert(1)"),
            "url",
            app.text("en", "form-error-url-invalid"),
        ),
        (
            "neither file nor link",
            base.clone(),
            "files",
            app.text("en", "res-needs-file-or-link"),
        ),
        (
            "a tampered tag",
            base.clone()
                .add("themes", "astrology")
                .file("a.pdf", pdf("a")),
            "themes",
            invalid.clone(),
        ),
    ];
    for (what, d, field, message) in cases {
        let page = submit(&b, "/resources/new", &d).await;
        page.expect(422);
        assert_eq!(page.error_fields(), vec![field.to_string()], "{what}");
        assert_eq!(page.field_error(field), Some(message.clone()), "{what}");
        // What was typed comes back.
        let typed = |name: &str| {
            d.fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(page.input_value("title"), Some(typed("title")), "{what}");
        assert_eq!(
            page.textarea_value("description").as_deref(),
            Some("How to *start* with welding."),
            "{what}"
        );
        assert_eq!(
            page.input_value("project_number"),
            Some(typed("project_number")),
            "{what}"
        );
        assert_eq!(
            page.input_value("project_name").as_deref(),
            Some("Weld Europe")
        );
        let mut languages = page.selected("languages");
        languages.sort();
        assert_eq!(languages, vec!["en", "pt"], "{what}");
        assert_eq!(page.selected("country"), vec!["PT"], "{what}");
        assert_eq!(page.selected("lang"), vec!["en"], "{what}");
        for (name, value) in [("rtype", typed("rtype")), ("licence", typed("licence"))] {
            if field != name {
                assert_eq!(page.selected(name), vec![value], "{what}: {name}");
            }
        }
        if field != "eqf" {
            assert_eq!(page.selected("eqf"), vec!["3"], "{what}");
        }
        if field != "themes" {
            assert_eq!(page.selected("themes"), vec!["green-skills"], "{what}");
        }
        nothing_stored(
            rows(&app, "resources").await,
            rows(&app, "file_versions").await,
            what,
        );
    }
    // Several problems at once are all named.
    let page = submit(
        &b,
        "/resources/new",
        &base
            .clone()
            .set("title", "")
            .set("eqf", "0")
            .without("licence")
            .file("a.pdf", pdf("a")),
    )
    .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title", "licence", "eqf"]);
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "several problems",
    );
}

async fn refused_files_are_named_with_their_problem_and_nothing_is_stored(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let l = app.localizer("en");
    let html_as_png = HTML_PAGE.as_bytes().to_vec();
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec();
    exe.extend_from_slice(&[0u8; 64]);
    let cases: Vec<(&str, Vec<u8>, String)> = vec![
        ("picture.html", png(20, 20), mismatch(&app, "html", "PNG")),
        ("page.png", html_as_png, mismatch(&app, "png", "HTML")),
        (
            "empty.pdf",
            Vec::new(),
            app.text("en", "upload-error-empty"),
        ),
        (
            "setup.exe",
            exe,
            l.t2(
                "upload-error-not-allowed",
                "ext",
                "exe",
                "allowed",
                bottega_files::inspect::ALLOWED_EXTENSIONS.join(", "),
            ),
        ),
        (
            "README",
            b"plain words".to_vec(),
            app.text("en", "upload-error-no-extension"),
        ),
        (
            "bomb.zip",
            zip_bomb(),
            app.text("en", "upload-error-archive-bomb"),
        ),
        (
            "huge.png",
            png_bomb(),
            app.text("en", "upload-error-image-too-large"),
        ),
    ];
    for (name, bytes, problem) in cases {
        let d = Deposit::new("Refused file").file(name, bytes);
        let page = submit(&b, "/resources/new", &d).await;
        page.expect(422);
        assert_eq!(page.error_fields(), vec!["files"], "{name}");
        assert_eq!(
            page.field_error("files"),
            Some(file_problem(&app, name, problem)),
            "{name}"
        );
        assert_eq!(page.input_value("title").as_deref(), Some("Refused file"));
        assert_eq!(page.input_value("kept"), None, "{name}: nothing to keep");
        nothing_stored(
            rows(&app, "resources").await,
            rows(&app, "file_versions").await,
            name,
        );
        assert_eq!(
            stored_objects(&app),
            Vec::<PathBuf>::new(),
            "{name}: nothing in the store"
        );
        assert_eq!(
            spooled(&app),
            Vec::<PathBuf>::new(),
            "{name}: nothing left in the spool"
        );
    }
    // A refused file next to a good one: the refusal is named, the good file is kept.
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("Half good")
            .file("good.pdf", pdf("good"))
            .file("bad.png", b"not a picture at all".to_vec()),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(file_problem(&app, "bad.png", mismatch(&app, "png", "TXT")))
    );
    assert!(page.input_value("kept").is_some(), "the good file is kept");
    assert!(page.contains("<li>good.pdf <span class=\"muted\">"));
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "half good",
    );
    // A refused version leaves the resource as it was.
    let id = deposit(&b, &Deposit::new("Fine").file("fine.pdf", pdf("fine"))).await;
    let page = upload_version(&b, id, None, "", "page.png", HTML_PAGE.as_bytes().to_vec()).await;
    page.expect(422);
    assert!(page.shows(&file_problem(
        &app,
        "page.png",
        mismatch(&app, "png", "HTML")
    )));
    assert_eq!(rows(&app, "file_versions").await, 1);
}

async fn files_over_the_size_limit_or_the_members_quota_are_refused(mut app: TestApp) {
    const MIB: u64 = 1024 * 1024;
    app.reconfigure(|c| {
        c.limits.file_bytes = 2 * MIB;
        c.limits.member_quota_bytes = 3 * MIB;
        c.limits.files_per_upload = 2;
    })
    .await;
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let l = app.localizer("en");
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("Too big").file("big.pdf", pdf_of_size("big", (2 * MIB + 1) as usize)),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(file_problem(
            &app,
            "big.pdf",
            l.t1("upload-error-too-large", "limit", 2)
        ))
    );
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "over the size limit",
    );
    assert_eq!(
        spooled(&app),
        Vec::<PathBuf>::new(),
        "the cut-off upload is not kept"
    );
    // More files than one form may carry: the extra one is named.
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("Three files")
            .file("one.pdf", pdf("one"))
            .file("two.pdf", pdf("two"))
            .file("three.pdf", pdf("three")),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(l.t1("upload-error-too-many", "limit", 2))
    );
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "too many files",
    );
    // Exactly the limit is fine.
    deposit(
        &b,
        &Deposit::new("Just fits").file("fits.pdf", pdf_of_size("fits", (2 * MIB) as usize)),
    )
    .await;
    // Two MiB used of three: another two do not fit in the allowance.
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("Over quota").file("more.pdf", pdf_of_size("more", (2 * MIB) as usize)),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(file_problem(
            &app,
            "more.pdf",
            l.t1("upload-error-quota", "limit", 3)
        ))
    );
    assert_eq!(rows(&app, "resources").await, 1);
    assert_eq!(rows(&app, "file_versions").await, 1);
    // Nor as a new version.
    let id = app.opt_i64("SELECT id FROM resources").await.unwrap();
    let page = upload_version(
        &b,
        id,
        None,
        "",
        "more.pdf",
        pdf_of_size("more", (2 * MIB) as usize),
    )
    .await;
    page.expect(422);
    assert_eq!(rows(&app, "file_versions").await, 1);
    // Another member has their own allowance.
    let (other, _) = app
        .signed_in("ben@school.example", "Ben", SiteRole::Member)
        .await;
    deposit(
        &other,
        &Deposit::new("Ben's").file("more.pdf", pdf_of_size("more", (2 * MIB) as usize)),
    )
    .await;
}

async fn files_of_a_refused_form_are_kept_and_attached_without_uploading_again(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let (other, _) = app
        .signed_in("ben@school.example", "Ben", SiteRole::Member)
        .await;
    let plan = pdf("lesson plan");
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("").file("lesson plan.pdf", plan.clone()),
    )
    .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title"]);
    assert!(page.shows(&app.text("en", "res-kept-files")));
    assert!(page.contains("<li>lesson plan.pdf <span class=\"muted\">"));
    let token = page.input_value("kept").expect("a kept file");
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "first attempt",
    );

    // A forged token, or one kept for someone else, is refused outright.
    let mut forged = token.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    for (who, browser, t) in [
        ("forged", &b, forged.as_str()),
        ("other member", &other, token.as_str()),
    ] {
        let page = submit(
            browser,
            "/resources/new",
            &Deposit::new("Lesson plan").set("kept", t),
        )
        .await;
        page.expect(400);
        nothing_stored(
            rows(&app, "resources").await,
            rows(&app, "file_versions").await,
            who,
        );
    }

    // Sending the form again with the token attaches the stored file, no upload needed.
    let id = deposit(&b, &Deposit::new("Lesson plan").set("kept", &token)).await;
    let v = version_id(&app, id, "lesson plan.pdf", 1).await;
    let d = fetch(&app.browser(), &format!("/resources/{id}/download/{v}")).await;
    assert_eq!(d.status, 200);
    assert_eq!(d.bytes, plan);
    assert_eq!(rows(&app, "file_versions").await, 1);

    // Once the resource is deleted its file leaves the store: the old token must not attach
    // a file that no longer exists.
    b.post(&format!("/resources/{id}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(stored_objects(&app), Vec::<PathBuf>::new());
    let page = submit(
        &b,
        "/resources/new",
        &Deposit::new("Replayed").set("kept", &token),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(file_problem(
            &app,
            "lesson plan.pdf",
            app.text("en", "upload-error-internal")
        ))
    );
    assert_eq!(page.input_value("kept"), None);
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "replayed token",
    );
}

// ---- 5. Active content and hostile names --------------------------------------------------------

async fn html_and_svg_are_only_ever_downloads_and_hostile_names_are_made_safe(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let id = deposit(
        &b,
        &Deposit::new("Web pages")
            .file("page.html", HTML_PAGE.as_bytes().to_vec())
            .file("drawing.svg", SVG_DRAWING.as_bytes().to_vec())
            .file("../../../etc/passwd.pdf", pdf("passwd"))
            .file("bell\tring\u{85}.pdf", pdf("bell"))
            .file("notes\u{202E}fdp.txt.pdf", pdf("rlo"))
            .file("Bezpieczeństwo pracy.pdf", pdf("polish")),
    )
    .await;
    let anon = app.browser();
    for (name, bytes) in [
        ("page.html", HTML_PAGE.as_bytes()),
        ("drawing.svg", SVG_DRAWING.as_bytes()),
    ] {
        let v = version_id(&app, id, name, 1).await;
        let d = fetch(&anon, &format!("/resources/{id}/download/{v}")).await;
        assert_eq!(d.status, 200, "{name}");
        assert_eq!(d.bytes, bytes, "{name}: stored as sent");
        assert_eq!(
            d.header("content-type"),
            "application/octet-stream",
            "{name}"
        );
        assert_eq!(
            d.header("content-disposition"),
            format!("attachment; filename=\"{name}\"; filename*=UTF-8''{name}")
        );
        let csp = d.header("content-security-policy");
        assert!(
            csp.split(';').any(|p| p.trim() == "sandbox"),
            "{name}: {csp}"
        );
        assert_eq!(d.header("x-content-type-options"), "nosniff");
        // No thumbnail is drawn from an SVG.
        assert_eq!(
            fetch(&anon, &format!("/resources/{id}/thumbnail/{v}"))
                .await
                .status,
            404
        );
    }
    let page = anon.get(&format!("/resources/{id}")).await;
    page.expect(200);
    assert!(
        !page.contains("\u{202E}"),
        "no bidirectional override on the page"
    );
    assert!(!page.contains("../"));
    assert!(!page.contains("alert(document.cookie)"));
    for (stored, disposition) in [
        (
            "passwd.pdf",
            "attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf",
        ),
        (
            "bellring.pdf",
            "attachment; filename=\"bellring.pdf\"; filename*=UTF-8''bellring.pdf",
        ),
        (
            "notesfdp.txt.pdf",
            "attachment; filename=\"notesfdp.txt.pdf\"; filename*=UTF-8''notesfdp.txt.pdf",
        ),
        (
            "Bezpieczeństwo pracy.pdf",
            "attachment; filename=\"Bezpiecze_stwo pracy.pdf\"; \
             filename*=UTF-8''Bezpiecze%C5%84stwo%20pracy.pdf",
        ),
    ] {
        assert!(
            page.contains(&format!("download>{stored}</a>")),
            "{stored} shown on the page"
        );
        let v = version_id(&app, id, stored, 1).await;
        let d = fetch(&anon, &format!("/resources/{id}/download/{v}")).await;
        assert_eq!(d.status, 200);
        assert_eq!(d.header("content-type"), "application/pdf");
        assert_eq!(d.header("content-disposition"), disposition);
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM file_versions WHERE name LIKE '%/%' OR name LIKE '%\u{202E}%'"
        )
        .await,
        0
    );
}

// ---- 6. Ratings, comments, reuses, collections --------------------------------------------------

async fn members_rate_once_each_and_never_their_own_resource(app: TestApp) {
    let (owner, _) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@school.example", "Ben", SiteRole::Member)
        .await;
    let id = deposit(&owner, &Deposit::new("Rated").file("r.pdf", pdf("r"))).await;
    let path = format!("/resources/{id}/rate");
    let l = app.localizer("en");
    let summary = |avg: &str, n: i64| l.t2("res-rating-summary", "average", avg, "count", n);
    assert!(ana
        .get(&format!("/resources/{id}"))
        .await
        .shows(&app.text("en", "res-not-rated")));

    let page = ana.post(&path, &[("stars", "4")]).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/resources/{id}#rating"));
    let page = ana.get(&format!("/resources/{id}")).await;
    assert!(page.shows(&summary("4.0", 1)));
    assert_eq!(page.selected("stars"), vec!["4"], "her rating is checked");
    // Changing it replaces it.
    ana.post(&path, &[("stars", "2")]).await.expect(303);
    assert!(app
        .browser()
        .get(&format!("/resources/{id}"))
        .await
        .shows(&summary("2.0", 1)));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM resource_ratings WHERE resource_id = {id} AND user_id = {ana_id}"
        ))
        .await,
        1
    );
    ben.post(&path, &[("stars", "5")]).await.expect(303);
    let page = app.browser().get(&format!("/resources/{id}")).await;
    assert!(page.shows(&summary("3.5", 2)));
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT rating_count * 100 + rating_sum FROM resources WHERE id = {id}"
        ))
        .await,
        Some(207)
    );

    // The owner may not rate their own resource.
    let page = owner.post(&path, &[("stars", "5")]).await;
    page.expect(409);
    assert_eq!(page.error_code(), "rate_own_resource");
    assert!(page.shows(&app.text("en", "res-rate-own")));
    // Out of range or not a number.
    for stars in ["0", "6", "abc", "", "3.5"] {
        let page = ana.post(&path, &[("stars", stars)]).await;
        page.expect(422);
        assert!(page.shows(&app.text("en", "res-rating-invalid")), "{stars}");
    }
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT rating_count * 100 + rating_sum FROM resources WHERE id = {id}"
        ))
        .await,
        Some(207),
        "refused ratings change nothing"
    );
    // Signing in is needed.
    let anon = app.browser();
    let page = anon.post(&path, &[("stars", "5")]).await;
    assert_ne!(page.status.as_u16(), 303);
}

async fn comments_are_sanitized_and_deleted_by_their_author_or_the_owner(app: TestApp) {
    let (owner, _) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let (ben, _) = app
        .signed_in("ben@school.example", "Ben", SiteRole::Member)
        .await;
    let id = deposit(&owner, &Deposit::new("Discussed").file("d.pdf", pdf("d"))).await;
    let path = format!("/resources/{id}/comments");
    let page = ana
        .post(
            &path,
            &[
                (
                    "comment",
                    "Great **list**.<script>alert('stolen')</script><img src=x onerror=alert(2)>",
                ),
                ("lang", "en"),
            ],
        )
        .await;
    page.expect(303);
    let comment: i64 = page
        .location()
        .rsplit("#comment-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = app.browser().get(&format!("/resources/{id}")).await;
    let marker = format!("<li id=\"comment-{comment}\">");
    let block = &page.body[page.body.find(&marker).expect("the comment")..];
    let block = &block[..block.find("</li>").unwrap()];
    assert!(block.contains("Great <strong>list</strong>."), "{block}");
    // Markup that could run is gone; at most its text remains, escaped.
    assert!(!block.contains("<script"), "{block}");
    assert!(!block.contains("<img"), "{block}");
    assert!(block.contains("&lt;script&gt;"), "shown as text: {block}");
    assert!(page.shows(&app.localizer("en").t1("res-comments-heading", "count", 1)));

    // An empty comment keeps nothing and says why.
    let page = ana.post(&path, &[("comment", "   "), ("lang", "en")]).await;
    page.expect(422);
    assert_eq!(
        page.field_error("comment"),
        Some(app.text("en", "form-error-required"))
    );

    // Only its author (or the resource's owner, or staff) deletes it.
    let delete = format!("/resources/{id}/comments/{comment}/delete");
    ben.post(&delete, &[]).await.expect(403);
    ana.post(&delete, &[]).await.expect(303);
    let page = app.browser().get(&format!("/resources/{id}")).await;
    assert!(page.shows(&app.text("en", "res-comment-deleted")));
    assert!(!page.contains("Great <strong>list</strong>"));
    assert!(page.shows(&app.localizer("en").t1("res-comments-heading", "count", 0)));
    ana.post(&delete, &[]).await.expect(404);

    let page = ben
        .post(&path, &[("comment", "Off-topic advert"), ("lang", "en")])
        .await;
    page.expect(303);
    let second: i64 = page
        .location()
        .rsplit("#comment-")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    owner
        .post(&format!("/resources/{id}/comments/{second}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT comment_count FROM resources WHERE id = {id}"
        ))
        .await,
        Some(0)
    );
}

async fn reuse_reports_show_where_the_resource_was_reused(app: TestApp) {
    let (owner, _) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (ana, ana_id) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let (org, _) = app
        .create_org(
            ana_id,
            "Pekarska škola Split",
            OrgType::VetProvider,
            Country::Hr,
            &[],
            &[Language::Hr],
        )
        .await;
    let (elsewhere, _) = app
        .create_org(
            app.create_user("x@x.example", "X", SiteRole::Member).await,
            "Elsewhere",
            OrgType::Company,
            Country::De,
            &[],
            &[],
        )
        .await;
    let id = deposit(&owner, &Deposit::new("Bread").file("b.pdf", pdf("b"))).await;
    let path = format!("/resources/{id}/reuses");
    let org_s = org.to_string();
    let page = ana
        .post(
            &path,
            &[
                ("reuse", "We adapted it for our **bakery** apprentices."),
                ("lang", "en"),
                ("reuse_country", "HR"),
                ("org", &org_s),
            ],
        )
        .await;
    page.expect(303);
    let page = app.browser().get(&format!("/resources/{id}")).await;
    let l = app.localizer("en");
    assert!(page.shows(&l.t1("res-reuses-heading", "count", 1)));
    assert!(page.contains("We adapted it for our <strong>bakery</strong> apprentices."));
    assert!(page.shows(&format!(
        "Ana · Pekarska škola Split · {}",
        app.text("en", "country-HR")
    )));
    // An organisation of someone else, or an unknown country, is refused with the text kept.
    let elsewhere_s = elsewhere.to_string();
    for (fields, field) in [
        (
            vec![
                ("reuse", "Used it too."),
                ("lang", "en"),
                ("reuse_country", "HR"),
                ("org", elsewhere_s.as_str()),
            ],
            "reuse_org",
        ),
        (
            vec![
                ("reuse", "Used it too."),
                ("lang", "en"),
                ("reuse_country", "XX"),
            ],
            "reuse_country",
        ),
        (vec![("reuse", ""), ("lang", "en")], "reuse"),
    ] {
        let page = ana.post(&path, &fields).await;
        page.expect(422);
        assert_eq!(page.error_fields(), vec![field]);
        if field != "reuse" {
            assert_eq!(
                page.textarea_value("reuse").as_deref(),
                Some("Used it too.")
            );
        }
    }
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT reuse_count FROM resources WHERE id = {id}"
        ))
        .await,
        Some(1)
    );
}

async fn collections_gather_order_and_remove_resources(app: TestApp) {
    let (curator, _) = app
        .signed_in("cur@school.example", "Curator", SiteRole::Member)
        .await;
    let (other, _) = app
        .signed_in("other@school.example", "Other", SiteRole::Member)
        .await;
    let anon = app.browser();
    let mut ids = Vec::new();
    for n in 1..=3 {
        ids.push(
            deposit(
                &curator,
                &Deposit::new(&format!("Mentoring tool {n}")).file("t.pdf", pdf(&n.to_string())),
            )
            .await,
        );
    }
    let (r1, r2, r3) = (ids[0], ids[1], ids[2]);

    // Creating: the form names its problems.
    let page = curator
        .post(
            "/collections/new",
            &[("title", ""), ("lang", "en"), ("visibility", "public")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["title"]);
    let page = curator
        .post(
            "/collections/new",
            &[
                ("title", "Staff only"),
                ("lang", "en"),
                ("visibility", "organisation"),
            ],
        )
        .await;
    page.expect(422);
    assert_eq!(
        page.field_error("org"),
        Some(app.text("en", "res-visibility-needs-org"))
    );
    assert_eq!(page.input_value("title").as_deref(), Some("Staff only"));
    assert_eq!(rows(&app, "collections").await, 0);

    let page = curator
        .post(
            "/collections/new",
            &[
                ("title", "Remote mentoring toolbox"),
                (
                    "description",
                    "Tools for mentoring *apprentices* at a distance.",
                ),
                ("lang", "en"),
                ("visibility", "public"),
            ],
        )
        .await;
    page.expect(303);
    let k: i64 = page
        .location()
        .trim_start_matches("/collections/")
        .parse()
        .unwrap();
    let kpath = format!("/collections/{k}");
    let add = |r: i64| format!("/resources/{r}/collect");
    let k_s = k.to_string();
    let page = curator
        .post(&add(r1), &[("collection", &k_s), ("note", "Start here")])
        .await;
    page.expect(303);
    assert_eq!(page.location(), kpath);
    let page = curator
        .post(&add(r1), &[("collection", &k_s), ("note", "")])
        .await;
    page.expect(409);
    assert_eq!(page.error_code(), "already_in_collection");
    curator
        .post(&add(r2), &[("collection", &k_s), ("note", "")])
        .await
        .expect(303);
    curator
        .post(&add(r3), &[("collection", &k_s), ("note", "")])
        .await
        .expect(303);
    // Nobody else adds to it.
    other
        .post(&add(r1), &[("collection", &k_s), ("note", "")])
        .await
        .expect(403);

    let page = anon.get(&kpath).await;
    page.expect(200);
    assert_eq!(collection_items(&page), vec![r1, r2, r3]);
    assert!(page.shows("Start here"));
    assert!(page.contains("<em>apprentices</em>"));
    assert!(page.shows(&app.localizer("en").t1("res-collection-items", "count", 3)));
    assert!(!page.contains("/items/"), "no editing controls for readers");

    // Reordering.
    let mv = |r: i64, dir: &'static str| (format!("{kpath}/items/{r}/move"), dir);
    let (p, d) = mv(r3, "up");
    curator.post(&p, &[("direction", d)]).await.expect(303);
    assert_eq!(collection_items(&anon.get(&kpath).await), vec![r1, r3, r2]);
    let (p, d) = mv(r1, "down");
    curator.post(&p, &[("direction", d)]).await.expect(303);
    assert_eq!(collection_items(&anon.get(&kpath).await), vec![r3, r1, r2]);
    // At the edges nothing moves.
    let (p, d) = mv(r3, "up");
    curator.post(&p, &[("direction", d)]).await.expect(303);
    let (p, d) = mv(r2, "down");
    curator.post(&p, &[("direction", d)]).await.expect(303);
    assert_eq!(collection_items(&anon.get(&kpath).await), vec![r3, r1, r2]);
    let (p, _) = mv(r1, "up");
    curator
        .post(&p, &[("direction", "sideways")])
        .await
        .expect(400);
    other.post(&p, &[("direction", "up")]).await.expect(403);

    // Removing.
    other
        .post(&format!("{kpath}/items/{r1}/remove"), &[])
        .await
        .expect(403);
    curator
        .post(&format!("{kpath}/items/{r1}/remove"), &[])
        .await
        .expect(303);
    let page = anon.get(&kpath).await;
    assert_eq!(collection_items(&page), vec![r3, r2]);
    assert!(page.shows(&app.localizer("en").t1("res-collection-items", "count", 2)));
    curator
        .post(&format!("{kpath}/items/{r1}/remove"), &[])
        .await
        .expect(404);

    // A members-only collection is hidden from anonymous readers, page and list.
    let page = curator
        .post(
            &format!("{kpath}/edit"),
            &[
                ("title", "Remote mentoring toolbox"),
                ("description", ""),
                ("lang", "en"),
                ("visibility", "members"),
            ],
        )
        .await;
    page.expect(303);
    anon.get(&kpath).await.expect(404);
    assert!(!anon.get("/collections").await.contains(&kpath));
    other.get(&kpath).await.expect(200);
    assert!(other.get("/collections").await.contains(&kpath));
    other.get(&format!("{kpath}/edit")).await.expect(403);
    other
        .post(&format!("{kpath}/delete"), &[])
        .await
        .expect(403);

    // Deleting the collection leaves its resources.
    curator
        .post(&format!("{kpath}/delete"), &[])
        .await
        .expect(303);
    curator.get(&kpath).await.expect(404);
    assert_eq!(rows(&app, "collection_items").await, 0);
    assert_eq!(rows(&app, "resources").await, 3);
}

// ---- 7. Search -----------------------------------------------------------------------------------

async fn the_toolbox_finds_resources_by_stem_facet_and_rating(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let (rater, _) = app
        .signed_in("ben@school.example", "Ben", SiteRole::Member)
        .await;
    let it = deposit(
        &b,
        &Deposit::new("Formazione dei formatori aziendali")
            .set("rtype", "course-material")
            .set(
                "description",
                "Come organizziamo la formazione dei tutor nelle piccole imprese artigiane.",
            )
            // The language of the description is detected.
            .set("lang", "")
            .add("languages", "it")
            .set("country", "IT")
            .set("eqf", "4")
            .add("sectors", "construction")
            .add("themes", "dual-learning")
            .add("targets", "in-company-trainers")
            .add("competences", "entrecomp-ideas")
            .file("formazione.pdf", pdf("it")),
    )
    .await;
    let es = deposit(
        &b,
        &Deposit::new("Aprendices en talleres pequeños")
            .set("rtype", "video")
            .set("licence", "cc0")
            .set(
                "description",
                "Cómo encontramos empresas para los aprendices de carpintería.",
            )
            .set("lang", "es")
            .add("languages", "es")
            .add("languages", "en")
            .set("url", "https://video.example.org/aprendices"),
    )
    .await;
    let en = deposit(
        &b,
        &Deposit::new("Workshop safety checklist")
            .set(
                "description",
                "What every apprentice checks before using a machine.",
            )
            .file("safety.pdf", pdf("en")),
    )
    .await;
    assert_eq!(
        app.opt_text(&format!("SELECT lang FROM resources WHERE id = {it}"))
            .await
            .as_deref(),
        Some("it")
    );
    let anon = app.browser();
    // Everything is listed, newest first, when nothing is asked.
    until_ordered(&anon, "/resources", &[en, es, it]).await;
    // Stemmed forms find their words.
    let page = until_hits(&anon, "/resources?q=formazioni", &[it]).await;
    assert!(page.contains("<mark>"));
    until_hits(&anon, "/resources?q=aprendiz", &[es]).await;
    until_hits(&anon, "/resources?q=checklists", &[en]).await;

    // Facets narrow the results and count them.
    let all = until_hits(&anon, "/resources?q=", &[it, es, en]).await;
    let l = |id: &str| app.text("en", id);
    assert_eq!(facet_count(&all, &l("resource-type-video")), Some(1));
    assert_eq!(facet_count(&all, &l("resource-type-document")), Some(1));
    assert_eq!(
        facet_count(&all, &l("resource-type-course-material")),
        Some(1)
    );
    assert_eq!(facet_count(&all, &l("licence-cc-by")), Some(2));
    assert_eq!(facet_count(&all, &l("licence-cc0")), Some(1));
    assert_eq!(facet_count(&all, "English"), Some(2), "{}", all.body);
    let page = until_hits(&anon, "/resources?type=video", &[es]).await;
    assert_eq!(facet_count(&page, &l("licence-cc0")), Some(1));
    assert_eq!(facet_count(&page, &l("licence-cc-by")), None);
    until_hits(&anon, "/resources?licence=cc-by", &[it, en]).await;
    until_hits(&anon, "/resources?language=en", &[es, en]).await;
    until_hits(&anon, "/resources?language=es&language=it", &[es, it]).await;
    until_hits(&anon, "/resources?licence=cc-by&language=it", &[it]).await;
    until_hits(&anon, "/resources?licence=cc0&type=document", &[]).await;
    for filter in [
        "country=IT",
        "sector=construction",
        "theme=dual-learning",
        "target=in-company-trainers",
        "competence=entrecomp-ideas",
        "eqf=4",
    ] {
        let page = until_hits(&anon, &format!("/resources?{filter}"), &[it]).await;
        assert_eq!(
            facet_count(&page, &app.localizer("en").t1("res-eqf-level", "level", 4)),
            Some(1),
            "{filter}"
        );
    }
    until_hits(&anon, "/resources?eqf=5", &[]).await;

    // Sorting by rating.
    for (r, stars) in [(it, "3"), (en, "5")] {
        rater
            .post(&format!("/resources/{r}/rate"), &[("stars", stars)])
            .await
            .expect(303);
    }
    until_ordered(&anon, "/resources?sort=rating", &[en, it, es]).await;

    // Hostile or huge queries are only words.
    for q in [
        "x".repeat(10_000),
        "%22(*%3A%5E~%20AND%20OR%20NOT%20title%3A*%20%5B1%20TO%205%5D%20-%20%2B%7B%7D%22".into(),
        "%22%22%22((((".into(),
    ] {
        anon.get(&format!("/resources?q={q}")).await.expect(200);
        anon.get(&format!("/search?q={q}")).await.expect(200);
    }
    anon.get("/resources?eqf=99&type=%3Cscript%3E&sort=nonsense&page=99999")
        .await
        .expect(200);

    // Titles and snippets of results are text, whatever was typed.
    let hostile = deposit(
        &b,
        &Deposit::new("Zebra <b>crossing</b>")
            .set(
                "description",
                "Zebra <img src=x onerror=alert(1)> crossing <script>alert(2)</script> rules.",
            )
            .file("zebra.pdf", pdf("zebra")),
    )
    .await;
    for path in ["/resources?q=zebra", "/search?q=zebra"] {
        let page = until_hits(&anon, path, &[hostile]).await;
        assert!(page.shows("Zebra <b>crossing</b>"), "{path}");
        assert!(!page.contains("<b>crossing"), "{path}");
        assert!(!page.contains("<img src=x"), "{path}");
        assert!(!page.contains("<script>alert(2)"), "{path}");
    }
    let page = anon.get(&format!("/resources/{hostile}")).await;
    assert!(page.shows("Zebra <b>crossing</b>"));
    assert!(!page.contains("<img src=x") && !page.contains("<script>alert(2)"));
}

// ---- 8. Editing and deleting ---------------------------------------------------------------------

async fn only_the_owner_an_org_admin_or_staff_edit_and_delete(app: TestApp) {
    let (owner, owner_id) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (admin, admin_id) = app
        .signed_in("admin@school.example", "Org Admin", SiteRole::Member)
        .await;
    let (staff, _) = app
        .signed_in("mod@bottega.example", "Moderator", SiteRole::Moderator)
        .await;
    let (stranger, _) = app
        .signed_in("x@elsewhere.example", "Stranger", SiteRole::Member)
        .await;
    let (org, _) = app
        .create_org(
            admin_id,
            "Scuola",
            OrgType::VetProvider,
            Country::It,
            &[],
            &[],
        )
        .await;
    app.add_member(org, owner_id, OrgRole::Member).await;
    let org_s = org.to_string();
    let id = deposit(
        &owner,
        &Deposit::new("Shared on behalf")
            .set("org", &org_s)
            .file("s.pdf", pdf("s")),
    )
    .await;
    let edit = format!("/resources/{id}/edit");
    let v = version_id(&app, id, "s.pdf", 1).await;
    let file_id = app
        .opt_i64(&format!("SELECT file_id FROM file_versions WHERE id = {v}"))
        .await
        .unwrap();

    // Strangers may not.
    stranger.get(&edit).await.expect(403);
    submit(
        &stranger,
        &edit,
        &Deposit::new("Hijacked").set("org", &org_s),
    )
    .await
    .expect(403);
    upload_version(&stranger, id, Some(file_id), "", "s.pdf", pdf("evil"))
        .await
        .expect(403);
    stranger
        .post(&format!("/resources/{id}/delete"), &[])
        .await
        .expect(403);
    assert!(!stranger
        .get(&format!("/resources/{id}"))
        .await
        .contains(&edit));
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM resources WHERE id = {id}"))
            .await
            .as_deref(),
        Some("Shared on behalf")
    );
    // The page offers the edit to whoever may make it: not to a plain member of the
    // organisation, but to its admin, the owner and staff.
    let (colleague, colleague_id) = app
        .signed_in("colleague@school.example", "Colleague", SiteRole::Member)
        .await;
    app.add_member(org, colleague_id, OrgRole::Member).await;
    let show = format!("/resources/{id}");
    assert!(!colleague.get(&show).await.contains(&edit));
    colleague.get(&edit).await.expect(403);
    for who in [&admin, &owner, &staff] {
        assert!(who.get(&show).await.contains(&edit));
    }

    // The owner sees the form filled in.
    let page = owner.get(&edit).await;
    page.expect(200);
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Shared on behalf")
    );
    assert_eq!(page.selected("org"), vec![org_s.clone()]);
    // The organisation's admin may edit; the files stay.
    let page = submit(
        &admin,
        &edit,
        &Deposit::new("Edited by the admin").set("org", &org_s),
    )
    .await;
    page.expect(303);
    assert_eq!(page.location(), format!("/resources/{id}"));
    let page = app.browser().get(&format!("/resources/{id}")).await;
    assert!(page.shows("Edited by the admin"));
    assert!(page.contains("download>s.pdf</a>"));
    // An edit with a problem keeps the input.
    let page = submit(
        &admin,
        &edit,
        &Deposit::new("Edited again").set("eqf", "12"),
    )
    .await;
    page.expect(422);
    assert_eq!(page.input_value("title").as_deref(), Some("Edited again"));
    // Staff too: the form offers the organisation they do not belong to, and keeps it.
    let page = staff.get(&edit).await;
    page.expect(200);
    assert_eq!(page.selected("org"), vec![org_s.clone()]);
    submit(
        &staff,
        &edit,
        &Deposit::new("Edited by staff").set("org", &org_s),
    )
    .await
    .expect(303);
    upload_version(
        &admin,
        id,
        Some(file_id),
        "by the admin",
        "s.pdf",
        pdf("v2"),
    )
    .await
    .expect(303);
    assert_eq!(
        app.opt_text(&format!("SELECT title FROM resources WHERE id = {id}"))
            .await
            .as_deref(),
        Some("Edited by staff")
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT org_id FROM resources WHERE id = {id}"))
            .await,
        Some(org),
        "the organisation stays"
    );

    // Staff may delete what others shared.
    let page = staff.post(&format!("/resources/{id}/delete"), &[]).await;
    page.expect(303);
    assert_eq!(page.location(), "/resources");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'resource.delete' AND target_id = {id}"
        ))
        .await,
        1,
        "a deletion by someone else is audited"
    );
    app.browser()
        .get(&format!("/resources/{id}"))
        .await
        .expect(404);
    // The owner deletes their own.
    let mine = deposit(&owner, &Deposit::new("Mine").file("m.pdf", pdf("m"))).await;
    admin
        .post(&format!("/resources/{mine}/delete"), &[])
        .await
        .expect(403);
    owner
        .post(&format!("/resources/{mine}/delete"), &[])
        .await
        .expect(303);
    assert_eq!(rows(&app, "resources").await, 0);

    // An edit may not leave a resource with neither file nor link.
    let link = deposit(
        &owner,
        &Deposit::new("Online tool")
            .set("rtype", "tool")
            .set("url", "https://tool.example.org/"),
    )
    .await;
    let page = submit(
        &owner,
        &format!("/resources/{link}/edit"),
        &Deposit::new("Online tool")
            .set("rtype", "tool")
            .set("url", ""),
    )
    .await;
    page.expect(422);
    assert_eq!(
        page.field_error("files"),
        Some(app.text("en", "res-needs-file-or-link"))
    );
    assert_eq!(
        app.opt_text(&format!(
            "SELECT external_url FROM resources WHERE id = {link}"
        ))
        .await
        .as_deref(),
        Some("https://tool.example.org/")
    );
    // With a file it may drop the link.
    submit(
        &owner,
        &format!("/resources/{link}/edit"),
        &Deposit::new("Offline tool")
            .set("rtype", "tool")
            .file("tool.pdf", pdf("tool")),
    )
    .await
    .expect(303);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT external_url FROM resources WHERE id = {link}"
        ))
        .await,
        None
    );
}

async fn deleting_removes_rows_and_stored_files_unless_another_version_shares_them(app: TestApp) {
    let (owner, _) = app
        .signed_in("owner@school.example", "Owner", SiteRole::Member)
        .await;
    let (ana, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let shared = pdf("the same bytes in two resources");
    let id = deposit(
        &owner,
        &Deposit::new("To be deleted")
            .add("themes", "didactics")
            .file("shared.pdf", shared.clone())
            .file("own.pdf", pdf("own"))
            .file("picture.png", png(64, 48)),
    )
    .await;
    let keeper = deposit(
        &ana,
        &Deposit::new("Keeps a copy").file("copy.pdf", shared.clone()),
    )
    .await;
    let shared_v = version_id(&app, id, "shared.pdf", 1).await;
    let own_v = version_id(&app, id, "own.pdf", 1).await;
    let pic_v = version_id(&app, id, "picture.png", 1).await;
    let copy_v = version_id(&app, keeper, "copy.pdf", 1).await;
    // A second version of own.pdf.
    let own_file = app
        .opt_i64(&format!(
            "SELECT file_id FROM file_versions WHERE id = {own_v}"
        ))
        .await
        .unwrap();
    upload_version(&owner, id, Some(own_file), "", "own.pdf", pdf("own v2"))
        .await
        .expect(303);
    let own_v2 = version_id(&app, id, "own.pdf", 2).await;
    let shared_key = object_key(&app, shared_v).await;
    assert_eq!(
        shared_key,
        object_key(&app, copy_v).await,
        "content-addressed"
    );
    let gone_keys = vec![
        object_key(&app, own_v).await,
        object_key(&app, own_v2).await,
        object_key(&app, pic_v).await,
        thumb_key(&app, pic_v).await,
    ];
    for key in gone_keys.iter().chain([&shared_key]) {
        assert!(stored_path(&app, key).is_file(), "{key} stored");
    }

    // Feedback and a collection entry.
    ana.post(&format!("/resources/{id}/rate"), &[("stars", "4")])
        .await
        .expect(303);
    ana.post(
        &format!("/resources/{id}/comments"),
        &[("comment", "Useful."), ("lang", "en")],
    )
    .await
    .expect(303);
    ana.post(
        &format!("/resources/{id}/reuses"),
        &[("reuse", "Used it."), ("lang", "en")],
    )
    .await
    .expect(303);
    let page = ana
        .post(
            "/collections/new",
            &[
                ("title", "Ana's picks"),
                ("lang", "en"),
                ("visibility", "public"),
            ],
        )
        .await;
    page.expect(303);
    let k: i64 = page
        .location()
        .trim_start_matches("/collections/")
        .parse()
        .unwrap();
    for r in [id, keeper] {
        ana.post(
            &format!("/resources/{r}/collect"),
            &[("collection", &k.to_string()), ("note", "")],
        )
        .await
        .expect(303);
    }

    owner
        .post(&format!("/resources/{id}/delete"), &[])
        .await
        .expect(303);
    for table in [
        "resource_files",
        "resource_tags",
        "resource_ratings",
        "resource_comments",
        "resource_reuses",
        "collection_items",
    ] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM {table} WHERE resource_id = {id}"
            ))
            .await,
            0,
            "{table}"
        );
    }
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM resources WHERE id = {id}"))
            .await,
        0
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM file_versions WHERE id IN ({shared_v}, {own_v}, {own_v2}, {pic_v})"
        ))
        .await,
        0
    );
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT COUNT(*) FROM collection_items WHERE collection_id = {k}"
        ))
        .await,
        Some(1)
    );
    for key in &gone_keys {
        assert!(
            !stored_path(&app, key).exists(),
            "{key} removed from the store"
        );
    }
    assert!(
        stored_path(&app, &shared_key).is_file(),
        "still used by another resource"
    );
    let d = fetch(
        &app.browser(),
        &format!("/resources/{keeper}/download/{copy_v}"),
    )
    .await;
    assert_eq!(d.status, 200);
    assert_eq!(d.bytes, shared);
    until_hits(&app.browser(), "/resources", &[keeper]).await;
    until_hits(&app.browser(), "/search?q=deleted", &[]).await;

    // The last one to use it takes it away.
    ana.post(&format!("/resources/{keeper}/delete"), &[])
        .await
        .expect(303);
    assert!(!stored_path(&app, &shared_key).exists());
    assert_eq!(rows(&app, "file_versions").await, 0);
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT COUNT(*) FROM collection_items WHERE collection_id = {k}"
        ))
        .await,
        Some(0)
    );
}

// ---- 9. Through S3 -------------------------------------------------------------------------------

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

async fn deposit_download_and_delete_through_s3(engine: bottega_storage::Engine) {
    let s3 = bottega_files::testing::start_s3().await.expect("S3 server");
    let app = TestApp::start_with(engine, |c| c.storage_url = s3.url()).await;
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let doc = pdf("through S3");
    let id = deposit(
        &b,
        &Deposit::new("Stored in a bucket")
            .file("bucket.pdf", doc.clone())
            .file("bucket.png", png(50, 50)),
    )
    .await;
    let pdf_v = version_id(&app, id, "bucket.pdf", 1).await;
    let png_v = version_id(&app, id, "bucket.png", 1).await;
    let keys = [
        object_key(&app, pdf_v).await,
        object_key(&app, png_v).await,
        thumb_key(&app, png_v).await,
    ];
    let in_bucket = |key: &str| {
        files_under(s3.root())
            .iter()
            .any(|p| p.to_string_lossy().ends_with(key))
    };
    for key in &keys {
        assert!(in_bucket(key), "{key} is in the bucket");
        assert!(
            !stored_path(&app, key).exists(),
            "{key} is not on the local disk"
        );
    }
    let anon = app.browser();
    let d = fetch(&anon, &format!("/resources/{id}/download/{pdf_v}")).await;
    assert_eq!(d.status, 200);
    assert_eq!(d.bytes, doc);
    assert_eq!(
        d.header("content-disposition"),
        "attachment; filename=\"bucket.pdf\"; filename*=UTF-8''bucket.pdf"
    );
    let t = fetch(&anon, &format!("/resources/{id}/thumbnail/{png_v}")).await;
    assert_eq!(t.status, 200);
    image::load_from_memory(&t.bytes).expect("a thumbnail");

    b.post(&format!("/resources/{id}/delete"), &[])
        .await
        .expect(303);
    for key in &keys {
        assert!(!in_bucket(key), "{key} is removed from the bucket");
    }
    anon.get(&format!("/resources/{id}/download/{pdf_v}"))
        .await
        .expect(404);
}

mod s3 {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_deposit_is_downloaded_and_deleted_through_s3_on_sqlite() {
        super::deposit_download_and_delete_through_s3(bottega_storage::Engine::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_deposit_is_downloaded_and_deleted_through_s3_on_postgres() {
        super::deposit_download_and_delete_through_s3(bottega_storage::Engine::Postgres).await;
    }
}

// ---- Who may deposit -----------------------------------------------------------------------------

async fn only_verified_members_deposit_and_only_with_the_form_token(app: TestApp) {
    let (b, id) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let d = Deposit::new("Not yet").file("n.pdf", pdf("n"));
    // Without the form's token.
    let page = b
        .send(
            b.request(reqwest::Method::POST, "/resources/new")
                .multipart(d.form()),
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "csrf_invalid");
    // Signed out.
    let anon = app.browser();
    let page = anon.get("/resources/new").await;
    assert!(
        page.status == 401 || page.location().starts_with("/login"),
        "{}",
        page.status
    );
    assert_ne!(submit(&anon, "/resources/new", &d).await.status, 303);
    // Not verified yet.
    app.exec(&format!(
        "UPDATE users SET email_verified_at = NULL WHERE id = {id}"
    ))
    .await;
    let page = b.get("/resources/new").await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");
    let page = submit(&b, "/resources/new", &d).await;
    page.expect(403);
    assert_eq!(page.error_code(), "verification_required");
    nothing_stored(
        rows(&app, "resources").await,
        rows(&app, "file_versions").await,
        "refused writers",
    );
    assert_eq!(stored_objects(&app), Vec::<PathBuf>::new());
    assert_eq!(spooled(&app), Vec::<PathBuf>::new());
}

async fn download_counts_that_fail_to_be_written_are_kept_for_the_next_write(app: TestApp) {
    let (b, _) = app
        .signed_in("ana@school.example", "Ana", SiteRole::Member)
        .await;
    let id = deposit(
        &b,
        &Deposit::new("Counted").file("counted.pdf", pdf("counted")),
    )
    .await;
    let v = version_id(&app, id, "counted.pdf", 1).await;
    // The database refuses the counts for a moment (a trigger stands in for an outage).
    let refuse = if app.state.db.engine() == bottega_storage::Engine::Postgres {
        app.exec(
            "CREATE FUNCTION refuse_counts() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql",
        )
        .await;
        "CREATE TRIGGER refuse_counts BEFORE UPDATE ON resources FOR EACH ROW \
         EXECUTE FUNCTION refuse_counts()"
    } else {
        "CREATE TRIGGER refuse_counts BEFORE UPDATE ON resources \
         BEGIN SELECT RAISE(ABORT, 'refused'); END"
    };
    app.exec(refuse).await;
    for _ in 0..3 {
        assert_eq!(
            fetch(&b, &format!("/resources/{id}/download/{v}"))
                .await
                .status,
            200
        );
    }
    assert!(app.state.downloads.flush(&app.state.db).await.is_err());
    let counted = format!("SELECT download_count FROM file_versions WHERE id = {v}");
    assert_eq!(app.opt_i64(&counted).await, Some(0), "nothing half-written");

    app.exec(
        if app.state.db.engine() == bottega_storage::Engine::Postgres {
            "DROP TRIGGER refuse_counts ON resources"
        } else {
            "DROP TRIGGER refuse_counts"
        },
    )
    .await;
    assert_eq!(
        fetch(&b, &format!("/resources/{id}/download/{v}"))
            .await
            .status,
        200
    );
    app.flush_downloads().await;
    assert_eq!(app.opt_i64(&counted).await, Some(4));
    assert_eq!(
        app.opt_i64(&format!(
            "SELECT download_count FROM resources WHERE id = {id}"
        ))
        .await,
        Some(4)
    );
}
