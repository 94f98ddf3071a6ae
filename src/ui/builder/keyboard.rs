//! The matrix at the keyboard: arrows move between cells (and headers), 1–5 set a
//! cell's level, Delete clears it, Alt + arrows move a row or a role.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::domain::{Level, Move, RowRef};
use crate::ui::focus::{cell_id, focus_soon, role_id, row_id};
use crate::ui::state::AppState;

use super::Builder;

/// The number keys 1–5 pick a level in the legend's order.
fn level_of_key(key: &str) -> Option<Level> {
    let digit: usize = key.parse().ok()?;
    Level::from_index(digit.checked_sub(1)?)
}

fn plain(ev: &KeyboardEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.alt_key())
}

pub fn on_cell_key(app: AppState, builder: Builder, ev: &KeyboardEvent, at: RowRef, role: usize) {
    if !plain(ev) {
        return;
    }
    let key = ev.key();
    let roles = builder.split.with_untracked(|s| s.roles.len());
    let level = match key.as_str() {
        "Delete" | "Backspace" => Some(Level::None),
        k => level_of_key(k),
    };
    if let Some(level) = level {
        ev.prevent_default();
        if app.edit(|s| s.set_level(at, role, level)).is_some() {
            let t = app.t();
            app.announce((t.level_name)(level));
        }
        return;
    }
    let target = match key.as_str() {
        "ArrowLeft" if role == 0 => Some(row_id(at)),
        "ArrowLeft" => Some(cell_id(at, role - 1)),
        "ArrowRight" if role + 1 < roles => Some(cell_id(at, role + 1)),
        "ArrowUp" => Some(
            beside(builder, at, Move::Earlier)
                .map(|up| cell_id(up, role))
                .unwrap_or_else(|| role_id(role)),
        ),
        "ArrowDown" => beside(builder, at, Move::Later).map(|down| cell_id(down, role)),
        "Home" => Some(row_id(at)),
        "End" => Some(cell_id(at, roles.saturating_sub(1))),
        _ => return,
    };
    ev.prevent_default();
    if let Some(id) = target {
        focus_soon(id);
    }
}

fn beside(builder: Builder, at: RowRef, direction: Move) -> Option<RowRef> {
    builder
        .split
        .with_untracked(|s| s.row_beside(at, direction))
}

pub fn on_row_key(app: AppState, builder: Builder, ev: &KeyboardEvent, at: RowRef) {
    let key = ev.key();
    let direction = match key.as_str() {
        "ArrowUp" => Move::Earlier,
        "ArrowDown" => Move::Later,
        "ArrowRight" | "End" if plain(ev) => {
            ev.prevent_default();
            focus_soon(cell_id(at, 0));
            return;
        }
        _ => return,
    };
    ev.prevent_default();
    if ev.alt_key() {
        if let Some(landed) = app.edit(|s| Ok(s.move_responsibility(at, direction))) {
            focus_soon(row_id(landed));
        }
    } else if plain(ev) {
        if let Some(next) = beside(builder, at, direction) {
            focus_soon(row_id(next));
        }
    }
}

pub fn on_role_key(app: AppState, builder: Builder, ev: &KeyboardEvent, role: usize) {
    let key = ev.key();
    let roles = builder.split.with_untracked(|s| s.roles.len());
    if ev.alt_key() {
        let direction = match key.as_str() {
            "ArrowLeft" => Move::Earlier,
            "ArrowRight" => Move::Later,
            _ => return,
        };
        ev.prevent_default();
        if let Some(moved) = app.edit(|s| Ok(s.move_role(role, direction))) {
            focus_soon(role_id(moved));
        }
        return;
    }
    if !plain(ev) {
        return;
    }
    let target = match key.as_str() {
        "ArrowLeft" if role > 0 => role_id(role - 1),
        "ArrowRight" if role + 1 < roles => role_id(role + 1),
        "ArrowDown" => match builder
            .split
            .with_untracked(|s| s.rows().next().map(|(at, _)| at))
        {
            Some(first) => cell_id(first, role),
            None => return,
        },
        _ => return,
    };
    ev.prevent_default();
    focus_soon(target);
}
