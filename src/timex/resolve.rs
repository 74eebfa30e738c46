//! Resolution: the only place that turns "Saturday", "December" or "the following year"
//! into calendar values.
//!
//! Policies (each has examples in `tests/corpus/`):
//! - **News** (deictic): "today", "last week", "three years ago" count from the DCT. A bare
//!   weekday or month takes its direction from the clause's tense ([`super::tense`]): past →
//!   the most recent one on or before the DCT, future → the next one on or after it.
//!   Words right before it can settle the direction ("since Tuesday" looks back; "until",
//!   "by", "effective", "as soon as" look ahead). With a present-tense verb or none, the
//!   nearer one wins (a weekday's past on a tie, and a possessive "Friday's" is the past
//!   one). A month or day without a year follows the tense unless the other reading is
//!   far nearer ([`pick_by_tense`]). A weekday equal to the DCT's weekday is the DCT. A weekday
//!   equal to the DCT's weekday is the DCT itself.
//! - **Stated directions**: "last Tuesday" is the most recent Tuesday strictly before the
//!   reference, never the reference day itself; "next Tuesday" the first one strictly after;
//!   "this Tuesday" the Tuesday of the reference's ISO week. "last December" is the most
//!   recent December that has ended; "next March" the first one that has not begun.
//! - **Narrative** (anaphoric): "the following year", "two days later", "that day", and in
//!   narratives also "in June" and "on Saturday", count from the last mentioned date. A
//!   month takes the reference's year; a weekday is the first on or after the reference.
//!   The reference must be at least as precise as the unit counted ("the next day" needs a
//!   day); otherwise the value stays underspecified rather than inventing precision.
//! - **No DCT and no reference**: values stay underspecified (`XXXX-08-31`, `XXXX-WXX-6`),
//!   never resolved against today's date.

use chrono::{Datelike, Duration as Days, Months, NaiveDate, Weekday};

use super::Timex;
use super::spec::{Anchoring, CalUnit, Candidate, Dir, From, Spec};
use super::tense::{Tense, tense_at};
use crate::document::DocKind;
use crate::text::{SentenceSpans, Span};
use crate::value::{
    Date, DatePart, Granularity, Interval, TimeOfDay, TimexType, Unit, Value, Year,
};

/// A date to count from, with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// The first day of the referenced period.
    pub start: NaiveDate,
    /// The last day of the referenced period.
    pub end: NaiveDate,
    /// Its precision.
    pub granularity: Granularity,
}

impl Reference {
    /// A single day.
    pub fn day(d: NaiveDate) -> Reference {
        Reference {
            start: d,
            end: d,
            granularity: Granularity::Day,
        }
    }

    fn date(&self) -> NaiveDate {
        self.start
    }

    /// Whether the reference is precise enough to count in `unit`.
    fn fits(&self, unit: CalUnit) -> bool {
        use Granularity as G;
        let needed = match unit {
            CalUnit::Day | CalUnit::Week | CalUnit::Weekend => G::Week,
            CalUnit::Month => G::Month,
            CalUnit::Quarter | CalUnit::Half => G::Half,
            CalUnit::Year | CalUnit::Decade | CalUnit::Century => G::Year,
        };
        let g = match self.granularity {
            G::Time | G::Day => G::Day,
            G::Season | G::Quarter => G::Quarter,
            other => other,
        };
        if matches!(unit, CalUnit::Day) {
            return g == G::Day;
        }
        g <= needed
    }
}

/// Shifts a date by whole months, clamping the day.
fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn weekday_num(d: NaiveDate) -> u8 {
    d.weekday().number_from_monday() as u8
}

fn week_value(d: NaiveDate, weekend: bool) -> Value {
    let w = d.iso_week();
    let part = if weekend {
        DatePart::Weekend(Some(w.week() as u8))
    } else {
        DatePart::Week(Some(w.week() as u8))
    };
    Value::Date(Date {
        year: Year::full(w.year()),
        part,
    })
}

/// The value `n` units from the reference date `r`, at the unit's precision.
pub fn shift(unit: CalUnit, n: i32, r: NaiveDate) -> Option<Value> {
    Some(match unit {
        CalUnit::Day => Value::Date(Date::from_naive(
            r.checked_add_signed(Days::days(n as i64))?,
        )),
        CalUnit::Week => week_value(r.checked_add_signed(Days::weeks(n as i64))?, false),
        CalUnit::Weekend => week_value(r.checked_add_signed(Days::weeks(n as i64))?, true),
        CalUnit::Month => {
            let d = add_months(r.with_day(1)?, n)?;
            Value::Date(Date::ym(d.year(), d.month() as u8))
        }
        CalUnit::Quarter => {
            let d = add_months(r.with_day(1)?, n * 3)?;
            Value::Date(Date {
                year: Year::full(d.year()),
                part: DatePart::Quarter(Some(((d.month() - 1) / 3 + 1) as u8)),
            })
        }
        CalUnit::Half => {
            let d = add_months(r.with_day(1)?, n * 6)?;
            Value::Date(Date {
                year: Year::full(d.year()),
                part: DatePart::Half(Some(((d.month() - 1) / 6 + 1) as u8)),
            })
        }
        CalUnit::Year => Value::Date(Date::year(r.year().checked_add(n)?)),
        CalUnit::Decade => {
            let y = r.year().checked_add(n.checked_mul(10)?)?;
            Value::Date(Date {
                year: Year::decade(y.div_euclid(10)),
                part: DatePart::Year,
            })
        }
        CalUnit::Century => {
            let y = r.year().checked_add(n.checked_mul(100)?)?;
            Value::Date(Date {
                year: Year::century(y.div_euclid(100)),
                part: DatePart::Year,
            })
        }
    })
}

