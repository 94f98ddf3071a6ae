//! The wizard's reasoning, as tables: which set-up to recommend, which risks the answers
//! reveal (each tied to the guide's argument it answers), which project-versus-product
//! contrasts apply, which of the guide's questions matter most, and how the starting split
//! is adjusted. Change the content here; `reasoning.rs` only reads these tables.

use super::questions::q;
use crate::domain::card::{BUSINESS_QUESTIONS, DNUM_QUESTIONS};
use crate::domain::lang::{t, Text};
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

    pub fn title(self) -> Text {
        match self {
            SetUp::CoProduct => t(
                "un binôme, chef de produit métier et co-chef de produit DNUM",
                "a pair, a business product owner and a DNUM product manager",
            ),
            SetUp::DnumProduct => t(
                "un produit porté entièrement par la DNUM",
                "a product owned entirely by the DNUM",
            ),
            SetUp::NameOwnersFirst => t(
                "nommer d'abord un porteur métier et un sponsor",
                "name a business owner and a sponsor first",
            ),
            SetUp::NotNowOneOff => t(
                "le mode projet suffit pour cette réalisation ponctuelle",
                "project mode is enough for this one-off job",
            ),
            SetUp::NotNowCommonService => t(
                "adopter le service commun qui existe déjà",
                "adopt the common service that already exists",
            ),
        }
    }

    pub fn explanation(self) -> Text {
        match self {
            SetUp::CoProduct => t("Le métier porte la politique publique et la vision ; la DNUM porte le produit numérique et son quotidien. C'est le partage du tableau du guide, à ajuster aux risques ci-dessous.", "The business side carries the public policy and the vision; the DNUM carries the digital product and its daily running. This is the split of the guide's table, to adjust to the risks below."),
            SetUp::DnumProduct => t("Le produit est fait par et pour la DNUM : son chef de produit porte aussi la vision, comme pour Demat Social, la plateforme hébergement fabrique ou Honorabilité.", "The product is made by and for the DNUM: its product manager carries the vision too, as for Demat Social, the fabrique's hosting platform or Honorabilité."),
            SetUp::NameOwnersFirst => t("Sans personne pour porter la politique publique, une équipe produit n'a ni vision ni arbitre. Nommez un chef de produit métier qui puisse y consacrer au moins 60 % de son temps, et un sponsor de niveau directeur, avant de lancer l'équipe.", "With nobody carrying the public policy, a product team has neither a vision nor an arbiter. Name a business product owner who can give it at least 60 % of their time, and a sponsor at director level, before starting the team."),
            SetUp::NotNowOneOff => t("Le mode produit n'est pas ce qu'il faut maintenant : un besoin bien spécifié, sans suite prévue, se mène en mode projet (un cahier des charges, une recette, une livraison). Revenez au mode produit si le service doit évoluer avec ses usagers.", "Product mode is not what this needs now: a well-specified need with nothing planned after it is run as a project (a specification, acceptance, a delivery). Come back to product mode if the service must evolve with its users."),
            SetUp::NotNowCommonService => t("Le mode produit n'est pas ce qu'il faut maintenant : avant de construire, adoptez le service commun qui couvre déjà le besoin. L'effort va au déploiement et à l'accompagnement des agents, pas à un nouveau produit.", "Product mode is not what this needs now: before building, adopt the common service that already covers the need. The effort goes into rolling it out and supporting the agents, not into a new product."),
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
    pub fn text(self) -> Text {
        match self {
            Argument::Alignment => t("Le mode produit évite un non-alignement sur les objectifs, qui mène à des dépenses sans atterrissage et à un réalignement constant.", "Product mode avoids objectives that are not aligned, which lead to money spent with nothing landing and to constant realignment."),
            Argument::Design => t("Le mode produit donne une meilleure conception (urbanisation, design…) : l'équipe est dotée de toutes les expertises, ou appuyée par des experts internes.", "Product mode gives better design (urbanisation, design…): the team has every expertise, or is backed by internal experts."),
            Argument::ClearSplit => t("Le partage des responsabilités entre DNUM et métier doit être clair.", "The split of responsibilities between the DNUM and the business side must be clear."),
            Argument::Quality => t("Les contraintes de sécurité, d'homologation et de qualité doivent être intégrées dans la feuille de route.", "Security, accreditation and quality constraints must be built into the roadmap."),
            Argument::Daily => t("Le co-chef de produit DNUM assure un pilotage fluide des développements au quotidien.", "The DNUM product manager steers development smoothly day to day."),
        }
    }
}

/// The questions to keep asking: the DNUM product manager's (the second seed) and the
/// business owner's (the public guide).
/// The questions to keep asking, as the role cards ask them: the DNUM product manager's,
/// then the business owner's. [`ask`] numbers them in this order.
pub fn keep_asking() -> impl Iterator<Item = Text> {
    DNUM_QUESTIONS.into_iter().chain(BUSINESS_QUESTIONS)
}

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
    /// Sets the cell of a row of the guide's table for one side.
    Cell {
        row: GuideRow,
        side: Side,
        level: Level,
        note: Text,
    },
    /// Adds a sponsor and the six-monthly go / stop decision.
    SponsorDecision,
}

