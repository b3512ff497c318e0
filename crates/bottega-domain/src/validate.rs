//! Checks on what people type. Each failure is a [`FieldError`] with a stable code; the web
//! layer turns it into a sentence in the reader's language and shows it next to the field.

/// Why a value was refused. The code is stable (tests and API clients match on it) and is the
/// suffix of the Fluent message `form-error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    Required,
    TooShort { min: usize },
    TooLong { max: usize },
    EmailInvalid,
    EmailTaken,
    PasswordCommon,
    PasswordLikeEmail,
    PasswordMismatch,
    PasswordWrong,
    InvalidChoice,
    UrlInvalid,
    ControlCharacters,
    HandleInvalid,
    HandleTaken,
}

impl FieldError {
    pub fn code(&self) -> &'static str {
        match self {
            FieldError::Required => "required",
            FieldError::TooShort { .. } => "too-short",
            FieldError::TooLong { .. } => "too-long",
            FieldError::EmailInvalid => "email-invalid",
            FieldError::EmailTaken => "email-taken",
            FieldError::PasswordCommon => "password-common",
            FieldError::PasswordLikeEmail => "password-like-email",
            FieldError::PasswordMismatch => "password-mismatch",
            FieldError::PasswordWrong => "password-wrong",
            FieldError::InvalidChoice => "invalid-choice",
            FieldError::UrlInvalid => "url-invalid",
            FieldError::ControlCharacters => "control-characters",
            FieldError::HandleInvalid => "handle-invalid",
            FieldError::HandleTaken => "handle-taken",
        }
    }

    /// The number a message needs (`{ $limit }`), if any.
    pub fn limit(&self) -> Option<usize> {
        match self {
            FieldError::TooShort { min } => Some(*min),
            FieldError::TooLong { max } => Some(*max),
            _ => None,
        }
    }
}

/// Trims a single-line text field and checks its length in characters (not bytes, so
/// "Ž" and "ë" count once). Control characters are refused because they hide text.
pub fn line(value: &str, required: bool, max: usize) -> Result<String, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return if required {
            Err(FieldError::Required)
        } else {
            Ok(String::new())
        };
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(FieldError::ControlCharacters);
    }
    if v.chars().count() > max {
        return Err(FieldError::TooLong { max });
    }
    Ok(v.to_string())
}

/// Like [`line`] for multi-line text: newlines and tabs are allowed, other control characters
/// are not, and Windows line ends are normalised.
pub fn text(value: &str, required: bool, max: usize) -> Result<String, FieldError> {
    let v = value.replace("\r\n", "\n");
    let v = v.trim();
    if v.is_empty() {
        return if required {
            Err(FieldError::Required)
        } else {
            Ok(String::new())
        };
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(FieldError::ControlCharacters);
    }
    if v.chars().count() > max {
        return Err(FieldError::TooLong { max });
    }
    Ok(v.to_string())
}

pub const EMAIL_MAX: usize = 254;

/// Normalises an email address (trimmed, lower case) and checks its shape. Deliverability is
/// proved by the verification link, not guessed here.
pub fn email(value: &str) -> Result<String, FieldError> {
    let v = value.trim().to_lowercase();
    if v.is_empty() {
        return Err(FieldError::Required);
    }
    if v.chars().count() > EMAIL_MAX {
        return Err(FieldError::TooLong { max: EMAIL_MAX });
    }
    let Some((local, domain)) = v.rsplit_once('@') else {
        return Err(FieldError::EmailInvalid);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.contains('@')
        && !local.starts_with('.')
        && !local.ends_with('.');
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    let no_space = !v.chars().any(|c| c.is_whitespace() || c.is_control());
    if local_ok && domain_ok && no_space {
        Ok(v)
    } else {
        Err(FieldError::EmailInvalid)
    }
}

/// An optional web address: only http and https, so a link can never run script.
pub fn website(value: &str) -> Result<String, FieldError> {
    let v = line(value, false, 300)?;
    if v.is_empty() {
        return Ok(v);
    }
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if host.split('/').next().is_some_and(|h| h.contains('.')) => Ok(v),
        _ => Err(FieldError::UrlInvalid),
    }
}

