//! Demo data for the Collaboration section: three working groups a newcomer can click through,
//! each with its members, task board, shared pages (with history), meetings, discussion and
//! linked toolbox resources.
//!
//! - **"Green skills in carpentry apprenticeships"** (English, open to all, active): coordinated
//!   by Giulia Rossi (`giulia.rossi@bottega.example`) and Edin Hadžić, with members in five
//!   countries writing a shared teaching module; one task is overdue, a meeting is three days
//!   ahead (Europe/Rome).
//! - **"Praktika në kompani për nxënësit e elektroteknikës"** (Albanian, by request, active):
//!   coordinated by Dritan Leka (`dritan.leka@bottega.example`); Sofia Esposito's request waits
//!   for an answer and Giulia Rossi has an invitation to answer; a meeting four days ahead
//!   (Europe/Tirane).
//! - **"Accogliere apprendisti stranieri nei forni artigiani"** (Italian, by invitation,
//!   archived three weeks ago): every task done, its outcome written and published in the
//!   toolbox as a project result, its discussion read-only.
//!
//! Everything goes through the storage functions the pages use, in one transaction, so the
//! search outbox hears of every thread and of the published outcome. Those functions stamp
//! rows with the current time; the demo then moves its own rows back to the days the story
//! tells (a page's revisions weeks apart, meetings' minutes the day after), with plain updates
//! of those rows only. All dates are relative to today, so the demo always looks current. A
//! marker in the settings table makes it load once.

use std::collections::HashMap;

use anyhow::{bail, Context};
use bottega_domain::{Language, Licence, ResourceType, ResourceVisibility, Sector};
use bottega_storage::collaboration::groups::{self, GroupFields};
use bottega_storage::collaboration::meetings::{self, MeetingFields};
use bottega_storage::collaboration::pages::{self, Change, PageText, Saved};
use bottega_storage::collaboration::tasks::{self, TaskFields};
use bottega_storage::communication::posts::{self, NewPost};
use bottega_storage::communication::threads::{self, NewThread};
use bottega_storage::sharing::resources::{self, ResourceFields};
use bottega_storage::{accounts, audit, settings, Conn, Db, StorageError};

use crate::demo_time::{ago, exec, Ago, Clock};

use Language as L;
use Sector as S;

/// The settings key that records that the collaboration demo is in the database.
const LOADED_KEY: &str = "demo_collaboration_loaded";

// ---- The people -------------------------------------------------------------------------------

/// The demo people who take part: e-mail address and name (checked against the account).
const PEOPLE: &[(&str, &str)] = &[
    ("giulia.rossi@bottega.example", "Giulia Rossi"),
    ("edin.hadzic@bottega.example", "Edin Hadžić"),
    ("ana.kovac@bottega.example", "Ana Kovač"),
    ("marta.nowak@bottega.example", "Marta Nowak"),
    ("pieter.devries@bottega.example", "Pieter de Vries"),
    ("dritan.leka@bottega.example", "Dritan Leka"),
    ("arben.krasniqi@bottega.example", "Arben Krasniqi"),
    ("besa.gashi@bottega.example", "Besa Gashi"),
    ("elira.hoxha@bottega.example", "Elira Hoxha"),
    ("sofia.esposito@bottega.example", "Sofia Esposito"),
];

const GIULIA: usize = 0;
const EDIN: usize = 1;
const ANA: usize = 2;
const MARTA: usize = 3;
const PIETER: usize = 4;
const DRITAN: usize = 5;
const ARBEN: usize = 6;
const BESA: usize = 7;
const ELIRA: usize = 8;
const SOFIA: usize = 9;

// ---- The groups -------------------------------------------------------------------------------

/// Something a person wrote at a moment: a comment, a post, minutes.
#[derive(Debug, Clone, Copy)]
struct Note {
    by: usize,
    at: Ago,
    md: &'static str,
}

const fn note(by: usize, at: Ago, md: &'static str) -> Note {
    Note { by, at, md }
}

struct TaskSpec {
    title: &'static str,
    description: &'static str,
    status: &'static str,
    assignee: Option<usize>,
    /// Days from today (negative: in the past).
    due: Option<i64>,
    by: usize,
    created: Ago,
    /// When the card reached its column.
    moved: Ago,
    comments: &'static [Note],
}

struct RevisionSpec {
    by: usize,
    at: Ago,
    note: &'static str,
    title: &'static str,
    md: &'static str,
}

struct MeetingSpec {
    title: &'static str,
    /// Days from today (negative: in the past), and the local time in `zone`.
    day: i64,
    hour: u32,
    minute: u32,
    zone: &'static str,
    duration: i64,
    place: &'static str,
    agenda: &'static str,
    by: usize,
    created: Ago,
    /// Minutes, written after the meeting.
    minutes: Option<Note>,
    attendance: &'static [(usize, &'static str)],
}

struct ThreadSpec {
    title: &'static str,
    /// The opening post first, then the replies.
    posts: &'static [Note],
}

/// A toolbox resource of the sharing demo linked to the group, found by its exact title.
struct LinkSpec {
    title: &'static str,
    by: usize,
    at: Ago,
    note: &'static str,
}

struct OutcomeSpec {
    /// The coordinator who closes the group and publishes the outcome.
    by: usize,
    closed: Ago,
    published: Ago,
    md: &'static str,
}

struct GroupSpec {
    title: &'static str,
    theme: &'static str,
    goal: &'static str,
    lang: Language,
    /// Days from today.
    starts: i64,
    ends: i64,
    membership: &'static str,
    sectors: &'static [Sector],
    /// The first coordinator, who created the group.
    creator: usize,
    created: Ago,
    /// The other members, with the day they joined.
    members: &'static [(usize, Ago)],
    /// Members who coordinate with the creator.
    coordinators: &'static [usize],
    /// A request to join that waits for the coordinators: who, when, their message.
    request: Option<(usize, Ago, &'static str)>,
    /// An invitation that waits for an answer: who is invited, by whom, when.
    invitation: Option<(usize, usize, Ago)>,
    tasks: &'static [TaskSpec],
    pages: &'static [&'static [RevisionSpec]],
    meetings: &'static [MeetingSpec],
    threads: &'static [ThreadSpec],
    links: &'static [LinkSpec],
    outcome: Option<OutcomeSpec>,
}

const GREEN_CALL: &str = "https://meet.example.org/green-carpentry";

