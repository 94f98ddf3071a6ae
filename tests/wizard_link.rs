//! "Pourquoi le mode produit ?": the answers link (format 2, `q2`), format-1 links and
//! saved progress read into today's questions, and *Suivant* without an answer.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use binome::domain::lang::Lang;
use binome::domain::link::LinkError;
use binome::domain::wizard::answers::answers_from;
use binome::domain::wizard::migration::{q1, ONE_TO_ONE, OWNER, Q1_ANSWER_COUNTS};
use binome::domain::wizard::questions::{a::*, q, QUESTIONS, QUESTION_COUNT};
use binome::domain::wizard::{
    decode_answers, encode_answers, evaluate, Advance, Answers, Progress,
};

/// A link as Binôme seals an uncompressed payload: `q`, the format version, then base64
/// of flags, payload and CRC-32. Format 1 can no longer be written by the app itself.
fn seal(version: char, payload: &[u8]) -> String {
    let mut body = vec![0];
    body.extend_from_slice(payload);
    let crc = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC).checksum(&body);
    body.extend_from_slice(&crc.to_be_bytes());
    format!("q{version}{}", URL_SAFE_NO_PAD.encode(body))
}

/// A format-1 link: one byte per old question (0: no answer; n: answer n − 1).
fn q1_link(old: [u8; 12]) -> String {
    let mut payload = vec![12];
    payload.extend(old);
    seal('1', &payload)
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/links/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap().trim().to_owned()
}

/// Every question with its last answer.
fn every_last() -> Answers {
    let pairs: Vec<(usize, u8)> = QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, q)| (i, q.answers.len() as u8 - 1))
        .collect();
    answers_from(&pairs)
}

#[test]
fn the_result_link_reopens_the_same_answers() {
    for answers in [
        Answers::default(),
        Answers([Some(0); QUESTION_COUNT]),
        every_last(),
        answers_from(&[(q::TASKS, tasks::NONE)]),
    ] {
        let link = encode_answers(&answers);
        assert!(link.starts_with("q2"), "{link}");
        assert!(link.len() < 40, "{link}");
        assert_eq!(decode_answers(&link), Ok(answers));
    }
}

#[test]
fn the_format_1_fixture_still_opens_read_into_todays_questions() {
    let link = fixture("q1-answers.txt");
    // Sealed the way the first release did: the helper is the old format.
    let mut old = [1; 12];
    old[q1::OBJECTIVES] = 2;
    old[q1::REGULATORY] = 3;
    assert_eq!(q1_link(old), link);
    let answers = decode_answers(&link).unwrap();
    assert_eq!(
        answers,
        answers_from(&[
            (q::NEED, need::SERVICE),
            (q::STAGE, stage::IDEA),
            (q::OWNER, owner::FULL),
            (q::SPONSOR, sponsor::DECIDES),
            (q::OBJECTIVES, objectives::PARTLY),
            (q::DAILY, daily::DNUM),
            (q::EXPERTISE, expertise::ALL),
            (q::REGULATORY, regulatory::NONE),
            (q::MEETINGS, meetings::LIGHT),
            (q::TASKS, tasks::EACH),
        ])
    );
    // The two new questions were never asked: they stay unanswered, and say nothing.
    assert_eq!(answers.count(), QUESTION_COUNT - 2);
    let outcome = evaluate(&answers, Lang::Fr);
    let risks: Vec<&str> = outcome.risks.iter().map(|r| r.id).collect();
    assert_eq!(risks, ["obligations-unowned", "objectives-partial"]);
}

#[test]
fn every_format_1_answer_reads_as_an_answer_of_today() {
    for (from, to, map) in ONE_TO_ONE {
        assert_eq!(map.len(), usize::from(Q1_ANSWER_COUNTS[from]), "{from}");
        for (old_answer, &new_answer) in map.iter().enumerate() {
            assert!(usize::from(new_answer) < QUESTIONS[to].answers.len());
            let mut old = [0; 12];
            old[from] = old_answer as u8 + 1;
            let read = decode_answers(&q1_link(old)).unwrap();
            assert_eq!(
                read,
                answers_from(&[(to, new_answer)]),
                "{from} {old_answer}"
            );
        }
    }
    for (carrier, row) in OWNER.iter().enumerate() {
        for (time, owner) in row.iter().enumerate() {
            let mut old = [0; 12];
            old[q1::CARRIER] = if carrier == 3 { 0 } else { carrier as u8 + 1 };
            old[q1::OWNER_TIME] = if time == 4 { 0 } else { time as u8 + 1 };
            let read = decode_answers(&q1_link(old)).unwrap();
            assert_eq!(read.0[q::OWNER], *owner, "carrier {carrier}, time {time}");
        }
    }
}

/// The answers of format 1 that had no exact match today, and what they became.
#[test]
fn format_1_answers_without_an_exact_match_read_as_the_old_rules_did() {
    let read = |question: usize, answer: u8| {
        let mut old = [0; 12];
        old[q1::CARRIER] = 1;
        old[question] = answer + 1;
        decode_answers(&q1_link(old)).unwrap()
    };
    // "Non, ou on ne sait pas" gave the risk of no owner at all.
    assert_eq!(
        read(q1::REGULATORY, 2).0[q::REGULATORY],
        Some(regulatory::NONE)
    );
    // "Moins de 20 %, ou on ne sait pas" gave the risk of less than 20 %.
    assert_eq!(read(q1::OWNER_TIME, 2).0[q::OWNER], Some(owner::LITTLE));
    // "Entre 20 et 60 %".
    assert_eq!(read(q1::OWNER_TIME, 1).0[q::OWNER], Some(owner::PART));
    // A business directorate, its time "Sans objet": nothing is known of that time.
    assert_eq!(
        read(q1::OWNER_TIME, 3).0[q::OWNER],
        Some(owner::TIME_UNKNOWN)
    );
    // "Cela dépend des jours, ou le prestataire s'en charge".
    assert_eq!(read(q1::DAILY, 2).0[q::DAILY], Some(daily::CONTRACTOR));
}

