//! The files of a resource and their versions. A new version never replaces an old one: the
//! newest is shown, the older ones stay downloadable. Bytes live in the object store under a
//! content address (`object_key`); several versions may share one.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageResult};

/// A stored file version as pages list it.
#[derive(Debug, Clone, FromRow)]
pub struct FileVersion {
    pub id: i64,
    pub file_id: i64,
    pub resource_id: i64,
    pub version: i64,
    pub name: String,
    pub object_key: String,
    pub size: i64,
    pub media_type: String,
    pub ext: String,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub active: bool,
    pub thumb_key: Option<String>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub note: String,
    pub uploaded_by_name: Option<String>,
    pub download_count: i64,
    pub created_at: i64,
    /// Whether this is the newest version of its file.
    #[sqlx(try_from = "crate::flag::Flag")]
    pub latest: bool,
}

const SELECT: &str = "SELECT v.id, v.file_id, f.resource_id, v.version, v.name, v.object_key, v.size, \
    v.media_type, v.ext, v.active, v.thumb_key, v.width, v.height, v.note, u.display_name AS uploaded_by_name, \
    v.download_count, v.created_at, CASE WHEN f.latest_version_id = v.id THEN 1 ELSE 0 END AS latest \
    FROM file_versions v JOIN resource_files f ON f.id = v.file_id LEFT JOIN users u ON u.id = v.uploaded_by";

/// What was stored for an upload, checked and named.
#[derive(Debug, Clone)]
pub struct StoredUpload {
    pub name: String,
    pub object_key: String,
    pub sha256: String,
    pub size: i64,
    pub media_type: String,
    pub ext: String,
    pub active: bool,
    pub thumb_key: Option<String>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub note: String,
}

/// Adds a version: to the file `file_id` of the resource, or as a new file of it when
/// `file_id` is `None`. Returns the version's id.
pub async fn add_version(
    conn: &mut Conn,
    resource_id: i64,
    file_id: Option<i64>,
    uploaded_by: i64,
    u: &StoredUpload,
) -> StorageResult<i64> {
    let at = now();
    let file_id = match file_id {
        Some(id) => {
            // Locks the file row on PostgreSQL, so two uploads at once get distinct numbers.
            let lock = if crate::locks_rows(conn) {
                " FOR UPDATE"
            } else {
                ""
            };
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT id FROM resource_files WHERE id = $1 AND resource_id = $2{lock}"
            ))
            .bind(id)
            .bind(resource_id)
            .fetch_one(&mut *conn)
            .await?
        }
        None => {
            let position: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(position), 0) + 1 FROM resource_files WHERE resource_id = $1",
            )
            .bind(resource_id)
            .fetch_one(&mut *conn)
            .await?;
            sqlx::query_scalar(
                "INSERT INTO resource_files (resource_id, position, version_count, created_at) \
                 VALUES ($1, $2, 0, $3) RETURNING id",
            )
            .bind(resource_id)
            .bind(position)
            .bind(at)
            .fetch_one(&mut *conn)
            .await?
        }
    };
    let version: i64 = sqlx::query_scalar(
        "UPDATE resource_files SET version_count = version_count + 1 WHERE id = $1 RETURNING version_count",
    )
    .bind(file_id)
    .fetch_one(&mut *conn)
    .await?;
    let version_id: i64 = sqlx::query_scalar(
        "INSERT INTO file_versions (file_id, version, name, object_key, sha256, size, media_type, ext, \
         active, thumb_key, width, height, note, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(file_id)
    .bind(version)
    .bind(&u.name)
    .bind(&u.object_key)
    .bind(&u.sha256)
    .bind(u.size)
    .bind(&u.media_type)
    .bind(&u.ext)
    .bind(u.active)
    .bind(u.thumb_key.as_deref())
    .bind(u.width)
    .bind(u.height)
    .bind(&u.note)
    .bind(uploaded_by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE resource_files SET latest_version_id = $1 WHERE id = $2")
        .bind(version_id)
        .bind(file_id)
        .execute(&mut *conn)
        .await?;
    super::resources::touch(conn, resource_id).await?;
    Ok(version_id)
}

/// Every version of every file of a resource: files in order, newest version first.
pub async fn of_resource(db: &Db, resource_id: i64) -> StorageResult<Vec<FileVersion>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE f.resource_id = $1 ORDER BY f.position, f.id, v.version DESC"
    ))
    .bind(resource_id)
    .fetch_all(db.reader())
    .await?)
}

/// The latest version of each file of these resources (for thumbnails in lists), one query.
pub async fn latest_of(db: &Db, resource_ids: &[i64]) -> StorageResult<Vec<FileVersion>> {
    if resource_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{SELECT} WHERE f.latest_version_id = v.id AND f.resource_id IN ({}) ORDER BY f.resource_id, f.position",
        crate::placeholders(1, resource_ids.len())
    );
    let mut q = sqlx::query_as::<_, FileVersion>(&sql);
    for id in resource_ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// One version of a file of the resource.
pub async fn version(
    db: &Db,
    resource_id: i64,
    version_id: i64,
) -> StorageResult<Option<FileVersion>> {
    Ok(
        sqlx::query_as(&format!("{SELECT} WHERE v.id = $1 AND f.resource_id = $2"))
            .bind(version_id)
            .bind(resource_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// Adds downloads counted elsewhere (in memory, see the web crate's download tally): `times`
/// downloads of a version and of its resource. A version or resource deleted since counts
/// nothing.
pub async fn add_downloads(
    conn: &mut Conn,
    resource_id: i64,
    version_id: i64,
    times: i64,
) -> StorageResult<()> {
    sqlx::query("UPDATE file_versions SET download_count = download_count + $2 WHERE id = $1")
        .bind(version_id)
        .bind(times)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE resources SET download_count = download_count + $2 WHERE id = $1")
        .bind(resource_id)
        .bind(times)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Bytes a member has uploaded (every version counts), for their quota.
pub async fn used_by(db: &Db, user_id: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM file_versions WHERE uploaded_by = $1",
    )
    .bind(user_id)
    .fetch_one(db.reader())
    .await?)
}

/// Of these keys, the ones no file version refers to any more (as content or thumbnail): they
/// may be removed from the store.
pub async fn unreferenced(db: &Db, keys: &[String]) -> StorageResult<Vec<String>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let ph = crate::placeholders(1, keys.len());
    let sql = format!(
        "SELECT object_key FROM file_versions WHERE object_key IN ({ph}) \
         UNION SELECT thumb_key FROM file_versions WHERE thumb_key IN ({ph})"
    );
    let mut q = sqlx::query_scalar::<_, String>(&sql);
    for k in keys {
        q = q.bind(k.as_str());
    }
    let used = q.fetch_all(db.reader()).await?;
    Ok(keys.iter().filter(|k| !used.contains(k)).cloned().collect())
}
