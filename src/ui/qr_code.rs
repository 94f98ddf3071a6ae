//! The QR code of a link, drawn as SVG; or, for a link too long to read, why there is none.

use leptos::prelude::*;

use crate::domain::qr::qr_picture;
use crate::i18n::Catalogue;

/// `class` sets its size: "qr" in a dialog, "qr qr-large" on a projector; `label` says
/// what it opens.
#[inline(never)]
pub fn qr_code(
    link: &str,
    class: &'static str,
    label: &'static str,
    t: &'static Catalogue,
) -> AnyView {
    match qr_picture(link) {
        Some(picture) => view! {
            <svg
                class=class
                role="img"
                aria-label=label
                viewBox=format!("0 0 {0} {0}", picture.size)
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=picture.path fill="#000"></path>
            </svg>
        }
        .into_any(),
        None => view! { <p>{t.qr_too_long}</p> }.into_any(),
    }
}
