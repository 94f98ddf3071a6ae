//! Sharing the open split: its link (copied, measured, as a QR code) and its JSON file.

use leptos::prelude::*;

use crate::browser::{download, location, share_sheet};
use crate::domain::export::file_name;
use crate::domain::link::encode;
use crate::domain::saved::serialize_split;
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::Modal;
use crate::ui::ids;
use crate::ui::qr_code::qr_code;
use crate::ui::state::{use_messages, use_navigation, use_prefs};
use leptos::task::spawn_local;

use super::use_builder;

/// Beyond this, mail and chat clients may cut a link.
const LONG_LINK_CHARS: usize = 2_000;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let messages = use_messages();
    let t = use_prefs().t();
    let builder = use_builder();
    // In workshop mode, the link opens in workshop mode too.
    let link = if use_navigation().workshop.get_untracked() {
        super::workshop::workshop_link(builder, use_prefs().lang.get_untracked())
    } else {
        format!(
            "{}#{}",
            location::app_url(),
            builder.with_split_untracked(encode)
        )
    };
    let length = link.chars().count();
    let export = move |_| {
        let (name, json) =
            builder.with_split_untracked(|s| (file_name(&s.name, "json"), serialize_split(s)));
        if download::download_text(&name, "application/json", &json) {
            messages.announce((t.exported)(&name));
        }
    };
    let qr_view = qr_code(&link, "qr", t.qr_label, t);
    // On a phone (and wherever the browser has one), the system's share sheet: mail, chat.
    let sheet = share_sheet::available().then(|| {
        let link = link.clone();
        let title = builder.with_split_untracked(|s| s.name.clone());
        let send = move |_| {
            let (link, title) = (link.clone(), title.clone());
            spawn_local(async move {
                share_sheet::share(&title, (t.share_sheet_text)(&title).as_str(), &link).await;
            });
        };
        view! {
            <div class="actions">
                <button type="button" on:click=send>{t.share_sheet}</button>
            </div>
        }
    });
    view! {
        <Modal
            title=t.share_title.to_owned()
            class="share-dialog"
            on_close=move |_| builder.close_editor(ids::SHARE.to_owned())
        >
            <p>{t.share_intro}</p>
            {sheet}
            <CopyableLink id=ids::SHARE_LINK label=t.link_label link=link.clone() />
            {(length > LONG_LINK_CHARS)
                .then(|| view! { <p class="notice notice-error">{(t.link_too_long)(length)}</p> })}
            <div class="actions">
                <button type="button" class="secondary" on:click=export>{t.export_json}</button>
            </div>
            <h3>{t.qr_title}</h3>
            {qr_view}
        </Modal>
    }
}
