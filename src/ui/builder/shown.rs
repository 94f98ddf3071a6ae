//! The split on screen, one signal for each thing a person sees — a label, a cell, the
//! order of the roles, the rows of a group — kept in step with the domain's split.
//!
//! The library holds the split as plain data; after each change, [`ShownSplit::show`]
//! walks it once and sets only the signals whose value changed. So one edit re-runs what
//! shows that one cell, and keyed lists (`<For>`) move, add or remove only the rows and
//! roles that moved, came or went.

use leptos::prelude::*;

use crate::domain::{Cell, GroupId, RoleId, RoleSplit, RowId};

/// A role's column header.
#[derive(Clone, Copy)]
pub struct ShownRole {
    pub label: RwSignal<String>,
}

/// A group: its label and the ids of its rows, in order.
#[derive(Clone, Copy)]
pub struct ShownGroup {
    pub label: RwSignal<String>,
    pub rows: RwSignal<Vec<RowId>>,
}

/// A responsibility: its label, its description, and one cell per role.
#[derive(Clone)]
pub struct ShownRow {
    pub label: RwSignal<String>,
    pub detail: RwSignal<String>,
    cells: Vec<(RoleId, RwSignal<Cell>)>,
}

/// Everything shown, by id. A handful of roles and groups and at most 60 rows: lists
/// searched in order are enough, and weigh less than maps.
struct Table {
    roles: Vec<(RoleId, ShownRole)>,
    groups: Vec<(GroupId, ShownGroup)>,
    rows: Vec<(RowId, ShownRow)>,
    /// The builder's: signals made while following a change belong to the page, not to the
    /// effect that made them (which would dispose of them when it runs again). What leaves
    /// the table stays until the page goes: a handful of values, and a cell still shown
    /// for a moment never reads a disposed signal.
    owner: Owner,
}

#[derive(Clone, Copy)]
pub struct ShownSplit {
    pub name: RwSignal<String>,
    /// The roles' ids, in column order.
    pub roles: RwSignal<Vec<RoleId>>,
    /// The groups' ids, in order.
    pub groups: RwSignal<Vec<GroupId>>,
    table: StoredValue<Table>,
}

/// Sets a signal only when the value differs, so that nothing showing it runs for nothing.
fn set_if_changed<T: PartialEq + Clone + Send + Sync + 'static>(signal: RwSignal<T>, value: &T) {
    if signal.with_untracked(|v| v != value) {
        signal.set(value.clone());
    }
}

fn set_list_if_changed<T: PartialEq + Send + Sync + 'static>(
    signal: RwSignal<Vec<T>>,
    value: Vec<T>,
) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// The entry of `id` in a list, made with `make` if there is none yet.
fn entry<K: PartialEq + Copy, V>(
    list: &mut Vec<(K, V)>,
    id: K,
    make: impl FnOnce() -> V,
) -> &mut V {
    let index = match list.iter().position(|(k, _)| *k == id) {
        Some(index) => index,
        None => {
            list.push((id, make()));
            list.len() - 1
        }
    };
    &mut list[index].1
}

impl ShownSplit {
    /// The signals of a split, ready to show it.
    pub fn new(split: &RoleSplit) -> ShownSplit {
        let shown = ShownSplit {
            name: RwSignal::new(String::new()),
            roles: RwSignal::new(Vec::new()),
            groups: RwSignal::new(Vec::new()),
            table: StoredValue::new(Table {
                roles: Vec::new(),
                groups: Vec::new(),
                rows: Vec::new(),
                owner: Owner::current().unwrap_or_default(),
            }),
        };
        shown.show(split);
        shown
    }

    /// Brings every signal in line with `split`, setting only those that changed. What is
    /// gone leaves the table; what shows it is removed by its keyed list.
    pub fn show(&self, split: &RoleSplit) {
        self.table.update_value(|table| {
            let owner = table.owner.clone();
            let new_signal = |label: &String| owner.with(|| RwSignal::new(label.clone()));
            table.roles.retain(|(id, _)| split.role(*id).is_some());
            for role in &split.roles {
                let shown = entry(&mut table.roles, role.id, || ShownRole {
                    label: new_signal(&role.label),
                });
                set_if_changed(shown.label, &role.label);
            }
            table.groups.retain(|(id, _)| split.group(*id).is_some());
            for group in &split.groups {
                let rows: Vec<RowId> = group.responsibilities.iter().map(|r| r.id).collect();
                let shown = entry(&mut table.groups, group.id, || ShownGroup {
                    label: new_signal(&group.label),
                    rows: owner.with(|| RwSignal::new(rows.clone())),
                });
                set_if_changed(shown.label, &group.label);
                set_if_changed(shown.rows, &rows);
            }
            table
                .rows
                .retain(|(id, _)| split.responsibility(*id).is_some());
            for row in split.rows() {
                let shown = entry(&mut table.rows, row.id, || ShownRow {
                    label: new_signal(&row.label),
                    detail: new_signal(&row.detail),
                    cells: Vec::new(),
                });
                set_if_changed(shown.label, &row.label);
                set_if_changed(shown.detail, &row.detail);
                shown
                    .cells
                    .retain(|(role, _)| split.role_index(*role).is_some());
                for (role, cell) in split.roles.iter().zip(&row.cells) {
                    let signal = entry(&mut shown.cells, role.id, || {
                        owner.with(|| RwSignal::new(cell.clone()))
                    });
                    set_if_changed(*signal, cell);
                }
            }
        });
        // The lists last: what they add finds its signals in the table.
        if self.name.with_untracked(|n| *n != split.name) {
            self.name.set(split.name.clone());
        }
        set_list_if_changed(self.roles, split.role_ids().collect());
        set_list_if_changed(self.groups, split.group_ids().collect());
    }

    pub fn role(&self, id: RoleId) -> Option<ShownRole> {
        self.table
            .with_value(|t| t.roles.iter().find(|(k, _)| *k == id).map(|(_, v)| *v))
    }

    pub fn group(&self, id: GroupId) -> Option<ShownGroup> {
        self.table
            .with_value(|t| t.groups.iter().find(|(k, _)| *k == id).map(|(_, v)| *v))
    }

    pub fn row(&self, id: RowId) -> Option<ShownRow> {
        self.table.with_value(|t| {
            t.rows
                .iter()
                .find(|(k, _)| *k == id)
                .map(|(_, v)| v.clone())
        })
    }

    /// The signal of one cell.
    pub fn cell(&self, row: RowId, role: RoleId) -> Option<RwSignal<Cell>> {
        self.table.with_value(|t| {
            let (_, shown) = t.rows.iter().find(|(k, _)| *k == row)?;
            shown
                .cells
                .iter()
                .find(|(k, _)| *k == role)
                .map(|(_, cell)| *cell)
        })
    }
}
