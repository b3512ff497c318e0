//! Search across the platform: one box, results from every section the reader may see, with
//! facets, highlighted snippets, sorting and paging. The reader's audience (public, members,
//! their organisations; staff see everything) is part of the query, so nothing hidden is ever
//! found or counted.
//!
//! The same page, narrowed to one kind of content, is the toolbox's way in (`/resources`): a
//! [`Scope`] names the kinds, the facets offered and whether an empty query lists everything.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bottega_domain::CodeSet;
use bottega_search::{audience, facet_fields, kinds, SearchQuery, SearchResults, Sort};
use serde::Deserialize;

use crate::context::Ctx;
use crate::cpu::SEARCHES;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{query_string, render, Paging};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/search", get(search))
        .route("/resources", get(toolbox))
}

/// The facet fields a query string may filter on, with their parameter names.
const PARAMS: &[(&str, &str)] = &[
    (facet_fields::TYPE, "type"),
    (facet_fields::LANGUAGE, "language"),
    (facet_fields::COUNTRY, "country"),
    (facet_fields::SECTOR, "sector"),
    (facet_fields::LICENCE, "licence"),
    (facet_fields::THEME, "theme"),
    ("target", "target"),
    ("competence", "competence"),
    ("eqf", "eqf"),
];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchParams {
    pub q: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub language: Vec<String>,
    pub country: Vec<String>,
    pub sector: Vec<String>,
    pub licence: Vec<String>,
    pub theme: Vec<String>,
    pub target: Vec<String>,
    pub competence: Vec<String>,
    pub eqf: Vec<String>,
    pub sort: String,
    pub page: Option<u32>,
}

impl SearchParams {
    fn selected(&self, field: &str) -> &[String] {
        match field {
            facet_fields::TYPE => &self.kind,
            facet_fields::LANGUAGE => &self.language,
            facet_fields::COUNTRY => &self.country,
            facet_fields::SECTOR => &self.sector,
            facet_fields::LICENCE => &self.licence,
            facet_fields::THEME => &self.theme,
            "target" => &self.target,
            "competence" => &self.competence,
            "eqf" => &self.eqf,
            _ => &[],
        }
    }
}

/// What one search page covers.
pub struct Scope {
    /// Where the form and links point.
    pub action: &'static str,
    /// The message id of the page title.
    pub title: &'static str,
    /// The kinds searched (empty: all).
    pub kinds: &'static [&'static str],
    /// The facets shown, in order.
    pub facets: &'static [&'static str],
    /// Whether a query without words or filters lists everything (newest first).
    pub list_all: bool,
}

const EVERYWHERE: Scope = Scope {
    action: "/search",
    title: "search-title",
    kinds: &[],
    facets: facet_fields::EVERYWHERE,
    list_all: false,
};

const TOOLBOX: Scope = Scope {
    action: "/resources",
    title: "res-toolbox-title",
    kinds: &[kinds::RESOURCE],
    facets: &[
        facet_fields::TYPE,
        facet_fields::LANGUAGE,
        facet_fields::COUNTRY,
        facet_fields::SECTOR,
        facet_fields::THEME,
        facet_fields::LICENCE,
        "target",
        "competence",
        "eqf",
    ],
    list_all: true,
};

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
    scope: &'static Scope,
    q: SearchParams,
    /// The chosen filters as hidden (name, value) pairs of the search form.
    hidden: Vec<(&'static str, String)>,
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

/// The query string of `p`, with `toggle` (field, value) added or removed and without the page.
fn link(scope: &Scope, p: &SearchParams, sort: &str, toggle: Option<(&str, &str)>) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("q", p.q.clone())];
    for (field, param) in PARAMS {
        let mut values = p.selected(field).to_vec();
        if let Some((_, v)) = toggle.filter(|(f, _)| f == field) {
            if let Some(i) = values.iter().position(|x| x == v) {
                values.remove(i);
            } else {
                values.push(v.to_string());
            }
        }
        if !scope.facets.contains(field) && values.is_empty() {
            continue;
        }
        for v in values {
            pairs.push((param, v));
        }
    }
    pairs.push(("sort", sort.to_string()));
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    query_string(&refs)
}

async fn search(
    State(state): State<AppState>,
    c: Ctx,
    axum_extra::extract::Query(q): axum_extra::extract::Query<SearchParams>,
) -> AppResult<Response> {
    run(&state, c, q, &EVERYWHERE).await
}

