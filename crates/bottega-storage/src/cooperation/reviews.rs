//! The review workflow of the best-practice repository.
//!
//! An editor assigns reviewers to the newest version of a practice (`practice_reviews`, one row
//! per reviewer and version); each reviewer scores that version once on the published rubric
//! (five criteria, 1 to 5, a comment each, and an overall summary); an editor then decides
//! (`practice_decisions`): accept publishes the version with its score summary, revise asks the
//! author for a new version, reject closes it. Editors also award labels to published practices.
//!
//! Changes run inside the caller's transaction after the practice's row was locked with
//! [`practices::get_for_change`], so assignments, reviews and decisions of one practice never
//! interleave: a decision cannot slip between a review being checked and stored. Publishing a
//! version and changing labels queue the practice for search (`practice_docs::queue`) in the
//! same transaction.
//!
//! Reviewers are anonymous to authors: [`submitted`] and [`own_submitted`] return the review text
//! without any column that names or numbers the reviewer, so a page built from them cannot leak
//! who wrote what.

use bottega_domain::PracticeCriterion;
use sqlx::FromRow;

use super::practices::{self, Practice};
use crate::{now, Conn, Db, StorageError, StorageResult};

/// Assignment states of `practice_reviews`.
pub const ASSIGNED: &str = "assigned";
pub const SUBMITTED: &str = "submitted";
pub const WITHDRAWN: &str = "withdrawn";

/// Editors' decisions (`practice_decisions.decision`).
pub const ACCEPT: &str = "accept";
pub const REVISE: &str = "revise";
pub const REJECT: &str = "reject";
pub const DECISIONS: [&str; 3] = [ACCEPT, REVISE, REJECT];

/// The range of every score on the rubric.
pub const SCORE_MIN: i64 = 1;
pub const SCORE_MAX: i64 = 5;

/// Submitted reviews a version needs before it may be accepted.
pub const REVIEWS_TO_ACCEPT: i64 = 2;
/// Submitted reviews a version needs before the author is asked to revise it: the author must
/// be told what to change.
pub const REVIEWS_TO_REVISE: i64 = 1;

/// Whether the newest version of a practice in `status` is still waiting for a decision, so
/// reviewers may be assigned, reviews written and a decision taken.
pub fn is_open(status: &str) -> bool {
    status == practices::SUBMITTED || status == practices::IN_REVIEW
}

/// Whether `user_id` reviews (or reviewed) any version of practice `practice_id`; withdrawn
/// assignments do not count. Reviewers read the practice before it is published.
pub async fn is_reviewer(db: &Db, practice_id: i64, user_id: i64) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM practice_reviews WHERE practice_id = $1 AND reviewer_id = $2 \
         AND state <> $3",
    )
    .bind(practice_id)
    .bind(user_id)
    .bind(WITHDRAWN)
    .fetch_one(db.reader())
    .await?;
    Ok(n > 0)
}

/// What a reviewer wrote: the five scores with their comments, the summary and its language.
/// Carries nothing that identifies the reviewer.
#[derive(Debug, Clone, Default, FromRow)]
pub struct ReviewText {
    pub relevance: Option<i64>,
    pub innovation: Option<i64>,
    pub impact: Option<i64>,
    pub transferability: Option<i64>,
    pub sustainability: Option<i64>,
    pub relevance_comment: String,
    pub innovation_comment: String,
    pub impact_comment: String,
    pub transferability_comment: String,
    pub sustainability_comment: String,
    pub summary: String,
    pub lang: Option<String>,
    pub submitted_at: Option<i64>,
}

impl ReviewText {
    pub fn score(&self, c: PracticeCriterion) -> Option<i64> {
        match c {
            PracticeCriterion::Relevance => self.relevance,
            PracticeCriterion::Innovation => self.innovation,
            PracticeCriterion::Impact => self.impact,
            PracticeCriterion::Transferability => self.transferability,
            PracticeCriterion::Sustainability => self.sustainability,
        }
    }

