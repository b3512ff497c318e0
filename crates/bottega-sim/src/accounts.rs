//! Double-entry bookkeeping for one company.
//!
//! Every operation of a round goes through [`Ledger`], which moves cash and
//! records the matching income-statement and cash-flow lines in the same call.
//! That is what makes the two invariants hold *by construction*:
//! assets = liabilities + equity (to the cent) and
//! closing cash − opening cash = net cash flow (to the cent).
//! Inventories are valued at weighted average cost (materials plus the
//! quality surcharge); labour is expensed in the round it is paid.

use serde::{Deserialize, Serialize};

use crate::scenario::FinanceRules;
use crate::units::{apply_rate, Cents};

/// Units in stock and their value at cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stock {
    /// Units on hand.
    pub units: i64,
    /// Value of those units at cost.
    pub value_cents: Cents,
}

impl Stock {
    /// Put units into stock at the given total cost.
    pub fn add(&mut self, units: i64, cost: Cents) {
        self.units += units.max(0);
        self.value_cents += cost.max(0);
    }

    /// Take up to `units` out of stock at weighted average cost; returns
    /// `(units taken, cost of those units)`. Taking the last unit takes the
    /// whole remaining value, so no rounding residue is ever left behind.
    pub fn take(&mut self, units: i64) -> (i64, Cents) {
        let taken = units.clamp(0, self.units);
        if taken == 0 {
            return (0, 0);
        }
        let cost = if taken == self.units {
            self.value_cents
        } else {
            let c = i128::from(self.value_cents) * i128::from(taken) / i128::from(self.units);
            c as Cents
        };
        self.units -= taken;
        self.value_cents -= cost;
        (taken, cost)
    }

    /// Remove everything; returns the value written off.
    pub fn clear(&mut self) -> (i64, Cents) {
        self.take(self.units)
    }
}

/// A batch of identical machines bought in the same round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EquipmentBatch {
    /// Equipment type id.
    pub equipment: String,
    /// Machines in the batch.
    pub count: u32,
    /// Purchase price of one machine.
    pub unit_cost_cents: Cents,
    /// Rounds already in use.
    pub age_rounds: u32,
    /// Useful life in rounds.
    pub lifetime_rounds: u32,
}

impl EquipmentBatch {
    /// Straight-line depreciation of one machine after `age` rounds, computed
    /// from the total so that the yearly amounts add up to the cost exactly.
    fn depreciation_after(&self, age: u32) -> Cents {
        let life = i128::from(self.lifetime_rounds.max(1));
        let age = i128::from(age.min(self.lifetime_rounds));
        (i128::from(self.unit_cost_cents) * age / life) as Cents
    }

    /// Purchase cost of the whole batch.
    pub fn cost(&self) -> Cents {
        self.unit_cost_cents * Cents::from(self.count)
    }

    /// Depreciation accumulated so far for the whole batch.
    pub fn accumulated_depreciation(&self) -> Cents {
        self.depreciation_after(self.age_rounds) * Cents::from(self.count)
    }

    /// Net book value of the whole batch.
    pub fn net_book_value(&self) -> Cents {
        self.cost() - self.accumulated_depreciation()
    }

    /// Depreciation charge of the coming round for the whole batch.
    pub fn next_depreciation(&self) -> Cents {
        let one =
            self.depreciation_after(self.age_rounds + 1) - self.depreciation_after(self.age_rounds);
        one * Cents::from(self.count)
    }

    /// Whether the batch has reached the end of its useful life.
    pub fn worn_out(&self) -> bool {
        self.age_rounds >= self.lifetime_rounds
    }
}

/// Money the company owns and owes, apart from stocks and equipment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Finances {
    /// Cash in the bank.
    pub cash_cents: Cents,
    /// Ordinary bank loan.
    pub bank_loan_cents: Cents,
    /// Emergency loan granted automatically when cash ran out.
    pub emergency_loan_cents: Cents,
    /// Capital put in by the owners at the start.
    pub share_capital_cents: Cents,
    /// Profits kept in the company (negative after losses).
    pub retained_earnings_cents: Cents,
    /// Tax losses still available to offset future profits.
    pub loss_carry_forward_cents: Cents,
}

