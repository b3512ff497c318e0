//! A resource's page, its downloads, and what members say about it: ratings, comments, reuse
//! reports.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use bottega_domain::{Country, Licence};
use bottega_storage::directory::{self, MyOrg};
use bottega_storage::sharing;
use bottega_storage::sharing::collections::{self, Collection};
use bottega_storage::sharing::feedback::{self, Comment, NewReuse, Reuse};
use bottega_storage::sharing::files::{self as stored, FileVersion};
use bottega_storage::sharing::resources::{self, Resource, Tags};
use bottega_storage::StorageError;
use serde::Deserialize;

use super::{chosen_org, human_size, may_edit, visible_resource};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::communication::compose::compose;
use crate::state::AppState;
use crate::view::{options, render_status, Choice, FormErrors};

/// What the reader typed into the page's small forms, kept when one comes back with a problem.
#[derive(Debug, Clone, Default)]
pub struct Drafts {
    pub comment: String,
    pub comment_lang: String,
    pub reuse: String,
    pub reuse_lang: String,
    pub reuse_country: String,
    pub reuse_org: String,
}

/// One file with its versions, newest first.
pub struct FileGroup {
    pub latest: FileVersion,
    pub older: Vec<FileVersion>,
}

#[derive(Template)]
#[template(path = "sharing/show.html")]
struct ShowPage {
    c: Ctx,
    r: Resource,
    tags: Tags,
    files: Vec<FileGroup>,
    can_edit: bool,
    my_rating: Option<i64>,
    stars: [i64; 5],
    comments: Vec<Comment>,
    reuses: Vec<Reuse>,
    in_collections: Vec<Collection>,
    my_collections: Vec<(i64, String)>,
    my_orgs: Vec<MyOrg>,
    errors: FormErrors,
    drafts: Drafts,
    countries: Vec<Choice>,
    licence: Option<Licence>,
}

impl ShowPage {
    fn size(&self, bytes: &i64) -> String {
        human_size(&self.c, *bytes)
    }
    fn rating_text(&self) -> String {
        match self.r.rating() {
            Some(avg) => self.c.l.t2(
                "res-rating-summary",
                "average",
                format!("{avg:.1}"),
                "count",
                self.r.rating_count,
            ),
            None => self.c.t("res-not-rated"),
        }
    }
    fn code_label(&self, prefix: &str, code: &str) -> String {
        self.c.code(prefix, code)
    }
    fn language_name(&self, code: &str) -> String {
        bottega_domain::Language::parse(code)
            .map(|l| l.endonym().to_string())
            .unwrap_or_else(|| code.to_string())
    }
    fn eqf_label(&self) -> String {
        self.c
            .l
            .t1("res-eqf-level", "level", self.r.eqf_level.unwrap_or(0))
    }
    fn star_levels(&self) -> Vec<i64> {
        vec![5, 4, 3, 2, 1]
    }
    fn star_levels_up(&self) -> Vec<i64> {
        vec![1, 2, 3, 4, 5]
    }
    fn stars_label(&self, n: &i64) -> String {
        self.c.l.t1("res-stars", "count", *n)
    }
    fn star_count(&self, n: &i64) -> i64 {
        usize::try_from(*n - 1)
            .ok()
            .and_then(|i| self.stars.get(i))
            .copied()
            .unwrap_or(0)
    }
    fn is_my_rating(&self, n: &i64) -> bool {
        self.my_rating == Some(*n)
    }
    /// Members rate what others shared.
    fn can_rate(&self) -> bool {
        self.c
            .user
            .as_ref()
            .is_some_and(|u| self.r.owner_id != Some(u.user_id))
    }
    fn can_delete_comment(&self, author: &Option<i64>) -> bool {
        self.can_edit
            || self.c.is_staff()
            || (self.c.user.as_ref().map(|u| u.user_id) == *author && author.is_some())
    }
}

/// The resource page, with `errors` from one of its forms and the drafts to put back.
pub async fn render_page(
    state: &AppState,
    c: Ctx,
    id: i64,
    errors: FormErrors,
) -> AppResult<Response> {
    render_with(state, c, id, errors, Drafts::default()).await
}

