//! In-app notifications: mentions, replies to followed threads, accepted answers and moderation
//! decisions. A notification about a thread is only created for, and only shown to, someone who
//! may see that thread's community at that moment.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageResult};

pub const MENTION: &str = "mention";
pub const REPLY: &str = "reply";
pub const ACCEPTED: &str = "accepted";
pub const MODERATION: &str = "moderation";

/// The condition that user `$uid` (the recipient) may see community alias `c`, as
/// [`super::Reader::visible_sql`] for a signed-in member.
fn recipient_sees(uid: &str) -> String {
    format!(
        "(EXISTS (SELECT 1 FROM users su WHERE su.id = {uid} \
         AND su.site_role IN ('admin', 'moderator')) OR {})",
        super::member_sees(uid)
    )
}

pub struct NewNotification<'a> {
    pub user_id: i64,
    pub kind: &'a str,
    pub thread_id: Option<i64>,
    pub post_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub detail: &'a str,
}

/// Creates a notification unless its recipient is its actor, is suspended, or may not see the
/// thread. Returns the new id, if one was made.
pub async fn notify(conn: &mut Conn, n: &NewNotification<'_>) -> StorageResult<Option<i64>> {
    insert_if_allowed(conn, n, false).await
}

/// One statement that checks and inserts: a job notifying a post's followers makes one per
/// follower inside the single writer's transaction, where every statement is a round trip.
async fn insert_if_allowed(
    conn: &mut Conn,
    n: &NewNotification<'_>,
    once: bool,
) -> StorageResult<Option<i64>> {
    if n.actor_id == Some(n.user_id) {
        return Ok(None);
    }
    let allowed = match n.thread_id {
        Some(_) => format!(
            "EXISTS (SELECT 1 FROM threads t JOIN communities c ON c.id = t.community_id \
             JOIN users u ON u.id = $1 AND u.status = 'active' WHERE t.id = $3 AND {})",
            recipient_sees("$1")
        ),
        None => "EXISTS (SELECT 1 FROM users WHERE id = $1 AND status = 'active')".to_string(),
    };
    // Found through `notifications_by_post` (migration 0009).
    let not_made = if once && n.post_id.is_some() {
        " AND NOT EXISTS (SELECT 1 FROM notifications m \
         WHERE m.user_id = $1 AND m.post_id = $4 AND m.kind = $2)"
    } else {
        ""
    };
    Ok(sqlx::query_scalar(&format!(
        "INSERT INTO notifications (user_id, kind, thread_id, post_id, actor_id, detail, created_at) \
         SELECT $1, $2, $3, $4, $5, $6, $7 WHERE {allowed}{not_made} RETURNING id"
    ))
    .bind(n.user_id)
    .bind(n.kind)
    .bind(n.thread_id)
    .bind(n.post_id)
    .bind(n.actor_id)
    .bind(n.detail)
    .bind(now())
    .fetch_optional(&mut *conn)
    .await?)
}

/// Whether a new post is still there to be announced: neither it nor its thread deleted or
/// hidden. The notifications about a post are made by a job after the post's own transaction, so
/// a moderator may have acted in between. On PostgreSQL the post's row stays locked until the
/// caller commits, so two runs of the same job (a lease that ran out) take turns and the second
/// sees what the first made; SQLite runs one writing transaction at a time anyway. The lock is
/// `NO KEY UPDATE`, which rows referring to the post (a notification made meanwhile by an
/// acceptance, say) do not wait for: a full `UPDATE` lock deadlocked with them.
pub async fn post_is_live(conn: &mut Conn, thread_id: i64, post_id: i64) -> StorageResult<bool> {
    let lock = if crate::locks_rows(conn) {
        " FOR NO KEY UPDATE OF p"
    } else {
        ""
    };
    let found: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id \
         WHERE p.id = $1 AND p.thread_id = $2 AND p.deleted_at IS NULL AND p.hidden_at IS NULL \
         AND t.deleted_at IS NULL AND t.hidden_at IS NULL{lock}"
    ))
    .bind(post_id)
    .bind(thread_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.is_some())
}

/// The people who followed a post's thread when the post was written: its notifications are
/// made later, by a job, and someone who starts following in between is not told of a post
/// that came before (nor is anyone who stopped following in between).
pub async fn followers_at_post(db: &Db, thread_id: i64, post_id: i64) -> StorageResult<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT f.user_id FROM thread_follows f JOIN posts p ON p.id = $2 \
         WHERE f.thread_id = $1 AND f.created_at <= p.created_at",
    )
    .bind(thread_id)
    .bind(post_id)
    .fetch_all(db.reader())
    .await?)
}

/// Like [`notify`], but makes nothing if the recipient already has a notification of this kind
/// about this post: a job that makes them may run twice (after a crash, before it was marked
/// done), and must not notify anyone twice.
pub async fn notify_once(conn: &mut Conn, n: &NewNotification<'_>) -> StorageResult<Option<i64>> {
    insert_if_allowed(conn, n, true).await
}

/// A notification as the list shows it.
#[derive(Debug, Clone, FromRow)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub thread_id: Option<i64>,
    pub post_id: Option<i64>,
    /// Where the post is in its thread, and the thread's kind, to link to the right page.
    pub post_position: Option<i64>,
    pub thread_kind: Option<String>,
    pub thread_title: Option<String>,
    pub actor_name: Option<String>,
    pub detail: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

const SELECT: &str = "SELECT n.id, n.kind, n.thread_id, n.post_id, np.position AS post_position, \
    t.kind AS thread_kind, t.title AS thread_title, a.display_name AS actor_name, n.detail, \
    n.created_at, n.read_at \
    FROM notifications n LEFT JOIN threads t ON t.id = n.thread_id \
    LEFT JOIN communities c ON c.id = t.community_id \
    LEFT JOIN posts np ON np.id = n.post_id \
    LEFT JOIN users a ON a.id = n.actor_id";

