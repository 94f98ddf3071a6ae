//! Every text the interface shows, one catalogue per language.
//!
//! Components never write text themselves: they read a [`Catalogue`]. Messages that
//! depend on the split (findings, errors) are functions of domain values.

mod en;
mod fr;

use crate::domain::card::{CheckAnswer, SectionId};
use crate::domain::checks::Finding;
use crate::domain::compare::{Comparison, ComparisonLabels};
use crate::domain::export::ExportWords;
use crate::domain::limits::LimitError;
use crate::domain::link::LinkError;
use crate::domain::saved::SavedDataError;
use crate::domain::{Level, RoleSplit, TemplateId};

/// The cells that differ between two splits, as "responsibility — role{colon}level" (or
/// `note_only` when only the note changed): the first few, then how many more, the last
/// item after `and` (" et ", ", and "). For the preview of a shared split, which shows no
/// "before" column to look at.
pub(crate) fn changed_cells(
    c: &Comparison,
    level_name: fn(Level) -> &'static str,
    colon: &str,
    note_only: &str,
    and: &str,
    more: fn(usize) -> String,
) -> String {
    const SHOWN: usize = 5;
    let mut items: Vec<String> = c
        .cells
        .iter()
        .take(SHOWN)
        .map(|d| {
            // Before → after: what the colleague changed, not only where it landed.
            let what = if d.after.level == d.before.level {
                note_only.to_owned()
            } else {
                format!(
                    "{} → {}",
                    level_name(d.before.level),
                    level_name(d.after.level)
                )
            };
            format!("{} — {}{colon}{what}", d.responsibility, d.role)
        })
        .collect();
    if c.cells.len() > SHOWN {
        items.push(more(c.cells.len() - SHOWN));
    }
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

pub use en::EN;
pub use fr::FR;

/// A question's text and the answer given to it (none: not answered).
pub type QuestionAnswer<'a> = (&'a str, Option<&'a str>);

/// The formats a split is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    CsvSemicolon,
    CsvComma,
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::CsvSemicolon,
        ExportFormat::CsvComma,
        ExportFormat::Json,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::CsvSemicolon | ExportFormat::CsvComma => "csv",
            ExportFormat::Json => "json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "text/markdown;charset=utf-8",
            ExportFormat::CsvSemicolon | ExportFormat::CsvComma => "text/csv;charset=utf-8",
            ExportFormat::Json => "application/json",
        }
    }
}

/// A page of text: its title, an introduction, then sections of paragraphs.
pub struct Page {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections: &'static [(&'static str, &'static [&'static str])],
}

/// The colour theme: the system's, or one chosen; serde writes its key, as kept in the
/// browser.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    #[default]
    #[serde(rename = "")]
    System,
    #[serde(rename = "light")]
    Light,
    #[serde(rename = "dark")]
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value kept in storage and set as `data-theme` (none for the system's).
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.key() == key)
            .unwrap_or_default()
    }
}

pub use crate::domain::lang::Lang;

