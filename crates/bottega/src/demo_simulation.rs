//! Demo data for the business simulation: one finished game and one running game, both taught
//! by Giulia Rossi (`giulia.rossi@bottega.example`), so a newcomer who signs in as her finds a
//! debrief to read and a class to run.
//!
//! - **Finished**: «Panificio di quartiere – corso estivo Erasmus+ 2025», the bakery in Italian,
//!   three teams of two playing against each other for six months, each in its own way (careful;
//!   bold, with hires, a loan and much marketing; green, with eco ingredients and higher prices).
//!   Every incident was answered with a justification in Italian, the teacher commented on each
//!   team, and every player kept the EntreComp summary on their profile.
//! - **Running**: "Carpentry workshop – trainers' course, spring 2026", in English, two teams,
//!   three of twelve quarters played, rounds played by hand (no deadline, so it waits). Team
//!   Oak has decided the current round; team Walnut, where Besa Gashi
//!   (`besa.gashi@bottega.example`) and Marta Nowak play, has not: the teacher sees "1 of 2
//!   teams decided", and Besa can decide herself.
//!
//! The games are played by the real engine with fixed seeds, team by team and round by round,
//! and stored as the web layer stores them (`features::simulation::engine::play_round`): the
//! decisions each team submitted, every round's reports and key figures, the state, the
//! competence summaries of a finished game. A marker in the settings table makes it load once.

use std::collections::BTreeMap;

use anyhow::{bail, Context};
use bottega_domain::Language;
use bottega_sim::{
    Decisions, Game, GameConfig, IncidentResponse, Mode, PendingIncident, QualityChoice, Scenario,
    TeamId,
};
use bottega_storage::simulation::{self, NewGame, PlayedRound};
use bottega_storage::{accounts, settings, Conn, Db, StorageError};
use bottega_web::features::simulation::KeptSummary;

/// The settings key that records that the simulation demo is in the database.
const LOADED_KEY: &str = "demo_simulation_loaded";

// ---- The people -------------------------------------------------------------------------------

/// The demo people who take part: e-mail address and name (checked against the account).
const PEOPLE: &[(&str, &str)] = &[
    ("giulia.rossi@bottega.example", "Giulia Rossi"),
    ("besa.gashi@bottega.example", "Besa Gashi"),
    ("marta.nowak@bottega.example", "Marta Nowak"),
    ("javier.martin@bottega.example", "Javier Martín"),
    ("dritan.leka@bottega.example", "Dritan Leka"),
    ("luka.petrovic@bottega.example", "Luka Petrović"),
    ("sofia.esposito@bottega.example", "Sofia Esposito"),
    ("elira.hoxha@bottega.example", "Elira Hoxha"),
    ("edin.hadzic@bottega.example", "Edin Hadžić"),
    ("ana.kovac@bottega.example", "Ana Kovač"),
];

const GIULIA: usize = 0;
const BESA: usize = 1;
const MARTA: usize = 2;
const JAVIER: usize = 3;
const DRITAN: usize = 4;
const LUKA: usize = 5;
const SOFIA: usize = 6;
const ELIRA: usize = 7;
const EDIN: usize = 8;
const ANA: usize = 9;

// ---- The games --------------------------------------------------------------------------------

/// How a team plays, round after round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Bakery: usual prices, batches for last month's demand, a little marketing, and one
    /// baker fewer when sales disappoint.
    Careful,
    /// Bakery: lower prices, bigger batches, two hires and a loan, much marketing.
    Bold,
    /// Bakery: eco ingredients, higher prices for bread and cakes, training, better wages.
    Green,
    /// Carpentry: premium finish at higher prices, training, a third workbench on credit.
    Craft,
    /// Carpentry: usual prices, a trade-fair stand and social media to fill the workshop.
    Growth,
}

struct TeamSpec {
    name: &'static str,
    style: Style,
    /// Indexes into [`PEOPLE`].
    players: &'static [usize],
}

struct GameSpec {
    title: &'static str,
    scenario: &'static str,
    mode: Mode,
    rounds: u32,
    /// Rounds already played (all of them for a finished game).
    played: u32,
    seed: u64,
    code: &'static str,
    lang: Language,
    teacher: usize,
    teams: &'static [TeamSpec],
    /// Teams that have submitted their decisions for the round not yet played.
    decided: &'static [u32],
    /// The teacher's comments: `(team, round (0-based), text)`.
    comments: &'static [(u32, u32, &'static str)],
}

