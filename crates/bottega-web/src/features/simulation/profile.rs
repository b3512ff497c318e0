//! The competence summaries students keep from finished games, as their profile shows them:
//! for each game the EntreComp areas and competences with the evidence behind them, and the
//! justifications the team wrote.

use bottega_storage::simulation::KeptCompetences;

use super::engine::KeptSummary;
use super::present::{self, money};
use crate::context::Ctx;

pub struct CompetenceLine {
    pub name: String,
    pub number: String,
    pub evidence: u32,
}

pub struct AreaLine {
    pub name: String,
    pub evidence: u32,
    pub competences: Vec<CompetenceLine>,
}

pub struct JustificationLine {
    pub round: u32,
    pub incident: String,
    pub response: String,
    pub text: String,
}

pub struct CompetenceRecord {
    pub game_id: i64,
    pub title: String,
    pub scenario: String,
    pub team: String,
    pub date: String,
    pub total_profit: String,
    pub final_cash: String,
    pub areas: Vec<AreaLine>,
    pub justifications: Vec<JustificationLine>,
}

/// The records in the reader's language; a record that does not parse is left out (and logged)
/// rather than breaking the profile.
pub fn records(c: &Ctx, kept: Vec<KeptCompetences>) -> Vec<CompetenceRecord> {
    let l = &c.l;
    kept.into_iter()
        .filter_map(|k| {
            let s: KeptSummary = match serde_json::from_str(&k.summary_json) {
                Ok(s) => s,
                Err(e) => {
                    tracing::warn!(game = k.game_id, error = %e, "kept competences do not parse");
                    return None;
                }
            };
            Some(CompetenceRecord {
                game_id: k.game_id,
                title: k.title,
                scenario: super::scenario_name(c, &k.scenario),
                team: k.team_name.unwrap_or_default(),
                date: l.date(k.created_at),
                total_profit: money(l, s.total_profit_cents),
                final_cash: money(l, s.final_cash_cents),
                areas: s
                    .summary
                    .areas
                    .iter()
                    .map(|a| AreaLine {
                        name: present::key(l, &a.key),
                        evidence: a.evidence_count,
                        competences: a
                            .competences
                            .iter()
                            .filter(|x| x.decision_count + x.response_count > 0)
                            .map(|x| CompetenceLine {
                                name: present::key(l, &x.key),
                                number: x.number.clone(),
                                evidence: x.decision_count + x.response_count,
                            })
                            .collect(),
                    })
                    .collect(),
                justifications: s
                    .justifications
                    .iter()
                    .map(|j| JustificationLine {
                        round: j.round + 1,
                        incident: present::key(l, &j.incident_key),
                        response: present::key(l, &j.response_key),
                        text: j.text.clone(),
                    })
                    .collect(),
            })
        })
        .collect()
}
