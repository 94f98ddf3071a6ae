//! The wizard's reasoning, as tables: which set-up to recommend, which risks the answers
//! reveal (each tied to the guide's argument it answers), which project-versus-product
//! contrasts apply, which of the guide's questions matter most, and how the starting split
//! is adjusted. Change the content here; `reasoning.rs` only reads these tables.

use super::questions::q;
use crate::domain::Level;

/// Stands for "not answered" in a condition.
pub const UNANSWERED: u8 = u8::MAX;

/// A condition: `question` was answered with one of `answers` (indices).
pub struct When {
    pub question: usize,
    pub answers: &'static [u8],
}

const fn when(question: usize, answers: &'static [u8]) -> When {
    When { question, answers }
}

/// The product set-ups the wizard can recommend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetUp {
    /// The guide's table: a business product owner and a DNUM product manager.
    CoProduct,
    /// A product made by and for the DNUM, carried by its product manager alone.
    DnumProduct,
    /// Nobody carries the policy: name a business owner and a sponsor first.
    NameOwnersFirst,
    /// Not product mode now: a well-specified one-off is a project.
    NotNowOneOff,
    /// Not product mode now: an existing common service already fits.
    NotNowCommonService,
}

impl SetUp {
    pub const ALL: [SetUp; 5] = [
        SetUp::CoProduct,
        SetUp::DnumProduct,
        SetUp::NameOwnersFirst,
        SetUp::NotNowOneOff,
        SetUp::NotNowCommonService,
    ];

    pub fn title(self) -> &'static str {
        match self {
            SetUp::CoProduct => "un binôme, chef de produit métier et co-chef de produit DNUM",
            SetUp::DnumProduct => "un produit porté entièrement par la DNUM",
            SetUp::NameOwnersFirst => "nommer d'abord un porteur métier et un sponsor",
            SetUp::NotNowOneOff => "le mode projet suffit pour cette réalisation ponctuelle",
            SetUp::NotNowCommonService => "adopter le service commun qui existe déjà",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            SetUp::CoProduct => "Le métier porte la politique publique et la vision ; la DNUM porte le produit numérique et son quotidien. C'est le partage du tableau du guide, à ajuster aux risques ci-dessous.",
            SetUp::DnumProduct => "Le produit est fait par et pour la DNUM : son chef de produit porte aussi la vision, comme pour Demat Social, la plateforme hébergement fabrique ou Honorabilité.",
            SetUp::NameOwnersFirst => "Sans personne pour porter la politique publique, une équipe produit n'a ni vision ni arbitre. Nommez un chef de produit métier qui puisse y consacrer au moins 60 % de son temps, et un sponsor de niveau directeur, avant de lancer l'équipe.",
            SetUp::NotNowOneOff => "Le mode produit n'est pas ce qu'il faut maintenant : un besoin bien spécifié, sans suite prévue, se mène en mode projet (un cahier des charges, une recette, une livraison). Revenez au mode produit si le service doit évoluer avec ses usagers.",
            SetUp::NotNowCommonService => "Le mode produit n'est pas ce qu'il faut maintenant : avant de construire, adoptez le service commun qui couvre déjà le besoin. L'effort va au déploiement et à l'accompagnement des agents, pas à un nouveau produit.",
        }
    }

    /// Whether the set-up is product mode at all.
    pub fn is_product_mode(self) -> bool {
        !matches!(self, SetUp::NotNowOneOff | SetUp::NotNowCommonService)
    }
}

/// The first rule whose conditions all hold gives the set-up.
pub struct SetUpRule {
    pub when: &'static [When],
    pub set_up: SetUp,
}

pub const SET_UP_RULES: &[SetUpRule] = &[
    SetUpRule {
        when: &[when(q::NEED, &[1])],
        set_up: SetUp::NotNowOneOff,
    },
    SetUpRule {
        when: &[when(q::NEED, &[2])],
        set_up: SetUp::NotNowCommonService,
    },
    SetUpRule {
        when: &[when(q::CARRIER, &[2])],
        set_up: SetUp::NameOwnersFirst,
    },
    // A business side in name only: almost no time, and no sponsor.
    SetUpRule {
        when: &[
            when(q::CARRIER, &[0]),
            when(q::OWNER_TIME, &[2]),
            when(q::SPONSOR, &[2]),
        ],
        set_up: SetUp::NameOwnersFirst,
    },
    SetUpRule {
        when: &[when(q::CARRIER, &[1])],
        set_up: SetUp::DnumProduct,
    },
    SetUpRule {
        when: &[when(q::CARRIER, &[0])],
        set_up: SetUp::CoProduct,
    },
    SetUpRule {
        when: &[when(q::CARRIER, &[UNANSWERED])],
        set_up: SetUp::CoProduct,
    },
];

