//! Roles, groups and responsibilities are known by an id: it stays with the thing through
//! every edit, move, undo, save and load; a deleted thing's id names nothing and is never
//! given again; every way in (templates, saved data of any schema, links) gives ids.

mod common;

use binome::domain::card::{CheckAnswer, Section, SelfCheck};
use binome::domain::checks::{check_split, Finding, LabelRef};
use binome::domain::lang::Lang;
use binome::domain::library::{Entry, Library};
use binome::domain::limits::LimitError;
use binome::domain::link::{decode, encode};
use binome::domain::saved::{parse_saved_split, serialize_split};
use binome::domain::templates::guide_table;
use binome::domain::{
    CanMove, Cell, Group, GroupId, Level, Move, Responsibility, Role, RoleId, RoleSplit, RowId,
    TemplateId,
};

const SCHEMA_1: &str = include_str!("fixtures/saved_split_schema_1.json");
const SCHEMA_2: &str = include_str!("fixtures/saved_split_schema_2.json");
/// Written by `serialize_split` when schema 3 was released. Never edit it; add another.
const SCHEMA_3: &str = include_str!("fixtures/saved_split_schema_3.json");

/// Every id of a split: roles, then groups, then responsibilities, in display order.
fn every_id(s: &RoleSplit) -> Vec<u32> {
    let roles = s.role_ids().map(|r| r.0);
    let groups = s.group_ids().map(|g| g.0);
    let rows = s.row_ids().map(|r| r.0);
    roles.chain(groups).chain(rows).collect()
}

/// Every role, group and responsibility has an id, none repeats another (whatever their
/// kinds), and the counter is beyond them all.
fn assert_ids_given_and_distinct(s: &RoleSplit, what: &str) {
    let ids = every_id(s);
    assert!(
        ids.iter().all(|id| *id != 0),
        "{what}: an id is unset: {ids:?}"
    );
    assert!(
        ids.iter().all(|id| *id < s.next_id),
        "{what}: an id is not below next_id {}: {ids:?}",
        s.next_id
    );
    let mut distinct = ids.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), ids.len(), "{what}: an id repeats: {ids:?}");
}

fn library() -> Library {
    Library::new(Entry {
        id: "a".into(),
        split: guide_table(),
    })
}

// ---- Ids are given ----------------------------------------------------------------------

#[test]
fn a_new_split_numbers_roles_then_groups_then_rows_from_1() {
    let s = RoleSplit::new(
        "Essai",
        TemplateId::Blank,
        vec![Role::new("A"), Role::new("B")],
        vec![
            Group::new(
                "G1",
                vec![Responsibility::new("r1", "", vec![Cell::default(); 2])],
            ),
            Group::new(
                "G2",
                vec![
                    Responsibility::new("r2", "", vec![Cell::default(); 2]),
                    Responsibility::new("r3", "", vec![Cell::default(); 2]),
                ],
            ),
        ],
    );
    assert_eq!(s.role_ids().collect::<Vec<_>>(), [RoleId(1), RoleId(2)]);
    assert_eq!(s.group_ids().collect::<Vec<_>>(), [GroupId(3), GroupId(4)]);
    assert_eq!(
        s.row_ids().collect::<Vec<_>>(),
        [RowId(5), RowId(6), RowId(7)]
    );
    assert_eq!(s.next_id, 8);
}

#[test]
fn every_template_in_every_language_has_distinct_ids() {
    for template in TemplateId::ALL {
        for lang in Lang::ALL {
            let split = template.build_in(lang);
            assert_ids_given_and_distinct(&split, &format!("{template:?} {lang:?}"));
        }
    }
}

#[test]
fn a_decoded_link_has_distinct_ids() {
    let mut edited = common::samples::realistic_custom_split();
    let designer = edited.role_at(3).unwrap();
    edited.move_role(designer, Move::Earlier).unwrap();
    edited
        .remove_responsibility(edited.row_at(2).unwrap())
        .unwrap();
    let splits = [
        guide_table(),
        TemplateId::Blank.build_in(Lang::En),
        common::samples::guide_with_three_changes(),
        common::samples::realistic_custom_split(),
        common::samples::realistic_with_self_check(),
        common::samples::maximal_custom_split(),
        edited,
    ];
    for split in splits {
        let decoded = decode(&encode(&split)).expect("a link of a valid split");
        assert_ids_given_and_distinct(&decoded, &split.name);
        assert!(decoded.same_content(&split), "{}", split.name);
    }
}

