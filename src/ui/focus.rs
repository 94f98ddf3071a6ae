//! Moving keyboard focus after the page changed, and the element ids that allow it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::RowRef;

/// Focuses the element with this id once the page has been updated.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

pub fn cell_id(at: RowRef, role: usize) -> String {
    format!("case-{}-{}-{}", at.group, at.row, role)
}

pub fn row_id(at: RowRef) -> String {
    format!("ligne-{}-{}", at.group, at.row)
}

pub fn role_id(role: usize) -> String {
    format!("role-{role}")
}

pub fn group_id(group: usize) -> String {
    format!("groupe-{group}")
}
