//! Staff and customers: skill, morale, turnover and satisfaction.
//!
//! The formulas are deliberately simple and monotonic so that students can
//! reason about them: paying above the market wage lifts morale, overtime
//! and lay-offs lower it, low morale makes people leave, training raises
//! skill with diminishing returns, and skill raises both productivity and
//! quality.

use serde::{Deserialize, Serialize};

use crate::rng::SimRng;
use crate::scenario::LabourMarket;
use crate::units::{safe_ratio, Cents, Level};

/// Morale of a team paid exactly the market wage with no overtime.
const NEUTRAL_MORALE: f64 = 0.55;
/// Share of the gap to the morale target closed each round.
const MORALE_SMOOTHING: f64 = 0.4;
/// Skill gained each round simply by doing the work.
const LEARNING_BY_DOING: f64 = 0.002;

/// The company's staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    /// People employed.
    pub headcount: u32,
    /// Average skill.
    pub skill: Level,
    /// Morale.
    pub morale: Level,
}

impl Staff {
    /// Hire people; their lower skill pulls the average down.
    pub fn hire(&mut self, people: u32, new_hire_skill: f64) {
        if people == 0 {
            return;
        }
        let before = f64::from(self.headcount);
        let after = before + f64::from(people);
        let blended = safe_ratio(
            self.skill.get() * before + new_hire_skill * f64::from(people),
            after,
            new_hire_skill,
        );
        self.headcount += people;
        self.skill = Level::new(blended);
    }

    /// People leave (let go, quit or after a conflict); returns how many left.
    pub fn leave(&mut self, people: u32) -> u32 {
        let leaving = people.min(self.headcount);
        self.headcount -= leaving;
        leaving
    }

    /// Productivity multiplier from skill: 0.7 for novices, 1.3 for experts.
    pub fn productivity(&self) -> f64 {
        0.7 + 0.6 * self.skill.get()
    }

    /// Training raises skill with diminishing returns in the spend per
    /// person, and less the closer skill already is to mastery.
    pub fn train(&mut self, spend: Cents, labour: &LabourMarket) {
        if self.headcount == 0 {
            return;
        }
        let per_person = spend.max(0) as f64 / f64::from(self.headcount);
        let intensity = (1.0 + per_person / labour.training_scale_cents.max(1) as f64).ln();
        let room = 1.0 - self.skill.get();
        let gain = labour.training_effect * intensity * room + LEARNING_BY_DOING;
        self.skill = self.skill.shifted(gain);
    }

    /// Move morale towards what pay and working conditions justify.
    pub fn update_morale(&mut self, conditions: &WorkingConditions) {
        self.morale = self
            .morale
            .towards(conditions.morale_target(), MORALE_SMOOTHING);
    }

    /// Each person leaves with a probability that rises as morale falls
    /// below the scenario threshold; returns how many quit.
    pub fn turnover(&mut self, labour: &LabourMarket, rng: &mut SimRng) -> u32 {
        let p = quit_probability(self.morale.get(), labour);
        let quitters = (0..self.headcount).filter(|_| rng.chance(p)).count() as u32;
        self.leave(quitters)
    }
}

/// Chance that one person quits in a round.
pub fn quit_probability(morale: f64, labour: &LabourMarket) -> f64 {
    let unhappiness = (labour.morale_turnover_threshold - morale).max(0.0);
    (labour.base_turnover + 0.8 * unhappiness).clamp(0.0, 1.0)
}

/// What the staff experienced this round.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkingConditions {
    /// Wage paid divided by the market wage.
    pub wage_ratio: f64,
    /// Overtime hours as a share of standard hours.
    pub overtime_share: f64,
    /// Whether the company invested in training.
    pub trained: bool,
    /// Share of colleagues let go this round.
    pub let_go_share: f64,
}

impl WorkingConditions {
    /// The morale level these conditions pull towards.
    pub fn morale_target(&self) -> f64 {
        let training = if self.trained { 0.05 } else { 0.0 };
        let target = NEUTRAL_MORALE + (self.wage_ratio - 1.0) - 0.8 * self.overtime_share
            + training
            - 0.3 * self.let_go_share;
        target.clamp(0.0, 1.0)
    }
}

/// Working time of one round.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WorkingTime {
    /// Productive hours available for production, after skill.
    pub productive_hours: f64,
    /// Paid overtime hours (all staff together).
    pub overtime_hours: f64,
    /// Overtime as a share of standard hours.
    pub overtime_share: f64,
}

/// Hours the team can work given opening hours; hours beyond the standard
/// week are overtime.
pub fn working_time(
    labour: &LabourMarket,
    weeks: f64,
    opening_hours: u32,
    staff: &Staff,
) -> WorkingTime {
    let standard = f64::from(labour.standard_hours_per_week.max(1));
    let opening = f64::from(opening_hours);
    let people = f64::from(staff.headcount);
    let week_share = opening / standard;
    let productive_hours =
        people * labour.productive_hours_per_week * week_share * weeks * staff.productivity();
    let extra = (opening - standard).max(0.0);
    WorkingTime {
        productive_hours: productive_hours.max(0.0),
        overtime_hours: extra * people * weeks,
        overtime_share: extra / standard,
    }
}

