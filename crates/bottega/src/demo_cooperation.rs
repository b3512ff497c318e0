//! Demo data for the Cooperation section: partnerships with their agreements and joint action
//! plans, a twinning with activities in its four lots and a coaching log, and a reviewed
//! best-practice repository a newcomer can click through.
//!
//! - **"Skills for local jobs"** (English, active for eight months): the Istituto Professionale
//!   Leonardo (Bologna, proposed by Giulia Rossi), the Srednja stručna škola Mostar (Edin
//!   Hadžić) and the joinery Stolarija Kovač (Ana Kovač) on labour-market driven VET and
//!   teachers' competences, with a joint action plan: three objectives, activities owned by each
//!   partner in every status, milestones reached, missed and upcoming, and two indicators
//!   measured over months, so the progress view draws a line.
//! - **"Learning mobility and EU funding"** (English, active for six months): Balkan Skills
//!   Bridge (Skopje, proposed by Besa Gashi), the technical school of Durrës (Dritan Leka) and
//!   Ammattiopisto Pohjoisranta (Oulu, Aino Virtanen). It holds the **twinning** in which Oulu
//!   coaches Durrës: activities in all four lots (done, planned, one cancelled) with
//!   participants by category, places and evidence from the toolbox, and a coaching log
//!   written by both sides.
//! - **A proposal** (Spanish, nine days old) from Javier Martín's centre in Zaragoza, accepted by
//!   the Małopolska Craft Association and **waiting for Giulia Rossi** to answer for her school:
//!   the call to action of her Cooperation page.
//! - **The best-practice repository**: ten published practices in English, Italian, Spanish,
//!   Polish, Albanian and Turkish, each with every section of the template, descriptors and
//!   linked toolbox resources, reviewed by two reviewers from other organisations on the
//!   rubric, with labels and "adopted by" reports; one was revised once (version 2 published,
//!   history visible), one came from the archived Italian working group's outcome. One more is
//!   in review (one of two reviews in) and one is waiting for reviewers, so the editors' queue
//!   is not empty. **Pieter de Vries (`pieter.devries@bottega.example`) is made the
//!   best-practice editor** who assigned the reviewers and decided.
//!
//! Everything goes through the storage functions the pages use, in one transaction, so the
//! search outbox hears of every published practice. Those functions stamp rows with the
//! current time; the demo then moves its own rows back to the days the story tells, with plain
//! updates of those rows only. All dates are relative to today, so the demo always looks
//! current. A marker in the settings table makes it load once.

use std::collections::HashMap;

use anyhow::{bail, Context};
use bottega_domain::{
    Competence, Country, Language, PracticeLabel, Sector, SiteRole, TargetGroup, Theme, TwinningLot,
};
use bottega_storage::cooperation::partnerships::{self, Terms};
use bottega_storage::cooperation::plans::{self, ActivityFields, IndicatorFields, MilestoneFields};
use bottega_storage::cooperation::practices::{self, Section, Template};
use bottega_storage::cooperation::twinnings::{self, LogFields, TwinningFields};
use bottega_storage::cooperation::{practice_docs, reviews};
use bottega_storage::{accounts, directory, settings, Conn, Db, StorageError};

use crate::demo_time::{ago, exec, Ago, Clock};

use Competence as K;
use Country as C;
use Language as L;
use Sector as S;
use TargetGroup as G;
use Theme as H;

/// The settings key that records that the cooperation demo is in the database.
const LOADED_KEY: &str = "demo_cooperation_loaded";

// ---- The people and organisations -------------------------------------------------------------

/// The demo people who take part: e-mail address and name (checked against the account).
const PEOPLE: &[(&str, &str)] = &[
    ("giulia.rossi@bottega.example", "Giulia Rossi"),
    ("edin.hadzic@bottega.example", "Edin Hadžić"),
    ("ana.kovac@bottega.example", "Ana Kovač"),
    ("besa.gashi@bottega.example", "Besa Gashi"),
    ("dritan.leka@bottega.example", "Dritan Leka"),
    ("aino.virtanen@bottega.example", "Aino Virtanen"),
    ("javier.martin@bottega.example", "Javier Martín"),
    ("marta.nowak@bottega.example", "Marta Nowak"),
    ("pieter.devries@bottega.example", "Pieter de Vries"),
    ("sofia.esposito@bottega.example", "Sofia Esposito"),
    (
        "katarzyna.wisniewska@bottega.example",
        "Katarzyna Wiśniewska",
    ),
    ("mehmet.yilmaz@bottega.example", "Mehmet Yılmaz"),
    ("jelena.markovic@bottega.example", "Jelena Marković"),
    ("nina.zupan@bottega.example", "Nina Zupan"),
    ("arben.krasniqi@bottega.example", "Arben Krasniqi"),
];

const GIULIA: usize = 0;
const EDIN: usize = 1;
const ANA: usize = 2;
const BESA: usize = 3;
const DRITAN: usize = 4;
const AINO: usize = 5;
const JAVIER: usize = 6;
const MARTA: usize = 7;
const PIETER: usize = 8;
const SOFIA: usize = 9;
const KASIA: usize = 10;
const MEHMET: usize = 11;
const JELENA: usize = 12;
const NINA: usize = 13;
const ARBEN: usize = 14;

/// The best-practice editor of the demo: assigns reviewers, decides, awards labels.
const EDITOR: usize = PIETER;

/// The demo organisations that take part, by name (found by the directory address made from
/// it), and the person of [`PEOPLE`] who belongs to each and answers or writes for it.
const ORGS: &[(&str, usize)] = &[
    ("Istituto Professionale Leonardo", GIULIA),
    ("Centro de Formación Profesional Río Ebro", JAVIER),
    ("Shkolla Profesionale Teknike Durrës", DRITAN),
    ("Srednja stručna škola Mostar", EDIN),
    ("Ammattiopisto Pohjoisranta", AINO),
    ("Šolski center Savinja", NINA),
    ("Stolarija Kovač", ANA),
    ("Forno Bianchi", SOFIA),
    ("Małopolska Craft Association", MARTA),
    ("Sindikata e Arsimit Prishtinë", ARBEN),
    ("VET Agency of Montenegro", JELENA),
    ("Genç Zanaatkârlar Derneği", MEHMET),
    ("Balkan Skills Bridge", BESA),
];

const LEONARDO: usize = 0;
const RIO_EBRO: usize = 1;
const DURRES: usize = 2;
const MOSTAR: usize = 3;
const OULU: usize = 4;
const SAVINJA: usize = 5;
const KOVAC: usize = 6;
const FORNO: usize = 7;
const MALOPOLSKA: usize = 8;
const SINDIKATA: usize = 9;
const AGENCY: usize = 10;
const GENC: usize = 11;
const BRIDGE: usize = 12;

// ---- Partnerships -----------------------------------------------------------------------------

/// An organisation's answer to a proposal: who answered, when, and who signs.
struct Answer {
    by: usize,
    at: Ago,
    signatory: &'static str,
    role: &'static str,
}

struct PlanActivity {
    title: &'static str,
    owner: usize,
    /// The person who leads it at the owner organisation, as written.
    lead: &'static str,
    /// Days from today.
    starts: i64,
    ends: i64,
    status: &'static str,
    created: Ago,
    updated: Ago,
}

struct Milestone {
    title: &'static str,
    /// Days from today.
    due: i64,
    status: &'static str,
    /// Days from today, for reached milestones.
    reached: Option<i64>,
    created: Ago,
}

/// A measured value: days from today (in the past), value, note, who recorded it.
struct Measure {
    on: i64,
    value: f64,
    note: &'static str,
    by: usize,
}

struct Indicator {
    name: &'static str,
    unit: &'static str,
    baseline: f64,
    target: f64,
    created: Ago,
    values: &'static [Measure],
}

struct Objective {
    title: &'static str,
    description: &'static str,
    created: Ago,
    activities: &'static [PlanActivity],
    milestones: &'static [Milestone],
    indicators: &'static [Indicator],
}

struct PartnershipSpec {
    title: &'static str,
    purpose: &'static str,
    commitments: &'static str,
    lang: Language,
    themes: &'static [Theme],
    /// Days from today.
    starts: i64,
    ends: i64,
    proposer: usize,
    from_org: usize,
    created: Ago,
    /// Who signs for the proposing organisation: name and role.
    signs: (&'static str, &'static str),
    /// The other organisations and their answers; `None` is still waiting.
    parties: &'static [(usize, Option<Answer>)],
    plan: &'static [Objective],
}

const SKILLS: PartnershipSpec = PartnershipSpec {
    title: "Skills for local jobs: school and workshop together in Bologna, Mostar and Varaždin",
    purpose: r#"Three organisations with one question: **how does a vocational school keep up with what local workplaces need?** The Istituto Professionale Leonardo in Bologna and the Srednja stručna škola Mostar train cooks, bakers, metalworkers and joiners; Stolarija Kovač in Varaždin is a family joinery that takes apprentices every year.

Over three years we want to:

- ask local employers every year which skills they miss in young people, and change our programmes with them;
- send workshop teachers back into companies for short placements, so that they teach what today's workshops do;
- share what works with other schools of the Western Balkans and the EU."#,
    commitments: r#"- **Istituto Professionale Leonardo** coordinates the yearly employer survey, hosts teachers from Mostar and leads the peer-coaching circles for workshop teachers.
- **Srednja stručna škola Mostar** reviews its woodwork curriculum with the partners, sends two teachers a year on company placements and reports its graduates' employment every autumn.
- **Stolarija Kovač** hosts two-week teacher placements (up to four teachers a year), sits on the employer advisory board and comments on every curriculum change from the workshop's point of view.
- All partners meet online every two months, keep the action plan on Bottega up to date and publish their results under CC BY."#,
    lang: L::En,
    themes: &[H::LabourMarket, H::TeacherCompetences, H::Didactics],
    starts: -240,
    ends: 855,
    proposer: GIULIA,
    from_org: LEONARDO,
    created: ago(262, 9),
    signs: ("Paola Ferri", "Dirigente scolastica (school principal)"),
    parties: &[
        (
            MOSTAR,
            Some(Answer {
                by: EDIN,
                at: ago(255, 11),
                signatory: "Senad Begić",
                role: "Direktor škole (school principal)",
            }),
        ),
        (
            KOVAC,
            Some(Answer {
                by: ANA,
                at: ago(250, 8),
                signatory: "Ivan Kovač",
                role: "Owner and managing director",
            }),
        ),
    ],
    plan: &[
        Objective {
            title: "Programmes that follow what local employers need",
            description: "Every year we ask the companies around our schools which skills they \
                miss, and the curriculum changes with their answers.",
            created: ago(248, 10),
            activities: &[
                PlanActivity {
                    title: "Skills-needs survey of 40 local companies",
                    owner: LEONARDO,
                    lead: "Giulia Rossi",
                    starts: -230,
                    ends: -170,
                    status: plans::DONE,
                    created: ago(248, 10),
                    updated: ago(168, 15),
                },
                PlanActivity {
                    title: "Joint review of the woodwork curriculum with the joinery",
                    owner: MOSTAR,
                    lead: "Edin Hadžić",
                    starts: -120,
                    ends: 45,
                    status: plans::ONGOING,
                    created: ago(247, 9),
                    updated: ago(118, 11),
                },
                PlanActivity {
                    title: "Employer advisory board: first meeting with six local companies",
                    owner: KOVAC,
                    lead: "Ana Kovač",
                    starts: 75,
                    ends: 75,
                    status: plans::PLANNED,
                    created: ago(247, 9),
                    updated: ago(247, 9),
                },
            ],
            milestones: &[
                Milestone {
                    title: "Survey results presented to the three schools' staff",
                    due: -160,
                    status: plans::REACHED,
                    reached: Some(-163),
                    created: ago(248, 10),
                },
                Milestone {
                    title: "Revised woodwork curriculum approved by the school board in Mostar",
                    due: 60,
                    status: plans::PLANNED,
                    reached: None,
                    created: ago(247, 9),
                },
            ],
            indicators: &[Indicator {
                name: "Graduates working in their trade six months after the final exam",
                unit: "%",
                baseline: 48.0,
                target: 65.0,
                created: ago(248, 11),
                values: &[
                    Measure {
                        on: -235,
                        value: 48.0,
                        note: "Class of last year, all three schools together (baseline).",
                        by: GIULIA,
                    },
                    Measure {
                        on: -150,
                        value: 52.0,
                        note: "First follow-up calls; Mostar counted apprentices kept on by \
                               their company.",
                        by: EDIN,
                    },
                    Measure {
                        on: -75,
                        value: 55.0,
                        note: "Second round of follow-up calls.",
                        by: GIULIA,
                    },
                    Measure {
                        on: -12,
                        value: 58.0,
                        note: "Latest count; the bakery class in Bologna is at 71%.",
                        by: GIULIA,
                    },
                ],
            }],
        },
        Objective {
            title: "Teachers who know today's workplaces",
            description: "Workshop teachers spend time in companies and learn from each other, \
                so that what they teach matches what apprentices meet at work.",
            created: ago(248, 10),
            activities: &[
                PlanActivity {
                    title: "Two-week teacher placements at Stolarija Kovač",
                    owner: KOVAC,
                    lead: "Ana Kovač",
                    starts: -200,
                    ends: 120,
                    status: plans::ONGOING,
                    created: ago(248, 10),
                    updated: ago(40, 9),
                },
                PlanActivity {
                    title: "Peer-coaching circles for workshop teachers (three rounds)",
                    owner: LEONARDO,
                    lead: "Giulia Rossi",
                    starts: -210,
                    ends: -60,
                    status: plans::DONE,
                    created: ago(248, 10),
                    updated: ago(58, 16),
                },
                PlanActivity {
                    title: "Teacher exchange week Bologna–Mostar",
                    owner: MOSTAR,
                    lead: "Edin Hadžić",
                    starts: 30,
                    ends: 35,
                    status: plans::PLANNED,
                    created: ago(200, 14),
                    updated: ago(200, 14),
                },
                PlanActivity {
                    title: "Online course on CNC programming for woodwork teachers",
                    owner: LEONARDO,
                    lead: "Giulia Rossi",
                    starts: -100,
                    ends: -40,
                    status: plans::CANCELLED,
                    created: ago(230, 9),
                    updated: ago(105, 10),
                },
            ],
            milestones: &[
                Milestone {
                    title: "First six teachers complete a company placement",
                    due: -45,
                    status: plans::MISSED,
                    reached: None,
                    created: ago(248, 10),
                },
                Milestone {
                    title: "Mid-term review with all partners",
                    due: 20,
                    status: plans::PLANNED,
                    reached: None,
                    created: ago(248, 10),
                },
            ],
            indicators: &[Indicator {
                name: "Teachers who completed a company placement",
                unit: "teachers",
                baseline: 0.0,
                target: 12.0,
                created: ago(248, 11),
                values: &[
                    Measure {
                        on: -180,
                        value: 2.0,
                        note: "Two woodwork teachers from Mostar at the joinery.",
                        by: ANA,
                    },
                    Measure {
                        on: -120,
                        value: 3.0,
                        note: "One pastry teacher from Bologna at a partner bakery.",
                        by: GIULIA,
                    },
                    Measure {
                        on: -50,
                        value: 4.0,
                        note: "Behind plan: two placements were postponed because of the final \
                               exams.",
                        by: ANA,
                    },
                    Measure {
                        on: -15,
                        value: 7.0,
                        note: "Three more teachers completed their two weeks at the joinery.",
                        by: EDIN,
                    },
                ],
            }],
        },
        Objective {
            title: "Share what works",
            description: "What the partnership learns goes to the best-practice repository and \
                the toolbox, in English and in our own languages.",
            created: ago(246, 16),
            activities: &[PlanActivity {
                title: "Write up the teacher placements as a best practice",
                owner: MOSTAR,
                lead: "Edin Hadžić",
                starts: -125,
                ends: -120,
                status: plans::DONE,
                created: ago(246, 16),
                updated: ago(120, 12),
            }],
            milestones: &[Milestone {
                title: "Practice published in the best-practice repository",
                due: -90,
                status: plans::REACHED,
                reached: Some(-104),
                created: ago(246, 16),
            }],
            indicators: &[],
        },
    ],
};

