//! Rule families: one module per family, each a `static` table of small rules. Every
//! family has a corpus of examples under `tests/corpus/<family>.tsv` that doubles as its
//! test (see `tests/corpus.rs`); adding a rule means adding its examples.
//!
//! | family | what it finds |
//! |---|---|
//! | [`absolute`] | dates with their year: "September 1, 2021", "2021-08-15", "the fall of 2001", "the 1990s" |
//! | [`partial`] | dates without a year: "August 31", "December", "Saturday", "the third quarter" |
//! | [`relative`] | deictic dates: "yesterday", "last week", "three years ago", "this morning" |
//! | [`anaphoric`] | dates relative to the narrative: "the next day", "two days later", "that year" |
//! | [`durations`] | "three weeks", "the past 20 years", "20-year", "decades" |
//! | [`sets`] | "daily", "every year", "twice a week", "on Sundays" |
//! | [`refs`] | "now", "recently", "the future" |
//! | [`times`] | "5:45 p.m.", "noon", "5:45 p.m. EDT" |
//! | [`holidays`] | "Christmas", "Thanksgiving", "Easter 2020" |

pub mod absolute;
pub mod anaphoric;
pub mod durations;
pub mod holidays;
pub mod partial;
pub mod refs;
pub mod relative;
pub mod sets;
pub mod times;

use std::borrow::Cow;
use std::sync::OnceLock;

use super::engine::{Hit, Rule};
use super::spec::{Candidate, Spec};
use crate::fnv::FnvSet;
use crate::value::{TimexType, Value};

/// Every rule of every family, in family order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    [
        absolute::RULES,
        partial::RULES,
        relative::RULES,
        anaphoric::RULES,
        durations::RULES,
        sets::RULES,
        refs::RULES,
        times::RULES,
        holidays::RULES,
    ]
    .into_iter()
    .flatten()
}

/// A candidate for the whole match.
pub(crate) fn cand(h: &Hit, ty: TimexType, spec: Spec) -> Candidate {
    Candidate::new(h.span(), h.rule, ty, spec)
}

/// A day of a month, with its year when one is written ("March 6, 2000") or to be found
/// from the context ("March 6"); `None` when the written year is not a number.
pub(crate) fn day_of_month(month: u8, day: u8, year: Option<&str>) -> Option<Spec> {
    let part = crate::value::DatePart::Day(Some(month), Some(day));
    Some(match year {
        Some(y) => Spec::Value(Value::Date(crate::value::Date {
            year: crate::value::Year::full(y.parse().ok()?),
            part,
        })),
        None => Spec::NoYear {
            part,
            dir: None,
            from: super::spec::From::Context,
        },
    })
}

/// A DATE candidate with a fully stated value.
pub(crate) fn date_value(h: &Hit, v: Value) -> Candidate {
    cand(h, TimexType::Date, Spec::Value(v))
}

/// Whether `s` starts with an upper-case letter.
pub(crate) fn capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether the match starts a sentence (only whitespace, quotes or a line start between
/// it and the previous full stop).
pub(crate) fn sentence_initial(h: &Hit) -> bool {
    let before = h.before(12);
    let t = before.trim_end_matches([' ', '\t', '"', '“', '‘', '\'', '(']);
    t.is_empty() || t.ends_with(['.', '!', '?', '\n', ':', '—'])
}

/// Whether the word right before the match is the first word of its sentence.
pub(crate) fn word_before_starts_sentence(h: &Hit) -> bool {
    let before = h.before(80).trim_end();
    let Some(w) = h.word_before() else {
        return false;
    };
    let rest = before[..before.len() - w.len().min(before.len())]
        .trim_end_matches([' ', '\t', '"', '“', '‘', '\'', '(']);
    rest.is_empty() || rest.ends_with(['.', '!', '?', '\n', ':', '—'])
}

/// Lower-cased word before the match (borrowed from the text when it already is: most
/// words are, and the rules ask on most matches).
pub(crate) fn prev_lower<'t>(h: &Hit<'t>) -> Cow<'t, str> {
    lower(h.word_before().unwrap_or(""))
}

/// Lower-cased word after the match (borrowed when it already is).
pub(crate) fn next_lower<'t>(h: &Hit<'t>) -> Cow<'t, str> {
    lower(h.word_after().unwrap_or(""))
}

/// `w` lower-cased, copied only when it has an upper-case letter.
fn lower(w: &str) -> Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// A long word list that rules consult on most of their matches, hashed on first use so
/// that a lookup is one probe rather than a scan of the list.
pub(crate) struct WordSet {
    /// The words, in any order.
    words: &'static [&'static str],
    /// The words, hashed.
    set: OnceLock<FnvSet<&'static str>>,
}

impl WordSet {
    /// The set of `words` (in any order; duplicates allowed).
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the words (compared exactly).
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Words that introduce a time expression ("in May", "since 2001").
pub(crate) static TIME_PREPOSITIONS: WordSet = WordSet::new(&[
    "in",
    "on",
    "since",
    "by",
    "until",
    "till",
    "til",
    "through",
    "throughout",
    "from",
    "to",
    "during",
    "of",
    "before",
    "after",
    "between",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "that",
    "until",
    "around",
    "about",
    "circa",
    "as",
    "for",
    "at",
    "into",
    "than",
    "within",
    "late-",
    "end",
    "beginning",
    "start",
    "middle",
    "past",
    "coming",
    "every",
    "each",
    "then",
    "also",
    "again",
    "either",
    "nor",
    "but",
]);
