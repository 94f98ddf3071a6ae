//! "Le partage est-il clair ?": the points to clarify, beside the matrix.

use leptos::prelude::*;

use crate::domain::checks::Finding;
use crate::ui::focus::focus_later;
use crate::ui::ids;
use crate::ui::state::use_prefs;

use super::use_builder;

#[component]
pub fn ChecksPanel() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let findings = builder.findings;
    // Each point with its words: a keyed list redraws only the points that changed.
    let points = Memo::new(move |_| {
        findings.with(|findings| {
            builder.with_split(|split| {
                findings
                    .iter()
                    .map(|finding| (finding.clone(), (t.finding)(split, finding)))
                    .collect::<Vec<(Finding, String)>>()
            })
        })
    });
    let count = move || findings.with(Vec::len);
    view! {
        <aside class="checks" aria-labelledby=ids::CHECKS_TITLE>
            <h2 id=ids::CHECKS_TITLE tabindex="-1">{t.checks_title}</h2>
            <p class="checks-summary" data-count=count>
                {move || (t.checks_summary)(count())}
            </p>
            <ul class="findings">
                <For each=move || points.get() key=|point| point.clone() let:point>
                    <Point finding=point.0 message=point.1 />
                </For>
            </ul>
            <p class="checks-summary">
                {move || (t.questions_to_work_on)(builder.with_split(|s| s.questions_to_work_on()))}
            </p>
        </aside>
    }
}

/// One point to clarify; one about a row is a link to it.
#[component]
fn Point(finding: Finding, message: String) -> impl IntoView {
    match finding.row() {
        Some(row) => view! {
            // A link, not a button: it stays readable on paper.
            <li>
                <a
                    href=format!("#{}", ids::row(row))
                    class="finding"
                    on:click=move |ev| {
                        ev.prevent_default();
                        focus_later(ids::row(row));
                    }
                >
                    {message}
                </a>
            </li>
        }
        .into_any(),
        None => view! { <li>{message}</li> }.into_any(),
    }
}
