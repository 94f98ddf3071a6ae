//! The dialogs that edit one cell, one responsibility, one role or one group, each named
//! by id: it follows its row or role when that moves, and stops editing it once it is gone.

use leptos::prelude::*;

use crate::domain::{CanMove, GroupId, Level, Move, RoleId, RowId};
use crate::ui::dialog::{all_applied, Modal};
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::{use_prefs, use_splits};
use crate::ui::text_field::{InvalidFields, TextField};

use super::{use_builder, Confirm, Editing};

#[component]
pub fn CellEditor(row: RowId, role: RoleId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let cell =
        Memo::new(move |_| builder.with_split(|s| s.cell(row, role).cloned().unwrap_or_default()));
    let title = Signal::derive(move || {
        builder.with_split(|s| (t.cell_name)(s.row_label(row), s.role_label(role)))
    });
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let initial = cell.get_untracked().level;
    let options = Level::ALL
        .into_iter()
        .enumerate()
        .map(|(index, level)| {
            view! {
                <label class="level-option" data-level=level.key()>
                    <input
                        type="radio"
                        name="niveau"
                        autofocus=level == initial
                        prop:checked=move || cell.with(|c| c.level == level)
                        on:change=move |_| {
                            splits.edit(|s| s.set_level(row, role, level));
                        }
                    />
                    {level_icon(level)}
                    <span class="level-name">{(t.level_name)(level)}</span>
                    <span class="level-meaning">{(t.level_meaning)(level)}</span>
                    <kbd aria-hidden="true">{(index + 1).to_string()}</kbd>
                </label>
            }
        })
        .collect_view();
    let field = format!("note-{}", ids::cell(row, role));
    view! {
        <Modal
            title
            class="cell-editor"
            can_close=all_applied(invalid)
            on_close=move |_| builder.close_editor(ids::cell(row, role))
        >
            <div role="radiogroup" class="level-options" aria-label=title>
                {options}
            </div>
            <TextField
                id=ids::CELL_NOTE.to_owned()
                label=t.note_label
                hint=t.note_hint
                value=Signal::derive(move || cell.with(|c| c.note.clone()))
                apply=move |text: String| splits.type_in(&field, |s| s.set_note(row, role, &text))
                invalid
            />
        </Modal>
    }
}

/// Two buttons that move something one place earlier or later.
#[component]
fn MoveButtons(
    earlier: &'static str,
    later: &'static str,
    #[prop(into)] can_move: Signal<CanMove>,
    #[prop(into)] on_move: Callback<Move>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="secondary"
            disabled=move || !can_move.get().earlier
            on:click=move |_| on_move.run(Move::Earlier)
        >
            {earlier}
        </button>
        <button
            type="button"
            class="secondary"
            disabled=move || !can_move.get().later
            on:click=move |_| on_move.run(Move::Later)
        >
            {later}
        </button>
    }
}

/// A delete button that closes the editor and asks first.
#[component]
fn DeleteButton(label: &'static str, confirm: Confirm) -> impl IntoView {
    let builder = use_builder();
    view! {
        <button
            type="button"
            class="danger"
            on:click=move |_| {
                builder.editing.set(None);
                builder.confirm.set(Some(confirm.clone()));
            }
        >
            {label}
        </button>
    }
}

