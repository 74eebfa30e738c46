//! Word classes from WordNet (`models/wordnet.lex`, embedded): which parts of speech a
//! word can be and the lexicographer files ("verb.communication", "noun.event", ...) of
//! its most frequent senses. They let the event model generalize past the words of its
//! training corpus: an unseen "proclaimed" looks like "announced", an unseen noun of the
//! "act" file looks like an event.
//!
//! Inflected forms are reduced to WordNet lemmas with WordNet's own detachment rules and
//! irregular-form lists ("went" → "go", "studies" → "study").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fast multiplicative hasher for the lexicon's short keys (no HashDoS concern: the keys
/// are the shipped word list, and lookups only read).
#[derive(Default, Clone, Copy)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

type Fast = BuildHasherDefault<FastHasher>;

/// The most words the per-thread memo of [`lookup_memo`] keeps.
const MEMO_LIMIT: usize = 1 << 17;

thread_local! {
    static MEMO: std::cell::RefCell<HashMap<u64, WordInfo, Fast>> =
        std::cell::RefCell::new(HashMap::default());
}

/// [`lookup`] of `word`, remembered by the current thread under `key` (a hash that tells
/// words apart): text repeats its words, and each distinct word is reduced to its lemmas
/// once. The memo only remembers a pure function, so results never depend on what was
/// looked up before; it is emptied when it grows past 131,072 words.
pub fn lookup_memo(key: u64, word: &str, scratch: &mut String) -> WordInfo {
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(&info) = m.get(&key) {
            return info;
        }
        let info = lookup(word, scratch);
        if m.len() >= MEMO_LIMIT {
            m.clear();
        }
        m.insert(key, info);
        info
    })
}

static LEXICON: &str = include_str!("../../models/wordnet.lex");

/// What WordNet says about a word form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Parts of speech: [`NOUN`], [`VERB`], [`ADJ`] bits, and [`INFLECTED`] when the form
    /// was reduced to a different verb lemma.
    pub pos: u8,
    /// Lexicographer files of the first two verb senses (0 when absent).
    pub verb: [u8; 2],
    /// Lexicographer files of the first two noun senses (0 when absent).
    pub noun: [u8; 2],
    /// Sentence-frame bits of the first two verb senses (see [`FRAME_TO`] and the others):
    /// which complements the verb takes.
    pub frames: u8,
    /// For a noun, the verb it derives from ("agreement" → "agree"): that verb's
    /// lexicographer file (0 when none) and frame bits.
    pub derived: (u8, u8),
}

/// Frame bit: the verb takes a to-infinitive ("tried to leave").
pub const FRAME_TO: u8 = 1;
/// Frame bit: a bare infinitive ("helped rebuild").
pub const FRAME_BARE: u8 = 2;
/// Frame bit: a that-clause ("said that ...").
pub const FRAME_THAT: u8 = 4;
/// Frame bit: a gerund ("stopped talking").
pub const FRAME_ING: u8 = 8;
/// Frame bit: an adjective or noun complement ("became rich").
pub const FRAME_COMPLEMENT: u8 = 16;
/// Frame bit: a person as object.
pub const FRAME_PERSON: u8 = 32;
/// Frame bit: a thing as object.
pub const FRAME_THING: u8 = 64;
/// Frame bit: no object.
pub const FRAME_INTRANSITIVE: u8 = 128;

/// The word can be a noun.
pub const NOUN: u8 = 1;
/// The word can be a verb.
pub const VERB: u8 = 2;
/// The word can be an adjective.
pub const ADJ: u8 = 4;
/// The form is an inflection of a verb lemma ("announced" of "announce").
pub const INFLECTED: u8 = 8;

