//! A working group's meetings over HTTP, on both engines: a meeting planned in one time zone
//! stored in UTC and exported as iCalendar (CRLF, folded lines, UTC times); edits bumping the
//! calendar sequence; minutes and attendance recorded and shown; a time the clocks skip refused
//! at its field and one they repeat taken the first time; every kind of bad input named with the
//! input kept; outsiders, people removed and meetings of other groups refused; an archived group
//! readable but unchanged; the lists' order and the reader's own time zone.

use bottega_domain::SiteRole;
use chrono::{TimeZone, Utc};

use bottega_web::testing::{Browser, Page, TestApp};

bottega_web::web_tests!(
    a_meeting_planned_in_rome_is_stored_in_utc_and_exported_as_icalendar,
    editing_bumps_the_sequence_and_only_organisers_edit,
    minutes_and_attendance_are_recorded_and_shown,
    a_time_the_clocks_skip_is_refused_and_a_repeated_one_is_the_first,
    bad_input_comes_back_with_the_input_kept_and_named,
    outsiders_removed_members_and_other_groups_are_refused,
    an_archived_group_is_readable_but_refuses_changes,
    lists_are_ordered_and_times_follow_the_readers_zone,
);

fn en(app: &TestApp, id: &str) -> String {
    app.text("en", id)
}

/// A group with a coordinator (Ana) and two members (Bea, Carlo), all signed in.
struct Team {
    group: i64,
    coord: Browser,
    coord_id: i64,
    member: Browser,
    member_id: i64,
    other: Browser,
    other_id: i64,
}

async fn team(app: &TestApp) -> Team {
    let (coord, coord_id) = app
        .signed_in("ana@example.org", "Ana Coordinator", SiteRole::Member)
        .await;
    let (member, member_id) = app
        .signed_in("bea@example.org", "Bea Member", SiteRole::Member)
        .await;
    let (other, other_id) = app
        .signed_in("carlo@example.org", "Carlo Member", SiteRole::Member)
        .await;
    let group = app
        .create_group("Green skills", "open", coord_id, &[member_id, other_id])
        .await;
    Team {
        group,
        coord,
        coord_id,
        member,
        member_id,
        other,
        other_id,
    }
}

/// The number that follows `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> i64 {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in:\n{text}"))
        + prefix.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

/// UTC milliseconds of a UTC date and time.
fn utc_ms(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> i64 {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("a time")
        .timestamp_millis()
}

const AGENDA: &str =
    "1. Welcome and introductions of all partners from Italy, Poland, Türkiye and Albania\n\
2. Budget; travel, and the next steps — Zażółć gęślą jaźń, çelësi i ëndrrës, Ünlü öğretmenler\n\
3. Any other business";

/// The fields of a sound meeting, with `changes` replacing or adding some.
fn fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = vec![
        ("title", "Kick-off, with partners; online"),
        ("date", "2030-07-16"),
        ("time", "14:30"),
        ("time_zone", "Europe/Rome"),
        ("duration", "90"),
        ("place", "https://meet.example/green-skills"),
        ("agenda", AGENDA),
        ("lang", "en"),
    ];
    for (k, v) in changes {
        match out.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = v,
            None => out.push((k, v)),
        }
    }
    out
}

/// Plans a meeting through the form.
async fn plan(b: &Browser, group: i64, changes: &[(&str, &str)]) -> Page {
    b.post(&format!("/groups/{group}/meetings"), &fields(changes))
        .await
}

/// Plans a meeting that must be accepted; returns its id.
async fn plan_ok(b: &Browser, group: i64, changes: &[(&str, &str)]) -> i64 {
    let page = plan(b, group, changes).await;
    page.expect(303);
    number_after(page.location(), &format!("/groups/{group}/meetings/"))
}

/// Submits the form at `action` as the page shows it, with `changes` applied.
async fn submit_as_shown(b: &Browser, page: &Page, action: &str, changes: &[(&str, &str)]) -> Page {
    let mut shown: Vec<(String, String)> = page
        .form_fields(action)
        .into_iter()
        .filter(|(k, _)| k != "csrf")
        .collect();
    for (k, v) in changes {
        match shown.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = v.to_string(),
            None => shown.push((k.to_string(), v.to_string())),
        }
    }
    let refs: Vec<(&str, &str)> = shown
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(action, &refs).await
}