    pub fn comment(&self, c: PracticeCriterion) -> &str {
        match c {
            PracticeCriterion::Relevance => &self.relevance_comment,
            PracticeCriterion::Innovation => &self.innovation_comment,
            PracticeCriterion::Impact => &self.impact_comment,
            PracticeCriterion::Transferability => &self.transferability_comment,
            PracticeCriterion::Sustainability => &self.sustainability_comment,
        }
    }

    /// The five scores in rubric order, when all are given (a submitted review).
    pub fn scores(&self) -> Option<[i64; 5]> {
        let mut out = [0; 5];
        for (slot, c) in out.iter_mut().zip(PracticeCriterion::ALL) {
            *slot = self.score(*c)?;
        }
        Some(out)
    }

    /// The mean of this review's five scores, in hundredths.
    pub fn mean_x100(&self) -> Option<i64> {
        self.scores().and_then(|s| score_x100(&[s]))
    }
}

const TEXT_COLUMNS: &str = "r.relevance, r.innovation, r.impact, r.transferability, \
    r.sustainability, r.relevance_comment, r.innovation_comment, r.impact_comment, \
    r.transferability_comment, r.sustainability_comment, r.summary, r.lang, r.submitted_at";

/// A reviewer's assignment on one version, as editors and the reviewer see it.
#[derive(Debug, Clone, FromRow)]
pub struct Assignment {
    pub id: i64,
    pub practice_id: i64,
    pub version: i64,
    pub reviewer_id: Option<i64>,
    pub reviewer_name: Option<String>,
    pub reviewer_email: Option<String>,
    pub reviewer_locale: Option<String>,
    pub assigned_by: Option<i64>,
    pub assigned_by_name: Option<String>,
    pub assigned_at: i64,
    pub state: String,
    #[sqlx(flatten)]
    pub text: ReviewText,
}

impl Assignment {
    pub fn is_open(&self) -> bool {
        self.state == ASSIGNED
    }

    pub fn is_submitted(&self) -> bool {
        self.state == SUBMITTED
    }
}

fn assignment_sql(filter: &str) -> String {
    format!(
        "SELECT r.id, r.practice_id, r.version, r.reviewer_id, u.display_name AS reviewer_name, \
         u.email AS reviewer_email, u.locale AS reviewer_locale, r.assigned_by, \
         a.display_name AS assigned_by_name, r.assigned_at, r.state, {TEXT_COLUMNS} \
         FROM practice_reviews r LEFT JOIN users u ON u.id = r.reviewer_id \
         LEFT JOIN users a ON a.id = r.assigned_by WHERE {filter}"
    )
}

/// Every assignment of one version (withdrawn ones too), in the order they were made.
pub async fn for_version(
    db: &Db,
    practice_id: i64,
    version: i64,
) -> StorageResult<Vec<Assignment>> {
    Ok(sqlx::query_as(&assignment_sql(
        "r.practice_id = $1 AND r.version = $2 ORDER BY r.assigned_at, r.id",
    ))
    .bind(practice_id)
    .bind(version)
    .fetch_all(db.reader())
    .await?)
}

/// Every submitted review of a practice with its reviewer, newest version first, for editors.
pub async fn submitted_named(db: &Db, practice_id: i64) -> StorageResult<Vec<Assignment>> {
    Ok(sqlx::query_as(&assignment_sql(
        "r.practice_id = $1 AND r.state = $2 ORDER BY r.version DESC, r.submitted_at, r.id",
    ))
    .bind(practice_id)
    .bind(SUBMITTED)
    .fetch_all(db.reader())
    .await?)
}

/// `reviewer`'s assignment on one version of a practice, in any state.
pub async fn assignment(
    db: &Db,
    practice_id: i64,
    version: i64,
    reviewer: i64,
) -> StorageResult<Option<Assignment>> {
    Ok(sqlx::query_as(&assignment_sql(
        "r.practice_id = $1 AND r.version = $2 AND r.reviewer_id = $3",
    ))
    .bind(practice_id)
    .bind(version)
    .bind(reviewer)
    .fetch_optional(db.reader())
    .await?)
}

