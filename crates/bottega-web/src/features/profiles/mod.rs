//! People: profiles, their visibility, the avatar, and the list of people who chose to be seen.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::Form;
use bottega_domain::{validate, Country, Language, RoleType, Sector, Visibility};
use bottega_storage::accounts::{self, ProfileLists, ProfileUpdate};
use bottega_storage::directory::{self, MyOrg, PeopleFilter, PersonCard};
use bottega_storage::StorageError;
use serde::Deserialize;

use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, options, query_string, render, render_status, Choice, FormErrors, Paging,
};

pub fn routes(state: &AppState) -> Router<AppState> {
    let upload_limit = crate::limits::picture_upload(&state.config.limits);
    Router::new()
        .route("/people", get(list))
        .route("/people/{id}", get(show))
        .route("/profile/edit", get(edit_form).post(edit_submit))
        .route("/profile/avatar", post(upload_avatar).layer(upload_limit))
        .route("/profile/avatar/remove", post(remove_avatar))
}

// ---- The list of people ------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PeopleQuery {
    pub q: String,
    pub country: String,
    pub role: String,
    pub sector: String,
    pub language: String,
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "profiles/list.html")]
struct PeoplePage {
    c: Ctx,
    q: PeopleQuery,
    people: Vec<PersonCard>,
    paging: Paging,
    countries: Vec<Choice>,
    roles: Vec<Choice>,
    sectors: Vec<Choice>,
    languages: Vec<Choice>,
}

async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<PeopleQuery>,
) -> AppResult<Response> {
    let filter = PeopleFilter {
        country: Country::parse(&q.country),
        role: RoleType::parse(&q.role),
        sector: Sector::parse(&q.sector),
        language: Language::parse(&q.language),
        text: q.q.chars().take(100).collect(),
    };
    let mut page = q.page.unwrap_or(1).max(1);
    let signed_in = c.user.is_some();
    let (mut people, mut total) = directory::people(
        &state.db,
        &filter,
        signed_in,
        Paging::PER_PAGE,
        Paging::offset(page),
    )
    .await?;
    // A page past the end shows the last page (as partner search does).
    if people.is_empty() && total > 0 && page > 1 {
        page = Paging::new(page, total, String::new()).page;
        (people, total) = directory::people(
            &state.db,
            &filter,
            signed_in,
            Paging::PER_PAGE,
            Paging::offset(page),
        )
        .await?;
    }
    let base = query_string(&[
        ("q", &q.q),
        ("country", &q.country),
        ("role", &q.role),
        ("sector", &q.sector),
        ("language", &q.language),
    ]);
    let paging = Paging::new(page, total, base);
    Ok(render(&PeoplePage {
        countries: options::<Country>(&c.l, filter.country.as_slice()),
        roles: options::<RoleType>(&c.l, filter.role.as_slice()),
        sectors: options::<Sector>(&c.l, filter.sector.as_slice()),
        languages: language_options(filter.language.as_slice()),
        c,
        q,
        people,
        paging,
    }))
}

// ---- One profile -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "profiles/show.html")]
struct ProfilePage {
    c: Ctx,
    user: accounts::User,
    lists: ProfileLists,
    orgs: Vec<MyOrg>,
    is_self: bool,
    joined: String,
    help: bottega_storage::communication::threads::HelpRecord,
    /// EntreComp summaries kept from finished business-simulation games.
    competences: Vec<crate::features::simulation::profile::CompetenceRecord>,
}

impl ProfilePage {
    fn country_name(&self) -> Option<String> {
        self.user.country().map(|k| self.c.t(&k.message_id()))
    }
}

/// Who may see a profile: its owner and site administrators always; others as the owner chose.
/// A profile the reader may not see answers "not found", so its existence is not revealed.
pub fn may_see(c: &Ctx, user: &accounts::User) -> bool {
    let viewer = c.user.as_ref();
    if viewer.is_some_and(|v| v.user_id == user.id) || c.is_site_admin() {
        return true;
    }
    if user.status != "active" {
        return false;
    }
    match user.visibility() {
        Visibility::Public => !user.is_minor,
        Visibility::Members => viewer.is_some(),
        Visibility::Private => false,
    }
}

