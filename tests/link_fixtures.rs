//! Every link format ever released stays readable: one fixture per format version,
//! written when the version was released, decoded forever. Never edit a fixture; add one.

mod common;

use binome::domain::link::decode;
use binome::domain::templates::guide_table;
use common::samples::{maximal_custom_split, realistic_custom_split};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/links/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .expect("fixture")
        .trim()
        .to_owned()
}

#[test]
fn format_1_default_split() {
    assert_eq!(decode(&fixture("v1-default.txt")), Ok(guide_table()));
}

#[test]
fn format_1_realistic_custom_split() {
    assert_eq!(
        decode(&fixture("v1-realistic.txt")),
        Ok(realistic_custom_split())
    );
}

#[test]
fn format_1_fully_custom_maximal_split() {
    let split = decode(&fixture("v1-maximal.txt")).expect("12 x 60 split");
    assert_eq!(split.roles.len(), 12);
    assert_eq!(split.responsibility_count(), 60);
    assert_eq!(split, maximal_custom_split());
}
