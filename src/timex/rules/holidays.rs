//! Holidays, fixed ("Christmas", "the Fourth of July") and computed ("Easter",
//! "Thanksgiving", "Memorial Day"), with or without their year. The year of a holiday
//! without one is chosen like any date without a year (by tense in news).

use chrono::{Duration, NaiveDate, Weekday};

use super::{cand, next_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::spec::{Candidate, Dir, Spec};
use crate::value::TimexType;

/// A holiday whose date a year determines (US holidays where they differ by country).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// January 1.
    NewYearsDay,
    /// December 31.
    NewYearsEve,
    /// Third Monday of January.
    MartinLutherKingDay,
    /// February 14.
    ValentinesDay,
    /// Third Monday of February.
    PresidentsDay,
    /// March 17.
    StPatricksDay,
    /// Two days before Easter.
    GoodFriday,
    /// Easter Sunday (Gregorian computus).
    Easter,
    /// The day after Easter.
    EasterMonday,
    /// Second Sunday of May (US).
    MothersDay,
    /// Last Monday of May.
    MemorialDay,
    /// Third Sunday of June (US).
    FathersDay,
    /// July 4.
    IndependenceDay,
    /// First Monday of September.
    LaborDay,
    /// Second Monday of October.
    ColumbusDay,
    /// October 31.
    Halloween,
    /// November 11 (also Armistice Day, Remembrance Day).
    VeteransDay,
    /// May 8: Victory in Europe Day.
    VeDay,
    /// The Tuesday after the first Monday of November.
    ElectionDay,
    /// Fourth Thursday of November.
    Thanksgiving,
    /// December 24.
    ChristmasEve,
    /// December 25.
    Christmas,
    /// December 26.
    BoxingDay,
}

fn nth_weekday(year: i32, month: u32, wd: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, wd, n)
}

