//! The recognition engine: rules are values (a name, a pattern, a production), grouped in
//! families under [`super::rules`]; this module compiles them once and runs them.
//!
//! Patterns are regexes, matched case-insensitively, with placeholders for the lexicon's
//! word lists (`{month}`, `{weekday}`, `{num}`, `{unit}`, `{ordinal}`, `{month_full}`,
//! `{numword}`). `\b` means an ASCII word boundary, which keeps every pattern runnable by
//! the regex crate's DFA. A [`RegexSet`] over all patterns finds, in one pass, which rules
//! can match a text at all; only those run their own search.

use std::sync::LazyLock;

use regex::{Captures, Regex, RegexBuilder, RegexSet, RegexSetBuilder};

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
    caps: Captures<'t>,
    text: &'t str,
    /// The rule's name.
    pub rule: &'static str,
}

impl<'t> Hit<'t> {
    /// The span of the whole match.
    pub fn span(&self) -> Span {
        let m = self.caps.get(0).expect("group 0 always matches");
        Span::new(m.start(), m.end())
    }

    /// The matched text.
    pub fn as_str(&self) -> &'t str {
        self.caps.get(0).map(|m| m.as_str()).unwrap_or("")
    }

    /// The text of a named group, when it took part in the match.
    pub fn get(&self, name: &str) -> Option<&'t str> {
        self.caps.name(name).map(|m| m.as_str())
    }

    /// The span of a named group.
    pub fn span_of(&self, name: &str) -> Option<Span> {
        self.caps.name(name).map(|m| Span::new(m.start(), m.end()))
    }

    /// Whether a named group took part in the match.
    pub fn has(&self, name: &str) -> bool {
        self.caps.name(name).is_some()
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

/// All rules, compiled.
struct Compiled {
    rules: Vec<&'static Rule>,
    regexes: Vec<Regex>,
    set: RegexSet,
}

fn compile(pattern: &str, name: &str) -> Regex {
    RegexBuilder::new(&expand(pattern))
        .case_insensitive(true)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("rule {name}: bad pattern: {e}"))
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let rules: Vec<&'static Rule> = super::rules::all().collect();
    let regexes = rules.iter().map(|r| compile(r.pattern, r.name)).collect();
    let set = RegexSetBuilder::new(rules.iter().map(|r| expand(r.pattern)))
        .case_insensitive(true)
        .size_limit(256 << 20)
        .dfa_size_limit(256 << 20)
        .build()
        .expect("rule patterns compile as a set");
    Compiled {
        rules,
        regexes,
        set,
    }
});

/// Runs every rule over `text` and returns all candidates, overlapping ones included.
pub fn recognize(text: &str) -> Vec<Candidate> {
    let c = &*COMPILED;
    let mut out = Vec::new();
    for i in c.set.matches(text).iter() {
        let rule = c.rules[i];
        for caps in c.regexes[i].captures_iter(text) {
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
    }
    out
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
    let Some(i) = c.rules.iter().position(|r| r.name == rule_name) else {
        return Vec::new();
    };
    c.regexes[i]
        .captures_iter(text)
        .filter_map(|caps| {
            (c.rules[i].produce)(&Hit {
                caps,
                text,
                rule: c.rules[i].name,
            })
        })
        .collect()
}

/// The names of all rules, in family order.
pub fn rule_names() -> Vec<&'static str> {
    COMPILED.rules.iter().map(|r| r.name).collect()
}