/// The catalogue of a language.
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The texts of "many voices": asking for opinions, giving one, gathering them.
pub struct OpinionTexts {
    pub page_title_give: &'static str,
    pub page_title_gather: &'static str,
    pub ask: &'static str,
    /// The same, short, for the workshop bar.
    pub ask_short: &'static str,
    pub ask_intro: &'static str,
    pub title_label: &'static str,
    /// The request's title proposed, from the split's name.
    pub default_title: fn(&str) -> String,
    pub start_legend: &'static str,
    pub start_from_split: &'static str,
    pub start_blank: &'static str,
    pub request_link: &'static str,
    pub request_qr: &'static str,
    /// The sentence the share sheet sends with the request's link.
    pub request_share_text: fn(&str) -> String,
    pub go_gather: &'static str,
    /// A new request, the opinions received so far no longer counted (how many).
    pub restart: fn(usize) -> String,
    pub restarted: &'static str,
    pub give_intro: &'static str,
    pub give_blank: &'static str,
    pub your_name: &'static str,
    pub comment: &'static str,
    /// A cell of the participant's grid: row, role, level, comment.
    pub cell_name: fn(&str, &str, &str, &str) -> String,
    pub send: &'static str,
    pub propose_title: &'static str,
    pub propose_intro: &'static str,
    pub propose_kind: &'static str,
    pub propose_role: &'static str,
    pub propose_row: &'static str,
    pub propose_label: &'static str,
    pub propose_group: &'static str,
    pub propose_add: &'static str,
    pub propose_exists: &'static str,
    pub your_proposals: &'static str,
    pub proposed_role: fn(&str) -> String,
    pub proposed_row: fn(&str, &str) -> String,
    pub withdraw: fn(&str) -> String,
    pub ready: &'static str,
    pub opinion_link: &'static str,
    pub opinion_share_text: fn(&str) -> String,
    pub kept_here: &'static str,
    pub gather_title: &'static str,
    pub gather_intro: &'static str,
    pub paste_label: &'static str,
    pub add: &'static str,
    pub import: &'static str,
    pub no_request: &'static str,
    pub count: fn(usize) -> String,
    pub added: fn(usize) -> String,
    pub anonymous: &'static str,
    pub unreadable: fn(&str, &str) -> String,
    pub other_request: fn(&str) -> String,
    pub replaced: fn(&str) -> String,
    pub repeated: fn(&str) -> String,
    pub too_many: fn(&str) -> String,
    pub not_a_request: &'static str,
    /// An opinion link opened where no request was made.
    pub opinion_elsewhere: &'static str,
    pub caption: &'static str,
    pub unanimous: &'static str,
    pub majority: &'static str,
    pub divided: &'static str,
    pub no_answer: &'static str,
    /// "Pilote 3, Informé 1".
    pub level_count: fn(&str, usize) -> String,
    /// A consensus cell: row, role, agreement, the levels given, the agreed level if set.
    pub consensus_cell: fn(&str, &str, &str, &str, Option<&str>) -> String,
    pub agreed: fn(&str) -> String,
    pub agreed_legend: &'static str,
    pub summary: fn(usize, usize, usize) -> String,
    pub most_divided: &'static str,
    pub all_unanimous: &'static str,
    pub next_divided: &'static str,
    pub proposals: &'static str,
    pub proposal_role: fn(&str, &str) -> String,
    pub proposal_row: fn(&str, &str, &str) -> String,
    pub majority_checks: fn(usize) -> String,
    pub save: &'static str,
    pub export: &'static str,
    pub export_title: &'static str,
    pub export_intro: &'static str,
    /// A cell's note in the exports: the levels given, then the agreement.
    pub spread_note: fn(&str, &str) -> String,
    pub agreed_name: fn(&str, &str) -> String,
    /// A date in words: (day, month 1–12, year) → « 4 décembre 2026 ».
    pub long_date: fn(u32, u32, u32) -> String,
    pub saved: fn(&str) -> String,
    pub keys_hint: &'static str,
    pub comments: &'static str,
}

/// The words of one language. Fields are grouped by the screen that shows them.
pub struct Catalogue {
    pub opinions: OpinionTexts,
    // Shell
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub main_nav: &'static str,
    pub nav_home: &'static str,
    pub nav_builder: &'static str,
    pub page_title_home: &'static str,
    pub page_title_builder: &'static str,
    pub footer_privacy_note: &'static str,
    /// The switch to the other language, written in that language ("English").
    pub other_language: &'static str,
    pub other_language_lang: Lang,
    pub theme_label: &'static str,
    pub nav_privacy: &'static str,
    pub nav_accessibility: &'static str,
    pub page_title_privacy: &'static str,
    pub page_title_accessibility: &'static str,
    pub nav_glossary: &'static str,
    pub page_title_glossary: &'static str,
    pub glossary_title: &'static str,
    /// Followed by the guide's name, as a link, and a full stop.
    pub glossary_intro: &'static str,
    /// Between a term and its definition.
    pub definition_colon: &'static str,
    pub guide_link: &'static str,
    pub glossary_link: &'static str,
    /// Followed by the guide's name, as a link, and a full stop.
    pub guide_source: &'static str,
    /// Before the definition buttons of the terms of a row's label (1 or more).
    pub label_terms: fn(usize) -> &'static str,
    /// A page of text: its title, then (heading, paragraphs) sections.
    pub privacy_page: Page,
    pub accessibility_page: Page,
    pub update_ready: &'static str,
    pub erase_data: &'static str,
    pub erase_data_question: &'static str,
    pub data_erased: &'static str,
    pub theme_name: fn(Theme) -> &'static str,
    pub close: &'static str,
    pub cancel: &'static str,
    pub confirm: &'static str,
    pub saved_at: fn(&str) -> String,
    pub save_failed: &'static str,
    pub storage_unavailable: &'static str,

    // Home
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_builder_title: &'static str,
    pub home_builder_text: &'static str,
    pub home_builder_action: &'static str,