/// A row of the guide's table, by its place (its label depends on the language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideRow {
    pub group: usize,
    pub row: usize,
}

const VISION: GuideRow = GuideRow { group: 0, row: 0 };
const OBJECTIVES: GuideRow = GuideRow { group: 0, row: 1 };
const DESIGN: GuideRow = GuideRow { group: 0, row: 2 };
const DELIVERY: GuideRow = GuideRow { group: 0, row: 3 };
const REGULATORY: GuideRow = GuideRow { group: 0, row: 4 };
const QUOTES: GuideRow = GuideRow { group: 1, row: 0 };
const SUPPORT: GuideRow = GuideRow { group: 1, row: 1 };
const BIZDEV: GuideRow = GuideRow { group: 1, row: 2 };
const COMMITTEES: GuideRow = GuideRow { group: 1, row: 3 };

/// A risk the answers reveal.
pub struct RiskRule {
    pub when: &'static [When],
    pub risk: Text,
    pub argument: Argument,
    /// How much it weighs in ordering risks and questions (3 high, 1 low).
    pub weight: u8,
    pub asks: &'static [usize],
    pub adjust: &'static [Adjustment],
}

pub const RISK_RULES: &[RiskRule] = &[
    RiskRule {
        when: &[when(q::CARRIER, &[2])],
        risk: t("Personne ne porte la politique publique : le produit n'a ni vision ni arbitre.", "Nobody carries the public policy: the product has neither a vision nor an arbiter."),
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::VISION, ask::CLEAR_SPLIT],
        adjust: &[Adjustment::Cell { row: VISION, side: Side::Business, level: Level::CoResponsible, note: t("à nommer : personne ne porte la politique publique", "to be named: nobody carries the public policy") }],
    },
    RiskRule {
        when: &[when(q::OWNER_TIME, &[2])],
        risk: t("Le porteur métier a moins de 20 % de son temps pour le produit : les décisions attendront.", "The business owner has less than 20 % of their time for the product: decisions will wait."),
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::TIME, ask::PROXIMITY],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::OWNER_TIME, &[1])],
        risk: t("Le porteur métier a moins des 60 % de temps recommandés.", "The business owner has less than the recommended 60 % of their time."),
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::TIME],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::SPONSOR, &[2])],
        risk: t("Aucun sponsor pour protéger l'équipe et décider de poursuivre ou d'arrêter.", "No sponsor to protect the team and decide to go on or stop."),
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::TIME],
        adjust: &[Adjustment::SponsorDecision],
    },
    RiskRule {
        when: &[when(q::SPONSOR, &[1])],
        risk: t("Le sponsor n'intervient plus après le lancement : personne ne décide de poursuivre ou d'arrêter.", "The sponsor no longer steps in after the launch: nobody decides to go on or stop."),
        argument: Argument::Alignment,
        weight: 1,
        asks: &[ask::INDICATORS],
        adjust: &[Adjustment::SponsorDecision],
    },
    RiskRule {
        when: &[when(q::NEED, &[3])],
        risk: t("Le besoin n'est pas encore qualifié : on risque de construire la mauvaise chose.", "The need is not qualified yet: the risk is building the wrong thing."),
        argument: Argument::Design,
        weight: 2,
        asks: &[ask::VISION, ask::USERS, ask::PRACTICES],
        adjust: &[Adjustment::Cell { row: DESIGN, side: Side::Dnum, level: Level::Pilot, note: t("commencer par la recherche utilisateur", "start with user research") }],
    },
    RiskRule {
        when: &[when(q::OBJECTIVES, &[2])],
        risk: t("Ni objectifs ni indicateurs écrits : des dépenses sans atterrissage.", "No written objectives or indicators: money spent with nothing landing."),
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::INDICATORS, ask::PRIORITIES],
        adjust: &[Adjustment::Cell { row: OBJECTIVES, side: Side::Business, level: Level::Pilot, note: t("à écrire et partager en priorité", "to write down and share first") }],
    },
    RiskRule {
        when: &[when(q::OBJECTIVES, &[1])],
        risk: t("Des objectifs écrits mais peu partagés ou peu suivis : chacun tire de son côté.", "Objectives written but hardly shared or followed: everyone pulls their own way."),
        argument: Argument::Alignment,
        weight: 2,
        asks: &[ask::INDICATORS, ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REALIGNMENTS, &[2])],
        risk: t("Des priorités renégociées sans cesse : le réalignement constant que décrit le guide.", "Priorities renegotiated all the time: the constant realignment the guide describes."),
        argument: Argument::Alignment,
        weight: 3,
        asks: &[ask::PRIORITIES, ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REALIGNMENTS, &[1])],
        risk: t("Des priorités renégociées plusieurs fois en six mois.", "Priorities renegotiated several times in six months."),
        argument: Argument::Alignment,
        weight: 1,
        asks: &[ask::PRIORITIES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::EXPERTISE, &[2])],
        risk: t("Une conception sans les expertises qu'il faut : recherche utilisateur, design, architecture, urbanisation, briques communes.", "Design without the expertise it needs: user research, design, architecture, urbanisation, common building blocks."),
        argument: Argument::Design,
        weight: 3,
        asks: &[ask::PRACTICES],
        adjust: &[Adjustment::Cell { row: DESIGN, side: Side::Dnum, level: Level::Pilot, note: t("s'appuyer sur les experts internes (design, architecture, urbanisation)", "call on the internal experts (design, architecture, urbanisation)") }],
    },
    RiskRule {
        when: &[when(q::EXPERTISE, &[1])],
        risk: t("Une partie des expertises manque : la conception s'en ressent.", "Some expertise is missing: design suffers."),
        argument: Argument::Design,
        weight: 1,
        asks: &[ask::PRACTICES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::DAILY, &[2, 3])],
        risk: t("Personne ne pilote le delivery au quotidien : l'équipe attend, les arbitrages traînent.", "Nobody leads the delivery day to day: the team waits, decisions drag."),
        argument: Argument::Daily,
        weight: 3,
        asks: &[ask::DAILY_HELP, ask::STORIES],
        adjust: &[Adjustment::Cell { row: DELIVERY, side: Side::Dnum, level: Level::Pilot, note: t("à confirmer : personne ne le porte aujourd'hui", "to be confirmed: nobody carries it today") }],
    },
    RiskRule {
        when: &[when(q::DAILY, &[1])],
        risk: t("Le porteur métier est absorbé par l'opérationnel, au détriment de la vision et des usages.", "The business owner is swallowed by operations, at the expense of the vision and the uses."),
        argument: Argument::ClearSplit,
        weight: 2,
        asks: &[ask::CLEAR_SPLIT, ask::STORIES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::REGULATORY, &[2])],
        risk: t("RGAA, RGS, RGPD, homologation, RGESN : aucun responsable, aucune place dans la feuille de route.", "RGAA, RGS, GDPR, accreditation, RGESN: no owner, no place in the roadmap."),
        argument: Argument::Quality,
        weight: 3,
        asks: &[ask::SECURITY],
        adjust: &[Adjustment::Cell { row: REGULATORY, side: Side::Dnum, level: Level::Pilot, note: t("à attribuer : aucun responsable identifié aujourd'hui", "to assign: no owner identified today") }],
    },
    RiskRule {
        when: &[when(q::REGULATORY, &[1])],
        risk: t("Une partie seulement des sujets réglementaires et de qualité a un responsable.", "Only some of the regulatory and quality topics have an owner."),
        argument: Argument::Quality,
        weight: 2,
        asks: &[ask::SECURITY],
        adjust: &[Adjustment::Cell { row: REGULATORY, side: Side::Dnum, level: Level::Pilot, note: t("à compléter : certains sujets sans responsable", "to complete: some topics have no owner") }],
    },
    RiskRule {
        when: &[when(q::RITUALS, &[1])],
        risk: t("Une comitologie lourde prend aux équipes le temps du produit.", "Heavy committees take the product's time from the teams."),
        argument: Argument::Daily,
        weight: 2,
        asks: &[ask::DAILY_HELP],
        adjust: &[Adjustment::Cell { row: COMMITTEES, side: Side::Dnum, level: Level::Pilot, note: t("alléger : moins de comités, plus courts", "lighten: fewer, shorter committees") }],
    },
    RiskRule {
        when: &[when(q::RITUALS, &[2])],
        risk: t("Sans rituel régulier, les décisions se prennent au fil de l'eau.", "With no regular ritual, decisions are made as things come."),
        argument: Argument::Daily,
        weight: 1,
        asks: &[ask::DAILY_HELP, ask::PRACTICES],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::OTHER_TASKS, &[2])],
        risk: t("Devis, support, déploiement et communication n'ont pas de porteur : ils tombent entre deux chaises.", "Quotes, support, deployment and communication have no owner: they fall between two stools."),
        argument: Argument::ClearSplit,
        weight: 2,
        asks: &[ask::CLEAR_SPLIT],
        adjust: &[
            Adjustment::Cell { row: QUOTES, side: Side::Dnum, level: Level::None, note: t("à attribuer", "to assign") },
            Adjustment::Cell { row: SUPPORT, side: Side::Dnum, level: Level::None, note: t("à attribuer", "to assign") },
            Adjustment::Cell { row: BIZDEV, side: Side::Dnum, level: Level::None, note: t("à attribuer", "to assign") },
        ],
    },
    RiskRule {
        when: &[when(q::OTHER_TASKS, &[1])],
        risk: t("Une partie des autres tâches n'a pas de porteur.", "Some of the other tasks have no owner."),
        argument: Argument::ClearSplit,
        weight: 1,
        asks: &[ask::CLEAR_SPLIT],
        adjust: &[],
    },
    RiskRule {
        when: &[when(q::STAGE, &[3])],
        risk: t("Un arrêt est envisagé : sans décision explicite, le produit s'éteint sans que ses usagers soient prévenus.", "Stopping is being considered: without an explicit decision, the product fades out without its users being told."),
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
    pub project: Text,
    pub product: Text,
}

