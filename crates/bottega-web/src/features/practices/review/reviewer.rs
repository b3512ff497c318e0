//! The reviewer's side: the list of assignments (to do, done) and the rubric form for the
//! version under review, shown beside the text of that version.
//!
//! Only the reviewer assigned to the newest version, while the assignment is open, writes a
//! review (403 otherwise); a review is submitted once, and never after the version is decided
//! (409).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::Language;
use bottega_storage::accounts;
use bottega_storage::cooperation::practices::{self, PracticeVersion};
use bottega_storage::cooperation::reviews::{self, Assignment, MyAssignment};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::forms::{self, ReviewForm, FIELDS};
use super::{citation, decided, version_changed, with_code};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::practices::{load, Seen};
use crate::state::AppState;
use crate::view::{language_options, render, render_status, Choice, FormErrors, Paging};

/// Flash messages of this module, for the test that checks them against the catalog.
#[cfg(test)]
pub const FLASHES: &[&str] = &["flash-bpr-review-submitted"];

/// Open assignments listed at once: a reviewer never has many.
const OPEN_MAX: i64 = 100;

// ---- The reviewer's list -----------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub page: String,
}

#[derive(Template)]
#[template(path = "practices/review_list.html")]
struct ListPage {
    c: Ctx,
    open: Vec<MyAssignment>,
    done: Vec<MyAssignment>,
    open_text: String,
    done_text: String,
    paging: Paging,
}

/// A reviewer's assignments: those to do, the oldest first, and the reviews written, paged.
pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let open = reviews::open_for(&state.db, user_id, OPEN_MAX).await?;
    let done_total = reviews::done_count(&state.db, user_id).await?;
    let paging = Paging::new(
        q.page.trim().parse::<i64>().unwrap_or(1),
        done_total,
        String::new(),
    );
    let done = reviews::done_for(
        &state.db,
        user_id,
        Paging::offset(paging.page),
        Paging::PER_PAGE,
    )
    .await?;
    Ok(render(&ListPage {
        open_text: c.l.number(open.len() as i64),
        done_text: c.l.number(done_total),
        c,
        open,
        done,
        paging,
    }))
}

// ---- The rubric form ---------------------------------------------------------------------------

