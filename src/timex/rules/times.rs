//! Clock times: "5:45 p.m.", "10 a.m. EDT", "17:45 GMT", "noon", "midnight", "six
//! o'clock", ISO timestamps. A time next to a day ("5:45 p.m. Thursday") is merged with it
//! by [`crate::timex::refine`].

use super::{cand, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Candidate, Spec};
use crate::value::{Date, DayPart, TimeOfDay, TimexType, Value};

fn clock(h: &Hit) -> Option<Candidate> {
    let mut hour: u8 = h.get("h")?.parse().ok()?;
    let minute: Option<u8> = match h.get("mi") {
        Some(m) => Some(m.parse().ok()?),
        None => None,
    };
    if let Some(ap) = h.get("ap") {
        let pm = ap.to_ascii_lowercase().starts_with('p');
        if hour == 0 || hour > 12 {
            return None;
        }
        if pm && hour != 12 {
            hour += 12;
        }
        if !pm && hour == 12 {
            hour = 0;
        }
    } else {
        // A bare hh:mm needs a zone or a time preposition, or it may be a score or ratio.
        let prev = prev_lower(h);
        let ok = h.has("tz")
            || matches!(
                prev.as_ref(),
                "at" | "by" | "until" | "before" | "after" | "from" | "around" | "about" | "since"
            );
        if !ok || hour > 23 {
            return None;
        }
    }
    // A stated zone abbreviation ("EDT") is not written into the value, as TimeML corpora
    // write it; the clock time is the local time the text gives.
    let offset = None;
    let tod = TimeOfDay::Clock {
        hour,
        minute: minute.or(Some(0)),
        second: None,
        offset,
    };
    let mut c = cand(h, TimexType::Time, Spec::TimeOnly(tod));
    // "at 10 p.m. The police..." — the last period also ends the sentence; TimeML corpora
    // leave it out of the extent.
    let after = h.after(2);
    if h.as_str().ends_with('.')
        && (after.is_empty() || after.starts_with(char::is_whitespace))
        && h.after(8).trim_start().starts_with(char::is_uppercase)
        && !h
            .word_after()
            .is_some_and(|w| lexicon::weekday(w).is_some() || lexicon::month(w).is_some())
    {
        c.span.end -= 1;
    }
    Some(c)
}

fn noon(h: &Hit) -> Option<Candidate> {
    let hour = if h.get("w")?.eq_ignore_ascii_case("midnight") {
        24
    } else {
        12
    };
    let tod = TimeOfDay::Clock {
        hour,
        minute: Some(0),
        second: None,
        offset: None,
    };
    Some(cand(h, TimexType::Time, Spec::TimeOnly(tod)))
}

/// "ten o'clock", "4 in the morning", "eleven o'clock at night": an hour of the clock,
/// moved to the afternoon or evening when the part of the day says so.
fn oclock(h: &Hit) -> Option<Candidate> {
    let n = lexicon::number(h.get("n")?)? / 1000;
    if !(1..=12).contains(&n) {
        return None;
    }
    let n = n as u8;
    let part = h.get("p").or_else(|| h.get("p2"));
    let hour = match part.and_then(lexicon::day_part) {
        None => n,
        Some(DayPart::Morning) => n % 12,
        Some(DayPart::Night) if !(6..=11).contains(&n) => n % 12,
        Some(_) => n % 12 + 12,
    };
    let tod = TimeOfDay::Clock {
        hour,
        minute: Some(0),
        second: None,
        offset: None,
    };
    Some(cand(h, TimexType::Time, Spec::TimeOnly(tod)))
}

fn iso_datetime(h: &Hit) -> Option<Candidate> {
    let date = Date::ymd(
        h.get("y")?.parse().ok()?,
        h.get("m")?.parse().ok()?,
        h.get("d")?.parse().ok()?,
    );
    date.as_naive()?;
    let second = match h.get("s") {
        Some(s) => Some(s.parse().ok()?),
        None => None,
    };
    let offset = match h.get("z") {
        None => None,
        Some("Z") | Some("z") => Some(0),
        Some(z) => {
            let sign: i16 = if z.starts_with('-') { -1 } else { 1 };
            let digits: String = z[1..].chars().filter(|c| c.is_ascii_digit()).collect();
            if digits.len() != 4 {
                return None;
            }
            let hh: i16 = digits[..2].parse().ok()?;
            let mm: i16 = digits[2..].parse().ok()?;
            Some(sign * (hh * 60 + mm))
        }
    };
    let tod = TimeOfDay::Clock {
        hour: h.get("h")?.parse().ok()?,
        minute: Some(h.get("mi")?.parse().ok()?),
        second,
        offset,
    };
    Some(cand(
        h,
        TimexType::Time,
        Spec::Value(Value::Time(date, tod)),
    ))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "clock_ampm",
        pattern: r"\b(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[ap]\.m\b)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST)\b)?",
        produce: clock,
    },
    Rule {
        name: "clock_24h",
        pattern: r"\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)\b(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST)\b)?",
        produce: clock,
    },
    Rule {
        name: "noon",
        pattern: r"\b(?P<w>noon|midnight|midday)\b",
        produce: noon,
    },
    Rule {
        name: "oclock",
        pattern: r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:o['’]clock\s+)?(?:in\s+the\s+(?P<p>morning|afternoon|evening)|at\s+(?P<p2>night))|o['’]clock)\b",
        produce: oclock,
    },
    Rule {
        name: "iso_datetime",
        pattern: r"\b(?P<y>1\d{3}|20\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<z>Z|[+-]\d{2}:?\d{2})?",
        produce: iso_datetime,
    },
];
