//! The directory of organisations: partner search, organisation pages, membership through join
//! requests and invitations, and the tools of an organisation's administrators.

mod manage;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::{validate, Country, Language, OrgRole, OrgType, Sector};
use bottega_storage::directory::{self, Member, OrgCard, OrgFields, Organisation, PartnerFilter};
use bottega_storage::StorageError;
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::profiles::store_picture;
use crate::state::AppState;
use crate::view::{
    language_options, options, query_string, render, render_status, Choice, FormErrors, Paging,
};

pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/directory", get(search))
        .route("/directory/new", get(new_form).post(new_submit))
        .route("/directory/{slug}", get(show))
        .route("/directory/{slug}/edit", get(edit_form).post(edit_submit))
        .route(
            "/directory/{slug}/logo",
            post(upload_logo).layer(crate::limits::picture_upload(&state.config.limits)),
        )
        .route("/directory/{slug}/join", post(manage::join))
        .route("/directory/{slug}/manage", get(manage::page))
        .route(
            "/directory/{slug}/requests/{id}",
            post(manage::decide_request),
        )
        .route("/directory/{slug}/invitations", post(manage::invite))
        .route(
            "/directory/{slug}/invitations/{id}/revoke",
            post(manage::revoke),
        )
        .route(
            "/directory/{slug}/members/{user_id}",
            post(manage::change_member),
        )
        .route(
            "/invitations/{token}",
            get(manage::invitation_page).post(manage::accept_invitation),
        )
}

// ---- Partner search ----------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    pub q: String,
    #[serde(rename = "type")]
    pub org_type: String,
    pub country: String,
    pub sector: String,
    pub language: String,
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "directory/search.html")]
struct SearchPage {
    c: Ctx,
    q: SearchQuery,
    results: Vec<(OrgCard, Vec<Sector>)>,
    paging: Paging,
    types: Vec<Choice>,
    countries: Vec<Choice>,
    sectors: Vec<Choice>,
    languages: Vec<Choice>,
}

async fn search(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<SearchQuery>,
) -> AppResult<Response> {
    let f = PartnerFilter {
        org_type: OrgType::parse(&q.org_type),
        country: Country::parse(&q.country),
        sector: Sector::parse(&q.sector),
        language: Language::parse(&q.language),
        text: q.q.chars().take(100).collect(),
    };
    let mut page = q.page.unwrap_or(1).max(1);
    let (mut results, mut total) =
        directory::search(&state.db, &f, Paging::PER_PAGE, Paging::offset(page)).await?;
    // A page past the end (an old link, fewer matches since) shows the last page instead of
    // an empty list under "page N of N".
    if results.is_empty() && total > 0 && page > 1 {
        page = Paging::new(page, total, String::new()).page;
        (results, total) =
            directory::search(&state.db, &f, Paging::PER_PAGE, Paging::offset(page)).await?;
    }
    let base = query_string(&[
        ("q", &q.q),
        ("type", &q.org_type),
        ("country", &q.country),
        ("sector", &q.sector),
        ("language", &q.language),
    ]);
    Ok(render(&SearchPage {
        types: options::<OrgType>(&c.l, f.org_type.as_slice()),
        countries: options::<Country>(&c.l, f.country.as_slice()),
        sectors: options::<Sector>(&c.l, f.sector.as_slice()),
        languages: language_options(f.language.as_slice()),
        paging: Paging::new(page, total, base),
        c,
        q,
        results,
    }))
}

// ---- One organisation --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "directory/show.html")]
struct OrgPage {
    c: Ctx,
    org: Organisation,
    sectors: Vec<Sector>,
    languages: Vec<Language>,
    members: Vec<Member>,
    my_role: Option<OrgRole>,
    pending_request: bool,
    created: String,
    /// The organisation's active partnerships (Cooperation section).
    partnerships: Vec<bottega_storage::cooperation::partnerships::Partnership>,
}

impl OrgPage {
    fn is_admin(&self) -> bool {
        self.my_role == Some(OrgRole::Admin) || self.c.is_site_admin()
    }
}

