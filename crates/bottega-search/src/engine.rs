//! How a search is evaluated: term at a time, over bit sets and an array of scores, one segment
//! after the other.
//!
//! A tantivy query evaluates a search document at a time: every matching document walks
//! through a tree of unions and intersections of some twenty scorers (a word is looked up in
//! the neutral, stemmed and prefix fields, and at one edit), and every collector (count, top
//! hits, facet counts) is called for it; a facet filter needs a second such pass for the
//! filtered field's own counts. For a common word that costs microseconds per matching
//! document. Here each posting list is read once, straight into a bit set of the documents
//! the word matches and an array of scores, so a matching document costs a few nanoseconds:
//!
//! 1. The documents the reader may see: alive, one of the reader's access tokens, one of the
//!    kinds asked for. The bit sets of frequent terms (`public`, `staff`, a kind) are kept per
//!    segment ([`SegmentCache`]).
//! 2. The words, required words first and the rarest first: each alternative's postings are
//!    read (or, when few documents are left, looked up document by document), restricted to
//!    the documents still in the running, and the BM25 score of each (times its boost) added
//!    to the document's score, exactly the sum a tantivy `BooleanQuery` computes.
//! 3. Facet filters are bit sets too, so the facet counts of a filtered field (counted without
//!    that field's own filter) come from the same pass.
//! 4. Facet counts intersect the matches with the documents of each facet value, kept per
//!    segment as a bit set (frequent values) or a list; a handful of matches read their values
//!    instead. The top hits are kept by the same rule as tantivy's `TopDocs` (sort key, then
//!    document address).
//!
//! The tests compare every result with the tantivy query of the same search
//! ([`crate::query::TextMatch::query`]).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::postings::Postings;
use tantivy::query::{Bm25Weight, EnableScoring, FuzzyTermQuery, Query, Scorer, Weight};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, SegmentReader, Term, TERMINATED};

use crate::analysis::Fields;
use crate::document::{audience, kinds};
use crate::error::SearchResult;
use crate::query::{Sort, TextMatch};

/// A set of documents of one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Vec<u64>,
    /// Documents are below this.
    max_doc: DocId,
}

impl Bits {
    pub fn empty(max_doc: DocId) -> Bits {
        Bits {
            words: vec![0; (max_doc as usize).div_ceil(64)],
            max_doc,
        }
    }

    pub fn full(max_doc: DocId) -> Bits {
        let mut bits = Bits {
            words: vec![u64::MAX; (max_doc as usize).div_ceil(64)],
            max_doc,
        };
        let tail = max_doc % 64;
        if tail > 0 {
            if let Some(last) = bits.words.last_mut() {
                *last = (1u64 << tail) - 1;
            }
        }
        bits
    }

    /// Adds a document (nothing beyond the segment).
    #[inline]
    pub fn insert(&mut self, doc: DocId) {
        if doc < self.max_doc {
            if let Some(word) = self.words.get_mut((doc / 64) as usize) {
                *word |= 1u64 << (doc % 64);
            }
        }
    }

    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.words
            .get((doc / 64) as usize)
            .is_some_and(|word| word & (1u64 << (doc % 64)) != 0)
    }

    pub fn intersect(&mut self, other: &Bits) {
        for (word, other) in self.words.iter_mut().zip(&other.words) {
            *word &= other;
        }
    }

    pub fn union(&mut self, other: &Bits) {
        for (word, other) in self.words.iter_mut().zip(&other.words) {
            *word |= other;
        }
    }

    pub fn len(&self) -> u64 {
        self.words.iter().map(|w| u64::from(w.count_ones())).sum()
    }

    /// The number of documents in both sets.
    pub fn count_common(&self, other: &Bits) -> u64 {
        // Without a popcount instruction in the baseline x86-64 target, `count_ones` is a dozen
        // operations a word; counting bits per byte and adding the bytes of up to 31 words
        // before the final sum takes about half that, and the compiler vectorizes it.
        const M1: u64 = 0x5555_5555_5555_5555;
        const M2: u64 = 0x3333_3333_3333_3333;
        const M4: u64 = 0x0f0f_0f0f_0f0f_0f0f;
        let mut total = 0u64;
        let (a, b) = (&self.words, &other.words);
        for (a, b) in a.chunks(31).zip(b.chunks(31)) {
            let mut bytes = 0u64;
            for (a, b) in a.iter().zip(b) {
                let mut x = a & b;
                x -= (x >> 1) & M1;
                x = (x & M2) + ((x >> 2) & M2);
                bytes += (x + (x >> 4)) & M4;
            }
            // Each byte holds at most 31 × 8 = 248.
            total += ((bytes & 0x00ff_00ff_00ff_00ff) + ((bytes >> 8) & 0x00ff_00ff_00ff_00ff))
                .wrapping_mul(0x0001_0001_0001_0001)
                >> 48;
        }
        total
    }

    /// Calls `f` with every document, in increasing order.
    #[inline]
    pub fn for_each(&self, mut f: impl FnMut(DocId)) {
        for (at, &word) in self.words.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                f(((at as u32) << 6) | word.trailing_zeros());
                word &= word - 1;
            }
        }
    }
}

