//! Undo, redo, and adding roles, responsibilities and groups.

use leptos::prelude::*;

use crate::ui::state::{use_app, AppState};

use super::export::print;
use super::workshop::enter;
use super::{use_builder, Confirm, Editing};

/// Undoes (or redoes) the last change of the open split, and says so.
pub fn undo_or_redo(app: AppState, redo: bool) {
    let done = app
        .library
        .try_update(|lib| if redo { lib.redo() } else { lib.undo() })
        .unwrap_or(false);
    if done {
        let t = app.t();
        app.announce(if redo { t.redone } else { t.undone });
    }
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    let add_role = move |_| {
        let label = |count: usize| (app.t().new_role_label)(count + 1);
        if let Some(role) = app.edit(|s| s.add_role(&label(s.roles.len()))) {
            builder.editing.set(Some(Editing::Role(role)));
        }
    };
    let add_responsibility = move |_| {
        let label = app.t().new_responsibility_label;
        if let Some(at) =
            app.edit(|s| s.add_responsibility(s.groups.len().saturating_sub(1), label))
        {
            builder.editing.set(Some(Editing::Responsibility(at)));
        }
    };
    let add_group = move |_| {
        let label = app.t().new_group_label;
        if let Some(group) = app.edit(|s| s.add_group(label)) {
            builder.editing.set(Some(Editing::Group(group)));
        }
    };
    view! {
        <div class="toolbar" role="group" aria-label=t.toolbar_label>
            <button
                type="button"
                id="annuler"
                aria-keyshortcuts="Control+Z"
                disabled=move || !app.library.with(|l| l.can_undo())
                on:click=move |_| undo_or_redo(app, false)
            >
                {t.undo}
            </button>
            <button
                type="button"
                id="retablir"
                aria-keyshortcuts="Control+Shift+Z"
                disabled=move || !app.library.with(|l| l.can_redo())
                on:click=move |_| undo_or_redo(app, true)
            >
                {t.redo}
            </button>
            <button type="button" id="ajouter-role" on:click=add_role>{t.add_role}</button>
            <button
                type="button"
                id="ajouter-role-equipe"
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::TeamRoles))
            >
                {t.add_team_role}
            </button>
            <button type="button" id="ajouter-responsabilite" on:click=add_responsibility>
                {t.add_responsibility}
            </button>
            <button type="button" id="ajouter-groupe" on:click=add_group>{t.add_group}</button>
            <button
                type="button"
                id="revenir-guide"
                class="secondary"
                on:click=move |_| builder.confirm.set(Some(Confirm::ResetToGuide))
            >
                {t.reset_to_guide}
            </button>
        </div>
        <div class="toolbar" role="group" aria-label=t.sharing_group>
            <button
                type="button"
                id="partager"
                on:click=move |_| builder.editing.set(Some(Editing::Share))
            >
                {t.share}
            </button>
            <button
                type="button"
                id="exporter"
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::Export))
            >
                {t.export}
            </button>
            <button type="button" class="secondary" on:click=move |_| print()>
                {t.print}
            </button>
            <button
                type="button"
                id="comparer"
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::Compare))
            >
                {t.compare}
            </button>
            <button
                type="button"
                id="mode-atelier"
                class="secondary"
                on:click=move |_| enter(app, builder)
            >
                {t.workshop}
            </button>
        </div>
    }
}
