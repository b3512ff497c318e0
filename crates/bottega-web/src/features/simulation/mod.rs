//! The business simulation: a teacher starts a game of a sector scenario (a bakery, a carpentry
//! workshop, a hair salon) for a class; students join a team with a code and, round after round,
//! decide prices, production, staff, marketing, investment and money, answer incidents with a
//! written justification, and read what came of it in plain words. The teacher plays rounds by
//! hand or lets a deadline play them, comments on the teams' reasoning, and compares the teams
//! in a debrief. At the end each student keeps an EntreComp summary on their profile.
//!
//! The engine (`bottega-sim`) is pure: this folder stores its state, turns forms into decisions
//! and reports into pages. Who may do what is checked here on every request: only the teacher
//! (or a site administrator) manages a game and sees every team; a student sees and decides for
//! their own team only; nobody else learns that a game exists.

mod engine;
mod forms;
mod play;
mod present;
pub mod profile;
mod report;
mod teach;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use bottega_domain::Language;
use bottega_sim::{Game, GameConfig, Mode, Scenario};
use bottega_storage::simulation::{self, GameInfo, MyGame, NewGame};
use bottega_storage::{jobs, now};
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{language_options, render, render_status, Choice, FormErrors};

pub use engine::{run_deadline, KeptSummary, DEADLINE_JOB};
pub use present::{money, percent};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/simulations", get(list))
        .route("/simulations/new", get(new_form).post(new_submit))
        .route("/simulations/join", get(join_form).post(join_submit))
        .route("/simulations/glossary", get(glossary))
        .route("/simulations/{id}", get(teach::overview))
        .route("/simulations/{id}/rounds", post(teach::play_round))
        .route("/simulations/{id}/players", post(teach::place_player))
        .route(
            "/simulations/{id}/players/{user}/remove",
            post(teach::remove_player),
        )
        .route("/simulations/{id}/debrief", get(teach::debrief))
        .route("/simulations/{id}/results.csv", get(teach::csv))
        .route("/simulations/{id}/teams/{team}", get(play::dashboard))
        .route(
            "/simulations/{id}/teams/{team}/decisions",
            get(play::decision_form).post(play::decision_submit),
        )
        .route(
            "/simulations/{id}/teams/{team}/rounds/{round}",
            get(play::round_report),
        )
        .route(
            "/simulations/{id}/teams/{team}/comments",
            post(teach::comment),
        )
}

/// Most teams in one class game, and most rounds: enough for a class, small enough that the
/// debrief stays readable and a round is played in well under a millisecond.
pub const MAX_TEAMS: i64 = 30;
pub const MAX_ROUNDS: i64 = 36;
/// The round lengths a teacher may choose, in minutes (none: rounds are played by hand).
pub const ROUND_LENGTHS: [i64; 5] = [60, 24 * 60, 2 * 24 * 60, 3 * 24 * 60, 7 * 24 * 60];

/// A person's place in a game.
pub struct Seat {
    pub game: GameInfo,
    pub user_id: i64,
    /// The teacher, or a site administrator standing in for them.
    pub teaches: bool,
    /// The team they play in.
    pub team: Option<i64>,
}

impl Seat {
    pub fn may_see_team(&self, team: i64) -> bool {
        self.teaches || self.team == Some(team)
    }

    /// Refuses changes to a finished game: its results and the competences drawn from them
    /// stay as they were.
    pub fn require_running(&self) -> AppResult<()> {
        if self.game.is_finished() {
            return Err(AppError::refused(
                "sim-error-game-finished",
                "sim_game_finished",
            ));
        }
        Ok(())
    }
}

/// An id from the address; anything else is a page that does not exist.
fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id >= 0)
        .ok_or(AppError::NotFound)
}

