//! The scenario workshop: members propose drivers of change and rate them on impact and
//! uncertainty; the facilitator picks two uncertainties as axes; the four quadrants become
//! scenarios written together; members list the policy choices of today that lead towards or
//! away from each scenario and rate them on plausibility and desirability.

use bottega_domain::Language;
use sqlx::FromRow;

use super::Reader;
use crate::{now, Conn, Db, StorageError, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct Workshop {
    pub id: i64,
    pub community_id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub title: String,
    pub focal_question: String,
    pub horizon_year: i32,
    pub lang: String,
    pub facilitator_id: Option<i64>,
    pub facilitator_name: Option<String>,
    /// `drivers`, `scenarios` or `closed`.
    pub phase: String,
    pub axis_x_driver: Option<i64>,
    pub axis_y_driver: Option<i64>,
    pub x_low: String,
    pub x_high: String,
    pub y_low: String,
    pub y_high: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const SELECT: &str = "SELECT w.id, w.community_id, c.slug AS community_slug, c.name AS community_name, \
    w.title, w.focal_question, w.horizon_year, w.lang, w.facilitator_id, f.display_name AS facilitator_name, \
    w.phase, w.axis_x_driver, w.axis_y_driver, w.x_low, w.x_high, w.y_low, w.y_high, w.created_at, w.updated_at \
    FROM workshops w JOIN communities c ON c.id = w.community_id LEFT JOIN users f ON f.id = w.facilitator_id";

pub struct NewWorkshop<'a> {
    pub community_id: i64,
    pub title: &'a str,
    pub focal_question: &'a str,
    pub horizon_year: i32,
    pub lang: Language,
    pub facilitator_id: i64,
}

pub async fn create(conn: &mut Conn, w: &NewWorkshop<'_>) -> StorageResult<i64> {
    let at = now();
    Ok(sqlx::query_scalar(
        "INSERT INTO workshops (community_id, title, focal_question, horizon_year, lang, facilitator_id, \
         phase, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'drivers', $7, $7) RETURNING id",
    )
    .bind(w.community_id)
    .bind(w.title)
    .bind(w.focal_question)
    .bind(w.horizon_year)
    .bind(w.lang.code())
    .bind(w.facilitator_id)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?)
}

/// The workshops this reader may see, newest first.
pub async fn list(
    db: &Db,
    reader: &Reader,
    community_id: Option<i64>,
) -> StorageResult<Vec<Workshop>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE {} AND ($2 = 0 OR w.community_id = $2) ORDER BY w.created_at DESC, w.id DESC LIMIT 100",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(community_id.unwrap_or(0))
    .fetch_all(db.reader())
    .await?)
}

pub async fn visible(db: &Db, reader: &Reader, id: i64) -> StorageResult<Option<Workshop>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE w.id = $2 AND {}",
        reader.visible_sql(1)
    ))
    .bind(reader.bind_id())
    .bind(id)
    .fetch_optional(db.reader())
    .await?)
}

/// A driver with the average of its ratings and the reader's own rating.
#[derive(Debug, Clone, FromRow)]
pub struct Driver {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// `trend` or `uncertainty`.
    pub kind: String,
    pub author_name: Option<String>,
    pub ratings: i64,
    pub impact: Option<f64>,
    pub uncertainty: Option<f64>,
    pub my_impact: Option<i32>,
    pub my_uncertainty: Option<i32>,
}