#[test]
fn without_ids_clears_every_id_and_same_content_ignores_them() {
    let s = common::samples::realistic_custom_split();
    let bare = s.without_ids();
    assert!(every_id(&bare).iter().all(|id| *id == 0));
    assert_eq!(bare.next_id, 0);
    assert!(bare.same_content(&s));
    let mut renamed = s.clone();
    renamed
        .rename_responsibility(renamed.row_at(0).unwrap(), "Autre chose")
        .unwrap();
    assert!(!renamed.same_content(&s));
}

// ---- Ids survive edits and moves --------------------------------------------------------

#[test]
fn ids_survive_levels_notes_and_renames() {
    let mut s = guide_table();
    let ids = every_id(&s);
    let next_id = s.next_id;
    let (business, vision, main) = (s.roles[0].id, s.row_at(0).unwrap(), s.groups[0].id);
    s.set_level(vision, business, Level::Informed).unwrap();
    s.set_note(vision, business, "à revoir").unwrap();
    s.rename_role(business, "Métier").unwrap();
    s.rename_responsibility(vision, "Porter la vision").unwrap();
    s.set_responsibility_detail(vision, "la politique publique")
        .unwrap();
    s.rename_group(main, "Produit").unwrap();
    s.rename("Atelier").unwrap();
    assert_eq!(every_id(&s), ids);
    assert_eq!(s.next_id, next_id);
    assert_eq!(s.role_label(business), "Métier");
    assert_eq!(s.row_label(vision), "Porter la vision");
    assert_eq!(s.group_label(main), "Produit");
    assert_eq!(
        s.cell(vision, business),
        Some(&Cell::new(Level::Informed, "à revoir"))
    );
}

#[test]
fn a_role_moved_left_and_right_keeps_its_id_and_its_cells() {
    let mut s = guide_table();
    let (business, dnum) = (s.roles[0].id, s.roles[1].id);
    let designer = s.add_role("Designer").unwrap();
    let design = s.groups[0].responsibilities[2].id;
    s.set_level(design, designer, Level::Pilot).unwrap();
    s.set_note(design, designer, "maquettes").unwrap();
    let designers_cell = Cell::new(Level::Pilot, "maquettes");
    let business_cell = s.cell(design, business).cloned();
    let dnum_cell = s.cell(design, dnum).cloned();

    assert_eq!(s.move_role(designer, Move::Earlier), Ok(true));
    assert_eq!(s.move_role(designer, Move::Earlier), Ok(true));
    assert_eq!(s.role_ids().collect::<Vec<_>>(), [designer, business, dnum]);
    assert_eq!(s.role_label(designer), "Designer");
    assert_eq!(s.cell(design, designer), Some(&designers_cell));
    assert_eq!(s.responsibility(design).unwrap().cells[0], designers_cell);
    assert_eq!(s.cell(design, business).cloned(), business_cell);
    assert_eq!(s.cell(design, dnum).cloned(), dnum_cell);

    assert_eq!(s.move_role(designer, Move::Later), Ok(true));
    assert_eq!(s.role_ids().collect::<Vec<_>>(), [business, designer, dnum]);
    assert_eq!(s.cell(design, designer), Some(&designers_cell));
    assert_eq!(s.cell(design, business).cloned(), business_cell);
    assert_eq!(s.validate(), Ok(()));
}

#[test]
fn a_row_moved_up_down_and_across_groups_keeps_its_id_and_its_cells() {
    let mut s = guide_table();
    let (business, dnum) = (s.roles[0].id, s.roles[1].id);
    let (main, others) = (s.groups[0].id, s.groups[1].id);
    let rituals = s.groups[0].responsibilities[5].id;
    s.set_level(rituals, business, Level::Contributes).unwrap();
    s.set_note(rituals, dnum, "chaque lundi").unwrap();
    let cells = s.responsibility(rituals).unwrap().cells.clone();
    let check = |s: &RoleSplit| {
        assert_eq!(s.row_label(rituals), "Organisation des rituels");
        assert_eq!(
            s.cell(rituals, business),
            Some(&Cell::new(Level::Contributes, ""))
        );
        assert_eq!(
            s.cell(rituals, dnum),
            Some(&Cell::new(Level::Pilot, "chaque lundi"))
        );
        assert_eq!(s.responsibility(rituals).unwrap().cells, cells);
    };

    assert_eq!(s.move_responsibility(rituals, Move::Earlier), Ok(true));
    assert_eq!(s.locate(rituals), Some((0, 4)));
    check(&s);
    assert_eq!(s.move_responsibility(rituals, Move::Later), Ok(true));
    assert_eq!(s.move_responsibility(rituals, Move::Later), Ok(true));
    assert_eq!(s.locate(rituals), Some((1, 0)));
    assert_eq!(s.group_of(rituals), Some(others));
    check(&s);
    assert_eq!(s.move_responsibility(rituals, Move::Earlier), Ok(true));
    assert_eq!(s.group_of(rituals), Some(main));
    check(&s);
    // Every row kept its id: the guide's rows, in the guide's order.
    assert_eq!(s, guide_table_with(rituals, business, dnum));
}

