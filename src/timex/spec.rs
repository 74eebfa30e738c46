//! What recognition produces: candidates with an underspecified value ([`Spec`]) that
//! only [`super::resolve`] turns into a calendar value.

use crate::text::Span;
use crate::value::{DatePart, Mod, TimeOfDay, TimexType, Value};

/// A calendar unit that relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalUnit {
    /// Days ("yesterday", "two days later").
    Day,
    /// ISO weeks ("last week").
    Week,
    /// Weekends ("last weekend").
    Weekend,
    /// Months ("next month").
    Month,
    /// Quarters ("last quarter").
    Quarter,
    /// Half years ("the first half").
    Half,
    /// Years ("last year").
    Year,
    /// Decades ("the last decade" as a date).
    Decade,
    /// Centuries ("last century").
    Century,
}

/// What a relative expression is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum From {
    /// The moment of writing, the DCT: "yesterday", "last week", "three years ago".
    Speech,
    /// The last date the text mentioned: "the next day", "two days later", "that year".
    Narrative,
    /// Either, depending on the document kind: "in June", "Saturday".
    Context,
}

/// A direction to look for an expression missing its year or week: "last Tuesday",
/// "next March", or, when not stated, the sentence's tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// The most recent one before the reference.
    Past,
    /// The next one after the reference.
    Future,
    /// The one in the reference's own week / year ("this Tuesday", "this March").
    Same,
}

/// An underspecified value, as a rule read it from the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    /// A value the text states in full: "September 1, 2021", "2021", "P3W", "PRESENT_REF".
    Value(Value),
    /// A date without its year: "August 31", "December", "the fall", "the third quarter".
    /// `dir` is stated ("last December") or, when `None`, taken from the tense.
    NoYear {
        /// What is known below the year.
        part: DatePart,
        /// A stated direction.
        dir: Option<Dir>,
        /// What it is counted from.
        from: From,
    },
    /// A weekday: "Saturday", "last Tuesday", "this Friday".
    Weekday {
        /// ISO weekday, Monday = 1.
        day: u8,
        /// A stated direction.
        dir: Option<Dir>,
        /// What it is counted from.
        from: From,
    },
    /// A unit offset from the reference: "yesterday" (Day, -1), "last week" (Week, -1),
    /// "this year" (Year, 0), "two days later" (Day, +2, from Narrative).
    Offset {
        /// The unit counted in; the result has this precision.
        unit: CalUnit,
        /// How many units forward (negative: back).
        n: i32,
        /// What it is counted from.
        from: From,
    },
    /// A decade named without its century: "the nineties" (9), "the '80s" (8).
    DecadeOnly(u8),
    /// A two-digit year: "'98".
    TwoDigitYear(u8),
    /// A holiday whose date depends on the year: resolved like [`Spec::NoYear`] when no
    /// year is given.
    Holiday {
        /// Which holiday.
        holiday: super::rules::holidays::Holiday,
        /// The year, when stated.
        year: Option<i32>,
        /// A stated direction.
        dir: Option<Dir>,
    },
    /// A date expression with a time of day: "Tuesday night", "5:45 p.m. Thursday",
    /// "this morning".
    WithTime(Box<Spec>, TimeOfDay),
    /// A time of day alone ("5:45 p.m.", "tonight" is `WithTime`): resolved to the day the
    /// narrative is on (the DCT in news).
    TimeOnly(TimeOfDay),
    /// The same period `years` years before or after the period just mentioned: "a year
    /// ago" after "third-quarter profit" is that quarter a year earlier; "the year-ago
    /// period" and "last year's quarter" are the story's reported quarter a year earlier;
    /// with no period just mentioned it is the year `years` from the DCT's.
    PeriodShift {
        /// Years to shift (negative: back).
        years: i32,
    },
    /// A part of a year counted from the DCT's: "June last year" (Month(6), -1), "this
    /// year's third quarter" (Quarter(3), 0); or from the last date's year: "the summer of
    /// that year" (Season, 0), "June of the following year" (Month(6), +1).
    PartOfYear {
        /// What is known below the year.
        part: DatePart,
        /// Years from the reference's year.
        years: i32,
        /// What the year is counted from (the DCT: [`From::Speech`]).
        from: From,
    },
    /// The ISO week that contains a day: "the week of March 6".
    WeekOf(Box<Spec>),
    /// "the 1989 period": the quarter just mentioned, in that year; else the year.
    YearPeriod {
        /// The stated year.
        year: i32,
    },
    /// A day of the month named alone: "on the 28th". Its month is the last date's in a
    /// narrative (a day before it only within a week), and by the tense in news.
    DayOfMonth(u8),
    /// The reporting period a business story is about: "the quarter", "the latest
    /// quarter" — the first quarter the story stated that had begun by the DCT, else the
    /// last completed one.
    ReportedQuarter,
}

/// How an anchored duration is placed: "the past three weeks" ends at its anchor, "the
/// next two years" starts there, "the 19 years that followed" starts after the last date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchoring {
    /// Ends at the anchor (the past/last N units).
    Before,
    /// Starts at the anchor (the next/coming N units).
    After,
}

/// A time expression found in the text, before overlaps are resolved and before its value
/// is resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Bytes of the expression.
    pub span: Span,
    /// The rule that found it.
    pub rule: &'static str,
    /// Higher wins among overlapping candidates of equal length.
    pub priority: i8,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// The underspecified value.
    pub spec: Spec,
    /// TIMEX3 mod.
    pub modifier: Option<Mod>,
    /// TIMEX3 `quant` for sets ("EVERY", "EACH").
    pub quant: Option<&'static str>,
    /// TIMEX3 `freq` for sets ("2X").
    pub freq: Option<String>,
    /// For durations: how it is anchored, and to what.
    pub anchoring: Option<(Anchoring, From)>,
}

impl Candidate {
    /// A candidate with no mod, set attributes or anchoring.
    pub fn new(span: Span, rule: &'static str, ty: TimexType, spec: Spec) -> Candidate {
        Candidate {
            span,
            rule,
            priority: 0,
            ty,
            spec,
            modifier: None,
            quant: None,
            freq: None,
            anchoring: None,
        }
    }
}
