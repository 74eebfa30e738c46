//! The same event in two sources: pairs of dated events from different sources that are
//! each other's best match. Conflicts are the pairs whose dates share no day;
//! [`crate::chronology::merge`] joins the pairs that agree.
//!
//! Two dated events are taken for the same event when all of these hold:
//! 1. their sources tell the same story: they share names (see [`same_story`]) — two
//!    articles about different bridges both saying "the bridge opened" are not about one
//!    bridge;
//! 2. they do not name different participants: if both sentences hold names, they share
//!    more than half of the names of the one with fewer ("Marten Kari opened the depot in
//!    Volka" is not "Kari Bel opened the depot in Dratu");
//! 3. they share a predicate and [`MIN_SHARED_WITH_PREDICATE`] terms, or
//!    [`MIN_SHARED_TERMS`] terms;
//! 4. their [`similarity`] is at least [`SAME_EVENT`];
//! 5. each is the other's best match in the other's source: one source's "the museum
//!    reopened on Tuesday" pairs with the other source's reopening, not with "the cafe will
//!    reopen next month".

use std::collections::HashSet;

use super::compare::Bounds;
use super::index::EventIndex;
use super::near::NearIndex;
use crate::chronology::Entry;
use crate::fnv::{FnvMap, FnvSet};

/// The similarity two dated events must reach to be taken for the same event. Calibrated on
/// `tests/data/check`: the same-event pairs there score 0.27 and up; with rules 1–3 and 5
/// no other pair is left at any threshold, so this is a floor with some margin.
pub const SAME_EVENT: f32 = 0.2;

/// Added to the similarity of two dated events with the same predicate ("opened in 1962",
/// "which opened in 1958"): the predicate names the event.
pub const PREDICATE_BONUS: f32 = 0.15;

/// Terms two dated events must share to be taken for the same event when they have no
/// predicate in common: an event is who did what to whom, and "the city council" alone in
/// two sentences is a likeness of words, not of events.
pub const MIN_SHARED_TERMS: usize = 3;

/// How much a match whose dates agree is preferred over one whose dates do not, when
/// choosing an entry's best match in another source (the pair's similarity is unchanged).
pub const AGREEMENT_TIEBREAK: f32 = 0.1;

/// Terms two dated events with a predicate in common must share ("bridge" + "opened").
pub const MIN_SHARED_WITH_PREDICATE: usize = 2;

/// Names two sources must share to tell the same story (fewer when one of them has fewer
/// names).
pub const STORY_NAMES: usize = 2;

/// Two entries (indexes) that tell the same event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// The entry that comes first in the slice.
    pub a: usize,
    /// The entry from the other source.
    pub b: usize,
    /// Their similarity (0..1).
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

/// Whether two sources with these names tell the same story: they share [`STORY_NAMES`]
/// names, or as many as the one with fewer names has. Sources that name nothing cannot be
/// told apart, and pass.
pub fn same_story(a: &HashSet<&str>, b: &HashSet<&str>) -> bool {
    let needed = STORY_NAMES.min(a.len()).min(b.len());
    a.intersection(b).take(needed).count() >= needed
}

/// The sources of a chronology, each with the names its dated events hold.
struct Stories<'a> {
    /// Per source (by first appearance): its names.
    names: Vec<HashSet<&'a str>>,
    /// Per entry: its source's number.
    source_of: Vec<usize>,
    /// Per source: the sources that tell the same story.
    neighbours: Vec<FnvSet<usize>>,
}

impl<'a> Stories<'a> {
    fn new(entries: &'a [Entry], index: &'a EventIndex) -> Stories<'a> {
        let source_of = source_numbers(entries);
        let sources = source_of.iter().max().map_or(0, |&s| s + 1);
        let mut names: Vec<HashSet<&str>> = vec![HashSet::new(); sources];
        for (i, &s) in source_of.iter().enumerate() {
            names[s].extend(index.names_of(i));
        }
        // Candidates through shared names (an inverted index of names), then the rule;
        // sources without names are everyone's neighbours.
        let mut by_name: FnvMap<&str, Vec<usize>> = FnvMap::default();
        for (s, ns) in names.iter().enumerate() {
            for &n in ns {
                by_name.entry(n).or_default().push(s);
            }
        }
        let nameless: Vec<usize> = (0..names.len()).filter(|&s| names[s].is_empty()).collect();
        let mut neighbours = vec![FnvSet::default(); names.len()];
        for (s, ns) in names.iter().enumerate() {
            let mut candidates: FnvSet<usize> = nameless.iter().copied().collect();
            if ns.is_empty() {
                candidates.extend(0..names.len());
            }
            for n in ns {
                candidates.extend(by_name[n].iter().copied());
            }
            candidates.remove(&s);
            for t in candidates {
                if same_story(ns, &names[t]) {
                    neighbours[s].insert(t);
                }
            }
        }
        Stories {
            names,
            source_of,
            neighbours,
        }
    }

    fn together(&self, i: usize, j: usize) -> bool {
        self.neighbours[self.source_of[i]].contains(&self.source_of[j])
    }
}

