//! Round reports: key figures, the three statements, what happened, and
//! plain-language explanations.
//!
//! The engine never produces sentences. Every message is a stable key with
//! typed arguments (`report.lost_sales_stock { product, units }`) that the
//! web layer renders through its Fluent catalogues, and each report lists
//! the glossary terms (`glossary.gross_margin`) its explanations rely on.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::accounts::{BalanceSheet, CashFlowStatement, IncomeStatement};
use crate::game::TeamId;
use crate::incidents::{AnsweredIncident, PendingIncident};
use crate::units::{safe_ratio, Cents};

/// Every explanation key a report can contain (`report.*`).
pub const EXPLANATION_KEYS: [&str; 23] = [
    "report.bankrupt",
    "report.break_even",
    "report.depreciation",
    "report.emergency_loan",
    "report.gross_margin",
    "report.interest_paid",
    "report.inventory_built_up",
    "report.loss",
    "report.loss_carry_forward_used",
    "report.lost_sales_capacity",
    "report.lost_sales_stock",
    "report.no_contribution_margin",
    "report.overtime",
    "report.production_limited_equipment",
    "report.production_limited_labour",
    "report.production_limited_materials",
    "report.profit",
    "report.profit_but_cash_fell",
    "report.reputation_fell",
    "report.staff_quit",
    "report.tax_paid",
    "report.unsold_written_off",
    "report.wage_below_market",
];

/// Every event key a report can contain (`event.*`).
pub const EVENT_KEYS: [&str; 12] = [
    "event.bankrupt",
    "event.delivery_short",
    "event.emergency_loan",
    "event.emergency_loan_repaid",
    "event.equipment_bought",
    "event.equipment_retired",
    "event.incident",
    "event.incident_resolved",
    "event.staff_hired",
    "event.staff_left_after_incident",
    "event.staff_let_go",
    "event.staff_quit",
];

/// A typed argument of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Arg {
    /// A count of units, people, rounds…
    Count(i64),
    /// Money in cents (format as currency).
    Cents(Cents),
    /// A share between 0 and 1 (format as percent).
    Share(f64),
    /// Another localization key (`product.sourdough`) to be translated first.
    Key(String),
}

/// A localizable message: a stable key and named arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// Localization key.
    pub key: String,
    /// Named arguments.
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: BTreeMap::new(),
        }
    }

    /// Add a count.
    pub fn count(mut self, name: &str, value: i64) -> Self {
        self.args.insert(name.to_owned(), Arg::Count(value));
        self
    }

    /// Add an amount of money.
    pub fn cents(mut self, name: &str, value: Cents) -> Self {
        self.args.insert(name.to_owned(), Arg::Cents(value));
        self
    }

    /// Add a share.
    pub fn share(mut self, name: &str, value: f64) -> Self {
        let v = if value.is_finite() { value } else { 0.0 };
        self.args.insert(name.to_owned(), Arg::Share(v));
        self
    }

    /// Add a nested localization key.
    pub fn key(mut self, name: &str, key: String) -> Self {
        self.args.insert(name.to_owned(), Arg::Key(key));
        self
    }
}

/// Terms explained in the glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GlossaryTerm {
    /// Money from sales.
    Revenue,
    /// Revenue minus cost of goods sold, as a share of revenue.
    GrossMargin,
    /// Revenue minus variable costs.
    ContributionMargin,
    /// Revenue at which profit is zero.
    BreakEven,
    /// Money coming in and going out.
    CashFlow,
    /// Spreading the cost of equipment over its life.
    Depreciation,
    /// Current assets minus current liabilities.
    WorkingCapital,
    /// Materials and goods in stock.
    Inventory,
    /// Price of borrowing money.
    Interest,
    /// Tax on profit.
    Tax,
    /// Using past losses to reduce tax.
    LossCarryForward,
    /// What the owners own.
    Equity,
    /// What the company owes.
    Liabilities,
    /// Share of the class's sales.
    MarketShare,
    /// How demand reacts to price.
    PriceElasticity,
    /// Marketing effect that carries over.
    Adstock,
    /// Production capacity.
    Capacity,
    /// Hours beyond the standard week.
    Overtime,
    /// People leaving.
    StaffTurnover,
    /// What customers think of the company.
    Reputation,
    /// Loan granted when cash runs out.
    EmergencyLoan,
    /// The company cannot pay its debts.
    Bankruptcy,
}

