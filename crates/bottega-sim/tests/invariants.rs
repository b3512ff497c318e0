//! Property tests: the books always balance, cash reconciles, shares sum to
//! one, nothing becomes NaN, and games are deterministic.

mod common;

use bottega_sim::rng::SimRng;
use bottega_sim::{Game, Mode, RoundOutcome, TeamReport};
use proptest::prelude::*;

fn check_report(r: &TeamReport) {
    let b = &r.balance_sheet;
    assert_eq!(
        b.total_assets,
        b.total_liabilities + b.total_equity,
        "balance sheet of {:?}",
        r.team
    );
    let c = &r.cash_flow;
    assert_eq!(
        c.closing_cash - c.opening_cash,
        c.net_change,
        "cash flow of {:?}",
        r.team
    );
    assert_eq!(c.closing_cash, b.cash);
    assert!(
        b.cash >= 0,
        "cash never stays negative: the emergency loan covers it"
    );
    let i = &r.income_statement;
    assert!(i.tax >= 0 && i.tax <= i.profit_before_tax.max(0));
    let k = &r.key_figures;
    for x in [
        k.gross_margin,
        k.market_share,
        k.satisfaction,
        k.morale,
        k.skill,
        k.reputation,
    ] {
        assert!(x.is_finite(), "non-finite figure in {:?}", r.team);
    }
    for p in &r.products {
        assert!(p.quality.is_finite());
        assert!(p.sold <= p.demand && p.sold >= 0 && p.lost >= 0);
    }
}

fn check_outcome(o: &RoundOutcome) {
    for seg in &o.segments {
        let total: f64 = seg.shares.iter().sum::<f64>() + seg.no_sale_share;
        assert!(
            (total - 1.0).abs() < 1e-9,
            "segment {} sums to {total}",
            seg.segment
        );
        assert!(seg.shares.iter().all(|s| s.is_finite() && *s >= 0.0));
    }
    let share_total: f64 = o.reports.iter().map(|r| r.key_figures.market_share).sum();
    assert!(share_total == 0.0 || (share_total - 1.0).abs() < 1e-9);
    o.reports.iter().for_each(check_report);
}

fn play(game: &mut Game, seed: u64) -> Vec<RoundOutcome> {
    let mut rng = SimRng::new(seed);
    let mut outcomes = Vec::new();
    while !game.is_finished() {
        let decisions = common::decisions_for_all(game, &mut rng);
        outcomes.push(
            game.advance(&decisions)
                .expect("valid decisions are accepted"),
        );
    }
    outcomes
}

fn scenario_id(i: usize) -> &'static str {
    ["bakery", "carpentry", "hair_salon"][i % 3]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn books_balance_and_cash_reconciles_for_any_valid_decisions(
        scenario in 0usize..3,
        seed in any::<u64>(),
        teams in 1u32..5,
        solo in any::<bool>(),
    ) {
        let mode = if solo { Mode::Solo } else { Mode::Competitive };
        let mut game = common::game(scenario_id(scenario), teams, seed, 24, mode);
        for outcome in play(&mut game, seed ^ 0xABCD) {
            check_outcome(&outcome);
        }
    }

    #[test]
    fn same_seed_and_decisions_give_identical_state(scenario in 0usize..3, seed in any::<u64>()) {
        let mut a = common::game(scenario_id(scenario), 2, seed, 12, Mode::Solo);
        let mut b = common::game(scenario_id(scenario), 2, seed, 12, Mode::Solo);
        let oa = play(&mut a, seed);
        let ob = play(&mut b, seed);
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
        prop_assert_eq!(serde_json::to_string(&oa).unwrap(), serde_json::to_string(&ob).unwrap());
    }

    #[test]
    fn a_stored_game_continues_exactly_like_the_original(scenario in 0usize..3, seed in any::<u64>()) {
        let mut original = common::game(scenario_id(scenario), 2, seed, 8, Mode::Solo);
        let mut rng = SimRng::new(seed);
        for _ in 0..4 {
            let d = common::decisions_for_all(&original, &mut rng);
            original.advance(&d).unwrap();
        }
        let stored = serde_json::to_string(&original).unwrap();
        let mut restored: Game = serde_json::from_str(&stored).unwrap();
        prop_assert_eq!(&restored, &original);
        let mut rng_a = SimRng::new(seed ^ 1);
        let mut rng_b = SimRng::new(seed ^ 1);
        while !original.is_finished() {
            let da = common::decisions_for_all(&original, &mut rng_a);
            let db = common::decisions_for_all(&restored, &mut rng_b);
            prop_assert_eq!(original.advance(&da).unwrap(), restored.advance(&db).unwrap());
        }
        prop_assert_eq!(serde_json::to_string(&original).unwrap(), serde_json::to_string(&restored).unwrap());
    }
}

#[test]
fn extreme_but_valid_decisions_over_many_rounds_never_overflow() {
    for id in ["bakery", "carpentry", "hair_salon"] {
        let mut game = common::game(id, 3, 99, 120, Mode::Solo);
        let mut rng = SimRng::new(5);
        while !game.is_finished() {
            let mut all = common::decisions_for_all(&game, &mut rng);
            for d in all.values_mut() {
                // Push every spending knob to its maximum.
                let s = game.scenario();
                d.training_cents = s.limits.max_training_cents;
                for c in &s.marketing_channels {
                    d.marketing_cents.insert(c.id.clone(), c.max_spend_cents);
                }
                for p in d.products.values_mut() {
                    p.volume = s.limits.max_units_per_round;
                }
                for m in d.material_purchases.values_mut() {
                    *m = s.limits.max_material_purchase;
                }
            }
            check_outcome(&game.advance(&all).unwrap());
        }
        assert!(game
            .teams()
            .iter()
            .filter(|t| !t.computer)
            .all(|t| t.company.bankrupt));
    }
}
