//! Sector scenarios: the data that turns the generic engine into a bakery, a
//! carpentry workshop or a hair salon.
//!
//! Scenarios are TOML text. The built-in ones are embedded in the binary, and
//! teachers' own scenarios go through [`Scenario::from_toml`], which checks
//! every cross-reference and range so that a bad file is reported with a
//! precise list of problems instead of producing a broken game.
//!
//! Every piece of text a student sees is identified by a stable key derived
//! from ids (`product.sourdough`, `incident.supplier_delay.response.wait`), so
//! the web layer can translate it; only the scenario itself carries an English
//! `name`/`description` fallback (items may carry an optional English `name`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::competences::Competence;
use crate::units::Cents;

const BUILTIN: [(&str, &str); 3] = [
    ("bakery", include_str!("../scenarios/bakery.toml")),
    ("carpentry", include_str!("../scenarios/carpentry.toml")),
    ("hair_salon", include_str!("../scenarios/hair_salon.toml")),
];

/// A complete sector scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier (`bakery`).
    pub id: String,
    /// English fallback name.
    pub name: String,
    /// English fallback description.
    pub description: String,
    /// Rounds that make one business year (4 = quarters, 12 = months).
    pub rounds_per_year: u32,
    /// Calendar weeks in one round, used to turn weekly hours into round hours.
    pub weeks_per_round: f64,
    /// The company every team starts with.
    pub start: StartingPosition,
    /// Labour market and working time.
    pub labour: LabourMarket,
    /// Rent, tax, interest and bankruptcy rules.
    pub finance: FinanceRules,
    /// Market-wide rules: seasonality, marketing, competitors.
    pub market: MarketRules,
    /// Cost and quality effect of the standard/premium/eco choice.
    pub quality: QualityOptions,
    /// Bounds for decisions.
    #[serde(default)]
    pub limits: Limits,
    /// Input materials.
    pub materials: Vec<Material>,
    /// Products or services sold.
    pub products: Vec<Product>,
    /// Equipment that provides production capacity.
    pub equipment: Vec<EquipmentType>,
    /// Customer segments.
    pub segments: Vec<Segment>,
    /// Marketing channels.
    pub marketing_channels: Vec<MarketingChannel>,
    /// Incidents and dilemmas that can happen.
    pub incidents: Vec<IncidentType>,
}

/// The company every team starts with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingPosition {
    /// Cash at the start.
    pub cash_cents: Cents,
    /// Bank loan at the start.
    #[serde(default)]
    pub bank_loan_cents: Cents,
    /// Staff at the start.
    pub staff: u32,
    /// Average staff skill (0–1).
    pub skill: f64,
    /// Staff morale (0–1).
    pub morale: f64,
    /// Reputation with customers (0–1).
    pub reputation: f64,
    /// Equipment owned at the start.
    #[serde(default)]
    pub equipment: Vec<StartingEquipment>,
    /// Materials in stock at the start (units per material id), valued at cost.
    #[serde(default)]
    pub materials: BTreeMap<String, i64>,
}

/// Equipment owned at the start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingEquipment {
    /// Equipment type id.
    pub equipment: String,
    /// How many units.
    pub count: u32,
    /// Age in rounds (drives depreciation already taken).
    #[serde(default)]
    pub age_rounds: u32,
}

/// Labour market and working time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabourMarket {
    /// Wage per worker per round paid by the market.
    pub market_wage_cents: Cents,
    /// Legal minimum wage per worker per round.
    pub minimum_wage_cents: Cents,
    /// Highest wage allowed, as a multiple of the market wage.
    pub max_wage_factor: f64,
    /// Suitable people the company can employ in total.
    pub pool_size: u32,
    /// Contract hours per week; more opening hours are overtime.
    pub standard_hours_per_week: u32,
    /// Fewest opening hours per week allowed.
    pub min_hours_per_week: u32,
    /// Most opening hours per week allowed.
    pub max_hours_per_week: u32,
    /// Productive hours per worker per standard week (productivity per worker).
    pub productive_hours_per_week: f64,
    /// Skill of a new hire (0–1).
    pub new_hire_skill: f64,
    /// One-off cost of recruiting one person.
    pub recruitment_cost_cents: Cents,
    /// Severance paid when letting someone go, in round wages.
    pub severance_wage_share: f64,
    /// Extra pay for overtime hours (0.5 = +50 %).
    pub overtime_premium: f64,
    /// Training spend per worker that gives a clearly visible skill gain.
    pub training_scale_cents: Cents,
    /// Strength of the training effect on skill.
    pub training_effect: f64,
    /// Share of staff leaving each round even when morale is fine.
    pub base_turnover: f64,
    /// Morale below which people start to leave.
    pub morale_turnover_threshold: f64,
}

