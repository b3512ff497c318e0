//! The impact/uncertainty chart, drawn on the server as inline SVG: each rated driver is a
//! numbered point placed by its average uncertainty (across) and average impact (up), over four
//! shaded quadrants of which the "critical uncertainties" one (high impact, high uncertainty) is
//! labelled. Colours are SVG presentation attributes, as the Content-Security-Policy forbids
//! inline styles. The chart is an image with a title and a description; pages give the same data
//! as a list and a table.

use askama::Template;
use bottega_i18n::Localizer;

/// The chart's canvas and plot area, in SVG units.
const WIDTH: f64 = 540.0;
const HEIGHT: f64 = 495.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 520.0;
const TOP: f64 = 45.0;
const BOTTOM: f64 = 425.0;
/// Points closer than this are spread around their place so every number stays readable.
const CROWD: f64 = 22.0;

/// A driver as the chart needs it.
#[derive(Debug, Clone)]
pub struct ChartPoint {
    pub number: usize,
    pub title: String,
    pub impact: f64,
    pub uncertainty: f64,
}

/// Whether averages put a driver among the critical uncertainties (both above the middle).
pub fn is_critical(impact: f64, uncertainty: f64) -> bool {
    impact > 3.0 && uncertainty > 3.0
}

#[derive(Debug, Clone)]
pub struct Placed {
    pub number: usize,
    pub title: String,
    pub cx: String,
    pub cy: String,
    pub critical: bool,
}

pub struct Tick {
    pub value: i32,
    pub x: String,
    pub y: String,
}

#[derive(Template)]
#[template(path = "workshops/chart.svg", escape = "html")]
pub struct Chart {
    pub title: String,
    pub desc: String,
    pub label_x: String,
    pub label_y: String,
    pub label_critical: String,
    pub label_trends: String,
    pub points: Vec<Placed>,
    pub ticks: Vec<Tick>,
    pub mid_x: String,
    pub mid_y: String,
}

impl Chart {
    fn width(&self) -> String {
        fmt(WIDTH)
    }

    fn height(&self) -> String {
        fmt(HEIGHT)
    }

    fn left(&self) -> String {
        fmt(LEFT)
    }

    fn right(&self) -> String {
        fmt(RIGHT)
    }

    fn top(&self) -> String {
        fmt(TOP)
    }

    fn bottom(&self) -> String {
        fmt(BOTTOM)
    }

    /// Width and height of one half of the plot.
    fn half_w(&self) -> String {
        fmt((RIGHT - LEFT) / 2.0)
    }

    fn half_h(&self) -> String {
        fmt((BOTTOM - TOP) / 2.0)
    }

    /// Where the axis titles go.
    fn x_title_x(&self) -> String {
        fmt((LEFT + RIGHT) / 2.0)
    }

    fn x_title_y(&self) -> String {
        fmt(BOTTOM + 50.0)
    }

    fn y_title_x(&self) -> String {
        fmt(LEFT - 50.0)
    }

    fn y_title_y(&self) -> String {
        fmt((TOP + BOTTOM) / 2.0)
    }

    fn tick_x_label_y(&self) -> String {
        fmt(BOTTOM + 22.0)
    }

    fn tick_y_label_x(&self) -> String {
        fmt(LEFT - 12.0)
    }

    /// Where the quadrant labels sit: above the two top quadrants, where no point can cover
    /// them.
    fn critical_label_x(&self) -> String {
        fmt((3.0 * RIGHT + LEFT) / 4.0)
    }

    fn trends_label_x(&self) -> String {
        fmt((RIGHT + 3.0 * LEFT) / 4.0)
    }

    fn label_y(&self) -> String {
        fmt(TOP - 12.0)
    }
}

fn fmt(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Horizontal position of an uncertainty (1 at the left, 5 at the right).
fn sx(uncertainty: f64) -> f64 {
    LEFT + (uncertainty.clamp(1.0, 5.0) - 1.0) / 4.0 * (RIGHT - LEFT)
}

/// Vertical position of an impact (1 at the bottom, 5 at the top).
fn sy(impact: f64) -> f64 {
    BOTTOM - (impact.clamp(1.0, 5.0) - 1.0) / 4.0 * (BOTTOM - TOP)
}

/// Places the points, spreading those that would cover each other around their true place.
pub fn place(points: &[ChartPoint]) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    let mut true_places: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        let (x, y) = (sx(p.uncertainty), sy(p.impact));
        let crowd = true_places
            .iter()
            .filter(|(a, b)| ((a - x).powi(2) + (b - y).powi(2)).sqrt() < CROWD)
            .count();
        true_places.push((x, y));
        let (px, py) = if crowd == 0 {
            (x, y)
        } else {
            // Around the place, six to a ring, rings growing outwards.
            let ring = 1 + (crowd - 1) / 6;
            let angle = (crowd - 1) as f64 * std::f64::consts::PI / 3.0
                + ring as f64 * std::f64::consts::PI / 6.0;
            let r = CROWD * ring as f64;
            (x + r * angle.cos(), y + r * angle.sin())
        };
        out.push((
            px.clamp(LEFT + 12.0, RIGHT - 12.0),
            py.clamp(TOP + 12.0, BOTTOM - 12.0),
        ));
    }
    out
}

