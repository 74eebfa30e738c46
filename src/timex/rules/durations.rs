//! Durations: "three weeks", "the past three weeks", "20-year", "two decades", "a year and
//! a half", "half an hour", "several months", "for years". Durations that run up to or
//! from a date ("the past three weeks", "the 19 years that followed") carry an anchoring,
//! so the chronology can draw them as ranges.

use super::{cand, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Anchoring, Candidate, From, Spec};
use crate::value::{Amount, Duration, Mod, TimexType, Unit, Value};

fn duration_value(amount: Amount, unit: Unit) -> Value {
    Value::Duration(Duration::of(amount, unit))
}

/// The duration of a possibly fractional amount, in whole numbers where TimeBank writes
/// them so: 2.5 years is `P2Y6M`, half an hour `PT30M`, 5.5 hours `PT5H30M`, two decades
/// `P20Y`.
fn normalize(thousandths: u64, unit: Unit) -> Duration {
    // A counted decade is ten years: TimeBank writes "two decades" as `P20Y`. ("decades"
    // with no count stays `PXDE`, which says more than `PXY`.)
    if unit == Unit::Decade {
        return normalize(thousandths * 10, Unit::Year);
    }
    let whole = thousandths / 1000;
    let frac = thousandths % 1000;
    if frac == 0 {
        return Duration::of(Amount::Thousandths(thousandths), unit);
    }
    let smaller = match unit {
        Unit::Year => Some((Unit::Month, 12)),
        Unit::Day => Some((Unit::Hour, 24)),
        Unit::Hour => Some((Unit::Minute, 60)),
        Unit::Minute => Some((Unit::Second, 60)),
        Unit::Decade => Some((Unit::Year, 10)),
        Unit::Century => Some((Unit::Year, 100)),
        Unit::Week => Some((Unit::Day, 7)),
        _ => None,
    };
    match smaller {
        Some((u, k)) if (frac * k).is_multiple_of(1000) => {
            let rest = (Amount::Thousandths(frac * k), u);
            let parts = if whole == 0 {
                vec![rest]
            } else {
                vec![(Amount::whole(whole), unit), rest]
            };
            Duration { parts }
        }
        _ => Duration::of(Amount::Thousandths(thousandths), unit),
    }
}

fn anchoring_of(ctx: Option<&str>, h: &Hit) -> Option<(Anchoring, From)> {
    let after = h.after(24).to_ascii_lowercase();
    let after = after.trim_start();
    if after.starts_with("that followed")
        || after.starts_with("which followed")
        || after.starts_with("that ensued")
    {
        return Some((Anchoring::After, From::Narrative));
    }
    match ctx?.to_ascii_lowercase().as_str() {
        "past" | "last" | "previous" | "preceding" => Some((Anchoring::Before, From::Speech)),
        "next" | "coming" => Some((Anchoring::After, From::Speech)),
        "following" => Some((Anchoring::After, From::Narrative)),
        _ => None,
    }
}

fn number_unit(h: &Hit) -> Option<Candidate> {
    let nw = h.get("n")?;
    let uw = h.get("u")?;
    let unit = lexicon::unit(uw)?;
    let mut n = lexicon::number(nw)?;
    if h.has("half") || h.has("half2") {
        n += 500;
    }
    n = n.saturating_mul(u64::from(lexicon::unit_multiple(uw)));
    if n == 0 {
        return None;
    }
    // "one day" at the start of a story is "someday"; "a day" after a rate is a set (the
    // sets family matches the longer text).
    let duration = normalize(n, unit);
    // A plain number before a unit with a hyphen is an adjective ("20-year war"): fine.
    // Money and scores before it are not ("$5 million a year" has no duration here).
    if h.before(2).ends_with('$') {
        return None;
    }
    // "three-quarters of the vote" is a fraction; "a second term" is "another".
    let next = h.word_after().unwrap_or("").to_ascii_lowercase();
    if unit == Unit::Quarter && next == "of" {
        return None;
    }
    if unit == Unit::Second
        && matches!(nw.to_ascii_lowercase().as_str(), "a" | "an")
        && next.chars().next().is_some_and(|c| c.is_alphabetic())
        && !matches!(
            next.as_ref(),
            "ago" | "later" | "earlier" | "before" | "after" | "or" | "and"
        )
    {
        return None;
    }
    // Ages ("a 6-year-old boy") are not time expressions in TimeML corpora.
    let after = h.after(5).to_ascii_lowercase();
    if after.starts_with("-old") || after.starts_with(" old") {
        return None;
    }
    // "a decades-long battle", "a day-long meeting": the article belongs to the noun and
    // the unit to its own rule.
    if matches!(nw.to_ascii_lowercase().as_str(), "a" | "an")
        && (uw.to_ascii_lowercase().ends_with('s') || after.starts_with("-long"))
    {
        return None;
    }
    let mut c = cand(
        h,
        TimexType::Duration,
        Spec::Value(Value::Duration(duration)),
    );
    c.anchoring = anchoring_of(h.get("ctx"), h);
    // "a couple of years" is about two (TimeBank writes it `P2Y` with APPROX).
    if nw.to_ascii_lowercase().contains("couple") {
        c.modifier = Some(Mod::Approx);
    }
    // "the 20-year war": the article belongs to the noun, not to the adjective.
    if h.has("the") && !h.has("ctx") && h.get("sep") == Some("-") {
        c.span.start = h.span_of("n")?.start;
    }
    Some(c)
}

