//! The saved-data schema: how splits are kept in the browser's storage (and in the JSON
//! file, which is the same text), how old versions are read, and what happens to data
//! that cannot be read.

use serde::{Deserialize, Serialize};

use super::library::{Entry, ExternalChange, Library};
use super::limits::LimitError;
use super::split::RoleSplit;

/// The version written today. Every older version stays readable:
/// 1 had no role cards (they read back empty); 2 added them; 3 adds the ids of roles,
/// groups and responsibilities (older data gets new ones when read).
pub const SCHEMA_VERSION: u32 = 3;

/// Each split lives under its own key, so two tabs editing two splits never collide.
pub const SPLIT_KEY_PREFIX: &str = "binome.split.";
/// The split opened last, reopened on the next visit.
pub const CURRENT_KEY: &str = "binome.current";
/// Raw text of saved data that could not be read, kept until the person deletes it.
pub const BACKUP_KEY_PREFIX: &str = "binome.backup.";

/// Why saved data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedDataError {
    /// Not JSON, or not the shape of a saved split.
    Unreadable,
    /// Written by a newer version of Binôme: left untouched.
    FromNewerVersion { schema: u32 },
    /// Readable, but beyond the limits.
    OverLimits(LimitError),
}

pub fn split_key(id: &str) -> String {
    format!("{SPLIT_KEY_PREFIX}{id}")
}

/// The split id in a storage key, if the key holds a split.
pub fn split_id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(SPLIT_KEY_PREFIX)
        .filter(|id| !id.is_empty())
}

/// Where the raw text of an unreadable key is kept.
pub fn backup_key(key: &str) -> String {
    format!(
        "{BACKUP_KEY_PREFIX}{}",
        key.strip_prefix("binome.").unwrap_or(key)
    )
}

/// The saved text: `{"schema":3,"split":{…}}`.
#[derive(Serialize)]
struct Saving<'a> {
    schema: u32,
    split: &'a RoleSplit,
}

/// The version, read first: a newer version's split is not ours to read.
#[derive(Deserialize)]
struct Version {
    schema: u64,
}

#[derive(Deserialize)]
struct Saved {
    split: RoleSplit,
}

/// The text stored for a split (and written to its JSON file).
pub fn serialize_split(split: &RoleSplit) -> String {
    serde_json::to_string(&Saving {
        schema: SCHEMA_VERSION,
        split,
    })
    .unwrap_or_default()
}

/// Reads a stored split (or a JSON file) of any released schema version, migrating it to
/// today's: versions 1 and 2 are version 3 without ids (and 1 without cards, which read
/// back empty); ids are given where missing.
pub fn parse_saved_split(raw: &str) -> Result<RoleSplit, SavedDataError> {
    let Version { schema } = serde_json::from_str(raw).map_err(|_| SavedDataError::Unreadable)?;
    match schema {
        1..=3 => {}
        schema if schema > u64::from(SCHEMA_VERSION) => {
            return Err(SavedDataError::FromNewerVersion {
                schema: u32::try_from(schema).unwrap_or(u32::MAX),
            })
        }
        _ => return Err(SavedDataError::Unreadable),
    }
    let Saved { mut split } = serde_json::from_str(raw).map_err(|_| SavedDataError::Unreadable)?;
    split.validate().map_err(SavedDataError::OverLimits)?;
    split.ensure_ids();
    Ok(split)
}

/// What was found under the split keys of the storage.
#[derive(Debug, Default)]
pub struct LoadedSplits {
    pub entries: Vec<Entry>,
    /// Keys whose text could not be read: to back up, then clear.
    pub unreadable: Vec<Unreadable>,
    /// Keys written by a newer version: to leave as they are.
    pub newer: Vec<String>,
}

/// A stored text that could not be read, and why.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub error: SavedDataError,
}