impl GlossaryTerm {
    /// All terms.
    pub const ALL: [GlossaryTerm; 22] = [
        GlossaryTerm::Revenue,
        GlossaryTerm::GrossMargin,
        GlossaryTerm::ContributionMargin,
        GlossaryTerm::BreakEven,
        GlossaryTerm::CashFlow,
        GlossaryTerm::Depreciation,
        GlossaryTerm::WorkingCapital,
        GlossaryTerm::Inventory,
        GlossaryTerm::Interest,
        GlossaryTerm::Tax,
        GlossaryTerm::LossCarryForward,
        GlossaryTerm::Equity,
        GlossaryTerm::Liabilities,
        GlossaryTerm::MarketShare,
        GlossaryTerm::PriceElasticity,
        GlossaryTerm::Adstock,
        GlossaryTerm::Capacity,
        GlossaryTerm::Overtime,
        GlossaryTerm::StaffTurnover,
        GlossaryTerm::Reputation,
        GlossaryTerm::EmergencyLoan,
        GlossaryTerm::Bankruptcy,
    ];

    /// Stable id.
    pub fn id(self) -> &'static str {
        use GlossaryTerm::*;
        match self {
            Revenue => "revenue",
            GrossMargin => "gross_margin",
            ContributionMargin => "contribution_margin",
            BreakEven => "break_even",
            CashFlow => "cash_flow",
            Depreciation => "depreciation",
            WorkingCapital => "working_capital",
            Inventory => "inventory",
            Interest => "interest",
            Tax => "tax",
            LossCarryForward => "loss_carry_forward",
            Equity => "equity",
            Liabilities => "liabilities",
            MarketShare => "market_share",
            PriceElasticity => "price_elasticity",
            Adstock => "adstock",
            Capacity => "capacity",
            Overtime => "overtime",
            StaffTurnover => "staff_turnover",
            Reputation => "reputation",
            EmergencyLoan => "emergency_loan",
            Bankruptcy => "bankruptcy",
        }
    }

    /// Localization key (`glossary.gross_margin`).
    pub fn key(self) -> String {
        format!("glossary.{}", self.id())
    }
}

/// Headline figures of a round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyFigures {
    /// Cash at the end of the round.
    pub cash_cents: Cents,
    /// Revenue.
    pub revenue_cents: Cents,
    /// Net profit.
    pub net_profit_cents: Cents,
    /// Gross profit / revenue (0 without revenue).
    pub gross_margin: f64,
    /// Share of the class's total revenue.
    pub market_share: f64,
    /// Customer satisfaction (0–1).
    pub satisfaction: f64,
    /// Staff at the end of the round.
    pub staff: u32,
    /// Staff morale (0–1).
    pub morale: f64,
    /// Average skill (0–1).
    pub skill: f64,
    /// Reputation (0–1).
    pub reputation: f64,
    /// Revenue needed to cover fixed costs at this round's margins, if any.
    pub break_even_revenue_cents: Option<Cents>,
    /// Working capital.
    pub working_capital_cents: Cents,
    /// Units of output the machines allow per round.
    pub capacity_units: i64,
}

/// What happened to one product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductResult {
    /// Product id.
    pub product: String,
    /// Localization key.
    pub key: String,
    /// Whether it was offered.
    pub offered: bool,
    /// Price asked.
    pub price_cents: Cents,
    /// Volume planned.
    pub planned: i64,
    /// Units produced (or appointments available).
    pub produced: i64,
    /// Units customers wanted.
    pub demand: i64,
    /// Units sold.
    pub sold: i64,
    /// Units customers wanted but could not get.
    pub lost: i64,
    /// Fresh units thrown away unsold.
    pub written_off: i64,
    /// Units in stock at the end.
    pub stock_end: i64,
    /// Perceived quality (0–1).
    pub quality: f64,
}

/// The report of one team for one round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamReport {
    /// Team.
    pub team: TeamId,
    /// Round (0-based).
    pub round: u32,
    /// Computer-run competitor.
    pub computer: bool,
    /// The team's decisions were reused from the previous round.
    pub decisions_reused: bool,
    /// The company is bankrupt.
    pub bankrupt: bool,
    /// Headline figures.
    pub key_figures: KeyFigures,
    /// Income statement of the round.
    pub income_statement: IncomeStatement,
    /// Balance sheet at the end of the round.
    pub balance_sheet: BalanceSheet,
    /// Cash-flow statement of the round.
    pub cash_flow: CashFlowStatement,
    /// Per product results.
    pub products: Vec<ProductResult>,
    /// Incidents answered this round.
    pub answered_incidents: Vec<AnsweredIncident>,
    /// Incidents that happened and need a response next round.
    pub new_incidents: Vec<PendingIncident>,
    /// Things that happened.
    pub events: Vec<Message>,
    /// Plain-language explanations of the results.
    pub explanations: Vec<Message>,
    /// Glossary keys relevant to this report.
    pub glossary: Vec<String>,
}

/// Events, explanations and glossary terms gathered while a round runs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notes {
    /// Things that happened.
    pub events: Vec<Message>,
    /// Explanations.
    pub explanations: Vec<Message>,
    /// Glossary terms used.
    pub glossary: BTreeSet<GlossaryTerm>,
}

impl Notes {
    /// Record an event.
    pub fn event(&mut self, m: Message) {
        self.events.push(m);
    }

