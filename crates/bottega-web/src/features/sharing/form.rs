//! Depositing a resource, changing its description, adding file versions, deleting it.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use bottega_domain::{
    validate, CodeSet, Competence, Country, Language, Licence, ResourceType, ResourceVisibility,
    Sector, TargetGroup, Theme, EQF_LEVELS,
};
use bottega_storage::directory::{self, MyOrg};
use bottega_storage::sharing::files::{self as stored, StoredUpload};
use bottega_storage::sharing::resources::{self, ResourceFields, Tags};
use bottega_storage::{audit, StorageError};

use super::upload::{self, Received};
use super::{chosen_org, may_edit, visible_resource};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::features::communication::compose::compose;
use crate::state::AppState;
use crate::view::{language_options, options, render_status, Choice, FormErrors};

/// The longest title, in characters.
const TITLE_MAX: usize = 200;
/// At most this many values of each many-valued descriptor.
const TAGS_MAX: usize = 12;

/// What the form shows: the member's input as typed, so nothing is lost when it comes back.
#[derive(Debug, Clone, Default)]
pub struct ResourceForm {
    pub title: String,
    pub description: String,
    pub lang: String,
    pub rtype: String,
    pub url: String,
    pub country: String,
    pub eqf: String,
    pub licence: String,
    pub org: String,
    pub project_name: String,
    pub project_number: String,
    pub visibility: String,
    pub languages: Vec<String>,
    pub sectors: Vec<String>,
    pub themes: Vec<String>,
    pub targets: Vec<String>,
    pub competences: Vec<String>,
}

impl ResourceForm {
    fn from_received(r: &Received) -> ResourceForm {
        ResourceForm {
            title: r.get("title").to_string(),
            description: r.get("description").to_string(),
            lang: r.get("lang").to_string(),
            rtype: r.get("rtype").to_string(),
            url: r.get("url").to_string(),
            country: r.get("country").to_string(),
            eqf: r.get("eqf").to_string(),
            licence: r.get("licence").to_string(),
            org: r.get("org").to_string(),
            project_name: r.get("project_name").to_string(),
            project_number: r.get("project_number").to_string(),
            visibility: r.get("visibility").to_string(),
            languages: r.all("languages"),
            sectors: r.all("sectors"),
            themes: r.all("themes"),
            targets: r.all("targets"),
            competences: r.all("competences"),
        }
    }

    fn from_resource(r: &resources::Resource, tags: Tags) -> ResourceForm {
        ResourceForm {
            title: r.title.clone(),
            description: r.description_md.clone(),
            lang: r.lang.clone(),
            rtype: r.rtype.clone(),
            url: r.external_url.clone().unwrap_or_default(),
            country: r.country.clone().unwrap_or_default(),
            eqf: r.eqf_level.map(|l| l.to_string()).unwrap_or_default(),
            licence: r.licence.clone(),
            org: r.org_id.map(|o| o.to_string()).unwrap_or_default(),
            project_name: r.project_name.clone().unwrap_or_default(),
            project_number: r.project_number.clone().unwrap_or_default(),
            visibility: r.visibility.clone(),
            languages: tags.languages,
            sectors: tags.sectors,
            themes: tags.themes,
            targets: tags.targets,
            competences: tags.competences,
        }
    }
}

/// The options of a select or checkbox group, with the form's values selected.
fn choices<T: CodeSet>(c: &Ctx, values: &[String]) -> Vec<Choice> {
    let selected: Vec<T> = values.iter().filter_map(|v| T::parse(v)).collect();
    options(&c.l, &selected)
}

#[derive(Template)]
#[template(path = "sharing/form.html")]
struct FormPage {
    c: Ctx,
    /// `None` for a new resource.
    resource_id: Option<i64>,
    f: ResourceForm,
    errors: FormErrors,
    /// Files stored by an earlier attempt of this form, as (name, size, token).
    kept: Vec<(String, String, String)>,
    orgs: Vec<MyOrg>,
    types: Vec<Choice>,
    licences: Vec<Choice>,
    visibilities: Vec<Choice>,
    countries: Vec<Choice>,
    content_languages: Vec<Choice>,
    languages: Vec<Choice>,
    sectors: Vec<Choice>,
    themes: Vec<Choice>,
    targets: Vec<Choice>,
    competences: Vec<Choice>,
    accept: String,
    max_mb: u64,
    max_files: usize,
}

impl FormPage {
    fn org_selected(&self, id: &i64) -> bool {
        self.f.org == id.to_string()
    }
    fn eqf_selected(&self, level: &i64) -> bool {
        self.f.eqf == level.to_string()
    }
    fn eqf_label(&self, level: &i64) -> String {
        self.c.l.t1("res-eqf-level", "level", *level)
    }
    fn eqf_levels(&self) -> Vec<i64> {
        EQF_LEVELS.collect()
    }
}

