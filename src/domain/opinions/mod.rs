//! Many voices in one workshop. The facilitator sends a *request for opinions* (a link or a
//! QR code holding the split and a title); each person answers alone, on their phone, with
//! an *opinion* (a link of its own: their split, their name, the request it answers); the
//! facilitator gathers the links and sees, cell by cell, where the team agrees and where it
//! does not; the agreed levels make a new split. No server: everything travels in links.

mod consensus;
mod gather;
mod links;

pub use consensus::{consensus, Agreement, Consensus, Proposal, ProposalKind, Tally};
pub use gather::{find_opinion_links, gather, Gathered, Problem, MAX_OPINIONS};
pub use links::{
    decode_opinion, decode_request, encode_opinion, encode_request, is_opinion_link,
    is_request_link,
};

use super::limits::{check_label, LimitError};
use super::split::label_key;
use super::{Cell, RoleSplit};

/// What the facilitator asks: a title, the split to start from, and whether the people
/// answer from that split's levels or from an empty grid (same roles and rows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// Random, made when the request is: an opinion names the request it answers.
    pub id: u32,
    pub title: String,
    pub blank: bool,
    pub split: RoleSplit,
}

impl Request {
    pub fn new(
        id: u32,
        title: &str,
        blank: bool,
        split: &RoleSplit,
    ) -> Result<Request, LimitError> {
        check_label(title)?;
        let mut split = split.clone();
        if blank {
            clear_cells(&mut split);
        }
        Ok(Request {
            id,
            title: title.trim().to_owned(),
            blank,
            split,
        })
    }
}

/// One person's answer to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opinion {
    pub request: u32,
    /// A name or initials, possibly empty (an anonymous opinion).
    pub name: String,
    /// When it was sent, in minutes since 1 January 2020 (UTC): of two opinions of one
    /// person, the later is kept.
    pub given_at: u32,
    /// Their split: the request's roles and rows (and any they added), their levels, and
    /// their comments as the cells' notes.
    pub split: RoleSplit,
}

impl Opinion {
    /// Who gave it, as compared to find one person's two opinions (case and spacing aside);
    /// `None` when anonymous.
    pub fn person(&self) -> Option<String> {
        let key = label_key(&self.name);
        (!key.is_empty()).then_some(key)
    }
}

/// Every cell back to *Non concerné*, without a note.
pub fn clear_cells(split: &mut RoleSplit) {
    for group in &mut split.groups {
        for row in &mut group.responsibilities {
            for cell in &mut row.cells {
                *cell = Cell::default();
            }
        }
    }
}