/// The guide's arguments for product mode, which each risk answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Argument {
    Alignment,
    Design,
    ClearSplit,
    Quality,
    Daily,
}

impl Argument {
    pub fn text(self) -> &'static str {
        match self {
            Argument::Alignment => "Le mode produit évite un non-alignement sur les objectifs, qui mène à des dépenses sans atterrissage et à un réalignement constant.",
            Argument::Design => "Le mode produit donne une meilleure conception (urbanisation, design…) : l'équipe est dotée de toutes les expertises, ou appuyée par des experts internes.",
            Argument::ClearSplit => "Le partage des responsabilités entre DNUM et métier doit être clair.",
            Argument::Quality => "Les contraintes de sécurité, d'homologation et de qualité doivent être intégrées dans la feuille de route.",
            Argument::Daily => "Le co-chef de produit DNUM assure un pilotage fluide des développements au quotidien.",
        }
    }
}

/// The questions to keep asking: the DNUM product manager's (the second seed) and the
/// business owner's (the public guide).
pub const KEEP_ASKING: [&str; 11] = [
    "Le partage des responsabilités entre DNUM et métier est-il clair ?",
    "Est-ce que j'aide l'équipe à avancer efficacement au quotidien ?",
    "Est-ce que les bonnes pratiques produit sont connues et appliquées ?",
    "Les contraintes de sécurité et d'homologation sont-elles bien intégrées dans la feuille de route ?",
    "Suis-je en capacité d'accompagner la rédaction des US et de faciliter la recette ?",
    "Ai-je le temps et les moyens de tenir ce rôle dans la durée ?",
    "Ai-je une vision claire de ce que le service doit permettre aux usagers et aux agents ?",
    "Suis-je capable de prioriser selon l'impact attendu ?",
    "Est-ce que je participe régulièrement aux échanges et aux tests avec les usagers ?",
    "Est-ce que je travaille en proximité avec l'équipe ?",
    "Ai-je des indicateurs pour suivre l'effet du service ?",
];

/// Index of each question to keep asking.
pub mod ask {
    pub const CLEAR_SPLIT: usize = 0;
    pub const DAILY_HELP: usize = 1;
    pub const PRACTICES: usize = 2;
    pub const SECURITY: usize = 3;
    pub const STORIES: usize = 4;
    pub const TIME: usize = 5;
    pub const VISION: usize = 6;
    pub const PRIORITIES: usize = 7;
    pub const USERS: usize = 8;
    pub const PROXIMITY: usize = 9;
    pub const INDICATORS: usize = 10;
}

/// Which side of the pair a cell adjustment is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Business,
    Dnum,
}

/// A change to the starting split.
pub enum Adjustment {
    /// Sets the cell of a row (found by its label) for one side.
    Cell {
        row: &'static str,
        side: Side,
        level: Level,
        note: &'static str,
    },
    /// Adds a sponsor and the six-monthly go / stop decision.
    SponsorDecision,
}

const VISION: &str = "Incarner la vision";
const OBJECTIVES: &str = "Fixer les objectifs et indicateurs produit";
const DESIGN: &str = "Piloter la conception";
const DELIVERY: &str = "Piloter le delivery";
const REGULATORY: &str = "Piloter les sujets règlementaires et de qualité";

/// A risk the answers reveal.
pub struct RiskRule {
    pub when: &'static [When],
    pub risk: &'static str,
    pub argument: Argument,
    /// How much it weighs in ordering risks and questions (3 high, 1 low).
    pub weight: u8,
    pub asks: &'static [usize],
    pub adjust: &'static [Adjustment],
}

