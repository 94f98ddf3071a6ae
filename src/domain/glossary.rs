//! The words of the guide that a business owner may not know — delivery, backlog, RGAA… —
//! each explained in plain words, and found where they appear in a text so that the page can
//! offer their definition there.

use super::lang::{t, Lang, Text};
use super::split::fold_case;

/// A term of the glossary.
#[derive(Debug, PartialEq, Eq)]
pub struct Term {
    /// The anchor of its entry on the glossary page (`terme-<slug>`).
    pub slug: &'static str,
    /// How the glossary page names it.
    pub name: Text,
    /// The forms it takes in texts. All-capital forms (acronyms) match as written; others
    /// match whatever their case.
    pub forms: &'static [&'static str],
    pub definition: Text,
    /// Where to read more, for the guide itself.
    pub link: Option<&'static str>,
}

const fn term(
    slug: &'static str,
    name: Text,
    forms: &'static [&'static str],
    definition: Text,
) -> Term {
    Term {
        slug,
        name,
        forms,
        definition,
        link: None,
    }
}

/// The guide the tables, the role cards and the words come from (its name, without an
/// article: sentences put their own before it), and where to read it.
pub const GUIDE_NAME: Text = t(
    "guide produit de la DNUM des ministères sociaux",
    "product guide of the DNUM of the social affairs ministries",
);
pub const GUIDE_URL: &str = "https://github.com/DNUM-SocialGouv/documentation";