const CARPENTRY: GroupSpec = GroupSpec {
    title: "Green skills in carpentry apprenticeships",
    theme: "Sustainable timber, less waste at the saw and safer finishes: a shared module for \
            carpentry apprentices, in school workshops and at the workplace.",
    goal: r#"By the end of the group we want **one teaching module on green skills for carpentry apprentices (EQF 3–4)** that schools and workshops in our five countries can use without rewriting it:

- four practical units: certified and local timber, cutting plans that waste less, water-based finishes, repairing instead of replacing;
- an observation checklist, so that in-company mentors assess the same skills at work;
- a pilot with at least three classes before the summer, and an honest note on what worked.

Everything we make goes to the toolbox under CC BY, in English and in the languages of the pilot classes. Teachers, trainers and mentors of any country are welcome: join, pick a task, or just read along."#,
    lang: L::En,
    starts: -60,
    ends: 120,
    membership: groups::OPEN,
    sectors: &[S::Construction, S::Woodwork],
    creator: GIULIA,
    created: ago(62, 9),
    members: &[
        (EDIN, ago(61, 14)),
        (ANA, ago(60, 8)),
        (MARTA, ago(58, 11)),
        (PIETER, ago(55, 15)),
    ],
    coordinators: &[EDIN],
    request: None,
    invitation: None,
    tasks: &[
        TaskSpec {
            title: "Agree on the structure of the module",
            description: "Four units or five? Which EQF levels? How many hours per unit? \
                Decide at the kick-off and write it down on the page *Module outline*.",
            status: tasks::DONE,
            assignee: Some(GIULIA),
            due: Some(-48),
            by: GIULIA,
            created: ago(60, 10),
            moved: ago(47, 16),
            comments: &[note(
                EDIN,
                ago(50, 9),
                "Four units is right for us: our second-year timetable has exactly four free \
                 workshop blocks before the spring exams.",
            )],
        },
        TaskSpec {
            title: "Map what our curricula already say about sustainability",
            description: "One paragraph per country (IT, BA, HR, PL, NL): where green skills \
                already appear in the carpentry curriculum or the journeyman exam, and where \
                the gaps are.",
            status: tasks::DONE,
            assignee: Some(PIETER),
            due: Some(-30),
            by: PIETER,
            created: ago(55, 16),
            moved: ago(31, 10),
            comments: &[
                note(
                    PIETER,
                    ago(31, 10),
                    "Done: the summary is on the page *Module outline*, under \"Where we start \
                     from\". Short version: everyone mentions waste and safety, nobody mentions \
                     where the timber comes from.",
                ),
                note(
                    MARTA,
                    ago(30, 12),
                    "Same for the Polish journeyman exam: the examiners ask about dust \
                     extraction, never about certificates. Worth telling the chamber.",
                ),
            ],
        },
        TaskSpec {
            title: "Open a conversation with in-company mentors",
            description: "Ask five mentors of our craft association how they talk about \
                waste and finishes with their apprentices today.",
            status: tasks::DONE,
            assignee: Some(MARTA),
            due: Some(-20),
            by: GIULIA,
            created: ago(44, 11),
            moved: ago(21, 15),
            comments: &[],
        },
        TaskSpec {
            title: "Unit 1: certified and local timber – first draft",
            description: "A lesson plan for two workshop blocks, a worksheet comparing real \
                offers from timber merchants, and a short test.",
            status: tasks::DONE,
            assignee: Some(GIULIA),
            due: Some(-12),
            by: GIULIA,
            created: ago(45, 9),
            moved: ago(13, 17),
            comments: &[],
        },
        TaskSpec {
            title: "Unit 2: cutting plans that waste less – lesson plan and worksheet",
            description: "Apprentices plan the cuts for a small wardrobe, first on paper, then \
                with a free cutting optimiser, and compare the offcuts. With a photo sheet of \
                the workshop in Mostar.",
            status: tasks::DOING,
            assignee: Some(EDIN),
            due: Some(5),
            by: EDIN,
            created: ago(40, 9),
            moved: ago(14, 8),
            comments: &[
                note(
                    PIETER,
                    ago(9, 13),
                    "Could the worksheet ask apprentices to *estimate* the offcuts before they \
                     plan? Then we measure what they learned, not only what they did.",
                ),
                note(
                    EDIN,
                    ago(8, 10),
                    "Good idea, it is now question 1. It also makes a nice start for the \
                     lesson.",
                ),
            ],
        },
        TaskSpec {
            title: "Unit 3: water-based finishes – safety data sheets and a test board",
            description: "Compare a solvent-based lacquer, a water-based one and a natural oil \
                on the same oak board: drying time, smell, result after sanding. Collect the \
                safety data sheets in Croatian and English.",
            status: tasks::DOING,
            assignee: Some(ANA),
            due: Some(9),
            by: ANA,
            created: ago(40, 9),
            moved: ago(10, 7),
            comments: &[],
        },
        TaskSpec {
            title: "Pilot questionnaire for apprentices and mentors",
            description: "Ten questions at most, the same before and after the pilot. It must \
                work on a phone.",
            status: tasks::DOING,
            assignee: Some(PIETER),
            due: Some(14),
            by: PIETER,
            created: ago(30, 10),
            moved: ago(6, 15),
            comments: &[],
        },
        TaskSpec {
            title: "Ask three timber merchants for FSC and PEFC price lists",
            description: "Unit 1 needs real offers: the same oak and spruce boards, certified \
                and not, from three merchants near Varaždin.",
            status: tasks::TODO,
            assignee: Some(ANA),
            due: Some(-4),
            by: GIULIA,
            created: ago(25, 9),
            moved: ago(25, 9),
            comments: &[
                note(
                    ANA,
                    ago(3, 16),
                    "Two merchants answered; the third one only takes orders by phone. I will \
                     call on Monday, sorry for the delay.",
                ),
                note(
                    GIULIA,
                    ago(2, 8),
                    "No problem: two real offers are enough for the worksheet. Add the third \
                     when it comes.",
                ),
            ],
        },
        TaskSpec {
            title: "Observation checklist for in-company mentors",
            description: "One page: the four units, three levels (not yet, with help, alone). \
                Built on what the mentors told us.",
            status: tasks::TODO,
            assignee: Some(MARTA),
            due: Some(20),
            by: MARTA,
            created: ago(21, 15),
            moved: ago(21, 15),
            comments: &[],
        },
        TaskSpec {
            title: "Translate the cutting-plan worksheet into Bosnian and Croatian",
            description: "After the review of unit 2. Ana checks the Croatian version.",
            status: tasks::TODO,
            assignee: Some(EDIN),
            due: Some(12),
            by: EDIN,
            created: ago(14, 8),
            moved: ago(14, 8),
            comments: &[],
        },
        TaskSpec {
            title: "Book the workshop in Mostar for the pilot week",
            description: "Two days in the first week of the pilot. We need the panel saw and \
                the spray booth.",
            status: tasks::TODO,
            assignee: None,
            due: Some(30),
            by: GIULIA,
            created: ago(12, 16),
            moved: ago(12, 16),
            comments: &[],
        },
    ],
    pages: &[
        &[
            RevisionSpec {
                by: GIULIA,
                at: ago(47, 17),
                note: "First outline after the kick-off",
                title: "Module outline",
                md: r#"The module has four units of two workshop blocks each. It is written for second-year apprentices at EQF level 3–4.

## Units

1. Certified and local timber
2. Cutting plans that waste less
3. Water-based finishes
4. Repair instead of replace

## Assessment

Each unit ends with a short practical task. The mentor in the company observes the same skills with a checklist."#,
            },
            RevisionSpec {
                by: PIETER,
                at: ago(31, 10),
                note: "Added where we start from (the curriculum mapping)",
                title: "Module outline",
                md: r#"The module has four units of two workshop blocks each. It is written for second-year apprentices at EQF level 3–4.

## Where we start from

All five curricula mention waste sorting and dust extraction. None asks apprentices to check where timber comes from or what a certificate means, and finishes appear only under health and safety. Units 1 and 3 fill real gaps; unit 2 builds on what teachers already do.

## Units

1. Certified and local timber
2. Cutting plans that waste less
3. Water-based finishes
4. Repair instead of replace

## Assessment

Each unit ends with a short practical task. The mentor in the company observes the same skills with a checklist."#,
            },
            RevisionSpec {
                by: EDIN,
                at: ago(15, 9),
                note: "Hours per unit; unit 4 comes after the pilot",
                title: "Module outline",
                md: r#"The module has four units, about 30 hours in all. It is written for second-year apprentices at EQF level 3–4.

## Where we start from

All five curricula mention waste sorting and dust extraction. None asks apprentices to check where timber comes from or what a certificate means, and finishes appear only under health and safety. Units 1 and 3 fill real gaps; unit 2 builds on what teachers already do.

## Units

1. Certified and local timber (8 hours)
2. Cutting plans that waste less (8 hours)
3. Water-based finishes (6 hours, plus drying time between the blocks)
4. Repair instead of replace (8 hours, written after the pilot)

## Assessment

Each unit ends with a short practical task. The mentor in the company observes the same skills with a checklist."#,
            },
            RevisionSpec {
                by: GIULIA,
                at: ago(11, 18),
                note: "Learning outcomes agreed at the review meeting",
                title: "Module outline",
                md: r#"The module has four units, about 30 hours in all. It is written for second-year apprentices at EQF level 3–4.

## Where we start from

All five curricula mention waste sorting and dust extraction. None asks apprentices to check where timber comes from or what a certificate means, and finishes appear only under health and safety. Units 1 and 3 fill real gaps; unit 2 builds on what teachers already do.

## Learning outcomes

After the module the apprentice can:

- read an FSC or PEFC label and explain what it guarantees;
- plan the cuts for a simple piece of furniture and estimate the waste before cutting;
- choose a finish for an indoor piece and apply it safely;
- judge whether a damaged piece is worth repairing.

## Units

1. Certified and local timber (8 hours)
2. Cutting plans that waste less (8 hours)
3. Water-based finishes (6 hours, plus drying time between the blocks)
4. Repair instead of replace (8 hours, written after the pilot)

## Assessment

Each unit ends with a short practical task, marked with the same three levels as the mentors' checklist: not yet, with help, alone."#,
            },
        ],
        &[
            RevisionSpec {
                by: GIULIA,
                at: ago(13, 10),
                note: "First plan, from the discussion thread",
                title: "Pilot plan: classes, dates, contacts",
                md: r#"We try units 1–3 with three groups of apprentices before the summer.

| Where | Who | Teacher or mentor | When |
|---|---|---|---|
| Mostar | second-year carpentry class, 14 apprentices | Edin | weeks 1–3 of the pilot, Thursdays |
| Varaždin | three apprentices at Stolarija Kovač | Ana | weeks 2–4 |
| Kraków | apprentices of two member workshops | Marta | to be confirmed |

Pieter sends the questionnaire before the first lesson and again after the last one."#,
            },
            RevisionSpec {
                by: ANA,
                at: ago(9, 7),
                note: "Varaždin later: a large kitchen order in the workshop",
                title: "Pilot plan: classes, dates, contacts",
                md: r#"We try units 1–3 with three groups of apprentices before the summer.

| Where | Who | Teacher or mentor | When |
|---|---|---|---|
| Mostar | second-year carpentry class, 14 apprentices | Edin | weeks 1–3 of the pilot, Thursdays |
| Varaždin | three apprentices at Stolarija Kovač | Ana | weeks 4–6, after the kitchen order is delivered |
| Kraków | apprentices of two member workshops | Marta | to be confirmed |

Pieter sends the questionnaire before the first lesson and again after the last one."#,
            },
            RevisionSpec {
                by: MARTA,
                at: ago(5, 12),
                note: "Kraków confirmed",
                title: "Pilot plan: classes, dates, contacts",
                md: r#"We try units 1–3 with three groups of apprentices before the summer.

| Where | Who | Teacher or mentor | When |
|---|---|---|---|
| Mostar | second-year carpentry class, 14 apprentices | Edin | weeks 1–3 of the pilot, Thursdays |
| Varaždin | three apprentices at Stolarija Kovač | Ana | weeks 4–6, after the kitchen order is delivered |
| Kraków | six apprentices of two member workshops (Nowa Huta, Podgórze) | Marta | weeks 3–5, Saturday mornings |

Pieter sends the questionnaire before the first lesson and again after the last one. In Kraków the apprentices answer it in Polish: Marta translates the ten questions."#,
            },
        ],
        &[
            RevisionSpec {
                by: MARTA,
                at: ago(28, 14),
                note: "Started with English, Italian and Polish",
                title: "Glossary: green carpentry words in our languages",
                md: r#"The words the units use, so that translations stay the same from one unit to the next.

| English | Italiano | Polski |
|---|---|---|
| certified timber | legno certificato | drewno certyfikowane |
| offcut | sfrido, ritaglio | ścinek |
| cutting plan | piano di taglio | plan rozkroju |
| water-based lacquer | vernice all'acqua | lakier wodny |
| dust extraction | aspirazione delle polveri | odciąg pyłów |"#,
            },
            RevisionSpec {
                by: ANA,
                at: ago(20, 9),
                note: "Croatian column",
                title: "Glossary: green carpentry words in our languages",
                md: r#"The words the units use, so that translations stay the same from one unit to the next.

| English | Italiano | Polski | Hrvatski |
|---|---|---|---|
| certified timber | legno certificato | drewno certyfikowane | certificirano drvo |
| offcut | sfrido, ritaglio | ścinek | otpadak |
| cutting plan | piano di taglio | plan rozkroju | plan krojenja |
| water-based lacquer | vernice all'acqua | lakier wodny | vodeni lak |
| dust extraction | aspirazione delle polveri | odciąg pyłów | odsis prašine |"#,
            },
            RevisionSpec {
                by: EDIN,
                at: ago(7, 15),
                note: "Bosnian column, and natural oil for unit 3",
                title: "Glossary: green carpentry words in our languages",
                md: r#"The words the units use, so that translations stay the same from one unit to the next.

| English | Italiano | Polski | Hrvatski | Bosanski |
|---|---|---|---|---|
| certified timber | legno certificato | drewno certyfikowane | certificirano drvo | certificirano drvo |
| offcut | sfrido, ritaglio | ścinek | otpadak | okrajak |
| cutting plan | piano di taglio | plan rozkroju | plan krojenja | plan rezanja |
| water-based lacquer | vernice all'acqua | lakier wodny | vodeni lak | lak na vodenoj bazi |
| natural oil | olio naturale | olej naturalny | prirodno ulje | prirodno ulje |
| dust extraction | aspirazione delle polveri | odciąg pyłów | odsis prašine | usisavanje prašine |"#,
            },
        ],
    ],
    meetings: &[
        MeetingSpec {
            title: "Kick-off call",
            day: -52,
            hour: 16,
            minute: 0,
            zone: "Europe/Rome",
            duration: 60,
            place: GREEN_CALL,
            agenda: r#"1. Who we are and what each of us brings (five minutes each)
2. The goal: one module, four units, a pilot before the summer
3. Who takes which task
4. How we work: the task board, the pages, a call every three weeks"#,
            by: GIULIA,
            created: ago(58, 10),
            minutes: Some(note(
                GIULIA,
                ago(51, 9),
                r#"- We agreed on **four units** of about eight hours each; the pilot covers units 1–3, unit 4 is written afterwards.
- Giulia writes unit 1, Edin unit 2, Ana unit 3. Pieter maps the curricula and designs the evaluation.
- Marta asks mentors of the craft association how they talk about waste and finishes today.
- From now on we write on the pages and the task board, not by e-mail. Next call in about three weeks."#,
            )),
            attendance: &[
                (GIULIA, meetings::PRESENT),
                (EDIN, meetings::PRESENT),
                (ANA, meetings::PRESENT),
                (MARTA, meetings::EXCUSED),
                (PIETER, meetings::PRESENT),
            ],
        },
        MeetingSpec {
            title: "Review of unit 1 and the pilot plan",
            day: -12,
            hour: 16,
            minute: 0,
            zone: "Europe/Rome",
            duration: 75,
            place: GREEN_CALL,
            agenda: r#"1. Unit 1 draft: comments from everyone
2. Learning outcomes of the module (see the page *Module outline*)
3. The pilot: classes and dates"#,
            by: EDIN,
            created: ago(20, 9),
            minutes: Some(note(
                EDIN,
                ago(11, 8),
                r#"- Unit 1 is ready for the pilot after two changes: the worksheet uses real offers from timber merchants (Ana collects them), and the test has five questions instead of ten.
- We agreed on four learning outcomes; Giulia puts them on the page *Module outline*.
- Pilot: Mostar first, then Varaždin; Marta confirms Kraków.
- Pieter: every class answers the questionnaire **before** the first lesson, otherwise we cannot compare."#,
            )),
            attendance: &[
                (GIULIA, meetings::PRESENT),
                (EDIN, meetings::PRESENT),
                (ANA, meetings::EXCUSED),
                (MARTA, meetings::PRESENT),
                (PIETER, meetings::PRESENT),
            ],
        },
        MeetingSpec {
            title: "Pilot preparation: units 2 and 3",
            day: 3,
            hour: 16,
            minute: 0,
            zone: "Europe/Rome",
            duration: 60,
            place: GREEN_CALL,
            agenda: r#"1. Unit 2 worksheet (Edin): last comments before the translation
2. Unit 3 test board (Ana): first results with the three finishes
3. The questionnaire (Pieter): the final ten questions
4. Booking the workshop in Mostar: who does it?"#,
            by: GIULIA,
            created: ago(4, 10),
            minutes: None,
            attendance: &[],
        },
    ],
    threads: &[
        ThreadSpec {
            title: "Which finishes do your workshops actually use?",
            posts: &[
                note(
                    ANA,
                    ago(35, 8),
                    "For unit 3 I would like to start from what apprentices really meet at \
                     work, not from the catalogue. At Stolarija Kovač we moved to water-based \
                     lacquer for all indoor furniture two years ago; we still use oil for \
                     worktops. What do your school workshops and partner companies use?",
                ),
                note(
                    EDIN,
                    ago(34, 19),
                    "In the school workshop in Mostar we still spray a solvent-based lacquer, \
                     mostly because the spray booth was built for it. The companies that take \
                     our apprentices are split half and half.",
                ),
                note(
                    GIULIA,
                    ago(34, 21),
                    "Our school has no carpentry workshop, but the two joineries near Bologna \
                     that host our students both use water-based products now, because \
                     customers ask for them. It would be good if unit 3 explains *why*, not \
                     only how.",
                ),
                note(
                    MARTA,
                    ago(33, 10),
                    "Among the member workshops of our association, oil and wax are more \
                     common than you would think, especially in restoration. Maybe a \
                     paragraph on natural oils too?",
                ),
                note(
                    ANA,
                    ago(32, 9),
                    "Agreed: I will add a natural oil to the test board, so apprentices compare \
                     three finishes instead of two.",
                ),
            ],
        },
        ThreadSpec {
            title: "Pilot classes: who can test before the summer?",
            posts: &[
                note(
                    GIULIA,
                    ago(16, 9),
                    "We need at least three groups of apprentices to try units 1–3. Please \
                     write here which class you could offer, with rough dates, and I will put \
                     everything on the page *Pilot plan*.",
                ),
                note(
                    EDIN,
                    ago(16, 13),
                    "Mostar: my second-year class of 14 apprentices, three weeks in a row, on \
                     Thursdays.",
                ),
                note(
                    ANA,
                    ago(15, 8),
                    "Three apprentices in our workshop, but not before a big kitchen order is \
                     delivered, so rather at the end of the pilot.",
                ),
                note(
                    MARTA,
                    ago(14, 12),
                    "Two member workshops in Kraków are interested. I will confirm after their \
                     next meeting.",
                ),
                note(
                    PIETER,
                    ago(14, 17),
                    "Whatever the dates: the questionnaire must be answered before the first \
                     lesson. I can send a short link that works on phones.",
                ),
            ],
        },
        ThreadSpec {
            title: "Offcuts: sell them, give them away or burn them?",
            posts: &[
                note(
                    EDIN,
                    ago(8, 16),
                    "A question for unit 2: what happens to the offcuts in your workshops? We \
                     give the bigger pieces to the primary school next door for handicraft, \
                     and the rest goes to a pellet maker. I would like the worksheet to end \
                     with this question, so apprentices see that less waste also means less \
                     money thrown away.",
                ),
                note(
                    PIETER,
                    ago(7, 9),
                    "There is a nice link to entrepreneurship here: a Dutch school I work with \
                     lets apprentices sell small products made from offcuts on its open day. \
                     It could be an optional task.",
                ),
                note(
                    ANA,
                    ago(6, 14),
                    "We sell offcuts by the bag to people with wood stoves. It pays for the \
                     coffee, not more, but customers like it.",
                ),
            ],
        },
    ],
    links: &[
        LinkSpec {
            title: "Green skills lesson plans for carpentry apprentices (EQF 4)",
            by: EDIN,
            at: ago(57, 10),
            note: "Our starting point: the lesson plans tested in Mostar. Units 2 and 3 reuse \
                   parts of them.",
        },
        LinkSpec {
            title: "Nachhaltiger Holzeinkauf: Unterrichtseinheit für angehende Tischler",
            by: EDIN,
            at: ago(44, 9),
            note: "A German unit on buying timber; its comparison of real offers inspired \
                   unit 1.",
        },
        LinkSpec {
            title: "Zaštita na radu u stolarskoj radionici: upute i provjera znanja",
            by: ANA,
            at: ago(39, 15),
            note: "Our safety instructions; unit 3 refers to them for spraying and \
                   ventilation.",
        },
    ],
    outcome: None,
};

