//! The browser's `localStorage`, through `gloo-storage`: typed values (serde) where the
//! text itself does not matter, the raw `web_sys::Storage` where it does — saved splits and
//! wizard answers, whose unreadable text is moved to a backup key, never lost.
//!
//! gloo's calls throw when the browser refuses storage (private modes, blocked cookies):
//! each goes through [`available`] first, and a refusal is a [`StorageError`] value.

use gloo_storage::{LocalStorage, Storage as _};
use serde::{de::DeserializeOwned, Serialize};
use web_sys::Storage;

use crate::domain::saved::{backup_key, SyncPlan};

/// The storage refused a read or a write (disabled, full, or blocked by the browser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError;

/// The page's local storage, if the browser allows it.
fn available() -> Result<Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|_| LocalStorage::raw())
        .ok_or(StorageError)
}

/// Whether the browser lets this page keep anything.
pub fn is_available() -> bool {
    available().is_ok()
}

/// The raw text under a key.
pub fn read(key: &str) -> Option<String> {
    available().ok()?.get_item(key).ok().flatten()
}

/// Writes raw text (the exact text the mirror of saved data expects to find there).
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    available()?.set_item(key, value).map_err(|_| StorageError)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    available()?;
    LocalStorage::delete(key);
    Ok(())
}

/// A value kept as JSON; `None` if there is none or it is not that value's JSON.
pub fn read_value<T: DeserializeOwned>(key: &str) -> Option<T> {
    available().ok()?;
    LocalStorage::get(key).ok()
}

/// Keeps a value as JSON.
pub fn write_value<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    available()?;
    LocalStorage::set(key, value).map_err(|_| StorageError)
}

/// Every `(key, text)` whose key starts with `prefix`.
pub fn read_prefixed(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    let storage = available()?;
    let keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect();
    Ok(keys
        .into_iter()
        .filter_map(|key| {
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key, value))
        })
        .collect())
}

/// Carries out a sync plan, reporting each write or removal that succeeded.
pub fn apply(
    plan: &SyncPlan,
    mut done: impl FnMut(&str, Option<&str>),
) -> Result<(), StorageError> {
    for (key, value) in &plan.writes {
        write(key, value)?;
        done(key, Some(value));
    }
    for key in &plan.removals {
        remove(key)?;
        done(key, None);
    }
    Ok(())
}

/// Keeps unreadable text under a backup key, then clears the original key, in that
/// order, so that the text exists somewhere at every moment. Returns the backup key.
pub fn back_up(key: &str, raw: &str) -> Result<String, StorageError> {
    let base = backup_key(key);
    let mut target = base.clone();
    let mut n = 2;
    // Never overwrite an earlier, different backup of the same key.
    while let Some(existing) = read(&target) {
        if existing == raw {
            break;
        }
        target = format!("{base}.{n}");
        n += 1;
    }
    write(&target, raw)?;
    remove(key)?;
    Ok(target)
}
