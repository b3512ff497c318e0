//! Demo data a newcomer can click through: organisations of every type from fourteen
//! countries of the EU and the Western Balkans, and one person for every role, all with the same
//! demo password. Loading is idempotent: a database that already has the demo is left alone.

use bottega_domain::{Country, Language, OrgRole, OrgType, RoleType, Sector, SiteRole, Visibility};
use bottega_storage::accounts::{self, NewUser, ProfileLists, ProfileUpdate};
use bottega_storage::directory::{self, OrgFields};
use bottega_storage::{Db, StorageError};

/// The password of every demo account. It is printed on the console when the demo loads.
pub const DEMO_PASSWORD: &str = "bottega-demo-2026";

struct DemoOrg {
    name: &'static str,
    org_type: OrgType,
    country: Country,
    city: &'static str,
    website: &'static str,
    description: &'static str,
    lang: Language,
    sectors: &'static [Sector],
    languages: &'static [Language],
}

use Country as C;
use Language as L;
use Sector as S;

const ORGS: &[DemoOrg] = &[
    DemoOrg { name: "Istituto Professionale Leonardo", org_type: OrgType::VetProvider, country: C::It, city: "Bologna", website: "https://leonardo.example.org",
        description: "Scuola professionale per la ristorazione, la panificazione e la meccanica. Cerchiamo partner per la mobilità degli studenti e per tirocini in azienda all'estero.",
        lang: L::It, sectors: &[S::Hospitality, S::Bakery, S::Metalwork], languages: &[L::It, L::En] },
    DemoOrg { name: "Centro de Formación Profesional Río Ebro", org_type: OrgType::VetProvider, country: C::Es, city: "Zaragoza", website: "https://rioebro.example.org",
        description: "Centro de formación profesional dual en automoción, electricidad y logística, con más de cien empresas colaboradoras en Aragón.",
        lang: L::Es, sectors: &[S::Automotive, S::Electrical, S::Logistics], languages: &[L::Es, L::En, L::Fr] },
    DemoOrg { name: "Shkolla Profesionale Teknike Durrës", org_type: OrgType::VetProvider, country: C::Al, city: "Durrës", website: "",
        description: "Shkollë profesionale për ndërtimin, elektroteknikën dhe TIK-un. Duam të forcojmë lidhjet me bizneset dhe të hapim praktika në Europë për nxënësit tanë.",
        lang: L::Sq, sectors: &[S::Construction, S::Electrical, S::Ict], languages: &[L::Sq, L::En, L::It] },
    DemoOrg { name: "Srednja stručna škola Mostar", org_type: OrgType::VetProvider, country: C::Ba, city: "Mostar", website: "",
        description: "Srednja škola za drvnu, metalsku i ugostiteljsku struku. Tražimo partnersku školu iz EU za razmjenu nastavnika i twinning projekte.",
        lang: L::Bs, sectors: &[S::Woodwork, S::Metalwork, S::Hospitality], languages: &[L::Bs, L::Hr, L::En] },
    DemoOrg { name: "Ammattiopisto Pohjoisranta", org_type: OrgType::VetProvider, country: C::Fi, city: "Oulu", website: "https://pohjoisranta.example.org",
        description: "Vocational college known for work-based learning: most of our students learn at companies for more than half of their studies. Happy to coach schools that start apprenticeships.",
        lang: L::En, sectors: &[S::Health, S::Ict, S::Energy], languages: &[L::Fi, L::Sv, L::En] },
    DemoOrg { name: "Šolski center Savinja", org_type: OrgType::VetProvider, country: C::Si, city: "Celje", website: "",
        description: "Šolski center s programi za strojništvo, elektrotehniko in frizerstvo. Sodelujemo s šolami na Zahodnem Balkanu pri razvoju praktičnega usposabljanja.",
        lang: L::Sl, sectors: &[S::Metalwork, S::Electrical, S::Beauty], languages: &[L::Sl, L::En, L::De] },
    DemoOrg { name: "Stolarija Kovač", org_type: OrgType::Company, country: C::Hr, city: "Varaždin", website: "https://stolarija-kovac.example.org",
        description: "Obiteljska stolarija s dvanaest zaposlenih. Svake godine primamo učenike na praksu i tražimo mlade stolare.",
        lang: L::Hr, sectors: &[S::Woodwork], languages: &[L::Hr, L::De] },
    DemoOrg { name: "Forno Bianchi", org_type: OrgType::Company, country: C::It, city: "Modena", website: "",
        description: "Panificio artigiano dal 1962. Accogliamo apprendisti e studenti in tirocinio, anche dall'estero.",
        lang: L::It, sectors: &[S::Bakery, S::Retail], languages: &[L::It] },
    DemoOrg { name: "Małopolska Craft Association", org_type: OrgType::CraftAssociation, country: C::Pl, city: "Kraków", website: "https://rzemioslo.example.org",
        description: "Zrzeszamy ponad trzysta zakładów rzemieślniczych i organizujemy egzaminy czeladnicze. Wspieramy szkoły w organizacji praktyk u pracodawców.",
        lang: L::Pl, sectors: &[S::CreativeCrafts, S::Construction, S::Beauty], languages: &[L::Pl, L::En] },
    DemoOrg { name: "Chamber of Crafts Novi Sad", org_type: OrgType::Chamber, country: C::Rs, city: "Novi Sad", website: "",
        description: "Komora okuplja zanatlije Vojvodine i učestvuje u dualnom obrazovanju kao posrednik između škola i poslodavaca.",
        lang: L::Sr, sectors: &[S::CreativeCrafts, S::Metalwork, S::Bakery], languages: &[L::Sr, L::Hu, L::En] },
    DemoOrg { name: "Sindikata e Arsimit Prishtinë", org_type: OrgType::SocialPartner, country: C::Xk, city: "Prishtinë", website: "",
        description: "Sindikatë e mësimdhënësve të arsimit profesional. Punojmë për zhvillimin profesional të mësimdhënësve dhe kushte më të mira pune.",
        lang: L::Sq, sectors: &[S::Education], languages: &[L::Sq, L::Sr, L::En] },
    DemoOrg { name: "VET Agency of Montenegro", org_type: OrgType::PublicBody, country: C::Me, city: "Podgorica", website: "",
        description: "Public body responsible for VET standards, qualifications and quality assurance in line with EQAVET. We publish yearly data on graduates' employment.",
        lang: L::En, sectors: &[S::Education], languages: &[L::Sr, L::En] },
    DemoOrg { name: "Genç Zanaatkârlar Derneği", org_type: OrgType::YouthOrganisation, country: C::Tr, city: "İzmir", website: "",
        description: "Genç zanaatkârları ve meslek lisesi mezunlarını buluşturan bir gençlik derneği. Mentorluk ve iş arama atölyeleri düzenliyoruz.",
        lang: L::Tr, sectors: &[S::CreativeCrafts, S::Textiles], languages: &[L::Tr, L::En] },
    DemoOrg { name: "Hogeschool Noordkust", org_type: OrgType::University, country: C::Nl, city: "Groningen", website: "https://noordkust.example.org",
        description: "University of applied sciences researching teacher training in VET and the impact of work-based learning on young people's careers.",
        lang: L::En, sectors: &[S::Education, S::Business], languages: &[L::Nl, L::En, L::De] },
    DemoOrg { name: "Balkan Skills Bridge", org_type: OrgType::Ngo, country: C::Mk, city: "Skopje", website: "",
        description: "NGO connecting VET schools in the Western Balkans with companies and with schools in the EU. We run twinning and mobility projects.",
        lang: L::En, sectors: &[S::Education, S::Ict, S::Hospitality], languages: &[L::Mk, L::Sq, L::En] },
];

