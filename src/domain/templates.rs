//! The built-in starting points. The guide's table is the default content.

use super::card::{business_card, dnum_card, RoleCard};
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
    /// The guide's current table, *Porter un produit*.
    GuideCurrent,
}

impl TemplateId {
    pub const ALL: [TemplateId; 4] = [
        TemplateId::Guide,
        TemplateId::GuideCurrent,
        TemplateId::DnumProduct,
        TemplateId::Blank,
    ];

    /// A stable name, as in saved data and links.
    pub fn key(self) -> &'static str {
        match self {
            TemplateId::Guide => "guide",
            TemplateId::DnumProduct => "produit-dnum",
            TemplateId::Blank => "vierge",
            TemplateId::GuideCurrent => "porter-un-produit",
        }
    }

    /// The template's content.
    pub fn build(self) -> RoleSplit {
        match self {
            TemplateId::Guide => guide_table(),
            TemplateId::DnumProduct => dnum_product(),
            TemplateId::Blank => blank(),
            TemplateId::GuideCurrent => guide_current(),
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

/// The guide's tables: a main group of rows, and the other tasks it leaves unassigned.
fn split_of(
    name: &str,
    template: TemplateId,
    roles: [Role; 2],
    rows: &[Row],
    other_tasks: &[(&str, &str)],
) -> RoleSplit {
    let main = Group {
        label: MAIN_GROUP.to_owned(),
        responsibilities: rows
            .iter()
            .map(|(label, detail, cells)| responsibility(label, detail, cells))
            .collect(),
    };
    let others = Group {
        label: OTHER_TASKS_GROUP.to_owned(),
        responsibilities: other_tasks
            .iter()
            .map(|(label, detail)| responsibility(label, detail, &[NONE, NONE]))
            .collect(),
    };
    RoleSplit {
        name: name.to_owned(),
        template,
        roles: roles.into(),
        groups: vec![main, others],
    }
}

fn role(label: &str, card: RoleCard) -> Role {
    Role {
        label: label.to_owned(),
        card,
    }
}

/// The two roles of the guide, with their cards.
fn guide_roles() -> [Role; 2] {
    [
        role(BUSINESS_ROLE, business_card()),
        role(DNUM_ROLE, dnum_card()),
    ]
}

/// The guide's table: the default split.
pub fn guide_table() -> RoleSplit {
    split_of(
        "Chefferie produit",
        TemplateId::Guide,
        guide_roles(),
        &GUIDE_ROWS,
        &OTHER_TASKS,
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
        [
            role(DNUM_ROLE, dnum_card()),
            Role::new("Équipes utilisatrices"),
        ],
        &rows,
        &OTHER_TASKS,
    )
}

/// The guide's current table, *Porter un produit*: legal compliance on the business
/// side, a *Participe* level, budget follow-up instead of quotes.
pub fn guide_current() -> RoleSplit {
    const CONTRIBUTES: (Level, &str) = (Level::Contributes, "");
    let rows: [Row; 7] = [
        (
            "Incarner la vision",
            "",
            [
                (
                    Level::CoResponsible,
                    "Responsable — porte la politique publique",
                ),
                (
                    Level::CoResponsible,
                    "Co-responsable — porte le produit numérique",
                ),
            ],
        ),
        (
            "Définir les objectifs et indicateurs produit",
            "",
            [
                (Level::Pilot, "Responsable"),
                (Level::Pilot, "Co-responsable"),
            ],
        ),
        (
            "Mener la conception",
            "parcours, design, urbanisation, réutilisation de communs numériques",
            [CONTRIBUTES, PILOT],
        ),
        (
            "Piloter le delivery",
            "prioriser le backlog, initialiser les US, réaliser les tests, démos",
            [CONTRIBUTES, PILOT],
        ),
        (
            "S'assurer de la conformité légale",
            "lois, RGPD, déclaration CNIL",
            [PILOT, CONTRIBUTES],
        ),
        (
            "S'assurer de la conformité aux référentiels",
            "RGAA, RGS, RGESN",
            [CONTRIBUTES, PILOT],
        ),
        (
            "Animation des rituels et des comités d'investissement",
            "",
            [CONTRIBUTES, PILOT],
        ),
    ];
    split_of(
        "Porter un produit",
        TemplateId::GuideCurrent,
        [
            role("Responsable métier", business_card()),
            role("Responsable produit", dnum_card()),
        ],
        &rows,
        &[
            ("Suivi budgétaire", ""),
            ("Déploiement et support utilisateurs", ""),
            (
                "Communication sur le produit, animation de la communauté des utilisateurs",
                "",
            ),
            ("Comitologie et préparation des réunions", ""),
        ],
    )
}

/// The two roles and one empty group, to start from scratch.
pub fn blank() -> RoleSplit {
    RoleSplit {
        name: "Nouvelle répartition".to_owned(),
        template: TemplateId::Blank,
        roles: guide_roles().into(),
        groups: vec![Group {
            label: "Responsabilités".to_owned(),
            responsibilities: Vec::new(),
        }],
    }
}
