//! Working groups and their members.
//!
//! A person's place in a group is one row of `wg_members`: `member` once in, `requested` while
//! coordinators consider their request, `invited` while they consider an invitation. Leaving or
//! being removed deletes the row, so "still a member" is always the row's existence with state
//! `member`. `member_count` on the group counts rows in state `member` and is kept by every
//! function here that changes one.

use bottega_domain::Sector;
use sqlx::FromRow;

use crate::communication::communities::{self, NewCommunity};
use crate::{now, Conn, Db, StorageError, StorageResult};

pub const ACTIVE: &str = "active";
pub const ARCHIVED: &str = "archived";

/// How people get in: they join, they ask, or they are invited.
pub const OPEN: &str = "open";
pub const REQUEST: &str = "request";
pub const INVITATION: &str = "invitation";
pub const MEMBERSHIPS: [&str; 3] = [OPEN, REQUEST, INVITATION];

pub const COORDINATOR: &str = "coordinator";
pub const MEMBER: &str = "member";

/// States of a `wg_members` row.
pub const IN: &str = "member";
pub const REQUESTED: &str = "requested";
pub const INVITED: &str = "invited";

#[derive(Debug, Clone, FromRow)]
pub struct Group {
    pub id: i64,
    pub title: String,
    pub theme: String,
    pub goal_md: String,
    pub goal_html: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub membership: String,
    pub status: String,
    pub outcome_md: Option<String>,
    pub outcome_html: Option<String>,
    pub outcome_lang: Option<String>,
    pub outcome_resource_id: Option<i64>,
    pub archived_at: Option<i64>,
    pub community_id: Option<i64>,
    pub community_slug: Option<String>,
    pub member_count: i64,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Group {
    pub fn is_archived(&self) -> bool {
        self.status == ARCHIVED
    }
}

const GROUP: &str = "SELECT g.id, g.title, g.theme, g.goal_md, g.goal_html, g.lang, g.starts_on, \
    g.ends_on, g.membership, g.status, g.outcome_md, g.outcome_html, g.outcome_lang, \
    g.outcome_resource_id, g.archived_at, g.community_id, c.slug AS community_slug, g.member_count, \
    g.created_by, g.created_at, g.updated_at \
    FROM wg_groups g LEFT JOIN communities c ON c.id = g.community_id";

/// What a coordinator writes about a group.
pub struct GroupFields<'a> {
    pub title: &'a str,
    pub theme: &'a str,
    pub goal_md: &'a str,
    pub goal_html: &'a str,
    pub lang: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub membership: &'a str,
    pub sectors: &'a [Sector],
}

