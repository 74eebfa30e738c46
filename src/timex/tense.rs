//! The tense of the clause around a time expression, from verb cues in its sentence: it
//! tells a bare "Saturday" or "December" in news which way to look from the DCT.
//!
//! The cue nearest to the expression wins (ties go to the cue before it): future cues
//! ("will", "'ll", "is expected to", "plans to", "next"), past cues ("was", "did", "said",
//! irregular pasts, verbs ending in -ed), present cues ("is", "are", "says").

use super::rules::WordSet;
use std::borrow::Cow;

use crate::text::Span;

/// The tense of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past: "the strike was carried out on Saturday".
    Past,
    /// Present: "the meeting is on Monday".
    Present,
    /// Future: "the talks will resume on Monday".
    Future,
    /// No verb cue found.
    Unknown,
}

static FUTURE: WordSet = WordSet::new(&[
    "will",
    "'ll",
    "’ll",
    "shall",
    "would",
    "wouldn't",
    "wouldn’t",
    "wo",
    "won't",
    "won’t",
    "upcoming",
    "scheduled",
    "expected",
    "expects",
    "due",
    "intends",
    "aims",
    "hopes",
    "going",
    "tomorrow",
    "next",
    "forthcoming",
    "slated",
]);

static PAST: WordSet = WordSet::new(&[
    "was",
    "were",
    "had",
    "did",
    "didn't",
    "didn’t",
    "said",
    "told",
    "met",
    "went",
    "came",
    "took",
    "made",
    "saw",
    "began",
    "fell",
    "rose",
    "won",
    "lost",
    "left",
    "held",
    "led",
    "ran",
    "gave",
    "got",
    "found",
    "thought",
    "became",
    "brought",
    "bought",
    "sent",
    "spent",
    "kept",
    "shot",
    "struck",
    "fought",
    "knew",
    "grew",
    "threw",
    "flew",
    "drew",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "froze",
    "stole",
    "rode",
    "drove",
    "ate",
    "sat",
    "stood",
    "understood",
    "paid",
    "laid",
    "sold",
    "heard",
    "meant",
    "felt",
    "dealt",
    "built",
    "lent",
    "slept",
    "fled",
    "sought",
    "taught",
    "caught",
    "hung",
    "sang",
    "sank",
    "arose",
    "forgot",
    "hid",
    "shook",
    "withdrew",
    "overthrew",
    "undertook",
    "overtook",
    "yesterday",
    "ago",
    "earlier",
    "last",
    "previously",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "hadn't",
    "hadn’t",
    "killed",
]);

static PRESENT: WordSet = WordSet::new(&[
    "is",
    "are",
    "am",
    "says",
    "has",
    "have",
    "does",
    "do",
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "remains",
    "continues",
    "today",
    "now",
    "currently",
]);

/// Words ending in "-ed" that are not past-tense verbs, or that point elsewhere.
static NOT_PAST_ED: WordSet = WordSet::new(&[
    "need",
    "speed",
    "indeed",
    "red",
    "bed",
    "hundred",
    "seed",
    "feed",
    "proceed",
    "exceed",
    "succeed",
    "united",
    "limited",
    "based",
    "armed",
    "related",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "breed",
    "weed",
    "greed",
    "shed",
    "shred",
    "sled",
    "wed",
    "led",
    "fled",
    "bled",
    "fed",
    "sped",
    "bred",
    "unprecedented",
    "detailed",
    "advanced",
    "skilled",
    "concerned",
    "involved",
    "interested",
    "supposed",
    "used",
    "so-called",
    "alleged",
    "aged",
    "beloved",
    "naked",
    "wicked",
    "sacred",
    "rugged",
    "ragged",
    "crooked",
    "learned",
    "embed",
]);

fn cue(word: &str) -> Option<Tense> {
    if FUTURE.contains(word) {
        return Some(Tense::Future);
    }
    if PAST.contains(word) {
        return Some(Tense::Past);
    }
    if PRESENT.contains(word) {
        return Some(Tense::Present);
    }
    if word.len() > 4 && word.ends_with("ed") && !NOT_PAST_ED.contains(word) {
        return Some(Tense::Past);
    }
    None
}

