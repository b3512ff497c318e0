//! Partnerships: the Cooperation section's landing page, the register, proposing a partnership
//! (also from partner search, `/partnerships/new?to=<organisation>`), the agreement with each
//! organisation's answer, rewriting and withdrawing a proposal, and ending a partnership.
//!
//! A proposal is made by a verified member of an organisation on its behalf, to one or more
//! organisations of the directory. An admin of each organisation accepts it (naming who signs
//! and in which role) or declines it; when every organisation has accepted the current terms
//! the partnership is active, one refusal ends it as declined. Rewriting the terms of a
//! proposal asks every organisation again. Admins are told by email in their own language.
//! Who may read and change what is decided in `partnership_access.rs`.

#[path = "partnership_access.rs"]
pub(super) mod access;
#[path = "partnership_forms.rs"]
pub(super) mod forms;
#[path = "partnership_mail.rs"]
mod mail;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use axum_extra::extract::{Form, Query};
use bottega_domain::{Country, Language, Theme};
use bottega_storage::cooperation::partnerships::{
    self as store, Answered, MyPartnership, OrgRef, Partnership, Party, PartyRow, Reader,
    RegisterFilter, Terms,
};
use bottega_storage::{audit, directory, StorageError};
use serde::Deserialize;

use self::access::{load, Seen};
use self::forms::{AnswerForm, TermsForm};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, options, query_string, render, render_status, Choice, FormErrors, Paging,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cooperation", get(home))
        .route("/partnerships", get(register))
        .route("/partnerships/new", get(new_form).post(new_submit))
        .route("/partnerships/{id}", get(show))
        .route(
            "/partnerships/{id}/answer",
            get(answer_form).post(answer_submit),
        )
        .route("/partnerships/{id}/edit", get(edit_form).post(edit_submit))
        .route(
            "/partnerships/{id}/withdraw",
            get(withdraw_form).post(withdraw_submit),
        )
        .route("/partnerships/{id}/end", get(end_form).post(end_submit))
}

/// The names of theme codes in the reader's language.
fn theme_labels(c: &Ctx, codes: &[String]) -> Vec<String> {
    codes
        .iter()
        .map(|code| {
            Theme::parse(code)
                .map(|t| c.t(&t.message_id()))
                .unwrap_or_else(|| code.clone())
        })
        .collect()
}

fn language_name(code: &str) -> String {
    Language::parse(code)
        .map(|l| l.endonym().to_string())
        .unwrap_or_default()
}

/// A partnership in a list: its organisations, themes and period, ready to show.
pub struct Row {
    pub p: Partnership,
    pub parties: Vec<PartyRow>,
    pub themes: Vec<String>,
    pub starts: String,
    pub ends: String,
}

/// Rows for a page of partnerships: two queries for all their organisations and themes.
async fn rows(state: &AppState, c: &Ctx, list: Vec<Partnership>) -> AppResult<Vec<Row>> {
    let ids: Vec<i64> = list.iter().map(|p| p.id).collect();
    let mut parties: HashMap<i64, Vec<PartyRow>> = HashMap::new();
    for r in store::parties_of(&state.db, &ids).await? {
        parties.entry(r.partnership_id).or_default().push(r);
    }
    let mut themes: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, code) in store::themes_of(&state.db, &ids).await? {
        themes.entry(id).or_default().push(code);
    }
    Ok(list
        .into_iter()
        .map(|p| Row {
            parties: parties.remove(&p.id).unwrap_or_default(),
            themes: theme_labels(c, &themes.remove(&p.id).unwrap_or_default()),
            starts: crate::view::day(&c.l, &p.starts_on),
            ends: crate::view::day(&c.l, &p.ends_on),
            p,
        })
        .collect())
}

