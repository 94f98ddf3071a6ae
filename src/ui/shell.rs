//! What frames every view: skip link, header and navigation, footer, live region,
//! and the storage problems that must stay visible until dealt with.

use leptos::prelude::*;

use crate::browser::{download, storage};
use crate::i18n::Theme;
use crate::route::View;

use super::dialog::ConfirmDialog;
use super::focus::focus_content_if_lost;
use super::ids;
use super::state::{use_messages, use_navigation, use_prefs, use_splits};

/// A link to a view that changes the view without reloading the page.
#[component]
pub fn ViewLink(view: View, #[prop(into)] class: String, children: Children) -> impl IntoView {
    let nav = use_navigation();
    let href = format!("?{}", view.query());
    let href = if href == "?" { "./".to_owned() } else { href };
    view! {
        <a
            href=href
            class=class
            aria-current=move || (nav.view.get() == view).then_some("page")
            on:click=move |ev| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                nav.go(view);
                focus_content_if_lost();
            }
        >
            {children()}
        </a>
    }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let prefs = use_prefs();
    let t = prefs.t();
    view! {
        <a class="skip-link" href=format!("#{}", ids::CONTENT)>{t.skip_to_content}</a>
        <header class="site-header">
            <ViewLink view=View::Home class="brand">
                <span class="brand-name">{t.app_name}</span>
                <span class="brand-tagline">{t.app_tagline}</span>
            </ViewLink>
            <button
                type="button"
                class="secondary language"
                lang=t.other_language_lang.code()
                on:click=move |_| prefs.lang.set(t.other_language_lang)
            >
                {t.other_language}
            </button>
            <nav aria-label=t.main_nav>
                <ViewLink view=View::Home class="nav-link">{t.nav_home}</ViewLink>
                <ViewLink view=View::Wizard class="nav-link">{t.nav_wizard}</ViewLink>
                <ViewLink view=View::Builder class="nav-link">{t.nav_builder}</ViewLink>
            </nav>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let prefs = use_prefs();
    let t = prefs.t();
    view! {
        <footer class="site-footer">
            <p>{t.footer_privacy_note}</p>
            <ul class="footer-links">
                <li>
                    <ViewLink view=View::Privacy class="">{t.nav_privacy}</ViewLink>
                </li>
                <li>
                    <ViewLink view=View::Accessibility class="">{t.nav_accessibility}</ViewLink>
                </li>
                <li>
                    <ViewLink view=View::Glossary class="">{t.nav_glossary}</ViewLink>
                </li>
            </ul>
            <div class="field theme-field">
                <label for=ids::THEME>{t.theme_label}</label>
                <select id=ids::THEME on:change:target=move |ev| prefs.theme.set(Theme::from_key(&ev.target().value()))>
                    {Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            view! {
                                <option value=theme.key() selected=prefs.theme.get_untracked() == theme>
                                    {(t.theme_name)(theme)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </footer>
    }
}

/// Where saves, copies and errors are said, for eyes and screen readers alike.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let messages = use_messages();
    let t = use_prefs().t();
    let text = move |urgent: bool| {
        messages.announcement.with(|a| {
            if a.urgent == urgent {
                a.text.clone()
            } else {
                String::new()
            }
        })
    };
    let alert_shown = move || {
        messages
            .announcement
            .with(|a| a.urgent && !a.text.is_empty())
    };
    view! {
        <div class="live-region">
            <p role="status" class="announcement">{move || text(false)}</p>
            <div class="alert-box" class:shown=alert_shown>
                <p role="alert" class="announcement urgent">{move || text(true)}</p>
                // Outside the alert, so that it is not read as part of the message.
                {move || {
                    alert_shown()
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="close-alert"
                                    on:click=move |_| messages.dismiss()
                                >
                                    {t.close}
                                </button>
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// Storage trouble: unavailable storage, unreadable data kept as backups, newer data.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let app = use_splits();
    let deleting = RwSignal::new(None::<String>);
    let backups = move || {
        app.problems
            .with(|p| p.backups.clone())
            .into_iter()
            .map(|key| {
                let t = app.prefs.t();
                let download_key = key.clone();
                let delete_key = key.clone();
                view! {
                    <section class="notice notice-error" aria-labelledby=format!("{key}-title")>
                        <h2 id=format!("{key}-title")>{t.unreadable_backup_title}</h2>
                        <p>{(t.unreadable_backup_text)(&key)}</p>
                        <button
                            type="button"
                            on:click=move |_| {
                                if let Some(raw) = storage::read(&download_key) {
                                    download::download_text(
                                        &format!("{download_key}.txt"),
                                        "text/plain;charset=utf-8",
                                        &raw,
                                    );
                                }
                            }
                        >
                            {t.download_backup}
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| deleting.set(Some(delete_key.clone()))
                        >
                            {t.delete_backup}
                        </button>
                    </section>
                }
            })
            .collect_view()
    };
    let confirm_delete = move || {
        deleting.get().map(|key| {
            let t = app.prefs.t();
            view! {
                <ConfirmDialog
                    question=t.delete_backup_question.to_owned()
                    on_answer=move |yes: bool| {
                        if yes && storage::remove(&key).is_ok() {
                            app.problems.update(|p| p.backups.retain(|k| *k != key));
                        }
                        deleting.set(None);
                    }
                />
            }
        })
    };
    view! {
        {move || {
            app.problems
                .with(|p| p.unavailable)
                .then(|| view! { <p class="notice notice-error">{app.prefs.t().storage_unavailable}</p> })
        }}
        {move || {
            let newer = app.problems.with(|p| p.newer);
            (newer > 0).then(|| view! { <p class="notice">{(app.prefs.t().newer_data_text)(newer)}</p> })
        }}
        {backups}
        {confirm_delete}
    }
}
