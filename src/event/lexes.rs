//! One [`Lexed`] per sentence, made on first use and shared by every stage that looks at
//! the sentence: detection, the fallback trigger, anchoring and the phrase cutter each
//! used to lex a dated sentence again.

use std::cell::OnceCell;

use super::features::Lexed;
use crate::text::Segmented;

/// The lexed sentences of one segmented text (see [`Lexed::range`]).
///
/// ```
/// use chronicler::event::lexes::SentenceLexes;
/// use chronicler::text::Segmented;
/// let seg = Segmented::new("It rained. The war ended.");
/// let lexes = SentenceLexes::new(&seg);
/// assert_eq!(lexes.get(1).lower(4), "war");
/// ```
pub struct SentenceLexes<'s> {
    seg: &'s Segmented<'s>,
    lexed: Vec<OnceCell<Lexed>>,
}

impl<'s> SentenceLexes<'s> {
    /// An empty cache for the sentences of `seg`.
    pub fn new(seg: &'s Segmented<'s>) -> SentenceLexes<'s> {
        SentenceLexes {
            seg,
            lexed: (0..seg.sentences.len()).map(|_| OnceCell::new()).collect(),
        }
    }

    /// The text the sentences belong to.
    pub fn seg(&self) -> &'s Segmented<'s> {
        self.seg
    }

    /// Sentence `si`'s tokens, lexed (the same as `Lexed::range` over them). An index past
    /// the last sentence gives an empty lexing.
    pub fn get(&self, si: usize) -> &Lexed {
        static EMPTY: std::sync::OnceLock<Lexed> = std::sync::OnceLock::new();
        match self.lexed.get(si) {
            Some(cell) => {
                cell.get_or_init(|| Lexed::range(self.seg, self.seg.sentences[si].tokens.clone()))
            }
            None => EMPTY.get_or_init(Lexed::default),
        }
    }
}
