//! Deictic dates, counted from the moment of writing (the DCT): "today", "yesterday",
//! "last week", "this year", "next month", "three years ago", "this morning", "Tuesday
//! night", "last Tuesday".

use super::{cand, prev_lower};
use crate::text::Span;
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Anchoring, CalUnit, Candidate, From, Spec};
use crate::value::{Amount, DayPart, Duration, Mod, RefKind, TimeOfDay, TimexType, Unit, Value};

/// The calendar unit of a unit word, for offsets.
pub(crate) fn cal_unit(word: &str) -> Option<CalUnit> {
    Some(match lexicon::unit(word)? {
        Unit::Day => CalUnit::Day,
        Unit::Week => CalUnit::Week,
        Unit::Weekend => CalUnit::Weekend,
        Unit::Month => CalUnit::Month,
        Unit::Quarter => CalUnit::Quarter,
        Unit::Year => CalUnit::Year,
        Unit::Decade => CalUnit::Decade,
        Unit::Century => CalUnit::Century,
        _ => return None,
    })
}

/// The duration unit matching a calendar unit.
pub(crate) fn duration_unit(u: CalUnit) -> Unit {
    match u {
        CalUnit::Day => Unit::Day,
        CalUnit::Week => Unit::Week,
        CalUnit::Weekend => Unit::Weekend,
        CalUnit::Month => Unit::Month,
        CalUnit::Quarter => Unit::Quarter,
        CalUnit::Half => Unit::Month,
        CalUnit::Year => Unit::Year,
        CalUnit::Decade => Unit::Decade,
        CalUnit::Century => Unit::Century,
    }
}

/// One of a calendar unit as a duration, written as TimeBank writes it: "the past decade"
/// is `P10Y`, "the last half" `P6M`.
pub(crate) fn one_unit(u: CalUnit) -> Duration {
    match u {
        CalUnit::Half => Duration::of(Amount::whole(6), Unit::Month),
        CalUnit::Decade => Duration::of(Amount::whole(10), Unit::Year),
        _ => Duration::of(Amount::whole(1), duration_unit(u)),
    }
}

/// Nouns that make "today's ..." mean the present age.
const GENERIC_AFTER_TODAY: &[&str] = &[
    "youth",
    "world",
    "society",
    "children",
    "kids",
    "generation",
    "economy",
    "standards",
    "young",
    "culture",
    "teenagers",
    "students",
    "parents",
    "families",
    "media",
    "politics",
    "technology",
    "workplace",
    "climate",
    "age",
];

fn day_word(h: &Hit) -> Option<Candidate> {
    let w = h.get("w")?.to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    // "today's youth", "today's world": the present in general, not the DCT.
    if w == "today"
        && (h.after(2) == "'s" || h.after(4) == "’s")
        && h.after(24).split_whitespace().nth(1).is_some_and(|n| {
            GENERIC_AFTER_TODAY.contains(
                &n.trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
        })
    {
        return None;
    }
    let n = match w.as_str() {
        "today" => 0,
        "tonight" => {
            let day = Spec::Offset {
                unit: CalUnit::Day,
                n: 0,
                from: From::Speech,
            };
            return Some(cand(
                h,
                TimexType::Time,
                Spec::WithTime(Box::new(day), TimeOfDay::Part(crate::value::DayPart::Night)),
            ));
        }
        "yesterday" => -1,
        "tomorrow" => 1,
        "the day before yesterday" => -2,
        "the day after tomorrow" => 2,
        _ => return None,
    };
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit: CalUnit::Day,
            n,
            from: From::Speech,
        },
    ))
}

fn unit_offset(h: &Hit) -> Option<Candidate> {
    let dir = h.get("dir")?.to_ascii_lowercase();
    let dir = dir.split_whitespace().collect::<Vec<_>>().join(" ");
    let uw = h.get("u")?.to_ascii_lowercase();
    let unit = if uw == "half" {
        CalUnit::Half
    } else {
        cal_unit(&uw)?
    };
    let prev = prev_lower(h);
    let within = matches!(
        prev.as_ref(),
        "in" | "within" | "over" | "during" | "for" | "throughout"
    );
    let duration = |anchoring: Anchoring| {
        let mut c = cand(
            h,
            TimexType::Duration,
            Spec::Value(Value::Duration(one_unit(unit))),
        );
        c.anchoring = Some((anchoring, From::Speech));
        c
    };
    let offset = |n: i32, from: From| cand(h, TimexType::Date, Spec::Offset { unit, n, from });
    Some(match dir.as_str() {
        "this" | "current" | "the current" => offset(0, From::Speech),
        "last" | "past" | "previous" => {
            if dir == "past" || (within && dir != "last") {
                duration(Anchoring::Before)
            } else {
                offset(-1, From::Speech)
            }
        }
        "the past" | "the last" => duration(Anchoring::Before),
        "the previous" | "the preceding" => offset(-1, From::Narrative),
        "next" | "coming" | "the coming" => offset(1, From::Speech),
        "the next" => {
            if within {
                duration(Anchoring::After)
            } else {
                offset(1, From::Narrative)
            }
        }
        "the following" => offset(1, From::Narrative),
        _ => return None,
    })
}

