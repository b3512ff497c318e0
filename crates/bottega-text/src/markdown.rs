use std::collections::{BTreeSet, HashMap};

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// At most this many people can be mentioned in one text, so a post cannot notify a crowd.
pub const MENTION_MAX: usize = 20;

/// A text ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Safe HTML.
    pub html: String,
    /// The words without markup, for search, snippets and language detection.
    pub plain: String,
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES
}

/// A handle is what follows `@`: letters, digits, `-`, `_` and `.` (not at the end).
fn handle_at(text: &str, at: usize) -> Option<&str> {
    let rest = &text[at + 1..];
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    let handle = rest[..end].trim_end_matches('.');
    // An address like ana@school.example is not a mention.
    let after_word = text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric());
    (!handle.is_empty() && !after_word).then_some(handle)
}

/// Splits a run of text into plain pieces and mentions.
fn split_mentions(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while let Some(pos) = text[i..].find('@') {
        let at = i + pos;
        match handle_at(text, at) {
            Some(h) => {
                if plain_from < at {
                    out.push((false, &text[plain_from..at]));
                }
                out.push((true, h));
                i = at + 1 + h.len();
                plain_from = i;
            }
            None => i = at + 1,
        }
    }
    if plain_from < text.len() {
        out.push((false, &text[plain_from..]));
    }
    out
}

