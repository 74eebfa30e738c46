//! `chronology.json`: the documents and every row with its TIMEX3 type, mod, relation,
//! trigger offsets and rule.

use crate::chronology::Chronology;
use crate::error::{Error, Result};

/// Writes the chronology as pretty-printed JSON: `{"documents": [...], "events": [...]}`.
pub fn write(chronology: &Chronology) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(chronology)
        .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}
