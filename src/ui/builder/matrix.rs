//! The matrix: a real table, responsibilities in rows, roles in columns. Every cell is
//! a button that opens its editor; the keyboard moves between cells and sets levels.
//! Roles, groups, rows and cells are keyed lists: an edit touches the one cell it changes,
//! a move moves one row or one column.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::glossary::terms_missing_from;
use crate::domain::{GroupId, Level, RoleId, RowId};
use crate::ui::glossed::{glossed, term_buttons};
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::{use_prefs, use_splits};

use super::keyboard::{on_cell_key, on_role_key, on_row_key};
use super::{use_builder, Editing};

/// A label as shown; an empty one says so rather than showing nothing.
fn display(label: &str, untitled: &'static str) -> String {
    if label.trim().is_empty() {
        untitled.to_owned()
    } else {
        label.to_owned()
    }
}

#[component]
pub fn Matrix() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let shown = builder.shown;
    let caption = move || shown.name.with(|name| (t.matrix_caption)(name));
    view! {
        <div class="matrix-scroll" role="region" aria-labelledby=ids::MATRIX_CAPTION tabindex="0">
            <table
                class="matrix"
                node_ref=builder.table
                // One listener for the whole table: which cell (or header) got the focus is
                // read from its id.
                on:focusin=move |ev| {
                    let id = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .map(|e| e.id())
                        .unwrap_or_default();
                    match (ids::parse_cell(&id), ids::parse_role(&id)) {
                        (Some((row, role)), _) => builder.note_focus(Some(row), Some(role)),
                        (None, Some(role)) => builder.note_focus(None, Some(role)),
                        _ => builder.note_focus(None, None),
                    }
                }
                on:focusout=move |ev| {
                    // The focus left the matrix (a dialog, the bar): no column marked.
                    let inside = ev
                        .related_target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                        .zip(builder.table.try_get_untracked().flatten())
                        .is_some_and(|(to, table)| table.contains(Some(&to)));
                    if !inside {
                        builder.note_focus(None, None);
                    }
                }
            >
                <caption id=ids::MATRIX_CAPTION>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="corner">
                            {t.responsibility_column}
                        </th>
                        <For each=move || shown.roles.get() key=|id| *id let:role>
                            <RoleHeader role />
                        </For>
                    </tr>
                </thead>
                <For each=move || shown.groups.get() key=|id| *id let:group>
                    <GroupBody group />
                </For>
            </table>
        </div>
    }
}

#[component]
fn RoleHeader(role: RoleId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let Some(shown_role) = builder.shown.role(role) else {
        return ().into_any();
    };
    let label = shown_role.label;
    view! {
        <th scope="col" class="role-header">
            <button
                type="button"
                id=ids::role(role)
                class="role-button"
                aria-haspopup="dialog"
                disabled=move || builder.read_only.get()
                on:click=move |_| builder.editing.set(Some(Editing::Role(role)))
                on:keydown=move |ev| on_role_key(splits, builder, &ev, role)
            >
                {move || label.with(|l| display(l, t.untitled))}
            </button>
            <button
                type="button"
                id=ids::card_button(role)
                class="card-button"
                // The column says whose card it is; a screen reader hears it too.
                aria-label=move || label.with(|l| format!("{} {l}", t.card_button))
                aria-haspopup="dialog"
                on:click=move |_| builder.editing.set(Some(Editing::Card(role)))
            >
                {t.card_button}
            </button>
            {move || shown_role.added.get().then(|| view! { <span class="added-mark">{t.role_added_mark}</span> })}
        </th>
    }
    .into_any()
}

#[component]
fn GroupBody(group: GroupId) -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let shown = builder.shown;
    let Some(shown_group) = shown.group(group) else {
        return ().into_any();
    };
    let (label, rows) = (shown_group.label, shown_group.rows);
    let span = move || (shown.roles.with(Vec::len) + 1).to_string();
    view! {
        <tbody>
            <tr class="group-row">
                <th scope="rowgroup" colspan=span>
                    <button
                        type="button"
                        id=ids::group(group)
                        class="group-button"
                        aria-haspopup="dialog"
                        disabled=move || builder.read_only.get()
                        on:click=move |_| builder.editing.set(Some(Editing::Group(group)))
                    >
                        {move || label.with(|l| display(l, t.untitled))}
                    </button>
                </th>
            </tr>
            <For each=move || rows.get() key=|id| *id let:row>
                <ResponsibilityRow row />
            </For>
            {move || {
                rows.with(Vec::is_empty)
                    .then(|| {
                        view! {
                            <tr>
                                <td colspan=span class="empty-group">{t.empty_group}</td>
                            </tr>
                        }
                    })
            }}
        </tbody>
    }
    .into_any()
}

