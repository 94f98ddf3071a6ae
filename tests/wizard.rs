//! "Pourquoi le mode produit ?": the content, the reasoning table by table, the split it
//! hands over, and the result link.

use binome::domain::lang::Lang;
use binome::domain::link::LinkError;
use binome::domain::templates::{dnum_product, guide_table};
use binome::domain::wizard::questions::{q, QUESTIONS};
use binome::domain::wizard::reasoning::answers_from;
use binome::domain::wizard::rules::{SetUp, CONTRAST_RULES, RISK_RULES, UNANSWERED};
use binome::domain::wizard::{decode_answers, encode_answers, evaluate, Answers};
use binome::domain::{Level, RoleSplit};

#[test]
fn there_are_8_to_12_questions_each_with_2_to_5_answers_and_a_why() {
    assert!((8..=12).contains(&QUESTIONS.len()));
    for question in &QUESTIONS {
        assert!(
            (2..=5).contains(&question.answers.len()),
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

/// A project in good health, carried by a business directorate.
fn healthy() -> Vec<(usize, u8)> {
    (0..QUESTIONS.len()).map(|question| (question, 0)).collect()
}

fn with(changes: &[(usize, u8)]) -> Answers {
    let mut pairs = healthy();
    for (question, answer) in changes {
        pairs[*question].1 = *answer;
    }
    answers_from(&pairs)
}

/// The answer sets, what they should give, and the risks they reveal (by their start).
fn table() -> Vec<(&'static str, Answers, SetUp, Vec<&'static str>)> {
    vec![
        ("healthy co-product", with(&[]), SetUp::CoProduct, vec![]),
        (
            "made by and for the DNUM",
            with(&[(q::CARRIER, 1), (q::OWNER_TIME, 3)]),
            SetUp::DnumProduct,
            vec![],
        ),
        (
            "nobody carries the policy",
            with(&[(q::CARRIER, 2)]),
            SetUp::NameOwnersFirst,
            vec!["Personne ne porte la politique publique"],
        ),
        (
            "a business side in name only",
            with(&[(q::OWNER_TIME, 2), (q::SPONSOR, 2)]),
            SetUp::NameOwnersFirst,
            vec!["Le porteur métier a moins de 20 %", "Aucun sponsor"],
        ),
        (
            "a one-off",
            with(&[(q::NEED, 1)]),
            SetUp::NotNowOneOff,
            vec![],
        ),
        (
            "a common service exists",
            with(&[(q::NEED, 2)]),
            SetUp::NotNowCommonService,
            vec![],
        ),
        (
            "drifting objectives",
            with(&[(q::OBJECTIVES, 2), (q::REALIGNMENTS, 2)]),
            SetUp::CoProduct,
            vec![
                "Ni objectifs ni indicateurs",
                "Des priorités renégociées sans cesse",
            ],
        ),
        (
            "objectives in a drawer",
            with(&[(q::OBJECTIVES, 1), (q::REALIGNMENTS, 1), (q::OWNER_TIME, 1)]),
            SetUp::CoProduct,
            vec![
                "Le porteur métier a moins des 60 %",
                "Des objectifs écrits mais peu partagés",
                "Des priorités renégociées plusieurs fois",
            ],
        ),
        (
            "developers only",
            with(&[(q::EXPERTISE, 2), (q::DAILY, 2), (q::NEED, 3)]),
            SetUp::CoProduct,
            vec![
                "Une conception sans les expertises",
                "Personne ne pilote le delivery",
                "Le besoin n'est pas encore qualifié",
            ],
        ),
        (
            "the business side does the delivery",
            with(&[(q::DAILY, 1), (q::EXPERTISE, 1), (q::SPONSOR, 1)]),
            SetUp::CoProduct,
            vec![
                "Le porteur métier est absorbé",
                "Une partie des expertises",
                "Le sponsor n'intervient plus",
            ],
        ),
        (
            "regulation and chores left unowned",
            with(&[(q::REGULATORY, 2), (q::OTHER_TASKS, 2), (q::RITUALS, 1)]),
            SetUp::CoProduct,
            vec![
                "RGAA, RGS, RGPD",
                "Une comitologie lourde",
                "Devis, support",
            ],
        ),
        (
            "a DNUM product winding down",
            with(&[
                (q::CARRIER, 1),
                (q::REGULATORY, 1),
                (q::OTHER_TASKS, 1),
                (q::RITUALS, 2),
                (q::STAGE, 3),
                (q::DAILY, 3),
            ]),
            SetUp::DnumProduct,
            vec![
                "Personne ne pilote le delivery",
                "Une partie seulement des sujets",
                "Sans rituel",
                "Une partie des autres tâches",
                "Un arrêt est envisagé",
            ],
        ),
        (
            "nothing answered",
            Answers::default(),
            SetUp::CoProduct,
            vec![],
        ),
    ]
}

#[test]
fn the_table_of_answer_sets_gives_the_expected_recommendations_and_risks() {
    for (name, answers, set_up, risks) in table() {
        let outcome = evaluate(&answers, Lang::Fr);
        assert_eq!(outcome.set_up, set_up, "{name}");
        let found: Vec<&str> = outcome.risks.iter().map(|r| r.text.fr).collect();
        assert_eq!(found.len(), risks.len(), "{name}: {found:?}");
        for expected in risks {
            assert!(
                found.iter().any(|f| f.starts_with(expected)),
                "{name}: {expected} in {found:?}"
            );
        }
    }
}

#[test]
fn every_rule_and_every_outcome_is_reached_by_the_table() {
    let outcomes: Vec<_> = table()
        .into_iter()
        .map(|(_, answers, _, _)| evaluate(&answers, Lang::Fr))
        .collect();
    for set_up in SetUp::ALL {
        assert!(outcomes.iter().any(|o| o.set_up == set_up), "{set_up:?}");
    }
    for rule in RISK_RULES {
        assert!(
            outcomes
                .iter()
                .any(|o| o.risks.iter().any(|r| r.text == rule.risk)),
            "{}",
            rule.risk.fr
        );
    }
    for rule in CONTRAST_RULES {
        assert!(
            outcomes
                .iter()
                .any(|o| o.contrasts.iter().any(|c| c.product == rule.product)),
            "{}",
            rule.product.fr
        );
    }
}

#[test]
fn a_wizard_that_always_says_yes_is_not_a_decision_wizard() {
    let not_now = table()
        .iter()
        .filter(|(_, a, _, _)| !evaluate(a, Lang::Fr).set_up.is_product_mode())
        .count();
    assert!(not_now >= 2);
}

#[test]
fn every_line_of_the_outcome_names_the_answers_that_produced_it() {
    for (name, answers, _, _) in table() {
        let outcome = evaluate(&answers, Lang::Fr);
        assert!(!outcome.set_up_because.is_empty(), "{name}");
        for risk in &outcome.risks {
            assert!(!risk.because.is_empty(), "{name}: {}", risk.text.fr);
            for answered in &risk.because {
                assert_eq!(answers.answer(answered.question), answered.answer);
                assert_ne!(answered.answer, UNANSWERED, "a risk comes from an answer");
            }
        }
        for contrast in &outcome.contrasts {
            assert!(!contrast.because.is_empty(), "{name}");
        }
        for ask in outcome.keep_asking.iter().filter(|k| k.relevance > 0) {
            assert!(!ask.because.is_empty(), "{name}: {}", ask.question.fr);
        }
    }
}

#[test]
fn questions_to_keep_asking_are_ordered_by_relevance() {
    let outcome = evaluate(&with(&[(q::REGULATORY, 2)]), Lang::Fr);
    assert_eq!(outcome.keep_asking.len(), 11);
    assert_eq!(
        outcome.keep_asking[0].question.fr,
        "Les contraintes de sécurité et d’homologation sont-elles bien intégrées dans la feuille de route ?"
    );
    let relevance: Vec<u32> = outcome.keep_asking.iter().map(|k| k.relevance).collect();
    assert!(relevance.windows(2).all(|w| w[0] >= w[1]), "{relevance:?}");
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
    let split = evaluate(&with(&[]), Lang::Fr).split;
    assert_eq!(split.groups, guide_table().groups);
    assert_eq!(split.roles, guide_table().roles);
}

#[test]
fn a_dnum_product_hands_over_a_split_where_the_dnum_carries_the_vision() {
    let split = evaluate(&with(&[(q::CARRIER, 1)]), Lang::Fr).split;
    assert_eq!(split.roles, dnum_product().roles);
    assert_eq!(
        cell(&split, "Incarner la vision", "Chef de produit DNUM").0,
        Level::Pilot
    );
}

#[test]
fn an_unowned_regulatory_topic_is_flagged_and_given_to_the_dnum_product_manager() {
    let split = evaluate(&with(&[(q::REGULATORY, 2)]), Lang::Fr).split;
    assert_eq!(
        cell(
            &split,
            "Piloter les sujets règlementaires et de qualité",
            "Chef de produit DNUM"
        ),
        (
            Level::Pilot,
            "à attribuer : aucun responsable identifié aujourd'hui".to_owned()
        )
    );
}

#[test]
fn without_a_sponsor_the_split_gets_one_and_the_go_stop_decision() {
    let split = evaluate(&with(&[(q::SPONSOR, 2)]), Lang::Fr).split;
    assert_eq!(split.roles.last().unwrap().label, "Sponsor (directeur)");
    assert_eq!(
        cell(
            &split,
            "Décider tous les six mois de poursuivre ou d'arrêter",
            "Sponsor"
        )
        .0,
        Level::Pilot
    );
    assert_eq!(split.validate(), Ok(()));
}

#[test]
fn nobody_carrying_the_policy_hands_over_a_split_naming_the_gap() {
    let split = evaluate(&with(&[(q::CARRIER, 2)]), Lang::Fr).split;
    assert_eq!(split.roles[0].label, "Chef de produit métier (à nommer)");
    assert_eq!(
        cell(&split, "Incarner la vision", "Chef de produit métier").1,
        "à nommer : personne ne porte la politique publique"
    );
}

#[test]
fn every_handed_over_split_is_valid() {
    for (name, answers, _, _) in table() {
        assert_eq!(
            evaluate(&answers, Lang::Fr).split.validate(),
            Ok(()),
            "{name}"
        );
    }
}

#[test]
fn the_result_link_reopens_the_same_answers() {
    for (_, answers, _, _) in table() {
        let link = encode_answers(&answers);
        assert!(link.starts_with("q1"), "{link}");
        assert!(link.len() < 40, "{link}");
        assert_eq!(decode_answers(&link), Ok(answers));
    }
    let link = encode_answers(&with(&[]));
    let damaged = format!("{}A", &link[..link.len() - 1]);
    assert!(decode_answers(&damaged).is_err());
    assert_eq!(decode_answers("s1AAAHAG4FSds"), Err(LinkError::NotBinome));
}

#[test]
fn the_format_1_result_link_fixture_still_opens() {
    let path = format!(
        "{}/tests/fixtures/links/q1-answers.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let fixture = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        decode_answers(fixture.trim()),
        Ok(with(&[(q::REGULATORY, 2), (q::OBJECTIVES, 1)]))
    );
}

#[test]
fn in_english_the_content_and_the_handed_over_split_are_english() {
    let outcome = evaluate(&with(&[(q::REGULATORY, 2), (q::SPONSOR, 2)]), Lang::En);
    assert_eq!(
        outcome.set_up.title().en,
        "a pair, a business product owner and a DNUM product manager"
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
        assert!(question
            .answers
            .iter()
            .all(|a| !a.en.is_empty() && a.en != a.fr || a.en == "No" || a.fr == a.en));
    }
}
