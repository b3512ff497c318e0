//! When a sign-in attempt must wait. Failures are counted three ways: for one account from one
//! address (the usual guessing attack), for one address across accounts (spraying), and for one
//! account from anywhere (a distributed attack). Every wait is bounded and failures age out of
//! the window, so an attacker can slow an account down but never lock its owner out for good;
//! attempts refused while waiting are not counted, and a password reset clears the account.

use crate::{Millis, MINUTE, SECOND};

/// Failed attempts seen inside the window, for one of the three keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: u32,
    pub oldest_at: Millis,
    pub last_at: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Try again at this moment.
    WaitUntil(Millis),
}

pub const WINDOW: Millis = 15 * MINUTE;
pub const MAX_WAIT: Millis = 15 * MINUTE;
const PAIR_FREE: u32 = 5;
const PAIR_BASE_WAIT: Millis = 30 * SECOND;
const IP_FREE: u32 = 30;
const ACCOUNT_FREE: u32 = 50;
const ACCOUNT_WAIT: Millis = 5 * MINUTE;

/// Decides whether a sign-in may be tried now.
pub fn login(now: Millis, pair: Failures, ip: Failures, account: Failures) -> Verdict {
    let mut until: Millis = 0;
    if pair.count >= PAIR_FREE {
        // Doubles with each further failure: 30 s, 1 min, 2 min, ... capped.
        let steps = (pair.count - PAIR_FREE).min(10);
        let wait = (PAIR_BASE_WAIT << steps).min(MAX_WAIT);
        until = until.max(pair.last_at + wait);
    }
    if ip.count >= IP_FREE {
        until = until.max(ip.oldest_at + WINDOW);
    }
    if account.count >= ACCOUNT_FREE {
        until = until.max(account.last_at + ACCOUNT_WAIT);
    }
    let until = until.min(now + MAX_WAIT);
    if until > now {
        Verdict::WaitUntil(until)
    } else {
        Verdict::Allowed
    }
}

/// A simple fixed-window allowance for other sensitive actions (registration, reset emails):
/// at most `limit` events per `window`.
pub fn allowance(now: Millis, seen: Failures, limit: u32, window: Millis) -> Verdict {
    if seen.count >= limit {
        let until = (seen.oldest_at + window).min(now + window);
        if until > now {
            return Verdict::WaitUntil(until);
        }
    }
    Verdict::Allowed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(count: u32, oldest_at: Millis, last_at: Millis) -> Failures {
        Failures {
            count,
            oldest_at,
            last_at,
        }
    }

    #[test]
    fn a_few_mistakes_are_free() {
        let now = 1_000_000;
        assert_eq!(
            login(now, f(4, now - 1000, now - 10), f(4, 0, 0), f(4, 0, 0)),
            Verdict::Allowed
        );
    }

    #[test]
    fn guessing_one_account_backs_off_exponentially() {
        let now = 10_000_000;
        assert_eq!(
            login(
                now,
                f(5, now - 5000, now),
                Failures::default(),
                Failures::default()
            ),
            Verdict::WaitUntil(now + 30 * SECOND)
        );
        assert_eq!(
            login(
                now,
                f(7, now - 5000, now),
                Failures::default(),
                Failures::default()
            ),
            Verdict::WaitUntil(now + 2 * MINUTE)
        );
        assert_eq!(
            login(
                now,
                f(40, now - 5000, now),
                Failures::default(),
                Failures::default()
            ),
            Verdict::WaitUntil(now + MAX_WAIT)
        );
    }

    #[test]
    fn spraying_from_one_address_waits_for_the_window() {
        let now = 10_000_000;
        assert_eq!(
            login(
                now,
                Failures::default(),
                f(30, now - MINUTE, now),
                Failures::default()
            ),
            Verdict::WaitUntil(now - MINUTE + WINDOW)
        );
    }

    proptest! {
        #[test]
        fn no_wait_is_ever_longer_than_the_cap(
            now in 0i64..1_000_000_000_000,
            counts in proptest::array::uniform3(0u32..10_000),
            ages in proptest::array::uniform3(0i64..WINDOW),
        ) {
            let fl = |i: usize| f(counts[i], now - ages[i], now - ages[i] / 2);
            match login(now, fl(0), fl(1), fl(2)) {
                Verdict::Allowed => {}
                Verdict::WaitUntil(t) => prop_assert!(t > now && t <= now + MAX_WAIT),
            }
        }

        #[test]
        fn old_failures_never_block(now in WINDOW * 4..1_000_000_000_000i64, count in 0u32..10_000) {
            // Failures from before the window are not counted by storage; with none counted,
            // every sign-in is allowed.
            let old = f(0, now - 2 * WINDOW, now - 2 * WINDOW);
            prop_assert_eq!(login(now, old, old, old), Verdict::Allowed);
            prop_assert_eq!(allowance(now, f(count.min(2), now, now), 3, WINDOW), Verdict::Allowed);
        }
    }
}
