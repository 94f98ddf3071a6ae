//! "Le partage est-il clair ?": the points to clarify, beside the matrix.

use leptos::prelude::*;

use crate::domain::checks::check_split;
use crate::ui::focus::{focus_later, row_id};
use crate::ui::state::use_app;

use super::use_builder;

#[component]
pub fn ChecksPanel() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let findings = Memo::new(move |_| builder.split.with(check_split));
    let items = move || {
        let t = app.t();
        builder.split.with(|split| {
            findings.with(|findings| {
                findings
                    .iter()
                    .map(|finding| {
                        let message = (t.finding)(split, finding);
                        match finding.row() {
                            Some(at) => view! {
                                // A link, not a button: it stays readable on paper.
                                <li>
                                    <a
                                        href=format!("#{}", row_id(at))
                                        class="finding"
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_later(row_id(at));
                                        }
                                    >
                                        {message}
                                    </a>
                                </li>
                            }
                            .into_any(),
                            None => view! { <li>{message}</li> }.into_any(),
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <aside class="checks" aria-labelledby="verifications">
            <h2 id="verifications" tabindex="-1">{t.checks_title}</h2>
            <p class="checks-summary" data-count=move || findings.with(Vec::len)>
                {move || (app.t().checks_summary)(findings.with(Vec::len))}
            </p>
            <ul class="findings">{items}</ul>
            <p class="checks-summary">
                {move || (t.questions_to_work_on)(builder.split.with(|s| s.questions_to_work_on()))}
            </p>
        </aside>
    }
}
