//! The market: how customers choose between the companies of a class.
//!
//! For every segment, each company gets an attractiveness score (utility):
//!
//! `u = −price_sensitivity·ln(price / reference price)
//!      + quality_sensitivity·(quality − ½)
//!      + marketing_sensitivity·marketing effect
//!      + reputation_sensitivity·(reputation − ½)
//!      + eco_sensitivity (when producing eco)`
//!
//! Shares follow a multinomial logit: `share_i = e^{u_i} / (N·e^{u_0} + Σ_j e^{u_j})`
//! where `u_0` is the segment's no-purchase utility and `N` the number of
//! companies trading, so the no-sale share keeps the same meaning whether the
//! class has 2 or 30 teams. The potential is `size per company × N ×
//! seasonality`. Marketing works through an adstock: each channel keeps a
//! share of last round's stock (carry-over) and its effect grows with the
//! logarithm of the stock (diminishing returns).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::scenario::{Scenario, Segment};
use crate::units::{safe_ratio, Cents};

/// Utilities are clamped to this range so `exp` can never overflow.
const UTILITY_LIMIT: f64 = 50.0;

/// What one company offers for one product.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProductOffer {
    /// Price asked.
    pub price_cents: Cents,
    /// Perceived quality (0–1).
    pub quality: f64,
}

/// What one company brings to the market this round.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamOffer {
    /// Offer per product, in scenario product order (`None` = not offered).
    pub products: Vec<Option<ProductOffer>>,
    /// Marketing effect from the adstock.
    pub marketing_effect: f64,
    /// Reputation (0–1).
    pub reputation: f64,
    /// Whether the company produces eco.
    pub eco: bool,
    /// Multiplier of this company's demand (large orders).
    pub demand_factor: f64,
}

/// How one segment split this round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentOutcome {
    /// Segment id.
    pub segment: String,
    /// Product id.
    pub product: String,
    /// Potential customers (units) this round.
    pub potential_units: f64,
    /// Share per team, in team order (0 for teams not trading).
    pub shares: Vec<f64>,
    /// Share of customers who bought nothing.
    pub no_sale_share: f64,
}

/// Result of clearing the market.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketOutcome {
    /// One entry per segment.
    pub segments: Vec<SegmentOutcome>,
    /// Demand in units per team and product (scenario product order).
    pub demand: Vec<Vec<i64>>,
}

/// Clear the market for one round. `offers[i]` is `None` for a team that is
/// not trading (bankrupt).
pub fn clear(scenario: &Scenario, round: u32, offers: &[Option<TeamOffer>]) -> MarketOutcome {
    let active = offers.iter().filter(|o| o.is_some()).count();
    let season = scenario.seasonality(round);
    let product_index: BTreeMap<&str, usize> = scenario
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut demand = vec![vec![0i64; scenario.products.len()]; offers.len()];
    let mut segments = Vec::with_capacity(scenario.segments.len());
    for segment in &scenario.segments {
        let Some(&p) = product_index.get(segment.product.as_str()) else {
            continue;
        };
        let (shares, no_sale_share) = segment_shares(scenario, segment, p, active, offers);
        let potential = segment.size_per_round as f64 * active as f64 * season;
        for (team, offer) in offers.iter().enumerate() {
            if let Some(offer) = offer {
                let units = potential * shares[team] * offer.demand_factor.max(0.0);
                demand[team][p] += units.round().clamp(0.0, 1.0e12) as i64;
            }
        }
        segments.push(SegmentOutcome {
            segment: segment.id.clone(),
            product: segment.product.clone(),
            potential_units: potential,
            shares,
            no_sale_share,
        });
    }
    MarketOutcome { segments, demand }
}

/// Multinomial-logit shares of one segment, computed relative to the
/// largest utility so the exponentials stay between 0 and 1.
fn segment_shares(
    scenario: &Scenario,
    segment: &Segment,
    product: usize,
    active: usize,
    offers: &[Option<TeamOffer>],
) -> (Vec<f64>, f64) {
    let utilities: Vec<Option<f64>> = offers
        .iter()
        .map(|o| {
            let o = o.as_ref()?;
            let p = o.products.get(product).copied().flatten()?;
            Some(utility(scenario, segment, o, &p))
        })
        .collect();
    let outside = clamp_utility(segment.no_purchase_utility);
    let top = utilities.iter().flatten().fold(outside, |m, u| m.max(*u));
    let weights: Vec<f64> = utilities
        .iter()
        .map(|u| u.map_or(0.0, |u| (u - top).exp()))
        .collect();
    let no_sale_weight = active as f64 * (outside - top).exp();
    let total = no_sale_weight + weights.iter().sum::<f64>();
    if total <= 0.0 || !total.is_finite() {
        return (vec![0.0; offers.len()], 1.0);
    }
    let shares = weights.iter().map(|w| w / total).collect();
    (shares, no_sale_weight / total)
}

/// Attractiveness of one company's offer to one segment.
pub fn utility(
    scenario: &Scenario,
    segment: &Segment,
    team: &TeamOffer,
    offer: &ProductOffer,
) -> f64 {
    let price_ratio = safe_ratio(
        offer.price_cents.max(1) as f64,
        segment.reference_price_cents.max(1) as f64,
        1.0,
    );
    let eco = if team.eco {
        segment.eco_sensitivity
    } else {
        0.0
    };
    let u = -segment.price_sensitivity * price_ratio.ln()
        + segment.quality_sensitivity * (offer.quality - 0.5)
        + segment.marketing_sensitivity * team.marketing_effect
        + scenario.market.reputation_sensitivity * (team.reputation - 0.5)
        + eco;
    clamp_utility(u)
}

