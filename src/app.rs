//! The shell: loads the saved splits, provides the state, shows the view the address asks for.

use leptos::prelude::*;

use crate::browser::{location, saved_splits};
use crate::i18n::Lang;
use crate::route::View;
use crate::ui::builder::BuilderPage;
use crate::ui::home::HomePage;
use crate::ui::persistence;
use crate::ui::shell::{LiveRegion, SiteFooter, SiteHeader, StorageNotices};
use crate::ui::state::{Announcement, AppState};

#[component]
pub fn App() -> impl IntoView {
    let loaded = saved_splits::load();
    let state = AppState {
        library: RwSignal::new(loaded.library),
        lang: RwSignal::new(Lang::Fr),
        view: RwSignal::new(View::from_query(&location::query())),
        announcement: RwSignal::new(Announcement::default()),
        saved_at: RwSignal::new(None),
        problems: RwSignal::new(loaded.problems),
        mirror: StoredValue::new(loaded.mirror),
    };
    provide_context(state);
    persistence::keep_saved(state);

    // Back and forward buttons move between views.
    let history = window_event_listener_untyped("popstate", move |_| {
        state.view.set(View::from_query(&location::query()));
    });
    on_cleanup(move || history.remove());

    Effect::new(move |_| {
        let t = state.t();
        let title = match state.view.get() {
            View::Home => t.page_title_home,
            View::Builder => t.page_title_builder,
        };
        document().set_title(title);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });

    // Texts are plain strings: a change of language draws the page again.
    move || {
        state.lang.track();
        view! {
            <SiteHeader />
            <main id="contenu" tabindex="-1">
                <StorageNotices />
                {move || match state.view.get() {
                    View::Home => view! { <HomePage /> }.into_any(),
                    View::Builder => view! { <BuilderPage /> }.into_any(),
                }}
            </main>
            <SiteFooter />
            <LiveRegion />
        }
    }
}
