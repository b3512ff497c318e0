//! A partnership's twinnings, starting one, a twinning's overview and editing it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::{Form, Query};
use bottega_domain::{Country, Language, OrgRole, TargetGroup, TwinningLot};
use bottega_i18n::Localizer;
use bottega_storage::cooperation::is_org_admin;
use bottega_storage::cooperation::partnerships::{self, Partnership};
use bottega_storage::cooperation::twinnings::{
    self as store, LogEntry, Progress, TwinningFields, TwinningRow,
};
use bottega_storage::StorageError;
use chrono::NaiveDate;
use serde::Deserialize;

use super::forms::{self, TwinningForm};
use super::{for_management, load, parse_id, readable_partnership, render_markdown, Twin};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{
    language_options, query_string, render, render_status, sort_by_label, Choice, FormErrors,
    Paging,
};

/// How many coaching log entries the overview shows.
const LATEST_LOG: i64 = 3;

/// The name of a stored country code in the reader's language.
pub fn country_name(l: &Localizer, code: &str) -> String {
    Country::parse(code)
        .map(|c| l.t(&c.message_id()))
        .unwrap_or_else(|| code.to_string())
}

/// "2 of 5 activities done (40 %)", or that nothing is planned yet.
pub fn progress_words(l: &Localizer, p: &Progress) -> String {
    if p.counted == 0 {
        return l.t("tw-progress-none");
    }
    let mut args = bottega_i18n::FluentArgs::new();
    args.set("done", p.done);
    args.set("counted", p.counted);
    args.set("percent", p.percent());
    l.t_args("tw-progress-words", Some(&args))
}

/// The partnership's period as dates; a twinning must fit in it. (An active partnership's terms
/// no longer change, so the period read before a change is the one in force when it commits.)
fn partnership_period(p: &Partnership) -> (NaiveDate, NaiveDate) {
    let parse =
        |s: &str, fallback: NaiveDate| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(fallback);
    (
        parse(&p.starts_on, NaiveDate::MIN),
        parse(&p.ends_on, NaiveDate::MAX),
    )
}

// ---- The list of a partnership's twinnings -------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub page: String,
}

pub struct Row {
    pub r: TwinningRow,
    pub starts: String,
    pub ends: String,
    pub coaching_country: String,
    pub coached_country: String,
    pub progress: Progress,
    pub progress_words: String,
}

#[derive(Template)]
#[template(path = "cooperation/twinning_list.html")]
struct ListPage {
    c: Ctx,
    p: Partnership,
    rows: Vec<Row>,
    total: i64,
    paging: Paging,
    /// The reader administers a party of this active partnership.
    may_start: bool,
}

/// Whether `mine` (the reader's organisations among the parties) holds one they administer.
fn administers_a_party(mine: &[(i64, String)]) -> bool {
    mine.iter().any(|(_, role)| role == OrgRole::Admin.code())
}

pub async fn list(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let (p, mine) = readable_partnership(&state, &c, parse_id(&id)?).await?;
    let total = store::count_for_partnership(&state.db, p.id).await?;
    let paging = Paging::new(q.page.parse::<i64>().unwrap_or(1), total, query_string(&[]));
    let rows = store::list_for_partnership(
        &state.db,
        p.id,
        Paging::PER_PAGE,
        Paging::offset(paging.page),
    )
    .await?
    .into_iter()
    .map(|r| {
        let progress = Progress {
            done: r.done,
            counted: r.counted,
        };
        Row {
            starts: crate::view::day(&c.l, &r.starts_on),
            ends: crate::view::day(&c.l, &r.ends_on),
            coaching_country: country_name(&c.l, &r.coaching_country),
            coached_country: country_name(&c.l, &r.coached_country),
            progress_words: progress_words(&c.l, &progress),
            progress,
            r,
        }
    })
    .collect();
    let may_start = p.is_active()
        && c.user
            .as_ref()
            .is_some_and(|u| u.email_verified_at.is_some())
        && administers_a_party(&mine);
    Ok(render(&ListPage {
        c,
        p,
        rows,
        total,
        paging,
        may_start,
    }))
}