async fn show(State(state): State<AppState>, c: Ctx, Path(id): Path<i64>) -> AppResult<Response> {
    let user = accounts::by_id(&state.db, id).await?;
    if !may_see(&c, &user) {
        return Err(AppError::NotFound);
    }
    let lists = accounts::profile_lists(&state.db, id).await?;
    let orgs = directory::orgs_of_user(&state.db, id).await?;
    let is_self = c.user.as_ref().is_some_and(|v| v.user_id == id);
    let help = bottega_storage::communication::threads::help_record(&state.db, id).await?;
    let kept = bottega_storage::simulation::competences_of(&state.db, id).await?;
    let competences = crate::features::simulation::profile::records(&c, kept);
    Ok(render(&ProfilePage {
        competences,
        help,
        joined: c.l.date(user.created_at),
        c,
        user,
        lists,
        orgs,
        is_self,
    }))
}

// ---- Editing -----------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub display_name: String,
    pub handle: String,
    pub country: String,
    pub bio: String,
    pub bio_lang: String,
    pub visibility: String,
    pub is_minor: Option<String>,
    pub languages: Vec<String>,
    pub roles: Vec<String>,
    pub sectors: Vec<String>,
}

#[derive(Template)]
#[template(path = "profiles/edit.html")]
struct EditPage {
    c: Ctx,
    form: ProfileForm,
    errors: FormErrors,
    avatar_key: Option<String>,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    bio_languages: Vec<Choice>,
    roles: Vec<Choice>,
    sectors: Vec<Choice>,
    visibilities: Vec<Choice>,
}

fn edit_page(
    c: Ctx,
    form: ProfileForm,
    errors: FormErrors,
    avatar_key: Option<String>,
) -> Response {
    let langs: Vec<Language> = form
        .languages
        .iter()
        .filter_map(|s| Language::parse(s))
        .collect();
    let roles: Vec<RoleType> = form
        .roles
        .iter()
        .filter_map(|s| RoleType::parse(s))
        .collect();
    let sectors: Vec<Sector> = form
        .sectors
        .iter()
        .filter_map(|s| Sector::parse(s))
        .collect();
    let country: Vec<Country> = Country::parse(&form.country).into_iter().collect();
    let bio_lang: Vec<Language> = Language::parse(&form.bio_lang).into_iter().collect();
    let is_minor = form.is_minor.is_some();
    let vis: Vec<Visibility> = Visibility::parse(&form.visibility).into_iter().collect();
    let visibilities = Visibility::ALL
        .iter()
        .filter(|v| v.allowed_for(is_minor))
        .map(|v| Choice {
            code: v.code().into(),
            label: c.t(&v.message_id()),
            selected: vis.contains(v),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &EditPage {
            countries: options::<Country>(&c.l, &country),
            languages: language_options(&langs),
            bio_languages: language_options(&bio_lang),
            roles: options::<RoleType>(&c.l, &roles),
            sectors: options::<Sector>(&c.l, &sectors),
            visibilities,
            c,
            form,
            errors,
            avatar_key,
        },
    )
}

/// The edit form filled with what is stored.
fn form_from(user: &accounts::User, lists: &ProfileLists) -> ProfileForm {
    ProfileForm {
        display_name: user.display_name.clone(),
        handle: user.handle.clone(),
        country: user.country.clone().unwrap_or_default(),
        bio: user.bio.clone(),
        bio_lang: user.bio_lang.clone().unwrap_or_default(),
        visibility: user.visibility.clone(),
        is_minor: user.is_minor.then(|| "1".to_string()),
        languages: lists
            .languages
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        roles: lists.roles.iter().map(|r| r.code().to_string()).collect(),
        sectors: lists.sectors.iter().map(|s| s.code().to_string()).collect(),
    }
}

async fn edit_form(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let id = c.require_user()?.user_id;
    let user = accounts::by_id(&state.db, id).await?;
    let lists = accounts::profile_lists(&state.db, id).await?;
    Ok(edit_page(
        c,
        form_from(&user, &lists),
        FormErrors::new(),
        user.avatar_key,
    ))
}

async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let id = c.require_user()?.user_id;
    let l = &c.l;
    let mut e = FormErrors::new();
    let name = e.check(
        l,
        "display_name",
        validate::line(&form.display_name, true, 80),
    );
    let handle = e.check(l, "handle", validate::handle(&form.handle));
    let country = e.optional_choice(l, "country", &form.country, Country::parse);
    let bio = e.check(l, "bio", validate::text(&form.bio, false, 2000));
    let bio_lang = e.optional_choice(l, "bio_lang", &form.bio_lang, Language::parse);
    let is_minor = form.is_minor.is_some();
    let visibility = e
        .check(
            l,
            "visibility",
            validate::choice(&form.visibility, Visibility::parse).map(Some),
        )
        .unwrap_or(Visibility::Private);
    if !visibility.allowed_for(is_minor) {
        e.add_message("visibility", l.t("profile-minor-not-public"));
    }
    let lists = ProfileLists {
        languages: e.check(
            l,
            "languages",
            validate::choices(&form.languages, Language::parse, 20),
        ),
        roles: e.check(
            l,
            "roles",
            validate::choices(&form.roles, RoleType::parse, 11),
        ),
        sectors: e.check(
            l,
            "sectors",
            validate::choices(&form.sectors, Sector::parse, 18),
        ),
    };
    if !bio.is_empty() && bio_lang.is_none() && e.get("bio_lang").is_none() {
        e.add_message("bio_lang", l.t("profile-bio-lang-needed"));
    }
    if !e.is_empty() {
        let user = accounts::by_id(&state.db, id).await?;
        return Ok(edit_page(c, form, e, user.avatar_key));
    }
    let mut tx = state.db.begin().await?;
    match accounts::set_handle(&mut tx, id, &handle).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            e.add(l, "handle", &validate::FieldError::HandleTaken);
            let user = accounts::by_id(&state.db, id).await?;
            return Ok(edit_page(c, form, e, user.avatar_key));
        }
        Err(err) => return Err(err.into()),
    }
    accounts::update_profile(
        &mut tx,
        id,
        &ProfileUpdate {
            display_name: &name,
            country,
            bio: &bio,
            bio_lang,
            visibility,
            is_minor,
            lists: &lists,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/people/{id}"),
        "flash-profile-saved",
    ))
}

