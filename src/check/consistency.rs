//! Consistency inside one source, as warnings:
//!
//! - a weekday that contradicts its date: "Monday, July 13, 2021" (a Tuesday). The
//!   recognizer keeps the date and drops the weekday, so the text around each expression
//!   that names a full day is read again for a weekday written with it (before it, inside
//!   it, or after it: "July 13 (Monday)", "July 13, a Monday");
//! - a range whose end comes before its start: "from July 19 to July 16".
//!
//! ```
//! use chronicler::check::consistency::check;
//! use chronicler::document::Document;
//! use chronicler::pipeline::analyze;
//! let doc = Document::from_text("x", "Forecasters issued a warning on Monday, July 13, 2021.", None);
//! let w = check(&analyze(doc));
//! assert_eq!(w.len(), 1);
//! assert!(w[0].message.contains("is a Tuesday"));
//! ```

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::chronology::interval_of;
use crate::pipeline::Analysis;
use crate::text::{CharMap, Segmented, Span};
use crate::value::{Date, Value};

/// What kind of inconsistency a warning reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WarningKind {
    /// A weekday that is not the weekday of the date written with it.
    Weekday,
    /// A range that ends before it starts.
    Range,
}

impl WarningKind {
    /// Lower-case name, as written in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningKind::Weekday => "weekday",
            WarningKind::Range => "range",
        }
    }
}

/// One inconsistency in a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// The document id.
    pub source: String,
    /// What kind of inconsistency.
    pub kind: WarningKind,
    /// The text at fault, as written ("Monday, July 13, 2021").
    pub text: String,
    /// What is wrong, in words.
    pub message: String,
    /// Offset of `text` in the source, in Unicode scalar values.
    pub char_start: usize,
    /// End of `text` (exclusive), in Unicode scalar values.
    pub char_end: usize,
    /// The sentence.
    pub quote: String,
}

const WEEKDAY: &str = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)";

/// A weekday right before a date: "Tuesday, " "Tue. " "Tuesday the ".
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b{WEEKDAY}\.?,?\s+(?:the\s+)?$")).expect("valid regex")
});
/// A weekday at the start of the expression itself.
static INSIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{WEEKDAY}\b\.?,?\s")).expect("valid regex"));
/// A weekday right after a date: " (Tuesday)", ", a Tuesday", ", which was a Tuesday".
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\s*\(\s*(?:a\s+)?|,?\s+(?:a|which\s+was\s+a|which\s+is\s+a)\s+){WEEKDAY}\b"
    ))
    .expect("valid regex")
});
/// What may stand between the two ends of a range.
static RANGE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$").expect("valid regex")
});
/// What must stand before a range's start when the gap is a word.
static RANGE_OPEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:from|between)\s+(?:the\s+)?$").expect("valid regex"));
/// Words that make "from X to Y" a move rather than a range.
static MOVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:postpon\w*|mov(?:e|ed|ing)|reschedul\w*|push\w*|delay\w*|advanc\w*|brought\s+forward|chang\w*|shift\w*)\b")
        .expect("valid regex")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}\b").expect("valid regex"));

