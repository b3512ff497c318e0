//! Highlighted snippets: a short passage of the body around the matched words, HTML-escaped,
//! with matched words in `<mark>`.
//!
//! Snippets are made from the neutral (folded) words of the body, without stemming, so they
//! cost little: a scan finds the first word that matches (equal to a folded query word, starting
//! with a stem or prefix that matched, or one edit from a typo-tolerant word), and tantivy's
//! snippet generator picks the best passage in a window of [`WINDOW_BYTES`] around it.

use std::collections::BTreeMap;

use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Score;

/// The longest snippet, in characters.
pub const SNIPPET_CHARS: usize = 200;
/// The part of the body searched for the first match, in bytes.
const SCAN_BYTES: usize = 64 * 1024;
/// The window the passage is chosen from, in bytes, starting this far before the first match.
const WINDOW_BYTES: usize = 800;
const WINDOW_BEFORE: usize = 120;
/// A word is taken for a form of a stem when it is at most this many characters longer.
const MAX_SUFFIX_CHARS: usize = 4;

/// What matched, as seen in the neutral words of a body.
pub(crate) struct Highlight<'a> {
    /// The neutral body field and its analyzer.
    pub field: Field,
    pub analyzer: &'a TextAnalyzer,
    /// Folded query words.
    pub exact: Vec<String>,
    /// Stems of the document's language that matched: a word starting with one and at most
    /// [`MAX_SUFFIX_CHARS`] longer is a form of it.
    pub stems: Vec<String>,
    /// Prefixes searched in the prefix field: any word starting with one.
    pub prefixes: Vec<String>,
    /// Words searched at one edit.
    pub fuzzy: Vec<String>,
}

impl Highlight<'_> {
    fn matches(&self, word: &str) -> bool {
        self.exact.iter().any(|w| w == word)
            || self.prefixes.iter().any(|p| word.starts_with(p.as_str()))
            || self.stems.iter().any(|stem| {
                word.starts_with(stem.as_str())
                    && word.chars().count() <= stem.chars().count() + MAX_SUFFIX_CHARS
            })
            || self.fuzzy.iter().any(|w| within_one_edit(w, word))
    }
}

/// The snippet of `body` with the matched words marked, else the beginning of the body.
pub(crate) fn snippet_html(body: &str, highlight: Option<&Highlight<'_>>) -> String {
    highlight
        .and_then(|highlight| marked(body, highlight))
        .unwrap_or_else(|| beginning(body))
}

fn marked(body: &str, highlight: &Highlight<'_>) -> Option<String> {
    let mut analyzer = highlight.analyzer.clone();
    let first = {
        let mut stream = analyzer.token_stream(truncate(body, SCAN_BYTES));
        let mut first = None;
        while stream.advance() {
            let token = stream.token();
            if highlight.matches(&token.text) {
                first = Some(token.offset_from);
                break;
            }
        }
        first?
    };
    let start = floor_boundary(body, first.saturating_sub(WINDOW_BEFORE));
    // Start the window at a word.
    let start = body[start..first]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .filter(|_| start > 0)
        .map_or(start, |(at, space)| start + at + space.len_utf8());
    let window = truncate(&body[start..], WINDOW_BYTES);

    let mut terms: BTreeMap<String, Score> = BTreeMap::new();
    {
        let mut stream = analyzer.token_stream(window);
        while stream.advance() {
            let word = &stream.token().text;
            if !terms.contains_key(word) && highlight.matches(word) {
                terms.insert(word.clone(), 1.0);
            }
        }
    }
    let mut generator = SnippetGenerator::new(terms, analyzer, highlight.field, SNIPPET_CHARS);
    generator.set_max_num_chars(SNIPPET_CHARS);
    let mut snippet = generator.snippet(window);
    if snippet.highlighted().is_empty() {
        return None;
    }
    snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
    Some(snippet.to_html())
}

/// The first [`SNIPPET_CHARS`] characters of the body, cut at a space, escaped.
fn beginning(body: &str) -> String {
    let body = body.trim();
    let Some((cut, _)) = body.char_indices().nth(SNIPPET_CHARS) else {
        return escape(body);
    };
    let head = &body[..cut];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space]);
    format!("{}…", escape(head.trim_end()))
}

fn truncate(text: &str, max: usize) -> &str {
    crate::document::truncate(text, max)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `a` and `b` are at most one insertion, deletion, substitution or swap of two
/// neighbouring characters apart (the distance tantivy's fuzzy query uses).
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    // A character is at most 4 bytes: a larger difference is more than one edit.
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diffs: Vec<usize> = (0..short.len()).filter(|&i| short[i] != long[i]).collect();
            match diffs.as_slice() {
                [] | [_] => true,
                [i, j] => *j == i + 1 && short[*i] == long[*j] && short[*j] == long[*i],
                _ => false,
            }
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis;

    #[test]
    fn one_edit() {
        assert!(within_one_edit("aprenticeship", "apprenticeship"));
        assert!(within_one_edit("apprenticeship", "aprenticeship"));
        assert!(within_one_edit("formacion", "formacion"));
        assert!(within_one_edit("fromacion", "formacion"));
        assert!(within_one_edit("formacian", "formacion"));
        assert!(!within_one_edit("formacian", "formacione"));
        assert!(!within_one_edit("abc", "cba"));
        assert!(within_one_edit("", "a"));
        assert!(!within_one_edit("", "ab"));
    }

    #[test]
    fn beginnings_are_escaped_and_cut_at_a_space() {
        assert_eq!(
            beginning("<b>bold</b> & co"),
            "&lt;b&gt;bold&lt;/b&gt; &amp; co"
        );
        let long = "parola ".repeat(60);
        let cut = beginning(&long);
        assert!(cut.ends_with("parola…"));
        assert!(cut.chars().count() <= SNIPPET_CHARS + 1);
    }

    #[test]
    fn far_matches_are_shown_in_long_bodies() {
        let manager = tantivy::tokenizer::TokenizerManager::new();
        analysis::register(&manager);
        let Some(neutral) = manager.get(analysis::NEUTRAL) else {
            panic!("neutral analyzer");
        };
        let (_, fields) = analysis::schema();
        let body = format!(
            "{} Le botteghe <em>formano</em> gli apprendisti.",
            "riempitivo ".repeat(2_000)
        );
        let highlight = Highlight {
            field: fields.body,
            analyzer: &neutral,
            exact: Vec::new(),
            stems: vec!["form".to_string(), "apprend".to_string()],
            prefixes: Vec::new(),
            fuzzy: Vec::new(),
        };
        let html = snippet_html(&body, Some(&highlight));
        assert!(
            html.contains("&lt;em&gt;<mark>formano</mark>&lt;/em&gt;"),
            "{html}"
        );
        assert!(html.contains("<mark>apprendisti</mark>"), "{html}");
        assert!(html.chars().count() < 400, "{html}");
        // Wide spaces and letters around the window's start.
        let body = format!("{}\u{3000}ż\u{a0}formano", "ż\u{a0}\u{3000}".repeat(100));
        let html = snippet_html(&body, Some(&highlight));
        assert!(html.contains("<mark>formano</mark>"), "{html}");
        // A stem does not mark longer derived words.
        let html = snippet_html("La formazione dei formatori", Some(&highlight));
        assert!(!html.contains("<mark>"), "{html}");
    }
}