/// The same, read inside a change (after the practice's row was locked).
pub async fn assignment_in(
    conn: &mut Conn,
    practice_id: i64,
    version: i64,
    reviewer: i64,
) -> StorageResult<Option<Assignment>> {
    Ok(sqlx::query_as(&assignment_sql(
        "r.practice_id = $1 AND r.version = $2 AND r.reviewer_id = $3",
    ))
    .bind(practice_id)
    .bind(version)
    .bind(reviewer)
    .fetch_optional(&mut *conn)
    .await?)
}

/// An assignment by its id, within one practice, read inside a change.
pub async fn assignment_by_id_in(
    conn: &mut Conn,
    practice_id: i64,
    review_id: i64,
) -> StorageResult<Option<Assignment>> {
    Ok(
        sqlx::query_as(&assignment_sql("r.practice_id = $1 AND r.id = $2"))
            .bind(practice_id)
            .bind(review_id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// A submitted review as the author sees it: the version it is about and what was written,
/// nothing about who wrote it.
#[derive(Debug, Clone, FromRow)]
pub struct VersionReview {
    pub version: i64,
    #[sqlx(flatten)]
    pub text: ReviewText,
}

/// Every submitted review of a practice, newest version first, each version's reviews in the
/// order they were submitted. Anonymous: see [`VersionReview`].
pub async fn submitted(db: &Db, practice_id: i64) -> StorageResult<Vec<VersionReview>> {
    Ok(sqlx::query_as(&format!(
        "SELECT r.version, {TEXT_COLUMNS} FROM practice_reviews r \
         WHERE r.practice_id = $1 AND r.state = $2 ORDER BY r.version DESC, r.submitted_at, r.id"
    ))
    .bind(practice_id)
    .bind(SUBMITTED)
    .fetch_all(db.reader())
    .await?)
}

/// The reviews `reviewer` submitted on a practice, newest version first.
pub async fn own_submitted(
    db: &Db,
    practice_id: i64,
    reviewer: i64,
) -> StorageResult<Vec<VersionReview>> {
    Ok(sqlx::query_as(&format!(
        "SELECT r.version, {TEXT_COLUMNS} FROM practice_reviews r \
         WHERE r.practice_id = $1 AND r.reviewer_id = $2 AND r.state = $3 \
         ORDER BY r.version DESC"
    ))
    .bind(practice_id)
    .bind(reviewer)
    .bind(SUBMITTED)
    .fetch_all(db.reader())
    .await?)
}

/// Whether `user_id` is, as this change reads it, an active best-practice editor or site
/// administrator: a role taken away a moment ago no longer decides.
pub async fn is_editor_in(conn: &mut Conn, user_id: i64) -> StorageResult<bool> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT site_role, status FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row
        .is_some_and(|(role, status)| (role == "editor" || role == "admin") && status == "active"))
}

/// Whether `reviewer` belongs to the organisation the practice is submitted for, or to any
/// organisation its submitter belongs to. Read inside the change that assigns, so a membership
/// made a moment ago counts.
pub async fn shares_organisation(
    conn: &mut Conn,
    practice: &Practice,
    reviewer: i64,
) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships m WHERE m.user_id = $1 AND (m.org_id = $2 \
         OR m.org_id IN (SELECT s.org_id FROM memberships s WHERE s.user_id = $3))",
    )
    .bind(reviewer)
    .bind(practice.org_id.unwrap_or(0))
    .bind(practice.submitter_id.unwrap_or(0))
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

/// The authors of every version of a practice: none of them reviews it.
pub async fn authors_in(conn: &mut Conn, practice_id: i64) -> StorageResult<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT author_id FROM practice_versions \
         WHERE practice_id = $1 AND author_id IS NOT NULL",
    )
    .bind(practice_id)
    .fetch_all(&mut *conn)
    .await?)
}

