//! A working group's meetings: planned in a time zone, kept in UTC, shown to each reader in
//! the meeting's own zone (named), in UTC and, if they ask, in a zone of their choice; with an
//! agenda, minutes written during or after the meeting, attendance, and iCalendar files so
//! people in different countries put the meeting in their own calendars at the right hour.
//!
//! Members and site staff read; members plan meetings and write minutes while the group is
//! active; the person who planned a meeting, or a coordinator, changes its time, place and
//! agenda and records attendance. Every change checks again, inside its transaction, that the
//! group is active and the person still belongs to it ([`super::begin_change`]).

#[path = "ical.rs"]
mod ical;

use std::collections::HashMap;
use std::sync::OnceLock;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::{validate, Language};
use bottega_i18n::{FluentArgs, Localizer};
use bottega_storage::collaboration::groups;
use bottega_storage::collaboration::meetings::{
    self as store, Attendance, Meeting, MeetingFields, MeetingRow,
};
use bottega_storage::{Conn, StorageError};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use super::Workspace;
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, query_string, render, render_status, Choice, FormErrors, Paging,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups/{id}/meetings", get(list).post(plan))
        .route("/groups/{id}/meetings.ics", get(group_calendar))
        .route("/groups/{id}/meetings/new", get(new_form))
        .route("/groups/{id}/meetings/{m}", get(show))
        .route(
            "/groups/{id}/meetings/{m}/edit",
            get(edit_form).post(edit_submit),
        )
        .route(
            "/groups/{id}/meetings/{m}/minutes",
            get(minutes_form).post(minutes_submit),
        )
        .route(
            "/groups/{id}/meetings/{m}/attendance",
            get(attendance_form).post(attendance_submit),
        )
        .route(
            "/groups/{id}/meetings/{m}/meeting.ics",
            get(meeting_calendar),
        )
}

pub const TITLE_MAX: usize = 150;
pub const PLACE_MAX: usize = 300;
pub const AGENDA_MAX: usize = 20_000;
pub const MINUTES_MAX: usize = 50_000;
pub const DURATION_MIN: i64 = 15;
pub const DURATION_MAX: i64 = store::LONGEST_MINUTES;
pub const DURATION_DEFAULT: i64 = 60;
/// Upcoming meetings shown at once; a group rarely plans more, and the page says so if it did.
const UPCOMING_MAX: i64 = 100;
/// Meetings in the group's calendar file: the latest ones, which is what calendars need.
const CALENDAR_MAX: i64 = 500;

// ---- Time zones ---------------------------------------------------------------------------

pub const DEFAULT_ZONE: &str = "Europe/Brussels";

/// Zones offered besides Europe/*: UTC, and those of EU regions and neighbours outside the
/// Europe/ area of the time zone database (islands, outermost regions, Cyprus, the Caucasus,
/// the southern shore of the Mediterranean).
const EXTRA_ZONES: &[&str] = &[
    "UTC",
    "Africa/Casablanca",
    "Africa/Ceuta",
    "Africa/Tunis",
    "America/Cayenne",
    "America/Guadeloupe",
    "America/Martinique",
    "Asia/Baku",
    "Asia/Famagusta",
    "Asia/Jerusalem",
    "Asia/Nicosia",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Atlantic/Azores",
    "Atlantic/Canary",
    "Atlantic/Madeira",
    "Atlantic/Reykjavik",
    "Indian/Mayotte",
    "Indian/Reunion",
];

/// Old names kept in the database only as aliases; offering them beside the current ones
/// (Europe/Kyiv) would only confuse.
const OLD_NAMES: &[&str] = &[
    "Europe/Belfast",
    "Europe/Kiev",
    "Europe/Tiraspol",
    "Europe/Uzhgorod",
    "Europe/Zaporozhye",
];

/// The IANA names a meeting may be planned in, sorted.
pub fn zone_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| tz.name())
            .filter(|n| {
                (n.starts_with("Europe/") && !OLD_NAMES.contains(n)) || EXTRA_ZONES.contains(n)
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    })
}

/// An offered zone by its name.
pub fn offered_zone(name: &str) -> Option<Tz> {
    let name = name.trim();
    zone_names()
        .iter()
        .find(|n| **n == name)
        .and_then(|n| n.parse::<Tz>().ok())
}

/// The zone a stored meeting is shown in; UTC should a stored name ever stop being known.
fn stored_zone(name: &str) -> Tz {
    name.parse::<Tz>().unwrap_or(chrono_tz::UTC)
}

fn zone_choices(selected: &str) -> Vec<Choice> {
    zone_names()
        .iter()
        .map(|n| Choice {
            code: (*n).to_string(),
            label: n.replace('_', " "),
            selected: *n == selected,
        })
        .collect()
}

/// The instant a local date and time in `tz` names. A time the clocks skip (the spring
/// change) names none: `None`. A time that happens twice (the autumn change) is taken the
/// first time, as people meeting "at 02:30" that night most likely mean the earlier one.
pub fn local_to_utc(tz: Tz, date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|d| d.with_timezone(&Utc))
}

/// The first local time after `at` that exists in `tz`, in quarter-hour steps, to suggest when
/// the one typed falls in a gap.
fn next_existing(tz: Tz, at: NaiveDateTime) -> Option<NaiveDateTime> {
    (1..=16)
        .map(|q| at + chrono::Duration::minutes(15 * q))
        .find(|t| tz.from_local_datetime(t).earliest().is_some())
}