/// The guide's table with the two edits of the row test.
fn guide_table_with(rituals: RowId, business: RoleId, dnum: RoleId) -> RoleSplit {
    let mut s = guide_table();
    s.set_level(rituals, business, Level::Contributes).unwrap();
    s.set_note(rituals, dnum, "chaque lundi").unwrap();
    s
}

#[test]
fn a_group_moved_keeps_its_id_and_its_rows() {
    let mut s = guide_table();
    let (main, others) = (s.groups[0].id, s.groups[1].id);
    let main_rows: Vec<RowId> = s.groups[0].responsibilities.iter().map(|r| r.id).collect();
    let vision = main_rows[0];
    let vision_cells = s.responsibility(vision).unwrap().cells.clone();
    assert_eq!(s.move_group(main, Move::Later), Ok(true));
    assert_eq!(s.group_ids().collect::<Vec<_>>(), [others, main]);
    assert_eq!(s.group_label(main), "Chefferie produit");
    let rows_now: Vec<RowId> = s
        .group(main)
        .unwrap()
        .responsibilities
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(rows_now, main_rows);
    assert_eq!(s.group_of(vision), Some(main));
    assert_eq!(s.responsibility(vision).unwrap().cells, vision_cells);
    // At the end, it stays.
    assert_eq!(s.move_group(main, Move::Later), Ok(false));
    assert_eq!(s.move_group(others, Move::Earlier), Ok(false));
    assert_eq!(s.group_index(main), Some(1));
}

#[test]
fn moves_say_where_a_thing_can_go() {
    let s = guide_table();
    let (business, dnum) = (s.roles[0].id, s.roles[1].id);
    let both = |earlier, later| CanMove { earlier, later };
    assert_eq!(s.can_move_role(business), both(false, true));
    assert_eq!(s.can_move_role(dnum), both(true, false));
    assert_eq!(s.can_move_group(s.groups[0].id), both(false, true));
    // A row at the end of its group can still go down, into the next group.
    assert_eq!(
        s.can_move_row(s.groups[0].responsibilities[5].id),
        both(true, true)
    );
    assert_eq!(s.can_move_row(s.first_row().unwrap()), both(false, true));
    let last = s.row_at(s.responsibility_count() - 1).unwrap();
    assert_eq!(s.can_move_row(last), both(true, false));
    assert_eq!(s.role_beside(business, Move::Later), Some(dnum));
    assert_eq!(s.role_beside(dnum, Move::Later), None);
}

// ---- Ids survive undo, redo, saving and loading -----------------------------------------

#[test]
fn ids_survive_undo_and_redo() {
    let mut lib = library();
    let before = lib.current().clone();
    let objectives = before.groups[0].responsibilities[1].id;
    let designer = lib.edit(|s| s.add_role("Designer")).unwrap();
    lib.edit(|s| s.set_level(objectives, designer, Level::Pilot))
        .unwrap();
    assert_eq!(lib.edit(|s| s.move_role(designer, Move::Earlier)), Ok(true));
    assert_eq!(
        lib.edit(|s| s.move_responsibility(objectives, Move::Earlier)),
        Ok(true)
    );
    let after = lib.current().clone();

    assert!(lib.undo());
    assert!(lib.undo());
    let s = lib.current();
    assert_eq!(s.role_index(designer), Some(2));
    assert_eq!(s.locate(objectives), Some((0, 1)));
    assert_eq!(s.cell(objectives, designer).unwrap().level, Level::Pilot);
    assert_eq!(s.role_label(designer), "Designer");

    assert!(lib.redo());
    assert!(lib.redo());
    assert_eq!(lib.current(), &after, "ids included");
    assert_eq!(lib.current().role_index(designer), Some(1));
    assert_eq!(lib.current().locate(objectives), Some((0, 0)));

    while lib.undo() {}
    let s = lib.current();
    assert!(s.same_content(&before));
    assert_eq!(every_id(s), every_id(&before));
    assert_eq!(s.role(designer), None);
    // The counter did not go back with the content: the designer's id stays given.
    assert!(s.next_id > designer.0, "{} > {}", s.next_id, designer.0);
}

