//! The state of one company between rounds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::accounts::{BalanceSheet, EquipmentBatch, Finances, Stock};
use crate::incidents::PendingIncident;
use crate::people::Staff;
use crate::rng::SimRng;
use crate::scenario::Scenario;
use crate::units::{Cents, Level};

/// Everything the engine knows about one company. Serializable so the web
/// layer can store it; every field is an integer, string or bool so a stored
/// game reloads exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyState {
    /// The company has stopped trading.
    pub bankrupt: bool,
    /// Consecutive rounds that ended needing an emergency loan.
    pub rounds_in_distress: u32,
    /// Cash, loans and equity.
    pub finances: Finances,
    /// Materials in stock per material id.
    pub materials: BTreeMap<String, Stock>,
    /// Finished goods in stock per product id.
    pub goods: BTreeMap<String, Stock>,
    /// Machines owned.
    pub equipment: Vec<EquipmentBatch>,
    /// Staff.
    pub staff: Staff,
    /// Reputation with customers.
    pub reputation: Level,
    /// Customer satisfaction last round.
    pub satisfaction: Level,
    /// Marketing stock per channel id (carry-over of past spend).
    pub adstock: BTreeMap<String, Cents>,
    /// Incidents waiting for a response in the next decisions.
    pub pending_incidents: Vec<PendingIncident>,
    /// Id the next incident will get.
    pub next_incident_id: u64,
    /// Demand in units per product id last round.
    pub last_demand: BTreeMap<String, i64>,
    /// The company's own random stream.
    pub rng: SimRng,
}

impl CompanyState {
    /// A company in the scenario's starting position. The owners' share
    /// capital is whatever makes the opening balance sheet balance.
    pub fn new(scenario: &Scenario, rng: SimRng) -> Self {
        let start = &scenario.start;
        let materials: BTreeMap<String, Stock> = scenario
            .materials
            .iter()
            .map(|m| {
                let units = start.materials.get(&m.id).copied().unwrap_or(0).max(0);
                (
                    m.id.clone(),
                    Stock {
                        units,
                        value_cents: units * m.unit_cost_cents,
                    },
                )
            })
            .collect();
        let equipment: Vec<EquipmentBatch> = start
            .equipment
            .iter()
            .filter_map(|e| {
                let t = scenario.equipment_type(&e.equipment)?;
                Some(EquipmentBatch {
                    equipment: t.id.clone(),
                    count: e.count,
                    unit_cost_cents: t.price_cents,
                    age_rounds: e.age_rounds,
                    lifetime_rounds: t.lifetime_rounds,
                })
            })
            .collect();
        let mut state = CompanyState {
            bankrupt: false,
            rounds_in_distress: 0,
            finances: Finances {
                cash_cents: start.cash_cents,
                bank_loan_cents: start.bank_loan_cents,
                ..Finances::default()
            },
            materials,
            goods: scenario
                .products
                .iter()
                .map(|p| (p.id.clone(), Stock::default()))
                .collect(),
            equipment,
            staff: Staff {
                headcount: start.staff,
                skill: Level::new(start.skill),
                morale: Level::new(start.morale),
            },
            reputation: Level::new(start.reputation),
            satisfaction: Level::new(0.5),
            adstock: BTreeMap::new(),
            pending_incidents: Vec::new(),
            next_incident_id: 1,
            last_demand: BTreeMap::new(),
            rng,
        };
        let bs = state.balance_sheet();
        state.finances.share_capital_cents = bs.total_assets - bs.total_liabilities;
        state
    }

    /// Materials in stock at cost.
    pub fn materials_value(&self) -> Cents {
        self.materials.values().map(|s| s.value_cents).sum()
    }

    /// Finished goods in stock at cost.
    pub fn goods_value(&self) -> Cents {
        self.goods.values().map(|s| s.value_cents).sum()
    }

    /// The balance sheet as it stands.
    pub fn balance_sheet(&self) -> BalanceSheet {
        BalanceSheet::new(
            &self.finances,
            self.materials_value(),
            self.goods_value(),
            &self.equipment,
        )
    }

    /// People on the labour market the company could still hire.
    pub fn labour_pool_available(&self, scenario: &Scenario) -> u32 {
        scenario
            .labour
            .pool_size
            .saturating_sub(self.staff.headcount)
    }

    /// Units of output per round the machines allow.
    pub fn equipment_capacity(&self, scenario: &Scenario) -> i64 {
        self.equipment
            .iter()
            .filter_map(|b| {
                let t = scenario.equipment_type(&b.equipment)?;
                Some(t.capacity_units * i64::from(b.count))
            })
            .sum()
    }

    /// Machines owned.
    pub fn machine_count(&self) -> u32 {
        self.equipment.iter().map(|b| b.count).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_balance_sheet_balances_for_every_scenario() {
        for id in Scenario::builtin_ids() {
            let s = Scenario::builtin(id).unwrap();
            let c = CompanyState::new(&s, SimRng::new(1));
            let bs = c.balance_sheet();
            assert!(bs.balances(), "{id}: {bs:?}");
            assert!(bs.share_capital > 0, "{id}");
            assert!(c.equipment_capacity(&s) > 0, "{id}");
        }
    }
}
