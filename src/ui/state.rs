//! The app's state, by concern: preferences, messages, navigation, the splits, the wizard.
//! Each is provided on its own, so that a component takes only what it uses.

use leptos::prelude::*;

use crate::browser::saved_splits::StorageProblems;
use crate::browser::{clock, location};
use crate::domain::library::Library;
use crate::domain::limits::LimitError;
use crate::domain::saved::StorageMirror;
use crate::domain::wizard::{Answers, Progress};
use crate::domain::RoleSplit;
use crate::i18n::{Catalogue, Lang, Theme};
use crate::route::View;
use crate::ui::focus::{focus_later, focused_id};
use crate::ui::ids;

/// The language and the colour theme chosen in this browser.
#[derive(Clone, Copy)]
pub struct Prefs {
    pub lang: RwSignal<Lang>,
    /// The system's by default.
    pub theme: RwSignal<Theme>,
}

impl Prefs {
    /// The texts of the current language. Not reactive: the whole page is drawn
    /// again when the language changes (see `App`), so texts can be plain strings.
    pub fn t(&self) -> &'static Catalogue {
        crate::i18n::catalogue(self.lang.get_untracked())
    }
}

/// A message for the live region; `urgent` ones are alerts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Announcement {
    pub text: String,
    pub urgent: bool,
    /// When it was said (ms): the same words said again are a new message.
    pub said_at: f64,
    /// Where the focus was when an alert came: where « Fermer » sends it back.
    pub return_to: Option<String>,
}

/// How long a status message stays on screen.
const STATUS_SHOWN_FOR: std::time::Duration = std::time::Duration::from_secs(10);

/// What the page says to everyone: statuses, and alerts that stay until closed.
#[derive(Clone, Copy)]
pub struct Messages {
    pub announcement: RwSignal<Announcement>,
}

impl Messages {
    /// Says something to everyone: shown, and read by screen readers.
    pub fn announce(&self, text: impl Into<String>) {
        self.say(text.into(), false);
    }

    /// Says something that went wrong.
    pub fn alert(&self, text: impl Into<String>) {
        self.say(text.into(), true);
    }

    fn say(&self, text: String, urgent: bool) {
        // Emptying first makes screen readers repeat a message said twice.
        self.announcement.set(Announcement::default());
        let announcement = self.announcement;
        let return_to = if urgent { focused_id() } else { None };
        request_animation_frame(move || {
            let said_at = js_sys::Date::now();
            announcement.set(Announcement {
                text,
                urgent,
                said_at,
                return_to,
            });
            // A status gives way after a while (on a phone it covers part of the page); an
            // alert stays until closed or replaced.
            if !urgent {
                set_timeout(
                    move || {
                        let still_shown = announcement
                            .try_with_untracked(|a| a.said_at == said_at)
                            .unwrap_or(false);
                        if still_shown {
                            announcement.set(Announcement::default());
                        }
                    },
                    STATUS_SHOWN_FOR,
                );
            }
        });
    }

    /// Closes the message shown (an alert, once read), and gives the focus back to where it
    /// was when the alert came (or to the page's content): the button pressed is gone.
    pub fn dismiss(&self) {
        let return_to = self
            .announcement
            .with_untracked(|a| a.return_to.clone())
            .unwrap_or_else(|| ids::CONTENT.to_owned());
        self.announcement.set(Announcement::default());
        focus_later(return_to);
    }
}

/// What is shown: the view, workshop mode, and a wizard result opened from a link.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub view: RwSignal<View>,
    /// Projector mode: large type, no sidebars, keyboard-driven.
    pub workshop: RwSignal<bool>,
    /// Answers opened from a result link: shown, never saved over the person's own.
    pub shared_result: RwSignal<Option<Answers>>,
}

impl Navigation {
    /// Shows another view, as a new entry in the browser's history.
    pub fn go(&self, view: View) {
        location::push_query(&view.query());
        // A result opened from a link is left behind with its link.
        self.shared_result.set(None);
        self.view.set(view);
    }
}

/// The splits kept in this browser, what the storage holds of them, and a shared split
/// shown before the person chooses what to do with it.
#[derive(Clone, Copy)]
pub struct Splits {
    pub library: RwSignal<Library>,
    /// When the open split was last saved ("14:05"), shown beside it.
    pub saved_at: RwSignal<Option<String>>,
    pub problems: RwSignal<StorageProblems>,
    /// A split opened from a link or a file, shown but not saved until the person chooses.
    pub preview: RwSignal<Option<RoleSplit>>,
    /// Why the shared link of the address could not be opened.
    pub link_problem: RwSignal<Option<String>>,
    /// What the storage holds, as far as this tab knows.
    pub mirror: StoredValue<StorageMirror>,
    /// Where a refused edit is said, in the page's language.
    pub messages: Messages,
    pub prefs: Prefs,
}

impl Splits {
    /// Applies an edit to the open split; a refused edit is announced and changes nothing.
    pub fn edit<R>(
        &self,
        change: impl FnOnce(&mut RoleSplit) -> Result<R, LimitError>,
    ) -> Option<R> {
        match self.library.try_update(|lib| lib.edit(change))? {
            Ok(result) => Some(result),
            Err(error) => {
                self.messages.alert((self.prefs.t().limit_error)(&error));
                None
            }
        }
    }

    /// Applies a keystroke of the text field `field`; the error, if any, is returned
    /// for the field to show beside itself.
    pub fn type_in(
        &self,
        field: &str,
        change: impl FnOnce(&mut RoleSplit) -> Result<(), LimitError>,
    ) -> Result<(), String> {
        match self.library.try_update(|lib| lib.type_in(field, change)) {
            Some(Err(error)) => Err((self.prefs.t().limit_error)(&error)),
            _ => Ok(()),
        }
    }

    /// Opens a new split made from `split`.
    pub fn create_split(&self, split: RoleSplit) {
        self.library
            .update(|lib| lib.create(clock::new_split_id(), split));
    }

    /// Reads the split the builder shows: a shared one being previewed, or the open one.
    pub fn with_shown<R>(&self, read: impl FnOnce(&RoleSplit) -> R) -> R {
        self.preview.with(|preview| match preview {
            Some(shared) => read(shared),
            None => self.library.with(|lib| read(lib.current())),
        })
    }

    /// Reads the split the builder shows now, without following it.
    pub fn with_shown_untracked<R>(&self, read: impl FnOnce(&RoleSplit) -> R) -> R {
        self.preview.with_untracked(|preview| match preview {
            Some(shared) => read(shared),
            None => self.library.with_untracked(|lib| read(lib.current())),
        })
    }

    /// The id of the split open now.
    pub fn current_id(&self) -> String {
        self.library
            .with_untracked(|lib| lib.current_id().to_owned())
    }
}

/// The wizard's answers and step in this browser, kept across reloads.
#[derive(Clone, Copy)]
pub struct WizardProgress {
    pub progress: RwSignal<Progress>,
}

pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

pub fn use_messages() -> Messages {
    expect_context::<Messages>()
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

pub fn use_splits() -> Splits {
    expect_context::<Splits>()
}

pub fn use_wizard() -> WizardProgress {
    expect_context::<WizardProgress>()
}
