//! Site-wide values kept in the database so every node shares them, above all the secret that
//! signs CSRF tokens.

use crate::{Db, StorageResult};

pub const SECRET_KEY: &str = "server_secret";

pub async fn get(db: &Db, key: &str) -> StorageResult<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
            .bind(key)
            .fetch_optional(db.reader())
            .await?,
    )
}

/// Creates the server secret the first time; later calls keep the existing one, so nodes that
/// migrate at the same moment agree on it.
pub async fn ensure_secret(db: &Db) -> StorageResult<()> {
    let mut tx = db.begin().await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind(SECRET_KEY)
        .bind(crate::new_token())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Records `key` if it is new and says whether this call did: a once-only latch shared by all
/// nodes (for example one daily digest per day).
pub async fn claim_once(conn: &mut crate::Conn, key: &str) -> StorageResult<bool> {
    let done = sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
    )
    .bind(key)
    .bind(crate::now().to_string())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets a value, replacing any earlier one.
pub async fn set(conn: &mut crate::Conn, key: &str, value: &str) -> StorageResult<()> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