/// The documents of one facet value in one segment.
enum DocList {
    /// A frequent value, as a bit set.
    Dense(Bits),
    /// The others, as the sorted documents.
    Sparse(Vec<DocId>),
}

impl DocList {
    /// How many of `docs` have the value.
    fn count_in(&self, docs: &Bits) -> u32 {
        match self {
            DocList::Dense(bits) => bits.count_common(docs) as u32,
            DocList::Sparse(list) => list.iter().filter(|&&doc| docs.contains(doc)).count() as u32,
        }
    }

    /// What [`DocList::count_in`] costs, in words or documents visited.
    fn cost(&self) -> u64 {
        match self {
            DocList::Dense(bits) => bits.words.len() as u64,
            DocList::Sparse(list) => list.len() as u64,
        }
    }
}

/// The facet values of one segment and their documents.
struct FacetSets {
    /// `(field, value)` by value id.
    values: Vec<(String, String)>,
    /// The documents of each value, by value id.
    docs: Vec<DocList>,
    /// The value id of each ordinal of the facet column (`None` for ancestors such as `/type`),
    /// to read the values of a few documents one by one.
    by_ord: Vec<Option<u32>>,
}

/// A per-document read of the facet column costs about as much as this many words of a bit
/// set (measured: some 30 ns against 1).
const COLUMN_READ_COST: u64 = 32;

impl FacetSets {
    fn build(segment: &SegmentReader, field: Field) -> SearchResult<FacetSets> {
        let max_doc = segment.max_doc();
        let inverted = segment.inverted_index(field)?;
        let mut values = Vec::new();
        let mut docs = Vec::new();
        let mut ids: HashMap<(String, String), u32> = HashMap::new();
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            // `field\0value`: the facet `/field/value`. Ancestors (`/field`) and deeper facets
            // are left out; the documents of a deeper one also hold its ancestor at this depth.
            let Ok(facet) = Facet::from_encoded(terms.key().to_vec()) else {
                continue;
            };
            let [name, value] = facet.to_path()[..] else {
                continue;
            };
            let info = terms.value();
            let mut postings =
                inverted.read_block_postings_from_terminfo(info, IndexRecordOption::Basic)?;
            let mut list = Vec::with_capacity(info.doc_freq as usize);
            loop {
                let block = postings.docs();
                if block.is_empty() {
                    break;
                }
                list.extend_from_slice(block);
                postings.advance();
            }
            let dense = list.len() as u64 * 32 >= u64::from(max_doc);
            docs.push(if dense {
                let mut bits = Bits::empty(max_doc);
                for &doc in &list {
                    bits.insert(doc);
                }
                DocList::Dense(bits)
            } else {
                DocList::Sparse(list)
            });
            ids.insert((name.to_string(), value.to_string()), values.len() as u32);
            values.push((name.to_string(), value.to_string()));
        }
        let mut by_ord = Vec::new();
        if let Some(column) = segment.fast_fields().str(FACETS_FIELD)? {
            let mut encoded = String::new();
            for ord in 0..column.num_terms() as u64 {
                let id = if column.ord_to_str(ord, &mut encoded)? {
                    Facet::from_encoded(encoded.clone().into_bytes())
                        .ok()
                        .and_then(|facet| match facet.to_path()[..] {
                            [name, value, ..] => {
                                ids.get(&(name.to_string(), value.to_string())).copied()
                            }
                            _ => None,
                        })
                } else {
                    None
                };
                by_ord.push(id);
            }
        }
        Ok(FacetSets {
            values,
            docs,
            by_ord,
        })
    }

    /// Adds to `counts` (by value id) how many of `docs` hold each value of a field `wanted`.
    fn count(
        &self,
        segment: &SegmentReader,
        docs: &Bits,
        wanted: impl Fn(&str) -> bool,
        counts: &mut [u32],
    ) -> SearchResult<()> {
        let wanted: Vec<usize> = (0..self.values.len())
            .filter(|&id| wanted(&self.values[id].0))
            .collect();
        let by_value: u64 = wanted.iter().map(|&id| self.docs[id].cost()).sum();
        let found = docs.len();
        if found.saturating_mul(COLUMN_READ_COST) >= by_value {
            for &id in &wanted {
                counts[id] += self.docs[id].count_in(docs);
            }
            return Ok(());
        }
        // Few documents: read their values.
        let Some(column) = segment.fast_fields().str(FACETS_FIELD)? else {
            return Ok(());
        };
        let ords = column.ords();
        let mut seen: Vec<u32> = Vec::new();
        docs.for_each(|doc| {
            seen.clear();
            for ord in ords.values_for_doc(doc) {
                if let Some(Some(id)) = self.by_ord.get(ord as usize) {
                    if !seen.contains(id) && wanted.contains(&(*id as usize)) {
                        seen.push(*id);
                        counts[*id as usize] += 1;
                    }
                }
            }
        });
        Ok(())
    }
}

