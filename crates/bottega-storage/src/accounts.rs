//! People's accounts and profiles, and the single-use links sent to them by email.

use bottega_domain::{
    AccountStatus, Country, Language, Millis, RoleType, Sector, SiteRole, Visibility,
};
use sqlx::FromRow;

use crate::{now, token_hash, Conn, Db, StorageError, StorageResult};

/// A user row as stored. Codes are kept as text here and parsed by the accessors, so one
/// unexpected value in the database cannot make a whole page fail.
#[derive(Debug, Clone, FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub email_verified_at: Option<i64>,
    pub password_hash: String,
    pub display_name: String,
    pub country: Option<String>,
    pub bio: String,
    pub bio_lang: Option<String>,
    pub avatar_key: Option<String>,
    pub site_role: String,
    pub status: String,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub is_minor: bool,
    pub visibility: String,
    pub locale: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub password_changed_at: i64,
    /// What others type after `@` to mention this person.
    pub handle: String,
    /// `each`, `digest` or `off`: how notifications reach this person by email.
    pub notify_email: String,
}

const USER_COLUMNS: &str = "id, email, email_verified_at, password_hash, display_name, country, \
    bio, bio_lang, avatar_key, site_role, status, is_minor, visibility, locale, created_at, \
    updated_at, password_changed_at, handle, notify_email";

impl User {
    pub fn site_role(&self) -> SiteRole {
        SiteRole::parse(&self.site_role).unwrap_or(SiteRole::Member)
    }
    pub fn status(&self) -> AccountStatus {
        AccountStatus::parse(&self.status).unwrap_or(AccountStatus::Suspended)
    }
    pub fn visibility(&self) -> Visibility {
        Visibility::parse(&self.visibility).unwrap_or(Visibility::Private)
    }
    pub fn country(&self) -> Option<Country> {
        self.country.as_deref().and_then(Country::parse)
    }
    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }
}

/// What a profile lists besides the user row.
#[derive(Debug, Clone, Default)]
pub struct ProfileLists {
    pub languages: Vec<Language>,
    pub roles: Vec<RoleType>,
    pub sectors: Vec<Sector>,
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub display_name: &'a str,
    pub country: Option<Country>,
    pub is_minor: bool,
    pub locale: Option<&'a str>,
    pub site_role: SiteRole,
    pub verified: bool,
}

/// A free handle made from a person's name: the name's slug, with a number added when taken.
async fn free_handle(conn: &mut Conn, name: &str) -> StorageResult<String> {
    let base = bottega_domain::slug::handle_base(name);
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE handle = $1")
        .bind(&base)
        .fetch_one(&mut *conn)
        .await?;
    if taken == 0 {
        return Ok(base);
    }
    use rand::Rng;
    for _ in 0..20 {
        let candidate = format!("{base}-{}", rand::thread_rng().gen_range(2..10_000));
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE handle = $1")
            .bind(&candidate)
            .fetch_one(&mut *conn)
            .await?;
        if taken == 0 {
            return Ok(candidate);
        }
    }
    Ok(format!("{base}-{}", crate::new_token()[..8].to_lowercase()))
}

/// Creates an account. A minor's profile starts private; anyone else's starts visible to members.
pub async fn create_user(conn: &mut Conn, new: &NewUser<'_>) -> StorageResult<i64> {
    let at = now();
    let handle = free_handle(conn, new.display_name).await?;
    let visibility = if new.is_minor {
        Visibility::Private
    } else {
        Visibility::Members
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, email_verified_at, password_hash, display_name, name_key, country, \
         site_role, status, is_minor, visibility, locale, created_at, updated_at, password_changed_at, handle) \
         VALUES ($1, $2, $3, $4, $11, $5, $6, 'active', $7, $8, $9, $10, $10, $10, $12) RETURNING id",
    )
    .bind(new.email)
    .bind(new.verified.then_some(at))
    .bind(new.password_hash)
    .bind(new.display_name)
    .bind(new.country.map(Country::code))
    .bind(new.site_role.code())
    .bind(new.is_minor)
    .bind(visibility.code())
    .bind(new.locale)
    .bind(at)
    .bind(new.display_name.to_lowercase())
    .bind(&handle)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| match StorageError::from(e) {
        StorageError::Conflict(_) => StorageError::Conflict("email".into()),
        other => other,
    })?;
    Ok(id)
}

