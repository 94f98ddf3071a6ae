//! The layout of a split in a link: compact, written against the template the split
//! started from. Roles, groups and rows equal to the template's are one-byte references;
//! cells are either listed where they differ from the template, or written out densely,
//! whichever is shorter. From format 2, role cards follow, by reference to the template's
//! card where they match it.
//!
//! Each released format is a frozen [`Format`] constant: never change one. A new format
//! is a new constant, read alongside the old ones.

use super::bytes::{Malformed, Reader, Writer};
use crate::domain::card::{
    CheckAnswer, RoleCard, SectionId, SelfCheck, MAX_CARD_ITEMS, MAX_CARD_TEXT_CHARS,
};
use crate::domain::lang::Lang;
use crate::domain::limits::{
    LimitError, MAX_GROUPS, MAX_LABEL_CHARS, MAX_NOTE_CHARS, MAX_RESPONSIBILITIES, MAX_ROLES,
};
use crate::domain::{Cell, Group, Level, Responsibility, Role, RoleSplit, TemplateId};

const NAME_AS_TEMPLATE: u8 = 1;
const ROLES_AS_TEMPLATE: u8 = 2;
const ROWS_AS_TEMPLATE: u8 = 4;
const CELLS_DENSE: u8 = 8;

/// UTF-8 takes at most 4 bytes a character.
const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;
const MAX_NOTE_BYTES: usize = MAX_NOTE_CHARS * 4;

/// What a format version holds.
pub struct Format {
    /// The templates, in the order of their link number.
    templates: &'static [TemplateId],
    /// Whether role cards follow the cells.
    cards: bool,
    /// Whether the template may be the English one.
    languages: bool,
}

/// Format 1: no role cards; three templates.
pub const V1: Format = Format {
    templates: &[
        TemplateId::Guide,
        TemplateId::DnumProduct,
        TemplateId::Blank,
    ],
    cards: false,
    languages: false,
};

/// Format 2: role cards and their self-checks; the guide's current table; templates in
/// French or English.
pub const V2: Format = Format {
    templates: &[
        TemplateId::Guide,
        TemplateId::DnumProduct,
        TemplateId::Blank,
        TemplateId::GuideCurrent,
    ],
    cards: true,
    languages: true,
};

/// Why a payload could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Malformed,
    OverLimits(LimitError),
}

impl From<Malformed> for ReadError {
    fn from(_: Malformed) -> Self {
        ReadError::Malformed
    }
}

/// A row without its cells.
#[derive(Clone, PartialEq, Eq)]
struct RowHead {
    label: String,
    detail: String,
}

fn heads(split: &RoleSplit) -> Vec<RowHead> {
    split
        .rows()
        .map(|r| RowHead {
            label: r.label.clone(),
            detail: r.detail.clone(),
        })
        .collect()
}

/// 1 + the position of `item` in `list`, or 0 when it is not there.
fn reference<T: PartialEq>(list: &[T], item: &T) -> usize {
    list.iter().position(|x| x == item).map_or(0, |i| i + 1)
}

fn cell_code(cell: &Cell) -> u8 {
    cell.level.index() as u8 | if cell.note.is_empty() { 0 } else { 8 }
}

/// Where each role and each row of the split comes from in the template, if anywhere.
struct Origins {
    roles: Vec<Option<usize>>,
    rows: Vec<Option<usize>>,
}

/// What a cell is expected to be, knowing only where its row and role come from.
fn expected(template_rows: &[&Responsibility], origins: &Origins, row: usize, role: usize) -> Cell {
    match (origins.rows[row], origins.roles[role]) {
        (Some(r), Some(c)) => template_rows[r].cells[c].clone(),
        _ => Cell::default(),
    }
}

/// The split written against its template in each language the format knows; the
/// shortest wins (a split made in English refers to the English template).
pub fn write(format: &Format, split: &RoleSplit) -> Vec<u8> {
    let languages: &[Lang] = if format.languages {
        &Lang::ALL
    } else {
        &[Lang::Fr]
    };
    languages
        .iter()
        .map(|lang| write_against(format, split, *lang))
        .min_by_key(Vec::len)
        .unwrap_or_default()
}

/// The template's language is in the high bits of the template byte (format 2).
const ENGLISH: u8 = 0x10;