/// The form, for a new resource (`resource` is `None`) or an edit.
async fn form_page(
    state: &AppState,
    c: Ctx,
    resource: Option<&resources::Resource>,
    f: ResourceForm,
    errors: FormErrors,
    kept: &[StoredUpload],
) -> AppResult<Response> {
    let user_id = c.require_user()?.user_id;
    let resource_id = resource.map(|r| r.id);
    let mut orgs = directory::orgs_of_user(&state.db, user_id).await?;
    // An editor who is not a member of the resource's organisation (site staff) is offered it
    // too, so that saving the form keeps it.
    if let Some(r) = resource {
        if let Some(id) = r.org_id.filter(|id| !orgs.iter().any(|o| o.id == *id)) {
            orgs.push(MyOrg {
                id,
                slug: r.org_slug.clone().unwrap_or_default(),
                name: r.org_name.clone().unwrap_or_default(),
                role: String::new(),
            });
        }
    }
    let kept = kept
        .iter()
        .map(|u| {
            (
                u.name.clone(),
                super::human_size(&c, u.size),
                upload::seal(state, user_id, u),
            )
        })
        .collect();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut content_languages = language_options(&[]);
    for o in &mut content_languages {
        o.selected = o.code == f.lang;
    }
    let mut languages = language_options(&[]);
    for o in &mut languages {
        o.selected = f.languages.contains(&o.code);
    }
    let page = FormPage {
        resource_id,
        types: choices::<ResourceType>(&c, std::slice::from_ref(&f.rtype)),
        licences: choices::<Licence>(&c, std::slice::from_ref(&f.licence)),
        visibilities: ResourceVisibility::ALL
            .iter()
            .map(|v| Choice {
                code: v.code().to_string(),
                label: c.t(&v.message_id()),
                selected: v.code() == f.visibility,
            })
            .collect(),
        countries: choices::<Country>(&c, std::slice::from_ref(&f.country)),
        content_languages,
        languages,
        sectors: choices::<Sector>(&c, &f.sectors),
        themes: choices::<Theme>(&c, &f.themes),
        targets: choices::<TargetGroup>(&c, &f.targets),
        competences: Competence::ALL
            .iter()
            .map(|v| Choice {
                code: v.code().to_string(),
                label: c.t(&v.message_id()),
                selected: f.competences.iter().any(|x| x == v.code()),
            })
            .collect(),
        accept: bottega_files::inspect::ALLOWED_EXTENSIONS
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(","),
        max_mb: state.config.limits.file_bytes / (1024 * 1024),
        max_files: state.config.limits.files_per_upload,
        kept,
        orgs,
        f,
        errors,
        c,
    };
    Ok(render_status(status, &page))
}

pub async fn new_page(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    c.require_verified()?;
    let f = ResourceForm {
        lang: crate::features::communication::compose::interface_language(&c)
            .code()
            .to_string(),
        licence: Licence::CcBy.code().to_string(),
        visibility: ResourceVisibility::Public.code().to_string(),
        ..ResourceForm::default()
    };
    form_page(&state, c, None, f, FormErrors::new(), &[]).await
}