async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let org = directory::by_slug(&state.db, &slug).await?;
    let (sectors, languages) = directory::org_lists(&state.db, org.id).await?;
    let (my_role, pending_request) = match &c.user {
        Some(u) => (
            directory::role_of(&state.db, org.id, u.user_id).await?,
            directory::pending_request_of(&state.db, org.id, u.user_id)
                .await?
                .is_some(),
        ),
        None => (None, false),
    };
    let include_minors = my_role == Some(OrgRole::Admin) || c.is_site_admin();
    let mut members = directory::members(&state.db, org.id, include_minors).await?;
    // Anonymous readers see only members whose profiles are public; members see members-only ones.
    if c.user.is_none() {
        members.retain(|m| m.visibility == "public");
    } else if !include_minors {
        members.retain(|m| m.visibility != "private");
    }
    let partnerships =
        bottega_storage::cooperation::partnerships::active_of_org(&state.db, org.id, 20).await?;
    Ok(render(&OrgPage {
        created: c.l.date(org.created_at),
        partnerships,
        c,
        org,
        sectors,
        languages,
        members,
        my_role,
        pending_request,
    }))
}

// ---- Creating and editing ----------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrgForm {
    pub name: String,
    #[serde(rename = "type")]
    pub org_type: String,
    pub country: String,
    pub city: String,
    pub website: String,
    pub description: String,
    pub description_lang: String,
    pub sectors: Vec<String>,
    pub languages: Vec<String>,
}

#[derive(Template)]
#[template(path = "directory/form.html")]
struct OrgFormPage {
    c: Ctx,
    form: OrgForm,
    errors: FormErrors,
    /// `None` when creating; the organisation when editing.
    org: Option<Organisation>,
    types: Vec<Choice>,
    countries: Vec<Choice>,
    sectors: Vec<Choice>,
    languages: Vec<Choice>,
    description_languages: Vec<Choice>,
}

fn form_page(c: Ctx, form: OrgForm, errors: FormErrors, org: Option<Organisation>) -> Response {
    let t: Vec<OrgType> = OrgType::parse(&form.org_type).into_iter().collect();
    let k: Vec<Country> = Country::parse(&form.country).into_iter().collect();
    let s: Vec<Sector> = form
        .sectors
        .iter()
        .filter_map(|x| Sector::parse(x))
        .collect();
    let l: Vec<Language> = form
        .languages
        .iter()
        .filter_map(|x| Language::parse(x))
        .collect();
    let dl: Vec<Language> = Language::parse(&form.description_lang)
        .into_iter()
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &OrgFormPage {
            types: options::<OrgType>(&c.l, &t),
            countries: options::<Country>(&c.l, &k),
            sectors: options::<Sector>(&c.l, &s),
            languages: language_options(&l),
            description_languages: language_options(&dl),
            c,
            form,
            errors,
            org,
        },
    )
}

/// Checks the form; on success returns the owned values `OrgFields` borrows from.
struct ValidOrg {
    name: String,
    org_type: OrgType,
    country: Country,
    city: String,
    website: String,
    description: String,
    description_lang: Option<Language>,
    sectors: Vec<Sector>,
    languages: Vec<Language>,
}

impl ValidOrg {
    fn fields(&self) -> OrgFields<'_> {
        OrgFields {
            name: &self.name,
            org_type: self.org_type,
            country: self.country,
            city: &self.city,
            website: &self.website,
            description: &self.description,
            description_lang: self.description_lang,
            sectors: &self.sectors,
            languages: &self.languages,
        }
    }
}

