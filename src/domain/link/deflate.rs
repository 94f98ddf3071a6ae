//! Raw deflate with a preset dictionary.
//!
//! Short texts compress poorly on their own: nothing to refer back to. A dictionary of
//! the words splits are made of gives deflate something to refer to from the first byte.
//! miniz_oxide has no preset-dictionary call, so: the compressor reads the dictionary
//! first (sync flush, so the data starts on a byte boundary) and only what follows is
//! kept; the reader puts the dictionary back in front as a stored block, inflates, and
//! drops it. Any valid encoding of the dictionary would do for the reader, as
//! back-references point into inflated text, not into compressed bytes.

use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};

/// Deflates `data` as if `dictionary` came before it; returns only `data`'s part.
pub fn deflate(dictionary: &[u8], data: &[u8]) -> Vec<u8> {
    let flags = create_comp_flags_from_zip_params(10, 0, 0);
    let mut compressor = CompressorOxide::new(flags);
    // Big enough for the whole output of either call, so each runs once.
    let mut scratch = vec![0; dictionary.len().max(data.len()) * 2 + 64];
    let (status, _, _) = compress(&mut compressor, dictionary, &mut scratch, TDEFLFlush::Sync);
    debug_assert_eq!(status, TDEFLStatus::Okay);
    let (status, _, written) = compress(&mut compressor, data, &mut scratch, TDEFLFlush::Finish);
    debug_assert_eq!(status, TDEFLStatus::Done);
    scratch.truncate(written);
    scratch
}

/// Inflates what `deflate` made, producing at most `limit` bytes; `None` if the data
/// is not valid deflate or inflates beyond the limit.
pub fn inflate(dictionary: &[u8], compressed: &[u8], limit: usize) -> Option<Vec<u8>> {
    let len = u16::try_from(dictionary.len()).ok()?;
    // A stored, non-final block holding the dictionary (RFC 1951, 3.2.4).
    let mut stream = Vec::with_capacity(5 + dictionary.len() + compressed.len());
    stream.push(0);
    stream.extend_from_slice(&len.to_le_bytes());
    stream.extend_from_slice(&(!len).to_le_bytes());
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(compressed);
    let mut out =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit + dictionary.len())
            .ok()?;
    Some(out.split_off(dictionary.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICTIONARY: &[u8] = b"responsabilite produit numerique metier";

    #[test]
    fn round_trip_and_the_dictionary_helps() {
        let data = b"responsabilite du produit numerique et du metier".as_slice();
        let with = deflate(DICTIONARY, data);
        let without = deflate(b"", data);
        assert!(
            with.len() < without.len(),
            "{} < {}",
            with.len(),
            without.len()
        );
        assert_eq!(inflate(DICTIONARY, &with, 1000).as_deref(), Some(data));
        assert_eq!(inflate(b"", &without, 1000).as_deref(), Some(data));
    }

    #[test]
    fn the_limit_holds() {
        let data = vec![b'a'; 10_000];
        let packed = deflate(DICTIONARY, &data);
        assert_eq!(inflate(DICTIONARY, &packed, 9_999), None);
        assert_eq!(
            inflate(DICTIONARY, &packed, 10_000).map(|v| v.len()),
            Some(10_000)
        );
    }

    #[test]
    fn garbage_is_refused() {
        assert_eq!(inflate(DICTIONARY, &[0xff, 0xff, 0xff], 1000), None);
    }
}
