//! The pipeline in one place: a document in, its time expressions (and, once anchored,
//! its dated events) out. See the crate docs for the stages.

use crate::chronology::Relation;
use crate::document::{DocKind, Document};
use crate::error::Result;
use crate::event::anchor::{TimeRef, anchor_lexed};
use crate::event::lexes::SentenceLexes;
use crate::event::model::EventModel;
use crate::event::phrase::{phrase_lexed, reported_quote};
use crate::event::{Event, EventClass};
use crate::text::{CharMap, Segmented, SentenceSpans, Span, SpanIndex};
use crate::timeml::{Insertion, TimeMl};
use crate::timex::{self, Timex};
use crate::value::TimexType;

/// What the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document.
    pub doc: Document,
    /// Its time expressions, in text order.
    pub timexes: Vec<Timex>,
    /// News or Narrative, as decided.
    pub kind: DocKind,
    /// The event triggers the model found, in text order.
    pub events: Vec<Event>,
    /// The dated events: each time expression tied to what it dates.
    pub dated: Vec<Dated>,
}

/// A time expression tied to the event it dates.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    /// Index into [`Analysis::timexes`].
    pub timex: usize,
    /// The event phrase: who did what.
    pub phrase: String,
    /// The sentence.
    pub quote: String,
    /// The event trigger, when one was found.
    pub trigger: Option<Span>,
    /// How the event relates to the time.
    pub relation: Relation,
    /// How sure the link is, 0..1.
    pub confidence: f32,
}

/// Whether a time expression can date an event on a chronology: a DATE or TIME, or a
/// duration anchored to a date ("the past three weeks").
fn can_date(t: &Timex) -> bool {
    matches!(t.ty, TimexType::Date | TimexType::Time) || t.range.is_some()
}

/// Finds the events (the trained model), drops those inside time expressions, and ties each
/// time expression to the event it dates in its sentence. An expression with no event in
/// its sentence dates nothing and stays off the chronology.
/// Which events [`date_events`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EventScope {
    /// Every event of the document (for TimeML output).
    All,
    /// The events of sentences that hold a time expression: all a chronology can use,
    /// since an expression dates an event of its own sentence.
    DatedSentences,
}

fn date_events(seg: &Segmented, timexes: &[Timex], scope: EventScope) -> (Vec<Event>, Vec<Dated>) {
    let model = EventModel::shipped();
    let spans: Vec<Span> = timexes.iter().map(|t| t.span).collect();
    // Every question below is about one sentence or one token: ask the index, so that a
    // long document is not scanned once per event or per time expression.
    let index = SpanIndex::new(&spans);
    // Each sentence is lexed once, for all the stages below.
    let lexes = SentenceLexes::new(seg);
    let detected = match scope {
        EventScope::All => model.detect_in(&lexes, |_| true),
        EventScope::DatedSentences => {
            let mut with_timex = vec![false; seg.sentences.len()];
            for t in timexes {
                if let Some(si) = seg.sentence_at(t.span.start) {
                    with_timex[si] = true;
                }
            }
            model.detect_in(&lexes, |si| with_timex[si])
        }
    };
    let events: Vec<Event> = detected
        .into_iter()
        .filter(|e| !index.overlaps_any(e.span))
        .collect();
    let event_spans = SpanIndex::new(&events.iter().map(|e| e.span).collect::<Vec<_>>());
    // A sentence with a date but no detected event gets its most event-like word, so the
    // date still dates something; these stay out of the TimeML output (they are below the
    // model's threshold).
    let mut candidates = events.clone();
    let mut dated_sentences: Vec<usize> = timexes
        .iter()
        .filter(|t| can_date(t))
        .filter_map(|t| seg.sentence_at(t.span.start))
        .collect();
    dated_sentences.dedup();
    for si in dated_sentences {
        let s = seg.sentences[si].span;
        if !event_spans.near(s).iter().any(|e| s.contains(e))
            && let Some(e) = model.best_in_sentence(&lexes, si, index.near(s))
        {
            candidates.push(e);
        }
    }
    candidates.sort_by_key(|e| e.span.start);
    let events_for_links = candidates;
    let refs: Vec<TimeRef> = timexes
        .iter()
        .map(|t| TimeRef {
            span: t.span,
            ty: t.ty,
        })
        .collect();
    let dated = anchor_lexed(&lexes, &events_for_links, &refs)
        .into_iter()
        .filter(|l| can_date(&timexes[l.timex]))
        .filter_map(|l| {
            let t = &timexes[l.timex];
            let event = &events_for_links[l.event];
            let trigger = event.span;
            let si = seg.sentence_at(t.span.start)?;
            let sentence = seg.sentences[si].span;
            // The phrase looks at the trigger's sentence only.
            let trigger_sentence = seg
                .tokens
                .get(seg.tokens_in(trigger).start)
                .and_then(|tok| seg.sentence_at(tok.span.start))
                .map_or(sentence, |k| seg.sentences[k].span);
            let mut phrase = phrase_lexed(&lexes, trigger, index.near(trigger_sentence));
            // "Biden said" says little; what he said is the event people list.
            if event.class == EventClass::Reporting
                && phrase.split_whitespace().count() < 6
                && let Some(q) = reported_quote(seg, trigger, 12)
            {
                phrase = format!("{phrase} {q}");
            }
            (!phrase.is_empty()).then(|| Dated {
                timex: l.timex,
                phrase,
                quote: seg.text[sentence.start..sentence.end].to_string(),
                trigger: Some(trigger),
                relation: l.relation,
                confidence: l.confidence * event.score.max(0.5),
            })
        })
        .collect();
    (events, dated)
}

