//! Receiving a resource form with its files. The multipart body is read field by field: text
//! fields into memory (each capped), files streamed to a spool file that counts and hashes as
//! it writes and stops at the size limit or the member's remaining quota. A file that arrives
//! whole is checked against what its name claims, pictures are drawn again without metadata and
//! get a thumbnail, and the result goes to the object store under its content address.
//!
//! Stored files are attached to the resource by the handler's transaction. When the form comes
//! back with a problem, the files already stored travel in the form as signed tokens ("kept"),
//! so the member does not upload them again; objects that end up attached to nothing are
//! removed by the store sweep ([`sweep_orphans`]).

use std::collections::HashMap;

use axum::extract::Multipart;
use base64::Engine as _;
use bottega_files::inspect::{self, Inspected};
use bottega_files::spool::{SpoolError, SpoolWriter};
use bottega_files::{images, names};
use bottega_storage::sharing::files::{self as stored, StoredUpload};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::context::Ctx;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Object-store prefixes of resource files and of their thumbnails.
pub const FILES_PREFIX: &str = "resources";
pub const THUMBS_PREFIX: &str = "thumbs";
/// Longest side of a thumbnail, in pixels.
const THUMB_SIDE: u32 = 320;
/// Largest text field of a multipart form.
const FIELD_MAX: usize = 64 * 1024;
/// An object no row refers to is removed once it is this old (uploads in flight are younger).
const ORPHAN_AGE_MS: i64 = 24 * bottega_domain::HOUR;

/// A multipart form as received: text fields, stored files, and problems with files.
#[derive(Default)]
pub struct Received {
    pub fields: HashMap<String, Vec<String>>,
    pub files: Vec<StoredUpload>,
    /// Problems with particular files, already in the reader's language.
    pub problems: Vec<String>,
}

impl Received {
    /// The first value of a text field, or "".
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Every value of a field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

/// Reads the whole form. Files come from fields named `files`; signed tokens of files stored
/// by an earlier attempt come in `kept`. Malformed bodies are a 400; a body over the route's
/// limit is a 413.
pub async fn receive(
    state: &AppState,
    c: &Ctx,
    user_id: i64,
    mut mp: Multipart,
) -> AppResult<Received> {
    let limits = &state.config.limits;
    let used = stored::used_by(&state.db, user_id).await?.max(0) as u64;
    let mut quota_left = limits.member_quota_bytes.saturating_sub(used);
    let spool_dir = state.config.spool_dir();
    std::fs::create_dir_all(&spool_dir).map_err(|e| AppError::Internal(e.into()))?;
    let mut out = Received::default();
    let mut text_bytes = 0usize;
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(&e)),
        };
        let name = field.name().unwrap_or("").to_string();
        if name == "files" {
            let raw_name = field.file_name().unwrap_or("").to_string();
            if raw_name.is_empty() {
                // An empty file input sends a part with no name and no bytes.
                while let Ok(Some(_)) = field.chunk().await {}
                continue;
            }
            let display = names::safe_file_name(&raw_name);
            if out.files.len() + out.problems.len() >= limits.files_per_upload {
                out.problems.push(c.l.t1(
                    "upload-error-too-many",
                    "limit",
                    limits.files_per_upload as i64,
                ));
                while let Ok(Some(_)) = field.chunk().await {}
                continue;
            }
            let (limit, quota_bound) = if quota_left < limits.file_bytes {
                (quota_left, true)
            } else {
                (limits.file_bytes, false)
            };
            let mut writer = SpoolWriter::new(&spool_dir, limit)?;
            let mut problem = None;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if let Err(e) = writer.write(&chunk) {
                            problem = Some(spool_problem(c, &e, quota_bound, limits));
                            break;
                        }
                    }
                    Ok(None) => break,
                    Err(e) => return Err(multipart_error(&e)),
                }
            }
            if let Some(p) = problem {
                // Drain the rest of this part so the next field can be read.
                while let Ok(Some(_)) = field.chunk().await {}
                out.problems.push(file_problem(c, &display, p));
                continue;
            }
            let spool = match writer.finish() {
                Ok(s) => s,
                Err(e) => {
                    out.problems.push(file_problem(
                        c,
                        &display,
                        spool_problem(c, &e, quota_bound, limits),
                    ));
                    continue;
                }
            };
            match store(state, c, spool, &display).await? {
                Ok(upload) => {
                    quota_left = quota_left.saturating_sub(upload.size.max(0) as u64);
                    out.files.push(upload);
                }
                Err(p) => out.problems.push(file_problem(c, &display, p)),
            }
        } else {
            let mut value = Vec::new();
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if value.len() + chunk.len() > FIELD_MAX {
                            return Err(AppError::PayloadTooLarge);
                        }
                        value.extend_from_slice(&chunk);
                    }
                    Ok(None) => break,
                    Err(e) => return Err(multipart_error(&e)),
                }
            }
            text_bytes += value.len();
            if text_bytes > 4 * FIELD_MAX {
                return Err(AppError::PayloadTooLarge);
            }
            let value = String::from_utf8(value).map_err(|_| AppError::BadRequest)?;
            if name == "kept" {
                let upload = unseal(state, user_id, &value).ok_or(AppError::BadRequest)?;
                // The token outlives its object when the file was released meanwhile (the
                // resource that used it was deleted, or the sweep took it): never attach a
                // file that is no longer stored.
                if still_stored(state, &upload).await? {
                    out.files.push(upload);
                } else {
                    let problem = c.t("upload-error-internal");
                    out.problems.push(file_problem(c, &upload.name, problem));
                }
            } else {
                out.fields.entry(name).or_default().push(value);
            }
        }
    }
    Ok(out)
}

