//! A working group's task board and the comments on its tasks.
//!
//! Every task belongs to one group, and every function here takes the group's id along with the
//! task's, so a task id from another group is simply not found. Each change to a task bumps its
//! `version` and is made only if the version is still the one the writer saw, so two people
//! moving or editing the same card cannot overwrite each other. Comments do not bump it (a
//! comment changes nothing someone may be editing); they keep `comment_count` instead, so the
//! board shows counts without reading comments.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageError, StorageResult};

pub const TODO: &str = "todo";
pub const DOING: &str = "doing";
pub const DONE: &str = "done";
/// The columns of the board, in order.
pub const STATUSES: [&str; 3] = [TODO, DOING, DONE];

/// The most cards one column of the board shows.
pub const COLUMN_LIMIT: i64 = 100;
/// The most comments a task page shows (the oldest first).
pub const COMMENT_LIMIT: i64 = 500;

#[derive(Debug, Clone, FromRow)]
pub struct Task {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub status: String,
    pub assignee_id: Option<i64>,
    pub assignee_name: Option<String>,
    pub due_on: Option<String>,
    pub comment_count: i64,
    pub version: i64,
    pub created_by: Option<i64>,
    pub creator_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Task {
    pub fn is_done(&self) -> bool {
        self.status == DONE
    }

    /// Whether the task is still open on a due date before `today` (YYYY-MM-DD; dates in that
    /// form compare as text in calendar order).
    pub fn is_overdue(&self, today: &str) -> bool {
        !self.is_done() && self.due_on.as_deref().is_some_and(|d| d < today)
    }
}

const TASK: &str = "SELECT t.id, t.group_id, t.title, t.description_md, t.description_html, \
    t.status, t.assignee_id, a.display_name AS assignee_name, t.due_on, t.comment_count, \
    t.version, t.created_by, c.display_name AS creator_name, t.created_at, t.updated_at \
    FROM wg_tasks t LEFT JOIN users a ON a.id = t.assignee_id \
    LEFT JOIN users c ON c.id = t.created_by";

/// What a member writes about a task.
pub struct TaskFields<'a> {
    pub title: &'a str,
    pub description_md: &'a str,
    pub description_html: &'a str,
    pub assignee_id: Option<i64>,
    /// YYYY-MM-DD
    pub due_on: Option<&'a str>,
}

