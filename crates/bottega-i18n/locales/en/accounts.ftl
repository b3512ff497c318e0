## Registration, sign-in, password reset and account settings

register-title = Join Bottega
register-lead = Create an account to join organisations, take part in discussions and share resources.
label-display-name = Name shown to others
label-email = Email address
label-password = Password
label-password-confirm = Repeat the password
label-new-password = New password
label-current-password = Current password
label-new-email = New email address
label-country = Country
label-is-minor = I am under 18
is-minor-hint = Profiles of people under 18 are private and never appear in public lists.
password-hint = At least 8 characters. A few unrelated words make a strong and memorable password.
register-button = Create my account
register-have-account = Already have an account?
login-title = Sign in
login-button = Sign in
login-forgot = Forgot your password?
login-no-account = New to Bottega?
login-wrong = The email address or the password is not correct.
login-suspended = This account is suspended. Please contact the administrators of this Bottega.
login-throttled = { $minutes ->
    [one] Too many failed attempts. For your safety, please wait a minute before trying again, or reset your password.
   *[other] Too many failed attempts. For your safety, please wait { $minutes } minutes before trying again, or reset your password.
}
forgot-title = Reset your password
forgot-lead = Enter the email address of your account. We will send you a link to choose a new password.
forgot-button = Send the link
forgot-sent = If an account exists for this address, we have sent it a link. The link works once, for one hour.
reset-title = Choose a new password
reset-button = Save the new password
link-problem-title = This link does not work
link-expired = The link has expired. Ask for a new one.
link-used = The link has already been used. Each link works only once.
link-unknown = We do not know this link. Check that you copied all of it, or ask for a new one.
link-problem-reset = Reset your password
account-title = Your account
account-edit-profile = Edit your profile
account-email-heading = Email address
account-current-email = Your address is { $email }.
account-verified = confirmed
account-unverified = not confirmed
account-email-button = Change the address
account-password-heading = Password
account-password-lead = When you change your password, you are signed out on every other device.
account-password-button = Change the password

## Emails

email-signature = Bottega, the community of vocational education and training
email-verify-subject = Confirm your email address for Bottega
email-verify-body =
    Hello { $name },

    welcome to Bottega. Please confirm your email address by opening this link:

    { $link }

    The link works for three days. If you did not create an account, you can ignore this email.
email-reset-subject = Reset your Bottega password
email-reset-body =
    Hello { $name },

    someone asked to reset the password of your Bottega account. To choose a new password, open this link:

    { $link }

    The link works once, for one hour. If it was not you, ignore this email: your password stays the same.
email-change-subject = Confirm your new email address for Bottega
email-change-body =
    Hello { $name },

    please confirm that this is your new email address for Bottega by opening this link:

    { $link }

    Until you do, your account keeps its previous address.
email-invitation-subject = You are invited to join { $name } on Bottega
email-invitation-body =
    Hello,

    you are invited to join { $name } on Bottega, the community of vocational education and training. To accept, open this link and sign in or create an account with this email address:

    { $link }

    The invitation is valid for two weeks.
email-join-decided-subject = Your request to join { $org }
email-join-decided-body = Your request to join { $org } on Bottega has been { $outcome }.
join-outcome-accepted = accepted
join-outcome-declined = declined
