//! Refiners: ordered passes over the selected candidates that merge and extend them. The
//! order matters and is this:
//!
//! 1. [`modifiers`] — a modifier right before an expression joins it and sets its TIMEX3
//!    `mod`: "mid-August" (MID), "early 2018" (START), "the end of 1990" (END), "about
//!    three weeks" (APPROX), "more than 20 years" (MORE_THAN), "post-1959" (AFTER).
//! 2. [`merge_time_and_day`] — a clock time next to a day becomes one TIME: "5:45 p.m.
//!    Thursday", "Thursday at 5:45 p.m.", "10 a.m. on Sept. 1".
//! 3. [`days_after_parentheticals`] — a clock time followed by a parenthetical and a day
//!    takes that day, the expressions staying separate: "10:35 a.m. (0735 GMT) Friday".
//! 4. [`share_years_in_ranges`] — in a range, the side without a year takes the other's:
//!    "March-April 2021", "from May to July 2020", "between June 3 and June 9, 2021".

use std::sync::LazyLock;

use regex::Regex;

use super::spec::{Candidate, Spec};
use crate::text::Span;
use crate::value::{Date, DatePart, Mod, TimeOfDay, TimexType, Value, Year};

/// Modifier phrases that can stand right before an expression, longest first, with the
/// mod they give to dates and to durations. All join the expression's extent except the
/// approximations in [`OUTSIDE_EXTENT`].
const MODIFIERS: &[(&str, Option<Mod>, Option<Mod>)] = &[
    ("the opening months of", Some(Mod::Start), None),
    ("the closing months of", Some(Mod::End), None),
    ("the closing weeks of", Some(Mod::End), None),
    ("the closing days of", Some(Mod::End), None),
    ("the early months of", Some(Mod::Start), None),
    ("the first months of", Some(Mod::Start), None),
    ("the final months of", Some(Mod::End), None),
    ("the last months of", Some(Mod::End), None),
    ("the first weeks of", Some(Mod::Start), None),
    ("the final weeks of", Some(Mod::End), None),
    ("the last weeks of", Some(Mod::End), None),
    ("the early days of", Some(Mod::Start), None),
    ("the first days of", Some(Mod::Start), None),
    ("the final days of", Some(Mod::End), None),
    ("the last days of", Some(Mod::End), None),
    ("the very beginning of", Some(Mod::Start), None),
    ("the very end of", Some(Mod::End), None),
    ("the beginning of", Some(Mod::Start), None),
    ("the start of", Some(Mod::Start), None),
    ("the middle of", Some(Mod::Mid), None),
    ("the end of", Some(Mod::End), None),
    ("the early", Some(Mod::Start), None),
    ("the mid", Some(Mod::Mid), None),
    ("the late", Some(Mod::End), None),
    ("no more than", None, Some(Mod::EqualOrLess)),
    ("no less than", None, Some(Mod::EqualOrMore)),
    ("more than", None, Some(Mod::MoreThan)),
    ("less than", None, Some(Mod::LessThan)),
    ("fewer than", None, Some(Mod::LessThan)),
    ("at least", None, Some(Mod::EqualOrMore)),
    ("at most", None, Some(Mod::EqualOrLess)),
    ("up to", None, Some(Mod::EqualOrLess)),
    ("approximately", Some(Mod::Approx), Some(Mod::Approx)),
    ("roughly", Some(Mod::Approx), Some(Mod::Approx)),
    ("around", Some(Mod::Approx), Some(Mod::Approx)),
    ("about", Some(Mod::Approx), Some(Mod::Approx)),
    ("circa", Some(Mod::Approx), Some(Mod::Approx)),
    ("nearly", None, Some(Mod::LessThan)),
    ("almost", None, Some(Mod::LessThan)),
    ("early", Some(Mod::Start), None),
    ("mid", Some(Mod::Mid), None),
    ("late", Some(Mod::End), None),
    ("over", None, Some(Mod::MoreThan)),
    ("post", Some(Mod::After), None),
    ("pre", Some(Mod::Before), None),
];

/// Approximations that set `mod="APPROX"` but stay outside the TIMEX3 extent, as TimeML
/// corpora annotate them ("about [three weeks]").
const OUTSIDE_EXTENT: &[&str] = &["approximately", "roughly", "around", "about", "circa"];

/// The mod a comparison gives a date counted back from the DCT: "more than four decades
/// ago" is before that year, "less than a year ago" after it, "nearly two years ago"
/// about then.
fn ago_mod(phrase: &str) -> Option<Mod> {
    match phrase {
        "more than" | "over" => Some(Mod::Before),
        "at least" | "no less than" => Some(Mod::OnOrBefore),
        "less than" | "fewer than" => Some(Mod::After),
        "at most" | "no more than" | "up to" => Some(Mod::OnOrAfter),
        "nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "circa" => {
            Some(Mod::Approx)
        }
        _ => None,
    }
}

