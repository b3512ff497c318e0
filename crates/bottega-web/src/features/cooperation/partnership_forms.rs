//! What people type into the partnership forms (the terms of an agreement, the partners, an
//! answer), checked. Each function returns clean values or the problems, each named for its
//! field in the reader's language; nothing here touches the database. The date and number
//! checks are shared with the action plan's forms.

use bottega_domain::{validate, Language, Theme};
use bottega_i18n::Localizer;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::view::{date_field, FormErrors};

pub const TITLE_MAX: usize = 150;
pub const TEXT_MAX: usize = 10_000;
pub const NAME_MAX: usize = 120;
/// Partners named on one proposal, besides the proposing organisation.
pub const PARTNERS_MAX: usize = 20;
/// A partnership is long-term, but an agreement names an end: ten years at most.
pub const LONGEST_MONTHS: u32 = 120;
/// Plan figures stay within what a person can mean (and a chart can draw).
pub const NUMBER_LIMIT: f64 = 1e12;

/// Records "the end cannot come before the start" at `end_field` when it does.
pub fn ordered(
    l: &Localizer,
    e: &mut FormErrors,
    end_field: &'static str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) {
    if let (Some(s), Some(end)) = (start, end) {
        if end < s {
            e.add_message(end_field, l.t("pt-error-ends-before-start"));
        }
    }
}

/// A number as people type it: `12`, `-3.5`, `3,5` (a decimal comma), spaces between digit
/// groups allowed. Not a number, not finite, or beyond ±10¹² is refused at `field`.
pub fn number(
    l: &Localizer,
    e: &mut FormErrors,
    field: &'static str,
    value: &str,
    required: bool,
) -> Option<f64> {
    let v: String = value
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if v.is_empty() {
        if required {
            e.add(l, field, &validate::FieldError::Required);
        }
        return None;
    }
    // Only plain decimal notation: Rust's parser also takes "inf", "NaN" and "1e400".
    let plain = v
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || c == ',' || (i == 0 && c == '-'))
        && v.chars().filter(|c| *c == '.' || *c == ',').count() <= 1;
    let parsed = plain
        .then(|| v.replace(',', ".").parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite());
    match parsed {
        Some(n) if n.abs() <= NUMBER_LIMIT => Some(if n == 0.0 { 0.0 } else { n }),
        Some(_) => {
            e.add_message(field, l.t("pt-error-number-range"));
            None
        }
        None => {
            e.add_message(field, l.t("pt-error-number"));
            None
        }
    }
}

/// A number for a form field and for pages: at most two decimals, no trailing zeros, a dot
/// (the form's own separator; [`number`] takes a comma back as well).
pub fn plain_number(n: f64) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let s = format!("{:.2}", (n * 100.0).round() / 100.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// A number as a page shows it, with the reader's decimal separator and digit grouping.
pub fn shown_number(l: &Localizer, n: f64) -> String {
    let plain = plain_number(n);
    let (int, frac) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let grouped = int
        .parse::<i64>()
        .map(|i| {
            let g = l.number(i);
            // -0.5 has an integer part of -0, which parses as 0.
            if int.starts_with('-') && i == 0 {
                format!("-{g}")
            } else {
                g
            }
        })
        .unwrap_or_else(|_| int.to_string());
    match frac {
        Some(f) => format!("{grouped}{}{f}", l.t("number-decimal-separator")),
        None => grouped,
    }
}

// ---- The terms of an agreement -------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct TermsForm {
    /// The organisation proposing (an id among the proposer's organisations); new only.
    pub from_org: String,
    /// Partners chosen before the form opened (directory addresses, shown checked); new only.
    pub to: Vec<String>,
    /// More partners, one directory address per line; new only.
    pub partners: String,
    pub title: String,
    pub themes: Vec<String>,
    pub purpose: String,
    pub commitments: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    /// Who signs for the proposing organisation when the proposer administers it.
    pub signatory_name: String,
    pub signatory_role: String,
}

pub struct ValidTerms {
    pub title: String,
    pub themes: Vec<Theme>,
    pub purpose: String,
    pub commitments: String,
    pub lang: Language,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub signatory_name: String,
    pub signatory_role: String,
}

