//! Fields and analyzers: how text becomes terms.
//!
//! | field | analyzer | holds |
//! |---|---|---|
//! | `title`, `body` | `bottega_neutral`: words, lower case, ASCII folding | every document; stored |
//! | `title_<xx>`, `body_<xx>` | `bottega_stem_<xx>`: words, lower case, each word's snowball stem of `xx` *and* the word itself, ASCII folding | documents in language `xx` only |
//! | `prefix` | `bottega_prefix`: words, lower case, ASCII folding, every prefix of 4 to 20 characters | documents in a language without stemmer, of unknown language, or agglutinative ([`PREFIXED_LANGUAGES`]) |
//!
//! Words are runs of letters and digits in any script (tantivy's `SimpleTokenizer`); words
//! longer than [`MAX_WORD_BYTES`] are dropped. Folding after stemming lets a reader who types
//! without accents still reach the stemmed form (`ogretmenler` → `ogretmen`).
//!
//! The stemmed fields keep each word beside its stem, and a query word is looked up both
//! stemmed and as typed, so a match needs only one of stem = stem, stem = word or word = stem.
//! This repairs stemmers that cut a bare root further than its inflected forms: the Turkish
//! stemmer makes `ogretme` of `öğretmen` but `ogretmen` of `öğretmenler`; either way the two
//! meet. For Spanish, a plural in `-ces` after a vowel is stemmed as its singular in `-z`
//! (`aprendices` → `aprendiz`, `veces` → `vez`), which the snowball stemmer does not do.

use std::borrow::Cow;
use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    FAST, INDEXED, STORED, STRING,
};

use rust_stemmers::Algorithm;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// Languages with a snowball stemmer in tantivy, by ISO 639-1 code. Any other language (Polish,
/// Albanian, Croatian, Serbian, Slovenian, Czech, ...) falls back to the prefix field.
pub const STEMMED_LANGUAGES: &[(&str, Language)] = &[
    ("ar", Language::Arabic),
    ("da", Language::Danish),
    ("de", Language::German),
    ("el", Language::Greek),
    ("en", Language::English),
    ("es", Language::Spanish),
    ("fi", Language::Finnish),
    ("fr", Language::French),
    ("hu", Language::Hungarian),
    ("it", Language::Italian),
    ("nl", Language::Dutch),
    ("no", Language::Norwegian),
    ("pt", Language::Portuguese),
    ("ro", Language::Romanian),
    ("ru", Language::Russian),
    ("sv", Language::Swedish),
    ("ta", Language::Tamil),
    ("tr", Language::Turkish),
];

/// Agglutinative languages with a stemmer whose documents also fill the prefix field: words grow
/// by suffixes, and their stemmers stop at different depths (Turkish `öğretmenlerin` →
/// `öğretme`, `öğretmenler` → `öğretmen`), so a prefix meets what the stem misses.
pub const PREFIXED_LANGUAGES: &[&str] = &["fi", "hu", "tr"];

/// Whether a document with this stemmer key (none: no stemmer) fills the prefix field.
pub(crate) fn uses_prefix(stem_key: Option<&str>) -> bool {
    stem_key.is_none_or(|key| PREFIXED_LANGUAGES.contains(&key))
}

/// Words longer than this (in bytes) are not indexed (nor searched).
pub const MAX_WORD_BYTES: usize = 64;
/// The shortest prefix indexed in the `prefix` field, in characters.
pub const MIN_PREFIX_CHARS: usize = 4;
/// The longest prefix indexed in the `prefix` field, in characters.
pub const MAX_PREFIX_CHARS: usize = 20;

pub(crate) const NEUTRAL: &str = "bottega_neutral";
pub(crate) const PREFIX: &str = "bottega_prefix";
pub(crate) const WORDS: &str = "bottega_words";

/// The stemmer key of a (normalized) language code: its own code when it has a stemmer, with
/// Norwegian Bokmål and Nynorsk read as Norwegian; `None` otherwise.
pub(crate) fn stem_key(lang: &str) -> Option<&'static str> {
    let lang = match lang {
        "nb" | "nn" => "no",
        other => other,
    };
    STEMMED_LANGUAGES
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(code, _)| *code)
}

fn stem_analyzer_name(code: &str) -> String {
    format!("bottega_stem_{code}")
}

