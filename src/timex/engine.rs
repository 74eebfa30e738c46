//! The recognition engine: rules are values (a name, a pattern, a production), grouped in
//! families under [`super::rules`]; this module compiles them once and runs them.
//!
//! Patterns are regexes, matched case-insensitively, with placeholders for the lexicon's
//! word lists (`{month}`, `{weekday}`, `{num}`, `{unit}`, `{ordinal}`, `{day_ordinal_word}`, `{month_full}`,
//! `{numword}`). `\b` means an ASCII word boundary, which keeps every pattern runnable by
//! the regex crate's DFA.
//!
//! Running every rule's regex over a whole text costs one pass per rule. Instead, one
//! pass over the text looking up the rules' prefix literals (the words every match of a
//! rule must begin with, taken from the pattern itself) by their first two bytes finds
//! where matches can start; at each
//! such position one lazy DFA over all the indexed rules' patterns at once tells which
//! rules match there (most positions are a common word such as "the" or "a" that begins
//! no match, and the DFA dies within a few bytes), and where the longest match of each
//! ends; and each of those rules' regex runs anchored there, bounded by that end, for its
//! groups (a one-pass DFA or a bounded backtracker: no lazy DFA, reverse NFA or prefilter
//! is compiled for those searches, which keeps start-up short). The matches are exactly those of a whole-text search
//! (see [`recognize`]'s helper and its tests).

use std::cell::RefCell;
use std::sync::{LazyLock, OnceLock};

use regex_automata::hybrid;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition,
};

use super::lexicon;
use super::spec::Candidate;
use crate::text::Span;

/// A recognition rule.
pub struct Rule {
    /// A unique name, reported with every value it produces.
    pub name: &'static str,
    /// The pattern (see the module docs for placeholders).
    pub pattern: &'static str,
    /// Builds a candidate from a match, or rejects it (`None`) after looking at it and its
    /// context.
    pub produce: fn(&Hit) -> Option<Candidate>,
}

/// A match of a rule's pattern, with access to its groups and the text around it.
pub struct Hit<'t> {
    caps: &'t Captures,
    text: &'t str,
    /// The rule's name.
    pub rule: &'static str,
}

impl<'t> Hit<'t> {
    /// The span of the whole match.
    pub fn span(&self) -> Span {
        let m = self.caps.get_match().expect("a hit is a match");
        Span::new(m.start(), m.end())
    }

    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        self.caps
            .get_match()
            .map(|m| &self.text[m.range()])
            .unwrap_or("")
    }

    /// The span of a named group in the captures, when it took part in the match. A rule
    /// has a handful of groups: comparing their names is cheaper than hashing `name`, as
    /// [`Captures::get_group_by_name`] does.
    fn group(&self, name: &str) -> Option<regex_automata::Span> {
        let pid = self.caps.pattern()?;
        let index = self
            .caps
            .group_info()
            .pattern_names(pid)
            .position(|n| n == Some(name))?;
        self.caps.get_group(index)
    }

    /// The text of a named group, when it took part in the match.
    pub fn get(&self, name: &str) -> Option<&'t str> {
        self.group(name).map(|m| &self.text[m.range()])
    }

    /// The span of a named group.
    pub fn span_of(&self, name: &str) -> Option<Span> {
        self.group(name).map(|m| Span::new(m.start, m.end))
    }

    /// Whether a named group took part in the match.
    pub fn has(&self, name: &str) -> bool {
        self.group(name).is_some()
    }

    /// The whole text being tagged.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Up to `n` bytes of text before the match (snapped to a char boundary).
    pub fn before(&self, n: usize) -> &'t str {
        let end = self.span().start;
        let mut start = end.saturating_sub(n);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        &self.text[start..end]
    }

    /// Up to `n` bytes of text after the match (snapped to a char boundary).
    pub fn after(&self, n: usize) -> &'t str {
        let start = self.span().end;
        let mut end = (start + n).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        &self.text[start..end]
    }

    /// The word right before the match (letters, digits, apostrophes), if any.
    pub fn word_before(&self) -> Option<&'t str> {
        let b = self.before(40).trim_end();
        let w = b
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '.'))
            .next()?;
        (!w.is_empty()).then_some(w)
    }

    /// The word right after the match, if any.
    pub fn word_after(&self) -> Option<&'t str> {
        let a = self.after(40).trim_start();
        let w = a
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .next()?;
        (!w.is_empty()).then_some(w)
    }
}

/// Expands placeholders and word boundaries in a rule pattern.
pub fn expand(pattern: &str) -> String {
    pattern
        .replace("{month_full}", lexicon::MONTH_FULL_RE)
        .replace("{month}", lexicon::MONTH_RE)
        .replace("{weekday}", lexicon::WEEKDAY_RE)
        .replace("{numword}", lexicon::NUMBER_WORD_RE)
        .replace("{num}", lexicon::NUMBER_RE)
        .replace("{unit}", lexicon::UNIT_RE)
        .replace("{ordinal}", lexicon::ORDINAL_RE)
        .replace("{day_ordinal_word}", lexicon::DAY_ORDINAL_WORD_RE)
        .replace(r"\b", r"(?-u:\b)")
}

