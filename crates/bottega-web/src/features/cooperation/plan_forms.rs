//! What people type into the action plan's forms, checked: objectives, activities, milestones,
//! indicators and measured values. Choices that depend on the partnership (the objective an
//! item is filed under, the organisation owning an activity) are checked against the lists the
//! page offered; storage checks them again inside the change.

use bottega_domain::validate;
use bottega_i18n::Localizer;
use bottega_storage::cooperation::plans;
use serde::Deserialize;

use crate::features::cooperation::partnerships::forms::{number, ordered};
use crate::view::{date_field, FormErrors};

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 2_000;
pub const NAME_MAX: usize = 120;
pub const UNIT_MAX: usize = 40;
pub const NOTE_MAX: usize = 500;

/// An optional id among `allowed` (a select box whose first option is "none"); anything else
/// is recorded at `field`.
fn optional_id(
    l: &Localizer,
    e: &mut FormErrors,
    field: &'static str,
    value: &str,
    allowed: &[i64],
) -> Option<i64> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i64>().ok().filter(|id| allowed.contains(id)) {
        Some(id) => Some(id),
        None => {
            e.add(l, field, &validate::FieldError::InvalidChoice);
            None
        }
    }
}

fn status_in(
    l: &Localizer,
    e: &mut FormErrors,
    value: &str,
    allowed: &[&'static str],
) -> &'static str {
    match allowed.iter().find(|s| **s == value.trim()) {
        Some(s) => s,
        None => {
            e.add(l, "status", &validate::FieldError::InvalidChoice);
            allowed[0]
        }
    }
}

// ---- Objectives ----------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ObjectiveForm {
    pub title: String,
    pub description: String,
}

pub struct ValidObjective {
    pub title: String,
    pub description: String,
}

pub fn objective(l: &Localizer, f: &ObjectiveForm) -> Result<ValidObjective, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&f.title, true, TITLE_MAX));
    let description = e.check(
        l,
        "description",
        validate::text(&f.description, false, DESCRIPTION_MAX),
    );
    if e.is_empty() {
        Ok(ValidObjective { title, description })
    } else {
        Err(e)
    }
}

// ---- Activities ----------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub objective: String,
    pub title: String,
    /// The owning organisation's id (a party), or empty.
    pub owner_org: String,
    pub owner_name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
}

pub struct ValidActivity {
    pub objective_id: Option<i64>,
    pub title: String,
    pub owner_org_id: Option<i64>,
    pub owner_name: String,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub status: &'static str,
}

pub fn activity(
    l: &Localizer,
    f: &ActivityForm,
    objectives: &[i64],
    parties: &[i64],
) -> Result<ValidActivity, FormErrors> {
    let mut e = FormErrors::new();
    let objective_id = optional_id(l, &mut e, "objective", &f.objective, objectives);
    let title = e.check(l, "title", validate::line(&f.title, true, TITLE_MAX));
    let owner_org_id = match f.owner_org.trim() {
        "" => None,
        v => match v.parse::<i64>().ok().filter(|id| parties.contains(id)) {
            Some(id) => Some(id),
            None => {
                e.add_message("owner_org", l.t("pt-plan-error-owner"));
                None
            }
        },
    };
    let owner_name = e.check(
        l,
        "owner_name",
        validate::line(&f.owner_name, false, NAME_MAX),
    );
    let starts_on = date_field(l, &mut e, "starts_on", &f.starts_on, false);
    let ends_on = date_field(l, &mut e, "ends_on", &f.ends_on, false);
    ordered(l, &mut e, "ends_on", starts_on, ends_on);
    let status = status_in(l, &mut e, &f.status, &plans::ACTIVITY_STATUSES);
    if e.is_empty() {
        Ok(ValidActivity {
            objective_id,
            title,
            owner_org_id,
            owner_name,
            starts_on: starts_on.map(|d| d.to_string()),
            ends_on: ends_on.map(|d| d.to_string()),
            status,
        })
    } else {
        Err(e)
    }
}

// ---- Milestones ----------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct MilestoneForm {
    pub objective: String,
    pub title: String,
    pub due_on: String,
    pub status: String,
    pub reached_on: String,
}

pub struct ValidMilestone {
    pub objective_id: Option<i64>,
    pub title: String,
    pub due_on: String,
    pub status: &'static str,
    pub reached_on: Option<String>,
}

/// A reached milestone says when (not in the future); others carry no date of reaching.
pub fn milestone(
    l: &Localizer,
    f: &MilestoneForm,
    objectives: &[i64],
    today: chrono::NaiveDate,
) -> Result<ValidMilestone, FormErrors> {
    let mut e = FormErrors::new();
    let objective_id = optional_id(l, &mut e, "objective", &f.objective, objectives);
    let title = e.check(l, "title", validate::line(&f.title, true, TITLE_MAX));
    let due_on = date_field(l, &mut e, "due_on", &f.due_on, true);
    let status = status_in(l, &mut e, &f.status, &plans::MILESTONE_STATUSES);
    let reached_on = if status == plans::REACHED {
        let d = date_field(l, &mut e, "reached_on", &f.reached_on, true);
        if d.is_some_and(|d| d > today) {
            e.add_message("reached_on", l.t("pt-plan-error-reached-future"));
        }
        d
    } else {
        None
    };
    match due_on {
        Some(due_on) if e.is_empty() => Ok(ValidMilestone {
            objective_id,
            title,
            due_on: due_on.to_string(),
            status,
            reached_on: reached_on.map(|d| d.to_string()),
        }),
        _ => Err(e),
    }
}

