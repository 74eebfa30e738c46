//! Dates without a year: "August 31", "31 August", bare months, weekdays, seasons,
//! quarters and halves. Their year (or week) comes from the resolver, by the sentence's
//! tense in news and by the last mentioned date in narratives.
//!
//! Latent readings are rejected here, by looking at the words around the match: "May" and
//! "March" need a date context ("in May", "last March"), names that are also months or
//! weekdays ("April Ryan", "The Sunday Times", "the March of Dimes") yield nothing.

use super::{TIME_PREPOSITIONS, cand, capitalized, next_lower, prev_lower, sentence_initial};
use crate::text::Span;
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Candidate, Dir, From, Spec};
use crate::value::{DatePart, TimexType};

/// Month names that are also common words or first names.
fn ambiguous_month(m: &str) -> bool {
    matches!(
        m.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "may"
            | "march"
            | "mar"
            | "jan"
            | "june"
            | "april"
            | "august"
            | "sun"
            | "sat"
            | "wed"
            | "dec"
            | "jun"
    )
}

/// Whether a word after a month/weekday makes it part of a name ("April Ryan", "Sunday
/// Times"): a capitalized word that is not itself a time word.
fn name_follows(h: &Hit) -> bool {
    let Some(next) = h.word_after() else {
        return false;
    };
    let gap = h.after(2);
    if gap.starts_with([',', '.', ';', ':', ')', '\n']) || gap.starts_with(" -") {
        return false;
    }
    capitalized(next)
        && lexicon::month(next).is_none()
        && lexicon::weekday(next).is_none()
        && !next.chars().all(|c| c.is_uppercase())
}

fn dir_word(s: Option<&str>) -> Option<Dir> {
    let s = s?.to_ascii_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match s.as_str() {
        "last" | "past" | "previous" | "this past" | "the past" | "the previous" | "the last" => {
            Some(Dir::Past)
        }
        "next" | "coming" | "this coming" | "the coming" | "the next" | "upcoming" => {
            Some(Dir::Future)
        }
        "this" | "current" | "the current" => Some(Dir::Same),
        _ => None,
    }
}

/// Whether day `d` can fall in month `m` in some year (29 February can).
fn day_can_be_in_month(d: u8, m: u8) -> bool {
    d != 0 && d <= 31 && !(m == 2 && d > 29) && !(matches!(m, 4 | 6 | 9 | 11) && d > 30)
}

fn month_day(h: &Hit) -> Option<Candidate> {
    let mw = h.get("m")?;
    let m = lexicon::month(mw)?;
    let d: u8 = h.get("d")?.parse().ok()?;
    if !day_can_be_in_month(d, m) {
        return None;
    }
    if ambiguous_month(mw) && !capitalized(mw) {
        return None;
    }
    // "May 5:30" or "June 2-3" pieces of other expressions are handled by their rules;
    // a number right after ("Jan. 5 2,000") makes it a count.
    let after = h.after(3);
    let digit_after =
        |p: char| after.starts_with(p) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if digit_after(':') || digit_after(',') {
        return None;
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::NoYear {
            part: DatePart::Day(Some(m), Some(d)),
            dir: None,
            from: From::Context,
        },
    ))
}

/// "March eighth", "June the 5th, 1944", "the twenty-first of June", "the first of May,
/// 1945": a day of a month written as an ordinal (broadcast transcripts spell days out). The "of" form needs its "the", which joins the expression.
fn ordinal_word_day(h: &Hit) -> Option<Candidate> {
    let mw = h.get("m")?;
    let m = lexicon::month(mw)?;
    let d = lexicon::ordinal(h.get("o")?)?;
    if !day_can_be_in_month(d, m) {
        return None;
    }
    if !capitalized(mw) {
        return None;
    }
    // "March second-quarter sales": the ordinal belongs to what follows.
    if h.after(1).starts_with('-') {
        return None;
    }
    let spec = super::day_of_month(m, d, h.get("y"))?;
    let mut c = cand(h, TimexType::Date, spec);
    if h.span_of("o").is_some_and(|o| o.start == c.span.start) {
        let before = h.before(5);
        let the = before
            .strip_suffix("the ")
            .or_else(|| before.strip_suffix("The "))?;
        if the.ends_with(|ch: char| ch.is_alphanumeric()) {
            return None;
        }
        c.span = Span::new(c.span.start - 4, c.span.end);
    }
    Some(c)
}

