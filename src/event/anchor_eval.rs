//! Measuring [`fn@super::anchor`] against the gold TLINKs of a TimeML corpus.
//!
//! For every time expression (not the DCT) that a gold TLINK links to at least one EVENT in
//! the same sentence, the anchoring rules get the gold events and gold time expressions of
//! the document and choose one event; the choice is correct when a gold TLINK links that
//! event and that time expression. The "nearest event" baseline picks the event closest
//! in tokens.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::anchor::{TimeRef, anchor};
use super::train::CorpusDoc;
use super::{Event, EventClass};
use crate::text::Segmented;
use crate::value::TimexType;

/// Counts of one evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Time expressions with gold same-sentence event links.
    pub linked: usize,
    /// Those for which the rules chose a gold-linked event.
    pub correct: usize,
    /// Those for which the nearest event is gold-linked.
    pub baseline: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.linked += o.linked;
        self.correct += o.correct;
        self.baseline += o.baseline;
    }

    /// Accuracy of the rules.
    pub fn accuracy(&self) -> f64 {
        if self.linked == 0 {
            0.0
        } else {
            self.correct as f64 / self.linked as f64
        }
    }

    /// Accuracy of the nearest-event baseline.
    pub fn baseline_accuracy(&self) -> f64 {
        if self.linked == 0 {
            0.0
        } else {
            self.baseline as f64 / self.linked as f64
        }
    }
}

/// The anchoring accuracy over a corpus, by TIMEX3 type.
#[derive(Debug, Clone, Default)]
pub struct AnchorReport {
    /// Counts for each TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`).
    pub by_type: BTreeMap<&'static str, Tally>,
}

impl AnchorReport {
    /// DATE and TIME expressions together: the ones the chronology dates events with.
    pub fn dates(&self) -> Tally {
        let mut t = Tally::default();
        for ty in ["DATE", "TIME"] {
            if let Some(x) = self.by_type.get(ty) {
                t.add(x);
            }
        }
        t
    }

    /// All types together.
    pub fn all(&self) -> Tally {
        let mut t = Tally::default();
        for x in self.by_type.values() {
            t.add(x);
        }
        t
    }
}

impl fmt::Display for AnchorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "anchoring: time expressions with a gold TLINK to an event of their sentence"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, t: &Tally| {
            writeln!(
                f,
                "{name:<10} linked {:>5}  rules {:.4}  nearest-event baseline {:.4}",
                t.linked,
                t.accuracy(),
                t.baseline_accuracy()
            )
        };
        for (ty, t) in &self.by_type {
            row(f, ty, t)?;
        }
        row(f, "DATE+TIME", &self.dates())?;
        row(f, "all", &self.all())
    }
}

/// Evaluates anchoring on every document of a corpus.
pub fn evaluate(docs: &[CorpusDoc]) -> AnchorReport {
    let mut report = AnchorReport::default();
    for d in docs {
        for (ty, t) in evaluate_doc(&d.doc) {
            report.by_type.entry(ty.as_str()).or_default().add(&t);
        }
    }
    report
}

/// The tallies of one document, by type.
pub fn evaluate_doc(doc: &crate::timeml::TimeMl) -> Vec<(TimexType, Tally)> {
    let seg = Segmented::new(&doc.text);
    let mut events = Vec::new();
    let mut event_ids = BTreeMap::new();
    for e in &doc.events {
        if let Some(id) = e.attr("eid") {
            event_ids.insert(id, events.len());
        }
        events.push(Event {
            span: e.span,
            class: e
                .attr("class")
                .and_then(EventClass::parse)
                .unwrap_or(EventClass::Occurrence),
            score: 1.0,
        });
    }
    let instance: BTreeMap<&str, usize> = doc
        .links
        .iter()
        .filter(|l| l.name == "MAKEINSTANCE")
        .filter_map(|l| Some((l.attr("eiid")?, *event_ids.get(l.attr("eventID")?)?)))
        .collect();
    let mut times = Vec::new();
    let mut time_ids = BTreeMap::new();
    for t in &doc.timexes {
        let dct =
            t.attr("tid") == Some("t0") || t.attr("functionInDocument") == Some("CREATION_TIME");
        let Some(ty) = t.attr("type").and_then(TimexType::parse) else {
            continue;
        };
        if dct {
            continue;
        }
        if let Some(id) = t.attr("tid") {
            time_ids.insert(id, times.len());
        }
        times.push(TimeRef { span: t.span, ty });
    }
    // Gold links within a sentence: timex index → event indexes.
    let mut gold: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for l in doc.links.iter().filter(|l| l.name == "TLINK") {
        let pair = match (
            l.attr("eventInstanceID"),
            l.attr("relatedToTime"),
            l.attr("timeID"),
            l.attr("relatedToEventInstance"),
        ) {
            (Some(ei), Some(t), _, _) | (_, _, Some(t), Some(ei)) => {
                instance.get(ei).zip(time_ids.get(t))
            }
            _ => None,
        };
        if let Some((&e, &t)) = pair {
            let same =
                seg.sentence_at(events[e].span.start) == seg.sentence_at(times[t].span.start);
            if same {
                gold.entry(t).or_default().insert(e);
            }
        }
    }
    let links = anchor(&seg, &events, &times);
    let mut by_type: BTreeMap<&'static str, (TimexType, Tally)> = BTreeMap::new();
    for (&t, golds) in &gold {
        let entry = by_type
            .entry(times[t].ty.as_str())
            .or_insert((times[t].ty, Tally::default()));
        entry.1.linked += 1;
        let chosen = links
            .iter()
            .filter(|l| l.timex == t)
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
            .map(|l| l.event);
        if chosen.is_some_and(|e| golds.contains(&e)) {
            entry.1.correct += 1;
        }
        if nearest(&seg, &events, times[t].span).is_some_and(|e| golds.contains(&e)) {
            entry.1.baseline += 1;
        }
    }
    by_type.into_values().collect()
}

/// The baseline: the event of the sentence nearest to `span` in tokens.
fn nearest(seg: &Segmented, events: &[Event], span: crate::text::Span) -> Option<usize> {
    let s = seg.sentence_at(span.start)?;
    let toks = seg.tokens_in(span);
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| seg.sentence_at(e.span.start) == Some(s) && !e.span.overlaps(&span))
        .map(|(k, e)| {
            let t = seg.tokens_in(e.span).start;
            let d = if t < toks.start {
                toks.start - t
            } else {
                t + 1 - toks.end
            };
            (d, k)
        })
        .min()
        .map(|(_, k)| k)
}
