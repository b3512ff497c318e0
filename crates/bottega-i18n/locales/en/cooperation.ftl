# Cooperation: the section's landing page, partnerships (register, proposal, agreement and
# answers), the joint action plan and its progress.

## The landing page

coop-title = Cooperation
coop-lead = Long-term work between organisations: partnerships with an agreement every organisation signs and a joint action plan, twinnings where one institution coaches another, and a reviewed repository of good practice in vocational education and training.
coop-waiting-title = Waiting for your answer
coop-waiting-lead = These partnerships were proposed to an organisation you administer. Read the agreement and accept or decline it on the organisation's behalf.
coop-answer-for = for { $org }
coop-answer-link = Read and answer
coop-offer-title = What you can do here
coop-partnerships-title = Partnerships
coop-partnerships-summary = Organisations agree on a purpose and commitments for several years, plan objectives, activities and milestones together and follow their indicators.
coop-partnership-counts = { $active ->
    [one] One active partnership
   *[other] { $active } active partnerships
}, { $ended ->
    [one] one completed
   *[other] { $ended } completed
}
coop-practices-title = Best practices
coop-practices-summary = Practices described in a common template, reviewed by peers on a published rubric and citable by their identifier.
coop-search-title = Find partners
coop-search-summary = Search the directory by country, sector, type and working language, and propose a partnership from an organisation's page.
coop-mine-title = Your organisations' partnerships
coop-mine-none = Your organisations take part in no partnership yet.
coop-no-org = To propose or join a partnership you need to belong to an organisation.
coop-no-org-link = Find or list your organisation in the directory
coop-login = Sign in to see your organisations' partnerships and propose one
coop-recent-title = Recently started partnerships
coop-register-link = All partnerships

## The register

pt-register-title = Partnerships
pt-register-lead = Long-term cooperation between organisations, with the agreement each of them accepted. Proposals are visible to the organisations concerned only.
pt-new-link = Propose a partnership
pt-propose-link = Propose a partnership
pt-login-to-propose = Sign in to propose a partnership
pt-filter-label = Filter partnerships
pt-label-theme = Theme
pt-label-status = State
pt-label-country = Country of an organisation
pt-count = { $count ->
    [one] One partnership
   *[other] { $count } partnerships
}
pt-register-none = No partnership matches.
pt-results-heading = Results
pt-runs = from { $start } to { $end }
pt-status-proposed = Proposed
pt-status-active = Active
pt-status-ended = Ended
pt-status-declined = Declined

## Proposing and rewriting

pt-new-title = Propose a partnership
pt-new-lead = Describe what the organisations will do together. Each partner organisation's administrators are told by email; the partnership starts when an administrator of every organisation has accepted these terms.
pt-edit-title = Rewrite the terms
pt-edit-lead = Rewriting the terms asks every organisation again: acceptances already given are set back to waiting, because nobody is bound by terms they did not read.
pt-no-org-lead = A partnership is proposed on behalf of an organisation, and you do not belong to one yet. Ask to join your organisation in the directory, or list it there.
pt-no-org-join = Find your organisation in the directory
pt-no-org-create = List a new organisation
pt-label-from-org = On behalf of
pt-to-chosen = Proposed to
pt-label-partners = Partner organisations
pt-label-more-partners = More partner organisations
pt-partners-hint = One organisation per line: its address in the directory (for example scuola-edile-roma) or a link to its page.
pt-label-title = Title of the partnership
pt-label-themes = Strategic themes
pt-themes-hint = Choose at least one.
pt-label-purpose = Purpose
pt-purpose-hint = What the partnership is for and what it should change. Markdown is allowed.
pt-label-commitments = Commitments
pt-commitments-hint = What each organisation commits to: staff, time, hosting, money, data. Markdown is allowed.
pt-label-lang = Language of the text
pt-label-starts-on = Start
pt-label-ends-on = End
pt-ends-on-hint = An agreement runs for ten years at most.
pt-label-your-signatory = Who signs for your organisation
pt-your-signatory-hint = If you administer the proposing organisation, proposing is its acceptance: say who signs the agreement for it and in which role.
pt-label-signatory-name = Name of the signatory
pt-label-signatory-role = Role of the signatory
pt-propose-button = Send the proposal
pt-save-terms-button = Save the new terms

