//! Undo, redo, and adding roles, responsibilities and groups.

use leptos::prelude::*;

use crate::ui::ids;
use crate::ui::state::{use_navigation, use_prefs, use_splits, Splits};

use super::additions;
use super::export::print;
use super::workshop::enter;
use super::{use_builder, Confirm, Editing};

/// Undoes (or redoes) the last change of the open split, and says so.
pub fn undo_or_redo(splits: Splits, redo: bool) {
    let done = splits
        .library
        .try_update(|lib| if redo { lib.redo() } else { lib.undo() })
        .unwrap_or(false);
    if done {
        let t = splits.prefs.t();
        splits
            .messages
            .announce(if redo { t.redone } else { t.undone });
    }
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let splits = use_splits();
    let nav = use_navigation();
    let builder = use_builder();
    let t = use_prefs().t();
    let add_role = move |_| additions::add_role(builder, t, None);
    let add_responsibility = move |_| additions::add_responsibility(builder, t, None);
    let add_group = move |_| additions::add_group(builder, t, None);
    view! {
        <div class="toolbar" role="group" aria-label=t.toolbar_label>
            <button
                type="button"
                id=ids::UNDO
                aria-keyshortcuts="Control+Z"
                disabled=move || !splits.library.with(|l| l.can_undo())
                on:click=move |_| undo_or_redo(splits, false)
            >
                {t.undo}
            </button>
            <button
                type="button"
                id=ids::REDO
                aria-keyshortcuts="Control+Shift+Z"
                disabled=move || !splits.library.with(|l| l.can_redo())
                on:click=move |_| undo_or_redo(splits, true)
            >
                {t.redo}
            </button>
            <button type="button" id=ids::ADD_ROLE on:click=add_role>{t.add_role}</button>
            <button
                type="button"
                id=ids::ADD_TEAM_ROLE
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::TeamRoles))
            >
                {t.add_team_role}
            </button>
            <button type="button" id=ids::ADD_RESPONSIBILITY on:click=add_responsibility>
                {t.add_responsibility}
            </button>
            <button type="button" id=ids::ADD_GROUP on:click=add_group>{t.add_group}</button>
            <button
                type="button"
                id=ids::RESET_TO_GUIDE
                class="secondary"
                on:click=move |_| builder.confirm.set(Some(Confirm::ResetToGuide))
            >
                {t.reset_to_guide}
            </button>
        </div>
        <div class="toolbar" role="group" aria-label=t.sharing_group>
            <button
                type="button"
                id=ids::SHARE
                on:click=move |_| builder.editing.set(Some(Editing::Share))
            >
                {t.share}
            </button>
            <button
                type="button"
                id=ids::EXPORT
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
                id=ids::COMPARE
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::Compare))
            >
                {t.compare}
            </button>
            <button
                type="button"
                id=ids::ASK_OPINIONS
                class="secondary"
                on:click=move |_| builder.editing.set(Some(Editing::AskOpinions))
            >
                {t.opinions.ask}
            </button>
            <button
                type="button"
                id=ids::WORKSHOP
                class="secondary"
                on:click=move |_| enter(nav, builder)
            >
                {t.workshop}
            </button>
        </div>
    }
}
