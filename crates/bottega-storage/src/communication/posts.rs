//! Posts: the opening post and the replies (answers, for a question) of a thread, their edit
//! history, soft deletion and votes.

use bottega_domain::Language;
use sqlx::FromRow;

use super::outbox;
use super::threads::{add_help, post_author, HelpRecord, QUESTION};
use crate::{now, Conn, Db, StorageError, StorageResult};

/// A post as a thread page shows it.
#[derive(Debug, Clone, FromRow)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub position: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub author_handle: Option<String>,
    pub author_avatar: Option<String>,
    pub body_html: String,
    pub lang: String,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub lang_detected: bool,
    pub votes: i64,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub edit_count: i32,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
    /// Whether the reader has voted for (liked) this post.
    #[sqlx(try_from = "crate::flag::Flag")]
    pub voted: bool,
}

impl Post {
    pub fn language(&self) -> Option<Language> {
        Language::parse(&self.lang)
    }
    pub fn is_opening(&self) -> bool {
        self.position == 1
    }
}

const SELECT: &str = "SELECT p.id, p.thread_id, p.position, p.author_id, u.display_name AS author_name, \
    u.handle AS author_handle, u.avatar_key AS author_avatar, p.body_html, p.lang, p.lang_detected, \
    p.votes, p.created_at, p.edited_at, p.edit_count, p.deleted_at, p.hidden_at, \
    EXISTS (SELECT 1 FROM post_votes v WHERE v.post_id = p.id AND v.user_id = $1) AS voted \
    FROM posts p LEFT JOIN users u ON u.id = p.author_id";

/// The posts of a discussion at positions `from..=to`: pages by position never shift, however
/// many people post meanwhile.
pub async fn by_positions(
    db: &Db,
    reader_id: i64,
    thread_id: i64,
    from: i64,
    to: i64,
) -> StorageResult<Vec<Post>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE p.thread_id = $2 AND p.position BETWEEN $3 AND $4 ORDER BY p.position"
    ))
    .bind(reader_id)
    .bind(thread_id)
    .bind(from)
    .bind(to)
    .fetch_all(db.reader())
    .await?)
}

/// The answers of a question: the accepted one first, then by votes, then in order.
pub async fn answers(
    db: &Db,
    reader_id: i64,
    thread_id: i64,
    accepted: Option<i64>,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<Post>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE p.thread_id = $2 AND p.position > 1 \
         ORDER BY CASE WHEN p.id = $3 THEN 0 ELSE 1 END, \
         CASE WHEN p.deleted_at IS NULL AND p.hidden_at IS NULL THEN 0 ELSE 1 END, \
         p.votes DESC, p.position LIMIT $4 OFFSET $5"
    ))
    .bind(reader_id)
    .bind(thread_id)
    .bind(accepted.unwrap_or(0))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

pub async fn by_id(db: &Db, reader_id: i64, post_id: i64) -> StorageResult<Post> {
    Ok(sqlx::query_as(&format!("{SELECT} WHERE p.id = $2"))
        .bind(reader_id)
        .bind(post_id)
        .fetch_one(db.reader())
        .await?)
}

/// The Markdown of a post, to edit or quote it.
pub async fn source(db: &Db, post_id: i64) -> StorageResult<String> {
    Ok(
        sqlx::query_scalar("SELECT body_md FROM posts WHERE id = $1")
            .bind(post_id)
            .fetch_one(db.reader())
            .await?,
    )
}

pub struct NewPost<'a> {
    pub thread_id: i64,
    pub author_id: i64,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub lang: Language,
    pub lang_detected: bool,
}

