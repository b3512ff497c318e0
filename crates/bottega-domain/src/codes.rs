//! Closed sets of codes. Each value has a stable code stored in the database and used as the
//! suffix of its Fluent message id (for example `sector-bakery`), so the wording can change
//! and be translated without touching stored data.

/// A closed set of stored codes, each named in the interface by a Fluent message. Lets forms and
/// filters treat every set alike.
pub trait CodeSet: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn parse(code: &str) -> Option<Self>;
    fn message_id(self) -> String;
}

/// Declares an enum of codes with `code()`, `parse()`, `ALL` and the Fluent message id.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The Fluent message id that names this value in the interface.
            pub fn message_id(self) -> String {
                format!(concat!($prefix, "-{}"), self.code())
            }
        }

        impl CodeSet for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn parse(code: &str) -> Option<Self> {
                $name::parse(code)
            }
            fn message_id(self) -> String {
                $name::message_id(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

code_enum!(
    /// What kind of organisation takes part in the VET community.
    OrgType, "org-type" {
        VetProvider => "vet-provider",
        Company => "company",
        CraftAssociation => "craft-association",
        Chamber => "chamber",
        SocialPartner => "social-partner",
        PublicBody => "public-body",
        YouthOrganisation => "youth-organisation",
        University => "university",
        Ngo => "ngo",
    }
);

code_enum!(
    /// The roles a person plays in VET; a person may hold several.
    RoleType, "role-type" {
        Teacher => "teacher",
        Trainer => "trainer",
        CompanyMentor => "company-mentor",
        Student => "student",
        JobSeeker => "job-seeker",
        SchoolLeader => "school-leader",
        CompanyStaff => "company-staff",
        AssociationStaff => "association-staff",
        PolicyMaker => "policy-maker",
        Researcher => "researcher",
        ProjectCoordinator => "project-coordinator",
    }
);

code_enum!(
    /// Economic sectors and trades in which VET prepares people.
    Sector, "sector" {
        Construction => "construction",
        Woodwork => "woodwork",
        Metalwork => "metalwork",
        Electrical => "electrical",
        Automotive => "automotive",
        Ict => "ict",
        Hospitality => "hospitality",
        Bakery => "bakery",
        Agriculture => "agriculture",
        Health => "health",
        Beauty => "beauty",
        Textiles => "textiles",
        Business => "business",
        Retail => "retail",
        Logistics => "logistics",
        CreativeCrafts => "creative-crafts",
        Energy => "energy",
        Education => "education",
    }
);

code_enum!(
    /// Countries of the European Union, the Western Balkans and the wider Erasmus+ area.
    Country, "country" {
        At => "AT", Be => "BE", Bg => "BG", Hr => "HR", Cy => "CY", Cz => "CZ", Dk => "DK",
        Ee => "EE", Fi => "FI", Fr => "FR", De => "DE", Gr => "GR", Hu => "HU", Ie => "IE",
        It => "IT", Lv => "LV", Lt => "LT", Lu => "LU", Mt => "MT", Nl => "NL", Pl => "PL",
        Pt => "PT", Ro => "RO", Sk => "SK", Si => "SI", Es => "ES", Se => "SE",
        Al => "AL", Ba => "BA", Xk => "XK", Me => "ME", Mk => "MK", Rs => "RS",
        Tr => "TR", No => "NO", Is => "IS", Li => "LI", Ch => "CH", Gb => "GB", Ua => "UA",
        Md => "MD", Ge => "GE",
    }
);

impl Country {
    /// The Western Balkans, named apart because twinning and partner search single them out.
    pub fn is_western_balkans(self) -> bool {
        matches!(
            self,
            Country::Al | Country::Ba | Country::Xk | Country::Me | Country::Mk | Country::Rs
        )
    }
}

code_enum!(
    /// Languages that people speak and that content is written in (ISO 639-1).
    Language, "language" {
        Bg => "bg", Cs => "cs", Da => "da", De => "de", El => "el", En => "en", Es => "es",
        Et => "et", Fi => "fi", Fr => "fr", Ga => "ga", Hr => "hr", Hu => "hu", It => "it",
        Lt => "lt", Lv => "lv", Mt => "mt", Nl => "nl", Pl => "pl", Pt => "pt", Ro => "ro",
        Sk => "sk", Sl => "sl", Sv => "sv", Sq => "sq", Sr => "sr", Bs => "bs", Mk => "mk",
        Tr => "tr", Uk => "uk", No => "no", Is => "is",
    }
);

impl Language {
    /// The language's name in itself. Lists of languages show endonyms, so a reader finds their
    /// own language whatever the interface language is.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Bg => "български",
            Language::Cs => "čeština",
            Language::Da => "dansk",
            Language::De => "Deutsch",
            Language::El => "ελληνικά",
            Language::En => "English",
            Language::Es => "español",
            Language::Et => "eesti",
            Language::Fi => "suomi",
            Language::Fr => "français",
            Language::Ga => "Gaeilge",
            Language::Hr => "hrvatski",
            Language::Hu => "magyar",
            Language::It => "italiano",
            Language::Lt => "lietuvių",
            Language::Lv => "latviešu",
            Language::Mt => "Malti",
            Language::Nl => "Nederlands",
            Language::Pl => "polski",
            Language::Pt => "português",
            Language::Ro => "română",
            Language::Sk => "slovenčina",
            Language::Sl => "slovenščina",
            Language::Sv => "svenska",
            Language::Sq => "shqip",
            Language::Sr => "српски / srpski",
            Language::Bs => "bosanski",
            Language::Mk => "македонски",
            Language::Tr => "Türkçe",
            Language::Uk => "українська",
            Language::No => "norsk",
            Language::Is => "íslenska",
        }
    }
}

