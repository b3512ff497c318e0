//! Server-side sessions. The browser holds a random 256-bit id; the database holds only its hash,
//! with the account it belongs to and when it ends.

use bottega_domain::{Millis, DAY, MINUTE};
use sqlx::FromRow;

use crate::{new_token, now, token_hash, Conn, Db, StorageResult};

/// Sessions last this long without use.
pub const IDLE_LIFETIME: Millis = 30 * DAY;
/// Seen-at is refreshed at most this often, so reading a page does not write to the database.
const TOUCH_EVERY: Millis = 5 * MINUTE;

/// The signed-in person behind a session, with what every page needs to know about them.
#[derive(Debug, Clone, FromRow)]
pub struct SessionUser {
    pub session_hash: String,
    pub last_seen_at: i64,
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub email_verified_at: Option<i64>,
    pub site_role: String,
    pub status: String,
    pub locale: Option<String>,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub is_minor: bool,
    pub handle: String,
    /// When the account was created: new accounts post under a smaller allowance.
    pub user_created_at: i64,
    /// Unread notifications, for the header of every page.
    pub unread_notifications: i64,
}

/// Starts a new session and returns the id to put in the cookie.
pub async fn create(conn: &mut Conn, user_id: i64, user_agent: &str) -> StorageResult<String> {
    let token = new_token();
    let at = now();
    let ua: String = user_agent.chars().take(200).collect();
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, user_agent) \
         VALUES ($1, $2, $3, $3, $4, $5)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(at)
    .bind(at + IDLE_LIFETIME)
    .bind(ua)
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// Finds the active account behind a session cookie, with its unread notifications, in one
/// query.
pub async fn lookup(db: &Db, token: &str) -> StorageResult<Option<SessionUser>> {
    Ok(sqlx::query_as(&format!(
        "SELECT s.id_hash AS session_hash, s.last_seen_at, u.id AS user_id, u.display_name, u.email, \
         u.email_verified_at, u.site_role, u.status, u.locale, u.is_minor, u.handle, \
         u.created_at AS user_created_at, ({}) AS unread_notifications \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.status = 'active'",
        crate::communication::notifications::unread_count_sql("u.id")
    ))
    .bind(token_hash(token))
    .bind(now())
    .fetch_optional(db.reader())
    .await?)
}

/// Whether the session's seen-at is old enough to be worth a write.
pub fn needs_touch(last_seen_at: Millis, at: Millis) -> bool {
    at - last_seen_at > TOUCH_EVERY
}

/// Pushes the end of a session that is in use.
pub async fn touch(db: &Db, session_hash: &str) -> StorageResult<()> {
    let at = now();
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE id_hash = $3")
        .bind(at)
        .bind(at + IDLE_LIFETIME)
        .bind(session_hash)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete(conn: &mut Conn, session_hash: &str) -> StorageResult<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(session_hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Removes ended sessions; run from the job queue now and then.
pub async fn purge_expired(db: &Db) -> StorageResult<u64> {
    let mut tx = db.begin().await?;
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(now())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}
