//! Cooperation: long-term partnerships between organisations and twinnings inside them.
//!
//! `partnerships.rs` is the section's landing page, the register of partnerships, proposing one
//! (also from partner search), the agreement and each organisation's answer; `plans.rs` the
//! joint action plan and its progress over time; `twinnings.rs` twinnings, their four lots,
//! activities with evidence, and the coaching log. The best-practice repository is its own
//! feature (`features/practices`).

mod partnerships;
mod plans;
mod twinnings;

use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(partnerships::routes())
        .merge(plans::routes())
        .merge(twinnings::routes())
}
