//! A working group's meetings: when (a UTC instant and the time zone it was planned in), where,
//! the agenda, the minutes and who attended.
//!
//! Each meeting is also a calendar event: `uid` never changes, and `sequence` grows whenever
//! something a calendar shows changes, so calendars that imported the event replace it instead
//! of keeping a stale copy beside the new one.
//!
//! Every read takes the group's id with the meeting's, so a meeting is only ever found through
//! its own group. Lists walk the index `wg_meetings_by_group` and are bounded.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageResult};

pub const PRESENT: &str = "present";
pub const EXCUSED: &str = "excused";
pub const ABSENT: &str = "absent";
/// The attendance states, in the order forms offer them.
pub const ATTENDANCE: [&str; 3] = [PRESENT, EXCUSED, ABSENT];

/// The longest a meeting may last, in minutes. Lists use it to find meetings still running
/// with a range on `starts_at` that the index serves.
pub const LONGEST_MINUTES: i64 = 600;

const MINUTE_MS: i64 = 60_000;

/// A meeting with everything its page and its calendar event show.
#[derive(Debug, Clone, FromRow)]
pub struct Meeting {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub time_zone: String,
    pub duration_minutes: i64,
    pub place: String,
    pub agenda_md: String,
    pub agenda_html: String,
    pub minutes_md: String,
    pub minutes_html: String,
    pub lang: String,
    pub minutes_lang: Option<String>,
    pub minutes_by: Option<i64>,
    pub minutes_by_name: Option<String>,
    pub minutes_at: Option<i64>,
    pub uid: String,
    pub sequence: i64,
    pub created_by: Option<i64>,
    pub created_by_name: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Meeting {
    pub fn ends_at(&self) -> i64 {
        self.starts_at
            .saturating_add(self.duration_minutes.saturating_mul(MINUTE_MS))
    }
}

const MEETING: &str = "SELECT m.id, m.group_id, m.title, m.starts_at, m.time_zone, \
    m.duration_minutes, m.place, m.agenda_md, m.agenda_html, m.minutes_md, m.minutes_html, m.lang, \
    m.minutes_lang, m.minutes_by, w.display_name AS minutes_by_name, m.minutes_at, m.uid, \
    m.sequence, m.created_by, c.display_name AS created_by_name, m.created_at, m.updated_at \
    FROM wg_meetings m LEFT JOIN users w ON w.id = m.minutes_by \
    LEFT JOIN users c ON c.id = m.created_by";

/// A meeting in a list: no texts, but how many attended and whether minutes exist.
#[derive(Debug, Clone, FromRow)]
pub struct MeetingRow {
    pub id: i64,
    pub title: String,
    pub starts_at: i64,
    pub time_zone: String,
    pub duration_minutes: i64,
    pub place: String,
    pub lang: String,
    pub has_minutes: i64,
    pub present_count: i64,
}

impl MeetingRow {
    pub fn ends_at(&self) -> i64 {
        self.starts_at
            .saturating_add(self.duration_minutes.saturating_mul(MINUTE_MS))
    }
}

const ROW: &str = "SELECT m.id, m.title, m.starts_at, m.time_zone, m.duration_minutes, m.place, \
    m.lang, CAST(CASE WHEN m.minutes_md <> '' THEN 1 ELSE 0 END AS BIGINT) AS has_minutes, \
    (SELECT COUNT(*) FROM wg_attendance a WHERE a.meeting_id = m.id AND a.status = 'present') \
    AS present_count FROM wg_meetings m";

/// What the person planning or editing a meeting writes.
pub struct MeetingFields<'a> {
    pub title: &'a str,
    pub starts_at: i64,
    pub time_zone: &'a str,
    pub duration_minutes: i64,
    pub place: &'a str,
    pub agenda_md: &'a str,
    pub agenda_html: &'a str,
    pub lang: &'a str,
}