const BAKERY: GameSpec = GameSpec {
    title: "Panificio di quartiere – corso estivo Erasmus+ 2025",
    scenario: "bakery",
    mode: Mode::Competitive,
    rounds: 6,
    played: 6,
    // Seeds chosen so that every team meets incidents to answer.
    seed: 70,
    code: "BAKE25",
    lang: Language::It,
    teacher: GIULIA,
    teams: &[
        TeamSpec {
            name: "Pane Quotidiano",
            style: Style::Careful,
            players: &[DRITAN, LUKA],
        },
        TeamSpec {
            name: "Crosta d'Oro",
            style: Style::Bold,
            players: &[BESA, JAVIER],
        },
        TeamSpec {
            name: "Forno Verde",
            style: Style::Green,
            players: &[SOFIA, ELIRA],
        },
    ],
    decided: &[],
    comments: &[
        (
            0,
            1,
            "Con un panettiere in meno siete tornati vicini al pareggio dal terzo mese: bene \
             aver guardato i costi fissi. Ma la vostra quota di mercato è scesa al 13%. Con un \
             po' più di pubblicità avreste potuto tenere tutta la squadra?",
        ),
        (
            1,
            2,
            "Avete il fatturato più alto della classe, ma guardate le vendite perse: molti \
             clienti attirati dalla pubblicità non hanno trovato pane, e la reputazione è \
             scesa. Prima di spendere ancora in marketing: quanto potete davvero produrre?",
        ),
        (
            2,
            2,
            "Ottima la motivazione sul pane donato al banco alimentare: avete legato una scelta \
             etica ai valori del vostro forno. E i numeri vi danno ragione: prezzi più alti, i \
             clienti più soddisfatti della classe e un utile dal secondo mese. Perché, secondo \
             voi?",
        ),
    ],
};

const CARPENTRY: GameSpec = GameSpec {
    title: "Carpentry workshop – trainers' course, spring 2026",
    scenario: "carpentry",
    mode: Mode::Competitive,
    rounds: 12,
    played: 3,
    // Walnut has a broken machine waiting for its answer in the current round.
    seed: 21,
    code: "CARP26",
    lang: Language::En,
    teacher: GIULIA,
    teams: &[
        TeamSpec {
            name: "Oak",
            style: Style::Craft,
            players: &[EDIN, ANA],
        },
        TeamSpec {
            name: "Walnut",
            style: Style::Growth,
            players: &[BESA, MARTA],
        },
    ],
    decided: &[0],
    comments: &[(
        1,
        1,
        "The trade fair brought customers, but your workshop could not build everything they \
         ordered. Before you spend on marketing again, compare the demand in the report with \
         the hours your team can work.",
    )],
};

// ---- Incident answers ---------------------------------------------------------------------------

/// What a team of a style answers to an incident, and why: one text for each time it happens.
struct Answer {
    style: Style,
    incident: &'static str,
    response: &'static str,
    texts: &'static [&'static str],
}

