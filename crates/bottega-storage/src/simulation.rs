//! The business simulation's rows: games run by a teacher for a class, their teams and players,
//! submitted decisions, round reports, the teacher's comments and the competence summaries kept
//! on students' profiles.
//!
//! The engine's state and reports are opaque JSON here: this crate stores them, the web layer
//! (which knows `bottega-sim`) reads them. Playing a round is one transaction guarded by the
//! game's `version`, so a round can never be played twice, whichever node or click comes second.

use sqlx::FromRow;

use crate::{now, Conn, Db, StorageResult};

/// `running` until the last round is played, then `finished`.
pub const RUNNING: &str = "running";
pub const FINISHED: &str = "finished";

/// A game without its engine state, as lists and access checks need it.
#[derive(Debug, Clone, FromRow)]
pub struct GameInfo {
    pub id: i64,
    pub title: String,
    pub scenario: String,
    pub mode: String,
    pub rounds: i64,
    pub round_no: i64,
    pub status: String,
    pub teacher_id: Option<i64>,
    pub teacher_name: Option<String>,
    pub join_code: String,
    pub round_minutes: Option<i64>,
    pub deadline_at: Option<i64>,
    pub lang: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

impl GameInfo {
    pub fn is_finished(&self) -> bool {
        self.status == FINISHED
    }
}

const INFO: &str = "SELECT g.id, g.title, g.scenario, g.mode, g.rounds, g.round_no, g.status, g.teacher_id, \
    t.display_name AS teacher_name, g.join_code, g.round_minutes, g.deadline_at, g.lang, g.version, \
    g.created_at, g.updated_at FROM sim_games g LEFT JOIN users t ON t.id = g.teacher_id";

pub struct NewGame<'a> {
    pub title: &'a str,
    pub scenario: &'a str,
    pub mode: &'a str,
    pub rounds: i64,
    pub teacher_id: i64,
    pub join_code: &'a str,
    pub round_minutes: Option<i64>,
    pub lang: &'a str,
    pub state_json: &'a str,
    pub team_names: &'a [String],
}

