//! "Pourquoi le mode produit ?", the rules as data: the questions and their answers (ranges
//! that do not overlap, "Je ne sais pas"), every risk's own reasoning, no text said twice,
//! no dead answer, the result's shape for any answers, and French typography.

use binome::domain::lang::{Lang, Text};
use binome::domain::wizard::asks::{ASK_RULES, KEEP_ASKING};
use binome::domain::wizard::conditions::CONDITION_RULES;
use binome::domain::wizard::contrasts::CONTRAST_RULES;
use binome::domain::wizard::outcome::{FIRST_STEPS, MAX_CONDITIONS, MIN_CONDITIONS};
use binome::domain::wizard::questions::{Percent, QUESTIONS};
use binome::domain::wizard::risks::RISK_RULES;
use binome::domain::wizard::rules::{Adjustment, SetUp, Source, Who};
use binome::domain::wizard::setups::SET_UP_RULES;
use binome::domain::wizard::splits::{
    COMMON_SERVICE, PROJECT, SPLIT_NAME, SPONSOR_DECISION, SPONSOR_NOTE, SPONSOR_ROLE, TO_BE_NAMED,
};
use binome::domain::wizard::{evaluate, Answers, Outcome};

#[test]
fn there_are_at_most_twelve_questions_each_with_answers_and_a_why() {
    assert!(QUESTIONS.len() <= 12);
    for question in &QUESTIONS {
        assert!(
            (2..=6).contains(&question.answers.len()),
            "{}",
            question.text.fr
        );
        for lang in Lang::ALL {
            assert!(question.why.get(lang).len() > 20, "{}", question.text.fr);
            assert!(
                question.text.get(lang).ends_with('?'),
                "{}",
                question.text.get(lang)
            );
        }
    }
}

#[test]
fn answer_ranges_do_not_overlap_and_say_their_bounds() {
    let mut questions_with_ranges = 0;
    for question in &QUESTIONS {
        let mut ranges: Vec<(Percent, Text)> = question
            .answers
            .iter()
            .filter_map(|a| a.percent.map(|p| (p, a.text)))
            .collect();
        if ranges.is_empty() {
            continue;
        }
        questions_with_ranges += 1;
        ranges.sort_by_key(|(p, _)| p.min);
        assert_eq!(ranges[0].0.min, 0, "{}", question.text.fr);
        assert_eq!(ranges.last().unwrap().0.max, 100, "{}", question.text.fr);
        for pair in ranges.windows(2) {
            let (low, high) = (pair[0].0, pair[1].0);
            assert!(low.min <= low.max, "{low:?}");
            assert_eq!(
                high.min,
                low.max + 1,
                "no overlap, no gap: {low:?} {high:?}"
            );
        }
        for (range, text) in &ranges {
            if range.min > 0 {
                assert!(
                    text.fr.contains(&format!("{}\u{a0}%", range.min)),
                    "{}",
                    text.fr
                );
                assert!(text.en.contains(&format!("{}%", range.min)), "{}", text.en);
            }
            if range.max < 100 {
                let said = [range.max, range.max + 1]
                    .iter()
                    .any(|n| text.fr.contains(&format!("{n}\u{a0}%")));
                assert!(said, "{}", text.fr);
            }
        }
    }
    assert_eq!(questions_with_ranges, 1, "the owner's time");
}

#[test]
fn je_ne_sais_pas_is_an_answer_wherever_it_is_honest() {
    let mut with_dont_know = 0;
    for question in &QUESTIONS {
        for (i, answer) in question.answers.iter().enumerate() {
            let says_it = answer.text.fr.to_lowercase().contains("je ne sais pas");
            assert_eq!(
                says_it,
                question.dont_know == Some(i as u8),
                "{}",
                answer.text.fr
            );
            assert_eq!(
                says_it,
                answer.text.en.contains("don't know"),
                "{}",
                answer.text.en
            );
        }
        with_dont_know += usize::from(question.dont_know.is_some());
    }
    assert!(with_dont_know >= QUESTIONS.len() - 1, "{with_dont_know}");
}

