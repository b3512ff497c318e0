//! The decision form: every field of [`Decisions`] as a labelled input, read back leniently
//! (a comma or a dot for cents, spaces ignored) and checked in two steps: first that each value
//! is a number at all, then the engine's own rules with their bounds. Each problem is shown at
//! its field in the reader's language, and every value typed comes back as it was typed.
//!
//! Input names are the engine's field paths (`products.sourdough.price_cents`), so the engine's
//! errors land on the right field without a translation table; incident answers are named by
//! incident id (`incident.3.response`) because the engine numbers them by position.

use std::collections::BTreeMap;

use bottega_i18n::Localizer;
use bottega_sim::decisions::{price_bounds, wage_bounds};
use bottega_sim::{
    CompanyState, DecisionError, Decisions, IncidentResponse, PendingIncident, ProductPlan,
    QualityChoice, Scenario,
};

use super::present::{euros_field, key, money};

/// Problems of a submitted form, by input name, in the reader's language.
#[derive(Debug, Default, Clone)]
pub struct Problems {
    items: Vec<(String, String)>,
}

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: String) {
        self.items.push((field.into(), message));
    }
    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    pub fn items(&self) -> &[(String, String)] {
        &self.items
    }
}

/// Whether an input holds money (typed in euros, stored in cents).
fn is_money(field: &str) -> bool {
    field.ends_with("_cents") || field.contains("_cents.")
}

/// Inputs that may not be left empty.
fn is_required(field: &str) -> bool {
    field.ends_with(".price_cents") || field == "opening_hours_per_week" || field == "wage_cents"
}

/// The values to show in the form for these decisions.
pub fn values_of(d: &Decisions) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    for (id, plan) in &d.products {
        v.insert(
            format!("products.{id}.price_cents"),
            euros_field(plan.price_cents),
        );
        v.insert(format!("products.{id}.volume"), plan.volume.to_string());
    }
    v.insert(
        "opening_hours_per_week".into(),
        d.opening_hours_per_week.to_string(),
    );
    for (id, n) in &d.material_purchases {
        v.insert(format!("material_purchases.{id}"), n.to_string());
    }
    v.insert("hire".into(), d.hire.to_string());
    v.insert("let_go".into(), d.let_go.to_string());
    v.insert("wage_cents".into(), euros_field(d.wage_cents));
    v.insert("training_cents".into(), euros_field(d.training_cents));
    for (id, c) in &d.marketing_cents {
        v.insert(format!("marketing_cents.{id}"), euros_field(*c));
    }
    for (id, n) in &d.equipment_purchases {
        v.insert(format!("equipment_purchases.{id}"), n.to_string());
    }
    v.insert("loan_draw_cents".into(), euros_field(d.loan_draw_cents));
    v.insert(
        "loan_repayment_cents".into(),
        euros_field(d.loan_repayment_cents),
    );
    v.insert("quality".into(), quality_code(d.quality).into());
    for r in &d.incident_responses {
        v.insert(
            format!("incident.{}.response", r.incident_id),
            r.response.clone(),
        );
        v.insert(
            format!("incident.{}.justification", r.incident_id),
            r.justification.clone(),
        );
    }
    v
}

pub fn quality_code(q: QualityChoice) -> &'static str {
    match q {
        QualityChoice::Standard => "standard",
        QualityChoice::Premium => "premium",
        QualityChoice::Eco => "eco",
    }
}

fn quality_from(code: &str) -> Option<QualityChoice> {
    match code {
        "standard" => Some(QualityChoice::Standard),
        "premium" => Some(QualityChoice::Premium),
        "eco" => Some(QualityChoice::Eco),
        _ => None,
    }
}

/// Reads a whole number. Spaces and group separators typed by habit are ignored.
pub fn parse_count(text: &str) -> Result<i64, &'static str> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '_')
        .collect();
    if t.is_empty() {
        return Err("sim-error-required");
    }
    let digits = t.strip_prefix('-').unwrap_or(&t);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err("sim-error-whole-number");
    }
    t.parse::<i64>()
        .ok()
        .filter(|n| n.unsigned_abs() <= 1_000_000_000_000)
        .ok_or("sim-error-too-large")
}

/// Reads an amount in euros with at most two decimals (`4.5`, `4,50`, `1200`) into cents.
pub fn parse_money(text: &str) -> Result<i64, &'static str> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '_' && *c != '€')
        .collect();
    if t.is_empty() {
        return Err("sim-error-required");
    }
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.as_str()),
    };
    let (whole, fraction) = match body.rfind(['.', ',']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let ok_whole = !whole.is_empty() && whole.chars().all(|c| c.is_ascii_digit());
    let ok_fraction = fraction.len() <= 2 && fraction.chars().all(|c| c.is_ascii_digit());
    if !ok_whole || !ok_fraction || (body.ends_with(['.', ',']) && fraction.is_empty()) {
        return Err("sim-error-amount");
    }
    if whole.len() > 12 {
        return Err("sim-error-too-large");
    }
    let euros: i64 = whole.parse().map_err(|_| "sim-error-amount")?;
    let cents: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let total = euros * 100 + cents;
    Ok(if negative { -total } else { total })
}

