use super::*;
use std::collections::BTreeSet;

/// Message ids (and `id.attribute` for attributes) defined by one language's catalog.
fn ids(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (name, text) in sources(lang) {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, e)| panic!("{name} does not parse: {e:?}"));
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_string());
                for a in &m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
    }
    out
}

#[test]
fn every_catalog_parses() {
    if let Err(errors) = Catalogs::load() {
        panic!("catalog errors:\n{}", errors.join("\n"));
    }
}

#[test]
fn every_catalog_has_exactly_the_english_messages() {
    let english = ids("en");
    assert!(english.len() > 100, "the English catalog looks empty");
    let mut problems = Vec::new();
    for (lang, _) in UI_LANGUAGES.iter().filter(|(l, _)| *l != "en") {
        let other = ids(lang);
        for missing in english.difference(&other) {
            problems.push(format!("{lang} lacks {missing}"));
        }
        for extra in other.difference(&english) {
            problems.push(format!("{lang} has {extra}, which English lacks"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} catalog problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every message id written in the code and templates exists in English, and so does every
/// message id made from a domain code.
#[test]
fn every_message_the_code_uses_exists() {
    use bottega_domain::*;
    let english = ids("en");
    let mut used = BTreeSet::new();
    let re = regex::Regex::new(r#"\b(?:t|t1|t2|t_args|msg|refused)\(\s*"([a-z0-9][a-z0-9.-]*)""#)
        .expect("regex");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for entry in walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
    {
        let p = entry.path();
        let path = p.display().to_string();
        if path.contains("/target")
            || path.contains("/bottega-i18n/")
            || path.contains("/bottega-sim/")
        {
            continue;
        }
        let is_source = p
            .extension()
            .is_some_and(|e| e == "rs" || e == "html" || e == "txt");
        if !is_source {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(p) else {
            continue;
        };
        for cap in re.captures_iter(&text) {
            used.insert((cap[1].to_string(), path.clone()));
        }
    }
    for t in OrgType::ALL {
        used.insert((t.message_id(), "OrgType".into()));
    }
    for t in RoleType::ALL {
        used.insert((t.message_id(), "RoleType".into()));
    }
    for t in Sector::ALL {
        used.insert((t.message_id(), "Sector".into()));
    }
    for t in Country::ALL {
        used.insert((t.message_id(), "Country".into()));
    }
    for t in Visibility::ALL {
        used.insert((t.message_id(), "Visibility".into()));
    }
    for t in SiteRole::ALL {
        used.insert((t.message_id(), "SiteRole".into()));
    }
    for t in OrgRole::ALL {
        used.insert((t.message_id(), "OrgRole".into()));
    }
    for t in AccountStatus::ALL {
        used.insert((t.message_id(), "AccountStatus".into()));
    }
    for m in 1..=12 {
        used.insert((format!("date-month-{m}"), "dates".into()));
    }
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, path)| format!("{id} (used in {path})"))
        .collect();
    assert!(
        missing.is_empty(),
        "messages used but not in the English catalog:\n{}",
        missing.join("\n")
    );
}

#[test]
fn negotiation_follows_accept_language() {
    assert_eq!(negotiate("it-IT,it;q=0.9,en;q=0.8"), "it");
    assert_eq!(negotiate("de-DE,sq;q=0.5"), "sq");
    assert_eq!(negotiate("fr"), "en");
    assert_eq!(negotiate(""), "en");
    assert_eq!(negotiate(";;;,,q=abc"), "en");
}

#[test]
fn dates_and_numbers_follow_the_language() {
    let catalogs = Catalogs::load().expect("catalogs");
    // 2026-11-23T09:05:00Z
    let t = 1_795_424_700_000;
    let en = catalogs.localizer("en");
    assert_eq!(en.date(t), "23 November 2026");
    assert_eq!(en.datetime(t), "23 November 2026, 09:05 UTC");
    assert_eq!(en.number(1_234_567), "1,234,567");
    let it = catalogs.localizer("it");
    assert_eq!(it.date(t), "23 novembre 2026");
    assert_eq!(it.number(1_234_567), "1.234.567");
    let pl = catalogs.localizer("pl");
    assert_eq!(pl.date(t), "23 listopada 2026");
    assert_eq!(pl.number(1_234_567), "1\u{a0}234\u{a0}567");
    // An unknown language falls back to English rather than failing.
    assert_eq!(catalogs.localizer("xx").lang(), "en");
}

#[test]
fn grouping_digits() {
    assert_eq!(group_digits(0, ","), "0");
    assert_eq!(group_digits(1234, ","), "1234");
    assert_eq!(group_digits(12345, ","), "12,345");
    assert_eq!(group_digits(-1234567, "."), "-1.234.567");
    assert_eq!(group_digits(i64::MIN, ","), "-9,223,372,036,854,775,808");
}
