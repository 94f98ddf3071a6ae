//! Every check fires on a minimal example, names what it is about, and stays quiet otherwise.

use binome::domain::checks::{check_split, Finding, LabelRef};
use binome::domain::{
    Cell, Group, Level, Responsibility, Role, RoleId, RoleSplit, RowId, TemplateId,
};
use binome::i18n::FR;

/// A split of the given roles and rows, each row a label and one level per role.
fn split(roles: &[&str], rows: &[(&str, &[Level])]) -> RoleSplit {
    RoleSplit::new(
        "Essai",
        TemplateId::Blank,
        roles.iter().map(|l| Role::new(*l)).collect(),
        vec![Group::new(
            "Groupe",
            rows.iter()
                .map(|(label, levels)| {
                    Responsibility::new(
                        *label,
                        "",
                        levels.iter().map(|l| Cell::new(*l, "")).collect(),
                    )
                })
                .collect(),
        )],
    )
}

use Level::{CoResponsible as Co, Contributes as Part, Informed as Info, None as No, Pilot};

/// The responsibility at a position (all in one group here).
fn at(s: &RoleSplit, row: usize) -> RowId {
    s.row_at(row).expect("a row there")
}

/// The role in a column.
fn role(s: &RoleSplit, column: usize) -> RoleId {
    s.role_at(column).expect("a role there")
}

fn messages(s: &RoleSplit) -> Vec<String> {
    check_split(s).iter().map(|f| (FR.finding)(s, f)).collect()
}

#[test]
fn a_clear_split_has_no_finding() {
    let s = split(
        &["Métier", "DNUM"],
        &[("Vision", &[Co, Co]), ("Delivery", &[Part, Pilot])],
    );
    assert_eq!(check_split(&s), vec![]);
    assert_eq!(
        (FR.checks_summary)(0),
        "Aucun point à clarifier\u{a0}: chaque responsabilité a quelqu’un pour la porter."
    );
}

#[test]
fn unowned_responsibility() {
    let s = split(
        &["Métier", "DNUM"],
        &[("Vision", &[Co, Co]), ("Support", &[Part, Info])],
    );
    assert_eq!(check_split(&s), vec![Finding::Unowned(at(&s, 1))]);
    assert_eq!(
        messages(&s),
        vec!["Personne ne porte «\u{a0}Support\u{a0}»\u{a0}: aucun rôle n’est co-responsable ni pilote."]
    );
}

#[test]
fn several_pilots_and_nobody_leading() {
    let s = split(
        &["Métier", "DNUM"],
        &[("Objectifs", &[Pilot, Pilot]), ("Vision", &[Pilot, Part])],
    );
    assert_eq!(
        check_split(&s),
        vec![Finding::NoSingleLead {
            row: at(&s, 0),
            pilots: vec![role(&s, 0), role(&s, 1)],
            co_responsible: vec![],
        }]
    );
    assert_eq!(
        messages(&s),
        vec!["«\u{a0}Objectifs\u{a0}» a 2 pilotes (Métier, DNUM)\u{a0}: qui tranche\u{a0}?"]
    );
}

#[test]
fn one_pilot_among_co_responsibles_leads_and_the_message_never_contradicts_the_table() {
    // Two co-responsibles and one pilot: the pilot has the last word, nothing to clarify.
    let one_pilot = split(&["A", "B", "C"], &[("Réglementaire", &[Co, Co, Pilot])]);
    assert_eq!(check_split(&one_pilot), vec![]);
    // Two pilots and a co-responsible: named, each with its level.
    let two_pilots = split(&["A", "B", "C"], &[("Réglementaire", &[Pilot, Co, Pilot])]);
    assert_eq!(
        messages(&two_pilots),
        vec!["«\u{a0}Réglementaire\u{a0}» a 2 pilotes (A, C) et 1 co-responsable (B)\u{a0}: qui tranche\u{a0}?"]
    );
    assert_eq!(
        (binome::i18n::EN.finding)(&two_pilots, &check_split(&two_pilots)[0]),
        "\u{201c}Réglementaire\u{201d} has 2 leads (A, C) and 1 co-responsible role (B): who has the last word?"
    );
}

#[test]
fn co_responsibility_of_two_is_a_deliberate_share_but_of_everyone_it_is_not() {
    let two = split(&["A", "B"], &[("Vision", &[Co, Co])]);
    assert_eq!(check_split(&two), vec![]);
    let three = split(&["A", "B", "C"], &[("Vision", &[Co, Co, Co])]);
    assert_eq!(
        check_split(&three),
        vec![Finding::NoSingleLead {
            row: at(&three, 0),
            pilots: vec![],
            co_responsible: vec![role(&three, 0), role(&three, 1), role(&three, 2)],
        }]
    );
    assert_eq!(
        messages(&three),
        vec!["«\u{a0}Vision\u{a0}» a 3 co-responsables (A, B, C) et aucun pilote\u{a0}: qui tranche\u{a0}?"]
    );
}