const MOBILITY: PartnershipSpec = PartnershipSpec {
    title: "Learning mobility and EU funding for VET schools in Albania and North Macedonia",
    purpose: r#"Balkan Skills Bridge (Skopje) brings together a technical school in Durrës and a vocational college in Oulu with long experience of work-based learning and Erasmus+ mobility. The partnership exists so that **the school in Durrës learns to plan, fund and run learning mobility on its own**:

- a twinning in which Ammattiopisto Pohjoisranta coaches Shkolla Profesionale Teknike Durrës on apprenticeships with local companies;
- a first Erasmus+ application written by the Durrës staff, with Balkan Skills Bridge checking the budget and the partners the learning outcomes;
- a pilot mobility of electrical students to Oulu, and a network of schools in the region that want to do the same."#,
    commitments: r#"- **Balkan Skills Bridge** coordinates, keeps the budget and the action plan, and organises the events in the region.
- **Ammattiopisto Pohjoisranta** coaches: it hosts job shadowing, trains the company mentors of the Durrës school and finds workplaces in Oulu for the pilot students.
- **Shkolla Profesionale Teknike Durrës** names a mobility coordinator, finds local companies for apprenticeships and writes the Erasmus+ application with the partners' help.
- The partners write the coaching log after every meeting and report their results on Bottega."#,
    lang: L::En,
    themes: &[H::EuFunding, H::Mobility, H::DualLearning],
    starts: -180,
    ends: 550,
    proposer: BESA,
    from_org: BRIDGE,
    created: ago(200, 10),
    signs: ("Besa Gashi", "Executive director"),
    parties: &[
        (
            DURRES,
            Some(Answer {
                by: DRITAN,
                at: ago(194, 14),
                signatory: "Albana Muça",
                role: "Drejtoreshë e shkollës (school principal)",
            }),
        ),
        (
            OULU,
            Some(Answer {
                by: AINO,
                at: ago(190, 9),
                signatory: "Markku Lehtonen",
                role: "Rector",
            }),
        ),
    ],
    plan: &[Objective {
        title: "A school that runs learning mobility on its own",
        description: "By the end of the partnership the Durrës school plans, funds and runs \
            its students' mobility without outside help.",
        created: ago(186, 10),
        activities: &[
            PlanActivity {
                title: "Erasmus+ accreditation application written by the Durrës team",
                owner: DURRES,
                lead: "Dritan Leka",
                starts: -60,
                ends: 40,
                status: plans::ONGOING,
                created: ago(186, 10),
                updated: ago(58, 12),
            },
            PlanActivity {
                title: "Budget and partner check of the application",
                owner: BRIDGE,
                lead: "Besa Gashi",
                starts: 30,
                ends: 38,
                status: plans::PLANNED,
                created: ago(186, 10),
                updated: ago(186, 10),
            },
            PlanActivity {
                title: "Twinning with Ammattiopisto Pohjoisranta (four lots)",
                owner: OULU,
                lead: "Aino Virtanen",
                starts: -170,
                ends: 380,
                status: plans::ONGOING,
                created: ago(186, 10),
                updated: ago(170, 10),
            },
        ],
        milestones: &[
            Milestone {
                title: "Mobility coordinator named in Durrës",
                due: -150,
                status: plans::REACHED,
                reached: Some(-158),
                created: ago(186, 10),
            },
            Milestone {
                title: "Application submitted to the national agency",
                due: 40,
                status: plans::PLANNED,
                reached: None,
                created: ago(186, 10),
            },
        ],
        indicators: &[Indicator {
            name: "Durrës staff trained in planning and running mobility projects",
            unit: "people",
            baseline: 0.0,
            target: 10.0,
            created: ago(186, 11),
            values: &[
                Measure {
                    on: -115,
                    value: 5.0,
                    note: "After the job-shadowing week in Oulu.",
                    by: DRITAN,
                },
                Measure {
                    on: -40,
                    value: 6.0,
                    note: "The new mobility coordinator took the online course.",
                    by: BESA,
                },
                Measure {
                    on: -6,
                    value: 8.0,
                    note: "Two workshop teachers joined the application team.",
                    by: DRITAN,
                },
            ],
        }],
    }],
};

const DUAL_CRAFTS: PartnershipSpec = PartnershipSpec {
    title: "FP dual en talleres artesanos: Zaragoza, Cracovia y Bolonia",
    purpose: r#"Proponemos una asociación de tres años entre un centro de FP dual, una asociación de artesanos y una escuela profesional para **llevar la formación dual a los talleres pequeños**, donde el aprendiz es a menudo el único de la empresa.

Queremos comparar cómo se forma a los tutores de empresa en España, Polonia e Italia, preparar juntos una formación corta para tutores de talleres artesanos y organizar intercambios de profesorado entre los tres países."#,
    commitments: r#"- **CFP Río Ebro** coordina la asociación y prepara la formación para tutores a partir de su plan de formación individual para aprendices.
- **Małopolska Craft Association** aporta su experiencia con los exámenes de oficial y pone en contacto a los talleres de la región.
- **Istituto Professionale Leonardo** acoge el primer intercambio de profesorado y prueba la formación con los tutores de sus panaderías colaboradoras."#,
    lang: L::Es,
    themes: &[H::DualLearning, H::TeacherCompetences],
    starts: 30,
    ends: 760,
    proposer: JAVIER,
    from_org: RIO_EBRO,
    created: ago(9, 10),
    signs: ("Javier Martín", "Coordinador de FP dual"),
    parties: &[
        (
            MALOPOLSKA,
            Some(Answer {
                by: MARTA,
                at: ago(6, 12),
                signatory: "Tadeusz Wójcik",
                role: "Prezes (president)",
            }),
        ),
        (LEONARDO, None),
    ],
    plan: &[],
};

const PARTNERSHIPS: [&PartnershipSpec; 3] = [&SKILLS, &MOBILITY, &DUAL_CRAFTS];

// ---- The twinning -----------------------------------------------------------------------------

/// A toolbox resource of the sharing demo: who deposited it, and its title. The sharing demo
/// keeps no names of its own for its resources, so one is found by its owner and exact title
/// together; one that is not there is left out and named in the summary.
#[derive(Debug, Clone, Copy)]
struct Res {
    owner: usize,
    title: &'static str,
}

const fn res(owner: usize, title: &'static str) -> Res {
    Res { owner, title }
}

const GUIDE_DUAL_SQ: Res = res(
    DRITAN,
    "Udhëzues për arsimin profesional dual: si të nisë një shkollë bashkëpunimin me bizneset",
);
const REMOTE_MENTORING: Res = res(
    AINO,
    "Remote mentoring of apprentices: a guide for workplace instructors",
);
const TWINNING_GUIDE: Res = res(
    BESA,
    "Twinning VET schools of the Western Balkans and the EU: a step-by-step guide",
);
const TWINNING_PLAN_SQ: Res = res(
    ARBEN,
    "Plan veprimi për binjakëzimin e një shkolle profesionale me një shkollë në BE",
);
const KA1_TOOLKIT: Res = res(
    MARTA,
    "Erasmus+ KA1 mobility toolkit for craft schools and workshops",
);
const PANEL_WORKSHEET: Res = res(
    DRITAN,
    "Fletë pune: montimi i panelit elektrik të një banese",
);

struct TwActivity {
    title: &'static str,
    description: &'static str,
    /// Days from today.
    starts: i64,
    ends: i64,
    place: &'static str,
    status: &'static str,
    participants: &'static [(TargetGroup, i64)],
    evidence: &'static [Res],
    by: usize,
    created: Ago,
    updated: Ago,
}

struct LotSpec {
    lot: TwinningLot,
    status: &'static str,
    note: &'static str,
    updated: Ago,
    activities: &'static [TwActivity],
}

struct LogSpec {
    /// The side that writes (an index of [`ORGS`]) and its author.
    org: usize,
    by: usize,
    /// Days from today (in the past).
    held: i64,
    topic: &'static str,
    agreed: &'static str,
    next_steps: &'static str,
}

struct TwinningSpec {
    /// The partnership it belongs to, an index of [`PARTNERSHIPS`].
    partnership: usize,
    coaching: usize,
    coached: usize,
    title: &'static str,
    description: &'static str,
    lang: Language,
    /// Days from today.
    starts: i64,
    ends: i64,
    by: usize,
    created: Ago,
    lots: &'static [LotSpec],
    log: &'static [LogSpec],
}

const TWINNING: TwinningSpec = TwinningSpec {
    partnership: 1,
    coaching: OULU,
    coached: DURRES,
    title: "Apprenticeships with local companies: Oulu coaches Durrës",
    description: r#"Ammattiopisto Pohjoisranta has run apprenticeships with local companies for twenty years; Shkolla Profesionale Teknike Durrës wants its electrical and ICT students to learn at real workplaces, not only in the school workshop. For eighteen months Oulu coaches Durrës in four lots:

1. **Staff mobility and skills acquisition**: Durrës teachers shadow Oulu colleagues and workplace instructors; Oulu trains the mentors of the companies in Durrës.
2. **Events and conferences**: a kick-off with local employers in Durrës and a regional conference in Tirana.
3. **Pilot mobility of students**: six electrical students spend three weeks at companies in Oulu.
4. **Networking**: an online peer group of electrical teachers, and a regional network of schools that start apprenticeships."#,
    lang: L::En,
    starts: -170,
    ends: 380,
    by: AINO,
    created: ago(172, 10),
    lots: &[
        LotSpec {
            lot: TwinningLot::StaffMobility,
            status: twinnings::IN_PROGRESS,
            note: "Job shadowing done; the mentor training in Durrës is next.",
            updated: ago(100, 9),
            activities: &[
                TwActivity {
                    title: "Job shadowing in Oulu: apprenticeship coordination and workplace assessment",
                    description: "Four teachers and the deputy head of the Durrës school spent a \
                        week with Oulu's apprenticeship coordinators: visits to six companies, \
                        assessment talks with students and their instructors, and a day on how \
                        Finnish qualifications describe what is learnt at work.",
                    starts: -120,
                    ends: -114,
                    place: "Oulu, Finland",
                    status: twinnings::DONE,
                    participants: &[(G::VetTeachers, 4), (G::SchoolLeaders, 1)],
                    evidence: &[GUIDE_DUAL_SQ, REMOTE_MENTORING],
                    by: AINO,
                    created: ago(140, 10),
                    updated: ago(110, 15),
                },
                TwActivity {
                    title: "Training for the company mentors of Durrës apprentices",
                    description: "Two Oulu instructors train the mentors of the companies that \
                        take Durrës apprentices: planning tasks, giving feedback, assessing at \
                        the workplace. Two days, in English with interpretation into Albanian.",
                    starts: 25,
                    ends: 26,
                    place: "Durrës, Albania",
                    status: twinnings::PLANNED,
                    participants: &[(G::InCompanyTrainers, 10), (G::VetTeachers, 3)],
                    evidence: &[],
                    by: DRITAN,
                    created: ago(30, 11),
                    updated: ago(30, 11),
                },
            ],
        },
        LotSpec {
            lot: TwinningLot::Events,
            status: twinnings::IN_PROGRESS,
            note: "Kick-off held; the regional conference is planned with the ministry.",
            updated: ago(58, 10),
            activities: &[
                TwActivity {
                    title: "Kick-off with local employers: apprenticeships in the electrical trade",
                    description: "Half a day at the chamber of commerce: the school presented \
                        the twinning, Oulu explained how Finnish companies take apprentices, and \
                        fourteen employers said what they would need to take one.",
                    starts: -150,
                    ends: -150,
                    place: "Durrës, Chamber of Commerce",
                    status: twinnings::DONE,
                    participants: &[
                        (G::Employers, 14),
                        (G::VetTeachers, 18),
                        (G::PolicyMakers, 2),
                        (G::Learners, 20),
                    ],
                    evidence: &[TWINNING_GUIDE, TWINNING_PLAN_SQ],
                    by: DRITAN,
                    created: ago(165, 9),
                    updated: ago(148, 17),
                },
                TwActivity {
                    title: "Study visit to the national skills competition in Finland",
                    description: "Cancelled: the dates clashed with the state exams in Albania. \
                        Two teachers followed the finals online instead.",
                    starts: -60,
                    ends: -58,
                    place: "Tampere, Finland",
                    status: twinnings::CANCELLED,
                    participants: &[(G::VetTeachers, 3)],
                    evidence: &[],
                    by: AINO,
                    created: ago(130, 14),
                    updated: ago(80, 9),
                },
                TwActivity {
                    title: "Regional conference in Tirana: what apprenticeships need from schools and companies",
                    description: "The closing event of the twinning, with the ministry and the \
                        chambers: results of the pilot, the mentors' view, and how other schools \
                        can start.",
                    starts: 300,
                    ends: 300,
                    place: "Tirana, Albania",
                    status: twinnings::PLANNED,
                    participants: &[
                        (G::VetTeachers, 60),
                        (G::Employers, 30),
                        (G::SchoolLeaders, 15),
                        (G::PolicyMakers, 10),
                    ],
                    evidence: &[],
                    by: DRITAN,
                    created: ago(58, 10),
                    updated: ago(58, 10),
                },
            ],
        },
        LotSpec {
            lot: TwinningLot::StudentMobility,
            status: twinnings::IN_PROGRESS,
            note: "Host companies found for four of the six students; travel is booked once the \
                   last two are confirmed.",
            updated: ago(7, 14),
            activities: &[
                TwActivity {
                    title: "Preparation course for the pilot students",
                    description: "Workplace safety, English for the workshop and what to expect \
                        in a Finnish company: six afternoons in Durrës, two of them online with \
                        Oulu students.",
                    starts: -20,
                    ends: -6,
                    place: "Durrës, and online with Oulu",
                    status: twinnings::DONE,
                    participants: &[(G::Learners, 6), (G::VetTeachers, 2)],
                    evidence: &[KA1_TOOLKIT],
                    by: DRITAN,
                    created: ago(35, 9),
                    updated: ago(5, 16),
                },
                TwActivity {
                    title: "Pilot mobility: six electrical students at companies in Oulu",
                    description: "Three weeks of work-based learning at electrical contractors \
                        in Oulu, with an accompanying teacher for the first week and weekly \
                        assessment talks with the instructors.",
                    starts: 60,
                    ends: 81,
                    place: "Oulu, Finland",
                    status: twinnings::PLANNED,
                    participants: &[(G::Learners, 6), (G::VetTeachers, 2)],
                    evidence: &[],
                    by: AINO,
                    created: ago(50, 12),
                    updated: ago(7, 14),
                },
            ],
        },
        LotSpec {
            lot: TwinningLot::Networking,
            status: twinnings::COMPLETED,
            note: "The peer group now runs on its own; the school has joined the regional \
                   network of apprenticeship schools.",
            updated: ago(44, 10),
            activities: &[
                TwActivity {
                    title: "Online peer group of electrical teachers (monthly)",
                    description: "One hour a month: a teacher from Oulu or Durrës shows a task \
                        from their workshop and the others discuss how they assess it.",
                    starts: -140,
                    ends: -20,
                    place: "Online",
                    status: twinnings::DONE,
                    participants: &[(G::VetTeachers, 9)],
                    evidence: &[PANEL_WORKSHEET],
                    by: AINO,
                    created: ago(145, 13),
                    updated: ago(19, 12),
                },
                TwActivity {
                    title: "Joining the regional network of apprenticeship schools",
                    description: "The school presented its plan at the network's members' \
                        meeting and was accepted as a member.",
                    starts: -45,
                    ends: -45,
                    place: "Skopje, North Macedonia",
                    status: twinnings::DONE,
                    participants: &[(G::SchoolLeaders, 1), (G::VetTeachers, 2)],
                    evidence: &[],
                    by: DRITAN,
                    created: ago(70, 9),
                    updated: ago(44, 10),
                },
            ],
        },
    ],
    log: &[
        LogSpec {
            org: OULU,
            by: AINO,
            held: -165,
            topic: "Kick-off call: what Durrës wants from the twinning",
            agreed: "- Durrës starts with electrical installation; ICT follows in the second \
                     year.\n- Dritan Leka is the contact person in Durrës, Aino Virtanen in Oulu.\n\
                     - The job-shadowing week in Oulu takes place within two months.",
            next_steps: "- Dritan sends the list of local companies that already take students \
                         for short practice.\n- Aino proposes dates and a programme for the \
                         job-shadowing week.",
        },
        LogSpec {
            org: DURRES,
            by: DRITAN,
            held: -130,
            topic: "Programme of the job-shadowing week",
            agreed: "Five people travel: four teachers and the deputy head. Each of them follows \
                     one Oulu apprenticeship coordinator for two days and visits companies with \
                     them; the last day is for a plan of what we change first.",
            next_steps: "- Book travel by the end of the month.\n- Each teacher prepares three \
                         questions about assessment at the workplace.",
        },
        LogSpec {
            org: OULU,
            by: AINO,
            held: -105,
            topic: "After the job shadowing: what Durrës changes first",
            agreed: "Three changes before the next school year:\n\n1. a written learning \
                     agreement for every student placement;\n2. a half-day briefing for company \
                     mentors before the students arrive;\n3. a teacher visits each student at \
                     the workplace every two weeks.",
            next_steps: "- Oulu sends its learning agreement template in English.\n- Durrës \
                         adapts it and tries it with two companies.",
        },
        LogSpec {
            org: DURRES,
            by: DRITAN,
            held: -50,
            topic: "Choosing the pilot students and host companies",
            agreed: "Six second-year students of electrical installation were chosen on \
                     motivation, attendance and a short interview in English. Oulu has found \
                     four host companies and looks for two more.",
            next_steps: "- Parents' meeting in Durrës about the pilot.\n- Preparation course \
                         starts in a month.",
        },
        LogSpec {
            org: OULU,
            by: AINO,
            held: -12,
            topic: "Preparing the mentor training in Durrës",
            agreed: "The training takes two days: one on planning tasks and feedback, one on \
                     assessment with real student work. Each company sends the person who will \
                     actually work with the apprentice, not the manager.",
            next_steps: "- Dritan confirms the room and the interpreter.\n- Aino sends the \
                         programme and the reading for the mentors a week before.",
        },
    ],
};

// ---- The best-practice repository -------------------------------------------------------------

/// The eight sections of the practice template, in its order.
struct Texts {
    summary: &'static str,
    context: &'static str,
    problem: &'static str,
    practice: &'static str,
    resources: &'static str,
    results: &'static str,
    transferability: &'static str,
    lessons: &'static str,
}

impl Texts {
    fn all(&self) -> [&'static str; 8] {
        [
            self.summary,
            self.context,
            self.problem,
            self.practice,
            self.resources,
            self.results,
            self.transferability,
            self.lessons,
        ]
    }
}

