//! The English catalogue.

use super::{Catalogue, ExportFormat, Lang, OpinionTexts, Page, Theme};
use crate::domain::card::{CheckAnswer, SectionId, MAX_CARD_ITEMS, MAX_CARD_TEXT_CHARS};
use crate::domain::checks::{Finding, LabelRef};
use crate::domain::compare::{Comparison, ComparisonLabels};
use crate::domain::export::ExportWords;
use crate::domain::limits::{
    LimitError, MAX_GROUPS, MAX_LABEL_CHARS, MAX_NOTE_CHARS, MAX_RESPONSIBILITIES, MAX_ROLES,
};
use crate::domain::link::LinkError;
use crate::domain::saved::SavedDataError;
use crate::domain::{GroupId, Level, RoleId, RoleSplit, RowId, TemplateId};

fn level_name(level: Level) -> &'static str {
    match level {
        Level::CoResponsible => "Co-responsible",
        Level::Pilot => "Leads",
        Level::Contributes => "Contributes",
        Level::Informed => "Informed",
        Level::None => "Not involved",
    }
}

fn level_meaning(level: Level) -> &'static str {
    match level {
        Level::CoResponsible => "carries it together with the other side",
        Level::Pilot => "takes it on",
        Level::Contributes => "contributes, without carrying it",
        Level::Informed => "is kept informed",
        Level::None => "plays no part",
    }
}

fn template_name(template: TemplateId) -> &'static str {
    match template {
        TemplateId::Guide => "The guide's table (product management)",
        TemplateId::GuideCurrent => "The guide's current table (owning a product)",
        TemplateId::DnumProduct => "A product owned by the DNUM",
        TemplateId::Blank => "Blank split",
    }
}

fn template_summary(template: TemplateId) -> &'static str {
    match template {
        TemplateId::Guide => "The business / DNUM split of the guide's product management page, as first written.",
        TemplateId::GuideCurrent => "The current version: legal compliance moves to the business side, a \u{201c}Contributes\u{201d} level appears, budget follow-up replaces quote follow-up.",
        TemplateId::DnumProduct => "A product made by and for the DNUM: its product manager carries the vision too.",
        TemplateId::Blank => "The two roles and no responsibility: start from scratch.",
    }
}

fn quoted(label: &str) -> String {
    format!("\u{201c}{}\u{201d}", label.trim())
}

/// 1 + where a thing stands (its number as a person counts), 0 if it is gone.
fn number(index: Option<usize>) -> usize {
    index.map_or(0, |i| i + 1)
}

fn row_name(split: &RoleSplit, id: RowId) -> String {
    match split.row_label(id) {
        label if !label.trim().is_empty() => quoted(label),
        _ => {
            let (group, row) = split.locate(id).map_or((0, 0), |(g, r)| (g + 1, r + 1));
            format!("responsibility {row} of group {group}")
        }
    }
}

fn role_name(split: &RoleSplit, id: RoleId) -> String {
    match split.role_label(id) {
        label if !label.trim().is_empty() => quoted(label),
        _ => format!("number {}", number(split.role_index(id))),
    }
}

fn group_name(split: &RoleSplit, id: GroupId) -> String {
    match split.group_label(id) {
        label if !label.trim().is_empty() => quoted(label),
        _ => format!("number {}", number(split.group_index(id))),
    }
}

fn finding(split: &RoleSplit, finding: &Finding) -> String {
    match finding {
        Finding::EmptyLabel(LabelRef::Role(id)) => {
            format!("Role {} has no name.", number(split.role_index(*id)))
        }
        Finding::EmptyLabel(LabelRef::Group(id)) => {
            format!("Group {} has no name.", number(split.group_index(*id)))
        }
        Finding::EmptyLabel(LabelRef::Responsibility(id)) => format!(
            "Responsibility {} of group {} has no title.",
            number(split.locate(*id).map(|(_, row)| row)),
            split
                .group_of(*id)
                .map(|g| group_name(split, g))
                .unwrap_or_default()
        ),
        Finding::DuplicateLabel { label, .. } => match label {
            LabelRef::Role(id) => format!(
                "Two roles are called {}: rename one of them.",
                role_name(split, *id)
            ),
            LabelRef::Group(id) => format!(
                "Two groups are called {}: rename one of them.",
                group_name(split, *id)
            ),
            LabelRef::Responsibility(id) => format!(
                "The responsibility {} appears twice: merge or rename.",
                row_name(split, *id)
            ),
        },
        Finding::Unowned(id) => format!(
            "Nobody carries {}: no role is co-responsible or leads it.",
            row_name(split, *id)
        ),
        Finding::NoSingleLead {
            row,
            pilots,
            co_responsible,
        } => {
            let count = |ids: &[RoleId], one: &str, many: &str| {
                let names: Vec<&str> = ids.iter().map(|id| split.role_label(*id)).collect();
                let word = if ids.len() == 1 { one } else { many };
                format!("{} {word} ({})", ids.len(), names.join(", "))
            };
            let pilots_part = count(pilots, "lead", "leads");
            let co_part = count(
                co_responsible,
                "co-responsible role",
                "co-responsible roles",
            );
            let who = match (pilots.is_empty(), co_responsible.is_empty()) {
                (false, true) => pilots_part,
                (true, _) => format!("{co_part} and no lead"),
                (false, false) => format!("{pilots_part} and {co_part}"),
            };
            format!(
                "{} has {who}: who has the last word?",
                row_name(split, *row)
            )
        }
        Finding::IdleRole(role) => format!(
            "The role {} plays no part in any responsibility.",
            role_name(split, *role)
        ),
        Finding::Overloaded {
            role,
            carried,
            total,
        } => format!(
            "The role {} carries {carried} responsibilities out of {total}: is that sustainable?",
            role_name(split, *role)
        ),
    }
}

