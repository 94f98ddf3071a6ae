//! The saved-data schema: how splits are kept in the browser's storage (and in the JSON
//! file, which is the same text), how old versions are read, and what happens to data
//! that cannot be read.

use serde::{Deserialize, Serialize};

use super::cell_stamps::CellStamps;
use super::library::{Entry, ExternalChange, Library};
use super::limits::LimitError;
use super::merge::merge;
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

/// The saved text: `{"schema":3,"split":{…}}`; in the browser's storage, with the version of
/// its content and the version it was made from (`version`, `based_on`), so that a tab
/// merging another's write knows what that write had seen of its own; and the write's own
/// name and the one it followed (`write`, `after`), so that a tab can tell a write it
/// already holds from a new one saying the same thing (an undo back to an earlier state).
#[derive(Serialize)]
struct Saving<'a> {
    schema: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    write: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stamps: Option<&'a CellStamps>,
    split: &'a RoleSplit,
}

/// The cell stamps a saved text carries (none: every cell at clock 0).
#[derive(Deserialize)]
struct Stamped {
    #[serde(default)]
    stamps: CellStamps,
}

fn stamps_of(raw: &str) -> CellStamps {
    serde_json::from_str::<Stamped>(raw)
        .map(|s| s.stamps)
        .unwrap_or_default()
}

/// The versions a saved text carries.
#[derive(Deserialize)]
struct Versions {
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    based_on: Option<String>,
    #[serde(default)]
    write: Option<String>,
    #[serde(default)]
    after: Option<String>,
}