/// Whether a candidate's value is a calendar period a START/MID/END can narrow.
fn is_period(c: &Candidate) -> bool {
    matches!(
        &c.spec,
        Spec::Value(Value::Date(_))
            | Spec::NoYear { .. }
            | Spec::Offset { .. }
            | Spec::DecadeOnly(_)
            | Spec::Weekday { .. }
            | Spec::Holiday { .. }
            | Spec::WithTime(..)
    )
}

/// Whether `before` ends in a verb that takes "around" as its particle ("get around",
/// "turned around", "work around").
fn after_phrasal_verb(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    [
        "get", "gets", "got", "getting", "go", "goes", "went", "going", "come", "came", "turn",
        "turned", "work", "worked", "working", "way", "ways", "move", "moved", "moving",
    ]
    .iter()
    .any(|v| word.eq_ignore_ascii_case(v))
}

/// Pass 1: modifiers (see the module docs).
pub fn modifiers(text: &str, cands: &mut [Candidate]) {
    let mut prev_end = 0;
    for c in cands.iter_mut() {
        let floor = prev_end;
        prev_end = c.span.end;
        if c.modifier.is_some() || c.ty == TimexType::Set {
            continue;
        }
        // A modifier never reaches into the expression before it.
        let mut start = c.span.start.saturating_sub(32).max(floor);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let before = &text[start..c.span.start];
        // The phrase must end right before the expression, joined by a space or a hyphen.
        // Compared byte-wise, ignoring ASCII case, without allocating (this pass runs for
        // every candidate).
        let Some((&sep, body)) = before.as_bytes().split_last() else {
            continue;
        };
        if sep != b' ' && sep != b'-' {
            continue;
        }
        let Some(last) = body.last().map(u8::to_ascii_lowercase) else {
            continue;
        };
        for &(phrase, date_mod, dur_mod) in MODIFIERS {
            // Most phrases end in another letter than the word before: a cheap first test.
            if phrase.as_bytes().last() != Some(&last) {
                continue;
            }
            let m = if c.ty == TimexType::Duration {
                dur_mod
            } else if c.rule == "ago" {
                ago_mod(phrase)
            } else {
                date_mod
            };
            let Some(m) = m else { continue };
            let p = phrase.as_bytes();
            if body.len() < p.len() || !body[body.len() - p.len()..].eq_ignore_ascii_case(p) {
                continue;
            }
            // ... and start at a word boundary.
            let at = body.len() - p.len();
            let boundary_ok = at == 0 || !before[..at].ends_with(|ch: char| ch.is_alphanumeric());
            if !boundary_ok {
                continue;
            }
            // "get around Wednesday's ruling": a verb's particle, not an approximation.
            if phrase == "around" && after_phrasal_verb(&before[..at]) {
                continue;
            }
            // "over the past three weeks" is not MORE_THAN; only "over 20 years" is.
            if phrase == "over" && !text[c.span.start..].starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            // START/MID/END narrow periods only; "late Tuesday" is END of that day.
            if matches!(m, Mod::Start | Mod::Mid | Mod::End) && !is_period(c) {
                continue;
            }
            // "early" / "late" as ordinary adjectives of a duration are not mods.
            if matches!(phrase, "post" | "pre") && sep != b'-' {
                continue;
            }
            if !OUTSIDE_EXTENT.contains(&phrase) {
                c.span.start = start + at;
            }
            c.modifier = Some(m);
            break;
        }
    }
}

/// What may stand between a clock time and its day: "5:45 p.m. Thursday", "08:00 on
/// Sunday", "07:30 on the morning of 1 July".
static TIME_DAY_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+local\s+time)?(?:\s*,?\s*|\s*,?\s+on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|\s+at\s+|\s+this\s+)$")
        .expect("valid regex")
});

fn is_day(spec: &Spec) -> bool {
    match spec {
        Spec::Weekday { .. } | Spec::Holiday { .. } => true,
        Spec::NoYear {
            part: DatePart::Day(..),
            ..
        } => true,
        Spec::Offset {
            unit: super::spec::CalUnit::Day,
            ..
        } => true,
        Spec::Value(Value::Date(d)) => matches!(d.part, DatePart::Day(Some(_), Some(_))),
        _ => false,
    }
}

