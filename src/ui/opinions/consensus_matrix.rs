//! The consensus matrix, for the projector: per cell, the levels the team gave and how many
//! gave each (symbol, word, count, and the names when there are few), the agreement in
//! words (*Unanime*, *Majorité*, *Partagé*: not colour alone), and the level agreed on.
//! Keys: arrows between cells, 1–5 set the agreed level, Delete clears it, D goes to the
//! next divided cell.

use leptos::prelude::*;

use crate::domain::opinions::{Agreement, Consensus, Tally};
use crate::domain::{Level, RoleId, RoleSplit, RowId};
use crate::i18n::Catalogue;
use crate::ui::builder::keyboard::level_of_key;
use crate::ui::focus::focus_soon;
use crate::ui::ids;
use crate::ui::level_icon::level_icon;

/// Names are shown in the cell up to this many answers (beyond, in the cell's dialog).
const NAMES_SHOWN_UP_TO: usize = 8;

/// Names in the cell where they tell something: a few people, not all of one mind.
fn names_shown(tally: &Tally) -> bool {
    tally.answered() <= NAMES_SHOWN_UP_TO && tally.agreement() != Some(Agreement::Unanimous)
}

/// The agreed levels, cell by cell.
pub type Agreed = RwSignal<Vec<((RowId, RoleId), Level)>>;

pub fn agreed_level(agreed: &[((RowId, RoleId), Level)], at: (RowId, RoleId)) -> Option<Level> {
    agreed
        .iter()
        .find(|(cell, _)| *cell == at)
        .map(|(_, level)| *level)
}

pub fn set_agreed(agreed: Agreed, at: (RowId, RoleId), level: Option<Level>) {
    agreed.update(|list| {
        list.retain(|(cell, _)| *cell != at);
        if let Some(level) = level {
            list.push((at, level));
        }
    });
}

pub fn agreement_word(t: &'static Catalogue, agreement: Option<Agreement>) -> &'static str {
    match agreement {
        Some(Agreement::Unanimous) => t.opinions.unanimous,
        Some(Agreement::Majority) => t.opinions.majority,
        Some(Agreement::Divided) => t.opinions.divided,
        None => t.opinions.no_answer,
    }
}

fn agreement_key(agreement: Option<Agreement>) -> &'static str {
    match agreement {
        Some(Agreement::Unanimous) => "unanimous",
        Some(Agreement::Majority) => "majority",
        Some(Agreement::Divided) => "divided",
        None => "none",
    }
}

/// "Pilote 3, Informé 1".
pub fn spread_words(t: &'static Catalogue, tally: &Tally) -> String {
    levels_words(t, tally, false)
}

