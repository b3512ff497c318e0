//! The Collaboration section: short-term working groups on a theme.
//!
//! `groups` holds the groups, their members and linked resources; `tasks` the task board and
//! its comments; `pages` the shared pages with every revision; `meetings` the meetings with
//! agenda, minutes and attendance. The group's discussion is a community of visibility `group`
//! in [`crate::communication`], seen by the group's members only.
//!
//! Every change to a group's workspace starts with [`groups::require_active`] in its
//! transaction, which locks the group's row, so nothing is written to an archived group, even
//! by a change that raced with the archiving.

pub mod groups;
pub mod meetings;
pub mod pages;
pub mod tasks;
