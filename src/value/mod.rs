//! The TIMEX3 value model.
//!
//! Values are typed inside the program and become TIMEX3 strings only at the edges,
//! through [`std::fmt::Display`] and [`std::str::FromStr`], which round-trip:
//! `value.to_string().parse() == Ok(value)` for every value this module can build.
//!
//! ```
//! use chronicler::value::Value;
//! let v: Value = "2021-W34".parse().unwrap();
//! assert_eq!(v.to_string(), "2021-W34");
//! let d: Value = "P3W".parse().unwrap();
//! assert!(matches!(d, Value::Duration(_)));
//! ```

mod interval;
mod parse;

pub use interval::{Granularity, Interval};

use std::fmt;

/// The TIMEX3 `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimexType {
    /// A calendar date or period: "September 1, 2021", "last week", "the 1990s".
    Date,
    /// A time of day, possibly with a date: "5:45 p.m. Thursday", "this morning".
    Time,
    /// A length of time: "three weeks", "20-year".
    Duration,
    /// A recurrence: "daily", "every year".
    Set,
}

impl TimexType {
    /// The TIMEX3 spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }

    /// Parses the TIMEX3 spelling (case-insensitive).
    pub fn parse(s: &str) -> Option<TimexType> {
        match s.to_ascii_uppercase().as_str() {
            "DATE" => Some(TimexType::Date),
            "TIME" => Some(TimexType::Time),
            "DURATION" => Some(TimexType::Duration),
            "SET" => Some(TimexType::Set),
            _ => None,
        }
    }
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The TIMEX3 `mod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mod {
    /// "before 2001"
    Before,
    /// "after 2001"
    After,
    /// "on or before"
    OnOrBefore,
    /// "on or after"
    OnOrAfter,
    /// "less than three weeks"
    LessThan,
    /// "more than three weeks"
    MoreThan,
    /// "no more than", "at most"
    EqualOrLess,
    /// "at least", "no less than"
    EqualOrMore,
    /// "early 2018", "the beginning of"
    Start,
    /// "mid-August"
    Mid,
    /// "late 1975", "the end of"
    End,
    /// "about", "around"
    Approx,
}

impl Mod {
    /// All modifiers, in declaration order.
    pub const ALL: [Mod; 12] = [
        Mod::Before,
        Mod::After,
        Mod::OnOrBefore,
        Mod::OnOrAfter,
        Mod::LessThan,
        Mod::MoreThan,
        Mod::EqualOrLess,
        Mod::EqualOrMore,
        Mod::Start,
        Mod::Mid,
        Mod::End,
        Mod::Approx,
    ];

    /// The TIMEX3 spelling, e.g. `MID`, `EQUAL_OR_MORE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
        }
    }

    /// Parses the TIMEX3 spelling.
    pub fn parse(s: &str) -> Option<Mod> {
        Mod::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// True for the modifiers that make a point or period fuzzy at its edges.
    pub fn is_fuzzy(self) -> bool {
        matches!(self, Mod::Start | Mod::Mid | Mod::End | Mod::Approx)
    }
}

impl fmt::Display for Mod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The year field of a date value, which may be only partly known.
///
/// `2021` is a year, `199` the 1990s (a decade), `19` the 1900s (a century), `XXXX` an
/// unknown year. `199X` and `19XX` are the padded spellings of a decade and a century.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Year {
    /// The known leading digits as a number: 2021, 199, 19, or 0 when none are known.
    pub prefix: i32,
    /// How many of the four digits are known (0..=4).
    pub known: u8,
    /// Whether the unknown digits are written as `X` (`199X`) or left off (`199`).
    pub padded: bool,
}

impl Year {
    /// A fully known year.
    pub fn full(year: i32) -> Year {
        Year {
            prefix: year,
            known: 4,
            padded: false,
        }
    }