/// A handle chosen by a person: 3 to 30 lower-case letters, digits, `-`, `_` or `.`, starting
/// with a letter or digit. Lower-cased here, so `@Ana` and `@ana` are the same person.
pub fn handle(value: &str) -> Result<String, FieldError> {
    let v = value.trim().trim_start_matches('@').to_lowercase();
    if v.is_empty() {
        return Err(FieldError::Required);
    }
    if v.chars().count() < 3 {
        return Err(FieldError::TooShort { min: 3 });
    }
    if v.chars().count() > 30 {
        return Err(FieldError::TooLong { max: 30 });
    }
    let ok = v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && v.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !v.ends_with('.');
    if ok {
        Ok(v)
    } else {
        Err(FieldError::HandleInvalid)
    }
}

/// Parses one code from a closed set (a select box); anything else is a tampered form.
pub fn choice<T>(value: &str, parse: fn(&str) -> Option<T>) -> Result<T, FieldError> {
    if value.trim().is_empty() {
        return Err(FieldError::Required);
    }
    parse(value.trim()).ok_or(FieldError::InvalidChoice)
}

/// Parses several codes from a closed set (checkboxes), dropping duplicates, keeping order.
pub fn choices<T: PartialEq>(
    values: &[String],
    parse: fn(&str) -> Option<T>,
    max: usize,
) -> Result<Vec<T>, FieldError> {
    let mut out = Vec::new();
    for v in values {
        let item = parse(v.trim()).ok_or(FieldError::InvalidChoice)?;
        if !out.contains(&item) {
            out.push(item);
        }
    }
    if out.len() > max {
        return Err(FieldError::TooLong { max });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails() {
        assert_eq!(
            email("  Ana@Example.ORG ").as_deref(),
            Ok("ana@example.org")
        );
        assert_eq!(email(""), Err(FieldError::Required));
        for bad in [
            "ana",
            "ana@",
            "@x.org",
            "ana@x",
            "ana b@x.org",
            "ana@x..org",
            "ana@.x.org",
            "a@b@c.org",
        ] {
            assert_eq!(email(bad), Err(FieldError::EmailInvalid), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(email(&long), Err(FieldError::TooLong { max: EMAIL_MAX }));
    }

    #[test]
    fn lines_count_characters_not_bytes() {
        assert_eq!(line("Žužemberk", true, 9).as_deref(), Ok("Žužemberk"));
        assert_eq!(
            line("Žužemberk!", true, 9),
            Err(FieldError::TooLong { max: 9 })
        );
        assert_eq!(line("   ", true, 9), Err(FieldError::Required));
        assert_eq!(line("a\u{0}b", true, 9), Err(FieldError::ControlCharacters));
        assert_eq!(text("one\r\ntwo", true, 20).as_deref(), Ok("one\ntwo"));
    }

    #[test]
    fn handles() {
        assert_eq!(handle("@Giulia-Rossi").as_deref(), Ok("giulia-rossi"));
        assert_eq!(handle("ab"), Err(FieldError::TooShort { min: 3 }));
        assert_eq!(handle("ana kovač"), Err(FieldError::HandleInvalid));
        assert_eq!(handle("-ana"), Err(FieldError::HandleInvalid));
        assert_eq!(handle("ana."), Err(FieldError::HandleInvalid));
        assert_eq!(
            handle(&"a".repeat(31)),
            Err(FieldError::TooLong { max: 30 })
        );
    }

    #[test]
    fn websites_are_http_only() {
        assert!(website("https://example.org/x").is_ok());
        assert!(website("").is_ok());
        assert_eq!(website("javascript:alert(1)"), Err(FieldError::UrlInvalid));
        assert_eq!(website("ftp://x.org"), Err(FieldError::UrlInvalid));
    }

    proptest! {
        #[test]
        fn line_never_exceeds_its_limit(s in "\\PC*", max in 1usize..50) {
            if let Ok(v) = line(&s, false, max) {
                prop_assert!(v.chars().count() <= max);
                prop_assert!(!v.chars().any(|c| c.is_control()));
            }
        }

        #[test]
        fn accepted_emails_are_normalised(s in "\\PC{0,80}") {
            if let Ok(v) = email(&s) {
                prop_assert_eq!(v.clone(), v.to_lowercase());
                prop_assert_eq!(v.matches('@').count(), 1);
            }
        }
    }
}
