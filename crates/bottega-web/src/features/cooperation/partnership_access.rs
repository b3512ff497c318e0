//! Who may read and change a partnership, decided once for every page of it (the agreement,
//! the action plan, the progress view).
//!
//! Active and ended partnerships are public: anyone reads the agreement, the plan and the
//! progress. A proposal, and a proposal that was declined or withdrawn, is read only by members
//! of its organisations and site staff; to anyone else it does not exist (404), so a refused
//! proposal is never exposed. Members of any party organisation write the plan while the
//! partnership is proposed or active; admins of an organisation answer for it; the proposer (or
//! an admin of the proposing organisation) rewrites or withdraws a proposal; an admin of any
//! party ends an active partnership. Every change checks its rule again inside its transaction
//! (the storage functions lock the partnership's row first).

use axum::http::StatusCode;
use bottega_storage::cooperation::partnerships::{self as store, Partnership, Reader};
use bottega_storage::{StorageError, Tx};

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// A partnership as one reader meets it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub p: Partnership,
    /// The party organisations the reader belongs to, with their role there.
    pub my_orgs: Vec<(i64, String)>,
    pub user_id: Option<i64>,
}

impl Seen {
    pub fn id(&self) -> i64 {
        self.p.id
    }

    pub fn url(&self) -> String {
        format!("/partnerships/{}", self.p.id)
    }

    pub fn is_party_member(&self) -> bool {
        !self.my_orgs.is_empty()
    }

    pub fn is_admin_of(&self, org_id: i64) -> bool {
        self.my_orgs
            .iter()
            .any(|(id, role)| *id == org_id && role == "admin")
    }

    pub fn is_party_admin(&self) -> bool {
        self.my_orgs.iter().any(|(_, role)| role == "admin")
    }

    /// Proposed or active: its plan may still change.
    pub fn is_open(&self) -> bool {
        self.p.status == store::PROPOSED || self.p.status == store::ACTIVE
    }

    /// The proposer, or an admin of the proposing organisation, while it is proposed.
    pub fn may_revise(&self) -> bool {
        self.p.is_proposed()
            && (self.user_id.is_some() && self.p.proposed_by == self.user_id
                || self.p.proposed_by_org.is_some_and(|o| self.is_admin_of(o)))
    }

    /// Members of the parties change the plan while the partnership is open.
    pub fn may_write_plan(&self) -> bool {
        self.is_party_member() && self.is_open()
    }

    /// An admin of a party ends an active partnership.
    pub fn may_end(&self) -> bool {
        self.p.is_active() && self.is_party_admin()
    }

    /// The message naming the status, e.g. `pt-status-active`.
    pub fn status_message(&self) -> String {
        format!("pt-status-{}", self.p.status)
    }
}

/// An id from the address; anything that is not one is a page that does not exist.
pub fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// The partnership with the reader's place in it, if the reader may see it (404 otherwise).
pub async fn load(state: &AppState, c: &Ctx, id: &str) -> AppResult<Seen> {
    let id = parse_id(id)?;
    let p = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let user_id = c.user.as_ref().map(|u| u.user_id);
    let my_orgs = match user_id {
        Some(uid) => store::my_parties(&state.db, id, uid).await?,
        None => Vec::new(),
    };
    let reader = Reader {
        user_id,
        staff: c.is_staff(),
    };
    if !reader.sees(&p, !my_orgs.is_empty()) {
        return Err(AppError::NotFound);
    }
    Ok(Seen {
        p,
        my_orgs,
        user_id,
    })
}

/// The partnership for a change to its action plan by a verified member of a party, with the
/// member's id: 403 `partnership_members_only` for anyone else, 409 `partnership_closed` once
/// it has ended or was declined.
pub async fn for_plan_change(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Seen)> {
    let user_id = c.require_verified()?.user_id;
    let seen = load(state, c, id).await?;
    if !seen.is_party_member() {
        return Err(members_only());
    }
    if !seen.is_open() {
        return Err(closed());
    }
    Ok((user_id, seen))
}

/// Starts the transaction of a change to the plan of partnership `id`: locks its row and checks
/// again that it is open and that `user_id` still belongs to a party organisation.
pub async fn begin_plan_change(state: &AppState, id: i64, user_id: i64) -> AppResult<Tx> {
    let mut tx = state.db.begin().await?;
    let p = match store::get_for_change(&mut tx, id).await {
        Ok(p) => p,
        Err(StorageError::NotFound) => return Err(AppError::NotFound),
        Err(other) => return Err(other.into()),
    };
    if p.status != store::PROPOSED && p.status != store::ACTIVE {
        return Err(closed());
    }
    if !store::member_of_party(&mut tx, id, user_id).await? {
        return Err(members_only());
    }
    Ok(tx)
}

/// 403 `partnership_not_org_admin`: answering for an organisation one does not administer.
pub fn not_org_admin() -> AppError {
    AppError::Refused {
        code: "partnership_not_org_admin",
        message: "pt-error-not-org-admin",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `partnership_not_proposed`: the proposal was already decided (active, declined, ended).
pub fn not_proposed() -> AppError {
    AppError::refused("pt-error-not-proposed", "partnership_not_proposed")
}

/// 409 `partnership_not_active`.
pub fn not_active() -> AppError {
    AppError::refused("pt-error-not-active", "partnership_not_active")
}

/// 409 `partnership_closed`: ended or declined, its plan is kept as it was.
pub fn closed() -> AppError {
    AppError::refused("pt-error-closed", "partnership_closed")
}

/// 403 `partnership_members_only`.
pub fn members_only() -> AppError {
    AppError::Refused {
        code: "partnership_members_only",
        message: "pt-error-members-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 403 `partnership_proposer_only`: only the proposer (or an admin of the proposing
/// organisation) rewrites or withdraws a proposal.
pub fn proposer_only() -> AppError {
    AppError::Refused {
        code: "partnership_proposer_only",
        message: "pt-error-proposer-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 403 `partnership_admins_only`: only an admin of a party ends a partnership.
pub fn admins_only() -> AppError {
    AppError::Refused {
        code: "partnership_admins_only",
        message: "pt-error-admins-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// Today's date (UTC), as dates are stored.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}
