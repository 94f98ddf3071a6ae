//! Workshop (projector) mode: large type, no sidebars, full screen, the keyboard only.
//! The facilitator moves between cells with the arrows and sets levels with 1–5; letters
//! open what the room discusses (`P` the points to clarify, `C` the comparison, `Q` the QR
//! code, `?` the keys) and add what it decides (`R` a role, `L` a responsibility, `G` a
//! group); Esc leaves. Letters are matched as typed, so they follow any keyboard layout.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::location;
use crate::domain::checks::Finding;
use crate::domain::link::encode;
use crate::i18n::Lang;
use crate::route::{with_workshop, without_workshop, View, WORKSHOP_PARAM};
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::Modal;
use crate::ui::focus::{focus_later, focused_id};
use crate::ui::ids;
use crate::ui::qr_code::qr_code;
use crate::ui::state::{use_navigation, use_prefs, Navigation, Prefs};

use super::{additions, use_builder, Builder, Editing};

/// Enters workshop mode (full screen when the browser allows it) on the first cell; the
/// address says so, so that a reload stays in the mode.
pub fn enter(nav: Navigation, builder: Builder) {
    set_mode(nav, true);
    let query = location::query();
    let entered = with_workshop(&query);
    if entered != query {
        location::replace_query(&entered);
    }
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

/// The link of the open split, opening in workshop mode, in the page's language.
pub fn workshop_link(builder: Builder, lang: Lang) -> String {
    let fragment = builder.with_split_untracked(encode);
    let lang = if lang == Lang::Fr {
        String::new()
    } else {
        format!("&lang={}", lang.code())
    };
    format!(
        "{}?{}&{WORKSHOP_PARAM}{lang}#{fragment}",
        location::app_url(),
        View::Builder.query()
    )
}

/// The page's keys while in workshop mode. Where the browser itself takes Esc to end
/// full screen, the mode stays: the next Esc leaves it (one key, one effect).
pub fn install_keys(nav: Navigation, prefs: Prefs, builder: Builder) {
    let keys = window_event_listener(ev::keydown, move |ev| {
        if !nav.workshop.get_untracked()
            || builder.dialog_open()
            || builder.read_only.get_untracked()
        {
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let t = prefs.t();
        let near = builder.focused.get_value();
        let key = ev.key();
        match key.to_lowercase().as_str() {
            "q" => builder.editing.set(Some(Editing::Qr)),
            "?" => builder.editing.set(Some(Editing::Help)),
            "p" => builder.editing.set(Some(Editing::Points)),
            "c" => builder.editing.set(Some(Editing::Compare)),
            "a" => builder.editing.set(Some(Editing::AskOpinions)),
            "r" => additions::add_role(builder, t, near),
            "l" => additions::add_responsibility(builder, t, near),
            "g" => additions::add_group(builder, t, near),
            "escape" => leave(nav),
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

/// What stands above the matrix in workshop mode: the checks, and what the room opens.
#[component]
pub fn WorkshopBar() -> impl IntoView {
    let nav = use_navigation();
    let t = use_prefs().t();
    let builder = use_builder();
    let summary = move || {
        let to_work_on = builder.with_split(|s| s.questions_to_work_on());
        (t.workshop_summary)(builder.findings.with(Vec::len), to_work_on)
    };
    let open = move |editing: Editing| move |_| builder.editing.set(Some(editing));
    view! {
        <div class="workshop-bar">
            <p class="workshop-summary" role="status">{summary}</p>
            <div class="actions">
                <button type="button" id=ids::WORKSHOP_POINTS aria-keyshortcuts="P" on:click=open(Editing::Points)>
                    {t.see_points_workshop}
                </button>
                <button type="button" id=ids::WORKSHOP_COMPARE class="secondary" aria-keyshortcuts="C" on:click=open(Editing::Compare)>
                    {t.compare} " (C)"
                </button>
                <button type="button" id=ids::WORKSHOP_ASK class="secondary" aria-keyshortcuts="A" on:click=open(Editing::AskOpinions)>
                    {t.opinions.ask_short} " (A)"
                </button>
                <button type="button" id=ids::WORKSHOP_QR class="secondary" aria-keyshortcuts="Q" on:click=open(Editing::Qr)>
                    {t.qr_title} " (Q)"
                </button>
                <button type="button" id=ids::WORKSHOP_HELP class="secondary" aria-keyshortcuts="?" on:click=open(Editing::Help)>
                    {t.help}
                </button>
                <button type="button" id=ids::LEAVE_WORKSHOP on:click=move |_| leave(nav)>
                    {t.leave_workshop}
                </button>
            </div>
        </div>
    }
}

/// Where the focus goes back when a workshop window closes: the cell (or button) it was on
/// when it opened, so that the facilitator goes on with the arrows.
pub fn return_focus_to() -> String {
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
    let prefs = use_prefs();
    let t = prefs.t();
    let builder = use_builder();
    let back_to = return_focus_to();
    let link = workshop_link(builder, prefs.lang.get_untracked());
    let picture = qr_code(&link, "qr qr-large", t.qr_label, t);
    view! {
        <Modal
            title=t.qr_of_split.to_owned()
            class="qr-dialog"
            on_close=move |_| builder.close_editor(back_to.clone())
        >
            <div class="qr-with-link">
                {picture}
                // For whoever cannot scan it: the same link, to copy into the meeting's chat.
                <div class="qr-link">
                    <CopyableLink id=ids::QR_LINK label=t.qr_link_label link />
                </div>
            </div>
        </Modal>
    }
}

/// Where a point to clarify sends the focus: its cell — the row's in the column the room
/// was on (or the first), the role's in the row it was on (or the first).
fn cell_of(builder: Builder, finding: &Finding) -> Option<String> {
    let (row_now, role_now) = builder.focused.get_value().unzip();
    builder.with_split_untracked(|s| {
        let row = finding.row().or(row_now).or_else(|| s.first_row())?;
        let role = finding.role().or(role_now).or_else(|| s.role_at(0))?;
        s.cell(row, role).map(|_| ids::cell(row, role))
    })
}

/// The points to clarify, large, each one a way to its cell. The list follows every edit.
#[component]
pub fn PointsDialog() -> impl IntoView {
    let t = use_prefs().t();
    let builder = use_builder();
    let back_to = return_focus_to();
    let points = Memo::new(move |_| {
        builder.findings.with(|findings| {
            builder.with_split(|split| {
                findings
                    .iter()
                    .map(|f| (f.clone(), (t.finding)(split, f)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let go = move |finding: &Finding| {
        let target = cell_of(builder, finding);
        builder.close_editor(target.unwrap_or_else(|| back_to.clone()));
    };
    let back = return_focus_to();
    view! {
        <Modal
            title=Signal::derive(move || (t.checks_summary)(builder.findings.with(Vec::len)))
            class="points-dialog"
            on_close=move |_| builder.close_editor(back.clone())
        >
            <ol class="points">
                <For each=move || points.get() key=|point| point.clone() let:point>
                    <li>
                        <button type="button" class="secondary point" on:click={
                            let finding = point.0.clone();
                            let go = go.clone();
                            move |_| go(&finding)
                        }>
                            {point.1}
                        </button>
                    </li>
                </For>
            </ol>
        </Modal>
    }
}