/// One rule, compiled.
struct CompiledRule {
    rule: &'static Rule,
    /// The rule's regex for capture searches anchored at a start and bounded by the end
    /// of the longest match there (which the gate reports): the one-pass DFA or the
    /// bounded backtracker do those, so nothing else is compiled. Built on first use: a
    /// text may have no match of the rule (and a short one has none of most rules).
    anchored: OnceLock<Regex>,
    /// The rule's regex with every search strategy, for searches over the whole text (a
    /// rule without prefix literals, a text the index cannot serve, a gate that gave up):
    /// built on first use, since most texts never need it.
    whole: OnceLock<Regex>,
    /// The rule's pattern, parsed.
    hir: Hir,
    /// The pattern without the characters a text the index serves lacks (see
    /// [`without`]): what the gate and `anchored` are built from.
    indexed_hir: Hir,
    /// Whether every match starts at an ASCII word boundary (the pattern begins with `\b`):
    /// a possible start then needs a word byte before it exactly when the literal found
    /// there does not begin with one.
    word_boundary: bool,
    /// Whether the rule has a complete set of prefix literals in [`Compiled::starts`]. A
    /// rule without one is searched for over the whole text.
    indexed: bool,
}

/// All rules, compiled, and the index that finds where their matches can start.
struct Compiled {
    rules: Vec<CompiledRule>,
    /// Where the indexed rules' matches can start.
    starts: StartIndex,
    /// One lazy DFA over the patterns of all indexed rules (pattern `k` is rule
    /// `gate_rules[k]`), reporting every pattern that matches: run anchored at a possible
    /// start, it answers at once which rules match there.
    gate: hybrid::dfa::DFA,
    /// The rule of each pattern of `gate`.
    gate_rules: Vec<usize>,
}

/// Where the indexed rules' matches can start: their prefix literals (lower case, matched
/// ignoring ASCII case, at most four bytes each) looked up by their first two bytes, and
/// the characters that keep the index from serving a text.
struct StartIndex {
    /// For each byte `b` after byte `p` (at `p << 8 | b`): its [`BOUNDARY`] and
    /// [`SENTINEL_LEAD`] bits, and [`LOOK`] when a literal that may start there (one that
    /// needs a word boundary only if there is one) or a sentinel begins with it. Indexed
    /// by both bytes, the scan reads each entry independently of the last (a table indexed
    /// by whether the last byte was a word byte made each read wait for the one before).
    steps: Box<[u8]>,
    /// For each place (1 at a word boundary, else 0) and pair of lower-case first bytes
    /// (`place << 16 | b0 << 8 | b1`; a one-byte literal is under every `b1`), the range
    /// of `literals` that may start there and begin with them.
    pairs: Vec<(u16, u16)>,
    /// The literals, by place and first two bytes.
    literals: Vec<Packed>,
    /// [`FOLD_SENTINELS`] and the other decimal digits, sorted.
    sentinels: Vec<char>,
    /// The literals as given, for tests.
    #[cfg(test)]
    given: Vec<(Vec<u8>, bool)>,
}

/// A literal of at most four bytes packed for comparing with four bytes of text `x` read
/// as a little-endian `u32`: it occurs there when `(x | fold) & mask == value`.
#[derive(Clone, Copy)]
struct Packed {
    /// The literal's bytes.
    value: u32,
    /// `0x20` in the byte of each ASCII letter, which makes an upper-case letter of the
    /// text lower case (and no other byte equal to that letter).
    fold: u32,
    /// `0xFF` in each of the literal's bytes.
    mask: u32,
}

/// A byte at an ASCII word boundary: a word byte ([`is_word_byte`]) after one that is
/// not, or the reverse.
const BOUNDARY: u8 = 1;
/// A literal or a sentinel may begin at the byte.
const LOOK: u8 = 2;
/// The first byte of a sentinel character.
const SENTINEL_LEAD: u8 = 4;

/// Four bytes of `bytes` from `s` as a little-endian `u32`, zeros past the end (no literal
/// holds a zero byte).
fn four_bytes(bytes: &[u8], s: usize) -> u32 {
    match bytes.get(s..s + 4) {
        Some(four) => u32::from_le_bytes(four.try_into().expect("four bytes")),
        None => {
            let mut four = [0; 4];
            let rest = &bytes[s.min(bytes.len())..];
            four[..rest.len()].copy_from_slice(rest);
            u32::from_le_bytes(four)
        }
    }
}

impl StartIndex {
    /// The index of `literals` (lower case, at most four bytes, none empty or holding a
    /// zero byte; each with whether it needs a word boundary) and of the characters
    /// `sentinels`.
    fn new(literals: &[(Vec<u8>, bool)], mut sentinels: Vec<char>) -> StartIndex {
        let pack = |lit: &[u8]| {
            assert!((1..=4).contains(&lit.len()) && !lit.contains(&0), "{lit:?}");
            let mut p = Packed {
                value: 0,
                fold: 0,
                mask: 0,
            };
            for (i, &b) in lit.iter().enumerate() {
                p.value |= u32::from(b) << (8 * i);
                p.mask |= 0xFF << (8 * i);
                if b.is_ascii_lowercase() {
                    p.fold |= 0x20 << (8 * i);
                }
            }
            p
        };
        let mut by_key: Vec<(usize, Packed)> = Vec::new();
        for (lit, needs_boundary) in literals {
            let b0 = usize::from(lit[0]);
            let seconds = match lit.get(1) {
                Some(&b1) => usize::from(b1)..usize::from(b1) + 1,
                None => 0..256,
            };
            for place in [0, 1] {
                if *needs_boundary && place == 0 {
                    continue;
                }
                for b1 in seconds.clone() {
                    by_key.push((place << 16 | b0 << 8 | b1, pack(lit)));
                }
            }
        }
        by_key.sort_by_key(|&(key, _)| key);
        let mut pairs = vec![(0u16, 0u16); 2 << 16];
        let index = |i: usize| u16::try_from(i).expect("fewer than 65536 literal entries");
        for (i, &(key, _)) in by_key.iter().enumerate() {
            if pairs[key].1 == 0 {
                pairs[key].0 = index(i);
            }
            pairs[key].1 = index(i + 1);
        }
        sentinels.sort_unstable();
        let mut sentinel_lead = [false; 256];
        for c in &sentinels {
            let mut buf = [0; 4];
            sentinel_lead[usize::from(c.encode_utf8(&mut buf).as_bytes()[0])] = true;
        }
        // Which bytes begin a literal that may start at a word boundary (`[1]`) or
        // elsewhere (`[0]`).
        let mut begins = [[false; 256]; 2];
        for (place, begins) in begins.iter_mut().enumerate() {
            for (b, begins) in begins.iter_mut().enumerate() {
                let lower = usize::from((b as u8).to_ascii_lowercase());
                *begins = (0..256).any(|b1| pairs[place << 16 | lower << 8 | b1].1 > 0);
            }
        }
        // The entries after a byte depend only on whether it is a word byte: two rows,
        // copied under every byte.
        let row = |prev_word: bool| -> Vec<u8> {
            (0..=255u8)
                .map(|b| {
                    let boundary = is_word_byte(b) != prev_word;
                    let i = usize::from(b);
                    let mut step = 0;
                    if boundary {
                        step |= BOUNDARY;
                    }
                    if sentinel_lead[i] {
                        step |= SENTINEL_LEAD | LOOK;
                    }
                    if begins[usize::from(boundary)][i] {
                        step |= LOOK;
                    }
                    step
                })
                .collect()
        };
        let rows = [row(false), row(true)];
        let steps = (0..=255u8)
            .flat_map(|p| rows[usize::from(is_word_byte(p))].iter().copied())
            .collect();
        StartIndex {
            steps,
            pairs,
            literals: by_key.into_iter().map(|(_, p)| p).collect(),
            sentinels,
            #[cfg(test)]
            given: literals.to_vec(),
        }
    }

