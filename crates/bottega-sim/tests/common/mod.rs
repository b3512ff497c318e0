//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;

use bottega_sim::decisions::{price_bounds, wage_bounds};
use bottega_sim::rng::SimRng;
use bottega_sim::{
    CompanyState, Decisions, Game, GameConfig, IncidentResponse, Mode, ProductPlan, QualityChoice,
    Scenario, TeamId,
};

/// A uniform integer in `[min, max]`.
pub fn between(rng: &mut SimRng, min: i64, max: i64) -> i64 {
    if max <= min {
        return min;
    }
    let span = (max - min) as u64 + 1;
    min + (rng.next_u64() % span) as i64
}

/// Any decisions within the allowed ranges, answering every pending incident.
pub fn random_valid_decisions(
    scenario: &Scenario,
    state: &CompanyState,
    rng: &mut SimRng,
) -> Decisions {
    let mut d = Decisions::default();
    for p in &scenario.products {
        if rng.chance(0.9) {
            let (min, max) = price_bounds(scenario, p.base_price_cents);
            // Mostly near the base price, sometimes anywhere in range.
            let price = if rng.chance(0.8) {
                between(rng, p.base_price_cents / 2, p.base_price_cents * 2).clamp(min, max)
            } else {
                between(rng, min, max)
            };
            let volume = if rng.chance(0.95) {
                between(
                    rng,
                    0,
                    4 * scenario
                        .segments
                        .iter()
                        .map(|s| s.size_per_round)
                        .max()
                        .unwrap_or(1),
                )
            } else {
                between(rng, 0, scenario.limits.max_units_per_round)
            };
            d.products.insert(
                p.id.clone(),
                ProductPlan {
                    price_cents: price,
                    volume,
                },
            );
        }
    }
    let l = &scenario.labour;
    d.opening_hours_per_week = between(
        rng,
        i64::from(l.min_hours_per_week),
        i64::from(l.max_hours_per_week),
    );
    for m in &scenario.materials {
        let max = if rng.chance(0.95) {
            5_000
        } else {
            scenario.limits.max_material_purchase
        };
        d.material_purchases
            .insert(m.id.clone(), between(rng, 0, max));
    }
    d.hire = between(
        rng,
        0,
        i64::from(state.labour_pool_available(scenario)).min(3),
    );
    d.let_go = between(rng, 0, i64::from(state.staff.headcount).min(2));
    let (wmin, wmax) = wage_bounds(scenario);
    d.wage_cents = between(rng, wmin, wmax);
    d.training_cents = between(rng, 0, scenario.limits.max_training_cents / 20);
    for c in &scenario.marketing_channels {
        d.marketing_cents
            .insert(c.id.clone(), between(rng, 0, c.max_spend_cents / 4));
    }
    if rng.chance(0.1) {
        let e = &scenario.equipment[0];
        d.equipment_purchases
            .insert(e.id.clone(), between(rng, 0, 2));
    }
    let headroom = scenario.finance.credit_limit_cents - state.finances.bank_loan_cents;
    d.loan_draw_cents = if rng.chance(0.3) {
        between(rng, 0, headroom.max(0))
    } else {
        0
    };
    d.loan_repayment_cents = if rng.chance(0.3) {
        between(rng, 0, state.finances.bank_loan_cents)
    } else {
        0
    };
    d.quality = match between(rng, 0, 2) {
        0 => QualityChoice::Standard,
        1 => QualityChoice::Premium,
        _ => QualityChoice::Eco,
    };
    d.incident_responses = state
        .pending_incidents
        .iter()
        .map(|p| {
            let i = between(rng, 0, p.responses.len() as i64 - 1) as usize;
            IncidentResponse {
                incident_id: p.id,
                response: p.responses[i].0.clone(),
                justification: "We weighed cost against customers' trust.".into(),
            }
        })
        .collect();
    d
}

/// A game with `teams` human teams.
pub fn game(scenario: &str, teams: u32, seed: u64, rounds: u32, mode: Mode) -> Game {
    let s = Scenario::builtin(scenario).expect("builtin");
    Game::new(
        s,
        GameConfig {
            teams,
            seed,
            rounds,
            mode,
        },
    )
    .expect("game")
}

/// Random valid decisions for every human team that is still trading.
pub fn decisions_for_all(game: &Game, rng: &mut SimRng) -> BTreeMap<TeamId, Decisions> {
    game.teams()
        .iter()
        .filter(|t| !t.computer && !t.company.bankrupt)
        .map(|t| {
            (
                t.id,
                random_valid_decisions(game.scenario(), &t.company, rng),
            )
        })
        .collect()
}
