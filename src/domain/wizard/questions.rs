//! The questions of "Pourquoi le mode produit ?", as data. Their order and their answers'
//! order are the answers link format 2 (`q2`): append, never reorder or remove; a change
//! that cannot append is a new format, read from the old one by `migration.rs`.

use crate::domain::lang::{t, Text};

/// A question, its possible answers, and why it is asked.
pub struct Question {
    pub text: Text,
    pub why: Text,
    pub answers: &'static [Answer],
    /// The answer that stands for "Je ne sais pas", recorded when *Suivant* is pressed
    /// without an answer; `None` where not knowing is not an honest answer (one must then
    /// be chosen).
    pub dont_know: Option<u8>,
}

/// One possible answer.
pub struct Answer {
    pub text: Text,
    /// The range of a share of time the answer stands for, as written in its text.
    pub percent: Option<Percent>,
}

/// A range of whole percentages, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percent {
    pub min: u8,
    pub max: u8,
}

const fn answer(fr: &'static str, en: &'static str) -> Answer {
    Answer {
        text: t(fr, en),
        percent: None,
    }
}

const fn share(fr: &'static str, en: &'static str, min: u8, max: u8) -> Answer {
    Answer {
        text: t(fr, en),
        percent: Some(Percent { min, max }),
    }
}

const DONT_KNOW: Answer = answer("Je ne sais pas", "I don't know");

/// Index of each question in [`QUESTIONS`].
pub mod q {
    pub const NEED: usize = 0;
    pub const STAGE: usize = 1;
    pub const OWNER: usize = 2;
    pub const SPONSOR: usize = 3;
    pub const DEADLINE: usize = 4;
    pub const USERS: usize = 5;
    pub const OBJECTIVES: usize = 6;
    pub const DAILY: usize = 7;
    pub const EXPERTISE: usize = 8;
    pub const REGULATORY: usize = 9;
    pub const MEETINGS: usize = 10;
    pub const TASKS: usize = 11;
}

