//! "Pourquoi le mode produit ?": one question a screen, then the reasoned result.

mod question;
mod result;

use leptos::prelude::*;

use crate::domain::wizard::questions::QUESTION_COUNT;
use crate::ui::state::use_app;

#[component]
pub fn WizardPage() -> impl IntoView {
    let app = use_app();
    // Only reaching or leaving the result redraws the page, not each answer.
    let on_result = Memo::new(move |_| app.wizard.with(|w| w.step >= QUESTION_COUNT));
    move || {
        if let Some(answers) = app.shared_answers.get() {
            return view! { <result::ResultView answers shared=true /> }.into_any();
        }
        if !on_result.get() {
            view! { <question::QuestionStep /> }.into_any()
        } else {
            let answers = app.wizard.with_untracked(|w| w.answers.clone());
            view! { <result::ResultView answers shared=false /> }.into_any()
        }
    }
}
