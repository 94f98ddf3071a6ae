//! The matrix: a real table, responsibilities in rows, roles in columns. Every cell is
//! a button that opens its editor; the keyboard moves between cells and sets levels.

use leptos::prelude::*;

use crate::domain::{Level, RoleSplit, RowRef};
use crate::ui::focus::{cell_id, group_id, role_id, row_id};
use crate::ui::state::use_app;

use super::card::card_button_id;
use super::keyboard::{on_cell_key, on_role_key, on_row_key};
use super::{use_builder, Editing};

/// How many roles and rows there are: the table is rebuilt only when this changes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Shape {
    roles: usize,
    groups: Vec<usize>,
}

pub fn row_label(split: &RoleSplit, at: RowRef) -> String {
    split
        .responsibility(at)
        .map(|r| r.label.clone())
        .unwrap_or_default()
}

pub fn role_label(split: &RoleSplit, role: usize) -> String {
    split
        .roles
        .get(role)
        .map(|r| r.label.clone())
        .unwrap_or_default()
}

#[component]
pub fn Matrix() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let split = builder.split;
    let shape = Memo::new(move |_| {
        split.with(|s| Shape {
            roles: s.roles.len(),
            groups: s.groups.iter().map(|g| g.responsibilities.len()).collect(),
        })
    });
    let caption = move || split.with(|s| (t.matrix_caption)(&s.name));
    view! {
        <div class="matrix-scroll" role="region" aria-labelledby="legende-matrice" tabindex="0">
            <table class="matrix">
                <caption id="legende-matrice">{caption}</caption>
                {move || {
                    let shape = shape.get();
                    let roles = shape.roles;
                    view! {
                        <thead>
                            <tr>
                                <th scope="col" class="corner">
                                    {t.responsibility_column}
                                </th>
                                {(0..roles).map(|role| view! { <RoleHeader role /> }).collect_view()}
                            </tr>
                        </thead>
                        {shape
                            .groups
                            .iter()
                            .enumerate()
                            .map(|(group, rows)| view! { <GroupBody group rows=*rows roles /> })
                            .collect_view()}
                    }
                }}
            </table>
        </div>
    }
}

#[component]
fn RoleHeader(role: usize) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let label = move || builder.split.with(|s| role_label(s, role));
    view! {
        <th scope="col" class="role-header">
            <button
                type="button"
                id=role_id(role)
                class="role-button"
                aria-haspopup="dialog"
                disabled=move || builder.read_only.get()
                on:click=move |_| builder.editing.set(Some(Editing::Role(role)))
                on:keydown=move |ev| on_role_key(app, builder, &ev, role)
            >
                {move || display(label(), t.untitled)}
            </button>
            <button
                type="button"
                id=card_button_id(role)
                class="card-button"
                aria-haspopup="dialog"
                on:click=move |_| builder.editing.set(Some(Editing::Card(role)))
            >
                {move || (t.card_button)(&label())}
            </button>
        </th>
    }
}

/// A label as shown; an empty one says so rather than showing nothing.
fn display(label: String, untitled: &'static str) -> String {
    if label.trim().is_empty() {
        untitled.to_owned()
    } else {
        label
    }
}

#[component]
fn GroupBody(group: usize, rows: usize, roles: usize) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let label = move || {
        builder.split.with(|s| {
            s.groups
                .get(group)
                .map(|g| g.label.clone())
                .unwrap_or_default()
        })
    };
    let span = (roles + 1).to_string();
    view! {
        <tbody>
            <tr class="group-row">
                <th scope="rowgroup" colspan=span.clone()>
                    <button
                        type="button"
                        id=group_id(group)
                        class="group-button"
                        aria-haspopup="dialog"
                        disabled=move || builder.read_only.get()
                        on:click=move |_| builder.editing.set(Some(Editing::Group(group)))
                    >
                        {move || display(label(), t.untitled)}
                    </button>
                </th>
            </tr>
            {(0..rows)
                .map(|row| view! { <ResponsibilityRow at=RowRef { group, row } roles /> })
                .collect_view()}
            {(rows == 0)
                .then(|| {
                    view! {
                        <tr>
                            <td colspan=span class="empty-group">{t.empty_group}</td>
                        </tr>
                    }
                })}
        </tbody>
    }
}

#[component]
fn ResponsibilityRow(at: RowRef, roles: usize) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let label = move || builder.split.with(|s| row_label(s, at));
    let detail = move || {
        builder.split.with(|s| {
            s.responsibility(at)
                .map(|r| r.detail.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <tr>
            <th scope="row" class="row-header">
                <button
                    type="button"
                    id=row_id(at)
                    class="row-button"
                    aria-haspopup="dialog"
                    disabled=move || builder.read_only.get()
                    on:click=move |_| builder.editing.set(Some(Editing::Responsibility(at)))
                    on:keydown=move |ev| on_row_key(app, builder, &ev, at)
                >
                    {move || display(label(), t.untitled)}
                </button>
                {move || {
                    let detail = detail();
                    (!detail.is_empty()).then(|| view! { <span class="detail">{detail}</span> })
                }}
            </th>
            {(0..roles).map(|role| view! { <CellButton at role /> }).collect_view()}
        </tr>
    }
}

#[component]
fn CellButton(at: RowRef, role: usize) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let cell = builder.cell(at, role);
    let accessible_name = move || {
        let t = app.t();
        let (row, column) = builder
            .split
            .with(|s| (row_label(s, at), role_label(s, role)));
        cell.with(|c| (t.cell_value)(&row, &column, (t.level_name)(c.level), &c.note))
    };
    view! {
        <td class="cell" data-level=move || cell.with(|c| c.level.key())>
            <button
                type="button"
                id=cell_id(at, role)
                class="cell-button"
                aria-haspopup="dialog"
                disabled=move || builder.read_only.get()
                aria-label=accessible_name
                on:click=move |_| builder.editing.set(Some(Editing::Cell(at, role)))
                on:keydown=move |ev| on_cell_key(app, builder, &ev, at, role)
            >
                {move || {
                    let level = cell.with(|c| c.level);
                    (level != Level::None)
                        .then(|| {
                            view! {
                                <span class="symbol" aria-hidden="true">{level.symbol()}</span>
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
}