// ---- Showing times ------------------------------------------------------------------------

/// A meeting's start and end in one zone, ready to show.
#[derive(Debug, Clone)]
pub struct ZoneSpan {
    /// "14 July 2026, 14:30–16:00"
    pub span: String,
    /// The start for `<time datetime>`, e.g. `2026-07-14T14:30+02:00`.
    pub iso: String,
    /// The zone's IANA name ("UTC" for UTC).
    pub zone: String,
    /// "UTC+02:00"
    pub offset: String,
}

/// When a meeting is, as a page shows it.
#[derive(Debug, Clone)]
pub struct When {
    /// In the meeting's own zone.
    pub local: ZoneSpan,
    /// In UTC; not shown again when the meeting's zone is UTC.
    pub utc: ZoneSpan,
    pub in_utc: bool,
    /// In the zone the reader asked for, when it is neither of the others.
    pub reader: Option<ZoneSpan>,
    pub duration: String,
    /// The duration for `<time datetime>`, e.g. `PT90M`.
    pub duration_iso: String,
}

/// The UTC milliseconds of a local wall-clock time, for the Localizer, which formats dates
/// of UTC instants.
fn wall_clock_millis<Z: TimeZone>(dt: &DateTime<Z>) -> i64 {
    dt.naive_local().and_utc().timestamp_millis()
}

fn offset_name(seconds: i32) -> String {
    if seconds == 0 {
        return "UTC".to_string();
    }
    let sign = if seconds < 0 { '−' } else { '+' };
    let s = seconds.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
}

fn zone_span(l: &Localizer, tz: Tz, starts_at: i64, ends_at: i64) -> ZoneSpan {
    let start = DateTime::<Utc>::from_timestamp_millis(starts_at)
        .unwrap_or_default()
        .with_timezone(&tz);
    let end = DateTime::<Utc>::from_timestamp_millis(ends_at)
        .unwrap_or_default()
        .with_timezone(&tz);
    let mut args = FluentArgs::new();
    args.set("date", l.date(wall_clock_millis(&start)));
    args.set("start", start.format("%H:%M").to_string());
    args.set("end", end.format("%H:%M").to_string());
    let span = if start.date_naive() == end.date_naive() {
        l.t_args("wg-meeting-span-one-day", Some(&args))
    } else {
        args.set("enddate", l.date(wall_clock_millis(&end)));
        l.t_args("wg-meeting-span-two-days", Some(&args))
    };
    let seconds = start.offset().fix().local_minus_utc();
    let iso = if tz == chrono_tz::UTC {
        start.format("%Y-%m-%dT%H:%MZ").to_string()
    } else {
        start.format("%Y-%m-%dT%H:%M%:z").to_string()
    };
    ZoneSpan {
        span,
        iso,
        zone: tz.name().replace('_', " "),
        offset: offset_name(seconds),
    }
}

pub fn when(
    l: &Localizer,
    starts_at: i64,
    duration_minutes: i64,
    zone: &str,
    reader: Option<Tz>,
) -> When {
    let tz = stored_zone(zone);
    let ends_at = starts_at.saturating_add(duration_minutes.saturating_mul(60_000));
    let in_utc = tz == chrono_tz::UTC;
    let reader = reader
        .filter(|r| *r != tz && *r != chrono_tz::UTC)
        .map(|r| zone_span(l, r, starts_at, ends_at));
    When {
        local: zone_span(l, tz, starts_at, ends_at),
        utc: zone_span(l, chrono_tz::UTC, starts_at, ends_at),
        in_utc,
        reader,
        duration: l.t2(
            "wg-meeting-duration",
            "hours",
            duration_minutes / 60,
            "minutes",
            duration_minutes % 60,
        ),
        duration_iso: format!("PT{duration_minutes}M"),
    }
}

/// A place that is a web address (a video call) is shown as a link.
pub fn place_link(place: &str) -> Option<&str> {
    let p = place.trim();
    let web = p.starts_with("https://") || p.starts_with("http://");
    (web && !p.contains(char::is_whitespace)).then_some(p)
}

// ---- The meeting form ---------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct MeetingForm {
    pub title: String,
    /// YYYY-MM-DD, from `<input type="date">`.
    pub date: String,
    /// HH:MM, from `<input type="time">`.
    pub time: String,
    pub time_zone: String,
    pub duration: String,
    pub place: String,
    pub agenda: String,
    pub lang: String,
}

#[derive(Debug)]
pub struct ValidMeeting {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub duration_minutes: i64,
    pub place: String,
    pub agenda: String,
    pub lang: Language,
}

fn parse_date(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
}

fn parse_time(v: &str) -> Option<NaiveTime> {
    let v = v.trim();
    NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .ok()
}

