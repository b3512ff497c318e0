//! What the review workflow's forms accept: the rubric a reviewer fills in and an editor's
//! decision. Each function returns clean values or the problems, each named at its field in the
//! reader's language, with the stable code of the main problem; nothing here touches the
//! database.

use bottega_domain::validate::{self, FieldError};
use bottega_domain::{Language, PracticeCriterion};
use bottega_i18n::Localizer;
use bottega_storage::cooperation::reviews;
use serde::Deserialize;

use crate::view::FormErrors;

/// A comment on one criterion.
pub const COMMENT_MAX: usize = 4_000;
/// The overall advice of a review.
pub const SUMMARY_MAX: usize = 10_000;
/// An editor's note on a decision.
pub const NOTE_MAX: usize = 10_000;
/// What an editor types to name a reviewer (an address or a handle).
pub const PERSON_MAX: usize = 254;

/// The form fields of each criterion: its score (radio buttons) and its comment. Field names
/// are the stored column names, so a problem lands where the value goes.
pub const FIELDS: [(PracticeCriterion, &str, &str); 5] = [
    (
        PracticeCriterion::Relevance,
        "relevance",
        "relevance_comment",
    ),
    (
        PracticeCriterion::Innovation,
        "innovation",
        "innovation_comment",
    ),
    (PracticeCriterion::Impact, "impact", "impact_comment"),
    (
        PracticeCriterion::Transferability,
        "transferability",
        "transferability_comment",
    ),
    (
        PracticeCriterion::Sustainability,
        "sustainability",
        "sustainability_comment",
    ),
];

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    /// The version the reviewer read (a hidden field): a review is about what was read.
    pub version: String,
    pub relevance: String,
    pub innovation: String,
    pub impact: String,
    pub transferability: String,
    pub sustainability: String,
    pub relevance_comment: String,
    pub innovation_comment: String,
    pub impact_comment: String,
    pub transferability_comment: String,
    pub sustainability_comment: String,
    pub summary: String,
    pub lang: String,
}

impl ReviewForm {
    /// What was sent as the score of `c`.
    pub fn score(&self, c: PracticeCriterion) -> &str {
        match c {
            PracticeCriterion::Relevance => &self.relevance,
            PracticeCriterion::Innovation => &self.innovation,
            PracticeCriterion::Impact => &self.impact,
            PracticeCriterion::Transferability => &self.transferability,
            PracticeCriterion::Sustainability => &self.sustainability,
        }
    }

    /// What was sent as the comment on `c`.
    pub fn comment(&self, c: PracticeCriterion) -> &str {
        match c {
            PracticeCriterion::Relevance => &self.relevance_comment,
            PracticeCriterion::Innovation => &self.innovation_comment,
            PracticeCriterion::Impact => &self.impact_comment,
            PracticeCriterion::Transferability => &self.transferability_comment,
            PracticeCriterion::Sustainability => &self.sustainability_comment,
        }
    }
}

/// A complete, checked review.
#[derive(Debug, Clone)]
pub struct ValidReview {
    /// In rubric order (`PracticeCriterion::ALL`).
    pub scores: [i64; 5],
    pub comments: [String; 5],
    pub summary: String,
    pub lang: Language,
}

/// Problems of a form, with the stable code sent with the page.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub errors: FormErrors,
    pub code: &'static str,
}

/// Why a score was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreProblem {
    Missing,
    /// Not a whole number from 1 to 5: 0, 6, "abc", "2.5".
    OutOfRange,
}

/// A score as typed: a whole number from 1 to 5.
pub fn score(typed: &str) -> Result<i64, ScoreProblem> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(ScoreProblem::Missing);
    }
    t.parse::<i64>()
        .ok()
        .filter(|s| (reviews::SCORE_MIN..=reviews::SCORE_MAX).contains(s))
        .ok_or(ScoreProblem::OutOfRange)
}

/// A required text: a missing one is named with `missing` (a sentence that says which text),
/// other problems with the general messages.
fn required_text(
    l: &Localizer,
    e: &mut FormErrors,
    field: &'static str,
    value: &str,
    max: usize,
    missing: String,
) -> String {
    match validate::text(value, true, max) {
        Ok(v) => v,
        Err(FieldError::Required) => {
            e.add_message(field, missing);
            String::new()
        }
        Err(other) => {
            e.add(l, field, &other);
            String::new()
        }
    }
}

