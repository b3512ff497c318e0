//! The index: one writer, a reader reloaded on commit, the outbox cursor in the commit payload.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::schema::{Facet, Value};
use tantivy::tokenizer::TextAnalyzer;
#[cfg(test)]
use tantivy::SegmentReader;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Score, Searcher, TantivyDocument,
    Term,
};

use crate::analysis::{self, stem_key, uses_prefix, Fields};
use crate::document::{
    audience, check_kind, clean_code, doc_key, normalize_lang, truncate, SearchDoc, MAX_BODY_BYTES,
    MAX_TITLE_BYTES,
};
use crate::engine::{self, Caches};
use crate::error::SearchResult;
use crate::query::{query_words, text_query, QueryWord, SearchQuery, Sort, TextMatch};
use crate::snippet::{snippet_html, Highlight};

/// Bumped whenever the schema or an analyzer changes. [`SearchIndex::open`] keeps each version
/// in its own sub-folder (`v1`, `v2`, ...), so a new version starts empty with cursor 0 and the
/// caller rebuilds it; older sub-folders may be deleted by hand.
pub const SCHEMA_VERSION: u32 = 1;
/// Memory of the single writer before it flushes a segment to disk.
pub const WRITER_HEAP_BYTES: usize = 50_000_000;
/// At most this many values of one facet field are returned, most frequent first.
pub const MAX_FACET_VALUES: usize = 100;
/// How many searches [`SearchIndex::search`] remembers by default, until the next commit.
pub const RESULT_CACHE_ENTRIES: usize = 256;

/// The commit payload.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    cursor: i64,
    /// Whether the index holds the database's contents up to `cursor`. Indexes written before
    /// this field count as filled when their cursor is past 0.
    #[serde(default)]
    filled: Option<bool>,
}

struct Writer {
    inner: IndexWriter,
    /// The cursor the next commit records.
    cursor: i64,
    /// Whether the next commit leaves a filled index (see [`SearchIndex::is_filled`]).
    filled: bool,
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
    committed_filled: AtomicBool,
    /// What searches keep between calls (see [`engine`]).
    caches: Caches,
    /// The results of recent searches.
    results: ResultCache,
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
        let (cursor, filled) = read_cursor(&index)?;
        let writer = index.writer_with_num_threads(1, WRITER_HEAP_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let index = SearchIndex {
            index,
            reader,
            fields,
            writer: Mutex::new(Writer {
                inner: writer,
                cursor,
                filled,
            }),
            committed_cursor: AtomicI64::new(cursor),
            committed_filled: AtomicBool::new(filled),
            caches: Caches::default(),
            results: ResultCache::new(RESULT_CACHE_ENTRIES),
            words: analysis::words_analyzer(),
            stems: analysis::stem_analyzers(),
            stop_words: analysis::stop_word_analyzers(),
        };
        index.warm();
        Ok(index)
    }

    /// Fills the search caches for the current contents, so that searches do not pay for it.
    /// A failure is only logged: the commit is done, and searches fill what is missing.
    fn warm(&self) {
        if let Err(error) = self.caches.warm(&self.reader.searcher(), &self.fields) {
            tracing::warn!(%error, "search caches not filled");
        }
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
        writer.filled = false;
        Ok(())
    }

    /// Makes the changes since the last commit visible and durable, keeping the cursor.
    pub fn commit(&self) -> SearchResult<()> {
        let mut writer = self.writer();
        self.commit_locked(&mut writer)
    }

    /// Commits and records `cursor`, the id of the last outbox entry the changes include; the
    /// index counts as filled from then on (see [`SearchIndex::is_filled`]).
    pub fn commit_with_cursor(&self, cursor: i64) -> SearchResult<()> {
        let mut writer = self.writer();
        writer.cursor = cursor;
        writer.filled = true;
        self.commit_locked(&mut writer)
    }

    /// Drops the changes since the last commit (and a pending [`SearchIndex::clear`]).
    pub fn rollback(&self) -> SearchResult<()> {
        let mut writer = self.writer();
        writer.inner.rollback()?;
        writer.cursor = self.cursor();
        writer.filled = self.is_filled();
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
        writer.filled = true;
        self.commit_locked(&mut writer)
    }

    /// The cursor of the last commit: the id of the last outbox entry applied (0 before any).
    pub fn cursor(&self) -> i64 {
        self.committed_cursor.load(Ordering::SeqCst)
    }

