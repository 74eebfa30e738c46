//! The event index: an inverted index over the dated events of a chronology, for finding
//! the events a claim describes and the events two sources share.
//!
//! Each entry (a dated event) is a bag of [`terms`](super::terms) from its event phrase and
//! its sentence. A term's weight in an entry says how much it belongs to *this* dated event.
//! In a sentence with one time expression every word does. With several, a word belongs to
//! the expression of its [clause](super::terms::clauses) ("closed in January | and
//! reopened on Tuesday": "reopened" is Tuesday's), or else to the nearer one; words nearer
//! their own expression weigh more, and verbs that belong to another expression weigh least.
//! Words of the event phrase get a bonus and never weigh less than half — so a sharper
//! event phrase (from the event model) sharpens matching without changing this code, and an event trigger, when the entry has
//! one, is its predicate.
//!
//! Rare words weigh more than common ones: each term has an inverse document frequency
//! (BM25's, over the distinct sentences of the index), and names — terms the sources
//! mostly write with a capital inside a sentence — count half as much again.
//!
//! Two measures come out of it:
//! - [`EventIndex::search`]: how much of a claim's weighted words an entry holds (0..1),
//!   the *coverage*; a claim's words that no source uses count against it in full.
//! - [`EventIndex::similar`]: the cosine between two entries' weighted term vectors.
//!
//! Both walk posting lists, never every entry.
//!
//! ```
//! use chronicler::check::index::EventIndex;
//! # use chronicler::chronology::{Entry, Relation};
//! # use chronicler::value::{TimexType, Value};
//! # fn entry(source: &str, timex: &str, quote: &str, value: &str) -> Entry {
//! #     let v: Value = value.parse().unwrap();
//! #     let iv = v.interval(None).unwrap();
//! #     Entry { value: v, start: iv.start, end: iv.end, granularity: iv.granularity,
//! #         event: String::new(), timex: timex.into(), quote: quote.into(),
//! #         source: source.into(), char_start: 0, char_end: 0, confidence: 1.0,
//! #         ty: TimexType::Date, modifier: None, relation: Relation::At, trigger: None,
//! #         rule: String::new() }
//! # }
//! let entries = vec![
//!     entry("a", "January", "The museum closed in January and reopened on Tuesday.", "2024-01"),
//!     entry("a", "Tuesday", "The museum closed in January and reopened on Tuesday.", "2024-05-07"),
//! ];
//! let index = EventIndex::build(&entries);
//! let hits = index.search("museum reopened", |_| true);
//! assert_eq!(hits[0].0, 1); // Tuesday's entry holds "reopened"
//! ```

use std::collections::HashMap;

use super::terms::{Term, clauses, predicates, terms, word_range};
use crate::chronology::Entry;

/// Weight of a term that is part of the entry's event phrase (the rest comes from how
/// near the word stands to the entry's time expression).
const PHRASE_BONUS: f32 = 0.2;
/// Word distance at which nearness has fallen to a half.
const NEAR: f32 = 5.0;
/// Factor for a verb form that belongs to another time expression of the sentence (in its
/// clause, or nearer to it).
const OTHER_TIMEX: f32 = 0.4;
/// Factor for another word that belongs to another time expression of the sentence.
const OTHER_TIMEX_NOUN: f32 = 0.7;
/// Weight a sentence's verb form must have in an entry to be the entry's predicate.
const PREDICATE_NEAR: f32 = 0.5;
/// Factor for the weight of names.
const NAME_BOOST: f32 = 1.5;
/// Terms in more sentences than this share (and at least [`COMMON_MIN`]) are common: they
/// do not seed [`EventIndex::similar`]'s candidates and do not count as shared terms (they
/// still count in the cosine).
const COMMON_SHARE: f32 = 0.05;
/// See [`COMMON_SHARE`].
const COMMON_MIN: u32 = 50;

