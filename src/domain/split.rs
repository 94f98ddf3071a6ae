//! The role split: who does what, for each responsibility and each role.
//!
//! Roles, groups and responsibilities are known by an id, not by where they stand: an
//! edit, a move, a confirmation or a check finding names the thing itself, so it still
//! designates it after a move, and designates nothing once it is gone.

use serde::{Deserialize, Serialize};

use super::card::RoleCard;
use super::level::Level;
use super::limits::{
    check_label, check_note, clean_text, LimitError, MAX_GROUPS, MAX_RESPONSIBILITIES, MAX_ROLES,
};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);
    };
}

id_type!(
    /// A role (a column), for as long as the split lives.
    RoleId
);
id_type!(
    /// A group of responsibilities.
    GroupId
);
id_type!(
    /// A responsibility (a row).
    RowId
);

/// Which built-in template a split started from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TemplateId {
    /// The table of the guide's *Chefferie produit* page (`shared/seeds/000_…`).
    #[default]
    #[serde(rename = "guide")]
    Guide,
    /// A product made by and for the DNUM, whose product manager carries the vision too.
    #[serde(rename = "produit-dnum")]
    DnumProduct,
    /// The two roles and an empty group.
    #[serde(rename = "vierge")]
    Blank,
    /// The guide's current table, *Porter un produit*.
    #[serde(rename = "porter-un-produit")]
    GuideCurrent,
}

impl TemplateId {
    pub const ALL: [TemplateId; 4] = [
        TemplateId::Guide,
        TemplateId::GuideCurrent,
        TemplateId::DnumProduct,
        TemplateId::Blank,
    ];

    /// A stable name, as in saved data and links (the same as serde's).
    pub fn key(self) -> &'static str {
        match self {
            TemplateId::Guide => "guide",
            TemplateId::DnumProduct => "produit-dnum",
            TemplateId::Blank => "vierge",
            TemplateId::GuideCurrent => "porter-un-produit",
        }
    }
}

/// A matrix of responsibilities (rows, in groups) × roles (columns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleSplit {
    pub name: String,
    /// The built-in template this split started from.
    pub template: TemplateId,
    pub roles: Vec<Role>,
    pub groups: Vec<Group>,
    /// The id the next role, group or responsibility gets: an id is never given twice in a
    /// split's life, so a deleted thing's id never comes to mean something else.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub next_id: u32,
}

/// Ids beyond this are damaged data: a person adding a role a second for a year would not
/// reach it, and the counter stays far from wrapping round.
pub const MAX_ID: u32 = 1 << 24;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Saved data before identities, and hand-written files, leave ids out: they read as 0,
/// "not given yet", and [`RoleSplit::ensure_ids`] gives them.
fn is_unset<T: Default + PartialEq>(id: &T) -> bool {
    *id == T::default()
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    #[serde(default, skip_serializing_if = "is_unset")]
    pub id: RoleId,
    pub label: String,
    /// What the role is, why it matters, its days, and its questions.
    #[serde(default, skip_serializing_if = "RoleCard::is_empty")]
    pub card: RoleCard,
}

impl Role {
    /// A role with an empty card (its id is given when it joins a split).
    pub fn new(label: impl Into<String>) -> Role {
        Role {
            id: RoleId::default(),
            label: label.into(),
            card: RoleCard::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    #[serde(default, skip_serializing_if = "is_unset")]
    pub id: GroupId,
    pub label: String,
    pub responsibilities: Vec<Responsibility>,
}

impl Group {
    pub fn new(label: impl Into<String>, responsibilities: Vec<Responsibility>) -> Group {
        Group {
            id: GroupId::default(),
            label: label.into(),
            responsibilities,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Responsibility {
    #[serde(default, skip_serializing_if = "is_unset")]
    pub id: RowId,
    pub label: String,
    /// What the responsibility covers (the guide's words in parentheses).
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "text_or_null"
    )]
    pub detail: String,
    /// One cell per role, in the order of [`RoleSplit::roles`].
    pub cells: Vec<Cell>,
}

impl Responsibility {
    pub fn new(label: impl Into<String>, detail: impl Into<String>, cells: Vec<Cell>) -> Self {
        Responsibility {
            id: RowId::default(),
            label: label.into(),
            detail: detail.into(),
            cells,
        }
    }
}

/// What one role does for one responsibility. "Not involved" and an empty note are left
/// out of saved data and files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    #[serde(default, skip_serializing_if = "Level::is_none")]
    pub level: Level,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "text_or_null"
    )]
    pub note: String,
}

