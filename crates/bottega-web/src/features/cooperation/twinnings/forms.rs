//! What people type into a twinning's forms (the twinning, a lot's state, an activity, a
//! coaching log entry), checked. Each function returns clean values or the problems, each
//! named for its field in the reader's language; nothing here touches the database, so the
//! rules are tested below without one.

use bottega_domain::{validate, Language, TargetGroup};
use bottega_i18n::Localizer;
use bottega_storage::cooperation::twinnings as store;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::view::{date_field, FormErrors};

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 20_000;
pub const NOTE_MAX: usize = 1_000;
pub const ACTIVITY_DESCRIPTION_MAX: usize = 5_000;
pub const PLACE_MAX: usize = 200;
pub const TOPIC_MAX: usize = 200;
pub const LOG_TEXT_MAX: usize = 10_000;
/// The most people of one category an activity can count: more is a typing slip.
pub const HEADCOUNT_MAX: i64 = 10_000;

/// A calendar date in the reader's language ("31 December 2028").
pub fn day(l: &Localizer, d: NaiveDate) -> String {
    d.and_hms_opt(12, 0, 0)
        .map(|t| l.date(t.and_utc().timestamp_millis()))
        .unwrap_or_else(|| d.to_string())
}

/// Both ends of a period, the end not before the start (else the problem is named at the end).
fn period(
    l: &Localizer,
    e: &mut FormErrors,
    starts_on: &str,
    ends_on: &str,
) -> Option<(NaiveDate, NaiveDate)> {
    let starts = date_field(l, e, "starts_on", starts_on, true);
    let ends = date_field(l, e, "ends_on", ends_on, true);
    match (starts, ends) {
        (Some(s), Some(end)) if end < s => {
            e.add_message("ends_on", l.t("tw-error-ends-before-start"));
            None
        }
        (Some(s), Some(end)) => Some((s, end)),
        _ => None,
    }
}

/// The latest day something can have happened on: tomorrow in UTC, so a meeting held in the
/// morning east of Greenwich is never "in the future".
pub fn latest_past_day() -> NaiveDate {
    chrono::Utc::now().date_naive() + chrono::Days::new(1)
}

// ---- The twinning ---------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct TwinningForm {
    /// Organisation ids; only when starting a twinning.
    pub coaching: String,
    pub coached: String,
    pub title: String,
    pub description: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
}

pub struct ValidTwinning {
    pub title: String,
    pub description: String,
    pub lang: Language,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// Checks what a twinning says about itself. Its period must fit in the partnership's
/// (`within`, both ends included); when it does not, the problem names the partnership's period.
pub fn twinning(
    l: &Localizer,
    form: &TwinningForm,
    within: (NaiveDate, NaiveDate),
    e: &mut FormErrors,
) -> Option<ValidTwinning> {
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, DESCRIPTION_MAX),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let dates = period(l, e, &form.starts_on, &form.ends_on);
    if let Some((s, end)) = dates {
        let outside = l.t2(
            "tw-error-outside-partnership",
            "start",
            day(l, within.0),
            "end",
            day(l, within.1),
        );
        if s < within.0 || s > within.1 {
            e.add_message("starts_on", outside.clone());
        }
        if end > within.1 || end < within.0 {
            e.add_message("ends_on", outside);
        }
    }
    match (lang, dates) {
        (Some(lang), Some((starts_on, ends_on))) if e.is_empty() => Some(ValidTwinning {
            title,
            description,
            lang,
            starts_on,
            ends_on,
        }),
        _ => None,
    }
}

/// The two sides chosen when starting a twinning: each one of `parties`, different from each
/// other, and at least one administered by the person starting it (`admin_of`).
pub fn sides(
    l: &Localizer,
    form: &TwinningForm,
    parties: &[i64],
    admin_of: &[i64],
    e: &mut FormErrors,
) -> Option<(i64, i64)> {
    let mut pick = |field: &'static str, value: &str| -> Option<i64> {
        let v = value.trim();
        if v.is_empty() {
            e.add(l, field, &validate::FieldError::Required);
            return None;
        }
        let found = v.parse::<i64>().ok().filter(|id| parties.contains(id));
        if found.is_none() {
            e.add_message(field, l.t("tw-error-not-party"));
        }
        found
    };
    let coaching = pick("coaching", &form.coaching);
    let coached = pick("coached", &form.coached);
    let (coaching, coached) = (coaching?, coached?);
    if coaching == coached {
        e.add_message("coached", l.t("tw-error-same-org"));
        return None;
    }
    if !admin_of.contains(&coaching) && !admin_of.contains(&coached) {
        e.add_message("coaching", l.t("tw-error-not-your-org"));
        return None;
    }
    Some((coaching, coached))
}

