//! A practice at its citable address: the version the reader may see with every section, its
//! descriptors, linked resources, score summary, labels, "adopted by" reports and how to cite
//! it; its version history and older versions; and reporting an adoption.
//!
//! Readers see the published version. The author, editors and reviewers see the newest one,
//! with a banner saying where it stands; readers meet a newer, unpublished version nowhere (its
//! address is a 404 for them, as an unpublished practice is).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::{validate, Competence, Country, Language, PracticeLabel, Sector, Theme};
use bottega_storage::collaboration::groups;
use bottega_storage::cooperation::practices::{
    self as store, Adoption, LinkedResource, NewAdoption, PracticeVersion,
};
use bottega_storage::directory::{self, MyOrg};
use bottega_storage::{cooperation, StorageError};
use chrono::Datelike;
use serde::Deserialize;

use super::form::SECTIONS;
use super::{canonical, label_of, score_text, status_message, PageQuery};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::practices::{load, Seen};
use crate::state::AppState;
use crate::view::{language_options, options, render, render_status, Choice, FormErrors, Paging};

/// How many adoption reports the practice page shows; the rest are on their own page.
const ADOPTIONS_SHOWN: i64 = 10;
pub const HOW_MAX: usize = 5_000;

/// One section of a version, as the page shows it.
pub struct SectionView {
    pub id: &'static str,
    pub heading: String,
    pub html: String,
}

/// The sections of `v` that have content, in the template's order.
fn sections(c: &Ctx, v: &PracticeVersion) -> Vec<SectionView> {
    section_views(
        c,
        [
            &v.summary_html,
            &v.context_html,
            &v.problem_html,
            &v.practice_html,
            &v.resources_html,
            &v.results_html,
            &v.transferability_html,
            &v.lessons_html,
        ],
    )
}

/// Rendered sections (in [`SECTIONS`] order) that have content, with their headings.
pub fn section_views(c: &Ctx, html: [&str; 8]) -> Vec<SectionView> {
    SECTIONS
        .iter()
        .zip(html)
        .filter(|(_, h)| !h.trim().is_empty())
        .map(|((id, _, _), h)| SectionView {
            id,
            heading: c.t(&format!("bp-section-{id}")),
            html: h.to_string(),
        })
        .collect()
}

/// The descriptors of a practice, named in the reader's language, with the codes for links to
/// the filtered list.
#[derive(Default)]
pub struct Descriptors {
    pub themes: Vec<(String, String)>,
    pub sectors: Vec<(String, String)>,
    pub countries: Vec<(String, String)>,
    pub competences: Vec<(String, String)>,
}

impl Descriptors {
    fn of(c: &Ctx, tags: Vec<(String, String)>) -> Descriptors {
        let mut d = Descriptors::default();
        for (dimension, code) in tags {
            match dimension.as_str() {
                store::THEME => d.themes.push((label_of::<Theme>(c, &code), code)),
                store::SECTOR => d.sectors.push((label_of::<Sector>(c, &code), code)),
                store::COUNTRY => d.countries.push((label_of::<Country>(c, &code), code)),
                store::COMPETENCE => d.competences.push((label_of::<Competence>(c, &code), code)),
                _ => {}
            }
        }
        for list in [
            &mut d.themes,
            &mut d.sectors,
            &mut d.countries,
            &mut d.competences,
        ] {
            list.sort_by_cached_key(|(label, _)| label.to_lowercase());
        }
        d
    }
}

/// What the reader typed into the adoption form, kept when it comes back with a problem.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct AdoptForm {
    pub org: String,
    pub country: String,
    pub how: String,
    pub lang: String,
}

/// How to cite a version: the pieces and the whole reference.
pub struct Citation {
    pub author: String,
    pub year: i32,
    pub address: String,
    pub text: String,
}

/// When version `v` was published: the editors' accept decision on it, else (for the published
/// version) the practice's publication date; `None` for a version never accepted.
async fn published_on(
    state: &AppState,
    seen: &Seen,
    v: &PracticeVersion,
) -> AppResult<Option<i64>> {
    let p = &seen.practice;
    let accepted = store::accepted_at(&state.db, p.id, v.version).await?;
    Ok(accepted.or(p
        .published_at
        .filter(|_| p.published_version == Some(v.version))))
}