fn limit_error(error: &LimitError) -> String {
    const KEPT: &str = "Shorten it: your text stays in the field.";
    match error {
        LimitError::TooManyRoles { .. } => {
            format!("A split has at most {MAX_ROLES} roles: delete one to add another.")
        }
        LimitError::TooManyResponsibilities { count } => {
            format!("A split has at most {MAX_RESPONSIBILITIES} responsibilities (here {count}).")
        }
        LimitError::TooManyGroups { count } => {
            format!("A split has at most {MAX_GROUPS} groups (here {count}).")
        }
        LimitError::LabelTooLong { chars } => {
            format!("This label is {chars} characters long, for at most {MAX_LABEL_CHARS}. {KEPT}")
        }
        LimitError::NoteTooLong { chars } => {
            format!("This text is {chars} characters long, for at most {MAX_NOTE_CHARS}. {KEPT}")
        }
        LimitError::CardTextTooLong { chars } => {
            format!(
                "This text is {chars} characters long, for at most {MAX_CARD_TEXT_CHARS}. {KEPT}"
            )
        }
        LimitError::TooManyItems { .. } => {
            format!("A section has at most {MAX_CARD_ITEMS} items: delete one to add another.")
        }
        LimitError::NoRole => "A split keeps at least one role.".to_owned(),
        LimitError::NoGroup => "A split keeps at least one group.".to_owned(),
        LimitError::CellsMismatch => {
            "The cells do not match the roles: the data is inconsistent.".to_owned()
        }
        LimitError::Gone => {
            "What you were editing no longer exists (deleted in another tab?): nothing was changed."
                .to_owned()
        }
    }
}

const RELOAD: &str = "Reload the page to get the latest version.";

fn saved_data_error(error: &SavedDataError) -> String {
    match error {
        SavedDataError::Unreadable => {
            "The saved text is not a Binôme split (damaged or edited by hand).".to_owned()
        }
        SavedDataError::FromNewerVersion { schema } => {
            format!("This data comes from a newer version of Binôme (format {schema}). {RELOAD}")
        }
        SavedDataError::OverLimits(error) => content_limit("This saved text", error),
    }
}

/// What goes beyond the limits in a file or a link, in words that fit it.
fn content_limit(what: &str, error: &LimitError) -> String {
    let too_many = |count: &usize, things: &str, max: usize| {
        format!("{what} has {count} {things}; Binôme accepts {max}.")
    };
    let too_long = |thing: &str, chars: &usize, max: usize| {
        format!("{thing} in it has {chars} characters; Binôme accepts {max}.")
    };
    match error {
        LimitError::TooManyRoles { count } => too_many(count, "roles", MAX_ROLES),
        LimitError::TooManyResponsibilities { count } => {
            too_many(count, "responsibilities", MAX_RESPONSIBILITIES)
        }
        LimitError::TooManyGroups { count } => too_many(count, "groups", MAX_GROUPS),
        LimitError::LabelTooLong { chars } => too_long("A label", chars, MAX_LABEL_CHARS),
        LimitError::NoteTooLong { chars } => {
            too_long("A note or a description", chars, MAX_NOTE_CHARS)
        }
        LimitError::CardTextTooLong { chars } => {
            too_long("A role card's paragraph", chars, MAX_CARD_TEXT_CHARS)
        }
        LimitError::TooManyItems { count } => format!(
            "A section of a role card in it has {count} items; Binôme accepts {MAX_CARD_ITEMS}."
        ),
        LimitError::NoRole => format!("{what} has no role."),
        LimitError::NoGroup => format!("{what} has no group of responsibilities."),
        LimitError::CellsMismatch | LimitError::Gone => {
            format!("{what} is inconsistent: its cells do not match its roles.")
        }
    }
}

fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::NotBinome => "This is not a Binôme sharing link.".to_owned(),
        LinkError::Damaged => "This link is damaged or incomplete (perhaps cut when copied). Ask whoever sent it to share it again, or to export the JSON file.".to_owned(),
        LinkError::NewerVersion => format!("This link was made with a newer version of Binôme. {RELOAD}"),
        LinkError::OverLimits(error) => content_limit("This link", error),
    }
}