/// Checks the calendar text as RFC 5545 wants it and returns it unfolded.
#[track_caller]
fn check_ics(page: &Page) -> String {
    page.expect(200);
    assert_eq!(page.header("content-type"), "text/calendar; charset=utf-8");
    let disposition = page.header("content-disposition");
    assert!(
        disposition.starts_with("attachment; filename=\"") && disposition.contains(".ics"),
        "{disposition}"
    );
    assert!(page.header("cache-control").contains("no-store"));
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    let text = &page.body;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let without_crlf = text.replace("\r\n", "");
    assert!(!without_crlf.contains('\n') && !without_crlf.contains('\r'));
    for line in text.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line}", line.len());
    }
    let unfolded = text.replace("\r\n ", "");
    for required in [
        "\r\nVERSION:2.0\r\n",
        "\r\nPRODID:",
        "\r\nMETHOD:PUBLISH\r\n",
        "\r\nBEGIN:VEVENT\r\n",
        "\r\nDTSTAMP:",
    ] {
        assert!(
            unfolded.contains(required),
            "no {required:?} in\n{unfolded}"
        );
    }
    unfolded
}

async fn a_meeting_planned_in_rome_is_stored_in_utc_and_exported_as_icalendar(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    // The list invites members to plan one.
    let list = t.member.get(&format!("/groups/{g}/meetings")).await;
    list.expect(200);
    assert!(list.contains(&format!("href=\"/groups/{g}/meetings/new\"")));
    assert!(list.shows(&en(&app, "wg-meeting-upcoming-none")));
    // The form starts in Brussels time, for an hour.
    let form = t.member.get(&format!("/groups/{g}/meetings/new")).await;
    form.expect(200);
    assert_eq!(form.selected("time_zone"), vec!["Europe/Brussels"]);
    assert_eq!(form.input_value("duration").as_deref(), Some("60"));
    assert!(form.contains("type=\"date\"") && form.contains("type=\"time\""));

    let page = plan(&t.member, g, &[]).await;
    page.expect(303);
    assert_eq!(
        page.set_cookie("bottega_flash")
            .map(|c| c.contains("flash-wg-meeting-planned")),
        Some(true)
    );
    let m = number_after(page.location(), &format!("/groups/{g}/meetings/"));
    // 14:30 in Rome in July is 12:30 UTC.
    let q = format!("FROM wg_meetings WHERE id = {m} AND group_id = {g}");
    assert_eq!(
        app.opt_i64(&format!("SELECT starts_at {q}")).await,
        Some(utc_ms(2030, 7, 16, 12, 30))
    );
    assert_eq!(
        app.opt_text(&format!("SELECT time_zone {q}"))
            .await
            .as_deref(),
        Some("Europe/Rome")
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT duration_minutes {q}")).await,
        Some(90)
    );
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(0));
    assert_eq!(
        app.opt_i64(&format!("SELECT created_by {q}")).await,
        Some(t.member_id)
    );
    let uid = app
        .opt_text(&format!("SELECT uid {q}"))
        .await
        .expect("a uid");
    assert!(uid.ends_with("@bottega") && uid.len() == 32 + 8, "{uid}");
    let html = app
        .opt_text(&format!("SELECT agenda_html {q}"))
        .await
        .expect("agenda html");
    assert!(
        html.contains("<ol>") && html.contains("<li>Welcome"),
        "{html}"
    );

    // The page shows the time in Rome, named, and in UTC, each a <time>.
    let shown = t.other.visit(&format!("/groups/{g}/meetings/{m}")).await;
    shown.expect(200);
    assert!(shown.shows("Kick-off, with partners; online"));
    assert!(shown
        .contains("<time datetime=\"2030-07-16T14:30+02:00\">16 July 2030, 14:30–16:00</time>"));
    assert!(shown.contains("Europe/Rome, UTC+02:00"));
    assert!(
        shown.contains("<time datetime=\"2030-07-16T12:30Z\">16 July 2030, 12:30–14:00</time> UTC")
    );
    assert!(shown.contains("<time datetime=\"PT90M\">1 h 30 min</time>"));
    assert!(shown.contains(
        "href=\"https://meet.example/green-skills\" rel=\"nofollow noopener noreferrer\""
    ));
    assert!(shown.contains("<li>Welcome and introductions"));
    assert!(shown.contains(&format!("/groups/{g}/meetings/{m}/meeting.ics")));
    // Bea planned it; Carlo, a plain member, may not change it.
    assert!(!shown.contains(&format!("/groups/{g}/meetings/{m}/edit")));
    let mine = t.member.get(&format!("/groups/{g}/meetings/{m}")).await;
    assert!(mine.contains(&format!("/groups/{g}/meetings/{m}/edit")));
    assert!(mine.contains(&format!("/groups/{g}/meetings/{m}/attendance")));

    // One event, in UTC, with every TEXT escaped and long lines folded.
    let ics = t
        .other
        .get(&format!("/groups/{g}/meetings/{m}/meeting.ics"))
        .await;
    let raw = ics.body.clone();
    let text = check_ics(&ics);
    assert!(raw.contains("\r\n "), "nothing was folded:\n{raw}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    for expected in [
        format!("\r\nUID:{uid}\r\n"),
        "\r\nSEQUENCE:0\r\n".to_string(),
        "\r\nDTSTART:20300716T123000Z\r\n".to_string(),
        "\r\nDTEND:20300716T140000Z\r\n".to_string(),
        "\r\nSUMMARY:Kick-off\\, with partners\\; online\r\n".to_string(),
        "\r\nLOCATION:https://meet.example/green-skills\r\n".to_string(),
        "\r\nDESCRIPTION:1. Welcome and introductions of all partners from Italy\\, Poland\\, Türkiye and Albania\\n2. Budget\\; travel\\, and the next steps — Zażółć gęślą jaźń\\, çelësi i ëndrrës\\, Ünlü öğretmenler\\n3. Any other business\\n\\n".to_string(),
        format!("\r\nURL:{}/groups/{g}/meetings/{m}\r\n", app.base),
    ] {
        assert!(text.contains(&expected), "no {expected:?} in\n{text}");
    }
    // The group's file holds the same event.
    let all = t.coord.get(&format!("/groups/{g}/meetings.ics")).await;
    let all_text = check_ics(&all);
    assert!(all_text.contains(&format!("\r\nUID:{uid}\r\n")));
    assert!(all_text.contains("\r\nX-WR-CALNAME:Green skills\r\n"));

    // The list shows it as upcoming.
    let list = t.coord.get(&format!("/groups/{g}/meetings")).await;
    assert!(list.contains(&format!("href=\"/groups/{g}/meetings/{m}\"")));
    assert!(!list.shows(&en(&app, "wg-meeting-upcoming-none")));
}