    /// Whether a literal occurs at `s`, where `boundary` tells whether `s` is at an ASCII
    /// word boundary.
    fn literal_at(&self, bytes: &[u8], s: usize, boundary: bool) -> bool {
        let x = four_bytes(bytes, s);
        let [b0, b1, _, _] = x.to_le_bytes();
        let key = usize::from(boundary) << 16
            | usize::from(b0.to_ascii_lowercase()) << 8
            | usize::from(b1.to_ascii_lowercase());
        let (from, to) = self.pairs[key];
        self.literals[usize::from(from)..usize::from(to)]
            .iter()
            .any(|p| (x | p.fold) & p.mask == p.value)
    }

    /// Whether a sentinel character begins at byte `s` of `text`.
    fn sentinel_at(&self, text: &str, s: usize) -> bool {
        text.get(s..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| self.sentinels.binary_search(&c).is_ok())
    }
}

/// Non-ASCII characters that case-insensitive matching folds to ASCII letters: `ſ` (long s,
/// folds to `s`) and `K` (Kelvin sign, folds to `k`). The ASCII-case-insensitive literal
/// index cannot see them, so a text that holds one is searched without the index. (A test
/// checks that these are the only two.)
const FOLD_SENTINELS: [&str; 2] = ["\u{17F}", "\u{212A}"];

/// The decimal digits other than `0`-`9` that `\d` matches (Arabic-Indic, Devanagari, ...).
/// Prefix literals are taken with `\d` read as `[0-9]`, which is exact for a text without
/// these; a text that holds one is searched without the index.
fn other_digits() -> Vec<String> {
    let hir = regex_syntax::parse(r"\d").expect("\\d parses");
    let HirKind::Class(regex_syntax::hir::Class::Unicode(class)) = hir.kind() else {
        unreachable!("\\d is a Unicode class")
    };
    class
        .iter()
        .flat_map(|r| r.start()..=r.end())
        .filter(|c| !c.is_ascii())
        .map(String::from)
        .collect()
}

fn syntax(case_insensitive: bool) -> regex_automata::util::syntax::Config {
    regex_automata::util::syntax::Config::new().case_insensitive(case_insensitive)
}

/// Parses a rule's pattern as the engine matches it (case-insensitively).
fn parse(pattern: &str, name: &str) -> Hir {
    regex_automata::util::syntax::parse_with(&expand(pattern), &syntax(true))
        .unwrap_or_else(|e| panic!("rule {name}: bad pattern: {e}"))
}

fn meta_config() -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(64 << 20))
        .onepass_size_limit(Some(64 << 20))
        .hybrid_cache_capacity(64 << 20)
        .dfa_size_limit(Some(64 << 20))
}

/// The characters whose presence in a text keeps the literal index from serving it:
/// [`FOLD_SENTINELS`] and the other decimal digits.
fn unseen_chars() -> Vec<char> {
    FOLD_SENTINELS
        .into_iter()
        .chain(other_digits().iter().map(String::as_str))
        .flat_map(str::chars)
        .collect()
}

/// The characters `unseen` (see [`unseen_chars`]) as a class.
fn unseen_class(unseen: &[char]) -> ClassUnicode {
    ClassUnicode::new(unseen.iter().map(|&c| ClassUnicodeRange::new(c, c)))
}

/// `hir` with the characters of `unseen` taken out of its classes. On a text that holds
/// none of them it matches exactly as `hir` does, with the same groups; and it compiles to
/// a much smaller automaton, since Unicode `\d` and case folding (`k` matching the Kelvin
/// sign) add multi-byte branches that such a text never takes. The gate and the anchored
/// regexes run only on texts the index serves, which lack these characters.
fn without(hir: &Hir, unseen: &ClassUnicode) -> Hir {
    changed_without(hir, unseen).unwrap_or_else(|| hir.clone())
}