/// Checks a planned or edited meeting, turning its local date and time into UTC.
pub fn check_meeting(l: &Localizer, form: &MeetingForm) -> Result<ValidMeeting, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let date = if form.date.trim().is_empty() {
        e.add(l, "date", &validate::FieldError::Required);
        None
    } else {
        let d = parse_date(&form.date);
        if d.is_none() {
            e.add_message("date", l.t("wg-meeting-error-date"));
        }
        d
    };
    let time = if form.time.trim().is_empty() {
        e.add(l, "time", &validate::FieldError::Required);
        None
    } else {
        let t = parse_time(&form.time);
        if t.is_none() {
            e.add_message("time", l.t("wg-meeting-error-time"));
        }
        t
    };
    let zone = offered_zone(&form.time_zone);
    if zone.is_none() {
        e.add_message("time_zone", l.t("wg-meeting-error-time-zone"));
    }
    let duration = match form.duration.trim().parse::<i64>() {
        Ok(n) if (DURATION_MIN..=DURATION_MAX).contains(&n) => n,
        _ => {
            e.add_message(
                "duration",
                l.t2(
                    "wg-meeting-error-duration",
                    "min",
                    DURATION_MIN,
                    "max",
                    DURATION_MAX,
                ),
            );
            0
        }
    };
    let place = e.check(l, "place", validate::line(&form.place, false, PLACE_MAX));
    let agenda = e.check(l, "agenda", validate::text(&form.agenda, false, AGENDA_MAX));
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let mut starts_at = None;
    if let (Some(date), Some(time), Some(tz)) = (date, time, zone) {
        starts_at = local_to_utc(tz, date, time);
        if starts_at.is_none() {
            let mut args = FluentArgs::new();
            args.set("time", time.format("%H:%M").to_string());
            args.set("zone", tz.name());
            let id = match next_existing(tz, date.and_time(time)) {
                Some(next) => {
                    args.set("next", next.format("%H:%M").to_string());
                    "wg-meeting-error-time-gap"
                }
                None => "wg-meeting-error-time-missing",
            };
            e.add_message("time", l.t_args(id, Some(&args)));
        }
    }
    match (starts_at, zone, lang) {
        (Some(starts_at), Some(time_zone), Some(lang)) if e.is_empty() => Ok(ValidMeeting {
            title,
            starts_at,
            time_zone,
            duration_minutes: duration,
            place,
            agenda,
            lang,
        }),
        _ => Err(e),
    }
}

/// The form filled with a stored meeting, its time shown in its own zone.
fn form_of(m: &Meeting) -> MeetingForm {
    let tz = stored_zone(&m.time_zone);
    let start = DateTime::<Utc>::from_timestamp_millis(m.starts_at)
        .unwrap_or_default()
        .with_timezone(&tz);
    MeetingForm {
        title: m.title.clone(),
        date: start.format("%Y-%m-%d").to_string(),
        time: start.format("%H:%M").to_string(),
        time_zone: m.time_zone.clone(),
        duration: m.duration_minutes.to_string(),
        place: m.place.clone(),
        agenda: m.agenda_md.clone(),
        lang: m.lang.clone(),
    }
}

/// A new calendar identifier: 128 random bits, unique across sites in practice.
fn new_uid() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{}@bottega", hex::encode(bytes))
}

// ---- Loading and rules --------------------------------------------------------------------

