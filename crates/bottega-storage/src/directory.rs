//! The directory: organisations, their members, join requests and invitations, partner search
//! and the list of people.

use bottega_domain::{Country, Language, Millis, OrgRole, OrgType, Sector};
use sqlx::FromRow;

use crate::accounts::{escape_like, replace_codes};
use crate::{new_token, now, token_hash, Conn, Db, StorageError, StorageResult};

#[derive(Debug, Clone, FromRow)]
pub struct Organisation {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub org_type: String,
    pub country: String,
    pub city: String,
    pub website: String,
    pub description: String,
    pub description_lang: Option<String>,
    pub logo_key: Option<String>,
    pub created_at: i64,
}

const ORG_COLUMNS: &str = "id, slug, name, org_type, country, city, website, description, \
    description_lang, logo_key, created_at";

impl Organisation {
    pub fn org_type(&self) -> Option<OrgType> {
        OrgType::parse(&self.org_type)
    }
    pub fn country(&self) -> Option<Country> {
        Country::parse(&self.country)
    }
}

pub struct OrgFields<'a> {
    pub name: &'a str,
    pub org_type: OrgType,
    pub country: Country,
    pub city: &'a str,
    pub website: &'a str,
    pub description: &'a str,
    pub description_lang: Option<Language>,
    pub sectors: &'a [Sector],
    pub languages: &'a [Language],
}

/// Creates an organisation with its creator as its first administrator. The slug is made from
/// the name; a number is added when it is taken.
pub async fn create(
    conn: &mut Conn,
    f: &OrgFields<'_>,
    creator: i64,
) -> StorageResult<Organisation> {
    let base = bottega_domain::slug::slugify(f.name);
    let at = now();
    let mut n = 1;
    let id: i64 = loop {
        let slug = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&mut *conn)
            .await?;
        if taken == 0 {
            break sqlx::query_scalar(
                "INSERT INTO organisations (slug, name, name_key, org_type, country, city, website, \
                 description, description_lang, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
            )
            .bind(&slug)
            .bind(f.name)
            .bind(f.name.to_lowercase())
            .bind(f.org_type.code())
            .bind(f.country.code())
            .bind(f.city)
            .bind(f.website)
            .bind(f.description)
            .bind(f.description_lang.map(Language::code))
            .bind(creator)
            .bind(at)
            .fetch_one(&mut *conn)
            .await?;
        }
        n += 1;
    };
    replace_lists(conn, id, f).await?;
    add_member(conn, id, creator, OrgRole::Admin).await?;
    sqlx::query_as(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(&mut *conn)
    .await
    .map_err(Into::into)
}

pub async fn update(conn: &mut Conn, id: i64, f: &OrgFields<'_>) -> StorageResult<()> {
    sqlx::query(
        "UPDATE organisations SET name = $1, name_key = $2, org_type = $3, country = $4, city = $5, \
         website = $6, description = $7, description_lang = $8, updated_at = $9 WHERE id = $10",
    )
    .bind(f.name)
    .bind(f.name.to_lowercase())
    .bind(f.org_type.code())
    .bind(f.country.code())
    .bind(f.city)
    .bind(f.website)
    .bind(f.description)
    .bind(f.description_lang.map(Language::code))
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    replace_lists(conn, id, f).await
}

async fn replace_lists(conn: &mut Conn, id: i64, f: &OrgFields<'_>) -> StorageResult<()> {
    replace_codes(
        conn,
        "organisation_sectors",
        "org_id",
        "sector",
        id,
        f.sectors.iter().map(|s| s.code()),
    )
    .await?;
    replace_codes(
        conn,
        "organisation_languages",
        "org_id",
        "lang",
        id,
        f.languages.iter().map(|l| l.code()),
    )
    .await
}

pub async fn set_logo(conn: &mut Conn, id: i64, key: Option<&str>) -> StorageResult<()> {
    sqlx::query("UPDATE organisations SET logo_key = $1, updated_at = $2 WHERE id = $3")
        .bind(key)
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn by_slug(db: &Db, slug: &str) -> StorageResult<Organisation> {
    Ok(sqlx::query_as(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations WHERE slug = $1"
    ))
    .bind(slug)
    .fetch_one(db.reader())
    .await?)
}

/// The sectors and languages of one organisation.
pub async fn org_lists(db: &Db, id: i64) -> StorageResult<(Vec<Sector>, Vec<Language>)> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT 's', sector FROM organisation_sectors WHERE org_id = $1 \
         UNION ALL SELECT 'l', lang FROM organisation_languages WHERE org_id = $1",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?;
    let mut sectors = Vec::new();
    let mut languages = Vec::new();
    for (kind, code) in rows {
        if kind == "s" {
            sectors.extend(Sector::parse(&code));
        } else {
            languages.extend(Language::parse(&code));
        }
    }
    sectors.sort();
    languages.sort();
    Ok((sectors, languages))
}

