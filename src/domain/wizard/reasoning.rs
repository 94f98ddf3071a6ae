//! From answers to a reasoned outcome. Every line of the outcome keeps the answers that
//! produced it, so the page can say "parce que vous avez répondu …".

use super::questions::{QUESTIONS, QUESTION_COUNT};
use super::rules::{
    keep_asking, Adjustment, Argument, GuideRow, SetUp, Side, When, CONTRAST_RULES, RISK_RULES,
    SET_UP_RULES, UNANSWERED,
};
use crate::domain::lang::{t, Lang, Text};
use crate::domain::templates::{BUSINESS, DNUM};
use crate::domain::{
    Cell, Group, Level, Responsibility, Role, RoleId, RoleSplit, RowId, TemplateId,
};

/// The answer chosen for each question, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub [Option<u8>; QUESTION_COUNT]);

/// One answer given: question index, answer index (or [`UNANSWERED`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answered {
    pub question: usize,
    pub answer: u8,
}

impl Answers {
    pub fn answer(&self, question: usize) -> u8 {
        self.0
            .get(question)
            .copied()
            .flatten()
            .unwrap_or(UNANSWERED)
    }

    /// Sets an answer, ignoring answers that do not exist.
    pub fn set(&mut self, question: usize, answer: u8) {
        let exists = QUESTIONS
            .get(question)
            .is_some_and(|q| usize::from(answer) < q.answers.len());
        if exists {
            self.0[question] = Some(answer);
        }
    }