thread_local! {
    /// Per entry, the uncommon terms it shares with the entry [`EventIndex::sharing`] is
    /// looking at: kept between calls (all zero) so each call costs its postings only.
    static COUNTS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A term id in the index's vocabulary.
type TermId = u32;

/// An inverted index over chronology entries; entry `i` of the slice it was built from is
/// document `i`.
#[derive(Debug, Clone, Default)]
pub struct EventIndex {
    vocab: HashMap<String, TermId>,
    /// Per term: (entry, weight 0..1), entries ascending.
    postings: Vec<Vec<(u32, f32)>>,
    /// Per term: its text.
    texts: Vec<String>,
    /// Per term: the number of distinct sentences that use it.
    df: Vec<u32>,
    /// Per term: whether it is a name.
    name: Vec<bool>,
    /// Per entry: its (term, weight) pairs, terms ascending.
    docs: Vec<Vec<(TermId, f32)>>,
    /// Per entry: its predicates (the event trigger's term, or the sentence's verb forms
    /// near its time expression).
    predicates: Vec<Vec<TermId>>,
    /// Per entry: the norm of its idf-weighted vector.
    norms: Vec<f32>,
    /// Per term: its weight ([`EventIndex::weight`]), computed once.
    weights: Vec<f32>,
    /// Distinct sentences indexed.
    sentences: u32,
}

/// The terms of one entry with their weights, from its sentence and phrase.
fn entry_weights(
    quote_terms: &[Term],
    verbs: &[String],
    clause: &[usize],
    own: Option<std::ops::Range<usize>>,
    others: &[std::ops::Range<usize>],
    phrase: &[String],
) -> HashMap<String, f32> {
    let clause_of = |pos: usize| clause.get(pos).copied().unwrap_or(usize::MAX);
    let clauses_of =
        |r: &std::ops::Range<usize>| -> Vec<usize> { r.clone().map(clause_of).collect() };
    let own_clauses = own.as_ref().map(clauses_of).unwrap_or_default();
    let other_clauses: Vec<usize> = others.iter().flat_map(clauses_of).collect();
    let mut w: HashMap<String, f32> = HashMap::new();
    let mut put = |t: &str, x: f32| {
        let e = w.entry(t.to_string()).or_insert(0.0);
        if x > *e {
            *e = x;
        }
    };
    let in_phrase = |t: &str| phrase.iter().any(|p| p == t);
    let dist = |r: &std::ops::Range<usize>, pos: usize| -> Option<usize> {
        if r.contains(&pos) {
            None
        } else if pos < r.start {
            Some(r.start - pos)
        } else {
            Some(pos + 1 - r.end.max(r.start + 1))
        }
    };
    match own {
        Some(own) => {
            for t in quote_terms {
                // Words of a time expression are dates, not events.
                let Some(d) = dist(&own, t.pos) else { continue };
                if others.iter().any(|r| r.contains(&t.pos)) {
                    continue;
                }
                // Nearness only tells time expressions of one sentence apart.
                let mut near = if others.is_empty() {
                    1.0
                } else {
                    1.0 / (1.0 + (d.saturating_sub(1)) as f32 / NEAR)
                };
                // A word in the clause of this expression is its own; one in the clause of
                // another belongs to that one; elsewhere the nearer expression takes it.
                let c = clause_of(t.pos);
                let theirs = if own_clauses.contains(&c) {
                    false
                } else if other_clauses.contains(&c) {
                    true
                } else {
                    others.iter().any(|r| dist(r, t.pos).is_some_and(|o| o < d))
                };
                if theirs {
                    // Verbs say which event; the nouns around them ("the museum closed in
                    // January and reopened on Tuesday") are often shared.
                    near *= if verbs.contains(&t.term) {
                        OTHER_TIMEX
                    } else {
                        OTHER_TIMEX_NOUN
                    };
                }
                let bonus = if in_phrase(&t.term) {
                    PHRASE_BONUS
                } else {
                    0.0
                };
                put(&t.term, (1.0 - PHRASE_BONUS) * near + bonus);
            }
            // The event phrase is what the pipeline says this event is: its words weigh at
            // least half way, wherever they stand. (With the interim phrases, which are the
            // sentence less the expression, nearness and clauses only lift words above
            // that; with an event model's phrase, words outside it can fall below.)
            for p in phrase {
                put(p, PHRASE_BONUS + (1.0 - PHRASE_BONUS) * 0.5);
            }
        }
        None => {
            // The time expression is not in the quote (a chronology read back from a CSV
            // without quotes, say): the phrase is all we know for sure.
            for t in quote_terms {
                put(&t.term, 0.5);
            }
            for p in phrase {
                put(p, 1.0);
            }
        }
    }
    w
}

/// The term of an entry's event trigger, found in its quote from the trigger's offset
/// relative to the time expression (which stands at byte `at` of the quote).
fn trigger_term(e: &Entry, at: usize, quote_terms: &[Term]) -> Option<String> {
    let (start, _) = e.trigger?;
    let timex_char = e.quote.get(..at)?.chars().count() as i64;
    let want = timex_char + start as i64 - e.char_start as i64;
    let byte = e.quote.char_indices().nth(usize::try_from(want).ok()?)?.0;
    quote_terms
        .iter()
        .find(|t| t.start <= byte && byte < t.end)
        .map(|t| t.term.clone())
}

/// Where each entry's time expression stands in its sentence, as word ranges: entries of
/// one sentence take the occurrences of their expression in offset order.
fn timex_ranges(
    entries: &[Entry],
    members: &[usize],
) -> Vec<Option<(std::ops::Range<usize>, usize)>> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&k| entries[members[k]].char_start);
    let mut used: HashMap<&str, usize> = HashMap::new();
    let mut out = vec![None; members.len()];
    for k in order {
        let e = &entries[members[k]];
        if e.timex.is_empty() {
            continue;
        }
        let nth = used.entry(e.timex.as_str()).or_insert(0);
        let found = e.quote.match_indices(e.timex.as_str()).nth(*nth);
        *nth += 1;
        if let Some((at, m)) = found {
            let r = word_range(&e.quote, at, at + m.len());
            if !r.is_empty() {
                out[k] = Some((r, at));
            }
        }
    }
    out
}