pub async fn drivers(db: &Db, workshop_id: i64, reader_id: i64) -> StorageResult<Vec<Driver>> {
    Ok(sqlx::query_as(
        "SELECT d.id, d.title, d.description, d.kind, u.display_name AS author_name, \
         (SELECT COUNT(*) FROM driver_ratings r WHERE r.driver_id = d.id) AS ratings, \
         (SELECT AVG(CAST(r.impact AS DOUBLE PRECISION)) FROM driver_ratings r WHERE r.driver_id = d.id) AS impact, \
         (SELECT AVG(CAST(r.uncertainty AS DOUBLE PRECISION)) FROM driver_ratings r WHERE r.driver_id = d.id) AS uncertainty, \
         (SELECT r.impact FROM driver_ratings r WHERE r.driver_id = d.id AND r.user_id = $2) AS my_impact, \
         (SELECT r.uncertainty FROM driver_ratings r WHERE r.driver_id = d.id AND r.user_id = $2) AS my_uncertainty \
         FROM drivers d LEFT JOIN users u ON u.id = d.author_id WHERE d.workshop_id = $1 ORDER BY d.created_at, d.id",
    )
    .bind(workshop_id)
    .bind(reader_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn add_driver(
    conn: &mut Conn,
    workshop_id: i64,
    author_id: i64,
    title: &str,
    description: &str,
    kind: &str,
) -> StorageResult<i64> {
    touch(conn, workshop_id).await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO drivers (workshop_id, author_id, title, description, kind, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(workshop_id)
    .bind(author_id)
    .bind(title)
    .bind(description)
    .bind(kind)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

/// Records (or replaces) a person's rating of a driver, each 1 to 5 (checked by the caller).
pub async fn rate_driver(
    conn: &mut Conn,
    workshop_id: i64,
    driver_id: i64,
    user_id: i64,
    impact: i32,
    uncertainty: i32,
) -> StorageResult<()> {
    let belongs: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM drivers WHERE id = $1 AND workshop_id = $2")
            .bind(driver_id)
            .bind(workshop_id)
            .fetch_one(&mut *conn)
            .await?;
    if belongs == 0 {
        return Err(StorageError::NotFound);
    }
    sqlx::query(
        "INSERT INTO driver_ratings (driver_id, user_id, impact, uncertainty, rated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (driver_id, user_id) DO UPDATE SET impact = excluded.impact, \
         uncertainty = excluded.uncertainty, rated_at = excluded.rated_at",
    )
    .bind(driver_id)
    .bind(user_id)
    .bind(impact)
    .bind(uncertainty)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub struct Axes<'a> {
    pub x_driver: i64,
    pub y_driver: i64,
    pub x_low: &'a str,
    pub x_high: &'a str,
    pub y_low: &'a str,
    pub y_high: &'a str,
}

/// Sets the two axes and opens the scenario phase with four empty scenarios (once).
pub async fn set_axes(conn: &mut Conn, workshop_id: i64, a: &Axes<'_>) -> StorageResult<()> {
    let both: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM drivers WHERE workshop_id = $1 AND id IN ($2, $3)",
    )
    .bind(workshop_id)
    .bind(a.x_driver)
    .bind(a.y_driver)
    .fetch_one(&mut *conn)
    .await?;
    if both != 2 {
        return Err(StorageError::NotFound);
    }
    let at = now();
    sqlx::query(
        "UPDATE workshops SET axis_x_driver = $1, axis_y_driver = $2, x_low = $3, x_high = $4, \
         y_low = $5, y_high = $6, phase = 'scenarios', updated_at = $7 WHERE id = $8",
    )
    .bind(a.x_driver)
    .bind(a.y_driver)
    .bind(a.x_low)
    .bind(a.x_high)
    .bind(a.y_low)
    .bind(a.y_high)
    .bind(at)
    .bind(workshop_id)
    .execute(&mut *conn)
    .await?;
    for quadrant in 1..=4 {
        sqlx::query(
            "INSERT INTO scenarios (workshop_id, quadrant, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (workshop_id, quadrant) DO NOTHING",
        )
        .bind(workshop_id)
        .bind(quadrant)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn set_phase(conn: &mut Conn, workshop_id: i64, phase: &str) -> StorageResult<()> {
    sqlx::query("UPDATE workshops SET phase = $1, updated_at = $2 WHERE id = $3")
        .bind(phase)
        .bind(now())
        .bind(workshop_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn touch(conn: &mut Conn, workshop_id: i64) -> StorageResult<()> {
    sqlx::query("UPDATE workshops SET updated_at = $1 WHERE id = $2")
        .bind(now())
        .bind(workshop_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct Scenario {
    pub id: i64,
    pub quadrant: i32,
    pub name: String,
    pub narrative_md: String,
    pub narrative_html: String,
    pub revision: i32,
    pub updated_by_name: Option<String>,
    pub updated_at: i64,
}

pub async fn scenarios(db: &Db, workshop_id: i64) -> StorageResult<Vec<Scenario>> {
    Ok(sqlx::query_as(
        "SELECT s.id, s.quadrant, s.name, s.narrative_md, s.narrative_html, s.revision, \
         u.display_name AS updated_by_name, s.updated_at FROM scenarios s \
         LEFT JOIN users u ON u.id = s.updated_by WHERE s.workshop_id = $1 ORDER BY s.quadrant",
    )
    .bind(workshop_id)
    .fetch_all(db.reader())
    .await?)
}

/// Saves a scenario's name and narrative if nobody saved it since `base_revision` was read;
/// otherwise `Conflict("revision")`, so concurrent writers never silently overwrite each other.
/// The previous text goes to the history.
#[allow(clippy::too_many_arguments)]
pub async fn save_scenario(
    conn: &mut Conn,
    workshop_id: i64,
    quadrant: i32,
    base_revision: i32,
    name: &str,
    narrative_md: &str,
    narrative_html: &str,
    editor: i64,
) -> StorageResult<i32> {
    let current: Option<(i64, i32, String, String)> = sqlx::query_as(
        "SELECT id, revision, name, narrative_md FROM scenarios WHERE workshop_id = $1 AND quadrant = $2",
    )
    .bind(workshop_id)
    .bind(quadrant)
    .fetch_optional(&mut *conn)
    .await?;
    let (id, revision, old_name, old_md) = current.ok_or(StorageError::NotFound)?;
    let at = now();
    let done = sqlx::query(
        "UPDATE scenarios SET name = $1, narrative_md = $2, narrative_html = $3, revision = revision + 1, \
         updated_by = $4, updated_at = $5 WHERE id = $6 AND revision = $7",
    )
    .bind(name)
    .bind(narrative_md)
    .bind(narrative_html)
    .bind(editor)
    .bind(at)
    .bind(id)
    .bind(base_revision)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 || revision != base_revision {
        return Err(StorageError::Conflict("revision".into()));
    }
    if revision > 0 {
        sqlx::query(
            "INSERT INTO scenario_revisions (scenario_id, revision, name, narrative_md, edited_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(revision)
        .bind(old_name)
        .bind(old_md)
        .bind(editor)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    touch(conn, workshop_id).await?;
    Ok(base_revision + 1)
}

#[derive(Debug, Clone, FromRow)]
pub struct ScenarioRevision {
    pub revision: i32,
    pub name: String,
    pub narrative_md: String,
    pub editor_name: Option<String>,
    pub created_at: i64,
}

pub async fn scenario_history(db: &Db, scenario_id: i64) -> StorageResult<Vec<ScenarioRevision>> {
    Ok(sqlx::query_as(
        "SELECT r.revision, r.name, r.narrative_md, u.display_name AS editor_name, r.created_at \
         FROM scenario_revisions r LEFT JOIN users u ON u.id = r.edited_by \
         WHERE r.scenario_id = $1 ORDER BY r.revision DESC",
    )
    .bind(scenario_id)
    .fetch_all(db.reader())
    .await?)
}

/// A policy choice with its average ratings and the reader's own.
#[derive(Debug, Clone, FromRow)]
pub struct Choice {
    pub id: i64,
    pub scenario_id: i64,
    pub text: String,
    /// `towards` or `away`.
    pub direction: String,
    pub author_name: Option<String>,
    pub ratings: i64,
    pub plausibility: Option<f64>,
    pub desirability: Option<f64>,
    pub my_plausibility: Option<i32>,
    pub my_desirability: Option<i32>,
}

pub async fn choices(db: &Db, workshop_id: i64, reader_id: i64) -> StorageResult<Vec<Choice>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.scenario_id, p.text, p.direction, u.display_name AS author_name, \
         (SELECT COUNT(*) FROM choice_ratings r WHERE r.choice_id = p.id) AS ratings, \
         (SELECT AVG(CAST(r.plausibility AS DOUBLE PRECISION)) FROM choice_ratings r WHERE r.choice_id = p.id) AS plausibility, \
         (SELECT AVG(CAST(r.desirability AS DOUBLE PRECISION)) FROM choice_ratings r WHERE r.choice_id = p.id) AS desirability, \
         (SELECT r.plausibility FROM choice_ratings r WHERE r.choice_id = p.id AND r.user_id = $2) AS my_plausibility, \
         (SELECT r.desirability FROM choice_ratings r WHERE r.choice_id = p.id AND r.user_id = $2) AS my_desirability \
         FROM policy_choices p JOIN scenarios s ON s.id = p.scenario_id LEFT JOIN users u ON u.id = p.author_id \
         WHERE s.workshop_id = $1 ORDER BY s.quadrant, p.created_at, p.id",
    )
    .bind(workshop_id)
    .bind(reader_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn add_choice(
    conn: &mut Conn,
    workshop_id: i64,
    quadrant: i32,
    author_id: i64,
    text: &str,
    direction: &str,
) -> StorageResult<i64> {
    let scenario_id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM scenarios WHERE workshop_id = $1 AND quadrant = $2")
            .bind(workshop_id)
            .bind(quadrant)
            .fetch_optional(&mut *conn)
            .await?;
    let scenario_id = scenario_id.ok_or(StorageError::NotFound)?;
    touch(conn, workshop_id).await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO policy_choices (scenario_id, author_id, text, direction, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(scenario_id)
    .bind(author_id)
    .bind(text)
    .bind(direction)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn rate_choice(
    conn: &mut Conn,
    workshop_id: i64,
    choice_id: i64,
    user_id: i64,
    plausibility: i32,
    desirability: i32,
) -> StorageResult<()> {
    let belongs: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM policy_choices p JOIN scenarios s ON s.id = p.scenario_id \
         WHERE p.id = $1 AND s.workshop_id = $2",
    )
    .bind(choice_id)
    .bind(workshop_id)
    .fetch_one(&mut *conn)
    .await?;
    if belongs == 0 {
        return Err(StorageError::NotFound);
    }
    sqlx::query(
        "INSERT INTO choice_ratings (choice_id, user_id, plausibility, desirability, rated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (choice_id, user_id) DO UPDATE SET \
         plausibility = excluded.plausibility, desirability = excluded.desirability, rated_at = excluded.rated_at",
    )
    .bind(choice_id)
    .bind(user_id)
    .bind(plausibility)
    .bind(desirability)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