/// Two-word cues that point to the future even around a past form: "set to resume",
/// "planned to leave", "is expected to".
const FUTURE_PAIRS: &[(&str, &str)] = &[
    ("set", "to"),
    ("planning", "to"),
    ("plans", "to"),
    ("expected", "to"),
    ("scheduled", "to"),
    ("scheduled", "for"),
    ("due", "to"),
    ("going", "to"),
    ("about", "to"),
    ("is", "to"),
    ("are", "to"),
    ("was", "to"),
    ("were", "to"),
    ("hopes", "to"),
    ("intends", "to"),
    ("aims", "to"),
    ("will", "be"),
];

/// Whether `s` ends with the ASCII `suffix`, ignoring ASCII case.
fn ends_with_ignoring_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Words right before an expression that fix its direction whatever the verb says:
/// "since Tuesday" looks back; "effective Feb. 1", "starting Monday", "as soon as
/// Tuesday" look ahead. ("until" and "from" follow the verb: "until Thursday they had not
/// called", "prices came down from mid-October".)
pub fn direction_word(before: &str) -> Option<Tense> {
    let trimmed = before.trim_end();
    // Only the last five words matter: lower-case those, not the whole sentence before.
    let lowered: Vec<Cow<str>> = trimmed
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(|w| {
            if w.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    let mut recent = lowered.iter().map(|w| w.as_ref());
    let last = recent.next().unwrap_or("");
    let earlier: Vec<&str> = recent.collect();
    match last {
        "since" => return Some(Tense::Past),
        "effective" | "starting" | "beginning" => return Some(Tense::Future),
        "as" if ends_with_ignoring_case(trimmed, "as soon as") => return Some(Tense::Future),
        // "postponed until Tuesday", "extended the deadline until Friday": a delay points
        // past the verb that reports it.
        "until" | "till" | "to" if earlier.iter().any(|w| DELAY.contains(w)) => {
            return Some(Tense::Future);
        }
        _ => {}
    }
    // "since shortly after the Oct. 23 slaying": "since" a few words back, with only
    // words that narrow the point in between.
    let mut words = std::iter::once(last).chain(earlier.iter().copied());
    words
        .find(|w| !SINCE_NARROWERS.contains(w))
        .filter(|w| *w == "since")
        .map(|_| Tense::Past)
}

/// Verbs of delay: the time after their "until" lies ahead of them.
const DELAY: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "adjourned",
    "extended",
    "suspended",
    "recessed",
    "rescheduled",
    "put",
    "pushed",
];

/// Words that may stand between "since" and its time: "since shortly after the Oct. 23
/// slaying", "since early last week".
const SINCE_NARROWERS: &[&str] = &[
    "shortly", "just", "soon", "right", "after", "before", "the", "a", "an", "early", "late",
    "mid", "at", "least",
];

/// The words of `s`, lower-cased (borrowed when they already are: most are).
fn words(s: &str) -> impl DoubleEndedIterator<Item = Cow<'_, str>> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
}

/// The tense a word gives its clause, seen with its neighbours in the sentence (`None`
/// at either end).
fn cue_between(prev: Option<&str>, word: &str, next: Option<&str>) -> Option<Tense> {
    if let Some(next) = next
        && FUTURE_PAIRS.contains(&(word, next))
    {
        return Some(Tense::Future);
    }
    // "next to the embassy", "next door" place things, not times.
    if word == "next" && matches!(next, Some("to" | "door")) {
        return None;
    }
    // The present perfect ("have been searching", "has been closed") looks back.
    if matches!(word, "has" | "have" | "hasn't" | "haven't") && next == Some("been") {
        return Some(Tense::Past);
    }
    let t = cue(word)?;
    // A participle after an auxiliary takes its tense from it: "has gathered" (the
    // perfect) is past, "is expected" present, "will be held" future — "be" defers to
    // the word before it, which is read as its own cue.
    if t == Tense::Past
        && let Some(prev) = prev
    {
        match prev {
            "has" | "have" | "had" | "having" => return Some(Tense::Past),
            "be" | "been" | "being" => return None,
            "is" | "are" | "am" => return Some(Tense::Present),
            "will" | "would" => return Some(Tense::Future),
            _ => {}
        }
    }
    Some(t)
}

/// How many quote marks `s` holds: "``" and "''" pairs, curly and straight double quotes.
/// One pass over the bytes (this runs for every expression with a DCT).
fn quote_marks(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'`' | b'\'' if b.get(i + 1) == Some(&b[i]) => {
                n += 1;
                i += 2;
                continue;
            }
            b'"' => n += 1,
            // “ and ” are E2 80 9C and E2 80 9D.
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)) => {
                n += 1;
                i += 3;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    n
}

