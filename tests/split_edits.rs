//! Editing a split: limits, moves that keep cells with their role, and all-or-nothing edits.

use binome::domain::limits::{LimitError, MAX_RESPONSIBILITIES, MAX_ROLES};
use binome::domain::templates::{blank, guide_table};
use binome::domain::{Level, Move, RoleId, RoleSplit, RowId};

/// The guide's first row, *Incarner la vision*.
fn vision(s: &RoleSplit) -> RowId {
    s.groups[0].responsibilities[0].id
}

/// The role in a column.
fn role(s: &RoleSplit, column: usize) -> RoleId {
    s.role_at(column).expect("a role in that column")
}

#[test]
fn adding_a_role_gives_it_an_empty_cell_on_every_row() {
    let mut s = guide_table();
    let role = s.add_role("Designer").unwrap();
    assert_eq!(s.role_index(role), Some(2));
    assert!(s
        .rows()
        .all(|r| r.cells.len() == 3 && r.cells[2].level == Level::None));
    assert_eq!(s.validate(), Ok(()));
}

#[test]
fn role_limit() {
    let mut s = guide_table();
    for i in s.roles.len()..MAX_ROLES {
        s.add_role(&format!("Rôle {i}")).unwrap();
    }
    assert_eq!(
        s.add_role("Un de trop"),
        Err(LimitError::TooManyRoles { count: 13 })
    );
    assert_eq!(s.roles.len(), MAX_ROLES);
}

#[test]
fn responsibility_limit() {
    let mut s = blank();
    let group = s.groups[0].id;
    for i in 0..MAX_RESPONSIBILITIES {
        s.add_responsibility(group, &format!("Tâche {i}")).unwrap();
    }
    assert_eq!(
        s.add_responsibility(group, "Une de trop"),
        Err(LimitError::TooManyResponsibilities { count: 61 })
    );
}

#[test]
fn over_long_labels_and_notes_are_refused_and_nothing_changes() {
    let mut s = guide_table();
    let before = s.clone();
    let (business, vision) = (role(&s, 0), vision(&s));
    assert_eq!(
        s.rename_role(business, &"x".repeat(121)),
        Err(LimitError::LabelTooLong { chars: 121 })
    );
    assert_eq!(
        s.set_note(vision, business, &"x".repeat(281)),
        Err(LimitError::NoteTooLong { chars: 281 })
    );
    assert_eq!(
        s.set_responsibility_detail(vision, &"x".repeat(300)),
        Err(LimitError::NoteTooLong { chars: 300 })
    );
    assert_eq!(
        s.rename_responsibility(vision, &"x".repeat(130)),
        Err(LimitError::LabelTooLong { chars: 130 })
    );
    assert_eq!(s, before);
}

#[test]
fn moving_a_role_moves_its_cells() {
    let mut s = guide_table();
    let (business, vision) = (role(&s, 0), vision(&s));
    assert_eq!(s.move_role(business, Move::Later), Ok(true));
    assert_eq!(s.role_index(business), Some(1));
    assert_eq!(s.roles[1].label, "Chef de produit métier");
    assert_eq!(
        s.cell(vision, role(&s, 1)).unwrap().note,
        "porte la politique publique"
    );
    assert_eq!(
        s.cell(vision, role(&s, 0)).unwrap().note,
        "porte le produit numérique"
    );
    // At either end, nothing moves.
    assert_eq!(s.move_role(role(&s, 1), Move::Later), Ok(false));
    assert_eq!(s.move_role(role(&s, 0), Move::Earlier), Ok(false));
    assert_eq!(s.role_index(business), Some(1));
}

#[test]
fn moving_a_row_crosses_into_the_next_group_at_the_edge() {
    let mut s = guide_table();
    let last_main = s.groups[0].responsibilities[5].id;
    assert_eq!(s.move_responsibility(last_main, Move::Later), Ok(true));
    assert_eq!(s.locate(last_main), Some((1, 0)));
    assert_eq!(
        s.responsibility(last_main).unwrap().label,
        "Organisation des rituels"
    );
    assert_eq!(s.groups[0].responsibilities.len(), 5);
    assert_eq!(s.move_responsibility(last_main, Move::Earlier), Ok(true));
    assert_eq!(s.locate(last_main), Some((0, 5)));
    assert_eq!(s, guide_table());
    // The very first row cannot go up.
    let vision = vision(&s);
    assert_eq!(s.move_responsibility(vision, Move::Earlier), Ok(false));
    assert_eq!(s.locate(vision), Some((0, 0)));
}

#[test]
fn the_last_role_and_the_last_group_stay() {
    let mut s = guide_table();
    s.remove_role(role(&s, 0)).unwrap();
    assert_eq!(s.remove_role(role(&s, 0)), Err(LimitError::NoRole));
    assert!(s.rows().all(|r| r.cells.len() == 1));
    s.remove_group(s.groups[1].id).unwrap();
    assert_eq!(
        s.remove_group(s.groups[0].id).map(|_| ()),
        Err(LimitError::NoGroup)
    );
}

#[test]
fn unknown_ids_are_errors_not_panics() {
    let mut s = guide_table();
    let (business, vision) = (role(&s, 0), vision(&s));
    let far = RowId(999);
    let nobody = RoleId(999);
    assert!(s.set_level(far, business, Level::Pilot).is_err());
    assert!(s.set_level(vision, nobody, Level::Pilot).is_err());
    assert!(s.remove_responsibility(far).is_err());
    assert!(s.rename_role(nobody, "x").is_err());
    assert!(s.move_responsibility(far, Move::Later).is_err());
    assert!(s.move_role(nobody, Move::Earlier).is_err());
    assert_eq!(s, guide_table());
}

#[test]
fn labels_are_kept_as_typed_so_typing_a_space_works() {
    let mut s = guide_table();
    s.rename_role(role(&s, 0), "Chef de ").unwrap();
    assert_eq!(s.roles[0].label, "Chef de ");
}

#[test]
fn rows_beside_cross_groups() {
    let s = guide_table();
    let last_main = s.groups[0].responsibilities[5].id;
    let first_other = s.groups[1].responsibilities[0].id;
    let last_other = s.groups[1].responsibilities[3].id;
    assert_eq!(s.row_beside(last_main, Move::Later), Some(first_other));
    assert_eq!(s.row_beside(first_other, Move::Earlier), Some(last_main));
    assert_eq!(s.row_beside(vision(&s), Move::Earlier), None);
    assert_eq!(s.row_beside(last_other, Move::Later), None);
}
