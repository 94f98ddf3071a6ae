//! *Le partage des responsabilités est-il clair ?* — the points a split leaves unclear.

use super::level::Level;
use super::split::{label_key, GroupId, RoleId, RoleSplit, RowId};

/// Which label a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LabelRef {
    Role(RoleId),
    Responsibility(RowId),
    Group(GroupId),
}

/// One point to clarify, naming what it is about by id: it still points at the right row
/// after a move. Messages are written by the i18n catalogues.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Finding {
    /// A label is empty.
    EmptyLabel(LabelRef),
    /// A label repeats an earlier one (compared without case or extra spaces).
    DuplicateLabel { label: LabelRef, first: LabelRef },
    /// No role carries this responsibility (no 🔒 and no 🙆).
    Unowned(RowId),
    /// Nobody has the last word: two roles or more pilot it, or three or more are
    /// co-responsible for it with no pilot. One pilot among co-responsibles leads it; two
    /// co-responsibles are the guide's deliberate share.
    NoSingleLead {
        row: RowId,
        pilots: Vec<RoleId>,
        co_responsible: Vec<RoleId>,
    },
    /// A role is involved in no responsibility at all.
    IdleRole(RoleId),
    /// A role carries more than two thirds of the responsibilities.
    Overloaded {
        role: RoleId,
        carried: usize,
        total: usize,
    },
}

impl Finding {
    /// The responsibility a finding points at, if any (to move focus there).
    pub fn row(&self) -> Option<RowId> {
        match self {
            Finding::Unowned(row) | Finding::NoSingleLead { row, .. } => Some(*row),
            Finding::EmptyLabel(LabelRef::Responsibility(row))
            | Finding::DuplicateLabel {
                label: LabelRef::Responsibility(row),
                ..
            } => Some(*row),
            _ => None,
        }
    }

    /// The role a finding points at, if any.
    pub fn role(&self) -> Option<RoleId> {
        match self {
            Finding::IdleRole(role) | Finding::Overloaded { role, .. } => Some(*role),
            Finding::EmptyLabel(LabelRef::Role(role))
            | Finding::DuplicateLabel {
                label: LabelRef::Role(role),
                ..
            } => Some(*role),
            _ => None,
        }
    }
}

/// Every point to clarify, in reading order: labels, then rows, then roles.
pub fn check_split(split: &RoleSplit) -> Vec<Finding> {
    let mut findings = label_findings(split);
    findings.extend(row_findings(split));
    findings.extend(role_findings(split));
    findings
}

fn label_findings(split: &RoleSplit) -> Vec<Finding> {
    let roles = split
        .roles
        .iter()
        .map(|r| (LabelRef::Role(r.id), r.label.as_str()));
    let groups = split
        .groups
        .iter()
        .map(|g| (LabelRef::Group(g.id), g.label.as_str()));
    let rows = split
        .rows()
        .map(|r| (LabelRef::Responsibility(r.id), r.label.as_str()));
    let mut findings = Vec::new();
    findings.extend(findings_in(roles));
    findings.extend(findings_in(groups));
    findings.extend(findings_in(rows));
    findings
}

/// Empty and repeated labels within one kind of label.
fn findings_in<'a>(labels: impl Iterator<Item = (LabelRef, &'a str)>) -> Vec<Finding> {
    let mut seen: Vec<(String, LabelRef)> = Vec::new();
    let mut findings = Vec::new();
    for (at, label) in labels {
        let key = label_key(label);
        if key.is_empty() {
            findings.push(Finding::EmptyLabel(at));
        } else if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            findings.push(Finding::DuplicateLabel {
                label: at,
                first: *first,
            });
        } else {
            seen.push((key, at));
        }
    }
    findings
}

fn row_findings(split: &RoleSplit) -> Vec<Finding> {
    split
        .rows()
        .filter_map(|r| {
            let at = |level: Level| -> Vec<RoleId> {
                split
                    .roles
                    .iter()
                    .zip(&r.cells)
                    .filter(|(_, c)| c.level == level)
                    .map(|(role, _)| role.id)
                    .collect()
            };
            let (pilots, co_responsible) = (at(Level::Pilot), at(Level::CoResponsible));
            if pilots.is_empty() && co_responsible.is_empty() {
                Some(Finding::Unowned(r.id))
            } else if pilots.len() >= 2 || (pilots.is_empty() && co_responsible.len() >= 3) {
                Some(Finding::NoSingleLead {
                    row: r.id,
                    pilots,
                    co_responsible,
                })
            } else {
                None
            }
        })
        .collect()
}

fn role_findings(split: &RoleSplit) -> Vec<Finding> {
    let total = split.responsibility_count();
    if total == 0 {
        return Vec::new();
    }
    let mut findings = Vec::new();
    for (column, role) in split.roles.iter().enumerate() {
        let levels = || split.rows().filter_map(move |r| r.cells.get(column));
        if levels().all(|c| c.level == Level::None) {
            findings.push(Finding::IdleRole(role.id));
            continue;
        }
        let carried = levels().filter(|c| c.level.carries()).count();
        // More than two thirds, and only where there is someone to share with.
        if split.roles.len() >= 2 && total >= 3 && carried * 3 > total * 2 {
            findings.push(Finding::Overloaded {
                role: role.id,
                carried,
                total,
            });
        }
    }
    findings
}
