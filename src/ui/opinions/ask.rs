//! *Recueillir les avis*: the request for opinions on the open split, as a link, a QR code
//! for the room, and the phone's share sheet; then the way to the opinions received.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, share_sheet};
use crate::domain::opinions::{clear_cells, encode_request, Request};
use crate::route::View;
use crate::ui::builder::use_builder;
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::Modal;
use crate::ui::ids;
use crate::ui::qr_code::qr_code;
use crate::ui::state::{use_messages, use_navigation, use_prefs};

use super::{full_link, use_opinions};

#[component]
pub fn AskDialog() -> impl IntoView {
    // Back where it was when the dialog opened: the workshop's cell, or the button.
    let back_to = if use_navigation().workshop.get_untracked() {
        crate::ui::focus::focused_id().unwrap_or_else(|| ids::WORKSHOP_ASK.to_owned())
    } else {
        ids::ASK_OPINIONS.to_owned()
    };
    let prefs = use_prefs();
    let t = prefs.t();
    let o = &t.opinions;
    let lang = prefs.lang.get_untracked();
    let builder = use_builder();
    let opinions = use_opinions();
    let messages = use_messages();
    let nav = use_navigation();
    let split = builder.with_split_untracked(Clone::clone);
    // Asked again about the same split, or once opinions have come in (the agreed split
    // saved and open, say), it is the same request: the opinions gathered still count,
    // and the links already given still answer it. A new request is asked for explicitly.
    let same_split = |request: &Request| {
        let mut shown = split.clone();
        if request.blank {
            clear_cells(&mut shown);
        }
        request.split.same_content(&shown)
    };
    let received = opinions.gathered.with_untracked(|g| g.opinions.len());
    let earlier = opinions
        .asked
        .get_untracked()
        .filter(|r| received > 0 || same_split(r));
    let id = RwSignal::new(
        earlier
            .as_ref()
            .map_or_else(clock::random_u32, |request| request.id),
    );
    let title = RwSignal::new(
        earlier
            .as_ref()
            .map_or_else(|| (o.default_title)(&split.name), |r| r.title.clone()),
    );
    let blank = RwSignal::new(earlier.as_ref().is_some_and(|r| r.blank));
    let error = RwSignal::new(None::<String>);
    let split_name = StoredValue::new(split.name.clone());
    let request = Memo::new(move |_| {
        title.with(|title| Request::new(id.get(), title, blank.get(), &split).ok())
    });
    let restart = move |_| {
        id.set(clock::random_u32());
        title.set(split_name.with_value(|name| (o.default_title)(name)));
        messages.announce(o.restarted);
    };
    // Each version of the request is the one gathered for: saved as soon as it is shown.
    let warned = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(request) = request.get() {
            if !opinions.ask(request) && !warned.get_value() {
                warned.set_value(true);
                messages.alert(t.save_failed);
            }
        }
    });
    let link = move || request.get().map(|r| full_link(&encode_request(&r), lang));
    let title_input = move |value: String| {
        match crate::domain::limits::check_label(&value) {
            Ok(()) => error.set(None),
            Err(e) => error.set(Some((t.limit_error)(&e))),
        }
        title.set(value);
    };
    let send = move |_| {
        if let (Some(link), Some(request)) = (link(), request.get_untracked()) {
            spawn_local(async move {
                let text = (o.request_share_text)(&request.title);
                share_sheet::share(&request.title, &text, &link).await;
            });
        }
    };
    let go_gather = move |_| {
        builder.editing.set(None);
        nav.go(View::Opinions);
    };
    let title_error_id = format!("{}-erreur", ids::REQUEST_TITLE);
    view! {
        <Modal
            title=o.ask.to_owned()
            class="ask-dialog"
            on_close=move |_| builder.close_editor(back_to.clone())
        >
            <p>{o.ask_intro}</p>
            <div class="field">
                <label for=ids::REQUEST_TITLE>{o.title_label}</label>
                <input
                    id=ids::REQUEST_TITLE
                    type="text"
                    prop:value=title
                    aria-describedby=title_error_id.clone()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    on:input:target=move |ev| title_input(ev.target().value())
                />
                <p id=title_error_id class="field-error">{move || error.get()}</p>
            </div>
            <fieldset class="start-choice">
                <legend>{o.start_legend}</legend>
                {super::choice_radio("depart-avis", blank, false, o.start_from_split)}
                {super::choice_radio("depart-avis", blank, true, o.start_blank)}
            </fieldset>
            {move || {
                link()
                    .map(|link| {
                        let sheet = share_sheet::available()
                            .then(|| view! { <button type="button" on:click=send>{t.share_sheet}</button> });
                        view! {
                            <div class="qr-with-link">
                                {qr_code(&link, "qr", o.request_qr, t)}
                                <div class="qr-link">
                                    {sheet}
                                    <CopyableLink id=ids::REQUEST_LINK label=o.request_link link />
                                </div>
                            </div>
                        }
                    })
            }}
            <div class="actions">
                <button type="button" id=ids::GO_GATHER on:click=go_gather>{o.go_gather}</button>
                {move || {
                    let received = opinions.gathered.with(|g| g.opinions.len());
                    (received > 0)
                        .then(|| {
                            view! {
                                <button type="button" class="secondary" on:click=restart>
                                    {(o.restart)(received)}
                                </button>
                            }
                        })
                }}
            </div>
        </Modal>
    }
}
