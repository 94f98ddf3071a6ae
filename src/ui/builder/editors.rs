//! The dialogs that edit one cell, one responsibility, one role or one group.

use leptos::prelude::*;

use crate::domain::{Level, Move, RowRef};
use crate::ui::dialog::Modal;
use crate::ui::focus::{cell_id, focus_later, group_id, role_id, row_id};
use crate::ui::state::use_app;
use crate::ui::text_field::{InvalidFields, TextField};

use super::card::{CardDialog, TeamRolesDialog};
use super::compare::CompareDialog;
use super::export::ExportDialog;
use super::matrix::{role_label, row_label};
use super::share::ShareDialog;
use super::splits::NewSplitEditor;
use super::workshop::{HelpDialog, QrDialog};
use super::{use_builder, Confirm, Editing};

/// The editor of what `editing` points at, if any.
#[component]
pub fn OpenEditor() -> impl IntoView {
    let builder = use_builder();
    move || {
        builder.editing.get().map(|editing| match editing {
            Editing::Cell(at, role) => view! { <CellEditor at role /> }.into_any(),
            Editing::Responsibility(at) => view! { <ResponsibilityEditor at /> }.into_any(),
            Editing::Role(role) => view! { <RoleEditor role /> }.into_any(),
            Editing::Group(group) => view! { <GroupEditor group /> }.into_any(),
            Editing::NewSplit => view! { <NewSplitEditor /> }.into_any(),
            Editing::Share => view! { <ShareDialog /> }.into_any(),
            Editing::Card(role) => view! { <CardDialog role /> }.into_any(),
            Editing::TeamRoles => view! { <TeamRolesDialog /> }.into_any(),
            Editing::Export => view! { <ExportDialog /> }.into_any(),
            Editing::Compare => view! { <CompareDialog /> }.into_any(),
            Editing::Qr => view! { <QrDialog /> }.into_any(),
            Editing::Help => view! { <HelpDialog /> }.into_any(),
        })
    }
}

/// A dialog may close only once every field's text has been applied.
pub(super) fn all_applied(invalid: InvalidFields) -> Callback<(), bool> {
    Callback::new(move |_| {
        let first_invalid = invalid.with_untracked(|ids| ids.first().cloned());
        match first_invalid {
            Some(id) => {
                focus_later(id);
                false
            }
            None => true,
        }
    })
}

#[component]
fn CellEditor(at: RowRef, role: usize) -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let cell = builder.cell(at, role);
    let title = Signal::derive(move || {
        builder
            .split
            .with(|s| (app.t().cell_name)(&row_label(s, at), &role_label(s, role)))
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
                            app.edit(|s| s.set_level(at, role, level));
                        }
                    />
                    <span class="symbol" aria-hidden="true">{level.symbol()}</span>
                    <span class="level-name">{(t.level_name)(level)}</span>
                    <span class="level-meaning">{(t.level_meaning)(level)}</span>
                    <kbd aria-hidden="true">{(index + 1).to_string()}</kbd>
                </label>
            }
        })
        .collect_view();
    let field = format!("note-{}", cell_id(at, role));
    view! {
        <Modal
            title
            class="cell-editor"
            can_close=all_applied(invalid)
            on_close=move |_| builder.close_editor(cell_id(at, role))
        >
            <div role="radiogroup" class="level-options" aria-label=title>
                {options}
            </div>
            <TextField
                id="note-case".to_owned()
                label=t.note_label
                hint=t.note_hint
                value=Signal::derive(move || cell.with(|c| c.note.clone()))
                apply=move |text: String| app.type_in(&field, |s| s.set_note(at, role, &text))
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
    #[prop(into)] can_move: Signal<(bool, bool)>,
    #[prop(into)] on_move: Callback<Move>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="secondary"
            disabled=move || !can_move.get().0
            on:click=move |_| on_move.run(Move::Earlier)
        >
            {earlier}
        </button>
        <button
            type="button"
            class="secondary"
            disabled=move || !can_move.get().1
            on:click=move |_| on_move.run(Move::Later)
        >
            {later}
        </button>
    }
}

