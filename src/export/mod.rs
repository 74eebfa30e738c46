//! Writing a chronology out: one module per format.

pub mod csv;
pub mod html;
pub mod ics;
pub mod json;
pub mod tag_json;
pub mod timelinejs;

use crate::chronology::{Chronology, Entry};

/// The export formats this module writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `chronology.csv`.
    Csv,
    /// `chronology.json`.
    Json,
    /// TimelineJS 3 JSON.
    TimelineJs,
    /// One self-contained HTML page: the chart and a sortable table.
    Html,
    /// iCalendar (RFC 5545), day-precision events only.
    Ics,
}

impl Format {
    /// Parses a `--format` name: `csv`, `json`, `timelinejs`, `html`, `ics`.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "timelinejs" => Some(Format::TimelineJs),
            "html" => Some(Format::Html),
            "ics" => Some(Format::Ics),
            _ => None,
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::TimelineJs => "timeline.json",
            Format::Html => "html",
            Format::Ics => "ics",
        }
    }
}

/// Writes `chronology` in `format`; `title` names the chart, the TimelineJS title slide
/// and the calendar.
pub fn write(format: Format, chronology: &Chronology, title: &str) -> crate::Result<Vec<u8>> {
    match format {
        Format::Csv => csv::write(chronology),
        Format::Json => json::write(chronology),
        Format::TimelineJs => timelinejs::write(chronology, title),
        Format::Html => Ok(html::write(chronology, title).into_bytes()),
        Format::Ics => Ok(ics::write(chronology, title).into_bytes()),
    }
}

/// A stable id for an entry, from its source, offsets, value and event (not its position),
/// so it survives re-sorting and appears the same in every format: `ev-` and 16 hex digits.
pub fn entry_id(e: &Entry) -> String {
    use std::hash::Hasher;
    // FNV-1a, each field followed by a 0xff separator.
    let mut hasher = crate::fnv::Fnv1a::default();
    let mut eat = |bytes: &[u8]| {
        hasher.write(bytes);
        hasher.write_u8(0xff);
    };
    eat(e.source.as_bytes());
    eat(&(e.char_start as u64).to_le_bytes());
    eat(&(e.char_end as u64).to_le_bytes());
    eat(e.value.to_string().as_bytes());
    eat(e.start.to_string().as_bytes());
    eat(e.event.as_bytes());
    format!("ev-{:016x}", hasher.finish())
}

/// Ids for all entries, made unique by a suffix where two entries would collide.
pub fn entry_ids(chronology: &Chronology) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    chronology
        .entries
        .iter()
        .map(|e| {
            let base = entry_id(e);
            let mut id = base.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}
