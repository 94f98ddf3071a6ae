//! Sample splits shared by the tests and the link benchmark (examples/link_bench.rs).
#![allow(dead_code)]

use binome::domain::templates::guide_table;
use binome::domain::{
    Cell, Group, Level, Responsibility, Role, RoleId, RoleSplit, RowId, TemplateId,
};

/// The guide's table with three cells changed.
pub fn guide_with_three_changes() -> RoleSplit {
    let mut split = guide_table();
    let (business, dnum) = (split.roles[0].id, split.roles[1].id);
    let quotes = split.groups[1].responsibilities[0].id;
    let support = split.groups[1].responsibilities[1].id;
    let design = split.groups[0].responsibilities[2].id;
    split.set_level(quotes, dnum, Level::Pilot).unwrap();
    split
        .set_level(support, business, Level::Contributes)
        .unwrap();
    split.set_level(design, business, Level::Informed).unwrap();
    split
}

/// What a team makes of the guide after a workshop: 4 roles × 14 responsibilities,
/// some rows renamed or added, notes in a dozen cells.
pub fn realistic_custom_split() -> RoleSplit {
    use Level::{CoResponsible as Co, Contributes as Part, Informed as Info, None as No, Pilot};
    let mut split = guide_table();
    split
        .rename("Plateforme des aides — répartition validée en comité")
        .unwrap();
    let business = split.roles[0].id;
    split
        .rename_role(business, "Cheffe de produit métier (direction des aides)")
        .unwrap();
    split.add_role("Responsable technique").unwrap();
    split.add_role("Designer").unwrap();
    let roles: Vec<RoleId> = split.role_ids().collect();
    let notes: [(usize, usize, Level, &str); 14] = [
        (0, 2, Part, "garant de l'architecture"),
        (1, 2, Info, ""),
        (2, 3, Pilot, "recherche utilisateur et parcours"),
        (2, 2, Part, "urbanisation, briques communes"),
        (3, 2, Pilot, "déploiements et recette technique"),
        (4, 2, Part, "homologation RGS avec le RSSI"),
        (4, 3, Part, "RGAA"),
        (6, 0, Pilot, "suivi des bons de commande"),
        (6, 1, Part, ""),
        (7, 0, Part, "niveau 1 par les agents instructeurs"),
        (7, 2, Pilot, "niveau 2"),
        (8, 0, Pilot, "réseau des préfectures"),
        (9, 0, Co, "comité de pilotage trimestriel"),
        (9, 1, Co, "comité d'investissement"),
    ];
    let rows: Vec<RowId> = split.row_ids().collect();
    for (row, role, level, note) in notes {
        split.set_level(rows[row], roles[role], level).unwrap();
        split.set_note(rows[row], roles[role], note).unwrap();
    }
    for label in [
        "Mesurer l'impact et publier les statistiques",
        "Animer la communauté des agents utilisateurs",
        "Former les agents au nouveau service",
        "Préparer la généralisation aux autres régions",
    ] {
        let at = split.add_responsibility(split.groups[0].id, label).unwrap();
        split.set_level(at, roles[0], Pilot).unwrap();
        split.set_level(at, roles[1], Part).unwrap();
        split
            .set_level(
                at,
                roles[3],
                if label.starts_with("Animer") {
                    Part
                } else {
                    No
                },
            )
            .unwrap();
    }
    split.validate().unwrap();
    split
}

/// The largest split the limits allow in count (12 roles × 60 rows), every label and
/// note different, as if written from scratch.
pub fn maximal_custom_split() -> RoleSplit {
    let roles: Vec<Role> = (1..=12)
        .map(|i| Role::new(format!("Rôle spécifique n° {i} de l'équipe")))
        .collect();
    let groups = (1..=6)
        .map(|g| {
            Group::new(
                format!("Groupe de responsabilités {g}"),
                (1..=10)
                    .map(|r| {
                        Responsibility::new(
                            format!("Responsabilité {r} du groupe {g} : piloter un sujet précis"),
                            format!("précisions sur la responsabilité {r}.{g}"),
                            (0..12)
                                .map(|c| Cell {
                                    level: Level::ALL[(r + g + c) % 5],
                                    note: if (r + c) % 3 == 0 {
                                        format!("note {g}.{r}.{c}")
                                    } else {
                                        String::new()
                                    },
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let split = RoleSplit::new("Répartition maximale", TemplateId::Blank, roles, groups);
    split.validate().unwrap();
    split
}

/// The realistic split after a self-check: two questions to work on, one with a note.
pub fn realistic_with_self_check() -> RoleSplit {
    use binome::domain::card::CheckAnswer;
    let mut split = realistic_custom_split();
    let dnum = &mut split.roles[1].card.questions;
    dnum[1].answer = CheckAnswer::ToWorkOn;
    dnum[1].note = "les dailys débordent".into();
    dnum[2].answer = CheckAnswer::Yes;
    split.roles[0].card.questions[0].answer = CheckAnswer::ToWorkOn;
    split.validate().unwrap();
    split
}
