//! Dates that state their year: full dates in the forms news uses, month and year, years,
//! decades, centuries, seasons, quarters and halves of a stated year.

use super::{WordSet, cand, capitalized, date_value, next_lower, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::lexicon;
use crate::timex::spec::{Candidate, Spec};
use crate::value::{Date, DatePart, Season, TimeOfDay, TimexType, Value, Year};

fn year_of(s: &str) -> Option<i32> {
    s.parse().ok()
}

/// A day of a stated year, checked against the calendar, with the part of the day its
/// weekday names ("Sunday morning, 7 December 1941" is `1941-12-07TMO`).
fn full_date(h: &Hit, y: i32, m: u8, d: u8) -> Option<Candidate> {
    let date = Date::ymd(y, m, d);
    date.as_naive()?;
    let value = match h.get("part").and_then(lexicon::day_part) {
        Some(part) => Value::Time(date, TimeOfDay::Part(part)),
        None => Value::Date(date),
    };
    Some(date_value(h, value))
}

fn month_day_year(h: &Hit) -> Option<Candidate> {
    let m = lexicon::month(h.get("m")?)?;
    full_date(h, year_of(h.get("y")?)?, m, h.get("d")?.parse().ok()?)
}

fn numeric_date(h: &Hit) -> Option<Candidate> {
    let a: u8 = h.get("a")?.parse().ok()?;
    let b: u8 = h.get("b")?.parse().ok()?;
    let ys = h.get("y")?;
    let mut y: i32 = ys.parse().ok()?;
    if ys.len() == 2 {
        // Two-digit years: 00-49 are 2000s, 50-99 the 1900s.
        y += if y < 50 { 2000 } else { 1900 };
    }
    // Policy: month/day (US news order); day/month only when the first number cannot be a
    // month. Never flipped silently otherwise.
    let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
    full_date(h, y, m, d)
}

fn iso_date(h: &Hit) -> Option<Candidate> {
    full_date(
        h,
        year_of(h.get("y")?)?,
        h.get("m")?.parse().ok()?,
        h.get("d")?.parse().ok()?,
    )
}

fn month_year(h: &Hit) -> Option<Candidate> {
    let m = lexicon::month(h.get("m")?)?;
    let month = h.get("m")?;
    // "may 2021" in lower case reads as the verb.
    if !capitalized(month) && matches!(m, 3 | 5) {
        return None;
    }
    Some(date_value(
        h,
        Value::Date(Date::ym(year_of(h.get("y")?)?, m)),
    ))
}

/// Words after a number that make it a count, not a year ("2021 points").
static COUNT_NOUNS: WordSet = WordSet::new(&[
    "points",
    "point",
    "people",
    "persons",
    "members",
    "votes",
    "troops",
    "soldiers",
    "students",
    "cases",
    "deaths",
    "dead",
    "percent",
    "per",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "yards",
    "feet",
    "foot",
    "meters",
    "metres",
    "miles",
    "kilometers",
    "kilometres",
    "km",
    "kg",
    "tons",
    "tonnes",
    "barrels",
    "units",
    "shares",
    "seats",
    "jobs",
    "words",
    "pages",
    "employees",
    "workers",
    "residents",
    "refugees",
    "civilians",
    "children",
    "men",
    "women",
    "passengers",
    "homes",
    "houses",
    "cars",
    "vehicles",
    "acres",
    "hectares",
    "calories",
    "rounds",
    "times",
    "pieces",
    "copies",
    "items",
    "lbs",
    "pounds",
    "ounces",
    "degrees",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "marines",
    "sailors",
    "police",
    "officers",
    "fighters",
    "militants",
    "rebels",
    "prisoners",
    "inmates",
    "patients",
    "flights",
    "planes",
    "ships",
    "tanks",
    "guns",
    "rifles",
    "bombs",
    "missiles",
    "rockets",
    "delegates",
    "voters",
    "ballots",
    "signatures",
    "runs",
    "goals",
    "yards",
    "kilograms",
    "mph",
    "kph",
    "hp",
    "mw",
    "gw",
    "kw",
    "bpd",
    "b/d",
    "square",
    "cubic",
    "more",
    "other",
    "new",
    "additional",
    "million",
    "billion",
    "trillion",
    "thousand",
]);

/// Words before a number that make it an identifier or a count, not a year.
static NUMBER_CUES: WordSet = WordSet::new(&[
    "flight",
    "no.",
    "no",
    "number",
    "route",
    "highway",
    "interstate",
    "room",
    "suite",
    "apt.",
    "apartment",
    "model",
    "boeing",
    "airbus",
    "windows",
    "resolution",
    "article",
    "section",
    "chapter",
    "page",
    "pages",
    "bill",
    "h.r.",
    "rule",
    "code",
    "form",
    "formula",
    "level",
    "about",
    "nearly",
    "some",
    "almost",
    "roughly",
    "approximately",
    "around",
    "than",
    "over",
    "under",
    "only",
    "just",
    "least",
    "most",
    "estimated",
    "total",
    "totaling",
    "totalling",
    "of",
    "to",
    "dow",
    "index",
    "s&p",
    "nasdaq",
    "ftse",
    "nikkei",
    "closed",
    "fell",
    "rose",
    "at",
    "gained",
    "lost",
    "ended",
    "finished",
    "scored",
    "score",
    "sold",
    "bought",
    "killed",
    "injured",
    "wounded",
    "arrested",
    "hired",
    "fired",
    "employs",
    "employing",
    "$",
    "€",
    "£",
    "¥",
    "#",
    "population",
    "apollo",
    "gemini",
    "mercury",
    "ps",
    "iso",
    "rfc",
    "pfizer",
    "covid",
    "sars",
    "cov",
    "to",
    "ticket",
    "tickets",
    "fleet",
    "unit",
    "group",
    "platoon",
    "squad",
    "battalion",
    "regiment",
    "division",
    "brigade",
    "corps",
    "army",
]);

fn year(h: &Hit) -> Option<Candidate> {
    let y: i32 = h.get("y")?.parse().ok()?;
    let next = next_lower(h);
    let prev = prev_lower(h);
    let after = h.after(3);
    let before = h.before(2);
    // Part of a longer number or a range of counts: "1,500", "2021.5", "2021-2022" is fine.
    if before.ends_with(',') || before.ends_with('.') && !before.ends_with(". ") {
        return None;
    }
    if after.starts_with(',') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if after.starts_with('%') || before.ends_with('$') || before.ends_with('#') {
        return None;
    }
    if COUNT_NOUNS.contains(&next) {
        return None;
    }
    // "Kopp's 1987 Chevrolet": a model year before a name.
    let owner = prev.ends_with("'s") || prev.ends_with("’s");
    if owner && h.word_after().is_some_and(capitalized) && lexicon::month(h.word_after()?).is_none()
    {
        return None;
    }
    // "of 2001" is a date ("the fall of 2001"), "of 2,000" is not; keep "of" when the
    // number looks like a recent year.
    let weak_cue = matches!(
        prev.as_ref(),
        "of" | "to" | "at" | "over" | "under" | "than" | "about" | "around" | "some"
    );
    if NUMBER_CUES.contains(&prev) && !(weak_cue && (1900..=2100).contains(&y)) {
        return None;
    }
    // A capitalized word before a year-like number is usually a name ("Flight 370" is
    // handled above; "Windows 2000", "Euro 2020", "Vision 2030").
    if let Some(w) = h.word_before() {
        let known = lexicon::month(w).is_some()
            || lexicon::weekday(w).is_some()
            || super::TIME_PREPOSITIONS.contains(&w.to_lowercase());
        let starts_sentence = super::word_before_starts_sentence(h);
        if capitalized(w) && !known && !starts_sentence && !h.before(3).contains(',') {
            return None;
        }
    }
    Some(date_value(h, Value::Date(Date::year(y))))
}

fn decade(h: &Hit) -> Option<Candidate> {
    let y: i32 = h.get("y")?.parse().ok()?;
    // "the 1800s" is the century in common use (the 1800–1809 decade is "the 1800s" to
    // nobody but a pedant); "the 2000s" is the decade, as news uses it.
    let year = if y % 100 == 0 && y < 2000 {
        Year::century(y / 100)
    } else {
        Year::decade(y / 10)
    };
    Some(date_value(
        h,
        Value::Date(Date {
            year,
            part: DatePart::Year,
        }),
    ))
}

fn decade_short(h: &Hit) -> Option<Candidate> {
    let d: u8 = h.get("d")?.parse().ok()?;
    Some(cand(h, TimexType::Date, Spec::DecadeOnly(d)))
}

fn decade_words(h: &Hit) -> Option<Candidate> {
    let d = match h.get("w")?.to_ascii_lowercase().as_str() {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    // "in his forties" is an age, not a decade.
    if matches!(
        prev_lower(h).as_ref(),
        "his" | "her" | "their" | "my" | "your" | "our" | "its"
    ) || h.before(12).to_lowercase().contains("in his")
        || h.before(12).to_lowercase().contains("in her")
    {
        return None;
    }
    Some(cand(h, TimexType::Date, Spec::DecadeOnly(d)))
}

fn century(h: &Hit) -> Option<Candidate> {
    let n = lexicon::ordinal(h.get("o")?)? as i32;
    if !(1..=21).contains(&n) {
        return None;
    }
    Some(date_value(
        h,
        Value::Date(Date {
            year: Year::century(n - 1),
            part: DatePart::Year,
        }),
    ))
}

/// "the summer of 1942", and "the winter of 1939–40": a winter runs into the next year,
/// and TimeML names it by the year it begins in (`1939-WI`). Any other second year is not
/// part of the season.
fn season_year(h: &Hit) -> Option<Candidate> {
    let s = lexicon::season(h.get("s")?)?;
    let y = year_of(h.get("y")?)?;
    let mut c = date_value(
        h,
        Value::Date(Date {
            year: Year::full(y),
            part: DatePart::Season(s),
        }),
    );
    if let Some(y2) = h.get("y2") {
        let next = y2.parse::<i32>().ok() == Some((y + 1).rem_euclid(100));
        if !(s == Season::Winter && next) {
            c.span.end = h.span_of("y")?.end;
        }
    }
    Some(c)
}

fn quarter_number(s: &str) -> Option<u8> {
    let q = lexicon::ordinal(s)?;
    (1..=4).contains(&q).then_some(q)
}

fn quarter_year(h: &Hit) -> Option<Candidate> {
    let q = match h.get("q") {
        Some(q) => q.parse().ok()?,
        None => quarter_number(h.get("o")?)?,
    };
    let y = year_of(h.get("y")?)?;
    Some(date_value(
        h,
        Value::Date(Date {
            year: Year::full(y),
            part: DatePart::Quarter(Some(q)),
        }),
    ))
}

fn half_year(h: &Hit) -> Option<Candidate> {
    let n = match h.get("o")?.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" | "latter" | "last" => 2,
        _ => return None,
    };
    let y = year_of(h.get("y")?)?;
    Some(date_value(
        h,
        Value::Date(Date {
            year: Year::full(y),
            part: DatePart::Half(Some(n)),
        }),
    ))
}

/// The end of a year range written with two digits ("1939–45", "the 1942-43 campaign"):
/// the later year, in the first year's century. A hyphen before a number that could be a
/// month ("2010-11") is left alone: that may be November 2010.
fn short_range_end(h: &Hit) -> Option<Candidate> {
    let y1 = year_of(h.get("y1")?)?;
    let yy: i32 = h.get("y2")?.parse().ok()?;
    if yy <= y1 % 100 || (h.has("hyphen") && yy <= 12) {
        return None;
    }
    let y2 = y1 - y1 % 100 + yy;
    let mut c = date_value(
        h,
        Value::Date(Date {
            year: Year::full(y2),
            part: DatePart::Year,
        }),
    );
    c.span = h.span_of("y2")?;
    Some(c)
}

fn word_year(h: &Hit) -> Option<Candidate> {
    let y = lexicon::word_year(h.get("w")?)?;
    let prev = prev_lower(h);
    // "nineteen ninety-six" names a year wherever it stands; "twenty twenty" and "two
    // thousand" need a preposition, a month or "the year" to be one.
    let spelled_century = {
        let w = h.get("w")?.to_ascii_lowercase();
        ["seventeen", "eighteen", "nineteen"]
            .iter()
            .any(|c| w.starts_with(c))
            && w.contains('-')
    };
    let anchored = spelled_century
        || h.has("m")
        || h.has("the_year")
        || super::TIME_PREPOSITIONS.contains(&prev);
    // "two thousand people": only with a month or "the year" before it.
    if !anchored
        || (y >= 2000
            && h.get("w")?.to_ascii_lowercase().starts_with("two")
            && !(h.has("m") || h.has("the_year")))
    {
        return None;
    }
    if COUNT_NOUNS.contains(&next_lower(h)) {
        return None;
    }
    let date = match h.get("m") {
        Some(m) => Date::ym(y, lexicon::month(m)?),
        None => Date::year(y),
    };
    Some(date_value(h, Value::Date(date)))
}

fn plain_year(h: &Hit) -> Option<Candidate> {
    Some(date_value(
        h,
        Value::Date(Date::year(year_of(h.get("y")?)?)),
    ))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "month_day_year",
        pattern: r"\b(?:{weekday}(?:\s+(?P<part>morning|afternoon|evening|night))?,?\s+)?(?P<m>{month})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>1\d{3}|20\d{2})\b",
        produce: month_day_year,
    },
    Rule {
        name: "day_month_year",
        pattern: r"\b(?:{weekday}(?:\s+(?P<part>morning|afternoon|evening|night))?,?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month}),?\s+(?P<y>1\d{3}|20\d{2})\b",
        produce: month_day_year,
    },
    Rule {
        name: "numeric_date",
        pattern: r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2}|\d{2})\b",
        produce: numeric_date,
    },
    Rule {
        name: "iso_date",
        pattern: r"\b(?P<y>1\d{3}|20\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
        produce: iso_date,
    },
    Rule {
        name: "month_year",
        pattern: r"\b(?P<m>{month})\s*,?\s+(?:of\s+)?(?P<y>1\d{3}|20\d{2})\b",
        produce: month_year,
    },
    Rule {
        name: "year",
        pattern: r"\b(?P<y>1[5-9]\d{2}|20\d{2})\b",
        produce: year,
    },
    Rule {
        name: "word_year",
        pattern: r"\b(?:(?P<m>{month_full})\s+)?(?P<the_year>the\s+year\s+)?(?P<w>(?:seventeen|eighteen|nineteen|twenty)(?:[- ]hundred(?:\s+and)?)?[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:(?:\s+and)?[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\b",
        produce: word_year,
    },
    Rule {
        name: "the_year_n",
        pattern: r"\b(?:the\s+)?(?:calendar\s+|fiscal\s+)?year\s+(?P<y>1\d{3}|20\d{2})\b",
        produce: plain_year,
    },
    Rule {
        name: "year_period",
        pattern: r"\bthe\s+(?P<y>1\d{3}|20\d{2})\s+(?:period|quarter)\b",
        produce: |h| {
            let year = year_of(h.get("y")?)?;
            Some(cand(h, TimexType::Date, Spec::YearPeriod { year }))
        },
    },
    Rule {
        name: "fiscal_year",
        pattern: r"\b(?:fiscal|FY)\s*(?P<y>1\d{3}|20\d{2})\b",
        produce: plain_year,
    },
    Rule {
        name: "decade",
        pattern: r"\b(?:the\s+)?(?P<y>1\d{2}0|20\d0)(?:'|’)?s\b",
        produce: decade,
    },
    Rule {
        name: "decade_short",
        pattern: r"(?:\bthe\s+)?['’](?P<d>\d)0s\b",
        produce: decade_short,
    },
    Rule {
        name: "decade_words",
        pattern: r"\b(?:the\s+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        produce: decade_words,
    },
    Rule {
        name: "century",
        pattern: r"\b(?:the\s+)?(?P<o>{ordinal})[- ]century\b",
        produce: century,
    },
    Rule {
        name: "season_year",
        pattern: r"\b(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>1\d{3}|20\d{2})(?:[-–/](?P<y2>\d{2}))?\b",
        produce: season_year,
    },
    Rule {
        name: "quarter_year",
        pattern: r"\b(?:the\s+)?(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>1\d{3}|20\d{2})|Q(?P<q>[1-4])\s*(?P<y2>1\d{3}|20\d{2}))\b",
        produce: |h| {
            if h.has("q") {
                let q: u8 = h.get("q")?.parse().ok()?;
                let y = year_of(h.get("y2")?)?;
                return Some(date_value(
                    h,
                    Value::Date(Date {
                        year: Year::full(y),
                        part: DatePart::Quarter(Some(q)),
                    }),
                ));
            }
            quarter_year(h)
        },
    },
    Rule {
        name: "year_quarter",
        pattern: r"\b(?:the\s+)?(?P<y>1\d{3}|20\d{2})(?:'s|’s)?\s+(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b",
        produce: quarter_year,
    },
    Rule {
        name: "year_range_short_end",
        pattern: r"\b(?P<y1>1\d{3}|20\d{2})(?:(?P<hyphen>-)|\s*[–—/]\s*)(?P<y2>\d{2})\b",
        produce: short_range_end,
    },
    Rule {
        name: "half_year",
        pattern: r"\b(?:the\s+)?(?P<o>first|second|1st|2nd|latter|last)\s+half\s+of\s+(?:fiscal\s+)?(?P<y>1\d{3}|20\d{2})\b",
        produce: half_year,
    },
];