pub static TERMS: &[Term] = &[
    Term {
        link: Some(GUIDE_URL),
        ..term(
        "guide",
        t("Guide produit de la DNUM", "DNUM product guide"),
        &["le guide", "du guide", "the guide"],
        t(
            "Le guide produit de la DNUM des ministères sociaux\u{a0}: ses pages «\u{a0}Chefferie produit\u{a0}» et «\u{a0}Co-chef de produit\u{a0}» donnent les tableaux et les fiches de rôle que Binôme reprend.",
            "The product guide of the DNUM of the social affairs ministries: its pages on product management and on the DNUM product manager give the tables and role cards Binôme starts from.",
        ),
    )
    },
    term(
        "dnum",
        t("DNUM", "DNUM"),
        &["DNUM"],
        t(
            "Direction du numérique du ministère\u{a0}: elle porte les produits numériques, leurs équipes et leur hébergement.",
            "The ministry's digital directorate: it carries the digital products, their teams and their hosting.",
        ),
    ),
    term(
        "chefferie",
        t("Chefferie produit", "Product management"),
        &["chefferie produit", "product management"],
        t(
            "La conduite d’un produit\u{a0}: la vision, les objectifs, la conception et la fabrication, partagées ici entre le chef de produit métier et le chef de produit DNUM.",
            "Running a product: its vision, objectives, design and delivery, shared here between the business product owner and the DNUM product manager.",
        ),
    ),
    term(
        "mode-produit",
        t("Mode produit", "Product mode"),
        &["mode produit", "product mode"],
        t(
            "Une façon de mener un service numérique public\u{a0}: partir d’un problème réel des usagers, livrer vite une première version utile, puis l’améliorer en continu avec une équipe stable, plutôt que de tout spécifier d’avance pour une livraison unique.",
            "A way of running a public digital service: start from a real problem of its users, deliver a first useful version quickly, then improve it continuously with a stable team, rather than specifying everything up front for a single delivery.",
        ),
    ),
    term(
        "sponsor",
        t("Sponsor", "Sponsor"),
        &["sponsor"],
        t(
            "La personne de la direction qui engage les moyens du produit et décide, au vu des résultats, de continuer, d’ajuster ou d’arrêter.",
            "The person in the management who commits the product's means and decides, from the results, to go on, adjust or stop.",
        ),
    ),
    term(
        "investigation",
        t("Investigation", "Investigation"),
        &["investigation"],
        t(
            "Les premières semaines d’un produit\u{a0}: rencontrer les futurs usagers, mesurer le problème, puis décider de construire ou non.",
            "A product's first weeks: meeting future users, measuring the problem, then deciding whether to build.",
        ),
    ),
    term(
        "dinum",
        t("DINUM", "DINUM"),
        &["DINUM"],
        t(
            "Direction interministérielle du numérique\u{a0}: elle coordonne le numérique de l’État et porte l’approche produit (beta.gouv.fr).",
            "The French government's interministerial digital directorate: it coordinates the State's digital services and promotes the product approach (beta.gouv.fr).",
        ),
    ),
    term(
        "delivery",
        t("Delivery", "Delivery"),
        &["delivery"],
        t(
            "La fabrication au quotidien du service et sa mise à disposition des usagers, version après version.",
            "Building the service day by day and putting it in users' hands, version after version.",
        ),
    ),
    term(
        "us",
        t("US (user stories)", "User stories"),
        &["US", "user stories", "user story"],
        t(
            "«\u{a0}User stories\u{a0}»\u{a0}: de courtes descriptions d’un besoin d’usager («\u{a0}en tant que…, je veux…, afin de…\u{a0}»), qui servent à découper le travail de l’équipe.",
            "Short descriptions of a user's need (\u{201c}as a…, I want…, so that…\u{201d}), used to split the team's work.",
        ),
    ),
    term(
        "backlog",
        t("Backlog", "Backlog"),
        &["backlog"],
        t(
            "La liste ordonnée de ce qu’il reste à faire sur le produit, la plus importante en haut.",
            "The ordered list of what remains to be done on the product, the most important first.",
        ),
    ),
    term(
        "dailys",
        t("Dailys", "Dailies"),
        &["dailys", "daily", "dailies"],
        t(
            "De courtes réunions quotidiennes (un quart d’heure) où l’équipe fait le point sur l’avancement et les blocages.",
            "Short daily meetings (a quarter of an hour) where the team reviews progress and what blocks it.",
        ),
    ),
    term(
        "bizdev",
        t("BizDev", "BizDev"),
        &["BizDev"],
        t(
            "Le développement des usages\u{a0}: faire connaître le service, convaincre de nouveaux utilisateurs, l’étendre à d’autres services ou territoires.",
            "Growing the use: making the service known, winning new users, extending it to other offices or regions.",
        ),
    ),
    term(
        "comitologie",
        t("Comitologie", "Committees"),
        &["comitologie", "comités d’investissement", "comités d'investissement"],
        t(
            "L’ensemble des comités où le produit rend compte et où se décident ses moyens (comité d’investissement, de pilotage)\u{a0}: à préparer, et à garder légers.",
            "The committees where the product reports and where its means are decided (investment, steering): to prepare, and to keep light.",
        ),
    ),
    term(
        "urbanisation",
        t("Urbanisation", "Urbanisation"),
        &["urbanisation"],
        t(
            "L’organisation d’ensemble des systèmes d’information du ministère\u{a0}: comment le service s’y insère et échange avec les autres.",
            "The overall organisation of the ministry's information systems: how the service fits in and exchanges with the others.",
        ),
    ),
    term(
        "briques",
        t("Briques communes", "Common building blocks"),
        &["briques communes", "communs numériques", "common building blocks"],
        t(
            "Des services déjà faits et partagés entre administrations (connexion, envoi de courriels, formulaires…), à réutiliser plutôt qu’à refaire.",
            "Services already built and shared between administrations (sign-in, mailing, forms…), to reuse rather than rebuild.",
        ),
    ),
    term(
        "rgaa",
        t("RGAA", "RGAA"),
        &["RGAA"],
        t(
            "Référentiel général d’amélioration de l’accessibilité\u{a0}: les règles pour qu’un service numérique public soit utilisable par les personnes handicapées.",
            "The French accessibility standard: the rules for a public digital service to be usable by people with disabilities.",
        ),
    ),
    term(
        "rgs",
        t("RGS", "RGS"),
        &["RGS"],
        t(
            "Référentiel général de sécurité\u{a0}: les règles de sécurité des systèmes d’information de l’administration.",
            "The French government's security standard for information systems.",
        ),
    ),
    term(
        "rgpd",
        t("RGPD", "GDPR"),
        &["RGPD", "GDPR"],
        t(
            "Règlement général sur la protection des données\u{a0}: la loi européenne sur les données personnelles des usagers et des agents.",
            "The General Data Protection Regulation: the European law on the personal data of users and agents.",
        ),
    ),
    term(
        "rgesn",
        t("RGESN", "RGESN"),
        &["RGESN"],
        t(
            "Référentiel général d’écoconception de services numériques\u{a0}: les règles pour réduire l’empreinte environnementale d’un service.",
            "The French standard for the eco-design of digital services: rules to reduce a service's environmental footprint.",
        ),
    ),
    term(
        "homologation",
        t("Homologation", "Security accreditation"),
        &["homologation", "security accreditation"],
        t(
            "La décision, prise par une autorité du ministère, d’accepter les risques de sécurité d’un service avant son ouverture.",
            "The decision, by an authority of the ministry, to accept a service's security risks before it opens.",
        ),
    ),
    term(
        "recette",
        t("Recette", "Acceptance"),
        &["recette"],
        t(
            "La vérification, avant la mise en service, que ce qui a été livré fait bien ce qui était attendu.",
            "Checking, before going live, that what was delivered does what was expected.",
        ),
    ),
];

