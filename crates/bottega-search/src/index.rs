//! The index: one writer, a reader reloaded on commit, the outbox cursor in the commit payload.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query};
use tantivy::schema::{Facet, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentReader, TantivyDocument,
    Term,
};

use crate::analysis::{self, stem_key, uses_prefix, Fields};
use crate::document::{
    audience, check_kind, clean_code, doc_key, normalize_lang, truncate, SearchDoc, MAX_BODY_BYTES,
    MAX_TITLE_BYTES,
};
use crate::error::SearchResult;
use crate::query::{
    any_facet, any_of, filter, query_words, text_query, SearchQuery, Sort, TextMatch,
};
use crate::snippet::{snippet_html, Highlight};

/// Bumped whenever the schema or an analyzer changes. [`SearchIndex::open`] keeps each version
/// in its own sub-folder (`v1`, `v2`, ...), so a new version starts empty with cursor 0 and the
/// caller rebuilds it; older sub-folders may be deleted by hand.
pub const SCHEMA_VERSION: u32 = 1;
/// Memory of the single writer before it flushes a segment to disk.
pub const WRITER_HEAP_BYTES: usize = 50_000_000;
/// At most this many values of one facet field are returned, most frequent first.
pub const MAX_FACET_VALUES: usize = 100;

/// The commit payload.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    cursor: i64,
}

struct Writer {
    inner: IndexWriter,
    /// The cursor the next commit records.
    cursor: i64,
}

/// A change read from the outbox, resolved against the database: the document as it is now, or
/// its removal (deleted, hidden, unpublished).
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Upsert(SearchDoc),
    Delete { kind: String, id: i64 },
}

/// The hits of one page, the number of all hits, and facet counts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Every visible document that matches, over all pages.
    pub total: u64,
    pub hits: Vec<Hit>,
    /// `(field, [(value, count)])`, values most frequent first. See the crate documentation for
    /// how a field's own filter is treated.
    pub facets: Vec<(String, Vec<(String, u64)>)>,
}

impl SearchResults {
    /// The counts of one facet field.
    pub fn facet(&self, field: &str) -> &[(String, u64)] {
        self.facets
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, values)| values.as_slice())
            .unwrap_or_default()
    }

    /// The count of one facet value (0 when absent).
    pub fn facet_count(&self, field: &str, value: &str) -> u64 {
        self.facet(field)
            .iter()
            .find(|(v, _)| v == value)
            .map_or(0, |(_, count)| *count)
    }
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: String,
    pub id: i64,
    /// Plain text: escape it when rendering.
    pub title: String,
    /// A passage of the body, HTML-escaped, matched words in `<mark>`: safe to render as is.
    pub snippet_html: String,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub created_at: i64,
    /// The relevance score (1.0 for every hit of a search without words).
    pub score: f32,
}

