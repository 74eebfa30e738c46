//! Human-readable dates for an entry: "28 Aug 2021", "mid-August 2021", "fall 2001",
//! "the 1990s", "2001–2021". Used by chart labels, tooltips and the exports.
//!
//! A phrase keeps the precision the value states: a month is never written as a day.

use chrono::{Datelike, NaiveDate};

use crate::chronology::Entry;
use crate::value::{DatePart, DayPart, Granularity, Mod, Season, TimeOfDay, Value};

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How much to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Abbreviated months, and no year on days, weeks and times when the caller says the
    /// year is clear from context ("28 Aug").
    Short,
    /// Full month names and always the year ("28 August 2021").
    Long,
}

/// The name of a month, 1-based; `?` outside 1..=12.
pub fn month_name(month: u32, style: Style) -> &'static str {
    let i = month.wrapping_sub(1) as usize;
    match style {
        Style::Short => SHORT_MONTHS.get(i).copied().unwrap_or("?"),
        Style::Long => LONG_MONTHS.get(i).copied().unwrap_or("?"),
    }
}

/// The modifier that shapes an entry's interval: its own `mod`, or, when the row came from
/// a CSV that does not carry one, `START`/`MID`/`END` recognized from an interval that is
/// exactly that part of the value's interval.
///
/// ```
/// use chronicler::chronology::read_csv;
/// use chronicler::render::when::effective_mod;
/// use chronicler::value::Mod;
/// let csv = "value,start,end,event,timex\n2021-08,2021-08-11,2021-08-20,x,mid-August\n";
/// let c = read_csv(csv, "a.txt").unwrap();
/// assert_eq!(effective_mod(&c.entries[0]), Some(Mod::Mid));
/// ```
pub fn effective_mod(entry: &Entry) -> Option<Mod> {
    if entry.modifier.is_some() {
        return entry.modifier;
    }
    let whole = entry.value.interval(None)?;
    if whole.start == entry.start && whole.end == entry.end {
        return None;
    }
    [Mod::Start, Mod::Mid, Mod::End].into_iter().find(|m| {
        entry
            .value
            .interval(Some(*m))
            .is_some_and(|iv| iv.start == entry.start && iv.end == entry.end)
    })
}

/// Whether the entry's date is fuzzy at its edges (`START`, `MID`, `END`, `APPROX`).
pub fn is_fuzzy(entry: &Entry) -> bool {
    effective_mod(entry).is_some_and(Mod::is_fuzzy)
}

fn mod_prefix(m: Option<Mod>) -> &'static str {
    match m {
        Some(Mod::Start) => "early ",
        Some(Mod::Mid) => "mid-",
        Some(Mod::End) => "late ",
        Some(Mod::Approx) => "about ",
        Some(Mod::Before) => "before ",
        Some(Mod::After) => "after ",
        Some(Mod::OnOrBefore) => "by ",
        Some(Mod::OnOrAfter) => "from ",
        Some(Mod::LessThan) | Some(Mod::EqualOrLess) => "within ",
        Some(Mod::MoreThan) | Some(Mod::EqualOrMore) => "over ",
        None => "",
    }
}

/// A calendar day: "28 Aug 2021", "28 August 2021", or "28 Aug" without the year.
pub fn day(d: NaiveDate, style: Style, with_year: bool) -> String {
    let m = month_name(d.month(), style);
    if with_year || style == Style::Long {
        format!("{} {m} {}", d.day(), d.year())
    } else {
        format!("{} {m}", d.day())
    }
}

fn day_part(p: DayPart) -> &'static str {
    match p {
        DayPart::Morning => "morning",
        DayPart::Midday => "midday",
        DayPart::Afternoon => "afternoon",
        DayPart::Evening => "evening",
        DayPart::Night => "night",
        DayPart::Daytime => "daytime",
    }
}

fn time_of_day(t: &TimeOfDay) -> String {
    match t {
        TimeOfDay::Clock { hour, minute, .. } => format!("{hour:02}:{:02}", minute.unwrap_or(0)),
        TimeOfDay::Part(p) => day_part(*p).to_string(),
    }
}