async fn editing_bumps_the_sequence_and_only_organisers_edit(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let m = plan_ok(&t.member, g, &[]).await;
    let q = format!("FROM wg_meetings WHERE id = {m}");
    let uid = app.opt_text(&format!("SELECT uid {q}")).await;

    // The form comes filled with the time in the meeting's own zone.
    let edit = format!("/groups/{g}/meetings/{m}/edit");
    let form = t.member.get(&edit).await;
    form.expect(200);
    assert_eq!(form.input_value("date").as_deref(), Some("2030-07-16"));
    assert_eq!(form.input_value("time").as_deref(), Some("14:30"));
    assert_eq!(form.selected("time_zone"), vec!["Europe/Rome"]);
    assert_eq!(form.textarea_value("agenda").as_deref(), Some(AGENDA));

    // Saved unchanged: calendars have nothing to update.
    submit_as_shown(&t.member, &form, &edit, &[])
        .await
        .expect(303);
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(0));

    // A new time: the sequence grows, the UID stays.
    let page = submit_as_shown(&t.member, &form, &edit, &[("time", "15:00")]).await;
    page.expect(303);
    assert_eq!(page.location(), format!("/groups/{g}/meetings/{m}"));
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(1));
    assert_eq!(
        app.opt_i64(&format!("SELECT starts_at {q}")).await,
        Some(utc_ms(2030, 7, 16, 13, 0))
    );
    assert_eq!(app.opt_text(&format!("SELECT uid {q}")).await, uid);
    let text = check_ics(
        &t.member
            .get(&format!("/groups/{g}/meetings/{m}/meeting.ics"))
            .await,
    );
    assert!(text.contains("\r\nSEQUENCE:1\r\n"), "{text}");
    assert!(text.contains("\r\nDTSTART:20300716T130000Z\r\n"));

    // Carlo neither planned it nor coordinates: refused, nothing changed.
    let refused = t.other.get(&edit).await;
    refused.expect(403);
    assert_eq!(refused.error_code(), "meeting_organisers_only");
    let refused = t
        .other
        .post(&edit, &fields(&[("time", "09:00"), ("place", "Room 1")]))
        .await;
    refused.expect(403);
    assert_eq!(refused.error_code(), "meeting_organisers_only");
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(1));
    assert_eq!(
        app.opt_text(&format!("SELECT place {q}")).await.as_deref(),
        Some("https://meet.example/green-skills")
    );

    // A coordinator may: a new place is a change for calendars too.
    let form = t.coord.get(&edit).await;
    form.expect(200);
    submit_as_shown(
        &t.coord,
        &form,
        &edit,
        &[("place", "Aula 3, Via Roma 1, Bologna")],
    )
    .await
    .expect(303);
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(2));
    let text = check_ics(&t.other.get(&format!("/groups/{g}/meetings.ics")).await);
    assert!(text.contains("\r\nSEQUENCE:2\r\n"));
    assert!(text.contains("\r\nLOCATION:Aula 3\\, Via Roma 1\\, Bologna\r\n"));

    // Bad input on the edit form keeps the input and changes nothing.
    let bad = submit_as_shown(
        &t.coord,
        &form,
        &edit,
        &[("duration", "700"), ("title", "Renamed")],
    )
    .await;
    bad.expect(422);
    assert_eq!(bad.error_fields(), vec!["duration"]);
    assert_eq!(bad.input_value("title").as_deref(), Some("Renamed"));
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(2));
}

