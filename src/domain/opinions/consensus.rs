//! Where the team agrees: for each cell of the request's split, the levels the opinions
//! give it and how many gave each, an agreement mark, and the cells most divided first.
//! Roles and rows are matched by label (case and extra spaces aside), as comparing splits
//! does: each browser gave its own ids. Rows and roles an opinion added are proposals.

use super::Opinion;
use crate::domain::split::label_key;
use crate::domain::{Level, RoleId, RoleSplit, RowId};

/// How much the answers to one cell agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Everyone who answered gave the same level.
    Unanimous,
    /// More than half gave the same level.
    Majority,
    /// No level has more than half.
    Divided,
}

/// The answers to one cell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// For each level (in `Level::ALL`'s order), who gave it (a name, or "" when anonymous).
    pub by_level: [Vec<String>; 5],
    /// The comments given on this cell: who, and what.
    pub comments: Vec<(String, String)>,
}

impl Tally {
    pub fn count(&self, level: Level) -> usize {
        self.by_level[level.index()].len()
    }

    /// How many opinions answered this cell (an opinion without its row or role does not).
    pub fn answered(&self) -> usize {
        self.by_level.iter().map(Vec::len).sum()
    }

    /// The level most gave; of levels given equally often, the strongest.
    pub fn leading(&self) -> Option<Level> {
        let most = self
            .by_level
            .iter()
            .map(Vec::len)
            .max()
            .filter(|n| *n > 0)?;
        Level::ALL.into_iter().find(|l| self.count(*l) == most)
    }

    pub fn agreement(&self) -> Option<Agreement> {
        let answered = self.answered();
        let most = self.leading().map(|l| self.count(l))?;
        Some(if most == answered {
            Agreement::Unanimous
        } else if most * 2 > answered {
            Agreement::Majority
        } else {
            Agreement::Divided
        })
    }

    /// The levels given, most given first (then strongest first), with their counts.
    pub fn spread(&self) -> Vec<(Level, usize)> {
        let mut spread: Vec<(Level, usize)> = Vec::new();
        for level in Level::ALL {
            let count = self.count(level);
            if count == 0 {
                continue;
            }
            let at = spread
                .iter()
                .position(|(_, n)| *n < count)
                .unwrap_or(spread.len());
            spread.insert(at, (level, count));
        }
        spread
    }

    /// How divided, for ordering: the share of the leading level (lower is more divided),
    /// in thousandths, then the number of different levels given (more is more divided).
    fn division(&self) -> (usize, usize) {
        let answered = self.answered().max(1);
        let most = self.leading().map_or(0, |l| self.count(l));
        let levels = self.by_level.iter().filter(|v| !v.is_empty()).count();
        (most * 1000 / answered, usize::MAX - levels)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalKind {
    Role,
    /// A responsibility, in the group of this label (the proposer's).
    Row,
}

/// A role or a responsibility some opinions added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub kind: ProposalKind,
    pub label: String,
    /// For a row, the group it was put in.
    pub group: String,
    /// Who proposed it.
    pub by: Vec<String>,
}

/// A cell of the request's split.
type At = (RowId, RoleId);

/// An opinion's roles (label keys, in order) and rows (label key and cells).
type Keyed<'a> = (Vec<String>, Vec<(String, &'a [crate::domain::Cell])>);

/// The answers of every opinion, cell by cell of the request's split.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Consensus {
    pub opinions: usize,
    cells: Vec<(At, Tally)>,
    pub proposals: Vec<Proposal>,
}

impl Consensus {
    pub fn tally(&self, row: RowId, role: RoleId) -> Option<&Tally> {
        self.cells
            .iter()
            .find(|(at, _)| *at == (row, role))
            .map(|(_, tally)| tally)
    }

    /// The cells that are not unanimous, most divided first (then in the matrix's order).
    pub fn most_divided(&self) -> Vec<(RowId, RoleId)> {
        let mut cells: Vec<(&At, (usize, usize))> = Vec::new();
        for (at, tally) in &self.cells {
            if !matches!(
                tally.agreement(),
                Some(Agreement::Majority | Agreement::Divided)
            ) {
                continue;
            }
            let key = tally.division();
            let index = cells
                .iter()
                .position(|(_, k)| *k > key)
                .unwrap_or(cells.len());
            cells.insert(index, (at, key));
        }
        cells.into_iter().map(|(at, _)| *at).collect()
    }

    /// How many cells have each agreement.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for (_, tally) in &self.cells {
            match tally.agreement() {
                Some(Agreement::Unanimous) => counts.0 += 1,
                Some(Agreement::Majority) => counts.1 += 1,
                Some(Agreement::Divided) => counts.2 += 1,
                None => {}
            }
        }
        counts
    }

    /// The split the majority gives: the request's split with, in each cell, the level most
    /// opinions gave (unanswered cells keep their level). What the checks run on.
    pub fn majority_split(&self, base: &RoleSplit) -> RoleSplit {
        self.agreed_split(base, &[], &[], &[])
    }

    /// The agreed split: each cell at the level agreed on (`agreed`), or else the leading
    /// one; the accepted proposals (indices into `proposals`) added, each of their cells at
    /// the level their proposers gave.
    pub fn agreed_split(
        &self,
        base: &RoleSplit,
        opinions: &[Opinion],
        agreed: &[((RowId, RoleId), Level)],
        accepted: &[usize],
    ) -> RoleSplit {
        let mut split = base.clone();
        for (at, tally) in &self.cells {
            let level = agreed
                .iter()
                .find(|(cell, _)| cell == at)
                .map(|(_, level)| *level)
                .or_else(|| tally.leading());
            if let Some(level) = level {
                let _ = split.set_level(at.0, at.1, level);
            }
        }
        for proposal in accepted.iter().filter_map(|i| self.proposals.get(*i)) {
            add_proposal(&mut split, proposal, opinions);
        }
        split
    }
}

