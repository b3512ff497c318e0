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
        // Judged by the path below the crates folder: the walk starts inside this crate's own
        // folder (`bottega-i18n/..`), so every full path contains `/bottega-i18n/`.
        let path = p.strip_prefix(&root).unwrap_or(p).display().to_string();
        if path.contains("target/")
            || path.starts_with("bottega-i18n/")
            || path.starts_with("bottega-sim/")
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
    // The walk must have read the web crate's code and templates, or this test proves nothing.
    assert!(
        used.iter().any(|(id, _)| id == "sim-title") && used.len() > 300,
        "the scan found only {} message uses",
        used.len()
    );
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

/// Arguments the simulation engine (`bottega-sim`) passes with each report and event message
/// that has any, by key (see `Message::new` in `bottega-sim/src/round.rs` and `report.rs`). The
/// English message must show every one of them and no other variable; the games played in
/// `simulation_engine_messages_exist_in_english` check this list against the engine.
const SIM_MESSAGE_ARGS: &[(&str, &[&str])] = &[
    ("report.break_even", &["revenue"]),
    ("report.depreciation", &["amount"]),
    ("report.emergency_loan", &["amount", "rate", "rounds_left"]),
    ("report.gross_margin", &["margin"]),
    ("report.interest_paid", &["amount"]),
    ("report.inventory_built_up", &["amount"]),
    ("report.loss", &["amount"]),
    ("report.loss_carry_forward_used", &["amount"]),
    ("report.lost_sales_capacity", &["product", "units"]),
    ("report.lost_sales_stock", &["product", "units"]),
    ("report.overtime", &["cost", "hours"]),
    (
        "report.production_limited_equipment",
        &["planned", "produced"],
    ),
    ("report.production_limited_labour", &["planned", "produced"]),
    (
        "report.production_limited_materials",
        &["planned", "produced"],
    ),
    ("report.profit", &["amount"]),
    ("report.profit_but_cash_fell", &["cash_change", "profit"]),
    ("report.reputation_fell", &["from", "to"]),
    ("report.staff_quit", &["people"]),
    ("report.tax_paid", &["amount"]),
    ("report.unsold_written_off", &["cost", "product", "units"]),
    ("report.wage_below_market", &["ratio"]),
    (
        "event.delivery_short",
        &["delivered", "material", "ordered"],
    ),
    ("event.emergency_loan", &["amount"]),
    ("event.emergency_loan_repaid", &["amount"]),
    ("event.equipment_bought", &["cost", "count", "equipment"]),
    ("event.equipment_retired", &["count", "equipment"]),
    ("event.incident", &["incident"]),
    ("event.incident_resolved", &["incident", "response"]),
    ("event.staff_hired", &["cost", "people"]),
    ("event.staff_left_after_incident", &["people"]),
    ("event.staff_let_go", &["people", "severance"]),
    ("event.staff_quit", &["people"]),
];

/// Variables (`$name`) used anywhere in a pattern.
fn pattern_variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, out),
            _ => {}
        }
    }
    fn expression_variables(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_variables(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

/// Every English message (and `id.attribute`) with the variables it uses.
fn english_variables() -> std::collections::BTreeMap<String, BTreeSet<String>> {
    let mut out = std::collections::BTreeMap::new();
    for (name, text) in sources("en") {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, e)| panic!("{name} does not parse: {e:?}"));
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_variables(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
        }
    }
    out
}

