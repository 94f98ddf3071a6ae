//! A role's card, opened from its column header: what the role is, why it matters, its
//! days, and its questions as a self-check. And the library of the guide's team roles.

use leptos::prelude::*;

use crate::domain::card::{
    is_clear_split_question, team_role_card, CheckAnswer, RoleCard, SectionId, TEAM_ROLES,
};
use crate::domain::RoleId;
use crate::i18n::Catalogue;
use crate::ui::dialog::{all_applied, Modal};
use crate::ui::focus::focus_later;
use crate::ui::glossed::glossed;
use crate::ui::ids;
use crate::ui::state::{use_messages, use_prefs, use_splits, Splits};
use crate::ui::text_field::{InvalidFields, TextField};

use super::{use_builder, Builder};

const SECTIONS: [(SectionId, &str); 3] = [
    (SectionId::What, "quoi"),
    (SectionId::Why, "pourquoi"),
    (SectionId::Daily, "quotidien"),
];

/// The card of `role`, as the builder shows it now.
fn card_of(builder: Builder, role: RoleId) -> RoleCard {
    builder.with_split(|s| s.role(role).map(|r| r.card.clone()).unwrap_or_default())
}

#[component]
pub fn CardDialog(role: RoleId) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    let card = Memo::new(move |_| card_of(builder, role));
    let editing = RwSignal::new(false);
    let invalid: InvalidFields = RwSignal::new(Vec::new());
    let title = Signal::derive(move || builder.with_split(|s| (t.card_title)(s.role_label(role))));
    let body = move || {
        if editing.get() {
            card_editor(splits, t, role, card, invalid)
        } else {
            card_reading(t, card)
        }
    };
    // "Terminé" with a text still refused (too long) keeps the editor open on that field.
    let applied = all_applied(invalid);
    let toggle = move |_| {
        if editing.get_untracked() && !applied.run(()) {
            return;
        }
        editing.update(|e| *e = !*e);
    };
    // A previewed split is read, not edited: edits would land on the open split.
    let read_only = builder.read_only.get_untracked();
    view! {
        <Modal
            title
            class="card-dialog"
            can_close=applied
            on_close=move |_| builder.close_editor(ids::card_button(role))
        >
            {(!read_only)
                .then(|| {
                    view! {
                        <div class="actions">
                            <button type="button" class="secondary" on:click=toggle>
                                {move || if editing.get() { t.done_editing } else { t.edit_card }}
                            </button>
                        </div>
                    }
                })}
            {body}
            <SelfChecks role card read_only invalid />
        </Modal>
    }
}

