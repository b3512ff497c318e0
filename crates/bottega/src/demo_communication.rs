//! Demo content for the Communication section: themed communities (one of them private to an
//! organisation), multilingual discussions, mutual-help questions in every state, votes,
//! notifications, a little moderation, and two scenario workshops, one of them complete.
//!
//! It is loaded right after the people and organisations of [`crate::demo`], in its own
//! transaction, by the same people: the table [`CAST`] follows the order of the demo people and is
//! checked against the accounts before anything is written.

use std::collections::HashMap;

use anyhow::{bail, Context};
use bottega_domain::{Country, Language, OrgType, Sector};
use bottega_storage::communication::communities::{self, NewCommunity};
use bottega_storage::communication::notifications::{self, NewNotification};
use bottega_storage::communication::posts::{self, NewPost};
use bottega_storage::communication::threads::{self, NewThread};
use bottega_storage::communication::workshops::{self, Axes, NewWorkshop};
use bottega_storage::communication::{moderation, Reader};
use bottega_storage::{accounts, audit, Conn, Db, StorageError};

use Language as L;

// ---- The people, in the order of the demo accounts --------------------------------------------

const ADMIN: usize = 0;
const MARTA: usize = 1;
const GIULIA: usize = 2;
const JAVIER: usize = 3;
const ANA: usize = 4;
const LUKA: usize = 5;
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

/// Each demo person's name (their handle is made from it) and the languages they write in.
const CAST: &[(&str, &[Language])] = &[
    ("Bottega Admin", &[L::En, L::It]),
    ("Marta Nowak", &[L::Pl, L::En, L::De]),
    ("Giulia Rossi", &[L::It, L::En, L::Es]),
    ("Javier Martín", &[L::Es, L::En]),
    ("Ana Kovač", &[L::Hr, L::De, L::En]),
    ("Luka Petrović", &[L::Sr, L::En]),
    ("Elira Hoxha", &[L::Sq, L::En, L::It]),
    ("Arben Krasniqi", &[L::Sq, L::Sr, L::En]),
    ("Mehmet Yılmaz", &[L::Tr, L::En]),
    ("Katarzyna Wiśniewska", &[L::Pl, L::En]),
    ("Jelena Marković", &[L::Sr, L::En]),
    ("Pieter de Vries", &[L::Nl, L::En, L::De]),
    ("Sofia Esposito", &[L::It, L::En, L::Fr]),
    ("Aino Virtanen", &[L::Fi, L::Sv, L::En]),
    ("Edin Hadžić", &[L::Bs, L::En, L::De]),
    ("Nina Zupan", &[L::Sl, L::Hr, L::En]),
    ("Besa Gashi", &[L::Mk, L::Sq, L::En]),
    ("Dritan Leka", &[L::Sq, L::It, L::En]),
];

/// The organisation (index into the demo organisations) whose staff room is private, and the
/// demo people who are its members.
const BRIDGE_ORG: usize = 14;
#[cfg(test)]
const BRIDGE_MEMBERS: &[usize] = &[BESA, ARBEN];

// ---- Communities ------------------------------------------------------------------------------

struct DemoCommunity {
    name: &'static str,
    description: &'static str,
    visibility: &'static str,
    /// Index into the demo organisations, for a private community.
    org: Option<usize>,
}

const LABOUR: usize = 0;
const DIDACTIC: usize = 1;
const TEACHERS: usize = 2;
const FUNDING: usize = 3;
const MOBILITY: usize = 4;
const DUAL: usize = 5;
const ENTREPRENEURSHIP: usize = 6;
const GUIDANCE: usize = 7;
const INFORMAL: usize = 8;
const FIRST_JOBS: usize = 9;
const STAFF_ROOM: usize = 10;

const COMMUNITIES: &[DemoCommunity] = &[
    DemoCommunity {
        name: "Labour-market driven VET provision",
        description: "Reading what employers and the local economy need and turning it into \
            programmes, qualifications and timetables that keep pace: skills forecasts, graduate \
            tracking, advisory boards, quality indicators.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Innovative didactic models and technologies",
        description: "Project work, flipped workshops, simulators, tablets in the lab and plain \
            good ideas for teaching a trade: what worked, what did not, and why.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Competences of teachers and trainers",
        description: "How vocational teachers and in-company trainers grow: induction of \
            newcomers, periods in companies, peer learning, mentoring of colleagues.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Use of European funding",
        description: "Erasmus+, ESF+, IPA and regional funds for VET: choosing the right call, \
            building a budget and a partnership, reporting without tears.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Internationalisation and mobility",
        description: "Learner and staff mobility, twinning between schools, hosting guests, and \
            recognising what people bring back home.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Dual learning and school-business cooperation",
        description: "Apprenticeships, dual schemes and every other way schools and companies \
            share the training of young people, from learning agreements to in-company mentors.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Entrepreneurship education",
        description: "Helping learners start and run something of their own: student companies, \
            business simulations, EntreComp in practice, links with local entrepreneurs.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Guidance and insertion into the labour market",
        description: "Career guidance, job search, first contracts and the first year at work, \
            and how schools and youth organisations accompany young people into it.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "Non-formal and informal skills",
        description: "Making visible what people learned outside school, at work, in \
            volunteering or in youth organisations: portfolios, validation, badges.",
        visibility: "public",
        org: None,
    },
    DemoCommunity {
        name: "First jobs: young workers and job seekers",
        description: "A quieter room for people looking for work or starting their first job, \
            and for those who help them. Only signed-in members see it, because people talk \
            about their own situation here.",
        visibility: "members",
        org: None,
    },
    DemoCommunity {
        name: "Balkan Skills Bridge – staff room",
        description: "The team's own space for planning visits, following up partners and \
            drafting reports. Only members of Balkan Skills Bridge see it.",
        visibility: "private",
        org: Some(BRIDGE_ORG),
    },
];

// ---- Discussions and questions ----------------------------------------------------------------