#[component]
fn ResponsibilityEditor(at: RowRef) -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    // The row moves while its editor is open: follow it.
    let at = RwSignal::new(at);
    let responsibility = Memo::new(move |_| {
        builder
            .split
            .with(|s| s.responsibility(at.get()).cloned().unwrap_or_default())
    });
    let title = Signal::derive(move || {
        (app.t().edit_responsibility)(&responsibility.with(|r| r.label.clone()))
    });
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || {
        builder.split.with(|s| {
            let here = at.get();
            let rows = s
                .groups
                .get(here.group)
                .map_or(0, |g| g.responsibilities.len());
            (
                here.group > 0 || here.row > 0,
                here.row + 1 < rows || here.group + 1 < s.groups.len(),
            )
        })
    });
    view! {
        <Modal
            title
            can_close=all_applied(invalid)
            on_close=move |_| builder.close_editor(row_id(at.get_untracked()))
        >
            <TextField
                id="intitule-responsabilite".to_owned()
                label=t.label_label
                value=Signal::derive(move || responsibility.with(|r| r.label.clone()))
                apply=move |text: String| {
                    let here = at.get_untracked();
                    app.type_in(&row_id(here), |s| s.rename_responsibility(here, &text))
                }
                autofocus=true
                invalid
            />
            <TextField
                id="precisions-responsabilite".to_owned()
                label=t.detail_label
                value=Signal::derive(move || responsibility.with(|r| r.detail.clone()))
                apply=move |text: String| {
                    let here = at.get_untracked();
                    app.type_in(&format!("{}-detail", row_id(here)), |s| s.set_responsibility_detail(here, &text))
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
                        if let Some(landed) = app.edit(|s| Ok(s.move_responsibility(at.get_untracked(), direction))) {
                            at.set(landed);
                        }
                    }
                />
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        builder.editing.set(None);
                        builder.confirm.set(Some(Confirm::DeleteResponsibility(at.get_untracked())));
                    }
                >
                    {t.delete_responsibility}
                </button>
            </div>
        </Modal>
    }
}

#[component]
fn RoleEditor(role: usize) -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    let role = RwSignal::new(role);
    let label = Memo::new(move |_| builder.split.with(|s| role_label(s, role.get())));
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || {
        let count = builder.split.with(|s| s.roles.len());
        (role.get() > 0, role.get() + 1 < count)
    });
    view! {
        <Modal
            title=Signal::derive(move || (app.t().edit_role)(&label.get()))
            can_close=all_applied(invalid)
            on_close=move |_| builder.close_editor(role_id(role.get_untracked()))
        >
            <TextField
                id="nom-role".to_owned()
                label=t.label_label
                value=label
                apply=move |text: String| {
                    let here = role.get_untracked();
                    app.type_in(&role_id(here), |s| s.rename_role(here, &text))
                }
                autofocus=true
                invalid
            />
            <div class="actions">
                <MoveButtons
                    earlier=t.move_left
                    later=t.move_right
                    can_move
                    on_move=move |direction: Move| {
                        if let Some(moved) = app.edit(|s| Ok(s.move_role(role.get_untracked(), direction))) {
                            role.set(moved);
                        }
                    }
                />
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        builder.editing.set(None);
                        builder.confirm.set(Some(Confirm::DeleteRole(role.get_untracked())));
                    }
                >
                    {t.delete_role}
                </button>
            </div>
        </Modal>
    }
}

#[component]
fn GroupEditor(group: usize) -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    let group = RwSignal::new(group);
    let label = Memo::new(move |_| {
        builder.split.with(|s| {
            s.groups
                .get(group.get())
                .map(|g| g.label.clone())
                .unwrap_or_default()
        })
    });
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let can_move = Signal::derive(move || {
        let count = builder.split.with(|s| s.groups.len());
        (group.get() > 0, group.get() + 1 < count)
    });
    let add_here = move |_| {
        let here = group.get_untracked();
        let label = app.t().new_responsibility_label;
        if let Some(at) = app.edit(|s| s.add_responsibility(here, label)) {
            builder.editing.set(Some(Editing::Responsibility(at)));
        }
    };
    view! {
        <Modal
            title=Signal::derive(move || (app.t().edit_group)(&label.get()))
            can_close=all_applied(invalid)
            on_close=move |_| builder.close_editor(group_id(group.get_untracked()))
        >
            <TextField
                id="nom-groupe".to_owned()
                label=t.label_label
                value=label
                apply=move |text: String| {
                    let here = group.get_untracked();
                    app.type_in(&group_id(here), |s| s.rename_group(here, &text))
                }
                autofocus=true
                invalid
            />
            <div class="actions">
                <button type="button" on:click=add_here>{t.add_responsibility_here}</button>
                <MoveButtons
                    earlier=t.move_up
                    later=t.move_down
                    can_move
                    on_move=move |direction: Move| {
                        if let Some(moved) = app.edit(|s| Ok(s.move_group(group.get_untracked(), direction))) {
                            group.set(moved);
                        }
                    }
                />
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        builder.editing.set(None);
                        builder.confirm.set(Some(Confirm::DeleteGroup(group.get_untracked())));
                    }
                >
                    {t.delete_group}
                </button>
            </div>
        </Modal>
    }
}
