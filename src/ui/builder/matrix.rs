//! The matrix: a real table, responsibilities in rows, roles in columns. Every cell is
//! a button that opens its editor; the keyboard moves between cells and sets levels.
//! Roles, groups, rows and cells are keyed lists: an edit touches the one cell it changes,
//! a move moves one row or one column.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::{GroupId, Level, RoleId, RowId};
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
                        .zip(builder.table.get_untracked())
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
                aria-haspopup="dialog"
                on:click=move |_| builder.editing.set(Some(Editing::Card(role)))
            >
                {move || label.with(|l| (t.card_button)(l))}
            </button>
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
    let (label, detail) = (shown_row.label, shown_row.detail);
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
                {move || {
                    detail
                        .with(|d| (!d.is_empty()).then(|| d.clone()))
                        .map(|detail| view! { <span class="detail">{detail}</span> })
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
    let (Some(cell), Some(row_label), Some(role_label)) = (
        shown.cell(row, role),
        shown.row(row).map(|r| r.label),
        shown.role(role).map(|r| r.label),
    ) else {
        return ().into_any();
    };
    let accessible_name = move || {
        cell.with(|c| {
            (t.cell_value)(
                &row_label.read(),
                &role_label.read(),
                (t.level_name)(c.level),
                &c.note,
            )
        })
    };
    view! {
        <td class="cell" data-level=move || cell.with(|c| c.level.key())>
            <button
                type="button"
                id=ids::cell(row, role)
                class="cell-button"
                aria-haspopup="dialog"
                disabled=move || builder.read_only.get()
                aria-label=accessible_name
                on:click=move |_| builder.editing.set(Some(Editing::Cell(row, role)))
                on:keydown=move |ev| on_cell_key(splits, builder, &ev, row, role)
            >
                {move || {
                    let level = cell.with(|c| c.level);
                    (level != Level::None)
                        .then(|| {
                            view! {
                                {level_icon(level)}
                                <span class="level-name">{(t.level_name)(level)}</span>
                                " "
                            }
                        })
                }}
                {move || {
                    let note = cell.with(|c| c.note.clone());
                    (!note.is_empty()).then(|| view! { <span class="note">{note}</span> })
                }}
            </button>
        </td>
    }
    .into_any()
}
