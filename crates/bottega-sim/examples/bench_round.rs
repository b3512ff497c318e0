//! Times rounds of a 30-team class and prints nanoseconds per round.
//!
//! `cargo run --release -p bottega-sim --example bench_round [rounds]`

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use bottega_sim::{Game, GameConfig, Mode, Scenario, TeamId};

const TEAMS: u32 = 30;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000);
    for id in Scenario::builtin_ids() {
        let scenario = Scenario::builtin(id)?;
        let config = GameConfig {
            teams: TEAMS,
            seed: 42,
            rounds: 120,
            mode: Mode::Competitive,
        };
        let fresh = Game::new(scenario, config)?;
        let mut game = fresh.clone();
        let mut elapsed = std::time::Duration::ZERO;
        for _ in 0..rounds {
            if game.is_finished() {
                game = fresh.clone();
            }
            // Every team submits its drafted decisions, as a class would.
            let decisions: BTreeMap<TeamId, _> = (0..TEAMS)
                .map(TeamId)
                .filter_map(|t| game.draft_decisions(t).ok().map(|d| (t, d)))
                .filter(|(t, _)| {
                    game.team(*t).is_some_and(|team| {
                        !team.company.bankrupt && team.company.pending_incidents.is_empty()
                    })
                })
                .collect();
            let start = Instant::now();
            black_box(game.advance(&decisions)?);
            elapsed += start.elapsed();
        }
        let ns = elapsed.as_nanos() / u128::from(rounds);
        println!(
            "{id:<11} {TEAMS} teams: {ns:>9} ns/round ({:.3} ms)",
            ns as f64 / 1e6
        );
    }
    Ok(())
}