async fn minutes_and_attendance_are_recorded_and_shown(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    // A meeting already held, recorded afterwards.
    let page = plan(&t.member, g, &[("date", "2025-03-10"), ("time", "10:00")]).await;
    page.expect(303);
    assert_eq!(
        page.set_cookie("bottega_flash")
            .map(|c| c.contains("flash-wg-meeting-recorded")),
        Some(true)
    );
    let m = number_after(page.location(), &format!("/groups/{g}/meetings/"));
    let q = format!("FROM wg_meetings WHERE id = {m}");
    let url = format!("/groups/{g}/meetings/{m}");
    let shown = t.coord.get(&url).await;
    assert!(shown.shows(&en(&app, "wg-meeting-minutes-none")));
    assert!(shown.shows(&en(&app, "wg-meeting-attendance-none")));

    // Any member writes the minutes.
    let minutes = format!("{url}/minutes");
    let form = t.other.get(&minutes).await;
    form.expect(200);
    let saved = t
        .other
        .post(
            &minutes,
            &[
                (
                    "minutes",
                    "We agreed on **three modules**.\n\n- Ana: budget",
                ),
                ("lang", "it"),
            ],
        )
        .await;
    saved.expect(303);
    assert_eq!(saved.location(), format!("{url}#minutes"));
    assert_eq!(
        app.opt_text(&format!("SELECT minutes_md {q}"))
            .await
            .as_deref(),
        Some("We agreed on **three modules**.\n\n- Ana: budget")
    );
    assert_eq!(
        app.opt_text(&format!("SELECT minutes_lang {q}"))
            .await
            .as_deref(),
        Some("it")
    );
    assert_eq!(
        app.opt_i64(&format!("SELECT minutes_by {q}")).await,
        Some(t.other_id)
    );
    // Minutes are not in the calendar event: no new sequence.
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(0));
    let shown = t.coord.get(&url).await;
    assert!(shown.contains("<strong>three modules</strong>"));
    assert!(shown.contains("lang=\"it\""));
    assert!(shown.shows("Carlo Member"));

    // Bea planned it: she records attendance, one fieldset per member.
    let attendance = format!("{url}/attendance");
    let form = t.member.get(&attendance).await;
    form.expect(200);
    for id in [t.coord_id, t.member_id, t.other_id] {
        assert!(form.contains(&format!("<fieldset id=\"f-att-{id}\"")));
    }
    let (a, b, c) = (
        format!("att-{}", t.coord_id),
        format!("att-{}", t.member_id),
        format!("att-{}", t.other_id),
    );
    let saved = submit_as_shown(
        &t.member,
        &form,
        &attendance,
        &[(&a, "present"), (&b, "present"), (&c, "excused")],
    )
    .await;
    saved.expect(303);
    let att = |user: i64| {
        format!("SELECT COUNT(*) FROM wg_attendance WHERE meeting_id = {m} AND user_id = {user} AND status = ")
    };
    assert_eq!(app.count(&format!("{}'present'", att(t.coord_id))).await, 1);
    assert_eq!(
        app.count(&format!("{}'present'", att(t.member_id))).await,
        1
    );
    assert_eq!(app.count(&format!("{}'excused'", att(t.other_id))).await, 1);
    let shown = t.other.get(&url).await;
    assert!(shown.shows(&format!(
        "{} (2)",
        en(&app, "wg-meeting-attendance-present")
    )));
    assert!(shown.shows(&format!(
        "{} (1)",
        en(&app, "wg-meeting-attendance-excused")
    )));
    let list = t.other.get(&format!("/groups/{g}/meetings")).await;
    assert!(list.shows(
        &app.localizer("en")
            .t1("wg-meeting-present-count", "count", 2)
    ));
    assert!(list.contains(&format!(
        "<span class=\"badge ok\">{}</span>",
        en(&app, "wg-meeting-has-minutes")
    )));

    // The form shows what is recorded; "not recorded" clears an answer.
    let form = t.member.get(&attendance).await;
    assert_eq!(form.selected(&c), vec!["excused"]);
    submit_as_shown(&t.member, &form, &attendance, &[(&c, ""), (&a, "absent")])
        .await
        .expect(303);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_attendance WHERE meeting_id = {m} AND user_id = {}",
            t.other_id
        ))
        .await,
        0
    );
    assert_eq!(app.count(&format!("{}'absent'", att(t.coord_id))).await, 1);

    // Carlo neither planned it nor coordinates: he may not record attendance.
    let refused = t.other.post(&attendance, &[(&c, "present")]).await;
    refused.expect(403);
    assert_eq!(refused.error_code(), "meeting_organisers_only");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM wg_attendance WHERE meeting_id = {m}"
        ))
        .await,
        2
    );
    // A coordinator may.
    t.coord
        .post(&attendance, &[(&c, "absent")])
        .await
        .expect(303);
    assert_eq!(app.count(&format!("{}'absent'", att(t.other_id))).await, 1);
}

