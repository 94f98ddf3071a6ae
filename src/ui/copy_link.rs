//! A link in a read-only field, with its length and a "copy" button that says whether
//! the copy worked. Where the browser refuses, the link is left selected for Ctrl+C.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;

use super::state::use_prefs;

#[component]
pub fn CopyableLink(id: &'static str, label: &'static str, link: String) -> impl IntoView {
    let t = use_prefs().t();
    let field = NodeRef::<html::Input>::new();
    let copied = RwSignal::new(None::<bool>);
    let length = link.chars().count();
    let text = link.clone();
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let done = clipboard::copy_text(&text).await;
            if !done {
                if let Some(input) = field.get_untracked() {
                    let _ = input.focus();
                    input.select();
                }
            }
            // Said next to the button: a modal dialog hides the page's live region.
            copied.set(Some(done));
        });
    };
    let length_id = format!("{id}-longueur");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                readonly=true
                node_ref=field
                prop:value=link
                aria-describedby=length_id.clone()
            />
            <p id=length_id class="hint">{(t.link_length)(length)}</p>
        </div>
        <button type="button" class="secondary" on:click=copy>{t.copy_link}</button>
        <p class="copy-result" role="status">
            {move || copied.get().map(|done| if done { t.link_copied } else { t.copy_refused })}
        </p>
    }
}