const ANSWERS: &[Answer] = &[
    // The bakery, in Italian: the careful team.
    Answer {
        style: Style::Careful,
        incident: "supplier_delay",
        response: "reduce_range",
        texts: &[
            "Non vogliamo pagare di più un altro mulino. Facciamo meno tipi di pane con quello \
             che c'è e teniamo la cassa sotto controllo.",
            "Di nuovo in ritardo: intanto cuociamo i prodotti che vendiamo di più. Il mese \
             prossimo chiediamo un'offerta anche a un secondo mulino.",
        ],
    },
    Answer {
        style: Style::Careful,
        incident: "customer_complaint",
        response: "improve_process",
        texts: &[
            "Un sasso nel pane non deve succedere due volte. Aggiungiamo la setacciatura e \
             spieghiamo il nuovo passaggio a tutto il gruppo.",
            "Il problema è tornato: vuol dire che la setacciatura non basta. Formiamo ancora chi \
             impasta la mattina presto.",
        ],
    },
    Answer {
        style: Style::Careful,
        incident: "team_conflict",
        response: "reorganise_shifts",
        texts: &[
            "Rifacciamo insieme il piano dei turni del mattino, così ognuno sa quando tocca a \
             lui. Un mediatore adesso costa troppo per noi.",
        ],
    },
    Answer {
        style: Style::Careful,
        incident: "equipment_failure",
        response: "rent_replacement",
        texts: &[
            "Affittare un forno costa la metà della riparazione e ci fa lavorare quasi come \
             prima. Ripariamo quando la cassa lo permette.",
        ],
    },
    Answer {
        style: Style::Careful,
        incident: "large_order",
        response: "decline",
        texts: &[
            "Siamo in tre e lavoriamo già al limite. Meglio dire di no con gentilezza che \
             consegnare pane fatto male o in ritardo.",
        ],
    },
    Answer {
        style: Style::Careful,
        incident: "ethical_choice",
        response: "donate_to_food_bank",
        texts: &[
            "Costa poco e il pane non finisce nella spazzatura. Il quartiere ci conosce: è \
             giusto aiutare chi ha bisogno.",
        ],
    },
    // The bold team.
    Answer {
        style: Style::Bold,
        incident: "supplier_delay",
        response: "find_alternative",
        texts: &[
            "Senza farina perdiamo i clienti appena conquistati con la pubblicità. Paghiamo di \
             più, ma i banchi restano pieni.",
            "Compriamo di nuovo dall'altro mulino: ormai sappiamo che consegna in tempo. Il \
             prezzo più alto lo recuperiamo con i volumi.",
        ],
    },
    Answer {
        style: Style::Bold,
        incident: "customer_complaint",
        response: "apologise_and_refund",
        texts: &[
            "Chiediamo scusa di persona e rimborsiamo subito: una recensione negativa ci \
             costerebbe molto più del rimborso.",
        ],
    },
    Answer {
        style: Style::Bold,
        incident: "team_conflict",
        response: "mediate",
        texts: &[
            "Con i nuovi assunti il gruppo è cambiato. Un mediatore ci aiuta a ripartire insieme \
             prima che qualcuno se ne vada.",
        ],
    },
    Answer {
        style: Style::Bold,
        incident: "equipment_failure",
        response: "repair_now",
        texts: &[
            "Abbiamo investito tanto in pubblicità: non possiamo restare senza forno proprio \
             adesso. Chiamiamo subito il tecnico.",
        ],
    },
    Answer {
        style: Style::Bold,
        incident: "large_order",
        response: "accept_and_hire_temp",
        texts: &[
            "È l'occasione per farci conoscere da tante famiglie. Prendiamo un aiuto temporaneo \
             così il gruppo non si sfinisce.",
        ],
    },
    Answer {
        style: Style::Bold,
        incident: "ethical_choice",
        response: "sell_as_animal_feed",
        texts: &[
            "Così recuperiamo una parte dei costi e il pane non si butta: diventa mangime. I \
             soldi ci servono per la pubblicità.",
        ],
    },
    // The green team.
    Answer {
        style: Style::Green,
        incident: "supplier_delay",
        response: "reduce_range",
        texts: &[
            "Usiamo solo farina biologica del nostro mulino. Meglio una gamma più piccola per un \
             mese che un pane diverso da quello promesso.",
        ],
    },
    Answer {
        style: Style::Green,
        incident: "customer_complaint",
        response: "improve_process",
        texts: &[
            "I clienti pagano di più per la qualità e hanno ragione a pretenderla. Controlliamo \
             meglio la farina e formiamo tutto il personale.",
        ],
    },
    Answer {
        style: Style::Green,
        incident: "team_conflict",
        response: "mediate",
        texts: &[
            "Un gruppo sereno lavora meglio e resta con noi. Paghiamo un mediatore perché tutti \
             possano dire come vedono i turni.",
        ],
    },
    Answer {
        style: Style::Green,
        incident: "equipment_failure",
        response: "repair_now",
        texts: &[
            "Un buon pane ha bisogno di un forno che funzioni bene. La cassa lo permette: \
             ripariamo subito.",
        ],
    },
    Answer {
        style: Style::Green,
        incident: "large_order",
        response: "accept_with_overtime",
        texts: &[
            "La festa della scuola fa conoscere il nostro pane biologico. Lavoriamo qualche ora \
             in più e paghiamo gli straordinari.",
        ],
    },
    Answer {
        style: Style::Green,
        incident: "ethical_choice",
        response: "donate_to_food_bank",
        texts: &[
            "Buttare il pane va contro l'idea di un forno sostenibile. Lo doniamo al banco \
             alimentare del quartiere.",
            "Continuiamo a donare l'invenduto: è coerente con quello che diciamo ai clienti. \
             Intanto cuociamo un po' meno la sera.",
        ],
    },
    // The carpentry workshop, in English: team Oak.
    Answer {
        style: Style::Craft,
        incident: "supplier_delay",
        response: "find_alternative",
        texts: &[
            "Our customers ordered oak and we promised dates. Paying the dearer merchant costs \
             less than losing two wardrobe orders.",
        ],
    },
    Answer {
        style: Style::Craft,
        incident: "customer_complaint",
        response: "fix_for_free",
        texts: &[
            "A premium wardrobe must close perfectly. We go to the customer's home and fix it \
             for free: our name is our advertising.",
        ],
    },
    Answer {
        style: Style::Craft,
        incident: "team_conflict",
        response: "mentoring_plan",
        texts: &[
            "The apprentice is our future journeyman. A mentoring plan costs something now but \
             keeps him motivated and skills growing.",
        ],
    },
    Answer {
        style: Style::Craft,
        incident: "equipment_failure",
        response: "repair_now",
        texts: &[
            "We promised delivery dates for made-to-measure pieces. Working by hand would slow \
             us down by a third, so we repair it at once.",
        ],
    },
    Answer {
        style: Style::Craft,
        incident: "large_order",
        response: "decline",
        texts: &[
            "Forty tables would block the workshop for months and our regular customers would \
             wait. We decline politely.",
        ],
    },
    Answer {
        style: Style::Craft,
        incident: "ethical_choice",
        response: "buy_certified",
        texts: &[
            "Timber of unknown origin may come from illegal logging. We stay with certified \
             wood and tell our customers why.",
        ],
    },
    // Team Walnut.
    Answer {
        style: Style::Growth,
        incident: "supplier_delay",
        response: "offer_other_wood",
        texts: &[
            "Ash is nearly as good as oak and the merchant has it. We call the customers, \
             explain, and offer a small discount.",
        ],
    },
    Answer {
        style: Style::Growth,
        incident: "customer_complaint",
        response: "improve_process",
        texts: &[
            "We build more now, so mistakes will come back unless we check. A final fitting \
             check before delivery fixes the cause, not just this door.",
        ],
    },
    Answer {
        style: Style::Growth,
        incident: "team_conflict",
        response: "reassign_tasks",
        texts: &[
            "The apprentice needs someone to learn from, not only sanding work. In a team \
             meeting we decide together who works with whom.",
        ],
    },
    Answer {
        style: Style::Growth,
        incident: "equipment_failure",
        response: "share_with_neighbour",
        texts: &[
            "The neighbouring workshop offered its machine. Cheaper than an urgent repair and \
             we keep most of our output.",
        ],
    },
    Answer {
        style: Style::Growth,
        incident: "large_order",
        response: "subcontract_part",
        texts: &[
            "A hotel is the kind of customer we want to grow with. We subcontract the simple \
             parts so our own team can do the finishing.",
        ],
    },
    Answer {
        style: Style::Growth,
        incident: "ethical_choice",
        response: "ask_for_proof",
        texts: &[
            "The price is tempting but we will not buy blind. If the supplier shows where the \
             timber comes from, we talk again.",
        ],
    },
];