/// Income statement (profit and loss) of one round.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct IncomeStatement {
    /// Sales revenue.
    pub revenue: Cents,
    /// Cost of the goods and services sold (materials and quality surcharge).
    pub cost_of_goods_sold: Cents,
    /// Unsold fresh goods written off.
    pub write_offs: Cents,
    /// Revenue − cost of goods sold − write-offs.
    pub gross_profit: Cents,
    /// Contract wages.
    pub wages: Cents,
    /// Overtime pay.
    pub overtime: Cents,
    /// Recruitment costs and severance pay.
    pub recruitment_and_severance: Cents,
    /// Training.
    pub training: Cents,
    /// Marketing.
    pub marketing: Cents,
    /// Rent.
    pub rent: Cents,
    /// Costs caused by incident responses.
    pub incident_costs: Cents,
    /// Income from incident responses.
    pub other_income: Cents,
    /// Depreciation of equipment.
    pub depreciation: Cents,
    /// Gross profit − operating expenses + other income (EBIT).
    pub operating_profit: Cents,
    /// Interest on bank and emergency loans.
    pub interest_expense: Cents,
    /// Interest earned on cash.
    pub interest_income: Cents,
    /// Operating profit − interest expense + interest income.
    pub profit_before_tax: Cents,
    /// Earlier losses used to reduce the taxable profit.
    pub loss_carry_forward_used: Cents,
    /// Profit on which tax is due.
    pub taxable_profit: Cents,
    /// Tax.
    pub tax: Cents,
    /// Profit after tax.
    pub net_profit: Cents,
}

impl IncomeStatement {
    /// Costs that do not change with volume in the short term.
    pub fn fixed_costs(&self) -> Cents {
        self.wages
            + self.rent
            + self.depreciation
            + self.marketing
            + self.training
            + self.interest_expense
    }
}

/// Cash-flow statement of one round (direct method). Inflows are positive,
/// outflows negative.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CashFlowStatement {
    /// Cash at the start of the round.
    pub opening_cash: Cents,
    /// Cash received from customers.
    pub receipts_from_customers: Cents,
    /// Other cash received (incident responses).
    pub other_receipts: Cents,
    /// Paid to suppliers for materials and quality surcharges.
    pub payments_to_suppliers: Cents,
    /// Paid to staff: wages, overtime, recruitment, severance.
    pub payments_to_staff: Cents,
    /// Rent, marketing, training and incident costs.
    pub other_operating_payments: Cents,
    /// Interest paid.
    pub interest_paid: Cents,
    /// Interest received.
    pub interest_received: Cents,
    /// Tax paid.
    pub tax_paid: Cents,
    /// Cash flow from operating activities.
    pub net_operating: Cents,
    /// Equipment bought.
    pub equipment_purchases: Cents,
    /// Cash flow from investing activities.
    pub net_investing: Cents,
    /// Bank loan drawn.
    pub loan_draws: Cents,
    /// Bank loan repaid.
    pub loan_repayments: Cents,
    /// Emergency loan granted.
    pub emergency_loan_draws: Cents,
    /// Emergency loan repaid.
    pub emergency_loan_repayments: Cents,
    /// Cash flow from financing activities.
    pub net_financing: Cents,
    /// Net change in cash.
    pub net_change: Cents,
    /// Cash at the end of the round.
    pub closing_cash: Cents,
}

/// Balance sheet at the end of a round.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BalanceSheet {
    /// Cash.
    pub cash: Cents,
    /// Materials in stock at cost.
    pub materials_inventory: Cents,
    /// Finished goods in stock at cost.
    pub finished_goods_inventory: Cents,
    /// Equipment at purchase cost.
    pub equipment_at_cost: Cents,
    /// Depreciation accumulated on that equipment (shown as a positive number).
    pub accumulated_depreciation: Cents,
    /// Equipment at net book value.
    pub equipment_net: Cents,
    /// Total assets.
    pub total_assets: Cents,
    /// Bank loan.
    pub bank_loan: Cents,
    /// Emergency loan.
    pub emergency_loan: Cents,
    /// Total liabilities.
    pub total_liabilities: Cents,
    /// Share capital.
    pub share_capital: Cents,
    /// Retained earnings.
    pub retained_earnings: Cents,
    /// Total equity.
    pub total_equity: Cents,
    /// Liabilities + equity (equals total assets).
    pub total_liabilities_and_equity: Cents,
    /// Current assets − current liabilities (the emergency loan is due at once).
    pub working_capital: Cents,
}

