//! The one place where anything is written to the browser's storage: the splits after
//! every change (merged with what another tab wrote meanwhile), the wizard's answers, the
//! theme and the language. Every write reports failure the same way: the message says
//! so, "saved at" goes, and the write is tried again when the storage may have room (the
//! next `storage` event, or every few seconds), saying when it went through.
//! Loading is `browser::saved_splits::load`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{clock, storage};
use crate::domain::library::ExternalChange;
use crate::domain::saved::{
    follow_storage_change, split_key, StorageEventOutcome, SPLIT_KEY_PREFIX,
};
use crate::domain::wizard::{Progress, PROGRESS_KEY};
use crate::i18n::{Lang, Theme};

use super::state::{Prefs, Splits, WizardProgress};

/// Where the chosen theme is kept.
pub const THEME_KEY: &str = "binome.theme";
/// Where the chosen language is kept.
pub const LANG_KEY: &str = "binome.langue";

/// How long before a failed write is tried again.
const RETRY_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

/// The writes of this tab, and what has to be written again.
#[derive(Clone, Copy)]
struct Saver {
    state: Splits,
    /// Preference and wizard writes that failed: `(key, text)`, `None` to remove.
    pending: StoredValue<Vec<(String, Option<String>)>>,
    retry_planned: StoredValue<bool>,
    /// While trying again, failures are not said again: they were when they happened.
    retrying: StoredValue<bool>,
}

impl Saver {
    /// Each write that fails says so (an edit, an answer, a theme: each is the person's),
    /// but for the retries.
    fn failed(&self) {
        let state = self.state;
        state.saved_at.set(None);
        if !state.problems.with_untracked(|p| p.save_failed) {
            state.problems.update(|p| p.save_failed = true);
        }
        if !self.retrying.get_value() {
            state.messages.alert(state.prefs.t().save_failed);
        }
        if !self.retry_planned.get_value() {
            self.retry_planned.set_value(true);
            let saver = *self;
            set_timeout(
                move || {
                    if saver.retry_planned.try_set_value(false).is_none() {
                        saver.retry();
                    }
                },
                RETRY_AFTER,
            );
        }
    }

    fn succeeded(&self) {
        let state = self.state;
        if state.problems.with_untracked(|p| p.save_failed)
            && self.pending.with_value(Vec::is_empty)
        {
            state.problems.update(|p| p.save_failed = false);
            state.messages.announce(state.prefs.t().save_recovered);
        }
    }

    /// A preference or the wizard's answers: written now, or kept to write again.
    fn write(&self, key: &str, value: Option<String>) {
        let done = match &value {
            Some(text) => storage::write(key, text),
            None => storage::remove(key),
        };
        self.pending.update_value(|p| p.retain(|(k, _)| k != key));
        if done.is_err() {
            self.pending
                .update_value(|p| p.push((key.to_owned(), value)));
            self.failed();
        } else {
            self.succeeded();
        }
    }

    /// A preference, as JSON through gloo-storage; kept to write again if it fails.
    fn write_json<T: serde::Serialize>(&self, key: &str, value: &T) {
        self.pending.update_value(|p| p.retain(|(k, _)| k != key));
        if storage::write_value(key, value).is_err() {
            let text = serde_json::to_string(value).ok();
            self.pending
                .update_value(|p| p.push((key.to_owned(), text)));
            self.failed();
        } else {
            self.succeeded();
        }
    }