/// A team's answer to a pending incident, with its justification (a second text when the same
/// incident comes back).
fn answer(
    game: &Game,
    team: TeamId,
    style: Style,
    p: &PendingIncident,
) -> anyhow::Result<IncidentResponse> {
    let a = ANSWERS
        .iter()
        .find(|a| a.style == style && a.incident == p.incident)
        .with_context(|| format!("no demo answer for {} of a {style:?} team", p.incident))?;
    let before = game
        .team(team)
        .map(|t| {
            t.history
                .iter()
                .flat_map(|r| &r.answered)
                .filter(|x| x.incident == p.incident && !x.automatic)
                .count()
        })
        .unwrap_or(0);
    Ok(IncidentResponse {
        incident_id: p.id,
        response: a.response.to_string(),
        justification: a.texts[before % a.texts.len()].to_string(),
    })
}

// ---- Decisions ----------------------------------------------------------------------------------

/// The decisions a team of `style` submits for the game's current round.
fn decide(game: &Game, team: TeamId, style: Style) -> anyhow::Result<Decisions> {
    let scenario = game.scenario();
    let company = &game.team(team).context("demo team")?.company;
    let round = game.round();
    let mut d = game
        .draft_decisions(team)
        .map_err(|e| anyhow::anyhow!("draft decisions: {}", e.code()))?;
    let market_wage = scenario.labour.market_wage_cents;
    // Prices on the base price, volumes on last round's demand.
    let volume = match style {
        Style::Careful => 1.0,
        Style::Bold => 1.15,
        Style::Green => 1.1,
        Style::Craft => 1.0,
        Style::Growth => 1.1,
    };
    for p in &scenario.products {
        let Some(plan) = d.products.get_mut(&p.id) else {
            continue;
        };
        let price = match (style, p.id.as_str()) {
            (Style::Careful, _) => 1.0,
            (Style::Bold, _) => 1.0,
            (Style::Green, "croissant") => 1.0,
            (Style::Green, "sourdough") => 1.15,
            (Style::Green, _) => 1.25,
            (Style::Craft, "repair_service") => 1.1,
            (Style::Craft, _) => 1.2,
            (Style::Growth, _) => 1.0,
        };
        plan.price_cents = (p.base_price_cents as f64 * price).round() as i64;
        let basis = match company.last_demand.get(&p.id) {
            Some(&demand) if round > 0 => demand,
            _ => plan.volume,
        };
        plan.volume = (basis as f64 * volume).round() as i64;
    }
    let marketing: &[(&str, i64)] = match style {
        Style::Careful => &[("flyers", 30_000), ("social_media", 40_000)],
        Style::Bold if round == 0 || round == 3 => &[
            ("flyers", 50_000),
            ("social_media", 80_000),
            ("trade_fair", 100_000),
        ],
        Style::Bold => &[("flyers", 50_000), ("social_media", 80_000)],
        Style::Green => &[("flyers", 30_000), ("social_media", 80_000)],
        Style::Craft => &[("flyers", 60_000), ("social_media", 150_000)],
        Style::Growth if round == 1 => &[
            ("flyers", 100_000),
            ("social_media", 200_000),
            ("trade_fair", 500_000),
        ],
        Style::Growth => &[("flyers", 100_000), ("social_media", 200_000)],
    };
    d.marketing_cents = scenario
        .marketing_channels
        .iter()
        .map(|c| {
            let spend = marketing
                .iter()
                .find(|(id, _)| *id == c.id)
                .map_or(0, |(_, s)| *s);
            (c.id.clone(), spend)
        })
        .collect();
    let standard = i64::from(scenario.labour.standard_hours_per_week);
    match style {
        Style::Careful => {
            d.training_cents = 10_000;
            d.wage_cents = market_wage;
            d.opening_hours_per_week = standard;
            // Fewer customers than hoped: one baker fewer, costs to fit the sales.
            if round == 1 {
                d.let_go = 1;
            }
        }
        Style::Bold => {
            d.training_cents = 20_000;
            d.wage_cents = market_wage;
            d.opening_hours_per_week = standard + 4;
            d.hire = match round {
                0 | 2 => 1,
                _ => 0,
            };
            if round == 0 {
                d.loan_draw_cents = 1_000_000;
            }
        }
        Style::Green => {
            d.quality = QualityChoice::Eco;
            d.training_cents = 40_000;
            d.wage_cents = market_wage * 11 / 10;
            d.opening_hours_per_week = standard;
        }
        Style::Craft => {
            d.quality = QualityChoice::Premium;
            d.training_cents = 80_000;
            d.wage_cents = market_wage * 21 / 20;
            d.opening_hours_per_week = standard;
            if round == 2 {
                d.equipment_purchases = BTreeMap::from([("workbench".to_string(), 1)]);
                d.loan_draw_cents = 800_000;
            }
        }
        Style::Growth => {
            d.training_cents = 50_000;
            d.wage_cents = market_wage;
            d.opening_hours_per_week = standard;
        }
    }
    // Materials for the planned volumes, beyond what is in stock.
    d.material_purchases = d.standing_choices(scenario, company).material_purchases;
    d.incident_responses = company
        .pending_incidents
        .iter()
        .map(|p| answer(game, team, style, p))
        .collect::<anyhow::Result<_>>()?;
    if let Err(e) = game.validate(team, &d) {
        bail!("demo decisions of a {style:?} team in round {round} refused: {e:?}");
    }
    Ok(d)
}

