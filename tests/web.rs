//! The browser adapters in headless Chromium (wasm-bindgen-test): the storage saves,
//! loads, and survives corrupted data without losing it.
#![cfg(target_arch = "wasm32")]

use binome::browser::saved_splits::{load, load_progress};
use binome::browser::storage;
use binome::domain::lang::Lang;
use binome::domain::saved::{
    parse_saved_split, serialize_saved, serialize_split, split_key, CURRENT_KEY, SPLIT_KEY_PREFIX,
};
use binome::domain::templates::{dnum_product, guide_table};
use binome::domain::wizard::{Progress, PROGRESS_KEY};
use binome::domain::Level;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn write_read_and_list_by_prefix() {
    clear();
    storage::write("binome.split.a", "un").unwrap();
    storage::write("binome.split.b", "deux").unwrap();
    storage::write("autre.appli", "trois").unwrap();
    assert_eq!(storage::read("binome.split.a").as_deref(), Some("un"));
    let mut items = storage::read_prefixed(SPLIT_KEY_PREFIX).unwrap();
    items.sort();
    assert_eq!(
        items,
        vec![
            ("binome.split.a".to_owned(), "un".to_owned()),
            ("binome.split.b".to_owned(), "deux".to_owned())
        ]
    );
    storage::remove("binome.split.a").unwrap();
    assert_eq!(storage::read("binome.split.a"), None);
}

#[wasm_bindgen_test]
fn a_first_visit_opens_the_guide_table() {
    clear();
    let loaded = load(Lang::Fr);
    assert!(loaded.library.current().same_content(&guide_table()));
    assert_eq!(loaded.problems.backups, Vec::<String>::new());
}

#[wasm_bindgen_test]
fn saved_splits_load_and_the_last_opened_reopens() {
    clear();
    let mut edited = guide_table();
    let (quotes, business) = (edited.row_at(6).unwrap(), edited.role_at(0).unwrap());
    edited.set_level(quotes, business, Level::Pilot).unwrap();
    storage::write(&split_key("a"), &serialize_split(&edited)).unwrap();
    storage::write(&split_key("b"), &serialize_split(&dnum_product())).unwrap();
    storage::write(CURRENT_KEY, "a").unwrap();
    let mut loaded = load(Lang::Fr);
    assert_eq!(loaded.library.entries().len(), 2);
    assert_eq!(loaded.library.current(), &edited);
    // Nothing to write back: the storage already holds the library.
    let plan = loaded.mirror.plan(&loaded.library);
    assert!(plan.is_empty(), "{plan:?}");
}

#[wasm_bindgen_test]
fn the_sync_plan_writes_and_removes_for_real() {
    clear();
    let mut loaded = load(Lang::Fr);
    let plan = loaded.mirror.plan(&loaded.library);
    storage::apply(&plan, |k, v| loaded.mirror.remember(k, v)).unwrap();
    let id = loaded.library.current_id().to_owned();
    let stored = storage::read(&split_key(&id)).unwrap();
    assert_eq!(parse_saved_split(&stored), Ok(guide_table()));
    assert_eq!(storage::read(CURRENT_KEY), Some(id.clone()));
    loaded.library.create("z".into(), dnum_product());
    loaded.library.delete(&id, || unreachable!());
    let plan = loaded.mirror.plan(&loaded.library);
    storage::apply(&plan, |k, v| loaded.mirror.remember(k, v)).unwrap();
    assert_eq!(storage::read(&split_key(&id)), None);
    assert!(storage::read(&split_key("z")).is_some());
}