/// Rent, tax, interest and bankruptcy rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinanceRules {
    /// Rent per round.
    pub rent_cents: Cents,
    /// Tax rate on positive profit.
    pub tax_rate: f64,
    /// Whether losses reduce the taxable profit of later rounds.
    pub loss_carry_forward: bool,
    /// Yearly interest rate of the bank loan.
    pub loan_rate_annual: f64,
    /// Yearly (penalty) interest rate of the emergency loan.
    pub emergency_rate_annual: f64,
    /// Yearly interest rate earned on positive cash.
    pub deposit_rate_annual: f64,
    /// Highest bank loan the company can have.
    pub credit_limit_cents: Cents,
    /// Consecutive rounds needing an emergency loan before bankruptcy.
    pub bankruptcy_after_rounds: u32,
}

/// Market-wide rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketRules {
    /// Computer-run competitors added in solo mode.
    pub ai_competitors: u32,
    /// Marketing stock (adstock) at which the effect reaches `ln 2`; sets
    /// where diminishing returns begin.
    pub marketing_scale_cents: Cents,
    /// How strongly reputation moves customer choice.
    pub reputation_sensitivity: f64,
    /// Reputation lost when all demand of a round goes unserved.
    pub stockout_reputation_penalty: f64,
    /// Demand multiplier per round of the year; round `r` uses entry
    /// `r mod len`.
    pub seasonality: Vec<f64>,
}

/// Cost and quality effect of the standard/premium/eco choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualityOptions {
    /// Material cost multiplier of premium quality.
    pub premium_cost_factor: f64,
    /// Quality points added by premium quality.
    pub premium_quality_bonus: f64,
    /// Material cost multiplier of eco/sustainable production.
    pub eco_cost_factor: f64,
    /// Quality points added by eco production.
    pub eco_quality_bonus: f64,
}

/// Bounds for decisions; defaults suit all built-in scenarios.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Most units of one product that may be planned per round.
    pub max_units_per_round: i64,
    /// Most units of one material that may be bought per round.
    pub max_material_purchase: i64,
    /// Most money for training per round.
    pub max_training_cents: Cents,
    /// Most equipment units of one type bought per round.
    pub max_equipment_per_round: i64,
    /// Lowest price as a share of the product's base price.
    pub min_price_factor: f64,
    /// Highest price as a multiple of the product's base price.
    pub max_price_factor: f64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_units_per_round: 1_000_000,
            max_material_purchase: 10_000_000,
            max_training_cents: 10_000_000,
            max_equipment_per_round: 10,
            min_price_factor: 0.1,
            max_price_factor: 10.0,
        }
    }
}

/// An input material.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Stable id.
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// Unit of measure (kg, m², tube…), shown next to quantities.
    pub unit: String,
    /// Purchase cost per unit.
    pub unit_cost_cents: Cents,
}

/// How unsold output is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductKind {
    /// Goods that keep: unsold units stay in stock.
    Durable,
    /// Goods sold fresh: unsold units are written off at the end of the round.
    Perishable,
    /// Services: the volume is appointment capacity; materials are used per sale.
    Service,
}

/// A product or service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Stable id.
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// Goods that keep, fresh goods or a service.
    pub kind: ProductKind,
    /// Usual market price; also the reference for the allowed price range.
    pub base_price_cents: Cents,
    /// Labour hours needed for one unit at average skill.
    pub labour_hours_per_unit: f64,
    /// Intrinsic quality (0–1) at standard quality and average skill.
    pub quality: f64,
    /// Material units used per unit (material id → quantity).
    pub materials: BTreeMap<String, f64>,
}

/// A type of equipment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EquipmentType {
    /// Stable id.
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// Units of output (all products together) one machine allows per round.
    pub capacity_units: i64,
    /// Purchase price.
    pub price_cents: Cents,
    /// Useful life in rounds; straight-line depreciation, retired at the end.
    pub lifetime_rounds: u32,
    /// Chance per machine per round of a breakdown.
    pub failure_probability: f64,
}