/// [`without`] when it changes `hir`; `None` when `hir` has no class that holds a character
/// of `unseen` (most of a pattern: case-folded ASCII letters, punctuation), so that
/// unchanged subtrees are neither rebuilt nor compared.
fn changed_without(hir: &Hir, unseen: &ClassUnicode) -> Option<Hir> {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let lowest = unseen.ranges().first()?.start();
            if class.ranges().last()?.end() < lowest {
                return None;
            }
            let mut less = class.clone();
            less.difference(unseen);
            (less != *class).then(|| Hir::class(Class::Unicode(less)))
        }
        HirKind::Repetition(r) => Some(Hir::repetition(Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(changed_without(&r.sub, unseen)?),
        })),
        HirKind::Capture(c) => Some(Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(changed_without(&c.sub, unseen)?),
        })),
        HirKind::Concat(xs) => changed_all(xs, unseen).map(Hir::concat),
        HirKind::Alternation(xs) => changed_all(xs, unseen).map(Hir::alternation),
        _ => None,
    }
}

/// The subexpressions `xs` after [`without`], when it changes any of them.
fn changed_all(xs: &[Hir], unseen: &ClassUnicode) -> Option<Vec<Hir>> {
    let changed: Vec<Option<Hir>> = xs.iter().map(|x| changed_without(x, unseen)).collect();
    changed.iter().any(Option::is_some).then(|| {
        changed
            .into_iter()
            .zip(xs)
            .map(|(c, x)| c.unwrap_or_else(|| x.clone()))
            .collect()
    })
}

/// The regex of a rule for anchored, bounded capture searches: no lazy DFA (and so no
/// reverse NFA) and no prefilter, which such searches never use.
fn compile_anchored(hir: &Hir, name: &str) -> Regex {
    Regex::builder()
        .configure(meta_config().hybrid(false).dfa(false).auto_prefilter(false))
        .build_from_hir(hir)
        .unwrap_or_else(|e| panic!("rule {name}: bad pattern: {e}"))
}

/// The regex of a rule for searches over the whole text.
fn compile_whole(hir: &Hir, name: &str) -> Regex {
    Regex::builder()
        .configure(meta_config())
        .build_from_hir(hir)
        .unwrap_or_else(|e| panic!("rule {name}: bad pattern: {e}"))
}

impl CompiledRule {
    /// The rule's regex for anchored, bounded capture searches.
    fn anchored(&self) -> &Regex {
        self.anchored
            .get_or_init(|| compile_anchored(&self.indexed_hir, self.rule.name))
    }

    /// The rule's regex for whole-text searches.
    fn whole(&self) -> &Regex {
        self.whole
            .get_or_init(|| compile_whole(&self.hir, self.rule.name))
    }
}

/// Whether every match of `hir` begins with an ASCII word boundary assertion.
fn starts_with_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(Look::WordAscii) => true,
        HirKind::Concat(xs) => xs.first().is_some_and(starts_with_word_boundary),
        HirKind::Capture(c) => starts_with_word_boundary(&c.sub),
        HirKind::Alternation(xs) => xs.iter().all(starts_with_word_boundary),
        _ => false,
    }
}

/// The literals every match of `pattern` begins with, lower-cased, when there is a
/// finite set of non-empty ones that an ASCII-case-insensitive search can find; `None`
/// otherwise. The literals come from the pattern read case-sensitively: its
/// case-insensitive matches begin with one of them up to case.
fn prefix_literals(pattern: &str) -> Option<(Vec<Vec<u8>>, bool)> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(false)
        .build()
        .parse(&expand(pattern).replace(r"\d", "[0-9]"))
        .ok()?;
    if hir.properties().minimum_len().is_none_or(|n| n == 0) {
        return None;
    }
    // Longer literals find fewer false starts; products of alternations and digit classes
    // grow fast, so take the longest literal length that keeps the set finite. Past 4
    // bytes the gate rejects the extra false starts as cheaply as a bigger literal
    // automaton would, and that automaton costs start-up time to build.
    (1..=4).rev().find_map(|len| {
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_class(16)
            .limit_total(5000)
            .limit_literal_len(len)
            .extract(&hir);
        let mut out = Vec::new();
        for lit in seq.literals()? {
            let bytes = lit.as_bytes();
            if bytes.is_empty() {
                return None;
            }
            // A non-ASCII letter would need Unicode case folding, which the index lacks. (A
            // literal cut short may end inside a character; its bytes still begin matches.)
            if String::from_utf8_lossy(bytes)
                .chars()
                .any(|c| !c.is_ascii() && c.is_alphabetic())
            {
                return None;
            }
            out.push(bytes.to_ascii_lowercase());
        }
        Some((out, starts_with_word_boundary(&hir)))
    })
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let unseen_chars = unseen_chars();
    let unseen = unseen_class(&unseen_chars);
    let mut literals: Vec<Vec<u8>> = Vec::new();
    let mut literal_rules: Vec<Vec<usize>> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let rules = super::rules::all()
        .enumerate()
        .map(|(i, rule)| {
            let prefixes = prefix_literals(rule.pattern);
            let (lits, word_boundary) = prefixes.clone().unwrap_or_default();
            for lit in lits {
                let id = *index.entry(lit.clone()).or_insert_with(|| {
                    literals.push(lit);
                    literal_rules.push(Vec::new());
                    literals.len() - 1
                });
                if literal_rules[id].last() != Some(&i) {
                    literal_rules[id].push(i);
                }
            }
            let hir = parse(rule.pattern, rule.name);
            let indexed_hir = without(&hir, &unseen);
            CompiledRule {
                rule,
                anchored: OnceLock::new(),
                whole: OnceLock::new(),
                hir,
                indexed_hir,
                word_boundary,
                indexed: prefixes.is_some(),
            }
        })
        .collect::<Vec<_>>();
    // Only where a match can start matters, not which literal is there: a literal that
    // has another one as a prefix adds no position, so keep the shortest ones (in sorted
    // order, the literals a prefix begins follow it), each needing a word boundary only if
    // all those it stands for do. Fewer, shorter literals leave fewer to compare at a
    // position.
    let mut by_literal: Vec<(Vec<u8>, bool)> = literals
        .into_iter()
        .zip(&literal_rules)
        .map(|(lit, rs)| (lit, rs.iter().all(|&r| rules[r].word_boundary)))
        .collect();
    by_literal.sort();
    let mut shortest: Vec<(Vec<u8>, bool)> = Vec::new();
    for (lit, needs_boundary) in by_literal {
        match shortest.last_mut() {
            Some((prefix, needs)) if lit.starts_with(prefix) => *needs &= needs_boundary,
            _ => shortest.push((lit, needs_boundary)),
        }
    }
    let gate_rules: Vec<usize> = (0..rules.len()).filter(|&r| rules[r].indexed).collect();
    let gate_nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(256 << 20))
                .shrink(false)
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_many_from_hir(
            &gate_rules
                .iter()
                .map(|&r| &rules[r].indexed_hir)
                .collect::<Vec<_>>(),
        )
        .expect("the rules' patterns build one NFA");
    let gate = hybrid::dfa::DFA::builder()
        .configure(
            hybrid::dfa::Config::new()
                .match_kind(regex_automata::MatchKind::All)
                .cache_capacity(64 << 20),
        )
        .build_from_nfa(gate_nfa)
        .expect("the rules' patterns build one lazy DFA");
    let starts = StartIndex::new(&shortest, unseen_chars);
    Compiled {
        rules,
        starts,
        gate,
        gate_rules,
    }
});