    pub fn count(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    fn holds(&self, condition: &When) -> bool {
        condition.answers.contains(&self.answer(condition.question))
    }

    fn because(&self, conditions: &[When]) -> Vec<Answered> {
        conditions
            .iter()
            .map(|c| Answered {
                question: c.question,
                answer: self.answer(c.question),
            })
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Risk {
    pub text: Text,
    pub argument: Argument,
    pub weight: u8,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contrast {
    pub project: Text,
    pub product: Text,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepAsking {
    pub question: Text,
    pub relevance: u32,
    /// The answers that make it matter; empty when it is simply always worth asking.
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub set_up: SetUp,
    pub set_up_because: Vec<Answered>,
    /// Heaviest first.
    pub risks: Vec<Risk>,
    pub contrasts: Vec<Contrast>,
    /// Most relevant first.
    pub keep_asking: Vec<KeepAsking>,
    pub split: RoleSplit,
}

/// The outcome of a set of answers (complete or not); its split is written in `lang`.
pub fn evaluate(answers: &Answers, lang: Lang) -> Outcome {
    let rule = SET_UP_RULES
        .iter()
        .find(|r| r.when.iter().all(|c| answers.holds(c)))
        .unwrap_or(&SET_UP_RULES[SET_UP_RULES.len() - 1]);
    let set_up = rule.set_up;

    let fired: Vec<_> = RISK_RULES
        .iter()
        .filter(|r| r.when.iter().all(|c| answers.holds(c)))
        .collect();
    let mut risks: Vec<Risk> = fired
        .iter()
        .map(|r| Risk {
            text: r.risk,
            argument: r.argument,
            weight: r.weight,
            because: answers.because(r.when),
        })
        .collect();
    sort_descending(&mut risks, |r| u32::from(r.weight));

    let contrasts = CONTRAST_RULES
        .iter()
        .filter_map(|c| {
            let holding: Vec<When> = c
                .when_any
                .iter()
                .filter(|w| answers.holds(w))
                .map(|w| When {
                    question: w.question,
                    answers: w.answers,
                })
                .collect();
            (!holding.is_empty()).then(|| Contrast {
                project: c.project,
                product: c.product,
                because: answers.because(&holding),
            })
        })
        .collect();

    let mut keep_asking: Vec<KeepAsking> = keep_asking()
        .map(|question| KeepAsking {
            question,
            relevance: 0,
            because: Vec::new(),
        })
        .collect();
    for rule in &fired {
        for &i in rule.asks {
            let entry = &mut keep_asking[i];
            entry.relevance += u32::from(rule.weight);
            for answered in answers.because(rule.when) {
                if !entry.because.contains(&answered) {
                    entry.because.push(answered);
                }
            }
        }
    }
    sort_descending(&mut keep_asking, |k| k.relevance);

    let adjustments = fired.iter().flat_map(|r| r.adjust.iter());
    Outcome {
        set_up,
        set_up_because: answers.because(rule.when),
        risks,
        contrasts,
        keep_asking,
        split: starting_split(set_up, adjustments, lang),
    }
}

fn role_of(split: &RoleSplit, side: Side, lang: Lang) -> Option<RoleId> {
    let label = match side {
        Side::Business => BUSINESS.get(lang),
        Side::Dnum => DNUM.get(lang),
    };
    split
        .roles
        .iter()
        .find(|r| r.label.starts_with(label))
        .map(|r| r.id)
}

fn row_of(split: &RoleSplit, row: GuideRow) -> Option<RowId> {
    let group = split.groups.get(row.group)?;
    group.responsibilities.get(row.row).map(|r| r.id)
}

/// The split a set-up starts from, with the risks' adjustments applied.
fn starting_split<'a>(
    set_up: SetUp,
    adjustments: impl Iterator<Item = &'a Adjustment>,
    lang: Lang,
) -> RoleSplit {
    let mut split = match set_up {
        SetUp::CoProduct => TemplateId::Guide.build_in(lang),
        SetUp::DnumProduct => TemplateId::DnumProduct.build_in(lang),
        SetUp::NameOwnersFirst => {
            let mut s = TemplateId::Guide.build_in(lang);
            let to_name = t("(à nommer)", "(to be named)").get(lang);
            s.roles[0].label = format!("{} {to_name}", BUSINESS.get(lang));
            s
        }
        SetUp::NotNowOneOff => project_split(lang),
        SetUp::NotNowCommonService => common_service_split(lang),
    };
    split.name = t(
        "Répartition issue de « Pourquoi le mode produit ? »",
        "Split from \u{201c}Why product mode?\u{201d}",
    )
    .get(lang)
    .to_owned();
    if !set_up.is_product_mode() {
        return split;
    }
    let mut sponsor_added = false;
    for adjustment in adjustments {
        match adjustment {
            Adjustment::Cell {
                row,
                side,
                level,
                note,
            } => {
                if let (Some(at), Some(role)) = (row_of(&split, *row), role_of(&split, *side, lang))
                {
                    let _ = split.set_level(at, role, *level);
                    let _ = split.set_note(at, role, note.get(lang));
                }
            }
            Adjustment::SponsorDecision if !sponsor_added => {
                sponsor_added = true;
                add_sponsor(&mut split, lang);
            }
            Adjustment::SponsorDecision => {}
        }
    }
    split
}

fn add_sponsor(split: &mut RoleSplit, lang: Lang) {
    let Ok(sponsor) = split.add_role(t("Sponsor (directeur)", "Sponsor (director)").get(lang))
    else {
        return;
    };
    let decision = t(
        "Décider tous les six mois de poursuivre ou d'arrêter",
        "Decide every six months to go on or stop",
    );
    let Some(first_group) = split.group_at(0) else {
        return;
    };
    let Ok(at) = split.add_responsibility(first_group, decision.get(lang)) else {
        return;
    };
    let _ = split.set_level(at, sponsor, Level::Pilot);
    let _ = split.set_note(at, sponsor, t("à nommer", "to be named").get(lang));
    for side in [Side::Business, Side::Dnum] {
        if let Some(role) = role_of(split, side, lang) {
            let _ = split.set_level(at, role, Level::Contributes);
        }
    }
}

fn plain_split(
    lang: Lang,
    roles: [Text; 2],
    group: Text,
    rows: &[(Text, [Level; 2])],
) -> RoleSplit {
    RoleSplit::new(
        String::new(),
        TemplateId::Blank,
        roles.iter().map(|l| Role::new(l.get(lang))).collect(),
        vec![Group::new(
            group.get(lang),
            rows.iter()
                .map(|(label, levels)| {
                    Responsibility::new(
                        label.get(lang),
                        "",
                        levels.iter().map(|l| Cell::new(*l, "")).collect(),
                    )
                })
                .collect(),
        )],
    )
}

/// A one-off, carried as a project.
fn project_split(lang: Lang) -> RoleSplit {
    use Level::{Contributes as Part, Informed as Info, Pilot};
    plain_split(
        lang,
        [
            t(
                "Maîtrise d'ouvrage (métier)",
                "Business sponsor (client side)",
            ),
            t("Chef de projet DNUM", "DNUM project manager"),
        ],
        t("Projet", "Project"),
        &[
            (
                t(
                    "Rédiger et valider le cahier des charges",
                    "Write and approve the specification",
                ),
                [Pilot, Part],
            ),
            (
                t("Suivre la réalisation", "Follow the build"),
                [Info, Pilot],
            ),
            (
                t(
                    "Recetter et accepter la livraison",
                    "Test and accept the delivery",
                ),
                [Pilot, Part],
            ),
            (
                t(
                    "Transmettre à l'exploitation et au support",
                    "Hand over to operations and support",
                ),
                [Info, Pilot],
            ),
        ],
    )
}

/// An existing common service, adopted rather than rebuilt.
fn common_service_split(lang: Lang) -> RoleSplit {
    use Level::{Contributes as Part, Pilot};
    plain_split(
        lang,
        [
            t("Direction métier", "Business directorate"),
            t("Équipe du service commun", "Common service team"),
        ],
        t("Adoption du service commun", "Adopting the common service"),
        &[
            (
                t(
                    "Vérifier que le service commun couvre le besoin",
                    "Check that the common service covers the need",
                ),
                [Pilot, Part],
            ),
            (
                t(
                    "Paramétrer et ouvrir le service",
                    "Configure and open the service",
                ),
                [Part, Pilot],
            ),
            (
                t(
                    "Former et accompagner les agents",
                    "Train and support the agents",
                ),
                [Pilot, Part],
            ),
            (
                t(
                    "Remonter les besoins d'évolution",
                    "Report the needs for change",
                ),
                [Pilot, Part],
            ),
        ],
    )
}

/// Answers from `(question, answer)` pairs; the other questions stay unanswered.
pub fn answers_from(pairs: &[(usize, u8)]) -> Answers {
    let mut answers = Answers::default();
    for (question, answer) in pairs {
        answers.set(*question, *answer);
    }
    answers
}

/// Sorts by decreasing key, keeping the order of equal keys. An insertion sort: the
/// lists are a dozen items, and the standard sort would weigh kilobytes in the download.
fn sort_descending<T>(items: &mut [T], key: impl Fn(&T) -> u32) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
