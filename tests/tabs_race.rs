//! Two tabs editing one split as fast as keys go, over a storage shaped like Chromium's:
//! each tab reads its own cached copy, writes reach the shared store in order but late,
//! a change from the other tab does not replace a key this tab is still writing, and every
//! write of the other tab arrives as a `storage` event carrying the text it wrote. What the
//! store tells a tab (another tab's change, or that its own write is stored) arrives in the
//! store's order, as on Chromium's one message pipe per tab.
//! Whatever the interleaving, once everything has arrived, both tabs and the storage hold
//! each tab's last edit.

use std::collections::VecDeque;

use binome::domain::library::{Entry, Library};
use binome::domain::saved::{follow_storage_change, split_key, StorageMirror};
use binome::domain::templates::guide_table;
use binome::domain::{Level, RoleId, RowId};
use proptest::prelude::*;

struct Tab {
    lib: Library,
    mirror: StorageMirror,
    /// This tab's copy of the storage (what `localStorage.getItem` returns here).
    cache: Option<String>,
    /// Own writes the store has not yet confirmed.
    pending: usize,
    /// What the store said, on its way here: the other tab's change, or `None` for "your
    /// write is stored".
    incoming: VecDeque<Option<String>>,
    cell: (RowId, RoleId),
    last: Level,
}

struct Browser {
    tabs: [Tab; 2],
    store: Option<String>,
    /// Writes on their way to the store: (writer, text).
    to_store: VecDeque<(usize, String)>,
}

const KEY: &str = "a";

impl Browser {
    fn new() -> Browser {
        let split = guide_table();
        let cells = [
            (split.row_at(6).unwrap(), split.role_at(0).unwrap()),
            (split.row_at(7).unwrap(), split.role_at(1).unwrap()),
        ];
        let tab = |cell: (RowId, RoleId), name: &str| Tab {
            lib: Library::new(Entry {
                id: KEY.into(),
                split: split.clone(),
            }),
            mirror: StorageMirror::for_tab(name),
            cache: None,
            pending: 0,
            incoming: VecDeque::new(),
            last: split.cell(cell.0, cell.1).unwrap().level,
            cell,
        };
        let mut browser = Browser {
            tabs: [tab(cells[0], "one"), tab(cells[1], "two")],
            store: None,
            to_store: VecDeque::new(),
        };
        browser.save(0);
        browser.flush();
        browser
    }

    /// The saving effect: reads this tab's copy, merges if another tab wrote, writes.
    fn save(&mut self, i: usize) {
        let key = split_key(KEY);
        let tab = &mut self.tabs[i];
        let cached = tab.cache.clone();
        follow_storage_change(&mut tab.lib, &mut tab.mirror, &key, None, cached.as_deref());
        for (k, value) in tab.mirror.plan(&tab.lib).writes {
            if k == key {
                tab.cache = Some(value.clone());
                tab.pending += 1;
                self.to_store.push_back((i, value.clone()));
            }
            tab.mirror.remember(&k, Some(&value));
        }
    }

    fn edit(&mut self, i: usize, level: Level) {
        let tab = &mut self.tabs[i];
        let (row, role) = tab.cell;
        let before = tab.lib.current().clone();
        tab.lib.edit(|s| s.set_level(row, role, level)).unwrap();
        tab.last = level;
        if *tab.lib.current() != before {
            self.save(i);
        }
    }

    /// The store takes the next write and tells the other tab.
    fn store_one(&mut self) -> bool {
        let Some((writer, text)) = self.to_store.pop_front() else {
            return false;
        };
        self.store = Some(text.clone());
        self.tabs[writer].incoming.push_back(None);
        self.tabs[1 - writer].incoming.push_back(Some(text));
        true
    }

    /// A tab takes what the store said next. Its own write stored: nothing more to wait
    /// for. The other's change: its copy follows unless it is still writing; the `storage`
    /// event fires, and the library is saved.
    fn deliver_one(&mut self, i: usize) -> bool {
        let key = split_key(KEY);
        let tab = &mut self.tabs[i];
        let Some(said) = tab.incoming.pop_front() else {
            return false;
        };
        let Some(text) = said else {
            tab.pending -= 1;
            return true;
        };
        if tab.pending == 0 {
            tab.cache = Some(text.clone());
        }
        let cached = tab.cache.clone();
        follow_storage_change(
            &mut tab.lib,
            &mut tab.mirror,
            &key,
            Some(&text),
            cached.as_deref(),
        );
        // As the app does: following an event runs the saving effect.
        self.save(i);
        true
    }

    /// Everything on its way arrives; the tabs must settle (not write back and forth forever).
    fn flush(&mut self) {
        let mut rounds = 0;
        while self.store_one() | self.deliver_one(0) | self.deliver_one(1) {
            rounds += 1;
            assert!(rounds < 200, "the tabs never settle");
        }
    }
}

fn level(n: u8) -> Level {
    [
        Level::CoResponsible,
        Level::Pilot,
        Level::Contributes,
        Level::Informed,
    ][n as usize % 4]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn no_edit_is_lost_whatever_the_interleaving(steps in prop::collection::vec(0u8..20, 1..120)) {
        let mut browser = Browser::new();
        for step in steps {
            match step % 5 {
                0 => browser.edit(0, level(step / 5)),
                1 => browser.edit(1, level(step / 5)),
                2 => { browser.store_one(); }
                3 => { browser.deliver_one(0); }
                _ => { browser.deliver_one(1); }
            }
        }
        browser.flush();
        let stored = binome::domain::saved::parse_saved_split(browser.store.as_deref().unwrap()).unwrap();
        for tab in &browser.tabs {
            for other in &browser.tabs {
                let (row, role) = other.cell;
                prop_assert_eq!(tab.lib.current().cell(row, role).unwrap().level, other.last);
                prop_assert_eq!(stored.cell(row, role).unwrap().level, other.last);
            }
        }
    }
}

#[test]
fn an_undo_back_to_an_earlier_state_reaches_the_other_tab() {
    let mut browser = Browser::new();
    let before = browser.tabs[0].lib.current().clone();
    browser.edit(0, Level::Pilot);
    browser.flush();
    assert!(browser.tabs[0].lib.undo());
    browser.tabs[0].last = before
        .cell(browser.tabs[0].cell.0, browser.tabs[0].cell.1)
        .unwrap()
        .level;
    browser.save(0);
    browser.flush();
    assert_eq!(browser.tabs[1].lib.current(), &before);
}
