//! The splits of one browser: create, duplicate, delete, undo, and other tabs' changes.

use binome::domain::library::{new_split_id, Entry, ExternalChange, Kept, Library};
use binome::domain::limits::LimitError;
use binome::domain::templates::{blank, dnum_product, guide_table};
use binome::domain::{Level, RoleId, RowId};

/// The guide's first row, *Incarner la vision* (every copy of the guide's table has the
/// same ids).
fn vision() -> RowId {
    guide_table().groups[0].responsibilities[0].id
}

/// The guide's roles: the business product owner, then the DNUM product manager.
fn business() -> RoleId {
    guide_table().roles[0].id
}

fn dnum() -> RoleId {
    guide_table().roles[1].id
}

fn entry(id: &str) -> Entry {
    Entry {
        id: id.into(),
        split: guide_table(),
    }
}

#[test]
fn ids_sort_by_time() {
    let a = new_split_id(1_700_000_000_000.0, 5);
    let b = new_split_id(1_700_000_000_001.0, 0);
    assert!(a < b, "{a} < {b}");
    assert_eq!(a.len(), 14);
}

#[test]
fn an_edit_is_undoable_and_a_failed_edit_changes_nothing() {
    let mut lib = Library::new(entry("a"));
    lib.edit(|s| s.set_level(vision(), business(), Level::Pilot))
        .unwrap();
    assert!(lib.can_undo());
    let failed = lib.edit(|s| {
        s.set_level(vision(), dnum(), Level::None)?;
        s.rename_role(business(), &"x".repeat(200))
    });
    assert_eq!(failed, Err(LimitError::LabelTooLong { chars: 200 }));
    assert_eq!(
        lib.current().cell(vision(), dnum()).unwrap().level,
        Level::CoResponsible
    );
    assert!(lib.undo());
    assert_eq!(lib.current(), &guide_table());
    assert!(!lib.undo());
    assert!(lib.redo());
    assert_eq!(
        lib.current().cell(vision(), business()).unwrap().level,
        Level::Pilot
    );
}

#[test]
fn an_edit_that_changes_nothing_is_not_an_undo_step() {
    let mut lib = Library::new(entry("a"));
    lib.edit(|s| s.set_level(vision(), business(), Level::CoResponsible))
        .unwrap();
    assert!(!lib.can_undo());
}

#[test]
fn each_split_has_its_own_history() {
    let mut lib = Library::new(entry("a"));
    lib.edit(|s| s.set_level(vision(), business(), Level::Pilot))
        .unwrap();
    lib.create("b".into(), blank());
    assert!(!lib.can_undo());
    assert!(lib.select("a"));
    assert!(lib.can_undo());
    assert!(!lib.select("zzz"));
}

#[test]
fn duplicate_and_delete() {
    let mut lib = Library::new(entry("a"));
    lib.duplicate_current("b".into(), " (copie)");
    assert_eq!(lib.current_id(), "b");
    assert_eq!(lib.current().name, "Chefferie produit (copie)");
    let removed = lib.delete("b", || unreachable!()).unwrap();
    assert_eq!(removed.id, "b");
    assert_eq!(lib.current_id(), "a");
    // Deleting the last one opens a fresh replacement: the library is never empty.
    lib.delete("a", || Entry {
        id: "c".into(),
        split: blank(),
    });
    assert_eq!(lib.current_id(), "c");
    assert_eq!(lib.entries().len(), 1);
}

#[test]
fn from_entries_opens_the_preferred_or_the_newest() {
    let lib = Library::from_entries(vec![entry("b"), entry("a")], Some("a")).unwrap();
    assert_eq!(lib.current_id(), "a");
    assert_eq!(lib.entries()[0].id, "a");
    let lib = Library::from_entries(vec![entry("a"), entry("b")], Some("gone")).unwrap();
    assert_eq!(lib.current_id(), "b");
    assert!(Library::from_entries(vec![], None).is_none());
}

#[test]
fn changes_from_another_tab() {
    let mut lib = Library::new(entry("a"));
    lib.create("b".into(), blank());
    lib.select("a");
    assert_eq!(
        lib.apply_external("c", Some(dnum_product())),
        ExternalChange::Added
    );
    assert_eq!(lib.entries().len(), 3);
    assert_eq!(
        lib.apply_external("a", Some(guide_table())),
        ExternalChange::Unchanged
    );
    assert_eq!(
        lib.apply_external("a", Some(blank())),
        ExternalChange::CurrentUpdated
    );
    assert_eq!(lib.current(), &blank());
    // Undo brings back what this tab showed.
    assert!(lib.undo());
    assert_eq!(lib.current(), &guide_table());
    assert_eq!(
        lib.apply_external("b", Some(guide_table())),
        ExternalChange::OtherUpdated
    );
    assert_eq!(lib.apply_external("b", None), ExternalChange::OtherRemoved);
    assert_eq!(
        lib.apply_external("a", None),
        ExternalChange::CurrentRemoved
    );
    assert_eq!(lib.current_id(), "a", "the open split stays open");
    assert_eq!(lib.apply_external("zzz", None), ExternalChange::Unchanged);
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut lib = Library::new(entry("a"));
    for name in ["A", "At", "Ate", "Atel"] {
        lib.type_in("name", |s| s.rename(name)).unwrap();
    }
    lib.type_in("role-0", |s| s.rename_role(business(), "M"))
        .unwrap();
    assert!(lib.undo());
    assert_eq!(lib.current().roles[0].label, "Chef de produit métier");
    assert_eq!(lib.current().name, "Atel");
    assert!(lib.undo());
    assert_eq!(lib.current().name, "Chefferie produit");
    assert!(!lib.undo());
}