async fn a_time_the_clocks_skip_is_refused_and_a_repeated_one_is_the_first(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    // On 28 March 2027 clocks in Rome go from 02:00 straight to 03:00.
    let page = plan(
        &t.member,
        g,
        &[
            ("date", "2027-03-28"),
            ("time", "02:30"),
            ("title", "Night call"),
        ],
    )
    .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["time"]);
    let msg = page.field_error("time").expect("the problem at the time");
    assert!(
        msg.contains("02:30") && msg.contains("Europe/Rome") && msg.contains("03:00"),
        "{msg}"
    );
    assert_eq!(page.input_value("date").as_deref(), Some("2027-03-28"));
    assert_eq!(page.input_value("time").as_deref(), Some("02:30"));
    assert_eq!(page.input_value("title").as_deref(), Some("Night call"));
    assert_eq!(page.selected("time_zone"), vec!["Europe/Rome"]);
    assert_eq!(page.textarea_value("agenda").as_deref(), Some(AGENDA));
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_meetings").await, 0);

    // On 31 October 2027 02:30 happens twice: the first, still summer time (UTC+2).
    let m = plan_ok(&t.member, g, &[("date", "2027-10-31"), ("time", "02:30")]).await;
    assert_eq!(
        app.opt_i64(&format!("SELECT starts_at FROM wg_meetings WHERE id = {m}"))
            .await,
        Some(utc_ms(2027, 10, 31, 0, 30))
    );
}

