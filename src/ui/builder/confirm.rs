//! The actions that ask first, and what they do once confirmed. Each names its target by
//! id: confirmed after another tab moved things, it acts on the same row, role or group;
//! if that is gone (or another split is open), it does nothing and says why.

use leptos::prelude::*;

use crate::browser::saved_splits::fresh_default;
use crate::domain::{Move, RoleSplit};
use crate::ui::dialog::ConfirmDialog;
use crate::ui::focus::focus_later;
use crate::ui::ids;
use crate::ui::shared_link::close;
use crate::ui::state::{use_splits, Splits};

use super::{use_builder, Confirm};

/// The question asked, or `None` when its target is no longer there.
fn question(splits: Splits, confirm: &Confirm) -> Option<String> {
    let t = splits.prefs.t();
    splits.library.with_untracked(|lib| {
        let split = lib.current();
        Some(match confirm {
            Confirm::ResetToGuide => t.reset_to_guide_question.to_owned(),
            Confirm::DeleteSplit(id) => {
                let entry = lib.entries().iter().find(|e| e.id == *id)?;
                (t.delete_split_question)(&entry.split.name)
            }
            Confirm::DeleteRole(role) => (t.delete_role_question)(&split.role(*role)?.label),
            Confirm::DeleteResponsibility(row) => {
                (t.delete_responsibility_question)(&split.responsibility(*row)?.label)
            }
            Confirm::DeleteGroup(group) => {
                let group = split.group(*group)?;
                (t.delete_group_question)(&group.label, group.responsibilities.len())
            }
            Confirm::ReplaceWithPreview => {
                let shared = splits
                    .preview
                    .with_untracked(|p| p.as_ref().map(|s| s.name.clone()))?;
                (t.replace_question)(&split.name, &shared)
            }
        })
    })
}

/// Where the focus goes after a row is deleted: the row before it, or the first one.
fn focus_after_row_deleted(split: &RoleSplit, deleted: crate::domain::RowId) -> String {
    split
        .row_beside(deleted, Move::Earlier)
        .or_else(|| split.first_row().filter(|first| *first != deleted))
        .map(ids::row)
        .unwrap_or_else(|| ids::ADD_RESPONSIBILITY.to_owned())
}

/// Carries out a confirmed action; returns where focus goes next, or `None` when the edit
/// was refused (and said so).
fn perform(splits: Splits, confirm: &Confirm) -> Option<String> {
    let t = splits.prefs.t();
    let lang = splits.prefs.lang.get_untracked();
    match confirm {
        Confirm::ResetToGuide => {
            splits.edit(|s| {
                s.reset_to_guide(lang);
                Ok(())
            });
            splits.messages.announce(t.reset_done);
            Some(ids::RESET_TO_GUIDE.to_owned())
        }
        Confirm::DeleteSplit(id) => {
            let removed = splits
                .library
                .try_update(|lib| lib.delete(id, || fresh_default(lang)))
                .flatten()?;
            splits
                .messages
                .announce((t.split_deleted)(&removed.split.name));
            Some(ids::OPEN_SPLIT.to_owned())
        }
        Confirm::DeleteRole(role) => {
            let before = splits.library.with_untracked(|lib| {
                let s = lib.current();
                s.role_beside(*role, Move::Earlier)
                    .or_else(|| s.role_beside(*role, Move::Later))
            });
            splits.edit(|s| s.remove_role(*role))?;
            Some(
                before
                    .map(ids::role)
                    .unwrap_or_else(|| ids::ADD_ROLE.to_owned()),
            )
        }
        Confirm::DeleteResponsibility(row) => {
            let next = splits
                .library
                .with_untracked(|lib| focus_after_row_deleted(lib.current(), *row));
            splits.edit(|s| s.remove_responsibility(*row))?;
            Some(next)
        }
        Confirm::DeleteGroup(group) => {
            splits.edit(|s| s.remove_group(*group))?;
            Some(ids::ADD_GROUP.to_owned())
        }
        Confirm::ReplaceWithPreview => {
            let shared = splits.preview.get_untracked()?;
            splits.library.update(|lib| lib.replace_current(shared));
            close(splits);
            splits.messages.announce(t.replaced);
            Some(ids::UNDO.to_owned())
        }
    }
}

/// Where focus goes back when the person answers no.
fn origin(confirm: &Confirm) -> String {
    match confirm {
        Confirm::ResetToGuide => ids::RESET_TO_GUIDE.to_owned(),
        Confirm::DeleteSplit(_) => ids::DELETE_SPLIT.to_owned(),
        Confirm::DeleteRole(role) => ids::role(*role),
        Confirm::DeleteResponsibility(row) => ids::row(*row),
        Confirm::DeleteGroup(group) => ids::group(*group),
        Confirm::ReplaceWithPreview => ids::REPLACE_WITH_PREVIEW.to_owned(),
    }
}

#[component]
pub fn OpenConfirm() -> impl IntoView {
    let splits = use_splits();
    let builder = use_builder();
    // The split open when the question was asked: the answer acts there or nowhere.
    move || {
        builder.confirm.get().and_then(|confirm| {
            let asked_in = splits.current_id();
            let text = question(splits, &confirm)?;
            Some(view! {
                <ConfirmDialog
                    question=text
                    on_answer=move |yes: bool| {
                        builder.confirm.set(None);
                        let mut next = None;
                        if yes {
                            let still_there = splits.current_id() == asked_in
                                && question(splits, &confirm).is_some();
                            if still_there {
                                // `None`: the edit was refused, and the refusal said why.
                                next = perform(splits, &confirm);
                            } else {
                                splits.messages.alert(splits.prefs.t().changed_meanwhile);
                            }
                        }
                        focus_later(next.unwrap_or_else(|| origin(&confirm)));
                    }
                />
            })
        })
    }
}
