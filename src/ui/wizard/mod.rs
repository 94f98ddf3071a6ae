//! "Pourquoi le mode produit ?": one question a screen, then the reasoned result.

mod question;
mod result;

use leptos::prelude::*;

use crate::domain::wizard::questions::QUESTION_COUNT;
use crate::domain::wizard::Answers;
use crate::ui::focus::focus_later;
use crate::ui::ids;
use crate::ui::state::{use_navigation, use_wizard};

/// Puts the focus on question `index`'s chosen answer (or its first) once it is shown: a
/// screen reader reads the question with it.
fn focus_answer(answers: &Answers, index: usize) {
    let chosen = answers.0[index].map_or(0, usize::from);
    focus_later(ids::answer(index, chosen));
}

#[component]
pub fn WizardPage() -> impl IntoView {
    let wizard = use_wizard();
    let nav = use_navigation();
    // Only reaching or leaving the result redraws the page, not each answer.
    let on_result = Memo::new(move |_| wizard.progress.with(|w| w.step >= QUESTION_COUNT));
    move || {
        if let Some(answers) = nav.shared_result.get() {
            return view! { <result::ResultView answers shared=true /> }.into_any();
        }
        if !on_result.get() {
            view! { <question::QuestionStep /> }.into_any()
        } else {
            let answers = wizard.progress.with_untracked(|w| w.answers.clone());
            view! { <result::ResultView answers shared=false /> }.into_any()
        }
    }
}