/// Reads a submitted form into decisions. `values` keeps exactly what was typed; `problems`
/// names each input that is not a number. The engine's rules are checked afterwards.
pub fn read(
    l: &Localizer,
    raw: &[(String, String)],
    scenario: &Scenario,
    pending: &[PendingIncident],
) -> (Decisions, BTreeMap<String, String>, Problems) {
    let values: BTreeMap<String, String> = raw
        .iter()
        .filter(|(k, _)| k != "csrf" && k != "action" && k != "round")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut problems = Problems::default();
    let mut number = |field: &str| -> i64 {
        let text = values.get(field).map(String::as_str).unwrap_or("");
        // Purchases, hiring, spending and loans left empty mean none; prices, hours and the
        // wage have no sensible "none" and must be given.
        if text.trim().is_empty() && !is_required(field) {
            return 0;
        }
        let parsed = if is_money(field) {
            parse_money(text)
        } else {
            parse_count(text)
        };
        match parsed {
            Ok(n) => n,
            Err(message) => {
                problems.add(field, l.t(message));
                0
            }
        }
    };
    let mut d = Decisions::default();
    for p in &scenario.products {
        let price = number(&format!("products.{}.price_cents", p.id));
        let volume = number(&format!("products.{}.volume", p.id));
        d.products.insert(
            p.id.clone(),
            ProductPlan {
                price_cents: price,
                volume,
            },
        );
    }
    d.opening_hours_per_week = number("opening_hours_per_week");
    for m in &scenario.materials {
        let n = number(&format!("material_purchases.{}", m.id));
        d.material_purchases.insert(m.id.clone(), n);
    }
    d.hire = number("hire");
    d.let_go = number("let_go");
    d.wage_cents = number("wage_cents");
    d.training_cents = number("training_cents");
    for ch in &scenario.marketing_channels {
        let n = number(&format!("marketing_cents.{}", ch.id));
        d.marketing_cents.insert(ch.id.clone(), n);
    }
    for e in &scenario.equipment {
        let n = number(&format!("equipment_purchases.{}", e.id));
        d.equipment_purchases.insert(e.id.clone(), n);
    }
    d.loan_draw_cents = number("loan_draw_cents");
    d.loan_repayment_cents = number("loan_repayment_cents");
    let quality = values.get("quality").map(String::as_str).unwrap_or("");
    d.quality = match quality_from(quality) {
        Some(q) => q,
        None => {
            problems.add("quality", l.t("sim-error-choose"));
            QualityChoice::Standard
        }
    };
    for p in pending {
        let response = values
            .get(&format!("incident.{}.response", p.id))
            .cloned()
            .unwrap_or_default();
        let justification = values
            .get(&format!("incident.{}.justification", p.id))
            .map(|j| j.trim().to_string())
            .unwrap_or_default();
        // An unanswered incident is left out so the engine names it as missing.
        if !response.is_empty() || !justification.is_empty() {
            d.incident_responses.push(IncidentResponse {
                incident_id: p.id,
                response,
                justification,
            });
        }
    }
    (d, values, problems)
}

/// Places the engine's objections on the form's inputs, in the reader's language, with the
/// allowed bounds written as money where the field is money.
pub fn add_engine_errors(
    l: &Localizer,
    errors: &[DecisionError],
    d: &Decisions,
    problems: &mut Problems,
) {
    for e in errors {
        let field = input_name(&e.field, d);
        let bound = |v: Option<i64>| match v {
            Some(v) if is_money(&e.field) => money(l, v),
            Some(v) => l.number(v),
            None => String::new(),
        };
        let message = l.t2(
            &bottega_sim::fluent_id(&e.key()),
            "min",
            bound(e.min),
            "max",
            bound(e.max),
        );
        // One message per input: the first problem found is the one to fix first.
        if problems.get(&field).is_none() {
            problems.add(field, message);
        }
    }
}