fn month_alone(h: &Hit) -> Option<Candidate> {
    let mw = h.get("m")?;
    let m = lexicon::month(mw)?;
    if !capitalized(mw) {
        return None;
    }
    let prev = prev_lower(h);
    let next = next_lower(h);
    let dir = dir_word(h.get("dir"));
    // "the March of Dimes", "a march", "May I".
    if prev == "the" && next == "of" && dir.is_none() {
        return None;
    }
    // "last Oct. 23": the day belongs to the month (the month_day rule's match).
    if next.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)) {
        return None;
    }
    if ambiguous_month(mw) && dir.is_none() {
        let date_context = TIME_PREPOSITIONS.contains(&prev)
            || h.before(3).ends_with('-')
            || h.after(2).starts_with(['-', '–']);
        if !date_context {
            return None;
        }
    }
    if dir.is_none() && name_follows(h) && !sentence_initial(h) {
        return None;
    }
    if dir.is_none() && matches!(m, 5 | 3) && sentence_initial(h) {
        // "May I ask", "March on Washington" at the start of a sentence.
        return None;
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::NoYear {
            part: DatePart::Month(Some(m)),
            dir,
            from: From::Context,
        },
    ))
}

fn weekday(h: &Hit) -> Option<Candidate> {
    let w = h.get("wd")?;
    let day = lexicon::weekday(w)?;
    let prev = h.word_before().unwrap_or("");
    let dir = dir_word(h.get("dir"));
    // "The Sunday Times", "Sunday Telegraph", "Black Friday" (a holiday rule's job),
    // "Super Tuesday" is a date (kept).
    if dir.is_none() && name_follows(h) {
        return None;
    }
    if matches!(
        prev,
        "Black" | "Good" | "Ash" | "Cyber" | "Holy" | "Maundy" | "Palm" | "Easter"
    ) {
        return None;
    }
    if !capitalized(w) && w.len() <= 4 {
        return None;
    }
    // "the previous Friday", "the following Monday": counted from the day the text is on.
    let (dir, from) = match narrative_dir(h) {
        Some(d) => (Some(d), From::Narrative),
        None => (dir, From::Context),
    };
    Some(cand(h, TimexType::Date, Spec::Weekday { day, dir, from }))
}

/// The direction of "the following / next / previous / preceding" (group `rel`), which
/// counts from the narrative's last date rather than the DCT.
fn narrative_dir(h: &Hit) -> Option<Dir> {
    match h.get("rel")?.to_ascii_lowercase().as_str() {
        "following" | "next" => Some(Dir::Future),
        _ => Some(Dir::Past),
    }
}

