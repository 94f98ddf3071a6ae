//! Le catalogue français : la langue par défaut.

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
        Level::CoResponsible => "Co-responsable",
        Level::Pilot => "Pilote",
        Level::Contributes => "Participe",
        Level::Informed => "Informé",
        Level::None => "Non concerné",
    }
}

fn level_meaning(level: Level) -> &'static str {
    match level {
        Level::CoResponsible => "porte la responsabilité avec l’autre partie",
        Level::Pilot => "prend la responsabilité en charge",
        Level::Contributes => "contribue, sans la porter",
        Level::Informed => "est tenu au courant",
        Level::None => "n’intervient pas",
    }
}

fn template_name(template: TemplateId) -> &'static str {
    match template {
        TemplateId::Guide => "Le tableau du guide (Chefferie produit)",
        TemplateId::GuideCurrent => "Le tableau actuel du guide (Porter un produit)",
        TemplateId::DnumProduct => "Produit porté par la DNUM",
        TemplateId::Blank => "Répartition vierge",
    }
}

fn template_summary(template: TemplateId) -> &'static str {
    match template {
        TemplateId::Guide => "Le partage métier / DNUM de la page «\u{a0}Chefferie produit\u{a0}» du guide, dans sa version d’origine.",
        TemplateId::GuideCurrent => "La version actuelle\u{a0}: la conformité légale passe côté métier, un niveau «\u{a0}Participe\u{a0}» apparaît, le suivi budgétaire remplace le suivi des devis.",
        TemplateId::DnumProduct => {
            "Un produit fait par et pour la DNUM\u{a0}: son chef de produit porte aussi la vision."
        }
        TemplateId::Blank => "Les deux rôles et aucune responsabilité\u{a0}: partez de zéro.",
    }
}

/// 1 + where a thing stands (its number as a person counts), 0 if it is gone.
fn number(index: Option<usize>) -> usize {
    index.map_or(0, |i| i + 1)
}

/// « la responsabilité « X » », or a description when the label is empty.
fn row_name(split: &RoleSplit, id: RowId) -> String {
    match split.row_label(id) {
        label if !label.trim().is_empty() => format!("«\u{a0}{}\u{a0}»", label.trim()),
        _ => {
            let (group, row) = split.locate(id).map_or((0, 0), |(g, r)| (g + 1, r + 1));
            format!("la responsabilité n°\u{a0}{row} du groupe n°\u{a0}{group}")
        }
    }
}

fn role_name(split: &RoleSplit, id: RoleId) -> String {
    match split.role_label(id) {
        label if !label.trim().is_empty() => format!("«\u{a0}{}\u{a0}»", label.trim()),
        _ => format!("n°\u{a0}{}", number(split.role_index(id))),
    }
}

fn group_name(split: &RoleSplit, id: GroupId) -> String {
    match split.group_label(id) {
        label if !label.trim().is_empty() => format!("«\u{a0}{}\u{a0}»", label.trim()),
        _ => format!("n°\u{a0}{}", number(split.group_index(id))),
    }
}

fn finding(split: &RoleSplit, finding: &Finding) -> String {
    match finding {
        Finding::EmptyLabel(LabelRef::Role(id)) => format!(
            "Le rôle n°\u{a0}{} n’a pas de nom.",
            number(split.role_index(*id))
        ),
        Finding::EmptyLabel(LabelRef::Group(id)) => format!(
            "Le groupe n°\u{a0}{} n’a pas de nom.",
            number(split.group_index(*id))
        ),
        Finding::EmptyLabel(LabelRef::Responsibility(id)) => format!(
            "La responsabilité n°\u{a0}{} du groupe {} n’a pas d’intitulé.",
            number(split.locate(*id).map(|(_, row)| row)),
            split
                .group_of(*id)
                .map(|g| group_name(split, g))
                .unwrap_or_default()
        ),
        Finding::DuplicateLabel { label, .. } => match label {
            LabelRef::Role(id) => format!(
                "Deux rôles s’appellent {}\u{a0}: renommez l’un d’eux.",
                role_name(split, *id)
            ),
            LabelRef::Group(id) => format!(
                "Deux groupes s’appellent {}\u{a0}: renommez l’un d’eux.",
                group_name(split, *id)
            ),
            LabelRef::Responsibility(id) => format!(
                "La responsabilité {} apparaît deux fois\u{a0}: fusionnez ou renommez.",
                row_name(split, *id)
            ),
        },
        Finding::Unowned(id) => format!(
            "Personne ne porte {}\u{a0}: aucun rôle n’est co-responsable ni pilote.",
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
            let pilots_part = count(pilots, "pilote", "pilotes");
            let co_part = count(co_responsible, "co-responsable", "co-responsables");
            let who = match (pilots.is_empty(), co_responsible.is_empty()) {
                (false, true) => pilots_part,
                (true, _) => format!("{co_part} et aucun pilote"),
                (false, false) => format!("{pilots_part} et {co_part}"),
            };
            format!(
                "{} a {who}\u{a0}: qui tranche\u{a0}?",
                capitalised(&row_name(split, *row))
            )
        }
        Finding::IdleRole(role) => format!(
            "Le rôle {} n’intervient sur aucune responsabilité.",
            role_name(split, *role)
        ),
        Finding::Overloaded {
            role,
            carried,
            total,
        } => format!(
            "Le rôle {} porte {carried} responsabilités sur {total}\u{a0}: la charge est\u{2011}elle tenable\u{a0}?",
            role_name(split, *role)
        ),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn limit_error(error: &LimitError) -> String {
    match error {
        LimitError::TooManyRoles { .. } => format!(
            "Une répartition compte au plus {MAX_ROLES} rôles\u{a0}: supprimez-en un pour en ajouter un autre."
        ),
        LimitError::TooManyResponsibilities { count } => format!(
            "Une répartition compte au plus {MAX_RESPONSIBILITIES} responsabilités (ici {count})."
        ),
        LimitError::TooManyGroups { count } => {
            format!("Une répartition compte au plus {MAX_GROUPS} groupes (ici {count}).")
        }
        LimitError::LabelTooLong { chars } => format!(
            "Ce libellé compte {chars} caractères, pour une limite de {MAX_LABEL_CHARS}. Raccourcissez-le\u{a0}: votre texte reste dans le champ."
        ),
        LimitError::NoteTooLong { chars } => format!(
            "Ce texte compte {chars} caractères, pour une limite de {MAX_NOTE_CHARS}. Raccourcissez-le\u{a0}: votre texte reste dans le champ."
        ),
        LimitError::CardTextTooLong { chars } => format!(
            "Ce texte compte {chars} caractères, pour une limite de {MAX_CARD_TEXT_CHARS}. Raccourcissez-le\u{a0}: votre texte reste dans le champ."
        ),
        LimitError::TooManyItems { .. } => format!(
            "Une rubrique compte au plus {MAX_CARD_ITEMS} éléments\u{a0}: supprimez-en un pour en ajouter un autre."
        ),
        LimitError::NoRole => "Une répartition doit garder au moins un rôle.".to_owned(),
        LimitError::NoGroup => "Une répartition doit garder au moins un groupe.".to_owned(),
        LimitError::CellsMismatch => {
            "Les cases ne correspondent pas aux rôles\u{a0}: les données sont incohérentes.".to_owned()
        }
        LimitError::Gone => "Ce que vous modifiiez n’existe plus (supprimé dans un autre onglet\u{a0}?)\u{a0}: rien n’a été changé.".to_owned(),
    }
}

fn saved_data_error(error: &SavedDataError) -> String {
    match error {
        SavedDataError::Unreadable => {
            "Le texte enregistré n’est pas celui d’une répartition Binôme (données abîmées ou modifiées à la main).".to_owned()
        }
        SavedDataError::FromNewerVersion { schema } => format!(
            "Ces données viennent d’une version plus récente de Binôme (format {schema}). Rechargez la page pour obtenir la dernière version."
        ),
        SavedDataError::OverLimits(error) => content_limit("Ce texte enregistré", error),
    }
}

fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::NotBinome => "Ce lien n’est pas un lien de partage Binôme.".to_owned(),
        LinkError::Damaged => "Ce lien est abîmé ou incomplet (il a peut-être été coupé en le copiant). Demandez à la personne qui l’a envoyé de le partager à nouveau, ou d’exporter le fichier JSON.".to_owned(),
        LinkError::NewerVersion => "Ce lien a été fait avec une version plus récente de Binôme. Rechargez la page pour obtenir la dernière version.".to_owned(),
        LinkError::OverLimits(error) => content_limit("Ce lien", error),
    }
}

