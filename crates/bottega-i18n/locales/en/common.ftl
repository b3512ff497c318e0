## Layout, navigation and messages shared by every page.

skip-to-content = Skip to main content
nav-main-label = Sections
nav-account-label = Your account
nav-account = Account
nav-admin = Administration
nav-logout = Sign out
nav-login = Sign in
nav-register = Join Bottega
nav-directory = Directory
nav-people = People
language-switch-label = Language
language-switch-button = Change
verify-pending-notice = Please confirm your email address with the link we sent you. Until then you can look around but not join organisations.
verify-resend-button = Send the link again
footer-about = Bottega is an open-source meeting place for vocational education and training communities across Europe and the Western Balkans.
footer-sections = The sections of Bottega
choose-optional = (not given)
choose-any = Any
choose-one = Choose one
filter-button = Show results
save-button = Save
label-search-name = Name contains

## Errors

error-title = Something went wrong
error-not-found = We could not find that page. It may have moved, or it may not be visible to you.
error-forbidden = You are not allowed to do this.
error-login-required = Please sign in to continue.
error-verification-required = Please confirm your email address first. Use the link we sent you, or ask for a new one at the top of the page.
error-csrf-invalid = This form has expired or did not come from Bottega. Go back, reload the page and send it again.
error-session-missing = Your browser did not send Bottega's security cookie. Please allow cookies for this site, reload the page and try again.
error-rate-limited = { $minutes ->
    [one] Too many attempts. Please wait a minute and try again.
   *[other] Too many attempts. Please wait { $minutes } minutes and try again.
}
error-payload-too-large = What you sent is too large. Please send something smaller.
error-internal = An error occurred on our side. It has been logged; please try again in a moment.
error-bad-request = The request could not be understood. Please go back and try again.
error-reference = Error { $code }
error-home-link = Go to the home page

## Forms

form-error-summary = Please correct the following
form-error-required = This field is required.
form-error-too-short = Use at least { $limit } characters.
form-error-too-long = Use at most { $limit } characters (or items).
form-error-email-invalid = Enter an email address like name@example.org.
form-error-email-taken = An account with this email address already exists. Sign in, or reset your password.
form-error-password-common = This password is one of the first that attackers try. Choose another, for example a few words that mean something to you.
form-error-password-like-email = Your password must not be your email address.
form-error-password-mismatch = The two passwords are not the same.
form-error-password-wrong = The password is not correct.
form-error-invalid-choice = Choose one of the options offered.
form-error-url-invalid = Enter a web address starting with http:// or https://.
form-error-control-characters = Remove the invisible control characters from this text.
paging-label = Pages
paging-previous = Previous page
paging-next = Next page
paging-position = Page { $page } of { $pages }

## Uploads

upload-empty = Choose a file to upload.
upload-too-large = The file is larger than { $limit } MB.
upload-malformed = The upload could not be read. Please try again.
upload-image-too-large = The picture is too large. Use one under 8,000 pixels on each side.
upload-not-image = This file is not a picture Bottega can use. Upload a PNG, JPEG, WebP or GIF.

## Dates and numbers

date-format = { $day } { $month } { $year }
datetime-format = { $date }, { $time } UTC
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
number-group-separator = ,

## Messages shown once after an action

flash-registered = Welcome to Bottega! We sent you an email to confirm your address. Meanwhile, tell the community a little about yourself.
flash-verified = Thank you, your email address is confirmed.
flash-verification-sent = We sent you a new confirmation link.
flash-signed-in = You are signed in.
flash-signed-out = You are signed out.
flash-password-reset = Your password is changed. Sign in with the new one.
flash-password-changed = Your password is changed. You were signed out everywhere else.
flash-email-change-sent = We sent a link to your new address. Your address changes when you follow it.
flash-email-changed = Your email address is changed.
flash-profile-saved = Your profile is saved.
flash-avatar-saved = Your picture is saved.
flash-avatar-removed = Your picture is removed.
flash-organisation-created = The organisation is listed in the directory. You are its administrator.
flash-organisation-saved = The organisation is saved.
flash-logo-saved = The logo is saved.
flash-already-member = You are already a member of this organisation.
flash-request-pending = Your request to join is already waiting for an answer.
flash-request-sent = Your request was sent to the organisation's administrators.
flash-request-already-decided = This request has already been answered.
flash-request-accepted = The request is accepted; the person is now a member.
flash-request-declined = The request is declined.
flash-invitation-sent = The invitation is on its way.
flash-invitation-revoked = The invitation is withdrawn.
flash-last-admin = An organisation needs at least one administrator. Make someone else administrator first.
flash-member-changed = The membership is changed.
flash-invitation-unusable = This invitation can no longer be used.
flash-invitation-accepted = Welcome! You are now a member of the organisation.
flash-admin-not-self = You cannot change your own account from this list.
flash-last-site-admin = Bottega needs at least one active administrator.
flash-admin-done = Done. The action is recorded in the audit log.
form-error-handle-invalid = Use 3 to 30 lower-case letters, digits, dashes, dots or underscores, starting with a letter or digit.
form-error-handle-taken = Someone else already has this handle. Try another one.
number-decimal-separator = .

form-error-date = Enter a real date as year-month-day, for example 2027-03-15.