// ---- Starting and editing -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "cooperation/twinning_form.html")]
struct FormPage {
    c: Ctx,
    p: Partnership,
    /// The twinning being edited; `None` when starting one.
    twin: Option<Twin>,
    form: TwinningForm,
    errors: FormErrors,
    languages: Vec<Choice>,
    coaching: Vec<Choice>,
    coached: Vec<Choice>,
    /// The partnership's period in words, the frame of the twinning's.
    period: String,
}

fn form_page(
    c: Ctx,
    p: Partnership,
    twin: Option<Twin>,
    parties: &[partnerships::Party],
    form: TwinningForm,
    errors: FormErrors,
) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let options = |chosen: &str| {
        let mut out: Vec<Choice> = parties
            .iter()
            .map(|party| Choice {
                code: party.org_id.to_string(),
                label: format!(
                    "{} ({})",
                    party.org_name,
                    country_name(&c.l, &party.org_country)
                ),
                selected: chosen.trim() == party.org_id.to_string(),
            })
            .collect();
        sort_by_label(&mut out);
        out
    };
    let coaching = options(&form.coaching);
    let coached = options(&form.coached);
    let period = c.l.t2(
        "tw-partnership-period",
        "start",
        crate::view::day(&c.l, &p.starts_on),
        "end",
        crate::view::day(&c.l, &p.ends_on),
    );
    render_status(
        status,
        &FormPage {
            languages: language_options(Language::parse(&form.lang).as_slice()),
            coaching,
            coached,
            period,
            c,
            p,
            twin,
            form,
            errors,
        },
    )
}

/// What starting a twinning in partnership `id` needs: the person (verified), the partnership
/// (readable and active, else 409), its organisations that accepted it, and the ones among
/// them the person administers (none: 403).
async fn for_starting(
    state: &AppState,
    c: &Ctx,
    id: &str,
) -> AppResult<(i64, Partnership, Vec<partnerships::Party>, Vec<i64>)> {
    let user_id = c.require_verified()?.user_id;
    let (p, mine) = readable_partnership(state, c, parse_id(id)?).await?;
    if !p.is_active() {
        return Err(AppError::refused(
            "tw-error-partnership-not-active",
            "twinning_partnership_not_active",
        ));
    }
    let admin_of: Vec<i64> = mine
        .iter()
        .filter(|(_, role)| role == OrgRole::Admin.code())
        .map(|(org, _)| *org)
        .collect();
    if admin_of.is_empty() {
        return Err(start_admins_only());
    }
    let parties = partnerships::parties(&state.db, p.id)
        .await?
        .into_iter()
        .filter(|party| party.state == partnerships::ACCEPTED)
        .collect();
    Ok((user_id, p, parties, admin_of))
}

/// 403 `twinning_admins_only`, as said to someone who wants to start one.
fn start_admins_only() -> AppError {
    AppError::Refused {
        code: "twinning_admins_only",
        message: "tw-error-start-admins-only",
        status: StatusCode::FORBIDDEN,
    }
}

pub async fn new_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, p, parties, admin_of) = for_starting(&state, &c, &id).await?;
    let (starts, ends) = partnership_period(&p);
    let today = chrono::Utc::now().date_naive();
    // Suggested: from today (or the partnership's start) to the partnership's end, with the
    // person's own organisation as the coaching one, which they can swap.
    let form = TwinningForm {
        coaching: admin_of.first().map(i64::to_string).unwrap_or_default(),
        lang: c.l.lang().to_string(),
        starts_on: today.max(starts).min(ends).to_string(),
        ends_on: ends.to_string(),
        ..TwinningForm::default()
    };
    Ok(form_page(c, p, None, &parties, form, FormErrors::new()))
}

fn fields<'a>(
    v: &'a forms::ValidTwinning,
    html: &'a str,
    dates: &'a (String, String),
) -> TwinningFields<'a> {
    TwinningFields {
        title: &v.title,
        description_md: &v.description,
        description_html: html,
        lang: v.lang.code(),
        starts_on: &dates.0,
        ends_on: &dates.1,
    }
}

