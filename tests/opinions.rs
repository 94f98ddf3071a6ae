//! Many voices: request and opinion links, gathering pasted links, and the consensus.

use binome::domain::link::LinkError;
use binome::domain::opinions::{
    consensus, decode_opinion, decode_request, encode_opinion, encode_request, find_opinion_links,
    gather, Agreement, Gathered, Opinion, Problem, ProposalKind, Request, MAX_OPINIONS,
};
use binome::domain::{Level, RoleSplit, TemplateId};
use proptest::prelude::*;

const REQUEST: u32 = 0x5eed_1234;

fn guide() -> RoleSplit {
    let mut split = TemplateId::Guide.build();
    split.ensure_ids();
    split
}

/// An opinion on the guide's table: `levels` as (row index, role index, level, note).
fn opinion(name: &str, given_at: u32, levels: &[(usize, usize, Level, &str)]) -> Opinion {
    let mut split = guide();
    let rows: Vec<_> = split.row_ids().collect();
    let roles: Vec<_> = split.role_ids().collect();
    for (row, role, level, note) in levels {
        split.set_level(rows[*row], roles[*role], *level).unwrap();
        split.set_note(rows[*row], roles[*role], note).unwrap();
    }
    Opinion {
        request: REQUEST,
        name: name.to_owned(),
        given_at,
        split,
    }
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/links/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .expect("fixture")
        .trim()
        .to_owned()
}

/// The request and the opinion the fixtures hold (format 1 of each).
fn fixture_request() -> Request {
    Request::new(
        REQUEST,
        "Votre avis sur la répartition de l’équipe Aides",
        false,
        &guide(),
    )
    .unwrap()
}

fn fixture_opinion() -> Opinion {
    let mut o = opinion(
        "Camille D.",
        3_500_000,
        &[(6, 0, Level::Pilot, "avec le bureau des marchés")],
    );
    let role = o.split.add_role("Designer").unwrap();
    let row = o.split.row_ids().next().unwrap();
    o.split.set_level(row, role, Level::Contributes).unwrap();
    o
}

#[test]
fn request_and_opinion_links_round_trip() {
    let request = fixture_request();
    let link = encode_request(&request);
    assert!(link.starts_with("d1"), "{link}");
    let back = decode_request(&link).unwrap();
    assert_eq!(
        (back.id, back.title.as_str(), back.blank),
        (request.id, request.title.as_str(), false)
    );
    assert!(back.split.same_content(&request.split));

    let blank = Request::new(7, "Grille vide", true, &guide()).unwrap();
    let back = decode_request(&encode_request(&blank)).unwrap();
    assert!(back.blank);
    assert!(back.split.rows().all(|r| r
        .cells
        .iter()
        .all(|c| c.level == Level::None && c.note.is_empty())));
    assert_eq!(back.split.roles.len(), 2);

    let camille = fixture_opinion();
    let link = encode_opinion(&camille);
    assert!(link.starts_with("a1"), "{link}");
    let back = decode_opinion(&link).unwrap();
    assert_eq!(
        (back.request, back.name.as_str(), back.given_at),
        (REQUEST, "Camille D.", 3_500_000)
    );
    assert!(back.split.same_content(&camille.split));
    // Short enough for a chat message: the guide's table and one change.
    assert!(encode_opinion(&opinion("AB", 1, &[(6, 0, Level::Pilot, "")])).len() < 60);
}

#[test]
fn each_link_format_stays_readable() {
    // Written when format 1 was released; decoded forever (never edit, add one).
    let request = decode_request(&fixture("d1-request.txt")).unwrap();
    let expected = fixture_request();
    assert_eq!(
        (request.id, request.title.as_str(), request.blank),
        (expected.id, expected.title.as_str(), false)
    );
    assert!(request.split.same_content(&expected.split));
    let opinion = decode_opinion(&fixture("a1-opinion.txt")).unwrap();
    let expected = fixture_opinion();
    assert_eq!(
        (opinion.request, opinion.name.as_str(), opinion.given_at),
        (REQUEST, "Camille D.", 3_500_000)
    );
    assert!(opinion.split.same_content(&expected.split));
}

/// Run once with `--ignored` when a format is released, then never again.
#[test]
#[ignore]
fn write_the_format_1_fixtures() {
    let dir = format!("{}/tests/fixtures/links", env!("CARGO_MANIFEST_DIR"));
    std::fs::write(
        format!("{dir}/d1-request.txt"),
        encode_request(&fixture_request()) + "\n",
    )
    .unwrap();
    std::fs::write(
        format!("{dir}/a1-opinion.txt"),
        encode_opinion(&fixture_opinion()) + "\n",
    )
    .unwrap();
}