fn season(h: &Hit) -> Option<Candidate> {
    let s = lexicon::season(h.get("s")?)?;
    // "that summer", "the following spring", "the previous winter": counted from the
    // narrative's date.
    let that = h.get("dir").is_some_and(|d| d.eq_ignore_ascii_case("that"));
    let narrative = narrative_dir(h);
    let dir = if that {
        Some(Dir::Same)
    } else {
        narrative.or_else(|| dir_word(h.get("dir")))
    };
    let det = h.has("the") || dir.is_some();
    let prev = prev_lower(h);
    let next = next_lower(h);
    let word = h.get("s")?.to_ascii_lowercase();
    // "the fall of Kabul", "the Arab Spring", "prices fall", "hot springs".
    if next == "of" {
        let rest = h.after(16).trim_start();
        let rest = rest.get(2..).unwrap_or("").trim_start();
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    if let Some(w) = h.word_before()
        && capitalized(w)
        && !sentence_initial(h)
        && lexicon::month(w).is_none()
        && !det
    {
        return None;
    }
    if capitalized(h.get("s")?)
        && !sentence_initial(h)
        && !det
        && !TIME_PREPOSITIONS.contains(&prev)
    {
        return None;
    }
    if matches!(word.as_str(), "fall" | "spring") {
        let ok = det
            || matches!(
                prev.as_ref(),
                "in" | "during"
                    | "by"
                    | "until"
                    | "since"
                    | "through"
                    | "early"
                    | "late"
                    | "last"
                    | "next"
                    | "this"
                    | "that"
                    | "each"
                    | "every"
                    | "mid"
            );
        if !ok {
            return None;
        }
        // "the fall" right after a verb of falling is the noun: "the fall in prices" (but
        // "last fall in his home" is the season).
        if dir.is_none() && (next == "in" || next == "from" || next == "to") {
            return None;
        }
    }
    Some(cand(
        h,
        TimexType::Date,
        Spec::NoYear {
            part: DatePart::Season(s),
            dir,
            from: if that || narrative.is_some() {
                From::Narrative
            } else {
                From::Context
            },
        },
    ))
}

fn quarter(h: &Hit) -> Option<Candidate> {
    let q = lexicon::ordinal(h.get("o")?)?;
    if !(1..=4).contains(&q) {
        return None;
    }
    let dir = dir_word(h.get("dir"));
    let mut c = cand(
        h,
        TimexType::Date,
        Spec::NoYear {
            part: DatePart::Quarter(Some(q)),
            dir,
            from: From::Context,
        },
    );
    // "the third-quarter results": the article belongs to the noun.
    if h.has("the") && dir.is_none() && h.get("sep") == Some("-") {
        c.span.start = h.span_of("o")?.start;
    }
    Some(c)
}

fn half(h: &Hit) -> Option<Candidate> {
    let n = match h.get("o")?.to_ascii_lowercase().as_str() {
        "first" => 1,
        "second" | "latter" => 2,
        _ => return None,
    };
    let dir = dir_word(h.get("dir"));
    Some(cand(
        h,
        TimexType::Date,
        Spec::NoYear {
            part: DatePart::Half(Some(n)),
            dir,
            from: From::Context,
        },
    ))
}

/// The second day of a day range ("Aug. 26-29"): the month comes from the first day, the
/// year (if any) from after the range; the first day is `month_day`'s.
fn range_end(h: &Hit) -> Option<Candidate> {
    let m = lexicon::month(h.get("m")?)?;
    let d1: u8 = h.get("d1")?.parse().ok()?;
    let d2: u8 = h.get("d2")?.parse().ok()?;
    if d2 <= d1 || d2 > 31 {
        return None;
    }
    // "April 24 and 25." is two days; "April 24 and 25 people" is not.
    if h.has("conj")
        && h.word_after().is_some_and(|w| {
            w.chars().all(char::is_alphabetic)
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "in" | "at"
                        | "on"
                        | "and"
                        | "or"
                        | "when"
                        | "as"
                        | "to"
                        | "for"
                        | "from"
                        | "with"
                        | "of"
                        | "the"
                        | "this"
                        | "last"
                        | "next"
                )
        })
    {
        return None;
    }
    let start = h.span_of("d2")?.start;
    let end = h.span_of("y").or(h.span_of("d2"))?.end;
    let spec = super::day_of_month(m, d2, h.get("y"))?;
    let mut c = cand(h, TimexType::Date, spec);
    c.span = crate::text::Span::new(start, end);
    if let Spec::Value(v) = &c.spec {
        v.interval(None)?;
    }
    Some(c)
}

/// The first day of a day-first range ("4–7 June 1942", "between 4 and 7 June", "the night
/// of 13/14 February 1945"): it takes its month and year from the day after it; that day
/// is `day_month`'s (or `day_month_year`'s).
fn range_start_day_first(h: &Hit) -> Option<Candidate> {
    let m = lexicon::month(h.get("m")?)?;
    let d1: u8 = h.get("d1")?.parse().ok()?;
    let d2: u8 = h.get("d2")?.parse().ok()?;
    if d1 == 0 || d2 <= d1 || d2 > 31 {
        return None;
    }
    // "13/14 February" is a night across two days; "1/2" or "3/4" is a fraction.
    if h.has("slash") && (d2 != d1 + 1 || d1 < 2) {
        return None;
    }
    let spec = super::day_of_month(m, d1, h.get("y"))?;
    let mut c = cand(h, TimexType::Date, spec);
    c.span = h.span_of("d1")?;
    if let Spec::Value(v) = &c.spec {
        v.interval(None)?;
    }
    Some(c)
}

