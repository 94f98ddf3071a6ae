//! Role cards: the DNUM card is the seed's page, item by item; the guide's current table
//! is the second template, cell by cell; the team roles library.

use binome::domain::card::{business_card, dnum_card, team_role_card, CheckAnswer, TEAM_ROLES};
use binome::domain::lang::Lang;
use binome::domain::templates::guide_current;
use binome::domain::{Level, TemplateId};

const SEED: &str = include_str!("fixtures/seed_co_chef_de_produit_dnum.md");

/// The seed's sections: (heading, paragraph lines, bullet items), Markdown marks removed.
fn seed_sections() -> Vec<(String, Vec<String>, Vec<String>)> {
    let clean = |line: &str| {
        line.replace("&#x20;", "")
            .replace("**", "")
            .trim()
            .to_owned()
    };
    SEED.split("### ")
        .skip(1)
        .map(|section| {
            let mut lines = section.lines();
            let heading = clean(lines.next().unwrap());
            let (mut text, mut items) = (Vec::new(), Vec::new());
            for line in lines.map(clean).filter(|l| !l.is_empty()) {
                match line.strip_prefix("* ") {
                    Some(item) => items.push(item.to_owned()),
                    None => text.push(line),
                }
            }
            (heading, text, items)
        })
        .collect()
}

/// A text without its French typography: no-break spaces and hyphens as plain ones, the
/// typographic apostrophe as a straight one. The card has the app's typography
/// (`tests/french_typography.rs`); the seed mixes both apostrophes and has none of the rest.
fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .replace('\u{2011}', "-")
        .replace('’', "'")
}

/// Where the card's words depart from the seed's, as an editor of a ministry's publication
/// would have them: (the seed's words, the card's).
const EDITED: [(&str, &str); 3] = [
    // The only "applicable" that is no French: the usual phrase.
    ("(si applicable)", "(le cas échéant)"),
    // The paragraph's missing full stop.
    ("Honorabilité)", "Honorabilité)."),
    // One spelling in the app: the guide's table writes « règlementaires » (which its
    // export keeps), its DNUM page « réglementaires ».
    ("réglementaires", "règlementaires"),
];

/// The seed's text as the card says it: its typography left aside, the edits made.
fn edited(seed: &str) -> String {
    EDITED
        .iter()
        .fold(plain(seed), |text, (from, to)| text.replace(from, to))
}

#[test]
fn the_dnum_card_is_the_seed_item_by_item() {
    let card = dnum_card(Lang::Fr);
    let sections = seed_sections();
    assert_eq!(sections.len(), 4);
    let headings: Vec<&str> = sections.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(
        headings,
        [
            "De quoi parle-t-on ?",
            "Pourquoi ce rôle est important ?",
            "Quel est son quotidien ?",
            "Quelles sont les questions à se poser en tant que Product Manager ?"
        ]
    );
    for (section, (_, text, items)) in [&card.what, &card.why, &card.daily]
        .into_iter()
        .zip(&sections)
    {
        let paragraphs: Vec<String> = section.text.split("\n\n").map(plain).collect();
        let seed: Vec<String> = text.iter().map(|t| edited(t)).collect();
        assert_eq!(paragraphs, seed);
        let ours: Vec<String> = section.items.iter().map(|i| plain(i)).collect();
        let seed: Vec<String> = items.iter().map(|i| edited(i)).collect();
        assert_eq!(ours, seed);
    }
    let questions: Vec<String> = card.questions.iter().map(|q| plain(&q.question)).collect();
    let seed: Vec<String> = sections[3].2.iter().map(|q| edited(q)).collect();
    assert_eq!(questions, seed);
    // Each edit is made once, and nothing else departs from the seed.
    for (from, _) in EDITED {
        assert_eq!(SEED.matches(from).count(), 1, "{from}");
    }
    assert!(card
        .questions
        .iter()
        .all(|q| q.answer == CheckAnswer::Unanswered));
}

#[test]
fn the_business_card_carries_the_guides_facts() {
    let card = business_card(Lang::Fr);
    assert!(card.what.text.contains("60\u{a0}%"));
    assert!(card.what.text.contains("coach produit"));
    assert_eq!(card.daily.items.len(), 5);
    assert_eq!(card.questions.len(), 6);
    assert_eq!(card.validate(), Ok(()));
}