pub const CONTRAST_RULES: &[ContrastRule] = &[
    ContrastRule {
        when_any: &[when(q::OBJECTIVES, &[1, 2]), when(q::REALIGNMENTS, &[2])],
        project: t("livrer ce qui était prévu", "delivering what was planned"),
        product: t("viser un impact utile", "aiming at a useful impact"),
    },
    ContrastRule {
        when_any: &[when(q::SPONSOR, &[1, 2]), when(q::STAGE, &[1, 2])],
        project: t(
            "une équipe jusqu'à une date de fin",
            "a team until an end date",
        ),
        product: t("une équipe durable", "a lasting team"),
    },
    ContrastRule {
        when_any: &[
            when(q::NEED, &[3]),
            when(q::REALIGNMENTS, &[1, 2]),
            when(q::STAGE, &[0]),
        ],
        project: t("tout concevoir au départ", "designing everything up front"),
        product: t("des itérations continues", "continuous iterations"),
    },
    ContrastRule {
        when_any: &[when(q::OBJECTIVES, &[1, 2]), when(q::STAGE, &[2, 3])],
        project: t(
            "réussir, c'est tenir le périmètre, le délai et le budget",
            "success is meeting scope, time and budget",
        ),
        product: t("réussir, c'est un usage réel", "success is real use"),
    },
];
