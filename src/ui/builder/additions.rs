//! Adding a role, a responsibility or a group, from the toolbar or from the workshop's keys:
//! the new label comes selected in its editor, Enter validates it; in the workshop (near a
//! cell), Esc takes it back.
//! Near a cell (the workshop's), the new responsibility goes just after the cell's row and
//! the focus comes back to a cell, so that the arrows go on.

use crate::domain::limits::LimitError;
use crate::domain::{RoleId, RowId};
use crate::i18n::Catalogue;
use crate::ui::ids;

use super::{Builder, Editing};

type Near = Option<(RowId, RoleId)>;

pub fn add_role(builder: Builder, t: &'static Catalogue, near: Near) {
    builder.add(
        |s| s.add_role(&(t.new_role_label)(s.roles.len() + 1)),
        Editing::Role,
        |role| match near {
            Some((row, at)) => (Some(ids::cell(row, role)), Some(ids::cell(row, at))),
            None => (None, Some(ids::ADD_ROLE.to_owned())),
        },
        near.is_some(),
    );
}

pub fn add_responsibility(builder: Builder, t: &'static Catalogue, near: Near) {
    let label = t.new_responsibility_label;
    builder.add(
        |s| match near {
            Some((row, _)) => s.add_responsibility_after(row, label),
            None => {
                let last = s.groups.last().map(|g| g.id).ok_or(LimitError::NoGroup)?;
                s.add_responsibility(last, label)
            }
        },
        Editing::Responsibility,
        |added| match near {
            Some((row, role)) => (Some(ids::cell(added, role)), Some(ids::cell(row, role))),
            None => (None, Some(ids::ADD_RESPONSIBILITY.to_owned())),
        },
        near.is_some(),
    );
}

pub fn add_group(builder: Builder, t: &'static Catalogue, near: Near) {
    builder.add(
        |s| s.add_group(t.new_group_label),
        Editing::Group,
        |_| match near {
            Some((row, role)) => (Some(ids::cell(row, role)), Some(ids::cell(row, role))),
            None => (None, Some(ids::ADD_GROUP.to_owned())),
        },
        near.is_some(),
    );
}
