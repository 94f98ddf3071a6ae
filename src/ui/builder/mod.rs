//! The builder page: the matrix, its editors, the checks, the legend and the saved splits.

mod card;
mod checks_panel;
mod compare;
mod confirm;
mod editors;
mod export;
mod keyboard;
mod legend;
mod matrix;
mod preview;
mod share;
mod splits;
mod toolbar;
mod workshop;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::{Cell, RoleSplit, RowRef};
use crate::route::View;

use super::focus::focus_later;
use super::state::use_app;

/// The id of the page's title, focused when another page opens the builder.
pub const BUILDER_TITLE_ID: &str = "titre-repartition";

/// What the open dialog edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    Cell(RowRef, usize),
    Responsibility(RowRef),
    Role(usize),
    Group(usize),
    NewSplit,
    Share,
    Card(usize),
    TeamRoles,
    Export,
    Compare,
    Qr,
    Help,
}

/// An action that asks first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    ResetToGuide,
    DeleteSplit,
    DeleteRole(usize),
    DeleteResponsibility(RowRef),
    DeleteGroup(usize),
    ReplaceWithPreview,
}

/// The builder's state, shared with its components.
#[derive(Clone, Copy)]
pub struct Builder {
    /// The split the matrix shows: the open one, or a shared one being previewed.
    pub split: Memo<RoleSplit>,
    /// A preview is shown: nothing can be edited until the person chooses.
    pub read_only: Memo<bool>,
    pub editing: RwSignal<Option<Editing>>,
    pub confirm: RwSignal<Option<Confirm>>,
}

impl Builder {
    /// Closes the open editor and gives focus back to what opened it.
    pub fn close_editor(&self, focus_id: String) {
        self.editing.set(None);
        focus_later(focus_id);
    }

    /// One cell of the split shown, followed as it changes.
    pub fn cell(&self, at: RowRef, role: usize) -> Memo<Cell> {
        let split = self.split;
        Memo::new(move |_| split.with(|s| s.cell(at, role).cloned().unwrap_or_default()))
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

/// What stands above the matrix: the preview's choices, the workshop bar, or the
/// editing bars. Out of line, so that it is not built twice into the reactive closure.
#[inline(never)]
fn bars(previewing: bool, in_workshop: bool) -> AnyView {
    if previewing {
        view! { <preview::PreviewPanel /> }.into_any()
    } else if in_workshop {
        view! { <workshop::WorkshopBar /> }.into_any()
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
    let app = use_app();
    let builder = Builder {
        split: Memo::new(move |_| {
            app.preview
                .get()
                .unwrap_or_else(|| app.library.with(|lib| lib.current().clone()))
        }),
        read_only: Memo::new(move |_| app.preview.with(Option::is_some)),
        editing: RwSignal::new(None),
        confirm: RwSignal::new(None),
    };
    provide_context(builder);

    // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) anywhere on the page but in text fields,
    // where the browser's own undo of the typing applies.
    let shortcuts = window_event_listener(ev::keydown, move |ev| {
        if app.view.get_untracked() != View::Builder
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
        let key = ev.key();
        let is = |letter: &str| key.eq_ignore_ascii_case(letter);
        let redo = (is("z") && ev.shift_key()) || is("y");
        let undo = is("z") && !ev.shift_key();
        if undo || redo {
            ev.prevent_default();
            toolbar::undo_or_redo(app, redo);
        }
    });
    on_cleanup(move || shortcuts.remove());
    workshop::install_keys(app, builder);

    let t = app.t();
    view! {
        <div class="builder">
            <h1 id=BUILDER_TITLE_ID tabindex="-1">{t.builder_title}</h1>
            <p class="print-only">{(t.printed_on)(&crate::browser::clock::local_date())}</p>
            <p class="lead">
                {move || if builder.read_only.get() { t.preview_lead } else { t.builder_intro }}
            </p>
            <preview::LinkProblem />
            {move || {
                bars(builder.read_only.get(), app.workshop.get())
            }}
            <div class="builder-layout" class:preview=move || builder.read_only.get()>
                <matrix::Matrix />
                <checks_panel::ChecksPanel />
            </div>
            <legend::Legend />
            <p class="hint">{t.keyboard_hint}</p>
            <editors::OpenEditor />
            <confirm::OpenConfirm />
        </div>
    }
}
