//! One folder per feature: its routes, handlers and templates.

pub mod accounts;
pub mod admin;
pub mod directory;
pub mod home;
pub mod ops;
pub mod profiles;
