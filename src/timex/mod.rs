//! Time expressions: recognize, select, refine, resolve.
//!
//! ```
//! use chronicler::document::{Dct, DctSource, Document};
//! use chronicler::text::Segmented;
//! let dct = Dct { date: "2021-09-01".parse().unwrap(), source: DctSource::Option };
//! let doc = Document::from_text("x", "On Saturday, the US military carried out a drone strike.", Some(dct));
//! let seg = Segmented::new(&doc.text);
//! let tagged = chronicler::timex::tag(&doc, &seg);
//! assert_eq!(tagged.timexes[0].value.to_string(), "2021-08-28");
//! ```
//!
//! The stages, in order:
//! 1. [`engine::recognize`] runs the rule families ([`rules`]) and returns every candidate;
//! 2. [`select::select`] keeps non-overlapping ones (longest, then priority);
//! 3. [`refine`] extends and merges them (modifiers, time + day, ranges);
//! 4. [`decide_kind`] settles `--doc-type auto` for the document;
//! 5. [`resolve::Resolver`] gives each its value, in text order.

pub mod engine;
pub mod lexicon;
pub mod refine;
pub mod resolve;
pub mod rules;
pub mod select;
pub mod spec;
pub mod tense;

use crate::document::{DocKind, Document};
use crate::text::{Segmented, SentenceSpans, Span};
use crate::value::{Interval, Mod, TimexType, Value, Year};
use spec::{Candidate, Spec};

/// A resolved time expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Bytes of the expression in the document text.
    pub span: Span,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// TIMEX3 value.
    pub value: Value,
    /// TIMEX3 mod.
    pub modifier: Option<Mod>,
    /// TIMEX3 quant (sets).
    pub quant: Option<&'static str>,
    /// TIMEX3 freq (sets).
    pub freq: Option<String>,
    /// The rule that found it.
    pub rule: &'static str,
    /// For an anchored duration, the range of days it covers.
    pub range: Option<Interval>,
    /// Whether the value was computed from the DCT or another date (TIMEX3
    /// `temporalFunction`).
    pub relative: bool,
}

/// The time expressions of a document and the kind it was resolved as.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// The expressions, in text order.
    pub timexes: Vec<Timex>,
    /// News or Narrative (never Auto).
    pub kind: DocKind,
}

/// Decides News or Narrative for `--doc-type auto`: a document without a DCT is a
/// narrative; so is one whose stated years mostly lie more than three years from its DCT
/// (at least three of them) and that has few news cues (weekdays, "yesterday", "last
/// week": fewer than a third as many as far years) — a history, a biography. Anything
/// else is news.
pub fn decide_kind(doc: &Document, cands: &[Candidate]) -> DocKind {
    match doc.kind {
        DocKind::News | DocKind::Narrative => return doc.kind,
        DocKind::Auto => {}
    }
    let Some(dct) = doc.dct else {
        return DocKind::Narrative;
    };
    use chrono::Datelike;
    let years: Vec<i32> = cands
        .iter()
        .filter_map(|c| match &c.spec {
            Spec::Value(Value::Date(d)) | Spec::Value(Value::Time(d, _)) => d.year.get(),
            _ => None,
        })
        .collect();
    let far = years
        .iter()
        .filter(|y| (*y - dct.date.year()).abs() > 3)
        .count();
    let news_cues = cands
        .iter()
        .filter(|c| {
            matches!(
                c.spec,
                Spec::Weekday { .. }
                    | Spec::Offset {
                        from: spec::From::Speech,
                        ..
                    }
            )
        })
        .count();
    if years.len() >= 3 && far * 2 > years.len() && news_cues * 3 < far {
        DocKind::Narrative
    } else {
        DocKind::News
    }
}

/// Recognizes and resolves the time expressions of `doc`, segmented as `seg`.
pub fn tag(doc: &Document, seg: &Segmented) -> Tagged {
    tag_in(doc, &SentenceSpans::of(seg))
}

/// Recognizes and resolves the time expressions of `doc`, whose sentences are
/// `sentences`: [`tag`] for a caller that needs no tokens.
pub fn tag_in(doc: &Document, sentences: &SentenceSpans) -> Tagged {
    let text = doc.text.as_str();
    let mut cands = select::select(engine::recognize(text));
    refine::modifiers(text, &mut cands);
    refine::merge_time_and_day(text, &mut cands);
    refine::days_after_parentheticals(text, &mut cands);
    refine::share_years_in_ranges(text, &mut cands);
    let kind = decide_kind(doc, &cands);
    let mut resolver = resolve::Resolver::new(sentences, doc.dct.map(|d| d.date), kind);
    let timexes = cands
        .iter()
        .map(|c| within_timex3(resolver.resolve(c)))
        .collect();
    Tagged { timexes, kind }
}

/// Whether a year field can be written in TIMEX3: no sign, and no more digits than it
/// claims (a full year in 0000..=9999, a decade in 000..=999, a century in 00..=99).
fn year_fits(y: Year) -> bool {
    y.prefix >= 0 && y.prefix < 10i32.pow(u32::from(y.known.min(4)))
}

/// Keeps a resolved expression expressible: TIMEX3 years have four digits, so a value past
/// 9999 or before year 0 (a DCT in 9990 and "in 20 years", a DCT in year 3 and "a decade
/// ago") loses its year and stays underspecified (`XXXX-05`, `XXXX`), with no interval,
/// rather than becoming a value that cannot be written or read back.
fn within_timex3(mut t: Timex) -> Timex {
    let date = match &mut t.value {
        Value::Date(d) | Value::Time(d, _) => Some(d),
        _ => None,
    };
    if let Some(d) = date
        && !year_fits(d.year)
    {
        d.year = Year::unknown();
    }
    let fits = |iv: &Interval| {
        use chrono::Datelike;
        (0..=9999).contains(&iv.start.year()) && (0..=9999).contains(&iv.end.year())
    };
    if t.range.as_ref().is_some_and(|iv| !fits(iv)) {
        t.range = None;
    }
    t
}