/// A customer segment buying one product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// Stable id.
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// Product id the segment buys.
    pub product: String,
    /// Potential units per round *per company in the market*.
    pub size_per_round: i64,
    /// Weight of the (log) price ratio in the customers' choice.
    pub price_sensitivity: f64,
    /// Weight of quality in the customers' choice.
    pub quality_sensitivity: f64,
    /// Weight of marketing in the customers' choice.
    #[serde(default = "one")]
    pub marketing_sensitivity: f64,
    /// Extra appeal of eco production to this segment.
    #[serde(default)]
    pub eco_sensitivity: f64,
    /// Price customers consider normal.
    pub reference_price_cents: Cents,
    /// Attractiveness of not buying at all (higher = more customers walk away).
    #[serde(default)]
    pub no_purchase_utility: f64,
}

fn one() -> f64 {
    1.0
}

/// A marketing channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketingChannel {
    /// Stable id (`flyers`, `social_media`, `trade_fair`).
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// Strength of the channel's effect.
    pub effectiveness: f64,
    /// Share of the marketing stock that carries over to the next round.
    pub carry_over: f64,
    /// Highest spend per round.
    pub max_spend_cents: Cents,
}

/// What makes an incident happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum IncidentTrigger {
    /// Drawn with the incident's own probability each round.
    #[default]
    Random,
    /// Drawn from the failure probability of each owned machine.
    EquipmentFailure,
}

/// An incident or dilemma.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentType {
    /// Stable id (`supplier_delay`).
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// What triggers it.
    #[serde(default)]
    pub trigger: IncidentTrigger,
    /// Chance per round (random trigger only).
    #[serde(default)]
    pub probability: f64,
    /// Two or three possible responses.
    pub responses: Vec<ResponseOption>,
}

/// One possible response to an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseOption {
    /// Stable id.
    pub id: String,
    /// Optional English fallback name.
    #[serde(default)]
    pub name: String,
    /// EntreComp competences this response exercises.
    pub competences: Vec<Competence>,
    /// What the response does to the company.
    #[serde(default)]
    pub effects: Effects,
    /// Chosen automatically when a team submits no decisions.
    #[serde(default)]
    pub default: bool,
}

/// Consequences of an incident response, applied in the round it is answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Effects {
    /// One-off cash effect: negative is a cost, positive an income.
    pub cash_cents: Cents,
    /// Reputation change (points of 0–1).
    pub reputation: f64,
    /// Morale change.
    pub morale: f64,
    /// Skill change.
    pub skill: f64,
    /// Customer satisfaction change.
    pub satisfaction: f64,
    /// Multiplier of production capacity this round.
    pub capacity_factor: Option<f64>,
    /// Share of this round's material purchases that arrives.
    pub material_delivery_factor: Option<f64>,
    /// Multiplier of the company's demand this round.
    pub demand_factor: Option<f64>,
    /// People who leave because of the response.
    pub staff_leaving: u32,
}

/// Short description of a scenario for pick lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioInfo {
    /// Stable id.
    pub id: String,
    /// Localization key of the name.
    pub name_key: String,
    /// Localization key of the description.
    pub description_key: String,
    /// English fallback name.
    pub name: String,
    /// English fallback description.
    pub description: String,
}

/// One problem found while checking a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioIssue {
    /// Path of the offending field (`products[0].materials.flour`).
    pub field: String,
    /// Machine-readable reason (`unknown_reference`, `out_of_range`…).
    pub code: String,
}

/// Why a scenario could not be loaded.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ScenarioError {
    /// The text is not valid TOML or does not match the scenario shape.
    #[error("scenario text could not be read: {0}")]
    Parse(String),
    /// The scenario was read but breaks one or more rules.
    #[error("scenario is invalid: {}", describe(.0))]
    Invalid(Vec<ScenarioIssue>),
    /// No built-in scenario has this id.
    #[error("no built-in scenario named {0:?}")]
    UnknownBuiltin(String),
}

