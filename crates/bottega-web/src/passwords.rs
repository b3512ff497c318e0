//! Password hashing with argon2id (OWASP's recommended parameters). Hashing is deliberately
//! slow, so it runs on the blocking thread pool and never stalls other requests.
//!
//! Each computation needs 19 MiB of working memory. Allocating it per hash made the allocator
//! keep a copy per blocking thread it ever ran on (about 1 GB after a burst of sign-ins in the
//! benchmark), so the working memory is allocated at most once per permit and reused.

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::Mutex;

use crate::cpu::PASSWORDS;

/// Working memory kept between computations: never more buffers than permits.
static BUFFERS: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

fn take_buffer(blocks: usize) -> Vec<Block> {
    let kept = BUFFERS.lock().ok().and_then(|mut b| b.pop());
    match kept {
        Some(buffer) if buffer.len() >= blocks => buffer,
        _ => vec![Block::default(); blocks],
    }
}

fn give_back(buffer: Vec<Block>) {
    if let Ok(mut kept) = BUFFERS.lock() {
        // A stored hash made with bigger parameters gets a buffer of its own, not kept.
        if kept.len() < crate::cpu::cpus() && buffer.len() == params().block_count() {
            kept.push(buffer);
        }
    }
}

fn params() -> Params {
    // 19 MiB, 2 passes, 1 lane.
    Params::new(19 * 1024, 2, 1, None).unwrap_or_default()
}

/// Computes argon2 into `out` with pooled working memory.
fn compute(
    argon2: &Argon2<'_>,
    params: &Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    let mut buffer = take_buffer(params.block_count());
    let result = argon2.hash_password_into_with_memory(password, salt, out, &mut buffer[..]);
    give_back(buffer);
    result
}

fn hash_now(password: &[u8], salt: &SaltString) -> anyhow::Result<String> {
    let params = params();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt
        .decode_b64(&mut salt_bytes)
        .map_err(|e| anyhow::anyhow!("bad salt: {e}"))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    compute(&argon2, &params, password, raw_salt, &mut out)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| anyhow::anyhow!("{e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("{e}"))?),
    };
    Ok(phc.to_string())
}

/// Whether `password` matches the PHC string `stored`, with the parameters stored in it.
fn matches(password: &[u8], stored: &str) -> bool {
    let Ok(phc) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(expected), Some(salt)) = (phc.hash, phc.salt) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(phc.algorithm) else {
        return false;
    };
    let version = match phc.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(&phc) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    let argon2 = Argon2::new(algorithm, version, params.clone());
    if compute(&argon2, &params, password, raw_salt, &mut out).is_err() {
        return false;
    }
    // `Output` compares in constant time.
    Output::new(&out).is_ok_and(|computed| computed == expected)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    PASSWORDS
        .run(move || hash_now(password.as_bytes(), &SaltString::generate(&mut OsRng)))
        .await?
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub async fn verify(password: String, stored: String) -> anyhow::Result<bool> {
    PASSWORDS
        .run(move || matches(password.as_bytes(), &stored))
        .await
}

/// A stand-in hash verified when an address is unknown, so that "no such account" takes as long
/// as "wrong password" and timing does not reveal who is registered.
pub async fn burn_time(password: String) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY
        .get_or_init(|| {
            hash_now(b"not a real password", &SaltString::generate(&mut OsRng)).unwrap_or_default()
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

    /// Hashes stored before the pooled working memory (made by the argon2 crate's own hasher,
    /// also with other parameters) still verify, and new hashes verify with the crate's own
    /// verifier: the PHC strings are the same format.
    #[tokio::test]
    async fn hashes_agree_with_the_argon2_crate() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        use argon2::{Algorithm, Argon2, Params, Version};
        let salt = super::SaltString::generate(&mut super::OsRng);
        for params in [super::params(), Params::new(4096, 3, 1, None).unwrap()] {
            let old = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
                .hash_password(b"werkplaats", &salt)
                .unwrap()
                .to_string();
            assert!(super::verify("werkplaats".into(), old.clone())
                .await
                .unwrap());
            assert!(!super::verify("werkplaats!".into(), old).await.unwrap());
        }
        let new = super::hash("radionica".into()).await.unwrap();
        let parsed = argon2::PasswordHash::new(&new).unwrap();
        assert!(Argon2::default()
            .verify_password(b"radionica", &parsed)
            .is_ok());
        assert!(Argon2::default()
            .verify_password(b"radionica?", &parsed)
            .is_err());
    }
}
