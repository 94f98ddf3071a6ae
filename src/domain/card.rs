//! A role's card, in the structure of the guide's role pages: what the role is, why it
//! matters, its daily missions, and the questions to keep asking — which double as a
//! self-check (oui / à travailler / non, plus a note).

use serde::{Deserialize, Serialize};

use super::lang::{t, Lang, Text};
use super::limits::{clean_text, LimitError, MAX_NOTE_CHARS};
use super::split::text_or_null;

/// At most this many characters in a card's paragraph.
pub const MAX_CARD_TEXT_CHARS: usize = 1000;
/// At most this many bullet items (or questions) in a section.
pub const MAX_CARD_ITEMS: usize = 20;

/// A paragraph followed by bullet items.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    #[serde(default, deserialize_with = "text_or_null")]
    pub text: String,
    #[serde(default)]
    pub items: Vec<String>,
}

/// How a person answers a self-check question. The serde names are the keys of saved
/// data: never change one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckAnswer {
    #[default]
    #[serde(rename = "")]
    Unanswered,
    #[serde(rename = "oui")]
    Yes,
    #[serde(rename = "a-travailler")]
    ToWorkOn,
    #[serde(rename = "non")]
    No,
}

impl CheckAnswer {
    pub const ALL: [CheckAnswer; 4] = [
        CheckAnswer::Unanswered,
        CheckAnswer::Yes,
        CheckAnswer::ToWorkOn,
        CheckAnswer::No,
    ];

    /// A stable name, as in saved data. Never change one.
    pub fn key(self) -> &'static str {
        match self {
            CheckAnswer::Unanswered => "",
            CheckAnswer::Yes => "oui",
            CheckAnswer::ToWorkOn => "a-travailler",
            CheckAnswer::No => "non",
        }
    }

    pub fn is_unanswered(&self) -> bool {
        *self == CheckAnswer::Unanswered
    }

    pub fn from_key(key: &str) -> Option<CheckAnswer> {
        CheckAnswer::ALL.into_iter().find(|a| a.key() == key)
    }

    pub fn index(self) -> u8 {
        CheckAnswer::ALL
            .iter()
            .position(|a| *a == self)
            .unwrap_or(0) as u8
    }
}

/// A question to keep asking, and where the team stands on it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheck {
    pub question: String,
    #[serde(default, skip_serializing_if = "CheckAnswer::is_unanswered")]
    pub answer: CheckAnswer,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "text_or_null"
    )]
    pub note: String,
}

/// The four sections of a role's card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCard {
    /// *De quoi parle-t-on ?*
    #[serde(default)]
    pub what: Section,
    /// *Pourquoi ce rôle est-il important ?*
    #[serde(default)]
    pub why: Section,
    /// *Quel est son quotidien ?*
    #[serde(default)]
    pub daily: Section,
    /// *Questions à se poser*
    #[serde(default)]
    pub questions: Vec<SelfCheck>,
}

/// Which of the three text sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionId {
    What,
    Why,
    Daily,
}

/// The question the builder's checks answer by themselves, as it starts in each language.
const CLEAR_SPLIT_QUESTION: Text = t(
    "Le partage des responsabilités entre DNUM et métier est\u{2011}il clair",
    "Is the split of responsibilities between the DNUM and the business side clear",
);

impl RoleCard {
    pub fn is_empty(&self) -> bool {
        *self == RoleCard::default()
    }

    /// Removes deceptive characters from every text (see `limits::clean_text`).
    pub fn clean_texts(&mut self) {
        let clean = |text: &mut String| {
            if let std::borrow::Cow::Owned(cleaned) = clean_text(text) {
                *text = cleaned;
            }
        };
        for section in [&mut self.what, &mut self.why, &mut self.daily] {
            clean(&mut section.text);
            section.items.iter_mut().for_each(clean);
        }
        for check in &mut self.questions {
            clean(&mut check.question);
            clean(&mut check.note);
        }
    }

    pub fn section(&self, id: SectionId) -> &Section {
        match id {
            SectionId::What => &self.what,
            SectionId::Why => &self.why,
            SectionId::Daily => &self.daily,
        }
    }

    pub fn section_mut(&mut self, id: SectionId) -> &mut Section {
        match id {
            SectionId::What => &mut self.what,
            SectionId::Why => &mut self.why,
            SectionId::Daily => &mut self.daily,
        }
    }

    /// Self-check questions answered "à travailler".
    pub fn to_work_on(&self) -> usize {
        self.questions
            .iter()
            .filter(|q| q.answer == CheckAnswer::ToWorkOn)
            .count()
    }

