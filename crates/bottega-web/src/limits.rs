//! A per-node allowance of writes per client address, against floods of form posts. Sign-in,
//! registration and reset emails have their own, stricter limits kept in the database.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The body limit of a picture upload: the picture's own limit plus room for the rest of the
/// form, so an oversized picture is reached and named by the handler rather than cut off.
pub fn picture_upload(limits: &crate::config::Limits) -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(limits.image_bytes.saturating_add(64 * 1024))
}

pub struct WriteLimiter {
    per_minute: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl WriteLimiter {
    pub fn new(per_minute: u32) -> WriteLimiter {
        WriteLimiter {
            per_minute,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one write; returns the seconds to wait when the allowance is used up.
    pub fn check(&self, ip: IpAddr) -> Result<(), i64> {
        let now = Instant::now();
        let mut map = match self.windows.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        if map.len() > 100_000 {
            map.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(60));
        }
        let entry = map.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        if entry.1 >= self.per_minute {
            let left = 60 - now.duration_since(entry.0).as_secs() as i64;
            return Err(left.max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_per_address() {
        let l = WriteLimiter::new(3);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!(l.check(a).is_ok() && l.check(a).is_ok() && l.check(a).is_ok());
        assert!(l.check(a).is_err());
        assert!(l.check(b).is_ok());
    }
}
