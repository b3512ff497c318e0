//! One round of one company, in two halves around the market.
//!
//! [`prepare`] runs everything the company does before customers arrive:
//! interest, incident consequences, people, rent, marketing, financing,
//! purchases, investment and production. It returns the company's offer.
//! The market then splits customers between all companies, and [`settle`]
//! books the sales, closes the accounts, updates people and reputation,
//! rescues or ends a company out of cash, and draws next round's incidents.

use crate::accounts::{interest_for_round, EquipmentBatch, Expense, Ledger};
use crate::company::CompanyState;
use crate::decisions::{Decisions, QualityChoice};
use crate::game::{RoundSummary, TeamId};
use crate::incidents::{self, AnsweredIncident, Modifiers};
use crate::market::{self, ProductOffer, TeamOffer};
use crate::people::{self, CustomerExperience, WorkingConditions, WorkingTime};
use crate::report::{GlossaryTerm, KeyFigures, Message, Notes, ProductResult, TeamReport};
use crate::scenario::{product_key, ProductKind, Scenario};
use crate::units::{apply_rate, safe_ratio, units_from_f64, Cents};

/// Share of the gap to the target satisfaction closed each round.
const SATISFACTION_SMOOTHING: f64 = 0.5;
/// Share of the gap between reputation and satisfaction closed each round:
/// reputation is slow to build and slow to lose.
const REPUTATION_SMOOTHING: f64 = 0.25;
/// How much one skill point above average adds to perceived quality.
const SKILL_QUALITY_WEIGHT: f64 = 0.2;

/// Why production fell short of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Constraint {
    Labour,
    Equipment,
    Materials,
}

impl Constraint {
    fn key(self) -> &'static str {
        match self {
            Constraint::Labour => "report.production_limited_labour",
            Constraint::Equipment => "report.production_limited_equipment",
            Constraint::Materials => "report.production_limited_materials",
        }
    }
}

/// The company between the two halves of the round.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    ledger: Ledger,
    answered: Vec<AnsweredIncident>,
    notes: Notes,
    /// Per product (scenario order): the plan, if offered.
    plans: Vec<Option<(Cents, i64)>>,
    produced: Vec<i64>,
    quality: Vec<f64>,
    limited_by: Option<Constraint>,
    opening_goods_value: Cents,
    pub(crate) offer: TeamOffer,
}

/// Everything before the market. `decisions` must be valid.
pub(crate) fn prepare(
    scenario: &Scenario,
    state: &mut CompanyState,
    decisions: &Decisions,
) -> Prepared {
    let mut ledger = Ledger::open(&state.finances);
    let mut notes = Notes::default();
    let opening_goods_value = state.goods_value();
    charge_interest(scenario, state, &mut ledger);
    let (answered, modifiers) =
        apply_incident_responses(scenario, state, decisions, &mut ledger, &mut notes);
    let time = run_people(scenario, state, decisions, &mut ledger, &mut notes);
    ledger.pay_expense(
        &mut state.finances,
        Expense::Rent,
        scenario.finance.rent_cents,
    );
    run_marketing(scenario, state, decisions, &mut ledger);
    run_financing(state, decisions, &mut ledger);
    buy_materials(
        scenario,
        state,
        decisions,
        modifiers.delivery_factor,
        &mut ledger,
        &mut notes,
    );
    buy_equipment(scenario, state, decisions, &mut ledger, &mut notes);
    let plans = plans(scenario, decisions);
    let (produced, limited_by) =
        plan_production(scenario, state, &plans, &time, modifiers.capacity_factor);
    make_goods(scenario, state, decisions.quality, &produced, &mut ledger);
    let quality = perceived_quality(scenario, state, decisions.quality);
    if let Some(c) = limited_by {
        let planned: i64 = plans.iter().flatten().map(|p| p.1).sum();
        let made: i64 = produced.iter().sum();
        notes.explain(
            Message::new(c.key())
                .count("planned", planned)
                .count("produced", made),
            &[GlossaryTerm::Capacity],
        );
    }
    let offer = TeamOffer {
        products: plans
            .iter()
            .zip(&quality)
            .map(|(plan, q)| {
                plan.map(|(price, _)| ProductOffer {
                    price_cents: price,
                    quality: *q,
                })
            })
            .collect(),
        marketing_effect: market::marketing_effect(scenario, &state.adstock),
        reputation: state.reputation.get(),
        eco: decisions.quality == QualityChoice::Eco,
        demand_factor: modifiers.demand_factor,
    };
    Prepared {
        ledger,
        answered,
        notes,
        plans,
        produced,
        quality,
        limited_by,
        opening_goods_value,
        offer,
    }
}

