//! Twinnings: a coaching institution and a coached one working together inside a partnership.
//!
//! A twinning's capacity-building plan has four lots (`TwinningLot` codes: staff mobility,
//! events and conferences, pilot student mobility, networking). Each lot is a row of `tw_lots`
//! with its own status and note, created with the twinning so a lot always exists; activities
//! (`tw_activities`) belong to one lot and carry their dates, place, status, how many took part
//! per category of participant (`tw_participants`) and evidence, which is toolbox resources
//! (`tw_evidence`), never files of their own. The coaching log (`tw_log_entries`) holds dated
//! entries written by either side.
//!
//! Every read and change takes the twinning's id along with the activity's or entry's, so an id
//! from another twinning is simply not found. Who may change what is decided by the caller,
//! inside its transaction, with the partnership's row locked
//! ([`super::partnerships::get_for_change`]); the helpers [`are_parties`],
//! [`super::is_org_admin`] and [`super::is_org_member`] read the facts it needs there.

use sqlx::FromRow;

use crate::communication::Reader;
use crate::{now, placeholders, Conn, Db, StorageError, StorageResult};

/// States of a lot.
pub const NOT_STARTED: &str = "not-started";
pub const IN_PROGRESS: &str = "in-progress";
pub const COMPLETED: &str = "completed";
/// The states of a lot, in the order forms offer them.
pub const LOT_STATUSES: [&str; 3] = [NOT_STARTED, IN_PROGRESS, COMPLETED];

/// States of an activity.
pub const PLANNED: &str = "planned";
pub const DONE: &str = "done";
pub const CANCELLED: &str = "cancelled";
/// The states of an activity, in the order forms offer them.
pub const ACTIVITY_STATUSES: [&str; 3] = [PLANNED, DONE, CANCELLED];

/// The most evidence one activity links to: a report, a handful of photos, an agenda.
pub const EVIDENCE_MAX: i64 = 30;

/// A twinning with both institutions named, as its pages show it.
#[derive(Debug, Clone, FromRow)]
pub struct Twinning {
    pub id: i64,
    pub partnership_id: i64,
    pub coaching_org_id: i64,
    pub coaching_name: String,
    pub coaching_slug: String,
    pub coaching_country: String,
    pub coached_org_id: i64,
    pub coached_name: String,
    pub coached_slug: String,
    pub coached_country: String,
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Twinning {
    /// Whether `org_id` is one of the two sides.
    pub fn is_side(&self, org_id: i64) -> bool {
        org_id == self.coaching_org_id || org_id == self.coached_org_id
    }
}

const TWINNING: &str = "SELECT t.id, t.partnership_id, \
    t.coaching_org_id, co.name AS coaching_name, co.slug AS coaching_slug, \
    co.country AS coaching_country, \
    t.coached_org_id, cd.name AS coached_name, cd.slug AS coached_slug, \
    cd.country AS coached_country, \
    t.title, t.description_md, t.description_html, t.lang, t.starts_on, t.ends_on, \
    t.created_by, t.created_at, t.updated_at \
    FROM twinnings t JOIN organisations co ON co.id = t.coaching_org_id \
    JOIN organisations cd ON cd.id = t.coached_org_id";

/// What the people starting or editing a twinning write about it. Dates are YYYY-MM-DD.
pub struct TwinningFields<'a> {
    pub title: &'a str,
    pub description_md: &'a str,
    pub description_html: &'a str,
    pub lang: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
}

/// Whether every organisation in `orgs` has accepted the partnership's agreement, read inside
/// the change that relies on it.
pub async fn are_parties(
    conn: &mut Conn,
    partnership_id: i64,
    orgs: &[i64],
) -> StorageResult<bool> {
    let mut wanted: Vec<i64> = orgs.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.is_empty() {
        return Ok(false);
    }
    let sql = format!(
        "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = $1 AND state = $2 \
         AND org_id IN ({})",
        placeholders(3, wanted.len())
    );
    let mut q = sqlx::query_scalar::<_, i64>(&sql)
        .bind(partnership_id)
        .bind(super::partnerships::ACCEPTED);
    for org in &wanted {
        q = q.bind(*org);
    }
    let n = q.fetch_one(&mut *conn).await?;
    Ok(n == wanted.len() as i64)
}

