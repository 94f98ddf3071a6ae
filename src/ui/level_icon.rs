//! The symbol of each level, drawn as inline SVG: an emoji needs a colour-emoji font, which
//! many Linux laptops and locked-down workstations lack (they show empty boxes). Always
//! beside the level's word, never alone; hidden from screen readers, which read the word.

use leptos::prelude::*;

use crate::domain::Level;

/// The outline of each symbol, on a 24 × 24 grid, stroked in the text's colour.
fn path(level: Level) -> &'static str {
    match level {
        // A padlock: the responsibility is locked in, shared by both sides.
        Level::CoResponsible => "M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 14.5v2.5",
        // A person with both arms raised: takes it on.
        Level::Pilot => "M12 4.5a2 2 0 1 0 0 .1M12 8.5v6M12 14.5l-3 6M12 14.5l3 6M12 9.5L7 4.5M12 9.5l5-5",
        // Two people side by side: takes part, with others.
        Level::Contributes => "M8 8.5a2.5 2.5 0 1 0 0 .1M16 8.5a2.5 2.5 0 1 0 0 .1M3.5 19a4.5 4.5 0 0 1 9 0M11.5 19a4.5 4.5 0 0 1 9 0",
        // An envelope: kept informed.
        Level::Informed => "M4 7h16v11H4zM4 7l8 6 8-6",
        Level::None => "",
    }
}

/// The level's symbol; an empty place for "not involved", so that lists stay aligned.
#[inline(never)]
pub fn level_icon(level: Level) -> AnyView {
    if level == Level::None {
        return view! { <span class="symbol" aria-hidden="true"></span> }.into_any();
    }
    view! {
        <svg
            class="symbol"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
        >
            <path d=path(level)></path>
        </svg>
    }
    .into_any()
}