/// Checks the terms. The end may not come before the start, nor more than [`LONGEST_MONTHS`]
/// after it; at least one theme is named.
pub fn terms(l: &Localizer, form: &TermsForm) -> Result<ValidTerms, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let themes = e.check(
        l,
        "themes",
        validate::choices(&form.themes, Theme::parse, Theme::ALL.len()),
    );
    if themes.is_empty() && e.get("themes").is_none() {
        e.add_message("themes", l.t("pt-error-themes-required"));
    }
    let purpose = e.check(l, "purpose", validate::text(&form.purpose, true, TEXT_MAX));
    let commitments = e.check(
        l,
        "commitments",
        validate::text(&form.commitments, true, TEXT_MAX),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let starts_on = date_field(l, &mut e, "starts_on", &form.starts_on, true);
    let ends_on = date_field(l, &mut e, "ends_on", &form.ends_on, true);
    if let (Some(s), Some(end)) = (starts_on, ends_on) {
        if end < s {
            e.add_message("ends_on", l.t("pt-error-ends-before-start"));
        } else if s
            .checked_add_months(chrono::Months::new(LONGEST_MONTHS))
            .is_none_or(|last| end > last)
        {
            e.add_message("ends_on", l.t("pt-error-too-long"));
        }
    }
    let signatory_name = e.check(
        l,
        "signatory_name",
        validate::line(&form.signatory_name, false, NAME_MAX),
    );
    let signatory_role = e.check(
        l,
        "signatory_role",
        validate::line(&form.signatory_role, false, NAME_MAX),
    );
    match (lang, starts_on, ends_on) {
        (Some(lang), Some(starts_on), Some(ends_on)) if e.is_empty() => Ok(ValidTerms {
            title,
            themes,
            purpose,
            commitments,
            lang,
            starts_on,
            ends_on,
            signatory_name,
            signatory_role,
        }),
        _ => Err(e),
    }
}

/// The directory address (slug) in what someone typed or pasted: `school-x`,
/// `/directory/school-x` or `https://…/directory/school-x/`. `None` when it cannot be one.
pub fn slug_of(typed: &str) -> Option<String> {
    let t = typed.trim().trim_end_matches('/');
    let t = match t.rfind("/directory/") {
        Some(at) => &t[at + "/directory/".len()..],
        None => t,
    };
    let t = t.split(['?', '#']).next().unwrap_or("").to_lowercase();
    let ok = !t.is_empty()
        && t.len() <= 120
        && t.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    ok.then_some(t)
}

/// The partner addresses of a proposal: the preselected ones and one per line of `more`, each
/// once. Problems are recorded at `partners`.
pub fn partner_slugs(l: &Localizer, e: &mut FormErrors, to: &[String], more: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut bad: Vec<String> = Vec::new();
    for typed in to.iter().map(String::as_str).chain(more.lines()) {
        if typed.trim().is_empty() {
            continue;
        }
        match slug_of(typed) {
            Some(s) if !out.contains(&s) => out.push(s),
            Some(_) => {}
            None => bad.push(typed.trim().chars().take(60).collect()),
        }
    }
    if !bad.is_empty() {
        // A few are enough to recognise the mistake; a pasted essay is not repeated whole.
        bad.truncate(5);
        e.add_message(
            "partners",
            l.t1("pt-error-partner-address", "list", bad.join(", ")),
        );
    } else if out.is_empty() {
        e.add_message("partners", l.t("pt-error-no-partner"));
    } else if out.len() > PARTNERS_MAX {
        e.add_message(
            "partners",
            l.t1("pt-error-too-many-partners", "limit", PARTNERS_MAX as i64),
        );
    }
    out
}

// ---- An answer -----------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    /// The organisation answering.
    pub org: String,
    /// `accept` or `decline` (the button pressed).
    pub answer: String,
    pub signatory_name: String,
    pub signatory_role: String,
}

pub struct ValidAnswer {
    pub accept: bool,
    pub signatory_name: String,
    pub signatory_role: String,
}

