//! Writing `check`'s results: claims' verdicts or conflicts between sources, as CSV, JSON
//! or a readable text report. Every function returns the whole output as bytes; the caller
//! writes it at once.
//!
//! - Claims CSV: one row per claim, in input order, with the contract's columns
//!   [`CLAIM_COLUMNS`] and then `precision,score,timex`.
//! - Conflicts CSV: one row per conflict, columns [`CONFLICT_COLUMNS`].
//! - JSON: `{"claims": [...], "summary": {...}, "warnings": [...]}` or
//!   `{"conflicts": [...], "sources": N, "warnings": [...]}`.
//! - Text: one block per claim or conflict, coloured when asked to; warnings go to stderr
//!   (see the CLI), not into the text.
//!
//! CSV cells are neutralized for spreadsheets like `chronology.csv`'s.

use serde_json::{Value as Json, json};

use super::conflicts::Conflict;
use super::consistency::Warning;
use super::verify::{Finding, Verdict};
use crate::chronology::Entry;
use crate::error::{Error, Result};
use crate::export::csv::neutralize;

/// The columns of a claims report, in order (a contract), before the extra ones.
pub const CLAIM_COLUMNS: [&str; 9] = [
    "event",
    "date",
    "verdict",
    "evidence_value",
    "evidence_event",
    "quote",
    "source",
    "char_start",
    "char_end",
];

/// Extra columns of a claims report, after [`CLAIM_COLUMNS`].
pub const CLAIM_EXTRA_COLUMNS: [&str; 3] = ["precision", "score", "timex"];

/// The columns of a conflicts report, in order.
pub const CONFLICT_COLUMNS: [&str; 15] = [
    "event_a",
    "value_a",
    "timex_a",
    "quote_a",
    "source_a",
    "char_start_a",
    "char_end_a",
    "event_b",
    "value_b",
    "timex_b",
    "quote_b",
    "source_b",
    "char_start_b",
    "char_end_b",
    "similarity",
];

fn csv_err(e: impl std::fmt::Display) -> Error {
    Error::Usage(format!("cannot write CSV: {e}"))
}

fn json_bytes(v: &Json) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(v)
        .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

fn write_rows(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).map_err(csv_err)?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralize(c).into_owned()))
            .map_err(csv_err)?;
    }
    w.into_inner().map_err(csv_err)
}

fn score(s: Option<f32>) -> String {
    s.map(|s| format!("{s:.2}")).unwrap_or_default()
}

/// The claims report as CSV.
pub fn claims_csv(findings: &[Finding]) -> Result<Vec<u8>> {
    let header: Vec<&str> = CLAIM_COLUMNS
        .iter()
        .chain(&CLAIM_EXTRA_COLUMNS)
        .copied()
        .collect();
    let rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            let e = f.evidence.as_ref();
            let get = |g: fn(&Entry) -> String| e.map(g).unwrap_or_default();
            vec![
                f.claim.event.clone(),
                f.claim.date.clone(),
                f.verdict.as_str().to_string(),
                get(|e| e.value.to_string()),
                get(|e| e.event.clone()),
                get(|e| e.quote.clone()),
                get(|e| e.source.clone()),
                get(|e| e.char_start.to_string()),
                get(|e| e.char_end.to_string()),
                f.precision
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_default(),
                score(f.score),
                get(|e| e.timex.clone()),
            ]
        })
        .collect();
    write_rows(&header, &rows)
}

/// How many claims got each verdict.
pub fn summary(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |v: Verdict| findings.iter().filter(|f| f.verdict == v).count();
    (
        n(Verdict::Supported),
        n(Verdict::Contradicted),
        n(Verdict::Unverified),
    )
}

/// The claims report as JSON.
pub fn claims_json(findings: &[Finding], warnings: &[Warning]) -> Result<Vec<u8>> {
    let claims: Vec<Json> = findings
        .iter()
        .map(|f| {
            let e = f.evidence.as_ref();
            json!({
                "row": f.claim.row,
                "event": f.claim.event,
                "date": f.claim.date,
                "claim_source": f.claim.source,
                "verdict": f.verdict,
                "precision": f.precision,
                "score": f.score.map(|s| (s * 100.0).round() / 100.0),
                "evidence_value": e.map(|e| e.value.to_string()),
                "evidence_start": e.map(|e| e.start.to_string()),
                "evidence_end": e.map(|e| e.end.to_string()),
                "evidence_event": e.map(|e| e.event.clone()),
                "timex": e.map(|e| e.timex.clone()),
                "quote": e.map(|e| e.quote.clone()),
                "source": e.map(|e| e.source.clone()),
                "char_start": e.map(|e| e.char_start),
                "char_end": e.map(|e| e.char_end),
            })
        })
        .collect();
    let (s, c, u) = summary(findings);
    json_bytes(&json!({
        "claims": claims,
        "summary": {"supported": s, "contradicted": c, "unverified": u},
        "warnings": warnings,
    }))
}