/// A reviewer's work on a version: scores and comments in the order of the rubric
/// (`PracticeCriterion::ALL`), the overall advice, and when it was handed in (`None` while the
/// reviewer is still at it).
struct ReviewSpec {
    by: usize,
    scores: [i64; 5],
    comments: [&'static str; 5],
    summary: &'static str,
    lang: Language,
    submitted: Option<Ago>,
}

/// The editor's decision on a version.
struct DecisionSpec {
    decision: &'static str,
    note: &'static str,
    at: Ago,
}

struct VersionSpec {
    title: &'static str,
    texts: Texts,
    change_note: &'static str,
    written: Ago,
    /// When the editor assigned the reviewers; `None` while it waits for them.
    assigned: Option<Ago>,
    reviews: &'static [ReviewSpec],
    decision: Option<DecisionSpec>,
}

/// Someone reporting that their organisation adopted a published practice.
struct AdoptionSpec {
    by: usize,
    org: usize,
    country: Country,
    lang: Language,
    how: &'static str,
    at: Ago,
}

struct PracticeSpec {
    by: usize,
    /// The organisation it is submitted for, an index of [`ORGS`].
    org: usize,
    /// Whether it comes from the outcome of the archived Italian working group (and links the
    /// outcome's toolbox resource).
    from_group: bool,
    lang: Language,
    eqf: Option<i64>,
    themes: &'static [Theme],
    sectors: &'static [Sector],
    countries: &'static [Country],
    competences: &'static [Competence],
    resources: &'static [Res],
    versions: &'static [VersionSpec],
    labels: &'static [(PracticeLabel, Ago)],
    adoptions: &'static [AdoptionSpec],
}

const fn review(
    by: usize,
    scores: [i64; 5],
    comments: [&'static str; 5],
    summary: &'static str,
    lang: Language,
    submitted: Ago,
) -> ReviewSpec {
    ReviewSpec {
        by,
        scores,
        comments,
        summary,
        lang,
        submitted: Some(submitted),
    }
}

const fn accept(note: &'static str, at: Ago) -> Option<DecisionSpec> {
    Some(DecisionSpec {
        decision: reviews::ACCEPT,
        note,
        at,
    })
}

const PEER_COACHING: PracticeSpec = PracticeSpec {
    by: AINO,
    org: OULU,
    from_group: false,
    lang: L::En,
    eqf: Some(4),
    themes: &[H::TeacherCompetences, H::Didactics],
    sectors: &[S::Health, S::Education],
    countries: &[C::Fi],
    competences: &[K::LifeLearning, K::LifeSocial],
    resources: &[REMOTE_MENTORING],
    versions: &[VersionSpec {
        title: "Peer-coaching circles for new VET teachers",
        texts: Texts {
            summary: "New teachers of our vocational college meet in small circles of four, with \
                an experienced teacher as coach, every three weeks during their first year. Each \
                meeting starts from a real situation in someone's workshop or ward and ends with \
                one thing each teacher will try before the next meeting.",
            context: "Ammattiopisto Pohjoisranta in Oulu trains about 2,800 students in health \
                care, ICT and energy. Most of our new teachers come straight from working life: \
                nurses, electricians, programmers. They know their trade well but have had \
                little teacher training, and many start teaching in the middle of a school year.",
            problem: "New teachers told us they felt alone with difficult situations: a student \
                who does not turn up at the placement, a group that will not start working, an \
                assessment talk that goes wrong. Our induction covered rules and systems but not \
                these everyday questions, and two new teachers in ten left within two years.",
            practice: "- Circles of **four new teachers and one coach**, mixed across fields, so \
                that nobody is judged by a colleague of their own team.\n\
                - **Every three weeks, 90 minutes**, in working time: the college pays the \
                hours.\n\
                - Every meeting follows the same steps: one teacher tells a situation (10 \
                minutes), the others only ask questions (15), everyone suggests what they would \
                try (20), the teacher chooses one idea (5). The rest of the time goes to a \
                second situation.\n\
                - At the next meeting the teacher tells what happened.\n\
                - Coaches are experienced teachers with a two-day training; they meet each other \
                once a term.",
            resources: "- 90 minutes every three weeks for each participant and coach, about 18 \
                hours a year each.\n\
                - Two days of training for each new coach, given by our own staff.\n\
                - A quiet room, or a video call for teachers at placement sites.\n\
                - A one-page guide with the steps and the ground rules (what is said in the \
                circle stays there).",
            results: "Since the circles started four years ago, 54 new teachers have taken part. \
                The share of new teachers still with us after two years went from 80% to 93%. \
                In the yearly survey (47 answers), 9 participants in 10 say the circle helped \
                them with a real situation in their teaching; the most common example is \
                assessment talks with students and workplace instructors.",
            transferability: "The circles need no special tools and work in any field: what \
                matters is a clear structure and paid time. Schools abroad that tried them \
                started with one circle and a coach who had taken part in one. The method works \
                for workplace instructors too: we now run a circle for the instructors of our \
                apprentices.",
            lessons: "- Mixing fields was the best decision: teachers speak more freely outside \
                their own team.\n\
                - Without the fixed steps, meetings turned into complaint sessions; keep the \
                structure even when it feels strict.\n\
                - Coaches need their own meeting, or they lose the method after a year.",
        },
        change_note: "",
        written: ago(210, 9),
        assigned: Some(ago(207, 11)),
        reviews: &[
            review(
                EDIN,
                [5, 3, 4, 5, 4],
                [
                    "Exactly the problem we have with workshop teachers who come from companies.",
                    "Peer coaching is known; the strict meeting steps are a useful addition.",
                    "The retention figures are convincing over four years.",
                    "Clear and cheap: I could start one circle in Mostar next term.",
                    "Paid hours make it last, as long as the college keeps the budget line.",
                ],
                "A simple, well described practice that other schools can copy.",
                L::En,
                ago(195, 16),
            ),
            review(
                JELENA,
                [4, 3, 4, 4, 5],
                [
                    "Induction of teachers from working life is a priority of our national \
                     reform too.",
                    "Not new in itself, but mixing fields is an interesting choice.",
                    "Good evidence for a school-level practice: retention and a yearly survey.",
                    "Transferable, although paid time may be hard for schools with tight \
                     budgets.",
                    "Four years running, with trained coaches and a budget line of its own.",
                ],
                "Recommended for acceptance: modest in cost and well evidenced.",
                L::En,
                ago(192, 10),
            ),
        ],
        decision: accept(
            "Accepted with thanks. Both reviewers find the practice well evidenced and easy to \
             transfer; the editors award it the *good practice* label.",
            ago(188, 14),
        ),
    }],
    labels: &[(PracticeLabel::GoodPractice, ago(188, 15))],
    adoptions: &[
        AdoptionSpec {
            by: EDIN,
            org: MOSTAR,
            country: C::Ba,
            lang: L::En,
            how: "We started one circle with four new workshop teachers (woodwork, metalwork and \
                  hospitality), with our most experienced teacher as coach. We kept \
                  the meeting steps exactly as described; the only change is that we meet every \
                  four weeks because of the timetable.",
            at: ago(120, 10),
        },
        AdoptionSpec {
            by: DRITAN,
            org: DURRES,
            country: C::Al,
            lang: L::Sq,
            how: "Pas vizitës në Oulu nisëm dy rrethe me mësues të rinj të elektroteknikës dhe \
                  të TIK-ut. Takohemi çdo tre javë pas mësimit, dhe drejtoria i njeh orët si \
                  kualifikim profesional. Mësuesit thonë se më në fund kanë një vend ku flasin \
                  për vlerësimin e praktikës.",
            at: ago(60, 15),
        },
    ],
};

const ROTATION_SUMMARY: &str = "Los aprendices de segundo curso de Electromecánica de Vehículos \
    pasan su año de FP dual en tres talleres distintos, cuatro meses en cada uno: un \
    concesionario oficial, un taller independiente y un taller de vehículos industriales. Así \
    aprenden todo lo que pide el título, aunque ningún taller por sí solo pueda enseñarlo.";
const ROTATION_CONTEXT: &str = "El CFP Río Ebro, en Zaragoza, forma cada año a unos 40 \
    aprendices de FP dual en automoción con más de cien empresas colaboradoras. Muchas son \
    talleres pequeños de tres a diez personas y muy especializados: uno solo hace neumáticos y \
    frenos, otro trabaja con una sola marca.";
const ROTATION_PROBLEM: &str = "Con un solo taller durante todo el año, muchos aprendices no \
    veían partes enteras del título, como la diagnosis electrónica o los sistemas de alta \
    tensión de los híbridos. Los tutores de empresa nos decían, con razón, que no podían enseñar \
    lo que su taller no hace, y los alumnos llegaban al examen final con grandes diferencias \
    entre ellos.";
const ROTATION_PRACTICE: &str = "- El centro agrupa los talleres en **tríos complementarios** \
    (concesionario, taller independiente, vehículos industriales) que se conocen y aceptan la \
    rotación.\n\
    - Cada aprendiz tiene **un plan de formación individual** que reparte los resultados de \
    aprendizaje del título entre los tres talleres.\n\
    - Cada cuatro meses, el tutor del taller que despide al aprendiz y el del que lo recibe se \
    reúnen una hora con el profesor tutor para traspasar lo aprendido y lo pendiente.\n\
    - El aprendiz lleva un cuaderno de taller que viaja con él.";
const ROTATION_TRANSFER: &str = "La rotación sirve en cualquier oficio con empresas pequeñas y \
    especializadas: ya la prueban nuestros ciclos de electricidad y de logística. Hace falta un \
    centro que coordine y suficientes empresas en la misma zona.";
const ROTATION_LESSONS: &str = "- Los talleres aceptan mejor la rotación cuando eligen a sus \
    compañeros de trío.\n\
    - La reunión de traspaso es imprescindible: sin ella, el aprendiz repite tareas.\n\
    - Cuatro meses es el mínimo; con tres, el aprendiz apenas empieza a ser útil y el taller \
    pierde interés.";

const ROTATION: PracticeSpec = PracticeSpec {
    by: JAVIER,
    org: RIO_EBRO,
    from_group: false,
    lang: L::Es,
    eqf: Some(4),
    themes: &[H::DualLearning, H::LabourMarket],
    sectors: &[S::Automotive],
    countries: &[C::Es],
    competences: &[K::EntreAction, K::DigiProblems],
    resources: &[
        res(
            JAVIER,
            "Plan de formación individual para aprendices de FP dual (plantilla y calendario)",
        ),
        res(
            JAVIER,
            "Lista de control para el diagnóstico electrónico del vehículo",
        ),
    ],
    versions: &[
        VersionSpec {
            title: "Rotación de aprendices de FP dual entre tres talleres de automoción",
            texts: Texts {
                summary: ROTATION_SUMMARY,
                context: ROTATION_CONTEXT,
                problem: ROTATION_PROBLEM,
                practice: ROTATION_PRACTICE,
                resources: "- Un profesor tutor con cuatro horas semanales por cada grupo de \
                    doce aprendices.\n\
                    - La plantilla del plan de formación individual y un calendario de \
                    rotaciones.\n\
                    - Tiempo de los tutores de empresa para las reuniones de traspaso: tres \
                    horas al año por taller.",
                results: "En tres cursos han rotado 96 aprendices en 31 tríos de talleres. \
                    Todos los aprendices del último curso han trabajado con diagnosis \
                    electrónica, frente a la mitad antes de la rotación. El 84 % ha encontrado \
                    trabajo en el sector en los seis meses siguientes al título.",
                transferability: ROTATION_TRANSFER,
                lessons: ROTATION_LESSONS,
            },
            change_note: "",
            written: ago(180, 10),
            assigned: Some(ago(178, 9)),
            reviews: &[
                review(
                    GIULIA,
                    [5, 4, 4, 3, 3],
                    [
                        "Un problema real de la FP dual en empresas pequeñas, muy bien \
                         planteado.",
                        "La idea de los tríos complementarios es original y fácil de explicar \
                         a las empresas.",
                        "Buenos datos sobre la diagnosis electrónica; falta saber qué opinan \
                         los talleres.",
                        "Se entiende bien, pero no se dice qué firman las empresas ni quién \
                         paga.",
                        "Depende mucho del profesor tutor y no queda claro cómo se financian \
                         sus horas.",
                    ],
                    "Una práctica muy interesante. Pido que se expliquen el acuerdo entre los \
                     talleres y los costes antes de publicarla.",
                    L::Es,
                    ago(168, 18),
                ),
                review(
                    NINA,
                    [4, 4, 3, 3, 3],
                    [
                        "Relevant for every trade where companies are small and specialised.",
                        "Rotation between companies is rare in dual VET; the handover meeting \
                         is a good idea.",
                        "Promising, but the employment rate is not compared with the years \
                         before rotation.",
                        "I could not find the costs, nor what the companies sign; others would \
                         need both.",
                        "It is not clear who pays the tutor's hours in the long run.",
                    ],
                    "Please add the costs, the agreement between the workshops and a comparison \
                     with the years before rotation.",
                    L::En,
                    ago(165, 11),
                ),
            ],
            decision: Some(DecisionSpec {
                decision: reviews::REVISE,
                note: "Both reviewers value the practice and ask for the same additions: **what \
                       the three workshops sign, what it costs and who pays**, and a comparison \
                       of the results with the years before rotation. Please add them in a new \
                       version.",
                at: ago(163, 9),
            }),
        },
        VersionSpec {
            title: "Rotación de aprendices de FP dual entre tres talleres de automoción",
            texts: Texts {
                summary: ROTATION_SUMMARY,
                context: ROTATION_CONTEXT,
                problem: ROTATION_PROBLEM,
                practice: "- El centro agrupa los talleres en **tríos complementarios** \
                    (concesionario, taller independiente, vehículos industriales) que se conocen \
                    y aceptan la rotación.\n\
                    - Los tres talleres firman con el centro un **acuerdo de rotación** de una \
                    página: fechas, tutor de cada taller, compromiso de asistir a las reuniones \
                    de traspaso y de no contratar al aprendiz antes de que termine la \
                    rotación.\n\
                    - Cada aprendiz tiene **un plan de formación individual** que reparte los \
                    resultados de aprendizaje del título entre los tres talleres.\n\
                    - Cada cuatro meses, el tutor del taller que despide al aprendiz y el del \
                    que lo recibe se reúnen una hora con el profesor tutor para traspasar lo \
                    aprendido y lo pendiente.\n\
                    - El aprendiz lleva un cuaderno de taller que viaja con él.",
                resources: "- Un profesor tutor con cuatro horas semanales por cada grupo de \
                    doce aprendices: unos 6.500 € por curso, que el centro paga con su plan de \
                    FP dual.\n\
                    - La plantilla del plan de formación individual, el calendario de \
                    rotaciones y el acuerdo de rotación.\n\
                    - Tiempo de los tutores de empresa para las reuniones de traspaso: tres \
                    horas al año por taller, sin coste para el centro.\n\
                    - La beca del aprendiz no cambia con la rotación: la paga cada taller \
                    durante sus cuatro meses.",
                results: "En tres cursos han rotado 96 aprendices en 31 tríos de talleres. \
                    Todos los aprendices del último curso han trabajado con diagnosis \
                    electrónica, frente a la mitad en los tres cursos anteriores a la rotación. \
                    El 84 % ha encontrado trabajo en el sector en los seis meses siguientes al \
                    título (el 68 % antes de la rotación). En la encuesta a empresas, 26 de los \
                    31 talleres quieren seguir en su trío.",
                transferability: ROTATION_TRANSFER,
                lessons: ROTATION_LESSONS,
            },
            change_note: "Añadidos el acuerdo de rotación entre talleres, los costes y su \
                financiación, y la comparación con los cursos anteriores a la rotación.",
            written: ago(150, 12),
            assigned: Some(ago(148, 10)),
            reviews: &[
                review(
                    GIULIA,
                    [5, 4, 5, 5, 4],
                    [
                        "Sigue siendo muy pertinente.",
                        "Los tríos y el acuerdo de rotación son una aportación clara.",
                        "Ahora la comparación con los cursos anteriores muestra el efecto: del \
                         68 % al 84 %.",
                        "Con el acuerdo y los costes, otro centro puede empezar mañana.",
                        "La financiación con el plan de FP dual del centro la hace estable.",
                    ],
                    "Todas mis preguntas tienen respuesta. Recomiendo publicarla.",
                    L::Es,
                    ago(140, 17),
                ),
                review(
                    NINA,
                    [4, 4, 4, 5, 4],
                    [
                        "Relevant, as before.",
                        "The rotation agreement is simple and clever: nobody hires the \
                         apprentice before the rotation ends.",
                        "The comparison with earlier years and the companies' survey make the \
                         evidence solid.",
                        "Costs and agreement are now clear: this is ready to be copied.",
                        "Paid from the centre's own dual VET budget and wanted by most \
                         workshops.",
                    ],
                    "Accept. A good example of a revision that answers the reviewers.",
                    L::En,
                    ago(138, 9),
                ),
            ],
            decision: accept(
                "Version 2 answers every point of the first round of reviews. Accepted, with \
                 the *good practice* label.",
                ago(136, 15),
            ),
        },
    ],
    labels: &[(PracticeLabel::GoodPractice, ago(136, 16))],
    adoptions: &[],
};

const DIARY: PracticeSpec = PracticeSpec {
    by: GIULIA,
    org: LEONARDO,
    from_group: false,
    lang: L::It,
    eqf: Some(4),
    themes: &[H::DualLearning, H::Didactics],
    sectors: &[S::Bakery, S::Hospitality],
    countries: &[C::It],
    competences: &[K::LifeLearning, K::DigiCommunication],
    resources: &[
        res(
            GIULIA,
            "Griglia di valutazione delle competenze per il tutor aziendale",
        ),
        res(
            GIULIA,
            "Modello di convenzione di tirocinio e progetto formativo per la ristorazione",
        ),
    ],
    versions: &[VersionSpec {
        title: "Il diario di tirocinio condiviso tra scuola e forno",
        texts: Texts {
            summary: "Durante il tirocinio in panificio gli studenti tengono un diario \
                settimanale condiviso con il tutor aziendale e con il docente: tre domande, una \
                foto del lavoro e una riga di commento del tutor. Il diario sostituisce la \
                relazione finale e diventa la base del colloquio di valutazione.",
            context: "L'Istituto Professionale Leonardo di Bologna manda ogni anno circa 60 \
                studenti del quarto anno in tirocinio per sei settimane in forni e pasticcerie \
                della provincia. I forni sono piccoli, il lavoro comincia alle quattro del \
                mattino e il docente tutor riesce a visitare ogni studente al massimo una volta.",
            problem: "Alla fine del tirocinio la scuola sapeva poco di quello che lo studente \
                aveva davvero imparato: la relazione finale era scritta in fretta, spesso \
                copiata, e il tutor aziendale compilava una scheda di valutazione generica. Gli \
                studenti non collegavano il lavoro in laboratorio con quanto studiato a scuola.",
            practice: "- Ogni venerdì lo studente risponde a **tre domande fisse**: che cosa ho \
                fatto di nuovo, che cosa non mi è riuscito e perché, che cosa voglio provare la \
                settimana prossima.\n\
                - Aggiunge **una foto** di un prodotto o di una fase di lavoro.\n\
                - Il tutor aziendale aggiunge **una riga di commento**, anche a voce: lo \
                studente la trascrive.\n\
                - Il docente legge i diari ogni lunedì e risponde solo quando serve.\n\
                - Il colloquio finale a scuola parte dal diario e dalla griglia di valutazione \
                delle competenze.",
            resources: "- Un quaderno o un documento condiviso sul telefono: abbiamo usato \
                entrambi.\n\
                - Dieci minuti alla settimana per il tutor aziendale.\n\
                - Un'ora alla settimana per il docente, per circa quindici studenti.\n\
                - La griglia di valutazione delle competenze per il tutor aziendale.",
            results: "In due anni hanno usato il diario 118 studenti e 41 forni. I tutor \
                aziendali che compilano la griglia finale sono passati dal 55% al 92%. Nei \
                colloqui finali gli studenti descrivono le fasi di lavoro con le parole giuste e \
                collegano gli errori alle loro cause, cosa che prima succedeva di rado.",
            transferability: "Il diario funziona in ogni tirocinio breve in piccole imprese, non \
                solo in panificio: la scuola lo usa ora anche per cucina e sala. Basta che il \
                tutor aziendale sia d'accordo fin dall'inizio e che le domande restino poche e \
                sempre le stesse.",
            lessons: "- Tre domande bastano: con cinque, gli studenti rispondevano a \
                monosillabi.\n\
                - La foto è la parte preferita da studenti e tutor, e rende vivo il diario.\n\
                - Il commento del tutor va chiesto a voce: pochi tutor scrivono, quasi tutti \
                parlano volentieri.",
        },
        change_note: "",
        written: ago(160, 15),
        assigned: Some(ago(158, 10)),
        reviews: &[
            review(
                SOFIA,
                [4, 3, 4, 5, 4],
                [
                    "Il problema della relazione copiata lo conosciamo bene anche come forno \
                     che ospita tirocinanti.",
                    "Strumento semplice; la riga del tutor, anche a voce, è l'idea migliore.",
                    "Il dato sulle griglie compilate è chiaro; qualche esempio di diario \
                     aiuterebbe.",
                    "Si può usare subito in qualsiasi piccola impresa artigiana.",
                    "Costa poco e la scuola lo usa già in altri indirizzi.",
                ],
                "Pratica concreta e già collaudata. Consiglio di accettarla.",
                L::It,
                ago(150, 8),
            ),
            review(
                DRITAN,
                [4, 4, 4, 5, 4],
                [
                    "Short placements in small companies are common in Albania too, with the \
                     same problem.",
                    "The three fixed questions and the photo make a known tool work better.",
                    "The jump in completed assessment grids is convincing.",
                    "We could use it tomorrow in our electrical placements.",
                    "Cheap, and already spread to other courses of the school.",
                ],
                "Recommend acceptance.",
                L::En,
                ago(147, 19),
            ),
        ],
        decision: accept(
            "Accepted. A simple tool, clearly described and already in use in several courses \
             of the school.",
            ago(145, 10),
        ),
    }],
    labels: &[],
    adoptions: &[],
};

const MASTERS: PracticeSpec = PracticeSpec {
    by: MEHMET,
    org: GENC,
    from_group: false,
    lang: L::Tr,
    eqf: Some(3),
    themes: &[H::Guidance, H::Inclusion, H::Entrepreneurship],
    sectors: &[S::Textiles, S::CreativeCrafts],
    countries: &[C::Tr],
    competences: &[K::LifeSocial, K::EntreResources],
    resources: &[res(
        MEHMET,
        "Genç zanaatkârlar için mentorluk görüşme rehberi",
    )],
    versions: &[VersionSpec {
        title: "Usta-çırak buluşmaları: emekli ustalar genç zanaatkârlara mentorluk yapıyor",
        texts: Texts {
            summary: "Derneğimiz, meslek lisesinden yeni mezun olan gençleri emekli zanaat \
                ustalarıyla buluşturuyor. Her genç altı ay boyunca ayda iki kez bir ustayla \
                görüşüyor: atölyede birlikte çalışıyorlar, iş bulma ve kendi işini kurma \
                üzerine konuşuyorlar.",
            context: "Genç Zanaatkârlar Derneği, İzmir'de tekstil, deri ve ahşap alanlarında \
                çalışan gençlerle çalışıyor. Şehirde çok sayıda emekli terzi, saraç ve marangoz \
                var; bilgileri büyük ama çoğu atölyesini kapatmış durumda.",
            problem: "Meslek lisesi mezunlarının birçoğu ilk yılda işini bırakıyor ya da alanı \
                dışında çalışmaya başlıyor. Gençler bize, okulda öğrendiklerinin iş hayatında \
                yetmediğini ve sorularını soracak kimseleri olmadığını söylüyordu.",
            practice: "- Dernek, gönüllü emekli ustaları ve gençleri **alana ve semte göre** \
                eşleştiriyor.\n\
                - Her çift **altı ay boyunca ayda iki kez** buluşuyor; buluşmaların biri \
                ustanın ya da ortak bir atölyenin tezgâhında geçiyor.\n\
                - İlk buluşmada genç ve usta birlikte üç hedef yazıyor.\n\
                - Ustalar başlamadan önce yarım günlük bir mentorluk eğitimi alıyor.\n\
                - Altı ayın sonunda bütün çiftler yaptıkları işleri bir sergide gösteriyor.",
            resources: "- Dernekte yarı zamanlı bir koordinatör.\n\
                - Ustalar için mentorluk görüşme rehberi.\n\
                - Ortak atölye için ayda bir gün, belediyenin verdiği bir salon.\n\
                - Malzeme ve yol giderleri için yılda yaklaşık 3.000 avro; bunu yerel bir vakıf \
                karşılıyor.",
            results: "Üç yılda 64 genç ve 38 usta programa katıldı. Altı ayın sonunda gençlerin \
                47'si kendi alanında çalışıyordu; 9'u kendi atölyesini açtı. Ustaların \
                neredeyse hepsi programda yeniden yer almak istiyor.",
            transferability: "Emekli ustaların yaşadığı her şehirde uygulanabilir. Önemli olan \
                iyi bir eşleştirme ve ustalara kısa bir hazırlık vermektir. Üsküp'teki bir sivil \
                toplum kuruluşu yöntemi kendi şehrinde denemeye başladı.",
            lessons: "- Eşleştirmede semt, alan kadar önemli: uzakta oturan çiftler buluşmayı \
                bırakıyor.\n\
                - Ustalar önce öğretmen gibi davranıyor; eğitimde dinlemeyi çalışmak \
                gerekiyor.\n\
                - Sergi, hem gençler hem ustalar için en güçlü motivasyon oldu.",
        },
        change_note: "",
        written: ago(140, 11),
        assigned: Some(ago(137, 9)),
        reviews: &[
            review(
                BESA,
                [5, 4, 4, 4, 3],
                [
                    "Young craftspeople leaving their trade early is a problem across the \
                     region.",
                    "Retired masters as mentors is original and uses knowledge that is \
                     otherwise lost.",
                    "47 of 64 working in their trade is a strong result, though there is no \
                     comparison group.",
                    "Our cities have the same retired craftsmen; the interview guide helps.",
                    "It rests on one local foundation; a second funder would make it safer.",
                ],
                "A warm and convincing practice with a very clear structure.",
                L::En,
                ago(128, 14),
            ),
            review(
                AINO,
                [4, 4, 5, 4, 4],
                [
                    "Relevant for the step from school to work, especially in crafts.",
                    "A fresh take on mentoring, close to the old master and apprentice \
                     tradition.",
                    "Nine new workshops in three years is remarkable for a small association.",
                    "Transferable wherever retired craftspeople are willing to help.",
                    "The masters want to continue, and the costs are modest.",
                ],
                "Accept. I would like to see photos of the exhibition in the toolbox.",
                L::En,
                ago(126, 8),
            ),
        ],
        decision: accept(
            "Accepted. The reviewers praise the use of the masters' knowledge and the clear \
             results; the editors award it the *success story* label.",
            ago(123, 11),
        ),
    }],
    labels: &[(PracticeLabel::SuccessStory, ago(120, 9))],
    adoptions: &[AdoptionSpec {
        by: BESA,
        org: BRIDGE,
        country: C::Mk,
        lang: L::En,
        how: "We matched eight young tailors and carpenters in Skopje with retired masters, \
              following the interview guide. We kept the two meetings a month and the \
              exhibition; our masters asked for the mentoring training in Macedonian and \
              Albanian, which we organised.",
        at: ago(30, 12),
    }],
};

const PLACEMENTS: PracticeSpec = PracticeSpec {
    by: EDIN,
    org: MOSTAR,
    from_group: false,
    lang: L::En,
    eqf: Some(4),
    themes: &[H::TeacherCompetences, H::LabourMarket],
    sectors: &[S::Woodwork],
    countries: &[C::Ba, C::Hr],
    competences: &[K::LifeLearning],
    resources: &[
        res(
            PIETER,
            "Teachers in companies: what a two-week placement changes in VET teaching",
        ),
        res(
            EDIN,
            "Plan praktične nastave za prvi razred drvne struke",
        ),
    ],
    versions: &[VersionSpec {
        title: "Teachers back in the workshop: two-week placements of woodwork teachers in a joinery",
        texts: Texts {
            summary: "Every year two woodwork teachers of our school spend two weeks working in a \
                partner joinery in Croatia during the school holidays. They work as members of \
                the team, not as visitors, and come back with one change for their own workshop \
                lessons, which they present to their colleagues.",
            context: "Srednja stručna škola Mostar trains joiners, metalworkers and cooks. Our \
                woodwork teachers are experienced, but most left industry more than fifteen \
                years ago; local joineries now work with CNC machines, water-based finishes and \
                software for customers' orders that the school workshop does not have. The \
                placements are part of our partnership with the Istituto Professionale \
                Leonardo and Stolarija Kovač.",
            problem: "Employers told us that our graduates knew traditional techniques well but \
                had never seen how a modern joinery plans and organises its work. Teachers knew \
                it too, and had no way to update their own experience: short company visits \
                showed machines, not the work.",
            practice: "- The joinery and the school agree on **two weeks in the summer \
                holidays** and on a mentor in the company.\n\
                - The teacher **works in the team**: the first week at the CNC machine and in \
                the finishing room, the second in planning and with customers.\n\
                - Every day ends with a short note in a shared logbook.\n\
                - Back at school, the teacher chooses **one change** for their lessons (a task, \
                a tool, a way of assessing) and presents it at the first staff meeting.\n\
                - The company mentor visits the school once a year to see the change at work.",
            resources: "- Travel and accommodation for two weeks, about €900 per teacher, paid \
                by the partnership.\n\
                - A mentor in the company, about an hour a day.\n\
                - The teachers' holiday time: the school counts the placement as training \
                days.\n\
                - A logbook template, and the study *Teachers in companies* for the staff \
                meeting.",
            results: "Seven teachers have taken part in two years, and each brought back a \
                change: the first-year practical plan now includes a cutting plan made with free \
                software, finishing lessons use water-based lacquers, and final-year students \
                write an offer for a customer. The joinery has hired three of our graduates, \
                and two other local companies have offered to host teachers.",
            transferability: "Any school with a company partner can organise it, even across a \
                border: what matters is a real role in the team and the one-change rule. \
                Schools and companies in the same town can do it without travel costs.",
            lessons: "- Two weeks is the minimum for being trusted with real work.\n\
                - Visiting teachers must be allowed to make mistakes: agree on this with the \
                company beforehand.\n\
                - The one-change rule keeps the placement from being a pleasant trip with no \
                effect on teaching.",
        },
        change_note: "",
        written: ago(120, 12),
        assigned: Some(ago(118, 9)),
        reviews: &[
            review(
                AINO,
                [5, 3, 4, 5, 4],
                [
                    "Keeping teachers' trade knowledge up to date is one of the biggest \
                     challenges in VET.",
                    "Teacher placements are known; the one-change rule is a smart addition.",
                    "Concrete changes in lessons, and graduates hired by the company.",
                    "Clear enough for any school with a company partner.",
                    "Low costs; funding after the partnership should be planned now.",
                ],
                "An excellent, practical example. Accept.",
                L::En,
                ago(110, 15),
            ),
            review(
                JAVIER,
                [4, 4, 5, 4, 4],
                [
                    "Very relevant: our automotive teachers have the same need.",
                    "Working as a member of the team instead of visiting makes the difference.",
                    "Seven teachers and visible changes in the curriculum, in two years.",
                    "Easy to transfer, even without travel inside one country.",
                    "Other companies offering to host teachers shows it can grow.",
                ],
                "Recommend acceptance.",
                L::En,
                ago(106, 10),
            ),
        ],
        decision: accept(
            "Accepted. A clear practice with visible effects on teaching; the editors award it \
             the *good practice* label.",
            ago(104, 13),
        ),
    }],
    labels: &[(PracticeLabel::GoodPractice, ago(100, 10))],
    adoptions: &[AdoptionSpec {
        by: NINA,
        org: SAVINJA,
        country: C::Si,
        lang: L::En,
        how: "Two of our hairdressing teachers spent two weeks working in salons in Celje during \
              the last school holidays, with the one-change rule. One changed how first-year students practise \
              colour consultations with customers; the other brought the salon's booking \
              software into her lessons.",
        at: ago(40, 16),
    }],
};

const MOCK_EXAM: PracticeSpec = PracticeSpec {
    by: KASIA,
    org: MALOPOLSKA,
    from_group: false,
    lang: L::Pl,
    eqf: Some(3),
    themes: &[H::DualLearning, H::Didactics],
    sectors: &[S::CreativeCrafts, S::Beauty],
    countries: &[C::Pl],
    competences: &[K::LifeLearning],
    resources: &[
        res(
            KASIA,
            "Egzamin czeladniczy krok po kroku: poradnik dla ucznia",
        ),
        res(
            KASIA,
            "Lista kontrolna dla opiekuna praktyk w zakładzie rzemieślniczym",
        ),
    ],
    versions: &[VersionSpec {
        title: "Próbne zadanie czeladnicze przygotowane wspólnie przez szkołę i mistrza",
        texts: Texts {
            summary: "Pół roku przed egzaminem czeladniczym uczeń wykonuje próbne zadanie \
                egzaminacyjne w swoim zakładzie. Zadanie przygotowują razem nauczyciel zawodu i \
                mistrz, który szkoli ucznia, a ocenia je komisja złożona z egzaminatora cechu i \
                nauczyciela.",
            context: "Małopolska Craft Association zrzesza ponad trzysta zakładów \
                rzemieślniczych i organizuje egzaminy czeladnicze. Młodociani pracownicy uczą \
                się zawodu w zakładzie przez trzy lata, a teorii w szkole branżowej. Najwięcej \
                uczniów kształci się na fryzjerów, stolarzy i cukierników.",
            problem: "Co roku około jednej piątej uczniów nie zdawało części praktycznej \
                egzaminu za pierwszym razem. Uczniowie nie znali formy egzaminu, a mistrzowie i \
                szkoły przygotowywali ich osobno, często do innych zadań niż te, które \
                pojawiają się na egzaminie.",
            practice: "- Nauczyciel zawodu i mistrz spotykają się jesienią i **wspólnie wybierają \
                zadanie** na podstawie standardu egzaminacyjnego.\n\
                - Uczeń wykonuje zadanie **w swoim zakładzie, w warunkach egzaminu**: ten sam \
                czas, te same materiały, ta sama karta oceny.\n\
                - Ocenia **komisja dwuosobowa**: egzaminator cechu i nauczyciel; mistrz jest \
                obecny, ale nie ocenia.\n\
                - Po zadaniu uczeń, mistrz i nauczyciel omawiają wynik i ustalają, co ćwiczyć \
                przed egzaminem.",
            resources: "- Około czterech godzin pracy egzaminatora i nauczyciela na jednego \
                ucznia.\n\
                - Materiały do zadania; ich koszt pokrywa zakład.\n\
                - Karta oceny zgodna ze standardem egzaminacyjnym i poradnik dla ucznia.\n\
                - Wynagrodzenie egzaminatora, około 150 zł na ucznia, pokrywa cech.",
            results: "W ciągu dwóch lat próbne zadanie wykonało 212 uczniów z 96 zakładów. \
                Odsetek uczniów, którzy zdali część praktyczną za pierwszym razem, wzrósł z 79% \
                do 91%. Mistrzowie mówią, że po raz pierwszy dokładnie wiedzą, czego wymaga \
                egzamin.",
            transferability: "Praktykę można przenieść do każdego systemu, w którym egzamin \
                końcowy przeprowadza izba lub cech, a nauka zawodu odbywa się u pracodawcy. \
                Potrzebna jest dobra współpraca szkoły z organizacją rzemiosła.",
            lessons: "- Wspólny wybór zadania jest ważniejszy niż sama próba: szkoła i mistrz \
                zaczynają mówić tym samym językiem.\n\
                - Mistrz nie powinien oceniać własnego ucznia.\n\
                - Omówienie wyniku musi się odbyć tego samego dnia.",
        },
        change_note: "",
        written: ago(100, 10),
        assigned: Some(ago(97, 12)),
        reviews: &[
            review(
                ANA,
                [4, 4, 4, 4, 4],
                [
                    "Preparing apprentices for the journeyman exam is a shared task of school \
                     and master; this makes it real.",
                    "A mock exam is not new; choosing the task together is.",
                    "From 79% to 91% passing at the first attempt is a clear effect.",
                    "Works wherever chambers or guilds run the final exam, as in Croatia.",
                    "The guild pays the examiner, which looks stable.",
                ],
                "Accept. I would like to try it with our joinery apprentices.",
                L::En,
                ago(90, 9),
            ),
            review(
                NINA,
                [5, 3, 4, 4, 4],
                [
                    "Very relevant for hairdressing, where practical exams are demanding.",
                    "The panel of two without the master is a good rule.",
                    "Strong figures from a large number of workshops.",
                    "Clear steps; the exam standard must be public, as it is in Poland.",
                    "Costs are shared fairly between the guild and the workshops.",
                ],
                "Recommend acceptance.",
                L::En,
                ago(85, 14),
            ),
        ],
        decision: accept(
            "Accepted. Both reviewers note the clear effect on first-attempt pass rates.",
            ago(83, 10),
        ),
    }],
    labels: &[],
    adoptions: &[],
};

const COMPANY_WEEK: PracticeSpec = PracticeSpec {
    by: DRITAN,
    org: DURRES,
    from_group: false,
    lang: L::Sq,
    eqf: Some(4),
    themes: &[H::LabourMarket, H::DualLearning],
    sectors: &[S::Electrical],
    countries: &[C::Al],
    competences: &[K::LifeSocial, K::EntreAction],
    resources: &[
        GUIDE_DUAL_SQ,
        res(
            DRITAN,
            "Siguria në kantier: dhjetë rregulla për praktikantët e ndërtimit",
        ),
    ],
    versions: &[VersionSpec {
        title: "Java në kompani: nxënësit e elektroteknikës punojnë pranë elektricistëve vendas",
        texts: Texts {
            summary: "Një herë në tremujor, nxënësit e vitit të tretë të elektroteknikës \
                kalojnë një javë të plotë në një kompani elektrike të qytetit, në vend të orëve \
                në punishten e shkollës. Çdo nxënës ka një mentor në kompani dhe një detyrë të \
                qartë për javën.",
            context: "Shkolla Profesionale Teknike Durrës ka rreth 600 nxënës në ndërtim, \
                elektroteknikë dhe TIK. Deri para tre vitesh, praktika bëhej vetëm në punishten \
                e shkollës, me pajisje të vjetra. Në Durrës ka shumë kompani të vogla \
                instalimesh elektrike që kërkojnë punëtorë të rinj.",
            problem: "Kompanitë na thoshin se të diplomuarit tanë nuk kishin parë kurrë një \
                kantier të vërtetë dhe se u duheshin muaj për të punuar në mënyrë të pavarur. \
                Nxënësit, nga ana e tyre, nuk e dinin si duket puna e një elektricisti dhe shumë \
                prej tyre largoheshin nga profesioni.",
            practice: "- Shkolla ka marrëveshje me **dymbëdhjetë kompani** instalimesh \
                elektrike.\n\
                - Katër herë në vit, nxënësit e vitit të tretë kalojnë **një javë në kompani**, \
                me orarin e punëtorëve.\n\
                - Çdo nxënës ka **një mentor** dhe një detyrë për javën, të caktuar bashkë nga \
                mësuesi dhe mentori.\n\
                - Mësuesi viziton çdo nxënës të paktën një herë gjatë javës.\n\
                - Të hënën pas javës, nxënësit tregojnë në klasë çfarë bënë dhe çfarë mësuan.",
            resources: "- Një mësues koordinator me katër orë në javë.\n\
                - Marrëveshje me kompanitë dhe sigurim për nxënësit.\n\
                - Udhëzuesi i shkollës për arsimin dual dhe rregullat e sigurisë në kantier.\n\
                - Transporti i mësuesit për vizitat.",
            results: "Në tre vite, 140 nxënës kanë kaluar java në kompani. Nëntë nga dymbëdhjetë \
                kompanitë kanë punësuar të paktën një të diplomuar tonë. Nxënësit thonë se java \
                në kompani është pjesa më e dobishme e shkollimit të tyre.",
            transferability: "Mund të zbatohet në çdo shkollë profesionale që ka kompani të \
                vogla afër. Nuk kërkon ndryshim të kurrikulës: java në kompani zëvendëson orët \
                e punishtes.",
            lessons: "- Detyra e qartë për javën është thelbësore: pa të, nxënësi vetëm \
                shikon.\n\
                - Mentorët duan një takim të shkurtër përgatitor para javës së parë.\n\
                - Siguria duhet shpjeguar në shkollë, para se nxënësi të hyjë në kantier.",
        },
        change_note: "",
        written: ago(90, 14),
        assigned: Some(ago(88, 10)),
        reviews: &[
            review(
                ARBEN,
                [4, 3, 4, 5, 4],
                [
                    "Shumë e rëndësishme për shkollat profesionale në Shqipëri dhe në Kosovë.",
                    "Ideja nuk është e re, por organizimi me një detyrë për çdo javë është i \
                     qartë.",
                    "Punësimi i të diplomuarve nga nëntë kompani është rezultat i fortë.",
                    "Mund ta zbatojnë lehtë edhe shkollat tona në Kosovë.",
                    "Varet nga orët e mësuesit koordinator; drejtoria duhet ta mbështesë.",
                ],
                "Praktikë e mirë dhe e qartë. Rekomandoj pranimin.",
                L::Sq,
                ago(80, 11),
            ),
            review(
                BESA,
                [4, 4, 4, 4, 3],
                [
                    "Matches what employers in the region ask schools for.",
                    "The weekly task agreed by teacher and mentor is the key idea.",
                    "Good employment results; students' views could be measured more \
                     systematically.",
                    "Easy to transfer to other schools with small companies nearby.",
                    "Agreements with twelve companies give a stable base.",
                ],
                "Accept.",
                L::En,
                ago(78, 16),
            ),
        ],
        decision: accept(
            "Accepted. A clear, well organised practice; the reviewers suggest measuring the \
             students' views more systematically in the next school year.",
            ago(75, 9),
        ),
    }],
    labels: &[],
    adoptions: &[],
};

const TRACKING: PracticeSpec = PracticeSpec {
    by: JELENA,
    org: AGENCY,
    from_group: false,
    lang: L::En,
    eqf: Some(4),
    themes: &[H::LabourMarket, H::Guidance],
    sectors: &[S::Education],
    countries: &[C::Me],
    competences: &[K::DigiInformation, K::LifeSocial],
    resources: &[
        res(
            JELENA,
            "Graduate tracking survey and indicator sheet (EQAVET indicators 5 and 6)",
        ),
        res(
            JELENA,
            "Samoevaluacija stručne škole prema EQAVET okviru: upitnik",
        ),
    ],
    versions: &[VersionSpec {
        title: "Graduate tracking run by students: a six-month phone survey",
        texts: Texts {
            summary: "Six months after the final exam, final-year students of each vocational \
                school phone the previous year's graduates with a short questionnaire: are they \
                working, in their trade, studying, looking for work? Schools get figures for \
                EQAVET indicators 5 and 6 every year at almost no cost, and students practise a \
                real survey.",
            context: "The VET Agency of Montenegro supports 36 vocational schools. Schools must \
                report on their graduates' transition to work, but only a few did so regularly: \
                national statistics come late and show no results per school or programme.",
            problem: "Without figures per programme, schools could not see which programmes led \
                to jobs, and talks with employers and the ministry rested on impressions. \
                Surveys by post or e-mail got answers from fewer than one graduate in five.",
            practice: "- Each school names a responsible teacher and gives the task to **one \
                final-year class** as part of a subject (business, ICT or civic education).\n\
                - Students get a **ten-question script** and half a day of training on calling, \
                consent and data protection.\n\
                - Graduates agree to be called when they leave school.\n\
                - Calls take place at school, in pairs, over two weeks in spring.\n\
                - Answers go into a shared sheet that computes the indicators per programme; \
                the agency collects the sheets and publishes a national summary.",
            resources: "- A responsible teacher in each school, about 20 hours a year.\n\
                - Phones at school and a quiet room for two weeks.\n\
                - The questionnaire, the script and the indicator sheet.\n\
                - At the agency, one person for a month to collect and check the sheets.",
            results: "In the second year, 29 of the 36 schools took part and reached 71% of \
                their graduates by phone, against 18% with e-mail surveys. For the first time, \
                every participating school has employment figures per programme, and four \
                schools used them to change their enrolment plans. Students rate the exercise \
                as one of the most useful of the year.",
            transferability: "Any school or region can use the method; the questionnaire \
                follows the EQAVET indicators and is easy to translate. Data protection rules \
                must be checked in each country, and graduates' consent collected before they \
                leave school.",
            lessons: "- Consent at the end of the final year is the key: without it, schools \
                cannot call.\n\
                - Students get more answers than teachers: graduates talk more freely to younger \
                peers.\n\
                - Send the figures back to schools quickly, or motivation drops the next year.",
        },
        change_note: "",
        written: ago(70, 10),
        assigned: Some(ago(68, 13)),
        reviews: &[
            review(
                MARTA,
                [5, 4, 4, 5, 4],
                [
                    "Every school needs these figures, and few have them.",
                    "Giving the survey to students is clever: cheaper, and better response \
                     rates.",
                    "71% against 18% is impressive, and schools used the data.",
                    "Easy to transfer; the consent step needs care in each country.",
                    "Built into a school subject, it should survive changes of staff.",
                ],
                "Accept.",
                L::En,
                ago(60, 12),
            ),
            review(
                GIULIA,
                [4, 4, 5, 4, 4],
                [
                    "Very relevant for quality assurance in VET.",
                    "A learning activity and a quality tool at the same time.",
                    "Four schools changed their enrolment plans: real effects on decisions.",
                    "We will try it in Bologna with our fifth-year classes.",
                    "The agency's support gives stability; schools need the results back fast.",
                ],
                "A strong practice; I recommend acceptance.",
                L::En,
                ago(57, 18),
            ),
        ],
        decision: accept(
            "Accepted. The reviewers value the response rates and how schools used the figures.",
            ago(55, 10),
        ),
    }],
    labels: &[],
    adoptions: &[AdoptionSpec {
        by: JAVIER,
        org: RIO_EBRO,
        country: C::Es,
        lang: L::Es,
        how: "Lo hemos adaptado a nuestros ciclos de FP dual: los alumnos de segundo de Gestión \
              Administrativa llaman a los titulados del curso anterior. En la primera ronda \
              contestó el 64 %, y por primera vez tenemos datos de inserción por ciclo.",
        at: ago(25, 11),
    }],
};

const SALON: PracticeSpec = PracticeSpec {
    by: NINA,
    org: SAVINJA,
    from_group: false,
    lang: L::En,
    eqf: Some(3),
    themes: &[H::GreenSkills, H::Didactics],
    sectors: &[S::Beauty],
    countries: &[C::Si],
    competences: &[K::EntreResources],
    resources: &[
        res(NINA, "Varčevanje z vodo in energijo v frizerskem salonu"),
        res(NINA, "Ocenjevalni list za praktični pouk: barvanje las"),
    ],
    versions: &[VersionSpec {
        title: "Saving water and energy in the training salon",
        texts: Texts {
            summary: "Hairdressing apprentices measure the water and electricity their training \
                salon uses for each service for a month, then design and test their own ways of \
                using less. The savings count in the practical assessment, next to the quality \
                of the haircut.",
            context: "Šolski center Savinja in Celje trains about 90 hairdressing students, who \
                work on real customers in the school's training salon two days a week. Salons in \
                the region pay more and more for energy and water, and customers ask about \
                sustainable products.",
            problem: "Green skills were taught as theory, in one chapter of the textbook. \
                Students knew the words but did not connect them with what they did at the \
                basin and with the hairdryer, and teachers had no way of assessing them in \
                practice.",
            practice: "- In the **first month**, students read the water and electricity meters \
                before and after each service and note the results in a table.\n\
                - In class they find the biggest users (washing, drying) and **propose \
                changes**: water-saving shower heads, towel drying before blow-drying, full \
                loads in the washing machine.\n\
                - In the **second month** they test the changes and measure again.\n\
                - The assessment sheet has a line for **use of resources** next to technique, \
                hygiene and customer care.\n\
                - Students present their results to the owners of the salons where they do \
                their practical training.",
            resources: "- Two water meters and a plug-in energy meter, about €150 in total.\n\
                - Water-saving shower heads for the basins, about €40 each.\n\
                - Two lessons of theory time for the analysis, and the assessment sheet.",
            results: "In the first year, water use per service in the training salon fell by \
                31% and electricity by 18%. Students could explain the savings to customers, and \
                three partner salons have taken up the towel-drying routine. The new line of the \
                assessment sheet is now used in every practical exam of the school.",
            transferability: "The method fits any trade with a training workshop and resources \
                that can be measured: kitchens, bakeries, car repair. The meters are cheap; what \
                matters is that students measure for themselves and that the result counts in \
                the assessment.",
            lessons: "- Measuring is the lesson: students trust their own figures more than any \
                textbook.\n\
                - Start with one service (washing) before measuring everything.\n\
                - Inviting salon owners to the presentation turned a school exercise into \
                something the trade took seriously.",
        },
        change_note: "",
        written: ago(50, 9),
        assigned: Some(ago(48, 11)),
        reviews: &[
            review(
                ANA,
                [4, 4, 4, 4, 4],
                [
                    "Green skills in practice, not only in theory.",
                    "Measuring with students and counting savings in the assessment is new to \
                     me.",
                    "Clear savings in one year, and salons taking it up.",
                    "We could do the same with dust extraction and offcuts in the joinery.",
                    "Cheap equipment, built into the assessment: it will last.",
                ],
                "Accept.",
                L::En,
                ago(40, 10),
            ),
            review(
                EDIN,
                [5, 4, 4, 5, 4],
                [
                    "Highly relevant for green skills in every workshop trade.",
                    "Making the use of resources an assessment criterion is original.",
                    "31% less water is a concrete, measured result.",
                    "Very easy to transfer; we will try it in our school kitchen.",
                    "Part of the assessment sheet of every exam, so it is anchored.",
                ],
                "Recommend acceptance.",
                L::En,
                ago(38, 13),
            ),
        ],
        decision: accept(
            "Accepted. A practical, measured way to teach green skills.",
            ago(35, 9),
        ),
    }],
    labels: &[],
    adoptions: &[],
};

const WELCOME_KIT: PracticeSpec = PracticeSpec {
    by: SOFIA,
    org: FORNO,
    from_group: true,
    lang: L::En,
    eqf: Some(3),
    themes: &[H::Mobility, H::Inclusion],
    sectors: &[S::Bakery],
    countries: &[C::It, C::Al],
    competences: &[K::LifeSocial],
    resources: &[res(
        SOFIA,
        "Guida per l'apprendista in mobilità Erasmus+: prima, durante e dopo",
    )],
    versions: &[VersionSpec {
        title: "A welcome kit for foreign apprentices in artisan bakeries",
        texts: Texts {
            summary: "A short kit for small bakeries that host an apprentice or trainee from \
                another country: a checklist for the first day, a glossary of fifty bakery words \
                in four languages, and advice from bakeries that already host apprentices. It \
                was written in a working group of a vocational school, a bakery, a technical \
                school in Albania and a future trainee.",
            context: "Forno Bianchi in Modena is a family bakery that hosts apprentices and \
                trainees, some on Erasmus+ mobility from Albania and Spain. Small bakeries across \
                Europe host more and more young people from abroad, but they have no staff for \
                human resources and little time.",
            problem: "The first days of a foreign apprentice in a bakery often go wrong: night \
                hours nobody explained, hygiene rules given in a hurry, words the apprentice does \
                not know, and unwritten rules such as when to take a break. Some apprentices left \
                in their first week.",
            practice: "The kit has three parts:\n\n\
                1. **Before arrival**: what to send the apprentice (hours, clothing, address, \
                contact person) and what to prepare in the bakery.\n\
                2. **The first day**: a checklist for the tour of the workshop, hygiene, safety, \
                hours and breaks, the contact person and the emergency number.\n\
                3. **The first weeks**: a glossary of fifty bakery words in Italian, English, \
                Albanian and Spanish, and a short talk at the end of each week.\n\n\
                The bakery names one person who stays the apprentice's contact for the whole \
                stay.",
            resources: "- The kit itself, free under CC BY.\n\
                - About two hours to prepare before the arrival, and ten minutes a week in the \
                first month.\n\
                - The glossary, printed, on the workshop wall.",
            results: "The kit was used to prepare two trainees from Durrës before they arrived \
                in Modena, and was reviewed with five company tutors. Both trainees completed \
                their stay; the tutors said the checklist saved them the most time on the first \
                day. The working group's interviews with three bakeries are summarised in the \
                kit.",
            transferability: "The structure works for any small craft company hosting foreign \
                apprentices; only the glossary is specific to bakeries. Other trades can replace \
                it with their own fifty words, and more languages can be added.",
            lessons: "- The problem is rarely the language: it is the night hours and the \
                unwritten rules.\n\
                - One contact person for the whole stay matters more than any document.\n\
                - Write for the bakery owner, not for the school: short, practical, printable.",
        },
        change_note: "",
        written: ago(19, 10),
        assigned: Some(ago(18, 9)),
        reviews: &[
            review(
                MEHMET,
                [4, 4, 3, 5, 4],
                [
                    "Young craftspeople move more and more; companies need this kind of help.",
                    "Simple, but nobody had written it this clearly for small bakeries.",
                    "Only two trainees so far: the evidence is still thin.",
                    "Very easy to adapt to other trades, as the authors say.",
                    "Free under CC BY and short, so it can live without a project.",
                ],
                "Accept, and please report on more trainees next year.",
                L::En,
                ago(12, 15),
            ),
            review(
                ANA,
                [5, 4, 3, 4, 4],
                [
                    "Exactly what a small company needs before a foreign apprentice arrives.",
                    "The glossary on the workshop wall is a nice touch.",
                    "Early results are good but few; more cases would make it stronger.",
                    "We will adapt the checklist for the joinery.",
                    "Little effort for companies, so it is likely to be used.",
                ],
                "Accept.",
                L::En,
                ago(10, 9),
            ),
        ],
        decision: accept(
            "Accepted. The evidence is still early: the editors invite the authors to add the \
             results of the next mobility season in a new version.",
            ago(8, 11),
        ),
    }],
    labels: &[],
    adoptions: &[AdoptionSpec {
        by: MARTA,
        org: MALOPOLSKA,
        country: C::Pl,
        lang: L::Pl,
        how: "Przetłumaczyliśmy listę kontrolną pierwszego dnia na polski i rozesłaliśmy ją do \
              piekarni i cukierni naszego stowarzyszenia, które przyjmują uczniów z Ukrainy. \
              Słowniczek uzupełniamy o język ukraiński.",
        at: ago(3, 14),
    }],
};

const PARTNER_CHECK: PracticeSpec = PracticeSpec {
    by: BESA,
    org: BRIDGE,
    from_group: false,
    lang: L::En,
    eqf: None,
    themes: &[H::Mobility, H::EuFunding],
    sectors: &[S::Education],
    countries: &[C::Mk, C::Al],
    competences: &[K::LifeSocial],
    resources: &[TWINNING_GUIDE],
    versions: &[VersionSpec {
        title: "Finding the right twin: a partner check before a school twinning",
        texts: Texts {
            summary: "Before two schools sign a twinning, we run a three-step partner check: a \
                questionnaire on what each school wants and can offer, a video call between the \
                future coordinators, and a one-day visit of the coached school to the coaching \
                one. Only pairs that pass all three steps start.",
            context: "Balkan Skills Bridge in Skopje connects VET schools of the Western Balkans \
                with schools and companies in the EU, and has prepared eleven twinnings in five \
                years. Schools often find partners at contact seminars, after a single \
                conversation.",
            problem: "Two of our first five twinnings stopped in their first year: the schools \
                wanted different things (one a mobility partner, the other help with a new \
                curriculum), or one school had nobody with time to coordinate. Finding this out \
                after signing cost both schools a year.",
            practice: "1. **Questionnaire**: each school answers twelve questions on its own: \
                what it wants to learn or offer, who coordinates and with how many hours, which \
                programmes and levels, what it can pay.\n\
                2. **Video call** between the two future coordinators, led by us, on the answers \
                that do not match.\n\
                3. **Visit**: the coordinator and one teacher of the coached school spend a day \
                at the coaching school, with a lesson, a company visit and an hour of \
                planning.\n\n\
                After each step either school may stop without giving reasons.",
            resources: "- The questionnaire and the step-by-step twinning guide.\n\
                - About six hours of a coordinator's time for the first two steps.\n\
                - Travel for two people for the visit, often from a preparatory visit budget.",
            results: "Of the last six pairs that started the check, four signed a twinning and \
                two stopped after the call. All four twinnings are still active after a year or \
                more, among them the one between Oulu and Durrës.",
            transferability: "Any organisation or school that arranges partnerships can use the \
                three steps; the questionnaire exists in English, Albanian and Macedonian. The \
                visit is the most expensive step and can become a long online session.",
            lessons: "- Hours for the coordinator are the question most often answered too \
                optimistically: ask for names and timetables.\n\
                - Stopping early is a success, not a failure.\n\
                - Let the coached school visit first, so that it sees what it asks for.",
        },
        change_note: "",
        written: ago(15, 10),
        assigned: Some(ago(13, 9)),
        reviews: &[
            review(
                JELENA,
                [4, 3, 3, 4, 4],
                [
                    "Many twinnings in our region fail for exactly these reasons.",
                    "The explicit right to stop after each step is a good idea.",
                    "Four of four twinnings still active is encouraging, but the numbers are \
                     small.",
                    "The questionnaire and the steps are easy to reuse.",
                    "It relies on an intermediary; schools could run it themselves with the \
                     guide.",
                ],
                "A useful practice. I would like to see the questionnaire itself in the toolbox \
                 before publication.",
                L::En,
                ago(5, 16),
            ),
            ReviewSpec {
                by: JAVIER,
                scores: [0; 5],
                comments: [""; 5],
                summary: "",
                lang: L::En,
                submitted: None,
            },
        ],
        decision: None,
    }],
    labels: &[],
    adoptions: &[],
};

const REGISTER: PracticeSpec = PracticeSpec {
    by: ARBEN,
    org: SINDIKATA,
    from_group: false,
    lang: L::Sq,
    eqf: None,
    themes: &[H::TeacherCompetences, H::InformalLearning],
    sectors: &[S::Education],
    countries: &[C::Xk],
    competences: &[K::LifeLearning],
    resources: &[res(ARBEN, "Regjistri i zhvillimit profesional të mësuesit")],
    versions: &[VersionSpec {
        title: "Regjistri i zhvillimit profesional: mësuesit shënojnë çfarë mësojnë",
        texts: Texts {
            summary: "Mësuesit e arsimit profesional mbajnë një regjistër të thjeshtë ku \
                shënojnë çdo gjë që mësojnë gjatë vitit: trajnime, vizita në kompani, \
                bashkëpunime me kolegë dhe lexime. Në fund të vitit, regjistri bëhet bazë për \
                bisedën me drejtorin dhe për planin e zhvillimit të vitit të ardhshëm.",
            context: "Sindikata e Arsimit Prishtinë përfaqëson mësuesit e arsimit profesional \
                në Kosovë. Mësuesit duhet të mbledhin orë trajnimi për licencim, por shumë nga \
                ato që mësojnë, si vizitat në kompani ose puna me kolegë, nuk njihen askund.",
            problem: "Mësuesit ndiheshin sikur zhvillimi i tyre profesional matej vetëm me \
                certifikata trajnimesh. Ajo që mësonin në kompani ose me kolegë humbiste, dhe \
                bisedat me drejtorët ishin formale.",
            practice: "- Çdo mësues ka një **regjistër** me katër kolona: data, çfarë bëra, \
                çfarë mësova, si e përdor në mësim.\n\
                - Regjistri plotësohet **të paktën një herë në muaj**, në letër ose në telefon.\n\
                - Në fund të vitit, mësuesi zgjedh **tri shënime** dhe i diskuton me drejtorin.\n\
                - Sindikata dhe drejtoritë e shkollave kanë rënë dakord që shënimet të merren \
                parasysh në planin e zhvillimit të mësuesit.",
            resources: "- Formulari i regjistrit.\n\
                - Një takim hyrës prej dy orësh për mësuesit dhe drejtorët.\n\
                - Kohë për bisedën vjetore: rreth 30 minuta për mësues.",
            results: "Në vitin e parë, 85 mësues nga gjashtë shkolla e përdorën regjistrin. \
                Mesatarisht, çdo mësues shënoi njëmbëdhjetë aktivitete, nga të cilat vetëm tri \
                ishin trajnime formale. Drejtorët thonë se bisedat vjetore janë bërë më \
                konkrete.",
            transferability: "Regjistri mund të përdoret në çdo shkollë dhe në çdo vend; nuk \
                kërkon teknologji. Duhet vetëm një marrëveshje me drejtorinë që shënimet të kenë \
                vlerë.",
            lessons: "- Kolona «si e përdor në mësim» është më e rëndësishmja.\n\
                - Mësuesit shënojnë më shumë kur shohin se drejtori i lexon.\n\
                - Fillo me pak shkolla dhe me drejtorë të gatshëm.",
        },
        change_note: "",
        written: ago(3, 10),
        assigned: None,
        reviews: &[],
        decision: None,
    }],
    labels: &[],
    adoptions: &[],
};

/// In the order they were submitted, so their citable identifiers follow the story.
const PRACTICES: [&PracticeSpec; 12] = [
    &PEER_COACHING,
    &ROTATION,
    &DIARY,
    &MASTERS,
    &PLACEMENTS,
    &MOCK_EXAM,
    &COMPANY_WEEK,
    &TRACKING,
    &SALON,
    &WELCOME_KIT,
    &PARTNER_CHECK,
    &REGISTER,
];

// ---- Loading ----------------------------------------------------------------------------------

/// What the loader needs everywhere: the people's and organisations' ids, and today.
struct Cast {
    users: Vec<i64>,
    orgs: Vec<i64>,
    clock: Clock,
}

impl Cast {
    fn user(&self, k: usize) -> i64 {
        self.users[k]
    }
    fn org(&self, k: usize) -> i64 {
        self.orgs[k]
    }
    fn at(&self, a: Ago) -> i64 {
        self.clock.instant(a)
    }
    fn date(&self, offset: i64) -> String {
        self.clock.date(offset)
    }
    /// The moment a past day of the story (`offset` days from today, negative) was written
    /// down: that day at `hour` UTC.
    fn on_day(&self, offset: i64, hour: i64) -> i64 {
        self.clock.instant(ago(-offset, hour))
    }
}

/// Markdown as the Cooperation pages store it: rendered once, when written, with headings
/// moved two levels down, under the page's own.
fn html(md: &str) -> String {
    if md.is_empty() {
        return String::new();
    }
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, 2)
}

/// An editor's note as the decision form stores it: headings three levels down.
fn note_html(md: &str) -> String {
    bottega_text::demote_headings(&bottega_text::render(md, &HashMap::new()).html, 3)
}

/// Organisations and people a demo person belongs to beyond being its voice in [`ORGS`], as
/// [`crate::demo`] makes them.
const ALSO_MEMBERS: &[(usize, usize)] = &[(KASIA, MALOPOLSKA), (ARBEN, BRIDGE)];

/// The ids of the demo people and organisations, in the order of [`PEOPLE`] and [`ORGS`], if
/// they are all there under their names, each organisation's voice one of its admins.
async fn find_cast(db: &Db) -> anyhow::Result<Option<(Vec<i64>, Vec<i64>)>> {
    let mut users = Vec::new();
    for (email, name) in PEOPLE {
        match accounts::by_email(db, email).await? {
            Some(u) if u.display_name == *name => users.push(u.id),
            _ => return Ok(None),
        }
    }
    let mut orgs = Vec::new();
    for (name, _) in ORGS {
        match directory::by_slug(db, &bottega_domain::slug::slugify(name)).await {
            Ok(o) if o.name == *name => orgs.push(o.id),
            Ok(_) | Err(StorageError::NotFound) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
    }
    for (k, (_, voice)) in ORGS.iter().enumerate() {
        if directory::role_of(db, orgs[k], users[*voice]).await?
            != Some(bottega_domain::OrgRole::Admin)
        {
            return Ok(None);
        }
    }
    for (person, org) in ALSO_MEMBERS {
        if directory::role_of(db, orgs[*org], users[*person])
            .await?
            .is_none()
        {
            return Ok(None);
        }
    }
    Ok(Some((users, orgs)))
}

/// A toolbox resource of the sharing demo, by its owner and title.
async fn find_resource(tx: &mut Conn, cast: &Cast, r: Res) -> anyhow::Result<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM resources WHERE owner_id = $1 AND title = $2 ORDER BY id LIMIT 1",
    )
    .bind(cast.user(r.owner))
    .bind(r.title)
    .fetch_optional(&mut *tx)
    .await?)
}