/// The levels given, with their counts and, when `with_names`, who gave them: "Pilote 2
/// Marc, Zoé, Participe 1 Léa", in the order the cell shows them.
fn levels_words(t: &'static Catalogue, tally: &Tally, with_names: bool) -> String {
    tally
        .spread()
        .into_iter()
        .map(|(level, n)| {
            let count = (t.opinions.level_count)((t.level_name)(level), n);
            if with_names {
                format!("{count} {}", names_of(t, tally, level))
            } else {
                count
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn names_of(t: &'static Catalogue, tally: &Tally, level: Level) -> String {
    tally.by_level[level.index()]
        .iter()
        .map(|n| display_name(t, n))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn display_name(t: &'static Catalogue, name: &str) -> String {
    if name.trim().is_empty() {
        t.opinions.anonymous.to_owned()
    } else {
        name.trim().to_owned()
    }
}

/// The next divided (or majority) cell after `from`, in the most-divided order.
pub fn next_divided(
    consensus: &Consensus,
    from: Option<(RowId, RoleId)>,
) -> Option<(RowId, RoleId)> {
    let order = consensus.most_divided();
    let at = from.and_then(|f| order.iter().position(|c| *c == f));
    match at {
        Some(i) => order.get(i + 1).or(order.first()).copied(),
        None => order.first().copied(),
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(never)]
pub fn consensus_matrix(
    t: &'static Catalogue,
    base: RoleSplit,
    consensus: Memo<Consensus>,
    agreed: Agreed,
    focused: RwSignal<Option<(RowId, RoleId)>>,
    open: RwSignal<Option<(RowId, RoleId)>>,
) -> AnyView {
    let role_labels: Vec<String> = base.roles.iter().map(|r| r.label.clone()).collect();
    // Copy, so that every cell's handler shares it.
    let base_for_keys = StoredValue::new(base.clone());
    let on_key = move |ev: leptos::ev::KeyboardEvent, at: (RowId, RoleId)| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if key == "Delete" || key == "Backspace" {
            ev.prevent_default();
            set_agreed(agreed, at, None);
            return;
        }
        if key.eq_ignore_ascii_case("d") {
            ev.prevent_default();
            if let Some(next) = consensus.with_untracked(|c| next_divided(c, Some(at))) {
                focus_soon(ids::consensus_cell(next.0, next.1));
            }
            return;
        }
        if let Some(level) = level_of_key(&key, &ev.code()) {
            ev.prevent_default();
            set_agreed(agreed, at, Some(level));
            return;
        }
        if let Some((r, c)) = base_for_keys.with_value(|b| super::neighbour(b, &key, at.0, at.1)) {
            ev.prevent_default();
            focus_soon(ids::consensus_cell(r, c));
        }
    };
    let body = base
        .rows()
        .map(|row| {
            let row_id = row.id;
            let row_label = row.label.clone();
            let cells = base
                .roles
                .iter()
                .map(|role| {
                    let at = (row_id, role.id);
                    let (row_label, role_label) = (row_label.clone(), role.label.clone());
                    let tally = Memo::new(move |_| {
                        consensus.with(|c| c.tally(at.0, at.1).cloned().unwrap_or_default())
                    });
                    let chosen = Memo::new(move |_| agreed.with(|a| agreed_level(a, at)));
                    let name = move || {
                        tally.with(|tally| {
                            (t.opinions.consensus_cell)(
                                &row_label,
                                &role_label,
                                agreement_word(t, tally.agreement()),
                                // What the cell shows, in its order (names when few).
                                &levels_words(t, tally, names_shown(tally)),
                                chosen.get().map(t.level_name),
                            )
                        })
                    };
                    let content = move || {
                        tally.with(|tally| {
                            let few = names_shown(tally);
                            let levels = tally
                                .spread()
                                .into_iter()
                                .map(|(level, n)| {
                                    let names = few.then(|| {
                                        view! { <span class="names">{names_of(t, tally, level)}</span> }
                                    });
                                    view! {
                                        <span class="given">
                                            {level_icon(level)}
                                            {(t.opinions.level_count)((t.level_name)(level), n)}
                                            " "
                                            {names}
                                        </span>
                                        // Words apart for whoever reads the text, not the layout.
                                        " "
                                    }
                                })
                                .collect_view();
                            view! {
                                <span class="agreement">{agreement_word(t, tally.agreement())}</span>
                                " "
                                {levels}
                            }
                        })
                    };
                    view! {
                        <td
                            class="cell consensus-cell"
                            data-agreement=move || tally.with(|t| agreement_key(t.agreement()))
                        >
                            <button
                                type="button"
                                id=ids::consensus_cell(at.0, at.1)
                                class="cell-button"
                                aria-haspopup="dialog"
                                aria-label=name
                                on:focus=move |_| focused.set(Some(at))
                                on:click=move |_| open.set(Some(at))
                                on:keydown=move |ev| on_key(ev, at)
                            >
                                {content}
                                {move || {
                                    chosen.get().map(|level| view! {
                                        " "
                                        <span class="agreed">{(t.opinions.agreed)((t.level_name)(level))}</span>
                                    })
                                }}
                            </button>
                        </td>
                    }
                })
                .collect_view();
            super::grid_row(row_label.clone(), cells)
        })
        .collect_view();
    super::grid_table(
        t,
        "matrix consensus",
        ids::CONSENSUS_CAPTION,
        t.opinions.caption.to_owned(),
        role_labels,
        body,
    )
}