code_enum!(
    /// Who may see a person's profile.
    Visibility, "visibility" {
        Public => "public",
        Members => "members",
        Private => "private",
    }
);

code_enum!(
    /// A person's standing on the whole site, apart from their roles in organisations.
    SiteRole, "site-role" {
        Member => "member",
        Moderator => "moderator",
        // Curates the best-practice repository: assigns reviewers, decides, awards labels.
        Editor => "editor",
        Admin => "admin",
    }
);

code_enum!(
    /// A person's role inside one organisation.
    OrgRole, "org-role" {
        Member => "member",
        Admin => "admin",
    }
);

code_enum!(
    /// Whether an account may sign in.
    AccountStatus, "account-status" {
        Active => "active",
        Suspended => "suspended",
    }
);

code_enum!(
    /// What a resource of the toolbox is.
    ResourceType, "resource-type" {
        Document => "document",
        CourseMaterial => "course-material",
        Template => "template",
        Presentation => "presentation",
        Video => "video",
        Audio => "audio",
        Image => "image",
        Tool => "tool",
        ProjectResult => "project-result",
        Study => "study",
        Link => "link",
    }
);

code_enum!(
    /// The terms on which a resource may be reused: Creative Commons 4.0 variants, public
    /// domain, or all rights reserved.
    Licence, "licence" {
        CcBy => "cc-by",
        CcBySa => "cc-by-sa",
        CcByNd => "cc-by-nd",
        CcByNc => "cc-by-nc",
        CcByNcSa => "cc-by-nc-sa",
        CcByNcNd => "cc-by-nc-nd",
        Cc0 => "cc0",
        PublicDomain => "public-domain",
        AllRightsReserved => "all-rights-reserved",
    }
);

impl Licence {
    /// Whether others may adapt the work (a reuse report makes most sense then).
    pub fn allows_adaptation(self) -> bool {
        !matches!(
            self,
            Licence::CcByNd | Licence::CcByNcNd | Licence::AllRightsReserved
        )
    }

    /// The licence's own page, for Creative Commons licences.
    pub fn url(self) -> Option<&'static str> {
        Some(match self {
            Licence::CcBy => "https://creativecommons.org/licenses/by/4.0/",
            Licence::CcBySa => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::CcByNd => "https://creativecommons.org/licenses/by-nd/4.0/",
            Licence::CcByNc => "https://creativecommons.org/licenses/by-nc/4.0/",
            Licence::CcByNcSa => "https://creativecommons.org/licenses/by-nc-sa/4.0/",
            Licence::CcByNcNd => "https://creativecommons.org/licenses/by-nc-nd/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
            Licence::PublicDomain | Licence::AllRightsReserved => return None,
        })
    }
}

code_enum!(
    /// The strategic themes of VET that content is filed under.
    Theme, "theme" {
        LabourMarket => "labour-market",
        Didactics => "didactics",
        TeacherCompetences => "teacher-competences",
        EuFunding => "eu-funding",
        Mobility => "mobility",
        DualLearning => "dual-learning",
        Entrepreneurship => "entrepreneurship",
        Guidance => "guidance",
        InformalLearning => "informal-learning",
        GreenSkills => "green-skills",
        DigitalSkills => "digital-skills",
        Inclusion => "inclusion",
    }
);