#[inline(never)]
fn card_reading(t: &'static Catalogue, card: Memo<RoleCard>) -> AnyView {
    let card = card.get();
    if card.is_empty() {
        return view! { <p>{t.empty_card}</p> }.into_any();
    }
    SECTIONS
        .into_iter()
        .map(|(id, _)| {
            let section = card.section(id).clone();
            let empty = section.text.is_empty() && section.items.is_empty();
            (!empty).then(|| {
                view! {
                    <section class="card-section">
                        <h3>{(t.section_title)(id)}</h3>
                        {section
                            .text
                            .split("\n\n")
                            .filter(|p| !p.is_empty())
                            .map(|p| view! { <p>{glossed(p)}</p> })
                            .collect_view()}
                        {(!section.items.is_empty())
                            .then(|| {
                                view! {
                                    <ul>
                                        {section
                                            .items
                                            .into_iter()
                                            .map(|item| view! { <li>{glossed(&item)}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                            })}
                    </section>
                }
            })
        })
        .collect_view()
        .into_any()
}

#[inline(never)]
fn card_editor(
    splits: Splits,
    t: &'static Catalogue,
    role: RoleId,
    card: Memo<RoleCard>,
    invalid: InvalidFields,
) -> AnyView {
    let sections = SECTIONS
        .into_iter()
        .map(|(id, slug)| {
            let text_field = ids::card_text(slug);
            let items_field = ids::card_items(slug);
            let text_key = text_field.clone();
            let items_key = items_field.clone();
            view! {
                <fieldset class="card-section">
                    <legend>{(t.section_title)(id)}</legend>
                    <TextField
                        id=text_field
                        label=t.card_text_label
                        multiline=true
                        value=Signal::derive(move || card.with(|c| c.section(id).text.clone()))
                        apply=move |text: String| {
                            splits.type_in(&text_key, |s| s.card_mut(role)?.set_text(id, &text))
                        }
                        invalid
                    />
                    <TextField
                        id=items_field
                        label=t.card_items_label
                        multiline=true
                        value=Signal::derive(move || card.with(|c| c.section(id).items.join("\n")))
                        apply=move |lines: String| {
                            splits.type_in(&items_key, |s| s.card_mut(role)?.set_items(id, &lines))
                        }
                        invalid
                    />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        {sections}
        <TextField
            id=ids::CARD_QUESTIONS.to_owned()
            label=t.card_questions_label
            multiline=true
            value=Signal::derive(move || {
                card.with(|c| {
                    c.questions.iter().map(|q| q.question.as_str()).collect::<Vec<_>>().join("\n")
                })
            })
            apply=move |lines: String| {
                splits.type_in(ids::CARD_QUESTIONS, |s| s.card_mut(role)?.set_questions(&lines))
            }
            invalid
        />
    }
    .into_any()
}

/// The questions to ask, each answered oui / à travailler / non, with a note; the one
/// about the split's clarity is answered by the builder's checks.
#[component]
fn SelfChecks(
    role: RoleId,
    card: Memo<RoleCard>,
    read_only: bool,
    invalid: InvalidFields,
) -> impl IntoView {
    let splits = use_splits();
    let t = use_prefs().t();
    let builder = use_builder();
    // Redrawn only when questions are added, removed or reworded, not on each answer.
    let questions = Memo::new(move |_| {
        card.with(|c| {
            c.questions
                .iter()
                .map(|q| q.question.clone())
                .collect::<Vec<_>>()
        })
    });
    let points = Memo::new(move |_| builder.findings.with(Vec::len));
    let see_points = move |_| {
        builder.editing.set(None);
        focus_later(ids::CHECKS_TITLE.to_owned());
    };
    let list = move || {
        questions
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, question)| {
                if is_clear_split_question(&question) {
                    return view! {
                        <li class="self-check">
                            <p class="self-check-question">{question}</p>
                            <p>{move || (t.answered_by_checks)(points.get())}</p>
                            <button type="button" class="secondary" on:click=see_points>
                                {t.see_points}
                            </button>
                        </li>
                    }
                    .into_any();
                }
                let name = format!("reponse-{}-{index}", role.0);
                let answers = [CheckAnswer::Yes, CheckAnswer::ToWorkOn, CheckAnswer::No]
                    .into_iter()
                    .map(|answer| {
                        view! {
                            <label class="check-option">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    disabled=read_only
                                    prop:checked=move || {
                                        card.with(|c| c.questions.get(index).map(|q| q.answer))
                                            == Some(answer)
                                    }
                                    on:change=move |_| {
                                        splits.edit(|s| s.card_mut(role)?.answer(index, answer));
                                    }
                                />
                                {(t.check_answer)(answer)}
                            </label>
                        }
                    })
                    .collect_view();
                let note_id = ids::check_note(role, index);
                let note_key = note_id.clone();
                view! {
                    <li class="self-check">
                        <fieldset>
                            <legend class="self-check-question">{question.clone()}</legend>
                            <div class="check-options">{answers}</div>
                        </fieldset>
                        {(!read_only).then(|| view! {
                        <TextField
                            id=note_id
                            label=(t.check_note_label)(&question)
                            value=Signal::derive(move || {
                                card.with(|c| {
                                    c.questions.get(index).map(|q| q.note.clone()).unwrap_or_default()
                                })
                            })
                            apply=move |note: String| {
                                splits.type_in(&note_key, |s| s.card_mut(role)?.set_check_note(index, &note))
                            }
                            invalid
                        />
                        })}
                        {read_only.then(|| {
                            card.with_untracked(|c| c.questions.get(index).map(|q| q.note.clone()))
                                .filter(|n| !n.is_empty())
                                .map(|n| view! { <p class="hint">{n}</p> })
                        })}
                    </li>
                }
                .into_any()
            })
            .collect_view()
    };
    view! {
        <section class="card-section">
            <h3>{t.questions_title}</h3>
            <ul class="self-checks">{list}</ul>
        </section>
    }
}

/// The guide's team roles, each added in one step with its one-line card.
#[component]
pub fn TeamRolesDialog() -> impl IntoView {
    let splits = use_splits();
    let messages = use_messages();
    let prefs = use_prefs();
    let t = prefs.t();
    let builder = use_builder();
    let lang = prefs.lang.get_untracked();
    let add = move |name: &'static str, line: &'static str| {
        if let Some(role) = splits.edit(|s| s.add_role_with_card(name, team_role_card(line))) {
            builder.editing.set(None);
            messages.announce((t.team_role_added)(name));
            focus_later(ids::role(role));
        }
    };
    let roles = TEAM_ROLES
        .into_iter()
        .map(|(name, line)| {
            let (name, line) = (name.get(lang), line.get(lang));
            view! {
                <li>
                    <strong>{name}</strong>
                    <p>{glossed(line)}</p>
                    <button type="button" class="secondary" on:click=move |_| add(name, line)>
                        {(t.add_this_role)(name)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <Modal
            title=t.add_team_role.to_owned()
            on_close=move |_| builder.close_editor(ids::ADD_TEAM_ROLE.to_owned())
        >
            <p>{t.team_roles_intro}</p>
            <ul class="team-roles">{roles}</ul>
        </Modal>
    }
}
