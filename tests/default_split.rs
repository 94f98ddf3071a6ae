//! The default split is the guide's table (tests/fixtures/seed_chefferie_produit.md, a copy
//! of shared/seeds/000_…), cell by cell, and its checks say exactly what the guide leaves open.

use binome::domain::checks::{check_split, Finding};
use binome::domain::templates::guide_table;
use binome::domain::Level;

const SEED: &str = include_str!("fixtures/seed_chefferie_produit.md");

/// One row as the seed writes it: label, description, then one (level, note) per role.
type SeedRow = (String, String, Vec<(Level, String)>);

/// "Label (détail)" → ("Label", "détail"); the guide's Markdown emphasis is dropped.
fn label_and_detail(text: &str) -> (String, String) {
    let text = text.replace('_', "");
    match text.split_once(" (") {
        Some((label, rest)) => (label.to_owned(), rest.trim_end_matches(')').to_owned()),
        None => (text, String::new()),
    }
}

fn seed_cell(text: &str) -> (Level, String) {
    let text = text.trim();
    if text.is_empty() {
        (Level::None, String::new())
    } else if let Some(rest) = text.strip_prefix("🔒 Co-responsable") {
        let note = rest.trim().trim_start_matches('(').trim_end_matches(')');
        (Level::CoResponsible, note.to_owned())
    } else if text.starts_with('🙆') {
        (Level::Pilot, String::new())
    } else {
        panic!("unknown mark in the seed: {text}")
    }
}

fn seed_table() -> (Vec<String>, Vec<SeedRow>) {
    let mut lines = SEED.lines().filter(|l| l.starts_with('|'));
    let header: Vec<String> = lines
        .next()
        .expect("header row")
        .split('|')
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    let rows = lines
        .filter(|l| !l.contains("----"))
        .map(|line| {
            let cols: Vec<&str> = line.split('|').collect();
            let (label, detail) = label_and_detail(cols[1].trim());
            let cells = cols[2..cols.len() - 1]
                .iter()
                .map(|c| seed_cell(c))
                .collect();
            (label, detail, cells)
        })
        .collect();
    (header, rows)
}

fn seed_other_tasks() -> Vec<(String, String)> {
    SEED.split("Autres tâches liées à la réussite du produit")
        .nth(1)
        .expect("other tasks")
        .lines()
        .take_while(|l| !l.contains("[ENRICHIR]"))
        .filter_map(|l| l.strip_prefix("* "))
        .map(|l| label_and_detail(l.trim()))
        .collect()
}

#[test]
fn default_roles_are_the_seed_columns() {
    let (header, _) = seed_table();
    let split = guide_table();
    let roles: Vec<_> = split.roles.iter().map(|r| r.label.clone()).collect();
    assert_eq!(roles, header);
}

#[test]
fn default_split_equals_the_seed_table_cell_by_cell() {
    let (_, rows) = seed_table();
    let split = guide_table();
    assert_eq!(rows.len(), 6);
    let main = &split.groups[0];
    assert_eq!(main.responsibilities.len(), rows.len());
    for (r, (label, detail, cells)) in main.responsibilities.iter().zip(&rows) {
        assert_eq!(&r.label, label);
        assert_eq!(&r.detail, detail, "description of {label}");
        let got: Vec<_> = r.cells.iter().map(|c| (c.level, c.note.clone())).collect();
        assert_eq!(&got, cells, "cells of {label}");
    }
}

#[test]
fn default_split_has_the_four_other_tasks_unassigned() {
    let split = guide_table();
    let others = &split.groups[1];
    assert_eq!(others.label, "Autres tâches liées à la réussite du produit");
    let got: Vec<_> = others
        .responsibilities
        .iter()
        .map(|r| (r.label.clone(), r.detail.clone()))
        .collect();
    assert_eq!(got, seed_other_tasks());
    assert_eq!(got.len(), 4);
    for r in &others.responsibilities {
        assert!(r
            .cells
            .iter()
            .all(|c| c.level == Level::None && c.note.is_empty()));
    }
}

#[test]
fn every_finding_of_the_default_split_is_listed_here() {
    let split = guide_table();
    let other = |row: usize| split.groups[1].responsibilities[row].id;
    assert_eq!(
        check_split(&split),
        vec![
            // Both sides pilot the objectives: the guide's current table settles it by
            // naming one "Responsable"; the seed leaves it open.
            Finding::NoSingleLead {
                row: split.groups[0].responsibilities[1].id,
                pilots: split.role_ids().collect(),
                co_responsible: vec![],
            },
            // The guide's *autres tâches*, which it leaves without a carrier.
            Finding::Unowned(other(0)),
            Finding::Unowned(other(1)),
            Finding::Unowned(other(2)),
            Finding::Unowned(other(3)),
        ]
    );
}

#[test]
fn the_default_split_is_valid() {
    assert_eq!(guide_table().validate(), Ok(()));
}
