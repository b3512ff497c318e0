//! What the search index is fed from: the outbox of changes (written in the transaction of each
//! change) and the documents themselves, read fresh from the database, which stays the source
//! of truth. Every node keeps its own index and applies the outbox in order up to its cursor.

use sqlx::FromRow;

use crate::{Db, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct OutboxEntry {
    pub id: i64,
    pub kind: String,
    pub doc_id: i64,
}

/// Changes after `cursor`, oldest first.
pub async fn outbox_after(db: &Db, cursor: i64, limit: i64) -> StorageResult<Vec<OutboxEntry>> {
    Ok(sqlx::query_as(
        "SELECT id, kind, doc_id FROM search_outbox WHERE id > $1 ORDER BY id LIMIT $2",
    )
    .bind(cursor)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// The newest change, or 0: where a freshly rebuilt index starts following the outbox.
pub async fn outbox_head(db: &Db) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM search_outbox")
            .fetch_one(db.reader())
            .await?,
    )
}

/// The oldest change still kept: a node whose cursor is older must rebuild its index.
pub async fn outbox_tail(db: &Db) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MIN(id), 0) FROM search_outbox")
            .fetch_one(db.reader())
            .await?,
    )
}

/// Forgets changes older than a week; nodes down for longer rebuild their index.
pub async fn purge_outbox(db: &Db) -> StorageResult<u64> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM search_outbox WHERE created_at < $1")
        .bind(crate::now() - 7 * bottega_domain::DAY)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

/// A thread as the index needs it.
#[derive(Debug, Clone, FromRow)]
pub struct ThreadDoc {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub body_md: String,
    pub lang: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub org_type: Option<String>,
    pub community_slug: String,
    pub visibility: String,
    pub org_id: Option<i64>,
    /// The working group whose discussion the thread is in.
    pub group_id: Option<i64>,
    pub votes: i64,
    pub solved: i64,
    pub created_at: i64,
    pub hidden_at: Option<i64>,
    pub deleted_at: Option<i64>,
}

const THREAD_DOC: &str = "SELECT t.id, t.kind, t.title, p.body_md, t.lang, t.country, t.sector, t.org_type, \
    c.slug AS community_slug, c.visibility, c.org_id, c.group_id, \
    (SELECT CAST(COALESCE(SUM(v.votes), 0) AS BIGINT) FROM posts v WHERE v.thread_id = t.id) AS votes, \
    CASE WHEN t.accepted_post_id IS NULL THEN 0 ELSE 1 END AS solved, \
    t.created_at, t.hidden_at, t.deleted_at \
    FROM threads t JOIN communities c ON c.id = t.community_id \
    JOIN posts p ON p.thread_id = t.id AND p.position = 1";

/// The threads with these ids (deleted and hidden ones included: the feed removes those), in
/// one query.
pub async fn thread_docs(db: &Db, ids: &[i64]) -> StorageResult<Vec<ThreadDoc>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{THREAD_DOC} WHERE t.id IN ({})",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, ThreadDoc>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// Threads in id order after `after`, for rebuilding the index in batches.
pub async fn thread_docs_after(db: &Db, after: i64, limit: i64) -> StorageResult<Vec<ThreadDoc>> {
    Ok(sqlx::query_as(&format!(
        "{THREAD_DOC} WHERE t.id > $1 AND t.deleted_at IS NULL AND t.hidden_at IS NULL ORDER BY t.id LIMIT $2"
    ))
    .bind(after)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// The organisations and working groups a person belongs to, for their search audience: one
/// query, asked before every search a member makes.
pub async fn memberships_of(db: &Db, user_id: i64) -> StorageResult<Memberships> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT CAST('org' AS TEXT), org_id FROM memberships WHERE user_id = $1 \
         UNION ALL SELECT CAST('group' AS TEXT), group_id FROM wg_members \
         WHERE user_id = $1 AND state = 'member'",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?;
    let mut m = Memberships::default();
    for (kind, id) in rows {
        if kind == "org" {
            m.orgs.push(id);
        } else {
            m.groups.push(id);
        }
    }
    Ok(m)
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Memberships {
    pub orgs: Vec<i64>,
    pub groups: Vec<i64>,
}
