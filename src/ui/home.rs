//! The home page: what Binôme is, and the ways in.

use leptos::prelude::*;

use crate::route::View;

use super::shell::ViewLink;
use super::state::use_app;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let t = move || app.t();
    view! {
        <div class="home">
            <h1>{move || t().home_title}</h1>
            <p class="lead">{move || t().home_intro}</p>
            <div class="ways-in">
                <section class="way-in" aria-labelledby="accueil-repartition">
                    <h2 id="accueil-repartition">{move || t().home_builder_title}</h2>
                    <p>{move || t().home_builder_text}</p>
                    <ViewLink view=View::Builder class="button">
                        {move || t().home_builder_action}
                    </ViewLink>
                </section>
            </div>
        </div>
    }
}
