//! The built-in starting points, in French (the guide's words) and in English. The
//! guide's table is the default content.

use super::card::{business_card, dnum_card, RoleCard};
use super::lang::{t, Lang, Text};
use super::level::Level;
use super::split::{Cell, Group, Responsibility, Role, RoleSplit, TemplateId};

impl TemplateId {
    /// The template's content, in French.
    pub fn build(self) -> RoleSplit {
        self.build_in(Lang::Fr)
    }

    /// The template's content in a language.
    pub fn build_in(self, lang: Lang) -> RoleSplit {
        match self {
            TemplateId::Guide => guide_table_in(lang),
            TemplateId::DnumProduct => dnum_product_in(lang),
            TemplateId::Blank => blank_in(lang),
            TemplateId::GuideCurrent => guide_current_in(lang),
        }
    }
}

/// Whether a split says exactly what the guide's table says (in either language): nothing
/// in it is the person's own work.
pub fn is_untouched_guide(split: &RoleSplit) -> bool {
    [Lang::Fr, Lang::En]
        .into_iter()
        .any(|lang| split.same_content(&TemplateId::Guide.build_in(lang)))
}

impl RoleSplit {
    /// *Revenir au modèle du guide*: the guide's table in place of the content, under the
    /// split's own name.
    pub fn reset_to_guide(&mut self, lang: Lang) {
        self.replace_content_keeping_name(TemplateId::Guide.build_in(lang));
    }
}

pub const BUSINESS: Text = t("Chef de produit métier", "Business product owner");
pub const DNUM: Text = t("Chef de produit DNUM", "DNUM product manager");
pub const BUSINESS_ROLE: &str = BUSINESS.fr;
pub const DNUM_ROLE: &str = DNUM.fr;
const MAIN_GROUP: Text = t("Chefferie produit", "Product management");
const OTHER_TASKS_GROUP: Text = t(
    "Autres tâches liées à la réussite du produit",
    "Other tasks the product's success depends on",
);

/// A row: label, description (the guide's parentheses), then one cell per role.
type Row = (Text, Text, [(Level, Text); 2]);

const EMPTY: Text = t("", "");
const NONE: (Level, Text) = (Level::None, EMPTY);
const PILOT: (Level, Text) = (Level::Pilot, EMPTY);
const CONTRIBUTES: (Level, Text) = (Level::Contributes, EMPTY);
const INFORMED: (Level, Text) = (Level::Informed, EMPTY);

const VISION: Text = t("Incarner la vision", "Embody the vision");
const OBJECTIVES: Text = t(
    "Fixer les objectifs et indicateurs produit",
    "Set the product's objectives and indicators",
);
const DESIGN: Text = t("Piloter la conception", "Lead the design");
const DESIGN_DETAIL: Text = t(
    "recherche, parcours utilisateurs, design, architecture, urbanisation, utilisation de briques communes",
    "research, user journeys, design, architecture, urbanisation, use of common building blocks",
);
const DELIVERY: Text = t("Piloter le delivery", "Lead the delivery");
const DELIVERY_DETAIL: Text = t(
    "échanges quotidien avec les développeurs, écrire les US, prioriser le backlog, réaliser les tests, les déploiements, démos, etc",
    "daily exchanges with the developers, writing user stories, prioritising the backlog, running tests, deployments, demos, etc.",
);
const REGULATORY: Text = t(
    "Piloter les sujets règlementaires et de qualité",
    "Lead the regulatory and quality topics",
);
const RITUALS: Text = t("Organisation des rituels", "Organising the rituals");
const RITUALS_DETAIL: Text = t(
    "dailys, comités d'investissement",
    "dailies, investment committees",
);

/// The six rows of the seed table, as the guide wrote them.
const GUIDE_ROWS: [Row; 6] = [
    (
        VISION,
        EMPTY,
        [
            (
                Level::CoResponsible,
                t("porte la politique publique", "carries the public policy"),
            ),
            (
                Level::CoResponsible,
                t("porte le produit numérique", "carries the digital product"),
            ),
        ],
    ),
    (OBJECTIVES, EMPTY, [PILOT, PILOT]),
    (DESIGN, DESIGN_DETAIL, [NONE, PILOT]),
    (DELIVERY, DELIVERY_DETAIL, [NONE, PILOT]),
    (
        REGULATORY,
        t(
            "RGAA, RGS, RGPD, homologation, RGESN",
            "RGAA, RGS, GDPR, security accreditation, RGESN",
        ),
        [NONE, PILOT],
    ),
    (RITUALS, RITUALS_DETAIL, [NONE, PILOT]),
];