const PRAKTIKA_CALL: &str = "https://meet.example.org/praktika-elektro";

const PRAKTIKA: GroupSpec = GroupSpec {
    title: "Praktika në kompani për nxënësit e elektroteknikës",
    theme: "Si t'i gjejmë, t'i përgatisim dhe t'i ndjekim praktikat e nxënësve tanë te bizneset \
            e instalimeve elektrike dhe të TIK-ut.",
    goal: r#"Deri në fund të vitit shkollor duam një **paketë të përbashkët për praktikën në kompani**, që shkollat profesionale në Shqipëri, Kosovë dhe Maqedoninë e Veriut ta përdorin pa e rishkruar:

- një marrëveshje tip mes shkollës, kompanisë dhe nxënësit (dhe prindit, kur nxënësi është nën 18 vjeç);
- një ditar javor që nxënësi e plotëson dhe mentori në kompani e nënshkruan;
- një listë kontrolli për sigurinë në punë para ditës së parë;
- një takim me bizneset partnere në Durrës, ku t'i provojmë materialet së bashku.

Grupi është i hapur për mësues, drejtues shkollash dhe organizata që punojnë me praktikat. Kur kërkoni të bashkoheni, shkruani dy fjalë për veten."#,
    lang: L::Sq,
    starts: -35,
    ends: 150,
    membership: groups::REQUEST,
    sectors: &[S::Electrical, S::Ict],
    creator: DRITAN,
    created: ago(36, 8),
    members: &[
        (ARBEN, ago(35, 12)),
        (BESA, ago(34, 9)),
        (ELIRA, ago(30, 18)),
    ],
    coordinators: &[],
    request: Some((
        SOFIA,
        ago(2, 11),
        "Buongiorno! Coordino progetti Erasmus+ tra scuole professionali e imprese. Potrei \
         aiutarvi a trasformare il vostro pacchetto in una domanda di partenariato con scuole \
         italiane.",
    )),
    invitation: Some((GIULIA, DRITAN, ago(1, 10))),
    tasks: &[
        TaskSpec {
            title: "Takimi i parë dhe ndarja e detyrave",
            description: "Të njihemi, të biem dakord për qëllimin dhe afatet, dhe të ndajmë \
                detyrat e para.",
            status: tasks::DONE,
            assignee: Some(DRITAN),
            due: Some(-28),
            by: DRITAN,
            created: ago(35, 9),
            moved: ago(28, 19),
            comments: &[],
        },
        TaskSpec {
            title: "Mbledhja e marrëveshjeve të praktikës që përdorin shkollat tona",
            description: "Çdo shkollë dërgon marrëveshjen që përdor sot, edhe nëse është vetëm \
                një faqe. I krahasojmë para se të shkruajmë versionin e përbashkët.",
            status: tasks::DONE,
            assignee: Some(ARBEN),
            due: Some(-21),
            by: DRITAN,
            created: ago(33, 10),
            moved: ago(22, 14),
            comments: &[
                note(
                    ARBEN,
                    ago(22, 14),
                    "I mblodha: katër marrëveshje nga Durrësi, Prishtina dhe Shkupi. Asnjëra \
                     nuk thotë kush e siguron nxënësin gjatë praktikës.",
                ),
                note(
                    BESA,
                    ago(21, 9),
                    "Kjo është pika më e rëndësishme. Po e hap si temë diskutimi.",
                ),
            ],
        },
        TaskSpec {
            title: "Ditari javor i praktikantit: versioni i parë",
            description: "Një faqe për çdo javë: çfarë bëri nxënësi, çfarë mësoi, ku pati \
                vështirësi. E nënshkruan mentori.",
            status: tasks::DONE,
            assignee: Some(BESA),
            due: Some(-10),
            by: BESA,
            created: ago(30, 9),
            moved: ago(11, 16),
            comments: &[],
        },
        TaskSpec {
            title: "Marrëveshja tip e praktikës: drafti i dytë",
            description: "Pas komenteve në takim: shtojmë sigurimin, orarin maksimal dhe rolin \
                e prindit për nxënësit nën 18 vjeç.",
            status: tasks::DOING,
            assignee: Some(ARBEN),
            due: Some(-3),
            by: DRITAN,
            created: ago(21, 10),
            moved: ago(18, 8),
            comments: &[
                note(
                    ARBEN,
                    ago(2, 17),
                    "Më duhen edhe dy ditë: po pres përgjigjen e inspektoratit për orarin e \
                     nxënësve nën 18 vjeç.",
                ),
                note(
                    DRITAN,
                    ago(1, 9),
                    "Në rregull. Më mirë dy ditë më vonë se një marrëveshje që inspektorati \
                     nuk e pranon.",
                ),
            ],
        },
        TaskSpec {
            title: "Pyetësor për nxënësit që kanë bërë praktikë",
            description: "Pesë deri në tetë pyetje: çfarë mësuan, çfarë u mungoi, a i ndihmoi \
                praktika të gjenin punë. Elira e provon me ish-shokët e klasës.",
            status: tasks::DOING,
            assignee: Some(ELIRA),
            due: Some(6),
            by: BESA,
            created: ago(20, 18),
            moved: ago(12, 19),
            comments: &[note(
                ELIRA,
                ago(5, 20),
                "E provova me gjashtë ish-shokë klase. Pyetja për pagën i hutoi, prandaj e \
                 ndava në dy pyetje.",
            )],
        },
        TaskSpec {
            title: "Lista e kontrollit për sigurinë në punë",
            description: "Çfarë duhet të dijë nxënësi para se të prekë një panel elektrik në \
                kompani: pajisjet mbrojtëse, fikja e rrymës, kujt i drejtohet kur nuk është i \
                sigurt.",
            status: tasks::DOING,
            assignee: Some(DRITAN),
            due: Some(8),
            by: DRITAN,
            created: ago(18, 9),
            moved: ago(7, 10),
            comments: &[],
        },
        TaskSpec {
            title: "Lista e kompanive në Durrës që pranojnë praktikantë",
            description: "Emri, kontakti, profili (instalime elektrike, rrjete, riparime) dhe \
                sa nxënës mund të marrë secila.",
            status: tasks::TODO,
            assignee: Some(DRITAN),
            due: Some(10),
            by: DRITAN,
            created: ago(15, 11),
            moved: ago(15, 11),
            comments: &[],
        },
        TaskSpec {
            title: "Përkthimi i ditarit javor në maqedonisht",
            description: "Për shkollat partnere në Tetovë dhe Shkup, ku mësimi zhvillohet edhe \
                në maqedonisht.",
            status: tasks::TODO,
            assignee: Some(BESA),
            due: Some(15),
            by: BESA,
            created: ago(11, 16),
            moved: ago(11, 16),
            comments: &[],
        },
        TaskSpec {
            title: "Ftesa për takimin me bizneset",
            description: "Një faqe: pse vijmë, çfarë kërkojmë nga bizneset dhe çfarë u \
                ofrojmë (nxënës të përgatitur, mentorim, certifikatë).",
            status: tasks::TODO,
            assignee: None,
            due: Some(20),
            by: DRITAN,
            created: ago(7, 10),
            moved: ago(7, 10),
            comments: &[],
        },
    ],
    pages: &[
        &[
            RevisionSpec {
                by: ARBEN,
                at: ago(20, 10),
                note: "Drafti i parë, nga katër marrëveshjet ekzistuese",
                title: "Marrëveshja tip e praktikës",
                md: r#"Marrëveshje praktike mes **shkollës**, **kompanisë** dhe **nxënësit**.

## Palët

- Shkolla: emri, adresa, mësuesi koordinator i praktikës
- Kompania: emri, adresa, mentori në kompani
- Nxënësi: emri, klasa, profili (elektroteknikë ose TIK)

## Kohëzgjatja dhe orari

Praktika zgjat katër javë. Nxënësi punon jo më shumë se gjashtë orë në ditë.

## Detyrat e palëve

- Kompania i cakton nxënësit një mentor dhe detyra që lidhen me profilin e tij.
- Shkolla e viziton nxënësin të paktën një herë gjatë praktikës.
- Nxënësi mban ditarin javor dhe respekton rregullat e sigurisë."#,
            },
            RevisionSpec {
                by: DRITAN,
                at: ago(17, 18),
                note: "Shtova sigurimin dhe nënshkrimin e prindit",
                title: "Marrëveshja tip e praktikës",
                md: r#"Marrëveshje praktike mes **shkollës**, **kompanisë** dhe **nxënësit**.

## Palët

- Shkolla: emri, adresa, mësuesi koordinator i praktikës
- Kompania: emri, adresa, mentori në kompani
- Nxënësi: emri, klasa, profili (elektroteknikë ose TIK)

## Kohëzgjatja dhe orari

Praktika zgjat katër javë. Nxënësi punon jo më shumë se gjashtë orë në ditë.

## Detyrat e palëve

- Kompania i cakton nxënësit një mentor dhe detyra që lidhen me profilin e tij.
- Shkolla e viziton nxënësin të paktën një herë gjatë praktikës.
- Nxënësi mban ditarin javor dhe respekton rregullat e sigurisë.

## Sigurimi

Shkolla konfirmon se nxënësi është i siguruar për aksidente gjatë praktikës. Kompania e njofton shkollën po atë ditë për çdo aksident.

## Nënshkrimet

Për nxënësit nën 18 vjeç nënshkruan edhe njëri nga prindërit."#,
            },
            RevisionSpec {
                by: BESA,
                at: ago(9, 11),
                note: "Orari sipas komenteve të inspektoratit; shtova vlerësimin",
                title: "Marrëveshja tip e praktikës",
                md: r#"Marrëveshje praktike mes **shkollës**, **kompanisë** dhe **nxënësit**.

## Palët

- Shkolla: emri, adresa, mësuesi koordinator i praktikës
- Kompania: emri, adresa, mentori në kompani
- Nxënësi: emri, klasa, profili (elektroteknikë ose TIK)

## Kohëzgjatja dhe orari

Praktika zgjat katër javë. Nxënësi punon jo më shumë se gjashtë orë në ditë dhe 30 orë në javë. Nxënësit nën 18 vjeç nuk punojnë natën dhe as në ditë pushimi.

## Detyrat e palëve

- Kompania i cakton nxënësit një mentor dhe detyra që lidhen me profilin e tij.
- Shkolla e viziton nxënësin të paktën një herë gjatë praktikës.
- Nxënësi mban ditarin javor dhe respekton rregullat e sigurisë.

## Sigurimi

Shkolla konfirmon se nxënësi është i siguruar për aksidente gjatë praktikës. Kompania e njofton shkollën po atë ditë për çdo aksident.

## Vlerësimi

Në fund të praktikës mentori plotëson fletën e vlerësimit, dhe shkolla e merr parasysh në notën e praktikës profesionale.

## Nënshkrimet

Për nxënësit nën 18 vjeç nënshkruan edhe njëri nga prindërit."#,
            },
        ],
        &[
            RevisionSpec {
                by: BESA,
                at: ago(12, 15),
                note: "Versioni i parë",
                title: "Ditari javor i praktikantit",
                md: r#"Plotësohet çdo të premte dhe e nënshkruan mentori.

**Java:** ___ **Kompania:** ___

1. Çfarë punova këtë javë?
2. Çfarë mësova që nuk e dija?
3. Ku pata vështirësi dhe kush më ndihmoi?
4. A kishte ndonjë rrezik për sigurinë? Si u veprua?

Nënshkrimi i nxënësit: ___ Nënshkrimi i mentorit: ___"#,
            },
            RevisionSpec {
                by: ELIRA,
                at: ago(5, 21),
                note: "Pyetje më të shkurtra, siç i kuptojnë nxënësit",
                title: "Ditari javor i praktikantit",
                md: r#"Plotësohet çdo të premte dhe e nënshkruan mentori.

**Java:** ___ **Kompania:** ___

1. Çfarë bëra këtë javë? (tre deri në pesë punë)
2. Çfarë mësova të re?
3. Çfarë ishte e vështirë? Kush më ndihmoi?
4. A pashë diçka të rrezikshme? Çfarë bëmë?
5. Çfarë dua të provoj javën tjetër?

Nënshkrimi i nxënësit: ___ Nënshkrimi i mentorit: ___"#,
            },
        ],
    ],
    meetings: &[
        MeetingSpec {
            title: "Takimi i parë i grupit",
            day: -28,
            hour: 17,
            minute: 0,
            zone: "Europe/Tirane",
            duration: 60,
            place: PRAKTIKA_CALL,
            agenda: r#"1. Prezantimi: si i organizon praktikat sot çdo shkollë dhe organizatë
2. Qëllimi i grupit dhe afatet
3. Ndarja e detyrave"#,
            by: DRITAN,
            created: ago(33, 9),
            minutes: Some(note(
                BESA,
                ago(27, 10),
                r#"- Ramë dakord që paketa të ketë katër pjesë: marrëveshjen tip, ditarin javor, listën e sigurisë dhe listën e kompanive.
- Arbeni mbledh marrëveshjet ekzistuese nga shkollat; Besa shkruan ditarin javor; Dritani merret me sigurinë në punë.
- Elira do të pyesë ish-shokët e klasës si e kaluan praktikën: zëri i nxënësve duhet të jetë në paketë.
- Takimi tjetër pas draftit të dytë të marrëveshjes."#,
            )),
            attendance: &[
                (DRITAN, meetings::PRESENT),
                (ARBEN, meetings::PRESENT),
                (BESA, meetings::PRESENT),
                (ELIRA, meetings::EXCUSED),
            ],
        },
        MeetingSpec {
            title: "Drafti i dytë i marrëveshjes dhe takimi me bizneset",
            day: 4,
            hour: 17,
            minute: 0,
            zone: "Europe/Tirane",
            duration: 60,
            place: PRAKTIKA_CALL,
            agenda: r#"1. Marrëveshja tip: drafti i dytë (Arbeni)
2. Pyetësori për nxënësit: përgjigjet e para (Elira)
3. Takimi me bizneset në Durrës: ftesa dhe kush vjen"#,
            by: DRITAN,
            created: ago(3, 9),
            minutes: None,
            attendance: &[],
        },
        MeetingSpec {
            title: "Takim me bizneset partnere në Durrës",
            day: 24,
            hour: 10,
            minute: 0,
            zone: "Europe/Tirane",
            duration: 120,
            place: "Shkolla Profesionale Teknike Durrës, salla e mësuesve",
            agenda: r#"1. Mirëseardhja: pse jemi këtu
2. Paketa e praktikës: marrëveshja, ditari, siguria
3. Çfarë u nevojitet bizneseve nga shkolla
4. Kafe dhe bisedë e lirë"#,
            by: DRITAN,
            created: ago(3, 9),
            minutes: None,
            attendance: &[],
        },
    ],
    threads: &[
        ThreadSpec {
            title: "Sa orë praktikë në javë janë realiste?",
            posts: &[
                note(
                    ARBEN,
                    ago(25, 8),
                    "Në marrëveshjet që mblodha orari ndryshon shumë: nga 15 deri në 40 orë në \
                     javë. Për nxënësit nën 18 vjeç ligji lejon më pak. Sa orë bëjnë nxënësit \
                     tuaj në praktikë, dhe si e ndani kohën mes shkollës dhe kompanisë?",
                ),
                note(
                    DRITAN,
                    ago(25, 14),
                    "Në Durrës nxënësit e vitit të tretë bëjnë katër javë praktikë me 30 orë në \
                     javë, pa mësim në shkollë gjatë asaj kohe. Kompanitë e vogla e preferojnë \
                     këtë, sepse nxënësi e ndjek një punë nga fillimi deri në fund.",
                ),
                note(
                    BESA,
                    ago(24, 10),
                    "Në Shkup shumica e shkollave bëjnë dy ditë në javë gjatë gjithë vitit. \
                     Kompanive të TIK-ut u pëlqen, instaluesve jo shumë.",
                ),
                note(
                    ELIRA,
                    ago(23, 19),
                    "Si ish-nxënëse: katër javë rresht ishin më të dobishme. Me dy ditë në javë \
                     nuk arrija ta përfundoja asnjë punë.",
                ),
            ],
        },
        ThreadSpec {
            title: "Kush e siguron nxënësin gjatë praktikës?",
            posts: &[
                note(
                    BESA,
                    ago(21, 9),
                    "Asnjë nga marrëveshjet ekzistuese nuk e thotë qartë. A e ka sigurimin \
                     shkolla, kompania apo prindi? Si veproni ju kur ndodh një aksident i \
                     vogël?",
                ),
                note(
                    ARBEN,
                    ago(20, 15),
                    "Në Kosovë shkolla duhet ta sigurojë nxënësin, por shumë shkolla nuk e \
                     dinë. Do ta pyes ministrinë dhe do ta shkruaj përgjigjen këtu.",
                ),
                note(
                    DRITAN,
                    ago(19, 8),
                    "Ne kemi një policë kolektive për të gjithë nxënësit e shkollës, që e \
                     mbulon edhe praktikën. E shtova te marrëveshja tip, te pjesa \
                     \"Sigurimi\".",
                ),
            ],
        },
    ],
    links: &[
        LinkSpec {
            title: "Udhëzues për arsimin profesional dual: si të nisë një shkollë \
                    bashkëpunimin me bizneset",
            by: DRITAN,
            at: ago(34, 10),
            note: "Përvoja jonë në Durrës: shumë nga këshillat vlejnë edhe për praktikat e \
                   shkurtra.",
        },
        LinkSpec {
            title: "Siguria në kantier: dhjetë rregulla për praktikantët e ndërtimit",
            by: DRITAN,
            at: ago(18, 9),
            note: "Modeli për listën tonë të sigurisë: rregullat janë për ndërtimin, por forma \
                   vlen edhe për elektroteknikën.",
        },
    ],
    outcome: None,
};