/// The input an engine field path belongs to.
fn input_name(field: &str, d: &Decisions) -> String {
    if let Some(rest) = field.strip_prefix("incident_responses[") {
        let (index, part) = rest.split_once(']').unwrap_or((rest, ""));
        let part = part.trim_start_matches('.');
        let part = if part == "justification" {
            "justification"
        } else {
            "response"
        };
        if let Some(r) = index
            .parse::<usize>()
            .ok()
            .and_then(|i| d.incident_responses.get(i))
        {
            return format!("incident.{}.{part}", r.incident_id);
        }
    }
    if let Some(id) = field.strip_prefix("incident_responses.") {
        return format!("incident.{id}.response");
    }
    field.to_string()
}

// ---- What the template shows ----------------------------------------------------------------

/// One input of the form.
pub struct Input {
    pub name: String,
    pub label: String,
    pub value: String,
    pub hint: String,
    pub error: Option<String>,
    pub money: bool,
}

/// A radio choice.
pub struct Option_ {
    pub code: String,
    pub label: String,
    pub checked: bool,
}

pub struct IncidentView {
    pub id: u64,
    pub name: String,
    pub description: String,
    pub responses: Vec<Option_>,
    pub justification: String,
    pub response_error: Option<String>,
    pub justification_error: Option<String>,
}

pub struct ProductRow {
    pub name: String,
    pub price: Input,
    pub volume: Input,
}

/// The whole form, grouped as the page shows it.
pub struct FormView {
    pub products: Vec<ProductRow>,
    pub operations: Vec<Input>,
    pub materials: Vec<Input>,
    pub people: Vec<Input>,
    pub marketing: Vec<Input>,
    pub equipment: Vec<Input>,
    pub finance: Vec<Input>,
    pub quality: Vec<Option_>,
    pub quality_error: Option<String>,
    pub incidents: Vec<IncidentView>,
}

