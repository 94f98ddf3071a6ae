//! The splits saved in this browser: open one, name it, create, duplicate, delete.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::read_chosen_file;
use crate::domain::TemplateId;
use crate::ui::dialog::Modal;
use crate::ui::focus::focus_later;
use crate::ui::shared_link::open_from_file;
use crate::ui::state::use_app;
use crate::ui::text_field::TextField;

use super::{use_builder, Confirm, Editing};

pub const NEW_SPLIT_ID: &str = "nouvelle-repartition";
pub const OPEN_SPLIT_ID: &str = "repartition-ouverte";

#[component]
pub fn SplitBar() -> impl IntoView {
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    let options = move || {
        app.library.with(|lib| {
            let current = lib.current_id().to_owned();
            lib.entries()
                .iter()
                .map(|entry| {
                    let selected = entry.id == current;
                    view! {
                        <option value=entry.id.clone() selected=selected>
                            {entry.split.name.clone()}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    let open = move |id: String| {
        app.library.update(|lib| {
            lib.select(&id);
        });
    };
    let duplicate = move |_| {
        let suffix = app.t().copy_suffix;
        app.library
            .update(|lib| lib.duplicate_current(crate::browser::clock::new_split_id(), suffix));
        focus_later("nom-repartition".to_owned());
    };
    let started_from = move || builder.split.with(|s| (t.started_from)(s.template));
    let file_input = NodeRef::<html::Input>::new();
    let import = move |_| {
        let Some(input) = file_input.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match read_chosen_file(&input).await {
                Some(text) => open_from_file(app, &text),
                None => app.alert(t.file_unreadable),
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        });
    };
    let open_id = Memo::new(move |_| app.library.with(|lib| lib.current_id().to_owned()));
    view! {
        <section class="splits" aria-labelledby="vos-repartitions">
            <h2 id="vos-repartitions">{t.splits_title}</h2>
            <div class="splits-fields">
                <div class="field">
                    <label for=OPEN_SPLIT_ID>{t.open_split}</label>
                    <select
                        id=OPEN_SPLIT_ID
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
                            id="nom-repartition".to_owned()
                            label=t.split_name
                            value=Signal::derive(move || builder.split.with(|s| s.name.clone()))
                            apply=move |text: String| {
                                app.type_in("nom-repartition", |s| s.rename(&text))
                            }
                        />
                    }
                }}
            </div>
            <p class="hint">{started_from}</p>
            // A region of its own, so that saving never talks over other messages.
            <p role="status" class="hint save-status">
                {move || app.saved_at.get().map(|time| (t.saved_at)(&time))}
            </p>
            <div class="actions">
                <button
                    type="button"
                    id=NEW_SPLIT_ID
                    on:click=move |_| builder.editing.set(Some(Editing::NewSplit))
                >
                    {t.new_split}
                </button>
                <button type="button" class="secondary" on:click=duplicate>
                    {t.duplicate_split}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        if let Some(input) = file_input.get_untracked() {
                            input.click();
                        }
                    }
                >
                    {t.import_json}
                </button>
                <input
                    type="file"
                    class="visually-hidden"
                    accept=".json,application/json"
                    tabindex="-1"
                    aria-hidden="true"
                    node_ref=file_input
                    on:change=import
                />
                <button
                    type="button"
                    id="supprimer-repartition"
                    class="secondary"
                    on:click=move |_| builder.confirm.set(Some(Confirm::DeleteSplit))
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
    let app = use_app();
    let builder = use_builder();
    let t = app.t();
    let template = RwSignal::new(TemplateId::Guide);
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move || {
        let mut split = template.get_untracked().build_in(app.lang.get_untracked());
        let chosen = name.get_untracked();
        if !chosen.trim().is_empty() {
            if let Err(e) = split.rename(&chosen) {
                error.set(Some((app.t().limit_error)(&e)));
                focus_later("nom-nouvelle".to_owned());
                return;
            }
        }
        app.create_split(split);
        builder.editing.set(None);
        focus_later("nom-repartition".to_owned());
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
            on_close=move |_| builder.close_editor(NEW_SPLIT_ID.to_owned())
        >
            <form on:submit=move |ev| {
                ev.prevent_default();
                create();
            }>
                <div class="field">
                    <label for="nom-nouvelle">{t.split_name}</label>
                    <input
                        id="nom-nouvelle"
                        type="text"
                        autofocus=true
                        aria-describedby="nom-nouvelle-erreur"
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        on:input:target=move |ev| name.set(ev.target().value())
                    />
                    <p id="nom-nouvelle-erreur" class="field-error">{move || error.get()}</p>
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
