//! The pipeline in one place: a document in, its time expressions (and, once anchored,
//! its dated events) out. See the crate docs for the stages.

use crate::chronology::Relation;
use crate::document::{DocKind, Document};
use crate::error::Result;
use crate::text::{CharMap, Segmented, Span};
use crate::timeml::{Insertion, TimeMl};
use crate::timex::{self, Timex};

/// What the pipeline found in one document.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document.
    pub doc: Document,
    /// Its time expressions, in text order.
    pub timexes: Vec<Timex>,
    /// News or Narrative, as decided.
    pub kind: DocKind,
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

/// The relation a preposition right before a time expression gives.
pub fn relation_before(text: &str, span: Span) -> Relation {
    let mut start = span.start.saturating_sub(16);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let before = text[start..span.start].to_ascii_lowercase();
    let word = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    match word {
        "before" | "by" | "prior" => Relation::Before,
        "after" | "following" => Relation::After,
        "since" => Relation::Since,
        "until" | "till" | "through" | "thru" => Relation::Until,
        _ => Relation::At,
    }
}

/// Words that may open a clause and are dropped from the front of an event phrase.
const LEADING: &[&str] = &[
    "and", "but", "or", "so", "then", "on", "in", "at", "by", "since", "until", "during", "of",
    "the", "a", "an", "that", "which", "while", "when", "as", "for", "from", "to", "with", "over",
    "after", "before",
];

/// A first event phrase: the sentence without the time expression (and the preposition
/// that introduces it), from its first content word, cut to 16 words.
fn clause_phrase(text: &str, sentence: Span, timex: Span) -> String {
    let s = &text[sentence.start..sentence.end];
    let a = timex.start.saturating_sub(sentence.start).min(s.len());
    let b = timex.end.saturating_sub(sentence.start).min(s.len());
    let mut left = s[..a].trim_end().to_string();
    for p in [
        "on", "in", "at", "since", "by", "until", "during", "from", "of", "over", "for",
    ] {
        if left.to_ascii_lowercase().ends_with(&format!(" {p}")) || left.eq_ignore_ascii_case(p) {
            left.truncate(left.len() - p.len());
            break;
        }
    }
    let joined = format!("{} {}", left.trim_end(), &s[b..]);
    let mut words: Vec<&str> = joined
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | ')'))
        })
        .filter(|w| !w.is_empty() && !matches!(*w, "—" | "-" | "–"))
        .collect();
    while words
        .first()
        .is_some_and(|w| LEADING.contains(&w.to_lowercase().as_str()))
    {
        words.remove(0);
    }
    words.truncate(16);
    let mut phrase = words.join(" ");
    while phrase.ends_with(['.', ',', ';', ':']) {
        phrase.pop();
    }
    phrase
}

/// Ties each time expression that can date something to its sentence's event.
fn date_events(text: &str, seg: &Segmented, timexes: &[Timex]) -> Vec<Dated> {
    timexes
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            matches!(
                t.ty,
                crate::value::TimexType::Date | crate::value::TimexType::Time
            ) || t.range.is_some()
        })
        .filter_map(|(i, t)| {
            let si = seg.sentence_at(t.span.start)?;
            let sentence = seg.sentences[si].span;
            Some(Dated {
                timex: i,
                phrase: clause_phrase(text, sentence, t.span),
                quote: text[sentence.start..sentence.end].to_string(),
                trigger: None,
                relation: relation_before(text, t.span),
                confidence: 0.8,
            })
        })
        .collect()
}

/// Runs the pipeline on one document.
pub fn analyze(doc: Document) -> Analysis {
    let seg = Segmented::new(&doc.text);
    let tagged = timex::tag(&doc, &seg);
    let dated = date_events(&doc.text, &seg, &tagged.timexes);
    Analysis {
        timexes: tagged.timexes,
        kind: tagged.kind,
        dated,
        doc,
    }
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

/// The tags to insert for an analysis.
fn insertions(a: &Analysis) -> Vec<Insertion> {
    a.timexes
        .iter()
        .enumerate()
        .map(|(i, t)| Insertion {
            start: t.span.start,
            end: t.span.end,
            name: "TIMEX3".to_string(),
            attrs: timex_attrs(t, i + 1),
        })
        .collect()
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
