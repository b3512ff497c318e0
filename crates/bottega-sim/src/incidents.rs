//! Incidents and dilemmas: drawn from the company's random stream, answered
//! by the team in the next round's decisions, with consequences applied by
//! the engine in the round they are answered.

use serde::{Deserialize, Serialize};

use crate::company::CompanyState;
use crate::competences::Competence;
use crate::decisions::IncidentResponse;
use crate::scenario::{response_key, Effects, IncidentTrigger, Scenario};

/// At most this many new incidents per company per round, so a round never
/// becomes a pile of crises.
pub const MAX_NEW_INCIDENTS_PER_ROUND: usize = 2;

/// An incident waiting for the team's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingIncident {
    /// Id, unique within the company; responses refer to it.
    pub id: u64,
    /// Incident type id (`supplier_delay`).
    pub incident: String,
    /// Round (0-based) at whose end it happened.
    pub round_drawn: u32,
    /// Localization key (`incident.supplier_delay`).
    pub key: String,
    /// The possible responses: `(response id, localization key)`.
    pub responses: Vec<(String, String)>,
}

/// An incident answered in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnsweredIncident {
    /// Id of the incident.
    pub incident_id: u64,
    /// Incident type id.
    pub incident: String,
    /// Chosen response id.
    pub response: String,
    /// Localization key of the response.
    pub response_key: String,
    /// The team's justification (empty when answered automatically).
    pub justification: String,
    /// EntreComp competences exercised.
    pub competences: Vec<Competence>,
    /// Answered by the engine with the default response because the team
    /// submitted no decisions.
    pub automatic: bool,
}

/// Round-wide modifiers that incident responses set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Modifiers {
    /// Multiplier of production capacity.
    pub capacity_factor: f64,
    /// Share of material purchases that arrives.
    pub delivery_factor: f64,
    /// Multiplier of demand.
    pub demand_factor: f64,
}

impl Default for Modifiers {
    fn default() -> Self {
        Self {
            capacity_factor: 1.0,
            delivery_factor: 1.0,
            demand_factor: 1.0,
        }
    }
}

impl Modifiers {
    /// Combine the round-wide part of an effect.
    pub fn absorb(&mut self, e: &Effects) {
        if let Some(f) = e.capacity_factor {
            self.capacity_factor *= f;
        }
        if let Some(f) = e.material_delivery_factor {
            self.delivery_factor = self.delivery_factor.min(f);
        }
        if let Some(f) = e.demand_factor {
            self.demand_factor *= f;
        }
    }
}

/// Pair every pending incident with the team's chosen response, or with the
/// default response when the team gave none (decisions reused). Returns the
/// answers and their effects; decisions must have been validated.
pub fn resolve<'s>(
    scenario: &'s Scenario,
    pending: &[PendingIncident],
    responses: &[IncidentResponse],
) -> Vec<(AnsweredIncident, &'s Effects)> {
    pending
        .iter()
        .filter_map(|p| {
            let incident = scenario.incident(&p.incident)?;
            let given = responses.iter().find(|r| r.incident_id == p.id);
            let chosen = given
                .and_then(|g| incident.responses.iter().find(|r| r.id == g.response))
                .or_else(|| incident.responses.iter().find(|r| r.default))
                .or_else(|| incident.responses.first())?;
            let automatic = given.is_none_or(|g| g.response != chosen.id);
            Some((
                AnsweredIncident {
                    incident_id: p.id,
                    incident: p.incident.clone(),
                    response: chosen.id.clone(),
                    response_key: response_key(&p.incident, &chosen.id),
                    justification: given.map(|g| g.justification.clone()).unwrap_or_default(),
                    competences: chosen.competences.clone(),
                    automatic,
                },
                &chosen.effects,
            ))
        })
        .collect()
}

/// Draw the incidents that happen at the end of a round. Random incidents
/// use their own probability; equipment failures use each machine's failure
/// probability.
pub fn draw(scenario: &Scenario, state: &mut CompanyState, round: u32) -> Vec<PendingIncident> {
    let mut drawn = Vec::new();
    for incident in &scenario.incidents {
        if drawn.len() >= MAX_NEW_INCIDENTS_PER_ROUND {
            break;
        }
        let happens = match incident.trigger {
            IncidentTrigger::Random => state.rng.chance(incident.probability),
            IncidentTrigger::EquipmentFailure => machine_breaks_down(scenario, state),
        };
        if happens {
            let id = state.next_incident_id;
            state.next_incident_id += 1;
            drawn.push(PendingIncident {
                id,
                incident: incident.id.clone(),
                round_drawn: round,
                key: crate::scenario::incident_key(&incident.id),
                responses: incident
                    .responses
                    .iter()
                    .map(|r| (r.id.clone(), response_key(&incident.id, &r.id)))
                    .collect(),
            });
        }
    }
    drawn
}

fn machine_breaks_down(scenario: &Scenario, state: &mut CompanyState) -> bool {
    let mut broke = false;
    for batch in &state.equipment {
        let p = scenario
            .equipment_type(&batch.equipment)
            .map_or(0.0, |t| t.failure_probability);
        for _ in 0..batch.count {
            // Every machine draws, so the stream advances the same way
            // whatever happened before.
            broke |= state.rng.chance(p);
        }
    }
    broke
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SimRng;

    #[test]
    fn incidents_are_drawn_at_their_rate_and_capped() {
        let s = Scenario::builtin("bakery").unwrap();
        let mut c = CompanyState::new(&s, SimRng::new(9));
        let mut total = 0;
        for round in 0..1000 {
            let d = draw(&s, &mut c, round);
            assert!(d.len() <= MAX_NEW_INCIDENTS_PER_ROUND);
            total += d.len();
        }
        let expected: f64 = s.incidents.iter().map(|i| i.probability).sum::<f64>() * 1000.0;
        assert!(total > 0);
        assert!((total as f64) < expected * 2.0 + 50.0);
    }

    #[test]
    fn missing_response_falls_back_to_default() {
        let s = Scenario::builtin("bakery").unwrap();
        let pending = vec![PendingIncident {
            id: 4,
            incident: "supplier_delay".into(),
            round_drawn: 0,
            key: "incident.supplier_delay".into(),
            responses: vec![],
        }];
        let auto = resolve(&s, &pending, &[]);
        assert_eq!(auto.len(), 1);
        assert!(auto[0].0.automatic);
        assert_eq!(auto[0].0.response, "wait_for_delivery");

        let chosen = resolve(
            &s,
            &pending,
            &[IncidentResponse {
                incident_id: 4,
                response: "find_alternative".into(),
                justification: "Customers expect bread every morning.".into(),
            }],
        );
        assert!(!chosen[0].0.automatic);
        assert_eq!(chosen[0].1.cash_cents, -30_000);
        assert_eq!(
            chosen[0].0.response_key,
            "incident.supplier_delay.response.find_alternative"
        );
    }

    #[test]
    fn modifiers_combine() {
        let mut m = Modifiers::default();
        m.absorb(&Effects {
            capacity_factor: Some(0.9),
            material_delivery_factor: Some(0.5),
            ..Effects::default()
        });
        m.absorb(&Effects {
            capacity_factor: Some(0.5),
            demand_factor: Some(1.3),
            ..Effects::default()
        });
        assert!((m.capacity_factor - 0.45).abs() < 1e-12);
        assert_eq!(m.delivery_factor, 0.5);
        assert!((m.demand_factor - 1.3).abs() < 1e-12);
    }
}