struct DemoPerson {
    email: &'static str,
    name: &'static str,
    country: Country,
    site_role: SiteRole,
    role: RoleType,
    minor: bool,
    visibility: Visibility,
    bio: &'static str,
    bio_lang: Language,
    languages: &'static [Language],
    sectors: &'static [Sector],
    /// Index into `ORGS` and the role held there.
    org: Option<(usize, OrgRole)>,
}

const PEOPLE: &[DemoPerson] = &[
    DemoPerson { email: "admin@bottega.example", name: "Bottega Admin", country: C::It, site_role: SiteRole::Admin, role: RoleType::ProjectCoordinator, minor: false, visibility: Visibility::Members,
        bio: "I look after this Bottega. Write to me if something does not work.", bio_lang: L::En, languages: &[L::En, L::It], sectors: &[S::Education], org: None },
    DemoPerson { email: "marta.nowak@bottega.example", name: "Marta Nowak", country: C::Pl, site_role: SiteRole::Moderator, role: RoleType::AssociationStaff, minor: false, visibility: Visibility::Public,
        bio: "Moderuję dyskusje i pomagam nowym członkom znaleźć partnerów.", bio_lang: L::Pl, languages: &[L::Pl, L::En, L::De], sectors: &[S::CreativeCrafts], org: Some((8, OrgRole::Admin)) },
    DemoPerson { email: "giulia.rossi@bottega.example", name: "Giulia Rossi", country: C::It, site_role: SiteRole::Member, role: RoleType::Teacher, minor: false, visibility: Visibility::Public,
        bio: "Insegno panificazione e pasticceria da quindici anni. Mi interessano i tirocini all'estero e l'apprendimento basato sul lavoro.", bio_lang: L::It, languages: &[L::It, L::En, L::Es], sectors: &[S::Bakery, S::Hospitality], org: Some((0, OrgRole::Admin)) },
    DemoPerson { email: "javier.martin@bottega.example", name: "Javier Martín", country: C::Es, site_role: SiteRole::Member, role: RoleType::Trainer, minor: false, visibility: Visibility::Public,
        bio: "Formador de mecánica del automóvil y coordinador de la FP dual en mi centro.", bio_lang: L::Es, languages: &[L::Es, L::En], sectors: &[S::Automotive], org: Some((1, OrgRole::Admin)) },
    DemoPerson { email: "ana.kovac@bottega.example", name: "Ana Kovač", country: C::Hr, site_role: SiteRole::Member, role: RoleType::CompanyMentor, minor: false, visibility: Visibility::Public,
        bio: "Mentorica učenicima na praksi u našoj stolariji.", bio_lang: L::Hr, languages: &[L::Hr, L::De, L::En], sectors: &[S::Woodwork], org: Some((6, OrgRole::Admin)) },
    DemoPerson { email: "luka.petrovic@bottega.example", name: "Luka Petrović", country: C::Rs, site_role: SiteRole::Member, role: RoleType::Student, minor: true, visibility: Visibility::Private,
        bio: "Učenik druge godine, smer bravar.", bio_lang: L::Sr, languages: &[L::Sr, L::En], sectors: &[S::Metalwork], org: Some((9, OrgRole::Member)) },
    DemoPerson { email: "elira.hoxha@bottega.example", name: "Elira Hoxha", country: C::Al, site_role: SiteRole::Member, role: RoleType::JobSeeker, minor: false, visibility: Visibility::Members,
        bio: "Kam mbaruar shkollën profesionale për TIK dhe kërkoj punë si teknike rrjetesh.", bio_lang: L::Sq, languages: &[L::Sq, L::En, L::It], sectors: &[S::Ict], org: None },
    DemoPerson { email: "arben.krasniqi@bottega.example", name: "Arben Krasniqi", country: C::Xk, site_role: SiteRole::Member, role: RoleType::SchoolLeader, minor: false, visibility: Visibility::Public,
        bio: "Drejtor shkolle dhe anëtar i sindikatës. Interesohem për binjakëzimin me shkolla në BE.", bio_lang: L::Sq, languages: &[L::Sq, L::Sr, L::En], sectors: &[S::Education], org: Some((10, OrgRole::Admin)) },
    DemoPerson { email: "mehmet.yilmaz@bottega.example", name: "Mehmet Yılmaz", country: C::Tr, site_role: SiteRole::Member, role: RoleType::CompanyStaff, minor: false, visibility: Visibility::Public,
        bio: "Gençlere zanaat öğreten bir atölyede çalışıyorum.", bio_lang: L::Tr, languages: &[L::Tr, L::En], sectors: &[S::Textiles], org: Some((12, OrgRole::Admin)) },
    DemoPerson { email: "katarzyna.wisniewska@bottega.example", name: "Katarzyna Wiśniewska", country: C::Pl, site_role: SiteRole::Member, role: RoleType::AssociationStaff, minor: false, visibility: Visibility::Members,
        bio: "Organizuję egzaminy czeladnicze i praktyki u rzemieślników.", bio_lang: L::Pl, languages: &[L::Pl, L::En], sectors: &[S::CreativeCrafts, S::Beauty], org: Some((8, OrgRole::Member)) },
    DemoPerson { email: "jelena.markovic@bottega.example", name: "Jelena Marković", country: C::Me, site_role: SiteRole::Member, role: RoleType::PolicyMaker, minor: false, visibility: Visibility::Public,
        bio: "I work on VET policy and quality assurance, and on how graduate tracking can inform it.", bio_lang: L::En, languages: &[L::Sr, L::En], sectors: &[S::Education], org: Some((11, OrgRole::Admin)) },
    DemoPerson { email: "pieter.devries@bottega.example", name: "Pieter de Vries", country: C::Nl, site_role: SiteRole::Editor, role: RoleType::Researcher, minor: false, visibility: Visibility::Public,
        bio: "Researcher on teacher professionalisation in VET.", bio_lang: L::En, languages: &[L::Nl, L::En, L::De], sectors: &[S::Education], org: Some((13, OrgRole::Admin)) },
    DemoPerson { email: "sofia.esposito@bottega.example", name: "Sofia Esposito", country: C::It, site_role: SiteRole::Member, role: RoleType::ProjectCoordinator, minor: false, visibility: Visibility::Public,
        bio: "Coordino progetti Erasmus+ KA2 tra scuole professionali e imprese artigiane.", bio_lang: L::It, languages: &[L::It, L::En, L::Fr], sectors: &[S::Education, S::Bakery], org: Some((7, OrgRole::Admin)) },
    DemoPerson { email: "aino.virtanen@bottega.example", name: "Aino Virtanen", country: C::Fi, site_role: SiteRole::Member, role: RoleType::Teacher, minor: false, visibility: Visibility::Public,
        bio: "Teacher of health care, mentor of new teachers, and coordinator of our apprenticeships.", bio_lang: L::En, languages: &[L::Fi, L::Sv, L::En], sectors: &[S::Health], org: Some((4, OrgRole::Admin)) },
    DemoPerson { email: "edin.hadzic@bottega.example", name: "Edin Hadžić", country: C::Ba, site_role: SiteRole::Member, role: RoleType::Teacher, minor: false, visibility: Visibility::Public,
        bio: "Nastavnik drvne struke. Zanima me twinning sa školama u EU.", bio_lang: L::Bs, languages: &[L::Bs, L::En, L::De], sectors: &[S::Woodwork], org: Some((3, OrgRole::Admin)) },
    DemoPerson { email: "nina.zupan@bottega.example", name: "Nina Zupan", country: C::Si, site_role: SiteRole::Member, role: RoleType::Trainer, minor: false, visibility: Visibility::Public,
        bio: "Praktični pouk frizerstva; sodelujem pri izmenjavah učiteljev.", bio_lang: L::Sl, languages: &[L::Sl, L::Hr, L::En], sectors: &[S::Beauty], org: Some((5, OrgRole::Admin)) },
    DemoPerson { email: "besa.gashi@bottega.example", name: "Besa Gashi", country: C::Mk, site_role: SiteRole::Member, role: RoleType::ProjectCoordinator, minor: false, visibility: Visibility::Public,
        bio: "I coordinate twinning between schools in North Macedonia, Albania and the EU.", bio_lang: L::En, languages: &[L::Mk, L::Sq, L::En], sectors: &[S::Education], org: Some((14, OrgRole::Admin)) },
    DemoPerson { email: "dritan.leka@bottega.example", name: "Dritan Leka", country: C::Al, site_role: SiteRole::Member, role: RoleType::Teacher, minor: false, visibility: Visibility::Public,
        bio: "Mësues i elektroteknikës në Durrës.", bio_lang: L::Sq, languages: &[L::Sq, L::It, L::En], sectors: &[S::Electrical], org: Some((2, OrgRole::Admin)) },
];

