//! Dates counted from the last date the text mentioned: "the next day", "the following
//! year", "two days later", "a year earlier", "that day", "the same week".

use super::relative::cal_unit;
use super::{cand, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{CalUnit, Candidate, From, Spec};
use crate::value::{TimeOfDay, TimexType};

fn following(h: &Hit) -> Option<Candidate> {
    let n = match h.get("dir")?.to_ascii_lowercase().as_str() {
        "following" | "next" => 1,
        "previous" | "preceding" | "prior" => -1,
        "same" => 0,
        _ => return None,
    };
    // "in the next year" is a stretch of time, left to the durations family.
    if n == 1
        && h.get("dir")?.eq_ignore_ascii_case("next")
        && matches!(
            prev_lower(h).as_str(),
            "in" | "within" | "over" | "during" | "for"
        )
    {
        return None;
    }
    let word = h.get("u")?.to_ascii_lowercase();
    if let Some(part) = lexicon::day_part(&word) {
        let day = Spec::Offset {
            unit: CalUnit::Day,
            n,
            from: From::Narrative,
        };
        return Some(cand(
            h,
            TimexType::Time,
            Spec::WithTime(Box::new(day), TimeOfDay::Part(part)),
        ));
    }
    let unit = cal_unit(&word)?;
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n,
            from: From::Narrative,
        },
    ))
}

fn later(h: &Hit) -> Option<Candidate> {
    let unit = cal_unit(h.get("u")?)?;
    let nw = h.get("n")?;
    let n = (lexicon::number(nw)? / 1000) as i32;
    let sign = match h.get("dir")?.to_ascii_lowercase().as_str() {
        "later" | "after" | "afterward" | "afterwards" | "on" | "hence" => 1,
        _ => -1,
    };
    let dir = h.get("dir")?.to_ascii_lowercase();
    // "two days before the election" dates relative to an event the text names, not the
    // narrative; the duration family takes "two days" there.
    if matches!(dir.as_str(), "before" | "after") {
        let next = h.after(2);
        if next.starts_with(' ')
            && h.word_after()
                .is_some_and(|w| w.chars().all(|c| c.is_alphabetic()))
        {
            return None;
        }
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: sign * n,
            from: From::Narrative,
        },
    ))
}

fn that_unit(h: &Hit) -> Option<Candidate> {
    let word = h.get("u")?.to_ascii_lowercase();
    if let Some(part) = lexicon::day_part(&word) {
        let day = Spec::Offset {
            unit: CalUnit::Day,
            n: 0,
            from: From::Narrative,
        };
        return Some(cand(
            h,
            TimexType::Time,
            Spec::WithTime(Box::new(day), TimeOfDay::Part(part)),
        ));
    }
    let unit = cal_unit(&word)?;
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: 0,
            from: From::Narrative,
        },
    ))
}

fn day_before(h: &Hit) -> Option<Candidate> {
    let unit = cal_unit(h.get("u")?)?;
    let n = if h.get("dir")?.eq_ignore_ascii_case("before") {
        -1
    } else {
        1
    };
    // Only when nothing follows that would be its own anchor ("the day before the vote").
    let next = h.after(2);
    if next.starts_with(' ')
        && h.word_after().is_some_and(|w| {
            w.chars().all(|c| c.is_alphabetic()) && !matches!(w, "and" | "or" | "but")
        })
    {
        return None;
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n,
            from: From::Narrative,
        },
    ))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "the_following",
        pattern: r"\bthe\s+(?P<dir>following|next|previous|preceding|prior|same)\s+(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade)\b",
        produce: following,
    },
    Rule {
        name: "units_later",
        pattern: r"\b(?P<n>{num}|an?)\s+(?P<u>days?|weeks?|months?|years?|decades?|quarters?)\s+(?P<dir>later|earlier|before|after|afterwards?|previously|prior)\b",
        produce: later,
    },
    Rule {
        name: "that_unit",
        pattern: r"\b(?:that|the\s+same)\s+(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year)\b",
        produce: that_unit,
    },
    Rule {
        name: "the_day_before",
        pattern: r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)\b",
        produce: day_before,
    },
];
