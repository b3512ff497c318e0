//! The teacher's side: the class overview with who has decided, playing a round, placing
//! students in teams, comments on a team's reasoning, the debrief that compares all teams over
//! time, and the results as CSV.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use bottega_sim::{Game, KeyFigures};
use bottega_storage::accounts;
use bottega_storage::simulation::{self, GameInfo, Player, Team};
use serde::Deserialize;

use super::engine::{self, Played};
use super::present::{self, money, percent, FiguresView, LineChart, Series};
use super::{length_label, progress, scenario_name, seat, Seat};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::render;

/// The seat of someone who teaches this game; students are refused.
async fn teacher_seat(state: &AppState, c: &Ctx, id: &str) -> AppResult<Seat> {
    let seat = seat(state, c, id).await?;
    if !seat.teaches {
        return Err(AppError::Refused {
            code: "sim_teacher_only",
            message: "sim-error-teacher-only",
            status: StatusCode::FORBIDDEN,
        });
    }
    Ok(seat)
}

/// The key figures of every team (computer-run ones included), round by round.
async fn all_figures(state: &AppState, game_id: i64) -> AppResult<BTreeMap<i64, Vec<KeyFigures>>> {
    let mut by_team: BTreeMap<i64, Vec<KeyFigures>> = BTreeMap::new();
    for f in simulation::figures(&state.db, game_id, None).await? {
        if let Ok(k) = serde_json::from_str::<KeyFigures>(&f.figures_json) {
            by_team.entry(f.team_no).or_default().push(k);
        }
    }
    Ok(by_team)
}

/// A team's name: the class's own teams by the names given, computer-run shops numbered.
fn name_of(c: &Ctx, teams: &[Team], team_no: i64, humans: i64) -> String {
    teams
        .iter()
        .find(|t| t.team_no == team_no)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| c.l.t1("sim-computer-team", "number", team_no - humans + 1))
}

// ---- Overview -------------------------------------------------------------------------------

pub struct TeamRow {
    pub team_no: i64,
    pub name: String,
    pub players: Vec<Player>,
    pub decided: bool,
    pub figures: Option<FiguresView>,
    pub bankrupt: bool,
}

#[derive(Template)]
#[template(path = "simulation/overview.html")]
struct OverviewPage {
    c: Ctx,
    game: GameInfo,
    scenario: String,
    progress: String,
    mode: String,
    length: Option<String>,
    deadline: Option<String>,
    rows: Vec<TeamRow>,
    decided: usize,
    teams: Vec<Team>,
}

pub async fn overview(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seat = seat(&state, &c, &id).await?;
    if !seat.teaches {
        if let Some(team) = seat.team {
            return Ok(
                Redirect::to(&format!("/simulations/{}/teams/{team}", seat.game.id))
                    .into_response(),
            );
        }
    }
    let game = seat.game;
    let (_, engine_game) = engine::current(&state, game.id).await?;
    let teams = simulation::teams(&state.db, game.id).await?;
    let players = simulation::players(&state.db, game.id).await?;
    let submitted: Vec<i64> = simulation::submitted(&state.db, game.id, game.round_no)
        .await?
        .into_iter()
        .map(|s| s.team_no)
        .collect();
    let figures = all_figures(&state, game.id).await?;
    let rows: Vec<TeamRow> = teams
        .iter()
        .map(|t| TeamRow {
            team_no: t.team_no,
            name: t.name.clone(),
            players: players
                .iter()
                .filter(|p| p.team_no == t.team_no)
                .cloned()
                .collect(),
            decided: submitted.contains(&t.team_no),
            figures: figures
                .get(&t.team_no)
                .and_then(|f| f.last())
                .map(|k| FiguresView::new(&c.l, k)),
            bankrupt: bankrupt(&engine_game, t.team_no),
        })
        .collect();
    let page = OverviewPage {
        scenario: scenario_name(&c, &game.scenario),
        progress: progress(&c, &game),
        mode: c.t(&format!("sim-mode-{}", game.mode)),
        length: game.round_minutes.map(|m| length_label(&c, m)),
        deadline: (!game.is_finished())
            .then_some(game.deadline_at)
            .flatten()
            .map(|d| c.l.datetime(d)),
        decided: rows.iter().filter(|r| r.decided).count(),
        rows,
        teams,
        game,
        c,
    };
    Ok(render(&page))
}

