//! The one place where the library meets the browser's storage: loading at start-up,
//! saving after every change, and following other tabs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{clock, storage};
use crate::domain::library::{Entry, ExternalChange, Library};
use crate::domain::saved::{
    follow_storage_event, read_saved_splits, StorageEventOutcome, StorageMirror,
    BACKUP_KEY_PREFIX, CURRENT_KEY, SPLIT_KEY_PREFIX,
};
use crate::domain::templates::guide_table;

use super::state::{AppState, StorageProblems};

/// What start-up found in the storage.
pub struct Loaded {
    pub library: Library,
    pub mirror: StorageMirror,
    pub problems: StorageProblems,
}

fn fresh_default() -> Entry {
    Entry {
        id: clock::new_split_id(),
        split: guide_table(),
    }
}

/// Reads every saved split. Unreadable text is moved to a backup key (never deleted);
/// splits from a newer version are left where they are.
pub fn load() -> Loaded {
    let mut problems = StorageProblems::default();
    let mut mirror = StorageMirror::default();
    let Ok(items) = storage::read_prefixed(SPLIT_KEY_PREFIX) else {
        problems.unavailable = true;
        return Loaded {
            library: Library::new(fresh_default()),
            mirror,
            problems,
        };
    };
    for (key, raw) in &items {
        mirror.remember(key, Some(raw));
    }
    let loaded = read_saved_splits(items);
    for unreadable in &loaded.unreadable {
        if storage::back_up(&unreadable.key, &unreadable.raw).is_ok() {
            mirror.remember(&unreadable.key, None);
        }
    }
    problems.newer = loaded.newer.len();
    for key in &loaded.newer {
        // Not ours to rewrite or remove.
        mirror.remember(key, None);
    }
    problems.backups = storage::read_prefixed(BACKUP_KEY_PREFIX)
        .map(|items| items.into_iter().map(|(key, _)| key).collect())
        .unwrap_or_default();
    problems.backups.sort();
    let current = storage::read(CURRENT_KEY);
    if let Some(current) = &current {
        mirror.remember(CURRENT_KEY, Some(current));
    }
    let library = Library::from_entries(loaded.entries, current.as_deref())
        .unwrap_or_else(|| Library::new(fresh_default()));
    Loaded {
        library,
        mirror,
        problems,
    }
}

/// Saves the library after every change, and follows the changes of other tabs.
pub fn keep_saved(state: AppState) {
    Effect::new(move |previous: Option<()>| {
        let plan = state
            .library
            .with(|lib| state.mirror.with_value(|mirror| mirror.plan(lib)));
        if plan.is_empty() || state.problems.with_untracked(|p| p.unavailable) {
            return;
        }
        let first_run = previous.is_none();
        let result = storage::apply(&plan, |key, value| {
            state.mirror.update_value(|m| m.remember(key, value));
        });
        let failed = result.is_err();
        if failed != state.problems.with_untracked(|p| p.save_failed) {
            state.problems.update(|p| p.save_failed = failed);
        }
        if failed {
            state.alert(state.t().save_failed);
        } else if !first_run && plan.writes.iter().any(|(k, _)| k.starts_with(SPLIT_KEY_PREFIX)) {
            // Said once a minute at most, so typing does not flood screen readers.
            let text = (state.t().saved_at)(&clock::local_time());
            if state.announcement.with_untracked(|a| a.text != text) {
                state.announce(text);
            }
        }
    });

    let listener = window_event_listener_untyped("storage", move |event| {
        let Ok(event) = event.dyn_into::<web_sys::StorageEvent>() else {
            return;
        };
        let Some(key) = event.key() else {
            return;
        };
        let new_value = event.new_value();
        let outcome = state
            .library
            .try_update(|lib| {
                state.mirror.try_update_value(|mirror| {
                    follow_storage_event(lib, mirror, &key, new_value.as_deref())
                })
            })
            .flatten();
        let t = state.t();
        match outcome {
            Some(StorageEventOutcome::Split(ExternalChange::CurrentUpdated)) => {
                state.announce(t.other_tab_updated)
            }
            Some(StorageEventOutcome::Split(ExternalChange::Added)) => {
                state.announce(t.other_tab_added)
            }
            Some(StorageEventOutcome::Split(ExternalChange::CurrentRemoved)) => {
                state.alert(t.other_tab_removed_current)
            }
            Some(StorageEventOutcome::WrittenByNewerVersion) => state.alert(t.other_tab_newer),
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
}