fn write_against(format: &Format, split: &RoleSplit, lang: Lang) -> Vec<u8> {
    let template = split.template.build_in(lang);
    let mut w = Writer::default();
    let index = format
        .templates
        .iter()
        .position(|t| *t == split.template)
        .unwrap_or(0) as u8;
    w.byte(if lang == Lang::En {
        index | ENGLISH
    } else {
        index
    });

    let template_roles: Vec<&str> = template.roles.iter().map(|r| r.label.as_str()).collect();
    let roles: Vec<&str> = split.roles.iter().map(|r| r.label.as_str()).collect();
    let template_heads = heads(&template);
    let split_heads = heads(split);
    let same_rows = split.groups.len() == template.groups.len()
        && split.groups.iter().zip(&template.groups).all(|(a, b)| {
            a.label == b.label && a.responsibilities.len() == b.responsibilities.len()
        })
        && split_heads == template_heads;

    let mut flags = 0;
    if split.name == template.name {
        flags |= NAME_AS_TEMPLATE;
    }
    if roles == template_roles {
        flags |= ROLES_AS_TEMPLATE;
    }
    if same_rows {
        flags |= ROWS_AS_TEMPLATE;
    }

    let origins = Origins {
        roles: roles
            .iter()
            .map(|r| reference(&template_roles, r).checked_sub(1))
            .collect(),
        rows: split_heads
            .iter()
            .map(|h| reference(&template_heads, h).checked_sub(1))
            .collect(),
    };
    let cells: Vec<&Cell> = split.rows().flat_map(|r| r.cells.iter()).collect();
    let sparse = sparse_cells(split, &template, &origins, &cells);
    let dense = dense_cells(&cells);
    if dense.len() < sparse.len() {
        flags |= CELLS_DENSE;
    }
    w.byte(flags);

    if flags & NAME_AS_TEMPLATE == 0 {
        w.text(&split.name);
    }
    if flags & ROLES_AS_TEMPLATE == 0 {
        w.varint(roles.len());
        for (role, origin) in roles.iter().zip(&origins.roles) {
            match origin {
                Some(i) => w.varint(i + 1),
                None => {
                    w.varint(0);
                    w.text(role);
                }
            }
        }
    }
    if flags & ROWS_AS_TEMPLATE == 0 {
        let template_groups: Vec<&str> = template.groups.iter().map(|g| g.label.as_str()).collect();
        let mut origins_of_rows = origins.rows.iter();
        w.varint(split.groups.len());
        for group in &split.groups {
            match reference(&template_groups, &group.label.as_str()) {
                0 => {
                    w.varint(0);
                    w.text(&group.label);
                }
                i => w.varint(i),
            }
            w.varint(group.responsibilities.len());
            for r in &group.responsibilities {
                match origins_of_rows.next().copied().flatten() {
                    Some(i) => w.varint(i + 1),
                    None => {
                        w.varint(0);
                        w.text(&r.label);
                        w.text(&r.detail);
                    }
                }
            }
        }
    }
    if flags & CELLS_DENSE != 0 {
        w.bytes.extend(dense);
    } else {
        w.bytes.extend(sparse);
    }
    if format.cards {
        for role in &split.roles {
            write_card(&mut w, &role.card, &template);
        }
    }
    w.bytes
}

const CARD_EMPTY: u8 = 0;
const CARD_AS_TEMPLATE: u8 = 1;
const CARD_TEMPLATE_WITH_ANSWERS: u8 = 2;
const CARD_WRITTEN: u8 = 3;

/// Whether two cards have the same texts (answers and notes aside).
fn same_texts(a: &RoleCard, b: &RoleCard) -> bool {
    a.what == b.what
        && a.why == b.why
        && a.daily == b.daily
        && a.questions.len() == b.questions.len()
        && a.questions
            .iter()
            .zip(&b.questions)
            .all(|(x, y)| x.question == y.question)
}

/// A card: nothing; a template role's card (by its index), as is or with the team's
/// answers; or in full. A renamed role usually keeps its card: any template card counts.
fn write_card(w: &mut Writer, card: &RoleCard, template: &RoleSplit) {
    let source = template
        .roles
        .iter()
        .position(|r| !r.card.is_empty() && same_texts(&r.card, card));
    if card.is_empty() {
        w.byte(CARD_EMPTY);
    } else if let Some(i) = source {
        let as_is = template.roles[i].card == *card;
        w.byte(if as_is {
            CARD_AS_TEMPLATE
        } else {
            CARD_TEMPLATE_WITH_ANSWERS
        });
        w.varint(i);
        if !as_is {
            for check in &card.questions {
                write_answer(w, check);
            }
        }
    } else {
        w.byte(CARD_WRITTEN);
        for section in [&card.what, &card.why, &card.daily] {
            w.text(&section.text);
            w.varint(section.items.len());
            for item in &section.items {
                w.text(item);
            }
        }
        w.varint(card.questions.len());
        for check in &card.questions {
            w.text(&check.question);
            write_answer(w, check);
        }
    }
}

