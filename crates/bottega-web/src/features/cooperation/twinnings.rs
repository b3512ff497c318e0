//! Twinnings inside a partnership: a coaching institution and a coached one, a capacity-building
//! plan in four lots, activities with participants and evidence, and a coaching log.
//!
//! `plan.rs` is the list of a partnership's twinnings, starting one, its overview (progress per
//! lot and in total, participants, the latest log entries) and editing it; `lots.rs` a lot's
//! page, its state, and activities with their participants and evidence; `log.rs` the coaching
//! log; `forms.rs` checks what people type.
//!
//! Who may do what is decided here, once, for every request:
//! - a twinning is read by whoever may read its partnership ([`readable_partnership`]): an
//!   active or ended partnership by anyone, signed in or not; a proposed or declined one only by
//!   members of its organisations and site staff;
//! - members (any role) of the coaching or the coached organisation change the twinning's
//!   work while the partnership is active; afterwards it is read-only (409); anyone else is
//!   refused (403);
//! - administrators of either organisation start and edit the twinning itself.
//!
//! Every change runs in a transaction from [`begin_change`], which locks the partnership's row
//! and checks again that it is active and that the person still belongs to one of the two
//! organisations, so a change racing with the partnership's end or a removal is refused.

mod forms;
mod log;
mod lots;
mod plan;

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use bottega_domain::{OrgRole, TwinningLot};
use bottega_storage::cooperation::partnerships::{self, Partnership};
use bottega_storage::cooperation::twinnings::{self as store, Twinning};
use bottega_storage::cooperation::{is_org_admin, is_org_member};
use bottega_storage::Tx;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/partnerships/{id}/twinnings", get(plan::list))
        .route(
            "/partnerships/{id}/twinnings/new",
            get(plan::new_form).post(plan::new_submit),
        )
        .route("/twinnings/{id}", get(plan::show))
        .route(
            "/twinnings/{id}/edit",
            get(plan::edit_form).post(plan::edit_submit),
        )
        .route(
            "/twinnings/{id}/lots/{lot}",
            get(lots::page).post(lots::set_status),
        )
        .route(
            "/twinnings/{id}/lots/{lot}/activities/new",
            get(lots::new_form).post(lots::new_submit),
        )
        .route("/twinnings/{id}/activities/{activity}", get(lots::show))
        .route(
            "/twinnings/{id}/activities/{activity}/edit",
            get(lots::edit_form).post(lots::edit_submit),
        )
        .route(
            "/twinnings/{id}/activities/{activity}/delete",
            get(lots::delete_form).post(lots::delete_submit),
        )
        .route(
            "/twinnings/{id}/activities/{activity}/evidence",
            post(lots::link_evidence),
        )
        .route(
            "/twinnings/{id}/activities/{activity}/evidence/{resource}/unlink",
            post(lots::unlink_evidence),
        )
        .route("/twinnings/{id}/log", get(log::page).post(log::add))
        .route(
            "/twinnings/{id}/log/{entry}/edit",
            get(log::edit_form).post(log::edit_submit),
        )
        .route(
            "/twinnings/{id}/log/{entry}/delete",
            get(log::delete_form).post(log::delete_submit),
        )
}