async fn load_meeting(state: &AppState, ws: &Workspace, m: &str) -> AppResult<Meeting> {
    let id = super::parse_id(m)?;
    store::get(&state.db, ws.id(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Who changes a meeting's time, place and agenda, and records its attendance: the person who
/// planned it, coordinators and site staff.
fn may_organise(ws: &Workspace, m: &Meeting, user_id: Option<i64>) -> bool {
    ws.may_manage() || (user_id.is_some() && m.created_by == user_id)
}

fn organisers_only() -> AppError {
    AppError::Refused {
        code: "meeting_organisers_only",
        message: "wg-meeting-error-organisers-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// The organiser rule again inside the change, against what the transaction sees.
async fn require_organiser_in(
    tx: &mut Conn,
    ws: &Workspace,
    meeting_id: i64,
    user_id: i64,
) -> AppResult<()> {
    let creator = store::creator_in(tx, ws.id(), meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if creator == Some(user_id) || ws.staff {
        return Ok(());
    }
    let coordinator = groups::place_in(tx, ws.id(), user_id)
        .await?
        .is_some_and(|p| p.is_coordinator());
    if coordinator {
        Ok(())
    } else {
        Err(organisers_only())
    }
}

fn meeting_url(ws: &Workspace, meeting_id: i64) -> String {
    format!("/groups/{}/meetings/{meeting_id}", ws.id())
}

fn status_of(errors: &FormErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

fn user_id(c: &Ctx) -> Option<i64> {
    c.user.as_ref().map(|u| u.user_id)
}

// ---- The list -----------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// Read leniently: a page that is not a number is the first.
    pub page: String,
    /// A zone the reader wants times shown in as well.
    pub tz: String,
}

pub struct Row {
    pub m: MeetingRow,
    pub when: When,
    pub place_link: bool,
}

fn rows(l: &Localizer, list: Vec<MeetingRow>, reader: Option<Tz>) -> Vec<Row> {
    list.into_iter()
        .map(|m| Row {
            when: when(l, m.starts_at, m.duration_minutes, &m.time_zone, reader),
            place_link: place_link(&m.place).is_some(),
            m,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "collaboration/meetings.html")]
struct ListPage {
    c: Ctx,
    ws: Workspace,
    upcoming: Vec<Row>,
    /// Upcoming meetings beyond those shown.
    upcoming_hidden: i64,
    past: Vec<Row>,
    paging: Paging,
    zones: Vec<Choice>,
    /// Where the zone form sends the reader: this page.
    zone_action: String,
    /// `?tz=...` to carry the chosen zone to meeting pages, or "".
    tz_query: String,
}

async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let ws = super::readable(&state, &c, &id).await?;
    let at = bottega_storage::now();
    let reader = offered_zone(&q.tz);
    let tz = reader.map(|z| z.name()).unwrap_or("");
    let upcoming = store::upcoming(&state.db, ws.id(), at, UPCOMING_MAX).await?;
    let upcoming_total = if upcoming.len() as i64 >= UPCOMING_MAX {
        store::upcoming_count(&state.db, ws.id(), at).await?
    } else {
        upcoming.len() as i64
    };
    let past_total = store::past_count(&state.db, ws.id(), at).await?;
    let page = q.page.trim().parse::<i64>().unwrap_or(1).max(1);
    let paging = Paging::new(page, past_total, query_string(&[("tz", tz)]));
    let past = store::past(
        &state.db,
        ws.id(),
        at,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    let upcoming = rows(&c.l, upcoming, reader);
    let past = rows(&c.l, past, reader);
    let tz_query = if tz.is_empty() {
        String::new()
    } else {
        format!("?{}", query_string(&[("tz", tz)]))
    };
    Ok(render(&ListPage {
        zones: zone_choices(tz),
        zone_action: format!("/groups/{}/meetings", ws.id()),
        upcoming_hidden: upcoming_total - upcoming.len() as i64,
        c,
        ws,
        upcoming,
        past,
        paging,
        tz_query,
    }))
}

// ---- Planning and editing -----------------------------------------------------------------

#[derive(Template)]
#[template(path = "collaboration/meeting_form.html")]
struct FormPage {
    c: Ctx,
    ws: Workspace,
    /// The meeting being edited; `None` when planning one.
    meeting: Option<Meeting>,
    form: MeetingForm,
    errors: FormErrors,
    zones: Vec<Choice>,
    languages: Vec<Choice>,
    duration_min: i64,
    duration_max: i64,
}

fn form_page(
    c: Ctx,
    ws: Workspace,
    meeting: Option<Meeting>,
    form: MeetingForm,
    errors: FormErrors,
) -> Response {
    let lang: Vec<Language> = Language::parse(form.lang.trim()).into_iter().collect();
    render_status(
        status_of(&errors),
        &FormPage {
            zones: zone_choices(form.time_zone.trim()),
            languages: language_options(&lang),
            duration_min: DURATION_MIN,
            duration_max: DURATION_MAX,
            c,
            ws,
            meeting,
            form,
            errors,
        },
    )
}

async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, ws) = super::for_change(&state, &c, &id).await?;
    let form = MeetingForm {
        time_zone: DEFAULT_ZONE.to_string(),
        duration: DURATION_DEFAULT.to_string(),
        lang: c.l.lang().to_string(),
        ..MeetingForm::default()
    };
    Ok(form_page(c, ws, None, form, FormErrors::new()))
}

async fn plan(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<MeetingForm>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let valid = match check_meeting(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, ws, None, form, e)),
    };
    let agenda_html = bottega_text::render(&valid.agenda, &HashMap::new()).html;
    let starts_at = valid.starts_at.timestamp_millis();
    let mut tx = super::begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let meeting_id = store::create(
        &mut tx,
        ws.id(),
        &MeetingFields {
            title: &valid.title,
            starts_at,
            time_zone: valid.time_zone.name(),
            duration_minutes: valid.duration_minutes,
            place: &valid.place,
            agenda_md: &valid.agenda,
            agenda_html: &agenda_html,
            lang: valid.lang.code(),
        },
        &new_uid(),
        user_id,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    let flash = if starts_at < bottega_storage::now() {
        "flash-wg-meeting-recorded"
    } else {
        "flash-wg-meeting-planned"
    };
    Ok(redirect_with_flash(&meeting_url(&ws, meeting_id), flash))
}

async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    if !may_organise(&ws, &meeting, Some(user_id)) {
        return Err(organisers_only());
    }
    let form = form_of(&meeting);
    Ok(form_page(c, ws, Some(meeting), form, FormErrors::new()))
}

async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
    Form(form): Form<MeetingForm>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    if !may_organise(&ws, &meeting, Some(user_id)) {
        return Err(organisers_only());
    }
    let valid = match check_meeting(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, ws, Some(meeting), form, e)),
    };
    let agenda_html = bottega_text::render(&valid.agenda, &HashMap::new()).html;
    let mut tx = super::begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    require_organiser_in(&mut tx, &ws, meeting.id, user_id).await?;
    let found = store::update(
        &mut tx,
        ws.id(),
        meeting.id,
        &MeetingFields {
            title: &valid.title,
            starts_at: valid.starts_at.timestamp_millis(),
            time_zone: valid.time_zone.name(),
            duration_minutes: valid.duration_minutes,
            place: &valid.place,
            agenda_md: &valid.agenda,
            agenda_html: &agenda_html,
            lang: valid.lang.code(),
        },
    )
    .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &meeting_url(&ws, meeting.id),
        "flash-wg-meeting-updated",
    ))
}

// ---- The meeting's page -------------------------------------------------------------------

/// A person in the attendance of a meeting.
pub struct Person {
    pub user_id: i64,
    pub name: String,
}

/// The attendance of a meeting by state: current members without a record are "not
/// recorded"; former members keep what was recorded for them.
#[derive(Default)]
pub struct AttendanceView {
    pub present: Vec<Person>,
    pub excused: Vec<Person>,
    pub absent: Vec<Person>,
    pub unrecorded: Vec<Person>,
}

