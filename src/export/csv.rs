//! `chronology.csv`: the contract's columns, in order, safe to open in a spreadsheet.

use crate::chronology::Chronology;
use crate::error::{Error, Result};

/// The columns of `chronology.csv`, in order (a contract: scripts read them by position).
pub const COLUMNS: [&str; 11] = [
    "value",
    "start",
    "end",
    "granularity",
    "event",
    "timex",
    "quote",
    "source",
    "char_start",
    "char_end",
    "confidence",
];

/// Makes a cell safe for spreadsheets: a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'`, so it is shown as text instead of run as a
/// formula. [`unneutralize`] undoes it.
///
/// ```
/// use chronicler::export::csv::neutralize;
/// assert_eq!(neutralize("=HYPERLINK(1)"), "'=HYPERLINK(1)");
/// assert_eq!(neutralize("Biden said"), "Biden said");
/// ```
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Reverses [`neutralize`] when reading a cell back.
pub fn unneutralize(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Writes the chronology as CSV with the contract's header.
pub fn write(chronology: &Chronology) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_to(chronology, &mut out)?;
    Ok(out)
}

/// Writes the chronology as CSV with the contract's header into `out` (a file, without
/// holding the whole CSV in memory).
pub fn write_to(chronology: &Chronology, out: impl std::io::Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let err = |e: csv::Error| Error::Usage(format!("cannot write CSV: {e}"));
    w.write_record(COLUMNS).map_err(err)?;
    for e in &chronology.entries {
        let value = e.value.to_string();
        let start = e.start.to_string();
        let end = e.end.to_string();
        let char_start = e.char_start.to_string();
        let char_end = e.char_end.to_string();
        let confidence = format!("{:.2}", e.confidence);
        w.write_record([
            neutralize(&value).as_ref(),
            &start,
            &end,
            e.granularity.as_str(),
            &neutralize(&e.event),
            &neutralize(&e.timex),
            &neutralize(&e.quote),
            &neutralize(&e.source),
            &char_start,
            &char_end,
            &confidence,
        ])
        .map_err(err)?;
    }
    w.flush()
        .map_err(|e| Error::Usage(format!("cannot write CSV: {e}")))
}
