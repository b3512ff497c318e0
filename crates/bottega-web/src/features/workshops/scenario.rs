//! Writing a scenario together: the name and the Markdown narrative are saved as one, against
//! the revision the writer started from. When someone else saved in between, nothing is
//! overwritten: the form comes back with the writer's text and the other version beside it, so
//! they can merge and save again. Earlier versions stay readable in the history.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use bottega_storage::communication::workshops::{self, Scenario, Workshop};
use bottega_storage::StorageError;

use super::forms::{self, ScenarioForm};
use super::show::{poles, scenario_title};
use super::{for_change, parse_quadrant, visible_workshop, SCENARIOS};
use crate::context::{redirect_with_flash, Ctx};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::view::{render_status, FormErrors};

#[derive(Template)]
#[template(path = "workshops/edit.html")]
struct EditPage {
    c: Ctx,
    w: Workshop,
    s: Scenario,
    title: String,
    x_pole: String,
    y_pole: String,
    form: ScenarioForm,
    errors: FormErrors,
    /// The version someone else saved while this person was writing.
    conflict: Option<Scenario>,
    conflict_date: String,
    /// The narrative as it will look, when the person asked for a preview.
    preview: Option<String>,
}

async fn scenario_of(state: &AppState, w: &Workshop, quadrant: i32) -> AppResult<Scenario> {
    workshops::scenarios(&state.db, w.id)
        .await?
        .into_iter()
        .find(|s| s.quadrant == quadrant)
        .ok_or(AppError::NotFound)
}

fn edit_page(
    mut c: Ctx,
    w: Workshop,
    s: Scenario,
    form: ScenarioForm,
    errors: FormErrors,
    conflict: Option<Scenario>,
    preview: Option<String>,
) -> Response {
    let status = if conflict.is_some() {
        StatusCode::CONFLICT
    } else if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    c.path = format!("/workshops/{}/scenarios/{}/edit", w.id, s.quadrant);
    let (x_pole, y_pole) = poles(&w, s.quadrant);
    let page = EditPage {
        title: scenario_title(&c.l, &s),
        conflict_date: conflict
            .as_ref()
            .map(|k| c.l.datetime(k.updated_at))
            .unwrap_or_default(),
        x_pole,
        y_pole,
        form,
        errors,
        conflict,
        preview,
        c,
        w,
        s,
    };
    render_status(status, &page)
}

pub async fn edit_form(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, quadrant)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, w) = for_change(&state, &c, &id, SCENARIOS).await?;
    let quadrant = parse_quadrant(&quadrant)?;
    let s = scenario_of(&state, &w, quadrant).await?;
    let form = ScenarioForm {
        name: s.name.clone(),
        narrative: s.narrative_md.clone(),
        revision: s.revision.to_string(),
        action: String::new(),
    };
    Ok(edit_page(c, w, s, form, FormErrors::new(), None, None))
}

pub async fn edit_submit(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, quadrant)): Path<(String, String)>,
    Form(form): Form<ScenarioForm>,
) -> AppResult<Response> {
    let (user_id, w) = for_change(&state, &c, &id, SCENARIOS).await?;
    let quadrant = parse_quadrant(&quadrant)?;
    let s = scenario_of(&state, &w, quadrant).await?;
    let valid = match forms::scenario(&c.l, &form) {
        Ok(v) => v,
        Err(e) => return Ok(edit_page(c, w, s, form, e, None, None)),
    };
    let rendered = bottega_text::render(&valid.narrative, &HashMap::new());
    if form.action == "preview" {
        return Ok(edit_page(
            c,
            w,
            s,
            form,
            FormErrors::new(),
            None,
            Some(rendered.html),
        ));
    }
    // A revision that is not a number cannot match: it is treated like a stale one.
    let base = form.revision.trim().parse::<i32>().unwrap_or(-1);
    let mut tx = state.db.begin().await?;
    match workshops::save_scenario(
        &mut tx,
        w.id,
        quadrant,
        base,
        &valid.name,
        &valid.narrative,
        &rendered.html,
        user_id,
    )
    .await
    {
        Ok(_) => {
            tx.commit().await.map_err(StorageError::from)?;
            Ok(redirect_with_flash(
                &format!("/workshops/{}#scenario-{quadrant}", w.id),
                "flash-workshop-scenario-saved",
            ))
        }
        Err(StorageError::Conflict(_)) => {
            drop(tx);
            // Their text stays in the form; the next save is based on the version now shown,
            // so it replaces it only after the writer has seen it.
            let current = scenario_of(&state, &w, quadrant).await?;
            let kept = ScenarioForm {
                revision: current.revision.to_string(),
                action: String::new(),
                ..form
            };
            let mut e = FormErrors::new();
            e.add_message("narrative", c.t("workshop-error-stale-revision"));
            Ok(edit_page(c, w, s, kept, e, Some(current), None))
        }
        Err(other) => Err(other.into()),
    }
}

pub struct VersionView {
    pub revision: i32,
    pub name: String,
    pub html: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "workshops/history.html")]
struct HistoryPage {
    c: Ctx,
    w: Workshop,
    s: Scenario,
    title: String,
    current_note: String,
    versions: Vec<VersionView>,
}

pub async fn history(
    State(state): State<AppState>,
    c: Ctx,
    Path((id, quadrant)): Path<(String, String)>,
) -> AppResult<Response> {
    let w = visible_workshop(&state, &c, &id).await?;
    let quadrant = parse_quadrant(&quadrant)?;
    let s = scenario_of(&state, &w, quadrant).await?;
    let versions = workshops::scenario_history(&state.db, s.id)
        .await?
        .into_iter()
        .map(|r| VersionView {
            revision: r.revision,
            html: bottega_text::render(&r.narrative_md, &HashMap::new()).html,
            note: c.l.t2(
                "workshop-history-replaced",
                "name",
                r.editor_name.unwrap_or_else(|| c.t("workshop-someone")),
                "date",
                c.l.datetime(r.created_at),
            ),
            name: r.name,
        })
        .collect();
    let current_note = match &s.updated_by_name {
        Some(n) if s.revision > 0 => c.l.t2(
            "workshop-scenario-edited",
            "name",
            n.as_str(),
            "date",
            c.l.datetime(s.updated_at),
        ),
        _ => String::new(),
    };
    Ok(render_status(
        StatusCode::OK,
        &HistoryPage {
            title: scenario_title(&c.l, &s),
            current_note,
            versions,
            c,
            w,
            s,
        },
    ))
}
