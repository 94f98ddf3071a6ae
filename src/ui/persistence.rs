//! The one place where the library is saved: after every change, and following the
//! changes other tabs make. Loading is `browser::saved_splits::load`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{clock, storage};
use crate::domain::library::ExternalChange;
use crate::domain::saved::{follow_storage_event, StorageEventOutcome, SPLIT_KEY_PREFIX};
use crate::domain::wizard::{Progress, PROGRESS_KEY};

use super::state::{Splits, WizardProgress};

/// Saves the library after every change, and follows the changes of other tabs.
pub fn keep_saved(state: Splits, wizard: WizardProgress) {
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
            state.messages.alert(state.prefs.t().save_failed);
        } else if !first_run
            && plan
                .writes
                .iter()
                .any(|(k, _)| k.starts_with(SPLIT_KEY_PREFIX))
        {
            state.saved_at.set(Some(clock::local_time()));
        }
    });

    // The wizard's answers, after each one (the first run only reads what was loaded).
    Effect::new(move |previous: Option<String>| {
        let text = wizard.progress.with(Progress::to_saved);
        // A fresh start (after erasing) writes nothing until the first answer.
        let fresh = wizard.progress.with(|w| *w == Progress::default());
        if previous.is_some_and(|p| p != text) && !fresh {
            let _ = storage::write(PROGRESS_KEY, &text);
        }
        text
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
        let messages = state.messages;
        let t = state.prefs.t();
        match outcome {
            Some(StorageEventOutcome::Split(ExternalChange::CurrentUpdated)) => {
                messages.announce(t.other_tab_updated)
            }
            Some(StorageEventOutcome::Split(ExternalChange::Added)) => {
                messages.announce(t.other_tab_added)
            }
            Some(StorageEventOutcome::Split(ExternalChange::CurrentRemoved)) => {
                messages.alert(t.other_tab_removed_current)
            }
            Some(StorageEventOutcome::WrittenByNewerVersion) => messages.alert(t.other_tab_newer),
            Some(StorageEventOutcome::Unreadable) => {
                // Kept, never overwritten: this tab's copy is then saved again in its place.
                let raw = new_value.unwrap_or_default();
                if let Ok(backup) = storage::back_up(&key, &raw) {
                    state.problems.update(|p| {
                        if !p.backups.contains(&backup) {
                            p.backups.push(backup);
                        }
                    });
                }
                messages.alert(t.unreadable_backup_title);
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
}
