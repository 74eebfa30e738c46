//! Building the chronology from analysed documents: every dated event becomes an entry
//! with the interval its value covers; entries are sorted by the contract's order.

use super::{Chronology, DocumentInfo, Entry};
use crate::pipeline::Analysis;
use crate::text::CharMap;
use crate::timex::Timex;
use crate::value::{Interval, TimexType, Value};

/// The interval a time expression puts on the chronology: the value's own interval (with
/// its mod applied), or an anchored duration's range. SETs, vague references and
/// underspecified values have none.
pub fn interval_of(t: &Timex) -> Option<Interval> {
    match t.ty {
        TimexType::Set => None,
        TimexType::Duration => t.range,
        _ => match t.value {
            Value::Ref(_) => None,
            _ => t.value.interval(t.modifier),
        },
    }
}

/// How sure we are of a value: stated in full, computed from a date, or guessed from the
/// tense.
pub fn value_confidence(t: &Timex) -> f32 {
    let base: f32 = if !t.relative {
        0.95
    } else {
        match t.rule {
            "weekday" | "month" | "month_day" | "day_month" | "season" | "quarter" | "half"
            | "holiday" => 0.8,
            _ => 0.85,
        }
    };
    if t.modifier.is_some_and(|m| m.is_fuzzy()) {
        base - 0.1
    } else {
        base
    }
}

/// One chronology entry per dated event of each analysis, sorted.
pub fn build(analyses: &[Analysis]) -> Chronology {
    let mut chron = Chronology::default();
    for a in analyses {
        chron.documents.push(DocumentInfo {
            id: a.doc.id.clone(),
            dct: a.doc.dct.map(|d| d.date.to_string()),
            dct_source: a.doc.dct.map(|d| d.source.as_str().to_string()),
            doc_type: a.kind.as_str().to_string(),
            title: a.doc.title.clone(),
        });
        chron.entries.extend(entries_of(a));
    }
    chron.sort();
    chron
}

/// The entries of one analysis, in text order.
pub fn entries_of(a: &Analysis) -> Vec<Entry> {
    let text = a.doc.text.as_str();
    let map = CharMap::new(text);
    let mut out = Vec::new();
    for d in &a.dated {
        let t = &a.timexes[d.timex];
        let Some(iv) = interval_of(t) else { continue };
        out.push(Entry {
            value: t.value.clone(),
            start: iv.start,
            end: iv.end,
            granularity: iv.granularity,
            event: d.phrase.clone(),
            timex: text[t.span.start..t.span.end].to_string(),
            quote: d.quote.clone(),
            source: a.doc.id.clone(),
            char_start: map.char_offset(t.span.start),
            char_end: map.char_offset(t.span.end),
            confidence: (value_confidence(t) * d.confidence * 100.0).round() / 100.0,
            ty: t.ty,
            modifier: t.modifier,
            relation: d.relation,
            trigger: d
                .trigger
                .map(|s| (map.char_offset(s.start), map.char_offset(s.end))),
            rule: t.rule.to_string(),
        });
    }
    out
}