/// Whether the objects of a kept upload (content and thumbnail) are still in the store.
async fn still_stored(state: &AppState, u: &StoredUpload) -> AppResult<bool> {
    for key in std::iter::once(&u.object_key).chain(u.thumb_key.as_ref()) {
        if !state.files.exists(key).await? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn multipart_error(e: &axum::extract::multipart::MultipartError) -> AppError {
    if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge
    } else {
        AppError::BadRequest
    }
}

fn spool_problem(
    c: &Ctx,
    e: &SpoolError,
    quota_bound: bool,
    limits: &crate::config::Limits,
) -> String {
    match e {
        SpoolError::TooLarge { .. } if quota_bound => c.l.t1(
            "upload-error-quota",
            "limit",
            mebibytes(limits.member_quota_bytes),
        ),
        SpoolError::TooLarge { .. } => c.l.t1(
            "upload-error-too-large",
            "limit",
            mebibytes(limits.file_bytes),
        ),
        _ => c.t("upload-error-internal"),
    }
}

fn mebibytes(bytes: u64) -> i64 {
    (bytes / (1024 * 1024)) as i64
}

fn file_problem(c: &Ctx, name: &str, problem: String) -> String {
    c.l.t2("upload-error-file", "name", name, "problem", problem)
}

/// Checks a received file and puts it in the store. The outer error is a failure of ours; the
/// inner one a problem with the file, in words.
async fn store(
    state: &AppState,
    c: &Ctx,
    spool: bottega_files::spool::Spool,
    display: &str,
) -> AppResult<Result<StoredUpload, String>> {
    let claimed = display.to_string();
    let checked = crate::cpu::FILES
        .run(move || {
            let found = inspect::inspect(spool.path(), &claimed);
            (spool, found)
        })
        .await?;
    let (spool, found) = checked;
    let kind: Inspected = match found {
        Ok(k) => k,
        Err(e) => return Ok(Err(inspect_problem(c, &e))),
    };
    if kind.image {
        return store_picture(state, c, spool, display).await;
    }
    let key = state
        .files
        .put_file(FILES_PREFIX, kind.ext, spool.path(), spool.sha256_hex())
        .await?;
    Ok(Ok(StoredUpload {
        name: display.to_string(),
        object_key: key,
        sha256: spool.sha256_hex().to_string(),
        size: spool.size() as i64,
        media_type: kind.media_type.to_string(),
        ext: kind.ext.to_string(),
        active: kind.active,
        thumb_key: None,
        width: None,
        height: None,
        note: String::new(),
    }))
}

/// A picture is stored as drawn again from its pixels (no metadata), with a thumbnail.
async fn store_picture(
    state: &AppState,
    c: &Ctx,
    spool: bottega_files::spool::Spool,
    display: &str,
) -> AppResult<Result<StoredUpload, String>> {
    let path = spool.path().to_path_buf();
    let made = crate::cpu::FILES
        .run(move || {
            let bytes = std::fs::read(&path).map_err(|_| images::ImageError::Corrupt)?;
            let clean = images::reencode(&bytes)?;
            let thumb = images::thumbnail(&clean.bytes, THUMB_SIDE)?;
            Ok::<_, images::ImageError>((clean, thumb))
        })
        .await?;
    let (clean, thumb) = match made {
        Ok(m) => m,
        Err(images::ImageError::TooLarge) => return Ok(Err(c.t("upload-error-image-too-large"))),
        Err(_) => return Ok(Err(c.t("upload-error-corrupt"))),
    };
    let sha = {
        use sha2::Digest;
        hex::encode(Sha256::digest(&clean.bytes))
    };
    let size = clean.bytes.len() as i64;
    let key = state
        .files
        .put_content(FILES_PREFIX, clean.ext, clean.bytes)
        .await?;
    let thumb_ext = thumbnail_ext(&thumb);
    let thumb_key = state
        .files
        .put_content(THUMBS_PREFIX, thumb_ext, thumb)
        .await?;
    // The name keeps what the member called it, with the extension of what is stored.
    let name = match display.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.{}", clean.ext),
        None => format!("{display}.{}", clean.ext),
    };
    Ok(Ok(StoredUpload {
        name,
        object_key: key,
        sha256: sha,
        size,
        media_type: clean.media_type.to_string(),
        ext: clean.ext.to_string(),
        active: false,
        thumb_key: Some(thumb_key),
        width: Some(i64::from(clean.width)),
        height: Some(i64::from(clean.height)),
        note: String::new(),
    }))
}