/// Pass 2: a clock time and an adjacent day become one TIME expression. A merged
/// expression can merge again with the next one. Linear: the candidates are moved into a
/// new list once.
pub fn merge_time_and_day(text: &str, cands: &mut Vec<Candidate>) {
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    for b in cands.drain(..) {
        let merged = out.last().and_then(|a| merge_pair(text, a, &b));
        match merged {
            Some(c) => *out.last_mut().expect("merged with the last one") = c,
            None => out.push(b),
        }
    }
    *cands = out;
}

/// The TIME expression that `a` and the next candidate `b` make together, if they do.
fn merge_pair(text: &str, a: &Candidate, b: &Candidate) -> Option<Candidate> {
    let gap = &text[a.span.end.min(b.span.start)..b.span.start];
    if !TIME_DAY_GAP.is_match(gap) {
        return None;
    }
    let spec = match (&a.spec, &b.spec) {
        // "08:00 on Sunday morning, 7 December 1941": the clock time is the finer part.
        (Spec::TimeOnly(t), Spec::Value(Value::Time(d, TimeOfDay::Part(_))))
            if b.modifier.is_none() && matches!(t, TimeOfDay::Clock { .. }) =>
        {
            Spec::Value(Value::Time(*d, *t))
        }
        (Spec::TimeOnly(t), day) if is_day(day) && b.modifier.is_none() => {
            Spec::WithTime(Box::new(day.clone()), *t)
        }
        (day, Spec::TimeOnly(t)) if is_day(day) && a.modifier.is_none() => {
            Spec::WithTime(Box::new(day.clone()), *t)
        }
        _ => return None,
    };
    let spec = match spec {
        Spec::WithTime(day, t) => match *day {
            Spec::Value(Value::Date(d)) => Spec::Value(Value::Time(d, t)),
            other => Spec::WithTime(Box::new(other), t),
        },
        s => s,
    };
    let span = Span::new(a.span.start, b.span.end);
    let mut c = Candidate::new(span, "time_and_day", TimexType::Time, spec);
    c.priority = 5;
    Some(c)
}

/// How far after a time its parenthetical's ")" can stand, in bytes: beyond
/// [`PARENTHETICAL`]'s 40 characters inside, a few spaces, and room for multi-byte ones.
const PARENTHETICAL_REACH: usize = 200;

static PARENTHETICAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\([^()]{1,40}\)\s*,?\s*$").expect("valid regex"));

/// Pass 3: a clock time followed by a parenthetical and then a day takes that day: "at
/// 10:35 a.m. (0735 GMT) Friday". The expressions stay separate, as written; only the
/// times learn their day (times inside the parenthetical too).
pub fn days_after_parentheticals(text: &str, cands: &mut [Candidate]) {
    for i in 0..cands.len() {
        if !matches!(cands[i].spec, Spec::TimeOnly(_)) {
            continue;
        }
        // The next candidate that is not inside the parenthetical after this time. The
        // parenthetical is short (PARENTHETICAL allows 40 characters inside), so only the
        // next few bytes are searched: a long text with many times and no parenthesis is
        // not scanned to its end once per time.
        let Some(close) = text.as_bytes()[cands[i].span.end..]
            .iter()
            .take(PARENTHETICAL_REACH)
            .position(|&b| b == b')')
            .map(|k| cands[i].span.end + k)
        else {
            continue;
        };
        let Some(j) = (i + 1..cands.len()).find(|&j| cands[j].span.start > close) else {
            continue;
        };
        let gap = &text[cands[i].span.end..cands[j].span.start];
        if !PARENTHETICAL.is_match(gap) || !is_day(&cands[j].spec) || cands[j].modifier.is_some() {
            continue;
        }
        let day = cands[j].spec.clone();
        for c in &mut cands[i..j] {
            if let Spec::TimeOnly(t) = c.spec {
                c.spec = match &day {
                    Spec::Value(Value::Date(d)) => Spec::Value(Value::Time(*d, t)),
                    other => Spec::WithTime(Box::new(other.clone()), t),
                };
            }
        }
    }
}

static RANGE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*$").expect("valid regex")
});

fn stated_year(c: &Candidate) -> Option<Year> {
    match &c.spec {
        Spec::Value(Value::Date(d)) if d.year.known == 4 => Some(d.year),
        _ => None,
    }
}

/// Pass 4: ranges share their year (see the module docs).
pub fn share_years_in_ranges(text: &str, cands: &mut [Candidate]) {
    for i in 0..cands.len().saturating_sub(1) {
        let gap = &text[cands[i].span.end.min(cands[i + 1].span.start)..cands[i + 1].span.start];
        if !RANGE_GAP.is_match(gap) {
            continue;
        }
        let Some(year) = stated_year(&cands[i + 1]) else {
            continue;
        };
        if let Spec::NoYear { part, .. } = cands[i].spec {
            cands[i].spec = Spec::Value(Value::Date(Date { year, part }));
        }
    }
}