fn citation(
    state: &AppState,
    c: &Ctx,
    seen: &Seen,
    v: &PracticeVersion,
    published: Option<i64>,
) -> Citation {
    let p = &seen.practice;
    let author = p
        .org_name
        .clone()
        .or_else(|| p.submitter_name.clone())
        .unwrap_or_default();
    // The year the cited version was published; a version not (yet) published is cited by the
    // year it was written.
    let at = published.unwrap_or(v.created_at);
    let year = chrono::DateTime::from_timestamp_millis(at)
        .map(|t| t.year())
        .unwrap_or(1970);
    let address = format!("{}{}", state.config.public_url(), seen.url());
    let mut args = bottega_i18n::FluentArgs::new();
    args.set("author", author.clone());
    args.set("year", year.to_string());
    args.set("title", v.title.clone());
    args.set("version", v.version);
    args.set("code", p.ref_code.clone());
    args.set("address", address.clone());
    let text = c.l.t_args("bp-citation", Some(&args));
    Citation {
        author,
        year,
        address,
        text,
    }
}

#[derive(Template)]
#[template(path = "practices/show.html")]
struct ShowPage {
    c: Ctx,
    seen: Seen,
    /// The version shown: the published one, or the newest for those who see it.
    v: PracticeVersion,
    sections: Vec<SectionView>,
    /// The banner saying where the newest version stands (message), for those who see it.
    banner: Option<String>,
    /// Set when the newest version is a revision of a published one (for those who see it).
    revision_of: Option<i64>,
    tags: Descriptors,
    labels: Vec<String>,
    resources: Vec<LinkedResource>,
    adoptions: Vec<Adoption>,
    group: Option<(i64, String)>,
    score: Option<String>,
    /// When the version shown was published, if it was.
    published: Option<i64>,
    cite: Citation,
    /// The adoption form.
    form: AdoptForm,
    errors: FormErrors,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    my_orgs: Vec<MyOrg>,
}

impl ShowPage {
    fn may_revise(&self) -> bool {
        self.seen.is_author && self.seen.practice.open_for_new_version()
    }

    /// Authors and editors read the reviews (the review workflow's page).
    fn may_read_reviews(&self) -> bool {
        self.seen.is_author || self.seen.is_editor
    }

    fn lang_name(&self) -> String {
        language_name(&self.v.lang)
    }

    fn status_label(&self) -> String {
        self.c.t(&status_message(&self.seen.practice.status))
    }

    fn org_selected(&self, id: &i64) -> bool {
        self.form.org.trim() == id.to_string()
    }

    fn eqf_label(&self, level: &i64) -> String {
        self.c.l.t1("bp-eqf-level", "level", *level)
    }

    /// Whether the reader has earlier versions to look at (a newer, unpublished version is not
    /// counted for readers who may not see it).
    fn has_history(&self) -> bool {
        newest_readable(&self.seen).is_some_and(|n| n > 1)
    }

    fn more_adoptions(&self) -> bool {
        self.seen.practice.adoption_count > ADOPTIONS_SHOWN
    }
}

pub fn language_name(code: &str) -> String {
    Language::parse(code)
        .map(|l| l.endonym().to_string())
        .unwrap_or_else(|| code.to_string())
}

/// The banner for those who see unpublished versions: where the newest version stands.
fn banner(seen: &Seen) -> (Option<String>, Option<i64>) {
    let p = &seen.practice;
    if !seen.sees_unpublished() {
        return (None, None);
    }
    let newest_published = p.published_version == Some(p.current_version);
    let revision_of = p.published_version.filter(|n| *n < p.current_version);
    if newest_published && p.status == store::ACCEPTED {
        return (None, None);
    }
    (Some(format!("bp-banner-{}", p.status)), revision_of)
}

