//! Many voices in one workshop: asking for opinions (a dialog of the builder), giving one
//! (the page a request's link opens, made for a phone), and gathering them (the page where
//! the projector shows where the team disagrees). The rules are in `domain::opinions`.

mod ask;
mod consensus_matrix;
mod gather;
mod give;

pub use ask::AskDialog;
pub use gather::OpinionsPage;
pub use give::GiveOpinionPage;

use leptos::prelude::*;

use crate::browser::storage;
use crate::domain::opinions::{
    decode_opinion, decode_request, encode_opinion, encode_request, gather, Gathered, Opinion,
    Request,
};

/// The last request made in this browser (its link).
const ASKED_KEY: &str = "binome.demande";

/// The opinions gathered for a request (their links, a line each).
/// The links gathered for `request`, as kept (one a line, without their `#`), written back
/// as links again so that they are found as any pasted text's.
fn stored_links(request: u32) -> Option<String> {
    storage::read(&gathered_key(request)).map(|links| {
        links
            .lines()
            .map(|link| format!("#{}", link.trim().trim_start_matches('#')))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn gathered_key(request: u32) -> String {
    format!("binome.avis-recus.{request:08x}")
}

/// The opinion this browser gives to a request (its link), kept so that a reload loses
/// nothing.
fn draft_key(request: u32) -> String {
    format!("binome.avis.{request:08x}")
}

/// What this browser asks, answers and gathers.
#[derive(Clone, Copy)]
pub struct Opinions {
    /// The request this browser answers, opened from its link.
    pub answering: RwSignal<Option<Request>>,
    /// The last request made in this browser.
    pub asked: RwSignal<Option<Request>>,
    /// The opinions gathered for it, and what was said of the last ones added.
    pub gathered: RwSignal<Gathered>,
}

pub fn use_opinions() -> Opinions {
    expect_context::<Opinions>()
}

/// Reads the last request made here and its opinions.
pub fn provide_opinions() -> Opinions {
    let asked = storage::read(ASKED_KEY).and_then(|link| decode_request(&link).ok());
    let gathered = asked
        .as_ref()
        .and_then(|request| {
            stored_links(request.id).map(|links| gather(request.id, Gathered::default(), &links))
        })
        .map(|mut g| {
            g.problems.clear();
            g
        })
        .unwrap_or_default();
    let opinions = Opinions {
        answering: RwSignal::new(None),
        asked: RwSignal::new(asked),
        gathered: RwSignal::new(gathered),
    };
    provide_context(opinions);
    opinions
}

impl Opinions {
    /// Makes `request` the one this browser gathers for; false if it could not be saved.
    pub fn ask(&self, request: Request) -> bool {
        let saved = storage::write(ASKED_KEY, &encode_request(&request)).is_ok();
        let same = self
            .asked
            .with_untracked(|a| a.as_ref().is_some_and(|a| a.id == request.id));
        if !same {
            let links = stored_links(request.id).unwrap_or_default();
            self.gathered
                .set(gather(request.id, Gathered::default(), &links));
            self.gathered.update(|g| g.problems.clear());
        }
        self.asked.set(Some(request));
        saved
    }

    /// Adds the opinion links found in `text` to those gathered; false if they could not
    /// be saved (they are still shown).
    pub fn add(&self, text: &str) -> bool {
        let Some(request) = self.asked.get_untracked().map(|r| r.id) else {
            return true;
        };
        self.gathered
            .update(|gathered| *gathered = gather(request, std::mem::take(gathered), text));
        let links = self.gathered.with_untracked(|g| g.links.join("\n"));
        storage::write(&gathered_key(request), &links).is_ok()
    }

    /// The opinion this browser gave (or is giving) to `request`, if any.
    pub fn draft(request: &Request) -> Option<Opinion> {
        storage::read(&draft_key(request.id))
            .and_then(|link| decode_opinion(&link).ok())
            .filter(|o| o.request == request.id)
    }

    /// Keeps the opinion being given; false if it could not be saved.
    pub fn keep_draft(opinion: &Opinion) -> bool {
        storage::write(&draft_key(opinion.request), &encode_opinion(opinion)).is_ok()
    }
}

/// Minutes since 1 January 2020 (UTC), as opinions carry them.
pub fn minutes_now() -> u32 {
    const EPOCH_2020_MS: f64 = 1_577_836_800_000.0;
    ((crate::browser::clock::now_millis() - EPOCH_2020_MS) / 60_000.0).max(0.0) as u32
}

/// The full address of a link fragment, at this app's address, in the page's language
/// (French needs no parameter).
pub fn full_link(fragment: &str, lang: crate::i18n::Lang) -> String {
    let lang = if lang == crate::i18n::Lang::Fr {
        String::new()
    } else {
        format!("?lang={}", lang.code())
    };
    format!("{}{lang}#{fragment}", crate::browser::location::app_url())
}

/// The cell an arrow key leads to from (row, role) in `split`, if any.
pub fn neighbour(
    split: &crate::domain::RoleSplit,
    key: &str,
    row: crate::domain::RowId,
    role: crate::domain::RoleId,
) -> Option<(crate::domain::RowId, crate::domain::RoleId)> {
    use crate::domain::Move;
    match key {
        "ArrowLeft" => split.role_beside(role, Move::Earlier).map(|r| (row, r)),
        "ArrowRight" => split.role_beside(role, Move::Later).map(|r| (row, r)),
        "ArrowUp" => split.row_beside(row, Move::Earlier).map(|r| (r, role)),
        "ArrowDown" => split.row_beside(row, Move::Later).map(|r| (r, role)),
        _ => None,
    }
}

/// One of two choices, as a radio: checked when `choice` holds `value`.
pub fn choice_radio(
    name: &'static str,
    choice: RwSignal<bool>,
    value: bool,
    label: &'static str,
) -> impl IntoView {
    view! {
        <label class="answer-option">
            <input
                type="radio"
                name=name
                prop:checked=move || choice.get() == value
                on:change=move |_| choice.set(value)
            />
            <span>{label}</span>
        </label>
    }
}

/// A body row of the opinion and consensus grids: the responsibility, then its cells.
pub fn grid_row(label: String, cells: impl IntoView) -> impl IntoView {
    view! {
        <tr>
            <th scope="row" class="row-header"><span class="row-label">{label}</span></th>
            {cells}
        </tr>
    }
}

/// The opinion and consensus grids: a scrolling region named by the table's caption, the
/// role headers, and the rows.
pub fn grid_table(
    t: &'static crate::i18n::Catalogue,
    class: &'static str,
    caption_id: &'static str,
    caption: String,
    roles: Vec<String>,
    body: impl IntoView,
) -> AnyView {
    let header = roles
        .into_iter()
        .map(|label| view! { <th scope="col">{label}</th> })
        .collect_view();
    view! {
        <div class="matrix-scroll" role="region" aria-labelledby=caption_id tabindex="0">
            <table class=class>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="corner">{t.responsibility_column}</th>
                        {header}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// What the facilitator decided on the opinions of a request, kept so that leaving the
/// page or reloading it loses nothing: a line per agreed level, « c », the level's index,
/// the row's and the role's labels (ids are given anew each time the request's link is
/// read); a line per accepted proposal, « r » (a role) or « l » (a row) and its label key.
/// Tab-separated text (a tab or line break in a label is written as a space, which label
/// keys do not tell apart), because a serde type here weighed 3 kB in the download.
fn decisions_key(request: u32) -> String {
    format!("binome.convenu.{request:08x}")
}

type AgreedLevels = Vec<(
    (crate::domain::RowId, crate::domain::RoleId),
    crate::domain::Level,
)>;
type AcceptedProposals = Vec<(crate::domain::opinions::ProposalKind, String)>;

/// The decisions kept for `request`, on its split's ids.
pub fn kept_decisions(request: &Request) -> (AgreedLevels, AcceptedProposals) {
    use crate::domain::opinions::ProposalKind;
    use crate::domain::split::label_key;
    use crate::domain::Level;
    let split = &request.split;
    let (mut agreed, mut accepted) = (Vec::new(), Vec::new());
    let text = storage::read(&decisions_key(request.id)).unwrap_or_default();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["c", level, row, role] => {
                let level = level.parse().ok().and_then(Level::from_index);
                let row = split.rows().find(|r| label_key(&r.label) == label_key(row));
                let role = split
                    .roles
                    .iter()
                    .find(|r| label_key(&r.label) == label_key(role));
                if let (Some(level), Some(row), Some(role)) = (level, row, role) {
                    agreed.push(((row.id, role.id), level));
                }
            }
            ["r", key] => accepted.push((ProposalKind::Role, (*key).to_owned())),
            ["l", key] => accepted.push((ProposalKind::Row, (*key).to_owned())),
            _ => {}
        }
    }
    (agreed, accepted)
}

/// Keeps the decisions taken on `request`; false if they could not be saved.
pub fn keep_decisions(
    request: &Request,
    agreed: &AgreedLevels,
    accepted: &AcceptedProposals,
) -> bool {
    use crate::domain::opinions::ProposalKind;
    let flat = |label: &str| label.replace(['\t', '\n', '\r'], " ");
    let split = &request.split;
    let mut lines: Vec<String> = agreed
        .iter()
        .map(|((row, role), level)| {
            format!(
                "c\t{}\t{}\t{}",
                level.index(),
                flat(split.row_label(*row)),
                flat(split.role_label(*role))
            )
        })
        .collect();
    lines.extend(accepted.iter().map(|(kind, key)| {
        let kind = if *kind == ProposalKind::Role {
            "r"
        } else {
            "l"
        };
        format!("{kind}\t{key}")
    }));
    storage::write(&decisions_key(request.id), &lines.join("\n")).is_ok()
}
