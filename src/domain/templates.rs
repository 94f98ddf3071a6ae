//! The built-in starting points. The guide's table is the default content.

use super::level::Level;
use super::split::{Cell, Group, Responsibility, Role, RoleSplit};

/// Which built-in template a split started from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TemplateId {
    /// The table of the guide's *Chefferie produit* page (`shared/seeds/000_…`).
    #[default]
    Guide,
    /// A product made by and for the DNUM, whose product manager carries the vision too.
    DnumProduct,
    /// The two roles and an empty group.
    Blank,
}

impl TemplateId {
    pub const ALL: [TemplateId; 3] = [
        TemplateId::Guide,
        TemplateId::DnumProduct,
        TemplateId::Blank,
    ];

    /// A stable name, as in saved data and links.
    pub fn key(self) -> &'static str {
        match self {
            TemplateId::Guide => "guide",
            TemplateId::DnumProduct => "produit-dnum",
            TemplateId::Blank => "vierge",
        }
    }

    /// The template's content.
    pub fn build(self) -> RoleSplit {
        match self {
            TemplateId::Guide => guide_table(),
            TemplateId::DnumProduct => dnum_product(),
            TemplateId::Blank => blank(),
        }
    }
}

pub const BUSINESS_ROLE: &str = "Chef de produit métier";
pub const DNUM_ROLE: &str = "Chef de produit DNUM";
const MAIN_GROUP: &str = "Chefferie produit";
const OTHER_TASKS_GROUP: &str = "Autres tâches liées à la réussite du produit";

/// The guide's rows: label, description (the guide's parentheses), then one cell per role.
type Row<'a> = (&'a str, &'a str, [(Level, &'a str); 2]);

const NONE: (Level, &str) = (Level::None, "");
const PILOT: (Level, &str) = (Level::Pilot, "");

/// The six rows of the seed table, as the guide wrote them.
const GUIDE_ROWS: [Row; 6] = [
    (
        "Incarner la vision",
        "",
        [
            (Level::CoResponsible, "porte la politique publique"),
            (Level::CoResponsible, "porte le produit numérique"),
        ],
    ),
    ("Fixer les objectifs et indicateurs produit", "", [PILOT, PILOT]),
    (
        "Piloter la conception",
        "recherche, parcours utilisateurs, design, architecture, urbanisation, utilisation de briques communes",
        [NONE, PILOT],
    ),
    (
        "Piloter le delivery",
        "échanges quotidien avec les développeurs, écrire les US, prioriser le backlog, réaliser les tests, les déploiements, démos, etc",
        [NONE, PILOT],
    ),
    (
        "Piloter les sujets règlementaires et de qualité",
        "RGAA, RGS, RGPD, homologation, RGESN",
        [NONE, PILOT],
    ),
    ("Organisation des rituels", "dailys, comités d'investissement", [NONE, PILOT]),
];

/// The guide's *autres tâches liées à la réussite du produit*, which it leaves unassigned.
const OTHER_TASKS: [(&str, &str); 4] = [
    ("Suivi des devis", ""),
    ("Support utilisateur", ""),
    ("BizDev / déploiement et communication sur le produit", ""),
    (
        "Comitologie et préparation des réunions",
        "comment réduire cette charge ?",
    ),
];

fn responsibility(label: &str, detail: &str, cells: &[(Level, &str)]) -> Responsibility {
    Responsibility {
        label: label.to_owned(),
        detail: detail.to_owned(),
        cells: cells.iter().map(|(l, n)| Cell::new(*l, n)).collect(),
    }
}

fn split_of(name: &str, template: TemplateId, roles: [&str; 2], rows: &[Row]) -> RoleSplit {
    let main = Group {
        label: MAIN_GROUP.to_owned(),
        responsibilities: rows
            .iter()
            .map(|(label, detail, cells)| responsibility(label, detail, cells))
            .collect(),
    };
    let others = Group {
        label: OTHER_TASKS_GROUP.to_owned(),
        responsibilities: OTHER_TASKS
            .iter()
            .map(|(label, detail)| responsibility(label, detail, &[NONE, NONE]))
            .collect(),
    };
    RoleSplit {
        name: name.to_owned(),
        template,
        roles: roles
            .iter()
            .map(|label| Role {
                label: (*label).to_owned(),
            })
            .collect(),
        groups: vec![main, others],
    }
}

/// The guide's table: the default split.
pub fn guide_table() -> RoleSplit {
    split_of(
        "Chefferie produit",
        TemplateId::Guide,
        [BUSINESS_ROLE, DNUM_ROLE],
        &GUIDE_ROWS,
    )
}

/// A product made by and for the DNUM: its product manager carries the vision as well
/// as the digital product; the teams who use it contribute.
pub fn dnum_product() -> RoleSplit {
    const CONTRIBUTES: (Level, &str) = (Level::Contributes, "");
    const INFORMED: (Level, &str) = (Level::Informed, "");
    let rows: [Row; 6] = [
        (
            GUIDE_ROWS[0].0,
            GUIDE_ROWS[0].1,
            [
                (Level::Pilot, "porte la vision et le produit numérique"),
                (Level::Contributes, "expriment les besoins"),
            ],
        ),
        (GUIDE_ROWS[1].0, GUIDE_ROWS[1].1, [PILOT, CONTRIBUTES]),
        (GUIDE_ROWS[2].0, GUIDE_ROWS[2].1, [PILOT, CONTRIBUTES]),
        (GUIDE_ROWS[3].0, GUIDE_ROWS[3].1, [PILOT, INFORMED]),
        (GUIDE_ROWS[4].0, GUIDE_ROWS[4].1, [PILOT, NONE]),
        (GUIDE_ROWS[5].0, GUIDE_ROWS[5].1, [PILOT, INFORMED]),
    ];
    split_of(
        "Produit porté par la DNUM",
        TemplateId::DnumProduct,
        [DNUM_ROLE, "Équipes utilisatrices"],
        &rows,
    )
}

/// The two roles and one empty group, to start from scratch.
pub fn blank() -> RoleSplit {
    RoleSplit {
        name: "Nouvelle répartition".to_owned(),
        template: TemplateId::Blank,
        roles: [BUSINESS_ROLE, DNUM_ROLE]
            .iter()
            .map(|label| Role {
                label: (*label).to_owned(),
            })
            .collect(),
        groups: vec![Group {
            label: "Responsabilités".to_owned(),
            responsibilities: Vec::new(),
        }],
    }
}
