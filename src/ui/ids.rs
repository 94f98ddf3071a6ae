//! Every element id of the page, in one place: focus targets, labels, skip links.
//! Ids of the matrix are made from the domain's ids, so they follow a row or a role
//! wherever it moves.

use crate::domain::{GroupId, RoleId, RowId};

/// The page's main content (the skip link's target).
pub const CONTENT: &str = "contenu";

// The builder's page.
pub const BUILDER_TITLE: &str = "titre-repartition";
pub const MATRIX_CAPTION: &str = "legende-matrice";
pub const CHECKS_TITLE: &str = "verifications";
pub const LEGEND_TITLE: &str = "legende";
pub const LINK_PROBLEM_TITLE: &str = "lien-probleme";
pub const PREVIEW_TITLE: &str = "apercu-titre";
pub const REPLACE_WITH_PREVIEW: &str = "remplacer-par-partagee";

// The saved splits.
pub const SPLITS_TITLE: &str = "vos-repartitions";
pub const OPEN_SPLIT: &str = "repartition-ouverte";
pub const SPLIT_NAME: &str = "nom-repartition";
pub const NEW_SPLIT: &str = "nouvelle-repartition";
pub const NEW_SPLIT_NAME: &str = "nom-nouvelle";
pub const DELETE_SPLIT: &str = "supprimer-repartition";

// The toolbar.
pub const UNDO: &str = "annuler";
pub const REDO: &str = "retablir";
pub const ADD_ROLE: &str = "ajouter-role";
pub const ADD_TEAM_ROLE: &str = "ajouter-role-equipe";
pub const ADD_RESPONSIBILITY: &str = "ajouter-responsabilite";
pub const ADD_GROUP: &str = "ajouter-groupe";
pub const RESET_TO_GUIDE: &str = "revenir-guide";
pub const SHARE: &str = "partager";
/// The one popover that shows a term's definition (`ui/glossed.rs`).
pub const DEFINITION: &str = "definition";
pub const EXPORT: &str = "exporter";
pub const COMPARE: &str = "comparer";
pub const WORKSHOP: &str = "mode-atelier";

// Workshop mode.
pub const WORKSHOP_HELP: &str = "aide-atelier";
pub const WORKSHOP_POINTS: &str = "points-atelier";
pub const WORKSHOP_COMPARE: &str = "comparer-atelier";
pub const WORKSHOP_QR: &str = "qr-atelier";
pub const LEAVE_WORKSHOP: &str = "quitter-atelier";

// Fields of the dialogs.
pub const CELL_NOTE: &str = "note-case";
pub const RESPONSIBILITY_LABEL: &str = "intitule-responsabilite";
pub const RESPONSIBILITY_DETAIL: &str = "precisions-responsabilite";
pub const ROLE_LABEL: &str = "nom-role";
pub const GROUP_LABEL: &str = "nom-groupe";
pub const CARD_QUESTIONS: &str = "fiche-questions";
pub const EXPORT_PREVIEW: &str = "export-apercu";
pub const SHARE_LINK: &str = "lien-partage";
pub const QR_LINK: &str = "lien-qr";
pub const COMPARE_FIRST: &str = "comparer-avant";
pub const COMPARE_SECOND: &str = "comparer-apres";

// Other pages.
pub const HOME_WIZARD: &str = "accueil-pourquoi";
pub const HOME_BUILDER: &str = "accueil-repartition";
pub const ERASE_DATA: &str = "effacer";
pub const THEME: &str = "theme";
pub const WIZARD_PROGRESS: &str = "progression";
pub const RESULT_TITLE: &str = "resultat-titre";
pub const RESULT_LINK: &str = "lien-resultat";
pub const RESULT_CONDITIONS: &str = "conditions";
pub const RESULT_FIRST_STEPS: &str = "a-faire";
pub const RESULT_QUESTIONS: &str = "questions";

pub fn cell(row: RowId, role: RoleId) -> String {
    format!("case-{}-{}", row.0, role.0)
}

/// The row and role of a cell's id.
pub fn parse_cell(id: &str) -> Option<(RowId, RoleId)> {
    let (row, role) = id.strip_prefix("case-")?.split_once('-')?;
    Some((RowId(row.parse().ok()?), RoleId(role.parse().ok()?)))
}

/// The role of a column header's id.
pub fn parse_role(id: &str) -> Option<RoleId> {
    Some(RoleId(id.strip_prefix("role-")?.parse().ok()?))
}

pub fn row(row: RowId) -> String {
    format!("ligne-{}", row.0)
}

pub fn role(role: RoleId) -> String {
    format!("role-{}", role.0)
}

pub fn group(group: GroupId) -> String {
    format!("groupe-{}", group.0)
}

/// The button that opens a role's card, under its column header.
pub fn card_button(role: RoleId) -> String {
    format!("fiche-role-{}", role.0)
}

/// A self-check question's note field, in a role's card.
pub fn check_note(role: RoleId, question: usize) -> String {
    format!("note-question-{}-{question}", role.0)
}

/// A card section's paragraph and items fields.
pub fn card_text(section: &str) -> String {
    format!("fiche-{section}-texte")
}

pub fn card_items(section: &str) -> String {
    format!("fiche-{section}-elements")
}

/// An answer of the wizard's question `question`.
pub fn answer(question: usize, answer: usize) -> String {
    format!("reponse-{question}-{answer}")
}

// Many voices: asking, giving and gathering opinions (`ui/opinions`).
pub const ASK_OPINIONS: &str = "recueillir-avis";
pub const WORKSHOP_ASK: &str = "atelier-avis";
pub const REQUEST_TITLE: &str = "titre-demande";
pub const REQUEST_LINK: &str = "lien-demande";
pub const GO_GATHER: &str = "aller-avis-recus";
pub const GIVE_TITLE: &str = "titre-avis";
pub const OPINION_NAME: &str = "nom-avis";
pub const PROPOSE_TITLE: &str = "proposer-ajout";
pub const PROPOSE_LABEL: &str = "intitule-ajout";
pub const PROPOSE_GROUP: &str = "groupe-ajout";
pub const OPINION_CAPTION: &str = "legende-avis";
pub const OPINION_COMMENT: &str = "commentaire-avis";
pub const SEND_OPINION: &str = "envoyer-avis";
pub const OPINION_READY: &str = "avis-pret";
pub const OPINION_LINK: &str = "lien-avis";
pub const GATHER_TITLE: &str = "titre-avis-recus";
pub const PASTE_OPINIONS: &str = "coller-avis";
pub const ADD_OPINIONS: &str = "ajouter-avis";
pub const NEXT_DIVIDED: &str = "case-partagee-suivante";
pub const MOST_DIVIDED: &str = "cases-partagees";
pub const SAVE_AGREED: &str = "enregistrer-convenue";
pub const EXPORT_OPINIONS: &str = "exporter-avis";
pub const CONSENSUS_CAPTION: &str = "legende-consensus";

/// A cell of the opinion being given.
pub fn opinion_cell(row: RowId, role: RoleId) -> String {
    format!("avis-{}-{}", row.0, role.0)
}

/// A cell of the consensus matrix.
pub fn consensus_cell(row: RowId, role: RoleId) -> String {
    format!("consensus-{}-{}", row.0, role.0)
}