/// Filters of partner search; empty means "any".
#[derive(Debug, Clone, Default)]
pub struct PartnerFilter {
    pub org_type: Option<OrgType>,
    pub country: Option<Country>,
    pub sector: Option<Sector>,
    pub language: Option<Language>,
    pub text: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct OrgCard {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub org_type: String,
    pub country: String,
    pub city: String,
    pub logo_key: Option<String>,
    pub member_count: i64,
}

/// Partner search: one query for the page, one for the total, one for the sectors of the
/// organisations on the page (never one query per organisation).
pub async fn search(
    db: &Db,
    f: &PartnerFilter,
    limit: i64,
    offset: i64,
) -> StorageResult<(Vec<(OrgCard, Vec<Sector>)>, i64)> {
    let text = if f.text.trim().is_empty() {
        String::new()
    } else {
        format!("%{}%", escape_like(&f.text.trim().to_lowercase()))
    };
    let filter = "($1 = '' OR o.org_type = $1) AND ($2 = '' OR o.country = $2) \
        AND ($3 = '' OR EXISTS (SELECT 1 FROM organisation_sectors s WHERE s.org_id = o.id AND s.sector = $3)) \
        AND ($4 = '' OR EXISTS (SELECT 1 FROM organisation_languages l WHERE l.org_id = o.id AND l.lang = $4)) \
        AND ($5 = '' OR o.name_key LIKE $5 ESCAPE '\\')";
    let binds = (
        f.org_type.map(OrgType::code).unwrap_or(""),
        f.country.map(Country::code).unwrap_or(""),
        f.sector.map(Sector::code).unwrap_or(""),
        f.language.map(Language::code).unwrap_or(""),
    );
    let cards: Vec<OrgCard> = sqlx::query_as(&format!(
        "SELECT o.id, o.slug, o.name, o.org_type, o.country, o.city, o.logo_key, \
         (SELECT COUNT(*) FROM memberships m WHERE m.org_id = o.id) AS member_count \
         FROM organisations o WHERE {filter} ORDER BY o.name_key, o.id LIMIT $6 OFFSET $7"
    ))
    .bind(binds.0)
    .bind(binds.1)
    .bind(binds.2)
    .bind(binds.3)
    .bind(&text)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM organisations o WHERE {filter}"
    ))
    .bind(binds.0)
    .bind(binds.1)
    .bind(binds.2)
    .bind(binds.3)
    .bind(&text)
    .fetch_one(db.reader())
    .await?;
    let sectors = sectors_of(db, cards.iter().map(|c| c.id)).await?;
    let out = cards
        .into_iter()
        .map(|c| {
            let s = sectors
                .iter()
                .filter(|(id, _)| *id == c.id)
                .map(|(_, s)| *s)
                .collect();
            (c, s)
        })
        .collect();
    Ok((out, total))
}

async fn sectors_of(db: &Db, ids: impl Iterator<Item = i64>) -> StorageResult<Vec<(i64, Sector)>> {
    let ids: Vec<i64> = ids.collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT org_id, sector FROM organisation_sectors WHERE org_id IN ({}) ORDER BY org_id, sector",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, (i64, String)>(&sql);
    for id in &ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader())
        .await?
        .into_iter()
        .filter_map(|(id, code)| Sector::parse(&code).map(|s| (id, s)))
        .collect())
}

pub async fn count_all(db: &Db) -> StorageResult<(i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM organisations), \
         (SELECT COUNT(*) FROM users WHERE status = 'active'), \
         (SELECT COUNT(DISTINCT country) FROM organisations)",
    )
    .fetch_one(db.reader())
    .await?)
}

// ---- Members -------------------------------------------------------------------------------

pub async fn add_member(
    conn: &mut Conn,
    org_id: i64,
    user_id: i64,
    role: OrgRole,
) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (org_id, user_id) DO UPDATE SET role = CASE WHEN memberships.role = 'admin' \
         THEN memberships.role ELSE excluded.role END",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(role.code())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A person's role in an organisation, if they belong to it.