fn last_weekday(year: i32, month: u32, wd: Weekday) -> Option<NaiveDate> {
    nth_weekday(year, month, wd, 5).or_else(|| nth_weekday(year, month, wd, 4))
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
pub fn easter(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn date(self, year: i32) -> Option<NaiveDate> {
        use Holiday::*;
        let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
        match self {
            NewYearsDay => ymd(1, 1),
            NewYearsEve => ymd(12, 31),
            MartinLutherKingDay => nth_weekday(year, 1, Weekday::Mon, 3),
            ValentinesDay => ymd(2, 14),
            PresidentsDay => nth_weekday(year, 2, Weekday::Mon, 3),
            StPatricksDay => ymd(3, 17),
            GoodFriday => easter(year).map(|d| d - Duration::days(2)),
            Easter => easter(year),
            EasterMonday => easter(year).map(|d| d + Duration::days(1)),
            MothersDay => nth_weekday(year, 5, Weekday::Sun, 2),
            MemorialDay => last_weekday(year, 5, Weekday::Mon),
            FathersDay => nth_weekday(year, 6, Weekday::Sun, 3),
            IndependenceDay => ymd(7, 4),
            LaborDay => nth_weekday(year, 9, Weekday::Mon, 1),
            ColumbusDay => nth_weekday(year, 10, Weekday::Mon, 2),
            Halloween => ymd(10, 31),
            VeteransDay => ymd(11, 11),
            VeDay => ymd(5, 8),
            ElectionDay => nth_weekday(year, 11, Weekday::Mon, 1).map(|d| d + Duration::days(1)),
            Thanksgiving => nth_weekday(year, 11, Weekday::Thu, 4),
            ChristmasEve => ymd(12, 24),
            Christmas => ymd(12, 25),
            BoxingDay => ymd(12, 26),
        }
    }

    fn from_words(s: &str) -> Option<Holiday> {
        use Holiday::*;
        let s: String = s
            .to_ascii_lowercase()
            .replace(['’', '\''], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let s = s.trim_start_matches("the ");
        Some(match s {
            "new years" | "new years day" => NewYearsDay,
            "new years eve" => NewYearsEve,
            "martin luther king day"
            | "martin luther king jr. day"
            | "martin luther king jr day"
            | "mlk day" => MartinLutherKingDay,
            "valentines day" => ValentinesDay,
            "presidents day" => PresidentsDay,
            "st. patricks day" | "st patricks day" | "saint patricks day" => StPatricksDay,
            "good friday" => GoodFriday,
            "easter" | "easter sunday" => Easter,
            "easter monday" => EasterMonday,
            "mothers day" => MothersDay,
            "memorial day" => MemorialDay,
            "fathers day" => FathersDay,
            "independence day" | "fourth of july" | "july fourth" => IndependenceDay,
            "labor day" | "labour day" => LaborDay,
            "columbus day" => ColumbusDay,
            "halloween" => Halloween,
            "veterans day" | "armistice day" | "remembrance day" => VeteransDay,
            "v-e day" | "ve day" => VeDay,
            "election day" => ElectionDay,
            "thanksgiving" | "thanksgiving day" => Thanksgiving,
            "christmas eve" => ChristmasEve,
            "christmas" | "christmas day" | "xmas" => Christmas,
            "boxing day" => BoxingDay,
            _ => return None,
        })
    }
}

fn holiday(h: &Hit) -> Option<Candidate> {
    let holiday = Holiday::from_words(h.get("h")?)?;
    let year = match h.get("y") {
        Some(y) => Some(y.parse().ok()?),
        None => None,
    };
    // "Christmas tree", "Easter eggs": things, not dates.
    if year.is_none()
        && matches!(
            next_lower(h).as_ref(),
            "tree"
                | "trees"
                | "card"
                | "cards"
                | "carol"
                | "carols"
                | "gift"
                | "gifts"
                | "present"
                | "presents"
                | "lights"
                | "decorations"
                | "music"
                | "song"
                | "songs"
                | "spirit"
                | "market"
                | "markets"
                | "egg"
                | "eggs"
                | "bunny"
                | "movie"
                | "film"
                | "island"
                | "shopping"
                | "sales"
                | "sale"
                | "costume"
                | "costumes"
                | "candy"
        )
    {
        return None;
    }
    let dir = match h.get("dir").map(|d| d.to_ascii_lowercase()) {
        Some(d) if d == "last" => Some(Dir::Past),
        Some(d) if d == "next" => Some(Dir::Future),
        Some(_) => Some(Dir::Same),
        None => None,
    };
    Some(cand(
        h,
        TimexType::Date,
        Spec::Holiday { holiday, year, dir },
    ))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[Rule {
    name: "holiday",
    pattern: r"\b(?:(?P<dir>last|next|this)\s+)?(?P<h>new\s+year['’]?s(?:\s+(?:day|eve))?|christmas(?:\s+(?:day|eve))?|xmas|easter(?:\s+(?:sunday|monday))?|good\s+friday|thanksgiving(?:\s+day)?|memorial\s+day|labou?r\s+day|independence\s+day|the\s+fourth\s+of\s+july|july\s+fourth|veterans['’]?\s+day|armistice\s+day|remembrance\s+day|v-?e\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|mlk\s+day|presidents['’]?\s+day|valentine['’]?s\s+day|halloween|mother['’]?s\s+day|father['’]?s\s+day|columbus\s+day|election\s+day|boxing\s+day|st\.?\s+patrick['’]?s\s+day)(?:\s*,?\s+(?P<y>1\d{3}|20\d{2}))?\b",
    produce: holiday,
}];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn computed_holidays_fall_on_their_days() {
        assert_eq!(easter(2021).unwrap().to_string(), "2021-04-04");
        assert_eq!(easter(2000).unwrap().to_string(), "2000-04-23");
        assert_eq!(
            Holiday::Thanksgiving.date(1999).unwrap().to_string(),
            "1999-11-25"
        );
        assert_eq!(
            Holiday::MemorialDay.date(2021).unwrap().to_string(),
            "2021-05-31"
        );
        assert_eq!(
            Holiday::LaborDay.date(2021).unwrap().to_string(),
            "2021-09-06"
        );
        assert_eq!(
            Holiday::ElectionDay.date(2020).unwrap().to_string(),
            "2020-11-03"
        );
        assert_eq!(
            Holiday::GoodFriday.date(2021).unwrap().weekday(),
            Weekday::Fri
        );
    }
}
