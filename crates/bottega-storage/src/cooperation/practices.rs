//! The best-practice repository: practices and their versions.
//!
//! A practice gets its citable identifier (`ref_code`, e.g. `BP-2026-0042`) when it is
//! submitted and keeps it for ever. Its text lives in `practice_versions`, one row per version,
//! never changed once written: a revision is a new version. `status` is the state of the newest
//! version (`current_version`); readers see `published_version`, the newest accepted one, so a
//! published practice stays readable while a revision of it is under review.

use bottega_domain::{Competence, Country, Language, PracticeLabel, Sector, Theme};
use sqlx::FromRow;

use crate::communication::Reader;
use crate::{now, Conn, Db, StorageError, StorageResult};

/// Waiting for an editor to assign reviewers.
pub const SUBMITTED: &str = "submitted";
/// Reviewers are assigned.
pub const IN_REVIEW: &str = "in-review";
/// The editor asked the author for a new version.
pub const REVISE: &str = "revise";
pub const ACCEPTED: &str = "accepted";
pub const REJECTED: &str = "rejected";

/// Tag dimensions of `practice_tags`.
pub const THEME: &str = "theme";
pub const SECTOR: &str = "sector";
pub const COUNTRY: &str = "country";
pub const COMPETENCE: &str = "competence";

#[derive(Debug, Clone, FromRow)]
pub struct Practice {
    pub id: i64,
    pub ref_code: String,
    pub status: String,
    pub current_version: i64,
    pub published_version: Option<i64>,
    pub title: String,
    pub lang: String,
    pub eqf_level: Option<i64>,
    pub submitter_id: Option<i64>,
    pub submitter_name: Option<String>,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub org_slug: Option<String>,
    pub source_group_id: Option<i64>,
    pub score_x100: Option<i64>,
    pub review_count: i64,
    pub adoption_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
}

impl Practice {
    pub fn is_published(&self) -> bool {
        self.published_version.is_some()
    }

    /// Whether its author may write a new version: the editors asked for a revision, a version
    /// was accepted (an update of the published practice), or a revision of a published
    /// practice was rejected (the published version stands and the author may try again). A
    /// practice never published stays rejected.
    pub fn open_for_new_version(&self) -> bool {
        self.status == REVISE
            || self.status == ACCEPTED
            || (self.status == REJECTED && self.published_version.is_some())
    }
}

const PRACTICE: &str = "SELECT p.id, p.ref_code, p.status, p.current_version, \
    p.published_version, p.title, p.lang, p.eqf_level, p.submitter_id, \
    u.display_name AS submitter_name, p.org_id, o.name AS org_name, o.slug AS org_slug, \
    p.source_group_id, p.score_x100, p.review_count, p.adoption_count, p.created_at, \
    p.updated_at, p.published_at \
    FROM practices p LEFT JOIN users u ON u.id = p.submitter_id \
    LEFT JOIN organisations o ON o.id = p.org_id";

/// One version of a practice, in the structured template.
#[derive(Debug, Clone, FromRow)]
pub struct PracticeVersion {
    pub practice_id: i64,
    pub version: i64,
    pub title: String,
    pub summary_md: String,
    pub summary_html: String,
    pub context_md: String,
    pub context_html: String,
    pub problem_md: String,
    pub problem_html: String,
    pub practice_md: String,
    pub practice_html: String,
    pub resources_md: String,
    pub resources_html: String,
    pub results_md: String,
    pub results_html: String,
    pub transferability_md: String,
    pub transferability_html: String,
    pub lessons_md: String,
    pub lessons_html: String,
    pub lang: String,
    pub eqf_level: Option<i64>,
    pub change_note: String,
    pub author_id: Option<i64>,
    pub created_at: i64,
    /// This version's descriptors, one `dimension:code` a line (see [`Self::tag_pairs`]).
    pub tags: String,
    /// This version's linked resources, ids separated by spaces.
    pub resource_ids: String,
}

impl PracticeVersion {
    /// The (dimension, code) descriptors of this version.
    pub fn tag_pairs(&self) -> Vec<(String, String)> {
        self.tags
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(d, c)| (d.to_string(), c.to_string()))
            .collect()
    }

    /// The toolbox resources this version links to.
    pub fn linked_resource_ids(&self) -> Vec<i64> {
        self.resource_ids
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect()
    }
}

