//! The calendar interval a TIMEX3 value covers, for placing it on a chronology.

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};

use super::{Date, DatePart, Mod, Season, Value};

/// How precise a value is: the `granularity` column of `chronology.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// A clock time or part of a day.
    Time,
    /// One day.
    Day,
    /// A week or weekend.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

impl Granularity {
    /// The lower-case name used in `chronology.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Time => "time",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<Granularity> {
        use Granularity::*;
        [
            Time, Day, Week, Month, Season, Quarter, Half, Year, Decade, Century,
        ]
        .into_iter()
        .find(|g| g.as_str() == s)
    }
}

impl std::fmt::Display for Granularity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An inclusive range of calendar days with the precision it was stated at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Interval {
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    /// The precision of the value.
    pub granularity: Granularity,
}

impl Interval {
    /// Whether two intervals share at least one day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether `other` lies wholly inside `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Number of days covered.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn span(start: NaiveDate, end: NaiveDate, granularity: Granularity) -> Interval {
    Interval {
        start,
        end,
        granularity,
    }
}

fn months(year: i32, first: u32, count: u32, g: Granularity) -> Option<Interval> {
    let start = NaiveDate::from_ymd_opt(year, first, 1)?;
    let last_month0 = first - 1 + count - 1;
    let end = last_day_of_month(year + (last_month0 / 12) as i32, last_month0 % 12 + 1)?;
    Some(span(start, end, g))
}

fn iso_week(year: i32, week: u8) -> Option<NaiveDate> {
    NaiveDate::from_isoywd_opt(year, week as u32, Weekday::Mon)
}

/// The interval of an unmodified date value, or `None` when it is underspecified.
fn of_date(d: &Date) -> Option<Interval> {
    use Granularity as G;
    let y = d.year;
    match d.part {
        DatePart::Year => match (y.known, y.padded) {
            (4, _) => months(y.prefix, 1, 12, G::Year),
            (3, _) => {
                let start = NaiveDate::from_ymd_opt(y.prefix.checked_mul(10)?, 1, 1)?;
                let end = NaiveDate::from_ymd_opt(y.prefix * 10 + 9, 12, 31)?;
                Some(span(start, end, G::Decade))
            }
            (2, _) => {
                let start = NaiveDate::from_ymd_opt(y.prefix.checked_mul(100)?, 1, 1)?;
                let end = NaiveDate::from_ymd_opt(y.prefix * 100 + 99, 12, 31)?;
                Some(span(start, end, G::Century))
            }
            _ => None,
        },
        _ => {
            let year = y.get()?;
            match d.part {
                DatePart::Year => unreachable!("handled above"),
                DatePart::Month(m) => months(year, m? as u32, 1, G::Month),
                DatePart::Day(m, day) => {
                    let date = NaiveDate::from_ymd_opt(year, m? as u32, day? as u32)?;
                    Some(span(date, date, G::Day))
                }
                DatePart::Week(w) => {
                    let mon = iso_week(year, w?)?;
                    Some(span(mon, mon + Days::days(6), G::Week))
                }
                DatePart::Weekend(w) => {
                    let mon = iso_week(year, w?)?;
                    Some(span(mon + Days::days(5), mon + Days::days(6), G::Week))
                }
                DatePart::WeekDay(w, wd) => {
                    let day = iso_week(year, w?)? + Days::days(wd as i64 - 1);
                    Some(span(day, day, G::Day))
                }
                DatePart::Season(s) => {
                    if s == Season::Winter {
                        months(year, 12, 3, G::Season)
                    } else {
                        months(year, s.first_month(), 3, G::Season)
                    }
                }
                DatePart::Quarter(q) => months(year, (q? as u32 - 1) * 3 + 1, 3, G::Quarter),
                DatePart::Half(h) => months(year, (h? as u32 - 1) * 6 + 1, 6, G::Half),
            }
        }
    }
}

