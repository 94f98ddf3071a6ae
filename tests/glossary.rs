//! The glossary: every word of the guide a business owner may not know has a definition,
//! and is found where the guide's table and cards use it.

use binome::domain::card::{business_card, dnum_card};
use binome::domain::glossary::{
    in_dictionary_order, pieces, terms_in, terms_missing_from, Piece, TERMS,
};
use binome::domain::lang::Lang;
use binome::domain::TemplateId;

/// The words the issue lists as undecodable for a newcomer, as the guide writes them.
const WORDS: [&str; 14] = [
    "delivery",
    "US",
    "backlog",
    "dailys",
    "BizDev",
    "comitologie",
    "user stories",
    "urbanisation",
    "briques communes",
    "RGAA",
    "RGS",
    "RGPD",
    "RGESN",
    "homologation",
];

#[test]
fn every_listed_word_has_a_definition_in_both_languages() {
    for word in WORDS {
        let found = terms_in(word);
        assert_eq!(found.len(), 1, "{word}: {found:?}");
        let term = found[0];
        for lang in [Lang::Fr, Lang::En] {
            assert!(
                term.definition.get(lang).len() > 40,
                "{word} is explained in {lang:?}"
            );
            assert!(!term.name.get(lang).is_empty());
        }
    }
}

#[test]
fn the_guides_table_offers_every_listed_word_where_it_is_used() {
    let table = TemplateId::Guide.build();
    let text: String = table
        .rows()
        .map(|r| format!("{} {}\n", r.label, r.detail))
        .collect();
    // "user stories" is the English form: the French table says "US".
    for word in WORDS.iter().filter(|w| **w != "user stories") {
        let term = terms_in(word)[0];
        assert!(
            text.lines().any(|l| terms_in(l).contains(&term)),
            "{word} is found in the guide's table"
        );
    }
    // Per row, as the matrix shows it: description and label together.
    let offered: Vec<&str> = table
        .rows()
        .flat_map(|r| {
            let mut slugs: Vec<&str> = terms_in(&r.detail).iter().map(|t| t.slug).collect();
            slugs.extend(
                terms_missing_from(&r.label, &r.detail)
                    .iter()
                    .map(|(_, t)| t.slug),
            );
            slugs
        })
        .collect();
    for slug in [
        "delivery",
        "us",
        "backlog",
        "dailys",
        "bizdev",
        "comitologie",
        "urbanisation",
        "briques",
        "rgaa",
        "rgs",
        "rgpd",
        "rgesn",
        "homologation",
    ] {
        assert!(offered.contains(&slug), "{slug} offered in the matrix");
    }
    let english = TemplateId::Guide.build_in(Lang::En);
    let english_text: String = english
        .rows()
        .map(|r| format!("{} {}\n", r.label, r.detail))
        .collect();
    for slug in ["delivery", "us", "backlog", "rgaa", "rgpd", "urbanisation"] {
        assert!(
            english_text
                .lines()
                .any(|l| terms_in(l).iter().any(|t| t.slug == slug)),
            "{slug} found in the English table"
        );
    }
}

#[test]
fn terms_are_whole_words_each_once_and_acronyms_match_their_case() {
    let text = "Les US et les USAGERS, le backlog puis le Backlog, les us.";
    let found: Vec<(&str, &str)> = pieces(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Term(word, term) => Some((word, term.slug)),
            Piece::Text(_) => None,
        })
        .collect();
    assert_eq!(found, [("US", "us"), ("backlog", "backlog")]);
    // Nothing is lost: the pieces put together give the text back.
    let whole: String = pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Term(t, _) => t,
        })
        .collect();
    assert_eq!(whole, text);
    assert!(terms_in("rebacklogged, RGAAx, xRGAA").is_empty());
    assert_eq!(terms_in("Briques Communes")[0].slug, "briques");
    assert_eq!(terms_in("réunion (dailys)")[0].slug, "dailys");
}

#[test]
fn the_role_cards_use_words_the_glossary_explains() {
    // The DNUM card speaks of the backlog, the delivery, RGAA…: each explained.
    let cards = format!("{:?} {:?}", business_card(Lang::Fr), dnum_card(Lang::Fr));
    let slugs: Vec<&str> = terms_in(&cards).iter().map(|t| t.slug).collect();
    assert!(slugs.len() >= 3, "{slugs:?}");
}

#[test]
fn slugs_are_unique_and_make_anchors() {
    let mut slugs: Vec<&str> = TERMS.iter().map(|t| t.slug).collect();
    slugs.sort_unstable();
    let count = slugs.len();
    slugs.dedup();
    assert_eq!(slugs.len(), count);
    assert!(slugs
        .iter()
        .all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
}

#[test]
fn the_glossary_page_sorts_as_a_dictionary() {
    let names: Vec<&str> = in_dictionary_order(Lang::Fr)
        .iter()
        .map(|t| t.name.get(Lang::Fr))
        .collect();
    let at = |name: &str| names.iter().position(|n| *n == name).unwrap();
    assert_eq!(names.first(), Some(&"Backlog"));
    // Case and accents aside: "DNUM" among the D's, before "Homologation".
    assert!(at("Dailys") < at("DNUM") && at("DNUM") < at("Homologation"));
    assert!(at("RGPD") < at("RGS") && at("RGS") < at("Sponsor"));
    // Every term once, in both languages, the same as the standard sort gives.
    for lang in [Lang::Fr, Lang::En] {
        let mut expected: Vec<_> = TERMS.iter().collect();
        expected.sort_by_key(|t| t.sort_key(lang));
        let got = in_dictionary_order(lang);
        assert_eq!(got.len(), TERMS.len());
        assert!(got.iter().zip(&expected).all(|(a, b)| std::ptr::eq(*a, *b)));
    }
}
