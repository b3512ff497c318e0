//! A round report as a page shows it: key figures, what happened and why in plain words with
//! links to the glossary, each product's sales, and the three statements line by line.

use bottega_i18n::Localizer;
use bottega_sim::TeamReport;

use super::present::{self, money, FiguresView};

pub struct Line {
    pub label: String,
    pub amount: String,
    /// A subtotal or total, shown in bold.
    pub total: bool,
}

pub struct ProductLine {
    pub name: String,
    pub price: String,
    pub planned: String,
    pub produced: String,
    pub demand: String,
    pub sold: String,
    pub lost: String,
    pub written_off: String,
}

pub struct AnsweredView {
    pub incident: String,
    pub response: String,
    pub justification: String,
    pub automatic: bool,
}

pub struct ReportView {
    /// Round number as people count (1-based).
    pub round: u32,
    pub figures: FiguresView,
    pub explanations: Vec<String>,
    pub events: Vec<String>,
    /// Glossary terms the explanations use: (anchor, term).
    pub glossary: Vec<(String, String)>,
    pub products: Vec<ProductLine>,
    pub income: Vec<Line>,
    pub assets: Vec<Line>,
    pub liabilities: Vec<Line>,
    pub cash_flow: Vec<Line>,
    pub answered: Vec<AnsweredView>,
    pub reused: bool,
    pub bankrupt: bool,
}

fn line(l: &Localizer, id: &str, cents: i64, total: bool) -> Line {
    Line {
        label: l.t(id),
        amount: money(l, cents),
        total,
    }
}

impl ReportView {
    pub fn new(l: &Localizer, r: &TeamReport) -> ReportView {
        let is = &r.income_statement;
        let income = vec![
            line(l, "sim-is-revenue", is.revenue, false),
            line(l, "sim-is-cost-of-goods", -is.cost_of_goods_sold, false),
            line(l, "sim-is-write-offs", -is.write_offs, false),
            line(l, "sim-is-gross-profit", is.gross_profit, true),
            line(l, "sim-is-wages", -is.wages, false),
            line(l, "sim-is-overtime", -is.overtime, false),
            line(
                l,
                "sim-is-recruitment",
                -is.recruitment_and_severance,
                false,
            ),
            line(l, "sim-is-training", -is.training, false),
            line(l, "sim-is-marketing", -is.marketing, false),
            line(l, "sim-is-rent", -is.rent, false),
            line(l, "sim-is-incident-costs", -is.incident_costs, false),
            line(l, "sim-is-other-income", is.other_income, false),
            line(l, "sim-is-depreciation", -is.depreciation, false),
            line(l, "sim-is-operating-profit", is.operating_profit, true),
            line(l, "sim-is-interest-expense", -is.interest_expense, false),
            line(l, "sim-is-interest-income", is.interest_income, false),
            line(l, "sim-is-profit-before-tax", is.profit_before_tax, true),
            line(l, "sim-is-tax", -is.tax, false),
            line(l, "sim-is-net-profit", is.net_profit, true),
        ];
        let b = &r.balance_sheet;
        let assets = vec![
            line(l, "sim-bs-cash", b.cash, false),
            line(l, "sim-bs-materials", b.materials_inventory, false),
            line(l, "sim-bs-goods", b.finished_goods_inventory, false),
            line(l, "sim-bs-equipment-cost", b.equipment_at_cost, false),
            line(l, "sim-bs-depreciation", -b.accumulated_depreciation, false),
            line(l, "sim-bs-total-assets", b.total_assets, true),
        ];
        let liabilities = vec![
            line(l, "sim-bs-bank-loan", b.bank_loan, false),
            line(l, "sim-bs-emergency-loan", b.emergency_loan, false),
            line(l, "sim-bs-total-liabilities", b.total_liabilities, true),
            line(l, "sim-bs-share-capital", b.share_capital, false),
            line(l, "sim-bs-retained-earnings", b.retained_earnings, false),
            line(l, "sim-bs-total-equity", b.total_equity, true),
            line(
                l,
                "sim-bs-total-liabilities-equity",
                b.total_liabilities_and_equity,
                true,
            ),
        ];
        let cf = &r.cash_flow;
        let cash_flow = vec![
            line(l, "sim-cf-opening", cf.opening_cash, true),
            line(l, "sim-cf-customers", cf.receipts_from_customers, false),
            line(l, "sim-cf-other-receipts", cf.other_receipts, false),
            line(l, "sim-cf-suppliers", cf.payments_to_suppliers, false),
            line(l, "sim-cf-staff", cf.payments_to_staff, false),
            line(
                l,
                "sim-cf-other-payments",
                cf.other_operating_payments,
                false,
            ),
            line(l, "sim-cf-interest-paid", cf.interest_paid, false),
            line(l, "sim-cf-interest-received", cf.interest_received, false),
            line(l, "sim-cf-tax", cf.tax_paid, false),
            line(l, "sim-cf-operating", cf.net_operating, true),
            line(l, "sim-cf-equipment", cf.equipment_purchases, false),
            line(l, "sim-cf-investing", cf.net_investing, true),
            line(l, "sim-cf-loans", cf.loan_draws, false),
            line(l, "sim-cf-repayments", cf.loan_repayments, false),
            line(l, "sim-cf-emergency", cf.emergency_loan_draws, false),
            line(
                l,
                "sim-cf-emergency-repaid",
                cf.emergency_loan_repayments,
                false,
            ),
            line(l, "sim-cf-financing", cf.net_financing, true),
            line(l, "sim-cf-change", cf.net_change, true),
            line(l, "sim-cf-closing", cf.closing_cash, true),
        ];
        let products = r
            .products
            .iter()
            .filter(|p| p.offered)
            .map(|p| ProductLine {
                name: present::key(l, &p.key),
                price: money(l, p.price_cents),
                planned: l.number(p.planned),
                produced: l.number(p.produced),
                demand: l.number(p.demand),
                sold: l.number(p.sold),
                lost: l.number(p.lost),
                written_off: l.number(p.written_off),
            })
            .collect();
        ReportView {
            round: r.round + 1,
            figures: FiguresView::new(l, &r.key_figures),
            explanations: r
                .explanations
                .iter()
                .map(|m| present::message(l, m))
                .collect(),
            events: r.events.iter().map(|m| present::message(l, m)).collect(),
            glossary: r
                .glossary
                .iter()
                .map(|k| (present::glossary_anchor(k).to_string(), present::key(l, k)))
                .collect(),
            products,
            income,
            assets,
            liabilities,
            cash_flow,
            answered: r
                .answered_incidents
                .iter()
                .map(|a| AnsweredView {
                    incident: present::key(l, &format!("incident.{}", a.incident)),
                    response: present::key(l, &a.response_key),
                    justification: a.justification.clone(),
                    automatic: a.automatic,
                })
                .collect(),
            reused: r.decisions_reused,
            bankrupt: r.bankrupt,
        }
    }
}