/// Checks the descriptors; problems go to `errors`.
async fn check(
    state: &AppState,
    c: &Ctx,
    user_id: i64,
    current_org: Option<i64>,
    f: &ResourceForm,
    errors: &mut FormErrors,
) -> AppResult<Option<ResourceFields>> {
    let l = &c.l;
    let title = errors.check(l, "title", validate::line(&f.title, true, TITLE_MAX));
    let rtype = errors.check(
        l,
        "rtype",
        validate::choice(&f.rtype, ResourceType::parse).map(Some),
    );
    let licence = errors.check(
        l,
        "licence",
        validate::choice(&f.licence, Licence::parse).map(Some),
    );
    let visibility = errors.check(
        l,
        "visibility",
        validate::choice(&f.visibility, ResourceVisibility::parse).map(Some),
    );
    let country = errors.optional_choice(l, "country", &f.country, Country::parse);
    let eqf_level = if f.eqf.trim().is_empty() {
        None
    } else {
        match f.eqf.trim().parse::<i64>() {
            Ok(n) if EQF_LEVELS.contains(&n) => Some(n),
            _ => {
                errors.add(l, "eqf", &validate::FieldError::InvalidChoice);
                None
            }
        }
    };
    let url = errors.check(l, "url", validate::website(&f.url));
    let project_name = errors.check(
        l,
        "project_name",
        validate::line(&f.project_name, false, 200),
    );
    let project_number = errors.check(
        l,
        "project_number",
        validate::line(&f.project_number, false, 40),
    );
    if !project_number.is_empty()
        && !project_number
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
    {
        errors.add_message("project_number", c.t("res-project-number-invalid"));
    }
    let languages = errors.check(
        l,
        "languages",
        validate::choices(&f.languages, Language::parse, TAGS_MAX),
    );
    let sectors = errors.check(
        l,
        "sectors",
        validate::choices(&f.sectors, Sector::parse, TAGS_MAX),
    );
    let themes = errors.check(
        l,
        "themes",
        validate::choices(&f.themes, Theme::parse, TAGS_MAX),
    );
    let targets = errors.check(
        l,
        "targets",
        validate::choices(&f.targets, TargetGroup::parse, TAGS_MAX),
    );
    let competences = errors.check(
        l,
        "competences",
        validate::choices(&f.competences, Competence::parse, TAGS_MAX),
    );
    // The owning organisation must be one of the member's own, or the one the resource already
    // has (kept when site staff edit it).
    let org_id = chosen_org(state, c, errors, "org", &f.org, user_id, current_org).await?;
    if visibility == Some(ResourceVisibility::Organisation)
        && org_id.is_none()
        && errors.get("org").is_none()
    {
        errors.add_message("org", c.t("res-visibility-needs-org"));
    }
    if rtype == Some(ResourceType::Link) && url.is_empty() && errors.get("url").is_none() {
        errors.add(l, "url", &validate::FieldError::Required);
    }
    let described = compose(
        state,
        c,
        errors,
        "description",
        &f.description,
        "lang",
        &f.lang,
    )
    .await?;
    let (Some(rtype), Some(licence), Some(visibility), Some(described)) =
        (rtype, licence, visibility, described)
    else {
        return Ok(None);
    };
    if !errors.is_empty() {
        return Ok(None);
    }
    let some = |s: String| (!s.is_empty()).then_some(s);
    Ok(Some(ResourceFields {
        title,
        description_md: described.md,
        description_html: described.html,
        lang: described.lang,
        rtype,
        external_url: some(url),
        country,
        eqf_level,
        licence,
        org_id,
        project_name: some(project_name),
        project_number: some(project_number.to_uppercase()),
        visibility,
        languages,
        sectors,
        themes,
        targets,
        competences,
    }))
}

fn file_problems(errors: &mut FormErrors, received: &Received) {
    for p in &received.problems {
        errors.add_message("files", p.clone());
    }
}

pub async fn create(State(state): State<AppState>, c: Ctx, mp: Multipart) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let received = upload::receive(&state, &c, user_id, mp).await?;
    let f = ResourceForm::from_received(&received);
    let mut errors = FormErrors::new();
    let fields = check(&state, &c, user_id, None, &f, &mut errors).await?;
    file_problems(&mut errors, &received);
    if let Some(fields) = &fields {
        if fields.external_url.is_none()
            && received.files.is_empty()
            && errors.get("files").is_none()
        {
            errors.add_message("files", c.t("res-needs-file-or-link"));
        }
    }
    let fields = match fields {
        Some(fields) if errors.is_empty() => fields,
        _ => return form_page(&state, c, None, f, errors, &received.files).await,
    };
    let saved = async {
        let mut tx = state.db.begin().await?;
        let id = resources::create(&mut tx, user_id, &fields).await?;
        for u in &received.files {
            stored::add_version(&mut tx, id, None, user_id, u).await?;
        }
        tx.commit().await.map_err(StorageError::from)?;
        Ok::<i64, StorageError>(id)
    }
    .await;
    match saved {
        Ok(id) => {
            state.search_wakeup.notify_one();
            Ok(redirect_with_flash(
                &format!("/resources/{id}"),
                "flash-resource-saved",
            ))
        }
        Err(e) => {
            // Nothing refers to the stored files now: take them away again.
            let keys = stored_keys(&received.files);
            upload::release(&state, &keys).await;
            Err(e.into())
        }
    }
}

fn stored_keys(files: &[StoredUpload]) -> Vec<String> {
    files
        .iter()
        .flat_map(|u| std::iter::once(u.object_key.clone()).chain(u.thumb_key.clone()))
        .collect()
}

async fn editable(state: &AppState, c: &Ctx, id: i64) -> AppResult<resources::Resource> {
    c.require_verified()?;
    let r = visible_resource(state, c, id).await?;
    if !may_edit(state, c, &r).await? {
        return Err(AppError::Forbidden);
    }
    Ok(r)
}