/// The parsed lexicon: lemma → info, (irregular form, part of speech) → lemma.
struct Lexicon {
    words: HashMap<&'static str, WordInfo, Fast>,
    irregular: HashMap<(&'static str, u8), &'static str, Fast>,
}

fn files(s: &str) -> [u8; 2] {
    let mut out = [0u8; 2];
    for (slot, f) in out.iter_mut().zip(s.split(',')) {
        *slot = f.parse().unwrap_or(0);
    }
    out
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut words = HashMap::default();
        let mut irregular = HashMap::default();
        for line in LEXICON.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let word = f.next().unwrap_or("");
            let second = f.next().unwrap_or("");
            if let Some(form) = word.strip_prefix('=') {
                let pos = if f.next() == Some("n") { NOUN } else { VERB };
                irregular.insert((form, pos), second);
                continue;
            }
            let mut pos = 0;
            for c in second.chars() {
                pos |= match c {
                    'n' => NOUN,
                    'v' => VERB,
                    'a' => ADJ,
                    _ => 0,
                };
            }
            let verb = files(f.next().unwrap_or(""));
            let noun = files(f.next().unwrap_or(""));
            let frames = u8::from_str_radix(f.next().unwrap_or(""), 16).unwrap_or(0);
            let derived =
                f.next()
                    .and_then(|d| d.split_once(':'))
                    .map_or((0, 0), |(file, bits)| {
                        (
                            file.parse().unwrap_or(0),
                            u8::from_str_radix(bits, 16).unwrap_or(0),
                        )
                    });
            words.insert(
                word,
                WordInfo {
                    pos,
                    verb,
                    noun,
                    frames,
                    derived,
                },
            );
        }
        Lexicon { words, irregular }
    })
}

/// Detachment rules: (suffix, replacement) for verbs and for nouns.
const VERB_RULES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];
const NOUN_RULES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("s", ""),
];

/// Finds the lemma of `word` that has part of speech `pos`, trying the word itself, its
/// irregular form, then each detachment rule (with an undoubled final consonant for
/// "stopped" → "stop"). `scratch` holds candidate strings.
fn lemma_info(lex: &Lexicon, word: &str, pos: u8, scratch: &mut String) -> Option<WordInfo> {
    let rules = if pos == VERB { VERB_RULES } else { NOUN_RULES };
    let has = |w: &str| lex.words.get(w).copied().filter(|i| i.pos & pos != 0);
    if let Some(i) = has(word) {
        return Some(i);
    }
    if let Some(i) = lex.irregular.get(&(word, pos)).and_then(|l| has(l)) {
        return Some(i);
    }
    for (suffix, replacement) in rules {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        scratch.clear();
        scratch.push_str(stem);
        scratch.push_str(replacement);
        if let Some(i) = has(scratch) {
            return Some(i);
        }
        let b = stem.as_bytes();
        if replacement.is_empty()
            && b.len() >= 3
            && b[b.len() - 1] == b[b.len() - 2]
            && let Some(i) = has(&stem[..stem.len() - 1])
        {
            return Some(i);
        }
    }
    None
}

/// What WordNet says about a lower-case word form. `scratch` is reused between calls to
/// avoid allocating.
pub fn lookup(word: &str, scratch: &mut String) -> WordInfo {
    if word.is_empty() || word.len() > 30 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return WordInfo::default();
    }
    let lex = lexicon();
    let direct = lex.words.get(word).copied().unwrap_or_default();
    let mut info = WordInfo {
        pos: direct.pos,
        ..WordInfo::default()
    };
    if let Some(v) = lemma_info(lex, word, VERB, scratch) {
        info.pos |= VERB;
        info.verb = v.verb;
        info.frames = v.frames;
        if direct.pos & VERB == 0 {
            info.pos |= INFLECTED;
        }
    }
    if let Some(n) = lemma_info(lex, word, NOUN, scratch) {
        info.pos |= NOUN;
        info.noun = n.noun;
        info.derived = n.derived;
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_reach_their_lemmas() {
        let mut s = String::new();
        let said = lookup("said", &mut s);
        assert!(said.pos & VERB != 0 && said.pos & INFLECTED != 0);
        assert_eq!(said.verb[0], 32, "verb.communication");
        let announced = lookup("announced", &mut s);
        assert_eq!(announced.verb[0], 32);
        let stopped = lookup("stopped", &mut s);
        assert!(stopped.pos & VERB != 0);
        let believes = lookup("believes", &mut s);
        assert_eq!(believes.verb[0], 31, "verb.cognition");
        assert!(lookup("tried", &mut s).frames & FRAME_TO != 0);
        assert!(lookup("says", &mut s).frames & FRAME_THAT != 0);
        let agreements = lookup("agreements", &mut s);
        assert_eq!(agreements.derived.0, 32, "agree: verb.communication");
        assert!(agreements.derived.1 & FRAME_TO != 0);
        let attacks = lookup("attacks", &mut s);
        assert!(attacks.pos & NOUN != 0 && attacks.pos & VERB != 0);
        assert_eq!(lookup("zzzq", &mut s), WordInfo::default());
        assert_eq!(lookup("é", &mut s), WordInfo::default());
        assert_eq!(lookup("", &mut s), WordInfo::default());
    }
}
