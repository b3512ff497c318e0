# Collaboration: working groups (list, overview, membership, resources, closing).

wg-list-title = Working groups
wg-list-lead = Short-term groups that work together on one theme: a task board, shared pages, meetings and their own discussion, until they write down what came out of it.
wg-new-link = Start a working group
wg-login-to-start = Sign in to start a working group
wg-mine-title = Your groups
wg-filter-label = Filter working groups
wg-label-status = State
wg-status-active = Active
wg-status-archived = Archived
wg-status-all = All
wg-count = { $count ->
    [one] One working group
   *[other] { $count } working groups
}
wg-list-none = No working group matches yet.
wg-member-count = { $count ->
    [one] one member
   *[other] { $count } members
}
wg-runs = from { $start } to { $end }

wg-membership-open = Open: anyone signed in can join
wg-membership-request = By request: coordinators accept new members
wg-membership-invitation = By invitation from the coordinators
wg-place-member-coordinator = You coordinate this group.
wg-place-member-member = You are a member of this group.
wg-place-requested-member = Request sent
wg-place-invited-member = Invitation waiting for your answer
wg-role-coordinator = Coordinator
wg-role-member = Member

wg-new-title = Start a working group
wg-new-lead = Say what the group is about and what it should produce. You become its first coordinator; the group gets its own task board, pages, meetings and discussion.
wg-edit-title = Edit the working group
wg-label-title = Name of the group
wg-label-theme = Theme
wg-theme-hint = One line, for example "Green skills in carpentry apprenticeships".
wg-label-goal = Goal
wg-goal-hint = What the group wants to reach and by when. Markdown is allowed.
wg-label-lang = Language of the text
wg-label-starts-on = Start
wg-label-ends-on = End
wg-ends-on-hint = A working group is short-term: at most three years.
wg-label-membership = Who can join
wg-label-sectors = Sectors
wg-create-button = Start the group
wg-save-button = Save changes
wg-label-dates = Runs
wg-label-members = Members
wg-label-coordinators = Coordinators

wg-error-ends-before-start = The end cannot come before the start.
wg-error-too-long = A working group can run for three years at most; choose an earlier end.
wg-error-archived = This working group is closed: its workspace is an archive and can no longer be changed.
wg-error-members-only = Only members of this working group can do this.
wg-error-coordinators-only = Only the coordinators of this working group can do this.
wg-error-already-placed = You are already a member of this group, or your request or invitation is waiting.
wg-error-not-placed = You are not part of this group.
wg-error-no-invitation = There is no invitation to answer.
wg-error-message-too-long = The message is too long (1,000 characters at most).
wg-error-last-coordinator = A group needs a coordinator: name another coordinator first.
wg-error-not-possible = That change is not possible for this person.
wg-error-unknown-person = Nobody with this handle or email address is registered on Bottega.
wg-error-already-has-place = This person is already a member, has asked to join or is already invited.
wg-error-unknown-resource = No resource with this address or number exists in the toolbox, or you cannot see it.
wg-error-already-linked = This resource is already linked to the group.
wg-error-not-closed = The group is still active: its outcome is published after it closes.
wg-error-already-published = The outcome has already been published.

wg-archived-notice = This working group is closed. Its workspace is kept here as a read-only archive.
wg-workspace-label = Workspace of the group
wg-tab-overview = Overview
wg-tab-tasks = Tasks
wg-tab-pages = Pages
wg-tab-meetings = Meetings
wg-tab-discussion = Discussion
wg-tab-resources = Resources
wg-tab-members = Members

wg-outcome-title = Outcome
wg-archived-on = Closed on { $date }
wg-outcome-published-link = Read the outcome in the toolbox
wg-outcome-publish-hint = Publish the outcome in the toolbox as a project result, so others can find and reuse it.
wg-outcome-publish-button = Publish the outcome
wg-label-licence = Licence
wg-label-visibility = Who can see it
wg-visibility-public = Everyone
wg-visibility-members = Signed-in members

