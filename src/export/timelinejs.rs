//! TimelineJS 3 JSON: `{"title": ..., "events": [...]}`, each event with `start_date` (and
//! `end_date` for periods) holding only the date parts the value states, `text.headline`
//! and `text.text` (HTML, escaped), `group` (the source), `display_date` where the
//! calendar parts alone would mislead (fuzzy values, seasons, quarters, weeks), and a
//! stable `unique_id`.

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value as Json, json};

use crate::chronology::{Chronology, Entry};
use crate::error::{Error, Result};
use crate::render::when::{self, Style};
use crate::value::{Granularity, TimeOfDay, Value};

/// Escapes text for the HTML that TimelineJS renders.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A TimelineJS date object with the parts a granularity states.
fn date_obj(d: NaiveDate, g: Granularity, time: Option<&TimeOfDay>) -> Json {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year()));
    if !matches!(
        g,
        Granularity::Year | Granularity::Decade | Granularity::Century
    ) {
        m.insert("month".into(), json!(d.month()));
    }
    if matches!(g, Granularity::Day | Granularity::Time | Granularity::Week) {
        m.insert("day".into(), json!(d.day()));
    }
    if let Some(TimeOfDay::Clock { hour, minute, .. }) = time {
        m.insert("hour".into(), json!(hour));
        if let Some(mi) = minute {
            m.insert("minute".into(), json!(mi));
        }
    }
    Json::Object(m)
}

/// The end of an entry at its granularity, when it spans more than one unit of it.
fn end_obj(e: &Entry) -> Option<Json> {
    let same = match e.granularity {
        Granularity::Day | Granularity::Time => e.start == e.end,
        Granularity::Week => false,
        Granularity::Month => (e.start.year(), e.start.month()) == (e.end.year(), e.end.month()),
        Granularity::Season | Granularity::Quarter | Granularity::Half => false,
        Granularity::Year => e.start.year() == e.end.year(),
        Granularity::Decade => e.start.year() / 10 == e.end.year() / 10,
        Granularity::Century => e.start.year() / 100 == e.end.year() / 100,
    };
    (!same).then(|| {
        let g = match e.granularity {
            Granularity::Decade | Granularity::Century => Granularity::Year,
            g => g,
        };
        date_obj(e.end, g, None)
    })
}

/// One TimelineJS event.
fn event(e: &Entry, id: &str) -> Json {
    let time = match &e.value {
        Value::Time(_, t) => Some(t),
        _ => None,
    };
    let start_g = match e.granularity {
        Granularity::Decade | Granularity::Century => Granularity::Year,
        g => g,
    };
    let mut m = Map::new();
    m.insert("start_date".into(), date_obj(e.start, start_g, time));
    if let Some(end) = end_obj(e) {
        m.insert("end_date".into(), end);
    }
    let headline = if e.event.trim().is_empty() {
        e.timex.clone()
    } else {
        e.event.clone()
    };
    let mut text = String::new();
    if !e.quote.is_empty() {
        text.push_str(&format!("<p>“{}”</p>", html_escape(&e.quote)));
    }
    text.push_str(&format!(
        "<p><small>As written: “{}” ({}) · {}</small></p>",
        html_escape(&e.timex),
        html_escape(&e.value.to_string()),
        html_escape(&e.source)
    ));
    m.insert(
        "text".into(),
        json!({"headline": html_escape(&headline), "text": text}),
    );
    m.insert("group".into(), json!(e.source));
    let fuzzy = when::effective_mod(e).is_some();
    let periodic = matches!(
        e.granularity,
        Granularity::Week
            | Granularity::Season
            | Granularity::Quarter
            | Granularity::Half
            | Granularity::Decade
            | Granularity::Century
    ) || !matches!(e.value, Value::Date(_) | Value::Time(..));
    if fuzzy || periodic {
        m.insert(
            "display_date".into(),
            json!(when::phrase(e, Style::Long, true)),
        );
    }
    m.insert("unique_id".into(), json!(id));
    Json::Object(m)
}

/// Writes the chronology as TimelineJS 3 JSON, with a title slide named `title`.
pub fn write(chronology: &Chronology, title: &str) -> Result<Vec<u8>> {
    let ids = super::entry_ids(chronology);
    let events: Vec<Json> = chronology
        .entries
        .iter()
        .zip(&ids)
        .map(|(e, id)| event(e, id))
        .collect();
    let sources: Vec<String> = chronology.documents.iter().map(|d| d.id.clone()).collect();
    let doc = json!({
        "title": {
            "text": {
                "headline": html_escape(title),
                "text": format!(
                    "<p>{} dated events from {}</p>",
                    chronology.entries.len(),
                    html_escape(&sources.join(", "))
                ),
            },
            "unique_id": "title",
        },
        "events": events,
    });
    let mut out = serde_json::to_vec_pretty(&doc)
        .map_err(|e| Error::Usage(format!("cannot write TimelineJS JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}
