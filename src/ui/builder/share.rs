//! Sharing the open split: its link (copied, measured, as a QR code) and its JSON file.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, download, location};
use crate::domain::export::file_name;
use crate::domain::link::encode;
use crate::domain::qr::qr_picture;
use crate::domain::saved::serialize_split;
use crate::ui::dialog::Modal;
use crate::ui::state::use_app;

use super::use_builder;

/// Beyond this, mail and chat clients may cut a link.
const LONG_LINK_CHARS: usize = 2_000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    let builder = use_builder();
    let split = builder.split.get_untracked();
    let link = format!("{}#{}", location::app_url(), encode(&split));
    let length = link.chars().count();
    let field = NodeRef::<html::Input>::new();
    let copied = RwSignal::new(None::<bool>);

    let copy_link = link.clone();
    let copy = move |_| {
        let text = copy_link.clone();
        spawn_local(async move {
            let done = clipboard::copy_text(&text).await;
            if !done {
                // The fallback: the link selected in its field, ready for Ctrl+C.
                if let Some(input) = field.get_untracked() {
                    let _ = input.focus();
                    input.select();
                }
            }
            // Said inside the dialog: a modal dialog hides the rest of the page.
            copied.set(Some(done));
        });
    };
    let export = move |_| {
        let split = builder.split.get_untracked();
        let name = file_name(&split.name, "json");
        if download::download_text(&name, "application/json", &serialize_split(&split)) {
            app.announce((t.exported)(&name));
        }
    };
    let qr = (length <= LONG_LINK_CHARS)
        .then(|| qr_picture(&link))
        .flatten();
    let qr_view = match qr {
        Some(picture) => view! {
            <svg
                class="qr"
                role="img"
                aria-label=t.qr_label
                viewBox=format!("0 0 {0} {0}", picture.size)
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=picture.path fill="#000"></path>
            </svg>
        }
        .into_any(),
        None => view! { <p>{t.qr_too_long}</p> }.into_any(),
    };
    view! {
        <Modal
            title=t.share_title.to_owned()
            class="share-dialog"
            on_close=move |_| builder.close_editor("partager".to_owned())
        >
            <p>{t.share_intro}</p>
            <div class="field">
                <label for="lien-partage">{t.link_label}</label>
                <input
                    id="lien-partage"
                    type="text"
                    readonly=true
                    node_ref=field
                    prop:value=link
                    aria-describedby="lien-longueur"
                />
                <p id="lien-longueur" class="hint">{(t.link_length)(length)}</p>
            </div>
            {(length > LONG_LINK_CHARS)
                .then(|| view! { <p class="notice notice-error">{(t.link_too_long)(length)}</p> })}
            <div class="actions">
                <button type="button" autofocus=true on:click=copy>{t.copy_link}</button>
                <button type="button" class="secondary" on:click=export>{t.export_json}</button>
            </div>
            <p class="copy-result" role="status">
                {move || copied.get().map(|done| if done { t.link_copied } else { t.copy_refused })}
            </p>
            <h3>{t.qr_title}</h3>
            {qr_view}
        </Modal>
    }
}
