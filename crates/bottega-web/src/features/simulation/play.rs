//! A team's side of the game: the dashboard with figures and charts, the decision form with its
//! "what if" preview, and the report of each round played.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use bottega_sim::{CompanyState, Decisions, Game, TeamId, TeamReport};
use bottega_storage::now;
use bottega_storage::simulation::{self, Comment, GameInfo};

use super::engine;
use super::forms::{self, FormView, Problems};
use super::present::{self, money, percent, FiguresView, LineChart, Series};
use super::report::{AnsweredView, ReportView};
use super::{progress, scenario_name, seat, Seat};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render, render_status};

/// A team number from the address that names a team of this game the reader may see.
fn team_in(seat: &Seat, game: &Game, team: &str) -> AppResult<i64> {
    let team = class_team(game, team)?;
    if !seat.may_see_team(team) {
        return Err(AppError::NotFound);
    }
    Ok(team)
}

/// A team number from the address that names one of the class's own teams (not a computer-run
/// shop), whoever reads it.
fn class_team(game: &Game, team: &str) -> AppResult<i64> {
    let team = team.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let known = u32::try_from(team)
        .ok()
        .and_then(|t| game.team(TeamId(t)))
        .is_some_and(|t| !t.computer);
    if !known {
        return Err(AppError::NotFound);
    }
    Ok(team)
}

fn company(game: &Game, team: i64) -> AppResult<&CompanyState> {
    u32::try_from(team)
        .ok()
        .and_then(|t| game.team(TeamId(t)))
        .map(|t| &t.company)
        .ok_or(AppError::NotFound)
}

async fn team_name(state: &AppState, game_id: i64, team: i64) -> AppResult<String> {
    Ok(simulation::teams(&state.db, game_id)
        .await?
        .into_iter()
        .find(|t| t.team_no == team)
        .map(|t| t.name)
        .unwrap_or_default())
}

// ---- Dashboard ------------------------------------------------------------------------------

pub struct IncidentStory {
    pub round: u32,
    pub answered: AnsweredView,
}

#[derive(Template)]
#[template(path = "simulation/team.html")]
struct TeamPage {
    c: Ctx,
    seat: Seat,
    team: i64,
    team_name: String,
    members: Vec<String>,
    progress: String,
    scenario: String,
    deadline: Option<String>,
    submitted: Option<String>,
    bankrupt: bool,
    now: Option<FiguresView>,
    last: Option<ReportView>,
    pending: Vec<String>,
    charts: Vec<LineChart>,
    history: Vec<(u32, FiguresView)>,
    stories: Vec<IncidentStory>,
    comments: Vec<Comment>,
    rounds: Vec<u32>,
}

impl TeamPage {
    fn when(&self, at: &i64) -> String {
        self.c.l.datetime(*at)
    }
    /// Whether the reader plays in this team (and so decides for it).
    fn is_mine(&self) -> bool {
        self.seat.team == Some(self.team)
    }
}