#[component]
fn ResponsibilityRow(row: RowId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let shown = builder.shown;
    let Some(shown_row) = shown.row(row) else {
        return ().into_any();
    };
    let (label, detail, added) = (shown_row.label, shown_row.detail, shown_row.added);
    view! {
        <tr>
            <th scope="row" class="row-header">
                <button
                    type="button"
                    id=ids::row(row)
                    class="row-button"
                    aria-haspopup="dialog"
                    disabled=move || builder.read_only.get()
                    on:click=move |_| builder.editing.set(Some(Editing::Responsibility(row)))
                    on:keydown=move |ev| on_row_key(splits, builder, &ev, row)
                >
                    {move || label.with(|l| display(l, t.untitled))}
                </button>
                {move || added.get().then(|| view! { <span class="added-mark">{t.row_added_mark}</span> })}
                // The guide's words get their definition here, where they are read.
                {move || {
                    let (label, detail) = (label.get(), detail.get());
                    let label_terms = terms_missing_from(&label, &detail);
                    let count = label_terms.len();
                    // The description, then the definitions of the label's words.
                    (!detail.is_empty() || count > 0)
                        .then(|| {
                            view! {
                                <span class="detail">
                                    {glossed(&detail)}
                                    {(!detail.is_empty() && count > 0).then_some(" — ")}
                                    {(count > 0).then(|| (t.label_terms)(count))}
                                    {term_buttons(label_terms)}
                                </span>
                            }
                        })
                }}
            </th>
            <For each=move || shown.roles.get() key=|id| *id let:role>
                <CellButton row role />
            </For>
        </tr>
    }
    .into_any()
}

#[component]
fn CellButton(row: RowId, role: RoleId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let shown = builder.shown;
    let (Some(shown_cell), Some(row_label), Some(role_label)) = (
        shown.cell(row, role),
        shown.row(row).map(|r| r.label),
        shown.role(role).map(|r| r.label),
    ) else {
        return ().into_any();
    };
    let (cell, before) = (shown_cell.cell, shown_cell.before);
    // In a preview, a changed cell says what it was: « …, avant : Non concerné ».
    let words = move |c: &crate::domain::Cell| {
        let level = (t.level_name)(c.level);
        if c.note.is_empty() {
            level.to_owned()
        } else {
            format!("{level} {}", c.note)
        }
    };
    let accessible_name = move || {
        let now = cell.with(|c| {
            (t.cell_value)(
                &row_label.read(),
                &role_label.read(),
                (t.level_name)(c.level),
                &c.note,
            )
        });
        match before.with(|b| b.as_ref().map(words)) {
            Some(was) => (t.cell_changed)(&now, &was),
            None => now,
        }
    };
    // A preview's cells stay focusable and say why they cannot be changed: a tap that does
    // nothing and says nothing leaves a person stuck.
    let open = move |_| {
        if builder.read_only.get_untracked() {
            splits.messages.announce(t.preview_read_only);
        } else {
            builder.editing.set(Some(Editing::Cell(row, role)));
        }
    };
    view! {
        <td
            class="cell"
            class:changed=move || before.with(Option::is_some)
            data-level=move || cell.with(|c| c.level.key())
        >
            <button
                type="button"
                id=ids::cell(row, role)
                class="cell-button"
                aria-haspopup=move || (!builder.read_only.get()).then_some("dialog")
                aria-disabled=move || builder.read_only.get().then_some("true")
                aria-label=accessible_name
                on:click=open
                on:keydown=move |ev| on_cell_key(splits, builder, &ev, row, role)
            >
                {move || {
                    let level = cell.with(|c| c.level);
                    (level != Level::None)
                        .then(|| {
                            // The word as a bare text: one element less in each of the
                            // matrix's cells (the page's element budget, RGESN).
                            view! {
                                {level_icon(level)}
                                {(t.level_name)(level)}
                                " "
                            }
                        })
                }}
                {move || {
                    let note = cell.with(|c| c.note.clone());
                    (!note.is_empty()).then(|| view! { <span class="note">{note}</span> })
                }}
                {move || {
                    before
                        .with(|b| b.as_ref().map(words))
                        .map(|was| view! { " " <span class="before" aria-hidden="true">{(t.before_was)(&was)}</span> })
                }}
            </button>
        </td>
    }
    .into_any()
}