/// Runs the pipeline on one document.
pub fn analyze(doc: Document) -> Analysis {
    analyze_scoped(doc, EventScope::All)
}

/// Runs the pipeline on one document for its chronology: the dated events are exactly
/// those of [`analyze`], but events are looked for only in sentences that hold a time
/// expression, so `events` lists those alone (most sentences of news hold none, and the
/// event model is most of the pipeline's work). For every output but TimeML.
pub fn analyze_for_chronology(doc: Document) -> Analysis {
    analyze_scoped(doc, EventScope::DatedSentences)
}

fn analyze_scoped(doc: Document, scope: EventScope) -> Analysis {
    let seg = Segmented::new(&doc.text);
    let tagged = timex::tag(&doc, &seg);
    let (events, dated) = date_events(&seg, &tagged.timexes, scope);
    Analysis {
        events,
        timexes: tagged.timexes,
        kind: tagged.kind,
        dated,
        doc,
    }
}

/// Runs the pipeline's time-expression stages only (segmentation, recognition,
/// resolution) on one document: the analysis has no events and no dated events. For
/// outputs that show time expressions alone (`tag --format json`), this skips the event
/// model, most of the work of [`analyze`].
pub fn analyze_timexes(doc: Document) -> Analysis {
    // No event model: the sentences are all the segmentation needed.
    let tagged = timex::tag_in(&doc, &SentenceSpans::new(&doc.text));
    Analysis {
        events: Vec::new(),
        timexes: tagged.timexes,
        kind: tagged.kind,
        dated: Vec::new(),
        doc,
    }
}

/// [`to_json`] as pretty-printed text, the same bytes as `serde_json::to_string_pretty` of
/// it, written straight from the analysis (see [`crate::export::tag_json`]).
pub fn to_json_pretty(a: &Analysis) -> serde_json::Result<String> {
    Ok(crate::export::tag_json::write(a))
}

/// The TIMEX3 attributes of a time expression, in the order TimeML writers use.
pub fn timex_attrs(t: &Timex, tid: usize) -> Vec<(String, String)> {
    let mut attrs = vec![
        ("tid".to_string(), format!("t{tid}")),
        ("type".to_string(), t.ty.as_str().to_string()),
        ("value".to_string(), t.value.to_string()),
    ];
    if let Some(m) = t.modifier {
        attrs.push(("mod".to_string(), m.as_str().to_string()));
    }
    if let Some(q) = t.quant {
        attrs.push(("quant".to_string(), q.to_string()));
    }
    if let Some(f) = &t.freq {
        attrs.push(("freq".to_string(), f.clone()));
    }
    attrs.push(("temporalFunction".to_string(), t.relative.to_string()));
    attrs.push(("functionInDocument".to_string(), "NONE".to_string()));
    attrs
}