/// One post: who wrote it, in which language, the Markdown, who voted for it, and optionally the
/// earlier post of the same thread it starts by quoting (0 is the opening post) with the words
/// quoted.
#[derive(Clone, Copy)]
struct Msg {
    by: usize,
    lang: Language,
    md: &'static str,
    votes: &'static [usize],
    quote: Option<(usize, &'static str)>,
}

const fn m(by: usize, lang: Language, md: &'static str) -> Msg {
    Msg {
        by,
        lang,
        md,
        votes: &[],
        quote: None,
    }
}

impl Msg {
    const fn liked(self, votes: &'static [usize]) -> Msg {
        Msg { votes, ..self }
    }
    const fn quoting(self, post: usize, words: &'static str) -> Msg {
        Msg {
            quote: Some((post, words)),
            ..self
        }
    }
}

/// Where a question comes from, as the mutual-help filters show it.
#[derive(Clone, Copy)]
struct Setting {
    country: Option<Country>,
    sector: Option<Sector>,
    org_type: Option<OrgType>,
}

const NO_SETTING: Setting = Setting {
    country: None,
    sector: None,
    org_type: None,
};

const fn setting(country: Country, sector: Sector, org_type: Option<OrgType>) -> Setting {
    Setting {
        country: Some(country),
        sector: Some(sector),
        org_type,
    }
}

struct Topic {
    /// A name for moderation and edits below to refer to.
    key: &'static str,
    community: usize,
    title: &'static str,
    setting: Setting,
    opening: Msg,
    replies: &'static [Msg],
    /// For a question: the reply accepted as its solution.
    accepted: Option<usize>,
}

const DISCUSSIONS: &[Topic] = &[
    Topic {
        key: "micro-firms",
        community: DUAL,
        title: "Apprenticeships in micro-enterprises: how do you make it work with two to five employees?",
        setting: NO_SETTING,
        opening: m(ANA, L::En, "We are a joinery with twelve people, and even we struggle to give an \
            apprentice a proper plan. Most craft firms around Varaždin have two to five employees: \
            the owner is also the salesperson, the driver and the bookkeeper.\n\n\
            What I see working so far:\n\n\
            - **one clear person** in the firm who answers the apprentice's questions, even if \
            that is the owner;\n\
            - a short list of tasks per month agreed with the school, instead of the full \
            curriculum on paper;\n\
            - a phone call with the class teacher every two weeks, not only at the end of the term.\n\n\
            What does not work: sending the school's 20-page learning agreement to a two-person \
            firm.\n\n\
            @aino-virtanen, in Finland most students learn at companies for half of their studies. \
            How do your smallest firms cope?"),
        replies: &[
            m(AINO, L::En, "Our smallest training firms have one or two people too, and the honest \
                answer is that they cope because the college carries the paperwork. The workplace \
                instructor fills in a one-page plan with us at the start, and the teacher visits \
                the firm, not the other way round.\n\n\
                Two things helped most:\n\n\
                1. a **short training for workplace instructors**: three afternoons, free of \
                charge, with a certificate at the end;\n\
                2. letting two small firms share one apprentice over the year, so that neither \
                carries the whole load.\n\n\
                The shared apprentice sounded odd to the firms at first. Now they ask for it.")
                .liked(&[ANA, JAVIER, EDIN]),
            m(JAVIER, L::En, "Exactly our experience in Aragón. We kept the legal agreement, but \
                small garages now get a one-page summary with the three or four things the \
                apprentice must learn with them this term, and we do the rest at the school. More \
                workshops took apprentices once the owners stopped seeing us as more bureaucracy.")
                .quoting(0, "What does not work: sending the school's 20-page learning agreement \
                    to a two-person firm.")
                .liked(&[ANA, KASIA]),
            m(KASIA, L::En, "In Małopolska the craft association does for small workshops what \
                Aino's college does: we visit, help with the contract and the insurance, and check \
                the apprentice's logbook. A master with three employees will not read a new \
                regulation, but will take a phone call from someone they know. Intermediaries are \
                not glamorous, but without them micro-firms drop out.")
                .liked(&[MARTA, ANA]),
            m(MEHMET, L::En, "In İzmir we have the opposite problem: small workshops are happy to \
                take young people, but as cheap help rather than as learners. We now ask every \
                workshop to name one thing the young person will be able to do alone after three \
                months. It sounds simple, and it changes the whole conversation.")
                .liked(&[AINO]),
            m(EDIN, L::En, "Sharing one apprentice between two firms is interesting for us in \
                Mostar. Who signs the contract in that case? Under our law the apprentice needs \
                one employer of record."),
            m(AINO, L::En, "@edin-hadzic the first firm signs, and the second is named as a partner \
                workplace in the training plan; the college coordinates the weeks. Your law may \
                allow something similar with a cooperation agreement between the two firms, but \
                ask your ministry before you try it.")
                .liked(&[EDIN, ANA]),
        ],
        accepted: None,
    },
    Topic {
        key: "tablets",
        community: DIDACTIC,
        title: "Tablet e app nel laboratorio di panificazione: com'è andata da noi",
        setting: NO_SETTING,
        opening: m(GIULIA, L::It, "Quest'anno abbiamo portato sei tablet nel laboratorio di \
            panificazione del secondo anno. Non per sostituire le mani in pasta, ma per tre usi \
            precisi:\n\n\
            - **schede di ricetta** con una foto per ogni fase, che gli studenti aggiornano da soli;\n\
            - brevi video girati dagli studenti stessi, per rivedere la formatura dei pani;\n\
            - un registro delle temperature e dei tempi di lievitazione, al posto dei fogli sporchi \
            di farina.\n\n\
            Il risultato più bello? Gli studenti più timidi spiegano le cose ai compagni con i loro \
            video. Il problema? Farina e vapore: due tablet su sei hanno già cambiato custodia.\n\n\
            Qualcuno ha provato qualcosa di simile in altri laboratori?"),
        replies: &[
            m(SOFIA, L::It, "Bellissimo esempio, Giulia. Nei progetti con le imprese artigiane \
                vediamo che i video degli apprendisti servono anche ai maestri: spesso è la prima \
                volta che si vedono lavorare dall'esterno. Se vi serve, abbiamo una liberatoria \
                semplice per le riprese in laboratorio, te la mando volentieri.")
                .liked(&[GIULIA, DRITAN]),
            m(DRITAN, L::It, "Da noi a Durazzo facciamo qualcosa di simile nel laboratorio di \
                elettrotecnica: gli studenti fotografano ogni quadro elettrico prima di chiuderlo e \
                poi lo commentiamo insieme. Contro la polvere usiamo custodie da cantiere, costano \
                poco e durano. Il vero limite è la connessione: il wifi della scuola non arriva in \
                laboratorio, quindi lavoriamo senza rete e sincronizziamo alla fine della lezione.")
                .liked(&[GIULIA, ELIRA]),
            m(ELIRA, L::It, "Da ex studentessa posso dire che i video aiutano molto anche quando \
                cerchi lavoro: a un colloquio ho mostrato il video del mio progetto di rete e mi \
                hanno fatto domande proprio su quello. Forse potreste lasciare agli studenti una \
                copia dei loro video alla fine del corso?")
                .liked(&[GIULIA, SOFIA, DRITAN]),
            m(JAVIER, L::Es, "Giulia, te contesto en español, que tu italiano lo entiendo mejor de \
                lo que lo escribo. En nuestro taller de automoción usamos tabletas para las fichas \
                técnicas de los fabricantes y para que los alumnos graben el diagnóstico. Un \
                consejo práctico: un soporte fijo en la pared para cada tableta. Desde que no van \
                de mano en mano, se rompen mucho menos.")
                .liked(&[GIULIA]),
        ],
        accepted: None,
    },
    Topic {
        key: "ka210-budget",
        community: FUNDING,
        title: "Erasmus+ small-scale partnership: how would you split a €60,000 lump sum?",
        setting: NO_SETTING,
        opening: m(SOFIA, L::En, "We are preparing a small-scale partnership (KA210-VET) with two \
            schools and a craft association. The **lump sum** is both a relief and a puzzle: no \
            budget lines to justify, but we still have to share the money fairly and show that the \
            activities are worth it.\n\n\
            Our first split of the €60,000 over 18 months:\n\n\
            | Part | Share |\n\
            |---|---|\n\
            | Two short staff exchanges, six people each | 35% |\n\
            | Guide for in-company trainers, in three languages | 30% |\n\
            | Coordination and online meetings | 15% |\n\
            | Local events with companies | 20% |\n\n\
            Does this look sensible to those who have run one? @besa-gashi, @pieter-de-vries, you \
            have both been through it. The draft is at \
            [example.org/ka210-draft](https://example.org/ka210-draft)."),
        replies: &[
            m(BESA, L::En, "Looks reasonable. Two remarks from our own small-scale partnership:\n\n\
                - The guide will take **more** than 30% once you count translation and layout; we \
                underestimated it badly.\n\
                - Keep a small reserve for surprises. Travel from the Western Balkans cost a third \
                more when we travelled than when we wrote the application.\n\n\
                And describe what remains when the project ends, not only what happens during it: \
                that is what the evaluators look for.")
                .liked(&[SOFIA, PIETER, DRITAN]),
            m(PIETER, L::En, "Agree with Besa. I would also keep a few per cent for evaluation: even \
                a short survey of the trainers before and after the exchanges gives you something \
                solid for the final report, and national agencies notice it. We have a \
                questionnaire you could reuse.")
                .liked(&[SOFIA, JELENA]),
            m(JAVIER, L::En, "A practical point: with a lump sum the partners must agree in writing, \
                from the start, who receives what and when. A partner of ours left in month ten, \
                and without that agreement it would have been a nightmare.")
                .liked(&[SOFIA, BESA, KASIA]),
            m(ARBEN, L::En, "For schools in Kosovo the advance payment matters more than the total: \
                we cannot pre-finance travel for six teachers. If you can, transfer a first \
                instalment to every partner as soon as the grant arrives.")
                .liked(&[SOFIA, BESA]),
            m(SOFIA, L::En, "Thank you all. New version: a reserve of 5%, a small evaluation, and a \
                first instalment of 40% to each partner. I will post the final split once the \
                application is in."),
        ],
        accepted: None,
    },
    Topic {
        key: "graduate-tracking",
        community: LABOUR,
        title: "Graduate tracking for EQAVET indicators 5 and 6: surveys, registers or both?",
        setting: NO_SETTING,
        opening: m(JELENA, L::En, "In Montenegro we publish every year how many VET graduates \
            found work, but the figures come from a school survey with low response rates, \
            especially in the trades. EQAVET asks about the **placement rate** (indicator 5) and \
            the **use of acquired skills at the workplace** (indicator 6), and I doubt our survey \
            says much about the second.\n\n\
            We are now discussing a link with the tax and social insurance registers. Questions \
            for those who have done it:\n\n\
            - How did you handle data protection and consent?\n\
            - Do you still survey graduates, and what do you ask them?\n\
            - How do schools get their own figures back in a form they can use?"),
        replies: &[
            m(PIETER, L::En, "In the Netherlands register data covers the placement side well: you \
                see who works, in which sector and roughly at what wage, without asking anyone. It \
                says nothing about whether people use what they learned. So there is still a short \
                survey about a year after graduation, focused on that: *Do you work in the field \
                you trained for? Which skills do you use every day? What was missing?*\n\n\
                The register link needed a basis in law rather than consent; consent alone gave \
                biased samples.")
                .liked(&[JELENA, AINO, ARBEN]),
            m(AINO, L::En, "Here schools get their figures back as a one-page dashboard per \
                programme, and that is what teachers actually read. A tip: show the number of \
                graduates behind each percentage. Forty per cent of five people means nothing, and \
                teachers know it.")
                .liked(&[JELENA, PIETER]),
            m(ARBEN, L::En, "There is no register link in Kosovo yet. Our school phones graduates \
                six months after they leave, and students of the final year make the calls as part \
                of their communication module. The response rate went from about 30% to over 70%.")
                .liked(&[JELENA, NINA, BESA]),
            m(NINA, L::En, "Arben, that is a lovely idea: the students learn something and you get \
                your data. Do they follow a fixed script?"),
            m(ARBEN, L::En, "Yes, eight questions, and they practise on each other first. \
                @nina-zupan I can send you the script in English if you want to try it in Celje.")
                .liked(&[NINA]),
            m(JELENA, L::En, "Very helpful, thank you. We will propose the register link for \
                indicator 5 and a short survey for indicator 6, with phone calls by students as a \
                pilot in two schools."),
        ],
        accepted: None,
    },
    Topic {
        key: "dual-balkans",
        community: DUAL,
        title: "Dualno obrazovanje na Zapadnom Balkanu: šta se zaista promenilo u poslednjih pet godina?",
        setting: NO_SETTING,
        opening: m(JELENA, L::Sr, "Zakoni o dualnom obrazovanju doneti su u više zemalja regiona, \
            ali me zanima kako to izgleda u praksi, u školi i u firmi. Kod nas u Crnoj Gori najveći \
            problem je to što male firme retko ulaze u sistem, a velike primaju učenike samo iz \
            nekoliko profila.\n\n\
            Zanima me vaše iskustvo:\n\n\
            - Ko kod vas pronalazi poslodavce: škola, komora ili sami učenici?\n\
            - Da li učenici dobijaju naknadu i ko je plaća?\n\
            - Šta biste promenili da možete?\n\n\
            @edin-hadzic, @ana-kovac, posebno me zanima kako je u BiH i u Hrvatskoj."),
        replies: &[
            m(EDIN, L::Bs, "U Mostaru poslodavce uglavnom pronalazi škola, i to preko ličnih \
                poznanstava nastavnika. To funkcioniše dok je nastavnik tu; kad ode u penziju, \
                firma često prestane primati učenike. Naknadu plaća samo nekoliko većih firmi.\n\n\
                Promijenio bih jednu stvar: da svaka škola ima osobu plaćenu samo za saradnju s \
                firmama, a ne nastavnika koji to radi poslije časova.")
                .liked(&[JELENA, ANA, ARBEN]),
            m(ANA, L::Hr, "Potpuno isto kod nas. U našoj stolariji učenike primamo već dvadeset \
                godina, ali zato što je moj otac poznavao ravnatelja. U Hrvatskoj je dio posla \
                preuzela obrtnička komora, koja vodi popis verificiranih radionica i pomaže oko \
                ugovora, i to je velika pomoć malim obrtima. Nagradu učenicima plaćamo sami.")
                .quoting(1, "To funkcioniše dok je nastavnik tu; kad ode u penziju, firma često \
                    prestane primati učenike.")
                .liked(&[EDIN, JELENA]),
            m(ARBEN, L::Sr, "Na Kosovu je slično kao u Mostaru: sve zavisi od škole. Preko \
                sindikata smo pokušali da nastavnici dobiju sate za posete firmama, ali za sada to \
                važi samo u dve pilot-škole. Ja bih promenio jedno: da se ono što učenik uradi u \
                firmi stvarno računa u završnu ocenu.")
                .liked(&[JELENA]),
            m(NINA, L::Sl, "Oprostite, odgovorila bom v slovenščini. Pri nas imamo vajeništvo od \
                šolskega leta 2017/18, vendar se zanj še vedno odloči malo dijakov. Pomagalo je to, \
                da ima obrtna zbornica svetovalce, ki obiščejo podjetje in mu pomagajo do \
                verifikacije učnega mesta. Brez tega bi mala podjetja težko začela.")
                .liked(&[ANA, EDIN]),
            m(JELENA, L::Sr, "Hvala svima. Vidim zajednički obrazac: tamo gde postoji posrednik, \
                komora ili savetnik, male firme ulaze u sistem. Predložiću da naš novi akcioni plan \
                predvidi upravo to."),
        ],
        accepted: None,
    },
    Topic {
        key: "celje-visit",
        community: STAFF_ROOM,
        title: "Twinning visit to Celje in April: who goes and what we still need",
        setting: NO_SETTING,
        opening: m(BESA, L::En, "Draft plan for the visit to Šolski center Savinja, 14 to 17 \
            April:\n\n\
            - **Participants:** two teachers from Durrës, two from Prishtinë, one from Mostar, and me.\n\
            - **Still missing:** signed invitation letters for the school directors, a programme \
            for the third day, and the group insurance.\n\
            - **Budget:** travel and stay are in the twinning grant; daily allowances still to be \
            confirmed by the donor.\n\n\
            @arben-krasniqi, can you confirm the two names from Prishtinë by Friday? Please keep \
            this internal until the school in Celje has agreed the programme."),
        replies: &[
            m(ARBEN, L::En, "The two names are Valbona and Gëzim, both teach electrical \
                installations. Their director wants the invitation on the host school's letterhead, \
                signed, before she lets them go for four days."),
            m(BESA, L::En, "Thanks. I asked Nina at Savinja for the letters. She offers a \
                hairdressing workshop on day three, which suits our group less, so I proposed a \
                visit to one of the companies they train with instead."),
            m(ARBEN, L::Sq, "Mirë. Për sigurimin mund të veprojmë si herën e kaluar, me një \
                sigurim udhëtimi për të gjithë grupin. Unë e paguaj paraprakisht dhe shpenzimi \
                mbulohet më pas nga granti.")
                .liked(&[BESA]),
        ],
        accepted: None,
    },
    Topic {
        key: "interim-report",
        community: STAFF_ROOM,
        title: "Raporti i ndërmjetëm për donatorin: afati 15 maj",
        setting: NO_SETTING,
        opening: m(BESA, L::Sq, "Raportin e ndërmjetëm duhet ta dorëzojmë deri më 15 maj. Kam \
            përgatitur strukturën:\n\n\
            1. aktivitetet e zhvilluara deri tani (vizitat, takimet online, trajnimet);\n\
            2. numri i pjesëmarrësve sipas vendit dhe gjinisë;\n\
            3. vështirësitë dhe si i zgjidhëm;\n\
            4. plani për gjashtë muajt e ardhshëm.\n\n\
            @arben-krasniqi, të lutem më dërgo deri në fund të prillit listat e pjesëmarrjes nga \
            Prishtina dhe dy a tri foto nga trajnimi i mësuesve."),
        replies: &[
            m(ARBEN, L::Sq, "Në rregull. Listat i kam të skanuara. Fotot po i zgjedh me kujdes, \
                sepse në disa prej tyre ka nxënës dhe për ta duhet pëlqimi i prindërve; do të \
                dërgoj vetëm ato me mësues.")
                .liked(&[BESA]),
            m(BESA, L::Sq, "Shumë mirë, faleminderit. Te vështirësitë do të shkruaj për vonesën e \
                pagesës së dytë. Nëse ke diçka për të shtuar nga ana e shkollave, shkruaje këtu."),
            m(BESA, L::Mk, "За евиденција, ова е македонската верзија на поканата што ја праќаме \
                до училиштата во Скопје и Тетово:\n\n\
                *Ве покануваме на дводневна обука за ментори во компании, која ќе се одржи во \
                Скопје на 20 и 21 мај. Обуката е бесплатна, а патните трошоци ги покрива \
                проектот.*"),
        ],
        accepted: None,
    },
    Topic {
        key: "new-teachers",
        community: TEACHERS,
        title: "Mentoring new VET teachers who come straight from industry",
        setting: NO_SETTING,
        opening: m(AINO, L::En, "Every year we hire a few skilled professionals as teachers: \
            nurses, electricians, ICT specialists. They know their trade far better than the \
            curriculum does, and most of them have never planned a lesson or assessed anyone.\n\n\
            Our mentoring in their first year:\n\n\
            - a **named mentor** from the same field, with two hours a week for it in the \
            timetable;\n\
            - visits to each other's lessons, both ways, at least once a month;\n\
            - a shared folder of lesson plans they may adapt, so that nobody starts from a blank \
            page.\n\n\
            The hardest part is assessment: people from industry either pass everyone or nobody. \
            How do others prepare them for it? @pieter-de-vries, I think your research touched on \
            this?"),
        replies: &[
            m(PIETER, L::En, "It did. Newcomers from industry judge learners against the standard \
                of an experienced colleague, because it is the only standard they know. What helped \
                in the schools we followed was **grading together**: the mentor and the new teacher \
                assess the same three pieces of work separately, then compare. After three or four \
                rounds their judgements converge. Cheap and effective.")
                .liked(&[AINO, EDIN, GIULIA, NINA]),
            m(EDIN, L::En, "In Bosnia and Herzegovina teachers from industry must get a \
                pedagogical qualification within a few years, but the school system has no mentors \
                at all; colleagues help informally. Aino, how do you choose the mentors, and are \
                the two hours paid?"),
            m(AINO, L::En, "@edin-hadzic they volunteer, and the two hours count as working time. \
                We look for people who like to explain, not necessarily the most senior: some of \
                our best mentors have taught for five years.")
                .liked(&[EDIN]),
            m(GIULIA, L::En, "Same situation in Italy with the teachers of practical subjects. I \
                would add one thing to Aino's list: let the newcomer teach a short unit about the \
                last thing they did in industry. It gives them confidence, and students love \
                stories from real work.")
                .liked(&[AINO, NINA, SOFIA]),
            m(NINA, L::En, "Honestly, our newcomers find discipline harder than assessment. A salon \
                has clients; a classroom has twenty sixteen-year-olds. For the first months we \
                pair them with a teacher of general subjects, not only with one of their trade.")
                .liked(&[AINO]),
            m(AINO, L::Fi, "Suomalaisille kollegoille lyhyesti: tässä keskustelussa on hyviä \
                ideoita uusien opettajien perehdyttämiseen. Erityisesti yhteinen arviointi, jossa \
                mentori ja uusi opettaja arvioivat samat työt erikseen ja vertailevat sitten \
                tuloksia, sopisi hyvin myös meidän ammattiopistoihimme."),
        ],
        accepted: None,
    },
    Topic {
        key: "mini-company",
        community: ENTREPRENEURSHIP,
        title: "Meslek lisesi öğrencileriyle mini şirket deneyimi",
        setting: NO_SETTING,
        opening: m(MEHMET, L::Tr, "Derneğimizde bu yıl tekstil bölümünden on iki öğrenciyle bir \
            **mini şirket** kurduk. Öğrenciler geri dönüştürülmüş kumaşlardan çanta tasarlıyor, \
            üretiyor ve hafta sonu pazarında satıyor.\n\n\
            Şimdiye kadar öğrendiklerimiz:\n\n\
            - Fiyat belirlemek dikişten daha zor geldi; maliyetleri ilk kez kendileri hesapladılar.\n\
            - Satışta en başarılı olanlar, sınıfta en sessiz öğrencilerdi.\n\
            - Usta zanaatkârlarla yapılan haftalık görüşmeler çok işe yaradı.\n\n\
            Başka ülkelerde benzer projeler yürütenler var mı? Öğrencilerin girişimcilik \
            becerilerini nasıl değerlendiriyorsunuz?"),
        replies: &[
            m(GIULIA, L::En, "Mehmet, I read your post with a translator, so forgive me for \
                answering in English. Our bakery students run a small shop on the school's open \
                days, and pricing was the hardest part for them too! We now ask them to keep a \
                short diary of decisions: what they decided, why, and what happened next. It is a \
                simple way to see what they learned.")
                .liked(&[MEHMET, SOFIA]),
            m(SOFIA, L::En, "For assessment, have a look at EntreComp. We use a reduced grid with \
                five of the fifteen competences (spotting opportunities, valuing ideas, mobilising \
                resources, working with others, learning through experience), and students rate \
                themselves at the start and at the end; the teacher adds a short comment. More than \
                that is too much for one school year.")
                .liked(&[MEHMET, ARBEN, GIULIA]),
            m(MEHMET, L::Tr, "@giulia-rossi, @sofia-esposito, çok teşekkürler! Karar günlüğü \
                fikrini hemen deneyeceğiz. EntreComp tablosunu da Türkçeye çevirip öğrencilerle \
                birlikte kullanacağız; sonuçları burada paylaşırım."),
        ],
        accepted: None,
    },
    Topic {
        key: "journeyman-exam",
        community: INFORMAL,
        title: "Egzamin czeladniczy dla dorosłych bez szkoły zawodowej – jak to wygląda u was?",
        setting: NO_SETTING,
        opening: m(KASIA, L::Pl, "Coraz częściej zgłaszają się do nas dorośli, którzy od lat \
            pracują w zakładach rzemieślniczych, ale nigdy nie skończyli szkoły zawodowej. Chcą \
            zdobyć **dyplom czeladnika**, bo bez niego nie mogą szkolić uczniów ani awansować.\n\n\
            Mogą przystąpić do egzaminu, jeśli udokumentują odpowiednio długi staż pracy w \
            zawodzie. Kłopot w tym, że część tej pracy była wykonywana bez umowy i nie ma na nią \
            żadnych papierów.\n\n\
            Jak to rozwiązujecie w innych krajach? Czy uznajecie doświadczenie potwierdzone na \
            przykład przez pracodawcę albo próbkę pracy?"),
        replies: &[
            m(MARTA, L::Pl, "W naszym stowarzyszeniu zaczęliśmy przyjmować pisemne oświadczenia \
                mistrzów, u których dana osoba pracowała, razem ze zdjęciami wykonanych prac. \
                Komisja traktuje to jako dodatkowy dowód, a nie zamiast egzaminu. Egzamin \
                praktyczny i tak pokaże, co ktoś naprawdę umie.")
                .liked(&[KASIA, ANA]),
            m(ANA, L::De, "Ich antworte auf Deutsch, das verstehen hier einige. In Kroatien gibt es \
                Verfahren zur Anerkennung von Vorkenntnissen: Man legt eine praktische Prüfung ab, \
                und die Berufserfahrung wird mit einer Mappe nachgewiesen. In unserer Tischlerei \
                haben zwei Gesellen so ihren Abschluss bekommen. Entscheidend war, dass ihnen \
                jemand bei der Mappe geholfen hat.")
                .liked(&[KASIA, MARTA, PIETER]),
            m(PIETER, L::En, "In the Netherlands this is the EVC procedure, the recognition of \
                acquired competences: a portfolio plus an assessment at the workplace, ending in a \
                certificate that schools take into account. The main lesson from research: people \
                without papers need a **guide** through the portfolio, otherwise they give up. \
                Validation fails more often on paperwork than on skills.")
                .liked(&[KASIA, ANA, MARTA]),
            m(KASIA, L::Pl, "Dziękuję! Wszystkie odpowiedzi mówią właściwie to samo: potrzebna jest \
                osoba, która przeprowadzi kandydata przez dokumenty. Zaproponuję zarządowi, żeby w \
                stowarzyszeniu zajmowała się tym jedna osoba."),
        ],
        accepted: None,
    },
    Topic {
        key: "vr-simulators",
        community: DIDACTIC,
        title: "Simuladores de realidad virtual en el taller de automoción: ¿merecen la pena?",
        setting: NO_SETTING,
        opening: m(JAVIER, L::Es, "Nos ofrecen un simulador de realidad virtual para practicar el \
            diagnóstico de vehículos eléctricos y la pintura. El precio no es pequeño y tengo \
            dudas: los alumnos se lo pasan en grande con las gafas, pero no tengo claro que \
            aprendan más que en el taller de verdad.\n\n\
            Lo que me parece útil:\n\n\
            - practicar **trabajos en alta tensión** sin riesgo antes de tocar un coche real;\n\
            - repetir la pintura sin gastar material.\n\n\
            Lo que me preocupa: el mantenimiento, las licencias anuales y que acabe olvidado en un \
            armario. ¿Alguien lo ha usado durante más de un curso?"),
        replies: &[
            m(GIULIA, L::Es, "No es mi sector, pero hace tres años la escuela compró un simulador \
                de soldadura para mecánica. Se usó mucho el primer año y muy poco después, cuando \
                el profesor que lo había pedido se trasladó. Mi consejo: antes de comprarlo, que \
                dos o tres profesores preparen juntos las actividades, para que no dependa de una \
                sola persona.")
                .liked(&[JAVIER, SOFIA]),
            m(DRITAN, L::En, "We use a free simulator for electrical circuits, not VR, and for \
                high-voltage safety it is really valuable: students make their mistakes on the \
                screen first. For painting I would ask the supplier for figures on material \
                savings; some schools say it pays for itself in two or three years.")
                .liked(&[JAVIER]),
            m(MEHMET, L::En, "Our textile workshop tried VR to plan a sewing line. Students found \
                it fun but tiring: twenty minutes was the limit. Plan short sessions, and something \
                for the rest of the group to do while they wait.")
                .liked(&[JAVIER, GIULIA]),
            m(JAVIER, L::Es, "Gracias a todos, y a @giulia-rossi por el consejo. Vamos a pedir al proveedor una \
                prueba de tres meses con un solo grupo, preparada por tres profesores, y mediremos \
                cuánta pintura se ahorra y cuánto tiempo usan de verdad el simulador los alumnos. \
                Cuando termine la prueba os contaré cómo ha ido."),
        ],
        accepted: None,
    },
    Topic {
        key: "mobility-checklist",
        community: MOBILITY,
        title: "Read first: a checklist for learner mobility, with useful links",
        setting: NO_SETTING,
        opening: m(SOFIA, L::En, "The same questions come back here every few weeks, so this is \
            the checklist we use before sending learners abroad. Please add what is missing.\n\n\
            **Before**\n\n\
            - a learning agreement signed by the school, the host company and the learner (and the \
            parents of minors);\n\
            - insurance for health, accidents and third-party liability, checked for the whole \
            stay;\n\
            - a named contact person at the host company and another at the host school or \
            intermediary;\n\
            - some preparation in the language and culture, even a few hours.\n\n\
            **During**\n\n\
            - contact with the learner every week, on a fixed day;\n\
            - a plan for when something goes wrong, known to everybody.\n\n\
            **After**\n\n\
            - Europass Mobility or another record of the learning outcomes;\n\
            - recognition of the period in the learner's programme, agreed beforehand.\n\n\
            Templates in several languages: \
            [example.org/mobility-templates](https://example.org/mobility-templates). \
            @nina-zupan, could you add your tips as a host school?"),
        replies: &[
            m(NINA, L::En, "Gladly. As a host school we ask for three things: the learner's CV, a \
                short video call before arrival, and a list of what the learner has already \
                practised. It saves the first week of guessing.")
                .liked(&[SOFIA, EDIN, GIULIA]),
            m(EDIN, L::En, "One addition for guests from the Western Balkans: find out early \
                whether the learner must register their address in the host town, and who does \
                it. For longer stays some countries ask for it, and host families often don't \
                know.")
                .liked(&[SOFIA, BESA]),
            m(MARTA, L::En, "I have pinned this thread so that newcomers find it first. Thank \
                you for the checklist and the additions, and keep adding what you learn from \
                your own exchanges."),
        ],
        accepted: None,
    },
    Topic {
        key: "hairdressing-exchange",
        community: MOBILITY,
        title: "Izmenjava učiteljev frizerstva: izkušnje s partnerji iz Mostarja",
        setting: NO_SETTING,
        opening: m(NINA, L::Sl, "Lani jeseni sta pri nas en teden gostovali dve učiteljici iz \
            Mostarja, letos spomladi gremo mi k njim. Nekaj opažanj, ki bi lahko koristila tudi \
            drugim:\n\n\
            - **Skupni praktični pouk** je bil najboljši del: dijaki so delali v mešanih skupinah, \
            gostji pa sta pokazali drugačne tehnike striženja.\n\
            - Jezik ni bil ovira, sporazumeli smo se v mešanici slovenščine, hrvaščine in \
            bosanščine.\n\
            - Premalo časa smo namenili načrtovanju; naslednjič bomo program pripravili skupaj \
            vsaj mesec dni prej.\n\n\
            Je še kdo izvedel podobno izmenjavo v poklicih z veliko ročnega dela?"),
        replies: &[
            m(EDIN, L::Bs, "Nina, naše kolegice su se vratile oduševljene, posebno opremom u vašem \
                salonu. Za proljeće pripremamo program zajedno sa stolarskim odjeljenjem, pa vam \
                možemo pokazati i kako radimo s lokalnim zanatlijama. Javim se do kraja mjeseca.")
                .liked(&[NINA]),
            m(NINA, L::Sl, "Odlično, Edin. Predlagam, da prvi dan namenimo obisku salonov, s \
                katerimi sodelujete, drugi in tretji dan pa skupnemu pouku."),
            m(ANA, L::Hr, "Zanimljivo iskustvo! Nešto slično napravili smo sa stolarskom školom iz \
                Mostara prije dvije godine, i učenici su najviše naučili upravo u mješovitim \
                grupama. Ako vam za posjet u Hrvatskoj zatreba radionica, javite se.")
                .liked(&[NINA, EDIN]),
        ],
        accepted: None,
    },
    Topic {
        key: "partner-search",
        community: FUNDING,
        title: "Partner search: cooperation partnership on green skills for electricians (closed)",
        setting: NO_SETTING,
        opening: m(DRITAN, L::En, "Our school in Durrës is building a consortium for a \
            **cooperation partnership (KA220-VET)** on green skills for electrical installers: \
            solar systems, heat pumps and energy audits of small buildings. As a school in \
            Albania we cannot apply as coordinator, so we are looking for:\n\n\
            - a VET school in the EU with experience in renewable energy, willing to coordinate;\n\
            - a company or an association of installers;\n\
            - possibly a university for the evaluation.\n\n\
            Expressions of interest by the end of February, here or by message."),
        replies: &[
            m(KASIA, L::En, "Our association counts about forty electrical installers among its \
                members, and we would be interested as the company side. I will send you our \
                details by message.")
                .liked(&[DRITAN]),
            m(PIETER, L::En, "Hogeschool Noordkust could take the evaluation. We had a similar role \
                in a project on energy skills for plumbers and are happy to share what we measured.")
                .liked(&[DRITAN, KASIA]),
            m(DRITAN, L::En, "Thank you both! A school in the EU has agreed to coordinate, and with \
                Katarzyna's association and Pieter's team the consortium is complete. I will post a \
                short summary when we know the result.")
                .liked(&[KASIA, PIETER]),
            m(MARTA, L::En, "Locking this thread now that the partner search is over. Good luck \
                with the application, Dritan!"),
        ],
        accepted: None,
    },
    Topic {
        key: "first-year",
        community: GUIDANCE,
        title: "Mentoring ex-students in their first year at work: what do mentors actually do?",
        setting: NO_SETTING,
        opening: m(MEHMET, L::En, "Our youth organisation pairs graduates of vocational schools \
            with a volunteer mentor for their first year at work, and the pairs meet once a month. \
            We have enthusiastic mentors, but no clear idea of what they should do in those \
            meetings beyond listening and encouraging.\n\n\
            What do your mentors discuss with young workers? Do you give them a structure, or is \
            it better left free?"),
        replies: &[
            m(ELIRA, L::En, "I am one of those young people: I am looking for my first job as a \
                network technician. What I would like from a mentor is someone who reads my CV \
                honestly, tells me what a first contract should contain, and practises an \
                interview with me. Encouragement is nice, practical help is better.")
                .liked(&[MEHMET, AINO, GIULIA]),
            m(AINO, L::En, "We give our mentors a loose plan for the year: first expectations and \
                the contract, then the workplace and colleagues, then skills and next steps. Every \
                meeting ends with one small action for the young person. The plan is there so that \
                mentors feel safe, not to be followed to the letter.")
                .liked(&[MEHMET, ELIRA]),
            m(DRITAN, L::En, "Practical help, yes! For example, one of my former students, Ardit \
                Hoxhaj, finished last year and is still looking for work as an electrician. His \
                phone number is +355 69 000 1122, call him if you have anything in Durrës or \
                Tirana."),
            m(MEHMET, L::En, "Thank you, Elira and Aino. We will try the three stages and ask each \
                pair to agree on one action per meeting. Elira, would you tell our mentors at their \
                next training what you expect from them?")
                .liked(&[ELIRA]),
        ],
        accepted: None,
    },
    Topic {
        key: "trainers-research",
        community: TEACHERS,
        title: "Onderzoek naar praktijkopleiders in kleine bedrijven: wie doet mee?",
        setting: NO_SETTING,
        opening: m(PIETER, L::Nl, "Voor een onderzoek naar **praktijkopleiders in kleine \
            bedrijven** zoeken we scholen en bedrijven die mee willen doen aan interviews. We \
            willen begrijpen hoe vakmensen in bedrijven met minder dan tien medewerkers hun \
            leerlingen begeleiden, wat ze daarvoor nodig hebben en waar ze tegenaan lopen.\n\n\
            Wat het vraagt: een gesprek van een uur, online of op locatie, in het Nederlands, het \
            Engels of het Duits. Wat het oplevert: een korte rapportage per land en een workshop \
            over de resultaten.\n\n\
            Reageren mag ook in het Engels of het Duits."),
        replies: &[
            m(MARTA, L::De, "Gerne! Aus unserem Handwerksverband in Krakau könnten drei \
                Meisterbetriebe mitmachen, am besten auf Deutsch oder Englisch. Ich frage sie \
                nächste Woche und melde mich dann bei Ihnen.")
                .liked(&[PIETER]),
            m(EDIN, L::De, "Auch unsere Partnerbetriebe in Mostar wären für Sie interessant: kleine \
                Tischlereien mit drei bis acht Mitarbeitern. Zwei der Meister sprechen gut Deutsch, \
                weil sie lange in Österreich gearbeitet haben.")
                .liked(&[PIETER, ANA]),
            m(AINO, L::En, "Sorry for writing in English: two of our workplace instructors in small \
                care homes in Oulu would take part. Do care homes count as small companies for \
                your study?"),
            m(PIETER, L::En, "@aino-virtanen yes, small care homes are very welcome: they are a \
                good contrast with the crafts. Thank you all, I will send the consent forms this \
                week.")
                .liked(&[AINO]),
        ],
        accepted: None,
    },
    Topic {
        key: "interviews",
        community: FIRST_JOBS,
        title: "Six job interviews in two months: what I learned",
        setting: NO_SETTING,
        opening: m(ELIRA, L::En, "I finished my VET programme in ICT last year and since then I \
            have had six interviews for network technician jobs. No offer yet, but I learned a \
            lot, and maybe it helps others here:\n\n\
            - Employers asked more about **what I had done** than about my diploma. People with \
            a small project to show did better.\n\
            - Twice I had to configure a switch in front of them, so practise that kind of test.\n\
            - Nobody asked about my grades.\n\n\
            What would you add? And teachers: how do you prepare students for practical tests at \
            interviews?"),
        replies: &[
            m(MEHMET, L::En, "Thank you for sharing this, Elira. If you agree, we will read your \
                list at our next job-search workshop: our young people often think the diploma \
                speaks for itself.")
                .liked(&[ELIRA, AINO]),
            m(DRITAN, L::It, "Elira, ti rispondo in italiano come ai tempi della scuola. Con le \
                classi dell'ultimo anno facciamo ogni primavera due colloqui simulati con tecnici \
                delle aziende di Durazzo, compresa una prova pratica. All'inizio gli studenti si \
                spaventano, poi dicono che è stata la cosa più utile dell'anno.")
                .liked(&[ELIRA, GIULIA]),
            m(ELIRA, L::En, "@mehmet-yilmaz of course, use the list. And @dritan-leka, I remember \
                those mock interviews: they helped more than I admitted at the time!"),
            m(AINO, L::En, "One more point from the employers we work with: ask your own questions \
                at the end of the interview, about the team, the first weeks, and who will show \
                you the work. It tells them you already think like a colleague.")
                .liked(&[ELIRA, MEHMET]),
        ],
        accepted: None,
    },
];

const QUESTIONS: &[Topic] = &[
    Topic {
        key: "insurance-minors",
        community: MOBILITY,
        title: "Studenti minorenni in tirocinio all'estero: quale assicurazione serve e chi la paga?",
        setting: setting(Country::It, Sector::Bakery, Some(OrgType::VetProvider)),
        opening: m(GIULIA, L::It, "A maggio mandiamo quattro studenti di diciassette anni in \
            tirocinio in due panifici spagnoli, per tre settimane. La scuola ha un'assicurazione \
            contro gli infortuni, ma copre anche le attività all'estero? E la responsabilità civile \
            verso terzi in azienda?\n\n\
            Contesto: **istituto professionale statale**, progetto di mobilità Erasmus+ con \
            accreditamento."),
        replies: &[
            m(SOFIA, L::It, "Di solito la polizza scolastica copre solo in parte le attività \
                all'estero: chiedete alla compagnia una dichiarazione scritta che estenda la \
                copertura al tirocinio e ai giorni di viaggio. Per la responsabilità civile conviene \
                una polizza di gruppo pensata per la mobilità, che si può pagare con il contributo \
                per il supporto organizzativo del progetto. Per la salute basta la tessera sanitaria \
                europea, ma controllate che sia valida per tutti. Per i minorenni, fate firmare il \
                patto formativo anche ai genitori.")
                .liked(&[GIULIA, DRITAN, JAVIER]),
            m(DRITAN, L::It, "Noi, in Albania, facciamo sempre un'assicurazione di viaggio privata \
                per ogni studente, compresa la parte sanitaria: costa poco rispetto ai rischi. Per \
                una scuola italiana però credo che la risposta di Sofia sia quella giusta.")
                .liked(&[GIULIA]),
            m(JAVIER, L::Es, "Desde el lado español: las empresas de acogida suelen pedir el \
                certificado del seguro de responsabilidad civil antes de que llegue el alumno. \
                Enviadlo en castellano o en inglés y os ahorraréis muchas preguntas.")
                .liked(&[GIULIA, SOFIA]),
        ],
        accepted: Some(0),
    },
    Topic {
        key: "assessing-apprentices",
        community: DUAL,
        title: "¿Cómo evaluar lo que el aprendiz aprende en la empresa sin depender solo del tutor?",
        setting: setting(Country::Es, Sector::Automotive, Some(OrgType::VetProvider)),
        opening: m(JAVIER, L::Es, "En nuestra FP dual el tutor de empresa pone una nota al final \
            de cada periodo, pero las notas son casi siempre altas y dicen muy poco. Queremos una \
            evaluación más útil sin cargar más a los talleres, que ya tienen poco tiempo.\n\n\
            Contexto: **centro público de FP**, ciclo de grado medio en electromecánica de \
            vehículos, unas cuarenta empresas colaboradoras."),
        replies: &[
            m(GIULIA, L::Es, "Nosotros pedimos al tutor que valore solo tres o cuatro tareas \
                concretas con una escala sencilla (lo hace solo, lo hace con ayuda, todavía no) en \
                lugar de poner una nota. Las valoraciones son más sinceras, porque no suenan a \
                suspenso.")
                .liked(&[JAVIER, AINO]),
            m(AINO, L::En, "We combine three sources: the workplace instructor's short assessment \
                of agreed tasks, a **skills demonstration** at the workplace observed by both the \
                teacher and the instructor, and the student's own logbook. The demonstration is the \
                key: two people watch the same real job, so the grade is no longer one person's \
                impression. It takes about half a day per student and module.")
                .liked(&[JAVIER, GIULIA, ANA, PIETER]),
            m(ANA, L::En, "As a company mentor I can tell you why the grades are high: we do not \
                want to harm the apprentice, and nobody ever showed us what good work looks like \
                at each level. Examples of work at each level would help a lot, and so would a \
                joint observation like Aino's.")
                .liked(&[JAVIER, AINO]),
        ],
        accepted: Some(1),
    },
    Topic {
        key: "regional-forecasts",
        community: LABOUR,
        title: "Which sources do you use to forecast skills needs at regional level?",
        setting: setting(Country::Me, Sector::Education, Some(OrgType::PublicBody)),
        opening: m(JELENA, L::En, "We have national forecasts, but our regions differ a lot: the \
            coast needs hospitality, the north wood processing and agriculture. Schools ask us \
            which programmes to open, and we have little regional evidence to give them.\n\n\
            What do you use besides national forecasts: employer surveys, job advertisements, \
            chamber data? How often do you update it?\n\n\
            Context: **public body for VET**, Montenegro, about 35 VET schools."),
        replies: &[
            m(PIETER, L::En, "Online job advertisements are a cheap and useful signal at regional \
                level: you can count them by occupation and skill every quarter. They under-represent \
                small firms and the trades, which rarely advertise online, so combine them with a \
                small employer panel, the same 50 to 100 firms asked twice a year.")
                .liked(&[JELENA, JAVIER]),
            m(JAVIER, L::En, "In Aragón the regional VET council meets employers sector by sector \
                every year, and each centre has a business advisory board. It is slow and not very \
                scientific, but it catches what no data shows, such as a factory that will open in \
                two years. @jelena-markovic, maybe a mix of both?")
                .liked(&[JELENA]),
        ],
        accepted: None,
    },
    Topic {
        key: "volunteer-skills",
        community: INFORMAL,
        title: "Si t'i dokumentoj aftësitë që kam fituar si vullnetare?",
        setting: setting(Country::Al, Sector::Ict, None),
        opening: m(ELIRA, L::Sq, "Për dy vjet kam qenë vullnetare në një organizatë rinore: kam \
            instaluar dhe mirëmbajtur rrjetin e kompjuterëve dhe kam trajnuar të rinj të tjerë. \
            Në CV këto duken thjesht si vullnetarizëm, por në fakt janë punë teknike.\n\n\
            Si mund t'i dokumentoj këto aftësi që një punëdhënës t'i marrë seriozisht?\n\n\
            Konteksti: **Shqipëri, TIK**, kërkoj punë si teknike rrjetesh."),
        replies: &[
            m(BESA, L::Sq, "Tri gjëra që funksionojnë:\n\n\
                - kërkoji organizatës një vërtetim me shkrim që përshkruan detyrat e tua konkrete, \
                jo vetëm fjalën vullnetare;\n\
                - përgatit një portofol të vogël me foto dhe skema të rrjetit që ke ndërtuar;\n\
                - në CV shkruaji si përvojë pune, me rezultate të matshme, për shembull: \
                mirëmbajta rrjetin për 40 përdorues.")
                .liked(&[ELIRA, ARBEN, PIETER]),
            m(ARBEN, L::Sq, "Shto edhe një certifikatë ndërkombëtare për rrjetet, nëse ke \
                mundësi. Punëdhënësit në Kosovë dhe në Shqipëri i shohin me shumë vëmendje.")
                .liked(&[ELIRA]),
            m(PIETER, L::En, "In English, sorry: the Europass CV lets you describe volunteering as \
                work experience, and some youth organisations issue Youthpass certificates or \
                digital badges that list the competences. Ask yours.")
                .liked(&[ELIRA, BESA]),
        ],
        accepted: Some(0),
    },
    Topic {
        key: "bih-partner",
        community: FUNDING,
        title: "Can a school in Bosnia and Herzegovina join a KA2 partnership as a full partner?",
        setting: setting(Country::Ba, Sector::Woodwork, Some(OrgType::VetProvider)),
        opening: m(EDIN, L::En, "A school in Slovenia invited us into a cooperation partnership. I \
            have read the programme guide twice and I am still not sure whether a VET school from \
            Bosnia and Herzegovina can be a full partner with its own budget, or only an \
            associated partner.\n\n\
            Context: **public secondary VET school**, woodwork and metalwork, our first Erasmus+ \
            project."),
        replies: &[],
        accepted: None,
    },
    Topic {
        key: "master-as-trainer",
        community: DUAL,
        title: "Jak przygotować mistrza do roli instruktora praktycznej nauki zawodu?",
        setting: setting(Country::Pl, Sector::Beauty, Some(OrgType::CraftAssociation)),
        opening: m(KASIA, L::Pl, "Wielu naszych mistrzów świetnie zna swój fach, ale nie wie, jak \
            uczyć młodych ludzi: jak tłumaczyć, jak oceniać, jak rozmawiać z nastolatkiem, który \
            ciągle się spóźnia. Kurs pedagogiczny jest obowiązkowy, ale bywa bardzo teoretyczny.\n\n\
            Kontekst: **cech rzemiosł w Krakowie**, fryzjerstwo i kosmetyka, około sześćdziesięciu \
            zakładów przyjmujących uczniów."),
        replies: &[
            m(MARTA, L::Pl, "U nas sprawdziły się krótkie spotkania warsztatowe zamiast długiego \
                kursu: cztery popołudnia, a na każdym jedna sytuacja z życia zakładu (pierwszy \
                dzień ucznia, błąd przy kliencie, spóźnienia, ocena na koniec miesiąca). Mistrzowie \
                przynoszą własne przykłady, a prowadzący pokazuje, jak zrobić z nich lekcję. Po \
                takich spotkaniach chętniej dzwonią do szkoły, kiedy coś idzie nie tak.")
                .liked(&[KASIA, NINA, ANA]),
            m(NINA, L::En, "From a hairdressing teacher: invite the masters to watch one practical \
                lesson at school. Many have never seen how we teach the same technique step by \
                step, and they borrow what they like.")
                .liked(&[KASIA, MARTA]),
        ],
        accepted: Some(0),
    },
    Topic {
        key: "pattern-software",
        community: DIDACTIC,
        title: "Dikiş atölyesi için ücretsiz dijital kalıp programı önerisi var mı?",
        setting: setting(Country::Tr, Sector::Textiles, Some(OrgType::YouthOrganisation)),
        opening: m(MEHMET, L::Tr, "Gençlerle çalıştığımız küçük dikiş atölyesinde kalıpları hâlâ \
            kâğıt üzerinde hazırlıyoruz. Öğrencilerin iş bulabilmesi için dijital kalıp \
            hazırlamayı da öğrenmeleri gerekiyor, ama ticari programlar bizim için çok pahalı.\n\n\
            Ücretsiz ya da eğitim kurumlarına indirimli bir program kullanan var mı? Türkçe \
            arayüzü olursa çok iyi olur.\n\n\
            Bağlam: **gençlik derneği**, İzmir, tekstil ve moda."),
        replies: &[],
        accepted: None,
    },
    Topic {
        key: "teachers-in-companies",
        community: TEACHERS,
        title: "Kako učiteljem praktičnega pouka omogočiti redno usposabljanje v podjetjih?",
        setting: setting(Country::Si, Sector::Beauty, Some(OrgType::VetProvider)),
        opening: m(NINA, L::Sl, "Trendi v frizerstvu se hitro spreminjajo, učitelji praktičnega \
            pouka pa v salonih delajo le redko. Želeli bi si, da bi vsak učitelj vsaj enkrat na \
            leto preživel nekaj dni v podjetju, vendar ne vemo, kako to urediti z urnikom in \
            nadomeščanji.\n\n\
            Kontekst: **šolski center**, Celje, frizerstvo, približno petnajst učiteljev \
            praktičnega pouka."),
        replies: &[
            m(ANA, L::Hr, "Iz perspektive firme: rado bismo primili nastavnika na tjedan dana, ali \
                u mirnijem dijelu godine, a kod nas su to siječanj i kolovoz. Možda bi škola mogla \
                planirati te dane za vrijeme praznika, uz plaćene sate?")
                .liked(&[NINA]),
            m(AINO, L::En, "In Finland such periods are partly funded by national programmes. What \
                made them regular in our college was putting them in the annual plan like any other \
                duty, with a budget for substitutes, instead of asking teachers to find the time \
                themselves.")
                .liked(&[NINA, EDIN]),
        ],
        accepted: None,
    },
    Topic {
        key: "placement-at-17",
        community: FIRST_JOBS,
        title: "Da li mogu da idem na praksu u inostranstvo ako imam 17 godina?",
        setting: setting(Country::Rs, Sector::Metalwork, Some(OrgType::VetProvider)),
        opening: m(LUKA, L::Sr, "Učim za bravara, druga godina. Čuo sam da neki učenici idu na \
            praksu u druge zemlje. Da li to mogu i ja ako još nisam punoletan, i šta treba da \
            uradim?\n\n\
            Kontekst: **srednja stručna škola**, Srbija, obrada metala."),
        replies: &[
            m(JELENA, L::Sr, "Možeš, i mnogi učenici tvojih godina to rade. Za maloletne učenike \
                potrebna je pismena saglasnost roditelja, a praksu organizuje škola, obično preko \
                nekog projekta kao što je Erasmus+, i obezbeđuje nekoga ko brine o tebi u \
                inostranstvu. Pitaj razrednog starešinu ili koordinatora za saradnju s firmama da \
                li škola ima takav projekat; ako nema, neka se obrate komori zanatlija.")
                .liked(&[LUKA, ARBEN]),
            m(ARBEN, L::Sr, "Slažem se s Jelenom. I počni već sada da učiš engleski ili nemački, to \
                će ti mnogo pomoći kada bude trebalo da se izabere ko ide.")
                .liked(&[LUKA]),
        ],
        accepted: Some(0),
    },
    Topic {
        key: "entrecomp-levels",
        community: ENTREPRENEURSHIP,
        title: "Has anyone assessed student companies against EntreComp proficiency levels?",
        setting: setting(Country::Xk, Sector::Education, Some(OrgType::SocialPartner)),
        opening: m(ARBEN, L::En, "Our teachers' union is preparing a short training on \
            entrepreneurship education. Teachers like student companies, but they ask how to \
            **assess** them fairly. EntreComp has eight proficiency levels: has anyone used them \
            with learners aged 16 to 18, or are they too fine-grained for school?\n\n\
            Context: **teachers' union**, Kosovo, all VET sectors."),
        replies: &[
            m(MEHMET, L::En, "We only use the first four levels, foundation and intermediate, with \
                our young people; the higher ones describe things they cannot yet do in a school \
                project. Even so, students tend to rate themselves too high at the start and too \
                low at the end, which is interesting in itself.")
                .liked(&[ARBEN, SOFIA]),
            m(SOFIA, L::En, "Agree with Mehmet. See also the discussion about mini companies in \
                this community: we used a reduced set of five competences. Self-assessment plus a \
                comment from the teacher worked; a numerical grade per level did not.")
                .liked(&[ARBEN]),
        ],
        accepted: None,
    },
    Topic {
        key: "europass-mobility",
        community: MOBILITY,
        title: "Koji dokument dati učeniku iz inozemstva nakon prakse u našoj radionici?",
        setting: setting(Country::Hr, Sector::Woodwork, Some(OrgType::Company)),
        opening: m(ANA, L::Hr, "Prvi put primamo dva učenika iz Mostara na tri tjedna prakse. \
            Škola traži da im na kraju potvrdimo što su naučili. Postoji li neki standardni \
            obrazac ili pišemo običnu potvrdu?\n\n\
            Kontekst: **obiteljska stolarija**, Varaždin, dvanaest zaposlenih."),
        replies: &[
            m(EDIN, L::Bs, "Ana, hvala još jednom što ih primate! Standardni dokument je \
                **Europass mobilnost**: mi ga kao škola otvaramo, a vi kao firma popunjavate dio o \
                zadacima i vještinama koje su učenici pokazali. Poslat ću vam link kad ga \
                pripremimo. Dovoljno je opisati stvarne zadatke, na primjer izradu okvira, brušenje \
                i montažu okova.")
                .liked(&[ANA, NINA]),
            m(NINA, L::En, "Also keep a short note for yourselves: next year the school will ask \
                what the previous students did, and memories fade quickly.")
                .liked(&[ANA]),
        ],
        accepted: Some(0),
    },
    Topic {
        key: "workplace-language",
        community: LABOUR,
        title: "Language support at the workplace for adult migrants training in health care?",
        setting: setting(Country::Fi, Sector::Health, Some(OrgType::VetProvider)),
        opening: m(AINO, L::En, "We train adult migrants as practical nurses, and at work \
            placements the obstacle is the language, not the care skills. We are trying to bring \
            a language teacher into the care homes for part of each placement.\n\n\
            Has anyone organised language teaching **at the workplace**, together with the \
            workplace instructor? How did you fund the language teacher's time?\n\n\
            Context: **vocational college**, Finland, health and social care, adult learners."),
        replies: &[],
        accepted: None,
    },
    Topic {
        key: "badges-languages",
        community: INFORMAL,
        title: "Open Badges for youth workers' trainings in Albanian and Macedonian?",
        setting: setting(Country::Mk, Sector::Education, Some(OrgType::Ngo)),
        opening: m(BESA, L::En, "We want to issue digital badges for the trainings we run for \
            youth workers and company mentors, so that participants can show them on their CVs. \
            Most platforms we tried have no Albanian or Macedonian interface, and the badge texts \
            must be in the participant's language.\n\n\
            Does anyone issue **Open Badges** in the languages of the Western Balkans? With which \
            platform?\n\n\
            Context: **NGO**, North Macedonia and Albania, non-formal training."),
        replies: &[
            m(PIETER, L::En, "The standard itself does not limit the language of a badge: the name, \
                description and criteria can be in any language; the platform's interface is \
                another matter. Some platforms let you translate their interface yourself. And \
                badges in version 3.0 are verifiable credentials, which helps if you want \
                employers to trust them.")
                .liked(&[BESA]),
        ],
        accepted: None,
    },
];

/// An edit made after posting, so that a post shows its history.
struct DemoEdit {
    topic: &'static str,
    post: usize,
    find: &'static str,
    replace: &'static str,
    note: &'static str,
}

const EDITS: &[DemoEdit] = &[DemoEdit {
    topic: "ka210-budget",
    post: 0,
    find: "in three languages",
    replace: "in four languages",
    note: "*Edit: four languages, not three, as agreed at the partners' first call.*",
}];

/// The thread a moderator pinned, the one locked, and the post flagged for moderators.
const PINNED: &str = "mobility-checklist";
const LOCKED: &str = "partner-search";
struct DemoFlag {
    topic: &'static str,
    post: usize,
    reporter: usize,
    reason: &'static str,
    note: &'static str,
}
const FLAG: DemoFlag = DemoFlag {
    topic: "first-year",
    post: 3,
    reporter: JELENA,
    reason: "personal-data",
    note: "A former student's full name and phone number in the forum. Better shared by private \
        message, and only with his consent.",
};

// ---- Scenario workshops -----------------------------------------------------------------------

struct DemoDriver {
    by: usize,
    title: &'static str,
    description: &'static str,
    /// `trend` or `uncertainty`.
    kind: &'static str,
    /// (impact, uncertainty), one per person of the workshop's `raters`.
    ratings: &'static [(i32, i32)],
}

struct DemoScenario {
    quadrant: i32,
    /// Successive versions: (who saved it, name, narrative in Markdown).
    versions: &'static [(usize, &'static str, &'static str)],
}

struct DemoChoice {
    quadrant: i32,
    by: usize,
    text: &'static str,
    /// `towards` or `away`.
    direction: &'static str,
    /// (plausibility, desirability), one per person of the workshop's `choice_raters`.
    ratings: &'static [(i32, i32)],
}

struct DemoAxes {
    /// Indexes into the drivers.
    x: usize,
    y: usize,
    x_low: &'static str,
    x_high: &'static str,
    y_low: &'static str,
    y_high: &'static str,
}

struct DemoWorkshop {
    community: usize,
    title: &'static str,
    focal_question: &'static str,
    horizon: i32,
    lang: Language,
    facilitator: usize,
    raters: &'static [usize],
    drivers: &'static [DemoDriver],
    axes: Option<DemoAxes>,
    scenarios: &'static [DemoScenario],
    choice_raters: &'static [usize],
    choices: &'static [DemoChoice],
}

const WORKSHOPS: &[DemoWorkshop] = &[
    DemoWorkshop {
        community: LABOUR,
        title: "VET for craft SMEs in 2035",
        focal_question: "How will craft firms and other small businesses find and train the \
            skilled people they need in 2035, and what part will VET schools play in it?",
        horizon: 2035,
        lang: L::En,
        facilitator: PIETER,
        raters: &[PIETER, JELENA, ANA, JAVIER, SOFIA, KASIA, BESA, ARBEN],
        drivers: &[
            DemoDriver {
                by: JELENA,
                title: "Fewer young people",
                description: "Cohorts of fifteen-year-olds shrink in most of our countries, by a \
                    fifth or more in parts of the Western Balkans, and schools and firms compete \
                    for the same few learners.",
                kind: "trend",
                ratings: &[(5, 1), (5, 2), (4, 1), (4, 2), (5, 1), (4, 2), (5, 1), (5, 1)],
            },
            DemoDriver {
                by: ANA,
                title: "Master craftspeople retiring",
                description: "Many owners of small workshops are over 55 and have no successor; \
                    their know-how leaves with them unless it is passed on in time.",
                kind: "trend",
                ratings: &[(4, 2), (3, 2), (5, 1), (4, 2), (4, 2), (5, 1), (3, 2), (3, 3)],
            },
            DemoDriver {
                by: JAVIER,
                title: "Digital tools in the smallest workshops",
                description: "CNC machines, design software, online shops and electronic invoicing \
                    reach even two-person firms: the craft itself changes, not only the paperwork.",
                kind: "trend",
                ratings: &[(4, 2), (3, 3), (4, 2), (5, 2), (4, 2), (3, 3), (3, 3), (4, 2)],
            },
            DemoDriver {
                by: DRITAN,
                title: "Green rules for materials and energy",
                description: "Energy performance rules, circular materials and the right to \
                    repair change what a carpenter, a baker or an electrician must know.",
                kind: "trend",
                ratings: &[(4, 2), (4, 3), (3, 2), (4, 3), (4, 2), (3, 2), (3, 3), (3, 3)],
            },
            DemoDriver {
                by: SOFIA,
                title: "Public support for training in companies",
                description: "Will firms that train apprentices get stable money, tax relief and \
                    paid time for their trainers, or occasional project funding that comes and \
                    goes?",
                kind: "uncertainty",
                ratings: &[(5, 4), (5, 5), (4, 4), (5, 4), (5, 5), (5, 4), (4, 5), (5, 4)],
            },
            DemoDriver {
                by: KASIA,
                title: "Cooperation among small firms",
                description: "Will micro-firms train together through chambers, associations and \
                    shared training centres, or will each keep to itself and compete for the same \
                    few apprentices?",
                kind: "uncertainty",
                ratings: &[(5, 5), (4, 4), (5, 4), (4, 5), (4, 4), (5, 4), (4, 4), (4, 5)],
            },
            DemoDriver {
                by: BESA,
                title: "Recognition of short courses and informal learning",
                description: "Micro-credentials and validated work experience may count towards a \
                    qualification and a wage, or remain certificates nobody asks for.",
                kind: "uncertainty",
                ratings: &[(3, 4), (4, 3), (3, 4), (2, 3), (3, 4), (4, 3), (4, 4), (3, 4)],
            },
            DemoDriver {
                by: PIETER,
                title: "Artificial intelligence at the workbench",
                description: "AI assistants may become patient tutors for apprentices, or take \
                    over the design and planning work that makes craft jobs attractive.",
                kind: "uncertainty",
                ratings: &[(4, 5), (3, 5), (3, 4), (4, 4), (3, 5), (2, 4), (3, 4), (3, 5)],
            },
            DemoDriver {
                by: ARBEN,
                title: "Young skilled workers moving abroad",
                description: "Emigration of trained young people from the Western Balkans and \
                    parts of the EU may go on, or turn into circulation as wages converge and \
                    remote work spreads.",
                kind: "uncertainty",
                ratings: &[(4, 3), (5, 3), (4, 4), (3, 3), (3, 3), (3, 4), (5, 3), (5, 3)],
            },
            DemoDriver {
                by: GIULIA,
                title: "How families see vocational education",
                description: "Whether parents see VET as a second choice or as a smart route to a \
                    good job and to running a business of one's own.",
                kind: "uncertainty",
                ratings: &[(3, 3), (4, 3), (3, 3), (3, 2), (4, 3), (3, 3), (3, 3), (4, 3)],
            },
        ],
        axes: Some(DemoAxes {
            x: 5,
            y: 4,
            x_low: "Each firm on its own",
            x_high: "Firms train together",
            y_low: "Patchy, project-based support",
            y_high: "Stable public support",
        }),
        scenarios: &[
            DemoScenario {
                quadrant: 1,
                versions: &[
                    (PIETER, "Guild campuses", "By 2035 most craft firms in a district belong to \
                        a **training alliance** run with the local VET school and the chamber. \
                        Apprentices rotate between three or four workshops and a shared, \
                        well-equipped training centre, so even a two-person bakery can take a \
                        learner. Public money pays a fixed amount per apprentice and for the \
                        trainers' time, and the alliances report through a few common indicators."),
                    (KASIA, "Guild campuses", "By 2035 most craft firms in a district belong to \
                        a **training alliance** run with the local VET school and the chamber. \
                        Apprentices rotate between three or four workshops and a shared, \
                        well-equipped training centre, so even a two-person bakery can take a \
                        learner. Public money pays a fixed amount per apprentice and for the \
                        trainers' time, and the alliances report through a few common indicators.\n\n\
                        The weak point: alliances live on a few energetic people, and rural areas \
                        without such people fall behind."),
                ],
            },
            DemoScenario {
                quadrant: 2,
                versions: &[(SOFIA, "Vouchers on the shelf", "Generous support exists: training \
                    vouchers, tax relief, paid release for in-company trainers. But every firm \
                    applies, plans and reports **on its own**. Medium-sized companies use the \
                    schemes well; micro-firms find the paperwork heavier than the benefit and \
                    leave the money on the shelf. Schools end up serving bigger employers, and the \
                    trades that most need successors train fewer apprentices than in 2025.")],
            },
            DemoScenario {
                quadrant: 3,
                versions: &[
                    (ARBEN, "Every workshop for itself", "Support comes in short projects that end \
                        before their results settle. Small firms compete for a shrinking number of \
                        young people and train informally, if at all: the learner watches, helps, \
                        and leaves for a better wage, often abroad. Schools teach on outdated \
                        machines and lose touch with companies."),
                    (ANA, "Every workshop for itself", "Support comes in short projects that end \
                        before their results settle. Small firms compete for a shrinking number of \
                        young people and train informally, if at all: the learner watches, helps, \
                        and leaves for a better wage, often abroad. Schools teach on outdated \
                        machines and lose touch with companies.\n\n\
                        Some crafts survive as luxury or hobby; in many towns **nobody is left** \
                        to repair a roof or a window."),
                ],
            },
            DemoScenario {
                quadrant: 4,
                versions: &[(KASIA, "Self-made alliances", "Public support stays thin, so firms \
                    organise themselves. Craft associations and chambers run **training pools** \
                    paid by member fees and a small levy, share instructors and rent school \
                    workshops in the evenings. Quality varies a lot between sectors, and learners \
                    in poorer regions have fewer chances, but training stays close to real work \
                    and adapts quickly to new tools and materials.")],
            },
        ],
        choice_raters: &[SOFIA, KASIA, JELENA, ANA, PIETER, DRITAN],
        choices: &[
            DemoChoice {
                quadrant: 1,
                by: SOFIA,
                text: "Pay a fixed yearly amount per apprentice to training alliances rather than \
                    to single firms.",
                direction: "towards",
                ratings: &[(4, 5), (3, 5), (3, 4), (4, 4), (3, 5), (3, 4)],
            },
            DemoChoice {
                quadrant: 1,
                by: DRITAN,
                text: "Open school workshops to companies' apprentices in the afternoons and \
                    evenings, with the school staff paid for it.",
                direction: "towards",
                ratings: &[(4, 4), (4, 4), (4, 5), (3, 4), (4, 4), (5, 5)],
            },
            DemoChoice {
                quadrant: 1,
                by: BESA,
                text: "Fund cooperation only through yearly calls that ask for new partners and \
                    new objectives every time.",
                direction: "away",
                ratings: &[(4, 1), (4, 2), (3, 1), (4, 1), (4, 2), (3, 1)],
            },
            DemoChoice {
                quadrant: 2,
                by: JELENA,
                text: "Offer training vouchers to every firm through an online application, with \
                    no intermediary to help.",
                direction: "towards",
                ratings: &[(4, 2), (4, 2), (4, 3), (3, 2), (4, 2), (3, 2)],
            },
            DemoChoice {
                quadrant: 2,
                by: KASIA,
                text: "Pay staff in chambers and associations to do the applications and reports \
                    for micro-firms.",
                direction: "away",
                ratings: &[(3, 4), (4, 5), (3, 4), (3, 5), (3, 4), (3, 4)],
            },
            DemoChoice {
                quadrant: 3,
                by: EDIN,
                text: "Cut the budget for teachers' periods in companies and for school \
                    equipment.",
                direction: "towards",
                ratings: &[(3, 1), (3, 1), (4, 1), (3, 1), (3, 1), (4, 1)],
            },
            DemoChoice {
                quadrant: 3,
                by: ANA,
                text: "Give every micro-firm a named contact at the nearest VET school for all \
                    questions about apprentices.",
                direction: "away",
                ratings: &[(4, 5), (3, 4), (4, 4), (4, 5), (3, 4), (4, 5)],
            },
            DemoChoice {
                quadrant: 4,
                by: KASIA,
                text: "Allow craft associations to award recognised partial qualifications.",
                direction: "towards",
                ratings: &[(3, 3), (3, 4), (2, 3), (3, 4), (3, 3), (2, 3)],
            },
            DemoChoice {
                quadrant: 4,
                by: JAVIER,
                text: "Require every training pool to be accredited through the same procedure \
                    as a school.",
                direction: "away",
                ratings: &[(3, 2), (2, 1), (4, 3), (3, 2), (3, 2), (3, 2)],
            },
        ],
    },
    DemoWorkshop {
        community: TEACHERS,
        title: "Il docente di laboratorio nel 2040",
        focal_question: "Quali competenze serviranno a chi insegna nei laboratori delle scuole \
            professionali nel 2040, e come le acquisirà?",
        horizon: 2040,
        lang: L::It,
        facilitator: SOFIA,
        raters: &[SOFIA, GIULIA, DRITAN, ELIRA],
        drivers: &[
            DemoDriver {
                by: GIULIA,
                title: "Ricambio generazionale dei docenti",
                description: "Molti insegnanti tecnico-pratici andranno in pensione nei prossimi \
                    dieci anni: chi li sostituirà, e con quale esperienza di lavoro alle spalle?",
                kind: "trend",
                ratings: &[(5, 2), (5, 1), (4, 2), (4, 2)],
            },
            DemoDriver {
                by: DRITAN,
                title: "Macchine e software che cambiano di continuo",
                description: "Le attrezzature dei laboratori invecchiano più in fretta dei bilanci \
                    delle scuole, e i docenti devono aggiornarsi ogni pochi anni.",
                kind: "trend",
                ratings: &[(4, 2), (4, 2), (5, 2), (4, 3)],
            },
            DemoDriver {
                by: SOFIA,
                title: "Periodi in azienda per i docenti",
                description: "Diventeranno un diritto riconosciuto e pagato, o resteranno affidati \
                    alla buona volontà dei singoli?",
                kind: "uncertainty",
                ratings: &[(4, 4), (5, 4), (4, 5), (3, 4)],
            },
            DemoDriver {
                by: ELIRA,
                title: "Classi sempre più eterogenee",
                description: "Studenti di età, lingue e percorsi diversi nella stessa classe: \
                    adulti che cambiano mestiere accanto a ragazzi di quindici anni.",
                kind: "trend",
                ratings: &[(4, 2), (3, 2), (4, 3), (5, 2)],
            },
            DemoDriver {
                by: GIULIA,
                title: "L'intelligenza artificiale come assistente del docente",
                description: "Potrebbe alleggerire la preparazione delle lezioni e la valutazione, \
                    oppure aggiungere soltanto nuovi compiti e controlli.",
                kind: "uncertainty",
                ratings: &[(3, 5), (4, 5), (3, 4), (4, 4)],
            },
        ],
        axes: None,
        scenarios: &[],
        choice_raters: &[],
        choices: &[],
    },
];

// ---- Loading ----------------------------------------------------------------------------------

/// What was made of one topic: its thread and the ids of its posts (0 is the opening post).
struct Made {
    thread: i64,
    posts: Vec<i64>,
}

/// The Markdown of a post as it is saved: the quotation it starts with, if any, then its text.
fn body(msg: &Msg, earlier: &[Msg], handle: &dyn Fn(usize) -> String) -> String {
    match msg.quote {
        Some((k, words)) if k < earlier.len() => {
            let mut md = bottega_text::quote(&handle(earlier[k].by), words);
            md.push_str(msg.md);
            md
        }
        _ => msg.md.to_string(),
    }
}

/// The posts of a topic in order, the opening one first.
fn messages(t: &Topic) -> Vec<Msg> {
    let mut all = vec![t.opening];
    all.extend_from_slice(t.replies);
    all
}

/// Everything this module loads, once the people and organisations exist: `user_ids` in the
/// order of the demo people, `org_ids` in the order of the demo organisations.
pub async fn load(db: &Db, user_ids: &[i64], org_ids: &[i64]) -> anyhow::Result<()> {
    if user_ids.len() != CAST.len() || org_ids.len() <= BRIDGE_ORG {
        bail!("the Communication demo expects the demo people and organisations");
    }
    // Mentions are written with the handles the names give; a database where a handle was
    // taken already gets the actual handle written instead.
    let mut handles = Vec::new();
    let mut renames = Vec::new();
    for (k, (name, _)) in CAST.iter().enumerate() {
        let user = accounts::by_id(db, user_ids[k]).await?;
        if user.display_name != *name {
            bail!(
                "demo person {k} is {}, the Communication demo expects {name}",
                user.display_name
            );
        }
        let expected = bottega_domain::slug::handle_base(name);
        if user.handle != expected {
            renames.push((format!("@{expected}"), format!("@{}", user.handle)));
        }
        handles.push(user.handle);
    }
    let people: HashMap<String, String> = handles
        .iter()
        .zip(user_ids)
        .map(|(h, id)| (h.clone(), format!("/people/{id}")))
        .collect();
    let who: HashMap<&str, usize> = handles
        .iter()
        .enumerate()
        .map(|(k, h)| (h.as_str(), k))
        .collect();
    // Quotes name their author as the text does, before `fix` puts in the actual handles.
    let handle_of = |k: usize| bottega_domain::slug::handle_base(CAST[k].0);
    let fix = |md: String| {
        renames
            .iter()
            .fold(md, |md, (from, to)| md.replace(from.as_str(), to))
    };

    // The usual themes may exist already (a new installation starts with them): the demo fills
    // those, and creates only what is missing.
    let staff = Reader::member(user_ids[ADMIN], true);
    let mut existing = Vec::new();
    for c in COMMUNITIES {
        let slug = bottega_domain::slug::slugify(c.name);
        let found = communities::visible_by_slug(db, &staff, &slug)
            .await?
            .filter(|e| e.visibility == c.visibility && e.org_id == c.org.map(|i| org_ids[i]));
        existing.push(found.map(|e| e.id));
    }

    let mut tx = db.begin().await?;
    let mut community_ids = Vec::new();
    let mut created = 0;
    for (position, (c, found)) in COMMUNITIES.iter().zip(existing).enumerate() {
        let id = match found {
            Some(id) => id,
            None => {
                created += 1;
                communities::create(
                    &mut tx,
                    &NewCommunity {
                        name: c.name,
                        description: c.description,
                        description_lang: Some(Language::En),
                        visibility: c.visibility,
                        org_id: c.org.map(|i| org_ids[i]),
                        group_id: None,
                        position: i32::try_from(position)?,
                    },
                    user_ids[ADMIN],
                )
                .await?
            }
        };
        community_ids.push(id);
    }

    let mut notes: Vec<(i64, i64)> = Vec::new();
    let mut made: HashMap<&str, Made> = HashMap::new();
    for (kind, topics) in [
        (threads::DISCUSSION, DISCUSSIONS),
        (threads::QUESTION, QUESTIONS),
    ] {
        for t in topics {
            let msgs = messages(t);
            let mut post_ids = Vec::new();
            let mut thread_id = 0;
            for (k, msg) in msgs.iter().enumerate() {
                let md = fix(body(msg, &msgs[..k], &handle_of));
                let rendered = bottega_text::render(&md, &people);
                let detected = bottega_text::detect_language(&rendered.plain) == Some(msg.lang);
                let author = user_ids[msg.by];
                let post_id = if k == 0 {
                    let (tid, pid) = threads::create(
                        &mut tx,
                        &NewThread {
                            community_id: community_ids[t.community],
                            kind,
                            title: t.title,
                            author_id: author,
                            lang: msg.lang,
                            lang_detected: detected,
                            country: t.setting.country,
                            sector: t.setting.sector,
                            org_type: t.setting.org_type,
                            body_md: &md,
                            body_html: &rendered.html,
                        },
                    )
                    .await?;
                    thread_id = tid;
                    pid
                } else {
                    posts::reply(
                        &mut tx,
                        &NewPost {
                            thread_id,
                            author_id: author,
                            body_md: &md,
                            body_html: &rendered.html,
                            lang: msg.lang,
                            lang_detected: detected,
                        },
                    )
                    .await?
                    .0
                };
                for voter in msg.votes {
                    posts::vote(&mut tx, post_id, user_ids[*voter]).await?;
                }
                for h in bottega_text::mentions(&md) {
                    if let Some(&k) = who.get(h.as_str()) {
                        notify(
                            &mut tx,
                            &mut notes,
                            user_ids[k],
                            notifications::MENTION,
                            thread_id,
                            Some(post_id),
                            author,
                            "",
                        )
                        .await?;
                    }
                }
                post_ids.push(post_id);
            }
            // The opener hears about the latest reply to their thread.
            if let (Some(last), Some(&last_id)) = (t.replies.last(), post_ids.last()) {
                notify(
                    &mut tx,
                    &mut notes,
                    user_ids[t.opening.by],
                    notifications::REPLY,
                    thread_id,
                    Some(last_id),
                    user_ids[last.by],
                    "",
                )
                .await?;
            }
            if let Some(a) = t.accepted {
                let answer = post_ids
                    .get(a + 1)
                    .copied()
                    .context("an accepted answer that is not there")?;
                threads::set_accepted(&mut tx, thread_id, Some(answer)).await?;
                notify(
                    &mut tx,
                    &mut notes,
                    user_ids[t.replies[a].by],
                    notifications::ACCEPTED,
                    thread_id,
                    Some(answer),
                    user_ids[t.opening.by],
                    "",
                )
                .await?;
            }
            made.insert(
                t.key,
                Made {
                    thread: thread_id,
                    posts: post_ids,
                },
            );
        }
    }

    for e in EDITS {
        let topic = DISCUSSIONS
            .iter()
            .chain(QUESTIONS)
            .find(|t| t.key == e.topic)
            .context("an edit of an unknown topic")?;
        let msgs = messages(topic);
        let msg = msgs.get(e.post).context("an edit of an unknown post")?;
        let post_id = made
            .get(e.topic)
            .and_then(|m| m.posts.get(e.post))
            .copied()
            .context("an edit of a post not made")?;
        let md = fix(body(msg, &msgs[..e.post], &handle_of)).replace(e.find, e.replace);
        let md = format!("{md}\n\n{}", e.note);
        let rendered = bottega_text::render(&md, &people);
        posts::edit(
            &mut tx,
            post_id,
            user_ids[msg.by],
            &md,
            &rendered.html,
            msg.lang,
        )
        .await?;
    }

    // Moderation: a thread pinned, one locked, and a post waiting in the queue.
    let moderator = user_ids[MARTA];
    let pinned = made.get(PINNED).context("the pinned thread")?.thread;
    moderation::set_pinned(&mut tx, pinned, true).await?;
    audit::record(
        &mut tx,
        Some(moderator),
        "thread.pin",
        "thread",
        Some(pinned),
        "",
    )
    .await?;
    let locked_topic = DISCUSSIONS
        .iter()
        .find(|t| t.key == LOCKED)
        .context("the locked thread")?;
    let locked = made.get(LOCKED).context("the locked thread")?.thread;
    moderation::set_locked(&mut tx, locked, true).await?;
    audit::record(
        &mut tx,
        Some(moderator),
        "thread.lock",
        "thread",
        Some(locked),
        "",
    )
    .await?;
    notify(
        &mut tx,
        &mut notes,
        user_ids[locked_topic.opening.by],
        notifications::MODERATION,
        locked,
        None,
        moderator,
        "thread.lock",
    )
    .await?;
    let flagged = made
        .get(FLAG.topic)
        .and_then(|m| m.posts.get(FLAG.post))
        .copied()
        .context("the flagged post")?;
    moderation::flag(
        &mut tx,
        flagged,
        user_ids[FLAG.reporter],
        FLAG.reason,
        FLAG.note,
    )
    .await?;

    // Everyone has read all but their two latest notifications.
    let mut per_user: HashMap<i64, Vec<i64>> = HashMap::new();
    for (user, id) in &notes {
        per_user.entry(*user).or_default().push(*id);
    }
    for (user, ids) in &per_user {
        for id in ids.iter().rev().skip(2) {
            notifications::mark_read(&mut tx, *user, Some(*id)).await?;
        }
    }

    for w in WORKSHOPS {
        load_workshop(&mut tx, w, user_ids, &community_ids).await?;
    }
    tx.commit().await.map_err(StorageError::from)?;

    let solved = QUESTIONS.iter().filter(|q| q.accepted.is_some()).count();
    let unanswered = QUESTIONS.iter().filter(|q| q.replies.is_empty()).count();
    let posts: usize = DISCUSSIONS
        .iter()
        .chain(QUESTIONS)
        .map(|t| 1 + t.replies.len())
        .sum();
    println!(
        "Communication: {} communities ({created} created), {} discussions, {} questions \
         ({solved} solved, {unanswered} unanswered), {posts} posts, {} workshops, {} notifications.",
        COMMUNITIES.len(),
        DISCUSSIONS.len(),
        QUESTIONS.len(),
        WORKSHOPS.len(),
        notes.len()
    );
    println!(
        "  Sign in as Besa Gashi to see the private staff room, as Marta Nowak for the \
         moderation queue, as Pieter de Vries for the scenario workshop he facilitates."
    );
    Ok(())
}

/// Creates a notification and remembers it, to mark some as read afterwards.
#[allow(clippy::too_many_arguments)]
async fn notify(
    conn: &mut Conn,
    notes: &mut Vec<(i64, i64)>,
    user_id: i64,
    kind: &str,
    thread_id: i64,
    post_id: Option<i64>,
    actor_id: i64,
    detail: &str,
) -> anyhow::Result<()> {
    let id = notifications::notify(
        conn,
        &NewNotification {
            user_id,
            kind,
            thread_id: Some(thread_id),
            post_id,
            actor_id: Some(actor_id),
            detail,
        },
    )
    .await?;
    if let Some(id) = id {
        notes.push((user_id, id));
    }
    Ok(())
}

async fn load_workshop(
    conn: &mut Conn,
    w: &DemoWorkshop,
    user_ids: &[i64],
    community_ids: &[i64],
) -> anyhow::Result<()> {
    let id = workshops::create(
        conn,
        &NewWorkshop {
            community_id: community_ids[w.community],
            title: w.title,
            focal_question: w.focal_question,
            horizon_year: w.horizon,
            lang: w.lang,
            facilitator_id: user_ids[w.facilitator],
        },
    )
    .await?;
    let mut driver_ids = Vec::new();
    for d in w.drivers {
        let driver =
            workshops::add_driver(conn, id, user_ids[d.by], d.title, d.description, d.kind).await?;
        for (rater, (impact, uncertainty)) in w.raters.iter().zip(d.ratings) {
            workshops::rate_driver(conn, id, driver, user_ids[*rater], *impact, *uncertainty)
                .await?;
        }
        driver_ids.push(driver);
    }
    let Some(a) = &w.axes else {
        return Ok(());
    };
    workshops::set_axes(
        conn,
        id,
        &Axes {
            x_driver: *driver_ids.get(a.x).context("the x axis")?,
            y_driver: *driver_ids.get(a.y).context("the y axis")?,
            x_low: a.x_low,
            x_high: a.x_high,
            y_low: a.y_low,
            y_high: a.y_high,
        },
    )
    .await?;
    for s in w.scenarios {
        for (revision, (by, name, md)) in s.versions.iter().enumerate() {
            let html = bottega_text::render(md, &HashMap::new()).html;
            workshops::save_scenario(
                conn,
                id,
                s.quadrant,
                i32::try_from(revision)?,
                name,
                md,
                &html,
                user_ids[*by],
            )
            .await?;
        }
    }
    for c in w.choices {
        let choice =
            workshops::add_choice(conn, id, c.quadrant, user_ids[c.by], c.text, c.direction)
                .await?;
        for (rater, (plausibility, desirability)) in w.choice_raters.iter().zip(c.ratings) {
            workshops::rate_choice(
                conn,
                id,
                choice,
                user_ids[*rater],
                *plausibility,
                *desirability,
            )
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn handle(k: usize) -> String {
        bottega_domain::slug::handle_base(CAST[k].0)
    }

    fn all_topics() -> impl Iterator<Item = &'static Topic> {
        DISCUSSIONS.iter().chain(QUESTIONS)
    }

    #[test]
    fn posts_are_by_demo_people_in_their_languages_with_valid_mentions_votes_and_quotes() {
        let known: HashSet<String> = (0..CAST.len()).map(handle).collect();
        assert_eq!(known.len(), CAST.len(), "handles are distinct");
        // Languages the detector knows well: the text must read as the language it claims.
        let checked = [L::En, L::It, L::Es, L::Pl, L::Tr, L::Nl, L::Fi, L::De];
        let mut misread = Vec::new();
        for t in all_topics() {
            assert!(t.community < COMMUNITIES.len(), "{}", t.key);
            assert!(
                !t.title.is_empty() && t.title.chars().count() <= 150,
                "{}",
                t.key
            );
            let msgs = messages(t);
            for (k, msg) in msgs.iter().enumerate() {
                let at = format!("{} post {k}", t.key);
                assert!(msg.by < CAST.len(), "{at}");
                assert!(
                    CAST[msg.by].1.contains(&msg.lang),
                    "{at}: not a language of its author"
                );
                assert!(Language::parse(msg.lang.code()).is_some());
                let md = body(msg, &msgs[..k], &handle);
                assert!(md.chars().count() <= 20_000, "{at}");
                for h in bottega_text::mentions(&md) {
                    assert!(known.contains(&h), "{at}: unknown mention @{h}");
                    assert_ne!(h, handle(msg.by), "{at}: mentions its author");
                }
                let mut voters = HashSet::new();
                for v in msg.votes {
                    assert!(*v < CAST.len() && *v != msg.by, "{at}: vote by its author");
                    assert!(voters.insert(*v), "{at}: two votes by one person");
                }
                if let Some((q, words)) = msg.quote {
                    assert!(q < k, "{at}: quotes a later post");
                    assert!(msgs[q].md.contains(words), "{at}: quotes words not there");
                    assert_ne!(msgs[q].by, msg.by, "{at}: quotes itself");
                }
                if checked.contains(&msg.lang) {
                    let found = bottega_text::detect_language(&bottega_text::plain_text(msg.md));
                    // Unsure (None) is allowed for short posts; another language is not.
                    if found.is_some_and(|f| f != msg.lang) {
                        misread.push(format!("{at}: {} read as {found:?}", msg.lang));
                    }
                }
            }
            if COMMUNITIES[t.community].visibility == "private" {
                for msg in &msgs {
                    assert!(BRIDGE_MEMBERS.contains(&msg.by), "{}: an outsider", t.key);
                }
            }
        }
        assert!(misread.is_empty(), "{misread:#?}");
        let keys: HashSet<&str> = all_topics().map(|t| t.key).collect();
        assert_eq!(keys.len(), DISCUSSIONS.len() + QUESTIONS.len());
        assert!(keys.contains(PINNED) && keys.contains(LOCKED) && keys.contains(FLAG.topic));
        for e in EDITS {
            let t = all_topics()
                .find(|t| t.key == e.topic)
                .expect("edited topic");
            assert!(messages(t)[e.post].md.contains(e.find));
        }
        let flagged = all_topics().find(|t| t.key == FLAG.topic).expect("flag");
        assert!(FLAG.post < messages(flagged).len());
        assert_ne!(messages(flagged)[FLAG.post].by, FLAG.reporter);
    }

    #[test]
    fn discussions_and_questions_fill_every_tab() {
        assert!(DISCUSSIONS.len() >= 12);
        for t in DISCUSSIONS {
            assert!((2..=8).contains(&t.replies.len()), "{}", t.key);
            assert!(t.accepted.is_none());
            let authors: HashSet<usize> = messages(t).iter().map(|m| m.by).collect();
            assert!(authors.len() >= 2, "{}", t.key);
        }
        assert!(QUESTIONS.len() >= 10);
        for q in QUESTIONS {
            assert!(
                q.setting.country.is_some() && q.setting.sector.is_some(),
                "{}",
                q.key
            );
            if let Some(a) = q.accepted {
                assert!(a < q.replies.len(), "{}", q.key);
                assert_ne!(q.replies[a].by, q.opening.by, "{}: accepts itself", q.key);
            }
        }
        let unanswered = QUESTIONS.iter().filter(|q| q.replies.is_empty()).count();
        let open = QUESTIONS
            .iter()
            .filter(|q| !q.replies.is_empty() && q.accepted.is_none())
            .count();
        let solved = QUESTIONS.iter().filter(|q| q.accepted.is_some()).count();
        assert!(unanswered >= 2 && open >= 2 && solved >= 4);
        let languages: HashSet<Language> =
            all_topics().flat_map(messages).map(|m| m.lang).collect();
        assert!(languages.len() >= 10, "{languages:?}");
        let visibilities: HashSet<&str> = COMMUNITIES.iter().map(|c| c.visibility).collect();
        assert_eq!(visibilities.len(), 3);
        for c in COMMUNITIES {
            assert_eq!(c.visibility == "private", c.org.is_some(), "{}", c.name);
        }
    }

    #[test]
    fn the_default_themes_are_filled_not_duplicated() {
        let slugs: HashSet<String> = COMMUNITIES
            .iter()
            .map(|c| bottega_domain::slug::slugify(c.name))
            .collect();
        assert_eq!(slugs.len(), COMMUNITIES.len());
        for (name, _) in communities::DEFAULT_THEMES {
            let slug = bottega_domain::slug::slugify(name);
            let ours = COMMUNITIES
                .iter()
                .find(|c| bottega_domain::slug::slugify(c.name) == slug)
                .expect("every default theme has demo content");
            assert_eq!(ours.visibility, "public", "{name}");
        }
        for (k, _) in COMMUNITIES.iter().enumerate() {
            assert!(
                all_topics().any(|t| t.community == k),
                "community {k} has no thread"
            );
        }
    }

    #[test]
    fn the_workshops_are_complete_and_consistent() {
        let full = &WORKSHOPS[0];
        assert!(full.drivers.len() >= 8);
        assert_eq!(full.scenarios.len(), 4);
        assert!(full.scenarios.iter().any(|s| s.versions.len() > 1));
        let quadrants: HashSet<i32> = full.scenarios.iter().map(|s| s.quadrant).collect();
        assert_eq!(quadrants, HashSet::from([1, 2, 3, 4]));
        for q in 1..=4 {
            for dir in ["towards", "away"] {
                assert!(
                    full.choices
                        .iter()
                        .any(|c| c.quadrant == q && c.direction == dir),
                    "quadrant {q} has no choice {dir} it"
                );
            }
        }
        let axes = full.axes.as_ref().expect("axes");
        assert_ne!(axes.x, axes.y);
        for a in [axes.x, axes.y] {
            assert_eq!(full.drivers[a].kind, "uncertainty");
        }
        assert!(WORKSHOPS
            .iter()
            .any(|w| w.axes.is_none() && w.scenarios.is_empty()));
        for w in WORKSHOPS {
            assert!(w.community < COMMUNITIES.len());
            assert_eq!(COMMUNITIES[w.community].visibility, "public");
            assert!(w.title.chars().count() <= 150 && w.focal_question.chars().count() <= 500);
            let raters: HashSet<usize> = w.raters.iter().copied().collect();
            assert_eq!(raters.len(), w.raters.len());
            for d in w.drivers {
                assert!(d.by < CAST.len() && d.title.chars().count() <= 150);
                assert!(d.description.chars().count() <= 2000);
                assert!(matches!(d.kind, "trend" | "uncertainty"));
                assert_eq!(d.ratings.len(), w.raters.len(), "{}", d.title);
                for (i, u) in d.ratings {
                    assert!((1..=5).contains(i) && (1..=5).contains(u), "{}", d.title);
                }
            }
            for s in w.scenarios {
                for (by, name, md) in s.versions {
                    assert!(*by < CAST.len() && !name.is_empty() && !md.is_empty());
                }
            }
            for c in w.choices {
                assert!(c.by < CAST.len() && c.text.chars().count() <= 500);
                assert!(matches!(c.direction, "towards" | "away"));
                assert_eq!(c.ratings.len(), w.choice_raters.len(), "{}", c.text);
                for (p, d) in c.ratings {
                    assert!((1..=5).contains(p) && (1..=5).contains(d), "{}", c.text);
                }
            }
        }
        // The two axes are the drivers rated most uncertain among those with the most impact.
        let score = |d: &DemoDriver| {
            let n = d.ratings.len() as f64;
            let (i, u) = d
                .ratings
                .iter()
                .fold((0.0, 0.0), |(i, u), (a, b)| (i + *a as f64, u + *b as f64));
            (i / n) * (u / n)
        };
        let mut ranked: Vec<usize> = (0..full.drivers.len()).collect();
        ranked.sort_by(|a, b| score(&full.drivers[*b]).total_cmp(&score(&full.drivers[*a])));
        let top: HashSet<usize> = ranked[..2].iter().copied().collect();
        assert_eq!(top, HashSet::from([axes.x, axes.y]));
    }
}
