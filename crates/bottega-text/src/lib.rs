//! What people write in Bottega. Posts, descriptions and narratives are Markdown; they are turned
//! into HTML once, when they are saved, and that HTML is what pages show. The rendering cannot let
//! script through whatever is typed: raw HTML in the Markdown is shown as text, and the result is
//! cleaned again by an allowlist (ammonia) that keeps only harmless tags, only http, https and
//! mailto links, and marks every link `rel="nofollow ugc noopener"`.
//!
//! `@handle` mentions become links to the person; a mention inside code stays code. Language
//! detection guesses the language of a text so each post records it.

mod language;
mod markdown;

pub use language::detect_language;
pub use markdown::{mentions, plain_text, quote, render, Rendered, MENTION_MAX};
