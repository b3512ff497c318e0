//! The structured template of a practice as people type it, checked. `check` is pure: it turns
//! the form into clean values or names each problem at its field; what needs the database
//! (which resources the author can see, which organisations they belong to, the working group)
//! is checked by the handlers.

use std::collections::HashMap;

use bottega_domain::{validate, CodeSet, Competence, Country, Language, Sector, Theme, EQF_LEVELS};
use bottega_i18n::Localizer;
use bottega_storage::cooperation::practices::{
    self as store, PracticeVersion, Section, Template, COMPETENCE, COUNTRY, SECTOR, THEME,
};
use serde::Deserialize;

use crate::view::FormErrors;

pub const TITLE_MAX: usize = 200;
/// The summary is what lists show: a paragraph, not an essay.
pub const SUMMARY_MAX: usize = 1_500;
pub const SECTION_MAX: usize = 20_000;
pub const CHANGE_NOTE_MAX: usize = 1_000;
/// At most this many themes, sectors and competence tags each.
pub const TAGS_MAX: usize = 12;
/// A practice may have run in many countries (a European network), but not everywhere at once.
pub const COUNTRIES_MAX: usize = 30;
pub const LINKS_MAX: usize = 20;

/// The sections of the template in the order they are written and shown: the form field (also
/// the anchor on the practice page), whether it is required, and its longest length.
pub const SECTIONS: [(&str, bool, usize); 8] = [
    ("summary", true, SUMMARY_MAX),
    ("context", false, SECTION_MAX),
    ("problem", true, SECTION_MAX),
    ("practice", true, SECTION_MAX),
    ("resources", false, SECTION_MAX),
    ("results", true, SECTION_MAX),
    ("transferability", false, SECTION_MAX),
    ("lessons", false, SECTION_MAX),
];

/// What the form shows: the input as typed, so nothing is lost when it comes back.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PracticeForm {
    pub title: String,
    pub summary: String,
    pub context: String,
    pub problem: String,
    pub practice: String,
    pub resources: String,
    pub results: String,
    pub transferability: String,
    pub lessons: String,
    pub lang: String,
    pub eqf: String,
    pub themes: Vec<String>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    pub competences: Vec<String>,
    /// Toolbox resources, one address or number a line.
    pub links: String,
    /// The organisation it is submitted for (new practices only).
    pub org: String,
    /// The working group whose outcome is proposed (new practices only).
    pub group: String,
    /// What changed (new versions only).
    pub change_note: String,
    /// `preview` shows the sections rendered, without saving anything.
    pub action: String,
}

impl PracticeForm {
    /// The text of section `field` (one of [`SECTIONS`]).
    pub fn section(&self, field: &str) -> &str {
        match field {
            "summary" => &self.summary,
            "context" => &self.context,
            "problem" => &self.problem,
            "practice" => &self.practice,
            "resources" => &self.resources,
            "results" => &self.results,
            "transferability" => &self.transferability,
            "lessons" => &self.lessons,
            _ => "",
        }
    }

    /// The form of a new version, filled from the newest one.
    pub fn from_version(v: &PracticeVersion, tags: &[(String, String)], links: &[i64]) -> Self {
        let of = |dimension: &str| -> Vec<String> {
            tags.iter()
                .filter(|(d, _)| d == dimension)
                .map(|(_, c)| c.clone())
                .collect()
        };
        PracticeForm {
            title: v.title.clone(),
            summary: v.summary_md.clone(),
            context: v.context_md.clone(),
            problem: v.problem_md.clone(),
            practice: v.practice_md.clone(),
            resources: v.resources_md.clone(),
            results: v.results_md.clone(),
            transferability: v.transferability_md.clone(),
            lessons: v.lessons_md.clone(),
            lang: v.lang.clone(),
            eqf: v.eqf_level.map(|l| l.to_string()).unwrap_or_default(),
            themes: of(THEME),
            sectors: of(SECTOR),
            countries: of(COUNTRY),
            competences: of(COMPETENCE),
            links: links
                .iter()
                .map(|id| format!("/resources/{id}"))
                .collect::<Vec<_>>()
                .join("\n"),
            ..PracticeForm::default()
        }
    }
}

/// A checked form: the Markdown of each section in [`SECTIONS`] order and the descriptors.
#[derive(Debug, Clone)]
pub struct ValidPractice {
    pub title: String,
    pub sections: [String; 8],
    pub lang: Language,
    pub eqf_level: Option<i64>,
    pub themes: Vec<Theme>,
    pub sectors: Vec<Sector>,
    pub countries: Vec<Country>,
    pub competences: Vec<Competence>,
    pub change_note: String,
}