/// Plans a meeting; `uid` is its calendar identifier, unique across the site.
pub async fn create(
    conn: &mut Conn,
    group_id: i64,
    f: &MeetingFields<'_>,
    uid: &str,
    by: i64,
) -> StorageResult<i64> {
    let at = now();
    Ok(sqlx::query_scalar(
        "INSERT INTO wg_meetings (group_id, title, starts_at, time_zone, duration_minutes, place, \
         agenda_md, agenda_html, lang, uid, sequence, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12, $12) RETURNING id",
    )
    .bind(group_id)
    .bind(f.title)
    .bind(f.starts_at)
    .bind(f.time_zone)
    .bind(f.duration_minutes)
    .bind(f.place)
    .bind(f.agenda_md)
    .bind(f.agenda_html)
    .bind(f.lang)
    .bind(uid)
    .bind(by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?)
}

/// Changes what a meeting is. The sequence grows only when something a calendar shows changed
/// (title, time, place, agenda), so saving an unchanged form does not make every calendar
/// update. Returns false when the group has no such meeting.
pub async fn update(
    conn: &mut Conn,
    group_id: i64,
    id: i64,
    f: &MeetingFields<'_>,
) -> StorageResult<bool> {
    let r = sqlx::query(
        "UPDATE wg_meetings SET sequence = sequence + CASE WHEN title <> $1 OR starts_at <> $2 \
         OR time_zone <> $3 OR duration_minutes <> $4 OR place <> $5 OR agenda_md <> $6 \
         THEN 1 ELSE 0 END, \
         title = $1, starts_at = $2, time_zone = $3, duration_minutes = $4, place = $5, \
         agenda_md = $6, agenda_html = $7, lang = $8, updated_at = $9 \
         WHERE id = $10 AND group_id = $11",
    )
    .bind(f.title)
    .bind(f.starts_at)
    .bind(f.time_zone)
    .bind(f.duration_minutes)
    .bind(f.place)
    .bind(f.agenda_md)
    .bind(f.agenda_html)
    .bind(f.lang)
    .bind(now())
    .bind(id)
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Writes the minutes (empty clears them). They are not part of the calendar event, so the
/// sequence stays. Returns false when the group has no such meeting.
pub async fn set_minutes(
    conn: &mut Conn,
    group_id: i64,
    id: i64,
    md: &str,
    html: &str,
    lang: &str,
    by: i64,
) -> StorageResult<bool> {
    let at = now();
    let r = sqlx::query(
        "UPDATE wg_meetings SET minutes_md = $1, minutes_html = $2, minutes_lang = $3, \
         minutes_by = $4, minutes_at = $5, updated_at = $5 WHERE id = $6 AND group_id = $7",
    )
    .bind(md)
    .bind(html)
    .bind(lang)
    .bind(by)
    .bind(at)
    .bind(id)
    .bind(group_id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// The meeting `id` of group `group_id`; `None` when the group has no such meeting.
pub async fn get(db: &Db, group_id: i64, id: i64) -> StorageResult<Option<Meeting>> {
    Ok(
        sqlx::query_as(&format!("{MEETING} WHERE m.id = $1 AND m.group_id = $2"))
            .bind(id)
            .bind(group_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// Who planned the meeting, read inside a change: `None` when the group has no such meeting,
/// `Some(None)` when its creator's account is gone.
pub async fn creator_in(
    conn: &mut Conn,
    group_id: i64,
    id: i64,
) -> StorageResult<Option<Option<i64>>> {
    Ok(
        sqlx::query_scalar("SELECT created_by FROM wg_meetings WHERE id = $1 AND group_id = $2")
            .bind(id)
            .bind(group_id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// Meetings that have not ended by `at` (those running included), the soonest first.
pub async fn upcoming(
    db: &Db,
    group_id: i64,
    at: i64,
    limit: i64,
) -> StorageResult<Vec<MeetingRow>> {
    Ok(sqlx::query_as(&format!(
        "{ROW} WHERE m.group_id = $1 AND m.starts_at > $2 \
         AND m.starts_at + m.duration_minutes * {MINUTE_MS} > $3 \
         ORDER BY m.starts_at, m.id LIMIT $4"
    ))
    .bind(group_id)
    .bind(at - LONGEST_MINUTES * MINUTE_MS)
    .bind(at)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// How many meetings have not ended by `at`.
pub async fn upcoming_count(db: &Db, group_id: i64, at: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM wg_meetings m WHERE m.group_id = $1 AND m.starts_at > $2 \
         AND m.starts_at + m.duration_minutes * {MINUTE_MS} > $3"
    ))
    .bind(group_id)
    .bind(at - LONGEST_MINUTES * MINUTE_MS)
    .bind(at)
    .fetch_one(db.reader())
    .await?)
}

/// A page of meetings that ended by `at`, the latest first.
pub async fn past(
    db: &Db,
    group_id: i64,
    at: i64,
    limit: i64,
    offset: i64,
) -> StorageResult<Vec<MeetingRow>> {
    Ok(sqlx::query_as(&format!(
        "{ROW} WHERE m.group_id = $1 AND m.starts_at <= $2 \
         AND m.starts_at + m.duration_minutes * {MINUTE_MS} <= $2 \
         ORDER BY m.starts_at DESC, m.id DESC LIMIT $3 OFFSET $4"
    ))
    .bind(group_id)
    .bind(at)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

/// How many meetings ended by `at`.
pub async fn past_count(db: &Db, group_id: i64, at: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM wg_meetings m WHERE m.group_id = $1 AND m.starts_at <= $2 \
         AND m.starts_at + m.duration_minutes * {MINUTE_MS} <= $2"
    ))
    .bind(group_id)
    .bind(at)
    .fetch_one(db.reader())
    .await?)
}

/// The group's meetings for its calendar file: the latest `limit` by start, in start order.
pub async fn for_calendar(db: &Db, group_id: i64, limit: i64) -> StorageResult<Vec<Meeting>> {
    let mut list: Vec<Meeting> = sqlx::query_as(&format!(
        "{MEETING} WHERE m.group_id = $1 ORDER BY m.starts_at DESC, m.id DESC LIMIT $2"
    ))
    .bind(group_id)
    .bind(limit)
    .fetch_all(db.reader())
    .await?;
    list.reverse();
    Ok(list)
}

/// One person's recorded attendance at a meeting.
#[derive(Debug, Clone, FromRow)]
pub struct Attendance {
    pub user_id: i64,
    pub display_name: String,
    pub status: String,
    pub recorded_by_name: Option<String>,
    pub recorded_at: i64,
}

/// Everyone whose attendance was recorded (former members included), by name.
pub async fn attendance(db: &Db, meeting_id: i64) -> StorageResult<Vec<Attendance>> {
    Ok(sqlx::query_as(
        "SELECT a.user_id, u.display_name, a.status, r.display_name AS recorded_by_name, \
         a.recorded_at FROM wg_attendance a JOIN users u ON u.id = a.user_id \
         LEFT JOIN users r ON r.id = a.recorded_by WHERE a.meeting_id = $1 \
         ORDER BY u.display_name, a.user_id",
    )
    .bind(meeting_id)
    .fetch_all(db.reader())
    .await?)
}

/// Records attendance: each `(user, Some(status))` is set, each `(user, None)` cleared.
/// People not named keep what was recorded (a former member's attendance stays history).
pub async fn record_attendance(
    conn: &mut Conn,
    meeting_id: i64,
    entries: &[(i64, Option<&str>)],
    by: i64,
) -> StorageResult<()> {
    let at = now();
    for (user_id, status) in entries {
        match status {
            Some(status) => {
                sqlx::query(
                    "INSERT INTO wg_attendance (meeting_id, user_id, status, recorded_by, \
                     recorded_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (meeting_id, user_id) DO UPDATE SET status = excluded.status, \
                     recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at \
                     WHERE wg_attendance.status <> excluded.status",
                )
                .bind(meeting_id)
                .bind(*user_id)
                .bind(*status)
                .bind(by)
                .bind(at)
                .execute(&mut *conn)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM wg_attendance WHERE meeting_id = $1 AND user_id = $2")
                    .bind(meeting_id)
                    .bind(*user_id)
                    .execute(&mut *conn)
                    .await?;
            }
        }
    }
    Ok(())
}
