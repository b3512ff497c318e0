//! Turning the engine's numbers and message keys into text in the reader's language: money,
//! shares, report sentences with their arguments, and the line charts of a game.
//!
//! The engine never writes a sentence: its messages are keys with typed arguments. Money
//! arrives here as cents and leaves as a formatted amount, a share as a percentage, a nested key
//! as its translation, so catalogs only place ready-made strings.

use bottega_i18n::{FluentArgs, Localizer};
use bottega_sim::report::{Arg, Message};
use bottega_sim::{fluent_id, KeyFigures};

/// An amount of euros from cents, with this language's separators: `1,234.50 €` style is left
/// to the catalog (`sim-money`), which places the symbol.
pub fn money(l: &Localizer, cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let euros = l.number((abs / 100) as i64);
    let amount = format!(
        "{sign}{euros}{}{:02}",
        l.t("number-decimal-separator"),
        abs % 100
    );
    l.t1("sim-money", "amount", amount)
}

/// Whole euros for a form field: `4.5` euros is shown as `4.50`, with a dot, the form's
/// own separator (a comma is accepted back as well).
pub fn euros_field(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// A share (0–1) as a percentage with one decimal.
pub fn percent(l: &Localizer, share: f64) -> String {
    let share = if share.is_finite() { share } else { 0.0 };
    let tenths = (share * 1000.0).round() as i64;
    let text = format!(
        "{}{}{}",
        tenths / 10,
        l.t("number-decimal-separator"),
        (tenths % 10).abs()
    );
    l.t1("sim-percent", "value", text)
}

/// The translation of an engine key (`product.sourdough`).
pub fn key(l: &Localizer, key: &str) -> String {
    l.t(&fluent_id(key))
}

/// A report message with its arguments formatted for the reader.
pub fn message(l: &Localizer, m: &Message) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &m.args {
        match value {
            Arg::Count(n) => args.set(name.as_str(), *n),
            Arg::Cents(c) => args.set(name.as_str(), money(l, *c)),
            Arg::Share(s) => args.set(name.as_str(), percent(l, *s)),
            Arg::Key(k) => args.set(name.as_str(), key(l, k)),
        }
    }
    l.t_args(&fluent_id(&m.key), Some(&args))
}

/// A glossary term as a link target: `glossary.gross_margin` → `gross_margin`.
pub fn glossary_anchor(key: &str) -> &str {
    key.strip_prefix("glossary.").unwrap_or(key)
}

/// Key figures of one round, formatted.
pub struct FiguresView {
    pub cash: String,
    pub revenue: String,
    pub net_profit: String,
    pub profit_negative: bool,
    pub gross_margin: String,
    pub market_share: String,
    pub satisfaction: String,
    pub staff: u32,
    pub morale: String,
    pub reputation: String,
    pub break_even: Option<String>,
}

impl FiguresView {
    pub fn new(l: &Localizer, k: &KeyFigures) -> Self {
        FiguresView {
            cash: money(l, k.cash_cents),
            revenue: money(l, k.revenue_cents),
            net_profit: money(l, k.net_profit_cents),
            profit_negative: k.net_profit_cents < 0,
            gross_margin: percent(l, k.gross_margin),
            market_share: percent(l, k.market_share),
            satisfaction: percent(l, k.satisfaction),
            staff: k.staff,
            morale: percent(l, k.morale),
            reputation: percent(l, k.reputation),
            break_even: k.break_even_revenue_cents.map(|c| money(l, c)),
        }
    }
}

// ---- Line charts ----------------------------------------------------------------------------

/// One line of a chart: a label and one value per round.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    pub values: Vec<f64>,
}

/// A line chart drawn as SVG path data on the server. Colours come from a fixed palette with
/// enough contrast on white; lines also differ in dash pattern, so they can be told apart without
/// colour. The page gives the same numbers as a table.
pub struct LineChart {
    pub title: String,
    pub width: u32,
    pub height: u32,
    pub lines: Vec<ChartLine>,
    /// Horizontal grid lines with their labels: (y, label).
    pub grid: Vec<(String, String)>,
    /// Round labels along the bottom: (x, label).
    pub ticks: Vec<(String, String)>,
    /// Where zero lies, when the values cross it.
    pub zero_y: Option<String>,
}

pub struct ChartLine {
    pub label: String,
    pub path: String,
    pub colour: &'static str,
    pub dash: &'static str,
    pub last_x: String,
    pub last_y: String,
}

const PALETTE: [&str; 8] = [
    "#1f5f99", "#b34700", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#5d4037", "#37474f",
];
const DASHES: [&str; 4] = ["", "6 3", "2 3", "8 3 2 3"];