    /// A decade in TIMEX3 style: `Year::decade(199)` is "199", the 1990s.
    pub fn decade(prefix: i32) -> Year {
        Year {
            prefix,
            known: 3,
            padded: false,
        }
    }

    /// A century in TIMEX3 style: `Year::century(19)` is "19", the 1900s.
    pub fn century(prefix: i32) -> Year {
        Year {
            prefix,
            known: 2,
            padded: false,
        }
    }

    /// The unknown year, `XXXX`.
    pub fn unknown() -> Year {
        Year {
            prefix: 0,
            known: 0,
            padded: true,
        }
    }

    /// The full year number when all four digits are known.
    pub fn get(self) -> Option<i32> {
        (self.known == 4).then_some(self.prefix)
    }
}

/// A field that is either known or written `X`/`XX` in TIMEX3.
pub type Field = Option<u8>;

/// A meteorological season (northern hemisphere): TIMEX3 `SP`, `SU`, `FA`, `WI`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    /// March to May.
    Spring,
    /// June to August.
    Summer,
    /// September to November.
    Fall,
    /// December to February (of the next year).
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// Parses a TIMEX3 season code.
    pub fn from_code(s: &str) -> Option<Season> {
        match s {
            "SP" => Some(Season::Spring),
            "SU" => Some(Season::Summer),
            "FA" => Some(Season::Fall),
            "WI" => Some(Season::Winter),
            _ => None,
        }
    }

    /// The first month of the season (1-based).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// What a date value says below the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatePart {
    /// Just the year (or decade, century): "2021".
    Year,
    /// A month: "2021-08", "2021-XX".
    Month(Field),
    /// A day: "2021-08-31", "XXXX-08-31", "1998-XX-XX".
    Day(Field, Field),
    /// An ISO week: "2021-W34", "1989-WXX".
    Week(Field),
    /// A weekday of a week: "XXXX-WXX-1" (1 = Monday .. 7 = Sunday).
    WeekDay(Field, u8),
    /// A weekend: "2021-W34-WE".
    Weekend(Field),
    /// A season: "2001-FA".
    Season(Season),
    /// A quarter: "2021-Q3", "1989-QX".
    Quarter(Field),
    /// A half year: "2020-H1".
    Half(Field),
}

/// A calendar date value, possibly underspecified: year plus what is known below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// The year field.
    pub year: Year,
    /// What is known below the year.
    pub part: DatePart,
}

impl Date {
    /// A fully specified day.
    pub fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date {
            year: Year::full(year),
            part: DatePart::Day(Some(month), Some(day)),
        }
    }

    /// A year and month.
    pub fn ym(year: i32, month: u8) -> Date {
        Date {
            year: Year::full(year),
            part: DatePart::Month(Some(month)),
        }
    }

    /// A whole year.
    pub fn year(year: i32) -> Date {
        Date {
            year: Year::full(year),
            part: DatePart::Year,
        }
    }

    /// The chrono date when the value names one fully known calendar day.
    pub fn as_naive(&self) -> Option<chrono::NaiveDate> {
        match (self.year.get(), self.part) {
            (Some(y), DatePart::Day(Some(m), Some(d))) => {
                chrono::NaiveDate::from_ymd_opt(y, m as u32, d as u32)
            }
            _ => None,
        }
    }

    /// From a chrono date.
    pub fn from_naive(d: chrono::NaiveDate) -> Date {
        use chrono::Datelike;
        Date::ymd(d.year(), d.month() as u8, d.day() as u8)
    }
}

/// A part of the day: TIMEX3 `MO`, `MI`, `AF`, `EV`, `NI`, `DT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayPart {
    /// Morning.
    Morning,
    /// Midday / noon.
    Midday,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
    /// Daytime.
    Daytime,
}

