//! What a feature hands to the index: one [`SearchDoc`] per piece of content, the same shape for
//! every kind, plus the names the features share (kinds, audience tokens, facet fields).

use crate::error::{SearchError, SearchResult};

/// Kinds of content indexed today. A kind is any short lower-case word; these constants only
/// keep the features and the outbox spelling it alike.
pub mod kinds {
    /// A discussion thread of a community (Communication).
    pub const THREAD: &str = "thread";
    /// A peer-counselling question with its answers (Communication).
    pub const QUESTION: &str = "question";
    /// A resource of the toolbox (Sharing).
    pub const RESOURCE: &str = "resource";
    /// A published practice of the best-practice repository (Cooperation).
    pub const PRACTICE: &str = "practice";
}

/// Facet fields the pages share, so that filters and counts line up across kinds. A document
/// may carry any other field too.
pub mod facet_fields {
    /// The type of a resource (`pdf`, `video`, `link`, ...).
    pub const TYPE: &str = "type";
    /// The content's language (ISO 639-1).
    pub const LANGUAGE: &str = "language";
    /// A country code (`IT`, `PL`, ...).
    pub const COUNTRY: &str = "country";
    /// A `Sector` code (`bakery`, `ict`, ...).
    pub const SECTOR: &str = "sector";
    /// A licence code (`cc-by`, ...).
    pub const LICENCE: &str = "licence";
    /// A theme or tag.
    pub const THEME: &str = "theme";

    /// The facets a search across every kind of content counts (the `/search` page), in the
    /// order it shows them.
    pub const EVERYWHERE: &[&str] = &[TYPE, LANGUAGE, COUNTRY, SECTOR, LICENCE, THEME];
}

/// Access tokens. A document lists the tokens that may see it; a reader carries the tokens they
/// hold; a hit needs one token in common. See the crate documentation.
pub mod audience {
    /// Everyone, signed in or not.
    pub const PUBLIC: &str = "public";
    /// Every signed-in member.
    pub const MEMBERS: &str = "members";
    /// Reserved: the index adds it to every document that has any audience, so that site staff
    /// (administrators, moderators), who read with this token, see all published content. Never
    /// give it to an ordinary reader, and never put it on a document yourself.
    pub const STAFF: &str = "staff";

    /// The members of one organisation (`org:12`).
    pub fn org(id: i64) -> String {
        format!("org:{id}")
    }

    /// The members of one working group (`group:7`).
    pub fn group(id: i64) -> String {
        format!("group:{id}")
    }

    /// One person (`user:3`), for content addressed to a single reader.
    pub fn user(id: i64) -> String {
        format!("user:{id}")
    }

    /// The tokens of a reader: `public`, plus `members` when signed in, plus their
    /// organisations and groups.
    pub fn reader(signed_in: bool, orgs: &[i64], groups: &[i64]) -> Vec<String> {
        let mut tokens = vec![PUBLIC.to_string()];
        if signed_in {
            tokens.push(MEMBERS.to_string());
            tokens.extend(orgs.iter().map(|id| org(*id)));
            tokens.extend(groups.iter().map(|id| group(*id)));
        }
        tokens
    }

    /// The tokens of site staff: they see every document that has an audience.
    pub fn staff() -> Vec<String> {
        vec![STAFF.to_string()]
    }
}

/// One searchable piece of content. `(kind, id)` identifies it: upserting the same pair again
/// replaces it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    /// What it is: `thread`, `question`, `resource`, ... (see [`kinds`]).
    pub kind: String,
    /// Its id in the database table of that kind.
    pub id: i64,
    pub title: String,
    /// Plain text (the caller strips Markdown). Only the first [`MAX_BODY_BYTES`] are indexed.
    pub body: String,
    /// ISO 639-1 code of the content's language (`it`, `pt-BR` is read as `pt`), if known.
    pub lang: Option<String>,
    /// Access tokens that may see it (see [`audience`]); empty means nobody.
    pub audience: Vec<String>,
    /// Facet values, `(field, value)`; a field may have several values.
    pub facets: Vec<(String, String)>,
    /// Creation time, UTC milliseconds.
    pub created_at: i64,
    /// Average rating or any "best first" figure; NaN is read as 0.
    pub rating: f64,
    /// Where the hit links to.
    pub url: Option<String>,
}

