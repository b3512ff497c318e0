//! Password hashing with argon2id (OWASP's recommended parameters). Hashing is deliberately
//! slow, so it runs on the blocking thread pool and never stalls other requests.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};

/// At most one hash per CPU at a time. Each takes 19 MiB and a CPU for tens of milliseconds:
/// more at once cannot finish sooner, but a burst of sign-ins would otherwise hold a copy per
/// request (64 at once took 3 GB in the benchmark, kept by the allocator afterwards). Waiting
/// callers queue here without holding memory or a blocking thread.
fn permits() -> &'static tokio::sync::Semaphore {
    static PERMITS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    PERMITS.get_or_init(|| {
        let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cpus)
    })
}

/// Runs one hash computation on the blocking pool once a permit is free.
async fn limited<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    let _permit = permits().acquire().await?;
    Ok(tokio::task::spawn_blocking(f).await?)
}

fn argon2() -> Argon2<'static> {
    // 19 MiB, 2 passes, 1 lane.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    limited(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub async fn verify(password: String, stored: String) -> anyhow::Result<bool> {
    limited(move || {
        PasswordHash::new(&stored)
            .map(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
            .unwrap_or(false)
    })
    .await
}

/// A stand-in hash verified when an address is unknown, so that "no such account" takes as long
/// as "wrong password" and timing does not reveal who is registered.
pub async fn burn_time(password: String) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY
        .get_or_init(|| {
            let salt = SaltString::generate(&mut OsRng);
            argon2()
                .hash_password(b"not a real password", &salt)
                .map(|h| h.to_string())
                .unwrap_or_default()
        })
        .clone();
    let _ = verify(password, stored).await;
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hash_and_verify() {
        let h = super::hash("correct horse battery staple".into())
            .await
            .unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(
            super::verify("correct horse battery staple".into(), h.clone())
                .await
                .unwrap()
        );
        assert!(!super::verify("wrong".into(), h).await.unwrap());
        assert!(!super::verify("x".into(), "not a hash".into())
            .await
            .unwrap());
    }
}
