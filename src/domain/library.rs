//! The named splits kept in this browser, which one is open, and its undo history.

use super::history::History;
use super::limits::{check_label, LimitError};
use super::split::RoleSplit;
use super::templates::is_untouched_guide;

/// A saved split and its storage identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub split: RoleSplit,
}

/// Every split of this browser; one is open. Never empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    entries: Vec<Entry>,
    current: String,
    /// Undo history of each split this tab edited, by split id.
    histories: Vec<(String, History<RoleSplit>)>,
    /// The field being typed in: keystrokes in one field make one undo step.
    typing_in: Option<String>,
}

/// Where a shared split was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// In place of the open split, which was the guide's table untouched.
    InPlaceOfUntouchedGuide,
    /// As a new split, now open.
    AsNew,
}

/// Follows a split's name with `suffix` (" (copie)", " (partagée)"), unless the name would
/// then be over the label limit: it then stays as it was.
fn add_to_name(split: &mut RoleSplit, suffix: &str) {
    let name = format!("{}{}", split.name, suffix);
    if check_label(&name).is_ok() {
        split.name = name;
    }
}

/// What changed in another tab, as read from a `storage` event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// The split was not known here: it now appears in the list.
    Added,
    /// The split open here was changed there; the view follows it.
    CurrentUpdated,
    /// Another split was changed there.
    OtherUpdated,
    /// The split open here was deleted there; it stays open, and the next edit saves it again.
    CurrentRemoved,
    /// Another split was deleted there.
    OtherRemoved,
    Unchanged,
}

/// Makes an identifier that sorts by creation time and does not collide across tabs.
pub fn new_split_id(millis_since_epoch: f64, random: u32) -> String {
    let millis = millis_since_epoch.max(0.0) as u64;
    format!(
        "{}-{}",
        base36(millis, 9),
        base36(u64::from(random % 1_679_616), 4)
    )
}

fn base36(mut value: u64, width: usize) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(value % 36) as usize];
        value /= 36;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Keeps entries in id order (creation order) without sorting the whole list.
fn insert_sorted(entries: &mut Vec<Entry>, entry: Entry) {
    let at = entries.partition_point(|e| e.id < entry.id);
    entries.insert(at, entry);
}

impl Library {
    /// A library holding one split, open.
    pub fn new(first: Entry) -> Library {
        Library {
            current: first.id.clone(),
            entries: vec![first],
            histories: Vec::new(),
            typing_in: None,
        }
    }

