//! The builder page: the matrix, its editors, the checks, the legend and the saved splits.

mod additions;
mod card;
mod checks_panel;
mod compare;
mod confirm;
mod editors;
pub mod export;
pub mod keyboard;
mod legend;
mod matrix;
mod open_editor;
mod preview;
mod share;
mod shown;
mod splits;
mod toolbar;
mod workshop;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::checks::{check_split, Finding};
use crate::domain::glossary::{GUIDE_NAME, GUIDE_URL};
use crate::domain::library::Library;
use crate::domain::limits::LimitError;
use crate::domain::{GroupId, RoleId, RoleSplit, RowId};
use crate::route::View;

use super::focus::focus_later;
use super::ids;
use super::state::{use_navigation, use_prefs, use_splits, Splits};
use shown::ShownSplit;

/// What the open dialog edits. Rows, roles and groups by id: a dialog left open while
/// another tab moves things still edits what it was opened on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    Cell(RowId, RoleId),
    Responsibility(RowId),
    Role(RoleId),
    Group(GroupId),
    NewSplit,
    Share,
    Card(RoleId),
    TeamRoles,
    Export,
    Compare,
    Qr,
    Help,
    /// The points to clarify, listed large (workshop mode).
    Points,
    /// A request for opinions on the open split (`ui/opinions`).
    AskOpinions,
}

/// Something just added, whose label is being typed: Esc takes it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addition {
    /// Where the open split's history stood before the addition.
    mark: usize,
    /// Whether Esc takes it back (workshop mode).
    cancellable: bool,
    /// Where the focus goes once the label is validated, and once it is cancelled.
    done_focus: Option<String>,
    cancel_focus: Option<String>,
}

/// An action that asks first, naming its target by id (and the split it is in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    ResetToGuide,
    DeleteSplit(String),
    DeleteRole(RoleId),
    DeleteResponsibility(RowId),
    DeleteGroup(GroupId),
    ReplaceWithPreview,
}

/// The builder's state, shared with its components.
#[derive(Clone, Copy)]
pub struct Builder {
    /// The split shown, thing by thing: the open one, or a shared one being previewed.
    pub shown: ShownSplit,
    /// The points to clarify of the split shown.
    pub findings: Memo<Vec<Finding>>,
    /// A preview is shown: nothing can be edited until the person chooses.
    pub read_only: Memo<bool>,
    pub editing: RwSignal<Option<Editing>>,
    pub confirm: RwSignal<Option<Confirm>>,
    /// The cell that had the focus last: where additions go, and what the workshop marks.
    pub focused: StoredValue<Option<(RowId, RoleId)>>,
    /// The matrix's table, which carries the focused column's number for the workshop's marks.
    pub table: NodeRef<leptos::html::Table>,
    addition: StoredValue<Option<Addition>>,
    splits: Splits,
}

impl Builder {
    /// Reads the split shown (the open one, or the preview), following its changes.
    pub fn with_split<R>(&self, read: impl FnOnce(&RoleSplit) -> R) -> R {
        self.splits.with_shown(read)
    }

    /// Reads the split shown now, without following it.
    pub fn with_split_untracked<R>(&self, read: impl FnOnce(&RoleSplit) -> R) -> R {
        self.splits.with_shown_untracked(read)
    }

    /// Closes the open editor and gives focus back to what opened it (or, after an
    /// addition, to where the addition says).
    pub fn close_editor(&self, focus_id: String) {
        let after_addition = self
            .addition
            .try_update_value(Option::take)
            .flatten()
            .and_then(|a| a.done_focus);
        self.editing.set(None);
        focus_later(after_addition.unwrap_or(focus_id));
    }

    /// Adds something and opens its editor, its label selected: Enter validates it; in
    /// workshop mode (`cancellable`), Esc takes the addition back (elsewhere Esc closes the
    /// dialog and keeps it, as any dialog). `focus` says where the focus goes after each.
    pub fn add<T: Copy>(
        &self,
        add: impl FnOnce(&mut RoleSplit) -> Result<T, LimitError>,
        open: impl FnOnce(T) -> Editing,
        focus: impl FnOnce(T) -> (Option<String>, Option<String>),
        cancellable: bool,
    ) {
        let mark = self.splits.library.with_untracked(Library::mark);
        if let Some(added) = self.splits.edit(add) {
            let (done_focus, cancel_focus) = focus(added);
            self.addition.set_value(Some(Addition {
                mark,
                cancellable,
                done_focus,
                cancel_focus,
            }));
            self.editing.set(Some(open(added)));
        }
    }

    /// Notes which cell (or column, on a role's header) has the focus: additions go there,
    /// and the table marks the column for the room (its `data-column`, a CSS
    /// `nth-child` number: the responsibilities' column is 1).
    pub fn note_focus(&self, row: Option<RowId>, role: Option<RoleId>) {
        // A focused element removed with the page (back to the home page, a link in a
        // definition) fires `focusout` after the builder is gone: nothing left to mark.
        let Some(table) = self.table.try_get_untracked().flatten() else {
            return;
        };
        if let (Some(row), Some(role)) = (row, role) {
            let _ = self.focused.try_set_value(Some((row, role)));
        }
        // Only the workshop marks the column: elsewhere the focus ring is enough, and moving
        // the focus changes nothing in the page.
        let in_workshop = document()
            .document_element()
            .is_some_and(|root| root.class_list().contains("atelier"));
        let column = role
            .filter(|_| in_workshop)
            .and_then(|role| self.with_split_untracked(|s| s.role_index(role)));
        let _ = match column {
            Some(index) => table.set_attribute("data-column", &(index + 2).to_string()),
            None => table.remove_attribute("data-column"),
        };
    }