// ---- The landing page ----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/home.html")]
struct HomePage {
    c: Ctx,
    active: i64,
    ended: i64,
    recent: Vec<Row>,
    /// Proposals waiting for an answer the reader may give (one row per organisation).
    waiting: Vec<MyPartnership>,
    /// The reader's organisations' other partnerships, each once.
    mine: Vec<MyPartnership>,
    /// Whether the reader belongs to an organisation (and so may propose).
    has_org: bool,
}

pub async fn home(State(state): State<AppState>, c: Ctx) -> AppResult<Response> {
    let (active, ended) = store::public_counts(&state.db).await?;
    let recent = store::recent_active(&state.db, 5).await?;
    let recent = rows(&state, &c, recent).await?;
    let (mut waiting, mut mine, mut has_org) = (Vec::new(), Vec::new(), false);
    if let Some(u) = &c.user {
        has_org = !directory::orgs_of_user(&state.db, u.user_id)
            .await?
            .is_empty();
        let mut seen_ids = Vec::new();
        for m in store::of_user(&state.db, u.user_id, 200).await? {
            if m.awaits_my_answer() {
                seen_ids.push(m.id);
                waiting.push(m);
            } else if !seen_ids.contains(&m.id) {
                seen_ids.push(m.id);
                mine.push(m);
            }
        }
    }
    Ok(render(&HomePage {
        c,
        active,
        ended,
        recent,
        waiting,
        mine,
        has_org,
    }))
}

// ---- The register --------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegisterQuery {
    pub theme: String,
    pub status: String,
    pub country: String,
    pub page: String,
}

#[derive(Template)]
#[template(path = "cooperation/partnership_list.html")]
struct RegisterPage {
    c: Ctx,
    rows: Vec<Row>,
    themes: Vec<Choice>,
    statuses: Vec<Choice>,
    countries: Vec<Choice>,
    paging: Paging,
}

/// Statuses a reader may filter on: proposals and declined ones only concern members.
fn status_code(s: &str, signed_in: bool) -> Option<&'static str> {
    let all: &[&'static str] = if signed_in {
        &[
            store::PROPOSED,
            store::ACTIVE,
            store::ENDED,
            store::DECLINED,
        ]
    } else {
        &[store::ACTIVE, store::ENDED]
    };
    all.iter().copied().find(|x| *x == s.trim())
}

pub async fn register(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<RegisterQuery>,
) -> AppResult<Response> {
    let signed_in = c.user.is_some();
    let filter = RegisterFilter {
        theme: Theme::parse(q.theme.trim()),
        status: status_code(&q.status, signed_in),
        country: Country::parse(q.country.trim()),
    };
    let reader = Reader {
        user_id: c.user.as_ref().map(|u| u.user_id),
        staff: c.is_staff(),
    };
    let page = q.page.parse::<i64>().unwrap_or(1).max(1);
    let (mut list, total) = store::register(
        &state.db,
        reader,
        &filter,
        Paging::PER_PAGE,
        Paging::offset(page),
    )
    .await?;
    let base = query_string(&[
        ("theme", filter.theme.map(Theme::code).unwrap_or("")),
        ("status", filter.status.unwrap_or("")),
        ("country", filter.country.map(Country::code).unwrap_or("")),
    ]);
    let paging = Paging::new(page, total, base);
    // A page past the end shows the last one (as the paging links say).
    if paging.page != page && total > 0 {
        list = store::register(
            &state.db,
            reader,
            &filter,
            Paging::PER_PAGE,
            Paging::offset(paging.page),
        )
        .await?
        .0;
    }
    let statuses = [
        store::PROPOSED,
        store::ACTIVE,
        store::ENDED,
        store::DECLINED,
    ]
    .into_iter()
    .filter(|s| status_code(s, signed_in).is_some())
    .map(|s| Choice {
        code: s.to_string(),
        label: c.t(&format!("pt-status-{s}")),
        selected: filter.status == Some(s),
    })
    .collect();
    let rows = rows(&state, &c, list).await?;
    Ok(render(&RegisterPage {
        themes: options::<Theme>(&c.l, filter.theme.as_slice()),
        countries: options::<Country>(&c.l, filter.country.as_slice()),
        statuses,
        rows,
        paging,
        c,
    }))
}