/// The guide's *autres tâches liées à la réussite du produit*, which it leaves unassigned.
const OTHER_TASKS: [(Text, Text); 4] = [
    (t("Suivi des devis", "Following up quotes"), EMPTY),
    (t("Support utilisateur", "User support"), EMPTY),
    (
        t(
            "BizDev / déploiement et communication sur le produit",
            "BizDev / deployment and communication about the product",
        ),
        EMPTY,
    ),
    (
        t(
            "Comitologie et préparation des réunions",
            "Committees and meeting preparation",
        ),
        t(
            "comment réduire cette charge ?",
            "how can this load be reduced?",
        ),
    ),
];

fn responsibility(
    lang: Lang,
    label: Text,
    detail: Text,
    cells: &[(Level, Text)],
) -> Responsibility {
    Responsibility::new(
        label.get(lang),
        detail.get(lang),
        cells
            .iter()
            .map(|(l, n)| Cell::new(*l, n.get(lang)))
            .collect(),
    )
}

/// The guide's tables: a main group of rows, and the other tasks it leaves unassigned.
fn split_of(
    lang: Lang,
    name: Text,
    template: TemplateId,
    roles: [Role; 2],
    rows: &[Row],
    other_tasks: &[(Text, Text)],
) -> RoleSplit {
    let main = Group::new(
        MAIN_GROUP.get(lang),
        rows.iter()
            .map(|(label, detail, cells)| responsibility(lang, *label, *detail, cells))
            .collect(),
    );
    let others = Group::new(
        OTHER_TASKS_GROUP.get(lang),
        other_tasks
            .iter()
            .map(|(label, detail)| responsibility(lang, *label, *detail, &[NONE, NONE]))
            .collect(),
    );
    RoleSplit::new(name.get(lang), template, roles.into(), vec![main, others])
}

fn role(lang: Lang, label: Text, card: RoleCard) -> Role {
    Role {
        card,
        ..Role::new(label.get(lang))
    }
}

/// The two roles of the guide, with their cards.
fn guide_roles(lang: Lang) -> [Role; 2] {
    [
        role(lang, BUSINESS, business_card(lang)),
        role(lang, DNUM, dnum_card(lang)),
    ]
}

/// The guide's table: the default split.
pub fn guide_table() -> RoleSplit {
    guide_table_in(Lang::Fr)
}

fn guide_table_in(lang: Lang) -> RoleSplit {
    split_of(
        lang,
        t("Chefferie produit", "Product management"),
        TemplateId::Guide,
        guide_roles(lang),
        &GUIDE_ROWS,
        &OTHER_TASKS,
    )
}

/// A product made by and for the DNUM: its product manager carries the vision as well
/// as the digital product; the teams who use it contribute.
pub fn dnum_product() -> RoleSplit {
    dnum_product_in(Lang::Fr)
}

fn dnum_product_in(lang: Lang) -> RoleSplit {
    let rows: [Row; 6] = [
        (
            VISION,
            EMPTY,
            [
                (
                    Level::Pilot,
                    t(
                        "porte la vision et le produit numérique",
                        "carries the vision and the digital product",
                    ),
                ),
                (
                    Level::Contributes,
                    t("expriment les besoins", "express their needs"),
                ),
            ],
        ),
        (OBJECTIVES, EMPTY, [PILOT, CONTRIBUTES]),
        (DESIGN, DESIGN_DETAIL, [PILOT, CONTRIBUTES]),
        (DELIVERY, DELIVERY_DETAIL, [PILOT, INFORMED]),
        (REGULATORY, GUIDE_ROWS[4].1, [PILOT, NONE]),
        (RITUALS, RITUALS_DETAIL, [PILOT, INFORMED]),
    ];
    split_of(
        lang,
        t("Produit porté par la DNUM", "A product owned by the DNUM"),
        TemplateId::DnumProduct,
        [
            role(lang, DNUM, dnum_card(lang)),
            role(
                lang,
                t("Équipes utilisatrices", "User teams"),
                RoleCard::default(),
            ),
        ],
        &rows,
        &OTHER_TASKS,
    )
}