async fn toolbox(
    State(state): State<AppState>,
    c: Ctx,
    axum_extra::extract::Query(q): axum_extra::extract::Query<SearchParams>,
) -> AppResult<Response> {
    run(&state, c, q, &TOOLBOX).await
}

/// The reader's audience tokens.
pub async fn reader_tokens(state: &AppState, c: &Ctx) -> AppResult<Vec<String>> {
    Ok(match &c.user {
        Some(_) if c.is_staff() => audience::staff(),
        Some(u) => {
            let m = bottega_storage::search::memberships_of(&state.db, u.user_id).await?;
            let mut tokens = audience::reader(true, &m.orgs, &m.groups);
            tokens.push(audience::user(u.user_id));
            tokens
        }
        None => audience::reader(false, &[], &[]),
    })
}

async fn run(
    state: &AppState,
    c: Ctx,
    q: SearchParams,
    scope: &'static Scope,
) -> AppResult<Response> {
    let has_words = !q.q.trim().is_empty();
    // "Best match" is what the form offers by default; without words there is no relevance,
    // so the newest come first then.
    let sort = match q.sort.as_str() {
        "newest" => (Sort::Newest, "newest"),
        "rating" => (Sort::Rating, "rating"),
        _ if !has_words => (Sort::Newest, "relevance"),
        _ => (Sort::Relevance, "relevance"),
    };
    let page = q.page.unwrap_or(1).clamp(1, 500);
    let has_filters = PARAMS.iter().any(|(f, _)| !q.selected(f).is_empty());
    let results = if !has_words && !has_filters && !scope.list_all {
        None
    } else {
        let mut query = SearchQuery::new(q.q.clone(), reader_tokens(state, &c).await?)
            .sort(sort.0)
            .page(page, Paging::PER_PAGE as u32);
        for kind in scope.kinds {
            query = query.kind(*kind);
        }
        for field in scope.facets {
            query = query.count_facet(*field);
        }
        for (field, _) in PARAMS {
            for v in q.selected(field) {
                query = query.filter(*field, v.clone());
            }
        }
        let index = state.search.clone();
        let found = SEARCHES
            .run(move || index.search(&query))
            .await
            .map_err(AppError::Internal)?
            .map_err(|e| AppError::Internal(e.into()))?;
        Some(found)
    };
    let mut facets = Vec::new();
    if let Some(r) = &results {
        for field in scope.facets {
            let chosen = q.selected(field);
            let values = r
                .facet(field)
                .iter()
                .map(|(value, count)| FacetValue {
                    label: facet_label(&c, field, value),
                    count: *count,
                    selected: chosen.contains(value),
                    toggle: link(scope, &q, sort.1, Some((field, value))),
                    value: value.clone(),
                })
                .collect::<Vec<_>>();
            if !values.is_empty() {
                facets.push((*field, values));
            }
        }
    }
    let hidden = PARAMS
        .iter()
        .flat_map(|(field, param)| q.selected(field).iter().map(move |v| (*param, v.clone())))
        .collect();
    let total = results.as_ref().map(|r| r.total as i64).unwrap_or(0);
    let paging = Paging::new(page as i64, total, link(scope, &q, sort.1, None));
    Ok(render(&ResultsPage {
        c,
        scope,
        q,
        hidden,
        results,
        facets,
        paging,
        sort: sort.1,
    }))
}

fn label_of<T: CodeSet>(c: &Ctx, value: &str) -> Option<String> {
    T::parse(value).map(|v| c.t(&v.message_id()))
}

/// The name of a facet value in the reader's language.
fn facet_label(c: &Ctx, field: &str, value: &str) -> String {
    use bottega_domain as d;
    let label = match field {
        facet_fields::TYPE => label_of::<d::ResourceType>(c, value)
            .or_else(|| Some(c.t(&format!("search-kind-{value}")))),
        facet_fields::LANGUAGE => d::Language::parse(value).map(|l| l.endonym().to_string()),
        facet_fields::COUNTRY => label_of::<d::Country>(c, value),
        facet_fields::SECTOR => label_of::<d::Sector>(c, value),
        facet_fields::LICENCE => label_of::<d::Licence>(c, value),
        facet_fields::THEME => label_of::<d::Theme>(c, value),
        "target" => label_of::<d::TargetGroup>(c, value),
        "competence" => label_of::<d::Competence>(c, value),
        "eqf" => Some(c.l.t1("res-eqf-level", "level", value.to_string())),
        _ => None,
    };
    label.unwrap_or_else(|| value.replace('-', " "))
}