// ---- Proposing -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/partnership_form.html")]
struct FormPage {
    c: Ctx,
    /// `None` when proposing; the partnership when rewriting its terms.
    editing: Option<Partnership>,
    form: TermsForm,
    errors: FormErrors,
    /// The organisations the proposer may propose for.
    my_orgs: Vec<Choice>,
    /// Partners chosen before the form opened, shown checked.
    to: Vec<OrgRef>,
    themes: Vec<Choice>,
    languages: Vec<Choice>,
}

impl FormPage {
    fn is_to_checked(&self, slug: &str) -> bool {
        self.form.to.iter().any(|s| s == slug)
    }
}

#[derive(Template)]
#[template(path = "cooperation/partnership_no_org.html")]
struct NoOrgPage {
    c: Ctx,
}

fn form_page(
    c: Ctx,
    editing: Option<Partnership>,
    form: TermsForm,
    errors: FormErrors,
    my_orgs: &[directory::MyOrg],
    to: Vec<OrgRef>,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let themes: Vec<Theme> = form.themes.iter().filter_map(|t| Theme::parse(t)).collect();
    let my_orgs = my_orgs
        .iter()
        .map(|o| Choice {
            code: o.id.to_string(),
            label: o.name.clone(),
            selected: form.from_org.trim() == o.id.to_string(),
        })
        .collect();
    render_status(
        status,
        &FormPage {
            themes: options::<Theme>(&c.l, &themes),
            languages: language_options(Language::parse(&form.lang).as_slice()),
            my_orgs,
            to,
            c,
            editing,
            form,
            errors,
        },
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    /// The directory address of the organisation the partnership is proposed to.
    pub to: String,
}

pub async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Query(q): Query<NewQuery>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let my_orgs = directory::orgs_of_user(&state.db, user_id).await?;
    if my_orgs.is_empty() {
        return Ok(render(&NoOrgPage { c }));
    }
    let to = match forms::slug_of(&q.to) {
        Some(slug) => store::orgs_by_slugs(&state.db, &[slug]).await?,
        None => Vec::new(),
    };
    let today = access::today();
    let form = TermsForm {
        // The proposer's organisation is preselected when there is no choice to make, or
        // when it is the one they administer.
        from_org: my_orgs
            .iter()
            .find(|o| o.role == "admin" && !to.iter().any(|t| t.id == o.id))
            .or(my_orgs.first())
            .map(|o| o.id.to_string())
            .unwrap_or_default(),
        to: to.iter().map(|o| o.slug.clone()).collect(),
        lang: c.l.lang().to_string(),
        starts_on: today.to_string(),
        ends_on: today
            .checked_add_months(chrono::Months::new(36))
            .unwrap_or(today)
            .to_string(),
        ..TermsForm::default()
    };
    Ok(form_page(c, None, form, FormErrors::new(), &my_orgs, to))
}

/// The terms as storage takes them, from checked values and their rendered text.
fn terms<'a>(
    v: &'a forms::ValidTerms,
    html: &'a (String, String),
    dates: &'a (String, String),
) -> Terms<'a> {
    Terms {
        title: &v.title,
        purpose_md: &v.purpose,
        purpose_html: &html.0,
        commitments_md: &v.commitments,
        commitments_html: &html.1,
        lang: v.lang.code(),
        starts_on: &dates.0,
        ends_on: &dates.1,
        themes: &v.themes,
    }
}

/// Markdown rendered once, when the terms are written; headings start below the page's.
fn rendered(v: &forms::ValidTerms) -> (String, String) {
    let md =
        |s: &str| bottega_text::demote_headings(&bottega_text::render(s, &HashMap::new()).html, 2);
    (md(&v.purpose), md(&v.commitments))
}

