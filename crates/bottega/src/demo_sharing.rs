//! Demo content for the Sharing section: a multilingual toolbox of resources written for VET
//! schools, companies and their partners (templates, course material, studies, tools, videos and
//! links), with small files generated here (Markdown, CSV, hand-built PDFs, PNG charts drawn
//! with `image`), a few second versions, ratings, comments, reuse reports and collections.
//!
//! It is loaded after [`crate::demo`] by the same people, found by their e-mail addresses, and
//! goes through the storage functions only, so the search outbox hears of every resource. A
//! marker in the settings table makes it load once: a database that has it is left alone, and
//! a demo database made before the toolbox existed gets the toolbox on the next `--demo`.
//!
//! Files are stored as uploads are (`features::sharing::upload`): under their content address,
//! pictures re-encoded from their pixels with a thumbnail beside them.

use std::collections::{BTreeMap, HashMap};

use anyhow::{bail, Context};
use bottega_domain::{
    Competence, Country, Language, Licence, ResourceType, ResourceVisibility, Sector, TargetGroup,
    Theme,
};
use bottega_files::{images, FileStore};
use bottega_storage::sharing::collections::{self, CollectionFields};
use bottega_storage::sharing::feedback::{self, NewReuse};
use bottega_storage::sharing::files::{self, StoredUpload};
use bottega_storage::sharing::resources::{self, ResourceFields};
use bottega_storage::{accounts, directory, settings, Db, StorageError};
use bottega_web::config::Config;
use bottega_web::features::sharing::upload::{FILES_PREFIX, THUMBS_PREFIX};

use Competence as K;
use Country as C;
use Language as L;
use ResourceType as T;
use Sector as S;
use TargetGroup as G;
use Theme as H;

/// The settings key that records that the toolbox demo is in the database.
const LOADED_KEY: &str = "demo_sharing_loaded";
/// Longest side of a thumbnail, as uploads get them.
const THUMB_SIDE: u32 = 320;

// ---- The people and organisations of the demo -------------------------------------------------

/// A demo person: e-mail address, name (checked against the account), and the demo
/// organisations they belong to.
struct Person {
    email: &'static str,
    name: &'static str,
    orgs: &'static [usize],
}

#[cfg(test)]
const ADMIN: usize = 0;
const MARTA: usize = 1;
const GIULIA: usize = 2;
const JAVIER: usize = 3;
const ANA: usize = 4;
const ELIRA: usize = 6;
const ARBEN: usize = 7;
const MEHMET: usize = 8;
const KASIA: usize = 9;
const JELENA: usize = 10;
const PIETER: usize = 11;
const SOFIA: usize = 12;
const AINO: usize = 13;
const EDIN: usize = 14;
const NINA: usize = 15;
const BESA: usize = 16;
const DRITAN: usize = 17;

/// In the order of the demo people; Luka (5), a minor, takes no part in the toolbox.
const PEOPLE: &[Person] = &[
    Person {
        email: "admin@bottega.example",
        name: "Bottega Admin",
        orgs: &[],
    },
    Person {
        email: "marta.nowak@bottega.example",
        name: "Marta Nowak",
        orgs: &[O_MALOPOLSKA],
    },
    Person {
        email: "giulia.rossi@bottega.example",
        name: "Giulia Rossi",
        orgs: &[O_LEONARDO],
    },
    Person {
        email: "javier.martin@bottega.example",
        name: "Javier Martín",
        orgs: &[O_RIO_EBRO],
    },
    Person {
        email: "ana.kovac@bottega.example",
        name: "Ana Kovač",
        orgs: &[O_KOVAC],
    },
    Person {
        email: "luka.petrovic@bottega.example",
        name: "Luka Petrović",
        orgs: &[],
    },
    Person {
        email: "elira.hoxha@bottega.example",
        name: "Elira Hoxha",
        orgs: &[],
    },
    Person {
        email: "arben.krasniqi@bottega.example",
        name: "Arben Krasniqi",
        orgs: &[O_SINDIKATA, O_BRIDGE],
    },
    Person {
        email: "mehmet.yilmaz@bottega.example",
        name: "Mehmet Yılmaz",
        orgs: &[O_GENC],
    },
    Person {
        email: "katarzyna.wisniewska@bottega.example",
        name: "Katarzyna Wiśniewska",
        orgs: &[O_MALOPOLSKA],
    },
    Person {
        email: "jelena.markovic@bottega.example",
        name: "Jelena Marković",
        orgs: &[O_VET_AGENCY],
    },
    Person {
        email: "pieter.devries@bottega.example",
        name: "Pieter de Vries",
        orgs: &[O_NOORDKUST],
    },
    Person {
        email: "sofia.esposito@bottega.example",
        name: "Sofia Esposito",
        orgs: &[O_BIANCHI],
    },
    Person {
        email: "aino.virtanen@bottega.example",
        name: "Aino Virtanen",
        orgs: &[O_POHJOISRANTA],
    },
    Person {
        email: "edin.hadzic@bottega.example",
        name: "Edin Hadžić",
        orgs: &[O_MOSTAR],
    },
    Person {
        email: "nina.zupan@bottega.example",
        name: "Nina Zupan",
        orgs: &[O_SAVINJA],
    },
    Person {
        email: "besa.gashi@bottega.example",
        name: "Besa Gashi",
        orgs: &[O_BRIDGE],
    },
    Person {
        email: "dritan.leka@bottega.example",
        name: "Dritan Leka",
        orgs: &[O_DURRES],
    },
];

const O_LEONARDO: usize = 0;
const O_RIO_EBRO: usize = 1;
const O_DURRES: usize = 2;
const O_MOSTAR: usize = 3;
const O_POHJOISRANTA: usize = 4;
const O_SAVINJA: usize = 5;
const O_KOVAC: usize = 6;
const O_BIANCHI: usize = 7;
const O_MALOPOLSKA: usize = 8;
const O_SINDIKATA: usize = 10;
const O_VET_AGENCY: usize = 11;
const O_GENC: usize = 12;
const O_NOORDKUST: usize = 13;
const O_BRIDGE: usize = 14;

/// The demo organisations by name, in their order (found by the slug the name gives).
const ORGS: &[&str] = &[
    "Istituto Professionale Leonardo",
    "Centro de Formación Profesional Río Ebro",
    "Shkolla Profesionale Teknike Durrës",
    "Srednja stručna škola Mostar",
    "Ammattiopisto Pohjoisranta",
    "Šolski center Savinja",
    "Stolarija Kovač",
    "Forno Bianchi",
    "Małopolska Craft Association",
    "Chamber of Crafts Novi Sad",
    "Sindikata e Arsimit Prishtinë",
    "VET Agency of Montenegro",
    "Genç Zanaatkârlar Derneği",
    "Hogeschool Noordkust",
    "Balkan Skills Bridge",
];

// ---- Resources --------------------------------------------------------------------------------

/// A PNG chart, drawn in code. Labels are written in a small built-in bitmap font (Latin capitals,
/// digits, some punctuation; accents are dropped).
#[derive(Clone, Copy)]
enum Chart {
    /// Horizontal bars: label and value, with the unit written after each value.
    Bars {
        title: &'static str,
        unit: &'static str,
        bars: &'static [(&'static str, u32)],
        colour: [u8; 3],
    },
    /// Boxes joined by arrows, left to right and on a second row when there are many.
    Flow {
        title: &'static str,
        steps: &'static [&'static str],
        colour: [u8; 3],
    },
    /// A ring of shares with a legend.
    Ring {
        title: &'static str,
        slices: &'static [(&'static str, u32)],
    },
    /// A plan over months: a row per activity, from its first month for so many months.
    Plan {
        title: &'static str,
        months: &'static [&'static str],
        rows: &'static [(&'static str, u32, u32)],
    },
}

