//! Token features for the event model, hashed into a fixed table of [`BUCKETS`] ids.
//!
//! A document is first lexed once ([`Lexed`]): every token's lower-case, digit-folded form
//! goes into one shared buffer, with its [`Cue`] class. Features for a token are then
//! hashed straight from slices of that buffer into a caller's `Vec<u32>`, so detection
//! allocates nothing per token.
//!
//! Changing any template changes what the ids mean: bump [`FEATURE_VERSION`] and retrain
//! (`chronicler train-events`), or the shipped model will be refused.

use super::lexicon::{Cue, cue, is_reporting, strip_inflection};
use super::wordnet::{self, ADJ, INFLECTED, NOUN, VERB, WordInfo};
use crate::text::{Segmented, TokenKind};

/// Version of the feature templates; stored in the model file and checked when it is read.
pub const FEATURE_VERSION: u32 = 1;

/// log2 of the number of feature buckets.
pub const BUCKET_BITS: u32 = 20;

/// Number of feature buckets (feature ids are `0..BUCKETS`).
pub const BUCKETS: usize = 1 << BUCKET_BITS;

/// A document's tokens, normalized once for feature extraction.
#[derive(Debug, Clone, Default)]
pub struct Lexed {
    buf: String,
    spans: Vec<(u32, u32)>,
    cues: Vec<Cue>,
    capitalized: Vec<bool>,
    wordnet: Vec<WordInfo>,
}

impl Lexed {
    /// Normalizes every token of `seg`: lower case, digits folded to `0`, curly apostrophes
    /// straightened.
    pub fn new(seg: &Segmented) -> Lexed {
        let mut lexed = Lexed {
            buf: String::with_capacity(seg.text.len()),
            spans: Vec::with_capacity(seg.tokens.len()),
            cues: Vec::with_capacity(seg.tokens.len()),
            capitalized: Vec::with_capacity(seg.tokens.len()),
            wordnet: Vec::with_capacity(seg.tokens.len()),
        };
        let mut scratch = String::new();
        for t in &seg.tokens {
            let raw = seg.text.get(t.span.start..t.span.end).unwrap_or("");
            let start = lexed.buf.len();
            for c in raw.chars() {
                match c {
                    '0'..='9' => lexed.buf.push('0'),
                    '’' | '‘' | '`' => lexed.buf.push('\''),
                    '“' | '”' => lexed.buf.push('"'),
                    c if c.is_ascii() => lexed.buf.push(c.to_ascii_lowercase()),
                    c => lexed.buf.extend(c.to_lowercase()),
                }
            }
            let end = lexed.buf.len();
            lexed.spans.push((start as u32, end as u32));
            let lower = &lexed.buf[start..end];
            lexed.cues.push(match t.kind {
                TokenKind::Punct => Cue::Punct,
                TokenKind::Number => Cue::Number,
                // "US", "IS", "WHO": acronyms are names, not the pronoun or verb.
                TokenKind::Word if raw.len() >= 2 && !raw.chars().any(char::is_lowercase) => {
                    Cue::Other
                }
                TokenKind::Word => cue(lower),
            });
            lexed
                .capitalized
                .push(raw.chars().next().is_some_and(char::is_uppercase));
            let lower = &lexed.buf[start..end];
            lexed.wordnet.push(match t.kind {
                TokenKind::Word => wordnet::lookup(lower, &mut scratch),
                _ => WordInfo::default(),
            });
        }
        lexed
    }