    // Wizard
    pub nav_wizard: &'static str,
    pub page_title_wizard: &'static str,
    pub home_wizard_title: &'static str,
    pub home_wizard_text: &'static str,
    pub home_wizard_action: &'static str,
    pub wizard_title: &'static str,
    pub wizard_intro: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub why_we_ask: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub see_result: &'static str,
    pub recommendation: fn(&str) -> String,
    pub because: fn(&[QuestionAnswer]) -> String,
    pub conditions_title: &'static str,
    pub first_steps_title: &'static str,
    pub risks_summary: fn(usize) -> String,
    pub no_risk: &'static str,
    pub why_risk: &'static str,
    pub what_changes: &'static str,
    pub source: &'static str,
    pub split_changes_summary: fn(usize) -> String,
    pub split_change: fn(&str, &str, &str, &str) -> String,
    pub contrasts_summary: fn(usize) -> String,
    pub contrast: fn(&str, &str) -> String,
    pub keep_asking_title: &'static str,
    pub other_questions: fn(usize) -> String,
    pub always_worth_asking: &'static str,
    pub dont_know_recorded: fn(&str) -> String,
    pub answer_needed: &'static str,
    pub unanswered_note: &'static str,
    pub answer_the_rest: &'static str,
    pub open_in_builder: &'static str,
    pub opened_in_builder: &'static str,
    pub share_result: &'static str,
    pub result_link_label: &'static str,
    pub edit_answers: &'static str,
    pub shared_result_note: &'static str,
    pub adopt_answers: &'static str,
    pub adopt_question: &'static str,
    pub answers_given: fn(usize, usize) -> String,

    // Builder
    pub builder_title: &'static str,
    /// The builder's lead while a shared split is previewed (its cells cannot be edited).
    pub preview_lead: &'static str,
    pub builder_intro: &'static str,
    pub matrix_caption: fn(&str) -> String,
    pub responsibility_column: &'static str,
    pub cell_name: fn(&str, &str) -> String,
    pub cell_value: fn(&str, &str, &str, &str) -> String,
    pub edit_role: fn(&str) -> String,
    pub edit_responsibility: fn(&str) -> String,
    pub edit_group: fn(&str) -> String,
    pub empty_group: &'static str,
    pub untitled: &'static str,

    // Toolbar
    pub toolbar_label: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undone: &'static str,
    pub redone: &'static str,
    pub add_role: &'static str,
    pub add_responsibility: &'static str,
    pub add_group: &'static str,
    pub new_role_label: fn(usize) -> String,
    pub new_responsibility_label: &'static str,
    pub new_group_label: &'static str,
    pub reset_to_guide: &'static str,
    pub reset_to_guide_question: &'static str,
    pub reset_done: &'static str,

    // Saved splits
    pub splits_title: &'static str,
    pub open_split: &'static str,
    pub new_split: &'static str,
    pub duplicate_split: &'static str,
    pub rename_split: &'static str,
    pub delete_split: &'static str,
    pub delete_split_question: fn(&str) -> String,
    pub split_deleted: fn(&str) -> String,
    pub copy_suffix: &'static str,
    pub split_name: &'static str,
    pub template_choice: &'static str,
    pub template_name: fn(TemplateId) -> &'static str,
    pub template_summary: fn(TemplateId) -> &'static str,
    pub create: &'static str,
    pub started_from: fn(TemplateId) -> String,

    // Editors
    pub level_legend: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub label_label: &'static str,
    pub detail_label: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub move_left: &'static str,
    pub move_right: &'static str,
    pub delete_role: &'static str,
    pub delete_role_question: fn(&str) -> String,
    pub delete_responsibility: &'static str,
    pub delete_responsibility_question: fn(&str) -> String,
    pub delete_group: &'static str,
    pub delete_group_question: fn(&str, usize) -> String,
    pub add_responsibility_here: &'static str,
    pub keyboard_hint: &'static str,
    pub chars_count: fn(usize, usize) -> String,

    // Levels and legend
    pub level_name: fn(Level) -> &'static str,
    pub level_meaning: fn(Level) -> &'static str,
    pub legend_title: &'static str,

    // Role cards and self-checks
    /// Followed by the role's name (which a phone hides, as the column says it).
    pub card_button: &'static str,
    pub card_title: fn(&str) -> String,
    pub section_title: fn(SectionId) -> &'static str,
    pub questions_title: &'static str,
    pub empty_card: &'static str,
    pub edit_card: &'static str,
    pub done_editing: &'static str,
    pub card_text_label: &'static str,
    pub card_items_label: &'static str,
    pub card_questions_label: &'static str,
    pub check_answer: fn(CheckAnswer) -> &'static str,
    pub check_note_label: fn(&str) -> String,
    pub answered_by_checks: fn(usize) -> String,
    pub see_points: &'static str,
    pub questions_to_work_on: fn(usize) -> String,
    pub add_team_role: &'static str,
    pub team_roles_intro: &'static str,
    pub add_this_role: fn(&str) -> String,
    pub team_role_added: fn(&str) -> String,

