# The review workflow of the best-practice repository: the published rubric, the editors'
# queue and review board, the reviewer's form, decisions, labels, and the reviews as authors see
# them (reviewers stay anonymous to authors).

## The rubric

bpr-rubric-title = The review rubric
bpr-rubric-lead = Every practice submitted to the repository is reviewed by peers on the same five criteria before editors decide whether to publish it. This page is what reviewers score against and what authors can expect.
bpr-rubric-criteria-title = The five criteria
bpr-rubric-scale = Each criterion is scored as a whole number from 1 to 5, with a comment that explains the score.
bpr-col-criterion = Criterion
bpr-col-question = What reviewers ask
bpr-col-one = A score of 1 means
bpr-col-five = A score of 5 means
bpr-score-1 = 1 – poor
bpr-score-2 = 2 – weak
bpr-score-3 = 3 – adequate
bpr-score-4 = 4 – good
bpr-score-5 = 5 – excellent
bpr-criterion-relevance-question = Does the practice answer a real need of vocational education and training, for learners, teachers, trainers or companies?
bpr-criterion-relevance-one = The need it answers is unclear, or it has little to do with vocational education and training.
bpr-criterion-relevance-five = It answers an important, clearly described need shared by many VET providers or companies.
bpr-criterion-innovation-question = Does it bring something new, compared with how things are usually done?
bpr-criterion-innovation-one = It repeats common practice without a new idea.
bpr-criterion-innovation-five = It is a new approach, or a new use of an existing one, that others can learn from.
bpr-criterion-impact-question = Is there evidence of what it changed: results, figures, feedback from learners or companies?
bpr-criterion-impact-one = Results are claimed but not shown.
bpr-criterion-impact-five = Results are measured and documented, with sources others can check.
bpr-criterion-transferability-question = Could another provider, in another country or sector, take it up?
bpr-criterion-transferability-one = It depends on conditions that are hard to find elsewhere, and the description does not say how to adapt it.
bpr-criterion-transferability-five = It is described step by step, with its conditions, costs and what to adapt, so others can reuse it.
bpr-criterion-sustainability-question = Will it last beyond its first run or its funding?
bpr-criterion-sustainability-one = It stops when the project or the people behind it stop.
bpr-criterion-sustainability-five = It is built into the organisation's regular work and resources.
bpr-rubric-summary-title = The score summary
bpr-rubric-summary = A published practice shows the mean of every score of every review of the published version, from 1.00 to 5.00, the mean of each criterion, and how many reviews it rests on. Each review counts the same.
bpr-rubric-rules-title = How the review works
bpr-rubric-rule-editors = An editor of the repository checks each submission and assigns the reviewers.
bpr-rubric-rule-two = At least two reviewers score each version before it can be published.
bpr-rubric-rule-organisation = A reviewer never belongs to the organisation the practice is submitted for, nor to any organisation of its author.
bpr-rubric-rule-anonymous = Authors read every review, with its scores and comments, but not who wrote it: reviewers are named to authors only as "Reviewer 1", "Reviewer 2".
bpr-rubric-rule-decision = The editor then accepts the version (it is published with its score summary), asks the author to revise it, or rejects it, and explains the decision.
bpr-rubric-rule-revision = A revision is a new version, reviewed again. Every version and its reviews stay in the practice's history.
bpr-rubric-rule-labels = Editors may award published practices a label such as "Good practice" or "Success story".

## Shared words

bpr-status-submitted = Waiting for reviewers
bpr-status-in-review = In review
bpr-status-revise = Waiting for the author's revision
bpr-status-accepted = Accepted
bpr-status-rejected = Rejected
bpr-decision-accept = Accept
bpr-decision-revise = Ask for a revision
bpr-decision-reject = Reject
bpr-decided-accept = Accepted
bpr-decided-revise = Revision requested
bpr-decided-reject = Rejected
bpr-decision-accept-hint = Publishes this version with its score summary. Needs at least two submitted reviews.
bpr-decision-revise-hint = Asks the author for a new version, which is reviewed again. Needs at least one submitted review.
bpr-decision-reject-hint = Closes the submission. May be decided before any review, with a note that explains why.
bpr-state-assigned = Review to do
bpr-state-submitted = Review submitted
bpr-state-withdrawn = Withdrawn
bpr-version = Version { $version }
bpr-reviewer-number = Reviewer { $number }
bpr-score-out-of = { $score } / 5
bpr-mean = Mean
bpr-overall = Overall
bpr-no-score = –
bpr-reviews-in = Reviews received: { $done } of { $total }
bpr-review-count = { $count ->
    [one] Based on one review
   *[other] Based on { $count } reviews
}
bpr-back-to-practice = Back to the practice
bpr-read-practice = Read the practice
bpr-rubric-link = The review rubric

