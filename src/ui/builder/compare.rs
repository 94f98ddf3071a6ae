//! Comparing two splits — saved ones, the built-in templates, or a shared preview — cell
//! by cell, with a count, exportable as Markdown. In workshop mode, the second split is
//! shown as a matrix where each changed cell reads "before → after", symbols and words at
//! the projector's size.

use leptos::prelude::*;

use crate::domain::compare::{compare, comparison_to_markdown, CellDifference, Comparison};
use crate::domain::export::file_name;
use crate::domain::split::label_key;
use crate::domain::{Cell, RoleSplit, TemplateId};
use crate::i18n::Catalogue;
use crate::ui::dialog::Modal;
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::{use_navigation, use_prefs, use_splits, Splits};

use super::export::CopyOrDownload;
use super::use_builder;
use super::workshop::return_focus_to;

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

/// A cell as words: its level (« Non concerné » too, never a blank) and its note.
fn cell_words(t: &'static Catalogue, cell: &Cell) -> String {
    let level = (t.level_name)(cell.level);
    if cell.note.is_empty() {
        level.to_owned()
    } else {
        format!("{level} ({})", cell.note)
    }
}

/// A cell as the matrix shows it: the level's symbol and word, then the note.
#[inline(never)]
fn cell_view(t: &'static Catalogue, cell: &Cell) -> AnyView {
    view! {
        <span class="compare-level">
            {level_icon(cell.level)}
            <span class="level-name">{(t.level_name)(cell.level)}</span>
        </span>
        {(!cell.note.is_empty()).then(|| view! { <span class="note">{cell.note.clone()}</span> })}
    }
    .into_any()
}

/// The differences as a list: one line a changed cell.
#[inline(never)]
fn difference_list(
    t: &'static Catalogue,
    comparison: &Comparison,
    before: String,
    after: String,
) -> AnyView {
    let rows = comparison
        .cells
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{d.responsibility.clone()}</th>
                    <td>{d.role.clone()}</td>
                    <td>{cell_words(t, &d.before)}</td>
                    <td>{cell_words(t, &d.after)}</td>
                </tr>
            }
        })
        .collect_view();
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
    .into_any()
}

/// The second split as a matrix, each changed cell reading "before → after": what the room
/// reads from the back, in the workshop.
#[inline(never)]
fn changes_matrix(t: &'static Catalogue, comparison: &Comparison, after: &RoleSplit) -> AnyView {
    let changed = |row: &str, role: &str| -> Option<&CellDifference> {
        comparison.cells.iter().find(|d| {
            label_key(&d.responsibility) == label_key(row) && label_key(&d.role) == label_key(role)
        })
    };
    let heads = after
        .roles
        .iter()
        .map(|r| view! { <th scope="col">{r.label.clone()}</th> })
        .collect_view();
    let rows = after
        .rows()
        .map(|row| {
            let cells = after
                .roles
                .iter()
                .zip(&row.cells)
                .map(|(role, cell)| match changed(&row.label, &role.label) {
                    Some(d) => view! {
                        <td class="changed">
                            <span class="before">{cell_view(t, &d.before)}</span>
                            <span class="arrow">" → "</span>
                            <span class="after">{cell_view(t, &d.after)}</span>
                            <span class="visually-hidden">{t.changed_cell}</span>
                        </td>
                    }
                    .into_any(),
                    None => view! { <td>{cell_view(t, cell)}</td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{row.label.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="matrix-scroll" role="region" aria-label=t.compare_title tabindex="0">
            <table class="comparison changes-matrix">
                <thead>
                    <tr>
                        <th scope="col">{t.export_words.responsibility}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn CompareDialog() -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let in_workshop = use_navigation().workshop.get_untracked();
    let back_to = if in_workshop {
        return_focus_to()
    } else {
        ids::COMPARE.to_owned()
    };
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
        Some((comparison, a.1, b.1, markdown, b.2))
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
        result.get().map(|(comparison, before, after, _, after_split)| {
            let count = (t.comparison_labels.count)(comparison.cells.len());
            let details = if in_workshop {
                Some(changes_matrix(t, &comparison, &after_split))
            } else {
                (!comparison.cells.is_empty())
                    .then(|| difference_list(t, &comparison, before, after))
            };
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
                {details}
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
            on_close=move |_| builder.close_editor(back_to.clone())
        >
            <div class="splits-fields">
                {select(ids::COMPARE_FIRST, t.compare_first, first)}
                {select(ids::COMPARE_SECOND, t.compare_second, second)}
            </div>
            {table}
            {(!in_workshop).then(|| view! {
                <CopyOrDownload text=markdown file mime=Signal::stored("text/markdown;charset=utf-8") />
            })}
        </Modal>
    }
}