pub async fn edit_page(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let r = editable(&state, &c, id).await?;
    let tags = resources::tags(&state.db, id).await?;
    form_page(
        &state,
        c,
        Some(&r),
        ResourceForm::from_resource(&r, tags),
        FormErrors::new(),
        &[],
    )
    .await
}

pub async fn update(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    mp: Multipart,
) -> AppResult<Response> {
    let r = editable(&state, &c, id).await?;
    let user_id = c.require_user()?.user_id;
    let received = upload::receive(&state, &c, user_id, mp).await?;
    let mut f = ResourceForm::from_received(&received);
    // Another admin's organisation stays when the editor is not one of its members.
    if f.org.is_empty() && r.org_id.is_some() && r.owner_id != Some(user_id) && !c.is_staff() {
        f.org = r.org_id.map(|o| o.to_string()).unwrap_or_default();
    }
    let mut errors = FormErrors::new();
    let fields = check(&state, &c, user_id, r.org_id, &f, &mut errors).await;
    let fields = match fields {
        Ok(Some(fields)) if errors.is_empty() && received.problems.is_empty() => fields,
        Ok(_) => {
            file_problems(&mut errors, &received);
            return form_page(&state, c, Some(&r), f, errors, &received.files).await;
        }
        Err(e) => return Err(e),
    };
    // As when it was deposited, it keeps a file or a link.
    if fields.external_url.is_none()
        && received.files.is_empty()
        && stored::of_resource(&state.db, id).await?.is_empty()
    {
        errors.add_message("files", c.t("res-needs-file-or-link"));
        return form_page(&state, c, Some(&r), f, errors, &[]).await;
    }
    let saved = async {
        let mut tx = state.db.begin().await?;
        resources::update(&mut tx, id, &fields).await?;
        for u in &received.files {
            stored::add_version(&mut tx, id, None, user_id, u).await?;
        }
        tx.commit().await.map_err(StorageError::from)?;
        Ok::<(), StorageError>(())
    }
    .await;
    if let Err(e) = saved {
        upload::release(&state, &stored_keys(&received.files)).await;
        return Err(e.into());
    }
    state.search_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/resources/{id}"),
        "flash-resource-saved",
    ))
}

/// A new version of one file (`file` names it), or a new file when `file` is empty.
pub async fn add_version(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
    mp: Multipart,
) -> AppResult<Response> {
    editable(&state, &c, id).await?;
    let user_id = c.require_user()?.user_id;
    let mut received = upload::receive(&state, &c, user_id, mp).await?;
    let file_id = match received.get("file").trim() {
        "" => None,
        v => Some(v.parse::<i64>().map_err(|_| AppError::BadRequest)?),
    };
    let note = validate::line(received.get("note"), false, 300).unwrap_or_default();
    if !received.problems.is_empty() || received.files.len() != 1 {
        let problem = received
            .problems
            .first()
            .cloned()
            .unwrap_or_else(|| c.t("res-version-needs-one-file"));
        upload::release(&state, &stored_keys(&received.files)).await;
        return show_with_problem(&state, c, id, problem).await;
    }
    for u in &mut received.files {
        u.note = note.clone();
    }
    let saved = async {
        let mut tx = state.db.begin().await?;
        stored::add_version(&mut tx, id, file_id, user_id, &received.files[0]).await?;
        tx.commit().await.map_err(StorageError::from)?;
        Ok::<(), StorageError>(())
    }
    .await;
    if let Err(e) = saved {
        upload::release(&state, &stored_keys(&received.files)).await;
        return Err(e.into());
    }
    state.search_wakeup.notify_one();
    Ok(redirect_with_flash(
        &format!("/resources/{id}#files"),
        "flash-version-saved",
    ))
}

async fn show_with_problem(
    state: &AppState,
    c: Ctx,
    id: i64,
    problem: String,
) -> AppResult<Response> {
    let mut errors = FormErrors::new();
    errors.add_message("version", problem);
    super::show::render_page(state, c, id, errors).await
}

pub async fn delete(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let r = editable(&state, &c, id).await?;
    let actor = c.require_user()?.user_id;
    let mut tx = state.db.begin().await?;
    let keys = resources::delete(&mut tx, id).await?;
    if r.owner_id != Some(actor) {
        audit::record(
            &mut tx,
            Some(actor),
            "resource.delete",
            "resource",
            Some(id),
            &r.title,
        )
        .await?;
    }
    tx.commit().await.map_err(StorageError::from)?;
    upload::release(&state, &keys).await;
    state.search_wakeup.notify_one();
    Ok(redirect_with_flash("/resources", "flash-resource-deleted"))
}