    // Exports, printing, comparing
    pub export_words: ExportWords,
    pub export: &'static str,
    pub export_title: &'static str,
    pub export_format: &'static str,
    pub format_name: fn(ExportFormat) -> &'static str,
    pub export_preview: &'static str,
    pub copy: &'static str,
    pub download: &'static str,
    pub copied: &'static str,
    pub copy_refused_text: &'static str,
    pub print: &'static str,
    pub printed_on: fn(&str) -> String,
    pub compare: &'static str,
    pub compare_title: &'static str,
    pub compare_first: &'static str,
    pub compare_second: &'static str,
    pub template_option: fn(&str) -> String,
    pub shared_option: fn(&str) -> String,
    pub comparison_labels: ComparisonLabels,
    pub no_difference: &'static str,
    pub sharing_group: &'static str,
    pub workshop: &'static str,
    pub leave_workshop: &'static str,
    pub help: &'static str,
    pub help_title: &'static str,
    pub keys: &'static [(&'static str, &'static str)],
    /// The workshop's button to the points to clarify.
    pub see_points_workshop: &'static str,
    /// Said when Esc takes back something just added.
    pub addition_cancelled: &'static str,
    /// Said after a cell that differs, in the workshop's comparison.
    pub changed_cell: &'static str,
    /// The label of the link under the workshop's QR code.
    pub qr_link_label: &'static str,
    /// Said when a save that had failed went through.
    pub save_recovered: &'static str,
    /// The handle of the builder's bars, folded on a phone.
    pub builder_menu: &'static str,
    /// The button that opens the system's share sheet, and the sentence it sends.
    pub share_sheet: &'static str,
    pub share_sheet_text: fn(&str) -> String,
    /// A previewed cell that differs: its name, then what it was (`now`, `was`).
    pub cell_changed: fn(&str, &str) -> String,
    /// Shown in a previewed cell that differs: what it was.
    pub before_was: fn(&str) -> String,
    /// Said when a previewed cell is tapped or a key tries to change it.
    pub preview_read_only: &'static str,
    /// Beside a role or a row that the previewed split adds.
    pub role_added_mark: &'static str,
    pub row_added_mark: &'static str,
    pub qr_of_split: &'static str,
    pub workshop_summary: fn(usize, usize) -> String,

    // Checks
    pub checks_title: &'static str,
    pub checks_summary: fn(usize) -> String,
    pub finding: fn(&RoleSplit, &Finding) -> String,
    pub go_to_row: &'static str,

    // Sharing
    pub share: &'static str,
    pub share_title: &'static str,
    pub share_intro: &'static str,
    pub link_label: &'static str,
    pub link_length: fn(usize) -> String,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_refused: &'static str,
    pub link_too_long: fn(usize) -> String,
    pub qr_title: &'static str,
    pub qr_label: &'static str,
    pub qr_too_long: &'static str,
    pub export_json: &'static str,
    pub exported: fn(&str) -> String,
    pub import_json: &'static str,
    pub file_error: fn(&SavedDataError) -> String,
    pub file_unreadable: &'static str,

    // Preview of a shared split
    pub preview_title: fn(&str) -> String,
    pub preview_intro: &'static str,
    /// How a shared split differs from the open one (`None`: the untouched guide's table).
    pub comparison: fn(&Comparison, Option<&str>) -> String,
    pub keep_as_new: &'static str,
    /// Keeping a shared split when the open one is the untouched guide's table.
    pub keep_shared: &'static str,
    /// Added to a kept split's name when another split has that name already.
    pub shared_suffix: &'static str,
    pub replace_current: fn(&str) -> String,
    pub replace_question: fn(&str, &str) -> String,
    pub dismiss_preview: &'static str,
    pub kept: fn(&str) -> String,
    /// Kept in place of the untouched guide's table (a first visit).
    pub kept_in_place: fn(&str) -> String,
    pub replaced: &'static str,
    pub link_problem_title: &'static str,
    pub dismiss: &'static str,

    // Errors
    pub limit_error: fn(&LimitError) -> String,
    pub saved_data_error: fn(&SavedDataError) -> String,
    pub link_error: fn(&LinkError) -> String,
    pub unreadable_backup_title: &'static str,
    pub unreadable_backup_text: fn(&str) -> String,
    pub newer_data_text: fn(usize) -> String,
    pub download_backup: &'static str,
    pub delete_backup: &'static str,
    pub delete_backup_question: &'static str,
    pub other_tab_updated: &'static str,
    pub other_tab_added: &'static str,
    /// A confirmed deletion not carried out: what it was about changed meanwhile.
    pub changed_meanwhile: &'static str,
    pub other_tab_removed_current: &'static str,
    pub other_tab_newer: &'static str,
}
