//! Moderation: flags raised by members, the queue per community, and what moderators do to
//! threads and posts. The web layer writes every action to the audit log.

use sqlx::FromRow;

use super::outbox;
use super::threads::{add_help, HelpRecord};
use crate::{now, Conn, Db, StorageError, StorageResult};

/// Raises a flag on a post; `Conflict` when this person already has an open flag on it.
pub async fn flag(
    conn: &mut Conn,
    post_id: i64,
    reporter_id: i64,
    reason: &str,
    note: &str,
) -> StorageResult<i64> {
    let community_id: Option<i64> = sqlx::query_scalar(
        "SELECT t.community_id FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1",
    )
    .bind(post_id)
    .fetch_optional(&mut *conn)
    .await?;
    let community_id = community_id.ok_or(StorageError::NotFound)?;
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM flags WHERE post_id = $1 AND reporter_id = $2 AND status = 'open'",
    )
    .bind(post_id)
    .bind(reporter_id)
    .fetch_one(&mut *conn)
    .await?;
    if open > 0 {
        return Err(StorageError::Conflict("flag".into()));
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO flags (post_id, community_id, reporter_id, reason, note, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id",
    )
    .bind(post_id)
    .bind(community_id)
    .bind(reporter_id)
    .bind(reason)
    .bind(note)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// An open flag in the queue, with the post it is about.
#[derive(Debug, Clone, FromRow)]
pub struct QueuedFlag {
    pub id: i64,
    pub post_id: i64,
    pub thread_id: i64,
    pub thread_title: String,
    pub position: i64,
    pub body_html: String,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub reporter_name: Option<String>,
    pub reason: String,
    pub note: String,
    pub created_at: i64,
    pub hidden_at: Option<i64>,
}

/// The open flags of one community (or of all, with `None`), oldest first.
pub async fn queue(db: &Db, community_id: Option<i64>) -> StorageResult<Vec<QueuedFlag>> {
    Ok(sqlx::query_as(
        "SELECT f.id, f.post_id, p.thread_id, t.title AS thread_title, p.position, p.body_html, \
         p.author_id, au.display_name AS author_name, r.display_name AS reporter_name, f.reason, \
         f.note, f.created_at, p.hidden_at \
         FROM flags f JOIN posts p ON p.id = f.post_id JOIN threads t ON t.id = p.thread_id \
         LEFT JOIN users au ON au.id = p.author_id LEFT JOIN users r ON r.id = f.reporter_id \
         WHERE f.status = 'open' AND ($1 = 0 OR f.community_id = $1) ORDER BY f.created_at, f.id LIMIT 200",
    )
    .bind(community_id.unwrap_or(0))
    .fetch_all(db.reader())
    .await?)
}

/// Open flags per community, for the moderators' overview.
pub async fn open_counts(db: &Db) -> StorageResult<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT community_id, COUNT(*) FROM flags WHERE status = 'open' GROUP BY community_id",
    )
    .fetch_all(db.reader())
    .await?)
}

/// Closes every open flag on a post as `upheld` or `dismissed`. Returns how many were open.
pub async fn resolve_flags(
    conn: &mut Conn,
    post_id: i64,
    status: &str,
    moderator: i64,
) -> StorageResult<u64> {
    Ok(sqlx::query(
        "UPDATE flags SET status = $1, resolved_by = $2, resolved_at = $3 \
         WHERE post_id = $4 AND status = 'open'",
    )
    .bind(status)
    .bind(moderator)
    .bind(now())
    .bind(post_id)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// Hides a post (or shows it again): others see that a moderator hid it.
pub async fn set_post_hidden(
    conn: &mut Conn,
    post_id: i64,
    hidden: bool,
    moderator: i64,
) -> StorageResult<()> {
    let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
        "UPDATE posts SET hidden_at = $1, hidden_by = $2 WHERE id = $3 \
         RETURNING thread_id, position, author_id",
    )
    .bind(hidden.then(now))
    .bind(hidden.then_some(moderator))
    .bind(post_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (thread_id, position, author_id) = row.ok_or(StorageError::NotFound)?;
    if position == 1 {
        // Hiding the opening post hides the thread from lists and search.
        sqlx::query("UPDATE threads SET hidden_at = $1 WHERE id = $2")
            .bind(hidden.then(now))
            .bind(thread_id)
            .execute(&mut *conn)
            .await?;
    } else if hidden && super::posts::unaccept(conn, thread_id, post_id).await? {
        // A hidden answer is no longer the accepted one (showing it again does not make it so):
        // its author's accepted answers go down. Hiding changes no other figure of the record.
        add_help(conn, &[(author_id, HelpRecord::accepted(-1))]).await?;
    }
    outbox(conn, "thread", thread_id).await
}

pub async fn set_locked(conn: &mut Conn, thread_id: i64, locked: bool) -> StorageResult<()> {
    sqlx::query("UPDATE threads SET locked = $1 WHERE id = $2")
        .bind(locked)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_pinned(conn: &mut Conn, thread_id: i64, pinned: bool) -> StorageResult<()> {
    sqlx::query("UPDATE threads SET pinned = $1 WHERE id = $2")
        .bind(pinned)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Moves a thread to another community, with its counts.
///
/// On PostgreSQL the rows are locked in one order whatever the direction: the thread first (as a
/// reply does), then the two communities by id. Two threads moved the opposite way between the
/// same two communities at the same moment would otherwise each hold one community and wait for
/// the other, and PostgreSQL would abort one of the moves as a deadlock.
pub async fn move_thread(conn: &mut Conn, thread_id: i64, to_community: i64) -> StorageResult<()> {
    // A change that changes nothing takes the thread's row lock and reads it in one statement.
    let from: Option<(i64, i64)> = sqlx::query_as(
        "UPDATE threads SET post_seq = post_seq WHERE id = $1 RETURNING community_id, post_seq",
    )
    .bind(thread_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (from, posts) = from.ok_or(StorageError::NotFound)?;
    if from == to_community {
        return Ok(());
    }
    let mut counts = [(from, -1_i64), (to_community, 1)];
    counts.sort_unstable();
    for (community, sign) in counts {
        sqlx::query(
            "UPDATE communities SET thread_count = thread_count + $1, post_count = post_count + $2 \
             WHERE id = $3",
        )
        .bind(sign)
        .bind(sign * posts)
        .bind(community)
        .execute(&mut *conn)
        .await?;
    }
    // The question counts' trigger (migration 0012) changes the same two rows, now already held.
    sqlx::query("UPDATE threads SET community_id = $1 WHERE id = $2")
        .bind(to_community)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE flags SET community_id = $1 WHERE post_id IN (SELECT id FROM posts WHERE thread_id = $2)")
        .bind(to_community)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    outbox(conn, "thread", thread_id).await
}
