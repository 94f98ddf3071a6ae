//! The answers given so far, and how the rules read them.

use super::questions::{QUESTIONS, QUESTION_COUNT};
use super::rules::{When, UNANSWERED};

/// The answer chosen for each question, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub [Option<u8>; QUESTION_COUNT]);

/// One answer given: question index, answer index (or [`UNANSWERED`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answered {
    pub question: usize,
    pub answer: u8,
}

impl Answers {
    pub fn answer(&self, question: usize) -> u8 {
        self.0
            .get(question)
            .copied()
            .flatten()
            .unwrap_or(UNANSWERED)
    }

    /// Sets an answer, ignoring answers that do not exist.
    pub fn set(&mut self, question: usize, answer: u8) {
        let exists = QUESTIONS
            .get(question)
            .is_some_and(|q| usize::from(answer) < q.answers.len());
        if exists {
            self.0[question] = Some(answer);
        }
    }

    pub fn count(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// The first question without an answer.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none)
    }

    pub(super) fn holds(&self, condition: &When) -> bool {
        condition.answers.contains(&self.answer(condition.question))
    }

    pub(super) fn hold_all(&self, conditions: &[When]) -> bool {
        conditions.iter().all(|c| self.holds(c))
    }

    /// The answers given to the questions of `conditions`, once each.
    pub(super) fn because<'a>(
        &self,
        conditions: impl IntoIterator<Item = &'a When>,
    ) -> Vec<Answered> {
        let mut because = Vec::new();
        for c in conditions {
            let answered = Answered {
                question: c.question,
                answer: self.answer(c.question),
            };
            if !because.contains(&answered) {
                because.push(answered);
            }
        }
        because
    }
}

/// Answers from `(question, answer)` pairs; the other questions stay unanswered.
pub fn answers_from(pairs: &[(usize, u8)]) -> Answers {
    let mut answers = Answers::default();
    for (question, answer) in pairs {
        answers.set(*question, *answer);
    }
    answers
}