pub async fn role_of(db: &Db, org_id: i64, user_id: i64) -> StorageResult<Option<OrgRole>> {
    let role: Option<String> =
        sqlx::query_scalar("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(user_id)
            .fetch_optional(db.reader())
            .await?;
    Ok(role.as_deref().and_then(OrgRole::parse))
}

#[derive(Debug, Clone, FromRow)]
pub struct Member {
    pub user_id: i64,
    pub display_name: String,
    pub role: String,
    pub country: Option<String>,
    pub avatar_key: Option<String>,
    #[sqlx(try_from = "crate::flag::Flag")]
    pub is_minor: bool,
    pub visibility: String,
}

/// Members of an organisation. Minors are left out unless the reader administers it.
pub async fn members(db: &Db, org_id: i64, include_minors: bool) -> StorageResult<Vec<Member>> {
    Ok(sqlx::query_as(
        "SELECT u.id AS user_id, u.display_name, m.role, u.country, u.avatar_key, u.is_minor, u.visibility \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND u.status = 'active' AND ($2 OR u.is_minor = FALSE) \
         ORDER BY m.role, u.name_key",
    )
    .bind(org_id)
    .bind(include_minors)
    .fetch_all(db.reader())
    .await?)
}

pub async fn set_member_role(
    conn: &mut Conn,
    org_id: i64,
    user_id: i64,
    role: OrgRole,
) -> StorageResult<()> {
    let done = sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3")
        .bind(role.code())
        .bind(org_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    Ok(())
}

pub async fn remove_member(conn: &mut Conn, org_id: i64, user_id: i64) -> StorageResult<()> {
    sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Administrators of an organisation, locked like [`crate::accounts::count_admins`] until the
/// transaction ends, so an organisation always keeps one.
pub async fn admin_count(conn: &mut Conn, org_id: i64) -> StorageResult<i64> {
    if crate::locks_rows(conn) {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'admin' \
             ORDER BY user_id FOR UPDATE",
        )
        .bind(org_id)
        .fetch_all(&mut *conn)
        .await?;
        return Ok(ids.len() as i64);
    }
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'admin'")
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?,
    )
}

#[derive(Debug, Clone, FromRow)]
pub struct MyOrg {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub role: String,
}

pub async fn orgs_of_user(db: &Db, user_id: i64) -> StorageResult<Vec<MyOrg>> {
    Ok(sqlx::query_as(
        "SELECT o.id, o.slug, o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.org_id \
         WHERE m.user_id = $1 ORDER BY o.name_key",
    )
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}

// ---- Join requests -------------------------------------------------------------------------

#[derive(Debug, Clone, FromRow)]
pub struct JoinRequest {
    pub id: i64,
    pub org_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub message: String,
    pub status: String,
    pub created_at: i64,
}

/// Files a request to join. Returns `Conflict` when one is already pending.
pub async fn request_to_join(
    conn: &mut Conn,
    org_id: i64,
    user_id: i64,
    message: &str,
) -> StorageResult<i64> {
    sqlx::query_scalar(
        "INSERT INTO join_requests (org_id, user_id, message, status, created_at) \
         VALUES ($1, $2, $3, 'pending', $4) RETURNING id",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(message)
    .bind(now())
    .fetch_one(&mut *conn)
    .await
    .map_err(Into::into)
}

pub async fn pending_request_of(db: &Db, org_id: i64, user_id: i64) -> StorageResult<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM join_requests WHERE org_id = $1 AND user_id = $2 AND status = 'pending'",
    )
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(db.reader())
    .await?)
}

pub async fn pending_requests(db: &Db, org_id: i64) -> StorageResult<Vec<JoinRequest>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.org_id, r.user_id, u.display_name, u.email, r.message, r.status, r.created_at \
         FROM join_requests r JOIN users u ON u.id = r.user_id \
         WHERE r.org_id = $1 AND r.status = 'pending' ORDER BY r.created_at, r.id",
    )
    .bind(org_id)
    .fetch_all(db.reader())
    .await?)
}

/// Accepts or declines a pending request of this organisation. Only a pending request changes,
/// so deciding twice (two admins, two tabs) has no second effect. Returns the requester's id.
pub async fn decide_request(
    conn: &mut Conn,
    org_id: i64,
    request_id: i64,
    accept: bool,
    decided_by: i64,
) -> StorageResult<i64> {
    let user_id: Option<i64> = sqlx::query_scalar(
        "UPDATE join_requests SET status = $1, decided_at = $2, decided_by = $3 \
         WHERE id = $4 AND org_id = $5 AND status = 'pending' RETURNING user_id",
    )
    .bind(if accept { "accepted" } else { "declined" })
    .bind(now())
    .bind(decided_by)
    .bind(request_id)
    .bind(org_id)
    .fetch_optional(&mut *conn)
    .await?;
    let user_id = user_id.ok_or(StorageError::NotFound)?;
    if accept {
        add_member(conn, org_id, user_id, OrgRole::Member).await?;
    }
    Ok(user_id)
}

// ---- Invitations ---------------------------------------------------------------------------

