//! EntreComp: the European Entrepreneurship Competence Framework.
//!
//! Incident responses in the scenarios name the competences they exercise,
//! and a few decision patterns count as evidence too. At the end of a game,
//! [`summarize`] turns a team's history into evidence per competence and per
//! area, which the debrief shows and the mentoring module can reuse.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::decisions::QualityChoice;
use crate::game::RoundRecord;

/// The three EntreComp areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// 1. Ideas and opportunities.
    IdeasAndOpportunities,
    /// 2. Resources.
    Resources,
    /// 3. Into action.
    IntoAction,
}

impl Area {
    /// All areas in framework order.
    pub const ALL: [Area; 3] = [
        Area::IdeasAndOpportunities,
        Area::Resources,
        Area::IntoAction,
    ];

    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Area::IdeasAndOpportunities => "ideas_and_opportunities",
            Area::Resources => "resources",
            Area::IntoAction => "into_action",
        }
    }

    /// Localization key (`entrecomp.area.resources`).
    pub fn key(self) -> String {
        format!("entrecomp.area.{}", self.id())
    }
}

/// The fifteen EntreComp competences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Competence {
    /// 1.1 Spotting opportunities.
    SpottingOpportunities,
    /// 1.2 Creativity.
    Creativity,
    /// 1.3 Vision.
    Vision,
    /// 1.4 Valuing ideas.
    ValuingIdeas,
    /// 1.5 Ethical and sustainable thinking.
    EthicalSustainableThinking,
    /// 2.1 Self-awareness and self-efficacy.
    SelfAwarenessSelfEfficacy,
    /// 2.2 Motivation and perseverance.
    MotivationPerseverance,
    /// 2.3 Mobilising resources.
    MobilisingResources,
    /// 2.4 Financial and economic literacy.
    FinancialEconomicLiteracy,
    /// 2.5 Mobilising others.
    MobilisingOthers,
    /// 3.1 Taking the initiative.
    TakingTheInitiative,
    /// 3.2 Planning and management.
    PlanningManagement,
    /// 3.3 Coping with uncertainty, ambiguity and risk.
    CopingWithUncertainty,
    /// 3.4 Working with others.
    WorkingWithOthers,
    /// 3.5 Learning through experience.
    LearningThroughExperience,
}

impl Competence {
    /// All competences in framework order.
    pub const ALL: [Competence; 15] = [
        Competence::SpottingOpportunities,
        Competence::Creativity,
        Competence::Vision,
        Competence::ValuingIdeas,
        Competence::EthicalSustainableThinking,
        Competence::SelfAwarenessSelfEfficacy,
        Competence::MotivationPerseverance,
        Competence::MobilisingResources,
        Competence::FinancialEconomicLiteracy,
        Competence::MobilisingOthers,
        Competence::TakingTheInitiative,
        Competence::PlanningManagement,
        Competence::CopingWithUncertainty,
        Competence::WorkingWithOthers,
        Competence::LearningThroughExperience,
    ];

    /// Stable id, as written in scenario files.
    pub fn id(self) -> &'static str {
        match self {
            Competence::SpottingOpportunities => "spotting_opportunities",
            Competence::Creativity => "creativity",
            Competence::Vision => "vision",
            Competence::ValuingIdeas => "valuing_ideas",
            Competence::EthicalSustainableThinking => "ethical_sustainable_thinking",
            Competence::SelfAwarenessSelfEfficacy => "self_awareness_self_efficacy",
            Competence::MotivationPerseverance => "motivation_perseverance",
            Competence::MobilisingResources => "mobilising_resources",
            Competence::FinancialEconomicLiteracy => "financial_economic_literacy",
            Competence::MobilisingOthers => "mobilising_others",
            Competence::TakingTheInitiative => "taking_the_initiative",
            Competence::PlanningManagement => "planning_management",
            Competence::CopingWithUncertainty => "coping_with_uncertainty",
            Competence::WorkingWithOthers => "working_with_others",
            Competence::LearningThroughExperience => "learning_through_experience",
        }
    }

    /// Framework number (`3.3`).
    pub fn number(self) -> &'static str {
        const NUMBERS: [&str; 15] = [
            "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2",
            "3.3", "3.4", "3.5",
        ];
        NUMBERS[self as usize]
    }

    /// Area the competence belongs to.
    pub fn area(self) -> Area {
        match self as usize {
            0..=4 => Area::IdeasAndOpportunities,
            5..=9 => Area::Resources,
            _ => Area::IntoAction,
        }
    }

    /// Localization key (`entrecomp.competence.coping_with_uncertainty`).
    pub fn key(self) -> String {
        format!("entrecomp.competence.{}", self.id())
    }
}