/// The reader's seat in game `id`; a game they have no part in does not exist for them.
pub async fn seat(state: &AppState, c: &Ctx, id: &str) -> AppResult<Seat> {
    let user_id = c.require_user()?.user_id;
    let id = parse_id(id)?;
    let game = simulation::info(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let teaches = game.teacher_id == Some(user_id) || c.is_site_admin();
    let team = simulation::team_of(&state.db, id, user_id).await?;
    if !teaches && team.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(Seat {
        game,
        user_id,
        teaches,
        team,
    })
}

/// The name of a built-in scenario in the reader's language.
pub fn scenario_name(c: &Ctx, id: &str) -> String {
    present::key(&c.l, &format!("scenario.{id}.name"))
}

/// "Round 3 of 12", or "Finished" — where a game stands.
pub fn progress(c: &Ctx, g: &GameInfo) -> String {
    standing(c, g.is_finished(), g.round_no, g.rounds)
}

fn standing(c: &Ctx, finished: bool, round_no: i64, rounds: i64) -> String {
    if finished {
        c.t("sim-status-finished")
    } else {
        c.l.t2("sim-status-round", "round", round_no + 1, "rounds", rounds)
    }
}

// ---- My games -------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "simulation/list.html")]
struct ListPage {
    c: Ctx,
    teaching: Vec<MyGame>,
    playing: Vec<MyGame>,
    code: String,
    code_error: Option<String>,
}

impl ListPage {
    fn scenario(&self, id: &str) -> String {
        scenario_name(&self.c, id)
    }
    fn state_of(&self, g: &MyGame) -> String {
        standing(
            &self.c,
            g.status == simulation::FINISHED,
            g.round_no,
            g.rounds,
        )
    }
}

async fn list(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let Some(user) = &c.user else {
        return Ok(render(&Intro { c }));
    };
    let (teaching, playing) = simulation::mine(&state.db, user.user_id)
        .await?
        .into_iter()
        .partition(|g| g.team_no.is_none());
    Ok(render(&ListPage {
        c,
        teaching,
        playing,
        code: String::new(),
        code_error: None,
    }))
}

/// What visitors who are not signed in see: what the simulation is and how to start.
#[derive(Template)]
#[template(path = "simulation/intro.html")]
struct Intro {
    c: Ctx,
}

// ---- A new game -----------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewForm {
    title: String,
    scenario: String,
    mode: String,
    teams: String,
    team_names: String,
    rounds: String,
    round_minutes: String,
    lang: String,
}

#[derive(Template)]
#[template(path = "simulation/new.html")]
struct NewPage {
    c: Ctx,
    form: NewForm,
    errors: FormErrors,
    scenarios: Vec<(Choice, String)>,
    modes: Vec<Choice>,
    lengths: Vec<Choice>,
    languages: Vec<Choice>,
    max_teams: i64,
    max_rounds: i64,
}

fn new_page(c: Ctx, form: NewForm, errors: FormErrors) -> NewPage {
    let scenarios = Scenario::builtin_ids()
        .into_iter()
        .map(|id| {
            (
                Choice {
                    code: id.to_string(),
                    label: scenario_name(&c, id),
                    selected: form.scenario == id,
                },
                present::key(&c.l, &format!("scenario.{id}.description")),
            )
        })
        .collect();
    let modes = ["solo", "competitive"]
        .iter()
        .map(|m| Choice {
            code: (*m).to_string(),
            label: c.t(&format!("sim-mode-{m}")),
            selected: form.mode == *m,
        })
        .collect();
    // "By hand" is the select box's empty first option (see the template).
    let lengths = ROUND_LENGTHS
        .iter()
        .map(|m| Choice {
            code: m.to_string(),
            label: length_label(&c, *m),
            selected: form.round_minutes == m.to_string(),
        })
        .collect();
    let languages = language_options(&Language::parse(&form.lang).into_iter().collect::<Vec<_>>());
    NewPage {
        c,
        form,
        errors,
        scenarios,
        modes,
        lengths,
        languages,
        max_teams: MAX_TEAMS,
        max_rounds: MAX_ROUNDS,
    }
}

/// "1 hour", "2 days", "1 week".
pub fn length_label(c: &Ctx, minutes: i64) -> String {
    if minutes % (7 * 24 * 60) == 0 {
        c.l.t1("sim-length-weeks", "count", minutes / (7 * 24 * 60))
    } else if minutes % (24 * 60) == 0 {
        c.l.t1("sim-length-days", "count", minutes / (24 * 60))
    } else {
        c.l.t1("sim-length-hours", "count", minutes / 60)
    }
}

async fn new_form(c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    let form = NewForm {
        mode: "competitive".into(),
        teams: "4".into(),
        rounds: "12".into(),
        lang: c.l.lang().to_string(),
        ..NewForm::default()
    };
    Ok(render(&new_page(c, form, FormErrors::new())))
}

