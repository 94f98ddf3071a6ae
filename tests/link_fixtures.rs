//! Every link format ever released stays readable: one fixture per format version,
//! written when the version was released, decoded forever. Never edit a fixture; add one.

mod common;

use binome::domain::link::{decode, LinkError};
use binome::domain::templates::guide_table;
use binome::domain::RoleSplit;
use common::samples::{maximal_custom_split, realistic_custom_split};

/// What a split says, whatever its ids: links do not carry ids, and a decoded split gets
/// new ones.
fn content(split: Result<RoleSplit, LinkError>) -> Result<RoleSplit, LinkError> {
    split.map(|s| s.without_ids())
}

/// Format 1 had no role cards: they read back empty.
fn without_cards(split: RoleSplit) -> RoleSplit {
    let mut split = split.without_ids();
    for role in &mut split.roles {
        role.card = Default::default();
    }
    split
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/links/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .expect("fixture")
        .trim()
        .to_owned()
}

#[test]
fn format_1_default_split() {
    assert_eq!(
        content(decode(&fixture("v1-default.txt"))),
        Ok(without_cards(guide_table()))
    );
}

#[test]
fn format_1_realistic_custom_split() {
    assert_eq!(
        content(decode(&fixture("v1-realistic.txt"))),
        Ok(without_cards(realistic_custom_split()))
    );
}

#[test]
fn format_1_fully_custom_maximal_split() {
    let split = decode(&fixture("v1-maximal.txt")).expect("12 x 60 split");
    assert_eq!(split.roles.len(), 12);
    assert_eq!(split.responsibility_count(), 60);
    assert_eq!(split.without_ids(), maximal_custom_split().without_ids());
}

#[test]
fn format_2_default_split_with_its_cards() {
    assert_eq!(
        content(decode(&fixture("v2-default.txt"))),
        Ok(guide_table().without_ids())
    );
}

#[test]
fn format_2_cards_and_self_check_answers() {
    assert_eq!(
        content(decode(&fixture("v2-self-check.txt"))),
        Ok(common::samples::realistic_with_self_check().without_ids())
    );
}

#[test]
fn format_2_the_guides_current_table() {
    assert_eq!(
        content(decode(&fixture("v2-guide-current.txt"))),
        Ok(binome::domain::templates::guide_current().without_ids())
    );
}