/// A mentioned period moved by whole years, keeping its precision.
fn shift_period(r: Reference, years: i32) -> Option<Value> {
    let unit = match r.granularity {
        Granularity::Time | Granularity::Day => CalUnit::Day,
        Granularity::Week => CalUnit::Week,
        Granularity::Month | Granularity::Season => CalUnit::Month,
        Granularity::Quarter => CalUnit::Quarter,
        Granularity::Half => CalUnit::Half,
        _ => CalUnit::Year,
    };
    let moved = add_months(r.start, years.checked_mul(12)?)?;
    shift(unit, 0, moved)
}

/// The underspecified value of a unit offset with no reference.
fn unknown_of(unit: CalUnit) -> Value {
    let part = match unit {
        CalUnit::Day => DatePart::Day(None, None),
        CalUnit::Week => DatePart::Week(None),
        CalUnit::Weekend => DatePart::Weekend(None),
        CalUnit::Month => DatePart::Month(None),
        CalUnit::Quarter => DatePart::Quarter(None),
        CalUnit::Half => DatePart::Half(None),
        _ => DatePart::Year,
    };
    Value::Date(Date {
        year: Year::unknown(),
        part,
    })
}

/// The weekday `day` near reference `r`.
pub fn weekday_near(day: u8, dir: Dir, strict: bool, r: NaiveDate) -> Option<NaiveDate> {
    let cur = weekday_num(r) as i64;
    let day = day as i64;
    Some(match dir {
        Dir::Past => {
            let mut back = (cur - day).rem_euclid(7);
            if back == 0 && strict {
                back = 7;
            }
            r.checked_sub_signed(Days::days(back))?
        }
        Dir::Future => {
            let mut fwd = (day - cur).rem_euclid(7);
            if fwd == 0 && strict {
                fwd = 7;
            }
            r.checked_add_signed(Days::days(fwd))?
        }
        Dir::Same => r.checked_add_signed(Days::days(day - cur))?,
    })
}

/// The day among `past` (on or before `d`) and `future` (on or after it) that `tense`
/// points to; with no past or future verb to go by, the nearer one, the past on a tie.
fn by_tense(
    tense: Tense,
    d: NaiveDate,
    past: Option<NaiveDate>,
    future: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match tense {
        Tense::Past => past,
        Tense::Future => future,
        _ => match (past, future) {
            (Some(p), Some(f)) if (f - d) < (d - p) => Some(f),
            (p, f) => p.or(f),
        },
    }
}

/// How to pick a year for a date without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearChoice {
    /// The reference's own year.
    Same,
    /// The latest year whose period started on or before the reference (past tense).
    StartedBy,
    /// The latest year whose period ended before the reference ("last December").
    EndedBefore,
    /// The earliest year whose period has not ended by the reference (future tense).
    NotEndedBy,
    /// The earliest year whose period starts after the reference ("next March").
    StartsAfter,
}

/// Days between `r` and an interval (0 when `r` is inside it).
fn gap(r: NaiveDate, (s, e): (NaiveDate, NaiveDate)) -> i64 {
    if r < s {
        (s - r).num_days()
    } else if r > e {
        (r - e).num_days()
    } else {
        0
    }
}