/// Each entry's source as a number, by first appearance: sources compared without
/// comparing their names.
pub fn source_numbers(entries: &[Entry]) -> Vec<usize> {
    let mut number: FnvMap<&str, usize> = FnvMap::default();
    entries
        .iter()
        .map(|e| {
            let next = number.len();
            *number.entry(e.source.as_str()).or_insert(next)
        })
        .collect()
}

/// Whether two entries name different participants: both hold names, and they share no
/// more than half of the names of the one with fewer.
fn different_names(index: &EventIndex, a: usize, b: usize) -> bool {
    let fewer = index.name_count(a).min(index.name_count(b));
    fewer > 0 && 2 * index.shared_names(a, b) <= fewer
}

/// Which entries an entry is matched against.
enum Scope<'a> {
    /// Every entry of a source that tells the same story.
    All,
    /// Only entries whose days share a day with the entry's (as the [`NearIndex`] finds
    /// them), and of them the [`MAX_MATCHES`] most similar.
    Agreeing(NearIndex<'a>),
}

/// How many of an entry's most similar date-agreeing entries [`agreeing_pairs`] looks at:
/// enough for the one article in a hundred that reports the event again, few enough that
/// a thousand articles of one story do not compare every pair of rows.
pub const MAX_MATCHES: usize = 64;

/// Per source (by number): an entry's best match there and its rank.
type BestPerSource = FnvMap<usize, (usize, f32)>;

/// The entries entry `i` is matched against within `scope`, with their cosine, most
/// similar first.
fn similar_to(
    index: &EventIndex,
    stories: &Stories<'_>,
    scope: &mut Scope<'_>,
    i: usize,
) -> Vec<(usize, f32)> {
    let min_shared = MIN_SHARED_WITH_PREDICATE.min(MIN_SHARED_TERMS);
    let candidates = match scope {
        Scope::All => index.sharing(i, min_shared),
        Scope::Agreeing(near) => near.sharing(i, min_shared),
    };
    let mut similar: Vec<(usize, f32)> = candidates
        .into_iter()
        .map(|d| d as usize)
        .filter(|&j| j != i)
        .filter(|&j| stories.together(i, j))
        .map(|j| (j, index.cosine(i, j)))
        .filter(|&(_, c)| c > 0.0)
        .collect();
    by_similarity(&mut similar);
    if let Scope::Agreeing(_) = scope {
        similar.truncate(MAX_MATCHES);
    }
    similar
}