## The editors' queue

bpr-queue-title = Best practices to review
bpr-queue-lead = Submissions waiting for reviewers, reviews under way, practices waiting for their authors, and recent decisions. The longest waiting come first.
bpr-queue-nav-label = Parts of the queue
bpr-queue-all = Everything
bpr-queue-submitted-title = Waiting for reviewers
bpr-queue-in-review-title = In review
bpr-queue-revise-title = Waiting for the author
bpr-queue-decided-title = Recently decided
bpr-queue-submitted-none = No submission is waiting for reviewers.
bpr-queue-in-review-none = No practice is in review.
bpr-queue-revise-none = No practice is waiting for its author.
bpr-queue-decided-none = Nothing has been decided yet.
bpr-queue-see-all = See all { $count }
bpr-col-practice = Practice
bpr-col-submitted-by = Submitted by
bpr-col-waiting-since = Waiting since
bpr-col-reviews = Reviews
bpr-col-status = Status
bpr-col-decided = Decided
bpr-col-score = Score
bpr-by-for = { $person } for { $organisation }
bpr-nobody = (account removed)

## The review board

bpr-board-title = Review board
bpr-board-lead = Assign reviewers to the newest version, follow their reviews, and decide.
bpr-board-facts-label = About this practice
bpr-fact-status = Status
bpr-fact-version = Version under review
bpr-fact-submitted-by = Submitted by
bpr-fact-organisation = Organisation
bpr-fact-published = Published version
bpr-fact-score = Published score
bpr-board-closed = This version is decided: assigning reviewers and deciding open again when the author sends a new version.
bpr-assignments-title = Reviewers of version { $version }
bpr-assignments-none = No reviewer is assigned yet.
bpr-col-reviewer = Reviewer
bpr-col-assigned = Assigned
bpr-col-state = State
bpr-col-actions = Actions
bpr-withdraw-button = Withdraw
bpr-assign-title = Assign a reviewer
bpr-label-reviewer = Reviewer's email address or @handle
bpr-reviewer-hint = The reviewer needs a verified account. Nobody from the practice's organisation, nor from any organisation of its author, may review it.
bpr-assign-button = Assign
bpr-decision-title = Decision on version { $version }
bpr-decision-status = { $done ->
    [0] No review is in yet.
    [one] One review is in.
   *[other] { $done } reviews are in.
}
bpr-label-decision = Decision
bpr-label-note = Note to the author
bpr-note-hint = Explain the decision; Markdown is allowed. Required when asking for a revision or rejecting.
bpr-label-lang = Language of the note
bpr-decide-button = Record the decision
bpr-history-title = Decisions
bpr-history-none = No decision yet.
bpr-decision-by = { $decision } by { $editor }, { $date }
bpr-decision-on = { $decision }, { $date }
bpr-all-reviews-link = All reviews, by version
bpr-labels-title = Labels
bpr-labels-not-published = Labels are awarded once a version is published.
bpr-label-awarded-by = Awarded by { $editor }, { $date }
bpr-label-not-awarded = Not awarded
bpr-award-button = Award
bpr-remove-label-button = Remove

## The reviewer's list and form

bpr-mine-title = My reviews
bpr-mine-lead = Practices you are asked to review, and the reviews you have written.
bpr-todo-title = To do
bpr-todo-none = Nothing to review at the moment.
bpr-done-title = Done
bpr-done-none = You have not submitted a review yet.
bpr-assigned-on = Assigned { $date }
bpr-submitted-on = Submitted { $date }
bpr-write-review = Write the review
bpr-form-title = Review of { $title }
bpr-form-lead = Score version { $version } on each criterion of the rubric, from 1 to 5, and explain each score. The author reads your review without your name; the editors see it.
bpr-form-version-title = The version under review
bpr-form-rubric-title = Your scores
bpr-label-score = Score for { $criterion }
bpr-label-comment = Comment on { $criterion }
bpr-label-summary = Overall advice to the author and the editors
bpr-summary-hint = What is strong, what should change before publication, and whether you recommend publishing it.
bpr-label-review-lang = Language of your review
bpr-submit-review-button = Submit the review
bpr-submit-once = A review is submitted once and cannot be changed afterwards.
bpr-change-note = What changed in this version: { $note }

## The reviews as authors, editors and reviewers see them