/// The most posting lists of filter terms kept as bit sets per segment.
const MAX_CACHED_TERMS: usize = 64;

/// What is kept of one segment between searches. Segments never change (deletions aside,
/// which only grow), so nothing here is ever invalidated; [`Caches::warm`] drops the entries of
/// segments that are gone.
pub(crate) struct SegmentCache {
    facets: OnceLock<Arc<FacetSets>>,
    created_at: OnceLock<Arc<Vec<i64>>>,
    /// The documents not deleted, with the number deleted when it was made.
    alive: Mutex<Option<(u32, Arc<Bits>)>>,
    /// Bit sets of frequent filter terms (an access token, a kind, a facet value).
    terms: Mutex<HashMap<Term, Arc<Bits>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The guarded data is a cache filled in one step: a panic elsewhere leaves it valid.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl SegmentCache {
    fn new() -> SegmentCache {
        SegmentCache {
            facets: OnceLock::new(),
            created_at: OnceLock::new(),
            alive: Mutex::new(None),
            terms: Mutex::new(HashMap::new()),
        }
    }

    fn facets(&self, segment: &SegmentReader, field: Field) -> SearchResult<Arc<FacetSets>> {
        if let Some(sets) = self.facets.get() {
            return Ok(sets.clone());
        }
        let sets = Arc::new(FacetSets::build(segment, field)?);
        Ok(self.facets.get_or_init(|| sets).clone())
    }

    fn created_at(&self, segment: &SegmentReader) -> SearchResult<Arc<Vec<i64>>> {
        if let Some(values) = self.created_at.get() {
            return Ok(values.clone());
        }
        // Missing values (or a missing column) read as 0, as in tantivy's sort keys.
        let column: Option<Column<i64>> = segment.fast_fields().column_opt(CREATED_AT_FIELD)?;
        let values = Arc::new(
            (0..segment.max_doc())
                .map(|doc| column.as_ref().and_then(|c| c.first(doc)).unwrap_or(0))
                .collect::<Vec<i64>>(),
        );
        Ok(self.created_at.get_or_init(|| values).clone())
    }

    fn alive(&self, segment: &SegmentReader) -> Arc<Bits> {
        let deleted = segment.num_deleted_docs();
        if let Some((at, bits)) = lock(&self.alive).as_ref() {
            if *at == deleted {
                return bits.clone();
            }
        }
        let bits = Arc::new(match segment.alive_bitset() {
            None => Bits::full(segment.max_doc()),
            Some(alive) => {
                let mut bits = Bits::empty(segment.max_doc());
                for doc in alive.iter_alive() {
                    bits.insert(doc);
                }
                bits
            }
        });
        // Deletions only grow: keep the newest.
        let mut kept = lock(&self.alive);
        if kept.as_ref().is_none_or(|(at, _)| *at < deleted) {
            *kept = Some((deleted, bits.clone()));
        }
        bits
    }

    /// The documents holding one of `terms` (raw `STRING` or facet terms).
    fn any_of(&self, segment: &SegmentReader, terms: &[Term]) -> SearchResult<Bits> {
        let max_doc = segment.max_doc();
        let mut bits = Bits::empty(max_doc);
        for term in terms {
            if let Some(cached) = lock(&self.terms).get(term) {
                bits.union(cached);
                continue;
            }
            let inverted = segment.inverted_index(term.field())?;
            let Some(info) = inverted.get_term_info(term)? else {
                continue;
            };
            let mut postings =
                inverted.read_block_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            let frequent = u64::from(info.doc_freq) * 16 >= u64::from(max_doc);
            let mut own = if frequent {
                Bits::empty(max_doc)
            } else {
                Bits::empty(0)
            };
            let target = if frequent { &mut own } else { &mut bits };
            loop {
                let docs = postings.docs();
                if docs.is_empty() {
                    break;
                }
                for &doc in docs {
                    target.insert(doc);
                }
                postings.advance();
            }
            if frequent {
                bits.union(&own);
                let mut terms = lock(&self.terms);
                if terms.len() < MAX_CACHED_TERMS {
                    terms.insert(term.clone(), Arc::new(own));
                }
            }
        }
        Ok(bits)
    }
}

const FACETS_FIELD: &str = "facets";
const CREATED_AT_FIELD: &str = "created_at";
const ID_FIELD: &str = "id";
const RATING_FIELD: &str = "rating";

/// What the index knows of its current contents: the languages present and the facet fields.
#[derive(Debug, Clone, Default)]
pub(crate) struct Contents {
    /// Stemmer keys with at least one document.
    pub languages: Vec<&'static str>,
    /// Every facet field, sorted.
    pub facet_names: Vec<String>,
}

/// The per-segment caches and what is known of the current searcher generation.
#[derive(Default)]
pub(crate) struct Caches {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentCache>>>,
    contents: Mutex<Option<(u64, Arc<Contents>)>>,
    /// Score arrays, reused (see [`Scores`]).
    scores: Mutex<Vec<Vec<Score>>>,
    /// The one-edit automata of recent words, by field: building one costs more than reading
    /// the postings of a rare word, and they do not depend on the contents.
    fuzzy: Mutex<HashMap<(Field, String), Arc<dyn Weight>>>,
}

/// The most score arrays kept for reuse.
const MAX_POOLED_SCORES: usize = 8;
/// The most one-edit automata kept.
const MAX_FUZZY_WEIGHTS: usize = 512;

/// The scores of the documents of a segment, taken from the pool of [`Caches`]: an array as
/// long as the segment, allocated (and its pages faulted in) once rather than per search.
struct Scores<'a> {
    pool: &'a Mutex<Vec<Vec<Score>>>,
    scores: Vec<Score>,
}