/// What goes beyond the limits in a file or a link, in words that fit it: there is no field
/// to shorten there, only content to say and the limit it passes.
fn content_limit(what: &str, error: &LimitError) -> String {
    let too_many = |count: &usize, things: &str, max: usize| {
        format!("{what} contient {count} {things}\u{a0}; Binôme en accepte {max}.")
    };
    let too_long = |thing: &str, chars: &usize, max: usize| {
        format!("{thing} y compte {chars} caractères\u{a0}; Binôme en accepte {max}.")
    };
    match error {
        LimitError::TooManyRoles { count } => too_many(count, "rôles", MAX_ROLES),
        LimitError::TooManyResponsibilities { count } => {
            too_many(count, "responsabilités", MAX_RESPONSIBILITIES)
        }
        LimitError::TooManyGroups { count } => too_many(count, "groupes", MAX_GROUPS),
        LimitError::LabelTooLong { chars } => too_long("Un intitulé", chars, MAX_LABEL_CHARS),
        LimitError::NoteTooLong { chars } => {
            too_long("Une note ou une précision", chars, MAX_NOTE_CHARS)
        }
        LimitError::CardTextTooLong { chars } => {
            too_long("Un paragraphe de fiche de rôle", chars, MAX_CARD_TEXT_CHARS)
        }
        LimitError::TooManyItems { count } => format!(
            "Une rubrique de fiche de rôle y compte {count} éléments\u{a0}; Binôme en accepte {MAX_CARD_ITEMS}."
        ),
        LimitError::NoRole => format!("{what} ne contient aucun rôle."),
        LimitError::NoGroup => format!("{what} ne contient aucun groupe de responsabilités."),
        LimitError::CellsMismatch | LimitError::Gone => {
            format!("{what} est incohérent\u{a0}: ses cases ne correspondent pas à ses rôles.")
        }
    }
}

fn file_error(error: &SavedDataError) -> String {
    match error {
        SavedDataError::Unreadable => "Ce fichier n’est pas une répartition Binôme au format JSON (ou il a été abîmé).".to_owned(),
        SavedDataError::FromNewerVersion { .. } => "Ce fichier a été fait avec une version plus récente de Binôme. Rechargez la page pour obtenir la dernière version.".to_owned(),
        SavedDataError::OverLimits(error) => content_limit("Ce fichier", error),
    }
}

/// "Designer, Data" or "Designer".
fn listed(items: &[String]) -> String {
    items.join(", ")
}

fn comparison(c: &Comparison, current: Option<&str>) -> String {
    let to = match current {
        Some(name) => format!("à votre répartition ouverte «\u{a0}{name}\u{a0}»"),
        None => "au tableau du guide".to_owned(),
    };
    if c.is_identical() {
        return format!("Identique {to}.");
    }
    let mut parts = Vec::new();
    let cells = || {
        super::changed_cells(
            c,
            level_name,
            "\u{a0}: ",
            "note modifiée",
            " et ",
            |n| match n {
                1 => "1 autre".to_owned(),
                n => format!("{n} autres"),
            },
        )
    };
    match c.cells.len() {
        0 => {}
        1 => parts.push(format!("1 case diffère ({})", cells())),
        n => parts.push(format!("{n} cases diffèrent ({})", cells())),
    }
    let mut add = |items: &[String], one: &str, many: &str| {
        if !items.is_empty() {
            let what = if items.len() == 1 { one } else { many };
            parts.push(format!("{what}\u{a0}: {}", listed(items)));
        }
    };
    add(&c.roles_added, "rôle en plus", "rôles en plus");
    add(&c.roles_removed, "rôle en moins", "rôles en moins");
    add(
        &c.rows_added,
        "responsabilité en plus",
        "responsabilités en plus",
    );
    add(
        &c.rows_removed,
        "responsabilité en moins",
        "responsabilités en moins",
    );
    format!("Par rapport {to}\u{a0}: {}.", parts.join("\u{a0}; "))
}

