//! "Pourquoi le mode produit ?": the table of answer sets (set-up, conditions, first steps,
//! risks), what every line of the result says about its answers, the questions to keep
//! asking, the split handed to the builder, and the issue's project as a link fixture. The
//! rules as data: `wizard_rules.rs`; links and saved progress: `wizard_link.rs`.

use binome::domain::lang::Lang;
use binome::domain::templates::{dnum_product, guide_table};
use binome::domain::wizard::answers::answers_from;
use binome::domain::wizard::conditions::CONDITION_RULES;
use binome::domain::wizard::contrasts::CONTRAST_RULES;
use binome::domain::wizard::outcome::{FIRST_STEPS, KEEP_ASKING_SHOWN_FIRST};
use binome::domain::wizard::questions::{a::*, q, QUESTIONS};
use binome::domain::wizard::risks::RISK_RULES;
use binome::domain::wizard::rules::{SetUp, Who, UNANSWERED};
use binome::domain::wizard::setups::SET_UP_RULES;
use binome::domain::wizard::{decode_answers, encode_answers, evaluate, Answers, Outcome};
use binome::domain::{Level, RoleSplit};

/// A service in good health, carried by a business directorate, being built.
fn healthy() -> Vec<(usize, u8)> {
    vec![
        (q::NEED, need::SERVICE),
        (q::STAGE, stage::BUILDING),
        (q::OWNER, owner::FULL),
        (q::SPONSOR, sponsor::DECIDES),
        (q::DEADLINE, deadline::NONE),
        (q::USERS, users::MET),
        (q::OBJECTIVES, objectives::SHARED),
        (q::DAILY, daily::DNUM),
        (q::EXPERTISE, expertise::ALL),
        (q::REGULATORY, regulatory::ALL),
        (q::MEETINGS, meetings::LIGHT),
        (q::TASKS, tasks::EACH),
    ]
}

/// The healthy answers with some changed; [`UNANSWERED`] leaves a question without one.
fn with(changes: &[(usize, u8)]) -> Answers {
    let mut pairs = healthy();
    for (question, answer) in changes {
        pairs[*question].1 = *answer;
    }
    pairs.retain(|(_, answer)| *answer != UNANSWERED);
    answers_from(&pairs)
}

/// The issue's project: a new online service for employers to declare workplace
/// accidents; the policy office owns it, its head gives about 20 % of her time, a DNUM
/// team exists, a decree sets the date.
fn workplace_accidents() -> Answers {
    with(&[
        (q::STAGE, stage::IDEA),
        (q::OWNER, owner::PART),
        (q::SPONSOR, sponsor::LAUNCH_ONLY),
        (q::DEADLINE, deadline::DATE_AND_SCOPE),
        (q::USERS, users::INTERMEDIARIES),
        (q::OBJECTIVES, objectives::PARTLY),
        (q::EXPERTISE, expertise::SOME),
        (q::REGULATORY, regulatory::DONT_KNOW),
        (q::MEETINGS, meetings::HEAVY),
        (q::TASKS, tasks::DONT_KNOW),
    ])
}

/// One row of the table. `steps` names the risk each first step answers, or `SET_UP` for
/// the set-up's own steps.
struct Case {
    name: &'static str,
    answers: Answers,
    set_up: SetUp,
    conditions: &'static [&'static str],
    steps: &'static [&'static str],
    risks: &'static [&'static str],
}

const SET_UP: &str = "set-up";