/// Creates a game with its teams (numbered from 0 in the given order).
pub async fn create(conn: &mut Conn, g: &NewGame<'_>) -> StorageResult<i64> {
    let at = now();
    let deadline = g.round_minutes.map(|m| at + m * 60_000);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sim_games (title, scenario, mode, rounds, round_no, status, teacher_id, join_code, \
         round_minutes, deadline_at, lang, state_json, version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 0, $5, $6, $7, $8, $9, $10, $11, 0, $12, $12) RETURNING id",
    )
    .bind(g.title)
    .bind(g.scenario)
    .bind(g.mode)
    .bind(g.rounds)
    .bind(RUNNING)
    .bind(g.teacher_id)
    .bind(g.join_code)
    .bind(g.round_minutes)
    .bind(deadline)
    .bind(g.lang)
    .bind(g.state_json)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    for (no, name) in g.team_names.iter().enumerate() {
        sqlx::query("INSERT INTO sim_teams (game_id, team_no, name) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(no as i64)
            .bind(name)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

pub async fn info(db: &Db, id: i64) -> StorageResult<Option<GameInfo>> {
    Ok(sqlx::query_as(&format!("{INFO} WHERE g.id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?)
}

pub async fn by_code(db: &Db, code: &str) -> StorageResult<Option<GameInfo>> {
    Ok(sqlx::query_as(&format!("{INFO} WHERE g.join_code = $1"))
        .bind(code)
        .fetch_optional(db.reader())
        .await?)
}

pub async fn code_taken(conn: &mut Conn, code: &str) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sim_games WHERE join_code = $1")
        .bind(code)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// The engine state of a game, read for an action (a preview, a round).
pub async fn state(db: &Db, id: i64) -> StorageResult<Option<(i64, String)>> {
    Ok(
        sqlx::query_as("SELECT version, state_json FROM sim_games WHERE id = $1")
            .bind(id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// A game in someone's list, with their part in it.
#[derive(Debug, Clone, FromRow)]
pub struct MyGame {
    pub id: i64,
    pub title: String,
    pub scenario: String,
    pub rounds: i64,
    pub round_no: i64,
    pub status: String,
    pub deadline_at: Option<i64>,
    /// The team they play in; `None` when they teach the game.
    pub team_no: Option<i64>,
    pub team_name: Option<String>,
    pub created_at: i64,
}

/// The games a person teaches or plays in, newest first.
pub async fn mine(db: &Db, user_id: i64) -> StorageResult<Vec<MyGame>> {
    Ok(sqlx::query_as(
        "SELECT g.id, g.title, g.scenario, g.rounds, g.round_no, g.status, g.deadline_at, \
         p.team_no, t.name AS team_name, g.created_at \
         FROM sim_games g \
         LEFT JOIN sim_players p ON p.game_id = g.id AND p.user_id = $1 \
         LEFT JOIN sim_teams t ON t.game_id = g.id AND t.team_no = p.team_no \
         WHERE g.teacher_id = $1 OR p.user_id = $1 \
         ORDER BY g.created_at DESC, g.id DESC LIMIT 200",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Team {
    pub team_no: i64,
    pub name: String,
    pub players: i64,
}

/// The teams of a game with how many people play in each.
pub async fn teams(db: &Db, game_id: i64) -> StorageResult<Vec<Team>> {
    Ok(sqlx::query_as(
        "SELECT t.team_no, t.name, COUNT(p.user_id) AS players FROM sim_teams t \
         LEFT JOIN sim_players p ON p.game_id = t.game_id AND p.team_no = t.team_no \
         WHERE t.game_id = $1 GROUP BY t.team_no, t.name ORDER BY t.team_no",
    )
    .bind(game_id)
    .fetch_all(db.reader())
    .await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Player {
    pub user_id: i64,
    pub display_name: String,
    pub handle: Option<String>,
    pub team_no: i64,
}

pub async fn players(db: &Db, game_id: i64) -> StorageResult<Vec<Player>> {
    Ok(sqlx::query_as(
        "SELECT p.user_id, u.display_name, u.handle, p.team_no FROM sim_players p \
         JOIN users u ON u.id = p.user_id WHERE p.game_id = $1 ORDER BY p.team_no, u.display_name",
    )
    .bind(game_id)
    .fetch_all(db.reader())
    .await?)
}

/// The team a person plays in, if any.
pub async fn team_of(db: &Db, game_id: i64, user_id: i64) -> StorageResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT team_no FROM sim_players WHERE game_id = $1 AND user_id = $2")
            .bind(game_id)
            .bind(user_id)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// Puts a person in a team, or moves them there.
pub async fn place_player(
    conn: &mut Conn,
    game_id: i64,
    user_id: i64,
    team_no: i64,
) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO sim_players (game_id, user_id, team_no, joined_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (game_id, user_id) DO UPDATE SET team_no = excluded.team_no",
    )
    .bind(game_id)
    .bind(user_id)
    .bind(team_no)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn remove_player(conn: &mut Conn, game_id: i64, user_id: i64) -> StorageResult<bool> {
    let r = sqlx::query("DELETE FROM sim_players WHERE game_id = $1 AND user_id = $2")
        .bind(game_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// Takes the game's row for a change that depends on which round is open: on PostgreSQL the row
/// is locked until the transaction ends, so saving decisions and playing the round wait for each
/// other instead of racing (SQLite's single writer runs write transactions one at a time).
/// Returns the round being decided and the version, if the game is still running.
pub async fn lock_running(conn: &mut Conn, game_id: i64) -> StorageResult<Option<(i64, i64)>> {
    let lock = if crate::locks_rows(conn) {
        " FOR UPDATE"
    } else {
        ""
    };
    Ok(sqlx::query_as(&format!(
        "SELECT round_no, version FROM sim_games WHERE id = $1 AND status = $2{lock}"
    ))
    .bind(game_id)
    .bind(RUNNING)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Stores a team's decisions for a round, replacing earlier ones of the same round. Refused
/// (false) when the round has already been played or the game has ended meanwhile. The game row
/// is locked first, so a round being played at the same moment either sees these decisions or
/// makes this refusal.
pub async fn save_decisions(
    conn: &mut Conn,
    game_id: i64,
    team_no: i64,
    round_no: i64,
    json: &str,
    user_id: i64,
) -> StorageResult<bool> {
    if lock_running(conn, game_id).await?.map(|(round, _)| round) != Some(round_no) {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO sim_decisions (game_id, team_no, round_no, decisions_json, submitted_by, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (game_id, team_no, round_no) DO UPDATE SET \
         decisions_json = excluded.decisions_json, submitted_by = excluded.submitted_by, \
         submitted_at = excluded.submitted_at",
    )
    .bind(game_id)
    .bind(team_no)
    .bind(round_no)
    .bind(json)
    .bind(user_id)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

#[derive(Debug, Clone, FromRow)]
pub struct Submitted {
    pub team_no: i64,
    pub decisions_json: String,
    pub submitted_by_name: Option<String>,
    pub submitted_at: i64,
}

const SUBMITTED: &str = "SELECT d.team_no, d.decisions_json, u.display_name AS submitted_by_name, \
    d.submitted_at FROM sim_decisions d LEFT JOIN users u ON u.id = d.submitted_by \
    WHERE d.game_id = $1 AND d.round_no = $2 ORDER BY d.team_no";

/// The decisions submitted for a round, by team.
pub async fn submitted(db: &Db, game_id: i64, round_no: i64) -> StorageResult<Vec<Submitted>> {
    Ok(sqlx::query_as(SUBMITTED)
        .bind(game_id)
        .bind(round_no)
        .fetch_all(db.reader())
        .await?)
}

/// The same, read inside the transaction that plays the round (after [`lock_running`]).
pub async fn submitted_in(
    conn: &mut Conn,
    game_id: i64,
    round_no: i64,
) -> StorageResult<Vec<Submitted>> {
    Ok(sqlx::query_as(SUBMITTED)
        .bind(game_id)
        .bind(round_no)
        .fetch_all(&mut *conn)
        .await?)
}

/// The outcome of playing a round, to be stored in one go.
pub struct PlayedRound<'a> {
    pub game_id: i64,
    /// The version the round was computed from.
    pub version: i64,
    pub state_json: &'a str,
    pub round_no: i64,
    pub finished: bool,
    pub deadline_at: Option<i64>,
    /// `(team, report JSON, key figures JSON)` for the round just played.
    pub reports: &'a [(i64, String, String)],
}

/// Stores a played round. Returns false, changing nothing, when someone else played the round
/// first (the version moved on).
pub async fn store_round(conn: &mut Conn, r: &PlayedRound<'_>) -> StorageResult<bool> {
    let status = if r.finished { FINISHED } else { RUNNING };
    let changed = sqlx::query(
        "UPDATE sim_games SET state_json = $1, round_no = $2, status = $3, deadline_at = $4, \
         version = version + 1, updated_at = $5 WHERE id = $6 AND version = $7 AND status = $8",
    )
    .bind(r.state_json)
    .bind(r.round_no + 1)
    .bind(status)
    .bind(if r.finished { None } else { r.deadline_at })
    .bind(now())
    .bind(r.game_id)
    .bind(r.version)
    .bind(RUNNING)
    .execute(&mut *conn)
    .await?;
    if changed.rows_affected() == 0 {
        return Ok(false);
    }
    for (team, report, figures) in r.reports {
        sqlx::query(
            "INSERT INTO sim_reports (game_id, team_no, round_no, report_json, figures_json) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(r.game_id)
        .bind(*team)
        .bind(r.round_no)
        .bind(report)
        .bind(figures)
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// A team's full report of one round.
pub async fn report(
    db: &Db,
    game_id: i64,
    team_no: i64,
    round_no: i64,
) -> StorageResult<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT report_json FROM sim_reports WHERE game_id = $1 AND team_no = $2 AND round_no = $3",
    )
    .bind(game_id)
    .bind(team_no)
    .bind(round_no)
    .fetch_optional(db.reader())
    .await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Figures {
    pub team_no: i64,
    pub round_no: i64,
    pub figures_json: String,
}

/// Key figures of every round, of one team or of all teams (computer-run ones included), by
/// team and round.
pub async fn figures(db: &Db, game_id: i64, team_no: Option<i64>) -> StorageResult<Vec<Figures>> {
    Ok(sqlx::query_as(
        "SELECT team_no, round_no, figures_json FROM sim_reports \
         WHERE game_id = $1 AND ($2 < 0 OR team_no = $2) ORDER BY team_no, round_no",
    )
    .bind(game_id)
    .bind(team_no.unwrap_or(-1))
    .fetch_all(db.reader())
    .await?)
}

#[derive(Debug, Clone, FromRow)]
pub struct Comment {
    pub id: i64,
    pub team_no: i64,
    pub round_no: i64,
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: i64,
}

pub async fn add_comment(
    conn: &mut Conn,
    game_id: i64,
    team_no: i64,
    round_no: i64,
    author_id: i64,
    body: &str,
) -> StorageResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO sim_comments (game_id, team_no, round_no, author_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(game_id)
    .bind(team_no)
    .bind(round_no)
    .bind(author_id)
    .bind(body)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// The teacher's comments on a team, oldest first.
pub async fn comments(db: &Db, game_id: i64, team_no: i64) -> StorageResult<Vec<Comment>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.team_no, c.round_no, u.display_name AS author_name, c.body, c.created_at \
         FROM sim_comments c LEFT JOIN users u ON u.id = c.author_id \
         WHERE c.game_id = $1 AND c.team_no = $2 ORDER BY c.round_no, c.created_at, c.id",
    )
    .bind(game_id)
    .bind(team_no)
    .fetch_all(db.reader())
    .await?)
}

/// Keeps each player's competence summary of a finished game (`(user, team, JSON)`).
pub async fn keep_competences(
    conn: &mut Conn,
    game_id: i64,
    rows: &[(i64, i64, String)],
) -> StorageResult<()> {
    let at = now();
    for (user_id, team_no, json) in rows {
        sqlx::query(
            "INSERT INTO sim_competences (user_id, game_id, team_no, summary_json, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, game_id) DO UPDATE SET \
             team_no = excluded.team_no, summary_json = excluded.summary_json",
        )
        .bind(user_id)
        .bind(game_id)
        .bind(team_no)
        .bind(json)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The players of a game, read inside the transaction that finishes it.
pub async fn players_in(conn: &mut Conn, game_id: i64) -> StorageResult<Vec<(i64, i64)>> {
    Ok(
        sqlx::query_as("SELECT user_id, team_no FROM sim_players WHERE game_id = $1")
            .bind(game_id)
            .fetch_all(&mut *conn)
            .await?,
    )
}

#[derive(Debug, Clone, FromRow)]
pub struct KeptCompetences {
    pub game_id: i64,
    pub title: String,
    pub scenario: String,
    pub team_name: Option<String>,
    pub summary_json: String,
    pub created_at: i64,
}

/// The competence summaries on a person's profile, newest first.
pub async fn competences_of(db: &Db, user_id: i64) -> StorageResult<Vec<KeptCompetences>> {
    Ok(sqlx::query_as(
        "SELECT k.game_id, g.title, g.scenario, t.name AS team_name, k.summary_json, k.created_at \
         FROM sim_competences k JOIN sim_games g ON g.id = k.game_id \
         LEFT JOIN sim_teams t ON t.game_id = k.game_id AND t.team_no = k.team_no \
         WHERE k.user_id = $1 ORDER BY k.created_at DESC, k.game_id DESC LIMIT 50",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}