/// Starts a twinning between `coaching` and `coached` with its four lots, not started. The
/// caller has checked, in this change, that both are parties and that `by` may start it.
pub async fn create(
    conn: &mut Conn,
    partnership_id: i64,
    coaching: i64,
    coached: i64,
    f: &TwinningFields<'_>,
    by: i64,
) -> StorageResult<i64> {
    if coaching == coached {
        return Err(StorageError::Conflict(
            "a twinning pairs two organisations".into(),
        ));
    }
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO twinnings (partnership_id, coaching_org_id, coached_org_id, title, \
         description_md, description_html, lang, starts_on, ends_on, created_by, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(partnership_id)
    .bind(coaching)
    .bind(coached)
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(f.lang)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    for lot in bottega_domain::TwinningLot::ALL {
        sqlx::query(
            "INSERT INTO tw_lots (twinning_id, lot, status, note, updated_at) \
             VALUES ($1, $2, $3, '', $4)",
        )
        .bind(id)
        .bind(lot.code())
        .bind(NOT_STARTED)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Changes what a twinning says about itself (the two sides stay as they were started).
pub async fn update(conn: &mut Conn, id: i64, f: &TwinningFields<'_>) -> StorageResult<()> {
    let done = sqlx::query(
        "UPDATE twinnings SET title = $1, description_md = $2, description_html = $3, lang = $4, \
         starts_on = $5, ends_on = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(f.title)
    .bind(f.description_md)
    .bind(f.description_html)
    .bind(f.lang)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    Ok(())
}

pub async fn get(db: &Db, id: i64) -> StorageResult<Option<Twinning>> {
    Ok(sqlx::query_as(&format!("{TWINNING} WHERE t.id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?)
}

/// A twinning in the list of its partnership, with the counts its progress is made of.
#[derive(Debug, Clone, FromRow)]
pub struct TwinningRow {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub coaching_org_id: i64,
    pub coaching_name: String,
    pub coaching_country: String,
    pub coached_org_id: i64,
    pub coached_name: String,
    pub coached_country: String,
    /// Activities done, and activities that count (all but the cancelled ones).
    pub done: i64,
    pub counted: i64,
}

pub async fn count_for_partnership(db: &Db, partnership_id: i64) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM twinnings WHERE partnership_id = $1")
            .bind(partnership_id)
            .fetch_one(db.reader())
            .await?,
    )
}

/// A page of a partnership's twinnings, newest first.
pub async fn list_for_partnership(
    db: &Db,
    partnership_id: i64,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<TwinningRow>> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.title, t.lang, t.starts_on, t.ends_on, \
         t.coaching_org_id, co.name AS coaching_name, co.country AS coaching_country, \
         t.coached_org_id, cd.name AS coached_name, cd.country AS coached_country, \
         (SELECT COUNT(*) FROM tw_activities a WHERE a.twinning_id = t.id AND a.status = $2) \
           AS done, \
         (SELECT COUNT(*) FROM tw_activities a WHERE a.twinning_id = t.id AND a.status <> $3) \
           AS counted \
         FROM twinnings t JOIN organisations co ON co.id = t.coaching_org_id \
         JOIN organisations cd ON cd.id = t.coached_org_id \
         WHERE t.partnership_id = $1 ORDER BY t.id DESC LIMIT $4 OFFSET $5",
    )
    .bind(partnership_id)
    .bind(DONE)
    .bind(CANCELLED)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

// ---- Lots ---------------------------------------------------------------------------------

/// A lot with its state and the count of its activities by state.
#[derive(Debug, Clone, FromRow)]
pub struct Lot {
    pub lot: String,
    pub status: String,
    pub note: String,
    pub updated_at: i64,
    pub planned: i64,
    pub done: i64,
    pub cancelled: i64,
}

impl Lot {
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            counted: self.done + self.planned,
        }
    }
}

/// How far a set of activities has come: done out of those that count (cancelled activities
/// do not: cancelling one neither helps nor hurts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: i64,
    pub counted: i64,
}

impl Progress {
    /// The share done, in whole percent, rounded down so 100 means everything is done.
    pub fn percent(&self) -> i64 {
        if self.counted <= 0 {
            return 0;
        }
        (self.done.clamp(0, self.counted) * 100) / self.counted
    }

    /// The sum of several lots' progress.
    pub fn total<'a>(parts: impl IntoIterator<Item = &'a Progress>) -> Progress {
        parts
            .into_iter()
            .fold(Progress::default(), |acc, p| Progress {
                done: acc.done + p.done,
                counted: acc.counted + p.counted,
            })
    }
}

const LOTS: &str = "SELECT l.lot, l.status, l.note, l.updated_at, \
    CAST(COALESCE(SUM(CASE WHEN a.status = 'planned' THEN 1 ELSE 0 END), 0) AS BIGINT) AS planned, \
    CAST(COALESCE(SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END), 0) AS BIGINT) AS done, \
    CAST(COALESCE(SUM(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END), 0) AS BIGINT) AS cancelled \
    FROM tw_lots l LEFT JOIN tw_activities a ON a.twinning_id = l.twinning_id AND a.lot = l.lot \
    WHERE l.twinning_id = $1";

/// The four lots of a twinning, in the order of the plan (`TwinningLot::ALL`).
pub async fn lots(db: &Db, twinning_id: i64) -> StorageResult<Vec<Lot>> {
    let mut rows: Vec<Lot> = sqlx::query_as(&format!(
        "{LOTS} GROUP BY l.lot, l.status, l.note, l.updated_at"
    ))
    .bind(twinning_id)
    .fetch_all(db.reader())
    .await?;
    rows.sort_by_key(|l| {
        bottega_domain::TwinningLot::parse(&l.lot)
            .and_then(|lot| {
                bottega_domain::TwinningLot::ALL
                    .iter()
                    .position(|x| *x == lot)
            })
            .unwrap_or(usize::MAX)
    });
    Ok(rows)
}

pub async fn lot(db: &Db, twinning_id: i64, lot: &str) -> StorageResult<Option<Lot>> {
    Ok(sqlx::query_as(&format!(
        "{LOTS} AND l.lot = $2 GROUP BY l.lot, l.status, l.note, l.updated_at"
    ))
    .bind(twinning_id)
    .bind(lot)
    .fetch_optional(db.reader())
    .await?)
}

/// Sets a lot's state and note.
pub async fn set_lot(
    conn: &mut Conn,
    twinning_id: i64,
    lot: &str,
    status: &str,
    note: &str,
) -> StorageResult<()> {
    let done = sqlx::query(
        "UPDATE tw_lots SET status = $1, note = $2, updated_at = $3 \
         WHERE twinning_id = $4 AND lot = $5",
    )
    .bind(status)
    .bind(note)
    .bind(now())
    .bind(twinning_id)
    .bind(lot)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    Ok(())
}

// ---- Activities ---------------------------------------------------------------------------

#[derive(Debug, Clone, FromRow)]
pub struct Activity {
    pub id: i64,
    pub twinning_id: i64,
    pub lot: String,
    pub title: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    pub status: String,
    pub lang: String,
    pub created_by: Option<i64>,
    pub creator_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

const ACTIVITY: &str = "SELECT a.id, a.twinning_id, a.lot, a.title, a.description, a.starts_on, \
    a.ends_on, a.place, a.status, a.lang, a.created_by, u.display_name AS creator_name, a.created_at, \
    a.updated_at FROM tw_activities a LEFT JOIN users u ON u.id = a.created_by";

/// What members write about an activity. Dates are YYYY-MM-DD; `participants` are
/// (target-group code, headcount) pairs, those of zero left out.
pub struct ActivityFields<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub place: &'a str,
    pub status: &'a str,
    pub lang: &'a str,
    pub participants: &'a [(&'a str, i64)],
}

