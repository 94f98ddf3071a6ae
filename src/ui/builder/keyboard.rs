//! The matrix at the keyboard: arrows move between cells (and headers), 1–5 set a
//! cell's level, Delete clears it, Alt + arrows move a row or a role.
//!
//! Level keys follow the physical key as well as the character: on a French (AZERTY)
//! keyboard the key marked 1 sends `&` unless Shift is held, but its `code` is `Digit1`.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::domain::{Level, Move, RoleId, RowId};
use crate::ui::focus::{focus_later, focus_soon};
use crate::ui::ids;
use crate::ui::state::Splits;

use super::Builder;

/// The level a key picks, 1–5 in the legend's order: the digit typed (top row with or
/// without Shift, or the keypad), or the top-row key that carries it, whatever the layout.
/// (The keypad with Num Lock off sends `End`, `ArrowDown`…: those stay what they say.)
pub fn level_of_key(key: &str, code: &str) -> Option<Level> {
    let digit = code
        .strip_prefix("Digit")
        .filter(|d| d.len() == 1)
        .unwrap_or(key);
    let digit: usize = digit.parse().ok()?;
    Level::from_index(digit.checked_sub(1)?)
}

/// Ctrl+Z: `Some(false)`; Ctrl+Shift+Z or Ctrl+Y: `Some(true)` (redo). By the letter the
/// layout gives, as every other program does.
pub fn undo_key(ev: &KeyboardEvent) -> Option<bool> {
    let key = ev.key();
    let is = |letter: &str| key.eq_ignore_ascii_case(letter);
    if (is("z") && ev.shift_key()) || is("y") {
        Some(true)
    } else if is("z") {
        Some(false)
    } else {
        None
    }
}

/// The level a key sets on a cell: 1–5 as `level_of_key` reads them, Delete or Backspace
/// "not involved".
pub fn level_for_key(ev: &KeyboardEvent) -> Option<Level> {
    match ev.key().as_str() {
        "Delete" | "Backspace" => Some(Level::None),
        key => level_of_key(key, &ev.code()),
    }
}

fn plain(ev: &KeyboardEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.alt_key())
}

pub fn on_cell_key(splits: Splits, builder: Builder, ev: &KeyboardEvent, row: RowId, role: RoleId) {
    // A preview is read, not edited: its cells can be walked, and say so if a key tries more.
    let read_only = builder.read_only.get_untracked();
    if ev.alt_key() && !(ev.ctrl_key() || ev.meta_key()) {
        if !read_only {
            move_from_cell(splits, ev, row, role);
        }
        return;
    }
    if !plain(ev) {
        return;
    }
    let key = ev.key();
    if let Some(level) = level_for_key(ev) {
        ev.prevent_default();
        if read_only {
            splits.messages.announce(splits.prefs.t().preview_read_only);
            return;
        }
        if splits.edit(|s| s.set_level(row, role, level)).is_some() {
            let t = splits.prefs.t();
            splits.messages.announce((t.level_name)(level));
        }
        return;
    }
    let target = builder.with_split_untracked(|s| match key.as_str() {
        "ArrowLeft" => Some(match s.role_beside(role, Move::Earlier) {
            Some(left) => ids::cell(row, left),
            None => ids::row(row),
        }),
        "ArrowRight" => s.role_beside(role, Move::Later).map(|r| ids::cell(row, r)),
        "ArrowUp" => Some(match s.row_beside(row, Move::Earlier) {
            Some(up) => ids::cell(up, role),
            None => ids::role(role),
        }),
        "ArrowDown" => s
            .row_beside(row, Move::Later)
            .map(|down| ids::cell(down, role)),
        "Home" => Some(ids::row(row)),
        "End" => s.roles.last().map(|last| ids::cell(row, last.id)),
        _ => None,
    });
    let handled = match key.as_str() {
        // At the last column the page may scroll sideways, as it would without the app.
        "ArrowRight" => target.is_some(),
        "ArrowLeft" | "ArrowUp" | "ArrowDown" | "Home" | "End" => true,
        _ => false,
    };
    if !handled {
        return;
    }
    ev.prevent_default();
    if let Some(id) = target {
        focus_soon(id);
    }
}

/// Alt + arrows on a cell: ↑ ↓ move its row, ← → its role; the focus stays on the cell,
/// wherever it went.
fn move_from_cell(splits: Splits, ev: &KeyboardEvent, row: RowId, role: RoleId) {
    let moved = match ev.key().as_str() {
        "ArrowUp" => splits.edit(|s| s.move_responsibility(row, Move::Earlier)),
        "ArrowDown" => splits.edit(|s| s.move_responsibility(row, Move::Later)),
        "ArrowLeft" => splits.edit(|s| s.move_role(role, Move::Earlier)),
        "ArrowRight" => splits.edit(|s| s.move_role(role, Move::Later)),
        _ => return,
    };
    // Never the page's own scrolling (or the browser's Alt + ← "back").
    ev.prevent_default();
    if moved == Some(true) {
        focus_later(ids::cell(row, role));
    }
}

pub fn on_row_key(splits: Splits, builder: Builder, ev: &KeyboardEvent, row: RowId) {
    let key = ev.key();
    let direction = match key.as_str() {
        "ArrowUp" => Move::Earlier,
        "ArrowDown" => Move::Later,
        "ArrowRight" | "End" if plain(ev) => {
            ev.prevent_default();
            if let Some(first) = builder.with_split_untracked(|s| s.role_at(0)) {
                focus_soon(ids::cell(row, first));
            }
            return;
        }
        _ => return,
    };
    ev.prevent_default();
    if ev.alt_key() {
        if splits.edit(|s| s.move_responsibility(row, direction)) == Some(true) {
            // The row's element moves (or is made anew in another group): focus it after.
            focus_later(ids::row(row));
        }
    } else if plain(ev) {
        if let Some(next) = builder.with_split_untracked(|s| s.row_beside(row, direction)) {
            focus_soon(ids::row(next));
        }
    }
}

pub fn on_role_key(splits: Splits, builder: Builder, ev: &KeyboardEvent, role: RoleId) {
    let key = ev.key();
    if ev.alt_key() {
        let direction = match key.as_str() {
            "ArrowLeft" => Move::Earlier,
            "ArrowRight" => Move::Later,
            _ => return,
        };
        ev.prevent_default();
        if splits.edit(|s| s.move_role(role, direction)) == Some(true) {
            focus_later(ids::role(role));
        }
        return;
    }
    if !plain(ev) {
        return;
    }
    let target = builder.with_split_untracked(|s| match key.as_str() {
        "ArrowLeft" => s.role_beside(role, Move::Earlier).map(ids::role),
        "ArrowRight" => s.role_beside(role, Move::Later).map(ids::role),
        "ArrowDown" => s.first_row().map(|first| ids::cell(first, role)),
        _ => None,
    });
    if let Some(target) = target {
        ev.prevent_default();
        focus_soon(target);
    }
}