const VERSION: &str = "SELECT practice_id, version, title, summary_md, summary_html, \
    context_md, context_html, problem_md, problem_html, practice_md, practice_html, \
    resources_md, resources_html, results_md, results_html, transferability_md, \
    transferability_html, lessons_md, lessons_html, lang, eqf_level, change_note, author_id, \
    created_at, tags, resource_ids FROM practice_versions";

/// One section of the template: what the author typed and its rendering.
#[derive(Debug, Clone, Copy, Default)]
pub struct Section<'a> {
    pub md: &'a str,
    pub html: &'a str,
}

/// The structured template of a version, with its descriptors.
#[derive(Debug, Clone, Default)]
pub struct Template<'a> {
    pub title: &'a str,
    pub summary: Section<'a>,
    pub context: Section<'a>,
    pub problem: Section<'a>,
    pub practice: Section<'a>,
    pub resources: Section<'a>,
    pub results: Section<'a>,
    pub transferability: Section<'a>,
    pub lessons: Section<'a>,
    pub lang: &'a str,
    pub eqf_level: Option<i64>,
    /// (dimension, code) pairs: themes, sectors, countries, competence framework tags.
    pub tags: Vec<(&'a str, &'a str)>,
    /// Toolbox resources the practice links to.
    pub resource_ids: Vec<i64>,
    pub change_note: &'a str,
}

/// Writes version `version` of practice `id`. Its descriptors and links are kept with the
/// version; they also become the practice's listed descriptors (`practice_tags`,
/// `practice_resources`, what lists filter on and readers see) when `listed`, i.e. while no
/// version is published. A revision of a published practice is listed only once accepted
/// ([`list_version`]), so readers never see descriptors that were not reviewed.
async fn insert_version(
    conn: &mut Conn,
    id: i64,
    version: i64,
    t: &Template<'_>,
    author: i64,
    at: i64,
    listed: bool,
) -> StorageResult<()> {
    let mut tags = t.tags.clone();
    tags.sort_unstable();
    tags.dedup();
    let mut resources = t.resource_ids.clone();
    resources.sort_unstable();
    resources.dedup();
    let tags_text = tags
        .iter()
        .map(|(d, c)| format!("{d}:{c}"))
        .collect::<Vec<_>>()
        .join("\n");
    let resources_text = resources
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    sqlx::query(
        "INSERT INTO practice_versions (practice_id, version, title, summary_md, summary_html, \
         context_md, context_html, problem_md, problem_html, practice_md, practice_html, \
         resources_md, resources_html, results_md, results_html, transferability_md, \
         transferability_html, lessons_md, lessons_html, lang, eqf_level, change_note, \
         author_id, created_at, tags, resource_ids) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, \
         $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)",
    )
    .bind(id)
    .bind(version)
    .bind(t.title)
    .bind(t.summary.md)
    .bind(t.summary.html)
    .bind(t.context.md)
    .bind(t.context.html)
    .bind(t.problem.md)
    .bind(t.problem.html)
    .bind(t.practice.md)
    .bind(t.practice.html)
    .bind(t.resources.md)
    .bind(t.resources.html)
    .bind(t.results.md)
    .bind(t.results.html)
    .bind(t.transferability.md)
    .bind(t.transferability.html)
    .bind(t.lessons.md)
    .bind(t.lessons.html)
    .bind(t.lang)
    .bind(t.eqf_level)
    .bind(t.change_note)
    .bind(author)
    .bind(at)
    .bind(&tags_text)
    .bind(&resources_text)
    .execute(&mut *conn)
    .await?;
    if listed {
        write_listing(conn, id, &tags, &resources).await?;
    }
    Ok(())
}