/// One piece of evidence for a competence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Round (0-based) in which it happened.
    pub round: u32,
    /// Where it comes from.
    pub source: EvidenceSource,
    /// Localization key describing it (`evidence.decision.training` or an
    /// incident response key).
    pub key: String,
}

/// Where evidence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceSource {
    /// A decision the team made.
    Decision,
    /// A response the team chose (and justified) to an incident.
    IncidentResponse,
}

/// Evidence gathered for one competence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetenceEvidence {
    /// The competence.
    pub competence: Competence,
    /// Localization key.
    pub key: String,
    /// Framework number.
    pub number: String,
    /// Pieces of evidence from decisions.
    pub decision_count: u32,
    /// Pieces of evidence from incident responses.
    pub response_count: u32,
    /// The evidence itself.
    pub evidence: Vec<Evidence>,
}

/// Evidence gathered for one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaSummary {
    /// The area.
    pub area: Area,
    /// Localization key.
    pub key: String,
    /// All pieces of evidence in the area.
    pub evidence_count: u32,
    /// The five competences of the area (also those without evidence).
    pub competences: Vec<CompetenceEvidence>,
}

/// End-of-game competence summary of one team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetenceSummary {
    /// The three areas in framework order.
    pub areas: Vec<AreaSummary>,
}

/// Every evidence key for decisions (`evidence.decision.*`); incident
/// evidence uses the response keys of the scenario.
pub const EVIDENCE_KEYS: [&str; 10] = [
    "evidence.decision.eco_production",
    "evidence.decision.premium_quality",
    "evidence.decision.training",
    "evidence.decision.hiring",
    "evidence.decision.equipment_investment",
    "evidence.decision.loan",
    "evidence.decision.marketing_mix",
    "evidence.decision.production_matched_demand",
    "evidence.decision.prices_adjusted",
    "evidence.decision.kept_going_after_loss",
];

/// Decision patterns that count as evidence. Only decisions the team
/// submitted itself count, never reused or automatic ones.
fn decision_evidence(
    record: &RoundRecord,
    previous: Option<&RoundRecord>,
) -> Vec<(Competence, &'static str)> {
    let d = &record.decisions;
    let mut found = Vec::new();
    if d.quality == QualityChoice::Eco {
        found.push((
            Competence::EthicalSustainableThinking,
            "evidence.decision.eco_production",
        ));
    }
    if d.quality == QualityChoice::Premium {
        found.push((
            Competence::ValuingIdeas,
            "evidence.decision.premium_quality",
        ));
    }
    if d.training_cents > 0 {
        found.push((Competence::MobilisingOthers, "evidence.decision.training"));
    }
    if d.hire > 0 {
        found.push((Competence::MobilisingResources, "evidence.decision.hiring"));
    }
    if d.equipment_purchases.values().any(|n| *n > 0) {
        found.push((
            Competence::MobilisingResources,
            "evidence.decision.equipment_investment",
        ));
    }
    if d.loan_draw_cents > 0 || d.loan_repayment_cents > 0 {
        found.push((
            Competence::FinancialEconomicLiteracy,
            "evidence.decision.loan",
        ));
    }
    if d.marketing_cents.values().filter(|v| **v > 0).count() >= 2 {
        found.push((
            Competence::SpottingOpportunities,
            "evidence.decision.marketing_mix",
        ));
    }
    if record.outcome.lost_units == 0
        && record.outcome.written_off_units == 0
        && record.outcome.sold_units > 0
    {
        found.push((
            Competence::PlanningManagement,
            "evidence.decision.production_matched_demand",
        ));
    }
    if let Some(prev) = previous {
        if prices_changed(prev, record) {
            found.push((
                Competence::LearningThroughExperience,
                "evidence.decision.prices_adjusted",
            ));
        }
        if prev.outcome.net_profit_cents < 0 && !record.outcome.bankrupt {
            found.push((
                Competence::MotivationPerseverance,
                "evidence.decision.kept_going_after_loss",
            ));
        }
    }
    found
}