#[test]
fn ids_survive_saving_and_loading() {
    let mut s = common::samples::realistic_with_self_check();
    let designer = s.role_at(3).unwrap();
    s.move_role(designer, Move::Earlier).unwrap();
    s.move_group(s.groups[1].id, Move::Earlier).unwrap();
    let first = s.first_row().unwrap();
    s.move_responsibility(first, Move::Later).unwrap();
    s.remove_responsibility(s.row_at(4).unwrap()).unwrap();
    // Ids no longer follow the reading order: a load that numbered anew would show.
    let mut renumbered = s.without_ids();
    renumbered.ensure_ids();
    assert_ne!(every_id(&renumbered), every_id(&s));
    let loaded = parse_saved_split(&serialize_split(&s)).expect("today's saved text");
    assert_eq!(loaded, s, "ids and counter included");
    assert_eq!(every_id(&loaded), every_id(&s));
    assert_eq!(loaded.next_id, s.next_id);
}

// ---- Findings name things, not places ---------------------------------------------------

#[test]
fn a_finding_made_before_a_move_still_designates_the_same_row_and_role() {
    let mut s = guide_table();
    let designer = s.add_role("Designer").unwrap();
    let findings = check_split(&s);
    let rows: Vec<(RowId, String)> = findings
        .iter()
        .filter_map(Finding::row)
        .map(|row| (row, s.row_label(row).to_owned()))
        .collect();
    let roles: Vec<(RoleId, String)> = findings
        .iter()
        .filter_map(Finding::role)
        .map(|role| (role, s.role_label(role).to_owned()))
        .collect();
    let objectives = s.groups[0].responsibilities[1].id;
    assert!(findings.contains(&Finding::NoSingleLead {
        row: objectives,
        pilots: s.role_ids().take(2).collect(),
        co_responsible: vec![],
    }));
    assert_eq!(rows.len(), 5, "{findings:?}");
    assert_eq!(roles, [(designer, "Designer".to_owned())]);

    // Rows move within and across groups, groups and roles move.
    s.move_responsibility(objectives, Move::Earlier).unwrap();
    s.move_group(s.groups[1].id, Move::Earlier).unwrap();
    let first_other = s.first_row().unwrap();
    s.move_responsibility(first_other, Move::Later).unwrap();
    s.move_role(designer, Move::Earlier).unwrap();
    s.move_role(designer, Move::Earlier).unwrap();
    assert_eq!(s.locate(objectives), Some((1, 0)));
    assert_eq!(s.role_index(designer), Some(0));

    for (row, label) in &rows {
        assert_eq!(s.row_label(*row), label);
    }
    for (role, label) in &roles {
        assert_eq!(s.role_label(*role), label);
    }
    // Checked again, the split has the same findings, naming the same things.
    let again = check_split(&s);
    assert_eq!(again.len(), findings.len(), "{again:?}");
    assert!(findings.iter().all(|f| again.contains(f)), "{again:?}");
}

#[test]
fn findings_point_at_their_role() {
    let s = guide_table();
    let (dnum, vision) = (s.roles[1].id, s.first_row().unwrap());
    assert_eq!(Finding::IdleRole(dnum).role(), Some(dnum));
    assert_eq!(Finding::EmptyLabel(LabelRef::Role(dnum)).role(), Some(dnum));
    assert_eq!(Finding::Unowned(vision).role(), None);
    assert_eq!(
        Finding::EmptyLabel(LabelRef::Responsibility(vision)).row(),
        Some(vision)
    );
    assert_eq!(
        Finding::EmptyLabel(LabelRef::Group(s.groups[0].id)).row(),
        None
    );
}

// ---- An id that is gone names nothing ---------------------------------------------------

/// The guide's table without the DNUM role, the vision row and the other tasks group;
/// their ids.
fn split_with_deletions() -> (RoleSplit, RoleId, RowId, GroupId) {
    let mut s = guide_table();
    let (dnum, vision, others) = (s.roles[1].id, s.first_row().unwrap(), s.groups[1].id);
    s.remove_role(dnum).unwrap();
    s.remove_responsibility(vision).unwrap();
    s.remove_group(others).unwrap();
    (s, dnum, vision, others)
}