/// Every key of the simulation engine and of every built-in scenario has an English message
/// (glossary terms also a `.definition`), and each message uses exactly the arguments the engine
/// passes with it: report and event messages all of them, decision errors at most `field`,
/// `min` and `max`, everything else none.
#[test]
fn every_simulation_key_has_an_english_message() {
    let english = english_variables();
    let args: std::collections::BTreeMap<&str, BTreeSet<String>> = SIM_MESSAGE_ARGS
        .iter()
        .map(|(k, a)| (*k, a.iter().map(|s| s.to_string()).collect()))
        .collect();
    let mut keys: BTreeSet<String> = bottega_sim::static_localization_keys()
        .into_iter()
        .collect();
    for id in bottega_sim::Scenario::builtin_ids() {
        let scenario = bottega_sim::Scenario::builtin(id).expect("built-in scenario");
        keys.extend(scenario.localization_keys());
    }
    assert!(
        keys.len() > 150,
        "suspiciously few simulation keys: {}",
        keys.len()
    );
    let decision_error_args: BTreeSet<String> = ["field", "min", "max"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut problems = Vec::new();
    for key in &keys {
        let id = bottega_sim::fluent_id(key);
        let Some(used) = english.get(&id) else {
            problems.push(format!("{id} (for {key}) is missing"));
            continue;
        };
        if key.starts_with("glossary.") {
            match english.get(&format!("{id}.definition")) {
                None => problems.push(format!("{id} has no .definition")),
                Some(v) if !v.is_empty() => problems.push(format!("{id}.definition uses {v:?}")),
                Some(_) => {}
            }
        }
        if key.starts_with("decision_error.") {
            if !used.is_subset(&decision_error_args) {
                problems.push(format!(
                    "{id} uses {used:?}; only field, min, max are passed"
                ));
            }
            continue;
        }
        let expected = args.get(key.as_str()).cloned().unwrap_or_default();
        if *used != expected {
            problems.push(format!(
                "{id} uses {used:?}; the engine passes {expected:?}"
            ));
        }
    }
    for key in args.keys() {
        if !keys.contains(*key) {
            problems.push(format!("{key} has arguments listed but is no engine key"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} simulation catalog problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Plays every built-in scenario with a passive team and a team that pushes every knob, and
/// checks what the engine really produces: each message key and nested key has an English
/// message, each message's arguments are the ones listed in `SIM_MESSAGE_ARGS`, and the
/// decision errors use `min` and `max` only when the engine provides them.
#[test]
fn simulation_engine_messages_exist_in_english() {
    use bottega_sim::{
        Arg, DecisionError, Decisions, Game, GameConfig, GameError, IncidentResponse, Message,
        Mode, Scenario, TeamId,
    };
    use std::collections::BTreeMap;

    let english = english_variables();
    let listed: BTreeMap<&str, BTreeSet<String>> = SIM_MESSAGE_ARGS
        .iter()
        .map(|(k, a)| (*k, a.iter().map(|s| s.to_string()).collect()))
        .collect();
    let mut problems = BTreeSet::new();
    let mut seen_messages = BTreeSet::new();
    let mut seen_errors = BTreeSet::new();
    let check_key = |key: &str, problems: &mut BTreeSet<String>| {
        let id = bottega_sim::fluent_id(key);
        if !english.contains_key(&id) {
            problems.insert(format!("{id} (for {key}) is missing"));
        }
    };
    let check_message = |m: &Message, problems: &mut BTreeSet<String>| {
        check_key(&m.key, problems);
        let names: BTreeSet<String> = m.args.keys().cloned().collect();
        let expected = listed.get(m.key.as_str()).cloned().unwrap_or_default();
        if names != expected {
            problems.insert(format!(
                "{} comes with {names:?}, SIM_MESSAGE_ARGS says {expected:?}",
                m.key
            ));
        }
        for arg in m.args.values() {
            if let Arg::Key(k) = arg {
                check_key(k, problems);
            }
        }
    };
    let mut check_errors = |errors: &[DecisionError], problems: &mut BTreeSet<String>| {
        for e in errors {
            seen_errors.insert(e.code());
            let id = bottega_sim::fluent_id(&e.key());
            let Some(used) = english.get(&id) else {
                problems.insert(format!("{id} is missing"));
                continue;
            };
            let mut passed: BTreeSet<String> = BTreeSet::from(["field".to_string()]);
            if e.min.is_some() {
                passed.insert("min".into());
            }
            if e.max.is_some() {
                passed.insert("max".into());
            }
            if !used.is_subset(&passed) {
                problems.insert(format!("{id} uses {used:?}, the engine passes {passed:?}"));
            }
        }
    };

    for id in Scenario::builtin_ids() {
        let scenario = Scenario::builtin(id).expect("built-in scenario");
        for seed in [1, 2, 3] {
            let mut game = Game::new(
                scenario.clone(),
                GameConfig {
                    teams: 2,
                    seed,
                    rounds: 24,
                    mode: Mode::Solo,
                },
            )
            .expect("game");
            let busy = TeamId(1);
            while !game.is_finished() {
                let round = game.round();
                let company = &game.team(busy).expect("team").company;
                let pending = company.pending_incidents.clone();
                let bankrupt = company.bankrupt;
                let responses: Vec<IncidentResponse> = pending
                    .iter()
                    .map(|p| IncidentResponse {
                        incident_id: p.id,
                        response: p.responses[round as usize % p.responses.len()].0.clone(),
                        justification: "We think this is best.".into(),
                    })
                    .collect();
                // Everything out of range at once, to see every decision error.
                let mut wrong = Decisions {
                    opening_hours_per_week: 10_000,
                    hire: 10_000,
                    let_go: 10_000,
                    wage_cents: 0,
                    training_cents: i64::MAX / 4,
                    loan_draw_cents: i64::MAX / 4,
                    loan_repayment_cents: i64::MAX / 4,
                    ..Decisions::default()
                };
                for (i, p) in scenario.products.iter().enumerate() {
                    let plan = if i == 0 {
                        bottega_sim::ProductPlan {
                            price_cents: 0,
                            volume: i64::MAX / 4,
                        }
                    } else {
                        bottega_sim::ProductPlan {
                            price_cents: 1,
                            volume: -1,
                        }
                    };
                    wrong.products.insert(p.id.clone(), plan);
                }
                wrong.products.insert(
                    "nope".into(),
                    bottega_sim::ProductPlan {
                        price_cents: 1,
                        volume: 1,
                    },
                );
                for m in &scenario.materials {
                    wrong.material_purchases.insert(m.id.clone(), i64::MAX / 4);
                }
                wrong.material_purchases.insert("nope".into(), 1);
                for c in &scenario.marketing_channels {
                    wrong.marketing_cents.insert(c.id.clone(), i64::MAX / 4);
                }
                wrong.marketing_cents.insert("nope".into(), 1);
                for e in &scenario.equipment {
                    wrong.equipment_purchases.insert(e.id.clone(), i64::MAX / 4);
                }
                wrong.equipment_purchases.insert("nope".into(), 1);
                wrong.incident_responses.push(IncidentResponse {
                    incident_id: u64::MAX,
                    response: "nope".into(),
                    justification: String::new(),
                });
                if let Some(p) = pending.first() {
                    wrong.incident_responses.push(IncidentResponse {
                        incident_id: p.id,
                        response: "nope".into(),
                        justification: " ".into(),
                    });
                    wrong.incident_responses.push(IncidentResponse {
                        incident_id: p.id,
                        response: p.responses[0].0.clone(),
                        justification: "x".repeat(5_000),
                    });
                }
                match game.validate(busy, &wrong) {
                    Err(GameError::InvalidDecisions { errors, .. }) => {
                        check_errors(&errors, &mut problems)
                    }
                    other => panic!("out-of-range decisions were not rejected: {other:?}"),
                }

                // A team that pushes every knob: low wage, long hours, large volumes,
                // hiring and letting go, buying equipment and borrowing.
                let mut decisions = BTreeMap::new();
                if !bankrupt {
                    let mut d = game.draft_decisions(busy).expect("draft");
                    d.wage_cents = scenario.labour.minimum_wage_cents;
                    d.opening_hours_per_week = i64::from(scenario.labour.max_hours_per_week);
                    for plan in d.products.values_mut() {
                        plan.volume = (plan.volume * 3).min(scenario.limits.max_units_per_round);
                    }
                    d.hire = i64::from(round % 4 == 1);
                    d.let_go = i64::from(round % 4 == 3);
                    if round.is_multiple_of(6) {
                        if let Some(e) = scenario.equipment.last() {
                            d.equipment_purchases.insert(e.id.clone(), 1);
                        }
                    }
                    if round == 2 {
                        d.loan_draw_cents = 100_000;
                    }
                    if round == 5 {
                        d.loan_repayment_cents = 50_000;
                    }
                    d.incident_responses = responses.clone();
                    if let Err(GameError::InvalidDecisions { errors, .. }) = game.validate(busy, &d)
                    {
                        check_errors(&errors, &mut problems);
                        d = game.draft_decisions(busy).expect("draft");
                        d.incident_responses = responses;
                    }
                    decisions.insert(busy, d);
                }
                let outcome = game.advance(&decisions).expect("round");
                for report in &outcome.reports {
                    for m in report.events.iter().chain(&report.explanations) {
                        seen_messages.insert(m.key.clone());
                        check_message(m, &mut problems);
                    }
                    for g in &report.glossary {
                        check_key(g, &mut problems);
                    }
                    for p in &report.products {
                        check_key(&p.key, &mut problems);
                    }
                    for a in &report.answered_incidents {
                        check_key(&a.response_key, &mut problems);
                    }
                    for i in &report.new_incidents {
                        check_key(&i.key, &mut problems);
                        for (_, k) in &i.responses {
                            check_key(k, &mut problems);
                        }
                    }
                }
            }
            for team in game.teams() {
                let summary = game.competence_summary(team.id).expect("summary");
                for area in &summary.areas {
                    check_key(&area.key, &mut problems);
                    for c in &area.competences {
                        check_key(&c.key, &mut problems);
                        for e in &c.evidence {
                            check_key(&e.key, &mut problems);
                        }
                    }
                }
            }
        }
    }
    assert!(
        seen_messages.len() >= 25 && seen_errors.len() >= 20,
        "the games exercised too little: messages {seen_messages:?}, errors {seen_errors:?}"
    );
    assert!(
        problems.is_empty(),
        "{} problems with the simulation's messages:\n{}",
        problems.len(),
        problems.iter().cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn kept_dates_read_as_fluent_writes_them() {
    let catalogs = Catalogs::load().expect("catalogs");
    // Every month, single and double digits, midnight and the last minute of a day.
    let times = (0..24).map(|i| 1_767_225_600_000 + i * 15 * 86_400_000 + i * 3_540_000);
    for t in times.chain([0, 1_795_424_700_000, 4_102_444_799_000]) {
        let dt = chrono::DateTime::from_timestamp_millis(t).expect("a time");
        for (code, _) in UI_LANGUAGES {
            let l = catalogs.localizer(code);
            assert_eq!(l.date(t), l.date_by_fluent(&dt), "{code} {dt}");
            assert_eq!(
                l.datetime(t),
                l.datetime_by_fluent(&dt, clock(&dt)),
                "{code} {dt}"
            );
        }
    }
}

#[test]
fn every_language_keeps_its_date_patterns_as_pieces() {
    let catalogs = Catalogs::load().expect("catalogs");
    for (code, _) in UI_LANGUAGES {
        assert!(
            catalogs.dates.contains_key(code),
            "{code}: a date message is not plain text with {{ $arguments }}, so every date is \
             formatted through Fluent"
        );
    }
}

/// The pattern of `id` (or `id.attribute`) in a bundle.
fn pattern_of<'b>(
    bundle: &'b FluentBundle<FluentResource>,
    id: &str,
) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    match id.split_once('.') {
        Some((m, a)) => Some(bundle.get_message(m)?.get_attribute(a)?.value()),
        None => bundle.get_message(id)?.value(),
    }
}

/// Argument values that reach every plural category of the shipped languages, and the edges
/// of how Fluent writes numbers.
fn sample_values() -> Vec<FluentValue<'static>> {
    let mut values: Vec<FluentValue> = (0..=30)
        .chain([
            100, 101, 102, 104, 105, 111, 112, 121, 122, 1000, 1001, 1_000_000, -1, -2, -5, -21,
        ])
        .map(FluentValue::from)
        .collect();
    values.extend([0.5, 1.5, 2.25, -0.0, 1e21].map(FluentValue::from));
    // "1.0": a number written with a digit after the point, which changes its plural form.
    values.extend(["1.0", "2.50"].map(|n| FluentValue::Number(n.parse().expect("a number"))));
    values.extend(["", "Ana", "one", "other", "few", "many", "zero", "<b>"].map(FluentValue::from));
    values
}

#[test]
fn kept_messages_format_as_fluent_does() {
    let catalogs = Catalogs::load().expect("catalogs");
    let values = sample_values();
    let mut compared = 0;
    for (code, _) in UI_LANGUAGES {
        let bundle = &catalogs.bundles[code];
        let messages = &catalogs.messages[code];
        for id in ids(code) {
            let mut vars = BTreeSet::new();
            pattern_variables(pattern_of(bundle, &id).expect("a pattern"), &mut vars);
            let vars: Vec<String> = vars.into_iter().collect();
            // Every value in every argument, each argument a different value in each round.
            let rounds = if vars.is_empty() { 1 } else { values.len() };
            for round in 0..rounds {
                let mut args = FluentArgs::new();
                for (i, var) in vars.iter().enumerate() {
                    args.set(var.clone(), values[(round + i * 7) % values.len()].clone());
                }
                let Some(kept) = messages.format(&id, Some(&args)) else {
                    assert!(
                        !messages.has(&id),
                        "{code} {id} kept but not formatted: {args:?}"
                    );
                    continue;
                };
                let fluent = catalogs.format_by_fluent(code, &id, Some(&args));
                assert_eq!(Some(&kept), fluent.as_ref(), "{code} {id} with {args:?}");
                compared += 1;
            }
        }
    }
    assert!(compared > 10_000, "only {compared} formats compared");
}

#[test]
fn nearly_every_message_is_kept() {
    let catalogs = Catalogs::load().expect("catalogs");
    for (code, _) in UI_LANGUAGES {
        let all = ids(code).len();
        let kept = catalogs.messages[code].len();
        assert!(
            kept * 100 >= all * 95,
            "{code}: only {kept} of {all} messages format without Fluent's resolver"
        );
    }
}

#[test]
fn what_is_kept_and_what_is_left_to_fluent() {
    let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("pl")]);
    bundle.set_use_isolating(false);
    let source = "plain = { $day }. { $month } { $year }\n\
                  chosen = { $n ->\n    [0] none\n    [one] one file\n    [few] { $n } files\n   *[other] { $n } filesy\n}\n\
                  brace = { \"{\" }x{ \"}\" }\n\
                  called = { NUMBER($n) }\n\
                  -brand = Bottega\n\
                  termed = { -brand }\n\
                  referring = { plain }\n";
    let resource = FluentResource::try_new(source.to_string()).expect("parses");
    let ids: Vec<String> = ["plain", "chosen", "brace", "called", "termed", "referring"]
        .map(String::from)
        .to_vec();
    bundle.add_resource(resource).expect("adds");
    let messages =
        Messages::of(&bundle, &unic_langid::langid!("pl"), &ids).expect("Polish has plural rules");
    let mut args = FluentArgs::new();
    args.set("day", "5");
    args.set("month", "May");
    args.set("year", 2027);
    assert_eq!(
        messages.format("plain", Some(&args)).as_deref(),
        Some("5. May 2027")
    );
    let with = |n: FluentValue<'static>| {
        let mut args = FluentArgs::new();
        args.set("n", n);
        messages.format("chosen", Some(&args))
    };
    assert_eq!(with(0.into()).as_deref(), Some("none"));
    assert_eq!(with(1.into()).as_deref(), Some("one file"));
    assert_eq!(with(3.into()).as_deref(), Some("3 files"));
    assert_eq!(with(5.into()).as_deref(), Some("5 filesy"));
    assert_eq!(with(22.into()).as_deref(), Some("22 files"));
    assert_eq!(with(1.5.into()).as_deref(), Some("1.5 filesy"));
    assert_eq!(with("one".into()).as_deref(), Some("one file"));
    assert_eq!(with("lots".into()).as_deref(), Some("lots filesy"));
    assert_eq!(messages.format("brace", None).as_deref(), Some("{x}"));
    // A missing argument is Fluent's to report and write.
    assert_eq!(messages.format("chosen", None), None);
    assert_eq!(messages.format("plain", Some(&FluentArgs::new())), None);
    for fluent_only in ["called", "termed", "referring", "missing"] {
        assert_eq!(
            messages.format(fluent_only, Some(&args)),
            None,
            "{fluent_only}"
        );
    }
    assert_eq!(messages.len(), 3);
}

proptest::proptest! {
    /// Any number in any choice of any language picks the variant Fluent picks.
    #[test]
    fn any_number_chooses_as_fluent_does(
        whole in proptest::prelude::any::<i64>(),
        fraction in -1e6f64..1e6,
        which in 0usize..10_000,
    ) {
        let catalogs = catalogs();
        let (code, id, var) = &choices()[which % choices().len()];
        for value in [FluentValue::from(whole), FluentValue::from(fraction)] {
            let mut args = FluentArgs::new();
            args.set(var.clone(), value);
            // Any other argument of the message, so that it is formatted at all.
            let mut vars = BTreeSet::new();
            pattern_variables(pattern_of(&catalogs.bundles[code], id).expect("a pattern"), &mut vars);
            for other in vars.into_iter().filter(|v| v != var) {
                args.set(other, "x");
            }
            let kept = catalogs.messages[code].format(id, Some(&args));
            proptest::prop_assert!(kept.is_some(), "{} {} not formatted", code, id);
            proptest::prop_assert_eq!(kept, catalogs.format_by_fluent(code, id, Some(&args)));
        }
    }
}

fn catalogs() -> &'static Catalogs {
    static CATALOGS: std::sync::OnceLock<Arc<Catalogs>> = std::sync::OnceLock::new();
    CATALOGS.get_or_init(|| Catalogs::load().expect("catalogs"))
}

