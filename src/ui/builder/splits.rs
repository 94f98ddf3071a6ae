//! The splits saved in this browser: open one, name it, create, duplicate, delete.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::read_chosen_file;
use crate::domain::TemplateId;
use crate::ui::dialog::Modal;
use crate::ui::file_button::FileButton;
use crate::ui::focus::{focus_later, focus_split_name};
use crate::ui::ids;
use crate::ui::shared_link::open_from_file;
use crate::ui::state::{use_prefs, use_splits};
use crate::ui::text_field::TextField;

use super::{use_builder, Confirm, Editing};

#[component]
pub fn SplitBar() -> impl IntoView {
    let splits = use_splits();
    let builder = use_builder();
    let t = use_prefs().t();
    // The list of splits changes with a name or a split, not with each cell.
    let entries = Memo::new(move |_| {
        splits.library.with(|lib| {
            lib.entries()
                .iter()
                .map(|e| (e.id.clone(), e.split.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let open_id = Memo::new(move |_| splits.library.with(|lib| lib.current_id().to_owned()));
    let options = move || {
        let current = open_id.get();
        entries
            .get()
            .into_iter()
            .map(|(id, name)| {
                let selected = id == current;
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let open = move |id: String| {
        splits.library.update(|lib| {
            lib.select(&id);
        });
    };
    let duplicate = move |_| {
        splits.library.update(|lib| {
            lib.duplicate_current(crate::browser::clock::new_split_id(), t.copy_suffix)
        });
        focus_split_name();
    };
    let template = Memo::new(move |_| builder.with_split(|s| s.template));
    let started_from = move || (t.started_from)(template.get());
    let import = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            match read_chosen_file(&input).await {
                Some(text) => open_from_file(splits, &text),
                None => splits.messages.alert(t.file_unreadable),
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    view! {
        <section class="splits" aria-labelledby=ids::SPLITS_TITLE>
            <h2 id=ids::SPLITS_TITLE>{t.splits_title}</h2>
            <div class="splits-fields">
                <div class="field">
                    <label for=ids::OPEN_SPLIT>{t.open_split}</label>
                    <select
                        id=ids::OPEN_SPLIT
                        on:change:target=move |ev| open(ev.target().value())
                    >
                        {options}
                    </select>
                </div>
                // A new field for each split opened: text refused in one split's name must
                // not stay to rename another (of the same name, say).
                {move || {
                    // Read, not just tracked: a memo nobody reads never runs.
                    let _ = open_id.get();
                    view! {
                        <TextField
                            id=ids::SPLIT_NAME.to_owned()
                            label=t.split_name
                            value=builder.shown.name
                            apply=move |text: String| {
                                splits.type_in(ids::SPLIT_NAME, |s| s.rename(&text))
                            }
                        />
                    }
                }}
            </div>
            <p class="hint">{started_from}</p>
            // A region of its own, so that saving never talks over other messages.
            <p role="status" class="hint save-status">
                {move || splits.saved_at.get().map(|time| (t.saved_at)(&time))}
            </p>
            <div class="actions">
                <button
                    type="button"
                    id=ids::NEW_SPLIT
                    on:click=move |_| builder.editing.set(Some(Editing::NewSplit))
                >
                    {t.new_split}
                </button>
                <button type="button" class="secondary" on:click=duplicate>
                    {t.duplicate_split}
                </button>
                <FileButton label=t.import_json accept=".json,application/json" on_chosen=import />
                <button
                    type="button"
                    id=ids::DELETE_SPLIT
                    class="secondary"
                    on:click=move |_| {
                        builder.confirm.set(Some(Confirm::DeleteSplit(splits.current_id())))
                    }
                >
                    {t.delete_split}
                </button>
            </div>
        </section>
    }
}

/// Chooses a name and a starting template for a new split.
#[component]
pub fn NewSplitEditor() -> impl IntoView {
    let splits = use_splits();
    let builder = use_builder();
    let prefs = use_prefs();
    let t = prefs.t();
    let template = RwSignal::new(TemplateId::Guide);
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move || {
        let mut split = template
            .get_untracked()
            .build_in(prefs.lang.get_untracked());
        let chosen = name.get_untracked();
        if !chosen.trim().is_empty() {
            if let Err(e) = split.rename(&chosen) {
                error.set(Some((t.limit_error)(&e)));
                focus_later(ids::NEW_SPLIT_NAME.to_owned());
                return;
            }
        }
        splits.create_split(split);
        builder.editing.set(None);
        focus_split_name();
    };
    let choices = TemplateId::ALL
        .into_iter()
        .map(|id| {
            view! {
                <label class="template-option">
                    <input
                        type="radio"
                        name="modele"
                        prop:checked=move || template.get() == id
                        on:change=move |_| template.set(id)
                    />
                    <span class="template-name">{(t.template_name)(id)}</span>
                    <span class="template-summary">{(t.template_summary)(id)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <Modal
            title=t.new_split.to_owned()
            on_close=move |_| builder.close_editor(ids::NEW_SPLIT.to_owned())
        >
            <form on:submit=move |ev| {
                ev.prevent_default();
                create();
            }>
                <div class="field">
                    <label for=ids::NEW_SPLIT_NAME>{t.split_name}</label>
                    <input
                        id=ids::NEW_SPLIT_NAME
                        type="text"
                        autofocus=true
                        aria-describedby=format!("{}-erreur", ids::NEW_SPLIT_NAME)
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        on:input:target=move |ev| name.set(ev.target().value())
                    />
                    <p id=format!("{}-erreur", ids::NEW_SPLIT_NAME) class="field-error">{move || error.get()}</p>
                </div>
                <fieldset class="template-options">
                    <legend>{t.template_choice}</legend>
                    {choices}
                </fieldset>
                <div class="actions">
                    <button type="submit">{t.create}</button>
                </div>
            </form>
        </Modal>
    }
}