/// Narrows an interval to its start, middle or end for `START`, `MID`, `END`.
///
/// A month splits at days 10 and 20 (1–10, 11–20, 21–end), a year into January–April,
/// May–August and September–December; anything else longer than two days splits into thirds. Other modifiers leave the interval as it is.
fn apply_mod(iv: Interval, m: Option<Mod>) -> Interval {
    let Some(m) = m else { return iv };
    if !matches!(m, Mod::Start | Mod::Mid | Mod::End) || iv.days() < 3 {
        return iv;
    }
    let (a, b) = if iv.granularity == Granularity::Month {
        (
            iv.start.with_day(10).unwrap_or(iv.start),
            iv.start.with_day(20).unwrap_or(iv.end),
        )
    } else if iv.granularity == Granularity::Year {
        let y = iv.start.year();
        (
            NaiveDate::from_ymd_opt(y, 4, 30).unwrap_or(iv.start),
            NaiveDate::from_ymd_opt(y, 8, 31).unwrap_or(iv.end),
        )
    } else {
        let third = iv.days() / 3;
        (
            iv.start + Days::days(third - 1),
            iv.start + Days::days(2 * third - 1),
        )
    };
    match m {
        Mod::Start => Interval { end: a, ..iv },
        Mod::Mid => Interval {
            start: a.succ_opt().unwrap_or(a),
            end: b,
            ..iv
        },
        _ => Interval {
            start: b.succ_opt().unwrap_or(b),
            ..iv
        },
    }
}

pub(super) fn of_value(v: &Value, m: Option<Mod>) -> Option<Interval> {
    let iv = match v {
        Value::Date(d) => of_date(d)?,
        Value::Time(d, _) => {
            let day = of_date(d)?;
            if day.granularity != Granularity::Day {
                return None;
            }
            Interval {
                granularity: Granularity::Time,
                ..day
            }
        }
        Value::Duration(_) | Value::Ref(_) | Value::TimeOnly(_) => return None,
    };
    Some(within_timex_years(apply_mod(iv, m)))
}

/// Clamps an interval's end to the last day TIMEX3 can write (9999-12-31): the ISO week
/// 9999-W52 and the winter of 9999 run into the year 10000, which no chronology row can show.
fn within_timex_years(iv: Interval) -> Interval {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("year 9999 is in chrono's range");
    Interval {
        start: iv.start.min(last),
        end: iv.end.min(last),
        ..iv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(s: &str, m: Option<Mod>) -> (String, String, &'static str) {
        let v: Value = s.parse().unwrap();
        let i = v.interval(m).unwrap();
        (
            i.start.to_string(),
            i.end.to_string(),
            i.granularity.as_str(),
        )
    }

    #[test]
    fn intervals_follow_the_architecture_table() {
        let t = |a: &str, b: &str, g: &'static str| (a.to_string(), b.to_string(), g);
        assert_eq!(iv("2021-09-01", None), t("2021-09-01", "2021-09-01", "day"));
        assert_eq!(iv("2021-08", None), t("2021-08-01", "2021-08-31", "month"));
        assert_eq!(
            iv("2021-08", Some(Mod::Mid)),
            t("2021-08-11", "2021-08-20", "month")
        );
        assert_eq!(iv("2021-W34", None), t("2021-08-23", "2021-08-29", "week"));
        assert_eq!(
            iv("2022-W52-WE", None),
            t("2022-12-31", "2023-01-01", "week")
        );
        assert_eq!(iv("2001-FA", None), t("2001-09-01", "2001-11-30", "season"));
        assert_eq!(iv("2001-WI", None), t("2001-12-01", "2002-02-28", "season"));
        assert_eq!(
            iv("2021-Q3", None),
            t("2021-07-01", "2021-09-30", "quarter")
        );
        assert_eq!(iv("2020-H1", None), t("2020-01-01", "2020-06-30", "half"));
        assert_eq!(iv("199", None), t("1990-01-01", "1999-12-31", "decade"));
        assert_eq!(iv("18", None), t("1800-01-01", "1899-12-31", "century"));
        assert_eq!(iv("9999-W52", None), t("9999-12-27", "9999-12-31", "week"));
        assert_eq!(iv("9999-WI", None), t("9999-12-01", "9999-12-31", "season"));
        assert_eq!(
            iv("2021-08-31TNI", None),
            t("2021-08-31", "2021-08-31", "time")
        );
        assert_eq!(
            iv("2018", Some(Mod::Start)),
            t("2018-01-01", "2018-04-30", "year")
        );
        assert_eq!(
            iv("1975", Some(Mod::End)),
            t("1975-09-01", "1975-12-31", "year")
        );
    }

    #[test]
    fn underspecified_and_vague_values_have_no_interval() {
        for s in ["XXXX-08-31", "P3W", "PRESENT_REF", "1998-XX-XX", "XXXX"] {
            let v: Value = s.parse().unwrap();
            assert!(v.interval(None).is_none(), "{s}");
        }
    }
}