async fn write_sectors(conn: &mut Conn, id: i64, sectors: &[Sector]) -> StorageResult<()> {
    sqlx::query("DELETE FROM wg_group_sectors WHERE group_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let mut codes: Vec<&str> = sectors.iter().map(|s| s.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        sqlx::query("INSERT INTO wg_group_sectors (group_id, sector) VALUES ($1, $2)")
            .bind(id)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Creates a group with its creator as its first coordinator and its own discussion.
pub async fn create(conn: &mut Conn, f: &GroupFields<'_>, creator: i64) -> StorageResult<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO wg_groups (title, theme, goal_md, goal_html, lang, starts_on, ends_on, \
         membership, status, member_count, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11, $11) RETURNING id",
    )
    .bind(f.title)
    .bind(f.theme)
    .bind(f.goal_md)
    .bind(f.goal_html)
    .bind(f.lang)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.membership)
    .bind(ACTIVE)
    .bind(creator)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    write_sectors(conn, id, f.sectors).await?;
    sqlx::query(
        "INSERT INTO wg_members (group_id, user_id, role, state, created_at, joined_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(id)
    .bind(creator)
    .bind(COORDINATOR)
    .bind(IN)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    let community_id = communities::create(
        conn,
        &NewCommunity {
            name: f.title,
            description: f.theme,
            description_lang: bottega_domain::Language::parse(f.lang),
            visibility: "group",
            org_id: None,
            group_id: Some(id),
            position: 0,
        },
        creator,
    )
    .await?;
    sqlx::query("UPDATE wg_groups SET community_id = $1 WHERE id = $2")
        .bind(community_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// Changes what a group is about (its discussion keeps the group's title).
pub async fn update(conn: &mut Conn, id: i64, f: &GroupFields<'_>) -> StorageResult<()> {
    sqlx::query(
        "UPDATE wg_groups SET title = $1, theme = $2, goal_md = $3, goal_html = $4, lang = $5, \
         starts_on = $6, ends_on = $7, membership = $8, updated_at = $9 WHERE id = $10",
    )
    .bind(f.title)
    .bind(f.theme)
    .bind(f.goal_md)
    .bind(f.goal_html)
    .bind(f.lang)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.membership)
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE communities SET name = $1, description = $2 WHERE group_id = $3")
        .bind(f.title)
        .bind(f.theme)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    write_sectors(conn, id, f.sectors).await
}

pub async fn get(db: &Db, id: i64) -> StorageResult<Option<Group>> {
    Ok(sqlx::query_as(&format!("{GROUP} WHERE g.id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?)
}

/// The group's status inside a change, with its row locked on PostgreSQL until the change
/// commits (SQLite runs one writing transaction at a time), so nothing is written to a group
/// that is being archived at the same moment. `None` when the group does not exist.
pub async fn status_for_change(conn: &mut Conn, id: i64) -> StorageResult<Option<String>> {
    let lock = if crate::locks_rows(conn) {
        " FOR UPDATE"
    } else {
        ""
    };
    Ok(
        sqlx::query_scalar(&format!("SELECT status FROM wg_groups WHERE id = $1{lock}"))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// Fails with [`StorageError::Conflict`] unless the group exists and is active, locking it for
/// the rest of the transaction (see [`status_for_change`]).
pub async fn require_active(conn: &mut Conn, id: i64) -> StorageResult<()> {
    match status_for_change(conn, id).await?.as_deref() {
        Some(ACTIVE) => Ok(()),
        Some(_) => Err(StorageError::Conflict("group archived".into())),
        None => Err(StorageError::NotFound),
    }
}

pub async fn sectors(db: &Db, id: i64) -> StorageResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT sector FROM wg_group_sectors WHERE group_id = $1 ORDER BY sector",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// What the list of groups is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct GroupFilter {
    /// `active` or `archived`; `None` for both.
    pub status: Option<&'static str>,
    pub sector: Option<Sector>,
}

impl GroupFilter {
    /// The conditions (on alias `g`) and the values to bind after `first` placeholders.
    fn sql(&self, first: usize) -> (String, Vec<&'static str>) {
        let mut conds = vec!["TRUE".to_string()];
        let mut binds = Vec::new();
        if let Some(status) = self.status {
            binds.push(status);
            conds.push(format!("g.status = ${}", first + binds.len()));
        }
        if let Some(sector) = self.sector {
            binds.push(sector.code());
            conds.push(format!(
                "EXISTS (SELECT 1 FROM wg_group_sectors s WHERE s.group_id = g.id AND s.sector = ${})",
                first + binds.len()
            ));
        }
        (conds.join(" AND "), binds)
    }
}

/// A page of groups, the newest first.
pub async fn list(
    db: &Db,
    filter: &GroupFilter,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<Group>> {
    let (cond, binds) = filter.sql(2);
    let sql = format!(
        "{GROUP} WHERE {cond} ORDER BY g.status, g.created_at DESC, g.id DESC LIMIT $1 OFFSET $2"
    );
    let mut q = sqlx::query_as::<_, Group>(&sql).bind(limit).bind(offset);
    for b in binds {
        q = q.bind(b);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

pub async fn count(db: &Db, filter: &GroupFilter) -> StorageResult<i64> {
    let (cond, binds) = filter.sql(0);
    let sql = format!("SELECT COUNT(*) FROM wg_groups g WHERE {cond}");
    let mut q = sqlx::query_scalar::<_, i64>(&sql);
    for b in binds {
        q = q.bind(b);
    }
    Ok(q.fetch_one(db.reader()).await?)
}

/// The sectors of many groups at once, as (group id, sector code) pairs.
pub async fn sectors_of(db: &Db, ids: &[i64]) -> StorageResult<Vec<(i64, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT group_id, sector FROM wg_group_sectors WHERE group_id IN ({}) ORDER BY sector",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, (i64, String)>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// A group in a person's own list, with their place in it.
#[derive(Debug, Clone, FromRow)]
pub struct MyGroup {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub ends_on: String,
    pub role: String,
    pub state: String,
}

/// The groups a person is in, has asked to join or is invited to.
pub async fn mine(db: &Db, user_id: i64) -> StorageResult<Vec<MyGroup>> {
    Ok(sqlx::query_as(
        "SELECT g.id, g.title, g.status, g.ends_on, m.role, m.state FROM wg_members m \
         JOIN wg_groups g ON g.id = m.group_id WHERE m.user_id = $1 \
         ORDER BY g.status, g.ends_on, g.id LIMIT 200",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}

/// Someone's place in a group.
#[derive(Debug, Clone, FromRow)]
pub struct Place {
    pub role: String,
    pub state: String,
}

impl Place {
    pub fn is_member(&self) -> bool {
        self.state == IN
    }

    pub fn is_coordinator(&self) -> bool {
        self.is_member() && self.role == COORDINATOR
    }
}

pub async fn place(db: &Db, group_id: i64, user_id: i64) -> StorageResult<Option<Place>> {
    Ok(
        sqlx::query_as("SELECT role, state FROM wg_members WHERE group_id = $1 AND user_id = $2")
            .bind(group_id)
            .bind(user_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// Someone's place, read inside a change (after [`require_active`] locked the group).
pub async fn place_in(
    conn: &mut Conn,
    group_id: i64,
    user_id: i64,
) -> StorageResult<Option<Place>> {
    Ok(
        sqlx::query_as("SELECT role, state FROM wg_members WHERE group_id = $1 AND user_id = $2")
            .bind(group_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

#[derive(Debug, Clone, FromRow)]
pub struct Member {
    pub user_id: i64,
    pub display_name: String,
    pub handle: Option<String>,
    pub role: String,
    pub state: String,
    pub message: String,
    pub created_at: i64,
    pub joined_at: Option<i64>,
}

/// Everyone with a place in the group: coordinators first, then members, requests, invitations.
pub async fn members(db: &Db, group_id: i64) -> StorageResult<Vec<Member>> {
    Ok(sqlx::query_as(
        "SELECT m.user_id, u.display_name, u.handle, m.role, m.state, m.message, m.created_at, \
         m.joined_at FROM wg_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 \
         ORDER BY CASE m.state WHEN 'member' THEN 0 WHEN 'requested' THEN 1 ELSE 2 END, \
         CASE m.role WHEN 'coordinator' THEN 0 ELSE 1 END, u.display_name, m.user_id",
    )
    .bind(group_id)
    .fetch_all(db.reader())
    .await?)
}

/// The ids of the group's members (state `member`), for notices and assignee checks.
pub async fn member_ids(conn: &mut Conn, group_id: i64) -> StorageResult<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT user_id FROM wg_members WHERE group_id = $1 AND state = 'member' ORDER BY user_id",
    )
    .bind(group_id)
    .fetch_all(&mut *conn)
    .await?)
}

async fn recount(conn: &mut Conn, group_id: i64) -> StorageResult<()> {
    sqlx::query(
        "UPDATE wg_groups SET member_count = (SELECT COUNT(*) FROM wg_members m \
         WHERE m.group_id = wg_groups.id AND m.state = 'member') WHERE id = $1",
    )
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds someone in `state` (a member, a request, an invitation). A place they already have is
/// [`StorageError::Conflict`].
pub async fn add(
    conn: &mut Conn,
    group_id: i64,
    user_id: i64,
    state: &str,
    invited_by: Option<i64>,
    message: &str,
) -> StorageResult<()> {
    let at = now();
    let joined = (state == IN).then_some(at);
    let r = sqlx::query(
        "INSERT INTO wg_members (group_id, user_id, role, state, invited_by, message, created_at, \
         joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (group_id, user_id) DO NOTHING",
    )
    .bind(group_id)
    .bind(user_id)
    .bind(MEMBER)
    .bind(state)
    .bind(invited_by)
    .bind(message)
    .bind(at)
    .bind(joined)
    .execute(&mut *conn)
    .await?;
    if r.rows_affected() == 0 {
        return Err(StorageError::Conflict(
            "already has a place in the group".into(),
        ));
    }
    recount(conn, group_id).await
}

/// Turns a request or an invitation into membership. Returns false when there was none.
pub async fn admit(
    conn: &mut Conn,
    group_id: i64,
    user_id: i64,
    from: &str,
) -> StorageResult<bool> {
    let r = sqlx::query(
        "UPDATE wg_members SET state = 'member', joined_at = $1 \
         WHERE group_id = $2 AND user_id = $3 AND state = $4",
    )
    .bind(now())
    .bind(group_id)
    .bind(user_id)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    recount(conn, group_id).await?;
    Ok(r.rows_affected() > 0)
}

/// Removes someone's place (leaving, removal, a declined request or invitation). Returns false
/// when they had none.
pub async fn remove(conn: &mut Conn, group_id: i64, user_id: i64) -> StorageResult<bool> {
    let r = sqlx::query("DELETE FROM wg_members WHERE group_id = $1 AND user_id = $2")
        .bind(group_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    // Tasks they held go back to the board, unassigned.
    sqlx::query("UPDATE wg_tasks SET assignee_id = NULL WHERE group_id = $1 AND assignee_id = $2")
        .bind(group_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    recount(conn, group_id).await?;
    Ok(r.rows_affected() > 0)
}

/// Makes a member a coordinator or a plain member. Returns false when they are not a member.
pub async fn set_role(
    conn: &mut Conn,
    group_id: i64,
    user_id: i64,
    role: &str,
) -> StorageResult<bool> {
    let r = sqlx::query(
        "UPDATE wg_members SET role = $1 WHERE group_id = $2 AND user_id = $3 AND state = 'member'",
    )
    .bind(role)
    .bind(group_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// How many coordinators the group has (a group never loses its last one).
pub async fn coordinator_count(conn: &mut Conn, group_id: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM wg_members WHERE group_id = $1 AND state = 'member' AND role = 'coordinator'",
    )
    .bind(group_id)
    .fetch_one(&mut *conn)
    .await?)
}

/// Closes a group: the outcome is kept, the workspace becomes read-only, and its discussion
/// takes no new threads or replies.
pub async fn archive(
    conn: &mut Conn,
    group_id: i64,
    outcome_md: &str,
    outcome_html: &str,
    outcome_lang: &str,
) -> StorageResult<()> {
    let at = now();
    sqlx::query(
        "UPDATE wg_groups SET status = $1, outcome_md = $2, outcome_html = $3, outcome_lang = $4, \
         archived_at = $5, updated_at = $5 WHERE id = $6",
    )
    .bind(ARCHIVED)
    .bind(outcome_md)
    .bind(outcome_html)
    .bind(outcome_lang)
    .bind(at)
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE communities SET read_only = TRUE WHERE group_id = $1")
        .bind(group_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE threads SET locked = TRUE WHERE community_id IN \
         (SELECT id FROM communities WHERE group_id = $1)",
    )
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    // Open requests and invitations lapse with the group.
    sqlx::query("DELETE FROM wg_members WHERE group_id = $1 AND state <> 'member'")
        .bind(group_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records the toolbox resource the outcome was published as.
pub async fn set_outcome_resource(
    conn: &mut Conn,
    group_id: i64,
    resource_id: i64,
) -> StorageResult<()> {
    sqlx::query("UPDATE wg_groups SET outcome_resource_id = $1 WHERE id = $2")
        .bind(resource_id)
        .bind(group_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A toolbox resource linked to a group.
#[derive(Debug, Clone, FromRow)]
pub struct LinkedResource {
    pub resource_id: i64,
    pub title: String,
    pub rtype: String,
    pub lang: String,
    pub note: String,
    pub added_by_name: Option<String>,
    pub added_at: i64,
}

/// The group's linked resources that `reader` may see (a link never reveals a resource).
pub async fn resources(
    db: &Db,
    reader: &crate::communication::Reader,
    group_id: i64,
) -> StorageResult<Vec<LinkedResource>> {
    Ok(sqlx::query_as(&format!(
        "SELECT r.id AS resource_id, r.title, r.rtype, r.lang, l.note, u.display_name AS added_by_name, \
         l.added_at FROM wg_resources l JOIN resources r ON r.id = l.resource_id \
         LEFT JOIN users u ON u.id = l.added_by WHERE l.group_id = $2 AND {} \
         ORDER BY l.added_at DESC, r.id DESC LIMIT 500",
        crate::sharing::visible_sql(reader, "r", 1)
    ))
    .bind(reader.bind_id())
    .bind(group_id)
    .fetch_all(db.reader())
    .await?)
}

/// Links a resource. Linking it twice is [`StorageError::Conflict`].
pub async fn link_resource(
    conn: &mut Conn,
    group_id: i64,
    resource_id: i64,
    note: &str,
    by: i64,
) -> StorageResult<()> {
    let r = sqlx::query(
        "INSERT INTO wg_resources (group_id, resource_id, note, added_by, added_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (group_id, resource_id) DO NOTHING",
    )
    .bind(group_id)
    .bind(resource_id)
    .bind(note)
    .bind(by)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if r.rows_affected() == 0 {
        return Err(StorageError::Conflict("resource already linked".into()));
    }
    Ok(())
}

pub async fn unlink_resource(
    conn: &mut Conn,
    group_id: i64,
    resource_id: i64,
) -> StorageResult<bool> {
    let r = sqlx::query("DELETE FROM wg_resources WHERE group_id = $1 AND resource_id = $2")
        .bind(group_id)
        .bind(resource_id)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// What a group's overview says about its workspace.
#[derive(Debug, Clone, Default, FromRow)]
pub struct Summary {
    pub open_tasks: i64,
    pub done_tasks: i64,
    pub pages: i64,
    pub upcoming_meetings: i64,
    pub next_meeting_at: Option<i64>,
    pub threads: i64,
}

pub async fn summary(db: &Db, group_id: i64) -> StorageResult<Summary> {
    Ok(sqlx::query_as(
        "SELECT \
         (SELECT COUNT(*) FROM wg_tasks t WHERE t.group_id = $1 AND t.status <> 'done') AS open_tasks, \
         (SELECT COUNT(*) FROM wg_tasks t WHERE t.group_id = $1 AND t.status = 'done') AS done_tasks, \
         (SELECT COUNT(*) FROM wg_pages p WHERE p.group_id = $1) AS pages, \
         (SELECT COUNT(*) FROM wg_meetings m WHERE m.group_id = $1 AND m.starts_at >= $2) AS upcoming_meetings, \
         (SELECT MIN(m.starts_at) FROM wg_meetings m WHERE m.group_id = $1 AND m.starts_at >= $2) AS next_meeting_at, \
         (SELECT COALESCE(MAX(c.thread_count), 0) FROM communities c WHERE c.group_id = $1) AS threads",
    )
    .bind(group_id)
    .bind(now())
    .fetch_one(db.reader())
    .await?)
}

/// The resource an outcome was published as, read inside a change.
pub async fn outcome_resource_in(conn: &mut Conn, group_id: i64) -> StorageResult<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>(
        "SELECT outcome_resource_id FROM wg_groups WHERE id = $1",
    )
    .bind(group_id)
    .fetch_optional(&mut *conn)
    .await?
    .flatten())
}