/// Overtime pay for the round.
pub fn overtime_pay(labour: &LabourMarket, weeks: f64, wage: Cents, overtime_hours: f64) -> Cents {
    let hours_per_round = f64::from(labour.standard_hours_per_week.max(1)) * weeks;
    let hourly = safe_ratio(wage as f64, hours_per_round, 0.0);
    crate::units::cents_from_f64(overtime_hours * hourly * (1.0 + labour.overtime_premium)).max(0)
}

/// What customers experienced this round.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CustomerExperience {
    /// Demand-weighted quality of what was offered.
    pub quality: f64,
    /// Share of demand that was served.
    pub fill_rate: f64,
    /// Value for money: 0.5 at the reference price, more when cheaper.
    pub value_for_money: f64,
    /// Staff morale (friendly service).
    pub morale: f64,
}

impl CustomerExperience {
    /// Satisfaction these experiences pull towards.
    pub fn satisfaction_target(&self) -> f64 {
        (0.4 * self.quality + 0.3 * self.fill_rate + 0.2 * self.value_for_money + 0.1 * self.morale)
            .clamp(0.0, 1.0)
    }
}

/// Value for money of a price compared to the reference price.
pub fn value_for_money(price: Cents, reference: Cents) -> f64 {
    (0.5 * safe_ratio(reference as f64, price as f64, 1.0)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Scenario;

    fn labour() -> LabourMarket {
        Scenario::builtin("bakery").unwrap().labour
    }

    fn staff(n: u32, skill: f64, morale: f64) -> Staff {
        Staff {
            headcount: n,
            skill: Level::new(skill),
            morale: Level::new(morale),
        }
    }

    #[test]
    fn training_raises_skill_with_diminishing_returns() {
        let l = labour();
        let mut a = staff(4, 0.4, 0.5);
        let mut b = a.clone();
        a.train(200_000, &l);
        b.train(400_000, &l);
        let gain_a = a.skill.get() - 0.4;
        let gain_b = b.skill.get() - 0.4;
        assert!(gain_a > 0.0);
        assert!(gain_b > gain_a);
        assert!(gain_b < 2.0 * gain_a, "returns must diminish");
    }

    #[test]
    fn hiring_blends_skill() {
        let mut s = staff(2, 0.8, 0.5);
        s.hire(2, 0.2);
        assert_eq!(s.headcount, 4);
        assert!((s.skill.get() - 0.5).abs() < 1e-6);
        let mut empty = staff(0, 0.0, 0.5);
        empty.hire(1, 0.3);
        assert!((empty.skill.get() - 0.3).abs() < 1e-6);
    }

    #[test]
    fn morale_follows_wages_and_overtime() {
        let fair = WorkingConditions {
            wage_ratio: 1.0,
            overtime_share: 0.0,
            trained: false,
            let_go_share: 0.0,
        };
        let generous = WorkingConditions {
            wage_ratio: 1.2,
            ..fair
        };
        let overworked = WorkingConditions {
            overtime_share: 0.4,
            ..fair
        };
        assert!(generous.morale_target() > fair.morale_target());
        assert!(overworked.morale_target() < fair.morale_target());
        let mut s = staff(3, 0.5, 0.5);
        s.update_morale(&generous);
        assert!(s.morale.get() > 0.5);
    }

    #[test]
    fn low_morale_drives_turnover() {
        let l = labour();
        assert!(quit_probability(0.1, &l) > quit_probability(0.6, &l));
        let mut rng = SimRng::new(3);
        let mut unhappy = staff(200, 0.5, 0.0);
        let mut happy = staff(200, 0.5, 0.9);
        let left_unhappy = unhappy.turnover(&l, &mut rng);
        let left_happy = happy.turnover(&l, &mut rng);
        assert!(
            left_unhappy > left_happy * 5,
            "{left_unhappy} vs {left_happy}"
        );
    }

    #[test]
    fn overtime_counts_hours_beyond_the_standard_week() {
        let l = labour();
        let s = staff(2, 0.5, 0.5);
        let normal = working_time(&l, 4.0, l.standard_hours_per_week, &s);
        assert_eq!(normal.overtime_hours, 0.0);
        let long = working_time(&l, 4.0, l.standard_hours_per_week + 10, &s);
        assert_eq!(long.overtime_hours, 80.0);
        assert!(long.productive_hours > normal.productive_hours);
        assert!(overtime_pay(&l, 4.0, 160_000, 80.0) > 0);
    }

    #[test]
    fn satisfaction_rewards_quality_service_and_fair_prices() {
        let good = CustomerExperience {
            quality: 0.8,
            fill_rate: 1.0,
            value_for_money: value_for_money(400, 450),
            morale: 0.7,
        };
        let poor = CustomerExperience {
            fill_rate: 0.4,
            value_for_money: value_for_money(900, 450),
            ..good
        };
        assert!(good.satisfaction_target() > poor.satisfaction_target());
        assert_eq!(value_for_money(0, 450), 0.5);
    }
}
