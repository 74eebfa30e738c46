//! Comparing dates as intervals: a claim's date against the date a source gives its event.
//!
//! A source's date is the interval of its time expression, opened on one side when the
//! event is only said to come before or after it ("before 2001": any day up to 2000-12-31).
//! Two dates agree when they share a day; how well they agree is the [`Precision`].
//!
//! ```
//! use chronicler::check::compare::{Bounds, Precision, compare};
//! use chronicler::value::Value;
//! let claim = "2021-08-26".parse::<Value>().unwrap().interval(None).unwrap();
//! let last_week = "2021-W34".parse::<Value>().unwrap().interval(None).unwrap();
//! assert_eq!(compare(&claim, &Bounds::from(last_week)), Some(Precision::Within));
//! let mid_august = "2021-08".parse::<Value>().unwrap()
//!     .interval(Some(chronicler::value::Mod::Mid)).unwrap();
//! assert_eq!(compare(&claim, &Bounds::from(mid_august)), None);
//! ```

use chrono::NaiveDate;
use serde::Serialize;

use crate::chronology::{Entry, Relation};
use crate::value::Interval;

/// How precisely a source's date supports a claim's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// The same interval: "2021-08-28" and "Saturday" (2021-08-28).
    Exact,
    /// One lies inside the other: "2021-08-26" and "last week" (2021-W34), or "2001" and
    /// "the fall of 2001".
    Within,
    /// They share some days, and each has days the other lacks.
    Overlapping,
}

impl Precision {
    /// Lower-case name, as written in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Exact => "exact",
            Precision::Within => "within",
            Precision::Overlapping => "overlapping",
        }
    }
}

/// A range of days that may be open on either side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// First day, or `None` for "any day before `end`".
    pub start: Option<NaiveDate>,
    /// Last day, or `None` for "any day after `start`".
    pub end: Option<NaiveDate>,
}

impl From<Interval> for Bounds {
    fn from(iv: Interval) -> Bounds {
        Bounds {
            start: Some(iv.start),
            end: Some(iv.end),
        }
    }
}

impl Bounds {
    /// The days a chronology entry puts its event on: its interval, opened before it for
    /// "before"/"by" and after it for "after". "since" and "until" keep the interval: the
    /// event (a start, an end) is what the expression dates.
    pub fn of_entry(e: &Entry) -> Bounds {
        match e.relation {
            Relation::Before => Bounds {
                start: None,
                end: e.start.pred_opt().or(Some(e.start)),
            },
            Relation::After => Bounds {
                start: e.end.succ_opt().or(Some(e.end)),
                end: None,
            },
            Relation::At | Relation::Since | Relation::Until => Bounds::from(e.interval()),
        }
    }

    /// Whether the two ranges share a day.
    pub fn overlaps(&self, other: &Bounds) -> bool {
        let before = |end: Option<NaiveDate>, start: Option<NaiveDate>| match (end, start) {
            (Some(e), Some(s)) => e < s,
            _ => false,
        };
        !before(self.end, other.start) && !before(other.end, self.start)
    }

    /// Whether `other` lies wholly inside `self`.
    pub fn contains(&self, other: &Bounds) -> bool {
        let start_ok = match (self.start, other.start) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a <= b,
        };
        let end_ok = match (self.end, other.end) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => b <= a,
        };
        start_ok && end_ok
    }

    /// Days covered, or `None` when open.
    pub fn days(&self) -> Option<i64> {
        Some((self.end? - self.start?).num_days() + 1)
    }
}

/// How `evidence` supports `claim`: `None` when they share no day (a contradiction when the
/// evidence dates the claim's event).
pub fn compare(claim: &Interval, evidence: &Bounds) -> Option<Precision> {
    let c = Bounds::from(*claim);
    if !c.overlaps(evidence) {
        None
    } else if c == *evidence {
        Some(Precision::Exact)
    } else if c.contains(evidence) || evidence.contains(&c) {
        Some(Precision::Within)
    } else {
        Some(Precision::Overlapping)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{Mod, Value};

    fn iv(v: &str, m: Option<Mod>) -> Interval {
        v.parse::<Value>().unwrap().interval(m).unwrap()
    }

    #[test]
    fn granularity_decides_the_precision() {
        let b = |v: &str| Bounds::from(iv(v, None));
        assert_eq!(
            compare(&iv("2021-08-28", None), &b("2021-08-28")),
            Some(Precision::Exact)
        );
        assert_eq!(
            compare(&iv("2001", None), &b("2001-FA")),
            Some(Precision::Within)
        );
        assert_eq!(
            compare(&iv("2001-10-07", None), &b("2001-FA")),
            Some(Precision::Within)
        );
        assert_eq!(
            compare(&iv("2021-08", None), &b("2021-W35")),
            Some(Precision::Overlapping)
        );
        assert_eq!(
            compare(&iv("2021-08-26", None), &b("2021-W34")),
            Some(Precision::Within)
        );
        assert_eq!(compare(&iv("2021-09", None), &b("2021-W34")), None);
    }

    #[test]
    fn mid_august_contradicts_august_26() {
        let mid = Bounds::from(iv("2021-08", Some(Mod::Mid)));
        assert_eq!(compare(&iv("2021-08-26", None), &mid), None);
        assert_eq!(
            compare(&iv("2021-08-15", None), &mid),
            Some(Precision::Within)
        );
    }

    #[test]
    fn open_bounds_support_only_their_side() {
        let before_2001 = Bounds {
            start: None,
            end: NaiveDate::from_ymd_opt(2000, 12, 31),
        };
        assert_eq!(
            compare(&iv("1999", None), &before_2001),
            Some(Precision::Within)
        );
        assert_eq!(compare(&iv("2001-05", None), &before_2001), None);
        assert_eq!(before_2001.days(), None);
    }
}