/// Assigns `reviewer` to the newest version of `practice` (locked by the caller) and moves a
/// practice waiting for reviewers to `in-review`. An assignment the editor withdrew earlier is
/// renewed; one that is open or submitted is a conflict. Returns the assignment's id.
pub async fn assign(
    conn: &mut Conn,
    practice: &Practice,
    reviewer: i64,
    editor: i64,
) -> StorageResult<i64> {
    let at = now();
    let version = practice.current_version;
    let existing = assignment_in(conn, practice.id, version, reviewer).await?;
    let id =
        match existing {
            Some(a) if a.state == WITHDRAWN => {
                sqlx::query(
                    "UPDATE practice_reviews SET state = $1, assigned_by = $2, assigned_at = $3 \
                 WHERE id = $4",
                )
                .bind(ASSIGNED)
                .bind(editor)
                .bind(at)
                .bind(a.id)
                .execute(&mut *conn)
                .await?;
                a.id
            }
            Some(_) => return Err(StorageError::Conflict("practice_reviews".into())),
            None => sqlx::query_scalar(
                "INSERT INTO practice_reviews (practice_id, version, reviewer_id, assigned_by, \
                 assigned_at, state) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(practice.id)
            .bind(version)
            .bind(reviewer)
            .bind(editor)
            .bind(at)
            .bind(ASSIGNED)
            .fetch_one(&mut *conn)
            .await?,
        };
    if practice.status == practices::SUBMITTED {
        practices::set_status(conn, practice.id, practices::IN_REVIEW).await?;
    }
    Ok(id)
}

/// Withdraws an open assignment of the newest version of `practice` (locked by the caller).
/// When no reviewer is left on the version, the practice waits for reviewers again. Returns
/// whether an open assignment was withdrawn.
pub async fn withdraw(conn: &mut Conn, practice: &Practice, review_id: i64) -> StorageResult<bool> {
    let done = sqlx::query(
        "UPDATE practice_reviews SET state = $1 WHERE id = $2 AND practice_id = $3 \
         AND version = $4 AND state = $5",
    )
    .bind(WITHDRAWN)
    .bind(review_id)
    .bind(practice.id)
    .bind(practice.current_version)
    .bind(ASSIGNED)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM practice_reviews WHERE practice_id = $1 AND version = $2 \
         AND state <> $3",
    )
    .bind(practice.id)
    .bind(practice.current_version)
    .bind(WITHDRAWN)
    .fetch_one(&mut *conn)
    .await?;
    if left == 0 && practice.status == practices::IN_REVIEW {
        practices::set_status(conn, practice.id, practices::SUBMITTED).await?;
    }
    Ok(true)
}

/// A completed rubric, checked by the caller: scores 1 to 5 and comments in rubric order
/// (`PracticeCriterion::ALL`).
#[derive(Debug, Clone)]
pub struct ReviewInput<'a> {
    pub scores: [i64; 5],
    pub comments: [&'a str; 5],
    pub summary: &'a str,
    pub lang: &'a str,
}

/// Stores a review on an assignment that is still open; returns whether it was (a review is
/// submitted once, and never after the assignment was withdrawn).
pub async fn submit(
    conn: &mut Conn,
    review_id: i64,
    input: &ReviewInput<'_>,
) -> StorageResult<bool> {
    if input
        .scores
        .iter()
        .any(|s| !(SCORE_MIN..=SCORE_MAX).contains(s))
    {
        return Err(StorageError::Corrupt("review score outside 1 to 5".into()));
    }
    let done = sqlx::query(
        "UPDATE practice_reviews SET state = $1, relevance = $2, innovation = $3, impact = $4, \
         transferability = $5, sustainability = $6, relevance_comment = $7, \
         innovation_comment = $8, impact_comment = $9, transferability_comment = $10, \
         sustainability_comment = $11, summary = $12, lang = $13, submitted_at = $14 \
         WHERE id = $15 AND state = $16",
    )
    .bind(SUBMITTED)
    .bind(input.scores[0])
    .bind(input.scores[1])
    .bind(input.scores[2])
    .bind(input.scores[3])
    .bind(input.scores[4])
    .bind(input.comments[0])
    .bind(input.comments[1])
    .bind(input.comments[2])
    .bind(input.comments[3])
    .bind(input.comments[4])
    .bind(input.summary)
    .bind(input.lang)
    .bind(now())
    .bind(review_id)
    .bind(ASSIGNED)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// (submitted, not withdrawn) assignments of one version, read inside a change.
pub async fn counts_in(
    conn: &mut Conn,
    practice_id: i64,
    version: i64,
) -> StorageResult<(i64, i64)> {
    let states: Vec<String> = sqlx::query_scalar(
        "SELECT state FROM practice_reviews WHERE practice_id = $1 AND version = $2",
    )
    .bind(practice_id)
    .bind(version)
    .fetch_all(&mut *conn)
    .await?;
    let submitted = states.iter().filter(|s| *s == SUBMITTED).count() as i64;
    let active = states.iter().filter(|s| *s != WITHDRAWN).count() as i64;
    Ok((submitted, active))
}

/// The scores of the submitted reviews of one version, read inside a change.
async fn submitted_scores_in(
    conn: &mut Conn,
    practice_id: i64,
    version: i64,
) -> StorageResult<Vec<[i64; 5]>> {
    let rows: Vec<ReviewText> = sqlx::query_as(&format!(
        "SELECT {TEXT_COLUMNS} FROM practice_reviews r WHERE r.practice_id = $1 \
         AND r.version = $2 AND r.state = $3"
    ))
    .bind(practice_id)
    .bind(version)
    .bind(SUBMITTED)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            r.scores()
                .ok_or_else(|| StorageError::Corrupt("submitted review without scores".into()))
        })
        .collect()
}

