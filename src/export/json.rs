//! `chronology.json`: the documents and every row with its TIMEX3 type, mod, relation,
//! trigger offsets and rule.

use crate::chronology::Chronology;
use crate::error::{Error, Result};

/// Writes the chronology as pretty-printed JSON: `{"documents": [...], "events": [...]}`.
pub fn write(chronology: &Chronology) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_to(chronology, &mut out)?;
    Ok(out)
}

/// Writes the chronology as pretty-printed JSON into `out` (a file, without holding the
/// whole JSON in memory).
pub fn write_to(chronology: &Chronology, mut out: impl std::io::Write) -> Result<()> {
    let err = |e: std::io::Error| Error::Usage(format!("cannot write JSON: {e}"));
    serde_json::to_writer_pretty(&mut out, chronology).map_err(|e| err(e.into()))?;
    out.write_all(b"\n").map_err(err)
}
