//! One question of the wizard: its answers, why it is asked, and the way back and on.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::wizard::questions::{QUESTIONS, QUESTION_COUNT};
use crate::domain::wizard::Advance;
use crate::ui::focus::{focus_later, focus_now, release_focus};
use crate::ui::glossed::glossed;
use crate::ui::ids;
use crate::ui::state::{use_messages, use_prefs, use_wizard};

use super::focus_answer;

#[component]
pub fn QuestionStep() -> impl IntoView {
    let wizard = use_wizard().progress;
    let messages = use_messages();
    let prefs = use_prefs();
    let t = prefs.t();
    let lang = prefs.lang.get_untracked();
    // A memo: choosing an answer must not redraw the question (focus would be lost).
    let step = Memo::new(move |_| wizard.with(|w| w.step.min(QUESTION_COUNT - 1)));
    let step = move || step.get();
    // Where the next question (or the result) is shown, with the focus put there.
    let show = move |to: usize| {
        release_focus();
        wizard.update(|w| w.step = to);
        // After the last one, on the recommendation's title, read first.
        if to < QUESTION_COUNT {
            wizard.with_untracked(|w| focus_answer(&w.answers, to));
        } else {
            focus_later(ids::RESULT_TITLE.to_owned());
        }
    };
    // *Suivant* (or Enter): on, but never silently past a question left without an answer —
    // "Je ne sais pas" is recorded and said, or an answer is asked for.
    let next = move || {
        let from = step();
        let advanced = wizard.try_update(|w| w.advance()).unwrap_or(Advance::Moved);
        match advanced {
            Advance::AnswerNeeded => {
                // On the first answer before the alert: « Fermer » then comes back to it.
                focus_now(&ids::answer(from, 0));
                messages.alert(t.answer_needed);
            }
            Advance::DontKnowRecorded(answer) => {
                let words = QUESTIONS[from].answers[usize::from(answer)].text.get(lang);
                messages.announce((t.dont_know_recorded)(words));
                show(wizard.with_untracked(|w| w.step));
            }
            Advance::Moved => {
                show(wizard.with_untracked(|w| w.step));
            }
        }
    };
    let body = move || {
        let index = step();
        let question = &QUESTIONS[index];
        let answers = question
            .answers
            .iter()
            .enumerate()
            .map(|(i, answer_text)| {
                let answer = i as u8;
                view! {
                    <label class="answer-option">
                        <input
                            type="radio"
                            id=ids::answer(index, i)
                            name=format!("question-{index}")
                            // The property, not the attribute: the browser may reuse the
                            // radio of the previous question, checked as it was.
                            prop:checked=move || {
                                wizard.with(|w| w.answers.0[index] == Some(answer))
                            }
                            on:change=move |_| wizard.update(|w| w.answers.set(index, answer))
                        />
                        <span>{answer_text.text.get(lang)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="question">
                <legend>
                    <h2>{question.text.get(lang)}</h2>
                </legend>
                <div class="answer-options">{answers}</div>
            </fieldset>
            <p class="hint why">
                <strong>{t.why_we_ask}</strong>
                {glossed(question.why.get(lang))}
            </p>
        }
    };
    view! {
        <div class="wizard">
            <h1>{t.wizard_title}</h1>
            <p class="lead">{t.wizard_intro}</p>
            <p class="progress-text" id=ids::WIZARD_PROGRESS>
                {move || (t.progress)(step() + 1, QUESTION_COUNT)}
            </p>
            <progress
                max=QUESTION_COUNT.to_string()
                value=move || (step() + 1).to_string()
                aria-labelledby=ids::WIZARD_PROGRESS
            ></progress>
            <form
                on:submit=move |ev| {
                    ev.prevent_default();
                    next();
                }
                // Enter on an answer goes on, as it would from a text field.
                on:keydown=move |ev| {
                    let on_radio = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .is_some_and(|input| input.type_() == "radio");
                    if ev.key() == "Enter" && on_radio {
                        ev.prevent_default();
                        next();
                    }
                }
            >
                {body}
                <div class="actions">
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || step() == 0
                        on:click=move |_| show(step().saturating_sub(1))
                    >
                        {t.previous}
                    </button>
                    <button type="submit">
                        {move || if step() + 1 == QUESTION_COUNT { t.see_result } else { t.next }}
                    </button>
                </div>
            </form>
        </div>
    }
}