/// The mean of every score of these reviews, in hundredths, rounded half up (4.255 → 426);
/// `None` without reviews. Each review weighs the same, as each has all five scores.
pub fn score_x100(reviews: &[[i64; 5]]) -> Option<i64> {
    let n = (reviews.len() * 5) as i64;
    if n == 0 {
        return None;
    }
    let total: i64 = reviews.iter().flatten().sum();
    Some((total * 200 + n) / (2 * n))
}

/// The mean of one criterion over these reviews, in hundredths, rounded half up.
pub fn criterion_x100(reviews: &[[i64; 5]], index: usize) -> Option<i64> {
    let scores: Vec<i64> = reviews
        .iter()
        .filter_map(|r| r.get(index).copied())
        .collect();
    let n = scores.len() as i64;
    if n == 0 {
        return None;
    }
    let total: i64 = scores.iter().sum();
    Some((total * 200 + n) / (2 * n))
}

/// An editor's decision on one version.
#[derive(Debug, Clone, FromRow)]
pub struct Decision {
    pub id: i64,
    pub practice_id: i64,
    pub version: i64,
    pub decision: String,
    pub note_md: String,
    pub note_html: String,
    pub lang: Option<String>,
    pub editor_id: Option<i64>,
    pub editor_name: Option<String>,
    pub decided_at: i64,
}

/// Every decision on a practice, newest first.
pub async fn decisions(db: &Db, practice_id: i64) -> StorageResult<Vec<Decision>> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.practice_id, d.version, d.decision, d.note_md, d.note_html, d.lang, \
         d.editor_id, u.display_name AS editor_name, d.decided_at FROM practice_decisions d \
         LEFT JOIN users u ON u.id = d.editor_id WHERE d.practice_id = $1 \
         ORDER BY d.decided_at DESC, d.id DESC",
    )
    .bind(practice_id)
    .fetch_all(db.reader())
    .await?)
}

/// A decision to record, checked by the caller.
#[derive(Debug, Clone)]
pub struct NewDecision<'a> {
    pub decision: &'a str,
    pub note_md: &'a str,
    pub note_html: &'a str,
    pub lang: Option<&'a str>,
    pub editor: i64,
}

/// What a decision did, for the caller's emails.
#[derive(Debug, Clone)]
pub struct Decided {
    pub version: i64,
    /// Reviewers whose open assignment the decision withdrew.
    pub withdrawn: Vec<Assignment>,
    /// The published score, on accept.
    pub score_x100: Option<i64>,
    pub review_count: i64,
}

