//! A working group's shared pages, with every revision kept.
//!
//! `wg_pages` holds each page as it is now; `wg_page_revisions` holds every revision, the first
//! included, numbered from 1 without gaps, so a page's `revision` is also the number of its
//! revisions. A save names the revision the writer started from and is refused with
//! [`StorageError::Conflict`] when someone saved in between: the update is guarded by
//! `revision = base` and the new revision's row by its primary key, so two writers can never
//! both make revision N + 1.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageError, StorageResult};

/// A page as it is now.
#[derive(Debug, Clone, FromRow)]
pub struct Page {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub lang: String,
    pub revision: i64,
    pub updated_by: Option<i64>,
    pub updated_by_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

const PAGE: &str = "SELECT p.id, p.group_id, p.title, p.body_md, p.body_html, p.lang, p.revision, \
    p.updated_by, u.display_name AS updated_by_name, p.created_at, p.updated_at \
    FROM wg_pages p LEFT JOIN users u ON u.id = p.updated_by";

/// A page in the group's list.
#[derive(Debug, Clone, FromRow)]
pub struct PageRow {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub revision: i64,
    pub updated_by_name: Option<String>,
    pub updated_at: i64,
}

/// What a writer saves: the title, the Markdown and its rendering, the language it is in.
#[derive(Debug, Clone, Copy)]
pub struct PageText<'a> {
    pub title: &'a str,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub lang: &'a str,
}

/// Who saved, and what they said about it.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    pub author: i64,
    pub note: &'a str,
    /// The revision brought back, when the change restores one.
    pub restored_from: Option<i64>,
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// A new revision, with its number.
    Revision(i64),
    /// The text was the page's current text: no revision was made.
    Unchanged,
}

/// The group's pages, the most recently changed first.
pub async fn list(db: &Db, group_id: i64, limit: i64, offset: i64) -> StorageResult<Vec<PageRow>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title, p.lang, p.revision, u.display_name AS updated_by_name, p.updated_at \
         FROM wg_pages p LEFT JOIN users u ON u.id = p.updated_by WHERE p.group_id = $1 \
         ORDER BY p.updated_at DESC, p.id DESC LIMIT $2 OFFSET $3",
    )
    .bind(group_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

pub async fn count(db: &Db, group_id: i64) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM wg_pages WHERE group_id = $1")
            .bind(group_id)
            .fetch_one(db.reader())
            .await?,
    )
}

/// The page `page_id` if it belongs to group `group_id`.
pub async fn get(db: &Db, group_id: i64, page_id: i64) -> StorageResult<Option<Page>> {
    Ok(
        sqlx::query_as(&format!("{PAGE} WHERE p.id = $1 AND p.group_id = $2"))
            .bind(page_id)
            .bind(group_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

async fn insert_revision(
    conn: &mut Conn,
    page_id: i64,
    revision: i64,
    text: &PageText<'_>,
    change: &Change<'_>,
    at: i64,
) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO wg_page_revisions (page_id, revision, title, body_md, body_html, lang, note, \
         restored_from, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(page_id)
    .bind(revision)
    .bind(text.title)
    .bind(text.body_md)
    .bind(text.body_html)
    .bind(text.lang)
    .bind(change.note)
    .bind(change.restored_from)
    .bind(change.author)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Creates a page at revision 1; returns its id.
pub async fn create(
    conn: &mut Conn,
    group_id: i64,
    text: &PageText<'_>,
    change: &Change<'_>,
) -> StorageResult<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO wg_pages (group_id, title, body_md, body_html, lang, revision, updated_by, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $7) RETURNING id",
    )
    .bind(group_id)
    .bind(text.title)
    .bind(text.body_md)
    .bind(text.body_html)
    .bind(text.lang)
    .bind(change.author)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    insert_revision(conn, id, 1, text, change, at).await?;
    Ok(id)
}

/// Saves a new revision of page `page_id` of group `group_id`, written from revision `base`.
///
/// A text equal to the page's current one (title, Markdown and language) makes no revision and
/// returns [`Saved::Unchanged`], whatever `base` is: nothing would be lost. Otherwise, when the
/// page is no longer at `base`, nothing is written and the error is [`StorageError::Conflict`];
/// a page that is not in the group is [`StorageError::NotFound`].
pub async fn save(
    conn: &mut Conn,
    group_id: i64,
    page_id: i64,
    base: i64,
    text: &PageText<'_>,
    change: &Change<'_>,
) -> StorageResult<Saved> {
    let current: Option<(String, String, String)> =
        sqlx::query_as("SELECT title, body_md, lang FROM wg_pages WHERE id = $1 AND group_id = $2")
            .bind(page_id)
            .bind(group_id)
            .fetch_optional(&mut *conn)
            .await?;
    let (title, body_md, lang) = current.ok_or(StorageError::NotFound)?;
    if title == text.title && body_md == text.body_md && lang == text.lang {
        return Ok(Saved::Unchanged);
    }
    let at = now();
    let done = sqlx::query(
        "UPDATE wg_pages SET title = $1, body_md = $2, body_html = $3, lang = $4, \
         revision = revision + 1, updated_by = $5, updated_at = $6 \
         WHERE id = $7 AND group_id = $8 AND revision = $9",
    )
    .bind(text.title)
    .bind(text.body_md)
    .bind(text.body_html)
    .bind(text.lang)
    .bind(change.author)
    .bind(at)
    .bind(page_id)
    .bind(group_id)
    .bind(base)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::Conflict("page revision".into()));
    }
    let revision = base + 1;
    // The primary key refuses a second revision N + 1 even if the guard above were bypassed;
    // the unique violation arrives as a conflict too.
    insert_revision(conn, page_id, revision, text, change, at).await?;
    Ok(Saved::Revision(revision))
}

/// A revision in the page's history.
#[derive(Debug, Clone, FromRow)]
pub struct RevisionRow {
    pub revision: i64,
    pub title: String,
    pub lang: String,
    pub note: String,
    pub restored_from: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: i64,
}

/// A page of the page's revisions, the newest first (revisions run from 1 to the page's
/// `revision`, so that is their count).
pub async fn revisions(
    db: &Db,
    page_id: i64,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<RevisionRow>> {
    Ok(sqlx::query_as(
        "SELECT r.revision, r.title, r.lang, r.note, r.restored_from, \
         u.display_name AS author_name, r.created_at \
         FROM wg_page_revisions r LEFT JOIN users u ON u.id = r.author_id \
         WHERE r.page_id = $1 ORDER BY r.revision DESC LIMIT $2 OFFSET $3",
    )
    .bind(page_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

/// One revision, whole.
#[derive(Debug, Clone, FromRow)]
pub struct Revision {
    pub revision: i64,
    pub title: String,
    pub body_md: String,
    pub body_html: String,
    pub lang: String,
    pub note: String,
    pub restored_from: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: i64,
}

pub async fn revision(db: &Db, page_id: i64, revision: i64) -> StorageResult<Option<Revision>> {
    Ok(sqlx::query_as(
        "SELECT r.revision, r.title, r.body_md, r.body_html, r.lang, r.note, r.restored_from, \
         u.display_name AS author_name, r.created_at \
         FROM wg_page_revisions r LEFT JOIN users u ON u.id = r.author_id \
         WHERE r.page_id = $1 AND r.revision = $2",
    )
    .bind(page_id)
    .bind(revision)
    .fetch_optional(db.reader())
    .await?)
}
