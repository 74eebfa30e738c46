//! Reading a chronology back from `chronology.csv` or `chronology.json` (for `render` and
//! `check`), with errors that name the file, the row and the column.

use std::path::Path;

use super::{Chronology, DocumentInfo, Entry, Relation};
use crate::error::{Error, Result};
use crate::export::csv::{COLUMNS, unneutralize};
use crate::value::{Granularity, Value};

/// Reads a chronology from a `.csv` or `.json` file (by extension; anything else is tried
/// as JSON when it starts with `{`, else as CSV).
pub fn read_path(path: &Path) -> Result<Chronology> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::input(
            path,
            format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()),
        )
    })?;
    if text.trim().is_empty() {
        return Err(Error::input(path, "empty file"));
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let json = ext == "json" || (ext != "csv" && text.trim_start().starts_with('{'));
    if json {
        read_json(&text).map_err(|m| Error::input(path, m))
    } else {
        read_csv(&text, &path.display().to_string()).map_err(|m| Error::input(path, m))
    }
}

/// Parses `chronology.json`.
pub fn read_json(text: &str) -> std::result::Result<Chronology, String> {
    serde_json::from_str(text).map_err(|e| format!("not a chronology JSON: {e}"))
}

/// Parses `chronology.csv`. Extra columns after the contract's are ignored; the fields the
/// CSV does not carry (type, relation, rule) are derived or defaulted. Documents are the
/// distinct sources, in order of first appearance; `default_source` names rows without one.
pub fn read_csv(text: &str, default_source: &str) -> std::result::Result<Chronology, String> {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .map_err(|e| format!("cannot read the CSV header: {e}"))?
        .iter()
        .map(str::to_string)
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let required = ["value", "start", "end", "event", "timex"];
    let missing: Vec<_> = required.iter().filter(|c| col(c).is_none()).collect();
    if !missing.is_empty() {
        return Err(format!(
            "missing column(s) {missing:?}; a chronology CSV has columns {}",
            COLUMNS.join(",")
        ));
    }
    let mut chron = Chronology::default();
    for (i, rec) in r.records().enumerate() {
        let row = i + 2;
        let rec = rec.map_err(|e| format!("row {row}: {e}"))?;
        let get = |name: &str| {
            col(name)
                .and_then(|c| rec.get(c))
                .map(unneutralize)
                .unwrap_or("")
        };
        let value: Value = get("value")
            .parse()
            .map_err(|_| format!("row {row}: value {:?} is not a TIMEX3 value", get("value")))?;
        let date = |name: &str| {
            chrono::NaiveDate::parse_from_str(get(name), "%Y-%m-%d")
                .map_err(|_| format!("row {row}: {name} {:?} is not a YYYY-MM-DD date", get(name)))
        };
        let (start, end) = (date("start")?, date("end")?);
        if end < start {
            return Err(format!("row {row}: end {end} is before start {start}"));
        }
        let granularity = match get("granularity") {
            "" => value
                .interval(None)
                .map(|i| i.granularity)
                .unwrap_or(Granularity::Day),
            g => Granularity::parse(g)
                .ok_or_else(|| format!("row {row}: unknown granularity {g:?}"))?,
        };
        let num = |name: &str| get(name).parse::<usize>().unwrap_or(0);
        let source = match get("source") {
            "" => default_source.to_string(),
            s => s.to_string(),
        };
        if !chron.documents.iter().any(|d| d.id == source) {
            chron.documents.push(DocumentInfo {
                id: source.clone(),
                dct: None,
                dct_source: None,
                doc_type: "news".into(),
                title: None,
            });
        }
        chron.entries.push(Entry {
            ty: value.natural_type(),
            value,
            start,
            end,
            granularity,
            event: get("event").to_string(),
            timex: get("timex").to_string(),
            quote: get("quote").to_string(),
            source,
            char_start: num("char_start"),
            char_end: num("char_end"),
            confidence: get("confidence").parse().unwrap_or(1.0),
            modifier: None,
            relation: Relation::At,
            trigger: None,
            rule: String::new(),
        });
    }
    Ok(chron)
}
