//! Resources: what a member deposits in the toolbox, described by metadata, carrying uploaded
//! files or pointing to a link.

use bottega_domain::{
    Competence, Country, Language, Licence, ResourceType, ResourceVisibility, Sector, TargetGroup,
    Theme,
};
use sqlx::FromRow;

use super::{visible_sql, OUTBOX_KIND};
use crate::communication::{outbox, Reader};
use crate::{now, Conn, Db, StorageResult};

/// The many-valued descriptors, as stored in `resource_tags.dimension`.
pub mod dimension {
    pub const LANGUAGE: &str = "language";
    pub const SECTOR: &str = "sector";
    pub const THEME: &str = "theme";
    pub const TARGET: &str = "target";
    pub const COMPETENCE: &str = "competence";
}

/// A resource as its page shows it.
#[derive(Debug, Clone, FromRow)]
pub struct Resource {
    pub id: i64,
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub lang: String,
    pub rtype: String,
    pub external_url: Option<String>,
    pub country: Option<String>,
    pub eqf_level: Option<i64>,
    pub licence: String,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub org_slug: Option<String>,
    pub project_name: Option<String>,
    pub project_number: Option<String>,
    pub visibility: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub owner_handle: Option<String>,
    pub download_count: i64,
    pub rating_sum: i64,
    pub rating_count: i64,
    pub comment_count: i64,
    pub reuse_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Resource {
    /// The mean rating, or `None` before anyone rated.
    pub fn rating(&self) -> Option<f64> {
        (self.rating_count > 0).then(|| self.rating_sum as f64 / self.rating_count as f64)
    }
}

const SELECT: &str = "SELECT r.id, r.title, r.description_md, r.description_html, r.lang, r.rtype, \
    r.external_url, r.country, r.eqf_level, r.licence, r.org_id, o.name AS org_name, o.slug AS org_slug, \
    r.project_name, r.project_number, r.visibility, r.owner_id, u.display_name AS owner_name, \
    u.handle AS owner_handle, r.download_count, r.rating_sum, r.rating_count, r.comment_count, \
    r.reuse_count, r.created_at, r.updated_at \
    FROM resources r LEFT JOIN organisations o ON o.id = r.org_id LEFT JOIN users u ON u.id = r.owner_id";

/// The descriptors a member fills in, for a new resource or an edit.
#[derive(Debug, Clone)]
pub struct ResourceFields {
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub lang: Language,
    pub rtype: ResourceType,
    pub external_url: Option<String>,
    pub country: Option<Country>,
    pub eqf_level: Option<i64>,
    pub licence: Licence,
    pub org_id: Option<i64>,
    pub project_name: Option<String>,
    pub project_number: Option<String>,
    pub visibility: ResourceVisibility,
    pub languages: Vec<Language>,
    pub sectors: Vec<Sector>,
    pub themes: Vec<Theme>,
    pub targets: Vec<TargetGroup>,
    pub competences: Vec<Competence>,
}

/// The tags of a resource, grouped by dimension.
#[derive(Debug, Clone, Default)]
pub struct Tags {
    pub languages: Vec<String>,
    pub sectors: Vec<String>,
    pub themes: Vec<String>,
    pub targets: Vec<String>,
    pub competences: Vec<String>,
}

impl Tags {
    fn push(&mut self, dimension: &str, code: String) {
        match dimension {
            dimension::LANGUAGE => self.languages.push(code),
            dimension::SECTOR => self.sectors.push(code),
            dimension::THEME => self.themes.push(code),
            dimension::TARGET => self.targets.push(code),
            dimension::COMPETENCE => self.competences.push(code),
            _ => {}
        }
    }
}

fn tag_rows(f: &ResourceFields) -> Vec<(&'static str, &'static str)> {
    let mut rows = Vec::new();
    rows.extend(f.languages.iter().map(|v| (dimension::LANGUAGE, v.code())));
    rows.extend(f.sectors.iter().map(|v| (dimension::SECTOR, v.code())));
    rows.extend(f.themes.iter().map(|v| (dimension::THEME, v.code())));
    rows.extend(f.targets.iter().map(|v| (dimension::TARGET, v.code())));
    rows.extend(
        f.competences
            .iter()
            .map(|v| (dimension::COMPETENCE, v.code())),
    );
    rows.sort_unstable();
    rows.dedup();
    rows
}

async fn write_tags(conn: &mut Conn, id: i64, f: &ResourceFields) -> StorageResult<()> {
    sqlx::query("DELETE FROM resource_tags WHERE resource_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (dimension, code) in tag_rows(f) {
        sqlx::query("INSERT INTO resource_tags (resource_id, dimension, code) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(dimension)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Creates a resource owned by `owner_id`; returns its id. Files are added afterwards in the
/// same transaction ([`super::files::add_version`]).
pub async fn create(conn: &mut Conn, owner_id: i64, f: &ResourceFields) -> StorageResult<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO resources (title, description_md, description_html, lang, rtype, external_url, \
         country, eqf_level, licence, org_id, project_name, project_number, visibility, owner_id, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    )
    .bind(&f.title)
    .bind(&f.description_md)
    .bind(&f.description_html)
    .bind(f.lang.code())
    .bind(f.rtype.code())
    .bind(f.external_url.as_deref())
    .bind(f.country.map(Country::code))
    .bind(f.eqf_level)
    .bind(f.licence.code())
    .bind(f.org_id)
    .bind(f.project_name.as_deref())
    .bind(f.project_number.as_deref())
    .bind(f.visibility.code())
    .bind(owner_id)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    write_tags(conn, id, f).await?;
    outbox(conn, OUTBOX_KIND, id).await?;
    Ok(id)
}

/// Replaces the descriptors of a resource.
pub async fn update(conn: &mut Conn, id: i64, f: &ResourceFields) -> StorageResult<()> {
    sqlx::query(
        "UPDATE resources SET title = $1, description_md = $2, description_html = $3, lang = $4, \
         rtype = $5, external_url = $6, country = $7, eqf_level = $8, licence = $9, org_id = $10, \
         project_name = $11, project_number = $12, visibility = $13, updated_at = $14 WHERE id = $15",
    )
    .bind(&f.title)
    .bind(&f.description_md)
    .bind(&f.description_html)
    .bind(f.lang.code())
    .bind(f.rtype.code())
    .bind(f.external_url.as_deref())
    .bind(f.country.map(Country::code))
    .bind(f.eqf_level)
    .bind(f.licence.code())
    .bind(f.org_id)
    .bind(f.project_name.as_deref())
    .bind(f.project_number.as_deref())
    .bind(f.visibility.code())
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    write_tags(conn, id, f).await?;
    outbox(conn, OUTBOX_KIND, id).await?;
    Ok(())
}

/// Marks a resource as changed (a new file version, a new rating): its index entry is renewed.
pub async fn touch(conn: &mut Conn, id: i64) -> StorageResult<()> {
    sqlx::query("UPDATE resources SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    outbox(conn, OUTBOX_KIND, id).await
}

/// Deletes a resource with its files, ratings, comments and reuse reports. Returns the object
/// keys it referred to: the caller removes from the store those no other row still uses
/// ([`super::files::unreferenced`]) once this transaction has committed.
pub async fn delete(conn: &mut Conn, id: i64) -> StorageResult<Vec<String>> {
    let rows: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT v.object_key, v.thumb_key FROM file_versions v \
         JOIN resource_files f ON f.id = v.file_id WHERE f.resource_id = $1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    // Children first: SQLite enforces ON DELETE CASCADE only with foreign keys on, which the
    // connection sets, but explicit deletes keep the order obvious on both engines.
    sqlx::query(
        "DELETE FROM file_versions WHERE file_id IN (SELECT id FROM resource_files WHERE resource_id = $1)",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM resources WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    outbox(conn, OUTBOX_KIND, id).await?;
    let mut keys = Vec::new();
    for (key, thumb) in rows {
        keys.push(key);
        keys.extend(thumb);
    }
    keys.sort_unstable();
    keys.dedup();
    Ok(keys)
}

/// One resource, if this reader may see it.
pub async fn visible(db: &Db, reader: &Reader, id: i64) -> StorageResult<Option<Resource>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE r.id = $2 AND {}",
        visible_sql(reader, "r", 1)
    ))
    .bind(reader.bind_id())
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// The tags of one resource.
pub async fn tags(db: &Db, id: i64) -> StorageResult<Tags> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT dimension, code FROM resource_tags WHERE resource_id = $1 ORDER BY dimension, code",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?;
    let mut tags = Tags::default();
    for (d, c) in rows {
        tags.push(&d, c);
    }
    Ok(tags)
}

/// Whether `user_id` may change the resource: its owner, or an admin of its organisation.
/// (Site staff are allowed by the caller.)
pub async fn can_edit(db: &Db, r: &Resource, user_id: i64) -> StorageResult<bool> {
    super::may_change(db, r.owner_id, r.org_id, user_id).await
}

/// A page of resources this reader may see, newest first: for a member's or an
/// organisation's own list. (Browsing with words and facets goes through the search index.)
pub async fn list(
    db: &Db,
    reader: &Reader,
    owner_id: Option<i64>,
    org_id: Option<i64>,
    offset: i64,
    limit: i64,
) -> StorageResult<(Vec<Resource>, i64)> {
    let filter = format!(
        "{} AND ($2 = 0 OR r.owner_id = $2) AND ($3 = 0 OR r.org_id = $3)",
        visible_sql(reader, "r", 1)
    );
    let total: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM resources r WHERE {filter}"))
            .bind(reader.bind_id())
            .bind(owner_id.unwrap_or(0))
            .bind(org_id.unwrap_or(0))
            .fetch_one(db.reader())
            .await?;
    let rows = sqlx::query_as(&format!(
        "{SELECT} WHERE {filter} ORDER BY r.created_at DESC, r.id DESC LIMIT $4 OFFSET $5"
    ))
    .bind(reader.bind_id())
    .bind(owner_id.unwrap_or(0))
    .bind(org_id.unwrap_or(0))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    Ok((rows, total))
}

/// A resource as the search index needs it.
#[derive(Debug, Clone)]
pub struct ResourceDoc {
    pub resource: Resource,
    pub tags: Tags,
    /// The names of its current files, so a search for a file name finds it.
    pub file_names: Vec<String>,
}

async fn docs_where(
    db: &Db,
    condition: &str,
    binds: &[i64],
    limit: Option<i64>,
) -> StorageResult<Vec<ResourceDoc>> {
    let mut sql = format!("{SELECT} WHERE {condition} ORDER BY r.id");
    if let Some(l) = limit {
        sql.push_str(&format!(" LIMIT {l}"));
    }
    let mut q = sqlx::query_as::<_, Resource>(&sql);
    for b in binds {
        q = q.bind(*b);
    }
    let resources = q.fetch_all(db.reader()).await?;
    if resources.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = resources.iter().map(|r| r.id).collect();
    let ph = crate::placeholders(1, ids.len());
    let tag_sql = format!(
        "SELECT resource_id, dimension, code FROM resource_tags WHERE resource_id IN ({ph}) ORDER BY resource_id, dimension, code"
    );
    let mut tq = sqlx::query_as::<_, (i64, String, String)>(&tag_sql);
    for id in &ids {
        tq = tq.bind(*id);
    }
    let tag_rows = tq.fetch_all(db.reader()).await?;
    let name_sql = format!(
        "SELECT f.resource_id, v.name FROM resource_files f JOIN file_versions v ON v.id = f.latest_version_id \
         WHERE f.resource_id IN ({ph}) ORDER BY f.resource_id, f.position"
    );
    let mut nq = sqlx::query_as::<_, (i64, String)>(&name_sql);
    for id in &ids {
        nq = nq.bind(*id);
    }
    let name_rows = nq.fetch_all(db.reader()).await?;
    Ok(resources
        .into_iter()
        .map(|resource| {
            let mut tags = Tags::default();
            for (_, d, c) in tag_rows.iter().filter(|(id, _, _)| *id == resource.id) {
                tags.push(d, c.clone());
            }
            let file_names = name_rows
                .iter()
                .filter(|(id, _)| *id == resource.id)
                .map(|(_, n)| n.clone())
                .collect();
            ResourceDoc {
                resource,
                tags,
                file_names,
            }
        })
        .collect())
}

/// The resources with these ids that still exist, in one round of queries.
pub async fn docs(db: &Db, ids: &[i64]) -> StorageResult<Vec<ResourceDoc>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    docs_where(
        db,
        &format!("r.id IN ({})", crate::placeholders(1, ids.len())),
        ids,
        None,
    )
    .await
}

/// Resources in id order after `after`, for rebuilding the index in batches.
pub async fn docs_after(db: &Db, after: i64, limit: i64) -> StorageResult<Vec<ResourceDoc>> {
    docs_where(db, "r.id > $1", &[after], Some(limit)).await
}
