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
}
