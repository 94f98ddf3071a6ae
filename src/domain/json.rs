//! A split as JSON, for the browser's storage and the exported file.
//!
//! Written out by hand over `miniserde`'s JSON values rather than derived with
//! `serde_json`: serde_json alone weighed 18 kB brotli of the 150 kB download budget.
//! Empty notes and "not involved" cells are left out, and read back as such.

use miniserde::json::{Object, Value};

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

pub fn split_to_json(split: &RoleSplit) -> Value {
    object([
        ("name", text(&split.name)),
        ("template", text(split.template.key())),
        (
            "roles",
            array(&split.roles, |r| object([("label", text(&r.label))])),
        ),
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

/// Reads a split; `None` when the value does not have a split's shape.
pub fn split_from_json(value: &Value) -> Option<RoleSplit> {
    let template = required_text(value, "template")?;
    Some(RoleSplit {
        name: required_text(value, "name")?,
        template: TemplateId::ALL.into_iter().find(|t| t.key() == template)?,
        roles: list(value, "roles", |r| {
            Some(Role {
                label: required_text(r, "label")?,
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
