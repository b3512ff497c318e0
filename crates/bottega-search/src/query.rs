//! What a reader asks, and the terms it looks for (evaluated by the crate's engine).
//!
//! Reader input is never parsed as a query language: it is cut to [`MAX_QUERY_BYTES`], split into
//! words (letters and digits of any script; every operator character is a separator), and at
//! most [`MAX_QUERY_WORDS`] distinct words are kept. So no input can make a query fail.
//!
//! Each word matches when it is found in one of these ways, best first (the boosts rank them):
//! the neutral title or body (exact word, accents folded), the stemmed title or body of a
//! document's language (the word stemmed by that language's stemmer), the prefix field of
//! documents without a stemmer, and, for words of [`FUZZY_MIN_CHARS`] characters or more, the
//! neutral fields at one edit (typo tolerance; constant low score, so a typo never outranks the
//! exact word). A word whose exact forms already match [`FUZZY_MAX_EXACT_DOCS`] documents or
//! more is not searched at one edit: its typos would rank below all those hits anyway, and
//! looking them up meant reading every document of the word once more. Every word must match, except stop words of any supported language (`the`,
//! `dei`, `de`, ...), which only add to the score, so "training of trainers" finds "trainer
//! training".

use std::collections::{BTreeMap, BTreeSet, HashMap};

#[cfg(test)]
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, TermQuery,
};
use tantivy::schema::Field;
#[cfg(test)]
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Score;
#[cfg(test)]
use tantivy::Term;

use crate::analysis::{analyze, fold, Fields, MAX_PREFIX_CHARS, MIN_PREFIX_CHARS};
use crate::document::{clean_code, truncate};

/// Reader input beyond this many bytes is ignored.
pub const MAX_QUERY_BYTES: usize = 1024;
/// At most this many distinct words of the input are searched.
pub const MAX_QUERY_WORDS: usize = 32;
/// Words of at least this many characters also match at one edit.
pub const FUZZY_MIN_CHARS: usize = 5;
/// Words whose exact forms (neutral and stemmed terms, document frequencies summed) match at
/// least this many documents do not also match at one edit.
pub const FUZZY_MAX_EXACT_DOCS: u64 = 1_000;
/// The largest page size.
pub const MAX_PER_PAGE: u32 = 100;
/// No page starts beyond this many hits (deep paging costs memory and is of no use to people).
pub const MAX_OFFSET: usize = 10_000;

const BOOST_TITLE: Score = 2.0;
const BOOST_BODY: Score = 1.0;
const BOOST_STEMMED_TITLE: Score = 1.5;
const BOOST_STEMMED_BODY: Score = 0.75;
const BOOST_PREFIX: Score = 0.4;
const BOOST_FUZZY_TITLE: Score = 0.3;
const BOOST_FUZZY_BODY: Score = 0.2;

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sort {
    /// Best match first, then newest. Without search words this is [`Sort::Newest`].
    #[default]
    Relevance,
    /// Newest first.
    Newest,
    /// Best rated first, then newest.
    Rating,
}

/// A search as a page asks it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    /// What the reader typed; any text is accepted. Empty lists the matching documents.
    pub text: String,
    /// `(field, value)` facet filters: a document must match every field named, and any of the
    /// values given for one field.
    pub filters: Vec<(String, String)>,
    /// The reader's access tokens (see [`crate::audience`]); no token, no hit.
    pub audience: Vec<String>,
    /// Kinds to search; empty means all.
    pub kinds: Vec<String>,
    pub sort: Sort,
    /// 1-based page number; 0 is read as 1.
    pub page: u32,
    /// Hits per page, 1 to [`MAX_PER_PAGE`].
    pub per_page: u32,
    /// Facet fields to count; empty means every field found in the index.
    pub facet_fields: Vec<String>,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            filters: Vec::new(),
            audience: Vec::new(),
            kinds: Vec::new(),
            sort: Sort::Relevance,
            page: 1,
            per_page: 20,
            facet_fields: Vec::new(),
        }
    }
}

