//! The wizard's result: the recommendation and why, the risks with the guide's argument
//! each answers, the contrasts that apply, the questions to keep asking, and the way on.

use leptos::prelude::*;

use crate::browser::location;
use crate::domain::wizard::questions::QUESTIONS;
use crate::domain::wizard::rules::UNANSWERED;
use crate::domain::wizard::{encode_answers, evaluate, Answered, Answers, Progress};
use crate::i18n::Lang;
use crate::route::View;
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::ConfirmDialog;
use crate::ui::focus::focus_later;
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
                        .map(|t| t.get(lang))
                })
                .flatten();
            (question.text.get(lang), answer)
        })
        .collect();
    (crate::i18n::catalogue(lang).because)(&pairs)
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

    let risks = if outcome.risks.is_empty() {
        view! { <p>{t.no_risk}</p> }.into_any()
    } else {
        let items = outcome
            .risks
            .iter()
            .map(|risk| {
                view! {
                    <li>
                        <strong>{risk.text.get(lang)}</strong>
                        <p>{t.guide_argument} {risk.argument.text().get(lang)}</p>
                        <p class="hint">{because(lang, &risk.because)}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="reasons">{items}</ol> }.into_any()
    };
    let contrasts = outcome
        .contrasts
        .iter()
        .map(|c| {
            view! {
                <li>
                    {(t.contrast)(c.project.get(lang), c.product.get(lang))}
                    <p class="hint">{because(lang, &c.because)}</p>
                </li>
            }
        })
        .collect_view();
    let questions = outcome
        .keep_asking
        .iter()
        .map(|k| {
            let reason = if k.because.is_empty() {
                t.always_worth_asking.to_owned()
            } else {
                because(lang, &k.because)
            };
            view! {
                <li>
                    {k.question.get(lang)}
                    <p class="hint">{reason}</p>
                </li>
            }
        })
        .collect_view();

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

    view! {
        <div class="wizard-result">
            <h1 id=ids::RESULT_TITLE tabindex="-1">{(t.recommendation)(outcome.set_up.title().get(lang))}</h1>
            {shared.then(|| view! { <p class="notice">{t.shared_result_note}</p> })}
            <p class="lead">{outcome.set_up.explanation().get(lang)}</p>
            <p class="hint">{because(lang, &outcome.set_up_because)}</p>
            <p class="hint">{(t.answers_given)(answers.count(), QUESTIONS.len())}</p>
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
            <section aria-labelledby=ids::RESULT_RISKS>
                <h2 id=ids::RESULT_RISKS>{t.risks_title}</h2>
                {risks}
            </section>
            <section aria-labelledby=ids::RESULT_CONTRASTS>
                <h2 id=ids::RESULT_CONTRASTS>{t.contrasts_title}</h2>
                <ul class="reasons">{contrasts}</ul>
            </section>
            <section aria-labelledby=ids::RESULT_QUESTIONS>
                <h2 id=ids::RESULT_QUESTIONS>{t.keep_asking_title}</h2>
                <ol class="reasons">{questions}</ol>
            </section>
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
