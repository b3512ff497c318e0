//! iCalendar text (RFC 5545) for a group's meetings: pure, so every rule of the format is
//! tested here without a server.
//!
//! All times are written in UTC ("…Z"), which every calendar understands without the time
//! zone definitions (VTIMEZONE) that local times would need; each calendar then shows the
//! meeting in its owner's own zone.

use chrono::{DateTime, Utc};

/// Content lines are at most this many octets long, line break excluded (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

const PRODID: &str = "-//Bottega//Working group meetings//EN";

/// One meeting as a calendar event. Times are UTC milliseconds.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// Never changes for a meeting, so calendars recognise it when it comes again.
    pub uid: &'a str,
    /// Grows with each change calendars should apply.
    pub sequence: i64,
    /// When this file was made.
    pub stamp: i64,
    pub last_modified: i64,
    pub start: i64,
    pub end: i64,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// The meeting's page, absolute.
    pub url: &'a str,
}

/// A whole calendar file: `name` is offered to calendars as the calendar's name.
pub fn calendar(name: &str, events: &[Event<'_>]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", PRODID);
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    if !name.is_empty() {
        // Not in RFC 5545, but the name most calendar programs show for a subscribed file.
        line(&mut out, "X-WR-CALNAME", &escape_text(name));
    }
    for e in events {
        event(&mut out, e);
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

fn event(out: &mut String, e: &Event<'_>) {
    line(out, "BEGIN", "VEVENT");
    line(out, "UID", &escape_text(e.uid));
    line(out, "SEQUENCE", &e.sequence.max(0).to_string());
    line(out, "DTSTAMP", &utc(e.stamp));
    line(out, "LAST-MODIFIED", &utc(e.last_modified));
    line(out, "DTSTART", &utc(e.start));
    line(out, "DTEND", &utc(e.end.max(e.start)));
    line(out, "SUMMARY", &escape_text(e.summary));
    if !e.location.trim().is_empty() {
        line(out, "LOCATION", &escape_text(e.location));
    }
    if !e.description.trim().is_empty() {
        line(out, "DESCRIPTION", &escape_text(e.description));
    }
    if !e.url.is_empty() {
        // A URI value, not TEXT: commas and semicolons in it are not escaped.
        line(out, "URL", &strip_controls(e.url));
    }
    line(out, "STATUS", "CONFIRMED");
    line(out, "END", "VEVENT");
}

/// A UTC date-time value, e.g. `20260714T123000Z`. A time out of chrono's range (never stored)
/// is written as the epoch rather than failing the whole file.
pub fn utc(millis: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(millis)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line ends written
/// as `\n`; other control characters, which the format does not allow, are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // A Windows line end is one line end.
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn strip_controls(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// Appends the content line `NAME:value`, folded and ended with CRLF.
fn line(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + 1 + value.len());
    content.push_str(name);
    content.push(':');
    content.push_str(value);
    fold_into(out, &content);
}

/// Folds one content line into physical lines of at most [`LINE_OCTETS`] octets, each
/// continuation starting with a space (which counts), breaking only between characters so a
/// multi-byte character is never cut in two; ends with CRLF.
pub fn fold_into(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(content: &str) -> String {
        let mut out = String::new();
        fold_into(&mut out, content);
        out
    }

    /// Undoes folding as a calendar reads it: a CRLF followed by one space disappears.
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    fn event<'a>(summary: &'a str, description: &'a str) -> Event<'a> {
        Event {
            uid: "0123456789abcdef@bottega",
            sequence: 2,
            stamp: 1_784_000_000_000,
            last_modified: 1_783_000_000_000,
            start: 1_784_032_200_000,
            end: 1_784_037_600_000,
            summary,
            location: "Sala 3, via Roma 1; Bologna",
            description,
            url: "https://bottega.example/groups/4/meetings/9",
        }
    }

    #[test]
    fn text_values_escape_what_the_format_reserves() {
        assert_eq!(
            escape_text("a,b;c\\d\ne\r\nf\rg"),
            "a\\,b\\;c\\\\d\\ne\\nf\\ng"
        );
        assert_eq!(escape_text("bell\u{7}\tok"), "bell\tok");
        assert_eq!(escape_text("Zażółć: 10€"), "Zażółć: 10€");
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(folded("SUMMARY:Kick-off"), "SUMMARY:Kick-off\r\n");
        let exactly = format!("SUMMARY:{}", "x".repeat(LINE_OCTETS - 8));
        assert_eq!(exactly.len(), LINE_OCTETS);
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_cutting_characters() {
        // One, two, three and four octets per character, so breaks fall at every offset.
        for piece in ["a", "ż", "€", "🙂", "aż€🙂"] {
            for prefix in 0..4 {
                let content = format!("DESCRIPTION:{}{}", "p".repeat(prefix), piece.repeat(90));
                let text = folded(&content);
                assert!(text.ends_with("\r\n"));
                let lines: Vec<&str> = text.trim_end_matches("\r\n").split("\r\n").collect();
                assert!(lines.len() > 1, "{piece}: not folded");
                for (i, l) in lines.iter().enumerate() {
                    assert!(
                        l.len() <= LINE_OCTETS,
                        "{piece}: line of {} octets",
                        l.len()
                    );
                    if i > 0 {
                        assert!(l.starts_with(' '), "continuation without a space");
                    }
                }
                // Each physical line is whole UTF-8 (they are &str slices of the output, split
                // on ASCII), and unfolding gives back the content exactly.
                assert_eq!(unfold(text.trim_end_matches("\r\n")), content);
            }
        }
    }

    #[test]
    fn times_are_written_in_utc() {
        // 14:30 in Rome in July (UTC+2).
        assert_eq!(utc(1_784_032_200_000), "20260714T123000Z");
        assert_eq!(utc(0), "19700101T000000Z");
        assert_eq!(utc(i64::MAX), "19700101T000000Z");
    }

    #[test]
    fn a_calendar_has_the_required_properties_and_only_crlf_line_ends() {
        let long = "Point one, point two; and a third with a backslash \\ and more words to make \
                    this longer than one line ever is: ąčęėįšųūž ĀĒĪŌŪ ΑΒΓΔ АБВГД";
        let text = calendar("Green skills, 2026", &[event("Kick-off; first", long)]);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "a bare LF");
        assert!(!text.replace("\r\n", "").contains('\r'), "a bare CR");
        for l in text.split("\r\n") {
            assert!(l.len() <= LINE_OCTETS, "{l}");
        }
        let un = unfold(&text);
        for expected in [
            "METHOD:PUBLISH\r\n",
            "X-WR-CALNAME:Green skills\\, 2026\r\n",
            "BEGIN:VEVENT\r\n",
            "UID:0123456789abcdef@bottega\r\n",
            "SEQUENCE:2\r\n",
            "DTSTAMP:",
            "DTSTART:20260714T123000Z\r\n",
            "DTEND:20260714T140000Z\r\n",
            "SUMMARY:Kick-off\\; first\r\n",
            "LOCATION:Sala 3\\, via Roma 1\\; Bologna\r\n",
            "DESCRIPTION:Point one\\, point two\\; and a third with a backslash \\\\ and",
            "URL:https://bottega.example/groups/4/meetings/9\r\n",
            "END:VEVENT\r\n",
        ] {
            assert!(un.contains(expected), "missing {expected:?} in\n{un}");
        }
    }

    #[test]
    fn empty_location_and_description_are_left_out() {
        let mut e = event("Call", "");
        e.location = " ";
        let text = calendar("", &[e]);
        assert!(!text.contains("LOCATION"));
        assert!(!text.contains("DESCRIPTION"));
        assert!(!text.contains("X-WR-CALNAME"));
    }
}