impl AttendanceView {
    fn new(members: &[groups::Member], records: Vec<Attendance>) -> AttendanceView {
        let mut view = AttendanceView::default();
        for r in records {
            let p = Person {
                user_id: r.user_id,
                name: r.display_name,
            };
            match r.status.as_str() {
                store::PRESENT => view.present.push(p),
                store::EXCUSED => view.excused.push(p),
                _ => view.absent.push(p),
            }
        }
        let recorded = |id: i64, v: &AttendanceView| {
            v.present
                .iter()
                .chain(&v.excused)
                .chain(&v.absent)
                .any(|p| p.user_id == id)
        };
        for m in members.iter().filter(|m| m.state == groups::IN) {
            if !recorded(m.user_id, &view) {
                view.unrecorded.push(Person {
                    user_id: m.user_id,
                    name: m.display_name.clone(),
                });
            }
        }
        view
    }

    pub fn is_empty(&self) -> bool {
        self.present.is_empty() && self.excused.is_empty() && self.absent.is_empty()
    }
}

#[derive(Template)]
#[template(path = "collaboration/meeting.html")]
struct ShowPage {
    c: Ctx,
    ws: Workspace,
    m: Meeting,
    when: When,
    place_link: bool,
    attendance: AttendanceView,
    may_organise: bool,
    has_started: bool,
    /// When the minutes were last written, in the reader's language.
    minutes_date: Option<String>,
    zones: Vec<Choice>,
    zone_action: String,
    tz_query: String,
}

async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let ws = super::readable(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    let members = groups::members(&state.db, ws.id()).await?;
    let records = store::attendance(&state.db, meeting.id).await?;
    let reader = offered_zone(&q.tz);
    let tz = reader.map(|z| z.name()).unwrap_or("");
    Ok(render(&ShowPage {
        when: when(
            &c.l,
            meeting.starts_at,
            meeting.duration_minutes,
            &meeting.time_zone,
            reader,
        ),
        place_link: place_link(&meeting.place).is_some(),
        attendance: AttendanceView::new(&members, records),
        may_organise: ws.may_write() && may_organise(&ws, &meeting, user_id(&c)),
        has_started: meeting.starts_at <= bottega_storage::now(),
        minutes_date: meeting.minutes_at.map(|at| c.l.datetime(at)),
        zones: zone_choices(tz),
        zone_action: format!("/groups/{}/meetings/{}", ws.id(), meeting.id),
        tz_query: if tz.is_empty() {
            String::new()
        } else {
            format!("?{}", query_string(&[("tz", tz)]))
        },
        c,
        ws,
        m: meeting,
    }))
}

// ---- Minutes ------------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct MinutesForm {
    pub minutes: String,
    pub lang: String,
}

pub fn check_minutes(l: &Localizer, form: &MinutesForm) -> Result<(String, Language), FormErrors> {
    let mut e = FormErrors::new();
    let minutes = e.check(
        l,
        "minutes",
        validate::text(&form.minutes, false, MINUTES_MAX),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    match lang {
        Some(lang) if e.is_empty() => Ok((minutes, lang)),
        _ => Err(e),
    }
}

#[derive(Template)]
#[template(path = "collaboration/meeting_minutes.html")]
struct MinutesPage {
    c: Ctx,
    ws: Workspace,
    m: Meeting,
    when: When,
    form: MinutesForm,
    errors: FormErrors,
    languages: Vec<Choice>,
}

fn minutes_page(
    c: Ctx,
    ws: Workspace,
    m: Meeting,
    form: MinutesForm,
    errors: FormErrors,
) -> Response {
    let lang: Vec<Language> = Language::parse(form.lang.trim()).into_iter().collect();
    render_status(
        status_of(&errors),
        &MinutesPage {
            when: when(&c.l, m.starts_at, m.duration_minutes, &m.time_zone, None),
            languages: language_options(&lang),
            c,
            ws,
            m,
            form,
            errors,
        },
    )
}

async fn minutes_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    let form = MinutesForm {
        minutes: meeting.minutes_md.clone(),
        lang: meeting
            .minutes_lang
            .clone()
            .unwrap_or_else(|| meeting.lang.clone()),
    };
    Ok(minutes_page(c, ws, meeting, form, FormErrors::new()))
}

async fn minutes_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
    Form(form): Form<MinutesForm>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    let (minutes, lang) = match check_minutes(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(minutes_page(c, ws, meeting, form, e)),
    };
    let html = bottega_text::render(&minutes, &HashMap::new()).html;
    let mut tx = super::begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    let found = store::set_minutes(
        &mut tx,
        ws.id(),
        meeting.id,
        &minutes,
        &html,
        lang.code(),
        user_id,
    )
    .await?;
    if !found {
        return Err(AppError::NotFound);
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("{}#minutes", meeting_url(&ws, meeting.id)),
        "flash-wg-meeting-minutes-saved",
    ))
}

// ---- Attendance ---------------------------------------------------------------------------

/// Field names of the attendance form: `att-<user id>`.
const ATT_PREFIX: &str = "att-";

/// A member's fieldset in the attendance form.
pub struct AttendanceRow {
    pub user_id: i64,
    pub name: String,
    pub coordinator: bool,
    pub options: Vec<Choice>,
    pub error: Option<String>,
}

/// Problems in the attendance form, with the id of the field each belongs to (`att-<id>`, or
/// `attendance` for the form as a whole).
#[derive(Debug, Default)]
pub struct AttendanceErrors {
    pub items: Vec<(String, String)>,
}