/// Checks the template but for its links (see [`links`]). `revising` asks for a change note.
/// Problems go to `e`; `None` then.
pub fn check(
    l: &Localizer,
    e: &mut FormErrors,
    form: &PracticeForm,
    revising: bool,
) -> Option<ValidPractice> {
    let title = e.check(l, "title", validate::line(&form.title, true, TITLE_MAX));
    let mut sections: [String; 8] = Default::default();
    for (slot, (field, required, max)) in sections.iter_mut().zip(SECTIONS) {
        *slot = e.check(l, field, validate::text(form.section(field), required, max));
    }
    let lang = e.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let eqf_level = eqf(l, e, &form.eqf);
    let themes = e.check(
        l,
        "themes",
        validate::choices(&form.themes, Theme::parse, TAGS_MAX),
    );
    let sectors = e.check(
        l,
        "sectors",
        validate::choices(&form.sectors, Sector::parse, TAGS_MAX),
    );
    let countries = e.check(
        l,
        "countries",
        validate::choices(&form.countries, Country::parse, COUNTRIES_MAX),
    );
    if countries.is_empty() && e.get("countries").is_none() {
        e.add_message("countries", l.t("bp-error-country-required"));
    }
    let competences = e.check(
        l,
        "competences",
        validate::choices(&form.competences, Competence::parse, TAGS_MAX),
    );
    let change_note = if revising {
        e.check(
            l,
            "change_note",
            validate::text(&form.change_note, true, CHANGE_NOTE_MAX),
        )
    } else {
        String::new()
    };
    match lang {
        Some(lang) if e.is_empty() => Some(ValidPractice {
            title,
            sections,
            lang,
            eqf_level,
            themes,
            sectors,
            countries,
            competences,
            change_note,
        }),
        _ => None,
    }
}

/// An optional EQF level, 1 to 8.
fn eqf(l: &Localizer, e: &mut FormErrors, value: &str) -> Option<i64> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i64>() {
        Ok(n) if EQF_LEVELS.contains(&n) => Some(n),
        _ => {
            e.add(l, "eqf", &validate::FieldError::InvalidChoice);
            None
        }
    }
}

/// The links typed in the links field: the resource numbers, each with the line it was read
/// from (one address or number a line, blank lines skipped, each resource once), and the lines
/// that name no resource. Too many lines is named at the field here; which resources the author
/// may see is the handler's to check, so that one message names every line that cannot be
/// linked.
pub fn links(l: &Localizer, e: &mut FormErrors, value: &str) -> (Vec<(i64, String)>, Vec<String>) {
    let lines: Vec<&str> = value
        .lines()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if lines.len() > LINKS_MAX {
        e.add_message(
            "links",
            l.t1("bp-error-too-many-links", "limit", LINKS_MAX as i64),
        );
        return (Vec::new(), Vec::new());
    }
    let mut found: Vec<(i64, String)> = Vec::new();
    let mut unreadable = Vec::new();
    for line in lines {
        match crate::features::sharing::resource_number(line) {
            Some(n) if found.iter().any(|(id, _)| *id == n) => {}
            Some(n) => found.push((n, line.to_string())),
            None => unreadable.push(shorten(line)),
        }
    }
    (found, unreadable)
}

/// A typed line as an error message quotes it: at most 80 characters.
pub fn shorten(line: &str) -> String {
    if line.chars().count() <= 80 {
        line.to_string()
    } else {
        format!("{}…", line.chars().take(79).collect::<String>())
    }
}

/// Markdown to the HTML stored beside it, rendered once when a version is saved. Headings the
/// author writes sit under the section headings (`h2`), so they start at `h3`.
pub fn render(md: &str) -> String {
    if md.is_empty() {
        return String::new();
    }
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, 2)
}

/// A checked form rendered for storage: owns the HTML the [`Template`] borrows.
pub struct Rendered {
    pub html: [String; 8],
}

impl Rendered {
    pub fn of(v: &ValidPractice) -> Rendered {
        Rendered {
            html: std::array::from_fn(|i| render(&v.sections[i])),
        }
    }

