//! Answers written in format 1 (`q1`: the first twelve questions, from the first release
//! of the wizard), read into today's questions. A table per old question; the two new
//! questions (the deadline, meeting the users) stay unanswered.

use super::answers::Answers;
use super::questions::a::{
    daily, expertise, meetings, need, objectives, owner, regulatory, sponsor, stage, tasks,
};
use super::questions::q;

/// How many answers each format-1 question had.
pub const Q1_ANSWER_COUNTS: [u8; 12] = [3, 4, 3, 4, 3, 4, 3, 4, 3, 3, 3, 4];

/// The format-1 questions, by index.
pub mod q1 {
    pub const CARRIER: usize = 0;
    pub const OWNER_TIME: usize = 1;
    pub const SPONSOR: usize = 2;
    pub const NEED: usize = 3;
    pub const OBJECTIVES: usize = 4;
    pub const REALIGNMENTS: usize = 5;
    pub const EXPERTISE: usize = 6;
    pub const DAILY: usize = 7;
    pub const REGULATORY: usize = 8;
    pub const RITUALS: usize = 9;
    pub const OTHER_TASKS: usize = 10;
    pub const STAGE: usize = 11;
}

/// Format-1 questions carried over one to one: old question, new question, and the new
/// answer of each old answer.
pub const ONE_TO_ONE: [(usize, usize, &[u8]); 9] = [
    (
        q1::NEED,
        q::NEED,
        &[need::SERVICE, need::ONE_OFF, need::COMMON, need::DONT_KNOW],
    ),
    (
        q1::STAGE,
        q::STAGE,
        &[stage::IDEA, stage::BUILDING, stage::IN_USE, stage::STOPPING],
    ),
    (
        q1::SPONSOR,
        q::SPONSOR,
        &[sponsor::DECIDES, sponsor::LAUNCH_ONLY, sponsor::NONE],
    ),
    (
        q1::OBJECTIVES,
        q::OBJECTIVES,
        &[objectives::SHARED, objectives::PARTLY, objectives::MISSING],
    ),
    (
        q1::EXPERTISE,
        q::EXPERTISE,
        &[expertise::ALL, expertise::SOME, expertise::DEVELOPERS],
    ),
    (
        q1::DAILY,
        q::DAILY,
        &[
            daily::DNUM,
            daily::BUSINESS,
            daily::CONTRACTOR,
            daily::NOBODY,
        ],
    ),
    // "Non, ou on ne sait pas" read as "Non, aucun", as the old rules did.
    (
        q1::REGULATORY,
        q::REGULATORY,
        &[regulatory::ALL, regulatory::SOME, regulatory::NONE],
    ),
    (
        q1::RITUALS,
        q::MEETINGS,
        &[meetings::LIGHT, meetings::HEAVY, meetings::NONE],
    ),
    (
        q1::OTHER_TASKS,
        q::TASKS,
        &[tasks::EACH, tasks::PART, tasks::NONE],
    ),
];

/// Who carries the policy (rows: a business directorate, the DNUM, nobody, unanswered)
/// and the owner's time (columns: 60 % or more, between 20 and 60 %, less than 20 % or
/// unknown, not applicable, unanswered) are now one question. "Less than 20 %, or
/// unknown" is read as less than 20 %, as the old rules did.
pub const OWNER: [[Option<u8>; 5]; 4] = [
    [
        Some(owner::FULL),
        Some(owner::PART),
        Some(owner::LITTLE),
        Some(owner::TIME_UNKNOWN),
        Some(owner::TIME_UNKNOWN),
    ],
    [Some(owner::DNUM); 5],
    [Some(owner::NOBODY); 5],
    [
        Some(owner::FULL),
        Some(owner::PART),
        Some(owner::LITTLE),
        Some(owner::DNUM),
        None,
    ],
];

/// "Priorities renegotiated all the time" (the old question on renegotiations, dropped)
/// is now part of the answer "Non : ils restent à écrire, ou sont renégociés sans cesse".
pub const RENEGOTIATED_ALL_THE_TIME: u8 = 2;

/// Today's answers for format-1 answers (one per old question, in the old order).
pub fn from_q1(old: &[Option<u8>]) -> Answers {
    let at = |question: usize| old.get(question).copied().flatten();
    let mut answers = Answers::default();
    for (from, to, map) in ONE_TO_ONE {
        if let Some(&answer) = at(from).and_then(|a| map.get(usize::from(a))) {
            answers.set(to, answer);
        }
    }
    let column = |a: Option<u8>, unanswered: usize| a.map_or(unanswered, usize::from);
    let carrier = column(at(q1::CARRIER), 3).min(3);
    let time = column(at(q1::OWNER_TIME), 4).min(4);
    if let Some(answer) = OWNER[carrier][time] {
        answers.set(q::OWNER, answer);
    }
    if at(q1::REALIGNMENTS) == Some(RENEGOTIATED_ALL_THE_TIME) {
        answers.set(q::OBJECTIVES, objectives::MISSING);
    }
    answers
}