impl AttendanceErrors {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

/// What the attendance form sent: `(user id, status)` for each `att-` field. A status of ""
/// ("not recorded") clears; fields of people who are not members, or with a status that is
/// not one of the three, are problems.
pub fn check_attendance(
    l: &Localizer,
    fields: &[(String, String)],
    members: &[(i64, String)],
) -> Result<Vec<(i64, Option<&'static str>)>, AttendanceErrors> {
    let mut e = AttendanceErrors::default();
    let mut out: Vec<(i64, Option<&'static str>)> = Vec::new();
    let mut outsider = false;
    for (name, value) in fields {
        let Some(id) = name.strip_prefix(ATT_PREFIX) else {
            continue;
        };
        let member = id
            .parse::<i64>()
            .ok()
            .and_then(|id| members.iter().find(|(m, _)| *m == id));
        let Some((user_id, display_name)) = member else {
            outsider = true;
            continue;
        };
        let value = value.trim();
        let status = if value.is_empty() {
            None
        } else {
            match store::ATTENDANCE.into_iter().find(|s| *s == value) {
                Some(s) => Some(s),
                None => {
                    let field = format!("{ATT_PREFIX}{user_id}");
                    if e.get(&field).is_none() {
                        e.items.push((
                            field,
                            l.t1(
                                "wg-meeting-error-attendance-status",
                                "name",
                                display_name.as_str(),
                            ),
                        ));
                    }
                    continue;
                }
            }
        };
        // The last answer for a person counts, as a browser sends each radio group once.
        out.retain(|(u, _)| u != user_id);
        out.push((*user_id, status));
    }
    if outsider {
        e.items.insert(
            0,
            (
                "attendance".into(),
                l.t("wg-meeting-error-attendance-outsider"),
            ),
        );
    }
    if e.is_empty() {
        Ok(out)
    } else {
        Err(e)
    }
}

#[derive(Template)]
#[template(path = "collaboration/meeting_attendance.html")]
struct AttendancePage {
    c: Ctx,
    ws: Workspace,
    m: Meeting,
    when: When,
    rows: Vec<AttendanceRow>,
    errors: AttendanceErrors,
}

fn attendance_options(l: &Localizer, selected: &str) -> Vec<Choice> {
    let mut out: Vec<Choice> = store::ATTENDANCE
        .into_iter()
        .map(|s| Choice {
            code: s.to_string(),
            label: l.t(&format!("wg-meeting-attendance-{s}")),
            selected: s == selected,
        })
        .collect();
    out.push(Choice {
        code: String::new(),
        label: l.t("wg-meeting-attendance-unrecorded"),
        selected: selected.is_empty(),
    });
    out
}

/// The form for the current members. `chosen` is what each person has: stored, or just sent.
fn attendance_page(
    c: Ctx,
    ws: Workspace,
    m: Meeting,
    members: &[groups::Member],
    chosen: &HashMap<i64, String>,
    errors: AttendanceErrors,
) -> Response {
    let rows = members
        .iter()
        .filter(|p| p.state == groups::IN)
        .map(|p| {
            let selected = chosen.get(&p.user_id).map(String::as_str).unwrap_or("");
            AttendanceRow {
                user_id: p.user_id,
                name: p.display_name.clone(),
                coordinator: p.role == groups::COORDINATOR,
                options: attendance_options(&c.l, selected),
                error: errors
                    .get(&format!("{ATT_PREFIX}{}", p.user_id))
                    .map(str::to_string),
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AttendancePage {
            when: when(&c.l, m.starts_at, m.duration_minutes, &m.time_zone, None),
            c,
            ws,
            m,
            rows,
            errors,
        },
    )
}

async fn attendance_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    if !may_organise(&ws, &meeting, Some(user_id)) {
        return Err(organisers_only());
    }
    let members = groups::members(&state.db, ws.id()).await?;
    let chosen: HashMap<i64, String> = store::attendance(&state.db, meeting.id)
        .await?
        .into_iter()
        .map(|a| (a.user_id, a.status))
        .collect();
    Ok(attendance_page(
        c,
        ws,
        meeting,
        &members,
        &chosen,
        AttendanceErrors::default(),
    ))
}

async fn attendance_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let (user_id, ws) = super::for_change(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    if !may_organise(&ws, &meeting, Some(user_id)) {
        return Err(organisers_only());
    }
    let mut tx = super::begin_change(&state, ws.id(), user_id, ws.staff && !ws.is_member()).await?;
    require_organiser_in(&mut tx, &ws, meeting.id, user_id).await?;
    // Checked against the members as the transaction sees them, so someone removed while the
    // form was open is refused rather than recorded.
    let member_ids = groups::member_ids(&mut tx, ws.id()).await?;
    let members = groups::members(&state.db, ws.id()).await?;
    let names: Vec<(i64, String)> = member_ids
        .iter()
        .map(|id| {
            let name = members
                .iter()
                .find(|m| m.user_id == *id)
                .map(|m| m.display_name.clone())
                .unwrap_or_default();
            (*id, name)
        })
        .collect();
    match check_attendance(&c.l, &fields, &names) {
        Ok(entries) => {
            store::record_attendance(&mut tx, meeting.id, &entries, user_id).await?;
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &format!("{}#attendance", meeting_url(&ws, meeting.id)),
                "flash-wg-meeting-attendance-saved",
            ))
        }
        Err(errors) => {
            drop(tx);
            let chosen: HashMap<i64, String> = fields
                .iter()
                .filter_map(|(k, v)| {
                    let id = k.strip_prefix(ATT_PREFIX)?.parse::<i64>().ok()?;
                    Some((id, v.trim().to_string()))
                })
                .collect();
            Ok(attendance_page(c, ws, meeting, &members, &chosen, errors))
        }
    }
}

// ---- iCalendar ----------------------------------------------------------------------------

/// The agenda as plain text for a calendar: one line per line of the Markdown, list items
/// kept as items, the rest without markup.
pub fn agenda_text(md: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut gap = false;
    for raw in md.lines() {
        let line = raw.trim_end();
        if line.trim().is_empty() {
            gap = !lines.is_empty();
            continue;
        }
        let body = line.trim_start();
        let indent = (line.len() - body.len()).min(8);
        let (marker, rest) = list_marker(body);
        let text = bottega_text::plain_text(rest);
        if text.is_empty() {
            continue;
        }
        if gap {
            lines.push(String::new());
            gap = false;
        }
        lines.push(format!("{}{marker}{text}", " ".repeat(indent)));
    }
    lines.join("\n")
}

/// A Markdown list marker at the start of a line, written back plainly, and the rest.
fn list_marker(s: &str) -> (String, &str) {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = s.strip_prefix(bullet) {
            return ("- ".into(), rest);
        }
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &s[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return (format!("{}. ", &s[..digits]), rest);
        }
    }
    (String::new(), s)
}

