//! The page a request's link opens: one person's opinion, given alone, on a phone. The
//! grid starts from the facilitator's split (or empty); a tap on a cell chooses its level
//! and an optional comment; *Envoyer mon avis* gives the opinion's link, through the
//! phone's share sheet where there is one. Kept in this browser at every change.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::share_sheet;
use crate::domain::opinions::{encode_opinion, Opinion, Request};
use crate::domain::split::label_key;
use crate::domain::{GroupId, Level, RoleId, RoleSplit, RowId};
use crate::i18n::Catalogue;
use crate::ui::builder::keyboard::level_for_key;
use crate::ui::copy_link::CopyableLink;
use crate::ui::dialog::Modal;
use crate::ui::focus::{focus_later, focus_soon};
use crate::ui::ids;
use crate::ui::level_icon::level_icon;
use crate::ui::state::{use_messages, use_prefs};

use super::{full_link, minutes_now, neighbour, use_opinions, Opinions};

#[component]
pub fn GiveOpinionPage() -> impl IntoView {
    let opinions = use_opinions();
    let t = use_prefs().t();
    move || match opinions.answering.get() {
        Some(request) => view! { <Give request /> }.into_any(),
        None => view! {
            <div class="text-page">
                <h1>{t.opinions.page_title_give}</h1>
                <p>{t.opinions.not_a_request}</p>
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Give(request: Request) -> impl IntoView {
    let prefs = use_prefs();
    let t = prefs.t();
    let o = &t.opinions;
    let lang = prefs.lang.get_untracked();
    let messages = use_messages();
    let kept = Opinions::draft(&request);
    let draft = RwSignal::new(kept.clone().unwrap_or_else(|| Opinion {
        request: request.id,
        name: String::new(),
        given_at: 0,
        split: request.split.clone(),
    }));
    let editing = RwSignal::new(None::<(RowId, RoleId)>);
    let sent = RwSignal::new(None::<String>);
    // Every change is kept here at once; a failure is said once.
    let warned = StoredValue::new(false);
    let keep = move || {
        let saved = draft.with_untracked(Opinions::keep_draft);
        if !saved && !warned.get_value() {
            warned.set_value(true);
            messages.alert(t.save_failed);
        }
        // A change after sending: the link shown is no longer this opinion.
        sent.set(None);
    };
    let set_level = move |row: RowId, role: RoleId, level: Level| {
        draft.update(|d| {
            let _ = d.split.set_level(row, role, level);
        });
        keep();
    };
    let send = move |_| {
        draft.update(|d| d.given_at = minutes_now());
        keep();
        let link = draft.with_untracked(|d| full_link(&encode_opinion(d), lang));
        sent.set(Some(link));
        focus_later(ids::OPINION_READY.to_owned());
    };
    let title = request.title.clone();
    let share = move |_| {
        if let Some(link) = sent.get_untracked() {
            let title = title.clone();
            spawn_local(async move {
                share_sheet::share(&title, &(o.opinion_share_text)(&title), &link).await;
            });
        }
    };
    // The grid is drawn again only when a row or a role is proposed or withdrawn.
    let shape = Memo::new(move |_| draft.with(|d| shape_of(&d.split)));
    let split_name = request.split.name.clone();
    let grid = move || {
        shape.with(|(rows, roles)| grid(t, draft, editing, set_level, rows, roles, &split_name))
    };
    let request_split = request.split.clone();
    view! {
        <div class="give-opinion">
            <h1 id=ids::GIVE_TITLE tabindex="-1">{request.title.clone()}</h1>
            <p class="lead">{o.give_intro}</p>
            {request.blank.then(|| view! { <p>{o.give_blank}</p> })}
            {kept.is_some().then(|| view! { <p class="hint">{o.kept_here}</p> })}
            <div class="field">
                <label for=ids::OPINION_NAME>{o.your_name}</label>
                <input
                    id=ids::OPINION_NAME
                    type="text"
                    autocomplete="name"
                    prop:value=draft.with_untracked(|d| d.name.clone())
                    on:input:target=move |ev| {
                        let name: String = ev.target().value().chars().take(crate::domain::limits::MAX_LABEL_CHARS).collect();
                        draft.update(|d| d.name = name);
                        keep();
                    }
                />
            </div>
            {grid}
            <ProposeAddition request=request_split draft keep=Callback::new(move |()| keep()) />
            <div class="actions">
                <button type="button" id=ids::SEND_OPINION on:click=send>{o.send}</button>
            </div>
            {move || {
                sent.get()
                    .map(|link| {
                        view! {
                            <section class="notice opinion-ready" aria-labelledby=ids::OPINION_READY>
                                <h2 id=ids::OPINION_READY tabindex="-1">{o.ready}</h2>
                                {share_sheet::available()
                                    .then(|| view! { <button type="button" on:click=share.clone()>{t.share_sheet}</button> })}
                                <CopyableLink id=ids::OPINION_LINK label=o.opinion_link link />
                            </section>
                        }
                    })
            }}
            {move || {
                editing.get().map(|(row, role)| view! { <CellOpinion draft editing row role set_level=Callback::new(move |(r, c, l)| set_level(r, c, l)) keep=Callback::new(move |()| keep()) /> })
            }}
        </div>
    }
}

/// The grid of the opinion: rows × roles, each cell a button (tap: the cell's dialog;
/// keys: arrows, 1–5, Delete).
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn grid(
    t: &'static Catalogue,
    draft: RwSignal<Opinion>,
    editing: RwSignal<Option<(RowId, RoleId)>>,
    set_level: impl Fn(RowId, RoleId, Level) + Copy + 'static,
    rows: &[(RowId, String)],
    roles: &[(RoleId, String)],
    name: &str,
) -> AnyView {
    let role_labels: Vec<String> = roles.iter().map(|(_, label)| label.clone()).collect();
    let body = rows
        .iter()
        .map(|(row, row_label)| {
            let row = *row;
            let cells = roles
                .iter()
                .map(|(role, role_label)| {
                    let role = *role;
                    let (row_label, role_label) = (row_label.clone(), role_label.clone());
                    let cell = Memo::new(move |_| {
                        draft.with(|d| d.split.cell(row, role).cloned().unwrap_or_default())
                    });
                    let name = move || {
                        cell.with(|c| {
                            (t.opinions.cell_name)(&row_label, &role_label, (t.level_name)(c.level), &c.note)
                        })
                    };
                    let on_key = move |ev: leptos::ev::KeyboardEvent| {
                        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                            return;
                        }
                        let key = ev.key();
                        if let Some(level) = level_for_key(&ev) {
                            ev.prevent_default();
                            set_level(row, role, level);
                            return;
                        }
                        if let Some((r, c)) = draft.with_untracked(|d| neighbour(&d.split, &key, row, role)) {
                            ev.prevent_default();
                            focus_soon(ids::opinion_cell(r, c));
                        }
                    };
                    view! {
                        <td class="cell" data-level=move || cell.with(|c| c.level.key())>
                            <button
                                type="button"
                                id=ids::opinion_cell(row, role)
                                class="cell-button"
                                aria-haspopup="dialog"
                                aria-label=name
                                on:click=move |_| editing.set(Some((row, role)))
                                on:keydown=on_key
                            >
                                {move || {
                                    let level = cell.with(|c| c.level);
                                    (level != Level::None)
                                        .then(|| view! { {level_icon(level)} {(t.level_name)(level)} " " })
                                }}
                                {move || {
                                    let note = cell.with(|c| c.note.clone());
                                    (!note.is_empty()).then(|| view! { <span class="note">{note}</span> })
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
        "matrix opinion-grid",
        ids::OPINION_CAPTION,
        (t.matrix_caption)(name),
        role_labels,
        body,
    )
}

/// The rows and roles of a split, with their labels, in the grid's order.
type Shape = (Vec<(RowId, String)>, Vec<(RoleId, String)>);

fn shape_of(split: &RoleSplit) -> Shape {
    (
        split.rows().map(|r| (r.id, r.label.clone())).collect(),
        split
            .roles
            .iter()
            .map(|r| (r.id, r.label.clone()))
            .collect(),
    )
}

/// A row or a role the request lacks: the person adds it to their opinion, gives it its
/// levels in the grid (the facilitator sees it as a proposal), or withdraws it.
#[component]
fn ProposeAddition(
    request: RoleSplit,
    draft: RwSignal<Opinion>,
    keep: Callback<()>,
) -> impl IntoView {
    let t = use_prefs().t();
    let o = &t.opinions;
    let is_role = RwSignal::new(true);
    let label = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let groups: Vec<(GroupId, String)> = request
        .groups
        .iter()
        .map(|g| (g.id, g.label.clone()))
        .collect();
    let group = RwSignal::new(groups.first().map(|(id, _)| *id));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = label.get_untracked();
        let key = label_key(&text);
        let role = is_role.get_untracked();
        let exists = draft.with_untracked(|d| {
            if role {
                d.split.roles.iter().any(|r| label_key(&r.label) == key)
            } else {
                d.split.rows().any(|r| label_key(&r.label) == key)
            }
        });
        if exists && !key.is_empty() {
            error.set(Some(o.propose_exists.to_owned()));
            return;
        }
        let added = draft.try_update(|d| {
            if role {
                d.split.add_role(&text).map(|_| ())
            } else {
                match group.get_untracked() {
                    Some(g) => d.split.add_responsibility(g, &text).map(|_| ()),
                    None => Ok(()),
                }
            }
        });
        match added {
            Some(Err(e)) => error.set(Some((t.limit_error)(&e))),
            _ => {
                error.set(None);
                label.set(String::new());
                keep.run(());
            }
        }
    };
    // What the opinion has that the request has not, by label (ids are given anew each
    // time a link is read, so they cannot tell): (is a role, id, text, label).
    let request_roles: Vec<String> = request.roles.iter().map(|r| label_key(&r.label)).collect();
    let request_rows: Vec<String> = request.rows().map(|r| label_key(&r.label)).collect();
    let added = move || {
        draft.with(|d| {
            let roles = d
                .split
                .roles
                .iter()
                .filter(|role| !request_roles.contains(&label_key(&role.label)))
                .map(|role| {
                    (
                        true,
                        role.id.0,
                        (o.proposed_role)(&role.label),
                        role.label.clone(),
                    )
                });
            let rows = d.split.groups.iter().flat_map(|g| {
                g.responsibilities
                    .iter()
                    .filter(|row| !request_rows.contains(&label_key(&row.label)))
                    .map(|row| {
                        let text = (o.proposed_row)(&row.label, &g.label);
                        (false, row.id.0, text, row.label.clone())
                    })
            });
            roles.chain(rows).collect::<Vec<_>>()
        })
    };
    let withdraw = move |is_a_role: bool, id: u32| {
        draft.update(|d| {
            let _ = if is_a_role {
                d.split.remove_role(RoleId(id)).map(|_| ())
            } else {
                d.split.remove_responsibility(RowId(id)).map(|_| ())
            };
        });
        keep.run(());
        focus_later(ids::PROPOSE_LABEL.to_owned());
    };
    let error_id = format!("{}-erreur", ids::PROPOSE_LABEL);
    let options = groups
        .into_iter()
        .map(|(id, text)| view! { <option value=id.0.to_string()>{text}</option> })
        .collect_view();
    view! {
        <section class="propose" aria-labelledby=ids::PROPOSE_TITLE>
            <h2 id=ids::PROPOSE_TITLE>{o.propose_title}</h2>
            <p>{o.propose_intro}</p>
            <form on:submit=add>
                <fieldset class="start-choice">
                    <legend>{o.propose_kind}</legend>
                    {super::choice_radio("ajout-avis", is_role, true, o.propose_role)}
                    {super::choice_radio("ajout-avis", is_role, false, o.propose_row)}
                </fieldset>
                <div class="field" hidden=move || is_role.get()>
                    <label for=ids::PROPOSE_GROUP>{o.propose_group}</label>
                    <select
                        id=ids::PROPOSE_GROUP
                        on:change:target=move |ev| {
                            group.set(ev.target().value().parse().ok().map(GroupId));
                        }
                    >
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for=ids::PROPOSE_LABEL>{o.propose_label}</label>
                    <input
                        id=ids::PROPOSE_LABEL
                        type="text"
                        prop:value=label
                        aria-describedby=error_id.clone()
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        on:input:target=move |ev| label.set(ev.target().value())
                    />
                    <p id=error_id class="field-error">{move || error.get()}</p>
                </div>
                <div class="actions">
                    <button type="submit" class="secondary">{o.propose_add}</button>
                </div>
            </form>
            {move || {
                let items = added();
                (!items.is_empty()).then(|| {
                    let items = items
                        .into_iter()
                        .map(|(is_a_role, id, text, label)| {
                            view! {
                                <li>
                                    {text} " "
                                    <button type="button" class="secondary" on:click=move |_| withdraw(is_a_role, id)>
                                        {(o.withdraw)(&label)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{o.your_proposals}</h3>
                        <ul class="your-proposals">{items}</ul>
                    }
                })
            }}
        </section>
    }
}

/// One cell of the opinion: its level and a comment.
#[component]
fn CellOpinion(
    draft: RwSignal<Opinion>,
    editing: RwSignal<Option<(RowId, RoleId)>>,
    row: RowId,
    role: RoleId,
    set_level: Callback<(RowId, RoleId, Level)>,
    keep: Callback<()>,
) -> impl IntoView {
    let t = use_prefs().t();
    let (row_label, role_label) = draft.with_untracked(|d| {
        (
            d.split.row_label(row).to_owned(),
            d.split.role_label(role).to_owned(),
        )
    });
    let level =
        move || draft.with(|d| d.split.cell(row, role).map(|c| c.level).unwrap_or_default());
    let options = Level::ALL
        .into_iter()
        .map(|option| {
            view! {
                <label class="level-option" data-level=option.key()>
                    <input
                        type="radio"
                        name="niveau-avis"
                        prop:checked=move || level() == option
                        on:change=move |_| set_level.run((row, role, option))
                    />
                    {level_icon(option)}
                    <span class="level-name">{(t.level_name)(option)}</span>
                </label>
            }
        })
        .collect_view();
    let note = draft.with_untracked(|d| {
        d.split
            .cell(row, role)
            .map(|c| c.note.clone())
            .unwrap_or_default()
    });
    let note_error = RwSignal::new(None::<String>);
    view! {
        <Modal
            title=format!("{row_label} — {role_label}")
            on_close=move |_| {
                editing.set(None);
                focus_later(ids::opinion_cell(row, role));
            }
        >
            <fieldset class="level-options">
                <legend>{t.level_legend}</legend>
                {options}
            </fieldset>
            <div class="field">
                <label for=ids::OPINION_COMMENT>{t.opinions.comment}</label>
                <textarea
                    id=ids::OPINION_COMMENT
                    rows="3"
                    prop:value=note
                    aria-describedby=format!("{}-erreur", ids::OPINION_COMMENT)
                    on:input:target=move |ev| {
                        let text = crate::domain::limits::clean_text(&ev.target().value()).into_owned();
                        let result = draft.try_update(|d| d.split.set_note(row, role, &text));
                        match result {
                            Some(Err(e)) => note_error.set(Some((t.limit_error)(&e))),
                            _ => {
                                note_error.set(None);
                                keep.run(());
                            }
                        }
                    }
                ></textarea>
                <p id=format!("{}-erreur", ids::OPINION_COMMENT) class="field-error">{move || note_error.get()}</p>
            </div>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    editing.set(None);
                    focus_later(ids::opinion_cell(row, role));
                }>{t.done_editing}</button>
            </div>
        </Modal>
    }
}