fn amount_of(s: &str) -> Option<i32> {
    lexicon::number(s).map(|t| (t / 1000) as i32)
}

fn ago(h: &Hit) -> Option<Candidate> {
    let nw = h.get("n")?;
    let uw = h.get("u")?;
    let unit = lexicon::unit(uw)?;
    if lexicon::is_vague_amount(nw) {
        return Some(cand(
            h,
            TimexType::Date,
            Spec::Value(Value::Ref(RefKind::Past)),
        ));
    }
    let n = amount_of(nw)?;
    let (unit, n) = match unit {
        Unit::Hour | Unit::Minute | Unit::Second => (CalUnit::Day, 0),
        Unit::Decade => (CalUnit::Year, n * 10),
        other => (
            match other {
                Unit::Day => CalUnit::Day,
                Unit::Week | Unit::Weekend => CalUnit::Week,
                Unit::Month => CalUnit::Month,
                Unit::Quarter => CalUnit::Quarter,
                Unit::Year => CalUnit::Year,
                Unit::Century => CalUnit::Century,
                _ => return None,
            },
            n,
        ),
    };
    let from = if h
        .get("w")
        .is_some_and(|w| w.eq_ignore_ascii_case("from now"))
    {
        1
    } else {
        -1
    };
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: from * n,
            from: From::Speech,
        },
    ))
}