/// An id from the address; anything that is not one is a page that does not exist.
pub fn parse_id(s: &str) -> AppResult<i64> {
    s.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// A lot named in the address; an unknown one is a page that does not exist.
pub fn parse_lot(s: &str) -> AppResult<TwinningLot> {
    TwinningLot::parse(s).ok_or(AppError::NotFound)
}

/// The partnership `id` with the reader's organisations among its parties (and their role
/// there), if the reader may read it (see the module's rules). A proposal is not revealed to
/// others: 404 for people signed in, the sign-in page for anonymous readers.
pub async fn readable_partnership(
    state: &AppState,
    c: &Ctx,
    id: i64,
) -> AppResult<(Partnership, Vec<(i64, String)>)> {
    let p = partnerships::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = match &c.user {
        Some(u) => partnerships::my_parties(&state.db, id, u.user_id).await?,
        None => Vec::new(),
    };
    // The partnership pages' own rule (`partnerships::Reader`), so the two never differ.
    let reader = partnerships::Reader {
        user_id: c.user.as_ref().map(|u| u.user_id),
        staff: c.is_staff(),
    };
    if reader.sees(&p, !mine.is_empty()) {
        return Ok((p, mine));
    }
    Err(if c.user.is_none() {
        AppError::LoginRequired
    } else {
        AppError::NotFound
    })
}

/// A twinning as one reader meets it.
#[derive(Debug, Clone)]
pub struct Twin {
    pub tw: Twinning,
    pub partnership: Partnership,
    /// The reader's organisations among the two sides, with the reader's role there.
    pub sides: Vec<(i64, String)>,
}

impl Twin {
    pub fn id(&self) -> i64 {
        self.tw.id
    }

    pub fn url(&self) -> String {
        format!("/twinnings/{}", self.tw.id)
    }

    /// The reader belongs to the coaching or the coached organisation.
    pub fn is_side_member(&self) -> bool {
        !self.sides.is_empty()
    }

    /// The reader administers the coaching or the coached organisation.
    pub fn is_side_admin(&self) -> bool {
        self.sides
            .iter()
            .any(|(_, role)| role == OrgRole::Admin.code())
    }

    /// Work goes on while the partnership is active; afterwards the twinning is a record.
    pub fn is_open(&self) -> bool {
        self.partnership.is_active()
    }

    /// The reader may change the twinning's work (lots, activities, log).
    pub fn may_write(&self) -> bool {
        self.is_side_member() && self.is_open()
    }

    /// The reader may edit the twinning itself.
    pub fn may_manage(&self) -> bool {
        self.is_side_admin() && self.is_open()
    }

    /// The reader's organisations among the two sides.
    pub fn side_ids(&self) -> Vec<i64> {
        self.sides.iter().map(|(id, _)| *id).collect()
    }

    /// The name of one of the two sides.
    pub fn side_name(&self, org_id: i64) -> &str {
        if org_id == self.tw.coaching_org_id {
            &self.tw.coaching_name
        } else if org_id == self.tw.coached_org_id {
            &self.tw.coached_name
        } else {
            ""
        }
    }
}

/// The twinning with the reader's place in it; 404 when there is no such twinning, and as its
/// partnership when the reader may not read that.
pub async fn load(state: &AppState, c: &Ctx, id: &str) -> AppResult<Twin> {
    let id = parse_id(id)?;
    let tw = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let (partnership, mine) = readable_partnership(state, c, tw.partnership_id).await?;
    let sides = mine
        .into_iter()
        .filter(|(org, _)| tw.is_side(*org))
        .collect();
    Ok(Twin {
        tw,
        partnership,
        sides,
    })
}

/// The twinning for a change to its work by a member of one of its sides, with the person's
/// id: 403 `twinning_sides_only` for anyone else, 409 `twinning_read_only` once the partnership
/// is no longer active.
pub async fn for_change(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Twin)> {
    let user_id = c.require_verified()?.user_id;
    let twin = load(state, c, id).await?;
    if !twin.is_side_member() {
        return Err(sides_only());
    }
    if !twin.is_open() {
        return Err(read_only());
    }
    Ok((user_id, twin))
}

/// The twinning for a change to the twinning itself by an administrator of one of its sides.
pub async fn for_management(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Twin)> {
    let (user_id, twin) = for_change(state, c, id).await?;
    if !twin.is_side_admin() {
        return Err(admins_only());
    }
    Ok((user_id, twin))
}

/// Starts the transaction of a change to a twinning's work: locks the partnership's row and
/// checks again that it is active and that `user_id` still belongs to one of the two sides.
pub async fn begin_change(state: &AppState, tw: &Twinning, user_id: i64) -> AppResult<Tx> {
    let mut tx = state.db.begin().await?;
    let p = partnerships::get_for_change(&mut tx, tw.partnership_id).await?;
    if !p.is_active() {
        return Err(read_only());
    }
    if !is_org_member(&mut tx, tw.coaching_org_id, user_id).await?
        && !is_org_member(&mut tx, tw.coached_org_id, user_id).await?
    {
        return Err(sides_only());
    }
    Ok(tx)
}

/// As [`begin_change`], for an administrator of one of the sides.
pub async fn begin_management(state: &AppState, tw: &Twinning, user_id: i64) -> AppResult<Tx> {
    let mut tx = begin_change(state, tw, user_id).await?;
    if !is_org_admin(&mut tx, tw.coaching_org_id, user_id).await?
        && !is_org_admin(&mut tx, tw.coached_org_id, user_id).await?
    {
        return Err(admins_only());
    }
    Ok(tx)
}

/// Markdown rendered once, when saved, with its headings moved `levels` down so they fall
/// under the page's own (the twinning is the h1 of every page).
pub fn render_markdown(md: &str, levels: u8) -> String {
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, levels)
}

/// 403 `twinning_sides_only`.
pub fn sides_only() -> AppError {
    AppError::Refused {
        code: "twinning_sides_only",
        message: "tw-error-sides-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 403 `twinning_admins_only`.
pub fn admins_only() -> AppError {
    AppError::Refused {
        code: "twinning_admins_only",
        message: "tw-error-admins-only",
        status: StatusCode::FORBIDDEN,
    }
}

/// 409 `twinning_read_only`: the partnership is no longer active.
pub fn read_only() -> AppError {
    AppError::refused("tw-error-read-only", "twinning_read_only")
}
