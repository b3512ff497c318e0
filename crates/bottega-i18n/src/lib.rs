//! Interface languages. Every string a person reads comes from a Project Fluent catalog under
//! `locales/<lang>/`, embedded in the binary. English is the reference: a test fails when any
//! other catalog lacks one of its messages or has one it does not.
//!
//! Dates and numbers are formatted through the catalogs too (month names, separators, the
//! order of day, month and year), so each language controls its own conventions.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

mod compiled;
use compiled::Messages;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The interface languages Bottega ships, with their names in themselves.
pub const UI_LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("pl", "Polski"),
    ("tr", "Türkçe"),
    ("sq", "Shqip"),
];

pub const DEFAULT_LANG: &str = "en";

/// Returns the shipped interface language with this code, as a `'static` string.
pub fn ui_language(code: &str) -> Option<&'static str> {
    UI_LANGUAGES.iter().map(|(c, _)| *c).find(|c| *c == code)
}

/// All catalogs, parsed once at start-up.
pub struct Catalogs {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
    /// Each language's date patterns, where they are plain (see [`Dates`]).
    dates: HashMap<&'static str, Dates>,
    /// Each language's messages that format without Fluent's resolver (see `compiled`).
    messages: HashMap<&'static str, Messages>,
}

/// A language's month names, resolved once: a list page shows dozens of dates, and formatting
/// each through Fluent (three messages for a date and time) was a tenth of such a page's CPU.
/// The date patterns themselves are kept messages (`compiled`). A language whose date messages
/// are not kept is not here, and is formatted by Fluent.
#[derive(Debug)]
struct Dates {
    months: Vec<String>,
}

impl Dates {
    fn of(messages: &Messages) -> Option<Dates> {
        if !(messages.has("date-format") && messages.has("datetime-format")) {
            return None;
        }
        let months = (1..=12)
            .map(|m| messages.format_texts(&format!("date-month-{m}"), &[]))
            .collect::<Option<Vec<_>>>()?;
        Some(Dates { months })
    }

    fn date(&self, messages: &Messages, dt: &chrono::DateTime<chrono::Utc>) -> Option<String> {
        use chrono::Datelike;
        messages.format_texts(
            "date-format",
            &[
                ("day", &dt.day().to_string()),
                ("month", self.months.get(dt.month0() as usize)?),
                ("year", &dt.year().to_string()),
            ],
        )
    }

    fn datetime(&self, messages: &Messages, dt: &chrono::DateTime<chrono::Utc>) -> Option<String> {
        let date = self.date(messages, dt)?;
        messages.format_texts("datetime-format", &[("date", &date), ("time", &clock(dt))])
    }
}

/// The time of day on a 24-hour clock, "09:05": written directly, since chrono's `format`
/// parses its pattern again on every call.
fn clock(dt: &chrono::DateTime<chrono::Utc>) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", dt.hour(), dt.minute())
}

impl std::fmt::Debug for Catalogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogs")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

/// The `.ftl` sources of one language, as embedded: (file name, text).
pub fn sources(lang: &str) -> Vec<(String, &'static str)> {
    let Some(dir) = LOCALES.get_dir(lang) else {
        return Vec::new();
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| Some((f.path().display().to_string(), f.contents_utf8()?)))
        .collect();
    files.sort();
    files
}

impl Catalogs {
    /// Parses every shipped catalog. Errors list each file and problem, so a broken catalog
    /// stops the server at start-up instead of showing message ids to people.
    pub fn load() -> Result<Arc<Catalogs>, Vec<String>> {
        let mut bundles = HashMap::new();
        let mut dates = HashMap::new();
        let mut messages = HashMap::new();
        let mut errors = Vec::new();
        for (code, _) in UI_LANGUAGES {
            let langid: LanguageIdentifier = match code.parse() {
                Ok(l) => l,
                Err(e) => {
                    errors.push(format!("{code}: {e}"));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            // Unicode isolation marks would end up inside HTML attributes and emails.
            bundle.set_use_isolating(false);
            let files = sources(code);
            if files.is_empty() {
                errors.push(format!("{code}: no catalog files"));
            }
            let mut ids = Vec::new();
            for (name, text) in files {
                match FluentResource::try_new(text.to_string()) {
                    Ok(res) => {
                        ids.extend(res.entries().filter_map(|e| match e {
                            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                            _ => None,
                        }));
                        if let Err(errs) = bundle.add_resource(res) {
                            errors.extend(errs.iter().map(|e| format!("{name}: {e}")));
                        }
                    }
                    Err((_, errs)) => errors.extend(errs.iter().map(|e| format!("{name}: {e:?}"))),
                }
            }
            if let Some(m) = Messages::of(&bundle, &langid, &ids) {
                if let Some(d) = Dates::of(&m) {
                    dates.insert(*code, d);
                }
                messages.insert(*code, m);
            }
            bundles.insert(*code, bundle);
        }
        if errors.is_empty() {
            Ok(Arc::new(Catalogs {
                bundles,
                dates,
                messages,
            }))
        } else {
            Err(errors)
        }
    }

    pub fn localizer(self: &Arc<Self>, lang: &str) -> Localizer {
        Localizer {
            catalogs: Arc::clone(self),
            lang: ui_language(lang).unwrap_or(DEFAULT_LANG),
        }
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        if let Some(text) = self.messages.get(lang).and_then(|m| m.format(id, args)) {
            return Some(text);
        }
        self.format_by_fluent(lang, id, args)
    }

    /// The message as Fluent's resolver formats it: the reference for `compiled`.
    fn format_by_fluent(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle.get_message(msg_id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang, id, ?errors, "message formatted with errors");
        }
        Some(text.into_owned())
    }
}

/// Picks the interface language from an `Accept-Language` header, falling back to English.
pub fn negotiate(accept_language: &str) -> &'static str {
    let requested = fluent_langneg::accepted_languages::parse(accept_language);
    let available: Vec<LanguageIdentifier> = UI_LANGUAGES
        .iter()
        .filter_map(|(c, _)| c.parse().ok())
        .collect();
    let default: LanguageIdentifier = unic_langid::langid!("en");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|l| ui_language(l.language.as_str()))
        .unwrap_or(DEFAULT_LANG)
}