    /// Whether the open editor is for something just added (its label then comes selected).
    pub fn adding(&self) -> bool {
        self.addition.with_value(Option::is_some)
    }

    /// Esc in the editor of something just added: as if it had never been added.
    pub fn cancel_addition(&self) {
        let cancellable = self
            .addition
            .with_value(|a| a.as_ref().is_some_and(|a| a.cancellable));
        if !cancellable {
            return;
        }
        let Some(addition) = self.addition.try_update_value(Option::take).flatten() else {
            return;
        };
        self.splits
            .library
            .update(|lib| lib.cancel_since(addition.mark));
        self.splits
            .messages
            .announce(self.splits.prefs.t().addition_cancelled);
        self.editing.set(None);
        if let Some(focus) = addition.cancel_focus {
            focus_later(focus);
        }
    }

    /// Whether a dialog is open (keyboard shortcuts of the page then stay quiet).
    /// Asks the page, not the state: a dialog closed by Esc loses its `open` attribute at
    /// once, while its `close` event (which clears the state) comes a moment later.
    pub fn dialog_open(&self) -> bool {
        document()
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some()
    }
}

pub fn use_builder() -> Builder {
    expect_context::<Builder>()
}

/// Whether the screen is a phone's (under 600 px, as the style sheet says).
fn phone_screen() -> bool {
    window()
        .match_media("(max-width: 37.5em)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// What stands above the matrix: the preview's choices, the workshop bar, or the
/// editing bars. Out of line, so that it is not built twice into the reactive closure.
#[inline(never)]
fn bars(previewing: bool, in_workshop: bool, phone: bool) -> AnyView {
    if previewing {
        view! { <preview::PreviewPanel /> }.into_any()
    } else if in_workshop {
        view! { <workshop::WorkshopBar /> }.into_any()
    } else if phone {
        // On a phone the bars fold into one menu, so that the matrix comes within the first
        // screen.
        let t = use_prefs().t();
        view! {
            <details class="builder-menu">
                <summary>{t.builder_menu}</summary>
                <splits::SplitBar />
                <toolbar::Toolbar />
            </details>
        }
        .into_any()
    } else {
        view! {
            <splits::SplitBar />
            <toolbar::Toolbar />
        }
        .into_any()
    }
}

#[component]
pub fn BuilderPage() -> impl IntoView {
    let splits = use_splits();
    let nav = use_navigation();
    let t = use_prefs().t();
    let lang = use_prefs().lang.get_untracked();
    let read_only = Memo::new(move |_| splits.preview.with(Option::is_some));
    let shown = splits.with_shown_untracked(ShownSplit::new);
    let builder = Builder {
        shown,
        findings: Memo::new(move |_| splits.with_shown(check_split)),
        read_only,
        editing: RwSignal::new(None),
        confirm: RwSignal::new(None),
        focused: StoredValue::new(None),
        table: NodeRef::new(),
        addition: StoredValue::new(None),
        splits,
    };
    provide_context(builder);
    // After every change of the split shown, its signals follow: only what changed runs.
    // A preview also marks what it changes from the open split (cells, rows and roles).
    let marked = StoredValue::new(false);
    Effect::new(move |_| {
        builder.with_split(|split| shown.show(split));
        splits.preview.with(|preview| match preview {
            Some(shared) => {
                splits
                    .library
                    .with(|lib| shown.mark_changes(shared, Some(lib.current())));
                marked.set_value(true);
            }
            None if marked.get_value() => {
                builder.with_split_untracked(|split| shown.mark_changes(split, None));
                marked.set_value(false);
            }
            None => {}
        });
    });

    // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) anywhere on the page but in text fields,
    // where the browser's own undo of the typing applies.
    let shortcuts = window_event_listener(ev::keydown, move |ev| {
        if nav.view.get_untracked() != View::Builder
            || builder.dialog_open()
            || builder.read_only.get_untracked()
        {
            return;
        }
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let in_text_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_text_field {
            return;
        }
        if let Some(redo) = keyboard::undo_key(&ev) {
            ev.prevent_default();
            toolbar::undo_or_redo(splits, redo);
        }
    });
    on_cleanup(move || shortcuts.remove());
    // A phone turned sideways (or a window narrowed) past 600 px: the bars fold or unfold.
    let phone = RwSignal::new(phone_screen());
    let resize = window_event_listener(ev::resize, move |_| {
        let now = phone_screen();
        if phone.get_untracked() != now {
            phone.set(now);
        }
    });
    on_cleanup(move || resize.remove());
    workshop::install_keys(nav, use_prefs(), builder);

    view! {
        <div class="builder">
            <h1 id=ids::BUILDER_TITLE tabindex="-1">{t.builder_title}</h1>
            <p class="print-only">{(t.printed_on)(&crate::browser::clock::local_date())}</p>
            <p class="lead">
                {move || if builder.read_only.get() { t.preview_lead } else { t.builder_intro }}
            </p>
            <preview::LinkProblem />
            {move || {
                bars(builder.read_only.get(), nav.workshop.get(), phone.get())
            }}
            <div class="builder-layout" class:preview=move || builder.read_only.get()>
                <matrix::Matrix />
                <checks_panel::ChecksPanel />
            </div>
            <legend::Legend />
            // One paragraph for both: the page's element budget (RGESN) is counted.
            <p class="hint">
                {t.keyboard_hint} " " {t.guide_source} " "
                <a href=GUIDE_URL>{GUIDE_NAME.get(lang)}</a> "."
            </p>
            <open_editor::OpenEditor />
            <confirm::OpenConfirm />
        </div>
    }
}
