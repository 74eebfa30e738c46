//! The pipeline in one place: a document in, its time expressions (and, once anchored,
//! its dated events) out. See the crate docs for the stages.

use crate::document::{DocKind, Document};
use crate::error::Result;
use crate::text::{CharMap, Segmented};
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
}

/// Runs the pipeline on one document.
pub fn analyze(doc: Document) -> Analysis {
    let seg = Segmented::new(&doc.text);
    let tagged = timex::tag(&doc, &seg);
    Analysis {
        timexes: tagged.timexes,
        kind: tagged.kind,
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
