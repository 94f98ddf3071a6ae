//! The conditions a set-up depends on, as data: "un binôme, à condition que… ; sinon…".
//! The result states two or three: those the answers call for first (in this order, one
//! per topic), then, if fewer than two, the fallbacks that hold.

use super::questions::a::{daily, deadline, need, owner, regulatory, sponsor, stage, users};
use super::questions::q;
use super::rules::{when, SetUp, When, UNANSWERED};
use crate::domain::lang::{t, Text};

/// What a condition is about: two conditions on one topic are never stated together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Owner,
    Decision,
    Deadline,
    Need,
    Users,
    Daily,
    Split,
    Obligations,
    After,
}

pub struct ConditionRule {
    /// A stable name, for tests and keys.
    pub id: &'static str,
    pub set_ups: &'static [SetUp],
    /// Holds when all of `all` and, if any are given, one of `any` hold.
    pub all: &'static [When],
    pub any: &'static [When],
    pub topic: Topic,
    /// Stated only to reach two conditions.
    pub fallback: bool,
    /// "À condition que…", without final punctuation.
    pub text: Text,
    /// "sinon, …", what happens or what to do if the condition fails, with its full stop.
    pub otherwise: Text,
}

use SetUp::{CoProduct, DnumProduct, NameOwnersFirst, NotNowCommonService, NotNowOneOff};

const PRODUCT: &[SetUp] = &[CoProduct, DnumProduct];
const SPONSOR_MISSING: When = when(
    q::SPONSOR,
    &[sponsor::LAUNCH_ONLY, sponsor::NONE, sponsor::DONT_KNOW],
);
const USERS_OUT_OF_REACH: When = when(
    q::USERS,
    &[users::INTERMEDIARIES, users::NOT_YET, users::DONT_KNOW],
);
const DATE_SET: When = when(
    q::DEADLINE,
    &[deadline::DATE_ONLY, deadline::DATE_AND_SCOPE],
);

