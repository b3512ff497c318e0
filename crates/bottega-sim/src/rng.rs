//! The seeded random source of the simulation.
//!
//! The generator lives *inside* the serialized game state so that a stored
//! game continues exactly where it stopped and any game can be replayed from
//! its seed and its decisions. SplitMix64 is used because it is tiny, fast,
//! has a single `u64` of state (exact in JSON) and is statistically good
//! enough for drawing incidents and staff turnover.

use serde::{Deserialize, Serialize};

/// Deterministic pseudo-random number generator (SplitMix64).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimRng {
    state: u64,
}

const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

impl SimRng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// An independent stream for one team, so that adding a team to a class
    /// never changes the random draws of the other teams.
    pub fn for_team(game_seed: u64, team_index: u32) -> Self {
        let mut mixer = Self::new(game_seed ^ u64::from(team_index).wrapping_mul(GOLDEN_GAMMA));
        // Run the mixer once so neighbouring team indices start far apart.
        Self::new(mixer.next_u64())
    }

    /// Next 64 uniformly distributed bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN_GAMMA);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform value in `[0, 1)` with 53 bits of precision.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// `true` with the given probability (values outside `[0, 1]` are clamped).
    pub fn chance(&mut self, probability: f64) -> bool {
        let p = if probability.is_finite() {
            probability.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.next_unit() < p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_gives_same_sequence() {
        let mut a = SimRng::new(42);
        let mut b = SimRng::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
    }

    #[test]
    fn team_streams_differ() {
        let mut a = SimRng::for_team(7, 0);
        let mut b = SimRng::for_team(7, 1);
        assert_ne!(a.next_u64(), b.next_u64());
    }

    #[test]
    fn unit_values_stay_in_range_and_chance_is_calibrated() {
        let mut rng = SimRng::new(1);
        let mut hits = 0;
        for _ in 0..10_000 {
            let x = rng.next_unit();
            assert!((0.0..1.0).contains(&x));
            if rng.chance(0.25) {
                hits += 1;
            }
        }
        assert!((2_200..2_800).contains(&hits), "hits = {hits}");
        assert!(!rng.chance(f64::NAN));
        assert!(!rng.chance(0.0));
        assert!(rng.chance(1.0));
    }
}