/// (language, message, argument) of every kept message that chooses on an argument.
fn choices() -> &'static Vec<(&'static str, String, String)> {
    static CHOICES: std::sync::OnceLock<Vec<(&'static str, String, String)>> =
        std::sync::OnceLock::new();
    CHOICES.get_or_init(|| {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let mut out = Vec::new();
        for (code, _) in UI_LANGUAGES {
            for id in ids(code) {
                let Some(pattern) = pattern_of(&catalogs().bundles[code], &id) else {
                    continue;
                };
                if !catalogs().messages[code].has(&id) {
                    continue;
                }
                for element in &pattern.elements {
                    if let PatternElement::Placeable {
                        expression:
                            Expression::Select {
                                selector: InlineExpression::VariableReference { id: var },
                                ..
                            },
                    } = element
                    {
                        out.push((*code, id.clone(), var.name.to_string()));
                    }
                }
            }
        }
        assert!(!out.is_empty(), "no message chooses on an argument");
        out
    })
}

static CATALOGS: std::sync::LazyLock<Arc<Catalogs>> =
    std::sync::LazyLock::new(|| Catalogs::load().expect("catalogs"));

proptest::proptest! {
    /// The dates joined from pieces are the dates Fluent formats, in every language.
    #[test]
    fn dates_from_pieces_are_fluents(millis in -2_000_000_000_000i64..8_000_000_000_000) {
        let catalogs = &*CATALOGS;
        let dt = chrono::DateTime::from_timestamp_millis(millis).expect("in range");
        for (code, _) in UI_LANGUAGES {
            let l = catalogs.localizer(code);
            proptest::prop_assert_eq!(l.date(millis), l.date_by_fluent(&dt));
            proptest::prop_assert_eq!(
                l.datetime(millis),
                l.datetime_by_fluent(&dt, dt.format("%H:%M").to_string())
            );
        }
    }
}