/// The part of `after` that is still inside a quotation opened in `before`: the reporting
/// verb after a quote ("... at 4 a.m. Thursday,'' Castro said") does not give the quoted
/// words their tense.
fn inside_quote<'a>(before: &str, after: &'a str) -> &'a str {
    // Quote marks pair up whatever their shape (``...'', ''...'', “...”, "..."): an odd
    // number of them before the expression means it is inside a quotation.
    if quote_marks(before).is_multiple_of(2) {
        return after;
    }
    let end = ["''", "”", "\""]
        .iter()
        .filter_map(|q| after.find(q))
        .min()
        .unwrap_or(after.len());
    &after[..end]
}

/// The tense of the clause around `at` in `text`, looking only inside `sentence`.
pub fn tense_at(text: &str, sentence: Span, at: Span) -> Tense {
    let s = &text[sentence.start..sentence.end];
    let rel_start = at.start.saturating_sub(sentence.start).min(s.len());
    let rel_end = at.end.saturating_sub(sentence.start).min(s.len());
    if let Some(t) = direction_word(&s[..rel_start]) {
        return t;
    }
    // Nearest cue before (walking back) and after (walking forward); ties go before. Both
    // walks stop at the first cue, so a long sentence is not read whole for each
    // expression.
    let mut back_words = words(&s[..rel_start]).rev().peekable();
    let mut later: Option<Cow<str>> = None;
    let mut distance = 0;
    let back = loop {
        let Some(w) = back_words.next() else {
            break None;
        };
        distance += 1;
        let prev = back_words.peek().map(|p| p.as_ref());
        if let Some(t) = cue_between(prev, &w, later.as_deref()) {
            break Some((distance, t));
        }
        later = Some(w);
    };
    // A past form guessed from "-ed" alone after the expression is often a participle
    // modifying a noun ("new markets untouched by the crisis"), not the clause's verb: it
    // counts as twice as far.
    let guessed = |w: &str| !PAST.contains(w) && cue(w) == Some(Tense::Past);
    let mut after_words = words(inside_quote(&s[..rel_start], &s[rel_end..])).peekable();
    let mut earlier: Option<Cow<str>> = None;
    let mut i = 0;
    let fwd = loop {
        let Some(w) = after_words.next() else {
            break None;
        };
        let next = after_words.peek().map(|n| n.as_ref());
        if let Some(t) = cue_between(earlier.as_deref(), &w, next) {
            let weak = t == Tense::Past && guessed(&w) && i > 0;
            break Some((if weak { 2 * (i + 1) } else { i + 1 }, t));
        }
        earlier = Some(w);
        i += 1;
    };
    match (back, fwd) {
        (Some((db, tb)), Some((df, tf))) => {
            if df < db {
                tf
            } else {
                tb
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_marks_count_as_the_pattern_searches_did() {
        let reference = |s: &str| {
            s.matches("``").count() + s.matches("''").count() + s.matches(['“', '”', '"']).count()
        };
        for s in [
            "",
            "``He said'' it",
            "```triple''' marks",
            "“curly” and \"straight\" ones",
            "it's ''' a '' mix `` of “ marks",
            "naïve “é” ``",
        ] {
            assert_eq!(quote_marks(s), reference(s), "{s:?}");
        }
    }

    fn tense(sentence: &str, expr: &str) -> Tense {
        let i = sentence.find(expr).unwrap();
        tense_at(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(i, i + expr.len()),
        )
    }

    #[test]
    fn the_nearest_verb_cue_decides() {
        assert_eq!(
            tense(
                "On Saturday, the US military carried out a drone strike.",
                "Saturday"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("The talks will resume on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(tense("The vote is on Tuesday.", "Tuesday"), Tense::Present);
        assert_eq!(tense("Weather on Tuesday.", "Tuesday"), Tense::Unknown);
        assert_eq!(
            tense("The talks are set to resume Monday in Belfast.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense("The shares have gained since Tuesday.", "Tuesday"),
            Tense::Past
        );
        assert_eq!(
            tense("He said the pact is effective Feb. 1.", "Feb. 1"),
            Tense::Future
        );
        assert_eq!(
            tense(
                "twice last year, most recently in December, he met with them",
                "December"
            ),
            Tense::Past
        );
    }
}
