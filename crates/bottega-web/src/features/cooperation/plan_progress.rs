//! The arithmetic of progress, kept apart from pages so it is tested on its own: how far an
//! indicator has come toward its target, where a milestone stands against its due date, the
//! overall completion figure, and the line chart of an indicator's values over time.
//!
//! The chart has the shape the simulation's chart macro draws (`simulation/parts.html`), so
//! both sections share one SVG template; here the horizontal axis is time (days), not rounds.

use bottega_storage::cooperation::plans::{self, Activity, Indicator, IndicatorValue, Milestone};
use chrono::NaiveDate;

/// How far the latest value has come from the baseline toward the target, between 0 and 1
/// (a target below the baseline is a reduction: fewer early leavers, say). `None` before any
/// value is recorded.
pub fn share_of_target(baseline: f64, target: f64, latest: Option<f64>) -> Option<f64> {
    let latest = latest.filter(|v| v.is_finite())?;
    let span = target - baseline;
    if span.abs() < f64::EPSILON {
        return Some(if latest >= target { 1.0 } else { 0.0 });
    }
    Some(((latest - baseline) / span).clamp(0.0, 1.0))
}

/// Where a milestone stands on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MilestoneState {
    /// Reached on or before its due date.
    OnTime,
    /// Reached after its due date.
    Late,
    Missed,
    /// Planned and past its due date, not marked reached nor missed.
    Overdue,
    Upcoming,
}

impl MilestoneState {
    pub fn of(m: &Milestone, today: NaiveDate) -> MilestoneState {
        let due = NaiveDate::parse_from_str(&m.due_on, "%Y-%m-%d").ok();
        match m.status.as_str() {
            plans::REACHED => {
                let reached = m
                    .reached_on
                    .as_deref()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                match (reached, due) {
                    (Some(r), Some(d)) if r > d => MilestoneState::Late,
                    _ => MilestoneState::OnTime,
                }
            }
            plans::MISSED => MilestoneState::Missed,
            _ if due.is_some_and(|d| d < today) => MilestoneState::Overdue,
            _ => MilestoneState::Upcoming,
        }
    }

    /// The suffix of its message and CSS-free badge: `pt-milestone-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            MilestoneState::OnTime => "on-time",
            MilestoneState::Late => "late",
            MilestoneState::Missed => "missed",
            MilestoneState::Overdue => "overdue",
            MilestoneState::Upcoming => "upcoming",
        }
    }
}

/// One part of the overall completion: `done` of `of`, or an average share for indicators.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub share: f64,
    pub done: i64,
    pub of: i64,
}

/// The overall completion of a plan: the mean of the parts that exist (milestones reached,
/// activities done among those not cancelled, indicators' average share of their target).
/// Each part weighs the same whatever its size, so a plan with many small activities is not
/// judged on them alone; the page says so in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Completion {
    pub milestones: Option<Part>,
    pub activities: Option<Part>,
    pub indicators: Option<Part>,
}

impl Completion {
    pub fn of(activities: &[Activity], milestones: &[Milestone], indicators: &[Indicator]) -> Self {
        let part = |done: i64, of: i64| {
            (of > 0).then(|| Part {
                share: done as f64 / of as f64,
                done,
                of,
            })
        };
        let reached = milestones
            .iter()
            .filter(|m| m.status == plans::REACHED)
            .count() as i64;
        let counted = activities
            .iter()
            .filter(|a| a.status != plans::CANCELLED)
            .count() as i64;
        let done = activities
            .iter()
            .filter(|a| a.status == plans::DONE)
            .count() as i64;
        let shares: Vec<f64> = indicators
            .iter()
            .map(|i| share_of_target(i.baseline, i.target, i.latest_value).unwrap_or(0.0))
            .collect();
        let on_target = shares.iter().filter(|s| **s >= 1.0).count() as i64;
        Completion {
            milestones: part(reached, milestones.len() as i64),
            activities: part(done, counted),
            indicators: (!shares.is_empty()).then(|| Part {
                share: shares.iter().sum::<f64>() / shares.len() as f64,
                done: on_target,
                of: shares.len() as i64,
            }),
        }
    }

    /// The mean of the parts, or `None` for a plan with nothing to measure yet.
    pub fn overall(&self) -> Option<f64> {
        let parts: Vec<f64> = [&self.milestones, &self.activities, &self.indicators]
            .into_iter()
            .flatten()
            .map(|p| p.share)
            .collect();
        (!parts.is_empty()).then(|| parts.iter().sum::<f64>() / parts.len() as f64)
    }
}

/// A share (0–1) as a whole percentage.
pub fn percent(share: f64) -> i64 {
    if share.is_finite() {
        (share * 100.0).round() as i64
    } else {
        0
    }
}

// ---- The chart -----------------------------------------------------------------------------

pub struct ChartLine {
    pub label: String,
    pub path: String,
    pub colour: &'static str,
    pub dash: &'static str,
    pub last_x: String,
    pub last_y: String,
}

