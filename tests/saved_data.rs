//! Saved data: the round trip, every kind of bad data, and keeping the storage in step.

use binome::domain::library::{Entry, ExternalChange, Library};
use binome::domain::limits::LimitError;
use binome::domain::saved::*;
use binome::domain::templates::{blank, dnum_product, guide_table};
use binome::domain::Level;
use binome::i18n::FR;

#[test]
fn serde_round_trip_of_every_template() {
    for split in [guide_table(), dnum_product(), blank()] {
        let raw = serialize_split(&split);
        assert_eq!(parse_saved_split(&raw), Ok(split.clone()));
    }
}

#[test]
fn the_saved_text_carries_its_schema_version() {
    let raw = serialize_split(&guide_table());
    // Fields in the order of the structs: name, template, roles, groups, then the counter.
    assert!(
        raw.starts_with(
            r#"{"schema":3,"split":{"name":"Chefferie produit","template":"guide","roles":[{"id":1,"label":"Chef de produit métier","card":{"what":{"text":"#
        ),
        "{raw}"
    );
    assert!(
        raw.contains(
            r#""groups":[{"id":3,"label":"Chefferie produit","responsibilities":[{"id":5,"label":"Incarner la vision","cells":[{"level":"co-responsible","note":"porte la politique publique"},"#
        ),
        "{raw}"
    );
    // A responsibility's description comes between its label and its cells.
    assert!(
        raw.contains(r#"{"id":7,"label":"Piloter la conception","detail":"recherche, "#),
        "{raw}"
    );
    // Cells nobody is involved in are left out: {} is a cell at no level, without a note.
    assert!(raw.contains(r#""cells":[{},{}]"#), "{raw}");
    // 2 roles, 2 groups and 10 responsibilities: ids 1 to 14, the next one 15.
    assert!(raw.ends_with(r#"]}]}],"next_id":15}}"#), "{raw}");
}

#[test]
fn cards_and_self_check_answers_survive_saving() {
    use binome::domain::card::CheckAnswer;
    let mut split = guide_table();
    split.roles[1].card.questions[1].answer = CheckAnswer::ToWorkOn;
    split.roles[1].card.questions[1].note = "revoir les rituels".into();
    split.roles[0]
        .card
        .daily
        .items
        .push("Présenter le produit au comité".into());
    assert_eq!(parse_saved_split(&serialize_split(&split)), Ok(split));
}

#[test]
fn a_schema_1_fixture_still_loads_with_empty_cards() {
    let raw = include_str!("fixtures/saved_split_schema_1.json");
    let split = parse_saved_split(raw).expect("schema 1 stays readable");
    assert!(split.roles.iter().all(|r| r.card.is_empty()));
}

#[test]
fn a_schema_1_fixture_still_loads() {
    let raw = include_str!("fixtures/saved_split_schema_1.json");
    let split = parse_saved_split(raw).expect("schema 1 stays readable");
    assert_eq!(split.name, "Atelier du 12 mars");
    assert_eq!(split.roles.len(), 3);
    let (first_row, third_role) = (split.row_at(0).unwrap(), split.role_at(2).unwrap());
    assert_eq!(
        split.cell(first_row, third_role).unwrap().level,
        Level::Contributes
    );
}

#[test]
fn every_kind_of_bad_saved_data_is_an_error() {
    let cases: Vec<(&str, SavedDataError)> = vec![
        ("", SavedDataError::Unreadable),
        ("not json at all {", SavedDataError::Unreadable),
        ("[1,2,3]", SavedDataError::Unreadable),
        (r#"{"split":{}}"#, SavedDataError::Unreadable),
        (r#"{"schema":1}"#, SavedDataError::Unreadable),
        (
            r#"{"schema":1,"split":{"name":"x"}}"#,
            SavedDataError::Unreadable,
        ),
        (r#"{"schema":0,"split":{}}"#, SavedDataError::Unreadable),
        (r#"{"schema":-1}"#, SavedDataError::Unreadable),
        (r#"{"schema":1.5,"split":{}}"#, SavedDataError::Unreadable),
        (
            r#"{"schema":1,"split":{"name":"x","template":"inconnu","roles":[],"groups":[]}}"#,
            SavedDataError::Unreadable,
        ),
        (
            r#"{"schema":1,"split":{"name":"x","template":"guide","roles":[{"label":3}],"groups":[]}}"#,
            SavedDataError::Unreadable,
        ),
        (
            r#"{"schema":1,"split":{"name":"x","template":"guide","roles":[{"label":"a"}],"groups":[{"label":"g","responsibilities":[{"label":"r","cells":[{"level":"boss"}]}]}]}}"#,
            SavedDataError::Unreadable,
        ),
        (
            r#"{"schema":99,"split":{"anything":true}}"#,
            SavedDataError::FromNewerVersion { schema: 99 },
        ),
    ];
    for (raw, expected) in cases {
        assert_eq!(parse_saved_split(raw), Err(expected), "{raw}");
    }
}

#[test]
fn saved_data_over_the_limits_is_refused() {
    let mut split = guide_table();
    split.roles[0].label = "x".repeat(500);
    assert_eq!(
        parse_saved_split(&serialize_split(&split)),
        Err(SavedDataError::OverLimits(LimitError::LabelTooLong {
            chars: 500
        }))
    );
    let mut split = guide_table();
    split.groups[0].responsibilities[0].cells.pop();
    assert_eq!(
        parse_saved_split(&serialize_split(&split)),
        Err(SavedDataError::OverLimits(LimitError::CellsMismatch))
    );
}

#[test]
fn errors_have_french_messages() {
    assert!((FR.saved_data_error)(&SavedDataError::Unreadable)
        .contains("n’est pas celui d’une répartition"));
    assert!(
        (FR.saved_data_error)(&SavedDataError::FromNewerVersion { schema: 4 })
            .contains("version plus récente")
    );
}

#[test]
fn loading_sorts_good_unreadable_and_newer_keys() {
    let good = serialize_split(&guide_table());
    let loaded = read_saved_splits(vec![
        (split_key("a"), good.clone()),
        (split_key("b"), "{oops".to_owned()),
        (split_key("c"), r#"{"schema":7}"#.to_owned()),
        ("binome.split.".to_owned(), good.clone()),
        ("other.app".to_owned(), good),
    ]);
    assert_eq!(loaded.entries.len(), 1);
    assert_eq!(loaded.entries[0].id, "a");
    assert_eq!(
        loaded.unreadable,
        vec![Unreadable {
            key: split_key("b"),
            raw: "{oops".into(),
            error: SavedDataError::Unreadable
        }]
    );
    assert_eq!(loaded.newer, vec![split_key("c")]);
    assert_eq!(backup_key(&split_key("b")), "binome.backup.split.b");
}

fn library() -> Library {
    Library::new(Entry {
        id: "a".into(),
        split: guide_table(),
    })
}

/// A mirror that knows the library as saved: nothing left to write.
fn saved(lib: &Library) -> StorageMirror {
    let mut mirror = StorageMirror::default();
    for (k, v) in mirror.plan(lib).writes {
        mirror.remember(&k, Some(&v));
    }
    mirror
}

#[test]
fn the_mirror_writes_only_what_changed() {
    let mut lib = library();
    let mut mirror = StorageMirror::default();
    let plan = mirror.plan(&lib);
    assert_eq!(plan.writes.len(), 2);
    assert_eq!(plan.writes[0], (CURRENT_KEY.to_owned(), "a".to_owned()));
    assert_eq!(plan.writes[1].0, split_key("a"));
    assert_eq!(parse_saved_split(&plan.writes[1].1), Ok(guide_table()));
    for (k, v) in &plan.writes {
        mirror.remember(k, Some(v));
    }
    assert!(mirror.plan(&lib).is_empty());
    lib.edit(|s| {
        s.set_level(
            s.groups[1].responsibilities[0].id,
            s.roles[1].id,
            Level::Pilot,
        )
    })
    .unwrap();
    let plan = mirror.plan(&lib);
    assert_eq!(plan.writes.len(), 1);
    assert_eq!(plan.writes[0].0, split_key("a"));
}

#[test]
fn the_mirror_removes_deleted_splits_but_never_unknown_keys() {
    let mut lib = library();
    lib.create("b".into(), blank());
    let mut mirror = saved(&lib);
    mirror.remember(&split_key("from-a-newer-version"), None);
    lib.delete("b", || unreachable!());
    let plan = mirror.plan(&lib);
    assert_eq!(plan.removals, vec![split_key("b")]);
}

#[test]
fn another_tabs_write_is_followed_and_not_written_back() {
    let mut lib = library();
    let mut mirror = saved(&lib);
    let theirs = serialize_split(&dnum_product());
    let outcome = follow_storage_event(&mut lib, &mut mirror, &split_key("a"), Some(&theirs));
    assert_eq!(
        outcome,
        StorageEventOutcome::Split(ExternalChange::CurrentUpdated)
    );
    assert_eq!(lib.current(), &dnum_product());
    assert!(mirror.plan(&lib).is_empty(), "nothing to write back");
}

#[test]
fn the_open_split_deleted_elsewhere_is_saved_again_only_on_the_next_edit() {
    let mut lib = library();
    let mut mirror = saved(&lib);
    let outcome = follow_storage_event(&mut lib, &mut mirror, &split_key("a"), None);
    assert_eq!(
        outcome,
        StorageEventOutcome::Split(ExternalChange::CurrentRemoved)
    );
    assert!(mirror.plan(&lib).is_empty());
    lib.edit(|s| s.rename("Encore là")).unwrap();
    assert_eq!(mirror.plan(&lib).writes.len(), 1);
}

#[test]
fn a_split_written_by_a_newer_version_is_never_overwritten_from_here() {
    let mut lib = library();
    let mut mirror = StorageMirror::default();
    let outcome = follow_storage_event(
        &mut lib,
        &mut mirror,
        &split_key("a"),
        Some(r#"{"schema":4,"split":{}}"#),
    );
    assert_eq!(outcome, StorageEventOutcome::WrittenByNewerVersion);
    lib.edit(|s| s.rename("Ici")).unwrap();
    let plan = mirror.plan(&lib);
    assert!(plan.writes.iter().all(|(k, _)| k != &split_key("a")));
}

#[test]
fn an_unreadable_write_from_another_tab_is_reported_and_this_tabs_copy_saved_again() {
    let mut lib = library();
    let mut mirror = saved(&lib);
    let outcome = follow_storage_event(&mut lib, &mut mirror, &split_key("a"), Some("garbage"));
    // The caller keeps "garbage" under a backup key; this tab's split is written back.
    assert_eq!(outcome, StorageEventOutcome::Unreadable);
    assert_eq!(lib.current(), &guide_table());
    let writes = mirror.plan(&lib).writes;
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].0, split_key("a"));
    assert_eq!(parse_saved_split(&writes[0].1), Ok(guide_table()));
}

#[test]
fn two_tabs_with_different_splits_open_do_not_take_turns_writing_which_is_open() {
    // This tab has "a" open and saved; another tab opens "b" and writes binome.current.
    let mut lib = library();
    let mut mirror = saved(&lib);
    let outcome = follow_storage_event(&mut lib, &mut mirror, CURRENT_KEY, Some("b"));
    assert_eq!(outcome, StorageEventOutcome::Ignored);
    assert_eq!(lib.current_id(), "a");
    assert!(
        mirror.plan(&lib).is_empty(),
        "writing \"a\" back would make the other tab write \"b\" again, and so on"
    );
}
