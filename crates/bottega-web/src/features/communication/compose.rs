//! Turning what a member typed into a post: checked, rendered once to safe HTML, its mentions
//! resolved to people, its language detected unless the author chose one.

use std::collections::HashMap;

use bottega_domain::{validate, Language};
use bottega_storage::accounts;

use crate::context::Ctx;
use crate::error::AppResult;
use crate::state::AppState;
use crate::view::FormErrors;

/// The longest post, in characters.
pub const POST_MAX: usize = 20_000;

#[derive(Debug, Clone)]
pub struct Composed {
    pub md: String,
    pub html: String,
    pub plain: String,
    pub lang: Language,
    /// Whether the language was detected rather than chosen.
    pub detected: bool,
    /// The people mentioned, to notify.
    pub mentioned: Vec<i64>,
}

/// Checks and renders a text typed in `field`, with its language from `lang_field` (empty:
/// detect). Problems are added to `errors`; `None` then.
pub async fn compose(
    state: &AppState,
    c: &Ctx,
    errors: &mut FormErrors,
    field: &'static str,
    body: &str,
    lang_field: &'static str,
    lang: &str,
) -> AppResult<Option<Composed>> {
    let md = match validate::text(body, true, POST_MAX) {
        Ok(md) => md,
        Err(e) => {
            errors.add(&c.l, field, &e);
            return Ok(None);
        }
    };
    let handles = bottega_text::mentions(&md);
    if handles.len() > bottega_text::MENTION_MAX {
        errors.add_message(
            field,
            c.l.t1(
                "comm-too-many-mentions",
                "limit",
                bottega_text::MENTION_MAX as i64,
            ),
        );
        return Ok(None);
    }
    let found = accounts::by_handles(&state.db, &handles).await?;
    let unknown: Vec<String> = handles
        .iter()
        .filter(|h| !found.iter().any(|f| f.handle == **h))
        .map(|h| format!("@{h}"))
        .collect();
    if !unknown.is_empty() {
        errors.add_message(
            field,
            c.l.t1("comm-mention-unknown", "handles", unknown.join(", ")),
        );
        return Ok(None);
    }
    let people: HashMap<String, String> = found
        .iter()
        .map(|p| (p.handle.clone(), format!("/people/{}", p.id)))
        .collect();
    let rendered = bottega_text::render(&md, &people);
    let (lang, detected) = if lang.trim().is_empty() {
        match bottega_text::detect_language(&rendered.plain) {
            Some(l) => (l, true),
            None => (interface_language(c), true),
        }
    } else {
        match validate::choice(lang, Language::parse) {
            Ok(l) => (l, false),
            Err(e) => {
                errors.add(&c.l, lang_field, &e);
                return Ok(None);
            }
        }
    };
    Ok(Some(Composed {
        md,
        html: rendered.html,
        plain: rendered.plain,
        lang,
        detected,
        mentioned: found.iter().map(|p| p.id).collect(),
    }))
}

/// The reader's interface language as a content language, when detection cannot tell.
pub fn interface_language(c: &Ctx) -> Language {
    Language::parse(c.l.lang()).unwrap_or(Language::En)
}
