//! `bottega generate`: a deterministic, realistic data set written straight into the configured
//! database for benchmarks and load tests.
//!
//! Rows go in through multi-row `INSERT` statements (a few hundred rows each, well below the
//! bound-parameter limits of SQLite and PostgreSQL) inside large transactions, with ids chosen
//! here, so nothing waits for a round trip per row. Every random choice comes from the seed, so
//! the same size and seed give the same data. Markdown is rendered once per distinct body (bodies
//! come from a pool), and the one password of all generated people is hashed once.
//!
//! Afterwards the search index is rebuilt and `<data_dir>/bench-fixtures.json` tells a load test
//! what to ask for.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use bottega_storage::{Db, Engine, Tx};
use bottega_web::config::Config;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::Any;

/// The password every generated account shares.
pub const PASSWORD: &str = "bench-Passwort-2026";
/// A word in many documents of every language.
const COMMON_WORD: &str = "erasmus";
/// A word in a handful of titles only.
const RARE_WORD: &str = "kintsugi";
/// An Italian plural that never occurs in the text, whose stem (`formazion`) does, through the
/// singular `formazione`.
const STEMMED_WORD: &str = "formazioni";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Size {
    S,
    M,
    L,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// How much to generate: s (small, for tests), m (400,000 posts), l (1,000,000 posts and
    /// 1,000,000 resources).
    #[arg(long, value_enum)]
    size: Size,
    /// Seed of every random choice: the same seed gives the same data.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Add to a database that already has accounts.
    #[arg(long)]
    force: bool,
}

/// How much of everything one size holds.
#[derive(Debug, Clone, Copy)]
struct Plan {
    users: usize,
    orgs: usize,
    communities: usize,
    threads: usize,
    /// Replies, beside the first post of each thread.
    replies: usize,
    resources: usize,
    /// Resources (the first ones) that carry one file.
    with_files: usize,
    /// Distinct files stored.
    distinct_files: usize,
    bodies_per_lang: usize,
    descriptions_per_lang: usize,
    /// Length of resource descriptions in bytes (at least, at most).
    description_bytes: (usize, usize),
}

impl Plan {
    fn of(size: Size) -> Plan {
        match size {
            Size::S => Plan {
                users: 100,
                orgs: 10,
                communities: 10,
                threads: 100,
                replies: 2_000,
                resources: 200,
                with_files: 200,
                distinct_files: 20,
                bodies_per_lang: 8,
                descriptions_per_lang: 6,
                description_bytes: (300, 800),
            },
            Size::M => Plan {
                users: 10_000,
                orgs: 1_000,
                communities: 50,
                threads: 20_000,
                replies: 380_000,
                resources: 20_000,
                with_files: 20_000,
                distinct_files: 300,
                bodies_per_lang: 60,
                descriptions_per_lang: 40,
                description_bytes: (300, 900),
            },
            Size::L => Plan {
                users: 10_000,
                orgs: 1_000,
                communities: 50,
                threads: 50_000,
                replies: 950_000,
                resources: 1_000_000,
                with_files: 20_000,
                distinct_files: 300,
                bodies_per_lang: 80,
                descriptions_per_lang: 100,
                description_bytes: (1_024, 2_048),
            },
        }
    }
}

// ---- Randomness -------------------------------------------------------------------------------

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// A random number for a place (`a`, `b`, `c`) of the data set: any row's choices can be made
/// again in any order.
fn mix(seed: u64, a: u64, b: u64, c: u64) -> u64 {
    splitmix(seed ^ splitmix(a ^ splitmix(b ^ splitmix(c))))
}

/// A uniform number in [0, 1) from 53 random bits.
fn unit(x: u64) -> f64 {
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// A small sequential generator for text.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Rng {
        Rng(splitmix(seed ^ splitmix(stream)))
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        splitmix(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        unit(self.next()) < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// An index in 0..n skewed towards the start (a few very active people, big communities).
/// Callers often pass a shifted slice of a random number (`x >> 30`), whose high bits are zero:
/// mixing it again spreads it over the whole range instead of pinning it to index 0.
fn skewed(x: u64, n: usize, power: f64) -> usize {
    ((unit(splitmix(x)).powf(power) * n as f64) as usize).min(n.saturating_sub(1))
}

// ---- Word banks -------------------------------------------------------------------------------

struct Bank {
    lang: &'static str,
    country: &'static str,
    words: &'static [&'static str],
    first: &'static [&'static str],
    last: &'static [&'static str],
    /// Relative share of content in this language.
    weight: u32,
}