impl DayPart {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
            DayPart::Daytime => "DT",
        }
    }

    /// Parses a TIMEX3 day-part code.
    pub fn from_code(s: &str) -> Option<DayPart> {
        match s {
            "MO" => Some(DayPart::Morning),
            "MI" => Some(DayPart::Midday),
            "AF" => Some(DayPart::Afternoon),
            "EV" => Some(DayPart::Evening),
            "NI" => Some(DayPart::Night),
            "DT" => Some(DayPart::Daytime),
            _ => None,
        }
    }
}

/// The time-of-day part of a TIME value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeOfDay {
    /// A clock time: "T17:45", "T17:45:00", "T17", with an optional UTC offset in minutes.
    Clock {
        /// Hour, 0..=24.
        hour: u8,
        /// Minute, when stated.
        minute: Option<u8>,
        /// Second, when stated (requires a minute).
        second: Option<u8>,
        /// UTC offset in minutes ("-04:00" is -240), when a zone was stated.
        offset: Option<i16>,
    },
    /// A part of the day: "TNI".
    Part(DayPart),
}

/// The unit of a duration component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// `ML`, a thousand years.
    Millennium,
    /// `CE`, a hundred years.
    Century,
    /// `DE`, ten years.
    Decade,
    /// `Y`
    Year,
    /// `Q`
    Quarter,
    /// `M` before `T`
    Month,
    /// `W`
    Week,
    /// `WE`
    Weekend,
    /// `D`
    Day,
    /// `H`
    Hour,
    /// `M` after `T`
    Minute,
    /// `S`
    Second,
}

impl Unit {
    /// Whether the unit is written after the `T` of a duration.
    pub fn is_time(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }

    /// The TIMEX3 code (`M` for both month and minute; the `T` separates them).
    pub fn code(self) -> &'static str {
        match self {
            Unit::Millennium => "ML",
            Unit::Century => "CE",
            Unit::Decade => "DE",
            Unit::Year => "Y",
            Unit::Quarter => "Q",
            Unit::Month => "M",
            Unit::Week => "W",
            Unit::Weekend => "WE",
            Unit::Day => "D",
            Unit::Hour => "H",
            Unit::Minute => "M",
            Unit::Second => "S",
        }
    }

    /// Approximate length in days, for ordering and anchoring ranges.
    pub fn approx_days(self) -> f64 {
        match self {
            Unit::Millennium => 365_250.0,
            Unit::Century => 36_525.0,
            Unit::Decade => 3_652.5,
            Unit::Year => 365.25,
            Unit::Quarter => 91.3,
            Unit::Month => 30.44,
            Unit::Week => 7.0,
            Unit::Weekend => 2.0,
            Unit::Day => 1.0,
            Unit::Hour => 1.0 / 24.0,
            Unit::Minute => 1.0 / 1440.0,
            Unit::Second => 1.0 / 86_400.0,
        }
    }
}

/// The amount of a duration component: a number, or `X` for "some" ("years", "decades").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Amount {
    /// Unspecified: `X`.
    Unknown,
    /// A number in thousandths, so that "1.5" is `Thousandths(1500)`.
    Thousandths(u64),
}

impl Amount {
    /// A whole number.
    pub fn whole(n: u64) -> Amount {
        Amount::Thousandths(n.saturating_mul(1000))
    }

    /// The number as a float, when known.
    pub fn as_f64(self) -> Option<f64> {
        match self {
            Amount::Unknown => None,
            Amount::Thousandths(t) => Some(t as f64 / 1000.0),
        }
    }
}

/// A TIMEX3 duration: `P3W`, `P2Y6M`, `PT5H30M`, `PXY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Duration {
    /// The components, date units first, then time units, as written.
    pub parts: Vec<(Amount, Unit)>,
}

impl Duration {
    /// A duration of one component.
    pub fn of(amount: Amount, unit: Unit) -> Duration {
        Duration {
            parts: vec![(amount, unit)],
        }
    }

    /// Approximate length in days, when every amount is known.
    pub fn approx_days(&self) -> Option<f64> {
        self.parts
            .iter()
            .map(|(a, u)| a.as_f64().map(|n| n * u.approx_days()))
            .sum()
    }
}

