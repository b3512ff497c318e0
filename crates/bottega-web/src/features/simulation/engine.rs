//! Between the stored game and the engine: loading a game's state, playing a round and storing
//! everything it produced in one transaction, and the deadline job that plays a round when its
//! time is up.

use std::collections::BTreeMap;

use anyhow::Context;
use bottega_sim::{Decisions, Game, TeamId};
use bottega_storage::simulation::{self, PlayedRound};
use bottega_storage::{jobs, now, Conn};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The job that plays a round at its deadline.
pub const DEADLINE_JOB: &str = "sim-deadline";

/// Reads a stored game. A state that does not parse is a fault of ours, never of the reader.
pub fn load(json: &str) -> AppResult<Game> {
    serde_json::from_str(json)
        .context("stored simulation state does not parse")
        .map_err(AppError::Internal)
}

pub fn to_json<T: Serialize>(value: &T) -> AppResult<String> {
    serde_json::to_string(value)
        .context("simulation value does not serialize")
        .map_err(AppError::Internal)
}

/// The game as it is now, with the version a round played from it must find unchanged.
pub async fn current(state: &AppState, game_id: i64) -> AppResult<(i64, Game)> {
    let (version, json) = simulation::state(&state.db, game_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((version, load(&json)?))
}

/// What playing a round came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Played {
    /// The round was played; `finished` when it was the last.
    Round { finished: bool },
    /// Someone (another click, the deadline job, another node) played it first.
    AlreadyPlayed,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DeadlinePayload {
    pub game: i64,
    /// The round (0-based) whose deadline this is.
    pub round: i64,
}

/// Plays the current round of a game from `version` with the decisions teams submitted; teams
/// that submitted nothing keep their standing choices. A submitted set that the engine no longer
/// accepts (it was checked when submitted, so this is rare) is set aside rather than blocking
/// the whole class.
pub async fn play_round(state: &AppState, game_id: i64, version: i64) -> AppResult<Played> {
    let (stored_version, mut game) = current(state, game_id).await?;
    if stored_version != version || game.is_finished() {
        return Ok(Played::AlreadyPlayed);
    }
    let round_no = i64::from(game.round());
    let info = simulation::info(&state.db, game_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let deadline = info.round_minutes.map(|m| now() + m * 60_000);
    // From here the game row is held: decisions saved a moment ago are read below, and a
    // submission arriving now waits and then finds the round played (and says so).
    let mut tx = state.db.begin().await?;
    if simulation::lock_running(&mut tx, game_id).await? != Some((round_no, version)) {
        return Ok(Played::AlreadyPlayed);
    }
    let mut decisions = BTreeMap::new();
    for s in simulation::submitted_in(&mut tx, game_id, round_no).await? {
        let Ok(d) = serde_json::from_str::<Decisions>(&s.decisions_json) else {
            tracing::warn!(game_id, team = s.team_no, "stored decisions do not parse");
            continue;
        };
        let team = TeamId(u32::try_from(s.team_no).unwrap_or(u32::MAX));
        if game.validate(team, &d).is_ok() {
            decisions.insert(team, d);
        } else {
            tracing::warn!(
                game_id,
                team = s.team_no,
                "stored decisions no longer valid"
            );
        }
    }
    let outcome = game
        .advance(&decisions)
        .context("the engine refused a round it had validated")
        .map_err(AppError::Internal)?;
    let mut reports = Vec::with_capacity(outcome.reports.len());
    for r in &outcome.reports {
        reports.push((i64::from(r.team.0), to_json(r)?, to_json(&r.key_figures)?));
    }
    let state_json = to_json(&game)?;
    let stored = simulation::store_round(
        &mut tx,
        &PlayedRound {
            game_id,
            version,
            state_json: &state_json,
            round_no,
            finished: outcome.finished,
            deadline_at: deadline,
            reports: &reports,
        },
    )
    .await?;
    if !stored {
        return Ok(Played::AlreadyPlayed);
    }
    if outcome.finished {
        keep_competences(&mut tx, &game, game_id).await?;
    } else if let Some(at) = deadline {
        jobs::enqueue_at(
            &mut tx,
            DEADLINE_JOB,
            &DeadlinePayload {
                game: game_id,
                round: round_no + 1,
            },
            at,
        )
        .await?;
    }
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(Played::Round {
        finished: outcome.finished,
    })
}

/// What a student keeps from a finished game: the EntreComp summary of their team and the
/// justifications the team wrote, which are the evidence behind it.
#[derive(Debug, Serialize, Deserialize)]
pub struct KeptSummary {
    pub summary: bottega_sim::CompetenceSummary,
    pub justifications: Vec<Justification>,
    pub final_cash_cents: i64,
    pub total_profit_cents: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Justification {
    pub round: u32,
    pub incident_key: String,
    pub response_key: String,
    pub text: String,
}

async fn keep_competences(tx: &mut Conn, game: &Game, game_id: i64) -> AppResult<()> {
    let players = simulation::players_in(tx, game_id).await?;
    let mut rows = Vec::with_capacity(players.len());
    for (user_id, team_no) in players {
        let team_id = TeamId(u32::try_from(team_no).unwrap_or(u32::MAX));
        let Some(team) = game.team(team_id) else {
            continue;
        };
        let summary = game
            .competence_summary(team_id)
            .context("competence summary of a known team")
            .map_err(AppError::Internal)?;
        let justifications = team
            .history
            .iter()
            .flat_map(|r| {
                r.answered
                    .iter()
                    .filter(|a| !a.automatic && !a.justification.is_empty())
                    .map(|a| Justification {
                        round: r.round,
                        incident_key: format!("incident.{}", a.incident),
                        response_key: a.response_key.clone(),
                        text: a.justification.clone(),
                    })
            })
            .collect();
        let kept = KeptSummary {
            summary,
            justifications,
            final_cash_cents: team.company.finances.cash_cents,
            total_profit_cents: team
                .history
                .iter()
                .map(|r| r.outcome.net_profit_cents)
                .sum(),
        };
        rows.push((user_id, team_no, to_json(&kept)?));
    }
    simulation::keep_competences(tx, game_id, &rows).await?;
    Ok(())
}

/// The deadline job: plays the round if it is still the one the deadline was set for and the
/// deadline has passed (the teacher may have played it already, or moved the deadline).
pub async fn run_deadline(state: &AppState, payload: &str) -> anyhow::Result<()> {
    let p: DeadlinePayload = serde_json::from_str(payload)?;
    let Some(info) = simulation::info(&state.db, p.game).await? else {
        return Ok(());
    };
    let due = info.deadline_at.is_some_and(|d| d <= now());
    if info.is_finished() || info.round_no != p.round || !due {
        return Ok(());
    }
    match play_round(state, p.game, info.version).await {
        Ok(_) => Ok(()),
        Err(e) => anyhow::bail!("playing round {} of game {}: {e}", p.round, p.game),
    }
}