pub async fn new_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(form): Form<TwinningForm>,
) -> AppResult<Response> {
    let (user_id, p, parties, admin_of) = for_starting(&state, &c, &id).await?;
    let party_ids: Vec<i64> = parties.iter().map(|x| x.org_id).collect();
    let mut errors = FormErrors::new();
    let sides = forms::sides(&c.l, &form, &party_ids, &admin_of, &mut errors);
    let valid = forms::twinning(&c.l, &form, partnership_period(&p), &mut errors);
    let (Some((coaching, coached)), Some(v)) = (sides, valid) else {
        return Ok(form_page(c, p, None, &parties, form, errors));
    };
    if !errors.is_empty() {
        return Ok(form_page(c, p, None, &parties, form, errors));
    }
    let html = render_markdown(&v.description, 2);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    // Checked again with the partnership locked: it is still active, both organisations are
    // still parties, and the person still administers one of them.
    let mut tx = state.db.begin().await?;
    let locked = partnerships::get_for_change(&mut tx, p.id).await?;
    if !locked.is_active() {
        return Err(AppError::refused(
            "tw-error-partnership-not-active",
            "twinning_partnership_not_active",
        ));
    }
    if !store::are_parties(&mut tx, p.id, &[coaching, coached]).await? {
        return Err(AppError::refused(
            "tw-error-not-parties",
            "twinning_not_parties",
        ));
    }
    if !is_org_admin(&mut tx, coaching, user_id).await?
        && !is_org_admin(&mut tx, coached, user_id).await?
    {
        return Err(start_admins_only());
    }
    let twinning_id = store::create(
        &mut tx,
        p.id,
        coaching,
        coached,
        &fields(&v, &html, &dates),
        user_id,
    )
    .await?;
    bottega_storage::audit::record(
        &mut tx,
        Some(user_id),
        "twinning.create",
        "twinning",
        Some(twinning_id),
        &v.title,
    )
    .await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(
        &format!("/twinnings/{twinning_id}"),
        "flash-tw-created",
    ))
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (_, twin) = for_management(&state, &c, &id).await?;
    let t = &twin.tw;
    let form = TwinningForm {
        coaching: t.coaching_org_id.to_string(),
        coached: t.coached_org_id.to_string(),
        title: t.title.clone(),
        description: t.description_md.clone(),
        lang: t.lang.clone(),
        starts_on: t.starts_on.clone(),
        ends_on: t.ends_on.clone(),
    };
    let p = twin.partnership.clone();
    Ok(form_page(c, p, Some(twin), &[], form, FormErrors::new()))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
    Form(mut form): Form<TwinningForm>,
) -> AppResult<Response> {
    let (user_id, twin) = for_management(&state, &c, &id).await?;
    // The sides stay as the twinning was started; what the form says of them is ignored.
    form.coaching = twin.tw.coaching_org_id.to_string();
    form.coached = twin.tw.coached_org_id.to_string();
    let p = twin.partnership.clone();
    let mut errors = FormErrors::new();
    let Some(v) = forms::twinning(&c.l, &form, partnership_period(&p), &mut errors) else {
        return Ok(form_page(c, p, Some(twin), &[], form, errors));
    };
    let html = render_markdown(&v.description, 2);
    let dates = (v.starts_on.to_string(), v.ends_on.to_string());
    let mut tx = super::begin_management(&state, &twin.tw, user_id).await?;
    store::update(&mut tx, twin.id(), &fields(&v, &html, &dates)).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(redirect_with_flash(&twin.url(), "flash-tw-updated"))
}

// ---- The overview -----------------------------------------------------------------------------

/// A lot as the overview and the lot page show it.
pub struct LotView {
    pub code: &'static str,
    pub name: String,
    pub status: String,
    pub status_label: String,
    pub note: String,
    pub planned: i64,
    pub done: i64,
    pub cancelled: i64,
    pub progress: Progress,
    pub progress_words: String,
}