// ---- Playing ----------------------------------------------------------------------------------

/// One round as `play_round` stores it.
struct RoundPlayed {
    decisions: BTreeMap<TeamId, Decisions>,
    /// `(team, report JSON, key figures JSON)`, computer-run teams included.
    reports: Vec<(i64, String, String)>,
    state_json: String,
    finished: bool,
}

/// A game played through its rounds by the engine, before anything is stored.
struct Simulated {
    initial_json: String,
    rounds: Vec<RoundPlayed>,
    /// The decisions already submitted for the round not yet played.
    next: BTreeMap<TeamId, Decisions>,
    game: Game,
}

fn simulate(spec: &GameSpec) -> anyhow::Result<Simulated> {
    let scenario = Scenario::builtin(spec.scenario)
        .map_err(|e| anyhow::anyhow!("built-in scenario {}: {e}", spec.scenario))?;
    let mut game = Game::new(
        scenario,
        GameConfig {
            teams: spec.teams.len() as u32,
            seed: spec.seed,
            rounds: spec.rounds,
            mode: spec.mode,
        },
    )
    .map_err(|e| anyhow::anyhow!("new demo game refused: {}", e.code()))?;
    let initial_json = serde_json::to_string(&game)?;
    let mut rounds = Vec::new();
    for _ in 0..spec.played {
        let mut decisions = BTreeMap::new();
        for (i, t) in spec.teams.iter().enumerate() {
            let team = TeamId(i as u32);
            decisions.insert(team, decide(&game, team, t.style)?);
        }
        let outcome = game
            .advance(&decisions)
            .map_err(|e| anyhow::anyhow!("demo round refused: {}", e.code()))?;
        let mut reports = Vec::with_capacity(outcome.reports.len());
        for r in &outcome.reports {
            reports.push((
                i64::from(r.team.0),
                serde_json::to_string(r)?,
                serde_json::to_string(&r.key_figures)?,
            ));
        }
        rounds.push(RoundPlayed {
            decisions,
            reports,
            state_json: serde_json::to_string(&game)?,
            finished: outcome.finished,
        });
    }
    let mut next = BTreeMap::new();
    if !game.is_finished() {
        for &i in spec.decided {
            let team = TeamId(i);
            next.insert(team, decide(&game, team, spec.teams[i as usize].style)?);
        }
    }
    Ok(Simulated {
        initial_json,
        rounds,
        next,
        game,
    })
}