/// Search state for one thread: a cache per rule's regexes, the gate's cache, and per rule
/// the starts the gate confirmed, each with the end of the rule's longest match there
/// (`None`: the gate gave up there, search the whole text from it).
struct Caches {
    anchored: Vec<Option<meta::Cache>>,
    whole: Vec<Option<meta::Cache>>,
    gate: hybrid::dfa::Cache,
    confirmed: Vec<Vec<(usize, Option<usize>)>>,
    /// For each gate pattern, the end of its longest match at the current start (0: none).
    ends: Vec<usize>,
    /// The gate patterns with an entry in `ends`.
    matched: Vec<usize>,
    /// Each rule's captures, reused from text to text (built with the first regex of the
    /// rule used: its two regexes have the same groups).
    caps: Vec<Option<Captures>>,
}

thread_local! {
    /// Search caches, one set per thread (built on first use).
    static CACHES: RefCell<Option<Caches>> = const { RefCell::new(None) };
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where the indexed rules' matches can start in `text`: the increasing positions where a
/// prefix literal occurs (at a word boundary, when every rule it begins needs one). `None`
/// when the text holds a character the index cannot see.
///
/// A byte at a word boundary begins a literal only if one begins with it; elsewhere
/// (inside a word, inside a run of spaces) only if a literal that needs no boundary does,
/// which few do: most bytes are passed over after one table look-up.
fn possible_starts(c: &Compiled, text: &str) -> Option<Vec<usize>> {
    let index = &c.starts;
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(text.len() / 16);
    let steps = &index.steps;
    // The byte before the text is read as a non-word byte.
    let mut prev = 0u8;
    for (s, &b) in bytes.iter().enumerate() {
        let step = steps[usize::from(prev) << 8 | usize::from(b)];
        prev = b;
        if step & LOOK == 0 {
            continue;
        }
        if step & SENTINEL_LEAD != 0 && index.sentinel_at(text, s) {
            return None;
        }
        if index.literal_at(bytes, s, step & BOUNDARY != 0) {
            starts.push(s);
        }
    }
    Some(starts)
}

/// Runs every rule over `text` and returns all candidates, overlapping ones included:
/// for each rule in family order, its matches in text order (each rule's matches do not
/// overlap one another, as with a regex's `captures_iter`).
pub fn recognize(text: &str) -> Vec<Candidate> {
    let c = &*COMPILED;
    let mut out = Vec::new();
    each_match(text, |i, caps| {
        produce(c.rules[i].rule, caps, text, &mut out)
    });
    out
}

/// Calls `f` with each rule's index and each of its matches, rule by rule in family
/// order, each rule's matches in text order.
///
/// One pass over the text looking up the rules' prefix literals finds where
/// matches can start; at each, the gate (one lazy DFA over every indexed rule's pattern)
/// tells which rules have a match starting there; each rule's regex then runs anchored at
/// those positions only, taking the first that matches and going on after its end. Every
/// match begins with one of its rule's prefix literals (and, for a pattern that begins
/// with `\b`, at a word boundary), so the first position where an anchored search
/// matches is where the leftmost match of a search of the whole text begins, and the
/// anchored search finds the same match there: the matches are exactly those of
/// searching the whole text from left to right, as `captures_iter` does (a test compares
/// the two on the TimeBank/AQUAINT text, the seed article and generated text).
fn each_match(text: &str, mut f: impl FnMut(usize, &Captures)) {
    let c = &*COMPILED;
    let starts = possible_starts(c, text);
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        let caches = caches.get_or_insert_with(|| Caches {
            anchored: c.rules.iter().map(|_| None).collect(),
            whole: c.rules.iter().map(|_| None).collect(),
            gate: c.gate.create_cache(),
            confirmed: vec![Vec::new(); c.rules.len()],
            ends: vec![0; c.gate.pattern_len()],
            matched: Vec::new(),
            caps: c.rules.iter().map(|_| None).collect(),
        });
        for list in &mut caches.confirmed {
            list.clear();
        }
        if let Some(starts) = &starts {
            for &s in starts {
                confirm(c, caches, text, s);
            }
        }
        for (i, cr) in c.rules.iter().enumerate() {
            // The two regexes of a rule come from one parsed pattern: their captures
            // have the same groups.
            if starts.is_some() && cr.indexed {
                if caches.confirmed[i].is_empty() {
                    continue;
                }
                let anchored = cr.anchored();
                let caps = caches.caps[i].get_or_insert_with(|| anchored.create_captures());
                let anchored_cache =
                    caches.anchored[i].get_or_insert_with(|| anchored.create_cache());
                let mut from = 0;
                for &(s, end) in &caches.confirmed[i] {
                    if s < from {
                        continue;
                    }
                    match end {
                        // No match of the rule at `s` ends past `end`, so its first one
                        // lies in `s..end` (look-arounds still see the text around it).
                        Some(end) => {
                            let input = Input::new(text).range(s..end).anchored(Anchored::Yes);
                            anchored.search_captures_with(anchored_cache, &input, caps);
                        }
                        None => {
                            let whole = cr.whole();
                            let cache = caches.whole[i].get_or_insert_with(|| whole.create_cache());
                            let input = Input::new(text).range(s..).anchored(Anchored::Yes);
                            whole.search_captures_with(cache, &input, caps);
                        }
                    }
                    let Some(m) = caps.get_match() else { continue };
                    from = m.end();
                    f(i, caps);
                }
            } else {
                let whole = cr.whole();
                let caps = caches.caps[i].get_or_insert_with(|| whole.create_captures());
                let cache = caches.whole[i].get_or_insert_with(|| whole.create_cache());
                search_all(whole, cache, text, caps, |caps| f(i, caps));
            }
        }
    });
}