impl<'a> Scores<'a> {
    fn take(pool: &'a Mutex<Vec<Vec<Score>>>, len: DocId) -> Scores<'a> {
        let mut scores = lock(pool).pop().unwrap_or_default();
        // Arrays in the pool are all zeros.
        if scores.len() < len as usize {
            scores.resize(len as usize, 0.0);
        }
        Scores { pool, scores }
    }

    /// Puts the array back, zeroing the documents that were given a score (all in `touched`).
    /// An array not given back (on an error) is simply dropped.
    fn give_back(mut self, touched: &Bits) {
        if touched.len() * 16 > self.scores.len() as u64 {
            // Clearing everything is faster than jumping about.
            self.scores.fill(0.0);
        } else {
            touched.for_each(|doc| {
                if let Some(score) = self.scores.get_mut(doc as usize) {
                    *score = 0.0;
                }
            });
        }
        let mut pool = lock(self.pool);
        if pool.len() < MAX_POOLED_SCORES {
            pool.push(std::mem::take(&mut self.scores));
        }
    }
}

impl Caches {
    fn segment(&self, id: SegmentId) -> Arc<SegmentCache> {
        lock(&self.segments)
            .entry(id)
            .or_insert_with(|| Arc::new(SegmentCache::new()))
            .clone()
    }

    /// Fills the caches for the segments of `searcher` and forgets the others. Called after
    /// every reload, so that the first search after a commit (or a merge) does not pay.
    pub fn warm(&self, searcher: &Searcher, fields: &Fields) -> SearchResult<()> {
        let live: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        lock(&self.segments).retain(|id, _| live.contains(id));
        // The access tokens of most readers, and the kinds.
        let mut common: Vec<Term> = [audience::PUBLIC, audience::MEMBERS, audience::STAFF]
            .iter()
            .map(|token| Term::from_field_text(fields.audience, token))
            .collect();
        common.extend(
            [
                kinds::THREAD,
                kinds::QUESTION,
                kinds::RESOURCE,
                kinds::PRACTICE,
            ]
            .iter()
            .map(|kind| Term::from_field_text(fields.kind, kind)),
        );
        for segment in searcher.segment_readers() {
            let cache = self.segment(segment.segment_id());
            cache.facets(segment, fields.facets)?;
            cache.created_at(segment)?;
            cache.alive(segment);
            for term in &common {
                cache.any_of(segment, std::slice::from_ref(term))?;
            }
        }
        self.contents(searcher, fields)?;
        Ok(())
    }

