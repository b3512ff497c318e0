//! What is read about reviews: the published rubric, public, and the reviews of a practice.
//!
//! The reviews page shows each reader what is theirs to see: the author every review of every
//! decided version, numbered "Reviewer 1", "Reviewer 2" and built from rows that carry nothing
//! about the reviewer; editors the same with the reviewers' names, the version in review
//! included; a reviewer only their own reviews. Anyone else is refused.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bottega_storage::cooperation::reviews::{self, ReviewText};

use super::{criteria, DecisionView, ReviewView, ScoreTable};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::features::practices::{load, Seen};
use crate::state::AppState;
use crate::view::render;

/// A criterion as the rubric publishes it.
pub struct RubricRow {
    pub name: String,
    pub question: String,
    pub one: String,
    pub five: String,
}

#[derive(Template)]
#[template(path = "practices/rubric.html")]
struct RubricPage {
    c: Ctx,
    rows: Vec<RubricRow>,
    scale: Vec<String>,
}

/// The published rubric: the criteria, what 1 and 5 mean, how the score summary is made and
/// the rules of the review.
pub async fn page(State(_): State<AppState>, c: Ctx) -> AppResult<Response> {
    let rows = criteria(&c.l)
        .into_iter()
        .map(|(criterion, name)| RubricRow {
            name,
            question: c.t(&format!("bpr-criterion-{}-question", criterion.code())),
            one: c.t(&format!("bpr-criterion-{}-one", criterion.code())),
            five: c.t(&format!("bpr-criterion-{}-five", criterion.code())),
        })
        .collect();
    let scale = (reviews::SCORE_MIN..=reviews::SCORE_MAX)
        .map(|n| c.t(&format!("bpr-score-{n}")))
        .collect();
    Ok(render(&RubricPage { c, rows, scale }))
}

/// Who is reading the reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Author,
    Editor,
    Reviewer,
}

/// One version's reviews and decisions.
pub struct VersionBlock {
    pub version: i64,
    pub columns: Vec<String>,
    pub table: Option<ScoreTable>,
    pub reviews: Vec<ReviewView>,
    pub decisions: Vec<DecisionView>,
    /// The version is still with its reviewers, so the author does not see its reviews yet.
    pub pending: bool,
}

#[derive(Template)]
#[template(path = "practices/review_history.html")]
struct ReviewsPage {
    c: Ctx,
    seen: Seen,
    reader: Reader,
    blocks: Vec<VersionBlock>,
}

impl ReviewsPage {
    fn lead(&self) -> &'static str {
        match self.reader {
            Reader::Author => "bpr-reviews-lead-author",
            Reader::Editor => "bpr-reviews-lead-editor",
            Reader::Reviewer => "bpr-reviews-lead-reviewer",
        }
    }
}

/// The reviews of a practice, for its author, the editors and its reviewers (each their own).
pub async fn reviews(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let seen = load(&state, &c, &code).await?;
    // An editor who submitted the practice reads it as its author: anonymously.
    let reader = if seen.is_author {
        Reader::Author
    } else if seen.is_editor {
        Reader::Editor
    } else if seen.is_reviewer {
        Reader::Reviewer
    } else {
        return Err(AppError::Refused {
            code: "practice_reviews_private",
            message: "bpr-error-reviews-private",
            status: StatusCode::FORBIDDEN,
        });
    };
    let p = &seen.practice;
    let l = &c.l;
    let open = reviews::is_open(&p.status);
    // (version, heading, text) of every review this reader may read.
    let mut texts: Vec<(i64, Option<String>, ReviewText)> = match reader {
        Reader::Author => reviews::submitted(&state.db, p.id)
            .await?
            .into_iter()
            // The version in review: its reviews come with the decision.
            .filter(|r| !(open && r.version == p.current_version))
            .map(|r| (r.version, None, r.text))
            .collect(),
        Reader::Editor => reviews::submitted_named(&state.db, p.id)
            .await?
            .into_iter()
            .map(|a| (a.version, a.reviewer_name, a.text))
            .collect(),
        Reader::Reviewer => reviews::own_submitted(&state.db, p.id, user_id)
            .await?
            .into_iter()
            .map(|r| (r.version, None, r.text))
            .collect(),
    };
    let decisions = if reader == Reader::Reviewer {
        Vec::new()
    } else {
        reviews::decisions(&state.db, p.id).await?
    };
    let mut blocks = Vec::new();
    for version in (1..=p.current_version).rev() {
        let mine: Vec<(Option<String>, ReviewText)> = {
            let (these, rest): (Vec<_>, Vec<_>) =
                texts.into_iter().partition(|(v, _, _)| *v == version);
            texts = rest;
            these.into_iter().map(|(_, n, t)| (n, t)).collect()
        };
        let version_decisions: Vec<DecisionView> = decisions
            .iter()
            .filter(|d| d.version == version)
            .map(|d| DecisionView::of(l, d, reader == Reader::Editor))
            .collect();
        let pending = reader == Reader::Author && open && version == p.current_version;
        if reader == Reader::Reviewer && mine.is_empty() {
            continue;
        }
        let columns: Vec<String> = (1..=mine.len())
            .map(|n| l.t1("bpr-reviewer-number", "number", n as i64))
            .collect();
        let views: Vec<ReviewView> = mine
            .iter()
            .enumerate()
            .map(|(i, (name, t))| {
                let heading = match reader {
                    Reader::Reviewer => l.t1("bpr-own-review-title", "version", version),
                    _ => {
                        let number = l.t1("bpr-review-title", "number", (i + 1) as i64);
                        match name {
                            Some(name) if reader == Reader::Editor => {
                                format!("{number} — {name}")
                            }
                            _ => number,
                        }
                    }
                };
                ReviewView::of(l, heading, format!("v{version}-r{}", i + 1), t)
            })
            .collect();
        let table = (reader != Reader::Reviewer && !mine.is_empty()).then(|| {
            let refs: Vec<&ReviewText> = mine.iter().map(|(_, t)| t).collect();
            ScoreTable::of(l, &refs)
        });
        blocks.push(VersionBlock {
            version,
            columns,
            table,
            reviews: views,
            decisions: version_decisions,
            pending,
        });
    }
    Ok(render(&ReviewsPage {
        c,
        seen,
        reader,
        blocks,
    }))
}