fn write_answer(w: &mut Writer, check: &SelfCheck) {
    w.byte(check.answer.index() | if check.note.is_empty() { 0 } else { 8 });
    if !check.note.is_empty() {
        w.text(&check.note);
    }
}

fn read_answer(r: &mut Reader, check: &mut SelfCheck) -> Result<(), ReadError> {
    let code = r.byte()?;
    check.answer = *CheckAnswer::ALL
        .get(usize::from(code & 7))
        .ok_or(Malformed)?;
    check.note = if code & 8 != 0 {
        r.text(MAX_NOTE_BYTES)?
    } else {
        String::new()
    };
    Ok(())
}

fn read_card(r: &mut Reader, template: &RoleSplit) -> Result<RoleCard, ReadError> {
    let too_many = |count| LimitError::TooManyItems { count };
    let template_card = |r: &mut Reader| -> Result<RoleCard, ReadError> {
        let i = r.varint(template.roles.len())?;
        Ok(template.roles.get(i).ok_or(Malformed)?.card.clone())
    };
    match r.byte()? {
        CARD_EMPTY => Ok(RoleCard::default()),
        CARD_AS_TEMPLATE => template_card(r),
        CARD_TEMPLATE_WITH_ANSWERS => {
            let mut card = template_card(r)?;
            for check in &mut card.questions {
                read_answer(r, check)?;
            }
            Ok(card)
        }
        CARD_WRITTEN => {
            let mut card = RoleCard::default();
            for id in [SectionId::What, SectionId::Why, SectionId::Daily] {
                let section = card.section_mut(id);
                section.text = r.text(MAX_CARD_TEXT_CHARS * 4)?;
                let n = count(r, MAX_CARD_ITEMS, too_many)?;
                for _ in 0..n {
                    section.items.push(r.text(MAX_NOTE_BYTES)?);
                }
            }
            let n = count(r, MAX_CARD_ITEMS, too_many)?;
            for _ in 0..n {
                let mut check = SelfCheck {
                    question: r.text(MAX_NOTE_BYTES)?,
                    ..SelfCheck::default()
                };
                read_answer(r, &mut check)?;
                card.questions.push(check);
            }
            Ok(card)
        }
        _ => Err(ReadError::Malformed),
    }
}

/// The cells that differ from what the template leads to expect.
fn sparse_cells(
    split: &RoleSplit,
    template: &RoleSplit,
    origins: &Origins,
    cells: &[&Cell],
) -> Vec<u8> {
    let roles = split.roles.len();
    let template_rows: Vec<&Responsibility> = template.rows().collect();
    let changed: Vec<usize> = (0..cells.len())
        .filter(|&i| *cells[i] != expected(&template_rows, origins, i / roles, i % roles))
        .collect();
    let mut w = Writer::default();
    w.varint(changed.len());
    let mut next = 0;
    for i in changed {
        w.varint(i - next);
        next = i + 1;
        w.byte(cell_code(cells[i]));
        if !cells[i].note.is_empty() {
            w.text(&cells[i].note);
        }
    }
    w.bytes
}

/// Every cell: two a byte, then the notes in order.
fn dense_cells(cells: &[&Cell]) -> Vec<u8> {
    let mut w = Writer::default();
    for pair in cells.chunks(2) {
        let low = cell_code(pair[0]);
        let high = pair.get(1).map_or(0, |c| cell_code(c));
        w.byte(low | high << 4);
    }
    for cell in cells.iter().filter(|c| !c.note.is_empty()) {
        w.text(&cell.note);
    }
    w.bytes
}

fn cell_of(code: u8, r: &mut Reader) -> Result<Cell, ReadError> {
    let level = Level::from_index(usize::from(code & 7)).ok_or(Malformed)?;
    let note = if code & 8 != 0 {
        r.text(MAX_NOTE_BYTES)?
    } else {
        String::new()
    };
    Ok(Cell { level, note })
}

fn count(
    r: &mut Reader,
    max: usize,
    error: impl Fn(usize) -> LimitError,
) -> Result<usize, ReadError> {
    let n = r.varint(usize::MAX >> 1)?;
    if n > max {
        return Err(ReadError::OverLimits(error(n)));
    }
    Ok(n)
}

