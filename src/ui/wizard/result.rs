//! The wizard's result, short first: the recommendation, the conditions it depends on, and
//! at most three things to do first, by whom. Then, folded with their counts: the risks
//! (each with its own reasoning, its next step and its source), the changes to the split,
//! the project-versus-product contrasts; and the questions to keep asking, by who asks them.

use leptos::prelude::*;

use crate::browser::location;
use crate::domain::wizard::questions::{QUESTIONS, QUESTION_COUNT};
use crate::domain::wizard::rules::UNANSWERED;
use crate::domain::wizard::{encode_answers, evaluate, Answered, Answers, Outcome, Progress};
use crate::i18n::{Catalogue, Lang};
use crate::route::View;
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::ConfirmDialog;
use crate::ui::focus::focus_later;
use crate::ui::glossed::glossed;
use crate::ui::ids;
use crate::ui::state::{use_navigation, use_prefs, use_splits, use_wizard};

use super::focus_answer;

/// "Parce que vous avez répondu « … » à « … »".
fn because(lang: Lang, answered: &[Answered]) -> String {
    let pairs: Vec<(&str, Option<&str>)> = answered
        .iter()
        .map(|a| {
            let question = &QUESTIONS[a.question];
            let answer = (a.answer != UNANSWERED)
                .then(|| {
                    question
                        .answers
                        .get(usize::from(a.answer))
                        .map(|answer| answer.text.get(lang))
                })
                .flatten();
            (question.text.get(lang), answer)
        })
        .collect();
    (crate::i18n::catalogue(lang).because)(&pairs)
}

/// A folded part of the result, its count in its summary.
#[inline(never)]
fn folded(summary: String, body: AnyView) -> AnyView {
    view! {
        <details class="result-part">
            <summary>{summary}</summary>
            {body}
        </details>
    }
    .into_any()
}

/// The risks, each with why it hurts, what product mode changes, its next step and source.
#[inline(never)]
fn risks(t: &'static Catalogue, lang: Lang, outcome: &Outcome) -> AnyView {
    let items = outcome
        .risks
        .iter()
        .map(|risk| {
            view! {
                <li>
                    <h3>{risk.title.get(lang)}</h3>
                    <p><strong>{t.why_risk}</strong>{glossed(risk.why.get(lang))}</p>
                    <p><strong>{t.what_changes}</strong>{glossed(risk.change.get(lang))}</p>
                    <p class="next-step">{glossed(&risk.step.sentence(lang))}</p>
                    <p class="hint">{t.source}{risk.source.get(lang)}</p>
                    <p class="hint">{because(lang, &risk.because)}</p>
                </li>
            }
        })
        .collect_view();
    folded(
        (t.risks_summary)(outcome.risks.len()),
        view! { <ol class="reasons">{items}</ol> }.into_any(),
    )
}

#[inline(never)]
fn split_changes(t: &'static Catalogue, lang: Lang, outcome: &Outcome) -> AnyView {
    let items = outcome
        .split_changes
        .iter()
        .map(|c| {
            view! {
                <li>
                    {(t.split_change)(&c.row, &c.role, (t.level_name)(c.level), &c.note)}
                    <p class="hint">{because(lang, &c.because)}</p>
                </li>
            }
        })
        .collect_view();
    folded(
        (t.split_changes_summary)(outcome.split_changes.len()),
        view! { <ul class="reasons">{items}</ul> }.into_any(),
    )
}

#[inline(never)]
fn contrasts(t: &'static Catalogue, lang: Lang, outcome: &Outcome) -> AnyView {
    let items = outcome
        .contrasts
        .iter()
        .map(|c| {
            view! {
                <li>
                    {glossed(&(t.contrast)(c.project.get(lang), c.product.get(lang)))}
                    <p class="hint">{because(lang, &c.because)}</p>
                </li>
            }
        })
        .collect_view();
    folded(
        (t.contrasts_summary)(outcome.contrasts.len()),
        view! { <ul class="reasons">{items}</ul> }.into_any(),
    )
}

/// The questions to keep asking, grouped by who asks them: the first few shown, the rest
/// folded.
#[inline(never)]
fn keep_asking(t: &'static Catalogue, lang: Lang, outcome: &Outcome) -> AnyView {
    let question = move |k: &crate::domain::wizard::KeepAsking| {
        let reason = if k.because.is_empty() {
            t.always_worth_asking.to_owned()
        } else {
            because(lang, &k.because)
        };
        view! {
            <li>
                {glossed(k.question.get(lang))}
                <p class="hint">{reason}</p>
            </li>
        }
    };
    let groups = |first: bool| {
        outcome
            .keep_asking
            .iter()
            .filter(|g| g.questions.iter().any(|k| k.shown_first == first))
            .map(|g| {
                let items = g
                    .questions
                    .iter()
                    .filter(|k| k.shown_first == first)
                    .map(question)
                    .collect_view();
                view! {
                    <h3>{g.title.get(lang)}</h3>
                    <ul class="reasons">{items}</ul>
                }
            })
            .collect_view()
    };
    let rest: usize = outcome
        .keep_asking
        .iter()
        .map(|g| g.questions.iter().filter(|k| !k.shown_first).count())
        .sum();
    view! {
        <section aria-labelledby=ids::RESULT_QUESTIONS>
            <h2 id=ids::RESULT_QUESTIONS>{t.keep_asking_title}</h2>
            {groups(true)}
            {(rest > 0).then(|| folded((t.other_questions)(rest), groups(false).into_any()))}
        </section>
    }
    .into_any()
}