/// A person's notifications, newest first, leaving out those about threads they may no longer
/// see (they left the organisation, the thread moved).
pub async fn list(
    db: &Db,
    user_id: i64,
    limit: i64,
    offset: i64,
) -> StorageResult<(Vec<Notification>, i64)> {
    let visible = format!("(n.thread_id IS NULL OR {})", recipient_sees("$1"));
    let rows = sqlx::query_as(&format!(
        "{SELECT} WHERE n.user_id = $1 AND {visible} ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(user_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM notifications n LEFT JOIN threads t ON t.id = n.thread_id \
         LEFT JOIN communities c ON c.id = t.community_id WHERE n.user_id = $1 AND {visible}"
    ))
    .bind(user_id)
    .fetch_one(db.reader())
    .await?;
    Ok((rows, total))
}

/// The SQL of the number shown beside the bell, for the person whose id is the SQL expression
/// `uid`: unread notifications about what they may still see. The session lookup embeds it, so
/// a page costs one query for both.
pub(crate) fn unread_count_sql(uid: &str) -> String {
    format!(
        "SELECT COUNT(*) FROM notifications n LEFT JOIN threads t ON t.id = n.thread_id \
         LEFT JOIN communities c ON c.id = t.community_id \
         WHERE n.user_id = {uid} AND n.read_at IS NULL AND (n.thread_id IS NULL OR {})",
        recipient_sees(uid)
    )
}

/// The number shown beside the bell.
pub async fn unread_count(db: &Db, user_id: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(&unread_count_sql("$1"))
        .bind(user_id)
        .fetch_one(db.reader())
        .await?)
}

/// Marks one notification (or, with `None`, all) of this person as read.
pub async fn mark_read(conn: &mut Conn, user_id: i64, id: Option<i64>) -> StorageResult<()> {
    sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL \
         AND ($3 = 0 OR id = $3)",
    )
    .bind(now())
    .bind(user_id)
    .bind(id.unwrap_or(0))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// One notification of this person, if it is theirs (to follow its link).
pub async fn one(db: &Db, user_id: i64, id: i64) -> StorageResult<Option<Notification>> {
    Ok(
        sqlx::query_as(&format!("{SELECT} WHERE n.user_id = $1 AND n.id = $2"))
            .bind(user_id)
            .bind(id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// A notification waiting to be emailed, with what the email needs.
#[derive(Debug, Clone, FromRow)]
pub struct Pending {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub locale: Option<String>,
    pub display_name: String,
    pub kind: String,
    pub thread_id: Option<i64>,
    pub post_id: Option<i64>,
    pub post_position: Option<i64>,
    pub thread_kind: Option<String>,
    pub thread_title: Option<String>,
    pub actor_name: Option<String>,
    pub detail: String,
    pub created_at: i64,
}

const PENDING: &str =
    "SELECT n.id, n.user_id, u.email, u.locale, u.display_name, n.kind, n.thread_id, \
    n.post_id, np.position AS post_position, t.kind AS thread_kind, t.title AS thread_title, \
    a.display_name AS actor_name, n.detail, n.created_at \
    FROM notifications n JOIN users u ON u.id = n.user_id \
    LEFT JOIN threads t ON t.id = n.thread_id LEFT JOIN communities c ON c.id = t.community_id \
    LEFT JOIN posts np ON np.id = n.post_id LEFT JOIN users a ON a.id = n.actor_id";

/// One notification to email now (for people who want each one), if still unread and visible.
pub async fn pending_one(db: &Db, id: i64) -> StorageResult<Option<Pending>> {
    Ok(sqlx::query_as(&format!(
        "{PENDING} WHERE n.id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL \
         AND u.status = 'active' AND u.email_verified_at IS NOT NULL AND u.notify_email = 'each' \
         AND (n.thread_id IS NULL OR {})",
        recipient_sees("n.user_id")
    ))
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// People on the daily digest with unread notifications not yet emailed, at most `limit`.
pub async fn digest_users(conn: &mut Conn, limit: i64) -> StorageResult<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT n.user_id FROM notifications n JOIN users u ON u.id = n.user_id \
         WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND u.notify_email = 'digest' \
         AND u.status = 'active' ORDER BY n.user_id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?)
}

/// One person's unread, not yet emailed notifications that they may still see, oldest first.
pub async fn pending_for_user(conn: &mut Conn, user_id: i64) -> StorageResult<Vec<Pending>> {
    Ok(sqlx::query_as(&format!(
        "{PENDING} WHERE n.user_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL \
         AND u.email_verified_at IS NOT NULL AND (n.thread_id IS NULL OR {}) ORDER BY n.created_at, n.id",
        recipient_sees("n.user_id")
    ))
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?)
}

/// Records that notifications went out by email (or need not: read, or no longer visible).
pub async fn mark_emailed(conn: &mut Conn, ids: &[i64]) -> StorageResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "UPDATE notifications SET emailed_at = $1 WHERE id IN ({})",
        crate::placeholders(2, ids.len())
    );
    let mut q = sqlx::query(&sql).bind(now());
    for id in ids {
        q = q.bind(*id);
    }
    q.execute(&mut *conn).await?;
    Ok(())
}

/// Marks every unread notification of people on digests as handled once their digest is built,
/// including those no longer visible to them.
pub async fn mark_digest_sent(conn: &mut Conn, user_id: i64) -> StorageResult<()> {
    let at = now();
    sqlx::query(
        "UPDATE notifications SET emailed_at = $1 WHERE user_id = $2 AND emailed_at IS NULL",
    )
    .bind(at)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE users SET digest_sent_at = $1 WHERE id = $2")
        .bind(at)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
