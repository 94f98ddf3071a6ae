//! The pages of text: personal data (with "erase my data"), the accessibility statement
//! and the glossary.

use crate::ui::opinions::Opinions;
use leptos::prelude::*;

use crate::browser::saved_splits::fresh_default;
use crate::browser::storage;
use crate::domain::glossary::{in_dictionary_order, GUIDE_NAME, GUIDE_URL};
use crate::domain::library::Library;
use crate::domain::wizard::Progress;
use crate::i18n::{Page, Theme};

use super::dialog::ConfirmDialog;
use super::glossed::entry_id;
use super::ids;
use super::state::{use_prefs, use_splits, use_wizard, Splits, WizardProgress};

#[inline(never)]
fn text_page(page: &'static Page) -> AnyView {
    let sections = page
        .sections
        .iter()
        .map(|(heading, paragraphs)| {
            view! {
                <section>
                    <h2>{*heading}</h2>
                    {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                </section>
            }
        })
        .collect_view();
    view! {
        <h1>{page.title}</h1>
        <p class="lead">{page.intro}</p>
        {sections}
    }
    .into_any()
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_prefs().t();
    view! { <div class="text-page">{text_page(&t.accessibility_page)}</div> }
}

/// Erases everything Binôme keeps in this browser, and starts afresh without writing
/// anything until the next change.
fn erase_everything(app: Splits, wizard: WizardProgress, opinions: Option<Opinions>) {
    if let Ok(items) = storage::read_prefixed("binome.") {
        for (key, _) in items {
            let _ = storage::remove(&key);
        }
    }
    let library = Library::new(fresh_default(app.prefs.lang.get_untracked()));
    app.mirror.update_value(|mirror| {
        mirror.forget();
        // The fresh split is known as "saved" so that it is written only once changed.
        for (key, value) in mirror.plan(&library).writes {
            mirror.remember(&key, Some(&value));
        }
    });
    app.library.set(library);
    wizard.progress.set(Progress::default());
    if let Some(opinions) = opinions {
        opinions.asked.set(None);
        opinions.gathered.set(Default::default());
    }
    app.prefs.theme.set(Theme::System);
    app.problems.update(|p| p.backups.clear());
    app.messages.announce(app.prefs.t().data_erased);
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let app = use_splits();
    let wizard = use_wizard();
    let opinions = use_context::<Opinions>();
    let t = app.prefs.t();
    let asking = RwSignal::new(false);
    view! {
        <div class="text-page">
            {text_page(&t.privacy_page)}
            <button type="button" id=ids::ERASE_DATA class="danger" on:click=move |_| asking.set(true)>
                {t.erase_data}
            </button>
            {move || {
                asking
                    .get()
                    .then(|| {
                        view! {
                            <ConfirmDialog
                                question=t.erase_data_question.to_owned()
                                on_answer=move |yes: bool| {
                                    asking.set(false);
                                    if yes {
                                        erase_everything(app, wizard, opinions);
                                    }
                                }
                            />
                        }
                    })
            }}
        </div>
    }
}

/// The guide's words in plain words, in dictionary order; each entry is where a term's
/// popover leads (`?vue=lexique#terme-backlog`).
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let prefs = use_prefs();
    let t = prefs.t();
    let lang = prefs.lang.get_untracked();
    let entries = in_dictionary_order(lang)
        .into_iter()
        .map(|term| {
            view! {
                <dt id=entry_id(term) tabindex="-1">{term.name.get(lang)}</dt>
                <dd>
                    {term.definition.get(lang)}
                    {term.link.map(|url| view! { " " <a href=url>{t.guide_link}</a> })}
                </dd>
            }
        })
        .collect_view();
    view! {
        <div class="text-page">
            <h1>{t.glossary_title}</h1>
            <p class="lead">
                {t.glossary_intro} " " <a href=GUIDE_URL>{GUIDE_NAME.get(lang)}</a> "."
            </p>
            <dl class="glossary">{entries}</dl>
        </div>
    }
}
