//! The address bar: which view is shown (`?vue=…`) and what a shared link carries (`#…`).

use wasm_bindgen::JsValue;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The query string, without its `?`.
pub fn query() -> String {
    location()
        .and_then(|l| l.search().ok())
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_owned()
}

/// The fragment, without its `#`.
pub fn fragment() -> String {
    location()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}

/// Shows a new query in the address bar as a new history entry, keeping the page.
pub fn push_query(query: &str) {
    set_url(&url_with(query, ""), true);
}

/// Shows `query` without any fragment, replacing the current history entry: after a
/// shared link is dealt with, a reload does not open it again.
pub fn replace_without_fragment(query: &str) {
    set_url(&url_with(query, ""), false);
}

/// Shows another query in the address bar, keeping the fragment and the history entry.
pub fn replace_query(query: &str) {
    set_url(&url_with(query, &fragment()), false);
}

/// The address of the app itself (origin and path), to which a link's fragment is added.
pub fn app_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

fn url_with(query: &str, fragment: &str) -> String {
    let path = location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_else(|| "/".to_owned());
    let mut url = path;
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

fn set_url(url: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    };
}