#[test]
fn a_split_link_is_not_an_opinion_and_a_damaged_one_says_so() {
    let split_link = binome::domain::link::encode(&guide());
    assert_eq!(decode_opinion(&split_link), Err(LinkError::NotBinome));
    assert_eq!(decode_request(&split_link), Err(LinkError::NotBinome));
    let mut link = encode_opinion(&fixture_opinion());
    link.truncate(link.len() - 3);
    assert_eq!(decode_opinion(&link), Err(LinkError::Damaged));
}

#[test]
fn links_are_found_in_a_chat_export_whatever_surrounds_them() {
    let a = encode_opinion(&opinion("Léa", 10, &[]));
    let b = encode_opinion(&opinion("Marc", 11, &[(0, 0, Level::Informed, "")]));
    let text = format!(
        "[10:02] Léa : voilà mon avis https://binome.example/?vue=repartition#{a}\n\
         [10:03] Marc : (avis) <https://binome.example/#{b}>, et le #avis du jour sur #atelier-roles-dnum\n\
         [10:04] Léa : je renvoie https://binome.example/#{a}."
    );
    assert_eq!(find_opinion_links(&text), [a.as_str(), b.as_str()]);
}

#[test]
fn gathering_keeps_the_good_ones_and_says_what_it_did_with_the_others() {
    let lea_early = encode_opinion(&opinion("Léa", 10, &[(0, 0, Level::Pilot, "")]));
    let lea_late = encode_opinion(&opinion("  léa ", 20, &[(0, 0, Level::Informed, "")]));
    let marc = encode_opinion(&opinion("Marc", 11, &[]));
    let other = encode_opinion(&Opinion {
        request: 1,
        ..opinion("Zoé", 12, &[])
    });
    let mut damaged = encode_opinion(&opinion("Yann", 13, &[]));
    damaged.replace_range(10..12, "zz");
    let text = format!("#{lea_early} #{marc} #{other} #{damaged} #{lea_late}");
    let gathered = gather(REQUEST, Gathered::default(), &text);
    let names: Vec<&str> = gathered.opinions.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["  léa ", "Marc"],
        "Léa's later opinion replaced her first"
    );
    assert_eq!(gathered.opinions[0].given_at, 20);
    assert_eq!(gathered.added, 3);
    assert_eq!(gathered.problems.len(), 3, "{:?}", gathered.problems);
    assert!(gathered.problems.contains(&Problem::OtherRequest {
        name: "Zoé".into()
    }));
    assert!(gathered.problems.contains(&Problem::Replaced {
        name: "  léa ".into()
    }));
    assert!(
        matches!(&gathered.problems[1], Problem::Unreadable { start, error: LinkError::Damaged } if damaged.starts_with(start.as_str()))
    );

    // Pasting again: nothing new, each said once.
    let again = gather(REQUEST, gathered, &format!("#{marc}"));
    assert_eq!(again.opinions.len(), 2);
    assert_eq!(
        again.problems,
        [Problem::Repeated {
            name: "Marc".into()
        }]
    );
    // An earlier opinion pasted after a later one does not replace it.
    let again = gather(REQUEST, again, &format!("#{lea_early}"));
    assert_eq!(again.opinions[0].given_at, 20);
}

#[test]
fn thirty_opinions_at_most() {
    let text: String = (0..=MAX_OPINIONS)
        .map(|i| format!("#{} ", encode_opinion(&opinion(&format!("P{i}"), 1, &[]))))
        .collect();
    let gathered = gather(REQUEST, Gathered::default(), &text);
    assert_eq!(gathered.opinions.len(), MAX_OPINIONS);
    assert_eq!(
        gathered.problems,
        [Problem::TooMany {
            name: format!("P{MAX_OPINIONS}")
        }]
    );
}

