//! The app's components mounted in headless Chromium (wasm-bindgen-test), as Leptos's own
//! `counters` example tests them: one edit changes the one cell it is about, moving the
//! focus changes nothing, and moving a role moves its cells without making them anew.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use leptos::task::tick;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MutationObserver, MutationObserverInit,
    MutationRecord, Node,
};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Where to mount the whole app on the builder, in a fresh browser state. Each test keeps
/// the handle of its mount: dropping it at the end unmounts the app.
fn builder_host() -> HtmlElement {
    LocalStorage::clear();
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?vue=repartition"))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets the reactive system run every effect the last event set off.
async fn settle() {
    for _ in 0..10 {
        tick().await;
    }
}

fn cell_button(name_start: &str) -> HtmlElement {
    document()
        .query_selector(&format!("button[aria-label^=\"{name_start}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no cell {name_start}"))
        .unchecked_into()
}

fn all_cells() -> Vec<Node> {
    let list = document()
        .query_selector_all("table.matrix td.cell")
        .unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Every change to the matrix's elements, attributes and texts, as it is reported.
struct Watch {
    observer: MutationObserver,
    seen: Rc<RefCell<Vec<MutationRecord>>>,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

fn watch_matrix() -> Watch {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let into = seen.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |list: js_sys::Array| {
        into.borrow_mut()
            .extend(list.iter().map(|r| r.unchecked_into::<MutationRecord>()));
    });
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
    let options = MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_character_data(true);
    let table = document().query_selector("table.matrix").unwrap().unwrap();
    observer.observe_with_options(&table, &options).unwrap();
    Watch {
        observer,
        seen,
        _callback: callback,
    }
}

/// What was reported, and what was still waiting to be.
fn records(watch: &Watch) -> Vec<MutationRecord> {
    let pending = watch.observer.take_records();
    watch.observer.disconnect();
    let mut all = watch.seen.borrow().clone();
    all.extend(pending.iter().map(|r| r.unchecked_into::<MutationRecord>()));
    all
}

fn press(target: &HtmlElement, key: &str, code: &str, alt: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_code(code);
    init.set_alt_key(alt);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn setting_one_cells_level_changes_that_cell_and_no_other() {
    let _app = leptos::mount::mount_to(builder_host(), binome::App);
    settle().await;
    let cells = all_cells();
    assert_eq!(cells.len(), 20, "the guide's table: 10 rows × 2 roles");
    let button = cell_button("Suivi des devis — Chef de produit DNUM");
    let cell: Element = button.parent_element().unwrap();
    let observer = watch_matrix();
    // The key marked 2 on a French keyboard: « é » without Shift.
    press(&button, "é", "Digit2", false);
    settle().await;
    let changes = records(&observer);
    assert!(!changes.is_empty(), "the cell shows its new level");
    for change in &changes {
        let target = change.target().unwrap();
        assert!(
            cell.contains(Some(&target)),
            "a change outside the edited cell: {:?} on {}",
            change.type_(),
            target.node_name()
        );
    }
    assert!(button
        .get_attribute("aria-label")
        .unwrap()
        .ends_with(": Pilote"));
    let after = all_cells();
    assert!(cells
        .iter()
        .zip(&after)
        .all(|(a, b)| a.is_same_node(Some(b))));
}

#[wasm_bindgen_test]
async fn moving_the_focus_changes_nothing_in_the_matrix() {
    let _app = leptos::mount::mount_to(builder_host(), binome::App);
    settle().await;
    let button = cell_button("Incarner la vision — Chef de produit métier");
    button.focus().unwrap();
    let observer = watch_matrix();
    for key in [
        "ArrowDown",
        "ArrowRight",
        "ArrowDown",
        "ArrowLeft",
        "ArrowUp",
    ] {
        let focused: HtmlElement = document().active_element().unwrap().unchecked_into();
        press(&focused, key, key, false);
        settle().await;
    }
    let changes = records(&observer);
    assert_eq!(changes.len(), 0, "moving the focus redrew something");
    let focused = document().active_element().unwrap();
    assert!(focused
        .get_attribute("aria-label")
        .unwrap()
        .starts_with("Fixer les objectifs et indicateurs produit — Chef de produit métier"));
}

#[wasm_bindgen_test]
async fn moving_a_role_moves_its_cells_without_making_them_anew() {
    let _app = leptos::mount::mount_to(builder_host(), binome::App);
    settle().await;
    let before = all_cells();
    let header: HtmlElement = document()
        .query_selector("th[scope=col] .role-button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(header.text_content().unwrap(), "Chef de produit métier");
    press(&header, "ArrowRight", "ArrowRight", true);
    settle().await;
    let after = all_cells();
    assert_eq!(after.len(), before.len());
    // Every cell is one of the cells that were there: moved, not made anew.
    for cell in &after {
        assert!(before.iter().any(|b| b.is_same_node(Some(cell))));
    }
    let first_header = document()
        .query_selector("th[scope=col] .role-button")
        .unwrap()
        .unwrap();
    assert_eq!(first_header.text_content().unwrap(), "Chef de produit DNUM");
}
