//! Gathering opinions: the links pasted from a mail or a chat (many at once, with whatever
//! text surrounds them) or read from files, each checked. Nothing is dropped silently: a
//! link that cannot be used says why, and the others are kept.

use super::links::decode_opinion;
use super::Opinion;
use crate::domain::link::LinkError;

/// More would not fit a workshop, nor the consensus matrix's counts.
pub const MAX_OPINIONS: usize = 30;

/// Why a link was not kept (or replaced another).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Damaged, cut or not readable; `start` is its beginning, to recognise it.
    Unreadable { start: String, error: LinkError },
    /// An opinion on another request (an earlier workshop, another team).
    OtherRequest { name: String },
    /// A second opinion of the same person: the later one is kept.
    Replaced { name: String },
    /// The same link twice.
    Repeated { name: String },
    /// Beyond the thirty opinions a gathering holds.
    TooMany { name: String },
}

/// The opinions gathered so far, and what was said about the last paste.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gathered {
    pub opinions: Vec<Opinion>,
    /// Each opinion's link, as received (what is kept: not written again).
    pub links: Vec<String>,
    pub problems: Vec<Problem>,
    /// How many links of the last paste were kept (new or replacing).
    pub added: usize,
}

/// The opinion links in a text (a mail, a chat export): every `#a…` fragment, whatever
/// surrounds it, each once, in order.
pub fn find_opinion_links(text: &str) -> Vec<&str> {
    let mut links: Vec<&str> = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = text[at..].find("#a") {
        let start = at + found + 1;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
                .count();
        let link = &text[start..end];
        // `a`, a version digit, then the data: a word or a chat's channel such as "#avis"
        // or "#atelier-roles" is not a link.
        if link.len() > 8 && link.as_bytes()[1].is_ascii_digit() && !links.contains(&link) {
            links.push(link);
        }
        at = end.max(start);
    }
    links
}

/// Adds the opinions of `text` to those `gathered` holds, for the request `request`.
pub fn gather(request: u32, mut gathered: Gathered, text: &str) -> Gathered {
    gathered.problems.clear();
    gathered.added = 0;
    for link in find_opinion_links(text) {
        let opinion = match decode_opinion(link) {
            Ok(opinion) => opinion,
            Err(error) => {
                let start: String = link.chars().take(16).collect();
                gathered.problems.push(Problem::Unreadable { start, error });
                continue;
            }
        };
        let name = opinion.name.clone();
        if opinion.request != request {
            gathered.problems.push(Problem::OtherRequest { name });
            continue;
        }
        if gathered.opinions.contains(&opinion) {
            gathered.problems.push(Problem::Repeated { name });
            continue;
        }
        let same_person = opinion.person().and_then(|person| {
            gathered
                .opinions
                .iter()
                .position(|o| o.person().as_deref() == Some(person.as_str()))
        });
        match same_person {
            Some(index) => {
                // The later one counts; given at the same minute, the one pasted last.
                if opinion.given_at >= gathered.opinions[index].given_at {
                    gathered.opinions[index] = opinion;
                    gathered.links[index] = link.to_owned();
                    gathered.added += 1;
                }
                gathered.problems.push(Problem::Replaced { name });
            }
            None if gathered.opinions.len() >= MAX_OPINIONS => {
                gathered.problems.push(Problem::TooMany { name });
            }
            None => {
                gathered.opinions.push(opinion);
                gathered.links.push(link.to_owned());
                gathered.added += 1;
            }
        }
    }
    gathered
}
