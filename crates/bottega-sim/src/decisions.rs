//! What a team decides each round, and the rules those decisions must keep.
//!
//! Validation never stops at the first problem: it returns every problem as
//! a [`DecisionError`] with a stable machine-readable code, the field and the
//! allowed bounds, so the web layer can show all messages, localized, next to
//! the right form fields.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::company::CompanyState;
use crate::scenario::Scenario;
use crate::units::{cents_from_f64, Cents};

/// Longest justification accepted for an incident response, in characters.
pub const MAX_JUSTIFICATION_CHARS: usize = 2000;

/// Price and volume for one product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductPlan {
    /// Price per unit.
    pub price_cents: Cents,
    /// Units to produce (goods) or appointments to offer (services).
    pub volume: i64,
}

/// Quality and sustainability positioning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualityChoice {
    /// Standard materials and methods.
    #[default]
    Standard,
    /// Premium materials: dearer, higher quality.
    Premium,
    /// Eco/sustainable: dearer, some quality, appeals to eco-minded segments.
    Eco,
}

/// The answer to a pending incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentResponse {
    /// Id of the pending incident (from the round report).
    pub incident_id: u64,
    /// Id of the chosen response.
    pub response: String,
    /// The team's reasons, in its own words.
    pub justification: String,
}

/// A team's decisions for one round. Every field has a default so partial
/// JSON from a form deserializes; an absent product is not offered.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    /// Price and volume per product id.
    pub products: BTreeMap<String, ProductPlan>,
    /// Opening hours per week; beyond the standard week is overtime.
    pub opening_hours_per_week: i64,
    /// Material units bought per material id.
    pub material_purchases: BTreeMap<String, i64>,
    /// People hired.
    pub hire: i64,
    /// People let go.
    pub let_go: i64,
    /// Wage per worker per round.
    pub wage_cents: Cents,
    /// Training budget.
    pub training_cents: Cents,
    /// Marketing spend per channel id.
    pub marketing_cents: BTreeMap<String, Cents>,
    /// Machines bought per equipment id.
    pub equipment_purchases: BTreeMap<String, i64>,
    /// New bank loan.
    pub loan_draw_cents: Cents,
    /// Bank loan repaid.
    pub loan_repayment_cents: Cents,
    /// Quality and sustainability positioning.
    pub quality: QualityChoice,
    /// Answers to pending incidents.
    pub incident_responses: Vec<IncidentResponse>,
}

/// Why a decision was rejected. The [`code`](DecisionErrorReason::code) is
/// stable and used as a localization key suffix (`decision_error.<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionErrorReason {
    /// The company is bankrupt and no longer trades.
    CompanyBankrupt,
    /// A quantity or amount is negative.
    NegativeQuantity,
    /// A price is zero, too low or absurdly high.
    PriceOutOfRange,
    /// A production volume is above the allowed maximum.
    VolumeOutOfRange,
    /// Opening hours outside the allowed range.
    OpeningHoursOutOfRange,
    /// A material purchase is above the allowed maximum.
    PurchaseOutOfRange,
    /// More hires than people available on the labour market.
    HireExceedsLabourPool,
    /// More people let go than are employed.
    LetGoExceedsStaff,
    /// Wage below the minimum wage or above the allowed maximum.
    WageOutOfRange,
    /// Training budget above the maximum.
    TrainingOutOfRange,
    /// Marketing spend above the channel maximum.
    MarketingOutOfRange,
    /// Too many machines bought in one round.
    EquipmentOutOfRange,
    /// The new loan would exceed the credit limit.
    LoanExceedsCreditLimit,
    /// Repayment larger than the outstanding loan.
    RepaymentExceedsLoan,
    /// The id is not a product of the scenario.
    UnknownProduct,
    /// The id is not a material of the scenario.
    UnknownMaterial,
    /// The id is not a marketing channel of the scenario.
    UnknownChannel,
    /// The id is not an equipment type of the scenario.
    UnknownEquipment,
    /// A pending incident has no response.
    IncidentResponseMissing,
    /// The response refers to no pending incident.
    UnknownIncident,
    /// Two responses for the same incident.
    DuplicateIncidentResponse,
    /// The response id is not one of the incident's options.
    UnknownResponse,
    /// The justification is empty.
    JustificationEmpty,
    /// The justification is longer than allowed.
    JustificationTooLong,
}

