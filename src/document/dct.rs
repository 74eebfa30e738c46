//! Finding a document's creation time when no `--dct` is given.
//!
//! Sources, first that exists wins: `--dct`, the document's own metadata, a `YYYY-MM-DD`
//! in the file name, a dateline or photo-caption date near the top of the text (with a
//! warning). Otherwise there is no DCT, and relative expressions stay underspecified:
//! today's date is never used.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::error::{Error, Result};

/// Parses a `--dct` value: `YYYY-MM-DD` (also `YYYYMMDD`, or a timestamp whose date part
/// is `YYYY-MM-DD`).
///
/// ```
/// use chronicler::document::dct::parse_dct;
/// assert_eq!(parse_dct("2021-09-01").unwrap().to_string(), "2021-09-01");
/// assert!(parse_dct("2021-13-45").is_err());
/// ```
pub fn parse_dct(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    let date_part = t.split(['T', ' ']).next().unwrap_or(t);
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(date_part, "%Y%m%d"))
        .map_err(|_| {
            Error::Usage(format!(
                "--dct {s:?} is not a calendar date; write it as YYYY-MM-DD, e.g. 2021-09-01"
            ))
        })
}

/// Reads a DCT from a TIMEX3 value in metadata ("1998-01-08", "19980108", "1998-01-08T10:00").
pub fn from_metadata_value(v: &str) -> Option<NaiveDate> {
    parse_dct(v).ok()
}

static FILE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])((?:1[6-9]|2[0-9])[0-9]{2})[-_.]([01][0-9])[-_.]([0-3][0-9])(?:[^0-9]|$)",
    )
    .expect("valid regex")
});

/// A `YYYY-MM-DD` (or `YYYY_MM_DD`, `YYYY.MM.DD`) date in a file name.
///
/// ```
/// use chronicler::document::dct::from_file_name;
/// assert_eq!(from_file_name("input/afghanistan-milley-2021-09-01.txt").unwrap().to_string(), "2021-09-01");
/// assert!(from_file_name("notes-2021.txt").is_none());
/// ```
pub fn from_file_name(path: &str) -> Option<NaiveDate> {
    let name = std::path::Path::new(path).file_name()?.to_str()?;
    FILE_DATE.captures_iter(name).find_map(|c| {
        NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    })
}

const MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?P<m1>{MONTHS})\s+(?P<d1>[0-3]?[0-9]),?\s+(?P<y1>(?:19|20)[0-9]{{2}})|(?P<d2>[0-3]?[0-9])\s+(?P<m2>{MONTHS})\s+(?P<y2>(?:19|20)[0-9]{{2}})|(?P<y3>(?:19|20)[0-9]{{2}})-(?P<mo3>[01][0-9])-(?P<d3>[0-3][0-9]))\b"
    ))
    .expect("valid regex")
});

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.').to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names
        .iter()
        .position(|n| m.starts_with(n))
        .map(|i| i as u32 + 1)
}

static DATELINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^\s*(?:published|posted|updated|date|dated|first\s+published|last\s+updated)\b  # a byline date
        | ^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*(?:\([A-Za-z ]+\))?\s*[,—–-]  # KABUL, ... —
        | \((?:AP|AFP|Reuters|Getty|EPA|UPI)\b | \bPhoto\b | ^\s*\S+\s*$  # a caption or a bare date
        ",
    )
    .expect("valid regex")
});

/// A full date written in a dateline near the top of the text: a dateline line
/// ("KABUL, Aug. 31, 2021 —"), a "Published"/"Updated" line, a photo caption ("(AP
/// Photo/...)"), or a line holding only a date. Dates in ordinary sentences are not
/// datelines ("The operation was launched on 6 June 1944"). Only the first 30 lines and
/// 3,000 characters are read.
pub fn from_dateline(text: &str) -> Option<NaiveDate> {
    let mut end = text.len().min(3000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end]
        .lines()
        .take(30)
        .filter(|line| DATELINE_LINE.is_match(line) || line.trim().len() <= 40)
        .find_map(date_in)
}

fn date_in(line: &str) -> Option<NaiveDate> {
    TEXT_DATE.captures_iter(line).find_map(|c| {
        let (y, m, d) = if let Some(y) = c.name("y1") {
            (y.as_str(), month_number(&c["m1"])?, &c["d1"])
        } else if let Some(y) = c.name("y2") {
            (y.as_str(), month_number(&c["m2"])?, &c["d2"])
        } else {
            (&c["y3"], c["mo3"].parse().ok()?, &c["d3"])
        };
        NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_and_captions_give_a_date() {
        assert_eq!(
            from_dateline("Milley speaks at the Pentagon in Washington, September 1, 2021, about the war. (AP Photo/Susan Walsh)")
                .unwrap()
                .to_string(),
            "2021-09-01"
        );
        assert_eq!(
            from_dateline("KABUL, 31 August 2021 (AFP) - The last")
                .unwrap()
                .to_string(),
            "2021-08-31"
        );
        assert!(from_dateline("No date here at all, just 2021 points.").is_none());
        assert_eq!(
            from_dateline("Published: March 3, 2022\nThe talks ended.")
                .unwrap()
                .to_string(),
            "2022-03-03"
        );
        assert!(
            from_dateline("Operation Overlord was launched on 6 June 1944 with the landings.")
                .is_none()
        );
    }
}
