//! Editing a split: limits, moves that keep cells with their role, and all-or-nothing edits.

use binome::domain::limits::{LimitError, MAX_RESPONSIBILITIES, MAX_ROLES};
use binome::domain::templates::{blank, guide_table};
use binome::domain::{Level, Move, RowRef};

const VISION: RowRef = RowRef { group: 0, row: 0 };

#[test]
fn adding_a_role_gives_it_an_empty_cell_on_every_row() {
    let mut s = guide_table();
    let role = s.add_role("Designer").unwrap();
    assert_eq!(role, 2);
    assert!(s
        .rows()
        .all(|(_, r)| r.cells.len() == 3 && r.cells[2].level == Level::None));
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
    for i in 0..MAX_RESPONSIBILITIES {
        s.add_responsibility(0, &format!("Tâche {i}")).unwrap();
    }
    assert_eq!(
        s.add_responsibility(0, "Une de trop"),
        Err(LimitError::TooManyResponsibilities { count: 61 })
    );
}

#[test]
fn over_long_labels_and_notes_are_refused_and_nothing_changes() {
    let mut s = guide_table();
    let before = s.clone();
    assert_eq!(
        s.rename_role(0, &"x".repeat(121)),
        Err(LimitError::LabelTooLong { chars: 121 })
    );
    assert_eq!(
        s.set_note(VISION, 0, &"x".repeat(281)),
        Err(LimitError::NoteTooLong { chars: 281 })
    );
    assert_eq!(
        s.set_responsibility_detail(VISION, &"x".repeat(300)),
        Err(LimitError::NoteTooLong { chars: 300 })
    );
    assert_eq!(
        s.rename_responsibility(VISION, &"x".repeat(130)),
        Err(LimitError::LabelTooLong { chars: 130 })
    );
    assert_eq!(s, before);
}

#[test]
fn moving_a_role_moves_its_cells() {
    let mut s = guide_table();
    assert_eq!(s.move_role(0, Move::Later), 1);
    assert_eq!(s.roles[1].label, "Chef de produit métier");
    assert_eq!(
        s.cell(VISION, 1).unwrap().note,
        "porte la politique publique"
    );
    assert_eq!(
        s.cell(VISION, 0).unwrap().note,
        "porte le produit numérique"
    );
    // At either end, nothing moves.
    assert_eq!(s.move_role(1, Move::Later), 1);
    assert_eq!(s.move_role(0, Move::Earlier), 0);
}

#[test]
fn moving_a_row_crosses_into_the_next_group_at_the_edge() {
    let mut s = guide_table();
    let last_main = RowRef { group: 0, row: 5 };
    let landed = s.move_responsibility(last_main, Move::Later);
    assert_eq!(landed, RowRef { group: 1, row: 0 });
    assert_eq!(
        s.responsibility(landed).unwrap().label,
        "Organisation des rituels"
    );
    assert_eq!(s.groups[0].responsibilities.len(), 5);
    let back = s.move_responsibility(landed, Move::Earlier);
    assert_eq!(back, RowRef { group: 0, row: 5 });
    assert_eq!(s, guide_table());
    // The very first row cannot go up.
    assert_eq!(s.move_responsibility(VISION, Move::Earlier), VISION);
}

#[test]
fn the_last_role_and_the_last_group_stay() {
    let mut s = guide_table();
    s.remove_role(0).unwrap();
    assert_eq!(s.remove_role(0), Err(LimitError::NoRole));
    assert!(s.rows().all(|(_, r)| r.cells.len() == 1));
    s.remove_group(1).unwrap();
    assert_eq!(s.remove_group(0).map(|_| ()), Err(LimitError::NoGroup));
}

#[test]
fn stale_positions_are_errors_not_panics() {
    let mut s = guide_table();
    let far = RowRef { group: 9, row: 9 };
    assert!(s.set_level(far, 0, Level::Pilot).is_err());
    assert!(s.set_level(VISION, 9, Level::Pilot).is_err());
    assert!(s.remove_responsibility(far).is_err());
    assert!(s.rename_role(9, "x").is_err());
    assert_eq!(s.move_responsibility(far, Move::Later), far);
    assert_eq!(s.move_role(9, Move::Earlier), 9);
    assert_eq!(s, guide_table());
}

#[test]
fn labels_are_kept_as_typed_so_typing_a_space_works() {
    let mut s = guide_table();
    s.rename_role(0, "Chef de ").unwrap();
    assert_eq!(s.roles[0].label, "Chef de ");
}

#[test]
fn rows_beside_cross_groups() {
    let s = guide_table();
    let last_main = RowRef { group: 0, row: 5 };
    assert_eq!(
        s.row_beside(last_main, Move::Later),
        Some(RowRef { group: 1, row: 0 })
    );
    assert_eq!(
        s.row_beside(RowRef { group: 1, row: 0 }, Move::Earlier),
        Some(last_main)
    );
    assert_eq!(s.row_beside(VISION, Move::Earlier), None);
    assert_eq!(s.row_beside(RowRef { group: 1, row: 3 }, Move::Later), None);
}