#[component]
pub fn ResponsibilityEditor(row: RowId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let responsibility = Memo::new(move |_| {
        builder.with_split(|s| s.responsibility(row).cloned().unwrap_or_default())
    });
    let title = Signal::derive(move || responsibility.with(|r| (t.edit_responsibility)(&r.label)));
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || builder.with_split(|s| s.can_move_row(row)));
    let label_field = ids::row(row);
    let detail_field = format!("{}-detail", ids::row(row));
    let applied = all_applied(invalid);
    view! {
        <Modal
            title
            can_close=applied
            on_cancel=move |_| builder.cancel_addition()
            on_close=move |_| builder.close_editor(ids::row(row))
        >
            <TextField
                id=ids::RESPONSIBILITY_LABEL.to_owned()
                label=t.label_label
                value=Signal::derive(move || responsibility.with(|r| r.label.clone()))
                apply=move |text: String| {
                    splits.type_in(&label_field, |s| s.rename_responsibility(row, &text))
                }
                autofocus=true
                select_all=builder.adding()
                on_enter=move |_| {
                    if applied.run(()) {
                        builder.close_editor(ids::row(row));
                    }
                }
                invalid
            />
            <TextField
                id=ids::RESPONSIBILITY_DETAIL.to_owned()
                label=t.detail_label
                value=Signal::derive(move || responsibility.with(|r| r.detail.clone()))
                apply=move |text: String| {
                    splits.type_in(&detail_field, |s| s.set_responsibility_detail(row, &text))
                }
                multiline=true
                invalid
            />
            <div class="actions">
                <MoveButtons
                    earlier=t.move_up
                    later=t.move_down
                    can_move
                    on_move=move |direction: Move| {
                        splits.edit(|s| s.move_responsibility(row, direction));
                    }
                />
                <DeleteButton label=t.delete_responsibility confirm=Confirm::DeleteResponsibility(row) />
            </div>
        </Modal>
    }
}

#[component]
pub fn RoleEditor(role: RoleId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let label = Memo::new(move |_| builder.with_split(|s| s.role_label(role).to_owned()));
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || builder.with_split(|s| s.can_move_role(role)));
    let field = ids::role(role);
    let applied = all_applied(invalid);
    view! {
        <Modal
            title=Signal::derive(move || (t.edit_role)(&label.get()))
            can_close=applied
            on_cancel=move |_| builder.cancel_addition()
            on_close=move |_| builder.close_editor(ids::role(role))
        >
            <TextField
                id=ids::ROLE_LABEL.to_owned()
                label=t.label_label
                value=label
                apply=move |text: String| splits.type_in(&field, |s| s.rename_role(role, &text))
                autofocus=true
                select_all=builder.adding()
                on_enter=move |_| {
                    if applied.run(()) {
                        builder.close_editor(ids::role(role));
                    }
                }
                invalid
            />
            <div class="actions">
                <MoveButtons
                    earlier=t.move_left
                    later=t.move_right
                    can_move
                    on_move=move |direction: Move| {
                        splits.edit(|s| s.move_role(role, direction));
                    }
                />
                <DeleteButton label=t.delete_role confirm=Confirm::DeleteRole(role) />
            </div>
        </Modal>
    }
}

#[component]
pub fn GroupEditor(group: GroupId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let label = Memo::new(move |_| builder.with_split(|s| s.group_label(group).to_owned()));
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || builder.with_split(|s| s.can_move_group(group)));
    let add_here = move |_| {
        builder.add(
            |s| s.add_responsibility(group, t.new_responsibility_label),
            Editing::Responsibility,
            |row| (Some(ids::row(row)), Some(ids::group(group))),
            false,
        );
    };
    let field = ids::group(group);
    let applied = all_applied(invalid);
    view! {
        <Modal
            title=Signal::derive(move || (t.edit_group)(&label.get()))
            can_close=applied
            on_cancel=move |_| builder.cancel_addition()
            on_close=move |_| builder.close_editor(ids::group(group))
        >
            <TextField
                id=ids::GROUP_LABEL.to_owned()
                label=t.label_label
                value=label
                apply=move |text: String| splits.type_in(&field, |s| s.rename_group(group, &text))
                autofocus=true
                select_all=builder.adding()
                on_enter=move |_| {
                    if applied.run(()) {
                        builder.close_editor(ids::group(group));
                    }
                }
                invalid
            />
            <div class="actions">
                <button type="button" on:click=add_here>{t.add_responsibility_here}</button>
                <MoveButtons
                    earlier=t.move_up
                    later=t.move_down
                    can_move
                    on_move=move |direction: Move| {
                        splits.edit(|s| s.move_group(group, direction));
                    }
                />
                <DeleteButton label=t.delete_group confirm=Confirm::DeleteGroup(group) />
            </div>
        </Modal>
    }
}