impl Consensus {
    /// `split` (the agreed one) with, in each cell the opinions answered, the spread of
    /// their levels as its note (`describe` writes it), after the cell's own note: what the
    /// Markdown and CSV exports of the opinions show.
    pub fn with_spread(&self, split: &RoleSplit, describe: impl Fn(&Tally) -> String) -> RoleSplit {
        let mut split = split.clone();
        for (at, tally) in &self.cells {
            if tally.answered() == 0 {
                continue;
            }
            if let Ok(cell) = split.cell_mut(at.0, at.1) {
                let spread = describe(tally);
                cell.note = if cell.note.is_empty() {
                    spread
                } else {
                    format!("{} — {spread}", cell.note)
                };
            }
        }
        split
    }
}

/// Adds a proposed role or row to `split`, with the levels its proposers gave where the
/// rest of the split has them.
fn add_proposal(split: &mut RoleSplit, proposal: &Proposal, opinions: &[Opinion]) {
    match proposal.kind {
        ProposalKind::Role => {
            let Ok(role) = split.add_role(&proposal.label) else {
                return;
            };
            for row in split.row_ids().collect::<Vec<_>>() {
                let label = split.row_label(row).to_owned();
                if let Some(level) = leading_among(opinions, &label, &proposal.label) {
                    let _ = split.set_level(row, role, level);
                }
            }
        }
        ProposalKind::Row => {
            let key = label_key(&proposal.group);
            let group = split
                .groups
                .iter()
                .find(|g| label_key(&g.label) == key)
                .or(split.groups.last())
                .map(|g| g.id);
            let Some(Ok(row)) = group.map(|g| split.add_responsibility(g, &proposal.label)) else {
                return;
            };
            for role in split.role_ids().collect::<Vec<_>>() {
                let label = split.role_label(role).to_owned();
                if let Some(level) = leading_among(opinions, &proposal.label, &label) {
                    let _ = split.set_level(row, role, level);
                }
            }
        }
    }
}

/// The level most of `opinions` gave to the cell (row label, role label), among those
/// that have it.
fn leading_among(opinions: &[Opinion], row: &str, role: &str) -> Option<Level> {
    let (row, role) = (label_key(row), label_key(role));
    let mut tally = Tally::default();
    for opinion in opinions {
        let split = &opinion.split;
        let level = split
            .roles
            .iter()
            .position(|r| label_key(&r.label) == role)
            .and_then(|column| {
                split
                    .rows()
                    .find(|r| label_key(&r.label) == row)
                    .and_then(|r| r.cells.get(column))
            })
            .map(|cell| cell.level);
        if let Some(level) = level {
            tally.by_level[level.index()].push(String::new());
        }
    }
    tally.leading()
}

/// Tallies `opinions` on the cells of `base` (the request's split).
pub fn consensus(base: &RoleSplit, opinions: &[Opinion]) -> Consensus {
    // Each opinion's rows and roles by label key, once.
    let keyed: Vec<Keyed> = opinions
        .iter()
        .map(|o| {
            let roles = o.split.roles.iter().map(|r| label_key(&r.label)).collect();
            let rows = o
                .split
                .rows()
                .map(|r| (label_key(&r.label), r.cells.as_slice()))
                .collect();
            (roles, rows)
        })
        .collect();
    let mut cells = Vec::new();
    for row in base.rows() {
        let row_key = label_key(&row.label);
        for role in &base.roles {
            let role_key = label_key(&role.label);
            let mut tally = Tally::default();
            for (opinion, (roles, rows)) in opinions.iter().zip(&keyed) {
                let cell = roles
                    .iter()
                    .position(|r| *r == role_key)
                    .and_then(|column| {
                        rows.iter()
                            .find(|(key, _)| *key == row_key)
                            .and_then(|(_, cells)| cells.get(column))
                    });
                if let Some(cell) = cell {
                    tally.by_level[cell.level.index()].push(opinion.name.clone());
                    if !cell.note.trim().is_empty() {
                        tally
                            .comments
                            .push((opinion.name.clone(), cell.note.clone()));
                    }
                }
            }
            cells.push(((row.id, role.id), tally));
        }
    }
    Consensus {
        opinions: opinions.len(),
        cells,
        proposals: proposals(base, opinions),
    }
}

/// The roles and rows opinions added, each once (by label), with who proposed it.
fn proposals(base: &RoleSplit, opinions: &[Opinion]) -> Vec<Proposal> {
    let base_roles: Vec<String> = base.roles.iter().map(|r| label_key(&r.label)).collect();
    let base_rows: Vec<String> = base.rows().map(|r| label_key(&r.label)).collect();
    let mut proposals: Vec<Proposal> = Vec::new();
    let mut propose = |kind, label: &str, group: &str, by: &str| {
        let key = label_key(label);
        match proposals
            .iter_mut()
            .find(|p| p.kind == kind && label_key(&p.label) == key)
        {
            Some(p) => p.by.push(by.to_owned()),
            None => proposals.push(Proposal {
                kind,
                label: label.trim().to_owned(),
                group: group.to_owned(),
                by: vec![by.to_owned()],
            }),
        }
    };
    for opinion in opinions {
        for role in &opinion.split.roles {
            if !base_roles.contains(&label_key(&role.label)) {
                propose(ProposalKind::Role, &role.label, "", &opinion.name);
            }
        }
        for group in &opinion.split.groups {
            for row in &group.responsibilities {
                if !base_rows.contains(&label_key(&row.label)) {
                    propose(ProposalKind::Row, &row.label, &group.label, &opinion.name);
                }
            }
        }
    }
    proposals
}
