//! Highlighted snippets: a short passage of the body around the matched words, HTML-escaped,
//! with matched words in `<mark>`.
//!
//! Snippets are made from the neutral (folded) words of the body, without stemming, so they
//! cost little: a scan finds the first word that matches (equal to a folded query word, starting
//! with a stem or prefix that matched, or one edit from a typo-tolerant word), and the best
//! passage in a window of [`WINDOW_BYTES`] around it is chosen the way tantivy's snippet
//! generator would, in one more pass over the window.

use std::ops::Range;

use tantivy::tokenizer::TextAnalyzer;

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
    /// The analyzer of the neutral body field.
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
    let scan = truncate(body, SCAN_BYTES);
    // The words of the body up to the end of the window, once the first match tells where the
    // window is: `(from, to, matched)`.
    let mut words: Vec<Word> = Vec::new();
    let mut window: Option<(usize, usize)> = None;
    {
        let mut stream = analyzer.token_stream(scan);
        while stream.advance() {
            let token = stream.token();
            if window.is_some_and(|(_, end)| token.offset_to > end) {
                break;
            }
            let matched = highlight.matches(&token.text);
            words.push(Word {
                from: token.offset_from,
                to: token.offset_to,
                matched,
            });
            if matched && window.is_none() {
                window = Some(window_around(body, token.offset_from));
            }
        }
    }
    let (start, end) = window?;
    let window = body.get(start..end)?;
    let words = window_words(
        &mut analyzer,
        highlight,
        body,
        scan.len(),
        (start, end),
        &words,
    );

    // The passage, as tantivy's `SnippetGenerator` would choose it with every matched word
    // scoring 1: cut into fragments that end at the first word beyond `SNIPPET_CHARS` bytes
    // from their start, keep the one with the most matched words (the first of equals), mark
    // its matched words.
    let mut best: Option<Fragment> = None;
    let mut fragment = Fragment::new(0);
    for word in words {
        if word.to - fragment.start > SNIPPET_CHARS {
            fragment.offer_to(&mut best);
            fragment = Fragment::new(word.from);
        }
        fragment.stop = word.to;
        if word.matched {
            fragment.marked.push(word.from..word.to);
        }
    }
    fragment.offer_to(&mut best);
    let best = best?;
    let mut html = String::with_capacity(2 * (best.stop - best.start));
    let mut from = best.start;
    for range in &best.marked {
        html.push_str(&escape(window.get(from..range.start)?));
        html.push_str("<mark>");
        html.push_str(&escape(window.get(range.clone())?));
        html.push_str("</mark>");
        from = range.end;
    }
    html.push_str(&escape(window.get(from..best.stop)?));
    Some(html)
}

/// A word of the body: byte offsets, and whether it matched.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Word {
    from: usize,
    to: usize,
    matched: bool,
}

/// The window the passage is chosen from, for a first match at byte `first`: from the word
/// beginning some [`WINDOW_BEFORE`] bytes before it, [`WINDOW_BYTES`] long.
fn window_around(body: &str, first: usize) -> (usize, usize) {
    let start = floor_boundary(body, first.saturating_sub(WINDOW_BEFORE));
    let start = body
        .get(start..first)
        .unwrap_or_default()
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .filter(|_| start > 0)
        .map_or(start, |(at, space)| start + at + space.len_utf8());
    let end = start + truncate(body.get(start..).unwrap_or_default(), WINDOW_BYTES).len();
    (start, end)
}

/// The words of the window `start..end` (offsets from `start`), as if the window alone were
/// split into words. `words` are those of the body's first `scanned` bytes: inside the window
/// they are the same, but a word the window cuts at either end is a shorter word of the window
/// (or none, when it is too long to index), so the ends are split again.
fn window_words(
    analyzer: &mut TextAnalyzer,
    highlight: &Highlight<'_>,
    body: &str,
    scanned: usize,
    (start, end): (usize, usize),
    words: &[Word],
) -> Vec<Word> {
    let mut split = |from: usize, to: usize, out: &mut Vec<Word>| {
        let Some(part) = body.get(from..to) else {
            return;
        };
        let mut stream = analyzer.token_stream(part);
        while stream.advance() {
            let token = stream.token();
            out.push(Word {
                from: from + token.offset_from - start,
                to: from + token.offset_to - start,
                matched: highlight.matches(&token.text),
            });
        }
    };
    let mut out = Vec::with_capacity(words.len());
    // A word ending where the scan stopped may be cut: only words before are the body's own.
    let inside: Vec<&Word> = words
        .iter()
        .filter(|w| w.from >= start && w.to <= end && (w.to < scanned || scanned == body.len()))
        .collect();
    let (Some(first), Some(last)) = (inside.first(), inside.last()) else {
        split(start, end, &mut out);
        return out;
    };
    split(start, first.from, &mut out);
    out.extend(inside.iter().map(|w| Word {
        from: w.from - start,
        to: w.to - start,
        matched: w.matched,
    }));
    split(last.to, end, &mut out);
    out
}

/// A candidate passage of a window: byte offsets, and the matched words in it.
struct Fragment {
    start: usize,
    stop: usize,
    marked: Vec<Range<usize>>,
}

impl Fragment {
    fn new(start: usize) -> Fragment {
        Fragment {
            start,
            stop: start,
            marked: Vec::new(),
        }
    }

