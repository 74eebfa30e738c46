//! Byte offsets to Unicode-scalar (char) offsets.

/// Maps byte offsets of a text to char offsets in O(log n), storing only the positions of
/// multi-byte characters (nothing at all for ASCII text).
///
/// ```
/// use chronicler::text::CharMap;
/// let text = "it’s 9";
/// let map = CharMap::new(text);
/// assert_eq!(map.char_offset(text.find('9').unwrap()), 5);
/// ```
#[derive(Debug, Clone, Default)]
pub struct CharMap {
    /// For each multi-byte char: (byte offset just past it, extra bytes up to and
    /// including it).
    marks: Vec<(usize, usize)>,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    marks.push((i + n, extra));
                }
            }
        }
        CharMap { marks }
    }

    /// The char offset of byte offset `byte` (which must be on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.marks.partition_point(|&(end, _)| end <= byte);
        let extra = if i == 0 { 0 } else { self.marks[i - 1].1 };
        byte - extra
    }

    /// The byte offset of char offset `ch` (inverse of [`CharMap::char_offset`]).
    pub fn byte_offset(&self, ch: usize) -> usize {
        // A multi-byte char ending at byte `end` with `extra` bytes so far ends at char
        // offset `end - extra`.
        let i = self
            .marks
            .partition_point(|&(end, extra)| end - extra <= ch);
        let extra = if i == 0 { 0 } else { self.marks[i - 1].1 };
        ch + extra
    }
}

/// Char offsets of byte offsets visited in (mostly) increasing order, without a map: each
/// call counts the chars between the last offset asked for and the new one, so the offsets
/// of a document's expressions in text order cost one pass over its text.
///
/// ```
/// use chronicler::text::CharCursor;
/// let text = "it’s 9, it’s 10";
/// let mut cursor = CharCursor::default();
/// assert_eq!(cursor.char_offset(text, text.find('9').unwrap()), 5);
/// assert_eq!(cursor.char_offset(text, 2), 2);
/// assert_eq!(cursor.char_offset(text, text.len()), 15);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CharCursor {
    /// The last byte offset asked for.
    byte: usize,
    /// Its char offset.
    chars: usize,
}

impl CharCursor {
    /// The char offset of byte offset `byte` of `text` (which must be on a char boundary,
    /// and `text` the same text at every call).
    pub fn char_offset(&mut self, text: &str, byte: usize) -> usize {
        let bytes = text.as_bytes();
        if byte >= self.byte {
            self.chars += count_chars(&bytes[self.byte..byte]);
        } else {
            self.chars -= count_chars(&bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }
}

/// The number of chars that start in `bytes`: the bytes that are not UTF-8 continuation
/// bytes (`0b10xx_xxxx`).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_and_byte_offsets_are_inverse() {
        let text = "a’b “c” d — é 🎉 z";
        let map = CharMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(bi), ci);
            assert_eq!(map.byte_offset(ci), bi);
        }
        assert_eq!(map.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn the_cursor_agrees_with_the_map_both_ways() {
        let text = "a’b “c” d — é 🎉 z";
        let map = CharMap::new(text);
        let mut cursor = CharCursor::default();
        let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for &b in bytes
            .iter()
            .chain(bytes.iter().rev())
            .chain([&text.len(), &0])
        {
            assert_eq!(cursor.char_offset(text, b), map.char_offset(b));
        }
    }
}
