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

/// Moves the headings of rendered text `levels` levels down (h6 at most), for text shown under
/// a page's own headings, so the outline stays in order for people who move by headings.
/// `html` is [`render`]'s output, where headings are bare `<hN>` tags and a `<` in text is
/// always escaped.
pub fn demote_headings(html: &str, levels: u8) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let open = if tail.starts_with("</h") {
            3
        } else if tail.starts_with("<h") {
            2
        } else {
            0
        };
        let b = tail.as_bytes();
        if open > 0 && b.len() > open + 1 && (b'1'..=b'6').contains(&b[open]) && b[open + 1] == b'>'
        {
            let level = (b[open] - b'0').saturating_add(levels).min(6);
            out.push_str(&tail[..open]);
            out.push(char::from(b'0' + level));
            out.push('>');
            rest = &tail[open + 2..];
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}