#[test]
fn the_consensus_counts_each_cell_and_marks_its_agreement() {
    let base = guide();
    let rows: Vec<_> = base.row_ids().collect();
    let roles: Vec<_> = base.role_ids().collect();
    // Row 6 ("Suivi des devis"), business: Pilot, Pilot, Informed → majority.
    // Row 7 ("Support utilisateur"), DNUM: Pilot, Contributes, Informed → divided.
    // Row 8, business: Pilot, Pilot, Contributes, Contributes (with a 4th) → a tie, divided.
    let opinions = [
        opinion(
            "Léa",
            1,
            &[
                (6, 0, Level::Pilot, "c’est mon bureau"),
                (7, 1, Level::Pilot, ""),
                (8, 0, Level::Pilot, ""),
            ],
        ),
        opinion(
            "Marc",
            1,
            &[
                (6, 0, Level::Pilot, ""),
                (7, 1, Level::Contributes, ""),
                (8, 0, Level::Pilot, ""),
            ],
        ),
        opinion(
            "Zoé",
            1,
            &[
                (6, 0, Level::Informed, ""),
                (7, 1, Level::Informed, ""),
                (8, 0, Level::Contributes, ""),
            ],
        ),
        opinion(
            "",
            1,
            &[
                (6, 0, Level::Pilot, ""),
                (7, 1, Level::Pilot, ""),
                (8, 0, Level::Contributes, ""),
            ],
        ),
    ];
    let c = consensus(&base, &opinions);
    assert_eq!(c.opinions, 4);
    let devis = c.tally(rows[6], roles[0]).unwrap();
    assert_eq!(devis.count(Level::Pilot), 3);
    assert_eq!(devis.by_level[Level::Informed.index()], ["Zoé"]);
    assert_eq!(devis.agreement(), Some(Agreement::Majority));
    assert_eq!(
        devis.comments,
        [("Léa".to_owned(), "c’est mon bureau".to_owned())]
    );
    assert_eq!(devis.spread(), [(Level::Pilot, 3), (Level::Informed, 1)]);
    let support = c.tally(rows[7], roles[1]).unwrap();
    assert_eq!(
        support.agreement(),
        Some(Agreement::Divided),
        "2 of 4 is not a majority"
    );
    let tie = c.tally(rows[8], roles[0]).unwrap();
    assert_eq!(tie.agreement(), Some(Agreement::Divided));
    assert_eq!(
        tie.leading(),
        Some(Level::Pilot),
        "a tie leads with the stronger level"
    );
    let vision = c.tally(rows[0], roles[0]).unwrap();
    assert_eq!(vision.agreement(), Some(Agreement::Unanimous));
    // Most divided first: three levels in 4 (support), then the tie, then the majority.
    assert_eq!(
        c.most_divided(),
        [
            (rows[7], roles[1]),
            (rows[8], roles[0]),
            (rows[6], roles[0])
        ]
    );
    let (unanimous, majority, divided) = c.counts();
    assert_eq!((unanimous, majority, divided), (20 - 3, 1, 2));

    // The majority split is what the checks run on; the agreed split takes the facilitator's
    // choices where given.
    let majority = c.majority_split(&base);
    assert_eq!(
        majority.cell(rows[6], roles[0]).unwrap().level,
        Level::Pilot
    );
    let agreed = c.agreed_split(
        &base,
        &opinions,
        &[((rows[7], roles[1]), Level::Contributes)],
        &[],
    );
    assert_eq!(
        agreed.cell(rows[7], roles[1]).unwrap().level,
        Level::Contributes
    );
    assert_eq!(agreed.cell(rows[6], roles[0]).unwrap().level, Level::Pilot);
    assert!(agreed.validate().is_ok());
}

#[test]
fn missing_cells_and_added_rows_and_roles() {
    let base = guide();
    let mut with_designer = opinion("Léa", 1, &[]);
    let designer = with_designer.split.add_role("Designer").unwrap();
    let first_row = with_designer.split.row_ids().next().unwrap();
    with_designer
        .split
        .set_level(first_row, designer, Level::Contributes)
        .unwrap();
    let mut without_a_row = opinion("Marc", 1, &[]);
    let gone = without_a_row.split.row_ids().nth(6).unwrap();
    without_a_row.split.remove_responsibility(gone).unwrap();
    let group = without_a_row.split.group_ids().nth(1).unwrap();
    let added = without_a_row
        .split
        .add_responsibility(group, "Formation des agents")
        .unwrap();
    let dnum = without_a_row.split.role_ids().nth(1).unwrap();
    without_a_row
        .split
        .set_level(added, dnum, Level::Pilot)
        .unwrap();
    let mut designer_too = opinion("Zoé", 1, &[]);
    designer_too.split.add_role(" designer ").unwrap();

    let opinions = [with_designer, without_a_row, designer_too];
    let c = consensus(&base, &opinions);
    let rows: Vec<_> = base.row_ids().collect();
    let roles: Vec<_> = base.role_ids().collect();
    assert_eq!(
        c.tally(rows[6], roles[0]).unwrap().answered(),
        2,
        "Marc has no such row"
    );
    assert_eq!(c.proposals.len(), 2);
    assert_eq!(c.proposals[0].kind, ProposalKind::Role);
    assert_eq!(c.proposals[0].label, "Designer");
    assert_eq!(c.proposals[0].by, ["Léa", "Zoé"]);
    assert_eq!(c.proposals[1].kind, ProposalKind::Row);
    assert_eq!(c.proposals[1].label, "Formation des agents");
    assert_eq!(c.proposals[1].by, ["Marc"]);

    let agreed = c.agreed_split(&base, &opinions, &[], &[0, 1]);
    assert_eq!(agreed.roles.len(), 3);
    let designer = agreed.role_ids().nth(2).unwrap();
    let first = agreed.row_ids().next().unwrap();
    assert_eq!(
        agreed.cell(first, designer).unwrap().level,
        Level::Contributes,
        "Léa's level; Zoé left it empty, a tie leads with the stronger"
    );
    let training = agreed.row_ids().last().unwrap();
    assert_eq!(agreed.row_label(training), "Formation des agents");
    let dnum = agreed.role_ids().nth(1).unwrap();
    assert_eq!(agreed.cell(training, dnum).unwrap().level, Level::Pilot);
}