    /// Keeps this fragment in `best` when it has more matched words.
    fn offer_to(self, best: &mut Option<Fragment>) {
        if !self.marked.is_empty()
            && best
                .as_ref()
                .is_none_or(|b| self.marked.len() > b.marked.len())
        {
            *best = Some(self);
        }
    }
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
/// neighbouring characters apart (the distance tantivy's fuzzy query uses). Called for every
/// word scanned for a snippet, so it allocates nothing: what is left between the common
/// beginning and the common end must be nothing, one character on one side, one on each, or
/// two swapped.
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    // A character is at most 4 bytes: a larger difference is more than one edit.
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    let start = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((at, _), _)| at);
    let (a, b) = (&a[start..], &b[start..]);
    let common_end: usize = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (a, b) = (&a[..a.len() - common_end], &b[..b.len() - common_end]);
    let mut a_chars = a.chars();
    let mut b_chars = b.chars();
    match (a.chars().count(), b.chars().count()) {
        (0, 0) | (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => {
            let (a0, a1) = (a_chars.next(), a_chars.next());
            let (b0, b1) = (b_chars.next(), b_chars.next());
            a0 == b1 && a1 == b0
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use tantivy::snippet::SnippetGenerator;

    use super::*;
    use crate::analysis;

    /// The optimal string alignment distance (edits and swaps of neighbours), by the book.
    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    /// The passage as tantivy's `SnippetGenerator` chose it, before [`marked`] did it itself.
    fn reference_marked(body: &str, highlight: &Highlight<'_>) -> Option<String> {
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
        let start = body[start..first]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .filter(|_| start > 0)
            .map_or(start, |(at, space)| start + at + space.len_utf8());
        let window = truncate(&body[start..], WINDOW_BYTES);
        let mut terms: BTreeMap<String, tantivy::Score> = BTreeMap::new();
        {
            let mut stream = analyzer.token_stream(window);
            while stream.advance() {
                let word = &stream.token().text;
                if !terms.contains_key(word) && highlight.matches(word) {
                    terms.insert(word.clone(), 1.0);
                }
            }
        }
        let (_, fields) = analysis::schema();
        let mut generator = SnippetGenerator::new(terms, analyzer, fields.body, SNIPPET_CHARS);
        generator.set_max_num_chars(SNIPPET_CHARS);
        let mut snippet = generator.snippet(window);
        if snippet.highlighted().is_empty() {
            return None;
        }
        snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
        Some(snippet.to_html())
    }

    fn neutral() -> TextAnalyzer {
        let manager = tantivy::tokenizer::TokenizerManager::new();
        analysis::register(&manager);
        match manager.get(analysis::NEUTRAL) {
            Some(neutral) => neutral,
            None => panic!("neutral analyzer"),
        }
    }

    #[test]
    fn windows_across_the_end_of_the_scan_are_the_ones_tantivy_chose() {
        let analyzer = neutral();
        let highlight = Highlight {
            analyzer: &analyzer,
            exact: vec!["formazione".to_string()],
            stems: vec!["form".to_string()],
            prefixes: Vec::new(),
            fuzzy: Vec::new(),
        };
        for shift in 0..30 {
            for tail in ["formano gli apprendisti", "xformano", "formazione"] {
                let filler = "riempitivo ".repeat(SCAN_BYTES / 11);
                // The match ends before, at or after the end of the scan.
                let body = format!("{} {tail} {}", &filler[shift..], filler);
                assert_eq!(
                    marked(&body, &highlight),
                    reference_marked(&body, &highlight),
                    "{shift} {tail}"
                );
            }
        }
        // The window starts inside a word, whose end is a match of its own.
        let body = format!("yyyyformano'{}formazione", "z'".repeat(56));
        let html = marked(&body, &highlight);
        assert_eq!(html, reference_marked(&body, &highlight));
        assert!(html.is_some_and(|html| html.starts_with("<mark>formano</mark>")));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn one_edit_is_the_distance(a in "[abcé]{0,6}", b in "[abcé]{0,6}") {
            prop_assert_eq!(within_one_edit(&a, &b), distance(&a, &b) <= 1, "{} {}", a, b);
        }

        #[test]
        fn passages_are_the_ones_tantivy_chose(
            words in prop::collection::vec(
                prop_oneof![
                    Just("formano".to_string()),
                    Just("Formazione".to_string()),
                    Just("apprendisti".to_string()),
                    Just("praktyki".to_string()),
                    Just("bakerys".to_string()),
                    Just("<b>&amp;</b>".to_string()),
                    "[a-zżółé]{1,12}",
                    // Too long to be a word, but not once the window cuts it.
                    "[a-z]{60,70}",
                ],
                0..150,
            ),
            separators in prop::collection::vec(
                prop::sample::select(&[" ", " ", ", ", ". ", "\n", "\u{a0}", "'"][..]),
                150,
            ),
        ) {
            let body: String = words
                .iter()
                .zip(&separators)
                .flat_map(|(word, separator)| [word.as_str(), *separator])
                .collect();
            let analyzer = neutral();
            let highlight = Highlight {
                analyzer: &analyzer,
                exact: vec!["formazione".to_string()],
                stems: vec!["form".to_string(), "apprend".to_string()],
                prefixes: vec!["prakty".to_string()],
                fuzzy: vec!["bakery".to_string()],
            };
            prop_assert_eq!(
                marked(&body, &highlight),
                reference_marked(&body, &highlight),
                "{:?}",
                body
            );
        }
    }

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
        assert!(within_one_edit("ab", "aab"));
        assert!(within_one_edit("aab", "ab"));
        assert!(within_one_edit("abab", "baab"));
        assert!(!within_one_edit("abcd", "axcy"));
        assert!(within_one_edit("öğretmen", "öğretmän"));
        assert!(within_one_edit("öğretmen", "ğöretmen"));
        assert!(!within_one_edit("öğretmen", "ğöretmän"));
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
        let body = format!(
            "{} Le botteghe <em>formano</em> gli apprendisti.",
            "riempitivo ".repeat(2_000)
        );
        let highlight = Highlight {
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