/// The archived Italian working group of the collaboration demo (Sofia Esposito's, the one
/// whose outcome was published in the toolbox) and that outcome's resource.
async fn archived_group(tx: &mut Conn, cast: &Cast) -> anyhow::Result<Option<(i64, Option<i64>)>> {
    Ok(sqlx::query_as(
        "SELECT id, outcome_resource_id FROM wg_groups WHERE status = $1 AND created_by = $2 \
         AND lang = $3 ORDER BY archived_at DESC, id DESC LIMIT 1",
    )
    .bind(bottega_storage::collaboration::groups::ARCHIVED)
    .bind(cast.user(SOFIA))
    .bind(L::It.code())
    .fetch_optional(&mut *tx)
    .await?)
}

/// What was made, for the summary printed at the end.
struct Made {
    partnerships: Vec<(i64, &'static str, &'static str)>,
    twinning: i64,
    practices: Vec<(String, &'static str, &'static str)>,
    missing: Vec<&'static str>,
}

/// Loads the cooperation demo unless it is already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if settings::get(db, LOADED_KEY).await?.is_some() {
        println!("The cooperation demo is already loaded.");
        return Ok(());
    }
    let Some((users, orgs)) = find_cast(db).await? else {
        println!(
            "The cooperation demo needs the demo people and organisations as `bottega demo` \
             makes them: skipped."
        );
        return Ok(());
    };
    let cast = Cast {
        users,
        orgs,
        clock: Clock::at(bottega_storage::now()),
    };
    let mut tx = db.begin().await?;
    if !settings::claim_once(&mut tx, LOADED_KEY).await? {
        println!("The cooperation demo is already loaded.");
        return Ok(());
    }
    let made = load_into(&mut tx, &cast).await?;
    tx.commit().await.map_err(StorageError::from)?;
    print_summary(&made);
    Ok(())
}

