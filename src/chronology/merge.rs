//! Many articles, one chronology: rows from different sources that report the same event
//! on overlapping dates become one row.
//!
//! Two rows report the same event when they are an [`agreeing_pairs`] pair: their dates
//! share a day, and each is the other's best match among the other source's rows on those
//! days, by the words of their event phrase and sentence (see
//! [`crate::check::pairs`]). Pairs join into groups, most similar first, as long as a
//! group keeps one row per source and its dates still share a day.
//!
//! A merged row is its most precise mention (the shortest interval; then the most
//! confident; then the first) with `source` listing every source, `; `-separated, the
//! shown mention's source first — so `chronology.csv` keeps its columns. The mentions
//! themselves are kept in [`Merged::mentions`], and [`Merged::to_json`] writes them into
//! `chronology.json` as each merged row's `mentions`.
//!
//! ```
//! use chronicler::chronology::{build, merge};
//! use chronicler::document::{Dct, DctSource, Document};
//! use chronicler::pipeline::analyze;
//! let dct = Dct { date: "2023-11-06".parse().unwrap(), source: DctSource::Option };
//! let a = Document::from_text("a", "The Millbrook Bridge collapsed into the Tern River on Oct. 28.", Some(dct));
//! let b = Document::from_text("b", "Three cars fell when the Millbrook Bridge collapsed into the river in October.", Some(dct));
//! let merged = merge(&build(&[analyze(a), analyze(b)]));
//! assert_eq!(merged.chronology.entries.len(), 1);
//! assert_eq!(merged.chronology.entries[0].source, "a; b");
//! assert_eq!(merged.chronology.entries[0].value.to_string(), "2023-10-28");
//! assert_eq!(merged.mentions[0].len(), 2);
//! ```

use std::collections::HashMap;

use super::{Chronology, Entry};
use crate::check::compare::Bounds;
use crate::check::index::EventIndex;
use crate::check::pairs::{agreeing_pairs, source_numbers};
use crate::error::{Error, Result};
use crate::fnv::FnvSet;

/// Separates the sources of a merged row in its `source` cell.
pub const SOURCE_SEPARATOR: &str = "; ";

/// A merged chronology and the mentions behind each of its rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Merged {
    /// The merged rows, in the contract's order.
    pub chronology: Chronology,
    /// For each row of `chronology.entries`, the rows it was merged from (one for a row
    /// that no other source reports), in source order.
    pub mentions: Vec<Vec<Entry>>,
}

/// The contract's order: start, end, source order, offset.
type SortKey = (chrono::NaiveDate, chrono::NaiveDate, usize, usize);

/// A group of entries (indexes) that report one event, at most one per source.
struct Group {
    members: Vec<usize>,
    /// The members' source numbers (see [`source_numbers`]), one per member.
    sources: FnvSet<usize>,
    common: Bounds,
}

/// Merges the rows of different sources that report the same event.
pub fn merge(chron: &Chronology) -> Merged {
    let entries = &chron.entries;
    let index = EventIndex::build(entries);
    let mut pairs = agreeing_pairs(entries, &index);
    pairs.sort_by(|x, y| y.similarity.total_cmp(&x.similarity).then(x.a.cmp(&y.a)));

    let source_of = source_numbers(entries);
    let mut group_of: Vec<usize> = (0..entries.len()).collect();
    let mut groups: Vec<Option<Group>> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            Some(Group {
                members: vec![i],
                sources: std::iter::once(source_of[i]).collect(),
                common: Bounds::of_entry(e),
            })
        })
        .collect();
    for p in pairs {
        let (ga, gb) = (group_of[p.a], group_of[p.b]);
        if ga == gb {
            continue;
        }
        let (Some(x), Some(y)) = (&groups[ga], &groups[gb]) else {
            continue;
        };
        // The smaller group moves into the larger (each entry moves O(log n) times), and
        // is the one whose sources are looked up in the other's.
        let ((into, large), (from, small)) = if x.members.len() >= y.members.len() {
            ((ga, x), (gb, y))
        } else {
            ((gb, y), (ga, x))
        };
        let shares_source = small.sources.iter().any(|s| large.sources.contains(s));
        if shares_source || !x.common.overlaps(&y.common) {
            continue;
        }
        let common = intersect(&x.common, &y.common);
        let Some(moved) = groups[from].take() else {
            continue;
        };
        for &j in &moved.members {
            group_of[j] = into;
        }
        if let Some(g) = groups[into].as_mut() {
            g.members.extend(moved.members);
            g.sources.extend(moved.sources);
            g.common = common;
        }
    }

    let order: HashMap<&str, usize> = chron
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let doc_order = |e: &Entry| order.get(e.source.as_str()).copied().unwrap_or(usize::MAX);
    let mut rows: Vec<(SortKey, Entry, Vec<Entry>)> = Vec::new();
    for g in groups.into_iter().flatten() {
        let mut members = g.members;
        members.sort_by_key(|&i| (doc_order(&entries[i]), i));
        let rep = *members
            .iter()
            .min_by(|&&a, &&b| {
                let (x, y) = (&entries[a], &entries[b]);
                x.interval()
                    .days()
                    .cmp(&y.interval().days())
                    .then(y.confidence.total_cmp(&x.confidence))
                    .then(a.cmp(&b))
            })
            .unwrap_or(&members[0]);
        let mut row = entries[rep].clone();
        let key = (row.start, row.end, doc_order(&row), row.char_start);
        if members.len() > 1 {
            // A group holds one entry per source: the others' sources follow the shown one.
            let mut sources = vec![entries[rep].source.as_str()];
            sources.extend(
                members
                    .iter()
                    .filter(|&&i| source_of[i] != source_of[rep])
                    .map(|&i| entries[i].source.as_str()),
            );
            row.source = sources.join(SOURCE_SEPARATOR);
        }
        let mentions = members.iter().map(|&i| entries[i].clone()).collect();
        rows.push((key, row, mentions));
    }
    rows.sort_by_key(|r| r.0);
    let mut merged = Merged {
        chronology: Chronology {
            documents: chron.documents.clone(),
            entries: Vec::with_capacity(rows.len()),
        },
        mentions: Vec::with_capacity(rows.len()),
    };
    for (_, row, mentions) in rows {
        merged.chronology.entries.push(row);
        merged.mentions.push(mentions);
    }
    merged
}

