//! Modal dialogs on the native `<dialog>` element: focus is trapped and Esc closes,
//! as browsers do it, and focus goes back where it came from.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::focus::focus_later;
use super::state::use_prefs;
use super::text_field::InvalidFields;

/// An id no other element of the page has.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A modal dialog, open for as long as it is rendered. `can_close` may keep it open
/// (a field still holds text that could not be applied); `on_close` runs once closed.
#[component]
pub fn Modal(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] on_close: Callback<()>,
    #[prop(optional, into)] can_close: Option<Callback<(), bool>>,
    /// Runs when Esc closes the dialog (before `on_close`): Esc cancels, where that means
    /// something (an addition taken back).
    #[prop(optional, into)]
    on_cancel: Option<Callback<()>>,
    #[prop(optional, into)] class: String,
    children: Children,
) -> impl IntoView {
    let t = use_prefs().t();
    let dialog = NodeRef::<html::Dialog>::new();
    let title_id = unique_id("titre-dialogue");
    let labelled_by = title_id.clone();
    Effect::new(move |_| {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    let allowed = move || can_close.map(|c| c.run(())).unwrap_or(true);
    let close = move || {
        if allowed() {
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
        }
    };
    view! {
        <dialog
            node_ref=dialog
            class=format!("modal {class}")
            aria-labelledby=labelled_by
            on:cancel=move |ev: ev::Event| {
                if !allowed() {
                    ev.prevent_default();
                } else if let Some(cancel) = on_cancel {
                    cancel.run(());
                }
            }
            // The browser sends `close` a task after Esc, and keys typed meanwhile come
            // first. Leptos may reuse this very element for the dialog such a key opens (same
            // shape): a `close` arriving once the element is open again is the previous
            // dialog's, late, and must not close the new one.
            on:close=move |ev: ev::Event| {
                let reopened = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDialogElement>().ok())
                    .is_some_and(|dialog| dialog.open());
                if !reopened {
                    on_close.run(());
                }
            }
        >
            <div class="modal-head">
                <h2 id=title_id>{title}</h2>
                <button type="button" class="secondary modal-close" on:click=move |_| close()>
                    {t.close}
                </button>
            </div>
            {children()}
        </dialog>
    }
}

/// Asks a yes/no question before something that cannot be taken back lightly.
#[component]
pub fn ConfirmDialog(question: String, #[prop(into)] on_answer: Callback<bool>) -> impl IntoView {
    let t = use_prefs().t();
    let answered = StoredValue::new(false);
    let answer = move |yes: bool| {
        answered.set_value(true);
        on_answer.run(yes);
    };
    view! {
        <Modal
            title=t.confirm.to_owned()
            class="confirm"
            on_close=move |_| {
                if !answered.get_value() {
                    answer(false);
                }
            }
        >
            <p>{question}</p>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| answer(true)>
                    {t.confirm}
                </button>
                <button type="button" class="secondary" on:click=move |_| answer(false)>
                    {t.cancel}
                </button>
            </div>
        </Modal>
    }
}

/// A dialog may close only once every field's text has been applied: otherwise the focus
/// goes to the first field whose text was refused.
pub fn all_applied(invalid: InvalidFields) -> Callback<(), bool> {
    Callback::new(move |_| {
        let first_invalid = invalid.with_untracked(|ids| ids.first().cloned());
        match first_invalid {
            Some(id) => {
                focus_later(id);
                false
            }
            None => true,
        }
    })
}
