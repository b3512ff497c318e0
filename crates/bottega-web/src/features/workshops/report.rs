//! The workshop's results for taking away: a print-friendly page, and the same as Markdown to
//! download (for a project report, a wiki, a policy brief).

use std::fmt::Write as _;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use bottega_domain::Language;
use bottega_i18n::Localizer;
use bottega_storage::communication::workshops::Workshop;

use super::show::{views, Kept, Views};
use super::{phase_name, visible_workshop};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{render, FormErrors};

#[derive(Template)]
#[template(path = "workshops/report.html")]
struct ReportPage {
    c: Ctx,
    w: Workshop,
    phase: String,
    lang_name: String,
    generated: String,
    v: Views,
}

fn lang_name(w: &Workshop) -> String {
    Language::parse(&w.lang)
        .map(|l| l.endonym().to_string())
        .unwrap_or_else(|| w.lang.clone())
}

pub async fn html(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = visible_workshop(&state, &c, &id).await?;
    let v = views(&state, &c, &w, &Kept::default(), &FormErrors::new()).await?;
    Ok(render(&ReportPage {
        phase: phase_name(&c.l, &w.phase),
        lang_name: lang_name(&w),
        generated: c.l.datetime(bottega_storage::now()),
        c,
        w,
        v,
    }))
}