fn prices_changed(prev: &RoundRecord, now: &RoundRecord) -> bool {
    now.decisions.products.iter().any(|(id, plan)| {
        prev.decisions
            .products
            .get(id)
            .is_some_and(|p| p.price_cents != plan.price_cents)
    })
}

/// Competence summary per EntreComp area from a team's history.
pub fn summarize(history: &[RoundRecord]) -> CompetenceSummary {
    let mut found: BTreeMap<Competence, Vec<Evidence>> = BTreeMap::new();
    let mut previous: Option<&RoundRecord> = None;
    for record in history {
        if record.submitted {
            for (competence, key) in decision_evidence(record, previous) {
                found.entry(competence).or_default().push(Evidence {
                    round: record.round,
                    source: EvidenceSource::Decision,
                    key: key.to_owned(),
                });
            }
        }
        for answer in record.answered.iter().filter(|a| !a.automatic) {
            for competence in &answer.competences {
                found.entry(*competence).or_default().push(Evidence {
                    round: record.round,
                    source: EvidenceSource::IncidentResponse,
                    key: answer.response_key.clone(),
                });
            }
        }
        previous = Some(record);
    }
    let areas = Area::ALL
        .iter()
        .map(|area| area_summary(*area, &mut found))
        .collect();
    CompetenceSummary { areas }
}

fn area_summary(area: Area, found: &mut BTreeMap<Competence, Vec<Evidence>>) -> AreaSummary {
    let competences: Vec<CompetenceEvidence> = Competence::ALL
        .iter()
        .filter(|c| c.area() == area)
        .map(|c| {
            let evidence = found.remove(c).unwrap_or_default();
            let count =
                |s: EvidenceSource| evidence.iter().filter(|e| e.source == s).count() as u32;
            CompetenceEvidence {
                competence: *c,
                key: c.key(),
                number: c.number().to_owned(),
                decision_count: count(EvidenceSource::Decision),
                response_count: count(EvidenceSource::IncidentResponse),
                evidence,
            }
        })
        .collect();
    AreaSummary {
        area,
        key: area.key(),
        evidence_count: competences
            .iter()
            .map(|c| c.decision_count + c.response_count)
            .sum(),
        competences,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_has_three_areas_of_five() {
        for area in Area::ALL {
            let n = Competence::ALL.iter().filter(|c| c.area() == area).count();
            assert_eq!(n, 5);
        }
        assert_eq!(Competence::CopingWithUncertainty.number(), "3.3");
        assert_eq!(
            Competence::FinancialEconomicLiteracy.area(),
            Area::Resources
        );
        assert_eq!(
            Competence::EthicalSustainableThinking.key(),
            "entrecomp.competence.ethical_sustainable_thinking"
        );
    }

    #[test]
    fn ids_match_serde_names() {
        for c in Competence::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.id()));
        }
    }

    #[test]
    fn evidence_keys_are_listed() {
        let source = include_str!("competences.rs");
        for (start, _) in source.match_indices("\"evidence.decision.") {
            let rest = &source[start + 1..];
            let key = &rest[..rest.find('"').unwrap_or(rest.len())];
            if key.ends_with('.') {
                continue;
            }
            assert!(EVIDENCE_KEYS.contains(&key), "{key}");
        }
    }

    #[test]
    fn empty_history_lists_every_competence_without_evidence() {
        let s = summarize(&[]);
        assert_eq!(s.areas.len(), 3);
        assert!(s
            .areas
            .iter()
            .all(|a| a.evidence_count == 0 && a.competences.len() == 5));
    }
}
