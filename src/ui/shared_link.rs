//! Opening a shared split from the address (`#s1…`) or from a JSON file: it is shown
//! as a preview, and nothing is saved until the person chooses what to do with it.

use leptos::prelude::*;

use crate::browser::location;
use crate::domain::link::{decode, is_link, LinkKind};
use crate::domain::opinions::{decode_request, is_opinion_link, is_request_link};
use crate::domain::saved::parse_saved_split;
use crate::domain::wizard::decode_answers;
use crate::domain::RoleSplit;
use crate::route::View;

use super::opinions::Opinions;
use super::state::{Navigation, Splits};

/// Reads the address's fragment; a split link opens the builder on its preview, a
/// damaged one on the app as it was, with the reason. Other fragments (`#contenu`) are
/// ordinary anchors and are left alone.
pub fn open_from_address(nav: Navigation, splits: Splits, opinions: Opinions) {
    let fragment = location::fragment();
    let t = splits.prefs.t();
    if is_link(&fragment, LinkKind::Answers) {
        nav.view.set(View::Wizard);
        match decode_answers(&fragment) {
            Ok(answers) => nav.shared_result.set(Some(answers)),
            Err(error) => splits.messages.alert((t.link_error)(&error)),
        }
        return;
    }
    if is_request_link(&fragment) {
        nav.view.set(View::GiveOpinion);
        match decode_request(&fragment) {
            Ok(request) => opinions.answering.set(Some(request)),
            Err(error) => splits.messages.alert((t.link_error)(&error)),
        }
        return;
    }
    if is_opinion_link(&fragment) {
        // An opinion opened here (from a mail): added to those gathered, the fragment gone.
        nav.view.set(View::Opinions);
        if opinions.asked.with_untracked(Option::is_none) {
            // Kept in the address, to be copied where the request was made.
            splits.messages.alert(t.opinions.opinion_elsewhere);
            return;
        }
        opinions.add(&format!("#{fragment}"));
        location::replace_without_fragment(&View::Opinions.query());
        return;
    }
    if !is_link(&fragment, LinkKind::Split) {
        return;
    }
    nav.view.set(View::Builder);
    match decode(&fragment) {
        Ok(split) => show_preview(splits, split),
        // Said once, in its own box (whose title takes the focus), not also as an alert.
        Err(error) => splits.link_problem.set(Some((t.link_error)(&error))),
    }
}

/// Reads an exported JSON file, with the same checks as saved data and links.
pub fn open_from_file(splits: Splits, text: &str) {
    match parse_saved_split(text) {
        Ok(split) => show_preview(splits, split),
        Err(error) => splits.messages.alert((splits.prefs.t().file_error)(&error)),
    }
}

fn show_preview(splits: Splits, split: RoleSplit) {
    splits.link_problem.set(None);
    splits.preview.set(Some(split));
}

/// Ends the preview (or the link's error): the fragment leaves the address, so that a
/// reload does not open the link again.
pub fn close(splits: Splits) {
    splits.preview.set(None);
    splits.link_problem.set(None);
    if !location::fragment().is_empty() {
        location::replace_without_fragment(&View::Builder.query());
    }
}
