//! *Avis reçus*: the facilitator pastes the links received (or imports files), each is
//! checked and said, and the consensus matrix shows where the team agrees; the agreed
//! levels and accepted additions make a new split, never written over the facilitator's.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, files};
use crate::domain::checks::check_split;
use crate::domain::export::file_name;
use crate::domain::opinions::{consensus, Consensus, Problem, ProposalKind, Request};
use crate::domain::split::label_key;
use crate::domain::RoleSplit;
use crate::domain::{Level, RoleId, RowId};
use crate::i18n::{Catalogue, ExportFormat};
use crate::route::View;
use crate::ui::builder::export::{export_text, CopyOrDownload, FormatChoice};
use crate::ui::dialog::Modal;
use crate::ui::file_button::FileButton;
use crate::ui::focus::{focus_later, focus_soon};
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::{use_messages, use_navigation, use_prefs, use_splits};

use super::consensus_matrix::{
    agreed_level, agreement_word, consensus_matrix, display_name, next_divided, set_agreed,
    spread_words, Agreed,
};
use super::use_opinions;

#[component]
pub fn OpinionsPage() -> impl IntoView {
    let opinions = use_opinions();
    let t = use_prefs().t();
    move || match opinions.asked.get() {
        Some(request) => view! { <Gathering request /> }.into_any(),
        None => view! {
            <div class="text-page">
                <h1 id=ids::GATHER_TITLE tabindex="-1">{t.opinions.gather_title}</h1>
                <p>{t.opinions.no_request}</p>
            </div>
        }
        .into_any(),
    }
}

/// The positions, in today's list of proposals, of those accepted.
fn accepted_indices(consensus: &Consensus, accepted: &[(ProposalKind, String)]) -> Vec<usize> {
    consensus
        .proposals
        .iter()
        .enumerate()
        .filter(|(_, p)| accepted.contains(&(p.kind, label_key(&p.label))))
        .map(|(i, _)| i)
        .collect()
}

fn problem_text(t: &'static Catalogue, problem: &Problem) -> String {
    let o = &t.opinions;
    let name = |n: &str| display_name(t, n);
    match problem {
        Problem::Unreadable { start, error } => (o.unreadable)(start, &(t.link_error)(error)),
        Problem::OtherRequest { name: n } => (o.other_request)(&name(n)),
        Problem::Replaced { name: n } => (o.replaced)(&name(n)),
        Problem::Repeated { name: n } => (o.repeated)(&name(n)),
        Problem::TooMany { name: n } => (o.too_many)(&name(n)),
    }
}