pub const RISK_RULES: &[RiskRule] = &[
    RiskRule {
        when: &[when(q::CARRIER, &[2])],
        risk: "Personne ne porte la politique publique : le produit n'a ni vision ni arbitre.",
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::VISION, ask::CLEAR_SPLIT],
        adjust: &[Adjustment::Cell { row: VISION, side: Side::Business, level: Level::CoResponsible, note: "à nommer : personne ne porte la politique publique" }],
    },
    RiskRule {
        when: &[when(q::OWNER_TIME, &[2])],
        risk: "Le porteur métier a moins de 20 % de son temps pour le produit : les décisions attendront.",
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::TIME, ask::PROXIMITY],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::OWNER_TIME, &[1])],
        risk: "Le porteur métier a moins des 60 % de temps recommandés.",
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::TIME],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::SPONSOR, &[2])],
        risk: "Aucun sponsor pour protéger l'équipe et décider de poursuivre ou d'arrêter.",
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::TIME],
        adjust: &[Adjustment::SponsorDecision],
    },
    RiskRule {
        when: &[when(q::SPONSOR, &[1])],
        risk: "Le sponsor n'intervient plus après le lancement : personne ne décide de poursuivre ou d'arrêter.",
        argument: Argument::Alignment,
        weight: 1,
        asks: &[ask::INDICATORS],
        adjust: &[Adjustment::SponsorDecision],
    },
    RiskRule {
        when: &[when(q::NEED, &[3])],
        risk: "Le besoin n'est pas encore qualifié : on risque de construire la mauvaise chose.",
        argument: Argument::Design,
        weight: 2,
        asks: &[ask::VISION, ask::USERS, ask::PRACTICES],
        adjust: &[Adjustment::Cell { row: DESIGN, side: Side::Dnum, level: Level::Pilot, note: "commencer par la recherche utilisateur" }],
    },
    RiskRule {
        when: &[when(q::OBJECTIVES, &[2])],
        risk: "Ni objectifs ni indicateurs écrits : des dépenses sans atterrissage.",
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::INDICATORS, ask::PRIORITIES],
        adjust: &[Adjustment::Cell { row: OBJECTIVES, side: Side::Business, level: Level::Pilot, note: "à écrire et partager en priorité" }],
    },
    RiskRule {
        when: &[when(q::OBJECTIVES, &[1])],
        risk: "Des objectifs écrits mais peu partagés ou peu suivis : chacun tire de son côté.",
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::INDICATORS, ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REALIGNMENTS, &[2])],
        risk: "Des priorités renégociées sans cesse : le réalignement constant que décrit le guide.",
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::PRIORITIES, ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REALIGNMENTS, &[1])],
        risk: "Des priorités renégociées plusieurs fois en six mois.",
        argument: Argument::Alignment,
        weight: 1,
        asks: &[ask::PRIORITIES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::EXPERTISE, &[2])],
        risk: "Une conception sans les expertises qu'il faut : recherche utilisateur, design, architecture, urbanisation, briques communes.",
        argument: Argument::Design,
        weight: 3,
        asks: &[ask::PRACTICES],
        adjust: &[Adjustment::Cell { row: DESIGN, side: Side::Dnum, level: Level::Pilot, note: "s'appuyer sur les experts internes (design, architecture, urbanisation)" }],
    },
    RiskRule {
        when: &[when(q::EXPERTISE, &[1])],
        risk: "Une partie des expertises manque : la conception s'en ressent.",
        argument: Argument::Design,
        weight: 1,
        asks: &[ask::PRACTICES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::DAILY, &[2, 3])],
        risk: "Personne ne pilote le delivery au quotidien : l'équipe attend, les arbitrages traînent.",
        argument: Argument::Daily,
        weight: 3,
        asks: &[ask::DAILY_HELP, ask::STORIES],
        adjust: &[Adjustment::Cell { row: DELIVERY, side: Side::Dnum, level: Level::Pilot, note: "à confirmer : personne ne le porte aujourd'hui" }],
    },
    RiskRule {
        when: &[when(q::DAILY, &[1])],
        risk: "Le porteur métier est absorbé par l'opérationnel, au détriment de la vision et des usages.",
        argument: Argument::ClearSplit,
        weight: 2,
        asks: &[ask::CLEAR_SPLIT, ask::STORIES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REGULATORY, &[2])],
        risk: "RGAA, RGS, RGPD, homologation, RGESN : aucun responsable, aucune place dans la feuille de route.",
        argument: Argument::Quality,
        weight: 3,
        asks: &[ask::SECURITY],
        adjust: &[Adjustment::Cell { row: REGULATORY, side: Side::Dnum, level: Level::Pilot, note: "à attribuer : aucun responsable identifié aujourd'hui" }],
    },
    RiskRule {
        when: &[when(q::REGULATORY, &[1])],
        risk: "Une partie seulement des sujets réglementaires et de qualité a un responsable.",
        argument: Argument::Quality,
        weight: 2,
        asks: &[ask::SECURITY],
        adjust: &[Adjustment::Cell { row: REGULATORY, side: Side::Dnum, level: Level::Pilot, note: "à compléter : certains sujets sans responsable" }],
    },
    RiskRule {
        when: &[when(q::RITUALS, &[1])],
        risk: "Une comitologie lourde prend aux équipes le temps du produit.",
        argument: Argument::Daily,
        weight: 2,
        asks: &[ask::DAILY_HELP],
        adjust: &[Adjustment::Cell { row: "Comitologie et préparation des réunions", side: Side::Dnum, level: Level::Pilot, note: "alléger : moins de comités, plus courts" }],
    },
    RiskRule {
        when: &[when(q::RITUALS, &[2])],
        risk: "Sans rituel régulier, les décisions se prennent au fil de l'eau.",
        argument: Argument::Daily,
        weight: 1,
        asks: &[ask::DAILY_HELP, ask::PRACTICES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::OTHER_TASKS, &[2])],
        risk: "Devis, support, déploiement et communication n'ont pas de porteur : ils tombent entre deux chaises.",
        argument: Argument::ClearSplit,
        weight: 2,
        asks: &[ask::CLEAR_SPLIT],
        adjust: &[
            Adjustment::Cell { row: "Suivi des devis", side: Side::Dnum, level: Level::None, note: "à attribuer" },
            Adjustment::Cell { row: "Support utilisateur", side: Side::Dnum, level: Level::None, note: "à attribuer" },
            Adjustment::Cell { row: "BizDev / déploiement et communication sur le produit", side: Side::Dnum, level: Level::None, note: "à attribuer" },
        ],
    },
    RiskRule {
        when: &[when(q::OTHER_TASKS, &[1])],
        risk: "Une partie des autres tâches n'a pas de porteur.",
        argument: Argument::ClearSplit,
        weight: 1,
        asks: &[ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::STAGE, &[3])],
        risk: "Un arrêt est envisagé : sans décision explicite, le produit s'éteint sans que ses usagers soient prévenus.",
        argument: Argument::Alignment,
        weight: 1,
        asks: &[ask::INDICATORS, ask::USERS],
        adjust: &[],
    },
];

/// A way product mode differs from project mode, and when it matters here.
pub struct ContrastRule {
    /// Applies when any of these holds.
    pub when_any: &'static [When],
    pub project: &'static str,
    pub product: &'static str,
}

pub const CONTRAST_RULES: &[ContrastRule] = &[
    ContrastRule {
        when_any: &[when(q::OBJECTIVES, &[1, 2]), when(q::REALIGNMENTS, &[2])],
        project: "livrer ce qui était prévu",
        product: "viser un impact utile",
    },
    ContrastRule {
        when_any: &[when(q::SPONSOR, &[1, 2]), when(q::STAGE, &[1, 2])],
        project: "une équipe jusqu'à une date de fin",
        product: "une équipe durable",
    },
    ContrastRule {
        when_any: &[
            when(q::NEED, &[3]),
            when(q::REALIGNMENTS, &[1, 2]),
            when(q::STAGE, &[0]),
        ],
        project: "tout concevoir au départ",
        product: "des itérations continues",
    },
    ContrastRule {
        when_any: &[when(q::OBJECTIVES, &[1, 2]), when(q::STAGE, &[2, 3])],
        project: "réussir, c'est tenir le périmètre, le délai et le budget",
        product: "réussir, c'est un usage réel",
    },
];