/// Changes a person's handle; `Conflict("handle")` when someone else has it.
pub async fn set_handle(conn: &mut Conn, user_id: i64, handle: &str) -> StorageResult<()> {
    let taken: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE handle = $1 AND id <> $2")
            .bind(handle)
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await?;
    if taken > 0 {
        return Err(StorageError::Conflict("handle".into()));
    }
    sqlx::query("UPDATE users SET handle = $1, updated_at = $2 WHERE id = $3")
        .bind(handle)
        .bind(now())
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .map_err(|e| match StorageError::from(e) {
            StorageError::Conflict(_) => StorageError::Conflict("handle".into()),
            other => other,
        })?;
    Ok(())
}

pub async fn set_notify_email(conn: &mut Conn, user_id: i64, mode: &str) -> StorageResult<()> {
    sqlx::query("UPDATE users SET notify_email = $1 WHERE id = $2")
        .bind(mode)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A person as a mention names them.
#[derive(Debug, Clone, FromRow)]
pub struct Handle {
    pub id: i64,
    pub handle: String,
    pub display_name: String,
}

/// The active accounts with these handles (lower case), in one query.
pub async fn by_handles(db: &Db, handles: &[String]) -> StorageResult<Vec<Handle>> {
    if handles.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, handle, display_name FROM users WHERE status = 'active' AND handle IN ({})",
        crate::placeholders(1, handles.len())
    );
    let mut q = sqlx::query_as::<_, Handle>(&sql);
    for h in handles {
        q = q.bind(h);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

pub async fn by_id(db: &Db, id: i64) -> StorageResult<User> {
    Ok(
        sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_one(db.reader())
            .await?,
    )
}

pub async fn by_email(db: &Db, email: &str) -> StorageResult<Option<User>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(db.reader())
    .await?)
}

pub async fn email_exists(db: &Db, email: &str) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(db.reader())
        .await?;
    Ok(n > 0)
}

pub async fn profile_lists(db: &Db, user_id: i64) -> StorageResult<ProfileLists> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT 'l', lang FROM user_languages WHERE user_id = $1 \
         UNION ALL SELECT 'r', role FROM user_roles WHERE user_id = $1 \
         UNION ALL SELECT 's', sector FROM user_sectors WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?;
    let mut lists = ProfileLists::default();
    for (kind, code) in rows {
        match kind.as_str() {
            "l" => lists.languages.extend(Language::parse(&code)),
            "r" => lists.roles.extend(RoleType::parse(&code)),
            _ => lists.sectors.extend(Sector::parse(&code)),
        }
    }
    lists.languages.sort();
    lists.roles.sort();
    lists.sectors.sort();
    Ok(lists)
}

pub struct ProfileUpdate<'a> {
    pub display_name: &'a str,
    pub country: Option<Country>,
    pub bio: &'a str,
    pub bio_lang: Option<Language>,
    pub visibility: Visibility,
    pub is_minor: bool,
    pub lists: &'a ProfileLists,
}

