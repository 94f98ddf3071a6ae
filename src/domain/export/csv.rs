//! The split as CSV for spreadsheets: UTF-8 with a byte order mark (so accents open
//! right), comma or semicolon (French locales), quotes where a field needs them.

use super::ExportWords;
use crate::domain::RoleSplit;

/// Neutralises a formula: a field starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is run by spreadsheets (`=HYPERLINK(…)` from a link someone sent, say). As OWASP
/// recommends, it gets a leading `'`, which spreadsheets read as "text" and do not show.
fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A field as written: neutralised, then quoted when it holds the separator, a quote or a
/// line break (RFC 4180).
fn field(text: &str, separator: char) -> String {
    let text = neutralised(text);
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

/// One line a responsibility: its group, label, description, then for each role its
/// level (in words) and its note.
pub fn to_csv(split: &RoleSplit, words: &ExportWords, separator: char) -> String {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut header = vec![
        words.group.to_owned(),
        words.responsibility.to_owned(),
        words.detail.to_owned(),
    ];
    for role in &split.roles {
        header.push(role.label.clone());
        header.push((words.note_of)(&role.label));
    }
    lines.push(header);
    for group in &split.groups {
        for row in &group.responsibilities {
            let mut line = vec![group.label.clone(), row.label.clone(), row.detail.clone()];
            for cell in &row.cells {
                let level = if cell.level.is_none() {
                    String::new()
                } else {
                    (words.level_name)(cell.level).to_owned()
                };
                line.push(level);
                line.push(cell.note.clone());
            }
            lines.push(line);
        }
    }
    let mut out = String::from("\u{feff}");
    for line in lines {
        let fields: Vec<String> = line.iter().map(|f| field(f, separator)).collect();
        out.push_str(&fields.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}