async fn write_listing<D: AsRef<str>>(
    conn: &mut Conn,
    id: i64,
    tags: &[(D, D)],
    resources: &[i64],
) -> StorageResult<()> {
    sqlx::query("DELETE FROM practice_tags WHERE practice_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (dimension, code) in tags {
        sqlx::query("INSERT INTO practice_tags (practice_id, dimension, code) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(dimension.as_ref())
            .bind(code.as_ref())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM practice_resources WHERE practice_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for resource in resources {
        sqlx::query("INSERT INTO practice_resources (practice_id, resource_id) VALUES ($1, $2)")
            .bind(id)
            .bind(*resource)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Makes version `version`'s descriptors and links the practice's listed ones: called when
/// the version is accepted. Links to resources deleted since are dropped.
pub async fn list_version(conn: &mut Conn, id: i64, version: i64) -> StorageResult<()> {
    let v: PracticeVersion = sqlx::query_as(&format!(
        "{VERSION} WHERE practice_id = $1 AND version = $2"
    ))
    .bind(id)
    .bind(version)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StorageError::NotFound)?;
    let mut resources = Vec::new();
    for r in v.linked_resource_ids() {
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM resources WHERE id = $1")
            .bind(r)
            .fetch_one(&mut *conn)
            .await?;
        if exists > 0 {
            resources.push(r);
        }
    }
    write_listing(conn, id, &v.tag_pairs(), &resources).await
}

/// The citable identifier of practice `id` submitted in `year`.
pub fn ref_code(year: i32, id: i64) -> String {
    format!("BP-{year}-{id:04}")
}

/// Submits a new practice (version 1, status `submitted`) for `org_id`; returns its id and
/// citable identifier.
pub async fn submit(
    conn: &mut Conn,
    t: &Template<'_>,
    submitter: i64,
    org_id: Option<i64>,
    source_group_id: Option<i64>,
) -> StorageResult<(i64, String)> {
    let at = now();
    // The identifier needs the row's id: a unique placeholder first, then the real code.
    let placeholder = format!("pending-{}", crate::new_token());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO practices (ref_code, status, current_version, title, lang, eqf_level, \
         submitter_id, org_id, source_group_id, created_at, updated_at) \
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(&placeholder)
    .bind(SUBMITTED)
    .bind(t.title)
    .bind(t.lang)
    .bind(t.eqf_level)
    .bind(submitter)
    .bind(org_id)
    .bind(source_group_id)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    let year = year_of(at);
    let code = ref_code(year, id);
    sqlx::query("UPDATE practices SET ref_code = $1 WHERE id = $2")
        .bind(&code)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    insert_version(conn, id, 1, t, submitter, at, true).await?;
    Ok((id, code))
}

/// Adds a new version written by `author`; allowed while the newest version was sent back for
/// revision or after a version was accepted (an update of a published practice). The new
/// version waits for an editor (`submitted`). Returns the new version number.
pub async fn add_version(
    conn: &mut Conn,
    id: i64,
    t: &Template<'_>,
    author: i64,
) -> StorageResult<i64> {
    let p = get_for_change(conn, id).await?;
    if !p.open_for_new_version() {
        return Err(StorageError::Conflict(
            "practice not open for a new version".into(),
        ));
    }
    let at = now();
    let version = p.current_version + 1;
    insert_version(
        conn,
        id,
        version,
        t,
        author,
        at,
        p.published_version.is_none(),
    )
    .await?;
    // Lists show the published title while one exists.
    let (title, lang) = if p.published_version.is_some() {
        (p.title.as_str(), p.lang.as_str())
    } else {
        (t.title, t.lang)
    };
    sqlx::query(
        "UPDATE practices SET status = $1, current_version = $2, title = $3, lang = $4, \
         updated_at = $5 WHERE id = $6",
    )
    .bind(SUBMITTED)
    .bind(version)
    .bind(title)
    .bind(lang)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(version)
}

/// The UTC calendar year of a moment, for the citation.
fn year_of(at: i64) -> i32 {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp_millis(at)
        .map(|t| t.year())
        .unwrap_or(1970)
}

pub async fn get(db: &Db, id: i64) -> StorageResult<Option<Practice>> {
    Ok(sqlx::query_as(&format!("{PRACTICE} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?)
}

/// A practice by its citable identifier (compared case-insensitively: `bp-2026-0042` works).
pub async fn by_ref(db: &Db, code: &str) -> StorageResult<Option<Practice>> {
    Ok(sqlx::query_as(&format!("{PRACTICE} WHERE p.ref_code = $1"))
        .bind(code.to_ascii_uppercase())
        .fetch_optional(db.reader())
        .await?)
}

/// The practice inside a change, its row locked on PostgreSQL until the change commits, so
/// decisions, reviews and new versions of one practice never interleave.
pub async fn get_for_change(conn: &mut Conn, id: i64) -> StorageResult<Practice> {
    let lock = if crate::locks_rows(conn) {
        " FOR UPDATE OF p"
    } else {
        ""
    };
    sqlx::query_as(&format!("{PRACTICE} WHERE p.id = $1{lock}"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StorageError::NotFound)
}

pub async fn version(db: &Db, id: i64, version: i64) -> StorageResult<Option<PracticeVersion>> {
    Ok(sqlx::query_as(&format!(
        "{VERSION} WHERE practice_id = $1 AND version = $2"
    ))
    .bind(id)
    .bind(version)
    .fetch_optional(db.reader())
    .await?)
}

/// Every version of a practice, newest first.
pub async fn versions(db: &Db, id: i64) -> StorageResult<Vec<PracticeVersion>> {
    Ok(sqlx::query_as(&format!(
        "{VERSION} WHERE practice_id = $1 ORDER BY version DESC"
    ))
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// Ids of the toolbox resources a practice links to.
pub async fn resource_ids(db: &Db, id: i64) -> StorageResult<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT resource_id FROM practice_resources WHERE practice_id = $1 ORDER BY resource_id",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// Moves the newest version to `status` (used by the review workflow).
pub async fn set_status(conn: &mut Conn, id: i64, status: &str) -> StorageResult<()> {
    sqlx::query("UPDATE practices SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status)
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- Reading the repository ------------------------------------------------------------------

/// How the list of published practices is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest publication first.
    #[default]
    Newest,
    /// Highest review score first (unscored last).
    Score,
    /// Most reported adoptions first.
    Adopted,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::Score, Sort::Adopted];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Score => "score",
            Sort::Adopted => "adopted",
        }
    }

    pub fn parse(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }

    fn order_by(self) -> &'static str {
        match self {
            Sort::Newest => "p.published_at DESC, p.id DESC",
            // Unscored practices (no review summary yet) after every scored one.
            Sort::Score => {
                "COALESCE(p.score_x100, -1) DESC, p.review_count DESC, p.published_at DESC, \
                 p.id DESC"
            }
            Sort::Adopted => "p.adoption_count DESC, p.published_at DESC, p.id DESC",
        }
    }
}

/// What the list of published practices is narrowed to. Every filter reads the published
/// version (title, summary, language, EQF level) or the practice's descriptors and labels.
#[derive(Debug, Clone, Default)]
pub struct PracticeFilter {
    pub theme: Option<Theme>,
    pub sector: Option<Sector>,
    pub country: Option<Country>,
    pub competence: Option<Competence>,
    pub eqf_level: Option<i64>,
    pub lang: Option<Language>,
    pub label: Option<PracticeLabel>,
    /// Words that must appear in the title or the summary (plain, case-insensitive
    /// containment; full-text search is the search page's).
    pub text: Option<String>,
    pub sort: Sort,
}

/// A bound value of a query built from a filter.
enum Param {
    Text(String),
    Int(i64),
}

/// The published practices and the published version joined as `v`.
const PUBLISHED_FROM: &str = "FROM practices p JOIN practice_versions v \
    ON v.practice_id = p.id AND v.version = p.published_version \
    LEFT JOIN organisations o ON o.id = p.org_id";

/// The `WHERE` clause of a filter, and the values it binds from `$1`.
fn published_where(f: &PracticeFilter) -> (String, Vec<Param>) {
    let mut conditions = vec!["p.published_version IS NOT NULL".to_string()];
    let mut params = Vec::new();
    // Binds one more value; returns its placeholder number.
    fn next(params: &mut Vec<Param>, p: Param) -> usize {
        params.push(p);
        params.len()
    }
    let tags = [
        (THEME, f.theme.map(|t| t.code())),
        (SECTOR, f.sector.map(|t| t.code())),
        (COUNTRY, f.country.map(|t| t.code())),
        (COMPETENCE, f.competence.map(|t| t.code())),
    ];
    for (dimension, code) in tags {
        if let Some(code) = code {
            let n = next(&mut params, Param::Text(code.to_string()));
            // The dimension is one of this module's constants, never typed by anyone.
            conditions.push(format!(
                "p.id IN (SELECT t.practice_id FROM practice_tags t \
                 WHERE t.dimension = '{dimension}' AND t.code = ${n})"
            ));
        }
    }
    if let Some(level) = f.eqf_level {
        let n = next(&mut params, Param::Int(level));
        conditions.push(format!("v.eqf_level = ${n}"));
    }
    if let Some(lang) = f.lang {
        let n = next(&mut params, Param::Text(lang.code().to_string()));
        conditions.push(format!("v.lang = ${n}"));
    }
    if let Some(label) = f.label {
        let n = next(&mut params, Param::Text(label.code().to_string()));
        conditions.push(format!(
            "p.id IN (SELECT l.practice_id FROM practice_labels l WHERE l.label = ${n})"
        ));
    }
    if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let n = next(&mut params, Param::Text(like_pattern(text)));
        conditions.push(format!(
            "(LOWER(v.title) LIKE ${n} ESCAPE '\\' OR LOWER(v.summary_md) LIKE ${n} ESCAPE '\\')"
        ));
    }
    (conditions.join(" AND "), params)
}

/// `%text%` in lower case, with the wildcards of LIKE taken literally.
fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for ch in text.to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out.push('%');
    out
}

/// A published practice as lists show it: the published version's title, summary, language and
/// EQF level, with the figures readers compare.
#[derive(Debug, Clone, FromRow)]
pub struct Listed {
    pub id: i64,
    pub ref_code: String,
    pub version: i64,
    pub title: String,
    pub lang: String,
    pub eqf_level: Option<i64>,
    pub summary_html: String,
    pub org_name: Option<String>,
    pub score_x100: Option<i64>,
    pub review_count: i64,
    pub adoption_count: i64,
    pub published_at: Option<i64>,
}

/// How many published practices match `f`.
pub async fn count_published(db: &Db, f: &PracticeFilter) -> StorageResult<i64> {
    let (condition, params) = published_where(f);
    let sql = format!("SELECT COUNT(*) {PUBLISHED_FROM} WHERE {condition}");
    let mut q = sqlx::query_scalar::<_, i64>(&sql);
    for p in params {
        q = match p {
            Param::Text(s) => q.bind(s),
            Param::Int(n) => q.bind(n),
        };
    }
    Ok(q.fetch_one(db.reader()).await?)
}

/// A page of the published practices matching `f`, in its order.
pub async fn list_published(
    db: &Db,
    f: &PracticeFilter,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<Listed>> {
    let (condition, params) = published_where(f);
    let n = params.len();
    let sql = format!(
        "SELECT p.id, p.ref_code, v.version, v.title, v.lang, v.eqf_level, v.summary_html, \
         o.name AS org_name, p.score_x100, p.review_count, p.adoption_count, p.published_at \
         {PUBLISHED_FROM} WHERE {condition} ORDER BY {} LIMIT ${} OFFSET ${}",
        f.sort.order_by(),
        n + 1,
        n + 2
    );
    let mut q = sqlx::query_as::<_, Listed>(&sql);
    for p in params {
        q = match p {
            Param::Text(s) => q.bind(s),
            Param::Int(n) => q.bind(n),
        };
    }
    Ok(q.bind(limit).bind(offset).fetch_all(db.reader()).await?)
}

/// The (practice, dimension, code) tags of several practices, for a list.
pub async fn tags_of(db: &Db, ids: &[i64]) -> StorageResult<Vec<(i64, String, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT practice_id, dimension, code FROM practice_tags WHERE practice_id IN ({}) \
         ORDER BY practice_id, dimension, code",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, (i64, String, String)>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// A label an editor awarded.
#[derive(Debug, Clone, FromRow)]
pub struct Label {
    pub label: String,
    pub awarded_at: i64,
}

/// The labels of a practice, in the order they were awarded.
pub async fn labels(db: &Db, id: i64) -> StorageResult<Vec<Label>> {
    Ok(sqlx::query_as(
        "SELECT label, awarded_at FROM practice_labels WHERE practice_id = $1 \
         ORDER BY awarded_at, label",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// The (practice, label) pairs of several practices, for a list.
pub async fn labels_of(db: &Db, ids: &[i64]) -> StorageResult<Vec<(i64, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT practice_id, label FROM practice_labels WHERE practice_id IN ({}) \
         ORDER BY practice_id, awarded_at, label",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, (i64, String)>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// The practices `user_id` submitted, most recently changed first.
pub async fn mine(db: &Db, user_id: i64, limit: i64, offset: i64) -> StorageResult<Vec<Practice>> {
    Ok(sqlx::query_as(&format!(
        "{PRACTICE} WHERE p.submitter_id = $1 ORDER BY p.updated_at DESC, p.id DESC \
         LIMIT $2 OFFSET $3"
    ))
    .bind(user_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

pub async fn count_mine(db: &Db, user_id: i64) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM practices WHERE submitter_id = $1")
            .bind(user_id)
            .fetch_one(db.reader())
            .await?,
    )
}

/// The practice proposed from working group `group_id` that still stands (any state but
/// rejected), by its citable identifier; read inside the change that would propose it again.
pub async fn proposed_from_group(conn: &mut Conn, group_id: i64) -> StorageResult<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT ref_code FROM practices WHERE source_group_id = $1 AND status <> $2 \
         ORDER BY id LIMIT 1",
    )
    .bind(group_id)
    .bind(REJECTED)
    .fetch_optional(&mut *conn)
    .await?)
}

/// One line of a practice's version history.
#[derive(Debug, Clone, FromRow)]
pub struct HistoryEntry {
    pub version: i64,
    pub title: String,
    pub lang: String,
    pub change_note: String,
    pub author_name: Option<String>,
    pub created_at: i64,
}

/// The versions of practice `id` up to and including `upto`, newest first, without their text.
pub async fn history(db: &Db, id: i64, upto: i64) -> StorageResult<Vec<HistoryEntry>> {
    Ok(sqlx::query_as(
        "SELECT v.version, v.title, v.lang, v.change_note, u.display_name AS author_name, \
         v.created_at FROM practice_versions v LEFT JOIN users u ON u.id = v.author_id \
         WHERE v.practice_id = $1 AND v.version <= $2 ORDER BY v.version DESC",
    )
    .bind(id)
    .bind(upto)
    .fetch_all(db.reader())
    .await?)
}

/// When version `version` of practice `id` was accepted (the editors' latest accept decision
/// on it), if it was: the date a citation of that version gives.
pub async fn accepted_at(db: &Db, id: i64, version: i64) -> StorageResult<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>(
        "SELECT MAX(decided_at) FROM practice_decisions WHERE practice_id = $1 AND version = $2 \
         AND decision = $3",
    )
    .bind(id)
    .bind(version)
    .bind(super::reviews::ACCEPT)
    .fetch_one(db.reader())
    .await?)
}

// ---- Linked toolbox resources ------------------------------------------------------------------

/// A toolbox resource linked from a practice.
#[derive(Debug, Clone, FromRow)]
pub struct LinkedResource {
    pub id: i64,
    pub title: String,
    pub rtype: String,
    pub lang: String,
}

/// Of the resources `ids`, those `reader` may see: to link only what the author can see, and
/// to show a version's links without revealing a resource its reader could not find.
pub async fn visible_resources(
    db: &Db,
    reader: &Reader,
    ids: &[i64],
) -> StorageResult<Vec<LinkedResource>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.id, r.title, r.rtype, r.lang FROM resources r WHERE r.id IN ({}) AND {} \
         ORDER BY r.title, r.id",
        crate::placeholders(2, ids.len()),
        crate::sharing::visible_sql(reader, "r", 1)
    );
    let mut q = sqlx::query_as::<_, LinkedResource>(&sql).bind(reader.bind_id());
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

// ---- Adoptions ---------------------------------------------------------------------------------

/// A report that an organisation reused a published practice.
#[derive(Debug, Clone, FromRow)]
pub struct Adoption {
    pub id: i64,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub org_slug: Option<String>,
    pub country: String,
    pub how_html: String,
    pub lang: String,
    pub reported_by: Option<i64>,
    pub reporter_name: Option<String>,
    pub created_at: i64,
}

/// What a member reports about an adoption.
#[derive(Debug, Clone, Copy)]
pub struct NewAdoption<'a> {
    pub org_id: Option<i64>,
    pub country: &'a str,
    pub how_md: &'a str,
    pub how_html: &'a str,
    pub lang: &'a str,
}

/// Records an adoption of published practice `id` reported by `reporter`, and counts it.
/// [`StorageError::Conflict`] `"practice not published"` when no version is published (read
/// under the practice's lock), `"adoption already reported"` when the same person already
/// reported an adoption for the same organisation (or for none).
pub async fn add_adoption(
    conn: &mut Conn,
    id: i64,
    a: &NewAdoption<'_>,
    reporter: i64,
) -> StorageResult<i64> {
    let p = get_for_change(conn, id).await?;
    if !p.is_published() {
        return Err(StorageError::Conflict("practice not published".into()));
    }
    let same_org = match a.org_id {
        Some(_) => "org_id = $3",
        None => "org_id IS NULL",
    };
    let sql = format!(
        "SELECT COUNT(*) FROM practice_adoptions WHERE practice_id = $1 AND reported_by = $2 \
         AND {same_org}"
    );
    let mut q = sqlx::query_scalar::<_, i64>(&sql).bind(id).bind(reporter);
    if let Some(org) = a.org_id {
        q = q.bind(org);
    }
    if q.fetch_one(&mut *conn).await? > 0 {
        return Err(StorageError::Conflict("adoption already reported".into()));
    }
    let adoption: i64 = sqlx::query_scalar(
        "INSERT INTO practice_adoptions (practice_id, org_id, country, how_md, how_html, lang, \
         reported_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(id)
    .bind(a.org_id)
    .bind(a.country)
    .bind(a.how_md)
    .bind(a.how_html)
    .bind(a.lang)
    .bind(reporter)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE practices SET adoption_count = adoption_count + 1 WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    // Search follows every change to a published practice (see `practice_docs`).
    super::practice_docs::queue(conn, id).await?;
    Ok(adoption)
}

/// A page of the adoptions of practice `id`, newest first.
pub async fn adoptions(db: &Db, id: i64, limit: i64, offset: i64) -> StorageResult<Vec<Adoption>> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.org_id, o.name AS org_name, o.slug AS org_slug, a.country, a.how_html, \
         a.lang, a.reported_by, u.display_name AS reporter_name, a.created_at \
         FROM practice_adoptions a LEFT JOIN organisations o ON o.id = a.org_id \
         LEFT JOIN users u ON u.id = a.reported_by WHERE a.practice_id = $1 \
         ORDER BY a.created_at DESC, a.id DESC LIMIT $2 OFFSET $3",
    )
    .bind(id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_year_follows_the_calendar() {
        // 2026-01-01T00:00:00Z and one millisecond before it.
        assert_eq!(year_of(1_767_225_600_000), 2026);
        assert_eq!(year_of(1_767_225_599_999), 2025);
        assert_eq!(year_of(0), 1970);
        // 2024-02-29 (a leap day).
        assert_eq!(year_of(1_709_164_800_000), 2024);
    }

    #[test]
    fn like_patterns_take_wildcards_literally() {
        assert_eq!(like_pattern("Dual"), "%dual%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn filters_bind_in_order() {
        let f = PracticeFilter {
            theme: Some(Theme::ALL[0]),
            country: Some(Country::ALL[0]),
            eqf_level: Some(4),
            text: Some("  ".into()),
            ..PracticeFilter::default()
        };
        let (sql, params) = published_where(&f);
        assert_eq!(params.len(), 3);
        assert!(sql.contains("'theme' AND t.code = $1"), "{sql}");
        assert!(sql.contains("'country' AND t.code = $2"), "{sql}");
        assert!(sql.contains("v.eqf_level = $3"), "{sql}");
        assert!(!sql.contains("LIKE"), "{sql}");
        for s in Sort::ALL {
            assert_eq!(Sort::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn citable_identifiers_are_padded() {
        assert_eq!(ref_code(2026, 42), "BP-2026-0042");
        assert_eq!(ref_code(2027, 12345), "BP-2027-12345");
    }
}