fn clamp_utility(u: f64) -> f64 {
    if u.is_finite() {
        u.clamp(-UTILITY_LIMIT, UTILITY_LIMIT)
    } else {
        -UTILITY_LIMIT
    }
}

/// Update the marketing stock of every channel: what carries over from
/// last round plus this round's spend.
pub fn carry_over_adstock(
    scenario: &Scenario,
    adstock: &mut BTreeMap<String, Cents>,
    spend: &BTreeMap<String, Cents>,
) {
    for channel in &scenario.marketing_channels {
        let previous = adstock.get(&channel.id).copied().unwrap_or(0);
        let kept = crate::units::apply_rate(previous, channel.carry_over);
        let now = kept + spend.get(&channel.id).copied().unwrap_or(0).max(0);
        adstock.insert(channel.id.clone(), now);
    }
}

/// Effect of the marketing stock on customers: logarithmic in each channel's
/// stock, so the first euros matter most.
pub fn marketing_effect(scenario: &Scenario, adstock: &BTreeMap<String, Cents>) -> f64 {
    let scale = scenario.market.marketing_scale_cents.max(1) as f64;
    scenario
        .marketing_channels
        .iter()
        .map(|c| {
            let stock = adstock.get(&c.id).copied().unwrap_or(0).max(0) as f64;
            c.effectiveness * (1.0 + stock / scale).ln()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        Scenario::builtin("bakery").unwrap()
    }

    fn offer(s: &Scenario, price_factor: f64) -> TeamOffer {
        TeamOffer {
            products: s
                .products
                .iter()
                .map(|p| {
                    Some(ProductOffer {
                        price_cents: (p.base_price_cents as f64 * price_factor) as i64,
                        quality: p.quality,
                    })
                })
                .collect(),
            marketing_effect: 0.3,
            reputation: 0.5,
            eco: false,
            demand_factor: 1.0,
        }
    }

    #[test]
    fn shares_and_no_sale_sum_to_one() {
        let s = scenario();
        let offers = vec![
            Some(offer(&s, 0.9)),
            Some(offer(&s, 1.1)),
            None,
            Some(offer(&s, 1.0)),
        ];
        let out = clear(&s, 0, &offers);
        for seg in &out.segments {
            let sum: f64 = seg.shares.iter().sum::<f64>() + seg.no_sale_share;
            assert!((sum - 1.0).abs() < 1e-9);
            assert_eq!(seg.shares[2], 0.0);
        }
    }

    #[test]
    fn cheaper_team_wins_more_customers() {
        let s = scenario();
        let out = clear(&s, 0, &[Some(offer(&s, 0.9)), Some(offer(&s, 1.2))]);
        assert!(out.demand[0][0] > out.demand[1][0]);
    }

    #[test]
    fn better_reputation_and_marketing_attract() {
        let s = scenario();
        let base = offer(&s, 1.0);
        let famous = TeamOffer {
            reputation: 0.9,
            marketing_effect: 1.0,
            ..base.clone()
        };
        let out = clear(&s, 0, &[Some(base), Some(famous)]);
        assert!(out.demand[1][1] > out.demand[0][1]);
    }

    #[test]
    fn seasonality_scales_potential() {
        let s = scenario();
        let low = clear(&s, 6, &[Some(offer(&s, 1.0))]);
        let high = clear(&s, 11, &[Some(offer(&s, 1.0))]);
        assert!(high.segments[0].potential_units > low.segments[0].potential_units);
    }

    #[test]
    fn symmetric_demand_per_team_does_not_depend_on_class_size() {
        let s = scenario();
        let two = clear(&s, 0, &vec![Some(offer(&s, 1.0)); 2]);
        let thirty = clear(&s, 0, &vec![Some(offer(&s, 1.0)); 30]);
        assert_eq!(two.demand[0][0], thirty.demand[0][0]);
    }

    #[test]
    fn extreme_utilities_stay_finite() {
        let s = scenario();
        let mut weird = offer(&s, 1.0);
        weird.marketing_effect = f64::INFINITY;
        weird.reputation = f64::NAN;
        let out = clear(&s, 0, &[Some(weird), Some(offer(&s, 10.0))]);
        for seg in &out.segments {
            assert!(seg.shares.iter().all(|x| x.is_finite()));
            assert!(seg.no_sale_share.is_finite());
        }
    }

    #[test]
    fn adstock_decays_and_marketing_has_diminishing_returns() {
        let s = scenario();
        let mut stock = BTreeMap::new();
        let spend: BTreeMap<String, Cents> = [("flyers".to_string(), 100_000)].into();
        carry_over_adstock(&s, &mut stock, &spend);
        assert_eq!(stock["flyers"], 100_000);
        carry_over_adstock(&s, &mut stock, &BTreeMap::new());
        assert_eq!(stock["flyers"], 20_000);
        let one: BTreeMap<String, Cents> = [("flyers".to_string(), 100_000)].into();
        let two: BTreeMap<String, Cents> = [("flyers".to_string(), 200_000)].into();
        let e1 = marketing_effect(&s, &one);
        let e2 = marketing_effect(&s, &two);
        assert!(e2 > e1 && e2 < 2.0 * e1);
    }
}