fn weekday_of(name: &str) -> Option<Weekday> {
    let n = name.to_ascii_lowercase();
    Some(match &n[..3] {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The full calendar day a value names, if it names one.
fn full_day(v: &Value) -> Option<NaiveDate> {
    match v {
        Value::Date(d) | Value::Time(d, _) => Date::as_naive(d),
        _ => None,
    }
}

/// The byte index at most `n` bytes before `i`, on a char boundary.
fn back(text: &str, i: usize, n: usize) -> usize {
    let mut s = i.saturating_sub(n);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    s
}

/// The byte index at most `n` bytes after `i`, on a char boundary.
fn ahead(text: &str, i: usize, n: usize) -> usize {
    let mut e = (i + n).min(text.len());
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    e
}

/// The inconsistencies of one analysed document, in text order.
pub fn check(a: &Analysis) -> Vec<Warning> {
    let text = a.doc.text.as_str();
    let seg = Segmented::new(text);
    let map = CharMap::new(text);
    let warn = |kind, span: Span, message: String| {
        let quote = seg
            .sentence_at(span.start)
            .map(|s| seg.sentences[s].span)
            .map(|s| text[s.start..s.end].to_string())
            .unwrap_or_default();
        Warning {
            source: a.doc.id.clone(),
            kind,
            text: text[span.start..span.end].to_string(),
            message,
            char_start: map.char_offset(span.start),
            char_end: map.char_offset(span.end),
            quote,
        }
    };
    let mut out = Vec::new();
    for t in &a.timexes {
        let Some(day) = full_day(&t.value) else {
            continue;
        };
        let inside = &text[t.span.start..t.span.end];
        let before = &text[back(text, t.span.start, 24)..t.span.start];
        let after = &text[t.span.end..ahead(text, t.span.end, 32)];
        let (found, span) = if let Some(c) = INSIDE.captures(inside) {
            (c.get(1), t.span)
        } else if let Some(c) = BEFORE.captures(before) {
            let start = t.span.start - before.len() + c.get(0).map_or(0, |m| m.start());
            (c.get(1), Span::new(start, t.span.end))
        } else if let Some(c) = AFTER.captures(after) {
            let end = t.span.end + c.get(0).map_or(0, |m| m.end());
            let end = if after[end - t.span.end..].starts_with(')') {
                end + 1
            } else {
                end
            };
            (c.get(1), Span::new(t.span.start, end))
        } else {
            (None, t.span)
        };
        let Some(name) = found.map(|m| m.as_str()) else {
            continue;
        };
        let Some(written) = weekday_of(name) else {
            continue;
        };
        if written != day.weekday() {
            out.push(warn(
                WarningKind::Weekday,
                span,
                format!(
                    "{} is a {}, not a {}; the date is kept and the weekday ignored",
                    day.format("%B %-d, %Y"),
                    weekday_name(day.weekday()),
                    weekday_name(written)
                ),
            ));
        }
    }
    for pair in a.timexes.windows(2) {
        let (x, y) = (&pair[0], &pair[1]);
        if y.span.start < x.span.end {
            continue;
        }
        let gap = &text[x.span.end..y.span.start];
        if !RANGE_GAP.is_match(gap) {
            continue;
        }
        let dash = gap.trim().starts_with(['-', '–', '—']);
        let before = &text[back(text, x.span.start, 16)..x.span.start];
        if !dash && !RANGE_OPEN.is_match(before) {
            continue;
        }
        let sentence = seg
            .sentence_at(x.span.start)
            .map(|s| seg.sentences[s].span)
            .unwrap_or(x.span);
        if MOVE.is_match(&text[sentence.start..sentence.end]) {
            continue;
        }
        let (Some(a_iv), Some(b_iv)) = (interval_of(x), interval_of(y)) else {
            continue;
        };
        if b_iv.end >= a_iv.start {
            continue;
        }
        // "Dec. 28 to Jan. 3" with no year written: the resolver's year, not the text, is
        // at fault; leave it.
        let xt = &text[x.span.start..x.span.end];
        let yt = &text[y.span.start..y.span.end];
        if !YEAR.is_match(xt) && !YEAR.is_match(yt) && b_iv.start.month() < a_iv.start.month() {
            continue;
        }
        out.push(warn(
            WarningKind::Range,
            Span::new(x.span.start, y.span.end),
            format!(
                "the range ends ({}) before it starts ({})",
                b_iv.end, a_iv.start
            ),
        ));
    }
    out.sort_by_key(|w| (w.char_start, w.char_end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Dct, DctSource, Document};
    use crate::pipeline::analyze;

    fn warnings(text: &str) -> Vec<Warning> {
        let dct = Dct {
            date: NaiveDate::from_ymd_opt(2021, 9, 1).unwrap(),
            source: DctSource::Option,
        };
        check(&analyze(Document::from_text("x", text, Some(dct))))
    }

    #[test]
    fn a_weekday_that_fits_its_date_is_fine() {
        assert!(warnings("The storm hit on Monday, Aug. 30, 2021.").is_empty());
        assert!(warnings("The storm hit on Aug. 30, 2021 (Monday).").is_empty());
    }

    #[test]
    fn a_weekday_that_contradicts_its_date_is_reported() {
        let w = warnings("Biden spoke on Tuesday, Aug. 30, 2021, at the White House.");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].kind, WarningKind::Weekday);
        assert!(w[0].text.starts_with("Tuesday"), "{:?}", w[0].text);
        assert!(
            w[0].message
                .contains("August 30, 2021 is a Monday, not a Tuesday")
        );
        let w = warnings("The vote was held on Aug. 30, 2021 (a Friday).");
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn a_range_that_ends_before_it_starts_is_reported() {
        let w = warnings("Shelters were open from July 19 to July 16, 2021, the county said.");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].kind, WarningKind::Range);
        assert!(warnings("Shelters were open from July 16 to July 19, 2021.").is_empty());
        assert!(warnings("The vote was moved from July 19 to July 16, 2021.").is_empty());
    }
}