/// The field handles of the schema.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    /// `kind:id`, the identity used to replace and delete.
    pub key: Field,
    pub kind: Field,
    pub id: Field,
    /// The normalized language code, stored.
    pub lang: Field,
    /// The stemmer key of the language, when it has one (indexed only).
    pub stem: Field,
    pub audience: Field,
    pub facets: Field,
    pub title: Field,
    pub body: Field,
    pub prefix: Field,
    pub created_at: Field,
    pub rating: Field,
    pub url: Field,
    /// `(stemmer key, title_xx, body_xx)` for each stemming language.
    pub stemmed: Vec<(&'static str, Field, Field)>,
}

impl Fields {
    /// The stemmed `(title, body)` fields of a stemmer key.
    pub fn stemmed_for(&self, key: &str) -> Option<(Field, Field)> {
        self.stemmed
            .iter()
            .find(|(code, _, _)| *code == key)
            .map(|(_, title, body)| (*title, *body))
    }
}

fn text(analyzer: &str, stored: bool) -> TextOptions {
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// The schema and its field handles.
pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let key = builder.add_text_field("key", STRING);
    let kind = builder.add_text_field("kind", STRING | STORED);
    let id = builder.add_i64_field("id", INDEXED | STORED | FAST);
    let lang = builder.add_text_field("lang", STRING | STORED);
    let stem = builder.add_text_field("stem", STRING);
    let audience = builder.add_text_field("audience", STRING);
    let facets = builder.add_facet_field("facets", FacetOptions::default());
    let title = builder.add_text_field("title", text(NEUTRAL, true));
    let body = builder.add_text_field("body", text(NEUTRAL, true));
    let prefix = builder.add_text_field("prefix", text(PREFIX, false));
    let created_at = builder.add_i64_field("created_at", STORED | FAST);
    let rating = builder.add_f64_field("rating", NumericOptions::default().set_fast());
    let url = builder.add_text_field("url", STORED);
    let stemmed = STEMMED_LANGUAGES
        .iter()
        .map(|(code, _)| {
            let analyzer = stem_analyzer_name(code);
            let title = builder.add_text_field(&format!("title_{code}"), text(&analyzer, false));
            let body = builder.add_text_field(&format!("body_{code}"), text(&analyzer, false));
            (*code, title, body)
        })
        .collect();
    let fields = Fields {
        key,
        kind,
        id,
        lang,
        stem,
        audience,
        facets,
        title,
        body,
        prefix,
        created_at,
        rating,
        url,
        stemmed,
    };
    (builder.build(), fields)
}

/// Registers the analyzers the schema names. Tantivy does not persist analyzers, so this runs on
/// every open.
pub(crate) fn register(manager: &TokenizerManager) {
    manager.register(WORDS, words_analyzer());
    manager.register(NEUTRAL, neutral_analyzer());
    manager.register(
        PREFIX,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(EdgePrefixes {
                min: MIN_PREFIX_CHARS,
                max: MAX_PREFIX_CHARS,
            })
            .build(),
    );
    for (code, language) in STEMMED_LANGUAGES {
        manager.register(
            &stem_analyzer_name(code),
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
                .filter(LowerCaser)
                .filter(StemAndKeep {
                    algorithm: algorithm(*language),
                    spanish: *code == "es",
                })
                .build(),
        );
    }
}

/// Splits reader input into lower-case words, accents kept (the stemmers need them).
pub(crate) fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .build()
}

fn neutral_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzers of the stemming languages, by stemmer key, for analysing query words.
pub(crate) fn stem_analyzers() -> Vec<(&'static str, TextAnalyzer)> {
    let manager = TokenizerManager::new();
    register(&manager);
    STEMMED_LANGUAGES
        .iter()
        .filter_map(|(code, _)| {
            manager
                .get(&stem_analyzer_name(code))
                .map(|analyzer| (*code, analyzer))
        })
        .collect()
}

/// One analyzer per stop-word list tantivy ships: a word is a stop word when one of them drops
/// it.
pub(crate) fn stop_word_analyzers() -> Vec<TextAnalyzer> {
    STEMMED_LANGUAGES
        .iter()
        .filter_map(|(_, language)| StopWordFilter::new(*language))
        .map(|filter| {
            TextAnalyzer::builder(RawTokenizer::default())
                .filter(filter)
                .build()
        })
        .collect()
}