#[component]
fn Gathering(request: Request) -> impl IntoView {
    let t = use_prefs().t();
    let o = &t.opinions;
    let opinions = use_opinions();
    let messages = use_messages();
    let splits = use_splits();
    let nav = use_navigation();
    let base = request.split.clone();
    let paste = NodeRef::<html::Textarea>::new();
    let said = RwSignal::new(None::<String>);
    let add_text = move |text: String| {
        if !opinions.add(&text) {
            messages.alert(t.save_failed);
        }
        let added = opinions.gathered.with_untracked(|g| g.added);
        said.set(Some((o.added)(added)));
    };
    let add = move |_| {
        if let Some(area) = paste.get_untracked() {
            add_text(area.value());
            area.set_value("");
        }
    };
    let import = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            let mut text = String::new();
            for file in files::read_chosen_files(&input).await {
                text.push_str(&file);
                text.push('\n');
            }
            input.set_value("");
            add_text(text);
        });
    };
    let base_for_consensus = base.clone();
    let consensus = Memo::new(move |_| {
        opinions
            .gathered
            .with(|g| consensus(&base_for_consensus, &g.opinions))
    });
    // The decisions taken so far on this request, kept at each change.
    let (kept_agreed, kept_accepted) = super::kept_decisions(&request);
    let agreed: Agreed = RwSignal::new(kept_agreed);
    // Accepted proposals by kind and label: the list of proposals is made anew with each
    // opinion added, so a position would move to another proposal.
    let accepted = RwSignal::new(kept_accepted);
    let decided_on = request.clone();
    let warned = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        agreed.track();
        accepted.track();
        // The first run only finds what was kept.
        if previous.is_none() {
            return;
        }
        let saved = agreed.with(|a| accepted.with(|p| super::keep_decisions(&decided_on, a, p)));
        if !saved && !warned.get_value() {
            warned.set_value(true);
            messages.alert(t.save_failed);
        }
    });
    let focused = RwSignal::new(None::<(RowId, RoleId)>);
    let open = RwSignal::new(None::<(RowId, RoleId)>);
    let count = move || opinions.gathered.with(|g| g.opinions.len());
    let names = move || {
        opinions.gathered.with(|g| {
            g.opinions
                .iter()
                .map(|o| view! { <li>{display_name(t, &o.name)}</li> })
                .collect_view()
        })
    };
    let problems = move || {
        opinions.gathered.with(|g| {
            g.problems
                .iter()
                .map(|p| view! { <li>{problem_text(t, p)}</li> })
                .collect_view()
        })
    };
    let go_next = move |_| {
        let from = focused.get_untracked();
        if let Some(next) = consensus.with_untracked(|c| next_divided(c, from)) {
            focus_soon(ids::consensus_cell(next.0, next.1));
        }
    };
    let base_for_lists = StoredValue::new(base.clone());
    let divided_list = move || {
        consensus.with(|c| {
            let cells = c.most_divided();
            if cells.is_empty() {
                return view! { <p>{o.all_unanimous}</p> }.into_any();
            }
            let items = cells
                .into_iter()
                .take(5)
                .map(|(row, role)| {
                    let label = base_for_lists
                        .with_value(|b| format!("{} — {}", b.row_label(row), b.role_label(role)));
                    let detail = c
                        .tally(row, role)
                        .map(|tally| {
                            format!(
                                "{}\u{a0}: {}",
                                agreement_word(t, tally.agreement()),
                                spread_words(t, tally)
                            )
                        })
                        .unwrap_or_default();
                    view! {
                        <li>
                            <a
                                href=format!("#{}", ids::consensus_cell(row, role))
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_soon(ids::consensus_cell(row, role));
                                }
                            >
                                {label}
                            </a>
                            " ("
                            {detail}
                            ")"
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="most-divided">{items}</ol> }.into_any()
        })
    };
    let checks = move || {
        let majority = base_for_lists.with_value(|b| consensus.with(|c| c.majority_split(b)));
        let findings = check_split(&majority);
        let items = findings
            .iter()
            .map(|f| view! { <li>{(t.finding)(&majority, f)}</li> })
            .collect_view();
        view! {
            <p>{(o.majority_checks)(findings.len())}</p>
            {(!findings.is_empty()).then(|| view! { <ul>{items}</ul> })}
        }
    };
    let proposals = move || {
        consensus.with(|c| {
            if c.proposals.is_empty() {
                return ().into_any();
            }
            let items = c
                .proposals
                .iter()
                .map(|p| {
                    let key = (p.kind, label_key(&p.label));
                    let by: Vec<String> = p.by.iter().map(|n| display_name(t, n)).collect();
                    let by = by.join(", ");
                    let text = match p.kind {
                        ProposalKind::Role => (o.proposal_role)(&p.label, &by),
                        ProposalKind::Row => (o.proposal_row)(&p.label, &p.group, &by),
                    };
                    view! {
                        <label class="answer-option">
                            <input
                                type="checkbox"
                                prop:checked={
                                    let key = key.clone();
                                    move || accepted.with(|a| a.contains(&key))
                                }
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    accepted.update(|a| {
                                        a.retain(|x| *x != key);
                                        if on {
                                            a.push(key.clone());
                                        }
                                    });
                                }
                            />
                            <span>{text}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="proposals">
                    <legend>{o.proposals}</legend>
                    {items}
                </fieldset>
            }
            .into_any()
        })
    };
    let save = move |_| {
        let split = base_for_lists.with_value(|b| {
            opinions.gathered.with_untracked(|g| {
                consensus.with_untracked(|c| {
                    let agreed = agreed.get_untracked();
                    let accepted = accepted.with_untracked(|a| accepted_indices(c, a));
                    c.agreed_split(b, &g.opinions, &agreed, &accepted)
                })
            })
        });
        let mut split = split;
        let (day, month, year) = clock::today();
        let name = (o.agreed_name)(&split.name, &(o.long_date)(day, month, year));
        let name: String = name
            .chars()
            .take(crate::domain::limits::MAX_LABEL_CHARS)
            .collect();
        let _ = split.rename(&name);
        splits.create_split(split);
        nav.go(View::Builder);
        messages.announce((o.saved)(&name));
        focus_later(ids::BUILDER_TITLE.to_owned());
    };
    let exporting = RwSignal::new(false);
    let agreed_with_spread = move || {
        base_for_lists.with_value(|b| {
            opinions.gathered.with(|g| {
                consensus.with(|c| {
                    let accepted = accepted.with(|a| accepted_indices(c, a));
                    let split = c.agreed_split(b, &g.opinions, &agreed.get(), &accepted);
                    c.with_spread(&split, |tally| {
                        (o.spread_note)(
                            &spread_words(t, tally),
                            &agreement_word(t, tally.agreement()).to_lowercase(),
                        )
                    })
                })
            })
        })
    };
    let matrix = consensus_matrix(t, base.clone(), consensus, agreed, focused, open);
    view! {
        <div class="opinions-page">
            <h1 id=ids::GATHER_TITLE tabindex="-1">{o.gather_title}</h1>
            <p class="lead">{request.title.clone()}</p>
            <p>{o.gather_intro}</p>
            <div class="field">
                <label for=ids::PASTE_OPINIONS>{o.paste_label}</label>
                <textarea id=ids::PASTE_OPINIONS rows="4" node_ref=paste></textarea>
            </div>
            <div class="actions">
                <button type="button" id=ids::ADD_OPINIONS on:click=add>{o.add}</button>
                <FileButton label=o.import accept=".txt,.html,.json,text/*" multiple=true on_chosen=import />
            </div>
            <div role="status" class="gather-result">
                {move || said.get().map(|s| view! { <p>{s}</p> })}
                <ul class="problems">{problems}</ul>
            </div>
            <h2>{move || (o.count)(count())}</h2>
            <ul class="opinion-names">{names}</ul>
            {move || {
                (count() > 0)
                    .then(|| {
                        let (u, m, d) = consensus.with(|c| c.counts());
                        view! {
                            <p class="consensus-summary">{(o.summary)(u, m, d)}</p>
                            <div class="actions">
                                <button type="button" id=ids::NEXT_DIVIDED class="secondary" aria-keyshortcuts="D" on:click=go_next>
                                    {o.next_divided}
                                </button>
                            </div>
                        }
                    })
            }}
            {matrix}
            <p class="hint">{o.keys_hint}</p>
            // Nothing to say of agreement before the first opinion.
            {move || {
                (count() > 0)
                    .then(|| {
                        view! {
                            <section aria-labelledby=ids::MOST_DIVIDED>
                                <h2 id=ids::MOST_DIVIDED>{o.most_divided}</h2>
                                {divided_list}
                            </section>
                            <section class="majority-checks">{checks}</section>
                        }
                    })
            }}
            {proposals}
            <div class="actions">
                <button type="button" id=ids::SAVE_AGREED on:click=save>{o.save}</button>
                <button type="button" id=ids::EXPORT_OPINIONS class="secondary" on:click=move |_| exporting.set(true)>
                    {o.export}
                </button>
            </div>
            {move || exporting.get().then(|| view! { <ExportOpinions split=Signal::derive(agreed_with_spread) exporting /> })}
            {move || open.get().map(|at| view! { <CellOpinions at consensus=consensus agreed open /> })}
        </div>
    }
}

/// One cell's opinions in full: who gave what, their comments, and the agreed level.
#[component]
fn CellOpinions(
    at: (RowId, RoleId),
    consensus: Memo<crate::domain::opinions::Consensus>,
    agreed: Agreed,
    open: RwSignal<Option<(RowId, RoleId)>>,
) -> impl IntoView {
    let t = use_prefs().t();
    let opinions = use_opinions();
    let title = opinions.asked.with_untracked(|r| {
        r.as_ref()
            .map(|r| format!("{} — {}", r.split.row_label(at.0), r.split.role_label(at.1)))
            .unwrap_or_default()
    });
    let tally = consensus.with_untracked(|c| c.tally(at.0, at.1).cloned().unwrap_or_default());
    let given = tally
        .spread()
        .into_iter()
        .map(|(level, n)| {
            let names: Vec<String> = tally.by_level[level.index()]
                .iter()
                .map(|name| display_name(t, name))
                .collect();
            view! {
                <li>
                    {level_icon(level)}
                    <strong>{(t.opinions.level_count)((t.level_name)(level), n)}</strong>
                    "\u{a0}: "
                    {names.join(", ")}
                </li>
            }
        })
        .collect_view();
    let comments = (!tally.comments.is_empty()).then(|| {
        let items = tally
            .comments
            .iter()
            .map(|(name, note)| view! { <li><strong>{display_name(t, name)}</strong>"\u{a0}: "{note.clone()}</li> })
            .collect_view();
        view! {
            <h3>{t.opinions.comments}</h3>
            <ul>{items}</ul>
        }
    });
    let chosen = move || agreed.with(|a| agreed_level(a, at));
    let options = Level::ALL
        .into_iter()
        .map(|level| {
            view! {
                <label class="level-option" data-level=level.key()>
                    <input
                        type="radio"
                        name="niveau-convenu"
                        prop:checked=move || chosen() == Some(level)
                        on:change=move |_| set_agreed(agreed, at, Some(level))
                    />
                    {level_icon(level)}
                    <span class="level-name">{(t.level_name)(level)}</span>
                </label>
            }
        })
        .collect_view();
    let close = move || {
        open.set(None);
        focus_later(ids::consensus_cell(at.0, at.1));
    };
    view! {
        <Modal title=title on_close=move |_| close()>
            <p>{agreement_word(t, tally.agreement())}</p>
            <ul class="given-levels">{given}</ul>
            {comments}
            <fieldset class="level-options">
                <legend>{t.opinions.agreed_legend}</legend>
                {options}
            </fieldset>
            <div class="actions">
                <button type="button" on:click=move |_| close()>{t.done_editing}</button>
            </div>
        </Modal>
    }
}

/// The agreed split with each cell's opinions, as Markdown or CSV, copied or downloaded.
#[component]
fn ExportOpinions(split: Signal<RoleSplit>, exporting: RwSignal<bool>) -> impl IntoView {
    let t = use_prefs().t();
    let format = RwSignal::new(ExportFormat::Markdown);
    let text = Signal::derive(move || split.with(|s| export_text(s, format.get(), t)));
    let file = Signal::derive(move || split.with(|s| file_name(&s.name, format.get().extension())));
    view! {
        <Modal
            title=t.opinions.export_title.to_owned()
            class="export-dialog"
            on_close=move |_| {
                exporting.set(false);
                focus_later(ids::EXPORT_OPINIONS.to_owned());
            }
        >
            <p>{t.opinions.export_intro}</p>
            <FormatChoice format formats=vec![ExportFormat::Markdown, ExportFormat::CsvSemicolon, ExportFormat::CsvComma] />
            <CopyOrDownload text file mime=Signal::derive(move || format.get().mime()) />
        </Modal>
    }
}
