//! What members say about a resource: ratings (1–5, one per member, changeable), comments and
//! reuse reports. The resource keeps running totals so lists and pages need no aggregates.

use bottega_domain::{Country, Language};
use sqlx::FromRow;

use crate::{now, Conn, Db, StorageError, StorageResult};

/// Rates a resource, or changes this member's earlier rating. `stars` must be 1 to 5.
pub async fn rate(
    conn: &mut Conn,
    resource_id: i64,
    user_id: i64,
    stars: i64,
) -> StorageResult<()> {
    if !(1..=5).contains(&stars) {
        return Err(StorageError::Corrupt(format!("rating {stars} outside 1-5")));
    }
    let at = now();
    let before: Option<i64> = sqlx::query_scalar(
        "SELECT stars FROM resource_ratings WHERE resource_id = $1 AND user_id = $2",
    )
    .bind(resource_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    match before {
        Some(old) => {
            sqlx::query(
                "UPDATE resource_ratings SET stars = $1, updated_at = $2 WHERE resource_id = $3 AND user_id = $4",
            )
            .bind(stars)
            .bind(at)
            .bind(resource_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
            sqlx::query("UPDATE resources SET rating_sum = rating_sum + $1 WHERE id = $2")
                .bind(stars - old)
                .bind(resource_id)
                .execute(&mut *conn)
                .await?;
        }
        None => {
            sqlx::query(
                "INSERT INTO resource_ratings (resource_id, user_id, stars, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(resource_id)
            .bind(user_id)
            .bind(stars)
            .bind(at)
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "UPDATE resources SET rating_sum = rating_sum + $1, rating_count = rating_count + 1 WHERE id = $2",
            )
            .bind(stars)
            .bind(resource_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    // The rating is a sort key of the index.
    crate::communication::outbox(conn, super::OUTBOX_KIND, resource_id).await
}

/// The ratings of a resource as its page shows them, in one read: how many of each number of
/// stars (index 0 = one star), and the stars `reader_id` gave (`None` when they gave none; pass
/// 0 for a reader who is not signed in).
pub async fn ratings(
    db: &Db,
    resource_id: i64,
    reader_id: i64,
) -> StorageResult<([i64; 5], Option<i64>)> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT CAST(stars AS BIGINT), COUNT(*), \
         CAST(MAX(CASE WHEN user_id = $2 THEN 1 ELSE 0 END) AS BIGINT) \
         FROM resource_ratings WHERE resource_id = $1 GROUP BY stars",
    )
    .bind(resource_id)
    .bind(reader_id)
    .fetch_all(db.reader())
    .await?;
    let mut counts = [0; 5];
    let mut mine = None;
    for (stars, n, by_reader) in rows {
        if (1..=5).contains(&stars) {
            counts[(stars - 1) as usize] = n;
        }
        if by_reader == 1 {
            mine = Some(stars);
        }
    }
    Ok((counts, mine))
}

#[derive(Debug, Clone, FromRow)]
pub struct Comment {
    pub id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub author_handle: Option<String>,
    pub body_html: String,
    pub lang: String,
    pub created_at: i64,
    pub deleted_at: Option<i64>,
}

pub async fn add_comment(
    conn: &mut Conn,
    resource_id: i64,
    author_id: i64,
    body_md: &str,
    body_html: &str,
    lang: Language,
) -> StorageResult<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO resource_comments (resource_id, author_id, body_md, body_html, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(resource_id)
    .bind(author_id)
    .bind(body_md)
    .bind(body_html)
    .bind(lang.code())
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE resources SET comment_count = comment_count + 1 WHERE id = $1")
        .bind(resource_id)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// Removes a comment (its place stays, marked as deleted). Returns its author, if it existed.
pub async fn delete_comment(
    conn: &mut Conn,
    resource_id: i64,
    id: i64,
) -> StorageResult<Option<i64>> {
    let author: Option<Option<i64>> = sqlx::query_scalar(
        "SELECT author_id FROM resource_comments WHERE id = $1 AND resource_id = $2 AND deleted_at IS NULL",
    )
    .bind(id)
    .bind(resource_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(author) = author else {
        return Err(StorageError::NotFound);
    };
    sqlx::query(
        "UPDATE resource_comments SET deleted_at = $1, body_md = '', body_html = '' WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE resources SET comment_count = comment_count - 1 WHERE id = $1")
        .bind(resource_id)
        .execute(&mut *conn)
        .await?;
    Ok(author)
}

/// The author of a live comment of this resource.
pub async fn comment_author(
    db: &Db,
    resource_id: i64,
    id: i64,
) -> StorageResult<Option<Option<i64>>> {
    Ok(sqlx::query_scalar(
        "SELECT author_id FROM resource_comments WHERE id = $1 AND resource_id = $2 AND deleted_at IS NULL",
    )
    .bind(id)
    .bind(resource_id)
    .fetch_optional(db.reader())
    .await?)
}

/// Comments in the order they were written.
pub async fn comments(db: &Db, resource_id: i64) -> StorageResult<Vec<Comment>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.author_id, u.display_name AS author_name, u.handle AS author_handle, c.body_html, \
         c.lang, c.created_at, c.deleted_at FROM resource_comments c LEFT JOIN users u ON u.id = c.author_id \
         WHERE c.resource_id = $1 ORDER BY c.created_at, c.id LIMIT 500",
    )
    .bind(resource_id)
    .fetch_all(db.reader())
    .await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Reuse {
    pub id: i64,
    pub author_name: Option<String>,
    pub author_handle: Option<String>,
    pub org_name: Option<String>,
    pub org_slug: Option<String>,
    pub country: Option<String>,
    pub body_html: String,
    pub lang: String,
    pub created_at: i64,
}

pub struct NewReuse<'a> {
    pub author_id: i64,
    pub org_id: Option<i64>,
    pub country: Option<Country>,
    pub body_md: &'a str,
    pub body_html: &'a str,
    pub lang: Language,
}

pub async fn add_reuse(conn: &mut Conn, resource_id: i64, r: &NewReuse<'_>) -> StorageResult<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO resource_reuses (resource_id, author_id, org_id, country, body_md, body_html, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(resource_id)
    .bind(r.author_id)
    .bind(r.org_id)
    .bind(r.country.map(Country::code))
    .bind(r.body_md)
    .bind(r.body_html)
    .bind(r.lang.code())
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE resources SET reuse_count = reuse_count + 1 WHERE id = $1")
        .bind(resource_id)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

pub async fn reuses(db: &Db, resource_id: i64) -> StorageResult<Vec<Reuse>> {
    Ok(sqlx::query_as(
        "SELECT x.id, u.display_name AS author_name, u.handle AS author_handle, o.name AS org_name, \
         o.slug AS org_slug, x.country, x.body_html, x.lang, x.created_at FROM resource_reuses x \
         LEFT JOIN users u ON u.id = x.author_id LEFT JOIN organisations o ON o.id = x.org_id \
         WHERE x.resource_id = $1 ORDER BY x.created_at DESC, x.id DESC LIMIT 200",
    )
    .bind(resource_id)
    .fetch_all(db.reader())
    .await?)
}