pt-error-ends-before-start = The end cannot come before the start.
pt-error-too-long = An agreement can run for ten years at most; choose an earlier end.
pt-error-themes-required = Choose at least one theme.
pt-error-not-your-org = Choose one of your organisations.
pt-error-partner-address = These are not addresses of the directory: { $list }
pt-error-unknown-partner = No organisation of the directory has this address: { $list }
pt-error-no-partner = Name at least one partner organisation.
pt-error-too-many-partners = A proposal names { $limit } partner organisations at most.
pt-error-own-org-only = A partnership needs another organisation besides your own.
pt-error-number = Enter a number, for example 40 or 12.5.
pt-error-number-range = This number is too large.
pt-error-no-organisation = You need to belong to an organisation to propose a partnership.
pt-error-not-org-admin = Only an administrator of this organisation can answer for it. Nothing was changed.
pt-error-not-proposed = This partnership is no longer a proposal: it was already accepted, declined or withdrawn.
pt-error-not-active = Only an active partnership can be ended.
pt-error-closed = This partnership has ended or was declined: its plan is kept as it was and can no longer be changed.
pt-error-members-only = Only members of the partner organisations can do this.
pt-error-proposer-only = Only the person who proposed this partnership, or an administrator of the proposing organisation, can do this.
pt-error-admins-only = Only an administrator of one of the partner organisations can end the partnership.

## The agreement

pt-nav-label = Pages of the partnership
pt-tab-agreement = Agreement
pt-tab-plan = Action plan
pt-tab-progress = Progress
pt-tab-twinnings = Twinnings
pt-ended-notice = This partnership has ended. Its agreement, plan and progress are kept here as a record.
pt-declined-notice = This partnership did not start: an organisation declined it, or it was withdrawn.
pt-label-period = Period
pt-label-terms-version = Terms
pt-terms-version = version { $version }
pt-active-since = active since { $date }
pt-ended-on = ended on { $date }
pt-parties-title = Organisations and their answers
pt-col-organisation = Organisation
pt-col-answer = Answer
pt-col-signatory = Signed by
pt-col-answered = Answered by
pt-answer-pending = Waiting
pt-answer-accepted = Accepted
pt-answer-declined = Declined
pt-outdated-terms = earlier terms
pt-proposer-badge = proposer
pt-answered-by = { $name }, { $date }
pt-answer-waiting-notice = Your organisation's answer is awaited.
pt-answer-waiting-link = Read the agreement, then answer below.
pt-answer-title = Answer for { $org }
pt-answer-lead = As an administrator of this organisation you accept or decline version { $version } of the terms on its behalf.
pt-answer-hint = To accept, name who signs and in which role. Declining needs neither and stops the partnership.
pt-accept-button = Accept for { $org }
pt-decline-button = Decline
pt-plan-summary-title = Working together
pt-plan-summary = Action plan: { $objectives ->
    [one] one objective
   *[other] { $objectives } objectives
}, { $activities ->
    [one] one activity
   *[other] { $activities } activities
}
pt-progress-summary = Progress: { $milestones ->
    [one] one milestone
   *[other] { $milestones } milestones
}, { $indicators ->
    [one] one indicator
   *[other] { $indicators } indicators
}
pt-twinnings-link = Twinnings within this partnership
pt-manage-title = Managing the partnership
pt-edit-link = Rewrite the terms
pt-withdraw-link = Withdraw the proposal
pt-end-link = End the partnership
pt-withdraw-title = Withdraw the proposal
pt-withdraw-confirm = Withdraw the proposal "{ $title }"? The partner organisations are told, and the partnership will not start.
pt-withdraw-button = Withdraw the proposal
pt-end-title = End the partnership
pt-end-confirm = End the partnership "{ $title }" now? Its plan and progress are kept as a record and can no longer be changed.
pt-end-button = End the partnership
pt-cancel-link = Cancel