/// A text that may be written `null` (hand-made files): read as empty.
pub(crate) fn text_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
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

/// Whether a thing can move one place earlier and one place later.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CanMove {
    pub earlier: bool,
    pub later: bool,
}

impl RoleSplit {
    /// A split of these roles and groups, every one given an id.
    pub fn new(
        name: impl Into<String>,
        template: TemplateId,
        roles: Vec<Role>,
        groups: Vec<Group>,
    ) -> RoleSplit {
        let mut split = RoleSplit {
            name: name.into(),
            template,
            roles,
            groups,
            next_id: 0,
        };
        split.give_fresh_ids();
        split
    }

    // ---- Identities -------------------------------------------------------------------

    fn all_ids(&self) -> impl Iterator<Item = u32> + '_ {
        let roles = self.roles.iter().map(|r| r.id.0);
        let groups = self.groups.iter().map(|g| g.id.0);
        let rows = self.rows().map(|r| r.id.0);
        roles.chain(groups).chain(rows)
    }

    /// Gives every role, group and responsibility an id, unless each has one already, none
    /// repeats another, and the counter is beyond them all (data saved with ids). Data from
    /// before ids, or damaged ids, get new ones, in reading order.
    pub fn ensure_ids(&mut self) {
        let ids: Vec<u32> = self.all_ids().collect();
        let valid = self.next_id <= MAX_ID
            && ids
                .iter()
                .enumerate()
                .all(|(i, id)| *id != 0 && *id < self.next_id && !ids[..i].contains(id));
        if !valid {
            self.give_fresh_ids();
        }
    }

    /// New ids for everything, 1, 2, 3… in reading order.
    fn give_fresh_ids(&mut self) {
        self.number_from(1);
    }

    /// New ids for everything in reading order, counting from `first`.
    fn number_from(&mut self, first: u32) {
        let mut next = first;
        let mut take = || {
            let id = next;
            next += 1;
            id
        };
        for role in &mut self.roles {
            role.id = RoleId(take());
        }
        for group in &mut self.groups {
            group.id = GroupId(take());
        }
        for group in &mut self.groups {
            for row in &mut group.responsibilities {
                row.id = RowId(take());
            }
        }
        self.next_id = next;
    }

    fn take_id(&mut self) -> u32 {
        // A split made by hand (in a test, say) may not have started its counter.
        if self.next_id == 0 {
            self.next_id = self.all_ids().max().unwrap_or(0).saturating_add(1);
        }
        // Far beyond what a person can add (see `MAX_ID`); never wraps round to 0.
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    /// The same split with every id cleared: what it says, not who is who. Two splits say
    /// the same thing when these are equal.
    pub fn without_ids(&self) -> RoleSplit {
        let mut split = self.clone();
        split.next_id = 0;
        for role in &mut split.roles {
            role.id = RoleId::default();
        }
        for group in &mut split.groups {
            group.id = GroupId::default();
            for row in &mut group.responsibilities {
                row.id = RowId::default();
            }
        }
        split
    }

    /// Whether two splits say the same thing, whatever their ids.
    pub fn same_content(&self, other: &RoleSplit) -> bool {
        self.without_ids() == other.without_ids()
    }

    // ---- Finding things -----------------------------------------------------------------

    /// Every responsibility, in display order.
    pub fn rows(&self) -> impl Iterator<Item = &Responsibility> {
        self.groups.iter().flat_map(|g| g.responsibilities.iter())
    }

    pub fn row_ids(&self) -> impl Iterator<Item = RowId> + '_ {
        self.rows().map(|r| r.id)
    }

    pub fn role_ids(&self) -> impl Iterator<Item = RoleId> + '_ {
        self.roles.iter().map(|r| r.id)
    }

    pub fn group_ids(&self) -> impl Iterator<Item = GroupId> + '_ {
        self.groups.iter().map(|g| g.id)
    }

    /// The first responsibility shown, if there is one.
    pub fn first_row(&self) -> Option<RowId> {
        self.row_ids().next()
    }

    /// The role at a position (0 is the first column).
    pub fn role_at(&self, index: usize) -> Option<RoleId> {
        self.roles.get(index).map(|r| r.id)
    }

    /// The group at a position.
    pub fn group_at(&self, index: usize) -> Option<GroupId> {
        self.groups.get(index).map(|g| g.id)
    }

    /// The responsibility at a position in display order, all groups together.
    pub fn row_at(&self, index: usize) -> Option<RowId> {
        self.row_ids().nth(index)
    }

    pub fn role_index(&self, id: RoleId) -> Option<usize> {
        self.roles.iter().position(|r| r.id == id)
    }

    pub fn group_index(&self, id: GroupId) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }

    /// Where a responsibility stands: its group's position, then its own in the group.
    pub fn locate(&self, id: RowId) -> Option<(usize, usize)> {
        self.groups.iter().enumerate().find_map(|(g, group)| {
            group
                .responsibilities
                .iter()
                .position(|r| r.id == id)
                .map(|row| (g, row))
        })
    }

    pub fn role(&self, id: RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    pub fn responsibility(&self, id: RowId) -> Option<&Responsibility> {
        self.rows().find(|r| r.id == id)
    }

    /// The group a responsibility is in.
    pub fn group_of(&self, id: RowId) -> Option<GroupId> {
        self.locate(id).map(|(g, _)| self.groups[g].id)
    }

    pub fn cell(&self, row: RowId, role: RoleId) -> Option<&Cell> {
        let column = self.role_index(role)?;
        self.responsibility(row)?.cells.get(column)
    }

    /// A role's label, empty if there is no such role.
    pub fn role_label(&self, id: RoleId) -> &str {
        self.role(id).map_or("", |r| r.label.as_str())
    }

    /// A responsibility's label, empty if there is no such responsibility.
    pub fn row_label(&self, id: RowId) -> &str {
        self.responsibility(id).map_or("", |r| r.label.as_str())
    }

    /// A group's label, empty if there is no such group.
    pub fn group_label(&self, id: GroupId) -> &str {
        self.group(id).map_or("", |g| g.label.as_str())
    }

    /// The responsibility shown just before or after `id`, across groups.
    pub fn row_beside(&self, id: RowId, direction: Move) -> Option<RowId> {
        let rows: Vec<RowId> = self.row_ids().collect();
        let index = rows.iter().position(|r| *r == id)?;
        let other = neighbour(index, direction, rows.len())?;
        Some(rows[other])
    }

    /// The role shown just before or after `id`.
    pub fn role_beside(&self, id: RoleId, direction: Move) -> Option<RoleId> {
        let index = self.role_index(id)?;
        neighbour(index, direction, self.roles.len()).map(|i| self.roles[i].id)
    }

    /// Whether a role can move left (earlier) or right (later).
    pub fn can_move_role(&self, id: RoleId) -> CanMove {
        self.role_index(id)
            .map(|i| can_move(i, self.roles.len()))
            .unwrap_or_default()
    }

    /// Whether a group can move up or down.
    pub fn can_move_group(&self, id: GroupId) -> CanMove {
        self.group_index(id)
            .map(|i| can_move(i, self.groups.len()))
            .unwrap_or_default()
    }

    /// Whether a responsibility can move up or down: within its group, or into the
    /// neighbouring group at either end of it.
    pub fn can_move_row(&self, id: RowId) -> CanMove {
        match self.locate(id) {
            Some((group, row)) => {
                let rows = self.groups[group].responsibilities.len();
                CanMove {
                    earlier: group > 0 || row > 0,
                    later: row + 1 < rows || group + 1 < self.groups.len(),
                }
            }
            None => CanMove::default(),
        }
    }

    pub fn responsibility_count(&self) -> usize {
        self.groups.iter().map(|g| g.responsibilities.len()).sum()
    }

    fn responsibility_mut(&mut self, id: RowId) -> Result<&mut Responsibility, LimitError> {
        self.groups
            .iter_mut()
            .flat_map(|g| g.responsibilities.iter_mut())
            .find(|r| r.id == id)
            .ok_or(LimitError::Gone)
    }

    pub(crate) fn cell_mut(&mut self, row: RowId, role: RoleId) -> Result<&mut Cell, LimitError> {
        let column = self.role_index(role).ok_or(LimitError::Gone)?;
        self.responsibility_mut(row)?
            .cells
            .get_mut(column)
            .ok_or(LimitError::CellsMismatch)
    }

    fn role_mut(&mut self, id: RoleId) -> Result<&mut Role, LimitError> {
        self.roles
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(LimitError::Gone)
    }

    fn group_mut(&mut self, id: GroupId) -> Result<&mut Group, LimitError> {
        self.groups
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(LimitError::Gone)
    }

    /// Removes deceptive characters (bidi overrides, zero-width) from every text: for a
    /// split read from a link, a file or saved data, so that it reads as what it holds.
    pub fn clean_texts(&mut self) {
        let clean = |text: &mut String| {
            if let std::borrow::Cow::Owned(cleaned) = clean_text(text) {
                *text = cleaned;
            }
        };
        clean(&mut self.name);
        for role in &mut self.roles {
            clean(&mut role.label);
            role.card.clean_texts();
        }
        for group in &mut self.groups {
            clean(&mut group.label);
            for row in &mut group.responsibilities {
                clean(&mut row.label);
                clean(&mut row.detail);
                for cell in &mut row.cells {
                    clean(&mut cell.note);
                }
            }
        }
    }

    // ---- Limits ----------------------------------------------------------------------

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
        for r in self.rows() {
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

    // ---- Edits -----------------------------------------------------------------------

    pub fn rename(&mut self, name: &str) -> Result<(), LimitError> {
        let name = &*clean_text(name);
        check_label(name)?;
        self.name = name.to_owned();
        Ok(())
    }

    pub fn set_level(&mut self, row: RowId, role: RoleId, level: Level) -> Result<(), LimitError> {
        self.cell_mut(row, role)?.level = level;
        Ok(())
    }

    pub fn set_note(&mut self, row: RowId, role: RoleId, note: &str) -> Result<(), LimitError> {
        let note = &*clean_text(note);
        check_note(note)?;
        self.cell_mut(row, role)?.note = note.to_owned();
        Ok(())
    }

    /// Adds a role at the end, not involved anywhere yet.
    pub fn add_role(&mut self, label: &str) -> Result<RoleId, LimitError> {
        self.add_role_with_card(label, RoleCard::default())
    }

    /// Adds a role with its card (a role of the guide's team library, say).
    pub fn add_role_with_card(
        &mut self,
        label: &str,
        card: RoleCard,
    ) -> Result<RoleId, LimitError> {
        let label = &*clean_text(label);
        if self.roles.len() >= MAX_ROLES {
            return Err(LimitError::TooManyRoles {
                count: self.roles.len() + 1,
            });
        }
        check_label(label)?;
        card.validate()?;
        let id = RoleId(self.take_id());
        self.roles.push(Role {
            id,
            label: label.to_owned(),
            card,
        });
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                r.cells.push(Cell::default());
            }
        }
        Ok(id)
    }

    /// The card of a role, to edit.
    pub fn card_mut(&mut self, role: RoleId) -> Result<&mut RoleCard, LimitError> {
        Ok(&mut self.role_mut(role)?.card)
    }

    /// Self-check questions answered "à travailler", over every role.
    pub fn questions_to_work_on(&self) -> usize {
        self.roles.iter().map(|r| r.card.to_work_on()).sum()
    }

    pub fn rename_role(&mut self, role: RoleId, label: &str) -> Result<(), LimitError> {
        let label = &*clean_text(label);
        check_label(label)?;
        self.role_mut(role)?.label = label.to_owned();
        Ok(())
    }

    /// Moves a role one column, its cells with it; false at either end.
    pub fn move_role(&mut self, role: RoleId, direction: Move) -> Result<bool, LimitError> {
        let index = self.role_index(role).ok_or(LimitError::Gone)?;
        let Some(other) = neighbour(index, direction, self.roles.len()) else {
            return Ok(false);
        };
        self.roles.swap(index, other);
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                if other < r.cells.len() && index < r.cells.len() {
                    r.cells.swap(index, other);
                }
            }
        }
        Ok(true)
    }

    pub fn remove_role(&mut self, role: RoleId) -> Result<Role, LimitError> {
        let index = self.role_index(role).ok_or(LimitError::Gone)?;
        if self.roles.len() == 1 {
            return Err(LimitError::NoRole);
        }
        for group in &mut self.groups {
            for r in &mut group.responsibilities {
                if index < r.cells.len() {
                    r.cells.remove(index);
                }
            }
        }
        Ok(self.roles.remove(index))
    }

    /// Adds a responsibility at the end of a group, with nobody involved yet.
    pub fn add_responsibility(&mut self, group: GroupId, label: &str) -> Result<RowId, LimitError> {
        let at = self.group_index(group).ok_or(LimitError::Gone)?;
        let end = self.groups[at].responsibilities.len();
        self.insert_responsibility(at, end, label)
    }

    /// Adds a responsibility just after another one, in its group.
    pub fn add_responsibility_after(
        &mut self,
        after: RowId,
        label: &str,
    ) -> Result<RowId, LimitError> {
        let (group, row) = self.locate(after).ok_or(LimitError::Gone)?;
        self.insert_responsibility(group, row + 1, label)
    }

    fn insert_responsibility(
        &mut self,
        group: usize,
        at: usize,
        label: &str,
    ) -> Result<RowId, LimitError> {
        let label = &*clean_text(label);
        if self.responsibility_count() >= MAX_RESPONSIBILITIES {
            return Err(LimitError::TooManyResponsibilities {
                count: self.responsibility_count() + 1,
            });
        }
        check_label(label)?;
        let id = RowId(self.take_id());
        let roles = self.roles.len();
        self.groups[group].responsibilities.insert(
            at,
            Responsibility {
                id,
                label: label.to_owned(),
                detail: String::new(),
                cells: vec![Cell::default(); roles],
            },
        );
        Ok(id)
    }

    pub fn rename_responsibility(&mut self, row: RowId, label: &str) -> Result<(), LimitError> {
        let label = &*clean_text(label);
        check_label(label)?;
        self.responsibility_mut(row)?.label = label.to_owned();
        Ok(())
    }

    pub fn set_responsibility_detail(
        &mut self,
        row: RowId,
        detail: &str,
    ) -> Result<(), LimitError> {
        let detail = &*clean_text(detail);
        check_note(detail)?;
        self.responsibility_mut(row)?.detail = detail.to_owned();
        Ok(())
    }

    /// Moves a responsibility one row, crossing into the neighbouring group at either end
    /// of its own; false when it cannot go further.
    pub fn move_responsibility(&mut self, row: RowId, direction: Move) -> Result<bool, LimitError> {
        let (group, at) = self.locate(row).ok_or(LimitError::Gone)?;
        let group_len = self.groups[group].responsibilities.len();
        if let Some(other) = neighbour(at, direction, group_len) {
            self.groups[group].responsibilities.swap(at, other);
            return Ok(true);
        }
        let Some(target) = neighbour(group, direction, self.groups.len()) else {
            return Ok(false);
        };
        let moved = self.groups[group].responsibilities.remove(at);
        let rows = &mut self.groups[target].responsibilities;
        match direction {
            Move::Earlier => rows.push(moved),
            Move::Later => rows.insert(0, moved),
        }
        Ok(true)
    }

    pub fn remove_responsibility(&mut self, row: RowId) -> Result<Responsibility, LimitError> {
        let (group, at) = self.locate(row).ok_or(LimitError::Gone)?;
        Ok(self.groups[group].responsibilities.remove(at))
    }

    /// Adds an empty group at the end.
    pub fn add_group(&mut self, label: &str) -> Result<GroupId, LimitError> {
        let label = &*clean_text(label);
        if self.groups.len() >= MAX_GROUPS {
            return Err(LimitError::TooManyGroups {
                count: self.groups.len() + 1,
            });
        }
        check_label(label)?;
        let id = GroupId(self.take_id());
        self.groups.push(Group {
            id,
            label: label.to_owned(),
            responsibilities: Vec::new(),
        });
        Ok(id)
    }

    pub fn rename_group(&mut self, group: GroupId, label: &str) -> Result<(), LimitError> {
        let label = &*clean_text(label);
        check_label(label)?;
        self.group_mut(group)?.label = label.to_owned();
        Ok(())
    }

    /// Moves a whole group one place; false at either end.
    pub fn move_group(&mut self, group: GroupId, direction: Move) -> Result<bool, LimitError> {
        let index = self.group_index(group).ok_or(LimitError::Gone)?;
        match neighbour(index, direction, self.groups.len()) {
            Some(other) => {
                self.groups.swap(index, other);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Removes a group and the responsibilities in it; the last group stays.
    pub fn remove_group(&mut self, group: GroupId) -> Result<Group, LimitError> {
        let index = self.group_index(group).ok_or(LimitError::Gone)?;
        if self.groups.len() == 1 {
            return Err(LimitError::NoGroup);
        }
        Ok(self.groups.remove(index))
    }

    /// Becomes `other` (a shared split kept in its place, say), with ids that none of this
    /// split's ever had: an id held elsewhere never comes to name something else.
    pub fn replace_with(&mut self, other: RoleSplit) {
        let first = self.next_id.max(1);
        *self = other;
        self.number_from(first);
    }

    /// Takes the content of `other` (a template, say) and keeps this split's name, with
    /// new ids as [`RoleSplit::replace_with`] gives them.
    pub fn replace_content_keeping_name(&mut self, other: RoleSplit) {
        let name = std::mem::take(&mut self.name);
        self.replace_with(other);
        self.name = name;
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
pub fn fold_case(c: char) -> char {
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

fn can_move(index: usize, len: usize) -> CanMove {
    CanMove {
        earlier: neighbour(index, Move::Earlier, len).is_some(),
        later: neighbour(index, Move::Later, len).is_some(),
    }
}
