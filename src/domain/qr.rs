//! A QR code of a link, as an SVG path: one square per dark module, with the four-module
//! quiet zone that readers need around the code.

use qrcodegen::{QrCode, QrCodeEcc};

/// Links longer than this get no QR code: the code would be too dense to read from the
/// back of a room (about version 13 at low error correction).
pub const MAX_QR_CHARS: usize = 400;
const QUIET_ZONE: usize = 4;

/// A square picture `size` modules wide; `path` draws the dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    pub size: usize,
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long to be read comfortably.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    if text.len() > MAX_QR_CHARS {
        return None;
    }
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Low).ok()?;
    let width = code.size();
    let mut path = String::new();
    for y in 0..width {
        for x in 0..width {
            if code.get_module(x, y) {
                let (x, y) = (x as usize + QUIET_ZONE, y as usize + QUIET_ZONE);
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some(QrPicture {
        size: width as usize + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_has_a_code_with_its_quiet_zone() {
        let picture = qr_picture("https://exemple.gouv.fr/#s1AAAHAG4FSds").unwrap();
        // Version 3 (29 modules) plus 4 modules of margin on each side.
        assert_eq!(picture.size, 29 + 8);
        // The top-left finder pattern starts right after the quiet zone.
        assert!(picture.path.starts_with("M4 4h1v1h-1z"));
    }

    #[test]
    fn a_long_link_has_none() {
        assert_eq!(qr_picture(&"x".repeat(MAX_QR_CHARS + 1)), None);
    }
}
