//! Which set-up to recommend, as data: the first rule whose conditions hold, with its own
//! explanation; and each set-up's own first steps.

use super::questions::a::{need, owner, sponsor};
use super::questions::q;
use super::rules::{step, when, SetUp, Step, When, Who, UNANSWERED};
use crate::domain::lang::{t, Text};

impl SetUp {
    /// Without product mode, the first things to do; in product mode, what to do first
    /// when no risk gives a step.
    pub fn steps(self) -> &'static [Step] {
        match self {
            SetUp::CoProduct => CO_PRODUCT_STEPS,
            SetUp::DnumProduct => DNUM_PRODUCT_STEPS,
            SetUp::NameOwnersFirst => NAME_OWNERS_FIRST_STEPS,
            SetUp::NotNowOneOff => ONE_OFF_STEPS,
            SetUp::NotNowCommonService => COMMON_SERVICE_STEPS,
        }
    }
}

const CO_PRODUCT_STEPS: &[Step] = &[step(
    Who::Pair,
    "Ouvrir la répartition proposée dans l’éditeur, l’ajuster ensemble, puis la présenter au sponsor.",
    "Open the proposed split in the editor, adjust it together, then present it to the sponsor.",
)];

const DNUM_PRODUCT_STEPS: &[Step] = &[step(
    Who::DnumProductManager,
    "Ouvrir la répartition proposée dans l’éditeur et la faire relire par les équipes qui utiliseront le service.",
    "Open the proposed split in the editor and have the teams who will use the service review it.",
)];

const NAME_OWNERS_FIRST_STEPS: &[Step] = &[step(
    Who::Sponsor,
    "Nommer le porteur métier et fixer avec lui la date de lancement de l’équipe.",
    "Name the business owner and set with them the date the team starts.",
)];

const ONE_OFF_STEPS: &[Step] = &[
    step(
        Who::BusinessOwner,
        "Écrire avec la DNUM le cahier des charges, qui dit ce qui doit être livré, à quelle date, et comment vous le vérifierez.",
        "Write the specification with the DNUM, saying what must be delivered, by when, and how you will check it.",
    ),
    step(
        Who::Dnum,
        "Vérifier qu’aucun service commun de l’État ne fait déjà ce travail, avant de passer commande.",
        "Check that no common State service already does this job, before placing the order.",
    ),
    step(
        Who::BusinessOwner,
        "Noter ce qui vous ferait passer en mode produit, comme de nouveaux usages, un texte qui change ou des évolutions demandées.",
        "Note what would move you to product mode, such as new uses, a text that changes or requested changes.",
    ),
];

const COMMON_SERVICE_STEPS: &[Step] = &[
    step(
        Who::BusinessOwner,
        "Rencontrer avec la DNUM les responsables du service commun, et lister ce qu’il couvre de votre besoin et ce qu’il ne couvre pas.",
        "Meet the common service's owners with the DNUM, and list what it covers of your need and what it does not.",
    ),
    step(
        Who::BusinessOwner,
        "Désigner la personne qui portera son déploiement auprès des agents et des usagers.",
        "Name the person who will lead its roll-out to agents and users.",
    ),
    step(
        Who::Dnum,
        "Préparer le paramétrage et l’ouverture du service commun pour votre périmètre.",
        "Prepare the configuration and opening of the common service for your scope.",
    ),
];

/// The first rule whose conditions all hold gives the set-up, and says why in its own
/// words.
pub struct SetUpRule {
    pub when: &'static [When],
    pub set_up: SetUp,
    pub explanation: Text,
}

const BUSINESS_PERSON: &[u8] = &[owner::FULL, owner::PART, owner::LITTLE, owner::TIME_UNKNOWN];