/// The days two overlapping ranges share.
fn intersect(a: &Bounds, b: &Bounds) -> Bounds {
    let later = |x: Option<chrono::NaiveDate>, y: Option<chrono::NaiveDate>| match (x, y) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    };
    let earlier = |x: Option<chrono::NaiveDate>, y: Option<chrono::NaiveDate>| match (x, y) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    };
    Bounds {
        start: later(a.start, b.start),
        end: earlier(a.end, b.end),
    }
}

impl Merged {
    /// `chronology.json` for the merged chronology: `{"documents", "events"}` as
    /// [`crate::export::json::write`] gives, and on each row merged from several mentions
    /// a `mentions` array with every one of them (same fields as an event).
    pub fn to_json(&self) -> Result<Vec<u8>> {
        /// A row as `chronology.json` writes it, with its mentions when merged.
        #[derive(serde::Serialize)]
        struct Row<'a> {
            #[serde(flatten)]
            entry: &'a Entry,
            #[serde(skip_serializing_if = "Option::is_none")]
            mentions: Option<&'a [Entry]>,
        }
        /// `chronology.json`: the same keys, in the same order, as [`Chronology`].
        #[derive(serde::Serialize)]
        struct Doc<'a> {
            documents: &'a [super::DocumentInfo],
            events: Vec<Row<'a>>,
        }
        let doc = Doc {
            documents: &self.chronology.documents,
            events: self
                .chronology
                .entries
                .iter()
                .enumerate()
                .map(|(i, entry)| Row {
                    entry,
                    mentions: self
                        .mentions
                        .get(i)
                        .filter(|m| m.len() > 1)
                        .map(Vec::as_slice),
                })
                .collect(),
        };
        let mut out = serde_json::to_vec_pretty(&doc)
            .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
        out.push(b'\n');
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Dct, DctSource, Document};
    use crate::pipeline::analyze;

    fn doc(id: &str, dct: &str, text: &str) -> crate::pipeline::Analysis {
        let dct = Dct {
            date: dct.parse().unwrap(),
            source: DctSource::Option,
        };
        analyze(Document::from_text(id, text, Some(dct)))
    }

    #[test]
    fn the_same_event_from_two_sources_is_one_row_with_the_precise_date() {
        let a = doc(
            "a",
            "2023-11-03",
            "Divers recovered a submerged pickup truck from the Tern River in November.",
        );
        let b = doc(
            "b",
            "2023-11-06",
            "Divers recovered a pickup truck from the Tern River last Wednesday.",
        );
        let merged = merge(&super::super::build(&[a, b]));
        assert_eq!(merged.chronology.entries.len(), 1);
        let row = &merged.chronology.entries[0];
        assert_eq!(row.value.to_string(), "2023-11-01");
        assert_eq!(row.source, "b; a");
        let json: serde_json::Value = serde_json::from_slice(&merged.to_json().unwrap()).unwrap();
        assert_eq!(json["events"][0]["mentions"].as_array().unwrap().len(), 2);
        // The merged JSON still reads back as a chronology.
        let back =
            crate::chronology::read_json(&String::from_utf8(merged.to_json().unwrap()).unwrap())
                .unwrap();
        assert_eq!(back.entries.len(), 1);
    }

    #[test]
    fn one_source_comes_back_as_it_was() {
        let a = doc(
            "a",
            "2021-09-01",
            "The US military ousted the Taliban in the fall of 2001. On Saturday, a drone \
             strike killed two IS planners, and on Tuesday Biden spoke.",
        );
        let chron = super::super::build(&[a]);
        let merged = merge(&chron);
        assert_eq!(merged.chronology, chron);
        assert_eq!(
            merged.to_json().unwrap(),
            crate::export::json::write(&chron).unwrap()
        );
        assert_eq!(
            crate::export::csv::write(&merged.chronology).unwrap(),
            crate::export::csv::write(&chron).unwrap()
        );
    }

    #[test]
    fn disagreeing_dates_and_other_events_stay_apart() {
        let a = doc(
            "a",
            "2023-11-03",
            "The bridge opened in 1962. Divers recovered a truck on Wednesday.",
        );
        let b = doc(
            "b",
            "2023-11-06",
            "The bridge opened in 1958. The governor toured the site on Friday.",
        );
        let merged = merge(&super::super::build(&[a, b]));
        assert_eq!(merged.chronology.entries.len(), 4);
        assert!(merged.mentions.iter().all(|m| m.len() == 1));
        assert!(
            merged
                .chronology
                .entries
                .iter()
                .all(|e| !e.source.contains(';'))
        );
    }
}
