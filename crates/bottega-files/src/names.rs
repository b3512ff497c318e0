//! File names as members give them, made safe to store, show and send back.
//!
//! A name comes from the member's browser and is shown to other members, so it must not be able
//! to carry a path (`../../etc/passwd`), hide its real extension behind invisible bidirectional
//! controls (`invoice` + U+202E + `fdp.exe` shows as `invoiceexe.pdf`) or break an HTTP header.
//! Names in every European alphabet (Polish, Turkish, Albanian, Cyrillic, Greek…) must survive
//! intact.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// Longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longer "extensions" are not worth keeping whole when a name is shortened.
const MAX_EXT_CHARS: usize = 16;

/// Characters RFC 8187 allows unencoded in an extended header value (`attr-char`).
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// A name safe to store and show: letters and digits of any script, spaces and `.-_()`.
///
/// Only the last path component is kept (browsers on Windows used to send `C:\Users\…`);
/// control, format (bidirectional overrides, zero-width and byte-order marks) and other
/// characters are dropped; runs of whitespace become one space; leading dots go (no hidden
/// files); the result has at most [`MAX_NAME_CHARS`] characters and keeps its extension when
/// shortened. An empty result becomes `file`.
pub fn safe_file_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut name = String::with_capacity(last.len());
    let mut space = false;
    // NFC, because macOS sends decomposed names: "ó" as "o" + a combining accent.
    for c in last.nfc() {
        if c.is_control() || c.general_category() == GeneralCategory::Format {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if !is_kept(c) {
            continue;
        }
        if space && !name.is_empty() {
            name.push(' ');
        }
        space = false;
        name.push(c);
    }
    // Again, as dropping a character can bring a letter and a combining mark together.
    let name: String = name.nfc().collect();
    // A name that loses everything before its extension ("📄.pdf") keeps the extension, so
    // its type can still be checked: it becomes "file.pdf". Leading dots never stay (hidden
    // files, "..").
    let name = name.trim_matches(' ');
    let rest = name.trim_start_matches(['.', ' ']);
    let name = if rest.len() < name.len() && !rest.is_empty() && !rest.contains('.') {
        format!("file.{rest}")
    } else {
        rest.to_string()
    };
    let name = shorten(name.trim_end_matches(['.', ' ']));
    if name.is_empty() {
        "file".to_string()
    } else {
        name
    }
}

fn is_kept(c: char) -> bool {
    match c.general_category_group() {
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number => true,
        // Combining marks that NFC cannot fold into a letter (Devanagari vowel signs, Hebrew
        // points) are part of the word; enclosing marks are decoration and go.
        GeneralCategoryGroup::Mark => c.general_category() != GeneralCategory::EnclosingMark,
        _ => matches!(c, '.' | '-' | '_' | '(' | ')'),
    }
}

/// Cuts `name` to [`MAX_NAME_CHARS`], taking the characters from the end of the stem so that
/// `report.pdf` stays a PDF.
fn shorten(name: &str) -> String {
    if name.chars().count() <= MAX_NAME_CHARS {
        return name.to_string();
    }
    if let Some((stem, ext)) = name.rsplit_once('.') {
        let ext_chars = ext.chars().count();
        if !stem.is_empty() && (1..=MAX_EXT_CHARS).contains(&ext_chars) {
            let stem: String = stem.chars().take(MAX_NAME_CHARS - 1 - ext_chars).collect();
            let stem = stem.trim_end_matches(['.', ' ']);
            if !stem.is_empty() {
                return format!("{stem}.{ext}");
            }
        }
    }
    let cut: String = name.chars().take(MAX_NAME_CHARS).collect();
    cut.trim_end_matches(['.', ' ']).to_string()
}