/// Picks the year of a period without one by the clause's tense: past → the latest one
/// that has started by `r`, future → the earliest one not yet over. A past tense yields
/// when the other reading is far nearer to `r` (its distance is more than three times
/// smaller, plus 30 days), since news reports plans in the past tense: "by Jan. 14" in a
/// past-tense sentence of January 6 is the coming one, as is "declared a dividend payable
/// Dec. 7" in October. A future tense is rarely about the past, so it yields only when the
/// other reading is ten times nearer: "will fly a mission in December" in March is the
/// coming December. With no tense cue, the nearer of the two wins.
pub fn pick_by_tense(
    tense: Tense,
    r: NaiveDate,
    interval_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> i32 {
    let p = choose_year(YearChoice::StartedBy, r, &interval_in);
    let f = choose_year(YearChoice::NotEndedBy, r, &interval_in);
    let d = |y| interval_in(y).map(|iv| gap(r, iv)).unwrap_or(i64::MAX / 8);
    let (dp, df) = (d(p), d(f));
    match tense {
        Tense::Past if dp > 3 * df + 30 => f,
        Tense::Past => p,
        Tense::Future if df > 10 * dp + 30 => p,
        Tense::Future => f,
        _ if dp <= df => p,
        _ => f,
    }
}

/// Picks the year for a period given by `interval_in(year)`.
pub fn choose_year(
    choice: YearChoice,
    r: NaiveDate,
    interval_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> i32 {
    let y0 = r.year();
    let test = |y: i32| -> bool {
        let Some((s, e)) = interval_in(y) else {
            return false;
        };
        match choice {
            YearChoice::Same => true,
            YearChoice::StartedBy => s <= r,
            YearChoice::EndedBefore => e < r,
            YearChoice::NotEndedBy => e >= r,
            YearChoice::StartsAfter => s > r,
        }
    };
    match choice {
        // The period of the reference's year, or the one the reference is in when that
        // began the year before: the winter of January 1945 is 1944-WI.
        YearChoice::Same => match interval_in(y0 - 1) {
            Some((s, e)) if s <= r && r <= e => y0 - 1,
            _ => y0,
        },
        YearChoice::StartedBy | YearChoice::EndedBefore => {
            (y0 - 8..=y0 + 1).rev().find(|&y| test(y)).unwrap_or(y0)
        }
        YearChoice::NotEndedBy | YearChoice::StartsAfter => {
            (y0 - 1..=y0 + 8).find(|&y| test(y)).unwrap_or(y0)
        }
    }
}

fn part_interval(part: DatePart, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let iv = Value::Date(Date {
        year: Year::full(y),
        part,
    })
    .interval(None)?;
    Some((iv.start, iv.end))
}

/// How far back (in days) a narrative's date without a year may lie before the last
/// date mentioned: about a quarter; further back, the same month or day of the next year
/// is meant.
pub const NARRATIVE_LOOKBACK_DAYS: i64 = 92;

/// How many mentioned dates the resolver remembers for anaphora.
const HISTORY: usize = 16;

/// Resolves candidates of one document in text order, keeping the narrative's last date.
pub struct Resolver<'a> {
    sentences: &'a SentenceSpans<'a>,
    dct: Option<NaiveDate>,
    kind: DocKind,
    last: Option<Reference>,
    /// The last dates mentioned, oldest first (at most [`HISTORY`]).
    history: Vec<Reference>,
    /// The last quarter the text stated that had begun by the DCT, and its sentence (for
    /// "a year ago" right after it).
    last_quarter: Option<(Reference, Option<usize>)>,
    /// The span of the last date (its sentence: [`Resolver::last_sentence`]).
    last_span: Option<Span>,
    /// Where the range the last date ends began, when the text just stated one ("between
    /// 1 July and 18 November 1916"): the story is in the whole range, so a date without a
    /// year looks back from its start.
    range_start: Option<NaiveDate>,
    /// The first quarter the text stated that had begun by the DCT: the period a business
    /// story reports on ("the quarter", "the latest quarter"), whatever other quarters it
    /// mentions on the way ("after a flat second quarter", "a fourth-quarter charge").
    subject_quarter: Option<Reference>,
}

impl<'a> Resolver<'a> {
    /// A resolver for a document of `kind` (News or Narrative) with an optional DCT, and
    /// its sentences.
    pub fn new(
        sentences: &'a SentenceSpans<'a>,
        dct: Option<NaiveDate>,
        kind: DocKind,
    ) -> Resolver<'a> {
        Resolver {
            sentences,
            dct,
            kind,
            last: None,
            last_span: None,
            range_start: None,
            last_quarter: None,
            subject_quarter: None,
            history: Vec::new(),
        }
    }

    fn reference(&self, from: From) -> Option<Reference> {
        let dct = self.dct.map(Reference::day);
        match (from, self.kind) {
            (From::Speech, _) => dct,
            (From::Narrative, _) | (From::Context, DocKind::Narrative) => self.last.or(dct),
            (From::Context, _) => dct,
        }
    }

    /// The reference for counting in `unit`: the DCT for speech-relative expressions;
    /// otherwise the last mentioned date precise enough for the unit ("the following day"
    /// after "in 1943 ... on 6 June 1944 ... in 1943" counts from 6 June 1944). A news story
    /// with no mention at all counts from its DCT; when dates were mentioned but none is
    /// precise enough, the value stays underspecified.
    fn reference_for(&self, from: From, unit: CalUnit) -> Option<Reference> {
        let narrative = match (from, self.kind) {
            (From::Speech, _) | (From::Context, DocKind::News | DocKind::Auto) => false,
            (From::Narrative, _) | (From::Context, DocKind::Narrative) => true,
        };
        let dct = self.dct.map(Reference::day);
        if !narrative {
            return dct;
        }
        // "that quarter" is the last quarter named, not the quarter of the last day.
        let named_quarter = match unit {
            CalUnit::Quarter => (self.history.iter().rev().take(4))
                .find(|r| r.granularity == Granularity::Quarter)
                .copied(),
            _ => None,
        };
        let fitting =
            named_quarter.or_else(|| self.history.iter().rev().find(|r| r.fits(unit)).copied());
        // A later, coarser date moved the story to a later year than the fitting one:
        // "the same month" after "on 5 May 1968 ... in mid-1969" is not May 1968. (A
        // coarser date before it, a look back, leaves it in place, and so does one in the
        // same year, "next month" in news.)
        let moved_past = |f: &Reference| {
            self.history
                .last()
                .is_some_and(|last| !last.fits(unit) && last.start.year() > f.end.year())
        };
        let fitting = fitting.filter(|f| !moved_past(f));
        // Dates were mentioned but none precise enough: say so rather than guess.
        fitting.or(if self.history.is_empty() { dct } else { None })
    }

    /// The sentence the last date was mentioned in.
    fn last_sentence(&self) -> Option<usize> {
        self.sentences.sentence_at(self.last_span?.start)
    }

    fn tense(&self, span: Span) -> Tense {
        match self.sentences.sentence_at(span.start) {
            Some(i) => tense_at(self.sentences.text, self.sentences.spans[i], span),
            None => Tense::Unknown,
        }
    }

    /// The year for a date of a narrative that names none, counted from reference `r`.
    /// Narratives move forward and look back only a little: the date is the first reading
    /// that ends no more than [`NARRATIVE_LOOKBACK_DAYS`] before the reference ("mid-January"
    /// after 28 December 1944 is January 1945; "December" after early February 1945 is
    /// December 1944), or the year before when the text was just in that month of that
    /// year (after "from 16 December 1944 to 25 January 1945", "on 16 December" is 1944).
    fn narrative_year(
        &self,
        part: DatePart,
        r: Reference,
        interval_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> i32 {
        let y0 = r.date().year();
        // Within the reference's own period: "in 1918 ... in November" is November 1918.
        let within = (y0 - 1..=y0 + 1)
            .find(|&y| interval_in(y).is_some_and(|(s, e)| s <= r.end && e >= r.start));
        if let Some(y) = within {
            return y;
        }
        if let DatePart::Day(Some(m), _) | DatePart::Month(Some(m)) = part {
            let ahead = interval_in(y0).is_some_and(|(s, _)| s > r.end);
            let remembered = self.history.iter().any(|h| {
                h.granularity <= Granularity::Month
                    && h.start.year() == y0 - 1
                    && h.start.month() == u32::from(m)
            });
            if ahead && remembered {
                return y0 - 1;
            }
        }
        let start = match self.range_start {
            Some(s) if self.last == Some(r) => s.min(r.start),
            _ => r.start,
        };
        let from = start - Days::days(NARRATIVE_LOOKBACK_DAYS);
        (y0 - 1..=y0 + 1)
            .find(|&y| interval_in(y).is_some_and(|(_, e)| e >= from))
            .unwrap_or(y0)
    }

    /// "the 28th": that day in the month of the last date precise to a month (a narrative;
    /// before a day, it may look back a week, else it is the next month's), or of the DCT
    /// (news: by the tense, else the nearer).
    fn day_of_month(&self, day: u8, span: Span) -> Value {
        let unknown = Value::Date(Date {
            year: Year::unknown(),
            part: DatePart::Day(None, Some(day)),
        });
        let Some(r) = self.reference_for(From::Context, CalUnit::Month) else {
            return unknown;
        };
        if !r.fits(CalUnit::Month) {
            return unknown;
        }
        let d = r.date();
        let Some(first) = NaiveDate::from_ymd_opt(d.year(), d.month(), 1) else {
            return unknown;
        };
        let in_month = |k: i32| {
            let m = add_months(first, k)?;
            NaiveDate::from_ymd_opt(m.year(), m.month(), u32::from(day))
        };
        let (prev, this, next) = (in_month(-1), in_month(0), in_month(1));
        let date = if self.is_narrative_ref(From::Context) {
            if r.granularity == Granularity::Month {
                this
            } else {
                let from = d - Days::days(7);
                [this, next].into_iter().flatten().find(|&x| x >= from)
            }
        } else {
            let past = [this, prev].into_iter().flatten().find(|&x| x <= d);
            let future = [this, next].into_iter().flatten().find(|&x| x >= d);
            // "The vote is on the 28th": a present clause looks ahead.
            let tense = match self.tense(span) {
                Tense::Present => Tense::Future,
                t => t,
            };
            by_tense(tense, d, past, future)
        };
        date.map(|x| Value::Date(Date::from_naive(x)))
            .unwrap_or(unknown)
    }

    /// The year for a period without one: a stated direction decides (counting from the
    /// reference's end for "the following spring", so the spring after "the end of 1942"
    /// is 1943's, and from its start for "the previous winter"); in a narrative the
    /// reference's year; otherwise the tense, checked against distance ([`pick_by_tense`]).
    fn pick_year(
        &self,
        dir: Option<Dir>,
        span: Span,
        narrative_ref: bool,
        reference: Reference,
        interval_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> i32 {
        let r = match dir {
            Some(Dir::Future) => reference.end,
            _ => reference.start,
        };
        let stated = match dir {
            Some(Dir::Past) => Some(YearChoice::EndedBefore),
            Some(Dir::Future) => Some(YearChoice::StartsAfter),
            Some(Dir::Same) => Some(YearChoice::Same),
            None if narrative_ref => Some(YearChoice::Same),
            None => None,
        };
        match stated {
            Some(choice) => choose_year(choice, r, interval_in),
            None => pick_by_tense(self.tense(span), r, interval_in),
        }
    }

    /// Whether sentence `then` is the sentence of `span` or at most `back` before it.
    fn near(&self, then: Option<usize>, span: Span, back: usize) -> bool {
        match (then, self.sentences.sentence_at(span.start)) {
            (Some(t), Some(here)) => t <= here && here - t <= back,
            _ => false,
        }
    }

    /// The quarter stated in this sentence or the one before, if any.
    fn quarter_near(&self, span: Span) -> Option<Reference> {
        self.last_quarter
            .filter(|(_, s)| self.near(*s, span, 1))
            .map(|(q, _)| q)
    }

    /// Whether period `r` had begun by the DCT (any period has, without a DCT): only such
    /// a period is one a business story reports on or compares with.
    fn begun(&self, r: &Reference) -> bool {
        self.dct.is_none_or(|d| r.start <= d)
    }

    fn is_narrative_ref(&self, from: From) -> bool {
        match from {
            From::Speech => false,
            From::Narrative => self.last.is_some(),
            From::Context => self.kind == DocKind::Narrative && self.last.is_some(),
        }
    }

    /// Resolves one spec to a value.
    fn value_of(&self, spec: &Spec, span: Span) -> Value {
        match spec {
            Spec::Value(v) => v.clone(),
            Spec::NoYear { part, dir, from } => {
                let Some(r) = self.reference(*from) else {
                    return Value::Date(Date {
                        year: Year::unknown(),
                        part: *part,
                    });
                };
                let narrative = self.is_narrative_ref(*from);
                let interval = |y| part_interval(*part, y);
                // Quarters and halves in news are the ones reported on: the latest begun.
                let y = if dir.is_none()
                    && !narrative
                    && matches!(part, DatePart::Quarter(_) | DatePart::Half(_))
                {
                    choose_year(YearChoice::StartedBy, r.date(), interval)
                } else if narrative && dir.is_none() {
                    self.narrative_year(*part, r, interval)
                } else {
                    self.pick_year(*dir, span, narrative, r, interval)
                };
                Value::Date(Date {
                    year: Year::full(y),
                    part: *part,
                })
            }
            Spec::Weekday { day, dir, from } => {
                let unknown = Value::Date(Date {
                    year: Year::unknown(),
                    part: DatePart::WeekDay(None, *day),
                });
                let Some(r) = self.reference_for(*from, CalUnit::Day) else {
                    return unknown;
                };
                if !r.fits(CalUnit::Day) {
                    return unknown;
                }
                let d = r.date();
                let date = match dir {
                    Some(dir) => weekday_near(*day, *dir, true, d),
                    None if self.is_narrative_ref(*from) => {
                        weekday_near(*day, Dir::Future, false, d)
                    }
                    None if weekday_num(d) == *day => Some(d),
                    None => {
                        let past = weekday_near(*day, Dir::Past, false, d);
                        let future = weekday_near(*day, Dir::Future, false, d);
                        let after = &self.sentences.text[span.end..];
                        let possessive = after.starts_with("'s") || after.starts_with("’s");
                        // "Friday's purchases", "would get around Wednesday's ruling":
                        // news names past days by their events.
                        let tense = if possessive {
                            Tense::Past
                        } else {
                            self.tense(span)
                        };
                        by_tense(tense, d, past, future)
                    }
                };
                date.map(|d| Value::Date(Date::from_naive(d)))
                    .unwrap_or(unknown)
            }
            Spec::Offset { unit, n, from } => {
                let Some(r) = self.reference_for(*from, *unit) else {
                    return unknown_of(*unit);
                };
                if !r.fits(*unit) {
                    return unknown_of(*unit);
                }
                let d = r.date();
                // "the weekend" / "this weekend" look back or ahead by tense.
                if *unit == CalUnit::Weekend && *n == 0 && *from != From::Narrative {
                    let wd = weekday_num(d);
                    let n = if wd >= 6 {
                        0
                    } else {
                        match self.tense(span) {
                            Tense::Future | Tense::Present => 0,
                            _ => -1,
                        }
                    };
                    return shift(CalUnit::Weekend, n, d).unwrap_or_else(|| unknown_of(*unit));
                }
                shift(*unit, *n, d).unwrap_or_else(|| unknown_of(*unit))
            }
            Spec::PartOfYear { part, years, from } => {
                match self.reference_for(*from, CalUnit::Year).map(|r| r.date()) {
                    Some(d) => Value::Date(Date {
                        year: Year::full(d.year().saturating_add(*years)),
                        part: *part,
                    }),
                    None => Value::Date(Date {
                        year: Year::unknown(),
                        part: *part,
                    }),
                }
            }
            Spec::WeekOf(inner) => match self.value_of(inner, span) {
                Value::Date(d) => match d.as_naive() {
                    Some(day) => week_value(day, false),
                    None => Value::Date(Date {
                        year: d.year,
                        part: DatePart::Week(None),
                    }),
                },
                other => other,
            },
            Spec::YearPeriod { year } => match self.quarter_near(span) {
                Some(q) => {
                    let moved = q
                        .start
                        .with_year(*year)
                        .and_then(|d| shift(CalUnit::Quarter, 0, d));
                    moved.unwrap_or_else(|| Value::Date(Date::year(*year)))
                }
                None => Value::Date(Date::year(*year)),
            },
            Spec::DecadeOnly(dd) => {
                let y = self
                    .reference(From::Context)
                    .map(|r| r.date().year())
                    .unwrap_or(1999);
                let mut start = y.div_euclid(100) * 100 + *dd as i32 * 10;
                if start > y {
                    start -= 100;
                }
                Value::Date(Date {
                    year: Year::decade(start.div_euclid(10)),
                    part: DatePart::Year,
                })
            }
            Spec::TwoDigitYear(yy) => {
                let yy = *yy as i32;
                let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
                Value::Date(Date::year(y))
            }
            Spec::Holiday { holiday, year, dir } => {
                let year = match year {
                    Some(y) => Some(*y),
                    None => self.reference(From::Context).map(|r| {
                        let narrative = self.is_narrative_ref(From::Context);
                        let interval = |y| holiday.date(y).map(|d| (d, d));
                        // A narrative reads forward: "Christmas Eve 1944 ... New Year's
                        // Day" is 1945's.
                        if narrative && dir.is_none() {
                            let part = DatePart::Day(None, None);
                            self.narrative_year(part, r, interval)
                        } else {
                            self.pick_year(*dir, span, narrative, r, interval)
                        }
                    }),
                };
                match year.and_then(|y| holiday.date(y)) {
                    Some(d) => Value::Date(Date::from_naive(d)),
                    None => Value::Date(Date {
                        year: Year::unknown(),
                        part: DatePart::Day(None, None),
                    }),
                }
            }
            Spec::WithTime(inner, tod) => match self.value_of(inner, span) {
                Value::Date(d) => Value::Time(d, *tod),
                other => other,
            },
            Spec::PeriodShift { years } => {
                // A quarter in this or the last sentence comes first ("the quarter ended
                // Sept. 30 ... a year ago" is about the quarter, not the day it ended), then
                // any period just mentioned.
                // Then a half just mentioned, then the quarter the story reports on, then
                // (unless a quarter is named) any finer period just mentioned. A period
                // that had not begun by the DCT is not the one compared with.
                let near = self.near(self.last_sentence(), span, 1);
                let named = self.sentences.text[span.start..span.end].to_ascii_lowercase();
                let names_quarter = named.contains("quarter") || named.contains("period");
                let period = self
                    .quarter_near(span)
                    .or_else(|| {
                        self.last.filter(|r| {
                            near && self.begun(r)
                                && matches!(r.granularity, Granularity::Quarter | Granularity::Half)
                        })
                    })
                    .or(self.subject_quarter.filter(|_| names_quarter))
                    .or_else(|| {
                        self.last.filter(|r| {
                            !names_quarter
                                && near
                                && self.begun(r)
                                && r.granularity < Granularity::Year
                        })
                    });
                match period {
                    Some(r) => shift_period(r, *years).unwrap_or_else(|| unknown_of(CalUnit::Year)),
                    None => match self.dct {
                        Some(d) => shift(CalUnit::Year, *years, d)
                            .unwrap_or_else(|| unknown_of(CalUnit::Year)),
                        None => unknown_of(CalUnit::Year),
                    },
                }
            }
            Spec::DayOfMonth(day) => self.day_of_month(*day, span),
            Spec::ReportedQuarter => match self.subject_quarter {
                Some(r) => shift(CalUnit::Quarter, 0, r.start)
                    .unwrap_or_else(|| unknown_of(CalUnit::Quarter)),
                None => match self.dct {
                    Some(d) => shift(CalUnit::Quarter, -1, d)
                        .unwrap_or_else(|| unknown_of(CalUnit::Quarter)),
                    None => unknown_of(CalUnit::Quarter),
                },
            },
            Spec::TimeOnly(tod) => {
                // The day the text is on: a day mentioned just before, else (in news) the DCT.
                let recent_day = self
                    .last
                    .filter(|r| r.fits(CalUnit::Day) && self.near(self.last_sentence(), span, 2))
                    .map(|r| r.date());
                let day = match self.kind {
                    DocKind::Narrative => recent_day
                        .or_else(|| self.last.filter(|r| r.fits(CalUnit::Day)).map(|r| r.date())),
                    // "The airport reopened at noon Friday. A curfew takes effect at
                    // midnight.": a present or future clause is not on a past day.
                    _ => {
                        let ahead = matches!(self.tense(span), Tense::Present | Tense::Future);
                        recent_day
                            .filter(|d| !(ahead && self.dct.is_some_and(|dct| *d < dct)))
                            .or(self.dct)
                    }
                };
                match day {
                    Some(d) => Value::Time(Date::from_naive(d), *tod),
                    None => Value::TimeOnly(*tod),
                }
            }
        }
    }

    /// The range an anchored duration covers.
    fn anchored_range(&self, c: &Candidate, value: &Value) -> Option<Interval> {
        let (anchoring, from) = c.anchoring?;
        let Value::Duration(d) = value else {
            return None;
        };
        let r = match from {
            From::Narrative => self.last,
            _ => self.dct.map(Reference::day),
        }?;
        let mut start = match anchoring {
            Anchoring::Before => r.end,
            Anchoring::After => r.end.succ_opt()?,
        };
        let mut end = start;
        let mut granularity = Granularity::Day;
        for (amount, unit) in &d.parts {
            let n = amount.as_f64()?;
            if n.fract() != 0.0 {
                return None;
            }
            let n = n as i32;
            let months = match unit {
                Unit::Millennium => n.checked_mul(12_000),
                Unit::Century => n.checked_mul(1200),
                Unit::Decade => n.checked_mul(120),
                Unit::Year => n.checked_mul(12),
                Unit::Quarter => n.checked_mul(3),
                Unit::Month => Some(n),
                _ => None,
            };
            granularity = match unit {
                Unit::Millennium | Unit::Century | Unit::Decade | Unit::Year => Granularity::Year,
                Unit::Quarter | Unit::Month => Granularity::Month,
                Unit::Week | Unit::Weekend => Granularity::Week,
                _ => Granularity::Day,
            };
            match anchoring {
                Anchoring::Before => {
                    start = match months {
                        Some(m) => add_months(start, -m)?,
                        None => start.checked_sub_signed(Days::days(
                            (n as f64 * unit.approx_days()).round() as i64,
                        ))?,
                    }
                }
                Anchoring::After => {
                    end = match months {
                        Some(m) => add_months(end, m)?.pred_opt()?,
                        None => end.checked_add_signed(Days::days(
                            (n as f64 * unit.approx_days()).round() as i64 - 1,
                        ))?,
                    }
                }
            }
        }
        if anchoring == Anchoring::Before {
            end = r.end;
        }
        (start <= end).then_some(Interval {
            start,
            end,
            granularity,
        })
    }

    /// The start of the range that a date at `span` ends, when the last date begins it:
    /// "from 5 to 16 July", "between 1 July and 18 November 1916", "1939–45".
    fn range_from_last(&self, span: Span, r: &Reference) -> Option<NaiveDate> {
        let (last, at) = (self.last?, self.last_span?);
        let gap = self.sentences.text.get(at.end..span.start)?.trim();
        let connects = matches!(gap, "-" | "–" | "—")
            || ["to", "and", "until", "till", "through", "thru"]
                .iter()
                .any(|w| gap.eq_ignore_ascii_case(w));
        (connects && last.start <= r.start).then_some(last.start)
    }

    /// Resolves one candidate and, when it names a date, makes it the narrative's last date.
    pub fn resolve(&mut self, c: &Candidate) -> Timex {
        let value = self.value_of(&c.spec, c.span);
        // A named day with a part of it ("Thursday night") is a DATE in TimeML corpora
        // (TimeBank and AQUAINT tag it so about three times in four); clock times and
        // "this morning" are TIMEs.
        let day_part_of_named_day = matches!(
            &c.spec,
            Spec::WithTime(inner, TimeOfDay::Part(_)) if matches!(**inner, Spec::Weekday { .. })
        );
        let ty = match (&value, c.ty) {
            (Value::Date(_), TimexType::Time) => TimexType::Date,
            (Value::Time(..), _) if day_part_of_named_day => TimexType::Date,
            (Value::Time(..), TimexType::Date) => TimexType::Time,
            (_, t) => t,
        };
        let range = self.anchored_range(c, &value);
        let relative = !matches!(c.spec, Spec::Value(_)) || c.anchoring.is_some();
        if matches!(ty, TimexType::Date | TimexType::Time)
            && let Some(iv) = value.interval(c.modifier)
        {
            // Only dates that say at least a year, and not vague ranges, move the
            // narrative forward; "late 1967" moves it to the end of 1967, so that "21
            // January" after it is in 1968.
            // Periods shifted from another ("a year ago") are not where the story is.
            let shifted = matches!(c.spec, Spec::PeriodShift { .. });
            if iv.granularity <= Granularity::Year && !shifted {
                let r = Reference {
                    start: iv.start,
                    end: iv.end,
                    granularity: iv.granularity,
                };
                self.range_start = self.range_from_last(c.span, &r);
                self.last_span = Some(c.span);
                self.last = Some(r);
                if self.history.len() == HISTORY {
                    self.history.remove(0);
                }
                self.history.push(r);
                if r.granularity == Granularity::Quarter && self.begun(&r) {
                    self.last_quarter = Some((r, self.last_sentence()));
                    self.subject_quarter.get_or_insert(r);
                }
            }
        }
        Timex {
            span: c.span,
            ty,
            value,
            modifier: c.modifier,
            quant: c.quant,
            freq: c.freq.clone(),
            rule: c.rule,
            range,
            relative,
        }
    }
}

/// The day-of-week `Weekday` for an ISO number (1 = Monday).
pub fn iso_weekday(n: u8) -> Option<Weekday> {
    Weekday::try_from(n.checked_sub(1)?).ok()
}

/// The time of day of a TIME value, if any.
pub fn time_of(v: &Value) -> Option<TimeOfDay> {
    match v {
        Value::Time(_, t) | Value::TimeOnly(t) => Some(*t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn shifts_keep_the_unit_precision() {
        let r = d("2021-09-01");
        let s = |u, n| shift(u, n, r).unwrap().to_string();
        assert_eq!(s(CalUnit::Day, -1), "2021-08-31");
        assert_eq!(s(CalUnit::Week, -1), "2021-W34");
        assert_eq!(s(CalUnit::Weekend, -1), "2021-W34-WE");
        assert_eq!(s(CalUnit::Month, -1), "2021-08");
        assert_eq!(s(CalUnit::Quarter, -1), "2021-Q2");
        assert_eq!(s(CalUnit::Half, 1), "2022-H1");
        assert_eq!(s(CalUnit::Year, -1), "2020");
        assert_eq!(s(CalUnit::Decade, -1), "201");
        assert_eq!(s(CalUnit::Century, 0), "20");
        assert_eq!(
            shift(CalUnit::Week, 0, d("2021-01-01"))
                .unwrap()
                .to_string(),
            "2020-W53"
        );
    }

    #[test]
    fn weekdays_follow_the_documented_policy() {
        let wed = d("2021-09-01");
        assert_eq!(
            weekday_near(6, Dir::Past, false, wed),
            Some(d("2021-08-28"))
        );
        assert_eq!(weekday_near(3, Dir::Past, false, wed), Some(wed));
        assert_eq!(weekday_near(3, Dir::Past, true, wed), Some(d("2021-08-25")));
        assert_eq!(weekday_near(2, Dir::Past, true, wed), Some(d("2021-08-31")));
        assert_eq!(
            weekday_near(2, Dir::Future, true, wed),
            Some(d("2021-09-07"))
        );
        assert_eq!(weekday_near(5, Dir::Same, true, wed), Some(d("2021-09-03")));
    }

    #[test]
    fn years_for_dates_without_one() {
        let r = d("2021-09-01");
        let month = |m| move |y| part_interval(DatePart::Month(Some(m)), y);
        assert_eq!(choose_year(YearChoice::StartedBy, r, month(12)), 2020);
        assert_eq!(choose_year(YearChoice::StartedBy, r, month(9)), 2021);
        assert_eq!(choose_year(YearChoice::EndedBefore, r, month(9)), 2020);
        assert_eq!(choose_year(YearChoice::EndedBefore, r, month(8)), 2021);
        assert_eq!(choose_year(YearChoice::NotEndedBy, r, month(3)), 2022);
        assert_eq!(choose_year(YearChoice::StartsAfter, r, month(9)), 2022);
        assert_eq!(choose_year(YearChoice::Same, r, month(3)), 2021);
        let leap = |y| part_interval(DatePart::Day(Some(2), Some(29)), y);
        assert_eq!(choose_year(YearChoice::StartedBy, r, leap), 2020);
    }

    #[test]
    fn resolution_never_panics_at_the_ends_of_the_calendar() {
        for r in [d("0001-01-01"), d("9999-12-31")] {
            for unit in [
                CalUnit::Day,
                CalUnit::Week,
                CalUnit::Month,
                CalUnit::Year,
                CalUnit::Decade,
                CalUnit::Century,
            ] {
                for n in [-5000, -1, 0, 1, 5000] {
                    let _ = shift(unit, n, r);
                }
            }
            for day in 1..=7 {
                for dir in [Dir::Past, Dir::Future, Dir::Same] {
                    let _ = weekday_near(day, dir, true, r);
                }
            }
            let _ = choose_year(YearChoice::StartsAfter, r, |y| {
                part_interval(DatePart::Month(Some(3)), y)
            });
        }
    }
}