/// The terms an analyzer makes of a text.
pub(crate) fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        terms.push(stream.token().text.clone());
    }
    terms
}

/// The neutral form of a word: lower case, accents folded.
pub(crate) fn fold(word: &str) -> String {
    analyze(&mut neutral_analyzer(), word).concat()
}

fn algorithm(language: Language) -> Algorithm {
    match language {
        Language::Arabic => Algorithm::Arabic,
        Language::Danish => Algorithm::Danish,
        Language::Dutch => Algorithm::Dutch,
        Language::English => Algorithm::English,
        Language::Finnish => Algorithm::Finnish,
        Language::French => Algorithm::French,
        Language::German => Algorithm::German,
        Language::Greek => Algorithm::Greek,
        Language::Hungarian => Algorithm::Hungarian,
        Language::Italian => Algorithm::Italian,
        Language::Norwegian => Algorithm::Norwegian,
        Language::Portuguese => Algorithm::Portuguese,
        Language::Romanian => Algorithm::Romanian,
        Language::Russian => Algorithm::Russian,
        Language::Spanish => Algorithm::Spanish,
        Language::Swedish => Algorithm::Swedish,
        Language::Tamil => Algorithm::Tamil,
        Language::Turkish => Algorithm::Turkish,
    }
}

/// `text` ASCII-folded by `folder` (a raw tokenizer and ASCII folding); ASCII text as is.
fn fold_with(folder: &mut TextAnalyzer, text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        analyze(folder, text).concat()
    }
}

/// The Spanish singular of a plural in `-ces` after a vowel (`aprendices` → `aprendiz`).
fn spanish_singular(word: &str) -> Cow<'_, str> {
    if let Some(base) = word.strip_suffix("ces") {
        let vowel = base
            .chars()
            .last()
            .is_some_and(|c| "aeiouáéíóú".contains(c));
        if vowel && base.chars().count() >= 2 {
            return Cow::Owned(format!("{base}z"));
        }
    }
    Cow::Borrowed(word)
}

/// A token filter that emits each (lower-case) word's stem, then the word itself when it
/// differs, both ASCII-folded, at the same position and offsets.
#[derive(Clone)]
pub(crate) struct StemAndKeep {
    pub algorithm: Algorithm,
    /// Apply [`spanish_singular`] before stemming.
    pub spanish: bool,
}

impl TokenFilter for StemAndKeep {
    type Tokenizer<T: Tokenizer> = StemAndKeepTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemAndKeepTokenizer<T> {
        StemAndKeepTokenizer {
            inner: tokenizer,
            algorithm: self.algorithm,
            spanish: self.spanish,
        }
    }
}

#[derive(Clone)]
pub(crate) struct StemAndKeepTokenizer<T> {
    inner: T,
    algorithm: Algorithm,
    spanish: bool,
}

impl<T: Tokenizer> Tokenizer for StemAndKeepTokenizer<T> {
    type TokenStream<'a> = StemAndKeepStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemAndKeepStream {
            tail: self.inner.token_stream(text),
            stemmer: rust_stemmers::Stemmer::create(self.algorithm),
            spanish: self.spanish,
            folder: TextAnalyzer::builder(RawTokenizer::default())
                .filter(AsciiFoldingFilter)
                .build(),
            pending: None,
        }
    }
}

pub(crate) struct StemAndKeepStream<S> {
    tail: S,
    stemmer: rust_stemmers::Stemmer,
    spanish: bool,
    folder: TextAnalyzer,
    /// The word itself, emitted after its stem.
    pending: Option<String>,
}

