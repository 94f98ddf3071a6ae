//! Content anyone can send — a label in a link or a file — never turns into a formula in a
//! spreadsheet, markup in a wiki, or a text that reads differently from what it holds.

use binome::domain::export::csv::to_csv;
use binome::domain::export::markdown::to_markdown;
use binome::domain::limits::clean_text;
use binome::domain::link::{decode, encode};
use binome::domain::saved::{parse_saved_split, serialize_split};
use binome::domain::templates::guide_table;
use binome::domain::{Level, RoleSplit};
use binome::i18n::FR;

const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://evil\",\"x\")",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tcaché",
    "\rretour",
];

/// The guide's table with `label` as a responsibility and a note.
fn with_label(label: &str) -> RoleSplit {
    let mut split = guide_table();
    let (row, role) = (split.row_at(6).unwrap(), split.role_at(1).unwrap());
    split.rename_responsibility(row, label).unwrap();
    split.set_level(row, role, Level::Pilot).unwrap();
    split.set_note(row, role, label).unwrap();
    split
}

fn parse_csv(text: &str, separator: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn csv_neutralises_every_formula_start_in_both_separators() {
    for formula in FORMULAS {
        let split = with_label(formula);
        let kept = split.row_label(split.row_at(6).unwrap()).to_owned();
        for separator in [';', ','] {
            let rows = parse_csv(
                &to_csv(&split, &FR.export_words, separator),
                separator as u8,
            );
            // Read back by a CSV parser, the field is the text behind a `'`, which
            // spreadsheets take as "text" and do not show.
            assert_eq!(
                rows[7][1],
                format!("'{kept}"),
                "{formula:?} with {separator:?}"
            );
            assert_eq!(rows[7][6], format!("'{kept}"), "the note too");
            assert!(rows
                .iter()
                .flatten()
                .all(|f| !f.starts_with(['=', '+', '-', '@', '\t', '\r'])));
        }
    }
    // Text that merely contains those signs is left as it is.
    let split = with_label("Coût = 3 jours + recette");
    let rows = parse_csv(&to_csv(&split, &FR.export_words, ';'), b';');
    assert_eq!(rows[7][1], "Coût = 3 jours + recette");
}

#[test]
fn markdown_writes_a_persons_html_as_text_and_keeps_the_table_whole() {
    for hostile in [
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "a | b & <b>c</b>",
    ] {
        let markdown = to_markdown(&with_label(hostile), &FR.export_words);
        assert!(!markdown.contains('<'), "{hostile}: {markdown}");
        assert!(!markdown.contains('>'), "{hostile}");
        let row = markdown
            .lines()
            .find(|l| l.contains("&lt;") || l.contains("&amp;"))
            .unwrap_or_else(|| panic!("{hostile} not written"));
        // The label and two roles: four table pipes, the label's own pipe escaped.
        let table_pipes = row
            .char_indices()
            .filter(|(i, c)| *c == '|' && !row[..*i].ends_with('\\'))
            .count();
        assert_eq!(table_pipes, 4, "{row}");
    }
    let markdown = to_markdown(&with_label("a | b & <b>c</b>"), &FR.export_words);
    assert!(
        markdown.contains("a \\| b &amp; &lt;b&gt;c&lt;/b&gt;"),
        "{markdown}"
    );
    // The guide's own marks stay.
    assert!(markdown.contains("🔒 Co-responsable"));
    assert!(markdown.contains("🙆\u{200d}♂\u{fe0f} Pilote"));
}

#[test]
fn deceptive_characters_leave_labels_at_input_in_links_and_in_files() {
    let deceptive = "fact\u{202e}fdp.exe\u{200b} \u{2066}x\u{2069}\u{feff}";
    assert_eq!(clean_text(deceptive), "factfdp.exe x");
    // The joiner inside an emoji sequence is part of the symbol: it stays.
    assert_eq!(clean_text("🙆\u{200d}♂\u{fe0f}"), "🙆\u{200d}♂\u{fe0f}");
    assert_eq!(clean_text("a\u{200d}b"), "ab");
    // At input.
    let split = with_label(deceptive);
    assert_eq!(split.row_label(split.row_at(6).unwrap()), "factfdp.exe x");
    // In a link and in a file made elsewhere, by hand.
    let mut raw = guide_table();
    raw.groups[1].responsibilities[0].label = deceptive.to_owned();
    raw.roles[0].card.what.text = format!("texte {deceptive}");
    let from_link = decode(&encode(&raw)).unwrap();
    assert_eq!(
        from_link.groups[1].responsibilities[0].label,
        "factfdp.exe x"
    );
    assert_eq!(from_link.roles[0].card.what.text, "texte factfdp.exe x");
    let from_file = parse_saved_split(&serialize_split(&raw)).unwrap();
    assert_eq!(
        from_file.groups[1].responsibilities[0].label,
        "factfdp.exe x"
    );
}