async fn write_participants(
    conn: &mut Conn,
    activity_id: i64,
    participants: &[(&str, i64)],
) -> StorageResult<()> {
    sqlx::query("DELETE FROM tw_participants WHERE activity_id = $1")
        .bind(activity_id)
        .execute(&mut *conn)
        .await?;
    let mut rows: Vec<(&str, i64)> = participants
        .iter()
        .copied()
        .filter(|(_, n)| *n > 0)
        .collect();
    rows.sort_unstable_by_key(|(c, _)| *c);
    rows.dedup_by_key(|(c, _)| *c);
    for (category, headcount) in rows {
        sqlx::query(
            "INSERT INTO tw_participants (activity_id, category, headcount) VALUES ($1, $2, $3)",
        )
        .bind(activity_id)
        .bind(category)
        .bind(headcount)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn create_activity(
    conn: &mut Conn,
    twinning_id: i64,
    lot: &str,
    f: &ActivityFields<'_>,
    by: i64,
) -> StorageResult<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO tw_activities (twinning_id, lot, title, description, starts_on, ends_on, \
         place, status, lang, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(twinning_id)
    .bind(lot)
    .bind(f.title)
    .bind(f.description)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.place)
    .bind(f.status)
    .bind(f.lang)
    .bind(by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    write_participants(conn, id, f.participants).await?;
    Ok(id)
}

/// Changes an activity if it is still as the writer saw it (`seen` is the `updated_at` the
/// form was filled from): two people editing the same activity cannot overwrite each other.
/// [`StorageError::NotFound`] when it is gone, [`StorageError::Conflict`] when it changed.
pub async fn update_activity(
    conn: &mut Conn,
    twinning_id: i64,
    id: i64,
    seen: i64,
    f: &ActivityFields<'_>,
) -> StorageResult<()> {
    // The new stamp always grows, even within one millisecond, so it works as a version.
    let done = sqlx::query(
        "UPDATE tw_activities SET title = $1, description = $2, starts_on = $3, ends_on = $4, \
         place = $5, status = $6, lang = $7, \
         updated_at = CASE WHEN updated_at >= $8 THEN updated_at + 1 ELSE $8 END \
         WHERE twinning_id = $9 AND id = $10 AND updated_at = $11",
    )
    .bind(f.title)
    .bind(f.description)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(f.place)
    .bind(f.status)
    .bind(f.lang)
    .bind(now())
    .bind(twinning_id)
    .bind(id)
    .bind(seen)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM tw_activities WHERE twinning_id = $1 AND id = $2")
                .bind(twinning_id)
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        return Err(match exists {
            Some(_) => StorageError::Conflict("activity changed meanwhile".into()),
            None => StorageError::NotFound,
        });
    }
    write_participants(conn, id, f.participants).await
}

/// Deletes an activity with its participant counts and evidence links (the resources stay in
/// the toolbox). `false` when there was no such activity.
pub async fn delete_activity(conn: &mut Conn, twinning_id: i64, id: i64) -> StorageResult<bool> {
    let done = sqlx::query("DELETE FROM tw_activities WHERE twinning_id = $1 AND id = $2")
        .bind(twinning_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn activity(db: &Db, twinning_id: i64, id: i64) -> StorageResult<Option<Activity>> {
    Ok(sqlx::query_as(&format!(
        "{ACTIVITY} WHERE a.twinning_id = $1 AND a.id = $2"
    ))
    .bind(twinning_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

pub async fn count_activities(db: &Db, twinning_id: i64, lot: &str) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM tw_activities WHERE twinning_id = $1 AND lot = $2",
        )
        .bind(twinning_id)
        .bind(lot)
        .fetch_one(db.reader())
        .await?,
    )
}

/// A page of a lot's activities in date order (by start, then as they were added).
pub async fn activities(
    db: &Db,
    twinning_id: i64,
    lot: &str,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<Activity>> {
    Ok(sqlx::query_as(&format!(
        "{ACTIVITY} WHERE a.twinning_id = $1 AND a.lot = $2 \
         ORDER BY a.starts_on, a.id LIMIT $3 OFFSET $4"
    ))
    .bind(twinning_id)
    .bind(lot)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

/// How many of one category took part in one activity.
#[derive(Debug, Clone, FromRow)]
pub struct Participants {
    pub activity_id: i64,
    pub category: String,
    pub headcount: i64,
}

/// The participant counts of these activities, in one query.
pub async fn participants_of(db: &Db, activity_ids: &[i64]) -> StorageResult<Vec<Participants>> {
    if activity_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT activity_id, category, headcount FROM tw_participants \
         WHERE activity_id IN ({}) ORDER BY activity_id, category",
        placeholders(1, activity_ids.len())
    );
    let mut q = sqlx::query_as::<_, Participants>(&sql);
    for id in activity_ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// Headcounts of one category over a twinning (or one of its lots): in activities done, and in
/// activities still planned.
#[derive(Debug, Clone, FromRow)]
pub struct ParticipantTotal {
    pub category: String,
    pub took_part: i64,
    pub planned: i64,
}

/// The participants of a twinning per category, or of one lot when `lot` is given. Cancelled
/// activities are left out.
pub async fn participant_totals(
    db: &Db,
    twinning_id: i64,
    lot: Option<&str>,
) -> StorageResult<Vec<ParticipantTotal>> {
    Ok(sqlx::query_as(
        "SELECT p.category, \
         CAST(COALESCE(SUM(CASE WHEN a.status = $3 THEN p.headcount ELSE 0 END), 0) AS BIGINT) \
           AS took_part, \
         CAST(COALESCE(SUM(CASE WHEN a.status = $4 THEN p.headcount ELSE 0 END), 0) AS BIGINT) \
           AS planned \
         FROM tw_activities a JOIN tw_participants p ON p.activity_id = a.id \
         WHERE a.twinning_id = $1 AND ($2 = '' OR a.lot = $2) AND a.status <> $5 \
         GROUP BY p.category ORDER BY p.category",
    )
    .bind(twinning_id)
    .bind(lot.unwrap_or(""))
    .bind(DONE)
    .bind(PLANNED)
    .bind(CANCELLED)
    .fetch_all(db.reader())
    .await?)
}

// ---- Evidence -----------------------------------------------------------------------------

/// A toolbox resource linked to an activity as evidence.
#[derive(Debug, Clone, FromRow)]
pub struct Evidence {
    pub activity_id: i64,
    pub resource_id: i64,
    pub title: String,
    pub rtype: String,
    pub lang: String,
    pub added_by_name: Option<String>,
    pub added_at: i64,
}

/// The evidence of these activities that `reader` may see: a link never reveals a resource
/// its reader could not open in the toolbox.
pub async fn evidence_of(
    db: &Db,
    reader: &Reader,
    activity_ids: &[i64],
) -> StorageResult<Vec<Evidence>> {
    if activity_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT e.activity_id, r.id AS resource_id, r.title, r.rtype, r.lang, \
         u.display_name AS added_by_name, e.added_at \
         FROM tw_evidence e JOIN resources r ON r.id = e.resource_id \
         LEFT JOIN users u ON u.id = e.added_by \
         WHERE e.activity_id IN ({}) AND {} ORDER BY e.activity_id, e.added_at, r.id",
        placeholders(2, activity_ids.len()),
        crate::sharing::visible_sql(reader, "r", 1)
    );
    let mut q = sqlx::query_as::<_, Evidence>(&sql).bind(reader.bind_id());
    for id in activity_ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// What linking evidence came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    Added,
    /// The resource was already evidence of this activity.
    Already,
    /// The activity already has [`EVIDENCE_MAX`] resources.
    Full,
}

/// Links a resource as evidence of an activity of this twinning (the caller has checked that
/// the person linking may see it). [`StorageError::NotFound`] when the activity is gone.
pub async fn link_evidence(
    conn: &mut Conn,
    twinning_id: i64,
    activity_id: i64,
    resource_id: i64,
    by: i64,
) -> StorageResult<Linked> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM tw_activities WHERE twinning_id = $1 AND id = $2")
            .bind(twinning_id)
            .bind(activity_id)
            .fetch_optional(&mut *conn)
            .await?;
    if found.is_none() {
        return Err(StorageError::NotFound);
    }
    let (count, already): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN resource_id = $2 THEN 1 ELSE 0 END), 0) \
         AS BIGINT) FROM tw_evidence WHERE activity_id = $1",
    )
    .bind(activity_id)
    .bind(resource_id)
    .fetch_one(&mut *conn)
    .await?;
    if already > 0 {
        return Ok(Linked::Already);
    }
    if count >= EVIDENCE_MAX {
        return Ok(Linked::Full);
    }
    let done = sqlx::query(
        "INSERT INTO tw_evidence (activity_id, resource_id, added_by, added_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (activity_id, resource_id) DO NOTHING",
    )
    .bind(activity_id)
    .bind(resource_id)
    .bind(by)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(if done.rows_affected() == 0 {
        Linked::Already
    } else {
        Linked::Added
    })
}

