//! From answers to a reasoned outcome. Every line of the outcome keeps the answers that
//! produced it, so the page can say "parce que vous avez répondu …".

use super::questions::{QUESTIONS, QUESTION_COUNT};
use super::rules::{
    Adjustment, Argument, SetUp, Side, When, CONTRAST_RULES, KEEP_ASKING, RISK_RULES, SET_UP_RULES,
    UNANSWERED,
};
use crate::domain::templates::{dnum_product, guide_table, BUSINESS_ROLE, DNUM_ROLE};
use crate::domain::{Cell, Group, Level, Responsibility, Role, RoleSplit, RowRef, TemplateId};

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
    pub text: &'static str,
    pub argument: Argument,
    pub weight: u8,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contrast {
    pub project: &'static str,
    pub product: &'static str,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepAsking {
    pub question: &'static str,
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

/// The outcome of a set of answers (complete or not).
pub fn evaluate(answers: &Answers) -> Outcome {
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

    let mut keep_asking: Vec<KeepAsking> = KEEP_ASKING
        .iter()
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
        split: starting_split(set_up, adjustments),
    }
}

fn role_of(split: &RoleSplit, side: Side) -> Option<usize> {
    let label = match side {
        Side::Business => BUSINESS_ROLE,
        Side::Dnum => DNUM_ROLE,
    };
    split.roles.iter().position(|r| r.label.starts_with(label))
}

fn row_of(split: &RoleSplit, label: &str) -> Option<RowRef> {
    split
        .rows()
        .find(|(_, r)| r.label == label)
        .map(|(at, _)| at)
}

/// The split a set-up starts from, with the risks' adjustments applied.
fn starting_split<'a>(
    set_up: SetUp,
    adjustments: impl Iterator<Item = &'a Adjustment>,
) -> RoleSplit {
    let mut split = match set_up {
        SetUp::CoProduct => guide_table(),
        SetUp::DnumProduct => dnum_product(),
        SetUp::NameOwnersFirst => {
            let mut s = guide_table();
            s.roles[0].label = format!("{BUSINESS_ROLE} (à nommer)");
            s
        }
        SetUp::NotNowOneOff => project_split(),
        SetUp::NotNowCommonService => common_service_split(),
    };
    split.name = "Répartition issue de « Pourquoi le mode produit ? »".to_owned();
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
                if let (Some(at), Some(role)) = (row_of(&split, row), role_of(&split, *side)) {
                    let _ = split.set_level(at, role, *level);
                    let _ = split.set_note(at, role, note);
                }
            }
            Adjustment::SponsorDecision if !sponsor_added => {
                sponsor_added = true;
                add_sponsor(&mut split);
            }
            Adjustment::SponsorDecision => {}
        }
    }
    split
}

fn add_sponsor(split: &mut RoleSplit) {
    let Ok(sponsor) = split.add_role("Sponsor (directeur)") else {
        return;
    };
    let Ok(at) =
        split.add_responsibility(0, "Décider tous les six mois de poursuivre ou d'arrêter")
    else {
        return;
    };
    let _ = split.set_level(at, sponsor, Level::Pilot);
    let _ = split.set_note(at, sponsor, "à nommer");
    for (side, level) in [
        (Side::Business, Level::Contributes),
        (Side::Dnum, Level::Contributes),
    ] {
        if let Some(role) = role_of(split, side) {
            let _ = split.set_level(at, role, level);
        }
    }
}

fn plain_split(roles: [&str; 2], group: &str, rows: &[(&str, [Level; 2])]) -> RoleSplit {
    RoleSplit {
        name: String::new(),
        template: TemplateId::Blank,
        roles: roles.iter().map(|l| Role::new(*l)).collect(),
        groups: vec![Group {
            label: group.to_owned(),
            responsibilities: rows
                .iter()
                .map(|(label, levels)| Responsibility {
                    label: (*label).to_owned(),
                    detail: String::new(),
                    cells: levels.iter().map(|l| Cell::new(*l, "")).collect(),
                })
                .collect(),
        }],
    }
}

/// A one-off, carried as a project.
fn project_split() -> RoleSplit {
    use Level::{Contributes as Part, Informed as Info, Pilot};
    plain_split(
        ["Maîtrise d'ouvrage (métier)", "Chef de projet DNUM"],
        "Projet",
        &[
            ("Rédiger et valider le cahier des charges", [Pilot, Part]),
            ("Suivre la réalisation", [Info, Pilot]),
            ("Recetter et accepter la livraison", [Pilot, Part]),
            ("Transmettre à l'exploitation et au support", [Info, Pilot]),
        ],
    )
}

/// An existing common service, adopted rather than rebuilt.
fn common_service_split() -> RoleSplit {
    use Level::{Contributes as Part, Pilot};
    plain_split(
        ["Direction métier", "Équipe du service commun"],
        "Adoption du service commun",
        &[
            (
                "Vérifier que le service commun couvre le besoin",
                [Pilot, Part],
            ),
            ("Paramétrer et ouvrir le service", [Part, Pilot]),
            ("Former et accompagner les agents", [Pilot, Part]),
            ("Remonter les besoins d'évolution", [Pilot, Part]),
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