/// Adds a task to the group's "to do" column.
pub async fn create(
    conn: &mut Conn,
    group_id: i64,
    f: &TaskFields<'_>,
    by: i64,
) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO wg_tasks (group_id, title, description_md, description_html, status, \
         assignee_id, due_on, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(group_id)
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(TODO)
    .bind(f.assignee_id)
    .bind(f.due_on)
    .bind(by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// The task, if it is one of the group's.
pub async fn get(db: &Db, group_id: i64, id: i64) -> StorageResult<Option<Task>> {
    Ok(
        sqlx::query_as(&format!("{TASK} WHERE t.id = $1 AND t.group_id = $2"))
            .bind(id)
            .bind(group_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// The task read inside a change, if it is one of the group's.
pub async fn get_in(conn: &mut Conn, group_id: i64, id: i64) -> StorageResult<Option<Task>> {
    Ok(
        sqlx::query_as(&format!("{TASK} WHERE t.id = $1 AND t.group_id = $2"))
            .bind(id)
            .bind(group_id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// After an update guarded by `version` changed nothing: the task is gone, or someone else
/// changed it first.
async fn missed(conn: &mut Conn, group_id: i64, id: i64) -> StorageError {
    match sqlx::query_scalar::<_, i64>("SELECT id FROM wg_tasks WHERE id = $1 AND group_id = $2")
        .bind(id)
        .bind(group_id)
        .fetch_optional(&mut *conn)
        .await
    {
        Ok(Some(_)) => StorageError::Conflict("task version".into()),
        Ok(None) => StorageError::NotFound,
        Err(e) => e.into(),
    }
}

/// Rewrites a task, if its version is still `version`; returns the new version. A task changed
/// since is [`StorageError::Conflict`], one that is gone (or another group's)
/// [`StorageError::NotFound`].
pub async fn update(
    conn: &mut Conn,
    group_id: i64,
    id: i64,
    version: i64,
    f: &TaskFields<'_>,
    status: &str,
) -> StorageResult<i64> {
    let done = sqlx::query(
        "UPDATE wg_tasks SET title = $1, description_md = $2, description_html = $3, \
         assignee_id = $4, due_on = $5, status = $6, version = version + 1, updated_at = $7 \
         WHERE id = $8 AND group_id = $9 AND version = $10",
    )
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(f.assignee_id)
    .bind(f.due_on)
    .bind(status)
    .bind(now())
    .bind(id)
    .bind(group_id)
    .bind(version)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(missed(conn, group_id, id).await);
    }
    Ok(version + 1)
}

/// Moves a card to another column, if its version is still `version` (errors as [`update`]).
pub async fn set_status(
    conn: &mut Conn,
    group_id: i64,
    id: i64,
    version: i64,
    status: &str,
) -> StorageResult<i64> {
    let done = sqlx::query(
        "UPDATE wg_tasks SET status = $1, version = version + 1, updated_at = $2 \
         WHERE id = $3 AND group_id = $4 AND version = $5",
    )
    .bind(status)
    .bind(now())
    .bind(id)
    .bind(group_id)
    .bind(version)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(missed(conn, group_id, id).await);
    }
    Ok(version + 1)
}

/// Deletes a task with its comments. Returns false when there was no such task in the group.
pub async fn delete(conn: &mut Conn, group_id: i64, id: i64) -> StorageResult<bool> {
    let done = sqlx::query("DELETE FROM wg_tasks WHERE id = $1 AND group_id = $2")
        .bind(id)
        .bind(group_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Who holds the cards the board shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Holder {
    #[default]
    Anyone,
    Nobody,
    Person(i64),
}

/// What the board is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct BoardFilter {
    pub holder: Holder,
    /// Only open tasks due before this date (YYYY-MM-DD), i.e. overdue ones.
    pub due_before: Option<String>,
}

impl BoardFilter {
    /// The conditions (on alias `t`, after the group) with their values, numbered from `first`.
    fn sql(&self, first: usize) -> (String, Option<i64>, Option<&str>) {
        let mut cond = String::new();
        let mut n = first;
        let person = match self.holder {
            Holder::Anyone => None,
            Holder::Nobody => {
                cond.push_str(" AND t.assignee_id IS NULL");
                None
            }
            Holder::Person(id) => {
                cond.push_str(&format!(" AND t.assignee_id = ${n}"));
                n += 1;
                Some(id)
            }
        };
        let before = self.due_before.as_deref();
        if before.is_some() {
            cond.push_str(&format!(
                " AND t.status <> '{DONE}' AND t.due_on IS NOT NULL AND t.due_on < ${n}"
            ));
        }
        (cond, person, before)
    }
}

/// One column of the board: at most `limit` cards, those due first first (no due date last),
/// read through `wg_tasks_by_group`.
pub async fn column(
    db: &Db,
    group_id: i64,
    status: &str,
    filter: &BoardFilter,
    limit: i64,
) -> StorageResult<Vec<Task>> {
    let (cond, person, before) = filter.sql(4);
    let sql = format!(
        "{TASK} WHERE t.group_id = $1 AND t.status = $2{cond} \
         ORDER BY t.due_on IS NULL, t.due_on, t.id LIMIT $3"
    );
    let mut q = sqlx::query_as::<_, Task>(&sql)
        .bind(group_id)
        .bind(status)
        .bind(limit);
    if let Some(p) = person {
        q = q.bind(p);
    }
    if let Some(b) = before {
        q = q.bind(b.to_string());
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// How many of the group's tasks match `filter`, per status: (status, count).
pub async fn counts(
    db: &Db,
    group_id: i64,
    filter: &BoardFilter,
) -> StorageResult<Vec<(String, i64)>> {
    let (cond, person, before) = filter.sql(2);
    let sql = format!(
        "SELECT t.status, COUNT(*) FROM wg_tasks t WHERE t.group_id = $1{cond} GROUP BY t.status"
    );
    let mut q = sqlx::query_as::<_, (String, i64)>(&sql).bind(group_id);
    if let Some(p) = person {
        q = q.bind(p);
    }
    if let Some(b) = before {
        q = q.bind(b.to_string());
    }
    Ok(q.fetch_all(db.reader()).await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Comment {
    pub id: i64,
    pub task_id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub body_md: String,
    pub body_html: String,
    pub lang: String,
    pub created_at: i64,
}

/// The task's comments, the oldest first, at most `limit`.
pub async fn comments(db: &Db, task_id: i64, limit: i64) -> StorageResult<Vec<Comment>> {
    Ok(sqlx::query_as(
        "SELECT m.id, m.task_id, m.author_id, u.display_name AS author_name, m.body_md, \
         m.body_html, m.lang, m.created_at FROM wg_task_comments m \
         LEFT JOIN users u ON u.id = m.author_id WHERE m.task_id = $1 \
         ORDER BY m.created_at, m.id LIMIT $2",
    )
    .bind(task_id)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// A comment written on a task of the group; [`StorageError::NotFound`] when the task is not
/// (or no longer) one of the group's.
pub async fn add_comment(
    conn: &mut Conn,
    group_id: i64,
    task_id: i64,
    author: i64,
    body_md: &str,
    body_html: &str,
    lang: &str,
) -> StorageResult<i64> {
    let counted = sqlx::query(
        "UPDATE wg_tasks SET comment_count = comment_count + 1 WHERE id = $1 AND group_id = $2",
    )
    .bind(task_id)
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    if counted.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO wg_task_comments (task_id, author_id, body_md, body_html, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(task_id)
    .bind(author)
    .bind(body_md)
    .bind(body_html)
    .bind(lang)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}