#[test]
fn the_guides_current_table_is_the_second_template_cell_by_cell() {
    use Level::{CoResponsible as Co, Contributes as Part, None as No, Pilot};
    let split = guide_current();
    assert_eq!(split.template, TemplateId::GuideCurrent);
    let roles: Vec<&str> = split.roles.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(roles, ["Responsable métier", "Responsable produit"]);
    type Row<'a> = (&'a str, &'a str, [(Level, &'a str); 2]);
    let expected: [Row; 11] = [
        (
            "Incarner la vision",
            "",
            [
                (Co, "Responsable — porte la politique publique"),
                (Co, "Co-responsable — porte le produit numérique"),
            ],
        ),
        (
            "Définir les objectifs et indicateurs produit",
            "",
            [(Pilot, "Responsable"), (Pilot, "Co-responsable")],
        ),
        (
            "Mener la conception",
            "parcours, design, urbanisation, réutilisation de communs numériques",
            [(Part, ""), (Pilot, "")],
        ),
        (
            "Piloter le delivery",
            "prioriser le backlog, initialiser les US, réaliser les tests, démos",
            [(Part, ""), (Pilot, "")],
        ),
        (
            "S’assurer de la conformité légale",
            "lois, RGPD, déclaration CNIL",
            [(Pilot, ""), (Part, "")],
        ),
        (
            "S’assurer de la conformité aux référentiels",
            "RGAA, RGS, RGESN",
            [(Part, ""), (Pilot, "")],
        ),
        (
            "Animation des rituels et des comités d’investissement",
            "",
            [(Part, ""), (Pilot, "")],
        ),
        ("Suivi budgétaire", "", [(No, ""), (No, "")]),
        (
            "Déploiement et support utilisateurs",
            "",
            [(No, ""), (No, "")],
        ),
        (
            "Communication sur le produit, animation de la communauté des utilisateurs",
            "",
            [(No, ""), (No, "")],
        ),
        (
            "Comitologie et préparation des réunions",
            "",
            [(No, ""), (No, "")],
        ),
    ];
    let rows: Vec<_> = split.rows().collect();
    assert_eq!(rows.len(), expected.len());
    for (row, (label, detail, cells)) in rows.iter().zip(expected) {
        assert_eq!(row.label, label);
        assert_eq!(row.detail, detail, "{label}");
        let got: Vec<(Level, &str)> = row
            .cells
            .iter()
            .map(|c| (c.level, c.note.as_str()))
            .collect();
        assert_eq!(got, cells, "{label}");
    }
    assert_eq!(split.validate(), Ok(()));
}

#[test]
fn the_team_roles_library_has_the_guides_roles_with_one_line_each() {
    let names: Vec<&str> = TEAM_ROLES.iter().map(|(name, _)| name.fr).collect();
    assert_eq!(
        names,
        [
            "Designer",
            "Développeur",
            "Coach produit",
            "Expert accessibilité",
            "Expert recherche utilisateur",
            "Responsable des données",
            "DevOps"
        ]
    );
    for (_, line) in TEAM_ROLES {
        for lang in Lang::ALL {
            let card = team_role_card(line.get(lang));
            assert_eq!(card.what.text, line.get(lang));
            assert!(!line.get(lang).contains('\n'));
        }
    }
}

#[test]
fn editing_questions_by_lines_keeps_the_answers_of_unchanged_questions() {
    let mut card = dnum_card(Lang::Fr);
    card.answer(1, CheckAnswer::ToWorkOn).unwrap();
    card.set_check_note(1, "les dailys débordent").unwrap();
    let lines = format!(
        "Une nouvelle question ?\n\n{}\n",
        card.questions[1].question
    );
    card.set_questions(&lines).unwrap();
    assert_eq!(card.questions.len(), 2);
    assert_eq!(card.questions[0].answer, CheckAnswer::Unanswered);
    assert_eq!(card.questions[1].answer, CheckAnswer::ToWorkOn);
    assert_eq!(card.questions[1].note, "les dailys débordent");
}

#[test]
fn card_limits_say_what_is_wrong_and_change_nothing() {
    use binome::domain::card::SectionId;
    use binome::domain::limits::LimitError;
    let mut card = dnum_card(Lang::Fr);
    let before = card.clone();
    assert_eq!(
        card.set_text(SectionId::What, &"x".repeat(1001)),
        Err(LimitError::CardTextTooLong { chars: 1001 })
    );
    assert_eq!(
        card.set_items(SectionId::Daily, &"ligne\n".repeat(21)),
        Err(LimitError::TooManyItems { count: 21 })
    );
    assert_eq!(
        card.set_items(SectionId::Daily, &"x".repeat(281)),
        Err(LimitError::NoteTooLong { chars: 281 })
    );
    assert_eq!(card, before);
}

#[test]
fn questions_to_work_on_are_counted_over_roles() {
    let mut split = binome::domain::templates::guide_table();
    let (business, dnum) = (split.roles[0].id, split.roles[1].id);
    split
        .card_mut(business)
        .unwrap()
        .answer(0, CheckAnswer::ToWorkOn)
        .unwrap();
    split
        .card_mut(dnum)
        .unwrap()
        .answer(3, CheckAnswer::ToWorkOn)
        .unwrap();
    split
        .card_mut(dnum)
        .unwrap()
        .answer(2, CheckAnswer::No)
        .unwrap();
    assert_eq!(split.questions_to_work_on(), 2);
    assert_eq!(
        (binome::i18n::FR.questions_to_work_on)(2),
        "2 questions à travailler"
    );
}

#[test]
fn the_question_the_checks_answer_is_known_with_or_without_its_typography() {
    use binome::domain::card::is_clear_split_question;
    let ours = &dnum_card(Lang::Fr).questions[0].question;
    assert!(ours.contains('\u{2011}'));
    assert!(is_clear_split_question(ours));
    // As saved before the typography: plain hyphen and spaces, « si applicable ».
    assert!(is_clear_split_question(
        "Le partage des responsabilités entre DNUM et métier est-il clair (si applicable) ?"
    ));
    assert!(is_clear_split_question(
        &dnum_card(Lang::En).questions[0].question
    ));
    assert!(!is_clear_split_question(
        &dnum_card(Lang::Fr).questions[1].question
    ));
}
