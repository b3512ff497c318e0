//! Keeps this node's search index in step with the database. Changes to searchable content
//! are written to the `search_outbox` table in the same transaction as the change; this task
//! applies them in order and stores the id of the last one applied with the index (its
//! cursor). Every node does the same with its own index, so all nodes answer alike; the
//! database stays the source of truth and an index can always be rebuilt from it.

use std::sync::Arc;
use std::time::Duration;

use bottega_search::{audience, facet_fields, kinds, Change, SearchDoc, SearchIndex};
use bottega_storage::cooperation::practice_docs::{self, PracticeDoc};
use bottega_storage::search::{self, ThreadDoc};
use bottega_storage::sharing::resources::{self, ResourceDoc};
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
    let audience = match (t.visibility.as_str(), t.org_id, t.group_id) {
        ("public", _, _) => audience::PUBLIC.to_string(),
        ("members", _, _) => audience::MEMBERS.to_string(),
        ("group", _, Some(group)) => audience::group(group),
        (_, Some(org), _) => audience::org(org),
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

/// The index document of a resource.
pub fn resource_document(d: &ResourceDoc) -> Option<SearchDoc> {
    let r = &d.resource;
    let audience = match (r.visibility.as_str(), r.org_id, r.owner_id) {
        ("public", _, _) => audience::PUBLIC.to_string(),
        ("members", _, _) => audience::MEMBERS.to_string(),
        (_, Some(org), _) => audience::org(org),
        // Restricted to an organisation that no longer exists: its owner may still find it.
        (_, None, Some(owner)) => audience::user(owner),
        _ => return None,
    };
    let mut body = bottega_text::plain_text(&r.description_md);
    for extra in [&r.project_name, &r.project_number].into_iter().flatten() {
        body.push('\n');
        body.push_str(extra);
    }
    for name in &d.file_names {
        body.push('\n');
        body.push_str(name);
    }
    let mut doc = SearchDoc::new(kinds::RESOURCE, r.id, r.title.clone(), body)
        .lang(r.lang.clone())
        .visible_to(audience)
        .facet(facet_fields::TYPE, r.rtype.clone())
        .facet(facet_fields::LICENCE, r.licence.clone())
        .created_at(r.created_at)
        .rating(r.rating().unwrap_or(0.0))
        .url(format!("/resources/{}", r.id));
    // The language of the text, and every language the material itself is available in.
    let mut languages = d.tags.languages.clone();
    languages.push(r.lang.clone());
    languages.sort_unstable();
    languages.dedup();
    for l in languages {
        doc = doc.facet(facet_fields::LANGUAGE, l);
    }
    if let Some(c) = &r.country {
        doc = doc.facet(facet_fields::COUNTRY, c.clone());
    }
    for (field, values) in [
        (facet_fields::SECTOR, &d.tags.sectors),
        (facet_fields::THEME, &d.tags.themes),
        ("target", &d.tags.targets),
        ("competence", &d.tags.competences),
    ] {
        for v in values {
            doc = doc.facet(field, v.clone());
        }
    }
    if let Some(level) = r.eqf_level {
        doc = doc.facet("eqf", level.to_string());
    }
    Some(doc)
}

/// The index document of a published practice: public, like the repository's pages.
pub fn practice_document(d: &PracticeDoc) -> SearchDoc {
    let body = d
        .text
        .iter()
        .map(|md| bottega_text::plain_text(md))
        .collect::<Vec<_>>()
        .join("\n");
    let mut doc = SearchDoc::new(
        kinds::PRACTICE,
        d.id,
        format!("{} ({})", d.title, d.ref_code),
        body,
    )
    .lang(d.lang.clone())
    .visible_to(audience::PUBLIC)
    .facet(facet_fields::TYPE, kinds::PRACTICE)
    .facet(facet_fields::LANGUAGE, d.lang.clone())
    .created_at(d.published_at)
    .rating(d.score.unwrap_or(0.0))
    .url(format!("/practices/{}", d.ref_code));
    for (dimension, code) in &d.tags {
        let field = match dimension.as_str() {
            "theme" => facet_fields::THEME,
            "sector" => facet_fields::SECTOR,
            "country" => facet_fields::COUNTRY,
            other => other,
        };
        doc = doc.facet(field, code.clone());
    }
    for label in &d.labels {
        doc = doc.facet("label", label.clone());
    }
    if let Some(level) = d.eqf_level {
        doc = doc.facet("eqf", level.to_string());
    }
    doc
}

/// The kinds of content the index is fed with. Plugging in a new kind means a variant here and
/// its three arms below: the outbox kind it is queued under, how to load current documents by
/// id, and how to read all of them in batches for a rebuild.
#[derive(Debug, Clone, Copy)]
enum Source {
    Threads,
    Resources,
    Practices,
}

impl Source {
    const ALL: [Source; 3] = [Source::Threads, Source::Resources, Source::Practices];

    /// The `search_outbox.kind` of its changes.
    fn outbox_kind(self) -> &'static str {
        match self {
            Source::Threads => "thread",
            Source::Resources => bottega_storage::sharing::OUTBOX_KIND,
            Source::Practices => practice_docs::OUTBOX_KIND,
        }
    }

    /// The index kinds a document of this source may have been stored as.
    fn index_kinds(self) -> &'static [&'static str] {
        match self {
            Source::Threads => &[kinds::THREAD, kinds::QUESTION],
            Source::Resources => &[kinds::RESOURCE],
            Source::Practices => &[kinds::PRACTICE],
        }
    }

    /// The current documents for these ids; ids missing from the answer are to be removed.
    async fn load(self, db: &Db, ids: &[i64]) -> anyhow::Result<Vec<(i64, SearchDoc)>> {
        Ok(match self {
            Source::Threads => search::thread_docs(db, ids)
                .await?
                .iter()
                .filter_map(|t| thread_document(t).map(|d| (t.id, d)))
                .collect(),
            Source::Resources => resources::docs(db, ids)
                .await?
                .iter()
                .filter_map(|r| resource_document(r).map(|d| (r.resource.id, d)))
                .collect(),
            Source::Practices => practice_docs::docs(db, ids)
                .await?
                .iter()
                .map(|p| (p.id, practice_document(p)))
                .collect(),
        })
    }

    /// The documents after id `after`, and the last id read (None when there are no more).
    async fn batch_after(
        self,
        db: &Db,
        after: i64,
    ) -> anyhow::Result<(Vec<SearchDoc>, Option<i64>)> {
        Ok(match self {
            Source::Threads => {
                let docs = search::thread_docs_after(db, after, BATCH).await?;
                let last = docs.last().map(|d| d.id);
                (docs.iter().filter_map(thread_document).collect(), last)
            }
            Source::Resources => {
                let docs = resources::docs_after(db, after, BATCH).await?;
                let last = docs.last().map(|d| d.resource.id);
                (docs.iter().filter_map(resource_document).collect(), last)
            }
            Source::Practices => {
                let docs = practice_docs::docs_after(db, after, BATCH).await?;
                let last = docs.last().map(|d| d.id);
                (docs.iter().map(practice_document).collect(), last)
            }
        })
    }
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
    let mut count = 0u64;
    for source in Source::ALL {
        let mut after = 0;
        while let (batch, Some(last)) = source.batch_after(db, after).await? {
            after = last;
            count += batch.len() as u64;
            let ix = Arc::clone(index);
            blocking(move || ix.upsert(&batch)).await?;
        }
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
    let mut changes = Vec::new();
    for source in Source::ALL {
        // Each changed document once, all of one kind loaded in one query.
        let mut ids: Vec<i64> = entries
            .iter()
            .filter(|e| e.kind == source.outbox_kind())
            .map(|e| e.doc_id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            continue;
        }
        let docs = source.load(db, &ids).await?;
        for id in ids {
            match docs.iter().find(|(doc_id, _)| *doc_id == id) {
                Some((_, d)) => changes.push(Change::Upsert(d.clone())),
                None => {
                    // Gone, deleted or hidden: it may have been indexed as any of its kinds.
                    for kind in source.index_kinds() {
                        changes.push(Change::Delete {
                            kind: kind.to_string(),
                            id,
                        });
                    }
                }
            }
        }
    }
    let n = entries.len();
    let ix = Arc::clone(index);
    blocking(move || ix.apply(&changes, last)).await?;
    Ok(n)
}

