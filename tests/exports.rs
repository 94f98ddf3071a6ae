//! Exports: the Markdown of the default split is the seed's table; CSV survives a real
//! CSV parser with accents, separators and quotes.

use binome::domain::export::csv::to_csv;
use binome::domain::export::markdown::to_markdown;
use binome::domain::templates::guide_table;
use binome::domain::Level;
use binome::i18n::FR;

const SEED: &str = include_str!("fixtures/seed_chefferie_produit.md");

/// The body rows of the Markdown tables of a text: cells, trimmed, Markdown emphasis dropped.
fn table_rows(markdown: &str) -> Vec<Vec<String>> {
    markdown
        .lines()
        .filter(|l| l.starts_with('|') && !l.contains("---"))
        .map(|l| {
            let cells: Vec<String> = l.split('|').map(|c| c.trim().replace('_', "")).collect();
            cells[1..cells.len() - 1].to_vec()
        })
        .collect()
}

#[test]
fn the_markdown_of_the_default_split_is_the_seeds_table() {
    let markdown = to_markdown(&guide_table(), &FR.export_words);
    let ours = table_rows(&markdown);
    // The seed's pilot mark lacks its zero-width joiner and its word: the export writes both.
    let seed = table_rows(&SEED.replace("🙆♂️", "🙆\u{200d}♂️ Pilote"));
    // Header rows differ only in their first cell (the seed leaves it empty).
    assert_eq!(ours[0][1..], seed[0][1..]);
    assert_eq!(
        ours[1..7],
        seed[1..7],
        "the six rows, their marks and notes"
    );
    // The other tasks: the seed's bullet list, here a table without carriers.
    let others: Vec<String> = SEED
        .lines()
        .filter_map(|l| l.strip_prefix("* "))
        .take(4)
        .map(|l| l.trim().to_owned())
        .collect();
    let ours_others: Vec<String> = ours[8..12].iter().map(|r| r[0].clone()).collect();
    assert_eq!(ours_others, others);
    assert!(ours[8..12]
        .iter()
        .all(|r| r[1..].iter().all(String::is_empty)));
    assert!(markdown.ends_with(
        "Légende\u{a0}: 🔒 Co-responsable · 🙆\u{200d}♂️ Pilote · 🤝 Participe · 📩 Informé\n"
    ));
    assert!(
        !markdown.contains("🙆♂"),
        "never the mark without its joiner"
    );
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    let mut split = guide_table();
    let (vision, business) = (split.groups[0].responsibilities[0].id, split.roles[0].id);
    split.set_note(vision, business, "a | b\nc").unwrap();
    let markdown = to_markdown(&split, &FR.export_words);
    assert!(markdown.contains("(a \\| b c)"), "{markdown}");
}

fn parse(csv_text: &str, separator: u8) -> Vec<Vec<String>> {
    let text = csv_text
        .strip_prefix('\u{feff}')
        .expect("a byte order mark");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn csv_round_trips_with_accents_separators_and_quotes() {
    let mut split = guide_table();
    let (business, dnum) = (split.roles[0].id, split.roles[1].id);
    let quotes = split.groups[1].responsibilities[0].id;
    split
        .rename_role(business, "Métier; « direction », \"DGCL\"")
        .unwrap();
    split.set_level(quotes, dnum, Level::Contributes).unwrap();
    split
        .set_note(quotes, dnum, "ligne 1\nligne 2, avec ; et \"")
        .unwrap();
    for separator in [';', ','] {
        let rows = parse(
            &to_csv(&split, &FR.export_words, separator),
            separator as u8,
        );
        assert_eq!(rows.len(), 11);
        assert_eq!(
            rows[0],
            [
                "Groupe",
                "Responsabilité",
                "Précisions",
                "Métier; « direction », \"DGCL\"",
                "Métier; « direction », \"DGCL\" (note)",
                "Chef de produit DNUM",
                "Chef de produit DNUM (note)"
            ]
        );
        assert_eq!(rows[1][1..4], ["Incarner la vision", "", "Co-responsable"]);
        assert_eq!(rows[1][4], "porte la politique publique");
        assert_eq!(rows[7][1], "Suivi des devis");
        assert_eq!(
            rows[7][5..7],
            ["Participe", "ligne 1\nligne 2, avec ; et \""]
        );
    }
}
