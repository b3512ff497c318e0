# Cooperation: the best-practice repository as authors and readers use it (the list, submitting
# a practice in the structured template, new versions, the practice page, version history,
# "adopted by" reports).

bp-list-title = Best practices
bp-list-lead = Practices from vocational education and training across Europe, described in one template, reviewed by peers on a published rubric and published with an identifier you can cite.
bp-submit-link = Submit a practice
bp-mine-link = Your practices
bp-login-to-submit = Sign in to submit a practice
bp-rubric-link = How practices are reviewed
bp-filter-label = Filter best practices
bp-filter-text = Words in the title or summary
bp-filter-clear = Clear the filters
bp-label-theme = Theme
bp-label-sector = Sector
bp-label-country = Country
bp-label-competence = Competence
bp-label-written-in = Written in
bp-label-label = Label
bp-sort-label = Order
bp-sort-newest = Newest first
bp-sort-score = Highest review score first
bp-sort-adopted = Most adopted first
bp-count = { $count ->
    [one] One published practice
   *[other] { $count } published practices
}
bp-list-none = No practice has been published yet.
bp-list-none-filtered = No published practice matches these filters.
bp-version = Version { $number }
bp-published-on = published { $date }
bp-written-on = written { $date }
bp-score = { $score } out of 5 from { $count ->
    [one] one review
   *[other] { $count } reviews
}
bp-score-none = No review score yet
bp-adopted-count = { $count ->
    [0] not adopted yet
    [one] adopted once
   *[other] adopted { $count } times
}
bp-eqf-level = EQF level { $level }

## Your practices

bp-mine-title = Your practices
bp-mine-lead = The practices you submitted, where each stands in the review, and their versions.
bp-mine-count = { $count ->
    [one] One practice
   *[other] { $count } practices
}
bp-mine-none = You have not submitted a practice yet.
bp-newest-version = newest version { $number }
bp-published-version = readers see version { $number }
bp-not-published-yet = not published yet
bp-last-change = last change { $date }
bp-revise-link = Write a new version
bp-reviews-link = Read the reviews
bp-versions-link = Version history

## States

bp-status-submitted = Submitted — waiting for an editor
bp-status-in-review = In review
bp-status-revise = Revision requested
bp-status-accepted = Published
bp-status-rejected = Not accepted
bp-banner-submitted = An editor will assign reviewers. Until a version is published, only you, the editors and its reviewers can read it.
bp-banner-in-review = Reviewers are scoring this version on the published rubric. Only you, the editors and its reviewers can read it until it is published.
bp-banner-revise = The editors ask for a new version: read the reviews, then write a new version with a note on what changed.
bp-banner-accepted = This version is accepted and published.
bp-banner-rejected = The editors did not accept this version. The reviews say why.
bp-banner-revision = This is version { $version }, a revision not published yet; readers still see the published version { $published }.
bp-read-version = Read version { $number }

## Submitting and new versions

