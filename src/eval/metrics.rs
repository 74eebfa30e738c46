//! Counts summed over documents, and the scores computed from them.
//!
//! Everything is micro-averaged: the counts of all scored files are added up first, and
//! precision, recall and F1 are computed once from the sums (never averaged per file).

use std::ops::AddAssign;

use serde::Serialize;

/// Task A counts for one document or a whole evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimexCounts {
    /// Gold timexes (the DCT excluded).
    pub gold: usize,
    /// System timexes (the DCT excluded).
    pub system: usize,
    /// One-to-one pairs that share at least one token (relaxed matches).
    pub relaxed: usize,
    /// Pairs whose covered text is identical (strict matches).
    pub strict: usize,
    /// Pairs with the same `value` string (missing equals missing).
    pub value: usize,
    /// Pairs with the same `type` string (missing equals missing).
    pub type_: usize,
}

impl AddAssign for TimexCounts {
    fn add_assign(&mut self, o: TimexCounts) {
        self.gold += o.gold;
        self.system += o.system;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.value += o.value;
        self.type_ += o.type_;
    }
}

/// Task B counts for one document or a whole evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventCounts {
    /// Gold events.
    pub gold: usize,
    /// System events.
    pub system: usize,
    /// One-to-one pairs of events that start on the same token.
    pub matched: usize,
    /// Pairs with the same `class` (from the EVENT tag or its MAKEINSTANCE).
    pub class: usize,
}

impl AddAssign for EventCounts {
    fn add_assign(&mut self, o: EventCounts) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.class += o.class;
    }
}

/// `num / den`, or 0 when `den` is 0.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The harmonic mean 2PR/(P+R), or 0 when both are 0.
fn harmonic(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Precision, recall and F1, as fractions in 0..=1.
///
/// ```
/// use chronicler::eval::Prf;
/// let s = Prf::new(3, 4, 6); // 3 matches, 4 gold, 6 system
/// assert_eq!((s.precision, s.recall), (0.5, 0.75));
/// assert!((s.f1 - 0.6).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    /// Matches / system entities (0 when the system found nothing).
    pub precision: f64,
    /// Matches / gold entities (0 when there is no gold entity).
    pub recall: f64,
    /// 2PR/(P+R) (0 when P and R are both 0).
    pub f1: f64,
}

impl Prf {
    /// The scores of `matched` pairs among `gold` gold and `system` system entities.
    pub fn new(matched: usize, gold: usize, system: usize) -> Prf {
        let precision = ratio(matched, system);
        let recall = ratio(matched, gold);
        Prf {
            precision,
            recall,
            f1: harmonic(precision, recall),
        }
    }
}

/// An attribute F1 as TempEval-3 defines it: the share of matched pairs whose attribute
/// agrees, times the F1 of the matching.
fn attribute_f1(agreeing: usize, matched: usize, f1: f64) -> f64 {
    ratio(agreeing, matched) * f1
}

/// Task A scores. Serializes as
/// `{"relaxed": {...}, "strict": {...}, "value_f1", "type_f1", "gold", "system"}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TimexScores {
    /// Relaxed match (token overlap).
    pub relaxed: Prf,
    /// Strict match (identical covered text).
    pub strict: Prf,
    /// (pairs with equal `value` / relaxed matches) × relaxed F1: the ranking metric.
    pub value_f1: f64,
    /// (pairs with equal `type` / relaxed matches) × relaxed F1.
    pub type_f1: f64,
    /// Number of gold timexes.
    pub gold: usize,
    /// Number of system timexes.
    pub system: usize,
}

impl TimexScores {
    /// Scores from summed counts.
    pub fn from_counts(c: &TimexCounts) -> TimexScores {
        let relaxed = Prf::new(c.relaxed, c.gold, c.system);
        TimexScores {
            relaxed,
            strict: Prf::new(c.strict, c.gold, c.system),
            value_f1: attribute_f1(c.value, c.relaxed, relaxed.f1),
            type_f1: attribute_f1(c.type_, c.relaxed, relaxed.f1),
            gold: c.gold,
            system: c.system,
        }
    }
}

/// Task B scores. Serializes as
/// `{"precision", "recall", "f1", "class_f1", "gold", "system"}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EventScores {
    /// Matches / system events.
    pub precision: f64,
    /// Matches / gold events.
    pub recall: f64,
    /// 2PR/(P+R).
    pub f1: f64,
    /// (pairs with equal `class` / matches) × F1.
    pub class_f1: f64,
    /// Number of gold events.
    pub gold: usize,
    /// Number of system events.
    pub system: usize,
}

impl EventScores {
    /// Scores from summed counts.
    pub fn from_counts(c: &EventCounts) -> EventScores {
        let prf = Prf::new(c.matched, c.gold, c.system);
        EventScores {
            precision: prf.precision,
            recall: prf.recall,
            f1: prf.f1,
            class_f1: attribute_f1(c.class, c.matched, prf.f1),
            gold: c.gold,
            system: c.system,
        }
    }
}

/// All TempEval-3 Task A and B scores. Its `Serialize` output is exactly the JSON object
/// of `../shared/EVAL.md`:
///
/// ```
/// use chronicler::eval::{EventCounts, Scores, TimexCounts};
/// let t = TimexCounts { gold: 4, system: 4, relaxed: 4, strict: 3, value: 2, type_: 4 };
/// let e = EventCounts { gold: 10, system: 8, matched: 8, class: 6 };
/// let s = Scores::from_counts(&t, &e);
/// assert_eq!(s.timex.value_f1, 0.5);
/// let json = serde_json::to_value(&s).unwrap();
/// assert_eq!(json["timex"]["strict"]["recall"], 0.75);
/// assert_eq!(json["event"]["class_f1"].as_f64().unwrap(), 0.75 * s.event.f1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    /// Task A: time expressions.
    pub timex: TimexScores,
    /// Task B: events.
    pub event: EventScores,
}

impl Scores {
    /// Scores from counts summed over all scored files.
    pub fn from_counts(timex: &TimexCounts, event: &EventCounts) -> Scores {
        Scores {
            timex: TimexScores::from_counts(timex),
            event: EventScores::from_counts(event),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero_not_nan() {
        let s = Scores::from_counts(&TimexCounts::default(), &EventCounts::default());
        for x in [
            s.timex.relaxed.precision,
            s.timex.relaxed.recall,
            s.timex.relaxed.f1,
            s.timex.value_f1,
            s.event.f1,
            s.event.class_f1,
        ] {
            assert_eq!(x, 0.0);
        }
    }

    #[test]
    fn attribute_f1_scales_relaxed_f1() {
        let c = TimexCounts {
            gold: 10,
            system: 5,
            relaxed: 5,
            strict: 5,
            value: 4,
            type_: 5,
        };
        let s = TimexScores::from_counts(&c);
        let f1 = 2.0 * 1.0 * 0.5 / 1.5;
        assert!((s.relaxed.f1 - f1).abs() < 1e-12);
        assert!((s.value_f1 - 0.8 * f1).abs() < 1e-12);
        assert!((s.type_f1 - f1).abs() < 1e-12);
    }

    #[test]
    fn counts_add_up() {
        let mut a = EventCounts {
            gold: 1,
            system: 2,
            matched: 1,
            class: 0,
        };
        a += EventCounts {
            gold: 3,
            system: 1,
            matched: 1,
            class: 1,
        };
        assert_eq!(
            a,
            EventCounts {
                gold: 4,
                system: 3,
                matched: 2,
                class: 1
            }
        );
    }
}