/// Bottega's search index. Cheap to share (`Arc<SearchIndex>`); every method blocks, so call
/// it from `spawn_blocking` in async code. Reads run concurrently; writes queue on the one
/// writer.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    writer: Mutex<Writer>,
    committed_cursor: AtomicI64,
    words: TextAnalyzer,
    stems: Vec<(&'static str, TextAnalyzer)>,
    stop_words: Vec<TextAnalyzer>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("cursor", &self.cursor())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index kept in `dir` (its sub-folder for [`SCHEMA_VERSION`]), creating the
    /// folders and an empty index when needed. Fails with [`crate::SearchError::Locked`] when
    /// another process writes to it.
    pub fn open(dir: impl AsRef<Path>) -> SearchResult<SearchIndex> {
        let path = dir.as_ref().join(format!("v{SCHEMA_VERSION}"));
        std::fs::create_dir_all(&path)?;
        let (schema, fields) = analysis::schema();
        let index = Index::open_or_create(MmapDirectory::open(&path)?, schema)?;
        SearchIndex::with_index(index, fields)
    }

    /// An index in memory, for tests.
    pub fn in_ram() -> SearchResult<SearchIndex> {
        let (schema, fields) = analysis::schema();
        SearchIndex::with_index(Index::create_in_ram(schema), fields)
    }

    fn with_index(index: Index, fields: Fields) -> SearchResult<SearchIndex> {
        analysis::register(index.tokenizers());
        let cursor = read_cursor(&index)?;
        let writer = index.writer_with_num_threads(1, WRITER_HEAP_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            writer: Mutex::new(Writer {
                inner: writer,
                cursor,
            }),
            committed_cursor: AtomicI64::new(cursor),
            words: analysis::words_analyzer(),
            stems: analysis::stem_analyzers(),
            stop_words: analysis::stop_word_analyzers(),
        })
    }

    fn writer(&self) -> MutexGuard<'_, Writer> {
        // A panic while holding the lock leaves nothing half-done that tantivy would not report
        // itself, so the writer is taken back rather than failing every later call.
        self.writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds or replaces documents (by `(kind, id)`). Visible after the next commit. Every
    /// document is checked before any is written.
    pub fn upsert(&self, docs: &[SearchDoc]) -> SearchResult<()> {
        let prepared = docs
            .iter()
            .map(|doc| self.prepare(doc))
            .collect::<SearchResult<Vec<_>>>()?;
        let writer = self.writer();
        for (key, doc) in prepared {
            writer.inner.delete_term(key);
            writer.inner.add_document(doc)?;
        }
        Ok(())
    }

    /// Removes a document. Visible after the next commit; removing an absent one is no error.
    pub fn delete(&self, kind: &str, id: i64) -> SearchResult<()> {
        let key = self.key_term(check_kind(kind)?, id);
        self.writer().inner.delete_term(key);
        Ok(())
    }

    /// Removes every document and sets the cursor to 0, at the next commit: until then searches
    /// answer from the old contents, so a rebuild does not empty the search page. Rebuild with
    /// [`SearchIndex::upsert`] and finish with [`SearchIndex::commit_with_cursor`].
    pub fn clear(&self) -> SearchResult<()> {
        let mut writer = self.writer();
        writer.inner.delete_all_documents()?;
        writer.cursor = 0;
        Ok(())
    }

    /// Makes the changes since the last commit visible and durable, keeping the cursor.
    pub fn commit(&self) -> SearchResult<()> {
        let mut writer = self.writer();
        self.commit_locked(&mut writer)
    }

    /// Commits and records `cursor`, the id of the last outbox entry the changes include.
    pub fn commit_with_cursor(&self, cursor: i64) -> SearchResult<()> {
        let mut writer = self.writer();
        writer.cursor = cursor;
        self.commit_locked(&mut writer)
    }

    /// Drops the changes since the last commit (and a pending [`SearchIndex::clear`]).
    pub fn rollback(&self) -> SearchResult<()> {
        let mut writer = self.writer();
        writer.inner.rollback()?;
        writer.cursor = self.cursor();
        Ok(())
    }

    /// Applies changes read from the outbox up to entry `cursor`, and commits them with it.
    /// Nothing is applied if a document is invalid.
    pub fn apply(&self, changes: &[Change], cursor: i64) -> SearchResult<()> {
        let mut prepared = Vec::with_capacity(changes.len());
        for change in changes {
            prepared.push(match change {
                Change::Upsert(doc) => {
                    let (key, doc) = self.prepare(doc)?;
                    (key, Some(doc))
                }
                Change::Delete { kind, id } => (self.key_term(check_kind(kind)?, *id), None),
            });
        }
        let mut writer = self.writer();
        for (key, doc) in prepared {
            writer.inner.delete_term(key);
            if let Some(doc) = doc {
                writer.inner.add_document(doc)?;
            }
        }
        writer.cursor = cursor;
        self.commit_locked(&mut writer)
    }

    /// The cursor of the last commit: the id of the last outbox entry applied, 0 for an index
    /// never filled (rebuild it from the database).
    pub fn cursor(&self) -> i64 {
        self.committed_cursor.load(Ordering::SeqCst)
    }

    /// The number of committed documents.
    pub fn doc_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn commit_locked(&self, writer: &mut Writer) -> SearchResult<()> {
        let payload = serde_json::to_string(&Payload {
            cursor: writer.cursor,
        })
        .unwrap_or_else(|_| format!("{{\"cursor\":{}}}", writer.cursor));
        let mut prepared = writer.inner.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.committed_cursor.store(writer.cursor, Ordering::SeqCst);
        self.reader.reload()?;
        Ok(())
    }

    fn key_term(&self, kind: &str, id: i64) -> Term {
        Term::from_field_text(self.fields.key, &doc_key(kind, id))
    }

    /// The tantivy document of a [`SearchDoc`], with its key.
    fn prepare(&self, doc: &SearchDoc) -> SearchResult<(Term, TantivyDocument)> {
        let f = &self.fields;
        let kind = check_kind(&doc.kind)?;
        let mut out = TantivyDocument::new();
        out.add_text(f.key, doc_key(kind, doc.id));
        out.add_text(f.kind, kind);
        out.add_i64(f.id, doc.id);
        let lang = doc.lang.as_deref().and_then(normalize_lang);
        let stem = lang.as_deref().and_then(stem_key);
        if let Some(lang) = &lang {
            out.add_text(f.lang, lang);
        }

        let mut tokens: BTreeSet<String> =
            doc.audience.iter().filter_map(|t| clean_code(t)).collect();
        if !tokens.is_empty() {
            tokens.insert(audience::STAFF.to_string());
        }
        for token in &tokens {
            out.add_text(f.audience, token);
        }

        let mut facets = BTreeSet::new();
        for (field, value) in &doc.facets {
            if let (Some(field), Some(value)) = (clean_code(field), clean_code(value)) {
                facets.insert((field, value));
            }
        }
        for (field, value) in facets {
            out.add_facet(f.facets, Facet::from_path([field, value]));
        }

        let title = truncate(&doc.title, MAX_TITLE_BYTES);
        let body = truncate(&doc.body, MAX_BODY_BYTES);
        out.add_text(f.title, title);
        out.add_text(f.body, body);
        if let Some((key, (title_field, body_field))) =
            stem.and_then(|key| f.stemmed_for(key).map(|fields| (key, fields)))
        {
            out.add_text(f.stem, key);
            out.add_text(title_field, title);
            out.add_text(body_field, body);
        }
        if uses_prefix(stem) {
            out.add_text(f.prefix, title);
            out.add_text(f.prefix, body);
        }
        out.add_i64(f.created_at, doc.created_at);
        out.add_f64(
            f.rating,
            if doc.rating.is_finite() {
                doc.rating
            } else {
                0.0
            },
        );
        if let Some(url) = &doc.url {
            out.add_text(f.url, url);
        }
        Ok((self.key_term(kind, doc.id), out))
    }

    /// Runs a search. Never fails on what the reader typed; see the crate documentation.
    pub fn search(&self, query: &SearchQuery) -> SearchResult<SearchResults> {
        let readers: Vec<String> = query
            .audience
            .iter()
            .filter_map(|t| clean_code(t))
            .collect();
        if readers.is_empty() {
            return Ok(SearchResults::default());
        }
        let searcher = self.reader.searcher();
        let f = &self.fields;

        // The languages present, so only their stemmed fields are searched.
        let mut languages = Vec::new();
        for (key, analyzer) in &self.stems {
            if searcher.doc_freq(&Term::from_field_text(f.stem, key))? > 0 {
                languages.push((*key, analyzer.clone()));
            }
        }
        let words = query_words(
            &query.text,
            &mut self.words.clone(),
            &mut self.stop_words.clone(),
        );
        let text = text_query(&words, f, &mut languages);
        let kinds: Vec<String> = query.kinds.iter().filter_map(|k| clean_code(k)).collect();
        let grouped = query.grouped_filters();

        // The query with every filter but (optionally) the one on facet field `except`.
        let build = |except: Option<&str>| -> Box<dyn Query> {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            match &text {
                Some(text) => clauses.push((Occur::Must, text.query.box_clone())),
                None => clauses.push((Occur::Must, Box::new(AllQuery))),
            }
            clauses.push(filter(any_of(f.audience, &readers)));
            if !kinds.is_empty() {
                clauses.push(filter(any_of(f.kind, &kinds)));
            }
            for (field, values) in &grouped {
                if except != Some(field.as_str()) {
                    clauses.push(filter(any_facet(f.facets, field, values)));
                }
            }
            Box::new(BooleanQuery::new(clauses))
        };

        let facet_names = if query.facet_fields.is_empty() {
            self.facet_names(&searcher)?
        } else {
            let mut names: Vec<String> = Vec::new();
            for name in query.facet_fields.iter().filter_map(|n| clean_code(n)) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            names
        };

        let sort = match (&text, query.sort) {
            (None, Sort::Relevance) => Sort::Newest,
            (_, sort) => sort,
        };
        let (offset, limit) = query.window();
        let top = TopDocs::with_limit(limit)
            .and_offset(offset)
            .tweak_score(move |segment: &SegmentReader| sort_key(segment, sort));
        let mut facets = FacetCollector::for_field("facets");
        for name in facet_names.iter().filter(|n| !grouped.contains_key(*n)) {
            facets.add_facet(Facet::from_path([name]));
        }
        let main = build(None);
        let (total, top, counts) = searcher.search(main.as_ref(), &(Count, top, facets))?;

        // A field with a filter of its own is counted without that filter (the other filters
        // still apply), so the page can offer its other values.
        let mut facet_results = Vec::new();
        for name in &facet_names {
            let facet = Facet::from_path([name]);
            let mut values: Vec<(String, u64)> = if grouped.contains_key(name) {
                let mut collector = FacetCollector::for_field("facets");
                collector.add_facet(facet.clone());
                let own = searcher.search(build(Some(name)).as_ref(), &collector)?;
                facet_values(&own, &facet)
            } else {
                facet_values(&counts, &facet)
            };
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(MAX_FACET_VALUES);
            if !values.is_empty() || !query.facet_fields.is_empty() {
                facet_results.push((name.clone(), values));
            }
        }

        let neutral = self.index.tokenizer_for_field(f.body)?;
        let mut hits = Vec::with_capacity(top.len());
        for ((_, _, _, score), address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            hits.push(self.hit(&doc, score, text.as_ref(), &neutral));
        }
        Ok(SearchResults {
            total: total as u64,
            hits,
            facets: facet_results,
        })
    }

    fn hit(
        &self,
        doc: &TantivyDocument,
        score: Score,
        text: Option<&TextMatch>,
        neutral: &TextAnalyzer,
    ) -> Hit {
        let f = &self.fields;
        let str_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let i64_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_i64())
                .unwrap_or_default()
        };
        let lang = str_of(f.lang);
        let body = str_of(f.body).unwrap_or_default();

        let highlight = text.map(|text| {
            let terms_of = |field| -> Vec<String> {
                text.highlights
                    .get(&field)
                    .map(|terms| terms.iter().cloned().collect())
                    .unwrap_or_default()
            };
            let key = lang.as_deref().and_then(stem_key);
            let mut stems = key
                .and_then(|key| f.stemmed_for(key))
                .map(|(_, body)| terms_of(body))
                .unwrap_or_default();
            // Spanish plurals in -ces were stemmed as singulars in -z.
            if key == Some("es") {
                let plural: Vec<String> = stems
                    .iter()
                    .filter_map(|s| s.strip_suffix('z').map(|base| format!("{base}c")))
                    .collect();
                stems.extend(plural);
            }
            let prefixes = if uses_prefix(key) {
                terms_of(f.prefix)
            } else {
                Vec::new()
            };
            Highlight {
                field: f.body,
                analyzer: neutral,
                exact: terms_of(f.body),
                stems,
                prefixes,
                fuzzy: text.fuzzy.clone(),
            }
        });
        Hit {
            kind: str_of(f.kind).unwrap_or_default(),
            id: i64_of(f.id),
            title: str_of(f.title).unwrap_or_default(),
            snippet_html: snippet_html(&body, highlight.as_ref()),
            url: str_of(f.url),
            lang,
            created_at: i64_of(f.created_at),
            score,
        }
    }

    /// Every facet field of the index: the first level of the facet terms.
    fn facet_names(&self, searcher: &tantivy::Searcher) -> SearchResult<Vec<String>> {
        let mut names = BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.facets)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                let key = terms.key();
                if !key.is_empty() && !key.contains(&0) {
                    if let Ok(name) = std::str::from_utf8(key) {
                        names.insert(name.to_string());
                    }
                }
            }
        }
        Ok(names.into_iter().collect())
    }
}

