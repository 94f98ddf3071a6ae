//! Share links: a split, the wizard's answers, a request for opinions or an opinion, in the
//! fragment of a URL.
//!
//! A link's fragment is `<kind><version><data>`: one letter says what it holds (`s`: a
//! split), one character its format version, then URL-safe base64 (no padding) of
//! `flags · payload · CRC-32`. The payload is deflated, against a dictionary of the
//! words splits are made of, when that is shorter (flag 1).
//! The fragment never reaches a server. Every released version stays readable: see
//! `tests/link_fixtures.rs`.

mod bytes;
mod deflate;
mod dictionary_v1;
mod split_layout;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::limits::LimitError;
use super::RoleSplit;

pub use bytes::{Malformed, Reader, Writer};

/// What a link holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Split,
    /// The answers of "Pourquoi le mode produit ?".
    Answers,
    /// A request for opinions (*demande d'avis*): a title and a split (`domain::opinions`).
    Request,
    /// One person's opinion (*avis*): their split, their name, the request it answers.
    Opinion,
}

impl LinkKind {
    fn letter(self) -> char {
        match self {
            LinkKind::Split => 's',
            LinkKind::Answers => 'q',
            LinkKind::Request => 'd',
            LinkKind::Opinion => 'a',
        }
    }

    /// The newest format version this build writes and reads.
    fn current_version(self) -> u32 {
        match self {
            LinkKind::Split => 2,
            // 2: the questionnaire of issue 14; format 1 is read by `wizard::migration`.
            LinkKind::Answers => 2,
            LinkKind::Request | LinkKind::Opinion => 1,
        }
    }

    /// The deflate dictionary of a format version (part of that version, forever).
    fn dictionary(self, _version: u32) -> &'static [u8] {
        match self {
            LinkKind::Split | LinkKind::Request | LinkKind::Opinion => {
                dictionary_v1::DICTIONARY.as_bytes()
            }
            LinkKind::Answers => b"",
        }
    }
}

/// What is wrong with a link. Messages live in the i18n catalogues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not something Binôme made.
    NotBinome,
    /// Damaged or cut (the checksum or the layout does not hold).
    Damaged,
    /// Made by a newer version of Binôme than this one.
    NewerVersion,
    /// Readable, but beyond the builder's limits.
    OverLimits(LimitError),
}

const DEFLATED: u8 = 1;
const CHECKSUM_BYTES: usize = 4;
/// Deflate never expands a payload beyond this: a decompression bomb is refused.
const MAX_INFLATED_BYTES: usize = 1 << 20;
/// A link longer than this is not read at all (browsers cut URLs at about 2 MB).
pub const MAX_LINK_CHARS: usize = 2_000_000;

const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The version characters, in order: '1'–'9', then 'A'–'Z'.
fn version_char(version: u32) -> char {
    char::from_digit(version, 36)
        .unwrap_or('z')
        .to_ascii_uppercase()
}

/// Whether a fragment looks like a Binôme link of this kind (and not, say, `#contenu`).
pub fn is_link(fragment: &str, kind: LinkKind) -> bool {
    let mut chars = fragment.chars();
    chars.next() == Some(kind.letter()) && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Wraps a payload: kind, version, flags, optional deflate, checksum, base64.
pub fn seal(kind: LinkKind, payload: &[u8]) -> String {
    let deflated = deflate::deflate(kind.dictionary(kind.current_version()), payload);
    if deflated.len() < payload.len() {
        seal_as(kind, DEFLATED, &deflated)
    } else {
        seal_uncompressed(kind, payload)
    }
}

/// Wraps a payload without compressing it (what `seal` does when deflate would not
/// shorten it; the fuzzer uses it to reach the layout reader fast).
pub fn seal_uncompressed(kind: LinkKind, payload: &[u8]) -> String {
    seal_as(kind, 0, payload)
}

fn seal_as(kind: LinkKind, flags: u8, data: &[u8]) -> String {
    let mut body = Vec::with_capacity(data.len() + 1 + CHECKSUM_BYTES);
    body.push(flags);
    body.extend_from_slice(data);
    let crc = CRC32.checksum(&body);
    body.extend_from_slice(&crc.to_be_bytes());
    let mut link = String::new();
    link.push(kind.letter());
    link.push(version_char(kind.current_version()));
    URL_SAFE_NO_PAD.encode_string(&body, &mut link);
    link
}

/// Unwraps a link made by `seal`: its format version and payload.
pub fn open(fragment: &str, kind: LinkKind) -> Result<(u32, Vec<u8>), LinkError> {
    let fragment = fragment.trim_start_matches('#');
    if !is_link(fragment, kind) {
        return Err(LinkError::NotBinome);
    }
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::Damaged);
    }
    let version_of = fragment[1..2].to_ascii_lowercase();
    let version = u32::from_str_radix(&version_of, 36).map_err(|_| LinkError::NotBinome)?;
    if version == 0 {
        return Err(LinkError::NotBinome);
    }
    if version > kind.current_version() {
        return Err(LinkError::NewerVersion);
    }
    let body = URL_SAFE_NO_PAD
        .decode(&fragment[2..])
        .map_err(|_| LinkError::Damaged)?;
    if body.len() < 1 + CHECKSUM_BYTES {
        return Err(LinkError::Damaged);
    }
    let (content, checksum) = body.split_at(body.len() - CHECKSUM_BYTES);
    if CRC32.checksum(content).to_be_bytes() != checksum {
        return Err(LinkError::Damaged);
    }
    let (flags, data) = (content[0], &content[1..]);
    let payload = match flags {
        0 => data.to_vec(),
        DEFLATED => deflate::inflate(kind.dictionary(version), data, MAX_INFLATED_BYTES)
            .ok_or(LinkError::Damaged)?,
        _ => return Err(LinkError::Damaged),
    };
    Ok((version, payload))
}

/// The link fragment (without `#`) of a split.
pub fn encode(split: &RoleSplit) -> String {
    seal(
        LinkKind::Split,
        &split_layout::write(&split_layout::V2, split),
    )
}

/// The split a link fragment holds. Never panics, whatever the input.
pub fn decode(fragment: &str) -> Result<RoleSplit, LinkError> {
    let (version, payload) = open(fragment, LinkKind::Split)?;
    let format = match version {
        1 => &split_layout::V1,
        2 => &split_layout::V2,
        _ => return Err(LinkError::NewerVersion),
    };
    read_layout(format, &payload)
}

/// A split in the layout of split links, format 2: what requests and opinions carry after
/// their header.
pub fn write_split(split: &RoleSplit) -> Vec<u8> {
    split_layout::write(&split_layout::V2, split)
}

/// The split `write_split` wrote. Never panics, whatever the input.
pub fn read_split(bytes: &[u8]) -> Result<RoleSplit, LinkError> {
    read_layout(&split_layout::V2, bytes)
}

fn read_layout(format: &split_layout::Format, bytes: &[u8]) -> Result<RoleSplit, LinkError> {
    split_layout::read(format, bytes).map_err(|e| match e {
        split_layout::ReadError::Malformed => LinkError::Damaged,
        split_layout::ReadError::OverLimits(limit) => LinkError::OverLimits(limit),
    })
}
