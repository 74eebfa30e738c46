//! Dates counted from the last date the text mentioned: "the next day", "the following
//! year", "two days later", "a year earlier", "that day", "the same week"; and the
//! period the text is about: "for the year", "the end of the month", "by year-end".

use super::relative::cal_unit;
use super::{cand, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{CalUnit, Candidate, From, Spec};
use crate::value::{DatePart, Mod, TimeOfDay, TimexType};

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
            prev_lower(h).as_ref(),
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
    // ("six months after Japan's attack", "two years after 1945" too.) "Two years after
    // that," points back to the narrative's last date, as "two years later" does, and
    // takes "that" into its extent.
    let mut anaphor_len = 0;
    if matches!(dir.as_str(), "before" | "after") {
        let next = h.after(12);
        let lead = next.len() - next.trim_start().len();
        let word = next[lead..].get(..5).unwrap_or("").to_ascii_lowercase();
        let anaphor = ["that,", "that.", "that;", "this,", "this."].contains(&word.as_str());
        if anaphor {
            anaphor_len = lead + 4;
        } else if next.starts_with(' ')
            && h.word_after()
                .is_some_and(|w| w.starts_with(|c: char| c.is_alphanumeric()))
        {
            return None;
        }
    }
    let mut c = cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: sign * n,
            from: From::Narrative,
        },
    );
    c.span.end += anaphor_len;
    Some(c)
}

/// "the summer of that year", "June of the following year", "28 June of that year", "the
/// spring of the previous year": a part of the year the last date is in, or of a year
/// next to it.
fn part_of_that_year(h: &Hit) -> Option<Candidate> {
    let years = match h
        .get("w")?
        .split_whitespace()
        .last()?
        .to_ascii_lowercase()
        .as_str()
    {
        "that" | "same" => 0,
        "following" | "next" => 1,
        "previous" | "preceding" | "prior" => -1,
        _ => return None,
    };
    let part = match h.get("s") {
        Some(s) => DatePart::Season(lexicon::season(s)?),
        None => {
            let m = lexicon::month(h.get("m")?)?;
            match h.get("d").or_else(|| h.get("d2")) {
                Some(d) => {
                    let d: u8 = d.parse().ok()?;
                    if !(1..=31).contains(&d) {
                        return None;
                    }
                    DatePart::Day(Some(m), Some(d))
                }
                None => DatePart::Month(Some(m)),
            }
        }
    };
    let spec = Spec::PartOfYear {
        part,
        years,
        from: From::Narrative,
    };
    Some(cand(h, TimexType::Date, spec))
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
    let mut c = cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: 0,
            from: From::Narrative,
        },
    );
    // "later that month", "earlier that year": the end or start of it, as "earlier this
    // week" is (a day has no part that TIMEX3 can name, so it keeps its value only).
    if let Some(el) = h.get("el")
        && unit != CalUnit::Day
    {
        c.modifier = Some(if el.eq_ignore_ascii_case("earlier") {
            Mod::Start
        } else {
            Mod::End
        });
    }
    Some(c)
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

/// "the year", "the full year", "the fiscal year", "the month", "the week": the period
/// the text is about — in news the DCT's, in a narrative the last mentioned one. "the
/// year ended June 30" is a year-long stretch (DURATION P1Y), not a calendar year.
fn the_unit(h: &Hit) -> Option<Candidate> {
    let word = h.get("u")?.to_ascii_lowercase();
    let unit = cal_unit(&word)?;
    let after = h.after(12);
    // "the year-earlier period", "the month of May", "the week of March 6", "the year 2000",
    // "the year before": other rules or not a period of the text.
    if after.starts_with(['-', '\u{2010}', '\u{2011}']) {
        return None;
    }
    let next = h.word_after().unwrap_or("").to_ascii_lowercase();
    // "the current fiscal year that ..." is this year whatever the clause after it says;
    // a bare "the year that ..." or "the year in which ..." is some other year.
    let current = h.has("current");
    let clause = matches!(next.as_ref(), "when" | "in" | "that" | "which");
    if (clause && !current)
        || matches!(
            next.as_ref(),
            "of" | "before" | "after" | "since" | "ago" | "earlier" | "later"
        )
        || next.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // Only after a word that puts a period in time: "for the year", "of the year", "in
    // the week", "the end of the month"; a bare "the year" is too often a topic.
    let prev = prev_lower(h);
    if !matches!(
        prev.as_ref(),
        "for" | "of" | "in" | "during" | "through" | "throughout" | "over" | "into" | "since"
    ) {
        return None;
    }
    // "the day" is a period of the text only as the end or rest of it: "by the end of the
    // day"; elsewhere it is too often "the day he died".
    if unit == CalUnit::Day {
        let before = h.before(24).to_ascii_lowercase();
        let before = before.trim_end();
        if ![
            "end of",
            "rest of",
            "start of",
            "beginning of",
            "middle of",
            "later in",
            "earlier in",
        ]
        .iter()
        .any(|p| before.ends_with(p))
        {
            return None;
        }
    }
    if matches!(
        next.as_ref(),
        "ended" | "ending" | "ends" | "to" | "beginning" | "starting" | "begins" | "starts"
    ) {
        let mut c = cand(
            h,
            TimexType::Duration,
            Spec::Value(crate::value::Value::Duration(super::relative::one_unit(
                unit,
            ))),
        );
        c.priority = 1;
        return Some(c);
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit,
            n: 0,
            from: From::Context,
        },
    ))
}

/// "year-end", "year end", "year's end": the end of the year the text is about ("since
/// year-end" looks back to the last one).
fn year_end(h: &Hit) -> Option<Candidate> {
    let n = if prev_lower(h) == "since" { -1 } else { 0 };
    let mut c = cand(
        h,
        TimexType::Date,
        Spec::Offset {
            unit: CalUnit::Year,
            n,
            from: From::Context,
        },
    );
    c.modifier = Some(crate::value::Mod::End);
    Some(c)
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
        name: "part_of_that_year",
        pattern: r"\b(?:(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)|(?:(?P<d>[0-3]?\d)\s+)?(?P<m>{month_full})(?:\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?)?)\s+of\s+(?P<w>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year\b",
        produce: part_of_that_year,
    },
    Rule {
        name: "that_unit",
        pattern: r"\b(?:(?P<el>earlier|later)\s+)?(?:that|the\s+same)\s+(?P<u>day|morning|afternoon|evening|night|week|weekend|month|quarter|year)\b",
        produce: that_unit,
    },
    Rule {
        name: "the_day_before",
        pattern: r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after)\b",
        produce: day_before,
    },
    Rule {
        name: "the_unit",
        pattern: r"\bthe\s+(?:(?:full|fiscal|(?P<current>current)\s+fiscal|latest\s+fiscal|entire|whole)\s+)?(?P<u>year|month|week|day)\b",
        produce: the_unit,
    },
    Rule {
        name: "year_end",
        pattern: r"\b(?:the\s+)?year(?:-|\s+|['’]s\s+)end\b",
        produce: year_end,
    },
];