    /// The contents of the generation of `searcher`, computed once per generation.
    pub fn contents(&self, searcher: &Searcher, fields: &Fields) -> SearchResult<Arc<Contents>> {
        let generation = searcher.generation().generation_id();
        if let Some((at, contents)) = lock(&self.contents).as_ref() {
            if *at == generation {
                return Ok(contents.clone());
            }
        }
        let mut languages = Vec::new();
        for (key, _, _) in &fields.stemmed {
            if searcher.doc_freq(&Term::from_field_text(fields.stem, key))? > 0 {
                languages.push(*key);
            }
        }
        let mut names = std::collections::BTreeSet::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(fields.facets)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                let key = terms.key();
                // First-level facets (`/type`) are the field names.
                if !key.is_empty() && !key.contains(&0) {
                    if let Ok(name) = std::str::from_utf8(key) {
                        names.insert(name.to_string());
                    }
                }
            }
        }
        let contents = Arc::new(Contents {
            languages,
            facet_names: names.into_iter().collect(),
        });
        let mut kept = lock(&self.contents);
        if kept.as_ref().is_none_or(|(at, _)| *at < generation) {
            *kept = Some((generation, contents.clone()));
        }
        Ok(contents)
    }
}

/// A search, cleaned.
pub(crate) struct Request<'a> {
    pub text: Option<&'a TextMatch>,
    /// The reader's access tokens (at least one).
    pub audience: &'a [String],
    /// Kinds; empty means all.
    pub kinds: &'a [String],
    /// Facet filters by field: OR within a field, AND across fields.
    pub filters: &'a BTreeMap<String, Vec<String>>,
    /// The facet fields to count.
    pub facet_names: &'a [String],
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
}

/// The order of hits: greatest first, then the smallest document address.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub(crate) struct SortKey {
    /// The score, 0, or the rating, by [`Sort`].
    pub primary: f64,
    pub created_at: i64,
    pub id: i64,
    pub score: Score,
}

/// What a search found, before the hits are loaded.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub total: u64,
    /// The requested page of hits, in order.
    pub top: Vec<(SortKey, DocAddress)>,
    /// `(field, value) → count`, for the fields asked for.
    pub facets: HashMap<String, HashMap<String, u64>>,
}

/// One way of matching a word, ready to be read in every segment.
enum Scoring {
    /// BM25 (boosted) of a term.
    Term(Term, Bm25Weight),
    /// A constant for every document with a term at one edit.
    Fuzzy(Arc<dyn Weight>, Score),
}

struct Word {
    required: bool,
    alternatives: Vec<Scoring>,
}

fn compile(searcher: &Searcher, caches: &Caches, text: &TextMatch) -> SearchResult<Vec<Word>> {
    let mut words = Vec::with_capacity(text.words.len());
    for word in &text.words {
        let mut alternatives = Vec::with_capacity(word.alternatives.len());
        for alternative in &word.alternatives {
            let term = Term::from_field_text(alternative.field, &alternative.text);
            alternatives.push(if alternative.fuzzy {
                let key = (alternative.field, alternative.text.clone());
                let cached = lock(&caches.fuzzy).get(&key).cloned();
                let weight = match cached {
                    Some(weight) => weight,
                    None => {
                        let weight: Arc<dyn Weight> = Arc::from(
                            FuzzyTermQuery::new(term, 1, true)
                                .weight(EnableScoring::disabled_from_searcher(searcher))?,
                        );
                        let mut kept = lock(&caches.fuzzy);
                        if kept.len() >= MAX_FUZZY_WEIGHTS {
                            kept.clear();
                        }
                        kept.insert(key, weight.clone());
                        weight
                    }
                };
                Scoring::Fuzzy(weight, alternative.boost)
            } else {
                let weight = Bm25Weight::for_terms(searcher, std::slice::from_ref(&term))?
                    .boost_by(alternative.boost);
                Scoring::Term(term, weight)
            });
        }
        words.push(Word {
            required: word.required,
            alternatives,
        });
    }
    Ok(words)
}

/// The top `k` by [`SortKey`], then document address, as tantivy's `TopDocs` keeps them: a
/// buffer of `2k` cut back to `k` when full, below which nothing more enters.
struct TopK {
    k: usize,
    buffer: Vec<(SortKey, DocAddress)>,
    threshold: Option<SortKey>,
}