fn describe(issues: &[ScenarioIssue]) -> String {
    issues
        .iter()
        .map(|i| format!("{} ({})", i.field, i.code))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Scenario {
    /// A built-in scenario by id (`bakery`, `carpentry`, `hair_salon`).
    pub fn builtin(id: &str) -> Result<Scenario, ScenarioError> {
        let (_, text) = BUILTIN
            .iter()
            .find(|(builtin_id, _)| *builtin_id == id)
            .ok_or_else(|| ScenarioError::UnknownBuiltin(id.to_owned()))?;
        Scenario::from_toml(text)
    }

    /// Ids of all built-in scenarios.
    pub fn builtin_ids() -> Vec<&'static str> {
        BUILTIN.iter().map(|(id, _)| *id).collect()
    }

    /// All built-in scenarios with their names, for a pick list.
    pub fn list() -> Vec<ScenarioInfo> {
        Self::builtin_ids()
            .into_iter()
            .filter_map(|id| Scenario::builtin(id).ok())
            .map(|s| s.info())
            .collect()
    }

    /// Read and check a scenario written in TOML.
    pub fn from_toml(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario =
            toml::from_str(text).map_err(|e| ScenarioError::Parse(e.to_string()))?;
        scenario.validate().map_err(ScenarioError::Invalid)?;
        Ok(scenario)
    }

    /// Summary for pick lists.
    pub fn info(&self) -> ScenarioInfo {
        ScenarioInfo {
            id: self.id.clone(),
            name_key: format!("scenario.{}.name", self.id),
            description_key: format!("scenario.{}.description", self.id),
            name: self.name.clone(),
            description: self.description.clone(),
        }
    }

    /// Demand multiplier for a round (0-based).
    pub fn seasonality(&self, round: u32) -> f64 {
        let len = self.market.seasonality.len();
        if len == 0 {
            return 1.0;
        }
        self.market.seasonality[round as usize % len]
    }

    /// Product by id.
    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// Material by id.
    pub fn material(&self, id: &str) -> Option<&Material> {
        self.materials.iter().find(|m| m.id == id)
    }

    /// Equipment type by id.
    pub fn equipment_type(&self, id: &str) -> Option<&EquipmentType> {
        self.equipment.iter().find(|e| e.id == id)
    }

    /// Marketing channel by id.
    pub fn channel(&self, id: &str) -> Option<&MarketingChannel> {
        self.marketing_channels.iter().find(|c| c.id == id)
    }

    /// Incident type by id.
    pub fn incident(&self, id: &str) -> Option<&IncidentType> {
        self.incidents.iter().find(|i| i.id == id)
    }

    /// Material cost of one unit of a product at standard quality.
    pub fn unit_material_cost(&self, product: &Product) -> Cents {
        let cost: f64 = product
            .materials
            .iter()
            .filter_map(|(id, qty)| self.material(id).map(|m| m.unit_cost_cents as f64 * qty))
            .sum();
        crate::units::cents_from_f64(cost)
    }

    /// Every localization key this scenario uses, for catalogue checks.
    pub fn localization_keys(&self) -> Vec<String> {
        let info = self.info();
        let mut keys = vec![info.name_key, info.description_key];
        keys.extend(self.materials.iter().map(|m| material_key(&m.id)));
        keys.extend(self.products.iter().map(|p| product_key(&p.id)));
        keys.extend(self.equipment.iter().map(|e| equipment_key(&e.id)));
        keys.extend(self.segments.iter().map(|s| segment_key(&s.id)));
        keys.extend(self.marketing_channels.iter().map(|c| channel_key(&c.id)));
        for incident in &self.incidents {
            keys.push(incident_key(&incident.id));
            keys.push(format!("{}.description", incident_key(&incident.id)));
            keys.extend(
                incident
                    .responses
                    .iter()
                    .map(|r| response_key(&incident.id, &r.id)),
            );
        }
        keys
    }

    /// Check ranges and cross-references; returns every problem found.
    pub fn validate(&self) -> Result<(), Vec<ScenarioIssue>> {
        let mut check = Checker::default();
        self.validate_header(&mut check);
        self.validate_labour(&mut check);
        self.validate_finance_and_market(&mut check);
        self.validate_catalogue(&mut check);
        self.validate_segments_and_channels(&mut check);
        self.validate_incidents(&mut check);
        self.validate_start(&mut check);
        check.finish()
    }

    fn validate_header(&self, c: &mut Checker) {
        c.id("id", &self.id);
        c.require(!self.name.trim().is_empty(), "name", "empty");
        c.require(!self.description.trim().is_empty(), "description", "empty");
        c.range_u("rounds_per_year", self.rounds_per_year, 1, 52);
        c.range_f("weeks_per_round", self.weeks_per_round, 0.1, 52.0);
        let q = &self.quality;
        c.range_f(
            "quality.premium_cost_factor",
            q.premium_cost_factor,
            1.0,
            5.0,
        );
        c.range_f(
            "quality.premium_quality_bonus",
            q.premium_quality_bonus,
            0.0,
            1.0,
        );
        c.range_f("quality.eco_cost_factor", q.eco_cost_factor, 1.0, 5.0);
        c.range_f("quality.eco_quality_bonus", q.eco_quality_bonus, 0.0, 1.0);
        let l = &self.limits;
        c.range_i(
            "limits.max_units_per_round",
            l.max_units_per_round,
            1,
            10_000_000,
        );
        c.range_i(
            "limits.max_material_purchase",
            l.max_material_purchase,
            1,
            100_000_000,
        );
        c.range_i(
            "limits.max_training_cents",
            l.max_training_cents,
            0,
            1_000_000_000,
        );
        c.range_i(
            "limits.max_equipment_per_round",
            l.max_equipment_per_round,
            0,
            100,
        );
        c.range_f("limits.min_price_factor", l.min_price_factor, 0.01, 1.0);
        c.range_f("limits.max_price_factor", l.max_price_factor, 1.0, 100.0);
    }

    fn validate_labour(&self, c: &mut Checker) {
        let l = &self.labour;
        c.range_i(
            "labour.market_wage_cents",
            l.market_wage_cents,
            1,
            100_000_000,
        );
        c.range_i(
            "labour.minimum_wage_cents",
            l.minimum_wage_cents,
            1,
            l.market_wage_cents,
        );
        c.range_f("labour.max_wage_factor", l.max_wage_factor, 1.0, 10.0);
        c.range_u("labour.pool_size", l.pool_size, 1, 10_000);
        c.range_u(
            "labour.min_hours_per_week",
            l.min_hours_per_week,
            1,
            l.standard_hours_per_week,
        );
        c.range_u(
            "labour.standard_hours_per_week",
            l.standard_hours_per_week,
            1,
            80,
        );
        c.range_u(
            "labour.max_hours_per_week",
            l.max_hours_per_week,
            l.standard_hours_per_week,
            100,
        );
        c.range_f(
            "labour.productive_hours_per_week",
            l.productive_hours_per_week,
            0.1,
            100.0,
        );
        c.range_f("labour.new_hire_skill", l.new_hire_skill, 0.0, 1.0);
        c.range_i(
            "labour.recruitment_cost_cents",
            l.recruitment_cost_cents,
            0,
            100_000_000,
        );
        c.range_f(
            "labour.severance_wage_share",
            l.severance_wage_share,
            0.0,
            24.0,
        );
        c.range_f("labour.overtime_premium", l.overtime_premium, 0.0, 3.0);
        c.range_i(
            "labour.training_scale_cents",
            l.training_scale_cents,
            1,
            100_000_000,
        );
        c.range_f("labour.training_effect", l.training_effect, 0.0, 1.0);
        c.range_f("labour.base_turnover", l.base_turnover, 0.0, 1.0);
        c.range_f(
            "labour.morale_turnover_threshold",
            l.morale_turnover_threshold,
            0.0,
            1.0,
        );
    }

    fn validate_finance_and_market(&self, c: &mut Checker) {
        let f = &self.finance;
        c.range_i("finance.rent_cents", f.rent_cents, 0, 1_000_000_000);
        c.range_f("finance.tax_rate", f.tax_rate, 0.0, 1.0);
        c.range_f("finance.loan_rate_annual", f.loan_rate_annual, 0.0, 1.0);
        c.range_f(
            "finance.emergency_rate_annual",
            f.emergency_rate_annual,
            0.0,
            2.0,
        );
        c.range_f(
            "finance.deposit_rate_annual",
            f.deposit_rate_annual,
            0.0,
            1.0,
        );
        c.range_i(
            "finance.credit_limit_cents",
            f.credit_limit_cents,
            0,
            10_000_000_000,
        );
        c.range_u(
            "finance.bankruptcy_after_rounds",
            f.bankruptcy_after_rounds,
            1,
            100,
        );
        let m = &self.market;
        c.range_u("market.ai_competitors", m.ai_competitors, 0, 20);
        c.range_i(
            "market.marketing_scale_cents",
            m.marketing_scale_cents,
            1,
            1_000_000_000,
        );
        c.range_f(
            "market.reputation_sensitivity",
            m.reputation_sensitivity,
            0.0,
            20.0,
        );
        c.range_f(
            "market.stockout_reputation_penalty",
            m.stockout_reputation_penalty,
            0.0,
            1.0,
        );
        c.require(!m.seasonality.is_empty(), "market.seasonality", "empty");
        for (i, s) in m.seasonality.iter().enumerate() {
            c.range_f(&format!("market.seasonality[{i}]"), *s, 0.0, 10.0);
        }
    }

    fn validate_catalogue(&self, c: &mut Checker) {
        c.unique_ids("materials", self.materials.iter().map(|m| m.id.as_str()));
        c.unique_ids("products", self.products.iter().map(|p| p.id.as_str()));
        c.unique_ids("equipment", self.equipment.iter().map(|e| e.id.as_str()));
        c.require(!self.products.is_empty(), "products", "empty");
        c.require(!self.equipment.is_empty(), "equipment", "empty");
        for (i, m) in self.materials.iter().enumerate() {
            c.range_i(
                &format!("materials[{i}].unit_cost_cents"),
                m.unit_cost_cents,
                0,
                100_000_000,
            );
        }
        for (i, p) in self.products.iter().enumerate() {
            let at = format!("products[{i}]");
            c.range_i(
                &format!("{at}.base_price_cents"),
                p.base_price_cents,
                1,
                100_000_000,
            );
            c.range_f(
                &format!("{at}.labour_hours_per_unit"),
                p.labour_hours_per_unit,
                0.001,
                1_000.0,
            );
            c.range_f(&format!("{at}.quality"), p.quality, 0.0, 1.0);
            for (material, qty) in &p.materials {
                let field = format!("{at}.materials.{material}");
                c.require(
                    self.material(material).is_some(),
                    &field,
                    "unknown_reference",
                );
                c.range_f(&field, *qty, 0.0, 10_000.0);
            }
        }
        for (i, e) in self.equipment.iter().enumerate() {
            let at = format!("equipment[{i}]");
            c.range_i(
                &format!("{at}.capacity_units"),
                e.capacity_units,
                1,
                10_000_000,
            );
            c.range_i(
                &format!("{at}.price_cents"),
                e.price_cents,
                0,
                1_000_000_000,
            );
            c.range_u(
                &format!("{at}.lifetime_rounds"),
                e.lifetime_rounds,
                1,
                1_000,
            );
            c.range_f(
                &format!("{at}.failure_probability"),
                e.failure_probability,
                0.0,
                1.0,
            );
        }
    }

    fn validate_segments_and_channels(&self, c: &mut Checker) {
        c.unique_ids("segments", self.segments.iter().map(|s| s.id.as_str()));
        c.unique_ids(
            "marketing_channels",
            self.marketing_channels.iter().map(|m| m.id.as_str()),
        );
        c.require(!self.segments.is_empty(), "segments", "empty");
        for (i, s) in self.segments.iter().enumerate() {
            let at = format!("segments[{i}]");
            c.require(
                self.product(&s.product).is_some(),
                &format!("{at}.product"),
                "unknown_reference",
            );
            c.range_i(
                &format!("{at}.size_per_round"),
                s.size_per_round,
                0,
                10_000_000,
            );
            c.range_f(
                &format!("{at}.price_sensitivity"),
                s.price_sensitivity,
                0.0,
                20.0,
            );
            c.range_f(
                &format!("{at}.quality_sensitivity"),
                s.quality_sensitivity,
                0.0,
                20.0,
            );
            c.range_f(
                &format!("{at}.marketing_sensitivity"),
                s.marketing_sensitivity,
                0.0,
                20.0,
            );
            c.range_f(
                &format!("{at}.eco_sensitivity"),
                s.eco_sensitivity,
                0.0,
                20.0,
            );
            c.range_i(
                &format!("{at}.reference_price_cents"),
                s.reference_price_cents,
                1,
                100_000_000,
            );
            c.range_f(
                &format!("{at}.no_purchase_utility"),
                s.no_purchase_utility,
                -20.0,
                20.0,
            );
        }
        for (i, m) in self.marketing_channels.iter().enumerate() {
            let at = format!("marketing_channels[{i}]");
            c.range_f(&format!("{at}.effectiveness"), m.effectiveness, 0.0, 10.0);
            c.range_f(&format!("{at}.carry_over"), m.carry_over, 0.0, 0.99);
            c.range_i(
                &format!("{at}.max_spend_cents"),
                m.max_spend_cents,
                0,
                1_000_000_000,
            );
        }
    }

    fn validate_incidents(&self, c: &mut Checker) {
        c.unique_ids("incidents", self.incidents.iter().map(|i| i.id.as_str()));
        for (i, incident) in self.incidents.iter().enumerate() {
            let at = format!("incidents[{i}]");
            c.range_f(&format!("{at}.probability"), incident.probability, 0.0, 1.0);
            let n = incident.responses.len() as i64;
            c.range_i(&format!("{at}.responses"), n, 2, 3);
            c.unique_ids(
                &format!("{at}.responses"),
                incident.responses.iter().map(|r| r.id.as_str()),
            );
            let defaults = incident.responses.iter().filter(|r| r.default).count();
            c.require(
                defaults == 1,
                &format!("{at}.responses"),
                "exactly_one_default",
            );
            for (j, r) in incident.responses.iter().enumerate() {
                let rat = format!("{at}.responses[{j}]");
                c.require(
                    !r.competences.is_empty(),
                    &format!("{rat}.competences"),
                    "empty",
                );
                validate_effects(c, &format!("{rat}.effects"), &r.effects);
            }
        }
    }

    fn validate_start(&self, c: &mut Checker) {
        let s = &self.start;
        c.range_i("start.cash_cents", s.cash_cents, 0, 10_000_000_000);
        c.range_i(
            "start.bank_loan_cents",
            s.bank_loan_cents,
            0,
            self.finance.credit_limit_cents,
        );
        c.range_u("start.staff", s.staff, 0, self.labour.pool_size);
        c.range_f("start.skill", s.skill, 0.0, 1.0);
        c.range_f("start.morale", s.morale, 0.0, 1.0);
        c.range_f("start.reputation", s.reputation, 0.0, 1.0);
        for (i, e) in s.equipment.iter().enumerate() {
            let at = format!("start.equipment[{i}]");
            match self.equipment_type(&e.equipment) {
                None => c.fail(&format!("{at}.equipment"), "unknown_reference"),
                Some(t) => c.range_u(
                    &format!("{at}.age_rounds"),
                    e.age_rounds,
                    0,
                    t.lifetime_rounds - 1,
                ),
            }
            c.range_u(&format!("{at}.count"), e.count, 1, 1_000);
        }
        for (id, units) in &s.materials {
            let field = format!("start.materials.{id}");
            c.require(self.material(id).is_some(), &field, "unknown_reference");
            c.range_i(&field, *units, 0, 100_000_000);
        }
    }
}

