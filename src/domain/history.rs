//! Undo and redo, as snapshots: a split is small, and snapshots cannot drift.

/// How many steps back a person can go.
pub const MAX_UNDO_STEPS: usize = 100;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
}

// Not derived: a derive would ask `T: Default`, which a history does not need.
impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
        }
    }
}

impl<T> History<T> {
    /// Remembers the state before an edit; a new edit forgets what was undone.
    pub fn record(&mut self, before: T) {
        if self.past.len() == MAX_UNDO_STEPS {
            self.past.remove(0);
        }
        self.past.push(before);
        self.future.clear();
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// The state to go forward to again, given the current one.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
    }

    /// How many steps can be undone: a mark to come back to with [`History::len`].
    pub fn len(&self) -> usize {
        self.past.len()
    }

    pub fn is_empty(&self) -> bool {
        self.past.is_empty()
    }

    /// Forgets what was undone: nothing to redo.
    pub fn forget_future(&mut self) {
        self.future.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_then_redo_walks_back_and_forth() {
        let mut h = History::default();
        h.record(1);
        h.record(2);
        assert_eq!(h.undo(3), Some(2));
        assert_eq!(h.undo(2), Some(1));
        assert_eq!(h.undo(1), None);
        assert_eq!(h.redo(1), Some(2));
        assert_eq!(h.redo(2), Some(3));
        assert_eq!(h.redo(3), None);
    }

    #[test]
    fn a_new_edit_forgets_the_undone_future() {
        let mut h = History::default();
        h.record(1);
        assert_eq!(h.undo(2), Some(1));
        h.record(1);
        assert!(!h.can_redo());
    }

    #[test]
    fn history_is_bounded() {
        let mut h = History::default();
        for i in 0..(MAX_UNDO_STEPS + 10) {
            h.record(i);
        }
        let mut steps = 0;
        let mut current = usize::MAX;
        while let Some(previous) = h.undo(current) {
            current = previous;
            steps += 1;
        }
        assert_eq!(steps, MAX_UNDO_STEPS);
        assert_eq!(current, 10);
    }
}