pub static FR: Catalogue = Catalogue {
    opinions: OpinionTexts {
        page_title_give: "Donner son avis — Binôme",
        page_title_gather: "Avis reçus — Binôme",
        ask: "Recueillir les avis",
        ask_short: "Avis",
        ask_intro: "Chacun donne son avis seul, sur son téléphone, puis vous rassemblez les réponses\u{a0}: la matrice montre où l’équipe n’est pas d’accord. Rien ne passe par un serveur\u{a0}: demande et avis voyagent dans des liens.",
        title_label: "Titre de la demande",
        default_title: |name| format!("Votre avis sur la répartition «\u{a0}{name}\u{a0}»"),
        start_legend: "Les participants partent",
        start_from_split: "de cette répartition",
        start_blank: "d’une grille vide (mêmes rôles et responsabilités)",
        request_link: "Lien de la demande d’avis",
        request_qr: "Code QR de la demande d’avis",
        request_share_text: |title| format!("{title}\u{a0}: ouvrez ce lien, donnez votre avis et renvoyez-le."),
        go_gather: "Rassembler les avis reçus",
        restart: |n| if n > 1 { format!("Nouvelle demande (les {n} avis reçus ne seront plus comptés)") } else { "Nouvelle demande (l’avis reçu ne sera plus compté)".to_owned() },
        restarted: "Nouvelle demande\u{a0}: le lien et le code QR ont changé.",
        give_intro: "Donnez votre avis seul, sans vous concerter\u{a0}: pour chaque responsabilité, choisissez ce que fait chaque rôle. Rien n’est envoyé tant que vous n’avez pas choisi «\u{a0}Envoyer mon avis\u{a0}».",
        give_blank: "La grille part vide\u{a0}: à vous de la remplir.",
        your_name: "Votre nom ou vos initiales (facultatif)",
        comment: "Commentaire (facultatif)",
        cell_name: |row, role, level, comment| {
            if comment.is_empty() {
                format!("{row} — {role}\u{a0}: {level}")
            } else {
                format!("{row} — {role}\u{a0}: {level} {comment}")
            }
        },
        send: "Envoyer mon avis",
        propose_title: "Proposer un ajout",
        propose_intro: "Un rôle ou une responsabilité manque\u{a0}? Ajoutez-le à votre avis et donnez-lui ses niveaux\u{a0}: la personne qui anime verra votre proposition.",
        propose_kind: "Ce qui manque",
        propose_role: "Un rôle",
        propose_row: "Une responsabilité",
        propose_label: "Intitulé",
        propose_group: "Groupe de la responsabilité",
        propose_add: "Ajouter à mon avis",
        propose_exists: "Cet intitulé est déjà dans la répartition.",
        your_proposals: "Vos propositions",
        proposed_role: |label| format!("Rôle «\u{a0}{label}\u{a0}»"),
        proposed_row: |label, group| format!("Responsabilité «\u{a0}{label}\u{a0}» (groupe «\u{a0}{group}\u{a0}»)"),
        withdraw: |label| format!("Retirer «\u{a0}{label}\u{a0}»"),
        ready: "Votre avis est prêt\u{a0}: envoyez ce lien à la personne qui anime l’atelier.",
        opinion_link: "Lien de votre avis",
        opinion_share_text: |title| format!("Mon avis\u{a0}: {title}"),
        kept_here: "Votre avis est gardé dans ce navigateur\u{a0}: vous pouvez le modifier et le renvoyer.",
        gather_title: "Avis reçus",
        gather_intro: "Collez ici les liens reçus, tels quels\u{a0}: un message, plusieurs, ou tout un fil de discussion. Les liens sont trouvés au milieu du texte.",
        paste_label: "Liens des avis reçus",
        add: "Ajouter ces avis",
        import: "Importer des fichiers",
        no_request: "Aucune demande d’avis n’a été faite dans ce navigateur\u{a0}: ouvrez une répartition et choisissez «\u{a0}Recueillir les avis\u{a0}».",
        count: |n| match n {
            0 => "Aucun avis pour l’instant.".to_owned(),
            1 => "1 avis.".to_owned(),
            n => format!("{n} avis."),
        },
        added: |n| match n {
            0 => "Aucun avis ajouté.".to_owned(),
            1 => "1 avis ajouté.".to_owned(),
            n => format!("{n} avis ajoutés."),
        },
        anonymous: "Anonyme",
        unreadable: |start, reason| format!("Le lien «\u{a0}{start}…\u{a0}» n’a pas pu être lu\u{a0}: {reason}"),
        other_request: |name| format!("L’avis de {name} répond à une autre demande\u{a0}: il n’est pas compté."),
        replaced: |name| format!("{name} a envoyé deux avis\u{a0}: le plus récent est gardé."),
        repeated: |name| format!("L’avis de {name} était déjà compté."),
        too_many: |name| format!("Trente avis au plus\u{a0}: celui de {name} n’est pas compté."),
        not_a_request: "Ce lien de demande d’avis n’a pas pu être lu.",
        opinion_elsewhere: "Ce lien est un avis, mais aucune demande d’avis n’a été faite dans ce navigateur\u{a0}: ouvrez-le dans le navigateur où la demande a été faite, ou collez-le là-bas dans «\u{a0}Avis reçus\u{a0}». Le lien reste dans la barre d’adresse.",
        caption: "Avis de l’équipe, case par case",
        unanimous: "Unanime",
        majority: "Majorité",
        divided: "Partagé",
        no_answer: "Sans réponse",
        level_count: |level, n| format!("{level} {n}"),
        consensus_cell: |row, role, agreement, levels, agreed| match agreed {
            Some(agreed) => format!("{row} — {role}\u{a0}: {agreement}, {levels}. Convenu\u{a0}: {agreed}"),
            None => format!("{row} — {role}\u{a0}: {agreement}, {levels}"),
        },
        agreed: |level| format!("Convenu\u{a0}: {level}"),
        agreed_legend: "Niveau convenu",
        summary: |unanimous, majority, divided| {
            let plural = |n: usize, one: &str, many: &str| if n > 1 { format!("{n} {many}") } else { format!("{n} {one}") };
            format!(
                "{}, {}, {}.",
                plural(unanimous, "case unanime", "cases unanimes"),
                plural(majority, "à la majorité", "à la majorité"),
                plural(divided, "partagée", "partagées"),
            )
        },
        most_divided: "Les cases les plus partagées",
        all_unanimous: "L’équipe est unanime sur chaque case.",
        next_divided: "Case partagée suivante (D)",
        proposals: "Propositions d’ajout",
        proposal_role: |label, by| format!("Rôle «\u{a0}{label}\u{a0}», proposé par {by}"),
        proposal_row: |label, group, by| format!("Responsabilité «\u{a0}{label}\u{a0}» (groupe «\u{a0}{group}\u{a0}»), proposée par {by}"),
        majority_checks: |n| match n {
            0 => "Telle que la majorité la voit, la répartition n’a aucun point à clarifier.".to_owned(),
            1 => "Telle que la majorité la voit, la répartition a 1 point à clarifier\u{a0}:".to_owned(),
            n => format!("Telle que la majorité la voit, la répartition a {n} points à clarifier\u{a0}:"),
        },
        save: "Enregistrer la répartition convenue",
        export: "Exporter avec les avis",
        export_title: "Exporter la répartition convenue avec les avis",
        export_intro: "Chaque case donne le niveau convenu (ou celui de la majorité), puis les niveaux proposés, combien de fois chacun, et l’accord.",
        spread_note: |levels, agreement| format!("avis\u{a0}: {levels} — {agreement}"),
        agreed_name: |name, date| format!("{name} — convenue le {date}"),
        long_date: |day, month, year| {
            const MONTHS: [&str; 12] = [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre",
            ];
            let day = if day == 1 { "1er".to_owned() } else { day.to_string() };
            format!("{day}\u{a0}{} {year}", MONTHS[(month as usize).clamp(1, 12) - 1])
        },
        saved: |name| format!("«\u{a0}{name}\u{a0}» est enregistrée parmi vos répartitions."),
        keys_hint: "Au clavier\u{a0}: les flèches font passer d’une case à l’autre, les touches 1 à 5 fixent le niveau convenu, Suppr l’efface, D va à la case partagée suivante.",
        comments: "Commentaires",
    },
    app_name: "Binôme",
    app_tagline: "Qui fait quoi entre le métier et la DNUM",
    skip_to_content: "Aller au contenu",
    main_nav: "Navigation principale",
    nav_home: "Accueil",
    nav_builder: "Répartition des responsabilités",
    page_title_home: "Binôme — répartir les responsabilités produit entre le métier et la DNUM",
    page_title_builder: "Répartition des responsabilités — Binôme",
    footer_privacy_note: "Binôme fonctionne entièrement dans votre navigateur\u{a0}: aucune donnée n’est envoyée à un serveur.",
    other_language: "English",
    other_language_lang: Lang::En,
    theme_label: "Thème",
    nav_privacy: "Données personnelles",
    nav_accessibility: "Accessibilité\u{a0}: partiellement conforme",
    page_title_privacy: "Données personnelles — Binôme",
    page_title_accessibility: "Déclaration d’accessibilité — Binôme",
    nav_glossary: "Lexique",
    page_title_glossary: "Lexique — Binôme",
    glossary_title: "Lexique",
    glossary_intro: "Les mots du mode produit et les sigles de l’administration numérique, expliqués simplement. Ils viennent du",
    definition_colon: "\u{a0}: ",
    guide_link: "Lire le guide",
    glossary_link: "Tout le lexique",
    guide_source: "Le tableau de départ, les fiches de rôle et les questions viennent du",
    label_terms: |n| if n == 1 { "Définition\u{a0}: " } else { "Définitions\u{a0}: " },
    privacy_page: Page {
        title: "Données personnelles",
        intro: "Binôme ne collecte aucune donnée personnelle\u{a0}: il n’y a ni compte, ni serveur applicatif, ni mesure d’audience, ni cookie.",
        sections: &[
            ("Ce qui est enregistré, et où", &[
                "Vos répartitions, vos réponses au questionnaire «\u{a0}Pourquoi le mode produit\u{a0}?\u{a0}», la langue et le thème choisis sont enregistrés dans le stockage local de votre navigateur (localStorage), sur cet appareil seulement. Personne d’autre n’y a accès.",
                "Clés utilisées\u{a0}: binome.split.* (une par répartition), binome.current (la dernière ouverte), binome.backup.* (données illisibles conservées plutôt qu’effacées), binome.questionnaire, binome.langue, binome.theme\u{a0}; pour les avis\u{a0}: binome.demande (la dernière demande d’avis faite ici), binome.avis-recus.* (les avis rassemblés pour cette demande), binome.convenu.* (les niveaux convenus et les ajouts acceptés), binome.avis.* (l’avis donné à une demande).",
                "Après une première visite, les fichiers de l’application sont gardés par le navigateur pour fonctionner hors ligne\u{a0}; ils ne contiennent aucune donnée vous concernant.",
            ]),
            ("Ce qui circule", &[
                "Un lien de partage contient la répartition dans sa partie après «\u{a0}#\u{a0}», que les navigateurs n’envoient jamais au serveur\u{a0}: seules les personnes à qui vous envoyez le lien la voient.",
                "Une demande d’avis et chaque avis sont des liens de même nature\u{a0}: ils contiennent la répartition, le titre de la demande et le nom donné (facultatif), et ne passent par aucun serveur. Un avis n’est vu que par la personne à qui il est envoyé.",
                "L’application ne charge rien depuis un autre site (ni police de caractères, ni statistiques, ni bibliothèque externe)\u{a0}; sa politique de sécurité l’interdit au navigateur.",
            ]),
            ("Effacer vos données", &[
                "Le bouton ci-dessous efface de ce navigateur tout ce que Binôme y a enregistré, après confirmation. Exportez d’abord ce que vous voulez garder.",
                "Vous pouvez aussi effacer les données du site depuis les réglages de votre navigateur.",
            ]),
        ],
    },
    accessibility_page: Page {
        title: "Déclaration d’accessibilité",
        intro: "Binôme s’engage à rendre son service accessible, conformément à l’article\u{a0}47 de la loi n°\u{a0}2005-102 du 11\u{a0}février 2005. Cette déclaration porte sur l’application Binôme\u{a0}; elle a été établie le 23\u{a0}novembre 2026.",
        sections: &[
            ("État de conformité", &[
                "Binôme est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA\u{a0}4.1)\u{a0}: aucun audit complet n’a encore été réalisé par un organisme tiers.",
            ]),
            ("Ce qui a été vérifié, et comment", &[
                "Chaque version est testée automatiquement avec axe-core (règles WCAG\u{a0}2.2 de niveaux A et AA, et bonnes pratiques) sur chaque vue et chaque fenêtre\u{a0}: accueil, répartition, chaque question du questionnaire et son résultat, aperçu d’un lien partagé, fiches des rôles, export, comparaison, mode atelier, thème sombre, anglais, erreurs de données et de lien. Aucune violation n’est relevée.",
                "Des parcours complets sont joués au clavier seul\u{a0}: le questionnaire de bout en bout jusqu’à la répartition, les déplacements entre cases, les niveaux avec les touches 1 à 5, le déplacement des lignes et des rôles, l’annulation, l’ouverture et la fermeture des fenêtres avec Échap et le retour du focus.",
                "Les niveaux sont toujours écrits en toutes lettres, jamais indiqués par la seule couleur ou le seul symbole\u{a0}; le focus est visible partout\u{a0}; les enregistrements, erreurs et copies sont annoncés dans une zone lue par les lecteurs d’écran\u{a0}; l’application n’a aucune animation.",
            ]),
            ("Limites connues", &[
                "Aucun test n’a encore été mené avec des lecteurs d’écran (NVDA, JAWS, VoiceOver) ni avec des personnes en situation de handicap.",
                "L’affichage à 320 pixels de large et le zoom à 200\u{a0}% sont pris en compte (le tableau défile dans sa propre zone), sans audit manuel complet.",
                "Les éléments d’une fiche de rôle se modifient ligne à ligne dans une zone de texte.",
            ]),
            ("Signaler un problème", &[
                "Si vous n’arrivez pas à utiliser une fonction, signalez-le à l’équipe qui vous a fourni Binôme (la DNUM de votre ministère)\u{a0}: elle vous proposera une autre façon d’y accéder.",
                "Si vous n’obtenez pas de réponse, vous pouvez saisir le Défenseur des droits.",
            ]),
        ],
    },
    update_ready: "Une nouvelle version de Binôme est installée\u{a0}: elle s’appliquera au prochain chargement de la page.",
    erase_data: "Effacer mes données",
    erase_data_question: "Effacer de ce navigateur toutes vos répartitions, vos réponses au questionnaire et vos préférences\u{a0}? Cette action est définitive.",
    data_erased: "Vos données ont été effacées de ce navigateur.",
    theme_name: |theme| match theme {
        Theme::System => "Celui du système",
        Theme::Light => "Clair",
        Theme::Dark => "Sombre",
    },
    close: "Fermer",
    cancel: "Annuler",
    confirm: "Confirmer",
    saved_at: |time| format!("Enregistré dans ce navigateur à {time}."),
    save_failed: "L’enregistrement a échoué (stockage du navigateur plein ou refusé). Vos modifications restent affichées\u{a0}: exportez-les avant de fermer la page.",
    storage_unavailable: "Ce navigateur n’autorise pas l’enregistrement local\u{a0}: vos modifications seront perdues à la fermeture de la page.",

    home_title: "Binôme\u{a0}: qui fait quoi entre le métier et la DNUM\u{a0}?",
    home_intro: "En mode produit, un chef de produit métier porte la politique publique et un co-chef de produit DNUM porte le produit numérique. Binôme rend leur partage concret.",
    home_builder_title: "Répartir les responsabilités",
    home_builder_text: "Partez du tableau du guide, adaptez-le à votre produit et repérez ce que personne ne porte.",
    home_builder_action: "Ouvrir la répartition",

    nav_wizard: "Pourquoi le mode produit\u{a0}?",
    page_title_wizard: "Pourquoi le mode produit\u{a0}? — Binôme",
    home_wizard_title: "Pourquoi le mode produit\u{a0}?",
    home_wizard_text: "Douze questions sur votre projet, cinq minutes\u{a0}: les risques qu’il court, l’organisation qui lui convient, et une répartition prête à adapter.",
    home_wizard_action: "Répondre aux questions",
    wizard_title: "Pourquoi le mode produit\u{a0}?",
    wizard_intro: "Le mode produit réduit les risques d’un projet\u{a0}: des objectifs partagés plutôt que des dépenses qui n’aboutissent pas, une meilleure conception grâce à toutes les compétences. Répondez pour votre projet\u{a0}; chaque réponse peut être changée à tout moment.",
    progress: |n, total| format!("Question {n} sur {total}"),
    why_we_ask: "Pourquoi cette question\u{a0}: ",
    previous: "Précédent",
    next: "Suivant",
    see_result: "Voir la recommandation",
    recommendation: |title| format!("Recommandation\u{a0}: {title}"),
    because: |answers| {
        let parts: Vec<String> = answers
            .iter()
            .map(|(question, answer)| match answer {
                Some(answer) => format!("«\u{a0}{answer}\u{a0}» à «\u{a0}{question}\u{a0}»"),
                None => format!("rien à «\u{a0}{question}\u{a0}»"),
            })
            .collect();
        format!("Parce que vous avez répondu {}.", parts.join(", et "))
    },
    conditions_title: "Ce dont cela dépend",
    first_steps_title: "À faire d’abord",
    risks_summary: |n| match n {
        1 => "Le risque que court votre projet (1)".to_owned(),
        n => format!("Les risques que court votre projet ({n})"),
    },
    no_risk: "Vos réponses ne révèlent pas de risque particulier\u{a0}: gardez les questions ci-dessous en tête.",
    why_risk: "Pourquoi c’est un risque\u{a0}: ",
    what_changes: "Ce que le mode produit change\u{a0}: ",
    source: "Source\u{a0}: ",
    split_changes_summary: |n| format!("Ce que vos réponses changent à la répartition ({n})"),
    split_change: |row, role, level, note| {
        let note = if note.is_empty() { String::new() } else { format!(" — {note}") };
        format!("«\u{a0}{row}\u{a0}»\u{a0}: {role}, {level}{note}")
    },
    contrasts_summary: |n| format!("Projet ou produit\u{a0}: ce qui change ici ({n})"),
    contrast: |project, product| {
        format!("En mode projet\u{a0}: {project}. En mode produit\u{a0}: {product}.")
    },
    keep_asking_title: "Les questions à continuer de se poser",
    other_questions: |n| format!("Les autres questions ({n})"),
    always_worth_asking: "Toujours utile à se demander.",
    dont_know_recorded: |answer| format!("Faute de réponse, «\u{a0}{answer}\u{a0}» est retenu. Vous pourrez revenir sur cette question."),
    answer_needed: "Choisissez une réponse pour continuer.",
    unanswered_note: "Certaines questions sont restées sans réponse\u{a0}: la recommandation n’en tient pas compte.",
    answer_the_rest: "Répondre aux questions restantes",
    open_in_builder: "Ouvrir cette répartition dans l’éditeur",
    opened_in_builder: "La répartition proposée est ajoutée à vos répartitions et ouverte dans l’éditeur.",
    share_result: "Partager ce résultat",
    result_link_label: "Lien du résultat (réponses comprises)",
    edit_answers: "Modifier mes réponses",
    shared_result_note: "Ce résultat vient d’un lien partagé\u{a0}: vos propres réponses ne sont pas modifiées.",
    adopt_answers: "Partir de ces réponses",
    adopt_question: "Remplacer vos réponses en cours par celles de ce lien\u{a0}?",
    answers_given: |n, total| match n {
        0 | 1 => format!("{n} réponse sur {total}."),
        n => format!("{n} réponses sur {total}."),
    },

    builder_title: "Répartition des responsabilités",
    preview_lead: "Aperçu en lecture seule\u{a0}: les cases modifiées sont encadrées et disent leur valeur d’avant.",
    builder_intro: "Pour chaque responsabilité du produit, ce que fait chaque rôle. Choisissez une case pour la modifier\u{a0}; au clavier, les flèches font passer d’une case à l’autre et les touches 1 à 5 choisissent le niveau.",
    matrix_caption: |name| format!("{name}\u{a0}: qui fait quoi"),
    responsibility_column: "Responsabilité",
    cell_name: |row, role| format!("{row} — {role}"),
    cell_value: |row, role, level, note| {
        if note.is_empty() {
            format!("{row} — {role}\u{a0}: {level}")
        } else {
            format!("{row} — {role}\u{a0}: {level} {note}")
        }
    },
    edit_role: |role| format!("Modifier le rôle {role}"),
    edit_responsibility: |row| format!("Modifier la responsabilité {row}"),
    edit_group: |group| format!("Modifier le groupe {group}"),
    empty_group: "Aucune responsabilité dans ce groupe pour l’instant.",
    untitled: "(sans titre)",

    toolbar_label: "Modifier la répartition",
    undo: "Annuler",
    redo: "Rétablir",
    undone: "Modification annulée.",
    redone: "Modification rétablie.",
    add_role: "Ajouter un rôle",
    add_responsibility: "Ajouter une responsabilité",
    add_group: "Ajouter un groupe",
    new_role_label: |n| format!("Rôle {n}"),
    new_responsibility_label: "Nouvelle responsabilité",
    new_group_label: "Nouveau groupe",
    reset_to_guide: "Revenir au modèle du guide",
    reset_to_guide_question: "Remplacer le contenu de cette répartition par le tableau du guide\u{a0}? Vous pourrez annuler ce changement.",
    reset_done: "La répartition reprend le tableau du guide.",

    splits_title: "Vos répartitions",
    open_split: "Répartition ouverte",
    new_split: "Nouvelle répartition",
    duplicate_split: "Dupliquer",
    rename_split: "Renommer",
    delete_split: "Supprimer",
    delete_split_question: |name| format!("Supprimer définitivement la répartition «\u{a0}{name}\u{a0}» de ce navigateur\u{a0}?"),
    split_deleted: |name| format!("La répartition «\u{a0}{name}\u{a0}» a été supprimée."),
    copy_suffix: " (copie)",
    split_name: "Nom de la répartition",
    template_choice: "Point de départ",
    template_name,
    template_summary,
    create: "Créer",
    started_from: |template| format!("Point de départ\u{a0}: {}.", template_name(template)),

    level_legend: "Niveau",
    note_label: "Note (facultative)",
    note_hint: "Précisez en quelques mots, par exemple «\u{a0}porte la politique publique\u{a0}».",
    label_label: "Intitulé",
    detail_label: "Précisions (facultatives)",
    move_up: "Monter",
    move_down: "Descendre",
    move_left: "Déplacer vers la gauche",
    move_right: "Déplacer vers la droite",
    delete_role: "Supprimer ce rôle",
    delete_role_question: |role| format!("Supprimer le rôle «\u{a0}{role}\u{a0}» et toutes ses cases\u{a0}? Vous pourrez annuler."),
    delete_responsibility: "Supprimer cette responsabilité",
    delete_responsibility_question: |row| format!("Supprimer la responsabilité «\u{a0}{row}\u{a0}»\u{a0}? Vous pourrez annuler."),
    delete_group: "Supprimer ce groupe",
    delete_group_question: |group, rows| match rows {
        0 => format!("Supprimer le groupe «\u{a0}{group}\u{a0}»\u{a0}? Vous pourrez annuler."),
        1 => format!("Supprimer le groupe «\u{a0}{group}\u{a0}» et sa responsabilité\u{a0}? Vous pourrez annuler."),
        n => format!("Supprimer le groupe «\u{a0}{group}\u{a0}» et ses {n} responsabilités\u{a0}? Vous pourrez annuler."),
    },
    add_responsibility_here: "Ajouter une responsabilité dans ce groupe",
    keyboard_hint: "Raccourcis\u{a0}: Alt + flèches pour déplacer une ligne ou un rôle, Ctrl + Z pour annuler, Ctrl + Maj + Z pour rétablir.",
    chars_count: |used, max| match used {
        0 | 1 => format!("{used} caractère sur {max}"),
        used => format!("{used} caractères sur {max}"),
    },

    level_name,
    level_meaning,
    legend_title: "Légende",

    card_button: "Fiche du rôle",
    card_title: |role| format!("Fiche du rôle «\u{a0}{role}\u{a0}»"),
    section_title: |id| match id {
        SectionId::What => "De quoi parle\u{2011}t\u{2011}on\u{a0}?",
        SectionId::Why => "Pourquoi ce rôle est\u{2011}il important\u{a0}?",
        SectionId::Daily => "Quel est son quotidien\u{a0}?",
    },
    questions_title: "Questions à se poser",
    empty_card: "Cette fiche est vide\u{a0}: complétez-la avec «\u{a0}Modifier la fiche\u{a0}».",
    edit_card: "Modifier la fiche",
    done_editing: "Terminer la modification",
    card_text_label: "Texte",
    card_items_label: "Éléments (un par ligne)",
    card_questions_label: "Questions (une par ligne)",
    check_answer: |answer| match answer {
        CheckAnswer::Unanswered => "Pas encore répondu",
        CheckAnswer::Yes => "Oui",
        CheckAnswer::ToWorkOn => "À travailler",
        CheckAnswer::No => "Non",
    },
    check_note_label: |question| format!("Note sur «\u{a0}{question}\u{a0}»"),
    answered_by_checks: |n| match n {
        0 => "Répondu par les vérifications de la répartition\u{a0}: oui, aucun point à clarifier.".to_owned(),
        1 => "Répondu par les vérifications de la répartition\u{a0}: à travailler, 1 point à clarifier.".to_owned(),
        n => format!("Répondu par les vérifications de la répartition\u{a0}: à travailler, {n} points à clarifier."),
    },
    see_points: "Voir les points à clarifier",
    questions_to_work_on: |n| match n {
        0 => "Aucune question à travailler".to_owned(),
        1 => "1 question à travailler".to_owned(),
        n => format!("{n} questions à travailler"),
    },
    add_team_role: "Ajouter un rôle de l’équipe",
    team_roles_intro: "Les rôles d’une équipe produit selon le guide. Chacun arrive avec sa fiche, à compléter.",
    add_this_role: |role| format!("Ajouter {role}"),
    team_role_added: |role| format!("Le rôle «\u{a0}{role}\u{a0}» est ajouté, avec sa fiche."),

    export: "Exporter",
    export_title: "Exporter la répartition",
    export_format: "Format",
    format_name: |format| match format {
        ExportFormat::Markdown => "Markdown (pour une page GitBook ou un README)",
        ExportFormat::CsvSemicolon => "CSV, séparateur point-virgule (tableur en français)",
        ExportFormat::CsvComma => "CSV, séparateur virgule",
        ExportFormat::Json => "JSON (fichier Binôme, à réimporter)",
    },
    export_preview: "Aperçu",
    copy: "Copier",
    download: "Télécharger",
    copied: "Copié dans le presse-papiers.",
    copy_refused_text: "Le navigateur a refusé la copie\u{a0}: le texte est sélectionné, copiez-le avec Ctrl + C.",
    print: "Imprimer",
    printed_on: |date| format!("Imprimé le {date}"),
    compare: "Comparer",
    compare_title: "Comparer deux répartitions",
    compare_first: "Avant",
    compare_second: "Après",
    template_option: |name| format!("Modèle\u{a0}: {name}"),
    shared_option: |name| format!("Aperçu partagé\u{a0}: {name}"),
    comparison_labels: ComparisonLabels {
        title: |before, after| format!("«\u{a0}{before}\u{a0}» et «\u{a0}{after}\u{a0}»"),
        count: |n| match n {
            0 => "Aucune case ne diffère.".to_owned(),
            1 => "1 case diffère.".to_owned(),
            n => format!("{n} cases diffèrent."),
        },
        role: "Rôle",
        list: |label, items| format!("{label}\u{a0}: {items}"),
        roles_added: "Rôles en plus",
        roles_removed: "Rôles en moins",
        rows_added: "Responsabilités en plus",
        rows_removed: "Responsabilités en moins",
    },
    no_difference: "Les deux répartitions sont identiques.",
    sharing_group: "Partager, exporter, animer",
    workshop: "Mode atelier",
    leave_workshop: "Quitter le mode atelier (Échap)",
    help: "Aide (?)",
    help_title: "Les touches du mode atelier",
    keys: &[
        ("↑ ↓ ← →", "passer d’une case à l’autre"),
        ("1 2 3 4 5", "Co-responsable, Pilote, Participe, Informé, Non concerné\u{a0}: touches du haut avec ou sans Maj (& é \" ’ ( sur un clavier français), ou pavé numérique"),
        ("Suppr", "Non concerné"),
        ("Entrée", "ouvrir la case (niveau et note)"),
        ("Alt + ↑ ↓", "déplacer la responsabilité de la case"),
        ("Alt + ← →", "déplacer le rôle de la case"),
        ("R, L, G", "ajouter un rôle, une responsabilité (sous la case), un groupe"),
        ("Entrée, Échap", "dans l’intitulé ajouté\u{a0}: valider, annuler l’ajout"),
        ("P", "voir les points à clarifier"),
        ("C", "comparer deux répartitions"),
        ("A", "recueillir les avis de chacun"),
        ("Q", "afficher le code QR du lien"),
        ("Ctrl + Z, Ctrl + Maj + Z", "annuler, rétablir"),
        ("?", "afficher cette aide"),
        ("Échap", "fermer une fenêtre, puis quitter le mode atelier"),
    ],
    see_points_workshop: "Points à clarifier (P)",
    addition_cancelled: "Ajout annulé.",
    changed_cell: " (case modifiée)",
    qr_link_label: "Lien du code QR",
    share_sheet: "Envoyer le lien…",
    share_sheet_text: |name| format!("Voici notre répartition des rôles « {name} » : ouvrez le lien pour la voir, la garder et répondre."),
    builder_menu: "Répartitions, partage et actions",
    cell_changed: |now, was| format!("{now}, avant : {was}"),
    before_was: |was| format!("avant : {was}"),
    preview_read_only: "Aperçu en lecture seule : pour modifier cette répartition, gardez-la d’abord (boutons en haut de l’aperçu), puis répondez avec « Partager ».",
    role_added_mark: "rôle ajouté",
    row_added_mark: "ajoutée",
    save_recovered: "De la place s’est libérée\u{a0}: tout est de nouveau enregistré dans ce navigateur.",
    qr_of_split: "Code QR\u{a0}: ouvrez cette répartition sur votre téléphone",
    workshop_summary: |points, questions| {
        let points = match points {
            0 => "aucun point à clarifier".to_owned(),
            1 => "1 point à clarifier".to_owned(),
            n => format!("{n} points à clarifier"),
        };
        match questions {
            0 => points,
            1 => format!("{points} · 1 question à travailler"),
            n => format!("{points} · {n} questions à travailler"),
        }
    },
    export_words: ExportWords {
        level_name,
        legend: "Légende\u{a0}:",
        group: "Groupe",
        responsibility: "Responsabilité",
        detail: "Précisions",
        note_of: |role| format!("{role} (note)"),
    },

    checks_title: "Le partage est\u{2011}il clair\u{a0}?",
    checks_summary: |n| match n {
        0 => "Aucun point à clarifier\u{a0}: chaque responsabilité a quelqu’un pour la porter.".to_owned(),
        1 => "1 point à clarifier".to_owned(),
        n => format!("{n} points à clarifier"),
    },
    finding,
    go_to_row: "Voir la ligne",

    share: "Partager",
    share_title: "Partager cette répartition",
    share_intro: "Le lien contient toute la répartition\u{a0}: qui l’ouvre la voit telle quelle, sans avoir à créer de compte. La répartition est dans la partie du lien après «\u{a0}#\u{a0}», que les navigateurs n’envoient jamais à un serveur.",
    link_label: "Lien de partage",
    link_length: |n| match n {
        // A text message holds 160 characters; chat and mail keep up to 2,000 whole.
        0..=160 => "Lien court : il tient dans un SMS.".to_owned(),
        161..=2000 => "Lien moyen : il passe par courriel et messagerie.".to_owned(),
        _ => "Lien long : préférez le fichier.".to_owned(),
    },
    copy_link: "Copier le lien",
    link_copied: "Lien copié dans le presse-papiers.",
    copy_refused: "Le navigateur a refusé la copie\u{a0}: le lien est sélectionné dans le champ, copiez-le avec Ctrl + C.",
    link_too_long: |n| format!("Ce lien fait {n} caractères\u{a0}: au-delà de 2\u{a0}000, les messageries et les courriels risquent de le couper. Envoyez plutôt le fichier JSON, qui s’importe avec «\u{a0}Importer un fichier JSON\u{a0}»."),
    qr_title: "Code QR",
    qr_label: "Code QR du lien de partage",
    qr_too_long: "Le lien est trop long pour un code QR lisible\u{a0}: partagez le lien ou le fichier JSON.",
    export_json: "Télécharger le fichier JSON",
    exported: |file| format!("Fichier «\u{a0}{file}\u{a0}» téléchargé."),
    import_json: "Importer un fichier JSON",
    file_error,
    file_unreadable: "Ce fichier n’a pas pu être lu (trop volumineux, ou refusé par le navigateur).",

    preview_title: |name| format!("Aperçu de la répartition partagée «\u{a0}{name}\u{a0}»"),
    preview_intro: "Rien n’est enregistré avant votre choix. Pour répondre\u{a0}: gardez-la, modifiez-la, puis «\u{a0}Partager\u{a0}» donne le lien à renvoyer.",
    comparison,
    keep_as_new: "Garder comme nouvelle répartition",
    keep_shared: "Garder cette répartition",
    shared_suffix: " (partagée)",
    replace_current: |name| format!("Remplacer «\u{a0}{name}\u{a0}» par celle-ci"),
    replace_question: |current, shared| format!("Remplacer le contenu de «\u{a0}{current}\u{a0}» par la répartition partagée «\u{a0}{shared}\u{a0}»\u{a0}? Vous pourrez annuler."),
    dismiss_preview: "Fermer l’aperçu sans rien garder",
    kept: |name| format!("La répartition «\u{a0}{name}\u{a0}» est ajoutée à vos répartitions."),
    kept_in_place: |name| format!("La répartition «\u{a0}{name}\u{a0}» est gardée dans ce navigateur."),
    replaced: "La répartition ouverte a été remplacée. «\u{a0}Annuler\u{a0}» la rétablit.",
    link_problem_title: "Le lien de partage n’a pas pu être ouvert",
    dismiss: "J’ai compris",

    limit_error,
    saved_data_error,
    link_error,
    unreadable_backup_title: "Des données enregistrées n’ont pas pu être lues",
    unreadable_backup_text: |key| format!("Rien n’a été effacé\u{a0}: leur texte est conservé dans ce navigateur sous la clé «\u{a0}{key}\u{a0}». Téléchargez-le pour le garder ou le faire réparer."),
    newer_data_text: |n| match n {
        0 | 1 => format!("{n} répartition enregistrée par une version plus récente de Binôme n’est pas affichée ici et reste intacte. Rechargez la page pour obtenir la dernière version."),
        n => format!("{n} répartitions enregistrées par une version plus récente de Binôme ne sont pas affichées ici et restent intactes. Rechargez la page pour obtenir la dernière version."),
    },
    download_backup: "Télécharger la sauvegarde",
    delete_backup: "Supprimer la sauvegarde",
    delete_backup_question: "Supprimer définitivement ce texte illisible de ce navigateur\u{a0}?",
    other_tab_updated: "Cette répartition a été modifiée dans un autre onglet\u{a0}: l’affichage est mis à jour. «\u{a0}Annuler\u{a0}» rétablit ce que vous voyiez.",
    other_tab_added: "Une répartition a été ajoutée dans un autre onglet.",
    changed_meanwhile: "La répartition a changé entre-temps (dans un autre onglet)\u{a0}: rien n’a été supprimé ni remplacé. Recommencez si besoin.",
    other_tab_removed_current: "Cette répartition a été supprimée dans un autre onglet. Elle reste affichée ici\u{a0}; votre prochaine modification l’enregistrera de nouveau.",
    other_tab_newer: "Une version plus récente de Binôme, ouverte dans un autre onglet, a modifié cette répartition\u{a0}: rechargez la page. Vos modifications ici ne seront plus enregistrées.",
};