fn day_part(h: &Hit) -> Option<Candidate> {
    let part = lexicon::day_part(h.get("p")?)?;
    let rel = h.get("rel")?.to_ascii_lowercase();
    let n = match rel.as_str() {
        "this" => 0,
        "yesterday" | "last" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    // "last night" is last evening's night; "last morning" is not said.
    if rel == "last" && part != crate::value::DayPart::Night {
        return None;
    }
    let day = Spec::Offset {
        unit: CalUnit::Day,
        n,
        from: From::Speech,
    };
    Some(cand(
        h,
        TimexType::Time,
        Spec::WithTime(Box::new(day), TimeOfDay::Part(part)),
    ))
}

/// "mid-afternoon", "early morning", "late evening yesterday": a part of the day the text
/// is on (or of the day named after it).
fn part_of_day(h: &Hit) -> Option<Candidate> {
    let part = lexicon::day_part(h.get("p")?)?;
    let tod = TimeOfDay::Part(part);
    let spec = match h.get("rel").map(str::to_ascii_lowercase).as_deref() {
        Some(rel) => {
            let n = match rel {
                "yesterday" => -1,
                "today" => 0,
                "tomorrow" => 1,
                _ => return None,
            };
            let day = Spec::Offset {
                unit: CalUnit::Day,
                n,
                from: From::Speech,
            };
            Spec::WithTime(Box::new(day), tod)
        }
        // A bare "morning" is a noun too often ("a morning of talks"); only a prefix, a day
        // or "in the" before it makes it a time.
        None if h.has("pre") && part != DayPart::Night => Spec::TimeOnly(tod),
        None if !h.has("pre") => {
            let start = the_after_preposition(h)?;
            let mut c = cand(h, TimexType::Time, Spec::TimeOnly(tod));
            c.span = Span::new(start, c.span.end);
            return Some(c);
        }
        None => return None,
    };
    Some(cand(h, TimexType::Time, spec))
}

/// Prepositions that make "the morning" after them a time of the day in view ("by the
/// afternoon", "during the night").
const PART_OF_DAY_PREPOSITIONS: [&str; 8] = [
    "by",
    "during",
    "in",
    "into",
    "through",
    "throughout",
    "till",
    "until",
];

/// Words that may follow "in the morning" when it is a time: the start of a clause ("In
/// the morning the Ottomans attacked"; a number or a capital word starts one too) or a
/// conjunction. A lower-case word not listed
/// makes a compound or a named part of a day ("the evening news", "the morning of 16
/// December", "the night before"), which stays untagged.
const AFTER_PART_OF_DAY: [&str; 28] = [
    "a", "an", "and", "as", "at", "but", "he", "her", "his", "i", "it", "its", "many", "more",
    "most", "or", "our", "she", "some", "the", "their", "there", "they", "to", "we", "when",
    "while", "you",
];

/// Where "the" starts when a part of the day is written "in the morning" (or after another
/// of [`PART_OF_DAY_PREPOSITIONS`]) and is the time of the day in view, not a compound or
/// a part of a day named next (see [`AFTER_PART_OF_DAY`]).
fn the_after_preposition(h: &Hit) -> Option<usize> {
    let before = h.before(24);
    let rest = before.trim_end();
    let the = rest
        .strip_suffix("the")
        .or_else(|| rest.strip_suffix("The"))?;
    if rest.len() == before.len() || !the.ends_with(char::is_whitespace) {
        return None;
    }
    let prep = the.trim_end().rsplit(char::is_whitespace).next()?;
    if !PART_OF_DAY_PREPOSITIONS.contains(&prep.to_ascii_lowercase().as_str()) {
        return None;
    }
    if let Some(next) = h
        .word_after()
        .filter(|_| h.after(1).starts_with(char::is_whitespace))
    {
        let starts_clause = next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || AFTER_PART_OF_DAY.contains(&next.to_ascii_lowercase().as_str())
            || lexicon::number(next).is_some();
        if !starts_clause {
            return None;
        }
    }
    Some(h.span().start - (before.len() - the.len()))
}

fn weekday_part(h: &Hit) -> Option<Candidate> {
    let day = lexicon::weekday(h.get("wd")?)?;
    let part = lexicon::day_part(h.get("p")?)?;
    let spec = Spec::Weekday {
        day,
        dir: None,
        from: From::Context,
    };
    Some(cand(
        h,
        TimexType::Time,
        Spec::WithTime(Box::new(spec), TimeOfDay::Part(part)),
    ))
}

/// "earlier this week", "later next year": the start or end of a period counted from the
/// DCT; "earlier in the year": of the period the text is in (the DCT's in news).
fn earlier_later(h: &Hit) -> Option<Candidate> {
    let unit = cal_unit(h.get("u")?)?;
    let (n, from) = match h.get("dir").map(str::to_ascii_lowercase).as_deref() {
        Some("this") => (0, From::Speech),
        Some("last") => (-1, From::Speech),
        Some("next") => (1, From::Speech),
        None if h.has("in") => (0, From::Context),
        _ => return None,
    };
    let mut c = cand(h, TimexType::Date, Spec::Offset { unit, n, from });
    c.modifier = Some(if h.get("el")?.eq_ignore_ascii_case("earlier") {
        Mod::Start
    } else {
        Mod::End
    });
    Some(c)
}

fn weekend(h: &Hit) -> Option<Candidate> {
    let det = h.get("det")?.to_ascii_lowercase();
    let (n, from) = match det.as_str() {
        "the" | "this" => (0, From::Context),
        "last" | "past" => (-1, From::Speech),
        "next" | "coming" => (1, From::Speech),
        "that" => (0, From::Narrative),
        _ => return None,
    };
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit: CalUnit::Weekend,
            n,
            from,
        },
    ))
}

fn period_shift(h: &Hit) -> Option<Candidate> {
    let mut c = cand(h, TimexType::Date, Spec::PeriodShift { years: -1 });
    c.priority = 2;
    Some(c)
}

fn reported_quarter(h: &Hit) -> Option<Candidate> {
    Some(cand(h, TimexType::Date, Spec::ReportedQuarter))
}

fn year_word_offset(w: &str) -> Option<i32> {
    match w.to_ascii_lowercase().as_str() {
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => None,
    }
}

fn part_of_year(h: &Hit) -> Option<Candidate> {
    let years = year_word_offset(h.get("dir")?)?;
    let part = if let Some(m) = h.get("m") {
        crate::value::DatePart::Month(Some(lexicon::month(m)?))
    } else {
        let q = lexicon::ordinal(h.get("o")?)?;
        if !(1..=4).contains(&q) {
            return None;
        }
        crate::value::DatePart::Quarter(Some(q))
    };
    Some(part_of_dct_year(h, part, years))
}

/// A part of the year `years` from the DCT's: "June last year", "the first half of next
/// year".
fn part_of_dct_year(h: &Hit, part: crate::value::DatePart, years: i32) -> Candidate {
    let from = From::Speech;
    cand(h, TimexType::Date, Spec::PartOfYear { part, years, from })
}

