//! What people type into a working group's own forms (the group, its outcome), checked. Each
//! function returns clean values or the problems, each named for its field in the reader's
//! language; nothing here touches the database.

use bottega_domain::{validate, Language, Sector};
use bottega_i18n::Localizer;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::view::{date_field, FormErrors};

pub const TITLE_MAX: usize = 150;
pub const THEME_MAX: usize = 300;
pub const GOAL_MAX: usize = 5_000;
pub const OUTCOME_MAX: usize = 20_000;
pub const SECTORS_MAX: usize = 8;
/// A working group is short-term: at most three years from start to end.
pub const LONGEST_MONTHS: u32 = 36;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct GroupForm {
    pub title: String,
    pub theme: String,
    pub goal: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub membership: String,
    pub sectors: Vec<String>,
}

pub struct ValidGroup {
    pub title: String,
    pub theme: String,
    pub goal: String,
    pub lang: Language,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub membership: &'static str,
    pub sectors: Vec<Sector>,
}

fn membership_code(s: &str) -> Option<&'static str> {
    bottega_storage::collaboration::groups::MEMBERSHIPS
        .into_iter()
        .find(|m| *m == s)
}

/// Checks a group's description. The end may not come before the start, nor more than
/// [`LONGEST_MONTHS`] after it.
pub fn group(l: &Localizer, form: &GroupForm) -> Result<ValidGroup, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let theme = e.check(l, "theme", validate::line(&form.theme, true, THEME_MAX));
    let goal = e.check(l, "goal", validate::text(&form.goal, true, GOAL_MAX));
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let starts_on = date_field(l, &mut e, "starts_on", &form.starts_on, true);
    let ends_on = date_field(l, &mut e, "ends_on", &form.ends_on, true);
    if let (Some(s), Some(end)) = (starts_on, ends_on) {
        if end < s {
            e.add_message("ends_on", l.t("wg-error-ends-before-start"));
        } else if s
            .checked_add_months(chrono::Months::new(LONGEST_MONTHS))
            .is_none_or(|last| end > last)
        {
            e.add_message("ends_on", l.t("wg-error-too-long"));
        }
    }
    let membership = e.check(
        l,
        "membership",
        validate::choice(&form.membership, membership_code).map(Some),
    );
    let sectors = e.check(
        l,
        "sectors",
        validate::choices(&form.sectors, Sector::parse, SECTORS_MAX),
    );
    match (lang, starts_on, ends_on, membership) {
        (Some(lang), Some(starts_on), Some(ends_on), Some(membership)) if e.is_empty() => {
            Ok(ValidGroup {
                title,
                theme,
                goal,
                lang,
                starts_on,
                ends_on,
                membership,
                sectors,
            })
        }
        _ => Err(e),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub outcome: String,
    pub lang: String,
}

pub struct ValidOutcome {
    pub outcome: String,
    pub lang: Language,
}

pub fn outcome(l: &Localizer, form: &OutcomeForm) -> Result<ValidOutcome, FormErrors> {
    let mut e = FormErrors::new();
    let outcome = e.check(
        l,
        "outcome",
        validate::text(&form.outcome, true, OUTCOME_MAX),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    match lang {
        Some(lang) if e.is_empty() => Ok(ValidOutcome { outcome, lang }),
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> GroupForm {
        GroupForm {
            title: "Green skills in carpentry".into(),
            theme: "Sustainable materials".into(),
            goal: "A shared module".into(),
            lang: "en".into(),
            starts_on: "2026-09-01".into(),
            ends_on: "2027-02-28".into(),
            membership: "open".into(),
            sectors: vec!["construction".into()],
        }
    }

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    #[test]
    fn a_sound_group_passes() {
        let v = group(&l(), &form()).expect("valid");
        assert_eq!(v.membership, "open");
        assert_eq!(v.ends_on.to_string(), "2027-02-28");
    }

    #[test]
    fn an_end_before_the_start_is_named_at_the_end() {
        let f = GroupForm {
            ends_on: "2026-08-31".into(),
            ..form()
        };
        let e = group(&l(), &f).err().expect("refused");
        assert!(e.get("ends_on").is_some());
        assert_eq!(e.items().len(), 1);
    }

    #[test]
    fn impossible_dates_and_unknown_codes_are_refused() {
        let f = GroupForm {
            starts_on: "2026-02-30".into(),
            membership: "secret".into(),
            sectors: vec!["nope".into()],
            ..form()
        };
        let e = group(&l(), &f).err().expect("refused");
        for field in ["starts_on", "membership", "sectors"] {
            assert!(e.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn three_years_exactly_is_the_longest_run() {
        let f = GroupForm {
            starts_on: "2026-09-01".into(),
            ends_on: "2029-09-01".into(),
            ..form()
        };
        assert!(group(&l(), &f).is_ok());
        let f = GroupForm {
            ends_on: "2029-09-02".into(),
            ..f
        };
        assert!(group(&l(), &f)
            .err()
            .expect("refused")
            .get("ends_on")
            .is_some());
    }

    #[test]
    fn a_group_may_not_run_for_years() {
        let f = GroupForm {
            ends_on: "2030-01-01".into(),
            ..form()
        };
        assert!(group(&l(), &f)
            .err()
            .expect("refused")
            .get("ends_on")
            .is_some());
    }
}