/// A vague reference to the present, past or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefKind {
    /// `PRESENT_REF`: "now", "currently".
    Present,
    /// `PAST_REF`: "recently", "formerly".
    Past,
    /// `FUTURE_REF`: "the future", "soon".
    Future,
}

/// A TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    /// A calendar date or period: "2021-08-31", "2021-W34", "2001-FA", "199".
    Date(Date),
    /// A date with a time of day: "2021-08-26T17:45", "2021-09-01TMO".
    Time(Date, TimeOfDay),
    /// A duration: "P3W".
    Duration(Duration),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(RefKind),
    /// A time of day with no date at all: "T17:45" (rare; kept so such input round-trips).
    TimeOnly(TimeOfDay),
}

impl Value {
    /// The TIMEX3 type a value of this shape usually has (sets share shapes with
    /// durations and dates, so the recognizer decides those).
    pub fn natural_type(&self) -> TimexType {
        match self {
            Value::Date(_) | Value::Ref(_) => TimexType::Date,
            Value::Time(..) | Value::TimeOnly(_) => TimexType::Time,
            Value::Duration(_) => TimexType::Duration,
        }
    }

    /// The calendar interval this value covers, when it names one (see [`Interval`]).
    pub fn interval(&self, modifier: Option<Mod>) -> Option<Interval> {
        interval::of_value(self, modifier)
    }
}

/// An error from parsing a TIMEX3 value string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a TIMEX3 value: {0:?}")]
pub struct ParseValueError(pub String);

/// `width` placeholder digits (at most four), without allocating a string for them.
fn unknown_digits(width: usize) -> &'static str {
    &"XXXX"[..width]
}

fn write_field(f: &mut fmt::Formatter<'_>, field: Field, width: usize) -> fmt::Result {
    match field {
        Some(n) => write!(f, "{:0width$}", n, width = width),
        None => f.write_str(unknown_digits(width)),
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known = self.known as usize;
        if known > 0 {
            if self.prefix < 0 {
                write!(f, "-{:0known$}", -self.prefix, known = known)?;
            } else {
                write!(f, "{:0known$}", self.prefix, known = known)?;
            }
        }
        if self.padded {
            f.write_str(unknown_digits(4 - known.min(4)))?;
        }
        Ok(())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        match self.part {
            DatePart::Year => Ok(()),
            DatePart::Month(m) => {
                f.write_str("-")?;
                write_field(f, m, 2)
            }
            DatePart::Day(m, d) => {
                f.write_str("-")?;
                write_field(f, m, 2)?;
                f.write_str("-")?;
                write_field(f, d, 2)
            }
            DatePart::Week(w) => {
                f.write_str("-W")?;
                write_field(f, w, 2)
            }
            DatePart::WeekDay(w, d) => {
                f.write_str("-W")?;
                write_field(f, w, 2)?;
                write!(f, "-{d}")
            }
            DatePart::Weekend(w) => {
                f.write_str("-W")?;
                write_field(f, w, 2)?;
                f.write_str("-WE")
            }
            DatePart::Season(s) => write!(f, "-{}", s.code()),
            DatePart::Quarter(q) => {
                f.write_str("-Q")?;
                write_field(f, q, 1)
            }
            DatePart::Half(h) => {
                f.write_str("-H")?;
                write_field(f, h, 1)
            }
        }
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("T")?;
        match *self {
            TimeOfDay::Part(p) => f.write_str(p.code()),
            TimeOfDay::Clock {
                hour,
                minute,
                second,
                offset,
            } => {
                write!(f, "{hour:02}")?;
                if let Some(m) = minute {
                    write!(f, ":{m:02}")?;
                    if let Some(s) = second {
                        write!(f, ":{s:02}")?;
                    }
                }
                if let Some(off) = offset {
                    if off == 0 {
                        f.write_str("Z")?;
                    } else {
                        let sign = if off < 0 { '-' } else { '+' };
                        let a = off.unsigned_abs();
                        write!(f, "{sign}{:02}:{:02}", a / 60, a % 60)?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Amount::Unknown => f.write_str("X"),
            Amount::Thousandths(t) => {
                let whole = t / 1000;
                let frac = t % 1000;
                if frac == 0 {
                    write!(f, "{whole}")
                } else {
                    let s = format!("{frac:03}");
                    write!(f, "{whole}.{}", s.trim_end_matches('0'))
                }
            }
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        let mut in_time = false;
        for (amount, unit) in &self.parts {
            if unit.is_time() && !in_time {
                f.write_str("T")?;
                in_time = true;
            }
            write!(f, "{amount}{}", unit.code())?;
        }
        Ok(())
    }
}

impl fmt::Display for RefKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RefKind::Present => "PRESENT_REF",
            RefKind::Past => "PAST_REF",
            RefKind::Future => "FUTURE_REF",
        })
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => write!(f, "{d}"),
            Value::Time(d, t) => write!(f, "{d}{t}"),
            Value::Duration(d) => write!(f, "{d}"),
            Value::Ref(r) => write!(f, "{r}"),
            Value::TimeOnly(t) => write!(f, "{t}"),
        }
    }
}

