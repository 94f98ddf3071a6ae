//! The home page: what Binôme is, and the ways in.

use leptos::prelude::*;

use crate::route::View;

use crate::domain::glossary::{GUIDE_NAME, GUIDE_URL};

use super::glossed::glossed;
use super::ids;
use super::shell::ViewLink;
use super::state::use_prefs;

#[component]
pub fn HomePage() -> impl IntoView {
    let prefs = use_prefs();
    let t = prefs.t();
    let lang = prefs.lang.get_untracked();
    view! {
        <div class="home">
            <h1>{t.home_title}</h1>
            <p class="lead">{glossed(t.home_intro)}</p>
            <div class="ways-in">
                <section class="way-in" aria-labelledby=ids::HOME_WIZARD>
                    <h2 id=ids::HOME_WIZARD>{t.home_wizard_title}</h2>
                    <p>{glossed(t.home_wizard_text)}</p>
                    <ViewLink view=View::Wizard class="button">
                        {t.home_wizard_action}
                    </ViewLink>
                </section>
                <section class="way-in" aria-labelledby=ids::HOME_BUILDER>
                    <h2 id=ids::HOME_BUILDER>{t.home_builder_title}</h2>
                    <p>{glossed(t.home_builder_text)}</p>
                    <ViewLink view=View::Builder class="button">
                        {t.home_builder_action}
                    </ViewLink>
                </section>
            </div>
            <p class="guide-source">
                {t.guide_source} " " <a href=GUIDE_URL>{GUIDE_NAME.get(lang)}</a> "."
            </p>
        </div>
    }
}
