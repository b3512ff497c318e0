//! The joint action plan of a partnership: objectives in the order the partners put them,
//! activities with the organisation responsible, milestones with their due date, indicators
//! with a baseline and a target, and the values indicators actually took over time.
//!
//! Every item belongs to one partnership, and every function here takes the partnership's id
//! along with the item's, so an item id from another partnership is simply not found. Who may
//! change the plan (members of a party while the partnership is proposed or active) is checked
//! by the caller inside the same transaction, after locking the partnership with
//! [`super::partnerships::get_for_change`].

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageError, StorageResult};

/// States of an activity.
pub const PLANNED: &str = "planned";
pub const ONGOING: &str = "ongoing";
pub const DONE: &str = "done";
pub const CANCELLED: &str = "cancelled";
pub const ACTIVITY_STATUSES: [&str; 4] = [PLANNED, ONGOING, DONE, CANCELLED];

/// States of a milestone (`planned` as for activities).
pub const REACHED: &str = "reached";
pub const MISSED: &str = "missed";
pub const MILESTONE_STATUSES: [&str; 3] = [PLANNED, REACHED, MISSED];

/// Upper bounds that keep a plan readable on one page (and its queries bounded).
pub const MAX_OBJECTIVES: i64 = 30;
pub const MAX_ACTIVITIES: i64 = 200;
pub const MAX_MILESTONES: i64 = 100;
pub const MAX_INDICATORS: i64 = 40;
pub const MAX_VALUES: i64 = 400;

