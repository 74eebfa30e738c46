//! The same event in two sources: pairs of dated events from different sources that are
//! each other's best match, with a similarity of at least [`SAME_EVENT`]. Conflicts are the
//! pairs whose dates share no day; [`crate::chronology::merge`] joins the pairs that agree.
//!
//! Mutual best matching keeps one source's mention of an event from pairing with a merely
//! similar mention in the other ("the museum reopened on Tuesday" pairs with the other
//! source's reopening, not with "the cafe will reopen next month").

use std::collections::HashMap;

use super::index::EventIndex;
use crate::chronology::Entry;

/// The cosine two dated events must reach to be taken for the same event; calibrated on
/// `tests/data/check` (see `tests/check.rs`).
pub const SAME_EVENT: f32 = 0.2;

/// Added to the similarity of two dated events with the same predicate ("opened in 1962",
/// "which opened in 1958"): the predicate names the event.
pub const PREDICATE_BONUS: f32 = 0.15;

/// Terms two dated events must share to be taken for the same event when they have no
/// predicate in common: an event is who did what to whom, and "the city council" alone in
/// two sentences is a likeness of words, not of events.
pub const MIN_SHARED_TERMS: usize = 3;
/// Terms two dated events with a predicate in common must share ("bridge" + "opened").
pub const MIN_SHARED_WITH_PREDICATE: usize = 2;

/// Two entries (indexes into the entry slice) that tell the same event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// The entry that comes first in the slice.
    pub a: usize,
    /// The entry from the other source.
    pub b: usize,
    /// Their similarity (cosine, 0..1).
    pub similarity: f32,
}

/// How alike two dated events are: the cosine of their weighted terms, plus
/// [`PREDICATE_BONUS`] when they share a predicate, at most 1.
pub fn similarity(index: &EventIndex, a: usize, b: usize, cosine: f32) -> f32 {
    let bonus = if index.share_predicate(a, b) {
        PREDICATE_BONUS
    } else {
        0.0
    };
    (cosine + bonus).min(1.0)
}

/// For each entry, its best match in each other source (at or above [`SAME_EVENT`]).
fn best_per_source<'a>(
    entries: &'a [Entry],
    index: &EventIndex,
    i: usize,
) -> HashMap<&'a str, (usize, f32)> {
    let mut best: HashMap<&str, (usize, f32)> = HashMap::new();
    let own = entries[i].source.as_str();
    for (j, cos) in index.similar(i, |j| entries[j].source != own) {
        if cos + PREDICATE_BONUS < SAME_EVENT {
            break;
        }
        let shared = index.shared_terms(i, j);
        let needed = if index.share_predicate(i, j) {
            MIN_SHARED_WITH_PREDICATE
        } else {
            MIN_SHARED_TERMS
        };
        if shared < needed {
            continue;
        }
        let s = similarity(index, i, j, cos);
        if s < SAME_EVENT {
            continue;
        }
        let slot = best.entry(entries[j].source.as_str()).or_insert((j, s));
        if s > slot.1 {
            *slot = (j, s);
        }
    }
    best
}

/// Every mutual-best pair of entries from different sources, in entry order.
pub fn same_event_pairs(entries: &[Entry], index: &EventIndex) -> Vec<Pair> {
    let best: Vec<HashMap<&str, (usize, f32)>> = (0..entries.len())
        .map(|i| best_per_source(entries, index, i))
        .collect();
    let mut pairs = Vec::new();
    for (a, by_source) in best.iter().enumerate() {
        let mut mine: Vec<(usize, f32)> = by_source.values().copied().collect();
        mine.sort_by_key(|&(b, _)| b);
        for (b, s) in mine {
            if b <= a {
                continue;
            }
            let back = best[b].get(entries[a].source.as_str());
            if back.is_some_and(|&(x, _)| x == a) {
                pairs.push(Pair {
                    a,
                    b,
                    similarity: s,
                });
            }
        }
    }
    pairs
}