#[test]
fn priorities_renegotiated_all_the_time_read_as_missing_objectives() {
    for realignments in 1..=4 {
        let mut old = [0; 12];
        old[q1::OBJECTIVES] = 1;
        old[q1::REALIGNMENTS] = realignments;
        let read = decode_answers(&q1_link(old)).unwrap();
        let expected = if realignments == 3 {
            objectives::MISSING
        } else {
            objectives::SHARED
        };
        assert_eq!(read.0[q::OBJECTIVES], Some(expected), "{realignments}");
    }
}

#[test]
fn damaged_newer_and_foreign_links_are_refused() {
    let link = encode_answers(&every_last());
    let damaged = format!("{}A", &link[..link.len() - 1]);
    assert_eq!(decode_answers(&damaged), Err(LinkError::Damaged));
    let mut payload = vec![12; 13];
    payload[1 + q::NEED] = 5;
    assert_eq!(
        decode_answers(&seal('2', &payload)),
        Err(LinkError::Damaged),
        "no such answer"
    );
    assert_eq!(
        decode_answers(&seal('2', &[3, 1, 1])),
        Err(LinkError::Damaged),
        "count"
    );
    assert_eq!(
        decode_answers(&seal('2', &[13; 14])),
        Err(LinkError::Damaged),
        "too long"
    );
    let mut old = [0; 12];
    old[q1::CARRIER] = 4;
    assert_eq!(
        decode_answers(&q1_link(old)),
        Err(LinkError::Damaged),
        "format 1 had 3 answers"
    );
    assert_eq!(
        decode_answers(&seal('3', &[0])),
        Err(LinkError::NewerVersion)
    );
    assert_eq!(decode_answers("s1AAAHAG4FSds"), Err(LinkError::NotBinome));
}

#[test]
fn progress_round_trips_through_storage_text() {
    let progress = Progress {
        answers: every_last(),
        step: 7,
    };
    let saved = progress.to_saved();
    assert!(saved.starts_with("7:q2"), "{saved}");
    assert_eq!(Progress::from_saved(&saved), Some(progress));
    assert_eq!(Progress::from_saved("99:q2AAwAAAAAAAAAAAAAA"), None);
    assert_eq!(
        Progress::from_saved("3:q3AAAA"),
        None,
        "kept as a backup by the app"
    );
}

#[test]
fn progress_saved_by_the_first_wizard_still_loads_migrated() {
    let link = fixture("q1-answers.txt");
    let at_result = Progress::from_saved(&format!("12:{link}")).unwrap();
    assert_eq!(
        at_result.step, QUESTION_COUNT,
        "the result stays the result"
    );
    assert_eq!(at_result.answers, decode_answers(&link).unwrap());
    // Midway, the old step means nothing today: on to the first question left to answer.
    let midway = Progress::from_saved(&format!("5:{link}")).unwrap();
    assert_eq!(midway.step, q::DEADLINE);
    let mut old = [0; 12];
    old[q1::CARRIER] = 1;
    let started = Progress::from_saved(&format!("1:{}", q1_link(old))).unwrap();
    assert_eq!(started.step, q::NEED);
    assert_eq!(started.answers.0[q::OWNER], Some(owner::TIME_UNKNOWN));
    // Saved again, it is format 2.
    assert!(midway.to_saved().starts_with("4:q2"));
}

#[test]
fn suivant_without_an_answer_records_je_ne_sais_pas_or_asks_for_one() {
    let mut progress = Progress::default();
    progress.answers.set(q::NEED, need::SERVICE);
    assert_eq!(progress.advance(), Advance::Moved);
    assert_eq!(progress.step, q::STAGE);
    // Where one is, "Je ne sais pas" is not an honest answer: one must be chosen.
    assert_eq!(QUESTIONS[q::STAGE].dont_know, None);
    assert_eq!(progress.advance(), Advance::AnswerNeeded);
    assert_eq!(progress.step, q::STAGE);
    assert_eq!(progress.answers.0[q::STAGE], None);
    progress.answers.set(q::STAGE, stage::IDEA);
    assert_eq!(progress.advance(), Advance::Moved);
    assert_eq!(progress.advance(), Advance::DontKnowRecorded(owner::NOBODY));
    assert_eq!(progress.answers.0[q::OWNER], Some(owner::NOBODY));
    assert_eq!(progress.step, q::SPONSOR);
    while progress.step < QUESTION_COUNT {
        assert!(matches!(progress.advance(), Advance::DontKnowRecorded(_)));
    }
    assert_eq!(progress.answers.count(), QUESTION_COUNT);
    assert_eq!(
        progress.advance(),
        Advance::Moved,
        "nothing happens on the result"
    );
    assert_eq!(progress.step, QUESTION_COUNT);
    let answers = progress.answers.clone();
    for (i, question) in QUESTIONS.iter().enumerate().skip(q::SPONSOR) {
        let recorded = &question.answers[usize::from(answers.0[i].unwrap())];
        assert!(
            recorded.text.fr.to_lowercase().contains("je ne sais pas"),
            "{}",
            recorded.text.fr
        );
    }
}