/// Runs the gate anchored at `s`: each rule with a match starting there gets `s` and the
/// end of its longest match there in its confirmed list; if the gate gives up, every
/// indexed rule gets `s` with no end.
fn confirm(c: &Compiled, caches: &mut Caches, text: &str, s: usize) {
    let (ends, matched) = (&mut caches.ends, &mut caches.matched);
    let finished = walk_gate(&c.gate, &mut caches.gate, text, s, |p, end| {
        if ends[p] == 0 {
            matched.push(p);
        }
        ends[p] = ends[p].max(end);
    })
    .is_ok();
    for &p in &caches.matched {
        if finished {
            caches.confirmed[c.gate_rules[p]].push((s, Some(caches.ends[p])));
        }
        caches.ends[p] = 0;
    }
    caches.matched.clear();
    if !finished {
        for &r in &c.gate_rules {
            caches.confirmed[r].push((s, None));
        }
    }
}

/// Walks the gate's lazy DFA from `s` (anchored there) until it dies or the text ends,
/// calling `f` with the pattern and end of every match, as an overlapping search reports
/// them; `Err` when the DFA gives up. Taking the transitions one by one costs far less
/// per start than a search call per match, and most starts die within a few bytes.
fn walk_gate(
    gate: &hybrid::dfa::DFA,
    cache: &mut hybrid::dfa::Cache,
    text: &str,
    s: usize,
    mut f: impl FnMut(usize, usize),
) -> Result<(), ()> {
    let input = Input::new(text).range(s..).anchored(Anchored::Yes);
    let mut sid = gate.start_state_forward(cache, &input).map_err(drop)?;
    // Matches are delayed by one byte: a match state reached on the byte at `at` holds
    // the matches that end at `at`.
    let mut report = |cache: &mut hybrid::dfa::Cache, sid, at| {
        for i in 0..gate.match_len(cache, sid) {
            f(gate.match_pattern(cache, sid, i).as_usize(), at);
        }
    };
    for (at, &b) in text.as_bytes().iter().enumerate().skip(s) {
        sid = gate.next_state(cache, sid, b).map_err(drop)?;
        if sid.is_tagged() {
            if sid.is_match() {
                report(cache, sid, at);
            } else if sid.is_dead() {
                return Ok(());
            } else if sid.is_quit() {
                return Err(());
            }
        }
    }
    sid = gate.next_eoi_state(cache, sid).map_err(drop)?;
    if sid.is_match() {
        report(cache, sid, text.len());
    }
    Ok(())
}

/// Runs one rule's production on a match, keeping the candidate it gives.
fn produce(rule: &'static Rule, caps: &Captures, text: &str, out: &mut Vec<Candidate>) {
    let hit = Hit {
        caps,
        text,
        rule: rule.name,
    };
    if let Some(cand) = (rule.produce)(&hit)
        && (rule.name == "holiday" || !in_a_title(text, cand.span))
    {
        out.push(cand);
    }
}

/// Searches the whole text for one rule's matches, left to right.
fn search_all(
    regex: &Regex,
    cache: &mut meta::Cache,
    text: &str,
    caps: &mut Captures,
    mut f: impl FnMut(&Captures),
) {
    let mut it = regex_automata::util::iter::Searcher::new(Input::new(text));
    while it
        .advance(|input| {
            regex.search_captures_with(cache, input, caps);
            Ok(caps.get_match())
        })
        .is_some()
    {
        f(caps);
    }
}

/// Time words that are written in lower case unless they start a sentence or belong to a
/// name or title ("This Week", "60 Minutes", "High Noon", "VOA Today").
const LOWER_CASE_WORDS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "noon",
    "midnight",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "now",
    "morning",
    "afternoon",
    "evening",
    "night",
    "future",
    "past",
];