    /// Replaces a section's paragraph.
    pub fn set_text(&mut self, id: SectionId, text: &str) -> Result<(), LimitError> {
        let text = &*clean_text(text);
        check_text(text)?;
        self.section_mut(id).text = text.to_owned();
        Ok(())
    }

    /// Replaces a section's items with the non-empty lines of `lines`.
    pub fn set_items(&mut self, id: SectionId, lines: &str) -> Result<(), LimitError> {
        let items = non_empty_lines(lines)?;
        self.section_mut(id).items = items;
        Ok(())
    }

    /// Replaces the questions with the non-empty lines of `lines`; a question kept
    /// word for word keeps its answer and note.
    pub fn set_questions(&mut self, lines: &str) -> Result<(), LimitError> {
        let questions = non_empty_lines(lines)?;
        let before = std::mem::take(&mut self.questions);
        self.questions = questions
            .into_iter()
            .map(|question| {
                before
                    .iter()
                    .find(|q| q.question == question)
                    .cloned()
                    .unwrap_or(SelfCheck {
                        question,
                        ..SelfCheck::default()
                    })
            })
            .collect();
        Ok(())
    }

    pub fn answer(&mut self, question: usize, answer: CheckAnswer) -> Result<(), LimitError> {
        let check = self.questions.get_mut(question).ok_or(LimitError::Gone)?;
        check.answer = answer;
        Ok(())
    }

    pub fn set_check_note(&mut self, question: usize, note: &str) -> Result<(), LimitError> {
        let note = &*clean_text(note);
        check_item(note)?;
        let check = self.questions.get_mut(question).ok_or(LimitError::Gone)?;
        check.note = note.to_owned();
        Ok(())
    }

    pub fn validate(&self) -> Result<(), LimitError> {
        for section in [&self.what, &self.why, &self.daily] {
            check_text(&section.text)?;
            check_items(section.items.len())?;
            for item in &section.items {
                check_item(item)?;
            }
        }
        check_items(self.questions.len())?;
        for q in &self.questions {
            check_item(&q.question)?;
            check_item(&q.note)?;
        }
        Ok(())
    }
}

/// Whether a self-check question is the one the builder's checks answer. Cards saved
/// before the French texts had their typography write « est-il » with a plain hyphen.
pub fn is_clear_split_question(question: &str) -> bool {
    let plain = |text: &str| text.replace('\u{2011}', "-");
    let question = plain(question);
    [CLEAR_SPLIT_QUESTION.fr, CLEAR_SPLIT_QUESTION.en]
        .into_iter()
        .any(|start| question.starts_with(&plain(start)))
}

pub fn check_text(text: &str) -> Result<(), LimitError> {
    let chars = text.chars().count();
    if chars > MAX_CARD_TEXT_CHARS {
        return Err(LimitError::CardTextTooLong { chars });
    }
    Ok(())
}

pub fn check_item(item: &str) -> Result<(), LimitError> {
    let chars = item.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(LimitError::NoteTooLong { chars });
    }
    Ok(())
}

pub fn check_items(count: usize) -> Result<(), LimitError> {
    if count > MAX_CARD_ITEMS {
        return Err(LimitError::TooManyItems { count });
    }
    Ok(())
}

/// The lines of a text, each an item, empty lines dropped; within the limits.
fn non_empty_lines(text: &str) -> Result<Vec<String>, LimitError> {
    let text = clean_text(text);
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    check_items(lines.len())?;
    for line in &lines {
        check_item(line)?;
    }
    Ok(lines)
}

fn section(lang: Lang, text: Text, items: &[Text]) -> Section {
    Section {
        text: text.get(lang).to_owned(),
        items: items.iter().map(|i| i.get(lang).to_owned()).collect(),
    }
}

fn checks(lang: Lang, questions: &[Text]) -> Vec<SelfCheck> {
    questions
        .iter()
        .map(|q| SelfCheck {
            question: q.get(lang).to_owned(),
            ..SelfCheck::default()
        })
        .collect()
}