fn charge_interest(scenario: &Scenario, state: &mut CompanyState, ledger: &mut Ledger) {
    let f = &scenario.finance;
    let rpy = scenario.rounds_per_year;
    let owed = interest_for_round(state.finances.bank_loan_cents, f.loan_rate_annual, rpy)
        + interest_for_round(
            state.finances.emergency_loan_cents,
            f.emergency_rate_annual,
            rpy,
        );
    if owed > 0 {
        ledger.pay_interest(&mut state.finances, owed);
    }
    let earned = interest_for_round(state.finances.cash_cents, f.deposit_rate_annual, rpy);
    if earned > 0 {
        ledger.receive_interest(&mut state.finances, earned);
    }
}

fn apply_incident_responses(
    scenario: &Scenario,
    state: &mut CompanyState,
    decisions: &Decisions,
    ledger: &mut Ledger,
    notes: &mut Notes,
) -> (Vec<AnsweredIncident>, Modifiers) {
    let mut modifiers = Modifiers::default();
    let pending = std::mem::take(&mut state.pending_incidents);
    let resolved = incidents::resolve(scenario, &pending, &decisions.incident_responses);
    let mut answered = Vec::with_capacity(resolved.len());
    for (answer, effects) in resolved {
        if effects.cash_cents < 0 {
            ledger.pay_expense(
                &mut state.finances,
                Expense::IncidentCosts,
                -effects.cash_cents,
            );
        } else if effects.cash_cents > 0 {
            ledger.receive_other_income(&mut state.finances, effects.cash_cents);
        }
        state.reputation = state.reputation.shifted(effects.reputation);
        state.satisfaction = state.satisfaction.shifted(effects.satisfaction);
        state.staff.morale = state.staff.morale.shifted(effects.morale);
        state.staff.skill = state.staff.skill.shifted(effects.skill);
        let left = state.staff.leave(effects.staff_leaving);
        if left > 0 {
            notes.event(
                Message::new("event.staff_left_after_incident").count("people", i64::from(left)),
            );
        }
        modifiers.absorb(effects);
        notes.event(
            Message::new("event.incident_resolved")
                .key("incident", crate::scenario::incident_key(&answer.incident))
                .key("response", answer.response_key.clone()),
        );
        answered.push(answer);
    }
    (answered, modifiers)
}

