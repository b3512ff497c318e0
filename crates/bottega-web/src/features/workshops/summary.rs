//! The results of a workshop, worked out from the ratings: per scenario its policy choices best
//! rated first and the averages of their ratings; across scenarios the most desirable and the
//! most plausible scenario, and the choices rated both plausible and desirable. Pure, so it is
//! tested without a database.

use std::cmp::Ordering;

use bottega_storage::communication::workshops::{Choice as PolicyChoice, Scenario};

/// An average at or above this counts as "plausible" or "desirable" (on the 1 to 5 scale).
pub const HIGH: f64 = 3.5;

#[derive(Debug, Clone)]
pub struct ScenarioResult {
    pub quadrant: i32,
    /// Best rated first; choices nobody rated yet come last, oldest first.
    pub choices: Vec<PolicyChoice>,
    /// Ratings given to this scenario's choices, all together.
    pub ratings: i64,
    /// Averages over every rating of every choice of the scenario.
    pub plausibility: Option<f64>,
    pub desirability: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// One per scenario, by quadrant.
    pub results: Vec<ScenarioResult>,
    pub most_desirable: Option<i32>,
    pub most_plausible: Option<i32>,
    /// Choices whose averages are both at least [`HIGH`], best first, with their quadrant.
    pub promising: Vec<(i32, PolicyChoice)>,
}

impl Summary {
    pub fn result(&self, quadrant: i32) -> Option<&ScenarioResult> {
        self.results.iter().find(|r| r.quadrant == quadrant)
    }
}

/// The combined score of a choice: the mean of its two averages.
fn score(c: &PolicyChoice) -> Option<f64> {
    Some((c.plausibility? + c.desirability?) / 2.0)
}

