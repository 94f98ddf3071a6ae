//! The split as Markdown tables in the guide's own style (its GitBook page), ready to paste.

use super::ExportWords;
use crate::domain::{Cell, Level, RoleSplit};

/// The guide's marks. The pilot's is the guide's 🙆‍♂️ written whole: the page drops the
/// zero-width joiner (U+200D), which makes it read as two symbols, 🙆 and ♂️.
pub const PILOT_MARK: &str = "🙆\u{200d}♂\u{fe0f}";

fn mark(level: Level) -> &'static str {
    match level {
        Level::CoResponsible => "🔒",
        Level::Pilot => PILOT_MARK,
        Level::Contributes => "🤝",
        Level::Informed => "📩",
        Level::None => "",
    }
}

/// A person's text in a table: no pipe or line break may break the table, and no `<`, `>`
/// or `&` may become markup in a renderer that does not sanitise (`<img onerror=…>` from a
/// link someone sent): they are written as entities, which read the same.
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// As the guide writes a cell: "🔒 Co-responsable (note)"; the pilot's mark gets its word
/// too (the guide's page leaves it alone), so that no level is a symbol only.
fn cell(cell: &Cell, words: &ExportWords) -> String {
    let mut text = match cell.level {
        Level::None => String::new(),
        level => format!("{} {}", mark(level), (words.level_name)(level)),
    };
    if !cell.note.is_empty() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!("({})", escape(&cell.note)));
    }
    text
}

/// One table a group, then the legend.
pub fn to_markdown(split: &RoleSplit, words: &ExportWords) -> String {
    let mut out = format!("# {}\n\n", escape(&split.name));
    for group in &split.groups {
        out.push_str(&format!("| {} |", escape(&group.label)));
        for role in &split.roles {
            out.push_str(&format!(" {} |", escape(&role.label)));
        }
        out.push_str("\n| --- |");
        out.push_str(&" --- |".repeat(split.roles.len()));
        out.push('\n');
        for row in &group.responsibilities {
            let mut label = escape(&row.label);
            if !row.detail.is_empty() {
                label.push_str(&format!(" ({})", escape(&row.detail)));
            }
            out.push_str(&format!("| {label} |"));
            for c in &row.cells {
                out.push_str(&format!(" {} |", cell(c, words)));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let legend: Vec<String> = Level::ALL
        .iter()
        .filter(|l| **l != Level::None)
        .map(|l| format!("{} {}", mark(*l), (words.level_name)(*l)))
        .collect();
    out.push_str(&format!("{} {}\n", words.legend, legend.join(" · ")));
    out
}