/// Removes a resource from an activity's evidence; `false` when it was not linked there.
pub async fn unlink_evidence(
    conn: &mut Conn,
    twinning_id: i64,
    activity_id: i64,
    resource_id: i64,
) -> StorageResult<bool> {
    let done = sqlx::query(
        "DELETE FROM tw_evidence WHERE activity_id = $1 AND resource_id = $2 AND activity_id IN \
         (SELECT id FROM tw_activities WHERE twinning_id = $3)",
    )
    .bind(activity_id)
    .bind(resource_id)
    .bind(twinning_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

// ---- Coaching log -------------------------------------------------------------------------

#[derive(Debug, Clone, FromRow)]
pub struct LogEntry {
    pub id: i64,
    pub twinning_id: i64,
    /// The side that wrote it; `None` once that organisation is gone from the directory.
    pub org_id: Option<i64>,
    pub org_name: Option<String>,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub held_on: String,
    pub topic: String,
    pub agreed_md: String,
    pub agreed_html: String,
    pub next_steps_md: String,
    pub next_steps_html: String,
    pub lang: String,
    pub created_at: i64,
}

const LOG_ENTRY: &str = "SELECT e.id, e.twinning_id, e.org_id, o.name AS org_name, e.author_id, \
    u.display_name AS author_name, e.held_on, e.topic, e.agreed_md, e.agreed_html, \
    e.next_steps_md, e.next_steps_html, e.lang, e.created_at \
    FROM tw_log_entries e LEFT JOIN organisations o ON o.id = e.org_id \
    LEFT JOIN users u ON u.id = e.author_id";

/// What a member writes in the coaching log. `held_on` is YYYY-MM-DD.
pub struct LogFields<'a> {
    pub org_id: i64,
    pub held_on: &'a str,
    pub topic: &'a str,
    pub agreed_md: &'a str,
    pub agreed_html: &'a str,
    pub next_steps_md: &'a str,
    pub next_steps_html: &'a str,
    pub lang: &'a str,
}

pub async fn add_log_entry(
    conn: &mut Conn,
    twinning_id: i64,
    f: &LogFields<'_>,
    author: i64,
) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO tw_log_entries (twinning_id, org_id, author_id, held_on, topic, agreed_md, \
         agreed_html, next_steps_md, next_steps_html, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(twinning_id)
    .bind(f.org_id)
    .bind(author)
    .bind(f.held_on)
    .bind(f.topic)
    .bind(f.agreed_md)
    .bind(f.agreed_html)
    .bind(f.next_steps_md)
    .bind(f.next_steps_html)
    .bind(f.lang)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// Changes an entry written by `author` (nobody else's). `false` when there is no such entry
/// of theirs.
pub async fn update_log_entry(
    conn: &mut Conn,
    twinning_id: i64,
    id: i64,
    author: i64,
    f: &LogFields<'_>,
) -> StorageResult<bool> {
    let done = sqlx::query(
        "UPDATE tw_log_entries SET org_id = $1, held_on = $2, topic = $3, agreed_md = $4, \
         agreed_html = $5, next_steps_md = $6, next_steps_html = $7, lang = $8 \
         WHERE twinning_id = $9 AND id = $10 AND author_id = $11",
    )
    .bind(f.org_id)
    .bind(f.held_on)
    .bind(f.topic)
    .bind(f.agreed_md)
    .bind(f.agreed_html)
    .bind(f.next_steps_md)
    .bind(f.next_steps_html)
    .bind(f.lang)
    .bind(twinning_id)
    .bind(id)
    .bind(author)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Deletes an entry written by `author`; `false` when there is no such entry of theirs.
pub async fn delete_log_entry(
    conn: &mut Conn,
    twinning_id: i64,
    id: i64,
    author: i64,
) -> StorageResult<bool> {
    let done = sqlx::query(
        "DELETE FROM tw_log_entries WHERE twinning_id = $1 AND id = $2 AND author_id = $3",
    )
    .bind(twinning_id)
    .bind(id)
    .bind(author)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn log_entry(db: &Db, twinning_id: i64, id: i64) -> StorageResult<Option<LogEntry>> {
    Ok(sqlx::query_as(&format!(
        "{LOG_ENTRY} WHERE e.twinning_id = $1 AND e.id = $2"
    ))
    .bind(twinning_id)
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

pub async fn count_log(db: &Db, twinning_id: i64) -> StorageResult<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM tw_log_entries WHERE twinning_id = $1")
            .bind(twinning_id)
            .fetch_one(db.reader())
            .await?,
    )
}

/// A page of the coaching log, the most recent meeting first.
pub async fn log(
    db: &Db,
    twinning_id: i64,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<LogEntry>> {
    Ok(sqlx::query_as(&format!(
        "{LOG_ENTRY} WHERE e.twinning_id = $1 ORDER BY e.held_on DESC, e.id DESC \
         LIMIT $2 OFFSET $3"
    ))
    .bind(twinning_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

#[cfg(test)]
mod tests {
    use super::Progress;

    #[test]
    fn progress_counts_done_among_what_is_not_cancelled() {
        let p = Progress {
            done: 1,
            counted: 3,
        };
        assert_eq!(p.percent(), 33);
        assert_eq!(Progress::default().percent(), 0);
        assert_eq!(
            Progress {
                done: 2,
                counted: 2
            }
            .percent(),
            100
        );
        let total = Progress::total(&[
            p,
            Progress {
                done: 2,
                counted: 2,
            },
            Progress::default(),
        ]);
        assert_eq!(
            total,
            Progress {
                done: 3,
                counted: 5
            }
        );
        assert_eq!(total.percent(), 60);
    }
}
