//! Recurrences (TIMEX3 SET): "daily", "annually", "every year", "every other week", "each
//! Monday", "twice a week", "$5 a day", "on Sundays".

use super::{cand, capitalized, prev_lower, sentence_initial};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Candidate, Spec};
use crate::value::{Amount, Date, DatePart, Duration, TimexType, Unit, Value, Year};

fn set(h: &Hit, v: Value) -> Candidate {
    cand(h, TimexType::Set, Spec::Value(v))
}

fn every_n(n: u64, unit: Unit) -> Value {
    Value::Duration(Duration::of(Amount::whole(n), unit))
}

fn every_weekday(day: u8) -> Value {
    Value::Date(Date {
        year: Year::unknown(),
        part: DatePart::WeekDay(None, day),
    })
}

fn adverb(h: &Hit) -> Option<Candidate> {
    let w = h.get("w")?;
    // "Daily Mail", "Weekly Standard": names, unless at the start of a sentence.
    if capitalized(w) && !sentence_initial(h) {
        return None;
    }
    // "quarterly dividend", "annual report": adjectives before a noun are not recurrences
    // in TimeML corpora (the adverbs are: "paid quarterly").
    if w.eq_ignore_ascii_case("quarterly")
        && h.word_after().is_some()
        && !h.after(2).starts_with([',', '.', ';'])
    {
        return None;
    }
    // "average daily volume": a market's measure, not a recurrence. (TimeBank does tag
    // "average hourly earnings", so only "daily" is left out.)
    if prev_lower(h) == "average" && w.eq_ignore_ascii_case("daily") {
        return None;
    }
    let (n, unit) = match w.to_ascii_lowercase().as_str() {
        "daily" | "nightly" => (1, Unit::Day),
        "weekly" => (1, Unit::Week),
        "biweekly" | "fortnightly" => (2, Unit::Week),
        "monthly" => (1, Unit::Month),
        "bimonthly" => (2, Unit::Month),
        "quarterly" => (1, Unit::Quarter),
        "yearly" | "annually" => (1, Unit::Year),
        "biannually" | "semiannually" => (6, Unit::Month),
        "hourly" => (1, Unit::Hour),
        _ => return None,
    };
    Some(set(h, every_n(n, unit)))
}

fn every(h: &Hit) -> Option<Candidate> {
    let q = h.get("q")?.to_ascii_uppercase();
    let quant: &'static str = match q.as_str() {
        "EVERY" => "EVERY",
        "EACH" => "EACH",
        _ => "EVERY",
    };
    let value = if let Some(wd) = h.get("wd") {
        every_weekday(lexicon::weekday(wd)?)
    } else if let Some(m) = h.get("m") {
        Value::Date(Date {
            year: Year::unknown(),
            part: DatePart::Month(Some(lexicon::month(m)?)),
        })
    } else {
        let unit = lexicon::unit(h.get("u")?)?;
        let n = match h.get("n") {
            None => 1,
            Some(o) if o.eq_ignore_ascii_case("other") => 2,
            Some(n) => lexicon::number(n)? / 1000,
        };
        if n == 0 {
            return None;
        }
        every_n(n, unit)
    };
    let mut c = set(h, value);
    c.quant = Some(quant);
    Some(c)
}

fn times_per(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    let k = match h.get("k")?.to_ascii_lowercase().as_str() {
        "once" => 1,
        "twice" => 2,
        "thrice" => 3,
        _ => lexicon::number(h.get("n")?)? / 1000,
    };
    let mut c = set(h, every_n(1, unit));
    c.freq = Some(format!("{k}X"));
    Some(c)
}

fn rate(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    // "$5 a day", "3 percent a year", "100 barrels per day": a quantity right before.
    let prev = prev_lower(h);
    let before = h.before(24);
    let quantity = prev.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            prev.as_ref(),
            "percent"
                | "dollars"
                | "cents"
                | "euros"
                | "pounds"
                | "million"
                | "billion"
                | "times"
                | "barrels"
                | "tons"
                | "tonnes"
                | "miles"
                | "people"
                | "hours"
                | "meals"
        )
        || before.trim_end().ends_with('%');
    if !quantity {
        return None;
    }
    let mut c = set(h, every_n(1, unit));
    c.priority = 1;
    Some(c)
}

fn plural_weekday(h: &Hit) -> Option<Candidate> {
    let day = lexicon::weekday(h.get("wd")?)?;
    let mut c = set(h, every_weekday(day));
    if let Some(p) = h.get("p") {
        let part = lexicon::day_part(p.trim_end_matches('s'))?;
        c.spec = Spec::Value(Value::Time(
            Date {
                year: Year::unknown(),
                part: DatePart::WeekDay(None, day),
            },
            crate::value::TimeOfDay::Part(part),
        ));
    }
    Some(c)
}

/// "closed on weekends", "works nights and weekends": every weekend (`XXXX-WXX-WE`).
/// Counted weekends ("two weekends ago", "the past three weekends") are longer matches
/// of other rules.
fn plural_weekend(h: &Hit) -> Option<Candidate> {
    let before = h.word_before().map(str::to_ascii_lowercase);
    let after_preposition = matches!(
        before.as_deref(),
        Some("on" | "at" | "during" | "over" | "and" | "or" | "most" | "some")
    );
    after_preposition.then(|| {
        set(
            h,
            Value::Date(Date {
                year: Year::unknown(),
                part: DatePart::Weekend(None),
            }),
        )
    })
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "set_adverb",
        pattern: r"\b(?P<w>daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semiannually|hourly)\b",
        produce: adverb,
    },
    Rule {
        name: "every",
        pattern: r"\b(?P<q>every|each)\s+(?:(?:(?P<n>{num}|other)\s+)?(?P<u>{unit})|(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<m>{month_full}))\b",
        produce: every,
    },
    Rule {
        name: "times_per",
        pattern: r"\b(?P<k>once|twice|thrice|(?P<n>{num})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|hour|minute|decade|quarter)\b",
        produce: times_per,
    },
    Rule {
        name: "rate",
        pattern: r"\b(?:a|an|per)\s+(?P<u>day|week|month|year|hour|minute|quarter)\b",
        produce: rate,
    },
    Rule {
        name: "plural_weekend",
        pattern: r"\bweekends\b",
        produce: plural_weekend,
    },
    Rule {
        name: "plural_weekday",
        pattern: r"\b(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?:\s+(?P<p>mornings|afternoons|evenings|nights))?\b",
        produce: plural_weekday,
    },
];