/// Reads one uploaded file field, refusing it as soon as it passes `limit` bytes.
pub async fn read_upload(
    mp: &mut Multipart,
    field_name: &str,
    limit: usize,
) -> Result<Option<Vec<u8>>, UploadProblem> {
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => return Ok(None),
            Err(_) => return Err(UploadProblem::Malformed),
        };
        if field.name() != Some(field_name) {
            continue;
        }
        let mut field = field;
        let mut out = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if out.len() + chunk.len() > limit {
                        return Err(UploadProblem::TooLarge);
                    }
                    out.extend_from_slice(&chunk);
                }
                Ok(None) => return Ok(Some(out)),
                Err(_) => return Err(UploadProblem::TooLarge),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    Malformed,
    TooLarge,
}

/// Turns an uploaded picture into a stored PNG, or names what is wrong with it.
pub async fn store_picture(
    state: &AppState,
    c: &Ctx,
    mut mp: Multipart,
    field: &str,
    prefix: &str,
    make: fn(&[u8]) -> Result<Vec<u8>, bottega_files::images::ImageError>,
) -> Result<String, String> {
    let limit = state.config.limits.image_bytes;
    let bytes = match read_upload(&mut mp, field, limit).await {
        Ok(Some(b)) if !b.is_empty() => b,
        Ok(_) => return Err(c.t("upload-empty")),
        Err(UploadProblem::TooLarge) => {
            return Err(c
                .l
                .t1("upload-too-large", "limit", (limit / (1024 * 1024)) as i64))
        }
        Err(UploadProblem::Malformed) => return Err(c.t("upload-malformed")),
    };
    let png = match crate::cpu::FILES.run(move || make(&bytes)).await {
        Ok(Ok(png)) => png,
        Ok(Err(bottega_files::images::ImageError::TooLarge)) => {
            return Err(c.t("upload-image-too-large"))
        }
        Ok(Err(bottega_files::images::ImageError::Empty)) => return Err(c.t("upload-empty")),
        Ok(Err(_)) | Err(_) => return Err(c.t("upload-not-image")),
    };
    state
        .files
        .put_content(prefix, "png", png)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "could not store a picture");
            c.t("error-internal")
        })
}

async fn upload_avatar(
    State(state): State<AppState>,
    c: Ctx,
    mp: Multipart,
) -> AppResult<Response> {
    let id = c.require_user()?.user_id;
    match store_picture(&state, &c, mp, "avatar", "avatars", |b| {
        bottega_files::images::square(b, 256)
    })
    .await
    {
        Ok(key) => {
            let mut tx = state.db.begin().await?;
            accounts::set_avatar(&mut tx, id, Some(&key)).await?;
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash("/profile/edit", "flash-avatar-saved"))
        }
        Err(msg) => {
            let mut e = FormErrors::new();
            e.add_message("avatar", msg);
            let user = accounts::by_id(&state.db, id).await?;
            let lists = accounts::profile_lists(&state.db, id).await?;
            Ok(edit_page(c, form_from(&user, &lists), e, user.avatar_key))
        }
    }
}

async fn remove_avatar(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let id = c.require_user()?.user_id;
    let mut tx = state.db.begin().await?;
    accounts::set_avatar(&mut tx, id, None).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash("/profile/edit", "flash-avatar-removed"))
}