const FORNI_CALL: &str = "https://meet.example.org/forni-accoglienti";

const FORNI: GroupSpec = GroupSpec {
    title: "Accogliere apprendisti stranieri nei forni artigiani",
    theme: "Un kit pratico per i panifici e le pasticcerie che ospitano apprendisti e \
            tirocinanti in mobilità da altri paesi europei.",
    goal: r#"Molti forni artigiani accolgono volentieri un apprendista straniero, ma il primo giorno nessuno sa da dove cominciare. Vogliamo scrivere insieme un **kit di accoglienza** breve e concreto:

- una lista di controllo per il primo giorno in laboratorio;
- un glossario del forno in italiano, inglese, albanese e spagnolo;
- tre interviste a forni che ospitano già apprendisti dall'estero.

Il gruppo lavora su invito e chiude prima della nuova stagione di mobilità."#,
    lang: L::It,
    starts: -200,
    ends: -21,
    membership: groups::INVITATION,
    sectors: &[S::Bakery, S::Hospitality],
    creator: SOFIA,
    created: ago(203, 9),
    members: &[
        (GIULIA, ago(202, 10)),
        (DRITAN, ago(200, 15)),
        (ELIRA, ago(199, 18)),
    ],
    coordinators: &[],
    request: None,
    invitation: None,
    tasks: &[
        TaskSpec {
            title: "Lista di controllo per il primo giorno",
            description: "Cosa mostrare, cosa spiegare, cosa far firmare il primo giorno: \
                sicurezza, igiene, orari, a chi chiedere aiuto.",
            status: tasks::DONE,
            assignee: Some(GIULIA),
            due: Some(-150),
            by: SOFIA,
            created: ago(195, 9),
            moved: ago(151, 16),
            comments: &[],
        },
        TaskSpec {
            title: "Glossario del forno in quattro lingue",
            description: "Cinquanta parole del laboratorio (attrezzi, ingredienti, fasi di \
                lavoro) in italiano, inglese, albanese e spagnolo.",
            status: tasks::DONE,
            assignee: Some(ELIRA),
            due: Some(-120),
            by: SOFIA,
            created: ago(190, 10),
            moved: ago(122, 20),
            comments: &[
                note(
                    GIULIA,
                    ago(130, 8),
                    "Ho aggiunto la colonna spagnola; un collega di Saragozza ha controllato i \
                     termini della pasticceria.",
                ),
                note(
                    ELIRA,
                    ago(123, 19),
                    "Colonna albanese completata. Alcune parole, come lievito madre e cella \
                     di lievitazione, le ho spiegate con una frase, perché non c'è una parola \
                     sola.",
                ),
            ],
        },
        TaskSpec {
            title: "Intervistare tre forni che ospitano apprendisti stranieri",
            description: "Mezz'ora di telefonata con il titolare o il tutor: cosa ha funzionato, \
                cosa no, cosa avrebbero voluto sapere prima.",
            status: tasks::DONE,
            assignee: Some(SOFIA),
            due: Some(-90),
            by: SOFIA,
            created: ago(185, 11),
            moved: ago(92, 14),
            comments: &[note(
                SOFIA,
                ago(92, 14),
                "Fatte: il nostro forno a Modena, un forno di Bologna e una pasticceria di \
                 Durrës che ha ospitato due ragazzi italiani. Le sintesi sono nella pagina del \
                 kit.",
            )],
        },
        TaskSpec {
            title: "Preparare i tirocinanti di Durrës prima della partenza",
            description: "Una lezione di due ore con il glossario e la lista del primo giorno, \
                prima della mobilità di primavera.",
            status: tasks::DONE,
            assignee: Some(DRITAN),
            due: Some(-75),
            by: DRITAN,
            created: ago(150, 9),
            moved: ago(80, 10),
            comments: &[],
        },
        TaskSpec {
            title: "Revisione del kit con i tutor aziendali",
            description: "Mandare il kit a cinque tutor e raccogliere le loro correzioni entro \
                due settimane.",
            status: tasks::DONE,
            assignee: Some(GIULIA),
            due: Some(-40),
            by: SOFIA,
            created: ago(100, 9),
            moved: ago(42, 17),
            comments: &[],
        },
        TaskSpec {
            title: "Scrivere il risultato finale e chiudere il gruppo",
            description: "Tre paragrafi: cosa abbiamo fatto, cosa contiene il kit, come usarlo. \
                Poi pubblicarlo nella raccolta di risorse.",
            status: tasks::DONE,
            assignee: Some(SOFIA),
            due: Some(-21),
            by: SOFIA,
            created: ago(40, 10),
            moved: ago(21, 16),
            comments: &[],
        },
    ],
    pages: &[&[
        RevisionSpec {
            by: SOFIA,
            at: ago(160, 10),
            note: "Prima struttura",
            title: "Kit di accoglienza: indice e testi",
            md: r#"Il kit ha tre parti.

1. **Prima dell'arrivo**: cosa chiedere alla scuola di invio, cosa mandare all'apprendista.
2. **Il primo giorno**: la lista di controllo.
3. **Le prime settimane**: glossario, turni, a chi rivolgersi."#,
        },
        RevisionSpec {
            by: GIULIA,
            at: ago(90, 15),
            note: "Aggiunte la lista del primo giorno e le interviste",
            title: "Kit di accoglienza: indice e testi",
            md: r#"Il kit ha tre parti.

1. **Prima dell'arrivo**: cosa chiedere alla scuola di invio, cosa mandare all'apprendista.
2. **Il primo giorno**: la lista di controllo.
3. **Le prime settimane**: glossario, turni, a chi rivolgersi.

## Il primo giorno

- giro del laboratorio: forni, impastatrici, celle, uscite di emergenza;
- igiene: divisa, capelli, mani, cosa non si porta in laboratorio;
- orari: a che ora si comincia davvero (spesso alle quattro) e quando si fa la pausa;
- una persona di riferimento, con il suo numero di telefono.

## Cosa dicono i forni

I tre forni intervistati dicono la stessa cosa: la prima settimana l'apprendista osserva più che lavorare, e va bene così. Il problema più comune non è la lingua, ma l'orario notturno."#,
        },
        RevisionSpec {
            by: SOFIA,
            at: ago(30, 11),
            note: "Versione finale dopo la revisione con i tutor",
            title: "Kit di accoglienza: indice e testi",
            md: r#"Il kit ha tre parti.

1. **Prima dell'arrivo**: cosa chiedere alla scuola di invio, cosa mandare all'apprendista.
2. **Il primo giorno**: la lista di controllo.
3. **Le prime settimane**: glossario, turni, a chi rivolgersi.

## Prima dell'arrivo

- chiedere alla scuola di invio l'attestato del corso di igiene alimentare;
- mandare all'apprendista il glossario e qualche foto del laboratorio;
- decidere chi lo aspetta il primo giorno, dove e a che ora.

## Il primo giorno

- giro del laboratorio: forni, impastatrici, celle, uscite di emergenza;
- igiene: divisa, capelli, mani, cosa non si porta in laboratorio;
- orari: a che ora si comincia davvero (spesso alle quattro) e quando si fa la pausa;
- una persona di riferimento, con il suo numero di telefono;
- il numero di emergenza, scritto in italiano e nella lingua dell'apprendista.

## Cosa dicono i forni

I tre forni intervistati dicono la stessa cosa: la prima settimana l'apprendista osserva più che lavorare, e va bene così. Il problema più comune non è la lingua, ma l'orario notturno. I tutor chiedono anche una regola sul riposo: dopo un turno di notte, niente corso di lingua la mattina."#,
        },
    ]],
    meetings: &[MeetingSpec {
        title: "Revisione finale del kit",
        day: -28,
        hour: 15,
        minute: 0,
        zone: "Europe/Rome",
        duration: 60,
        place: FORNI_CALL,
        agenda: r#"1. Le correzioni dei tutor aziendali
2. Il kit è completo?
3. Il risultato finale e la chiusura del gruppo"#,
        by: SOFIA,
        created: ago(35, 9),
        minutes: Some(note(
            SOFIA,
            ago(27, 10),
            r#"- Il kit è completo: lista del primo giorno, glossario in quattro lingue, sintesi delle interviste.
- I tutor hanno chiesto due aggiunte (il riposo dopo il turno di notte, il numero di emergenza in due lingue): fatte.
- Sofia scrive il risultato finale e lo pubblica nella raccolta di risorse; poi il gruppo chiude.
- Grazie a tutti: il kit si usa già nella mobilità di primavera."#,
        )),
        attendance: &[
            (SOFIA, meetings::PRESENT),
            (GIULIA, meetings::PRESENT),
            (DRITAN, meetings::PRESENT),
            (ELIRA, meetings::EXCUSED),
        ],
    }],
    threads: &[ThreadSpec {
        title: "Cosa deve sapere un apprendista straniero il primo giorno?",
        posts: &[
            note(
                SOFIA,
                ago(180, 9),
                "Iniziamo da qui: pensando ai vostri laboratori, quali sono le tre cose che un \
                 apprendista arrivato dall'estero deve sapere prima di mettere le mani in pasta?",
            ),
            note(
                GIULIA,
                ago(179, 14),
                "Per me: l'igiene (e perché è così severa), l'orario vero di inizio, e il nome \
                 di una persona a cui chiedere. Tutto il resto si impara lavorando.",
            ),
            note(
                DRITAN,
                ago(178, 10),
                "I nostri ragazzi di Durrës mi dicono sempre la stessa cosa: nessuno spiega le \
                 pause. Non sanno se possono sedersi o mangiare qualcosa.",
            ),
            note(
                ELIRA,
                ago(177, 20),
                "Da futura tirocinante: mi aiuterebbe conoscere le parole del laboratorio prima \
                 di partire. Se il primo giorno capisco «impastatrice» e «teglia», ho meno \
                 paura di sbagliare.",
            ),
        ],
    }],
    links: &[LinkSpec {
        title: "Guida per l'apprendista in mobilità Erasmus+: prima, durante e dopo",
        by: SOFIA,
        at: ago(190, 9),
        note: "La guida per gli apprendisti che partono: il nostro kit è la metà che serve alle \
               aziende che li accolgono.",
    }],
    outcome: Some(OutcomeSpec {
        by: SOFIA,
        closed: ago(21, 17),
        published: ago(20, 10),
        md: r#"Il gruppo ha lavorato sei mesi con un'idea semplice: un forno artigiano che accoglie un apprendista straniero ha bisogno di poche cose chiare, non di un manuale. Il risultato è un **kit di accoglienza** in tre parti (prima dell'arrivo, il primo giorno, le prime settimane), scritto insieme da una scuola professionale di Bologna, una scuola tecnica di Durrës, un panificio di Modena e una giovane che si prepara a un tirocinio in Italia.

Il kit contiene una lista di controllo per il primo giorno (giro del laboratorio, igiene, orari, persona di riferimento, numero di emergenza), un glossario di cinquanta parole del forno in italiano, inglese, albanese e spagnolo, e la sintesi di tre interviste a forni che ospitano già apprendisti dall'estero. La lezione più chiara delle interviste: il problema non è quasi mai la lingua, ma l'orario notturno e le regole che nessuno dice, come le pause.

Il kit è stato usato per preparare due tirocinanti di Durrës prima della partenza e rivisto con cinque tutor aziendali. Chi lo usa può adattarlo liberamente (CC BY): raccontateci com'è andata con un commento o una segnalazione di riutilizzo su questa risorsa."#,
    }),
};

