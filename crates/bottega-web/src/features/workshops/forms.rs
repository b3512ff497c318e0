//! What people type into the workshop's forms, checked. Each function returns clean values or the
//! problems, each named for its field in the reader's language; nothing here touches the database.

use bottega_domain::{validate, Language};
use bottega_i18n::Localizer;
use bottega_storage::communication::communities::Community;
use serde::Deserialize;

use super::WorkshopForm;
use crate::view::FormErrors;

pub const TITLE_MAX: usize = 150;
pub const FOCAL_QUESTION_MAX: usize = 500;
pub const DESCRIPTION_MAX: usize = 2000;
pub const NARRATIVE_MAX: usize = 20_000;
pub const CHOICE_MAX: usize = 500;
/// The furthest horizon a workshop may look at.
pub const HORIZON_LAST: i32 = 2100;

/// The current year (UTC).
pub fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}

/// The first and last horizon year allowed in `year`: from next year to 2100.
pub fn horizon_range(year: i32) -> (i32, i32) {
    (year + 1, HORIZON_LAST.max(year + 1))
}

/// A rating from 1 to 5, or the problem with it recorded under `field`.
pub fn rating(l: &Localizer, e: &mut FormErrors, field: &'static str, value: &str) -> i32 {
    let v = value.trim();
    if v.is_empty() {
        e.add_message(field, l.t("workshop-error-rating-missing"));
        return 0;
    }
    match v.parse::<i32>() {
        Ok(n) if (1..=5).contains(&n) => n,
        _ => {
            e.add_message(field, l.t("workshop-error-rating"));
            0
        }
    }
}

pub struct ValidWorkshop {
    pub title: String,
    pub focal_question: String,
    pub horizon_year: i32,
    pub lang: Language,
    pub community_id: i64,
}

