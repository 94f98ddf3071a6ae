//! From answers to a reasoned outcome (`outcome.rs`). Every line of the outcome keeps the
//! answers that produced it, so the page can say "parce que vous avez répondu …".

use super::answers::{Answered, Answers};
use super::asks::{ASK_RULES, KEEP_ASKING};
use super::conditions::{ConditionRule, CONDITION_RULES};
use super::contrasts::CONTRAST_RULES;
use super::outcome::{
    AskGroup, Condition, Contrast, KeepAsking, NextStep, Outcome, Risk, SplitChange, FIRST_STEPS,
    KEEP_ASKING_SHOWN_FIRST, MAX_CONDITIONS, MIN_CONDITIONS,
};
use super::risks::RISK_RULES;
use super::rules::{SetUp, Step, When, Who};
use super::setups::SET_UP_RULES;
use super::splits::{apply, starting_split};
use crate::domain::lang::Lang;

/// The outcome of a set of answers (complete or not); its split is written in `lang`.
pub fn evaluate(answers: &Answers, lang: Lang) -> Outcome {
    let rule = SET_UP_RULES
        .iter()
        .find(|r| answers.hold_all(r.when))
        .unwrap_or(&SET_UP_RULES[SET_UP_RULES.len() - 1]);
    let set_up = rule.set_up;
    let set_up_because = answers.because(rule.when);
    let product = set_up.is_product_mode();

    let fired: Vec<_> = RISK_RULES
        .iter()
        .filter(|r| product && answers.hold_all(r.when))
        .collect();
    let mut risks: Vec<Risk> = fired
        .iter()
        .map(|r| {
            let because = answers.because(r.when);
            Risk {
                id: r.id,
                title: r.title,
                why: r.why,
                change: r.change,
                step: next_step(&r.step, set_up, Some(r.id), because.clone()),
                source: r.source.text(),
                weight: r.weight,
                because,
            }
        })
        .collect();
    sort_descending(&mut risks, |r| u32::from(r.weight));

    // The heaviest risks' steps; without a risk (always, without product mode), the
    // set-up's own.
    let mut first_steps: Vec<NextStep> = risks.iter().map(|r| r.step.clone()).collect();
    if first_steps.is_empty() {
        first_steps = set_up
            .steps()
            .iter()
            .map(|s| next_step(s, set_up, None, set_up_because.clone()))
            .collect();
    }
    first_steps.truncate(FIRST_STEPS);

    let mut split = starting_split(set_up, lang);
    let mut split_changes = Vec::new();
    for rule in &fired {
        for adjustment in rule.adjust {
            if let Some(changed) = apply(&mut split, adjustment, lang) {
                split_changes.push(SplitChange {
                    row: changed.row,
                    role: changed.role,
                    level: changed.level,
                    note: changed.note,
                    because: answers.because(rule.when),
                });
            }
        }
    }

    let contrasts = if product {
        contrasts(answers)
    } else {
        Vec::new()
    };
    let keep_asking = if product {
        keep_asking(answers, set_up, &fired)
    } else {
        Vec::new()
    };

    Outcome {
        set_up,
        explanation: rule.explanation,
        conditions: conditions(answers, set_up, &set_up_because),
        set_up_because,
        first_steps,
        risks,
        split_changes,
        contrasts,
        keep_asking,
        split,
    }
}

fn next_step(
    step: &Step,
    set_up: SetUp,
    risk: Option<&'static str>,
    because: Vec<Answered>,
) -> NextStep {
    NextStep {
        who: step.who,
        who_label: step.who.label(set_up),
        text: step.text,
        risk,
        because,
    }
}

fn condition_holds(answers: &Answers, rule: &ConditionRule) -> bool {
    answers.hold_all(rule.all) && (rule.any.is_empty() || rule.any.iter().any(|w| answers.holds(w)))
}

/// Those the answers call for first, one per topic, at most three; then fallbacks up to two.
fn conditions(answers: &Answers, set_up: SetUp, set_up_because: &[Answered]) -> Vec<Condition> {
    let mut chosen: Vec<&ConditionRule> = Vec::new();
    for fallback in [false, true] {
        let wanted = if fallback {
            MIN_CONDITIONS
        } else {
            MAX_CONDITIONS
        };
        for rule in CONDITION_RULES.iter().filter(|r| {
            r.fallback == fallback && r.set_ups.contains(&set_up) && condition_holds(answers, r)
        }) {
            if chosen.len() < wanted && chosen.iter().all(|c| c.topic != rule.topic) {
                chosen.push(rule);
            }
        }
    }
    chosen
        .into_iter()
        .map(|rule| {
            let holding = rule
                .all
                .iter()
                .chain(rule.any.iter().filter(|w| answers.holds(w)));
            let mut because = answers.because(holding);
            if because.is_empty() {
                because = set_up_because.to_vec();
            }
            Condition {
                id: rule.id,
                text: rule.text,
                otherwise: rule.otherwise,
                because,
            }
        })
        .collect()
}

fn contrasts(answers: &Answers) -> Vec<Contrast> {
    CONTRAST_RULES
        .iter()
        .filter_map(|c| {
            let holding: Vec<&When> = c.when_any.iter().filter(|w| answers.holds(w)).collect();
            (!holding.is_empty()).then(|| Contrast {
                project: c.project,
                product: c.product,
                because: answers.because(holding),
            })
        })
        .collect()
}

fn keep_asking(
    answers: &Answers,
    set_up: SetUp,
    fired: &[&super::risks::RiskRule],
) -> Vec<AskGroup> {
    let mut all: Vec<(Who, KeepAsking)> = KEEP_ASKING
        .iter()
        .map(|k| {
            let asking = KeepAsking {
                question: k.text,
                relevance: 0,
                shown_first: false,
                because: Vec::new(),
            };
            (set_up.asker(k.asker), asking)
        })
        .collect();
    let raised = fired.iter().map(|r| (r.asks, r.weight, r.when)).chain(
        ASK_RULES
            .iter()
            .filter(|r| answers.holds(&r.when))
            .map(|r| (r.asks, r.weight, std::slice::from_ref(&r.when))),
    );
    for (asks, weight, when) in raised {
        for &i in asks {
            let entry = &mut all[i].1;
            entry.relevance += u32::from(weight);
            for answered in answers.because(when) {
                if !entry.because.contains(&answered) {
                    entry.because.push(answered);
                }
            }
        }
    }
    sort_descending(&mut all, |(_, k)| k.relevance);
    let relevant = all.iter().filter(|(_, k)| k.relevance > 0).count();
    if relevant > 0 {
        for (_, k) in all.iter_mut().take(relevant.min(KEEP_ASKING_SHOWN_FIRST)) {
            k.shown_first = true;
        }
    }
    let mut groups: Vec<AskGroup> = Vec::new();
    for asker in [Who::BusinessOwner, Who::DnumProductManager, Who::Sponsor] {
        let questions: Vec<KeepAsking> = all
            .iter()
            .filter(|(who, _)| *who == asker)
            .map(|(_, k)| k.clone())
            .collect();
        if questions.is_empty() {
            continue;
        }
        groups.push(AskGroup {
            asker,
            title: set_up.group_title(asker),
            questions,
        });
    }
    if relevant == 0 {
        for group in &mut groups {
            group.questions[0].shown_first = true;
        }
    }
    groups
}

/// Sorts by decreasing key, keeping the order of equal keys. An insertion sort: the
/// lists are a few dozen items, and the standard sort would weigh kilobytes in the
/// download.
fn sort_descending<T>(items: &mut [T], key: impl Fn(&T) -> u32) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