fn bankrupt(game: &Game, team_no: i64) -> bool {
    u32::try_from(team_no)
        .ok()
        .and_then(|t| game.team(bottega_sim::TeamId(t)))
        .is_some_and(|t| t.company.bankrupt)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlayForm {
    version: String,
}

pub async fn play_round(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PlayForm>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    seat.require_running()?;
    // The version the teacher saw: a second click (or a deadline) that comes after the round
    // was played finds it moved on and plays nothing.
    let version = form
        .version
        .trim()
        .parse::<i64>()
        .map_err(|_| AppError::BadRequest)?;
    match engine::play_round(&state, seat.game.id, version).await? {
        Played::Round { finished } => Ok(redirect_with_flash(
            &format!("/simulations/{}", seat.game.id),
            if finished {
                "flash-sim-game-finished"
            } else {
                "flash-sim-round-played"
            },
        )),
        Played::AlreadyPlayed => Err(AppError::refused(
            "sim-error-round-already-played",
            "sim_round_already_played",
        )),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlaceForm {
    person: String,
    team: String,
}

/// The teacher puts a student (by handle or email address) in a team, or moves them.
pub async fn place_player(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<PlaceForm>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    seat.require_running()?;
    let teams = simulation::teams(&state.db, seat.game.id).await?;
    let team = form
        .team
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|t| teams.iter().any(|x| x.team_no == *t))
        .ok_or(AppError::refused(
            "sim-error-choose-team",
            "sim_unknown_team",
        ))?;
    let person = form.person.trim().trim_start_matches('@').to_lowercase();
    let user_id = if person.contains('@') {
        accounts::by_email(&state.db, &person)
            .await?
            .filter(|u| u.status == "active")
            .map(|u| u.id)
    } else {
        accounts::by_handles(&state.db, &[person])
            .await?
            .first()
            .map(|h| h.id)
    };
    let Some(user_id) = user_id else {
        return Err(AppError::Refused {
            code: "sim_unknown_person",
            message: "sim-error-unknown-person",
            status: StatusCode::UNPROCESSABLE_ENTITY,
        });
    };
    if Some(user_id) == seat.game.teacher_id {
        return Err(AppError::refused(
            "sim-error-own-game",
            "sim_teacher_cannot_play",
        ));
    }
    let mut tx = state.db.begin().await?;
    simulation::place_player(&mut tx, seat.game.id, user_id, team).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/simulations/{}", seat.game.id),
        "flash-sim-player-placed",
    ))
}

pub async fn remove_player(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, user)): Path<(String, String)>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    let user_id = user.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let removed = simulation::remove_player(&mut tx, seat.game.id, user_id).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(redirect_with_flash(
        &format!("/simulations/{}", seat.game.id),
        "flash-sim-player-removed",
    ))
}

// ---- Comments -------------------------------------------------------------------------------

/// Longest comment, in characters.
const COMMENT_CHARS: usize = 2000;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CommentForm {
    round: String,
    body: String,
}

pub async fn comment(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, team)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    let teams = simulation::teams(&state.db, seat.game.id).await?;
    let team = team
        .parse::<i64>()
        .ok()
        .filter(|t| teams.iter().any(|x| x.team_no == *t))
        .ok_or(AppError::NotFound)?;
    let round = form
        .round
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|r| (1..=seat.game.round_no).contains(r))
        .ok_or(AppError::BadRequest)?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > COMMENT_CHARS {
        return Err(AppError::Refused {
            code: "sim_comment_length",
            message: "sim-error-comment-length",
            status: StatusCode::UNPROCESSABLE_ENTITY,
        });
    }
    let mut tx = state.db.begin().await?;
    simulation::add_comment(&mut tx, seat.game.id, team, round - 1, seat.user_id, body).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/simulations/{}/teams/{team}#comments", seat.game.id),
        "flash-sim-comment-added",
    ))
}

// ---- Debrief --------------------------------------------------------------------------------

pub struct DebriefRow {
    pub name: String,
    pub computer: bool,
    pub total_profit: String,
    pub final_cash: String,
    pub average_share: String,
    pub satisfaction: String,
    pub bankrupt: bool,
}

pub struct Story {
    pub team: String,
    pub round: u32,
    pub incident: String,
    pub response: String,
    pub justification: String,
}