const BANKS: &[Bank] = &[
    Bank {
        lang: "en",
        country: "IE",
        words: &[
            "apprenticeship",
            "training",
            "teachers",
            "learners",
            "company",
            "workshop",
            "curriculum",
            "skills",
            "assessment",
            "mentor",
            "placement",
            "qualification",
            "employers",
            "school",
            "practice",
            "project",
            "funding",
            "Erasmus",
            "mobility",
            "partners",
            "digital",
            "green",
            "guidance",
            "module",
            "students",
            "trainers",
            "competence",
            "European",
            "programme",
            "experience",
            "feedback",
            "quality",
            "support",
            "network",
            "career",
            "local",
            "learning",
            "results",
            "sector",
            "plan",
        ],
        first: &[
            "Emma", "Liam", "Olivia", "Noah", "Grace", "Jack", "Aoife", "Sean",
        ],
        last: &[
            "Murphy", "Kelly", "Walsh", "Byrne", "Ryan", "Smith", "Brown", "Taylor",
        ],
        weight: 25,
    },
    Bank {
        lang: "it",
        country: "IT",
        words: &[
            "formazione",
            "apprendistato",
            "docenti",
            "studenti",
            "azienda",
            "laboratorio",
            "competenze",
            "tirocinio",
            "scuola",
            "progetto",
            "valutazione",
            "tutor",
            "qualifica",
            "lavoro",
            "imprese",
            "percorso",
            "didattica",
            "Erasmus",
            "mobilità",
            "partner",
            "digitale",
            "orientamento",
            "modulo",
            "esperienza",
            "territorio",
            "professionale",
            "artigiani",
            "bottega",
            "mestiere",
            "settore",
            "risultati",
            "europeo",
            "rete",
            "qualità",
            "sostegno",
            "giovani",
            "insegnanti",
            "pratica",
        ],
        first: &[
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Matteo",
            "Sara",
            "Paolo",
        ],
        last: &[
            "Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Greco", "Conti",
        ],
        weight: 15,
    },
    Bank {
        lang: "es",
        country: "ES",
        words: &[
            "formación",
            "aprendices",
            "profesores",
            "alumnos",
            "empresa",
            "taller",
            "competencias",
            "prácticas",
            "escuela",
            "proyecto",
            "evaluación",
            "tutor",
            "cualificación",
            "trabajo",
            "empresas",
            "itinerario",
            "didáctica",
            "Erasmus",
            "movilidad",
            "socios",
            "digital",
            "orientación",
            "módulo",
            "experiencia",
            "profesional",
            "oficio",
            "sector",
            "resultados",
            "europeo",
            "red",
            "calidad",
            "apoyo",
            "jóvenes",
            "dual",
            "centro",
            "aprendizaje",
            "práctica",
            "familia",
        ],
        first: &[
            "Javier", "Lucía", "Carlos", "María", "Pablo", "Elena", "Diego", "Carmen",
        ],
        last: &[
            "García", "Martín", "López", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz",
        ],
        weight: 12,
    },
    Bank {
        lang: "de",
        country: "DE",
        words: &[
            "Ausbildung",
            "Lehrlinge",
            "Lehrkräfte",
            "Betrieb",
            "Werkstatt",
            "Kompetenzen",
            "Praktikum",
            "Berufsschule",
            "Projekt",
            "Prüfung",
            "Ausbilder",
            "Abschluss",
            "Arbeit",
            "Unternehmen",
            "Lernende",
            "Didaktik",
            "Erasmus",
            "Mobilität",
            "Partner",
            "digital",
            "Beratung",
            "Modul",
            "Erfahrung",
            "Handwerk",
            "Kammer",
            "Beruf",
            "Ergebnisse",
            "europäisch",
            "Netzwerk",
            "Qualität",
            "Unterstützung",
            "Jugendliche",
            "dual",
            "Praxis",
            "Lernort",
            "Meister",
            "Region",
            "Zukunft",
        ],
        first: &[
            "Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Paul", "Sophie",
        ],
        last: &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
        ],
        weight: 10,
    },
    Bank {
        lang: "fr",
        country: "FR",
        words: &[
            "formation",
            "apprentissage",
            "enseignants",
            "apprenants",
            "entreprise",
            "atelier",
            "compétences",
            "stage",
            "lycée",
            "projet",
            "évaluation",
            "tuteur",
            "qualification",
            "travail",
            "entreprises",
            "parcours",
            "didactique",
            "Erasmus",
            "mobilité",
            "partenaires",
            "numérique",
            "orientation",
            "module",
            "expérience",
            "professionnel",
            "métier",
            "secteur",
            "résultats",
            "européen",
            "réseau",
            "qualité",
            "soutien",
            "jeunes",
            "alternance",
            "pratique",
            "région",
            "avenir",
        ],
        first: &[
            "Camille", "Louis", "Chloé", "Hugo", "Manon", "Jules", "Léa", "Arthur",
        ],
        last: &[
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        ],
        weight: 8,
    },
    Bank {
        lang: "pl",
        country: "PL",
        words: &[
            "kształcenie",
            "praktyki",
            "nauczyciele",
            "uczniowie",
            "firma",
            "warsztat",
            "kompetencje",
            "staż",
            "szkoła",
            "projekt",
            "ocena",
            "opiekun",
            "kwalifikacje",
            "praca",
            "przedsiębiorstwa",
            "ścieżka",
            "dydaktyka",
            "Erasmus",
            "mobilność",
            "partnerzy",
            "cyfrowe",
            "doradztwo",
            "moduł",
            "doświadczenie",
            "zawodowe",
            "zawód",
            "sektor",
            "wyniki",
            "europejski",
            "sieć",
            "jakość",
            "wsparcie",
            "młodzież",
            "dualne",
            "praktyka",
            "region",
            "przyszłość",
            "rzemiosło",
        ],
        first: &[
            "Marta",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Anna",
            "Paweł",
            "Agnieszka",
            "Jan",
        ],
        last: &[
            "Nowak",
            "Kowalski",
            "Wiśniewska",
            "Wójcik",
            "Kamiński",
            "Lewandowska",
            "Zieliński",
            "Szymańska",
        ],
        weight: 8,
    },
    Bank {
        lang: "pt",
        country: "PT",
        words: &[
            "formação",
            "aprendizes",
            "professores",
            "alunos",
            "empresa",
            "oficina",
            "competências",
            "estágio",
            "escola",
            "projeto",
            "avaliação",
            "tutor",
            "qualificação",
            "trabalho",
            "empresas",
            "percurso",
            "didática",
            "Erasmus",
            "mobilidade",
            "parceiros",
            "digital",
            "orientação",
            "módulo",
            "experiência",
            "profissional",
            "ofício",
            "setor",
            "resultados",
            "europeu",
            "rede",
            "qualidade",
            "apoio",
            "jovens",
            "prática",
            "região",
            "futuro",
            "centro",
            "ensino",
        ],
        first: &[
            "João", "Ana", "Pedro", "Beatriz", "Tiago", "Inês", "Miguel", "Rita",
        ],
        last: &[
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
        ],
        weight: 6,
    },
    Bank {
        lang: "tr",
        country: "TR",
        words: &[
            "eğitim",
            "çıraklık",
            "öğretmenler",
            "öğrenciler",
            "şirket",
            "atölye",
            "yetkinlikler",
            "staj",
            "okul",
            "proje",
            "değerlendirme",
            "rehber",
            "yeterlilik",
            "iş",
            "işletmeler",
            "mesleki",
            "öğretim",
            "Erasmus",
            "hareketlilik",
            "ortaklar",
            "dijital",
            "rehberlik",
            "modül",
            "deneyim",
            "meslek",
            "sektör",
            "sonuçlar",
            "Avrupa",
            "ağ",
            "kalite",
            "destek",
            "gençler",
            "uygulama",
            "bölge",
            "gelecek",
        ],
        first: &[
            "Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Can", "Elif",
        ],
        last: &[
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk",
        ],
        weight: 6,
    },
    Bank {
        lang: "hr",
        country: "HR",
        words: &[
            "obrazovanje",
            "naukovanje",
            "nastavnici",
            "učenici",
            "tvrtka",
            "radionica",
            "kompetencije",
            "praksa",
            "škola",
            "projekt",
            "vrednovanje",
            "mentor",
            "kvalifikacija",
            "rad",
            "poduzeća",
            "put",
            "didaktika",
            "Erasmus",
            "mobilnost",
            "partneri",
            "digitalno",
            "savjetovanje",
            "modul",
            "iskustvo",
            "strukovno",
            "zanimanje",
            "sektor",
            "rezultati",
            "europski",
            "mreža",
            "kvaliteta",
            "podrška",
            "mladi",
            "regija",
            "budućnost",
            "obrt",
            "poslodavci",
        ],
        first: &[
            "Ana", "Ivan", "Petra", "Marko", "Ivana", "Luka", "Maja", "Josip",
        ],
        last: &[
            "Kovač",
            "Horvat",
            "Babić",
            "Marić",
            "Jurić",
            "Novak",
            "Knežević",
            "Vuković",
        ],
        weight: 5,
    },
    Bank {
        lang: "sq",
        country: "AL",
        words: &[
            "arsimi",
            "formimi",
            "mësuesit",
            "nxënësit",
            "kompania",
            "punëtoria",
            "kompetencat",
            "praktika",
            "shkolla",
            "projekti",
            "vlerësimi",
            "mentori",
            "kualifikimi",
            "puna",
            "bizneset",
            "rruga",
            "didaktika",
            "Erasmus",
            "lëvizshmëria",
            "partnerët",
            "dixhitale",
            "orientimi",
            "moduli",
            "përvoja",
            "profesional",
            "zanati",
            "sektori",
            "rezultatet",
            "evropian",
            "rrjeti",
            "cilësia",
            "mbështetja",
            "të rinjtë",
            "rajoni",
            "e ardhmja",
            "mjeshtri",
        ],
        first: &[
            "Elira", "Arben", "Besa", "Dritan", "Albana", "Gent", "Blerta", "Ilir",
        ],
        last: &[
            "Hoxha", "Krasniqi", "Gashi", "Leka", "Shehu", "Berisha", "Dervishi", "Kola",
        ],
        weight: 5,
    },
];