/// Loads the demo unless it is already there.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if accounts::by_email(db, PEOPLE[0].email).await?.is_some() {
        println!("The demo data is already loaded.");
        print_accounts();
        return Ok(());
    }
    // One hash for all: every demo account has the same password, and hashing is slow on purpose.
    let hash = bottega_web::passwords::hash(DEMO_PASSWORD.to_string()).await?;
    let mut tx = db.begin().await?;
    let mut user_ids = Vec::new();
    for p in PEOPLE {
        let id = accounts::create_user(
            &mut tx,
            &NewUser {
                email: p.email,
                password_hash: &hash,
                display_name: p.name,
                country: Some(p.country),
                is_minor: p.minor,
                locale: None,
                site_role: p.site_role,
                verified: true,
            },
        )
        .await?;
        let lists = ProfileLists {
            languages: p.languages.to_vec(),
            roles: vec![p.role],
            sectors: p.sectors.to_vec(),
        };
        accounts::update_profile(
            &mut tx,
            id,
            &ProfileUpdate {
                display_name: p.name,
                country: Some(p.country),
                bio: p.bio,
                bio_lang: Some(p.bio_lang),
                visibility: p.visibility,
                is_minor: p.minor,
                lists: &lists,
            },
        )
        .await?;
        user_ids.push(id);
    }
    // The organisations are created by their administrators; the site admin creates the rest.
    let mut org_ids = Vec::new();
    for (i, o) in ORGS.iter().enumerate() {
        let creator = PEOPLE
            .iter()
            .position(|p| p.org == Some((i, OrgRole::Admin)))
            .map(|k| user_ids[k])
            .unwrap_or(user_ids[0]);
        let org = directory::create(
            &mut tx,
            &OrgFields {
                name: o.name,
                org_type: o.org_type,
                country: o.country,
                city: o.city,
                website: o.website,
                description: o.description,
                description_lang: Some(o.lang),
                sectors: o.sectors,
                languages: o.languages,
            },
            creator,
        )
        .await?;
        org_ids.push(org.id);
    }
    for (k, p) in PEOPLE.iter().enumerate() {
        if let Some((i, role)) = p.org {
            directory::add_member(&mut tx, org_ids[i], user_ids[k], role).await?;
        }
    }
    // Some life in the directory: a pending request and an extra member.
    directory::request_to_join(
        &mut tx,
        org_ids[0],
        user_ids[6],
        "Vorrei fare un tirocinio in Italia: posso unirmi alla vostra rete?",
    )
    .await?;
    directory::add_member(&mut tx, org_ids[14], user_ids[7], OrgRole::Member).await?;
    tx.commit().await.map_err(StorageError::from)?;
    println!(
        "Demo data loaded: {} organisations in {} countries, {} people.",
        ORGS.len(),
        count_countries(),
        PEOPLE.len()
    );
    crate::demo_communication::load(db, &user_ids, &org_ids).await?;
    print_accounts();
    Ok(())
}

