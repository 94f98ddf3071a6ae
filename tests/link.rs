//! The share-link codec: round trips, damage, hostile input, and length.

use binome::domain::card::{dnum_card, CheckAnswer, RoleCard, Section, SelfCheck};
use binome::domain::limits::{LimitError, MAX_LABEL_CHARS, MAX_NOTE_CHARS};
use binome::domain::link::{decode, encode, is_link, open, seal, LinkError, LinkKind};
use binome::domain::templates::{blank, dnum_product, guide_current, guide_table};
use binome::domain::{Cell, Group, Level, Responsibility, Role, RoleSplit, RowId, TemplateId};
use proptest::prelude::*;

mod common;

/// What a split says, whatever its ids: links do not carry ids, and a decoded split gets
/// new ones, so a round trip is judged on content.
fn content(split: Result<RoleSplit, LinkError>) -> Result<RoleSplit, LinkError> {
    split.map(|s| s.without_ids())
}

/// What a split reads as once through a link: without ids, and without the characters
/// that make a text read differently from what it holds (bidi overrides, zero-width).
fn as_read(split: &RoleSplit) -> RoleSplit {
    let mut read = split.without_ids();
    read.clean_texts();
    read
}

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

fn label(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Zéèàçœ' ]{1,30}",
        prop::collection::vec(any::<char>(), 0..=max).prop_map(|c| c.into_iter().collect()),
    ]
}

fn template() -> impl Strategy<Value = TemplateId> {
    prop::sample::select(TemplateId::ALL.to_vec())
}

fn card() -> impl Strategy<Value = RoleCard> {
    let section = || {
        (label(200), prop::collection::vec(label(60), 0..4))
            .prop_map(|(text, items)| Section { text, items })
    };
    let check = (
        label(60),
        prop::sample::select(CheckAnswer::ALL.to_vec()),
        label(40),
    )
        .prop_map(|(question, answer, note)| SelfCheck {
            question,
            answer,
            note,
        });
    prop_oneof![
        Just(RoleCard::default()),
        Just(dnum_card(binome::domain::lang::Lang::Fr)),
        (
            section(),
            section(),
            section(),
            prop::collection::vec(check, 0..6)
        )
            .prop_map(|(what, why, daily, questions)| RoleCard {
                what,
                why,
                daily,
                questions
            }),
    ]
}

