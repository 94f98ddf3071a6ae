//! The browser's `localStorage`, as raw text. What the text means is the domain's business.

use crate::domain::saved::{backup_key, SyncPlan};
use web_sys::Storage;

/// The storage refused a read or a write (disabled, full, or blocked by the browser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError;

/// The page's local storage, if the browser allows it.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn storage() -> Result<Storage, StorageError> {
    local_storage().ok_or(StorageError)
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|_| StorageError)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(|_| StorageError)
}

/// Every `(key, text)` whose key starts with `prefix`.
pub fn read_prefixed(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    let storage = storage()?;
    let count = storage.length().map_err(|_| StorageError)?;
    let keys: Vec<String> = (0..count)
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