bp-submit-title = Submit a best practice
bp-submit-lead = Describe the practice in the template below, so others can judge it and carry it over to their own school or company. Editors assign at least two reviewers, who score it on the published rubric; once accepted it is published under a citable identifier.
bp-from-group = You are proposing the outcome of the working group "{ $group }". The title, summary, context and results are filled in from the group's work: complete and correct them before submitting.
bp-revise-title = Write a new version
bp-revise-lead = Version { $version } of { $code }. Every earlier version stays in the history; readers keep seeing the published version until this one is accepted.
bp-required-hint = Fields marked with * are required.
bp-part-about = The practice
bp-part-template = Description
bp-part-descriptors = Where and for whom
bp-part-links = Toolbox resources
bp-markdown-hint = Each section may use Markdown: **bold**, _italic_, lists, > quotes, [links](https://example.org) and headings.
bp-label-title = Title
bp-label-lang = Language of the text
bp-label-org = Organisation
bp-org-hint = The organisation the practice is submitted for. Its members never review it, so that reviews stay independent.
bp-org-none-hint = You belong to no organisation, so the practice is submitted in your own name.
bp-org-directory-link = Find or list your organisation in the directory
bp-submitted-for = Submitted for { $org }.
bp-section-summary = Summary
bp-section-context = Context
bp-section-problem = Problem addressed
bp-section-practice = The practice
bp-section-resources = Resources needed
bp-section-results = Results and evidence
bp-section-transferability = Transferability
bp-section-lessons = Lessons learned
bp-hint-summary = A short paragraph saying what the practice is and what it achieved; lists show it.
bp-hint-context = Where it happened: the school or company, the learners, the programme. Optional, but it helps readers.
bp-hint-problem = What was not working, for whom, and how you knew.
bp-hint-practice = What you did, step by step, so someone else could do it too.
bp-hint-resources = People, time, money, rooms and tools it takes. Optional, but it helps readers.
bp-hint-results = What changed, with evidence: figures, evaluations, feedback from learners or companies.
bp-hint-transferability = What another organisation needs to carry it over, and what to adapt. Optional, but reviewers score it.
bp-hint-lessons = What you would do differently next time. Optional, but it helps readers.
bp-label-eqf = EQF level
bp-label-countries = Countries where it was carried out
bp-label-themes = Themes
bp-label-sectors = Sectors
bp-label-competences = Competence framework tags
bp-label-links = Linked toolbox resources
bp-links-hint = One toolbox resource per line: its address (for example /resources/12) or its number. Only resources you can see in the toolbox can be linked; readers see those they may see.
bp-deposit-link = Deposit a new resource in the toolbox
bp-label-change-note = What changed
bp-change-note-hint = A sentence or two for the editors and reviewers: what you changed in this version and why.
bp-submit-next = After you submit, the practice gets its identifier and waits for an editor. You can follow it under "Your practices".
bp-preview-button = Preview
bp-preview-title = Preview
bp-preview-hint = This is how the sections will read. Nothing is saved yet: check them, then submit below.
bp-submit-button = Submit the practice
bp-revise-button = Submit the new version

bp-error-country-required = Choose at least one country where the practice was carried out.
bp-error-org-required = Choose the organisation the practice is submitted for.
bp-error-too-many-links = Link at most { $limit } resources.
bp-error-unknown-resources = These are not toolbox resources you can see: { $items }
bp-error-editors-only = Only best-practice editors can do this.
bp-error-authors-only = Only the author of this practice can write a new version.
bp-error-not-open-for-revision = A new version can be written only when the editors ask for a revision or after a version is published. This practice is waiting for an editor or is in review.
bp-error-group-coordinators-only = Only the coordinators of this working group can propose its outcome as a best practice.
bp-error-group-not-archived = The working group is still active: its outcome can be proposed once the group is closed.
bp-error-group-already-proposed = This working group's outcome has already been proposed as a best practice.
bp-error-not-published = This practice is not published yet, so it cannot be adopted.
bp-error-adopt-own-org = The organisation that submitted this practice cannot report adopting it.
bp-error-adoption-already-reported = You have already reported an adoption of this practice for this organisation.

## The practice page

bp-about-title = About this practice
bp-label-submitter = Submitted by
bp-label-labels = Labels
bp-label-source-group = From the working group
bp-linked-resources-title = Resources in the toolbox
bp-review-title = Peer review
bp-review-pending = Not published yet: the review score is shown once a version is accepted.
bp-review-explained = Every published practice was scored by at least two reviewers on relevance, innovation, evidence of impact, transferability and sustainability.
bp-author-title = For you as the author
bp-author-state = State: { $state }
bp-adopted-heading = { $count ->
    [0] Adopted by
    [one] Adopted by one organisation
   *[other] Adopted by { $count } organisations
}
bp-adopted-none = Nobody has reported adopting this practice yet. If your organisation reused it, tell the community how.
bp-adopted-all = All adoption reports ({ $count })
bp-adoption-reported-by = reported by { $name }
bp-adoptions-lead = Organisations that reused "{ $title }": where and how.
bp-adopt-title = Report an adoption
bp-adopt-lead = Did your organisation take this practice over? Say where and how, and what you adapted: it helps others and credits the authors.
bp-adopt-org = Adopted by
bp-adopt-org-none = (no organisation named)
bp-adopt-country = Country
bp-adopt-how = How you adopted it
bp-adopt-how-hint = What you took over, what you adapted and what came of it. Markdown is allowed.
bp-adopt-button = Report the adoption
bp-login-to-adopt = Sign in to report that your organisation adopted this practice

bp-cite-title = How to cite
bp-cite-hint = Copy this reference; the identifier and address never change.
bp-cite-identifier = Identifier
bp-cite-address = Address
bp-cite-title-label = Title
bp-cite-version = Version
bp-cite-year = Year
bp-cite-author = Author
bp-citation = { $author } ({ $year }). { $title }, version { $version }. Bottega best-practice repository, { $code }. { $address }

## Versions

bp-versions-title = Version history
bp-versions-lead = Every version of { $code }, newest first. A revision is a new version: earlier ones are kept as they were.
bp-version-published = Published version
bp-first-version = First version.
bp-no-change-note = No note on what changed.
bp-version-notice = You are reading version { $version }; the newest version is { $newest }.
bp-version-notice-newest = You are reading version { $version }, the newest.
bp-version-current-link = Go to the practice

## Messages shown once after an action

flash-bp-submitted = Your practice is submitted. It has its identifier and waits for an editor.
flash-bp-revised = Your new version is submitted and waits for an editor.
flash-bp-adoption-reported = Thank you: the adoption is reported.

## On a closed working group's overview

bp-propose-group-link = Propose the outcome as a best practice
bp-propose-group-hint = The practice form opens filled in from the outcome; editors then have it reviewed for the best-practice repository.