pub async fn markdown(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = visible_workshop(&state, &c, &id).await?;
    let v = views(&state, &c, &w, &Kept::default(), &FormErrors::new()).await?;
    let body = to_markdown(&c.l, &w, &v, &c.l.datetime(bottega_storage::now()));
    let mut res = body.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/markdown; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"workshop-{}.md\"", w.id))
    {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// One line of text for Markdown: no line breaks, and characters that would start markup
/// escaped.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

/// The report as Markdown, headed and labelled in the reader's language.
pub fn to_markdown(l: &Localizer, w: &Workshop, v: &Views, generated: &str) -> String {
    let mut md = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(md, "# {}\n", inline(&w.title));
    let _ = writeln!(
        md,
        "**{}** {}\n",
        inline(&l.t("workshop-label-focal-question")),
        inline(&w.focal_question)
    );
    for (label, value) in [
        ("workshop-label-horizon", w.horizon_year.to_string()),
        ("workshop-label-community", w.community_name.clone()),
        (
            "workshop-label-facilitator",
            w.facilitator_name.clone().unwrap_or_else(|| "–".into()),
        ),
        ("workshop-label-phase", phase_name(l, &w.phase)),
        ("workshop-label-lang", lang_name(w)),
    ] {
        let _ = writeln!(md, "- **{}:** {}", inline(&l.t(label)), inline(&value));
    }
    let _ = writeln!(
        md,
        "\n_{}_\n",
        inline(&l.t1("workshop-report-generated", "date", generated))
    );

    let _ = writeln!(md, "## {}\n", inline(&l.t("workshop-drivers-heading")));
    if v.drivers.is_empty() {
        let _ = writeln!(md, "{}\n", inline(&l.t("workshop-drivers-none")));
    } else {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            inline(&l.t("workshop-label-number")),
            inline(&l.t("workshop-label-driver")),
            inline(&l.t("workshop-label-kind")),
            inline(&l.t("workshop-label-impact-average")),
            inline(&l.t("workshop-label-uncertainty-average")),
            inline(&l.t("workshop-label-ratings")),
        );
        let _ = writeln!(md, "|---:|---|---|---:|---:|---:|");
        for d in &v.drivers {
            let mut title = inline(&d.d.title);
            if d.critical {
                title.push_str(&format!(" ({})", inline(&l.t("workshop-critical-badge"))));
            }
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                d.number, title, d.kind, d.impact, d.uncertainty, d.d.ratings
            );
        }
        md.push('\n');
        for d in v.drivers.iter().filter(|d| !d.d.description.is_empty()) {
            let _ = writeln!(
                md,
                "- **{}. {}:** {}",
                d.number,
                inline(&d.d.title),
                inline(&d.d.description)
            );
        }
        if v.drivers.iter().any(|d| !d.d.description.is_empty()) {
            md.push('\n');
        }
    }

    if v.scenarios.is_empty() {
        return md;
    }
    let _ = writeln!(md, "## {}\n", inline(&l.t("workshop-axes-heading-done")));
    let _ = writeln!(
        md,
        "- **{}:** {} ↔ {}",
        inline(&l.t1("workshop-axis-x-named", "driver", v.axis_x.as_str())),
        inline(&w.x_low),
        inline(&w.x_high)
    );
    let _ = writeln!(
        md,
        "- **{}:** {} ↔ {}\n",
        inline(&l.t1("workshop-axis-y-named", "driver", v.axis_y.as_str())),
        inline(&w.y_low),
        inline(&w.y_high)
    );

    let _ = writeln!(md, "## {}\n", inline(&l.t("workshop-scenarios-heading")));
    for s in &v.scenarios {
        let _ = writeln!(md, "### {}. {}\n", s.s.quadrant, inline(&s.title));
        let _ = writeln!(md, "_{} · {}_\n", inline(&s.x_pole), inline(&s.y_pole));
        if s.s.narrative_md.is_empty() {
            let _ = writeln!(md, "{}\n", inline(&l.t("workshop-scenario-empty")));
        } else {
            let _ = writeln!(md, "{}\n", s.s.narrative_md.trim_end());
        }
        let _ = writeln!(md, "#### {}\n", inline(&l.t("workshop-choices-heading")));
        if s.choices.is_empty() {
            let _ = writeln!(md, "{}\n", inline(&l.t("workshop-choices-none")));
            continue;
        }
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            inline(&l.t("workshop-label-choice")),
            inline(&l.t("workshop-label-direction")),
            inline(&l.t("workshop-label-plausibility")),
            inline(&l.t("workshop-label-desirability")),
            inline(&l.t("workshop-label-ratings")),
        );
        let _ = writeln!(md, "|---|---|---:|---:|---:|");
        for ch in &s.choices {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                inline(&ch.ch.text),
                inline(&ch.direction),
                ch.plausibility,
                ch.desirability,
                ch.ch.ratings
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", inline(&l.t("workshop-results-heading")));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} |",
        inline(&l.t("workshop-label-scenario")),
        inline(&l.t("workshop-label-choices")),
        inline(&l.t("workshop-label-ratings")),
        inline(&l.t("workshop-label-plausibility-average")),
        inline(&l.t("workshop-label-desirability-average")),
    );
    let _ = writeln!(md, "|---|---:|---:|---:|---:|");
    for s in &v.scenarios {
        let _ = writeln!(
            md,
            "| {}. {} | {} | {} | {} | {} |",
            s.s.quadrant,
            inline(&s.title),
            s.choices.len(),
            s.ratings,
            s.plausibility,
            s.desirability
        );
    }
    md.push('\n');
    if v.summary.any_rating {
        if let Some(h) = &v.summary.most_desirable {
            let _ = writeln!(
                md,
                "- {}",
                inline(&l.t2(
                    "workshop-most-desirable",
                    "scenario",
                    h.title.as_str(),
                    "value",
                    h.value.as_str()
                ))
            );
        }
        if let Some(h) = &v.summary.most_plausible {
            let _ = writeln!(
                md,
                "- {}",
                inline(&l.t2(
                    "workshop-most-plausible",
                    "scenario",
                    h.title.as_str(),
                    "value",
                    h.value.as_str()
                ))
            );
        }
        md.push('\n');
    } else {
        let _ = writeln!(md, "{}\n", inline(&l.t("workshop-results-none")));
    }
    let _ = writeln!(md, "### {}\n", inline(&l.t("workshop-promising-heading")));
    if v.summary.promising.is_empty() {
        let _ = writeln!(md, "{}\n", inline(&l.t("workshop-promising-none")));
    } else {
        for p in &v.summary.promising {
            let _ = writeln!(
                md,
                "1. {} — {}: {} ({} {}, {} {})",
                inline(&p.text),
                inline(&p.direction),
                inline(&p.scenario),
                inline(&l.t("workshop-label-plausibility")),
                p.plausibility,
                inline(&l.t("workshop-label-desirability")),
                p.desirability
            );
        }
        md.push('\n');
    }
    md
}

#[cfg(test)]
mod tests {
    use super::inline;

    #[test]
    fn inline_text_cannot_break_the_markdown() {
        assert_eq!(inline("a|b\nc"), "a\\|b c");
        assert_eq!(inline("# *x* [y](z)"), "\\# \\*x\\* \\[y\\](z)");
        assert_eq!(inline("Übergang 2035"), "Übergang 2035");
    }
}