code_enum!(
    /// Whom a resource is meant for.
    TargetGroup, "target-group" {
        VetTeachers => "vet-teachers",
        InCompanyTrainers => "in-company-trainers",
        Mentors => "mentors",
        Learners => "learners",
        Apprentices => "apprentices",
        SchoolLeaders => "school-leaders",
        GuidanceCounsellors => "guidance-counsellors",
        Employers => "employers",
        PolicyMakers => "policy-makers",
        AdultLearners => "adult-learners",
    }
);

code_enum!(
    /// Competence areas of the European frameworks: EntreComp (entrepreneurship), DigComp
    /// (digital) and LifeComp (personal, social and learning to learn).
    Competence, "competence" {
        EntreIdeas => "entrecomp-ideas",
        EntreResources => "entrecomp-resources",
        EntreAction => "entrecomp-action",
        DigiInformation => "digcomp-information",
        DigiCommunication => "digcomp-communication",
        DigiContent => "digcomp-content",
        DigiSafety => "digcomp-safety",
        DigiProblems => "digcomp-problems",
        LifePersonal => "lifecomp-personal",
        LifeSocial => "lifecomp-social",
        LifeLearning => "lifecomp-learning",
    }
);

code_enum!(
    /// Who may see a resource or a collection. `Organisation` restricts it to the members of its
    /// owning organisation.
    ResourceVisibility, "resource-visibility" {
        Public => "public",
        Members => "members",
        Organisation => "organisation",
    }
);

code_enum!(
    /// The four lots of a twinning's capacity-building plan.
    TwinningLot, "twinning-lot" {
        StaffMobility => "staff-mobility",
        Events => "events",
        StudentMobility => "student-mobility",
        Networking => "networking",
    }
);

code_enum!(
    /// The published rubric reviewers score a practice on, 1 to 5 each.
    PracticeCriterion, "practice-criterion" {
        Relevance => "relevance",
        Innovation => "innovation",
        Impact => "impact",
        Transferability => "transferability",
        Sustainability => "sustainability",
    }
);

code_enum!(
    /// Labels editors award to published practices.
    PracticeLabel, "practice-label" {
        GoodPractice => "good-practice",
        SuccessStory => "success-story",
    }
);

/// The levels of the European Qualifications Framework.
pub const EQF_LEVELS: std::ops::RangeInclusive<i64> = 1..=8;

impl Visibility {
    /// A minor's profile is never public: the most it may be is visible to signed-in members.
    pub fn allowed_for(self, is_minor: bool) -> bool {
        !(is_minor && self == Visibility::Public)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for v in all {
                assert!(seen.insert(code(*v)), "duplicate code {}", code(*v));
                assert_eq!(parse(code(*v)), Some(*v));
            }
            assert_eq!(parse("no-such-code"), None);
        }
        check(OrgType::ALL, OrgType::code, OrgType::parse);
        check(RoleType::ALL, RoleType::code, RoleType::parse);
        check(Sector::ALL, Sector::code, Sector::parse);
        check(Country::ALL, Country::code, Country::parse);
        check(Language::ALL, Language::code, Language::parse);
        check(Visibility::ALL, Visibility::code, Visibility::parse);
        check(ResourceType::ALL, ResourceType::code, ResourceType::parse);
        check(Licence::ALL, Licence::code, Licence::parse);
        check(Theme::ALL, Theme::code, Theme::parse);
        check(TargetGroup::ALL, TargetGroup::code, TargetGroup::parse);
        check(Competence::ALL, Competence::code, Competence::parse);
        check(
            ResourceVisibility::ALL,
            ResourceVisibility::code,
            ResourceVisibility::parse,
        );
    }

    #[test]
    fn the_directory_has_every_org_type_and_the_western_balkans() {
        assert_eq!(OrgType::ALL.len(), 9);
        assert_eq!(RoleType::ALL.len(), 11);
        let wb: Vec<_> = Country::ALL
            .iter()
            .filter(|c| c.is_western_balkans())
            .collect();
        assert_eq!(wb.len(), 6);
    }

    #[test]
    fn minors_are_never_public() {
        assert!(!Visibility::Public.allowed_for(true));
        assert!(Visibility::Members.allowed_for(true));
        assert!(Visibility::Public.allowed_for(false));
        assert_eq!(Sector::Bakery.message_id(), "sector-bakery");
    }
}