/// Sorts stored `(key, text)` pairs into splits, unreadable keys and newer keys.
pub fn read_saved_splits(items: impl IntoIterator<Item = (String, String)>) -> LoadedSplits {
    let mut loaded = LoadedSplits::default();
    for (key, raw) in items {
        let Some(id) = split_id_of_key(&key) else {
            continue;
        };
        match parse_saved_split(&raw) {
            Ok(split) => loaded.entries.push(Entry {
                id: id.to_owned(),
                split,
            }),
            Err(SavedDataError::FromNewerVersion { .. }) => loaded.newer.push(key),
            Err(error) => loaded.unreadable.push(Unreadable { key, raw, error }),
        }
    }
    loaded
}

/// Writes and removals that bring the storage in line with the library.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SyncPlan {
    pub writes: Vec<(String, String)>,
    pub removals: Vec<String>,
}

impl SyncPlan {
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty() && self.removals.is_empty()
    }
}

/// What this tab believes the storage holds, so that only real changes are written
/// and keys this tab never knew (another version's, another tab's) are never removed.
#[derive(Debug, Default, Clone)]
pub struct StorageMirror {
    /// `(key, text)` pairs; a handful, so a list (a map would weigh more in the download).
    known: Vec<(String, String)>,
    /// Keys a newer version wrote while this tab was open: never overwritten from here.
    frozen: Vec<String>,
}

impl StorageMirror {
    /// Notes what the storage holds under a key (after loading, writing, or another tab's change).
    pub fn remember(&mut self, key: &str, raw: Option<&str>) {
        match raw {
            Some(raw) => match self.known.iter_mut().find(|(k, _)| k == key) {
                Some((_, known)) => *known = raw.to_owned(),
                None => self.known.push((key.to_owned(), raw.to_owned())),
            },
            None => self.known.retain(|(k, _)| k != key),
        }
    }

    /// What to write and remove so the storage holds the library.
    pub fn plan(&self, library: &Library) -> SyncPlan {
        let mut plan = SyncPlan::default();
        let mut wanted = vec![(CURRENT_KEY.to_owned(), library.current_id().to_owned())];
        for entry in library.entries() {
            wanted.push((split_key(&entry.id), serialize_split(&entry.split)));
        }
        for (key, raw) in &wanted {
            let known = self.known.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            if known != Some(raw) && !self.frozen.contains(key) {
                plan.writes.push((key.clone(), raw.clone()));
            }
        }
        for (key, _) in &self.known {
            if split_id_of_key(key).is_some()
                && !wanted.iter().any(|(k, _)| k == key)
                && !self.frozen.contains(key)
            {
                plan.removals.push(key.clone());
            }
        }
        plan
    }
}

/// How a change made in another tab (a `storage` event) lands here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageEventOutcome {
    Split(ExternalChange),
    /// A newer version of Binôme wrote this split: this tab stops saving it.
    WrittenByNewerVersion,
    /// The other tab wrote text this tab cannot read: the caller keeps it under a backup
    /// key, and this tab's copy of the split is written back (the mirror forgets the key).
    Unreadable,
    /// Nothing for this tab to follow.
    Ignored,
}

/// Follows another tab's write to `key` (`None` value: removed), keeping the mirror
/// in step so that this tab does not write the same thing back.
pub fn follow_storage_event(
    library: &mut Library,
    mirror: &mut StorageMirror,
    key: &str,
    new_value: Option<&str>,
) -> StorageEventOutcome {
    let Some(id) = split_id_of_key(key) else {
        // Which split is open is each tab's own business; only the next visit follows it.
        // The mirror keeps what this tab wrote there: remembering the other tab's choice
        // would make this tab write its own back, and the two tabs would take turns forever.
        return StorageEventOutcome::Ignored;
    };
    let split = match new_value.map(parse_saved_split) {
        None => None,
        Some(Ok(split)) => Some(split),
        Some(Err(SavedDataError::FromNewerVersion { .. })) => {
            mirror.frozen.push(key.to_owned());
            mirror.remember(key, new_value);
            return StorageEventOutcome::WrittenByNewerVersion;
        }
        Some(Err(_)) => {
            mirror.remember(key, None);
            return StorageEventOutcome::Unreadable;
        }
    };
    let change = library.apply_external(id, split);
    // The open split stays here when deleted elsewhere; the next edit saves it again.
    if change != ExternalChange::CurrentRemoved {
        mirror.remember(key, new_value);
    }
    StorageEventOutcome::Split(change)
}