const LEFT: f64 = 90.0;
const RIGHT_PAD: f64 = 20.0;
const TOP: f64 = 20.0;
const BOTTOM_PAD: f64 = 35.0;

impl LineChart {
    /// Plots the series over rounds 1..=n; `format` writes a grid value.
    pub fn new(title: String, series: &[Series], format: &dyn Fn(f64) -> String) -> LineChart {
        let (width, height) = (640.0_f64, 260.0_f64);
        let rounds = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
        let all = series.iter().flat_map(|s| s.values.iter().copied());
        let (mut lo, mut hi) = all
            .filter(|v| v.is_finite())
            .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        if (hi - lo).abs() < f64::EPSILON {
            hi = lo + 1.0;
        }
        let pad = (hi - lo) * 0.05;
        if lo < 0.0 {
            lo -= pad;
        }
        hi += pad;
        let plot_w = width - LEFT - RIGHT_PAD;
        let plot_h = height - TOP - BOTTOM_PAD;
        let x = |i: usize| {
            if rounds <= 1 {
                LEFT + plot_w / 2.0
            } else {
                LEFT + plot_w * i as f64 / (rounds - 1) as f64
            }
        };
        let y = |v: f64| TOP + plot_h * (1.0 - (v - lo) / (hi - lo));
        let lines = series
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let points: Vec<(f64, f64)> = s
                    .values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (x(i), y(if v.is_finite() { *v } else { 0.0 })))
                    .collect();
                let path = points
                    .iter()
                    .enumerate()
                    .map(|(i, (px, py))| {
                        format!("{}{px:.1},{py:.1}", if i == 0 { "M" } else { " L" })
                    })
                    .collect::<String>();
                let (last_x, last_y) = points.last().copied().unwrap_or((LEFT, TOP));
                ChartLine {
                    label: s.label.clone(),
                    path,
                    colour: PALETTE[n % PALETTE.len()],
                    dash: DASHES[(n / PALETTE.len() + n) % DASHES.len()],
                    last_x: format!("{last_x:.1}"),
                    last_y: format!("{last_y:.1}"),
                }
            })
            .collect();
        let grid = (0..=4)
            .map(|i| {
                let v = lo + (hi - lo) * i as f64 / 4.0;
                (format!("{:.1}", y(v)), format(v))
            })
            .collect();
        let step = rounds.div_ceil(12).max(1);
        let ticks = (0..rounds)
            .filter(|i| i % step == 0 || i + 1 == rounds)
            .map(|i| (format!("{:.1}", x(i)), (i + 1).to_string()))
            .collect();
        LineChart {
            title,
            width: width as u32,
            height: height as u32,
            lines,
            grid,
            ticks,
            zero_y: (lo < 0.0 && hi > 0.0).then(|| format!("{:.1}", y(0.0))),
        }
    }

    pub fn bottom(&self) -> String {
        format!("{:.1}", self.height as f64 - BOTTOM_PAD)
    }

    pub fn label_y(&self) -> String {
        format!("{:.1}", self.height as f64 - BOTTOM_PAD + 20.0)
    }

    pub fn right(&self) -> String {
        format!("{:.1}", self.width as f64 - RIGHT_PAD)
    }

    pub fn left(&self) -> String {
        format!("{LEFT:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_amounts_keep_two_decimals_and_the_sign() {
        assert_eq!(euros_field(450), "4.50");
        assert_eq!(euros_field(-5), "-0.05");
        assert_eq!(euros_field(0), "0.00");
    }

    #[test]
    fn a_chart_spans_its_values_and_crosses_zero_where_they_do() {
        let s = [Series {
            label: "a".into(),
            values: vec![-100.0, 0.0, 300.0],
        }];
        let chart = LineChart::new("t".into(), &s, &|v| format!("{v:.0}"));
        assert_eq!(chart.lines.len(), 1);
        assert!(chart.lines[0].path.starts_with("M90.0,"));
        assert_eq!(chart.lines[0].path.matches(" L").count(), 2);
        assert!(chart.zero_y.is_some());
        assert_eq!(chart.ticks.len(), 3);
        // Nothing breaks on empty or non-finite input.
        let empty = LineChart::new("t".into(), &[], &|v| format!("{v}"));
        assert!(empty.lines.is_empty());
        let odd = [Series {
            label: "b".into(),
            values: vec![f64::NAN, 1.0],
        }];
        assert!(
            !LineChart::new("t".into(), &odd, &|v| format!("{v}")).lines[0]
                .path
                .contains("NaN")
        );
    }
}