impl LotView {
    pub fn new(l: &Localizer, lot: TwinningLot, row: Option<&store::Lot>) -> LotView {
        let (status, note, planned, done, cancelled) = match row {
            Some(r) => (
                r.status.clone(),
                r.note.clone(),
                r.planned,
                r.done,
                r.cancelled,
            ),
            None => (store::NOT_STARTED.to_string(), String::new(), 0, 0, 0),
        };
        let progress = Progress {
            done,
            counted: done + planned,
        };
        LotView {
            code: lot.code(),
            name: l.t(&lot.message_id()),
            status_label: l.t(&format!("tw-lot-status-{status}")),
            status,
            note,
            planned,
            done,
            cancelled,
            progress_words: progress_words(l, &progress),
            progress,
        }
    }
}

/// The four lots in the order of the plan, whatever rows were found.
pub fn lot_views(l: &Localizer, rows: &[store::Lot]) -> Vec<LotView> {
    TwinningLot::ALL
        .iter()
        .map(|lot| LotView::new(l, *lot, rows.iter().find(|r| r.lot == lot.code())))
        .collect()
}

/// Participants of one category: in activities done, and in activities still planned.
pub struct ParticipantRow {
    pub label: String,
    pub took_part: i64,
    pub planned: i64,
}

/// Totals per category named in the reader's language, largest first, with their sum.
pub fn participant_rows(
    l: &Localizer,
    totals: Vec<store::ParticipantTotal>,
) -> (Vec<ParticipantRow>, ParticipantRow) {
    let mut rows: Vec<ParticipantRow> = totals
        .into_iter()
        .map(|t| ParticipantRow {
            label: TargetGroup::parse(&t.category)
                .map(|g| l.t(&g.message_id()))
                .unwrap_or(t.category),
            took_part: t.took_part,
            planned: t.planned,
        })
        .collect();
    rows.sort_by(|a, b| {
        (b.took_part + b.planned)
            .cmp(&(a.took_part + a.planned))
            .then_with(|| a.label.cmp(&b.label))
    });
    let sum = ParticipantRow {
        label: l.t("tw-participants-total"),
        took_part: rows.iter().map(|r| r.took_part).sum(),
        planned: rows.iter().map(|r| r.planned).sum(),
    };
    (rows, sum)
}

/// A coaching log entry with its date in words.
pub struct LogView {
    pub e: LogEntry,
    pub held: String,
}

#[derive(Template)]
#[template(path = "cooperation/twinning_show.html")]
struct ShowPage {
    c: Ctx,
    twin: Twin,
    lots: Vec<LotView>,
    total: Progress,
    total_words: String,
    participants: Vec<ParticipantRow>,
    participants_sum: ParticipantRow,
    latest: Vec<LogView>,
    log_total: i64,
    starts: String,
    ends: String,
    lang_name: String,
    coaching_country: String,
    coached_country: String,
}

pub async fn show(
    State(state): State<AppState>,
    c: Ctx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let twin = load(&state, &c, &id).await?;
    let lots = lot_views(&c.l, &store::lots(&state.db, twin.id()).await?);
    let total = Progress::total(lots.iter().map(|l| &l.progress));
    let (participants, participants_sum) = participant_rows(
        &c.l,
        store::participant_totals(&state.db, twin.id(), None).await?,
    );
    let latest = store::log(&state.db, twin.id(), LATEST_LOG, 0)
        .await?
        .into_iter()
        .map(|e| LogView {
            held: crate::view::day(&c.l, &e.held_on),
            e,
        })
        .collect();
    let log_total = store::count_log(&state.db, twin.id()).await?;
    let t = &twin.tw;
    Ok(render(&ShowPage {
        total_words: progress_words(&c.l, &total),
        starts: crate::view::day(&c.l, &t.starts_on),
        ends: crate::view::day(&c.l, &t.ends_on),
        lang_name: Language::parse(&t.lang)
            .map(|l| l.endonym().to_string())
            .unwrap_or_default(),
        coaching_country: country_name(&c.l, &t.coaching_country),
        coached_country: country_name(&c.l, &t.coached_country),
        lots,
        total,
        participants,
        participants_sum,
        latest,
        log_total,
        c,
        twin,
    }))
}