    /// Brings the storage in line with the library. Before writing the open split, what the
    /// storage holds is read: if another tab wrote since, its version is merged in first.
    fn save_library(&self, say_when: bool) {
        let state = self.state;
        if state.problems.with_untracked(|p| p.unavailable) {
            return;
        }
        let key = split_key(&state.current_id());
        let stored = storage::read(&key);
        let unknown = state
            .mirror
            .with_value(|m| m.known(&key) != stored.as_deref());
        if unknown {
            let outcome = state.library.try_update_untracked(|lib| {
                state.mirror.try_update_value(|mirror| {
                    follow_storage_change(lib, mirror, &key, None, stored.as_deref())
                })
            });
            // Only a real change is followed: this runs inside the saving effect, which a
            // change of the library runs again (the split deleted elsewhere, say, stays here
            // unchanged, and must not set it off again and again).
            let changed = matches!(
                outcome.flatten(),
                Some(StorageEventOutcome::Split(
                    ExternalChange::CurrentUpdated
                        | ExternalChange::OtherUpdated
                        | ExternalChange::Added
                        | ExternalChange::OtherRemoved
                ))
            );
            if changed {
                state.library.notify();
            }
        }
        let plan = state
            .library
            .with_untracked(|lib| state.mirror.try_update_value(|mirror| mirror.plan(lib)))
            .unwrap_or_default();
        if plan.is_empty() {
            return;
        }
        let result = storage::apply(&plan, |key, value| {
            state.mirror.update_value(|m| m.remember(key, value));
        });
        if result.is_err() {
            state.mirror.update_value(|m| {
                for (key, _) in &plan.writes {
                    m.write_failed(key);
                }
            });
            self.failed();
            return;
        }
        self.succeeded();
        if say_when
            && plan
                .writes
                .iter()
                .any(|(k, _)| k.starts_with(SPLIT_KEY_PREFIX))
        {
            state.saved_at.set(Some(clock::local_time()));
        }
    }

    /// Everything that failed, once more.
    fn retry(&self) {
        if !self.state.problems.with_untracked(|p| p.save_failed) {
            return;
        }
        self.retrying.set_value(true);
        for (key, value) in self.pending.get_value() {
            self.write(&key, value);
        }
        self.save_library(true);
        self.retrying.set_value(false);
    }
}

/// Saves the library after every change, the wizard's answers after each one, and the
/// preferences when chosen; follows the changes of other tabs.
pub fn keep_saved(state: Splits, wizard: WizardProgress) {
    let saver = Saver {
        state,
        pending: StoredValue::new(Vec::new()),
        retry_planned: StoredValue::new(false),
        retrying: StoredValue::new(false),
    };
    Effect::new(move |previous: Option<()>| {
        state.library.track();
        // The first run only finds what was loaded.
        saver.save_library(previous.is_some());
    });

    // The wizard's answers, after each one (the first run only reads what was loaded).
    Effect::new(move |previous: Option<String>| {
        let text = wizard.progress.with(Progress::to_saved);
        // A fresh start (after erasing) writes nothing until the first answer.
        let fresh = wizard.progress.with(|w| *w == Progress::default());
        if previous.is_some_and(|p| p != text) && !fresh {
            saver.write(PROGRESS_KEY, Some(text.clone()));
        }
        text
    });

    keep_preferences_saved(saver, state.prefs);

    let listener = window_event_listener_untyped("storage", move |event| {
        let Ok(event) = event.dyn_into::<web_sys::StorageEvent>() else {
            return;
        };
        // Another tab removed or wrote something: there may be room again.
        saver.retry();
        let Some(key) = event.key() else {
            return;
        };
        // What the other tab wrote (events come late: it may be overtaken), then what the
        // storage holds now.
        let written = event.new_value();
        let new_value = if key.starts_with(SPLIT_KEY_PREFIX) {
            storage::read(&key)
        } else {
            written.clone()
        };
        let outcome = state
            .library
            .try_update(|lib| {
                state.mirror.try_update_value(|mirror| {
                    follow_storage_change(
                        lib,
                        mirror,
                        &key,
                        written.as_deref(),
                        new_value.as_deref(),
                    )
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
                match storage::back_up(&key, &raw) {
                    Ok(backup) => state.problems.update(|p| {
                        if !p.backups.contains(&backup) {
                            p.backups.push(backup);
                        }
                    }),
                    // No room for a copy: the text stays where it is, offered for download.
                    Err(_) => state.problems.update(|p| {
                        if !p.backups.contains(&key) {
                            p.backups.push(key.clone());
                        }
                    }),
                }
                messages.alert(t.unreadable_backup_title);
            }
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
}

/// The theme and the language, kept when chosen (as JSON, through gloo-storage).
fn keep_preferences_saved(saver: Saver, prefs: Prefs) {
    Effect::new(move |previous: Option<Theme>| {
        let theme = prefs.theme.get();
        if previous.is_some_and(|p| p != theme) {
            match theme {
                Theme::System => saver.write(THEME_KEY, None),
                theme => saver.write_json(THEME_KEY, &theme),
            }
        }
        theme
    });
    Effect::new(move |previous: Option<Lang>| {
        let lang = prefs.lang.get();
        if previous.is_some_and(|p| p != lang) {
            saver.write_json(LANG_KEY, &lang);
        }
        lang
    });
}
