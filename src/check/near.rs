//! Candidates on nearby days: the entries that share uncommon terms with an entry *and*
//! a day with it, found without walking every entry that holds those terms.
//!
//! Each (term, entry) posting is filed under the entry's days: entries of at most
//! [`MONTH_DAYS`] days under the month they start in, entries of at most [`YEAR_DAYS`]
//! days under their start year, and the rest (longer, or open at one end) under the term
//! alone. An entry's candidates come from the months and years its days can reach and from
//! the term's long entries; only an entry of many years walks the term's whole list. So a
//! corpus of many articles over many days costs about its rows, not its pairs of rows.

use chrono::Datelike;

use super::compare::Bounds;
use super::index::EventIndex;
use crate::fnv::FnvMap;

/// Longest entry (in days) filed under its start month.
pub const MONTH_DAYS: i64 = 31;
/// Longest entry (in days) filed under its start year.
pub const YEAR_DAYS: i64 = 366;

/// Where an entry's postings are filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shelf {
    /// Under its start month (months counted from year 0).
    Month(i32),
    /// Under its start year.
    Year(i32),
    /// Under the term alone.
    Long,
}

/// The shelf of an entry with these days.
fn shelf(b: &Bounds) -> Shelf {
    let (Some(s), Some(e)) = (b.start, b.end) else {
        return Shelf::Long;
    };
    let days = (e - s).num_days() + 1;
    if days <= MONTH_DAYS {
        Shelf::Month(month_number(s))
    } else if days <= YEAR_DAYS {
        Shelf::Year(s.year())
    } else {
        Shelf::Long
    }
}

/// Months since January of year 0.
fn month_number(d: chrono::NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// An index of an [`EventIndex`]'s uncommon terms by term and days.
pub struct NearIndex<'a> {
    index: &'a EventIndex,
    bounds: &'a [Bounds],
    /// Per (term, shelf): the entries, ascending.
    shelves: FnvMap<(u32, Shelf), Vec<u32>>,
    /// Per entry: shared terms counted so far (all zero between calls).
    count: Vec<u32>,
}

impl<'a> NearIndex<'a> {
    /// Files the uncommon terms of `index`'s entries; `bounds[i]` are entry `i`'s days.
    pub fn new(index: &'a EventIndex, bounds: &'a [Bounds]) -> NearIndex<'a> {
        let mut shelves: FnvMap<(u32, Shelf), Vec<u32>> = FnvMap::default();
        for (i, b) in bounds.iter().enumerate() {
            let at = shelf(b);
            for t in index.uncommon_terms(i) {
                shelves.entry((t, at)).or_default().push(i as u32);
            }
        }
        NearIndex {
            index,
            bounds,
            shelves,
            count: vec![0; bounds.len()],
        }
    }

    /// The entries other than `i` that share at least `min_shared` uncommon terms and a day
    /// with entry `i`, ascending.
    pub fn sharing(&mut self, i: usize, min_shared: usize) -> Vec<u32> {
        let b = self.bounds[i];
        let reach = match (b.start, b.end, shelf(&b)) {
            (Some(s), Some(e), Shelf::Month(_) | Shelf::Year(_)) => Some((s, e)),
            _ => None,
        };
        let mut touched: Vec<u32> = Vec::new();
        let count = &mut self.count;
        let mut add = |list: &[u32]| {
            for &d in list {
                let c = &mut count[d as usize];
                if *c == 0 {
                    touched.push(d);
                }
                *c += 1;
            }
        };
        for t in self.index.uncommon_terms(i) {
            let Some((s, e)) = reach else {
                add(&self.index.holders(t).collect::<Vec<_>>());
                continue;
            };
            // Entries of a month start at most a month before `s`; of a year, a year.
            for m in month_number(s) - 1..=month_number(e) {
                if let Some(list) = self.shelves.get(&(t, Shelf::Month(m))) {
                    add(list);
                }
            }
            for y in s.year() - 1..=e.year() {
                if let Some(list) = self.shelves.get(&(t, Shelf::Year(y))) {
                    add(list);
                }
            }
            if let Some(list) = self.shelves.get(&(t, Shelf::Long)) {
                add(list);
            }
        }
        let bounds = self.bounds;
        touched.retain(|&d| {
            let c = std::mem::take(&mut count[d as usize]);
            c as usize >= min_shared && d as usize != i && bounds[i].overlaps(&bounds[d as usize])
        });
        touched.sort_unstable();
        touched
    }
}
