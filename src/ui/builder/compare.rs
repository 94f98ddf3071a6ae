//! Comparing two splits — saved ones, the built-in templates, or a shared preview — cell
//! by cell, with a count, exportable as Markdown.

use leptos::prelude::*;

use crate::domain::compare::{compare, comparison_to_markdown};
use crate::domain::export::file_name;
use crate::domain::{RoleSplit, TemplateId};
use crate::ui::dialog::Modal;
use crate::ui::ids;
use crate::ui::state::{use_prefs, use_splits, Splits};

use super::export::CopyOrDownload;
use super::use_builder;

/// Every split that can be compared: `(key, label, split)`.
fn candidates(splits: Splits) -> Vec<(String, String, RoleSplit)> {
    let t = splits.prefs.t();
    let mut all: Vec<(String, String, RoleSplit)> = splits.library.with(|lib| {
        lib.entries()
            .iter()
            .map(|e| (e.id.clone(), e.split.name.clone(), e.split.clone()))
            .collect()
    });
    if let Some(shared) = splits.preview.get() {
        all.push(("apercu".into(), (t.shared_option)(&shared.name), shared));
    }
    for template in TemplateId::ALL {
        all.push((
            format!("modele-{}", template.key()),
            (t.template_option)((t.template_name)(template)),
            template.build_in(splits.prefs.lang.get_untracked()),
        ));
    }
    all
}

#[component]
pub fn CompareDialog() -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let all = candidates(splits);
    let current = splits.current_id();
    // By default: from the template the open split started from, to the open split.
    let started_from = splits.library.with_untracked(|lib| lib.current().template);
    let first = RwSignal::new(format!("modele-{}", started_from.key()));
    let second = RwSignal::new(current.clone());
    let stored = StoredValue::new(all.clone());
    let pick =
        move |key: String| stored.with_value(|all| all.iter().find(|(k, _, _)| *k == key).cloned());
    let result = Memo::new(move |_| {
        let (Some(a), Some(b)) = (pick(first.get()), pick(second.get())) else {
            return None;
        };
        let comparison = compare(&a.2, &b.2);
        let markdown = comparison_to_markdown(
            &comparison,
            &a.1,
            &b.1,
            &t.export_words,
            &t.comparison_labels,
        );
        Some((comparison, a.1, b.1, markdown))
    });
    let select = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        let options = all
            .iter()
            .map(|(key, name, _)| {
                let selected = *key == value.get_untracked();
                view! { <option value=key.clone() selected=selected>{name.clone()}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change:target=move |ev| value.set(ev.target().value())>
                    {options}
                </select>
            </div>
        }
    };
    let table = move || {
        result.get().map(|(comparison, before, after, _)| {
            let count = (t.comparison_labels.count)(comparison.cells.len());
            let rows = comparison
                .cells
                .iter()
                .map(|d| {
                    let show = |c: &crate::domain::Cell| {
                        let level = if c.level.is_none() { "" } else { (t.level_name)(c.level) };
                        if c.note.is_empty() { level.to_owned() } else { format!("{level} ({})", c.note) }
                    };
                    view! {
                        <tr>
                            <th scope="row">{d.responsibility.clone()}</th>
                            <td>{d.role.clone()}</td>
                            <td>{show(&d.before)}</td>
                            <td>{show(&d.after)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let sides = [
                (comparison.roles_added.clone(), t.comparison_labels.roles_added),
                (comparison.roles_removed.clone(), t.comparison_labels.roles_removed),
                (comparison.rows_added.clone(), t.comparison_labels.rows_added),
                (comparison.rows_removed.clone(), t.comparison_labels.rows_removed),
            ]
            .into_iter()
            .filter(|(items, _)| !items.is_empty())
            .map(|(items, label)| view! { <p>{(t.comparison_labels.list)(label, &items.join(", "))}</p> })
            .collect_view();
            view! {
                <p class="checks-summary" role="status">{count}</p>
                {(!comparison.cells.is_empty())
                    .then(|| {
                        view! {
                            <div class="matrix-scroll" role="region" aria-label=t.compare_title tabindex="0">
                                <table class="comparison">
                                    <thead>
                                        <tr>
                                            <th scope="col">{t.export_words.responsibility}</th>
                                            <th scope="col">{t.comparison_labels.role}</th>
                                            <th scope="col">{before}</th>
                                            <th scope="col">{after}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        }
                    })}
                {sides}
            }
        })
    };
    let markdown = Signal::derive(move || result.get().map(|r| r.3).unwrap_or_default());
    let file = Signal::derive(move || {
        result
            .get()
            .map(|r| file_name(&format!("{} {}", r.1, r.2), "md"))
            .unwrap_or_default()
    });
    view! {
        <Modal
            title=t.compare_title.to_owned()
            class="compare-dialog"
            on_close=move |_| builder.close_editor(ids::COMPARE.to_owned())
        >
            <div class="splits-fields">
                {select(ids::COMPARE_FIRST, t.compare_first, first)}
                {select(ids::COMPARE_SECOND, t.compare_second, second)}
            </div>
            {table}
            <CopyOrDownload text=markdown file mime=Signal::stored("text/markdown;charset=utf-8") />
        </Modal>
    }
}