#[wasm_bindgen_test]
fn corrupted_data_is_kept_under_a_backup_key_and_the_default_opens() {
    clear();
    let garbage = "{\"schema\":1,\"split\":{\"name\":\"abîmé";
    storage::write(&split_key("x"), garbage).unwrap();
    let loaded = load(Lang::Fr);
    assert!(loaded.library.current().same_content(&guide_table()));
    assert_eq!(
        loaded.problems.backups,
        vec!["binome.backup.split.x".to_owned()]
    );
    assert_eq!(
        storage::read("binome.backup.split.x").as_deref(),
        Some(garbage)
    );
    assert_eq!(
        storage::read(&split_key("x")),
        None,
        "moved, so it does not block the next start"
    );
    // A second start keeps the backup as it is.
    let again = load(Lang::Fr);
    assert_eq!(
        again.problems.backups,
        vec!["binome.backup.split.x".to_owned()]
    );
}

#[wasm_bindgen_test]
fn a_second_corruption_of_the_same_key_does_not_overwrite_the_first_backup() {
    clear();
    storage::write("binome.backup.split.x", "premier").unwrap();
    storage::write(&split_key("x"), "second").unwrap();
    let loaded = load(Lang::Fr);
    assert_eq!(
        loaded.problems.backups,
        vec![
            "binome.backup.split.x".to_owned(),
            "binome.backup.split.x.2".to_owned()
        ]
    );
    assert_eq!(
        storage::read("binome.backup.split.x").as_deref(),
        Some("premier")
    );
    assert_eq!(
        storage::read("binome.backup.split.x.2").as_deref(),
        Some("second")
    );
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_left_untouched() {
    clear();
    let newer = r#"{"schema":42,"split":{"cards":[]}}"#;
    storage::write(&split_key("n"), newer).unwrap();
    let mut loaded = load(Lang::Fr);
    assert_eq!(loaded.problems.newer, 1);
    let plan = loaded.mirror.plan(&loaded.library);
    assert!(plan.removals.is_empty());
    assert!(plan.writes.iter().all(|(k, _)| k != &split_key("n")));
    assert_eq!(storage::read(&split_key("n")).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_first_visit_in_english_opens_the_guide_table_in_english() {
    clear();
    let loaded = load(Lang::En);
    assert_eq!(loaded.library.current().name, "Product management");
    assert_eq!(
        loaded.library.current().roles[0].label,
        "Business product owner"
    );
}

#[wasm_bindgen_test]
fn unreadable_wizard_answers_are_kept_as_a_backup_before_a_fresh_start() {
    clear();
    // Damaged, or written by a newer version (answers format "q3"): the next answer here
    // must not overwrite it.
    storage::write(PROGRESS_KEY, "3:q3zzzz").unwrap();
    assert_eq!(load_progress(), Progress::default());
    assert_eq!(storage::read(PROGRESS_KEY), None);
    assert_eq!(
        storage::read("binome.backup.questionnaire").as_deref(),
        Some("3:q3zzzz")
    );
    let loaded = load(Lang::Fr);
    assert_eq!(
        loaded.problems.backups,
        vec!["binome.backup.questionnaire".to_owned()]
    );
}

#[wasm_bindgen_test]
fn typed_values_go_through_gloo_storage_as_json() {
    clear();
    storage::write_value("binome.langue", &Lang::En).unwrap();
    assert_eq!(storage::read("binome.langue").as_deref(), Some("\"en\""));
    assert_eq!(storage::read_value::<Lang>("binome.langue"), Some(Lang::En));
    // A bare value written by an older version is not JSON: the caller falls back to it.
    storage::write("binome.langue", "en").unwrap();
    assert_eq!(storage::read_value::<Lang>("binome.langue"), None);
}

#[wasm_bindgen_test]
fn ids_saved_in_the_browser_come_back_as_they_were() {
    clear();
    let mut split = guide_table();
    let designer = split.add_role("Designer").unwrap();
    let first = split.role_at(0).unwrap();
    split
        .move_role(designer, binome::domain::Move::Earlier)
        .unwrap();
    split.remove_role(first).unwrap();
    storage::write(&split_key("a"), &serialize_split(&split)).unwrap();
    storage::write(CURRENT_KEY, "a").unwrap();
    let loaded = load(Lang::Fr);
    assert_eq!(loaded.library.current(), &split);
    assert_eq!(loaded.library.current().role_at(0), Some(designer));
}