/// Records a decision on the newest version of `practice` (locked by the caller, still open):
/// withdraws the version's open assignments and moves the practice on. Accept publishes the
/// version: it becomes `published_version`, its title, language and EQF level become the
/// practice's, the score summary is the mean of every score of its submitted reviews, and
/// `published_at` is set on the first publication only.
pub async fn decide(
    conn: &mut Conn,
    practice: &Practice,
    d: &NewDecision<'_>,
) -> StorageResult<Decided> {
    if !is_open(&practice.status) || !DECISIONS.contains(&d.decision) {
        return Err(StorageError::Conflict("practice already decided".into()));
    }
    let at = now();
    let version = practice.current_version;
    sqlx::query(
        "INSERT INTO practice_decisions (practice_id, version, decision, note_md, note_html, \
         lang, editor_id, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(practice.id)
    .bind(version)
    .bind(d.decision)
    .bind(d.note_md)
    .bind(d.note_html)
    .bind(d.lang)
    .bind(d.editor)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    let withdrawn: Vec<Assignment> = sqlx::query_as(&assignment_sql(
        "r.practice_id = $1 AND r.version = $2 AND r.state = $3",
    ))
    .bind(practice.id)
    .bind(version)
    .bind(ASSIGNED)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE practice_reviews SET state = $1 WHERE practice_id = $2 AND version = $3 \
         AND state = $4",
    )
    .bind(WITHDRAWN)
    .bind(practice.id)
    .bind(version)
    .bind(ASSIGNED)
    .execute(&mut *conn)
    .await?;
    let mut decided = Decided {
        version,
        withdrawn,
        score_x100: None,
        review_count: 0,
    };
    match d.decision {
        ACCEPT => {
            let scores = submitted_scores_in(conn, practice.id, version).await?;
            let (title, lang, eqf_level): (String, String, Option<i64>) = sqlx::query_as(
                "SELECT title, lang, eqf_level FROM practice_versions \
                 WHERE practice_id = $1 AND version = $2",
            )
            .bind(practice.id)
            .bind(version)
            .fetch_one(&mut *conn)
            .await?;
            decided.score_x100 = score_x100(&scores);
            decided.review_count = scores.len() as i64;
            sqlx::query(
                "UPDATE practices SET status = $1, published_version = $2, \
                 published_at = COALESCE(published_at, $3), title = $4, lang = $5, \
                 eqf_level = $6, score_x100 = $7, review_count = $8, updated_at = $3 \
                 WHERE id = $9",
            )
            .bind(practices::ACCEPTED)
            .bind(version)
            .bind(at)
            .bind(&title)
            .bind(&lang)
            .bind(eqf_level)
            .bind(decided.score_x100)
            .bind(decided.review_count)
            .bind(practice.id)
            .execute(&mut *conn)
            .await?;
            // Its descriptors and links are what lists filter on and readers see from now on,
            // and the newly published version is what search finds.
            practices::list_version(conn, practice.id, version).await?;
            super::practice_docs::queue(conn, practice.id).await?;
        }
        REVISE => practices::set_status(conn, practice.id, practices::REVISE).await?,
        _ => practices::set_status(conn, practice.id, practices::REJECTED).await?,
    }
    Ok(decided)
}

/// A practice in the editors' queue, with the reviews of its newest version.
#[derive(Debug, Clone, FromRow)]
pub struct QueueRow {
    pub id: i64,
    pub ref_code: String,
    pub status: String,
    pub current_version: i64,
    pub published_version: Option<i64>,
    pub title: String,
    pub lang: String,
    pub submitter_name: Option<String>,
    pub org_name: Option<String>,
    pub score_x100: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Submitted reviews of the newest version.
    pub reviews_in: i64,
    /// Reviewers of the newest version (withdrawn ones left out).
    pub reviewers: i64,
}