pub async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Form(form): Form<TermsForm>,
) -> AppResult<Response> {
    let user_id = c.require_verified()?.user_id;
    let my_orgs = directory::orgs_of_user(&state.db, user_id).await?;
    if my_orgs.is_empty() {
        return Err(AppError::Refused {
            code: "partnership_no_organisation",
            message: "pt-error-no-organisation",
            status: StatusCode::FORBIDDEN,
        });
    }
    let (valid, mut errors) = match forms::terms(&c.l, &form) {
        Ok(v) => (Some(v), FormErrors::new()),
        Err(e) => (None, e),
    };
    let from = form
        .from_org
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| my_orgs.iter().find(|o| o.id == id));
    if from.is_none() {
        errors.add_message("from_org", c.t("pt-error-not-your-org"));
    }
    let slugs = forms::partner_slugs(&c.l, &mut errors, &form.to, &form.partners);
    let found = if errors.get("partners").is_none() {
        store::orgs_by_slugs(&state.db, &slugs).await?
    } else {
        Vec::new()
    };
    if errors.get("partners").is_none() {
        let unknown: Vec<&str> = slugs
            .iter()
            .filter(|s| !found.iter().any(|o| &o.slug == *s))
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            errors.add_message(
                "partners",
                c.l.t1("pt-error-unknown-partner", "list", unknown.join(", ")),
            );
        } else if let Some(from) = from {
            if found.iter().all(|o| o.id == from.id) {
                errors.add_message("partners", c.t("pt-error-own-org-only"));
            }
        }
    }
    let (Some(v), Some(from), true) = (valid, from, errors.is_empty()) else {
        let shown = &form.to[..form.to.len().min(forms::PARTNERS_MAX)];
        let to = store::orgs_by_slugs(&state.db, shown).await?;
        return Ok(form_page(c, None, form, errors, &my_orgs, to));
    };
    let partners: Vec<i64> = found.iter().map(|o| o.id).collect();
    let html = rendered(&v);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let mut tx = state.db.begin().await?;
    let id = store::propose(
        &mut tx,
        &terms(&v, &html, &dates),
        user_id,
        from.id,
        &partners,
    )
    .await?;
    // Who signs is written only with the acceptance it belongs to (an admin's proposal).
    let signs = from.role == "admin";
    if signs && (!v.signatory_name.is_empty() || !v.signatory_role.is_empty()) {
        store::set_signatory(&mut tx, id, from.id, &v.signatory_name, &v.signatory_role).await?;
    }
    // Every organisation still to answer is told, its own proposer's included when the
    // proposer is not the one who answers for it.
    let pending: Vec<i64> = store::party_states(&mut tx, id)
        .await?
        .into_iter()
        .filter(|(_, state)| state == store::PENDING)
        .map(|(org, _)| org)
        .collect();
    let path = format!("/partnerships/{id}");
    let about = mail::About {
        title: &v.title,
        by_org: &from.name,
        path: &path,
    };
    let (own, partners): (Vec<i64>, Vec<i64>) = pending.iter().partition(|org| **org == from.id);
    mail::tell_admins(&state, &mut tx, &partners, user_id, mail::PROPOSAL, &about).await?;
    mail::tell_admins(&state, &mut tx, &own, user_id, mail::PROPOSAL_OWN, &about).await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(&path, "flash-pt-proposed"))
}

// ---- The agreement -------------------------------------------------------------------------

/// An organisation of the partnership with its answer, ready to show.
pub struct PartyView {
    pub party: Party,
    pub decided: String,
    /// Accepted terms older than the current ones (only possible before a rewrite is answered).
    pub outdated: bool,
    pub is_proposer: bool,
}