type Edit = Box<dyn Fn(&mut RoleSplit) -> Result<(), LimitError>>;

/// Every edit naming a role, a row or a group, as the same kind of closure.
fn edits_naming(role: RoleId, row: RowId, group: GroupId, live: &RoleSplit) -> Vec<(String, Edit)> {
    let (live_role, live_row) = (live.role_at(0).unwrap(), live.first_row().unwrap());
    let mut edits: Vec<(String, Edit)> = Vec::new();
    let mut add = |name: &str, edit: Edit| edits.push((name.to_owned(), edit));
    add(
        "set_level, row",
        Box::new(move |s| s.set_level(row, live_role, Level::Pilot)),
    );
    add(
        "set_level, role",
        Box::new(move |s| s.set_level(live_row, role, Level::Pilot)),
    );
    add(
        "set_note, row",
        Box::new(move |s| s.set_note(row, live_role, "x")),
    );
    add(
        "set_note, role",
        Box::new(move |s| s.set_note(live_row, role, "x")),
    );
    add("rename_role", Box::new(move |s| s.rename_role(role, "x")));
    add(
        "move_role, left",
        Box::new(move |s| s.move_role(role, Move::Earlier).map(|_| ())),
    );
    add(
        "move_role, right",
        Box::new(move |s| s.move_role(role, Move::Later).map(|_| ())),
    );
    add(
        "remove_role",
        Box::new(move |s| s.remove_role(role).map(|_| ())),
    );
    add(
        "card_mut",
        Box::new(move |s| s.card_mut(role)?.answer(0, CheckAnswer::Yes)),
    );
    add(
        "add_responsibility",
        Box::new(move |s| s.add_responsibility(group, "x").map(|_| ())),
    );
    add(
        "add_responsibility_after",
        Box::new(move |s| s.add_responsibility_after(row, "x").map(|_| ())),
    );
    add(
        "rename_responsibility",
        Box::new(move |s| s.rename_responsibility(row, "x")),
    );
    add(
        "set_responsibility_detail",
        Box::new(move |s| s.set_responsibility_detail(row, "x")),
    );
    add(
        "move_responsibility, up",
        Box::new(move |s| s.move_responsibility(row, Move::Earlier).map(|_| ())),
    );
    add(
        "move_responsibility, down",
        Box::new(move |s| s.move_responsibility(row, Move::Later).map(|_| ())),
    );
    add(
        "remove_responsibility",
        Box::new(move |s| s.remove_responsibility(row).map(|_| ())),
    );
    add(
        "rename_group",
        Box::new(move |s| s.rename_group(group, "x")),
    );
    add(
        "move_group, up",
        Box::new(move |s| s.move_group(group, Move::Earlier).map(|_| ())),
    );
    add(
        "move_group, down",
        Box::new(move |s| s.move_group(group, Move::Later).map(|_| ())),
    );
    add(
        "remove_group",
        Box::new(move |s| s.remove_group(group).map(|_| ())),
    );
    edits
}

fn assert_every_edit_is_gone(s: &RoleSplit, role: RoleId, row: RowId, group: GroupId, what: &str) {
    for (name, edit) in edits_naming(role, row, group, s) {
        let mut edited = s.clone();
        assert_eq!(edit(&mut edited), Err(LimitError::Gone), "{what}: {name}");
        assert_eq!(&edited, s, "{what}: {name} changed the split");
    }
}

#[test]
fn an_edit_naming_a_deleted_thing_is_gone_and_changes_nothing() {
    let (s, dnum, vision, others) = split_with_deletions();
    // One role and one group are left: "gone" is said before "the last one stays".
    assert_eq!(s.roles.len(), 1);
    assert_eq!(s.groups.len(), 1);
    assert_every_edit_is_gone(&s, dnum, vision, others, "deleted");
}

#[test]
fn an_edit_naming_an_id_that_never_was_is_gone_and_changes_nothing() {
    let s = guide_table();
    let never = s.next_id + 100;
    assert_every_edit_is_gone(
        &s,
        RoleId(never),
        RowId(never),
        GroupId(never),
        "never given",
    );
    // 0 is "not given yet": it names nothing in a split whose ids are given.
    assert_every_edit_is_gone(&s, RoleId(0), RowId(0), GroupId(0), "id 0");
    // Ids are distinct across kinds: a role's number names no row and no group.
    let role_number = s.roles[0].id.0;
    assert_every_edit_is_gone(
        &s,
        RoleId(s.first_row().unwrap().0),
        RowId(role_number),
        GroupId(role_number),
        "another kind's id",
    );
}

