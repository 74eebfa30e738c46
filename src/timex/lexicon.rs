//! Words that time expressions are made of: month and weekday names, number words, units,
//! ordinals, seasons, parts of day. Each list is a table; the regex fragments used by the
//! rule families are built from the same tables, so a word added here is recognized
//! everywhere.

use crate::value::{DayPart, Season, Unit};

/// Month names and the abbreviations news uses, with their numbers.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations, with ISO numbers (Monday = 1).
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tues", 2),
    ("tue", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thurs", 4),
    ("thur", 4),
    ("thu", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// Number words up to nineteen.
const SMALL: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal words, with their numbers.
pub const ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("thirtieth", 30),
    ("last", 0),
];

/// Season words.
pub const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("springtime", Season::Spring),
    ("summer", Season::Summer),
    ("summertime", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
    ("wintertime", Season::Winter),
];

/// Parts of the day.
pub const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("night", DayPart::Night),
    ("overnight", DayPart::Night),
    ("noon", DayPart::Midday),
    ("midday", DayPart::Midday),
    ("daytime", DayPart::Daytime),
];

/// Duration unit words (singular; plurals add "s", "centuries" and "millennia" are listed).
pub const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("minute", Unit::Minute),
    ("hour", Unit::Hour),
    ("day", Unit::Day),
    ("night", Unit::Day),
    ("week", Unit::Week),
    ("weekend", Unit::Weekend),
    ("fortnight", Unit::Week),
    ("month", Unit::Month),
    ("quarter", Unit::Quarter),
    ("year", Unit::Year),
    ("decade", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
    ("millennium", Unit::Millennium),
    ("millennia", Unit::Millennium),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
    ("sec", Unit::Second),
    ("secs", Unit::Second),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
];

fn strip_dot(s: &str) -> String {
    s.trim_end_matches('.').to_ascii_lowercase()
}

/// The month number of a name or abbreviation ("Sept.", "august").
pub fn month(s: &str) -> Option<u8> {
    let s = strip_dot(s);
    MONTHS.iter().find(|(n, _)| *n == s).map(|&(_, m)| m)
}

/// The ISO weekday number of a name or abbreviation ("Tues.", "saturday").
pub fn weekday(s: &str) -> Option<u8> {
    let s = strip_dot(s);
    let s = s.strip_suffix("'s").or(s.strip_suffix("’s")).unwrap_or(&s);
    let s = s
        .strip_suffix('s')
        .filter(|x| x.ends_with("day"))
        .unwrap_or(s);
    WEEKDAYS.iter().find(|(n, _)| *n == s).map(|&(_, d)| d)
}

/// The season of a word.
pub fn season(s: &str) -> Option<Season> {
    let s = s.to_ascii_lowercase();
    SEASONS.iter().find(|(n, _)| *n == s).map(|&(_, v)| v)
}

/// The part of day of a word ("morning", "night").
pub fn day_part(s: &str) -> Option<DayPart> {
    let s = s.to_ascii_lowercase();
    DAY_PARTS.iter().find(|(n, _)| *n == s).map(|&(_, v)| v)
}

/// The duration unit of a word, singular or plural ("weeks", "centuries", "hrs").
pub fn unit(s: &str) -> Option<Unit> {
    let s = s.to_ascii_lowercase();
    let s = s.trim_end_matches('.');
    UNITS
        .iter()
        .find(|(n, _)| *n == s)
        .or_else(|| {
            let singular = s.strip_suffix('s')?;
            UNITS.iter().find(|(n, _)| *n == singular)
        })
        .map(|&(_, u)| u)
}

/// How many of its [`unit`] a unit word counts: two weeks for a fortnight, else one.
pub fn unit_multiple(s: &str) -> u32 {
    if s.get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("fortnight"))
    {
        2
    } else {
        1
    }
}