bpr-reviews-title = Reviews of { $title }
bpr-reviews-lead-author = Every review of your practice, by version, with the editors' decisions. Reviewers are not named.
bpr-reviews-lead-editor = Every submitted review, by version, with the editors' decisions.
bpr-reviews-lead-reviewer = The reviews you wrote on this practice.
bpr-reviews-none = No review is in yet.
bpr-reviews-pending = This version is with its reviewers. Their reviews are shown here with the editors' decision.
bpr-version-reviews-title = Version { $version }
bpr-version-reviews-none = No review of this version was submitted.
bpr-summary-table-caption = Scores of version { $version }
bpr-review-title = Reviewer { $number }
bpr-own-review-title = Your review of version { $version }
bpr-review-summary = Overall advice
bpr-decision-note = Note from the editors

## Problems

bpr-error-own-submission = You submitted this practice, so another editor handles its review.
bpr-error-decided = This version is already decided: nothing more can be assigned, reviewed or decided on it.
bpr-error-version-changed = The author sent a new version meanwhile. Look at the review board again before deciding.
bpr-error-not-assigned = Only a reviewer assigned to the version under review can write a review of it.
bpr-error-already-submitted = You have already submitted your review of this version. It cannot be changed.
bpr-error-not-published = Labels are awarded to published practices only.
bpr-error-reviews-private = The reviews of a practice are for its author, its reviewers and the editors. Its score summary is on the practice's page.
bpr-error-unknown-label = There is no such label.
bpr-error-not-withdrawable = This assignment cannot be withdrawn: the review is already submitted, or the assignment was withdrawn.
bpr-error-reviewer-unknown = No active account has this email address or handle.
bpr-error-reviewer-not-verified = This person has not verified their email address yet, so they cannot review.
bpr-error-reviewer-is-author = The author of a practice cannot review it.
bpr-error-reviewer-same-organisation = This person belongs to the practice's organisation or to an organisation of its author, so they cannot review it.
bpr-error-reviewer-already-assigned = This person is already a reviewer of this version.
bpr-error-choose-decision = Choose accept, ask for a revision or reject.
bpr-error-note-required = Write a note that tells the author why.
bpr-error-note-lang = Choose the language of the note.
bpr-error-needs-two-reviews = { $done ->
    [0] Accepting needs at least two submitted reviews; none is in yet.
    [one] Accepting needs at least two submitted reviews; only one is in.
   *[other] Accepting needs at least two submitted reviews; { $done } are in.
}
bpr-error-needs-a-review = Asking for a revision needs at least one submitted review, so the author knows what to change. You can reject without reviews.
bpr-error-score-missing = Choose a score from 1 to 5 for { $criterion }.
bpr-error-score-range = The score for { $criterion } must be a whole number from 1 to 5.
bpr-error-comment-missing = Write a comment that explains your score for { $criterion }.
bpr-error-summary-missing = Write your overall advice to the author and the editors.

## Confirmations

flash-bpr-assigned = The reviewer is assigned and told by email.
flash-bpr-withdrawn = The assignment is withdrawn.
flash-bpr-review-submitted = Thank you: your review is submitted.
flash-bpr-accepted = The version is accepted and published. The author is told by email.
flash-bpr-revise = The author is asked for a revision and told by email.
flash-bpr-rejected = The practice is rejected. The author is told by email.
flash-bpr-label-awarded = The label is awarded.
flash-bpr-label-removed = The label is removed.

## Emails

bpr-email-assigned-subject = Please review the practice { $name }
bpr-email-assigned-body =
    An editor of Bottega's best-practice repository asks you to review the practice { $name }.

    Score it on the five criteria of the published rubric, from 1 to 5, with a comment on each. The author will read your review without your name.

    Read it and write your review here:
    { $link }
bpr-email-withdrawn-subject = Review no longer needed: { $name }
bpr-email-withdrawn-body =
    Your review of the practice { $name } is no longer needed: the editors withdrew the assignment or have already decided on the version. Thank you for your time.

    Your reviews:
    { $link }
bpr-email-review-in-subject = A review is in: { $name }
bpr-email-review-in-body =
    A reviewer has submitted a review of the practice { $name }.

    The review board:
    { $link }
bpr-email-decision-accept-subject = Your practice is published: { $name }
bpr-email-decision-accept-body =
    Good news: the editors accepted your practice { $name }. It is now published in the best-practice repository with its score summary.

    Read the reviews and the editors' note:
    { $link }
bpr-email-decision-revise-subject = Please revise your practice: { $name }
bpr-email-decision-revise-body =
    The editors ask you to revise your practice { $name } before it can be published. Your revision will be a new version, reviewed again.

    Read the reviews and what the editors ask for:
    { $link }
bpr-email-decision-reject-subject = Decision on your practice: { $name }
bpr-email-decision-reject-body =
    The editors decided not to publish your practice { $name }.

    Read the reviews and the editors' explanation:
    { $link }
