## People and profiles

people-title = People
people-lead = Members of the community who chose to show their profile.
people-filter-label = Filter people
people-count = { $count ->
    [one] One person
   *[other] { $count } people
}
label-role = Role
label-roles = Roles
label-sector = Sector
label-sectors = Sectors
label-language = Language
label-languages = Languages spoken
avatar-alt = Picture of { $name }
profile-joined = Member since { $date }
profile-edit-link = Edit your profile
profile-about = About
profile-organisations = Organisations
profile-edit-title = Your profile
profile-avatar-heading = Picture
label-avatar = Upload a picture
avatar-hint = PNG, JPEG, WebP or GIF, up to 5 MB. We crop it to a square and remove any hidden data, such as where the photo was taken.
avatar-upload-button = Upload
avatar-remove-button = Remove the picture
label-bio = A few words about you
label-bio-lang = Language of these words
label-visibility = Who can see your profile
profile-minor-not-public = Profiles of people under 18 cannot be public.
profile-bio-lang-needed = Tell us which language your text is written in, so readers can find it.

## Organisations and partner search

directory-title = Directory and partner search
directory-lead = Find VET providers, companies, associations and public bodies to work with.
directory-add = List your organisation
directory-filter-label = Filter organisations
directory-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}
directory-members = { $count ->
    [one] one member
   *[other] { $count } members
}
directory-none = No organisation matches these filters. Try removing one.
label-org-type = Type of organisation
label-org-name = Name of the organisation
label-org-role = Role in the organisation
label-city = City
label-website = Website
label-description = Description
label-description-lang = Language of the description
label-working-languages = Working languages
label-logo = Upload a logo
label-join-message = Message to the administrators (optional)
logo-alt = Logo of { $name }
logo-upload-button = Upload the logo
org-listed-since = In the directory since { $date }
org-about = About
org-membership = Membership
org-you-are = You are { $role } of this organisation.
org-request-pending = Your request to join is waiting for an answer from the administrators.
org-join-button = Ask to join
org-login-to-join = Sign in to ask to join
org-manage = Members and requests
org-edit = Edit
org-members-heading = { $count ->
    [one] One member
   *[other] { $count } members
}
org-new-title = List your organisation
org-edit-title = Edit the organisation
org-logo-heading = Logo
org-description-lang-needed = Tell us which language the description is written in.
manage-title = Members of { $org }
manage-back = Back to the organisation
manage-requests = { $count ->
    [0] Requests to join
    [one] One request to join
   *[other] { $count } requests to join
}
manage-no-requests = No requests are waiting.
manage-accept = Accept { $name }
manage-decline = Decline { $name }
manage-invitations = Invitations
manage-invite-button = Send the invitation
manage-invitation-state = State
manage-actions = Actions
manage-revoke = Withdraw
manage-make-member = Make member
manage-make-admin = Make administrator
manage-remove = Remove
member-minor = under 18
invitation-state-pending = waiting
invitation-state-accepted = accepted
invitation-state-revoked = withdrawn
invitation-state-expired = expired
invitation-title = Invitation
invitation-lead = You are invited to join { $org } as { $role }.
invitation-accept = Accept the invitation
invitation-sign-in = Sign in with { $email }, or create an account with that address, to accept.
invitation-used = This invitation has already been accepted.
invitation-revoked = This invitation was withdrawn.
invitation-expired = This invitation has expired. Ask the organisation for a new one.
invitation-other-address = This invitation was sent to another email address. Sign in with that address to accept it.

## Administration

admin-title = People on this Bottega
admin-audit-link = Audit log
admin-search-label = Search by name or email
admin-site-role = Site role
admin-status = Status
admin-registered = Registered
admin-action-for = Action for { $name }
admin-suspend = Suspend
admin-reactivate = Reactivate
admin-make-member = Make member
admin-make-editor = Make best-practice editor
admin-make-moderator = Make moderator
admin-make-admin = Make administrator
admin-apply = Apply
audit-title = Audit log
audit-when = When
audit-who = Who
audit-action = Action
audit-target = About
audit-detail = Detail
label-handle = Handle
handle-hint = Others mention you by writing @ and your handle in a post. Lower-case letters, digits, dashes, dots and underscores.
admin-communities-title = Communities
admin-communities-link = Communities
admin-community-new = New community
admin-community-visibility = Who can read it
admin-community-org = Organisation of a private community (the last part of its address in the directory)
admin-community-org-needed = A private community belongs to an organisation: give the last part of its address in the directory, for example istituto-professionale-leonardo.
admin-community-position = Order in the list (a number; smaller comes first)
admin-community-create = Create the community
flash-community-created = The community is created.