#[test]
fn role_involved_nowhere() {
    let s = split(
        &["Métier", "DNUM", "Designer"],
        &[("Vision", &[Co, Co, No])],
    );
    assert_eq!(check_split(&s), vec![Finding::IdleRole(role(&s, 2))]);
    assert_eq!(
        messages(&s),
        vec!["Le rôle «\u{a0}Designer\u{a0}» n’intervient sur aucune responsabilité."]
    );
}

#[test]
fn role_carrying_most_rows() {
    let s = split(
        &["Métier", "DNUM"],
        &[
            ("A", &[Part, Pilot]),
            ("B", &[Part, Pilot]),
            ("C", &[Co, Co]),
        ],
    );
    assert_eq!(
        check_split(&s),
        vec![Finding::Overloaded {
            role: role(&s, 1),
            carried: 3,
            total: 3
        }]
    );
    assert_eq!(
        messages(&s),
        vec!["Le rôle «\u{a0}DNUM\u{a0}» porte 3 responsabilités sur 3\u{a0}: la charge est\u{2011}elle tenable\u{a0}?"]
    );
    // Two thirds exactly is not "most" yet.
    let balanced = split(
        &["Métier", "DNUM"],
        &[
            ("A", &[Part, Pilot]),
            ("B", &[Part, Pilot]),
            ("C", &[Pilot, Part]),
        ],
    );
    assert_eq!(check_split(&balanced), vec![]);
}

#[test]
fn empty_labels() {
    let mut s = split(&["Métier", " "], &[("  ", &[Co, Co])]);
    s.groups[0].label = String::new();
    assert_eq!(
        check_split(&s),
        vec![
            Finding::EmptyLabel(LabelRef::Role(role(&s, 1))),
            Finding::EmptyLabel(LabelRef::Group(s.groups[0].id)),
            Finding::EmptyLabel(LabelRef::Responsibility(at(&s, 0))),
        ]
    );
    assert_eq!(
        messages(&s),
        vec![
            "Le rôle n°\u{a0}2 n’a pas de nom.",
            "Le groupe n°\u{a0}1 n’a pas de nom.",
            "La responsabilité n°\u{a0}1 du groupe n°\u{a0}1 n’a pas d’intitulé.",
        ]
    );
}

#[test]
fn duplicate_labels_ignore_case_and_spaces() {
    let s = split(
        &["DNUM", "dnum "],
        &[
            ("Support  utilisateur", &[Co, Co]),
            ("support utilisateur", &[Co, Co]),
        ],
    );
    assert_eq!(
        check_split(&s),
        vec![
            Finding::DuplicateLabel {
                label: LabelRef::Role(role(&s, 1)),
                first: LabelRef::Role(role(&s, 0))
            },
            Finding::DuplicateLabel {
                label: LabelRef::Responsibility(at(&s, 1)),
                first: LabelRef::Responsibility(at(&s, 0))
            },
        ]
    );
    assert_eq!(
        messages(&s),
        vec![
            "Deux rôles s’appellent «\u{a0}dnum\u{a0}»\u{a0}: renommez l’un d’eux.",
            "La responsabilité «\u{a0}support utilisateur\u{a0}» apparaît deux fois\u{a0}: fusionnez ou renommez.",
        ]
    );
}

#[test]
fn findings_point_at_their_row() {
    let s = split(
        &["Métier", "DNUM"],
        &[("Vision", &[Co, Co]), ("Support", &[No, No])],
    );
    assert_eq!(Finding::Unowned(at(&s, 1)).row(), Some(at(&s, 1)));
    assert_eq!(Finding::IdleRole(role(&s, 0)).row(), None);
}

#[test]
fn summary_counts_points() {
    assert_eq!((FR.checks_summary)(1), "1 point à clarifier");
    assert_eq!((FR.checks_summary)(3), "3 points à clarifier");
}

#[test]
fn duplicates_are_found_whatever_the_case_of_accented_letters() {
    let s = split(
        &["MÉTIER", "Métier", "ŒUVRE", "œuvre"],
        &[
            ("Élaborer", &[Co, Co, Co, Co]),
            ("élaborer", &[Co, Co, Co, Co]),
        ],
    );
    assert_eq!(
        check_split(&s),
        vec![
            Finding::DuplicateLabel {
                label: LabelRef::Role(role(&s, 1)),
                first: LabelRef::Role(role(&s, 0))
            },
            Finding::DuplicateLabel {
                label: LabelRef::Role(role(&s, 3)),
                first: LabelRef::Role(role(&s, 2))
            },
            Finding::DuplicateLabel {
                label: LabelRef::Responsibility(at(&s, 1)),
                first: LabelRef::Responsibility(at(&s, 0))
            },
            Finding::NoSingleLead {
                row: at(&s, 0),
                pilots: vec![],
                co_responsible: s.role_ids().collect(),
            },
            Finding::NoSingleLead {
                row: at(&s, 1),
                pilots: vec![],
                co_responsible: s.role_ids().collect(),
            },
        ]
    );
}