/// An acceptance names who signs and in which role; a refusal needs neither.
pub fn answer(l: &Localizer, form: &AnswerForm) -> Result<ValidAnswer, FormErrors> {
    let mut e = FormErrors::new();
    let accept = match form.answer.trim() {
        "accept" => true,
        "decline" => false,
        _ => {
            e.add(l, "answer", &validate::FieldError::InvalidChoice);
            false
        }
    };
    let signatory_name = e.check(
        l,
        "signatory_name",
        validate::line(&form.signatory_name, accept, NAME_MAX),
    );
    let signatory_role = e.check(
        l,
        "signatory_role",
        validate::line(&form.signatory_role, accept, NAME_MAX),
    );
    if e.is_empty() {
        Ok(ValidAnswer {
            accept,
            signatory_name,
            signatory_role,
        })
    } else {
        Err(e)
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

    fn form() -> TermsForm {
        TermsForm {
            title: "Dual training in mechatronics".into(),
            themes: vec!["labour-market".into(), "didactics".into()],
            purpose: "Align curricula with **regional** employers.".into(),
            commitments: "Each partner hosts two staff visits a year.".into(),
            lang: "en".into(),
            starts_on: "2026-09-01".into(),
            ends_on: "2029-08-31".into(),
            ..TermsForm::default()
        }
    }

    #[test]
    fn sound_terms_pass() {
        let v = terms(&l(), &form()).expect("valid");
        assert_eq!(v.themes.len(), 2);
        assert_eq!(v.ends_on.to_string(), "2029-08-31");
    }

    #[test]
    fn an_end_before_the_start_is_named_at_the_end() {
        let f = TermsForm {
            ends_on: "2026-08-31".into(),
            ..form()
        };
        let e = terms(&l(), &f).err().expect("refused");
        assert!(e.get("ends_on").is_some());
        assert_eq!(e.items().len(), 1);
    }

    #[test]
    fn impossible_dates_missing_themes_and_unknown_codes_are_refused() {
        let f = TermsForm {
            starts_on: "2026-02-30".into(),
            themes: vec![],
            lang: "xx".into(),
            ..form()
        };
        let e = terms(&l(), &f).err().expect("refused");
        for field in ["starts_on", "themes", "lang"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        let f = TermsForm {
            themes: vec!["astrology".into()],
            ..form()
        };
        assert!(terms(&l(), &f)
            .err()
            .expect("refused")
            .get("themes")
            .is_some());
    }

    #[test]
    fn ten_years_is_the_longest_agreement() {
        let f = TermsForm {
            starts_on: "2026-01-01".into(),
            ends_on: "2036-01-01".into(),
            ..form()
        };
        assert!(terms(&l(), &f).is_ok());
        let f = TermsForm {
            ends_on: "2036-01-02".into(),
            ..f
        };
        assert!(terms(&l(), &f)
            .err()
            .expect("refused")
            .get("ends_on")
            .is_some());
    }

    #[test]
    fn numbers_are_plain_decimals_within_bounds() {
        let l = l();
        let mut e = FormErrors::new();
        assert_eq!(number(&l, &mut e, "n", "12", true), Some(12.0));
        assert_eq!(number(&l, &mut e, "n", " -3,5 ", true), Some(-3.5));
        assert_eq!(number(&l, &mut e, "n", "1 250.75", true), Some(1250.75));
        assert_eq!(number(&l, &mut e, "n", "", false), None);
        assert!(e.is_empty());
        for bad in [
            "NaN", "inf", "-inf", "1e400", "1e3", "12abc", "1.2.3", "--1", "1-",
        ] {
            let mut e = FormErrors::new();
            assert_eq!(number(&l, &mut e, "n", bad, true), None, "{bad}");
            assert!(e.get("n").is_some(), "{bad}");
        }
        let mut e = FormErrors::new();
        assert_eq!(number(&l, &mut e, "n", "2000000000000", true), None);
        assert!(e.get("n").is_some());
    }

    #[test]
    fn numbers_are_written_back_without_noise() {
        assert_eq!(plain_number(12.0), "12");
        assert_eq!(plain_number(12.5), "12.5");
        assert_eq!(plain_number(1.0 / 3.0), "0.33");
        assert_eq!(plain_number(-0.001), "0");
        let l = l();
        assert_eq!(shown_number(&l, 12345.5), "12,345.5");
        assert_eq!(shown_number(&l, -0.5), "-0.5");
    }

    #[test]
    fn partner_addresses_are_read_from_slugs_paths_and_links() {
        assert_eq!(slug_of("scuola-roma").as_deref(), Some("scuola-roma"));
        assert_eq!(
            slug_of("https://bottega.example/directory/Scuola-Roma/").as_deref(),
            Some("scuola-roma")
        );
        assert_eq!(
            slug_of("/directory/cfp-lodz?x=1").as_deref(),
            Some("cfp-lodz")
        );
        assert_eq!(slug_of("not an address"), None);
        let l = l();
        let mut e = FormErrors::new();
        let slugs = partner_slugs(
            &l,
            &mut e,
            &["a-school".into()],
            "a-school\n\n/directory/b-centre\n",
        );
        assert_eq!(slugs, vec!["a-school".to_string(), "b-centre".to_string()]);
        assert!(e.is_empty());
        let mut e = FormErrors::new();
        partner_slugs(&l, &mut e, &[], "  ");
        assert!(e.get("partners").is_some());
        let mut e = FormErrors::new();
        partner_slugs(&l, &mut e, &[], "good\nbad one");
        assert!(e.get("partners").is_some());
    }

    #[test]
    fn an_acceptance_names_its_signatory() {
        let l = l();
        let f = AnswerForm {
            answer: "accept".into(),
            ..AnswerForm::default()
        };
        let e = answer(&l, &f).err().expect("refused");
        assert!(e.get("signatory_name").is_some() && e.get("signatory_role").is_some());
        let f = AnswerForm {
            answer: "decline".into(),
            ..AnswerForm::default()
        };
        assert!(!answer(&l, &f).expect("valid").accept);
        let f = AnswerForm {
            answer: "maybe".into(),
            ..AnswerForm::default()
        };
        assert!(answer(&l, &f).is_err());
    }
}