async fn bad_input_comes_back_with_the_input_kept_and_named(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let long_title = "t".repeat(151);
    let long_place = "p".repeat(301);
    let long_agenda = "a".repeat(20_001);
    let cases: Vec<(&str, &str)> = vec![
        ("title", ""),
        ("title", &long_title),
        ("date", ""),
        ("date", "2026-02-30"),
        ("date", "16/07/2030"),
        ("time", ""),
        ("time", "25:00"),
        ("time", "half past two"),
        ("time_zone", "Mars/Olympus"),
        ("time_zone", "America/New_York"),
        ("duration", "14"),
        ("duration", "601"),
        ("duration", "ninety"),
        ("duration", ""),
        ("place", &long_place),
        ("agenda", &long_agenda),
        ("lang", "xx"),
    ];
    for (field, value) in cases {
        let page = plan(
            &t.member,
            g,
            &[
                (field, value),
                (
                    "title",
                    if field == "title" {
                        value
                    } else {
                        "Kept title"
                    },
                ),
            ],
        )
        .await;
        page.expect(422);
        assert_eq!(page.error_fields(), vec![field], "{field} = {value:?}");
        assert!(page.field_error(field).is_some());
        if field != "title" {
            assert_eq!(
                page.input_value("title").as_deref(),
                Some("Kept title"),
                "{field}"
            );
        }
        match field {
            "date" | "time" | "duration" | "place" | "title" => {
                assert_eq!(page.input_value(field).as_deref(), Some(value), "{field}")
            }
            "agenda" => assert_eq!(page.textarea_value("agenda").as_deref(), Some(value)),
            _ => {}
        }
    }
    // The one problem a date in the past is not.
    let past = t.member.get(&format!("/groups/{g}/meetings/new")).await;
    assert!(past.shows(&en(&app, "wg-meeting-date-hint")));
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_meetings").await, 0);

    // Minutes too long.
    let m = plan_ok(&t.member, g, &[]).await;
    let url = format!("/groups/{g}/meetings/{m}");
    let long_minutes = "m".repeat(50_001);
    let page = t
        .other
        .post(
            &format!("{url}/minutes"),
            &[("minutes", &long_minutes), ("lang", "en")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["minutes"]);
    assert_eq!(
        page.textarea_value("minutes").as_deref(),
        Some(long_minutes.as_str())
    );
    let page = t
        .other
        .post(
            &format!("{url}/minutes"),
            &[("minutes", "Fine"), ("lang", "zz")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["lang"]);
    assert_eq!(
        app.opt_text(&format!(
            "SELECT minutes_md FROM wg_meetings WHERE id = {m}"
        ))
        .await
        .as_deref(),
        Some("")
    );

    // Attendance: a status that does not exist, and someone who is not a member.
    let (outsider_b, outsider) = app
        .signed_in("dora@example.org", "Dora Outsider", SiteRole::Member)
        .await;
    drop(outsider_b);
    let a = format!("att-{}", t.coord_id);
    let b = format!("att-{}", t.member_id);
    let page = t
        .member
        .post(
            &format!("{url}/attendance"),
            &[(&a, "asleep"), (&b, "present")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec![a.clone()]);
    assert!(page
        .field_error(&a)
        .is_some_and(|e| e.contains("Ana Coordinator")));
    // What was sent is shown again.
    assert_eq!(page.selected(&b), vec!["present"]);
    let x = format!("att-{outsider}");
    let page = t
        .member
        .post(
            &format!("{url}/attendance"),
            &[(&x, "present"), (&b, "present")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["attendance"]);
    let page = t
        .member
        .post(&format!("{url}/attendance"), &[("att-abc", "present")])
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["attendance"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_attendance").await, 0);
}

async fn outsiders_removed_members_and_other_groups_are_refused(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let m = plan_ok(&t.member, g, &[]).await;
    let (outsider, _) = app
        .signed_in("dora@example.org", "Dora Outsider", SiteRole::Member)
        .await;
    for path in [
        format!("/groups/{g}/meetings"),
        format!("/groups/{g}/meetings/{m}"),
        format!("/groups/{g}/meetings/{m}/meeting.ics"),
        format!("/groups/{g}/meetings.ics"),
        format!("/groups/{g}/meetings/new"),
        format!("/groups/{g}/meetings/{m}/minutes"),
    ] {
        let page = outsider.get(&path).await;
        page.expect(403);
        assert_eq!(page.error_code(), "group_members_only", "{path}");
        assert!(!page.contains("BEGIN:VCALENDAR"));
    }
    plan(&outsider, g, &[]).await.expect(403);
    outsider
        .post(
            &format!("/groups/{g}/meetings/{m}/minutes"),
            &[("minutes", "x"), ("lang", "en")],
        )
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_meetings").await, 1);

    // Signed out: sent to sign in, no calendar.
    let anonymous = app.browser();
    let page = anonymous
        .get(&format!("/groups/{g}/meetings/{m}/meeting.ics"))
        .await;
    assert_ne!(page.status.as_u16(), 200);
    assert!(!page.contains("BEGIN:VCALENDAR"));

    // A meeting is only found through its own group.
    let other_group = app
        .create_group("Other group", "open", t.other_id, &[])
        .await;
    for path in [
        format!("/groups/{other_group}/meetings/{m}"),
        format!("/groups/{other_group}/meetings/{m}/meeting.ics"),
        format!("/groups/{other_group}/meetings/{m}/edit"),
        format!("/groups/{g}/meetings/999999"),
        format!("/groups/{g}/meetings/nope"),
    ] {
        t.other.get(&path).await.expect(404);
    }
    t.other
        .post(
            &format!("/groups/{other_group}/meetings/{m}/minutes"),
            &[("minutes", "x"), ("lang", "en")],
        )
        .await
        .expect(404);

    // Bea is removed: she may no longer read nor change anything.
    app.exec(&format!(
        "DELETE FROM wg_members WHERE group_id = {g} AND user_id = {}",
        t.member_id
    ))
    .await;
    t.member
        .get(&format!("/groups/{g}/meetings/{m}"))
        .await
        .expect(403);
    t.member
        .get(&format!("/groups/{g}/meetings/{m}/meeting.ics"))
        .await
        .expect(403);
    plan(&t.member, g, &[]).await.expect(403);
    let page = t
        .member
        .post(
            &format!("/groups/{g}/meetings/{m}/edit"),
            &fields(&[("time", "09:00")]),
        )
        .await;
    page.expect(403);
    assert_eq!(page.error_code(), "group_members_only");
    t.member
        .post(
            &format!("/groups/{g}/meetings/{m}/minutes"),
            &[("minutes", "x"), ("lang", "en")],
        )
        .await
        .expect(403);
    t.member
        .post(
            &format!("/groups/{g}/meetings/{m}/attendance"),
            &[(&format!("att-{}", t.other_id), "present")],
        )
        .await
        .expect(403);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_meetings").await, 1);
    assert_eq!(
        app.opt_i64(&format!("SELECT sequence FROM wg_meetings WHERE id = {m}"))
            .await,
        Some(0)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_attendance").await, 0);
    // Her attendance can no longer be recorded either, even by a coordinator.
    let page = t
        .coord
        .post(
            &format!("/groups/{g}/meetings/{m}/attendance"),
            &[(&format!("att-{}", t.member_id), "present")],
        )
        .await;
    page.expect(422);
    assert_eq!(page.error_fields(), vec!["attendance"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_attendance").await, 0);
}

async fn an_archived_group_is_readable_but_refuses_changes(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let m = plan_ok(&t.member, g, &[]).await;
    app.exec(&format!(
        "UPDATE wg_groups SET status = 'archived' WHERE id = {g}"
    ))
    .await;
    let list = t.member.get(&format!("/groups/{g}/meetings")).await;
    list.expect(200);
    assert!(!list.contains(&format!("href=\"/groups/{g}/meetings/new\"")));
    let page = t.member.get(&format!("/groups/{g}/meetings/{m}")).await;
    page.expect(200);
    assert!(!page.contains(&format!("/groups/{g}/meetings/{m}/edit")));
    assert!(!page.contains(&format!("/groups/{g}/meetings/{m}/minutes")));
    assert!(!page.contains(&format!("/groups/{g}/meetings/{m}/attendance")));
    check_ics(
        &t.member
            .get(&format!("/groups/{g}/meetings/{m}/meeting.ics"))
            .await,
    );
    check_ics(&t.other.get(&format!("/groups/{g}/meetings.ics")).await);

    for path in [
        format!("/groups/{g}/meetings/new"),
        format!("/groups/{g}/meetings/{m}/edit"),
        format!("/groups/{g}/meetings/{m}/minutes"),
        format!("/groups/{g}/meetings/{m}/attendance"),
    ] {
        let page = t.coord.get(&path).await;
        page.expect(409);
        assert_eq!(page.error_code(), "group_archived", "{path}");
    }
    let refused = [
        plan(&t.member, g, &[]).await,
        t.member
            .post(
                &format!("/groups/{g}/meetings/{m}/edit"),
                &fields(&[("time", "09:00")]),
            )
            .await,
        t.other
            .post(
                &format!("/groups/{g}/meetings/{m}/minutes"),
                &[("minutes", "Late"), ("lang", "en")],
            )
            .await,
        t.coord
            .post(
                &format!("/groups/{g}/meetings/{m}/attendance"),
                &[(&format!("att-{}", t.other_id), "present")],
            )
            .await,
    ];
    for page in refused {
        page.expect(409);
        assert_eq!(page.error_code(), "group_archived");
    }
    let q = format!("FROM wg_meetings WHERE id = {m}");
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_meetings").await, 1);
    assert_eq!(app.opt_i64(&format!("SELECT sequence {q}")).await, Some(0));
    assert_eq!(
        app.opt_i64(&format!("SELECT starts_at {q}")).await,
        Some(utc_ms(2030, 7, 16, 12, 30))
    );
    assert_eq!(
        app.opt_text(&format!("SELECT minutes_md {q}"))
            .await
            .as_deref(),
        Some("")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM wg_attendance").await, 0);
}

async fn lists_are_ordered_and_times_follow_the_readers_zone(app: TestApp) {
    let t = team(&app).await;
    let g = t.group;
    let later = plan_ok(
        &t.member,
        g,
        &[("title", "Later meeting"), ("date", "2031-05-05")],
    )
    .await;
    let sooner = plan_ok(
        &t.member,
        g,
        &[("title", "Sooner meeting"), ("date", "2030-05-05")],
    )
    .await;
    let old = plan_ok(
        &t.member,
        g,
        &[("title", "Old meeting"), ("date", "2024-01-10")],
    )
    .await;
    let older = plan_ok(
        &t.member,
        g,
        &[("title", "Older meeting"), ("date", "2023-01-10")],
    )
    .await;
    let list = t.other.get(&format!("/groups/{g}/meetings")).await;
    list.expect(200);
    let at = |m: i64| {
        list.body
            .find(&format!("href=\"/groups/{g}/meetings/{m}\""))
            .unwrap_or_else(|| panic!("meeting {m} not listed"))
    };
    let upcoming = list.body.find("id=\"upcoming-h\"").expect("upcoming");
    let past = list.body.find("id=\"past-h\"").expect("past");
    assert!(upcoming < at(sooner) && at(sooner) < at(later) && at(later) < past);
    assert!(past < at(old) && at(old) < at(older));

    // The reader asks for Lisbon time too (UTC+1 in summer, one hour behind Rome).
    let list = t
        .other
        .get(&format!("/groups/{g}/meetings?tz=Europe/Lisbon"))
        .await;
    list.expect(200);
    assert_eq!(list.selected("tz"), vec!["Europe/Lisbon"]);
    assert!(list.contains(
        "<time datetime=\"2030-05-05T13:30+01:00\">5 May 2030, 13:30–15:00</time> (UTC+01:00)"
    ));
    assert!(list.contains(&format!(
        "href=\"/groups/{g}/meetings/{sooner}?tz=Europe%2FLisbon\""
    )));
    let page = t
        .other
        .get(&format!("/groups/{g}/meetings/{sooner}?tz=Europe%2FLisbon"))
        .await;
    assert!(page.contains("<time datetime=\"2030-05-05T13:30+01:00\">"));
    // An unknown zone is ignored.
    let page = t
        .other
        .get(&format!("/groups/{g}/meetings/{sooner}?tz=Mars%2FOlympus"))
        .await;
    page.expect(200);
    assert!(page.selected("tz").is_empty());

    // The group's calendar holds them all, oldest first.
    let text = check_ics(&t.other.get(&format!("/groups/{g}/meetings.ics")).await);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 4);
    let pos = |s: &str| text.find(s).unwrap_or_else(|| panic!("no {s}"));
    assert!(pos("SUMMARY:Older meeting") < pos("SUMMARY:Old meeting"));
    assert!(pos("SUMMARY:Old meeting") < pos("SUMMARY:Sooner meeting"));
    assert!(pos("SUMMARY:Sooner meeting") < pos("SUMMARY:Later meeting"));
}