/// The longest body indexed and stored, in bytes; the rest is left out.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// The longest title indexed, in bytes.
pub const MAX_TITLE_BYTES: usize = 2 * 1024;
/// The longest kind, facet field or facet value, audience token, in bytes.
pub const MAX_CODE_BYTES: usize = 200;

impl SearchDoc {
    /// A document visible to nobody yet, with no language, facets, date or rating: chain the
    /// setters below to fill it in.
    pub fn new(
        kind: impl Into<String>,
        id: i64,
        title: impl Into<String>,
        body: impl Into<String>,
    ) -> SearchDoc {
        SearchDoc {
            kind: kind.into(),
            id,
            title: title.into(),
            body: body.into(),
            lang: None,
            audience: Vec::new(),
            facets: Vec::new(),
            created_at: 0,
            rating: 0.0,
            url: None,
        }
    }

    pub fn lang(mut self, lang: impl Into<String>) -> SearchDoc {
        self.lang = Some(lang.into());
        self
    }

    /// Adds one access token.
    pub fn visible_to(mut self, token: impl Into<String>) -> SearchDoc {
        self.audience.push(token.into());
        self
    }

    /// Adds one facet value.
    pub fn facet(mut self, field: impl Into<String>, value: impl Into<String>) -> SearchDoc {
        self.facets.push((field.into(), value.into()));
        self
    }

    pub fn created_at(mut self, millis: i64) -> SearchDoc {
        self.created_at = millis;
        self
    }

    pub fn rating(mut self, rating: f64) -> SearchDoc {
        self.rating = rating;
        self
    }

    pub fn url(mut self, url: impl Into<String>) -> SearchDoc {
        self.url = Some(url.into());
        self
    }
}

/// The `(kind, id)` key, as indexed.
pub(crate) fn doc_key(kind: &str, id: i64) -> String {
    format!("{kind}:{id}")
}

/// Checks a kind: a short code, without control characters or surrounding spaces.
pub(crate) fn check_kind(kind: &str) -> SearchResult<&str> {
    let trimmed = kind.trim();
    if trimmed.is_empty() || trimmed.len() > MAX_CODE_BYTES || trimmed.chars().any(char::is_control)
    {
        return Err(SearchError::InvalidDocument(format!(
            "kind must be a short code without control characters, got {kind:?}"
        )));
    }
    Ok(trimmed)
}

/// A code as indexed (facet fields and values, audience tokens, kinds in queries): trimmed,
/// without control characters, at most [`MAX_CODE_BYTES`]; `None` when nothing is left.
pub(crate) fn clean_code(code: &str) -> Option<String> {
    let cleaned: String = code.chars().filter(|c| !c.is_control()).collect();
    let cleaned = truncate(cleaned.trim(), MAX_CODE_BYTES).trim();
    (!cleaned.is_empty()).then(|| cleaned.to_string())
}

/// The primary language subtag, lower-cased: `pt-BR` → `pt`; `None` when it is not 2 or 3
/// ASCII letters.
pub(crate) fn normalize_lang(lang: &str) -> Option<String> {
    let primary = lang.trim().split(['-', '_']).next().unwrap_or_default();
    let ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    ok.then(|| primary.to_ascii_lowercase())
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub(crate) fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_as_primary_subtags() {
        assert_eq!(normalize_lang("pt-BR").as_deref(), Some("pt"));
        assert_eq!(normalize_lang(" IT ").as_deref(), Some("it"));
        assert_eq!(normalize_lang("sr_Latn").as_deref(), Some("sr"));
        assert_eq!(normalize_lang(""), None);
        assert_eq!(normalize_lang("italiano"), None);
        assert_eq!(normalize_lang("é"), None);
    }

    #[test]
    fn codes_are_cleaned_and_bounded() {
        assert_eq!(clean_code("  pdf\u{0}\n").as_deref(), Some("pdf"));
        assert_eq!(clean_code(" \u{1} "), None);
        let long = "é".repeat(300);
        let cleaned = clean_code(&long).unwrap_or_default();
        assert!(cleaned.len() <= MAX_CODE_BYTES && cleaned.starts_with('é'));
        assert!(check_kind("thread").is_ok());
        assert!(check_kind(" ").is_err());
        assert!(check_kind("a\u{0}b").is_err());
    }

    #[test]
    fn reader_tokens() {
        assert_eq!(audience::reader(false, &[1], &[2]), vec!["public"]);
        assert_eq!(
            audience::reader(true, &[12], &[7]),
            vec!["public", "members", "org:12", "group:7"]
        );
    }
}