fn vague_units(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    let mut c = cand(
        h,
        TimexType::Duration,
        Spec::Value(duration_value(Amount::Unknown, unit)),
    );
    c.anchoring = anchoring_of(h.get("ctx"), h);
    Some(c)
}

/// "recent weeks", "the coming months": a stretch of unstated length up to now or from
/// now, as "the past few weeks" is (TimeBank and AQUAINT write these `PXW`, six times in
/// ten; the rest as PAST_REF/FUTURE_REF). "the days ahead" stays FUTURE_REF (refs), as the
/// hand-checked seed list has it.
fn recent_units(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    let mut c = cand(
        h,
        TimexType::Duration,
        Spec::Value(duration_value(Amount::Unknown, unit)),
    );
    c.anchoring = Some(if h.has("recent") {
        (Anchoring::Before, From::Speech)
    } else {
        (Anchoring::After, From::Speech)
    });
    Some(c)
}

fn bare_plural(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    let prev = prev_lower(h);
    let ok = matches!(
        prev.as_ref(),
        "for"
            | "over"
            | "within"
            | "lasting"
            | "lasted"
            | "took"
            | "takes"
            | "take"
            | "spent"
            | "after"
            | "in"
            | "than"
            | "spanning"
            | "span"
            | "across"
    );
    // "the decades that followed": a stretch that starts at the narrative's last date.
    let anchoring = anchoring_of(None, h);
    if !(ok || (prev == "the" && anchoring.is_some())) {
        return None;
    }
    let mut c = cand(
        h,
        TimexType::Duration,
        Spec::Value(duration_value(Amount::Unknown, unit)),
    );
    c.anchoring = anchoring;
    Some(c)
}

/// "day-long", "decades-long", "years-long": an adjective of length.
fn unit_long(h: &Hit) -> Option<Candidate> {
    let uw = h.get("u")?;
    let unit = lexicon::unit(uw)?;
    let amount = if uw.to_ascii_lowercase().ends_with('s') {
        Amount::Unknown
    } else {
        Amount::whole(1)
    };
    Some(cand(
        h,
        TimexType::Duration,
        Spec::Value(duration_value(amount, unit)),
    ))
}

fn half_unit(h: &Hit) -> Option<Candidate> {
    let uw = h.get("u")?;
    let unit = lexicon::unit(uw)?;
    Some(cand(
        h,
        TimexType::Duration,
        Spec::Value(Value::Duration(normalize(
            500 * u64::from(lexicon::unit_multiple(uw)),
            unit,
        ))),
    ))
}

fn ordinal_unit(h: &Hit) -> Option<Candidate> {
    let unit = lexicon::unit(h.get("u")?)?;
    Some(cand(
        h,
        TimexType::Duration,
        Spec::Value(Value::Duration(normalize(1000, unit))),
    ))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "number_unit",
        pattern: r"\b(?P<the>the\s+)?(?:(?P<ctx>past|last|next|coming|previous|preceding|first|final|following|remaining|latest|initial|additional|another|further|same|full|entire|whole)\s+)?(?P<n>{num}|an?|one)(?P<half>\s+and\s+a\s+half|\s+1/2|½)?(?P<sep>[- ])(?:(?:more|additional|extra|further|consecutive|straight|successive|trading|business|working)\s+)?(?P<u>{unit})(?P<half2>\s+and\s+a\s+half)?\b",
        produce: number_unit,
    },
    Rule {
        name: "vague_units",
        pattern: r"\b(?:the\s+)?(?:(?P<ctx>past|last|next|coming|previous|following)\s+)?(?:several|a\s+few|few|many|a\s+couple\s+of|a\s+number\s+of|numerous)\s+(?P<u>{unit})\b",
        produce: vague_units,
    },
    Rule {
        name: "recent_units",
        pattern: r"\b(?:the\s+)?(?:(?P<recent>recent)|coming)\s+(?P<u>days|weeks|months|years|quarters|decades)\b",
        produce: recent_units,
    },
    Rule {
        name: "bare_plural_units",
        pattern: r"\b(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
        produce: bare_plural,
    },
    Rule {
        name: "unit_long",
        pattern: r"\b(?P<u>hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-long\b",
        produce: unit_long,
    },
    Rule {
        name: "half_unit",
        pattern: r"\b(?:a\s+)?half\s+(?:an?\s+)?(?P<u>hour|day|year|century|decade)\b",
        produce: half_unit,
    },
    Rule {
        name: "ordinal_unit",
        pattern: r"\ba\s+(?:second|third|fourth|fifth|sixth|seventh)\s+(?P<u>decade|year|week|day|month|century)\b",
        produce: ordinal_unit,
    },
];
