//! The difference between two texts, line by line, as people read it: removed and added lines
//! with their line numbers, a few unchanged lines around each change, and long unchanged
//! stretches folded into one "N unchanged lines" row. Pure: no I/O, no localisation.

use std::time::Instant;

use similar::{Algorithm, ChangeTag};

/// Unchanged lines shown before and after each change.
pub const CONTEXT: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Same,
    Added,
    Removed,
    /// Unchanged lines left out; `Row::skipped` says how many.
    Skipped,
}

/// One row of a difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: Kind,
    /// Line numbers (from 1) in the old and the new text, where the line is in that text.
    pub old_no: Option<usize>,
    pub new_no: Option<usize>,
    pub text: String,
    /// For `Skipped`, the number of unchanged lines left out.
    pub skipped: usize,
}

impl Row {
    pub fn is_same(&self) -> bool {
        self.kind == Kind::Same
    }

    pub fn is_added(&self) -> bool {
        self.kind == Kind::Added
    }

    pub fn is_removed(&self) -> bool {
        self.kind == Kind::Removed
    }

    pub fn is_skipped(&self) -> bool {
        self.kind == Kind::Skipped
    }

    fn line(kind: Kind, old_no: Option<usize>, new_no: Option<usize>, text: &str) -> Row {
        Row {
            kind,
            old_no,
            new_no,
            text: text.to_string(),
            skipped: 0,
        }
    }

    fn skipped(count: usize) -> Row {
        Row {
            kind: Kind::Skipped,
            old_no: None,
            new_no: None,
            text: String::new(),
            skipped: count,
        }
    }
}

/// The difference between two texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineDiff {
    pub rows: Vec<Row>,
    pub added: usize,
    pub removed: usize,
}

impl LineDiff {
    /// Whether the texts have the same lines.
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.removed == 0
    }
}

