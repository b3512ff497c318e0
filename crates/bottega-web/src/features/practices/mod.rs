//! The best-practice repository: practices submitted in a structured template, reviewed by at
//! least two reviewers on a published rubric, decided by editors, and published under a stable,
//! citable identifier (`/practices/BP-2026-0042`) with their version history, score summary,
//! labels and "adopted by" reports.
//!
//! `repository.rs` is what authors and readers use: the list with its filters, submitting,
//! new versions, the practice page, older versions and adoption reports. `review.rs` is the
//! review workflow: the editors' queue, assigning reviewers, the reviewer's form, decisions,
//! labels, and the reviews as authors see them (reviewers stay anonymous to authors).
//!
//! Who may read what is decided here, once: a published practice is public; before that only
//! its submitter, editors and its reviewers read it.

mod repository;
mod review;

use axum::Router;
use bottega_storage::cooperation::practices::{self, Practice};
use bottega_storage::cooperation::reviews;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(repository::routes())
        .merge(review::routes())
}

/// A practice as one reader meets it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub practice: Practice,
    /// The reader submitted it.
    pub is_author: bool,
    /// The reader is a best-practice editor (or a site administrator).
    pub is_editor: bool,
    /// The reader was asked to review a version of it.
    pub is_reviewer: bool,
}

impl Seen {
    /// Whether the reader may read versions that are not (yet) published.
    pub fn sees_unpublished(&self) -> bool {
        self.is_author || self.is_editor || self.is_reviewer
    }

    /// The stable address of the practice.
    pub fn url(&self) -> String {
        format!("/practices/{}", self.practice.ref_code)
    }
}

/// The practice named by its citable identifier, if the reader may see it: anyone once it is
/// published; before that its author, editors and its reviewers. Others get 404, so the
/// existence of an unpublished submission is not revealed.
pub async fn load(state: &AppState, c: &Ctx, code: &str) -> AppResult<Seen> {
    let practice = practices::by_ref(&state.db, code)
        .await?
        .ok_or(AppError::NotFound)?;
    let user_id = c.user.as_ref().map(|u| u.user_id);
    let is_author = user_id.is_some() && practice.submitter_id == user_id;
    let is_editor = c.is_practice_editor();
    let is_reviewer = match user_id {
        Some(uid) if !is_author && !is_editor => {
            reviews::is_reviewer(&state.db, practice.id, uid).await?
        }
        _ => false,
    };
    let seen = Seen {
        practice,
        is_author,
        is_editor,
        is_reviewer,
    };
    if !seen.practice.is_published() && !seen.sees_unpublished() {
        return Err(AppError::NotFound);
    }
    Ok(seen)
}

/// A score kept in hundredths (425 = 4.25), written with one or two digits after the reader's
/// decimal separator (one digit rounds half up: 425 is 4.3).
pub fn score_decimal(l: &bottega_i18n::Localizer, x100: i64, digits: u32) -> String {
    let x100 = x100.max(0);
    let sep = l.t("number-decimal-separator");
    if digits == 1 {
        let tenths = (x100 + 5) / 10;
        format!("{}{sep}{}", tenths / 10, tenths % 10)
    } else {
        format!("{}{sep}{:02}", x100 / 100, x100 % 100)
    }
}

/// 403 `practice_editors_only`.
pub fn editors_only() -> AppError {
    AppError::Refused {
        code: "practice_editors_only",
        message: "bp-error-editors-only",
        status: axum::http::StatusCode::FORBIDDEN,
    }
}

#[cfg(test)]
mod tests {
    use super::score_decimal;

    #[test]
    fn scores_are_written_with_the_readers_separator() {
        let catalogs = bottega_i18n::Catalogs::load().expect("catalogs");
        let en = catalogs.localizer("en");
        let it = catalogs.localizer("it");
        assert_eq!(score_decimal(&en, 425, 1), "4.3");
        assert_eq!(score_decimal(&en, 424, 1), "4.2");
        assert_eq!(score_decimal(&en, 500, 1), "5.0");
        assert_eq!(score_decimal(&en, 425, 2), "4.25");
        assert_eq!(score_decimal(&en, 407, 2), "4.07");
        assert_eq!(score_decimal(&it, 430, 1), "4,3");
        assert_eq!(score_decimal(&it, 430, 2), "4,30");
    }
}