impl<S: TokenStream> TokenStream for StemAndKeepStream<S> {
    fn advance(&mut self) -> bool {
        if let Some(word) = self.pending.take() {
            self.tail.token_mut().text = word;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let source = if self.spanish {
            spanish_singular(&token.text)
        } else {
            Cow::Borrowed(token.text.as_str())
        };
        let stem = fold_with(&mut self.folder, &self.stemmer.stem(&source));
        let word = fold_with(&mut self.folder, &token.text);
        token.text = stem;
        if word != token.text {
            self.pending = Some(word);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// A token filter that replaces each word by its prefixes of `min..=max` characters, all at the
/// word's position and offsets (so a highlight covers the whole word). Words shorter than `min`
/// are dropped: the neutral field finds them.
#[derive(Clone)]
pub(crate) struct EdgePrefixes {
    pub min: usize,
    pub max: usize,
}

impl TokenFilter for EdgePrefixes {
    type Tokenizer<T: Tokenizer> = EdgePrefixTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EdgePrefixTokenizer<T> {
        EdgePrefixTokenizer {
            inner: tokenizer,
            min: self.min,
            max: self.max,
        }
    }
}

#[derive(Clone)]
pub(crate) struct EdgePrefixTokenizer<T> {
    inner: T,
    min: usize,
    max: usize,
}

impl<T: Tokenizer> Tokenizer for EdgePrefixTokenizer<T> {
    type TokenStream<'a> = EdgePrefixStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EdgePrefixStream {
            tail: self.inner.token_stream(text),
            min: self.min,
            max: self.max,
            word: String::new(),
            ends: Vec::new(),
            next: 0,
        }
    }
}

pub(crate) struct EdgePrefixStream<S> {
    tail: S,
    min: usize,
    max: usize,
    /// The word whose prefixes are being emitted.
    word: String,
    /// Byte ends of the prefixes still to emit.
    ends: Vec<usize>,
    next: usize,
}

impl<S: TokenStream> TokenStream for EdgePrefixStream<S> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(&end) = self.ends.get(self.next) {
                self.next += 1;
                let token = self.tail.token_mut();
                token.text.clear();
                token
                    .text
                    .push_str(self.word.get(..end).unwrap_or_default());
                return true;
            }
            if !self.tail.advance() {
                return false;
            }
            self.word.clear();
            self.word.push_str(&self.tail.token().text);
            self.ends.clear();
            self.next = 0;
            for (count, (start, c)) in self.word.char_indices().enumerate() {
                let chars = count + 1;
                if chars > self.max {
                    break;
                }
                if chars >= self.min {
                    self.ends.push(start + c.len_utf8());
                }
            }
        }
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, text: &str) -> Vec<String> {
        let manager = TokenizerManager::new();
        register(&manager);
        match manager.get(name) {
            Some(mut analyzer) => analyze(&mut analyzer, text),
            None => Vec::new(),
        }
    }

    #[test]
    fn neutral_folds_case_and_accents() {
        assert_eq!(
            run(NEUTRAL, "Formación DUAL, l'Öğretmen"),
            vec!["formacion", "dual", "l", "ogretmen"]
        );
    }

    #[test]
    fn stemmed_fields_keep_stem_and_word() {
        assert_eq!(
            run("bottega_stem_it", "Formatori formazione dei"),
            vec!["formator", "formatori", "formazion", "formazione", "dei"]
        );
        assert_eq!(
            run("bottega_stem_es", "aprendices aprendiz Formación dulces"),
            vec![
                "aprendiz",
                "aprendices",
                "aprendiz",
                "formacion",
                "dulc",
                "dulces"
            ]
        );
        // The Turkish stemmer cuts the bare root further than the plural; kept words bridge it.
        assert_eq!(
            run("bottega_stem_tr", "öğretmenler öğretmen"),
            vec!["ogretmen", "ogretmenler", "ogretme", "ogretmen"]
        );
    }

    #[test]
    fn prefixes_cover_four_to_twenty_characters() {
        assert_eq!(
            run(PREFIX, "Praktyki, ok Żółw"),
            vec!["prak", "prakt", "prakty", "praktyk", "praktyki", "zolw"]
        );
        let long = run(PREFIX, &"a".repeat(30));
        assert_eq!(long.len(), MAX_PREFIX_CHARS - MIN_PREFIX_CHARS + 1);
    }

    #[test]
    fn every_stemming_language_has_fields_and_analyzers() {
        let (schema, fields) = schema();
        assert_eq!(fields.stemmed.len(), STEMMED_LANGUAGES.len());
        assert_eq!(stem_analyzers().len(), STEMMED_LANGUAGES.len());
        assert!(schema.get_field("body_tr").is_ok());
        assert_eq!(stem_key("nb"), Some("no"));
        assert_eq!(stem_key("pl"), None);
        assert!(!stop_word_analyzers().is_empty());
    }
}