#[test]
fn lookups_of_a_deleted_thing_find_nothing() {
    let (s, dnum, vision, others) = split_with_deletions();
    let live_row = s.first_row().unwrap();
    assert_eq!(s.role(dnum), None);
    assert_eq!(s.role_index(dnum), None);
    assert_eq!(s.role_label(dnum), "");
    assert_eq!(s.cell(live_row, dnum), None);
    assert_eq!(s.can_move_role(dnum), CanMove::default());
    assert_eq!(s.role_beside(dnum, Move::Earlier), None);
    assert_eq!(s.responsibility(vision), None);
    assert_eq!(s.locate(vision), None);
    assert_eq!(s.group_of(vision), None);
    assert_eq!(s.row_label(vision), "");
    assert_eq!(s.can_move_row(vision), CanMove::default());
    assert_eq!(s.row_beside(vision, Move::Later), None);
    assert_eq!(s.group(others), None);
    assert_eq!(s.group_index(others), None);
    assert_eq!(s.group_label(others), "");
    assert_eq!(s.can_move_group(others), CanMove::default());
}

#[test]
fn an_edit_of_a_deleted_thing_in_the_library_is_not_an_undo_step() {
    let mut lib = library();
    let dnum = lib.current().roles[1].id;
    let vision = lib.current().first_row().unwrap();
    lib.edit(|s| s.remove_role(dnum).map(|_| ())).unwrap();
    let before = lib.current().clone();
    // Another tab, say, still shows the DNUM role.
    assert_eq!(
        lib.edit(|s| s.set_level(vision, dnum, Level::Pilot)),
        Err(LimitError::Gone)
    );
    assert_eq!(lib.current(), &before);
    assert!(lib.undo(), "the deletion is still the last step");
    assert_eq!(lib.current().role_label(dnum), "Chef de produit DNUM");
}

// ---- Ids are never given twice ----------------------------------------------------------

#[test]
fn a_thing_added_after_a_deletion_never_gets_the_deleted_id() {
    let mut s = guide_table();
    let mut ever: Vec<u32> = every_id(&s);
    // The newest of each kind is deleted: its id is the highest, the one a count would give.
    let designer = s.add_role("Designer").unwrap();
    s.remove_role(designer).unwrap();
    let again = s.add_role("Designer").unwrap();
    assert_ne!(again, designer);
    let group = s.add_group("Données").unwrap();
    s.remove_group(group).unwrap();
    let group_again = s.add_group("Données").unwrap();
    assert_ne!(group_again, group);
    let row = s.add_responsibility(group_again, "Publier").unwrap();
    s.remove_responsibility(row).unwrap();
    let row_again = s.add_responsibility(group_again, "Publier").unwrap();
    assert_ne!(row_again, row);
    let after = s.add_responsibility_after(row_again, "Archiver").unwrap();
    ever.extend([designer.0, group.0, row.0]);
    for id in [again.0, group_again.0, row_again.0, after.0] {
        assert!(!ever.contains(&id), "{id} was given before: {ever:?}");
        ever.push(id);
    }
    assert_ids_given_and_distinct(&s, "after additions");
}

#[test]
fn an_undone_addition_does_not_give_its_id_again() {
    let mut lib = library();
    let group = lib.current().groups[0].id;
    let designer = lib.edit(|s| s.add_role("Designer")).unwrap();
    let row = lib
        .edit(|s| s.add_responsibility(group, "Publier"))
        .unwrap();
    let data = lib.edit(|s| s.add_group("Données")).unwrap();
    assert!(lib.undo() && lib.undo() && lib.undo());
    assert_eq!(lib.current().role(designer), None);
    let designer_again = lib.edit(|s| s.add_role("Designer")).unwrap();
    let row_again = lib
        .edit(|s| s.add_responsibility(group, "Publier"))
        .unwrap();
    let data_again = lib.edit(|s| s.add_group("Données")).unwrap();
    let undone = [designer.0, row.0, data.0];
    for id in [designer_again.0, row_again.0, data_again.0] {
        assert!(
            !undone.contains(&id),
            "{id} was given to an undone addition"
        );
    }
    assert_ids_given_and_distinct(lib.current(), "after undo and additions");
}