#[derive(Debug, Clone, FromRow)]
pub struct Objective {
    pub id: i64,
    pub partnership_id: i64,
    pub title: String,
    pub description: String,
    pub position: i64,
    pub created_at: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct Activity {
    pub id: i64,
    pub partnership_id: i64,
    pub objective_id: Option<i64>,
    pub title: String,
    pub owner_org_id: Option<i64>,
    pub owner_org_name: Option<String>,
    pub owner_name: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct Milestone {
    pub id: i64,
    pub partnership_id: i64,
    pub objective_id: Option<i64>,
    pub title: String,
    pub due_on: String,
    pub status: String,
    pub reached_on: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct Indicator {
    pub id: i64,
    pub partnership_id: i64,
    pub objective_id: Option<i64>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub created_at: i64,
    /// The most recent measured value and its date, if any was recorded.
    pub latest_value: Option<f64>,
    pub latest_on: Option<String>,
    pub value_count: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct IndicatorValue {
    pub id: i64,
    pub indicator_id: i64,
    pub measured_on: String,
    pub value: f64,
    pub note: String,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: i64,
}

// ---- Reading -------------------------------------------------------------------------------

pub async fn objectives(db: &Db, partnership_id: i64) -> StorageResult<Vec<Objective>> {
    Ok(sqlx::query_as(
        "SELECT id, partnership_id, title, description, position, created_at FROM pt_objectives \
         WHERE partnership_id = $1 ORDER BY position, id",
    )
    .bind(partnership_id)
    .fetch_all(db.reader())
    .await?)
}

const ACTIVITY: &str = "SELECT a.id, a.partnership_id, a.objective_id, a.title, a.owner_org_id, \
    o.name AS owner_org_name, a.owner_name, a.starts_on, a.ends_on, a.status, a.created_at, \
    a.updated_at FROM pt_activities a LEFT JOIN organisations o ON o.id = a.owner_org_id";

/// Activities in the order of the index: by objective, then start date.
pub async fn activities(db: &Db, partnership_id: i64) -> StorageResult<Vec<Activity>> {
    Ok(sqlx::query_as(&format!(
        "{ACTIVITY} WHERE a.partnership_id = $1 ORDER BY a.objective_id, a.starts_on, a.id"
    ))
    .bind(partnership_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn activity(db: &Db, partnership_id: i64, id: i64) -> StorageResult<Activity> {
    sqlx::query_as(&format!(
        "{ACTIVITY} WHERE a.partnership_id = $1 AND a.id = $2"
    ))
    .bind(partnership_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?
    .ok_or(StorageError::NotFound)
}

const MILESTONE: &str = "SELECT id, partnership_id, objective_id, title, due_on, status, \
    reached_on, created_at, updated_at FROM pt_milestones";

/// Milestones by due date.
pub async fn milestones(db: &Db, partnership_id: i64) -> StorageResult<Vec<Milestone>> {
    Ok(sqlx::query_as(&format!(
        "{MILESTONE} WHERE partnership_id = $1 ORDER BY due_on, id"
    ))
    .bind(partnership_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn milestone(db: &Db, partnership_id: i64, id: i64) -> StorageResult<Milestone> {
    sqlx::query_as(&format!(
        "{MILESTONE} WHERE partnership_id = $1 AND id = $2"
    ))
    .bind(partnership_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?
    .ok_or(StorageError::NotFound)
}

/// The latest value is the one measured last (the most recently recorded of that day).
const INDICATOR: &str = "SELECT i.id, i.partnership_id, i.objective_id, i.name, i.unit, \
    i.baseline, i.target, i.created_at, \
    (SELECT v.value FROM pt_indicator_values v WHERE v.indicator_id = i.id \
     ORDER BY v.measured_on DESC, v.id DESC LIMIT 1) AS latest_value, \
    (SELECT v.measured_on FROM pt_indicator_values v WHERE v.indicator_id = i.id \
     ORDER BY v.measured_on DESC, v.id DESC LIMIT 1) AS latest_on, \
    (SELECT COUNT(*) FROM pt_indicator_values v WHERE v.indicator_id = i.id) AS value_count \
    FROM pt_indicators i";

pub async fn indicators(db: &Db, partnership_id: i64) -> StorageResult<Vec<Indicator>> {
    Ok(sqlx::query_as(&format!(
        "{INDICATOR} WHERE i.partnership_id = $1 ORDER BY i.id"
    ))
    .bind(partnership_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn indicator(db: &Db, partnership_id: i64, id: i64) -> StorageResult<Indicator> {
    sqlx::query_as(&format!(
        "{INDICATOR} WHERE i.partnership_id = $1 AND i.id = $2"
    ))
    .bind(partnership_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?
    .ok_or(StorageError::NotFound)
}

const VALUE: &str = "SELECT v.id, v.indicator_id, v.measured_on, v.value, v.note, v.recorded_by, \
    u.display_name AS recorded_by_name, v.created_at FROM pt_indicator_values v \
    JOIN pt_indicators i ON i.id = v.indicator_id LEFT JOIN users u ON u.id = v.recorded_by";

/// The values of one indicator over time, oldest first.
pub async fn values(
    db: &Db,
    partnership_id: i64,
    indicator_id: i64,
) -> StorageResult<Vec<IndicatorValue>> {
    Ok(sqlx::query_as(&format!(
        "{VALUE} WHERE i.partnership_id = $1 AND v.indicator_id = $2 \
         ORDER BY v.measured_on, v.id"
    ))
    .bind(partnership_id)
    .bind(indicator_id)
    .fetch_all(db.reader())
    .await?)
}

/// The values of every indicator of a partnership (the progress view), by indicator then
/// date: one query for the whole page.
pub async fn all_values(db: &Db, partnership_id: i64) -> StorageResult<Vec<IndicatorValue>> {
    Ok(sqlx::query_as(&format!(
        "{VALUE} WHERE i.partnership_id = $1 ORDER BY v.indicator_id, v.measured_on, v.id"
    ))
    .bind(partnership_id)
    .fetch_all(db.reader())
    .await?)
}

/// How many items of each kind the plan holds: (objectives, activities, milestones, indicators).
pub async fn counts(db: &Db, partnership_id: i64) -> StorageResult<(i64, i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM pt_objectives WHERE partnership_id = $1), \
         (SELECT COUNT(*) FROM pt_activities WHERE partnership_id = $1), \
         (SELECT COUNT(*) FROM pt_milestones WHERE partnership_id = $1), \
         (SELECT COUNT(*) FROM pt_indicators WHERE partnership_id = $1)",
    )
    .bind(partnership_id)
    .fetch_one(db.reader())
    .await?)
}

// ---- Limits, checked inside the change -------------------------------------------------------

/// Refuses with [`StorageError::Conflict`] (naming `what`) when the partnership already holds
/// `max` rows of `table`.
async fn below_limit(
    conn: &mut Conn,
    table: &'static str,
    partnership_id: i64,
    max: i64,
) -> StorageResult<()> {
    let n: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table} WHERE partnership_id = $1"
    ))
    .bind(partnership_id)
    .fetch_one(&mut *conn)
    .await?;
    if n >= max {
        return Err(StorageError::Conflict(format!("{table} limit")));
    }
    Ok(())
}

/// An objective the item is filed under must be one of the same partnership.
async fn check_objective(
    conn: &mut Conn,
    partnership_id: i64,
    objective_id: Option<i64>,
) -> StorageResult<()> {
    if let Some(oid) = objective_id {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pt_objectives WHERE id = $1 AND partnership_id = $2",
        )
        .bind(oid)
        .bind(partnership_id)
        .fetch_one(&mut *conn)
        .await?;
        if n == 0 {
            return Err(StorageError::NotFound);
        }
    }
    Ok(())
}

/// The organisation owning an activity must be a party of the partnership (checked against
/// the parties as they are when the change is written).
async fn check_owner(
    conn: &mut Conn,
    partnership_id: i64,
    owner_org_id: Option<i64>,
) -> StorageResult<()> {
    if let Some(org) = owner_org_id {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = $1 AND org_id = $2",
        )
        .bind(partnership_id)
        .bind(org)
        .fetch_one(&mut *conn)
        .await?;
        if n == 0 {
            return Err(StorageError::Conflict("owner is not a party".into()));
        }
    }
    Ok(())
}

fn found(rows: u64) -> StorageResult<()> {
    if rows == 0 {
        Err(StorageError::NotFound)
    } else {
        Ok(())
    }
}

// ---- Objectives ------------------------------------------------------------------------------

/// Adds an objective at the end of the list.
pub async fn add_objective(
    conn: &mut Conn,
    partnership_id: i64,
    title: &str,
    description: &str,
) -> StorageResult<i64> {
    below_limit(conn, "pt_objectives", partnership_id, MAX_OBJECTIVES).await?;
    let position: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM pt_objectives WHERE partnership_id = $1",
    )
    .bind(partnership_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO pt_objectives (partnership_id, title, description, position, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(partnership_id)
    .bind(title)
    .bind(description)
    .bind(position)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn update_objective(
    conn: &mut Conn,
    partnership_id: i64,
    id: i64,
    title: &str,
    description: &str,
) -> StorageResult<()> {
    let done = sqlx::query(
        "UPDATE pt_objectives SET title = $1, description = $2 \
         WHERE id = $3 AND partnership_id = $4",
    )
    .bind(title)
    .bind(description)
    .bind(id)
    .bind(partnership_id)
    .execute(&mut *conn)
    .await?;
    found(done.rows_affected())
}

/// Deletes an objective; its activities, milestones and indicators stay in the plan, filed
/// under no objective (the schema sets their `objective_id` to NULL).
pub async fn delete_objective(conn: &mut Conn, partnership_id: i64, id: i64) -> StorageResult<()> {
    let done = sqlx::query("DELETE FROM pt_objectives WHERE id = $1 AND partnership_id = $2")
        .bind(id)
        .bind(partnership_id)
        .execute(&mut *conn)
        .await?;
    found(done.rows_affected())
}

/// Moves an objective one place up (`earlier`) or down, swapping it with its neighbour. At the
/// top (or bottom) already, nothing changes.
pub async fn move_objective(
    conn: &mut Conn,
    partnership_id: i64,
    id: i64,
    earlier: bool,
) -> StorageResult<()> {
    let list: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, position FROM pt_objectives WHERE partnership_id = $1 ORDER BY position, id",
    )
    .bind(partnership_id)
    .fetch_all(&mut *conn)
    .await?;
    let at = list
        .iter()
        .position(|(oid, _)| *oid == id)
        .ok_or(StorageError::NotFound)?;
    let other = if earlier {
        at.checked_sub(1)
    } else {
        Some(at + 1).filter(|i| *i < list.len())
    };
    let Some(other) = other else {
        return Ok(());
    };
    // Positions are renumbered 1..n in the new order, so equal or gapped positions left by
    // older changes never make a move do nothing.
    let mut order: Vec<i64> = list.iter().map(|(oid, _)| *oid).collect();
    order.swap(at, other);
    for (i, oid) in order.iter().enumerate() {
        sqlx::query("UPDATE pt_objectives SET position = $1 WHERE id = $2")
            .bind(i as i64 + 1)
            .bind(*oid)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

// ---- Activities ------------------------------------------------------------------------------

/// What partners write about an activity.
pub struct ActivityFields<'a> {
    pub objective_id: Option<i64>,
    pub title: &'a str,
    pub owner_org_id: Option<i64>,
    pub owner_name: &'a str,
    pub starts_on: Option<&'a str>,
    pub ends_on: Option<&'a str>,
    pub status: &'a str,
}

pub async fn add_activity(
    conn: &mut Conn,
    partnership_id: i64,
    f: &ActivityFields<'_>,
) -> StorageResult<i64> {
    below_limit(conn, "pt_activities", partnership_id, MAX_ACTIVITIES).await?;
    check_objective(conn, partnership_id, f.objective_id).await?;
    check_owner(conn, partnership_id, f.owner_org_id).await?;
    let at = now();
    Ok(sqlx::query_scalar(
        "INSERT INTO pt_activities (partnership_id, objective_id, title, owner_org_id, \
         owner_name, starts_on, ends_on, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(partnership_id)
    .bind(f.objective_id)
    .bind(f.title)
    .bind(f.owner_org_id)
    .bind(f.owner_name)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.status)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn update_activity(
    conn: &mut Conn,
    partnership_id: i64,
    id: i64,
    f: &ActivityFields<'_>,
) -> StorageResult<()> {
    check_objective(conn, partnership_id, f.objective_id).await?;
    check_owner(conn, partnership_id, f.owner_org_id).await?;
    let done = sqlx::query(
        "UPDATE pt_activities SET objective_id = $1, title = $2, owner_org_id = $3, \
         owner_name = $4, starts_on = $5, ends_on = $6, status = $7, updated_at = $8 \
         WHERE id = $9 AND partnership_id = $10",
    )
    .bind(f.objective_id)
    .bind(f.title)
    .bind(f.owner_org_id)
    .bind(f.owner_name)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.status)
    .bind(now())
    .bind(id)
    .bind(partnership_id)
    .execute(&mut *conn)
    .await?;
    found(done.rows_affected())
}

pub async fn delete_activity(conn: &mut Conn, partnership_id: i64, id: i64) -> StorageResult<()> {
    let done = sqlx::query("DELETE FROM pt_activities WHERE id = $1 AND partnership_id = $2")
        .bind(id)
        .bind(partnership_id)
        .execute(&mut *conn)
        .await?;
    found(done.rows_affected())
}

// ---- Milestones ------------------------------------------------------------------------------

pub struct MilestoneFields<'a> {
    pub objective_id: Option<i64>,
    pub title: &'a str,
    pub due_on: &'a str,
    pub status: &'a str,
    pub reached_on: Option<&'a str>,
}

pub async fn add_milestone(
    conn: &mut Conn,
    partnership_id: i64,
    f: &MilestoneFields<'_>,
) -> StorageResult<i64> {
    below_limit(conn, "pt_milestones", partnership_id, MAX_MILESTONES).await?;
    check_objective(conn, partnership_id, f.objective_id).await?;
    let at = now();
    Ok(sqlx::query_scalar(
        "INSERT INTO pt_milestones (partnership_id, objective_id, title, due_on, status, \
         reached_on, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(partnership_id)
    .bind(f.objective_id)
    .bind(f.title)
    .bind(f.due_on)
    .bind(f.status)
    .bind(f.reached_on)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn update_milestone(
    conn: &mut Conn,
    partnership_id: i64,
    id: i64,
    f: &MilestoneFields<'_>,
) -> StorageResult<()> {
    check_objective(conn, partnership_id, f.objective_id).await?;
    let done = sqlx::query(
        "UPDATE pt_milestones SET objective_id = $1, title = $2, due_on = $3, status = $4, \
         reached_on = $5, updated_at = $6 WHERE id = $7 AND partnership_id = $8",
    )
    .bind(f.objective_id)
    .bind(f.title)
    .bind(f.due_on)
    .bind(f.status)
    .bind(f.reached_on)
    .bind(now())
    .bind(id)
    .bind(partnership_id)
    .execute(&mut *conn)
    .await?;
    found(done.rows_affected())
}

pub async fn delete_milestone(conn: &mut Conn, partnership_id: i64, id: i64) -> StorageResult<()> {
    let done = sqlx::query("DELETE FROM pt_milestones WHERE id = $1 AND partnership_id = $2")
        .bind(id)
        .bind(partnership_id)
        .execute(&mut *conn)
        .await?;
    found(done.rows_affected())
}

// ---- Indicators and their values -------------------------------------------------------------

pub struct IndicatorFields<'a> {
    pub objective_id: Option<i64>,
    pub name: &'a str,
    pub unit: &'a str,
    pub baseline: f64,
    pub target: f64,
}

pub async fn add_indicator(
    conn: &mut Conn,
    partnership_id: i64,
    f: &IndicatorFields<'_>,
) -> StorageResult<i64> {
    below_limit(conn, "pt_indicators", partnership_id, MAX_INDICATORS).await?;
    check_objective(conn, partnership_id, f.objective_id).await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO pt_indicators (partnership_id, objective_id, name, unit, baseline, target, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(partnership_id)
    .bind(f.objective_id)
    .bind(f.name)
    .bind(f.unit)
    .bind(f.baseline)
    .bind(f.target)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn update_indicator(
    conn: &mut Conn,
    partnership_id: i64,
    id: i64,
    f: &IndicatorFields<'_>,
) -> StorageResult<()> {
    check_objective(conn, partnership_id, f.objective_id).await?;
    let done = sqlx::query(
        "UPDATE pt_indicators SET objective_id = $1, name = $2, unit = $3, baseline = $4, \
         target = $5 WHERE id = $6 AND partnership_id = $7",
    )
    .bind(f.objective_id)
    .bind(f.name)
    .bind(f.unit)
    .bind(f.baseline)
    .bind(f.target)
    .bind(id)
    .bind(partnership_id)
    .execute(&mut *conn)
    .await?;
    found(done.rows_affected())
}

/// Deletes an indicator with all its recorded values.
pub async fn delete_indicator(conn: &mut Conn, partnership_id: i64, id: i64) -> StorageResult<()> {
    let done = sqlx::query("DELETE FROM pt_indicators WHERE id = $1 AND partnership_id = $2")
        .bind(id)
        .bind(partnership_id)
        .execute(&mut *conn)
        .await?;
    found(done.rows_affected())
}

/// Records a measured value of an indicator of this partnership.
pub async fn record_value(
    conn: &mut Conn,
    partnership_id: i64,
    indicator_id: i64,
    measured_on: &str,
    value: f64,
    note: &str,
    user_id: i64,
) -> StorageResult<i64> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pt_indicators WHERE id = $1 AND partnership_id = $2",
    )
    .bind(indicator_id)
    .bind(partnership_id)
    .fetch_one(&mut *conn)
    .await?;
    if n == 0 {
        return Err(StorageError::NotFound);
    }
    let held: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pt_indicator_values WHERE indicator_id = $1")
            .bind(indicator_id)
            .fetch_one(&mut *conn)
            .await?;
    if held >= MAX_VALUES {
        return Err(StorageError::Conflict("pt_indicator_values limit".into()));
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO pt_indicator_values (indicator_id, measured_on, value, note, recorded_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(indicator_id)
    .bind(measured_on)
    .bind(value)
    .bind(note)
    .bind(user_id)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// Deletes a recorded value (a mistyped measurement) of an indicator of this partnership.
pub async fn delete_value(
    conn: &mut Conn,
    partnership_id: i64,
    indicator_id: i64,
    id: i64,
) -> StorageResult<()> {
    let done = sqlx::query(
        "DELETE FROM pt_indicator_values WHERE id = $1 AND indicator_id = $2 \
         AND indicator_id IN (SELECT id FROM pt_indicators WHERE partnership_id = $3)",
    )
    .bind(id)
    .bind(indicator_id)
    .bind(partnership_id)
    .execute(&mut *conn)
    .await?;
    found(done.rows_affected())
}
