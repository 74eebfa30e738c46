//! The recognition engine: rules are values (a name, a pattern, a production), grouped in
//! families under [`super::rules`]; this module compiles them once and runs them.
//!
//! Patterns are regexes, matched case-insensitively, with placeholders for the lexicon's
//! word lists (`{month}`, `{weekday}`, `{num}`, `{unit}`, `{ordinal}`, `{month_full}`,
//! `{numword}`). `\b` means an ASCII word boundary, which keeps every pattern runnable by
//! the regex crate's DFA.
//!
//! Running every rule's regex over a whole text costs one pass per rule. Instead, one
//! Aho-Corasick pass over the rules' prefix literals (the words every match of a rule
//! must begin with, taken from the pattern itself) finds where each rule's matches can
//! start, and the rule's regex runs anchored at those positions only; the matches are
//! exactly those of a whole-text search (see [`recognize`]'s helper and its tests).

use std::cell::RefCell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::hybrid;
use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};

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

    /// The text of a named group, when it took part in the match.
    pub fn get(&self, name: &str) -> Option<&'t str> {
        self.caps
            .get_group_by_name(name)
            .map(|m| &self.text[m.range()])
    }

    /// The span of a named group.
    pub fn span_of(&self, name: &str) -> Option<Span> {
        self.caps
            .get_group_by_name(name)
            .map(|m| Span::new(m.start, m.end))
    }

    /// Whether a named group took part in the match.
    pub fn has(&self, name: &str) -> bool {
        self.caps.get_group_by_name(name).is_some()
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
        .replace(r"\b", r"(?-u:\b)")
}

/// One rule, compiled.
struct CompiledRule {
    rule: &'static Rule,
    regex: Regex,
    /// Whether every match starts at an ASCII word boundary (the pattern begins with `\b`):
    /// a possible start then needs a word byte before it exactly when the literal found
    /// there does not begin with one.
    word_boundary: bool,
    /// Whether the rule has a complete set of prefix literals in [`Compiled::starts`]. A
    /// rule without one is searched for over the whole text.
    indexed: bool,
    /// A lazy DFA for the same pattern that answers, cheaply, whether a match starts at a
    /// position (most possible starts are not one); the regex then finds its groups.
    gate: hybrid::dfa::DFA,
}

/// All rules, compiled, and the index that finds where their matches can start.
struct Compiled {
    rules: Vec<CompiledRule>,
    /// One automaton over the prefix literals of every indexed rule (lower case, matched
    /// ignoring ASCII case), plus [`FOLD_SENTINELS`] last.
    starts: AhoCorasick,
    /// For each literal of `starts`, the rules it can begin. Patterns past these are
    /// sentinels: characters that make the index unusable for a text.
    literal_rules: Vec<Vec<usize>>,
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

fn compile(pattern: &str, name: &str) -> Regex {
    Regex::builder()
        .syntax(syntax(true))
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .onepass_size_limit(Some(64 << 20))
                .hybrid_cache_capacity(64 << 20)
                .dfa_size_limit(Some(64 << 20)),
        )
        .build(&expand(pattern))
        .unwrap_or_else(|e| panic!("rule {name}: bad pattern: {e}"))
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
    // grow fast, so take the longest literal length that keeps the set finite.
    (1..=6).rev().find_map(|len| {
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_class(16)
            .limit_total(500)
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
            CompiledRule {
                rule,
                regex: compile(rule.pattern, rule.name),
                word_boundary,
                indexed: prefixes.is_some(),
                gate: hybrid::dfa::DFA::builder()
                    .syntax(syntax(true))
                    .configure(hybrid::dfa::Config::new().cache_capacity(4 << 20))
                    .build(&expand(rule.pattern))
                    .unwrap_or_else(|e| panic!("rule {}: bad pattern: {e}", rule.name)),
            }
        })
        .collect();
    let digits = other_digits();
    let patterns = literals
        .iter()
        .map(Vec::as_slice)
        .chain(FOLD_SENTINELS.iter().map(|s| s.as_bytes()))
        .chain(digits.iter().map(|s| s.as_bytes()));
    let starts = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .expect("prefix literals build an automaton");
    Compiled {
        rules,
        starts,
        literal_rules,
    }
});

