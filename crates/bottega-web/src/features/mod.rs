//! One folder per feature: its routes, handlers and templates.

pub mod accounts;
pub mod admin;
pub mod collaboration;
pub mod communication;
pub mod cooperation;
pub mod directory;
pub mod home;
pub mod notifications;
pub mod ops;
pub mod practices;
pub mod profiles;
pub mod search;
pub mod sharing;
pub mod simulation;
pub mod workshops;