/// What a player keeps from a finished game, as `engine::keep_competences` writes it: the
/// team's EntreComp summary with its justifications, final cash and total profit.
fn kept_summary(game: &Game, team_no: i64) -> anyhow::Result<Option<String>> {
    let id = TeamId(u32::try_from(team_no)?);
    let Some(team) = game.team(id) else {
        return Ok(None);
    };
    let summary = game
        .competence_summary(id)
        .map_err(|e| anyhow::anyhow!("competence summary: {}", e.code()))?;
    let justifications: Vec<serde_json::Value> = team
        .history
        .iter()
        .flat_map(|r| {
            r.answered
                .iter()
                .filter(|a| !a.automatic && !a.justification.is_empty())
                .map(|a| {
                    serde_json::json!({
                        "round": r.round,
                        "incident_key": format!("incident.{}", a.incident),
                        "response_key": a.response_key,
                        "text": a.justification,
                    })
                })
        })
        .collect();
    // Through the web layer's own type, so the profile page can read what is stored.
    let kept: KeptSummary = serde_json::from_value(serde_json::json!({
        "summary": summary,
        "justifications": justifications,
        "final_cash_cents": team.company.finances.cash_cents,
        "total_profit_cents": team.history.iter().map(|r| r.outcome.net_profit_cents).sum::<i64>(),
    }))
    .context("the kept competence summary does not match the web layer's")?;
    Ok(Some(serde_json::to_string(&kept)?))
}

// ---- Storing ----------------------------------------------------------------------------------

/// The game's join code, or (if a game made by hand took it) the first free one like it.
async fn free_code(tx: &mut Conn, code: &str) -> anyhow::Result<String> {
    let stem = &code[..code.len() - 1];
    let candidates = std::iter::once(code.to_string()).chain(
        "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
            .chars()
            .map(|c| format!("{stem}{c}")),
    );
    for candidate in candidates {
        if !simulation::code_taken(tx, &candidate).await? {
            return Ok(candidate);
        }
    }
    bail!("no free join code like {code}")
}

/// Stores a simulated game as the web layer would have, round by round. Returns its id and
/// join code.
async fn store(
    tx: &mut Conn,
    spec: &GameSpec,
    sim: &Simulated,
    cast: &[i64],
) -> anyhow::Result<(i64, String)> {
    let team_names: Vec<String> = spec.teams.iter().map(|t| t.name.to_string()).collect();
    let code = free_code(tx, spec.code).await?;
    let mode = match spec.mode {
        Mode::Solo => "solo",
        Mode::Competitive => "competitive",
    };
    let id = simulation::create(
        tx,
        &NewGame {
            title: spec.title,
            scenario: spec.scenario,
            mode,
            rounds: i64::from(spec.rounds),
            teacher_id: cast[spec.teacher],
            join_code: &code,
            round_minutes: None,
            lang: spec.lang.code(),
            state_json: &sim.initial_json,
            team_names: &team_names,
        },
    )
    .await?;
    for (no, t) in spec.teams.iter().enumerate() {
        for &p in t.players {
            simulation::place_player(tx, id, cast[p], no as i64).await?;
        }
    }
    // The team member who sent a round's decisions: they take turns.
    let sender = |team: TeamId, round: usize| {
        let players = spec.teams[team.0 as usize].players;
        cast[players[round % players.len()]]
    };
    for (round, r) in sim.rounds.iter().enumerate() {
        let round_no = round as i64;
        for (team, d) in &r.decisions {
            let json = serde_json::to_string(d)?;
            let by = sender(*team, round);
            if !simulation::save_decisions(tx, id, i64::from(team.0), round_no, &json, by).await? {
                bail!("the demo game refused decisions for round {round_no}");
            }
        }
        let stored = simulation::store_round(
            tx,
            &PlayedRound {
                game_id: id,
                version: round_no,
                state_json: &r.state_json,
                round_no,
                finished: r.finished,
                deadline_at: None,
                reports: &r.reports,
            },
        )
        .await?;
        if !stored {
            bail!("the demo game refused round {round_no}");
        }
        if r.finished {
            let mut rows = Vec::new();
            for (user_id, team_no) in simulation::players_in(tx, id).await? {
                if let Some(json) = kept_summary(&sim.game, team_no)? {
                    rows.push((user_id, team_no, json));
                }
            }
            simulation::keep_competences(tx, id, &rows).await?;
        }
    }
    let current = i64::from(spec.played);
    for (team, d) in &sim.next {
        let json = serde_json::to_string(d)?;
        let by = sender(*team, spec.played as usize);
        if !simulation::save_decisions(tx, id, i64::from(team.0), current, &json, by).await? {
            bail!("the demo game refused decisions for the current round");
        }
    }
    for &(team, round, text) in spec.comments {
        simulation::add_comment(
            tx,
            id,
            i64::from(team),
            i64::from(round),
            cast[spec.teacher],
            text,
        )
        .await?;
    }
    Ok((id, code))
}

