//! # bottega-sim — the business simulation of Bottega
//!
//! Students run a small craft company (a bakery, a carpentry workshop, a
//! hair salon…) in a safe simulated market. The engine is a pure function
//! of its inputs: *state + decisions in, new state + round report out*. It
//! does no I/O (apart from parsing scenario text it is given), reads no
//! clock, and draws all randomness from a seeded generator stored in the
//! state, so every game can be stored as JSON and replayed exactly.
//!
//! ## Using it
//!
//! ```
//! use std::collections::BTreeMap;
//! use bottega_sim::{Game, GameConfig, Mode, Scenario, TeamId};
//!
//! let scenario = Scenario::builtin("bakery").expect("built-in scenario");
//! let mut game = Game::new(scenario, GameConfig { teams: 1, seed: 7, rounds: 12, mode: Mode::Solo })
//!     .expect("valid config");
//! let team = TeamId(0);
//! let mut decisions = game.draft_decisions(team).expect("human team");
//! decisions.training_cents = 20_000;
//! let what_if = game.preview(team, &decisions).expect("valid decisions");
//! let outcome = game.advance(&BTreeMap::from([(team, decisions)])).expect("round played");
//! assert_eq!(outcome.reports[0].key_figures.cash_cents, what_if.key_figures.cash_cents);
//! ```
//!
//! ## Modules
//!
//! - [`scenario`]: sector data (TOML) and its validation.
//! - [`decisions`]: what a team decides and the rules it must keep.
//! - [`market`]: how customers choose (logit shares, adstock).
//! - [`accounts`]: double-entry books and the three statements.
//! - [`people`]: skill, morale, turnover, customer satisfaction.
//! - [`incidents`]: incidents, dilemmas and their consequences.
//! - [`competences`]: EntreComp evidence from a game's history.
//! - [`competitors`]: computer-run teams for solo play.
//! - [`report`]: round reports with localizable keys.
//! - [`game`]: the class game tying it together.
//! - [`rng`], [`units`]: seeded randomness, money and levels.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod accounts;
pub mod company;
pub mod competences;
pub mod competitors;
pub mod decisions;
pub mod game;
pub mod incidents;
pub mod market;
pub mod people;
pub mod report;
pub mod rng;
mod round;
pub mod scenario;
pub mod units;

pub use accounts::{BalanceSheet, CashFlowStatement, IncomeStatement};
pub use company::CompanyState;
pub use competences::{Area, Competence, CompetenceSummary};
pub use decisions::{
    DecisionError, DecisionErrorReason, Decisions, IncidentResponse, ProductPlan, QualityChoice,
};
pub use game::{Game, GameConfig, GameError, Mode, RoundOutcome, TeamId};
pub use incidents::{AnsweredIncident, PendingIncident};
pub use report::{Arg, GlossaryTerm, KeyFigures, Message, TeamReport};
pub use scenario::{Scenario, ScenarioError, ScenarioInfo};
pub use units::Cents;

/// Every localization key the engine itself uses, independent of the
/// scenario: report explanations, events, glossary terms, decision errors,
/// EntreComp areas and competences, evidence and scenario-independent
/// labels. Add [`Scenario::localization_keys`] for the scenario's own keys.
pub fn static_localization_keys() -> Vec<String> {
    let mut keys: Vec<String> = report::EXPLANATION_KEYS
        .iter()
        .map(|k| (*k).to_owned())
        .collect();
    keys.extend(report::EVENT_KEYS.iter().map(|k| (*k).to_owned()));
    keys.extend(report::GlossaryTerm::ALL.iter().map(|g| g.key()));
    keys.extend(
        decisions::DecisionErrorReason::ALL
            .iter()
            .map(|r| format!("decision_error.{}", r.code())),
    );
    keys.extend(competences::Area::ALL.iter().map(|a| a.key()));
    keys.extend(competences::Competence::ALL.iter().map(|c| c.key()));
    keys.extend(competences::EVIDENCE_KEYS.iter().map(|k| (*k).to_owned()));
    keys
}

/// Turn a dotted engine key (`report.lost_sales_stock`) into a valid Fluent
/// message id (`report-lost_sales_stock`): Fluent ids may not contain dots.
pub fn fluent_id(key: &str) -> String {
    key.replace('.', "-")
}