/// A whole number within `min..=max`, or the problem's message.
fn number_within(c: &Ctx, text: &str, min: i64, max: i64) -> Result<i64, String> {
    match forms::parse_count(text) {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) => Err(c.l.t2("sim-error-between", "min", min, "max", max)),
        Err(message) => Err(c.t(message)),
    }
}

async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let teacher_id = c.require_verified()?.user_id;
    let mut errors = FormErrors::new();
    let title = form.title.trim().to_string();
    let title_chars = title.chars().count();
    if !(3..=120).contains(&title_chars) {
        errors.add_message("title", c.l.t2("sim-error-length", "min", 3, "max", 120));
    }
    let scenario = match Scenario::builtin(&form.scenario) {
        Ok(s) => Some(s),
        Err(_) => {
            errors.add_message("scenario", c.t("sim-error-choose"));
            None
        }
    };
    let mode = match form.mode.as_str() {
        "solo" => Some(Mode::Solo),
        "competitive" => Some(Mode::Competitive),
        _ => {
            errors.add_message("mode", c.t("sim-error-choose"));
            None
        }
    };
    let teams = match number_within(&c, &form.teams, 1, MAX_TEAMS) {
        Ok(n) => n,
        Err(m) => {
            errors.add_message("teams", m);
            0
        }
    };
    if mode == Some(Mode::Competitive) && teams == 1 {
        errors.add_message("teams", c.t("sim-error-competitive-needs-two"));
    }
    let rounds = match number_within(&c, &form.rounds, 1, MAX_ROUNDS) {
        Ok(n) => n,
        Err(m) => {
            errors.add_message("rounds", m);
            0
        }
    };
    let round_minutes = if form.round_minutes.trim().is_empty() {
        None
    } else {
        match form.round_minutes.trim().parse::<i64>() {
            Ok(m) if ROUND_LENGTHS.contains(&m) => Some(m),
            _ => {
                errors.add_message("round_minutes", c.t("sim-error-choose"));
                None
            }
        }
    };
    let lang = Language::parse(&form.lang);
    if lang.is_none() {
        errors.add_message("lang", c.t("sim-error-choose"));
    }
    let names: Vec<String> = form
        .team_names
        .lines()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    if teams > 0 && names.len() as i64 > teams {
        errors.add_message(
            "team_names",
            c.l.t1("sim-error-too-many-names", "count", teams),
        );
    } else if names.iter().any(|n| n.chars().count() > 60) {
        errors.add_message("team_names", c.l.t1("sim-error-name-length", "max", 60));
    }
    let (Some(scenario), Some(mode), Some(lang), true) = (scenario, mode, lang, errors.is_empty())
    else {
        return Ok(render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &new_page(c, form, errors),
        ));
    };
    let scenario_id = scenario.id.clone();
    let game = Game::new(
        scenario,
        GameConfig {
            teams: teams as u32,
            seed: rand::random(),
            rounds: rounds as u32,
            mode,
        },
    )
    .map_err(|e| AppError::Internal(anyhow::anyhow!("new game refused: {}", e.code())))?;
    let team_names: Vec<String> = (0..teams as usize)
        .map(|i| {
            names
                .get(i)
                .cloned()
                .unwrap_or_else(|| c.l.t1("sim-team-default-name", "number", i as i64 + 1))
        })
        .collect();
    let state_json = engine::to_json(&game)?;
    let mut tx = state.db.begin().await?;
    let mut code = join_code();
    while simulation::code_taken(&mut tx, &code).await? {
        code = join_code();
    }
    let id = simulation::create(
        &mut tx,
        &NewGame {
            title: &title,
            scenario: &scenario_id,
            mode: &form.mode,
            rounds,
            teacher_id,
            join_code: &code,
            round_minutes,
            lang: lang.code(),
            state_json: &state_json,
            team_names: &team_names,
        },
    )
    .await?;
    if let Some(m) = round_minutes {
        jobs::enqueue_at(
            &mut tx,
            DEADLINE_JOB,
            &engine::DeadlinePayload { game: id, round: 0 },
            now() + m * 60_000,
        )
        .await?;
    }
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/simulations/{id}"),
        "flash-sim-created",
    ))
}

/// Six characters that cannot be mistaken for each other when read aloud or from a board.
fn join_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..6)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A code as typed: spaces and dashes dropped, letters upper-cased.
fn clean_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .take(12)
        .collect()
}