fn best_first(a: &(SortKey, DocAddress), b: &(SortKey, DocAddress)) -> std::cmp::Ordering {
    b.0.partial_cmp(&a.0)
        .unwrap_or(std::cmp::Ordering::Equal)
        .then_with(|| a.1.cmp(&b.1))
}

impl TopK {
    fn new(k: usize) -> TopK {
        TopK {
            k,
            buffer: Vec::with_capacity(2 * k.max(1)),
            threshold: None,
        }
    }

    /// Whether a document of this key may still enter (documents come in increasing address,
    /// so an equal key loses to the one already seen).
    #[inline]
    fn admits(&self, key: &SortKey) -> bool {
        self.threshold.is_none_or(|t| *key > t)
    }

    fn push(&mut self, key: SortKey, doc: DocAddress) {
        if self.k == 0 || !self.admits(&key) {
            return;
        }
        if self.buffer.len() >= 2 * self.k {
            self.buffer.select_nth_unstable_by(self.k, best_first);
            self.threshold = Some(self.buffer[self.k].0);
            self.buffer.truncate(self.k);
            if !self.admits(&key) {
                return;
            }
        }
        self.buffer.push((key, doc));
    }

    fn into_sorted(mut self) -> Vec<(SortKey, DocAddress)> {
        self.buffer.sort_unstable_by(best_first);
        self.buffer.truncate(self.k);
        self.buffer
    }
}

/// Runs a search over every segment of `searcher`.
pub(crate) fn run(
    searcher: &Searcher,
    caches: &Caches,
    fields: &Fields,
    request: &Request<'_>,
) -> SearchResult<Found> {
    let words = match request.text {
        Some(text) => Some(compile(searcher, caches, text)?),
        None => None,
    };
    let audience: Vec<Term> = request
        .audience
        .iter()
        .map(|t| Term::from_field_text(fields.audience, t))
        .collect();
    let kinds: Vec<Term> = request
        .kinds
        .iter()
        .map(|k| Term::from_field_text(fields.kind, k))
        .collect();
    let filters: Vec<(&str, Vec<Term>)> = request
        .filters
        .iter()
        .map(|(name, values)| {
            let terms = values
                .iter()
                .map(|v| Term::from_facet(fields.facets, &Facet::from_path([name, v])))
                .collect();
            (name.as_str(), terms)
        })
        .collect();

    let mut found = Found::default();
    let mut top = TopK::new(request.offset + request.limit);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let cache = caches.segment(segment.segment_id());
        let max_doc = segment.max_doc();

        // 1. What the reader may see.
        let mut visible = (*cache.alive(segment)).clone();
        visible.intersect(&cache.any_of(segment, &audience)?);
        if !kinds.is_empty() {
            visible.intersect(&cache.any_of(segment, &kinds)?);
        }

        // 2. The words.
        let mut scores: Option<(Scores<'_>, Bits)> = None;
        let matched = match &words {
            None => visible,
            Some(words) => {
                let mut taken = Scores::take(&caches.scores, max_doc);
                let (matched, touched) = match_words(segment, words, visible, &mut taken.scores)?;
                scores = Some((taken, touched));
                matched
            }
        };

        // 3. Facet filters.
        let mut filter_bits = Vec::with_capacity(filters.len());
        for (_, terms) in &filters {
            filter_bits.push(cache.any_of(segment, terms)?);
        }
        let mut all = matched.clone();
        for bits in &filter_bits {
            all.intersect(bits);
        }
        found.total += all.len();

        // 4. Facet counts.
        let sets = cache.facets(segment, fields.facets)?;
        let counted = |name: &str| request.facet_names.iter().any(|n| n == name);
        let mut counts = vec![0u32; sets.values.len()];
        sets.count(
            segment,
            &all,
            |name| counted(name) && !request.filters.contains_key(name),
            &mut counts,
        )?;
        // A filtered field is counted over the matches of every other filter.
        for (i, (name, _)) in filters.iter().enumerate() {
            if !counted(name) {
                continue;
            }
            let mut own = matched.clone();
            for (j, bits) in filter_bits.iter().enumerate() {
                if i != j {
                    own.intersect(bits);
                }
            }
            sets.count(segment, &own, |field| field == *name, &mut counts)?;
        }
        for (value, &count) in sets.values.iter().zip(&counts) {
            if count > 0 {
                add_count(&mut found.facets, value, count);
            }
        }

        // 5. The top hits.
        if top.k > 0 {
            collect_top(
                segment,
                ord as u32,
                &cache,
                request.sort,
                &all,
                scores.as_ref().map(|(s, _)| s.scores.as_slice()),
                &mut top,
            )?;
        }
        if let Some((scores, touched)) = scores {
            scores.give_back(&touched);
        }
    }
    found.top = top.into_sorted().into_iter().skip(request.offset).collect();
    Ok(found)
}

