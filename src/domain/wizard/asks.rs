//! The questions to keep asking, as data: the role pages' questions, each addressed to the
//! one who asks it (the business owner, the DNUM product manager, the sponsor). The risks
//! (and a few answers) say which matter most here.

use super::questions::a::{expertise, meetings, regulatory, tasks};
use super::questions::q;
use super::rules::{when, When, Who};
use crate::domain::lang::{t, Text};

pub struct KeepAskingRule {
    pub asker: Who,
    pub text: Text,
}

const fn ask(asker: Who, fr: &'static str, en: &'static str) -> KeepAskingRule {
    KeepAskingRule {
        asker,
        text: t(fr, en),
    }
}

/// Index of each question to keep asking in [`KEEP_ASKING`].
pub mod ask {
    pub const OWNER_TIME: usize = 0;
    pub const VISION: usize = 1;
    pub const PRIORITIES: usize = 2;
    pub const USERS: usize = 3;
    pub const PROXIMITY: usize = 4;
    pub const INDICATORS: usize = 5;
    pub const DEADLINE: usize = 6;
    pub const CLEAR_SPLIT: usize = 7;
    pub const DAILY_HELP: usize = 8;
    pub const PRACTICES: usize = 9;
    pub const SECURITY: usize = 10;
    pub const STORIES: usize = 11;
    pub const SKILLS: usize = 12;
    pub const GO_STOP: usize = 13;
    pub const PROTECT: usize = 14;
    pub const COMMITTEES: usize = 15;
}

/// In the order shown when nothing makes one matter more (the business owner's, from
/// the guide's account of the role; the DNUM product manager's, from its page; the
/// sponsor's, from the go / stop decisions of the public doctrine).
pub const KEEP_ASKING: [KeepAskingRule; 16] = [
    ask(Who::BusinessOwner, "Avez\u{2011}vous, dans la durée, le temps et les moyens de porter ce service\u{a0}?", "Do you have the time and the means to carry this service over time?"),
    ask(Who::BusinessOwner, "Pouvez\u{2011}vous dire en deux phrases ce que le service doit permettre aux usagers et aux agents\u{a0}?", "Can you say in two sentences what the service must let users and agents do?"),
    ask(Who::BusinessOwner, "Quand deux demandes s’opposent, tranchez\u{2011}vous selon l’effet attendu pour les usagers\u{a0}?", "When two requests clash, do you decide by the expected effect for users?"),
    ask(Who::BusinessOwner, "Participez\u{2011}vous régulièrement aux rencontres et aux essais avec les usagers\u{a0}?", "Do you regularly take part in meetings and trials with users?"),
    ask(Who::BusinessOwner, "Êtes\u{2011}vous assez proche de l’équipe pour lui répondre dans la journée\u{a0}?", "Are you close enough to the team to answer it within the day?"),
    ask(Who::BusinessOwner, "Avez\u{2011}vous des indicateurs qui montrent ce que le service change vraiment\u{a0}?", "Do you have indicators that show what the service really changes?"),
    ask(Who::BusinessOwner, "Savez\u{2011}vous ce que le texte impose à la date, et ce qui peut venir après\u{a0}?", "Do you know what the text imposes on the date, and what can come later?"),
    ask(Who::DnumProductManager, "Le partage des responsabilités avec le métier est\u{2011}il clair, et écrit\u{a0}?", "Is the split of responsibilities with the business side clear, and written down?"),
    ask(Who::DnumProductManager, "L’équipe avance\u{2011}t\u{2011}elle chaque jour sans attendre une réponse\u{a0}?", "Does the team move forward every day without waiting for an answer?"),
    ask(Who::DnumProductManager, "Les bonnes pratiques produit (essayer tôt avec les usagers, livrer souvent, mesurer) sont\u{2011}elles connues et appliquées\u{a0}?", "Are good product practices (trying early with users, delivering often, measuring) known and applied?"),
    ask(Who::DnumProductManager, "Sécurité, homologation, accessibilité et données personnelles ont\u{2011}elles chacune une place dans le calendrier\u{a0}?", "Do security, accreditation, accessibility and personal data each have a place in the schedule?"),
    ask(Who::DnumProductManager, "Pouvez\u{2011}vous aider à décrire les besoins pour les développeurs, et à vérifier ce qui est livré\u{a0}?", "Can you help describe the needs for the developers, and check what is delivered?"),
    ask(Who::DnumProductManager, "L’équipe a\u{2011}t\u{2011}elle, pour l’étape en cours, les compétences qu’il lui faut, ou un expert interne à appeler\u{a0}?", "Does the team have, for the current stage, the skills it needs, or an internal expert to call on?"),
    ask(Who::Sponsor, "La date de votre prochaine décision de continuer ou d’arrêter est\u{2011}elle fixée, et sur quels chiffres reposera\u{2011}t\u{2011}elle\u{a0}?", "Is the date of your next decision to go on or stop set, and which figures will it rest on?"),
    ask(Who::Sponsor, "Protégez\u{2011}vous le temps de ceux qui portent le service, et de l’équipe, face aux autres urgences\u{a0}?", "Do you protect the time of those who carry the service, and of the team, from other urgent matters?"),
    ask(Who::Sponsor, "Les comités que vous réunissez aident\u{2011}ils l’équipe à décider, ou lui prennent\u{2011}ils son temps\u{a0}?", "Do the committees you hold help the team decide, or take its time?"),
];

/// An answer that makes questions to keep asking matter, without being a risk itself:
/// mostly "Je ne sais pas" on the DNUM's side of things, which is a question to ask.
pub struct AskRule {
    pub when: When,
    pub asks: &'static [usize],
    pub weight: u8,
}

pub const ASK_RULES: &[AskRule] = &[
    AskRule {
        when: when(q::EXPERTISE, &[expertise::DONT_KNOW]),
        asks: &[ask::SKILLS],
        weight: 2,
    },
    AskRule {
        when: when(q::REGULATORY, &[regulatory::DONT_KNOW]),
        asks: &[ask::SECURITY],
        weight: 2,
    },
    AskRule {
        when: when(q::MEETINGS, &[meetings::DONT_KNOW]),
        asks: &[ask::COMMITTEES],
        weight: 1,
    },
    AskRule {
        when: when(q::TASKS, &[tasks::DONT_KNOW]),
        asks: &[ask::CLEAR_SPLIT],
        weight: 1,
    },
];