fn validate_effects(c: &mut Checker, at: &str, e: &Effects) {
    c.range_i(
        &format!("{at}.cash_cents"),
        e.cash_cents,
        -1_000_000_000,
        1_000_000_000,
    );
    for (name, v) in [
        ("reputation", e.reputation),
        ("morale", e.morale),
        ("skill", e.skill),
        ("satisfaction", e.satisfaction),
    ] {
        c.range_f(&format!("{at}.{name}"), v, -1.0, 1.0);
    }
    for (name, v) in [
        ("capacity_factor", e.capacity_factor),
        ("material_delivery_factor", e.material_delivery_factor),
    ] {
        if let Some(v) = v {
            c.range_f(&format!("{at}.{name}"), v, 0.0, 1.0);
        }
    }
    if let Some(v) = e.demand_factor {
        c.range_f(&format!("{at}.demand_factor"), v, 0.0, 5.0);
    }
    c.range_u(&format!("{at}.staff_leaving"), e.staff_leaving, 0, 100);
}

/// Collects validation problems so that all of them are reported at once.
#[derive(Default)]
struct Checker {
    issues: Vec<ScenarioIssue>,
}

impl Checker {
    fn fail(&mut self, field: &str, code: &str) {
        self.issues.push(ScenarioIssue {
            field: field.to_owned(),
            code: code.to_owned(),
        });
    }

