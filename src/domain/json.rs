//! A split as JSON, for the browser's storage and the exported file.
//!
//! Written out by hand over `miniserde`'s JSON values rather than derived with
//! `serde_json`: serde_json alone weighed 18 kB brotli of the 150 kB download budget.
//! Empty notes and "not involved" cells are left out, and read back as such.

use miniserde::json::{Object, Value};

use super::card::{CheckAnswer, RoleCard, Section, SelfCheck};
use super::level::Level;
use super::split::{Cell, Group, Responsibility, Role, RoleSplit};
use super::templates::TemplateId;

fn text(value: &str) -> Value {
    Value::String(value.to_owned())
}

fn object(fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    // Inserted one by one: collecting would sort, and a sort weighs more than this.
    let mut object = Object::new();
    for (key, value) in fields {
        object.insert(key.to_owned(), value);
    }
    Value::Object(object)
}

fn array<T>(items: &[T], each: impl Fn(&T) -> Value) -> Value {
    Value::Array(items.iter().map(each).collect())
}

/// Leaves out a text field when it is empty.
fn optional_text(key: &'static str, value: &str) -> Option<(&'static str, Value)> {
    (!value.is_empty()).then(|| (key, text(value)))
}

fn cell_to_json(cell: &Cell) -> Value {
    let level = (cell.level != Level::None).then(|| ("level", text(cell.level.key())));
    object(level.into_iter().chain(optional_text("note", &cell.note)))
}

fn responsibility_to_json(r: &Responsibility) -> Value {
    object(
        [
            ("label", text(&r.label)),
            ("cells", array(&r.cells, cell_to_json)),
        ]
        .into_iter()
        .chain(optional_text("detail", &r.detail)),
    )
}

fn texts(items: &[String]) -> Value {
    array(items, |item| text(item))
}

fn section_to_json(section: &Section) -> Value {
    object([
        ("text", text(&section.text)),
        ("items", texts(&section.items)),
    ])
}

fn role_to_json(role: &Role) -> Value {
    let card = &role.card;
    let card = (!card.is_empty()).then(|| {
        let questions = array(&card.questions, |q| {
            let answer =
                (q.answer != CheckAnswer::Unanswered).then(|| ("answer", text(q.answer.key())));
            object(
                [("question", text(&q.question))]
                    .into_iter()
                    .chain(answer)
                    .chain(optional_text("note", &q.note)),
            )
        });
        (
            "card",
            object([
                ("what", section_to_json(&card.what)),
                ("why", section_to_json(&card.why)),
                ("daily", section_to_json(&card.daily)),
                ("questions", questions),
            ]),
        )
    });
    object([("label", text(&role.label))].into_iter().chain(card))
}

pub fn split_to_json(split: &RoleSplit) -> Value {
    object([
        ("name", text(&split.name)),
        ("template", text(split.template.key())),
        ("roles", array(&split.roles, role_to_json)),
        (
            "groups",
            array(&split.groups, |g| {
                object([
                    ("label", text(&g.label)),
                    (
                        "responsibilities",
                        array(&g.responsibilities, responsibility_to_json),
                    ),
                ])
            }),
        ),
    ])
}

/// A field of an object.
pub fn field<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Object(object) => object.get(key),
        _ => None,
    }
}

fn as_object(value: &Value) -> Option<&Object> {
    match value {
        Value::Object(object) => Some(object),
        _ => None,
    }
}

fn required_text(value: &Value, key: &str) -> Option<String> {
    match field(value, key)? {
        Value::String(text) => Some(text.clone()),
        _ => None,
    }
}

/// A text that may be missing (empty), but not of another type.
fn optional(value: &Value, key: &str) -> Option<String> {
    match field(value, key) {
        None | Some(Value::Null) => Some(String::new()),
        Some(Value::String(text)) => Some(text.clone()),
        Some(_) => None,
    }
}

fn list<T>(value: &Value, key: &str, each: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    match field(value, key)? {
        Value::Array(items) => items.iter().map(each).collect(),
        _ => None,
    }
}

fn cell_from_json(value: &Value) -> Option<Cell> {
    as_object(value)?;
    let level = match optional(value, "level")?.as_str() {
        "" => Level::None,
        key => Level::ALL.into_iter().find(|l| l.key() == key)?,
    };
    Some(Cell {
        level,
        note: optional(value, "note")?,
    })
}

fn responsibility_from_json(value: &Value) -> Option<Responsibility> {
    Some(Responsibility {
        label: required_text(value, "label")?,
        detail: optional(value, "detail")?,
        cells: list(value, "cells", cell_from_json)?,
    })
}

fn section_from_json(value: &Value, key: &str) -> Option<Section> {
    let section = field(value, key)?;
    Some(Section {
        text: optional(section, "text")?,
        items: list(section, "items", |item| match item {
            Value::String(text) => Some(text.clone()),
            _ => None,
        })?,
    })
}

fn card_from_json(value: &Value) -> Option<RoleCard> {
    Some(RoleCard {
        what: section_from_json(value, "what")?,
        why: section_from_json(value, "why")?,
        daily: section_from_json(value, "daily")?,
        questions: list(value, "questions", |q| {
            Some(SelfCheck {
                question: required_text(q, "question")?,
                answer: CheckAnswer::from_key(&optional(q, "answer")?)?,
                note: optional(q, "note")?,
            })
        })?,
    })
}

/// Reads a split; `None` when the value does not have a split's shape.
pub fn split_from_json(value: &Value) -> Option<RoleSplit> {
    let template = required_text(value, "template")?;
    Some(RoleSplit {
        name: required_text(value, "name")?,
        template: TemplateId::ALL.into_iter().find(|t| t.key() == template)?,
        roles: list(value, "roles", |r| {
            Some(Role {
                label: required_text(r, "label")?,
                card: match field(r, "card") {
                    None => RoleCard::default(),
                    Some(card) => card_from_json(card)?,
                },
            })
        })?,
        groups: list(value, "groups", |g| {
            Some(Group {
                label: required_text(g, "label")?,
                responsibilities: list(g, "responsibilities", responsibility_from_json)?,
            })
        })?,
    })
}

/// A whole number field, if it is one.
pub fn number(value: &Value, key: &str) -> Option<u64> {
    match field(value, key)? {
        Value::Number(miniserde::json::Number::U64(n)) => Some(*n),
        _ => None,
    }
}