fn count_countries() -> usize {
    let mut c: Vec<_> = ORGS.iter().map(|o| o.country).collect();
    c.sort();
    c.dedup();
    c.len()
}

fn print_accounts() {
    println!("\nDemo accounts (password for all: {DEMO_PASSWORD}):");
    for p in PEOPLE {
        let extra = match p.site_role {
            SiteRole::Admin => " [site administrator]",
            SiteRole::Moderator => " [moderator]",
            SiteRole::Editor => " [best-practice editor]",
            SiteRole::Member => "",
        };
        let minor = if p.minor { " [under 18]" } else { "" };
        println!(
            "  {:<38} {:<22} {}{}{}",
            p.email,
            p.name,
            p.role.code(),
            extra,
            minor
        );
    }
    println!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_covers_every_type_and_role_in_eight_countries() {
        for t in OrgType::ALL {
            assert!(
                ORGS.iter().any(|o| o.org_type == *t),
                "no demo organisation of type {t}"
            );
        }
        for r in RoleType::ALL {
            assert!(
                PEOPLE.iter().any(|p| p.role == *r),
                "no demo person with role {r}"
            );
        }
        assert!(count_countries() >= 8);
        assert!(
            ORGS.iter()
                .filter(|o| o.country.is_western_balkans())
                .count()
                >= 4
        );
        assert!(PEOPLE
            .iter()
            .any(|p| p.minor && p.visibility != Visibility::Public));
        assert!(bottega_domain::password::check_new(DEMO_PASSWORD, "x@y.org").is_ok());
        for p in PEOPLE {
            if let Some((i, _)) = p.org {
                assert!(i < ORGS.len());
            }
        }
    }
}