// ---- Joining --------------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct JoinForm {
    code: String,
    team: String,
}

#[derive(Template)]
#[template(path = "simulation/join.html")]
struct JoinPage {
    c: Ctx,
    game: GameInfo,
    code: String,
    teams: Vec<simulation::Team>,
    error: Option<String>,
}

impl JoinPage {
    fn scenario(&self) -> String {
        scenario_name(&self.c, &self.game.scenario)
    }
}

/// The game behind a code for someone who wants to play in it, or the list page naming the
/// problem (unknown code, a finished game, their own game).
async fn game_for_code(
    state: &AppState,
    c: &Ctx,
    code: &str,
) -> AppResult<Result<GameInfo, &'static str>> {
    let user_id = c.require_verified()?.user_id;
    let code = clean_code(code);
    let Some(game) = simulation::by_code(&state.db, &code).await? else {
        return Ok(Err("sim-error-unknown-code"));
    };
    if game.teacher_id == Some(user_id) {
        return Ok(Err("sim-error-own-game"));
    }
    if game.is_finished() {
        return Ok(Err("sim-error-game-finished"));
    }
    Ok(Ok(game))
}

async fn code_problem(
    state: &AppState,
    c: Ctx,
    code: String,
    problem: &str,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let (teaching, playing) = simulation::mine(&state.db, user_id)
        .await?
        .into_iter()
        .partition(|g| g.team_no.is_none());
    let error = Some(c.t(problem));
    Ok(render_status(
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        &ListPage {
            c,
            teaching,
            playing,
            code,
            code_error: error,
        },
    ))
}

async fn join_form(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<JoinForm>,
) -> AppResult<Response> {
    let game = match game_for_code(&state, &c, &q.code).await? {
        Ok(g) => g,
        Err(problem) => return code_problem(&state, c, q.code, problem).await,
    };
    let user_id = c.require_user()?.user_id;
    if let Some(team) = simulation::team_of(&state.db, game.id, user_id).await? {
        return Ok(
            axum::response::Redirect::to(&format!("/simulations/{}/teams/{team}", game.id))
                .into_response(),
        );
    }
    let teams = simulation::teams(&state.db, game.id).await?;
    Ok(render(&JoinPage {
        c,
        code: game.join_code.clone(),
        game,
        teams,
        error: None,
    }))
}

async fn join_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<JoinForm>,
) -> AppResult<Response> {
    let game = match game_for_code(&state, &c, &form.code).await? {
        Ok(g) => g,
        Err(problem) => return code_problem(&state, c, form.code, problem).await,
    };
    let user_id = c.require_user()?.user_id;
    if let Some(team) = simulation::team_of(&state.db, game.id, user_id).await? {
        // Already playing: a student changes team only through the teacher.
        return Ok(redirect_with_flash(
            &format!("/simulations/{}/teams/{team}", game.id),
            "flash-sim-already-in-team",
        ));
    }
    let teams = simulation::teams(&state.db, game.id).await?;
    let chosen = form
        .team
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|t| teams.iter().any(|x| x.team_no == *t));
    let Some(team) = chosen else {
        let error = Some(c.t("sim-error-choose-team"));
        return Ok(render_status(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            &JoinPage {
                c,
                code: game.join_code.clone(),
                game,
                teams,
                error,
            },
        ));
    };
    let mut tx = state.db.begin().await?;
    simulation::place_player(&mut tx, game.id, user_id, team).await?;
    tx.commit()
        .await
        .map_err(bottega_storage::StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/simulations/{}/teams/{team}", game.id),
        "flash-sim-joined",
    ))
}

// ---- Glossary -------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "simulation/glossary.html")]
struct GlossaryPage {
    c: Ctx,
    terms: Vec<(String, String, String)>,
}

async fn glossary(c: Ctx) -> AppResult<Response> {
    let mut terms: Vec<(String, String, String)> = bottega_sim::GlossaryTerm::ALL
        .iter()
        .map(|t| {
            let id = bottega_sim::fluent_id(&t.key());
            (
                t.id().to_string(),
                c.t(&id),
                c.t(&format!("{id}.definition")),
            )
        })
        .collect();
    terms.sort_by_key(|t| t.1.to_lowercase());
    Ok(render(&GlossaryPage { c, terms }))
}
