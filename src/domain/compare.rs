//! How two splits differ: roles and responsibilities on one side only, and the cells of
//! the shared ones that differ. Roles and rows are matched by label (case and extra
//! spaces aside), whatever their order or group.

use super::export::markdown::escape;
use super::split::{label_key, Cell, RoleSplit};

/// One cell that differs between the two splits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellDifference {
    pub responsibility: String,
    pub role: String,
    pub before: Cell,
    pub after: Cell,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub names_differ: bool,
    pub roles_removed: Vec<String>,
    pub roles_added: Vec<String>,
    pub rows_removed: Vec<String>,
    pub rows_added: Vec<String>,
    pub cells: Vec<CellDifference>,
}

impl Comparison {
    pub fn is_identical(&self) -> bool {
        *self
            == Comparison {
                names_differ: self.names_differ,
                ..Comparison::default()
            }
    }
}

/// Labels of `items` whose key is not among `others`' keys.
fn only_in(items: &[String], others: &[String]) -> Vec<String> {
    let keys: Vec<String> = others.iter().map(|l| label_key(l)).collect();
    items
        .iter()
        .filter(|l| !keys.contains(&label_key(l)))
        .cloned()
        .collect()
}

/// What changed from `before` to `after`.
pub fn compare(before: &RoleSplit, after: &RoleSplit) -> Comparison {
    let roles = |s: &RoleSplit| s.roles.iter().map(|r| r.label.clone()).collect::<Vec<_>>();
    let rows = |s: &RoleSplit| s.rows().map(|r| r.label.clone()).collect::<Vec<_>>();
    let (roles_before, roles_after) = (roles(before), roles(after));
    let (rows_before, rows_after) = (rows(before), rows(after));
    let position = |list: &[String], label: &str| {
        let key = label_key(label);
        list.iter().position(|l| label_key(l) == key)
    };
    let cells_before: Vec<&[Cell]> = before.rows().map(|r| r.cells.as_slice()).collect();
    let mut cells = Vec::new();
    for (row, r) in after.rows().enumerate() {
        let Some(row_before) = position(&rows_before, &rows_after[row]) else {
            continue;
        };
        for (role, after_cell) in r.cells.iter().enumerate() {
            let Some(role_before) = position(&roles_before, &roles_after[role]) else {
                continue;
            };
            let before_cell = &cells_before[row_before][role_before];
            if before_cell != after_cell {
                cells.push(CellDifference {
                    responsibility: r.label.clone(),
                    role: roles_after[role].clone(),
                    before: before_cell.clone(),
                    after: after_cell.clone(),
                });
            }
        }
    }
    Comparison {
        names_differ: before.name != after.name,
        roles_removed: only_in(&roles_before, &roles_after),
        roles_added: only_in(&roles_after, &roles_before),
        rows_removed: only_in(&rows_before, &rows_after),
        rows_added: only_in(&rows_after, &rows_before),
        cells,
    }
}

/// A comparison as Markdown: the count, then what differs, cell by cell.
pub fn comparison_to_markdown(
    comparison: &Comparison,
    before: &str,
    after: &str,
    words: &crate::domain::export::ExportWords,
    labels: &ComparisonLabels,
) -> String {
    let level = |cell: &Cell| {
        // "Non concerné" is said, never a blank cell.
        let mut text = (words.level_name)(cell.level).to_owned();
        if !cell.note.is_empty() {
            text.push_str(&format!(" ({})", cell.note));
        }
        escape(&text)
    };
    let (before, after) = (escape(before), escape(after));
    let mut out = format!(
        "# {}\n\n{}\n\n",
        (labels.title)(&before, &after),
        (labels.count)(comparison.cells.len())
    );
    if !comparison.cells.is_empty() {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n| --- | --- | --- | --- |\n",
            words.responsibility, labels.role, before, after
        ));
        for d in &comparison.cells {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape(&d.responsibility),
                escape(&d.role),
                level(&d.before),
                level(&d.after)
            ));
        }
        out.push('\n');
    }
    for (items, label) in [
        (&comparison.roles_added, labels.roles_added),
        (&comparison.roles_removed, labels.roles_removed),
        (&comparison.rows_added, labels.rows_added),
        (&comparison.rows_removed, labels.rows_removed),
    ] {
        if !items.is_empty() {
            let items: Vec<String> = items.iter().map(|i| escape(i)).collect();
            out.push_str(&(labels.list)(label, &items.join(", ")));
            out.push_str("\n\n");
        }
    }
    out
}

/// The words of a comparison, from the interface's language.
pub struct ComparisonLabels {
    pub title: fn(&str, &str) -> String,
    pub count: fn(usize) -> String,
    pub role: &'static str,
    pub roles_added: &'static str,
    pub roles_removed: &'static str,
    pub rows_added: &'static str,
    pub rows_removed: &'static str,
    /// "Rôles en plus : Designer", with the language's own punctuation.
    pub list: fn(&str, &str) -> String,
}
