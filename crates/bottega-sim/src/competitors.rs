//! Computer-run competitors for students who play alone.
//!
//! Each one follows a simple, fully deterministic rule of thumb, so a
//! student can learn to read and beat them: a discounter, a middle-of-the-road
//! shop and a premium shop. They plan for last round's demand, buy the
//! materials they need, hire or let go one person at a time when hours do
//! not fit the plan, keep a modest marketing budget and borrow only to avoid
//! running out of cash.

use crate::company::CompanyState;
use crate::decisions::{Decisions, QualityChoice};
use crate::people;
use crate::scenario::Scenario;
use crate::units::{cents_from_f64, Cents};

/// Strategy of a computer-run competitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Cheap prices, standard quality.
    Discounter,
    /// Reference prices, standard quality.
    Average,
    /// Higher prices, premium quality.
    Premium,
}

impl Style {
    /// Style of the `index`-th competitor.
    pub fn for_index(index: u32) -> Self {
        match index % 3 {
            0 => Style::Average,
            1 => Style::Discounter,
            _ => Style::Premium,
        }
    }

    fn price_factor(self) -> f64 {
        match self {
            Style::Discounter => 0.9,
            Style::Average => 1.0,
            Style::Premium => 1.12,
        }
    }

    fn quality(self) -> QualityChoice {
        match self {
            Style::Premium => QualityChoice::Premium,
            _ => QualityChoice::Standard,
        }
    }
}

/// The competitor's decisions for the coming round (always valid).
pub fn decide(scenario: &Scenario, state: &CompanyState, style: Style) -> Decisions {
    let mut d = Decisions::suggested(scenario, state);
    d.quality = style.quality();
    for product in &scenario.products {
        if let Some(plan) = d.products.get_mut(&product.id) {
            let (min, max) = crate::decisions::price_bounds(scenario, product.base_price_cents);
            plan.price_cents =
                cents_from_f64(product.base_price_cents as f64 * style.price_factor())
                    .clamp(min, max);
        }
    }
    adjust_staff(scenario, state, &mut d);
    d.training_cents = (scenario.labour.training_scale_cents / 4
        * i64::from(state.staff.headcount))
    .min(scenario.limits.max_training_cents);
    manage_cash(scenario, state, &mut d);
    d
}

/// Hire when the plan needs clearly more hours than the team has, let one
/// person go when it needs far fewer.
fn adjust_staff(scenario: &Scenario, state: &CompanyState, d: &mut Decisions) {
    let needed: f64 = scenario
        .products
        .iter()
        .filter_map(|p| {
            d.products
                .get(&p.id)
                .map(|plan| plan.volume as f64 * p.labour_hours_per_unit)
        })
        .sum();
    let time = people::working_time(
        &scenario.labour,
        scenario.weeks_per_round,
        scenario.labour.standard_hours_per_week,
        &state.staff,
    );
    if needed > time.productive_hours * 1.05 && state.labour_pool_available(scenario) > 0 {
        d.hire = 1;
    } else if needed < time.productive_hours * 0.6 && state.staff.headcount > 1 {
        d.let_go = 1;
    }
}

/// Borrow a round's wage bill when cash runs low; repay when comfortable.
fn manage_cash(scenario: &Scenario, state: &CompanyState, d: &mut Decisions) {
    let f = &state.finances;
    let wage_bill: Cents = d.wage_cents * i64::from(state.staff.headcount.max(1));
    let headroom = (scenario.finance.credit_limit_cents - f.bank_loan_cents).max(0);
    if f.cash_cents < wage_bill {
        d.loan_draw_cents = wage_bill.min(headroom);
    } else if f.cash_cents > 4 * wage_bill && f.bank_loan_cents > 0 {
        d.loan_repayment_cents = (f.cash_cents / 4).min(f.bank_loan_cents);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SimRng;

    #[test]
    fn competitor_decisions_are_always_valid() {
        for id in Scenario::builtin_ids() {
            let s = Scenario::builtin(id).unwrap();
            let c = CompanyState::new(&s, SimRng::new(1));
            for i in 0..3 {
                let d = decide(&s, &c, Style::for_index(i));
                assert_eq!(d.validate(&s, &c), Ok(()), "{id} style {i}");
            }
        }
    }

    #[test]
    fn styles_price_differently() {
        let s = Scenario::builtin("bakery").unwrap();
        let c = CompanyState::new(&s, SimRng::new(1));
        let cheap = decide(&s, &c, Style::Discounter);
        let dear = decide(&s, &c, Style::Premium);
        assert!(cheap.products["sourdough"].price_cents < dear.products["sourdough"].price_cents);
        assert_eq!(dear.quality, QualityChoice::Premium);
    }
}