/// The ids of the demo people, in the order of [`PEOPLE`], if they are all there under their
/// names.
async fn find_cast(db: &Db) -> anyhow::Result<Option<Vec<i64>>> {
    let mut ids = Vec::new();
    for (email, name) in PEOPLE {
        match accounts::by_email(db, email).await? {
            Some(u) if u.display_name == *name => ids.push(u.id),
            _ => return Ok(None),
        }
    }
    Ok(Some(ids))
}

/// Loads the two demo games unless they are already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if settings::get(db, LOADED_KEY).await?.is_some() {
        println!("The business-simulation demo is already loaded.");
        return Ok(());
    }
    let Some(cast) = find_cast(db).await? else {
        println!(
            "The business-simulation demo needs the demo people as `bottega demo` makes them: skipped."
        );
        return Ok(());
    };
    // The engine first, outside the transaction: it is pure and fast.
    let games = [BAKERY, CARPENTRY];
    let simulated = games
        .iter()
        .map(simulate)
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut tx = db.begin().await?;
    if !settings::claim_once(&mut tx, LOADED_KEY).await? {
        println!("The business-simulation demo is already loaded.");
        return Ok(());
    }
    let mut stored = Vec::new();
    for (spec, sim) in games.iter().zip(&simulated) {
        stored.push(store(&mut tx, spec, sim, &cast).await?);
    }
    tx.commit().await.map_err(StorageError::from)?;
    println!(
        "Business-simulation demo loaded: two games taught by {} ({}).",
        PEOPLE[GIULIA].1, PEOPLE[GIULIA].0
    );
    for (spec, (id, code)) in games.iter().zip(&stored) {
        let state = if spec.played >= spec.rounds {
            "finished".to_string()
        } else {
            format!("round {} of {}", spec.played + 1, spec.rounds)
        };
        println!("  /simulations/{id}  {code}  {state:<14} {}", spec.title);
    }
    println!(
        "  Sign in as {} to decide for team Walnut, or to see the competences she kept.",
        PEOPLE[BESA].1
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_games_play_through_with_valid_decisions() {
        for spec in [BAKERY, CARPENTRY] {
            let sim = simulate(&spec).expect("the demo game plays");
            assert_eq!(sim.rounds.len(), spec.played as usize);
            assert_eq!(sim.game.is_finished(), spec.played == spec.rounds);
            assert_eq!(
                sim.next.keys().map(|t| t.0).collect::<Vec<_>>(),
                if sim.game.is_finished() {
                    Vec::new()
                } else {
                    spec.decided.to_vec()
                }
            );
            // Deterministic: the same seed plays the same game.
            let again = simulate(&spec).expect("the demo game plays again");
            assert_eq!(again.game, sim.game);
            for (i, t) in sim.game.teams().iter().enumerate() {
                if t.computer {
                    continue;
                }
                assert!(!t.company.bankrupt, "{} went bankrupt", spec.teams[i].name);
                assert!(t.history.iter().all(|r| r.submitted));
                assert!(t
                    .history
                    .iter()
                    .flat_map(|r| &r.answered)
                    .all(|a| !a.automatic && !a.justification.is_empty()));
            }
            if sim.game.is_finished() {
                for no in 0..spec.teams.len() as i64 {
                    let json = kept_summary(&sim.game, no).unwrap().expect("a team");
                    serde_json::from_str::<KeptSummary>(&json).expect("the profile reads it");
                }
            }
            // Comments are on rounds already played, of teams that exist.
            for &(team, round, _) in spec.comments {
                assert!((team as usize) < spec.teams.len() && round < spec.played);
            }
        }
    }

    #[test]
    fn every_style_answers_every_incident_of_its_scenario() {
        for spec in [BAKERY, CARPENTRY] {
            let scenario = Scenario::builtin(spec.scenario).unwrap();
            for t in spec.teams {
                for incident in &scenario.incidents {
                    let a = ANSWERS
                        .iter()
                        .find(|a| a.style == t.style && a.incident == incident.id)
                        .unwrap_or_else(|| {
                            panic!("{:?} has no answer to {}", t.style, incident.id)
                        });
                    assert!(
                        incident.responses.iter().any(|r| r.id == a.response),
                        "{} is no response to {}",
                        a.response,
                        incident.id
                    );
                    assert!(a.texts.iter().all(|x| !x.trim().is_empty()));
                }
            }
        }
    }

    #[test]
    fn join_codes_are_readable() {
        for spec in [BAKERY, CARPENTRY] {
            assert_eq!(spec.code.len(), 6);
            assert!(spec
                .code
                .chars()
                .all(|c| "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(c)));
        }
        // The people of the games are all in the demo.
        let all: Vec<&str> = PEOPLE.iter().map(|p| p.0).collect();
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
    }

    bottega_storage::engine_tests!(the_games_load_once_as_the_pages_read_them);

    async fn the_games_load_once_as_the_pages_read_them(t: bottega_storage::testing::TestDb) {
        let db = &t.db;
        crate::demo::load(db).await.unwrap();
        load(db).await.unwrap();
        // A second run finds the marker and adds nothing.
        load(db).await.unwrap();
        let cast = find_cast(db).await.unwrap().expect("the demo people");

        // The teacher teaches both and plays in neither.
        let teaching = simulation::mine(db, cast[GIULIA]).await.unwrap();
        assert_eq!(teaching.len(), 2);
        assert!(teaching.iter().all(|g| g.team_no.is_none()));

        let bakery = simulation::by_code(db, BAKERY.code).await.unwrap().unwrap();
        assert!(bakery.is_finished());
        assert_eq!((bakery.round_no, bakery.lang.as_str()), (6, "it"));
        let (version, json) = simulation::state(db, bakery.id).await.unwrap().unwrap();
        assert_eq!(version, 6);
        let game: Game = serde_json::from_str(&json).unwrap();
        assert!(game.is_finished());
        assert_eq!(
            simulation::figures(db, bakery.id, None)
                .await
                .unwrap()
                .len(),
            3 * 6
        );
        let report = simulation::report(db, bakery.id, 2, 5)
            .await
            .unwrap()
            .unwrap();
        serde_json::from_str::<bottega_sim::TeamReport>(&report).unwrap();
        for team in 0..3 {
            assert_eq!(
                simulation::comments(db, bakery.id, team)
                    .await
                    .unwrap()
                    .len(),
                1
            );
        }
        let players = simulation::players(db, bakery.id).await.unwrap();
        assert_eq!(players.len(), 6);
        for p in &players {
            let kept = simulation::competences_of(db, p.user_id).await.unwrap();
            let k = kept.iter().find(|k| k.game_id == bakery.id).unwrap();
            let summary: KeptSummary = serde_json::from_str(&k.summary_json).unwrap();
            assert!(!summary.justifications.is_empty());
        }

        let carpentry = simulation::by_code(db, CARPENTRY.code)
            .await
            .unwrap()
            .unwrap();
        assert!(!carpentry.is_finished());
        assert_eq!((carpentry.round_no, carpentry.lang.as_str()), (3, "en"));
        assert_eq!(
            (carpentry.round_minutes, carpentry.deadline_at),
            (None, None)
        );
        let decided: Vec<i64> = simulation::submitted(db, carpentry.id, 3)
            .await
            .unwrap()
            .iter()
            .map(|s| s.team_no)
            .collect();
        assert_eq!(decided, vec![0]);
        let (_, json) = simulation::state(db, carpentry.id).await.unwrap().unwrap();
        let game: Game = serde_json::from_str(&json).unwrap();
        let walnut = &game.team(TeamId(1)).unwrap().company;
        assert!(!walnut.pending_incidents.is_empty());

        // Besa plays in both: Walnut now, Crosta d'Oro before.
        let playing = simulation::mine(db, cast[BESA]).await.unwrap();
        assert_eq!(playing.len(), 2);
        assert_eq!(
            simulation::team_of(db, carpentry.id, cast[BESA])
                .await
                .unwrap(),
            Some(1)
        );
    }
}