#[derive(Template)]
#[template(path = "simulation/debrief.html")]
struct DebriefPage {
    c: Ctx,
    game: GameInfo,
    scenario: String,
    progress: String,
    charts: Vec<LineChart>,
    rows: Vec<DebriefRow>,
    stories: Vec<Story>,
}

pub async fn debrief(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    let game = seat.game;
    let (_, engine_game) = engine::current(&state, game.id).await?;
    let teams = simulation::teams(&state.db, game.id).await?;
    let humans = teams.len() as i64;
    let figures = all_figures(&state, game.id).await?;
    let l = &c.l;
    let series = |f: &dyn Fn(&KeyFigures) -> f64| -> Vec<Series> {
        figures
            .iter()
            .map(|(team, ks)| Series {
                label: name_of(&c, &teams, *team, humans),
                values: ks.iter().map(f).collect(),
            })
            .collect()
    };
    let charts = if game.round_no > 0 {
        vec![
            LineChart::new(
                l.t("sim-figure-profit"),
                &series(&|k| k.net_profit_cents as f64),
                &|v| money(l, v.round() as i64),
            ),
            LineChart::new(
                l.t("sim-figure-cash"),
                &series(&|k| k.cash_cents as f64),
                &|v| money(l, v.round() as i64),
            ),
            LineChart::new(
                l.t("sim-figure-market-share"),
                &series(&|k| k.market_share),
                &|v| percent(l, v),
            ),
        ]
    } else {
        Vec::new()
    };
    let rows = figures
        .iter()
        .map(|(team, ks)| {
            let n = ks.len().max(1) as f64;
            DebriefRow {
                name: name_of(&c, &teams, *team, humans),
                computer: *team >= humans,
                total_profit: money(l, ks.iter().map(|k| k.net_profit_cents).sum()),
                final_cash: money(l, ks.last().map_or(0, |k| k.cash_cents)),
                average_share: percent(l, ks.iter().map(|k| k.market_share).sum::<f64>() / n),
                satisfaction: percent(l, ks.last().map_or(0.0, |k| k.satisfaction)),
                bankrupt: bankrupt(&engine_game, *team),
            }
        })
        .collect();
    let stories = engine_game
        .teams()
        .iter()
        .filter(|t| !t.computer)
        .flat_map(|t| {
            let team = name_of(&c, &teams, i64::from(t.id.0), humans);
            t.history.iter().flat_map(move |r| {
                let team = team.clone();
                r.answered
                    .iter()
                    .filter(|a| !a.automatic)
                    .map(move |a| Story {
                        team: team.clone(),
                        round: r.round + 1,
                        incident: present::key(l, &format!("incident.{}", a.incident)),
                        response: present::key(l, &a.response_key),
                        justification: a.justification.clone(),
                    })
            })
        })
        .collect();
    Ok(render(&DebriefPage {
        scenario: scenario_name(&c, &game.scenario),
        progress: progress(&c, &game),
        charts,
        rows,
        stories,
        game,
        c,
    }))
}

// ---- CSV ------------------------------------------------------------------------------------

/// A CSV field: quoted when needed, and with a leading apostrophe where a spreadsheet would
/// otherwise run it as a formula (a team name like `=HYPERLINK(...)`).
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub async fn csv(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seat = teacher_seat(&state, &c, &id).await?;
    let game = seat.game;
    let teams = simulation::teams(&state.db, game.id).await?;
    let humans = teams.len() as i64;
    let mut out = String::from(
        "team,team_name,computer,round,cash_eur,revenue_eur,net_profit_eur,gross_margin,market_share,\
         satisfaction,staff,morale,skill,reputation\r\n",
    );
    let euros = present::euros_field;
    for (team, ks) in all_figures(&state, game.id).await? {
        let name = name_of(&c, &teams, team, humans);
        for (round, k) in ks.iter().enumerate() {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{:.4},{:.4},{:.4},{},{:.4},{:.4},{:.4}\r\n",
                team + 1,
                csv_field(&name),
                team >= humans,
                round + 1,
                euros(k.cash_cents),
                euros(k.revenue_cents),
                euros(k.net_profit_cents),
                k.gross_margin,
                k.market_share,
                k.satisfaction,
                k.staff,
                k.morale,
                k.skill,
                k.reputation,
            ));
        }
    }
    let mut res = out.into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&bottega_files::names::content_disposition(&format!(
        "simulation-{}.csv",
        game.id
    ))) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Team 1"), "Team 1");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-x,y"), "\"'-x,y\"");
    }
}