async fn render_with(
    state: &AppState,
    c: Ctx,
    id: i64,
    errors: FormErrors,
    drafts: Drafts,
) -> AppResult<Response> {
    let r = visible_resource(state, &c, id).await?;
    let db = &state.db;
    let reader = c.reader();
    let tags = resources::tags(db, id).await?;
    let mut files: Vec<FileGroup> = Vec::new();
    for v in stored::of_resource(db, id).await? {
        match files.last_mut() {
            Some(g) if g.latest.file_id == v.file_id => g.older.push(v),
            _ => files.push(FileGroup {
                latest: v,
                older: Vec::new(),
            }),
        }
    }
    let reader_id = c.user.as_ref().map_or(0, |u| u.user_id);
    // Ratings and reuse reports are never removed one by one, so a count of 0 means there are
    // none to read: most resources have neither, and their page is read the most.
    let (stars, my_rating) = if r.rating_count > 0 {
        feedback::ratings(db, id, reader_id).await?
    } else {
        ([0; 5], None)
    };
    let reuses = if r.reuse_count > 0 {
        feedback::reuses(db, id).await?
    } else {
        Vec::new()
    };
    let (my_collections, my_orgs) = match &c.user {
        Some(u) => (
            collections::editable_by(db, u.user_id).await?,
            directory::orgs_of_user(db, u.user_id).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    // The member's organisations are read for the reuse form anyway; they also tell whether
    // the member administers the resource's organisation, without asking again.
    let can_edit = match &c.user {
        Some(u) => {
            c.is_staff() || sharing::may_change_among(r.owner_id, r.org_id, u.user_id, &my_orgs)
        }
        None => false,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let selected_country: Vec<Country> =
        Country::parse(&drafts.reuse_country).into_iter().collect();
    let page = ShowPage {
        stars,
        comments: feedback::comments(db, id).await?,
        reuses,
        in_collections: collections::containing(db, &reader, id).await?,
        licence: Licence::parse(&r.licence),
        countries: options(&c.l, &selected_country),
        tags,
        files,
        can_edit,
        my_rating,
        my_collections,
        my_orgs,
        errors,
        drafts,
        r,
        c,
    };
    Ok(render_status(status, &page))
}

pub async fn page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    render_page(&state, c, id, FormErrors::new()).await
}

/// Sends a stored file, always as a download: the browser saves it and never renders it in
/// the site's origin, whatever it contains. Content a browser could run (HTML, SVG) goes out as
/// plain bytes, and a sandbox policy covers the rest.
pub async fn download(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, version_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_resource(&state, &c, id).await?;
    let v = stored::version(&state.db, id, version_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (size, stream) = state.files.open(&v.object_key).await?;
    state.downloads.record(id, version_id);
    let media = if v.active {
        "application/octet-stream"
    } else {
        v.media_type.as_str()
    };
    let mut res = Body::from_stream(stream).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(media)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    if let Ok(v) = HeaderValue::from_str(&bottega_files::names::content_disposition(&v.name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

/// The thumbnail of a picture.
pub async fn thumbnail(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, version_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    visible_resource(&state, &c, id).await?;
    let v = stored::version(&state.db, id, version_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = v.thumb_key.ok_or(AppError::NotFound)?;
    let bytes = state.files.get(&key).await?;
    let media = if key.ends_with(".jpg") {
        "image/jpeg"
    } else {
        "image/png"
    };
    Ok((
        [
            (header::CONTENT_TYPE, media),
            // Content-addressed: the bytes behind this key never change.
            (header::CACHE_CONTROL, "private, max-age=86400"),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
pub struct RateForm {
    #[serde(default)]
    stars: String,
}

pub async fn rate(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<RateForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let r = visible_resource(&state, &c, id).await?;
    let stars = match form.stars.trim().parse::<i64>() {
        Ok(n) if (1..=5).contains(&n) => n,
        _ => {
            let mut errors = FormErrors::new();
            errors.add_message("stars", c.t("res-rating-invalid"));
            return render_page(&state, c, id, errors).await;
        }
    };
    if r.owner_id == Some(user_id) {
        return Err(AppError::refused("res-rate-own", "rate_own_resource"));
    }
    let mut tx = state.db.begin().await?;
    feedback::rate(&mut tx, id, user_id, stars).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.search_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/resources/{id}#rating"),
        "flash-rating-saved",
    ))
}

#[derive(Debug, Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    comment: String,
    #[serde(default)]
    lang: String,
}

pub async fn comment(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    visible_resource(&state, &c, id).await?;
    let mut errors = FormErrors::new();
    let composed = compose(
        &state,
        &c,
        &mut errors,
        "comment",
        &form.comment,
        "comment_lang",
        &form.lang,
    )
    .await?;
    let Some(composed) = composed else {
        let drafts = Drafts {
            comment: form.comment,
            comment_lang: form.lang,
            ..Drafts::default()
        };
        return render_with(&state, c, id, errors, drafts).await;
    };
    let mut tx = state.db.begin().await?;
    let comment_id = feedback::add_comment(
        &mut tx,
        id,
        user_id,
        &composed.md,
        &composed.html,
        composed.lang,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/resources/{id}#comment-{comment_id}"),
        "flash-comment-saved",
    ))
}

pub async fn delete_comment(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, comment_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let r = visible_resource(&state, &c, id).await?;
    let author = feedback::comment_author(&state.db, id, comment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let allowed = author == Some(user_id) || may_edit(&state, &c, &r).await?;
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    feedback::delete_comment(&mut tx, id, comment_id).await?;
    if author != Some(user_id) {
        bottega_storage::audit::record(
            &mut tx,
            Some(user_id),
            "resource.comment.delete",
            "resource",
            Some(id),
            "",
        )
        .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/resources/{id}#comments"),
        "flash-comment-deleted",
    ))
}

#[derive(Debug, Deserialize)]
pub struct ReuseForm {
    #[serde(default)]
    reuse: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    reuse_country: String,
    #[serde(default)]
    org: String,
}

pub async fn report_reuse(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<ReuseForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    visible_resource(&state, &c, id).await?;
    let mut errors = FormErrors::new();
    let country =
        errors.optional_choice(&c.l, "reuse_country", &form.reuse_country, Country::parse);
    let org_id = chosen_org(
        &state,
        &c,
        &mut errors,
        "reuse_org",
        &form.org,
        user_id,
        None,
    )
    .await?;
    let composed = compose(
        &state,
        &c,
        &mut errors,
        "reuse",
        &form.reuse,
        "reuse_lang",
        &form.lang,
    )
    .await?;
    let composed = match composed {
        Some(x) if errors.is_empty() => x,
        _ => {
            let drafts = Drafts {
                reuse: form.reuse,
                reuse_lang: form.lang,
                reuse_country: form.reuse_country,
                reuse_org: form.org,
                ..Drafts::default()
            };
            return render_with(&state, c, id, errors, drafts).await;
        }
    };
    let mut tx = state.db.begin().await?;
    feedback::add_reuse(
        &mut tx,
        id,
        &NewReuse {
            author_id: user_id,
            org_id,
            country,
            body_md: &composed.md,
            body_html: &composed.html,
            lang: composed.lang,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/resources/{id}#reuses"),
        "flash-reuse-saved",
    ))
}