/// One endpoint of a range at a granularity: "Sep 2001", "2001", "the 1990s", "28 Aug 2021".
fn at_granularity(d: NaiveDate, g: Granularity, style: Style) -> String {
    match g {
        Granularity::Time | Granularity::Day | Granularity::Week => day(d, style, true),
        Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half => {
            format!("{} {}", month_name(d.month(), style), d.year())
        }
        Granularity::Year => d.year().to_string(),
        Granularity::Decade => format!("the {}s", d.year().div_euclid(10) * 10),
        Granularity::Century => format!("the {}s", d.year().div_euclid(100) * 100),
    }
}

/// "2001–2021", "Sep 2001 – Sep 2021", "23–29 Aug 2021": an inclusive range of days written
/// at a granularity, with shared parts said once.
pub fn range(start: NaiveDate, end: NaiveDate, g: Granularity, style: Style) -> String {
    let a = at_granularity(start, g, style);
    let b = at_granularity(end, g, style);
    if a == b {
        return a;
    }
    let day_like = matches!(g, Granularity::Time | Granularity::Day | Granularity::Week);
    if day_like && start.year() == end.year() {
        if start.month() == end.month() {
            return format!(
                "{}–{} {} {}",
                start.day(),
                end.day(),
                month_name(end.month(), style),
                end.year()
            );
        }
        return format!(
            "{} {} – {}",
            start.day(),
            month_name(start.month(), style),
            b
        );
    }
    if g == Granularity::Year {
        return format!("{a}–{b}");
    }
    format!("{a} – {b}")
}

/// What the value itself names, when its interval is the entry's (a month, a season...).
fn of_value(entry: &Entry, style: Style, with_year: bool) -> Option<String> {
    let (date, time) = match &entry.value {
        Value::Date(d) => (d, None),
        Value::Time(d, t) => (d, Some(t)),
        _ => return None,
    };
    let year = date.year;
    let s = match date.part {
        DatePart::Year => match year.known {
            4 => year.prefix.to_string(),
            3 => format!("the {}0s", year.prefix),
            2 => format!("the {}00s", year.prefix),
            _ => return None,
        },
        DatePart::Month(Some(m)) => {
            format!("{} {}", month_name(m as u32, style), year.get()?)
        }
        DatePart::Day(..) | DatePart::WeekDay(..) => {
            let d = day(entry.start, style, with_year);
            match time {
                Some(t) => format!("{d}, {}", time_of_day(t)),
                None => d,
            }
        }
        DatePart::Week(_) => format!("week of {}", day(entry.start, style, with_year)),
        DatePart::Weekend(_) => format!("weekend of {}", day(entry.start, style, with_year)),
        DatePart::Season(s) => {
            let name = match s {
                Season::Spring => "spring",
                Season::Summer => "summer",
                Season::Fall => "fall",
                Season::Winter => "winter",
            };
            let y = year.get()?;
            if s == Season::Winter {
                format!("{name} {y}–{:02}", (y + 1).rem_euclid(100))
            } else {
                format!("{name} {y}")
            }
        }
        DatePart::Quarter(Some(q)) => format!("Q{q} {}", year.get()?),
        DatePart::Half(Some(h)) => format!("H{h} {}", year.get()?),
        _ => return None,
    };
    Some(s)
}