pub const SET_UP_RULES: &[SetUpRule] = &[
    SetUpRule {
        when: &[when(q::NEED, &[need::ONE_OFF])],
        set_up: SetUp::NotNowOneOff,
        explanation: t(
            "Un besoin défini à l’avance, sans suite prévue, se mène en mode projet\u{a0}: un cahier des charges, une réalisation, une vérification, une livraison. Le mode produit, avec son équipe durable, coûterait plus qu’il n’apporterait. Revenez-y si le service doit évoluer avec ses usagers.",
            "A need defined in advance, with nothing planned after it, is run as a project: a specification, a build, a check, a delivery. Product mode, with its lasting team, would cost more than it brings. Come back to it if the service must evolve with its users.",
        ),
    },
    SetUpRule {
        when: &[when(q::NEED, &[need::COMMON])],
        set_up: SetUp::NotNowCommonService,
        explanation: t(
            "Un service commun couvre déjà le besoin\u{a0}: le reconstruire coûterait une équipe pendant des années pour refaire ce qui existe. L’effort va à son adoption\u{a0}: le paramétrer, l’ouvrir, accompagner les agents et les usagers.",
            "A common service already covers the need: rebuilding it would cost a team for years to redo what exists. The effort goes into adopting it: configure it, open it, support the agents and users.",
        ),
    },
    SetUpRule {
        when: &[when(q::OWNER, &[owner::NOBODY])],
        set_up: SetUp::NameOwnersFirst,
        explanation: t(
            "Personne n’est nommé pour porter la politique publique que ce service sert\u{a0}: une équipe produit n’aurait ni cap ni arbitre. Le mode produit reste le bon choix, mais il commence par cette nomination.",
            "Nobody is named to carry the public policy this service serves: a product team would have neither a course nor an arbiter. Product mode is still the right choice, but it starts with this appointment.",
        ),
    },
    SetUpRule {
        when: &[
            when(q::OWNER, &[owner::LITTLE, owner::TIME_UNKNOWN]),
            when(q::SPONSOR, &[sponsor::NONE, sponsor::DONT_KNOW]),
        ],
        set_up: SetUp::NameOwnersFirst,
        explanation: t(
            "Un porteur métier existe, mais sans temps réservé et sans directeur pour le soutenir\u{a0}: il porte le service sur le papier seulement. Nommez d’abord quelqu’un qui a ce temps, et un sponsor qui le protège, avant de lancer l’équipe.",
            "A business owner exists, but with no time set aside and no director backing them: they carry the service on paper only. First name someone who has that time, and a sponsor who protects it, before starting the team.",
        ),
    },
    SetUpRule {
        when: &[when(q::OWNER, &[owner::DNUM])],
        set_up: SetUp::DnumProduct,
        explanation: t(
            "Le service est fait par et pour la DNUM\u{a0}: son chef de produit porte aussi la vision, comme pour Demat Social, la plateforme d’hébergement de la fabrique ou Honorabilité. Les équipes qui l’utilisent y contribuent.",
            "The service is made by and for the DNUM: its product manager carries the vision too, as for Demat Social, the fabrique's hosting platform or Honorabilité. The teams who use it contribute.",
        ),
    },
    SetUpRule {
        when: &[when(q::OWNER, BUSINESS_PERSON)],
        set_up: SetUp::CoProduct,
        explanation: t(
            "Une personne de la direction métier porte la politique publique et le cap du service\u{a0}; un co-chef de produit DNUM porte le produit numérique et son quotidien. C’est le partage du tableau du guide, ajusté ci-dessous à vos réponses.",
            "A person from the business directorate carries the public policy and the service's course; a DNUM product manager carries the digital product and its daily running. This is the split of the guide's table, adjusted below to your answers.",
        ),
    },
    SetUpRule {
        when: &[when(q::OWNER, &[UNANSWERED])],
        set_up: SetUp::CoProduct,
        explanation: t(
            "Vous n’avez pas dit qui porte le service côté métier\u{a0}: par défaut, le guide propose un binôme, une personne de la direction métier pour le cap et un co-chef de produit DNUM pour le quotidien.",
            "You have not said who carries the service on the business side: by default, the guide proposes a pair, a person from the business directorate for the course and a DNUM product manager for the daily running.",
        ),
    },
];
