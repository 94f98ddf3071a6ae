//! Texts with the guide's words (delivery, backlog, RGAA…) made into small buttons that open
//! their plain-words definition in a popover: a tap, or Enter, and Escape or a tap elsewhere
//! closes it. One popover serves the whole page (the browser anchors it to the word that
//! opened it), so that a text's words stay its words and the page gains one element, not one
//! per term.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::glossary::{pieces, Piece, Term};
use crate::route::View;

use super::focus::focus_later;
use super::ids;
use super::state::{use_navigation, use_prefs};

/// The term whose definition the popover shows.
#[derive(Clone, Copy)]
pub struct Definition(RwSignal<Option<&'static Term>>);

pub fn provide_definition() {
    provide_context(Definition(RwSignal::new(None)));
}

/// The id of a term's entry on the glossary page.
pub fn entry_id(term: &Term) -> String {
    format!("terme-{}", term.slug)
}

/// The popover, once on the page.
#[component]
pub fn DefinitionPopover() -> impl IntoView {
    let Definition(shown) = expect_context::<Definition>();
    let prefs = use_prefs();
    let nav = use_navigation();
    let body = move || {
        let t = prefs.t();
        let lang = prefs.lang.get();
        shown.get().map(|term| {
            let entry = entry_id(term);
            let href = format!("?{}#{entry}", View::Glossary.query());
            let open_glossary = move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                hide(ids::DEFINITION);
                nav.go(View::Glossary);
                focus_later(entry.clone());
            };
            view! {
                <strong>{term.name.get(lang)}</strong>
                {t.definition_colon}
                {term.definition.get(lang)}
                " "
                {term.link.map(|url| view! { <a href=url>{t.guide_link}</a> " " })}
                <a href=href on:click=open_glossary>{t.glossary_link}</a>
            }
        })
    };
    view! {
        <div popover="auto" id=ids::DEFINITION class="term-popover">
            {body}
        </div>
    }
}

/// Closes the popover with this id, if open.
fn hide(id: &str) {
    if let Some(popover) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        if popover.matches(":popover-open").unwrap_or(false) {
            let _ = popover.hide_popover();
        }
    }
}

/// One term as written in a text: a button that opens its definition.
#[inline(never)]
fn term_button(word: String, term: &'static Term) -> AnyView {
    let Definition(shown) = expect_context::<Definition>();
    // The browser then shows the popover, anchored to this button; if it shows another
    // word's definition, it is closed first, so that it opens again beside this one.
    let open = move |_| {
        if !shown.get_untracked().is_some_and(|t| std::ptr::eq(t, term)) {
            hide(ids::DEFINITION);
            shown.set(Some(term));
        }
    };
    view! {
        <button
            type="button"
            class="term"
            popovertarget=ids::DEFINITION
            popovertargetaction="show"
            on:click=open
        >
            {word}
        </button>
    }
    .into_any()
}

/// A text with its terms made into definition buttons (each term once).
#[inline(never)]
pub fn glossed(text: &str) -> AnyView {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(words) => words.to_owned().into_any(),
            Piece::Term(word, term) => term_button(word.to_owned(), term),
        })
        .collect_view()
        .into_any()
}

/// Definition buttons for terms found elsewhere (`glossary::terms_missing_from`), one after
/// the other.
#[inline(never)]
pub fn term_buttons(terms: Vec<(&str, &'static Term)>) -> AnyView {
    terms
        .into_iter()
        .enumerate()
        .map(|(i, (word, term))| {
            view! {
                {(i > 0).then_some(", ")}
                {term_button(word.to_owned(), term)}
            }
        })
        .collect_view()
        .into_any()
}
