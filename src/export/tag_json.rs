//! `tag --format json`: a document's time expressions as pretty-printed JSON, written
//! straight into one buffer. The bytes are those of `serde_json::to_string_pretty` of
//! [`crate::pipeline::to_json`] (keys in sorted order), without building a JSON tree or a
//! string per field: on a long document that cost as much as tagging it.

use crate::pipeline::Analysis;
use crate::text::CharCursor;

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    // `serde_json` writing into a `Vec` cannot fail.
    serde_json::to_writer(&mut *out, s).expect("writing JSON into memory");
}

/// Appends a date as `YYYY-MM-DD` (chrono's `Display`), without going through a formatter
/// for the usual four-digit years.
fn date(out: &mut Vec<u8>, d: chrono::NaiveDate) {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&y) {
        let y = y as u32;
        out.extend_from_slice(&[
            b'"',
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
            b'-',
            b'0' + (m / 10) as u8,
            b'0' + (m % 10) as u8,
            b'-',
            b'0' + (day / 10) as u8,
            b'0' + (day % 10) as u8,
            b'"',
        ]);
    } else {
        string(out, &d.to_string());
    }
}

/// Appends `n` in decimal.
fn uint(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Starts field `key` of an object at depth 3 (a time expression).
fn key(out: &mut Vec<u8>, first: &mut bool, key: &str) {
    out.extend_from_slice(if *first {
        b"\n      \""
    } else {
        b",\n      \""
    });
    *first = false;
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\": ");
}

/// The analysis's time expressions as pretty-printed JSON: `{"dct", "doc_type", "id",
/// "timexes": [{"char_end", "char_start", "end"?, "freq"?, "mod"?, "quant"?, "rule",
/// "start"?, "text", "tid", "type", "value"}]}`.
pub fn write(a: &Analysis) -> String {
    let text = a.doc.text.as_str();
    // The expressions come in text order: a cursor counts chars in one pass.
    let mut chars = CharCursor::default();
    let mut out = Vec::with_capacity(256 + a.timexes.len() * 256);
    out.extend_from_slice(b"{\n  \"dct\": ");
    match a.doc.dct {
        Some(d) => date(&mut out, d.date),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\n  \"doc_type\": ");
    string(&mut out, a.kind.as_str());
    out.extend_from_slice(b",\n  \"id\": ");
    string(&mut out, &a.doc.id);
    out.extend_from_slice(b",\n  \"timexes\": [");
    let mut value = String::new();
    for (i, t) in a.timexes.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n    {" } else { b",\n    {" });
        let first = &mut true;
        let iv = t.value.interval(t.modifier).or(t.range);
        key(&mut out, first, "char_end");
        uint(&mut out, chars.char_offset(text, t.span.end));
        key(&mut out, first, "char_start");
        uint(&mut out, chars.char_offset(text, t.span.start));
        if let Some(iv) = iv {
            key(&mut out, first, "end");
            date(&mut out, iv.end);
        }
        if let Some(f) = &t.freq {
            key(&mut out, first, "freq");
            string(&mut out, f);
        }
        if let Some(m) = t.modifier {
            key(&mut out, first, "mod");
            string(&mut out, m.as_str());
        }
        if let Some(q) = t.quant {
            key(&mut out, first, "quant");
            string(&mut out, q);
        }
        key(&mut out, first, "rule");
        string(&mut out, t.rule);
        if let Some(iv) = iv {
            key(&mut out, first, "start");
            date(&mut out, iv.start);
        }
        key(&mut out, first, "text");
        string(&mut out, &text[t.span.start..t.span.end]);
        key(&mut out, first, "tid");
        out.extend_from_slice(b"\"t");
        uint(&mut out, i + 1);
        out.push(b'"');
        key(&mut out, first, "type");
        string(&mut out, t.ty.as_str());
        key(&mut out, first, "value");
        value.clear();
        std::fmt::Write::write_fmt(&mut value, format_args!("{}", t.value))
            .expect("writing into memory");
        string(&mut out, &value);
        out.extend_from_slice(b"\n    }");
    }
    if !a.timexes.is_empty() {
        out.extend_from_slice(b"\n  ");
    }
    out.extend_from_slice(b"]\n}");
    String::from_utf8(out).expect("JSON of valid strings is UTF-8")
}

#[cfg(test)]
mod tests {
    use crate::document::{Dct, DctSource, Document};
    use crate::pipeline::{analyze_timexes, to_json};

    fn same_as_serde(text: &str, dct: Option<&str>) {
        let dct = dct.map(|d| Dct {
            date: d.parse().unwrap(),
            source: DctSource::Option,
        });
        let a = analyze_timexes(Document::from_text("doc \"1\"", text, dct));
        let expected = serde_json::to_string_pretty(&to_json(&a)).unwrap();
        assert_eq!(super::write(&a), expected);
    }

    #[test]
    fn writes_the_bytes_serde_json_writes() {
        let text = "On Saturday, three days after mid-August, the “strike” \\ ended at \
                    5:45 p.m.\tEvery week since the past 20 years, twice a day. Now, in the \
                    fall of 2001 and the 1990s, early 2018 — recently — in 12021 or 0003.";
        same_as_serde(text, Some("2021-09-01"));
        same_as_serde(text, None);
        same_as_serde("nothing here", Some("2021-09-01"));
        same_as_serde("", None);
        same_as_serde("a decade ago", Some("0003-02-01"));
        same_as_serde("in 20 years", Some("9990-02-01"));
    }
}