#[derive(Template)]
#[template(path = "cooperation/partnership_show.html")]
struct ShowPage {
    c: Ctx,
    seen: Seen,
    parties: Vec<PartyView>,
    themes: Vec<String>,
    starts: String,
    ends: String,
    lang_name: String,
    /// Organisations the reader may answer for now.
    answerable: Vec<Party>,
    /// Plan items: objectives, activities, milestones, indicators.
    counts: (i64, i64, i64, i64),
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let seen = load(&state, &c, &id).await?;
    let parties = store::parties(&state.db, seen.id()).await?;
    let themes = theme_labels(&c, &store::themes(&state.db, seen.id()).await?);
    let counts = bottega_storage::cooperation::plans::counts(&state.db, seen.id()).await?;
    let answerable = if seen.p.is_proposed() {
        parties
            .iter()
            .filter(|p| p.state == store::PENDING && seen.is_admin_of(p.org_id))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let parties = parties
        .into_iter()
        .map(|party| PartyView {
            decided: party.decided_at.map(|at| c.l.date(at)).unwrap_or_default(),
            outdated: party.state == store::ACCEPTED
                && party
                    .accepted_terms
                    .is_some_and(|v| v != seen.p.terms_version),
            is_proposer: seen.p.proposed_by_org == Some(party.org_id),
            party,
        })
        .collect();
    Ok(render(&ShowPage {
        starts: crate::view::day(&c.l, &seen.p.starts_on),
        ends: crate::view::day(&c.l, &seen.p.ends_on),
        lang_name: language_name(&seen.p.lang),
        parties,
        themes,
        answerable,
        counts,
        c,
        seen,
    }))
}

// ---- Answering -----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/partnership_answer.html")]
struct AnswerPage {
    c: Ctx,
    seen: Seen,
    org: Party,
    form: AnswerForm,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrgQuery {
    pub org: String,
}

/// The partnership and the party organisation `org` for an answer by the reader: 409 when it
/// is no longer a proposal, 403 `partnership_not_org_admin` unless the reader administers that
/// organisation and it is a party. Proposals are hidden from outsiders elsewhere, but someone
/// answering for an organisation is told plainly that they may not.
async fn answering(
    state: &AppState,
    c: &Ctx,
    id: &str,
    org: &str,
) -> AppResult<(i64, Seen, Party)> {
    let user_id = c.require_verified()?.user_id;
    let pid = access::parse_id(id)?;
    let p = store::get(&state.db, pid)
        .await?
        .ok_or(AppError::NotFound)?;
    let my_orgs = store::my_parties(&state.db, pid, user_id).await?;
    let seen = Seen {
        p,
        my_orgs,
        user_id: Some(user_id),
    };
    let org_id = org.trim().parse::<i64>().unwrap_or(0);
    if !seen.is_admin_of(org_id) {
        return Err(access::not_org_admin());
    }
    if !seen.p.is_proposed() {
        return Err(access::not_proposed());
    }
    let party = store::parties(&state.db, pid)
        .await?
        .into_iter()
        .find(|p| p.org_id == org_id)
        .ok_or_else(access::not_org_admin)?;
    Ok((user_id, seen, party))
}

pub async fn answer_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<OrgQuery>,
) -> AppResult<Response> {
    let (_, seen, org) = answering(&state, &c, &id, &q.org).await?;
    let form = AnswerForm {
        org: org.org_id.to_string(),
        signatory_name: org.signatory_name.clone(),
        signatory_role: org.signatory_role.clone(),
        ..AnswerForm::default()
    };
    Ok(render(&AnswerPage {
        c,
        seen,
        org,
        form,
        errors: FormErrors::new(),
    }))
}

pub async fn answer_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let (user_id, seen, org) = answering(&state, &c, &id, &form.org).await?;
    let v = match forms::answer(&c.l, &form) {
        Ok(v) => v,
        Err(errors) => {
            return Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &AnswerPage {
                    c,
                    seen,
                    org,
                    form,
                    errors,
                },
            ))
        }
    };
    let mut tx = state.db.begin().await?;
    let answered = match store::decide(
        &mut tx,
        seen.id(),
        org.org_id,
        user_id,
        v.accept,
        &v.signatory_name,
        &v.signatory_role,
    )
    .await
    {
        Ok(a) => a,
        Err(StorageError::Conflict(_)) => return Err(access::not_proposed()),
        Err(StorageError::Forbidden) => return Err(access::not_org_admin()),
        Err(other) => return Err(other.into()),
    };
    audit::record(
        &mut tx,
        Some(user_id),
        if v.accept {
            "partnership.accept"
        } else {
            "partnership.decline"
        },
        "partnership",
        Some(seen.id()),
        &org.org_name,
    )
    .await?;
    let all: Vec<i64> = store::party_states(&mut tx, seen.id())
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    let path = seen.url();
    let about = mail::About {
        title: &seen.p.title,
        by_org: &org.org_name,
        path: &path,
    };
    let flash = match answered {
        Answered::Waiting => "flash-pt-accepted",
        Answered::Activated => {
            let told =
                mail::tell_admins(&state, &mut tx, &all, user_id, mail::ACTIVE, &about).await?;
            let id = seen.id();
            mail::tell_proposer(&state, &mut tx, id, user_id, &told, mail::ACTIVE, &about).await?;
            "flash-pt-active"
        }
        Answered::Declined => {
            let told =
                mail::tell_admins(&state, &mut tx, &all, user_id, mail::DECLINED, &about).await?;
            let id = seen.id();
            mail::tell_proposer(&state, &mut tx, id, user_id, &told, mail::DECLINED, &about)
                .await?;
            "flash-pt-declined"
        }
    };
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(&path, flash))
}