/// Index of each answer, question by question, for the rules.
pub mod a {
    pub mod need {
        pub const SERVICE: u8 = 0;
        pub const ONE_OFF: u8 = 1;
        pub const COMMON: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod stage {
        pub const IDEA: u8 = 0;
        pub const BUILDING: u8 = 1;
        pub const IN_USE: u8 = 2;
        pub const STOPPING: u8 = 3;
    }
    pub mod owner {
        pub const FULL: u8 = 0;
        pub const PART: u8 = 1;
        pub const LITTLE: u8 = 2;
        pub const TIME_UNKNOWN: u8 = 3;
        pub const DNUM: u8 = 4;
        /// Also "je ne sais pas".
        pub const NOBODY: u8 = 5;
    }
    pub mod sponsor {
        pub const DECIDES: u8 = 0;
        pub const LAUNCH_ONLY: u8 = 1;
        pub const NONE: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod deadline {
        pub const NONE: u8 = 0;
        pub const DATE_ONLY: u8 = 1;
        pub const DATE_AND_SCOPE: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod users {
        pub const MET: u8 = 0;
        pub const INTERMEDIARIES: u8 = 1;
        pub const NOT_YET: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod objectives {
        pub const SHARED: u8 = 0;
        pub const PARTLY: u8 = 1;
        pub const MISSING: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod daily {
        pub const DNUM: u8 = 0;
        pub const BUSINESS: u8 = 1;
        pub const CONTRACTOR: u8 = 2;
        /// Also "je ne sais pas".
        pub const NOBODY: u8 = 3;
    }
    pub mod expertise {
        pub const ALL: u8 = 0;
        pub const SOME: u8 = 1;
        pub const DEVELOPERS: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod regulatory {
        pub const ALL: u8 = 0;
        pub const SOME: u8 = 1;
        pub const NONE: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod meetings {
        pub const LIGHT: u8 = 0;
        pub const HEAVY: u8 = 1;
        pub const NONE: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
    pub mod tasks {
        pub const EACH: u8 = 0;
        pub const PART: u8 = 1;
        pub const NONE: u8 = 2;
        pub const DONT_KNOW: u8 = 3;
    }
}

pub const QUESTION_COUNT: usize = 12;

pub const QUESTIONS: [Question; QUESTION_COUNT] = [
    Question {
        text: t("De quoi s’agit\u{2011}il\u{a0}?", "What is it?"),
        why: t(
            "Le mode produit sert un service qui doit durer et s’améliorer avec ses usagers. Une réalisation ponctuelle, ou un besoin qu’un service commun couvre déjà, n’en a pas besoin.",
            "Product mode serves a service that must last and improve with its users. A one-off job, or a need a common service already covers, does not need it.",
        ),
        answers: &[
            answer("Un service numérique pour des usagers ou des agents, appelé à évoluer", "A digital service for users or agents, meant to keep evolving"),
            answer("Une réalisation ponctuelle, définie à l’avance, sans suite prévue", "A one-off job, defined in advance, with nothing planned after it"),
            answer("Un besoin qu’un service commun existant couvre déjà", "A need an existing common service already covers"),
            answer("Je ne sais pas encore\u{a0}: le besoin reste à préciser", "I don't know yet: the need is still to be pinned down"),
        ],
        dont_know: Some(a::need::DONT_KNOW),
    },
    Question {
        text: t("Où en est le service aujourd’hui\u{a0}?", "Where does the service stand today?"),
        why: t(
            "Chaque étape a ses décisions\u{a0}: vérifier le besoin avant de construire, construire une première version utile, puis l’étendre. À la fin de chacune, quelqu’un décide de continuer, d’ajuster ou d’arrêter.",
            "Each stage has its decisions: check the need before building, build a first useful version, then extend it. At the end of each, someone decides to go on, adjust or stop.",
        ),
        answers: &[
            answer("Une idée\u{a0}: rien n’est encore construit", "An idea: nothing is built yet"),
            answer("En construction\u{a0}: sa première version n’est pas encore ouverte", "Being built: its first version is not open yet"),
            answer("En service\u{a0}: il est ouvert à des usagers, et doit s’étendre ou durer", "In service: it is open to users, and must extend or last"),
            answer("Son arrêt est envisagé", "Stopping it is being considered"),
        ],
        dont_know: None,
    },
    Question {
        text: t(
            "Qui portera le service côté métier, et avec quelle part de son temps\u{a0}?",
            "Who will carry the service on the business side, and with how much of their time?",
        ),
        why: t(
            "Le porteur métier (le chef de produit métier du guide) donne au service son cap et tranche entre les demandes. Le rôle demande au moins 60\u{a0}% de son temps, soit trois jours par semaine\u{a0}; 20\u{a0}%, c’est un jour.",
            "The business owner (the guide's business product owner) gives the service its course and decides between requests. The role takes at least 60% of their time, three days a week; 20% is one day.",
        ),
        answers: &[
            share("Une personne de la direction métier, à 60\u{a0}% de son temps ou plus", "A person from the business directorate, 60% of their time or more", 60, 100),
            share("Une personne de la direction métier, de 20\u{a0}% à 59\u{a0}% de son temps", "A person from the business directorate, 20% to 59% of their time", 20, 59),
            share("Une personne de la direction métier, à moins de 20\u{a0}% de son temps", "A person from the business directorate, less than 20% of their time", 0, 19),
            answer("Une personne de la direction métier, mais son temps n’est pas encore fixé", "A person from the business directorate, but their time is not set yet"),
            answer("Personne côté métier\u{a0}: le service est fait par et pour la DNUM", "Nobody on the business side: the service is made by and for the DNUM"),
            answer("Personne n’est encore nommé, ou je ne sais pas", "Nobody has been named yet, or I don't know"),
        ],
        dont_know: Some(a::owner::NOBODY),
    },
    Question {
        text: t("Un sponsor de niveau directeur soutient\u{2011}il le service\u{a0}?", "Does a sponsor at director level back the service?"),
        why: t(
            "Le sponsor est le directeur ou la directrice qui protège le temps de l’équipe et décide, à la fin de chaque étape, de continuer, d’ajuster ou d’arrêter, au vu de ce que le service a produit.",
            "The sponsor is the director who protects the team's time and decides, at the end of each stage, to go on, adjust or stop, in the light of what the service has achieved.",
        ),
        answers: &[
            answer("Oui, et il décide à chaque étape de continuer ou d’arrêter", "Yes, and they decide at each stage to go on or stop"),
            answer("Oui, mais il n’est intervenu qu’au lancement", "Yes, but they only stepped in at the launch"),
            answer("Non", "No"),
            DONT_KNOW,
        ],
        dont_know: Some(a::sponsor::DONT_KNOW),
    },
    Question {
        text: t(
            "Une échéance fixe s’impose\u{2011}t\u{2011}elle (un texte, un engagement politique), et que fixe\u{2011}t\u{2011}elle\u{a0}?",
            "Is there a fixed deadline (a legal text, a political commitment), and what does it fix?",
        ),
        why: t(
            "Une date imposée par un décret ou un engagement ne se négocie pas. Ce qui se choisit, c’est ce que le service doit permettre à cette date, et ce qui peut venir après.",
            "A date set by a decree or a commitment cannot be negotiated. What can be chosen is what the service must allow on that date, and what can come later.",
        ),
        answers: &[
            answer("Non, aucune échéance n’est imposée", "No, no deadline is imposed"),
            answer("Oui, une date, mais ce qui doit être prêt à cette date reste à choisir", "Yes, a date, but what must be ready by then is still to be chosen"),
            answer("Oui, une date et tout ce que le service doit faire à cette date", "Yes, a date and everything the service must do by then"),
            DONT_KNOW,
        ],
        dont_know: Some(a::deadline::DONT_KNOW),
    },
    Question {
        text: t(
            "L’équipe peut\u{2011}elle rencontrer les personnes qui utiliseront le service\u{a0}?",
            "Can the team meet the people who will use the service?",
        ),
        why: t(
            "Un service se conçoit avec ceux qui s’en serviront\u{a0}: les écouter avant de construire, puis leur faire essayer chaque version. Sans accès à eux, l’équipe travaille sur des suppositions.",
            "A service is designed with those who will use it: listen to them before building, then have them try each version. Without access to them, the team works on assumptions.",
        ),
        answers: &[
            answer("Oui, directement et régulièrement", "Yes, directly and regularly"),
            answer("Seulement par des intermédiaires (fédérations, réseaux, services locaux), ou rarement", "Only through intermediaries (federations, networks, local offices), or rarely"),
            answer("Non, pas pour l’instant", "No, not for now"),
            DONT_KNOW,
        ],
        dont_know: Some(a::users::DONT_KNOW),
    },
    Question {
        text: t(
            "Ce que le service doit changer, et la façon de le mesurer, sont\u{2011}ils écrits et partagés\u{a0}?",
            "Are what the service must change, and how it will be measured, written down and shared?",
        ),
        why: t(
            "Le guide le dit\u{a0}: sans objectifs partagés, on dépense sans que rien n’aboutisse, et on renégocie sans cesse le cap.",
            "The guide says so: without shared objectives, money is spent with nothing landing, and the course is renegotiated all the time.",
        ),
        answers: &[
            answer("Oui\u{a0}: des objectifs et des indicateurs écrits, partagés et suivis", "Yes: objectives and indicators written down, shared and followed"),
            answer("En partie\u{a0}: écrits, mais sans indicateurs, peu partagés ou peu suivis", "Partly: written, but without indicators, hardly shared or hardly followed"),
            answer("Non\u{a0}: ils restent à écrire, ou sont renégociés sans cesse", "No: they are still to be written, or renegotiated all the time"),
            DONT_KNOW,
        ],
        dont_know: Some(a::objectives::DONT_KNOW),
    },
    Question {
        text: t(
            "Qui suivra les développeurs au quotidien\u{a0}: choisir ce qui se fait d’abord, décrire les besoins, vérifier ce qui est livré\u{a0}?",
            "Who will follow the developers day to day: choose what comes first, describe the needs, check what is delivered?",
        ),
        why: t(
            "Ce suivi de tous les jours, que le guide appelle «\u{a0}piloter le delivery\u{a0}», est le cœur du rôle de co-chef de produit DNUM. S’il manque, l’équipe attend, ou décide seule.",
            "This daily follow-up, which the guide calls leading the delivery, is the heart of the DNUM product manager's role. Without it, the team waits, or decides alone.",
        ),
        answers: &[
            answer("Une personne identifiée, côté DNUM", "A named person, on the DNUM side"),
            answer("Une personne identifiée, côté métier", "A named person, on the business side"),
            answer("Le prestataire, ou cela dépend des jours", "The contractor, or it depends on the day"),
            answer("Personne n’en est clairement chargé, ou je ne sais pas", "Nobody is clearly in charge of it, or I don't know"),
        ],
        dont_know: Some(a::daily::NOBODY),
    },
    Question {
        text: t(
            "Sur quelles compétences l’équipe peut\u{2011}elle compter, en son sein ou auprès d’experts internes\u{a0}: connaissance des usagers, design, architecture, sécurité\u{a0}?",
            "Which skills can the team count on, within it or from internal experts: knowing the users, design, architecture, security?",
        ),
        why: t(
            "Le guide le dit\u{a0}: la conception est meilleure quand l’équipe a toutes les compétences, ou s’appuie sur les experts internes de la DNUM.",
            "The guide says so: design is better when the team has every skill, or draws on the DNUM's internal experts.",
        ),
        answers: &[
            answer("Toutes", "All of them"),
            answer("Une partie seulement", "Only some"),
            answer("Presque aucune\u{a0}: surtout des développeurs, souvent chez un prestataire", "Hardly any: mostly developers, often at a contractor"),
            answer("Je ne sais pas, ou l’équipe n’est pas encore formée", "I don't know, or the team is not formed yet"),
        ],
        dont_know: Some(a::expertise::DONT_KNOW),
    },
    Question {
        text: t(
            "Accessibilité, sécurité, données personnelles, homologation, sobriété\u{a0}: chacun de ces sujets a\u{2011}t\u{2011}il un responsable et une place dans le calendrier\u{a0}?",
            "Accessibility, security, personal data, security accreditation, eco-design: does each have an owner and a place in the schedule?",
        ),
        why: t(
            "Ce sont des obligations (RGAA pour l’accessibilité, RGS et homologation pour la sécurité, RGPD pour les données, RGESN pour la sobriété). Traitées à la fin, elles retardent l’ouverture. Le guide les confie au co-chef de produit DNUM.",
            "These are obligations (RGAA for accessibility, RGS and accreditation for security, GDPR for data, RGESN for eco-design). Left to the end, they delay the opening. The guide gives them to the DNUM product manager.",
        ),
        answers: &[
            answer("Oui, tous", "Yes, all of them"),
            answer("Certains seulement", "Only some"),
            answer("Non, aucun", "No, none"),
            DONT_KNOW,
        ],
        dont_know: Some(a::regulatory::DONT_KNOW),
    },
    Question {
        text: t(
            "Quel temps les comités et les réunions de suivi prennent\u{2011}ils à l’équipe\u{a0}?",
            "How much of the team's time do committees and follow-up meetings take?",
        ),
        why: t(
            "Le guide pose la question\u{a0}: comment réduire la charge des comités\u{a0}? Des rendez-vous courts et réguliers font avancer\u{a0}; trop de comités prennent le temps du service.",
            "The guide asks: how can the load of committees be reduced? Short, regular meetings move things forward; too many committees take the service's time.",
        ),
        answers: &[
            answer("Peu\u{a0}: des rendez-vous courts et utiles", "Little: short, useful meetings"),
            answer("Beaucoup\u{a0}: de nombreux comités, à préparer et à résumer", "A lot: many committees, to prepare and to write up"),
            answer("Aucun rendez-vous régulier n’est prévu", "No regular meeting is planned"),
            DONT_KNOW,
        ],
        dont_know: Some(a::meetings::DONT_KNOW),
    },
    Question {
        text: t(
            "Le suivi des devis, l’aide aux utilisateurs, le déploiement et la communication ont\u{2011}ils chacun quelqu’un pour s’en occuper\u{a0}?",
            "Do quote follow-up, user support, roll-out and communication each have someone to see to them?",
        ),
        why: t(
            "Le guide liste ces tâches sans les attribuer\u{a0}: sans personne désignée, elles tombent entre deux chaises.",
            "The guide lists these tasks without assigning them: with nobody named, they fall between two stools.",
        ),
        answers: &[
            answer("Oui, chacune", "Yes, each of them"),
            answer("En partie", "Partly"),
            answer("Non", "No"),
            DONT_KNOW,
        ],
        dont_know: Some(a::tasks::DONT_KNOW),
    },
];
