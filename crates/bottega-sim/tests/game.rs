//! Behaviour of the game API and of each mechanism seen from outside.

mod common;

use std::collections::BTreeMap;

use bottega_sim::rng::SimRng;
use bottega_sim::{
    Competence, DecisionErrorReason, Decisions, Game, GameConfig, GameError, IncidentResponse,
    Mode, ProductPlan, Scenario, TeamId,
};
use proptest::prelude::*;

const T0: TeamId = TeamId(0);

fn one(team: TeamId, d: Decisions) -> BTreeMap<TeamId, Decisions> {
    BTreeMap::from([(team, d)])
}

fn codes(game: &Game, d: &Decisions) -> Vec<&'static str> {
    match game.validate(T0, d) {
        Ok(()) => vec![],
        Err(GameError::InvalidDecisions { errors, .. }) => {
            errors.iter().map(|e| e.code()).collect()
        }
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn solo_mode_adds_computer_competitors() {
    let g = common::game("bakery", 1, 1, 12, Mode::Solo);
    assert_eq!(g.teams().len(), 4);
    assert_eq!(g.teams().iter().filter(|t| t.computer).count(), 3);
    let c = common::game("bakery", 5, 1, 12, Mode::Competitive);
    assert_eq!(c.teams().len(), 5);
}

#[test]
fn invalid_configs_are_rejected() {
    let s = Scenario::builtin("bakery").unwrap();
    let bad = |teams, rounds| {
        Game::new(
            s.clone(),
            GameConfig {
                teams,
                seed: 1,
                rounds,
                mode: Mode::Solo,
            },
        )
    };
    assert_eq!(bad(0, 12).unwrap_err().code(), "invalid_config");
    assert_eq!(bad(1, 0).unwrap_err().code(), "invalid_config");
    assert_eq!(bad(500, 12).unwrap_err().code(), "invalid_config");
}

#[test]
fn game_ends_after_the_configured_rounds() {
    let mut g = common::game("hair_salon", 1, 1, 2, Mode::Solo);
    assert!(!g.advance(&BTreeMap::new()).unwrap().finished);
    assert!(g.advance(&BTreeMap::new()).unwrap().finished);
    assert_eq!(g.advance(&BTreeMap::new()), Err(GameError::GameOver));
}

#[test]
fn computer_and_unknown_teams_cannot_submit() {
    let mut g = common::game("bakery", 1, 1, 3, Mode::Solo);
    let d = g.draft_decisions(T0).unwrap();
    assert_eq!(
        g.advance(&one(TeamId(2), d.clone())),
        Err(GameError::ComputerTeam(TeamId(2)))
    );
    assert_eq!(
        g.advance(&one(TeamId(42), d)),
        Err(GameError::UnknownTeam(TeamId(42)))
    );
    assert_eq!(g.round(), 0, "a rejected round leaves the game untouched");
}

#[test]
fn preview_matches_advance_and_does_not_mutate() {
    let mut g = common::game("bakery", 3, 11, 6, Mode::Competitive);
    g.advance(&BTreeMap::new()).unwrap();
    let mut d = g.draft_decisions(T0).unwrap();
    d.products.get_mut("sourdough").unwrap().price_cents = 520;
    d.training_cents = 30_000;
    answer_all(&g, &mut d);
    let before = serde_json::to_string(&g).unwrap();
    let preview = g.preview(T0, &d).unwrap();
    assert_eq!(serde_json::to_string(&g).unwrap(), before);
    let outcome = g.advance(&one(T0, d)).unwrap();
    let actual = &outcome.reports[0];
    assert_eq!(preview.income_statement, actual.income_statement);
    assert_eq!(preview.balance_sheet, actual.balance_sheet);
    assert!(preview.new_incidents.is_empty());
}

fn answer_all(g: &Game, d: &mut Decisions) {
    d.incident_responses = g
        .team(T0)
        .unwrap()
        .company
        .pending_incidents
        .iter()
        .map(|p| IncidentResponse {
            incident_id: p.id,
            response: p.responses[0].0.clone(),
            justification: "Because our customers come first.".into(),
        })
        .collect();
}

#[test]
fn missing_decisions_reuse_standing_choices_but_not_one_off_actions() {
    let mut g = common::game("carpentry", 1, 3, 4, Mode::Competitive);
    let mut d = g.draft_decisions(T0).unwrap();
    d.products.get_mut("kitchen_table").unwrap().price_cents = 130_000;
    d.hire = 1;
    d.loan_draw_cents = 100_000;
    g.advance(&one(T0, d)).unwrap();
    let staff_after_first = g.team(T0).unwrap().company.staff.headcount;
    let r = g.advance(&BTreeMap::new()).unwrap();
    let report = &r.reports[0];
    assert!(report.decisions_reused);
    let table = report
        .products
        .iter()
        .find(|p| p.product == "kitchen_table")
        .unwrap();
    assert_eq!(table.price_cents, 130_000);
    assert_eq!(report.cash_flow.loan_draws, 0);
    let record = g.team(T0).unwrap().history.last().unwrap().clone();
    assert!(!record.submitted);
    assert_eq!(record.decisions.hire, 0);
    assert!(g.team(T0).unwrap().company.staff.headcount <= staff_after_first);
    assert!(record.answered.iter().all(|a| a.automatic));
}

#[test]
fn out_of_range_decisions_are_rejected_with_codes_fields_and_bounds() {
    let g = common::game("bakery", 1, 1, 3, Mode::Solo);
    let mut d = g.draft_decisions(T0).unwrap();
    assert_eq!(codes(&g, &d), Vec::<&str>::new());
    d.products.get_mut("sourdough").unwrap().price_cents = 0;
    d.products.get_mut("croissant").unwrap().price_cents = 180 * 10 + 1;
    d.products.get_mut("celebration_cake").unwrap().volume = -1;
    d.products.insert(
        "baguette".into(),
        ProductPlan {
            price_cents: 100,
            volume: 1,
        },
    );
    d.hire = 100;
    d.let_go = 4;
    d.wage_cents = 1;
    d.opening_hours_per_week = 90;
    d.loan_repayment_cents = 1;
    d.loan_draw_cents = i64::MAX;
    d.marketing_cents.insert("tv".into(), 5);
    d.marketing_cents.insert("flyers".into(), -5);
    let Err(GameError::InvalidDecisions { errors, .. }) = g.validate(T0, &d) else {
        panic!()
    };
    let find = |code: &str| {
        errors
            .iter()
            .find(|e| e.code() == code)
            .unwrap_or_else(|| panic!("{code} missing in {errors:?}"))
    };
    let price = errors
        .iter()
        .filter(|e| e.code() == "price_out_of_range")
        .count();
    assert_eq!(price, 2);
    let hire = find("hire_exceeds_labour_pool");
    assert_eq!(
        (hire.field.as_str(), hire.min, hire.max),
        ("hire", Some(0), Some(9))
    );
    assert_eq!(
        find("negative_quantity").field,
        "products.celebration_cake.volume"
    );
    assert!(errors
        .iter()
        .any(|e| e.code() == "negative_quantity" && e.field == "marketing_cents.flyers"));
    find("unknown_product");
    find("unknown_channel");
    find("let_go_exceeds_staff");
    find("wage_out_of_range");
    find("opening_hours_out_of_range");
    find("repayment_exceeds_loan");
    find("loan_exceeds_credit_limit");
    assert_eq!(
        find("price_out_of_range").key(),
        "decision_error.price_out_of_range"
    );
}

#[test]
fn every_error_code_is_distinct() {
    let mut seen = std::collections::BTreeSet::new();
    for r in DecisionErrorReason::ALL {
        assert!(seen.insert(r.code()));
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            format!("\"{}\"", r.code())
        );
    }
}

