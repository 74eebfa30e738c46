//! Choosing among overlapping candidates: the longest wins, then the higher priority, then
//! the earlier start; what overlaps a chosen candidate is dropped.

use std::collections::BTreeMap;

use super::spec::Candidate;

/// Keeps a set of non-overlapping candidates, in text order.
pub fn select(cands: Vec<Candidate>) -> Vec<Candidate> {
    // Decide on small keys, not on the candidates themselves: longest first, then the
    // higher priority, then the earlier start, then the original order (a stable sort).
    let mut order: Vec<(
        std::cmp::Reverse<usize>,
        std::cmp::Reverse<i8>,
        usize,
        usize,
    )> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                std::cmp::Reverse(c.span.len()),
                std::cmp::Reverse(c.priority),
                c.span.start,
                i,
            )
        })
        .collect();
    order.sort_unstable();
    // Chosen candidates (start, end, index) by start; neighbours in the map are the only
    // possible clashes.
    let mut chosen: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for &(_, _, start, i) in &order {
        let span = cands[i].span;
        if span.is_empty() {
            continue;
        }
        let clash_prev = chosen
            .range(..=start)
            .next_back()
            .is_some_and(|(&s, &(e, _))| s < span.end && start < e);
        let clash_next = chosen
            .range(start..)
            .next()
            .is_some_and(|(&s, &(e, _))| s < span.end && start < e);
        if !clash_prev && !clash_next {
            chosen.insert(start, (span.end, i));
        }
    }
    let mut keep = vec![false; cands.len()];
    for &(_, i) in chosen.values() {
        keep[i] = true;
    }
    // Candidates come in rule order; the chosen ones go out in text order (no two share a
    // start).
    let mut out: Vec<Candidate> = cands
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    out.sort_unstable_by_key(|c| c.span.start);
    out
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
