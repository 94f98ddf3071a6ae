//! Workshop (projector) mode: large type, no sidebars, full screen, the keyboard only.
//! The facilitator moves between cells with the arrows and sets levels with 1–5; `Q`
//! shows the QR code of the split's link, `?` the keys, Esc leaves.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::location;
use crate::domain::link::encode;
use crate::route::{without_workshop, View, WORKSHOP_PARAM};
use crate::ui::dialog::Modal;
use crate::ui::focus::{focus_later, focused_id};
use crate::ui::ids;
use crate::ui::qr_code::qr_code;
use crate::ui::state::{use_navigation, use_prefs, Navigation};

use super::{use_builder, Builder, Editing};

/// Enters workshop mode (full screen when the browser allows it) on the first cell.
pub fn enter(nav: Navigation, builder: Builder) {
    set_mode(nav, true);
    if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
    focus_first_cell(builder);
}

fn focus_first_cell(builder: Builder) {
    let first = builder.with_split_untracked(|s| Some((s.first_row()?, s.role_at(0)?)));
    if let Some((row, role)) = first {
        focus_later(ids::cell(row, role));
    }
}

pub fn leave(nav: Navigation) {
    set_mode(nav, false);
    let query = location::query();
    let left = without_workshop(&query);
    if left != query {
        location::replace_query(&left);
    }
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    focus_later(ids::WORKSHOP.to_owned());
}

/// Workshop mode on or off: the state, and the class on <html> that the whole page's
/// style follows (type size, hidden parts). Set together, here only.
fn set_mode(nav: Navigation, on: bool) {
    nav.workshop.set(on);
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force("atelier", on);
    }
}

/// The link of the open split, opening in workshop mode.
pub fn workshop_link(builder: Builder) -> String {
    let fragment = builder.with_split_untracked(encode);
    format!(
        "{}?{}&{WORKSHOP_PARAM}#{fragment}",
        location::app_url(),
        View::Builder.query()
    )
}

/// The page's keys while in workshop mode. Where the browser itself takes Esc to end
/// full screen, the mode stays: the next Esc leaves it (one key, one effect).
pub fn install_keys(nav: Navigation, builder: Builder) {
    let keys = window_event_listener(ev::keydown, move |ev| {
        if !nav.workshop.get_untracked() || builder.dialog_open() {
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "q" | "Q" => builder.editing.set(Some(Editing::Qr)),
            "?" => builder.editing.set(Some(Editing::Help)),
            "Escape" => leave(nav),
            _ => return,
        }
        ev.prevent_default();
    });
    // A workshop link (`?mode=atelier`) starts in the mode, on the first cell so that the
    // arrows work at once (a shared split's preview keeps the focus on its choices).
    if nav.workshop.get_untracked() {
        set_mode(nav, true);
        if !builder.read_only.get_untracked() {
            focus_first_cell(builder);
        }
    }
    on_cleanup(move || {
        keys.remove();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().remove_1("atelier");
        }
    });
}

/// What stands above the matrix in workshop mode: the split, its checks, the keys.
#[component]
pub fn WorkshopBar() -> impl IntoView {
    let nav = use_navigation();
    let t = use_prefs().t();
    let builder = use_builder();
    let summary = move || {
        let to_work_on = builder.with_split(|s| s.questions_to_work_on());
        (t.workshop_summary)(builder.findings.with(Vec::len), to_work_on)
    };
    view! {
        <div class="workshop-bar">
            <p class="workshop-summary" role="status">{summary}</p>
            <div class="actions">
                <button type="button" id=ids::WORKSHOP_HELP class="secondary" on:click=move |_| builder.editing.set(Some(Editing::Help))>
                    {t.help}
                </button>
                <button type="button" id=ids::WORKSHOP_QR class="secondary" on:click=move |_| builder.editing.set(Some(Editing::Qr))>
                    {t.qr_title} " (Q)"
                </button>
                <button type="button" id=ids::LEAVE_WORKSHOP on:click=move |_| leave(nav)>
                    {t.leave_workshop}
                </button>
            </div>
        </div>
    }
}

/// Where the focus goes back when the help or the QR code closes: the cell (or button)
/// it was on when they opened, so that the facilitator goes on with the arrows.
fn return_focus_to() -> String {
    focused_id().unwrap_or_else(|| ids::LEAVE_WORKSHOP.to_owned())
}

#[component]
pub fn HelpDialog() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let back_to = return_focus_to();
    let keys = t
        .keys
        .iter()
        .map(|(key, what)| view! { <dt><kbd>{*key}</kbd></dt><dd>{*what}</dd> })
        .collect_view();
    view! {
        <Modal
            title=t.help_title.to_owned()
            class="help-dialog"
            on_close=move |_| builder.close_editor(back_to.clone())
        >
            <dl class="keys">{keys}</dl>
        </Modal>
    }
}

/// The QR code of the open split's link, as large as the screen allows.
#[component]
pub fn QrDialog() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let back_to = return_focus_to();
    let link = workshop_link(builder);
    let picture = qr_code(&link, "qr qr-large", t);
    view! {
        <Modal
            title=t.qr_of_split.to_owned()
            class="qr-dialog"
            on_close=move |_| builder.close_editor(back_to.clone())
        >
            {picture}
        </Modal>
    }
}