#[component]
pub fn ResultView(answers: Answers, shared: bool) -> impl IntoView {
    let splits = use_splits();
    let nav = use_navigation();
    let wizard = use_wizard().progress;
    let prefs = use_prefs();
    let t = prefs.t();
    let lang = prefs.lang.get_untracked();
    let outcome = evaluate(&answers, lang);
    let sharing = RwSignal::new(false);
    let adopting = RwSignal::new(false);
    let link = format!(
        "{}?{}#{}",
        location::app_url(),
        View::Wizard.query(),
        encode_answers(&answers)
    );
    let conditions = outcome
        .conditions
        .iter()
        .map(|c| {
            view! {
                <li>
                    {c.sentence(lang)}
                    <p class="hint">{because(lang, &c.because)}</p>
                </li>
            }
        })
        .collect_view();
    let first_steps = outcome
        .first_steps
        .iter()
        .map(|s| {
            let sentence = s.sentence(lang);
            let who = s.who_label.get(lang);
            // The one who does it, in bold: the sentence starts with it.
            let rest = sentence.strip_prefix(who).unwrap_or(&sentence).to_owned();
            view! {
                <li>
                    <strong>{who}</strong>
                    {rest}
                </li>
            }
        })
        .collect_view();
    let details = outcome.set_up.is_product_mode().then(|| {
        view! {
            {(!outcome.risks.is_empty()).then(|| risks(t, lang, &outcome))}
            {outcome.risks.is_empty().then(|| view! { <p>{t.no_risk}</p> })}
            {(!outcome.split_changes.is_empty()).then(|| split_changes(t, lang, &outcome))}
            {(!outcome.contrasts.is_empty()).then(|| contrasts(t, lang, &outcome))}
            {(!outcome.keep_asking.is_empty()).then(|| keep_asking(t, lang, &outcome))}
        }
    });
    let unanswered = answers.first_unanswered();

    let split = outcome.split.clone();
    let open_in_builder = move |_| {
        splits.create_split(split.clone());
        nav.go(View::Builder);
        splits.messages.announce(t.opened_in_builder);
        // The builder's title: the focus would otherwise fall to the page when this button goes.
        focus_later(ids::BUILDER_TITLE.to_owned());
    };
    let adopt = answers.clone();
    let take_answers = move || {
        wizard.set(Progress {
            answers: adopt.clone(),
            step: 0,
        });
        nav.shared_result.set(None);
        location::replace_without_fragment(&View::Wizard.query());
        focus_answer(&adopt, 0);
    };
    let take = take_answers.clone();
    let edit = move |_| {
        if shared {
            let has_own = wizard.with_untracked(|w| w.answers.count() > 0);
            if has_own {
                adopting.set(true);
            } else {
                take();
            }
        } else {
            wizard.update(|w| w.step = 0);
            wizard.with_untracked(|w| focus_answer(&w.answers, 0));
        }
    };
    let answer_the_rest = move |_| {
        if let Some(question) = unanswered {
            wizard.update(|w| w.step = question);
            wizard.with_untracked(|w| focus_answer(&w.answers, question));
        }
    };

    view! {
        <div class="wizard-result">
            <h1 id=ids::RESULT_TITLE tabindex="-1">{(t.recommendation)(outcome.set_up.title().get(lang))}</h1>
            {shared.then(|| view! { <p class="notice">{t.shared_result_note}</p> })}
            <p class="lead">{glossed(outcome.explanation.get(lang))}</p>
            <p class="hint">{because(lang, &outcome.set_up_because)}</p>
            {(unanswered.is_some() && !shared).then(|| view! {
                <p class="notice">
                    {t.unanswered_note} " "
                    <button type="button" class="secondary" on:click=answer_the_rest>{t.answer_the_rest}</button>
                </p>
            })}
            <section aria-labelledby=ids::RESULT_CONDITIONS>
                <h2 id=ids::RESULT_CONDITIONS>{t.conditions_title}</h2>
                <ul class="reasons">{conditions}</ul>
            </section>
            <section aria-labelledby=ids::RESULT_FIRST_STEPS>
                <h2 id=ids::RESULT_FIRST_STEPS>{t.first_steps_title}</h2>
                <ol class="first-steps">{first_steps}</ol>
            </section>
            <p class="hint">{(t.answers_given)(answers.count(), QUESTION_COUNT)}</p>
            <div class="actions">
                <button type="button" on:click=open_in_builder>{t.open_in_builder}</button>
                <button type="button" class="secondary" on:click=move |_| sharing.update(|s| *s = !*s)>
                    {t.share_result}
                </button>
                <button type="button" class="secondary" on:click=edit>
                    {if shared { t.adopt_answers } else { t.edit_answers }}
                </button>
            </div>
            {move || {
                sharing
                    .get()
                    .then(|| {
                        view! {
                            <CopyableLink id=ids::RESULT_LINK label=t.result_link_label link=link.clone() />
                        }
                    })
            }}
            {details}
            {move || {
                let take = take_answers.clone();
                adopting
                    .get()
                    .then(|| {
                        view! {
                            <ConfirmDialog
                                question=t.adopt_question.to_owned()
                                on_answer=move |yes: bool| {
                                    adopting.set(false);
                                    if yes {
                                        take();
                                    }
                                }
                            />
                        }
                    })
            }}
        </div>
    }
}
