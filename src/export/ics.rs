//! iCalendar (RFC 5545): one all-day `VEVENT` per day-precision entry (`DTSTART;VALUE=DATE`,
//! `DTEND` the next day), with a stable `UID`, a `DTSTAMP` derived from the data (the
//! latest article date, else the latest event) rather than the clock, escaped text, lines
//! folded at 75 octets and CRLF line ends. Entries less precise than a day are left out:
//! a calendar cannot say "August 2021" without inventing a day.

use chrono::NaiveDate;

use crate::chronology::Chronology;
use crate::render::when::{self, Style};
use crate::value::Granularity;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line to at most 75 octets per physical line (continuations start
/// with a space), never splitting a UTF-8 character, and ends it with CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// Writes the day-precision entries of `chronology` as an iCalendar named `title`.
pub fn write(chronology: &Chronology, title: &str) -> String {
    let ids = super::entry_ids(chronology);
    let stamp_day = chronology
        .documents
        .iter()
        .filter_map(|d| d.dct.as_deref())
        .filter_map(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
        .max()
        .or_else(|| chronology.entries.iter().map(|e| e.end).max())
        .unwrap_or_default();
    let stamp = format!("{}T000000Z", ymd(stamp_day));
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//chronicler//chronicler//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    fold(&format!("X-WR-CALNAME:{}", escape_text(title)), &mut out);
    for (e, id) in chronology.entries.iter().zip(&ids) {
        if !matches!(e.granularity, Granularity::Day | Granularity::Time) || e.start != e.end {
            continue;
        }
        let next = e.start.succ_opt().unwrap_or(e.start);
        let summary = if e.event.trim().is_empty() {
            &e.timex
        } else {
            &e.event
        };
        let mut desc = String::new();
        if !e.quote.is_empty() {
            desc.push_str(&format!("“{}”\n\n", e.quote));
        }
        desc.push_str(&format!(
            "Date: {} (as written: “{}”, {})\nSource: {}",
            when::phrase(e, Style::Long, true),
            e.timex,
            e.value,
            e.source
        ));
        fold("BEGIN:VEVENT", &mut out);
        fold(&format!("UID:{id}@chronicler"), &mut out);
        fold(&format!("DTSTAMP:{stamp}"), &mut out);
        fold(&format!("DTSTART;VALUE=DATE:{}", ymd(e.start)), &mut out);
        fold(&format!("DTEND;VALUE=DATE:{}", ymd(next)), &mut out);
        fold(&format!("SUMMARY:{}", escape_text(summary)), &mut out);
        fold(&format!("DESCRIPTION:{}", escape_text(&desc)), &mut out);
        fold(&format!("CATEGORIES:{}", escape_text(&e.source)), &mut out);
        fold("TRANSP:TRANSPARENT", &mut out);
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}
