//! A labelled text field applied as the person types, with its error shown beside it.
//! Text that cannot be applied (too long) stays in the field: nothing typed is lost.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Text fields that currently hold text which could not be applied, by id.
pub type InvalidFields = RwSignal<Vec<String>>;

#[component]
pub fn TextField(
    id: String,
    #[prop(into)] label: String,
    /// The applied value, followed when it changes elsewhere (undo, another tab).
    #[prop(into)]
    value: Signal<String>,
    /// Applies a new text; an error message if it could not be.
    #[prop(into)]
    apply: Callback<String, Result<(), String>>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autofocus: bool,
    /// The text is selected as the field opens (a new label's placeholder, typed over).
    #[prop(optional)]
    select_all: bool,
    /// Enter in a one-line field (a label): done with it, like the dialog's button.
    #[prop(optional, into)]
    on_enter: Option<Callback<()>>,
    /// Where this field reports that it holds text not applied.
    #[prop(optional)]
    invalid: Option<InvalidFields>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let hint_id = format!("{id}-aide");
    let error_id = format!("{id}-erreur");
    let described_by = {
        let mut ids = vec![error_id.clone()];
        if hint.is_some() {
            ids.insert(0, hint_id.clone());
        }
        ids.join(" ")
    };
    // Reports whether this field holds text not applied. `try_`: the list may belong to a
    // dialog already gone when the field is removed.
    let report = {
        let field_id = id.clone();
        move |failed: bool| {
            if let Some(invalid) = invalid {
                invalid.try_update(|ids| {
                    ids.retain(|i| *i != field_id);
                    if failed {
                        ids.push(field_id.clone());
                    }
                });
            }
        }
    };
    let report_on_text = report.clone();
    let on_text = move |text: String| {
        let outcome = apply.run(text);
        report_on_text(outcome.is_err());
        error.set(outcome.err());
    };
    // A field removed (the card editor closed, say) no longer keeps its dialog open.
    let report_on_cleanup = report.clone();
    on_cleanup(move || report_on_cleanup(false));
    // The field follows the applied value, except while the person types in it: what
    // is applied may differ from what is typed (empty lines dropped, say), and writing it
    // back would move the caret. It catches up when they leave the field.
    let field = id.clone();
    let show = move |text: String| {
        let Some(element) = document().get_element_by_id(&field) else {
            return;
        };
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.value() != text {
                input.set_value(&text);
            }
        } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if area.value() != text {
                area.set_value(&text);
            }
        }
    };
    let show_on_change = show.clone();
    // Text that was refused stays in the field when the person leaves it: it is theirs to
    // shorten. A field removed from the page while focused (its dialog closed by something
    // else) gets its blur after its state is gone: nothing to catch up then, and no panic.
    let catch_up = move |value: Signal<String>| {
        let refused = error.try_with_untracked(Option::is_some).unwrap_or(true);
        if refused {
            return;
        }
        if let Some(text) = value.try_get_untracked() {
            show(text);
        }
    };
    let focus_id = id.clone();
    // `value` may be derived from a larger value (a whole card): the field acts only when
    // its own text changed.
    Effect::new(move |previous: Option<String>| {
        let text = value.get();
        if previous.as_ref() == Some(&text) {
            return text;
        }
        // A field just made shows its value even where the page kept the focus on it (the
        // browser may reuse the element of the field it replaces).
        let typing = previous.is_some()
            && document()
                .active_element()
                .is_some_and(|active| active.id() == focus_id);
        if !typing {
            // Changed elsewhere (undo, another split opened, another tab): the field shows
            // the new value, and text refused before no longer applies to it.
            if previous.is_some() && error.with_untracked(Option::is_some) {
                error.set(None);
                report(false);
            }
            show_on_change(text.clone());
        }
        text
    });
    let aria_invalid = move || {
        if error.with(Option::is_some) {
            "true"
        } else {
            "false"
        }
    };
    if select_all {
        let field = id.clone();
        // After the dialog has opened and given the focus to its autofocus field.
        request_animation_frame(move || {
            if let Some(input) = document()
                .get_element_by_id(&field)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.select();
            }
        });
    }
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                autofocus=autofocus
                aria-describedby=described_by.clone()
                aria-invalid=aria_invalid
                on:input:target=move |ev| on_text(ev.target().value())
                on:blur=move |_| catch_up(value)
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                autofocus=autofocus
                aria-describedby=described_by.clone()
                aria-invalid=aria_invalid
                on:input:target=move |ev| on_text(ev.target().value())
                on:blur=move |_| catch_up(value)
                on:keydown=move |ev| {
                    if ev.key() == "Enter" && !ev.is_composing() {
                        if let Some(done) = on_enter {
                            ev.prevent_default();
                            done.run(());
                        }
                    }
                }
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p id=hint_id class="hint">{hint}</p> })}
            {control}
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}
