//! Choosing among overlapping candidates: the longest wins, then the higher priority, then
//! the earlier start; what overlaps a chosen candidate is dropped.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::spec::Candidate;
use crate::text::Span;

/// The order candidates are decided in: longest first, then the higher priority, then the
/// earlier start, then the original order (a stable sort).
type Key = (Reverse<usize>, Reverse<i8>, usize, usize);

/// Clusters above this size keep their chosen spans in a map rather than a list, so that
/// a long chain of overlapping candidates stays `n log n`.
const SMALL_CLUSTER: usize = 32;

/// Keeps a set of non-overlapping candidates, in text order.
///
/// A candidate only clashes with candidates it overlaps, so the choice is made cluster by
/// cluster (runs of candidates linked by overlaps, found in start order): the same choice
/// as deciding all candidates in one order, with small, cache-friendly work per cluster.
pub fn select(cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut by_start: Vec<(usize, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.span.is_empty())
        .map(|(i, c)| (c.span.start, i))
        .collect();
    by_start.sort_unstable();
    let mut keep = vec![false; cands.len()];
    let mut keys = Vec::new();
    let mut chosen = Vec::new();
    let mut rest = by_start.as_slice();
    while let Some(&(_, first)) = rest.first() {
        // Sorted by start, a candidate overlaps one before it exactly when it starts
        // before the furthest end so far.
        let mut end = cands[first].span.end;
        let mut len = 1;
        while let Some(&(start, i)) = rest.get(len)
            && start < end
        {
            end = end.max(cands[i].span.end);
            len += 1;
        }
        keys.clear();
        keys.extend(rest[..len].iter().map(|&(_, i)| key(&cands[i], i)));
        keys.sort_unstable();
        choose(&cands, &keys, &mut chosen, &mut keep);
        rest = &rest[len..];
    }
    // Candidates come in rule order; the chosen ones go out in text order (no two share a
    // start), each moved once.
    let mut slots: Vec<Option<Candidate>> = cands.into_iter().map(Some).collect();
    by_start
        .iter()
        .filter(|&&(_, i)| keep[i])
        .filter_map(|&(_, i)| slots[i].take())
        .collect()
}

/// The decision key of candidate `i`.
fn key(c: &Candidate, i: usize) -> Key {
    (Reverse(c.span.len()), Reverse(c.priority), c.span.start, i)
}

/// Decides one cluster, its keys sorted: each candidate is kept unless it overlaps one
/// kept before it. `chosen` is scratch space, reused from cluster to cluster.
fn choose(cands: &[Candidate], keys: &[Key], chosen: &mut Vec<Span>, keep: &mut [bool]) {
    if keys.len() <= SMALL_CLUSTER {
        chosen.clear();
        for &(_, _, _, i) in keys {
            let span = cands[i].span;
            if !chosen.iter().any(|c| c.overlaps(&span)) {
                chosen.push(span);
                keep[i] = true;
            }
        }
        return;
    }
    // Chosen candidates (start, end) by start; neighbours in the map are the only
    // possible clashes.
    let mut chosen: BTreeMap<usize, usize> = BTreeMap::new();
    for &(_, _, start, i) in keys {
        let span = cands[i].span;
        let clash_prev = chosen
            .range(..=start)
            .next_back()
            .is_some_and(|(&s, &e)| s < span.end && start < e);
        let clash_next = chosen
            .range(start..)
            .next()
            .is_some_and(|(&s, &e)| s < span.end && start < e);
        if !clash_prev && !clash_next {
            chosen.insert(start, span.end);
            keep[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;
    use crate::timex::spec::Spec;
    use crate::value::{RefKind, TimexType, Value};

    fn c(a: usize, b: usize, p: i8) -> Candidate {
        let mut c = Candidate::new(
            Span::new(a, b),
            "t",
            TimexType::Date,
            Spec::Value(Value::Ref(RefKind::Present)),
        );
        c.priority = p;
        c
    }

    /// The choice made in one pass over all candidates, in decision order.
    fn select_in_one_pass(cands: &[Candidate]) -> Vec<usize> {
        let mut order: Vec<Key> = cands.iter().enumerate().map(|(i, c)| key(c, i)).collect();
        order.sort_unstable();
        let mut chosen: Vec<(Span, usize)> = Vec::new();
        for (_, _, _, i) in order {
            let span = cands[i].span;
            if !span.is_empty() && !chosen.iter().any(|(c, _)| c.overlaps(&span)) {
                chosen.push((span, i));
            }
        }
        chosen.sort_unstable_by_key(|(s, _)| s.start);
        chosen.into_iter().map(|(_, i)| i).collect()
    }

    #[test]
    fn clusters_choose_as_one_pass_does() {
        let mut x: u64 = 7;
        let mut next = |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) % m) as usize
        };
        for round in 0..200 {
            // Dense rounds make clusters past SMALL_CLUSTER.
            let (n, width) = if round % 10 == 0 {
                (400, 200)
            } else {
                (30, 400)
            };
            let cands: Vec<Candidate> = (0..n)
                .map(|_| {
                    let a = next(width);
                    c(a, a + next(12), next(3) as i8)
                })
                .collect();
            let expected = select_in_one_pass(&cands);
            let got: Vec<(usize, usize, i8)> = select(cands.clone())
                .iter()
                .map(|c| (c.span.start, c.span.end, c.priority))
                .collect();
            let want: Vec<(usize, usize, i8)> = expected
                .iter()
                .map(|&i| (cands[i].span.start, cands[i].span.end, cands[i].priority))
                .collect();
            assert_eq!(got, want, "round {round}");
        }
    }

    #[test]
    fn longest_then_priority_wins() {
        let got = select(vec![
            c(0, 5, 0),
            c(0, 9, 0),
            c(3, 9, 9),
            c(10, 12, 0),
            c(10, 12, 3),
        ]);
        let spans: Vec<_> = got
            .iter()
            .map(|c| (c.span.start, c.span.end, c.priority))
            .collect();
        assert_eq!(spans, vec![(0, 9, 0), (10, 12, 3)]);
    }
}