fn side_json(e: &Entry) -> Json {
    json!({
        "value": e.value.to_string(),
        "start": e.start.to_string(),
        "end": e.end.to_string(),
        "event": e.event,
        "timex": e.timex,
        "quote": e.quote,
        "source": e.source,
        "char_start": e.char_start,
        "char_end": e.char_end,
    })
}

/// The conflicts report as CSV.
pub fn conflicts_csv(conflicts: &[Conflict]) -> Result<Vec<u8>> {
    let side = |e: &Entry| {
        vec![
            e.event.clone(),
            e.value.to_string(),
            e.timex.clone(),
            e.quote.clone(),
            e.source.clone(),
            e.char_start.to_string(),
            e.char_end.to_string(),
        ]
    };
    let rows: Vec<Vec<String>> = conflicts
        .iter()
        .map(|c| {
            let mut row = side(&c.a);
            row.extend(side(&c.b));
            row.push(format!("{:.2}", c.similarity));
            row
        })
        .collect();
    write_rows(&CONFLICT_COLUMNS, &rows)
}

/// The conflicts report as JSON.
pub fn conflicts_json(
    conflicts: &[Conflict],
    sources: usize,
    warnings: &[Warning],
) -> Result<Vec<u8>> {
    let list: Vec<Json> = conflicts
        .iter()
        .map(|c| {
            json!({
                "event": c.a.event,
                "similarity": (c.similarity * 100.0).round() / 100.0,
                "a": side_json(&c.a),
                "b": side_json(&c.b),
            })
        })
        .collect();
    json_bytes(&json!({
        "conflicts": list,
        "sources": sources,
        "warnings": warnings,
    }))
}

/// ANSI styles for the text report, or none.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn verdict(&self, v: Verdict) -> String {
        let code = match v {
            Verdict::Supported => "32",
            Verdict::Contradicted => "31",
            Verdict::Unverified => "33",
        };
        self.paint(code, &format!("{:<12}", v.as_str()))
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// A quote cut to about `max` chars on a word boundary.
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{cut} …")
}

fn where_(e: &Entry) -> String {
    format!(
        "{} \"{}\" in {} (chars {}–{})",
        e.value, e.timex, e.source, e.char_start, e.char_end
    )
}

/// The claims report as text; `color` adds ANSI colours.
pub fn claims_text(findings: &[Finding], color: bool) -> Vec<u8> {
    let st = Style { on: color };
    let mut out = String::new();
    for f in findings {
        out.push_str(&format!(
            "{} {} — {}\n",
            st.verdict(f.verdict),
            st.bold(&f.claim.event),
            f.claim.date
        ));
        let pad = " ".repeat(13);
        match &f.evidence {
            Some(e) => {
                let how = match f.precision {
                    Some(p) => format!("{} by", p.as_str()),
                    None => "dated otherwise by".to_string(),
                };
                out.push_str(&format!("{pad}{how} {}\n", where_(e)));
                out.push_str(&format!(
                    "{pad}{}\n",
                    st.dim(&format!("“{}”", short(&e.quote, 110)))
                ));
            }
            None => out.push_str(&format!(
                "{pad}{}\n",
                st.dim("no dated event in the sources matches these words")
            )),
        }
    }
    let (s, c, u) = summary(findings);
    out.push_str(&format!(
        "\n{} claims: {s} supported, {c} contradicted, {u} unverified\n",
        findings.len()
    ));
    out.into_bytes()
}

/// The conflicts report as text; `color` adds ANSI colours.
pub fn conflicts_text(conflicts: &[Conflict], sources: usize, color: bool) -> Vec<u8> {
    let st = Style { on: color };
    let mut out = String::new();
    for c in conflicts {
        out.push_str(&format!(
            "{} {}\n",
            st.paint("31", "conflict"),
            st.bold(&short(&c.a.event, 90))
        ));
        for e in [&c.a, &c.b] {
            out.push_str(&format!("  {}\n", where_(e)));
            out.push_str(&format!(
                "    {}\n",
                st.dim(&format!("“{}”", short(&e.quote, 110)))
            ));
        }
    }
    out.push_str(&format!(
        "{}{sources} sources, {} conflict{}\n",
        if conflicts.is_empty() { "" } else { "\n" },
        conflicts.len(),
        if conflicts.len() == 1 { "" } else { "s" }
    ));
    out.into_bytes()
}

/// A warning as one line for stderr.
pub fn warning_line(w: &Warning) -> String {
    format!(
        "{} (chars {}–{}): {} \"{}\": {}",
        w.source,
        w.char_start,
        w.char_end,
        w.kind.as_str(),
        w.text,
        w.message
    )
}