fn table() -> Vec<Case> {
    vec![
        Case {
            name: "a healthy pair",
            answers: with(&[]),
            set_up: SetUp::CoProduct,
            conditions: &["owner-keeps-time", "sponsor-keeps-deciding"],
            steps: &[SET_UP],
            risks: &[],
        },
        Case {
            name: "the issue's project: workplace accidents, 20 %, a decree",
            answers: workplace_accidents(),
            set_up: SetUp::CoProduct,
            conditions: &["owner-time", "sponsor-decides", "scope-at-date"],
            steps: &["owner-part-time", "idea-with-date", "date-fixes-everything"],
            risks: &[
                "owner-part-time",
                "idea-with-date",
                "date-fixes-everything",
                "sponsor-launch-only",
                "users-through-intermediaries",
                "objectives-partial",
                "committees-heavy",
                "skills-partial",
            ],
        },
        Case {
            name: "made by and for the DNUM",
            answers: with(&[(q::OWNER, owner::DNUM)]),
            set_up: SetUp::DnumProduct,
            conditions: &["dnum-owns-vision", "sponsor-keeps-deciding"],
            steps: &[SET_UP],
            risks: &[],
        },
        Case {
            name: "a DNUM product winding down",
            answers: with(&[
                (q::OWNER, owner::DNUM),
                (q::STAGE, stage::STOPPING),
                (q::DAILY, daily::NOBODY),
                (q::REGULATORY, regulatory::SOME),
                (q::TASKS, tasks::PART),
                (q::MEETINGS, meetings::NONE),
            ]),
            set_up: SetUp::DnumProduct,
            conditions: &["dnum-owns-vision", "sponsor-keeps-deciding"],
            steps: &["daily-nobody", "obligations-partial", "stopping"],
            risks: &[
                "daily-nobody",
                "obligations-partial",
                "stopping",
                "meetings-none",
                "tasks-partial",
            ],
        },
        Case {
            name: "a DNUM product, nothing said of the sponsor",
            answers: with(&[(q::OWNER, owner::DNUM), (q::SPONSOR, UNANSWERED)]),
            set_up: SetUp::DnumProduct,
            conditions: &["dnum-owns-vision", "user-teams-involved"],
            steps: &[SET_UP],
            risks: &[],
        },
        Case {
            name: "nobody carries the policy",
            answers: with(&[(q::OWNER, owner::NOBODY)]),
            set_up: SetUp::NameOwnersFirst,
            conditions: &["name-owner", "sponsor-names-first"],
            steps: &["owner-nobody"],
            risks: &["owner-nobody"],
        },
        Case {
            name: "an owner on paper: less than a day a week, no sponsor",
            answers: with(&[(q::OWNER, owner::LITTLE), (q::SPONSOR, sponsor::NONE)]),
            set_up: SetUp::NameOwnersFirst,
            conditions: &["name-owner", "name-sponsor"],
            steps: &["owner-little-time", "sponsor-none"],
            risks: &["owner-little-time", "sponsor-none"],
        },
        Case {
            name: "an owner whose time is not set, an unknown sponsor, a date",
            answers: with(&[
                (q::OWNER, owner::TIME_UNKNOWN),
                (q::SPONSOR, sponsor::DONT_KNOW),
                (q::DEADLINE, deadline::DATE_ONLY),
            ]),
            set_up: SetUp::NameOwnersFirst,
            conditions: &["name-owner", "name-sponsor", "name-before-date"],
            steps: &["owner-time-unset", "sponsor-unknown"],
            risks: &["owner-time-unset", "sponsor-unknown"],
        },
        Case {
            name: "less than a day a week, with a sponsor",
            answers: with(&[(q::OWNER, owner::LITTLE)]),
            set_up: SetUp::CoProduct,
            conditions: &["owner-time", "sponsor-keeps-deciding"],
            steps: &["owner-little-time"],
            risks: &["owner-little-time"],
        },
        Case {
            name: "a one-off",
            answers: with(&[(q::NEED, need::ONE_OFF)]),
            set_up: SetUp::NotNowOneOff,
            conditions: &["need-frozen", "nothing-after"],
            steps: &[SET_UP, SET_UP, SET_UP],
            risks: &[],
        },
        Case {
            name: "a one-off nobody will try, its obligations unowned",
            answers: with(&[
                (q::NEED, need::ONE_OFF),
                (q::USERS, users::NOT_YET),
                (q::REGULATORY, regulatory::NONE),
                (q::SPONSOR, sponsor::NONE),
            ]),
            set_up: SetUp::NotNowOneOff,
            conditions: &["need-frozen", "delivery-tried", "obligations-specified"],
            steps: &[SET_UP, SET_UP, SET_UP],
            risks: &[],
        },
        Case {
            name: "a common service exists",
            answers: with(&[(q::NEED, need::COMMON)]),
            set_up: SetUp::NotNowCommonService,
            conditions: &["common-fits", "rollout-carried"],
            steps: &[SET_UP, SET_UP, SET_UP],
            risks: &[],
        },
        Case {
            name: "a common service, a date, users out of reach",
            answers: with(&[
                (q::NEED, need::COMMON),
                (q::DEADLINE, deadline::DATE_AND_SCOPE),
                (q::USERS, users::DONT_KNOW),
            ]),
            set_up: SetUp::NotNowCommonService,
            conditions: &["common-fits", "common-before-date", "common-tried"],
            steps: &[SET_UP, SET_UP, SET_UP],
            risks: &[],
        },
        Case {
            name: "the contractor decides, developers only",
            answers: with(&[
                (q::DAILY, daily::CONTRACTOR),
                (q::EXPERTISE, expertise::DEVELOPERS),
                (q::OBJECTIVES, objectives::MISSING),
                (q::REGULATORY, regulatory::NONE),
            ]),
            set_up: SetUp::CoProduct,
            conditions: &["daily-named", "owner-keeps-time"],
            steps: &[
                "objectives-missing",
                "daily-contractor",
                "skills-developers-only",
            ],
            risks: &[
                "objectives-missing",
                "daily-contractor",
                "skills-developers-only",
                "obligations-unowned",
            ],
        },
        Case {
            name: "an idea nobody can describe yet",
            answers: with(&[
                (q::NEED, need::DONT_KNOW),
                (q::STAGE, stage::IDEA),
                (q::USERS, users::DONT_KNOW),
                (q::OBJECTIVES, objectives::DONT_KNOW),
                (q::DEADLINE, deadline::DONT_KNOW),
            ]),
            set_up: SetUp::CoProduct,
            conditions: &["investigate-first", "users-met"],
            steps: &["need-unclear", "date-unknown", "users-unknown"],
            risks: &[
                "need-unclear",
                "date-unknown",
                "users-unknown",
                "objectives-unknown",
            ],
        },
        Case {
            name: "a part-time owner who follows the developers too",
            answers: with(&[
                (q::OWNER, owner::PART),
                (q::DAILY, daily::BUSINESS),
                (q::USERS, users::NOT_YET),
            ]),
            set_up: SetUp::CoProduct,
            conditions: &["owner-time", "users-met", "daily-named"],
            steps: &["owner-part-time", "owner-does-daily", "users-not-met"],
            risks: &["owner-part-time", "owner-does-daily", "users-not-met"],
        },
        Case {
            name: "a full-time owner on the daily, heavy committees, chores unowned",
            answers: with(&[
                (q::DAILY, daily::BUSINESS),
                (q::MEETINGS, meetings::HEAVY),
                (q::TASKS, tasks::NONE),
            ]),
            set_up: SetUp::CoProduct,
            conditions: &["daily-named", "owner-keeps-time"],
            steps: &["daily-business", "committees-heavy", "tasks-unowned"],
            risks: &["daily-business", "committees-heavy", "tasks-unowned"],
        },
        Case {
            name: "in service, a sponsor seen at the launch only, a date",
            answers: with(&[
                (q::STAGE, stage::IN_USE),
                (q::SPONSOR, sponsor::LAUNCH_ONLY),
                (q::DEADLINE, deadline::DATE_ONLY),
            ]),
            set_up: SetUp::CoProduct,
            conditions: &["sponsor-decides", "first-version-at-date"],
            steps: &["sponsor-launch-only"],
            risks: &["sponsor-launch-only"],
        },
        Case {
            name: "nothing answered",
            answers: Answers::default(),
            set_up: SetUp::CoProduct,
            conditions: &["owner-named", "split-written"],
            steps: &[SET_UP],
            risks: &[],
        },
    ]
}