    /// A library of loaded entries (sorted by id, oldest first), opening `preferred` if present.
    /// Returns `None` when there is nothing to open.
    pub fn from_entries(entries: Vec<Entry>, preferred: Option<&str>) -> Option<Library> {
        let entries = entries.into_iter().fold(Vec::new(), |mut sorted, entry| {
            insert_sorted(&mut sorted, entry);
            sorted
        });
        let current = preferred
            .filter(|id| entries.iter().any(|e| e.id == *id))
            .map(str::to_owned)
            .or_else(|| entries.last().map(|e| e.id.clone()))?;
        Some(Library {
            entries,
            current,
            histories: Vec::new(),
            typing_in: None,
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn current_id(&self) -> &str {
        &self.current
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// The open split.
    pub fn current(&self) -> &RoleSplit {
        let index = self.position(&self.current).unwrap_or(0);
        &self.entries[index].split
    }

    /// Applies an edit to the open split, all or nothing, and records it for undo.
    pub fn edit<R>(
        &mut self,
        change: impl FnOnce(&mut RoleSplit) -> Result<R, LimitError>,
    ) -> Result<R, LimitError> {
        self.typing_in = None;
        self.apply(change, true)
    }

    /// Applies a keystroke in the text field `field`: successive keystrokes in the
    /// same field make a single undo step.
    pub fn type_in<R>(
        &mut self,
        field: &str,
        change: impl FnOnce(&mut RoleSplit) -> Result<R, LimitError>,
    ) -> Result<R, LimitError> {
        let first_keystroke = self.typing_in.as_deref() != Some(field);
        let result = self.apply(change, first_keystroke)?;
        self.typing_in = Some(field.to_owned());
        Ok(result)
    }

    fn apply<R>(
        &mut self,
        change: impl FnOnce(&mut RoleSplit) -> Result<R, LimitError>,
        record: bool,
    ) -> Result<R, LimitError> {
        let index = self.position(&self.current).unwrap_or(0);
        let mut draft = self.entries[index].split.clone();
        let result = change(&mut draft)?;
        if draft != self.entries[index].split {
            let before = std::mem::replace(&mut self.entries[index].split, draft);
            if record {
                let id = self.current.clone();
                self.history_mut(&id).record(before);
            }
        }
        Ok(result)
    }

    /// Replaces the open split's content (as one undoable step); ids go on from its own.
    pub fn replace_current(&mut self, split: RoleSplit) {
        let _ = self.edit(|s| {
            s.replace_with(split);
            Ok(())
        });
    }

    pub fn undo(&mut self) -> bool {
        self.step(|history, current| history.undo(current))
    }

    pub fn redo(&mut self) -> bool {
        self.step(|history, current| history.redo(current))
    }

    fn step(
        &mut self,
        go: impl FnOnce(&mut History<RoleSplit>, RoleSplit) -> Option<RoleSplit>,
    ) -> bool {
        self.typing_in = None;
        let index = self.position(&self.current).unwrap_or(0);
        let current = self.entries[index].split.clone();
        let id = self.current.clone();
        let counter = current.next_id;
        match go(self.history_mut(&id), current) {
            Some(mut split) => {
                // Ids given since stay given: an undone role's id never names another.
                split.next_id = split.next_id.max(counter);
                self.entries[index].split = split;
                true
            }
            None => false,
        }
    }

    fn history(&self, id: &str) -> Option<&History<RoleSplit>> {
        self.histories.iter().find(|(i, _)| i == id).map(|(_, h)| h)
    }

    fn history_mut(&mut self, id: &str) -> &mut History<RoleSplit> {
        let index = match self.histories.iter().position(|(i, _)| i == id) {
            Some(index) => index,
            None => {
                self.histories.push((id.to_owned(), History::default()));
                self.histories.len() - 1
            }
        };
        &mut self.histories[index].1
    }

    fn forget_history(&mut self, id: &str) {
        self.histories.retain(|(i, _)| i != id);
    }

    /// Where the open split's history stands: a mark for [`Library::cancel_since`].
    pub fn mark(&self) -> usize {
        self.history(&self.current).map_or(0, History::len)
    }

    /// Takes back every step of the open split since `mark` (an addition cancelled with
    /// Esc, and the typing of its label), leaving nothing to redo: as if never done.
    pub fn cancel_since(&mut self, mark: usize) {
        while self.mark() > mark && self.undo() {}
        let id = self.current.clone();
        self.history_mut(&id).forget_future();
    }

    pub fn can_undo(&self) -> bool {
        self.history(&self.current).is_some_and(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history(&self.current).is_some_and(History::can_redo)
    }

    /// Opens another split; false if there is no such split.
    pub fn select(&mut self, id: &str) -> bool {
        if self.position(id).is_none() {
            return false;
        }
        self.current = id.to_owned();
        self.typing_in = None;
        true
    }

    /// Adds a split and opens it.
    pub fn create(&mut self, id: String, split: RoleSplit) {
        self.current = id.clone();
        self.entries.push(Entry { id, split });
        // Typing in the new split's fields is its own first undo step.
        self.typing_in = None;
    }

    /// Whether a shared split kept now would take the place of the open one: on a first
    /// visit, when the only split is the guide's table untouched (nothing would be lost).
    pub fn keeps_shared_in_place(&self) -> bool {
        self.entries.len() == 1 && is_untouched_guide(self.current())
    }

    /// Keeps a shared split (from a link or a file). On a first visit it takes the place of
    /// the untouched guide's table (see [`Library::keeps_shared_in_place`]), so that the list
    /// does not fill with look-alikes; otherwise it is added and opened, its name followed
    /// by `name_suffix` if another split has that name already.
    pub fn keep_shared(&mut self, id: String, mut split: RoleSplit, name_suffix: &str) -> Kept {
        if self.keeps_shared_in_place() {
            // The kept split starts its own history: undo cannot turn it back into the
            // guide's table under the shared split's name (there was nothing of the person's
            // to bring back).
            let index = self.position(&self.current).unwrap_or(0);
            self.entries[index].split.replace_with(split);
            let id = self.current.clone();
            self.forget_history(&id);
            self.typing_in = None;
            return Kept::InPlaceOfUntouchedGuide;
        }
        if self.entries.iter().any(|e| e.split.name == split.name) {
            add_to_name(&mut split, name_suffix);
        }
        self.create(id, split);
        Kept::AsNew
    }

    /// Copies the open split under a new id, with a name saying it is a copy, and opens it.
    pub fn duplicate_current(&mut self, id: String, copy_suffix: &str) {
        let mut split = self.current().clone();
        add_to_name(&mut split, copy_suffix);
        self.create(id, split);
    }

    /// Deletes a split. The library is never empty: deleting the last one needs a
    /// replacement, which is opened. Returns the deleted entry.
    pub fn delete(&mut self, id: &str, replacement: impl FnOnce() -> Entry) -> Option<Entry> {
        let index = self.position(id)?;
        let removed = self.entries.remove(index);
        self.forget_history(id);
        if self.entries.is_empty() {
            self.entries.push(replacement());
        }
        if self.current == id {
            let next = index.min(self.entries.len() - 1);
            self.current = self.entries[next].id.clone();
            self.typing_in = None;
        }
        Some(removed)
    }

    /// Follows a change another tab made to a split (`None`: it was deleted there).
    pub fn apply_external(&mut self, id: &str, split: Option<RoleSplit>) -> ExternalChange {
        let is_current = self.current == id;
        match (self.position(id), split) {
            (None, Some(split)) => {
                insert_sorted(
                    &mut self.entries,
                    Entry {
                        id: id.to_owned(),
                        split,
                    },
                );
                ExternalChange::Added
            }
            (None, None) => ExternalChange::Unchanged,
            (Some(index), Some(split)) => {
                if self.entries[index].split == split {
                    return ExternalChange::Unchanged;
                }
                let before = std::mem::replace(&mut self.entries[index].split, split);
                // Undo can bring back what this tab showed before.
                self.history_mut(id).record(before);
                if is_current {
                    ExternalChange::CurrentUpdated
                } else {
                    ExternalChange::OtherUpdated
                }
            }
            (Some(_), None) if is_current => ExternalChange::CurrentRemoved,
            (Some(index), None) => {
                self.entries.remove(index);
                self.forget_history(id);
                ExternalChange::OtherRemoved
            }
        }
    }
}
