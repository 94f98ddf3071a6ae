//! The saved splits of this browser, read at start-up: the storage adapter and the
//! saved-data schema together. Unreadable text is kept, never deleted.

use crate::domain::lang::Lang;
use crate::domain::library::{Entry, Library};
use crate::domain::saved::{
    read_saved_splits, StorageMirror, BACKUP_KEY_PREFIX, CURRENT_KEY, SPLIT_KEY_PREFIX,
};
use crate::domain::wizard::{Progress, PROGRESS_KEY};
use crate::domain::TemplateId;

use super::{clock, storage};

/// What went wrong with the browser's storage, shown until dealt with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageProblems {
    /// The browser refuses local storage: nothing will survive a reload.
    pub unavailable: bool,
    /// Backup keys holding text that could not be read.
    pub backups: Vec<String>,
    /// Splits written by a newer version, left untouched.
    pub newer: usize,
    /// The last save failed (storage full or refused).
    pub save_failed: bool,
}

/// What start-up found in the storage.
pub struct Loaded {
    pub library: Library,
    pub mirror: StorageMirror,
    pub problems: StorageProblems,
}

/// The wizard's progress saved in this browser; a fresh start when there is none or it
/// cannot be read. Unreadable text (damaged, or written by a newer version) is moved to a
/// backup key first, so that the next answer does not overwrite it. Call before [`load`],
/// which lists the backups.
pub fn load_progress() -> Progress {
    let Some(text) = storage::read(PROGRESS_KEY) else {
        return Progress::default();
    };
    Progress::from_saved(&text).unwrap_or_else(|| {
        // If even the backup fails, the text stays where it was, and so does the fresh start.
        let _ = storage::back_up(PROGRESS_KEY, &text);
        Progress::default()
    })
}

/// A new split holding the guide's table.
pub fn fresh_default(lang: Lang) -> Entry {
    Entry {
        id: clock::new_split_id(),
        split: TemplateId::Guide.build_in(lang),
    }
}

/// Reads every saved split. Unreadable text is moved to a backup key (never deleted);
/// splits from a newer version are left where they are. With nothing readable, the
/// guide's table opens, in the interface's language.
pub fn load(lang: Lang) -> Loaded {
    let mut problems = StorageProblems::default();
    // Each tab names its writes differently: a random name, new at each start.
    let mut mirror = StorageMirror::for_tab(&format!("{:x}", clock::random_u32()));
    let Ok(items) = storage::read_prefixed(SPLIT_KEY_PREFIX) else {
        problems.unavailable = true;
        return Loaded {
            library: Library::new(fresh_default(lang)),
            mirror,
            problems,
        };
    };
    // The mirror knows only the keys that loaded: the others are never written or removed.
    for (key, raw) in &items {
        mirror.remember(key, Some(raw));
    }
    let loaded = read_saved_splits(items);
    // Text that could not even be copied to a backup key (the storage is full) stays where
    // it is: it is reported all the same, with its download.
    let mut stuck = Vec::new();
    for unreadable in &loaded.unreadable {
        mirror.remember(&unreadable.key, None);
        if storage::back_up(&unreadable.key, &unreadable.raw).is_err() {
            stuck.push(unreadable.key.clone());
        }
    }
    problems.newer = loaded.newer.len();
    for key in &loaded.newer {
        mirror.remember(key, None);
    }
    problems.backups = storage::read_prefixed(BACKUP_KEY_PREFIX)
        .map(|items| items.into_iter().map(|(key, _)| key).collect())
        .unwrap_or_default();
    problems.backups.extend(stuck);
    let current = storage::read(CURRENT_KEY);
    if let Some(current) = &current {
        mirror.remember(CURRENT_KEY, Some(current));
    }
    let library = Library::from_entries(loaded.entries, current.as_deref())
        .unwrap_or_else(|| Library::new(fresh_default(lang)));
    Loaded {
        library,
        mirror,
        problems,
    }
}
