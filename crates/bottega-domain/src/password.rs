//! The password policy: long passphrases welcome, short or well-known passwords refused.
//! Length is what makes a password strong, so there are no composition rules.

use crate::validate::FieldError;

pub const MIN_CHARS: usize = 8;
/// Generous for passphrases, bounded so hashing cost stays predictable.
pub const MAX_CHARS: usize = 1024;

const COMMON: &str = include_str!("../data/common-passwords.txt");

fn is_common(candidate: &str) -> bool {
    let lower = candidate.to_lowercase();
    COMMON
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|l| l.trim() == lower)
}

/// Checks a new password. `email` is the account's address: a password that is the address,
/// or its part before the @, is refused.
pub fn check_new(password: &str, email: &str) -> Result<(), FieldError> {
    let n = password.chars().count();
    if n == 0 {
        return Err(FieldError::Required);
    }
    if n < MIN_CHARS {
        return Err(FieldError::TooShort { min: MIN_CHARS });
    }
    if n > MAX_CHARS {
        return Err(FieldError::TooLong { max: MAX_CHARS });
    }
    if is_common(password) {
        return Err(FieldError::PasswordCommon);
    }
    let lower = password.to_lowercase();
    let email = email.to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if !email.is_empty() && (lower == email || (!local.is_empty() && lower == local)) {
        return Err(FieldError::PasswordLikeEmail);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert_eq!(check_new("", "a@b.org"), Err(FieldError::Required));
        assert_eq!(
            check_new("short", "a@b.org"),
            Err(FieldError::TooShort { min: 8 })
        );
        assert_eq!(
            check_new("Password123", "a@b.org"),
            Err(FieldError::PasswordCommon)
        );
        assert_eq!(
            check_new("12345678", "a@b.org"),
            Err(FieldError::PasswordCommon)
        );
        assert_eq!(
            check_new("ana.kovac", "ana.kovac@school.hr"),
            Err(FieldError::PasswordLikeEmail)
        );
        assert!(check_new("correct horse battery staple", "a@b.org").is_ok());
        assert!(check_new(&"long passphrase ".repeat(60), "a@b.org").is_ok());
        assert_eq!(
            check_new(&"x".repeat(MAX_CHARS + 1), "a@b.org"),
            Err(FieldError::TooLong { max: MAX_CHARS })
        );
        // Length is counted in characters: eight accented letters are enough.
        assert!(check_new("žžžžćććč", "a@b.org").is_ok());
    }
}