#[test]
fn a_deleted_id_is_not_given_again_after_saving_and_loading() {
    let mut s = guide_table();
    let designer = s.add_role("Designer").unwrap();
    s.remove_role(designer).unwrap();
    let mut loaded = parse_saved_split(&serialize_split(&s)).unwrap();
    assert_ne!(loaded.add_role("Designer"), Ok(designer));
}

#[test]
fn replacing_the_content_gives_ids_none_of_the_old_ones_had() {
    let mut s = common::samples::realistic_custom_split();
    let extra = s.add_role("Sponsor").unwrap();
    s.remove_role(extra).unwrap();
    let mut before: Vec<u32> = every_id(&s);
    before.push(extra.0);
    let name = s.name.clone();
    s.replace_content_keeping_name(guide_table());
    assert_eq!(s.name, name);
    let mut guide_named = guide_table();
    guide_named.name = name.clone();
    assert!(s.same_content(&guide_named));
    assert_ids_given_and_distinct(&s, "replaced");
    for id in every_id(&s) {
        assert!(!before.contains(&id), "{id} was given before: {before:?}");
    }
    // Back to the guide's template, in English: again, new ids only.
    let before: Vec<u32> = every_id(&s);
    s.reset_to_guide(Lang::En);
    assert_eq!(s.name, name);
    assert!(s.same_content(&{
        let mut guide = TemplateId::Guide.build_in(Lang::En);
        guide.name = name.clone();
        guide
    }));
    assert_ids_given_and_distinct(&s, "reset");
    assert!(every_id(&s).iter().all(|id| !before.contains(id)));
}

// ---- Every saved schema loads -----------------------------------------------------------

#[test]
fn schema_1_and_2_fixtures_load_with_ids() {
    for (raw, what) in [(SCHEMA_1, "schema 1"), (SCHEMA_2, "schema 2")] {
        let split = parse_saved_split(raw).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_ids_given_and_distinct(&split, what);
        assert_eq!(split.validate(), Ok(()), "{what}");
        // And it takes additions without repeating an id.
        let mut edited = split.clone();
        edited.add_role("Sponsor").unwrap();
        edited.add_group("Données").unwrap();
        assert_ids_given_and_distinct(&edited, what);
    }
}

#[test]
fn the_schema_3_fixture_loads_with_its_ids_and_saves_back_byte_for_byte() {
    let split = parse_saved_split(SCHEMA_3).expect("schema 3 stays readable");
    assert_eq!(split.validate(), Ok(()));
    assert_eq!(split.name, "Atelier du 3 juin — après la revue");
    // The ids are the file's, not new ones: they do not follow the reading order.
    assert_eq!(
        split.role_ids().collect::<Vec<_>>(),
        [RoleId(1), RoleId(15), RoleId(2)]
    );
    assert_eq!(
        split.group_ids().collect::<Vec<_>>(),
        [GroupId(4), GroupId(3), GroupId(17)]
    );
    assert_eq!(split.next_id, 19);
    assert_eq!(
        split.row_label(RowId(16)),
        "Animer la communauté des utilisateurs"
    );
    assert_eq!(
        split.cell(RowId(16), RoleId(15)),
        Some(&Cell::new(
            Level::Contributes,
            "ateliers \"co-design\"\npuis tests 🙂"
        ))
    );
    assert_eq!(split.group_of(RowId(10)), Some(GroupId(17)));
    assert_eq!(
        split.responsibility(RowId(12)),
        None,
        "deleted before saving"
    );
    assert_ids_given_and_distinct(&split, "schema 3");
    assert_eq!(serialize_split(&split), SCHEMA_3);
}

/// The schema 3 fixture with one piece of text replaced (which must be there).
fn damaged(from: &str, to: &str) -> String {
    assert!(SCHEMA_3.contains(from), "{from}");
    SCHEMA_3.replacen(from, to, 1)
}