thread_local! {
    /// Search caches for the rules' regexes and gates, one set per thread.
    static CACHES: RefCell<Vec<(meta::Cache, hybrid::dfa::Cache)>> =
        const { RefCell::new(Vec::new()) };
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where each rule's matches can start in `text`: for each rule, the sorted positions
/// where one of its prefix literals occurs (and, for a rule that begins with `\b`, where
/// a word boundary is). `None` when the text holds a character the index cannot see.
fn possible_starts(c: &Compiled, text: &str) -> Option<Vec<Vec<usize>>> {
    let bytes = text.as_bytes();
    let sentinel = c.literal_rules.len();
    let mut starts: Vec<Vec<usize>> = vec![Vec::new(); c.rules.len()];
    for m in c.starts.find_overlapping_iter(text) {
        let id = m.pattern().as_usize();
        if id >= sentinel {
            return None;
        }
        let s = m.start();
        let first_is_word = is_word_byte(bytes[s]);
        let before_is_word = s > 0 && is_word_byte(bytes[s - 1]);
        for &r in &c.literal_rules[id] {
            if c.rules[r].word_boundary && before_is_word == first_is_word {
                continue;
            }
            starts[r].push(s);
        }
    }
    for s in &mut starts {
        s.sort_unstable();
        s.dedup();
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
/// One pass of an Aho-Corasick automaton over the rules' prefix literals finds where each
/// rule's matches can start; the rule's regex then runs anchored at those positions only,
/// taking the first that matches and going on after its end. Every match begins with one
/// of the rule's prefix literals (and, for a pattern that begins with `\b`, at a word
/// boundary), so the first position where an anchored search matches is where the
/// leftmost match of a search of the whole text begins, and the anchored search finds
/// the same match there: the matches are exactly those of searching the whole text from
/// left to right, as `captures_iter` does (a test compares the two on the
/// TimeBank/AQUAINT text, the seed article and generated text).
fn each_match(text: &str, mut f: impl FnMut(usize, &Captures)) {
    let c = &*COMPILED;
    let starts = possible_starts(c, text);
    CACHES.with(|caches| {
        let mut caches = caches.borrow_mut();
        if caches.is_empty() {
            caches.extend(
                c.rules
                    .iter()
                    .map(|r| (r.regex.create_cache(), r.gate.create_cache())),
            );
        }
        for (i, cr) in c.rules.iter().enumerate() {
            let (cache, gate_cache) = &mut caches[i];
            let mut caps = cr.regex.create_captures();
            match &starts {
                Some(starts) if cr.indexed => {
                    let mut from = 0;
                    for &s in &starts[i] {
                        if s < from {
                            continue;
                        }
                        let input = Input::new(text).range(s..).anchored(Anchored::Yes);
                        // No match here by the DFA's word (a give-up means "ask the regex").
                        if let Ok(None) = cr.gate.try_search_fwd(gate_cache, &input) {
                            continue;
                        }
                        cr.regex.search_captures_with(cache, &input, &mut caps);
                        let Some(m) = caps.get_match() else { continue };
                        from = m.end();
                        f(i, &caps);
                    }
                }
                _ => search_all(cr, cache, text, &mut caps, |caps| f(i, caps)),
            }
        }
    });
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
    cr: &CompiledRule,
    cache: &mut meta::Cache,
    text: &str,
    caps: &mut Captures,
    mut f: impl FnMut(&Captures),
) {
    let mut it = regex_automata::util::iter::Searcher::new(Input::new(text));
    while it
        .advance(|input| {
            cr.regex.search_captures_with(cache, input, caps);
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
    let mut caps = cr.regex.create_captures();
    search_all(cr, &mut cr.regex.create_cache(), text, &mut caps, |caps| {
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
    fn most_rules_are_served_by_the_index() {
        let unindexed = unindexed_rules();
        assert!(unindexed.len() * 10 < rule_names().len(), "{unindexed:?}");
    }
}
