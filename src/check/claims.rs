//! Reading a claims CSV: columns `event,date` and an optional `source` (and `mod`), in any
//! order; other columns are ignored. `date` is an ISO prefix (`2021`, `2021-08`,
//! `2021-08-26`) or any TIMEX3 value with a calendar interval (`2021-W34`, `2001-FA`,
//! `2020-Q3`, `199`); `mod` (optional) a TIMEX3 mod such as `MID` or `START`.
//!
//! Every problem is an [`Error::Input`] naming the file, the row (as a spreadsheet counts
//! it: the header is row 1) and what is wrong.
//!
//! ```
//! use chronicler::check::claims::parse;
//! let claims = parse("event,date\nUS drone strike,2021-08-28\n", "claims.csv").unwrap();
//! assert_eq!(claims[0].interval.start.to_string(), "2021-08-28");
//! assert!(parse("event\nx\n", "claims.csv").is_err());
//! ```

use std::path::Path;

use crate::error::{Error, Result};
use crate::value::{Interval, Mod, Value};

/// One claim to check.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Its row in the CSV (the header is row 1).
    pub row: usize,
    /// The event as the claim describes it.
    pub event: String,
    /// The date as written.
    pub date: String,
    /// The date as a TIMEX3 value.
    pub value: Value,
    /// The mod from the `mod` column, when given.
    pub modifier: Option<Mod>,
    /// The days the date covers.
    pub interval: Interval,
    /// The only source that may support it, when the `source` column names one.
    pub source: Option<String>,
}

/// Reads and parses a claims file.
pub fn read(path: &Path) -> Result<Vec<Claim>> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::input(
            path,
            format!(
                "not UTF-8 text (invalid byte at {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    parse(&text, &path.display().to_string())
}

/// Parses a claims CSV; `name` is the file name used in error messages.
pub fn parse(text: &str, name: &str) -> Result<Vec<Claim>> {
    let err = |m: String| Error::input(name, m);
    if text.trim().is_empty() {
        return Err(err(
            "empty file: a claims CSV needs a header `event,date` and one claim a row".into(),
        ));
    }
    let mut r = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .map_err(|e| {
            err(format!(
                "row 1: cannot read the header: {}",
                csv_problem(&e)
            ))
        })?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(event_col), Some(date_col)) = (col("event"), col("date")) else {
        let missing: Vec<&str> = ["event", "date"]
            .into_iter()
            .filter(|c| col(c).is_none())
            .collect();
        return Err(err(format!(
            "row 1: missing column(s) {}; a claims CSV has columns event,date and optionally source (found: {})",
            missing.join(", "),
            header.join(",")
        )));
    };
    let (source_col, mod_col) = (col("source"), col("mod"));
    let mut claims = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let row = i + 2;
        let rec = rec.map_err(|e| err(format!("row {row}: {}", csv_problem(&e))))?;
        if rec.iter().all(str::is_empty) {
            continue;
        }
        let get = |c: usize| crate::export::csv::unneutralize(rec.get(c).unwrap_or("")).to_string();
        let event = get(event_col);
        if event.is_empty() {
            return Err(err(format!("row {row}: the event is empty")));
        }
        let date = get(date_col);
        let modifier = match mod_col.map(get).filter(|m| !m.is_empty()) {
            None => None,
            Some(m) => Some(Mod::parse(&m.to_ascii_uppercase()).ok_or_else(|| {
                err(format!(
                    "row {row}: mod {m:?} is not a TIMEX3 mod (START, MID, END, ...)"
                ))
            })?),
        };
        let (value, interval) =
            parse_date(&date, modifier).map_err(|m| err(format!("row {row}: {m}")))?;
        let source = source_col.map(get).filter(|s| !s.is_empty());
        claims.push(Claim {
            row,
            event,
            date,
            value,
            modifier,
            interval,
            source,
        });
    }
    if claims.is_empty() {
        return Err(err(
            "no claims: the CSV has a header but no rows".to_string()
        ));
    }
    Ok(claims)
}

/// A CSV reading error in words, without the crate's position prefix.
fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("malformed CSV: {len} field(s) where the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "malformed CSV: not UTF-8".to_string(),
        _ => format!("malformed CSV: {e}"),
    }
}

/// A claim's date: a TIMEX3 value that covers calendar days.
pub fn parse_date(
    date: &str,
    modifier: Option<Mod>,
) -> std::result::Result<(Value, Interval), String> {
    if date.is_empty() {
        return Err("the date is empty".to_string());
    }
    let value: Value = date.parse().map_err(|_| {
        format!(
            "date {date:?} is neither an ISO date (2021, 2021-08, 2021-08-26) nor a TIMEX3 value (2021-W34, 2001-FA)"
        )
    })?;
    let interval = value.interval(modifier).ok_or_else(|| {
        format!("date {date:?} covers no calendar days (a duration, a vague or underspecified value); give a date")
    })?;
    Ok((value, interval))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        parse(text, "c.csv").unwrap_err().to_string()
    }

    #[test]
    fn dates_of_every_granularity() {
        let c = parse(
            "date,event,source\n2021,a,\n2021-08,b,x.txt\n2021-W34,c,\n2001-FA,d,\n199,e,\n",
            "c.csv",
        )
        .unwrap();
        let spans: Vec<String> = c
            .iter()
            .map(|c| format!("{}..{}", c.interval.start, c.interval.end))
            .collect();
        assert_eq!(
            spans,
            [
                "2021-01-01..2021-12-31",
                "2021-08-01..2021-08-31",
                "2021-08-23..2021-08-29",
                "2001-09-01..2001-11-30",
                "1990-01-01..1999-12-31"
            ]
        );
        assert_eq!(c[1].source.as_deref(), Some("x.txt"));
        assert_eq!(c[0].source, None);
        assert_eq!(c[4].row, 6);
    }

    #[test]
    fn a_mod_column_narrows_the_date() {
        let c = parse("event,date,mod\ncollapse,2021-08,MID\n", "c.csv").unwrap();
        assert_eq!(c[0].interval.start.to_string(), "2021-08-11");
    }

    #[test]
    fn bad_input_names_file_row_and_problem() {
        assert!(message("").contains("empty file"));
        assert!(message("event,date\n").contains("no claims"));
        let m = message("event,when\na,2021\n");
        assert!(
            m.contains("c.csv") && m.contains("missing column(s) date"),
            "{m}"
        );
        let m = message("event,date\na,2021\nb,2021-13-45\n");
        assert!(m.contains("row 3") && m.contains("2021-13-45"), "{m}");
        let m = message("event,date\na,P3W\n");
        assert!(m.contains("row 2") && m.contains("no calendar days"), "{m}");
        let m = message("event,date\na,2021,extra\n");
        assert!(m.contains("row 2") && m.contains("malformed CSV"), "{m}");
        let m = message("event,date\n,2021\n");
        assert!(m.contains("row 2") && m.contains("event is empty"), "{m}");
        let m = message("event,date\n\"unclosed,2021\n");
        assert!(m.contains("c.csv"), "{m}");
    }
}