/// Sorts matches most similar first, then by entry.
fn by_similarity(similar: &mut [(usize, f32)]) {
    similar.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// Adds to each entry's matches the entries that have it among theirs: with a cap on
/// matches, an entry that many others find (one of a hundred copies of a sentence) must
/// still see them, or none of them could be its best match.
fn symmetric(index: &EventIndex, similar: &mut [Vec<(usize, f32)>]) {
    let mut found_by: Vec<Vec<usize>> = vec![Vec::new(); similar.len()];
    for (i, matches) in similar.iter().enumerate() {
        for &(j, _) in matches {
            found_by[j].push(i);
        }
    }
    for (j, finders) in found_by.into_iter().enumerate() {
        let mut known: Vec<usize> = similar[j].iter().map(|&(x, _)| x).collect();
        known.sort_unstable();
        let before = similar[j].len();
        for i in finders {
            if known.binary_search(&i).is_err() {
                similar[j].push((i, index.cosine(j, i)));
            }
        }
        if similar[j].len() > before {
            by_similarity(&mut similar[j]);
        }
    }
}

/// Entry `i`'s best match in each other source among `similar` (most similar first) that
/// passes rules 1–4.
fn best_per_source(
    entries: &[Entry],
    index: &EventIndex,
    stories: &Stories<'_>,
    i: usize,
    similar: &[(usize, f32)],
) -> BestPerSource {
    let mut best = BestPerSource::default();
    for &(j, cos) in similar {
        if cos + PREDICATE_BONUS < SAME_EVENT {
            break;
        }
        let s = similarity(index, i, j, cos);
        if s < SAME_EVENT {
            continue;
        }
        let needed = if index.share_predicate(i, j) {
            MIN_SHARED_WITH_PREDICATE
        } else {
            MIN_SHARED_TERMS
        };
        if index.shared_terms(i, j) < needed || different_names(index, i, j) {
            continue;
        }
        // Among a source's close matches, one whose date agrees ranks a little higher: "won
        // his first term in 2017" is "first elected in November 2017", not "won a second
        // term in 2021" from the same sentence.
        let agrees = entries[i].interval().overlaps(&entries[j].interval());
        let rank = s + if agrees { AGREEMENT_TIEBREAK } else { 0.0 };
        let slot = best.entry(stories.source_of[j]).or_insert((j, rank));
        if rank > slot.1 {
            *slot = (j, rank);
        }
    }
    best
}

/// Every pair of entries from different sources that tell the same event (see the module
/// docs), in entry order. `index` must be built from `entries`.
pub fn same_event_pairs(entries: &[Entry], index: &EventIndex) -> Vec<Pair> {
    pairs_in(entries, index, Scope::All)
}

/// Like [`same_event_pairs`], but each entry is matched only against the entries whose
/// days ([`Bounds::of_entry`]) share a day with its own, and only against the
/// [`MAX_MATCHES`] most similar of them: the pairs [`crate::chronology::merge`] may join.
/// An entry's best match is then the best among the rows that agree with it, so a more
/// similar row on other days no longer keeps it from an agreeing one; and the work grows
/// with the rows, not with their pairs.
pub fn agreeing_pairs(entries: &[Entry], index: &EventIndex) -> Vec<Pair> {
    let bounds: Vec<Bounds> = entries.iter().map(Bounds::of_entry).collect();
    pairs_in(
        entries,
        index,
        Scope::Agreeing(NearIndex::new(index, &bounds)),
    )
}

/// The mutual best matches within `scope`.
fn pairs_in(entries: &[Entry], index: &EventIndex, mut scope: Scope<'_>) -> Vec<Pair> {
    let stories = Stories::new(entries, index);
    debug_assert_eq!(stories.source_of.len(), entries.len());
    debug_assert!(stories.names.len() <= entries.len());
    let mut similar: Vec<Vec<(usize, f32)>> = (0..entries.len())
        .map(|i| similar_to(index, &stories, &mut scope, i))
        .collect();
    if let Scope::Agreeing(_) = scope {
        symmetric(index, &mut similar);
    }
    let best: Vec<BestPerSource> = similar
        .iter()
        .enumerate()
        .map(|(i, s)| best_per_source(entries, index, &stories, i, s))
        .collect();
    let mut pairs = Vec::new();
    for (a, by_source) in best.iter().enumerate() {
        let mut mine: Vec<(usize, f32)> = by_source.values().copied().collect();
        mine.sort_by_key(|&(b, _)| b);
        for (b, s) in mine {
            if b <= a {
                continue;
            }
            let back = best[b].get(&stories.source_of[a]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_share_names_unless_one_has_none() {
        let set = |xs: &[&'static str]| xs.iter().copied().collect::<HashSet<&str>>();
        assert!(same_story(
            &set(&["okafor", "riverton", "daniel"]),
            &set(&["okafor", "riverton"])
        ));
        assert!(!same_story(
            &set(&["okafor", "riverton"]),
            &set(&["okafor", "harwick"])
        ));
        assert!(same_story(&set(&["okafor"]), &set(&["okafor", "harwick"])));
        assert!(same_story(&set(&[]), &set(&["okafor", "harwick"])));
        assert!(!same_story(
            &set(&["kellen", "ashby"]),
            &set(&["millbrook", "tern"])
        ));
    }
}