fn file_error(error: &SavedDataError) -> String {
    match error {
        SavedDataError::Unreadable => {
            "This file is not a Binôme split in JSON (or it is damaged).".to_owned()
        }
        SavedDataError::FromNewerVersion { .. } => {
            format!("This file was made with a newer version of Binôme. {RELOAD}")
        }
        SavedDataError::OverLimits(error) => content_limit("This file", error),
    }
}

fn comparison(c: &Comparison, current: Option<&str>) -> String {
    let reference = match current {
        Some(name) => format!("your open split \u{201c}{name}\u{201d}"),
        None => "the guide's table".to_owned(),
    };
    if c.is_identical() {
        return format!("Identical to {reference}.");
    }
    let mut parts = Vec::new();
    let cells = || {
        super::changed_cells(c, level_name, ": ", "note changed", ", and ", |n| {
            format!("{n} more")
        })
    };
    match c.cells.len() {
        0 => {}
        1 => parts.push(format!("1 cell differs ({})", cells())),
        n => parts.push(format!("{n} cells differ ({})", cells())),
    }
    for (items, what) in [
        (&c.roles_added, "more roles"),
        (&c.roles_removed, "fewer roles"),
        (&c.rows_added, "more responsibilities"),
        (&c.rows_removed, "fewer responsibilities"),
    ] {
        if !items.is_empty() {
            parts.push(format!("{what}: {}", items.join(", ")));
        }
    }
    format!("Compared with {reference}: {}.", parts.join("; "))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

pub static EN: Catalogue = Catalogue {
    opinions: OpinionTexts {
        page_title_give: "Give your opinion — Binôme",
        page_title_gather: "Opinions received — Binôme",
        ask: "Gather opinions",
        ask_short: "Opinions",
        ask_intro: "Everyone gives their opinion alone, on their phone, then you gather the answers: the matrix shows where the team disagrees. Nothing goes through a server: request and opinions travel in links.",
        title_label: "Title of the request",
        default_title: |name| format!("Your opinion on the split \u{201c}{name}\u{201d}"),
        start_legend: "Participants start",
        start_from_split: "from this split",
        start_blank: "from an empty grid (same roles and responsibilities)",
        request_link: "Link of the request",
        request_qr: "QR code of the request for opinions",
        request_share_text: |title| format!("{title}: open this link, give your opinion and send it back."),
        go_gather: "Gather the opinions received",
        restart: |n| if n > 1 { format!("New request (the {n} opinions received will no longer count)") } else { "New request (the opinion received will no longer count)".to_owned() },
        restarted: "New request: the link and the QR code have changed.",
        give_intro: "Give your opinion alone, without talking it over: for each responsibility, choose what each role does. Nothing is sent until you choose \u{201c}Send my opinion\u{201d}.",
        give_blank: "The grid starts empty: it is yours to fill in.",
        your_name: "Your name or initials (optional)",
        comment: "Comment (optional)",
        cell_name: |row, role, level, comment| {
            if comment.is_empty() {
                format!("{row} — {role}: {level}")
            } else {
                format!("{row} — {role}: {level} {comment}")
            }
        },
        send: "Send my opinion",
        propose_title: "Propose an addition",
        propose_intro: "Is a role or a responsibility missing? Add it to your opinion and give it its levels: the facilitator will see your proposal.",
        propose_kind: "What is missing",
        propose_role: "A role",
        propose_row: "A responsibility",
        propose_label: "Label",
        propose_group: "Group of the responsibility",
        propose_add: "Add to my opinion",
        propose_exists: "This label is already in the split.",
        your_proposals: "Your proposals",
        proposed_role: |label| format!("Role \u{201c}{label}\u{201d}"),
        proposed_row: |label, group| format!("Responsibility \u{201c}{label}\u{201d} (group \u{201c}{group}\u{201d})"),
        withdraw: |label| format!("Withdraw \u{201c}{label}\u{201d}"),
        ready: "Your opinion is ready: send this link to the person running the workshop.",
        opinion_link: "Link of your opinion",
        opinion_share_text: |title| format!("My opinion: {title}"),
        kept_here: "Your opinion is kept in this browser: you can change it and send it again.",
        gather_title: "Opinions received",
        gather_intro: "Paste the links you received here, as they are: one message, several, or a whole chat thread. The links are found amid the text.",
        paste_label: "Links of the opinions received",
        add: "Add these opinions",
        import: "Import files",
        no_request: "No request for opinions was made in this browser: open a split and choose \u{201c}Gather opinions\u{201d}.",
        count: |n| match n {
            0 => "No opinion yet.".to_owned(),
            1 => "1 opinion.".to_owned(),
            n => format!("{n} opinions."),
        },
        added: |n| match n {
            0 => "No opinion added.".to_owned(),
            1 => "1 opinion added.".to_owned(),
            n => format!("{n} opinions added."),
        },
        anonymous: "Anonymous",
        unreadable: |start, reason| format!("The link \u{201c}{start}…\u{201d} could not be read: {reason}"),
        other_request: |name| format!("{name}'s opinion answers another request: it is not counted."),
        replaced: |name| format!("{name} sent two opinions: the latest is kept."),
        repeated: |name| format!("{name}'s opinion was already counted."),
        too_many: |name| format!("Thirty opinions at most: {name}'s is not counted."),
        not_a_request: "This request link could not be read.",
        opinion_elsewhere: "This link is an opinion, but no request for opinions was made in this browser: open it in the browser where the request was made, or paste it there in \u{201c}Opinions received\u{201d}. The link stays in the address bar.",
        caption: "The team's opinions, cell by cell",
        unanimous: "Unanimous",
        majority: "Majority",
        divided: "Divided",
        no_answer: "No answer",
        level_count: |level, n| format!("{level} {n}"),
        consensus_cell: |row, role, agreement, levels, agreed| match agreed {
            Some(agreed) => format!("{row} — {role}: {agreement}, {levels}. Agreed: {agreed}"),
            None => format!("{row} — {role}: {agreement}, {levels}"),
        },
        agreed: |level| format!("Agreed: {level}"),
        agreed_legend: "Agreed level",
        summary: |unanimous, majority, divided| {
            let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("{n} {one}") } else { format!("{n} {many}") };
            format!(
                "{}, {}, {}.",
                plural(unanimous, "unanimous cell", "unanimous cells"),
                plural(majority, "by majority", "by majority"),
                plural(divided, "divided", "divided"),
            )
        },
        most_divided: "The most divided cells",
        all_unanimous: "The team is unanimous on every cell.",
        next_divided: "Next divided cell (D)",
        proposals: "Proposed additions",
        proposal_role: |label, by| format!("Role \u{201c}{label}\u{201d}, proposed by {by}"),
        proposal_row: |label, group, by| format!("Responsibility \u{201c}{label}\u{201d} (group \u{201c}{group}\u{201d}), proposed by {by}"),
        majority_checks: |n| match n {
            0 => "As the majority sees it, the split has no point to clarify.".to_owned(),
            1 => "As the majority sees it, the split has 1 point to clarify:".to_owned(),
            n => format!("As the majority sees it, the split has {n} points to clarify:"),
        },
        save: "Save the agreed split",
        export: "Export with the opinions",
        export_title: "Export the agreed split with the opinions",
        export_intro: "Each cell gives the agreed level (or the majority’s), then the levels proposed, how many times each, and the agreement.",
        spread_note: |levels, agreement| format!("opinions: {levels} — {agreement}"),
        agreed_name: |name, date| format!("{name} — agreed on {date}"),
        long_date: |day, month, year| {
            const MONTHS: [&str; 12] = [
                "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December",
            ];
            format!("{day} {} {year}", MONTHS[(month as usize).clamp(1, 12) - 1])
        },
        saved: |name| format!("\u{201c}{name}\u{201d} is saved among your splits."),
        keys_hint: "On the keyboard: the arrows move from cell to cell, the keys 1 to 5 set the agreed level, Delete clears it, D goes to the next divided cell.",
        comments: "Comments",
    },
    app_name: "Binôme",
    app_tagline: "Who does what between the business side and the DNUM",
    skip_to_content: "Skip to content",
    main_nav: "Main navigation",
    nav_home: "Home",
    nav_builder: "Split of responsibilities",
    page_title_home: "Binôme — split product responsibilities between the business side and the DNUM",
    page_title_builder: "Split of responsibilities — Binôme",
    footer_privacy_note: "Binôme runs entirely in your browser: no data is sent to any server.",
    other_language: "Français",
    other_language_lang: Lang::Fr,
    theme_label: "Theme",
    nav_privacy: "Personal data",
    nav_accessibility: "Accessibility: partially compliant",
    page_title_privacy: "Personal data — Binôme",
    page_title_accessibility: "Accessibility statement — Binôme",
    nav_glossary: "Glossary",
    page_title_glossary: "Glossary — Binôme",
    glossary_title: "Glossary",
    glossary_intro: "The words of product mode and the acronyms of French public digital services, in plain words. They come from the",
    definition_colon: ": ",
    guide_link: "Read the guide",
    glossary_link: "Whole glossary",
    guide_source: "The starting table, the role cards and the questions come from the",
    label_terms: |n| if n == 1 { "Definition: " } else { "Definitions: " },
    privacy_page: Page {
        title: "Personal data",
        intro: "Binôme collects no personal data: there is no account, no application server, no audience measurement and no cookie.",
        sections: &[
            ("What is saved, and where", &[
                "Your splits, your answers to \u{201c}Why product mode?\u{201d}, and the language and theme you chose are saved in your browser's local storage (localStorage), on this device only. Nobody else can reach them.",
                "Keys used: binome.split.* (one per split), binome.current (the last one opened), binome.backup.* (unreadable data kept rather than erased), binome.questionnaire, binome.langue, binome.theme; for opinions: binome.demande (the last request for opinions made here), binome.avis-recus.* (the opinions gathered for that request), binome.convenu.* (the agreed levels and accepted additions), binome.avis.* (the opinion given to a request).",
                "After a first visit, the browser keeps the application's files to work offline; they hold no data about you.",
            ]),
            ("What travels", &[
                "A sharing link holds the split in its part after \u{201c}#\u{201d}, which browsers never send to a server: only the people you send the link to see it.",
                "A request for opinions and each opinion are links of the same kind: they hold the split, the request's title and the name given (optional), and go through no server. An opinion is seen only by the person it is sent to.",
                "The application loads nothing from another site (no font, no statistics, no external library); its security policy forbids the browser to.",
            ]),
            ("Erasing your data", &[
                "The button below erases everything Binôme saved in this browser, after confirmation. Export first what you want to keep.",
                "You can also clear the site's data from your browser's settings.",
            ]),
        ],
    },
    accessibility_page: Page {
        title: "Accessibility statement",
        intro: "Binôme is committed to making its service accessible, in line with article 47 of French law no. 2005-102 of 11 February 2005. This statement covers the Binôme application; it was drawn up on 23 November 2026.",
        sections: &[
            ("Compliance status", &[
                "Binôme is partially compliant with the French accessibility standard (RGAA 4.1): no complete audit has been carried out by a third party yet.",
            ]),
            ("What was checked, and how", &[
                "Every version is tested automatically with axe-core (WCAG 2.2 levels A and AA rules, and best practices) on every view and window: home, split, each wizard question and its result, shared-link preview, role cards, export, comparison, workshop mode, dark theme, English, data and link errors. No violation is found.",
                "Complete journeys are played with the keyboard only: the wizard end to end to the split, moving between cells, levels with the keys 1 to 5, moving rows and roles, undo, opening and closing windows with Esc and focus coming back.",
                "Levels are always written in words, never shown by colour or symbol alone; focus is visible everywhere; saves, errors and copies are announced in a region screen readers read; there are no animations.",
            ]),
            ("Known limits", &[
                "No test has been run yet with screen readers (NVDA, JAWS, VoiceOver) or with people with disabilities.",
                "A 320-pixel-wide display and 200 % zoom are catered for (the table scrolls in its own region), without a full manual audit.",
                "The items of a role card are edited line by line in a text area.",
            ]),
            ("Reporting a problem", &[
                "If you cannot use a feature, tell the team that provided Binôme (your ministry's DNUM): they will offer another way to reach it.",
                "If you get no answer, you can refer the matter to the Défenseur des droits.",
            ]),
        ],
    },
    update_ready: "A new version of Binôme is installed: it applies the next time the page loads.",
    erase_data: "Erase my data",
    erase_data_question: "Erase all your splits, your wizard answers and your preferences from this browser? This cannot be undone.",
    data_erased: "Your data was erased from this browser.",
    theme_name: |theme| match theme {
        Theme::System => "The system's",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    },
    close: "Close",
    cancel: "Cancel",
    confirm: "Confirm",
    saved_at: |time| format!("Saved in this browser at {time}."),
    save_failed: "Saving failed (the browser's storage is full or refused). Your changes stay on screen: export them before closing the page.",
    storage_unavailable: "This browser does not allow local saving: your changes will be lost when the page closes.",

    home_title: "Binôme: who does what between the business side and the DNUM?",
    home_intro: "In product mode, a business product owner carries the public policy and a DNUM product manager carries the digital product. Binôme makes their split concrete.",
    home_builder_title: "Split the responsibilities",
    home_builder_text: "Start from the guide's table, fit it to your product, and spot what nobody carries.",
    home_builder_action: "Open the split",

    nav_wizard: "Why product mode?",
    page_title_wizard: "Why product mode? — Binôme",
    home_wizard_title: "Why product mode?",
    home_wizard_text: "Twelve questions about your project, five minutes: the risks it runs, the set-up that fits it, and a split ready to adapt.",
    home_wizard_action: "Answer the questions",
    wizard_title: "Why product mode?",
    wizard_intro: "Product mode takes risk out of a project: aligned objectives instead of money spent with nothing landing, better design thanks to every expertise. Answer for your project; any answer can be changed at any time.",
    progress: |n, total| format!("Question {n} of {total}"),
    why_we_ask: "Why we ask: ",
    previous: "Previous",
    next: "Next",
    see_result: "See the recommendation",
    recommendation: |title| format!("Recommendation: {title}"),
    because: |answers| {
        let parts: Vec<String> = answers
            .iter()
            .map(|(question, answer)| match answer {
                Some(answer) => format!("\u{201c}{answer}\u{201d} to \u{201c}{question}\u{201d}"),
                None => format!("nothing to \u{201c}{question}\u{201d}"),
            })
            .collect();
        format!("Because you answered {}.", parts.join(", and "))
    },
    conditions_title: "What it depends on",
    first_steps_title: "What to do first",
    risks_summary: |n| match n {
        1 => "The risk your project runs (1)".to_owned(),
        n => format!("The risks your project runs ({n})"),
    },
    no_risk: "Your answers reveal no particular risk: keep the questions below in mind.",
    why_risk: "Why it is a risk: ",
    what_changes: "What product mode changes: ",
    source: "Source: ",
    split_changes_summary: |n| format!("What your answers change in the split ({n})"),
    split_change: |row, role, level, note| {
        let note = if note.is_empty() { String::new() } else { format!(" — {note}") };
        format!("\u{201c}{row}\u{201d}: {role}, {level}{note}")
    },
    contrasts_summary: |n| format!("Project or product: what changes here ({n})"),
    contrast: |project, product| format!("In project mode: {project}. In product mode: {product}."),
    keep_asking_title: "The questions to keep asking",
    other_questions: |n| format!("The other questions ({n})"),
    always_worth_asking: "Always worth asking.",
    dont_know_recorded: |answer| format!("No answer chosen: \u{201c}{answer}\u{201d} was recorded. You can come back and change it."),
    answer_needed: "Choose an answer to go on.",
    unanswered_note: "Some questions have no answer: the recommendation does not take them into account.",
    answer_the_rest: "Answer the remaining questions",
    open_in_builder: "Open this split in the editor",
    opened_in_builder: "The proposed split is added to your splits and opened in the editor.",
    share_result: "Share this result",
    result_link_label: "Link to the result (answers included)",
    edit_answers: "Change my answers",
    shared_result_note: "This result comes from a shared link: your own answers are not changed.",
    adopt_answers: "Start from these answers",
    adopt_question: "Replace your answers in progress with the ones of this link?",
    answers_given: |n, total| match n {
        1 => format!("{n} answer out of {total}."),
        n => format!("{n} answers out of {total}."),
    },

    builder_title: "Split of responsibilities",
    preview_lead: "Read-only preview: changed cells are framed and say what they were before.",
    builder_intro: "For each responsibility of the product, what each role does. Choose a cell to change it; on the keyboard, the arrows move between cells and the keys 1 to 5 choose the level.",
    matrix_caption: |name| format!("{name}: who does what"),
    responsibility_column: "Responsibility",
    cell_name: |row, role| format!("{row} — {role}"),
    cell_value: |row, role, level, note| {
        if note.is_empty() {
            format!("{row} — {role}: {level}")
        } else {
            format!("{row} — {role}: {level} {note}")
        }
    },
    edit_role: |role| format!("Edit the role {role}"),
    edit_responsibility: |row| format!("Edit the responsibility {row}"),
    edit_group: |group| format!("Edit the group {group}"),
    empty_group: "No responsibility in this group yet.",
    untitled: "(untitled)",

    toolbar_label: "Edit the split",
    undo: "Undo",
    redo: "Redo",
    undone: "Change undone.",
    redone: "Change redone.",
    add_role: "Add a role",
    add_responsibility: "Add a responsibility",
    add_group: "Add a group",
    new_role_label: |n| format!("Role {n}"),
    new_responsibility_label: "New responsibility",
    new_group_label: "New group",
    reset_to_guide: "Back to the guide's template",
    reset_to_guide_question: "Replace the content of this split with the guide's table? You can undo this change.",
    reset_done: "The split is back to the guide's table.",

    splits_title: "Your splits",
    open_split: "Open split",
    new_split: "New split",
    duplicate_split: "Duplicate",
    rename_split: "Rename",
    delete_split: "Delete",
    delete_split_question: |name| format!("Delete the split \u{201c}{name}\u{201d} from this browser for good?"),
    split_deleted: |name| format!("The split \u{201c}{name}\u{201d} was deleted."),
    copy_suffix: " (copy)",
    split_name: "Name of the split",
    template_choice: "Starting point",
    template_name,
    template_summary,
    create: "Create",
    started_from: |template| format!("Starting point: {}.", template_name(template)),

    level_legend: "Level",
    note_label: "Note (optional)",
    note_hint: "A few words, for instance \u{201c}carries the public policy\u{201d}.",
    label_label: "Title",
    detail_label: "Details (optional)",
    move_up: "Move up",
    move_down: "Move down",
    move_left: "Move left",
    move_right: "Move right",
    delete_role: "Delete this role",
    delete_role_question: |role| format!("Delete the role \u{201c}{role}\u{201d} and all its cells? You can undo."),
    delete_responsibility: "Delete this responsibility",
    delete_responsibility_question: |row| format!("Delete the responsibility \u{201c}{row}\u{201d}? You can undo."),
    delete_group: "Delete this group",
    delete_group_question: |group, rows| match rows {
        0 => format!("Delete the group \u{201c}{group}\u{201d}? You can undo."),
        1 => format!("Delete the group \u{201c}{group}\u{201d} and its responsibility? You can undo."),
        n => format!("Delete the group \u{201c}{group}\u{201d} and its {n} responsibilities? You can undo."),
    },
    add_responsibility_here: "Add a responsibility to this group",
    keyboard_hint: "Shortcuts: Alt + arrows to move a row or a role, Ctrl + Z to undo, Ctrl + Shift + Z to redo.",
    chars_count: |used, max| match used {
        1 => format!("{used} character out of {max}"),
        used => format!("{used} characters out of {max}"),
    },

    level_name,
    level_meaning,
    legend_title: "Legend",

    card_button: "Card of the role",
    card_title: |role| format!("Card of the role \u{201c}{role}\u{201d}"),
    section_title: |id| match id {
        SectionId::What => "What is it about?",
        SectionId::Why => "Why does this role matter?",
        SectionId::Daily => "What does a day look like?",
    },
    questions_title: "Questions to ask",
    empty_card: "This card is empty: fill it in with \u{201c}Edit the card\u{201d}.",
    edit_card: "Edit the card",
    done_editing: "Finish editing",
    card_text_label: "Text",
    card_items_label: "Items (one a line)",
    card_questions_label: "Questions (one a line)",
    check_answer: |answer| match answer {
        CheckAnswer::Unanswered => "Not answered yet",
        CheckAnswer::Yes => "Yes",
        CheckAnswer::ToWorkOn => "To work on",
        CheckAnswer::No => "No",
    },
    check_note_label: |question| format!("Note on \u{201c}{question}\u{201d}"),
    answered_by_checks: |n| match n {
        0 => "Answered by the split's checks: yes, nothing to clarify.".to_owned(),
        n => format!("Answered by the split's checks: to work on, {}.", plural(n, "point to clarify", "points to clarify")),
    },
    see_points: "See the points to clarify",
    questions_to_work_on: |n| match n {
        0 => "No question to work on".to_owned(),
        n => plural(n, "question to work on", "questions to work on"),
    },
    add_team_role: "Add a team role",
    team_roles_intro: "The roles of a product team according to the guide. Each comes with its card, to fill in.",
    add_this_role: |role| format!("Add {role}"),
    team_role_added: |role| format!("The role \u{201c}{role}\u{201d} is added, with its card."),

    export: "Export",
    export_title: "Export the split",
    export_format: "Format",
    format_name: |format| match format {
        ExportFormat::Markdown => "Markdown (for a GitBook page or a README)",
        ExportFormat::CsvSemicolon => "CSV, semicolon separator (French spreadsheets)",
        ExportFormat::CsvComma => "CSV, comma separator",
        ExportFormat::Json => "JSON (a Binôme file, to import again)",
    },
    export_preview: "Preview",
    copy: "Copy",
    download: "Download",
    copied: "Copied to the clipboard.",
    copy_refused_text: "The browser refused to copy: the text is selected, copy it with Ctrl+C.",
    print: "Print",
    printed_on: |date| format!("Printed on {date}"),
    compare: "Compare",
    compare_title: "Compare two splits",
    compare_first: "Before",
    compare_second: "After",
    template_option: |name| format!("Template: {name}"),
    shared_option: |name| format!("Shared preview: {name}"),
    comparison_labels: ComparisonLabels {
        title: |before, after| format!("\u{201c}{before}\u{201d} and \u{201c}{after}\u{201d}"),
        count: |n| match n {
            0 => "No cell differs.".to_owned(),
            1 => "1 cell differs.".to_owned(),
            n => format!("{n} cells differ."),
        },
        role: "Role",
        list: |label, items| format!("{label}: {items}"),
        roles_added: "More roles",
        roles_removed: "Fewer roles",
        rows_added: "More responsibilities",
        rows_removed: "Fewer responsibilities",
    },
    no_difference: "The two splits are identical.",
    sharing_group: "Share, export, facilitate",
    workshop: "Workshop mode",
    leave_workshop: "Leave workshop mode (Esc)",
    help: "Help (?)",
    help_title: "The keys of workshop mode",
    keys: &[
        ("↑ ↓ ← →", "move from cell to cell"),
        ("1 2 3 4 5", "Co-responsible, Leads, Contributes, Informed, Not involved: top-row keys with or without Shift (& é \" ' ( on a French keyboard), or the keypad"),
        ("Delete", "Not involved"),
        ("Enter", "open the cell (level and note)"),
        ("Alt + ↑ ↓", "move the cell's responsibility"),
        ("Alt + ← →", "move the cell's role"),
        ("R, L, G", "add a role, a responsibility (below the cell), a group"),
        ("Enter, Esc", "in the label just added: validate, cancel the addition"),
        ("P", "see the points to clarify"),
        ("C", "compare two splits"),
        ("A", "gather everyone's opinion"),
        ("Q", "show the link's QR code"),
        ("Ctrl + Z, Ctrl + Shift + Z", "undo, redo"),
        ("?", "show this help"),
        ("Esc", "close a window, then leave workshop mode"),
    ],
    see_points_workshop: "Points to clarify (P)",
    addition_cancelled: "Addition cancelled.",
    changed_cell: " (changed cell)",
    qr_link_label: "Link drawn by the QR code",
    share_sheet: "Send the link…",
    share_sheet_text: |name| format!("Here is our split of roles \u{201c}{name}\u{201d}: open the link to see it, keep it and answer."),
    builder_menu: "Splits, sharing and actions",
    cell_changed: |now, was| format!("{now}, before: {was}"),
    before_was: |was| format!("before: {was}"),
    preview_read_only: "Read-only preview: to change this split, keep it first (buttons at the top of the preview), then answer with \u{201c}Share\u{201d}.",
    role_added_mark: "role added",
    row_added_mark: "added",
    save_recovered: "Space was freed: everything is saved in this browser again.",
    qr_of_split: "QR code: open this split on your phone",
    workshop_summary: |points, questions| {
        let points = match points {
            0 => "nothing to clarify".to_owned(),
            n => plural(n, "point to clarify", "points to clarify"),
        };
        match questions {
            0 => points,
            n => format!("{points} · {}", plural(n, "question to work on", "questions to work on")),
        }
    },
    export_words: ExportWords {
        level_name,
        legend: "Legend:",
        group: "Group",
        responsibility: "Responsibility",
        detail: "Details",
        note_of: |role| format!("{role} (note)"),
    },

    checks_title: "Is the split clear?",
    checks_summary: |n| match n {
        0 => "Nothing to clarify: every responsibility has someone carrying it.".to_owned(),
        n => plural(n, "point to clarify", "points to clarify"),
    },
    finding,
    go_to_row: "See the row",

    share: "Share",
    share_title: "Share this split",
    share_intro: "The link holds the whole split: whoever opens it sees it as it is, with no account. The split is in the part of the link after \u{201c}#\u{201d}, which browsers never send to a server.",
    link_label: "Sharing link",
    link_length: |n| match n {
        0..=160 => "Short link: it fits in a text message.".to_owned(),
        161..=2000 => "Medium link: it goes through mail and chat.".to_owned(),
        _ => "Long link: prefer the file.".to_owned(),
    },
    copy_link: "Copy the link",
    link_copied: "Link copied to the clipboard.",
    copy_refused: "The browser refused to copy: the link is selected in the field, copy it with Ctrl+C.",
    link_too_long: |n| format!("This link is {n} characters long: beyond 2,000, chat and mail clients may cut it. Send the JSON file instead, which imports with \u{201c}Import a JSON file\u{201d}."),
    qr_title: "QR code",
    qr_label: "QR code of the sharing link",
    qr_too_long: "The link is too long for a readable QR code: share the link or the JSON file.",
    export_json: "Download the JSON file",
    exported: |file| format!("File \u{201c}{file}\u{201d} downloaded."),
    import_json: "Import a JSON file",
    file_error,
    file_unreadable: "This file could not be read (too large, or refused by the browser).",

    preview_title: |name| format!("Preview of the shared split \u{201c}{name}\u{201d}"),
    preview_intro: "Nothing is saved before you choose. To answer: keep it, change it, then \u{201c}Share\u{201d} gives the link to send back.",
    comparison,
    keep_as_new: "Keep as a new split",
    keep_shared: "Keep this split",
    shared_suffix: " (shared)",
    replace_current: |name| format!("Replace \u{201c}{name}\u{201d} with this one"),
    replace_question: |current, shared| format!("Replace the content of \u{201c}{current}\u{201d} with the shared split \u{201c}{shared}\u{201d}? You can undo."),
    dismiss_preview: "Close the preview, keeping nothing",
    kept: |name| format!("The split \u{201c}{name}\u{201d} is added to your splits."),
    kept_in_place: |name| format!("The split \u{201c}{name}\u{201d} is kept in this browser."),
    replaced: "The open split was replaced. \u{201c}Undo\u{201d} brings it back.",
    link_problem_title: "The sharing link could not be opened",
    dismiss: "Got it",

    limit_error,
    saved_data_error,
    link_error,
    unreadable_backup_title: "Some saved data could not be read",
    unreadable_backup_text: |key| format!("Nothing was erased: its text is kept in this browser under the key \u{201c}{key}\u{201d}. Download it to keep it or have it repaired."),
    newer_data_text: |n| match n {
        1 => format!("{n} split saved by a newer version of Binôme is not shown here and stays untouched. {RELOAD}"),
        n => format!("{n} splits saved by a newer version of Binôme are not shown here and stay untouched. {RELOAD}"),
    },
    download_backup: "Download the backup",
    delete_backup: "Delete the backup",
    delete_backup_question: "Delete this unreadable text from this browser for good?",
    other_tab_updated: "This split was changed in another tab: the view follows. \u{201c}Undo\u{201d} goes back to what you saw.",
    other_tab_added: "A split was added in another tab.",
    changed_meanwhile: "The split changed in the meantime (in another tab): nothing was deleted or replaced. Try again if needed.",
    other_tab_removed_current: "This split was deleted in another tab. It stays on screen here; your next change saves it again.",
    other_tab_newer: "A newer version of Binôme, open in another tab, changed this split: reload the page. Your changes here will no longer be saved.",
};