/// The entry's date in words, keeping the stated precision and the modifier:
/// "mid-August 2021", "fall 2001", "28 Aug", "2001–2021".
///
/// `with_year` matters only for [`Style::Short`]: days, weeks and times drop the year
/// when it is false.
pub fn phrase(entry: &Entry, style: Style, with_year: bool) -> String {
    let m = effective_mod(entry);
    let stated = match m {
        // A modifier narrowed the interval: describe the whole value and say which part.
        Some(_) => of_value(entry, style, with_year).filter(|_| {
            entry
                .value
                .interval(m)
                .is_some_and(|iv| iv.start == entry.start && iv.end == entry.end)
                || entry
                    .value
                    .interval(None)
                    .is_some_and(|iv| iv.start == entry.start && iv.end == entry.end)
        }),
        None => of_value(entry, style, with_year).filter(|_| {
            entry
                .value
                .interval(None)
                .is_some_and(|iv| iv.start == entry.start && iv.end == entry.end)
        }),
    };
    let body = stated.unwrap_or_else(|| {
        if entry.start == entry.end {
            day(entry.start, style, with_year)
        } else {
            range(entry.start, entry.end, entry.granularity, style)
        }
    });
    let prefix = mod_prefix(m);
    if prefix == "mid-" {
        // "mid-August", "mid-2021", "mid-fall 2001", "mid-the 1990s" → "the mid-1990s"
        if let Some(rest) = body.strip_prefix("the ") {
            return format!("the mid-{rest}");
        }
    }
    format!("{prefix}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::Relation;
    use crate::value::TimexType;

    fn entry(value: &str, m: Option<Mod>) -> Entry {
        let v: Value = value.parse().unwrap();
        let iv = v.interval(m).unwrap();
        Entry {
            ty: TimexType::Date,
            value: v,
            start: iv.start,
            end: iv.end,
            granularity: iv.granularity,
            event: "e".into(),
            timex: "t".into(),
            quote: String::new(),
            source: "s".into(),
            char_start: 0,
            char_end: 0,
            confidence: 1.0,
            modifier: m,
            relation: Relation::At,
            trigger: None,
            rule: String::new(),
        }
    }

    #[test]
    fn phrases_keep_the_stated_precision() {
        let p = |v: &str, m| phrase(&entry(v, m), Style::Long, true);
        assert_eq!(p("2021-08-28", None), "28 August 2021");
        assert_eq!(p("2021-08", None), "August 2021");
        assert_eq!(p("2021-08", Some(Mod::Mid)), "mid-August 2021");
        assert_eq!(p("2018", Some(Mod::Start)), "early 2018");
        assert_eq!(p("2001-FA", None), "fall 2001");
        assert_eq!(p("2001-WI", None), "winter 2001–02");
        assert_eq!(p("199", None), "the 1990s");
        assert_eq!(p("199", Some(Mod::Mid)), "the mid-1990s");
        assert_eq!(p("2021-W34", None), "week of 23 August 2021");
        assert_eq!(p("2021-Q3", None), "Q3 2021");
        assert_eq!(p("2021-08-26T17:45", None), "26 August 2021, 17:45");
        assert_eq!(p("2021-08-31TNI", None), "31 August 2021, night");
        let short = |v: &str, y| phrase(&entry(v, None), Style::Short, y);
        assert_eq!(short("2021-08-28", false), "28 Aug");
        assert_eq!(short("2021-08-28", true), "28 Aug 2021");
        assert_eq!(short("2021-08", false), "Aug 2021");
    }

    #[test]
    fn durations_anchored_as_ranges_read_as_ranges() {
        let mut e = entry("2021-09-01", None);
        e.value = "P20Y".parse().unwrap();
        e.start = NaiveDate::from_ymd_opt(2001, 9, 1).unwrap();
        e.granularity = Granularity::Year;
        assert_eq!(phrase(&e, Style::Long, true), "2001–2021");
        e.granularity = Granularity::Day;
        assert_eq!(phrase(&e, Style::Short, true), "1 Sep 2001 – 1 Sep 2021");
        e.start = NaiveDate::from_ymd_opt(2021, 8, 23).unwrap();
        assert_eq!(phrase(&e, Style::Short, true), "23 Aug – 1 Sep 2021");
    }

    #[test]
    fn the_modifier_is_recovered_from_a_narrowed_interval() {
        let mut e = entry("1975", Some(Mod::End));
        e.modifier = None;
        assert_eq!(effective_mod(&e), Some(Mod::End));
        assert!(is_fuzzy(&e));
        assert_eq!(phrase(&e, Style::Long, true), "late 1975");
        assert!(!is_fuzzy(&entry("1975", None)));
    }
}