impl SearchQuery {
    /// A search for `text` by a reader holding `audience`, first page of 20, by relevance.
    pub fn new<S: Into<String>>(
        text: impl Into<String>,
        audience: impl IntoIterator<Item = S>,
    ) -> Self {
        SearchQuery {
            text: text.into(),
            audience: audience.into_iter().map(Into::into).collect(),
            ..SearchQuery::default()
        }
    }

    pub fn filter(mut self, field: impl Into<String>, value: impl Into<String>) -> Self {
        self.filters.push((field.into(), value.into()));
        self
    }

    pub fn kind(mut self, kind: impl Into<String>) -> Self {
        self.kinds.push(kind.into());
        self
    }

    pub fn sort(mut self, sort: Sort) -> Self {
        self.sort = sort;
        self
    }

    pub fn page(mut self, page: u32, per_page: u32) -> Self {
        self.page = page;
        self.per_page = per_page;
        self
    }

    /// Asks for the counts of one facet field (by default all fields are counted).
    pub fn count_facet(mut self, field: impl Into<String>) -> Self {
        self.facet_fields.push(field.into());
        self
    }

    /// `(offset, limit)` of the requested page, bounded.
    pub(crate) fn window(&self) -> (usize, usize) {
        let per_page = self.per_page.clamp(1, MAX_PER_PAGE) as usize;
        let page = self.page.max(1) as usize;
        let offset = (page - 1).saturating_mul(per_page).min(MAX_OFFSET);
        (offset, per_page)
    }

    /// The filters grouped by field, cleaned, in a stable order.
    pub(crate) fn grouped_filters(&self) -> BTreeMap<String, Vec<String>> {
        let mut grouped: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (field, value) in &self.filters {
            if let (Some(field), Some(value)) = (clean_code(field), clean_code(value)) {
                let values = grouped.entry(field).or_default();
                if !values.contains(&value) {
                    values.push(value);
                }
            }
        }
        grouped
    }
}

/// One word of reader input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct QueryWord {
    /// Lower case, accents kept.
    pub word: String,
    /// A stop word: it adds to the score but need not match.
    pub optional: bool,
}

/// Reader input as words; see the module documentation.
pub(crate) fn query_words(
    text: &str,
    words: &mut TextAnalyzer,
    stop_words: &mut [TextAnalyzer],
) -> Vec<QueryWord> {
    let mut cut = truncate(text, MAX_QUERY_BYTES);
    if cut.len() < text.len() {
        // Leave out the word the cut went through.
        cut = cut.trim_end_matches(char::is_alphanumeric);
    }
    let mut found: Vec<QueryWord> = Vec::new();
    for word in analyze(words, cut) {
        if found.len() >= MAX_QUERY_WORDS {
            break;
        }
        if found.iter().any(|w| w.word == word) {
            continue;
        }
        let optional = stop_words
            .iter_mut()
            .any(|analyzer| analyze(analyzer, &word).is_empty());
        found.push(QueryWord { word, optional });
    }
    found
}

/// One way a word may match a document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Alternative {
    pub field: Field,
    /// The term, as indexed in `field`.
    pub text: String,
    pub boost: Score,
    /// Matches any term at one edit of `text` (constant score `boost`) rather than `text`
    /// itself (BM25 times `boost`).
    pub fuzzy: bool,
}

/// One word of the search and the ways it may match.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WordMatch {
    /// Every document must match the word; otherwise (a stop word) it only adds to the score.
    pub required: bool,
    pub alternatives: Vec<Alternative>,
}

/// The text part of a search.
pub(crate) struct TextMatch {
    /// The words: a document matches when it matches every required word (or, without any,
    /// one of the others), and its score is the sum of the scores of every alternative it
    /// matches, as a tantivy `BooleanQuery` of `BooleanQuery`s would have it
    /// ([`TextMatch::query`]).
    pub words: Vec<WordMatch>,
    /// The terms searched, by field (to find the matched words for snippets).
    pub highlights: HashMap<Field, BTreeSet<String>>,
    /// Folded words also searched at one edit.
    pub fuzzy: Vec<String>,
}