// ---- Rewriting the terms -------------------------------------------------------------------

/// The partnership for a change by its proposer: 409 once it is no longer a proposal, 403 for
/// anyone but the proposer and the proposing organisation's admins.
async fn for_proposer(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Seen)> {
    let user_id = c.require_verified()?.user_id;
    let seen = load(state, c, id).await?;
    if !seen.p.is_proposed() {
        return Err(access::not_proposed());
    }
    if !seen.may_revise() {
        return Err(access::proposer_only());
    }
    Ok((user_id, seen))
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = for_proposer(&state, &c, &id).await?;
    let p = &seen.p;
    let form = TermsForm {
        title: p.title.clone(),
        themes: store::themes(&state.db, p.id).await?,
        purpose: p.purpose_md.clone(),
        commitments: p.commitments_md.clone(),
        lang: p.lang.clone(),
        starts_on: p.starts_on.clone(),
        ends_on: p.ends_on.clone(),
        ..TermsForm::default()
    };
    Ok(form_page(
        c,
        Some(seen.p),
        form,
        FormErrors::new(),
        &[],
        Vec::new(),
    ))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<TermsForm>,
) -> AppResult<Response> {
    let (user_id, seen) = for_proposer(&state, &c, &id).await?;
    // Only the terms change here; who signs is asked again of each organisation.
    let form = TermsForm {
        signatory_name: String::new(),
        signatory_role: String::new(),
        ..form
    };
    let v = match forms::terms(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(form_page(c, Some(seen.p), form, e, &[], Vec::new())),
    };
    let html = rendered(&v);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let mut tx = state.db.begin().await?;
    match store::revise_terms(&mut tx, seen.id(), &terms(&v, &html, &dates), user_id).await {
        Ok(_) => {}
        Err(StorageError::Conflict(_)) => return Err(access::not_proposed()),
        Err(StorageError::Forbidden) => return Err(access::proposer_only()),
        Err(other) => return Err(other.into()),
    }
    let pending: Vec<i64> = store::party_states(&mut tx, seen.id())
        .await?
        .into_iter()
        .filter(|(_, state)| state == store::PENDING)
        .map(|(org, _)| org)
        .collect();
    let by = proposing_org_name(&state, &seen).await?;
    let path = seen.url();
    mail::tell_admins(
        &state,
        &mut tx,
        &pending,
        user_id,
        mail::TERMS_CHANGED,
        &mail::About {
            title: &v.title,
            by_org: &by,
            path: &path,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(&path, "flash-pt-terms-revised"))
}

async fn proposing_org_name(state: &AppState, seen: &Seen) -> AppResult<String> {
    Ok(match seen.p.proposed_by_org {
        Some(org) => store::parties(&state.db, seen.id())
            .await?
            .into_iter()
            .find(|p| p.org_id == org)
            .map(|p| p.org_name)
            .unwrap_or_default(),
        None => String::new(),
    })
}

// ---- Withdrawing and ending ----------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/partnership_confirm.html")]
struct ConfirmPage {
    c: Ctx,
    seen: Seen,
    /// `withdraw` or `end`.
    action: &'static str,
}

pub async fn withdraw_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = for_proposer(&state, &c, &id).await?;
    Ok(render(&ConfirmPage {
        c,
        seen,
        action: "withdraw",
    }))
}