/// The event of one meeting; `page` is the absolute address of its page.
fn event<'a>(m: &'a Meeting, description: &'a str, page: &'a str, stamp: i64) -> ical::Event<'a> {
    ical::Event {
        uid: &m.uid,
        sequence: m.sequence,
        stamp,
        last_modified: m.updated_at,
        start: m.starts_at,
        end: m.ends_at(),
        summary: &m.title,
        location: &m.place,
        description,
        url: page,
    }
}

fn description(m: &Meeting, page: &str) -> String {
    let agenda = agenda_text(&m.agenda_md);
    if agenda.is_empty() {
        page.to_string()
    } else {
        format!("{agenda}\n\n{page}")
    }
}

/// A calendar file as a download. It carries private details of the group, so no cache
/// keeps it.
fn calendar_response(text: String, file_name: &str) -> Response {
    let mut res = text.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(v) = HeaderValue::from_str(&bottega_files::names::content_disposition(file_name)) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

async fn meeting_calendar(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, m)): Path<(String, String)>,
) -> AppResult<Response> {
    let ws = super::readable(&state, &c, &id).await?;
    let meeting = load_meeting(&state, &ws, &m).await?;
    let page = format!(
        "{}{}",
        state.config.public_url(),
        meeting_url(&ws, meeting.id)
    );
    let text = description(&meeting, &page);
    let ics = ical::calendar(
        &ws.group.title,
        &[event(&meeting, &text, &page, bottega_storage::now())],
    );
    Ok(calendar_response(ics, &format!("{}.ics", meeting.title)))
}

