//! Conflicts between sources: the same event (a [`same_event_pairs`] pair) dated on days
//! that do not overlap, e.g. one article says the museum reopened on Tuesday and the other
//! on Wednesday.

use super::compare::Bounds;
use super::index::EventIndex;
use super::pairs::same_event_pairs;
use crate::chronology::{Chronology, Entry};

/// One event that two sources date differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// What the first source says (first in source order).
    pub a: Entry,
    /// What the other source says.
    pub b: Entry,
    /// How alike the two mentions are (cosine, 0..1).
    pub similarity: f32,
}

/// The conflicts of a chronology built from several sources, in the chronology's order
/// of their first side. `index` must be built from `chron.entries`.
pub fn conflicts(chron: &Chronology, index: &EventIndex) -> Vec<Conflict> {
    let entries = &chron.entries;
    let order = |e: &Entry| {
        chron
            .documents
            .iter()
            .position(|d| d.id == e.source)
            .unwrap_or(usize::MAX)
    };
    same_event_pairs(entries, index)
        .into_iter()
        .filter(|p| !Bounds::of_entry(&entries[p.a]).overlaps(&Bounds::of_entry(&entries[p.b])))
        .map(|p| {
            let (x, y) = (&entries[p.a], &entries[p.b]);
            let (a, b) = if order(y) < order(x) { (y, x) } else { (x, y) };
            Conflict {
                a: a.clone(),
                b: b.clone(),
                similarity: p.similarity,
            }
        })
        .collect()
}