    fn require(&mut self, ok: bool, field: &str, code: &str) {
        if !ok {
            self.fail(field, code);
        }
    }

    fn range_f(&mut self, field: &str, v: f64, min: f64, max: f64) {
        if !v.is_finite() || v < min || v > max {
            self.fail(field, "out_of_range");
        }
    }

    fn range_i(&mut self, field: &str, v: i64, min: i64, max: i64) {
        if v < min || v > max {
            self.fail(field, "out_of_range");
        }
    }

    fn range_u(&mut self, field: &str, v: u32, min: u32, max: u32) {
        self.range_i(field, i64::from(v), i64::from(min), i64::from(max));
    }

    /// Ids become parts of localization keys, so they must be simple.
    fn id(&mut self, field: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        self.require(ok, field, "invalid_id");
    }

    fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            self.id(&format!("{list}[{i}].id"), id);
            if !seen.insert(id) {
                self.fail(&format!("{list}[{i}].id"), "duplicate_id");
            }
        }
    }

    fn finish(self) -> Result<(), Vec<ScenarioIssue>> {
        if self.issues.is_empty() {
            Ok(())
        } else {
            Err(self.issues)
        }
    }
}

/// Localization key of a product.
pub fn product_key(id: &str) -> String {
    format!("product.{id}")
}