fn outcomes() -> Vec<(&'static str, Answers, Outcome)> {
    table()
        .into_iter()
        .map(|c| (c.name, c.answers.clone(), evaluate(&c.answers, Lang::Fr)))
        .collect()
}

#[test]
fn the_table_of_answer_sets_gives_the_expected_set_up_conditions_first_steps_and_risks() {
    let cases = table();
    assert!(cases.len() >= 15);
    for case in cases {
        let outcome = evaluate(&case.answers, Lang::Fr);
        let name = case.name;
        assert_eq!(outcome.set_up, case.set_up, "{name}");
        let conditions: Vec<&str> = outcome.conditions.iter().map(|c| c.id).collect();
        assert_eq!(conditions, case.conditions, "{name}");
        let steps: Vec<&str> = outcome
            .first_steps
            .iter()
            .map(|s| s.risk.unwrap_or(SET_UP))
            .collect();
        assert_eq!(steps, case.steps, "{name}");
        let risks: Vec<&str> = outcome.risks.iter().map(|r| r.id).collect();
        assert_eq!(risks, case.risks, "{name}");
    }
}

#[test]
fn the_table_reaches_every_set_up_rule_risk_condition_and_contrast() {
    let outcomes = outcomes();
    for set_up in SetUp::ALL {
        assert!(
            outcomes.iter().any(|(_, _, o)| o.set_up == set_up),
            "{set_up:?}"
        );
    }
    for rule in SET_UP_RULES {
        assert!(
            outcomes
                .iter()
                .any(|(_, _, o)| o.explanation == rule.explanation),
            "{}",
            rule.explanation.fr
        );
    }
    for rule in RISK_RULES {
        assert!(
            outcomes
                .iter()
                .any(|(_, _, o)| o.risks.iter().any(|r| r.id == rule.id)),
            "{}",
            rule.id
        );
    }
    for rule in CONDITION_RULES {
        assert!(
            outcomes
                .iter()
                .any(|(_, _, o)| o.conditions.iter().any(|c| c.id == rule.id)),
            "{}",
            rule.id
        );
    }
    for rule in CONTRAST_RULES {
        assert!(
            outcomes
                .iter()
                .any(|(_, _, o)| o.contrasts.iter().any(|c| c.product == rule.product)),
            "{}",
            rule.product.fr
        );
    }
}