const ITALIAN: usize = 1;

fn bank_by_weight(x: u64) -> usize {
    let total: u32 = BANKS.iter().map(|b| b.weight).sum();
    let mut r = (x % total as u64) as u32;
    for (i, b) in BANKS.iter().enumerate() {
        if r < b.weight {
            return i;
        }
        r -= b.weight;
    }
    0
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn sentence(rng: &mut Rng, bank: &Bank, words: (usize, usize), end: &str) -> String {
    let n = rng.range(words.0, words.1);
    let mut s = String::new();
    for i in 0..n {
        let w = *rng.pick(bank.words);
        if i == 0 {
            s.push_str(&capitalize(w));
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push_str(end);
    s
}

fn title(rng: &mut Rng, bank: &Bank, question: bool) -> String {
    sentence(rng, bank, (4, 8), if question { "?" } else { "" })
}

/// A Markdown text of some paragraphs, with the odd list, emphasis or link, at least `min`
/// bytes long and stopping before `max` when it can.
fn markdown(rng: &mut Rng, bank: &Bank, min: usize, max: usize) -> String {
    let mut md = String::new();
    loop {
        let mut para = String::new();
        for i in 0..rng.range(2, 4) {
            if i > 0 {
                para.push(' ');
            }
            let mut s = sentence(rng, bank, (7, 14), ".");
            if rng.chance(0.15) {
                let w = *rng.pick(bank.words);
                s = format!("{s} **{w}**.");
            }
            if rng.chance(0.05) {
                let w = *rng.pick(bank.words);
                s = format!("{s} [{w}](https://example.org/{}).", rng.below(1000));
            }
            para.push_str(&s);
        }
        if rng.chance(0.2) {
            for _ in 0..rng.range(2, 4) {
                para.push_str("\n- ");
                para.push_str(&sentence(rng, bank, (3, 6), ""));
            }
        }
        if md.len() + para.len() + 2 > max && md.len() >= min {
            break;
        }
        if !md.is_empty() {
            md.push_str("\n\n");
        }
        md.push_str(&para);
        if md.len() >= min && rng.chance(0.5) {
            break;
        }
    }
    md
}

/// Markdown and its rendering, made once and shared by many rows.
struct Body {
    md: String,
    html: String,
}

fn body_pool(seed: u64, stream: u64, per_lang: usize, len: (usize, usize)) -> Vec<Vec<Body>> {
    let people = HashMap::new();
    BANKS
        .iter()
        .enumerate()
        .map(|(b, bank)| {
            let mut rng = Rng::new(seed, stream * 1000 + b as u64);
            (0..per_lang)
                .map(|_| {
                    let md = markdown(&mut rng, bank, len.0, len.1);
                    let html = bottega_text::render(&md, &people).html;
                    Body { md, html }
                })
                .collect()
        })
        .collect()
}

// ---- Writing ----------------------------------------------------------------------------------

/// A value of one row.
enum Val<'a> {
    Int(i64),
    OptInt(Option<i64>),
    Str(&'a str),
    OptStr(Option<&'a str>),
    Text(String),
    Bool(bool),
}

type Q<'q> = Query<'q, Any, AnyArguments<'q>>;

fn bind<'q>(q: Q<'q>, v: Val<'q>) -> Q<'q> {
    match v {
        Val::Int(i) => q.bind(i),
        Val::OptInt(i) => q.bind(i),
        Val::Str(s) => q.bind(s),
        Val::OptStr(s) => q.bind(s),
        Val::Text(s) => q.bind(s),
        Val::Bool(b) => q.bind(b),
    }
}

/// Writes statements in large transactions, committing every few hundred.
struct Sink {
    db: Db,
    tx: Option<Tx>,
    statements: usize,
}

const STATEMENTS_PER_TRANSACTION: usize = 100;

impl Sink {
    async fn new(db: &Db) -> anyhow::Result<Sink> {
        Ok(Sink {
            db: db.clone(),
            tx: Some(Sink::begin(db).await?),
            statements: 0,
        })
    }

    /// A transaction meant to be long.
    async fn begin(db: &Db) -> anyhow::Result<Tx> {
        let mut tx = db.begin().await?;
        tx.bulk();
        Ok(tx)
    }

    async fn exec(&mut self, q: Q<'_>) -> anyhow::Result<()> {
        let tx = match self.tx.as_mut() {
            Some(tx) => tx,
            None => bail!("the transaction is already closed"),
        };
        q.execute(&mut **tx).await?;
        self.statements += 1;
        if self.statements >= STATEMENTS_PER_TRANSACTION {
            self.commit().await?;
            self.tx = Some(Sink::begin(&self.db).await?);
        }
        Ok(())
    }

    async fn commit(&mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.tx.take() {
            tx.commit().await?;
        }
        self.statements = 0;
        Ok(())
    }
}

/// Collects the rows of one table and inserts them a few hundred at a time.
struct Inserter<'a> {
    table: &'static str,
    columns: &'static [&'static str],
    rows_per_statement: usize,
    full_sql: String,
    buf: Vec<Val<'a>>,
    inserted: u64,
}

/// Bound values per statement: far below SQLite's 32,766 and PostgreSQL's 65,535, and small
/// enough that no statement stays long enough to be logged as slow (200 ms).
const MAX_PARAMS: usize = 4_000;

fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 1;
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..columns.len() {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&n.to_string());
            n += 1;
        }
        sql.push(')');
    }
    sql
}

