//! Communities: the themed forums of the Communication section.

use bottega_domain::Language;
use sqlx::FromRow;

use super::Reader;
use crate::{now, Conn, Db, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct Community {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub description_lang: Option<String>,
    pub visibility: String,
    pub org_id: Option<i64>,
    pub position: i32,
    pub thread_count: i64,
    pub post_count: i64,
    pub last_post_at: Option<i64>,
    pub created_at: i64,
    /// The working group whose discussion this is.
    pub group_id: Option<i64>,
    /// No new threads (an archived working group's discussion).
    #[sqlx(try_from = "crate::flag::Flag")]
    pub read_only: bool,
}

const COLUMNS: &str = "c.id, c.slug, c.name, c.description, c.description_lang, c.visibility, \
    c.org_id, c.position, c.thread_count, c.post_count, c.last_post_at, c.created_at, c.group_id, \
    c.read_only";

pub struct NewCommunity<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub description_lang: Option<Language>,
    /// `public`, `members`, `private` or `group`.
    pub visibility: &'a str,
    /// The organisation a private community belongs to.
    pub org_id: Option<i64>,
    /// The working group a `group` community is the discussion of.
    pub group_id: Option<i64>,
    pub position: i32,
}

/// Creates a community; its address is made from its name, with a number added when taken.
pub async fn create(conn: &mut Conn, c: &NewCommunity<'_>, creator: i64) -> StorageResult<i64> {
    let base = bottega_domain::slug::slugify(c.name);
    let mut n = 1;
    loop {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&mut *conn)
            .await?;
        if taken == 0 {
            return Ok(sqlx::query_scalar(
                "INSERT INTO communities (slug, name, description, description_lang, visibility, \
                 org_id, position, created_by, created_at, group_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(&slug)
            .bind(c.name)
            .bind(c.description)
            .bind(c.description_lang.map(Language::code))
            .bind(c.visibility)
            .bind(c.org_id)
            .bind(c.position)
            .bind(creator)
            .bind(now())
            .bind(c.group_id)
            .fetch_one(&mut *conn)
            .await?);
        }
        n += 1;
    }
}

/// The communities this reader may see, in their set order (working groups' discussions are
/// reached from their groups, not listed).
pub async fn list(db: &Db, reader: &Reader) -> StorageResult<Vec<Community>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM communities c WHERE c.group_id IS NULL AND {} \
         ORDER BY c.position, c.name",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .fetch_all(db.reader())
    .await?)
}

/// One community, if this reader may see it.
pub async fn visible_by_slug(
    db: &Db,
    reader: &Reader,
    slug: &str,
) -> StorageResult<Option<Community>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM communities c WHERE c.slug = $2 AND {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(slug)
    .fetch_optional(db.reader())
    .await?)
}

pub async fn visible_by_id(db: &Db, reader: &Reader, id: i64) -> StorageResult<Option<Community>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM communities c WHERE c.id = $2 AND {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// A member's visits to a community: the last one, and the one before it (which the "new since
/// your last visit" marks count from).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub last_seen_at: bottega_domain::Millis,
    pub previous_seen_at: bottega_domain::Millis,
}

#[derive(FromRow)]
struct CommunityAndVisit {
    #[sqlx(flatten)]
    community: Community,
    last_seen_at: Option<i64>,
    previous_seen_at: Option<i64>,
}

/// One community, if this reader may see it, with the reader's visits to it (none for a
/// visitor, or before the first visit), in one query: the community's page needs both.
pub async fn visible_by_slug_with_visit(
    db: &Db,
    reader: &Reader,
    slug: &str,
) -> StorageResult<Option<(Community, Option<Visit>)>> {
    let row: Option<CommunityAndVisit> = sqlx::query_as(&format!(
        "SELECT {COLUMNS}, v.last_seen_at, v.previous_seen_at FROM communities c \
         LEFT JOIN community_visits v ON v.community_id = c.id AND v.user_id = $1 \
         WHERE c.slug = $2 AND {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(slug)
    .fetch_optional(db.reader())
    .await?;
    Ok(row.map(|r| {
        let visit = r
            .last_seen_at
            .zip(r.previous_seen_at)
            .map(|(last, previous)| Visit {
                last_seen_at: last,
                previous_seen_at: previous,
            });
        (r.community, visit)
    }))
}

/// Remembers that a member looked at a community, given their visits as read with it, and
/// returns when they were there before. Visits closer together than half an hour count as one,
/// and write nothing.
pub async fn record_visit(
    db: &Db,
    community_id: i64,
    user_id: i64,
    seen: Option<Visit>,
) -> StorageResult<bottega_domain::Millis> {
    let at = now();
    let previous = match seen {
        Some(v) if at - v.last_seen_at < 30 * bottega_domain::MINUTE => {
            return Ok(v.previous_seen_at)
        }
        Some(v) => v.last_seen_at,
        None => 0,
    };
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO community_visits (community_id, user_id, last_seen_at, previous_seen_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, community_id) \
         DO UPDATE SET last_seen_at = excluded.last_seen_at, previous_seen_at = excluded.previous_seen_at",
    )
    .bind(community_id)
    .bind(user_id)
    .bind(at)
    .bind(previous)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(previous)
}

/// The themes a new Bottega starts with: the strategic topics VET communities discuss most.
/// (slug-making name, description); written in English, the language administrators can
/// rename and translate them from.
pub const DEFAULT_THEMES: &[(&str, &str)] = &[
    ("Labour-market driven VET provision", "Preparing people for the jobs of today and tomorrow: skills needs, flexible C-VET, cooperation with employers."),
    ("Innovative didactic models and technologies", "Digital, blended and work-based ways of teaching that make VET more flexible and accessible."),
    ("Competences of teachers and trainers", "Initial and continuing training of VET teachers, in-company trainers and mentors."),
    ("Use of European funding", "Erasmus+, ESF+ and other programmes: finding partners, writing applications, running projects."),
    ("Internationalisation and mobility", "Staff and learner mobility, international partnerships and recognition of learning abroad."),
    ("Dual learning and school-business cooperation", "Apprenticeships, placements and how schools and companies train together."),
    ("Entrepreneurship education", "Helping learners think and act like entrepreneurs, in school and in practice firms."),
    ("Guidance and insertion into the labour market", "Career guidance, job search and the first steps of young people into work."),
    ("Non-formal and informal skills", "Recognising and validating what people learn outside classrooms."),
];

/// Creates the default themes, once, in a new installation (when no community exists yet).
/// Returns how many were created.
pub async fn seed_defaults(db: &Db) -> StorageResult<usize> {
    let mut tx = db.begin().await?;
    if !crate::settings::claim_once(&mut tx, "seeded:communities").await? {
        return Ok(0);
    }
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM communities")
        .fetch_one(&mut *tx)
        .await?;
    let mut created = 0;
    if existing == 0 {
        for (position, (name, description)) in DEFAULT_THEMES.iter().enumerate() {
            sqlx::query(
                "INSERT INTO communities (slug, name, description, description_lang, visibility, \
                 position, created_at) VALUES ($1, $2, $3, 'en', 'public', $4, $5)",
            )
            .bind(bottega_domain::slug::slugify(name))
            .bind(*name)
            .bind(*description)
            .bind(position as i32)
            .bind(now())
            .execute(&mut *tx)
            .await?;
            created += 1;
        }
    }
    tx.commit().await?;
    Ok(created)
}
