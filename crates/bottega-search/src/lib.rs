//! Bottega's embedded full-text search, on [tantivy].
//!
//! Every kind of content (discussion threads, questions, resources, and later courses,
//! practices, placements, events) is indexed as the same generic [`SearchDoc`]: a `kind`, an
//! `id`, a title and a plain-text body, the content's language, the access tokens that may see
//! it, facet values, a date, a rating and a link. A search ([`SearchQuery`]) returns one page of
//! [`Hit`]s with highlighted snippets, the total, and facet counts ([`SearchResults`]).
//!
//! ```
//! use bottega_search::{audience, SearchDoc, SearchIndex, SearchQuery};
//!
//! # fn main() -> Result<(), bottega_search::SearchError> {
//! let index = SearchIndex::in_ram()?;
//! index.upsert(&[SearchDoc::new("resource", 1, "Formazione dei formatori", "Un percorso per tutor aziendali.")
//!     .lang("it")
//!     .visible_to(audience::PUBLIC)
//!     .facet("type", "pdf")])?;
//! index.commit_with_cursor(1)?;
//! let results = index.search(&SearchQuery::new("formatore", audience::reader(false, &[], &[])))?;
//! assert_eq!(results.hits[0].id, 1);
//! assert_eq!(results.facet_count("type", "pdf"), 1);
//! # Ok(())
//! # }
//! ```
//!
//! # Fields and analyzers
//!
//! Text is indexed several times (see [`analysis`] for the table):
//!
//! - **neutral** `title` and `body`, for every document: words lower-cased and ASCII-folded, so
//!   "formacion" finds "formación" whatever the languages. These two are also stored (for the
//!   hit and its snippet).
//! - **stemmed** `title_xx` and `body_xx`, for a document in language `xx` when tantivy has a
//!   stemmer for it ([`STEMMED_LANGUAGES`]: English, Italian, Spanish, Turkish, French, German,
//!   Portuguese, Dutch, Danish, Swedish, Norwegian, Finnish, Hungarian, Romanian, Greek, Russian,
//!   Arabic, Tamil). A query word is stemmed by each language present in the index and looked up
//!   in that language's fields only, so it meets every document through its own language's
//!   stemmer: "formazioni" finds "formazione dei formatori", "aprendiz" finds "aprendices".
//!   These fields keep each word beside its stem, and a query word is looked up stemmed and as
//!   typed, which repairs stemmers that treat a root and its inflections unevenly.
//! - **prefix**, for a document in a language without stemmer (Polish, Albanian, Croatian,
//!   Serbian, Slovenian, Czech, Slovak, Bulgarian, ...) or of unknown language: every prefix of 4
//!   to 20 characters of every (folded) word. A query word, less one or two final characters,
//!   is looked up there, so "praktyk" finds "praktyki zawodowe" and "arsim" finds "arsimit".
//!   Documents in the agglutinative Turkish, Finnish and Hungarian fill it too
//!   ([`analysis::PREFIXED_LANGUAGES`]).
//! - **typo tolerance**: words of 5 characters or more also match the neutral fields at one
//!   edit ("aprenticeship" finds "apprenticeship"), with a constant low score so that such a
//!   hit ranks below exact ones; not for a word whose exact and stemmed forms already match
//!   [`query::FUZZY_MAX_EXACT_DOCS`] documents (its typos would rank below all of those).
//!
//! Reader input is never parsed as a query language (see [`query`]), so no input makes a search
//! fail: operators are separators, the input is cut to 1 KiB and 32 distinct words.
//!
//! # Visibility
//!
//! A document carries access tokens ([`audience`]): `public`, `members`, `org:12`, `group:7`,
//! `user:3`, ... A reader carries `public`, plus `members` when signed in, plus their
//! organisations and groups ([`audience::reader`]). A document matches only when the two sets
//! meet; this condition is a clause of the tantivy query itself, so totals, pages and facet
//! counts only ever count what the reader may see. A document with no token is seen by nobody
//! (hidden content is better deleted from the index, though). The index adds the
//! reserved token [`audience::STAFF`] to every document that has a token, so moderators and
//! administrators search everything published with [`audience::staff`].
//!
//! # Facets
//!
//! `(field, value)` pairs are indexed as tantivy facets `/field/value`. Filters are AND across
//! fields and OR within one field. Counts cover the visible documents that match the words and
//! the filters, except that a field with a filter of its own is counted without that one filter
//! (the usual "disjunctive" faceting): with `type = pdf` chosen, the `type` counts still show
//! how many videos there are, so the reader can add them. [`SearchQuery::facet_fields`] names
//! the fields to count (each listed even when it has no value); left empty, every field found
//! in the index is counted and listed when it has values. At most [`MAX_FACET_VALUES`] values
//! per field, most frequent first.
//!
//! # Adding a content kind
//!
//! 1. Pick a kind name (add it to [`kinds`]).
//! 2. In storage, write the function that loads the current [`SearchDoc`]s of that kind by id
//!    (title, plain-text body, language, audience tokens from its visibility, facets), returning
//!    nothing for deleted or hidden ones, and queue an outbox entry `(kind, id)` in every
//!    transaction that changes what it returns.
//! 3. The indexing job turns each outbox entry into a [`Change`] with that function.
//!
//! Nothing in this crate changes: the schema is the same for all kinds.
//!
//! # Life cycle and several nodes
//!
//! [`SearchIndex::open`] keeps the index in a folder on the node's disk (one writer; a second
//! process on the same folder gets [`SearchError::Locked`]); [`SearchIndex::in_ram`] is for
//! tests. Changes ([`SearchIndex::upsert`], [`SearchIndex::delete`], [`SearchIndex::clear`])
//! are seen by searches after a commit, which also reloads the reader.
//!
//! The database is the truth; every index is a copy. Every change of searchable content adds an
//! entry to the database's search outbox in the same transaction. Each node keeps its own index
//! and, in a background job, reads the outbox entries after its [`SearchIndex::cursor`], loads
//! the current state of those documents, and applies them with [`SearchIndex::apply`], which
//! commits the changes and the id of the last entry together (tantivy's commit payload). So the
//! cursor is exactly as durable as the changes: after a crash or restart the node resumes where
//! its last commit stopped, and applying an entry twice is harmless (an upsert replaces). All
//! nodes converge on the same contents. A cursor of 0 means an empty index: rebuild it from the
//! database ([`SearchIndex::clear`], upsert everything, [`SearchIndex::commit_with_cursor`] with
//! the last outbox id read before the rebuild started). A new [`SCHEMA_VERSION`] opens a fresh
//! sub-folder, so an upgrade rebuilds the same way.
//!
//! # Speed
//!
//! Searches do not run tantivy queries document at a time: each posting list of the search's
//! terms is read once into bit sets and an array of scores (BM25, the same sums a tantivy
//! `BooleanQuery` computes, which the tests check), the facet counts of all fields, filtered
//! or not, come from the same pass, and the top hits are kept as tantivy's `TopDocs` keeps
//! them. What does not change between commits is kept per segment: the documents of each facet
//! value, creation dates, the documents of frequent access tokens and kinds; it is filled when
//! the index opens and after each commit, for new segments only. The one-edit automata of
//! recent words are kept too. A matching document then costs a few nanoseconds instead of a
//! few microseconds, and a search mostly the snippets of its page of hits.
//!
//! On top of that, [`SearchIndex::search`] remembers the results of the last
//! [`RESULT_CACHE_ENTRIES`] distinct searches (words, reader's tokens, filters, page) until
//! the next commit, so a search asked again costs some 10 µs; [`SearchIndex::set_result_cache`]
//! changes or turns it off.
//!
//! Measured with `examples/query_cost.rs` (`cargo run --release -p bottega-search --example
//! query_cost -- <index folder>`), one thread, result cache off, on the 2-core development
//! machine while other work ran; the searches of the benchmark's `/search` page (an anonymous
//! reader, 20 hits, six facet fields counted); µs per search, median:
//!
//! | search | M: 40,000 documents, before | M, now | L': 2,000,000, before | L', now |
//! |---|---|---|---|---|
//! | a common word, `erasmus` (26,216 hits in M) | 2,780 | 380 | 112,000 | 14,400 |
//! | a rare word, `kintsugi` (5) | 170 | 77 | 1,500 | 820 |
//! | a stemmed form, `formazioni` (3,581) | 920 | 200 | 16,700 | 3,300 |
//! | the common word, `language = it` | 3,270 | 355 | 179,000 | 12,400 |
//! | the stemmed form, `language = it` | 1,370 | 203 | 41,500 | 3,300 |
//!
//! M is the index `bottega generate --size m` writes; L' is M's documents indexed 50 times
//! over, with made-up facets (its bodies are M's, shorter than L's).
//!
//! A common word still costs in proportion to its documents (about 10 ns each, counting and
//! ranking them all); everything else of a search is a few tens of µs plus some 5 µs per
//! snippet. Opening an index fills its caches in some 25 ms per million documents; they take
//! some 16 bytes per document (8 for the date, a bit per frequent facet value).
//!
//! [tantivy]: https://docs.rs/tantivy

pub mod analysis;
mod document;
mod engine;
mod error;
mod index;
pub mod query;
mod snippet;

pub use analysis::STEMMED_LANGUAGES;
pub use document::{
    audience, facet_fields, kinds, SearchDoc, MAX_BODY_BYTES, MAX_CODE_BYTES, MAX_TITLE_BYTES,
};
pub use error::{SearchError, SearchResult};
pub use index::{
    Change, Hit, SearchIndex, SearchResults, MAX_FACET_VALUES, RESULT_CACHE_ENTRIES,
    SCHEMA_VERSION, WRITER_HEAP_BYTES,
};
pub use query::{SearchQuery, Sort};
pub use snippet::SNIPPET_CHARS;

#[cfg(test)]
mod tests;
