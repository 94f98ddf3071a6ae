//! When each cell last changed, across the tabs of one browser: a Lamport clock and the tab
//! that made the change. The three-way merge of two tabs' writes cannot see a cell that went
//! back to an earlier level (Pilote → Informé → Pilote): its common ground says "unchanged"
//! and an older level from the other tab wins. The stamps can: of two levels, the later wins.

use serde::{Deserialize, Serialize};

use super::split::{RoleId, RoleSplit, RowId};

/// `(row, role, clock, tab)` for each cell changed in some tab; a cell never changed has
/// none (clock 0). Saved beside the split in the browser's storage, never in links or files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CellStamps(Vec<(RowId, RoleId, u64, String)>);

impl CellStamps {
    fn get(&self, row: RowId, role: RoleId) -> (u64, &str) {
        self.0
            .iter()
            .find(|(r, c, _, _)| *r == row && *c == role)
            .map_or((0, ""), |(_, _, clock, tab)| (*clock, tab.as_str()))
    }

    fn set(&mut self, row: RowId, role: RoleId, clock: u64, tab: &str) {
        match self
            .0
            .iter_mut()
            .find(|(r, c, _, _)| *r == row && *c == role)
        {
            Some(stamp) => {
                stamp.2 = clock;
                tab.clone_into(&mut stamp.3);
            }
            // Kept in (row, role) order: two tabs' lists of the same stamps are equal.
            None => {
                let at = self
                    .0
                    .partition_point(|(r, c, _, _)| (*r, *c) < (row, role));
                self.0.insert(at, (row, role, clock, tab.to_owned()));
            }
        }
    }

    /// The latest clock of any stamp.
    pub fn latest(&self) -> u64 {
        self.0.iter().map(|s| s.2).max().unwrap_or(0)
    }

    /// Stamps the cells this tab changed from `before` to `after` (one tick for them all);
    /// whether there were any.
    pub fn stamp_changes(
        &mut self,
        before: &RoleSplit,
        after: &RoleSplit,
        clock: &mut u64,
        tab: &str,
    ) -> bool {
        let mut ticked = false;
        // Stamps of cells gone (their row or role deleted, or the split replaced) go too.
        self.0
            .retain(|(row, role, _, _)| after.cell(*row, *role).is_some());
        for row in after.rows() {
            for (role, cell) in after.roles.iter().zip(&row.cells) {
                if before.cell(row.id, role.id) != Some(cell) {
                    if !ticked {
                        *clock += 1;
                        ticked = true;
                    }
                    self.set(row.id, role.id, *clock, tab);
                }
            }
        }
        ticked
    }

    /// In `merged` (made from `ours` and `theirs`), each cell both have takes the later of
    /// the two (equal stamps: the merge's choice stays). Returns the stamps of `merged`.
    pub fn resolve(
        merged: &mut RoleSplit,
        ours: &RoleSplit,
        our_stamps: &CellStamps,
        theirs: &RoleSplit,
        their_stamps: &CellStamps,
    ) -> CellStamps {
        let mut stamps = CellStamps::default();
        let roles: Vec<RoleId> = merged.role_ids().collect();
        let rows: Vec<RowId> = merged.rows().map(|r| r.id).collect();
        for row in rows {
            for &role in &roles {
                let mine = our_stamps.get(row, role);
                let other = their_stamps.get(row, role);
                let (later, stamp) = if mine > other {
                    (ours.cell(row, role), mine)
                } else {
                    (theirs.cell(row, role), other)
                };
                if mine != other {
                    if let (Some(cell), Ok(target)) = (later, merged.cell_mut(row, role)) {
                        *target = cell.clone();
                    }
                }
                if stamp.0 > 0 {
                    stamps.set(row, role, stamp.0, stamp.1);
                }
            }
        }
        stamps
    }
}
