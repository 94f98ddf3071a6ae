//! What each level means, with its symbol and its words.

use leptos::prelude::*;

use crate::domain::Level;
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::use_prefs;

#[component]
pub fn Legend() -> impl IntoView {
    let t = use_prefs().t();
    let items = Level::ALL
        .into_iter()
        .map(|level| {
            view! {
                <dt data-level=level.key()>
                    {level_icon(level)}
                    {(t.level_name)(level)}
                </dt>
                <dd>{(t.level_meaning)(level)}</dd>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby=ids::LEGEND_TITLE>
            <h2 id=ids::LEGEND_TITLE>{t.legend_title}</h2>
            <dl>{items}</dl>
        </section>
    }
}