fn thumbnail_ext(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "jpg"
    } else {
        "png"
    }
}

fn inspect_problem(c: &Ctx, e: &inspect::InspectError) -> String {
    use inspect::InspectError as E;
    match e {
        E::NotAllowed { ext } => c.l.t2(
            "upload-error-not-allowed",
            "ext",
            ext.as_str(),
            "allowed",
            inspect::ALLOWED_EXTENSIONS.join(", "),
        ),
        E::Mismatch { claimed, found } => c.l.t2(
            "upload-error-mismatch",
            "claimed",
            claimed.as_str(),
            "found",
            found.as_str(),
        ),
        other => c.t(other.message_id()),
    }
}

// ---- Files kept between attempts -----------------------------------------------------------

/// What a "kept" token carries: a stored file not attached yet, for one member.
#[derive(Serialize, Deserialize)]
struct Kept {
    u: i64,
    name: String,
    key: String,
    sha: String,
    size: i64,
    media: String,
    ext: String,
    active: bool,
    thumb: Option<String>,
    w: Option<i64>,
    h: Option<i64>,
}

fn mac(state: &AppState, payload: &str) -> Option<String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(&state.secret).ok()?;
    mac.update(b"kept-upload:");
    mac.update(payload.as_bytes());
    Some(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
}

/// A token standing for a stored upload, valid for this member only.
pub fn seal(state: &AppState, user_id: i64, u: &StoredUpload) -> String {
    let kept = Kept {
        u: user_id,
        name: u.name.clone(),
        key: u.object_key.clone(),
        sha: u.sha256.clone(),
        size: u.size,
        media: u.media_type.clone(),
        ext: u.ext.clone(),
        active: u.active,
        thumb: u.thumb_key.clone(),
        w: u.width,
        h: u.height,
    };
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(serde_json::to_vec(&kept).unwrap_or_default());
    let sig = mac(state, &payload).unwrap_or_default();
    format!("{payload}.{sig}")
}

fn unseal(state: &AppState, user_id: i64, token: &str) -> Option<StoredUpload> {
    let (payload, sig) = token.split_once('.')?;
    let expected = mac(state, payload)?;
    if !crate::context::constant_time_eq(&expected, sig) {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let k: Kept = serde_json::from_slice(&bytes).ok()?;
    if k.u != user_id {
        return None;
    }
    Some(StoredUpload {
        name: k.name,
        object_key: k.key,
        sha256: k.sha,
        size: k.size,
        media_type: k.media,
        ext: k.ext,
        active: k.active,
        thumb_key: k.thumb,
        width: k.w,
        height: k.h,
        note: String::new(),
    })
}

// ---- Keeping the store and the database in agreement -----------------------------------------

/// Removes from the store those of `keys` that no row refers to any more (after a resource or
/// a version was deleted, or an upload's transaction failed).
pub async fn release(state: &AppState, keys: &[String]) {
    match stored::unreferenced(&state.db, keys).await {
        Ok(gone) => {
            for key in gone {
                if let Err(e) = state.files.delete(&key).await {
                    tracing::warn!(error = %e, key, "could not remove a file; the sweep will retry");
                }
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not check file references; the sweep will retry")
        }
    }
}

/// Removes stored objects that no row refers to and that are older than a day: what a crash
/// between storing and committing, or an abandoned form, left behind. Returns how many.
pub async fn sweep_orphans(state: &AppState) -> anyhow::Result<usize> {
    let cutoff = bottega_storage::now() - ORPHAN_AGE_MS;
    let mut removed = 0;
    for prefix in [FILES_PREFIX, THUMBS_PREFIX] {
        let old: Vec<String> = state
            .files
            .list(prefix)
            .await?
            .into_iter()
            .filter(|o| o.modified_ms < cutoff)
            .map(|o| o.key)
            .collect();
        for chunk in old.chunks(500) {
            for key in stored::unreferenced(&state.db, chunk).await? {
                state.files.delete(&key).await?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}