// ---- A lot's state ------------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct LotForm {
    pub status: String,
    pub note: String,
}

pub struct ValidLot {
    pub status: &'static str,
    pub note: String,
}

pub fn lot_status_code(s: &str) -> Option<&'static str> {
    store::LOT_STATUSES.into_iter().find(|x| *x == s.trim())
}

pub fn activity_status_code(s: &str) -> Option<&'static str> {
    store::ACTIVITY_STATUSES
        .into_iter()
        .find(|x| *x == s.trim())
}

pub fn lot(l: &Localizer, form: &LotForm) -> Result<ValidLot, FormErrors> {
    let mut e = FormErrors::new();
    let status = e.check(
        l,
        "status",
        validate::choice(&form.status, lot_status_code).map(Some),
    );
    let note = e.check(l, "note", validate::text(&form.note, false, NOTE_MAX));
    match status {
        Some(status) if e.is_empty() => Ok(ValidLot { status, note }),
        _ => Err(e),
    }
}

// ---- Activities ---------------------------------------------------------------------------

/// The form field of the headcount of one category of participant. Field names must be
/// `'static` to be named in [`FormErrors`]; a match keeps them in step with `TargetGroup`.
pub fn headcount_field(t: TargetGroup) -> &'static str {
    match t {
        TargetGroup::VetTeachers => "hc-vet-teachers",
        TargetGroup::InCompanyTrainers => "hc-in-company-trainers",
        TargetGroup::Mentors => "hc-mentors",
        TargetGroup::Learners => "hc-learners",
        TargetGroup::Apprentices => "hc-apprentices",
        TargetGroup::SchoolLeaders => "hc-school-leaders",
        TargetGroup::GuidanceCounsellors => "hc-guidance-counsellors",
        TargetGroup::Employers => "hc-employers",
        TargetGroup::PolicyMakers => "hc-policy-makers",
        TargetGroup::AdultLearners => "hc-adult-learners",
    }
}

/// An activity as typed. The headcounts come as one field per category (`hc-<code>`), so the
/// form is read from its pairs rather than a fixed structure.
#[derive(Debug, Default, Clone)]
pub struct ActivityForm {
    pub title: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    pub status: String,
    pub lang: String,
    /// The `updated_at` of the activity the edit form was filled from.
    pub version: String,
    /// What was typed for each category, in `TargetGroup::ALL` order.
    pub headcounts: Vec<(TargetGroup, String)>,
}

impl ActivityForm {
    /// An empty form: every category present, nothing typed.
    pub fn blank() -> ActivityForm {
        ActivityForm {
            headcounts: TargetGroup::ALL
                .iter()
                .map(|t| (*t, String::new()))
                .collect(),
            ..ActivityForm::default()
        }
    }

    /// Reads a submitted form; unknown fields are ignored, a field sent twice keeps its last
    /// value, and each text is cut at a generous length before checking (the checks name the
    /// real limit) so a huge body costs nothing more.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> ActivityForm {
        let mut f = ActivityForm::blank();
        for (k, v) in pairs {
            let v: String = v.chars().take(ACTIVITY_DESCRIPTION_MAX * 2).collect();
            match k.as_str() {
                "title" => f.title = v,
                "description" => f.description = v,
                "starts_on" => f.starts_on = v,
                "ends_on" => f.ends_on = v,
                "place" => f.place = v,
                "status" => f.status = v,
                "lang" => f.lang = v,
                "version" => f.version = v,
                other => {
                    if let Some(slot) = f
                        .headcounts
                        .iter_mut()
                        .find(|(t, _)| headcount_field(*t) == other)
                    {
                        slot.1 = v;
                    }
                }
            }
        }
        f
    }

    pub fn headcount(&self, t: TargetGroup) -> &str {
        self.headcounts
            .iter()
            .find(|(x, _)| *x == t)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

pub struct ValidActivity {
    pub title: String,
    pub description: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    pub status: &'static str,
    pub lang: Language,
    /// Categories with at least one participant.
    pub participants: Vec<(TargetGroup, i64)>,
}

/// A whole number of people from 0 to [`HEADCOUNT_MAX`]; empty is none.
pub fn headcount(value: &str) -> Option<i64> {
    let v = value.trim();
    if v.is_empty() {
        return Some(0);
    }
    if v.len() > 6 || !v.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    v.parse::<i64>()
        .ok()
        .filter(|n| (0..=HEADCOUNT_MAX).contains(n))
}

/// Checks an activity. An activity cannot be done before it starts; `today` is the latest day
/// that counts as started (see [`latest_past_day`]).
pub fn activity(
    l: &Localizer,
    form: &ActivityForm,
    today: NaiveDate,
) -> Result<ValidActivity, FormErrors> {
    let mut e = FormErrors::new();
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, ACTIVITY_DESCRIPTION_MAX),
    );
    let dates = period(l, &mut e, &form.starts_on, &form.ends_on);
    let place = e.check(l, "place", validate::line(&form.place, false, PLACE_MAX));
    let status = e.check(
        l,
        "status",
        validate::choice(&form.status, activity_status_code).map(Some),
    );
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    if let (Some(store::DONE), Some((starts, _))) = (status, dates) {
        if starts > today {
            e.add_message("status", l.t("tw-error-done-in-future"));
        }
    }
    let mut participants = Vec::new();
    for (t, typed) in &form.headcounts {
        match headcount(typed) {
            Some(0) => {}
            Some(n) => participants.push((*t, n)),
            None => e.add_message(
                headcount_field(*t),
                l.t1("tw-error-headcount", "category", l.t(&t.message_id())),
            ),
        }
    }
    match (dates, status, lang) {
        (Some((starts_on, ends_on)), Some(status), Some(lang)) if e.is_empty() => {
            Ok(ValidActivity {
                title,
                description,
                starts_on,
                ends_on,
                place,
                status,
                lang,
                participants,
            })
        }
        _ => Err(e),
    }
}