flash-pt-proposed = The proposal is sent. Each partner organisation's administrators were told by email.
flash-pt-accepted = Your organisation's acceptance is recorded. The partnership starts when every organisation has accepted.
flash-pt-active = Every organisation has accepted: the partnership is active.
flash-pt-declined = Your organisation declined the partnership.
flash-pt-terms-revised = The new terms are saved. Every organisation is asked to accept them.
flash-pt-withdrawn = The proposal is withdrawn.
flash-pt-ended = The partnership has ended.

## The joint action plan

pt-plan-title = Action plan
pt-plan-lead = Objectives, the activities that serve them and who is responsible, milestones with their dates, and the indicators that show whether the partnership achieves what it set out to do.
pt-plan-read-only = The partnership is not running: its plan is shown as it was and cannot be changed.
pt-plan-empty = The plan is empty so far.
pt-add-objective = Add an objective
pt-add-activity = Add an activity
pt-add-milestone = Add a milestone
pt-add-indicator = Add an indicator
pt-objective-heading = Objective { $n }:
pt-no-objective = Not filed under an objective
pt-objective-empty = Nothing is planned for this objective yet.
pt-edit-item = Edit
pt-delete-item = Delete
pt-move-up = Move up
pt-move-down = Move down
pt-record-value-link = Record a value
pt-activities-title = Activities
pt-milestones-title = Milestones
pt-indicators-title = Indicators
pt-col-activity = Activity
pt-col-owner = Responsible
pt-col-dates = Dates
pt-col-status = State
pt-col-actions = Actions
pt-col-milestone = Milestone
pt-col-due = Due
pt-col-indicator = Indicator
pt-col-baseline = Baseline
pt-col-target = Target
pt-col-latest = Latest value
pt-col-share = Of the target
pt-activity-planned = Planned
pt-activity-ongoing = Ongoing
pt-activity-done = Done
pt-activity-cancelled = Cancelled
pt-milestone-status-planned = Planned
pt-milestone-status-reached = Reached
pt-milestone-status-missed = Missed
pt-milestone-on-time = Reached on time
pt-milestone-late = Reached late
pt-milestone-missed = Missed
pt-milestone-overdue = Overdue
pt-milestone-upcoming = Upcoming
pt-reached-on = on { $date }
pt-percent = { $value } %
pt-back-to-plan = Back to the action plan of { $title }

pt-edit-objective-title = Edit the objective
pt-edit-activity-title = Edit the activity
pt-edit-milestone-title = Edit the milestone
pt-edit-indicator-title = Edit the indicator
pt-label-objective-title = Objective
pt-label-description = Description
pt-objective-description-hint = Optional: what reaching this objective looks like.
pt-label-objective = Objective
pt-label-activity-title = Activity
pt-label-owner-org = Organisation responsible
pt-label-owner-name = Person leading it
pt-owner-name-hint = The name of the person who leads the activity in that organisation.
pt-label-milestone-title = Milestone
pt-label-due-on = Due on
pt-label-reached-on = Reached on
pt-reached-on-hint = Only for a milestone marked reached.
pt-label-indicator-name = Indicator
pt-label-unit = Unit
pt-unit-hint = What is counted, for example "teachers trained", "companies" or "%".
pt-label-baseline = Baseline
pt-baseline-hint = The value at the start; 0 when left empty.
pt-label-target = Target
pt-target-hint = The value the partners aim for, for example 40 or 12.5.
pt-save-button = Save
pt-delete-button = Delete
pt-delete-objectives-title = Delete the objective
pt-delete-objectives-confirm = Delete the objective "{ $title }"? Its activities, milestones and indicators stay in the plan, filed under no objective.
pt-delete-activities-title = Delete the activity
pt-delete-activities-confirm = Delete the activity "{ $title }"?
pt-delete-milestones-title = Delete the milestone
pt-delete-milestones-confirm = Delete the milestone "{ $title }"?
pt-delete-indicators-title = Delete the indicator
pt-delete-indicators-confirm = Delete the indicator "{ $title }" with every value recorded for it?