async fn load_into(tx: &mut Conn, cast: &Cast) -> anyhow::Result<Made> {
    // The repository needs an editor: the researcher on teacher professionalisation. The people
    // demo makes him one; a demo database made before the repository existed has him as a
    // member, so he is made one here too.
    let editor = cast.user(EDITOR);
    accounts::set_site_role(tx, editor, SiteRole::Editor).await?;
    bottega_storage::audit::record(
        tx,
        None,
        "user.role.editor",
        "user",
        Some(editor),
        "demo data",
    )
    .await?;

    let mut made = Made {
        partnerships: Vec::new(),
        twinning: 0,
        practices: Vec::new(),
        missing: Vec::new(),
    };
    let mut partnership_ids = Vec::new();
    for spec in PARTNERSHIPS {
        let (id, status) = store_partnership(tx, spec, cast).await?;
        partnership_ids.push(id);
        made.partnerships.push((id, status, spec.title));
    }
    let partnership = *partnership_ids
        .get(TWINNING.partnership)
        .context("the twinning's partnership")?;
    made.twinning = store_twinning(tx, &TWINNING, partnership, cast, &mut made.missing).await?;

    let group = archived_group(tx, cast).await?;
    for spec in PRACTICES {
        let (code, status) = store_practice(tx, spec, cast, group, &mut made.missing).await?;
        made.practices.push((code, status, spec.versions[0].title));
    }
    Ok(made)
}