/// Whether a candidate is part of a title or name: one of its [`LOWER_CASE_WORDS`] is
/// capitalized ("Week", "Minutes") where a sentence does not start.
fn in_a_title(text: &str, span: Span) -> bool {
    let mut pos = span.start;
    for word in text[span.start..span.end].split(|c: char| !c.is_alphanumeric()) {
        let at = pos;
        pos += word.len() + 1;
        let mut chars = word.chars();
        let titled = chars.next().is_some_and(char::is_uppercase)
            && word.len() > 1
            && chars.all(char::is_lowercase);
        if !titled || !LOWER_CASE_WORDS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let before = text[..at].trim_end_matches([' ', '\t', '"', '“', '‘', '\'', '`', '(', '[']);
        let starts_sentence =
            before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', ';', '—', '-']);
        if !starts_sentence {
            return true;
        }
    }
    false
}

/// Runs one rule by name over `text` (for tests and `--explain`).
pub fn recognize_with(rule_name: &str, text: &str) -> Vec<Candidate> {
    let c = &*COMPILED;
    let Some(cr) = c.rules.iter().find(|r| r.rule.name == rule_name) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let whole = cr.whole();
    let mut caps = whole.create_captures();
    search_all(whole, &mut whole.create_cache(), text, &mut caps, |caps| {
        produce(cr.rule, caps, text, &mut out)
    });
    out
}

/// The names of all rules, in family order.
pub fn rule_names() -> Vec<&'static str> {
    COMPILED.rules.iter().map(|r| r.rule.name).collect()
}

/// The names of the rules that the literal index cannot serve (searched over the whole
/// text instead), for profiling.
#[doc(hidden)]
pub fn unindexed_rules() -> Vec<&'static str> {
    COMPILED
        .rules
        .iter()
        .filter(|r| !r.indexed)
        .map(|r| r.rule.name)
        .collect()
}