impl<'a> Inserter<'a> {
    fn new(table: &'static str, columns: &'static [&'static str]) -> Inserter<'a> {
        let rows_per_statement = (MAX_PARAMS / columns.len()).min(500);
        Inserter {
            table,
            columns,
            rows_per_statement,
            full_sql: insert_sql(table, columns, rows_per_statement),
            buf: Vec::with_capacity(rows_per_statement * columns.len()),
            inserted: 0,
        }
    }

    async fn push<const N: usize>(
        &mut self,
        sink: &mut Sink,
        row: [Val<'a>; N],
    ) -> anyhow::Result<()> {
        debug_assert_eq!(N, self.columns.len());
        self.buf.extend(row);
        if self.buf.len() >= self.rows_per_statement * self.columns.len() {
            self.flush(sink).await?;
        }
        Ok(())
    }

    async fn flush(&mut self, sink: &mut Sink) -> anyhow::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let rows = self.buf.len() / self.columns.len();
        let partial;
        let sql: &str = if rows == self.rows_per_statement {
            &self.full_sql
        } else {
            partial = insert_sql(self.table, self.columns, rows);
            &partial
        };
        let mut q = sqlx::query(sql);
        for v in self.buf.drain(..) {
            q = bind(q, v);
        }
        sink.exec(q)
            .await
            .with_context(|| format!("inserting into {}", self.table))?;
        self.inserted += rows as u64;
        Ok(())
    }
}

async fn max_id(db: &Db, table: &str) -> anyhow::Result<i64> {
    Ok(
        sqlx::query_scalar::<_, i64>(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"))
            .fetch_one(db.reader())
            .await?,
    )
}

async fn count(db: &Db, table: &str) -> anyhow::Result<i64> {
    Ok(
        sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db.reader())
            .await?,
    )
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

struct Phases(Vec<(&'static str, Duration)>, Instant);

impl Phases {
    fn start() -> Phases {
        Phases(Vec::new(), Instant::now())
    }
    fn done(&mut self, name: &'static str) {
        let took = self.1.elapsed();
        println!("  {name:<22} {:>8.2} s", took.as_secs_f64());
        self.0.push((name, took));
        self.1 = Instant::now();
    }
}

/// Rows that refer to a resource, held until the resource is written.
enum Dep<'a> {
    Tag([Val<'a>; 3]),
    File(Box<([Val<'a>; 6], [Val<'a>; 13])>),
}

async fn write_deps<'a>(
    sink: &mut Sink,
    pending: &mut Vec<Dep<'a>>,
    tags: &mut Inserter<'a>,
    files: &mut Inserter<'a>,
    versions: &mut Inserter<'a>,
) -> anyhow::Result<()> {
    for d in pending.drain(..) {
        match d {
            Dep::Tag(row) => tags.push(sink, row).await?,
            Dep::File(rows) => {
                let (file, version) = *rows;
                files.push(sink, file).await?;
                // A version refers to its file: the file goes first when both are due.
                if versions.buf.len() + versions.columns.len()
                    >= versions.rows_per_statement * versions.columns.len()
                {
                    files.flush(sink).await?;
                }
                versions.push(sink, version).await?;
            }
        }
    }
    Ok(())
}

// ---- The plan of the threads ------------------------------------------------------------------

const DAY: i64 = 24 * 3600 * 1000;

struct ThreadPlan {
    id: i64,
    community: usize,
    bank: usize,
    author: i64,
    question: bool,
    replies: usize,
    created_at: i64,
    span: i64,
}

impl ThreadPlan {
    /// When the post at `position` (1 is the opening post) was written.
    fn time(&self, position: usize) -> i64 {
        let n = self.replies.max(1) as i64;
        self.created_at + self.span * (position as i64 - 1) / n + position as i64
    }

    fn author(&self, seed: u64, position: usize, users: &[i64]) -> i64 {
        if position == 1 {
            self.author
        } else {
            users[skewed(
                mix(seed, 7, self.id as u64, position as u64),
                users.len(),
                2.0,
            )]
        }
    }
}

/// Share of threads (beyond the two fixture threads) that get no reply at all: the
/// unanswered questions of the mutual-help page.
const UNANSWERED_SHARE: f64 = 0.08;

/// How many replies each thread gets: the first exactly 200, the second 2, the rest a heavy
/// tail (a few very long threads, many short ones, some without any reply) adding up to
/// `total`.
fn reply_counts(seed: u64, threads: usize, total: usize) -> Vec<usize> {
    let mut counts = vec![0usize; threads];
    if threads == 0 {
        return counts;
    }
    counts[0] = 200.min(total);
    let mut left = total - counts[0];
    if threads > 1 {
        counts[1] = 2.min(left);
        left -= counts[1];
    }
    if threads <= 2 {
        if let Some(c) = counts.last_mut() {
            *c += left;
        }
        return counts;
    }
    let weights: Vec<f64> = (2..threads)
        .map(|t| {
            if unit(mix(seed, 3, t as u64, 1)) < UNANSWERED_SHARE {
                return 0.0;
            }
            let u = unit(mix(seed, 3, t as u64, 0));
            (1.0 - u).powf(-1.0 / 1.1).min(4_000.0)
        })
        .collect();
    let sum: f64 = weights.iter().sum();
    let mut given = 0;
    for (i, w) in weights.iter().enumerate() {
        let c = (w / sum * left as f64).floor() as usize;
        counts[i + 2] = c;
        given += c;
    }
    // What rounding left over goes to threads that have replies anyway, so unanswered ones
    // stay unanswered (and to any thread when none has a weight).
    let any_weight = weights.iter().any(|w| *w > 0.0);
    let mut k = 0u64;
    while given < left {
        let t = 2 + (mix(seed, 4, k, 0) % (threads as u64 - 2)) as usize;
        k += 1;
        if any_weight && weights[t - 2] == 0.0 {
            continue;
        }
        counts[t] += 1;
        given += 1;
    }
    counts
}

// ---- The command ------------------------------------------------------------------------------

pub async fn run(config: &Config, args: Args) -> anyhow::Result<()> {
    let plan = Plan::of(args.size);
    let seed = args.seed;
    let db = crate::open_db(config).await?;
    let existing = count(&db, "users").await?;
    if existing > 0 && !args.force {
        bail!(
            "the database already has {existing} accounts: `bottega generate` adds benchmark data \
             only to an empty database. Use a fresh data folder or database, or pass --force to \
             add to this one anyway."
        );
    }
    let started = Instant::now();
    println!(
        "Generating size {:?} (seed {seed}) into {} ({})",
        args.size,
        bottega_web::config::redact_url(&config.database_url()),
        db.engine().name()
    );
    let mut phases = Phases::start();

    // Pools: the password hash, bodies, descriptions and files, each made once.
    let hash = bottega_web::passwords::hash(PASSWORD.to_string()).await?;
    let bodies = body_pool(seed, 1, plan.bodies_per_lang, (200, 900));
    let descriptions = body_pool(seed, 2, plan.descriptions_per_lang, plan.description_bytes);
    phases.done("pools (hash, render)");

    let files = if config.storage_url.trim().is_empty() {
        bottega_files::FileStore::local(&config.files_dir())?
    } else {
        bottega_files::FileStore::from_url(&config.storage_url)?
    };
    let mut stored_files = Vec::new();
    let file_count = if plan.with_files > 0 {
        plan.distinct_files
    } else {
        0
    };
    for f in 0..file_count {
        let mut rng = Rng::new(seed, 10_000 + f as u64);
        let bank = &BANKS[f % BANKS.len()];
        let (ext, media, content) = if f % 2 == 0 {
            let mut text = title(&mut rng, bank, false);
            text.push_str("\n\n");
            text.push_str(&markdown(&mut rng, bank, 200, 1500));
            text.push('\n');
            ("txt", "text/plain; charset=utf-8", text)
        } else {
            let mut csv = String::from("week,topic,hours,place\n");
            for w in 1..=rng.range(5, 30) {
                csv.push_str(&format!(
                    "{w},{},{},{}\n",
                    rng.pick(bank.words),
                    rng.range(2, 8),
                    rng.pick(&["school", "company", "workshop", "online"])
                ));
            }
            ("csv", "text/csv; charset=utf-8", csv)
        };
        let bytes = content.into_bytes();
        let size = bytes.len() as i64;
        let key = files
            .put_content("resources", ext, bytes)
            .await
            .context("storing a file")?;
        let sha = key
            .rsplit('/')
            .next()
            .and_then(|n| n.split('.').next())
            .unwrap_or_default()
            .to_string();
        let name = format!(
            "{}-{}.{ext}",
            if ext == "csv" { "timetable" } else { "notes" },
            f + 1
        );
        stored_files.push((key, sha, size, media, ext, name));
    }
    phases.done("files");

    let now = bottega_storage::now();
    let start_of_history = now - 730 * DAY;
    let base_user = max_id(&db, "users").await?;
    let base_org = max_id(&db, "organisations").await?;
    let base_community = max_id(&db, "communities").await?;
    let base_thread = max_id(&db, "threads").await?;
    let base_post = max_id(&db, "posts").await?;
    let base_resource = max_id(&db, "resources").await?;
    let base_file = max_id(&db, "resource_files").await?;
    let base_version = max_id(&db, "file_versions").await?;

    let mut sink = Sink::new(&db).await?;
    if db.engine() == Engine::Sqlite {
        if let Some(tx) = sink.tx.as_mut() {
            sqlx::query("PRAGMA cache_size = -200000")
                .execute(&mut **tx)
                .await?;
        }
    }

    // People.
    let users: Vec<i64> = (1..=plan.users as i64).map(|i| base_user + i).collect();
    let mut emails = Vec::new();
    let mut profile_id = None;
    {
        let mut ins = Inserter::new(
            "users",
            &[
                "id",
                "email",
                "email_verified_at",
                "password_hash",
                "display_name",
                "name_key",
                "country",
                "bio",
                "bio_lang",
                "site_role",
                "status",
                "is_minor",
                "visibility",
                "locale",
                "created_at",
                "updated_at",
                "password_changed_at",
                "handle",
            ],
        );
        for (i, &id) in users.iter().enumerate() {
            let b = bank_by_weight(mix(seed, 1, id as u64, 0));
            let bank = &BANKS[b];
            let x = mix(seed, 1, id as u64, 1);
            let name = format!(
                "{} {}",
                bank.first[(x % bank.first.len() as u64) as usize],
                bank.last[((x >> 16) % bank.last.len() as u64) as usize]
            );
            let n = id;
            let email = format!("member{n}@bench.example");
            if emails.len() < 500 {
                emails.push(email.clone());
            }
            let visibility = match (i, (x >> 32) % 10) {
                (0, _) => "public",
                (_, 0..=2) => "public",
                (_, 3..=8) => "members",
                _ => "private",
            };
            if visibility == "public" && profile_id.is_none() {
                profile_id = Some(id);
            }
            let created = start_of_history + (i as i64 * 700 * DAY) / plan.users as i64;
            let bio = if (x >> 40).is_multiple_of(3) {
                let mut rng = Rng::new(seed, 20_000_000 + id as u64);
                sentence(&mut rng, bank, (8, 20), ".")
            } else {
                String::new()
            };
            ins.push(
                &mut sink,
                [
                    Val::Int(id),
                    Val::Text(email),
                    Val::Int(created),
                    Val::Str(&hash),
                    Val::Text(name.clone()),
                    Val::Text(name.to_lowercase()),
                    Val::Str(bank.country),
                    if bio.is_empty() {
                        Val::Str("")
                    } else {
                        Val::Text(bio.clone())
                    },
                    Val::OptStr((!bio.is_empty()).then_some(bank.lang)),
                    Val::Str("member"),
                    Val::Str("active"),
                    Val::Bool(false),
                    Val::Str(visibility),
                    Val::Str(bank.lang),
                    Val::Int(created),
                    Val::Int(created),
                    Val::Int(created),
                    Val::Text(format!("member{n}")),
                ],
            )
            .await?;
        }
        ins.flush(&mut sink).await?;
    }
    phases.done("users");

    // Organisations and who belongs to them.
    let orgs: Vec<i64> = (1..=plan.orgs as i64).map(|i| base_org + i).collect();
    {
        const KINDS: &[(&str, &str)] = &[
            ("vet-provider", "Vocational School"),
            ("company", "Works"),
            ("craft-association", "Craft Association"),
            ("chamber", "Chamber of Crafts"),
            ("youth-organisation", "Youth Network"),
            ("ngo", "Skills Foundation"),
            ("public-body", "Regional Agency"),
        ];
        let mut ins = Inserter::new(
            "organisations",
            &[
                "id",
                "slug",
                "name",
                "name_key",
                "org_type",
                "country",
                "city",
                "website",
                "description",
                "description_lang",
                "created_by",
                "created_at",
                "updated_at",
            ],
        );
        for (i, &id) in orgs.iter().enumerate() {
            let x = mix(seed, 2, id as u64, 0);
            let bank = &BANKS[bank_by_weight(x)];
            let (kind, label) = KINDS[((x >> 8) % KINDS.len() as u64) as usize];
            let city = bank.last[((x >> 20) % bank.last.len() as u64) as usize];
            let name = format!("{city} {label} {}", i + 1);
            let mut rng = Rng::new(seed, 30_000_000 + id as u64);
            let created = start_of_history + (i as i64 * 600 * DAY) / plan.orgs.max(1) as i64;
            ins.push(
                &mut sink,
                [
                    Val::Int(id),
                    Val::Text(format!("bench-org-{id}")),
                    Val::Text(name.clone()),
                    Val::Text(name.to_lowercase()),
                    Val::Str(kind),
                    Val::Str(bank.country),
                    Val::Str(city),
                    Val::Text(format!("https://org{id}.bench.example")),
                    Val::Text(sentence(&mut rng, bank, (10, 25), ".")),
                    Val::Str(bank.lang),
                    Val::Int(users[skewed(x >> 4, users.len(), 1.0)]),
                    Val::Int(created),
                    Val::Int(created),
                ],
            )
            .await?;
        }
        ins.flush(&mut sink).await?;

        let mut ins = Inserter::new("memberships", &["org_id", "user_id", "role", "created_at"]);
        if !orgs.is_empty() {
            for (i, &user) in users.iter().enumerate() {
                let x = mix(seed, 5, user as u64, 0);
                if unit(x) >= 0.7 {
                    continue;
                }
                let first = (x >> 8) as usize % orgs.len();
                let mut mine = vec![first];
                if (x >> 40).is_multiple_of(5) && orgs.len() > 1 {
                    mine.push((first + 1 + (x >> 20) as usize % (orgs.len() - 1)) % orgs.len());
                }
                for o in mine {
                    let role = if i % 17 == 0 { "admin" } else { "member" };
                    ins.push(
                        &mut sink,
                        [
                            Val::Int(orgs[o]),
                            Val::Int(user),
                            Val::Str(role),
                            Val::Int(now - 30 * DAY),
                        ],
                    )
                    .await?;
                }
            }
        }
        ins.flush(&mut sink).await?;
    }
    phases.done("organisations");

    // The plan of every thread, so that the counters of communities and threads are known
    // before their rows are written.
    let counts = reply_counts(seed, plan.threads, plan.replies);
    let threads: Vec<ThreadPlan> = counts
        .iter()
        .enumerate()
        .map(|(t, &replies)| {
            let id = base_thread + 1 + t as i64;
            let x = mix(seed, 6, id as u64, 0);
            // The fixture threads live in the first (public) community.
            let community = if t < 2 {
                0
            } else {
                skewed(x, plan.communities, 1.6)
            };
            let bank = if t == 0 {
                ITALIAN
            } else if (x >> 10).is_multiple_of(2) {
                community % BANKS.len()
            } else {
                bank_by_weight(x >> 20)
            };
            let created_at =
                start_of_history + (unit(mix(seed, 6, id as u64, 1)) * 700.0 * DAY as f64) as i64;
            let room = now - DAY - created_at;
            let span = ((replies as i64 + 1) * 3 * 3_600_000).min(room).max(1);
            ThreadPlan {
                id,
                community,
                bank,
                author: users[skewed(x >> 30, users.len(), 1.5)],
                question: (x >> 40) % 10 < 3,
                replies,
                created_at,
                span,
            }
        })
        .collect();

    // Communities with their counters.
    let communities: Vec<i64> = (1..=plan.communities as i64)
        .map(|i| base_community + i)
        .collect();
    let mut community_slug = String::new();
    {
        const THEMES: &[&str] = &[
            "Apprenticeships in the crafts",
            "Digital skills in the workshop",
            "Green skills for construction",
            "Erasmus+ mobility stories",
            "Teachers in companies",
            "Guidance that works",
            "Hospitality and tourism training",
            "Automotive training centres",
            "Inclusion in VET",
            "Quality assurance",
        ];
        let mut stats = vec![(0i64, 0i64, None::<i64>); communities.len()];
        for t in &threads {
            let s = &mut stats[t.community];
            s.0 += 1;
            s.1 += t.replies as i64 + 1;
            let last = t.time(t.replies + 1);
            s.2 = Some(s.2.map_or(last, |l: i64| l.max(last)));
        }
        let mut ins = Inserter::new(
            "communities",
            &[
                "id",
                "slug",
                "name",
                "description",
                "description_lang",
                "visibility",
                "position",
                "thread_count",
                "post_count",
                "last_post_at",
                "created_by",
                "created_at",
            ],
        );
        for (i, &id) in communities.iter().enumerate() {
            let theme = THEMES[i % THEMES.len()];
            let name = format!("{theme} {}", i + 1);
            let slug = format!("{}-{id}", bottega_domain::slug::slugify(theme));
            if i == 0 {
                community_slug = slug.clone();
            }
            let mut rng = Rng::new(seed, 40_000_000 + id as u64);
            let visibility = if i % 10 == 9 { "members" } else { "public" };
            ins.push(
                &mut sink,
                [
                    Val::Int(id),
                    Val::Text(slug),
                    Val::Text(name),
                    Val::Text(sentence(&mut rng, &BANKS[0], (12, 24), ".")),
                    Val::Str("en"),
                    Val::Str(visibility),
                    Val::Int(100 + i as i64),
                    Val::Int(stats[i].0),
                    Val::Int(stats[i].1),
                    Val::OptInt(stats[i].2),
                    Val::Int(users[0]),
                    Val::Int(start_of_history - DAY),
                ],
            )
            .await?;
        }
        ins.flush(&mut sink).await?;
    }
    phases.done("communities");

    // Threads, then their posts.
    {
        const SECTORS: &[&str] = &[
            "construction",
            "woodwork",
            "metalwork",
            "electrical",
            "automotive",
            "ict",
            "hospitality",
            "bakery",
            "agriculture",
            "health",
            "beauty",
            "retail",
        ];
        const ORG_TYPES: &[&str] = &["vet-provider", "company", "chamber", "ngo"];
        let rare_threads = [3usize, plan.threads / 2, plan.threads.saturating_sub(1)];
        let mut ins = Inserter::new(
            "threads",
            &[
                "id",
                "community_id",
                "kind",
                "title",
                "author_id",
                "lang",
                "country",
                "sector",
                "org_type",
                "pinned",
                "locked",
                "post_seq",
                "reply_count",
                "created_at",
                "last_post_at",
                "last_post_by",
                "accepted_post_id",
            ],
        );
        // Posts get their ids in thread order below: the first post of each thread is known
        // here, and with it the id of an accepted answer.
        let mut first_post = base_post + 1;
        for (t, th) in threads.iter().enumerate() {
            let bank = &BANKS[th.bank];
            let mut rng = Rng::new(seed, 50_000_000 + th.id as u64);
            let mut name = title(&mut rng, bank, th.question);
            if t == 0 {
                name = format!("Formazione in bottega: il filo lungo ({name})");
            }
            if rare_threads.contains(&t) && t > 1 {
                name = format!("{name} {RARE_WORD}");
            }
            let x = rng.next();
            let posts = th.replies + 1;
            // About four in ten answered questions have an accepted solution.
            let accepted = (th.question && th.replies > 0 && (x >> 24) % 10 < 4)
                .then(|| first_post + 1 + ((x >> 32) % th.replies as u64) as i64);
            first_post += posts as i64;
            ins.push(
                &mut sink,
                [
                    Val::Int(th.id),
                    Val::Int(communities[th.community]),
                    Val::Str(if th.question {
                        "question"
                    } else {
                        "discussion"
                    }),
                    Val::Text(name),
                    Val::Int(th.author),
                    Val::Str(bank.lang),
                    Val::OptStr(th.question.then_some(bank.country)),
                    Val::OptStr(
                        th.question
                            .then(|| SECTORS[(x % SECTORS.len() as u64) as usize]),
                    ),
                    Val::OptStr(
                        th.question
                            .then(|| ORG_TYPES[((x >> 8) % ORG_TYPES.len() as u64) as usize]),
                    ),
                    Val::Bool(t > 1 && (x >> 16).is_multiple_of(500)),
                    Val::Bool(false),
                    Val::Int(posts as i64),
                    Val::Int(th.replies as i64),
                    Val::Int(th.created_at),
                    Val::Int(th.time(posts)),
                    Val::Int(th.author(seed, posts, &users)),
                    Val::OptInt(accepted),
                ],
            )
            .await?;
        }
        ins.flush(&mut sink).await?;
        phases.done("threads");

        let mut ins = Inserter::new(
            "posts",
            &[
                "id",
                "thread_id",
                "position",
                "author_id",
                "body_md",
                "body_html",
                "lang",
                "lang_detected",
                "votes",
                "created_at",
            ],
        );
        let mut post_id = base_post;
        let mut last_report = Instant::now();
        for th in &threads {
            for position in 1..=th.replies + 1 {
                post_id += 1;
                let x = mix(seed, 8, th.id as u64, position as u64);
                // Most replies keep the thread's language; some switch to English or another.
                let b = match x % 20 {
                    0..=16 => th.bank,
                    17 | 18 => 0,
                    _ => bank_by_weight(x >> 8),
                };
                let pool = &bodies[if position == 1 { th.bank } else { b }];
                let body = &pool[((x >> 16) % pool.len() as u64) as usize];
                let votes = match (x >> 32) % 100 {
                    0..=69 => 0,
                    70..=89 => 1,
                    90..=97 => ((x >> 40) % 5) as i64 + 2,
                    _ => ((x >> 40) % 30) as i64 + 5,
                };
                ins.push(
                    &mut sink,
                    [
                        Val::Int(post_id),
                        Val::Int(th.id),
                        Val::Int(position as i64),
                        Val::Int(th.author(seed, position, &users)),
                        Val::Str(&body.md),
                        Val::Str(&body.html),
                        Val::Str(BANKS[if position == 1 { th.bank } else { b }].lang),
                        Val::Bool(false),
                        Val::Int(votes),
                        Val::Int(th.time(position)),
                    ],
                )
                .await?;
            }
            if last_report.elapsed() > Duration::from_secs(10) {
                println!(
                    "    ... {} posts",
                    ins.inserted + (ins.buf.len() / ins.columns.len()) as u64
                );
                last_report = Instant::now();
            }
        }
        ins.flush(&mut sink).await?;
        phases.done("posts");

        // The help records of profiles are counters the storage functions keep; these rows
        // went around them, so the counters are filled from them here, in one statement.
        let Some(tx) = sink.tx.as_mut() else {
            bail!("the transaction is already closed");
        };
        bottega_storage::communication::threads::fill_help_counts(tx).await?;
        phases.done("help counters");
    }

    // Resources, their tags and files.
    let mut download_path = String::new();
    {
        const RTYPES: &[&str] = &[
            "document",
            "course-material",
            "template",
            "presentation",
            "tool",
            "project-result",
            "study",
        ];
        const LICENCES: &[&str] = &[
            "cc-by",
            "cc-by-sa",
            "cc-by-nc",
            "cc-by-nc-sa",
            "cc0",
            "all-rights-reserved",
        ];
        const SECTORS: &[&str] = &[
            "construction",
            "woodwork",
            "metalwork",
            "electrical",
            "automotive",
            "ict",
            "hospitality",
            "bakery",
            "agriculture",
            "health",
            "beauty",
            "textiles",
            "business",
            "retail",
            "logistics",
            "creative-crafts",
            "energy",
            "education",
        ];
        const THEMES: &[&str] = &[
            "labour-market",
            "didactics",
            "teacher-competences",
            "eu-funding",
            "mobility",
            "dual-learning",
            "entrepreneurship",
            "guidance",
            "informal-learning",
            "green-skills",
            "digital-skills",
            "inclusion",
        ];
        const TARGETS: &[&str] = &[
            "vet-teachers",
            "in-company-trainers",
            "mentors",
            "learners",
            "apprentices",
            "school-leaders",
            "guidance-counsellors",
            "employers",
        ];
        const COMPETENCES: &[&str] = &[
            "entrecomp-ideas",
            "entrecomp-action",
            "digcomp-information",
            "digcomp-content",
            "digcomp-safety",
            "lifecomp-social",
            "lifecomp-learning",
        ];
        let mut res = Inserter::new(
            "resources",
            &[
                "id",
                "title",
                "description_md",
                "description_html",
                "lang",
                "rtype",
                "country",
                "eqf_level",
                "licence",
                "org_id",
                "project_name",
                "visibility",
                "owner_id",
                "created_at",
                "updated_at",
            ],
        );
        let mut tags = Inserter::new("resource_tags", &["resource_id", "dimension", "code"]);
        let mut rfiles = Inserter::new(
            "resource_files",
            &[
                "id",
                "resource_id",
                "position",
                "latest_version_id",
                "version_count",
                "created_at",
            ],
        );
        let mut versions = Inserter::new(
            "file_versions",
            &[
                "id",
                "file_id",
                "version",
                "name",
                "object_key",
                "sha256",
                "size",
                "media_type",
                "ext",
                "active",
                "note",
                "uploaded_by",
                "created_at",
            ],
        );
        let mut pending: Vec<Dep> = Vec::new();
        let mut last_report = Instant::now();
        for r in 0..plan.resources {
            let id = base_resource + 1 + r as i64;
            let x = mix(seed, 9, id as u64, 0);
            let y = mix(seed, 9, id as u64, 1);
            let b = if r == 0 { ITALIAN } else { bank_by_weight(x) };
            let bank = &BANKS[b];
            let mut rng = Rng::new(seed, 60_000_000 + id as u64);
            let mut name = title(&mut rng, bank, false);
            if r == 7 || r == plan.resources / 2 + 1 {
                name = format!("{name} {RARE_WORD}");
            }
            let pool = &descriptions[b];
            let d = &pool[((x >> 8) % pool.len() as u64) as usize];
            let visibility = match (r, y % 20) {
                (0, _) => "public",
                (_, 0..=15) => "public",
                (_, 16..=18) => "members",
                _ if !orgs.is_empty() => "organisation",
                _ => "members",
            };
            let org = if visibility == "organisation" || (y >> 8).is_multiple_of(3) {
                orgs.get(((y >> 12) % orgs.len().max(1) as u64) as usize)
                    .copied()
            } else {
                None
            };
            let owner = users[skewed(y >> 20, users.len(), 2.0)];
            let created = start_of_history + (unit(y) * 720.0 * DAY as f64) as i64;
            let eqf = ((y >> 30) % 10) as i64;
            res.push(
                &mut sink,
                [
                    Val::Int(id),
                    Val::Text(name),
                    Val::Str(&d.md),
                    Val::Str(&d.html),
                    Val::Str(bank.lang),
                    Val::Str(RTYPES[((x >> 20) % RTYPES.len() as u64) as usize]),
                    Val::OptStr((!(x >> 24).is_multiple_of(4)).then_some(bank.country)),
                    Val::OptInt((2..=6).contains(&eqf).then_some(eqf)),
                    Val::Str(LICENCES[((x >> 28) % LICENCES.len() as u64) as usize]),
                    Val::OptInt(org),
                    if (x >> 34).is_multiple_of(4) {
                        Val::Text(format!("Skills Bridge {}", (x >> 36) % 200 + 1))
                    } else {
                        Val::OptStr(None)
                    },
                    Val::Str(visibility),
                    Val::Int(owner),
                    Val::Int(created),
                    Val::Int(created),
                ],
            )
            .await?;

            // Tags: the language (sometimes two), one or two sectors and themes, a target group,
            // sometimes a competence area.
            let mut rows: Vec<(&str, &str)> = vec![("language", bank.lang)];
            if (x >> 40).is_multiple_of(4) {
                rows.push(("language", "en"));
            }
            let s1 = (y >> 34) as usize % SECTORS.len();
            rows.push(("sector", SECTORS[s1]));
            if (y >> 40).is_multiple_of(3) {
                rows.push(("sector", SECTORS[(s1 + 1) % SECTORS.len()]));
            }
            let t1 = (y >> 44) as usize % THEMES.len();
            rows.push(("theme", THEMES[t1]));
            if (y >> 50).is_multiple_of(2) {
                rows.push(("theme", THEMES[(t1 + 3) % THEMES.len()]));
            }
            rows.push(("target", TARGETS[(x >> 44) as usize % TARGETS.len()]));
            if (x >> 50).is_multiple_of(3) {
                rows.push((
                    "competence",
                    COMPETENCES[(x >> 52) as usize % COMPETENCES.len()],
                ));
            }
            rows.sort_unstable();
            rows.dedup();
            for (dimension, code) in rows {
                pending.push(Dep::Tag([
                    Val::Int(id),
                    Val::Str(dimension),
                    Val::Str(code),
                ]));
            }
            if r < plan.with_files && !stored_files.is_empty() {
                let file_id = base_file + 1 + r as i64;
                let version_id = base_version + 1 + r as i64;
                let (key, sha, size, media, ext, fname) = &stored_files
                    [(mix(seed, 10, id as u64, 0) % stored_files.len() as u64) as usize];
                if r == 0 {
                    download_path = format!("/resources/{id}/download/{version_id}");
                }
                pending.push(Dep::File(Box::new((
                    [
                        Val::Int(file_id),
                        Val::Int(id),
                        Val::Int(0),
                        Val::Int(version_id),
                        Val::Int(1),
                        Val::Int(created),
                    ],
                    [
                        Val::Int(version_id),
                        Val::Int(file_id),
                        Val::Int(1),
                        Val::Str(fname),
                        Val::Str(key),
                        Val::Str(sha),
                        Val::Int(*size),
                        Val::Str(media),
                        Val::Str(ext),
                        Val::Bool(false),
                        Val::Str(""),
                        Val::Int(owner),
                        Val::Int(created),
                    ],
                ))));
            }
            // Tags and files refer to resources: they are written once their resources are.
            if res.buf.is_empty() {
                write_deps(
                    &mut sink,
                    &mut pending,
                    &mut tags,
                    &mut rfiles,
                    &mut versions,
                )
                .await?;
            }
            if last_report.elapsed() > Duration::from_secs(10) {
                println!("    ... {} resources", r + 1);
                last_report = Instant::now();
            }
        }
        res.flush(&mut sink).await?;
        write_deps(
            &mut sink,
            &mut pending,
            &mut tags,
            &mut rfiles,
            &mut versions,
        )
        .await?;
        rfiles.flush(&mut sink).await?;
        tags.flush(&mut sink).await?;
        versions.flush(&mut sink).await?;
    }
    sink.commit().await?;
    phases.done("resources");

    // Identity sequences of PostgreSQL follow the ids written here; both engines get fresh
    // statistics for their query planners.
    {
        let mut tx = Sink::begin(&db).await?;
        if db.engine() == Engine::Postgres {
            for table in [
                "users",
                "organisations",
                "communities",
                "threads",
                "posts",
                "resources",
                "resource_files",
                "file_versions",
            ] {
                sqlx::query(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     (SELECT MAX(id) FROM {table})) WHERE EXISTS (SELECT 1 FROM {table})"
                ))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("moving the id sequence of {table}"))?;
            }
        }
        bottega_storage::analyze(&mut tx).await?;
        bottega_storage::settings::set(
            &mut tx,
            bottega_web::search_feed::REBUILD_REQUESTED,
            &bottega_storage::now().to_string(),
        )
        .await?;
        tx.commit().await?;
    }
    phases.done("analyze");

    let search_dir = config.search_dir();
    match bottega_search::SearchIndex::open(&search_dir) {
        Ok(index) => {
            let index = std::sync::Arc::new(index);
            let n = bottega_web::search_feed::rebuild(&db, &index).await?;
            println!("    search index: {n} documents");
        }
        Err(bottega_search::SearchError::Locked(_)) => {
            println!(
                "    a running server holds the search index: it rebuilds its index within a second"
            );
        }
        Err(e) => bail!("cannot open the search index: {e}"),
    }
    phases.done("search index");

    let fixtures = serde_json::json!({
        "password": PASSWORD,
        "users": emails,
        "community_slug": community_slug,
        "long_thread_id": threads.first().map(|t| t.id),
        "short_thread_id": threads.get(1).map(|t| t.id),
        "resource_id": base_resource + 1,
        "download_path": download_path,
        "profile_id": profile_id,
        "common_word": COMMON_WORD,
        "rare_word": RARE_WORD,
        "stemmed_word": STEMMED_WORD,
        "facet_query": "language=it",
        // Filters of partner search: Italy is among the most frequent countries of the data
        // set, and schools the most sought partners.
        "partner_query": "type=vet-provider&country=IT",
    });
    std::fs::create_dir_all(&config.data_dir)?;
    let fixtures_path = config.data_dir.join("bench-fixtures.json");
    std::fs::write(&fixtures_path, serde_json::to_string_pretty(&fixtures)?)
        .with_context(|| format!("writing {}", fixtures_path.display()))?;

    println!("Rows:");
    for table in [
        "users",
        "organisations",
        "memberships",
        "communities",
        "threads",
        "posts",
        "resources",
        "resource_tags",
        "resource_files",
        "file_versions",
    ] {
        println!("  {table:<22} {:>10}", count(&db, table).await?);
    }
    let db_size: i64 = match db.engine() {
        Engine::Sqlite => {
            sqlx::query_scalar(
                "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            )
            .fetch_one(db.reader())
            .await?
        }
        Engine::Postgres => {
            sqlx::query_scalar("SELECT pg_database_size(current_database())")
                .fetch_one(db.reader())
                .await?
        }
    };
    println!("Database size:  {}", mb(db_size.max(0) as u64));
    println!(
        "Index size:     {} ({})",
        mb(dir_size(&search_dir)),
        search_dir.display()
    );
    println!("Fixtures:       {}", fixtures_path.display());
    println!(
        "Done in {:.1} s. Every generated account signs in with the password {PASSWORD}.",
        started.elapsed().as_secs_f64()
    );
    db.close().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_counts_add_up_with_one_thread_of_200() {
        let c = reply_counts(42, 100, 2_000);
        assert_eq!(c.iter().sum::<usize>(), 2_000);
        assert_eq!(c[0], 200);
        assert_eq!(c[1], 2);
        let c = reply_counts(42, 20_000, 380_000);
        assert_eq!(c.iter().sum::<usize>(), 380_000);
        assert!(c.iter().max().copied().unwrap_or(0) > 1_000);
        // Some threads stay without any reply (unanswered questions), most have some.
        let unanswered = c[2..].iter().filter(|&&n| n == 0).count();
        assert!((1_000..3_000).contains(&unanswered), "{unanswered}");
    }

    #[test]
    fn skew_reaches_beyond_the_first_index_for_shifted_inputs() {
        // Authors are drawn from `x >> 30`: they must not all be the first person.
        let picks: std::collections::HashSet<usize> = (0..1_000u64)
            .map(|i| skewed(mix(42, 6, i, 0) >> 30, 10_000, 1.5))
            .collect();
        assert!(picks.len() > 300, "{}", picks.len());
        assert!(picks.contains(&0) || picks.iter().any(|&p| p < 100));
    }

    #[test]
    fn statements_stay_below_the_parameter_limits() {
        let ins = Inserter::new("users", &["a"; 18]);
        assert!(ins.rows_per_statement * 18 <= 32_766);
        assert_eq!(
            insert_sql("t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
    }

    #[test]
    fn the_stemmed_word_never_occurs_but_its_singular_does() {
        let it = &BANKS[ITALIAN];
        assert_eq!(it.lang, "it");
        assert!(it.words.contains(&"formazione"));
        for b in BANKS {
            assert!(!b
                .words
                .iter()
                .any(|w| w.to_lowercase().contains(STEMMED_WORD)));
            assert!(!b.words.iter().any(|w| w.to_lowercase().contains(RARE_WORD)));
            assert!(b.words.iter().any(|w| w.to_lowercase() == COMMON_WORD));
        }
    }
}