fn print_summary(made: &Made) {
    let published = PRACTICES
        .iter()
        .filter(|p| p.versions.iter().any(is_accepted))
        .count();
    let mut languages: Vec<&str> = PRACTICES.iter().map(|p| p.lang.code()).collect();
    languages.sort_unstable();
    languages.dedup();
    let activities: usize = TWINNING.lots.iter().map(|l| l.activities.len()).sum();
    println!(
        "Cooperation demo loaded: {} partnerships, a twinning with {activities} activities in \
         its four lots and {} coaching log entries, {} practices ({published} published, in {}).",
        made.partnerships.len(),
        TWINNING.log.len(),
        made.practices.len(),
        languages.join(", "),
    );
    for (id, status, title) in &made.partnerships {
        println!("  /partnerships/{id:<4} {status:<9} {title}");
    }
    println!("  /twinnings/{:<6} {}", made.twinning, TWINNING.title);
    for (code, status, title) in &made.practices {
        println!("  /practices/{code} {status:<10} {title}");
    }
    println!(
        "  {} ({}) is the best-practice editor: /editor/practices. Sign in as {} to answer the \
         proposal from Zaragoza on /cooperation, or as {} to review a practice.",
        PEOPLE[EDITOR].1, PEOPLE[EDITOR].0, PEOPLE[GIULIA].1, PEOPLE[JAVIER].1
    );
    if !made.missing.is_empty() {
        println!(
            "  Not linked, not in the toolbox: {}.",
            made.missing.join("; ")
        );
    }
}

/// Proposes a partnership as its proposer does on the site, records each organisation's
/// answer as its admin gives it, and writes the joint action plan. Returns the id and status.
async fn store_partnership(
    tx: &mut Conn,
    spec: &PartnershipSpec,
    cast: &Cast,
) -> anyhow::Result<(i64, &'static str)> {
    let purpose_html = html(spec.purpose);
    let commitments_html = html(spec.commitments);
    let (starts_on, ends_on) = (cast.date(spec.starts), cast.date(spec.ends));
    let proposer = cast.user(spec.proposer);
    let from = cast.org(spec.from_org);
    let to: Vec<i64> = spec.parties.iter().map(|(o, _)| cast.org(*o)).collect();
    let id = partnerships::propose(
        tx,
        &Terms {
            title: spec.title,
            purpose_md: spec.purpose,
            purpose_html: &purpose_html,
            commitments_md: spec.commitments,
            commitments_html: &commitments_html,
            lang: spec.lang.code(),
            starts_on: &starts_on,
            ends_on: &ends_on,
            themes: spec.themes,
        },
        proposer,
        from,
        &to,
    )
    .await?;
    partnerships::set_signatory(tx, id, from, spec.signs.0, spec.signs.1).await?;
    bottega_storage::audit::record(
        tx,
        Some(proposer),
        "partnership.propose",
        "partnership",
        Some(id),
        spec.title,
    )
    .await?;
    let created = cast.at(spec.created);
    exec(
        tx,
        "UPDATE partnership_parties SET decided_at = $1 WHERE partnership_id = $2 AND org_id = $3",
        &[created, id, from],
    )
    .await?;
    let mut last = created;
    let mut outcome = partnerships::Answered::Waiting;
    for (org, answer) in spec.parties {
        let Some(a) = answer else { continue };
        outcome = partnerships::decide(
            tx,
            id,
            cast.org(*org),
            cast.user(a.by),
            true,
            a.signatory,
            a.role,
        )
        .await?;
        bottega_storage::audit::record(
            tx,
            Some(cast.user(a.by)),
            "partnership.accept",
            "partnership",
            Some(id),
            ORGS[*org].0,
        )
        .await?;
        last = cast.at(a.at);
        exec(
            tx,
            "UPDATE partnership_parties SET decided_at = $1 \
             WHERE partnership_id = $2 AND org_id = $3",
            &[last, id, cast.org(*org)],
        )
        .await?;
    }
    exec(
        tx,
        "UPDATE partnerships SET created_at = $1, updated_at = $2 WHERE id = $3",
        &[created, last, id],
    )
    .await?;
    let everyone = spec.parties.iter().all(|(_, a)| a.is_some());
    let status = match (outcome, everyone) {
        (partnerships::Answered::Activated, true) => {
            exec(
                tx,
                "UPDATE partnerships SET activated_at = $1 WHERE id = $2",
                &[last, id],
            )
            .await?;
            partnerships::ACTIVE
        }
        (partnerships::Answered::Waiting, false) => partnerships::PROPOSED,
        (other, _) => bail!("{}: the answers ended in {other:?}", spec.title),
    };
    for o in spec.plan {
        store_objective(tx, id, o, cast).await?;
    }
    Ok((id, status))
}

