//! The role split: who does what, for each responsibility and each role.

use super::card::RoleCard;
use super::level::Level;
use super::limits::{
    check_label, check_note, LimitError, MAX_GROUPS, MAX_RESPONSIBILITIES, MAX_ROLES,
};
use super::templates::TemplateId;

/// A matrix of responsibilities (rows, in groups) × roles (columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSplit {
    pub name: String,
    /// The built-in template this split started from.
    pub template: TemplateId,
    pub roles: Vec<Role>,
    pub groups: Vec<Group>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Role {
    pub label: String,
    /// What the role is, why it matters, its days, and its questions.
    pub card: RoleCard,
}

impl Role {
    /// A role with an empty card.
    pub fn new(label: impl Into<String>) -> Role {
        Role {
            label: label.into(),
            card: RoleCard::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub label: String,
    pub responsibilities: Vec<Responsibility>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Responsibility {
    pub label: String,
    /// What the responsibility covers (the guide's words in parentheses).
    pub detail: String,
    /// One cell per role, in the order of [`RoleSplit::roles`].
    pub cells: Vec<Cell>,
}

/// What one role does for one responsibility.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    pub level: Level,
    pub note: String,
}

/// Where a responsibility sits: its group, then its position in the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowRef {
    pub group: usize,
    pub row: usize,
}

/// A direction to move a role (left/right) or a row (up/down).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Earlier,
    Later,
}

impl Cell {
    pub fn new(level: Level, note: &str) -> Cell {
        Cell {
            level,
            note: note.to_owned(),
        }
    }
}

impl RoleSplit {
    /// Every responsibility with where it sits, in display order.
    pub fn rows(&self) -> impl Iterator<Item = (RowRef, &Responsibility)> {
        self.groups.iter().enumerate().flat_map(|(group, g)| {
            g.responsibilities
                .iter()
                .enumerate()
                .map(move |(row, r)| (RowRef { group, row }, r))
        })
    }

    /// The responsibility shown just before or after `at`, across groups.
    pub fn row_beside(&self, at: RowRef, direction: Move) -> Option<RowRef> {
        let rows: Vec<RowRef> = self.rows().map(|(r, _)| r).collect();
        let index = rows.iter().position(|r| *r == at)?;
        match direction {
            Move::Earlier => index.checked_sub(1).map(|i| rows[i]),
            Move::Later => rows.get(index + 1).copied(),
        }
    }

    pub fn responsibility_count(&self) -> usize {
        self.groups.iter().map(|g| g.responsibilities.len()).sum()
    }

    pub fn responsibility(&self, at: RowRef) -> Option<&Responsibility> {
        self.groups.get(at.group)?.responsibilities.get(at.row)
    }

    fn responsibility_mut(&mut self, at: RowRef) -> Result<&mut Responsibility, LimitError> {
        self.groups
            .get_mut(at.group)
            .and_then(|g| g.responsibilities.get_mut(at.row))
            .ok_or(LimitError::CellsMismatch)
    }

    pub fn cell(&self, at: RowRef, role: usize) -> Option<&Cell> {
        self.responsibility(at)?.cells.get(role)
    }

    fn cell_mut(&mut self, at: RowRef, role: usize) -> Result<&mut Cell, LimitError> {
        self.responsibility_mut(at)?
            .cells
            .get_mut(role)
            .ok_or(LimitError::CellsMismatch)
    }

    /// Checks every limit and that each row has one cell per role.
    pub fn validate(&self) -> Result<(), LimitError> {
        if self.roles.is_empty() {
            return Err(LimitError::NoRole);
        }
        if self.roles.len() > MAX_ROLES {
            return Err(LimitError::TooManyRoles {
                count: self.roles.len(),
            });
        }
        if self.groups.is_empty() {
            return Err(LimitError::NoGroup);
        }
        if self.groups.len() > MAX_GROUPS {
            return Err(LimitError::TooManyGroups {
                count: self.groups.len(),
            });
        }
        let count = self.responsibility_count();
        if count > MAX_RESPONSIBILITIES {
            return Err(LimitError::TooManyResponsibilities { count });
        }
        check_label(&self.name)?;
        for role in &self.roles {
            check_label(&role.label)?;
            role.card.validate()?;
        }
        for group in &self.groups {
            check_label(&group.label)?;
        }
        for (_, r) in self.rows() {
            check_label(&r.label)?;
            check_note(&r.detail)?;
            if r.cells.len() != self.roles.len() {
                return Err(LimitError::CellsMismatch);
            }
            for cell in &r.cells {
                check_note(&cell.note)?;
            }
        }
        Ok(())
    }

