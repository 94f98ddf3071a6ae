//! The shell: loads the saved data, provides the state, shows the view the address asks for.

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::browser::storage;
use crate::browser::{location, saved_splits};
use crate::i18n::{Lang, Theme};
use crate::route::{in_workshop, View};
use crate::ui::builder::BuilderPage;
use crate::ui::glossed::{provide_definition, DefinitionPopover};
use crate::ui::home::HomePage;
use crate::ui::ids;
use crate::ui::opinions::{provide_opinions, GiveOpinionPage, OpinionsPage};
use crate::ui::pages::{AccessibilityPage, GlossaryPage, PrivacyPage};
use crate::ui::persistence::{self, LANG_KEY, THEME_KEY};
use crate::ui::shared_link;
use crate::ui::shell::{LiveRegion, SiteFooter, SiteHeader, StorageNotices};
use crate::ui::state::{Messages, Navigation, Prefs, Splits, WizardProgress};
use crate::ui::wizard::WizardPage;

/// A preference kept in the browser: as JSON, or as the bare key older versions wrote.
fn saved_preference<T: DeserializeOwned>(
    key: &str,
    from_key: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    storage::read_value(key).or_else(|| storage::read(key).as_deref().and_then(from_key))
}

/// `?lang=` first, then the language chosen last time, then French.
fn initial_lang() -> Lang {
    let query = location::query();
    query
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .and_then(Lang::from_code)
        .or_else(|| saved_preference(LANG_KEY, Lang::from_code))
        .unwrap_or_default()
}

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
    let progress = saved_splits::load_progress();
    let loaded = saved_splits::load(lang);
    let prefs = Prefs {
        lang: RwSignal::new(lang),
        theme: RwSignal::new(
            saved_preference(THEME_KEY, |key| Some(Theme::from_key(key))).unwrap_or_default(),
        ),
    };
    let messages = Messages {
        announcement: RwSignal::new(Default::default()),
    };
    let nav = Navigation {
        view: RwSignal::new(initial_view()),
        workshop: RwSignal::new(in_workshop(&location::query())),
        shared_result: RwSignal::new(None),
    };
    let splits = Splits {
        library: RwSignal::new(loaded.library),
        saved_at: RwSignal::new(None),
        problems: RwSignal::new(loaded.problems),
        preview: RwSignal::new(None),
        link_problem: RwSignal::new(None),
        mirror: StoredValue::new(loaded.mirror),
        messages,
        prefs,
    };
    let wizard = WizardProgress {
        progress: RwSignal::new(progress),
    };
    provide_context(prefs);
    provide_context(messages);
    provide_context(nav);
    provide_context(splits);
    provide_context(wizard);
    provide_definition();
    let opinions = provide_opinions();
    persistence::keep_saved(splits, wizard);
    shared_link::open_from_address(nav, splits, opinions);

    // Back and forward buttons move between views; a link pasted into the address bar
    // of an open tab changes only the fragment.
    let history = window_event_listener_untyped("popstate", move |_| {
        nav.view.set(View::from_query(&location::query()));
    });
    let fragment = window_event_listener_untyped("hashchange", move |_| {
        shared_link::open_from_address(nav, splits, opinions);
    });
    // Sent by the start-up code (tools/start-app.js) when a newer build's service worker
    // takes over.
    let update = window_event_listener_untyped("binome-update", move |_| {
        messages.announce(prefs.t().update_ready);
    });
    on_cleanup(move || {
        history.remove();
        fragment.remove();
        update.remove();
    });

    // The theme: a `data-theme` attribute the style sheet follows (kept by `persistence`).
    Effect::new(move |_| {
        let theme = prefs.theme.get();
        if let Some(root) = document().document_element() {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                theme => root.set_attribute("data-theme", theme.key()),
            };
        }
    });

    Effect::new(move |_| {
        let t = prefs.t();
        let title = match nav.view.get() {
            View::Home => t.page_title_home,
            View::Builder => t.page_title_builder,
            View::Wizard => t.page_title_wizard,
            View::Privacy => t.page_title_privacy,
            View::Accessibility => t.page_title_accessibility,
            View::Glossary => t.page_title_glossary,
            View::GiveOpinion => t.opinions.page_title_give,
            View::Opinions => t.opinions.page_title_gather,
        };
        document().set_title(title);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", prefs.lang.get().code());
        }
    });

    // Texts are plain strings: a change of language draws the page again.
    move || {
        prefs.lang.track();
        page(nav)
    }
}

/// The whole page. Out of line: a reactive closure's view is built in two code paths
/// (first render and re-render), and inlining it there doubles its weight.
#[inline(never)]
fn page(nav: Navigation) -> AnyView {
    view! {
        <SiteHeader />
        <main id=ids::CONTENT tabindex="-1">
            <StorageNotices />
            {move || view_of(nav.view.get())}
            // In the main landmark, where the words it explains are; outside the view, so
            // that it is made once.
            <DefinitionPopover />
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
        View::Glossary => view! { <GlossaryPage /> }.into_any(),
        View::GiveOpinion => view! { <GiveOpinionPage /> }.into_any(),
        View::Opinions => view! { <OpinionsPage /> }.into_any(),
    }
}