pt-plan-error-owner = Choose one of the partnership's organisations.
pt-plan-error-reached-future = A milestone cannot be reached on a day still to come.
pt-plan-error-measured-future = A value cannot be measured on a day still to come.
pt-plan-error-full = The plan already holds as many items of this kind as it can.

pt-unit-is = Counted in: { $unit }
pt-values-title = Values measured
pt-values-none = No value has been recorded yet.
pt-values-of = Values of { $name }
pt-col-measured-on = Measured on
pt-col-value = Value
pt-col-note = Note
pt-col-recorded-by = Recorded by
pt-record-value-title = Record a value
pt-label-measured-on = Measured on
pt-label-value = Value
pt-label-note = Note
pt-record-value-button = Record the value
pt-progress-link = See the progress of the whole plan
pt-chart-measured = Measured
pt-chart-target = Target

flash-pt-plan-saved = The action plan is saved.
flash-pt-plan-deleted = Deleted from the action plan.
flash-pt-value-recorded = The value is recorded.
flash-pt-value-deleted = The value is deleted.

## Progress

pt-progress-title = Progress
pt-overall-title = Overall
pt-overall-label = Completion
pt-overall-explained = This figure is the average of the following, each counting the same:
pt-overall-none = There is nothing to measure yet: add milestones, activities or indicators to the action plan.
pt-completion-milestones = milestones reached: { $done } of { $of }
pt-completion-activities = activities done: { $done } of { $of } (cancelled ones are not counted)
pt-completion-indicators = indicators: on average { $share } of their target (an indicator without a value counts as 0)
pt-activities-none = No activity is planned yet.
pt-timeline-title = Milestones over time
pt-milestones-none = No milestone is planned yet.
pt-milestone-count-on-time = { $count } reached on time
pt-milestone-count-late = { $count } reached late
pt-milestone-count-missed = { $count } missed
pt-milestone-count-overdue = { $count } overdue
pt-milestone-count-upcoming = { $count } upcoming
pt-indicators-none = No indicator is defined yet.
pt-indicator-status = latest value { $latest }, target { $target }
pt-indicator-share = { $share } of the way from the baseline to the target
pt-indicator-no-value = No value recorded yet; the target is { $target }.

## Emails (each to an administrator of a partner organisation: $org is theirs, $by the one acting)

pt-email-proposal-subject = Partnership proposed: { $title }
pt-email-proposal-body =
    Hello,

    { $by } proposes the partnership "{ $title }" to { $org } on Bottega. As an administrator of { $org } you can read the agreement and accept or decline it on your organisation's behalf:

    { $link }
pt-email-proposal-own-subject = Confirm the partnership proposed for { $org }: { $title }
pt-email-proposal-own-body =
    Hello,

    a member of { $org } proposed the partnership "{ $title }" on its behalf on Bottega. The partnership starts only once an administrator of every organisation has accepted, { $org } included. Read the agreement and accept or decline it:

    { $link }
pt-email-terms-changed-subject = New terms for the partnership { $title }
pt-email-terms-changed-body =
    Hello,

    { $by } rewrote the terms of the proposed partnership "{ $title }". Any earlier acceptance is set back to waiting: please read the new terms and answer again for { $org }:

    { $link }
pt-email-active-subject = The partnership { $title } is active
pt-email-active-body =
    Hello,

    every organisation has accepted the agreement of "{ $title }" (the last answer came from { $by }). The partnership is active; its action plan is open to the members of { $org }:

    { $link }
pt-email-declined-subject = The partnership { $title } was declined
pt-email-declined-body =
    Hello,

    { $by } declined the proposed partnership "{ $title }", so it will not start. You can read the agreement and the answers here:

    { $link }
pt-email-withdrawn-subject = The proposal { $title } was withdrawn
pt-email-withdrawn-body =
    Hello,

    { $by } withdrew its proposal of the partnership "{ $title }". Nothing more is asked of { $org }:

    { $link }
pt-email-ended-subject = The partnership { $title } has ended
pt-email-ended-body =
    Hello,

    { $by } ended the partnership "{ $title }". Its agreement, plan and progress stay available as a record:

    { $link }

## On an organisation's page in the directory

pt-org-partnerships-title = Active partnerships
