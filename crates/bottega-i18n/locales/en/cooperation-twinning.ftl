# Cooperation: twinnings inside a partnership (the list, starting one, the overview, the four lots
# and their activities with participants and evidence, the coaching log).

tw-list-title = Twinnings
tw-list-lead = Twinnings of the partnership “{ $title }”: an institution coaches another through a capacity-building plan in four lots, and both keep a log of their coaching.
tw-list-none = No twinning has been started in this partnership yet.
tw-list-not-active = A twinning can only be started while the partnership is active.
tw-new-link = Start a twinning
tw-count = { $count ->
    [one] One twinning
   *[other] { $count } twinnings
}
tw-back-to-list = Twinnings of “{ $title }”
tw-coaching-line = Coaching institution: { $org } ({ $country })
tw-coached-line = Coached institution: { $org } ({ $country })
tw-runs = from { $start } to { $end }
tw-pair = { $coaching } coaches { $coached }

tw-new-title = Start a twinning
tw-new-lead = Pair a coaching institution with a coached one among the organisations of the partnership. The plan starts with its four lots not started; members of both organisations then add activities and write the coaching log.
tw-edit-title = Edit the twinning
tw-label-sides = The two institutions
tw-sides-hint = Both must be organisations of the partnership, and you must be an administrator of one of them.
tw-sides-fixed-hint = The coaching and the coached institution stay as the twinning was started.
tw-label-coaching = Coaching institution
tw-label-coached = Coached institution
tw-label-title = Name of the twinning
tw-label-description = Description
tw-description-hint = What the coached institution wants to build and how the coaching will help. Markdown is allowed.
tw-label-lang = Language of the text
tw-label-period = Period
tw-partnership-period = The partnership runs from { $start } to { $end }; the twinning must fit within it.
tw-label-starts-on = Start
tw-label-ends-on = End
tw-create-button = Start the twinning
tw-save-button = Save changes
tw-cancel = Cancel

tw-error-ends-before-start = The end cannot come before the start.
tw-error-outside-partnership = The partnership runs from { $start } to { $end }: choose dates within that period.
tw-error-not-party = Choose one of the organisations of the partnership.
tw-error-same-org = The coached institution must be a different organisation from the coaching one.
tw-error-not-your-org = You can start a twinning only for an organisation you administer: choose it as the coaching or the coached institution.
tw-error-not-parties = One of these organisations is no longer part of the partnership.
tw-error-partnership-not-active = Twinnings are started only while the partnership is active.
tw-error-start-admins-only = Only administrators of an organisation of this partnership can start a twinning.
tw-error-admins-only = Only administrators of the coaching or the coached institution can do this.
tw-error-sides-only = Only members of the coaching or the coached institution can do this.
tw-error-read-only = The partnership is no longer active: this twinning can be read but not changed.
tw-error-headcount = { $category }: enter a whole number of people from 0 to 10,000.
tw-error-done-in-future = An activity that has not started yet cannot be done: keep it planned.
tw-error-unknown-resource = No resource with this address or number exists in the toolbox, or you cannot see it.
tw-error-already-evidence = This resource is already evidence of this activity.
tw-error-evidence-full = An activity can have at most { $limit } pieces of evidence.
tw-error-side = Choose one of the two institutions.
tw-error-held-in-future = The log records meetings that took place: the date cannot be in the future.
tw-error-log-empty = Write what was agreed, the next steps, or both.
tw-error-log-authors-only = Only the author of this entry can change it.

tw-read-only-notice = The partnership is no longer active: this twinning is kept as a record and can no longer be changed.
tw-nav-label = Parts of the twinning
tw-tab-overview = Overview
tw-tab-log = Coaching log

tw-label-partnership = Partnership
tw-about-title = About the twinning
tw-plan-title = Capacity-building plan
tw-plan-lead = Progress counts the activities done among those not cancelled.
tw-plan-caption = The four lots with their state, activities and progress
tw-label-lot = Lot
tw-label-lot-status = State of the lot
tw-label-activities = Activities
tw-label-progress = Progress
tw-progress-total = All lots
tw-progress-none = No activity planned yet
tw-progress-words = { $counted ->
    [one] { $done } of one activity done ({ $percent } %)
   *[other] { $done } of { $counted } activities done ({ $percent } %)
}
tw-count-planned = { $count } planned
tw-count-done = { $count } done
tw-count-cancelled = { $count } cancelled
tw-manage-title = Managing the twinning
tw-edit-link = Edit the name, description and period

tw-lot-status-not-started = Not started
tw-lot-status-in-progress = In progress
tw-lot-status-completed = Completed
tw-label-lot-note = Note
tw-lot-note-hint = For example what is holding the lot up, or what it achieved.
tw-lot-state-title = Update the state of the lot
tw-lot-save-button = Save the state

