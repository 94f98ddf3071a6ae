//! "Pourquoi le mode produit ?": questions (data), rules (data: `setups`, `conditions`,
//! `risks`, `asks`, `contrasts`, in the words of `rules`), and the reasoning that reads
//! them. Also the link that carries a set
//! of answers, and the wizard's progress as kept in the browser.

pub mod answers;
pub mod asks;
pub mod conditions;
pub mod contrasts;
pub mod migration;
pub mod outcome;
pub mod questions;
pub mod reasoning;
pub mod risks;
pub mod rules;
pub mod setups;
pub mod splits;

use super::link::{open, seal_uncompressed, LinkError, LinkKind};
pub use answers::{Answered, Answers};
pub use outcome::{
    AskGroup, Condition, Contrast, KeepAsking, NextStep, Outcome, Risk, SplitChange,
};
use questions::{QUESTIONS, QUESTION_COUNT};
pub use reasoning::evaluate;

/// The link fragment (without `#`) of a set of answers: `q2` then, in base64, the number
/// of questions and one byte each (0: not answered; n: answer n − 1). Format 1 (`q1`)
/// had the same layout over the first questionnaire; it is still read, and migrated.
pub fn encode_answers(answers: &Answers) -> String {
    let mut payload = vec![QUESTION_COUNT as u8];
    payload.extend(answers.0.iter().map(|a| a.map_or(0, |a| a + 1)));
    seal_uncompressed(LinkKind::Answers, &payload)
}

/// The answers a wizard link holds, in today's questions whatever its format.
pub fn decode_answers(fragment: &str) -> Result<Answers, LinkError> {
    decode_versioned(fragment).map(|(_, answers)| answers)
}

/// The format version of a wizard link, and its answers in today's questions.
fn decode_versioned(fragment: &str) -> Result<(u32, Answers), LinkError> {
    let (version, payload) = open(fragment, LinkKind::Answers)?;
    let (&count, bytes) = payload.split_first().ok_or(LinkError::Damaged)?;
    let answer_counts: Vec<u8> = match version {
        1 => migration::Q1_ANSWER_COUNTS.to_vec(),
        2 => QUESTIONS.iter().map(|q| q.answers.len() as u8).collect(),
        _ => return Err(LinkError::NewerVersion),
    };
    if usize::from(count) != bytes.len() || bytes.len() > answer_counts.len() {
        return Err(LinkError::Damaged);
    }
    let mut given = vec![None; answer_counts.len()];
    for (question, &byte) in bytes.iter().enumerate() {
        if byte == 0 {
            continue;
        }
        let answer = byte - 1;
        if answer >= answer_counts[question] {
            return Err(LinkError::Damaged);
        }
        given[question] = Some(answer);
    }
    let answers = if version == 1 {
        migration::from_q1(&given)
    } else {
        let mut answers = Answers::default();
        for (question, answer) in given.into_iter().enumerate() {
            if let Some(answer) = answer {
                answers.set(question, answer);
            }
        }
        answers
    };
    Ok((version, answers))
}

/// Where the wizard stands in this browser: the answers so far and the step shown
/// (`QUESTION_COUNT` is the result).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    pub step: usize,
}

/// What *Suivant* did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advance {
    /// On to the next question, or to the result after the last.
    Moved,
    /// The question had no answer: its "Je ne sais pas" answer (this index) was recorded,
    /// then on to the next, as `Moved`. Say so.
    DontKnowRecorded(u8),
    /// The question has no answer, and "Je ne sais pas" is not one of its answers: the
    /// step stays. Ask for an answer.
    AnswerNeeded,
}

/// Where the wizard's progress is kept in the browser's storage.
pub const PROGRESS_KEY: &str = "binome.questionnaire";

impl Progress {
    /// *Suivant* on the current question (nothing happens on the result).
    pub fn advance(&mut self) -> Advance {
        let Some(question) = QUESTIONS.get(self.step) else {
            return Advance::Moved;
        };
        let outcome = match (self.answers.0[self.step], question.dont_know) {
            (Some(_), _) => Advance::Moved,
            (None, Some(dont_know)) => {
                self.answers.set(self.step, dont_know);
                Advance::DontKnowRecorded(dont_know)
            }
            (None, None) => return Advance::AnswerNeeded,
        };
        self.step += 1;
        outcome
    }

    /// `"<step>:<answers link>"`, the text kept in storage.
    pub fn to_saved(&self) -> String {
        format!("{}:{}", self.step, encode_answers(&self.answers))
    }

    /// Reads `to_saved`'s text; `None` if it is not that. Progress saved in format 1
    /// comes back migrated: on the result if it was there, otherwise on the first
    /// question left without an answer (the old steps do not match today's questions).
    pub fn from_saved(text: &str) -> Option<Progress> {
        let (step, link) = text.split_once(':')?;
        let step: usize = step.parse().ok()?;
        let (version, answers) = decode_versioned(link).ok()?;
        let step = if version == 1 && step < migration::Q1_ANSWER_COUNTS.len() {
            answers.first_unanswered().unwrap_or(QUESTION_COUNT)
        } else {
            step.min(QUESTION_COUNT)
        };
        Some(Progress { answers, step })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_through_storage_text() {
        let mut answers = Answers::default();
        answers.set(3, 2);
        let progress = Progress { answers, step: 4 };
        assert_eq!(Progress::from_saved(&progress.to_saved()), Some(progress));
        assert_eq!(Progress::from_saved("abîmé"), None);
        assert_eq!(Progress::from_saved("99:q1AAwAAAAAAAAAAAAAA"), None);
    }
}
