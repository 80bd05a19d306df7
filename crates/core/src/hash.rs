//! The one hash of text: FNV-1a over its UTF-8 bytes. Stable on every machine and
//! build, so the bookmarks in saves mean the same everywhere; the scanner uses it too,
//! to keep a string's hash rather than a copy of it.

/// FNV-1a over a text's characters (their UTF-8 bytes).
pub(crate) fn text_hash(text: impl Iterator<Item = char>) -> u64 {
    let mut hash = TextHash::default();
    text.for_each(|c| hash.push(c));
    hash.0
}

/// The hash of a text read a character at a time.
pub(crate) struct TextHash(pub(crate) u64);

impl Default for TextHash {
    fn default() -> Self {
        TextHash(0xcbf2_9ce4_8422_2325)
    }
}

impl TextHash {
    pub(crate) fn push(&mut self, c: char) {
        let mut bytes = [0; 4];
        for byte in c.encode_utf8(&mut bytes).bytes() {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hash_is_fnv_1a_of_the_utf8_bytes() {
        // Known FNV-1a 64-bit values.
        assert_eq!(super::text_hash("".chars()), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::text_hash("a".chars()), 0xaf63_dc4c_8601_ec8c);
    }
}
