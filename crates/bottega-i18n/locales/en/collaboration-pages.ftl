## A working group's shared pages: the list, writing, the history and the changes between revisions.

wg-page-list-heading = Shared pages
wg-page-list-lead = Pages the group writes together. Every revision is kept: nothing written here is ever lost.
wg-page-new-link = New page
wg-page-list-none = The group has no pages yet.
wg-page-count = { $count ->
    [one] One page
   *[other] { $count } pages
}
wg-page-col-title = Page
wg-page-col-revision = Revision
wg-page-col-editor = Last changed by
wg-page-col-when = Changed on
wg-page-someone = a former member
wg-page-meta = Revision { $revision }, by { $name }, on { $date }
wg-page-edit-link = Edit
wg-page-history-link = History
wg-page-last-changes-link = Latest changes

## Writing a page

wg-page-new-heading = New page
wg-page-edit-heading = Editing
wg-page-editing-revision = You are editing revision { $revision }.
wg-page-label-title = Title
wg-page-label-lang = Language of the text
wg-page-label-body = Text
wg-page-body-hint = Written in Markdown: # for a heading, - for a list item, **bold**, [words](https://example.org) for a link. At most 100,000 characters.
wg-page-label-note = What did you change?
wg-page-note-hint = Optional, for the history: a few words such as "Added the dates of the visits". At most 200 characters.
wg-page-create-button = Create the page
wg-page-save-button = Save
wg-page-preview-button = Preview
wg-page-cancel = Cancel
wg-page-preview-heading = Preview (not saved yet)
wg-page-error-stale = Someone saved a newer version of this page while you were writing. Your text is kept here: compare it with theirs, keep what matters, and save again.

## Two people saving the same revision

wg-page-conflict-heading = Someone else saved this page in the meantime
wg-page-conflict-text = Nothing has been overwritten. The version saved now:
wg-page-conflict-their-version = Their version (revision { $revision })
wg-page-conflict-source = Their text as Markdown, to copy from
wg-page-conflict-changes = What changed from revision { $from } to revision { $to }
wg-page-conflict-next = If you save again, your text becomes revision { $next } and replaces theirs as the current version: first make sure it keeps what you want of their changes.

## The history

wg-page-history-heading = History
wg-page-history-lead = Every revision of the page, the newest first. Choose two to see what changed between them, or open one to read it as it was.
wg-page-history-caption = { $count ->
    [one] One revision
   *[other] { $count } revisions
}
wg-page-col-from = From
wg-page-col-to = To
wg-page-col-author = Saved by
wg-page-col-date = Date
wg-page-col-note = Note
wg-page-col-changes = Changes
wg-page-compare-from = Compare from revision { $revision }
wg-page-compare-to = Compare to revision { $revision }
wg-page-compare-button = Compare the chosen revisions
wg-page-changes-link = Changes
wg-page-changes-in = Changes made in revision { $revision }
wg-page-revision-link = Revision { $revision }
wg-page-current = current
wg-page-restored-note = Restored revision { $revision }

## An old revision

wg-page-old-notice = This is an old revision. The page is now at revision { $current }.
wg-page-is-current = This is the current revision.
wg-page-compare-current = Compare with the current revision
wg-page-see-current = Read the current page
wg-page-restore-hint = Restoring saves this text as a new revision; the revisions in between stay in the history.
wg-page-restore-button = Restore revision { $revision }
wg-page-restore-refused = The revision was not restored
wg-page-restore-conflict = The page changed while you were looking: it is now at revision { $revision }. Check the current page, then restore again if you still want to.

## Changes between two revisions

wg-page-diff-title-short = Changes
wg-page-diff-heading = Changes from revision { $from } to revision { $to }
wg-page-diff-caption = The text of revision { $from } and of revision { $to }, line by line
wg-page-diff-col-old = Line in revision { $revision }
wg-page-diff-col-new = Line in revision { $revision }
wg-page-diff-col-text = Text
wg-page-diff-added = Added:
wg-page-diff-removed = Removed:
wg-page-diff-title = Title
wg-page-diff-lang = Language
wg-page-diff-added-count = { $count ->
    [one] One line added
   *[other] { $count } lines added
}
wg-page-diff-removed-count = { $count ->
    [one] one line removed
   *[other] { $count } lines removed
}
wg-page-diff-skipped = { $count ->
    [one] One unchanged line not shown
   *[other] { $count } unchanged lines not shown
}
wg-page-diff-same-text = The two revisions are the same.
wg-page-diff-same-body = The text itself is the same in both revisions.
wg-page-diff-same-revision = Choose two different revisions to see what changed between them.

## Messages after a change

flash-wg-page-created = The page is created.
flash-wg-page-saved = Your changes are saved as a new revision.
flash-wg-page-unchanged = Nothing was changed, so no new revision was made.
flash-wg-page-restored = The old revision is restored as the newest revision.