/// Practices in one of `statuses`, by how long they have waited (`oldest_first`) or most
/// recent first, one page. The `practices_by_status` index serves it.
pub async fn queue(
    db: &Db,
    statuses: &[&str],
    oldest_first: bool,
    offset: i64,
    limit: i64,
) -> StorageResult<Vec<QueueRow>> {
    let order = if oldest_first { "ASC" } else { "DESC" };
    let sql = format!(
        "SELECT p.id, p.ref_code, p.status, p.current_version, p.published_version, p.title, \
         p.lang, u.display_name AS submitter_name, o.name AS org_name, p.score_x100, \
         p.created_at, p.updated_at, \
         (SELECT COUNT(*) FROM practice_reviews r WHERE r.practice_id = p.id \
          AND r.version = p.current_version AND r.state = '{SUBMITTED}') AS reviews_in, \
         (SELECT COUNT(*) FROM practice_reviews r WHERE r.practice_id = p.id \
          AND r.version = p.current_version AND r.state <> '{WITHDRAWN}') AS reviewers \
         FROM practices p LEFT JOIN users u ON u.id = p.submitter_id \
         LEFT JOIN organisations o ON o.id = p.org_id \
         WHERE p.status IN ({}) ORDER BY p.updated_at {order}, p.id {order} \
         LIMIT ${} OFFSET ${}",
        crate::placeholders(1, statuses.len()),
        statuses.len() + 1,
        statuses.len() + 2
    );
    let mut q = sqlx::query_as::<_, QueueRow>(&sql);
    for s in statuses {
        q = q.bind(*s);
    }
    Ok(q.bind(limit).bind(offset).fetch_all(db.reader()).await?)
}

/// How many practices are in each status.
pub async fn status_counts(db: &Db) -> StorageResult<Vec<(String, i64)>> {
    Ok(
        sqlx::query_as("SELECT status, COUNT(*) FROM practices GROUP BY status")
            .fetch_all(db.reader())
            .await?,
    )
}

/// An assignment in a reviewer's own list.
#[derive(Debug, Clone, FromRow)]
pub struct MyAssignment {
    pub ref_code: String,
    pub version: i64,
    /// The title of the version under review.
    pub title: String,
    pub lang: String,
    pub state: String,
    pub assigned_at: i64,
    pub submitted_at: Option<i64>,
}

const MINE: &str = "SELECT p.ref_code, r.version, v.title, v.lang, r.state, r.assigned_at, \
    r.submitted_at FROM practice_reviews r JOIN practices p ON p.id = r.practice_id \
    JOIN practice_versions v ON v.practice_id = r.practice_id AND v.version = r.version \
    WHERE r.reviewer_id = $1 AND r.state = $2";

/// The open assignments of a reviewer, the oldest first (the longest waiting is due first).
pub async fn open_for(db: &Db, reviewer: i64, limit: i64) -> StorageResult<Vec<MyAssignment>> {
    Ok(
        sqlx::query_as(&format!("{MINE} ORDER BY r.assigned_at, r.id LIMIT $3"))
            .bind(reviewer)
            .bind(ASSIGNED)
            .bind(limit)
            .fetch_all(db.reader())
            .await?,
    )
}

/// How many reviews `reviewer` has submitted.
pub async fn done_count(db: &Db, reviewer: i64) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM practice_reviews WHERE reviewer_id = $1 AND state = $2",
    )
    .bind(reviewer)
    .bind(SUBMITTED)
    .fetch_one(db.reader())
    .await?)
}

/// One page of the reviews `reviewer` has submitted, the most recently assigned first.
pub async fn done_for(
    db: &Db,
    reviewer: i64,
    offset: i64,
    limit: i64,
) -> StorageResult<Vec<MyAssignment>> {
    Ok(sqlx::query_as(&format!(
        "{MINE} ORDER BY r.assigned_at DESC, r.id DESC LIMIT $3 OFFSET $4"
    ))
    .bind(reviewer)
    .bind(SUBMITTED)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?)
}

/// A label awarded to a practice, with who awarded it and when.
#[derive(Debug, Clone, FromRow)]
pub struct Label {
    pub label: String,
    pub awarded_by: Option<i64>,
    pub awarded_by_name: Option<String>,
    pub awarded_at: i64,
}

/// The labels of a practice, in the order they were awarded.
pub async fn labels(db: &Db, practice_id: i64) -> StorageResult<Vec<Label>> {
    Ok(sqlx::query_as(
        "SELECT l.label, l.awarded_by, u.display_name AS awarded_by_name, l.awarded_at \
         FROM practice_labels l LEFT JOIN users u ON u.id = l.awarded_by \
         WHERE l.practice_id = $1 ORDER BY l.awarded_at, l.label",
    )
    .bind(practice_id)
    .fetch_all(db.reader())
    .await?)
}