/// The questions a DNUM product manager keeps asking (the guide's page, word for word but
/// for its typography and « le cas échéant »: see `tests/cards.rs`).
pub const DNUM_QUESTIONS: [Text; 5] = [
        t("Le partage des responsabilités entre DNUM et métier est\u{2011}il clair (le cas échéant)\u{a0}?", "Is the split of responsibilities between the DNUM and the business side clear (where it applies)?"),
        t("Est\u{2011}ce que j’aide l’équipe à avancer efficacement au quotidien\u{a0}?", "Do I help the team move forward efficiently every day?"),
        t("Est\u{2011}ce que les bonnes pratiques produit sont connues et appliquées\u{a0}?", "Are good product practices known and applied?"),
        t("Les contraintes de sécurité et d’homologation sont\u{2011}elles bien intégrées dans la feuille de route\u{a0}?", "Are security and accreditation constraints built into the roadmap?"),
        t("Suis\u{2011}je en capacité d’accompagner la rédaction des US et de faciliter la recette\u{a0}?", "Am I able to support the writing of user stories and ease acceptance testing?"),
];

/// The questions a business product owner keeps asking (from the public guide).
pub const BUSINESS_QUESTIONS: [Text; 6] = [
    t(
        "Ai\u{2011}je le temps et les moyens de tenir ce rôle dans la durée\u{a0}?",
        "Do I have the time and the means to hold this role over time?",
    ),
    t(
        "Ai\u{2011}je une vision claire de ce que le service doit permettre aux usagers et aux agents\u{a0}?",
        "Do I have a clear view of what the service must let users and agents do?",
    ),
    t(
        "Suis\u{2011}je capable de prioriser selon l’impact attendu\u{a0}?",
        "Can I prioritise by expected impact?",
    ),
    t(
        "Est\u{2011}ce que je participe régulièrement aux échanges et aux tests avec les usagers\u{a0}?",
        "Do I regularly take part in exchanges and tests with users?",
    ),
    t(
        "Est\u{2011}ce que je travaille au plus près de l’équipe\u{a0}?",
        "Do I work closely with the team?",
    ),
    t(
        "Ai\u{2011}je des indicateurs pour suivre l’effet du service\u{a0}?",
        "Do I have indicators to follow the service's effect?",
    ),
];

/// The DNUM product manager's card: the guide's page *Co-chef de produit (DNUM)*, word
/// for word in French but for its typography and three editorial changes listed in
/// `tests/cards.rs`.
pub fn dnum_card(lang: Lang) -> RoleCard {
    RoleCard {
        what: section(
            lang,
            t(
                "Le co-chef de produit (DNUM) intervient aux côtés du responsable métier pour piloter le développement d’un service numérique.\n\nIl apporte un appui opérationnel et veille à la bonne application des pratiques produit, techniques et règlementaires.\n\nDans certains cas, lorsque le produit est développé par et pour la DNUM, le chef de produit est intégralement porté par la direction numérique (exemples\u{a0}: Demat Social, plateforme hébergement fabrique, Honorabilité).\n\nIl agit comme un facilitateur, un référent produit et un coordinateur du quotidien.",
                "The DNUM product manager works alongside the business owner to steer the development of a digital service.\n\nThey bring operational support and see that product, technical and regulatory practices are properly applied.\n\nIn some cases, when the product is developed by and for the DNUM, the product manager role is carried entirely by the digital directorate (examples: Demat Social, the hosting platform of the fabrique, Honorabilité)\n\nThey act as a facilitator, a product referent and a day-to-day coordinator.",
            ),
            &[],
        ),
        why: section(
            lang,
            t(
                "Le co-chef de produit joue un rôle essentiel dans la mise en œuvre concrète de la stratégie produit. Il permet\u{a0}:",
                "The DNUM product manager plays an essential part in putting the product strategy into practice. They make it possible:",
            ),
            &[
                t("D’assurer un pilotage fluide des développements au quotidien", "To steer development smoothly day to day"),
                t("De garantir le respect des standards qualité, sécurité et produit", "To guarantee that quality, security and product standards are met"),
                t("D’appuyer l’équipe dans la rédaction et la priorisation des user stories", "To support the team in writing and prioritising user stories"),
                t(
                    "De soulager le responsable métier sur les aspects opérationnels pour qu’il se concentre sur la vision et les usages",
                    "To relieve the business owner of operational matters so they can focus on the vision and the uses",
                ),
            ],
        ),
        daily: section(
            lang,
            t(
                "Le co-chef de produit assure plusieurs missions opérationnelles\u{a0}:",
                "The DNUM product manager carries out several operational missions:",
            ),
            &[
                t("Piloter le quotidien des équipes de développement (suivi, arbitrages, coordination)", "Steer the development teams day to day (follow-up, trade-offs, coordination)"),
                t("Veiller à l’application des bonnes pratiques produit (cadre agile, itérations, vision)", "See that good product practices are applied (agile framework, iterations, vision)"),
                t("Superviser les sujets sécurité et homologation (en lien avec les RSSI ou les référents)", "Oversee security and accreditation (with the CISOs or the referents)"),
                t("Contribuer à la rédaction des user stories (en lien avec les besoins exprimés)", "Contribute to writing user stories (from the needs expressed)"),
                t("Appuyer la phase de recette (tests, vérification des fonctionnalités livrées)", "Support acceptance testing (tests, checking the delivered features)"),
            ],
        ),
        questions: checks(lang, &DNUM_QUESTIONS),
    }
}