pub async fn withdraw_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (user_id, seen) = for_proposer(&state, &c, &id).await?;
    let mut tx = state.db.begin().await?;
    match store::withdraw(&mut tx, seen.id(), user_id).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => return Err(access::not_proposed()),
        Err(StorageError::Forbidden) => return Err(access::proposer_only()),
        Err(other) => return Err(other.into()),
    }
    audit::record(
        &mut tx,
        Some(user_id),
        "partnership.withdraw",
        "partnership",
        Some(seen.id()),
        &seen.p.title,
    )
    .await?;
    let all: Vec<i64> = store::party_states(&mut tx, seen.id())
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    let by = proposing_org_name(&state, &seen).await?;
    let path = seen.url();
    mail::tell_admins(
        &state,
        &mut tx,
        &all,
        user_id,
        mail::WITHDRAWN,
        &mail::About {
            title: &seen.p.title,
            by_org: &by,
            path: &path,
        },
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(&path, "flash-pt-withdrawn"))
}

/// The partnership for ending: 409 unless active, 403 unless the reader administers a party.
async fn for_ending(state: &AppState, c: &Ctx, id: &str) -> AppResult<(i64, Seen)> {
    let user_id = c.require_verified()?.user_id;
    let seen = load(state, c, id).await?;
    if !seen.p.is_active() {
        return Err(access::not_active());
    }
    if !seen.may_end() {
        return Err(access::admins_only());
    }
    Ok((user_id, seen))
}

pub async fn end_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, seen) = for_ending(&state, &c, &id).await?;
    Ok(render(&ConfirmPage {
        c,
        seen,
        action: "end",
    }))
}

pub async fn end_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (user_id, seen) = for_ending(&state, &c, &id).await?;
    let mut tx = state.db.begin().await?;
    match store::end(&mut tx, seen.id(), user_id).await {
        Ok(()) => {}
        Err(StorageError::Conflict(_)) => return Err(access::not_active()),
        Err(StorageError::Forbidden) => return Err(access::admins_only()),
        Err(other) => return Err(other.into()),
    }
    audit::record(
        &mut tx,
        Some(user_id),
        "partnership.end",
        "partnership",
        Some(seen.id()),
        &seen.p.title,
    )
    .await?;
    let all: Vec<i64> = store::party_states(&mut tx, seen.id())
        .await?
        .into_iter()
        .map(|(org, _)| org)
        .collect();
    // The email names the organisation that ended it: the first party the reader administers.
    let parties = store::parties(&state.db, seen.id()).await?;
    let by = parties
        .iter()
        .find(|p| seen.is_admin_of(p.org_id))
        .map(|p| p.org_name.clone())
        .unwrap_or_default();
    let path = seen.url();
    let about = mail::About {
        title: &seen.p.title,
        by_org: &by,
        path: &path,
    };
    let told = mail::tell_admins(&state, &mut tx, &all, user_id, mail::ENDED, &about).await?;
    mail::tell_proposer(
        &state,
        &mut tx,
        seen.id(),
        user_id,
        &told,
        mail::ENDED,
        &about,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    state.jobs_wakeup.notify_one();
    Ok(redirect_with_flash(&path, "flash-pt-ended"))
}
