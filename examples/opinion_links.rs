//! Thirty opinions on the realistic split (4 roles × 14 rows, `tests/fixtures/links/
//! v1-realistic.txt`), each with its own levels, for `tools/bench-opinions.mjs`: prints the
//! request's link, then one opinion link a line.
//! Usage: cargo run --release --example opinion_links

use binome::domain::link::decode;
use binome::domain::opinions::{encode_opinion, encode_request, Opinion, Request};
use binome::domain::Level;

fn main() {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/links/v1-realistic.txt"
    ))
    .expect("fixture");
    let mut split = decode(fixture.trim()).expect("the realistic split");
    split.ensure_ids();
    let request = Request::new(
        0xbe9c_4b01,
        "Votre avis sur la plateforme des aides",
        false,
        &split,
    )
    .expect("request");
    println!("{}", encode_request(&request));
    let rows: Vec<_> = split.row_ids().collect();
    let roles: Vec<_> = split.role_ids().collect();
    // A small deterministic generator: each person differs on a few cells.
    let mut seed: u32 = 12345;
    let mut next = move || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) as usize
    };
    for person in 0..30 {
        let mut opinion = Opinion {
            request: request.id,
            name: format!("Personne {}", person + 1),
            given_at: 3_500_000 + person,
            split: split.clone(),
        };
        for _ in 0..8 {
            let (row, role) = (rows[next() % rows.len()], roles[next() % roles.len()]);
            let level = Level::ALL[next() % Level::ALL.len()];
            let _ = opinion.split.set_level(row, role, level);
        }
        println!("{}", encode_opinion(&opinion));
    }
}
