//! Any input to the link decoder: it must return, never panic, never allocate without
//! bound; whatever it accepts must encode back to a link that decodes to the same split.
#![no_main]

use binome::domain::link::{decode, encode, seal_uncompressed, LinkKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(split) = decode(text) {
            assert_eq!(decode(&encode(&split)), Ok(split));
        }
    }
    // Past the checksum: the layout reader meets the bytes themselves.
    if let Ok(split) = decode(&seal_uncompressed(LinkKind::Split, data)) {
        assert_eq!(decode(&encode(&split)), Ok(split));
    }
});
