//! Tokens as the toolkit sees them, and the one-to-one alignment of gold and system
//! entities.
//!
//! Tokens are maximal runs of non-whitespace characters of the tag-stripped `<TEXT>`
//! (ASCII whitespace separates them: space, tab, line feed, carriage return, form feed,
//! vertical tab — what Python 2's `str.split()` splits byte strings on). An entity covers
//! every token its characters touch, so one that starts inside a token (`mid-<TIMEX3>August`,
//! ``` ``<TIMEX3>Today ```) belongs to that whole token.

use crate::text::Span;

/// The whitespace-separated tokens of a text.
#[derive(Debug, Clone)]
pub(crate) struct Words {
    spans: Vec<Span>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl Words {
    /// Splits `text` at ASCII whitespace.
    pub(crate) fn new(text: &str) -> Words {
        let mut spans = Vec::with_capacity(text.len() / 5);
        let mut start = None;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            match (is_space(b), start) {
                (true, Some(s)) => {
                    spans.push(Span::new(s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push(Span::new(s, text.len()));
        }
        Words { spans }
    }

    /// The first and last token (inclusive) that the bytes of `span` touch, or `None` when
    /// the span covers no token (it is empty or only whitespace).
    pub(crate) fn range(&self, span: Span) -> Option<(usize, usize)> {
        if span.is_empty() {
            return None;
        }
        let first = self.spans.partition_point(|t| t.end <= span.start);
        let after_last = self.spans.partition_point(|t| t.start < span.end);
        (first < after_last).then(|| (first, after_last - 1))
    }
}

/// Pairs gold and system extents one-to-one in text order: each gold extent, in order,
/// takes the first system extent (in text order) not yet taken whose token range overlaps
/// its own. Extents must be sorted by start. Returns, for each gold extent, the index of
/// its system partner.
pub(crate) fn align_overlapping(
    gold: &[Option<(usize, usize)>],
    system: &[Option<(usize, usize)>],
) -> Vec<Option<usize>> {
    let mut taken = vec![false; system.len()];
    // Gold extents come sorted by start, so a system extent that is taken, has no token or
    // ends before the current gold extent starts can pair with no later one either: skip
    // the leading run of those for good.
    let mut low = 0;
    gold.iter()
        .map(|g| {
            let (gs, ge) = (*g)?;
            while low < system.len() && (taken[low] || system[low].is_none_or(|(_, e)| e < gs)) {
                low += 1;
            }
            // System extents sorted by start: none from the first one starting after the
            // gold extent can overlap it.
            let k = (low..system.len())
                .take_while(|&k| system[k].is_none_or(|(s, _)| s <= ge))
                .find(|&k| !taken[k] && system[k].is_some_and(|(_, e)| gs <= e))?;
            taken[k] = true;
            Some(k)
        })
        .collect()
}

/// Pairs gold and system events one-to-one in text order when they start on the same
/// token: each gold event takes the first system event not yet taken that starts on its
/// start token. Returns, for each gold event, the index of its system partner.
pub(crate) fn align_same_start(
    gold: &[Option<(usize, usize)>],
    system: &[Option<(usize, usize)>],
) -> Vec<Option<usize>> {
    let mut by_start: std::collections::HashMap<usize, std::collections::VecDeque<usize>> =
        std::collections::HashMap::with_capacity(system.len());
    for (k, s) in system.iter().enumerate() {
        if let Some((start, _)) = s {
            by_start.entry(*start).or_default().push_back(k);
        }
    }
    gold.iter()
        .map(|g| {
            let (start, _) = (*g)?;
            by_start.get_mut(&start)?.pop_front()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_whitespace_runs() {
        let text = "  ``Today, mid-August\tis\n";
        let w = Words::new(text);
        let words: Vec<&str> = w.spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(words, vec!["``Today,", "mid-August", "is"]);
        let today = text.find("Today").unwrap();
        assert_eq!(w.range(Span::new(today, today + 5)), Some((0, 0)));
        let aug = text.find("August").unwrap();
        assert_eq!(w.range(Span::new(aug, aug + 6)), Some((1, 1)));
        assert_eq!(w.range(Span::new(today, aug + 6)), Some((0, 1)));
        // Whitespace only: no token.
        assert_eq!(w.range(Span::new(0, 2)), None);
        assert_eq!(w.range(Span::new(5, 5)), None);
        // Leading whitespace inside the span is skipped.
        assert_eq!(w.range(Span::new(0, 4)), Some((0, 0)));
    }

    #[test]
    fn overlap_alignment_is_one_to_one_in_text_order() {
        // Gold "Monday morning" (tokens 0-1); system "Monday" and "morning".
        let gold = [Some((0, 1))];
        let sys = [Some((0, 0)), Some((1, 1))];
        assert_eq!(align_overlapping(&gold, &sys), vec![Some(0)]);
        // Two gold, one system overlapping both: the first gold takes it.
        let gold = [Some((0, 0)), Some((1, 1))];
        let sys = [Some((0, 1))];
        assert_eq!(align_overlapping(&gold, &sys), vec![Some(0), None]);
        // A nested system extent does not hide a later one.
        let gold = [Some((0, 5)), Some((3, 3))];
        let sys = [Some((0, 5)), Some((2, 4))];
        assert_eq!(align_overlapping(&gold, &sys), vec![Some(0), Some(1)]);
        // No token, no pair.
        assert_eq!(align_overlapping(&[None], &[None]), vec![None]);
    }

    #[test]
    fn events_pair_on_their_start_token() {
        let gold = [Some((0, 0)), Some((2, 3)), Some((2, 2)), Some((5, 5))];
        let sys = [Some((2, 2)), Some((3, 3)), Some((0, 1))];
        assert_eq!(
            align_same_start(&gold, &sys),
            vec![Some(2), Some(0), None, None]
        );
    }
}