#[test]
fn renaming_a_duplicate_right_after_renaming_the_original_is_its_own_undo_step() {
    let mut lib = Library::new(entry("a"));
    lib.type_in("nom-repartition", |s| s.rename("Original"))
        .unwrap();
    lib.duplicate_current("b".into(), " (copie)");
    lib.type_in("nom-repartition", |s| s.rename("Copie renommée"))
        .unwrap();
    assert!(lib.undo(), "the copy's rename can be undone");
    assert_eq!(lib.current().name, "Original (copie)");
    // The same after a deletion opened another split.
    lib.type_in("nom-repartition", |s| s.rename("B")).unwrap();
    lib.delete("b", || unreachable!());
    lib.type_in("nom-repartition", |s| s.rename("A renommée"))
        .unwrap();
    assert!(lib.undo());
    assert_eq!(lib.current().name, "Original");
}

#[test]
fn an_edit_between_keystrokes_starts_a_new_step() {
    let mut lib = Library::new(entry("a"));
    lib.type_in("name", |s| s.rename("A")).unwrap();
    lib.edit(|s| s.set_level(vision(), business(), Level::Pilot))
        .unwrap();
    lib.type_in("name", |s| s.rename("AB")).unwrap();
    assert!(lib.undo());
    assert_eq!(lib.current().name, "A");
}

#[test]
fn a_shared_split_kept_on_a_first_visit_takes_the_untouched_guides_place() {
    let mut lib = Library::new(entry("a"));
    let mut shared = guide_table();
    shared
        .set_level(vision(), business(), Level::Pilot)
        .unwrap();
    assert_eq!(
        lib.keep_shared("b".into(), shared.clone(), " (partagée)"),
        Kept::InPlaceOfUntouchedGuide
    );
    assert_eq!(lib.entries().len(), 1);
    assert_eq!(lib.current().without_ids(), shared.without_ids());
    // It starts its own history: undo cannot turn it back into something else under its name.
    assert!(!lib.can_undo());
    assert!(!lib.undo());
    assert_eq!(lib.current().without_ids(), shared.without_ids());
}

#[test]
fn a_shared_split_kept_beside_the_persons_work_is_added_with_a_distinct_name() {
    let mut lib = Library::new(entry("a"));
    lib.edit(|s| s.set_level(vision(), business(), Level::Pilot))
        .unwrap();
    let shared = guide_table();
    assert_eq!(
        lib.keep_shared("b".into(), shared, " (partagée)"),
        Kept::AsNew
    );
    assert_eq!(lib.entries().len(), 2);
    assert_eq!(lib.current_id(), "b");
    assert_eq!(lib.current().name, "Chefferie produit (partagée)");
    // A name already at the label limit is kept as it is.
    let mut long = guide_table();
    long.name = "x".repeat(120);
    lib.select("a");
    lib.keep_shared("c".into(), long.clone(), " (partagée)");
    lib.keep_shared("d".into(), long, " (partagée)");
    assert_eq!(lib.current().name, "x".repeat(120));
}

#[test]
fn beside_another_split_an_untouched_guide_is_not_replaced_by_a_shared_one() {
    let mut lib = Library::new(entry("a"));
    lib.edit(|s| s.set_level(vision(), business(), Level::Pilot))
        .unwrap();
    lib.create("b".into(), guide_table());
    assert!(!lib.keeps_shared_in_place(), "not a first visit");
    assert_eq!(
        lib.keep_shared("c".into(), guide_table(), " (partagée)"),
        Kept::AsNew
    );
    assert_eq!(lib.entries().len(), 3);
    assert_eq!(lib.current().name, "Chefferie produit (partagée)");
}

#[test]
fn an_addition_cancelled_leaves_no_step_to_redo() {
    let mut lib = Library::new(entry("a"));
    let before = lib.current().clone();
    let mark = lib.mark();
    let role = lib.edit(|s| s.add_role("Rôle 3")).unwrap();
    lib.type_in("role", |s| s.rename_role(role, "Designer"))
        .unwrap();
    lib.type_in("role", |s| s.rename_role(role, "Designer UX"))
        .unwrap();
    lib.cancel_since(mark);
    assert_eq!(lib.current().without_ids(), before.without_ids());
    assert!(!lib.can_redo(), "a cancelled addition cannot come back");
    assert_eq!(lib.mark(), mark);
}