/// A piece of a text: plain words, or a term of the glossary as written there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Term(&'a str, &'static Term),
}

/// Letters and digits of French and its neighbours (ASCII, Latin-1, œ), and the hyphen.
/// Not `char::is_alphanumeric`, whose Unicode tables would weigh in the download.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '-'
        || (('À'..='ÿ').contains(&c) && c != '×' && c != '÷')
        || matches!(c, 'œ' | 'Œ' | 'Ÿ')
}

/// Whether `form` is at byte `at` of `text` as a whole word (its case as the form says).
/// No allocation: it runs for every word of every row shown.
fn matches_at(text: &str, at: usize, form: &str) -> bool {
    let Some(candidate) = text.get(at..at + form.len()) else {
        return false;
    };
    let acronym = form.chars().all(|c| !c.is_ascii_lowercase());
    let same = if acronym {
        candidate == form
    } else {
        candidate
            .chars()
            .map(fold_case)
            .eq(form.chars().map(fold_case))
    };
    let after = text[at + form.len()..].chars().next();
    same && !after.is_some_and(is_word_char)
}

/// The text cut into plain pieces and the glossary's terms, in order; each term once (its
/// first occurrence), so that a text does not turn into a row of buttons.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < text.len() {
        // Terms start words: nothing to look for inside one.
        let starts_word = !text[..at].chars().next_back().is_some_and(is_word_char);
        let found = starts_word
            .then(|| {
                TERMS
                    .iter()
                    .filter(|term| !seen.contains(&term.slug))
                    .find_map(|term| {
                        term.forms
                            .iter()
                            .find(|form| matches_at(text, at, form))
                            .map(|form| (term, form.len()))
                    })
            })
            .flatten();
        if let Some((term, len)) = found {
            if start < at {
                pieces.push(Piece::Text(&text[start..at]));
            }
            pieces.push(Piece::Term(&text[at..at + len], term));
            seen.push(term.slug);
            at += len;
            start = at;
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < text.len() {
        pieces.push(Piece::Text(&text[start..]));
    }
    pieces
}

/// The terms a text holds, in order (each once).
pub fn terms_in(text: &str) -> Vec<&'static Term> {
    pieces(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Term(_, term) => Some(term),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The terms in dictionary order for a language, as the glossary page lists them. An
/// insertion sort: twenty-odd terms, and the standard sort would weigh kilobytes in the
/// download.
pub fn in_dictionary_order(lang: Lang) -> Vec<&'static Term> {
    let keyed: Vec<(String, &'static Term)> = TERMS
        .iter()
        .map(|term| (term.sort_key(lang), term))
        .collect();
    let mut order: Vec<(String, &'static Term)> = Vec::with_capacity(keyed.len());
    for item in keyed {
        let at = order
            .iter()
            .position(|(key, _)| *key > item.0)
            .unwrap_or(order.len());
        order.insert(at, item);
    }
    order.into_iter().map(|(_, term)| term).collect()
}

/// The terms of `text`, as written there, that `other` does not hold: a row's label is a
/// button and cannot hold the definitions of its terms, so they follow its description.
pub fn terms_missing_from<'a>(text: &'a str, other: &str) -> Vec<(&'a str, &'static Term)> {
    let held = terms_in(other);
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Term(word, term) if !held.contains(&term) => Some((word, term)),
            _ => None,
        })
        .collect()
}

impl Term {
    /// The key the glossary page sorts by: case and accents aside, as a dictionary does.
    pub fn sort_key(&self, lang: Lang) -> String {
        self.name
            .get(lang)
            .chars()
            .map(fold_case)
            .map(|c| match c {
                'à' | 'â' | 'ä' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'î' | 'ï' => 'i',
                'ô' | 'ö' => 'o',
                'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                c => c,
            })
            .collect()
    }

    pub fn definition_in(&self, lang: Lang) -> &'static str {
        self.definition.get(lang)
    }
}