impl std::str::FromStr for Value {
    type Err = ParseValueError;

    fn from_str(s: &str) -> Result<Value, ParseValueError> {
        parse::value(s).ok_or_else(|| ParseValueError(s.to_string()))
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_shape_in_timebank_round_trips() {
        for s in [
            "2021-09-01",
            "2021-08",
            "2021",
            "199",
            "199X",
            "19",
            "19XX",
            "XXXX",
            "XXXX-08-31",
            "1998-XX-XX",
            "1998-10-XX",
            "2021-W34",
            "1989-WXX",
            "2022-W52-WE",
            "XXXX-WXX-1",
            "XXXX-WXX-2TNI",
            "2001-FA",
            "XXXX-SU",
            "2021-Q3",
            "1989-QX",
            "2020-H1",
            "2021-08-31TNI",
            "2021-08-26T17:45",
            "1998-06-26T07:07:00",
            "1998-10-13T06",
            "2021-08-26T17:45-04:00",
            "P3W",
            "PXY",
            "P2Y6M",
            "PT5H30M",
            "PT1M30S",
            "P2DE",
            "P1CE",
            "P2ML",
            "P1.5Y",
            "PTXH",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
        ] {
            let v: Value = s.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(v.to_string(), s, "{v:?}");
        }
    }

    #[test]
    fn timebank_spellings_are_read_and_written_canonically() {
        for (input, canonical) in [
            ("2000-W7", "2000-W07"),
            ("P1E", "P1DE"),
            ("PXC", "PXCE"),
            ("P2L", "P2ML"),
        ] {
            let v: Value = input.parse().unwrap();
            assert_eq!(v.to_string(), canonical);
        }
    }

    #[test]
    fn garbage_is_rejected() {
        for s in [
            "",
            "2021-13-01",
            "2021-02-30x",
            "P",
            "PT",
            "T",
            "hello",
            "2021-W54",
            "2021-Q5",
            "20211",
        ] {
            assert!(s.parse::<Value>().is_err(), "{s} parsed");
        }
    }
}

/// Serializes a small enum as its TIMEX3/CSV spelling and reads it back with `parse`.
macro_rules! serde_as_str {
    ($t:ty, $what:literal) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::parse(&s)
                    .ok_or_else(|| serde::de::Error::custom(format!("not a {}: {s:?}", $what)))
            }
        }
    };
}

serde_as_str!(TimexType, "TIMEX3 type");
serde_as_str!(Mod, "TIMEX3 mod");
serde_as_str!(Granularity, "granularity");
