//! The review workflow of the best-practice repository.
//!
//! `rubric.rs` is the published rubric (public) and the reviews of a practice as its author,
//! the editors and each reviewer may read them; `editor.rs` the editors' queue and a practice's
//! review board: assigning reviewers, withdrawing an assignment, deciding, awarding labels;
//! `reviewer.rs` a reviewer's list and the rubric form; `forms.rs` what those forms accept.
//!
//! Who may do what is decided on the server for every request, and every change re-checks
//! inside its transaction, on the practice's locked row, what a race could have changed: that
//! the version is still the newest and undecided, that the person is still an editor, that the
//! assignment is still open, that the reviewer still belongs to no organisation of the author.
//!
//! Reviewers stay anonymous to authors: the author's view is built from rows that carry no
//! reviewer (`reviews::submitted`), so no name, address or number of a reviewer can reach the
//! page, its links or its attributes.

mod editor;
mod forms;
mod reviewer;
mod rubric;

use std::collections::HashMap;

use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use bottega_domain::PracticeCriterion;
use bottega_i18n::Localizer;
use bottega_storage::cooperation::practices::{self, Practice};
use bottega_storage::cooperation::reviews;
use bottega_storage::Tx;

use super::{editors_only, load, Seen};
use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/practices/rubric", get(rubric::page))
        .route("/editor/practices", get(editor::queue))
        .route("/reviews", get(reviewer::list))
        .route("/practices/{code}/board", get(editor::board))
        .route("/practices/{code}/reviewers", post(editor::assign))
        .route(
            "/practices/{code}/reviewers/{review}/withdraw",
            post(editor::withdraw),
        )
        .route("/practices/{code}/decision", post(editor::decide))
        .route("/practices/{code}/labels", post(editor::label))
        .route(
            "/practices/{code}/review",
            get(reviewer::form).post(reviewer::submit),
        )
        .route("/practices/{code}/reviews", get(rubric::reviews))
}

/// The practice for an editor's work on it: best-practice editors (and site administrators)
/// only, and never on a practice they submitted themselves. Returns the editor's id.
async fn for_editor(state: &AppState, c: &Ctx, code: &str) -> AppResult<(i64, Seen)> {
    let user_id = c.require_verified()?.user_id;
    if !c.is_practice_editor() {
        return Err(editors_only());
    }
    let seen = load(state, c, code).await?;
    if seen.is_author {
        return Err(own_submission());
    }
    Ok((user_id, seen))
}

/// Starts an editor's change on practice `id`: locks its row and checks again, as the change
/// reads them, that the person is still an editor and not its submitter.
async fn begin_editor_change(state: &AppState, id: i64, editor: i64) -> AppResult<(Tx, Practice)> {
    let mut tx = state.db.begin().await?;
    let practice = practices::get_for_change(&mut tx, id).await?;
    if !reviews::is_editor_in(&mut tx, editor).await? {
        return Err(editors_only());
    }
    if practice.submitter_id == Some(editor) {
        return Err(own_submission());
    }
    Ok((tx, practice))
}