/// The handles mentioned in a text (lower-cased, without duplicates, in order of appearance);
/// mentions in code are not counted.
pub fn mentions(md: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let mut in_code = 0usize;
    let mut in_link = 0usize;
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Text(t) if in_code == 0 && in_link == 0 => {
                for (is_mention, piece) in split_mentions(&t) {
                    let h = piece.to_lowercase();
                    if is_mention && seen.insert(h.clone()) {
                        out.push(h);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Renders Markdown to safe HTML. `people` maps mentioned handles (lower case) to the address
/// of their profile; a mention of anyone else stays plain text.
pub fn render(md: &str, people: &HashMap<String, String>) -> Rendered {
    let mut events: Vec<Event> = Vec::new();
    let mut plain = String::new();
    let mut in_code = 0usize;
    let mut in_link = 0usize;
    for event in Parser::new_ext(md, options()) {
        match event {
            // Raw HTML is shown as the text it is, never interpreted.
            Event::Html(h) | Event::InlineHtml(h) => {
                plain.push_str(&h);
                events.push(Event::Text(h));
            }
            Event::Start(Tag::CodeBlock(k)) => {
                in_code += 1;
                events.push(Event::Start(Tag::CodeBlock(k)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = in_code.saturating_sub(1);
                events.push(Event::End(TagEnd::CodeBlock));
            }
            // Pictures from elsewhere are not shown (they would track readers); their
            // description stays as text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                in_link += 1;
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                events.push(Event::End(TagEnd::Link));
            }
            Event::Text(t) if in_code == 0 && in_link == 0 => {
                plain.push_str(&t);
                for (is_mention, piece) in split_mentions(&t) {
                    match people.get(&piece.to_lowercase()).filter(|_| is_mention) {
                        Some(url) => {
                            events.push(Event::Start(Tag::Link {
                                link_type: LinkType::Inline,
                                dest_url: CowStr::from(url.clone()),
                                title: CowStr::from(""),
                                id: CowStr::from(""),
                            }));
                            events.push(Event::Text(CowStr::from(format!("@{piece}"))));
                            events.push(Event::End(TagEnd::Link));
                        }
                        None if is_mention => {
                            events.push(Event::Text(CowStr::from(format!("@{piece}"))));
                        }
                        None => events.push(Event::Text(CowStr::from(piece.to_string()))),
                    }
                }
            }
            Event::Text(t) => {
                plain.push_str(&t);
                events.push(Event::Text(t));
            }
            Event::Code(t) => {
                plain.push_str(&t);
                events.push(Event::Code(t));
            }
            Event::SoftBreak | Event::HardBreak => {
                plain.push(' ');
                events.push(event);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                plain.push('\n');
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut raw = String::new();
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    Rendered {
        html: clean(&raw),
        plain: plain.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// The allowlist every rendered text passes through.
fn clean(html: &str) -> String {
    let tags: std::collections::HashSet<&str> = [
        "p",
        "br",
        "strong",
        "em",
        "del",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ]
    .into_iter()
    .collect();
    let schemes: std::collections::HashSet<&str> =
        ["http", "https", "mailto"].into_iter().collect();
    let mut attributes = HashMap::new();
    attributes.insert("a", ["href"].into_iter().collect());
    attributes.insert("ol", ["start"].into_iter().collect());
    ammonia::Builder::default()
        .tags(tags)
        .tag_attributes(attributes)
        .generic_attributes(std::collections::HashSet::new())
        .url_schemes(schemes)
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("nofollow ugc noopener"))
        .clean(html)
        .to_string()
}

/// The text without Markdown, on one line, for search and detection.
pub fn plain_text(md: &str) -> String {
    render(md, &HashMap::new()).plain
}

/// A quotation of `md` by `handle`, to start a reply with.
pub fn quote(handle: &str, md: &str) -> String {
    let mut out = format!("> @{handle}:\n");
    for line in md.lines() {
        if line.trim().is_empty() {
            out.push_str(">\n");
        } else {
            out.push_str("> ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn html(md: &str) -> String {
        render(md, &HashMap::new()).html
    }

    #[test]
    fn markdown_is_rendered() {
        assert_eq!(
            html("Hello **dual** _learning_"),
            "<p>Hello <strong>dual</strong> <em>learning</em></p>\n"
        );
        assert!(html("- one\n- two").contains("<li>two</li>"));
        assert!(html("> quoted").contains("<blockquote>"));
        assert!(html("`x < y`").contains("<code>x &lt; y</code>"));
    }

    #[test]
    fn nothing_executable_survives() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[data](data:text/html;base64,PHNjcmlwdD4=)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"background:url(x)\" onclick=\"x()\">hi</div>",
            "![x](https://tracker.example/pixel.png)",
            "<svg><script>alert(1)</script></svg>",
            "[x](vbscript:msgbox)",
        ] {
            let out = html(hostile).to_lowercase();
            // Text that merely reads like a tag is escaped and harmless; what matters is what
            // stands inside real tags.
            for tag in real_tags(&out) {
                for bad in [
                    "script",
                    "onerror",
                    "onclick",
                    "javascript:",
                    "vbscript:",
                    "data:",
                    "iframe",
                    "img",
                    "style",
                    "svg",
                ] {
                    assert!(!tag.contains(bad), "{hostile} gave {out}");
                }
            }
        }
    }

    /// The insides of the tags of an HTML text (text `<` is escaped as `&lt;`).
    fn real_tags(html: &str) -> Vec<&str> {
        html.split('<')
            .skip(1)
            .filter_map(|rest| rest.split('>').next())
            .collect()
    }

    #[test]
    fn links_are_marked_and_limited_to_safe_schemes() {
        let out = html("[EQAVET](https://example.org/eqavet) and <mailto:a@b.org>");
        assert!(out.contains("href=\"https://example.org/eqavet\""), "{out}");
        assert!(out.contains("rel=\"nofollow ugc noopener\""), "{out}");
        assert!(out.contains("mailto:a@b.org"), "{out}");
        assert!(!html("[x](ftp://example.org)").contains("ftp:"));
    }

    #[test]
    fn mentions_are_found_outside_code_and_addresses() {
        let md = "Thanks @Giulia-Rossi and @ana.kovac. Write to ana@school.example.\n\n```\n@not-this\n```\n`@nor-this` @giulia-rossi again";
        assert_eq!(mentions(md), vec!["giulia-rossi", "ana.kovac"]);
    }

    #[test]
    fn known_mentions_become_links_and_others_stay_text() {
        let mut people = HashMap::new();
        people.insert("giulia-rossi".to_string(), "/people/3".to_string());
        let r = render("Ask @giulia-rossi or @nobody.", &people);
        assert!(
            r.html
                .contains("<a href=\"/people/3\" rel=\"nofollow ugc noopener\">@giulia-rossi</a>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("@nobody"));
        assert_eq!(r.plain, "Ask @giulia-rossi or @nobody.");
    }

    #[test]
    fn quotes_prefix_every_line() {
        assert_eq!(quote("ana", "one\n\ntwo"), "> @ana:\n> one\n>\n> two\n\n");
        assert!(html(&quote("ana", "one")).contains("<blockquote>"));
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("# Title\n\nSome **bold** [link](https://x.org) `code`"),
            "Title Some bold link code"
        );
    }

    proptest! {
        #[test]
        fn any_input_renders_without_script(s in "\\PC{0,300}") {
            let out = html(&s).to_lowercase();
            for tag in real_tags(&out) {
                prop_assert!(!tag.starts_with("script") && !tag.contains("javascript:"));
                prop_assert!(!tag.contains(" on"), "event attribute in <{}>", tag);
            }
        }

        #[test]
        fn mentions_are_bounded_by_the_text(s in "[a-z@ .-]{0,200}") {
            for m in mentions(&s) {
                let needle = format!("@{}", m);
                prop_assert!(!m.is_empty() && s.to_lowercase().contains(&needle));
            }
        }
    }
}