/// Awards `label` (a `PracticeLabel` code, as labels are stored) to a practice; `false` when it already has it.
pub async fn award_label(
    conn: &mut Conn,
    practice_id: i64,
    label: &str,
    editor: i64,
) -> StorageResult<bool> {
    let has: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM practice_labels WHERE practice_id = $1 AND label = $2",
    )
    .bind(practice_id)
    .bind(label)
    .fetch_one(&mut *conn)
    .await?;
    if has > 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO practice_labels (practice_id, label, awarded_by, awarded_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(practice_id)
    .bind(label)
    .bind(editor)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    // Labels are a facet of search.
    super::practice_docs::queue(conn, practice_id).await?;
    Ok(true)
}

/// Takes `label` away from a practice; `false` when it did not have it.
pub async fn remove_label(conn: &mut Conn, practice_id: i64, label: &str) -> StorageResult<bool> {
    let done = sqlx::query("DELETE FROM practice_labels WHERE practice_id = $1 AND label = $2")
        .bind(practice_id)
        .bind(label)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if done > 0 {
        super::practice_docs::queue(conn, practice_id).await?;
    }
    Ok(done > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_is_the_mean_of_every_criterion_in_hundredths() {
        assert_eq!(score_x100(&[]), None);
        assert_eq!(score_x100(&[[5, 5, 5, 5, 5]]), Some(500));
        assert_eq!(score_x100(&[[4, 5, 4, 5, 4], [5, 4, 5, 4, 5]]), Some(450));
        // 13 / 3 = 4.333... → 433; 14 / 3 = 4.666... → 467.
        assert_eq!(
            score_x100(&[[4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [5, 5, 5, 5, 5]]),
            Some(433)
        );
        assert_eq!(
            score_x100(&[[5, 5, 5, 5, 5], [5, 5, 5, 5, 5], [4, 4, 4, 4, 4]]),
            Some(467)
        );
        // 21 / 5 = 4.2 exactly.
        assert_eq!(score_x100(&[[4, 4, 4, 4, 5]]), Some(420));
        // 125 / 40 = 3.125: halves round up, to 313.
        let mut reviews = vec![[3, 3, 3, 3, 3]; 8];
        for r in reviews.iter_mut().take(5) {
            r[0] = 4;
        }
        assert_eq!(reviews.iter().flatten().sum::<i64>(), 125);
        assert_eq!(score_x100(&reviews), Some(313));
    }

    #[test]
    fn criterion_means_follow_the_rubric_order() {
        let r = [[1, 2, 3, 4, 5], [2, 2, 4, 4, 5]];
        assert_eq!(criterion_x100(&r, 0), Some(150));
        assert_eq!(criterion_x100(&r, 1), Some(200));
        assert_eq!(criterion_x100(&r, 2), Some(350));
        assert_eq!(criterion_x100(&r, 4), Some(500));
        assert_eq!(criterion_x100(&[], 0), None);
        assert_eq!(criterion_x100(&r, 9), None);
    }

    #[test]
    fn only_waiting_versions_are_open() {
        assert!(is_open(practices::SUBMITTED));
        assert!(is_open(practices::IN_REVIEW));
        for s in [practices::REVISE, practices::ACCEPTED, practices::REJECTED] {
            assert!(!is_open(s), "{s}");
        }
    }

    #[test]
    fn review_text_reads_scores_in_rubric_order() {
        let t = ReviewText {
            relevance: Some(1),
            innovation: Some(2),
            impact: Some(3),
            transferability: Some(4),
            sustainability: Some(5),
            ..ReviewText::default()
        };
        assert_eq!(t.scores(), Some([1, 2, 3, 4, 5]));
        assert_eq!(t.mean_x100(), Some(300));
        let partial = ReviewText { impact: None, ..t };
        assert_eq!(partial.scores(), None);
    }
}