/// Checks a review: every criterion needs a score from 1 to 5 and a comment, the review an
/// overall summary and its language.
pub fn review(l: &Localizer, form: &ReviewForm) -> Result<ValidReview, Refusal> {
    let mut e = FormErrors::new();
    let mut code = "review_invalid";
    let mut scores = [0i64; 5];
    let mut comments: [String; 5] = Default::default();
    for (i, (c, score_field, comment_field)) in FIELDS.iter().enumerate() {
        let name = l.t(&c.message_id());
        match score(form.score(*c)) {
            Ok(s) => scores[i] = s,
            Err(ScoreProblem::Missing) => {
                e.add_message(
                    score_field,
                    l.t1("bpr-error-score-missing", "criterion", name.clone()),
                );
                if code == "review_invalid" {
                    code = "review_score_missing";
                }
            }
            Err(ScoreProblem::OutOfRange) => {
                e.add_message(
                    score_field,
                    l.t1("bpr-error-score-range", "criterion", name.clone()),
                );
                code = "review_score_out_of_range";
            }
        }
        comments[i] = required_text(
            l,
            &mut e,
            comment_field,
            form.comment(*c),
            COMMENT_MAX,
            l.t1("bpr-error-comment-missing", "criterion", name),
        );
    }
    let summary = required_text(
        l,
        &mut e,
        "summary",
        &form.summary,
        SUMMARY_MAX,
        l.t("bpr-error-summary-missing"),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    match lang {
        Some(lang) if e.is_empty() => Ok(ValidReview {
            scores,
            comments,
            summary,
            lang,
        }),
        _ => Err(Refusal { errors: e, code }),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    /// The version the editor saw when deciding.
    pub version: String,
    /// accept, revise or reject
    pub decision: String,
    pub note: String,
    pub lang: String,
}

#[derive(Debug, Clone)]
pub struct ValidDecision {
    pub version: Option<i64>,
    pub decision: &'static str,
    pub note: String,
    pub lang: Option<Language>,
}

/// Checks a decision. Asking for a revision and rejecting need a note that tells the author
/// why; a note needs its language.
pub fn decision(l: &Localizer, form: &DecisionForm) -> Result<ValidDecision, Refusal> {
    let mut e = FormErrors::new();
    let decision = reviews::DECISIONS
        .into_iter()
        .find(|d| *d == form.decision.trim());
    if decision.is_none() {
        e.add_message("decision", l.t("bpr-error-choose-decision"));
    }
    let note = match validate::text(&form.note, false, NOTE_MAX) {
        Ok(v) => v,
        Err(other) => {
            e.add(l, "note", &other);
            String::new()
        }
    };
    if note.is_empty()
        && e.get("note").is_none()
        && matches!(decision, Some(reviews::REVISE | reviews::REJECT))
    {
        e.add_message("note", l.t("bpr-error-note-required"));
    }
    let lang = if form.lang.trim().is_empty() {
        if !note.is_empty() {
            e.add_message("lang", l.t("bpr-error-note-lang"));
        }
        None
    } else {
        e.check(
            l,
            "lang",
            validate::choice(&form.lang, Language::parse).map(Some),
        )
    };
    match decision {
        Some(decision) if e.is_empty() => Ok(ValidDecision {
            version: form.version.trim().parse().ok(),
            decision,
            note,
            lang,
        }),
        _ => Err(Refusal {
            errors: e,
            code: "decision_invalid",
        }),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    /// An email address or a handle (with or without @).
    pub reviewer: String,
}

/// Who the editor named: an email address (lower-cased) or a handle (without its @).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    Email(String),
    Handle(String),
}

/// Reads what was typed to name a reviewer; `None` when nothing usable was typed.
pub fn person(typed: &str) -> Option<Person> {
    let t = typed.trim();
    if t.is_empty() || t.chars().count() > PERSON_MAX || t.chars().any(char::is_control) {
        return None;
    }
    let t = t.to_lowercase();
    match t.strip_prefix('@') {
        Some(handle) if !handle.is_empty() && !handle.contains('@') => {
            Some(Person::Handle(handle.to_string()))
        }
        Some(_) => None,
        None if t.contains('@') => Some(Person::Email(t)),
        None => Some(Person::Handle(t)),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct LabelForm {
    /// A `PracticeLabel` code.
    pub label: String,
    /// award or remove
    pub action: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    fn complete() -> ReviewForm {
        ReviewForm {
            version: "1".into(),
            relevance: "5".into(),
            innovation: "4".into(),
            impact: "3".into(),
            transferability: "2".into(),
            sustainability: "1".into(),
            relevance_comment: "Answers a shared need.".into(),
            innovation_comment: "New for the sector.".into(),
            impact_comment: "Some figures.".into(),
            transferability_comment: "Hard to move.".into(),
            sustainability_comment: "Ends with the grant.".into(),
            summary: "Publish after a revision.".into(),
            lang: "en".into(),
        }
    }

    #[test]
    fn scores_are_whole_numbers_from_one_to_five() {
        for ok in ["1", "5", " 3 "] {
            assert!(score(ok).is_ok(), "{ok}");
        }
        assert_eq!(score(""), Err(ScoreProblem::Missing));
        assert_eq!(score("  "), Err(ScoreProblem::Missing));
        for bad in [
            "0",
            "6",
            "abc",
            "2.5",
            "-1",
            "+9",
            "99999999999999999999",
            "３",
        ] {
            assert_eq!(score(bad), Err(ScoreProblem::OutOfRange), "{bad}");
        }
    }

    #[test]
    fn a_complete_review_passes_in_rubric_order() {
        let v = review(&l(), &complete()).expect("valid");
        assert_eq!(v.scores, [5, 4, 3, 2, 1]);
        assert_eq!(v.comments[4], "Ends with the grant.");
        assert_eq!(v.lang, Language::En);
    }

    #[test]
    fn each_bad_score_is_named_at_its_criterion() {
        let f = ReviewForm {
            relevance: "0".into(),
            innovation: "6".into(),
            impact: "abc".into(),
            transferability: "2.5".into(),
            sustainability: String::new(),
            ..complete()
        };
        let r = review(&l(), &f).expect_err("refused");
        assert_eq!(r.code, "review_score_out_of_range");
        for field in [
            "relevance",
            "innovation",
            "impact",
            "transferability",
            "sustainability",
        ] {
            assert!(r.errors.get(field).is_some(), "{field}");
        }
        assert_eq!(r.errors.items().len(), 5);
        assert!(r
            .errors
            .get("impact")
            .is_some_and(|m| m.contains("Evidence of impact")));
    }

    #[test]
    fn comments_summary_and_language_are_required() {
        let f = ReviewForm {
            innovation_comment: "  ".into(),
            summary: String::new(),
            lang: "xx".into(),
            ..complete()
        };
        let r = review(&l(), &f).expect_err("refused");
        assert_eq!(r.code, "review_invalid");
        for field in ["innovation_comment", "summary", "lang"] {
            assert!(r.errors.get(field).is_some(), "{field}");
        }
        let long = ReviewForm {
            impact_comment: "x".repeat(COMMENT_MAX + 1),
            ..complete()
        };
        assert!(review(&l(), &long)
            .expect_err("refused")
            .errors
            .get("impact_comment")
            .is_some());
    }

    #[test]
    fn decisions_need_a_note_when_they_send_the_practice_back() {
        let l = l();
        let accept = DecisionForm {
            version: "2".into(),
            decision: "accept".into(),
            ..DecisionForm::default()
        };
        let v = decision(&l, &accept).expect("accept without a note");
        assert_eq!((v.decision, v.version), ("accept", Some(2)));
        for d in ["revise", "reject"] {
            let f = DecisionForm {
                decision: d.into(),
                ..accept.clone()
            };
            let r = decision(&l, &f).expect_err("a note is needed");
            assert!(r.errors.get("note").is_some());
            let f = DecisionForm {
                note: "Add figures.".into(),
                lang: "en".into(),
                ..f
            };
            assert!(decision(&l, &f).is_ok());
        }
        let no_lang = DecisionForm {
            note: "Well done".into(),
            ..accept.clone()
        };
        assert!(decision(&l, &no_lang)
            .expect_err("the note's language")
            .errors
            .get("lang")
            .is_some());
        let unknown = DecisionForm {
            decision: "publish".into(),
            ..accept
        };
        assert!(decision(&l, &unknown)
            .expect_err("refused")
            .errors
            .get("decision")
            .is_some());
    }

    #[test]
    fn reviewers_are_named_by_address_or_handle() {
        assert_eq!(
            person(" Ana@School.EXAMPLE "),
            Some(Person::Email("ana@school.example".into()))
        );
        assert_eq!(person("@Marta"), Some(Person::Handle("marta".into())));
        assert_eq!(person("marta"), Some(Person::Handle("marta".into())));
        assert_eq!(person(""), None);
        assert_eq!(person("@"), None);
        assert_eq!(person("@a@b"), None);
        assert_eq!(person("a\u{0}b"), None);
    }
}