fn add_count(
    facets: &mut HashMap<String, HashMap<String, u64>>,
    (field, value): &(String, String),
    count: u32,
) {
    *facets
        .entry(field.clone())
        .or_default()
        .entry(value.clone())
        .or_default() += u64::from(count);
}

/// The documents of `visible` that match the words, their scores added to `scores`, and every
/// document given a score.
fn match_words(
    segment: &SegmentReader,
    words: &[Word],
    visible: Bits,
    scores: &mut [Score],
) -> SearchResult<(Bits, Bits)> {
    let max_doc = segment.max_doc();
    // Required words first, the rarest first, so that the others are only looked up in the
    // documents left.
    let mut order: Vec<(bool, u64, &Word)> = Vec::with_capacity(words.len());
    for word in words {
        let mut postings = 0u64;
        for alternative in &word.alternatives {
            if let Scoring::Term(term, _) = alternative {
                let inverted = segment.inverted_index(term.field())?;
                if let Some(info) = inverted.get_term_info(term)? {
                    postings += u64::from(info.doc_freq);
                }
            }
        }
        order.push((!word.required, postings, word));
    }
    order.sort_by_key(|(optional, postings, _)| (*optional, *postings));

    let any_required = words.iter().any(|w| w.required);
    let mut candidates = visible;
    let mut candidate_count = candidates.len();
    // While most documents are candidates, postings are read without asking, and the matches
    // restricted afterwards, a word of bits at a time.
    let mut optional_matches = Bits::empty(max_doc);
    let mut touched = Bits::empty(max_doc);
    for (_, _, word) in order {
        let mut matches = Bits::empty(max_doc);
        let restrict = candidate_count * 2 < u64::from(max_doc);
        for alternative in &word.alternatives {
            add_alternative(
                segment,
                alternative,
                (&candidates, candidate_count),
                restrict,
                &mut matches,
                scores,
            )?;
        }
        touched.union(&matches);
        if !restrict {
            matches.intersect(&candidates);
        }
        if word.required {
            candidate_count = matches.len();
            candidates = matches;
        } else if !any_required {
            optional_matches.union(&matches);
        }
    }
    let matched = if any_required {
        candidates
    } else {
        optional_matches
    };
    Ok((matched, touched))
}

/// Adds the documents of `candidates` (and their count) that match one alternative to
/// `matches`, and their scores; with `restrict` false, every document that matches (the caller
/// restricts `matches` afterwards).
fn add_alternative(
    segment: &SegmentReader,
    alternative: &Scoring,
    (candidates, candidate_count): (&Bits, u64),
    restrict: bool,
    matches: &mut Bits,
    scores: &mut [Score],
) -> SearchResult<()> {
    match alternative {
        Scoring::Term(term, weight) => {
            let inverted = segment.inverted_index(term.field())?;
            let Some(info) = inverted.get_term_info(term)? else {
                return Ok(());
            };
            let norms = segment.get_fieldnorms_reader(term.field())?;
            if candidate_count * 4 < u64::from(info.doc_freq) {
                // Few documents left: look each up.
                let mut postings =
                    inverted.read_postings_from_terminfo(&info, IndexRecordOption::WithFreqs)?;
                candidates.for_each(|doc| {
                    if postings.doc() == TERMINATED {
                        return;
                    }
                    if postings.doc() < doc && postings.seek(doc) == TERMINATED {
                        return;
                    }
                    if postings.doc() == doc {
                        matches.insert(doc);
                        if let Some(score) = scores.get_mut(doc as usize) {
                            *score += weight.score(norms.fieldnorm_id(doc), postings.term_freq());
                        }
                    }
                });
            } else {
                let mut postings = inverted
                    .read_block_postings_from_terminfo(&info, IndexRecordOption::WithFreqs)?;
                loop {
                    let docs = postings.docs();
                    if docs.is_empty() {
                        break;
                    }
                    for (&doc, &freq) in docs.iter().zip(postings.freqs()) {
                        if !restrict || candidates.contains(doc) {
                            matches.insert(doc);
                            if let Some(score) = scores.get_mut(doc as usize) {
                                *score += weight.score(norms.fieldnorm_id(doc), freq);
                            }
                        }
                    }
                    postings.advance();
                }
            }
        }
        Scoring::Fuzzy(weight, boost) => {
            let mut scorer: Box<dyn Scorer> = weight.scorer(segment, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if !restrict || candidates.contains(doc) {
                    matches.insert(doc);
                    if let Some(score) = scores.get_mut(doc as usize) {
                        *score += *boost;
                    }
                }
                doc = scorer.advance();
            }
        }
    }
    Ok(())
}

