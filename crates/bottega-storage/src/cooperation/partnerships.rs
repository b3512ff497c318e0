//! Partnerships between organisations and their agreement.
//!
//! A partnership is proposed by a member of one organisation to one or more others. Each
//! organisation is a row of `partnership_parties`; an admin of that organisation accepts or
//! declines on its behalf. When every party has accepted the current terms the partnership
//! becomes `active`; one refusal makes it `declined`. Changing the terms while proposed bumps
//! `terms_version` and sets every party back to `pending`.

use bottega_domain::Theme;
use sqlx::FromRow;

use super::is_org_admin;
use crate::{now, Conn, Db, StorageError, StorageResult};

pub const PROPOSED: &str = "proposed";
pub const ACTIVE: &str = "active";
pub const ENDED: &str = "ended";
pub const DECLINED: &str = "declined";

/// States of a party's answer.
pub const PENDING: &str = "pending";
pub const ACCEPTED: &str = "accepted";
pub const REFUSED: &str = "declined";

#[derive(Debug, Clone, FromRow)]
pub struct Partnership {
    pub id: i64,
    pub title: String,
    pub purpose_md: String,
    pub purpose_html: String,
    pub commitments_md: String,
    pub commitments_html: String,
    pub lang: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    pub proposed_by: Option<i64>,
    pub proposed_by_org: Option<i64>,
    pub terms_version: i64,
    pub party_count: i64,
    pub activated_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Partnership {
    pub fn is_active(&self) -> bool {
        self.status == ACTIVE
    }
    pub fn is_proposed(&self) -> bool {
        self.status == PROPOSED
    }
}

const PARTNERSHIP: &str = "SELECT id, title, purpose_md, purpose_html, commitments_md, \
    commitments_html, lang, starts_on, ends_on, status, proposed_by, proposed_by_org, \
    terms_version, party_count, activated_at, ended_at, created_at, updated_at FROM partnerships";

/// One organisation of a partnership and its answer.
#[derive(Debug, Clone, FromRow)]
pub struct Party {
    pub org_id: i64,
    pub org_name: String,
    pub org_slug: String,
    pub org_country: String,
    pub state: String,
    pub signatory_name: String,
    pub signatory_role: String,
    pub accepted_terms: Option<i64>,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub decided_at: Option<i64>,
}

/// The terms of an agreement, as written by the proposer.
pub struct Terms<'a> {
    pub title: &'a str,
    pub purpose_md: &'a str,
    pub purpose_html: &'a str,
    pub commitments_md: &'a str,
    pub commitments_html: &'a str,
    pub lang: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub themes: &'a [Theme],
}

