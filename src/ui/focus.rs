//! Moving keyboard focus after the page changed (the ids are in `ui::ids`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this id once the page has been updated.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_now(&id);
    });
}

/// After a change of view: the focus goes to the page's content unless the new view put it
/// somewhere itself. A link that took the focus with it leaves it nowhere, and the next Tab
/// would start from the footer.
pub fn focus_content_if_lost() {
    request_animation_frame(|| {
        let lost = document()
            .active_element()
            .is_none_or(|active| Some(active) == document().body().map(Into::into));
        if lost {
            focus_now(crate::ui::ids::CONTENT);
        }
    });
}

/// Takes the focus off whatever has it. Leptos updates a view in place, so a focused element
/// can stay focused while it comes to mean something else (the second answer of the previous
/// question becomes the second answer of the next one): no key may land there before
/// `focus_later` puts the focus where it belongs.
pub fn release_focus() {
    if let Some(element) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.blur();
    }
}

/// The id of the element that has the focus, if it has one: where to come back to.
pub fn focused_id() -> Option<String> {
    document()
        .active_element()
        .map(|element| element.id())
        .filter(|id| !id.is_empty())
}

/// Focuses the element with this id if it is on the page now; false if it is not.
pub fn focus_now(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| {
            let focused = element.focus().is_ok();
            // Focus alone leaves a half-shown cell where it is (a phone's matrix scrolled
            // sideways); this brings it wholly into view, clear of the sticky column.
            let whole = web_sys::ScrollIntoViewOptions::new();
            whole.set_block(web_sys::ScrollLogicalPosition::Nearest);
            whole.set_inline(web_sys::ScrollLogicalPosition::Nearest);
            element.scroll_into_view_with_scroll_into_view_options(&whole);
            focused
        })
}

/// Focuses at once when the element is there (keys typed fast land where expected),
/// otherwise once the page has been updated.
pub fn focus_soon(id: String) {
    if !focus_now(&id) {
        focus_later(id);
    }
}

/// Whether the page is used with a finger (a phone, a tablet): a text field that takes the
/// focus unasked opens the on-screen keyboard over the page, so nothing does that there.
pub fn touch_screen() -> bool {
    window()
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Where the focus goes after a split is opened for the person: its name, ready to type —
/// but for a finger, the page's title (see [`touch_screen`]).
pub fn focus_split_name() {
    let target = if touch_screen() {
        crate::ui::ids::BUILDER_TITLE
    } else {
        crate::ui::ids::SPLIT_NAME
    };
    focus_later(target.to_owned());
}
