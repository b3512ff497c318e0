//! The best-practice repository as authors and readers use it.
//!
//! `/practices` lists published practices with filters on their descriptors, labels and
//! language, sorted by newest, score or adoptions; `/practices/mine` is an author's own
//! submissions with their state. Submitting and writing new versions are in `write.rs` (the
//! structured template itself, checked, in `form.rs`); the practice page at its citable address,
//! its version history, older versions and "adopted by" reports in `page.rs`.
//!
//! Readers always see a published version; the newest, not yet published one is for its author,
//! editors and reviewers only (decided once by [`super::load`]).

mod form;
mod page;
mod write;

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use axum_extra::extract::Query;
use bottega_domain::{
    CodeSet, Competence, Country, Language, PracticeLabel, Sector, Theme, EQF_LEVELS,
};
use bottega_storage::cooperation::practices::{self as store, Listed, Practice, PracticeFilter};
use serde::Deserialize;

use super::Seen;
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{language_options, options, query_string, render, Choice, Paging};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/practices", get(list))
        .route("/practices/mine", get(mine))
        .route(
            "/practices/submit",
            get(write::submit_form).post(write::submit),
        )
        .route("/practices/{code}", get(page::show))
        .route("/practices/{code}/versions", get(page::versions))
        .route("/practices/{code}/v/{version}", get(page::version))
        .route(
            "/practices/{code}/revise",
            get(write::revise_form).post(write::revise),
        )
        .route(
            "/practices/{code}/adoptions",
            get(page::adoptions).post(page::adopt),
        )
}

/// The message naming a practice's state, e.g. `bp-status-in-review`.
pub fn status_message(status: &str) -> String {
    format!("bp-status-{status}")
}

/// "4.3 of 5 from 2 reviews", or `None` before any review was counted.
pub fn score_text(c: &Ctx, score_x100: Option<i64>, reviews: i64) -> Option<String> {
    let score = score_x100.filter(|_| reviews > 0)?;
    Some(c.l.t2(
        "bp-score",
        "score",
        super::score_decimal(&c.l, score, 1),
        "count",
        reviews,
    ))
}

/// The name of a stored code of `T` in the reader's language (the code itself if unknown).
pub fn label_of<T: CodeSet>(c: &Ctx, code: &str) -> String {
    T::parse(code)
        .map(|v| c.t(&v.message_id()))
        .unwrap_or_else(|| code.to_string())
}