/// Play rounds without submitting until some incident is pending.
fn game_with_pending_incident() -> Game {
    for seed in 0..200 {
        let mut g = common::game("bakery", 1, seed, 12, Mode::Solo);
        for _ in 0..6 {
            g.advance(&BTreeMap::new()).unwrap();
            if !g.team(T0).unwrap().company.pending_incidents.is_empty() {
                return g;
            }
        }
    }
    panic!("no incident drawn in 1200 rounds");
}

#[test]
fn pending_incidents_need_a_justified_response() {
    let g = game_with_pending_incident();
    let pending = g.team(T0).unwrap().company.pending_incidents.clone();
    let mut d = g.draft_decisions(T0).unwrap();
    assert!(codes(&g, &d).contains(&"incident_response_missing"));
    let mut respond = |response: &str, justification: String| {
        d.incident_responses = pending
            .iter()
            .map(|p| IncidentResponse {
                incident_id: p.id,
                response: response.into(),
                justification: justification.clone(),
            })
            .collect();
        codes(&g, &d)
    };
    assert!(respond("nonsense", "ok".into()).contains(&"unknown_response"));
    let first = pending[0].responses[0].0.clone();
    assert!(respond(&first, "   ".into()).contains(&"justification_empty"));
    assert!(respond(&first, "x".repeat(2001)).contains(&"justification_too_long"));
    let ok: Vec<_> = respond(&first, "é".repeat(2000));
    assert!(!ok.iter().any(|c| c.starts_with("justification")), "{ok:?}");
    let mut dup = g.draft_decisions(T0).unwrap();
    answer_all(&g, &mut dup);
    dup.incident_responses
        .push(dup.incident_responses[0].clone());
    assert!(codes(&g, &dup).contains(&"duplicate_incident_response"));
    let mut stray = g.draft_decisions(T0).unwrap();
    answer_all(&g, &mut stray);
    stray.incident_responses.push(IncidentResponse {
        incident_id: 9_999,
        response: first,
        justification: "x".into(),
    });
    assert!(codes(&g, &stray).contains(&"unknown_incident"));
}