impl DecisionErrorReason {
    /// Stable machine-readable code.
    pub fn code(self) -> &'static str {
        use DecisionErrorReason::*;
        match self {
            CompanyBankrupt => "company_bankrupt",
            NegativeQuantity => "negative_quantity",
            PriceOutOfRange => "price_out_of_range",
            VolumeOutOfRange => "volume_out_of_range",
            OpeningHoursOutOfRange => "opening_hours_out_of_range",
            PurchaseOutOfRange => "purchase_out_of_range",
            HireExceedsLabourPool => "hire_exceeds_labour_pool",
            LetGoExceedsStaff => "let_go_exceeds_staff",
            WageOutOfRange => "wage_out_of_range",
            TrainingOutOfRange => "training_out_of_range",
            MarketingOutOfRange => "marketing_out_of_range",
            EquipmentOutOfRange => "equipment_out_of_range",
            LoanExceedsCreditLimit => "loan_exceeds_credit_limit",
            RepaymentExceedsLoan => "repayment_exceeds_loan",
            UnknownProduct => "unknown_product",
            UnknownMaterial => "unknown_material",
            UnknownChannel => "unknown_channel",
            UnknownEquipment => "unknown_equipment",
            IncidentResponseMissing => "incident_response_missing",
            UnknownIncident => "unknown_incident",
            DuplicateIncidentResponse => "duplicate_incident_response",
            UnknownResponse => "unknown_response",
            JustificationEmpty => "justification_empty",
            JustificationTooLong => "justification_too_long",
        }
    }

    /// All reasons, for catalogue checks.
    pub const ALL: [DecisionErrorReason; 24] = {
        use DecisionErrorReason::*;
        [
            CompanyBankrupt,
            NegativeQuantity,
            PriceOutOfRange,
            VolumeOutOfRange,
            OpeningHoursOutOfRange,
            PurchaseOutOfRange,
            HireExceedsLabourPool,
            LetGoExceedsStaff,
            WageOutOfRange,
            TrainingOutOfRange,
            MarketingOutOfRange,
            EquipmentOutOfRange,
            LoanExceedsCreditLimit,
            RepaymentExceedsLoan,
            UnknownProduct,
            UnknownMaterial,
            UnknownChannel,
            UnknownEquipment,
            IncidentResponseMissing,
            UnknownIncident,
            DuplicateIncidentResponse,
            UnknownResponse,
            JustificationEmpty,
            JustificationTooLong,
        ]
    };
}

/// One rejected input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionError {
    /// Why.
    pub reason: DecisionErrorReason,
    /// Which field (`products.sourdough.price_cents`, `incident_responses[0].justification`).
    pub field: String,
    /// Smallest allowed value, when there is one.
    pub min: Option<i64>,
    /// Largest allowed value, when there is one.
    pub max: Option<i64>,
}

impl DecisionError {
    /// Stable machine-readable code of the reason.
    pub fn code(&self) -> &'static str {
        self.reason.code()
    }

    /// Localization key of the message (`decision_error.price_out_of_range`).
    pub fn key(&self) -> String {
        format!("decision_error.{}", self.code())
    }
}

/// Collects errors; one method per kind of rule.
struct Rules {
    errors: Vec<DecisionError>,
}

impl Rules {
    fn reject(
        &mut self,
        reason: DecisionErrorReason,
        field: impl Into<String>,
        min: Option<i64>,
        max: Option<i64>,
    ) {
        self.errors.push(DecisionError {
            reason,
            field: field.into(),
            min,
            max,
        });
    }

    /// A non-negative quantity with an upper bound.
    fn quantity(&mut self, field: &str, value: i64, max: i64, too_big: DecisionErrorReason) {
        if value < 0 {
            self.reject(
                DecisionErrorReason::NegativeQuantity,
                field,
                Some(0),
                Some(max),
            );
        } else if value > max {
            self.reject(too_big, field, Some(0), Some(max));
        }
    }

    /// A value within `[min, max]`.
    fn within(&mut self, field: &str, value: i64, min: i64, max: i64, reason: DecisionErrorReason) {
        if value < min || value > max {
            self.reject(reason, field, Some(min), Some(max));
        }
    }
}

impl Decisions {
    /// Check the decisions against the scenario and the company's state.
    pub fn validate(
        &self,
        scenario: &Scenario,
        state: &CompanyState,
    ) -> Result<(), Vec<DecisionError>> {
        let mut rules = Rules { errors: Vec::new() };
        if state.bankrupt {
            rules.reject(DecisionErrorReason::CompanyBankrupt, "company", None, None);
            return Err(rules.errors);
        }
        self.check_products(scenario, &mut rules);
        self.check_operations(scenario, state, &mut rules);
        self.check_people(scenario, state, &mut rules);
        self.check_finance(scenario, state, &mut rules);
        self.check_incident_responses(scenario, state, &mut rules);
        if rules.errors.is_empty() {
            Ok(())
        } else {
            Err(rules.errors)
        }
    }