/// 403 `review_not_assigned`.
fn not_assigned() -> AppError {
    AppError::Refused {
        code: "review_not_assigned",
        message: "bpr-error-not-assigned",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `review_already_submitted`.
fn already_submitted() -> AppError {
    AppError::refused("bpr-error-already-submitted", "review_already_submitted")
}

/// Whether the person holding assignment `a` (if any) on the newest version of a practice in
/// `status` may write the review now.
fn may_review(status: &str, a: Option<&Assignment>) -> AppResult<()> {
    let Some(a) = a else {
        return Err(not_assigned());
    };
    if !reviews::is_open(status) {
        return Err(decided());
    }
    if a.is_submitted() {
        return Err(already_submitted());
    }
    if !a.is_open() {
        return Err(not_assigned());
    }
    Ok(())
}

/// The practice and the reader's open assignment on its newest version. Someone who was
/// assigned to that version is answered by the state of the assignment (decided, submitted,
/// withdrawn), even once the practice is no longer theirs to read; anyone else meets the read
/// rule first (404 for a practice they may not see).
async fn open_assignment(state: &AppState, c: &Ctx, code: &str) -> AppResult<(i64, Seen)> {
    let user_id = c.require_verified()?.user_id;
    let practice = practices::by_ref(&state.db, code)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = reviews::assignment(&state.db, practice.id, practice.current_version, user_id).await?;
    if a.is_none() {
        load(state, c, code).await?;
    }
    may_review(&practice.status, a.as_ref())?;
    let seen = load(state, c, code).await?;
    Ok((user_id, seen))
}

/// One criterion of the form: its fields, its rubric and what was sent.
pub struct CriterionField {
    pub score_field: &'static str,
    pub comment_field: &'static str,
    pub name: String,
    pub question: String,
    pub one: String,
    pub five: String,
    pub scores: Vec<ScoreOption>,
    pub comment: String,
    pub score_error: Option<String>,
    pub comment_error: Option<String>,
}

pub struct ScoreOption {
    pub value: i64,
    pub label: String,
    pub checked: bool,
}

/// A section of the version under review.
pub struct SectionView {
    pub heading: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "practices/review_form.html")]
struct FormPage {
    c: Ctx,
    seen: Seen,
    version: PracticeVersion,
    sections: Vec<SectionView>,
    criteria: Vec<CriterionField>,
    summary: String,
    languages: Vec<Choice>,
    errors: FormErrors,
}

fn sections(c: &Ctx, v: &PracticeVersion) -> Vec<SectionView> {
    [
        ("bp-section-summary", &v.summary_html),
        ("bp-section-context", &v.context_html),
        ("bp-section-problem", &v.problem_html),
        ("bp-section-practice", &v.practice_html),
        ("bp-section-resources", &v.resources_html),
        ("bp-section-results", &v.results_html),
        ("bp-section-transferability", &v.transferability_html),
        ("bp-section-lessons", &v.lessons_html),
    ]
    .into_iter()
    .filter(|(_, html)| !html.trim().is_empty())
    .map(|(id, html)| SectionView {
        heading: c.t(id),
        // Shown under the section's h4: the author's headings go below it.
        html: bottega_text::demote_headings(html, 4),
    })
    .collect()
}

async fn form_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    form: ReviewForm,
    errors: FormErrors,
    code: Option<&'static str>,
) -> AppResult<Response> {
    let p = &seen.practice;
    let version = practices::version(&state.db, p.id, p.current_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let l = &c.l;
    let criteria = FIELDS
        .iter()
        .map(|(criterion, score_field, comment_field)| {
            let sent = form.score(*criterion).trim();
            CriterionField {
                score_field,
                comment_field,
                name: l.t(&criterion.message_id()),
                question: l.t(&format!("bpr-criterion-{}-question", criterion.code())),
                one: l.t(&format!("bpr-criterion-{}-one", criterion.code())),
                five: l.t(&format!("bpr-criterion-{}-five", criterion.code())),
                scores: (reviews::SCORE_MIN..=reviews::SCORE_MAX)
                    .map(|value| ScoreOption {
                        value,
                        label: l.t(&format!("bpr-score-{value}")),
                        checked: sent == value.to_string(),
                    })
                    .collect(),
                comment: form.comment(*criterion).to_string(),
                score_error: errors.get(score_field).map(str::to_string),
                comment_error: errors.get(comment_field).map(str::to_string),
            }
        })
        .collect();
    // The review's language: what was chosen, else the reader's interface language.
    let lang: Vec<Language> = Language::parse(form.lang.trim())
        .or_else(|| Language::parse(l.lang()))
        .into_iter()
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = FormPage {
        sections: sections(&c, &version),
        languages: language_options(&lang),
        summary: form.summary,
        version,
        criteria,
        errors,
        seen,
        c,
    };
    let res = render_status(status, &page);
    Ok(match code {
        Some(code) => with_code(res, code),
        None => res,
    })
}

/// The rubric form, beside the version under review.
pub async fn form(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = open_assignment(&state, &c, &code).await?;
    form_page(
        &state,
        c,
        seen,
        ReviewForm::default(),
        FormErrors::new(),
        None,
    )
    .await
}

/// Stores the review. Bad scores (missing, 0, 6, "abc", 2.5), missing comments or summary come
/// back at their criterion with everything kept (422) and nothing stored. The assignment is
/// checked again inside the change, on the locked practice: a decision or a withdrawal that
/// came first wins.
pub async fn submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let (user_id, seen) = open_assignment(&state, &c, &code).await?;
    let valid = match forms::review(&c.l, &form) {
        Ok(v) => v,
        Err(r) => return form_page(&state, c, seen, form, r.errors, Some(r.code)).await,
    };
    let mut tx = state.db.begin().await?;
    let p = practices::get_for_change(&mut tx, seen.practice.id).await?;
    let a = reviews::assignment_in(&mut tx, p.id, p.current_version, user_id).await?;
    may_review(&p.status, a.as_ref())?;
    let Some(a) = a else {
        return Err(not_assigned());
    };
    if form.version.trim().parse::<i64>().ok() != Some(p.current_version) {
        return Err(version_changed());
    }
    let comments = valid.comments.each_ref().map(String::as_str);
    let stored = reviews::submit(
        &mut tx,
        a.id,
        &reviews::ReviewInput {
            scores: valid.scores,
            comments,
            summary: &valid.summary,
            lang: valid.lang.code(),
        },
    )
    .await?;
    if !stored {
        return Err(already_submitted());
    }
    // The editor who assigned the review hears that it is in.
    if let Some(editor) = a.assigned_by {
        let editor = accounts::by_id(&state.db, editor).await?;
        if editor.status == "active" {
            let l = state
                .catalogs
                .localizer(editor.locale.as_deref().unwrap_or("en"));
            crate::email::queue(
                &mut tx,
                &l,
                &editor.email,
                "bpr-email-review-in",
                &citation(&p),
                &crate::features::accounts::link(
                    &state,
                    &format!("/practices/{}/board", p.ref_code),
                ),
            )
            .await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/practices/{}/reviews", p.ref_code),
        "flash-bpr-review-submitted",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bottega_domain::PracticeCriterion;

    #[test]
    fn the_form_follows_the_rubric_order() {
        let order: Vec<PracticeCriterion> = FIELDS.iter().map(|(c, _, _)| *c).collect();
        assert_eq!(order, PracticeCriterion::ALL);
        for (c, score, comment) in FIELDS {
            assert_eq!(score, c.code());
            assert_eq!(comment, format!("{}_comment", c.code()));
        }
    }
}
