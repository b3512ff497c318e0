//! A class game: several companies in one market, round after round.
//!
//! [`Game::advance`] takes the decisions of the human teams, lets the
//! computer-run competitors decide, and runs every company through the same
//! round. A human team that submits nothing keeps its *standing choices*
//! from the previous round (prices, volumes, hours, wage, marketing,
//! training, quality; material purchases topped up to what those volumes
//! need) while one-off actions (hiring, letting go, equipment, loans) are
//! not repeated, and pending incidents get their default response. [`Game::preview`] runs the very same round on a clone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::company::CompanyState;
use crate::competences::{self, CompetenceSummary};
use crate::competitors::{self, Style};
use crate::decisions::{DecisionError, Decisions};
use crate::incidents::AnsweredIncident;
use crate::market::{self, SegmentOutcome};
use crate::report::TeamReport;
use crate::rng::SimRng;
use crate::round;
use crate::scenario::{Scenario, ScenarioIssue};

/// Most teams (human and computer) in one game.
pub const MAX_TEAMS: u32 = 200;
/// Most rounds in one game.
pub const MAX_ROUNDS: u32 = 120;

/// Identifies a team within a game: humans are `0..teams`, computer-run
/// competitors follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TeamId(pub u32);

/// How a class plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The human teams play against the scenario's computer-run competitors.
    Solo,
    /// The human teams play against each other only.
    Competitive,
}

/// How a game is set up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameConfig {
    /// Human teams.
    pub teams: u32,
    /// Seed of all random draws.
    pub seed: u64,
    /// Rounds to play.
    pub rounds: u32,
    /// Solo or competitive.
    pub mode: Mode,
}

/// Why the game refused a request. `code()` gives a stable string.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GameError {
    /// The configuration is out of range.
    #[error("invalid game configuration: {0}")]
    InvalidConfig(&'static str),
    /// The scenario breaks its rules.
    #[error("invalid scenario")]
    InvalidScenario(Vec<ScenarioIssue>),
    /// All rounds have been played.
    #[error("the game is over")]
    GameOver,
    /// No such team.
    #[error("unknown team {0:?}")]
    UnknownTeam(TeamId),
    /// Decisions were given for a computer-run competitor.
    #[error("team {0:?} is computer-run")]
    ComputerTeam(TeamId),
    /// A team's decisions were rejected.
    #[error("decisions of team {team:?} were rejected")]
    InvalidDecisions {
        /// The team.
        team: TeamId,
        /// Every problem found.
        errors: Vec<DecisionError>,
    },
}

impl GameError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            GameError::InvalidConfig(_) => "invalid_config",
            GameError::InvalidScenario(_) => "invalid_scenario",
            GameError::GameOver => "game_over",
            GameError::UnknownTeam(_) => "unknown_team",
            GameError::ComputerTeam(_) => "computer_team",
            GameError::InvalidDecisions { .. } => "invalid_decisions",
        }
    }
}

/// Outcome of a round that the competence summary and debrief use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundSummary {
    /// Net profit.
    pub net_profit_cents: i64,
    /// Units sold.
    pub sold_units: i64,
    /// Units of demand not served.
    pub lost_units: i64,
    /// Fresh units thrown away.
    pub written_off_units: i64,
    /// Bankrupt at the end of the round.
    pub bankrupt: bool,
}

/// One round in a team's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundRecord {
    /// Round (0-based).
    pub round: u32,
    /// The decisions that were applied.
    pub decisions: Decisions,
    /// Whether the team submitted them (false = reused or computer).
    pub submitted: bool,
    /// Incidents answered in this round.
    pub answered: Vec<AnsweredIncident>,
    /// What came of it.
    pub outcome: RoundSummary,
}

/// One team in the game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Team {
    /// Id.
    pub id: TeamId,
    /// Computer-run competitor.
    pub computer: bool,
    /// The company.
    pub company: CompanyState,
    /// Decisions of the last round (the basis for reuse).
    pub last_decisions: Decisions,
    /// Rounds played.
    pub history: Vec<RoundRecord>,
}

/// Result of one round for the whole class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundOutcome {
    /// Round played (0-based).
    pub round: u32,
    /// One report per team, in team order.
    pub reports: Vec<TeamReport>,
    /// How each segment split.
    pub segments: Vec<SegmentOutcome>,
    /// Whether this was the last round.
    pub finished: bool,
}

/// A game in progress; serializable as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Game {
    scenario: Scenario,
    config: GameConfig,
    round: u32,
    teams: Vec<Team>,
}