// ---- Indicators ----------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct IndicatorForm {
    pub objective: String,
    pub name: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
}

pub struct ValidIndicator {
    pub objective_id: Option<i64>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
}

/// The baseline is where the partners start from (0 when left empty); the target is required.
pub fn indicator(
    l: &Localizer,
    f: &IndicatorForm,
    objectives: &[i64],
) -> Result<ValidIndicator, FormErrors> {
    let mut e = FormErrors::new();
    let objective_id = optional_id(l, &mut e, "objective", &f.objective, objectives);
    let name = e.check(l, "name", validate::line(&f.name, true, TITLE_MAX));
    let unit = e.check(l, "unit", validate::line(&f.unit, false, UNIT_MAX));
    let baseline = number(l, &mut e, "baseline", &f.baseline, false);
    let target = number(l, &mut e, "target", &f.target, true);
    match target {
        Some(target) if e.is_empty() => Ok(ValidIndicator {
            objective_id,
            name,
            unit,
            baseline: baseline.unwrap_or(0.0),
            target,
        }),
        _ => Err(e),
    }
}

// ---- Measured values -----------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ValueForm {
    pub measured_on: String,
    pub value: String,
    pub note: String,
}

pub struct ValidValue {
    pub measured_on: String,
    pub value: f64,
    pub note: String,
}

/// A value is measured, so not on a day still to come.
pub fn value(
    l: &Localizer,
    f: &ValueForm,
    today: chrono::NaiveDate,
) -> Result<ValidValue, FormErrors> {
    let mut e = FormErrors::new();
    let measured_on = date_field(l, &mut e, "measured_on", &f.measured_on, true);
    if measured_on.is_some_and(|d| d > today) {
        e.add_message("measured_on", l.t("pt-plan-error-measured-future"));
    }
    let value = number(l, &mut e, "value", &f.value, true);
    let note = e.check(l, "note", validate::line(&f.note, false, NOTE_MAX));
    match (measured_on, value) {
        (Some(d), Some(value)) if e.is_empty() => Ok(ValidValue {
            measured_on: d.to_string(),
            value,
            note,
        }),
        _ => Err(e),
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

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2027, 3, 1).expect("date")
    }

    #[test]
    fn an_activity_is_owned_by_a_party_and_ends_after_it_starts() {
        let l = l();
        let f = ActivityForm {
            objective: "3".into(),
            title: "Joint curriculum workshop".into(),
            owner_org: "7".into(),
            owner_name: "Ana Kovač".into(),
            starts_on: "2027-01-10".into(),
            ends_on: "2027-01-12".into(),
            status: "ongoing".into(),
        };
        let v = activity(&l, &f, &[3], &[7, 8]).expect("valid");
        assert_eq!(
            (v.objective_id, v.owner_org_id, v.status),
            (Some(3), Some(7), "ongoing")
        );
        let bad = ActivityForm {
            objective: "4".into(),
            owner_org: "9".into(),
            ends_on: "2027-01-09".into(),
            status: "postponed".into(),
            ..f
        };
        let e = activity(&l, &bad, &[3], &[7, 8]).err().expect("refused");
        for field in ["objective", "owner_org", "ends_on", "status"] {
            assert!(e.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn a_reached_milestone_says_when_and_not_in_the_future() {
        let l = l();
        let f = MilestoneForm {
            title: "Curriculum approved".into(),
            due_on: "2027-02-01".into(),
            status: "reached".into(),
            ..MilestoneForm::default()
        };
        assert!(milestone(&l, &f, &[], today())
            .err()
            .expect("refused")
            .get("reached_on")
            .is_some());
        let f = MilestoneForm {
            reached_on: "2027-04-01".into(),
            ..f
        };
        assert!(milestone(&l, &f, &[], today()).is_err());
        let f = MilestoneForm {
            reached_on: "2027-02-03".into(),
            ..f
        };
        let v = milestone(&l, &f, &[], today()).expect("valid");
        assert_eq!(v.reached_on.as_deref(), Some("2027-02-03"));
        // A planned milestone drops a date of reaching typed by mistake.
        let f = MilestoneForm {
            status: "planned".into(),
            ..f
        };
        assert_eq!(
            milestone(&l, &f, &[], today()).expect("valid").reached_on,
            None
        );
    }

    #[test]
    fn an_indicator_needs_a_numeric_target() {
        let l = l();
        let f = IndicatorForm {
            name: "Teachers trained".into(),
            unit: "people".into(),
            target: "NaN".into(),
            ..IndicatorForm::default()
        };
        let e = indicator(&l, &f, &[]).err().expect("refused");
        assert!(e.get("target").is_some());
        let f = IndicatorForm {
            target: "40".into(),
            baseline: "".into(),
            ..f
        };
        let v = indicator(&l, &f, &[]).expect("valid");
        assert_eq!((v.baseline, v.target), (0.0, 40.0));
    }

    #[test]
    fn values_are_measured_not_foreseen() {
        let l = l();
        let f = ValueForm {
            measured_on: "2027-03-02".into(),
            value: "12".into(),
            note: String::new(),
        };
        assert!(value(&l, &f, today())
            .err()
            .expect("refused")
            .get("measured_on")
            .is_some());
        let f = ValueForm {
            measured_on: "2027-03-01".into(),
            ..f
        };
        assert_eq!(value(&l, &f, today()).expect("valid").value, 12.0);
    }
}