/// Draws the chart of `points` (the rated drivers) in the reader's language.
pub fn draw(l: &Localizer, points: &[ChartPoint]) -> String {
    let placed = place(points);
    let critical = points
        .iter()
        .filter(|p| is_critical(p.impact, p.uncertainty))
        .count();
    let desc = if points.is_empty() {
        l.t("workshop-chart-desc-empty")
    } else {
        let mut d = l.t2(
            "workshop-chart-desc",
            "count",
            points.len() as i64,
            "critical",
            critical as i64,
        );
        let names: Vec<String> = points
            .iter()
            .filter(|p| is_critical(p.impact, p.uncertainty))
            .map(|p| format!("{}. {}", p.number, p.title))
            .collect();
        if !names.is_empty() {
            d.push(' ');
            d.push_str(&l.t1("workshop-chart-desc-critical", "drivers", names.join("; ")));
        }
        d
    };
    let chart = Chart {
        title: l.t("workshop-chart-title"),
        desc,
        label_x: l.t("workshop-chart-axis-uncertainty"),
        label_y: l.t("workshop-chart-axis-impact"),
        label_critical: l.t("workshop-chart-critical"),
        label_trends: l.t("workshop-chart-trends"),
        points: points
            .iter()
            .zip(placed)
            .map(|(p, (x, y))| Placed {
                number: p.number,
                title: p.title.clone(),
                cx: fmt(x),
                cy: fmt(y),
                critical: is_critical(p.impact, p.uncertainty),
            })
            .collect(),
        ticks: (1..=5)
            .map(|v| Tick {
                value: v,
                x: fmt(sx(v as f64)),
                y: fmt(sy(v as f64)),
            })
            .collect(),
        mid_x: fmt(sx(3.0)),
        mid_y: fmt(sy(3.0)),
    };
    chart.render().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(number: usize, impact: f64, uncertainty: f64) -> ChartPoint {
        ChartPoint {
            number,
            title: format!("Driver <{number}> & co"),
            impact,
            uncertainty,
        }
    }

    #[test]
    fn scale_runs_from_one_to_five_in_both_directions() {
        assert_eq!(sx(1.0), LEFT);
        assert_eq!(sx(5.0), RIGHT);
        assert_eq!(sy(1.0), BOTTOM);
        assert_eq!(sy(5.0), TOP);
        assert_eq!(sx(3.0), (LEFT + RIGHT) / 2.0);
        // Out-of-range values stay on the chart.
        assert_eq!(sx(9.0), RIGHT);
        assert_eq!(sy(-2.0), BOTTOM);
    }

    #[test]
    fn critical_means_both_above_the_middle() {
        assert!(is_critical(4.0, 3.5));
        assert!(!is_critical(3.0, 5.0));
        assert!(!is_critical(5.0, 2.0));
    }

    #[test]
    fn points_in_the_same_place_are_spread_apart() {
        let pts: Vec<ChartPoint> = (1..=8).map(|n| point(n, 4.0, 4.0)).collect();
        let placed = place(&pts);
        for (i, a) in placed.iter().enumerate() {
            for b in placed.iter().skip(i + 1) {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(d > 10.0, "{a:?} and {b:?} overlap");
            }
        }
        // A lone point stays exactly in its place.
        assert_eq!(place(&[point(1, 2.0, 4.0)]), vec![(sx(4.0), sy(2.0))]);
    }

    #[test]
    fn the_svg_is_an_accessible_image_with_escaped_text() {
        let l = match bottega_i18n::Catalogs::load() {
            Ok(c) => c.localizer("en"),
            Err(e) => panic!("{e:?}"),
        };
        let svg = draw(&l, &[point(1, 4.5, 4.0), point(2, 2.0, 1.5)]);
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title id=\"ws-chart-title\">"));
        assert!(svg.contains("<desc id=\"ws-chart-desc\">"));
        assert!(!svg.contains("<1>"), "titles must be escaped");
        assert!(svg.contains("Driver &#60;1&#62; &#38; co"));
        assert!(!svg.contains("style="), "no inline styles under the CSP");
        assert_eq!(svg.matches("<circle").count(), 2);
        let empty = draw(&l, &[]);
        assert_eq!(empty.matches("<circle").count(), 0);
    }
}