/// The business product owner's card, written from the public guide's account of the role.
pub fn business_card(lang: Lang) -> RoleCard {
    RoleCard {
        what: section(
            lang,
            t(
                "Le chef de produit métier est l’expert de la politique publique et du service administratif que le produit rend. Il fixe les objectifs stratégiques du service, dans la ligne de cette politique.\n\nPour tenir ce rôle, il lui faut au moins 60\u{a0}% de son temps, une formation aux méthodes produit (priorisation, indicateurs, agilité) et l’appui d’un coach produit de la DNUM.",
                "The business product owner is the expert of the public policy and of the administrative service the product delivers. They set the service's strategic objectives, in line with that policy.\n\nThe role takes at least 60 % of their time, training in product methods (prioritisation, indicators, agility) and the support of a DNUM product coach.",
            ),
            &[],
        ),
        why: section(
            lang,
            t("C’est lui qui donne au produit sa raison d’être. Il permet\u{a0}:", "They give the product its reason to be. They make it possible:"),
            &[
                t("De garder le produit aligné sur la politique publique qu’il sert", "To keep the product aligned with the public policy it serves"),
                t("De trancher entre les demandes selon l’impact attendu pour les usagers et les agents", "To decide between requests by the impact expected for users and agents"),
                t("De mesurer ce que le service change vraiment, au-delà de ce qui a été livré", "To measure what the service really changes, beyond what was delivered"),
            ],
        ),
        daily: section(
            lang,
            t("Au quotidien, le chef de produit métier\u{a0}:", "Day to day, the business product owner:"),
            &[
                t("Porte la vision, les priorités et la feuille de route du produit", "Carries the product's vision, priorities and roadmap"),
                t("Décide et priorise les évolutions du produit", "Decides on and prioritises the product's changes"),
                t("Participe à la recherche utilisateur (tests d’utilisabilité, entretiens)", "Takes part in user research (usability tests, interviews)"),
                t("Pilote le déploiement auprès des services et des agents", "Steers the roll-out to the departments and agents"),
                t("Mesure l’impact avec des indicateurs et veille à la publication des statistiques", "Measures impact with indicators and sees that statistics are published"),
            ],
        ),
        questions: checks(lang, &BUSINESS_QUESTIONS),
    }
}

/// The guide's team roles, with one line each, to add to a split in one step.
pub const TEAM_ROLES: [(Text, Text); 7] = [
    (t("Designer", "Designer"), t("Conçoit les parcours et les interfaces avec les usagers, et les teste avec eux.", "Designs journeys and interfaces with users, and tests them with them.")),
    (t("Développeur", "Developer"), t("Construit le service, le teste et le met en production, en itérations courtes.", "Builds the service, tests it and puts it in production, in short iterations.")),
    (t("Coach produit", "Product coach"), t("Accompagne le binôme et l’équipe dans les méthodes produit\u{a0}: priorisation, indicateurs, agilité.", "Coaches the pair and the team in product methods: prioritisation, indicators, agility.")),
    (t("Expert accessibilité", "Accessibility expert"), t("Veille à ce que le service soit utilisable par tous, conformément au RGAA.", "Makes sure everyone can use the service, in line with the RGAA.")),
    (t("Expert recherche utilisateur", "User research expert"), t("Organise les entretiens et les tests qui font connaître les usagers et leurs besoins.", "Runs the interviews and tests that reveal users and their needs.")),
    (t("Responsable des données", "Data lead"), t("Veille à la qualité, à la protection (RGPD) et à l’usage des données du service.", "Looks after the quality, protection (GDPR) and use of the service's data.")),
    (t("DevOps", "DevOps"), t("Automatise l’hébergement, le déploiement et la supervision du service.", "Automates the service's hosting, deployment and monitoring.")),
];

/// The card of a team role from the library: its one line, nothing else yet.
pub fn team_role_card(description: &str) -> RoleCard {
    RoleCard {
        what: Section {
            text: description.to_owned(),
            items: Vec::new(),
        },
        ..RoleCard::default()
    }
}