fn week_of(h: &Hit) -> Option<Candidate> {
    let m = lexicon::month(h.get("m")?)?;
    let d: u8 = h.get("d")?.parse().ok()?;
    let inner = super::day_of_month(m, d, h.get("y"))?;
    Some(cand(h, TimexType::Date, Spec::WeekOf(Box::new(inner))))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "day_word",
        pattern: r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b",
        produce: day_word,
    },
    Rule {
        name: "unit_offset",
        pattern: r"\b(?P<dir>this|last|next|past|previous|coming|current|the\s+(?:past|last|previous|preceding|coming|next|current|following))\s+(?P<u>week|weekend|month|year|quarter|decade|century|fortnight|half)\b",
        produce: unit_offset,
    },
    Rule {
        name: "ago",
        pattern: r"\b(?P<n>{num}|an?|several|a\s+few|some|many|a\s+couple\s+of)\s+(?P<u>{unit})\s+(?:or\s+so\s+)?(?P<w>ago|from\s+now)\b",
        produce: ago,
    },
    Rule {
        name: "day_part",
        pattern: r"\b(?P<rel>this|yesterday|tomorrow|last)\s+(?P<p>morning|afternoon|evening|night)\b",
        produce: day_part,
    },
    Rule {
        name: "part_of_day",
        pattern: r"\b(?:(?P<pre>mid|early|late)[- ]?)?(?P<p>morning|afternoon|evening|night)(?:\s+(?P<rel>yesterday|today|tomorrow))?\b",
        produce: part_of_day,
    },
    Rule {
        name: "weekday_part",
        pattern: r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<p>morning|afternoon|evening|night)\b",
        produce: weekday_part,
    },
    Rule {
        name: "earlier_this",
        pattern: r"\b(?P<el>earlier|later)\s+(?:(?P<dir>this|last|next)|(?P<in>in\s+the))\s+(?P<u>week|month|year|quarter)\b",
        produce: earlier_later,
    },
    Rule {
        name: "weekend",
        pattern: r"\b(?P<det>the|this|last|past|next|coming|that)\s+weekend\b",
        produce: weekend,
    },
    Rule {
        name: "part_of_year",
        pattern: r"\b(?:(?P<m>{month_full})\s+(?P<dir>this|last|next)\s+year|(?P<dir2>this|last|next)\s+year['’]s\s+(?P<o>first|second|third|fourth)[- ]quarter)\b",
        produce: |h| {
            if h.has("dir2") {
                let years = year_word_offset(h.get("dir2")?)?;
                let q = lexicon::ordinal(h.get("o")?)?;
                let part = crate::value::DatePart::Quarter(Some(q));
                return Some(part_of_dct_year(h, part, years));
            }
            part_of_year(h)
        },
    },
    Rule {
        name: "half_of_year_word",
        pattern: r"\b(?:the\s+)?(?P<o>first|second|latter|last)\s+half\s+of\s+(?P<dir>this|last|next)\s+year\b",
        produce: |h| {
            let n = if h.get("o")?.eq_ignore_ascii_case("first") {
                1
            } else {
                2
            };
            let years = year_word_offset(h.get("dir")?)?;
            let part = crate::value::DatePart::Half(Some(n));
            Some(part_of_dct_year(h, part, years))
        },
    },
    Rule {
        name: "year_ago_quarter",
        pattern: r"\bthe\s+(?:comparable\s+|corresponding\s+)?year[- ](?:ago|earlier)\s+(?P<o>first|second|third|fourth)[- ]quarter\b",
        produce: |h| {
            let q = lexicon::ordinal(h.get("o")?)?;
            let part = crate::value::DatePart::Quarter(Some(q));
            Some(part_of_dct_year(h, part, -1))
        },
    },
    Rule {
        name: "week_of",
        pattern: r"\bthe\s+week\s+of\s+(?P<m>{month})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*(?P<y>1\d{3}|20\d{2}))?\b",
        produce: week_of,
    },
    Rule {
        name: "year_ago",
        pattern: r"\b(?:an?\s+year\s+(?:ago|earlier|before)|the\s+(?:(?:comparable|corresponding|same)\s+)?year[- ](?:ago|earlier)\s+(?:quarter|period|level|figure)|year[- ](?:ago|earlier)(?:\s+(?:quarter|period))?|the\s+(?:(?:same|corresponding|comparable)\s+)?(?:period|quarter)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))|last\s+year['’]s\s+(?:quarter|period)|the\s+(?:prior|previous)[- ]year\s+(?:quarter|period))\b",
        produce: period_shift,
    },
    Rule {
        name: "reported_quarter",
        pattern: r"\bthe\s+(?:(?:latest|most\s+recent|recent|just[- ]ended|fiscal)\s+)?quarter\b|\bthe\s+latest\s+period\b",
        produce: reported_quarter,
    },
];