#[test]
fn damaged_ids_are_given_anew_and_the_content_is_unchanged() {
    let original = parse_saved_split(SCHEMA_3).unwrap();
    let cases = [
        (
            "a role id repeated",
            damaged(
                r#"{"id":15,"label":"Designer""#,
                r#"{"id":1,"label":"Designer""#,
            ),
        ),
        (
            "a group with a row's id",
            damaged(
                r#"{"id":17,"label":"Données""#,
                r#"{"id":5,"label":"Données""#,
            ),
        ),
        (
            "a row with id 0",
            damaged(r#"{"id":16,"label":"Animer"#, r#"{"id":0,"label":"Animer"#),
        ),
        (
            "a row without its id",
            damaged(r#"{"id":16,"label":"Animer"#, r#"{"label":"Animer"#),
        ),
        (
            "an id beyond the counter",
            damaged(
                r#"{"id":18,"label":"Publier"#,
                r#"{"id":400,"label":"Publier"#,
            ),
        ),
        (
            "an id equal to the counter",
            damaged(r#""next_id":19}"#, r#""next_id":18}"#),
        ),
        ("no counter", damaged(r#","next_id":19}"#, "}")),
    ];
    for (what, raw) in cases {
        let split = parse_saved_split(&raw).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_ids_given_and_distinct(&split, what);
        assert!(split.same_content(&original), "{what}");
        assert_eq!(split.validate(), Ok(()), "{what}");
    }
}

// ---- serde names -------------------------------------------------------------------------

#[test]
fn levels_are_saved_by_their_keys() {
    for level in Level::ALL {
        let json = serde_json::to_string(&level).unwrap();
        assert_eq!(json, format!("\"{}\"", level.key()));
        assert_eq!(serde_json::from_str::<Level>(&json).unwrap(), level);
    }
    assert!(serde_json::from_str::<Level>("\"boss\"").is_err());
}

#[test]
fn self_check_answers_are_saved_by_their_keys() {
    for answer in CheckAnswer::ALL {
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(json, format!("\"{}\"", answer.key()));
        assert_eq!(serde_json::from_str::<CheckAnswer>(&json).unwrap(), answer);
    }
    assert!(serde_json::from_str::<CheckAnswer>("\"peut-être\"").is_err());
}

#[test]
fn templates_are_saved_by_their_keys() {
    for template in TemplateId::ALL {
        let json = serde_json::to_string(&template).unwrap();
        assert_eq!(json, format!("\"{}\"", template.key()));
        assert_eq!(serde_json::from_str::<TemplateId>(&json).unwrap(), template);
    }
    assert!(serde_json::from_str::<TemplateId>("\"inconnu\"").is_err());
}

#[test]
fn null_text_reads_as_empty() {
    let cell: Cell = serde_json::from_str(r#"{"level":"pilot","note":null}"#).unwrap();
    assert_eq!(cell, Cell::new(Level::Pilot, ""));
    let row: Responsibility =
        serde_json::from_str(r#"{"id":4,"label":"Vision","detail":null,"cells":[]}"#).unwrap();
    assert_eq!(row.detail, "");
    let check: SelfCheck =
        serde_json::from_str(r#"{"question":"Q ?","answer":"oui","note":null}"#).unwrap();
    assert_eq!(check.note, "");
    let section: Section = serde_json::from_str(r#"{"text":null,"items":["a"]}"#).unwrap();
    assert_eq!(section.text, "");
    // The same in a whole saved text.
    let raw = r#"{"schema":3,"split":{"name":"x","template":"vierge","roles":[{"id":1,"label":"A"}],"groups":[{"id":2,"label":"G","responsibilities":[{"id":3,"label":"r","detail":null,"cells":[{"level":"pilot","note":null}]}]}],"next_id":4}}"#;
    let split = parse_saved_split(raw).unwrap();
    let r = split.responsibility(RowId(3)).unwrap();
    assert_eq!(r.detail, "");
    assert_eq!(r.cells, [Cell::new(Level::Pilot, "")]);
}

#[test]
fn a_split_put_in_the_place_of_another_gets_ids_the_other_never_had() {
    use binome::domain::library::{Entry, Library};
    use binome::domain::templates::dnum_product;
    let mut lib = Library::new(Entry {
        id: "a".into(),
        split: guide_table(),
    });
    let before: Vec<u32> = lib.current().role_ids().map(|r| r.0).collect();
    lib.replace_current(dnum_product());
    assert!(lib.current().same_content(&dnum_product()));
    for role in lib.current().role_ids() {
        assert!(!before.contains(&role.0), "{role:?} was the guide's");
    }
}

#[test]
fn a_counter_beyond_reason_is_damaged_data_and_renumbered() {
    let mut split = guide_table();
    split.next_id = u32::MAX;
    let raw = serialize_split(&split);
    let read = parse_saved_split(&raw).unwrap();
    assert!(read.next_id < 1000, "{}", read.next_id);
    assert!(read.same_content(&split));
}
