//! The split a set-up hands to the builder, and the risks' changes to it.

use super::rules::{Adjustment, GuideRow, SetUp, Side};
use crate::domain::lang::{t, Lang, Text};
use crate::domain::templates::{BUSINESS, DNUM};
use crate::domain::{
    Cell, Group, Level, Responsibility, Role, RoleId, RoleSplit, RowId, TemplateId,
};

/// One change made to the starting split, in the split's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub row: String,
    pub role: String,
    pub level: Level,
    pub note: String,
}

pub const SPLIT_NAME: Text = t(
    "Répartition issue de «\u{a0}Pourquoi le mode produit\u{a0}?\u{a0}»",
    "Split from \u{201c}Why product mode?\u{201d}",
);
pub const SPONSOR_ROLE: Text = t("Sponsor (directeur)", "Sponsor (director)");
pub const SPONSOR_DECISION: Text = t(
    "Décider, à la fin de chaque étape, de continuer ou d’arrêter",
    "Decide, at the end of each stage, to go on or stop",
);
pub const SPONSOR_NOTE: Text = t("à nommer", "to be named");
pub const TO_BE_NAMED: Text = t("(à nommer)", "(to be named)");

/// The split a set-up starts from, before any risk's change.
pub fn starting_split(set_up: SetUp, lang: Lang) -> RoleSplit {
    let mut split = match set_up {
        SetUp::CoProduct => TemplateId::Guide.build_in(lang),
        SetUp::DnumProduct => TemplateId::DnumProduct.build_in(lang),
        SetUp::NameOwnersFirst => {
            let mut s = TemplateId::Guide.build_in(lang);
            s.roles[0].label = format!("{} {}", BUSINESS.get(lang), TO_BE_NAMED.get(lang));
            s
        }
        SetUp::NotNowOneOff => project_split(lang),
        SetUp::NotNowCommonService => common_service_split(lang),
    };
    split.name = SPLIT_NAME.get(lang).to_owned();
    split
}

/// Applies a risk's change; what it changed, if it could (the sponsor is added once).
pub fn apply(split: &mut RoleSplit, adjustment: &Adjustment, lang: Lang) -> Option<Changed> {
    match adjustment {
        Adjustment::Cell {
            row,
            side,
            level,
            note,
        } => {
            let at = row_of(split, *row)?;
            let role = role_of(split, *side, lang)?;
            split.set_level(at, role, *level).ok()?;
            split.set_note(at, role, note.get(lang)).ok()?;
            Some(Changed {
                row: split.row_label(at).to_owned(),
                role: split.role_label(role).to_owned(),
                level: *level,
                note: note.get(lang).to_owned(),
            })
        }
        Adjustment::SponsorDecision => add_sponsor(split, lang),
    }
}

fn role_of(split: &RoleSplit, side: Side, lang: Lang) -> Option<RoleId> {
    let label = match side {
        Side::Business => BUSINESS.get(lang),
        Side::Dnum => DNUM.get(lang),
    };
    split
        .roles
        .iter()
        .find(|r| r.label.starts_with(label))
        .map(|r| r.id)
}

fn row_of(split: &RoleSplit, row: GuideRow) -> Option<RowId> {
    let group = split.groups.get(row.group)?;
    group.responsibilities.get(row.row).map(|r| r.id)
}

fn add_sponsor(split: &mut RoleSplit, lang: Lang) -> Option<Changed> {
    let sponsor_label = SPONSOR_ROLE.get(lang);
    if split.roles.iter().any(|r| r.label == sponsor_label) {
        return None;
    }
    let sponsor = split.add_role(sponsor_label).ok()?;
    let first_group = split.group_at(0)?;
    let at = split
        .add_responsibility(first_group, SPONSOR_DECISION.get(lang))
        .ok()?;
    split.set_level(at, sponsor, Level::Pilot).ok()?;
    split.set_note(at, sponsor, SPONSOR_NOTE.get(lang)).ok()?;
    for side in [Side::Business, Side::Dnum] {
        if let Some(role) = role_of(split, side, lang) {
            let _ = split.set_level(at, role, Level::Contributes);
        }
    }
    Some(Changed {
        row: SPONSOR_DECISION.get(lang).to_owned(),
        role: sponsor_label.to_owned(),
        level: Level::Pilot,
        note: SPONSOR_NOTE.get(lang).to_owned(),
    })
}

/// Roles, one group and its rows (each with one level per role): the splits of the
/// set-ups that are not product mode.
pub struct PlainSplit {
    pub roles: [Text; 2],
    pub group: Text,
    pub rows: &'static [(Text, [Level; 2])],
}

fn plain_split(lang: Lang, plain: &PlainSplit) -> RoleSplit {
    RoleSplit::new(
        String::new(),
        TemplateId::Blank,
        plain.roles.iter().map(|l| Role::new(l.get(lang))).collect(),
        vec![Group::new(
            plain.group.get(lang),
            plain
                .rows
                .iter()
                .map(|(label, levels)| {
                    Responsibility::new(
                        label.get(lang),
                        "",
                        levels.iter().map(|l| Cell::new(*l, "")).collect(),
                    )
                })
                .collect(),
        )],
    )
}

use Level::{Contributes as Part, Informed as Info, Pilot};

/// A one-off, carried as a project.
pub const PROJECT: PlainSplit = PlainSplit {
    roles: [
        t(
            "Maîtrise d’ouvrage (métier)",
            "Business sponsor (client side)",
        ),
        t("Chef de projet DNUM", "DNUM project manager"),
    ],
    group: t("Projet", "Project"),
    rows: &[
        (
            t(
                "Rédiger et valider le cahier des charges",
                "Write and approve the specification",
            ),
            [Pilot, Part],
        ),
        (
            t("Suivre la réalisation", "Follow the build"),
            [Info, Pilot],
        ),
        (
            t(
                "Vérifier et accepter la livraison",
                "Check and accept the delivery",
            ),
            [Pilot, Part],
        ),
        (
            t(
                "Transmettre à l’exploitation et au support",
                "Hand over to operations and support",
            ),
            [Info, Pilot],
        ),
    ],
};

/// An existing common service, adopted rather than rebuilt.
pub const COMMON_SERVICE: PlainSplit = PlainSplit {
    roles: [
        t("Direction métier", "Business directorate"),
        t("Équipe du service commun", "Common service team"),
    ],
    group: t("Adoption du service commun", "Adopting the common service"),
    rows: &[
        (
            t(
                "Vérifier que le service commun couvre le besoin",
                "Check that the common service covers the need",
            ),
            [Pilot, Part],
        ),
        (
            t(
                "Paramétrer et ouvrir le service",
                "Configure and open the service",
            ),
            [Part, Pilot],
        ),
        (
            t(
                "Former et accompagner les agents",
                "Train and support the agents",
            ),
            [Pilot, Part],
        ),
        (
            t(
                "Remonter les besoins d’évolution",
                "Report the needs for change",
            ),
            [Pilot, Part],
        ),
    ],
};

fn project_split(lang: Lang) -> RoleSplit {
    plain_split(lang, &PROJECT)
}

fn common_service_split(lang: Lang) -> RoleSplit {
    plain_split(lang, &COMMON_SERVICE)
}