#[test]
fn every_risk_has_its_reasoning_a_next_step_with_who_does_it_and_a_source() {
    let steps = RISK_RULES
        .iter()
        .map(|r| &r.step)
        .chain(SetUp::ALL.iter().flat_map(|s| s.steps()));
    for step in steps {
        // Read after "<who> : ", a step has no colon of its own.
        assert!(
            !step.text.fr.contains(':') && !step.text.en.contains(':'),
            "{}",
            step.text.fr
        );
    }
    for rule in RISK_RULES {
        assert!(!rule.when.is_empty(), "{}", rule.id);
        assert!((1..=3).contains(&rule.weight), "{}", rule.id);
        for lang in Lang::ALL {
            for text in [rule.title, rule.why, rule.change, rule.step.text] {
                let text = text.get(lang);
                assert!(
                    text.len() > 20 && text.ends_with('.'),
                    "{}: {text}",
                    rule.id
                );
            }
            assert!(!rule.source.text().get(lang).is_empty());
        }
        assert!(!rule.asks.is_empty(), "{}", rule.id);
    }
    for (i, rule) in RISK_RULES.iter().enumerate() {
        assert!(
            RISK_RULES[..i].iter().all(|r| r.id != rule.id),
            "{}",
            rule.id
        );
    }
    for (i, rule) in CONDITION_RULES.iter().enumerate() {
        assert!(
            CONDITION_RULES[..i].iter().all(|r| r.id != rule.id),
            "{}",
            rule.id
        );
    }
}

/// Every text the wizard's reasoning writes, once each, by kind: none may be said twice.
fn reasoning_texts() -> Vec<(&'static str, Text)> {
    let mut texts = Vec::new();
    for set_up in SetUp::ALL {
        texts.push(("set-up title", set_up.title()));
        for step in set_up.steps() {
            texts.push(("set-up step", step.text));
        }
    }
    for rule in SET_UP_RULES {
        texts.push(("set-up explanation", rule.explanation));
    }
    for rule in CONDITION_RULES {
        texts.push(("condition", rule.text));
        texts.push(("otherwise", rule.otherwise));
    }
    for rule in RISK_RULES {
        texts.push(("risk", rule.title));
        texts.push(("why", rule.why));
        texts.push(("change", rule.change));
        texts.push(("step", rule.step.text));
        for adjustment in rule.adjust {
            if let Adjustment::Cell { note, .. } = adjustment {
                texts.push(("split note", *note));
            }
        }
    }
    for rule in CONTRAST_RULES {
        texts.push(("project", rule.project));
        texts.push(("product", rule.product));
    }
    for ask in &KEEP_ASKING {
        texts.push(("question to keep asking", ask.text));
    }
    texts
}

/// Every text of the wizard, reasoning or not.
fn all_texts() -> Vec<Text> {
    let mut texts: Vec<Text> = reasoning_texts().into_iter().map(|(_, t)| t).collect();
    for question in &QUESTIONS {
        texts.extend([question.text, question.why]);
        texts.extend(question.answers.iter().map(|a| a.text));
    }
    texts.extend(Source::ALL.map(Source::text));
    for set_up in SetUp::ALL {
        texts.extend(Who::ALL.map(|who| who.label(set_up)));
        texts.extend(Who::ALL.map(|who| set_up.group_title(who)));
    }
    texts.extend([
        SPLIT_NAME,
        SPONSOR_ROLE,
        SPONSOR_DECISION,
        SPONSOR_NOTE,
        TO_BE_NAMED,
    ]);
    for plain in [&PROJECT, &COMMON_SERVICE] {
        texts.extend(plain.roles);
        texts.push(plain.group);
        texts.extend(plain.rows.iter().map(|(label, _)| *label));
    }
    texts
}

#[test]
fn no_two_outputs_share_their_reasoning_text() {
    let texts = reasoning_texts();
    for lang in Lang::ALL {
        for (i, (kind, text)) in texts.iter().enumerate() {
            for (other_kind, other) in &texts[..i] {
                assert_ne!(
                    text.get(lang),
                    other.get(lang),
                    "a {kind} says what a {other_kind} says"
                );
            }
        }
    }
}

