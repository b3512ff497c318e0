//! Figures every visitor of a page asks for and nobody needs to the second (how many members
//! the platform has, say), computed at most once per interval and shared by all requests.
//!
//! A stale figure is harmless where this is used; a page that must show what was just written
//! (a thread after a reply) never reads through it.

use std::future::Future;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

pub struct Fresh<T> {
    max_age: Duration,
    kept: Mutex<Option<(Instant, T)>>,
}

impl<T: Clone> Fresh<T> {
    pub fn new(max_age: Duration) -> Fresh<T> {
        Fresh {
            max_age,
            kept: Mutex::new(None),
        }
    }

    /// The kept value while it is younger than `max_age`, else a new one from `load`. Requests
    /// arriving while it loads wait for that one load instead of all asking the database; a
    /// failed load keeps nothing, so the next request tries again.
    pub async fn get<E, F, Fut>(&self, load: F) -> Result<T, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut kept = self.kept.lock().await;
        if let Some((at, value)) = kept.as_ref() {
            if at.elapsed() < self.max_age {
                return Ok(value.clone());
            }
        }
        let value = load().await?;
        *kept = Some((Instant::now(), value.clone()));
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Fresh;
    use std::time::Duration;

    #[tokio::test]
    async fn loads_once_per_interval_and_again_after_a_failure() {
        let fresh = Fresh::new(Duration::from_millis(200));
        let mut loads = 0;
        for _ in 0..3 {
            let v: Result<i32, ()> = fresh
                .get(|| {
                    loads += 1;
                    async { Ok(7) }
                })
                .await;
            assert_eq!(v, Ok(7));
        }
        assert_eq!(loads, 1);
        tokio::time::sleep(Duration::from_millis(250)).await;
        let failed: Result<i32, &str> = fresh.get(|| async { Err("down") }).await;
        assert_eq!(failed, Err("down"));
        let again: Result<i32, ()> = fresh.get(|| async { Ok(8) }).await;
        assert_eq!(again, Ok(8));
        let kept: Result<i32, ()> = fresh.get(|| async { Ok(9) }).await;
        assert_eq!(kept, Ok(8));
    }
}