/// Formats messages in one language for one request or email.
#[derive(Clone)]
pub struct Localizer {
    catalogs: Arc<Catalogs>,
    lang: &'static str,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The message `id` (or `id.attribute`). A message missing in this language falls back to
    /// English, then to the id itself, and is logged, so a gap never breaks a page.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, None)
    }

    pub fn t_args(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if let Some(s) = self.catalogs.format(self.lang, id, args) {
            return s;
        }
        tracing::warn!(lang = self.lang, id, "missing message");
        self.catalogs
            .format(DEFAULT_LANG, id, args)
            .unwrap_or_else(|| id.to_string())
    }

    /// A message with one argument.
    pub fn t1<'a>(&self, id: &str, key: &'a str, value: impl Into<FluentValue<'a>>) -> String {
        let mut args = FluentArgs::new();
        args.set(key, value);
        self.t_args(id, Some(&args))
    }

    /// A message with two arguments.
    pub fn t2<'a>(
        &self,
        id: &str,
        k1: &'a str,
        v1: impl Into<FluentValue<'a>>,
        k2: &'a str,
        v2: impl Into<FluentValue<'a>>,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(k1, v1);
        args.set(k2, v2);
        self.t_args(id, Some(&args))
    }

    /// A date in this language's long form, e.g. "23 November 2026" or "23 listopada 2026".
    pub fn date(&self, millis: impl std::borrow::Borrow<i64>) -> String {
        let millis = *millis.borrow();
        let Some(dt) = chrono::DateTime::from_timestamp_millis(millis) else {
            return String::new();
        };
        match self.kept_dates().and_then(|(d, m)| d.date(m, &dt)) {
            Some(date) => date,
            None => self.date_by_fluent(&dt),
        }
    }

    /// This language's month names and kept messages, when its dates need no Fluent.
    fn kept_dates(&self) -> Option<(&Dates, &Messages)> {
        let c = &self.catalogs;
        Some((c.dates.get(self.lang)?, c.messages.get(self.lang)?))
    }

    fn date_by_fluent(&self, dt: &chrono::DateTime<chrono::Utc>) -> String {
        use chrono::Datelike;
        let month = self.t(&format!("date-month-{}", dt.month()));
        let mut args = FluentArgs::new();
        args.set("day", dt.day().to_string());
        args.set("month", month);
        args.set("year", dt.year().to_string());
        self.t_args("date-format", Some(&args))
    }

    /// A date and time (UTC, 24-hour clock).
    pub fn datetime(&self, millis: impl std::borrow::Borrow<i64>) -> String {
        let millis = *millis.borrow();
        let Some(dt) = chrono::DateTime::from_timestamp_millis(millis) else {
            return String::new();
        };
        match self.kept_dates().and_then(|(d, m)| d.datetime(m, &dt)) {
            Some(datetime) => datetime,
            None => self.datetime_by_fluent(&dt, clock(&dt)),
        }
    }

    fn datetime_by_fluent(&self, dt: &chrono::DateTime<chrono::Utc>, time: String) -> String {
        self.t2(
            "datetime-format",
            "date",
            self.date_by_fluent(dt),
            "time",
            time,
        )
    }

    /// A whole number with this language's digit grouping, e.g. 12,345 or 12.345.
    pub fn number(&self, n: i64) -> String {
        group_digits(n, &self.t("number-group-separator"))
    }
}

/// Inserts `sep` between groups of three digits.
pub fn group_digits(n: i64, sep: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    // Four-digit numbers stay ungrouped, as most European styles write them.
    if digits.len() <= 4 {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