/// The order key of a hit: `(primary, created_at, id, score)`, compared in that order, greatest
/// first. Missing fast fields read as 0.
fn sort_key(
    segment: &SegmentReader,
    sort: Sort,
) -> impl Fn(DocId, Score) -> (f64, i64, i64, Score) {
    let fast = segment.fast_fields();
    let created = fast
        .i64("created_at")
        .ok()
        .map(|c| c.first_or_default_col(0));
    let ids = fast.i64("id").ok().map(|c| c.first_or_default_col(0));
    let ratings = match sort {
        Sort::Rating => fast.f64("rating").ok().map(|c| c.first_or_default_col(0.0)),
        _ => None,
    };
    move |doc: DocId, score: Score| {
        let created_at = created.as_ref().map_or(0, |c| c.get_val(doc));
        let id = ids.as_ref().map_or(0, |c| c.get_val(doc));
        let primary = match sort {
            Sort::Relevance => f64::from(score),
            Sort::Newest => 0.0,
            Sort::Rating => ratings.as_ref().map_or(0.0, |c| c.get_val(doc)),
        };
        (primary, created_at, id, score)
    }
}

fn facet_values(counts: &tantivy::collector::FacetCounts, facet: &Facet) -> Vec<(String, u64)> {
    counts
        .get(facet.clone())
        .filter(|(_, count)| *count > 0)
        .filter_map(|(value, count)| value.to_path().last().map(|last| (last.to_string(), count)))
        .collect()
}

/// The cursor recorded by the last commit, 0 when none.
fn read_cursor(index: &Index) -> SearchResult<i64> {
    let metas = index.load_metas()?;
    Ok(match metas.payload {
        None => 0,
        Some(payload) => match serde_json::from_str::<Payload>(&payload) {
            Ok(payload) => payload.cursor,
            Err(error) => {
                tracing::warn!(%error, "unreadable search index payload; the cursor restarts at 0");
                0
            }
        },
    })
}
