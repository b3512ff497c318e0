//! Rendering pages: the layout every page shares, the error page, form problems, paging.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use bottega_domain::validate::FieldError;
use bottega_domain::{CodeSet, Language};
use bottega_i18n::Localizer;

use crate::context::Ctx;
use crate::error::{AppError, ErrorPage};

/// Renders a template as a 200 page.
pub fn render<T: Template>(t: &T) -> Response {
    render_status(StatusCode::OK, t)
}

pub fn render_status<T: Template>(status: StatusCode, t: &T) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => AppError::Internal(e.into()).into_response(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    c: &'a Ctx,
    code: &'static str,
    status: u16,
    retry_minutes: i64,
    message: Option<&'static str>,
}

pub fn error_page(c: &Ctx, page: ErrorPage) -> Response {
    let t = ErrorTemplate {
        c,
        code: page.code,
        status: page.status.as_u16(),
        retry_minutes: (page.retry_after_secs + 59) / 60,
        message: page.message,
    };
    match t.render() {
        Ok(html) => (page.status, Html(html)).into_response(),
        // The error page itself failed: plain text, still without internals.
        Err(_) => (page.status, page.code).into_response(),
    }
}

/// Problems found in a submitted form, each already in the reader's language.
#[derive(Debug, Default, Clone)]
pub struct FormErrors {
    items: Vec<(&'static str, String)>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, l: &Localizer, field: &'static str, e: &FieldError) {
        let msg = l.t1(
            &format!("form-error-{}", e.code()),
            "limit",
            e.limit().unwrap_or(0) as i64,
        );
        self.items.push((field, msg));
    }

    pub fn add_message(&mut self, field: &'static str, msg: String) {
        self.items.push((field, msg));
    }

    /// Keeps the value when it is valid; records the problem and returns a default otherwise.
    pub fn check<T: Default>(
        &mut self,
        l: &Localizer,
        field: &'static str,
        r: Result<T, FieldError>,
    ) -> T {
        match r {
            Ok(v) => v,
            Err(e) => {
                self.add(l, field, &e);
                T::default()
            }
        }
    }

    /// An optional select box: empty is fine, anything else must be a known code.
    pub fn optional_choice<T>(
        &mut self,
        l: &Localizer,
        field: &'static str,
        value: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
        if value.trim().is_empty() {
            return None;
        }
        self.check(
            l,
            field,
            bottega_domain::validate::choice(value, parse).map(Some),
        )
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[(&'static str, String)] {
        &self.items
    }
}

/// Where a list is and how to reach the other pages.
#[derive(Debug, Clone)]
pub struct Paging {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// The query string of the list without `page`, to which `&page=N` is appended.
    pub base_query: String,
}

impl Paging {
    pub const PER_PAGE: i64 = 20;

    pub fn new(page: i64, total: i64, base_query: String) -> Paging {
        let pages = ((total + Self::PER_PAGE - 1) / Self::PER_PAGE).max(1);
        Paging {
            page: page.clamp(1, pages),
            pages,
            total,
            base_query,
        }
    }

    pub fn offset(page: i64) -> i64 {
        (page.max(1) - 1).saturating_mul(Self::PER_PAGE)
    }

    pub fn link(&self, page: i64) -> String {
        if self.base_query.is_empty() {
            format!("?page={page}")
        } else {
            format!("?{}&page={page}", self.base_query)
        }
    }

    pub fn has_prev(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }
}

/// Builds a query string from non-empty pairs.
/// A calendar date typed as YYYY-MM-DD (what `<input type="date">` sends), or the problem with
/// it recorded under `field` ("required" when `required` and empty, `form-error-date` when it
/// is not a real date between 1900 and 2200). Every form with dates reads them here.
pub fn date_field(
    l: &Localizer,
    e: &mut FormErrors,
    field: &'static str,
    value: &str,
    required: bool,
) -> Option<chrono::NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        if required {
            e.add(l, field, &FieldError::Required);
        }
        return None;
    }
    match chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) if (1900..=2200).contains(&chrono::Datelike::year(&d)) => Some(d),
        _ => {
            e.add_message(field, l.t("form-error-date"));
            None
        }
    }
}

/// A stored `YYYY-MM-DD` date in the reader's language ("31 December 2028"), or as stored if
/// it is not one.
pub fn day(l: &Localizer, ymd: &str) -> String {
    chrono::NaiveDate::parse_from_str(ymd, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .map(|d| l.date(d.and_utc().timestamp_millis()))
        .unwrap_or_else(|| ymd.to_string())
}

pub fn query_string(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().filter(|(_, v)| !v.is_empty()))
        .finish()
}

/// One option of a select box or checkbox list, already localized.
#[derive(Debug, Clone)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

/// The options of a closed set, named in the reader's language and sorted by that name.
pub fn options<T: CodeSet>(l: &Localizer, selected: &[T]) -> Vec<Choice> {
    let mut out: Vec<Choice> = T::ALL
        .iter()
        .map(|v| Choice {
            code: v.code().to_string(),
            label: l.t(&v.message_id()),
            selected: selected.contains(v),
        })
        .collect();
    sort_by_label(&mut out);
    out
}

/// Languages are offered by their own names (endonyms), so everyone finds theirs whatever the
/// interface language.
pub fn language_options(selected: &[Language]) -> Vec<Choice> {
    let mut out: Vec<Choice> = Language::ALL
        .iter()
        .map(|l| Choice {
            code: l.code().into(),
            label: l.endonym().into(),
            selected: selected.contains(l),
        })
        .collect();
    sort_by_label(&mut out);
    out
}

/// Sorts options alphabetically (case-insensitively) by their label in the reader's language.
pub fn sort_by_label(options: &mut [Choice]) {
    options.sort_by_cached_key(|c| c.label.to_lowercase());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_clamps_and_links() {
        let p = Paging::new(9, 45, "country=IT".into());
        assert_eq!((p.page, p.pages), (3, 3));
        assert_eq!(p.link(2), "?country=IT&page=2");
        assert!(p.has_prev() && !p.has_next());
        assert_eq!(Paging::new(1, 0, String::new()).pages, 1);
        assert_eq!(Paging::offset(-4), 0);
        assert_eq!(Paging::offset(3), 40);
        assert_eq!(query_string(&[("a", "x y"), ("b", "")]), "a=x+y");
    }
}