wg-your-place = Taking part
wg-login-to-join = Sign in to join this group
wg-leave-button = Leave the group
wg-request-waiting = Your request to join is waiting for a coordinator.
wg-request-withdraw-button = Withdraw the request
wg-invited = You are invited to join this group.
wg-invitation-accept-button = Accept the invitation
wg-invitation-decline-button = Decline
wg-archived-no-joining = This group is closed and takes no new members.
wg-join-button = Join the group
wg-label-request-message = Message to the coordinators
wg-request-message-hint = Optional: why you want to take part and what you can bring.
wg-request-button = Ask to join
wg-invitation-only = New members join by invitation from the coordinators.

wg-workspace-title = Workspace
wg-summary-tasks = Tasks: { $open } open, { $done } done
wg-summary-pages = { $count ->
    [one] One shared page
   *[other] { $count } shared pages
}
wg-summary-meetings = { $count ->
    [0] No meeting planned
    [one] One meeting planned
   *[other] { $count } meetings planned
}
wg-summary-next-meeting = next: { $when }
wg-summary-threads = { $count ->
    [0] Discussion: no thread yet
    [one] Discussion: one thread
   *[other] Discussion: { $count } threads
}
wg-coordination-title = Coordination
wg-edit-link = Edit the group's description
wg-manage-members-link = { $count ->
    [0] Manage members
    [one] Manage members (one request waiting)
   *[other] Manage members ({ $count } requests waiting)
}
wg-close-link = Close the group and write its outcome

wg-members-title = Members
wg-col-person = Person
wg-col-role = Role
wg-col-since = Member since
wg-col-actions = Actions
wg-promote-button = Make coordinator
wg-demote-button = Make member
wg-remove-button = Remove
wg-requests-title = Requests to join
wg-requests-none = No request is waiting.
wg-accept-button = Accept
wg-decline-button = Decline
wg-invitations-title = Invitations
wg-revoke-button = Withdraw the invitation
wg-label-person = Handle or email address
wg-person-hint = The person must already have an account on Bottega; they are told by email.
wg-invite-button = Invite

wg-resources-title = Linked resources
wg-resources-lead = Documents, tools and results from the toolbox that the group works with.
wg-resources-none = No resource is linked yet.
wg-linked-by = linked by { $name }
wg-unlink-button = Remove the link
wg-link-title = Link a resource
wg-label-resource = Address or number of the resource
wg-resource-hint = Copy the address of a resource page, for example /resources/12.
wg-label-note = Why it matters to the group
wg-link-button = Link the resource
wg-deposit-link = Deposit a new resource in the toolbox

wg-close-title = Close the group
wg-close-lead = Write down what the group achieved: results, decisions, what others can reuse and what is left open.
wg-label-outcome = Outcome
wg-outcome-hint = Markdown is allowed. The outcome stays on the group's page and can then be published in the toolbox.
wg-close-warning = Closing cannot be undone: tasks, pages, meetings and the discussion become a read-only archive.
wg-preview-title = Preview
wg-preview-button = Preview
wg-close-button = Close the group

flash-wg-created = The working group is ready. Invite people or share its address.
flash-wg-updated = The group's description is saved.
flash-wg-joined = Welcome to the group.
flash-wg-requested = Your request has been sent to the coordinators.
flash-wg-left = You have left the group.
flash-wg-request-withdrawn = Your request is withdrawn.
flash-wg-invitation-declined = You declined the invitation.
flash-wg-invited = The invitation is sent.
flash-wg-request-accepted = The request is accepted.
flash-wg-place-removed = Done.
flash-wg-member-removed = The member is removed from the group.
flash-wg-role-changed = The role is changed.
flash-wg-resource-linked = The resource is linked to the group.
flash-wg-resource-unlinked = The link is removed.
flash-wg-closed = The group is closed and its workspace archived.
flash-wg-outcome-published = The outcome is published in the toolbox.

email-group-invitation-subject = You are invited to the working group { $name }
email-group-invitation-body =
    Hello,

    a coordinator invites you to take part in the working group { $name } on Bottega. Open the group's page to accept or decline:

    { $link }
wg-back-to-group = ← Back to the working group
