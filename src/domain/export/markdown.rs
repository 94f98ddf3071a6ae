//! The split as Markdown tables in the guide's own style (its GitBook page), ready to paste.

use super::ExportWords;
use crate::domain::{Cell, Level, RoleSplit};

/// The guide's marks, byte for byte as its page writes them.
fn mark(level: Level) -> &'static str {
    match level {
        Level::CoResponsible => "🔒",
        Level::Pilot => "🙆♂️",
        Level::Contributes => "🤝",
        Level::Informed => "📩",
        Level::None => "",
    }
}

/// A table cell's text: no pipe or line break may break the table.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// As the guide writes a cell: "🔒 Co-responsable (note)", the pilot's mark alone.
fn cell(cell: &Cell, words: &ExportWords) -> String {
    let mut text = match cell.level {
        Level::None => String::new(),
        Level::Pilot => mark(Level::Pilot).to_owned(),
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
    out.push_str(&format!("{} : {}\n", words.legend, legend.join(" · ")));
    out
}
