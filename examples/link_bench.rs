//! Link lengths and codec timings, for the benchmark (`make bench`). Native, release.
//! Compares with the scheme of mermaid.live: JSON, zlib deflate level 9, base64url.

#[path = "../tests/common/samples.rs"]
mod samples;

use std::time::Instant;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use binome::domain::link::{decode, encode};
use binome::domain::saved::serialize_split;
use binome::domain::templates::guide_table;
use binome::domain::RoleSplit;

/// The scheme of mermaid.live on the split's JSON, role cards left out: the issue's
/// reference figures were measured on splits without cards.
fn mermaid_scheme(split: &RoleSplit) -> usize {
    let mut split = split.clone();
    for role in &mut split.roles {
        role.card = Default::default();
    }
    let json = serialize_split(&split);
    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    "pako:".len() + URL_SAFE_NO_PAD.encode(deflated).len()
}

fn median_micros(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..1000)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let cases = [
        ("default split (the guide's table)", guide_table(), 40),
        (
            "default with 3 cells changed",
            samples::guide_with_three_changes(),
            60,
        ),
        (
            "realistic custom, 4 roles x 14 rows, notes",
            samples::realistic_custom_split(),
            550,
        ),
        (
            "maximum, 12 roles x 60 rows",
            samples::maximal_custom_split(),
            0,
        ),
    ];
    println!("== Link lengths (characters after #) ==");
    println!(
        "{:<44} {:>8} {:>14} {:>7} {:>8}",
        "split", "Binôme", "mermaid-like", "ratio", "target"
    );
    for (name, split, target) in &cases {
        let ours = encode(split).len();
        let theirs = mermaid_scheme(split);
        let target = if *target > 0 {
            format!("< {target}")
        } else {
            "-".into()
        };
        println!(
            "{name:<44} {ours:>8} {theirs:>14} {:>7.2} {target:>8}",
            ours as f64 / theirs as f64
        );
    }
    let max = &cases[3].1;
    let link = encode(max);
    println!("\n== Codec timings, maximum split, median of 1,000 runs (native, release) ==");
    println!(
        "encode: {:.0} µs",
        median_micros(|| {
            std::hint::black_box(encode(std::hint::black_box(max)));
        })
    );
    println!(
        "decode: {:.0} µs",
        median_micros(|| {
            std::hint::black_box(decode(std::hint::black_box(&link)).unwrap());
        })
    );
}