#[test]
fn responses_have_consequences_and_count_as_competence_evidence() {
    let mut g = game_with_pending_incident();
    let mut d = g.draft_decisions(T0).unwrap();
    answer_all(&g, &mut d);
    let answered_ids: Vec<_> = d
        .incident_responses
        .iter()
        .map(|r| r.response.clone())
        .collect();
    let r = g.advance(&one(T0, d)).unwrap();
    let report = &r.reports[0];
    assert_eq!(report.answered_incidents.len(), answered_ids.len());
    assert!(report
        .answered_incidents
        .iter()
        .all(|a| !a.automatic && a.response_key.contains(".response.")));
    assert!(report
        .events
        .iter()
        .any(|e| e.key == "event.incident_resolved"));
    let summary = g.competence_summary(T0).unwrap();
    let from_responses: u32 = summary
        .areas
        .iter()
        .flat_map(|a| &a.competences)
        .map(|c| c.response_count)
        .sum();
    let expected: usize = report
        .answered_incidents
        .iter()
        .map(|a| a.competences.len())
        .sum();
    assert_eq!(from_responses as usize, expected);
    assert_eq!(summary.areas.len(), 3);
}

#[test]
fn decisions_count_as_evidence_only_when_submitted() {
    let mut g = common::game("hair_salon", 1, 8, 4, Mode::Solo);
    let mut d = g.draft_decisions(T0).unwrap();
    d.quality = bottega_sim::QualityChoice::Eco;
    d.training_cents = 40_000;
    answer_all(&g, &mut d);
    g.advance(&one(T0, d)).unwrap();
    g.advance(&BTreeMap::new()).unwrap();
    let s = g.competence_summary(T0).unwrap();
    let count = |c: Competence| {
        s.areas
            .iter()
            .flat_map(|a| &a.competences)
            .find(|e| e.competence == c)
            .map(|e| e.decision_count)
            .unwrap()
    };
    assert_eq!(count(Competence::EthicalSustainableThinking), 1);
    assert_eq!(count(Competence::MobilisingOthers), 1);
}

#[test]
fn too_little_capacity_loses_sales_and_reputation() {
    let mut g = common::game("bakery", 2, 4, 3, Mode::Competitive);
    let mut starved = g.draft_decisions(T0).unwrap();
    starved.material_purchases.clear();
    for p in starved.products.values_mut() {
        p.volume = 10;
    }
    let normal = g.draft_decisions(TeamId(1)).unwrap();
    let r = g
        .advance(&BTreeMap::from([(T0, starved), (TeamId(1), normal)]))
        .unwrap();
    let (a, b) = (&r.reports[0], &r.reports[1]);
    assert!(a.products.iter().map(|p| p.lost).sum::<i64>() > 0);
    assert!(a
        .explanations
        .iter()
        .any(|e| e.key == "report.lost_sales_stock"));
    assert!(a.key_figures.reputation < b.key_figures.reputation);
    assert!(a.glossary.contains(&"glossary.capacity".to_string()));
}

#[test]
fn production_is_capped_by_labour_and_explained() {
    let mut g = common::game("carpentry", 1, 4, 3, Mode::Competitive);
    let mut d = g.draft_decisions(T0).unwrap();
    for p in d.products.values_mut() {
        p.volume *= 20;
    }
    d.material_purchases.values_mut().for_each(|m| *m *= 20);
    let r = g.advance(&one(T0, d)).unwrap();
    let report = &r.reports[0];
    assert!(report.products.iter().all(|p| p.produced <= p.planned));
    assert!(report
        .explanations
        .iter()
        .any(|e| e.key.starts_with("report.production_limited_")));
}

