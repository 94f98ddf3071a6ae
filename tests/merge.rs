//! Two tabs editing one split at once: whatever the timing, no edit is lost.

use binome::domain::merge::merge;
use binome::domain::templates::guide_table;
use binome::domain::{Level, Move};

#[test]
fn edits_of_different_cells_both_stay() {
    let base = guide_table();
    let (r0, r6) = (base.row_at(0).unwrap(), base.row_at(6).unwrap());
    let (business, dnum) = (base.role_at(0).unwrap(), base.role_at(1).unwrap());
    let mut ours = base.clone();
    ours.set_level(r6, dnum, Level::Pilot).unwrap();
    let mut theirs = base.clone();
    theirs.set_level(r0, business, Level::Informed).unwrap();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.cell(r6, dnum).unwrap().level, Level::Pilot);
    assert_eq!(merged.cell(r0, business).unwrap().level, Level::Informed);
}

#[test]
fn the_same_cell_edited_on_both_sides_takes_ours_the_later_write() {
    let base = guide_table();
    let (row, role) = (base.row_at(6).unwrap(), base.role_at(0).unwrap());
    let mut ours = base.clone();
    ours.set_level(row, role, Level::Pilot).unwrap();
    let mut theirs = base.clone();
    theirs.set_level(row, role, Level::Informed).unwrap();
    assert_eq!(
        merge(&base, &ours, &theirs).cell(row, role).unwrap().level,
        Level::Pilot
    );
}

#[test]
fn additions_deletions_moves_and_renames_on_both_sides_all_stay() {
    let base = guide_table();
    let (r1, r6) = (base.row_at(1).unwrap(), base.row_at(6).unwrap());
    let business = base.role_at(0).unwrap();
    let mut ours = base.clone();
    let designer = ours.add_role("Designer").unwrap();
    let training = ours
        .add_responsibility_after(r1, "Former les agents")
        .unwrap();
    ours.set_level(training, designer, Level::Pilot).unwrap();
    ours.move_responsibility(r6, Move::Earlier).unwrap();
    ours.rename("Notre répartition").unwrap();
    let mut theirs = base.clone();
    // Their ids go on from the same counter: the storage gave them theirs first.
    theirs.next_id = ours.next_id;
    let coach = theirs.add_role("Coach").unwrap();
    theirs
        .rename_role(business, "Cheffe de produit métier")
        .unwrap();
    theirs
        .remove_responsibility(base.row_at(7).unwrap())
        .unwrap();
    let merged = merge(&base, &ours, &theirs);
    merged.validate().unwrap();
    assert_eq!(merged.name, "Notre répartition");
    assert_eq!(merged.role_label(business), "Cheffe de produit métier");
    assert!(merged.role(designer).is_some() && merged.role(coach).is_some());
    assert_eq!(merged.cell(training, designer).unwrap().level, Level::Pilot);
    assert_eq!(merged.row_beside(training, Move::Earlier), Some(r1));
    assert!(merged.responsibility(base.row_at(7).unwrap()).is_none());
    // Ours moved the first "other task" into the main group, at its end.
    assert_eq!(merged.group_of(r6), merged.group_at(0));
}

#[test]
fn a_role_reordered_here_keeps_its_place_and_its_cells() {
    let base = guide_table();
    let (business, dnum) = (base.role_at(0).unwrap(), base.role_at(1).unwrap());
    let row = base.row_at(2).unwrap();
    let mut ours = base.clone();
    ours.move_role(dnum, Move::Earlier).unwrap();
    let mut theirs = base.clone();
    theirs.set_level(row, business, Level::Contributes).unwrap();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.role_at(0), Some(dnum));
    assert_eq!(
        merged.cell(row, business).unwrap().level,
        Level::Contributes
    );
    assert_eq!(merged.cell(row, dnum).unwrap().level, Level::Pilot);
}

#[test]
fn nothing_changed_here_is_simply_theirs() {
    let base = guide_table();
    let mut theirs = base.clone();
    theirs.add_group("Exploitation").unwrap();
    assert_eq!(merge(&base, &base, &theirs), theirs);
}

/// Two tabs, each with its library and its mirror of the storage, and the storage itself.
mod tabs {
    use binome::domain::library::{Entry, Library};
    use binome::domain::saved::{follow_storage_event, split_key, StorageMirror};
    use binome::domain::templates::guide_table;

    pub struct Tab {
        pub lib: Library,
        pub mirror: StorageMirror,
    }

    pub fn two() -> (Tab, Tab, Option<String>) {
        let split = guide_table();
        let tab = || Tab {
            lib: Library::new(Entry {
                id: "a".into(),
                split: split.clone(),
            }),
            mirror: StorageMirror::default(),
        };
        let (mut one, two) = (tab(), tab());
        let mut stored = None;
        one.save(&mut stored);
        let mut two = two;
        two.read(&stored);
        (one, two, stored)
    }

    impl Tab {
        /// What the app does before and when it writes: reads the storage, merges if another
        /// tab wrote since, then writes what differs.
        pub fn save(&mut self, stored: &mut Option<String>) {
            self.read(stored);
            for (key, value) in self.mirror.plan(&self.lib).writes {
                if key == split_key("a") {
                    *stored = Some(value.clone());
                }
                self.mirror.remember(&key, Some(&value));
            }
        }

        /// What the app does on a `storage` event: follows what the storage holds now.
        pub fn read(&mut self, stored: &Option<String>) {
            follow_storage_event(
                &mut self.lib,
                &mut self.mirror,
                &split_key("a"),
                stored.as_deref(),
            );
        }
    }
}

#[test]
fn a_write_made_from_an_older_version_of_ours_does_not_undo_our_latest_edit() {
    let (mut one, mut two, mut stored) = tabs::two();
    let (a, b) = {
        let s = one.lib.current();
        (s.row_at(6).unwrap(), s.row_at(7).unwrap())
    };
    let (business, dnum) = {
        let s = one.lib.current();
        (s.role_at(0).unwrap(), s.role_at(1).unwrap())
    };
    // One writes level 1; two reads it.
    one.lib
        .edit(|s| s.set_level(a, business, Level::CoResponsible))
        .unwrap();
    one.save(&mut stored);
    let seen_by_two = stored.clone();
    // One writes level 2 meanwhile; two, still on what it read, edits its cell and writes.
    one.lib
        .edit(|s| s.set_level(a, business, Level::Pilot))
        .unwrap();
    one.save(&mut stored);
    two.read(&seen_by_two);
    two.lib
        .edit(|s| s.set_level(b, dnum, Level::Contributes))
        .unwrap();
    let mut stale = seen_by_two.clone();
    two.save(&mut stale);
    stored = stale; // two's write lands last, over one's
                    // One follows it: its latest edit stays, two's comes in; it writes the merge back.
    one.read(&stored);
    one.save(&mut stored);
    two.read(&stored);
    for tab in [&one, &two] {
        assert_eq!(
            tab.lib.current().cell(a, business).unwrap().level,
            Level::Pilot
        );
        assert_eq!(
            tab.lib.current().cell(b, dnum).unwrap().level,
            Level::Contributes
        );
    }
    assert_eq!(one.lib.current(), two.lib.current());
}