#[test]
fn the_exports_of_the_opinions_give_each_cell_its_spread() {
    let base = guide();
    let opinions = [
        opinion("Léa", 1, &[(6, 0, Level::Pilot, "")]),
        opinion("Marc", 2, &[(6, 0, Level::Pilot, "")]),
        opinion("Zoé", 3, &[(6, 0, Level::Informed, "")]),
    ];
    let c = consensus(&base, &opinions);
    let agreed = c.majority_split(&base);
    let describe = |t: &binome::domain::opinions::Tally| {
        t.spread()
            .iter()
            .map(|(l, n)| format!("{} {n}", l.key()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let with = c.with_spread(&agreed, describe);
    let (row, role) = (base.row_at(6).unwrap(), base.role_at(0).unwrap());
    let cell = with.cell(row, role).unwrap();
    assert_eq!(cell.level, Level::Pilot);
    assert_eq!(cell.note, "pilot 2, informed 1");
    // A cell with its own note keeps it first.
    let first = (base.row_at(0).unwrap(), base.role_at(0).unwrap());
    assert!(!base.cell(first.0, first.1).unwrap().note.is_empty());
    let note = &with.cell(first.0, first.1).unwrap().note;
    assert!(
        note.starts_with(&base.cell(first.0, first.1).unwrap().note),
        "{note}"
    );
    assert!(note.ends_with("co-responsible 3"), "{note}");
    let words = &binome::i18n::FR.export_words;
    let markdown = binome::domain::export::markdown::to_markdown(&with, words);
    assert!(markdown.contains("pilot 2, informed 1"), "{markdown}");
    let csv = binome::domain::export::csv::to_csv(&with, words, ';');
    assert!(csv.contains("pilot 2, informed 1"), "{csv}");
}

fn any_level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_set_of_opinions_aggregates_and_the_agreed_split_stays_within_the_limits(
        levels in prop::collection::vec(prop::collection::vec(any_level(), 20), 0..=MAX_OPINIONS),
        extra_roles in prop::collection::vec("[A-Za-z ]{1,12}", 0..4),
    ) {
        let base = guide();
        let opinions: Vec<Opinion> = levels.iter().enumerate().map(|(i, cells)| {
            let levels: Vec<(usize, usize, Level, &str)> =
                cells.iter().enumerate().map(|(k, l)| (k / 2, k % 2, *l, "")).collect();
            let mut o = opinion(&format!("P{i}"), i as u32, &levels);
            for label in &extra_roles {
                let _ = o.split.add_role(label);
            }
            o
        }).collect();
        let c = consensus(&base, &opinions);
        let accepted: Vec<usize> = (0..c.proposals.len()).collect();
        let agreed = c.agreed_split(&base, &opinions, &[], &accepted);
        prop_assert!(agreed.validate().is_ok());
        for row in base.row_ids() {
            for role in base.role_ids() {
                prop_assert_eq!(c.tally(row, role).unwrap().answered(), opinions.len());
            }
        }
        let gathered = gather(REQUEST, Gathered::default(),
            &opinions.iter().map(|o| format!("#{} ", encode_opinion(o))).collect::<String>());
        prop_assert_eq!(gathered.opinions.len(), opinions.len());
    }
}
