//! Comparing two splits finds exactly what changed.

mod common;

use binome::domain::compare::compare;
use binome::domain::templates::{dnum_product, guide_table};
use binome::domain::{Level, Move, RowId};
use binome::i18n::{EN, FR};

#[test]
fn a_split_equals_itself() {
    let c = compare(&guide_table(), &guide_table());
    assert!(c.is_identical());
    assert_eq!(
        (FR.comparison)(&c, Some("Chefferie produit")),
        "Identique à votre répartition ouverte «\u{a0}Chefferie produit\u{a0}»."
    );
    // Against the untouched guide's table (a first visit): no "your split" to speak of.
    assert_eq!((FR.comparison)(&c, None), "Identique au tableau du guide.");
    assert_eq!((EN.comparison)(&c, None), "Identical to the guide's table.");
}

#[test]
fn exactly_the_changed_cells_are_found() {
    let after = common::samples::guide_with_three_changes();
    let c = compare(&guide_table(), &after);
    let changed: Vec<_> = c
        .cells
        .iter()
        .map(|d| (d.responsibility.as_str(), d.role.as_str(), d.after.level))
        .collect();
    assert_eq!(
        changed,
        vec![
            (
                "Piloter la conception",
                "Chef de produit métier",
                Level::Informed
            ),
            ("Suivi des devis", "Chef de produit DNUM", Level::Pilot),
            (
                "Support utilisateur",
                "Chef de produit métier",
                Level::Contributes
            ),
        ]
    );
    assert!(c.roles_added.is_empty() && c.rows_added.is_empty());
    // The preview names them, before → after.
    assert_eq!(
        (FR.comparison)(&c, Some("Chefferie produit")),
        "Par rapport à votre répartition ouverte «\u{a0}Chefferie produit\u{a0}»\u{a0}: 3 cases diffèrent \
         (Piloter la conception — Chef de produit métier\u{a0}: Non concerné → Informé, \
         Suivi des devis — Chef de produit DNUM\u{a0}: Non concerné → Pilote \
         et Support utilisateur — Chef de produit métier\u{a0}: Non concerné → Participe)."
    );
}

#[test]
fn the_preview_names_five_changed_cells_then_counts_the_rest() {
    let before = guide_table();
    let mut after = guide_table();
    let rows: Vec<RowId> = after.row_ids().collect();
    let (business, dnum) = (after.roles[0].id, after.roles[1].id);
    for at in &rows[..7] {
        after.set_level(*at, dnum, Level::Informed).unwrap();
    }
    after.set_note(rows[0], business, "à revoir").unwrap();
    let c = compare(&before, &after);
    let text = (EN.comparison)(&c, None);
    assert!(
        text.starts_with("Compared with the guide's table: 8 cells differ (Incarner la vision — Chef de produit métier: note changed, "),
        "{text}"
    );
    assert!(text.ends_with(", and 3 more)."), "{text}");
}

#[test]
fn order_does_not_count_but_labels_do() {
    let mut after = guide_table();
    let first_role = after.roles[0].id;
    assert_eq!(after.move_role(first_role, Move::Later), Ok(true));
    let first_row = after.groups[0].responsibilities[0].id;
    assert_eq!(after.move_responsibility(first_row, Move::Later), Ok(true));
    assert!(compare(&guide_table(), &after).is_identical());
    let now_first_role = after.role_at(0).unwrap();
    after
        .rename_role(now_first_role, "Cheffe de produit DNUM")
        .unwrap();
    let last_other = after.groups[1].responsibilities[3].id;
    after.remove_responsibility(last_other).unwrap();
    let c = compare(&guide_table(), &after);
    assert_eq!(c.roles_added, vec!["Cheffe de produit DNUM"]);
    assert_eq!(c.roles_removed, vec!["Chef de produit DNUM"]);
    assert_eq!(
        c.rows_removed,
        vec!["Comitologie et préparation des réunions"]
    );
    assert_eq!(
        (FR.comparison)(&c, Some("Chefferie produit")),
        "Par rapport à votre répartition ouverte «\u{a0}Chefferie produit\u{a0}»\u{a0}: rôle en plus\u{a0}: Cheffe de produit DNUM\u{a0}; \
         rôle en moins\u{a0}: Chef de produit DNUM\u{a0}; responsabilité en moins\u{a0}: Comitologie et préparation des réunions."
    );
    assert_eq!(
        (FR.comparison)(&c, None),
        "Par rapport au tableau du guide\u{a0}: rôle en plus\u{a0}: Cheffe de produit DNUM\u{a0}; \
         rôle en moins\u{a0}: Chef de produit DNUM\u{a0}; responsabilité en moins\u{a0}: Comitologie et préparation des réunions."
    );
}

#[test]
fn the_two_templates_differ_as_the_guide_says() {
    let c = compare(&guide_table(), &dnum_product());
    assert_eq!(c.roles_added, vec!["Équipes utilisatrices"]);
    assert_eq!(c.roles_removed, vec!["Chef de produit métier"]);
    // The DNUM product manager pilots the vision instead of sharing it.
    assert!(c
        .cells
        .iter()
        .any(|d| d.responsibility == "Incarner la vision" && d.after.level == Level::Pilot));
}
