//! Opening a shared split from the address (`#s1…`) or from a JSON file: it is shown
//! as a preview, and nothing is saved until the person chooses what to do with it.

use leptos::prelude::*;

use crate::browser::location;
use crate::domain::link::{decode, is_link, LinkKind};
use crate::domain::saved::parse_saved_split;
use crate::domain::wizard::decode_answers;
use crate::domain::RoleSplit;
use crate::route::View;

use super::state::AppState;

/// Reads the address's fragment; a split link opens the builder on its preview, a
/// damaged one on the app as it was, with the reason. Other fragments (`#contenu`) are
/// ordinary anchors and are left alone.
pub fn open_from_address(app: AppState) {
    let fragment = location::fragment();
    if is_link(&fragment, LinkKind::Answers) {
        app.view.set(View::Wizard);
        match decode_answers(&fragment) {
            Ok(answers) => app.shared_answers.set(Some(answers)),
            Err(error) => app.alert((app.t().link_error)(&error)),
        }
        return;
    }
    if !is_link(&fragment, LinkKind::Split) {
        return;
    }
    app.view.set(View::Builder);
    match decode(&fragment) {
        Ok(split) => show_preview(app, split),
        // Said once, in its own box (whose title takes the focus), not also as an alert.
        Err(error) => app.link_problem.set(Some((app.t().link_error)(&error))),
    }
}

/// Reads an exported JSON file, with the same checks as saved data and links.
pub fn open_from_file(app: AppState, text: &str) {
    match parse_saved_split(text) {
        Ok(split) => show_preview(app, split),
        Err(error) => app.alert((app.t().file_error)(&error)),
    }
}

fn show_preview(app: AppState, split: RoleSplit) {
    app.link_problem.set(None);
    app.preview.set(Some(split));
}

/// Ends the preview (or the link's error): the fragment leaves the address, so that a
/// reload does not open the link again.
pub fn close(app: AppState) {
    app.preview.set(None);
    app.link_problem.set(None);
    if !location::fragment().is_empty() {
        location::replace_without_fragment(&View::Builder.query());
    }
}