/// For each rule, in family order: its name, how many possible starts (of any rule) the
/// literal index finds in `text` (`None` when it is searched over the whole text) and how many
/// matches it has, for profiling.
#[doc(hidden)]
pub fn start_counts(text: &str) -> Vec<(&'static str, Option<usize>, usize)> {
    let c = &*COMPILED;
    let starts = possible_starts(c, text);
    let mut matches = vec![0; c.rules.len()];
    each_match(text, |i, _| matches[i] += 1);
    c.rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let n = starts.as_ref().filter(|_| r.indexed).map(Vec::len);
            (r.rule.name, n, matches[i])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Groups = Vec<Option<(usize, usize)>>;

    /// The engine as it was: each rule's own `regex::Regex` over the whole text, in rule
    /// order; every match with the spans of all its groups.
    fn old_matches(text: &str) -> Vec<(usize, Groups)> {
        static OLD: LazyLock<Vec<regex::Regex>> = LazyLock::new(|| {
            super::super::rules::all()
                .map(|r| {
                    regex::RegexBuilder::new(&expand(r.pattern))
                        .case_insensitive(true)
                        .size_limit(64 << 20)
                        .dfa_size_limit(64 << 20)
                        .build()
                        .unwrap()
                })
                .collect()
        });
        let mut out = Vec::new();
        for (i, re) in OLD.iter().enumerate() {
            for caps in re.captures_iter(text) {
                let groups = caps.iter().map(|m| m.map(|m| (m.start(), m.end())));
                out.push((i, groups.collect()));
            }
        }
        out
    }

    fn new_matches(text: &str) -> Vec<(usize, Groups)> {
        let mut out = Vec::new();
        each_match(text, |i, caps| {
            let groups = caps.iter().map(|m| m.map(|m| (m.start, m.end)));
            out.push((i, groups.collect()));
        });
        out
    }

    fn assert_same(name: &str, text: &str) {
        let (old, new) = (old_matches(text), new_matches(text));
        if old != new {
            let at = old.iter().zip(&new).position(|(a, b)| a != b);
            panic!(
                "{name}: {} old matches, {} new; first difference at {at:?}: {:?} vs {:?}",
                old.len(),
                new.len(),
                at.map(|i| &old[i]),
                at.map(|i| &new[i])
            );
        }
    }

    /// Deterministic text from news words, odd spellings, digits, punctuation and the
    /// characters that case folding treats specially.
    fn generated(seed: u64, words: usize) -> String {
        const VOCAB: &[&str] = &[
            "the",
            "The",
            "THE",
            "on",
            "in",
            "of",
            "a",
            "an",
            "last",
            "next",
            "this",
            "past",
            "Monday",
            "tuesday",
            "WED.",
            "Thurs.",
            "sat.",
            "May",
            "march",
            "Sept.",
            "aug",
            "December",
            "2021",
            "1999",
            "20",
            "1990s",
            "'90s",
            "’80s",
            "3:45",
            "p.m.",
            "PM",
            "EDT",
            "year",
            "years",
            "week",
            "weekend",
            "days",
            "ago",
            "later",
            "early",
            "mid-",
            "late",
            "fall",
            "spring",
            "Q3",
            "FY2020",
            "first",
            "third",
            "quarter",
            "half",
            "century",
            "19th",
            "every",
            "twice",
            "a",
            "day",
            "now",
            "recently",
            "today",
            "yesterday",
            "noon",
            "o'clock",
            "Christmas",
            "Eve",
            "New",
            "Year's",
            "2021-08-31",
            "08/31/2021",
            "14:05",
            "twenty-one",
            "one",
            ",",
            ".",
            "-",
            "—",
            "\n",
            "\n\n",
            "é",
            "Ümit",
            "_",
            "x2021",
            "2021x",
            "fiscal",
            "calendar",
        ];
        let mut x = seed;
        let mut s = String::new();
        for _ in 0..words {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let w = VOCAB[(x >> 33) as usize % VOCAB.len()];
            s.push_str(w);
            if !(x >> 20).is_multiple_of(4) {
                s.push(' ');
            }
        }
        s
    }

    #[test]
    fn index_finds_exactly_the_whole_text_matches_on_the_seed_article() {
        let seed = include_str!("../../input/afghanistan-milley-2021-09-01.txt");
        assert_same("seed", seed);
        assert!(!new_matches(seed).is_empty());
    }

    #[test]
    fn index_finds_exactly_the_whole_text_matches_on_generated_text() {
        for seed in 0..40 {
            let text = generated(seed, 3000);
            assert_same(&format!("generated {seed}"), &text);
        }
        // With characters that fold to ASCII letters, or digits beyond 0-9, the index
        // steps aside.
        for odd in [
            "\u{17F}unday",
            "\u{212A}",
            "\u{662}\u{660}\u{662}\u{661} years ago",
        ] {
            let text = format!("{} {odd} {}", generated(7, 500), generated(8, 50));
            assert!(possible_starts(&COMPILED, &text).is_none());
            assert_same(odd, &text);
        }
    }

    #[test]
    fn index_finds_exactly_the_whole_text_matches_on_timebank_and_aquaint() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/tbaq");
        let Ok(dirs) = std::fs::read_dir(root) else {
            eprintln!("skipped: no corpus at {root}");
            return;
        };
        let mut files = Vec::new();
        for d in dirs.flatten().filter(|d| d.path().is_dir()) {
            for f in std::fs::read_dir(d.path()).unwrap().flatten() {
                if f.path().extension().is_some_and(|e| e == "tml") {
                    files.push(f.path());
                }
            }
        }
        files.sort();
        assert!(files.len() > 100, "corpus has {} documents", files.len());
        let mut all = String::new();
        for f in &files {
            let src = std::fs::read_to_string(f).unwrap();
            let tml = crate::timeml::TimeMl::parse(&src).unwrap();
            assert_same(&f.display().to_string(), &tml.text);
            all.push_str(&tml.text);
        }
        assert_same("the whole corpus as one text", &all);
    }

    #[test]
    fn only_long_s_and_kelvin_fold_to_ascii_letters() {
        let re = Regex::builder()
            .syntax(syntax(true))
            .build("^[a-z]$")
            .unwrap();
        let folding: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| re.is_match(c.encode_utf8(&mut [0; 4]) as &str))
            .collect();
        let sentinels: Vec<char> = FOLD_SENTINELS
            .iter()
            .map(|s| s.chars().next().unwrap())
            .collect();
        assert_eq!(folding, sentinels);
    }

    #[test]
    fn without_keeps_unchanged_subtrees_as_a_full_rebuild_would() {
        fn rebuilt(hir: &Hir, unseen: &ClassUnicode) -> Hir {
            match hir.kind() {
                HirKind::Class(Class::Unicode(class)) => {
                    let mut class = class.clone();
                    class.difference(unseen);
                    Hir::class(Class::Unicode(class))
                }
                HirKind::Repetition(r) => Hir::repetition(Repetition {
                    min: r.min,
                    max: r.max,
                    greedy: r.greedy,
                    sub: Box::new(rebuilt(&r.sub, unseen)),
                }),
                HirKind::Capture(c) => Hir::capture(Capture {
                    index: c.index,
                    name: c.name.clone(),
                    sub: Box::new(rebuilt(&c.sub, unseen)),
                }),
                HirKind::Concat(xs) => Hir::concat(xs.iter().map(|x| rebuilt(x, unseen)).collect()),
                HirKind::Alternation(xs) => {
                    Hir::alternation(xs.iter().map(|x| rebuilt(x, unseen)).collect())
                }
                _ => hir.clone(),
            }
        }
        let unseen = unseen_class(&unseen_chars());
        for r in &COMPILED.rules {
            assert_eq!(r.indexed_hir, rebuilt(&r.hir, &unseen), "{}", r.rule.name);
        }
    }

    /// The possible starts as the index defines them, literal by literal at every byte.
    fn naive_starts(index: &StartIndex, text: &str) -> Option<Vec<usize>> {
        if text.chars().any(|c| index.sentinels.contains(&c)) {
            return None;
        }
        let b = text.as_bytes();
        let at = |s: usize, lit: &[u8], needs_boundary: bool| {
            b[s..].len() >= lit.len()
                && b[s..s + lit.len()].eq_ignore_ascii_case(lit)
                && (!needs_boundary || (s > 0 && is_word_byte(b[s - 1])) != is_word_byte(b[s]))
        };
        let starts = (0..b.len()).filter(|&s| {
            index
                .given
                .iter()
                .any(|(lit, needs_boundary)| at(s, lit, *needs_boundary))
        });
        Some(starts.collect())
    }

    #[test]
    fn start_index_finds_every_literal_occurrence() {
        let index = &COMPILED.starts;
        let mut texts = vec![
            include_str!("../../input/afghanistan-milley-2021-09-01.txt").to_string(),
            "THE '90s ’80s mid-May, a_2021 _the 2021x them Q3".to_string(),
            "\u{17F}unday".to_string(),
            "x \u{662}\u{660}".to_string(),
            "the".to_string(),
            "a".to_string(),
            String::new(),
        ];
        texts.extend((0..20).map(|seed| generated(seed, 2000)));
        for text in &texts {
            assert_eq!(
                possible_starts(&COMPILED, text),
                naive_starts(index, text),
                "{text:.60}"
            );
        }
    }

    #[test]
    fn most_rules_are_served_by_the_index() {
        let unindexed = unindexed_rules();
        assert!(unindexed.len() * 10 < rule_names().len(), "{unindexed:?}");
    }
}
