//! Token features for the event model, hashed into a fixed table of [`BUCKETS`] ids.
//!
//! A document is first lexed once ([`Lexed`]): every token's lower-case, digit-folded form
//! goes into one shared buffer, with its [`Cue`] class, its WordNet classes, and the hashes
//! of the strings its features are made of (word, stem, suffixes, prefix, shape). A
//! token's features then only mix those hashes with a template number into a caller's
//! `Vec<u32>`, so detection allocates nothing per token and hashes each string once.
//!
//! Changing any template changes what the ids mean: bump [`FEATURE_VERSION`] and retrain
//! (`chronicler train-events`), or the shipped model will be refused.

use super::lexicon::{Cue, cue, is_reporting, strip_inflection};
use super::wordnet::{self, ADJ, INFLECTED, NOUN, VERB, WordInfo};
use crate::text::{Segmented, TokenKind};

/// Version of the feature templates; stored in the model file and checked when it is read.
pub const FEATURE_VERSION: u32 = 3;

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
    hashes: Vec<TokenHashes>,
    /// Index of the first lexed token in the [`Segmented`] (see [`Lexed::range`]).
    offset: usize,
}

/// The strings of a token that features are made of, hashed once per document.
#[derive(Debug, Clone, Copy, Default)]
struct TokenHashes {
    word: u64,
    stem: u64,
    /// Last 1, 2, 3 and 4 chars.
    suffix: [u64; 4],
    prefix3: u64,
    shape: u8,
}

/// Hashes of the boundary markers that stand for context outside the sentence.
const BEFORE: u64 = 0x9e37_79b9_7f4a_7c15;
const AFTER: u64 = 0xc2b2_ae3d_27d4_eb4f;
const NO_COMPLEMENT: u64 = 0x1656_67b1_9e37_79f9;

impl Lexed {
    /// Normalizes every token of `seg`: lower case, digits folded to `0`, curly apostrophes
    /// straightened.
    pub fn new(seg: &Segmented) -> Lexed {
        Lexed::range(seg, 0..seg.tokens.len())
    }

    /// Like [`Lexed::new`], for the tokens in `range` only (one sentence, for the phrase
    /// cutter); the other tokens read as empty punctuation. Indexes stay those of `seg`.
    pub fn range(seg: &Segmented, range: std::ops::Range<usize>) -> Lexed {
        let range = range.start.min(seg.tokens.len())..range.end.min(seg.tokens.len());
        let tokens = &seg.tokens[range.clone()];
        let mut lexed = Lexed {
            buf: String::with_capacity(
                tokens.last().map_or(0, |t| t.span.end)
                    - tokens.first().map_or(0, |t| t.span.start),
            ),
            spans: Vec::with_capacity(tokens.len()),
            cues: Vec::with_capacity(tokens.len()),
            capitalized: Vec::with_capacity(tokens.len()),
            wordnet: Vec::with_capacity(tokens.len()),
            hashes: Vec::with_capacity(tokens.len()),
            offset: range.start,
        };
        let mut scratch = String::new();
        for t in tokens {
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
            let word = hash_str(lower);
            lexed.wordnet.push(match t.kind {
                TokenKind::Word => wordnet::lookup_memo(word, lower, &mut scratch),
                _ => WordInfo::default(),
            });
            lexed.hashes.push(TokenHashes {
                word,
                stem: hash_str(strip_inflection(lower)),
                suffix: [1, 2, 3, 4].map(|n| hash_str(suffix(lower, n))),
                prefix3: hash_str(prefix(lower, 3)),
                shape: shape(raw, t.kind),
            });
        }
        lexed
    }