    fn check_products(&self, scenario: &Scenario, rules: &mut Rules) {
        for (id, plan) in &self.products {
            let Some(product) = scenario.product(id) else {
                rules.reject(
                    DecisionErrorReason::UnknownProduct,
                    format!("products.{id}"),
                    None,
                    None,
                );
                continue;
            };
            let (min, max) = price_bounds(scenario, product.base_price_cents);
            rules.within(
                &format!("products.{id}.price_cents"),
                plan.price_cents,
                min,
                max,
                DecisionErrorReason::PriceOutOfRange,
            );
            rules.quantity(
                &format!("products.{id}.volume"),
                plan.volume,
                scenario.limits.max_units_per_round,
                DecisionErrorReason::VolumeOutOfRange,
            );
        }
    }

    fn check_operations(&self, scenario: &Scenario, _state: &CompanyState, rules: &mut Rules) {
        let l = &scenario.labour;
        rules.within(
            "opening_hours_per_week",
            self.opening_hours_per_week,
            i64::from(l.min_hours_per_week),
            i64::from(l.max_hours_per_week),
            DecisionErrorReason::OpeningHoursOutOfRange,
        );
        for (id, units) in &self.material_purchases {
            let field = format!("material_purchases.{id}");
            if scenario.material(id).is_none() {
                rules.reject(DecisionErrorReason::UnknownMaterial, field, None, None);
                continue;
            }
            rules.quantity(
                &field,
                *units,
                scenario.limits.max_material_purchase,
                DecisionErrorReason::PurchaseOutOfRange,
            );
        }
        for (id, spend) in &self.marketing_cents {
            let field = format!("marketing_cents.{id}");
            let Some(channel) = scenario.channel(id) else {
                rules.reject(DecisionErrorReason::UnknownChannel, field, None, None);
                continue;
            };
            rules.quantity(
                &field,
                *spend,
                channel.max_spend_cents,
                DecisionErrorReason::MarketingOutOfRange,
            );
        }
        for (id, count) in &self.equipment_purchases {
            let field = format!("equipment_purchases.{id}");
            if scenario.equipment_type(id).is_none() {
                rules.reject(DecisionErrorReason::UnknownEquipment, field, None, None);
                continue;
            }
            rules.quantity(
                &field,
                *count,
                scenario.limits.max_equipment_per_round,
                DecisionErrorReason::EquipmentOutOfRange,
            );
        }
    }

    fn check_people(&self, scenario: &Scenario, state: &CompanyState, rules: &mut Rules) {
        let available = i64::from(state.labour_pool_available(scenario));
        rules.quantity(
            "hire",
            self.hire,
            available,
            DecisionErrorReason::HireExceedsLabourPool,
        );
        let staff = i64::from(state.staff.headcount);
        rules.quantity(
            "let_go",
            self.let_go,
            staff,
            DecisionErrorReason::LetGoExceedsStaff,
        );
        let (min, max) = wage_bounds(scenario);
        rules.within(
            "wage_cents",
            self.wage_cents,
            min,
            max,
            DecisionErrorReason::WageOutOfRange,
        );
        rules.quantity(
            "training_cents",
            self.training_cents,
            scenario.limits.max_training_cents,
            DecisionErrorReason::TrainingOutOfRange,
        );
    }

    fn check_finance(&self, scenario: &Scenario, state: &CompanyState, rules: &mut Rules) {
        let headroom =
            (scenario.finance.credit_limit_cents - state.finances.bank_loan_cents).max(0);
        rules.quantity(
            "loan_draw_cents",
            self.loan_draw_cents,
            headroom,
            DecisionErrorReason::LoanExceedsCreditLimit,
        );
        rules.quantity(
            "loan_repayment_cents",
            self.loan_repayment_cents,
            state.finances.bank_loan_cents.max(0),
            DecisionErrorReason::RepaymentExceedsLoan,
        );
    }

    fn check_incident_responses(
        &self,
        scenario: &Scenario,
        state: &CompanyState,
        rules: &mut Rules,
    ) {
        let mut answered = BTreeSet::new();
        for (i, answer) in self.incident_responses.iter().enumerate() {
            let at = format!("incident_responses[{i}]");
            let Some(pending) = state
                .pending_incidents
                .iter()
                .find(|p| p.id == answer.incident_id)
            else {
                rules.reject(
                    DecisionErrorReason::UnknownIncident,
                    format!("{at}.incident_id"),
                    None,
                    None,
                );
                continue;
            };
            if !answered.insert(answer.incident_id) {
                rules.reject(
                    DecisionErrorReason::DuplicateIncidentResponse,
                    format!("{at}.incident_id"),
                    None,
                    None,
                );
            }
            let known = scenario
                .incident(&pending.incident)
                .is_some_and(|t| t.responses.iter().any(|r| r.id == answer.response));
            if !known {
                rules.reject(
                    DecisionErrorReason::UnknownResponse,
                    format!("{at}.response"),
                    None,
                    None,
                );
            }
            let chars = answer.justification.chars().count();
            let max = MAX_JUSTIFICATION_CHARS as i64;
            if answer.justification.trim().is_empty() {
                rules.reject(
                    DecisionErrorReason::JustificationEmpty,
                    format!("{at}.justification"),
                    Some(1),
                    Some(max),
                );
            } else if chars > MAX_JUSTIFICATION_CHARS {
                rules.reject(
                    DecisionErrorReason::JustificationTooLong,
                    format!("{at}.justification"),
                    Some(1),
                    Some(max),
                );
            }
        }
        for pending in &state.pending_incidents {
            if !answered.contains(&pending.id) {
                rules.reject(
                    DecisionErrorReason::IncidentResponseMissing,
                    format!("incident_responses.{}", pending.id),
                    None,
                    None,
                );
            }
        }
    }