impl BalanceSheet {
    /// Build the balance sheet from the parts of the company state.
    pub fn new(
        finances: &Finances,
        materials_inventory: Cents,
        finished_goods_inventory: Cents,
        equipment: &[EquipmentBatch],
    ) -> Self {
        let equipment_at_cost: Cents = equipment.iter().map(EquipmentBatch::cost).sum();
        let accumulated_depreciation: Cents = equipment
            .iter()
            .map(EquipmentBatch::accumulated_depreciation)
            .sum();
        let equipment_net = equipment_at_cost - accumulated_depreciation;
        let current_assets = finances.cash_cents + materials_inventory + finished_goods_inventory;
        let total_assets = current_assets + equipment_net;
        let total_liabilities = finances.bank_loan_cents + finances.emergency_loan_cents;
        let total_equity = finances.share_capital_cents + finances.retained_earnings_cents;
        Self {
            cash: finances.cash_cents,
            materials_inventory,
            finished_goods_inventory,
            equipment_at_cost,
            accumulated_depreciation,
            equipment_net,
            total_assets,
            bank_loan: finances.bank_loan_cents,
            emergency_loan: finances.emergency_loan_cents,
            total_liabilities,
            share_capital: finances.share_capital_cents,
            retained_earnings: finances.retained_earnings_cents,
            total_equity,
            total_liabilities_and_equity: total_liabilities + total_equity,
            working_capital: current_assets - finances.emergency_loan_cents,
        }
    }

    /// Whether assets equal liabilities plus equity.
    pub fn balances(&self) -> bool {
        self.total_assets == self.total_liabilities_and_equity
    }
}

/// Operating expenses that are paid in cash in the round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expense {
    /// Contract wages.
    Wages,
    /// Overtime pay.
    Overtime,
    /// Recruitment or severance.
    RecruitmentAndSeverance,
    /// Training.
    Training,
    /// Marketing.
    Marketing,
    /// Rent.
    Rent,
    /// Incident response costs.
    IncidentCosts,
}

/// The journal of one round: the only way money moves.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ledger {
    /// Income statement being built.
    pub income: IncomeStatement,
    /// Cash-flow statement being built.
    pub cash_flow: CashFlowStatement,
}

impl Ledger {
    /// Start a round with the company's opening cash.
    pub fn open(finances: &Finances) -> Self {
        Self {
            income: IncomeStatement::default(),
            cash_flow: CashFlowStatement {
                opening_cash: finances.cash_cents,
                ..CashFlowStatement::default()
            },
        }
    }

    /// Customers pay for what they bought.
    pub fn sell(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents += amount;
        self.income.revenue += amount;
        self.cash_flow.receipts_from_customers += amount;
    }

    /// Pay an operating expense.
    pub fn pay_expense(&mut self, f: &mut Finances, kind: Expense, amount: Cents) {
        if amount == 0 {
            return;
        }
        f.cash_cents -= amount;
        let i = &mut self.income;
        let line = match kind {
            Expense::Wages => &mut i.wages,
            Expense::Overtime => &mut i.overtime,
            Expense::RecruitmentAndSeverance => &mut i.recruitment_and_severance,
            Expense::Training => &mut i.training,
            Expense::Marketing => &mut i.marketing,
            Expense::Rent => &mut i.rent,
            Expense::IncidentCosts => &mut i.incident_costs,
        };
        *line += amount;
        let cf = &mut self.cash_flow;
        match kind {
            Expense::Wages | Expense::Overtime | Expense::RecruitmentAndSeverance => {
                cf.payments_to_staff -= amount;
            }
            _ => cf.other_operating_payments -= amount,
        }
    }

    /// Pay a supplier for something that goes into stock (no expense yet).
    pub fn pay_supplier_for_stock(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        self.cash_flow.payments_to_suppliers -= amount;
    }

    /// Pay a supplier for something used up by a sale at once (services).
    pub fn pay_supplier_for_sale(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        self.cash_flow.payments_to_suppliers -= amount;
        self.income.cost_of_goods_sold += amount;
    }