fn validate_org(c: &Ctx, form: &OrgForm) -> Result<ValidOrg, FormErrors> {
    let l = &c.l;
    let mut e = FormErrors::new();
    let name = e.check(l, "name", validate::line(&form.name, true, 150));
    let org_type = e.check(
        l,
        "type",
        validate::choice(&form.org_type, OrgType::parse).map(Some),
    );
    let country = e.check(
        l,
        "country",
        validate::choice(&form.country, Country::parse).map(Some),
    );
    let city = e.check(l, "city", validate::line(&form.city, false, 100));
    let website = e.check(l, "website", validate::website(&form.website));
    let description = e.check(
        l,
        "description",
        validate::text(&form.description, false, 5000),
    );
    let description_lang = e.optional_choice(
        l,
        "description_lang",
        &form.description_lang,
        Language::parse,
    );
    let sectors = e.check(
        l,
        "sectors",
        validate::choices(&form.sectors, Sector::parse, 18),
    );
    let languages = e.check(
        l,
        "languages",
        validate::choices(&form.languages, Language::parse, 32),
    );
    if !description.is_empty() && description_lang.is_none() && e.get("description_lang").is_none()
    {
        e.add_message("description_lang", l.t("org-description-lang-needed"));
    }
    match (org_type, country) {
        (Some(org_type), Some(country)) if e.is_empty() => Ok(ValidOrg {
            name,
            org_type,
            country,
            city,
            website,
            description,
            description_lang,
            sectors,
            languages,
        }),
        _ => Err(e),
    }
}

async fn new_form(c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    Ok(form_page(c, OrgForm::default(), FormErrors::new(), None))
}

async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<OrgForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let valid = match validate_org(&c, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, form, e, None)),
    };
    let mut tx = state.db.begin().await?;
    let org = directory::create(&mut tx, &valid.fields(), user_id).await?;
    bottega_storage::audit::record(
        &mut tx,
        Some(user_id),
        "organisation.create",
        "organisation",
        Some(org.id),
        &org.name,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/directory/{}", org.slug),
        "flash-organisation-created",
    ))
}

/// The organisation, if the reader administers it (or the whole site).
pub async fn org_for_admin(state: &AppState, c: &Ctx, slug: &str) -> AppResult<Organisation> {
    let user = c.require_user()?;
    let org = directory::by_slug(&state.db, slug).await?;
    let role = directory::role_of(&state.db, org.id, user.user_id).await?;
    if role == Some(OrgRole::Admin) || c.is_site_admin() {
        Ok(org)
    } else {
        Err(AppError::Forbidden)
    }
}

/// The edit form filled with what is stored.
async fn stored_form(state: &AppState, org: &Organisation) -> AppResult<OrgForm> {
    let (sectors, languages) = directory::org_lists(&state.db, org.id).await?;
    Ok(OrgForm {
        name: org.name.clone(),
        org_type: org.org_type.clone(),
        country: org.country.clone(),
        city: org.city.clone(),
        website: org.website.clone(),
        description: org.description.clone(),
        description_lang: org.description_lang.clone().unwrap_or_default(),
        sectors: sectors.iter().map(|s| s.code().to_string()).collect(),
        languages: languages.iter().map(|l| l.code().to_string()).collect(),
    })
}

async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let form = stored_form(&state, &org).await?;
    Ok(form_page(c, form, FormErrors::new(), Some(org)))
}

async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    Form(form): Form<OrgForm>,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    let valid = match validate_org(&c, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, form, e, Some(org))),
    };
    let mut tx = state.db.begin().await?;
    directory::update(&mut tx, org.id, &valid.fields()).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/directory/{}", org.slug),
        "flash-organisation-saved",
    ))
}

async fn upload_logo(
    State(state): State<AppState>,
    c: Ctx,
    Path(slug): Path<String>,
    mp: Multipart,
) -> AppResult<Response> {
    let org = org_for_admin(&state, &c, &slug).await?;
    match store_picture(&state, &c, mp, "logo", "logos", |b| {
        bottega_files::images::fit(b, 400, 200)
    })
    .await
    {
        Ok(key) => {
            let mut tx = state.db.begin().await?;
            directory::set_logo(&mut tx, org.id, Some(&key)).await?;
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &format!("/directory/{}", org.slug),
                "flash-logo-saved",
            ))
        }
        Err(msg) => {
            let mut e = FormErrors::new();
            e.add_message("logo", msg);
            let form = stored_form(&state, &org).await?;
            Ok(form_page(c, form, e, Some(org)))
        }
    }
}
