//! Search across the platform: one box, results from every section the reader may see, with
//! facets, highlighted snippets, sorting and paging. The reader's audience (public, members,
//! their organisations; staff see everything) is part of the query, so nothing hidden is ever
//! found or counted.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bottega_search::{audience, facet_fields, SearchQuery, SearchResults, Sort};
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{query_string, render, Paging};

pub fn routes() -> Router<AppState> {
    Router::new().route("/search", get(search))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    pub q: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub language: Vec<String>,
    pub country: Vec<String>,
    pub sector: Vec<String>,
    pub theme: Vec<String>,
    pub sort: String,
    pub page: Option<u32>,
}

/// The facets shown, in order.
const FACETS: &[&str] = &[
    facet_fields::TYPE,
    facet_fields::LANGUAGE,
    facet_fields::COUNTRY,
    facet_fields::SECTOR,
    facet_fields::THEME,
];

/// One value of a facet as the page shows it.
pub struct FacetValue {
    pub value: String,
    pub label: String,
    pub count: u64,
    pub selected: bool,
    /// The address of the results with this value toggled.
    pub toggle: String,
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct ResultsPage {
    c: Ctx,
    q: SearchParams,
    results: Option<SearchResults>,
    facets: Vec<(&'static str, Vec<FacetValue>)>,
    paging: Paging,
    sort: &'static str,
}

impl ResultsPage {
    fn kind_label(&self, kind: &str) -> String {
        self.c.t(&format!("search-kind-{kind}"))
    }
}

fn selected(p: &SearchParams, field: &str) -> Vec<String> {
    match field {
        facet_fields::TYPE => p.kind.clone(),
        facet_fields::LANGUAGE => p.language.clone(),
        facet_fields::COUNTRY => p.country.clone(),
        facet_fields::SECTOR => p.sector.clone(),
        facet_fields::THEME => p.theme.clone(),
        _ => Vec::new(),
    }
}

/// The query string of `p`, with `toggle` (field, value) added or removed and without the page.
fn link(p: &SearchParams, sort: &str, toggle: Option<(&str, &str)>) -> String {
    let mut pairs: Vec<(String, String)> = vec![("q".into(), p.q.clone())];
    for field in FACETS {
        let mut values = selected(p, field);
        if let Some((f, v)) = toggle.filter(|(f, _)| f == field) {
            let _ = f;
            if let Some(i) = values.iter().position(|x| x == v) {
                values.remove(i);
            } else {
                values.push(v.to_string());
            }
        }
        for v in values {
            pairs.push((field.to_string(), v));
        }
    }
    pairs.push(("sort".into(), sort.to_string()));
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    query_string(&refs)
}

async fn search(
    State(state): State<AppState>,
    c: Ctx,
    axum_extra::extract::Query(q): axum_extra::extract::Query<SearchParams>,
) -> AppResult<Response> {
    let sort = match q.sort.as_str() {
        "newest" => (Sort::Newest, "newest"),
        "rating" => (Sort::Rating, "rating"),
        _ => (Sort::Relevance, "relevance"),
    };
    let page = q.page.unwrap_or(1).clamp(1, 500);
    let has_filters = FACETS.iter().any(|f| !selected(&q, f).is_empty());
    let results = if q.q.trim().is_empty() && !has_filters {
        None
    } else {
        let tokens = match &c.user {
            Some(_) if c.is_staff() => audience::staff(),
            Some(u) => {
                let orgs = bottega_storage::search::org_ids_of(&state.db, u.user_id).await?;
                audience::reader(true, &orgs, &[])
            }
            None => audience::reader(false, &[], &[]),
        };
        let mut query = SearchQuery::new(q.q.clone(), tokens)
            .sort(sort.0)
            .page(page, Paging::PER_PAGE as u32);
        for field in FACETS {
            query = query.count_facet(*field);
            for v in selected(&q, field) {
                query = query.filter(*field, v);
            }
        }
        let index = state.search.clone();
        let found = tokio::task::spawn_blocking(move || index.search(&query))
            .await
            .map_err(|e| AppError::Internal(e.into()))?
            .map_err(|e| AppError::Internal(e.into()))?;
        Some(found)
    };
    let mut facets = Vec::new();
    if let Some(r) = &results {
        for field in FACETS {
            let chosen = selected(&q, field);
            let values = r
                .facet(field)
                .iter()
                .map(|(value, count)| FacetValue {
                    label: facet_label(&c, field, value),
                    count: *count,
                    selected: chosen.contains(value),
                    toggle: link(&q, sort.1, Some((field, value))),
                    value: value.clone(),
                })
                .collect::<Vec<_>>();
            if !values.is_empty() {
                facets.push((*field, values));
            }
        }
    }
    let total = results.as_ref().map(|r| r.total as i64).unwrap_or(0);
    let paging = Paging::new(page as i64, total, link(&q, sort.1, None));
    Ok(render(&ResultsPage {
        c,
        q,
        results,
        facets,
        paging,
        sort: sort.1,
    }))
}

/// The name of a facet value in the reader's language.
fn facet_label(c: &Ctx, field: &str, value: &str) -> String {
    match field {
        facet_fields::TYPE => c.t(&format!("search-kind-{value}")),
        facet_fields::LANGUAGE => bottega_domain::Language::parse(value)
            .map(|l| l.endonym().to_string())
            .unwrap_or_else(|| value.to_string()),
        facet_fields::COUNTRY => bottega_domain::Country::parse(value)
            .map(|k| c.t(&k.message_id()))
            .unwrap_or_else(|| value.to_string()),
        facet_fields::SECTOR => bottega_domain::Sector::parse(value)
            .map(|s| c.t(&s.message_id()))
            .unwrap_or_else(|| value.to_string()),
        _ => value.replace('-', " "),
    }
}