/// What a file holds; the file name's extension says how it is stored.
#[derive(Clone, Copy)]
enum Body {
    /// UTF-8 text as it is: `.md`, `.csv`, `.txt`.
    Text(&'static str),
    /// A PDF laid out from light Markdown: `# ` and `## ` headings, `- ` bullets, paragraphs.
    Pdf(&'static str),
    Chart(Chart),
}

/// One version of a file and what its uploader wrote about it.
#[derive(Clone, Copy)]
struct Version {
    body: Body,
    note: &'static str,
}

/// A file of a resource, with its versions, oldest first.
#[derive(Clone, Copy)]
struct DemoFile {
    name: &'static str,
    versions: &'static [Version],
}

/// A file with one version.
macro_rules! file {
    ($name:expr, $body:expr $(,)?) => {
        DemoFile {
            name: $name,
            versions: &[Version {
                body: $body,
                note: "",
            }],
        }
    };
}

/// A Markdown, CSV or text file.
macro_rules! text {
    ($name:expr, $body:expr $(,)?) => {
        file!($name, Body::Text($body))
    };
}

/// A PDF laid out from light Markdown.
macro_rules! pdf {
    ($name:expr, $body:expr $(,)?) => {
        file!($name, Body::Pdf($body))
    };
}

/// A PNG chart.
macro_rules! chart {
    ($name:expr, $chart:expr $(,)?) => {
        file!($name, Body::Chart($chart))
    };
}

#[derive(Clone, Copy)]
struct Res {
    /// A name for feedback and collections below to refer to.
    key: &'static str,
    by: usize,
    org: Option<usize>,
    lang: Language,
    rtype: ResourceType,
    title: &'static str,
    md: &'static str,
    url: Option<&'static str>,
    country: Option<Country>,
    eqf: Option<i64>,
    licence: Licence,
    project: Option<(&'static str, &'static str)>,
    visibility: ResourceVisibility,
    /// Languages the material is available in besides the language of its description.
    also_in: &'static [Language],
    sectors: &'static [Sector],
    themes: &'static [Theme],
    targets: &'static [TargetGroup],
    competences: &'static [Competence],
    files: &'static [DemoFile],
}

const fn res(
    key: &'static str,
    by: usize,
    lang: Language,
    rtype: ResourceType,
    title: &'static str,
    md: &'static str,
) -> Res {
    Res {
        key,
        by,
        org: None,
        lang,
        rtype,
        title,
        md,
        url: None,
        country: None,
        eqf: None,
        licence: Licence::CcBy,
        project: None,
        visibility: ResourceVisibility::Public,
        also_in: &[],
        sectors: &[],
        themes: &[],
        targets: &[],
        competences: &[],
        files: &[],
    }
}

impl Res {
    const fn org(self, org: usize) -> Res {
        Res {
            org: Some(org),
            ..self
        }
    }
    const fn country(self, country: Country) -> Res {
        Res {
            country: Some(country),
            ..self
        }
    }
    const fn eqf(self, level: i64) -> Res {
        Res {
            eqf: Some(level),
            ..self
        }
    }
    const fn licence(self, licence: Licence) -> Res {
        Res { licence, ..self }
    }
    const fn project(self, name: &'static str, number: &'static str) -> Res {
        Res {
            project: Some((name, number)),
            ..self
        }
    }
    /// Only signed-in members see it.
    const fn members(self) -> Res {
        Res {
            visibility: ResourceVisibility::Members,
            ..self
        }
    }
    /// Only the members of its organisation see it.
    const fn internal(self) -> Res {
        Res {
            visibility: ResourceVisibility::Organisation,
            ..self
        }
    }
    const fn link(self, url: &'static str) -> Res {
        Res {
            url: Some(url),
            ..self
        }
    }
    const fn also_in(self, also_in: &'static [Language]) -> Res {
        Res { also_in, ..self }
    }
    const fn tags(
        self,
        sectors: &'static [Sector],
        themes: &'static [Theme],
        targets: &'static [TargetGroup],
    ) -> Res {
        Res {
            sectors,
            themes,
            targets,
            ..self
        }
    }
    const fn comp(self, competences: &'static [Competence]) -> Res {
        Res {
            competences,
            ..self
        }
    }
    const fn files(self, files: &'static [DemoFile]) -> Res {
        Res { files, ..self }
    }
}

const INK: [u8; 3] = [38, 50, 56];
const TEAL: [u8; 3] = [0, 121, 107];
const ORANGE: [u8; 3] = [230, 126, 34];
const BLUE: [u8; 3] = [41, 98, 163];
const GREEN: [u8; 3] = [67, 140, 60];
const RED: [u8; 3] = [192, 57, 43];
const PURPLE: [u8; 3] = [125, 60, 152];
const OCHRE: [u8; 3] = [183, 135, 30];
/// Colours of ring slices and plan rows, in turn.
const PALETTE: &[[u8; 3]] = &[TEAL, ORANGE, BLUE, GREEN, RED, PURPLE, OCHRE, INK];

const KA121_PL: &str = "2023-1-PL01-KA121-VET-000123456";
const KA121_PL_NAME: &str = "Małopolska crafts go European – accredited mobility";
const KA220_IT: &str = "2022-1-IT01-KA220-VET-000087654";
const KA220_IT_NAME: &str = "BREAD – Bakery Renewal in European Apprenticeships and Dual learning";
const KA210_MK: &str = "2023-2-MK01-KA210-VET-000161718";
const KA210_MK_NAME: &str = "Twin Workshops – VET schools of the Western Balkans and the EU";

const RESOURCES: &[Res] = &[
    // ---- English ------------------------------------------------------------------------------
    res(
        "ka1-toolkit",
        MARTA,
        L::En,
        T::ProjectResult,
        "Erasmus+ KA1 mobility toolkit for craft schools and workshops",
        r#"A practical kit for schools and craft businesses that send apprentices and staff abroad with an **Erasmus+ accreditation in VET (KA121)**. It grew out of our first three rounds of mobility from Małopolska to Italy, Spain and Croatia, and out of everything we forgot the first time.

What is inside:

- a **checklist** from the first call with the host to the certificate back home, step by step;
- a **budget planner** (CSV, opens in any spreadsheet) with the lines of a typical two-week group mobility;
- tips on Europass Mobility and on recording the learning outcomes in the apprentice's logbook.

The rates in the planner are *examples*: check the unit costs of the current Programme Guide before you apply. A Polish version of the checklist is on its way."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .licence(Licence::CcBySa)
    .project(KA121_PL_NAME, KA121_PL)
    .tags(
        &[S::CreativeCrafts, S::Construction, S::Beauty],
        &[H::Mobility, H::EuFunding],
        &[G::SchoolLeaders, G::VetTeachers, G::InCompanyTrainers],
    )
    .files(&[
        text!(
            "ka1-mobility-checklist.md",
            r#"# Erasmus+ KA121 mobility checklist

Project 2023-1-PL01-KA121-VET-000123456 – Małopolska Craft Association

## Six months before

- [ ] Agree dates, numbers and occupations with the host organisation
- [ ] Draft the learning agreement: tasks, learning outcomes, tutor at the host
- [ ] Select participants with clear criteria, published in advance
- [ ] Book group travel; prefer train or coach where the journey allows it

## One month before

- [ ] Check insurance: health, accident, third-party liability
- [ ] Hold the preparation day: language basics, safety at work, culture, emergencies
- [ ] Give every participant the host's contacts and the school's emergency number
- [ ] Parents of minors sign the consent form

## During the mobility

- [ ] A weekly call between the accompanying teacher and the host tutor
- [ ] Apprentices keep their logbook, with photos of their work (ask first)
- [ ] Half-way review: are the tasks those of the learning agreement?

## After the return

- [ ] The host tutor assesses the learning outcomes and signs the Europass Mobility
- [ ] The school records the outcomes in the apprentice's logbook
- [ ] Participant reports in the Beneficiary Module
- [ ] A short presentation for next year's candidates
"#,
        ),
        DemoFile {
            name: "ka1-budget-planner.csv",
            versions: &[
                Version {
                    body: Body::Text(
                        r#"category,unit,quantity,rate_eur,total_eur,note
Travel,participant,14,275,3850,distance band 500-1999 km (example rate)
Individual support - learners,participant-day,168,58,9744,12 learners x 14 days (example rate)
Individual support - accompanying teachers,participant-day,28,100,2800,2 teachers x 14 days (example rate)
Organisational support,participant,12,100,1200,example rate
Preparatory visit,participant,1,575,575,one visit to the host
Total,,,,18169,
"#,
                    ),
                    note: "",
                },
                Version {
                    body: Body::Text(
                        r#"category,unit,quantity,rate_eur,total_eur,note
Travel (green travel),participant,14,320,4480,train or coach; distance band 500-1999 km (example rate)
Extra travel days,participant-day,28,58,1624,two travel days each way by train (example rate)
Individual support - learners,participant-day,168,58,9744,12 learners x 14 days (example rate)
Individual support - accompanying teachers,participant-day,28,100,2800,2 teachers x 14 days (example rate)
Organisational support,participant,12,100,1200,example rate
Inclusion support,participant,2,100,200,two learners with fewer opportunities (example rate)
Preparatory visit,participant,1,575,575,one visit to the host
Total,,,,20623,
"#,
                    ),
                    note: "Green travel, extra travel days and inclusion support added.",
                },
            ],
        },
    ]),
    res(
        "digital-self-check",
        PIETER,
        L::En,
        T::Tool,
        "Digital skills self-assessment for VET teachers and in-company trainers",
        r#"Fifteen statements, three for each **DigComp** area, each rated from 1 (*I have not tried it*) to 4 (*I could show a colleague*). Teachers and trainers fill it in alone in about ten minutes; the totals show a team where its next training day is best spent.

We piloted it with 118 teachers in four Dutch VET colleges in 2024. The chart shows how many placed themselves at level 3 or 4 in each area: creating digital content and staying safe online came out lowest, which matched what team leaders told us.

The CSV opens in any spreadsheet. Translate and adapt the statements freely, and tell us how it went in your school."#,
    )
    .org(O_NOORDKUST)
    .country(C::Nl)
    .tags(
        &[S::Education],
        &[H::DigitalSkills, H::TeacherCompetences],
        &[G::VetTeachers, G::InCompanyTrainers],
    )
    .comp(&[
        K::DigiInformation,
        K::DigiCommunication,
        K::DigiContent,
        K::DigiSafety,
        K::DigiProblems,
    ])
    .files(&[
        text!(
            "digital-skills-self-assessment.csv",
            r#"area,statement,my level (1-4)
Information,I search for teaching material with precise keywords and filters,
Information,I check the source and date of what I find before I use it in class,
Information,I keep my files and links in folders that colleagues can find,
Communication,I use the school's platform to give learners feedback on their work,
Communication,I run a video call with a company tutor and a learner together,
Communication,I agree with learners on rules for messages and reply times,
Content creation,I make a short how-to video of a workshop task,
Content creation,I adapt an open resource and respect its licence,
Content creation,I build a simple quiz or form to check understanding,
Safety,I use strong passwords and two-step sign-in for school accounts,
Safety,I ask for consent before filming or photographing learners,
Safety,I know what to do when a learner reports online bullying,
Problem solving,I solve everyday problems with the projector or the learners' devices,
Problem solving,I try a new tool in a small group before using it with a whole class,
Problem solving,I know where to learn a digital skill I am missing,
"#,
        ),
        chart!(
            "pilot-results-2024.png",
            Chart::Bars {
                title: "Teachers at level 3 or 4 (pilot 2024)",
                unit: "%",
                bars: &[
                    ("Information", 72),
                    ("Communication", 68),
                    ("Content creation", 41),
                    ("Safety", 37),
                    ("Problem solving", 55),
                ],
                colour: BLUE,
            },
        ),
    ]),
    res(
        "remote-mentoring",
        AINO,
        L::En,
        T::Document,
        "Remote mentoring of apprentices: a guide for workplace instructors",
        r#"When the apprentice is at a company two hours from the college, the teacher cannot drop by every week. This short guide shows how our workplace instructors and teachers keep in touch **at a distance** without adding paperwork:

- a fixed 20-minute video call every second week, with the apprentice, the instructor and the teacher;
- five check-in questions that always come back (in the second file);
- photos of the week's work in the learning diary instead of written reports;
- what to do when a call shows that something is wrong.

Written for health care, energy and ICT placements in northern Finland, but nothing in it depends on the trade."#,
    )
    .org(O_POHJOISRANTA)
    .country(C::Fi)
    .eqf(4)
    .licence(Licence::CcByNcSa)
    .tags(
        &[S::Health, S::Energy, S::Ict],
        &[H::DualLearning, H::DigitalSkills],
        &[G::InCompanyTrainers, G::Mentors, G::VetTeachers],
    )
    .comp(&[K::DigiCommunication, K::LifeSocial])
    .files(&[
        pdf!(
            "remote-mentoring-guide.pdf",
            r#"# Remote mentoring of apprentices

A guide for workplace instructors and teachers – Ammattiopisto Pohjoisranta, Oulu

## Why at a distance

Our apprentices learn at companies across a large region. A teacher who drives four hours for a one-hour visit cannot come often, and an apprentice who waits weeks for an answer loses interest. Short, regular calls keep the three partners together.

## The rhythm

- Week 1: a visit in person if at all possible, to meet the instructor and see the workplace.
- Then every second week: a 20-minute video call with apprentice, instructor and teacher.
- Each month: the apprentice adds photos of their work to the learning diary.
- Half-way and at the end: a longer call to assess progress against the personal plan.

## Good calls

- Start on time and keep to 20 minutes; book the next call before you hang up.
- Let the apprentice speak first: what did I do, what did I learn, what was difficult.
- The instructor adds one thing that went well and one thing to practise.
- The teacher links what was said to the learning outcomes of the qualification.

## When something is wrong

If the apprentice is silent, tired or always "fine", call the apprentice alone within two days. If the work has little to do with the plan, speak with the instructor first, then with the employer. Write down what was agreed and when you will check it.

## Tools

Any video tool the company allows is fine. Keep the learning diary where apprentice, instructor and teacher can all see it. Ask before you take photos in a workplace with patients or customers.
"#,
        ),
        text!(
            "check-in-questions.md",
            r#"# Five questions for every check-in call

1. What did you do this fortnight that you had not done before?
2. What are you proud of? Show us a photo if you have one.
3. What was difficult, and who helped you?
4. What will you practise in the next two weeks?
5. Is there anything you want to talk about with your teacher alone?

*For the instructor:* one thing that went well, one thing to practise.

*For the teacher:* which learning outcome did we just talk about?
"#,
        ),
    ]),
    res(
        "green-carpentry",
        EDIN,
        L::En,
        T::CourseMaterial,
        "Green skills lesson plans for carpentry apprentices (EQF 4)",
        r#"Four lesson plans of two hours each for second-year carpentry classes, tested in our workshop in Mostar:

1. **Where our wood comes from**: certified timber, local species, reading a delivery note.
2. **Cutting lists that waste less**: nesting parts on a panel, by hand and with free software.
3. **Offcuts are material**: small products from leftovers, sold at the school fair.
4. **Finishes without solvents**: water-based lacquers and oils, ventilation, disposal.

Every lesson has a goal, a practical task, a short check of understanding and a note for the teacher. The ring chart shows what went into our workshop's waste bins before we started; after one school year offcuts dropped by about a third. A Bosnian version is available from the school on request."#,
    )
    .org(O_MOSTAR)
    .country(C::Ba)
    .eqf(4)
    .licence(Licence::CcBySa)
    .also_in(&[L::Bs])
    .tags(
        &[S::Woodwork],
        &[H::GreenSkills, H::Didactics],
        &[G::VetTeachers, G::Learners, G::Apprentices],
    )
    .comp(&[K::EntreResources])
    .files(&[
        DemoFile {
            name: "green-carpentry-lesson-plans.pdf",
            versions: &[
                Version {
                    body: Body::Pdf(
                        r#"# Green skills in the carpentry workshop

Three lesson plans for second-year carpentry apprentices – secondary vocational school, Mostar

## Lesson 1: Where our wood comes from

Goal: the apprentice can tell certified from uncertified timber and explain why it matters.
- Task: sort ten delivery notes and labels into certified, local, unknown.
- Check: each apprentice names one local species and one use for it.
- Teacher's note: bring real labels from the supplier; photos are not enough.

## Lesson 2: Cutting lists that waste less

Goal: the apprentice plans the cuts of a cabinet on standard panels with less than 15% waste.
- Task: nest the parts by hand on squared paper, then with a free nesting program.
- Check: compare the waste of both plans and explain the difference.
- Teacher's note: keep the best plan on the wall for the next class.

## Lesson 3: Offcuts are material

Goal: the apprentice designs a small product from offcuts and calculates its cost.
- Task: a cutting board, a phone stand or a bird box, made from the offcut bin only.
- Check: a price label with material, time and a fair price.
- Teacher's note: sell the products at the school fair and let the class decide what to do with the money.
"#,
                    ),
                    note: "",
                },
                Version {
                    body: Body::Pdf(
                        r#"# Green skills in the carpentry workshop

Four lesson plans for second-year carpentry apprentices – secondary vocational school, Mostar

## Lesson 1: Where our wood comes from

Goal: the apprentice can tell certified from uncertified timber and explain why it matters.
- Task: sort ten delivery notes and labels into certified, local, unknown.
- Check: each apprentice names one local species and one use for it.
- Teacher's note: bring real labels from the supplier; photos are not enough.

## Lesson 2: Cutting lists that waste less

Goal: the apprentice plans the cuts of a cabinet on standard panels with less than 15% waste.
- Task: nest the parts by hand on squared paper, then with a free nesting program.
- Check: compare the waste of both plans and explain the difference.
- Teacher's note: keep the best plan on the wall for the next class.

## Lesson 3: Offcuts are material

Goal: the apprentice designs a small product from offcuts and calculates its cost.
- Task: a cutting board, a phone stand or a bird box, made from the offcut bin only.
- Check: a price label with material, time and a fair price.
- Teacher's note: sell the products at the school fair and let the class decide what to do with the money.

## Lesson 4: Finishes without solvents

Goal: the apprentice chooses a water-based finish for a given use and applies it safely.
- Task: finish three test pieces with oil, wax and water-based lacquer; compare after a week.
- Check: read a safety data sheet and find the ventilation and disposal instructions.
- Teacher's note: collect used rags in a closed metal bin; oily rags can catch fire by themselves.
"#,
                    ),
                    note: "Lesson 4 added: finishes without solvents.",
                },
            ],
        },
        chart!(
            "workshop-waste.png",
            Chart::Ring {
                title: "Workshop waste before the project",
                slices: &[
                    ("Offcuts", 46),
                    ("Sawdust and chips", 31),
                    ("Damaged panels", 14),
                    ("Packaging", 9),
                ],
            },
        ),
    ]),
    res(
        "graduate-tracking",
        JELENA,
        L::En,
        T::Template,
        "Graduate tracking survey and indicator sheet (EQAVET indicators 5 and 6)",
        r#"A short questionnaire for VET graduates twelve months after they finish, and a sheet that turns the answers into the two EQAVET indicators most schools are asked for:

- **indicator 5**: placement of graduates (in work, in further education, looking for work);
- **indicator 6**: use of the acquired skills at the workplace.

The questionnaire fits on one screen and takes three minutes; keeping it that short is what raised our response rate from 23% to 61% in the pilot schools. The sheet has example figures from three profiles; replace them with your own.

Use it together with administrative data where you have access to them: surveys tell you *why*, registers tell you *how many*."#,
    )
    .org(O_VET_AGENCY)
    .country(C::Me)
    .tags(
        &[S::Education, S::Hospitality, S::Electrical],
        &[H::LabourMarket],
        &[G::SchoolLeaders, G::PolicyMakers],
    )
    .files(&[
        text!(
            "graduate-survey-questions.md",
            r#"# Graduate survey – twelve months after the qualification

1. What are you doing now? *(working / in education or training / both / looking for work / other)*
2. If you work: is it in the occupation you trained for? *(yes / a related one / no)*
3. How much of what you learned at school do you use at work? *(most / some / little / nothing)*
4. How did you find your job? *(work placement company / family and friends / advert / employment office / other)*
5. Looking back, which part of your training helped you most?
6. May the school contact you again next year? *(yes / no)*

Thank you! Your answers are used only for statistics and are never shown with your name.
"#,
        ),
        text!(
            "eqavet-indicators-5-6.csv",
            r#"profile,graduates,answered,working,in_education,looking_for_work,other,indicator_5_percent,using_skills_most_or_some,indicator_6_percent
Tourism and hospitality,64,41,27,9,4,1,87.8,22,81.5
Electrical installations,48,30,19,8,2,1,90.0,16,84.2
Agriculture,35,19,9,5,4,1,73.7,5,55.6
"#,
        ),
    ]),
    res(
        "twinning-guide",
        BESA,
        L::En,
        T::Document,
        "Twinning VET schools of the Western Balkans and the EU: a step-by-step guide",
        r#"What we learned from pairing eleven schools in North Macedonia, Albania and Kosovo with schools in Slovenia, Italy and Croatia. A twinning is not a one-off visit: it is a small, steady partnership between two staff rooms.

The guide follows the six steps of the diagram, from finding a partner that fits (same trade, similar size, a person who answers e-mails) to the review after the first year. For each step: what to agree, what usually goes wrong, and a small budget estimate.

Produced in the small-scale partnership *Twin Workshops*. Free to reuse with attribution."#,
    )
    .org(O_BRIDGE)
    .country(C::Mk)
    .project(KA210_MK_NAME, KA210_MK)
    .tags(
        &[S::Education, S::Hospitality, S::Ict],
        &[H::Mobility, H::TeacherCompetences],
        &[G::SchoolLeaders, G::VetTeachers],
    )
    .files(&[
        pdf!(
            "twinning-step-by-step.pdf",
            r#"# Twinning VET schools: step by step

Balkan Skills Bridge – small-scale partnership "Twin Workshops" (2023-2-MK01-KA210-VET-000161718)

## 1. Find a partner that fits

Look for the same trade, a similar size and one person who answers messages within a week. A famous school that never replies is worth less than a small one that does.

## 2. The first visit

Two or three people from each side, three days, mostly in workshops and classrooms. Leave with a list of three things you want to do together, not thirty.

## 3. A joint plan for one year

- one staff exchange in each direction;
- one joint task for learners (a product, a menu, a small network);
- two online meetings of the teachers who take part.

## 4. Staff exchange

A week of job shadowing for two teachers. Each writes one page at the end: what I saw, what I will try, what I can offer.

## 5. A joint learner project

Learners of both schools work on the same task and show the results to each other online. Language is rarely the problem: photos, drawings and short videos carry the meaning.

## 6. Review

After a year, both school leaders and the teachers involved meet online: what changed in our teaching, what do we keep, what do we drop. Then decide whether to apply for a larger project together.

## What usually goes wrong

- The contact person changes school and nobody takes over: name two people on each side.
- The plan is too big: start with one exchange and one learner project.
- Results stay with the teachers who travelled: present them in the staff room the week after.
"#,
        ),
        chart!(
            "twinning-steps.png",
            Chart::Flow {
                title: "Six steps of a twinning",
                steps: &[
                    "Find a partner",
                    "First visit",
                    "Joint plan",
                    "Staff exchange",
                    "Learner project",
                    "Review",
                ],
                colour: TEAL,
            },
        ),
    ]),
    res(
        "teachers-in-companies",
        PIETER,
        L::En,
        T::Study,
        "Teachers in companies: what a two-week placement changes in VET teaching",
        r#"We followed 64 VET teachers who spent two weeks working in a company of their trade, and asked them six months later what they had changed in their teaching. The short report describes the placement model, the interviews and the results.

Main findings:

- almost two teachers in three brought **new tasks from real work** into their lessons;
- the effect was strongest when the teacher agreed a concrete question with the company *before* the placement;
- school leaders who planned a cover for classes had far fewer cancellations.

The chart summarises the answers. Data collected in 2023–2024 in the north of the Netherlands."#,
    )
    .org(O_NOORDKUST)
    .country(C::Nl)
    .tags(
        &[S::Education, S::Business],
        &[H::TeacherCompetences, H::LabourMarket],
        &[G::VetTeachers, G::SchoolLeaders, G::PolicyMakers],
    )
    .comp(&[K::LifeLearning])
    .files(&[
        pdf!(
            "teachers-in-companies-report.pdf",
            r#"# Teachers in companies

What a two-week placement changes in VET teaching – Hogeschool Noordkust, research group on teacher professionalisation

## The placement model

Each teacher spends ten working days in a company of the trade they teach, doing real work alongside employees. Before the placement, teacher and company agree on one question the teacher wants answered, for example "how do you plan a job from order to invoice?".

## Method

We interviewed 64 teachers from six colleges six months after their placement, and 22 of the company supervisors. We asked what had changed in lessons, materials and contacts with the company.

## Results

- 63% brought new tasks from real work into their lessons.
- 47% invited someone from the company into their class.
- 38% proposed changes to the equipment list of their department.
- 29% changed how they assess practical work.
- 11% had not changed anything yet.

## What made the difference

A question agreed in advance, a supervisor with time, and a school leader who arranged cover for the classes. Without cover, one placement in four was cut short.

## Recommendations

Plan placements a term ahead, agree the question in writing, and ask each teacher to present one change to colleagues within a month of returning.
"#,
        ),
        chart!(
            "what-teachers-changed.png",
            Chart::Bars {
                title: "What teachers changed (64 teachers)",
                unit: "%",
                bars: &[
                    ("Tasks from real work", 63),
                    ("Company guest in class", 47),
                    ("Equipment list", 38),
                    ("Assessment", 29),
                    ("Nothing yet", 11),
                ],
                colour: ORANGE,
            },
        ),
    ]),
    res(
        "europass",
        ELIRA,
        L::En,
        T::Link,
        "Europass: your CV, your certificates and your digital credentials in one place",
        r#"The European Union's free portal for making a CV, keeping your certificates and sharing them with employers and schools anywhere in Europe.

Why I recommend it to other young people finishing VET:

- the CV editor works in all EU languages and produces a clean PDF;
- you can store your school certificates and the Europass Mobility of a placement abroad;
- schools can issue **digital credentials** that an employer can check in one click.

It took me an afternoon to build my profile. Start with the skills you used in your work placement, not only with your diploma."#,
    )
    .link("https://europass.europa.eu/en")
    .licence(Licence::AllRightsReserved)
    .tags(
        &[S::Ict],
        &[H::Guidance, H::InformalLearning, H::DigitalSkills],
        &[G::Learners, G::AdultLearners, G::GuidanceCounsellors],
    )
    .comp(&[K::DigiContent, K::LifeLearning]),
    res(
        "inclusive-workshop",
        AINO,
        L::En,
        T::CourseMaterial,
        "Inclusive workshop: adapting practical tasks for learners who need support",
        r#"Notes from our health care and technical workshops on adapting practical tasks so that learners with dyslexia, attention difficulties or a physical disability reach the same learning outcomes.

The material is organised by the barrier, not by the diagnosis: reading instructions, keeping the order of steps, fine motor work, noise and stress. For each barrier: three adaptations we have tried and what they cost in time.

Shared with signed-in members only because it contains examples from real (anonymised) learners."#,
    )
    .org(O_POHJOISRANTA)
    .country(C::Fi)
    .members()
    .licence(Licence::CcBySa)
    .tags(
        &[S::Health, S::Energy],
        &[H::Inclusion, H::Didactics],
        &[G::VetTeachers, G::InCompanyTrainers],
    )
    .comp(&[K::LifePersonal, K::LifeLearning])
    .files(&[text!(
        "adapting-practical-tasks.md",
        r#"# Adapting practical tasks

## Reading instructions

- Give the steps as photos with one short sentence each.
- Read the instruction aloud once to the whole group; nobody is singled out.
- Colour-code tools and the steps that use them.

## Keeping the order of steps

- A laminated step card at the workstation; the learner ticks each step with a marker.
- Split long tasks into stations with a check by the teacher between them.
- Let the learner explain the next step before doing it.

## Fine motor work

- Larger grips on tools, clamps instead of holding by hand.
- Allow more time for assessment, never a different standard.

## Noise and stress

- Ear defenders for everybody, so nobody stands out.
- A quiet corner for the five minutes before a practical exam.
- Tell the learner in advance what will happen and in which order.

*Example:* a first-year learner with dyslexia stopped mixing up the order of a blood-pressure measurement once the steps were on a photo card at the bed. Her assessment result was the same as the group's.
"#,
    )]),
    res(
        "ka210-budget",
        SOFIA,
        L::En,
        T::Template,
        "Small-scale partnership (KA210-VET): splitting a €60,000 lump sum",
        r#"The spreadsheet we used to share the lump sum of a small-scale partnership between two schools and a craft association. It lists activities, shares and the instalments paid to each partner.

The second version includes what the community suggested when we discussed the first one: a **5% reserve**, a small evaluation, and a first instalment of 40% to every partner as soon as the grant arrives, so that schools without cash in hand can book travel.

A lump sum means no receipts for the budget lines, but the partners must still agree in writing, from the start, who receives what and when."#,
    )
    .org(O_BIANCHI)
    .country(C::It)
    .tags(
        &[S::Bakery, S::Education],
        &[H::EuFunding],
        &[G::SchoolLeaders, G::VetTeachers],
    )
    .comp(&[K::EntreResources])
    .files(&[DemoFile {
        name: "ka210-lump-sum-split.csv",
        versions: &[
            Version {
                body: Body::Text(
                    r#"activity,share_percent,amount_eur
Two short staff exchanges (six people each),35,21000
Guide for in-company trainers in three languages,30,18000
Coordination and online meetings,15,9000
Local events with companies,20,12000
Total,100,60000
"#,
                ),
                note: "",
            },
            Version {
                body: Body::Text(
                    r#"activity,share_percent,amount_eur,partner
Two short staff exchanges (six people each),32,19200,all partners
Guide for in-company trainers in three languages incl. translation and layout,32,19200,Forno Bianchi
Coordination and online meetings,12,7200,Forno Bianchi
Local events with companies,15,9000,both schools
Evaluation (trainer survey before and after),4,2400,Hogeschool Noordkust (associated)
Reserve,5,3000,coordinator
Total,100,60000,

instalment,when,share_of_each_partner_budget_percent
First,when the grant arrives,40
Second,after the interim report,40
Balance,after the final report,20
"#,
                ),
                note: "Reserve, evaluation and instalments added after the community discussion.",
            },
        ],
    }]),
    res(
        "skills-portfolio",
        BESA,
        L::En,
        T::Template,
        "Skills portfolio for what young people learn in volunteering and youth work",
        r#"A four-page portfolio template that helps a young person describe what they learned outside school (organising an event, coaching a team, repairing bikes in a youth centre) in words a VET school or an employer understands.

Each entry asks: *what did I do, what can I do now, who can confirm it, what proof do I have*. Youth workers in Skopje and Tirana used it in guidance sessions; two schools accepted portfolio entries when admitting adults to a shortened programme."#,
    )
    .org(O_BRIDGE)
    .country(C::Mk)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Education],
        &[H::InformalLearning, H::Guidance],
        &[G::Learners, G::AdultLearners, G::GuidanceCounsellors],
    )
    .comp(&[K::LifePersonal, K::LifeLearning, K::EntreAction])
    .files(&[text!(
        "skills-portfolio-template.md",
        r#"# My skills portfolio

Name: ______________________  Date: ____________

## Entry 1

**What I did** (where, when, how long):

**What I can do now** (start each line with a verb: *plan, repair, explain, lead...*):

**Who can confirm it** (name, role, contact):

**My proof** (photos, a certificate, a product, a letter):

## Entry 2

**What I did:**

**What I can do now:**

**Who can confirm it:**

**My proof:**

## Looking ahead

Which of these skills do I want to use in my training or my work?

What do I still want to learn?

*Tip for youth workers:* fill in the first entry together, out loud. Most young people underestimate what they did.
"#,
    )]),
    res(
        "partner-visit-report",
        BESA,
        L::En,
        T::Template,
        "Partner visit report – internal template of Balkan Skills Bridge",
        r#"Our team's template for reporting on visits to partner schools and companies: what we saw, what was agreed, follow-up with owners and dates. Kept inside the organisation because finished reports name people and schools; this is the blank version we copy for each visit."#,
    )
    .org(O_BRIDGE)
    .country(C::Mk)
    .internal()
    .licence(Licence::AllRightsReserved)
    .project(KA210_MK_NAME, KA210_MK)
    .tags(&[S::Education], &[H::Mobility], &[G::SchoolLeaders])
    .files(&[text!(
        "partner-visit-report.md",
        r#"# Partner visit report

- Partner: 
- Place and date: 
- Our visitors: 
- Met with: 

## What we saw

## What was agreed

| Action | Who | By when |
|---|---|---|
|  |  |  |

## Risks and open questions

## Next contact

Date of the next call: 
"#,
    )]),
    // ---- Italiano -----------------------------------------------------------------------------
    res(
        "convenzione-tirocinio",
        GIULIA,
        L::It,
        T::Template,
        "Modello di convenzione di tirocinio e progetto formativo per la ristorazione",
        r#"Il modello che usiamo con i ristoranti e i panifici che accolgono i nostri studenti del quarto anno: una **convenzione** tra scuola e azienda e un **progetto formativo individuale** per ogni studente.

Rispetto ai modelli ufficiali abbiamo tenuto solo l'essenziale e aggiunto quello che le aziende ci chiedevano:

- i nomi e i numeri di telefono dei due tutor, scolastico e aziendale;
- orari e turni scritti chiaramente, compresi i giorni festivi;
- una sezione sulla sicurezza: formazione generale a scuola, formazione specifica in azienda, dispositivi di protezione;
- tre o quattro attività concrete da imparare, non l'intero profilo professionale.

Adattatelo alla vostra regione: le regole sui tirocini curricolari cambiano da un territorio all'altro."#,
    )
    .org(O_LEONARDO)
    .country(C::It)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Hospitality, S::Bakery],
        &[H::DualLearning],
        &[G::Employers, G::VetTeachers, G::InCompanyTrainers],
    )
    .files(&[
        DemoFile {
            name: "convenzione-di-tirocinio.md",
            versions: &[
                Version {
                    body: Body::Text(
                        r#"# Convenzione di tirocinio curricolare

tra **Istituto Professionale Leonardo**, Bologna (di seguito "scuola")
e ______________________ (di seguito "soggetto ospitante")

## Art. 1 – Oggetto

Il soggetto ospitante accoglie nelle sue strutture studenti della scuola in tirocinio curricolare, nell'ambito dei percorsi per le competenze trasversali e per l'orientamento.

## Art. 2 – Natura del tirocinio

Il tirocinio non costituisce rapporto di lavoro. Lo studente segue il progetto formativo individuale allegato.

## Art. 3 – Impegni del soggetto ospitante

- affiancare allo studente un tutor aziendale;
- rispettare gli orari concordati nel progetto formativo;
- informare subito la scuola di assenze, infortuni o difficoltà.

## Art. 4 – Impegni della scuola

- nominare un tutor scolastico che segue lo studente;
- garantire la copertura assicurativa contro gli infortuni e per la responsabilità civile;
- valutare con il tutor aziendale i risultati del tirocinio.

## Art. 5 – Durata

La convenzione vale per l'anno scolastico ________ e può essere rinnovata.

Luogo e data ____________

Per la scuola ____________ Per il soggetto ospitante ____________
"#,
                    ),
                    note: "",
                },
                Version {
                    body: Body::Text(
                        r#"# Convenzione di tirocinio curricolare

tra **Istituto Professionale Leonardo**, Bologna (di seguito "scuola")
e ______________________ (di seguito "soggetto ospitante")

## Art. 1 – Oggetto

Il soggetto ospitante accoglie nelle sue strutture studenti della scuola in tirocinio curricolare, nell'ambito dei percorsi per le competenze trasversali e per l'orientamento.

## Art. 2 – Natura del tirocinio

Il tirocinio non costituisce rapporto di lavoro. Lo studente segue il progetto formativo individuale allegato.

## Art. 3 – Impegni del soggetto ospitante

- affiancare allo studente un tutor aziendale;
- rispettare gli orari e i turni concordati nel progetto formativo, compresi i giorni festivi;
- informare subito la scuola di assenze, infortuni o difficoltà.

## Art. 4 – Impegni della scuola

- nominare un tutor scolastico che segue lo studente;
- garantire la copertura assicurativa contro gli infortuni e per la responsabilità civile;
- valutare con il tutor aziendale i risultati del tirocinio.

## Art. 5 – Sicurezza

La scuola cura la formazione generale sulla sicurezza. Il soggetto ospitante cura la formazione specifica sui rischi del reparto, fornisce i dispositivi di protezione individuale e ne controlla l'uso.

## Art. 6 – Tutor

- Tutor scolastico: ____________ tel. ____________
- Tutor aziendale: ____________ tel. ____________

## Art. 7 – Durata

La convenzione vale per l'anno scolastico ________ e può essere rinnovata.

Luogo e data ____________

Per la scuola ____________ Per il soggetto ospitante ____________
"#,
                    ),
                    note: "Aggiunti la sezione sulla sicurezza e i recapiti dei tutor.",
                },
            ],
        },
        pdf!(
            "progetto-formativo-individuale.pdf",
            r#"# Progetto formativo individuale

Istituto Professionale Leonardo – Enogastronomia e ospitalità alberghiera

## Dati del tirocinio

- Studente: ____________ Classe: ______
- Soggetto ospitante: ____________
- Periodo: dal ______ al ______, per un totale di ____ ore
- Orario e turni, compresi i giorni festivi: ____________

## Attività previste

- preparazione della postazione (mise en place) secondo le indicazioni dello chef;
- lavorazione di impasti lievitati: pane, focaccia, pizza;
- applicazione delle procedure di autocontrollo igienico e compilazione dei registri;
- riordino e pulizia della postazione a fine turno.

## Competenze da sviluppare

- lavorare in sicurezza e in igiene nel rispetto delle procedure;
- organizzare il proprio lavoro rispettando tempi e sequenze;
- comunicare con i colleghi e con il tutor in modo adeguato.

## Valutazione

Il tutor aziendale compila la griglia di valutazione a metà e alla fine del tirocinio; il tutor scolastico la discute con lo studente e con il consiglio di classe.

Firme: studente, genitore (se lo studente è minorenne), tutor scolastico, tutor aziendale.
"#,
        ),
    ]),
    res(
        "haccp-panificio",
        SOFIA,
        L::It,
        T::Template,
        "Autocontrollo HACCP in panificio: registro delle temperature e istruzioni per apprendisti",
        r#"In un panificio artigiano l'apprendista compila i registri di autocontrollo fin dal primo giorno, e spesso nessuno gli spiega perché. Qui ci sono le istruzioni che diamo ai nostri apprendisti e il registro delle temperature che usiamo davvero: celle frigorifere, abbattitore, cella di lievitazione.

Le istruzioni spiegano con parole semplici i punti critici del nostro lavoro (ricevimento delle materie prime, conservazione delle creme, raffreddamento), cosa fare quando un valore è fuori limite e chi avvisare.

Non sostituisce il piano di autocontrollo dell'azienda: serve a insegnarlo."#,
    )
    .org(O_BIANCHI)
    .country(C::It)
    .eqf(3)
    .licence(Licence::CcByNc)
    .tags(
        &[S::Bakery],
        &[H::Didactics, H::DualLearning],
        &[G::Apprentices, G::InCompanyTrainers],
    )
    .files(&[
        text!(
            "autocontrollo-per-apprendisti.md",
            r#"# Autocontrollo in laboratorio: le cose da sapere

## Perché misuriamo
Creme, farciture e latticini fanno crescere i batteri se restano caldi. Il freddo li rallenta: per questo controlliamo le celle due volte al giorno e scriviamo il valore.

## I nostri limiti
- Cella latticini e cella creme: **massimo 4 °C**
- Abbattitore: il prodotto esce a **3 °C o meno** al cuore
- Cella di lievitazione: tra 24 e 28 °C (qui non è sicurezza, è qualità)

## Quando un valore è fuori limite
1. Non spostare niente e non buttare niente.
2. Chiudi bene la porta, aspetta 30 minuti e misura di nuovo.
3. Se è ancora fuori limite, avvisa subito il responsabile di turno.
4. Scrivi sul registro cosa è successo e cosa hai fatto.

## Al ricevimento della merce
Controlla data di scadenza, integrità delle confezioni e temperatura dei prodotti freschi. Se qualcosa non va, la merce non entra in laboratorio.
"#,
        ),
        text!(
            "registro-temperature.csv",
            r#"data,ora,cella_latticini_C,cella_creme_C,abbattitore_uscita_C,cella_lievitazione_C,firma,azione_correttiva
2025-03-03,06:10,3,2,3,26,MB,
2025-03-03,14:00,4,3,3,27,LF,
2025-03-04,06:05,3,2,2,26,MB,
2025-03-04,14:10,7,3,3,26,LF,porta della cella aperta a lungo durante il carico: chiusa e ricontrollata alle 14:40 (4 C)
2025-03-05,06:00,3,3,3,25,MB,
2025-03-05,14:05,4,3,2,26,AP,
"#,
        ),
    ]),
    res(
        "schede-ricetta",
        GIULIA,
        L::It,
        T::CourseMaterial,
        "Schede di ricetta con foto e tempi di lievitazione per il laboratorio di panificazione",
        r#"Le schede che i miei studenti del secondo anno compilano sui tablet in laboratorio: una foto per ogni fase, le dosi, i tempi e uno spazio per le osservazioni del gruppo. Come esempio trovate la scheda della focaccia e il grafico dei tempi di lievitazione che abbiamo misurato in classe a 26 °C.

Il grafico nasce da un piccolo esperimento: per un mese ogni gruppo ha annotato quando l'impasto raddoppiava di volume. Da quei numeri gli studenti hanno capito la lievitazione meglio che da qualsiasi lezione teorica."#,
    )
    .org(O_LEONARDO)
    .country(C::It)
    .eqf(3)
    .tags(
        &[S::Bakery],
        &[H::Didactics, H::DigitalSkills],
        &[G::Learners, G::VetTeachers],
    )
    .comp(&[K::DigiContent])
    .files(&[
        text!(
            "scheda-focaccia.md",
            r#"# Scheda di ricetta: focaccia

Classe 2ª B – gruppo 3 – data: __________

| Ingrediente | Dose |
|---|---|
| Farina tipo 0 | 1000 g |
| Acqua | 650 g |
| Lievito di birra fresco | 20 g |
| Sale | 22 g |
| Olio extravergine d'oliva | 60 g, più quello per la superficie |
| Salamoia: acqua e sale | 100 g e 10 g |

## Fasi

1. **Impasto** (foto 1): farina, acqua e lievito; sale e olio alla fine. Impasto liscio ed elastico.
2. **Riposo** (foto 2): 30 minuti coperto sul banco.
3. **Stesura in teglia** (foto 3): teglia unta, stendere con i polpastrelli senza strappare.
4. **Lievitazione** (foto 4): 60 minuti in cella a 26 °C, fino al raddoppio.
5. **Salamoia e fossette** (foto 5): fossette profonde con le dita, salamoia sulla superficie.
6. **Cottura** (foto 6): 230 °C per 15–18 minuti, fondo dorato.

## Osservazioni del gruppo

- Temperatura dell'impasto a fine impastamento: ____ °C
- Che cosa è andato bene:
- Che cosa cambiamo la prossima volta:
"#,
        ),
        chart!(
            "tempi-di-lievitazione.png",
            Chart::Bars {
                title: "Tempi di lievitazione a 26 °C",
                unit: " min",
                bars: &[
                    ("Pane comune", 90),
                    ("Focaccia", 60),
                    ("Pane integrale", 75),
                    ("Ciabatta con biga", 120),
                    ("Grissini", 45),
                ],
                colour: OCHRE,
            },
        ),
    ]),
    res(
        "griglia-valutazione",
        GIULIA,
        L::It,
        T::Template,
        "Griglia di valutazione delle competenze per il tutor aziendale",
        r#"La griglia che chiediamo ai tutor aziendali di compilare a metà e alla fine del tirocinio. Otto competenze osservabili, quattro livelli descritti con comportamenti concreti (da *lavora solo se guidato passo per passo* a *organizza da solo la postazione e aiuta i compagni*) e uno spazio per un esempio.

I tutor ci hanno detto che è la prima griglia che riescono a compilare in dieci minuti. La condividiamo con i membri registrati perché la stiamo ancora migliorando insieme a loro: i commenti sono benvenuti."#,
    )
    .org(O_LEONARDO)
    .country(C::It)
    .eqf(4)
    .members()
    .licence(Licence::CcByNcSa)
    .tags(
        &[S::Hospitality, S::Bakery],
        &[H::DualLearning, H::Didactics],
        &[G::InCompanyTrainers, G::VetTeachers],
    )
    .comp(&[K::LifeSocial, K::LifePersonal])
    .files(&[text!(
        "griglia-valutazione-tutor.csv",
        r#"competenza,livello 1,livello 2,livello 3,livello 4,esempio osservato
Igiene e sicurezza,va richiamato spesso,rispetta le regole se ricordate,rispetta le regole da solo,fa notare ai colleghi ciò che non va,
Organizzazione della postazione,lavora solo se guidato passo per passo,prepara la postazione con una lista,prepara la postazione da solo,organizza la postazione e aiuta i compagni,
Rispetto dei tempi,è spesso in ritardo sulla sequenza,rispetta i tempi con aiuto,rispetta i tempi da solo,anticipa le fasi successive,
Tecnica di lavorazione,esegue con errori frequenti,esegue correttamente i gesti di base,esegue con precisione,esegue con precisione e spiega come fa,
Uso delle attrezzature,usa solo attrezzature semplici sotto controllo,usa le attrezzature con indicazioni,usa le attrezzature in autonomia,cura la manutenzione ordinaria,
Comunicazione con il gruppo,parla poco o in modo inadatto,chiede quando non capisce,comunica in modo chiaro,coordina un piccolo gruppo,
Accoglienza delle correzioni,si irrita o ignora le correzioni,accetta le correzioni,corregge da solo il proprio lavoro,chiede un parere per migliorare,
Puntualità e presenza,assenze o ritardi frequenti,qualche ritardo giustificato,sempre puntuale,sempre puntuale e disponibile nei momenti di punta,
"#,
    )]),
    res(
        "guida-mobilita",
        SOFIA,
        L::It,
        T::Document,
        "Guida per l'apprendista in mobilità Erasmus+: prima, durante e dopo",
        r#"Una guida breve per gli apprendisti panettieri e pasticceri che partono per tre settimane in un laboratorio all'estero con il progetto **BREAD**. L'abbiamo scritta con gli apprendisti dell'anno scorso: cosa mettere in valigia, come presentarsi il primo giorno, cosa fare se qualcosa va storto, come raccontare l'esperienza al ritorno.

Il linguaggio è semplice e diretto, pensato per ragazzi dai 17 ai 19 anni. Le versioni in spagnolo e in portoghese sono in preparazione con i partner."#,
    )
    .org(O_BIANCHI)
    .country(C::It)
    .project(KA220_IT_NAME, KA220_IT)
    .tags(
        &[S::Bakery, S::Hospitality],
        &[H::Mobility],
        &[G::Apprentices, G::Learners],
    )
    .comp(&[K::LifePersonal, K::LifeSocial])
    .files(&[pdf!(
        "guida-apprendista-in-mobilita.pdf",
        r#"# In partenza: la guida dell'apprendista in mobilità

Progetto BREAD – Erasmus+ (2022-1-IT01-KA220-VET-000087654)

## Prima di partire

- Leggi il tuo accordo di apprendimento: sono le cose che imparerai là.
- In valigia: scarpe antinfortunistiche, due divise, un lucchetto, la tessera sanitaria europea.
- Salva nel telefono il numero del tuo tutor, dell'insegnante accompagnatore e della scuola.
- Impara dieci parole del laboratorio nella lingua del paese: farina, forno, impasto, caldo, attenzione...

## Il primo giorno

Arriva dieci minuti prima. Presentati, ascolta le regole del laboratorio e chiedi dove sono l'uscita di emergenza e la cassetta del pronto soccorso. Non è un problema non capire tutto: chiedi di mostrarti.

## Durante le tre settimane

- Ogni sera scrivi tre righe nel diario: cosa ho fatto, cosa ho imparato, cosa non ho capito.
- Fai foto del tuo lavoro, non delle persone senza permesso.
- Se qualcosa non va (orari, compiti, alloggio), parlane subito con l'insegnante accompagnatore.

## Al ritorno

Porta il diario e le foto: racconterai l'esperienza alla classe. Il tuo tutor firma l'Europass Mobility, che puoi aggiungere al tuo curriculum.
"#,
    )]),
    res(
        "impresa-simulata",
        GIULIA,
        L::It,
        T::CourseMaterial,
        "Impresa simulata: dieci lezioni per progettare un piccolo laboratorio di pasticceria",
        r#"Un percorso di dieci lezioni per il quarto anno: la classe progetta un piccolo laboratorio di pasticceria, dall'idea al piano dei costi del primo anno, e lo presenta a due artigiani veri che fanno le domande di una banca.

Ogni lezione indica l'area di **EntreComp** su cui lavora (idee e opportunità, risorse, passare all'azione), l'attività e il prodotto da consegnare. Il grafico mostra il piano dei costi preparato da una classe: gli studenti sono rimasti sorpresi dal peso delle materie prime e dell'energia."#,
    )
    .org(O_LEONARDO)
    .country(C::It)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Bakery, S::Business],
        &[H::Entrepreneurship],
        &[G::Learners, G::VetTeachers],
    )
    .comp(&[K::EntreIdeas, K::EntreResources, K::EntreAction])
    .files(&[
        text!(
            "impresa-simulata-10-lezioni.md",
            r#"# Impresa simulata: il nostro laboratorio di pasticceria

| Lezione | Area EntreComp | Attività | Da consegnare |
|---|---|---|---|
| 1 | Idee e opportunità | Giro del quartiere: chi vende dolci, a chi, a che prezzo | Mappa dei concorrenti |
| 2 | Idee e opportunità | Intervista a dieci possibili clienti | Sintesi delle risposte |
| 3 | Idee e opportunità | Scelta dell'idea e del nome | Una pagina di presentazione |
| 4 | Risorse | Prodotti e ricette: costo di ogni prodotto | Schede di costo |
| 5 | Risorse | Attrezzature e locale: preventivi | Elenco con prezzi |
| 6 | Risorse | Piano dei costi del primo anno | Foglio di calcolo |
| 7 | Passare all'azione | Prezzi e vendite previste | Piano delle vendite |
| 8 | Passare all'azione | Comunicazione: vetrina e social | Bozza di volantino |
| 9 | Passare all'azione | Prova della presentazione | Presentazione di cinque minuti |
| 10 | Passare all'azione | Presentazione a due artigiani | Domande e risposte, valutazione |

Consiglio per l'insegnante: invitate artigiani che hanno aperto da pochi anni, ricordano bene gli errori.
"#,
        ),
        chart!(
            "costi-primo-anno.png",
            Chart::Ring {
                title: "Costi del primo anno",
                slices: &[
                    ("Materie prime", 34),
                    ("Affitto", 28),
                    ("Attrezzature", 18),
                    ("Energia", 12),
                    ("Pubblicità", 8),
                ],
            },
        ),
    ]),
    res(
        "video-sicurezza-forno",
        SOFIA,
        L::It,
        T::Video,
        "Sicurezza in laboratorio: video di benvenuto per i nuovi apprendisti del forno",
        r#"Un video di sei minuti girato nel nostro laboratorio: forno a platea, impastatrice a spirale, affettatrice, pavimento bagnato e farina nell'aria. Ogni rischio è mostrato dal vero, con il gesto sicuro subito dopo.

Lo guardiamo insieme il primo giorno di ogni nuovo apprendista, poi facciamo il giro del laboratorio nello stesso ordine. Sottotitoli in italiano e in inglese."#,
    )
    .org(O_BIANCHI)
    .country(C::It)
    .licence(Licence::CcByNd)
    .also_in(&[L::En])
    .link("https://video.example.org/forno-bianchi/sicurezza-in-laboratorio")
    .tags(
        &[S::Bakery],
        &[H::DualLearning],
        &[G::Apprentices, G::InCompanyTrainers],
    ),
    res(
        "verifica-quadro",
        DRITAN,
        L::It,
        T::CourseMaterial,
        "Verifica del quadro elettrico prima della chiusura: scheda per il laboratorio",
        r#"Traduzione italiana della scheda che usiamo nel laboratorio di elettrotecnica a Durazzo. Prima di chiudere un quadro, lo studente lo fotografa e controlla dieci punti insieme a un compagno; poi la scheda firmata va nel registro del laboratorio con la foto.

È nata perché gli errori si trovavano sempre dopo, a quadro chiuso. Da quando usiamo la scheda, i quadri da riaprire sono meno della metà. La versione albanese è tra le risorse in shqip."#,
    )
    .org(O_DURRES)
    .country(C::Al)
    .eqf(3)
    .also_in(&[L::Sq])
    .tags(&[S::Electrical], &[H::Didactics], &[G::Learners, G::VetTeachers])
    .comp(&[K::LifeSocial])
    .files(&[text!(
        "verifica-quadro-elettrico.md",
        r#"# Verifica del quadro elettrico prima della chiusura

Studente: ____________ Compagno che verifica: ____________ Data: ________

| # | Controllo | OK |
|---|---|---|
| 1 | Il quadro è senza tensione e la misura è stata fatta con il tester | ☐ |
| 2 | Ogni conduttore ha il colore giusto (fase, neutro, terra) | ☐ |
| 3 | Le sezioni dei cavi corrispondono allo schema | ☐ |
| 4 | I morsetti sono serrati: nessun cavo si muove tirandolo | ☐ |
| 5 | Nessun rame scoperto fuori dal morsetto | ☐ |
| 6 | Interruttori e differenziale sono quelli dello schema | ☐ |
| 7 | Ogni interruttore ha la sua etichetta | ☐ |
| 8 | La barra di terra è collegata e serrata | ☐ |
| 9 | I cavi sono ordinati nelle canaline, senza pieghe strette | ☐ |
| 10 | La foto del quadro aperto è stata scattata e salvata | ☐ |

Firma dello studente ____________ Firma del compagno ____________
"#,
    )]),
    // ---- Español ------------------------------------------------------------------------------
    res(
        "video-seguridad-taller",
        JAVIER,
        L::Es,
        T::Video,
        "Vídeo de acogida en seguridad para el taller de automoción",
        r#"Ocho minutos que ven todos los alumnos y aprendices antes de entrar por primera vez en nuestro taller: elevadores, gato y borriquetas, baterías, líquidos inflamables, gases de escape y, sobre todo, vehículos híbridos y eléctricos, que no se tocan sin la formación específica.

Lo grabamos con nuestros propios alumnos de segundo curso, que explican cada riesgo con sus palabras. Después del vídeo hacemos un recorrido por el taller y una prueba corta de diez preguntas.

Las empresas colaboradoras lo usan también con sus aprendices de FP dual."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .eqf(3)
    .link("https://video.example.org/rioebro/acogida-seguridad-taller")
    .tags(
        &[S::Automotive],
        &[H::DualLearning, H::Didactics],
        &[G::Learners, G::Apprentices, G::InCompanyTrainers],
    ),
    res(
        "plan-formacion-dual",
        JAVIER,
        L::Es,
        T::Template,
        "Plan de formación individual para aprendices de FP dual (plantilla y calendario)",
        r#"La plantilla que firmamos con cada empresa y cada aprendiz de FP dual en automoción y electricidad. Cabe en dos páginas y dice lo que importa: qué resultados de aprendizaje se trabajan en la empresa, quién es el tutor, cómo se evalúa y qué pasa si algo no funciona.

El calendario de alternancia indica las semanas en el centro y en la empresa. La segunda versión corresponde al curso 2025-2026, con las fiestas de Zaragoza ya marcadas.

Los talleres pequeños nos pidieron menos papel: ahora reciben además un resumen de una página con las tres o cuatro tareas del trimestre."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Automotive, S::Electrical],
        &[H::DualLearning],
        &[G::InCompanyTrainers, G::VetTeachers, G::Employers],
    )
    .files(&[
        text!(
            "plan-formacion-individual.md",
            r#"# Plan de formación individual – FP dual

**Aprendiz:** ____________ **Ciclo:** Electromecánica de vehículos automóviles
**Empresa:** ____________ **Tutor/a de empresa:** ____________
**Tutor/a del centro:** ____________

## Resultados de aprendizaje en la empresa

| Resultado | Actividades en la empresa | Trimestre |
|---|---|---|
| Mantenimiento periódico del vehículo | Cambios de aceite y filtros, revisión de niveles | 1.º |
| Diagnóstico de sistemas eléctricos | Lectura de averías con equipo de diagnosis | 2.º |
| Sistemas de frenos | Sustitución de pastillas y discos, purgado | 2.º |
| Atención al cliente | Recepción del vehículo y explicación de la reparación | 3.º |

## Seguimiento

- Reunión tutor del centro – tutor de empresa: una vez al mes.
- Cuaderno de aprendizaje: el aprendiz anota cada semana las tareas realizadas.

## Evaluación

La empresa valora cada resultado con la rúbrica común (de 1 a 4). La nota final la pone el equipo docente teniendo en cuenta esa valoración.

## Si algo no funciona

Cualquiera de las partes puede pedir una reunión. Si las tareas no corresponden al plan, el centro busca una solución con la empresa en un plazo de dos semanas.
"#,
        ),
        DemoFile {
            name: "calendario-alternancia.csv",
            versions: &[
                Version {
                    body: Body::Text(
                        r#"semana,desde,hasta,lugar,observaciones
1,2024-09-09,2024-09-13,centro,acogida y seguridad
2-6,2024-09-16,2024-10-18,centro,
7,2024-10-21,2024-10-25,empresa,primera semana en la empresa
8-11,2024-10-28,2024-11-22,alternancia,lunes a miércoles centro; jueves y viernes empresa
12-15,2024-11-25,2024-12-20,alternancia,
16-17,2024-12-23,2025-01-03,vacaciones,
18-33,2025-01-07,2025-04-25,alternancia,
34-40,2025-04-28,2025-06-13,empresa,estancia completa
"#,
                    ),
                    note: "",
                },
                Version {
                    body: Body::Text(
                        r#"semana,desde,hasta,lugar,observaciones
1,2025-09-08,2025-09-12,centro,acogida y seguridad
2-5,2025-09-15,2025-10-10,centro,
6,2025-10-13,2025-10-17,centro,fiestas del Pilar (lunes 13 no lectivo)
7,2025-10-20,2025-10-24,empresa,primera semana en la empresa
8-15,2025-10-27,2025-12-19,alternancia,lunes a miércoles centro; jueves y viernes empresa
16-17,2025-12-22,2026-01-07,vacaciones,
18-32,2026-01-08,2026-04-24,alternancia,semana santa según calendario escolar
33-40,2026-04-27,2026-06-19,empresa,estancia completa
"#,
                    ),
                    note: "Calendario del curso 2025-2026.",
                },
            ],
        },
    ]),
    res(
        "diagnosis-electronica",
        JAVIER,
        L::Es,
        T::CourseMaterial,
        "Lista de control para el diagnóstico electrónico del vehículo",
        r#"Una lista de control para que el alumnado siga siempre el mismo orden cuando conecta el equipo de diagnosis: datos del vehículo, lectura de códigos, comprobación de valores reales, prueba y borrado al final, nunca al principio.

La usamos en segundo curso con vehículos del taller y con las averías que provocamos a propósito. Los alumnos graban el proceso con la tableta y lo comentamos en grupo."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .eqf(4)
    .tags(
        &[S::Automotive],
        &[H::Didactics, H::DigitalSkills],
        &[G::Learners, G::Apprentices],
    )
    .comp(&[K::DigiProblems, K::DigiInformation])
    .files(&[pdf!(
        "diagnosis-electronica-lista-de-control.pdf",
        r#"# Diagnóstico electrónico: lista de control

CIFP Río Ebro – Electromecánica de vehículos, 2.º curso

## Antes de conectar

- Anota marca, modelo, año, motor y kilometraje.
- Pregunta al cliente (o al profesor): qué síntoma, desde cuándo, en qué condiciones.
- Comprueba la tensión de la batería: por debajo de 12,2 V, cárgala antes.

## Lectura

- Conecta el equipo con el contacto quitado; después, pon el contacto.
- Lee y anota todos los códigos de avería, también los memorizados.
- No borres nada todavía.

## Comprobación

- Consulta los valores reales del sistema afectado y compáralos con los de referencia.
- Comprueba conectores y cableado antes de cambiar una pieza.
- Escribe tu hipótesis: qué pieza o qué circuito y por qué.

## Reparación y cierre

- Repara y vuelve a leer los valores reales.
- Borra los códigos y haz una prueba en las condiciones del síntoma.
- Vuelve a leer: si no hay códigos nuevos, la reparación está cerrada.

Firma del alumno ____________ Firma del profesor ____________
"#,
    )]),
    res(
        "encuesta-empresas",
        JAVIER,
        L::Es,
        T::Template,
        "Encuesta de satisfacción para empresas colaboradoras de FP dual",
        r#"Doce preguntas que enviamos cada junio a las empresas que acogen aprendices: preparación del alumnado, comunicación con el centro, carga administrativa y seguimiento del tutor.

El gráfico muestra los resultados de 2024 (87 empresas, 64 respuestas). El papeleo fue, con diferencia, lo peor valorado; de ahí salió el resumen de una página que ahora acompaña al plan de formación."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .tags(
        &[S::Automotive, S::Electrical, S::Logistics],
        &[H::LabourMarket, H::DualLearning],
        &[G::SchoolLeaders, G::Employers],
    )
    .files(&[
        text!(
            "encuesta-empresas-colaboradoras.csv",
            r#"n,pregunta,respuesta
1,El alumnado llega con los conocimientos básicos necesarios,1-5
2,El alumnado respeta las normas de seguridad,1-5
3,El alumnado muestra interés y puntualidad,1-5
4,La comunicación con el centro es fácil y rápida,1-5
5,Sé a quién llamar si surge un problema,1-5
6,El plan de formación es claro,1-5
7,La documentación que pide el centro es razonable,1-5
8,El tutor del centro visita o llama con la frecuencia adecuada,1-5
9,Las fechas de alternancia encajan con el trabajo de la empresa,1-5
10,Volvería a acoger aprendices el próximo curso,sí/no
11,Contrataría a alguno de los aprendices de este curso,sí/no
12,¿Qué cambiaría?,texto libre
"#,
        ),
        chart!(
            "resultados-2024.png",
            Chart::Bars {
                title: "Empresas de acuerdo (2024)",
                unit: "%",
                bars: &[
                    ("Preparación del alumnado", 81),
                    ("Comunicación con el centro", 74),
                    ("Seguimiento del tutor", 69),
                    ("Fechas de alternancia", 62),
                    ("Documentación", 46),
                ],
                colour: TEAL,
            },
        ),
    ]),
    res(
        "almacen-simulado",
        JAVIER,
        L::Es,
        T::CourseMaterial,
        "Prácticas de logística con lector de códigos y almacén simulado",
        r#"Seis prácticas para primer curso de logística en un almacén montado en un aula: estanterías recicladas, cajas con etiquetas reales y lectores de códigos de barras prestados por una empresa colaboradora.

Cada práctica sigue una etapa del recorrido de la mercancía, del muelle de recepción a la expedición, y termina con un pequeño error provocado (una caja mal ubicada, un albarán que no cuadra) que el grupo tiene que encontrar."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .eqf(3)
    .tags(
        &[S::Logistics],
        &[H::Didactics, H::DigitalSkills],
        &[G::Learners, G::VetTeachers],
    )
    .comp(&[K::DigiInformation, K::DigiProblems])
    .files(&[
        text!(
            "practicas-almacen-simulado.md",
            r#"# Prácticas en el almacén simulado

1. **Recepción**: descargar un pedido, contar bultos, comprobar el albarán y anotar incidencias.
2. **Control de calidad**: revisar embalajes dañados y fechas de caducidad; apartar lo que no cumple.
3. **Ubicación**: asignar a cada artículo su hueco según rotación y peso; registrar con el lector.
4. **Preparación de pedidos**: recorrer el almacén con la lista de picking por la ruta más corta.
5. **Embalaje**: elegir la caja, proteger el contenido y etiquetar para el transportista.
6. **Expedición**: cargar por orden de reparto y cerrar el pedido en el sistema.

En cada práctica el profesor esconde un error. Gana el grupo que lo encuentra y explica cómo evitarlo.
"#,
        ),
        chart!(
            "del-muelle-al-cliente.png",
            Chart::Flow {
                title: "Del muelle al cliente",
                steps: &[
                    "Recepción",
                    "Control",
                    "Ubicación",
                    "Preparación",
                    "Embalaje",
                    "Expedición",
                ],
                colour: BLUE,
            },
        ),
    ]),
    res(
        "glosario-fp-dual",
        JAVIER,
        L::Es,
        T::Document,
        "Glosario de FP dual y movilidad, español–inglés",
        r#"Cincuenta términos que usamos a diario en la FP dual y en los proyectos Erasmus+, con su equivalente en inglés y una definición breve: *convenio*, *tutor de empresa*, *resultado de aprendizaje*, *acuerdo de aprendizaje*, etc.

Lo preparamos para nuestro profesorado antes de la primera movilidad de personal, y lo usan ahora también los aprendices que hacen prácticas en el extranjero. Dominio público: cópielo, amplíelo y tradúzcalo."#,
    )
    .org(O_RIO_EBRO)
    .country(C::Es)
    .licence(Licence::Cc0)
    .also_in(&[L::En])
    .tags(
        &[S::Automotive, S::Electrical, S::Logistics],
        &[H::DualLearning, H::Mobility],
        &[G::VetTeachers, G::Apprentices],
    )
    .files(&[text!(
        "glosario-fp-dual-es-en.csv",
        r#"español,english,definición
aprendiz,apprentice,persona que se forma en una empresa y en un centro con un contrato o un convenio
convenio de colaboración,cooperation agreement,acuerdo entre centro y empresa que regula la formación en la empresa
tutor/a de empresa,in-company trainer,persona de la empresa que guía y evalúa al aprendiz
tutor/a del centro,school tutor,docente que sigue al aprendiz y coordina con la empresa
resultado de aprendizaje,learning outcome,lo que el aprendiz sabe y sabe hacer al terminar
plan de formación,training plan,documento con las actividades y resultados que se trabajan en la empresa
alternancia,alternance,reparto del tiempo entre centro y empresa
acuerdo de aprendizaje,learning agreement,documento de una movilidad que fija tareas y resultados
entidad de acogida,host organisation,empresa o centro que recibe a un participante de movilidad
reconocimiento,recognition,validación en el centro de lo aprendido fuera
"#,
    )]),
    res(
        "intercambio-bolonia-zaragoza",
        GIULIA,
        L::Es,
        T::Document,
        "Intercambio de profesorado Bolonia–Zaragoza: programa de una semana",
        r#"El programa de la semana que dos profesoras de nuestro instituto pasaron en el CIFP Río Ebro, y que servirá para la visita de vuelta. Lo escribo en español porque así lo preparamos con Javier y su equipo.

Cada día combina observación en talleres, una actividad con alumnos y una reunión breve para comparar cómo enseñamos lo mismo en los dos países. El último día dejamos tiempo para acordar tres cosas concretas que probar a la vuelta."#,
    )
    .org(O_LEONARDO)
    .country(C::It)
    .tags(
        &[S::Hospitality, S::Automotive],
        &[H::Mobility, H::TeacherCompetences],
        &[G::VetTeachers, G::SchoolLeaders],
    )
    .comp(&[K::LifeLearning, K::LifeSocial])
    .files(&[text!(
        "programa-intercambio.md",
        r#"# Programa del intercambio – una semana

| Día | Mañana | Tarde |
|---|---|---|
| Lunes | Acogida, visita del centro, normas de seguridad | Reunión con la dirección: FP dual en Aragón |
| Martes | Observación en el taller de automoción | Visita a una empresa colaboradora |
| Miércoles | Clase compartida: seguridad e higiene en el taller y en la cocina | Comparación de planes de formación |
| Jueves | Observación en cocina de un centro asociado | Actividad con alumnos: presentación de nuestros centros |
| Viernes | Tres cosas que probaremos a la vuelta | Evaluación de la semana y despedida |

Después del intercambio: cada profesora presenta en su claustro lo que ha visto en un máximo de diez minutos.
"#,
    )]),
    // ---- Polski -------------------------------------------------------------------------------
    res(
        "lista-opiekuna",
        KASIA,
        L::Pl,
        T::Template,
        "Lista kontrolna dla opiekuna praktyk w zakładzie rzemieślniczym",
        r#"Lista, którą dajemy mistrzom i opiekunom praktyk w zakładach naszego stowarzyszenia, zanim przyjmą pierwszego ucznia. To nie jest kolejny formularz do wypełnienia, tylko przypomnienie, o czym pomyśleć przed pierwszym dniem, w pierwszym tygodniu i w trakcie nauki.

Drugi plik to plan pierwszego tygodnia w małym zakładzie: kto, co i kiedy pokazuje uczniowi. Mistrzowie mówią, że najbardziej pomogła im krótka rozmowa na koniec każdego dnia."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .eqf(3)
    .licence(Licence::CcBySa)
    .tags(
        &[S::CreativeCrafts, S::Beauty, S::Construction],
        &[H::DualLearning, H::TeacherCompetences],
        &[G::Mentors, G::InCompanyTrainers, G::Employers],
    )
    .comp(&[K::LifeSocial])
    .files(&[
        text!(
            "lista-kontrolna-opiekuna-praktyk.md",
            r#"# Lista kontrolna opiekuna praktyk

## Przed pierwszym dniem

- [ ] Umowa z uczniem jest podpisana, a uczeń zgłoszony do ubezpieczenia
- [ ] Wiem, czego uczeń ma się nauczyć w tym roku (program nauczania zawodu)
- [ ] Przygotowałem odzież roboczą i środki ochrony indywidualnej
- [ ] Pracownicy wiedzą, kto przychodzi i kto się nim opiekuje

## Pierwszy tydzień

- [ ] Szkolenie BHP na stanowisku pracy, potwierdzone podpisem
- [ ] Pokazałem zakład: wyjścia ewakuacyjne, apteczkę, szatnię, przerwy
- [ ] Uczeń wykonał pierwsze proste zadanie od początku do końca
- [ ] Codziennie pięć minut rozmowy na koniec dnia: co było nowe, co trudne

## W trakcie nauki

- [ ] Raz w miesiącu sprawdzam i podpisuję dzienniczek praktyk
- [ ] Raz na kwartał rozmawiam z nauczycielem zawodu lub wychowawcą
- [ ] Przed egzaminem czeladniczym uczeń wykonuje próbne zadanie w zakładzie
- [ ] Chwalę konkretnie: za co, a nie tylko „dobrze”
"#,
        ),
        text!(
            "plan-pierwszego-tygodnia.csv",
            r#"dzień,godziny,co robimy,kto pokazuje
poniedziałek,7:00-8:30,powitanie; zwiedzanie zakładu; szkolenie BHP na stanowisku,mistrz
poniedziałek,8:30-14:00,obserwacja pracy; sprzątanie stanowiska,czeladnik
wtorek,7:00-14:00,narzędzia ręczne: nazwy; bezpieczne użycie; konserwacja,czeladnik
środa,7:00-14:00,pierwsze proste zadanie pod nadzorem,mistrz
czwartek,7:00-14:00,powtórzenie zadania; samodzielne przygotowanie stanowiska,czeladnik
piątek,7:00-13:00,rozmowa podsumowująca tydzień; wpis do dzienniczka,mistrz
"#,
        ),
    ]),
    res(
        "egzamin-czeladniczy",
        KASIA,
        L::Pl,
        T::Document,
        "Egzamin czeladniczy krok po kroku: poradnik dla ucznia",
        r#"Krótki poradnik dla uczniów ostatniej klasy, którzy przystępują do egzaminu czeladniczego przed komisją izby rzemieślniczej. Wyjaśnia po kolei, jak złożyć wniosek, jakie dokumenty przygotować, jak wygląda część teoretyczna i praktyczna oraz co zrobić, jeśli coś pójdzie nie tak.

Schemat pokazuje całą drogę od umowy o naukę zawodu do świadectwa czeladniczego. Terminy i opłaty sprawdźcie zawsze w swojej izbie."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .eqf(3)
    .tags(
        &[S::CreativeCrafts, S::Beauty, S::Construction],
        &[H::DualLearning, H::Guidance],
        &[G::Apprentices, G::Learners],
    )
    .files(&[
        text!(
            "egzamin-czeladniczy-krok-po-kroku.md",
            r#"# Egzamin czeladniczy krok po kroku

## 1. Kiedy się zgłosić

Wniosek składasz w izbie rzemieślniczej kilka miesięcy przed końcem nauki zawodu. Zapytaj mistrza albo nauczyciela, jaki jest termin w tym roku.

## 2. Dokumenty

- wniosek o przeprowadzenie egzaminu;
- kopia umowy o naukę zawodu i dzienniczek praktyk;
- zaświadczenie ze szkoły;
- potwierdzenie opłaty, jeśli jest wymagana.

## 3. Część teoretyczna

Test i rozmowa z komisją: technologia, materiały, maszyny, bezpieczeństwo pracy i podstawy prowadzenia działalności. Ucz się z zeszytu i z pytań z poprzednich lat.

## 4. Część praktyczna

Wykonujesz zadanie typowe dla swojego zawodu, w określonym czasie, pod okiem komisji. Przygotuj własne narzędzia i odzież roboczą, jeśli komisja o to prosi.

## 5. Wynik

Po zdanym egzaminie otrzymujesz świadectwo czeladnicze. Jeśli nie zdasz jednej części, możesz ją powtórzyć w kolejnym terminie.

## Rada od absolwentów

Przed egzaminem wykonaj zadanie próbne w zakładzie, na czas. Stres jest mniejszy, gdy wiesz, ile minut zajmuje każdy etap.
"#,
        ),
        chart!(
            "droga-do-swiadectwa.png",
            Chart::Flow {
                title: "Droga do świadectwa czeladnika",
                steps: &[
                    "Umowa o naukę",
                    "Nauka w zakładzie",
                    "Wniosek o egzamin",
                    "Część teoretyczna",
                    "Część praktyczna",
                    "Świadectwo",
                ],
                colour: RED,
            },
        ),
    ]),
    res(
        "umowa-mlodociany",
        MARTA,
        L::Pl,
        T::Template,
        "Wzór umowy o pracę w celu przygotowania zawodowego młodocianego",
        r#"Wzór, który udostępniamy zakładom naszego stowarzyszenia. Druga wersja uwzględnia uwagi mistrzów: dopisaliśmy punkty o czasie pracy młodocianego, o ubezpieczeniu i o tym, kto zgłasza ucznia do egzaminu.

**Uwaga:** to wzór do dostosowania, a nie porada prawna. Przed podpisaniem sprawdźcie aktualne przepisy albo zapytajcie w swojej izbie rzemieślniczej."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .licence(Licence::CcBy)
    .tags(
        &[S::CreativeCrafts, S::Construction, S::Beauty],
        &[H::DualLearning],
        &[G::Employers, G::Apprentices],
    )
    .files(&[DemoFile {
        name: "umowa-przygotowanie-zawodowe.md",
        versions: &[
            Version {
                body: Body::Text(
                    r#"# Umowa o pracę w celu przygotowania zawodowego (wzór)

zawarta w dniu ________ w ________ pomiędzy:

**Pracodawcą:** ____________ (nazwa i adres zakładu), reprezentowanym przez ____________
a **młodocianym:** ____________, ur. ________, za zgodą przedstawiciela ustawowego ____________

## § 1

Pracodawca zatrudnia młodocianego w celu przygotowania zawodowego w formie nauki zawodu w zawodzie ____________.

## § 2

Nauka zawodu trwa od ________ do ________. Młodociany dokształca się w szkole ____________.

## § 3

Pracodawca realizuje program nauczania dla zawodu i wyznacza opiekuna praktyk: ____________.

## § 4

Młodocianemu przysługuje wynagrodzenie zgodnie z obowiązującymi przepisami.

## § 5

Nauka zawodu kończy się egzaminem czeladniczym.

Podpisy: pracodawca, młodociany, przedstawiciel ustawowy
"#,
                ),
                note: "",
            },
            Version {
                body: Body::Text(
                    r#"# Umowa o pracę w celu przygotowania zawodowego (wzór)

zawarta w dniu ________ w ________ pomiędzy:

**Pracodawcą:** ____________ (nazwa i adres zakładu), reprezentowanym przez ____________
a **młodocianym:** ____________, ur. ________, za zgodą przedstawiciela ustawowego ____________

## § 1

Pracodawca zatrudnia młodocianego w celu przygotowania zawodowego w formie nauki zawodu w zawodzie ____________.

## § 2

Nauka zawodu trwa od ________ do ________. Młodociany dokształca się w szkole ____________.

## § 3

Pracodawca realizuje program nauczania dla zawodu i wyznacza opiekuna praktyk: ____________.

## § 4

Czas pracy młodocianego nie przekracza norm przewidzianych dla młodocianych; czas nauki w szkole wlicza się do czasu pracy.

## § 5

Pracodawca zgłasza młodocianego do ubezpieczeń społecznych i zapewnia badania lekarskie oraz szkolenie BHP.

## § 6

Młodocianemu przysługuje wynagrodzenie zgodnie z obowiązującymi przepisami.

## § 7

Nauka zawodu kończy się egzaminem czeladniczym. Pracodawca zgłasza młodocianego do egzaminu w izbie rzemieślniczej.

Podpisy: pracodawca, młodociany, przedstawiciel ustawowy
"#,
                ),
                note: "Dopisano czas pracy, ubezpieczenie i zgłoszenie do egzaminu.",
            },
        ],
    }]),
    res(
        "sprawozdanie-mobilnosci",
        MARTA,
        L::Pl,
        T::Template,
        "Sprawozdanie uczestnika mobilności – wzór z pytaniami pomocniczymi",
        r#"Zanim uczestnik wypełni oficjalną ankietę, prosimy go o krótkie sprawozdanie dla szkoły i zakładu: co robił, czego się nauczył i co poleciłby następnym. Wzór ma pytania pomocnicze, bo młodym ludziom często trudno opisać własne umiejętności.

Dostępne dla zalogowanych członków: testujemy go jeszcze z kolejną grupą."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .members()
    .project(KA121_PL_NAME, KA121_PL)
    .tags(
        &[S::CreativeCrafts, S::Beauty],
        &[H::Mobility, H::InformalLearning],
        &[G::Apprentices, G::VetTeachers],
    )
    .comp(&[K::LifeLearning])
    .files(&[text!(
        "sprawozdanie-uczestnika.md",
        r#"# Moja mobilność – sprawozdanie

Imię i nazwisko: ____________ Zawód: ____________
Miejsce i termin: ____________

## Co robiłem/robiłam

*Pytania pomocnicze:* jakie zadania wykonywałeś codziennie? Jakie maszyny i narzędzia poznałeś? Co robiłeś samodzielnie?

## Czego się nauczyłem/nauczyłam

*Pytania pomocnicze:* co umiesz teraz, czego nie umiałeś przed wyjazdem? Co robią tam inaczej niż u nas?

## Co było trudne

*Pytania pomocnicze:* język, tempo pracy, mieszkanie, tęsknota? Kto ci pomógł?

## Co poleciłbym/poleciłabym następnym

Trzy rady dla osób, które wyjadą w przyszłym roku:

1.
2.
3.
"#,
    )]),
    res(
        "strzyzenie-meskie",
        KASIA,
        L::Pl,
        T::CourseMaterial,
        "Karty pracy: strzyżenie męskie dla pierwszego roku",
        r#"Cztery karty pracy do zajęć praktycznych w zakładzie fryzjerskim: strzyżenie klasyczne nożyczkami, cieniowanie maszynką, modelowanie brody oraz mycie i stylizacja. Każda karta ma kolejne etapy, najczęstsze błędy i miejsce na ocenę mistrza.

Wykres pokazuje orientacyjny czas wykonania, którego oczekujemy pod koniec pierwszego roku nauki. Na początku roku uczniowie potrzebują zwykle dwa razy więcej czasu i tak ma być."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .eqf(3)
    .licence(Licence::CcByNc)
    .tags(&[S::Beauty], &[H::Didactics], &[G::Apprentices, G::InCompanyTrainers])
    .files(&[
        text!(
            "karty-pracy-strzyzenie-meskie.md",
            r#"# Karty pracy – strzyżenie męskie

## Karta 1. Strzyżenie klasyczne nożyczkami

1. Rozmowa z klientem: długość, przedziałek, zdjęcie fryzury.
2. Podział włosów na sekcje.
3. Linia bazowa z tyłu głowy, potem boki.
4. Góra: strzyżenie na palcach, kontrola symetrii w lustrze.
5. Konturowanie za uszami i na karku.

*Najczęstsze błędy:* nierówne baki, za krótko nad uszami.

## Karta 2. Cieniowanie maszynką

1. Dobór nasadek od najkrótszej do najdłuższej.
2. Wyznaczenie linii przejścia.
3. Płynne przejścia ruchem „od skóry na zewnątrz”.

*Najczęstsze błędy:* widoczne schodki, linia przejścia za wysoko.

## Karta 3. Broda

Kształt dopasowany do twarzy, linia policzka i szyi, olejek na koniec.

## Karta 4. Mycie i stylizacja

Dobór szamponu, masaż skóry głowy, suszenie kierunkowe, produkt do stylizacji.

Ocena mistrza (1–5): ______ Podpis: ____________
"#,
        ),
        chart!(
            "czas-wykonania.png",
            Chart::Bars {
                title: "Czas wykonania pod koniec 1. roku",
                unit: " min",
                bars: &[
                    ("Strzyżenie klasyczne", 40),
                    ("Cieniowanie maszynką", 55),
                    ("Broda", 20),
                    ("Mycie i stylizacja", 15),
                ],
                colour: PURPLE,
            },
        ),
    ]),
    res(
        "szkolenie-bhp",
        MARTA,
        L::Pl,
        T::Presentation,
        "Szkolenie BHP w małym zakładzie rzemieślniczym – slajdy",
        r#"Krótka prezentacja do szkolenia stanowiskowego w małym zakładzie: stolarni, zakładzie fryzjerskim, warsztacie budowlanym. Slajdy są w formacie Markdown: można je wyświetlić w przeglądarce, wydrukować albo przenieść do dowolnego programu do prezentacji.

Na ostatnim slajdzie mistrz dopisuje zagrożenia własnego zakładu. To najważniejsza część szkolenia."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .tags(
        &[S::Construction, S::Woodwork, S::Beauty],
        &[H::DualLearning],
        &[G::Apprentices, G::InCompanyTrainers, G::Employers],
    )
    .files(&[text!(
        "szkolenie-bhp-slajdy.md",
        r#"# Bezpieczna praca w naszym zakładzie

Szkolenie stanowiskowe dla nowych uczniów

---

## Po co to szkolenie?

- Żeby wrócić do domu zdrowym każdego dnia
- Żeby wiedzieć, co robić, gdy coś się stanie

---

## Odzież i środki ochrony

- Obuwie robocze, okulary, ochronniki słuchu, rękawice – kiedy i dlaczego
- Długie włosy związane, bez biżuterii przy maszynach

---

## Maszyny i narzędzia

- Uruchamiasz tylko maszyny, które mistrz ci pokazał
- Osłony zostają na swoim miejscu
- Uszkodzone narzędzie od razu zgłaszasz

---

## Porządek

- Wolne przejścia i wyjścia ewakuacyjne
- Rozlaną ciecz wycierasz od razu

---

## Gdy coś się stanie

- Apteczka: ____________
- Gaśnica: ____________
- Numer alarmowy: 112

---

## Zagrożenia w naszym zakładzie

(uzupełnia mistrz)

1.
2.
3.
"#,
    )]),
    res(
        "harmonogram-egzaminow",
        KASIA,
        L::Pl,
        T::Document,
        "Harmonogram egzaminów czeladniczych 2026 – do użytku wewnętrznego",
        r#"Terminy sesji egzaminacyjnych i składy komisji na rok 2026. Widoczne tylko dla członków stowarzyszenia, bo zawiera nazwiska egzaminatorów, które publikujemy dopiero po ich potwierdzeniu."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .internal()
    .licence(Licence::AllRightsReserved)
    .tags(&[S::CreativeCrafts, S::Beauty, S::Construction], &[H::DualLearning], &[G::Employers])
    .files(&[text!(
        "harmonogram-egzaminow-2026.csv",
        r#"sesja,zawód,termin części teoretycznej,termin części praktycznej,przewodniczący komisji,status
wiosenna,fryzjer,2026-03-10,2026-03-16..2026-03-20,J. Zając,potwierdzony
wiosenna,stolarz,2026-03-11,2026-03-23..2026-03-27,A. Mazur,potwierdzony
letnia,fryzjer,2026-06-09,2026-06-15..2026-06-26,J. Zając,do potwierdzenia
letnia,murarz-tynkarz,2026-06-10,2026-06-22..2026-06-26,K. Lis,do potwierdzenia
jesienna,cukiernik,2026-10-06,2026-10-12..2026-10-16,M. Wójcik,do potwierdzenia
"#,
    )]),
    // ---- Türkçe -------------------------------------------------------------------------------
    res(
        "firin-haccp",
        MEHMET,
        L::Tr,
        T::CourseMaterial,
        "Fırıncılık için HACCP eğitim modülü: hijyen, kritik kontrol noktaları ve kayıtlar",
        r#"Mahalle fırınlarında çalışmaya başlayan gençler için dört derslik bir eğitim modülü. Her ders bir saat sürüyor ve fırının içinde, gerçek ekipmanın başında yapılıyor: kişisel hijyen, hammaddenin kabulü ve depolanması, kritik kontrol noktaları ve kayıtların tutulması.

Modülü İzmir'de üç fırınla birlikte denedik. İkinci dosya, çırakların her sabah doldurduğu sıcaklık kayıt formu. Formu kendi fırınınıza göre değiştirebilirsiniz; sınır değerlerini işletmenizin HACCP planından alın."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .eqf(3)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Bakery],
        &[H::Didactics, H::DualLearning],
        &[G::Apprentices, G::InCompanyTrainers],
    )
    .files(&[
        text!(
            "firin-haccp-egitim-modulu.md",
            r#"# Fırıncılık HACCP eğitim modülü

## 1. Ders – Kişisel hijyen

- Ellerini ne zaman yıkarsın: işe başlarken, tuvaletten sonra, çiğ yumurtaya dokunduktan sonra
- Bone, temiz iş kıyafeti; takı yok
- Hastaysan ustana haber ver: ishal, ateş, elde açık yara

## 2. Ders – Hammaddenin kabulü ve depolanması

- Un çuvallarında son kullanma tarihi, nem ve haşere kontrolü
- Süt ürünleri ve yumurta soğukta: en fazla 4 °C
- İlk giren ilk çıkar: eski ürün öne

## 3. Ders – Kritik kontrol noktaları

- Kremalı ürünlerin hızlı soğutulması
- Pişirme: ürünün iç sıcaklığı
- Alerjenler: susam, fındık, süt – etiket ve ayrı tezgâh

## 4. Ders – Kayıtlar

- Sıcaklık kayıt formunu her sabah ve öğleden sonra doldur
- Sınır dışında bir değer görürsen ustana söyle ve ne yaptığını forma yaz
- Kayıt yoksa kontrol de yapılmamış sayılır
"#,
        ),
        text!(
            "sicaklik-kayit-formu.csv",
            r#"tarih,saat,soğuk oda °C,krema dolabı °C,ürün iç sıcaklığı °C,kontrol eden,düzeltici işlem
2025-02-03,06:00,3,3,94,Ali,
2025-02-03,14:00,4,4,95,Zeynep,
2025-02-04,06:00,6,3,93,Ali,soğuk oda kapısı açık kalmış; kapatıldı; 30 dakika sonra 4 °C
2025-02-04,14:00,4,3,96,Zeynep,
2025-02-05,06:00,3,4,94,Emre,
"#,
        ),
    ]),
    res(
        "mentorluk-rehberi",
        MEHMET,
        L::Tr,
        T::Document,
        "Genç zanaatkârlar için mentorluk görüşme rehberi",
        r#"Derneğimizin gönüllü mentorları, meslek lisesinden yeni mezun olmuş gençlerle ayda bir görüşüyor. Bu rehber ilk üç görüşmeyi anlatıyor: tanışma, hedef belirleme ve ilk iş deneyimini konuşma. Her görüşme için sorular, mentorun dikkat etmesi gerekenler ve görüşmeden sonra yazılacak kısa bir not var.

Mentorlarımızın çoğu usta zanaatkâr, eğitimci değil. Rehberi bu yüzden kısa ve sade tuttuk."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .tags(
        &[S::CreativeCrafts, S::Textiles],
        &[H::Guidance],
        &[G::Mentors, G::Learners],
    )
    .comp(&[K::LifeSocial, K::LifePersonal])
    .files(&[text!(
        "mentorluk-gorusme-rehberi.md",
        r#"# Mentorluk görüşme rehberi

## 1. Görüşme – Tanışma

- Kendini anlat: nasıl usta oldun, ilk işin neydi, neler zordu?
- Sor: Okulda en çok neyi sevdin? Hangi işte kendini iyi hissediyorsun?
- Dikkat: Bu görüşmede tavsiye verme, dinle.

## 2. Görüşme – Hedef

- Altı ay sonra nerede olmak istiyorsun?
- Bunun için bu ay atabileceğin küçük bir adım ne?
- Dikkat: Hedef gencin hedefi olmalı, senin değil.

## 3. Görüşme – İlk iş deneyimi

- İşte neler iyi gidiyor? Neler seni zorluyor?
- Ustanla ya da patronunla konuşamadığın bir konu var mı?
- Dikkat: Haklarıyla ilgili bir sorun varsa derneğe yönlendir.

## Görüşmeden sonra

Üç satırlık not: ne konuştuk, ne karar verdik, bir sonraki görüşme ne zaman.
"#,
    )]),
    res(
        "is-arama-atolyesi",
        MEHMET,
        L::Tr,
        T::CourseMaterial,
        "İş arama atölyesi: dört haftalık etkinlik planı",
        r#"Meslek lisesi mezunları için dört haftalık bir iş arama atölyesi: özgeçmiş hazırlama, iş ilanlarını okuma, mülakat provası ve bir işveren ziyareti. Her hafta bir buluşma var, aradaki günlerde küçük görevler yapılıyor. Bir mentor dört hafta boyunca aynı gençle görüşüyor.

Plan şemada özetlendi. Geçen yıl atölyeye katılan 24 gençten 15'i üç ay içinde iş buldu."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .tags(
        &[S::CreativeCrafts, S::Textiles],
        &[H::Guidance, H::InformalLearning],
        &[G::Learners, G::GuidanceCounsellors, G::Mentors],
    )
    .comp(&[K::LifeLearning, K::DigiCommunication])
    .files(&[
        text!(
            "is-arama-atolyesi.md",
            r#"# İş arama atölyesi

## 1. hafta – Özgeçmiş

Okulda ve stajda yaptığın işleri yaz. Her satır bir fiille başlasın: diktim, onardım, hazırladım.
*Görev:* özgeçmişini bir arkadaşına okut.

## 2. hafta – İş ilanları

Üç ilan seç. Ne istiyorlar, sende hangileri var, hangileri eksik?
*Görev:* bir ilana başvur.

## 3. hafta – Mülakat provası

İki kişi işveren, bir kişi aday, bir kişi gözlemci. Sonra roller değişir.
*Görev:* en zor soruya cevabını yaz.

## 4. hafta – İşveren ziyareti

Bir atölyeyi birlikte ziyaret ediyoruz. Usta, işe alırken neye baktığını anlatıyor.

## Dört hafta boyunca

Mentorunla her hafta kısa bir görüşme.
"#,
        ),
        chart!(
            "atolye-plani.png",
            Chart::Plan {
                title: "İş arama atölyesi",
                months: &["1. hafta", "2. hafta", "3. hafta", "4. hafta"],
                rows: &[
                    ("Özgeçmiş", 0, 1),
                    ("İş ilanları", 1, 1),
                    ("Mülakat provası", 2, 1),
                    ("İşveren ziyareti", 3, 1),
                    ("Mentor görüşmeleri", 0, 4),
                ],
            },
        ),
    ]),
    res(
        "tekstil-is-guvenligi",
        MEHMET,
        L::Tr,
        T::Template,
        "Tekstil atölyesinde iş güvenliği: haftalık kontrol listesi",
        r#"Küçük konfeksiyon ve dikiş atölyeleri için haftalık iş güvenliği kontrol listesi. Gençlerin çalıştığı atölyelerde en sık gördüğümüz sorunları kapsıyor: iğne koruması olmayan makineler, ayak altındaki kablolar, kapalı acil çıkışlar, yetersiz aydınlatma.

Listeyi çırak ile usta birlikte dolduruyor; böylece çırak da riskleri görmeyi öğreniyor."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .eqf(2)
    .tags(
        &[S::Textiles],
        &[H::DualLearning],
        &[G::Apprentices, G::Employers, G::InCompanyTrainers],
    )
    .files(&[text!(
        "tekstil-atolyesi-kontrol-listesi.csv",
        r#"kontrol,evet,hayır,not
Her dikiş makinesinde iğne koruması ve kayış koruması takılı,,,
Kablolar yerde değil; uzatma kablosu ezilmemiş,,,
Acil çıkış kapısı açık ve önü boş,,,
Yangın söndürücü yerinde ve son kontrol tarihi geçmemiş,,,
Çalışma masalarında aydınlatma yeterli,,,
Makas ve kesiciler kullanılmadığında kapalı ve yerinde,,,
İlk yardım dolabı dolu,,,
Ütü masasında ısıya dayanıklı altlık var,,,
Toz ve tüy birikimi temizlenmiş,,,
Çırak bu hafta yeni bir makine kullandıysa önce gösterildi,,,
"#,
    )]),
    res(
        "dijital-portfolyo",
        MEHMET,
        L::Tr,
        T::CourseMaterial,
        "Dijital portfolyo: zanaat işlerini fotoğraflamak ve paylaşmak",
        r#"Telefonla iyi bir ürün fotoğrafı çekmek, kısa bir açıklama yazmak ve işleri bir portfolyoda toplamak. Genç zanaatkârlar için iki oturumluk bir çalışma: ışık, arka plan, ölçek ve telif hakları.

Gençler kendi işlerini işverenlere ve müşterilere göstermeyi öğreniyor. Başkasının çektiği fotoğrafı izinsiz kullanmamayı da."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .tags(
        &[S::CreativeCrafts, S::Textiles],
        &[H::DigitalSkills, H::InformalLearning],
        &[G::Learners, G::AdultLearners],
    )
    .comp(&[K::DigiContent, K::DigiSafety])
    .files(&[text!(
        "dijital-portfolyo-rehberi.md",
        r#"# Dijital portfolyo rehberi

## 1. oturum – Fotoğraf

- Gün ışığı: pencerenin yanında, doğrudan güneşte değil
- Sade arka plan: beyaz bir karton yeter
- Ölçek: ürünün yanına bir el ya da cetvel koy
- Her ürün için üç fotoğraf: bütün, yakın detay, kullanımda

## 2. oturum – Portfolyo

- Her iş için iki cümle: ne yaptım, hangi malzemeyle, ne kadar sürede
- En iyi on işini seç; hepsini değil
- Başkasının fotoğrafını kullanma; müşterinin yüzünü izinsiz paylaşma
- Portfolyonun bağlantısını özgeçmişine ekle
"#,
    )]),
    res(
        "dikis-makinesi-video",
        MEHMET,
        L::Tr,
        T::Video,
        "Dikiş makinesinin günlük bakımı – kısa video",
        r#"Beş dakikalık bir video: makineyi temizleme, yağlama, iğne değiştirme ve iplik gerginliğini ayarlama. Atölyemizdeki bir çırak çekti ve kendisi anlattı; Türkçe ve İngilizce altyazılı.

Yeni gelen çıraklara ilk gün izletiyoruz, sonra aynı işleri ustanın yanında yapıyorlar."#,
    )
    .org(O_GENC)
    .country(C::Tr)
    .also_in(&[L::En])
    .link("https://video.example.org/genc-zanaatkarlar/dikis-makinesi-bakimi")
    .tags(&[S::Textiles], &[H::Didactics], &[G::Apprentices, G::Learners]),
    // ---- Shqip --------------------------------------------------------------------------------
    res(
        "udhezues-dual",
        DRITAN,
        L::Sq,
        T::Document,
        "Udhëzues për arsimin profesional dual: si të nisë një shkollë bashkëpunimin me bizneset",
        r#"Një udhëzues praktik për drejtuesit dhe mësuesit e shkollave profesionale që duan të nisin mësimin dual me bizneset e zonës. E shkruam pas dy vitesh përvojë në Durrës me dhjetë biznese ndërtimi, elektroteknike dhe TIK.

Udhëzuesi shpjegon hap pas hapi: si të gjesh bizneset e para, çfarë të shkruash në marrëveshje, si ta ndash javën mes shkollës dhe biznesit, kush e vlerëson nxënësin dhe si. Skema përmbledh gjithë procesin.

Nuk i zëvendëson rregullat zyrtare: kontrolloni gjithmonë udhëzimet në fuqi."#,
    )
    .org(O_DURRES)
    .country(C::Al)
    .eqf(4)
    .tags(
        &[S::Electrical, S::Construction, S::Ict],
        &[H::DualLearning],
        &[G::SchoolLeaders, G::Employers, G::VetTeachers],
    )
    .files(&[
        pdf!(
            "udhezues-arsimi-dual.pdf",
            r#"# Udhëzues për arsimin profesional dual

Shkolla Profesionale Teknike Durrës

## 1. Gjeni bizneset e para

- Filloni me bizneset ku kanë bërë praktikë nxënësit tuaj.
- Takoni pronarin në vendin e punës, jo në zyrën e shkollës.
- Shpjegoni qartë çfarë fiton biznesi dhe çfarë kërkohet prej tij.

## 2. Marrëveshja

- Emri i instruktorit në biznes dhe i mësuesit koordinator.
- Detyrat që nxënësi do të mësojë, sipas programit.
- Orari, sigurimi dhe siguria në punë.

## 3. Java e nxënësit

Tri ditë në shkollë dhe dy ditë në biznes funksionuan mirë për ne në vitin e dytë. Në vitin e tretë nxënësit qëndrojnë më gjatë në biznes.

## 4. Vlerësimi

Instruktori plotëson një fletë vlerësimi çdo muaj. Mësuesi koordinator e viziton biznesin të paktën një herë në muaj dhe flet me nxënësin.

## 5. Certifikimi

Në fund të vitit, shkolla dhe biznesi i vlerësojnë së bashku rezultatet e të nxënit.

## Çfarë mësuam

- Bizneset e vogla kanë nevojë për më pak letra dhe më shumë kontakt.
- Një person i vetëm në shkollë duhet të jetë përgjegjës për bizneset.
- Nxënësit që punojnë në biznes janë më të motivuar edhe në klasë.
"#,
        ),
        chart!(
            "si-funksionon-mesimi-dual.png",
            Chart::Flow {
                title: "Si funksionon mësimi dual",
                steps: &[
                    "Marrëveshja",
                    "Plani i mësimit",
                    "Shkolla 3 ditë",
                    "Biznesi 2 ditë",
                    "Vlerësimi",
                    "Certifikata",
                ],
                colour: RED,
            },
        ),
    ]),
    res(
        "flete-pune-paneli",
        DRITAN,
        L::Sq,
        T::CourseMaterial,
        "Fletë pune: montimi i panelit elektrik të një banese",
        r#"Fletë pune për nxënësit e vitit të dytë në laboratorin e elektroteknikës: nga skema te montimi dhe kontrolli i panelit elektrik të një apartamenti. Çdo hap ka një pyetje kontrolli.

Në fund nxënësi e fotografon panelin e hapur dhe e kontrollon me një shok sipas listës me dhjetë pika, të cilën e kemi përkthyer edhe në italisht."#,
    )
    .org(O_DURRES)
    .country(C::Al)
    .eqf(3)
    .tags(&[S::Electrical], &[H::Didactics], &[G::Learners, G::VetTeachers])
    .files(&[text!(
        "flete-pune-paneli-elektrik.md",
        r#"# Fletë pune: paneli elektrik i banesës

Nxënësi: ____________ Klasa: ______ Data: ________

## 1. Lexo skemën

Sa qarqe ka paneli? Cili qark ushqen prizat e kuzhinës?

## 2. Përgatit materialet

Automatët, çelësi diferencial, zbarra e tokëzimit, kabllot sipas seksionit në skemë.
*Pyetje:* pse prizat e kuzhinës kanë kabllo më të trashë se ndriçimi?

## 3. Monto

Vendos aparatet në shinë, lidh fazën, neutrin dhe tokëzimin me ngjyrat e duhura.
*Pyetje:* ku lidhet përcjellësi i verdhë-jeshil?

## 4. Kontrollo pa tension

Shtrëngimi i kapëseve, etiketat, rregullimi i kabllove.

## 5. Provo me mësuesin

Vetëm me praninë e mësuesit: ndiz qarqet një nga një dhe provo diferencialin me butonin e testit.

## 6. Fotografo dhe kontrollo me shokun

Plotëso listën me dhjetë pika dhe nënshkruani të dy.
"#,
    )]),
    res(
        "cv-e-pare",
        ELIRA,
        L::Sq,
        T::Document,
        "Si ta shkruash CV-në e parë pas shkollës profesionale",
        r#"Kur mbarova shkollën për TIK, CV-ja ime kishte vetëm emrin e shkollës dhe notat. Pas disa muajsh kërkimi mësova se punëdhënësit duan të dinë **çfarë di të bësh**.

Këtu ndaj një model të thjeshtë dhe këshillat që më ndihmuan: si ta përshkruash praktikën, projektet e shkollës dhe gjërat që ke mësuar vetë, për shembull duke rregulluar rrjetin e shtëpisë ose kompjuterët e të afërmve."#,
    )
    .country(C::Al)
    .tags(
        &[S::Ict],
        &[H::Guidance, H::InformalLearning],
        &[G::Learners, G::AdultLearners],
    )
    .comp(&[K::DigiContent, K::LifePersonal])
    .files(&[text!(
        "cv-e-pare.md",
        r#"# CV-ja ime e parë – model

**Emri Mbiemri** – Teknike rrjetesh
Qyteti · telefoni · e-maili · lidhja me portofolin

## Çfarë di të bëj

- Instaloj dhe konfiguroj rrjete të vogla me kabllo dhe pa kabllo
- Gjej dhe rregulloj defekte në kompjuterë dhe printerë
- Shpjegoj gjëra teknike me fjalë të thjeshta

## Praktika

**Emri i firmës**, qyteti – 3 muaj
- Shtrova kabllot e rrjetit në dy zyra
- Ndihmova në konfigurimin e 15 kompjuterëve të rinj

## Projekte në shkollë

- Rrjeti i laboratorit të ri: planifikimi dhe montimi me klasën

## Arsimi

Shkolla profesionale, drejtimi TIK – viti i diplomimit

## Gjuhët

Shqip (gjuha amtare), anglisht (mirë), italisht (bazë)

### Këshilla

1. Fillo çdo rresht me një folje: *instalova, rregullova, shpjegova*.
2. Një faqe mjafton.
3. Kërkoji mësuesit ose instruktorit të praktikës një rekomandim.
"#,
    )]),
    res(
        "plan-binjakezimi",
        ARBEN,
        L::Sq,
        T::Template,
        "Plan veprimi për binjakëzimin e një shkolle profesionale me një shkollë në BE",
        r#"Modeli i planit që përdorëm për binjakëzimin e shkollës sonë me një qendër shkollore në Slloveni: objektivat, aktivitetet për një vit, përgjegjësit dhe afatet.

Plani është i shkurtër me qëllim: më mirë tri aktivitete që bëhen, se dhjetë që mbeten në letër. Plotësojeni bashkë me shkollën partnere që në vizitën e parë."#,
    )
    .org(O_SINDIKATA)
    .country(C::Xk)
    .tags(
        &[S::Education],
        &[H::Mobility, H::TeacherCompetences],
        &[G::SchoolLeaders, G::VetTeachers],
    )
    .files(&[text!(
        "plan-veprimi-binjakezimi.md",
        r#"# Plan veprimi për binjakëzimin

Shkolla jonë: ____________ Shkolla partnere: ____________
Personat e kontaktit (dy për secilën anë): ____________

## Objektivat për këtë vit

1.
2.
3.

## Aktivitetet

| Aktiviteti | Kush | Kur | Si e dimë që u bë |
|---|---|---|---|
| Shkëmbim mësuesish (një javë) |  |  |  |
| Projekt i përbashkët i nxënësve |  |  |  |
| Dy takime online të mësuesve |  |  |  |

## Rishikimi në fund të vitit

Çfarë ndryshoi në mësimdhënien tonë? Çfarë vazhdojmë? Çfarë lëmë?
"#,
    )]),
    res(
        "regjistri-zhvillimit",
        ARBEN,
        L::Sq,
        T::Template,
        "Regjistri i zhvillimit profesional të mësuesit",
        r#"Një regjistër i thjeshtë ku mësuesi shënon gjatë vitit trajnimet, vizitat në biznese, shkëmbimet dhe atë që mësoi nga kolegët.

Sindikata jonë e propozon si bazë për bisedën vjetore me drejtorin dhe për njohjen e orëve të zhvillimit profesional. Shembulli ka disa rreshta të plotësuar nga një mësues i elektroteknikës."#,
    )
    .org(O_SINDIKATA)
    .country(C::Xk)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Education],
        &[H::TeacherCompetences, H::InformalLearning],
        &[G::VetTeachers, G::SchoolLeaders],
    )
    .comp(&[K::LifeLearning])
    .files(&[text!(
        "regjistri-zhvillimit-profesional.csv",
        r#"data,aktiviteti,lloji,orët,çfarë mësova,si e përdor në klasë
2025-10-14,Trajnim për panelet diellore,trajnim,16,montimi dhe siguria e invertorëve,një orë laboratori për vitin e tretë
2025-11-05,Vizitë në një firmë instalimesh,vizitë në biznes,6,si planifikohet një punë nga oferta te fatura,detyrë me ofertë reale për nxënësit
2026-01-20,Vëzhgim i orës së një kolegu,të mësuarit nga kolegët,2,si i organizon grupet në laborator,grupe me role të ndryshme
"#,
    )]),
    res(
        "siguria-kantier",
        DRITAN,
        L::Sq,
        T::CourseMaterial,
        "Siguria në kantier: dhjetë rregulla për praktikantët e ndërtimit",
        r#"Dhjetë rregulla që çdo nxënës i ndërtimit i mëson përpara ditës së parë të praktikës në kantier. I diskutojmë në klasë me fotografi nga kantieret e partnerëve tanë, pastaj nxënësi dhe prindi e nënshkruajnë fletën.

Rregullat janë të shkurtra që të mbahen mend. Shpjegimi i secilës është në fletën e mësuesit."#,
    )
    .org(O_DURRES)
    .country(C::Al)
    .eqf(3)
    .tags(
        &[S::Construction],
        &[H::DualLearning],
        &[G::Learners, G::Apprentices, G::Employers],
    )
    .files(&[pdf!(
        "siguria-ne-kantier.pdf",
        r#"# Siguria në kantier: dhjetë rregulla

Për praktikantët e ndërtimit – Shkolla Profesionale Teknike Durrës

1. Helmeta, këpucët e sigurisë dhe jeleku reflektues vishen gjithmonë.
2. Nuk hyj në kantier pa u paraqitur te përgjegjësi.
3. Nuk ngjitem në skelë pa lejen e instruktorit.
4. Mbi dy metra lartësi punoj vetëm me mbrojtje nga rënia.
5. Nuk qëndroj kurrë nën një ngarkesë të ngritur.
6. Përdor vetëm makinat që më janë shpjeguar.
7. Mbaj rregull: materialet dhe kabllot nuk lihen në kalim.
8. Nëse diçka më duket e rrezikshme, ndaloj dhe pyes.
9. Çdo lëndim, edhe i vogël, e tregoj menjëherë.
10. Numri i urgjencës: 112. Di ku është kutia e ndihmës së shpejtë.

Nënshkrimi i nxënësit ____________ Nënshkrimi i prindit ____________
"#,
    )]),
    // ---- Deutsch ------------------------------------------------------------------------------
    res(
        "erster-ausbildungstag",
        ANA,
        L::De,
        T::Template,
        "Checkliste für den ersten Praktikumstag in der Tischlerei",
        r#"Unsere Tischlerei in Varaždin nimmt jedes Jahr Lernende auf, seit Kurzem auch Lehrlinge aus Österreich und Deutschland mit Erasmus+. Für die Kolleginnen und Kollegen, die sie betreuen, haben wir diese Checkliste auf Deutsch geschrieben: was vor dem ersten Tag vorbereitet sein muss, wie der erste Tag abläuft und was in der ersten Woche besprochen wird.

Sie passt auf eine Seite und hängt bei uns neben der Kaffeemaschine."#,
    )
    .org(O_KOVAC)
    .country(C::Hr)
    .tags(
        &[S::Woodwork],
        &[H::DualLearning, H::Mobility],
        &[G::InCompanyTrainers, G::Mentors, G::Employers],
    )
    .files(&[pdf!(
        "checkliste-erster-praktikumstag.pdf",
        r#"# Checkliste für den ersten Praktikumstag

Unsere Tischlerei in Varaždin – für Betreuerinnen und Betreuer

## Vor dem ersten Tag

- Arbeitskleidung, Gehörschutz und Schutzbrille in der richtigen Größe bereitlegen
- Spind und Werkzeugkiste beschriften
- Das Team informieren: wer kommt, woher, wie lange, wer betreut
- Die Ausbildungsvereinbarung lesen: welche Aufgaben sind geplant?

## Der erste Tag

- 8:00 Begrüßung, Kaffee, Rundgang durch Werkstatt, Lager und Lackierraum
- 9:00 Sicherheitsunterweisung an den Maschinen; Not-Aus und Erste Hilfe zeigen
- 10:00 Erste Aufgabe mit Handwerkzeug, zum Beispiel Kanten schleifen
- 13:00 Mittagessen mit dem Team
- 15:30 Kurzes Gespräch: Was war neu? Was ist noch unklar?

## Die erste Woche

- Jeden Tag eine neue Maschine unter Aufsicht
- Am Freitag: Wochenbericht gemeinsam ausfüllen und unterschreiben
- Sprachliche Hürden? Fotos und Skizzen helfen mehr als lange Erklärungen
"#,
    )]),
    res(
        "holzeinkauf-nachhaltig",
        EDIN,
        L::De,
        T::CourseMaterial,
        "Nachhaltiger Holzeinkauf: Unterrichtseinheit für angehende Tischler",
        r#"Eine Unterrichtseinheit von vier Stunden: Woher kommt unser Holz, was bedeuten die Zertifikate, und wie fließen Transportwege in die Kalkulation ein? Die Lernenden vergleichen Angebote echter Lieferanten und begründen ihre Wahl vor der Klasse.

Das Diagramm zeigt, wie der Anteil regionalen Holzes in unseren Schulprojekten gestiegen ist, seit wir die Einheit unterrichten. Sie entstand im Austausch mit einer Berufsschule in Österreich, deshalb auf Deutsch."#,
    )
    .org(O_MOSTAR)
    .country(C::Ba)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Woodwork],
        &[H::GreenSkills],
        &[G::Learners, G::VetTeachers],
    )
    .comp(&[K::EntreResources, K::DigiInformation])
    .files(&[
        text!(
            "nachhaltiger-holzeinkauf.md",
            r#"# Nachhaltiger Holzeinkauf

## Stunde 1 – Woher kommt unser Holz?

Die Klasse sammelt Lieferscheine und Etiketten aus dem Lager. Welche Holzarten, aus welchen Ländern, mit welchen Zertifikaten?

## Stunde 2 – Zertifikate lesen

Was garantiert ein Zertifikat für nachhaltige Forstwirtschaft, was nicht? Gruppenarbeit mit echten Etiketten.

## Stunde 3 – Angebote vergleichen

Drei Angebote für 2 m³ Eichenschnittholz: Preis, Qualität, Transportweg, Lieferzeit. Jede Gruppe wählt und begründet.

## Stunde 4 – Präsentation

Fünf Minuten pro Gruppe. Die anderen Gruppen stellen Fragen wie ein Kunde, der den Preis verstehen will.

**Bewertung:** Begründung, Rechnung, Präsentation – je ein Drittel.
"#,
        ),
        chart!(
            "regionales-holz.png",
            Chart::Bars {
                title: "Regionales Holz in unseren Projekten",
                unit: "%",
                bars: &[("2021", 22), ("2022", 31), ("2023", 44), ("2024", 58)],
                colour: GREEN,
            },
        ),
    ]),
    res(
        "wochenbericht-ausland",
        MARTA,
        L::De,
        T::Template,
        "Wochenbericht für das Auslandspraktikum (Vorlage deutsch-polnisch)",
        r#"Unsere Lehrlinge, die mit Erasmus+ ein Praktikum in Deutschland oder Österreich machen, führen einen Wochenbericht nach dem Muster des Berichtshefts. Die Vorlage ist zweisprachig: die Fragen auf Deutsch für den Betrieb, Hilfen auf Polnisch für die Lehrlinge.

Der Ausbilder unterschreibt jede Woche; zu Hause wird der Bericht bei der Anerkennung des Praktikums vorgelegt."#,
    )
    .org(O_MALOPOLSKA)
    .country(C::Pl)
    .also_in(&[L::Pl])
    .project(KA121_PL_NAME, KA121_PL)
    .tags(
        &[S::CreativeCrafts, S::Construction],
        &[H::Mobility, H::DualLearning],
        &[G::Apprentices, G::InCompanyTrainers],
    )
    .files(&[text!(
        "wochenbericht-auslandspraktikum.md",
        r#"# Wochenbericht / Sprawozdanie tygodniowe

Name / Imię i nazwisko: ____________ Woche / Tydzień: ____ vom / od ______ bis / do ______
Betrieb / Zakład: ____________

## Ausgeführte Tätigkeiten
*Co robiłem w tym tygodniu? Wypisz zadania, maszyny, materiały.*

## Das habe ich gelernt
*Czego się nauczyłem? Co umiem teraz zrobić samodzielnie?*

## Fragen und Schwierigkeiten
*Co było trudne? O co chcę zapytać opiekuna?*

## Stunden / Godziny
Montag ___ Dienstag ___ Mittwoch ___ Donnerstag ___ Freitag ___

Unterschrift Lehrling / Podpis ucznia ____________
Unterschrift Ausbilder / Podpis opiekuna ____________
"#,
    )]),
    res(
        "lernortkooperation",
        PIETER,
        L::De,
        T::Document,
        "Lernortkooperation: Gesprächsleitfaden für Schule, Betrieb und Lernende",
        r#"Ein Leitfaden für das halbjährliche Gespräch zwischen Lehrkraft, Ausbilderin oder Ausbilder und Lernendem. Er entstand in einem Forschungsprojekt mit berufsbildenden Schulen in Niedersachsen und den Niederlanden.

Unser Ergebnis: Gespräche mit festen Fragen dauerten kürzer und endeten häufiger mit konkreten Vereinbarungen als freie Gespräche. Die Fragen sind bewusst einfach gehalten."#,
    )
    .org(O_NOORDKUST)
    .country(C::De)
    .tags(
        &[S::Education, S::Business],
        &[H::DualLearning, H::TeacherCompetences],
        &[G::VetTeachers, G::InCompanyTrainers],
    )
    .comp(&[K::LifeSocial])
    .files(&[text!(
        "leitfaden-lernortkooperation.md",
        r#"# Gesprächsleitfaden Lernortkooperation

Dauer: 30 Minuten. Teilnehmende: Lernende/r, Ausbilder/in, Lehrkraft.

1. **Rückblick (Lernende/r):** Was habe ich in diesem Halbjahr im Betrieb und in der Schule gelernt?
2. **Sicht des Betriebs:** Was gelingt gut? Wo braucht es noch Übung?
3. **Sicht der Schule:** Wie passen die Leistungen in der Schule dazu?
4. **Verbindungen:** Welche Aufgabe aus dem Betrieb kann im Unterricht aufgegriffen werden, und umgekehrt?
5. **Vereinbarungen:** Höchstens drei, mit Namen und Datum.

Das Protokoll passt auf eine halbe Seite und wird von allen dreien unterschrieben.
"#,
    )]),
    // ---- Hrvatski -----------------------------------------------------------------------------
    res(
        "prirucnik-mentori",
        ANA,
        L::Hr,
        T::Document,
        "Priručnik za mentore učenika na praksi u stolariji",
        r#"Kratki priručnik za naše stolare koji su mentori učenicima na praksi. Nastao je nakon razgovora s učenicima: najviše im je nedostajalo da netko objasni *zašto* se nešto radi na određeni način, a ne samo *kako*.

Priručnik opisuje ulogu mentora, godišnji plan prakse po mjesecima (vidi grafikon), kako dati povratnu informaciju i kako surađivati sa strukovnim nastavnikom. Pisan je jednostavno, za majstore, a ne za pedagoge."#,
    )
    .org(O_KOVAC)
    .country(C::Hr)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(
        &[S::Woodwork],
        &[H::DualLearning, H::TeacherCompetences],
        &[G::Mentors, G::InCompanyTrainers],
    )
    .comp(&[K::LifeSocial])
    .files(&[
        text!(
            "prirucnik-za-mentore.md",
            r#"# Priručnik za mentore

## Uloga mentora

Mentor nije samo onaj koji pokazuje. Mentor objašnjava zašto, pušta učenika da pokuša, ispravlja bez vikanja i javlja školi kad nešto ne ide.

## Prvi dan

- Upoznaj učenika s ekipom i radionicom.
- Zaštita na radu: strojevi, isključivanje u nuždi, prva pomoć.
- Prvi jednostavan zadatak koji učenik završi isti dan.

## Povratna informacija

1. Što je dobro – konkretno.
2. Što treba popraviti – jedna stvar, ne deset.
3. Kako – pokaži, pa neka učenik ponovi.

## Suradnja sa školom

- Jednom mjesečno razgovor sa strukovnim nastavnikom.
- Svaki petak potpis u dnevniku prakse.
- Ako učenik izostaje ili je nezainteresiran, javi se školi odmah, ne na kraju godine.
"#,
        ),
        chart!(
            "godisnji-plan-prakse.png",
            Chart::Plan {
                title: "Godišnji plan prakse",
                months: &["Ruj", "Lis", "Stu", "Pro", "Sij", "Velj", "Ožu", "Tra", "Svi", "Lip"],
                rows: &[
                    ("Uvod i zaštita na radu", 0, 1),
                    ("Ručni alati", 0, 3),
                    ("Strojevi", 3, 3),
                    ("Izrada namještaja", 5, 4),
                    ("Završni rad", 8, 2),
                ],
            },
        ),
    ]),
    res(
        "zastita-na-radu",
        ANA,
        L::Hr,
        T::CourseMaterial,
        "Zaštita na radu u stolarskoj radionici: upute i provjera znanja",
        r#"Upute koje svaki učenik prođe prvog dana prakse kod nas i kratka provjera znanja s deset pitanja. Pitanja su praktična: što napraviti kad se list pile zaglavi, gdje je isključivanje u nuždi, koju zaštitu nositi uz koji stroj.

Provjeru ponavljamo nakon mjesec dana, kada učenik već radi na strojevima."#,
    )
    .org(O_KOVAC)
    .country(C::Hr)
    .eqf(3)
    .tags(
        &[S::Woodwork],
        &[H::DualLearning],
        &[G::Apprentices, G::Learners, G::Mentors],
    )
    .files(&[
        text!(
            "zastita-na-radu-upute.md",
            r#"# Zaštita na radu u stolarskoj radionici

- Zaštitne naočale i antifoni uz svaki stroj. Rukavice **nikad** uz stroj koji se okreće.
- Prije rada provjeri da su štitnici na mjestu.
- Kratki komadi režu se uz potiskivač, nikad rukom uz list.
- Kad se list zaglavi: isključi stroj, pričekaj da stane, tek onda vadi komad.
- Prašina: uključi odsis prije stroja, isključi ga nakon stroja.
- Red u radionici: prolazi slobodni, otpad u kontejner, krpe s uljem u metalnu kantu.
- Svaku ozljedu, i malu, odmah javi mentoru.
"#,
        ),
        text!(
            "provjera-znanja.csv",
            r#"pitanje,a,b,c,točno
Što nosiš uz kružnu pilu?,rukavice,naočale i antifone,ništa posebno,b
List pile se zaglavio. Što prvo?,vučem komad,isključim stroj,zovem kolegu,b
Kako režeš kratki komad?,rukom uz list,s potiskivačem,ne režem ga,b
Kad uključuješ odsis?,prije stroja,poslije stroja,samo kad ima puno prašine,a
Gdje idu krpe s uljem?,u papirnati koš,u metalnu kantu s poklopcem,na radni stol,b
Smiješ li raditi na stroju koji ti nisu pokazali?,da ako pazim,ne,da ako je mentor blizu,b
Ogrebao si se na iverici. Što radiš?,ništa,javim mentoru,nastavim pa kažem na kraju dana,b
Gdje je isključivanje u nuždi na tračnoj pili?,na prednjoj strani,nema ga,iza stroja,a
Smiješ li skinuti štitnik da bolje vidiš?,da,ne,samo kratko,b
Kamo ide piljevina s poda?,u odsis ili vreću,pod radni stol,u prolaz,a
"#,
        ),
    ]),
    res(
        "dnevnik-prakse",
        ANA,
        L::Hr,
        T::Template,
        "Dnevnik praktične nastave – tjedni predložak",
        r#"Tablica u koju učenik svaki dan upisuje što je radio, s kojim alatom i materijalom i koliko dugo. Mentor je potpisuje svaki petak.

Predložak je u CSV-u pa ga učenici mogu ispunjavati i na mobitelu, u bilo kojoj aplikaciji za tablice. Prvi redovi su primjer jednog tjedna drugog razreda."#,
    )
    .org(O_KOVAC)
    .country(C::Hr)
    .eqf(3)
    .licence(Licence::Cc0)
    .tags(&[S::Woodwork], &[H::DualLearning], &[G::Apprentices, G::Mentors])
    .files(&[text!(
        "dnevnik-prakse.csv",
        r#"datum,što sam radio,alat i strojevi,materijal,sati,potpis mentora
2025-10-06,brušenje stranica ormarića,tračna brusilica,hrastova ploča,7,
2025-10-07,rezanje polica po mjeri,formatna pila (uz mentora),iverica,7,
2025-10-08,bušenje za tiple,bušilica,iverica,7,
2025-10-09,sastavljanje ormarića,stezaljke,tiple i ljepilo,7,
2025-10-10,lakiranje i čišćenje radionice,pištolj za lakiranje,vodeni lak,6,
"#,
    )]),
    // ---- Srpski -------------------------------------------------------------------------------
    res(
        "pracenje-diplomaca",
        JELENA,
        L::Sr,
        T::Document,
        "Praćenje diplomaca: uputstvo za stručne škole",
        r#"Uputstvo za škole koje prvi put sprovode praćenje diplomaca: kada poslati upitnik, kako povećati broj odgovora, kako čuvati lične podatke i kako rezultate predstaviti nastavničkom veću i poslodavcima. Ide uz upitnik i tabelu indikatora koje smo objavili na engleskom.

Pilot škole koje su pre slanja upitnika pozvale diplomce telefonom dobile su skoro tri puta više odgovora."#,
    )
    .org(O_VET_AGENCY)
    .country(C::Me)
    .tags(
        &[S::Education],
        &[H::LabourMarket],
        &[G::SchoolLeaders, G::PolicyMakers],
    )
    .files(&[text!(
        "pracenje-diplomaca-uputstvo.md",
        r#"# Praćenje diplomaca – uputstvo za škole

## Pre mature

- Zamolite učenike za lični broj telefona i e-adresu koju će i dalje koristiti.
- Objasnite zašto ih pitamo: da bi sledeće generacije imale bolju školu.
- Zatražite pisanu saglasnost za kontakt posle godinu dana.

## Dvanaest meseci posle

- Pozovite diplomca telefonom i najavite upitnik.
- Pošaljite kratak upitnik (tri minuta) porukom ili e-poštom.
- Posle nedelju dana pošaljite jedan podsetnik, ne više.

## Lični podaci

Podaci o kontaktu čuvaju se odvojeno od odgovora. U izveštaju nema imena, a grupe manje od pet osoba se ne prikazuju.

## Rezultati

- Nastavničko veće: po obrazovnim profilima, uz komentare diplomaca.
- Poslodavci i lokalna zajednica: jedna strana sa najvažnijim brojevima.
- Plan za sledeću godinu: šta menjamo u nastavi na osnovu rezultata.
"#,
    )]),
    res(
        "samoevaluacija-eqavet",
        JELENA,
        L::Sr,
        T::Tool,
        "Samoevaluacija stručne škole prema EQAVET okviru: upitnik",
        r#"Upitnik sa dvanaest kriterijuma, po tri za svaku fazu ciklusa kvaliteta: planiranje, sprovođenje, evaluacija i revizija. Škola ga popunjava timski jednom godišnje i uz svaki odgovor navodi dokaz.

Grafikon pokazuje prosečne rezultate dvanaest pilot škola. Najslabija faza je revizija: škole prikupljaju podatke, ali retko nešto menjaju na osnovu njih."#,
    )
    .org(O_VET_AGENCY)
    .country(C::Me)
    .tags(
        &[S::Education],
        &[H::LabourMarket, H::TeacherCompetences],
        &[G::SchoolLeaders, G::PolicyMakers],
    )
    .files(&[
        text!(
            "samoevaluacija-eqavet.csv",
            r#"faza,kriterijum,ispunjeno (da/delimično/ne),dokaz
planiranje,Škola ima godišnje ciljeve povezane sa potrebama tržišta rada,,
planiranje,Poslodavci učestvuju u planiranju upisa i programa,,
planiranje,Ciljevi su poznati nastavnicima i učenicima,,
sprovođenje,Nastavnici imaju plan stručnog usavršavanja,,
sprovođenje,Praktična nastava se odvija kod poslodavaca prema planu,,
sprovođenje,Oprema odgovara zahtevima zanimanja,,
evaluacija,Škola prikuplja mišljenje učenika i poslodavaca,,
evaluacija,Škola prati diplomce posle dvanaest meseci,,
evaluacija,Rezultati se analiziraju po obrazovnim profilima,,
revizija,Rezultati evaluacije se razmatraju na nastavničkom veću,,
revizija,Na osnovu rezultata se menja bar jedan program ili postupak godišnje,,
revizija,Promene se saopštavaju učenicima i poslodavcima,,
"#,
        ),
        chart!(
            "rezultati-pilot-skola.png",
            Chart::Bars {
                title: "Ispunjeni kriterijumi u pilot školama",
                unit: "%",
                bars: &[
                    ("Planiranje", 80),
                    ("Sprovođenje", 65),
                    ("Evaluacija", 50),
                    ("Revizija", 35),
                ],
                colour: BLUE,
            },
        ),
    ]),
    res(
        "vodic-poslodavci",
        JELENA,
        L::Sr,
        T::Document,
        "Dualno obrazovanje: vodič za poslodavce",
        r#"Vodič za poslodavce koji razmišljaju da prime učenike u dualnom obrazovanju: šta dobijaju, šta se od njih očekuje, ko je instruktor i kako se to postaje, i kako izgleda saradnja sa školom.

Pisan je na osnovu pitanja koja su nam poslodavci najčešće postavljali na informativnim sastancima, zato je u obliku pitanja i odgovora."#,
    )
    .org(O_VET_AGENCY)
    .country(C::Me)
    .tags(
        &[S::Hospitality, S::Metalwork, S::Electrical],
        &[H::DualLearning, H::LabourMarket],
        &[G::Employers, G::InCompanyTrainers],
    )
    .files(&[text!(
        "vodic-za-poslodavce.md",
        r#"# Dualno obrazovanje – pitanja poslodavaca

**Šta dobijam ako primim učenika?**
Mladog čoveka kog obučavate po svojim standardima i koga možete zaposliti posle škole.

**Koliko vremena učenik provodi kod mene?**
Zavisi od programa i razreda; u završnim razredima više od polovine nastave.

**Ko se brine o učeniku u firmi?**
Instruktor: vaš zaposleni sa iskustvom koji je završio obuku za instruktore.

**Šta ako učenik ne dolazi ili ne radi?**
Odmah obavestite koordinatora u školi. Zajedno tražite rešenje; ugovor se može i raskinuti.

**Koliko papira ima?**
Ugovor, plan obuke i mesečna evidencija. Škola vam pomaže da ih popunite.
"#,
    )]),
    // ---- Slovenščina --------------------------------------------------------------------------
    res(
        "ocenjevalni-list-barvanje",
        NINA,
        L::Sl,
        T::Template,
        "Ocenjevalni list za praktični pouk: barvanje las",
        r#"Ocenjevalni list, ki ga pri praktičnem pouku frizerstva uporabljamo za barvanje las. Vsak korak ima opisana merila za tri ravni, tako da dijak že pred nalogo ve, kaj se pričakuje.

Zadnji stolpec je za samooceno: dijak najprej oceni sebe, nato se pogovorimo o razlikah. Dijaki pravijo, da je ta pogovor najbolj koristen del ocenjevanja."#,
    )
    .org(O_SAVINJA)
    .country(C::Si)
    .eqf(4)
    .tags(&[S::Beauty], &[H::Didactics], &[G::VetTeachers, G::Learners])
    .comp(&[K::LifeLearning])
    .files(&[text!(
        "ocenjevalni-list-barvanje-las.csv",
        r#"korak,ne dosega,dosega,presega,samoocena
Posvet s stranko,ne vpraša o želji in prejšnjih barvanjih,vpraša o želji in prejšnjih barvanjih,predlaga odtenek glede na ten kože in nego,
Test občutljivosti,ga izpusti,ga opravi po navodilih,stranki razloži namen testa,
Priprava barve,napačno razmerje,pravilno razmerje in količina,natančno tehta in zapiše recept v kartoteko,
Nanos,neenakomeren nanos,enakomeren nanos po sekcijah,hiter in čist nanos brez madežev na koži,
Čas delovanja,ne spremlja časa,upošteva navodila proizvajalca,preverja razvoj barve in prilagodi,
Izpiranje in nega,površno izpiranje,temeljito izpiranje in nega,svetuje nego doma,
"#,
    )]),
    res(
        "izmenjava-uciteljev",
        NINA,
        L::Sl,
        T::Document,
        "Izmenjava učiteljev: program tedenskega obiska partnerske šole",
        r#"Program tedna, ki sta ga dve učiteljici iz Mostarja preživeli pri nas v Celju, in ki ga zdaj uporabljamo za vse obiske. Vsak dan združuje opazovanje pouka, delo z dijaki in kratek pogovor o tem, kako isto vsebino poučujemo v obeh državah.

Zadnji dan si gostje in gostitelji zapišejo tri stvari, ki jih bodo preizkusili doma. Čez tri mesece se slišimo po videoklicu in preverimo, kaj je uspelo."#,
    )
    .org(O_SAVINJA)
    .country(C::Si)
    .tags(
        &[S::Beauty, S::Metalwork, S::Electrical],
        &[H::Mobility, H::TeacherCompetences],
        &[G::VetTeachers, G::SchoolLeaders],
    )
    .comp(&[K::LifeSocial, K::LifeLearning])
    .files(&[text!(
        "program-tedenskega-obiska.md",
        r#"# Program tedenskega obiska

| Dan | Dopoldne | Popoldne |
|---|---|---|
| Ponedeljek | Sprejem, ogled šole in delavnic | Pogovor z ravnateljem o praktičnem usposabljanju z delom |
| Torek | Opazovanje praktičnega pouka | Obisk delodajalca, ki sprejema dijake |
| Sreda | Skupna ura z dijaki | Primerjava učnih načrtov |
| Četrtek | Opazovanje v drugem programu po izbiri gostov | Priprava kratke predstavitve za kolektiv |
| Petek | Tri stvari, ki jih preizkusimo doma | Evalvacija tedna in slovo |

Čez tri mesece: videoklic – kaj smo preizkusili, kaj je uspelo, kaj ne.
"#,
    )]),
    res(
        "varcevanje-salon",
        NINA,
        L::Sl,
        T::CourseMaterial,
        "Varčevanje z vodo in energijo v frizerskem salonu",
        r#"Učna enota za drugi letnik frizerstva: dijaki en teden merijo porabo vode in električne energije v šolskem salonu, nato predlagajo ukrepe in jih preizkusijo. Varčne prhe, sušenje z nižjo temperaturo, polne pralne stroje za brisače.

Graf kaže, koliko vode smo porabili na stranko pred ukrepi in po njih. Dijaki so rezultate predstavili tudi salonom, kjer opravljajo praktično usposabljanje."#,
    )
    .org(O_SAVINJA)
    .country(C::Si)
    .eqf(4)
    .licence(Licence::CcBySa)
    .tags(&[S::Beauty], &[H::GreenSkills], &[G::Learners, G::VetTeachers])
    .comp(&[K::EntreResources])
    .files(&[
        text!(
            "varcevanje-z-vodo-in-energijo.md",
            r#"# Varčevanje z vodo in energijo v salonu

## 1. Merimo

En teden beležimo porabo vode (števec pri umivalnikih) in elektrike (sušilniki, pralni stroj) ter število strank.

## 2. Predlagamo

Vsaka skupina predlaga dva ukrepa in oceni, koliko bi prihranili.

## 3. Preizkusimo

- varčne prhe na umivalnikih;
- sušenje z nižjo temperaturo in difuzorjem;
- pralni stroj za brisače samo poln.

## 4. Ponovno merimo in predstavimo

Primerjava pred in po ukrepih; predstavitev salonom partnerjem.
"#,
        ),
        chart!(
            "poraba-vode.png",
            Chart::Bars {
                title: "Poraba vode na stranko",
                unit: " l",
                bars: &[("Pred ukrepi", 42), ("Po ukrepih", 27)],
                colour: TEAL,
            },
        ),
    ]),
    // ---- Ελληνικά, português, bosanski, македонски, Nederlands ----------------------------------
    res(
        "odigos-mathiteias",
        BESA,
        L::El,
        T::Document,
        "Οδηγός μαθητείας για μικρές επιχειρήσεις εστίασης",
        r#"Ένας σύντομος οδηγός για μικρές επιχειρήσεις εστίασης που δέχονται μαθητευόμενους για πρώτη φορά. Τον έγραψε ο Έλληνας εταίρος του έργου *Twin Workshops*, μια επαγγελματική σχολή μαγειρικής στη Θεσσαλονίκη, και τον ανεβάζουμε εδώ ως συντονιστές του έργου.

Περιλαμβάνει τι πρέπει να ετοιμάσει η επιχείρηση πριν από την πρώτη μέρα, πώς να οργανώσει την πρώτη εβδομάδα, πώς να συνεργαστεί με τη σχολή και πώς να δίνει ανατροφοδότηση στον μαθητευόμενο."#,
    )
    .org(O_BRIDGE)
    .country(C::Gr)
    .project(KA210_MK_NAME, KA210_MK)
    .tags(
        &[S::Hospitality],
        &[H::DualLearning],
        &[G::Employers, G::InCompanyTrainers],
    )
    .files(&[text!(
        "odigos-mathiteias.md",
        r#"# Οδηγός μαθητείας για μικρές επιχειρήσεις εστίασης

## Πριν από την πρώτη μέρα

- Ορίστε έναν υπεύθυνο για τον μαθητευόμενο.
- Ετοιμάστε στολή, παπούτσια ασφαλείας και ένα ντουλάπι.
- Διαβάστε το πρόγραμμα μάθησης που σας έστειλε η σχολή.

## Η πρώτη εβδομάδα

- Ξενάγηση στην κουζίνα και κανόνες υγιεινής.
- Απλές εργασίες προετοιμασίας δίπλα στον υπεύθυνο.
- Στο τέλος κάθε μέρας, πέντε λεπτά συζήτησης: τι έμαθες, τι ήταν δύσκολο.

## Συνεργασία με τη σχολή

- Ένα τηλεφώνημα με τον εκπαιδευτικό κάθε δύο εβδομάδες.
- Υπογραφή στο ημερολόγιο μαθητείας κάθε Παρασκευή.

## Ανατροφοδότηση

Πείτε τι πήγε καλά, ένα πράγμα που πρέπει να βελτιωθεί, και δείξτε πώς γίνεται.
"#,
    )]),
    res(
        "ypodochi-pelaton",
        BESA,
        L::El,
        T::CourseMaterial,
        "Φύλλα εργασίας: υποδοχή πελατών στη ρεσεψιόν ξενοδοχείου",
        r#"Τρία φύλλα εργασίας για μαθητές τουριστικών επαγγελμάτων: άφιξη πελάτη και check-in, τηλεφωνική κράτηση, διαχείριση παραπόνου. Κάθε φύλλο έχει ένα σενάριο για παιχνίδι ρόλων και μια λίστα ελέγχου για τον παρατηρητή.

Προέρχονται από τον Έλληνα εταίρο του έργου και χρησιμοποιήθηκαν ήδη στις σχολές των εταίρων στα Σκόπια και στα Τίρανα, σε μετάφραση."#,
    )
    .org(O_BRIDGE)
    .country(C::Gr)
    .eqf(3)
    .project(KA210_MK_NAME, KA210_MK)
    .tags(&[S::Hospitality], &[H::Didactics], &[G::Learners, G::VetTeachers])
    .comp(&[K::LifeSocial])
    .files(&[text!(
        "fylla-ergasias-reseption.md",
        r#"# Υποδοχή πελατών στη ρεσεψιόν

## Φύλλο 1: Άφιξη και check-in

Σενάριο: Ένα ζευγάρι φτάνει στις 23:00, κουρασμένο, με κράτηση για δύο νύχτες.

Λίστα ελέγχου για τον παρατηρητή:
- Χαιρετά με χαμόγελο και κοιτάζει τον πελάτη
- Επιβεβαιώνει όνομα, ημερομηνίες και τύπο δωματίου
- Εξηγεί ώρα πρωινού και ώρα αναχώρησης

## Φύλλο 2: Τηλεφωνική κράτηση

Σενάριο: Ένας πελάτης ζητά δωμάτιο για τέσσερα άτομα τον Αύγουστο.

## Φύλλο 3: Διαχείριση παραπόνου

Σενάριο: Ο κλιματισμός του δωματίου δεν λειτουργεί.

Λίστα ελέγχου: ακούει χωρίς να διακόπτει, ζητά συγγνώμη, προτείνει λύση, ελέγχει αργότερα.
"#,
    )]),
    res(
        "fichas-pao",
        SOFIA,
        L::Pt,
        T::CourseMaterial,
        "Fichas técnicas de pão tradicional: broa de milho, pão alentejano e regueifa",
        r#"Fichas técnicas preparadas pela escola profissional portuguesa parceira do projeto **BREAD**, com três pães tradicionais: broa de milho, pão alentejano e regueifa. Cada ficha indica os ingredientes em percentagem do padeiro, as temperaturas e os tempos.

Publicamo-las aqui como coordenadores do projeto; as versões em italiano seguem em breve."#,
    )
    .org(O_BIANCHI)
    .country(C::Pt)
    .eqf(3)
    .project(KA220_IT_NAME, KA220_IT)
    .tags(&[S::Bakery], &[H::Didactics], &[G::Learners, G::Apprentices])
    .files(&[text!(
        "fichas-tecnicas-pao-tradicional.csv",
        r#"pão,ingrediente,percentagem do padeiro,observações
broa de milho,farinha de milho,60,escaldar com água a ferver
broa de milho,farinha de centeio,40,
broa de milho,água,75,
broa de milho,sal,2,
broa de milho,massa-mãe,20,fermentação 2 h a 26 °C; forno a 240 °C durante 50 min
pão alentejano,farinha de trigo,100,
pão alentejano,água,68,
pão alentejano,sal,2,
pão alentejano,massa-mãe,25,fermentação lenta 4 h; forno a 230 °C durante 45 min
regueifa,farinha de trigo,100,
regueifa,água,45,
regueifa,ovos,12,
regueifa,açúcar,8,
regueifa,manteiga,8,
regueifa,sal,1.5,
regueifa,fermento fresco,3,entrançar; pincelar com ovo; forno a 200 °C durante 25 min
"#,
    )]),
    res(
        "grelha-observacao",
        SOFIA,
        L::Pt,
        T::Template,
        "Grelha de observação da formação em contexto de trabalho",
        r#"A grelha que o tutor da empresa preenche durante a formação em contexto de trabalho, adaptada pelo parceiro português do projeto **BREAD** a partir da grelha que usamos em Itália. Tem seis comportamentos observáveis e espaço para um exemplo concreto de cada um.

Os tutores preenchem-na em dez minutos, a meio e no fim do estágio."#,
    )
    .org(O_BIANCHI)
    .country(C::Pt)
    .project(KA220_IT_NAME, KA220_IT)
    .licence(Licence::CcByNcSa)
    .tags(
        &[S::Bakery, S::Hospitality],
        &[H::DualLearning],
        &[G::InCompanyTrainers, G::Employers],
    )
    .files(&[text!(
        "grelha-de-observacao.md",
        r#"# Grelha de observação do estágio

Formando: ____________ Empresa: ____________ Tutor: ____________

| Comportamento | Ainda não | Com ajuda | Sozinho | Exemplo observado |
|---|---|---|---|---|
| Cumpre as regras de higiene e segurança | ☐ | ☐ | ☐ | |
| Prepara o posto de trabalho | ☐ | ☐ | ☐ | |
| Respeita os tempos de produção | ☐ | ☐ | ☐ | |
| Executa as técnicas com precisão | ☐ | ☐ | ☐ | |
| Comunica com a equipa | ☐ | ☐ | ☐ | |
| Aceita e aplica as correções | ☐ | ☐ | ☐ | |

Data: ________ Assinatura do tutor: ____________
"#,
    )]),
    res(
        "plan-prakticne-nastave",
        EDIN,
        L::Bs,
        T::Template,
        "Plan praktične nastave za prvi razred drvne struke",
        r#"Plan praktične nastave po sedmicama za prvi razred stolara u našoj školi: od ručnih alata i mjerenja do prvog malog proizvoda. Uz svaku temu naveden je cilj i način provjere.

Isti plan koristimo i u saradnji sa stolarijama u kojima učenici drugog razreda imaju praksu, da svi znaju šta je učenik već naučio."#,
    )
    .org(O_MOSTAR)
    .country(C::Ba)
    .eqf(3)
    .tags(&[S::Woodwork], &[H::Didactics, H::DualLearning], &[G::VetTeachers, G::Mentors])
    .files(&[text!(
        "plan-prakticne-nastave-prvi-razred.csv",
        r#"sedmice,tema,cilj,provjera
1-2,Zaštita na radu i red u radionici,učenik poznaje pravila i zaštitnu opremu,kratki test i obilazak radionice
3-6,Mjerenje i obilježavanje,učenik mjeri i obilježava s tačnošću od 1 mm,obilježavanje prema crtežu
7-12,Piljenje i rendisanje ručnim alatom,učenik pili po liniji i rendiše ravnu površinu,radni komad
13-18,Ručne spojnice,učenik izrađuje preklopni i čepni spoj,spoj bez zazora
19-24,Brušenje i površinska obrada,učenik priprema i obrađuje površinu,uzorci s uljem i lakom
25-34,Prvi proizvod: kutija s poklopcem,učenik izrađuje proizvod od crteža do obrade,ocjena proizvoda i kratka prezentacija
"#,
    )]),
    res(
        "sorabotka-kompanii",
        BESA,
        L::Mk,
        T::Document,
        "Водич за наставници: соработка со компании",
        r#"Краток водич за наставниците во стручните училишта кои сакаат да соработуваат со локалните компании: како да се направи првиот контакт, како да се организира посета, како да се договори пракса и како да се одржи соработката.

Подготвен во рамките на проектот *Twin Workshops*, врз основа на искуствата на единаесет училишта."#,
    )
    .org(O_BRIDGE)
    .country(C::Mk)
    .project(KA210_MK_NAME, KA210_MK)
    .tags(
        &[S::Education, S::Ict, S::Hospitality],
        &[H::DualLearning, H::LabourMarket],
        &[G::VetTeachers, G::SchoolLeaders],
    )
    .files(&[text!(
        "vodic-sorabotka-so-kompanii.md",
        r#"# Соработка со компании – водич за наставници

## Прв контакт

- Почнете со компаниите каде што работат вашите поранешни ученици.
- Јавете се по телефон, не пишувајте долги писма.
- Кажете јасно што барате и што нудите.

## Посета

- Однесете список со прашања.
- Земете двајца ученици со вас.

## Договор за пракса

- Име на менторот во компанијата.
- Задачи, работно време, осигурување.

## Одржување на соработката

- Поканете ја компанијата на завршната изложба на учениците.
- Заблагодарете им јавно.
"#,
    )]),
    res(
        "loopbaangesprek",
        PIETER,
        L::Nl,
        T::Document,
        "Loopbaangesprek met een mbo-student: gespreksleidraad",
        r#"Een leidraad voor loopbaanbegeleiders en mentoren in het mbo, voor een gesprek van twintig minuten over de keuzes na de opleiding: werken, doorstuderen of allebei.

De vragen zijn getest met studenten in Groningen en Friesland. Studenten vonden vooral de vragen over hun eerdere werkervaring nuttig: daar bleek veel meer uit te halen dan ze zelf dachten."#,
    )
    .org(O_NOORDKUST)
    .country(C::Nl)
    .tags(
        &[S::Education, S::Business],
        &[H::Guidance],
        &[G::GuidanceCounsellors, G::Learners],
    )
    .comp(&[K::LifePersonal, K::LifeLearning])
    .files(&[text!(
        "gespreksleidraad-loopbaan.md",
        r#"# Gespreksleidraad loopbaangesprek

## Terugkijken (5 minuten)

- Welk werk heb je tot nu toe gedaan, ook bijbaantjes en vrijwilligerswerk?
- Waar kreeg je energie van? Waar juist niet?

## Nu (5 minuten)

- Wat gaat goed in je stage?
- Wat zou je stagebegeleider over jou zeggen?

## Vooruitkijken (10 minuten)

- Wat wil je over een jaar doen: werken, doorstuderen of allebei?
- Wie kan je helpen om dat uit te zoeken?
- Wat is een eerste stap die je deze maand zet?

*Voor de begeleider:* noteer de afgesproken stap en vraag er in het volgende gesprek naar.
"#,
    )]),
];

// ---- Ratings, comments, reuse reports ---------------------------------------------------------

/// Stars given to a resource by demo people (never by its owner).
const RATINGS: &[(&str, &[(usize, i64)])] = &[
    (
        "ka1-toolkit",
        &[
            (GIULIA, 5),
            (JAVIER, 4),
            (ARBEN, 5),
            (SOFIA, 4),
            (DRITAN, 5),
            (NINA, 4),
        ],
    ),
    (
        "digital-self-check",
        &[(AINO, 5), (GIULIA, 4), (JAVIER, 4), (JELENA, 3), (EDIN, 4)],
    ),
    (
        "remote-mentoring",
        &[(ANA, 5), (JAVIER, 5), (KASIA, 4), (MEHMET, 4), (PIETER, 5)],
    ),
    (
        "green-carpentry",
        &[(ANA, 5), (NINA, 4), (PIETER, 4), (BESA, 5), (DRITAN, 4)],
    ),
    ("graduate-tracking", &[(PIETER, 4), (ARBEN, 4), (BESA, 5)]),
    (
        "twinning-guide",
        &[(ARBEN, 5), (NINA, 5), (DRITAN, 4), (EDIN, 5), (SOFIA, 4)],
    ),
    (
        "teachers-in-companies",
        &[(AINO, 4), (JELENA, 5), (GIULIA, 4), (MARTA, 3)],
    ),
    ("europass", &[(MEHMET, 4), (DRITAN, 5), (BESA, 4)]),
    ("inclusive-workshop", &[(NINA, 5), (GIULIA, 4)]),
    (
        "ka210-budget",
        &[(BESA, 5), (PIETER, 4), (JAVIER, 4), (ARBEN, 5)],
    ),
    ("skills-portfolio", &[(MEHMET, 5), (ELIRA, 5), (PIETER, 4)]),
    ("partner-visit-report", &[(ARBEN, 4)]),
    (
        "convenzione-tirocinio",
        &[(SOFIA, 5), (DRITAN, 4), (JAVIER, 4), (ELIRA, 4)],
    ),
    ("haccp-panificio", &[(GIULIA, 5), (MEHMET, 5)]),
    ("schede-ricetta", &[(SOFIA, 4), (DRITAN, 5), (ELIRA, 5)]),
    ("griglia-valutazione", &[(SOFIA, 4), (JAVIER, 4)]),
    ("guida-mobilita", &[(GIULIA, 5), (ELIRA, 4)]),
    ("impresa-simulata", &[(SOFIA, 5), (MEHMET, 4)]),
    ("video-sicurezza-forno", &[(GIULIA, 4)]),
    ("verifica-quadro", &[(GIULIA, 4), (ELIRA, 5)]),
    (
        "video-seguridad-taller",
        &[(GIULIA, 5), (ANA, 4), (AINO, 4)],
    ),
    ("plan-formacion-dual", &[(ANA, 5), (GIULIA, 4), (KASIA, 4)]),
    ("diagnosis-electronica", &[(DRITAN, 4)]),
    ("encuesta-empresas", &[(JELENA, 4), (PIETER, 4)]),
    ("almacen-simulado", &[(GIULIA, 3)]),
    ("glosario-fp-dual", &[(GIULIA, 5), (SOFIA, 4), (NINA, 3)]),
    ("intercambio-bolonia-zaragoza", &[(JAVIER, 5)]),
    ("lista-opiekuna", &[(MARTA, 5), (ANA, 4), (AINO, 5)]),
    ("egzamin-czeladniczy", &[(MARTA, 4)]),
    ("umowa-mlodociany", &[(KASIA, 4)]),
    ("strzyzenie-meskie", &[(NINA, 5), (MARTA, 4)]),
    ("szkolenie-bhp", &[(KASIA, 4), (ANA, 3)]),
    ("harmonogram-egzaminow", &[(MARTA, 5)]),
    ("firin-haccp", &[(SOFIA, 5), (GIULIA, 4)]),
    ("mentorluk-rehberi", &[(AINO, 4), (ELIRA, 4)]),
    ("is-arama-atolyesi", &[(ELIRA, 5), (BESA, 4)]),
    ("tekstil-is-guvenligi", &[(KASIA, 3)]),
    ("dijital-portfolyo", &[(ELIRA, 4)]),
    ("udhezues-dual", &[(ARBEN, 5), (ELIRA, 4), (BESA, 5)]),
    ("flete-pune-paneli", &[(ARBEN, 4)]),
    ("cv-e-pare", &[(DRITAN, 5), (ARBEN, 4), (MEHMET, 4)]),
    ("plan-binjakezimi", &[(BESA, 4), (DRITAN, 4)]),
    ("regjistri-zhvillimit", &[(DRITAN, 4)]),
    ("siguria-kantier", &[(ARBEN, 4)]),
    ("erster-ausbildungstag", &[(MARTA, 5), (EDIN, 4)]),
    ("holzeinkauf-nachhaltig", &[(ANA, 5), (PIETER, 4)]),
    ("wochenbericht-ausland", &[(KASIA, 5), (ANA, 4)]),
    ("lernortkooperation", &[(MARTA, 4), (AINO, 4)]),
    ("prirucnik-mentori", &[(EDIN, 5), (NINA, 4), (KASIA, 4)]),
    ("zastita-na-radu", &[(EDIN, 4)]),
    ("pracenje-diplomaca", &[(ARBEN, 4)]),
    ("samoevaluacija-eqavet", &[(PIETER, 5), (ARBEN, 4)]),
    ("vodic-poslodavci", &[(EDIN, 4)]),
    ("ocenjevalni-list-barvanje", &[(KASIA, 5)]),
    ("izmenjava-uciteljev", &[(EDIN, 5), (ARBEN, 4)]),
    ("varcevanje-salon", &[(KASIA, 4), (ANA, 4)]),
    ("plan-prakticne-nastave", &[(ANA, 4)]),
    ("fichas-pao", &[(GIULIA, 5)]),
    ("loopbaangesprek", &[(AINO, 4)]),
];

/// A comment on a resource.
struct Remark {
    on: &'static str,
    by: usize,
    lang: Language,
    md: &'static str,
}

const fn say(on: &'static str, by: usize, lang: Language, md: &'static str) -> Remark {
    Remark { on, by, lang, md }
}

const COMMENTS: &[Remark] = &[
    say(
        "ka1-toolkit",
        GIULIA,
        L::En,
        "The checklist is exactly what we needed for our first accredited year. One addition from \
         our side: we ask the host for a short video tour of the workplace before departure. It \
         reassures the parents more than any letter.",
    ),
    say(
        "ka1-toolkit",
        MARTA,
        L::En,
        "Good idea, Giulia, thank you. It goes on the list for the next round.",
    ),
    say(
        "digital-self-check",
        AINO,
        L::En,
        "We used it with the whole health care team before our training day. Two colleagues said \
         the statements were the first time they understood what *creating digital content* means \
         for their own lessons.",
    ),
    say(
        "remote-mentoring",
        JAVIER,
        L::Es,
        "Muy útil. Nosotros hacemos algo parecido con las empresas más alejadas, pero sin un guion \
         fijo. Vamos a probar las cinco preguntas este trimestre.",
    ),
    say(
        "remote-mentoring",
        KASIA,
        L::Pl,
        "Przetłumaczyliśmy pięć pytań na polski dla naszych mistrzów. Krótko i konkretnie, tak jak \
         lubią rzemieślnicy.",
    ),
    say(
        "green-carpentry",
        ANA,
        L::Hr,
        "Lekcija o ostacima drva je odlična. Mi daske za rezanje od ostataka prodajemo na božićnom \
         sajmu. Možda bi vaši učenici mogli doći vidjeti kako to radimo?",
    ),
    say(
        "green-carpentry",
        EDIN,
        L::Bs,
        "Rado! Javit ću se da dogovorimo posjetu u proljeće.",
    ),
    say(
        "twinning-guide",
        ARBEN,
        L::Sq,
        "Hapi i parë është më i rëndësishmi. Ne humbëm një vit të tërë me një partner që nuk \
         përgjigjej kurrë.",
    ),
    say(
        "teachers-in-companies",
        JELENA,
        L::En,
        "Very useful for our policy discussion on teacher placements. Did you find any difference \
         between teachers of technical and of service occupations?",
    ),
    say(
        "teachers-in-companies",
        PIETER,
        L::En,
        "Not a large one. Whether a question had been agreed in advance mattered much more than \
         the trade.",
    ),
    say(
        "europass",
        DRITAN,
        L::En,
        "I show this to my final-year classes every spring. Those who build their profile early \
         are the ones who get the placements abroad.",
    ),
    say(
        "convenzione-tirocinio",
        SOFIA,
        L::It,
        "Ottima l'idea di mettere i telefoni dei tutor nella convenzione: è la prima cosa che \
         cerchiamo quando succede qualcosa.",
    ),
    say(
        "convenzione-tirocinio",
        DRITAN,
        L::It,
        "La useremo come base per un modello in albanese per le aziende di Durazzo.",
    ),
    say(
        "haccp-panificio",
        MEHMET,
        L::En,
        "We built our Turkish module on the same idea: explain *why* before asking apprentices to \
         fill in the forms. Thank you for sharing a real log.",
    ),
    say(
        "schede-ricetta",
        ELIRA,
        L::It,
        "Bellissime le schede con le foto! Da studentessa le avrei volute anch'io.",
    ),
    say(
        "griglia-valutazione",
        JAVIER,
        L::Es,
        "Los niveles están muy bien descritos. ¿Los tutores la rellenan en papel o en línea?",
    ),
    say(
        "griglia-valutazione",
        GIULIA,
        L::Es,
        "En papel a mitad del periodo, durante la visita del tutor del centro, y en línea al final.",
    ),
    say(
        "plan-formacion-dual",
        ANA,
        L::En,
        "The one-page summary for small workshops is a brilliant idea. We are a small firm, and \
         that is exactly the amount of paper we can handle.",
    ),
    say(
        "video-seguridad-taller",
        AINO,
        L::En,
        "Filming your own students explaining the risks is a great idea, much better than the \
         generic videos we used before.",
    ),
    say(
        "lista-opiekuna",
        AINO,
        L::En,
        "We translated the first-week plan for our workplace instructors. The short talk at the \
         end of each day is now part of our instructor training.",
    ),
    say(
        "egzamin-czeladniczy",
        MARTA,
        L::Pl,
        "Dodałabym jeszcze informację o dofinansowaniu dla pracodawców młodocianych pracowników. \
         Wielu mistrzów o nim nie wie.",
    ),
    say(
        "egzamin-czeladniczy",
        KASIA,
        L::Pl,
        "Dobra uwaga, dopiszę w następnej wersji.",
    ),
    say(
        "firin-haccp",
        SOFIA,
        L::En,
        "Lovely to see the same approach in İzmir. Our apprentices would enjoy comparing the two \
         logs during the next exchange.",
    ),
    say(
        "is-arama-atolyesi",
        ELIRA,
        L::En,
        "A mock interview with an observer helped me a lot when I was looking for work. Four weeks \
         sounds just right.",
    ),
    say(
        "udhezues-dual",
        ARBEN,
        L::Sq,
        "Udhëzues shumë i qartë. Do ta shpërndajmë te shkollat anëtare të sindikatës në Kosovë.",
    ),
    say(
        "cv-e-pare",
        DRITAN,
        L::Sq,
        "Faleminderit, Elira! Do ta përdor me nxënësit e vitit të fundit.",
    ),
    say(
        "erster-ausbildungstag",
        MARTA,
        L::De,
        "Sehr praktisch. Unsere Lehrlinge, die nach Österreich gehen, bekommen die Liste jetzt \
         schon vor der Abreise.",
    ),
    say(
        "prirucnik-mentori",
        EDIN,
        L::Bs,
        "Odličan priručnik, jednostavan i jasan. Podijelit ću ga sa stolarijama s kojima \
         sarađujemo u Mostaru.",
    ),
    say(
        "samoevaluacija-eqavet",
        PIETER,
        L::En,
        "Revision being the weakest phase matches what we see in the Netherlands too. Closing the \
         loop is the hard part everywhere.",
    ),
    say(
        "izmenjava-uciteljev",
        EDIN,
        L::Bs,
        "Bila je to odlična sedmica. Dvije stvari smo već uveli kod nas: samoocjenu prije ocjene i \
         kraće upute za praktičnu nastavu.",
    ),
    say(
        "varcevanje-salon",
        KASIA,
        L::Pl,
        "Świetny pomysł na zajęcia. Zapytam nasze zakłady fryzjerskie, czy zgodzą się na takie \
         pomiary.",
    ),
    say(
        "fichas-pao",
        GIULIA,
        L::It,
        "Le proveremo in laboratorio con la terza: la broa di mais sarà una novità per tutti.",
    ),
    say(
        "loopbaangesprek",
        AINO,
        L::En,
        "We have a similar conversation in our personal study plans. I am borrowing the question \
         about energy: it works.",
    ),
];

/// A reuse report: who adapted the resource, for which organisation, where.
struct Reused {
    on: &'static str,
    by: usize,
    org: Option<usize>,
    country: Country,
    lang: Language,
    md: &'static str,
}

const REUSES: &[Reused] = &[
    Reused {
        on: "ka1-toolkit",
        by: GIULIA,
        org: Some(O_LEONARDO),
        country: C::It,
        lang: L::It,
        md: "Abbiamo adattato la checklist al nostro primo anno di accreditamento Erasmus+ e \
             l'abbiamo tradotta in italiano per gli insegnanti accompagnatori.",
    },
    Reused {
        on: "green-carpentry",
        by: ANA,
        org: Some(O_KOVAC),
        country: C::Hr,
        lang: L::En,
        md: "We adapted lessons 2 and 3 for the apprentices in our joinery in Croatia. Offcut \
             waste in the workshop dropped by about a quarter in six months.",
    },
    Reused {
        on: "twinning-guide",
        by: NINA,
        org: Some(O_SAVINJA),
        country: C::Si,
        lang: L::Sl,
        md: "Vodnik smo uporabili pri pobratenju s šolo v Mostarju. Prvi obisk smo načrtovali \
             natanko po drugem koraku.",
    },
    Reused {
        on: "remote-mentoring",
        by: KASIA,
        org: Some(O_MALOPOLSKA),
        country: C::Pl,
        lang: L::Pl,
        md: "Wykorzystaliśmy rozmowy co dwa tygodnie dla uczniów z odległych zakładów w górach. \
             Mistrzowie są zadowoleni, a uczniowie czują się mniej sami.",
    },
    Reused {
        on: "convenzione-tirocinio",
        by: DRITAN,
        org: Some(O_DURRES),
        country: C::Al,
        lang: L::Sq,
        md: "E përshtatëm modelin e marrëveshjes për bizneset tona në Durrës dhe e përkthyem në \
             shqip.",
    },
    Reused {
        on: "plan-formacion-dual",
        by: GIULIA,
        org: Some(O_LEONARDO),
        country: C::It,
        lang: L::Es,
        md: "Adaptamos el resumen de una página para los restaurantes pequeños que acogen a \
             nuestros alumnos en Bolonia.",
    },
    Reused {
        on: "digital-self-check",
        by: JAVIER,
        org: Some(O_RIO_EBRO),
        country: C::Es,
        lang: L::Es,
        md: "Lo tradujimos al español y lo pasamos a todo el profesorado antes de elegir la \
             formación del curso.",
    },
    Reused {
        on: "lista-opiekuna",
        by: AINO,
        org: Some(O_POHJOISRANTA),
        country: C::Fi,
        lang: L::En,
        md: "Adapted the first-week plan for workplace instructors in health care, in Finnish and \
             Swedish.",
    },
    Reused {
        on: "firin-haccp",
        by: SOFIA,
        org: Some(O_BIANCHI),
        country: C::It,
        lang: L::It,
        md: "Abbiamo usato il modulo turco come base per formare i nostri apprendisti arrivati \
             dall'estero: le quattro lezioni funzionano anche in un forno italiano.",
    },
    Reused {
        on: "ka210-budget",
        by: BESA,
        org: Some(O_BRIDGE),
        country: C::Mk,
        lang: L::En,
        md: "We used the second version to split the lump sum of our own small-scale partnership \
             with schools in Albania and Kosovo.",
    },
    Reused {
        on: "udhezues-dual",
        by: ARBEN,
        org: Some(O_SINDIKATA),
        country: C::Xk,
        lang: L::Sq,
        md: "E përdorëm udhëzuesin në dy shkolla në Prizren për të nisur marrëveshjet e para me \
             bizneset.",
    },
    Reused {
        on: "teachers-in-companies",
        by: JELENA,
        org: Some(O_VET_AGENCY),
        country: C::Me,
        lang: L::En,
        md: "The placement model shaped the pilot of teacher placements in companies that our \
             agency started in three schools.",
    },
    Reused {
        on: "skills-portfolio",
        by: MEHMET,
        org: Some(O_GENC),
        country: C::Tr,
        lang: L::Tr,
        md: "Portfolyo şablonunu Türkçeye çevirdik ve gönüllü gençlerle yaptığımız rehberlik \
             görüşmelerinde kullanıyoruz.",
    },
    Reused {
        on: "prirucnik-mentori",
        by: EDIN,
        org: Some(O_MOSTAR),
        country: C::Ba,
        lang: L::Bs,
        md: "Priručnik smo prilagodili za mentore u stolarijama u Hercegovini.",
    },
    Reused {
        on: "europass",
        by: ELIRA,
        org: None,
        country: C::Al,
        lang: L::Sq,
        md: "E përdora për CV-në time dhe për certifikatën e praktikës. Pas dy muajsh gjeta punë \
             si teknike rrjetesh.",
    },
];

// ---- Collections ------------------------------------------------------------------------------

struct DemoCollection {
    title: &'static str,
    lang: Language,
    md: &'static str,
    by: usize,
    org: Option<usize>,
    visibility: ResourceVisibility,
    /// Resource keys, in order, with the curator's note.
    items: &'static [(&'static str, &'static str)],
}

const COLLECTIONS: &[DemoCollection] = &[
    DemoCollection {
        title: "Remote mentoring toolbox",
        lang: L::En,
        md: "What we use when apprentices learn far from school and their teacher cannot drop \
             by: a rhythm of short calls, questions that work, and material that stands on its \
             own in the workplace.",
        by: AINO,
        org: None,
        visibility: ResourceVisibility::Public,
        items: &[
            (
                "remote-mentoring",
                "Start here: the rhythm of calls and the five questions.",
            ),
            (
                "digital-self-check",
                "Check your own digital skills before you mentor at a distance.",
            ),
            (
                "lista-opiekuna",
                "The first week, planned so that it works without the teacher.",
            ),
            (
                "mentorluk-rehberi",
                "Questions for the first three mentoring conversations.",
            ),
            (
                "video-seguridad-taller",
                "A safety induction that does not need the teacher on site.",
            ),
            (
                "inclusive-workshop",
                "Adapting tasks when you cannot be in the room.",
            ),
        ],
    },
    DemoCollection {
        title: "Kit per il tirocinio in azienda",
        lang: L::It,
        md: "Tutto quello che usiamo all'Istituto Leonardo per preparare, seguire e valutare un \
             tirocinio in un ristorante o in un panificio, con qualche idea presa dai partner \
             europei.",
        by: GIULIA,
        org: Some(O_LEONARDO),
        visibility: ResourceVisibility::Public,
        items: &[
            (
                "convenzione-tirocinio",
                "La convenzione e il progetto formativo.",
            ),
            (
                "video-sicurezza-forno",
                "Da guardare insieme il primo giorno.",
            ),
            (
                "haccp-panificio",
                "Il registro delle temperature spiegato agli apprendisti.",
            ),
            (
                "griglia-valutazione",
                "La griglia per il tutor aziendale (solo membri).",
            ),
            ("guida-mobilita", "Per chi fa il tirocinio all'estero."),
            (
                "grelha-observacao",
                "La versione portoghese della nostra griglia.",
            ),
        ],
    },
    DemoCollection {
        title: "Green skills in the workshop",
        lang: L::En,
        md: "Lesson plans and small projects that make workshops greener, collected by the \
             Balkan Skills Bridge team from partner schools: less waste, less water, local \
             material, green travel.",
        by: BESA,
        org: Some(O_BRIDGE),
        visibility: ResourceVisibility::Public,
        items: &[
            ("green-carpentry", "Four lessons, tested in Mostar."),
            (
                "holzeinkauf-nachhaltig",
                "Buying wood locally, with real offers.",
            ),
            (
                "varcevanje-salon",
                "Measuring water and energy in a hairdressing salon.",
            ),
            ("ka1-toolkit", "Green travel in the budget of a mobility."),
        ],
    },
    DemoCollection {
        title: "Materiały dla mistrzów szkolących uczniów",
        lang: L::Pl,
        md: "Zestaw dla mistrzów i opiekunów praktyk w zakładach rzemieślniczych: od pierwszego \
             dnia ucznia do egzaminu czeladniczego. Widoczny dla zalogowanych członków.",
        by: KASIA,
        org: None,
        visibility: ResourceVisibility::Members,
        items: &[
            ("lista-opiekuna", "Zacznij od tej listy."),
            ("szkolenie-bhp", "Slajdy do szkolenia na stanowisku."),
            ("umowa-mlodociany", "Wzór umowy z komentarzami."),
            (
                "egzamin-czeladniczy",
                "Do przekazania uczniom ostatniej klasy.",
            ),
            (
                "harmonogram-egzaminow",
                "Terminy 2026 – tylko dla członków stowarzyszenia.",
            ),
            (
                "prirucnik-mentori",
                "Chorwacki podręcznik dla mentorów – warto zajrzeć.",
            ),
            (
                "erster-ausbildungstag",
                "Niemiecka lista na pierwszy dzień, dla wyjeżdżających.",
            ),
        ],
    },
];

// ---- Loading ----------------------------------------------------------------------------------

/// Loads the toolbox unless it is already there. Needs the people and organisations of
/// [`crate::demo`]: without them (or when they have changed) it says so and loads nothing.
pub async fn load(db: &Db, config: &Config) -> anyhow::Result<()> {
    if settings::get(db, LOADED_KEY).await?.is_some() {
        println!("The toolbox demo is already loaded.");
        return Ok(());
    }
    let Some((users, orgs)) = find_cast(db).await? else {
        println!(
            "The toolbox demo needs the demo people and organisations as `bottega demo` makes them: skipped."
        );
        return Ok(());
    };
    let store = if config.storage_url.trim().is_empty() {
        FileStore::local(&config.files_dir())?
    } else {
        FileStore::from_url(&config.storage_url)?
    };
    load_into(db, &store, &users, &orgs).await
}

/// The ids of the demo people and organisations, in the order of [`PEOPLE`] and [`ORGS`], if
/// they are all there, under their names, with the memberships the toolbox relies on.
async fn find_cast(db: &Db) -> anyhow::Result<Option<(Vec<i64>, Vec<i64>)>> {
    let mut users = Vec::new();
    for p in PEOPLE {
        match accounts::by_email(db, p.email).await? {
            Some(u) if u.display_name == p.name => users.push(u.id),
            _ => return Ok(None),
        }
    }
    let mut orgs = Vec::new();
    for name in ORGS {
        match directory::by_slug(db, &bottega_domain::slug::slugify(name)).await {
            Ok(o) if o.name == *name => orgs.push(o.id),
            Ok(_) | Err(StorageError::NotFound) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
    }
    for (k, p) in PEOPLE.iter().enumerate() {
        for &o in p.orgs {
            if directory::role_of(db, orgs[o], users[k]).await?.is_none() {
                return Ok(None);
            }
        }
    }
    Ok(Some((users, orgs)))
}

fn resource_fields(r: &Res, orgs: &[i64]) -> ResourceFields {
    let rendered = bottega_text::render(r.md, &HashMap::new());
    let mut languages = vec![r.lang];
    languages.extend_from_slice(r.also_in);
    ResourceFields {
        title: r.title.to_string(),
        description_md: r.md.to_string(),
        description_html: rendered.html,
        lang: r.lang,
        rtype: r.rtype,
        external_url: r.url.map(str::to_string),
        country: r.country,
        eqf_level: r.eqf,
        licence: r.licence,
        org_id: r.org.map(|o| orgs[o]),
        project_name: r.project.map(|(name, _)| name.to_string()),
        project_number: r.project.map(|(_, number)| number.to_string()),
        visibility: r.visibility,
        languages,
        sectors: r.sectors.to_vec(),
        themes: r.themes.to_vec(),
        targets: r.targets.to_vec(),
        competences: r.competences.to_vec(),
    }
}

fn resource_index(key: &str) -> anyhow::Result<usize> {
    RESOURCES
        .iter()
        .position(|r| r.key == key)
        .with_context(|| format!("no demo resource {key}"))
}

/// Everything, into a database that has the demo people (`users`) and organisations (`orgs`).
async fn load_into(db: &Db, store: &FileStore, users: &[i64], orgs: &[i64]) -> anyhow::Result<()> {
    // The files go to the store first, as uploads do: what a failed transaction leaves there
    // is attached to nothing, and the store sweep removes it.
    let mut uploads: Vec<Vec<Vec<StoredUpload>>> = Vec::new();
    let mut stored_files = 0;
    for r in RESOURCES {
        let mut per_file = Vec::new();
        for f in r.files {
            let mut versions = Vec::new();
            for v in f.versions {
                let mut u = store_file(store, f.name, &v.body).await?;
                u.note = v.note.to_string();
                versions.push(u);
                stored_files += 1;
            }
            per_file.push(versions);
        }
        uploads.push(per_file);
    }

    let mut tx = db.begin().await?;
    if !settings::claim_once(&mut tx, LOADED_KEY).await? {
        println!("The toolbox demo is already loaded.");
        return Ok(());
    }
    let mut ids = Vec::new();
    // The first version of every file; the later ones follow once these are committed.
    let mut later = Vec::new();
    for (k, r) in RESOURCES.iter().enumerate() {
        let owner = users[r.by];
        let id = resources::create(&mut tx, owner, &resource_fields(r, orgs)).await?;
        for versions in &uploads[k] {
            let first = files::add_version(&mut tx, id, None, owner, &versions[0]).await?;
            if versions.len() > 1 {
                later.push((id, first, owner, &versions[1..]));
            }
        }
        ids.push(id);
    }
    let mut ratings = 0;
    for (key, stars) in RATINGS {
        let id = ids[resource_index(key)?];
        for &(by, n) in *stars {
            feedback::rate(&mut tx, id, users[by], n).await?;
            ratings += 1;
        }
    }
    for c in COMMENTS {
        let id = ids[resource_index(c.on)?];
        let html = bottega_text::render(c.md, &HashMap::new()).html;
        feedback::add_comment(&mut tx, id, users[c.by], c.md, &html, c.lang).await?;
    }
    for x in REUSES {
        let id = ids[resource_index(x.on)?];
        let html = bottega_text::render(x.md, &HashMap::new()).html;
        feedback::add_reuse(
            &mut tx,
            id,
            &NewReuse {
                author_id: users[x.by],
                org_id: x.org.map(|o| orgs[o]),
                country: Some(x.country),
                body_md: x.md,
                body_html: &html,
                lang: x.lang,
            },
        )
        .await?;
    }
    for c in COLLECTIONS {
        let html = bottega_text::render(c.md, &HashMap::new()).html;
        let cid = collections::create(
            &mut tx,
            users[c.by],
            &CollectionFields {
                title: c.title,
                description_md: c.md,
                description_html: &html,
                lang: c.lang,
                org_id: c.org.map(|o| orgs[o]),
                visibility: c.visibility,
            },
        )
        .await?;
        for (key, note) in c.items {
            let id = ids[resource_index(key)?];
            collections::add_item(&mut tx, cid, id, users[c.by], note).await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;

    // A new version needs the id of its file, which `add_version` does not return and which
    // can only be read back once the first version is committed.
    let mut tx = db.begin().await?;
    for (id, first, owner, versions) in later {
        let file_id = files::version(db, id, first)
            .await?
            .context("a demo file version just written is missing")?
            .file_id;
        for u in versions {
            files::add_version(&mut tx, id, Some(file_id), owner, u).await?;
        }
    }
    tx.commit().await.map_err(StorageError::from)?;

    let mut per_language: BTreeMap<&str, usize> = BTreeMap::new();
    for r in RESOURCES {
        *per_language.entry(r.lang.code()).or_default() += 1;
    }
    let languages: Vec<String> = per_language
        .iter()
        .map(|(lang, n)| format!("{lang} {n}"))
        .collect();
    println!(
        "Toolbox demo loaded: {} resources in {} languages ({}), {stored_files} file versions, \
         {ratings} ratings, {} comments, {} reuse reports, {} collections.",
        RESOURCES.len(),
        per_language.len(),
        languages.join(", "),
        COMMENTS.len(),
        REUSES.len(),
        COLLECTIONS.len()
    );
    Ok(())
}

/// The media type a file of this extension is served with, as `bottega_files::inspect` names it.
fn media_type(ext: &str) -> anyhow::Result<&'static str> {
    Ok(match ext {
        "md" => "text/markdown; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        other => bail!("no demo files of type {other}"),
    })
}

fn extension(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, ext)| ext)
}

/// The SHA-256 a content-addressed key (`prefix/<sha256>.<ext>`) is named after.
fn digest_of(key: &str) -> anyhow::Result<String> {
    let name = key.rsplit('/').next().unwrap_or_default();
    let digest = name.split('.').next().unwrap_or_default();
    if digest.len() != 64 || !digest.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("the store returned an unexpected key {key}");
    }
    Ok(digest.to_string())
}

/// The bytes of a text or PDF file, or the PNG of a chart (before re-encoding).
fn file_bytes(body: &Body) -> anyhow::Result<Vec<u8>> {
    Ok(match body {
        Body::Text(t) => t.as_bytes().to_vec(),
        Body::Pdf(md) => pdf_bytes(md),
        Body::Chart(c) => {
            let mut out = Vec::new();
            image::DynamicImage::ImageRgb8(draw(c))
                .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)?;
            out
        }
    })
}

/// Stores one file as an upload would be stored, and describes it for `files::add_version`.
async fn store_file(store: &FileStore, name: &str, body: &Body) -> anyhow::Result<StoredUpload> {
    let bytes = file_bytes(body)?;
    if let Body::Chart(_) = body {
        let clean = images::reencode(&bytes)?;
        let thumb = images::thumbnail(&clean.bytes, THUMB_SIDE)?;
        let size = clean.bytes.len() as i64;
        let (ext, media, width, height) = (clean.ext, clean.media_type, clean.width, clean.height);
        let key = store.put_content(FILES_PREFIX, ext, clean.bytes).await?;
        let thumb_key = store.put_content(THUMBS_PREFIX, ext, thumb).await?;
        return Ok(StoredUpload {
            name: name.to_string(),
            sha256: digest_of(&key)?,
            object_key: key,
            size,
            media_type: media.to_string(),
            ext: ext.to_string(),
            active: false,
            thumb_key: Some(thumb_key),
            width: Some(i64::from(width)),
            height: Some(i64::from(height)),
            note: String::new(),
        });
    }
    let ext = extension(name);
    let media = media_type(ext)?;
    let size = bytes.len() as i64;
    let key = store.put_content(FILES_PREFIX, ext, bytes).await?;
    Ok(StoredUpload {
        name: name.to_string(),
        sha256: digest_of(&key)?,
        object_key: key,
        size,
        media_type: media.to_string(),
        ext: ext.to_string(),
        active: false,
        thumb_key: None,
        width: None,
        height: None,
        note: String::new(),
    })
}

// ---- PDF --------------------------------------------------------------------------------------

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;
const TOP: f32 = 790.0;
const BOTTOM: f32 = 64.0;

/// Advance widths of Helvetica for ASCII 32–126, in thousandths of the font size.
const HELVETICA_WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// The byte of a character in WinAnsiEncoding, the encoding of the standard PDF fonts.
fn win_ansi(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x20..0x7F).contains(&code) || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// A character's width in the font, at size 1.
fn char_width(c: char, bold: bool) -> f32 {
    let code = u32::from(c);
    let w = if (32..127).contains(&code) {
        f32::from(HELVETICA_WIDTHS[(code - 32) as usize])
    } else {
        556.0
    };
    // Helvetica-Bold runs a little wider than the regular cut.
    w / 1000.0 * if bold { 1.06 } else { 1.0 }
}

fn text_width(s: &str, size: f32, bold: bool) -> f32 {
    s.chars().map(|c| char_width(c, bold)).sum::<f32>() * size
}

/// Lines of at most `width` points, broken between words.
fn wrap(s: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size, bold) > width {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF string literal in WinAnsiEncoding; characters outside it lose their accent or become
/// `?` (the demo's PDFs are written so that none do).
fn pdf_string(s: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in s.chars() {
        let b = win_ansi(c)
            .or_else(|| fold_letter(c).and_then(win_ansi))
            .unwrap_or(b'?');
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
    out
}

/// The Latin letter without its accent, for the few letters the PDF fonts cannot show.
fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        'ą' | 'ă' => 'a',
        'Ą' | 'Ă' => 'A',
        'ć' | 'č' => 'c',
        'Ć' | 'Č' => 'C',
        'đ' | 'ď' => 'd',
        'Đ' | 'Ď' => 'D',
        'ę' | 'ě' => 'e',
        'Ę' | 'Ě' => 'E',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ı' => 'i',
        'İ' => 'I',
        'ł' => 'l',
        'Ł' => 'L',
        'ń' | 'ň' => 'n',
        'Ń' | 'Ň' => 'N',
        'ő' => 'o',
        'Ő' => 'O',
        'ř' => 'r',
        'Ř' => 'R',
        'ś' | 'ş' | 'ș' => 's',
        'Ś' | 'Ş' | 'Ș' => 'S',
        'ť' | 'ț' => 't',
        'Ť' | 'Ț' => 'T',
        'ů' | 'ű' => 'u',
        'Ů' | 'Ű' => 'U',
        'ź' | 'ż' => 'z',
        'Ź' | 'Ż' => 'Z',
        _ => return None,
    })
}

/// A PDF text string for the document information: UTF-16 with a byte order mark, in hex.
fn pdf_info_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in s.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out.push('>');
    out
}

/// One line of text placed on a page.
struct Placed {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    /// `rg` colour operands, "0 0 0" for black.
    colour: &'static str,
    text: String,
}

/// Lays out light Markdown on A4 pages: `# ` title (with a rule under it), `## ` headings,
/// `- ` bullets, other lines as paragraphs; `**` marks are dropped.
fn layout(md: &str) -> Vec<(Vec<Placed>, Vec<f32>)> {
    let mut pages: Vec<(Vec<Placed>, Vec<f32>)> = vec![(Vec::new(), Vec::new())];
    let mut y = TOP;
    let width = PAGE_W - 2.0 * MARGIN;
    for raw in md.lines() {
        let line = raw.trim_end().replace("**", "");
        if line.is_empty() {
            y -= 6.0;
            continue;
        }
        let (text, size, bold, indent, bullet, before, colour) =
            if let Some(t) = line.strip_prefix("# ") {
                (t, 19.0, true, 0.0, false, 0.0, "0 0.38 0.34")
            } else if let Some(t) = line.strip_prefix("## ") {
                (t, 13.0, true, 0.0, false, 8.0, "0 0.38 0.34")
            } else if let Some(t) = line.strip_prefix("- ") {
                (t, 10.5, false, 14.0, true, 0.0, "0.15 0.15 0.15")
            } else {
                (
                    line.as_str(),
                    10.5,
                    false,
                    0.0,
                    false,
                    0.0,
                    "0.15 0.15 0.15",
                )
            };
        let leading = size * 1.4;
        let wrapped = wrap(text, size, bold, width - indent);
        y -= before;
        for (k, part) in wrapped.into_iter().enumerate() {
            if y - leading < BOTTOM {
                pages.push((Vec::new(), Vec::new()));
                y = TOP;
            }
            y -= leading;
            let page = pages.last_mut().expect("a page");
            if bullet && k == 0 {
                page.0.push(Placed {
                    x: MARGIN + 2.0,
                    y,
                    size,
                    bold: false,
                    colour: "0 0.47 0.42",
                    text: "•".to_string(),
                });
            }
            page.0.push(Placed {
                x: MARGIN + indent,
                y,
                size,
                bold,
                colour,
                text: part,
            });
        }
        if size > 18.0 {
            y -= 8.0;
            pages.last_mut().expect("a page").1.push(y);
            y -= 6.0;
        }
    }
    pages
}

/// A small, valid PDF of the text: standard Helvetica fonts, one content stream per page,
/// page numbers, a title in the document information, and a cross-reference table with the
/// true byte offsets.
fn pdf_bytes(md: &str) -> Vec<u8> {
    let title = md
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .unwrap_or("Bottega")
        .to_string();
    let pages = layout(md);
    let n = pages.len();
    let mut objects: Vec<Vec<u8>> = Vec::new();
    // 1: catalogue, 2: page tree, 3 and 4: fonts, 5: information, then a page and its content.
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes());
    for font in ["Helvetica", "Helvetica-Bold"] {
        objects.push(
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>"
            )
            .into_bytes(),
        );
    }
    objects.push(
        format!(
            "<< /Title {} /Producer {} >>",
            pdf_info_string(&title),
            pdf_info_string("Bottega demo")
        )
        .into_bytes(),
    );
    for (i, (lines, rules)) in pages.iter().enumerate() {
        let mut content = Vec::new();
        for y in rules {
            content.extend_from_slice(
                format!(
                    "0 0.47 0.42 RG 0.8 w {MARGIN} {y:.1} m {:.1} {y:.1} l S\n",
                    PAGE_W - MARGIN
                )
                .as_bytes(),
            );
        }
        for l in lines {
            let font = if l.bold { "F2" } else { "F1" };
            content.extend_from_slice(
                format!(
                    "BT {} rg /{font} {} Tf {:.1} {:.1} Td ",
                    l.colour, l.size, l.x, l.y
                )
                .as_bytes(),
            );
            content.extend_from_slice(&pdf_string(&l.text));
            content.extend_from_slice(b" Tj ET\n");
        }
        let footer = format!("{} / {n}", i + 1);
        let x = (PAGE_W - text_width(&footer, 9.0, false)) / 2.0;
        content.extend_from_slice(format!("BT 0.45 g /F1 9 Tf {x:.1} 36 Td ").as_bytes());
        content.extend_from_slice(&pdf_string(&footer));
        content.extend_from_slice(b" Tj ET\n");

        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                7 + 2 * i
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(&content);
        stream.extend_from_slice(b"endstream");
        objects.push(stream);
    }

    // The second line tells tools that the file holds binary data.
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (k, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", k + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

// ---- Charts -----------------------------------------------------------------------------------

const CHART_W: u32 = 960;
const CHART_H: u32 = 540;
const PAPER: [u8; 3] = [250, 248, 243];
const GRID: [u8; 3] = [222, 218, 210];
const WHITE: [u8; 3] = [255, 255, 255];

/// 5 × 7 glyphs, one byte per row (the low five bits, leftmost pixel first).
const GLYPHS: &[(char, [u8; 7])] = &[
    ('A', [0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11]),
    ('B', [0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E]),
    ('C', [0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E]),
    ('D', [0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C]),
    ('E', [0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F]),
    ('F', [0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10]),
    ('G', [0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F]),
    ('H', [0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11]),
    ('I', [0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E]),
    ('J', [0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C]),
    ('K', [0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11]),
    ('L', [0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F]),
    ('M', [0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11]),
    ('N', [0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11]),
    ('O', [0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E]),
    ('P', [0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10]),
    ('Q', [0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D]),
    ('R', [0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11]),
    ('S', [0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E]),
    ('T', [0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04]),
    ('U', [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E]),
    ('V', [0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04]),
    ('W', [0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A]),
    ('X', [0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11]),
    ('Y', [0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04]),
    ('Z', [0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F]),
    ('0', [0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E]),
    ('1', [0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E]),
    ('2', [0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F]),
    ('3', [0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E]),
    ('4', [0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02]),
    ('5', [0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E]),
    ('6', [0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E]),
    ('7', [0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08]),
    ('8', [0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E]),
    ('9', [0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C]),
    ('-', [0x00, 0x00, 0x00, 0x1F, 0x00, 0x00, 0x00]),
    ('.', [0x00, 0x00, 0x00, 0x00, 0x00, 0x0C, 0x0C]),
    (',', [0x00, 0x00, 0x00, 0x00, 0x0C, 0x04, 0x08]),
    (':', [0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00]),
    ('%', [0x18, 0x19, 0x02, 0x04, 0x08, 0x13, 0x03]),
    ('/', [0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x00]),
    ('(', [0x02, 0x04, 0x08, 0x08, 0x08, 0x04, 0x02]),
    (')', [0x08, 0x04, 0x02, 0x02, 0x02, 0x04, 0x08]),
    ('+', [0x00, 0x04, 0x04, 0x1F, 0x04, 0x04, 0x00]),
    ('\'', [0x0C, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00]),
    ('°', [0x0C, 0x12, 0x12, 0x0C, 0x00, 0x00, 0x00]),
];

/// The capital a chart writes for a character (accents dropped), or `None` for what the font
/// lacks. A space is `Some(' ')`.
fn chart_chars(s: &str) -> Vec<Option<char>> {
    let mut out = Vec::new();
    for c in s.chars().flat_map(char::to_uppercase) {
        let base = match c {
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' | 'Ă' => 'A',
            'Ç' | 'Ć' | 'Č' => 'C',
            'Ď' | 'Đ' => 'D',
            'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => 'E',
            'Ğ' => 'G',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
            'Ł' => 'L',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ő' => 'O',
            'Ř' => 'R',
            'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
            'Ť' | 'Ț' => 'T',
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' | 'Ű' => 'U',
            'Ý' | 'Ÿ' => 'Y',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            other => other,
        };
        if base == ' ' || GLYPHS.iter().any(|(g, _)| *g == base) {
            out.push(Some(base));
        } else if base == 'ß' {
            out.extend([Some('S'), Some('S')]);
        } else {
            out.push(None);
        }
    }
    out
}

/// Pixels a text takes at this scale (each glyph is 5 wide plus 1 of spacing).
fn label_width(s: &str, scale: u32) -> u32 {
    (chart_chars(s).len() as u32 * 6).saturating_sub(1) * scale
}

type Canvas = image::RgbImage;

fn fill(img: &mut Canvas, x: i64, y: i64, w: i64, h: i64, colour: [u8; 3]) {
    let (iw, ih) = (i64::from(img.width()), i64::from(img.height()));
    for py in y.max(0)..(y + h).min(ih) {
        for px in x.max(0)..(x + w).min(iw) {
            img.put_pixel(px as u32, py as u32, image::Rgb(colour));
        }
    }
}

fn write(img: &mut Canvas, x: i64, y: i64, s: &str, scale: u32, colour: [u8; 3]) {
    let scale = i64::from(scale);
    for (k, c) in chart_chars(s).into_iter().enumerate() {
        let Some(c) = c else { continue };
        let Some((_, rows)) = GLYPHS.iter().find(|(g, _)| *g == c) else {
            continue;
        };
        let gx = x + k as i64 * 6 * scale;
        for (row, bits) in rows.iter().enumerate() {
            for col in 0..5 {
                if bits & (0x10 >> col) != 0 {
                    fill(
                        img,
                        gx + col * scale,
                        y + row as i64 * scale,
                        scale,
                        scale,
                        colour,
                    );
                }
            }
        }
    }
}

/// Words broken into lines of at most `max` characters.
fn break_words(s: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A triangle pointing right (`dir` 0), down (1) or left (2), with its tip at (x, y).
fn arrow_head(img: &mut Canvas, x: i64, y: i64, dir: u8, colour: [u8; 3]) {
    for d in 0..14 {
        match dir {
            0 => fill(img, x - d, y - d / 2 - 1, 1, d + 2, colour),
            1 => fill(img, x - d / 2 - 1, y - d, d + 2, 1, colour),
            _ => fill(img, x + d, y - d / 2 - 1, 1, d + 2, colour),
        }
    }
}

/// Titles are written large, or a little smaller when they would not fit.
fn title_scale(title: &str) -> u32 {
    if label_width(title, 4) <= CHART_W - 80 {
        4
    } else {
        3
    }
}

fn draw(chart: &Chart) -> Canvas {
    let mut img = Canvas::from_pixel(CHART_W, CHART_H, image::Rgb(PAPER));
    let title = match chart {
        Chart::Bars { title, .. }
        | Chart::Flow { title, .. }
        | Chart::Ring { title, .. }
        | Chart::Plan { title, .. } => title,
    };
    write(&mut img, 40, 34, title, title_scale(title), INK);
    fill(&mut img, 40, 76, 120, 5, TEAL);
    match chart {
        Chart::Bars {
            unit, bars, colour, ..
        } => draw_bars(&mut img, unit, bars, *colour),
        Chart::Flow { steps, colour, .. } => draw_flow(&mut img, steps, *colour),
        Chart::Ring { slices, .. } => draw_ring(&mut img, slices),
        Chart::Plan { months, rows, .. } => draw_plan(&mut img, months, rows),
    }
    img
}

fn draw_bars(img: &mut Canvas, unit: &str, bars: &[(&str, u32)], colour: [u8; 3]) {
    let label_w = bars
        .iter()
        .map(|(l, _)| label_width(l, 2))
        .max()
        .unwrap_or(0);
    let x0 = 40 + i64::from(label_w) + 24;
    let max_w = i64::from(CHART_W) - x0 - 130;
    let top = 120i64;
    let row = ((i64::from(CHART_H) - 50 - top) / bars.len().max(1) as i64).min(80);
    let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1);
    fill(img, x0 - 2, top - 10, 2, row * bars.len() as i64 + 10, GRID);
    for (k, (label, value)) in bars.iter().enumerate() {
        let y = top + k as i64 * row;
        let h = row * 3 / 5;
        let w = (max_w * i64::from(*value) / i64::from(max)).max(4);
        write(img, 40, y + (h - 14) / 2, label, 2, INK);
        fill(img, x0, y, w, h, colour);
        write(
            img,
            x0 + w + 12,
            y + (h - 14) / 2,
            &format!("{value}{unit}"),
            2,
            INK,
        );
    }
}

fn draw_flow(img: &mut Canvas, steps: &[&str], colour: [u8; 3]) {
    let per_row = if steps.len() > 4 {
        steps.len().div_ceil(2)
    } else {
        steps.len()
    };
    let gap = 56i64;
    let box_w = (i64::from(CHART_W) - 80 - gap * (per_row as i64 - 1)) / per_row as i64;
    let box_h = 120i64;
    let rows_y = [140i64, 340];
    let max_chars = ((box_w - 16) / 12).max(4) as usize;
    let at = |k: usize| {
        let (r, c) = (k / per_row, k % per_row);
        (40 + c as i64 * (box_w + gap), rows_y[r.min(1)])
    };
    for (k, step) in steps.iter().enumerate() {
        let (x, y) = at(k);
        fill(img, x + 5, y + 5, box_w, box_h, GRID);
        fill(img, x, y, box_w, box_h, colour);
        write(img, x + 12, y + 10, &format!("{}", k + 1), 3, WHITE);
        let lines = break_words(step, max_chars);
        let text_h = lines.len() as i64 * 20;
        for (j, line) in lines.iter().enumerate() {
            let w = i64::from(label_width(line, 2));
            write(
                img,
                x + (box_w - w) / 2,
                y + 36 + (box_h - 36 - text_h) / 2 + j as i64 * 20,
                line,
                2,
                WHITE,
            );
        }
        if k + 1 < steps.len() {
            let (nx, ny) = at(k + 1);
            if ny == y {
                fill(img, x + box_w + 6, y + box_h / 2 - 2, gap - 12, 5, INK);
                arrow_head(img, nx - 6, y + box_h / 2, 0, INK);
            } else {
                // Down from this box, back to the left, down into the first box of the next row.
                let mid = y + box_h + (ny - y - box_h) / 2;
                fill(
                    img,
                    x + box_w / 2 - 2,
                    y + box_h + 6,
                    5,
                    mid - y - box_h - 6,
                    INK,
                );
                fill(img, nx + box_w / 2 - 2, mid - 2, x - nx + 5, 5, INK);
                fill(img, nx + box_w / 2 - 2, mid, 5, ny - mid - 8, INK);
                arrow_head(img, nx + box_w / 2, ny - 6, 1, INK);
            }
        }
    }
}

fn draw_ring(img: &mut Canvas, slices: &[(&str, u32)]) {
    let total: u32 = slices.iter().map(|(_, v)| *v).sum::<u32>().max(1);
    let (cx, cy, r_out, r_in) = (250.0f64, 320.0f64, 175.0f64, 98.0f64);
    for py in 130..510u32 {
        for px in 60..440u32 {
            let (dx, dy) = (f64::from(px) + 0.5 - cx, f64::from(py) + 0.5 - cy);
            let r = (dx * dx + dy * dy).sqrt();
            if r < r_in || r > r_out {
                continue;
            }
            // Clockwise from twelve o'clock, as share charts are read.
            let angle = (dx.atan2(-dy) + std::f64::consts::TAU) % std::f64::consts::TAU;
            let share = angle / std::f64::consts::TAU * f64::from(total);
            let mut acc = 0.0;
            let mut k = 0;
            for (j, (_, v)) in slices.iter().enumerate() {
                acc += f64::from(*v);
                k = j;
                if share < acc {
                    break;
                }
            }
            img.put_pixel(px, py, image::Rgb(PALETTE[k % PALETTE.len()]));
        }
    }
    for (k, (label, value)) in slices.iter().enumerate() {
        let y = 170 + k as i64 * 58;
        fill(img, 500, y, 30, 30, PALETTE[k % PALETTE.len()]);
        let percent = (value * 100 + total / 2) / total;
        write(img, 546, y + 8, &format!("{label} {percent}%"), 2, INK);
    }
}

fn draw_plan(img: &mut Canvas, months: &[&str], rows: &[(&str, u32, u32)]) {
    let label_w = rows
        .iter()
        .map(|(l, _, _)| label_width(l, 2))
        .max()
        .unwrap_or(0);
    let x0 = 40 + i64::from(label_w) + 24;
    let col = (i64::from(CHART_W) - 40 - x0) / months.len().max(1) as i64;
    let top = 160i64;
    let row = ((i64::from(CHART_H) - 40 - top) / rows.len().max(1) as i64).min(64);
    for (k, m) in months.iter().enumerate() {
        let x = x0 + k as i64 * col;
        fill(img, x, top - 14, 1, row * rows.len() as i64 + 14, GRID);
        let w = i64::from(label_width(m, 2));
        write(img, x + (col - w) / 2, top - 44, m, 2, INK);
    }
    fill(
        img,
        x0 + months.len() as i64 * col,
        top - 14,
        1,
        row * rows.len() as i64 + 14,
        GRID,
    );
    for (k, (label, start, len)) in rows.iter().enumerate() {
        let y = top + k as i64 * row;
        let h = row * 3 / 5;
        write(img, 40, y + (h - 14) / 2, label, 2, INK);
        let colour = PALETTE[k % PALETTE.len()];
        fill(
            img,
            x0 + i64::from(*start) * col + 4,
            y,
            i64::from(*len) * col - 8,
            h,
            colour,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const LUKA: usize = 5;
    /// Languages the detector does not know: their texts read as something else.
    const UNDETECTED: [Language; 2] = [L::Sq, L::Bs];

    fn find(key: &str) -> &'static Res {
        &RESOURCES[resource_index(key).unwrap()]
    }

    /// Whether a demo person may see a resource (site staff aside).
    fn sees(person: usize, r: &Res) -> bool {
        r.visibility != ResourceVisibility::Organisation
            || r.org.is_some_and(|o| PEOPLE[person].orgs.contains(&o))
    }

    fn all_files() -> impl Iterator<Item = (&'static Res, &'static DemoFile, &'static Version)> {
        RESOURCES.iter().flat_map(|r| {
            r.files
                .iter()
                .flat_map(move |f| f.versions.iter().map(move |v| (r, f, v)))
        })
    }

    #[test]
    fn the_toolbox_is_large_varied_and_multilingual() {
        assert!(RESOURCES.len() >= 60);
        let mut keys = HashSet::new();
        let mut per_language: HashMap<Language, usize> = HashMap::new();
        for r in RESOURCES {
            assert!(keys.insert(r.key), "two resources are called {}", r.key);
            *per_language.entry(r.lang).or_default() += 1;
        }
        for lang in [
            L::En,
            L::It,
            L::Es,
            L::Pl,
            L::Tr,
            L::Sq,
            L::De,
            L::Hr,
            L::Sr,
            L::Sl,
            L::El,
            L::Pt,
        ] {
            assert!(per_language.contains_key(&lang), "nothing in {lang}");
        }
        for lang in [L::En, L::It, L::Es, L::Pl, L::Tr, L::Sq] {
            assert!(per_language[&lang] >= 5, "too little in {lang}");
        }
        let types: HashSet<_> = RESOURCES.iter().map(|r| r.rtype).collect();
        assert!(types.len() >= 8);
        let licences: HashSet<_> = RESOURCES.iter().map(|r| r.licence).collect();
        assert!(licences.len() >= 6);
        let owners: HashSet<_> = RESOURCES.iter().map(|r| r.by).collect();
        assert!(owners.len() >= 12);
        let count = |v| RESOURCES.iter().filter(|r| r.visibility == v).count();
        assert!(count(ResourceVisibility::Public) > 50);
        assert!(count(ResourceVisibility::Members) >= 2);
        assert!((1..=2).contains(&count(ResourceVisibility::Organisation)));
        assert!(RESOURCES.iter().filter(|r| r.project.is_some()).count() >= 5);
        assert!(RESOURCES
            .iter()
            .any(|r| r.project.map(|p| p.1) == Some(KA121_PL)));
        let versioned = RESOURCES
            .iter()
            .filter(|r| r.files.iter().any(|f| f.versions.len() > 1))
            .count();
        assert!(versioned >= 3);
    }

    #[test]
    fn resources_would_pass_the_form() {
        for r in RESOURCES {
            let k = r.key;
            assert!(
                !r.title.trim().is_empty() && r.title.chars().count() <= 200,
                "{k}: title"
            );
            assert!(!r.md.trim().is_empty(), "{k}: description");
            assert_ne!(r.by, LUKA, "{k}: a minor owns it");
            if let Some(o) = r.org {
                assert!(
                    PEOPLE[r.by].orgs.contains(&o),
                    "{k}: owner not in its organisation"
                );
            }
            if r.visibility == ResourceVisibility::Organisation {
                assert!(r.org.is_some(), "{k}: restricted to no organisation");
            }
            if let Some(url) = r.url {
                assert_eq!(
                    bottega_domain::validate::website(url).as_deref(),
                    Ok(url),
                    "{k}"
                );
            }
            if let Some((name, number)) = r.project {
                assert!(name.chars().count() <= 200, "{k}: project name");
                assert!(number.len() <= 40, "{k}: project number");
                assert!(number
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-'));
                assert_eq!(
                    number,
                    number.to_uppercase(),
                    "{k}: the form stores it upper-case"
                );
            }
            if let Some(level) = r.eqf {
                assert!(bottega_domain::EQF_LEVELS.contains(&level), "{k}: EQF");
            }
            if r.url.is_some() {
                assert!(
                    matches!(r.rtype, T::Link | T::Video),
                    "{k}: a link of type {}",
                    r.rtype
                );
                assert!(r.files.is_empty(), "{k}: link with files");
            } else {
                assert!(
                    (1..=2).contains(&r.files.len()),
                    "{k}: {} files",
                    r.files.len()
                );
                assert_ne!(r.rtype, T::Link, "{k}: a link without an address");
            }
            assert!(
                !r.sectors.is_empty() && !r.themes.is_empty() && !r.targets.is_empty(),
                "{k}"
            );
            for list in [
                r.sectors.len(),
                r.themes.len(),
                r.targets.len(),
                r.competences.len(),
            ] {
                assert!(list <= 12, "{k}: too many tags");
            }
        }
    }

    #[test]
    fn descriptions_read_as_their_language() {
        // Close neighbours are told apart unreliably.
        let neighbours = [L::Hr, L::Sr, L::Bs, L::Sl];
        for r in RESOURCES.iter().filter(|r| !UNDETECTED.contains(&r.lang)) {
            let plain = bottega_text::plain_text(r.md);
            if let Some(found) = bottega_text::detect_language(&plain) {
                let ok = found == r.lang
                    || (neighbours.contains(&found) && neighbours.contains(&r.lang));
                assert!(ok, "{}: written in {}, reads as {found}", r.key, r.lang);
            }
        }
    }

    #[test]
    fn files_are_what_their_names_say() {
        let dir = tempfile::tempdir().unwrap();
        for (r, f, v) in all_files() {
            assert_eq!(
                bottega_files::names::safe_file_name(f.name),
                f.name,
                "{}",
                r.key
            );
            let bytes = file_bytes(&v.body).unwrap();
            assert!(
                bytes.len() < 100 * 1024,
                "{} is {} bytes",
                f.name,
                bytes.len()
            );
            let path = dir.path().join("upload");
            std::fs::write(&path, &bytes).unwrap();
            let found = bottega_files::inspect::inspect(&path, f.name)
                .unwrap_or_else(|e| panic!("{}: {e}", f.name));
            match v.body {
                Body::Chart(_) => assert!(found.image && found.ext == "png", "{}", f.name),
                _ => {
                    assert_eq!(found.ext, extension(f.name), "{}", f.name);
                    assert_eq!(
                        found.media_type,
                        media_type(found.ext).unwrap(),
                        "{}",
                        f.name
                    );
                    assert!(!found.active && !found.image, "{}", f.name);
                }
            }
            if let Body::Chart(_) = v.body {
                assert_eq!(extension(f.name), "png", "{}", f.name);
            }
        }
    }

    #[test]
    fn pdfs_are_well_formed_and_lose_no_letter() {
        let mut seen = 0;
        for (r, f, v) in all_files() {
            let Body::Pdf(md) = v.body else { continue };
            seen += 1;
            for c in md.chars().filter(|c| *c != '\n') {
                assert!(win_ansi(c).is_some(), "{}: '{c}' cannot be shown", r.key);
            }
            let bytes = pdf_bytes(md);
            assert!(bytes.starts_with(b"%PDF-1.4\n"), "{}", f.name);
            assert!(bytes.ends_with(b"%%EOF\n"));
            let text = String::from_utf8_lossy(&bytes);
            let start: usize = text
                .rsplit("startxref\n")
                .next()
                .and_then(|t| t.lines().next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            assert!(
                bytes[start..].starts_with(b"xref\n0 "),
                "{}: startxref",
                f.name
            );
            let table = &text[text.rfind("xref\n0 ").unwrap()..];
            let entries: Vec<&str> = table
                .lines()
                .skip(2)
                .take_while(|l| l.len() == 19)
                .collect();
            assert!(entries.len() >= 6);
            for (k, entry) in entries.iter().enumerate().skip(1) {
                let offset: usize = entry[..10].parse().unwrap();
                let head = format!("{k} 0 obj\n");
                assert!(
                    bytes[offset..].starts_with(head.as_bytes()),
                    "{}: object {k}",
                    f.name
                );
            }
            // Every stream's declared length is its length.
            let marker = b"<< /Length ";
            let mut streams = 0;
            for at in 0..bytes.len() - marker.len() {
                if !bytes[at..].starts_with(marker) {
                    continue;
                }
                let rest = &bytes[at + marker.len()..];
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                let n: usize = std::str::from_utf8(&rest[..digits])
                    .unwrap()
                    .parse()
                    .unwrap();
                let body = &rest[digits..];
                assert!(body.starts_with(b" >>\nstream\n"), "{}", f.name);
                let end = &body[b" >>\nstream\n".len() + n..];
                assert!(end.starts_with(b"endstream"), "{}: stream length", f.name);
                streams += 1;
            }
            assert!(streams >= 1);
        }
        assert!(seen >= 10);
        // A long text flows onto more pages, each numbered.
        let long = format!("# Long\n\n{}", "A line of a long paragraph. ".repeat(900));
        let text = String::from_utf8_lossy(&pdf_bytes(&long)).to_string();
        let pages: usize = text
            .split("/Count ")
            .nth(1)
            .and_then(|t| t.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!(pages > 1);
        assert!(text.contains(&format!("({pages} / {pages}) Tj")));
    }

    #[test]
    fn charts_have_every_letter_they_write() {
        let mut texts: Vec<&str> = Vec::new();
        for (_, _, v) in all_files() {
            let Body::Chart(c) = v.body else { continue };
            match c {
                Chart::Bars {
                    title, unit, bars, ..
                } => {
                    texts.extend([title, unit]);
                    texts.extend(bars.iter().map(|b| b.0));
                }
                Chart::Flow { title, steps, .. } => {
                    texts.push(title);
                    texts.extend(steps.iter().copied());
                }
                Chart::Ring { title, slices } => {
                    texts.push(title);
                    texts.extend(slices.iter().map(|s| s.0));
                }
                Chart::Plan {
                    title,
                    months,
                    rows,
                } => {
                    texts.push(title);
                    texts.extend(months.iter().copied());
                    texts.extend(rows.iter().map(|r| r.0));
                }
            }
        }
        assert!(texts.len() > 40);
        for t in texts {
            assert!(
                chart_chars(t).iter().all(Option::is_some),
                "a chart cannot write {t:?}"
            );
            assert!(
                label_width(t, title_scale(t)) <= CHART_W - 80,
                "{t:?} is too wide"
            );
        }
    }

    #[test]
    fn feedback_follows_the_rules_of_the_pages() {
        let mut rated = HashSet::new();
        for (key, stars) in RATINGS {
            let r = find(key);
            for (by, n) in *stars {
                assert_ne!(*by, r.by, "{key}: rated by its owner");
                assert_ne!(*by, LUKA);
                assert!((1..=5).contains(n));
                assert!(sees(*by, r), "{key}: rated by someone who cannot see it");
                assert!(rated.insert((*key, *by)), "{key}: rated twice by {by}");
            }
        }
        assert!(rated.len() >= 120);
        for c in COMMENTS {
            let r = find(c.on);
            assert!(sees(c.by, r) && c.by != LUKA, "{}", c.on);
            let plain = bottega_text::plain_text(c.md);
            let found =
                bottega_text::detect_language(&plain).filter(|_| !UNDETECTED.contains(&c.lang));
            if let Some(found) = found {
                let neighbours = [L::Hr, L::Sr, L::Bs, L::Sl];
                assert!(
                    found == c.lang
                        || (neighbours.contains(&found) && neighbours.contains(&c.lang)),
                    "a comment on {} in {} reads as {found}",
                    c.on,
                    c.lang
                );
            }
        }
        for x in REUSES {
            let r = find(x.on);
            assert!(sees(x.by, r), "{}", x.on);
            assert!(
                r.licence.allows_adaptation() || r.rtype == T::Link,
                "{}: licence",
                x.on
            );
            if let Some(o) = x.org {
                assert!(
                    PEOPLE[x.by].orgs.contains(&o),
                    "{}: not the author's organisation",
                    x.on
                );
            }
        }
        assert!((3..=4).contains(&COLLECTIONS.len()));
        for c in COLLECTIONS {
            if let Some(o) = c.org {
                assert!(PEOPLE[c.by].orgs.contains(&o), "{}", c.title);
            }
            let mut items = HashSet::new();
            for (key, _) in c.items {
                find(key);
                assert!(items.insert(*key), "{} lists {key} twice", c.title);
            }
        }
    }

    #[tokio::test]
    async fn the_toolbox_loads_once_and_can_be_found() {
        use bottega_search::{audience, kinds, SearchIndex, SearchQuery};
        use bottega_storage::communication::Reader;

        let t = bottega_storage::testing::TestDb::sqlite().await;
        let db = &t.db;
        crate::demo::load(db).await.unwrap();
        let (users, orgs) = find_cast(db).await.unwrap().expect("the demo people");
        let store = FileStore::local(&t.data_dir().join("files")).unwrap();
        load_into(db, &store, &users, &orgs).await.unwrap();
        // A second run finds the marker and leaves everything as it is.
        load_into(db, &store, &users, &orgs).await.unwrap();

        let staff = Reader::member(users[ADMIN], true);
        let (_, total) = resources::list(db, &staff, None, None, 0, 10)
            .await
            .unwrap();
        assert_eq!(total, RESOURCES.len() as i64);
        let (_, public) = resources::list(db, &Reader::anonymous(), None, None, 0, 10)
            .await
            .unwrap();
        assert!(public < total && public > 50);

        // A resource with a second version of its budget file, both stored.
        let (mine, _) = resources::list(db, &staff, Some(users[MARTA]), None, 0, 50)
            .await
            .unwrap();
        let toolkit = mine
            .iter()
            .find(|r| r.project_number.as_deref() == Some(KA121_PL) && r.lang == "en")
            .unwrap();
        let versions = files::of_resource(db, toolkit.id).await.unwrap();
        assert_eq!(versions.len(), 3);
        assert!(versions
            .iter()
            .any(|v| v.version == 2 && v.latest && !v.note.is_empty()));
        for v in &versions {
            let bytes = store.get(&v.object_key).await.unwrap();
            assert_eq!(bytes.len() as i64, v.size);
        }
        assert!(toolkit.rating_count >= 5 && toolkit.reuse_count == 1);

        let index = std::sync::Arc::new(SearchIndex::in_ram().unwrap());
        let n = bottega_web::search_feed::rebuild(db, &index).await.unwrap();
        assert!(n >= RESOURCES.len() as u64);
        // An Italian word in another form than the text's ("convenzione").
        let found = index
            .search(&SearchQuery::new("convenzioni", [audience::PUBLIC]).kind(kinds::RESOURCE))
            .unwrap();
        assert!(found
            .hits
            .iter()
            .any(|h| h.title.starts_with("Modello di convenzione")));
        // What is kept inside an organisation is not found by the public.
        let hidden = index
            .search(&SearchQuery::new("harmonogram", [audience::PUBLIC]).kind(kinds::RESOURCE))
            .unwrap();
        assert_eq!(hidden.total, 0);
    }
}
