//! Bytes in, bytes out: varints and strings, with every read bounded by the input.

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn byte(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// LEB128: 7 bits a byte, small numbers in one byte.
    pub fn varint(&mut self, mut value: usize) {
        while value >= 0x80 {
            self.bytes.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    pub fn text(&mut self, value: &str) {
        self.varint(value.len());
        self.bytes.extend_from_slice(value.as_bytes());
    }
}

/// The input ended early or holds something impossible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

/// Reads values back; never reads past the end, never allocates more than it has read.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, Malformed> {
        let value = *self.bytes.get(self.at).ok_or(Malformed)?;
        self.at += 1;
        Ok(value)
    }

    /// A varint no larger than `max`.
    pub fn varint(&mut self, max: usize) -> Result<usize, Malformed> {
        let mut value: usize = 0;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return if value <= max {
                    Ok(value)
                } else {
                    Err(Malformed)
                };
            }
        }
        Err(Malformed)
    }

    /// A string of at most `max_bytes` bytes, which must be valid UTF-8.
    pub fn text(&mut self, max_bytes: usize) -> Result<String, Malformed> {
        let len = self.varint(max_bytes)?;
        let end = self.at.checked_add(len).ok_or(Malformed)?;
        let slice = self.bytes.get(self.at..end).ok_or(Malformed)?;
        self.at = end;
        String::from_utf8(slice.to_vec()).map_err(|_| Malformed)
    }

    /// What is left to read: a payload that goes on in another layout.
    pub fn rest(&self) -> &'a [u8] {
        &self.bytes[self.at.min(self.bytes.len())..]
    }

    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_texts_round_trip() {
        let mut w = Writer::default();
        for n in [0, 1, 127, 128, 300, 1 << 20] {
            w.varint(n);
        }
        w.text("Chef de produit métier");
        let mut r = Reader::new(&w.bytes);
        for n in [0, 1, 127, 128, 300, 1 << 20] {
            assert_eq!(r.varint(usize::MAX), Ok(n));
        }
        assert_eq!(r.text(1000).as_deref(), Ok("Chef de produit métier"));
        assert!(r.is_at_end());
        assert_eq!(r.byte(), Err(Malformed));
    }

    #[test]
    fn reads_are_bounded() {
        assert_eq!(Reader::new(&[0xff; 10]).varint(usize::MAX), Err(Malformed));
        assert_eq!(Reader::new(&[200, 1]).varint(100), Err(Malformed));
        // A length beyond the input is refused before anything is allocated.
        assert_eq!(Reader::new(&[0x7f, b'a']).text(1000), Err(Malformed));
        assert_eq!(Reader::new(&[2, 0xc3, 0x28]).text(1000), Err(Malformed));
    }
}