impl Game {
    /// Set up a game: every company starts from the scenario's position with
    /// its own random stream derived from the seed.
    pub fn new(scenario: Scenario, config: GameConfig) -> Result<Game, GameError> {
        scenario.validate().map_err(GameError::InvalidScenario)?;
        if config.teams == 0 {
            return Err(GameError::InvalidConfig("no_teams"));
        }
        if config.rounds == 0 || config.rounds > MAX_ROUNDS {
            return Err(GameError::InvalidConfig("rounds_out_of_range"));
        }
        let computers = match config.mode {
            Mode::Solo => scenario.market.ai_competitors,
            Mode::Competitive => 0,
        };
        let total = config.teams.saturating_add(computers);
        if total > MAX_TEAMS {
            return Err(GameError::InvalidConfig("too_many_teams"));
        }
        let teams = (0..total)
            .map(|i| {
                let company = CompanyState::new(&scenario, SimRng::for_team(config.seed, i));
                Team {
                    id: TeamId(i),
                    computer: i >= config.teams,
                    last_decisions: Decisions::suggested(&scenario, &company),
                    company,
                    history: Vec::new(),
                }
            })
            .collect();
        Ok(Game {
            scenario,
            config,
            round: 0,
            teams,
        })
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The configuration.
    pub fn config(&self) -> &GameConfig {
        &self.config
    }

    /// Next round to play (0-based); equals the rounds played.
    pub fn round(&self) -> u32 {
        self.round
    }

    /// Whether all rounds have been played.
    pub fn is_finished(&self) -> bool {
        self.round >= self.config.rounds
    }

    /// All teams, humans first.
    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    /// One team.
    pub fn team(&self, id: TeamId) -> Option<&Team> {
        self.teams.get(id.0 as usize)
    }

    /// Check a team's decisions without playing.
    pub fn validate(&self, team: TeamId, decisions: &Decisions) -> Result<(), GameError> {
        let t = self.human_team(team)?;
        decisions
            .validate(&self.scenario, &t.company)
            .map_err(|errors| GameError::InvalidDecisions { team, errors })
    }

    /// Decisions to pre-fill a team's form: its last decisions' standing
    /// choices (or suggestions before the first round).
    pub fn draft_decisions(&self, team: TeamId) -> Result<Decisions, GameError> {
        let t = self.human_team(team)?;
        Ok(t.last_decisions
            .standing_choices(&self.scenario, &t.company))
    }

    /// EntreComp evidence gathered by a team so far.
    pub fn competence_summary(&self, team: TeamId) -> Result<CompetenceSummary, GameError> {
        let t = self.team(team).ok_or(GameError::UnknownTeam(team))?;
        Ok(competences::summarize(&t.history))
    }

    fn human_team(&self, team: TeamId) -> Result<&Team, GameError> {
        let t = self.team(team).ok_or(GameError::UnknownTeam(team))?;
        if t.computer {
            return Err(GameError::ComputerTeam(team));
        }
        Ok(t)
    }

    /// Play one round. Decisions are checked for every team first, so on any
    /// error the game is left exactly as it was.
    pub fn advance(
        &mut self,
        decisions: &BTreeMap<TeamId, Decisions>,
    ) -> Result<RoundOutcome, GameError> {
        if self.is_finished() {
            return Err(GameError::GameOver);
        }
        for (team, d) in decisions {
            self.validate(*team, d)?;
        }
        let round_no = self.round;
        let plans: Vec<(Decisions, bool)> = self
            .teams
            .iter()
            .enumerate()
            .map(|(i, t)| self.plan_for(i, t, decisions))
            .collect();
        let scenario = &self.scenario;
        let prepared: Vec<Option<round::Prepared>> = self
            .teams
            .iter_mut()
            .zip(&plans)
            .map(|(t, (d, _))| {
                (!t.company.bankrupt).then(|| round::prepare(scenario, &mut t.company, d))
            })
            .collect();
        let offers: Vec<_> = prepared
            .iter()
            .map(|p| p.as_ref().map(|p| p.offer.clone()))
            .collect();
        let market = market::clear(scenario, round_no, &offers);
        let mut reports = Vec::with_capacity(self.teams.len());
        for (i, ((team, (d, submitted)), prep)) in
            self.teams.iter_mut().zip(plans).zip(prepared).enumerate()
        {
            let id = team.id;
            let Some(prep) = prep else {
                reports.push(round::idle(
                    scenario,
                    &team.company,
                    round_no,
                    id,
                    team.computer,
                ));
                continue;
            };
            let demand = market.demand.get(i).map_or(&[][..], |v| v.as_slice());
            let reused = !submitted && !team.computer;
            let (report, summary) = round::settle(
                scenario,
                &mut team.company,
                prep,
                demand,
                d.quality,
                round_no,
                id,
                team.computer,
                reused,
            );
            team.history.push(RoundRecord {
                round: round_no,
                decisions: d.clone(),
                submitted,
                answered: report.answered_incidents.clone(),
                outcome: summary,
            });
            team.last_decisions = d;
            reports.push(report);
        }
        assign_market_shares(&mut reports);
        self.round += 1;
        Ok(RoundOutcome {
            round: round_no,
            reports,
            segments: market.segments,
            finished: self.is_finished(),
        })
    }

    /// The decisions a team plays with this round and whether it submitted them.
    fn plan_for(
        &self,
        index: usize,
        team: &Team,
        given: &BTreeMap<TeamId, Decisions>,
    ) -> (Decisions, bool) {
        if team.computer {
            let style = Style::for_index(index as u32 - self.config.teams);
            return (
                competitors::decide(&self.scenario, &team.company, style),
                false,
            );
        }
        match given.get(&team.id) {
            Some(d) => (d.clone(), true),
            None => (
                team.last_decisions
                    .standing_choices(&self.scenario, &team.company),
                false,
            ),
        }
    }

    /// What would happen to `team` with these decisions if every other team
    /// kept its current choices: the same round on a copy of the game. The
    /// incidents of the following round are not revealed.
    pub fn preview(&self, team: TeamId, decisions: &Decisions) -> Result<TeamReport, GameError> {
        self.human_team(team)?;
        let mut copy = self.clone();
        let outcome = copy.advance(&BTreeMap::from([(team, decisions.clone())]))?;
        let mut report = outcome
            .reports
            .into_iter()
            .find(|r| r.team == team)
            .ok_or(GameError::UnknownTeam(team))?;
        report.new_incidents.clear();
        report.events.retain(|e| e.key != "event.incident");
        Ok(report)
    }
}

/// Each team's share of the class's revenue.
fn assign_market_shares(reports: &mut [TeamReport]) {
    let total: i64 = reports
        .iter()
        .map(|r| r.key_figures.revenue_cents.max(0))
        .sum();
    for r in reports.iter_mut() {
        r.key_figures.market_share =
            crate::units::safe_ratio(r.key_figures.revenue_cents.max(0) as f64, total as f64, 0.0);
    }
}