/// "on the 28th", "by the 3rd.": a day of the month named alone, after a preposition and
/// before punctuation or a function word, so "the 28th Infantry Division" and "the 21st
/// century" stay out. The span is "the 28th" without the preposition, as TimeML writes it.
fn day_alone(h: &Hit) -> Option<Candidate> {
    let day: u8 = h.get("d")?.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let prev = prev_lower(h);
    if !matches!(
        prev.as_ref(),
        "on" | "by" | "until" | "till" | "since" | "before" | "after" | "from" | "through" | "to"
    ) {
        return None;
    }
    let rest = h.after(12).trim_start();
    let ends_clause = rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '—', '–']);
    let function_word = matches!(
        next_lower(h).as_ref(),
        "and" | "or" | "when" | "at" | "as" | "the" | "a" | "an" | "but" | "after" | "before"
    );
    if !(ends_clause || function_word) {
        return None;
    }
    Some(cand(h, TimexType::Date, Spec::DayOfMonth(day)))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "month_day",
        pattern: r"\b(?:{weekday},?\s+)?(?P<m>{month})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b",
        produce: month_day,
    },
    Rule {
        name: "day_range_end",
        pattern: r"\b(?P<m>{month})\s*(?P<d1>[0-3]?\d)(?:\s*[-–]\s*|\s+(?P<conj>and|to|through|or)\s+)(?P<d2>[0-3]?\d)\b(?:,?\s+(?P<y>1\d{3}|20\d{2})\b)?",
        produce: range_end,
    },
    Rule {
        name: "day_range_start",
        pattern: r"\b(?P<d1>[0-3]?\d)(?:\s*[-–]\s*|(?P<slash>/)|\s+(?:and|to|through|until|till|or)\s+)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{month_full}|(?:jan|feb|aug|sept?|oct|nov|dec)\.)(?:,?\s+(?P<y>1\d{3}|20\d{2})\b)?",
        produce: range_start_day_first,
    },
    Rule {
        name: "month_ordinal_word",
        pattern: r"\b(?:{weekday},?\s+)?(?P<m>{month_full})\s+(?:the\s+)?(?P<o>{day_ordinal_word}|[0-3]?\d(?:st|nd|rd|th))\b(?:,?\s+(?P<y>1\d{3}|20\d{2})\b)?",
        produce: ordinal_word_day,
    },
    Rule {
        name: "ordinal_word_of_month",
        pattern: r"\b(?P<o>{day_ordinal_word})\s+of\s+(?P<m>{month_full})\b(?:,?\s+(?P<y>1\d{3}|20\d{2})\b)?",
        produce: ordinal_word_day,
    },
    Rule {
        name: "day_month",
        pattern: r"\b(?:{weekday},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month_full}|(?:jan|feb|aug|sept?|oct|nov|dec)\.)",
        produce: month_day,
    },
    Rule {
        name: "day_of_month",
        pattern: r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b",
        produce: day_alone,
    },
    Rule {
        name: "month",
        pattern: r"\b(?:(?P<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?P<m>{month_full}\b|(?:jan|feb|aug|sept?|oct|nov|dec)\.)",
        produce: month_alone,
    },
    Rule {
        name: "weekday",
        pattern: r"\b(?:(?P<dir>last|next|this|this\s+past|this\s+coming|coming|past)\s+|the\s+(?P<rel>previous|preceding|following)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        produce: weekday,
    },
    Rule {
        name: "season",
        pattern: r"\b(?:(?P<dir>last|next|this|that|this\s+past|this\s+coming|the\s+coming|the\s+past|coming|past)\s+|the\s+(?P<rel>following|next|previous|preceding)\s+|(?P<the>the)\s+)?(?P<s>spring|summer|fall|autumn|winter)\b",
        produce: season,
    },
    Rule {
        name: "quarter",
        pattern: r"\b(?P<the>the\s+)?(?:(?P<dir>latest|last|previous|current|this|next|coming|same|past)\s+)?(?:fiscal\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)(?P<sep>[- ])(?:fiscal[- ])?quarter\b",
        produce: quarter,
    },
    Rule {
        name: "half",
        pattern: r"\b(?:the\s+)?(?:(?P<dir>last|previous|current|this|next|coming|past)\s+)?(?P<o>first|second|latter)\s+half\b",
        produce: half,
    },
];