const GROUPS: [&GroupSpec; 3] = [&CARPENTRY, &PRAKTIKA, &FORNI];

// ---- Loading ----------------------------------------------------------------------------------

/// What the loader needs everywhere: the people's ids and today.
struct Cast<'a> {
    ids: &'a [i64],
    clock: Clock,
}

impl Cast<'_> {
    fn id(&self, k: usize) -> i64 {
        self.ids[k]
    }
}

/// What was made of a group, for the summary printed at the end.
struct Made {
    id: i64,
    title: &'static str,
    archived: bool,
}

/// Markdown as the pages store it: rendered once, when written.
fn html(md: &str) -> String {
    bottega_text::render(md, &HashMap::new()).html
}

/// A shared page's rendering: headings two levels down, as the pages feature saves them.
fn page_html(md: &str) -> String {
    bottega_text::demote_headings(&html(md), 2)
}

/// A new calendar identifier, as meetings planned on the site get one.
fn new_uid() -> String {
    format!("{:032x}@bottega", rand::random::<u128>())
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

/// Loads the three demo groups unless they are already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if settings::get(db, LOADED_KEY).await?.is_some() {
        println!("The collaboration demo is already loaded.");
        return Ok(());
    }
    let Some(ids) = find_cast(db).await? else {
        println!(
            "The collaboration demo needs the demo people as `bottega demo` makes them: skipped."
        );
        return Ok(());
    };
    let cast = Cast {
        ids: &ids,
        clock: Clock::at(bottega_storage::now()),
    };
    let mut tx = db.begin().await?;
    if !settings::claim_once(&mut tx, LOADED_KEY).await? {
        println!("The collaboration demo is already loaded.");
        return Ok(());
    }
    let mut made = Vec::new();
    let mut missing = Vec::new();
    for spec in GROUPS {
        made.push(store_group(&mut tx, spec, &cast, &mut missing).await?);
    }
    tx.commit().await.map_err(StorageError::from)?;

    let count = |f: fn(&GroupSpec) -> usize| GROUPS.iter().map(|g| f(g)).sum::<usize>();
    let archived = made.iter().filter(|m| m.archived).count();
    println!(
        "Collaboration demo loaded: {} working groups ({} active, {archived} archived), {} tasks, \
         {} pages, {} meetings, {} discussion threads.",
        made.len(),
        made.len() - archived,
        count(|g| g.tasks.len()),
        count(|g| g.pages.len()),
        count(|g| g.meetings.len()),
        count(|g| g.threads.len()),
    );
    for m in &made {
        let state = if m.archived { "archived" } else { "active" };
        println!("  /groups/{:<4} {state:<9} {}", m.id, m.title);
    }
    println!(
        "  Sign in as {} to coordinate the carpentry group and answer an invitation, or as {} \
         to answer a request to join.",
        PEOPLE[GIULIA].1, PEOPLE[DRITAN].1
    );
    if !missing.is_empty() {
        println!("  Not linked, not in the toolbox: {}.", missing.join("; "));
    }
    Ok(())
}