/// The lines of `text`, without their ends: a last line with or without a newline is the same
/// line, and Windows line ends count as plain ones.
fn split(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Compares `old` with `new` line by line, keeping `context` unchanged lines around each
/// change. Past `deadline` the comparison settles for a coarser (still correct) difference, so
/// two very long, very different texts cannot hold a thread for long.
pub fn lines(old: &str, new: &str, context: usize, deadline: Option<Instant>) -> LineDiff {
    let old_lines = split(old);
    let new_lines = split(new);
    let ops =
        similar::capture_diff_slices_deadline(Algorithm::Myers, &old_lines, &new_lines, deadline);
    let mut out = LineDiff::default();
    // Where the previous group of changes ended in the old text.
    let mut old_pos = 0;
    for group in similar::group_diff_ops(ops, context) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let start = first.old_range().start;
        if start > old_pos {
            out.rows.push(Row::skipped(start - old_pos));
        }
        old_pos = last.old_range().end;
        for op in &group {
            for change in op.iter_changes(&old_lines, &new_lines) {
                let old_no = change.old_index().map(|i| i + 1);
                let new_no = change.new_index().map(|i| i + 1);
                let text = change.value();
                let kind = match change.tag() {
                    ChangeTag::Equal => Kind::Same,
                    ChangeTag::Insert => {
                        out.added += 1;
                        Kind::Added
                    }
                    ChangeTag::Delete => {
                        out.removed += 1;
                        Kind::Removed
                    }
                };
                out.rows.push(Row::line(kind, old_no, new_no, text));
            }
        }
    }
    if !out.rows.is_empty() && old_lines.len() > old_pos {
        out.rows.push(Row::skipped(old_lines.len() - old_pos));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(d: &LineDiff) -> Vec<(Kind, String)> {
        d.rows
            .iter()
            .map(|r| {
                let text = if r.is_skipped() {
                    r.skipped.to_string()
                } else {
                    r.text.clone()
                };
                (r.kind, text)
            })
            .collect()
    }

    #[test]
    fn equal_texts_have_no_rows() {
        let d = lines("a\nb\nc", "a\nb\nc", CONTEXT, None);
        assert!(d.is_empty());
        assert!(d.rows.is_empty());
        assert!(lines("", "", CONTEXT, None).rows.is_empty());
    }

    #[test]
    fn line_ends_do_not_count_as_changes() {
        assert!(lines("a\nb", "a\r\nb\n", CONTEXT, None).is_empty());
    }

    #[test]
    fn a_changed_line_is_removed_then_added_with_its_numbers() {
        let d = lines("one\ntwo\nthree", "one\n2\nthree", CONTEXT, None);
        assert_eq!((d.added, d.removed), (1, 1));
        assert_eq!(
            kinds(&d),
            vec![
                (Kind::Same, "one".into()),
                (Kind::Removed, "two".into()),
                (Kind::Added, "2".into()),
                (Kind::Same, "three".into()),
            ]
        );
        let removed = &d.rows[1];
        assert_eq!((removed.old_no, removed.new_no), (Some(2), None));
        let added = &d.rows[2];
        assert_eq!((added.old_no, added.new_no), (None, Some(2)));
        let same = &d.rows[3];
        assert_eq!((same.old_no, same.new_no), (Some(3), Some(3)));
    }

    #[test]
    fn from_nothing_everything_is_added() {
        let d = lines("", "x\ny", CONTEXT, None);
        assert_eq!((d.added, d.removed), (2, 0));
        assert!(d.rows.iter().all(Row::is_added));
        let d = lines("x\ny", "", CONTEXT, None);
        assert_eq!((d.added, d.removed), (0, 2));
        assert!(d.rows.iter().all(Row::is_removed));
    }

    #[test]
    fn long_unchanged_stretches_are_folded() {
        let old: Vec<String> = (1..=40).map(|i| format!("line {i}")).collect();
        let mut new = old.clone();
        new[4] = "line five".into();
        new[34] = "line thirty-five".into();
        let d = lines(&old.join("\n"), &new.join("\n"), 2, None);
        assert_eq!((d.added, d.removed), (2, 2));
        let k = kinds(&d);
        // Lines 1-2 folded, 3-4 shown before the first change.
        assert_eq!(k[0], (Kind::Skipped, "2".into()));
        assert_eq!(k[1], (Kind::Same, "line 3".into()));
        assert_eq!(k[3], (Kind::Removed, "line 5".into()));
        assert_eq!(k[4], (Kind::Added, "line five".into()));
        // Between the changes: lines 6-7 shown, 8-32 folded, 33-34 shown.
        assert_eq!(k[7], (Kind::Skipped, "25".into()));
        assert_eq!(k[8], (Kind::Same, "line 33".into()));
        assert_eq!(k[10], (Kind::Removed, "line 35".into()));
        assert_eq!(k[11], (Kind::Added, "line thirty-five".into()));
        // After the last change: 36-37 shown, 38-40 folded.
        assert_eq!(k[k.len() - 1], (Kind::Skipped, "3".into()));
        assert_eq!(k.len(), 15);
        // Every line of the old text is shown or folded exactly once.
        let old_seen: usize = d
            .rows
            .iter()
            .map(|r| match r.kind {
                Kind::Skipped => r.skipped,
                Kind::Same | Kind::Removed => 1,
                Kind::Added => 0,
            })
            .sum();
        assert_eq!(old_seen, 40);
    }

    #[test]
    fn short_unchanged_stretches_stay() {
        let d = lines("a\nb\nc\nd", "A\nb\nc\nD", CONTEXT, None);
        assert!(d.rows.iter().all(|r| !r.is_skipped()));
        assert_eq!(d.rows.len(), 6);
    }

    #[test]
    fn no_context_shows_only_changes() {
        let d = lines("a\nb\nc\nd\ne", "a\nb\nC\nd\ne", 0, None);
        assert_eq!(
            kinds(&d),
            vec![
                (Kind::Skipped, "2".into()),
                (Kind::Removed, "c".into()),
                (Kind::Added, "C".into()),
                (Kind::Skipped, "2".into()),
            ]
        );
    }

    #[test]
    fn a_passed_deadline_still_gives_a_correct_difference() {
        let old: Vec<String> = (0..2000).map(|i| (i * 7 % 13).to_string()).collect();
        let new: Vec<String> = (0..2000).map(|i| (i * 5 % 11).to_string()).collect();
        // Context wider than the texts: nothing is folded, so the rows replay both texts.
        let d = lines(&old.join("\n"), &new.join("\n"), 5000, Some(Instant::now()));
        assert!(d.rows.iter().all(|r| !r.is_skipped()));
        let replay = |keep: fn(&Row) -> bool| -> Vec<String> {
            d.rows
                .iter()
                .filter(|r| keep(r))
                .map(|r| r.text.clone())
                .collect()
        };
        assert_eq!(replay(|r| r.is_same() || r.is_removed()), old);
        assert_eq!(replay(|r| r.is_same() || r.is_added()), new);
    }
}
