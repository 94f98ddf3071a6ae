//! The home page: what Binôme is, and the ways in.

use leptos::prelude::*;

use crate::route::View;

use super::shell::ViewLink;
use super::state::use_app;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let t = app.t();
    view! {
        <div class="home">
            <h1>{t.home_title}</h1>
            <p class="lead">{t.home_intro}</p>
            <div class="ways-in">
                <section class="way-in" aria-labelledby="accueil-pourquoi">
                    <h2 id="accueil-pourquoi">{t.home_wizard_title}</h2>
                    <p>{t.home_wizard_text}</p>
                    <ViewLink view=View::Wizard class="button">
                        {t.home_wizard_action}
                    </ViewLink>
                </section>
                <section class="way-in" aria-labelledby="accueil-repartition">
                    <h2 id="accueil-repartition">{t.home_builder_title}</h2>
                    <p>{t.home_builder_text}</p>
                    <ViewLink view=View::Builder class="button">
                        {t.home_builder_action}
                    </ViewLink>
                </section>
            </div>
        </div>
    }
}