    /// Sensible decisions to pre-fill a form: base prices, volumes for the
    /// demand seen last round (or a share of the market at the start),
    /// market wage, standard hours, and the materials those volumes need.
    pub fn suggested(scenario: &Scenario, state: &CompanyState) -> Decisions {
        let products = scenario
            .products
            .iter()
            .map(|product| {
                let volume = state
                    .last_demand
                    .get(&product.id)
                    .copied()
                    .unwrap_or_else(|| opening_volume(scenario, &product.id));
                let plan = ProductPlan {
                    price_cents: product.base_price_cents,
                    volume,
                };
                (product.id.clone(), plan)
            })
            .collect();
        let marketing_cents = scenario
            .marketing_channels
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    (scenario.market.marketing_scale_cents / 2).min(c.max_spend_cents),
                )
            })
            .collect();
        let mut d = Decisions {
            products,
            opening_hours_per_week: i64::from(scenario.labour.standard_hours_per_week),
            wage_cents: scenario.labour.market_wage_cents,
            marketing_cents,
            ..Decisions::default()
        };
        d.material_purchases = materials_for_plan(scenario, state, &d.products);
        d
    }

    /// The standing choices of these decisions for reuse in a later round:
    /// prices, volumes, hours, wage, purchases, marketing, training and
    /// quality are kept; one-off actions (hiring, letting go, equipment,
    /// loans, incident responses) are not repeated.
    /// Material purchases are recomputed to what the planned volumes need
    /// beyond the stock on hand, so a plan that is kept keeps running.
    pub fn standing_choices(&self, scenario: &Scenario, state: &CompanyState) -> Decisions {
        Decisions {
            material_purchases: materials_for_plan(scenario, state, &self.products),
            hire: 0,
            let_go: 0,
            equipment_purchases: BTreeMap::new(),
            loan_draw_cents: 0,
            loan_repayment_cents: 0,
            incident_responses: Vec::new(),
            ..self.clone()
        }
    }
}

/// Material units to buy so the planned volumes can be produced.
fn materials_for_plan(
    scenario: &Scenario,
    state: &CompanyState,
    plans: &BTreeMap<String, ProductPlan>,
) -> BTreeMap<String, i64> {
    let mut needed: BTreeMap<String, f64> = BTreeMap::new();
    for product in &scenario.products {
        let volume = plans.get(&product.id).map_or(0, |p| p.volume.max(0));
        for (m, qty) in &product.materials {
            *needed.entry(m.clone()).or_default() += qty * volume as f64;
        }
    }
    needed
        .into_iter()
        .map(|(m, qty)| {
            let on_hand = state.materials.get(&m).map_or(0, |s| s.units);
            let wanted = crate::units::units_from_f64(qty.ceil());
            (
                m,
                (wanted - on_hand).clamp(0, scenario.limits.max_material_purchase),
            )
        })
        .collect()
}

/// Half of a segment's potential per company: a cautious starting volume.
fn opening_volume(scenario: &Scenario, product: &str) -> i64 {
    let potential: i64 = scenario
        .segments
        .iter()
        .filter(|s| s.product == product)
        .map(|s| s.size_per_round)
        .sum();
    potential / 2
}

/// Allowed price range for a product: from `min_price_factor` to
/// `max_price_factor` times its base price, and never zero.
pub fn price_bounds(scenario: &Scenario, base_price: Cents) -> (Cents, Cents) {
    let min = cents_from_f64(base_price as f64 * scenario.limits.min_price_factor).max(1);
    let max = cents_from_f64(base_price as f64 * scenario.limits.max_price_factor).max(min);
    (min, max)
}

/// Allowed wage range: from the minimum wage to `max_wage_factor` times the
/// market wage.
pub fn wage_bounds(scenario: &Scenario) -> (Cents, Cents) {
    let l = &scenario.labour;
    let max =
        cents_from_f64(l.market_wage_cents as f64 * l.max_wage_factor).max(l.minimum_wage_cents);
    (l.minimum_wage_cents, max)
}
