//! What the result says, in the order the page shows it: the set-up and its conditions,
//! what to do first, then (folded) the risks, the changes to the split, the contrasts and
//! the questions to keep asking. Every line keeps the answers that produced it.

use super::answers::Answered;
use super::rules::{SetUp, Who};
use crate::domain::lang::{Lang, Text};
use crate::domain::{Level, RoleSplit};

/// A thing to do, who does it (as the result names them) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub who: Who,
    /// "Vous, porteur métier", "Le sponsor"…, for the set-up.
    pub who_label: Text,
    /// An instruction (French: an infinitive), read after the label and " : ".
    pub text: Text,
    /// The risk it answers; `None` for the set-up's own steps.
    pub risk: Option<&'static str>,
    pub because: Vec<Answered>,
}

impl NextStep {
    /// "<who> : <text>", with each language's punctuation (and a small letter after the
    /// colon).
    pub fn sentence(&self, lang: Lang) -> String {
        let text = self.text.get(lang);
        let mut chars = text.chars();
        let text: String = chars
            .next()
            .map(|first| first.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        join(lang, self.who_label.get(lang), ":", &text)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub id: &'static str,
    /// "À condition que…", without final punctuation.
    pub text: Text,
    /// "sinon, …", with its full stop.
    pub otherwise: Text,
    pub because: Vec<Answered>,
}

impl Condition {
    /// "À condition que … ; sinon, …", with each language's punctuation.
    pub fn sentence(&self, lang: Lang) -> String {
        join(lang, self.text.get(lang), ";", self.otherwise.get(lang))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Risk {
    pub id: &'static str,
    pub title: Text,
    pub why: Text,
    pub change: Text,
    pub step: NextStep,
    /// Read after "Source : ".
    pub source: Text,
    pub weight: u8,
    pub because: Vec<Answered>,
}

/// A change the answers made to the split handed to the builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitChange {
    pub row: String,
    pub role: String,
    pub level: Level,
    pub note: String,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contrast {
    pub project: Text,
    pub product: Text,
    pub because: Vec<Answered>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepAsking {
    pub question: Text,
    pub relevance: u32,
    /// Among the (at most five) shown before the folded rest.
    pub shown_first: bool,
    /// The answers that make it matter; empty when it is simply always worth asking.
    pub because: Vec<Answered>,
}

/// The questions to keep asking of one asker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskGroup {
    pub asker: Who,
    /// "Pour vous, porteur métier", "Pour le co-chef de produit DNUM", "Pour le sponsor".
    pub title: Text,
    /// Most relevant first.
    pub questions: Vec<KeepAsking>,
}

/// At most this many questions to keep asking are shown before the folded rest.
pub const KEEP_ASKING_SHOWN_FIRST: usize = 5;
/// At most this many steps are the things to do first.
pub const FIRST_STEPS: usize = 3;
/// At most this many conditions are stated.
pub const MAX_CONDITIONS: usize = 3;
/// At least this many conditions are stated.
pub const MIN_CONDITIONS: usize = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub set_up: SetUp,
    /// Why this set-up, for these answers.
    pub explanation: Text,
    pub set_up_because: Vec<Answered>,
    /// Two or three, most binding first.
    pub conditions: Vec<Condition>,
    /// At most three, in the order to do them.
    pub first_steps: Vec<NextStep>,
    /// Heaviest first; empty without product mode.
    pub risks: Vec<Risk>,
    /// What the answers changed in the split; empty without product mode.
    pub split_changes: Vec<SplitChange>,
    /// Empty without product mode.
    pub contrasts: Vec<Contrast>,
    /// By asker (business owner, DNUM product manager, sponsor); empty without product
    /// mode.
    pub keep_asking: Vec<AskGroup>,
    pub split: RoleSplit,
}

/// Two texts joined by a punctuation mark: French puts a no-break space before it.
fn join(lang: Lang, first: &str, mark: &str, second: &str) -> String {
    match lang {
        Lang::Fr => format!("{first}\u{a0}{mark} {second}"),
        Lang::En => format!("{first}{mark} {second}"),
    }
}