pub const CONDITION_RULES: &[ConditionRule] = &[
    // A pair, or a product carried by the DNUM.
    ConditionRule {
        id: "dnum-owns-vision",
        set_ups: &[DnumProduct],
        all: &[],
        any: &[],
        topic: Topic::Owner,
        fallback: false,
        text: t("À condition que le chef de produit DNUM porte aussi la vision, et en réponde devant sa direction", "Provided the DNUM product manager carries the vision too, and answers for it to their directorate"),
        otherwise: t("sinon, nommez un porteur métier et revenez au binôme.", "otherwise, name a business owner and come back to the pair."),
    },
    ConditionRule {
        id: "owner-time",
        set_ups: &[CoProduct],
        all: &[when(q::OWNER, &[owner::PART, owner::LITTLE, owner::TIME_UNKNOWN])],
        any: &[],
        topic: Topic::Owner,
        fallback: false,
        text: t("À condition que le porteur métier consacre au moins trois jours par semaine au service", "Provided the business owner gives the service at least three days a week"),
        otherwise: t("sinon, qu’il en confie le quotidien à un adjoint qui a ce temps, et garde pour lui les arbitrages.", "otherwise, they hand the day-to-day to a deputy who has that time, and keep the final decisions."),
    },
    ConditionRule {
        id: "sponsor-decides",
        set_ups: PRODUCT,
        all: &[SPONSOR_MISSING],
        any: &[],
        topic: Topic::Decision,
        fallback: false,
        text: t("À condition qu’un sponsor décide, à la fin de chaque étape, de continuer, d’ajuster ou d’arrêter", "Provided a sponsor decides, at the end of each stage, to go on, adjust or stop"),
        otherwise: t("sinon, le service continuera par habitude, ou s’arrêtera sans que personne l’ait décidé.", "otherwise, the service will go on out of habit, or stop without anyone deciding it."),
    },
    ConditionRule {
        id: "scope-at-date",
        set_ups: PRODUCT,
        all: &[when(q::DEADLINE, &[deadline::DATE_AND_SCOPE])],
        any: &[],
        topic: Topic::Deadline,
        fallback: false,
        text: t("À condition de distinguer ce que le texte impose à la date de ce qui peut venir après", "Provided you separate what the text imposes on the date from what can come later"),
        otherwise: t("sinon, c’est un projet à date fixe\u{a0}: décidez dès maintenant ce que vous retirerez si le temps manque.", "otherwise, it is a fixed-date project: decide now what you will drop if time runs short."),
    },
    ConditionRule {
        id: "investigate-first",
        set_ups: PRODUCT,
        all: &[],
        any: &[when(q::NEED, &[need::DONT_KNOW]), when(q::STAGE, &[stage::IDEA])],
        topic: Topic::Need,
        fallback: false,
        text: t("À condition de commencer par quelques semaines d’investigation auprès des futurs usagers", "Provided you start with a few weeks of investigation with future users"),
        otherwise: t("sinon, vous paierez la construction d’une réponse à un problème mal compris.", "otherwise, you will pay to build an answer to a misunderstood problem."),
    },
    ConditionRule {
        id: "users-met",
        set_ups: PRODUCT,
        all: &[USERS_OUT_OF_REACH],
        any: &[],
        topic: Topic::Users,
        fallback: false,
        text: t("À condition que l’équipe rencontre des usagers avant de construire, puis à chaque version", "Provided the team meets users before building, then at each version"),
        otherwise: t("sinon, le service sera conçu sur des suppositions, corrigées après l’ouverture.", "otherwise, the service will be designed on assumptions, corrected after the opening."),
    },
    ConditionRule {
        id: "daily-named",
        set_ups: &[CoProduct],
        all: &[when(q::DAILY, &[daily::BUSINESS, daily::CONTRACTOR, daily::NOBODY])],
        any: &[],
        topic: Topic::Daily,
        fallback: false,
        text: t("À condition que la DNUM nomme un co-chef de produit qui suive les développeurs chaque jour", "Provided the DNUM names a product manager who follows the developers every day"),
        otherwise: t("sinon, le porteur métier y passera son temps, ou le prestataire décidera à sa place.", "otherwise, the business owner will spend their time on it, or the contractor will decide in their place."),
    },
    ConditionRule {
        id: "first-version-at-date",
        set_ups: PRODUCT,
        all: &[when(q::DEADLINE, &[deadline::DATE_ONLY])],
        any: &[],
        topic: Topic::Deadline,
        fallback: false,
        text: t("À condition de choisir tôt ce que la première version doit permettre à la date", "Provided you choose early what the first version must allow on the date"),
        otherwise: t("sinon, la date arrivera avant ce choix, et il se fera par défaut.", "otherwise, the date will come before that choice, and it will be made by default."),
    },
    ConditionRule {
        id: "owner-keeps-time",
        set_ups: &[CoProduct],
        all: &[when(q::OWNER, &[owner::FULL])],
        any: &[],
        topic: Topic::Owner,
        fallback: true,
        text: t("À condition que le porteur métier garde ses trois jours par semaine dans la durée, pas seulement au lancement", "Provided the business owner keeps their three days a week over time, not only at the launch"),
        otherwise: t("sinon, le binôme penche vers la DNUM, et le service perd son lien avec la politique publique.", "otherwise, the pair leans towards the DNUM, and the service loses its link with the public policy."),
    },
    ConditionRule {
        id: "owner-named",
        set_ups: &[CoProduct],
        all: &[when(q::OWNER, &[UNANSWERED])],
        any: &[],
        topic: Topic::Owner,
        fallback: true,
        text: t("À condition qu’une personne de la direction métier porte le service, avec au moins trois jours par semaine", "Provided a person from the business directorate carries the service, with at least three days a week"),
        otherwise: t("sinon, nommez-la avant de lancer l’équipe.", "otherwise, name them before starting the team."),
    },
    ConditionRule {
        id: "sponsor-keeps-deciding",
        set_ups: PRODUCT,
        all: &[when(q::SPONSOR, &[sponsor::DECIDES])],
        any: &[],
        topic: Topic::Decision,
        fallback: true,
        text: t("À condition que le sponsor continue de décider à chaque étape, au vu de l’usage réel", "Provided the sponsor keeps deciding at each stage, from actual use"),
        otherwise: t("sinon, les décisions se prendront sur le calendrier plutôt que sur les résultats.", "otherwise, decisions will follow the calendar rather than the results."),
    },
    ConditionRule {
        id: "user-teams-involved",
        set_ups: &[DnumProduct],
        all: &[],
        any: &[],
        topic: Topic::Users,
        fallback: true,
        text: t("À condition que les équipes qui utiliseront le service soient associées à chaque version", "Provided the teams who will use the service are involved in each version"),
        otherwise: t("sinon, la DNUM construira pour elle-même.", "otherwise, the DNUM will build for itself."),
    },
    ConditionRule {
        id: "split-written",
        set_ups: &[CoProduct],
        all: &[],
        any: &[],
        topic: Topic::Split,
        fallback: true,
        text: t("À condition que le partage des rôles entre le métier et la DNUM soit écrit, et relu à chaque étape", "Provided the split of roles between the business side and the DNUM is written down, and reread at each stage"),
        otherwise: t("sinon, chacun croira que l’autre s’en occupe.", "otherwise, each will believe the other is seeing to it."),
    },
    // Name the owners first.
    ConditionRule {
        id: "name-owner",
        set_ups: &[NameOwnersFirst],
        all: &[],
        any: &[],
        topic: Topic::Owner,
        fallback: false,
        text: t("À condition de nommer, avant de constituer l’équipe, un porteur métier qui dispose de trois jours par semaine", "Provided a business owner with three days a week is named before the team is formed"),
        otherwise: t("sinon, gardez le projet à l’étude\u{a0}: un développement lancé sans porteur est à refaire.", "otherwise, keep the project under study: development started without an owner has to be redone."),
    },
    ConditionRule {
        id: "name-sponsor",
        set_ups: &[NameOwnersFirst],
        all: &[when(q::SPONSOR, &[sponsor::LAUNCH_ONLY, sponsor::NONE, sponsor::DONT_KNOW, UNANSWERED])],
        any: &[],
        topic: Topic::Decision,
        fallback: false,
        text: t("À condition qu’un directeur accepte d’être sponsor\u{a0}: protéger ce temps, puis décider de continuer ou d’arrêter", "Provided a director agrees to be the sponsor: protect that time, then decide to go on or stop"),
        otherwise: t("sinon, le futur porteur n’aura ni le temps ni l’appui pour tenir.", "otherwise, the future owner will have neither the time nor the backing to hold on."),
    },
    ConditionRule {
        id: "name-before-date",
        set_ups: &[NameOwnersFirst],
        all: &[DATE_SET],
        any: &[],
        topic: Topic::Deadline,
        fallback: false,
        text: t("À condition que ces nominations se fassent dans le mois, puisque la date ne bougera pas", "Provided these appointments are made within the month, since the date will not move"),
        otherwise: t("sinon, la DNUM devra commencer seule, et vous validerez après coup des choix qui vous reviennent.", "otherwise, the DNUM will have to start alone, and you will approve afterwards choices that are yours to make."),
    },
    ConditionRule {
        id: "sponsor-names-first",
        set_ups: &[NameOwnersFirst],
        all: &[when(q::SPONSOR, &[sponsor::DECIDES])],
        any: &[],
        topic: Topic::Decision,
        fallback: true,
        text: t("À condition que le sponsor fasse de cette nomination sa première décision", "Provided the sponsor makes this appointment their first decision"),
        otherwise: t("sinon, l’équipe attendra un porteur que personne ne cherche.", "otherwise, the team will wait for an owner nobody is looking for."),
    },
    // Not product mode now: a one-off.
    ConditionRule {
        id: "need-frozen",
        set_ups: &[NotNowOneOff],
        all: &[],
        any: &[],
        topic: Topic::Need,
        fallback: false,
        text: t("À condition que le besoin reste figé jusqu’à la livraison", "Provided the need stays fixed until the delivery"),
        otherwise: t("sinon, si les usagers, le texte ou les priorités changent en cours de route, passez en mode produit.", "otherwise, if the users, the text or the priorities change along the way, move to product mode."),
    },
    ConditionRule {
        id: "delivery-tried",
        set_ups: &[NotNowOneOff],
        all: &[USERS_OUT_OF_REACH],
        any: &[],
        topic: Topic::Users,
        fallback: false,
        text: t("À condition de faire essayer la livraison à de vrais usagers avant de l’accepter", "Provided real users try the delivery before it is accepted"),
        otherwise: t("sinon, vous recevrez un service conforme au cahier des charges, mais pas forcément utilisable.", "otherwise, you will receive a service that matches the specification, but is not necessarily usable."),
    },
    ConditionRule {
        id: "obligations-specified",
        set_ups: &[NotNowOneOff],
        all: &[when(q::REGULATORY, &[regulatory::SOME, regulatory::NONE, regulatory::DONT_KNOW])],
        any: &[],
        topic: Topic::Obligations,
        fallback: false,
        text: t("À condition que le cahier des charges exige l’accessibilité, la sécurité et la protection des données", "Provided the specification requires accessibility, security and data protection"),
        otherwise: t("sinon, elles seront à reprendre après la livraison, à vos frais.", "otherwise, they will have to be redone after the delivery, at your cost."),
    },
    ConditionRule {
        id: "nothing-after",
        set_ups: &[NotNowOneOff],
        all: &[],
        any: &[],
        topic: Topic::After,
        fallback: true,
        text: t("À condition que rien ne soit prévu après la livraison, ni évolutions ni aide aux utilisateurs", "Provided nothing is planned after the delivery, neither changes nor user support"),
        otherwise: t("sinon, prévoyez dès maintenant qui maintiendra le service.", "otherwise, plan now who will maintain the service."),
    },
    // Not product mode now: a common service.
    ConditionRule {
        id: "common-fits",
        set_ups: &[NotNowCommonService],
        all: &[],
        any: &[],
        topic: Topic::Need,
        fallback: false,
        text: t("À condition que le service commun couvre l’essentiel du besoin, ce que ses responsables peuvent confirmer", "Provided the common service covers the core of the need, which its owners can confirm"),
        otherwise: t("sinon, menez une courte investigation de ce qui manque avant de construire quoi que ce soit.", "otherwise, run a short investigation of what is missing before building anything."),
    },
    ConditionRule {
        id: "common-before-date",
        set_ups: &[NotNowCommonService],
        all: &[DATE_SET],
        any: &[],
        topic: Topic::Deadline,
        fallback: false,
        text: t("À condition que le service commun puisse être ouvert à vos usagers avant l’échéance", "Provided the common service can be opened to your users before the deadline"),
        otherwise: t("sinon, demandez à ses responsables ce qu’il faudrait pour tenir la date, avant d’envisager autre chose.", "otherwise, ask its owners what it would take to meet the date, before considering anything else."),
    },
    ConditionRule {
        id: "common-tried",
        set_ups: &[NotNowCommonService],
        all: &[USERS_OUT_OF_REACH],
        any: &[],
        topic: Topic::Users,
        fallback: false,
        text: t("À condition de le faire essayer à quelques usagers ou agents avant de le généraliser", "Provided a few users or agents try it before it is rolled out"),
        otherwise: t("sinon, les écarts avec vos usages se découvriront au déploiement.", "otherwise, the gaps with your uses will show up during the roll-out."),
    },
    ConditionRule {
        id: "rollout-carried",
        set_ups: &[NotNowCommonService],
        all: &[],
        any: &[],
        topic: Topic::After,
        fallback: true,
        text: t("À condition que quelqu’un, côté métier, porte son déploiement et l’accompagnement des agents", "Provided someone on the business side leads its roll-out and supports the agents"),
        otherwise: t("sinon, le service commun restera inutilisé chez vous.", "otherwise, the common service will stay unused in your directorate."),
    },
];