/// The tags to insert for an analysis: a TIMEX3 per time expression, an EVENT per event
/// trigger.
fn insertions(a: &Analysis) -> Vec<Insertion> {
    let timexes = a.timexes.iter().enumerate().map(|(i, t)| Insertion {
        start: t.span.start,
        end: t.span.end,
        name: "TIMEX3".to_string(),
        attrs: timex_attrs(t, i + 1),
    });
    let events = a.events.iter().enumerate().map(|(i, e)| Insertion {
        start: e.span.start,
        end: e.span.end,
        name: "EVENT".to_string(),
        attrs: vec![
            ("eid".to_string(), format!("e{}", i + 1)),
            ("class".to_string(), e.class.as_str().to_string()),
        ],
    });
    timexes.chain(events).collect()
}

/// Escapes text for XML character data.
pub fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The analysis as a TimeML document. TimeML input comes back byte for byte, with tags
/// inserted; other input is wrapped in a TimeML skeleton with its DCT.
pub fn to_timeml(a: &Analysis) -> String {
    let ins = insertions(a);
    if let Some(tml) = &a.doc.timeml {
        return crate::timeml::insert_tags(tml, &ins, "");
    }
    let dct = match a.doc.dct {
        Some(d) => format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{0}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{0}</TIMEX3></DCT>\n",
            d.date
        ),
        None => String::new(),
    };
    let source = format!(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n{dct}<TEXT>{}</TEXT>\n</TimeML>\n",
        escape_text(&a.doc.id),
        escape_text(&a.doc.text)
    );
    match TimeMl::parse(&source) {
        Ok(tml) => crate::timeml::insert_tags(&tml, &ins, ""),
        Err(_) => source,
    }
}

/// Tags a TimeML document (its DCT from `<DCT>`), for `eval`: the same document back with
/// tags inserted.
pub fn tag_timeml(tml: &TimeMl) -> Result<String> {
    let dct = tml
        .dct
        .as_deref()
        .and_then(crate::document::dct::from_metadata_value)
        .map(|date| crate::document::Dct {
            date,
            source: crate::document::DctSource::Metadata,
        });
    let mut doc = Document::from_text(tml.doc_id.as_deref().unwrap_or(""), &tml.text, dct);
    doc.kind = DocKind::Auto;
    doc.timeml = Some(tml.clone());
    Ok(to_timeml(&analyze(doc)))
}

/// The analysis as JSON: the document, its DCT and kind, and each expression with its
/// char offsets.
pub fn to_json(a: &Analysis) -> serde_json::Value {
    let map = CharMap::new(&a.doc.text);
    let timexes: Vec<serde_json::Value> = a
        .timexes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut o = serde_json::json!({
                "tid": format!("t{}", i + 1),
                "text": &a.doc.text[t.span.start..t.span.end],
                "type": t.ty.as_str(),
                "value": t.value.to_string(),
                "char_start": map.char_offset(t.span.start),
                "char_end": map.char_offset(t.span.end),
                "rule": t.rule,
            });
            if let Some(m) = t.modifier {
                o["mod"] = m.as_str().into();
            }
            if let Some(q) = t.quant {
                o["quant"] = q.into();
            }
            if let Some(f) = &t.freq {
                o["freq"] = f.clone().into();
            }
            if let Some(iv) = t.value.interval(t.modifier).or(t.range) {
                o["start"] = iv.start.to_string().into();
                o["end"] = iv.end.to_string().into();
            }
            o
        })
        .collect();
    serde_json::json!({
        "id": a.doc.id,
        "dct": a.doc.dct.map(|d| d.date.to_string()),
        "doc_type": a.kind.as_str(),
        "timexes": timexes,
    })
}