/// Offers the documents of `all` to `top`.
fn collect_top(
    segment: &SegmentReader,
    ord: u32,
    cache: &SegmentCache,
    sort: Sort,
    all: &Bits,
    scores: Option<&[Score]>,
    top: &mut TopK,
) -> SearchResult<()> {
    let created = cache.created_at(segment)?;
    let fast = segment.fast_fields();
    let ids: Option<Column<i64>> = fast.column_opt(ID_FIELD)?;
    let ratings: Option<Column<f64>> = match sort {
        Sort::Rating => fast.column_opt(RATING_FIELD)?,
        _ => None,
    };
    let score_of = |doc: DocId| match scores {
        // A search without words scores 1 (tantivy's `AllQuery`).
        None => 1.0,
        Some(scores) => scores.get(doc as usize).copied().unwrap_or(0.0),
    };
    all.for_each(|doc| {
        let score = score_of(doc);
        let primary = match sort {
            Sort::Relevance => f64::from(score),
            Sort::Newest => 0.0,
            Sort::Rating => ratings.as_ref().and_then(|c| c.first(doc)).unwrap_or(0.0),
        };
        // The rest of the key is read only when the first part leaves it a chance.
        if top.threshold.is_some_and(|t| primary < t.primary) {
            return;
        }
        let created_at = created.get(doc as usize).copied().unwrap_or(0);
        if top
            .threshold
            .is_some_and(|t| (primary, created_at) < (t.primary, t.created_at))
        {
            return;
        }
        let id = ids.as_ref().and_then(|c| c.first(doc)).unwrap_or(0);
        let key = SortKey {
            primary,
            created_at,
            id,
            score,
        };
        top.push(key, DocAddress::new(ord, doc));
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn bits(max_doc: DocId, docs: &[DocId]) -> Bits {
        let mut bits = Bits::empty(max_doc);
        for &doc in docs {
            bits.insert(doc);
        }
        bits
    }

    proptest! {
        #[test]
        fn sets_count_and_combine(
            max_doc in 0u32..5_000,
            a in prop::collection::vec(0u32..5_000, 0..3_000),
            b in prop::collection::vec(0u32..5_000, 0..3_000),
        ) {
            let (x, y) = (bits(max_doc, &a), bits(max_doc, &b));
            let inside = |docs: &[DocId]| {
                let mut docs: Vec<DocId> = docs.iter().copied().filter(|&d| d < max_doc).collect();
                docs.sort_unstable();
                docs.dedup();
                docs
            };
            let (a, b) = (inside(&a), inside(&b));
            let common: Vec<DocId> = a.iter().copied().filter(|d| b.contains(d)).collect();
            prop_assert_eq!(x.len(), a.len() as u64);
            prop_assert_eq!(x.count_common(&y), common.len() as u64);
            let mut listed = Vec::new();
            x.for_each(|doc| listed.push(doc));
            prop_assert_eq!(&listed, &a);
            let mut both = x.clone();
            both.intersect(&y);
            prop_assert_eq!(both.len(), common.len() as u64);
            let mut either = x.clone();
            either.union(&y);
            prop_assert_eq!(either.len(), (a.len() + b.len() - common.len()) as u64);
            prop_assert_eq!(Bits::full(max_doc).len(), u64::from(max_doc));
        }
    }

    #[test]
    fn the_top_keeps_the_best_and_the_first_of_equals() {
        let mut top = TopK::new(3);
        let key = |primary: f64, id: i64| SortKey {
            primary,
            created_at: 0,
            id,
            score: 0.0,
        };
        for doc in 0..100u32 {
            // Many equal keys: the smallest addresses win.
            top.push(key(f64::from(doc % 5), 0), DocAddress::new(0, doc));
        }
        let kept: Vec<DocId> = top.into_sorted().iter().map(|(_, a)| a.doc_id).collect();
        assert_eq!(kept, vec![4, 9, 14]);
    }
}