    /// The normalized form of token `i` (empty when out of range).
    pub fn lower(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(a, b)| self.buf.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// The cue class of token `i` ([`Cue::Punct`] when out of range).
    pub fn cue(&self, i: usize) -> Cue {
        self.cues.get(i).copied().unwrap_or(Cue::Punct)
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.capitalized.get(i).copied().unwrap_or(false)
    }

    /// What WordNet says about token `i`.
    pub fn wordnet(&self, i: usize) -> WordInfo {
        self.wordnet.get(i).copied().unwrap_or_default()
    }

    /// How verb-like token `i` looks (`first` is the first token of its sentence): 2 surely a verb (after an
    /// auxiliary, modal, "to" or pronoun, or an inflected verb form that is no noun), 1
    /// possibly, 0 a noun or adjective.
    pub fn verbish(&self, i: usize, first: usize) -> u8 {
        let wn = self.wordnet(i);
        let w = self.lower(i);
        let prev = if i > first {
            self.cue(i - 1)
        } else {
            Cue::Punct
        };
        let prev2 = if i > first + 1 {
            self.cue(i - 2)
        } else {
            Cue::Punct
        };
        if matches!(prev, Cue::Determiner) {
            return 0;
        }
        let aux = |c: Cue| matches!(c, Cue::Be | Cue::Have | Cue::Modal | Cue::To | Cue::Do);
        if aux(prev) || (matches!(prev, Cue::Adverb | Cue::Negation) && aux(prev2)) {
            return 2;
        }
        if matches!(prev, Cue::Pronoun) && wn.pos & VERB != 0 {
            return 2;
        }
        if wn.pos & VERB != 0 && (w.ends_with("ed") || is_reporting(w)) {
            return 2;
        }
        if wn.pos & VERB != 0 && wn.pos & INFLECTED != 0 && wn.pos & NOUN == 0 {
            return 2;
        }
        if wn.pos & VERB != 0 {
            return 1;
        }
        if wn.pos & (NOUN | ADJ) != 0 {
            return 0;
        }
        u8::from(w.ends_with("ed") || w.ends_with("ing"))
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// An FNV-1a style hash under construction.
#[derive(Clone, Copy)]
struct H(u64);

const PRIME: u64 = 0x0000_0100_0000_01b3;

impl H {
    fn new(template: u8) -> H {
        H((0xcbf2_9ce4_8422_2325 ^ u64::from(template)).wrapping_mul(PRIME))
    }

    fn s(mut self, s: &str) -> H {
        for b in s.bytes() {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(PRIME);
        self
    }

    fn n(mut self, x: u8) -> H {
        self.0 = (self.0 ^ u64::from(x) ^ 0x100).wrapping_mul(PRIME);
        self
    }

    fn id(self) -> u32 {
        let mut x = self.0;
        x ^= x >> 29;
        x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x ^= x >> 32;
        (x as u32) & (BUCKETS as u32 - 1)
    }
}

/// The last `n` chars of `s` (all of it when shorter).
fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => &s[i..],
        _ => s,
    }
}

/// The first `n` chars of `s` (all of it when shorter).
fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// A compact word shape: capitalization, digits, hyphens and a length class.
fn shape(raw: &str, kind: TokenKind) -> u8 {
    let mut upper = 0u8;
    let mut lower = 0u8;
    let mut digit = 0u8;
    let mut other = 0u8;
    for c in raw.chars() {
        if c.is_uppercase() {
            upper = 1;
        } else if c.is_lowercase() {
            lower = 1;
        } else if c.is_ascii_digit() {
            digit = 1;
        } else {
            other = 1;
        }
    }
    let first_upper = u8::from(raw.chars().next().is_some_and(char::is_uppercase));
    let len = match raw.chars().count() {
        0..=2 => 0,
        3..=4 => 1,
        5..=7 => 2,
        _ => 3,
    };
    let kind = match kind {
        TokenKind::Word => 0,
        TokenKind::Number => 1,
        TokenKind::Punct => 2,
    };
    upper | lower << 1 | digit << 2 | other << 3 | first_upper << 4 | len << 5 | kind << 7
}

/// The nearest auxiliary-like cue before token `i` within the sentence (from `first`),
/// skipping adverbs and negations: it says whether `i` is likely a verb form.
fn governing_cue(lexed: &Lexed, first: usize, i: usize) -> Cue {
    let mut j = i;
    let mut steps = 0;
    while j > first && steps < 3 {
        j -= 1;
        steps += 1;
        match lexed.cue(j) {
            Cue::Adverb | Cue::Negation => continue,
            c => return c,
        }
    }
    Cue::Punct
}

/// The first complementizer-like word ("to", "that", "for", a preposition) within the
/// three tokens after `i`, or `-` when there is none: it separates "sought to" (I_ACTION)
/// from "sought" alone.
fn complement(lexed: &Lexed, i: usize, end: usize) -> &str {
    for j in i + 1..(i + 4).min(end) {
        match lexed.cue(j) {
            Cue::To | Cue::Subordinator | Cue::Preposition => return lexed.lower(j),
            Cue::Punct => return "-",
            _ => {}
        }
    }
    "-"
}

/// Appends the feature ids of token `i` to `out`. `sentence` is the token range of the
/// sentence that holds `i`; context outside it reads as boundary markers.
pub fn token_features(
    seg: &Segmented,
    lexed: &Lexed,
    sentence: std::ops::Range<usize>,
    i: usize,
    out: &mut Vec<u32>,
) {
    let w = lexed.lower(i);
    let word = |j: isize| -> &str {
        let k = i as isize + j;
        if k < sentence.start as isize {
            "<s>"
        } else if k >= sentence.end as isize {
            "</s>"
        } else {
            lexed.lower(k as usize)
        }
    };
    let cue_at = |j: isize| -> Cue {
        let k = i as isize + j;
        if k < sentence.start as isize || k >= sentence.end as isize {
            Cue::Punct
        } else {
            lexed.cue(k as usize)
        }
    };
    let raw = seg
        .tokens
        .get(i)
        .and_then(|t| seg.text.get(t.span.start..t.span.end))
        .unwrap_or("");
    let kind = seg.tokens.get(i).map_or(TokenKind::Punct, |t| t.kind);
    let stem = strip_inflection(w);
    let suf2 = suffix(w, 2);
    let suf3 = suffix(w, 3);
    let (wm1, wm2, wp1, wp2) = (word(-1), word(-2), word(1), word(2));
    let (cm1, cm2, cp1) = (cue_at(-1), cue_at(-2), cue_at(1));
    let gov = governing_cue(lexed, sentence.start, i);
    let first = i == sentence.start;

    out.push(H::new(0).id());
    out.push(H::new(1).s(w).id());
    out.push(H::new(2).s(stem).id());
    out.push(H::new(3).s(suffix(w, 1)).id());
    out.push(H::new(4).s(suf2).id());
    out.push(H::new(5).s(suf3).id());
    out.push(H::new(6).s(suffix(w, 4)).id());
    out.push(H::new(7).s(prefix(w, 3)).id());
    out.push(H::new(8).n(shape(raw, kind)).n(u8::from(first)).id());
    out.push(H::new(9).s(wm1).id());
    out.push(H::new(10).s(wm2).id());
    out.push(H::new(11).s(wp1).id());
    out.push(H::new(12).s(wp2).id());
    out.push(H::new(13).s(wm1).s(w).id());
    out.push(H::new(14).s(w).s(wp1).id());
    out.push(H::new(15).n(cm1.id()).n(cm2.id()).id());
    out.push(H::new(16).n(cm1.id()).s(suf3).id());
    out.push(H::new(17).n(cp1.id()).s(suf2).id());
    out.push(H::new(18).n(gov.id()).s(stem).id());
    out.push(H::new(19).n(gov.id()).s(suf2).id());
    out.push(H::new(20).s(suffix(wm1, 3)).id());
    out.push(H::new(21).s(suffix(wp1, 3)).id());
    out.push(H::new(22).s(wm1).s(wp1).id());
    out.push(
        H::new(23)
            .n(u8::from(lexed.capitalized(i) && !first))
            .n(cm1.id())
            .id(),
    );
    out.push(H::new(24).n(cm1.id()).n(cp1.id()).s(suf2).id());
    out.push(H::new(25).s(stem).n(cp1.id()).id());
    let comp = complement(lexed, i, sentence.end);
    out.push(H::new(26).s(stem).s(comp).id());
    out.push(H::new(27).s(suf3).s(comp).id());
    out.push(H::new(28).s(stem).s(wp1).id());
    out.push(H::new(29).s(stem).n(cm1.id()).id());
    let wn = lexed.wordnet(i);
    out.push(H::new(30).n(wn.pos).id());
    out.push(H::new(31).n(wn.verb[0]).id());
    out.push(H::new(32).n(wn.noun[0]).id());
    out.push(H::new(33).n(wn.verb[0]).n(wn.verb[1]).id());
    out.push(H::new(34).n(wn.noun[0]).n(wn.noun[1]).id());
    out.push(H::new(35).n(wn.pos).n(cm1.id()).id());
    out.push(H::new(36).n(wn.noun[0]).n(cm1.id()).id());
    out.push(H::new(37).n(wn.verb[0]).s(comp).id());
    out.push(H::new(38).n(wn.pos).n(gov.id()).id());
    let prev_wn = if i > sentence.start {
        lexed.wordnet(i - 1)
    } else {
        WordInfo::default()
    };
    out.push(H::new(39).n(wn.pos).n(prev_wn.pos).id());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_and_prefixes_respect_char_boundaries() {
        assert_eq!(suffix("striking", 3), "ing");
        assert_eq!(suffix("é", 3), "é");
        assert_eq!(suffix("aé", 1), "é");
        assert_eq!(suffix("", 2), "");
        assert_eq!(prefix("évènement", 3), "évè");
        assert_eq!(prefix("ab", 3), "ab");
    }

    #[test]
    fn features_are_deterministic_and_in_range() {
        let seg = Segmented::new("The U.S. military carried out a strike. It’s 2021 — ok?");
        let lexed = Lexed::new(&seg);
        assert_eq!(lexed.len(), seg.tokens.len());
        assert_eq!(lexed.lower(1), "u.s.");
        assert_eq!(lexed.lower(seg.tokens.len()), "");
        let mut a = Vec::new();
        let mut b = Vec::new();
        for s in &seg.sentences {
            for i in s.tokens.clone() {
                token_features(&seg, &lexed, s.tokens.clone(), i, &mut a);
                token_features(&seg, &lexed, s.tokens.clone(), i, &mut b);
            }
        }
        assert_eq!(a, b);
        assert!(a.iter().all(|&f| (f as usize) < BUCKETS));
        // Different words give different word features.
        let mut x = Vec::new();
        let mut y = Vec::new();
        let s = seg.sentences[0].tokens.clone();
        token_features(&seg, &lexed, s.clone(), 3, &mut x);
        token_features(&seg, &lexed, s, 4, &mut y);
        assert_ne!(x[1], y[1]);
        assert_eq!(x[0], y[0]);
    }
}