#[derive(Debug, Clone, FromRow)]
pub struct Invitation {
    pub id: i64,
    pub org_id: i64,
    pub email: String,
    pub role: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Creates an invitation and returns the token for the emailed link.
pub async fn invite(
    conn: &mut Conn,
    org_id: i64,
    email: &str,
    role: OrgRole,
    invited_by: i64,
    ttl: Millis,
) -> StorageResult<String> {
    let token = new_token();
    let at = now();
    sqlx::query(
        "INSERT INTO invitations (org_id, email, token_hash, role, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(org_id)
    .bind(email)
    .bind(token_hash(&token))
    .bind(role.code())
    .bind(invited_by)
    .bind(at)
    .bind(at + ttl)
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

pub async fn invitations(db: &Db, org_id: i64) -> StorageResult<Vec<Invitation>> {
    Ok(sqlx::query_as(
        "SELECT id, org_id, email, role, created_at, expires_at, accepted_at, revoked_at \
         FROM invitations WHERE org_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100",
    )
    .bind(org_id)
    .fetch_all(db.reader())
    .await?)
}

pub async fn invitation_by_token(db: &Db, token: &str) -> StorageResult<Option<Invitation>> {
    Ok(sqlx::query_as(
        "SELECT id, org_id, email, role, created_at, expires_at, accepted_at, revoked_at \
         FROM invitations WHERE token_hash = $1",
    )
    .bind(token_hash(token))
    .fetch_optional(db.reader())
    .await?)
}

/// Marks an invitation as used by `user_id` and makes them a member; only once.
pub async fn accept_invitation(
    conn: &mut Conn,
    invitation: &Invitation,
    user_id: i64,
) -> StorageResult<()> {
    let done = sqlx::query(
        "UPDATE invitations SET accepted_at = $1, accepted_by = $2 \
         WHERE id = $3 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now())
    .bind(user_id)
    .bind(invitation.id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::NotFound);
    }
    let role = OrgRole::parse(&invitation.role).unwrap_or(OrgRole::Member);
    add_member(conn, invitation.org_id, user_id, role).await
}

pub async fn revoke_invitation(
    conn: &mut Conn,
    org_id: i64,
    invitation_id: i64,
) -> StorageResult<()> {
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND accepted_at IS NULL")
        .bind(now())
        .bind(invitation_id)
        .bind(org_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- People --------------------------------------------------------------------------------

#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    pub country: Option<Country>,
    pub role: Option<bottega_domain::RoleType>,
    pub sector: Option<Sector>,
    pub language: Option<Language>,
    pub text: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct PersonCard {
    pub id: i64,
    pub display_name: String,
    pub country: Option<String>,
    pub avatar_key: Option<String>,
}

/// Lists people who chose to be seen: public profiles for everyone, members-only profiles for
/// signed-in readers. Minors are never listed.
pub async fn people(
    db: &Db,
    f: &PeopleFilter,
    signed_in: bool,
    limit: i64,
    offset: i64,
) -> StorageResult<(Vec<PersonCard>, i64)> {
    let text = if f.text.trim().is_empty() {
        String::new()
    } else {
        format!("%{}%", escape_like(&f.text.trim().to_lowercase()))
    };
    let filter = "u.is_minor = FALSE AND u.status = 'active' \
        AND (u.visibility = 'public' OR ($1 AND u.visibility = 'members')) \
        AND ($2 = '' OR u.country = $2) \
        AND ($3 = '' OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = $3)) \
        AND ($4 = '' OR EXISTS (SELECT 1 FROM user_sectors s WHERE s.user_id = u.id AND s.sector = $4)) \
        AND ($5 = '' OR EXISTS (SELECT 1 FROM user_languages l WHERE l.user_id = u.id AND l.lang = $5)) \
        AND ($6 = '' OR u.name_key LIKE $6 ESCAPE '\\')";
    let b = (
        f.country.map(Country::code).unwrap_or(""),
        f.role.map(|r| r.code()).unwrap_or(""),
        f.sector.map(Sector::code).unwrap_or(""),
        f.language.map(Language::code).unwrap_or(""),
    );
    let rows = sqlx::query_as(&format!(
        "SELECT u.id, u.display_name, u.country, u.avatar_key FROM users u WHERE {filter} \
         ORDER BY u.name_key, u.id LIMIT $7 OFFSET $8"
    ))
    .bind(signed_in)
    .bind(b.0)
    .bind(b.1)
    .bind(b.2)
    .bind(b.3)
    .bind(&text)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users u WHERE {filter}"))
        .bind(signed_in)
        .bind(b.0)
        .bind(b.1)
        .bind(b.2)
        .bind(b.3)
        .bind(&text)
        .fetch_one(db.reader())
        .await?;
    Ok((rows, total))
}

pub async fn by_id(db: &Db, id: i64) -> StorageResult<Organisation> {
    Ok(sqlx::query_as(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(db.reader())
    .await?)
}
