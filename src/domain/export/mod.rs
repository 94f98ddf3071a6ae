//! What leaves the app: Markdown for the documentation, CSV for spreadsheets (and the
//! JSON file, which is the saved-data format: `saved::serialize_split`).

pub mod csv;
pub mod markdown;

use crate::domain::Level;

/// The words exports need, from the interface's language.
pub struct ExportWords {
    pub level_name: fn(Level) -> &'static str,
    /// The legend's heading with its colon, as the language writes it ("Légende :").
    pub legend: &'static str,
    pub group: &'static str,
    pub responsibility: &'static str,
    pub detail: &'static str,
    pub note_of: fn(&str) -> String,
}

/// A file name for a split: `binome-` then its name in lower-case ASCII words.
pub fn file_name(split_name: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in split_name.chars() {
        let c = match c {
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'î' | 'ï' | 'Î' | 'Ï' => 'i',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            _ => '-',
        };
        if c != '-' || !slug.ends_with('-') {
            slug.push(c);
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("binome.{extension}")
    } else {
        format!("binome-{slug}.{extension}")
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn names_become_plain_file_names() {
        assert_eq!(
            file_name("Chefferie produit", "json"),
            "binome-chefferie-produit.json"
        );
        assert_eq!(
            file_name("Démat' Social — été 2026 !", "csv"),
            "binome-demat-social-ete-2026.csv"
        );
        assert_eq!(file_name("  ", "json"), "binome.json");
        assert_eq!(
            file_name("../../etc/passwd", "json"),
            "binome-etc-passwd.json"
        );
    }
}