/// A `Content-Disposition` header value that makes the browser download the file under its
/// name: an ASCII `filename` for old clients (other characters become `_`) and the real name,
/// percent-encoded, in `filename*`. The name goes through [`safe_file_name`] first, so the value
/// is plain visible ASCII whatever it is given.
pub fn content_disposition(name: &str) -> String {
    let name = safe_file_name(name);
    let fallback: String = name
        .chars()
        .filter(|c| !matches!(c, '"' | '\\'))
        .map(|c| if matches!(c, ' '..='~') { c } else { '_' })
        .collect();
    let encoded = utf8_percent_encode(&name, ATTR_CHAR);
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn european_names_survive() {
        for name in [
            "Zażółć gęślą jaźń.pdf",
            "Çalışma planı ığüşöç İ.docx",
            "Mësimi i ëndrrës çelësi.odt",
            "Учебный план 2025.xlsx",
            "Πρόγραμμα σπουδών.pptx",
            "Straße (Entwurf) v2_final-3.txt",
        ] {
            assert_eq!(safe_file_name(name), name);
        }
    }

    #[test]
    fn decomposed_accents_are_composed() {
        assert_eq!(safe_file_name("Zo\u{301}lw.txt"), "Zólw.txt");
        assert_eq!(safe_file_name("Z\u{307}o\u{301}\u{142}w.txt"), "Żółw.txt");
    }

    #[test]
    fn paths_are_dropped() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\Users\\ana\\plan.pdf"), "plan.pdf");
        assert_eq!(safe_file_name("dir/"), "file");
        assert_eq!(safe_file_name(".."), "file");
    }

    #[test]
    fn hidden_tricks_are_removed() {
        // Right-to-left override: would show as "invoiceexe.pdf".
        assert_eq!(safe_file_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(
            safe_file_name("\u{FEFF}a\u{200E}b\u{200F}c\u{2066}d\u{2069}e\u{200B}.txt"),
            "abcde.txt"
        );
        assert_eq!(safe_file_name(".htaccess"), "file.htaccess");
        assert_eq!(safe_file_name("📄.pdf"), "file.pdf");
        assert_eq!(safe_file_name("★★★ .docx"), "file.docx");
        assert_eq!(safe_file_name("...hidden.txt"), "hidden.txt");
        assert_eq!(safe_file_name("a\u{0}b\u{7}c\r\n.txt"), "abc.txt");
        assert_eq!(safe_file_name("<b>alert(1)<b>.html"), "balert(1)b.html");
        assert_eq!(
            safe_file_name("rate: 100% \"best\"?.pdf"),
            "rate 100 best.pdf"
        );
    }

    #[test]
    fn whitespace_is_collapsed_and_trimmed() {
        assert_eq!(
            safe_file_name("  plan \t\u{a0} lekcji\u{3000}  .pdf  "),
            "plan lekcji .pdf"
        );
        assert_eq!(safe_file_name("   "), "file");
        assert_eq!(safe_file_name(""), "file");
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.pdf", "ą".repeat(300));
        let safe = safe_file_name(&long);
        assert_eq!(safe.chars().count(), MAX_NAME_CHARS);
        assert!(safe.ends_with(".pdf"));
        let no_ext = "x".repeat(300);
        assert_eq!(safe_file_name(&no_ext).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn content_disposition_has_both_forms() {
        assert_eq!(
            content_disposition("Zażółć plan.pdf"),
            "attachment; filename=\"Za____ plan.pdf\"; \
             filename*=UTF-8''Za%C5%BC%C3%B3%C5%82%C4%87%20plan.pdf"
        );
        assert_eq!(
            content_disposition("a\"b\\c\r\nSet-Cookie: x.txt"),
            "attachment; filename=\"cSet-Cookie x.txt\"; filename*=UTF-8''cSet-Cookie%20x.txt"
        );
    }

    fn check_safe(name: &str) -> Result<(), TestCaseError> {
        prop_assert!(!name.is_empty());
        prop_assert!(name.chars().count() <= MAX_NAME_CHARS);
        prop_assert!(!name.starts_with('.'));
        for c in name.chars() {
            prop_assert!(c != '/' && c != '\\', "{name:?}");
            prop_assert!(!c.is_control(), "{name:?}");
            prop_assert!(c.general_category() != GeneralCategory::Format, "{name:?}");
        }
        prop_assert_eq!(safe_file_name(name), name, "not idempotent");
        Ok(())
    }

    fn check_header(value: &str) -> Result<(), TestCaseError> {
        prop_assert!(
            value.bytes().all(|b| (b' '..=b'~').contains(&b)),
            "{value:?}"
        );
        prop_assert!(!value.contains('\r') && !value.contains('\n'));
        Ok(())
    }

    /// Names built from the characters that cause trouble, mixed with ordinary ones.
    fn tricky_name() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "/", "\\", ".", "..", " ", "\t", "\n", "\r", "\0", "\u{7f}", "\u{85}", "\u{200b}",
            "\u{200e}", "\u{200f}", "\u{202a}", "\u{202e}", "\u{2066}", "\u{2069}", "\u{feff}",
            "\u{a0}", "\u{3000}", "\u{2028}", "\u{301}", "\u{20dd}", "\"", "'", ";", ":", "%", "a",
            "ż", "ı", "Ж", "ë", "7", ".pdf", ".txt", "(", ")", "-", "_", "😀", "\u{e000}",
        ]);
        prop::collection::vec(pieces, 0..200).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn any_string_gives_a_safe_name(raw in any::<String>()) {
            check_safe(&safe_file_name(&raw))?;
            check_header(&content_disposition(&raw))?;
        }

        #[test]
        fn tricky_strings_give_a_safe_name(raw in tricky_name()) {
            check_safe(&safe_file_name(&raw))?;
            check_header(&content_disposition(&raw))?;
        }
    }
}