impl TextMatch {
    /// Drops the one-edit alternatives of the words whose other alternatives match
    /// [`FUZZY_MAX_EXACT_DOCS`] documents or more, by `doc_freq` (which counts what it
    /// takes for an exact form).
    pub fn limit_fuzzy<E>(
        &mut self,
        mut doc_freq: impl FnMut(&Alternative) -> Result<u64, E>,
    ) -> Result<(), E> {
        for word in &mut self.words {
            let mut exact = 0u64;
            for alternative in word.alternatives.iter().filter(|a| !a.fuzzy) {
                exact = exact.saturating_add(doc_freq(alternative)?);
            }
            if exact >= FUZZY_MAX_EXACT_DOCS {
                word.alternatives.retain(|a| !a.fuzzy);
            }
        }
        let mut fuzzy: Vec<String> = Vec::new();
        for alternative in self.words.iter().flat_map(|w| &w.alternatives) {
            if alternative.fuzzy && !fuzzy.contains(&alternative.text) {
                fuzzy.push(alternative.text.clone());
            }
        }
        self.fuzzy = fuzzy;
        Ok(())
    }

    /// The same search as a tantivy query: the reference the engine ([`crate::engine`]) is
    /// tested against.
    #[cfg(test)]
    pub fn query(&self) -> Box<dyn Query> {
        let clauses = self
            .words
            .iter()
            .map(|word| -> (Occur, Box<dyn Query>) {
                let alternatives = word
                    .alternatives
                    .iter()
                    .map(|a| -> (Occur, Box<dyn Query>) {
                        let term = Term::from_field_text(a.field, &a.text);
                        let query: Box<dyn Query> = if a.fuzzy {
                            Box::new(FuzzyTermQuery::new(term, 1, true))
                        } else {
                            Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
                        };
                        (Occur::Should, Box::new(BoostQuery::new(query, a.boost)))
                    })
                    .collect();
                let occur = if word.required {
                    Occur::Must
                } else {
                    Occur::Should
                };
                (occur, Box::new(BooleanQuery::new(alternatives)))
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }
}

/// The prefix searched in the `prefix` field for a folded word: the word less one or two final
/// characters (a crude stemmer for languages without one: `praktyka` → `prakty` finds
/// `praktyki`), never shorter than [`MIN_PREFIX_CHARS`] nor longer than [`MAX_PREFIX_CHARS`].
pub(crate) fn prefix_of(folded: &str) -> Option<String> {
    let chars = folded.chars().count();
    if chars < MIN_PREFIX_CHARS {
        return None;
    }
    let keep = match chars {
        0..=4 => chars,
        5 | 6 => chars - 1,
        _ => chars - 2,
    }
    .clamp(MIN_PREFIX_CHARS, MAX_PREFIX_CHARS);
    Some(folded.chars().take(keep).collect())
}

/// The search for the words, or `None` when there is no word. `languages` are the stemmer keys
/// of the languages present in the index, with their analyzers.
pub(crate) fn text_query(
    words: &[QueryWord],
    fields: &Fields,
    languages: &mut [(&'static str, TextAnalyzer)],
) -> Option<TextMatch> {
    let mut highlights: HashMap<Field, BTreeSet<String>> = HashMap::new();
    let mut highlight = |field: Field, term: &str| {
        highlights
            .entry(field)
            .or_default()
            .insert(term.to_string());
    };
    let alternative = |field: Field, text: &str, boost: Score, fuzzy: bool| Alternative {
        field,
        text: text.to_string(),
        boost,
        fuzzy,
    };
    let mut fuzzy = Vec::new();
    let mut matches = Vec::new();
    for word in words {
        let mut alternatives = Vec::new();
        let folded = fold(&word.word);
        if !folded.is_empty() {
            alternatives.push(alternative(fields.title, &folded, BOOST_TITLE, false));
            alternatives.push(alternative(fields.body, &folded, BOOST_BODY, false));
            highlight(fields.title, &folded);
            highlight(fields.body, &folded);
        }
        for (key, analyzer) in languages.iter_mut() {
            let Some((title, body)) = fields.stemmed_for(key) else {
                continue;
            };
            for stemmed in analyze(analyzer, &word.word) {
                alternatives.push(alternative(title, &stemmed, BOOST_STEMMED_TITLE, false));
                alternatives.push(alternative(body, &stemmed, BOOST_STEMMED_BODY, false));
                highlight(title, &stemmed);
                highlight(body, &stemmed);
            }
        }
        if let Some(prefix) = prefix_of(&folded) {
            alternatives.push(alternative(fields.prefix, &prefix, BOOST_PREFIX, false));
            highlight(fields.prefix, &prefix);
        }
        if folded.chars().count() >= FUZZY_MIN_CHARS {
            alternatives.push(alternative(fields.title, &folded, BOOST_FUZZY_TITLE, true));
            alternatives.push(alternative(fields.body, &folded, BOOST_FUZZY_BODY, true));
            fuzzy.push(folded.clone());
        }
        if alternatives.is_empty() {
            continue;
        }
        matches.push(WordMatch {
            required: !word.optional,
            alternatives,
        });
    }
    if matches.is_empty() {
        return None;
    }
    Some(TextMatch {
        words: matches,
        highlights,
        fuzzy,
    })
}

/// A clause that restricts without scoring.
#[cfg(test)]
pub(crate) fn filter(query: Box<dyn Query>) -> (Occur, Box<dyn Query>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0)))
}

/// Any of the raw `values` in `field` (a `STRING` field).
#[cfg(test)]
pub(crate) fn any_of(field: Field, values: &[String]) -> Box<dyn Query> {
    let clauses = values
        .iter()
        .map(|value| -> (Occur, Box<dyn Query>) {
            (
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                )),
            )
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// Any of the `values` of facet field `name`.
#[cfg(test)]
pub(crate) fn any_facet(field: Field, name: &str, values: &[String]) -> Box<dyn Query> {
    let clauses = values
        .iter()
        .map(|value| -> (Occur, Box<dyn Query>) {
            (
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_facet(field, &Facet::from_path([name, value.as_str()])),
                    IndexRecordOption::Basic,
                )),
            )
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{stop_word_analyzers, words_analyzer};

    fn words(text: &str) -> Vec<QueryWord> {
        query_words(text, &mut words_analyzer(), &mut stop_word_analyzers())
    }

    #[test]
    fn operators_are_separators_and_words_are_bounded() {
        let found: Vec<String> = words("\"tiles\" AND (wood* OR -metal:~2^3) [a TO b] {x} +y")
            .into_iter()
            .map(|w| w.word)
            .collect();
        assert_eq!(
            found,
            vec!["tiles", "and", "wood", "or", "metal", "2", "3", "a", "to", "b", "x", "y"]
        );
        assert!(words("* : ~ ^ ( ) \" [ ] { } + - \\ / !").is_empty());
        let many: String = (0..500).map(|i| format!("w{i} ")).collect();
        assert_eq!(words(&many).len(), MAX_QUERY_WORDS);
        assert_eq!(words("Apprendistato apprendistato APPRENDISTATO").len(), 1);
    }

    #[test]
    fn stop_words_are_optional() {
        let found = words("training of trainers");
        assert_eq!(
            found.iter().map(|w| w.optional).collect::<Vec<_>>(),
            vec![false, true, false]
        );
        assert!(words("formazione dei formatori")[1].optional);
    }

    #[test]
    fn prefixes_drop_endings() {
        assert_eq!(prefix_of("pra"), None);
        assert_eq!(prefix_of("prak").as_deref(), Some("prak"));
        assert_eq!(prefix_of("arsim").as_deref(), Some("arsi"));
        assert_eq!(prefix_of("praktyka").as_deref(), Some("prakty"));
        assert_eq!(
            prefix_of(&"x".repeat(40)).map(|p| p.len()),
            Some(MAX_PREFIX_CHARS)
        );
    }

    #[test]
    fn pages_are_bounded() {
        let q = SearchQuery::default().page(0, 0);
        assert_eq!(q.window(), (0, 1));
        let q = SearchQuery::default().page(3, 500);
        assert_eq!(q.window(), (200, 100));
        let q = SearchQuery::default().page(u32::MAX, 10);
        assert_eq!(q.window(), (MAX_OFFSET, 10));
    }
}
