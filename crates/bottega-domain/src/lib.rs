//! The vocabulary of vocational education and training as Bottega speaks it, and the pure rules
//! that do not need a database: which values a field may take, what a valid email or password
//! is, and when a login must wait. Nothing here does I/O, so it is tested fast and exhaustively.

pub mod codes;
pub mod password;
pub mod slug;
pub mod throttle;
pub mod validate;

pub use codes::*;

/// Milliseconds since the Unix epoch, in UTC. Every timestamp Bottega stores has this form, so
/// both database engines sort and compare them the same way.
pub type Millis = i64;

pub const SECOND: Millis = 1_000;
pub const MINUTE: Millis = 60 * SECOND;
pub const HOUR: Millis = 60 * MINUTE;
pub const DAY: Millis = 24 * HOUR;
