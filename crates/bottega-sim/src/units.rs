//! Money and bounded levels.
//!
//! Money is always integer cents (`i64`) so that the statements add up to the
//! cent and never drift. Soft quantities that live in the state (skill,
//! morale, reputation, satisfaction) are stored as integer parts per million
//! ([`Level`]) so a game stored as JSON reloads bit-for-bit identical; `f64`
//! is only used transiently inside a round.

use serde::{Deserialize, Serialize};

/// An amount of money in cents.
pub type Cents = i64;

/// Largest amount the engine ever produces from a float; far above any
/// bounded decision, and far below `i64::MAX` so sums cannot overflow.
const MAX_CENTS_FROM_FLOAT: f64 = 1.0e15;

/// Convert a float amount of cents to integer cents, rounding half away from
/// zero. NaN becomes zero and infinities are clamped, so no float accident
/// can ever reach the books.
pub fn cents_from_f64(value: f64) -> Cents {
    if value.is_nan() {
        return 0;
    }
    value
        .clamp(-MAX_CENTS_FROM_FLOAT, MAX_CENTS_FROM_FLOAT)
        .round() as Cents
}

/// Multiply an amount by a rate (e.g. an interest or tax rate).
pub fn apply_rate(amount: Cents, rate: f64) -> Cents {
    cents_from_f64(amount as f64 * rate)
}

/// Convert a non-negative float count of units to an integer, rounding down.
pub fn units_from_f64(value: f64) -> i64 {
    if value.is_nan() || value <= 0.0 {
        return 0;
    }
    value.min(MAX_CENTS_FROM_FLOAT).floor() as i64
}

/// Divide without ever producing NaN or infinity: a zero or non-finite
/// denominator yields `fallback`.
pub fn safe_ratio(numerator: f64, denominator: f64, fallback: f64) -> f64 {
    if denominator == 0.0 || !denominator.is_finite() || !numerator.is_finite() {
        return fallback;
    }
    let r = numerator / denominator;
    if r.is_finite() {
        r
    } else {
        fallback
    }
}

/// A level between 0 and 1 stored as parts per million.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Level(u32);

const PPM: f64 = 1_000_000.0;

impl Level {
    /// The lowest level.
    pub const ZERO: Level = Level(0);
    /// The highest level.
    pub const ONE: Level = Level(1_000_000);

    /// A level from a float, clamped into `[0, 1]` (NaN becomes 0).
    pub fn new(value: f64) -> Self {
        if value.is_nan() {
            return Self::ZERO;
        }
        Self((value.clamp(0.0, 1.0) * PPM).round() as u32)
    }

    /// The level as a float in `[0, 1]`.
    pub fn get(self) -> f64 {
        f64::from(self.0) / PPM
    }

    /// Shift the level by `delta`, staying within `[0, 1]`.
    pub fn shifted(self, delta: f64) -> Self {
        Self::new(self.get() + delta)
    }

    /// Move a fraction `weight` of the way towards `target` (exponential
    /// smoothing: yesterday's level carries over, today's pulls it along).
    pub fn towards(self, target: f64, weight: f64) -> Self {
        let w = weight.clamp(0.0, 1.0);
        Self::new(self.get() * (1.0 - w) + target * w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_conversion_is_guarded() {
        assert_eq!(cents_from_f64(f64::NAN), 0);
        assert_eq!(cents_from_f64(f64::INFINITY), 1_000_000_000_000_000);
        assert_eq!(cents_from_f64(2.5), 3);
        assert_eq!(cents_from_f64(-2.5), -3);
        assert_eq!(units_from_f64(-3.0), 0);
        assert_eq!(units_from_f64(3.9), 3);
        assert_eq!(apply_rate(10_000, 0.25), 2_500);
    }

    #[test]
    fn safe_ratio_never_returns_nan() {
        assert_eq!(safe_ratio(1.0, 0.0, 0.5), 0.5);
        assert_eq!(safe_ratio(f64::NAN, 1.0, 0.0), 0.0);
        assert_eq!(safe_ratio(1.0, 4.0, 0.0), 0.25);
    }

    #[test]
    fn levels_clamp_and_smooth() {
        assert_eq!(Level::new(2.0), Level::ONE);
        assert_eq!(Level::new(-1.0), Level::ZERO);
        assert_eq!(Level::new(f64::NAN), Level::ZERO);
        let l = Level::new(0.5).towards(1.0, 0.5);
        assert!((l.get() - 0.75).abs() < 1e-9);
        assert!((Level::new(0.2).shifted(0.1).get() - 0.3).abs() < 1e-9);
    }
}