impl FormView {
    pub fn new(
        l: &Localizer,
        scenario: &Scenario,
        company: &CompanyState,
        values: &BTreeMap<String, String>,
        problems: &Problems,
    ) -> FormView {
        // An amount the decisions leave out (no machine bought, say) is shown as 0.
        let input = |name: String, label: String, hint: String| Input {
            value: values.get(&name).cloned().unwrap_or_else(|| {
                if is_required(&name) {
                    String::new()
                } else {
                    "0".into()
                }
            }),
            error: problems.get(&name).map(str::to_string),
            money: is_money(&name),
            name,
            label,
            hint,
        };
        let between = |min: String, max: String| l.t2("sim-hint-between", "min", min, "max", max);
        let products = scenario
            .products
            .iter()
            .map(|p| {
                let name = key(l, &format!("product.{}", p.id));
                let (lo, hi) = price_bounds(scenario, p.base_price_cents);
                ProductRow {
                    price: input(
                        format!("products.{}.price_cents", p.id),
                        l.t1("sim-label-price", "product", name.clone()),
                        between(money(l, lo), money(l, hi)),
                    ),
                    volume: input(
                        format!("products.{}.volume", p.id),
                        l.t1("sim-label-volume", "product", name.clone()),
                        // Before the first round there is no demand to tell of yet.
                        company
                            .last_demand
                            .get(&p.id)
                            .map(|units| l.t1("sim-hint-last-demand", "units", l.number(*units)))
                            .unwrap_or_default(),
                    ),
                    name,
                }
            })
            .collect();
        let lab = &scenario.labour;
        let operations = vec![input(
            "opening_hours_per_week".into(),
            l.t("sim-label-hours"),
            l.t2(
                "sim-hint-hours",
                "standard",
                i64::from(lab.standard_hours_per_week),
                "max",
                i64::from(lab.max_hours_per_week),
            ),
        )];
        let materials = scenario
            .materials
            .iter()
            .map(|m| {
                let in_stock = company.materials.get(&m.id).map_or(0, |s| s.units);
                input(
                    format!("material_purchases.{}", m.id),
                    l.t1(
                        "sim-label-buy",
                        "material",
                        key(l, &format!("material.{}", m.id)),
                    ),
                    l.t1("sim-hint-in-stock", "units", l.number(in_stock)),
                )
            })
            .collect();
        let (wage_lo, wage_hi) = wage_bounds(scenario);
        let people = vec![
            input(
                "hire".into(),
                l.t("sim-label-hire"),
                l.t1(
                    "sim-hint-labour-pool",
                    "count",
                    i64::from(company.labour_pool_available(scenario)),
                ),
            ),
            input(
                "let_go".into(),
                l.t("sim-label-let-go"),
                l.t1(
                    "sim-hint-staff",
                    "count",
                    i64::from(company.staff.headcount),
                ),
            ),
            input(
                "wage_cents".into(),
                l.t("sim-label-wage"),
                between(money(l, wage_lo), money(l, wage_hi)),
            ),
            input(
                "training_cents".into(),
                l.t("sim-label-training"),
                l.t1(
                    "sim-hint-at-most",
                    "max",
                    money(l, scenario.limits.max_training_cents),
                ),
            ),
        ];
        let marketing = scenario
            .marketing_channels
            .iter()
            .map(|ch| {
                input(
                    format!("marketing_cents.{}", ch.id),
                    key(l, &format!("channel.{}", ch.id)),
                    l.t1("sim-hint-at-most", "max", money(l, ch.max_spend_cents)),
                )
            })
            .collect();
        let equipment = scenario
            .equipment
            .iter()
            .map(|e| {
                input(
                    format!("equipment_purchases.{}", e.id),
                    l.t1(
                        "sim-label-equipment",
                        "equipment",
                        key(l, &format!("equipment.{}", e.id)),
                    ),
                    l.t1("sim-hint-unit-price", "price", money(l, e.price_cents)),
                )
            })
            .collect();
        let headroom =
            (scenario.finance.credit_limit_cents - company.finances.bank_loan_cents).max(0);
        let finance = vec![
            input(
                "loan_draw_cents".into(),
                l.t("sim-label-loan-draw"),
                l.t1("sim-hint-at-most", "max", money(l, headroom)),
            ),
            input(
                "loan_repayment_cents".into(),
                l.t("sim-label-loan-repay"),
                l.t1(
                    "sim-hint-loan-outstanding",
                    "amount",
                    money(l, company.finances.bank_loan_cents),
                ),
            ),
        ];
        let chosen = values.get("quality").map(String::as_str).unwrap_or("");
        let quality = ["standard", "premium", "eco"]
            .iter()
            .map(|code| Option_ {
                code: (*code).to_string(),
                label: l.t(&format!("sim-quality-{code}")),
                checked: chosen == *code,
            })
            .collect();
        let incidents = company
            .pending_incidents
            .iter()
            .map(|p| {
                let chosen = values
                    .get(&format!("incident.{}.response", p.id))
                    .cloned()
                    .unwrap_or_default();
                IncidentView {
                    id: p.id,
                    name: key(l, &p.key),
                    description: key(l, &format!("{}.description", p.key)),
                    responses: p
                        .responses
                        .iter()
                        .map(|(id, k)| Option_ {
                            code: id.clone(),
                            label: key(l, k),
                            checked: chosen == *id,
                        })
                        .collect(),
                    justification: values
                        .get(&format!("incident.{}.justification", p.id))
                        .cloned()
                        .unwrap_or_default(),
                    response_error: problems
                        .get(&format!("incident.{}.response", p.id))
                        .map(str::to_string),
                    justification_error: problems
                        .get(&format!("incident.{}.justification", p.id))
                        .map(str::to_string),
                }
            })
            .collect();
        FormView {
            products,
            operations,
            materials,
            people,
            marketing,
            equipment,
            finance,
            quality,
            quality_error: problems.get("quality").map(str::to_string),
            incidents,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_accept_dots_commas_and_whole_euros() {
        assert_eq!(parse_money("4.5"), Ok(450));
        assert_eq!(parse_money("4,50"), Ok(450));
        assert_eq!(parse_money(" 1 200 "), Ok(120_000));
        assert_eq!(parse_money("-3"), Ok(-300));
        assert_eq!(parse_money("12 €"), Ok(1200));
        for bad in ["", "abc", "4.567", "4.", ".5", "1e9", "--1", "4.5.6x"] {
            assert!(parse_money(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(parse_money("9999999999999"), Err("sim-error-too-large"));
    }

    #[test]
    fn counts_are_whole_numbers() {
        assert_eq!(parse_count("12"), Ok(12));
        assert_eq!(parse_count("-2"), Ok(-2));
        assert_eq!(parse_count("1 000"), Ok(1000));
        assert_eq!(parse_count("2.5"), Err("sim-error-whole-number"));
        assert_eq!(parse_count("ten"), Err("sim-error-whole-number"));
        assert_eq!(parse_count(""), Err("sim-error-required"));
        assert_eq!(
            parse_count("99999999999999999999"),
            Err("sim-error-too-large")
        );
    }

    #[test]
    fn engine_fields_map_to_inputs() {
        let d = Decisions {
            incident_responses: vec![IncidentResponse {
                incident_id: 7,
                response: "x".into(),
                justification: String::new(),
            }],
            ..Decisions::default()
        };
        assert_eq!(
            input_name("incident_responses[0].justification", &d),
            "incident.7.justification"
        );
        assert_eq!(
            input_name("incident_responses[0].response", &d),
            "incident.7.response"
        );
        assert_eq!(
            input_name("incident_responses.9", &d),
            "incident.9.response"
        );
        assert_eq!(input_name("wage_cents", &d), "wage_cents");
    }
}
