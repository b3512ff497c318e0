//! The home page, which explains Bottega and leads to its sections, and the pages of the
//! sections still to come.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::render;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/sections/{section}", get(section))
}

/// The platform's sections, in the order of the learning path from informal to formal, then
/// the areas around them, with the address of those that have landed.
pub const SECTIONS: &[(&str, Option<&str>)] = &[
    ("communication", Some("/communication")),
    ("sharing", Some("/resources")),
    ("collaboration", Some("/groups")),
    ("cooperation", Some("/cooperation")),
    ("learning", None),
    ("mentoring", None),
    ("simulation", Some("/simulations")),
    ("placements", None),
    ("mobility", None),
];

#[derive(Template)]
#[template(path = "home/index.html")]
struct HomePage {
    c: Ctx,
    organisations: String,
    members: String,
    countries: String,
}

async fn home(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let (orgs, members, countries) = state
        .home_counts
        .get(|| bottega_storage::directory::count_all(&state.db))
        .await?;
    Ok(render(&HomePage {
        organisations: c.l.number(orgs),
        members: c.l.number(members),
        countries: c.l.number(countries),
        c,
    }))
}

#[derive(Template)]
#[template(path = "home/section.html")]
struct SectionPage {
    c: Ctx,
    section: &'static str,
}

async fn section(c: Ctx, Path(name): Path<String>) -> AppResult<Response> {
    let (section, address) = SECTIONS
        .iter()
        .copied()
        .find(|(s, _)| *s == name)
        .ok_or(AppError::NotFound)?;
    if let Some(address) = address {
        // A section that has landed lives at its own address.
        return Ok(axum::response::Redirect::to(address).into_response());
    }
    Ok(render(&SectionPage { c, section }))
}

impl SectionPage {
    fn title(&self) -> String {
        self.c.t(&format!("section-{}-title", self.section))
    }
    fn summary(&self) -> String {
        self.c.t(&format!("section-{}-summary", self.section))
    }
}