pub async fn update_profile(
    conn: &mut Conn,
    user_id: i64,
    p: &ProfileUpdate<'_>,
) -> StorageResult<()> {
    sqlx::query(
        "UPDATE users SET display_name = $1, name_key = $9, country = $2, bio = $3, bio_lang = $4, \
         visibility = $5, is_minor = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(p.display_name)
    .bind(p.country.map(Country::code))
    .bind(p.bio)
    .bind(p.bio_lang.map(Language::code))
    .bind(p.visibility.code())
    .bind(p.is_minor)
    .bind(now())
    .bind(user_id)
    .bind(p.display_name.to_lowercase())
    .execute(&mut *conn)
    .await?;
    replace_codes(
        conn,
        "user_languages",
        "user_id",
        "lang",
        user_id,
        p.lists.languages.iter().map(|l| l.code()),
    )
    .await?;
    replace_codes(
        conn,
        "user_roles",
        "user_id",
        "role",
        user_id,
        p.lists.roles.iter().map(|r| r.code()),
    )
    .await?;
    replace_codes(
        conn,
        "user_sectors",
        "user_id",
        "sector",
        user_id,
        p.lists.sectors.iter().map(|s| s.code()),
    )
    .await?;
    Ok(())
}

/// Replaces the codes of one owner in a `(owner, code)` link table. Table and column names come
/// from this crate only, never from input.
pub(crate) async fn replace_codes(
    conn: &mut Conn,
    table: &'static str,
    owner_col: &'static str,
    column: &'static str,
    owner: i64,
    codes: impl Iterator<Item = &'static str>,
) -> StorageResult<()> {
    sqlx::query(&format!("DELETE FROM {table} WHERE {owner_col} = $1"))
        .bind(owner)
        .execute(&mut *conn)
        .await?;
    for code in codes {
        sqlx::query(&format!(
            "INSERT INTO {table} ({owner_col}, {column}) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        ))
        .bind(owner)
        .bind(code)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn set_avatar(conn: &mut Conn, user_id: i64, key: Option<&str>) -> StorageResult<()> {
    sqlx::query("UPDATE users SET avatar_key = $1, updated_at = $2 WHERE id = $3")
        .bind(key)
        .bind(now())
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_locale(conn: &mut Conn, user_id: i64, locale: &str) -> StorageResult<()> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Changes the password and ends every session of the account: whoever knew the old password
/// is signed out everywhere.
pub async fn set_password(conn: &mut Conn, user_id: i64, hash: &str) -> StorageResult<()> {
    let at = now();
    sqlx::query("UPDATE users SET password_hash = $1, password_changed_at = $2, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(at)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_email(conn: &mut Conn, user_id: i64, email: &str) -> StorageResult<()> {
    let at = now();
    sqlx::query(
        "UPDATE users SET email = $1, email_verified_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(email)
    .bind(at)
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .map_err(|e| match StorageError::from(e) {
        StorageError::Conflict(_) => StorageError::Conflict("email".into()),
        other => other,
    })?;
    Ok(())
}

pub async fn mark_verified(conn: &mut Conn, user_id: i64) -> StorageResult<()> {
    sqlx::query(
        "UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
    )
    .bind(now())
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_status(conn: &mut Conn, user_id: i64, status: AccountStatus) -> StorageResult<()> {
    sqlx::query("UPDATE users SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status.code())
        .bind(now())
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    if status == AccountStatus::Suspended {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn set_site_role(conn: &mut Conn, user_id: i64, role: SiteRole) -> StorageResult<()> {
    sqlx::query("UPDATE users SET site_role = $1, updated_at = $2 WHERE id = $3")
        .bind(role.code())
        .bind(now())
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Active site administrators. Inside a transaction that may remove one, their rows stay
/// locked until it ends, so two administrators removing each other at the same moment are
/// decided one after the other and one of them is always left.
pub async fn count_admins(conn: &mut Conn) -> StorageResult<i64> {
    if crate::locks_rows(conn) {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM users WHERE site_role = 'admin' AND status = 'active' \
             ORDER BY id FOR UPDATE",
        )
        .fetch_all(&mut *conn)
        .await?;
        return Ok(ids.len() as i64);
    }
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE site_role = 'admin' AND status = 'active'",
    )
    .fetch_one(&mut *conn)
    .await?)
}

/// Purposes of emailed links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify-email",
            TokenPurpose::ResetPassword => "reset-password",
            TokenPurpose::ChangeEmail => "change-email",
        }
    }
}

/// Stores a single-use link for `user_id`. Issuing a new link of the same purpose cancels the
/// older ones, so only the latest email works.
pub async fn issue_token(
    conn: &mut Conn,
    token: &str,
    user_id: i64,
    purpose: TokenPurpose,
    new_email: Option<&str>,
    ttl: Millis,
) -> StorageResult<()> {
    let at = now();
    sqlx::query("UPDATE account_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
        .bind(at)
        .bind(user_id)
        .bind(purpose.code())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, new_email, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash(token))
    .bind(user_id)
    .bind(purpose.code())
    .bind(new_email)
    .bind(at)
    .bind(at + ttl)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Why a link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    Unknown,
    Expired,
    Used,
}

#[derive(Debug, Clone)]
pub struct RedeemedToken {
    pub user_id: i64,
    pub new_email: Option<String>,
}

/// Uses a link once. The update only succeeds for an unused, unexpired token of this purpose, so
/// two clicks at the same moment cannot both succeed.
pub async fn redeem_token(
    conn: &mut Conn,
    token: &str,
    purpose: TokenPurpose,
) -> StorageResult<Result<RedeemedToken, TokenProblem>> {
    let at = now();
    let hash = token_hash(token);
    let row: Option<(i64, Option<String>)> = sqlx::query_as(
        "UPDATE account_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id, new_email",
    )
    .bind(at)
    .bind(&hash)
    .bind(purpose.code())
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((user_id, new_email)) = row {
        return Ok(Ok(RedeemedToken { user_id, new_email }));
    }
    let state: Option<(Option<i64>, i64)> = sqlx::query_as(
        "SELECT used_at, expires_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(&hash)
    .bind(purpose.code())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(Err(match state {
        None => TokenProblem::Unknown,
        Some((Some(_), _)) => TokenProblem::Used,
        Some((None, _)) => TokenProblem::Expired,
    }))
}

/// Checks a link without using it (to show the reset form before the new password is chosen).
pub async fn peek_token(
    db: &Db,
    token: &str,
    purpose: TokenPurpose,
) -> StorageResult<Result<i64, TokenProblem>> {
    let state: Option<(i64, Option<i64>, i64)> = sqlx::query_as(
        "SELECT user_id, used_at, expires_at FROM account_tokens WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(token_hash(token))
    .bind(purpose.code())
    .fetch_optional(db.reader())
    .await?;
    Ok(match state {
        None => Err(TokenProblem::Unknown),
        Some((_, Some(_), _)) => Err(TokenProblem::Used),
        Some((_, None, exp)) if exp <= now() => Err(TokenProblem::Expired),
        Some((uid, None, _)) => Ok(uid),
    })
}

/// One row of the admin's list of people.
#[derive(Debug, Clone, FromRow)]
pub struct UserSummary {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub site_role: String,
    pub status: String,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub is_minor: bool,
    pub email_verified_at: Option<i64>,
    pub created_at: i64,
}

/// Lists accounts for administrators, newest first, optionally filtered by a piece of the name
/// or address.
pub async fn list_for_admin(
    db: &Db,
    query: &str,
    limit: i64,
    offset: i64,
) -> StorageResult<(Vec<UserSummary>, i64)> {
    let pattern = format!("%{}%", escape_like(&query.to_lowercase()));
    let filter = "($1 = '%%' OR name_key LIKE $1 ESCAPE '\\' OR email LIKE $1 ESCAPE '\\')";
    let rows = sqlx::query_as(&format!(
        "SELECT id, email, display_name, site_role, status, is_minor, email_verified_at, created_at \
         FROM users WHERE {filter} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(&pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users WHERE {filter}"))
        .bind(&pattern)
        .fetch_one(db.reader())
        .await?;
    Ok((rows, total))
}

/// Escapes `%`, `_` and the escape character itself for a LIKE pattern.
pub fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