async fn store_objective(
    tx: &mut Conn,
    partnership: i64,
    o: &Objective,
    cast: &Cast,
) -> anyhow::Result<()> {
    let objective = plans::add_objective(tx, partnership, o.title, o.description).await?;
    exec(
        tx,
        "UPDATE pt_objectives SET created_at = $1 WHERE id = $2",
        &[cast.at(o.created), objective],
    )
    .await?;
    for a in o.activities {
        let (starts_on, ends_on) = (cast.date(a.starts), cast.date(a.ends));
        let id = plans::add_activity(
            tx,
            partnership,
            &ActivityFields {
                objective_id: Some(objective),
                title: a.title,
                owner_org_id: Some(cast.org(a.owner)),
                owner_name: a.lead,
                starts_on: Some(&starts_on),
                ends_on: Some(&ends_on),
                status: a.status,
            },
        )
        .await?;
        exec(
            tx,
            "UPDATE pt_activities SET created_at = $1, updated_at = $2 WHERE id = $3",
            &[cast.at(a.created), cast.at(a.updated), id],
        )
        .await?;
    }
    for m in o.milestones {
        let due_on = cast.date(m.due);
        let reached_on = m.reached.map(|d| cast.date(d));
        let id = plans::add_milestone(
            tx,
            partnership,
            &MilestoneFields {
                objective_id: Some(objective),
                title: m.title,
                due_on: &due_on,
                status: m.status,
                reached_on: reached_on.as_deref(),
            },
        )
        .await?;
        // A milestone changes when it is reached, or the day after it was missed.
        let updated = match (m.reached, m.status) {
            (Some(day), _) => cast.on_day(day, 16),
            (None, plans::MISSED) => cast.on_day(m.due + 1, 9),
            _ => cast.at(m.created),
        };
        exec(
            tx,
            "UPDATE pt_milestones SET created_at = $1, updated_at = $2 WHERE id = $3",
            &[cast.at(m.created), updated, id],
        )
        .await?;
    }
    for i in o.indicators {
        let id = plans::add_indicator(
            tx,
            partnership,
            &IndicatorFields {
                objective_id: Some(objective),
                name: i.name,
                unit: i.unit,
                baseline: i.baseline,
                target: i.target,
            },
        )
        .await?;
        exec(
            tx,
            "UPDATE pt_indicators SET created_at = $1 WHERE id = $2",
            &[cast.at(i.created), id],
        )
        .await?;
        for v in i.values {
            let value = plans::record_value(
                tx,
                partnership,
                id,
                &cast.date(v.on),
                v.value,
                v.note,
                cast.user(v.by),
            )
            .await?;
            exec(
                tx,
                "UPDATE pt_indicator_values SET created_at = $1 WHERE id = $2",
                &[cast.on_day(v.on, 17), value],
            )
            .await?;
        }
    }
    Ok(())
}

/// Starts the twinning as an admin of the coaching side does, then fills its lots, activities,
/// evidence and coaching log as the members of both sides did over the months.
async fn store_twinning(
    tx: &mut Conn,
    spec: &TwinningSpec,
    partnership: i64,
    cast: &Cast,
    missing: &mut Vec<&'static str>,
) -> anyhow::Result<i64> {
    let description_html = html(spec.description);
    let (starts_on, ends_on) = (cast.date(spec.starts), cast.date(spec.ends));
    let by = cast.user(spec.by);
    let id = twinnings::create(
        tx,
        partnership,
        cast.org(spec.coaching),
        cast.org(spec.coached),
        &TwinningFields {
            title: spec.title,
            description_md: spec.description,
            description_html: &description_html,
            lang: spec.lang.code(),
            starts_on: &starts_on,
            ends_on: &ends_on,
        },
        by,
    )
    .await?;
    bottega_storage::audit::record(
        tx,
        Some(by),
        "twinning.create",
        "twinning",
        Some(id),
        spec.title,
    )
    .await?;
    let created = cast.at(spec.created);
    exec(
        tx,
        "UPDATE twinnings SET created_at = $1, updated_at = $1 WHERE id = $2",
        &[created, id],
    )
    .await?;
    // Lots nobody has touched keep the moment the twinning was started.
    exec(
        tx,
        "UPDATE tw_lots SET updated_at = $1 WHERE twinning_id = $2",
        &[created, id],
    )
    .await?;

    for lot in spec.lots {
        let code = lot.lot.code();
        twinnings::set_lot(tx, id, code, lot.status, lot.note).await?;
        sqlx::query("UPDATE tw_lots SET updated_at = $1 WHERE twinning_id = $2 AND lot = $3")
            .bind(cast.at(lot.updated))
            .bind(id)
            .bind(code)
            .execute(&mut *tx)
            .await?;
        for a in lot.activities {
            let participants: Vec<(&str, i64)> =
                a.participants.iter().map(|(g, n)| (g.code(), *n)).collect();
            let (starts_on, ends_on) = (cast.date(a.starts), cast.date(a.ends));
            let author = cast.user(a.by);
            let activity = twinnings::create_activity(
                tx,
                id,
                code,
                &twinnings::ActivityFields {
                    title: a.title,
                    description: a.description,
                    starts_on: &starts_on,
                    ends_on: &ends_on,
                    place: a.place,
                    status: a.status,
                    lang: spec.lang.code(),
                    participants: &participants,
                },
                author,
            )
            .await?;
            exec(
                tx,
                "UPDATE tw_activities SET created_at = $1, updated_at = $2 WHERE id = $3",
                &[cast.at(a.created), cast.at(a.updated), activity],
            )
            .await?;
            for r in a.evidence {
                let Some(resource) = find_resource(tx, cast, *r).await? else {
                    missing.push(r.title);
                    continue;
                };
                if twinnings::link_evidence(tx, id, activity, resource, author).await?
                    != twinnings::Linked::Added
                {
                    bail!("{} is linked twice to {}", r.title, a.title);
                }
                exec(
                    tx,
                    "UPDATE tw_evidence SET added_at = $1 \
                     WHERE activity_id = $2 AND resource_id = $3",
                    &[cast.at(a.updated), activity, resource],
                )
                .await?;
            }
        }
    }

    for e in spec.log {
        let held_on = cast.date(e.held);
        let (agreed_html, next_html) = (html(e.agreed), html(e.next_steps));
        let entry = twinnings::add_log_entry(
            tx,
            id,
            &LogFields {
                org_id: cast.org(e.org),
                held_on: &held_on,
                topic: e.topic,
                agreed_md: e.agreed,
                agreed_html: &agreed_html,
                next_steps_md: e.next_steps,
                next_steps_html: &next_html,
                lang: spec.lang.code(),
            },
            cast.user(e.by),
        )
        .await?;
        // Written up the day after the meeting.
        exec(
            tx,
            "UPDATE tw_log_entries SET created_at = $1 WHERE id = $2",
            &[cast.on_day(e.held + 1, 10), entry],
        )
        .await?;
    }
    Ok(id)
}

fn is_accepted(v: &VersionSpec) -> bool {
    v.decision
        .as_ref()
        .is_some_and(|d| d.decision == reviews::ACCEPT)
}

/// The template of one version, as the submission form hands it to storage.
fn template<'a>(
    spec: &'a PracticeSpec,
    v: &'a VersionSpec,
    rendered: &'a [String; 8],
    tags: &[(&'a str, &'a str)],
    resource_ids: &[i64],
) -> Template<'a> {
    let md = v.texts.all();
    let section = |i: usize| Section {
        md: md[i],
        html: &rendered[i],
    };
    Template {
        title: v.title,
        summary: section(0),
        context: section(1),
        problem: section(2),
        practice: section(3),
        resources: section(4),
        results: section(5),
        transferability: section(6),
        lessons: section(7),
        lang: spec.lang.code(),
        eqf_level: spec.eqf,
        tags: tags.to_vec(),
        resource_ids: resource_ids.to_vec(),
        change_note: v.change_note,
    }
}

/// Submits a practice and takes each of its versions through the review workflow as the
/// editor and reviewers do on the site: assignments, reviews on the rubric, the editor's
/// decision; then labels and adoption reports. Returns its citable identifier and status.
async fn store_practice(
    tx: &mut Conn,
    spec: &PracticeSpec,
    cast: &Cast,
    group: Option<(i64, Option<i64>)>,
    missing: &mut Vec<&'static str>,
) -> anyhow::Result<(String, &'static str)> {
    let mut resource_ids = Vec::new();
    for r in spec.resources {
        match find_resource(tx, cast, *r).await? {
            Some(id) => resource_ids.push(id),
            None => missing.push(r.title),
        }
    }
    let source_group = if spec.from_group {
        let (group, outcome) = group.context("the archived working group of the demo")?;
        resource_ids.extend(outcome);
        Some(group)
    } else {
        None
    };
    let mut tags: Vec<(&'static str, &'static str)> = Vec::new();
    tags.extend(spec.themes.iter().map(|t| (practices::THEME, t.code())));
    tags.extend(spec.sectors.iter().map(|s| (practices::SECTOR, s.code())));
    tags.extend(
        spec.countries
            .iter()
            .map(|c| (practices::COUNTRY, c.code())),
    );
    tags.extend(
        spec.competences
            .iter()
            .map(|c| (practices::COMPETENCE, c.code())),
    );

    let author = cast.user(spec.by);
    let first = spec.versions.first().context("a practice without text")?;
    let rendered = first.texts.all().map(html);
    let (id, _) = practices::submit(
        tx,
        &template(spec, first, &rendered, &tags, &resource_ids),
        author,
        Some(cast.org(spec.org)),
        source_group,
    )
    .await?;
    // The identifier carries the year of submission, which the story moves back.
    let submitted = cast.at(first.written);
    let code = practices::ref_code(year_of(submitted), id);
    sqlx::query("UPDATE practices SET ref_code = $1 WHERE id = $2")
        .bind(&code)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let mut updated = submitted;
    let mut published = None;
    for (version, v) in (1..).zip(spec.versions) {
        if version > 1 {
            let rendered = v.texts.all().map(html);
            let n = practices::add_version(
                tx,
                id,
                &template(spec, v, &rendered, &tags, &resource_ids),
                author,
            )
            .await?;
            if n != version {
                bail!("{} got version {n}, not {version}", v.title);
            }
        }
        exec(
            tx,
            "UPDATE practice_versions SET created_at = $1 WHERE practice_id = $2 AND version = $3",
            &[cast.at(v.written), id, version],
        )
        .await?;
        updated = updated.max(cast.at(v.written));
        if let Some(at) = review_round(tx, id, version, v, cast).await? {
            updated = updated.max(at);
        }
        if is_accepted(v) && published.is_none() {
            published = v.decision.as_ref().map(|d| cast.at(d.at));
        }
    }

    let editor = cast.user(EDITOR);
    for (label, at) in spec.labels {
        if !reviews::award_label(tx, id, label.code(), editor).await? {
            bail!("{} has the label {} twice", first.title, label.code());
        }
        bottega_storage::audit::record(
            tx,
            Some(editor),
            "practice.label.award",
            "practice",
            Some(id),
            label.code(),
        )
        .await?;
        sqlx::query(
            "UPDATE practice_labels SET awarded_at = $1 WHERE practice_id = $2 AND label = $3",
        )
        .bind(cast.at(*at))
        .bind(id)
        .bind(label.code())
        .execute(&mut *tx)
        .await?;
        practice_docs::queue(tx, id).await?;
    }
    for a in spec.adoptions {
        let how_html = html(a.how);
        let adoption = practices::add_adoption(
            tx,
            id,
            &practices::NewAdoption {
                org_id: Some(cast.org(a.org)),
                country: a.country.code(),
                how_md: a.how,
                how_html: &how_html,
                lang: a.lang.code(),
            },
            cast.user(a.by),
        )
        .await?;
        exec(
            tx,
            "UPDATE practice_adoptions SET created_at = $1 WHERE id = $2",
            &[cast.at(a.at), adoption],
        )
        .await?;
    }

    exec(
        tx,
        "UPDATE practices SET created_at = $1, updated_at = $2 WHERE id = $3",
        &[submitted, updated, id],
    )
    .await?;
    if let Some(at) = published {
        exec(
            tx,
            "UPDATE practices SET published_at = $1 WHERE id = $2",
            &[at, id],
        )
        .await?;
    }
    let status = practices::get_for_change(tx, id).await?.status;
    let expected = expected_status(spec);
    if status != expected {
        bail!("{} ended {status}, not {expected}", first.title);
    }
    Ok((code, expected))
}

/// The status a practice's story leads to: that of its newest version.
fn expected_status(spec: &PracticeSpec) -> &'static str {
    let Some(v) = spec.versions.last() else {
        return practices::SUBMITTED;
    };
    match (&v.decision, v.assigned) {
        (Some(d), _) if d.decision == reviews::ACCEPT => practices::ACCEPTED,
        (Some(d), _) if d.decision == reviews::REVISE => practices::REVISE,
        (Some(_), _) => practices::REJECTED,
        (None, Some(_)) => practices::IN_REVIEW,
        (None, None) => practices::SUBMITTED,
    }
}

/// The editor assigns the version's reviewers, they hand in their reviews, and the editor
/// decides; returns the moment of the last of these.
async fn review_round(
    tx: &mut Conn,
    id: i64,
    version: i64,
    v: &VersionSpec,
    cast: &Cast,
) -> anyhow::Result<Option<i64>> {
    let Some(assigned) = v.assigned else {
        return Ok(None);
    };
    let editor = cast.user(EDITOR);
    let mut last = cast.at(assigned);
    for r in v.reviews {
        let practice = practices::get_for_change(tx, id).await?;
        let reviewer = cast.user(r.by);
        // The rule the assignment form enforces: never a colleague of the author.
        if reviews::shares_organisation(tx, &practice, reviewer).await? {
            bail!("{} may not review {}", PEOPLE[r.by].1, v.title);
        }
        let review = reviews::assign(tx, &practice, reviewer, editor).await?;
        bottega_storage::audit::record(
            tx,
            Some(editor),
            "practice.assign",
            "practice",
            Some(id),
            PEOPLE[r.by].1,
        )
        .await?;
        exec(
            tx,
            "UPDATE practice_reviews SET assigned_at = $1 WHERE id = $2",
            &[cast.at(assigned), review],
        )
        .await?;
        let Some(at) = r.submitted else { continue };
        let stored = reviews::submit(
            tx,
            review,
            &reviews::ReviewInput {
                scores: r.scores,
                comments: r.comments,
                summary: r.summary,
                lang: r.lang.code(),
            },
        )
        .await?;
        if !stored {
            bail!(
                "the review of {} by {} was refused",
                v.title,
                PEOPLE[r.by].1
            );
        }
        exec(
            tx,
            "UPDATE practice_reviews SET submitted_at = $1 WHERE id = $2",
            &[cast.at(at), review],
        )
        .await?;
        last = last.max(cast.at(at));
    }
    if let Some(d) = &v.decision {
        let practice = practices::get_for_change(tx, id).await?;
        let note = note_html(d.note);
        reviews::decide(
            tx,
            &practice,
            &reviews::NewDecision {
                decision: d.decision,
                note_md: d.note,
                note_html: &note,
                lang: Some(L::En.code()),
                editor,
            },
        )
        .await?;
        exec(
            tx,
            "UPDATE practice_decisions SET decided_at = $1 \
             WHERE practice_id = $2 AND version = $3",
            &[cast.at(d.at), id, version],
        )
        .await?;
        if d.decision == reviews::ACCEPT {
            // Publishing makes the practice searchable on every node.
            practice_docs::queue(tx, id).await?;
        }
        last = last.max(cast.at(d.at));
    }
    Ok(Some(last))
}