#[test]
fn a_wizard_that_always_says_yes_is_not_a_decision_wizard() {
    let not_now = outcomes()
        .iter()
        .filter(|(_, _, o)| !o.set_up.is_product_mode())
        .count();
    assert!(not_now >= 2);
}

#[test]
fn the_issues_project_reads_as_advice_for_that_project() {
    let outcome = evaluate(&workplace_accidents(), Lang::Fr);
    assert_eq!(
        outcome.conditions[0].sentence(Lang::Fr),
        "À condition que le porteur métier consacre au moins trois jours par semaine au service\u{a0}; sinon, qu’il en confie le quotidien à un adjoint qui a ce temps, et garde pour lui les arbitrages."
    );
    let first = &outcome.first_steps[0];
    assert_eq!(first.who, Who::BusinessOwner);
    assert!(
        first.sentence(Lang::Fr).starts_with(
            "Vous, porteur métier\u{a0}: réserver dès cette semaine des créneaux fixes"
        ),
        "{}",
        first.sentence(Lang::Fr)
    );
    let time = &outcome.risks[0];
    assert!(
        time.title.fr.contains("de 20\u{a0}% à 59\u{a0}%"),
        "{}",
        time.title.fr
    );
    assert_eq!(
        time.because,
        vec![binome::domain::wizard::Answered {
            question: q::OWNER,
            answer: owner::PART
        }]
    );
    assert_eq!(
        time.step.sentence(Lang::En),
        "You, the business owner: set aside fixed slots for the service from this week, two half-days at least, and ask the sponsor, before their next decision, to raise this time to three days or to name a deputy who has them."
    );
}

