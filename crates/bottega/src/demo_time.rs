//! Time as the demo data tells it: moments a number of days before today, calendar dates
//! relative to today, local times in a time zone, and restamping rows with those moments.
//!
//! The storage functions the pages use stamp rows with the current time; a demo story needs
//! weeks and months between its events, so the demos write through those functions and then
//! move their own rows back to the day the story tells, with [`exec`]. Every date is relative
//! to today, so the demo always looks current whenever it is loaded.

use bottega_domain::{DAY, HOUR};
use bottega_storage::Conn;

/// A moment in the past: `days` before today, at `hour` o'clock UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ago {
    pub(crate) days: i64,
    pub(crate) hour: i64,
}

pub(crate) const fn ago(days: i64, hour: i64) -> Ago {
    Ago { days, hour }
}

impl Ago {
    /// Whether this moment comes after `other`.
    #[cfg(test)]
    pub(crate) fn after(self, other: Ago) -> bool {
        self.days * 24 - self.hour < other.days * 24 - other.hour
    }
}

/// Today, as the demo counts days: a day number (days since 1970-01-01, UTC).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    pub(crate) today: i64,
}

impl Clock {
    pub(crate) fn at(now_ms: i64) -> Clock {
        Clock {
            today: now_ms.div_euclid(DAY),
        }
    }

    /// The instant of a past moment, in UTC milliseconds.
    pub(crate) fn instant(self, a: Ago) -> i64 {
        (self.today - a.days) * DAY + a.hour * HOUR
    }

    /// The calendar date `offset` days from today, as YYYY-MM-DD.
    pub(crate) fn date(self, offset: i64) -> String {
        ymd(self.today + offset)
    }

    /// `hour:minute` in time zone `zone` on the day `offset` days from today, in UTC
    /// milliseconds.
    pub(crate) fn local(
        self,
        zone: &str,
        offset: i64,
        hour: u32,
        minute: u32,
    ) -> anyhow::Result<i64> {
        local_to_utc(zone, self.today + offset, hour, minute)
    }
}

/// A day number (days since 1970-01-01) as YYYY-MM-DD.
pub(crate) fn ymd(day: i64) -> String {
    chrono::DateTime::from_timestamp(day * (DAY / 1000), 0)
        .map(|d| d.date_naive().to_string())
        .unwrap_or_default()
}

/// Local time `hour:minute` in `zone` on day number `day`, in UTC milliseconds (the earlier
/// instant when the hour repeats), as meetings planned on the site are stored.
pub(crate) fn local_to_utc(zone: &str, day: i64, hour: u32, minute: u32) -> anyhow::Result<i64> {
    use chrono::TimeZone;
    let tz: chrono_tz::Tz = zone
        .parse()
        .map_err(|_| anyhow::anyhow!("unknown time zone {zone}"))?;
    let date = chrono::DateTime::from_timestamp(day * (DAY / 1000), 0)
        .map(|d| d.date_naive())
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .ok_or_else(|| anyhow::anyhow!("no such day {day}"))?;
    tz.from_local_datetime(&date)
        .earliest()
        .map(|t| t.timestamp_millis())
        .ok_or_else(|| anyhow::anyhow!("{date} does not exist in {zone}"))
}

/// Runs a plain update with integer parameters: how a demo moves its own rows back in time.
pub(crate) async fn exec(conn: &mut Conn, sql: &str, binds: &[i64]) -> anyhow::Result<()> {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(*b);
    }
    q.execute(&mut *conn).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_central_european_time_are_right() {
        let day = |y, m, d| {
            chrono::NaiveDate::from_ymd_opt(y, m, d)
                .expect("a date")
                .and_hms_opt(0, 0, 0)
                .expect("midnight")
                .and_utc()
                .timestamp_millis()
                / DAY
        };
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2026, 3, 29), (2026, 12, 31)] {
            assert_eq!(ymd(day(y, m, d)), format!("{y:04}-{m:02}-{d:02}"));
        }
        assert_eq!(ymd(0), "1970-01-01");
        assert_eq!(ymd(day(2026, 2, 28) + 1), "2026-03-01");
        // The clocks change on the last Sundays of March and October.
        let utc_hour = |y, m, d| {
            let at = local_to_utc("Europe/Rome", day(y, m, d), 16, 0).expect("a time");
            at.rem_euclid(DAY) / HOUR
        };
        assert_eq!(utc_hour(2026, 1, 15), 15);
        assert_eq!(utc_hour(2026, 3, 28), 15);
        assert_eq!(utc_hour(2026, 3, 29), 14);
        assert_eq!(utc_hour(2026, 7, 1), 14);
        assert_eq!(utc_hour(2026, 10, 24), 14);
        assert_eq!(utc_hour(2026, 10, 25), 15);
        assert_eq!(
            local_to_utc("Europe/Tirane", day(2026, 7, 1), 17, 0).expect("a time") % DAY / HOUR,
            15
        );
    }

    #[test]
    fn moments_order_and_dates_follow_today() {
        assert!(ago(3, 9).after(ago(4, 20)));
        assert!(ago(3, 10).after(ago(3, 9)));
        assert!(!ago(3, 9).after(ago(3, 9)));
        let clock = Clock { today: 20_000 };
        assert_eq!(clock.instant(ago(1, 6)), 19_999 * DAY + 6 * HOUR);
        assert_eq!(clock.date(0), ymd(20_000));
        assert!(clock.date(-1) < clock.date(0) && clock.date(0) < clock.date(30));
    }
}