/// 403 `practice_own_submission`: editors do not handle the review of their own practice.
fn own_submission() -> AppError {
    AppError::Refused {
        code: "practice_own_submission",
        message: "bpr-error-own-submission",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `practice_already_decided`: the newest version has a decision.
fn decided() -> AppError {
    AppError::refused("bpr-error-decided", "practice_already_decided")
}

/// 409 `practice_version_changed`: the form was about a version that is no longer the newest.
fn version_changed() -> AppError {
    AppError::refused("bpr-error-version-changed", "practice_version_changed")
}

/// Marks a page shown again with its problems with the stable code of the main one.
fn with_code(mut res: Response, code: &'static str) -> Response {
    res.headers_mut()
        .insert("x-bottega-error", HeaderValue::from_static(code));
    res
}

/// A mean in hundredths (425) as people read it (4.25), with the language's decimal separator.
pub(super) fn hundredths(l: &Localizer, x100: i64) -> String {
    super::score_decimal(l, x100, 2)
}

/// Markdown written in a decision note, shown under the page's own h1 to h3.
fn render_note(md: &str) -> String {
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, 3)
}

/// The name of a practice's status.
fn status_name(l: &Localizer, status: &str) -> String {
    l.t(&format!("bpr-status-{status}"))
}

/// What a practice is called in emails and headings: its citable identifier and title.
fn citation(p: &Practice) -> String {
    format!("{} — {}", p.ref_code, p.title)
}

/// The criteria of the rubric with their names in the reader's language.
fn criteria(l: &Localizer) -> Vec<(PracticeCriterion, String)> {
    PracticeCriterion::ALL
        .iter()
        .map(|c| (*c, l.t(&c.message_id())))
        .collect()
}

/// One row of a score table: the criterion, each review's score and the mean.
pub struct ScoreRow {
    pub name: String,
    pub scores: Vec<String>,
    pub mean: String,
}

/// The score table of one version's reviews: a row per criterion and the overall mean.
pub struct ScoreTable {
    pub rows: Vec<ScoreRow>,
    pub overall: Vec<String>,
    pub mean: String,
}

impl ScoreTable {
    fn of(l: &Localizer, reviews: &[&reviews::ReviewText]) -> ScoreTable {
        let scores: Vec<[i64; 5]> = reviews.iter().filter_map(|r| r.scores()).collect();
        let dash = || l.t("bpr-no-score");
        let rows = PracticeCriterion::ALL
            .iter()
            .enumerate()
            .map(|(i, c)| ScoreRow {
                name: l.t(&c.message_id()),
                scores: reviews
                    .iter()
                    .map(|r| r.score(*c).map(|s| s.to_string()).unwrap_or_else(dash))
                    .collect(),
                mean: reviews::criterion_x100(&scores, i)
                    .map(|m| hundredths(l, m))
                    .unwrap_or_else(dash),
            })
            .collect();
        ScoreTable {
            rows,
            overall: reviews
                .iter()
                .map(|r| r.mean_x100().map(|m| hundredths(l, m)).unwrap_or_else(dash))
                .collect(),
            mean: reviews::score_x100(&scores)
                .map(|m| hundredths(l, m))
                .unwrap_or_else(dash),
        }
    }
}

/// A review's scores and comments, ready for a page.
pub struct ReviewView {
    /// The heading: "Reviewer 2" for authors, the reviewer's name added for editors.
    pub heading: String,
    pub anchor: String,
    pub criteria: Vec<CriterionView>,
    pub mean: String,
    pub summary: String,
    pub lang: Option<String>,
    pub submitted_at: Option<i64>,
}

pub struct CriterionView {
    pub name: String,
    pub score: String,
    pub comment: String,
}

impl ReviewView {
    fn of(l: &Localizer, heading: String, anchor: String, t: &reviews::ReviewText) -> ReviewView {
        ReviewView {
            heading,
            anchor,
            criteria: PracticeCriterion::ALL
                .iter()
                .map(|c| CriterionView {
                    name: l.t(&c.message_id()),
                    score: t
                        .score(*c)
                        .map(|s| l.t1("bpr-score-out-of", "score", s))
                        .unwrap_or_else(|| l.t("bpr-no-score")),
                    comment: t.comment(*c).to_string(),
                })
                .collect(),
            mean: t
                .mean_x100()
                .map(|m| hundredths(l, m))
                .unwrap_or_else(|| l.t("bpr-no-score")),
            summary: t.summary.clone(),
            lang: t.lang.clone(),
            submitted_at: t.submitted_at,
        }
    }
}

/// A decision as pages show it.
pub struct DecisionView {
    pub version: i64,
    /// "Accepted by Name, date" for editors; without the name for authors.
    pub line: String,
    pub note_html: String,
    pub lang: Option<String>,
}

impl DecisionView {
    fn of(l: &Localizer, d: &reviews::Decision, with_editor: bool) -> DecisionView {
        let decision = l.t(&format!("bpr-decided-{}", d.decision));
        let date = l.date(d.decided_at);
        let line = if with_editor {
            let mut args = bottega_i18n::FluentArgs::new();
            args.set("decision", decision);
            args.set(
                "editor",
                d.editor_name.clone().unwrap_or_else(|| l.t("bpr-nobody")),
            );
            args.set("date", date);
            l.t_args("bpr-decision-by", Some(&args))
        } else {
            l.t2("bpr-decision-on", "decision", decision, "date", date)
        };
        DecisionView {
            version: d.version,
            line,
            note_html: d.note_html.clone(),
            lang: d.lang.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    #[test]
    fn means_are_written_with_two_decimals() {
        let l = l();
        assert_eq!(hundredths(&l, 425), "4.25");
        assert_eq!(hundredths(&l, 400), "4.00");
        assert_eq!(hundredths(&l, 305), "3.05");
        assert_eq!(hundredths(&l, 500), "5.00");
    }

    /// Message ids made at run time (from codes, decisions, states and emails) are not seen by
    /// the catalog test that reads the code, so they are checked here.
    #[test]
    fn every_message_made_from_a_code_exists_in_english() {
        let l = l();
        let mut ids: Vec<String> = Vec::new();
        for c in PracticeCriterion::ALL {
            for part in ["question", "one", "five"] {
                ids.push(format!("bpr-criterion-{}-{part}", c.code()));
            }
            ids.push(c.message_id());
        }
        for label in bottega_domain::PracticeLabel::ALL {
            ids.push(label.message_id());
        }
        for s in [
            practices::SUBMITTED,
            practices::IN_REVIEW,
            practices::REVISE,
            practices::ACCEPTED,
            practices::REJECTED,
        ] {
            ids.push(format!("bpr-status-{s}"));
        }
        for d in reviews::DECISIONS {
            ids.push(format!("bpr-decision-{d}"));
            ids.push(format!("bpr-decision-{d}-hint"));
            ids.push(format!("bpr-decided-{d}"));
            ids.push(format!("bpr-email-decision-{d}-subject"));
            ids.push(format!("bpr-email-decision-{d}-body"));
        }
        for s in [reviews::ASSIGNED, reviews::SUBMITTED, reviews::WITHDRAWN] {
            ids.push(format!("bpr-state-{s}"));
        }
        for n in reviews::SCORE_MIN..=reviews::SCORE_MAX {
            ids.push(format!("bpr-score-{n}"));
        }
        for e in ["assigned", "withdrawn", "review-in"] {
            ids.push(format!("bpr-email-{e}-subject"));
            ids.push(format!("bpr-email-{e}-body"));
        }
        for part in &editor::PARTS {
            ids.push(format!("bpr-queue-{}-title", part.key));
            ids.push(format!("bpr-queue-{}-none", part.key));
        }
        for lead in ["author", "editor", "reviewer"] {
            ids.push(format!("bpr-reviews-lead-{lead}"));
        }
        for f in editor::FLASHES.iter().chain(reviewer::FLASHES) {
            ids.push(f.to_string());
        }
        let missing: Vec<&String> = ids.iter().filter(|id| l.t(id) == **id).collect();
        assert!(missing.is_empty(), "missing in English: {missing:?}");
    }
}
