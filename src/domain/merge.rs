//! Two tabs editing one split: a three-way merge, so that no edit is lost whatever the
//! timing. `base` is what this tab last read from (or wrote to) the storage, `ours` what
//! it shows now, `theirs` what the storage holds now (another tab wrote it). What this tab
//! changed since `base` is applied onto `theirs`; everything else is theirs. Roles, groups
//! and responsibilities are matched by id (ids are saved, so both tabs share them).

use super::split::{Cell, Group, Responsibility, Role, RoleSplit};

/// `ours` if this tab changed it since `base`, otherwise `theirs`.
fn pick<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T) -> T {
    if base == Some(ours) {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// The merged split: theirs, with our changes since base.
pub fn merge(base: &RoleSplit, ours: &RoleSplit, theirs: &RoleSplit) -> RoleSplit {
    let mut merged = theirs.clone();
    merged.name = pick(Some(&base.name), &ours.name, &theirs.name);
    merged.next_id = ours.next_id.max(theirs.next_id);
    merge_roles(base, ours, &mut merged);
    reorder_roles(base, ours, &mut merged);
    merge_groups(base, ours, &mut merged);
    reorder_groups(base, ours, &mut merged);
    merge_rows(base, ours, &mut merged);
    merge_cells(base, ours, &mut merged);
    merged
}

/// Roles we deleted go; roles we added come (at the end); labels and cards we changed win.
fn merge_roles(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    for role in &base.roles {
        if ours.role(role.id).is_none() && merged.roles.len() > 1 {
            let _ = merged.remove_role(role.id);
        }
    }
    for role in &ours.roles {
        let before = base.role(role.id);
        match merged.roles.iter_mut().find(|r| r.id == role.id) {
            Some(theirs) => {
                theirs.label = pick(before.map(|b| &b.label), &role.label, &theirs.label);
                theirs.card = pick(before.map(|b| &b.card), &role.card, &theirs.card);
            }
            None if before.is_none() => add_role(merged, role),
            None => {} // deleted there: their deletion stands
        }
    }
}

/// The order of `ids` among those both splits have.
fn common_order<T: PartialEq + Copy>(
    ids: impl Iterator<Item = T>,
    keep: impl Fn(T) -> bool,
) -> Vec<T> {
    ids.filter(|id| keep(*id)).collect()
}

/// If we reordered the roles since base, the merged split takes our order (roles only
/// there follow, in their order); their cells move with them.
fn reorder_roles(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    let shared =
        |id| merged.role(id).is_some() && base.role(id).is_some() && ours.role(id).is_some();
    let ours_order = common_order(ours.role_ids(), shared);
    if ours_order == common_order(base.role_ids(), shared) {
        return;
    }
    let mut order: Vec<usize> = ours_order
        .iter()
        .filter_map(|id| merged.role_index(*id))
        .collect();
    let rest: Vec<usize> = (0..merged.roles.len())
        .filter(|i| !order.contains(i))
        .collect();
    order.extend(rest);
    let roles = std::mem::take(&mut merged.roles);
    merged.roles = order.iter().map(|&i| roles[i].clone()).collect();
    for group in &mut merged.groups {
        for row in &mut group.responsibilities {
            let cells = std::mem::take(&mut row.cells);
            row.cells = order
                .iter()
                .map(|&i| cells.get(i).cloned().unwrap_or_default())
                .collect();
        }
    }
}

/// If we reordered the groups since base, the merged split takes our order.
fn reorder_groups(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    let shared =
        |id| merged.group(id).is_some() && base.group(id).is_some() && ours.group(id).is_some();
    let ours_order = common_order(ours.group_ids(), shared);
    if ours_order == common_order(base.group_ids(), shared) {
        return;
    }
    let mut order: Vec<usize> = ours_order
        .iter()
        .filter_map(|id| merged.group_index(*id))
        .collect();
    let rest: Vec<usize> = (0..merged.groups.len())
        .filter(|i| !order.contains(i))
        .collect();
    order.extend(rest);
    let groups = std::mem::take(&mut merged.groups);
    merged.groups = order.iter().map(|&i| groups[i].clone()).collect();
}

fn add_role(merged: &mut RoleSplit, role: &Role) {
    merged.roles.push(role.clone());
    for group in &mut merged.groups {
        for row in &mut group.responsibilities {
            row.cells.push(Cell::default());
        }
    }
}

/// Groups we deleted go (with their rows); groups we added come; labels we changed win.
fn merge_groups(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    for group in &base.groups {
        if ours.group(group.id).is_none() && merged.groups.len() > 1 {
            let _ = merged.remove_group(group.id);
        }
    }
    for (index, group) in ours.groups.iter().enumerate() {
        let before = base.group(group.id);
        match merged.groups.iter_mut().find(|g| g.id == group.id) {
            Some(theirs) => {
                theirs.label = pick(before.map(|b| &b.label), &group.label, &theirs.label);
            }
            None if before.is_none() => {
                let at = index.min(merged.groups.len());
                merged.groups.insert(
                    at,
                    Group {
                        responsibilities: Vec::new(),
                        ..group.clone()
                    },
                );
            }
            None => {}
        }
    }
}

/// Rows we deleted go; rows we added or moved go where we put them (after the same row as
/// ours, in the same group); labels and descriptions we changed win.
fn merge_rows(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    for row in base.rows() {
        if ours.responsibility(row.id).is_none() {
            let _ = merged.remove_responsibility(row.id);
        }
    }
    for group in &ours.groups {
        for (index, row) in group.responsibilities.iter().enumerate() {
            let before = base.responsibility(row.id);
            let moved = before.is_some()
                && (base.group_of(row.id) != Some(group.id)
                    || base.row_beside(row.id, super::Move::Earlier)
                        != ours.row_beside(row.id, super::Move::Earlier));
            let exists = merged.responsibility(row.id).is_some();
            if !exists && before.is_some() {
                continue; // deleted there: their deletion stands
            }
            if !exists || moved {
                let taken = match merged.remove_responsibility(row.id) {
                    Ok(theirs) => Responsibility {
                        label: pick(before.map(|b| &b.label), &row.label, &theirs.label),
                        detail: pick(before.map(|b| &b.detail), &row.detail, &theirs.detail),
                        ..theirs
                    },
                    Err(_) => Responsibility {
                        cells: vec![Cell::default(); merged.roles.len()],
                        ..row.clone()
                    },
                };
                place_row(merged, group, index, taken);
            } else if let Some(theirs) = merged
                .groups
                .iter_mut()
                .flat_map(|g| g.responsibilities.iter_mut())
                .find(|r| r.id == row.id)
            {
                theirs.label = pick(before.map(|b| &b.label), &row.label, &theirs.label);
                theirs.detail = pick(before.map(|b| &b.detail), &row.detail, &theirs.detail);
            }
        }
    }
}

/// Puts a row in the merged split where ours has it: after the row that precedes it in our
/// group (or first), in the same group (or the last group if that group is gone there).
fn place_row(merged: &mut RoleSplit, ours_group: &Group, index: usize, row: Responsibility) {
    let Some(target) = merged
        .group_index(ours_group.id)
        .or(merged.groups.len().checked_sub(1))
    else {
        return;
    };
    let previous = index
        .checked_sub(1)
        .map(|i| ours_group.responsibilities[i].id);
    let rows = &mut merged.groups[target].responsibilities;
    let at = previous
        .and_then(|p| rows.iter().position(|r| r.id == p))
        .map_or(0, |i| i + 1);
    rows.insert(at.min(rows.len()), row);
}

/// Each cell we changed since base wins; the others are theirs.
fn merge_cells(base: &RoleSplit, ours: &RoleSplit, merged: &mut RoleSplit) {
    for row in ours.rows() {
        for (role, cell) in ours.roles.iter().zip(&row.cells) {
            if base.cell(row.id, role.id) == Some(cell) {
                continue;
            }
            let Some(column) = merged.role_index(role.id) else {
                continue;
            };
            if let Some(theirs) = merged
                .groups
                .iter_mut()
                .flat_map(|g| g.responsibilities.iter_mut())
                .find(|r| r.id == row.id)
                .and_then(|r| r.cells.get_mut(column))
            {
                // A cell of a row or role we added has no base: ours, unless theirs is set.
                if base.cell(row.id, role.id).is_some() || *theirs == Cell::default() {
                    *theirs = cell.clone();
                }
            }
        }
    }
}
