//! The actions that ask first, and what they do once confirmed.

use leptos::prelude::*;

use crate::browser::saved_splits::fresh_default;
use crate::domain::TemplateId;
use crate::ui::dialog::ConfirmDialog;
use crate::ui::focus::{focus_later, role_id, row_id};
use crate::ui::state::{use_app, AppState};

use super::matrix::{role_label, row_label};
use super::preview;
use super::splits::OPEN_SPLIT_ID;
use super::{use_builder, Confirm};
use crate::ui::shared_link::close;

fn question(app: AppState, confirm: &Confirm) -> String {
    let t = app.t();
    let split = app.library.with_untracked(|lib| lib.current().clone());
    match confirm {
        Confirm::ResetToGuide => t.reset_to_guide_question.to_owned(),
        Confirm::DeleteSplit => (t.delete_split_question)(&split.name),
        Confirm::DeleteRole(role) => (t.delete_role_question)(&role_label(&split, *role)),
        Confirm::DeleteResponsibility(at) => {
            (t.delete_responsibility_question)(&row_label(&split, *at))
        }
        Confirm::ReplaceWithPreview => {
            let shared = app
                .preview
                .with_untracked(|p| p.as_ref().map(|s| s.name.clone()));
            (t.replace_question)(&split.name, &shared.unwrap_or_default())
        }
        Confirm::DeleteGroup(group) => {
            let (label, rows) = split
                .groups
                .get(*group)
                .map(|g| (g.label.clone(), g.responsibilities.len()))
                .unwrap_or_default();
            (t.delete_group_question)(&label, rows)
        }
    }
}

/// Carries out a confirmed action; returns where focus goes next.
fn perform(app: AppState, confirm: &Confirm) -> String {
    match confirm {
        Confirm::ResetToGuide => {
            app.edit(|s| {
                let name = s.name.clone();
                *s = TemplateId::Guide.build_in(app.lang.get_untracked());
                s.name = name;
                Ok(())
            });
            app.announce(app.t().reset_done);
            "revenir-guide".to_owned()
        }
        Confirm::DeleteSplit => {
            let removed = app.library.try_update(|lib| {
                let id = lib.current_id().to_owned();
                lib.delete(&id, || fresh_default(app.lang.get_untracked()))
            });
            if let Some(Some(removed)) = removed {
                app.announce((app.t().split_deleted)(&removed.split.name));
            }
            OPEN_SPLIT_ID.to_owned()
        }
        Confirm::DeleteRole(role) => {
            app.edit(|s| s.remove_role(*role));
            role_id(role.saturating_sub(1))
        }
        Confirm::DeleteResponsibility(at) => {
            app.edit(|s| s.remove_responsibility(*at).map(|_| ()));
            let previous = app.library.with_untracked(|lib| {
                let s = lib.current();
                (at.row > 0)
                    .then(|| {
                        row_id(crate::domain::RowRef {
                            group: at.group,
                            row: at.row - 1,
                        })
                    })
                    .or_else(|| s.rows().next().map(|(first, _)| row_id(first)))
            });
            previous.unwrap_or_else(|| "ajouter-responsabilite".to_owned())
        }
        Confirm::DeleteGroup(group) => {
            app.edit(|s| s.remove_group(*group).map(|_| ()));
            "ajouter-groupe".to_owned()
        }
        Confirm::ReplaceWithPreview => {
            if let Some(shared) = app.preview.get_untracked() {
                app.library.update(|lib| lib.replace_current(shared));
                close(app);
                app.announce(app.t().replaced);
            }
            "annuler".to_owned()
        }
    }
}

/// Where focus goes back when the person answers no.
fn origin(confirm: &Confirm) -> String {
    match confirm {
        Confirm::ResetToGuide => "revenir-guide".to_owned(),
        Confirm::DeleteSplit => "supprimer-repartition".to_owned(),
        Confirm::DeleteRole(role) => role_id(*role),
        Confirm::DeleteResponsibility(at) => row_id(*at),
        Confirm::DeleteGroup(group) => crate::ui::focus::group_id(*group),
        Confirm::ReplaceWithPreview => preview::REPLACE_ID.to_owned(),
    }
}

#[component]
pub fn OpenConfirm() -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    move || {
        builder.confirm.get().map(|confirm| {
            let text = question(app, &confirm);
            let asked = text.clone();
            view! {
                <ConfirmDialog
                    question=text
                    on_answer=move |yes: bool| {
                        builder.confirm.set(None);
                        // Actions name their target by position: if another tab changed the
                        // split meanwhile, that position may now hold something else.
                        let still_the_same = question(app, &confirm) == asked;
                        let next = if yes && still_the_same {
                            perform(app, &confirm)
                        } else {
                            if yes {
                                app.alert(app.t().changed_meanwhile);
                            }
                            origin(&confirm)
                        };
                        focus_later(next);
                    }
                />
            }
        })
    }
}