    pub fn rename(&mut self, name: &str) -> Result<(), LimitError> {
        check_label(name)?;
        self.name = name.to_owned();
        Ok(())
    }

    pub fn set_level(&mut self, at: RowRef, role: usize, level: Level) -> Result<(), LimitError> {
        self.cell_mut(at, role)?.level = level;
        Ok(())
    }

    pub fn set_note(&mut self, at: RowRef, role: usize, note: &str) -> Result<(), LimitError> {
        check_note(note)?;
        self.cell_mut(at, role)?.note = note.to_owned();
        Ok(())
    }

    /// Adds a role at the end, not involved anywhere yet. Returns its index.
    pub fn add_role(&mut self, label: &str) -> Result<usize, LimitError> {
        if self.roles.len() >= MAX_ROLES {
            return Err(LimitError::TooManyRoles {
                count: self.roles.len() + 1,
            });
        }
        check_label(label)?;
        self.roles.push(Role::new(label));
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                r.cells.push(Cell::default());
            }
        }
        Ok(self.roles.len() - 1)
    }

    /// The card of a role, to edit.
    pub fn card_mut(&mut self, role: usize) -> Result<&mut RoleCard, LimitError> {
        self.roles
            .get_mut(role)
            .map(|r| &mut r.card)
            .ok_or(LimitError::CellsMismatch)
    }

    /// Adds a role with its card (a role of the guide's team library, say).
    pub fn add_role_with_card(&mut self, label: &str, card: RoleCard) -> Result<usize, LimitError> {
        card.validate()?;
        let role = self.add_role(label)?;
        self.roles[role].card = card;
        Ok(role)
    }

    /// Self-check questions answered "à travailler", over every role.
    pub fn questions_to_work_on(&self) -> usize {
        self.roles.iter().map(|r| r.card.to_work_on()).sum()
    }

    pub fn rename_role(&mut self, role: usize, label: &str) -> Result<(), LimitError> {
        check_label(label)?;
        let slot = self.roles.get_mut(role).ok_or(LimitError::CellsMismatch)?;
        slot.label = label.to_owned();
        Ok(())
    }

    /// Moves a role one column; returns its new index (unchanged at either end).
    pub fn move_role(&mut self, role: usize, direction: Move) -> usize {
        let Some(other) = neighbour(role, direction, self.roles.len()) else {
            return role;
        };
        self.roles.swap(role, other);
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                if other < r.cells.len() && role < r.cells.len() {
                    r.cells.swap(role, other);
                }
            }
        }
        other
    }

    pub fn remove_role(&mut self, role: usize) -> Result<(), LimitError> {
        if role >= self.roles.len() {
            return Err(LimitError::CellsMismatch);
        }
        if self.roles.len() == 1 {
            return Err(LimitError::NoRole);
        }
        self.roles.remove(role);
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                if role < r.cells.len() {
                    r.cells.remove(role);
                }
            }
        }
        Ok(())
    }

    /// Adds a responsibility at the end of a group, with nobody involved yet.
    pub fn add_responsibility(&mut self, group: usize, label: &str) -> Result<RowRef, LimitError> {
        if self.responsibility_count() >= MAX_RESPONSIBILITIES {
            return Err(LimitError::TooManyResponsibilities {
                count: self.responsibility_count() + 1,
            });
        }
        check_label(label)?;
        let roles = self.roles.len();
        let g = self.groups.get_mut(group).ok_or(LimitError::NoGroup)?;
        g.responsibilities.push(Responsibility {
            label: label.to_owned(),
            detail: String::new(),
            cells: vec![Cell::default(); roles],
        });
        Ok(RowRef {
            group,
            row: g.responsibilities.len() - 1,
        })
    }

    pub fn rename_responsibility(&mut self, at: RowRef, label: &str) -> Result<(), LimitError> {
        check_label(label)?;
        self.responsibility_mut(at)?.label = label.to_owned();
        Ok(())
    }

    pub fn set_responsibility_detail(
        &mut self,
        at: RowRef,
        detail: &str,
    ) -> Result<(), LimitError> {
        check_note(detail)?;
        self.responsibility_mut(at)?.detail = detail.to_owned();
        Ok(())
    }

    /// Moves a responsibility one row, crossing into the neighbouring group at
    /// either end of its own; returns where it landed.
    pub fn move_responsibility(&mut self, at: RowRef, direction: Move) -> RowRef {
        let Some(group_len) = self.groups.get(at.group).map(|g| g.responsibilities.len()) else {
            return at;
        };
        if at.row >= group_len {
            return at;
        }
        if let Some(other) = neighbour(at.row, direction, group_len) {
            self.groups[at.group].responsibilities.swap(at.row, other);
            return RowRef {
                group: at.group,
                row: other,
            };
        }
        let Some(target) = neighbour(at.group, direction, self.groups.len()) else {
            return at;
        };
        let moved = self.groups[at.group].responsibilities.remove(at.row);
        let rows = &mut self.groups[target].responsibilities;
        let row = match direction {
            Move::Earlier => {
                rows.push(moved);
                rows.len() - 1
            }
            Move::Later => {
                rows.insert(0, moved);
                0
            }
        };
        RowRef { group: target, row }
    }

    pub fn remove_responsibility(&mut self, at: RowRef) -> Result<Responsibility, LimitError> {
        let g = self.groups.get_mut(at.group).ok_or(LimitError::NoGroup)?;
        if at.row >= g.responsibilities.len() {
            return Err(LimitError::CellsMismatch);
        }
        Ok(g.responsibilities.remove(at.row))
    }

    /// Adds an empty group at the end; returns its index.
    pub fn add_group(&mut self, label: &str) -> Result<usize, LimitError> {
        if self.groups.len() >= MAX_GROUPS {
            return Err(LimitError::TooManyGroups {
                count: self.groups.len() + 1,
            });
        }
        check_label(label)?;
        self.groups.push(Group {
            label: label.to_owned(),
            responsibilities: Vec::new(),
        });
        Ok(self.groups.len() - 1)
    }

    pub fn rename_group(&mut self, group: usize, label: &str) -> Result<(), LimitError> {
        check_label(label)?;
        let g = self.groups.get_mut(group).ok_or(LimitError::NoGroup)?;
        g.label = label.to_owned();
        Ok(())
    }

    /// Moves a whole group one place; returns its new index.
    pub fn move_group(&mut self, group: usize, direction: Move) -> usize {
        match neighbour(group, direction, self.groups.len()) {
            Some(other) => {
                self.groups.swap(group, other);
                other
            }
            None => group,
        }
    }

    /// Removes a group and the responsibilities in it; the last group stays.
    pub fn remove_group(&mut self, group: usize) -> Result<Group, LimitError> {
        if group >= self.groups.len() {
            return Err(LimitError::NoGroup);
        }
        if self.groups.len() == 1 {
            return Err(LimitError::NoGroup);
        }
        Ok(self.groups.remove(group))
    }
}

/// The form under which two labels count as the same: spaces collapsed, case folded.
pub fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(fold_case)
        .collect()
}

/// Lower case for the letters of French and its neighbours (ASCII, Latin-1, Œ, Ÿ).
/// Not `str::to_lowercase`, whose Unicode tables would weigh ~10 KB in the download.
fn fold_case(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        _ => c,
    }
}

/// The index next to `index` in a list of `len`, if there is one that way.
fn neighbour(index: usize, direction: Move, len: usize) -> Option<usize> {
    match direction {
        Move::Earlier => index.checked_sub(1).filter(|_| index < len),
        Move::Later => Some(index + 1).filter(|next| *next < len),
    }
}