/// The number of an ordinal ("third", "21st", "3rd").
pub fn ordinal(s: &str) -> Option<u8> {
    let s = s.to_ascii_lowercase();
    if let Some(n) = ORDINALS.iter().find(|(n, _)| *n == s) {
        return Some(n.1);
    }
    // "twenty-first", "thirty first".
    if let Some((tens, unit)) = s.split_once(['-', ' ']) {
        let tens = match tens {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let unit = ORDINALS.iter().find(|(n, _)| *n == unit)?.1;
        return ((1..=9).contains(&unit) && tens + unit <= 31).then_some(tens + unit);
    }
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.len() < s.len() && !digits.is_empty() {
        return digits.parse().ok();
    }
    None
}

/// The value of a number written in digits ("124,000", "3.5") or words ("twenty-five",
/// "a", "a dozen", "one hundred"), in thousandths. `None` for vague amounts, which
/// [`is_vague_amount`] recognizes.
pub fn number(s: &str) -> Option<u64> {
    // Plain digits, the usual case, need none of the normalizing below.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<u64>().ok()?.checked_mul(1000);
    }
    let s = s.trim().to_ascii_lowercase().replace(['-', '‐'], " ");
    let digits: String = s.chars().filter(|c| *c != ',').collect();
    if digits.chars().all(|c| c.is_ascii_digit() || c == '.') && !digits.is_empty() {
        let (w, f) = digits.split_once('.').unwrap_or((&digits, ""));
        let whole: u64 = w.parse().ok()?;
        let f3: u64 = if f.is_empty() {
            0
        } else {
            format!("{:0<3}", &f[..f.len().min(3)]).parse().ok()?
        };
        return whole.checked_mul(1000)?.checked_add(f3);
    }
    let words: Vec<&str> = s.split_whitespace().filter(|w| *w != "and").collect();
    match words.as_slice() {
        ["a"] | ["an"] | ["one"] | ["single"] => return Some(1000),
        ["a", "couple"] | ["a", "couple", "of"] | ["couple"] | ["couple", "of"] | ["two"] => {
            return Some(2000);
        }
        ["a", "dozen"] | ["dozen"] => return Some(12_000),
        ["half", "a"] | ["half", "an"] | ["a", "half"] | ["half"] => return Some(500),
        ["a", "hundred"] => return Some(100_000),
        ["a", "thousand"] => return Some(1_000_000),
        _ => {}
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for w in words {
        if let Some(&(_, n)) = SMALL.iter().find(|(k, _)| *k == w) {
            current += n;
        } else if let Some(&(_, n)) = TENS.iter().find(|(k, _)| *k == w) {
            current += n;
        } else if w == "hundred" {
            current = current.max(1) * 100;
        } else if w == "thousand" {
            total += current.max(1) * 1000;
            current = 0;
        } else {
            return None;
        }
        any = true;
    }
    any.then_some((total + current) * 1000)
}

/// A year written in words: "nineteen ninety-six", "nineteen hundred and eighty", "nineteen
/// oh five", "two thousand", "two thousand and one", "twenty twenty-one".
///
/// ```
/// use chronicler::timex::lexicon::word_year;
/// assert_eq!(word_year("nineteen ninety-six"), Some(1996));
/// assert_eq!(word_year("two thousand and one"), Some(2001));
/// assert_eq!(word_year("twenty twenty-one"), Some(2021));
/// assert_eq!(word_year("ninety-six"), None);
/// ```
pub fn word_year(s: &str) -> Option<i32> {
    let s = s.to_ascii_lowercase().replace('-', " ");
    let words: Vec<&str> = s.split_whitespace().filter(|w| *w != "and").collect();
    let small = |ws: &[&str]| -> Option<i32> {
        if ws.is_empty() {
            return Some(0);
        }
        let joined = ws.join(" ");
        let n = number(&joined)? / 1000;
        (n < 100).then_some(n as i32)
    };
    match words.as_slice() {
        ["two", "thousand", rest @ ..] => Some(2000 + small(rest)?),
        [
            century @ ("nineteen" | "eighteen" | "twenty" | "seventeen"),
            "hundred",
            rest @ ..,
        ] => Some(small(&[century])? * 100 + small(rest)?),
        [
            century @ ("nineteen" | "eighteen" | "twenty" | "seventeen"),
            "oh",
            one,
        ] => {
            let n = small(&[one])?;
            (n < 10).then(|| small(&[century]).map(|c| c * 100 + n))?
        }
        [
            century @ ("nineteen" | "eighteen" | "twenty" | "seventeen"),
            rest @ ..,
        ] if !rest.is_empty() => {
            let n = small(rest)?;
            (n >= 10).then(|| small(&[century]).map(|c| c * 100 + n))?
        }
        _ => None,
    }
}

/// Whether an amount word is vague ("a few", "several", "some", "many") — a duration of
/// such an amount has an `X` amount.
pub fn is_vague_amount(s: &str) -> bool {
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "a few"
            | "few"
            | "several"
            | "some"
            | "many"
            | "a number of"
            | "numerous"
            | "the past few"
            | "a couple of"
            | "couple of"
    )
}

/// Regex alternation of month names: full names, and abbreviations (with optional period).
pub const MONTH_RE: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)";

/// Regex alternation of full month names only (for contexts where "Mar" would mislead).
pub const MONTH_FULL_RE: &str =
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)";

/// Regex alternation of weekday names (full names, and abbreviations with a period).
pub const WEEKDAY_RE: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\.)";

/// Regex alternation of number words up to ninety-nine, plus "a"/"an" handled by rules.
pub const NUMBER_WORD_RE: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|one hundred|a couple of|a couple|couple of)";

/// Regex for a number in digits (with thousands separators and decimals) or words.
pub const NUMBER_RE: &str = concat!(
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|",
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|one hundred|a couple of|a couple|couple of)",
    r"(?:[- ](?:and a half|hundred))?)"
);

/// Regex for duration unit words, singular and plural.
pub const UNIT_RE: &str = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a)|hrs?|mins?|secs?|yrs?)";

/// Regex for the days of a month written as ordinal words, "first" to "thirty-first".
pub const DAY_ORDINAL_WORD_RE: &str = r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

/// Regex for ordinal words and numbers up to 31st.
pub const ORDINAL_RE: &str = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:[12]?\d|3[01])(?:st|nd|rd|th))";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_map_to_numbers() {
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("May"), Some(5));
        assert_eq!(weekday("Tues."), Some(2));
        assert_eq!(weekday("Wednesday’s"), Some(3));
        assert_eq!(weekday("Sundays"), Some(7));
        assert_eq!(number("twenty-five"), Some(25_000));
        assert_eq!(number("124,000"), Some(124_000_000));
        assert_eq!(number("1.5"), Some(1500));
        assert_eq!(number("a dozen"), Some(12_000));
        assert_eq!(number("one hundred"), Some(100_000));
        assert_eq!(number("several"), None);
        assert!(is_vague_amount("several"));
        assert_eq!(unit("centuries"), Some(Unit::Century));
        assert_eq!(unit("weeks"), Some(Unit::Week));
        assert_eq!(ordinal("19th"), Some(19));
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(ordinal("Thirty first"), Some(31));
        assert_eq!(ordinal("thirty-second"), None);
        assert_eq!(ordinal("forty-first"), None);
    }
}