    /// The storage template of `v`, linking `resource_ids`.
    pub fn template<'a>(&'a self, v: &'a ValidPractice, resource_ids: Vec<i64>) -> Template<'a> {
        let section = |i: usize| Section {
            md: &v.sections[i],
            html: &self.html[i],
        };
        let mut tags: Vec<(&str, &str)> = Vec::new();
        tags.extend(v.themes.iter().map(|t| (store::THEME, t.code())));
        tags.extend(v.sectors.iter().map(|t| (store::SECTOR, t.code())));
        tags.extend(v.countries.iter().map(|t| (store::COUNTRY, t.code())));
        tags.extend(v.competences.iter().map(|t| (store::COMPETENCE, t.code())));
        Template {
            title: &v.title,
            summary: section(0),
            context: section(1),
            problem: section(2),
            practice: section(3),
            resources: section(4),
            results: section(5),
            transferability: section(6),
            lessons: section(7),
            lang: v.lang.code(),
            eqf_level: v.eqf_level,
            tags,
            resource_ids,
            change_note: &v.change_note,
        }
    }
}

/// The first paragraph of a Markdown text, at most `max` characters (cut at a word), for a
/// summary prefilled from a longer text.
pub fn first_paragraph(md: &str, max: usize) -> String {
    let para = md
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty())
        .unwrap_or("")
        .to_string();
    if para.chars().count() <= max {
        return para;
    }
    let cut: String = para.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(at) if at > 0 => cut[..at].trim_end().to_string(),
        _ => cut,
    };
    format!("{cut}…")
}

/// The codes of `T` that a list of typed values holds, for prefilling checkboxes.
pub fn known<T: CodeSet>(values: &[String]) -> Vec<T> {
    values.iter().filter_map(|v| T::parse(v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l() -> Localizer {
        bottega_i18n::Catalogs::load()
            .expect("catalogs")
            .localizer("en")
    }

    fn form() -> PracticeForm {
        PracticeForm {
            title: "Peer tutoring in the bakery workshop".into(),
            summary: "Second-year apprentices coach first-years.".into(),
            problem: "First-years drop out in their first months.".into(),
            practice: "Pairs meet weekly at the oven.".into(),
            results: "Drop-outs fell by a third.".into(),
            lang: "en".into(),
            eqf: "4".into(),
            themes: vec![Theme::ALL[0].code().into()],
            countries: vec!["IT".into(), "IT".into()],
            links: "12\n\n/resources/7\nhttps://x.example/resources/12?a".into(),
            ..PracticeForm::default()
        }
    }

    #[test]
    fn a_sound_practice_passes_with_optional_sections_empty() {
        let mut e = FormErrors::new();
        let v = check(&l(), &mut e, &form(), false).expect("valid");
        assert!(e.is_empty());
        assert_eq!(v.eqf_level, Some(4));
        assert_eq!(v.countries, vec![Country::It]);
        assert_eq!(v.sections[1], "");
        let (found, unreadable) = links(&l(), &mut e, &form().links);
        assert!(e.is_empty() && unreadable.is_empty());
        assert_eq!(
            found.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            vec![12, 7]
        );
        let r = Rendered::of(&v);
        assert!(r.html[0].contains("coach"));
        assert_eq!(r.html[1], "");
        let t = r.template(&v, vec![7]);
        assert!(t.tags.contains(&("country", "IT")));
    }

    #[test]
    fn each_problem_is_named_at_its_field() {
        let f = PracticeForm {
            title: " ".into(),
            results: String::new(),
            summary: "x".repeat(SUMMARY_MAX + 1),
            eqf: "9".into(),
            countries: Vec::new(),
            themes: vec!["nope".into()],
            links: "twelve".into(),
            lang: "xx".into(),
            ..form()
        };
        let mut e = FormErrors::new();
        assert!(check(&l(), &mut e, &f, true).is_none());
        assert_eq!(links(&l(), &mut e, &f.links).1, vec!["twelve".to_string()]);
        for field in [
            "title",
            "summary",
            "results",
            "eqf",
            "countries",
            "themes",
            "lang",
            "change_note",
        ] {
            assert!(e.get(field).is_some(), "{field}: {:?}", e.items());
        }
    }

    #[test]
    fn a_prefilled_summary_is_the_first_paragraph_cut_at_a_word() {
        assert_eq!(first_paragraph("\n\nOne two.\n\nThree.", 100), "One two.");
        assert_eq!(first_paragraph("alpha beta gamma", 12), "alpha beta…");
        assert!(first_paragraph(&"y".repeat(50), 10).chars().count() <= 10);
    }
}