pub fn read(format: &Format, bytes: &[u8]) -> Result<RoleSplit, ReadError> {
    let mut r = Reader::new(bytes);
    let byte = r.byte()?;
    let lang = if format.languages && byte & ENGLISH != 0 {
        Lang::En
    } else {
        Lang::Fr
    };
    let index = if format.languages {
        byte & !ENGLISH
    } else {
        byte
    };
    let template_id = *format.templates.get(usize::from(index)).ok_or(Malformed)?;
    let template = template_id.build_in(lang);
    let flags = r.byte()?;
    if flags & !(NAME_AS_TEMPLATE | ROLES_AS_TEMPLATE | ROWS_AS_TEMPLATE | CELLS_DENSE) != 0 {
        return Err(ReadError::Malformed);
    }
    let name = if flags & NAME_AS_TEMPLATE != 0 {
        template.name.clone()
    } else {
        r.text(MAX_LABEL_BYTES)?
    };

    let mut origins = Origins {
        roles: Vec::new(),
        rows: Vec::new(),
    };
    let mut roles: Vec<Role> = if flags & ROLES_AS_TEMPLATE != 0 {
        origins.roles = (0..template.roles.len()).map(Some).collect();
        template
            .roles
            .iter()
            .map(|r| Role::new(r.label.clone()))
            .collect()
    } else {
        let n = count(&mut r, MAX_ROLES, |count| LimitError::TooManyRoles {
            count,
        })?;
        let mut roles = Vec::with_capacity(n);
        for _ in 0..n {
            let origin = r.varint(template.roles.len())?.checked_sub(1);
            let label = match origin {
                Some(i) => template.roles[i].label.clone(),
                None => r.text(MAX_LABEL_BYTES)?,
            };
            origins.roles.push(origin);
            roles.push(Role::new(label));
        }
        roles
    };

    let template_rows: Vec<&Responsibility> = template.rows().collect();
    let groups: Vec<Group> = if flags & ROWS_AS_TEMPLATE != 0 {
        origins.rows = (0..template_rows.len()).map(Some).collect();
        let mut groups = template.groups.clone();
        for row in groups
            .iter_mut()
            .flat_map(|g| g.responsibilities.iter_mut())
        {
            row.cells.clear();
        }
        groups
    } else {
        let n = count(&mut r, MAX_GROUPS, |count| LimitError::TooManyGroups {
            count,
        })?;
        let mut groups = Vec::with_capacity(n);
        for _ in 0..n {
            let label = match r.varint(template.groups.len())?.checked_sub(1) {
                Some(i) => template.groups[i].label.clone(),
                None => r.text(MAX_LABEL_BYTES)?,
            };
            let remaining = MAX_RESPONSIBILITIES - origins.rows.len();
            let rows = count(&mut r, remaining, |n| LimitError::TooManyResponsibilities {
                count: MAX_RESPONSIBILITIES - remaining + n,
            })?;
            let mut responsibilities = Vec::with_capacity(rows);
            for _ in 0..rows {
                let origin = r.varint(template_rows.len())?.checked_sub(1);
                let (label, detail) = match origin {
                    Some(i) => (
                        template_rows[i].label.clone(),
                        template_rows[i].detail.clone(),
                    ),
                    None => (r.text(MAX_LABEL_BYTES)?, r.text(MAX_NOTE_BYTES)?),
                };
                origins.rows.push(origin);
                responsibilities.push(Responsibility::new(label, detail, Vec::new()));
            }
            groups.push(Group::new(label, responsibilities));
        }
        groups
    };

    let role_count = roles.len();
    let total = origins.rows.len() * role_count;
    let mut cells: Vec<Cell> = Vec::with_capacity(total);
    if flags & CELLS_DENSE != 0 {
        let mut codes = Vec::with_capacity(total);
        for _ in 0..total.div_ceil(2) {
            let byte = r.byte()?;
            codes.push(byte & 15);
            codes.push(byte >> 4);
        }
        for code in codes.into_iter().take(total) {
            cells.push(cell_of(code, &mut r)?);
        }
    } else {
        for i in 0..total {
            cells.push(expected(
                &template_rows,
                &origins,
                i / role_count,
                i % role_count,
            ));
        }
        let changes = r.varint(total)?;
        let mut next = 0;
        for _ in 0..changes {
            let index = next + r.varint(total)?;
            let code = r.byte()?;
            *cells.get_mut(index).ok_or(Malformed)? = cell_of(code, &mut r)?;
            next = index + 1;
        }
    }
    if format.cards {
        for role in &mut roles {
            role.card = read_card(&mut r, &template)?;
        }
    }
    if !r.is_at_end() {
        return Err(ReadError::Malformed);
    }

    let mut cells = cells.into_iter();
    // Links do not carry ids: the split gets new ones.
    let mut split = RoleSplit::new(name, template_id, roles, groups);
    for group in &mut split.groups {
        for row in &mut group.responsibilities {
            row.cells = cells.by_ref().take(role_count).collect();
        }
    }
    split.validate().map_err(ReadError::OverLimits)?;
    split.clean_texts();
    Ok(split)
}