tw-participants-title = Participants
tw-participants-none = No participants recorded yet.
tw-participants-caption = Participants of the twinning by category
tw-participants-lot-caption = Participants of “{ $lot }” by category
tw-participants-category = Category
tw-participants-took-part = Took part
tw-participants-planned = Expected
tw-participants-headcount = People
tw-participants-total = All categories
tw-participant-count = { $count ->
    [one] One participant
   *[other] { $count } participants
}

tw-activities-title = Activities
tw-activities-none = No activity in this lot yet.
tw-activity-add-link = Add an activity
tw-activity-new-title = New activity
tw-activity-new-in = New activity in “{ $lot }”
tw-activity-edit-title = Edit the activity
tw-activity-edit-link = Edit the activity
tw-activity-delete-link = Delete the activity
tw-label-activity-title = Title
tw-label-activity-description = Description
tw-activity-description-hint = What happens, for whom, and what it should leave behind.
tw-label-place = Place
tw-place-hint = A town, an institution, or “online”.
tw-label-activity-status = State
tw-activity-status-planned = Planned
tw-activity-status-done = Done
tw-activity-status-cancelled = Cancelled
tw-label-participants = Participants by category
tw-participants-hint = How many people of each category take part (or took part). Leave empty for none.
tw-activity-add-button = Add the activity
tw-activity-save-button = Save the activity
tw-activity-conflict = Someone else saved this activity while you were editing it. Your changes are kept below; saving again replaces their version with yours.
tw-activity-conflict-see = See the activity as it is now (opens the page, your changes here are lost)
tw-label-when = When
tw-label-added-by = Added by
tw-activity-delete-heading = Delete this activity?
tw-activity-delete-text = The activity “{ $title }” is deleted with its participant counts and its links to evidence. The resources themselves stay in the toolbox.
tw-activity-delete-button = Delete “{ $title }”

tw-evidence-title = Evidence
tw-evidence-lead = Reports, photos, agendas and other proof of the activity, kept in the toolbox.
tw-evidence-none = No evidence linked yet.
tw-evidence-added-by = linked by { $name }
tw-evidence-unlink-button = Remove
tw-evidence-link-title = Link evidence
tw-label-resource = Resource in the toolbox
tw-resource-hint = Paste the address of the resource’s page or type its number. Only resources you can see can be linked, at most { $limit } per activity.
tw-evidence-link-button = Link the resource
tw-deposit-link = Deposit a new resource in the toolbox first

tw-log-title = Coaching log
tw-log-lead = Meetings between the two institutions: what they discussed, what they agreed and what comes next. The most recent first.
tw-log-latest-title = Latest from the coaching log
tw-log-none = The coaching log has no entry yet.
tw-log-count = { $count ->
    [one] One entry
   *[other] { $count } entries
}
tw-log-all-link = { $count ->
    [0] Open the coaching log
    [one] The whole coaching log (one entry)
   *[other] The whole coaching log ({ $count } entries)
}
tw-log-add-link = Write a log entry
tw-log-side = for { $org }
tw-log-by = written by { $name }
tw-log-new-title = New log entry
tw-log-edit-title = Edit the log entry
tw-log-label-side = Written for
tw-log-side-hint = You belong to both institutions: say for which one you write this entry.
tw-log-writing-for = You write for { $org }.
tw-log-label-held-on = Held on
tw-log-label-topic = Topic
tw-log-label-agreed = What was agreed
tw-log-agreed-hint = Decisions and commitments of each side. Markdown is allowed.
tw-log-label-next-steps = Next steps
tw-log-next-steps-hint = Who does what, by when. Markdown is allowed.
tw-log-add-button = Add to the log
tw-log-save-button = Save the entry
tw-log-edit-link = Edit
tw-log-delete-link = Delete
tw-log-delete-heading = Delete this log entry?
tw-log-delete-text = The entry “{ $topic }” of { $date } is deleted for both institutions.
tw-log-delete-button = Delete “{ $topic }”

# Shown once after a change; the platform shows only message ids that start with flash-.
flash-tw-created = The twinning has started.
flash-tw-updated = The twinning has been saved.
flash-tw-lot-saved = The state of the lot has been saved.
flash-tw-activity-added = The activity has been added. You can now link evidence to it.
flash-tw-activity-saved = The activity has been saved.
flash-tw-activity-deleted = The activity has been deleted.
flash-tw-evidence-linked = The resource has been linked as evidence.
flash-tw-evidence-unlinked = The resource is no longer evidence of this activity.
flash-tw-log-added = The entry has been added to the coaching log.
flash-tw-log-saved = The log entry has been saved.
flash-tw-log-deleted = The log entry has been deleted.