    /// Record an explanation and the glossary terms it relies on.
    pub fn explain(&mut self, m: Message, terms: &[GlossaryTerm]) {
        self.explanations.push(m);
        self.glossary.extend(terms.iter().copied());
    }

    /// Explain the statements in plain language.
    pub fn explain_statements(
        &mut self,
        i: &IncomeStatement,
        c: &CashFlowStatement,
        goods_change: Cents,
    ) {
        use GlossaryTerm::*;
        if i.revenue > 0 {
            let margin = safe_ratio(i.gross_profit as f64, i.revenue as f64, 0.0);
            self.explain(
                Message::new("report.gross_margin").share("margin", margin),
                &[Revenue, GrossMargin],
            );
        }
        if i.net_profit >= 0 {
            self.explain(
                Message::new("report.profit").cents("amount", i.net_profit),
                &[Equity],
            );
        } else {
            self.explain(
                Message::new("report.loss").cents("amount", -i.net_profit),
                &[Equity],
            );
        }
        match break_even_revenue(i) {
            Some(revenue) => self.explain(
                Message::new("report.break_even").cents("revenue", revenue),
                &[BreakEven, ContributionMargin],
            ),
            None if i.revenue > 0 => self.explain(
                Message::new("report.no_contribution_margin"),
                &[ContributionMargin],
            ),
            None => {}
        }
        if i.net_profit > 0 && c.net_change < 0 {
            self.explain(
                Message::new("report.profit_but_cash_fell")
                    .cents("profit", i.net_profit)
                    .cents("cash_change", c.net_change),
                &[CashFlow, WorkingCapital],
            );
        }
        if goods_change > 0 {
            self.explain(
                Message::new("report.inventory_built_up").cents("amount", goods_change),
                &[Inventory, WorkingCapital],
            );
        }
        if i.depreciation > 0 {
            self.explain(
                Message::new("report.depreciation").cents("amount", i.depreciation),
                &[Depreciation],
            );
        }
        if i.interest_expense > 0 {
            self.explain(
                Message::new("report.interest_paid").cents("amount", i.interest_expense),
                &[Interest, Liabilities],
            );
        }
        if i.tax > 0 {
            self.explain(
                Message::new("report.tax_paid").cents("amount", i.tax),
                &[Tax],
            );
        }
        if i.loss_carry_forward_used > 0 {
            self.explain(
                Message::new("report.loss_carry_forward_used")
                    .cents("amount", i.loss_carry_forward_used),
                &[Tax, LossCarryForward],
            );
        }
    }
}

/// Revenue at which this round's contribution margin would just cover the
/// fixed costs; `None` when there is no positive margin to work with.
pub fn break_even_revenue(i: &IncomeStatement) -> Option<Cents> {
    let variable = i.cost_of_goods_sold + i.write_offs + i.overtime;
    let contribution = i.revenue - variable;
    if i.revenue <= 0 || contribution <= 0 {
        return None;
    }
    let ratio = contribution as f64 / i.revenue as f64;
    Some(crate::units::cents_from_f64(i.fixed_costs() as f64 / ratio))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key literal in the engine's source must be in the public lists,
    /// so the web layer's catalogue check cannot miss one.
    #[test]
    fn key_lists_cover_every_key_in_the_source() {
        let sources = [
            include_str!("round.rs"),
            include_str!("report.rs"),
            include_str!("game.rs"),
        ];
        for source in sources {
            for (prefix, list) in [
                ("\"report.", &EXPLANATION_KEYS[..]),
                ("\"event.", &EVENT_KEYS[..]),
            ] {
                for (start, _) in source.match_indices(prefix) {
                    let rest = &source[start + 1..];
                    let end = rest.find('"').unwrap_or(rest.len());
                    let key = &rest[..end];
                    let is_key = key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.');
                    let is_file_or_prefix = key.ends_with(".rs") || key.ends_with('.');
                    if is_key && !is_file_or_prefix {
                        assert!(list.contains(&key), "{key} missing from the key lists");
                    }
                }
            }
        }
    }

    #[test]
    fn break_even_uses_contribution_margin() {
        let i = IncomeStatement {
            revenue: 10_000,
            cost_of_goods_sold: 5_000,
            wages: 2_000,
            rent: 1_000,
            ..IncomeStatement::default()
        };
        assert_eq!(break_even_revenue(&i), Some(6_000));
        assert_eq!(break_even_revenue(&IncomeStatement::default()), None);
    }

    #[test]
    fn messages_serialize_with_typed_args() {
        let m = Message::new("report.lost_sales_stock")
            .count("units", 12)
            .key("product", "product.sourdough".into());
        let json = serde_json::to_string(&m).unwrap();
        assert!(
            json.contains("\"units\":{\"type\":\"count\",\"value\":12}"),
            "{json}"
        );
        assert_eq!(
            GlossaryTerm::WorkingCapital.key(),
            "glossary.working_capital"
        );
    }
}
