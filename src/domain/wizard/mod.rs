//! "Pourquoi le mode produit ?": questions (data), rules (data), and the reasoning that
//! reads them. Also the link that carries a set of answers.

pub mod questions;
pub mod reasoning;
pub mod rules;

use super::link::{open, seal_uncompressed, LinkError, LinkKind};
use questions::{QUESTIONS, QUESTION_COUNT};
pub use reasoning::{evaluate, Answered, Answers, Outcome};

/// The link fragment (without `#`) of a set of answers: `q1` then, in base64, the number
/// of questions and one byte each (0: not answered; n: answer n − 1).
pub fn encode_answers(answers: &Answers) -> String {
    let mut payload = vec![QUESTION_COUNT as u8];
    payload.extend(answers.0.iter().map(|a| a.map_or(0, |a| a + 1)));
    seal_uncompressed(LinkKind::Answers, &payload)
}

/// The answers a wizard link holds.
pub fn decode_answers(fragment: &str) -> Result<Answers, LinkError> {
    let (_version, payload) = open(fragment, LinkKind::Answers)?;
    let (&count, bytes) = payload.split_first().ok_or(LinkError::Damaged)?;
    if usize::from(count) != bytes.len() || bytes.len() > QUESTION_COUNT {
        return Err(LinkError::Damaged);
    }
    let mut answers = Answers::default();
    for (question, &byte) in bytes.iter().enumerate() {
        if byte == 0 {
            continue;
        }
        let answer = byte - 1;
        if usize::from(answer) >= QUESTIONS[question].answers.len() {
            return Err(LinkError::Damaged);
        }
        answers.set(question, answer);
    }
    Ok(answers)
}

/// Where the wizard stands in this browser: the answers so far and the step shown
/// (`QUESTION_COUNT` is the result).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    pub step: usize,
}

/// Where the wizard's progress is kept in the browser's storage.
pub const PROGRESS_KEY: &str = "binome.questionnaire";

impl Progress {
    /// `"<step>:<answers link>"`, the text kept in storage.
    pub fn to_saved(&self) -> String {
        format!("{}:{}", self.step, encode_answers(&self.answers))
    }

    /// Reads `to_saved`'s text; `None` if it is not that.
    pub fn from_saved(text: &str) -> Option<Progress> {
        let (step, link) = text.split_once(':')?;
        let step: usize = step.parse().ok()?;
        Some(Progress {
            answers: decode_answers(link).ok()?,
            step: step.min(QUESTION_COUNT),
        })
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