/// Adds a reply. Its position comes from the thread's counter, incremented in the same
/// statement, so two replies at the same moment get different positions. Returns (id, position).
pub async fn reply(conn: &mut Conn, p: &NewPost<'_>) -> StorageResult<(i64, i64)> {
    let at = now();
    let numbered: Option<(i64, String)> = sqlx::query_as(
        "UPDATE threads SET post_seq = post_seq + 1, reply_count = reply_count + 1, \
         last_post_at = $1, last_post_by = $2 WHERE id = $3 RETURNING post_seq, kind",
    )
    .bind(at)
    .bind(p.author_id)
    .bind(p.thread_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (position, kind) = numbered.ok_or(StorageError::NotFound)?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO posts (thread_id, position, author_id, body_md, body_html, lang, lang_detected, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(p.thread_id)
    .bind(position)
    .bind(p.author_id)
    .bind(p.body_md)
    .bind(p.body_html)
    .bind(p.lang.code())
    .bind(p.lang_detected)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE communities SET post_count = post_count + 1, last_post_at = $1 \
         WHERE id = (SELECT community_id FROM threads WHERE id = $2)",
    )
    .bind(at)
    .bind(p.thread_id)
    .execute(&mut *conn)
    .await?;
    if kind == QUESTION {
        add_help(conn, &[(Some(p.author_id), HelpRecord::answers(1))]).await?;
    }
    super::threads::follow(conn, p.thread_id, p.author_id).await?;
    Ok((id, position))
}

/// Replaces a post's text, keeping the previous version in its history.
pub async fn edit(
    conn: &mut Conn,
    post_id: i64,
    editor_id: i64,
    body_md: &str,
    body_html: &str,
    lang: Language,
) -> StorageResult<()> {
    let at = now();
    let previous: Option<(String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT body_md, body_html, lang, thread_id, position FROM posts WHERE id = $1",
    )
    .bind(post_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (old_md, old_html, old_lang, thread_id, position) =
        previous.ok_or(StorageError::NotFound)?;
    sqlx::query(
        "INSERT INTO post_revisions (post_id, body_md, body_html, lang, edited_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(post_id)
    .bind(old_md)
    .bind(old_html)
    .bind(old_lang)
    .bind(editor_id)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE posts SET body_md = $1, body_html = $2, lang = $3, lang_detected = FALSE, \
         edited_at = $4, edit_count = edit_count + 1 WHERE id = $5",
    )
    .bind(body_md)
    .bind(body_html)
    .bind(lang.code())
    .bind(at)
    .bind(post_id)
    .execute(&mut *conn)
    .await?;
    if position == 1 {
        sqlx::query("UPDATE threads SET lang = $1 WHERE id = $2")
            .bind(lang.code())
            .bind(thread_id)
            .execute(&mut *conn)
            .await?;
        outbox(conn, "thread", thread_id).await?;
    }
    Ok(())
}

/// A previous version of a post.
#[derive(Debug, Clone, FromRow)]
pub struct Revision {
    pub id: i64,
    pub body_html: String,
    pub lang: String,
    pub editor_name: Option<String>,
    pub created_at: i64,
}

/// The versions a post had before its edits, newest first.
pub async fn revisions(db: &Db, post_id: i64) -> StorageResult<Vec<Revision>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.body_html, r.lang, u.display_name AS editor_name, r.created_at \
         FROM post_revisions r LEFT JOIN users u ON u.id = r.edited_by \
         WHERE r.post_id = $1 ORDER BY r.created_at DESC, r.id DESC",
    )
    .bind(post_id)
    .fetch_all(db.reader())
    .await?)
}