    /// Whether the index holds the database's contents up to its [`SearchIndex::cursor`]: false
    /// for a new index and after a committed [`SearchIndex::clear`] (rebuild it from the
    /// database), true once a rebuild or a change from the outbox was committed with its cursor.
    /// An index rebuilt while the outbox was still empty (after a bulk import, say) has cursor 0
    /// and is filled all the same.
    pub fn is_filled(&self) -> bool {
        self.committed_filled.load(Ordering::SeqCst)
    }

    /// The number of committed documents.
    pub fn doc_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn commit_locked(&self, writer: &mut Writer) -> SearchResult<()> {
        let payload = serde_json::to_string(&Payload {
            cursor: writer.cursor,
            filled: Some(writer.filled),
        })
        .unwrap_or_else(|_| {
            format!(
                "{{\"cursor\":{},\"filled\":{}}}",
                writer.cursor, writer.filled
            )
        });
        let mut prepared = writer.inner.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.committed_cursor.store(writer.cursor, Ordering::SeqCst);
        self.committed_filled.store(writer.filled, Ordering::SeqCst);
        self.reader.reload()?;
        self.warm();
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

    /// The reader's access tokens that are well formed, and the words of the query; `None` when
    /// no token is left (a search that may see nothing finds nothing).
    fn readers_and_words(&self, query: &SearchQuery) -> Option<(Vec<String>, Vec<QueryWord>)> {
        let readers: Vec<String> = query
            .audience
            .iter()
            .filter_map(|t| clean_code(t))
            .collect();
        if readers.is_empty() {
            return None;
        }
        let words = query_words(
            &query.text,
            &mut self.words.clone(),
            &mut self.stop_words.clone(),
        );
        Some((readers, words))
    }

    /// Runs a search. Never fails on what the reader typed; see the crate documentation.
    ///
    /// The results of the last [`RESULT_CACHE_ENTRIES`] distinct searches are kept until the
    /// next commit (see [`SearchIndex::set_result_cache`]).
    pub fn search(&self, query: &SearchQuery) -> SearchResult<SearchResults> {
        let Some((readers, words)) = self.readers_and_words(query) else {
            return Ok(SearchResults::default());
        };
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        let key = ResultKey::new(query, &words, &readers);
        if let Some(results) = self.results.get(generation, &key) {
            return Ok(results);
        }
        let results = self.run(&searcher, query, words, readers)?;
        self.results.put(generation, key, &results);
        Ok(results)
    }

    /// Sets how many searches (at most) [`SearchIndex::search`] remembers until the next
    /// commit; 0 remembers none (to measure what a search costs, for example).
    pub fn set_result_cache(&self, entries: usize) {
        self.results.resize(entries);
    }

    fn run(
        &self,
        searcher: &Searcher,
        query: &SearchQuery,
        words: Vec<QueryWord>,
        readers: Vec<String>,
    ) -> SearchResult<SearchResults> {
        let prepared = self.prepare_search(searcher, query, words, readers)?;
        let found = engine::run(
            searcher,
            &self.caches,
            &self.fields,
            &engine::Request {
                text: prepared.text.as_ref(),
                audience: &prepared.readers,
                kinds: &prepared.kinds,
                filters: &prepared.filters,
                facet_names: &prepared.facet_names,
                sort: prepared.sort,
                offset: prepared.offset,
                limit: prepared.limit,
            },
        )?;
        let mut facets = Vec::new();
        for name in &prepared.facet_names {
            let mut values: Vec<(String, u64)> = found
                .facets
                .get(name)
                .map(|values| values.iter().map(|(v, c)| (v.clone(), *c)).collect())
                .unwrap_or_default();
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(MAX_FACET_VALUES);
            if !values.is_empty() || !query.facet_fields.is_empty() {
                facets.push((name.clone(), values));
            }
        }
        let hits = found
            .top
            .iter()
            .map(|(key, address)| self.load_hit(searcher, *address, key.score, &prepared))
            .collect::<SearchResult<Vec<Hit>>>()?;
        Ok(SearchResults {
            total: found.total,
            hits,
            facets,
        })
    }

    /// A search in the terms of the index, for a reader holding `readers` (at least one).
    fn prepare_search(
        &self,
        searcher: &Searcher,
        query: &SearchQuery,
        words: Vec<QueryWord>,
        readers: Vec<String>,
    ) -> SearchResult<Prepared> {
        let f = &self.fields;
        let contents = self.caches.contents(searcher, f)?;

        // Only the stemmed fields of the languages present are searched.
        let mut languages: Vec<(&'static str, TextAnalyzer)> = self
            .stems
            .iter()
            .filter(|(key, _)| contents.languages.contains(key))
            .map(|(key, analyzer)| (*key, analyzer.clone()))
            .collect();
        let mut text = text_query(&words, f, &mut languages);
        if let Some(text) = &mut text {
            // Prefixes are no exact form: a typo of a common word would otherwise find only
            // its documents in languages without a stemmer.
            text.limit_fuzzy(|alternative| {
                if alternative.field == f.prefix {
                    return Ok(0);
                }
                searcher.doc_freq(&Term::from_field_text(alternative.field, &alternative.text))
            })?;
        }
        let facet_names = if query.facet_fields.is_empty() {
            contents.facet_names.clone()
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
        Ok(Prepared {
            readers,
            text,
            kinds: query.kinds.iter().filter_map(|k| clean_code(k)).collect(),
            filters: query.grouped_filters(),
            facet_names,
            sort,
            offset,
            limit,
            neutral: self.index.tokenizer_for_field(f.body)?,
        })
    }

    fn load_hit(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        score: Score,
        prepared: &Prepared,
    ) -> SearchResult<Hit> {
        let doc: TantivyDocument = searcher.doc(address)?;
        Ok(self.hit(&doc, score, prepared.text.as_ref(), &prepared.neutral))
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
}

/// What decides the results of a search, given the contents: the words, and the rest of the
/// query cleaned and put in order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ResultKey {
    words: Vec<QueryWord>,
    readers: Vec<String>,
    kinds: Vec<String>,
    filters: BTreeMap<String, Vec<String>>,
    /// `None`: every facet field.
    facet_fields: Option<Vec<String>>,
    sort: Sort,
    window: (usize, usize),
}

impl ResultKey {
    fn new(query: &SearchQuery, words: &[QueryWord], readers: &[String]) -> ResultKey {
        let sorted = |mut values: Vec<String>| {
            values.sort();
            values.dedup();
            values
        };
        let mut filters = query.grouped_filters();
        for values in filters.values_mut() {
            values.sort();
        }
        ResultKey {
            words: words.to_vec(),
            readers: sorted(readers.to_vec()),
            kinds: sorted(query.kinds.iter().filter_map(|k| clean_code(k)).collect()),
            filters,
            facet_fields: (!query.facet_fields.is_empty()).then(|| {
                let mut names: Vec<String> = Vec::new();
                for name in query.facet_fields.iter().filter_map(|n| clean_code(n)) {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                names
            }),
            sort: query.sort,
            window: query.window(),
        }
    }
}

/// The results of the most recent searches of one searcher generation (the contents between two
/// commits): a search that comes again is answered without searching. The oldest go first.
struct ResultCache {
    inner: Mutex<ResultCacheInner>,
}

struct ResultCacheInner {
    capacity: usize,
    generation: u64,
    entries: HashMap<ResultKey, SearchResults>,
    order: VecDeque<ResultKey>,
}

impl ResultCache {
    fn new(capacity: usize) -> ResultCache {
        ResultCache {
            inner: Mutex::new(ResultCacheInner {
                capacity,
                generation: 0,
                entries: HashMap::new(),
                order: VecDeque::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, ResultCacheInner> {
        // Entries are inserted whole: a panic elsewhere leaves the cache valid.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn get(&self, generation: u64, key: &ResultKey) -> Option<SearchResults> {
        let inner = self.lock();
        if inner.generation != generation {
            return None;
        }
        inner.entries.get(key).cloned()
    }

    fn put(&self, generation: u64, key: ResultKey, results: &SearchResults) {
        let mut inner = self.lock();
        if inner.capacity == 0 || generation < inner.generation {
            // Off, or found by a searcher older than the contents already cached.
            return;
        }
        if generation > inner.generation {
            inner.entries.clear();
            inner.order.clear();
            inner.generation = generation;
        }
        if inner.entries.contains_key(&key) {
            return;
        }
        while inner.entries.len() >= inner.capacity {
            match inner.order.pop_front() {
                Some(oldest) => {
                    inner.entries.remove(&oldest);
                }
                None => break,
            }
        }
        inner.order.push_back(key.clone());
        inner.entries.insert(key, results.clone());
    }

    fn resize(&self, capacity: usize) {
        let mut inner = self.lock();
        inner.capacity = capacity;
        while inner.entries.len() > capacity {
            match inner.order.pop_front() {
                Some(oldest) => {
                    inner.entries.remove(&oldest);
                }
                None => break,
            }
        }
    }
}

/// A search in the terms of the index.
struct Prepared {
    /// The reader's access tokens, cleaned (at least one).
    readers: Vec<String>,
    text: Option<TextMatch>,
    kinds: Vec<String>,
    filters: BTreeMap<String, Vec<String>>,
    facet_names: Vec<String>,
    sort: Sort,
    offset: usize,
    limit: usize,
    /// The analyzer of the neutral fields, for snippets.
    neutral: TextAnalyzer,
}

/// The same search through tantivy's own queries and collectors (how the index searched before
/// [`engine`]): the reference the engine is tested against.
#[cfg(test)]
impl SearchIndex {
    pub(crate) fn search_reference(&self, query: &SearchQuery) -> SearchResult<SearchResults> {
        use crate::query::{any_facet, any_of, filter};
        use tantivy::collector::{Count, FacetCollector, TopDocs};
        use tantivy::query::{AllQuery, BooleanQuery, Occur, Query};

        let Some((readers, words)) = self.readers_and_words(query) else {
            return Ok(SearchResults::default());
        };
        let searcher = self.reader.searcher();
        let prepared = self.prepare_search(&searcher, query, words, readers)?;
        let f = &self.fields;
        let text = prepared.text.as_ref().map(|text| text.query());
        let build = |except: Option<&str>| -> Box<dyn Query> {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            match &text {
                Some(text) => clauses.push((Occur::Must, text.box_clone())),
                None => clauses.push((Occur::Must, Box::new(AllQuery))),
            }
            clauses.push(filter(any_of(f.audience, &prepared.readers)));
            if !prepared.kinds.is_empty() {
                clauses.push(filter(any_of(f.kind, &prepared.kinds)));
            }
            for (field, values) in &prepared.filters {
                if except != Some(field.as_str()) {
                    clauses.push(filter(any_facet(f.facets, field, values)));
                }
            }
            Box::new(BooleanQuery::new(clauses))
        };
        let sort = prepared.sort;
        let top = TopDocs::with_limit(prepared.limit)
            .and_offset(prepared.offset)
            .tweak_score(move |segment: &SegmentReader| reference_sort_key(segment, sort));
        let mut facets = FacetCollector::for_field("facets");
        for name in prepared
            .facet_names
            .iter()
            .filter(|n| !prepared.filters.contains_key(*n))
        {
            facets.add_facet(Facet::from_path([name]));
        }
        let (total, top, counts) = searcher.search(build(None).as_ref(), &(Count, top, facets))?;
        let mut facet_results = Vec::new();
        for name in &prepared.facet_names {
            let facet = Facet::from_path([name]);
            let mut values: Vec<(String, u64)> = if prepared.filters.contains_key(name) {
                let mut collector = FacetCollector::for_field("facets");
                collector.add_facet(facet.clone());
                let own = searcher.search(build(Some(name)).as_ref(), &collector)?;
                reference_facet_values(&own, &facet)
            } else {
                reference_facet_values(&counts, &facet)
            };
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(MAX_FACET_VALUES);
            if !values.is_empty() || !query.facet_fields.is_empty() {
                facet_results.push((name.clone(), values));
            }
        }
        let hits = top
            .into_iter()
            .map(|((_, _, _, score), address)| self.load_hit(&searcher, address, score, &prepared))
            .collect::<SearchResult<Vec<Hit>>>()?;
        Ok(SearchResults {
            total: total as u64,
            hits,
            facets: facet_results,
        })
    }
}

#[cfg(test)]
fn reference_sort_key(
    segment: &SegmentReader,
    sort: Sort,
) -> impl Fn(tantivy::DocId, Score) -> (f64, i64, i64, Score) {
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
    move |doc: tantivy::DocId, score: Score| {
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

#[cfg(test)]
fn reference_facet_values(
    counts: &tantivy::collector::FacetCounts,
    facet: &Facet,
) -> Vec<(String, u64)> {
    counts
        .get(facet.clone())
        .filter(|(_, count)| *count > 0)
        .filter_map(|(value, count)| value.to_path().last().map(|last| (last.to_string(), count)))
        .collect()
}

/// The cursor and whether the index is filled, as the last commit recorded them.
fn read_cursor(index: &Index) -> SearchResult<(i64, bool)> {
    Ok(payload_state(index.load_metas()?.payload.as_deref()))
}

/// The cursor and whether the index is filled, from a commit payload (`None`: no commit yet).
pub(crate) fn payload_state(payload: Option<&str>) -> (i64, bool) {
    match payload.map(serde_json::from_str::<Payload>) {
        None => (0, false),
        Some(Ok(payload)) => (payload.cursor, payload.filled.unwrap_or(payload.cursor > 0)),
        Some(Err(error)) => {
            tracing::warn!(%error, "unreadable search index payload; the index is rebuilt");
            (0, false)
        }
    }
}
