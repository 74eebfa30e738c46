//! The chronology: dated events from one or more documents, as intervals, sorted.
//!
//! An [`Entry`] is one row of `chronology.csv`; a [`Chronology`] is the rows plus the
//! documents they came from. [`Chronology::sort`] gives the contract's order: by `start`,
//! then `end`, then source order.

mod build;
pub mod merge;
mod read;

pub use build::{build, entries_of, interval_of, value_confidence};
pub use merge::{Merged, merge};
pub use read::{read_csv, read_json, read_path};

use serde::{Deserialize, Serialize};

use crate::value::{Granularity, Interval, Mod, TimexType, Value};

/// How an expression relates its event to its time ("on Saturday", "before 2001").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The event happened at/in/on/during the time.
    At,
    /// The event happened before the time ("before", "until", "by").
    Before,
    /// The event happened after the time ("after").
    After,
    /// The event started at the time and went on ("since").
    Since,
    /// The event lasted until the time ("until", "through").
    Until,
}

impl Relation {
    /// Lower-case name, as written in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::At => "at",
            Relation::Before => "before",
            Relation::After => "after",
            Relation::Since => "since",
            Relation::Until => "until",
        }
    }
}

/// A document the chronology was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document id (file path, JSONL `id`, or `-` for stdin).
    pub id: String,
    /// The DCT as an ISO date, when known.
    pub dct: Option<String>,
    /// Where the DCT came from: `option`, `metadata`, `file name`, `dateline`.
    pub dct_source: Option<String>,
    /// `news` or `narrative`, as decided for this document.
    pub doc_type: String,
    /// Title, when the input gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// One dated event: a row of `chronology.csv`, with the extra fields `chronology.json`
/// carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The TIMEX3 value.
    pub value: Value,
    /// First day of the interval the value covers (inclusive).
    pub start: chrono::NaiveDate,
    /// Last day of the interval (inclusive).
    pub end: chrono::NaiveDate,
    /// The precision of the value.
    pub granularity: Granularity,
    /// The event phrase: who did what.
    pub event: String,
    /// The time expression as written.
    pub timex: String,
    /// The sentence it is in.
    pub quote: String,
    /// The document id.
    pub source: String,
    /// Offset of the expression in the source text, in Unicode scalar values.
    pub char_start: usize,
    /// End offset of the expression (exclusive), in Unicode scalar values.
    pub char_end: usize,
    /// How sure the tool is of the date and the event tied to it, 0..1.
    pub confidence: f32,
    /// The TIMEX3 type.
    #[serde(rename = "type")]
    pub ty: TimexType,
    /// The TIMEX3 mod, when there is one.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Mod>,
    /// How the event relates to the time.
    pub relation: Relation,
    /// Char offsets of the event trigger in the source text, when one was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<(usize, usize)>,
    /// The rule that produced the value.
    pub rule: String,
}

impl Entry {
    /// The interval of this entry.
    pub fn interval(&self) -> Interval {
        Interval {
            start: self.start,
            end: self.end,
            granularity: self.granularity,
        }
    }
}

/// A chronology: the documents and their dated events, in the contract's order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Chronology {
    /// The documents, in input order.
    pub documents: Vec<DocumentInfo>,
    /// The dated events, sorted (see [`Chronology::sort`]).
    #[serde(rename = "events")]
    pub entries: Vec<Entry>,
}

impl Chronology {
    /// Sorts entries by start, then end, then source order (document order, then offset).
    /// The sort is stable, so entries that tie keep their order.
    pub fn sort(&mut self) {
        let order: std::collections::HashMap<&str, usize> = self
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let key = |e: &Entry| {
            (
                e.start,
                e.end,
                order.get(e.source.as_str()).copied().unwrap_or(usize::MAX),
                e.char_start,
            )
        };
        let mut keyed: Vec<_> = std::mem::take(&mut self.entries)
            .into_iter()
            .map(|e| (key(&e), e))
            .collect();
        keyed.sort_by_key(|a| a.0);
        self.entries = keyed.into_iter().map(|(_, e)| e).collect();
    }
}