/// The guide's current table, *Porter un produit*: legal compliance on the business
/// side, a *Participe* level, budget follow-up instead of quotes.
pub fn guide_current() -> RoleSplit {
    guide_current_in(Lang::Fr)
}

fn guide_current_in(lang: Lang) -> RoleSplit {
    let responsible = t("Responsable", "Responsible");
    let co_responsible = t("Co-responsable", "Co-responsible");
    let rows: [Row; 7] = [
        (
            VISION,
            EMPTY,
            [
                (
                    Level::CoResponsible,
                    t(
                        "Responsable — porte la politique publique",
                        "Responsible — carries the public policy",
                    ),
                ),
                (
                    Level::CoResponsible,
                    t(
                        "Co-responsable — porte le produit numérique",
                        "Co-responsible — carries the digital product",
                    ),
                ),
            ],
        ),
        (
            t(
                "Définir les objectifs et indicateurs produit",
                "Define the product's objectives and indicators",
            ),
            EMPTY,
            [(Level::Pilot, responsible), (Level::Pilot, co_responsible)],
        ),
        (
            t("Mener la conception", "Run the design"),
            t(
                "parcours, design, urbanisation, réutilisation de communs numériques",
                "journeys, design, urbanisation, reuse of digital commons",
            ),
            [CONTRIBUTES, PILOT],
        ),
        (
            DELIVERY,
            t(
                "prioriser le backlog, initialiser les US, réaliser les tests, démos",
                "prioritise the backlog, start the user stories, run the tests, demos",
            ),
            [CONTRIBUTES, PILOT],
        ),
        (
            t(
                "S’assurer de la conformité légale",
                "Ensure legal compliance",
            ),
            t(
                "lois, RGPD, déclaration CNIL",
                "laws, GDPR, CNIL declaration",
            ),
            [PILOT, CONTRIBUTES],
        ),
        (
            t(
                "S’assurer de la conformité aux référentiels",
                "Ensure compliance with the standards",
            ),
            t("RGAA, RGS, RGESN", "RGAA, RGS, RGESN"),
            [CONTRIBUTES, PILOT],
        ),
        (
            t(
                "Animation des rituels et des comités d’investissement",
                "Running the rituals and the investment committees",
            ),
            EMPTY,
            [CONTRIBUTES, PILOT],
        ),
    ];
    split_of(
        lang,
        t("Porter un produit", "Owning a product"),
        TemplateId::GuideCurrent,
        [
            role(
                lang,
                t("Responsable métier", "Business owner"),
                business_card(lang),
            ),
            role(
                lang,
                t("Responsable produit", "Product owner"),
                dnum_card(lang),
            ),
        ],
        &rows,
        &[
            (t("Suivi budgétaire", "Budget follow-up"), EMPTY),
            (
                t(
                    "Déploiement et support utilisateurs",
                    "Deployment and user support",
                ),
                EMPTY,
            ),
            (
                t(
                    "Communication sur le produit, animation de la communauté des utilisateurs",
                    "Communication about the product, running the user community",
                ),
                EMPTY,
            ),
            (
                t(
                    "Comitologie et préparation des réunions",
                    "Committees and meeting preparation",
                ),
                EMPTY,
            ),
        ],
    )
}

/// The two roles and one empty group, to start from scratch.
pub fn blank() -> RoleSplit {
    blank_in(Lang::Fr)
}

fn blank_in(lang: Lang) -> RoleSplit {
    RoleSplit::new(
        t("Nouvelle répartition", "New split").get(lang),
        TemplateId::Blank,
        guide_roles(lang).into(),
        vec![Group::new(
            t("Responsabilités", "Responsibilities").get(lang),
            Vec::new(),
        )],
    )
}