#[test]
fn every_question_to_keep_asking_is_made_to_matter_by_some_answer() {
    for (i, ask) in KEEP_ASKING.iter().enumerate() {
        let raised = RISK_RULES.iter().any(|r| r.asks.contains(&i))
            || ASK_RULES.iter().any(|r| r.asks.contains(&i));
        assert!(raised, "{}", ask.text.fr);
    }
}

/// A deterministic stream of numbers (xorshift), for answer sets.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }

    /// Any answers, some questions left without one.
    fn answers(&mut self) -> Answers {
        let mut answers = Answers::default();
        for (i, question) in QUESTIONS.iter().enumerate() {
            let pick = self.roll(question.answers.len() + 1);
            if pick < question.answers.len() {
                answers.set(i, pick as u8);
            }
        }
        answers
    }
}

/// What a person reads in a result, without the "parce que" lines (which name the
/// answers, and so always differ).
fn essence(outcome: &Outcome) -> String {
    let mut read = format!("{:?}|{}|", outcome.set_up, outcome.explanation.fr);
    for c in &outcome.conditions {
        read += c.id;
    }
    for s in &outcome.first_steps {
        read += s.text.fr;
    }
    for r in &outcome.risks {
        read += r.id;
    }
    for c in &outcome.split_changes {
        read += &format!("{}{}{:?}{}", c.row, c.role, c.level, c.note);
    }
    for c in &outcome.contrasts {
        read += c.product.fr;
    }
    for g in &outcome.keep_asking {
        read += g.title.fr;
        for k in &g.questions {
            read += &format!("{}{}", k.question.fr, k.shown_first);
        }
    }
    read + &format!("{:?}", outcome.split.without_ids())
}

#[test]
fn no_answer_is_dead_each_changes_the_result_against_every_other_answer_somewhere() {
    // Pairs (question, answer, other answer) not yet told apart by some set of the other
    // answers.
    let mut apart: Vec<(usize, usize, usize)> = Vec::new();
    for (q, question) in QUESTIONS.iter().enumerate() {
        for a in 0..question.answers.len() {
            for b in 0..a {
                apart.push((q, a, b));
            }
        }
    }
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let mut contexts = vec![Answers::default(), Answers([Some(0); 12])];
    for _ in 0..3000 {
        if apart.is_empty() {
            break;
        }
        if contexts.is_empty() {
            contexts.push(dice.answers());
        }
        let context = contexts.pop().unwrap();
        for (q, question) in QUESTIONS.iter().enumerate() {
            let read: Vec<String> = (0..question.answers.len())
                .map(|a| {
                    let mut answers = context.clone();
                    answers.set(q, a as u8);
                    essence(&evaluate(&answers, Lang::Fr))
                })
                .collect();
            apart.retain(|&(pq, a, b)| pq != q || read[a] == read[b]);
        }
    }
    let dead: Vec<String> = apart
        .iter()
        .map(|&(q, a, b)| {
            let answers = QUESTIONS[q].answers;
            format!("{} / {}", answers[a].text.fr, answers[b].text.fr)
        })
        .collect();
    assert!(
        dead.is_empty(),
        "answers that always give the same result: {dead:?}"
    );
}