fn to_u32(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

fn run_people(
    scenario: &Scenario,
    state: &mut CompanyState,
    d: &Decisions,
    ledger: &mut Ledger,
    notes: &mut Notes,
) -> WorkingTime {
    let labour = &scenario.labour;
    let before = state.staff.headcount;
    let let_go = state.staff.leave(to_u32(d.let_go));
    if let_go > 0 {
        let severance = apply_rate(
            d.wage_cents * i64::from(let_go),
            labour.severance_wage_share,
        );
        ledger.pay_expense(
            &mut state.finances,
            Expense::RecruitmentAndSeverance,
            severance,
        );
        notes.event(
            Message::new("event.staff_let_go")
                .count("people", i64::from(let_go))
                .cents("severance", severance),
        );
    }
    let hired = to_u32(d.hire).min(state.labour_pool_available(scenario));
    if hired > 0 {
        let cost = labour.recruitment_cost_cents * i64::from(hired);
        ledger.pay_expense(&mut state.finances, Expense::RecruitmentAndSeverance, cost);
        state.staff.hire(hired, labour.new_hire_skill);
        notes.event(
            Message::new("event.staff_hired")
                .count("people", i64::from(hired))
                .cents("cost", cost),
        );
    }
    ledger.pay_expense(
        &mut state.finances,
        Expense::Training,
        d.training_cents.max(0),
    );
    state.staff.train(d.training_cents, labour);
    let time = people::working_time(
        labour,
        scenario.weeks_per_round,
        to_u32(d.opening_hours_per_week),
        &state.staff,
    );
    let wages = d.wage_cents * i64::from(state.staff.headcount);
    ledger.pay_expense(&mut state.finances, Expense::Wages, wages);
    let overtime = people::overtime_pay(
        labour,
        scenario.weeks_per_round,
        d.wage_cents,
        time.overtime_hours,
    );
    if overtime > 0 {
        ledger.pay_expense(&mut state.finances, Expense::Overtime, overtime);
        notes.explain(
            Message::new("report.overtime")
                .count("hours", units_from_f64(time.overtime_hours))
                .cents("cost", overtime),
            &[GlossaryTerm::Overtime],
        );
    }
    let wage_ratio = safe_ratio(d.wage_cents as f64, labour.market_wage_cents as f64, 1.0);
    if wage_ratio < 1.0 {
        notes.explain(
            Message::new("report.wage_below_market").share("ratio", wage_ratio),
            &[GlossaryTerm::StaffTurnover],
        );
    }
    state.staff.update_morale(&WorkingConditions {
        wage_ratio,
        overtime_share: time.overtime_share,
        trained: d.training_cents > 0,
        let_go_share: safe_ratio(f64::from(let_go), f64::from(before), 0.0),
    });
    time
}

fn run_marketing(
    scenario: &Scenario,
    state: &mut CompanyState,
    d: &Decisions,
    ledger: &mut Ledger,
) {
    let total: Cents = d.marketing_cents.values().map(|v| (*v).max(0)).sum();
    ledger.pay_expense(&mut state.finances, Expense::Marketing, total);
    market::carry_over_adstock(scenario, &mut state.adstock, &d.marketing_cents);
}

fn run_financing(state: &mut CompanyState, d: &Decisions, ledger: &mut Ledger) {
    let repay = d
        .loan_repayment_cents
        .clamp(0, state.finances.bank_loan_cents.max(0));
    if repay > 0 {
        ledger.repay_loan(&mut state.finances, repay);
    }
    if d.loan_draw_cents > 0 {
        ledger.draw_loan(&mut state.finances, d.loan_draw_cents);
    }
}

fn buy_materials(
    scenario: &Scenario,
    state: &mut CompanyState,
    d: &Decisions,
    delivery_factor: f64,
    ledger: &mut Ledger,
    notes: &mut Notes,
) {
    for (id, ordered) in &d.material_purchases {
        let Some(material) = scenario.material(id) else {
            continue;
        };
        let ordered = (*ordered).max(0);
        let delivered =
            units_from_f64(ordered as f64 * delivery_factor.clamp(0.0, 1.0)).min(ordered);
        let cost = delivered * material.unit_cost_cents;
        ledger.pay_supplier_for_stock(&mut state.finances, cost);
        state
            .materials
            .entry(id.clone())
            .or_default()
            .add(delivered, cost);
        if delivered < ordered {
            notes.event(
                Message::new("event.delivery_short")
                    .key("material", crate::scenario::material_key(id))
                    .count("ordered", ordered)
                    .count("delivered", delivered),
            );
        }
    }
}

fn buy_equipment(
    scenario: &Scenario,
    state: &mut CompanyState,
    d: &Decisions,
    ledger: &mut Ledger,
    notes: &mut Notes,
) {
    for (id, count) in &d.equipment_purchases {
        let Some(t) = scenario.equipment_type(id) else {
            continue;
        };
        let count = to_u32(*count);
        if count == 0 {
            continue;
        }
        let cost = t.price_cents * i64::from(count);
        ledger.buy_equipment(&mut state.finances, cost);
        state.equipment.push(EquipmentBatch {
            equipment: t.id.clone(),
            count,
            unit_cost_cents: t.price_cents,
            age_rounds: 0,
            lifetime_rounds: t.lifetime_rounds,
        });
        notes.event(
            Message::new("event.equipment_bought")
                .key("equipment", crate::scenario::equipment_key(id))
                .count("count", i64::from(count))
                .cents("cost", cost),
        );
    }
}

/// `(price, volume)` per product in scenario order; `None` = not offered.
fn plans(scenario: &Scenario, d: &Decisions) -> Vec<Option<(Cents, i64)>> {
    scenario
        .products
        .iter()
        .map(|p| {
            d.products
                .get(&p.id)
                .map(|plan| (plan.price_cents, plan.volume.max(0)))
        })
        .collect()
}

/// Scale all planned volumes by the same factor so that labour hours,
/// machine capacity and materials in stock suffice.
fn plan_production(
    scenario: &Scenario,
    state: &CompanyState,
    plans: &[Option<(Cents, i64)>],
    time: &WorkingTime,
    capacity_factor: f64,
) -> (Vec<i64>, Option<Constraint>) {
    let volumes: Vec<f64> = plans
        .iter()
        .map(|p| p.map_or(0.0, |p| p.1 as f64))
        .collect();
    let hours_needed: f64 = scenario
        .products
        .iter()
        .zip(&volumes)
        .map(|(p, v)| p.labour_hours_per_unit * v)
        .sum();
    let units: f64 = volumes.iter().sum();
    let capacity = state.equipment_capacity(scenario) as f64 * capacity_factor.clamp(0.0, 1.0);
    let mut limits = vec![
        (
            safe_ratio(time.productive_hours, hours_needed, 1.0),
            Constraint::Labour,
        ),
        (safe_ratio(capacity, units, 1.0), Constraint::Equipment),
    ];
    for material in &scenario.materials {
        let needed: f64 = scenario
            .products
            .iter()
            .zip(&volumes)
            .map(|(p, v)| p.materials.get(&material.id).copied().unwrap_or(0.0) * v)
            .sum();
        let on_hand = state.materials.get(&material.id).map_or(0, |s| s.units) as f64;
        limits.push((safe_ratio(on_hand, needed, 1.0), Constraint::Materials));
    }
    let (factor, binding) =
        limits.into_iter().fold(
            (1.0_f64, None),
            |(f, c), (l, lc)| if l < f { (l, Some(lc)) } else { (f, c) },
        );
    let produced: Vec<i64> = volumes
        .iter()
        .map(|v| units_from_f64(v * factor.max(0.0)))
        .collect();
    (produced, binding)
}

/// Material cost multiplier of the quality choice.
fn cost_factor(scenario: &Scenario, quality: QualityChoice) -> f64 {
    match quality {
        QualityChoice::Standard => 1.0,
        QualityChoice::Premium => scenario.quality.premium_cost_factor,
        QualityChoice::Eco => scenario.quality.eco_cost_factor,
    }
}

/// Take the materials for `units` of a product out of stock; returns their cost.
fn consume_materials(
    scenario: &Scenario,
    state: &mut CompanyState,
    product: usize,
    units: i64,
) -> Cents {
    let Some(p) = scenario.products.get(product) else {
        return 0;
    };
    p.materials
        .iter()
        .map(|(id, per_unit)| {
            let needed = (per_unit * units as f64 - 1e-9).ceil().max(0.0) as i64;
            state.materials.get_mut(id).map_or(0, |s| s.take(needed).1)
        })
        .sum()
}

/// Goods are made now; services are performed when sold (see [`settle`]).
fn make_goods(
    scenario: &Scenario,
    state: &mut CompanyState,
    quality: QualityChoice,
    produced: &[i64],
    ledger: &mut Ledger,
) {
    for (i, p) in scenario.products.iter().enumerate() {
        let units = produced.get(i).copied().unwrap_or(0);
        if p.kind == ProductKind::Service || units == 0 {
            continue;
        }
        let material_cost = consume_materials(scenario, state, i, units);
        let surcharge = apply_rate(material_cost, cost_factor(scenario, quality) - 1.0).max(0);
        ledger.pay_supplier_for_stock(&mut state.finances, surcharge);
        state
            .goods
            .entry(p.id.clone())
            .or_default()
            .add(units, material_cost + surcharge);
    }
}

fn perceived_quality(scenario: &Scenario, state: &CompanyState, choice: QualityChoice) -> Vec<f64> {
    let bonus = match choice {
        QualityChoice::Standard => 0.0,
        QualityChoice::Premium => scenario.quality.premium_quality_bonus,
        QualityChoice::Eco => scenario.quality.eco_quality_bonus,
    };
    let skill = SKILL_QUALITY_WEIGHT * (state.staff.skill.get() - 0.5);
    scenario
        .products
        .iter()
        .map(|p| (p.quality + bonus + skill).clamp(0.0, 1.0))
        .collect()
}

/// Units a company can deliver of a product this round.
fn available(
    scenario: &Scenario,
    state: &CompanyState,
    prepared: &Prepared,
    product: usize,
) -> i64 {
    let Some(p) = scenario.products.get(product) else {
        return 0;
    };
    match p.kind {
        ProductKind::Service => prepared.produced.get(product).copied().unwrap_or(0),
        _ => state.goods.get(&p.id).map_or(0, |s| s.units),
    }
}

/// Per-round totals used for satisfaction, reputation and the history.
#[derive(Default)]
struct SalesTotals {
    demand: i64,
    sold: i64,
    lost: i64,
    written_off: i64,
    weighted_quality: f64,
    weighted_value: f64,
}

/// Everything after the market. `demand` is this company's demand per
/// product (scenario order).
#[allow(clippy::too_many_arguments)]
pub(crate) fn settle(
    scenario: &Scenario,
    state: &mut CompanyState,
    mut prepared: Prepared,
    demand: &[i64],
    quality_choice: QualityChoice,
    round: u32,
    team: TeamId,
    computer: bool,
    reused: bool,
) -> (TeamReport, RoundSummary) {
    let mut products = Vec::with_capacity(scenario.products.len());
    let mut totals = SalesTotals::default();
    for i in 0..scenario.products.len() {
        let d = demand.get(i).copied().unwrap_or(0);
        products.push(sell_product(
            scenario,
            state,
            &mut prepared,
            i,
            d,
            quality_choice,
            &mut totals,
        ));
    }
    depreciate_equipment(state, &mut prepared);
    let quitters = state.staff.turnover(&scenario.labour, &mut state.rng);
    if quitters > 0 {
        prepared
            .notes
            .event(Message::new("event.staff_quit").count("people", i64::from(quitters)));
        prepared.notes.explain(
            Message::new("report.staff_quit").count("people", i64::from(quitters)),
            &[GlossaryTerm::StaffTurnover],
        );
    }
    update_customers(scenario, state, &totals, &mut prepared.notes);
    let mut ledger = prepared.ledger;
    ledger.close_income_statement(&mut state.finances, &scenario.finance);
    apply_cash_safety_net(scenario, state, &mut ledger, &mut prepared.notes);
    ledger.close_cash_flow(&state.finances);
    let goods_change = state.goods_value() - prepared.opening_goods_value;
    prepared
        .notes
        .explain_statements(&ledger.income, &ledger.cash_flow, goods_change);
    let new_incidents = if state.bankrupt {
        Vec::new()
    } else {
        let drawn = incidents::draw(scenario, state, round);
        for incident in &drawn {
            prepared
                .notes
                .event(Message::new("event.incident").key("incident", incident.key.clone()));
        }
        state.pending_incidents = drawn.clone();
        drawn
    };
    let summary = RoundSummary {
        net_profit_cents: ledger.income.net_profit,
        sold_units: totals.sold,
        lost_units: totals.lost,
        written_off_units: totals.written_off,
        bankrupt: state.bankrupt,
    };
    let report = TeamReport {
        team,
        round,
        computer,
        decisions_reused: reused,
        bankrupt: state.bankrupt,
        key_figures: key_figures(scenario, state, &ledger),
        income_statement: ledger.income,
        balance_sheet: state.balance_sheet(),
        cash_flow: ledger.cash_flow,
        products,
        answered_incidents: prepared.answered,
        new_incidents,
        events: prepared.notes.events,
        explanations: prepared.notes.explanations,
        glossary: prepared.notes.glossary.iter().map(|g| g.key()).collect(),
    };
    (report, summary)
}

fn sell_product(
    scenario: &Scenario,
    state: &mut CompanyState,
    prepared: &mut Prepared,
    i: usize,
    demand: i64,
    quality_choice: QualityChoice,
    totals: &mut SalesTotals,
) -> ProductResult {
    let p = &scenario.products[i];
    let plan = prepared.plans.get(i).copied().flatten();
    let produced = prepared.produced.get(i).copied().unwrap_or(0);
    let mut result = ProductResult {
        product: p.id.clone(),
        key: product_key(&p.id),
        offered: plan.is_some(),
        price_cents: plan.map_or(0, |x| x.0),
        planned: plan.map_or(0, |x| x.1),
        produced,
        demand: 0,
        sold: 0,
        lost: 0,
        written_off: 0,
        stock_end: 0,
        quality: prepared.quality.get(i).copied().unwrap_or(0.0),
    };
    if let Some((price, _)) = plan {
        let can_deliver = available(scenario, state, prepared, i);
        let sold = demand.min(can_deliver).max(0);
        prepared.ledger.sell(&mut state.finances, sold * price);
        book_cost_of_sales(scenario, state, prepared, i, sold, quality_choice);
        result.demand = demand;
        result.sold = sold;
        result.lost = demand - sold;
        state.last_demand.insert(p.id.clone(), demand);
        totals.demand += demand;
        totals.sold += sold;
        totals.lost += result.lost;
        totals.weighted_quality += result.quality * demand as f64;
        let reference = scenario
            .segments
            .iter()
            .find(|s| s.product == p.id)
            .map_or(p.base_price_cents, |s| s.reference_price_cents);
        totals.weighted_value += people::value_for_money(price, reference) * demand as f64;
        explain_lost_sales(prepared, &p.id, p.kind, result.lost);
    }
    if p.kind == ProductKind::Perishable {
        if let Some(stock) = state.goods.get_mut(&p.id) {
            let (units, cost) = stock.clear();
            prepared.ledger.write_off(cost);
            result.written_off = units;
            totals.written_off += units;
            if units > 0 {
                prepared.notes.explain(
                    Message::new("report.unsold_written_off")
                        .key("product", product_key(&p.id))
                        .count("units", units)
                        .cents("cost", cost),
                    &[GlossaryTerm::Inventory],
                );
            }
        }
    }
    result.stock_end = state.goods.get(&p.id).map_or(0, |s| s.units);
    result
}

fn book_cost_of_sales(
    scenario: &Scenario,
    state: &mut CompanyState,
    prepared: &mut Prepared,
    i: usize,
    sold: i64,
    quality_choice: QualityChoice,
) {
    let p = &scenario.products[i];
    if p.kind == ProductKind::Service {
        let material_cost = consume_materials(scenario, state, i, sold);
        prepared.ledger.cost_of_sale_from_stock(material_cost);
        let surcharge =
            apply_rate(material_cost, cost_factor(scenario, quality_choice) - 1.0).max(0);
        prepared
            .ledger
            .pay_supplier_for_sale(&mut state.finances, surcharge);
    } else if let Some(stock) = state.goods.get_mut(&p.id) {
        let (_, cost) = stock.take(sold);
        prepared.ledger.cost_of_sale_from_stock(cost);
    }
}

fn explain_lost_sales(prepared: &mut Prepared, product: &str, kind: ProductKind, lost: i64) {
    if lost <= 0 {
        return;
    }
    let key = if prepared.limited_by.is_some() || kind == ProductKind::Service {
        "report.lost_sales_capacity"
    } else {
        "report.lost_sales_stock"
    };
    prepared.notes.explain(
        Message::new(key)
            .key("product", product_key(product))
            .count("units", lost),
        &[GlossaryTerm::Capacity, GlossaryTerm::Reputation],
    );
}

fn depreciate_equipment(state: &mut CompanyState, prepared: &mut Prepared) {
    for batch in &mut state.equipment {
        let charge = batch.next_depreciation();
        batch.age_rounds += 1;
        prepared.ledger.depreciate(charge);
    }
    let (worn, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut state.equipment)
        .into_iter()
        .partition(EquipmentBatch::worn_out);
    state.equipment = kept;
    for batch in worn {
        prepared.notes.event(
            Message::new("event.equipment_retired")
                .key(
                    "equipment",
                    crate::scenario::equipment_key(&batch.equipment),
                )
                .count("count", i64::from(batch.count)),
        );
    }
}

fn update_customers(
    scenario: &Scenario,
    state: &mut CompanyState,
    totals: &SalesTotals,
    notes: &mut Notes,
) {
    if totals.demand <= 0 {
        return;
    }
    let demand = totals.demand as f64;
    let fill_rate = safe_ratio(totals.sold as f64, demand, 1.0);
    let experience = CustomerExperience {
        quality: safe_ratio(totals.weighted_quality, demand, 0.5),
        fill_rate,
        value_for_money: safe_ratio(totals.weighted_value, demand, 0.5),
        morale: state.staff.morale.get(),
    };
    state.satisfaction = state
        .satisfaction
        .towards(experience.satisfaction_target(), SATISFACTION_SMOOTHING);
    let stockout_penalty = scenario.market.stockout_reputation_penalty * (1.0 - fill_rate);
    let before = state.reputation;
    state.reputation = state
        .reputation
        .towards(state.satisfaction.get(), REPUTATION_SMOOTHING)
        .shifted(-stockout_penalty);
    if state.reputation < before {
        notes.explain(
            Message::new("report.reputation_fell")
                .share("from", before.get())
                .share("to", state.reputation.get()),
            &[GlossaryTerm::Reputation],
        );
    }
}

/// Cover a cash shortfall with an emergency loan at penalty interest; repay
/// it automatically as soon as there is cash. Too many rounds in a row in
/// need of rescue mean bankruptcy.
fn apply_cash_safety_net(
    scenario: &Scenario,
    state: &mut CompanyState,
    ledger: &mut Ledger,
    notes: &mut Notes,
) {
    let f = &mut state.finances;
    if f.cash_cents < 0 {
        let amount = -f.cash_cents;
        ledger.draw_emergency_loan(f, amount);
        state.rounds_in_distress += 1;
        notes.event(Message::new("event.emergency_loan").cents("amount", amount));
        let limit = scenario.finance.bankruptcy_after_rounds;
        if state.rounds_in_distress >= limit {
            state.bankrupt = true;
            state.pending_incidents.clear();
            notes.event(Message::new("event.bankrupt"));
            notes.explain(Message::new("report.bankrupt"), &[GlossaryTerm::Bankruptcy]);
        } else {
            notes.explain(
                Message::new("report.emergency_loan")
                    .cents("amount", amount)
                    .share("rate", scenario.finance.emergency_rate_annual)
                    .count("rounds_left", i64::from(limit - state.rounds_in_distress)),
                &[
                    GlossaryTerm::EmergencyLoan,
                    GlossaryTerm::CashFlow,
                    GlossaryTerm::Bankruptcy,
                ],
            );
        }
        return;
    }
    state.rounds_in_distress = 0;
    let repay = f.emergency_loan_cents.min(f.cash_cents);
    if repay > 0 {
        ledger.repay_emergency_loan(f, repay);
        notes.event(Message::new("event.emergency_loan_repaid").cents("amount", repay));
    }
}

fn key_figures(scenario: &Scenario, state: &CompanyState, ledger: &Ledger) -> KeyFigures {
    let i = &ledger.income;
    KeyFigures {
        cash_cents: state.finances.cash_cents,
        revenue_cents: i.revenue,
        net_profit_cents: i.net_profit,
        gross_margin: safe_ratio(i.gross_profit as f64, i.revenue as f64, 0.0),
        market_share: 0.0,
        satisfaction: state.satisfaction.get(),
        staff: state.staff.headcount,
        morale: state.staff.morale.get(),
        skill: state.staff.skill.get(),
        reputation: state.reputation.get(),
        break_even_revenue_cents: crate::report::break_even_revenue(i),
        working_capital_cents: state.balance_sheet().working_capital,
        capacity_units: state.equipment_capacity(scenario),
    }
}

/// The report of a company that no longer trades: nothing moves.
pub(crate) fn idle(
    scenario: &Scenario,
    state: &CompanyState,
    round: u32,
    team: TeamId,
    computer: bool,
) -> TeamReport {
    let mut ledger = Ledger::open(&state.finances);
    ledger.close_cash_flow(&state.finances);
    let mut notes = Notes::default();
    notes.explain(Message::new("report.bankrupt"), &[GlossaryTerm::Bankruptcy]);
    TeamReport {
        team,
        round,
        computer,
        decisions_reused: false,
        bankrupt: true,
        key_figures: key_figures(scenario, state, &ledger),
        income_statement: ledger.income,
        balance_sheet: state.balance_sheet(),
        cash_flow: ledger.cash_flow,
        products: Vec::new(),
        answered_incidents: Vec::new(),
        new_incidents: Vec::new(),
        events: Vec::new(),
        explanations: notes.explanations,
        glossary: notes.glossary.iter().map(|g| g.key()).collect(),
    }
}