    /// Stock leaves the company with a sale (value already removed from stock).
    pub fn cost_of_sale_from_stock(&mut self, cost: Cents) {
        self.income.cost_of_goods_sold += cost;
    }

    /// Unsold stock is written off (value already removed from stock).
    pub fn write_off(&mut self, cost: Cents) {
        self.income.write_offs += cost;
    }

    /// Depreciation (the equipment's age has been advanced by the caller).
    pub fn depreciate(&mut self, amount: Cents) {
        self.income.depreciation += amount;
    }

    /// Income from an incident response.
    pub fn receive_other_income(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents += amount;
        self.income.other_income += amount;
        self.cash_flow.other_receipts += amount;
    }

    /// Pay interest.
    pub fn pay_interest(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        self.income.interest_expense += amount;
        self.cash_flow.interest_paid -= amount;
    }

    /// Receive interest on cash.
    pub fn receive_interest(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents += amount;
        self.income.interest_income += amount;
        self.cash_flow.interest_received += amount;
    }

    /// Buy equipment (the batch is added by the caller).
    pub fn buy_equipment(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        self.cash_flow.equipment_purchases -= amount;
    }

    /// Draw on the bank loan.
    pub fn draw_loan(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents += amount;
        f.bank_loan_cents += amount;
        self.cash_flow.loan_draws += amount;
    }

    /// Repay the bank loan.
    pub fn repay_loan(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        f.bank_loan_cents -= amount;
        self.cash_flow.loan_repayments -= amount;
    }

    /// The bank covers a cash shortfall with an emergency loan.
    pub fn draw_emergency_loan(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents += amount;
        f.emergency_loan_cents += amount;
        self.cash_flow.emergency_loan_draws += amount;
    }

    /// Repay the emergency loan.
    pub fn repay_emergency_loan(&mut self, f: &mut Finances, amount: Cents) {
        f.cash_cents -= amount;
        f.emergency_loan_cents -= amount;
        self.cash_flow.emergency_loan_repayments -= amount;
    }

    /// Work out profit, tax (only on positive profit, after any loss carried
    /// forward) and pay the tax; the net profit is kept in the company.
    pub fn close_income_statement(&mut self, f: &mut Finances, rules: &FinanceRules) {
        let i = &mut self.income;
        i.gross_profit = i.revenue - i.cost_of_goods_sold - i.write_offs;
        let operating_expenses = i.wages
            + i.overtime
            + i.recruitment_and_severance
            + i.training
            + i.marketing
            + i.rent
            + i.incident_costs
            + i.depreciation;
        i.operating_profit = i.gross_profit - operating_expenses + i.other_income;
        i.profit_before_tax = i.operating_profit - i.interest_expense + i.interest_income;
        let (used, taxable) = taxable_profit(i.profit_before_tax, f, rules);
        i.loss_carry_forward_used = used;
        i.taxable_profit = taxable;
        i.tax = apply_rate(taxable, rules.tax_rate).clamp(0, taxable);
        i.net_profit = i.profit_before_tax - i.tax;
        f.cash_cents -= i.tax;
        self.cash_flow.tax_paid -= i.tax;
        f.retained_earnings_cents += i.net_profit;
    }

    /// Fill in the totals of the cash-flow statement.
    pub fn close_cash_flow(&mut self, f: &Finances) {
        let c = &mut self.cash_flow;
        c.net_operating = c.receipts_from_customers
            + c.other_receipts
            + c.payments_to_suppliers
            + c.payments_to_staff
            + c.other_operating_payments
            + c.interest_paid
            + c.interest_received
            + c.tax_paid;
        c.net_investing = c.equipment_purchases;
        c.net_financing =
            c.loan_draws + c.loan_repayments + c.emergency_loan_draws + c.emergency_loan_repayments;
        c.net_change = c.net_operating + c.net_investing + c.net_financing;
        c.closing_cash = f.cash_cents;
    }
}