/// The version of a split's content: a 64-bit FNV-1a hash of its JSON, in hex. Two texts
/// saying the same thing have the same version, whoever wrote them.
pub fn content_version(split: &RoleSplit) -> String {
    let json = serde_json::to_string(split).unwrap_or_default();
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// `(version, based_on)` of a saved text, where it has them.
pub fn saved_versions(raw: &str) -> (Option<String>, Option<String>) {
    serde_json::from_str::<Versions>(raw)
        .map(|v| (v.version, v.based_on))
        .unwrap_or((None, None))
}

/// The version of a saved text's content: the one it carries, or (written before versions,
/// or as a file) the one its split has.
fn version_of(raw: &str) -> Option<String> {
    saved_versions(raw)
        .0
        .or_else(|| parse_saved_split(raw).ok().map(|s| content_version(&s)))
}

/// The text stored for a split in the browser: its versions, then the split.
pub fn serialize_saved(split: &RoleSplit, based_on: Option<&str>) -> String {
    serialize_write(split, based_on, None, None, None)
}

fn serialize_write(
    split: &RoleSplit,
    based_on: Option<&str>,
    write: Option<&str>,
    after: Option<&str>,
    stamps: Option<&CellStamps>,
) -> String {
    let version = content_version(split);
    serde_json::to_string(&Saving {
        schema: SCHEMA_VERSION,
        version: Some(&version),
        based_on,
        write,
        after,
        stamps: stamps.filter(|s| **s != CellStamps::default()),
        split,
    })
    .unwrap_or_default()
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
        version: None,
        based_on: None,
        write: None,
        after: None,
        stamps: None,
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
    split.clean_texts();
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
    /// Split texts this tab has read or written, by version: the common ground of a
    /// three-way merge with another tab's write. The last few are enough.
    seen: Vec<SeenText>,
    /// This tab's name for its writes (random, given when the tab starts) and how many it made.
    tab: String,
    writes: u32,
    /// Each split as this tab last wrote or merged it, with its cell stamps.
    synced: Vec<Synced>,
    /// The Lamport clock of the cell stamps: past every stamp this tab has made or read.
    clock: u64,
}

#[derive(Debug, Clone)]
struct Synced {
    key: String,
    split: RoleSplit,
    stamps: CellStamps,
    /// The stamps of the text the storage holds, as far as this tab knows: when ours
    /// differ (a cell set again to the level it had), the split is written even though
    /// its content is the same, or the other tab would never learn which level is later.
    published: Option<CellStamps>,
}

/// A split text this tab has read or written.
#[derive(Debug, Clone)]
struct SeenText {
    version: String,
    /// The write's name and the write it followed, if it has them.
    write: Option<String>,
    after: Option<String>,
    raw: String,
}

/// How many saved texts a tab keeps as possible merge bases.
const SEEN_KEPT: usize = 32;

impl StorageMirror {
    /// Notes what the storage holds under a key (after loading, writing, or another tab's change).
    /// What this tab believes the storage holds under a key.
    pub fn known(&self, key: &str) -> Option<&str> {
        self.known
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn remember(&mut self, key: &str, raw: Option<&str>) {
        if let (Some(raw), Some(_)) = (raw, split_id_of_key(key)) {
            if let Ok(Versions {
                version: Some(version),
                write,
                after,
                ..
            }) = serde_json::from_str::<Versions>(raw)
            {
                if !self.seen.iter().any(|s| s.raw == raw) {
                    if self.seen.len() == SEEN_KEPT {
                        self.seen.remove(0);
                    }
                    self.seen.push(SeenText {
                        version,
                        write,
                        after,
                        raw: raw.to_owned(),
                    });
                }
            }
        }
        match raw {
            Some(raw) => match self.known.iter_mut().find(|(k, _)| k == key) {
                Some((_, known)) => *known = raw.to_owned(),
                None => self.known.push((key.to_owned(), raw.to_owned())),
            },
            None => self.known.retain(|(k, _)| k != key),
        }
    }

    /// A mirror whose writes are named after `tab` (different in each tab).
    pub fn for_tab(tab: &str) -> StorageMirror {
        StorageMirror {
            tab: tab.to_owned(),
            ..StorageMirror::default()
        }
    }

    /// Forgets what the storage held (it was erased), keeping the names of this tab's writes
    /// and its clock going: a name or stamp given twice would mislead the other tabs.
    pub fn forget(&mut self) {
        *self = StorageMirror {
            tab: std::mem::take(&mut self.tab),
            writes: self.writes,
            clock: self.clock,
            ..StorageMirror::default()
        };
    }

    /// Whether this tab already holds what a stored text says: it read or wrote that very
    /// write, or one made after it. (Versions alone cannot tell: an undo back to an earlier
    /// state writes an earlier version again, and that write is new.)
    fn holds(&self, raw: &str) -> bool {
        let write = serde_json::from_str::<Versions>(raw)
            .ok()
            .and_then(|v| v.write);
        self.seen.iter().any(|s| {
            s.raw == raw
                || write
                    .as_deref()
                    .is_some_and(|w| s.write.as_deref() == Some(w) || s.after.as_deref() == Some(w))
        })
    }

    /// Stamps the cells this tab changed in `split` since it last wrote or merged it, and
    /// returns the stamps of `split`.
    fn stamp_local(&mut self, key: &str, split: &RoleSplit) -> CellStamps {
        if !self.synced.iter().any(|s| s.key == key) {
            // First time here: what was loaded from the storage, or nothing yet.
            let raw = self.known(key).unwrap_or_default();
            let loaded = parse_saved_split(raw).unwrap_or_else(|_| split.clone());
            let stamps = stamps_of(raw);
            self.clock = self.clock.max(stamps.latest());
            self.synced.push(Synced {
                key: key.to_owned(),
                split: loaded,
                published: Some(stamps.clone()),
                stamps,
            });
        }
        let (clock, tab) = (&mut self.clock, &self.tab);
        let Some(synced) = self.synced.iter_mut().find(|s| s.key == key) else {
            return CellStamps::default();
        };
        if synced
            .stamps
            .stamp_changes(&synced.split, split, clock, tab)
        {
            synced.split = split.clone();
        }
        synced.stamps.clone()
    }

    /// A planned write that failed: its stamps are not in the storage after all, so the
    /// next plan writes it again even if only its stamps differ.
    pub fn write_failed(&mut self, key: &str) {
        if let Some(synced) = self.synced.iter_mut().find(|s| s.key == key) {
            synced.published = None;
        }
    }

    fn synced(&self, key: &str) -> Option<&Synced> {
        self.synced.iter().find(|s| s.key == key)
    }

    /// After a merge: the split as merged, its stamps, and those of the text followed.
    fn set_synced(
        &mut self,
        key: &str,
        split: RoleSplit,
        stamps: CellStamps,
        published: CellStamps,
    ) {
        self.clock = self.clock.max(stamps.latest());
        self.synced.retain(|s| s.key != key);
        self.synced.push(Synced {
            key: key.to_owned(),
            split,
            stamps,
            published: Some(published),
        });
    }

    /// What to write and remove so the storage holds the library.
    pub fn plan(&mut self, library: &Library) -> SyncPlan {
        let mut plan = SyncPlan::default();
        let mut wanted = vec![(CURRENT_KEY.to_owned(), library.current_id().to_owned())];
        let current = wanted[0].clone();
        if self.known(CURRENT_KEY) != Some(current.1.as_str()) && !self.frozen.contains(&current.0)
        {
            plan.writes.push(current);
        }
        for entry in library.entries() {
            let key = split_key(&entry.id);
            if self.frozen.contains(&key) {
                wanted.push((key, String::new()));
                continue;
            }
            // Written only when its content, or which of its levels are later, differs
            // from what the storage holds.
            let known = self.known(&key).and_then(version_of);
            let stamps = self.stamp_local(&key, &entry.split);
            let published = self
                .synced(&key)
                .is_some_and(|s| s.published.as_ref() == Some(&stamps));
            if known.as_deref() != Some(content_version(&entry.split).as_str()) || !published {
                self.writes += 1;
                let after = self
                    .known(&key)
                    .and_then(|raw| serde_json::from_str::<Versions>(raw).ok())
                    .and_then(|v| v.write);
                if let Some(synced) = self.synced.iter_mut().find(|s| s.key == key) {
                    synced.published = Some(stamps.clone());
                }
                let raw = serialize_write(
                    &entry.split,
                    known.as_deref(),
                    Some(&format!("{}.{}", self.tab, self.writes)),
                    after.as_deref(),
                    Some(&stamps),
                );
                plan.writes.push((key.clone(), raw));
            }
            wanted.push((key, String::new()));
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

/// Follows what the storage holds under `key` now (`None`: removed) — read when another tab
/// says it wrote there, and before this tab writes there itself. Nothing happens if the
/// mirror already knows that text (an event for a write since overtaken, say). Otherwise,
/// what this tab changed since it last read the key is merged onto it ([`merge`]): no edit
/// of either tab is lost, and the mirror takes the stored text, so that the merged split
/// is what gets written next — the tabs end showing what the storage holds.
pub fn follow_storage_event(
    library: &mut Library,
    mirror: &mut StorageMirror,
    key: &str,
    new_value: Option<&str>,
) -> StorageEventOutcome {
    if mirror.known(key) == new_value && split_id_of_key(key).is_some() {
        return StorageEventOutcome::Ignored;
    }
    let Some(id) = split_id_of_key(key) else {
        // Which split is open is each tab's own business; only the next visit follows it.
        // The mirror keeps what this tab wrote there: remembering the other tab's choice
        // would make this tab write its own back, and the two tabs would take turns forever.
        return StorageEventOutcome::Ignored;
    };
    let split = match new_value.map(parse_saved_split) {
        None => None,
        Some(Ok(theirs)) => {
            // The common ground: what their write was made from, if this tab saw it;
            // otherwise what this tab last knew of the key.
            let (_, based_on) = new_value.map(saved_versions).unwrap_or((None, None));
            let seen = based_on.and_then(|b| {
                mirror
                    .seen
                    .iter()
                    .find(|s| s.version == b)
                    .map(|s| s.raw.clone())
            });
            let base = seen
                .as_deref()
                .or(mirror.known(key))
                .and_then(|raw| parse_saved_split(raw).ok());
            let ours = library
                .entries()
                .iter()
                .find(|e| e.id == id)
                .map(|e| &e.split);
            let their_stamps = stamps_of(new_value.unwrap_or_default());
            let published = their_stamps.clone();
            let mut merged = match (&base, ours) {
                (Some(base), Some(ours)) if ours != base => merge(base, ours, &theirs),
                _ => theirs.clone(),
            };
            // Cells: the later change wins, whatever the common ground says.
            let stamps = match ours {
                Some(ours) => {
                    let our_stamps = mirror.stamp_local(key, ours);
                    CellStamps::resolve(&mut merged, ours, &our_stamps, &theirs, &their_stamps)
                }
                None => their_stamps,
            };
            mirror.set_synced(key, merged.clone(), stamps, published);
            Some(merged)
        }
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

/// A `storage` event: `written`, the text the other tab wrote (what the event carries), and
/// `now`, what the storage holds now (each tab reads its own copy of the storage, which may
/// be behind, or ahead with a write of this tab not yet stored). A written text this tab
/// does not hold yet is merged first, then what the storage holds: otherwise the other
/// tab's next write, made from that text, would be merged on the wrong common ground and
/// undo this tab's latest edits (found with two tabs pressing keys at full speed).
pub fn follow_storage_change(
    library: &mut Library,
    mirror: &mut StorageMirror,
    key: &str,
    written: Option<&str>,
    now: Option<&str>,
) -> StorageEventOutcome {
    let readable = |raw: &str| split_id_of_key(key).is_some() && parse_saved_split(raw).is_ok();
    let mut first = StorageEventOutcome::Ignored;
    if let Some(written) = written.filter(|w| Some(*w) != now) {
        if readable(written) && !mirror.holds(written) {
            first = follow_storage_event(library, mirror, key, Some(written));
        }
    }
    // A write this tab holds already (its own, say, still in its copy of the storage) is
    // only noted as what the storage holds: merging it again could bring back older levels.
    if let Some(held) = now.filter(|n| readable(n) && mirror.holds(n)) {
        mirror.remember(key, Some(held));
        return first;
    }
    match follow_storage_event(library, mirror, key, now) {
        StorageEventOutcome::Ignored | StorageEventOutcome::Split(ExternalChange::Unchanged) => {
            first
        }
        then => then,
    }
}
