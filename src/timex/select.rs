//! Choosing among overlapping candidates: the longest wins, then the higher priority, then
//! the earlier start; what overlaps a chosen candidate is dropped.

use std::collections::BTreeMap;

use super::spec::Candidate;

/// Keeps a set of non-overlapping candidates, in text order.
pub fn select(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(b.priority.cmp(&a.priority))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Chosen candidates by start; neighbours in the map are the only possible clashes.
    let mut chosen: BTreeMap<usize, Candidate> = BTreeMap::new();
    for c in cands {
        if c.span.is_empty() {
            continue;
        }
        let clash_prev = chosen
            .range(..=c.span.start)
            .next_back()
            .is_some_and(|(_, k)| k.span.overlaps(&c.span));
        let clash_next = chosen
            .range(c.span.start..)
            .next()
            .is_some_and(|(_, k)| k.span.overlaps(&c.span));
        if !clash_prev && !clash_next {
            chosen.insert(c.span.start, c);
        }
    }
    chosen.into_values().collect()
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