pub async fn dashboard(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, team)): Path<(String, String)>,
) -> AppResult<Response> {
    let seat = seat(&state, &c, &id).await?;
    let (_, game) = engine::current(&state, seat.game.id).await?;
    let team = team_in(&seat, &game, &team)?;
    let company = company(&game, team)?;
    let members = simulation::players(&state.db, seat.game.id)
        .await?
        .into_iter()
        .filter(|p| p.team_no == team)
        .map(|p| p.display_name)
        .collect();
    let figures = simulation::figures(&state.db, seat.game.id, Some(team)).await?;
    let history: Vec<(u32, bottega_sim::KeyFigures)> = figures
        .iter()
        .filter_map(|f| {
            let k = serde_json::from_str(&f.figures_json).ok()?;
            Some((u32::try_from(f.round_no).ok()? + 1, k))
        })
        .collect();
    let l = &c.l;
    let charts = if history.len() > 1 {
        let series = |label: &str, f: &dyn Fn(&bottega_sim::KeyFigures) -> f64| Series {
            label: l.t(label),
            values: history.iter().map(|(_, k)| f(k)).collect(),
        };
        vec![
            LineChart::new(
                l.t("sim-chart-money"),
                &[
                    series("sim-figure-cash", &|k| k.cash_cents as f64),
                    series("sim-figure-profit", &|k| k.net_profit_cents as f64),
                ],
                &|v| money(l, v.round() as i64),
            ),
            LineChart::new(
                l.t("sim-chart-customers"),
                &[
                    series("sim-figure-market-share", &|k| k.market_share),
                    series("sim-figure-satisfaction", &|k| k.satisfaction),
                    series("sim-figure-reputation", &|k| k.reputation),
                ],
                &|v| percent(l, v),
            ),
        ]
    } else {
        Vec::new()
    };
    let last = if game.round() > 0 {
        simulation::report(&state.db, seat.game.id, team, i64::from(game.round()) - 1)
            .await?
            .and_then(|json| serde_json::from_str::<TeamReport>(&json).ok())
            .map(|r| ReportView::new(l, &r))
    } else {
        None
    };
    let submitted = simulation::submitted(&state.db, seat.game.id, seat.game.round_no)
        .await?
        .into_iter()
        .find(|s| s.team_no == team)
        .map(|s| {
            l.t2(
                "sim-submitted-by",
                "name",
                s.submitted_by_name.unwrap_or_default(),
                "when",
                l.datetime(s.submitted_at),
            )
        });
    let stories = u32::try_from(team)
        .ok()
        .and_then(|t| game.team(TeamId(t)))
        .map(|t| {
            t.history
                .iter()
                .flat_map(|r| {
                    r.answered.iter().map(|a| IncidentStory {
                        round: r.round + 1,
                        answered: AnsweredView {
                            incident: present::key(l, &format!("incident.{}", a.incident)),
                            response: present::key(l, &a.response_key),
                            justification: a.justification.clone(),
                            automatic: a.automatic,
                        },
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let comments = simulation::comments(&state.db, seat.game.id, team).await?;
    let pending = company
        .pending_incidents
        .iter()
        .map(|p| present::key(l, &p.key))
        .collect();
    let page = TeamPage {
        team_name: team_name(&state, seat.game.id, team).await?,
        members,
        progress: progress(&c, &seat.game),
        scenario: scenario_name(&c, &seat.game.scenario),
        deadline: open_deadline(&c, &seat.game),
        submitted,
        bankrupt: company.bankrupt,
        now: history.last().map(|(_, k)| FiguresView::new(l, k)),
        rounds: history.iter().map(|(r, _)| *r).collect(),
        history: history
            .iter()
            .map(|(r, k)| (*r, FiguresView::new(l, k)))
            .collect(),
        last,
        pending,
        charts,
        stories,
        comments,
        team,
        seat,
        c,
    };
    Ok(render(&page))
}

/// When the round being decided closes, for a running game with a deadline.
fn open_deadline(c: &Ctx, g: &GameInfo) -> Option<String> {
    if g.is_finished() {
        return None;
    }
    g.deadline_at.map(|d| c.l.datetime(d))
}

// ---- Decisions ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "simulation/decide.html")]
struct DecidePage {
    c: Ctx,
    game: GameInfo,
    team: i64,
    team_name: String,
    round: i64,
    deadline: Option<String>,
    form: FormView,
    problems: Problems,
    /// A problem with the whole form (the round moved on, the deadline passed).
    refusal: Option<String>,
    preview: Option<ReportView>,
    cash: String,
    staff: u32,
}

/// Only the team's own players decide for it, in a running game, before the deadline.
fn may_decide(seat: &Seat, team: i64) -> AppResult<()> {
    if seat.team != Some(team) {
        return Err(AppError::Refused {
            code: "sim_not_your_team",
            message: "sim-error-not-your-team",
            status: StatusCode::FORBIDDEN,
        });
    }
    seat.require_running()?;
    Ok(())
}

/// A bankrupt company no longer trades, so it has nothing to decide.
fn still_trading(company: &CompanyState) -> AppResult<()> {
    if company.bankrupt {
        return Err(AppError::refused(
            "decision_error-company_bankrupt",
            "sim_company_bankrupt",
        ));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn decide_page(
    state: &AppState,
    c: Ctx,
    seat: &Seat,
    game: &Game,
    team: i64,
    values: &BTreeMap<String, String>,
    problems: Problems,
    refusal: Option<String>,
    preview: Option<ReportView>,
) -> AppResult<DecidePage> {
    let company = company(game, team)?;
    let form = FormView::new(&c.l, game.scenario(), company, values, &problems);
    Ok(DecidePage {
        team_name: team_name(state, seat.game.id, team).await?,
        game: seat.game.clone(),
        team,
        round: seat.game.round_no,
        deadline: open_deadline(&c, &seat.game),
        form,
        problems,
        refusal,
        preview,
        cash: money(&c.l, company.finances.cash_cents),
        staff: company.staff.headcount,
        c,
    })
}

pub async fn decision_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, team)): Path<(String, String)>,
) -> AppResult<Response> {
    let seat = seat(&state, &c, &id).await?;
    let (_, game) = engine::current(&state, seat.game.id).await?;
    let team = team_in(&seat, &game, &team)?;
    may_decide(&seat, team)?;
    still_trading(company(&game, team)?)?;
    let stored = simulation::submitted(&state.db, seat.game.id, seat.game.round_no)
        .await?
        .into_iter()
        .find(|s| s.team_no == team)
        .and_then(|s| serde_json::from_str::<Decisions>(&s.decisions_json).ok());
    let decisions = match stored {
        Some(d) => d,
        None => game
            .draft_decisions(TeamId(team as u32))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("draft: {}", e.code())))?,
    };
    let values = forms::values_of(&decisions);
    let page = decide_page(
        &state,
        c,
        &seat,
        &game,
        team,
        &values,
        Problems::default(),
        None,
        None,
    )
    .await?;
    Ok(render(&page))
}

pub async fn decision_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, team)): Path<(String, String)>,
    Form(raw): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let seat = seat(&state, &c, &id).await?;
    let (_, game) = engine::current(&state, seat.game.id).await?;
    // A player who sends decisions for another team is told so (the teams of a game are no
    // secret to its players); reading another team's pages stays "not found".
    let team = class_team(&game, &team)?;
    may_decide(&seat, team)?;
    still_trading(company(&game, team)?)?;
    let field = |name: &str| {
        raw.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let preview_only = field("action") == "preview";
    let company = company(&game, team)?;
    let (decisions, values, mut problems) =
        forms::read(&c.l, &raw, game.scenario(), &company.pending_incidents);
    // The form was for another round: it was played meanwhile — also when the round was played
    // between reading the seat and reading the engine's state (then the incidents checked above
    // are the next round's, and naming them would blame the student for a form they never saw).
    let moved_on = field("round") != seat.game.round_no.to_string()
        || i64::from(game.round()) != seat.game.round_no;
    let refusal = if moved_on {
        Some(c.t("sim-error-round-moved-on"))
    } else if !preview_only && seat.game.deadline_at.is_some_and(|d| d < now()) {
        Some(c.t("sim-error-deadline-passed"))
    } else {
        None
    };
    if problems.is_empty() {
        if let Err(bottega_sim::GameError::InvalidDecisions { errors, .. }) =
            game.validate(TeamId(team as u32), &decisions)
        {
            forms::add_engine_errors(&c.l, &errors, &decisions, &mut problems);
        }
    }
    if refusal.is_some() || !problems.is_empty() {
        let status = if refusal.is_some() {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        let page = decide_page(
            &state, c, &seat, &game, team, &values, problems, refusal, None,
        )
        .await?;
        return Ok(render_status(status, &page));
    }
    if preview_only {
        let report = game
            .preview(TeamId(team as u32), &decisions)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("preview: {}", e.code())))?;
        let preview = Some(ReportView::new(&c.l, &report));
        let page = decide_page(
            &state,
            c,
            &seat,
            &game,
            team,
            &values,
            Problems::default(),
            None,
            preview,
        )
        .await?;
        return Ok(render(&page));
    }
    let json = engine::to_json(&decisions)?;
    let mut tx = state.db.begin().await?;
    let saved = simulation::save_decisions(
        &mut tx,
        seat.game.id,
        team,
        seat.game.round_no,
        &json,
        seat.user_id,
    )
    .await?;
    if !saved {
        drop(tx);
        let refusal = Some(c.t("sim-error-round-moved-on"));
        let page = decide_page(
            &state,
            c,
            &seat,
            &game,
            team,
            &values,
            Problems::default(),
            refusal,
            None,
        )
        .await?;
        return Ok(render_status(StatusCode::CONFLICT, &page));
    }
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/simulations/{}/teams/{team}", seat.game.id),
        "flash-sim-decisions-saved",
    ))
}

// ---- One round's report ---------------------------------------------------------------------

#[derive(Template)]
#[template(path = "simulation/round.html")]
struct RoundPage {
    c: Ctx,
    game: GameInfo,
    team: i64,
    team_name: String,
    report: ReportView,
    rounds: i64,
}

pub async fn round_report(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, team, round)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let seat = seat(&state, &c, &id).await?;
    let team = team.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !seat.may_see_team(team) {
        return Err(AppError::NotFound);
    }
    // Rounds are counted from 1 in addresses, as people count them.
    let round = round
        .parse::<i64>()
        .ok()
        .filter(|r| *r >= 1)
        .ok_or(AppError::NotFound)?;
    let json = simulation::report(&state.db, seat.game.id, team, round - 1)
        .await?
        .ok_or(AppError::NotFound)?;
    let report: TeamReport = serde_json::from_str(&json)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("stored report: {e}")))?;
    if report.computer {
        return Err(AppError::NotFound);
    }
    Ok(render(&RoundPage {
        team_name: team_name(&state, seat.game.id, team).await?,
        report: ReportView::new(&c.l, &report),
        rounds: seat.game.round_no,
        game: seat.game,
        team,
        c,
    }))
}
