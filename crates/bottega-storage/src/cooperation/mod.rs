//! The Cooperation section: long-term work between organisations.
//!
//! `partnerships` holds partnerships, their strategic themes and the organisations taking part
//! with their answer to the agreement (a partnership becomes active only once an admin of every
//! organisation has accepted the current terms); `plans` the joint action plan (objectives,
//! activities, milestones, indicators and their measured values); `twinnings` coaching pairs
//! inside a partnership with their four lots, activities and coaching log; `practices` the
//! best-practice repository (practices and their versions, tags, linked resources, labels and
//! adoption reports), `practice_docs` what the search index reads of published practices, and
//! `reviews` the review workflow (assignments, rubric scores, decisions).

pub mod partnerships;
pub mod plans;
pub mod practice_docs;
pub mod practices;
pub mod reviews;
pub mod twinnings;

use crate::{Conn, StorageResult};

/// Whether `user_id` is an admin of `org_id`, read inside a change so a decision taken on an
/// organisation's behalf is checked against the membership as it is when it is written.
pub async fn is_org_admin(conn: &mut Conn, org_id: i64, user_id: i64) -> StorageResult<bool> {
    let role: Option<String> =
        sqlx::query_scalar("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(role.as_deref() == Some("admin"))
}

/// Whether `user_id` belongs (in any role) to `org_id`, read inside a change.
pub async fn is_org_member(conn: &mut Conn, org_id: i64, user_id: i64) -> StorageResult<bool> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(n > 0)
}