/// Checks a new workshop; `communities` are those the person may see, among which they choose.
pub fn workshop(
    l: &Localizer,
    form: &WorkshopForm,
    communities: &[Community],
    year: i32,
) -> Result<ValidWorkshop, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let focal_question = e.check(
        l,
        "focal_question",
        validate::text(&form.focal_question, true, FOCAL_QUESTION_MAX),
    );
    let (min, max) = horizon_range(year);
    let horizon = form.horizon_year.trim();
    let horizon_year = if horizon.is_empty() {
        e.add(l, "horizon_year", &validate::FieldError::Required);
        0
    } else {
        match horizon.parse::<i32>() {
            Ok(y) if (min..=max).contains(&y) => y,
            _ => {
                e.add_message(
                    "horizon_year",
                    l.t2("workshop-error-horizon", "min", min, "max", max),
                );
                0
            }
        }
    };
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let community = form.community.trim();
    let community_id = if community.is_empty() {
        e.add(l, "community", &validate::FieldError::Required);
        None
    } else {
        let found = community
            .parse::<i64>()
            .ok()
            .filter(|id| communities.iter().any(|c| c.id == *id));
        if found.is_none() {
            e.add_message("community", l.t("workshop-error-community"));
        }
        found
    };
    match (lang, community_id) {
        (Some(lang), Some(community_id)) if e.is_empty() => Ok(ValidWorkshop {
            title,
            focal_question,
            horizon_year,
            lang,
            community_id,
        }),
        _ => Err(e),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct DriverForm {
    pub title: String,
    pub description: String,
    pub kind: String,
}

pub struct ValidDriver {
    pub title: String,
    pub description: String,
    pub kind: &'static str,
}

pub fn driver(l: &Localizer, form: &DriverForm) -> Result<ValidDriver, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, DESCRIPTION_MAX),
    );
    let kind = e.check(
        l,
        "kind",
        validate::choice(&form.kind, |k| match k {
            "trend" => Some("trend"),
            "uncertainty" => Some("uncertainty"),
            _ => None,
        })
        .map(Some),
    );
    match kind {
        Some(kind) if e.is_empty() => Ok(ValidDriver {
            title,
            description,
            kind,
        }),
        _ => Err(e),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct DriverRatingForm {
    pub impact: String,
    pub uncertainty: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ChoiceRatingForm {
    pub plausibility: String,
    pub desirability: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AxesForm {
    pub x_driver: String,
    pub y_driver: String,
    pub x_low: String,
    pub x_high: String,
    pub y_low: String,
    pub y_high: String,
}

pub struct ValidAxes {
    pub x_driver: i64,
    pub y_driver: i64,
    pub x_low: String,
    pub x_high: String,
    pub y_low: String,
    pub y_high: String,
}

/// Checks the axes against the workshop's drivers (`drivers` holds their ids).
pub fn axes(l: &Localizer, form: &AxesForm, drivers: &[i64]) -> Result<ValidAxes, FormErrors> {
    let mut e = FormErrors::new();
    if drivers.len() < 2 {
        e.add_message("x_driver", l.t("workshop-error-two-drivers"));
    }
    let pick = |e: &mut FormErrors, field: &'static str, value: &str| -> Option<i64> {
        let v = value.trim();
        if v.is_empty() {
            if e.get(field).is_none() && drivers.len() >= 2 {
                e.add(l, field, &validate::FieldError::Required);
            }
            return None;
        }
        let id = v.parse::<i64>().ok().filter(|id| drivers.contains(id));
        if id.is_none() && e.get(field).is_none() {
            e.add_message(field, l.t("workshop-error-driver-elsewhere"));
        }
        id
    };
    let x = pick(&mut e, "x_driver", &form.x_driver);
    let y = pick(&mut e, "y_driver", &form.y_driver);
    if x.is_some() && x == y {
        e.add_message("y_driver", l.t("workshop-error-same-axis"));
    }
    let x_low = e.check(l, "x_low", validate::line(&form.x_low, true, TITLE_MAX));
    let x_high = e.check(l, "x_high", validate::line(&form.x_high, true, TITLE_MAX));
    let y_low = e.check(l, "y_low", validate::line(&form.y_low, true, TITLE_MAX));
    let y_high = e.check(l, "y_high", validate::line(&form.y_high, true, TITLE_MAX));
    match (x, y) {
        (Some(x_driver), Some(y_driver)) if e.is_empty() => Ok(ValidAxes {
            x_driver,
            y_driver,
            x_low,
            x_high,
            y_low,
            y_high,
        }),
        _ => Err(e),
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ScenarioForm {
    pub name: String,
    pub narrative: String,
    /// The revision the person started from.
    pub revision: String,
    /// `preview` to see the narrative rendered without saving.
    pub action: String,
}

pub struct ValidScenario {
    pub name: String,
    pub narrative: String,
}

pub fn scenario(l: &Localizer, form: &ScenarioForm) -> Result<ValidScenario, FormErrors> {
    let mut e = FormErrors::new();
    let name = e.check(l, "name", validate::line(&form.name, true, TITLE_MAX));
    let narrative = e.check(
        l,
        "narrative",
        validate::text(&form.narrative, true, NARRATIVE_MAX),
    );
    if e.is_empty() {
        Ok(ValidScenario { name, narrative })
    } else {
        Err(e)
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ChoiceForm {
    pub text: String,
    pub direction: String,
}

pub struct ValidChoice {
    pub text: String,
    pub direction: &'static str,
}

pub fn choice(l: &Localizer, form: &ChoiceForm) -> Result<ValidChoice, FormErrors> {
    let mut e = FormErrors::new();
    let text = e.check(l, "text", validate::text(&form.text, true, CHOICE_MAX));
    let direction = e.check(
        l,
        "direction",
        validate::choice(&form.direction, |d| match d {
            "towards" => Some("towards"),
            "away" => Some("away"),
            _ => None,
        })
        .map(Some),
    );
    match direction {
        Some(direction) if e.is_empty() => Ok(ValidChoice { text, direction }),
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        match bottega_i18n::Catalogs::load() {
            Ok(c) => c.localizer("en"),
            Err(e) => panic!("catalogs: {e:?}"),
        }
    }

    fn community(id: i64) -> Community {
        Community {
            id,
            slug: format!("c{id}"),
            name: format!("Community {id}"),
            description: String::new(),
            description_lang: None,
            visibility: "public".into(),
            org_id: None,
            position: 0,
            thread_count: 0,
            post_count: 0,
            last_post_at: None,
            created_at: 0,
            group_id: None,
            read_only: false,
        }
    }

    #[test]
    fn ratings_are_whole_numbers_from_one_to_five() {
        let l = l();
        for (value, ok) in [
            ("1", Some(1)),
            (" 5 ", Some(5)),
            ("0", None),
            ("6", None),
            ("-1", None),
            ("3.5", None),
            ("abc", None),
            ("", None),
            ("99999999999999999999", None),
        ] {
            let mut e = FormErrors::new();
            let n = rating(&l, &mut e, "impact", value);
            match ok {
                Some(expected) => {
                    assert_eq!(n, expected, "{value}");
                    assert!(e.is_empty(), "{value}");
                }
                None => assert!(e.get("impact").is_some(), "{value}"),
            }
        }
    }

    #[test]
    fn a_workshop_needs_a_visible_community_and_a_future_horizon() {
        let l = l();
        let visible = [community(1), community(2)];
        let good = WorkshopForm {
            title: "Bakeries in 2040".into(),
            focal_question: "How will bakers learn?".into(),
            horizon_year: "2040".into(),
            lang: "it".into(),
            community: "2".into(),
        };
        let v = match workshop(&l, &good, &visible, 2030) {
            Ok(v) => v,
            Err(e) => panic!("{:?}", e.items()),
        };
        assert_eq!((v.community_id, v.horizon_year), (2, 2040));
        for (year, ok) in [
            ("2030", false),
            ("2031", true),
            ("2100", true),
            ("2101", false),
            ("soon", false),
            ("", false),
        ] {
            let f = WorkshopForm {
                horizon_year: year.into(),
                ..good_clone(&good)
            };
            assert_eq!(workshop(&l, &f, &visible, 2030).is_ok(), ok, "{year}");
        }
        let hidden = WorkshopForm {
            community: "3".into(),
            ..good_clone(&good)
        };
        let e = workshop(&l, &hidden, &visible, 2030)
            .err()
            .map(|e| e.items().to_vec());
        assert_eq!(e.map(|e| e[0].0), Some("community"));
        let long = WorkshopForm {
            title: "x".repeat(TITLE_MAX + 1),
            lang: "xx".into(),
            ..good_clone(&good)
        };
        let fields: Vec<&str> = match workshop(&l, &long, &visible, 2030) {
            Err(e) => e.items().iter().map(|(f, _)| *f).collect(),
            Ok(_) => panic!("accepted"),
        };
        assert_eq!(fields, ["title", "lang"]);
    }

    fn good_clone(f: &WorkshopForm) -> WorkshopForm {
        WorkshopForm {
            title: f.title.clone(),
            focal_question: f.focal_question.clone(),
            horizon_year: f.horizon_year.clone(),
            lang: f.lang.clone(),
            community: f.community.clone(),
        }
    }

    #[test]
    fn axes_need_two_different_drivers_of_the_workshop_and_named_poles() {
        let l = l();
        let form = AxesForm {
            x_driver: "1".into(),
            y_driver: "2".into(),
            x_low: "Slow".into(),
            x_high: "Fast".into(),
            y_low: "Local".into(),
            y_high: "European".into(),
        };
        assert!(axes(&l, &form, &[1, 2, 3]).is_ok());
        let fields = |f: &AxesForm, d: &[i64]| -> Vec<&'static str> {
            match axes(&l, f, d) {
                Err(e) => e.items().iter().map(|(f, _)| *f).collect(),
                Ok(_) => Vec::new(),
            }
        };
        let same = AxesForm {
            y_driver: "1".into(),
            ..form.clone()
        };
        assert_eq!(fields(&same, &[1, 2]), ["y_driver"]);
        assert_eq!(fields(&form, &[1]), ["x_driver", "y_driver"]);
        let other = AxesForm {
            y_driver: "9".into(),
            x_high: String::new(),
            ..form.clone()
        };
        assert_eq!(fields(&other, &[1, 2]), ["y_driver", "x_high"]);
        let tampered = AxesForm {
            x_driver: "one".into(),
            ..form.clone()
        };
        assert_eq!(fields(&tampered, &[1, 2]), ["x_driver"]);
    }

    #[test]
    fn drivers_choices_and_scenarios_are_bounded() {
        let l = l();
        let d = DriverForm {
            title: "Automation".into(),
            description: "d".repeat(DESCRIPTION_MAX + 1),
            kind: "fashion".into(),
        };
        let fields: Vec<&str> = match driver(&l, &d) {
            Err(e) => e.items().iter().map(|(f, _)| *f).collect(),
            Ok(_) => panic!("accepted"),
        };
        assert_eq!(fields, ["description", "kind"]);
        let c = ChoiceForm {
            text: "c".repeat(CHOICE_MAX),
            direction: "towards".into(),
        };
        assert!(choice(&l, &c).is_ok());
        let c = ChoiceForm {
            text: "c".repeat(CHOICE_MAX + 1),
            direction: String::new(),
        };
        assert_eq!(choice(&l, &c).err().map(|e| e.items().len()), Some(2));
        let s = ScenarioForm {
            name: "  ".into(),
            narrative: "n".repeat(NARRATIVE_MAX + 1),
            ..ScenarioForm::default()
        };
        assert_eq!(scenario(&l, &s).err().map(|e| e.items().len()), Some(2));
    }
}