/// Deletes a post softly: it stays in place, shown as deleted. Deleting the opening post deletes
/// the thread.
pub async fn delete(conn: &mut Conn, post_id: i64) -> StorageResult<()> {
    let at = now();
    let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
        "UPDATE posts SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL \
         RETURNING thread_id, position, author_id",
    )
    .bind(at)
    .bind(post_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((thread_id, position, author_id)) = row else {
        return Ok(());
    };
    if position == 1 {
        // Only a thread not deleted yet changes the help counters: its question and its
        // accepted answer count no more (the answers in it still do).
        let thread: Option<(String, Option<i64>, Option<i64>)> = sqlx::query_as(
            "UPDATE threads SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL \
             RETURNING kind, author_id, accepted_post_id",
        )
        .bind(at)
        .bind(thread_id)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((kind, asker, accepted)) = thread {
            let mut changes = Vec::with_capacity(2);
            if kind == QUESTION {
                changes.push((asker, HelpRecord::questions(-1)));
            }
            if let Some(accepted) = accepted {
                changes.push((post_author(conn, accepted).await?, HelpRecord::accepted(-1)));
            }
            add_help(conn, &changes).await?;
        }
    } else {
        // A deleted answer counts no more, and can no longer be the accepted one.
        let kind: Option<String> = sqlx::query_scalar("SELECT kind FROM threads WHERE id = $1")
            .bind(thread_id)
            .fetch_optional(&mut *conn)
            .await?;
        let unaccepted = unaccept(conn, thread_id, post_id).await?;
        let change = HelpRecord {
            answers: if kind.as_deref() == Some(QUESTION) {
                -1
            } else {
                0
            },
            accepted: if unaccepted { -1 } else { 0 },
            questions: 0,
        };
        add_help(conn, &[(author_id, change)]).await?;
    }
    outbox(conn, "thread", thread_id).await
}

/// Takes away a thread's accepted answer if it is `post_id`. Returns whether that changed the
/// help record of the answer's author: it was accepted, in a thread not deleted.
pub(crate) async fn unaccept(conn: &mut Conn, thread_id: i64, post_id: i64) -> StorageResult<bool> {
    let cleared: Option<Option<i64>> = sqlx::query_scalar(
        "UPDATE threads SET accepted_post_id = NULL WHERE id = $1 AND accepted_post_id = $2 \
         RETURNING deleted_at",
    )
    .bind(thread_id)
    .bind(post_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(matches!(cleared, Some(None)))
}

/// Records one vote (or like). Returns false when this person had already voted.
pub async fn vote(conn: &mut Conn, post_id: i64, user_id: i64) -> StorageResult<bool> {
    let done = sqlx::query(
        "INSERT INTO post_votes (post_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (post_id, user_id) DO NOTHING",
    )
    .bind(post_id)
    .bind(user_id)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("UPDATE posts SET votes = votes + 1 WHERE id = $1")
        .bind(post_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Takes a vote back. Returns false when there was none.
pub async fn unvote(conn: &mut Conn, post_id: i64, user_id: i64) -> StorageResult<bool> {
    let done = sqlx::query("DELETE FROM post_votes WHERE post_id = $1 AND user_id = $2")
        .bind(post_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("UPDATE posts SET votes = votes - 1 WHERE id = $1")
        .bind(post_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Where a post is: its thread, position and author, for checks before changing it.
#[derive(Debug, Clone, FromRow)]
pub struct PostPlace {
    pub id: i64,
    pub thread_id: i64,
    pub position: i64,
    pub author_id: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
}

pub async fn place(db: &Db, post_id: i64) -> StorageResult<PostPlace> {
    Ok(sqlx::query_as(
        "SELECT id, thread_id, position, author_id, deleted_at, hidden_at FROM posts WHERE id = $1",
    )
    .bind(post_id)
    .fetch_one(db.reader())
    .await?)
}

/// The number of posts a person wrote since `since`, counted up to `at_most`: for the posting
/// allowance, which only asks whether the count reached it. Counting on would read every post
/// of a prolific writer's hour for each new one.
pub async fn count_by_author_since(
    db: &Db,
    user_id: i64,
    since: i64,
    at_most: i64,
) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT 1 FROM posts WHERE author_id = $1 AND created_at > $2 \
         LIMIT $3) recent",
    )
    .bind(user_id)
    .bind(since)
    .bind(at_most)
    .fetch_one(db.reader())
    .await?)
}
