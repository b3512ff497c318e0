//! Work that keeps a CPU busy (hashing a password, running a search, drawing a picture) runs on
//! the blocking thread pool, and at most one piece of each kind per CPU at a time.
//!
//! More at once cannot finish sooner on this machine, but each one in flight holds a thread and
//! its memory: 64 searches at once grew the blocking pool to over 200 threads and the process
//! to 400 MB in the benchmark. Callers beyond the limit wait here, holding neither.

use std::sync::OnceLock;

use tokio::sync::Semaphore;

/// Hashing and checking passwords (19 MiB and tens of milliseconds each).
pub static PASSWORDS: CpuBound = CpuBound::new();
/// Full-text searches.
pub static SEARCHES: CpuBound = CpuBound::new();
/// Inspecting uploaded files (archives are decompressed) and drawing pictures again.
pub static FILES: CpuBound = CpuBound::new();

pub struct CpuBound {
    permits: OnceLock<Semaphore>,
}

/// How many CPUs this process may use.
pub fn cpus() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

impl CpuBound {
    pub const fn new() -> CpuBound {
        CpuBound {
            permits: OnceLock::new(),
        }
    }

    /// Runs `f` on the blocking pool once one of this kind's permits is free.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> anyhow::Result<T> {
        let permits = self.permits.get_or_init(|| Semaphore::new(cpus()));
        let _permit = permits.acquire().await?;
        Ok(tokio::task::spawn_blocking(f).await?)
    }
}

impl Default for CpuBound {
    fn default() -> Self {
        CpuBound::new()
    }
}

#[cfg(test)]
mod tests {
    use super::{cpus, CpuBound};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn never_more_at_once_than_cpus() {
        static KIND: CpuBound = CpuBound::new();
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..(cpus() * 4) {
            let (running, most) = (running.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                KIND.run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let most = most.load(Ordering::SeqCst);
        assert!(most >= 1 && most <= cpus(), "{most} at once");
    }
}
