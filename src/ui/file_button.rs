//! A button that opens the file chooser: the file input itself stays hidden and out of the
//! tab order (a 1 px element would take the focus with nothing to show for it).

use leptos::html;
use leptos::prelude::*;

/// `on_chosen` gets the input once files are chosen; it reads them, then empties the input
/// (`set_value("")`), so that choosing the same file again fires `change` again.
#[component]
pub fn FileButton(
    label: &'static str,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
    #[prop(into)] on_chosen: Callback<web_sys::HtmlInputElement>,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    view! {
        <button
            type="button"
            class="secondary"
            on:click=move |_| {
                if let Some(input) = input.get_untracked() {
                    input.click();
                }
            }
        >
            {label}
        </button>
        <input
            type="file"
            class="visually-hidden"
            tabindex="-1"
            aria-hidden="true"
            multiple=multiple
            accept=accept
            node_ref=input
            on:change:target=move |ev| on_chosen.run(ev.target())
        />
    }
}
