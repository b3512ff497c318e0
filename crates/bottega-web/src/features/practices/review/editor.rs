//! The editors' side of the review: the queue of practices by state, and a practice's review
//! board where reviewers are assigned (and withdrawn), the decision is taken and labels are
//! awarded. Editors see who reviews; authors never do.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::validate::FieldError;
use bottega_domain::{Language, PracticeLabel};
use bottega_storage::accounts::{self, User};
use bottega_storage::cooperation::practices::{self, PracticeVersion};
use bottega_storage::cooperation::reviews::{self, Assignment};
use bottega_storage::{audit, Conn, StorageError};
use serde::Deserialize;

use super::forms::{self, AssignForm, DecisionForm, LabelForm, Person};
use super::{
    begin_editor_change, citation, decided, for_editor, hundredths, render_note, status_name,
    version_changed, with_code, DecisionView,
};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::practices::{editors_only, Seen};
use crate::state::AppState;
use crate::view::{
    language_options, query_string, render, render_status, Choice, FormErrors, Paging,
};

/// Flash messages of this module, for the test that checks them against the catalog.
#[cfg(test)]
pub const FLASHES: &[&str] = &[
    "flash-bpr-assigned",
    "flash-bpr-withdrawn",
    "flash-bpr-accepted",
    "flash-bpr-revise",
    "flash-bpr-rejected",
    "flash-bpr-label-awarded",
    "flash-bpr-label-removed",
];

/// Rows of each part of the queue on the overview (each part pages on its own).
const OVERVIEW_ROWS: i64 = 10;

// ---- The queue ---------------------------------------------------------------------------------

/// A part of the queue: which statuses, in which order.
pub(super) struct Part {
    pub(super) key: &'static str,
    statuses: &'static [&'static str],
    oldest_first: bool,
}

pub(super) const PARTS: [Part; 4] = [
    Part {
        key: "submitted",
        statuses: &[practices::SUBMITTED],
        oldest_first: true,
    },
    Part {
        key: "in-review",
        statuses: &[practices::IN_REVIEW],
        oldest_first: true,
    },
    Part {
        key: "revise",
        statuses: &[practices::REVISE],
        oldest_first: true,
    },
    Part {
        key: "decided",
        statuses: &[practices::ACCEPTED, practices::REJECTED],
        oldest_first: false,
    },
];

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    /// One part of the queue (submitted, in-review, revise, decided), or all of them.
    pub show: String,
    pub page: String,
}

/// A practice in the queue, as the table shows it.
pub struct QueueItem {
    pub ref_code: String,
    pub title: String,
    pub lang: String,
    pub version: i64,
    pub by: String,
    pub since: String,
    pub reviews: String,
    pub status: String,
    pub score: Option<String>,
}

pub struct Section {
    pub key: &'static str,
    pub total: i64,
    /// The total as the reader writes numbers.
    pub total_text: String,
    pub items: Vec<QueueItem>,
    /// Whether more rows exist than the overview shows.
    pub more: bool,
}

