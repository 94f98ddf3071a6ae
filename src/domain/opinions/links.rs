//! The links of a request for opinions (`d`, *demande d'avis*) and of an opinion (`a`,
//! *avis*): the envelope of every Binôme link (kind, version, flags, deflate, CRC-32,
//! base64), a short header, then the split in the layout of split links (format 2).
//!
//! Request, format 1: the request's id (4 bytes, big-endian), a flags byte (1: start from
//! an empty grid), the title (varint length, UTF-8), the split.
//! Opinion, format 1: the request's id (4 bytes), when it was given (varint, minutes since
//! 2020-01-01 UTC), the name (varint length, UTF-8), the split.

use super::{Opinion, Request};
use crate::domain::limits::{check_label, MAX_LABEL_CHARS};
use crate::domain::link::{
    is_link, open, read_split, seal, write_split, LinkError, LinkKind, Reader, Writer,
};

const BLANK: u8 = 1;
const MAX_TEXT_BYTES: usize = MAX_LABEL_CHARS * 4;

pub fn is_request_link(fragment: &str) -> bool {
    is_link(fragment.trim_start_matches('#'), LinkKind::Request)
}

pub fn is_opinion_link(fragment: &str) -> bool {
    is_link(fragment.trim_start_matches('#'), LinkKind::Opinion)
}

pub fn encode_request(request: &Request) -> String {
    let mut w = Writer::default();
    w.bytes.extend_from_slice(&request.id.to_be_bytes());
    w.byte(if request.blank { BLANK } else { 0 });
    w.text(&request.title);
    w.bytes.extend(write_split(&request.split));
    seal(LinkKind::Request, &w.bytes)
}

/// The request a link holds. Never panics, whatever the input.
pub fn decode_request(fragment: &str) -> Result<Request, LinkError> {
    let (_version, payload) = open(fragment, LinkKind::Request)?;
    let mut r = Reader::new(&payload);
    let id = id(&mut r)?;
    let flags = r.byte().map_err(|_| LinkError::Damaged)?;
    if flags & !BLANK != 0 {
        return Err(LinkError::Damaged);
    }
    let title = text(&mut r)?;
    let mut split = read_split(r.rest())?;
    split.clean_texts();
    Ok(Request {
        id,
        title,
        blank: flags & BLANK != 0,
        split,
    })
}

pub fn encode_opinion(opinion: &Opinion) -> String {
    let mut w = Writer::default();
    w.bytes.extend_from_slice(&opinion.request.to_be_bytes());
    w.varint(opinion.given_at as usize);
    w.text(&opinion.name);
    w.bytes.extend(write_split(&opinion.split));
    seal(LinkKind::Opinion, &w.bytes)
}

/// The opinion a link holds. Never panics, whatever the input.
pub fn decode_opinion(fragment: &str) -> Result<Opinion, LinkError> {
    let (_version, payload) = open(fragment, LinkKind::Opinion)?;
    let mut r = Reader::new(&payload);
    let request = id(&mut r)?;
    let given_at = r
        .varint(u32::MAX as usize)
        .map_err(|_| LinkError::Damaged)? as u32;
    let name = text(&mut r)?;
    let mut split = read_split(r.rest())?;
    split.clean_texts();
    Ok(Opinion {
        request,
        name,
        given_at,
        split,
    })
}

fn id(r: &mut Reader) -> Result<u32, LinkError> {
    let mut bytes = [0u8; 4];
    for byte in &mut bytes {
        *byte = r.byte().map_err(|_| LinkError::Damaged)?;
    }
    Ok(u32::from_be_bytes(bytes))
}

/// A title or a name: within the label limit, cleaned of invisible characters.
fn text(r: &mut Reader) -> Result<String, LinkError> {
    let text = r.text(MAX_TEXT_BYTES).map_err(|_| LinkError::Damaged)?;
    let text = crate::domain::limits::clean_text(&text).into_owned();
    check_label(&text).map_err(LinkError::OverLimits)?;
    Ok(text)
}