/// Renders the practice page, with the adoption form as given.
async fn show_page(
    state: &AppState,
    c: Ctx,
    seen: Seen,
    form: AdoptForm,
    errors: FormErrors,
    status: StatusCode,
) -> AppResult<Response> {
    let p = &seen.practice;
    let shown = if seen.sees_unpublished() {
        p.current_version
    } else {
        p.published_version.ok_or(AppError::NotFound)?
    };
    let v = store::version(&state.db, p.id, shown)
        .await?
        .ok_or(AppError::NotFound)?;
    // The shown version's own descriptors: a revision under review has its own.
    let tags = Descriptors::of(&c, v.tag_pairs());
    let labels = store::labels(&state.db, p.id)
        .await?
        .into_iter()
        .map(|l| label_of::<PracticeLabel>(&c, &l.label))
        .collect();
    let resources =
        store::visible_resources(&state.db, &c.reader(), &v.linked_resource_ids()).await?;
    let adoptions = store::adoptions(&state.db, p.id, ADOPTIONS_SHOWN, 0).await?;
    let group = match p.source_group_id {
        Some(id) => groups::get(&state.db, id).await?.map(|g| (g.id, g.title)),
        None => None,
    };
    let my_orgs = match &c.user {
        Some(u) if p.is_published() => directory::orgs_of_user(&state.db, u.user_id).await?,
        _ => Vec::new(),
    };
    let (banner, revision_of) = banner(&seen);
    let published = published_on(state, &seen, &v).await?;
    let page = ShowPage {
        sections: sections(&c, &v),
        score: score_text(&c, p.score_x100, p.review_count),
        cite: citation(state, &c, &seen, &v, published),
        published,
        countries: options::<Country>(&c.l, Country::parse(form.country.trim()).as_slice()),
        languages: language_options(Language::parse(form.lang.trim()).as_slice()),
        banner,
        revision_of,
        tags,
        labels,
        resources,
        adoptions,
        group,
        my_orgs,
        form,
        errors,
        v,
        seen,
        c,
    };
    Ok(render_status(status, &page))
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &code).await?;
    if let Some(to) = canonical(&seen, &code, "", &c) {
        return Ok(to);
    }
    let form = AdoptForm {
        lang: crate::features::communication::compose::interface_language(&c)
            .code()
            .to_string(),
        ..AdoptForm::default()
    };
    show_page(&state, c, seen, form, FormErrors::new(), StatusCode::OK).await
}

// ---- Versions ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "practices/versions.html")]
struct VersionsPage {
    c: Ctx,
    seen: Seen,
    history: Vec<store::HistoryEntry>,
}

impl VersionsPage {
    fn is_published(&self, version: &i64) -> bool {
        self.seen.practice.published_version == Some(*version)
    }
}

/// The newest version this reader may read.
fn newest_readable(seen: &Seen) -> Option<i64> {
    if seen.sees_unpublished() {
        Some(seen.practice.current_version)
    } else {
        seen.practice.published_version
    }
}

pub async fn versions(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &code).await?;
    if let Some(to) = canonical(&seen, &code, "/versions", &c) {
        return Ok(to);
    }
    let upto = newest_readable(&seen).ok_or(AppError::NotFound)?;
    let history = store::history(&state.db, seen.practice.id, upto).await?;
    Ok(render(&VersionsPage { c, seen, history }))
}

#[derive(Template)]
#[template(path = "practices/version.html")]
struct VersionPage {
    c: Ctx,
    seen: Seen,
    v: PracticeVersion,
    sections: Vec<SectionView>,
    /// When this version was published, if it was.
    published: Option<i64>,
    cite: Citation,
    /// The newest version this reader may read.
    newest: i64,
}

impl VersionPage {
    fn lang_name(&self) -> String {
        language_name(&self.v.lang)
    }

    fn eqf_label(&self, level: &i64) -> String {
        self.c.l.t1("bp-eqf-level", "level", *level)
    }

    /// Where this version stands among those the reader may read.
    fn notice(&self) -> String {
        if self.v.version >= self.newest {
            self.c
                .l
                .t1("bp-version-notice-newest", "version", self.v.version)
        } else {
            self.c.l.t2(
                "bp-version-notice",
                "version",
                self.v.version,
                "newest",
                self.newest,
            )
        }
    }

    /// Whether this is the version readers see now.
    fn is_published(&self) -> bool {
        self.seen.practice.published_version == Some(self.v.version)
    }
}