/// An indicator's values over time and its target, drawn on the server as SVG (no script).
/// Fields and methods are those the shared chart macro reads.
pub struct ProgressChart {
    pub title: String,
    pub width: u32,
    pub height: u32,
    pub lines: Vec<ChartLine>,
    /// Horizontal grid lines: (y, label).
    pub grid: Vec<(String, String)>,
    /// Dates along the bottom: (x, label).
    pub ticks: Vec<(String, String)>,
    pub zero_y: Option<String>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 90.0;
const RIGHT_PAD: f64 = 20.0;
const TOP: f64 = 20.0;
const BOTTOM_PAD: f64 = 35.0;

impl ProgressChart {
    /// The values (dated) of an indicator against its target, over the period from `from` to
    /// `to` (widened to include every value). `format` writes a value on the grid.
    pub fn new(
        title: String,
        labels: (String, String),
        values: &[(NaiveDate, f64)],
        target: f64,
        period: (NaiveDate, NaiveDate),
        format: &dyn Fn(f64) -> String,
    ) -> ProgressChart {
        let first = values.iter().map(|(d, _)| *d).min().unwrap_or(period.0);
        let last = values.iter().map(|(d, _)| *d).max().unwrap_or(period.1);
        let start = first.min(period.0);
        let end = last.max(period.1);
        let days = (end - start).num_days().max(1) as f64;
        let finite = values
            .iter()
            .map(|(_, v)| *v)
            .chain(std::iter::once(target))
            .filter(|v| v.is_finite());
        let (mut lo, mut hi) =
            finite.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if (hi - lo).abs() < f64::EPSILON {
            hi = lo + 1.0;
        }
        let pad = (hi - lo) * 0.05;
        if lo < 0.0 {
            lo -= pad;
        }
        hi += pad;
        let plot_w = WIDTH - LEFT - RIGHT_PAD;
        let plot_h = HEIGHT - TOP - BOTTOM_PAD;
        let x = |d: NaiveDate| LEFT + plot_w * (d - start).num_days() as f64 / days;
        let y = |v: f64| TOP + plot_h * (1.0 - (v - lo) / (hi - lo));
        let path = |points: &[(f64, f64)]| {
            points
                .iter()
                .enumerate()
                .map(|(i, (px, py))| format!("{}{px:.1},{py:.1}", if i == 0 { "M" } else { " L" }))
                .collect::<String>()
        };
        let actual: Vec<(f64, f64)> = values
            .iter()
            .map(|(d, v)| (x(*d), y(if v.is_finite() { *v } else { 0.0 })))
            .collect();
        let goal = [(x(start), y(target)), (x(end), y(target))];
        let (ax, ay) = actual.last().copied().unwrap_or((LEFT, y(0.0)));
        let mut lines = vec![ChartLine {
            label: labels.1,
            path: path(&goal),
            colour: "#b34700",
            dash: "6 3",
            last_x: format!("{:.1}", goal[1].0),
            last_y: format!("{:.1}", goal[1].1),
        }];
        if !actual.is_empty() {
            lines.push(ChartLine {
                label: labels.0,
                path: path(&actual),
                colour: "#1f5f99",
                dash: "",
                last_x: format!("{ax:.1}"),
                last_y: format!("{ay:.1}"),
            });
        }
        let grid = (0..=4)
            .map(|i| {
                let v = lo + (hi - lo) * i as f64 / 4.0;
                (format!("{:.1}", y(v)), format(v))
            })
            .collect();
        // Up to five dates: the ends and evenly spaced days between them.
        let ticks = (0..5)
            .map(|i| {
                let d = start + chrono::Days::new(((end - start).num_days().max(0) as u64 * i) / 4);
                (format!("{:.1}", x(d)), d.format("%Y-%m").to_string())
            })
            .fold(Vec::<(String, String)>::new(), |mut acc, t| {
                if acc.last().is_none_or(|l| l.1 != t.1) {
                    acc.push(t);
                }
                acc
            });
        ProgressChart {
            title,
            width: WIDTH as u32,
            height: HEIGHT as u32,
            lines,
            grid,
            ticks,
            zero_y: (lo < 0.0 && hi > 0.0).then(|| format!("{:.1}", y(0.0))),
        }
    }

    pub fn bottom(&self) -> String {
        format!("{:.1}", HEIGHT - BOTTOM_PAD)
    }

    pub fn label_y(&self) -> String {
        format!("{:.1}", HEIGHT - BOTTOM_PAD + 20.0)
    }

    pub fn right(&self) -> String {
        format!("{:.1}", WIDTH - RIGHT_PAD)
    }