// ---- The coaching log ---------------------------------------------------------------------

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct LogForm {
    /// The side writing: an organisation id, asked only of people in both.
    pub side: String,
    pub held_on: String,
    pub topic: String,
    pub agreed: String,
    pub next_steps: String,
    pub lang: String,
}

pub struct ValidLog {
    pub side: i64,
    pub held_on: NaiveDate,
    pub topic: String,
    pub agreed: String,
    pub next_steps: String,
    pub lang: Language,
}

/// Checks a log entry. `sides` are the writer's organisations among the two: with one, the
/// entry is that side's whatever the form says; with both, the writer must choose.
pub fn log_entry(
    l: &Localizer,
    form: &LogForm,
    sides: &[i64],
    today: NaiveDate,
) -> Result<ValidLog, FormErrors> {
    let mut e = FormErrors::new();
    let side = match sides {
        [only] => Some(*only),
        _ => {
            let v = form.side.trim();
            let found = v.parse::<i64>().ok().filter(|id| sides.contains(id));
            if found.is_none() {
                if v.is_empty() {
                    e.add(l, "side", &validate::FieldError::Required);
                } else {
                    e.add_message("side", l.t("tw-error-side"));
                }
            }
            found
        }
    };
    let held_on = date_field(l, &mut e, "held_on", &form.held_on, true);
    if held_on.is_some_and(|d| d > today) {
        e.add_message("held_on", l.t("tw-error-held-in-future"));
    }
    let topic = e.check(l, "topic", validate::line(&form.topic, true, TOPIC_MAX));
    let agreed = e.check(
        l,
        "agreed",
        validate::text(&form.agreed, false, LOG_TEXT_MAX),
    );
    let next_steps = e.check(
        l,
        "next_steps",
        validate::text(&form.next_steps, false, LOG_TEXT_MAX),
    );
    if e.get("agreed").is_none()
        && e.get("next_steps").is_none()
        && agreed.is_empty()
        && next_steps.is_empty()
    {
        e.add_message("agreed", l.t("tw-error-log-empty"));
    }
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    match (side, held_on, lang) {
        (Some(side), Some(held_on), Some(lang)) if e.is_empty() => Ok(ValidLog {
            side,
            held_on,
            topic,
            agreed,
            next_steps,
            lang,
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

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn twinning_form() -> TwinningForm {
        TwinningForm {
            coaching: "1".into(),
            coached: "2".into(),
            title: "Dual training for Tirana".into(),
            description: "Coaching on **apprenticeships**.".into(),
            lang: "en".into(),
            starts_on: "2026-09-01".into(),
            ends_on: "2027-06-30".into(),
        }
    }

    #[test]
    fn a_twinning_fits_in_its_partnership() {
        let within = (d("2026-01-01"), d("2028-12-31"));
        let mut e = FormErrors::new();
        assert!(twinning(&l(), &twinning_form(), within, &mut e).is_some());
        assert!(e.is_empty());

        let f = TwinningForm {
            ends_on: "2029-01-01".into(),
            ..twinning_form()
        };
        let mut e = FormErrors::new();
        assert!(twinning(&l(), &f, within, &mut e).is_none());
        assert!(e
            .get("ends_on")
            .is_some_and(|m| m.contains("31 December 2028")));
        assert!(e.get("starts_on").is_none());

        let f = TwinningForm {
            ends_on: "2026-08-31".into(),
            ..twinning_form()
        };
        let mut e = FormErrors::new();
        assert!(twinning(&l(), &f, within, &mut e).is_none());
        assert_eq!(e.items().len(), 1);
        assert!(e.get("ends_on").is_some());
    }

    #[test]
    fn the_sides_are_two_different_parties_one_of_them_ones_own() {
        let mut e = FormErrors::new();
        assert_eq!(
            sides(&l(), &twinning_form(), &[1, 2, 3], &[2], &mut e),
            Some((1, 2))
        );
        let same = TwinningForm {
            coached: "1".into(),
            ..twinning_form()
        };
        let mut e = FormErrors::new();
        assert!(sides(&l(), &same, &[1, 2], &[1], &mut e).is_none());
        assert!(e.get("coached").is_some());
        let stranger = TwinningForm {
            coached: "9".into(),
            ..twinning_form()
        };
        let mut e = FormErrors::new();
        assert!(sides(&l(), &stranger, &[1, 2], &[1], &mut e).is_none());
        assert!(e.get("coached").is_some());
        let mut e = FormErrors::new();
        assert!(sides(&l(), &twinning_form(), &[1, 2, 3], &[3], &mut e).is_none());
        assert!(e.get("coaching").is_some());
    }

    #[test]
    fn headcounts_are_whole_numbers_up_to_ten_thousand() {
        assert_eq!(headcount(""), Some(0));
        assert_eq!(headcount(" 12 "), Some(12));
        assert_eq!(headcount("10000"), Some(10_000));
        for bad in [
            "10001",
            "-1",
            "2.5",
            "twelve",
            "1e3",
            "99999999999999999999",
        ] {
            assert_eq!(headcount(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_activity_names_each_bad_headcount_at_its_field() {
        let pairs = vec![
            ("title".to_string(), "Job shadowing in Bologna".to_string()),
            ("starts_on".into(), "2026-10-05".into()),
            ("ends_on".into(), "2026-10-09".into()),
            ("status".into(), "planned".into()),
            ("lang".into(), "it".into()),
            ("hc-vet-teachers".into(), "6".into()),
            ("hc-learners".into(), "lots".into()),
            ("hc-unknown".into(), "4".into()),
        ];
        let f = ActivityForm::from_pairs(pairs);
        assert_eq!(f.headcount(TargetGroup::VetTeachers), "6");
        let e = activity(&l(), &f, d("2026-01-01")).err().expect("refused");
        assert_eq!(e.items().len(), 1);
        assert!(e.get("hc-learners").is_some());

        let mut f = f;
        f.headcounts = ActivityForm::blank().headcounts;
        f.headcounts[0].1 = "6".into();
        let v = activity(&l(), &f, d("2026-01-01")).expect("valid");
        assert_eq!(v.participants, vec![(TargetGroup::VetTeachers, 6)]);
    }

    #[test]
    fn an_activity_is_not_done_before_it_starts() {
        let mut f = ActivityForm::blank();
        f.title = "Conference".into();
        f.starts_on = "2026-10-05".into();
        f.ends_on = "2026-10-04".into();
        f.status = "done".into();
        f.lang = "sq".into();
        let e = activity(&l(), &f, d("2026-12-01")).err().expect("refused");
        assert!(e.get("ends_on").is_some());
        f.ends_on = "2026-10-06".into();
        assert!(activity(&l(), &f, d("2026-12-01")).is_ok());
        let e = activity(&l(), &f, d("2026-10-04")).err().expect("refused");
        assert!(e.get("status").is_some());
    }

    #[test]
    fn a_log_entry_belongs_to_one_side() {
        let form = LogForm {
            side: String::new(),
            held_on: "2026-10-01".into(),
            topic: "Work placements".into(),
            agreed: "Two placements in spring.".into(),
            next_steps: String::new(),
            lang: "en".into(),
        };
        let today = d("2026-10-02");
        assert_eq!(
            log_entry(&l(), &form, &[7], today).map(|v| v.side).ok(),
            Some(7)
        );
        let e = log_entry(&l(), &form, &[7, 8], today)
            .err()
            .expect("refused");
        assert!(e.get("side").is_some());
        let chosen = LogForm {
            side: "8".into(),
            ..form.clone()
        };
        assert_eq!(
            log_entry(&l(), &chosen, &[7, 8], today)
                .map(|v| v.side)
                .ok(),
            Some(8)
        );
        let empty = LogForm {
            agreed: " ".into(),
            ..form.clone()
        };
        let e = log_entry(&l(), &empty, &[7], today).err().expect("refused");
        assert!(e.get("agreed").is_some());
        let e = log_entry(&l(), &form, &[7], d("2026-09-30"))
            .err()
            .expect("refused");
        assert!(e.get("held_on").is_some());
    }
}
