//! Mutual help (peer counselling): questions about problems from daily work, listed as
//! unanswered, unsolved or solved, filtered by theme, country, sector and type of provider;
//! suggestions of similar questions while asking.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use bottega_domain::{Country, OrgType, Sector};
use bottega_storage::communication::communities::{self, Community};
use bottega_storage::communication::threads::{self, QuestionState, Thread, ThreadFilter};
use bottega_storage::communication::Cursor;
use serde::Deserialize;

use super::{reading_languages, PER_PAGE};
use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::{language_options, options, query_string, render, Choice};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HelpQuery {
    pub state: String,
    pub community: String,
    pub country: String,
    pub sector: String,
    #[serde(rename = "type")]
    pub org_type: String,
    pub lang: Vec<String>,
    pub after: String,
}

#[derive(Template)]
#[template(path = "communication/help.html")]
struct HelpPage {
    c: Ctx,
    q: HelpQuery,
    questions: Vec<Thread>,
    next: Option<String>,
    /// The query without `after` and `state`, for links to the tabs and the next page.
    base: String,
    counts: (i64, i64, i64),
    communities: Vec<Community>,
    countries: Vec<Choice>,
    sectors: Vec<Choice>,
    types: Vec<Choice>,
    languages: Vec<Choice>,
}

pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    axum_extra::extract::Query(q): axum_extra::extract::Query<HelpQuery>,
) -> AppResult<Response> {
    let reader = c.reader();
    let communities = communities::list(&state.db, &reader).await?;
    let community_id = communities
        .iter()
        .find(|k| k.slug == q.community)
        .map(|k| k.id);
    let languages = reading_languages(&state, &c, &q.lang).await?;
    let filter = ThreadFilter {
        community_id,
        kind: Some(threads::QUESTION),
        languages: languages.clone(),
        state: QuestionState::parse(&q.state),
        country: Country::parse(&q.country),
        sector: Sector::parse(&q.sector),
        org_type: OrgType::parse(&q.org_type),
        pinned: None,
    };
    let (questions, next) = threads::list(
        &state.db,
        &reader,
        &filter,
        Cursor::decode(&q.after),
        PER_PAGE,
    )
    .await?;
    let counts = threads::question_counts(&state.db, &reader).await?;
    let mut pairs: Vec<(&str, &str)> = vec![
        ("community", &q.community),
        ("country", &q.country),
        ("sector", &q.sector),
        ("type", &q.org_type),
    ];
    for l in &q.lang {
        pairs.push(("lang", l));
    }
    let base = query_string(&pairs);
    Ok(render(&HelpPage {
        countries: options::<Country>(&c.l, filter.country.as_slice()),
        sectors: options::<Sector>(&c.l, filter.sector.as_slice()),
        types: options::<OrgType>(&c.l, filter.org_type.as_slice()),
        languages: language_options(&languages),
        next: next.map(|n| n.encode()),
        c,
        q,
        questions,
        base,
        counts,
        communities,
    }))
}

#[derive(Template)]
#[template(path = "communication/ask.html")]
struct AskPage {
    c: Ctx,
    communities: Vec<Community>,
}

/// Asking starts by choosing the theme (community) the question belongs to.
pub async fn ask_form(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    let communities = communities::list(&state.db, &c.reader()).await?;
    Ok(render(&AskPage { c, communities }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SimilarQuery {
    pub title: String,
}

#[derive(Template)]
#[template(path = "communication/similar.html")]
struct SimilarFragment {
    c: Ctx,
    similar: Vec<(i64, String, bool)>,
}

/// Questions similar to a title being typed, as an HTML fragment the question form fetches
/// (progressive enhancement; without JavaScript the form shows them after a first submit).
pub async fn similar(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<SimilarQuery>,
) -> AppResult<Response> {
    let title: String = q.title.chars().take(150).collect();
    let similar = threads::similar_questions(&state.db, &c.reader(), &title, 5).await?;
    let html = SimilarFragment { c, similar }
        .render()
        .map_err(|e| crate::error::AppError::Internal(e.into()))?;
    Ok(Html(html).into_response())
}