async fn group_calendar(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let ws = super::readable(&state, &c, &id).await?;
    let list = store::for_calendar(&state.db, ws.id(), CALENDAR_MAX).await?;
    let base = state.config.public_url();
    let pages: Vec<String> = list
        .iter()
        .map(|m| format!("{base}{}", meeting_url(&ws, m.id)))
        .collect();
    let texts: Vec<String> = list
        .iter()
        .zip(&pages)
        .map(|(m, page)| description(m, page))
        .collect();
    let stamp = bottega_storage::now();
    let events: Vec<ical::Event<'_>> = list
        .iter()
        .zip(&pages)
        .zip(&texts)
        .map(|((m, page), text)| event(m, text, page, stamp))
        .collect();
    let ics = ical::calendar(&ws.group.title, &events);
    Ok(calendar_response(ics, &format!("{}.ics", ws.group.title)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    fn form() -> MeetingForm {
        MeetingForm {
            title: "Kick-off".into(),
            date: "2026-07-14".into(),
            time: "14:30".into(),
            time_zone: "Europe/Rome".into(),
            duration: "90".into(),
            place: "https://meet.example/abc".into(),
            agenda: "1. Welcome\n2. Plan".into(),
            lang: "it".into(),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("a time")
            .with_timezone(&Utc)
    }

    #[test]
    fn a_summer_time_in_rome_is_stored_two_hours_earlier_in_utc() {
        let v = check_meeting(&l(), &form()).expect("valid");
        assert_eq!(v.starts_at, utc("2026-07-14T12:30:00Z"));
        assert_eq!(v.time_zone.name(), "Europe/Rome");
        assert_eq!(v.duration_minutes, 90);
    }

    #[test]
    fn winter_and_other_zones_convert_too() {
        let f = MeetingForm {
            date: "2027-01-20".into(),
            time: "09:00".into(),
            time_zone: "Europe/Tirane".into(),
            ..form()
        };
        assert_eq!(
            check_meeting(&l(), &f).expect("valid").starts_at,
            utc("2027-01-20T08:00:00Z")
        );
        let f = MeetingForm {
            time_zone: "Atlantic/Canary".into(),
            ..form()
        };
        assert_eq!(
            check_meeting(&l(), &f).expect("valid").starts_at,
            utc("2026-07-14T13:30:00Z")
        );
    }

    #[test]
    fn a_time_the_clocks_skip_is_refused_at_the_time_field() {
        let f = MeetingForm {
            date: "2027-03-28".into(),
            time: "02:30".into(),
            ..form()
        };
        let e = check_meeting(&l(), &f).expect_err("refused");
        assert_eq!(e.items().len(), 1);
        let msg = e.get("time").expect("at the time");
        assert!(msg.contains("02:30") && msg.contains("03:00"), "{msg}");
    }

    #[test]
    fn a_time_that_happens_twice_is_the_first() {
        // 02:30 on 31 October 2027 happens at 00:30 UTC (summer time) and at 01:30 UTC.
        let f = MeetingForm {
            date: "2027-10-31".into(),
            time: "02:30".into(),
            ..form()
        };
        assert_eq!(
            check_meeting(&l(), &f).expect("valid").starts_at,
            utc("2027-10-31T00:30:00Z")
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        let f = MeetingForm {
            title: String::new(),
            date: "2026-02-30".into(),
            time: "25:00".into(),
            time_zone: "Mars/Olympus".into(),
            duration: "five".into(),
            place: "x".repeat(PLACE_MAX + 1),
            agenda: "y".repeat(AGENDA_MAX + 1),
            lang: "xx".into(),
        };
        let e = check_meeting(&l(), &f).expect_err("refused");
        for field in [
            "title",
            "date",
            "time",
            "time_zone",
            "duration",
            "place",
            "agenda",
            "lang",
        ] {
            assert!(e.get(field).is_some(), "{field}");
        }
        for d in ["14", "601", "-30", ""] {
            let f = MeetingForm {
                duration: d.into(),
                ..form()
            };
            assert!(check_meeting(&l(), &f)
                .expect_err(d)
                .get("duration")
                .is_some());
        }
        for d in ["15", "600"] {
            let f = MeetingForm {
                duration: d.into(),
                ..form()
            };
            assert!(check_meeting(&l(), &f).is_ok(), "{d}");
        }
    }

    #[test]
    fn past_dates_are_allowed() {
        let f = MeetingForm {
            date: "2024-05-02".into(),
            ..form()
        };
        assert!(check_meeting(&l(), &f).is_ok());
    }

    #[test]
    fn zones_offered_cover_europe_and_leave_out_old_names() {
        let names = zone_names();
        for n in [
            "Europe/Brussels",
            "Europe/Rome",
            "Europe/Belgrade",
            "Europe/Sarajevo",
            "Europe/Skopje",
            "Europe/Tirane",
            "Europe/Podgorica",
            "Europe/Kyiv",
            "Europe/Istanbul",
            "UTC",
            "Atlantic/Canary",
        ] {
            assert!(names.contains(&n), "{n}");
        }
        assert!(!names.contains(&"Europe/Kiev"));
        assert!(!names.contains(&"America/New_York"));
        assert!(offered_zone(DEFAULT_ZONE).is_some());
        assert!(offered_zone("Mars/Olympus").is_none());
    }

    #[test]
    fn times_are_shown_in_the_meetings_zone_in_utc_and_the_readers() {
        let l = l();
        let start = utc("2026-07-14T12:30:00Z").timestamp_millis();
        let w = when(&l, start, 90, "Europe/Rome", "Europe/Lisbon".parse().ok());
        assert_eq!(w.local.span, "14 July 2026, 14:30–16:00");
        assert_eq!(w.local.iso, "2026-07-14T14:30+02:00");
        assert_eq!(w.local.offset, "UTC+02:00");
        assert_eq!(w.utc.span, "14 July 2026, 12:30–14:00");
        assert_eq!(w.utc.iso, "2026-07-14T12:30Z");
        let reader = w.reader.expect("Lisbon");
        assert_eq!(reader.span, "14 July 2026, 13:30–15:00");
        assert_eq!(w.duration, "1 h 30 min");
        // Across midnight, both dates are named.
        let late = utc("2026-07-14T21:30:00Z").timestamp_millis();
        let w = when(&l, late, 120, "Europe/Rome", None);
        assert_eq!(w.local.span, "14 July 2026, 23:30 – 15 July 2026, 01:30");
        assert!(w.reader.is_none());
    }

    #[test]
    fn attendance_is_checked_against_the_members() {
        let l = l();
        let members = vec![(3, "Ana".to_string()), (5, "Ben".to_string())];
        let f = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let ok = check_attendance(
            &l,
            &f(&[("csrf", "x"), ("att-3", "present"), ("att-5", "")]),
            &members,
        )
        .expect("valid");
        assert_eq!(ok, vec![(3, Some("present")), (5, None)]);
        let e = check_attendance(
            &l,
            &f(&[("att-3", "asleep"), ("att-9", "present")]),
            &members,
        )
        .expect_err("refused");
        assert!(e.get("att-3").is_some_and(|m| m.contains("Ana")));
        assert!(e.get("attendance").is_some());
        assert!(check_attendance(&l, &f(&[("att-x", "present")]), &members).is_err());
    }

    #[test]
    fn the_agenda_becomes_plain_lines() {
        let md = "## Agenda\n\n1. **Welcome** and [intro](https://x.example)\n2) Budget\n   - travel\n\nAny *other* business";
        assert_eq!(
            agenda_text(md),
            "Agenda\n\n1. Welcome and intro\n2. Budget\n   - travel\n\nAny other business"
        );
        assert_eq!(agenda_text(""), "");
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert!(place_link("https://meet.example/x").is_some());
        assert!(place_link("Room 3, https://x").is_none());
        assert!(place_link("javascript:alert(1)").is_none());
    }
}