/// Whether the index must be rebuilt: it was never filled while changes exist, it fell behind
/// the oldest change still kept, or a rebuild was requested after its last one.
///
/// "Never filled" is asked of the index, not read off a cursor of 0: an index rebuilt while the
/// outbox was empty (after `bottega generate` or an import) has cursor 0 too, and rebuilding it
/// again at the first change would redo the whole index while that change waits.
async fn needs_rebuild(db: &Db, index: &SearchIndex, rebuilt_at: i64) -> anyhow::Result<bool> {
    let cursor = index.cursor();
    let tail = search::outbox_tail(db).await?;
    if !index.is_filled() && search::outbox_head(db).await? > 0 {
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

/// The shortest time between two commits of changes. Every commit writes a segment, reopens
/// the readers and fills their caches, and tantivy allocates several megabytes afresh for the
/// next segment: at forty commits a second (one per request that came in meanwhile, while
/// uploading at 64 connections) that churn kept 30–60 MB more resident and cost a quarter of an
/// upload's CPU. A burst of changes is gathered into one commit instead; a change is
/// searchable within about this long.
const COMMIT_AT_MOST_EVERY: Duration = Duration::from_millis(500);

/// How often the outbox is read when nobody wakes the feed (a change made on another node).
const POLL_EVERY: Duration = Duration::from_millis(500);

/// Runs until `stop`: reads the outbox every [`POLL_EVERY`], or at once when woken, but after
/// applying changes waits [`COMMIT_AT_MOST_EVERY`] before the next (a wake-up meanwhile is kept
/// for then).
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
            let mut applied = 0;
            loop {
                let n = catch_up(&db, &index).await?;
                applied += n;
                if n as i64 != BATCH {
                    break;
                }
            }
            Ok::<usize, anyhow::Error>(applied)
        };
        let applied = match step.await {
            Ok(applied) => applied,
            Err(e) => {
                tracing::warn!(error = %e, "search index update failed; retrying");
                0
            }
        };
        if applied > 0 {
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(COMMIT_AT_MOST_EVERY) => {}
            }
        } else {
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = wakeup.notified() => {}
                _ = tokio::time::sleep(POLL_EVERY) => {}
            }
        }
    }
}