/// Apply the loss carry-forward: returns `(loss used, taxable profit)` and
/// updates the carried-forward amount.
fn taxable_profit(
    profit_before_tax: Cents,
    f: &mut Finances,
    rules: &FinanceRules,
) -> (Cents, Cents) {
    if profit_before_tax <= 0 {
        if rules.loss_carry_forward {
            f.loss_carry_forward_cents += -profit_before_tax;
        }
        return (0, 0);
    }
    let used = if rules.loss_carry_forward {
        f.loss_carry_forward_cents.min(profit_before_tax)
    } else {
        0
    };
    f.loss_carry_forward_cents -= used;
    (used, profit_before_tax - used)
}

/// Interest for one round on a balance at a yearly rate.
pub fn interest_for_round(balance: Cents, annual_rate: f64, rounds_per_year: u32) -> Cents {
    if balance <= 0 {
        return 0;
    }
    apply_rate(balance, annual_rate / f64::from(rounds_per_year.max(1))).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(carry: bool) -> FinanceRules {
        FinanceRules {
            rent_cents: 0,
            tax_rate: 0.25,
            loss_carry_forward: carry,
            loan_rate_annual: 0.06,
            emergency_rate_annual: 0.24,
            deposit_rate_annual: 0.0,
            credit_limit_cents: 0,
            bankruptcy_after_rounds: 3,
        }
    }

    #[test]
    fn stock_uses_weighted_average_and_leaves_no_residue() {
        let mut s = Stock::default();
        s.add(3, 100);
        assert_eq!(s.take(1), (1, 33));
        assert_eq!(s.take(5), (2, 67));
        assert_eq!(s, Stock::default());
    }

    #[test]
    fn depreciation_adds_up_to_cost_exactly() {
        let mut b = EquipmentBatch {
            equipment: "oven".into(),
            count: 2,
            unit_cost_cents: 1_000,
            age_rounds: 0,
            lifetime_rounds: 3,
        };
        let mut total = 0;
        while !b.worn_out() {
            total += b.next_depreciation();
            b.age_rounds += 1;
        }
        assert_eq!(total, 2_000);
        assert_eq!(b.net_book_value(), 0);
    }

    #[test]
    fn tax_only_on_positive_profit_after_losses() {
        let mut f = Finances::default();
        let mut loss = Ledger::open(&f);
        loss.pay_expense(&mut f, Expense::Rent, 1_000);
        loss.close_income_statement(&mut f, &rules(true));
        assert_eq!(loss.income.tax, 0);
        assert_eq!(f.loss_carry_forward_cents, 1_000);

        let mut gain = Ledger::open(&f);
        gain.sell(&mut f, 3_000);
        gain.close_income_statement(&mut f, &rules(true));
        assert_eq!(gain.income.loss_carry_forward_used, 1_000);
        assert_eq!(gain.income.tax, 500);
        assert_eq!(f.loss_carry_forward_cents, 0);

        let mut f2 = Finances::default();
        let mut no_carry = Ledger::open(&f2);
        no_carry.sell(&mut f2, 3_000);
        no_carry.close_income_statement(&mut f2, &rules(false));
        assert_eq!(no_carry.income.tax, 750);
    }

    #[test]
    fn ledger_keeps_cash_flow_and_balance_sheet_consistent() {
        let mut f = Finances {
            cash_cents: 10_000,
            share_capital_cents: 10_000,
            ..Finances::default()
        };
        let mut stock = Stock::default();
        let mut l = Ledger::open(&f);
        l.draw_loan(&mut f, 5_000);
        l.pay_supplier_for_stock(&mut f, 2_000);
        stock.add(20, 2_000);
        l.sell(&mut f, 3_000);
        let (_, cost) = stock.take(10);
        l.cost_of_sale_from_stock(cost);
        l.pay_expense(&mut f, Expense::Wages, 1_500);
        l.pay_interest(&mut f, 25);
        l.close_income_statement(&mut f, &rules(true));
        l.close_cash_flow(&f);
        let c = &l.cash_flow;
        assert_eq!(c.closing_cash - c.opening_cash, c.net_change);
        let bs = BalanceSheet::new(&f, stock.value_cents, 0, &[]);
        assert!(bs.balances(), "{bs:?}");
    }

    #[test]
    fn interest_is_per_round() {
        assert_eq!(interest_for_round(1_200_000, 0.12, 12), 12_000);
        assert_eq!(interest_for_round(-5, 0.12, 12), 0);
    }
}