#[test]
fn running_out_of_cash_brings_an_emergency_loan_then_bankruptcy() {
    let mut g = common::game("hair_salon", 1, 2, 12, Mode::Solo);
    let limit = g.scenario().finance.bankruptcy_after_rounds;
    let mut rounds = 0;
    let mut saw_emergency = false;
    while !g.team(T0).unwrap().company.bankrupt {
        let mut d = g.draft_decisions(T0).unwrap();
        d.products.clear();
        d.wage_cents = bottega_sim::decisions::wage_bounds(g.scenario()).1;
        for c in &g.scenario().marketing_channels {
            d.marketing_cents.insert(c.id.clone(), c.max_spend_cents);
        }
        answer_all(&g, &mut d);
        let r = g.advance(&one(T0, d)).unwrap();
        let report = &r.reports[0];
        if report.cash_flow.emergency_loan_draws > 0 {
            saw_emergency = true;
            assert_eq!(report.balance_sheet.cash, 0);
            assert!(report.balance_sheet.emergency_loan > 0);
        }
        rounds += 1;
        assert!(rounds < 12, "should go bankrupt");
    }
    assert!(saw_emergency);
    assert!(g.team(T0).unwrap().company.rounds_in_distress >= limit);
    let d = g.draft_decisions(T0).unwrap();
    assert_eq!(codes(&g, &d), vec!["company_bankrupt"]);
    let r = g.advance(&BTreeMap::new()).unwrap();
    assert!(r.reports[0].bankrupt);
    assert_eq!(r.reports[0].income_statement.revenue, 0);
}

#[test]
fn reports_carry_localizable_explanations_and_glossary_keys() {
    let mut g = common::game("bakery", 1, 1, 2, Mode::Solo);
    let r = g.advance(&BTreeMap::new()).unwrap();
    let report = &r.reports[0];
    assert!(report
        .explanations
        .iter()
        .any(|e| e.key == "report.gross_margin"));
    assert!(report
        .explanations
        .iter()
        .any(|e| e.key == "report.depreciation"));
    assert!(report
        .glossary
        .contains(&"glossary.depreciation".to_string()));
    assert!(report
        .explanations
        .iter()
        .all(|e| e.key.starts_with("report.")));
    assert!(report.events.iter().all(|e| e.key.starts_with("event.")));
}

#[test]
fn training_and_fair_wages_beat_low_wages_on_people() {
    let mut g = common::game("carpentry", 2, 6, 4, Mode::Competitive);
    for _ in 0..4 {
        let mut good = g.draft_decisions(T0).unwrap();
        good.wage_cents = g.scenario().labour.market_wage_cents * 12 / 10;
        good.training_cents = 300_000;
        answer_all(&g, &mut good);
        let mut poor = g.draft_decisions(TeamId(1)).unwrap();
        poor.wage_cents = g.scenario().labour.minimum_wage_cents;
        poor.incident_responses = g
            .team(TeamId(1))
            .unwrap()
            .company
            .pending_incidents
            .iter()
            .map(|p| IncidentResponse {
                incident_id: p.id,
                response: p.responses[0].0.clone(),
                justification: "Saving money.".into(),
            })
            .collect();
        g.advance(&BTreeMap::from([(T0, good), (TeamId(1), poor)]))
            .unwrap();
    }
    let a = &g.team(T0).unwrap().company.staff;
    let b = &g.team(TeamId(1)).unwrap().company.staff;
    assert!(a.morale > b.morale);
    assert!(a.skill > b.skill);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_decisions_are_accepted(seed in any::<u64>()) {
        let g = common::game("bakery", 1, seed, 3, Mode::Solo);
        let d = common::random_valid_decisions(g.scenario(), &g.team(T0).unwrap().company, &mut SimRng::new(seed));
        prop_assert_eq!(g.validate(T0, &d), Ok(()));
    }

    #[test]
    fn prices_outside_the_range_are_rejected(factor in prop_oneof![-1000i64..=0, 1001i64..100_000]) {
        // factor is a percentage of the base price: ≤ 0 % or above 1000 %.
        let g = common::game("hair_salon", 1, 1, 3, Mode::Solo);
        let mut d = g.draft_decisions(T0).unwrap();
        let base = g.scenario().product("haircut").unwrap().base_price_cents;
        d.products.get_mut("haircut").unwrap().price_cents = base * factor / 100;
        let c = codes(&g, &d);
        prop_assert!(c.contains(&"price_out_of_range"), "{:?}", c);
    }

    #[test]
    fn negative_quantities_are_rejected(n in i64::MIN..0) {
        let g = common::game("carpentry", 1, 1, 3, Mode::Solo);
        let mut d = g.draft_decisions(T0).unwrap();
        d.material_purchases.insert("timber".into(), n);
        d.training_cents = n;
        let Err(GameError::InvalidDecisions { errors, .. }) = g.validate(T0, &d) else { panic!() };
        prop_assert_eq!(errors.iter().filter(|e| e.code() == "negative_quantity").count(), 2);
    }

    #[test]
    fn hiring_beyond_the_labour_pool_is_rejected(extra in 1i64..1000) {
        let g = common::game("bakery", 1, 1, 3, Mode::Solo);
        let state = &g.team(T0).unwrap().company;
        let mut d = g.draft_decisions(T0).unwrap();
        d.hire = i64::from(state.labour_pool_available(g.scenario())) + extra;
        prop_assert_eq!(codes(&g, &d), vec!["hire_exceeds_labour_pool"]);
    }
}