/// Best rated first: higher combined score, then more desirable, then more ratings; unrated
/// choices after every rated one, in the order they were added.
pub fn by_rating(a: &PolicyChoice, b: &PolicyChoice) -> Ordering {
    match (score(a), score(b)) {
        (Some(x), Some(y)) => y
            .total_cmp(&x)
            .then_with(|| {
                b.desirability
                    .unwrap_or(0.0)
                    .total_cmp(&a.desirability.unwrap_or(0.0))
            })
            .then_with(|| b.ratings.cmp(&a.ratings))
            .then_with(|| a.id.cmp(&b.id)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    }
}

/// The mean of per-choice averages weighted by their number of ratings, i.e. the mean of all
/// the ratings themselves.
fn weighted(choices: &[PolicyChoice], pick: fn(&PolicyChoice) -> Option<f64>) -> Option<f64> {
    let (sum, n) = choices
        .iter()
        .filter(|c| c.ratings > 0)
        .filter_map(|c| pick(c).map(|v| (v * c.ratings as f64, c.ratings)))
        .fold((0.0, 0i64), |(s, n), (v, k)| (s + v, n + k));
    (n > 0).then(|| sum / n as f64)
}

/// The quadrant with the highest value (the lowest quadrant on a tie), among rated scenarios.
fn best(results: &[ScenarioResult], pick: fn(&ScenarioResult) -> Option<f64>) -> Option<i32> {
    let mut out: Option<(i32, f64)> = None;
    for r in results {
        if let Some(v) = pick(r) {
            if out.is_none_or(|(_, b)| v > b) {
                out = Some((r.quadrant, v));
            }
        }
    }
    out.map(|(q, _)| q)
}

pub fn summarize(scenarios: &[Scenario], choices: &[PolicyChoice]) -> Summary {
    let mut results: Vec<ScenarioResult> = scenarios
        .iter()
        .map(|s| {
            let mut mine: Vec<PolicyChoice> = choices
                .iter()
                .filter(|c| c.scenario_id == s.id)
                .cloned()
                .collect();
            mine.sort_by(by_rating);
            ScenarioResult {
                quadrant: s.quadrant,
                ratings: mine.iter().map(|c| c.ratings).sum(),
                plausibility: weighted(&mine, |c| c.plausibility),
                desirability: weighted(&mine, |c| c.desirability),
                choices: mine,
            }
        })
        .collect();
    results.sort_by_key(|r| r.quadrant);
    let mut promising: Vec<(i32, PolicyChoice)> = results
        .iter()
        .flat_map(|r| {
            r.choices
                .iter()
                .filter(|c| {
                    c.plausibility.is_some_and(|p| p >= HIGH)
                        && c.desirability.is_some_and(|d| d >= HIGH)
                })
                .map(|c| (r.quadrant, c.clone()))
        })
        .collect();
    promising.sort_by(|a, b| by_rating(&a.1, &b.1));
    Summary {
        most_desirable: best(&results, |r| r.desirability),
        most_plausible: best(&results, |r| r.plausibility),
        results,
        promising,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(id: i64, quadrant: i32) -> Scenario {
        Scenario {
            id,
            quadrant,
            name: String::new(),
            narrative_md: String::new(),
            narrative_html: String::new(),
            revision: 0,
            updated_by_name: None,
            updated_at: 0,
        }
    }

    fn choice(id: i64, scenario_id: i64, ratings: i64, p: f64, d: f64) -> PolicyChoice {
        PolicyChoice {
            id,
            scenario_id,
            text: format!("choice {id}"),
            direction: "towards".into(),
            author_name: None,
            ratings,
            plausibility: (ratings > 0).then_some(p),
            desirability: (ratings > 0).then_some(d),
            my_plausibility: None,
            my_desirability: None,
        }
    }

    #[test]
    fn choices_are_ordered_by_rating_with_unrated_last() {
        let s = [scenario(10, 1), scenario(20, 2)];
        let c = [
            choice(1, 10, 0, 0.0, 0.0),
            choice(2, 10, 2, 2.0, 3.0),
            choice(3, 10, 1, 4.0, 5.0),
            choice(4, 10, 3, 5.0, 4.0),
            choice(5, 20, 1, 1.0, 1.0),
        ];
        let sum = summarize(&s, &c);
        let order: Vec<i64> = sum.results[0].choices.iter().map(|c| c.id).collect();
        // 3 and 4 both score 4.5: the more desirable first.
        assert_eq!(order, [3, 4, 2, 1]);
        assert_eq!(sum.results[1].choices.len(), 1);
    }

    #[test]
    fn averages_weigh_every_rating_and_pick_the_best_scenarios() {
        let s = [
            scenario(10, 1),
            scenario(20, 2),
            scenario(30, 3),
            scenario(40, 4),
        ];
        let c = [
            // Scenario 1: three ratings of plausibility 2 and one of 4 → 2.5.
            choice(1, 10, 3, 2.0, 5.0),
            choice(2, 10, 1, 4.0, 1.0),
            choice(3, 20, 2, 4.0, 3.0),
            choice(4, 30, 0, 0.0, 0.0),
            choice(5, 40, 1, 4.0, 4.0),
        ];
        let sum = summarize(&s, &c);
        let r1 = sum
            .result(1)
            .map(|r| (r.ratings, r.plausibility, r.desirability));
        assert_eq!(r1, Some((4, Some(2.5), Some(4.0))));
        assert_eq!(sum.result(3).and_then(|r| r.plausibility), None);
        // Ties go to the lower quadrant: 1 and 4 are equally desirable, 2 and 4 as plausible.
        assert_eq!(sum.most_desirable, Some(1));
        assert_eq!(sum.most_plausible, Some(2));
        let promising: Vec<(i32, i64)> = sum.promising.iter().map(|(q, c)| (*q, c.id)).collect();
        assert_eq!(promising, [(4, 5)]);
    }

    #[test]
    fn nothing_rated_means_no_winner() {
        let s = [scenario(10, 1)];
        let sum = summarize(&s, &[choice(1, 10, 0, 0.0, 0.0)]);
        assert_eq!(sum.most_desirable, None);
        assert!(sum.promising.is_empty());
        assert!(summarize(&[], &[]).results.is_empty());
    }
}
