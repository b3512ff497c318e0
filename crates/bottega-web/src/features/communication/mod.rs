//! The Communication section: themed communities with discussions, mutual help (questions,
//! answers, accepted solutions), notifications and moderation. The scenario workshop has its own
//! folder (`features/workshops`).
//!
//! Every handler asks storage with the reader's [`Reader`], so what a person may not see is
//! never loaded; changes are checked against the reader's rights here, on the server.

pub mod compose;
mod help;
mod moderation;
mod threads;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use bottega_domain::Language;
use bottega_storage::communication::communities::{self, Community};
use bottega_storage::communication::threads::{Thread, ThreadFilter};
use bottega_storage::communication::{self as comm, Cursor};
use serde::Deserialize;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, render, Choice};

pub use compose::{compose, Composed};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/communication", get(overview))
        .route("/c/{slug}", get(community_page))
        .route(
            "/c/{slug}/new",
            get(threads::new_form).post(threads::new_submit),
        )
        .route("/t/{id}", get(threads::show))
        .route("/t/{id}/reply", post(threads::reply))
        .route("/t/{id}/follow", post(threads::follow))
        .route("/t/{id}/moderate", post(moderation::thread_action))
        .route(
            "/posts/{id}/edit",
            get(threads::edit_form).post(threads::edit_submit),
        )
        .route("/posts/{id}/history", get(threads::history))
        .route("/posts/{id}/delete", post(threads::delete))
        .route("/posts/{id}/vote", post(threads::vote))
        .route("/posts/{id}/accept", post(threads::accept))
        .route(
            "/posts/{id}/flag",
            get(moderation::flag_form).post(moderation::flag_submit),
        )
        .route("/help", get(help::list))
        .route("/help/ask", get(help::ask_form))
        .route("/help/similar", get(help::similar))
        .route("/moderation", get(moderation::queue))
        .route("/moderation/posts/{id}", post(moderation::post_action))
}

/// Threads per page of a list, and posts per page of a thread.
pub const PER_PAGE: i64 = 20;

/// Languages a reader asked to read in a list: `?lang=it&lang=en`, or `?lang=mine` for the
/// languages of their profile.
async fn reading_languages(
    state: &AppState,
    c: &Ctx,
    requested: &[String],
) -> AppResult<Vec<Language>> {
    if requested.iter().any(|l| l == "mine") {
        if let Some(u) = &c.user {
            return Ok(
                bottega_storage::accounts::profile_lists(&state.db, u.user_id)
                    .await?
                    .languages,
            );
        }
    }
    Ok(requested
        .iter()
        .filter_map(|l| Language::parse(l))
        .collect())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub after: String,
    pub lang: Vec<String>,
}

#[derive(Template)]
#[template(path = "communication/overview.html")]
struct OverviewPage {
    c: Ctx,
    communities: Vec<Community>,
    latest: Vec<Thread>,
}

/// The section's front page: its communities, and the latest activity across them.
async fn overview(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let reader = c.reader();
    let communities = communities::list(&state.db, &reader).await?;
    let (latest, _) =
        comm::threads::list(&state.db, &reader, &ThreadFilter::default(), None, 10).await?;
    Ok(render(&OverviewPage {
        c,
        communities,
        latest,
    }))
}

#[derive(Template)]
#[template(path = "communication/community.html")]
struct CommunityPage {
    c: Ctx,
    community: Community,
    pinned: Vec<Thread>,
    threads: Vec<Thread>,
    next: Option<String>,
    /// Threads started after this moment are new since the reader's last visit.
    previous_visit: i64,
    languages: Vec<Choice>,
    mine: bool,
    filtered: bool,
    lang_query: String,
}

impl CommunityPage {
    fn filter_action(&self) -> String {
        format!("/c/{}", self.community.slug)
    }
}

async fn community_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    axum_extra::extract::Query(q): axum_extra::extract::Query<ListQuery>,
) -> AppResult<Response> {
    let reader = c.reader();
    let (community, visit) = communities::visible_by_slug_with_visit(&state.db, &reader, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let languages = reading_languages(&state, &c, &q.lang).await?;
    let after = Cursor::decode(&q.after);
    let filter = ThreadFilter {
        community_id: Some(community.id),
        languages: languages.clone(),
        pinned: Some(false),
        ..Default::default()
    };
    let pinned = if after.is_none() {
        let pinned_filter = ThreadFilter {
            pinned: Some(true),
            ..filter.clone()
        };
        comm::threads::list(&state.db, &reader, &pinned_filter, None, PER_PAGE)
            .await?
            .0
    } else {
        Vec::new()
    };
    let (threads, next) = comm::threads::list(&state.db, &reader, &filter, after, PER_PAGE).await?;
    let previous_visit = match &c.user {
        Some(u) => communities::record_visit(&state.db, community.id, u.user_id, visit).await?,
        None => i64::MAX,
    };
    let lang_query: String = q
        .lang
        .iter()
        .filter(|l| *l == "mine" || Language::parse(l).is_some())
        .map(|l| format!("&lang={l}"))
        .collect();
    Ok(render(&CommunityPage {
        languages: language_options(&languages),
        mine: q.lang.iter().any(|l| l == "mine"),
        filtered: !languages.is_empty(),
        next: next.map(|n| n.encode()),
        lang_query,
        c,
        community,
        pinned,
        threads,
        previous_visit,
    }))
}

/// People mentioned in a text, by handle, with the address of their profile.
pub type Mentioned = HashMap<String, (i64, String)>;
