//! Collections: curated, ordered lists of resources ("Remote mentoring toolbox") kept by a
//! member or an organisation. A collection shows only the resources its reader may see.

use bottega_domain::{Language, ResourceVisibility};
use sqlx::FromRow;

use super::resources::Resource;
use super::visible_sql;
use crate::communication::Reader;
use crate::{now, Conn, Db, StorageError, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct Collection {
    pub id: i64,
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub lang: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub owner_handle: Option<String>,
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub org_slug: Option<String>,
    pub visibility: String,
    pub item_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// The columns of [`Collection`] for `reader`, whose id is bound to `$1`: `item_count` counts
/// only the entries this reader may see, so the number shown betrays nothing hidden.
fn select(reader: &Reader) -> String {
    format!(
        "SELECT c.id, c.title, c.description_md, c.description_html, c.lang, c.owner_id, \
         u.display_name AS owner_name, u.handle AS owner_handle, c.org_id, o.name AS org_name, o.slug AS org_slug, \
         c.visibility, (SELECT COUNT(*) FROM collection_items ci JOIN resources vr ON vr.id = ci.resource_id \
         WHERE ci.collection_id = c.id AND {}) AS item_count, c.created_at, c.updated_at \
         FROM collections c LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN organisations o ON o.id = c.org_id",
        visible_sql(reader, "vr", 1)
    )
}

pub struct CollectionFields<'a> {
    pub title: &'a str,
    pub description_md: &'a str,
    pub description_html: &'a str,
    pub lang: Language,
    pub org_id: Option<i64>,
    pub visibility: ResourceVisibility,
}

pub async fn create(
    conn: &mut Conn,
    owner_id: i64,
    f: &CollectionFields<'_>,
) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO collections (title, description_md, description_html, lang, owner_id, org_id, \
         visibility, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(f.lang.code())
    .bind(owner_id)
    .bind(f.org_id)
    .bind(f.visibility.code())
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn update(conn: &mut Conn, id: i64, f: &CollectionFields<'_>) -> StorageResult<()> {
    sqlx::query(
        "UPDATE collections SET title = $1, description_md = $2, description_html = $3, lang = $4, \
         org_id = $5, visibility = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(f.lang.code())
    .bind(f.org_id)
    .bind(f.visibility.code())
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn delete(conn: &mut Conn, id: i64) -> StorageResult<()> {
    sqlx::query("DELETE FROM collections WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn visible(db: &Db, reader: &Reader, id: i64) -> StorageResult<Option<Collection>> {
    Ok(sqlx::query_as(&format!(
        "{} WHERE c.id = $2 AND {}",
        select(reader),
        visible_sql(reader, "c", 1)
    ))
    .bind(reader.bind_id())
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// A page of the collections this reader may see, most recently changed first.
pub async fn list(
    db: &Db,
    reader: &Reader,
    offset: i64,
    limit: i64,
) -> StorageResult<(Vec<Collection>, i64)> {
    let cond = visible_sql(reader, "c", 1);
    let total: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM collections c WHERE {cond}"))
            .bind(reader.bind_id())
            .fetch_one(db.reader())
            .await?;
    let rows = sqlx::query_as(&format!(
        "{} WHERE {cond} ORDER BY c.updated_at DESC, c.id DESC LIMIT $2 OFFSET $3",
        select(reader)
    ))
    .bind(reader.bind_id())
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    Ok((rows, total))
}

/// Whether `user_id` may change the collection: its owner or an admin of its organisation.
pub async fn can_edit(db: &Db, c: &Collection, user_id: i64) -> StorageResult<bool> {
    super::may_change(db, c.owner_id, c.org_id, user_id).await
}

/// The collections a member may add resources to, by title.
pub async fn editable_by(db: &Db, user_id: i64) -> StorageResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.title FROM collections c WHERE c.owner_id = $1 OR EXISTS (SELECT 1 FROM memberships m \
         WHERE m.org_id = c.org_id AND m.user_id = $1 AND m.role = 'admin') ORDER BY c.title LIMIT 200",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}

/// An entry of a collection: the resource, with the curator's note.
#[derive(Debug, Clone)]
pub struct Item {
    pub resource: Resource,
    pub note: String,
    pub position: i64,
}

#[derive(FromRow)]
struct ItemRow {
    #[sqlx(flatten)]
    resource: Resource,
    note: String,
    position: i64,
}

/// The entries of a collection that this reader may see, in the curator's order.
pub async fn items(db: &Db, reader: &Reader, collection_id: i64) -> StorageResult<Vec<Item>> {
    let rows: Vec<ItemRow> = sqlx::query_as(&format!(
        "SELECT r.id, r.title, r.description_md, r.description_html, r.lang, r.rtype, r.external_url, \
         r.country, r.eqf_level, r.licence, r.org_id, o.name AS org_name, o.slug AS org_slug, r.project_name, \
         r.project_number, r.visibility, r.owner_id, u.display_name AS owner_name, u.handle AS owner_handle, \
         r.download_count, r.rating_sum, r.rating_count, r.comment_count, r.reuse_count, r.created_at, \
         r.updated_at, i.note, CAST(i.position AS BIGINT) AS position \
         FROM collection_items i JOIN resources r ON r.id = i.resource_id \
         LEFT JOIN organisations o ON o.id = r.org_id LEFT JOIN users u ON u.id = r.owner_id \
         WHERE i.collection_id = $2 AND {} ORDER BY i.position, r.id LIMIT 500",
        visible_sql(reader, "r", 1)
    ))
    .bind(reader.bind_id())
    .bind(collection_id)
    .fetch_all(db.reader())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Item {
            resource: r.resource,
            note: r.note,
            position: r.position,
        })
        .collect())
}

/// Adds a resource at the end of a collection. Adding it twice is refused as a conflict.
pub async fn add_item(
    conn: &mut Conn,
    collection_id: i64,
    resource_id: i64,
    added_by: i64,
    note: &str,
) -> StorageResult<()> {
    let position: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(position), 0) + 1 AS BIGINT) FROM collection_items WHERE collection_id = $1",
    )
    .bind(collection_id)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO collection_items (collection_id, resource_id, position, note, added_by, added_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(collection_id)
    .bind(resource_id)
    .bind(position)
    .bind(note)
    .bind(added_by)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE collections SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(collection_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn remove_item(
    conn: &mut Conn,
    collection_id: i64,
    resource_id: i64,
) -> StorageResult<()> {
    let done =
        sqlx::query("DELETE FROM collection_items WHERE collection_id = $1 AND resource_id = $2")
            .bind(collection_id)
            .bind(resource_id)
            .execute(&mut *conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    sqlx::query("UPDATE collections SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(collection_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Moves an entry one place up (`-1`) or down (`1`) by swapping it with its neighbour.
pub async fn move_item(
    conn: &mut Conn,
    collection_id: i64,
    resource_id: i64,
    step: i64,
) -> StorageResult<()> {
    let here: i64 = sqlx::query_scalar(
        "SELECT CAST(position AS BIGINT) FROM collection_items WHERE collection_id = $1 AND resource_id = $2",
    )
    .bind(collection_id)
    .bind(resource_id)
    .fetch_one(&mut *conn)
    .await?;
    let (cmp, order) = if step < 0 {
        ("<", "DESC")
    } else {
        (">", "ASC")
    };
    let neighbour: Option<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT resource_id, CAST(position AS BIGINT) FROM collection_items WHERE collection_id = $1 \
         AND position {cmp} $2 ORDER BY position {order} LIMIT 1"
    ))
    .bind(collection_id)
    .bind(here)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((other, there)) = neighbour {
        for (id, pos) in [(resource_id, there), (other, here)] {
            sqlx::query("UPDATE collection_items SET position = $1 WHERE collection_id = $2 AND resource_id = $3")
                .bind(pos)
                .bind(collection_id)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// The collections this reader may see that contain a resource.
pub async fn containing(
    db: &Db,
    reader: &Reader,
    resource_id: i64,
) -> StorageResult<Vec<Collection>> {
    Ok(sqlx::query_as(&format!(
        "{} JOIN collection_items i ON i.collection_id = c.id WHERE i.resource_id = $2 AND {} \
         ORDER BY c.title LIMIT 50",
        select(reader),
        visible_sql(reader, "c", 1)
    ))
    .bind(reader.bind_id())
    .bind(resource_id)
    .fetch_all(db.reader())
    .await?)
}
