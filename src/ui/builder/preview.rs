//! A shared split shown before anything is kept: its name, how it differs from the open
//! split, and the three choices. Nothing is saved until one is made.

use leptos::prelude::*;

use crate::browser::clock::new_split_id;
use crate::domain::compare::compare;
use crate::domain::library::{Kept, Library};
use crate::ui::focus::{focus_later, focus_split_name};
use crate::ui::ids;
use crate::ui::shared_link::close;
use crate::ui::state::{use_prefs, use_splits};

use super::{use_builder, Confirm};

/// Why the shared link could not be opened; the app is otherwise as it was.
#[component]
pub fn LinkProblem() -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    move || {
        splits.link_problem.get().map(|message| {
            // Read at once by a screen reader, and scrolled to on a phone.
            focus_later(ids::LINK_PROBLEM_TITLE.to_owned());
            let dismiss = move |_| {
                close(splits);
                focus_later(ids::BUILDER_TITLE.to_owned());
            };
            view! {
                <section class="notice notice-error" aria-labelledby=ids::LINK_PROBLEM_TITLE>
                    <h2 id=ids::LINK_PROBLEM_TITLE tabindex="-1">{t.link_problem_title}</h2>
                    <p>{message}</p>
                    <button type="button" class="secondary" on:click=dismiss>
                        {t.dismiss}
                    </button>
                </section>
            }
        })
    }
}

#[component]
pub fn PreviewPanel() -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let shared_name = move || {
        splits
            .preview
            .with(|p| p.as_ref().map(|s| s.name.clone()).unwrap_or_default())
    };
    let current_name = move || splits.library.with(|lib| lib.current().name.clone());
    // A first visit: the open split is the guide's table, untouched. Keeping takes its place,
    // and there is nothing of the person's to compare with or to replace.
    let untouched = Memo::new(move |_| splits.library.with(Library::keeps_shared_in_place));
    let differences = move || {
        splits.preview.with(|shared| {
            shared.as_ref().map(|shared| {
                splits.library.with(|lib| {
                    let current = lib.current();
                    let name = (!untouched.get()).then_some(current.name.as_str());
                    (t.comparison)(&compare(current, shared), name)
                })
            })
        })
    };
    let keep = move |_| {
        if let Some(split) = splits.preview.get_untracked() {
            let kept = splits
                .library
                .try_update(|lib| lib.keep_shared(new_split_id(), split, t.shared_suffix));
            close(splits);
            let name = current_name();
            splits.messages.announce(match kept {
                Some(Kept::InPlaceOfUntouchedGuide) => (t.kept_in_place)(&name),
                _ => (t.kept)(&name),
            });
            focus_split_name();
        }
    };
    let dismiss = move |_| {
        close(splits);
        focus_later(ids::SHARE.to_owned());
    };
    // A link just opened: the preview is what the person has to decide on, so it takes the
    // focus (a screen reader reads its title; a phone scrolls to it).
    focus_later(ids::PREVIEW_TITLE.to_owned());
    view! {
        <section class="notice preview-panel" aria-labelledby=ids::PREVIEW_TITLE>
            <h2 id=ids::PREVIEW_TITLE tabindex="-1">{move || (t.preview_title)(&shared_name())}</h2>
            <p>{t.preview_intro}</p>
            // The choices before the details: on a phone they are then in view.
            <div class="actions">
                <button type="button" on:click=keep>
                    {move || if untouched.get() { t.keep_shared } else { t.keep_as_new }}
                </button>
                {move || {
                    (!untouched.get())
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    id=ids::REPLACE_WITH_PREVIEW
                                    class="secondary"
                                    on:click=move |_| {
                                        builder.confirm.set(Some(Confirm::ReplaceWithPreview))
                                    }
                                >
                                    {(t.replace_current)(&current_name())}
                                </button>
                            }
                        })
                }}
                <button type="button" class="secondary" on:click=dismiss>{t.dismiss_preview}</button>
            </div>
            <p>{differences}</p>
        </section>
    }
}
