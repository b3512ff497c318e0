//! Keeps this node's search index in step with the database. Changes to searchable content
//! are written to the `search_outbox` table in the same transaction as the change; this task
//! applies them in order and stores the id of the last one applied with the index (its
//! cursor). Every node does the same with its own index, so all nodes answer alike; the
//! database stays the source of truth and an index can always be rebuilt from it.

use std::sync::Arc;
use std::time::Duration;

use bottega_search::{audience, facet_fields, kinds, Change, SearchDoc, SearchIndex};
use bottega_storage::search::{self, ThreadDoc};
use bottega_storage::Db;
use tokio_util::sync::CancellationToken;

/// A settings key: when its value is newer than this node's last rebuild, the node rebuilds
/// (`bottega reindex` sets it while servers are running).
pub const REBUILD_REQUESTED: &str = "search:rebuild-requested";

const BATCH: i64 = 500;

/// The index document of a thread, or `None` when it must not be found (deleted, hidden).
pub fn thread_document(t: &ThreadDoc) -> Option<SearchDoc> {
    if t.deleted_at.is_some() || t.hidden_at.is_some() {
        return None;
    }
    let kind = if t.kind == "question" {
        kinds::QUESTION
    } else {
        kinds::THREAD
    };
    let audience = match (t.visibility.as_str(), t.org_id) {
        ("public", _) => audience::PUBLIC.to_string(),
        ("members", _) => audience::MEMBERS.to_string(),
        (_, Some(org)) => audience::org(org),
        // A private community without an organisation is seen by staff only.
        _ => return None,
    };
    let mut doc = SearchDoc::new(
        kind,
        t.id,
        t.title.clone(),
        bottega_text::plain_text(&t.body_md),
    )
    .lang(t.lang.clone())
    .visible_to(audience)
    .facet(facet_fields::TYPE, kind)
    .facet(facet_fields::LANGUAGE, t.lang.clone())
    .facet(facet_fields::THEME, t.community_slug.clone())
    .created_at(t.created_at)
    .rating(t.votes as f64)
    .url(format!("/t/{}", t.id));
    for (field, value) in [
        (facet_fields::COUNTRY, &t.country),
        (facet_fields::SECTOR, &t.sector),
    ] {
        if let Some(v) = value {
            doc = doc.facet(field, v.clone());
        }
    }
    if t.solved == 1 {
        doc = doc.facet("state", "solved");
    }
    Some(doc)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, bottega_search::SearchError> + Send + 'static,
) -> anyhow::Result<T> {
    Ok(tokio::task::spawn_blocking(f).await??)
}

/// Rebuilds the index from the database.
pub async fn rebuild(db: &Db, index: &Arc<SearchIndex>) -> anyhow::Result<u64> {
    // The head is read first: changes made during the rebuild are applied again afterwards.
    let head = search::outbox_head(db).await?;
    let ix = Arc::clone(index);
    blocking(move || ix.clear()).await?;
    let mut after = 0;
    let mut count = 0u64;
    loop {
        let docs = search::thread_docs_after(db, after, BATCH).await?;
        let Some(last) = docs.last() else { break };
        after = last.id;
        let batch: Vec<SearchDoc> = docs.iter().filter_map(thread_document).collect();
        count += batch.len() as u64;
        let ix = Arc::clone(index);
        blocking(move || ix.upsert(&batch)).await?;
    }
    let ix = Arc::clone(index);
    blocking(move || ix.commit_with_cursor(head)).await?;
    tracing::info!(documents = count, cursor = head, "search index rebuilt");
    Ok(count)
}

/// Applies the changes after the index's cursor. Returns how many were applied.
pub async fn catch_up(db: &Db, index: &Arc<SearchIndex>) -> anyhow::Result<usize> {
    let cursor = index.cursor();
    let entries = search::outbox_after(db, cursor, BATCH).await?;
    let Some(last) = entries.last().map(|e| e.id) else {
        return Ok(0);
    };
    // Each changed thread once, all loaded in one query.
    let mut ids: Vec<i64> = entries
        .iter()
        .filter(|e| e.kind == "thread")
        .map(|e| e.doc_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let docs = search::thread_docs(db, &ids).await?;
    let mut changes = Vec::new();
    for id in ids {
        match docs.iter().find(|d| d.id == id).and_then(thread_document) {
            Some(d) => changes.push(Change::Upsert(d)),
            None => {
                // Gone, deleted or hidden: it may have been indexed as either kind.
                for kind in [kinds::THREAD, kinds::QUESTION] {
                    changes.push(Change::Delete {
                        kind: kind.into(),
                        id,
                    });
                }
            }
        }
    }
    let n = entries.len();
    let ix = Arc::clone(index);
    blocking(move || ix.apply(&changes, last)).await?;
    Ok(n)
}

/// Whether the index must be rebuilt: it is empty while content exists, it fell behind the
/// oldest change still kept, or a rebuild was requested after its last one.
async fn needs_rebuild(db: &Db, index: &SearchIndex, rebuilt_at: i64) -> anyhow::Result<bool> {
    let cursor = index.cursor();
    let tail = search::outbox_tail(db).await?;
    if cursor == 0 && search::outbox_head(db).await? > 0 {
        return Ok(true);
    }
    if tail > 0 && cursor + 1 < tail {
        return Ok(true);
    }
    let requested: i64 = bottega_storage::settings::get(db, REBUILD_REQUESTED)
        .await?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Ok(requested > rebuilt_at)
}

/// Runs until `stop`: polls the outbox twice a second, or at once when woken.
pub async fn run(
    db: Db,
    index: Arc<SearchIndex>,
    wakeup: Arc<tokio::sync::Notify>,
    stop: CancellationToken,
) {
    // Requests made before this node started were carried out by `bottega reindex` itself.
    let mut rebuilt_at = bottega_storage::now();
    loop {
        let step = async {
            if needs_rebuild(&db, &index, rebuilt_at).await? {
                rebuild(&db, &index).await?;
                rebuilt_at = bottega_storage::now();
            }
            while catch_up(&db, &index).await? as i64 == BATCH {}
            Ok::<(), anyhow::Error>(())
        };
        if let Err(e) = step.await {
            tracing::warn!(error = %e, "search index update failed; retrying");
        }
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = wakeup.notified() => {}
            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
        }
    }
}