/// Any split within the limits, written from scratch.
fn any_split() -> impl Strategy<Value = RoleSplit> {
    (1usize..=12, 1usize..=6)
        .prop_flat_map(|(roles, groups)| {
            (
                label(MAX_LABEL_CHARS),
                template(),
                prop::collection::vec((label(MAX_LABEL_CHARS), card()), roles),
                prop::collection::vec(
                    (
                        label(MAX_LABEL_CHARS),
                        prop::collection::vec(
                            (
                                label(MAX_LABEL_CHARS),
                                label(MAX_NOTE_CHARS),
                                prop::collection::vec((level(), label(MAX_NOTE_CHARS)), roles),
                            ),
                            0..=10,
                        ),
                    ),
                    groups,
                ),
            )
        })
        .prop_map(|(name, template, roles, groups)| {
            RoleSplit::new(
                name,
                template,
                roles
                    .into_iter()
                    .map(|(label, card)| Role {
                        card,
                        ..Role::new(label)
                    })
                    .collect(),
                groups
                    .into_iter()
                    .map(|(label, rows)| {
                        Group::new(
                            label,
                            rows.into_iter()
                                .map(|(label, detail, cells)| {
                                    Responsibility::new(
                                        label,
                                        detail,
                                        cells
                                            .into_iter()
                                            .map(|(level, note)| Cell { level, note })
                                            .collect(),
                                    )
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            )
        })
}

/// A template with a few edits: the common case, which the format writes as references.
fn edited_template() -> impl Strategy<Value = RoleSplit> {
    (
        template(),
        prop::collection::vec((0usize..12, 0usize..3, level(), label(20)), 0..6),
        prop::collection::vec(
            (
                0usize..3,
                0usize..6,
                prop::sample::select(CheckAnswer::ALL.to_vec()),
                label(20),
            ),
            0..4,
        ),
        prop::option::of(label(40)),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(template, edits, answers, extra_role, drop_first_row, swap_roles)| {
                let mut s = template.build();
                for (role, question, answer, note) in answers {
                    let check = s
                        .roles
                        .get_mut(role)
                        .and_then(|r| r.card.questions.get_mut(question));
                    if let Some(check) = check {
                        check.answer = answer;
                        check.note = note;
                    }
                }
                if let Some(role) = extra_role {
                    let _ = s.add_role(&role);
                }
                if swap_roles {
                    let _ = s.move_role(s.roles[0].id, binome::domain::Move::Later);
                }
                if drop_first_row && s.responsibility_count() > 0 {
                    if let Some(first) = s.groups[0].responsibilities.first().map(|r| r.id) {
                        let _ = s.remove_responsibility(first);
                    }
                }
                let rows: Vec<RowId> = s.row_ids().collect();
                for (row, role, level, note) in edits {
                    if let Some(at) = rows.get(row % rows.len().max(1)) {
                        let role = s.roles[role % s.roles.len()].id;
                        let _ = s.set_level(*at, role, level);
                        let _ = s.set_note(*at, role, &note);
                    }
                }
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_split_round_trips(split in any_split()) {
        prop_assume!(split.validate().is_ok());
        prop_assert_eq!(content(decode(&encode(&split))), Ok(as_read(&split)));
    }

    #[test]
    fn edited_templates_round_trip(split in edited_template()) {
        prop_assert_eq!(content(decode(&encode(&split))), Ok(as_read(&split)));
    }

    #[test]
    fn decoding_any_string_returns(text in ".*") {
        let _ = decode(&text);
        let _ = decode(&format!("s1{text}"));
    }

    #[test]
    fn decoding_any_base64_body_returns(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        use base64::Engine;
        let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        let _ = decode(&format!("s1{}", body));
        // With a valid checksum, the layout reader itself meets the garbage.
        let _ = decode(&seal(LinkKind::Split, &bytes));
    }

    #[test]
    fn one_character_changed_is_an_error(split in edited_template(), at in any::<prop::sample::Index>(), replacement in "[A-Za-z0-9_-]") {
        let link = encode(&split);
        let i = at.index(link.len());
        let mut changed: Vec<char> = link.chars().collect();
        prop_assume!(changed[i].to_string() != replacement);
        changed[i] = replacement.chars().next().unwrap();
        let changed: String = changed.into_iter().collect();
        prop_assert!(decode(&changed).is_err(), "{} → {}", link, changed);
    }

    #[test]
    fn a_cut_link_is_an_error(split in edited_template(), keep in any::<prop::sample::Index>()) {
        let link = encode(&split);
        let cut = &link[..keep.index(link.len())];
        prop_assert!(decode(cut).is_err());
    }
}

#[test]
fn every_template_round_trips_and_is_short() {
    for split in [guide_table(), dnum_product(), blank(), guide_current()] {
        let link = encode(&split);
        assert!(link.len() < 20, "{link}");
        assert_eq!(content(decode(&link)), Ok(split.without_ids()));
    }
}

#[test]
fn three_changed_cells_stay_short() {
    let split = common::samples::guide_with_three_changes();
    let link = encode(&split);
    assert!(link.len() < 40, "{} chars: {link}", link.len());
    assert_eq!(content(decode(&link)), Ok(split.without_ids()));
}

#[test]
fn errors_say_what_is_wrong() {
    assert_eq!(decode(""), Err(LinkError::NotBinome));
    assert_eq!(decode("contenu"), Err(LinkError::NotBinome));
    assert_eq!(decode("s"), Err(LinkError::NotBinome));
    assert_eq!(decode("s0AAAA"), Err(LinkError::NotBinome));
    assert_eq!(decode("s3AAAAAAAA"), Err(LinkError::NewerVersion));
    assert_eq!(decode("sZAAAAAAAA"), Err(LinkError::NewerVersion));
    assert_eq!(decode("s1"), Err(LinkError::Damaged));
    assert_eq!(decode("s1!!!!"), Err(LinkError::Damaged));
    let link = encode(&guide_table());
    assert_eq!(
        content(decode(&format!("#{link}"))),
        Ok(guide_table().without_ids()),
        "a leading # is fine"
    );
    assert_eq!(decode(&link[..link.len() - 1]), Err(LinkError::Damaged));
    assert!(is_link(&link, LinkKind::Split));
    assert!(!is_link("contenu", LinkKind::Split));
}

#[test]
fn a_valid_link_over_the_limits_says_so() {
    let mut split = blank();
    split.roles = (0..13).map(|i| Role::new(format!("R{i}"))).collect();
    assert_eq!(
        decode(&encode(&split)),
        Err(LinkError::OverLimits(LimitError::TooManyRoles {
            count: 13
        }))
    );
    let mut split = guide_table();
    split.name = "x".repeat(200);
    assert_eq!(
        decode(&encode(&split)),
        Err(LinkError::OverLimits(LimitError::LabelTooLong {
            chars: 200
        }))
    );
}

#[test]
fn a_decompression_bomb_is_refused() {
    // 4 MB of zeros deflate to a few kB; the reader stops at 1 MB.
    let bomb = vec![0u8; 4 << 20];
    let link = seal(LinkKind::Split, &bomb);
    assert!(link.len() < 10_000, "{}", link.len());
    assert_eq!(open(&link, LinkKind::Split), Err(LinkError::Damaged));
    assert_eq!(decode(&link), Err(LinkError::Damaged));
}

#[test]
fn a_payload_with_trailing_bytes_is_damaged() {
    // The guide's table, as the template; both role cards as the template's.
    let mut payload = vec![0u8, 0x07, 0, 1, 0, 1, 1];
    assert!(decode(&seal(LinkKind::Split, &payload)).is_ok());
    payload.push(0);
    assert_eq!(
        decode(&seal(LinkKind::Split, &payload)),
        Err(LinkError::Damaged)
    );
}

#[test]
fn a_split_made_in_english_refers_to_the_english_template() {
    use binome::domain::lang::Lang;
    for template in TemplateId::ALL {
        let split = template.build_in(Lang::En);
        let link = encode(&split);
        assert!(link.len() < 24, "{link}");
        assert_eq!(content(decode(&link)), Ok(split.without_ids()));
    }
}