#[derive(Template)]
#[template(path = "practices/editor_queue.html")]
struct QueuePage {
    c: Ctx,
    sections: Vec<Section>,
    /// The part shown alone, if one was chosen.
    only: Option<&'static str>,
    /// Each part with its count, as the reader writes numbers.
    counts: Vec<(&'static str, String)>,
    paging: Paging,
}

fn item(c: &Ctx, r: reviews::QueueRow) -> QueueItem {
    let l = &c.l;
    let person = r.submitter_name.unwrap_or_else(|| l.t("bpr-nobody"));
    let by = match r.org_name {
        Some(org) => l.t2("bpr-by-for", "person", person, "organisation", org),
        None => person,
    };
    QueueItem {
        reviews: l.t2("bpr-reviews-in", "done", r.reviews_in, "total", r.reviewers),
        status: status_name(l, &r.status),
        score: r.score_x100.map(|s| hundredths(l, s)),
        since: l.date(r.updated_at),
        ref_code: r.ref_code,
        title: r.title,
        lang: r.lang,
        version: r.current_version,
        by,
    }
}

/// The editors' queue: every part with its oldest entries, or one part, paged.
pub async fn queue(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<QueueQuery>,
) -> AppResult<Response> {
    c.require_verified()?;
    if !c.is_practice_editor() {
        return Err(editors_only());
    }
    let by_status = reviews::status_counts(&state.db).await?;
    let count_of = |part: &Part| -> i64 {
        by_status
            .iter()
            .filter(|(s, _)| part.statuses.contains(&s.as_str()))
            .map(|(_, n)| *n)
            .sum()
    };
    let counts: Vec<(&'static str, String)> = PARTS
        .iter()
        .map(|p| (p.key, c.l.number(count_of(p))))
        .collect();
    let only = PARTS.iter().find(|p| p.key == q.show.trim());
    let page = q.page.trim().parse::<i64>().unwrap_or(1);
    let mut sections = Vec::new();
    let mut paging = Paging::new(1, 0, String::new());
    for part in PARTS.iter().filter(|p| only.is_none_or(|o| o.key == p.key)) {
        let total = count_of(part);
        let (offset, limit) = if only.is_some() {
            paging = Paging::new(page, total, query_string(&[("show", part.key)]));
            (Paging::offset(paging.page), Paging::PER_PAGE)
        } else {
            (0, OVERVIEW_ROWS)
        };
        let rows =
            reviews::queue(&state.db, part.statuses, part.oldest_first, offset, limit).await?;
        sections.push(Section {
            key: part.key,
            total,
            total_text: c.l.number(total),
            more: only.is_none() && total > OVERVIEW_ROWS,
            items: rows.into_iter().map(|r| item(&c, r)).collect(),
        });
    }
    Ok(render(&QueuePage {
        c,
        sections,
        only: only.map(|p| p.key),
        counts,
        paging,
    }))
}

// ---- The review board --------------------------------------------------------------------------

/// An assignment as the board lists it.
pub struct AssignmentRow {
    pub id: i64,
    pub reviewer: String,
    pub email: String,
    pub assigned: String,
    pub state: String,
    pub submitted: Option<String>,
    pub mean: Option<String>,
    pub open: bool,
}

/// A label and whether the practice has it.
pub struct LabelRow {
    pub code: &'static str,
    pub name: String,
    /// "Awarded by …, date", when awarded.
    pub awarded: Option<String>,
}

/// One choice of the decision form.
pub struct DecisionChoice {
    pub code: &'static str,
    pub label: String,
    pub hint: String,
    pub selected: bool,
}

/// What the editor typed, kept when the board comes back with a problem.
#[derive(Default)]
pub struct BoardInput {
    pub reviewer: String,
    pub decision: DecisionForm,
}

#[derive(Template)]
#[template(path = "practices/editor_board.html")]
struct BoardPage {
    c: Ctx,
    seen: Seen,
    version: PracticeVersion,
    status: String,
    open: bool,
    submitter: String,
    score: Option<String>,
    assignments: Vec<AssignmentRow>,
    submitted: i64,
    decisions: Vec<DecisionView>,
    labels: Vec<LabelRow>,
    reviewer: String,
    decision: DecisionForm,
    choices: Vec<DecisionChoice>,
    languages: Vec<Choice>,
    errors: FormErrors,
}

fn assignment_row(c: &Ctx, a: &Assignment) -> AssignmentRow {
    let l = &c.l;
    AssignmentRow {
        id: a.id,
        reviewer: a.reviewer_name.clone().unwrap_or_else(|| l.t("bpr-nobody")),
        email: a.reviewer_email.clone().unwrap_or_default(),
        assigned: l.date(a.assigned_at),
        state: l.t(&format!("bpr-state-{}", a.state)),
        submitted: a.text.submitted_at.map(|at| l.date(at)),
        mean: a.text.mean_x100().map(|m| hundredths(l, m)),
        open: a.is_open(),
    }
}

/// The board of a practice, with what the editor typed and its problems, if any.
async fn board_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    input: BoardInput,
    errors: FormErrors,
    status: StatusCode,
    code: Option<&'static str>,
) -> AppResult<Response> {
    let p = &seen.practice;
    let version = practices::version(&state.db, p.id, p.current_version)
        .await?
        .ok_or(AppError::NotFound)?;
    let all = reviews::for_version(&state.db, p.id, p.current_version).await?;
    let decisions = reviews::decisions(&state.db, p.id).await?;
    let awarded = reviews::labels(&state.db, p.id).await?;
    let l = &c.l;
    let assignments: Vec<AssignmentRow> = all
        .iter()
        .filter(|a| a.state != reviews::WITHDRAWN)
        .map(|a| assignment_row(&c, a))
        .collect();
    let submitted = all.iter().filter(|a| a.is_submitted()).count() as i64;
    let labels = PracticeLabel::ALL
        .iter()
        .map(|label| LabelRow {
            code: label.code(),
            name: l.t(&label.message_id()),
            awarded: awarded.iter().find(|a| a.label == label.code()).map(|a| {
                l.t2(
                    "bpr-label-awarded-by",
                    "editor",
                    a.awarded_by_name
                        .clone()
                        .unwrap_or_else(|| l.t("bpr-nobody")),
                    "date",
                    l.date(a.awarded_at),
                )
            }),
        })
        .collect();
    let choices = reviews::DECISIONS
        .iter()
        .map(|d| DecisionChoice {
            code: d,
            label: l.t(&format!("bpr-decision-{d}")),
            hint: l.t(&format!("bpr-decision-{d}-hint")),
            selected: input.decision.decision == *d,
        })
        .collect();
    let lang = Language::parse(input.decision.lang.trim())
        .or_else(|| Language::parse(l.lang()))
        .into_iter()
        .collect::<Vec<_>>();
    let submitter = p
        .submitter_name
        .clone()
        .unwrap_or_else(|| l.t("bpr-nobody"));
    let page = BoardPage {
        status: status_name(l, &p.status),
        open: reviews::is_open(&p.status),
        score: p.score_x100.map(|s| hundredths(l, s)),
        decisions: decisions
            .iter()
            .map(|d| DecisionView::of(l, d, true))
            .collect(),
        languages: language_options(&lang),
        submitter,
        version,
        assignments,
        submitted,
        labels,
        reviewer: input.reviewer,
        decision: input.decision,
        choices,
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

/// The review board of a practice, for editors.
pub async fn board(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = for_editor(&state, &c, &code).await?;
    board_page(
        &state,
        c,
        seen,
        BoardInput::default(),
        FormErrors::new(),
        StatusCode::OK,
        None,
    )
    .await
}

/// The board again, with the reviewer field kept and its problem named (422).
async fn refuse_reviewer(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    typed: String,
    message: &str,
    code: &'static str,
) -> AppResult<Response> {
    let mut errors = FormErrors::new();
    errors.add_message("reviewer", c.t(message));
    board_page(
        state,
        c,
        seen,
        BoardInput {
            reviewer: typed,
            ..BoardInput::default()
        },
        errors,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(code),
    )
    .await
}

/// The account an editor named, if it exists and is active.
async fn find_person(state: &AppState, typed: &Person) -> AppResult<Option<User>> {
    let user = match typed {
        Person::Email(email) => accounts::by_email(&state.db, email).await?,
        Person::Handle(handle) => {
            match accounts::by_handles(&state.db, std::slice::from_ref(handle))
                .await?
                .first()
            {
                Some(h) => Some(accounts::by_id(&state.db, h.id).await?),
                None => None,
            }
        }
    };
    Ok(user.filter(|u| u.status == "active"))
}

/// Queues an email about practice work to `to`, in their language.
async fn email(
    state: &AppState,
    conn: &mut Conn,
    to: &str,
    locale: Option<&str>,
    id: &str,
    name: &str,
    path: &str,
) -> AppResult<()> {
    let l = state.catalogs.localizer(locale.unwrap_or("en"));
    crate::email::queue(
        conn,
        &l,
        to,
        id,
        name,
        &crate::features::accounts::link(state, path),
    )
    .await?;
    Ok(())
}

/// Assigns a reviewer to the newest version. The reviewer must have an active, verified
/// account and must not be its author nor belong to the practice's organisation or to any
/// organisation of its author; both are checked again inside the change, on the locked
/// practice, so a membership or a version added meanwhile counts. The reviewer is told by
/// email in their language.
pub async fn assign(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let (editor, seen) = for_editor(&state, &c, &code).await?;
    if !reviews::is_open(&seen.practice.status) {
        return Err(decided());
    }
    let typed = form.reviewer;
    if typed.trim().is_empty() {
        let mut errors = FormErrors::new();
        errors.add(&c.l, "reviewer", &FieldError::Required);
        return board_page(
            &state,
            c,
            seen,
            BoardInput::default(),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("reviewer_required"),
        )
        .await;
    }
    let found = match forms::person(&typed) {
        Some(person) => find_person(&state, &person).await?,
        None => None,
    };
    let Some(reviewer) = found else {
        return refuse_reviewer(
            &state,
            c,
            seen,
            typed,
            "bpr-error-reviewer-unknown",
            "reviewer_unknown",
        )
        .await;
    };
    if reviewer.email_verified_at.is_none() {
        return refuse_reviewer(
            &state,
            c,
            seen,
            typed,
            "bpr-error-reviewer-not-verified",
            "reviewer_not_verified",
        )
        .await;
    }
    let (mut tx, p) = begin_editor_change(&state, seen.practice.id, editor).await?;
    if !reviews::is_open(&p.status) {
        return Err(decided());
    }
    let is_author = p.submitter_id == Some(reviewer.id)
        || reviews::authors_in(&mut tx, p.id)
            .await?
            .contains(&reviewer.id);
    let refusal = if is_author {
        Some(("bpr-error-reviewer-is-author", "reviewer_is_author"))
    } else if reviews::shares_organisation(&mut tx, &p, reviewer.id).await? {
        Some((
            "bpr-error-reviewer-same-organisation",
            "reviewer_same_organisation",
        ))
    } else {
        None
    };
    if let Some((message, code)) = refusal {
        drop(tx);
        return refuse_reviewer(&state, c, seen, typed, message, code).await;
    }
    match reviews::assign(&mut tx, &p, reviewer.id, editor).await {
        Ok(_) => {}
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            return refuse_reviewer(
                &state,
                c,
                seen,
                typed,
                "bpr-error-reviewer-already-assigned",
                "reviewer_already_assigned",
            )
            .await;
        }
        Err(other) => return Err(other.into()),
    }
    audit::record(
        &mut tx,
        Some(editor),
        "practice.assign",
        "practice",
        Some(p.id),
        &format!("version {} reviewer {}", p.current_version, reviewer.id),
    )
    .await?;
    email(
        &state,
        &mut tx,
        &reviewer.email,
        reviewer.locale.as_deref(),
        "bpr-email-assigned",
        &citation(&p),
        &format!("/practices/{}/review", p.ref_code),
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/practices/{}/board", p.ref_code),
        "flash-bpr-assigned",
    ))
}

/// An id from the address; anything else is a page that does not exist.
fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// Withdraws an assignment of the newest version whose review is not submitted yet; the
/// reviewer is told. A submitted review stays: it is part of the record.
pub async fn withdraw(
    State(state): State<AppState>,
    c: Ctx,
    Path((code, review)): Path<(String, String)>,
) -> AppResult<Response> {
    let (editor, seen) = for_editor(&state, &c, &code).await?;
    let review_id = parse_id(&review)?;
    let (mut tx, p) = begin_editor_change(&state, seen.practice.id, editor).await?;
    if !reviews::is_open(&p.status) {
        return Err(decided());
    }
    let a = reviews::assignment_by_id_in(&mut tx, p.id, review_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let not_open = || AppError::refused("bpr-error-not-withdrawable", "assignment_not_open");
    if a.version != p.current_version || !a.is_open() {
        return Err(not_open());
    }
    if !reviews::withdraw(&mut tx, &p, review_id).await? {
        return Err(not_open());
    }
    audit::record(
        &mut tx,
        Some(editor),
        "practice.withdraw",
        "practice",
        Some(p.id),
        &format!(
            "version {} reviewer {}",
            a.version,
            a.reviewer_id.unwrap_or(0)
        ),
    )
    .await?;
    if let Some(to) = &a.reviewer_email {
        email(
            &state,
            &mut tx,
            to,
            a.reviewer_locale.as_deref(),
            "bpr-email-withdrawn",
            &citation(&p),
            "/reviews",
        )
        .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/practices/{}/board", p.ref_code),
        "flash-bpr-withdrawn",
    ))
}

/// The board again with the decision kept and its problems named.
async fn refuse_decision(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    form: DecisionForm,
    errors: FormErrors,
    status: StatusCode,
    code: &'static str,
) -> AppResult<Response> {
    board_page(
        state,
        c,
        seen,
        BoardInput {
            decision: form,
            ..BoardInput::default()
        },
        errors,
        status,
        Some(code),
    )
    .await
}

/// Records an editor's decision on the newest version. Accept needs two submitted reviews,
/// revise one; reject may come at any time, with a note. The form names the version the
/// editor saw: a decision on a version that is no longer the newest, or already decided, is
/// refused (409). The version's open assignments are withdrawn, their reviewers and the
/// author told by email.
pub async fn decide(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let (editor, seen) = for_editor(&state, &c, &code).await?;
    let valid = match forms::decision(&c.l, &form) {
        Ok(v) => v,
        Err(r) => {
            return refuse_decision(
                &state,
                c,
                seen,
                form,
                r.errors,
                StatusCode::UNPROCESSABLE_ENTITY,
                r.code,
            )
            .await
        }
    };
    let (mut tx, p) = begin_editor_change(&state, seen.practice.id, editor).await?;
    if valid.version != Some(p.current_version) {
        return Err(version_changed());
    }
    if !reviews::is_open(&p.status) {
        return Err(decided());
    }
    let (submitted, _) = reviews::counts_in(&mut tx, p.id, p.current_version).await?;
    let too_early = match valid.decision {
        reviews::ACCEPT if submitted < reviews::REVIEWS_TO_ACCEPT => Some((
            c.l.t1("bpr-error-needs-two-reviews", "done", submitted),
            "practice_needs_two_reviews",
        )),
        reviews::REVISE if submitted < reviews::REVIEWS_TO_REVISE => {
            Some((c.t("bpr-error-needs-a-review"), "practice_needs_a_review"))
        }
        _ => None,
    };
    if let Some((message, code)) = too_early {
        drop(tx);
        let mut errors = FormErrors::new();
        errors.add_message("decision", message);
        return refuse_decision(&state, c, seen, form, errors, StatusCode::CONFLICT, code).await;
    }
    let note_html = if valid.note.is_empty() {
        String::new()
    } else {
        render_note(&valid.note)
    };
    let outcome = reviews::decide(
        &mut tx,
        &p,
        &reviews::NewDecision {
            decision: valid.decision,
            note_md: &valid.note,
            note_html: &note_html,
            lang: valid
                .lang
                .filter(|_| !valid.note.is_empty())
                .map(|l| l.code()),
            editor,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        Some(editor),
        &format!("practice.{}", valid.decision),
        "practice",
        Some(p.id),
        &format!("version {}", outcome.version),
    )
    .await?;
    let name = citation(&p);
    if let Some(author) = p.submitter_id {
        let author = accounts::by_id(&state.db, author).await?;
        email(
            &state,
            &mut tx,
            &author.email,
            author.locale.as_deref(),
            &format!("bpr-email-decision-{}", valid.decision),
            &name,
            &format!("/practices/{}/reviews", p.ref_code),
        )
        .await?;
    }
    for a in &outcome.withdrawn {
        if let Some(to) = &a.reviewer_email {
            email(
                &state,
                &mut tx,
                to,
                a.reviewer_locale.as_deref(),
                "bpr-email-withdrawn",
                &name,
                "/reviews",
            )
            .await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    let flash = match valid.decision {
        reviews::ACCEPT => "flash-bpr-accepted",
        reviews::REVISE => "flash-bpr-revise",
        _ => "flash-bpr-rejected",
    };
    Ok(redirect_with_flash(
        &format!("/practices/{}/board", p.ref_code),
        flash,
    ))
}

/// Awards a label to a published practice, or takes it away; recorded with who and when (the
/// label's row, and the audit log for both).
pub async fn label(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<LabelForm>,
) -> AppResult<Response> {
    let (editor, seen) = for_editor(&state, &c, &code).await?;
    let label = PracticeLabel::parse(form.label.trim()).ok_or(AppError::Refused {
        code: "label_unknown",
        message: "bpr-error-unknown-label",
        status: StatusCode::UNPROCESSABLE_ENTITY,
    })?;
    let award = match form.action.as_str() {
        "award" => true,
        "remove" => false,
        _ => return Err(AppError::BadRequest),
    };
    let (mut tx, p) = begin_editor_change(&state, seen.practice.id, editor).await?;
    if !p.is_published() {
        return Err(AppError::refused(
            "bpr-error-not-published",
            "practice_not_published",
        ));
    }
    let changed = if award {
        reviews::award_label(&mut tx, p.id, label.code(), editor).await?
    } else {
        reviews::remove_label(&mut tx, p.id, label.code()).await?
    };
    if changed {
        audit::record(
            &mut tx,
            Some(editor),
            if award {
                "practice.label.award"
            } else {
                "practice.label.remove"
            },
            "practice",
            Some(p.id),
            label.code(),
        )
        .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/practices/{}/board", p.ref_code),
        if award {
            "flash-bpr-label-awarded"
        } else {
            "flash-bpr-label-removed"
        },
    ))
}