async fn store_group(
    tx: &mut Conn,
    spec: &GroupSpec,
    cast: &Cast<'_>,
    missing: &mut Vec<&'static str>,
) -> anyhow::Result<Made> {
    let clock = cast.clock;
    let lang = spec.lang.code();
    let goal_html = html(spec.goal);
    let (starts_on, ends_on) = (clock.date(spec.starts), clock.date(spec.ends));
    let creator = cast.id(spec.creator);
    let id = groups::create(
        tx,
        &GroupFields {
            title: spec.title,
            theme: spec.theme,
            goal_md: spec.goal,
            goal_html: &goal_html,
            lang,
            starts_on: &starts_on,
            ends_on: &ends_on,
            membership: spec.membership,
            sectors: spec.sectors,
        },
        creator,
    )
    .await?;
    audit::record(
        tx,
        Some(creator),
        "group.create",
        "wg_group",
        Some(id),
        spec.title,
    )
    .await?;
    let created = clock.instant(spec.created);
    exec(
        tx,
        "UPDATE wg_groups SET created_at = $1, updated_at = $1 WHERE id = $2",
        &[created, id],
    )
    .await?;
    exec(
        tx,
        "UPDATE communities SET created_at = $1 WHERE group_id = $2",
        &[created, id],
    )
    .await?;
    exec(
        tx,
        "UPDATE wg_members SET created_at = $1, joined_at = $1 WHERE group_id = $2 AND user_id = $3",
        &[created, id, creator],
    )
    .await?;

    // The people.
    for (k, joined) in spec.members {
        let user = cast.id(*k);
        groups::add(tx, id, user, groups::IN, None, "").await?;
        exec(
            tx,
            "UPDATE wg_members SET created_at = $1, joined_at = $1 WHERE group_id = $2 AND user_id = $3",
            &[clock.instant(*joined), id, user],
        )
        .await?;
    }
    for k in spec.coordinators {
        if !groups::set_role(tx, id, cast.id(*k), groups::COORDINATOR).await? {
            bail!("{} is no member of {}", PEOPLE[*k].1, spec.title);
        }
    }
    if let Some((k, at, message)) = spec.request {
        let user = cast.id(k);
        groups::add(tx, id, user, groups::REQUESTED, None, message).await?;
        exec(
            tx,
            "UPDATE wg_members SET created_at = $1 WHERE group_id = $2 AND user_id = $3",
            &[clock.instant(at), id, user],
        )
        .await?;
    }
    if let Some((k, by, at)) = spec.invitation {
        let user = cast.id(k);
        groups::add(tx, id, user, groups::INVITED, Some(cast.id(by)), "").await?;
        exec(
            tx,
            "UPDATE wg_members SET created_at = $1 WHERE group_id = $2 AND user_id = $3",
            &[clock.instant(at), id, user],
        )
        .await?;
    }

    for t in spec.tasks {
        store_task(tx, id, lang, t, cast).await?;
    }
    for revisions in spec.pages {
        store_page(tx, id, lang, revisions, cast).await?;
    }
    for m in spec.meetings {
        store_meeting(tx, id, lang, m, cast).await?;
    }

    // The discussion: the group's own community.
    let community: Option<i64> =
        sqlx::query_scalar("SELECT community_id FROM wg_groups WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let community = community.context("a group without its discussion")?;
    for t in spec.threads {
        store_thread(tx, community, spec.lang, t, cast).await?;
    }
    if !spec.threads.is_empty() {
        exec(
            tx,
            "UPDATE communities SET last_post_at = \
             (SELECT MAX(t.last_post_at) FROM threads t WHERE t.community_id = $1) WHERE id = $1",
            &[community],
        )
        .await?;
    }

    for l in spec.links {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM resources WHERE title = $1 ORDER BY id LIMIT 1")
                .bind(l.title)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(resource) = found else {
            missing.push(l.title);
            continue;
        };
        groups::link_resource(tx, id, resource, l.note, cast.id(l.by)).await?;
        exec(
            tx,
            "UPDATE wg_resources SET added_at = $1 WHERE group_id = $2 AND resource_id = $3",
            &[clock.instant(l.at), id, resource],
        )
        .await?;
    }

    if let Some(o) = &spec.outcome {
        close(tx, id, spec, o, cast).await?;
    }
    Ok(Made {
        id,
        title: spec.title,
        archived: spec.outcome.is_some(),
    })
}

async fn store_task(
    tx: &mut Conn,
    group: i64,
    lang: &str,
    t: &TaskSpec,
    cast: &Cast<'_>,
) -> anyhow::Result<()> {
    let clock = cast.clock;
    let due = t.due.map(|d| clock.date(d));
    let description_html = html(t.description);
    let id = tasks::create(
        tx,
        group,
        &TaskFields {
            title: t.title,
            description_md: t.description,
            description_html: &description_html,
            assignee_id: t.assignee.map(|k| cast.id(k)),
            due_on: due.as_deref(),
        },
        cast.id(t.by),
    )
    .await?;
    // Cards move through the columns one at a time, as on the board.
    let path: &[&str] = match t.status {
        tasks::TODO => &[],
        tasks::DOING => &[tasks::DOING],
        tasks::DONE => &[tasks::DOING, tasks::DONE],
        other => bail!("unknown task status {other}"),
    };
    let mut version = tasks::get_in(tx, group, id)
        .await?
        .context("the task just made")?
        .version;
    for status in path {
        version = tasks::set_status(tx, group, id, version, status).await?;
    }
    for c in t.comments {
        let comment =
            tasks::add_comment(tx, group, id, cast.id(c.by), c.md, &html(c.md), lang).await?;
        exec(
            tx,
            "UPDATE wg_task_comments SET created_at = $1 WHERE id = $2",
            &[clock.instant(c.at), comment],
        )
        .await?;
    }
    exec(
        tx,
        "UPDATE wg_tasks SET created_at = $1, updated_at = $2 WHERE id = $3",
        &[clock.instant(t.created), clock.instant(t.moved), id],
    )
    .await
}

async fn store_page(
    tx: &mut Conn,
    group: i64,
    lang: &str,
    revisions: &[RevisionSpec],
    cast: &Cast<'_>,
) -> anyhow::Result<()> {
    let clock = cast.clock;
    let (first, later) = revisions.split_first().context("a page without text")?;
    let first_html = page_html(first.md);
    let id = pages::create(
        tx,
        group,
        &PageText {
            title: first.title,
            body_md: first.md,
            body_html: &first_html,
            lang,
        },
        &Change {
            author: cast.id(first.by),
            note: first.note,
            restored_from: None,
        },
    )
    .await?;
    let mut base = 1;
    for r in later {
        let body_html = page_html(r.md);
        let saved = pages::save(
            tx,
            group,
            id,
            base,
            &PageText {
                title: r.title,
                body_md: r.md,
                body_html: &body_html,
                lang,
            },
            &Change {
                author: cast.id(r.by),
                note: r.note,
                restored_from: None,
            },
        )
        .await?;
        match saved {
            Saved::Revision(n) => base = n,
            Saved::Unchanged => bail!("a revision of {} that changes nothing", first.title),
        }
    }
    for (n, r) in (1..).zip(revisions) {
        exec(
            tx,
            "UPDATE wg_page_revisions SET created_at = $1 WHERE page_id = $2 AND revision = $3",
            &[clock.instant(r.at), id, n],
        )
        .await?;
    }
    let last = revisions.last().map_or(first.at, |r| r.at);
    exec(
        tx,
        "UPDATE wg_pages SET created_at = $1, updated_at = $2 WHERE id = $3",
        &[clock.instant(first.at), clock.instant(last), id],
    )
    .await
}

async fn store_meeting(
    tx: &mut Conn,
    group: i64,
    lang: &str,
    m: &MeetingSpec,
    cast: &Cast<'_>,
) -> anyhow::Result<()> {
    let clock = cast.clock;
    let agenda_html = html(m.agenda);
    let starts_at = clock.local(m.zone, m.day, m.hour, m.minute)?;
    let by = cast.id(m.by);
    let id = meetings::create(
        tx,
        group,
        &MeetingFields {
            title: m.title,
            starts_at,
            time_zone: m.zone,
            duration_minutes: m.duration,
            place: m.place,
            agenda_md: m.agenda,
            agenda_html: &agenda_html,
            lang,
        },
        &new_uid(),
        by,
    )
    .await?;
    let created = clock.instant(m.created);
    exec(
        tx,
        "UPDATE wg_meetings SET created_at = $1, updated_at = $1 WHERE id = $2",
        &[created, id],
    )
    .await?;
    if let Some(n) = &m.minutes {
        let writer = cast.id(n.by);
        meetings::set_minutes(tx, group, id, n.md, &html(n.md), lang, writer).await?;
        let entries: Vec<(i64, Option<&str>)> = m
            .attendance
            .iter()
            .map(|(k, status)| (cast.id(*k), Some(*status)))
            .collect();
        meetings::record_attendance(tx, id, &entries, writer).await?;
        let at = clock.instant(n.at);
        exec(
            tx,
            "UPDATE wg_meetings SET minutes_at = $1, updated_at = $1 WHERE id = $2",
            &[at, id],
        )
        .await?;
        exec(
            tx,
            "UPDATE wg_attendance SET recorded_at = $1 WHERE meeting_id = $2",
            &[at, id],
        )
        .await?;
    }
    Ok(())
}

async fn store_thread(
    tx: &mut Conn,
    community: i64,
    lang: Language,
    t: &ThreadSpec,
    cast: &Cast<'_>,
) -> anyhow::Result<()> {
    let clock = cast.clock;
    let (opening, replies) = t.posts.split_first().context("a thread without posts")?;
    let detected = |md: &str| {
        let rendered = bottega_text::render(md, &HashMap::new());
        let same = bottega_text::detect_language(&rendered.plain) == Some(lang);
        (rendered.html, same)
    };
    let (body_html, lang_detected) = detected(opening.md);
    let (thread, first_post) = threads::create(
        tx,
        &NewThread {
            community_id: community,
            kind: threads::DISCUSSION,
            title: t.title,
            author_id: cast.id(opening.by),
            lang,
            lang_detected,
            country: None,
            sector: None,
            org_type: None,
            body_md: opening.md,
            body_html: &body_html,
        },
    )
    .await?;
    let mut stamps = vec![(first_post, opening.at)];
    for r in replies {
        let (body_html, lang_detected) = detected(r.md);
        let (post, _) = posts::reply(
            tx,
            &NewPost {
                thread_id: thread,
                author_id: cast.id(r.by),
                body_md: r.md,
                body_html: &body_html,
                lang,
                lang_detected,
            },
        )
        .await?;
        stamps.push((post, r.at));
    }
    for (post, at) in &stamps {
        exec(
            tx,
            "UPDATE posts SET created_at = $1 WHERE id = $2",
            &[clock.instant(*at), *post],
        )
        .await?;
    }
    let last = t.posts.last().map_or(opening.at, |p| p.at);
    exec(
        tx,
        "UPDATE threads SET created_at = $1, last_post_at = $2 WHERE id = $3",
        &[clock.instant(opening.at), clock.instant(last), thread],
    )
    .await?;
    exec(
        tx,
        "UPDATE thread_follows SET created_at = $1 WHERE thread_id = $2",
        &[clock.instant(opening.at), thread],
    )
    .await
}

/// Closes a group as a coordinator does on its close page, then publishes the outcome in the
/// toolbox as the overview's publish button does (`features::collaboration::close`).
async fn close(
    tx: &mut Conn,
    id: i64,
    spec: &GroupSpec,
    o: &OutcomeSpec,
    cast: &Cast<'_>,
) -> anyhow::Result<()> {
    let clock = cast.clock;
    let by = cast.id(o.by);
    let outcome_html = html(o.md);
    groups::archive(tx, id, o.md, &outcome_html, spec.lang.code()).await?;
    audit::record(
        tx,
        Some(by),
        "group.archive",
        "wg_group",
        Some(id),
        spec.title,
    )
    .await?;
    let fields = ResourceFields {
        title: spec.title.to_string(),
        description_md: o.md.to_string(),
        description_html: outcome_html,
        lang: spec.lang,
        rtype: ResourceType::ProjectResult,
        external_url: None,
        country: None,
        eqf_level: None,
        licence: Licence::CcBy,
        org_id: None,
        project_name: Some(spec.title.to_string()),
        project_number: None,
        visibility: ResourceVisibility::Public,
        languages: vec![spec.lang],
        sectors: spec.sectors.to_vec(),
        themes: Vec::new(),
        targets: Vec::new(),
        competences: Vec::new(),
    };
    let resource = resources::create(tx, by, &fields).await?;
    groups::set_outcome_resource(tx, id, resource).await?;
    groups::link_resource(tx, id, resource, "", by).await?;
    let closed = clock.instant(o.closed);
    let published = clock.instant(o.published);
    exec(
        tx,
        "UPDATE wg_groups SET archived_at = $1, updated_at = $1 WHERE id = $2",
        &[closed, id],
    )
    .await?;
    exec(
        tx,
        "UPDATE resources SET created_at = $1, updated_at = $1 WHERE id = $2",
        &[published, resource],
    )
    .await?;
    exec(
        tx,
        "UPDATE wg_resources SET added_at = $1 WHERE group_id = $2 AND resource_id = $3",
        &[published, id, resource],
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo_time::ymd;
    use bottega_domain::{DAY, HOUR};

    #[test]
    fn page_headings_move_two_levels_down() {
        let h = page_html("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\ntext");
        for (tag, n) in [("<h3>", 1), ("<h4>", 1), ("<h5>", 1), ("<h6>", 2)] {
            assert_eq!(h.matches(tag).count(), n, "{tag} in {h}");
        }
        assert!(!h.contains("<h1>") && !h.contains("<h2>"), "{h}");
    }

    #[test]
    fn the_groups_are_consistent() {
        let all: Vec<&str> = PEOPLE.iter().map(|p| p.0).collect();
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        let mut titles: Vec<&str> = GROUPS.iter().map(|g| g.title).collect();
        titles.dedup();
        assert_eq!(titles.len(), GROUPS.len());

        for g in GROUPS {
            let members: Vec<usize> = std::iter::once(g.creator)
                .chain(g.members.iter().map(|m| m.0))
                .collect();
            let is_member = |k: &usize| members.contains(k);
            assert!(members.len() >= 4, "{}", g.title);
            assert!(g.coordinators.iter().all(is_member));
            assert!(g.members.iter().all(|(_, at)| at.after(g.created)));
            assert!(groups::MEMBERSHIPS.contains(&g.membership));
            assert!(g.starts < g.ends && g.created.days >= -g.starts);
            if let Some((k, _, message)) = g.request {
                assert!(!is_member(&k) && !message.trim().is_empty());
                assert_eq!(g.membership, groups::REQUEST);
            }
            if let Some((k, by, _)) = g.invitation {
                assert!(!is_member(&k) && is_member(&by));
            }

            // Every moment is in the past, and each list in the order it was written.
            let mut moments = vec![g.created];
            let in_order = |notes: &[Note]| notes.windows(2).all(|w| w[1].at.after(w[0].at));
            for t in g.tasks {
                assert!(tasks::STATUSES.contains(&t.status), "{}", t.title);
                assert!(t.assignee.is_none_or(|k| is_member(&k)), "{}", t.title);
                assert!(is_member(&t.by) && !t.created.after(t.moved), "{}", t.title);
                assert!(t.comments.iter().all(|c| is_member(&c.by)));
                assert!(in_order(t.comments), "{}", t.title);
                moments.extend([t.created, t.moved]);
                moments.extend(t.comments.iter().map(|c| c.at));
            }
            for p in g.pages {
                assert!((2..=4).contains(&p.len()));
                assert!(p
                    .windows(2)
                    .all(|w| w[1].at.after(w[0].at) && w[0].md != w[1].md));
                assert!(p.iter().all(|r| is_member(&r.by) && !r.note.is_empty()));
                moments.extend(p.iter().map(|r| r.at));
            }
            for m in g.meetings {
                assert!(["Europe/Rome", "Europe/Tirane"].contains(&m.zone));
                assert!(is_member(&m.by) && m.duration <= meetings::LONGEST_MINUTES);
                assert!(m.created.days > -m.day || m.day > 0);
                // Minutes and attendance exactly for the meetings held.
                assert_eq!(m.minutes.is_some(), m.day < 0, "{}", m.title);
                assert_eq!(m.attendance.is_empty(), m.day > 0, "{}", m.title);
                if let Some(n) = &m.minutes {
                    assert!(is_member(&n.by) && n.at.days < -m.day);
                    moments.push(n.at);
                }
                for (k, status) in m.attendance {
                    assert!(is_member(k) && meetings::ATTENDANCE.contains(status));
                }
                moments.push(m.created);
            }
            for t in g.threads {
                assert!(t.posts.len() >= 3, "{}", t.title);
                assert!(t.posts.iter().all(|p| is_member(&p.by)));
                assert!(in_order(t.posts), "{}", t.title);
                moments.extend(t.posts.iter().map(|p| p.at));
            }
            assert!((1..=3).contains(&g.links.len()));
            for l in g.links {
                assert!(is_member(&l.by));
                moments.push(l.at);
            }
            for a in moments {
                assert!(a.days >= 1 && (0..24).contains(&a.hour), "{}", g.title);
                assert!(a.days <= g.created.days, "{}", g.title);
            }

            let done = g.tasks.iter().filter(|t| t.status == tasks::DONE).count();
            match &g.outcome {
                None => {
                    assert!((8..=12).contains(&g.tasks.len()), "{}", g.title);
                    for s in tasks::STATUSES {
                        assert!(g.tasks.iter().any(|t| t.status == s));
                    }
                    assert!(g
                        .tasks
                        .iter()
                        .any(|t| t.status != tasks::DONE && t.due.is_some_and(|d| d < 0)));
                    assert!((2..=3).contains(&g.pages.len()));
                    assert!((2..=3).contains(&g.meetings.len()));
                    assert!((2..=3).contains(&g.threads.len()));
                    assert!(g.meetings.iter().any(|m| m.day < 0));
                    assert!(g.meetings.iter().any(|m| (1..=7).contains(&m.day)));
                    assert!(g.ends > 0);
                }
                Some(o) => {
                    assert_eq!(done, g.tasks.len());
                    assert!(g.meetings.iter().all(|m| m.day < 0));
                    assert!(o.md.split("\n\n").count() >= 2);
                    assert!(g.coordinators.contains(&o.by) || g.creator == o.by);
                    assert!(o.published.after(o.closed) && g.ends == -o.closed.days);
                }
            }
        }
        assert_eq!(GROUPS.iter().filter(|g| g.outcome.is_some()).count(), 1);
    }

    bottega_storage::engine_tests!(the_groups_load_once_as_the_pages_read_them);

    async fn the_groups_load_once_as_the_pages_read_them(t: bottega_storage::testing::TestDb) {
        use bottega_search::{audience, kinds, SearchIndex, SearchQuery};
        use bottega_storage::collaboration::groups::GroupFilter;
        use bottega_storage::collaboration::tasks::BoardFilter;
        use bottega_storage::communication::{communities, Reader};

        let db = &t.db;
        crate::demo::load(db).await.unwrap();
        let config = bottega_web::config::Config {
            data_dir: t.data_dir(),
            ..Default::default()
        };
        crate::demo_sharing::load(db, &config).await.unwrap();
        load(db).await.unwrap();
        // A second run finds the marker and adds nothing.
        load(db).await.unwrap();
        let cast = find_cast(db).await.unwrap().expect("the demo people");
        let now = bottega_storage::now();
        let today = ymd(now.div_euclid(DAY));

        let filter = |status| GroupFilter {
            status: Some(status),
            ..Default::default()
        };
        assert_eq!(groups::count(db, &filter(groups::ACTIVE)).await.unwrap(), 2);
        assert_eq!(
            groups::count(db, &filter(groups::ARCHIVED)).await.unwrap(),
            1
        );
        let list = groups::list(db, &GroupFilter::default(), 10, 0)
            .await
            .unwrap();
        let by_title = |title: &str| {
            list.iter()
                .find(|g| g.title == title)
                .cloned()
                .expect("the group")
        };

        for spec in GROUPS {
            let g = by_title(spec.title);
            assert_eq!(g.is_archived(), spec.outcome.is_some());
            assert_eq!(g.member_count, 1 + spec.members.len() as i64);
            assert!(g.starts_on < today && g.created_at < now - 30 * DAY);
            let people = groups::members(db, g.id).await.unwrap();
            let coordinators = people
                .iter()
                .filter(|m| m.state == groups::IN && m.role == groups::COORDINATOR)
                .count();
            assert_eq!(coordinators, 1 + spec.coordinators.len());

            let counts: HashMap<String, i64> = tasks::counts(db, g.id, &BoardFilter::default())
                .await
                .unwrap()
                .into_iter()
                .collect();
            for s in tasks::STATUSES {
                let expected = spec.tasks.iter().filter(|t| t.status == s).count() as i64;
                assert_eq!(counts.get(s).copied().unwrap_or(0), expected, "{s}");
            }
            let overdue = BoardFilter {
                due_before: Some(today.clone()),
                ..Default::default()
            };
            let late: i64 = tasks::counts(db, g.id, &overdue)
                .await
                .unwrap()
                .iter()
                .map(|c| c.1)
                .sum();
            assert_eq!(late, i64::from(spec.outcome.is_none()), "{}", spec.title);

            let page_rows = pages::list(db, g.id, 10, 0).await.unwrap();
            assert_eq!(page_rows.len(), spec.pages.len());
            for row in &page_rows {
                let history = pages::revisions(db, row.id, 10, 0).await.unwrap();
                assert_eq!(history.len() as i64, row.revision);
                assert!(history
                    .windows(2)
                    .all(|w| w[0].created_at > w[1].created_at));
                let first = pages::revision(db, row.id, 1).await.unwrap().unwrap();
                let page = pages::get(db, g.id, row.id).await.unwrap().unwrap();
                assert_ne!(first.body_md, page.body_md);
                assert!(!page.body_html.contains("<h1>") && !page.body_html.contains("<h2>"));
            }

            let upcoming = meetings::upcoming(db, g.id, now, 10).await.unwrap();
            let past = meetings::past(db, g.id, now, 10, 0).await.unwrap();
            assert_eq!(upcoming.len() + past.len(), spec.meetings.len());
            assert!(past
                .iter()
                .all(|m| m.has_minutes == 1 && m.present_count >= 2));
            if spec.outcome.is_none() {
                let next = upcoming.first().expect("an upcoming meeting");
                assert!(next.starts_at < now + 7 * DAY);
                // Planned at a round hour, as a calendar event of its own.
                let m = meetings::get(db, g.id, next.id).await.unwrap().unwrap();
                assert_eq!(m.starts_at % HOUR, 0);
                assert!(m.uid.ends_with("@bottega") && m.sequence == 0);
            }
            for m in &past {
                assert!(!meetings::attendance(db, m.id).await.unwrap().is_empty());
            }

            // The discussion, as its members see it.
            let member = Reader::member(cast[spec.creator], false);
            let community = communities::visible_by_id(db, &member, g.community_id.unwrap())
                .await
                .unwrap()
                .expect("the members see their discussion");
            assert_eq!(community.thread_count, spec.threads.len() as i64);
            assert_eq!(community.read_only, spec.outcome.is_some());
            assert!(
                communities::visible_by_id(db, &Reader::anonymous(), community.id)
                    .await
                    .unwrap()
                    .is_none()
            );

            let linked = groups::resources(db, &Reader::anonymous(), g.id)
                .await
                .unwrap();
            assert_eq!(
                linked.len(),
                spec.links.len() + usize::from(spec.outcome.is_some())
            );
        }

        // The invitation and the request wait for an answer.
        let praktika = by_title(PRAKTIKA.title);
        let invited = groups::place(db, praktika.id, cast[GIULIA])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(invited.state, groups::INVITED);
        let asked = groups::place(db, praktika.id, cast[SOFIA])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(asked.state, groups::REQUESTED);
        let mine = groups::mine(db, cast[GIULIA]).await.unwrap();
        assert_eq!(mine.len(), 3);

        // The archived group: closed weeks ago, its outcome published in the toolbox.
        let forni = by_title(FORNI.title);
        assert!(forni.archived_at.unwrap() < now - 14 * DAY);
        assert!(forni.outcome_html.as_deref().unwrap().contains("<strong>"));
        let rid = forni.outcome_resource_id.expect("the outcome is published");
        let r = resources::visible(db, &Reader::anonymous(), rid)
            .await
            .unwrap()
            .expect("a public resource");
        assert_eq!(r.rtype, ResourceType::ProjectResult.code());
        assert_eq!(r.title, FORNI.title);
        let sofia = Reader::member(cast[SOFIA], false);
        let closed_threads: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM threads WHERE community_id = $1")
                .bind(forni.community_id.unwrap())
                .fetch_all(db.reader())
                .await
                .unwrap();
        assert_eq!(closed_threads.len(), 1);
        for id in closed_threads {
            let thread = threads::visible(db, &sofia, id).await.unwrap().unwrap();
            assert!(thread.locked);
        }

        // Search finds the discussions for the groups' members only, and the outcome for all.
        let index = std::sync::Arc::new(SearchIndex::in_ram().unwrap());
        bottega_web::search_feed::rebuild(db, &index).await.unwrap();
        let carpentry = by_title(CARPENTRY.title);
        let group_audience = audience::group(carpentry.id);
        let found = index
            .search(&SearchQuery::new("offcuts", [group_audience.as_str()]).kind(kinds::THREAD))
            .unwrap();
        assert!(found.hits.iter().any(|h| h.title.starts_with("Offcuts")));
        let public = index
            .search(&SearchQuery::new("offcuts", [audience::PUBLIC]).kind(kinds::THREAD))
            .unwrap();
        assert_eq!(public.total, 0);
        let outcome = index
            .search(
                &SearchQuery::new("apprendisti stranieri", [audience::PUBLIC])
                    .kind(kinds::RESOURCE),
            )
            .unwrap();
        assert!(outcome.hits.iter().any(|h| h.title == FORNI.title));
    }
}
