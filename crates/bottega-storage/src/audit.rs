//! The audit log: who did what to whom, for administrators' and moderators' actions.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageResult};

pub async fn record(
    conn: &mut Conn,
    actor_id: Option<i64>,
    action: &str,
    target_type: &str,
    target_id: Option<i64>,
    detail: &str,
) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, target_type, target_id, detail, at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(actor_id)
    .bind(action)
    .bind(target_type)
    .bind(target_id)
    .bind(detail)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub actor_name: Option<String>,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<i64>,
    pub target_name: Option<String>,
    pub detail: String,
    pub at: i64,
}

/// Newest first, with the names of the actor and of a target person in the same query.
pub async fn list(db: &Db, limit: i64, offset: i64) -> StorageResult<(Vec<AuditEntry>, i64)> {
    let rows = sqlx::query_as(
        "SELECT a.id, actor.display_name AS actor_name, a.action, a.target_type, a.target_id, \
         CASE WHEN a.target_type = 'user' THEN target.display_name \
              WHEN a.target_type = 'organisation' THEN org.name END AS target_name, \
         a.detail, a.at \
         FROM audit_log a \
         LEFT JOIN users actor ON actor.id = a.actor_id \
         LEFT JOIN users target ON a.target_type = 'user' AND target.id = a.target_id \
         LEFT JOIN organisations org ON a.target_type = 'organisation' AND org.id = a.target_id \
         ORDER BY a.at DESC, a.id DESC LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.reader())
        .await?;
    Ok((rows, total))
}