/// The UTC calendar year of a moment, as citable identifiers carry it.
fn year_of(at: i64) -> i32 {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp_millis(at)
        .map(|t| t.year())
        .unwrap_or(1970)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bottega_domain::{PracticeCriterion, DAY};

    /// The organisations a demo person belongs to.
    fn orgs_of(person: usize) -> Vec<usize> {
        let mut orgs: Vec<usize> = (0..ORGS.len()).filter(|o| ORGS[*o].1 == person).collect();
        orgs.extend(
            ALSO_MEMBERS
                .iter()
                .filter(|(p, _)| *p == person)
                .map(|(_, o)| *o),
        );
        orgs
    }

    /// The moments of a story, each after the one before.
    fn in_order(moments: &[Ago]) -> bool {
        moments.windows(2).all(|w| w[1].after(w[0]))
    }

    #[test]
    fn the_people_and_organisations_are_consistent() {
        let mut emails: Vec<&str> = PEOPLE.iter().map(|p| p.0).collect();
        emails.sort_unstable();
        emails.dedup();
        assert_eq!(emails.len(), PEOPLE.len());
        let mut names: Vec<&str> = ORGS.iter().map(|o| o.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ORGS.len());
        for (k, (_, voice)) in ORGS.iter().enumerate() {
            assert!(*voice < PEOPLE.len());
            assert!(orgs_of(*voice).contains(&k));
        }
        // The editor decides on practices and never reviews or submits one.
        assert!(orgs_of(EDITOR).is_empty() || PRACTICES.iter().all(|p| p.by != EDITOR));
    }

    #[test]
    fn the_partnerships_tell_a_possible_story() {
        let mut active = 0;
        let mut proposed = 0;
        for p in PARTNERSHIPS {
            assert!(p.starts < p.ends, "{}", p.title);
            assert!(!p.themes.is_empty() && p.purpose.contains("\n\n"));
            assert!(orgs_of(p.proposer).contains(&p.from_org), "{}", p.title);
            let mut orgs: Vec<usize> = p.parties.iter().map(|(o, _)| *o).collect();
            orgs.push(p.from_org);
            orgs.sort_unstable();
            orgs.dedup();
            assert_eq!(orgs.len(), p.parties.len() + 1, "{}", p.title);
            assert!(orgs.len() >= 3);
            for (org, answer) in p.parties {
                if let Some(a) = answer {
                    assert_eq!(ORGS[*org].1, a.by, "{}", p.title);
                    assert!(a.at.after(p.created) && a.at.days >= 1);
                    assert!(!a.signatory.is_empty() && !a.role.is_empty());
                }
            }
            if p.parties.iter().all(|(_, a)| a.is_some()) {
                active += 1;
                // Active partnerships started in the past and run on.
                assert!(p.starts < 0 && p.ends > 0, "{}", p.title);
            } else {
                proposed += 1;
                assert!(p.plan.is_empty() && p.starts > 0);
            }
            for o in p.plan {
                assert!(o.created.after(p.created) || o.created == p.created);
                for a in o.activities {
                    assert!(orgs.contains(&a.owner), "{}", a.title);
                    assert!(plans::ACTIVITY_STATUSES.contains(&a.status));
                    assert!(a.starts <= a.ends && !a.updated.after(ago(0, 0)));
                    assert!(!a.created.after(a.updated), "{}", a.title);
                    match a.status {
                        plans::DONE => assert!(a.ends < 0, "{}", a.title),
                        plans::ONGOING => assert!(a.starts < 0, "{}", a.title),
                        plans::PLANNED => assert!(a.starts > 0, "{}", a.title),
                        _ => {}
                    }
                }
                for m in o.milestones {
                    assert!(plans::MILESTONE_STATUSES.contains(&m.status));
                    assert_eq!(m.reached.is_some(), m.status == plans::REACHED);
                    match m.status {
                        plans::REACHED => assert!(m.reached.is_some_and(|d| d < 0)),
                        plans::MISSED => assert!(m.due < -1),
                        _ => assert!(m.due > 0, "{}", m.title),
                    }
                }
                for i in o.indicators {
                    assert!(i.values.len() >= 3 && i.target > i.baseline);
                    assert!(i.values.windows(2).all(|w| w[0].on < w[1].on));
                    assert!(i.values.iter().all(|v| v.on < 0 && v.value <= i.target));
                    for v in i.values {
                        assert!(orgs.iter().any(|o| orgs_of(v.by).contains(o)));
                    }
                }
            }
        }
        assert_eq!((active, proposed), (2, 1));
        // The first partnership's plan shows every status there is.
        let plan = SKILLS.plan;
        for s in plans::ACTIVITY_STATUSES {
            assert!(plan
                .iter()
                .flat_map(|o| o.activities)
                .any(|a| a.status == s));
        }
        for s in plans::MILESTONE_STATUSES {
            assert!(plan
                .iter()
                .flat_map(|o| o.milestones)
                .any(|m| m.status == s));
        }
        let indicators: Vec<&Indicator> = plan.iter().flat_map(|o| o.indicators).collect();
        assert_eq!(indicators.len(), 2);
        assert!(indicators.iter().all(|i| (3..=4).contains(&i.values.len())));
    }

    #[test]
    fn the_twinning_fills_its_four_lots() {
        let t = &TWINNING;
        let p = PARTNERSHIPS[t.partnership];
        let parties: Vec<usize> = p.parties.iter().map(|(o, _)| *o).collect();
        assert!(parties.contains(&t.coached) || p.from_org == t.coached);
        assert!(parties.contains(&t.coaching) || p.from_org == t.coaching);
        assert_ne!(t.coaching, t.coached);
        assert!(p.parties.iter().all(|(_, a)| a.is_some()));
        // An EU school coaches a school of the Western Balkans.
        assert_eq!(ORGS[t.coaching].0, "Ammattiopisto Pohjoisranta");
        assert!(p.starts <= t.starts && t.ends <= p.ends && t.starts < 0);
        assert!(orgs_of(t.by).contains(&t.coaching));
        let lots: Vec<TwinningLot> = t.lots.iter().map(|l| l.lot).collect();
        assert_eq!(lots, TwinningLot::ALL.to_vec());
        let sides = [t.coaching, t.coached];
        let member = |k: usize| sides.iter().any(|o| orgs_of(k).contains(o));
        for lot in t.lots {
            assert!(twinnings::LOT_STATUSES.contains(&lot.status));
            assert!(!lot.activities.is_empty() && !lot.note.is_empty());
            for a in lot.activities {
                assert!(twinnings::ACTIVITY_STATUSES.contains(&a.status));
                assert!(a.starts <= a.ends && !a.place.is_empty() && member(a.by));
                assert!(!a.participants.is_empty() && !a.created.after(a.updated));
                assert!(a.participants.iter().all(|(_, n)| (1..=10_000).contains(n)));
                match a.status {
                    twinnings::DONE => assert!(a.ends < 0, "{}", a.title),
                    twinnings::PLANNED => assert!(a.starts > 0, "{}", a.title),
                    _ => assert!(a.evidence.is_empty()),
                }
                if a.status != twinnings::DONE {
                    assert!(a.evidence.is_empty(), "{}", a.title);
                }
            }
            if lot.status == twinnings::COMPLETED {
                assert!(lot.activities.iter().all(|a| a.status == twinnings::DONE));
            }
        }
        let all: Vec<&TwActivity> = t.lots.iter().flat_map(|l| l.activities).collect();
        for s in twinnings::ACTIVITY_STATUSES {
            assert!(all.iter().any(|a| a.status == s), "{s}");
        }
        assert!(all.iter().filter(|a| !a.evidence.is_empty()).count() >= 3);
        assert!((4..=5).contains(&t.log.len()));
        assert!(t.log.windows(2).all(|w| w[0].held < w[1].held));
        for side in sides {
            assert!(t.log.iter().any(|e| e.org == side));
        }
        for e in t.log {
            assert!(sides.contains(&e.org) && orgs_of(e.by).contains(&e.org));
            assert!(e.held < -1 && e.held > t.starts);
        }
    }

    #[test]
    fn the_repository_is_reviewed_by_the_rules() {
        let published: Vec<&PracticeSpec> = PRACTICES
            .iter()
            .copied()
            .filter(|p| p.versions.iter().any(is_accepted))
            .collect();
        assert!(published.len() >= 8);
        let mut languages: Vec<Language> = published.iter().map(|p| p.lang).collect();
        languages.sort_unstable();
        languages.dedup();
        assert!(languages.len() >= 5, "{languages:?}");
        let statuses: Vec<&str> = PRACTICES.iter().map(|p| expected_status(p)).collect();
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == practices::IN_REVIEW)
                .count(),
            1
        );
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == practices::SUBMITTED)
                .count(),
            1
        );
        assert_eq!(
            PRACTICES.iter().filter(|p| p.versions.len() == 2).count(),
            1
        );
        assert_eq!(PRACTICES.iter().filter(|p| p.from_group).count(), 1);
        let mut titles: Vec<&str> = PRACTICES.iter().map(|p| p.versions[0].title).collect();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), PRACTICES.len());
        // Submitted in the order of the list, so identifiers follow the story.
        assert!(PRACTICES
            .windows(2)
            .all(|w| w[1].versions[0].written.after(w[0].versions[0].written)));

        for p in PRACTICES {
            let title = p.versions[0].title;
            assert!(orgs_of(p.by).contains(&p.org), "{title}");
            assert!(!p.themes.is_empty() && !p.sectors.is_empty() && !p.countries.is_empty());
            assert!(!p.competences.is_empty() && !p.resources.is_empty());
            assert!(p
                .eqf
                .is_none_or(|l| bottega_domain::EQF_LEVELS.contains(&l)));
            let mut story = Vec::new();
            for (n, v) in p.versions.iter().enumerate() {
                assert!(v.texts.all().iter().all(|s| s.trim().len() > 80), "{title}");
                assert_eq!(v.change_note.is_empty(), n == 0, "{title}");
                story.push(v.written);
                let Some(assigned) = v.assigned else {
                    assert!(v.reviews.is_empty() && v.decision.is_none());
                    continue;
                };
                story.push(assigned);
                assert!(v.reviews.len() >= 2, "{title}");
                let mut handed_in: Vec<Ago> = Vec::new();
                for r in v.reviews {
                    // Never the author, a colleague of the author's or the editor.
                    assert!(r.by != p.by && r.by != EDITOR, "{title}");
                    let theirs = orgs_of(r.by);
                    assert!(!theirs.contains(&p.org), "{title}");
                    assert!(orgs_of(p.by).iter().all(|o| !theirs.contains(o)), "{title}");
                    if let Some(at) = r.submitted {
                        assert!(r.scores.iter().all(|s| (1..=5).contains(s)));
                        assert!(r.comments.iter().all(|c| !c.is_empty()));
                        assert!(!r.summary.is_empty() && at.after(assigned));
                        handed_in.push(at);
                    }
                }
                handed_in.sort_by_key(|a| -(a.days * 24 - a.hour));
                story.extend(handed_in.iter().copied());
                match &v.decision {
                    Some(d) => {
                        let needed = if d.decision == reviews::ACCEPT {
                            reviews::REVIEWS_TO_ACCEPT
                        } else {
                            reviews::REVIEWS_TO_REVISE
                        };
                        assert!(handed_in.len() as i64 >= needed, "{title}");
                        assert!(reviews::DECISIONS.contains(&d.decision) && !d.note.is_empty());
                        story.push(d.at);
                    }
                    None => assert!(n + 1 == p.versions.len()),
                }
            }
            assert!(in_order(&story), "{title}");
            assert!(story
                .iter()
                .all(|a| a.days >= 1 && (0..24).contains(&a.hour)));
            let last = *story.last().unwrap_or(&ago(0, 0));
            let published = p.versions.iter().any(is_accepted);
            for (_, at) in p.labels {
                assert!(
                    published && !at.after(ago(0, 0)) && !last.after(*at),
                    "{title}"
                );
            }
            for a in p.adoptions {
                assert!(published && a.at.after(last), "{title}");
                assert!(orgs_of(a.by).contains(&a.org) && a.org != p.org);
            }
        }
        // Some labels of each kind, some adoptions.
        for label in PracticeLabel::ALL {
            assert!(PRACTICES
                .iter()
                .any(|p| p.labels.iter().any(|(l, _)| l == label)));
        }
        assert!(PRACTICES.iter().filter(|p| !p.adoptions.is_empty()).count() >= 4);
        assert_eq!(PracticeCriterion::ALL.len(), 5);
    }

    bottega_storage::engine_tests!(the_cooperation_demo_loads_once_as_the_pages_read_it);

    async fn the_cooperation_demo_loads_once_as_the_pages_read_it(
        t: bottega_storage::testing::TestDb,
    ) {
        use bottega_search::{audience, kinds, SearchIndex, SearchQuery};
        use bottega_storage::cooperation::practices::PracticeFilter;

        let db = &t.db;
        crate::demo::load(db).await.unwrap();
        let config = bottega_web::config::Config {
            data_dir: t.data_dir(),
            ..Default::default()
        };
        crate::demo_sharing::load(db, &config).await.unwrap();
        crate::demo_collaboration::load(db).await.unwrap();
        load(db).await.unwrap();
        // A second run finds the marker and adds nothing.
        load(db).await.unwrap();
        let (users, orgs) = find_cast(db).await.unwrap().expect("the demo cast");
        let now = bottega_storage::now();
        let today = crate::demo_time::ymd(now.div_euclid(DAY));

        let editor = accounts::by_id(db, users[EDITOR]).await.unwrap();
        assert_eq!(editor.site_role, SiteRole::Editor.code());

        // The register, as anonymous readers see it: the two active partnerships.
        let (register, total) = partnerships::register(
            db,
            partnerships::Reader::default(),
            &partnerships::RegisterFilter::default(),
            20,
            0,
        )
        .await
        .unwrap();
        assert_eq!(total, 2);
        assert!(register
            .iter()
            .all(|p| p.is_active() && p.starts_on < today));
        assert!(register
            .iter()
            .all(|p| p.activated_at.is_some_and(|a| a < now - 100 * DAY)));
        // Giulia Rossi's overview starts with the proposal she may answer.
        let mine = partnerships::of_user(db, users[GIULIA], 10).await.unwrap();
        assert!(mine[0].awaits_my_answer() && mine[0].title == DUAL_CRAFTS.title);
        assert_eq!(mine.iter().filter(|m| m.awaits_my_answer()).count(), 1);

        let skills = register
            .iter()
            .find(|p| p.title == SKILLS.title)
            .expect("the first partnership");
        let parties = partnerships::parties(db, skills.id).await.unwrap();
        assert_eq!(parties.len(), 3);
        assert!(parties
            .iter()
            .all(|p| p.state == partnerships::ACCEPTED && !p.signatory_name.is_empty()));
        assert_eq!(parties[0].org_id, orgs[LEONARDO]);
        assert_eq!(plans::counts(db, skills.id).await.unwrap(), (3, 8, 5, 2));
        let indicators = plans::indicators(db, skills.id).await.unwrap();
        assert!(indicators.iter().all(|i| i.value_count == 4));
        let values = plans::all_values(db, skills.id).await.unwrap();
        assert_eq!(values.len(), 8);
        assert!(values.iter().all(|v| v.measured_on < today));
        let milestones = plans::milestones(db, skills.id).await.unwrap();
        assert!(milestones
            .iter()
            .any(|m| m.status == plans::PLANNED && m.due_on > today));
        assert!(milestones
            .iter()
            .any(|m| m.status == plans::MISSED && m.due_on < today));

        // The twinning, as its overview reads it.
        let mobility = register
            .iter()
            .find(|p| p.title == MOBILITY.title)
            .expect("the second partnership");
        let rows = twinnings::list_for_partnership(db, mobility.id, 10, 0)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        let tw = twinnings::get(db, rows[0].id).await.unwrap().unwrap();
        assert_eq!(tw.coaching_org_id, orgs[OULU]);
        assert_eq!(tw.coached_org_id, orgs[DURRES]);
        let lots = twinnings::lots(db, tw.id).await.unwrap();
        assert_eq!(lots.len(), 4);
        for (lot, spec) in lots.iter().zip(TWINNING.lots) {
            assert_eq!(lot.lot, spec.lot.code());
            assert_eq!(lot.status, spec.status);
            let count = |s: &str| spec.activities.iter().filter(|a| a.status == s).count() as i64;
            assert_eq!(
                (lot.planned, lot.done, lot.cancelled),
                (
                    count(twinnings::PLANNED),
                    count(twinnings::DONE),
                    count(twinnings::CANCELLED)
                )
            );
        }
        let totals = twinnings::participant_totals(db, tw.id, None)
            .await
            .unwrap();
        assert!(totals.iter().any(|t| t.took_part > 0 && t.planned > 0));
        let mut activity_ids = Vec::new();
        for lot in TwinningLot::ALL {
            for a in twinnings::activities(db, tw.id, lot.code(), 20, 0)
                .await
                .unwrap()
            {
                activity_ids.push(a.id);
            }
        }
        let evidence = twinnings::evidence_of(
            db,
            &bottega_storage::communication::Reader::anonymous(),
            &activity_ids,
        )
        .await
        .unwrap();
        let linked: usize = TWINNING
            .lots
            .iter()
            .flat_map(|l| l.activities)
            .map(|a| a.evidence.len())
            .sum();
        assert_eq!(evidence.len(), linked);
        assert_eq!(twinnings::count_log(db, tw.id).await.unwrap(), 5);

        // The repository: the published practices, in their languages, with their scores.
        let filter = PracticeFilter::default();
        assert_eq!(practices::count_published(db, &filter).await.unwrap(), 10);
        let mut count_in = Vec::new();
        for lang in [L::En, L::It, L::Es, L::Pl, L::Sq, L::Tr] {
            let f = PracticeFilter {
                lang: Some(lang),
                ..Default::default()
            };
            count_in.push(practices::count_published(db, &f).await.unwrap());
        }
        assert!(count_in.iter().all(|n| *n >= 1), "{count_in:?}");
        for spec in PRACTICES {
            let code: String = sqlx::query_scalar(
                "SELECT ref_code FROM practices WHERE submitter_id = $1 AND org_id = $2 \
                 ORDER BY id LIMIT 1",
            )
            .bind(users[spec.by])
            .bind(orgs[spec.org])
            .fetch_one(db.reader())
            .await
            .unwrap();
            let p = practices::by_ref(db, &code).await.unwrap().unwrap();
            assert_eq!(p.status, expected_status(spec), "{code}");
            assert_eq!(p.current_version, spec.versions.len() as i64);
            assert!(p.created_at < now - DAY && p.updated_at < now);
            assert_eq!(p.source_group_id.is_some(), spec.from_group);
            let links = practices::resource_ids(db, p.id).await.unwrap();
            assert_eq!(
                links.len(),
                spec.resources.len() + usize::from(spec.from_group),
                "{code}"
            );
            let versions = practices::versions(db, p.id).await.unwrap();
            assert!(versions
                .windows(2)
                .all(|w| w[0].created_at > w[1].created_at));
            if let Some(v) = spec.versions.iter().rev().find(|v| is_accepted(v)) {
                let scores: Vec<[i64; 5]> = v.reviews.iter().map(|r| r.scores).collect();
                assert_eq!(p.score_x100, reviews::score_x100(&scores), "{code}");
                assert_eq!(p.review_count, 2);
                assert_eq!(p.published_version, Some(spec.versions.len() as i64));
                assert!(p.published_at.is_some_and(|at| at < now - DAY));
                assert_eq!(p.adoption_count, spec.adoptions.len() as i64);
                let labels = practices::labels(db, p.id).await.unwrap();
                assert_eq!(labels.len(), spec.labels.len());
            } else {
                assert!(!p.is_published());
            }
            assert!(code.starts_with("BP-20"));
        }

        // The editors' queue is not empty.
        let waiting = reviews::queue(
            db,
            &[practices::SUBMITTED, practices::IN_REVIEW],
            true,
            0,
            10,
        )
        .await
        .unwrap();
        assert_eq!(waiting.len(), 2);
        assert!(waiting
            .iter()
            .any(|q| q.status == practices::IN_REVIEW && q.reviews_in == 1 && q.reviewers == 2));
        assert_eq!(
            reviews::open_for(db, users[JAVIER], 10)
                .await
                .unwrap()
                .len(),
            1
        );

        // Search finds published practices for everyone, and nothing unpublished.
        let index = std::sync::Arc::new(SearchIndex::in_ram().unwrap());
        bottega_web::search_feed::rebuild(db, &index).await.unwrap();
        let found = index
            .search(
                &SearchQuery::new("rotación talleres", [audience::PUBLIC]).kind(kinds::PRACTICE),
            )
            .unwrap();
        // Hits are titled with the citable identifier after the title.
        assert!(found
            .hits
            .iter()
            .any(|h| h.title.starts_with(ROTATION.versions[1].title)));
        let hidden = index
            .search(&SearchQuery::new("regjistri", [audience::PUBLIC]).kind(kinds::PRACTICE))
            .unwrap();
        assert_eq!(hidden.total, 0);
    }
}