    /// The normalized form of token `i` (empty when out of range).
    pub fn lower(&self, i: usize) -> &str {
        self.spans
            .get(i.wrapping_sub(self.offset))
            .and_then(|&(a, b)| self.buf.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// The cue class of token `i` ([`Cue::Punct`] when out of range).
    pub fn cue(&self, i: usize) -> Cue {
        self.cues
            .get(i.wrapping_sub(self.offset))
            .copied()
            .unwrap_or(Cue::Punct)
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.capitalized
            .get(i.wrapping_sub(self.offset))
            .copied()
            .unwrap_or(false)
    }

    /// What WordNet says about token `i`.
    pub fn wordnet(&self, i: usize) -> WordInfo {
        self.wordnet
            .get(i.wrapping_sub(self.offset))
            .copied()
            .unwrap_or_default()
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

    /// The feature hashes of token `i`.
    fn hashes(&self, i: usize) -> Option<&TokenHashes> {
        self.hashes.get(i.wrapping_sub(self.offset))
    }

    /// Number of tokens lexed.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// FNV-1a hash of a string (computed once per token and string).
fn hash_str(s: &str) -> u64 {
    crate::fnv::hash(s.as_bytes())
}

/// Combines a template number and up to three values into a feature id.
#[inline]
fn fid(template: u8, a: u64, b: u64, c: u64) -> u32 {
    let mut x = u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for v in [a, b, c] {
        x = (x ^ v).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x ^= x >> 31;
    }
    x ^= x >> 29;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 32;
    (x as u32) & (BUCKETS as u32 - 1)
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
/// three tokens after `i` (its word hash), or [`NO_COMPLEMENT`]: it separates "sought to"
/// (I_ACTION) from "sought" alone.
fn complement(lexed: &Lexed, i: usize, end: usize) -> u64 {
    for j in i + 1..(i + 4).min(end) {
        match lexed.cue(j) {
            Cue::To | Cue::Subordinator | Cue::Preposition => {
                return lexed.hashes(j).map_or(NO_COMPLEMENT, |h| h.word);
            }
            Cue::Punct => return NO_COMPLEMENT,
            _ => {}
        }
    }
    NO_COMPLEMENT
}

/// Appends the feature ids of token `i` to `out`. `sentence` is the token range of the
/// sentence that holds `i`; context outside it reads as boundary markers.
pub fn token_features(
    lexed: &Lexed,
    sentence: std::ops::Range<usize>,
    i: usize,
    out: &mut Vec<u32>,
) {
    let Some(&me) = lexed.hashes(i) else {
        return;
    };
    let inside = |j: isize| -> Option<usize> {
        let k = i as isize + j;
        (k >= sentence.start as isize && k < sentence.end as isize).then_some(k as usize)
    };
    let at = |j: isize| -> Option<&TokenHashes> { inside(j).and_then(|k| lexed.hashes(k)) };
    let word = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |h| h.word);
    let suf3 = |j: isize| at(j).map_or(if j < 0 { BEFORE } else { AFTER }, |h| h.suffix[2]);
    let cue_at = |j: isize| u64::from(inside(j).map_or(Cue::Punct, |k| lexed.cue(k)).id());
    let (w, stem) = (me.word, me.stem);
    let [suf1, suf2, suf3_0, suf4] = me.suffix;
    let (wm1, wm2, wp1, wp2) = (word(-1), word(-2), word(1), word(2));
    let (cm1, cm2, cp1) = (cue_at(-1), cue_at(-2), cue_at(1));
    let gov = u64::from(governing_cue(lexed, sentence.start, i).id());
    let first = u64::from(i == sentence.start);
    let caps = u64::from(lexed.capitalized(i) && i != sentence.start);
    let comp = complement(lexed, i, sentence.end);
    let wn = lexed.wordnet(i);
    let (pos, v0, v1, n0, n1) = (
        u64::from(wn.pos),
        u64::from(wn.verb[0]),
        u64::from(wn.verb[1]),
        u64::from(wn.noun[0]),
        u64::from(wn.noun[1]),
    );
    let prev_pos = u64::from(if i > sentence.start {
        lexed.wordnet(i - 1).pos
    } else {
        0
    });
    out.extend_from_slice(&[
        fid(0, 0, 0, 0),
        fid(1, w, 0, 0),
        fid(2, stem, 0, 0),
        fid(3, suf1, 0, 0),
        fid(4, suf2, 0, 0),
        fid(5, suf3_0, 0, 0),
        fid(6, suf4, 0, 0),
        fid(7, me.prefix3, 0, 0),
        fid(8, u64::from(me.shape), first, 0),
        fid(9, wm1, 0, 0),
        fid(10, wm2, 0, 0),
        fid(11, wp1, 0, 0),
        fid(12, wp2, 0, 0),
        fid(13, wm1, w, 0),
        fid(14, w, wp1, 0),
        fid(15, cm1, cm2, 0),
        fid(16, cm1, suf3_0, 0),
        fid(17, cp1, suf2, 0),
        fid(18, gov, stem, 0),
        fid(19, gov, suf2, 0),
        fid(20, suf3(-1), 0, 0),
        fid(21, suf3(1), 0, 0),
        fid(22, wm1, wp1, 0),
        fid(23, caps, cm1, 0),
        fid(24, cm1, cp1, suf2),
        fid(25, stem, cp1, 0),
        fid(26, stem, comp, 0),
        fid(27, suf3_0, comp, 0),
        fid(28, stem, wp1, 0),
        fid(29, stem, cm1, 0),
        fid(30, pos, 0, 0),
        fid(31, v0, 0, 0),
        fid(32, n0, 0, 0),
        fid(33, v0, v1, 0),
        fid(34, n0, n1, 0),
        fid(35, pos, cm1, 0),
        fid(36, n0, cm1, 0),
        fid(37, v0, comp, 0),
        fid(38, pos, gov, 0),
        fid(39, pos, prev_pos, 0),
    ]);
    // The verb's complement frames, and for a noun those of the verb it derives from.
    let fr = u64::from(wn.frames);
    let (dfile, dframes) = (u64::from(wn.derived.0), u64::from(wn.derived.1));
    out.extend_from_slice(&[
        fid(40, fr, 0, 0),
        fid(41, fr, comp, 0),
        fid(42, fr, cp1, gov),
        fid(43, dfile, n0, 0),
        fid(44, dframes, comp, 0),
        fid(45, dfile, cm1, 0),
    ]);
}

/// A hash of the cue classes of tokens `from..to` (at most four; longer paths keep their
/// first three and a marker).
fn cue_path(lexed: &Lexed, from: usize, to: usize) -> u64 {
    let mut h = 0x51u64;
    for (n, j) in (from..to).enumerate() {
        if n == 3 && to - from > 4 {
            return h.wrapping_mul(31) ^ 0xff;
        }
        h = h.wrapping_mul(31) ^ u64::from(lexed.cue(j).id() + 1);
    }
    h
}

/// The first "to", subordinator, preposition or punctuation among tokens `from..to` (its
/// word hash), or [`NO_COMPLEMENT`].
fn key_word(lexed: &Lexed, from: usize, to: usize) -> u64 {
    for j in from..to {
        if matches!(
            lexed.cue(j),
            Cue::To | Cue::Subordinator | Cue::Preposition | Cue::Punct
        ) {
            return lexed.hashes(j).map_or(NO_COMPLEMENT, |h| h.word);
        }
    }
    NO_COMPLEMENT
}

fn distance_class(d: usize) -> u64 {
    match d {
        0..=1 => 1,
        2 => 2,
        3 => 3,
        4..=5 => 4,
        _ => 5,
    }
}

/// How far the class model looks for a neighbouring event.
const LINK_WINDOW: usize = 8;

/// Appends the class model's feature ids for event token `i` to `out`. `labels[k]` is the
/// label (0 none, 1..=7 a class) the trigger model gave token `sentence.start + k`: the
/// events around a trigger tell its frame ("tried to *leave*", "said the *talks*").
pub fn class_features(
    lexed: &Lexed,
    sentence: std::ops::Range<usize>,
    i: usize,
    labels: &[u8],
    out: &mut Vec<u32>,
) {
    let Some(&me) = lexed.hashes(i) else {
        return;
    };
    token_features(lexed, sentence.clone(), i, out);
    let label = |j: usize| {
        labels
            .get(j.wrapping_sub(sentence.start))
            .copied()
            .unwrap_or(0)
    };
    let stem = me.stem;
    let suf3 = me.suffix[2];
    let wn = lexed.wordnet(i);
    let (pos, v0, n0) = (
        u64::from(wn.pos),
        u64::from(wn.verb[0]),
        u64::from(wn.noun[0]),
    );
    let end = sentence.end;
    // The next event within the window: the path to it and the word that links them.
    let next = (i + 1..(i + 1 + LINK_WINDOW).min(end)).find(|&j| label(j) != 0);
    match next {
        Some(j) => {
            let path = cue_path(lexed, i + 1, j);
            let key = key_word(lexed, i + 1, j);
            let nl = u64::from(label(j));
            let d = distance_class(j - i);
            out.extend_from_slice(&[
                fid(64, path, 0, 0),
                fid(65, stem, path, 0),
                fid(66, stem, key, nl),
                fid(67, stem, d, 0),
                fid(68, v0, path, 0),
                fid(69, suf3, key, 0),
                fid(70, nl, key, 0),
                fid(71, stem, nl, 0),
                fid(72, n0, key, 0),
                fid(73, pos, path, 0),
            ]);
        }
        None => out.extend_from_slice(&[fid(67, stem, 0, 0), fid(72, n0, 0, 1)]),
    }
    // The previous event within the window, likewise.
    let from = i.saturating_sub(LINK_WINDOW).max(sentence.start);
    let prev = (from..i).rev().find(|&j| label(j) != 0);
    match prev {
        Some(j) => {
            let path = cue_path(lexed, j + 1, i);
            let key = key_word(lexed, j + 1, i);
            let pl = u64::from(label(j));
            out.extend_from_slice(&[
                fid(74, pl, path, 0),
                fid(75, stem, pl, 0),
                fid(76, pl, key, pos),
                fid(77, stem, distance_class(i - j), 0),
            ]);
        }
        None => out.push(fid(77, stem, 0, 0)),
    }
    // Quotation marks just before or after the word.
    let quote = |j: usize| matches!(lexed.lower(j), "\"" | "''" | "'");
    let before = (i.saturating_sub(3).max(sentence.start)..i).any(quote);
    let after = (i + 1..(i + 4).min(end)).any(quote);
    let q = u64::from(before) | u64::from(after) << 1;
    out.extend_from_slice(&[fid(78, stem, q, 0), fid(79, v0, q, 0)]);
    // The word's immediate surroundings.
    let cue_at = |j: usize| {
        u64::from(if j < end && j >= sentence.start {
            lexed.cue(j).id()
        } else {
            Cue::Punct.id()
        })
    };
    let next_pos = u64::from(if i + 1 < end {
        lexed.wordnet(i + 1).pos
    } else {
        0
    });
    let gov = u64::from(governing_cue(lexed, sentence.start, i).id());
    out.extend_from_slice(&[
        fid(80, stem, cue_at(i + 1), cue_at(i + 2)),
        fid(81, v0, gov, cue_at(i + 1)),
        fid(82, stem, next_pos, 0),
        fid(83, me.word, cue_at(i.wrapping_sub(1)), cue_at(i + 1)),
        fid(84, suf3, gov, next_pos),
    ]);
    // A to-infinitive or that-clause after the word, possibly past an object ("decided to
    // grant", "allowed them to demonstrate", "said that"): the frame of I_ACTION, I_STATE
    // and REPORTING words, whether or not the word itself was seen in training.
    let (mut frame, mut dist) = (0u64, 0u64);
    for j in i + 1..(i + 6).min(end) {
        match lexed.cue(j) {
            Cue::To if j + 1 < end && lexed.verbish(j + 1, sentence.start) > 0 => {
                (frame, dist) = (1, (j - i) as u64);
                break;
            }
            Cue::Subordinator if lexed.lower(j) == "that" => {
                (frame, dist) = (2, (j - i) as u64);
                break;
            }
            Cue::Punct | Cue::Conjunction => break,
            _ => {}
        }
    }
    let ing = u64::from(i + 1 < end && lexed.lower(i + 1).ends_with("ing"));
    out.extend_from_slice(&[
        fid(124, frame, dist.min(3), pos),
        fid(125, frame, v0, 0),
        fid(126, frame, suf3, 0),
        fid(127, frame, stem, 0),
        fid(128, ing, v0, 0),
    ]);
    // The nearest verb before the word within its clause, and the word that links them
    // ("plans to *buy*", "said the *talks*").
    let mut j = i;
    let mut governor = None;
    while j > sentence.start && i - j < 6 {
        j -= 1;
        if matches!(lexed.cue(j), Cue::Punct | Cue::Conjunction) {
            break;
        }
        if lexed.verbish(j, sentence.start) == 2 {
            governor = Some(j);
            break;
        }
    }
    match governor {
        Some(j) => {
            let gstem = lexed.hashes(j).map_or(0, |h| h.stem);
            let key = key_word(lexed, j + 1, i);
            out.extend_from_slice(&[
                fid(129, gstem, key, 0),
                fid(130, u64::from(lexed.wordnet(j).verb[0]), key, pos),
                fid(131, u64::from(is_reporting(lexed.lower(j))), key, 0),
            ]);
        }
        None => out.push(fid(129, 0, 0, 0)),
    }
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
    fn a_lexed_sentence_gives_the_same_features_as_the_whole_text() {
        let seg = Segmented::new("It rained. The US military carried out a strike. Then quiet.");
        let whole = Lexed::new(&seg);
        let s = seg.sentences[1].tokens.clone();
        let part = Lexed::range(&seg, s.clone());
        assert_eq!(part.len(), s.len());
        for i in s.clone() {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            token_features(&whole, s.clone(), i, &mut a);
            token_features(&part, s.clone(), i, &mut b);
            assert_eq!(a, b);
            assert_eq!(whole.lower(i), part.lower(i));
        }
        assert_eq!(part.lower(0), "");
        let empty = Lexed::range(&seg, 100..200);
        assert!(empty.is_empty());
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
                token_features(&lexed, s.tokens.clone(), i, &mut a);
                token_features(&lexed, s.tokens.clone(), i, &mut b);
            }
        }
        assert_eq!(a, b);
        assert!(a.iter().all(|&f| (f as usize) < BUCKETS));
        // Different words give different word features.
        let mut x = Vec::new();
        let mut y = Vec::new();
        let s = seg.sentences[0].tokens.clone();
        token_features(&lexed, s.clone(), 3, &mut x);
        token_features(&lexed, s, 4, &mut y);
        assert_ne!(x[1], y[1]);
        assert_eq!(x[0], y[0]);
    }
}
