//! Which dialog is open: the one `Builder::editing` names.

use leptos::prelude::*;

use super::card::{CardDialog, TeamRolesDialog};
use super::compare::CompareDialog;
use super::editors::{CellEditor, GroupEditor, ResponsibilityEditor, RoleEditor};
use super::export::ExportDialog;
use super::share::ShareDialog;
use super::splits::NewSplitEditor;
use super::workshop::{HelpDialog, PointsDialog, QrDialog};
use super::{use_builder, Editing};
use crate::ui::opinions::AskDialog;

/// The editor of what `editing` points at, if any.
#[component]
pub fn OpenEditor() -> impl IntoView {
    let builder = use_builder();
    move || {
        builder.editing.get().map(|editing| match editing {
            Editing::Cell(row, role) => view! { <CellEditor row role /> }.into_any(),
            Editing::Responsibility(row) => view! { <ResponsibilityEditor row /> }.into_any(),
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
            Editing::Points => view! { <PointsDialog /> }.into_any(),
            Editing::AskOpinions => view! { <AskDialog /> }.into_any(),
        })
    }
}