pub async fn version(
    State(state): State<AppState>,
    c: Ctx,
    Path((code, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &code).await?;
    let n = version
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(AppError::NotFound)?;
    if let Some(to) = canonical(&seen, &code, &format!("/v/{n}"), &c) {
        return Ok(to);
    }
    // A version newer than the published one does not exist for readers.
    let newest = newest_readable(&seen).ok_or(AppError::NotFound)?;
    if n > newest {
        return Err(AppError::NotFound);
    }
    let v = store::version(&state.db, seen.practice.id, n)
        .await?
        .ok_or(AppError::NotFound)?;
    let published = published_on(&state, &seen, &v).await?;
    Ok(render(&VersionPage {
        sections: sections(&c, &v),
        cite: citation(&state, &c, &seen, &v, published),
        published,
        newest,
        v,
        seen,
        c,
    }))
}

// ---- Adoptions ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "practices/adoptions.html")]
struct AdoptionsPage {
    c: Ctx,
    seen: Seen,
    adoptions: Vec<Adoption>,
    paging: Paging,
}

/// Every adoption report of a practice, newest first, paged.
pub async fn adoptions(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &code).await?;
    if let Some(to) = canonical(&seen, &code, "/adoptions", &c) {
        return Ok(to);
    }
    let paging = Paging::new(
        q.page.parse::<i64>().unwrap_or(1),
        seen.practice.adoption_count,
        String::new(),
    );
    let adoptions = store::adoptions(
        &state.db,
        seen.practice.id,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?;
    Ok(render(&AdoptionsPage {
        c,
        seen,
        adoptions,
        paging,
    }))
}

/// 409 `practice_not_published`: only a published practice can be adopted.
fn not_published() -> AppError {
    AppError::refused("bp-error-not-published", "practice_not_published")
}

/// A verified member reports that an organisation (theirs, or none named) reused the
/// published practice, where and how.
pub async fn adopt(
    State(state): State<AppState>,
    c: Ctx,
    Path(code): Path<String>,
    Form(form): Form<AdoptForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let seen = load(&state, &c, &code).await?;
    if !seen.practice.is_published() {
        return Err(not_published());
    }
    let mut errors = FormErrors::new();
    let l = &c.l;
    let country = errors.check(
        l,
        "country",
        validate::choice(&form.country, Country::parse).map(Some),
    );
    let how = errors.check(l, "how", validate::text(&form.how, true, HOW_MAX));
    let lang = errors.check(
        l,
        "lang",
        validate::choice(&form.lang, Language::parse).map(Some),
    );
    let org_id = if form.org.trim().is_empty() {
        None
    } else {
        let mine = directory::orgs_of_user(&state.db, user_id).await?;
        let found = form
            .org
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| mine.iter().any(|o| o.id == *id));
        match found {
            None => errors.add(l, "org", &validate::FieldError::InvalidChoice),
            // The organisation that submitted a practice does not adopt it: it made it.
            Some(id) if seen.practice.org_id == Some(id) => {
                errors.add_message("org", c.t("bp-error-adopt-own-org"))
            }
            Some(_) => {}
        }
        found
    };
    let (Some(country), Some(lang)) = (country, lang) else {
        return show_page(
            &state,
            c,
            seen,
            form,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if !errors.is_empty() {
        return show_page(
            &state,
            c,
            seen,
            form,
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let how_html = super::form::render(&how);
    let mut tx = state.db.begin().await?;
    if let Some(org) = org_id {
        if !cooperation::is_org_member(&mut tx, org, user_id).await? {
            drop(tx);
            errors.add(l, "org", &validate::FieldError::InvalidChoice);
            return show_page(
                &state,
                c,
                seen,
                form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    }
    let added = store::add_adoption(
        &mut tx,
        seen.practice.id,
        &NewAdoption {
            org_id,
            country: country.code(),
            how_md: &how,
            how_html: &how_html,
            lang: lang.code(),
        },
        user_id,
    )
    .await;
    match added {
        Ok(_) => {}
        Err(StorageError::Conflict(what)) if what.contains("already") => {
            drop(tx);
            errors.add_message("org", c.t("bp-error-adoption-already-reported"));
            return show_page(&state, c, seen, form, errors, StatusCode::CONFLICT).await;
        }
        Err(StorageError::Conflict(_)) => return Err(not_published()),
        Err(other) => return Err(other.into()),
    }
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("{}#adoptions", seen.url()),
        "flash-bp-adoption-reported",
    ))
}