#[test]
fn any_answers_give_two_or_three_conditions_at_most_three_first_steps_and_one_change_a_cell() {
    let mut dice = Dice(42);
    for _ in 0..1500 {
        let answers = dice.answers();
        let outcome = evaluate(&answers, Lang::Fr);
        let n = outcome.conditions.len();
        assert!(
            (MIN_CONDITIONS..=MAX_CONDITIONS).contains(&n),
            "{answers:?}"
        );
        assert!(
            (1..=FIRST_STEPS).contains(&outcome.first_steps.len()),
            "{answers:?}"
        );
        let topics: Vec<_> = outcome
            .conditions
            .iter()
            .map(|c| CONDITION_RULES.iter().find(|r| r.id == c.id).unwrap().topic)
            .collect();
        for (i, topic) in topics.iter().enumerate() {
            assert!(!topics[..i].contains(topic), "{answers:?}");
        }
        for (i, change) in outcome.split_changes.iter().enumerate() {
            let twice = outcome.split_changes[..i]
                .iter()
                .any(|c| c.row == change.row && c.role == change.role);
            assert!(!twice, "two risks change one cell: {answers:?}");
        }
        let shown: usize = outcome
            .keep_asking
            .iter()
            .map(|g| g.questions.iter().filter(|k| k.shown_first).count())
            .sum();
        assert!(shown <= 5);
        assert_eq!(outcome.split.validate(), Ok(()));
        if outcome.set_up == SetUp::DnumProduct {
            // Its product manager reads the result; there is no business owner, no "co-".
            for step in outcome
                .first_steps
                .iter()
                .chain(outcome.risks.iter().map(|r| &r.step))
            {
                let who = step.who_label.fr;
                assert!(
                    !who.contains("porteur") && !who.contains("co-chef"),
                    "{who}"
                );
            }
        }
    }
}

fn french_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let spaced = |c: char| c == '\u{a0}' || c == '\u{202f}';
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            '\'' => problems.push("straight apostrophe".to_owned()),
            '"' => problems.push("straight quotes".to_owned()),
            ':' | ';' | '?' | '!' | '»' | '%' if !before.is_some_and(spaced) => {
                problems.push(format!("no no-break space before {c}"))
            }
            '«' if !after.is_some_and(spaced) => {
                problems.push("no no-break space after «".to_owned())
            }
            ' ' if after == Some(' ')
                || after.is_some_and(spaced)
                || before.is_some_and(spaced) =>
            {
                problems.push("double space".to_owned())
            }
            _ => {}
        }
    }
    if text
        .match_indices("etc")
        .any(|(i, _)| !text[i + 3..].starts_with('.'))
    {
        problems.push("etc without its full stop".to_owned());
    }
    if text.starts_with(' ') || text.ends_with(' ') {
        problems.push("space at an end".to_owned());
    }
    problems
}

fn english_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if text.contains(['\u{a0}', '\u{202f}', '«', '»', '’']) {
        problems.push("French typography in English".to_owned());
    }
    for mark in [" :", " ;", " ?", " !", " %", "  "] {
        if text.contains(mark) {
            problems.push(format!("{mark:?}"));
        }
    }
    if text
        .match_indices("etc")
        .any(|(i, _)| !text[i + 3..].starts_with('.'))
    {
        problems.push("etc without its full stop".to_owned());
    }
    problems
}

#[test]
fn every_wizard_text_follows_its_languages_typography() {
    let mut wrong = Vec::new();
    for text in all_texts() {
        for problem in french_problems(text.fr) {
            wrong.push(format!("{problem}: {}", text.fr));
        }
        for problem in english_problems(text.en) {
            wrong.push(format!("{problem}: {}", text.en));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_typography_checks_catch_what_they_look_for() {
    assert_eq!(french_problems("Oui : l'équipe").len(), 2);
    assert_eq!(french_problems("«\u{a0}bien\u{a0}» ; 60\u{a0}%").len(), 1);
    assert_eq!(french_problems("design, etc").len(), 1);
    assert!(french_problems("«\u{a0}bien\u{a0}»\u{a0}: 60\u{a0}%, etc.").is_empty());
    assert_eq!(english_problems("Yes : 60 %").len(), 2);
}

/// Words a head of a policy office would have to look up.
const JARGON: [&str; 9] = [
    "backlog",
    "user stor",
    "BizDev",
    "comitologie",
    "recette",
    "sprint",
    "MVP",
    " US ",
    "delivery",
];

#[test]
fn the_wizard_speaks_plainly() {
    for text in all_texts() {
        // The guide's own word, quoted and explained where it appears.
        let fr = text.fr.replace("«\u{a0}piloter le delivery\u{a0}»", "");
        for word in JARGON {
            assert!(!fr.contains(word), "{word}: {}", text.fr);
        }
    }
}
