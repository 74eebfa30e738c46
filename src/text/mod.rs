//! Text segmentation: sentences and tokens with byte offsets into the document text, and
//! the mapping from byte offsets to the Unicode-scalar offsets that outputs report.
//!
//! ```
//! use chronicler::text::Segmented;
//! let s = Segmented::new("Gen. Milley spoke Wednesday. He said no.");
//! assert_eq!(s.sentences.len(), 2);
//! assert_eq!(s.token_text(s.sentences[0].tokens.start), "Gen.");
//! ```

mod chars;
mod sentences;
mod tokens;

pub use chars::{CharCursor, CharMap};
pub use tokens::{Token, TokenKind, tokenize};

use std::ops::Range;

/// A byte range into a document's text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A set of spans sorted by start, indexed to answer "which of them overlap this range?"
/// in logarithmic time, so that per-sentence or per-token questions about a document's
/// time expressions do not scan all of them (which made long documents quadratic).
///
/// ```
/// use chronicler::text::{Span, SpanIndex};
/// let index = SpanIndex::new(&[Span::new(10, 20), Span::new(0, 3), Span::new(30, 40)]);
/// assert!(index.overlaps_any(Span::new(15, 16)));
/// assert!(!index.overlaps_any(Span::new(20, 30)));
/// assert_eq!(index.near(Span::new(18, 35)), &[Span::new(10, 20), Span::new(30, 40)]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// The spans, sorted by start (then end).
    spans: Vec<Span>,
    /// `max_end[i]`: the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl SpanIndex {
    /// Indexes `spans` (in any order).
    pub fn new(spans: &[Span]) -> SpanIndex {
        let mut spans = spans.to_vec();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        SpanIndex { spans, max_end }
    }

    /// A contiguous run of the indexed spans, sorted by start, that holds every one that
    /// overlaps `range` (and possibly some that do not).
    pub fn near(&self, range: Span) -> &[Span] {
        let lo = self.max_end.partition_point(|&e| e <= range.start);
        let hi = self.spans.partition_point(|s| s.start < range.end);
        &self.spans[lo..hi.max(lo)]
    }

    /// Whether any indexed span overlaps `span` (shares at least one byte with it).
    pub fn overlaps_any(&self, span: Span) -> bool {
        let hi = self.spans.partition_point(|s| s.start < span.end);
        hi > 0 && self.max_end[hi - 1] > span.start
    }
}

/// A sentence: its byte span and the range of its tokens in [`Segmented::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, trimmed of surrounding whitespace.
    pub span: Span,
    /// Indexes of its tokens.
    pub tokens: Range<usize>,
}

/// A document's sentences as byte spans, without its tokens: all that resolving time
/// expressions needs, and much cheaper to find than [`Segmented`] on a long text. The
/// spans are those of [`Segmented::sentences`].
///
/// ```
/// use chronicler::text::{SentenceSpans, Segmented};
/// let text = "Gen. Milley spoke Wednesday. He said no.";
/// let s = SentenceSpans::new(text);
/// assert_eq!(s.spans.len(), 2);
/// assert_eq!(s.sentence_at(30), Some(1));
/// assert_eq!(s.spans, SentenceSpans::of(&Segmented::new(text)).spans);
/// ```
#[derive(Debug, Clone)]
pub struct SentenceSpans<'a> {
    /// The text that was split.
    pub text: &'a str,
    /// The sentences, in order.
    pub spans: Vec<Span>,
}

impl<'a> SentenceSpans<'a> {
    /// Splits `text` into sentences.
    pub fn new(text: &'a str) -> SentenceSpans<'a> {
        SentenceSpans {
            text,
            spans: sentences::spans(text),
        }
    }

    /// The sentences of a segmented text.
    pub fn of(seg: &Segmented<'a>) -> SentenceSpans<'a> {
        SentenceSpans {
            text: seg.text,
            spans: seg.sentences.iter().map(|s| s.span).collect(),
        }
    }

    /// The index of the sentence that contains byte `pos` (the last one starting at or
    /// before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.spans.partition_point(|s| s.start <= pos);
        i.checked_sub(1)
    }
}

/// A document's text cut into tokens and sentences.
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    /// The text that was segmented.
    pub text: &'a str,
    /// All tokens, in order.
    pub tokens: Vec<Token>,
    /// All sentences, in order; together they cover every token.
    pub sentences: Vec<Sentence>,
}

impl<'a> Segmented<'a> {
    /// Tokenizes `text` and splits it into sentences.
    pub fn new(text: &'a str) -> Segmented<'a> {
        let tokens = tokenize(text);
        let sentences = sentences::split(text, &tokens);
        Segmented {
            text,
            tokens,
            sentences,
        }
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.span.start..t.span.end]
    }

    /// The index of the sentence that contains byte `pos` (the last one starting at or
    /// before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        i.checked_sub(1)
    }

    /// Indexes of the tokens that overlap `span`.
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.end <= span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b.max(a)
    }
}