impl EventIndex {
    /// Indexes `entries`.
    pub fn build(entries: &[Entry]) -> EventIndex {
        let mut idx = EventIndex::default();
        // Sentences: entries that share a source and a quote.
        let mut sentence_of: HashMap<(&str, &str), usize> = HashMap::new();
        let mut sentences: Vec<Vec<usize>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let key = (e.source.as_str(), e.quote.as_str());
            let s = *sentence_of.entry(key).or_insert_with(|| {
                sentences.push(Vec::new());
                sentences.len() - 1
            });
            sentences[s].push(i);
        }
        idx.sentences = sentences.len() as u32;
        idx.docs = vec![Vec::new(); entries.len()];
        idx.predicates = vec![Vec::new(); entries.len()];
        let mut capitals: Vec<(u32, u32)> = Vec::new();
        for members in &sentences {
            let quote = entries[members[0]].quote.as_str();
            let quote_terms = terms(quote);
            let clause = clauses(quote);
            let located = timex_ranges(entries, members);
            let ranges: Vec<Option<std::ops::Range<usize>>> = located
                .iter()
                .map(|l| l.as_ref().map(|(r, _)| r.clone()))
                .collect();
            let sentence_predicates = predicates(quote);
            let mut seen: Vec<TermId> = Vec::new();
            for t in &quote_terms {
                let id = idx.intern(&t.term, &mut capitals);
                capitals[id as usize].1 += 1;
                if t.capitalized {
                    capitals[id as usize].0 += 1;
                }
                seen.push(id);
            }
            for (k, &i) in members.iter().enumerate() {
                let phrase: Vec<String> = terms(&entries[i].event)
                    .into_iter()
                    .map(|t| t.term)
                    .collect();
                let others: Vec<_> = ranges
                    .iter()
                    .enumerate()
                    .filter(|&(o, r)| o != k && r.is_some() && *r != ranges[k])
                    .filter_map(|(_, r)| r.clone())
                    .collect();
                let weights = entry_weights(
                    &quote_terms,
                    &sentence_predicates,
                    &clause,
                    ranges[k].clone(),
                    &others,
                    &phrase,
                );
                let trigger = located[k]
                    .as_ref()
                    .and_then(|&(_, at)| trigger_term(&entries[i], at, &quote_terms));
                // The trigger the event model found, and the verb forms near the time
                // expression (the model may pick "indicted" where the other source says
                // "charges").
                let mut preds: Vec<TermId> = sentence_predicates
                    .iter()
                    .filter(|p| weights.get(*p).is_some_and(|&w| w >= PREDICATE_NEAR))
                    .map(|p| idx.intern(p, &mut capitals))
                    .collect();
                if let Some(t) = trigger {
                    let id = idx.intern(&t, &mut capitals);
                    if !preds.contains(&id) {
                        preds.push(id);
                    }
                }
                idx.predicates[i] = preds;
                let mut doc: Vec<(TermId, f32)> = weights
                    .into_iter()
                    .map(|(t, w)| {
                        let id = idx.intern(&t, &mut capitals);
                        seen.push(id);
                        (id, w)
                    })
                    .collect();
                doc.sort_by_key(|&(t, _)| t);
                idx.docs[i] = doc;
            }
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                idx.df[id as usize] += 1;
            }
        }
        idx.name = capitals
            .iter()
            .map(|&(cap, all)| all > 0 && cap * 2 > all)
            .collect();
        for (i, doc) in idx.docs.iter().enumerate() {
            for &(t, w) in doc {
                idx.postings[t as usize].push((i as u32, w));
            }
        }
        idx.weights = (0..idx.texts.len() as TermId)
            .map(|t| idx.term_weight(t))
            .collect();
        idx.norms = idx
            .docs
            .iter()
            .map(|doc| {
                doc.iter()
                    .map(|&(t, w)| (idx.weight(t) * w).powi(2))
                    .sum::<f32>()
                    .sqrt()
            })
            .collect();
        idx
    }

    fn intern(&mut self, term: &str, capitals: &mut Vec<(u32, u32)>) -> TermId {
        if let Some(&id) = self.vocab.get(term) {
            return id;
        }
        let id = self.postings.len() as TermId;
        self.vocab.insert(term.to_string(), id);
        self.texts.push(term.to_string());
        self.postings.push(Vec::new());
        self.df.push(0);
        capitals.push((0, 0));
        id
    }

    /// Number of entries indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// BM25's inverse document frequency for a term used by `df` of the sentences.
    fn idf_of(&self, df: u32) -> f32 {
        let n = self.sentences as f32;
        let df = df as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// A term's weight: its idf, with the name boost.
    fn weight(&self, t: TermId) -> f32 {
        self.weights[t as usize]
    }

    /// Computes [`EventIndex::weight`] from the term's df and name flag.
    fn term_weight(&self, t: TermId) -> f32 {
        let idf = self.idf_of(self.df[t as usize]);
        if self.name[t as usize] {
            idf * NAME_BOOST
        } else {
            idf
        }
    }

    /// The entries that hold some of `text`'s words, best first, as (entry, coverage):
    /// the share of the text's weighted words that the entry holds, each counted by its
    /// weight in the entry. Only entries for which `keep` is true are returned.
    pub fn search(&self, text: &str, keep: impl Fn(usize) -> bool) -> Vec<(usize, f32)> {
        self.search_above(text, 0.0, keep)
    }

    /// [`EventIndex::search`], keeping only the entries whose coverage is at least `min`.
    pub fn search_above(
        &self,
        text: &str,
        min: f32,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<(usize, f32)> {
        let mut query: Vec<(Option<TermId>, f32)> = Vec::new();
        let mut asked: Vec<String> = Vec::new();
        for t in terms(text) {
            if asked.contains(&t.term) {
                continue;
            }
            let id = self.vocab.get(&t.term).copied();
            let w = match id {
                Some(id) => self.weight(id),
                // A word no source uses: as rare as can be.
                None => self.idf_of(0) * if t.capitalized { NAME_BOOST } else { 1.0 },
            };
            query.push((id, w));
            asked.push(t.term);
        }
        let total: f32 = query.iter().map(|(_, w)| w).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // Scores accumulate in a dense array; `touched` remembers which entries have one.
        let mut acc = vec![0.0f32; self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        for &(id, qw) in &query {
            let Some(id) = id else { continue };
            for &(doc, w) in &self.postings[id as usize] {
                let a = &mut acc[doc as usize];
                if *a == 0.0 {
                    touched.push(doc);
                }
                *a += qw * w;
            }
        }
        let mut hits: Vec<(usize, f32)> = touched
            .into_iter()
            .map(|d| (d as usize, acc[d as usize] / total))
            .filter(|&(d, s)| s > 0.0 && s >= min && keep(d))
            .collect();
        hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }

    /// The name terms (see the module docs) of entry `i`.
    pub fn names_of(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        self.docs[i]
            .iter()
            .filter(|&&(t, _)| self.name[t as usize])
            .map(|&(t, _)| self.texts[t as usize].as_str())
    }

    /// The uncommon terms (see [`EventIndex::shared_terms`]) of entry `i`, as term ids.
    pub fn uncommon_terms(&self, i: usize) -> impl Iterator<Item = u32> + '_ {
        let common = self.common_df();
        self.docs[i]
            .iter()
            .map(|&(t, _)| t)
            .filter(move |&t| self.df[t as usize] <= common)
    }

    /// The entries that hold term `t` (an id from [`EventIndex::uncommon_terms`]),
    /// ascending.
    pub fn holders(&self, t: u32) -> impl Iterator<Item = u32> + '_ {
        self.postings[t as usize].iter().map(|&(d, _)| d)
    }

    /// How many name terms entry `i` holds.
    pub fn name_count(&self, i: usize) -> usize {
        self.docs[i]
            .iter()
            .filter(|&&(t, _)| self.name[t as usize])
            .count()
    }

    /// How many name terms entries `a` and `b` both hold.
    pub fn shared_names(&self, a: usize, b: usize) -> usize {
        let mut n = 0;
        for_each_shared(&self.docs[a], &self.docs[b], |t, _, _| {
            n += usize::from(self.name[t as usize]);
        });
        n
    }

    /// The weight (0..1) of a term in entry `i`: 0 when the entry does not hold it.
    pub fn weight_in(&self, i: usize, term: &str) -> f32 {
        let Some(&t) = self.vocab.get(term) else {
            return 0.0;
        };
        self.docs[i]
            .binary_search_by_key(&t, |&(x, _)| x)
            .map(|k| self.docs[i][k].1)
            .unwrap_or(0.0)
    }

    /// Whether entry `i` holds `term`, or a compound that starts with it when it is at
    /// least five letters long ("flood" in "floodwaters").
    pub fn holds(&self, i: usize, term: &str) -> bool {
        self.weight_in(i, term) > 0.0
            || (term.len() >= 5
                && self.docs[i]
                    .iter()
                    .any(|&(t, _)| self.texts[t as usize].starts_with(term)))
    }

    /// Whether entries `a` and `b` have a predicate in common.
    pub fn share_predicate(&self, a: usize, b: usize) -> bool {
        self.predicates[a]
            .iter()
            .any(|p| self.predicates[b].contains(p))
    }

    /// Sentences a term may appear in before it counts as common (see [`COMMON_SHARE`]).
    fn common_df(&self) -> u32 {
        COMMON_MIN.max((COMMON_SHARE * self.sentences as f32) as u32)
    }

    /// How many terms entries `a` and `b` share, common terms (in more than
    /// [`COMMON_SHARE`] of the sentences, and [`COMMON_MIN`]) not counted: "officials" in
    /// every sentence of a corpus ties no two of them together.
    pub fn shared_terms(&self, a: usize, b: usize) -> usize {
        let common = self.common_df();
        let (x, y) = (&self.docs[a], &self.docs[b]);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(&y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    if self.df[x[i].0 as usize] <= common {
                        n += 1;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// The entries whose weighted terms resemble entry `i`'s, with their cosine (0..1), best
    /// first; entries for which `keep` is false are left out, and so is `i`.
    pub fn similar(&self, i: usize, keep: impl Fn(usize) -> bool) -> Vec<(usize, f32)> {
        self.similar_sharing(i, 1, keep)
    }

    /// Like [`EventIndex::similar`], but only entries that share at least `min_shared`
    /// uncommon terms with entry `i` (as [`EventIndex::shared_terms`] counts them) are
    /// scored: the others are dropped before any cosine is computed, which keeps merging
    /// many articles of one story from scoring every pair that shares a single name.
    pub fn similar_sharing(
        &self,
        i: usize,
        min_shared: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<(usize, f32)> {
        let sharing = self.sharing(i, min_shared);
        let mut out: Vec<(usize, f32)> = sharing
            .into_iter()
            .map(|d| d as usize)
            .filter(|&d| d != i && keep(d))
            .map(|d| (d, self.cosine(i, d)))
            .filter(|&(_, s)| s > 0.0)
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// The entries (ascending; `i` too when it has that many) that share at least `min_shared` uncommon
    /// terms with entry `i`, as [`EventIndex::shared_terms`] counts them.
    pub fn sharing(&self, i: usize, min_shared: usize) -> Vec<u32> {
        let common = self.common_df();
        COUNTS.with_borrow_mut(|count| {
            // Counts per entry in a dense array (all zero between calls); `touched`
            // remembers which entries have one.
            count.resize(self.docs.len(), 0);
            let mut touched: Vec<u32> = Vec::new();
            for &(t, _) in &self.docs[i] {
                if self.df[t as usize] > common {
                    continue;
                }
                for &(d, _) in &self.postings[t as usize] {
                    let c = &mut count[d as usize];
                    if *c == 0 {
                        touched.push(d);
                    }
                    *c += 1;
                }
            }
            touched.retain(|&d| {
                let c = std::mem::take(&mut count[d as usize]);
                c as usize >= min_shared
            });
            touched.sort_unstable();
            touched
        })
    }

    /// The cosine between the weighted term vectors of entries `a` and `b`.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        let mut dot = 0.0f32;
        for_each_shared(&self.docs[a], &self.docs[b], |t, fx, fy| {
            let w = self.weight(t);
            dot += w * fx * w * fy;
        });
        let n = self.norms[a] * self.norms[b];
        if n > 0.0 { dot / n } else { 0.0 }
    }
}

/// Calls `f(term, x's value, y's value)` for each term in both of the term-sorted lists
/// `x` and `y`, in term order.
fn for_each_shared(x: &[(TermId, f32)], y: &[(TermId, f32)], mut f: impl FnMut(TermId, f32, f32)) {
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(x[i].0, x[i].1, y[j].1);
                i += 1;
                j += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::Relation;
    use crate::value::{TimexType, Value};

    fn entry(source: &str, timex: &str, quote: &str, value: &str, at: usize) -> Entry {
        let v: Value = value.parse().unwrap();
        let iv = v.interval(None).unwrap();
        Entry {
            value: v,
            start: iv.start,
            end: iv.end,
            granularity: iv.granularity,
            event: String::new(),
            timex: timex.into(),
            quote: quote.into(),
            source: source.into(),
            char_start: at,
            char_end: at + timex.len(),
            confidence: 1.0,
            ty: TimexType::Date,
            modifier: None,
            relation: Relation::At,
            trigger: None,
            rule: String::new(),
        }
    }

    #[test]
    fn words_belong_to_the_nearest_time_expression() {
        let q = "The museum closed in January 2023 and reopened on Tuesday after repairs.";
        let e = vec![
            entry("a", "January 2023", q, "2023-01", 21),
            entry("a", "Tuesday", q, "2024-05-07", 50),
        ];
        let idx = EventIndex::build(&e);
        assert_eq!(idx.search("museum closed", |_| true)[0].0, 0);
        assert_eq!(
            idx.search("museum reopened after repairs", |_| true)[0].0,
            1
        );
        // Date words are not event words.
        assert!(idx.search("January", |_| true).is_empty());
    }

    #[test]
    fn unknown_words_count_against_the_coverage() {
        let q = "Floodwaters inundated the town of Kellen on Thursday.";
        let e = vec![entry("a", "Thursday", q, "2021-07-15", 40)];
        let idx = EventIndex::build(&e);
        let flood = idx.search("Floodwaters inundated Kellen", |_| true)[0].1;
        let quake = idx.search("Earthquake shook Kellen", |_| true)[0].1;
        // Every word there: all of the weight an entry without an event phrase can give.
        assert!(flood > 0.75, "{flood}");
        assert!(quake < 0.2, "{quake}");
    }

    #[test]
    fn the_same_sentence_in_two_sources_is_similar() {
        let e = vec![
            entry(
                "a",
                "Saturday",
                "The bridge collapsed into the river on Saturday.",
                "2023-10-28",
                0,
            ),
            entry(
                "b",
                "Oct. 28",
                "The bridge collapsed on Oct. 28 into the river.",
                "2023-10-28",
                0,
            ),
            entry(
                "b",
                "1958",
                "The bridge opened in 1958 to traffic.",
                "1958",
                0,
            ),
        ];
        let idx = EventIndex::build(&e);
        let sim = idx.similar(0, |_| true);
        assert_eq!(sim[0].0, 1);
        assert!(sim[0].1 > 0.8, "{sim:?}");
        assert!(idx.cosine(0, 2) < sim[0].1);
        assert!((idx.cosine(1, 0) - idx.cosine(0, 1)).abs() < 1e-6);
    }

    #[test]
    fn repeated_expressions_take_their_occurrences_in_order() {
        let q = "It rained on Monday and the dam broke on Monday night.";
        let e = vec![
            entry("a", "Monday", q, "2021-07-12", 13),
            entry("a", "Monday", q, "2021-07-19", 41),
        ];
        let idx = EventIndex::build(&e);
        assert_eq!(idx.search("dam broke", |_| true)[0].0, 1);
        assert_eq!(idx.search("rained", |_| true)[0].0, 0);
    }
}