async fn write_themes(conn: &mut Conn, id: i64, themes: &[Theme]) -> StorageResult<()> {
    sqlx::query("DELETE FROM partnership_themes WHERE partnership_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let mut codes: Vec<&str> = themes.iter().map(|t| t.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        sqlx::query("INSERT INTO partnership_themes (partnership_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(code)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Proposes a partnership from `proposer` on behalf of `from_org` to the organisations in `to`
/// (`from_org` is a party too; duplicates are ignored). When the proposer is an admin of
/// `from_org`, proposing is that organisation's acceptance.
pub async fn propose(
    conn: &mut Conn,
    terms: &Terms<'_>,
    proposer: i64,
    from_org: i64,
    to: &[i64],
) -> StorageResult<i64> {
    let at = now();
    let mut orgs: Vec<i64> = std::iter::once(from_org)
        .chain(to.iter().copied())
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    if orgs.len() < 2 {
        return Err(StorageError::Conflict(
            "a partnership needs two organisations".into(),
        ));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO partnerships (title, purpose_md, purpose_html, commitments_md, \
         commitments_html, lang, starts_on, ends_on, status, proposed_by, proposed_by_org, \
         terms_version, party_count, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $13) RETURNING id",
    )
    .bind(terms.title)
    .bind(terms.purpose_md)
    .bind(terms.purpose_html)
    .bind(terms.commitments_md)
    .bind(terms.commitments_html)
    .bind(terms.lang)
    .bind(terms.starts_on)
    .bind(terms.ends_on)
    .bind(PROPOSED)
    .bind(proposer)
    .bind(from_org)
    .bind(orgs.len() as i64)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    write_themes(conn, id, terms.themes).await?;
    for org in &orgs {
        sqlx::query(
            "INSERT INTO partnership_parties (partnership_id, org_id, state) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(*org)
        .bind(PENDING)
        .execute(&mut *conn)
        .await?;
    }
    if is_org_admin(conn, from_org, proposer).await? {
        decide(conn, id, from_org, proposer, true, "", "").await?;
    }
    Ok(id)
}

pub async fn get(db: &Db, id: i64) -> StorageResult<Option<Partnership>> {
    Ok(sqlx::query_as(&format!("{PARTNERSHIP} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.reader())
        .await?)
}

/// The partnership inside a change, its row locked on PostgreSQL until the change commits
/// (SQLite runs one writing transaction at a time), so answers and edits never interleave.
pub async fn get_for_change(conn: &mut Conn, id: i64) -> StorageResult<Partnership> {
    let lock = if crate::locks_rows(conn) {
        " FOR UPDATE"
    } else {
        ""
    };
    sqlx::query_as(&format!("{PARTNERSHIP} WHERE id = $1{lock}"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StorageError::NotFound)
}

pub async fn themes(db: &Db, id: i64) -> StorageResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT theme FROM partnership_themes WHERE partnership_id = $1 ORDER BY theme",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// The organisations of a partnership with their answers, proposer's organisation first.
pub async fn parties(db: &Db, id: i64) -> StorageResult<Vec<Party>> {
    Ok(sqlx::query_as(
        "SELECT pp.org_id, o.name AS org_name, o.slug AS org_slug, o.country AS org_country, \
         pp.state, pp.signatory_name, pp.signatory_role, pp.accepted_terms, pp.decided_by, \
         u.display_name AS decided_by_name, pp.decided_at \
         FROM partnership_parties pp JOIN partnerships p ON p.id = pp.partnership_id \
         JOIN organisations o ON o.id = pp.org_id \
         LEFT JOIN users u ON u.id = pp.decided_by \
         WHERE pp.partnership_id = $1 \
         ORDER BY CASE WHEN pp.org_id = p.proposed_by_org THEN 0 ELSE 1 END, o.name_key",
    )
    .bind(id)
    .fetch_all(db.reader())
    .await?)
}

/// The organisations of the partnership `user_id` belongs to, with their role there.
pub async fn my_parties(db: &Db, id: i64, user_id: i64) -> StorageResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT m.org_id, m.role FROM partnership_parties pp \
         JOIN memberships m ON m.org_id = pp.org_id AND m.user_id = $2 \
         WHERE pp.partnership_id = $1 ORDER BY m.org_id",
    )
    .bind(id)
    .bind(user_id)
    .fetch_all(db.reader())
    .await?)
}

/// What an answer to a proposal led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// Recorded; other organisations still have to answer.
    Waiting,
    /// Every organisation has accepted: the partnership is now active.
    Activated,
    /// The organisation declined: the partnership will not start.
    Declined,
}

/// Records `org_id`'s answer, given by `user_id`. Checked here, inside the change: the
/// partnership is still proposed, the organisation is a party and `user_id` is one of its
/// admins (else [`StorageError::Forbidden`]).
pub async fn decide(
    conn: &mut Conn,
    id: i64,
    org_id: i64,
    user_id: i64,
    accept: bool,
    signatory_name: &str,
    signatory_role: &str,
) -> StorageResult<Answered> {
    let p = get_for_change(conn, id).await?;
    if !p.is_proposed() {
        return Err(StorageError::Conflict("partnership not proposed".into()));
    }
    if !is_org_admin(conn, org_id, user_id).await? {
        return Err(StorageError::Forbidden);
    }
    let at = now();
    let done = sqlx::query(
        "UPDATE partnership_parties SET state = $1, signatory_name = $2, signatory_role = $3, \
         accepted_terms = $4, decided_by = $5, decided_at = $6 \
         WHERE partnership_id = $7 AND org_id = $8",
    )
    .bind(if accept { ACCEPTED } else { REFUSED })
    .bind(signatory_name)
    .bind(signatory_role)
    .bind(accept.then_some(p.terms_version))
    .bind(user_id)
    .bind(at)
    .bind(id)
    .bind(org_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StorageError::Forbidden);
    }
    if !accept {
        sqlx::query("UPDATE partnerships SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(DECLINED)
            .bind(at)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        return Ok(Answered::Declined);
    }
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = $1 \
         AND (state <> $2 OR accepted_terms IS NULL OR accepted_terms <> $3)",
    )
    .bind(id)
    .bind(ACCEPTED)
    .bind(p.terms_version)
    .fetch_one(&mut *conn)
    .await?;
    if waiting > 0 {
        return Ok(Answered::Waiting);
    }
    sqlx::query(
        "UPDATE partnerships SET status = $1, activated_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(ACTIVE)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(Answered::Activated)
}

// ---- Changing the terms, withdrawing, ending ------------------------------------------------

/// Rewrites the terms of a proposed partnership, made by `user_id`. The new terms get a new
/// `terms_version` and every acceptance is set back to pending, since nobody may be bound by
/// terms they did not read; the proposing organisation's acceptance is given again at once
/// when `user_id` is one of its admins (writing the terms is reading them). Checked here: the
/// partnership is still proposed (else [`StorageError::Conflict`]) and `user_id` proposed it or
/// administers the proposing organisation (else [`StorageError::Forbidden`]).
pub async fn revise_terms(
    conn: &mut Conn,
    id: i64,
    terms: &Terms<'_>,
    user_id: i64,
) -> StorageResult<i64> {
    let p = get_for_change(conn, id).await?;
    if !p.is_proposed() {
        return Err(StorageError::Conflict("partnership not proposed".into()));
    }
    let org_admin = match p.proposed_by_org {
        Some(org) => is_org_admin(conn, org, user_id).await?,
        None => false,
    };
    if p.proposed_by != Some(user_id) && !org_admin {
        return Err(StorageError::Forbidden);
    }
    let at = now();
    let version = p.terms_version + 1;
    sqlx::query(
        "UPDATE partnerships SET title = $1, purpose_md = $2, purpose_html = $3, \
         commitments_md = $4, commitments_html = $5, lang = $6, starts_on = $7, ends_on = $8, \
         terms_version = $9, updated_at = $10 WHERE id = $11",
    )
    .bind(terms.title)
    .bind(terms.purpose_md)
    .bind(terms.purpose_html)
    .bind(terms.commitments_md)
    .bind(terms.commitments_html)
    .bind(terms.lang)
    .bind(terms.starts_on)
    .bind(terms.ends_on)
    .bind(version)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    write_themes(conn, id, terms.themes).await?;
    // The signatory stays written down: the organisation is asked again, not forgotten.
    sqlx::query(
        "UPDATE partnership_parties SET state = $1, accepted_terms = NULL, decided_by = NULL, \
         decided_at = NULL WHERE partnership_id = $2",
    )
    .bind(PENDING)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    if let (true, Some(org)) = (org_admin, p.proposed_by_org) {
        sqlx::query(
            "UPDATE partnership_parties SET state = $1, accepted_terms = $2, decided_by = $3, \
             decided_at = $4 WHERE partnership_id = $5 AND org_id = $6",
        )
        .bind(ACCEPTED)
        .bind(version)
        .bind(user_id)
        .bind(at)
        .bind(id)
        .bind(org)
        .execute(&mut *conn)
        .await?;
    }
    Ok(version)
}

/// Writes who signs for `org_id` without changing its answer (the proposer's organisation,
/// whose acceptance [`propose`] records before anyone named a signatory).
pub async fn set_signatory(
    conn: &mut Conn,
    id: i64,
    org_id: i64,
    name: &str,
    role: &str,
) -> StorageResult<()> {
    sqlx::query(
        "UPDATE partnership_parties SET signatory_name = $1, signatory_role = $2 \
         WHERE partnership_id = $3 AND org_id = $4",
    )
    .bind(name)
    .bind(role)
    .bind(id)
    .bind(org_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The proposer (or an admin of the proposing organisation) takes a proposal back: it ends as
/// `declined`, with every answer kept as it was.
pub async fn withdraw(conn: &mut Conn, id: i64, user_id: i64) -> StorageResult<()> {
    let p = get_for_change(conn, id).await?;
    if !p.is_proposed() {
        return Err(StorageError::Conflict("partnership not proposed".into()));
    }
    let org_admin = match p.proposed_by_org {
        Some(org) => is_org_admin(conn, org, user_id).await?,
        None => false,
    };
    if p.proposed_by != Some(user_id) && !org_admin {
        return Err(StorageError::Forbidden);
    }
    sqlx::query("UPDATE partnerships SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(DECLINED)
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// An admin of any party organisation ends an active partnership. Checked here: it is active
/// (else [`StorageError::Conflict`]) and `user_id` administers a party (else
/// [`StorageError::Forbidden`]).
pub async fn end(conn: &mut Conn, id: i64, user_id: i64) -> StorageResult<()> {
    let p = get_for_change(conn, id).await?;
    if !p.is_active() {
        return Err(StorageError::Conflict("partnership not active".into()));
    }
    if !administers_party(conn, id, user_id).await? {
        return Err(StorageError::Forbidden);
    }
    let at = now();
    sqlx::query(
        "UPDATE partnerships SET status = $1, ended_at = $2, updated_at = $2 WHERE id = $3",
    )
    .bind(ENDED)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Whether `user_id` is an admin of one of the partnership's organisations, read inside a change.
pub async fn administers_party(conn: &mut Conn, id: i64, user_id: i64) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM partnership_parties pp \
         JOIN memberships m ON m.org_id = pp.org_id AND m.user_id = $2 AND m.role = 'admin' \
         WHERE pp.partnership_id = $1",
    )
    .bind(id)
    .bind(user_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

/// Whether `user_id` belongs (in any role) to one of the partnership's organisations, read
/// inside a change: members of the parties write the joint action plan.
pub async fn member_of_party(conn: &mut Conn, id: i64, user_id: i64) -> StorageResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM partnership_parties pp \
         JOIN memberships m ON m.org_id = pp.org_id AND m.user_id = $2 \
         WHERE pp.partnership_id = $1",
    )
    .bind(id)
    .bind(user_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

// ---- The register ---------------------------------------------------------------------------

/// Who reads the register: anonymous readers and outsiders see active and ended partnerships;
/// members of a party organisation also see its proposed and declined ones; site staff see all.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reader {
    pub user_id: Option<i64>,
    pub staff: bool,
}

impl Reader {
    /// Whether this reader may see partnership `p`, given the organisations of it they
    /// belong to (from [`my_parties`]).
    pub fn sees(&self, p: &Partnership, member_of_party: bool) -> bool {
        p.status == ACTIVE || p.status == ENDED || self.staff || member_of_party
    }
}

/// The register's filters; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct RegisterFilter {
    pub theme: Option<Theme>,
    pub status: Option<&'static str>,
    pub country: Option<bottega_domain::Country>,
}

/// The visibility rule of [`Reader`] as SQL over `partnerships p`, with the user's id at `$1`
/// and the staff flag (1 or 0) at `$2`.
const VISIBLE: &str = "(p.status IN ('active', 'ended') OR $2 = 1 OR EXISTS (\
    SELECT 1 FROM partnership_parties vp JOIN memberships vm ON vm.org_id = vp.org_id \
    WHERE vp.partnership_id = p.id AND vm.user_id = $1))";

/// The filters as SQL, with theme at `$3`, status at `$4`, country at `$5` ('' for any).
const FILTERED: &str = "($3 = '' OR EXISTS (SELECT 1 FROM partnership_themes ft \
    WHERE ft.partnership_id = p.id AND ft.theme = $3)) \
    AND ($4 = '' OR p.status = $4) \
    AND ($5 = '' OR EXISTS (SELECT 1 FROM partnership_parties fp \
    JOIN organisations fo ON fo.id = fp.org_id WHERE fp.partnership_id = p.id AND fo.country = $5))";

fn filter_binds(f: &RegisterFilter) -> (&'static str, &'static str, &'static str) {
    (
        f.theme.map(Theme::code).unwrap_or(""),
        f.status.unwrap_or(""),
        f.country.map(bottega_domain::Country::code).unwrap_or(""),
    )
}

/// One page of the register, newest first, and the number of partnerships matching.
pub async fn register(
    db: &Db,
    reader: Reader,
    f: &RegisterFilter,
    limit: i64,
    offset: i64,
) -> StorageResult<(Vec<Partnership>, i64)> {
    let (theme, status, country) = filter_binds(f);
    let uid = reader.user_id.unwrap_or(0);
    let staff = i64::from(reader.staff);
    let rows: Vec<Partnership> = sqlx::query_as(&format!(
        "{PARTNERSHIP} p WHERE {VISIBLE} AND {FILTERED} \
         ORDER BY p.created_at DESC, p.id DESC LIMIT $6 OFFSET $7"
    ))
    .bind(uid)
    .bind(staff)
    .bind(theme)
    .bind(status)
    .bind(country)
    .bind(limit)
    .bind(offset)
    .fetch_all(db.reader())
    .await?;
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM partnerships p WHERE {VISIBLE} AND {FILTERED}"
    ))
    .bind(uid)
    .bind(staff)
    .bind(theme)
    .bind(status)
    .bind(country)
    .fetch_one(db.reader())
    .await?;
    Ok((rows, total))
}

/// An organisation of a partnership in a list: which partnership, which organisation, its answer.
#[derive(Debug, Clone, FromRow)]
pub struct PartyRow {
    pub partnership_id: i64,
    pub org_id: i64,
    pub org_name: String,
    pub org_slug: String,
    pub org_country: String,
    pub state: String,
}

/// The organisations of several partnerships at once (for a page of a list), each list in the
/// order of [`parties`].
pub async fn parties_of(db: &Db, ids: &[i64]) -> StorageResult<Vec<PartyRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT pp.partnership_id, pp.org_id, o.name AS org_name, o.slug AS org_slug, \
         o.country AS org_country, pp.state \
         FROM partnership_parties pp JOIN partnerships p ON p.id = pp.partnership_id \
         JOIN organisations o ON o.id = pp.org_id WHERE pp.partnership_id IN ({}) \
         ORDER BY pp.partnership_id, CASE WHEN pp.org_id = p.proposed_by_org THEN 0 ELSE 1 END, \
         o.name_key",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, PartyRow>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// The themes of several partnerships at once: (partnership, theme code).
pub async fn themes_of(db: &Db, ids: &[i64]) -> StorageResult<Vec<(i64, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT partnership_id, theme FROM partnership_themes WHERE partnership_id IN ({}) \
         ORDER BY partnership_id, theme",
        crate::placeholders(1, ids.len())
    );
    let mut q = sqlx::query_as::<_, (i64, String)>(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// A partnership of one of a person's organisations, for their overview.
#[derive(Debug, Clone, FromRow)]
pub struct MyPartnership {
    pub id: i64,
    pub title: String,
    pub lang: String,
    pub status: String,
    pub starts_on: String,
    pub ends_on: String,
    /// The person's organisation in it.
    pub org_id: i64,
    pub org_name: String,
    /// That organisation's answer, and whether the person administers it.
    pub state: String,
    pub role: String,
}

impl MyPartnership {
    /// A proposal waiting for an answer this person can give.
    pub fn awaits_my_answer(&self) -> bool {
        self.status == PROPOSED && self.state == PENDING && self.role == "admin"
    }
}

/// The partnerships of the organisations `user_id` belongs to: first the proposals waiting for
/// an answer they may give, then the others by status (proposed, active, ended, declined) and
/// newest first. Bounded, as an overview.
pub async fn of_user(db: &Db, user_id: i64, limit: i64) -> StorageResult<Vec<MyPartnership>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title, p.lang, p.status, p.starts_on, p.ends_on, pp.org_id, \
         o.name AS org_name, pp.state, m.role \
         FROM memberships m JOIN partnership_parties pp ON pp.org_id = m.org_id \
         JOIN partnerships p ON p.id = pp.partnership_id JOIN organisations o ON o.id = pp.org_id \
         WHERE m.user_id = $1 \
         ORDER BY CASE WHEN p.status = 'proposed' AND pp.state = 'pending' AND m.role = 'admin' \
         THEN 0 ELSE 1 END, \
         CASE p.status WHEN 'proposed' THEN 0 WHEN 'active' THEN 1 WHEN 'ended' THEN 2 ELSE 3 END, \
         p.created_at DESC, p.id DESC, o.name_key LIMIT $2",
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// The active partnerships of one organisation, for its page in the directory.
pub async fn active_of_org(db: &Db, org_id: i64, limit: i64) -> StorageResult<Vec<Partnership>> {
    Ok(sqlx::query_as(&format!(
        "{PARTNERSHIP} p WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM partnership_parties pp \
         WHERE pp.partnership_id = p.id AND pp.org_id = $1) \
         ORDER BY p.activated_at DESC, p.id DESC LIMIT $2"
    ))
    .bind(org_id)
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

/// How many partnerships are active and ended, for the section's landing page.
pub async fn public_counts(db: &Db) -> StorageResult<(i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM partnerships WHERE status = 'active'), \
         (SELECT COUNT(*) FROM partnerships WHERE status = 'ended')",
    )
    .fetch_one(db.reader())
    .await?)
}

/// The newest active partnerships, for the landing page.
pub async fn recent_active(db: &Db, limit: i64) -> StorageResult<Vec<Partnership>> {
    Ok(sqlx::query_as(&format!(
        "{PARTNERSHIP} p WHERE p.status = 'active' ORDER BY p.created_at DESC, p.id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.reader())
    .await?)
}

// ---- Organisations and the people to tell --------------------------------------------------

/// An organisation as a partnership form names it.
#[derive(Debug, Clone, FromRow)]
pub struct OrgRef {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub country: String,
}

/// The organisations with these directory addresses (slugs); unknown ones are simply absent.
pub async fn orgs_by_slugs(db: &Db, slugs: &[String]) -> StorageResult<Vec<OrgRef>> {
    if slugs.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, slug, name, country FROM organisations WHERE slug IN ({}) ORDER BY name_key",
        crate::placeholders(1, slugs.len())
    );
    let mut q = sqlx::query_as::<_, OrgRef>(&sql);
    for s in slugs {
        q = q.bind(s.as_str());
    }
    Ok(q.fetch_all(db.reader()).await?)
}

/// Someone to write to about a partnership on behalf of an organisation they administer.
#[derive(Debug, Clone, FromRow)]
pub struct OrgAdmin {
    pub user_id: i64,
    pub email: String,
    pub locale: Option<String>,
    pub org_id: i64,
    pub org_name: String,
}

/// The active admins of these organisations, read inside the change that writes to them.
pub async fn admins_of(conn: &mut Conn, org_ids: &[i64]) -> StorageResult<Vec<OrgAdmin>> {
    if org_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT u.id AS user_id, u.email, u.locale, m.org_id, o.name AS org_name \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         JOIN organisations o ON o.id = m.org_id \
         WHERE m.role = 'admin' AND u.status = 'active' AND m.org_id IN ({}) \
         ORDER BY u.id, o.name_key",
        crate::placeholders(1, org_ids.len())
    );
    let mut q = sqlx::query_as::<_, OrgAdmin>(&sql);
    for id in org_ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(&mut *conn).await?)
}

/// The person who proposed partnership `id`, as someone to write to (named with the proposing
/// organisation), while their account is active.
pub async fn proposer_contact(conn: &mut Conn, id: i64) -> StorageResult<Option<OrgAdmin>> {
    Ok(sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.locale, COALESCE(p.proposed_by_org, 0) AS org_id, \
         COALESCE(o.name, '') AS org_name FROM partnerships p JOIN users u ON u.id = p.proposed_by \
         LEFT JOIN organisations o ON o.id = p.proposed_by_org \
         WHERE p.id = $1 AND u.status = 'active'",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The parties' answers as they are inside a change (after an answer or new terms), for
/// deciding whom to tell.
pub async fn party_states(conn: &mut Conn, id: i64) -> StorageResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT org_id, state FROM partnership_parties WHERE partnership_id = $1 ORDER BY org_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?)
}