/// Localization key of a material.
pub fn material_key(id: &str) -> String {
    format!("material.{id}")
}

/// Localization key of an equipment type.
pub fn equipment_key(id: &str) -> String {
    format!("equipment.{id}")
}

/// Localization key of a customer segment.
pub fn segment_key(id: &str) -> String {
    format!("segment.{id}")
}

/// Localization key of a marketing channel.
pub fn channel_key(id: &str) -> String {
    format!("channel.{id}")
}

/// Localization key of an incident (its title; `.description` for the text).
pub fn incident_key(id: &str) -> String {
    format!("incident.{id}")
}

/// Localization key of an incident response.
pub fn response_key(incident: &str, response: &str) -> String {
    format!("incident.{incident}.response.{response}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_builtins_load_and_validate() {
        for id in Scenario::builtin_ids() {
            let s = Scenario::builtin(id).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(s.id, id);
            assert!(s.products.len() >= 2, "{id}");
            assert!(s.marketing_channels.len() >= 3, "{id}");
            let kinds: BTreeSet<&str> = s.incidents.iter().map(|i| i.id.as_str()).collect();
            for required in [
                "supplier_delay",
                "customer_complaint",
                "team_conflict",
                "equipment_failure",
                "large_order",
                "ethical_choice",
            ] {
                assert!(kinds.contains(required), "{id} lacks {required}");
            }
        }
        assert_eq!(Scenario::list().len(), 3);
    }

    #[test]
    fn unknown_builtin_is_an_error() {
        assert_eq!(
            Scenario::builtin("shipyard"),
            Err(ScenarioError::UnknownBuiltin("shipyard".into()))
        );
    }

    #[test]
    fn broken_toml_is_a_parse_error() {
        assert!(matches!(
            Scenario::from_toml("id = "),
            Err(ScenarioError::Parse(_))
        ));
    }

    #[test]
    fn bad_references_and_ranges_are_all_reported() {
        let text = include_str!("../scenarios/bakery.toml")
            .replace("product = \"sourdough\"", "product = \"croissant_xl\"")
            .replace("tax_rate = 0.24", "tax_rate = 1.5");
        let Err(ScenarioError::Invalid(issues)) = Scenario::from_toml(&text) else {
            panic!("expected validation errors");
        };
        assert!(issues
            .iter()
            .any(|i| i.code == "unknown_reference" && i.field.ends_with(".product")));
        assert!(issues
            .iter()
            .any(|i| i.code == "out_of_range" && i.field == "finance.tax_rate"));
    }

    #[test]
    fn keys_are_stable_and_complete() {
        let s = Scenario::builtin("bakery").unwrap();
        let keys = s.localization_keys();
        assert!(keys.contains(&"product.sourdough".to_string()));
        assert!(keys.contains(&"incident.supplier_delay.response.find_alternative".to_string()));
        assert!(keys.contains(&"scenario.bakery.name".to_string()));
    }

    #[test]
    fn seasonality_wraps_around_the_year() {
        let s = Scenario::builtin("carpentry").unwrap();
        let len = s.market.seasonality.len() as u32;
        assert_eq!(s.seasonality(1), s.seasonality(1 + len));
    }

    #[test]
    fn unit_material_cost_sums_materials() {
        let s = Scenario::builtin("bakery").unwrap();
        let p = s.product("sourdough").unwrap();
        let expected: f64 = p
            .materials
            .iter()
            .map(|(m, q)| s.material(m).unwrap().unit_cost_cents as f64 * q)
            .sum();
        assert_eq!(s.unit_material_cost(p), expected.round() as i64);
    }
}