/// The permanent redirect to the canonical (upper-case) address of a practice, when it was
/// reached by another spelling, e.g. `/practices/bp-2026-0042/versions`.
pub fn canonical(seen: &Seen, typed: &str, rest: &str, c: &Ctx) -> Option<Response> {
    if typed == seen.practice.ref_code {
        return None;
    }
    let query = c
        .path
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    Some(Redirect::permanent(&format!("{}{rest}{query}", seen.url())).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: String,
    pub theme: String,
    pub sector: String,
    pub country: String,
    pub competence: String,
    pub eqf: String,
    pub lang: String,
    pub label: String,
    pub sort: String,
    pub page: String,
}

/// The longest text filter, in characters.
const QUERY_MAX: usize = 200;

/// A published practice in the list, with its descriptors named.
pub struct Row {
    pub p: Listed,
    pub themes: Vec<String>,
    pub countries: Vec<String>,
    pub labels: Vec<String>,
    pub score: Option<String>,
}

#[derive(Template)]
#[template(path = "practices/list.html")]
struct ListPage {
    c: Ctx,
    rows: Vec<Row>,
    total: i64,
    paging: Paging,
    q: String,
    sort: &'static str,
    themes: Vec<Choice>,
    sectors: Vec<Choice>,
    countries: Vec<Choice>,
    competences: Vec<Choice>,
    eqf_levels: Vec<Choice>,
    languages: Vec<Choice>,
    labels: Vec<Choice>,
    sorts: Vec<Choice>,
    /// Whether any filter narrows the list (to offer clearing them).
    filtered: bool,
}

/// The EQF levels as options, `selected` chosen.
pub fn eqf_options(c: &Ctx, selected: Option<i64>) -> Vec<Choice> {
    EQF_LEVELS
        .map(|level| Choice {
            code: level.to_string(),
            label: c.l.t1("bp-eqf-level", "level", level),
            selected: selected == Some(level),
        })
        .collect()
}

/// The options of a closed set kept in declared order (competence frameworks read in their
/// own order, area by area).
pub fn ordered_options<T: CodeSet>(c: &Ctx, selected: &[T]) -> Vec<Choice> {
    T::ALL
        .iter()
        .map(|v| Choice {
            code: v.code().to_string(),
            label: c.t(&v.message_id()),
            selected: selected.contains(v),
        })
        .collect()
}

pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    // Unknown codes in the address are ignored rather than refused: a stale link still lists.
    let text: String = q.q.trim().chars().take(QUERY_MAX).collect();
    let eqf_level = q
        .eqf
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|l| EQF_LEVELS.contains(l));
    let filter = PracticeFilter {
        theme: Theme::parse(q.theme.trim()),
        sector: Sector::parse(q.sector.trim()),
        country: Country::parse(q.country.trim()),
        competence: Competence::parse(q.competence.trim()),
        eqf_level,
        lang: Language::parse(q.lang.trim()),
        label: PracticeLabel::parse(q.label.trim()),
        text: (!text.is_empty()).then(|| text.clone()),
        sort: store::Sort::parse(q.sort.trim()).unwrap_or_default(),
    };
    let total = store::count_published(&state.db, &filter).await?;
    let eqf_code = eqf_level.map(|l| l.to_string()).unwrap_or_default();
    let sort = filter.sort.code();
    let paging = Paging::new(
        q.page.parse::<i64>().unwrap_or(1),
        total,
        query_string(&[
            ("q", text.as_str()),
            ("theme", filter.theme.map(|v| v.code()).unwrap_or("")),
            ("sector", filter.sector.map(|v| v.code()).unwrap_or("")),
            ("country", filter.country.map(|v| v.code()).unwrap_or("")),
            (
                "competence",
                filter.competence.map(|v| v.code()).unwrap_or(""),
            ),
            ("eqf", eqf_code.as_str()),
            ("lang", filter.lang.map(|v| v.code()).unwrap_or("")),
            ("label", filter.label.map(|v| v.code()).unwrap_or("")),
            (
                "sort",
                if filter.sort == store::Sort::Newest {
                    ""
                } else {
                    sort
                },
            ),
        ]),
    );
    let listed = store::list_published(
        &state.db,
        &filter,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    let ids: Vec<i64> = listed.iter().map(|p| p.id).collect();
    let mut themes: HashMap<i64, Vec<String>> = HashMap::new();
    let mut countries: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, dimension, code) in store::tags_of(&state.db, &ids).await? {
        match dimension.as_str() {
            store::THEME => themes
                .entry(id)
                .or_default()
                .push(label_of::<Theme>(&c, &code)),
            store::COUNTRY => countries
                .entry(id)
                .or_default()
                .push(label_of::<Country>(&c, &code)),
            _ => {}
        }
    }
    let mut labels: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, code) in store::labels_of(&state.db, &ids).await? {
        labels
            .entry(id)
            .or_default()
            .push(label_of::<PracticeLabel>(&c, &code));
    }
    let rows = listed
        .into_iter()
        .map(|p| Row {
            themes: themes.remove(&p.id).unwrap_or_default(),
            countries: countries.remove(&p.id).unwrap_or_default(),
            labels: labels.remove(&p.id).unwrap_or_default(),
            score: score_text(&c, p.score_x100, p.review_count),
            p,
        })
        .collect();
    let filtered = !text.is_empty()
        || filter.theme.is_some()
        || filter.sector.is_some()
        || filter.country.is_some()
        || filter.competence.is_some()
        || filter.eqf_level.is_some()
        || filter.lang.is_some()
        || filter.label.is_some();
    let sorts = store::Sort::ALL
        .iter()
        .map(|s| Choice {
            code: s.code().to_string(),
            label: c.t(&format!("bp-sort-{}", s.code())),
            selected: *s == filter.sort,
        })
        .collect();
    Ok(render(&ListPage {
        themes: options::<Theme>(&c.l, filter.theme.as_slice()),
        sectors: options::<Sector>(&c.l, filter.sector.as_slice()),
        countries: options::<Country>(&c.l, filter.country.as_slice()),
        competences: ordered_options::<Competence>(&c, filter.competence.as_slice()),
        eqf_levels: eqf_options(&c, filter.eqf_level),
        languages: language_options(filter.lang.as_slice()),
        labels: options::<PracticeLabel>(&c.l, filter.label.as_slice()),
        sorts,
        sort,
        q: text,
        filtered,
        c,
        rows,
        total,
        paging,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    pub page: String,
}

#[derive(Template)]
#[template(path = "practices/mine.html")]
struct MinePage {
    c: Ctx,
    practices: Vec<Practice>,
    total: i64,
    paging: Paging,
}

impl MinePage {
    fn status_label(&self, p: &Practice) -> String {
        self.c.t(&status_message(&p.status))
    }

    /// Whether the author may write a new version now.
    fn may_revise(&self, p: &Practice) -> bool {
        p.open_for_new_version()
    }
}

/// The practices the signed-in member submitted, with their state and versions.
pub async fn mine(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let total = store::count_mine(&state.db, user_id).await?;
    let paging = Paging::new(q.page.parse::<i64>().unwrap_or(1), total, String::new());
    let practices = store::mine(
        &state.db,
        user_id,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    Ok(render(&MinePage {
        c,
        practices,
        total,
        paging,
    }))
}
