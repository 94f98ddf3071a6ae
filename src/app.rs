//! The shell: loads the saved splits, provides the state, shows the view the address asks for.

use leptos::prelude::*;

use crate::browser::storage;
use crate::browser::{location, saved_splits};
use crate::i18n::{Lang, Theme};

/// Where the chosen theme is kept.
const THEME_KEY: &str = "binome.theme";
/// Where the chosen language is kept.
const LANG_KEY: &str = "binome.langue";

/// `?lang=` first, then the language chosen last time, then French.
fn initial_lang() -> Lang {
    let query = location::query();
    query
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .and_then(Lang::from_code)
        .or_else(|| storage::read(LANG_KEY).as_deref().and_then(Lang::from_code))
        .unwrap_or_default()
}
use crate::route::{in_workshop, View};
use crate::ui::builder::BuilderPage;
use crate::ui::home::HomePage;
use crate::ui::pages::{AccessibilityPage, PrivacyPage};
use crate::ui::shell::{LiveRegion, SiteFooter, SiteHeader, StorageNotices};
use crate::ui::state::{Announcement, AppState};
use crate::ui::wizard::WizardPage;
use crate::ui::{persistence, shared_link};

/// The view the address asks for; a workshop link opens the builder.
fn initial_view() -> View {
    let query = location::query();
    let view = View::from_query(&query);
    if view == View::Home && in_workshop(&query) {
        View::Builder
    } else {
        view
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = initial_lang();
    // The wizard's progress first: an unreadable one becomes a backup, which `load` lists.
    let wizard = saved_splits::load_progress();
    let loaded = saved_splits::load(lang);
    let state = AppState {
        library: RwSignal::new(loaded.library),
        lang: RwSignal::new(lang),
        view: RwSignal::new(initial_view()),
        announcement: RwSignal::new(Announcement::default()),
        saved_at: RwSignal::new(None),
        preview: RwSignal::new(None),
        wizard: RwSignal::new(wizard),
        shared_answers: RwSignal::new(None),
        theme: RwSignal::new(Theme::from_key(
            &storage::read(THEME_KEY).unwrap_or_default(),
        )),
        workshop: RwSignal::new(in_workshop(&location::query())),
        link_problem: RwSignal::new(None),
        problems: RwSignal::new(loaded.problems),
        mirror: StoredValue::new(loaded.mirror),
    };
    provide_context(state);
    persistence::keep_saved(state);
    shared_link::open_from_address(state);

    // Back and forward buttons move between views; a link pasted into the address bar
    // of an open tab changes only the fragment.
    let history = window_event_listener_untyped("popstate", move |_| {
        state.view.set(View::from_query(&location::query()));
    });
    let fragment = window_event_listener_untyped("hashchange", move |_| {
        shared_link::open_from_address(state);
    });
    // Sent by the start-up code (tools/start-app.js) when a newer build's service worker
    // takes over.
    let update = window_event_listener_untyped("binome-update", move |_| {
        state.announce(state.t().update_ready);
    });
    on_cleanup(move || {
        history.remove();
        fragment.remove();
        update.remove();
    });

    // The theme: a `data-theme` attribute the style sheet follows, kept in the browser.
    Effect::new(move |previous: Option<Theme>| {
        let theme = state.theme.get();
        if let Some(root) = document().document_element() {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                theme => root.set_attribute("data-theme", theme.key()),
            };
        }
        if previous.is_some_and(|p| p != theme) {
            let _ = match theme {
                Theme::System => storage::remove(THEME_KEY),
                theme => storage::write(THEME_KEY, theme.key()),
            };
        }
        theme
    });

    Effect::new(move |previous: Option<Lang>| {
        let lang = state.lang.get();
        if previous.is_some_and(|p| p != lang) {
            let _ = storage::write(LANG_KEY, lang.code());
        }
        lang
    });

    Effect::new(move |_| {
        let t = state.t();
        let title = match state.view.get() {
            View::Home => t.page_title_home,
            View::Builder => t.page_title_builder,
            View::Wizard => t.page_title_wizard,
            View::Privacy => t.page_title_privacy,
            View::Accessibility => t.page_title_accessibility,
        };
        document().set_title(title);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });

    // Texts are plain strings: a change of language draws the page again.
    move || {
        state.lang.track();
        page(state)
    }
}

/// The whole page. Out of line: a reactive closure's view is built in two code paths
/// (first render and re-render), and inlining it there doubles its weight.
#[inline(never)]
fn page(state: AppState) -> AnyView {
    view! {
        <SiteHeader />
        <main id="contenu" tabindex="-1">
            <StorageNotices />
            {move || view_of(state.view.get())}
        </main>
        <SiteFooter />
        <LiveRegion />
    }
    .into_any()
}

#[inline(never)]
fn view_of(view: View) -> AnyView {
    match view {
        View::Home => view! { <HomePage /> }.into_any(),
        View::Builder => view! { <BuilderPage /> }.into_any(),
        View::Wizard => view! { <WizardPage /> }.into_any(),
        View::Privacy => view! { <PrivacyPage /> }.into_any(),
        View::Accessibility => view! { <AccessibilityPage /> }.into_any(),
    }
}
