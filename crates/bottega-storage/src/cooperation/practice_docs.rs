//! Published practices as the search index reads them.
//!
//! Only the published version of a practice is searchable: a revision under review is not
//! found until it is accepted. Changes are queued with [`queue`] in the transaction that
//! publishes a version, awards a label or records an adoption, so every node's index follows.

use sqlx::FromRow;

use crate::{Conn, Db, StorageResult};

/// The `search_outbox.kind` of practices.
pub const OUTBOX_KIND: &str = "practice";

/// Queues practice `id` for every node's search index.
pub async fn queue(conn: &mut Conn, id: i64) -> StorageResult<()> {
    crate::communication::outbox(conn, OUTBOX_KIND, id).await
}

#[derive(Debug, Clone, FromRow)]
struct Row {
    id: i64,
    ref_code: String,
    title: String,
    lang: String,
    eqf_level: Option<i64>,
    published_at: Option<i64>,
    score_x100: Option<i64>,
    summary_md: String,
    problem_md: String,
    practice_md: String,
    results_md: String,
    transferability_md: String,
}

/// What the index needs of one published practice.
#[derive(Debug, Clone)]
pub struct PracticeDoc {
    pub id: i64,
    pub ref_code: String,
    pub title: String,
    pub lang: String,
    pub eqf_level: Option<i64>,
    pub published_at: i64,
    /// The review score out of 5, when reviewed.
    pub score: Option<f64>,
    /// The searchable text: the sections of the published version, as written (Markdown).
    pub text: Vec<String>,
    /// (dimension, code) descriptors: themes, sectors, countries, competences.
    pub tags: Vec<(String, String)>,
    pub labels: Vec<String>,
}

const SELECT: &str = "SELECT p.id, p.ref_code, v.title, v.lang, v.eqf_level, p.published_at, \
    p.score_x100, v.summary_md, v.problem_md, v.practice_md, v.results_md, v.transferability_md \
    FROM practices p JOIN practice_versions v \
    ON v.practice_id = p.id AND v.version = p.published_version";

async fn docs_where(
    db: &Db,
    condition: &str,
    binds: &[i64],
    limit: Option<i64>,
) -> StorageResult<Vec<PracticeDoc>> {
    let mut sql = format!("{SELECT} WHERE {condition} ORDER BY p.id");
    if let Some(l) = limit {
        sql.push_str(&format!(" LIMIT {l}"));
    }
    let mut q = sqlx::query_as::<_, Row>(&sql);
    for b in binds {
        q = q.bind(*b);
    }
    let rows = q.fetch_all(db.reader()).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let list = crate::placeholders(1, ids.len());
    let tags_sql = format!(
        "SELECT practice_id, dimension, code FROM practice_tags WHERE practice_id IN ({list}) \
         ORDER BY practice_id, dimension, code"
    );
    let labels_sql = format!(
        "SELECT practice_id, label FROM practice_labels WHERE practice_id IN ({list}) \
         ORDER BY practice_id, label"
    );
    let mut tq = sqlx::query_as::<_, (i64, String, String)>(&tags_sql);
    let mut lq = sqlx::query_as::<_, (i64, String)>(&labels_sql);
    for id in &ids {
        tq = tq.bind(*id);
        lq = lq.bind(*id);
    }
    let tags = tq.fetch_all(db.reader()).await?;
    let labels = lq.fetch_all(db.reader()).await?;
    Ok(rows
        .into_iter()
        .map(|r| PracticeDoc {
            tags: tags
                .iter()
                .filter(|(id, _, _)| *id == r.id)
                .map(|(_, d, c)| (d.clone(), c.clone()))
                .collect(),
            labels: labels
                .iter()
                .filter(|(id, _)| *id == r.id)
                .map(|(_, l)| l.clone())
                .collect(),
            id: r.id,
            ref_code: r.ref_code,
            title: r.title,
            lang: r.lang,
            eqf_level: r.eqf_level,
            published_at: r.published_at.unwrap_or(0),
            score: r.score_x100.map(|s| s as f64 / 100.0),
            text: vec![
                r.summary_md,
                r.problem_md,
                r.practice_md,
                r.results_md,
                r.transferability_md,
            ],
        })
        .collect())
}

/// The published practices among `ids`; ids missing from the answer are not (or no longer)
/// searchable.
pub async fn docs(db: &Db, ids: &[i64]) -> StorageResult<Vec<PracticeDoc>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    docs_where(
        db,
        &format!("p.id IN ({})", crate::placeholders(1, ids.len())),
        ids,
        None,
    )
    .await
}

/// Published practices in id order after `after`, for rebuilding the index in batches.
pub async fn docs_after(db: &Db, after: i64, limit: i64) -> StorageResult<Vec<PracticeDoc>> {
    docs_where(db, "p.id > $1", &[after], Some(limit)).await
}