    pub fn left(&self) -> String {
        format!("{LEFT:.1}")
    }
}

/// The dated values of one indicator, in date order, skipping dates that do not parse.
pub fn dated(values: &[IndicatorValue]) -> Vec<(NaiveDate, f64)> {
    values
        .iter()
        .filter_map(|v| {
            NaiveDate::parse_from_str(&v.measured_on, "%Y-%m-%d")
                .ok()
                .map(|d| (d, v.value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn milestone(status: &str, due: &str, reached: Option<&str>) -> Milestone {
        Milestone {
            id: 1,
            partnership_id: 1,
            objective_id: None,
            title: "m".into(),
            due_on: due.into(),
            status: status.into(),
            reached_on: reached.map(str::to_string),
            created_at: 0,
            updated_at: 0,
        }
    }

    fn activity(status: &str) -> Activity {
        Activity {
            id: 1,
            partnership_id: 1,
            objective_id: None,
            title: "a".into(),
            owner_org_id: None,
            owner_org_name: None,
            owner_name: String::new(),
            starts_on: None,
            ends_on: None,
            status: status.into(),
            created_at: 0,
            updated_at: 0,
        }
    }

    fn indicator(baseline: f64, target: f64, latest: Option<f64>) -> Indicator {
        Indicator {
            id: 1,
            partnership_id: 1,
            objective_id: None,
            name: "i".into(),
            unit: String::new(),
            baseline,
            target,
            created_at: 0,
            latest_value: latest,
            latest_on: None,
            value_count: 0,
        }
    }

    #[test]
    fn the_share_of_target_runs_from_the_baseline_and_is_capped() {
        assert_eq!(share_of_target(0.0, 40.0, Some(10.0)), Some(0.25));
        assert_eq!(share_of_target(0.0, 40.0, Some(80.0)), Some(1.0));
        assert_eq!(share_of_target(10.0, 40.0, Some(5.0)), Some(0.0));
        // A reduction: from 20 % early leavers to 10 %.
        assert_eq!(share_of_target(20.0, 10.0, Some(12.0)), Some(0.8));
        assert_eq!(share_of_target(5.0, 5.0, Some(5.0)), Some(1.0));
        assert_eq!(share_of_target(0.0, 40.0, None), None);
        assert_eq!(share_of_target(0.0, 40.0, Some(f64::NAN)), None);
    }

    #[test]
    fn milestones_are_placed_against_their_due_date() {
        let today = day("2027-03-01");
        let of = |m: Milestone| MilestoneState::of(&m, today);
        assert_eq!(
            of(milestone("reached", "2027-02-01", Some("2027-02-01"))),
            MilestoneState::OnTime
        );
        assert_eq!(
            of(milestone("reached", "2027-02-01", Some("2027-02-02"))),
            MilestoneState::Late
        );
        assert_eq!(
            of(milestone("missed", "2027-02-01", None)),
            MilestoneState::Missed
        );
        assert_eq!(
            of(milestone("planned", "2027-02-28", None)),
            MilestoneState::Overdue
        );
        assert_eq!(
            of(milestone("planned", "2027-03-01", None)),
            MilestoneState::Upcoming
        );
    }

    #[test]
    fn completion_is_the_mean_of_the_parts_that_exist() {
        let c = Completion::of(
            &[activity("done"), activity("ongoing"), activity("cancelled")],
            &[
                milestone("reached", "2027-01-01", Some("2027-01-01")),
                milestone("planned", "2028-01-01", None),
            ],
            &[indicator(0.0, 10.0, Some(10.0)), indicator(0.0, 10.0, None)],
        );
        assert_eq!(
            c.activities,
            Some(Part {
                share: 0.5,
                done: 1,
                of: 2
            })
        );
        assert_eq!(c.milestones.as_ref().map(|p| p.share), Some(0.5));
        assert_eq!(
            c.indicators.as_ref().map(|p| (p.share, p.done, p.of)),
            Some((0.5, 1, 2))
        );
        assert_eq!(c.overall().map(percent), Some(50));
        let empty = Completion::of(&[], &[], &[]);
        assert_eq!(empty.overall(), None);
        // Only cancelled activities: nothing to count there.
        assert_eq!(
            Completion::of(&[activity("cancelled")], &[], &[]).overall(),
            None
        );
    }

    #[test]
    fn the_chart_spans_the_period_and_draws_the_target() {
        let values = [(day("2027-01-01"), 5.0), (day("2027-06-01"), 20.0)];
        let chart = ProgressChart::new(
            "Teachers trained".into(),
            ("Measured".into(), "Target".into()),
            &values,
            40.0,
            (day("2026-09-01"), day("2029-08-31")),
            &|v| format!("{v:.0}"),
        );
        assert_eq!(chart.lines.len(), 2);
        assert!(chart.lines[1].path.starts_with('M') && chart.lines[1].path.contains(" L"));
        assert_eq!(chart.grid.len(), 5);
        assert!(chart.ticks.len() >= 2 && chart.ticks.len() <= 5);
        assert_eq!(chart.ticks[0].1, "2026-09");
        assert!(chart.zero_y.is_none());
        let none = ProgressChart::new(
            "t".into(),
            ("a".into(), "b".into()),
            &[],
            -3.0,
            (day("2027-01-01"), day("2027-01-01")),
            &|v| format!("{v:.0}"),
        );
        assert_eq!(none.lines.len(), 1);
        assert!(none.zero_y.is_some());
    }
}