/// Its answers link, as the app writes it: a format-2 fixture that must keep opening.
#[test]
fn the_issues_project_is_the_format_2_fixture() {
    let path = format!(
        "{}/tests/fixtures/links/q2-answers.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let link = std::fs::read_to_string(path).unwrap();
    assert_eq!(decode_answers(link.trim()), Ok(workplace_accidents()));
    assert_eq!(encode_answers(&workplace_accidents()), link.trim());
}

#[test]
fn every_line_of_the_outcome_names_the_answers_that_produced_it() {
    for (name, answers, outcome) in outcomes() {
        let lines = std::iter::once(&outcome.set_up_because)
            .chain(outcome.conditions.iter().map(|c| &c.because))
            .chain(outcome.first_steps.iter().map(|s| &s.because))
            .chain(outcome.risks.iter().map(|r| &r.because))
            .chain(outcome.risks.iter().map(|r| &r.step.because))
            .chain(outcome.split_changes.iter().map(|c| &c.because))
            .chain(outcome.contrasts.iter().map(|c| &c.because));
        for because in lines {
            assert!(!because.is_empty(), "{name}");
            for answered in because {
                assert_eq!(answers.answer(answered.question), answered.answer, "{name}");
            }
        }
        for risk in &outcome.risks {
            assert!(
                risk.because.iter().all(|a| a.answer != UNANSWERED),
                "{name}: a risk comes from an answer given"
            );
        }
        for group in &outcome.keep_asking {
            for ask in group.questions.iter().filter(|k| k.relevance > 0) {
                assert!(!ask.because.is_empty(), "{name}: {}", ask.question.fr);
            }
        }
    }
}

#[test]
fn the_first_steps_are_at_most_three_and_are_the_heaviest_risks_steps() {
    for (name, _, outcome) in outcomes() {
        assert!(outcome.first_steps.len() <= FIRST_STEPS, "{name}");
        assert!(!outcome.first_steps.is_empty(), "{name}");
        for (step, risk) in outcome.first_steps.iter().zip(&outcome.risks) {
            assert_eq!(step, &risk.step, "{name}");
        }
    }
}

#[test]
fn questions_to_keep_asking_are_grouped_by_asker_and_ordered_by_relevance() {
    let outcome = evaluate(&with(&[(q::REGULATORY, regulatory::NONE)]), Lang::Fr);
    let titles: Vec<&str> = outcome.keep_asking.iter().map(|g| g.title.fr).collect();
    assert_eq!(
        titles,
        [
            "Pour vous, porteur métier",
            "Pour le co-chef de produit DNUM",
            "Pour le sponsor"
        ]
    );
    let dnum = &outcome.keep_asking[1];
    assert_eq!(dnum.asker, Who::DnumProductManager);
    assert!(dnum.questions[0]
        .question
        .fr
        .starts_with("Sécurité, homologation"));
    assert!(dnum.questions[0].shown_first);
    let shown: usize = outcome
        .keep_asking
        .iter()
        .map(|g| g.questions.iter().filter(|k| k.shown_first).count())
        .sum();
    assert_eq!(shown, 1, "only what the answers make matter is shown first");
    for (name, _, outcome) in outcomes() {
        let shown: usize = outcome
            .keep_asking
            .iter()
            .map(|g| g.questions.iter().filter(|k| k.shown_first).count())
            .sum();
        assert!(shown <= KEEP_ASKING_SHOWN_FIRST, "{name}");
        for group in &outcome.keep_asking {
            let relevance: Vec<u32> = group.questions.iter().map(|k| k.relevance).collect();
            assert!(
                relevance.windows(2).all(|w| w[0] >= w[1]),
                "{name}: {relevance:?}"
            );
        }
    }
}

#[test]
fn when_nothing_stands_out_the_first_question_of_each_asker_is_shown() {
    let outcome = evaluate(&with(&[]), Lang::Fr);
    for group in &outcome.keep_asking {
        let shown: Vec<bool> = group.questions.iter().map(|k| k.shown_first).collect();
        assert_eq!(shown.iter().filter(|s| **s).count(), 1);
        assert!(shown[0]);
    }
}

#[test]
fn the_dnum_product_manager_asks_the_business_owners_questions_for_a_dnum_product() {
    let outcome = evaluate(&with(&[(q::OWNER, owner::DNUM)]), Lang::Fr);
    let titles: Vec<&str> = outcome.keep_asking.iter().map(|g| g.title.fr).collect();
    assert_eq!(
        titles,
        ["Pour vous, chef de produit DNUM", "Pour le sponsor"]
    );
}

#[test]
fn while_the_owner_is_to_be_named_the_result_speaks_to_the_business_directorate() {
    let outcome = evaluate(
        &with(&[(q::OWNER, owner::NOBODY), (q::SPONSOR, sponsor::DONT_KNOW)]),
        Lang::Fr,
    );
    let titles: Vec<&str> = outcome.keep_asking.iter().map(|g| g.title.fr).collect();
    assert_eq!(
        titles,
        [
            "Pour le futur porteur métier",
            "Pour le co-chef de produit DNUM",
            "Pour le sponsor"
        ]
    );
    let labels: Vec<&str> = outcome.first_steps.iter().map(|s| s.who_label.fr).collect();
    assert_eq!(labels, ["Le sponsor", "Vous, direction métier"]);
}

#[test]
fn a_dont_know_on_the_dnums_side_is_a_question_to_ask_not_a_risk() {
    let outcome = evaluate(&with(&[(q::REGULATORY, regulatory::DONT_KNOW)]), Lang::Fr);
    assert!(outcome.risks.is_empty());
    let dnum = &outcome.keep_asking[1];
    assert!(dnum.questions[0]
        .question
        .fr
        .starts_with("Sécurité, homologation"));
    assert_eq!(dnum.questions[0].because[0].answer, regulatory::DONT_KNOW);
}

#[test]
fn without_product_mode_the_result_is_the_set_up_its_conditions_and_its_steps() {
    for need in [need::ONE_OFF, need::COMMON] {
        let outcome = evaluate(
            &with(&[(q::NEED, need), (q::REGULATORY, regulatory::NONE)]),
            Lang::Fr,
        );
        assert!(!outcome.set_up.is_product_mode());
        assert!(outcome.risks.is_empty());
        assert!(outcome.contrasts.is_empty());
        assert!(outcome.keep_asking.is_empty());
        assert!(outcome.split_changes.is_empty());
        assert_eq!(outcome.first_steps.len(), 3);
        assert_eq!(
            outcome.first_steps[0].who_label.fr,
            "Vous, direction métier"
        );
    }
}

fn cell(split: &RoleSplit, row: &str, role: &str) -> (Level, String) {
    let role = split
        .roles
        .iter()
        .position(|r| r.label.starts_with(role))
        .expect(role);
    let r = split.rows().find(|r| r.label == row).expect(row);
    (r.cells[role].level, r.cells[role].note.clone())
}

#[test]
fn the_healthy_co_product_hands_over_the_guides_table() {
    let outcome = evaluate(&with(&[]), Lang::Fr);
    assert_eq!(outcome.split.groups, guide_table().groups);
    assert_eq!(outcome.split.roles, guide_table().roles);
    assert!(outcome.split_changes.is_empty());
}

#[test]
fn a_dnum_product_hands_over_a_split_where_the_dnum_carries_the_vision() {
    let split = evaluate(&with(&[(q::OWNER, owner::DNUM)]), Lang::Fr).split;
    assert_eq!(split.roles, dnum_product().roles);
    assert_eq!(
        cell(&split, "Incarner la vision", "Chef de produit DNUM").0,
        Level::Pilot
    );
}

#[test]
fn an_unowned_regulatory_topic_is_flagged_and_given_to_the_dnum_product_manager() {
    let outcome = evaluate(&with(&[(q::REGULATORY, regulatory::NONE)]), Lang::Fr);
    let expected = (
        Level::Pilot,
        "à attribuer\u{a0}: aucun responsable identifié aujourd’hui".to_owned(),
    );
    assert_eq!(
        cell(
            &outcome.split,
            "Piloter les sujets règlementaires et de qualité",
            "Chef de produit DNUM"
        ),
        expected
    );
    let change = &outcome.split_changes[0];
    assert_eq!(
        (
            change.row.as_str(),
            change.role.as_str(),
            change.level,
            change.note.as_str()
        ),
        (
            "Piloter les sujets règlementaires et de qualité",
            "Chef de produit DNUM",
            expected.0,
            expected.1.as_str()
        )
    );
    assert_eq!(change.because[0].question, q::REGULATORY);
}

#[test]
fn without_a_sponsor_the_split_gets_one_and_the_go_stop_decision() {
    let outcome = evaluate(&with(&[(q::SPONSOR, sponsor::NONE)]), Lang::Fr);
    let split = &outcome.split;
    assert_eq!(split.roles.last().unwrap().label, "Sponsor (directeur)");
    assert_eq!(
        cell(
            split,
            "Décider, à la fin de chaque étape, de continuer ou d’arrêter",
            "Sponsor"
        ),
        (Level::Pilot, "à nommer".to_owned())
    );
    assert_eq!(split.validate(), Ok(()));
    assert_eq!(outcome.split_changes.len(), 1);
    assert_eq!(outcome.split_changes[0].role, "Sponsor (directeur)");
}

#[test]
fn a_part_time_owner_is_written_into_the_split() {
    let split = evaluate(&workplace_accidents(), Lang::Fr).split;
    assert_eq!(
        cell(&split, "Incarner la vision", "Chef de produit métier"),
        (
            Level::CoResponsible,
            "porte la politique publique\u{a0}; temps à porter à 60\u{a0}% ou à partager avec un adjoint".to_owned()
        )
    );
}

#[test]
fn nobody_carrying_the_policy_hands_over_a_split_naming_the_gap() {
    let split = evaluate(&with(&[(q::OWNER, owner::NOBODY)]), Lang::Fr).split;
    assert_eq!(split.roles[0].label, "Chef de produit métier (à nommer)");
    assert_eq!(
        cell(&split, "Incarner la vision", "Chef de produit métier").1,
        "à nommer\u{a0}: personne ne porte la politique publique"
    );
}

#[test]
fn a_one_off_hands_over_a_project_split() {
    let split = evaluate(&with(&[(q::NEED, need::ONE_OFF)]), Lang::Fr).split;
    assert_eq!(split.roles[0].label, "Maîtrise d’ouvrage (métier)");
    assert_eq!(
        split.name,
        "Répartition issue de «\u{a0}Pourquoi le mode produit\u{a0}?\u{a0}»"
    );
}

#[test]
fn every_handed_over_split_is_valid() {
    for (name, _, outcome) in outcomes() {
        assert_eq!(outcome.split.validate(), Ok(()), "{name}");
    }
}

#[test]
fn in_english_the_content_and_the_handed_over_split_are_english() {
    let outcome = evaluate(
        &with(&[
            (q::REGULATORY, regulatory::NONE),
            (q::SPONSOR, sponsor::NONE),
        ]),
        Lang::En,
    );
    assert_eq!(
        outcome.set_up.title().en,
        "a pair, a business product owner and a DNUM product manager"
    );
    assert_eq!(
        outcome.conditions[0].sentence(Lang::En),
        "Provided a sponsor decides, at the end of each stage, to go on, adjust or stop; otherwise, the service will go on out of habit, or stop without anyone deciding it."
    );
    let split = outcome.split;
    assert_eq!(split.roles[0].label, "Business product owner");
    assert_eq!(split.roles.last().unwrap().label, "Sponsor (director)");
    assert_eq!(
        cell(
            &split,
            "Lead the regulatory and quality topics",
            "DNUM product manager"
        ),
        (
            Level::Pilot,
            "to assign: no owner identified today".to_owned()
        )
    );
    for question in &QUESTIONS {
        for answer in question.answers {
            assert!(!answer.text.en.is_empty() && answer.text.en != answer.text.fr);
        }
    }
}
