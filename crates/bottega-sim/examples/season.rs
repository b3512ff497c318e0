//! Plays one year of each built-in scenario in solo mode with the suggested
//! decisions and prints the headline figures of every team, round by round.
//! Useful when tuning a scenario: `cargo run -p bottega-sim --example season`.

use std::collections::BTreeMap;

use bottega_sim::{Game, GameConfig, Mode, Scenario};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for id in Scenario::builtin_ids() {
        let scenario = Scenario::builtin(id)?;
        let rounds = scenario.rounds_per_year * 2;
        let mut game = Game::new(
            scenario,
            GameConfig {
                teams: 1,
                seed: 1,
                rounds,
                mode: Mode::Solo,
            },
        )?;
        println!("== {id}");
        while !game.is_finished() {
            let outcome = game.advance(&BTreeMap::new())?;
            for r in &outcome.reports {
                let k = &r.key_figures;
                println!(
                    "round {:2} team {} cash {:>10.2} revenue {:>10.2} profit {:>9.2} share {:.2} staff {} morale {:.2} rep {:.2} sat {:.2} lost {:?}{}",
                    r.round,
                    r.team.0,
                    k.cash_cents as f64 / 100.0,
                    k.revenue_cents as f64 / 100.0,
                    k.net_profit_cents as f64 / 100.0,
                    k.market_share,
                    k.staff,
                    k.morale,
                    k.reputation,
                    k.satisfaction,
                    r.products.iter().map(|p| p.lost).collect::<Vec<_>>(),
                    if r.bankrupt { " BANKRUPT" } else { "" },
                );
            }
        }
    }
    Ok(())
}
