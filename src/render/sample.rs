//! Deterministic sample chronologies for tests, benchmarks and demonstrations: one built by
//! hand from the sample article (`afghanistan-milley-2021-09-01.txt`, DCT 2021-09-01), and
//! generated ones of any size that cluster in recent weeks like a news archive does.

use chrono::NaiveDate;

use crate::chronology::{Chronology, DocumentInfo, Entry, Relation};
use crate::value::{Granularity, Mod, Value};

/// The source id of the sample article.
pub const SEED_SOURCE: &str = "input/afghanistan-milley-2021-09-01.txt";

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

/// One entry; `range` overrides the value's own interval (for anchored durations).
#[allow(clippy::too_many_arguments)]
fn entry(
    value: &str,
    m: Option<Mod>,
    range: Option<(&str, &str, Granularity)>,
    event: &str,
    timex: &str,
    quote: &str,
    source: &str,
    offset: usize,
) -> Option<Entry> {
    let v: Value = value.parse().ok()?;
    let (start, end, granularity) = match range {
        Some((a, b, g)) => (date(a), date(b), g),
        None => {
            let iv = v.interval(m)?;
            (iv.start, iv.end, iv.granularity)
        }
    };
    Some(Entry {
        ty: v.natural_type(),
        value: v,
        start,
        end,
        granularity,
        event: event.into(),
        timex: timex.into(),
        quote: quote.into(),
        source: source.into(),
        char_start: offset,
        char_end: offset + timex.chars().count(),
        confidence: 0.9,
        modifier: m,
        relation: Relation::At,
        trigger: None,
        rule: "sample".into(),
    })
}

/// The chronology a reader would draw from the sample article: the fall of 2001, the
/// 20-year war as a range ending at the DCT, the IS video, Milley's meetings, the May 1
/// departure date, the mid-August collapse, last week's bombing, Saturday's drone strike,
/// and several events on August 31 and September 1.
pub fn seed() -> Chronology {
    use Granularity as G;
    let s = SEED_SOURCE;
    let rows = [
        entry(
            "2001-FA",
            None,
            None,
            "US military ousted the Taliban from power",
            "the fall of 2001",
            "The US military ousted the Taliban from power in the fall of 2001 and fought against them for the 19 years that followed.",
            s,
            1251,
        ),
        entry(
            "P20Y",
            None,
            Some(("2001-09-01", "2021-09-01", G::Year)),
            "Austin and Milley commanded troops in Afghanistan during the war",
            "20-year",
            "Both Austin and Milley commanded troops in Afghanistan during the 20-year war and their comments at Wednesday’s news conference largely focused on tributes to those who served in Afghanistan, including those who died or were wounded.",
            s,
            3562,
        ),
        entry(
            "P19Y",
            None,
            Some(("2001-12-01", "2020-11-30", G::Year)),
            "US military fought against the Taliban",
            "the 19 years that followed",
            "The US military ousted the Taliban from power in the fall of 2001 and fought against them for the 19 years that followed.",
            s,
            1300,
        ),
        entry(
            "2020-09-20",
            None,
            None,
            "Islamic State Khorasan shared a video of a member in Afghanistan",
            "September 20, 2020",
            "A member of Islamic State Khorasan is seen in Afghanistan, in a video shared by the group on September 20, 2020.",
            s,
            2076,
        ),
        entry(
            "2020",
            None,
            None,
            "Milley met face-to-face with Taliban leaders, twice",
            "last year",
            "Milley has recent experience with Taliban leaders; twice last year, most recently in December, he met face-to-face with them in an attempt to slow their attacks on the US-backed Afghan government, which collapsed in mid-August, triggering the frantic US-led evacuation.",
            s,
            3095,
        ),
        entry(
            "2020-12",
            None,
            None,
            "Milley met face-to-face with Taliban leaders to slow their attacks",
            "December",
            "Milley has recent experience with Taliban leaders; twice last year, most recently in December, he met face-to-face with them in an attempt to slow their attacks on the US-backed Afghan government, which collapsed in mid-August, triggering the frantic US-led evacuation.",
            s,
            3129,
        ),
        entry(
            "2021-05-01",
            None,
            None,
            "Final departure first negotiated with the Taliban by former president Donald Trump",
            "May 1",
            "But he said it was inevitable that the final departure from two decades of war, first negotiated with the Taliban for May 1 by former president Donald Trump, would have been difficult.",
            s,
            5702,
        ),
        entry(
            "2021-08",
            Some(Mod::Mid),
            None,
            "US-backed Afghan government collapsed",
            "mid-August",
            "…the US-backed Afghan government, which collapsed in mid-August, triggering the frantic US-led evacuation.",
            s,
            3299,
        ),
        entry(
            "P3W",
            None,
            Some(("2021-08-11", "2021-09-01", G::Week)),
            "US commanders coordinated daily with Taliban commanders outside the Kabul airport",
            "the past three weeks",
            "US military commanders coordinated daily with Taliban commanders outside the Kabul airport over the past three weeks to facilitate the evacuation of more than 124,000 people.",
            s,
            1015,
        ),
        entry(
            "2021-W34",
            None,
            None,
            "IS suicide bombing at a Kabul airport gate killed at least 169 Afghans and 13 American service members",
            "last week",
            "Biden has promised further targeting of the Islamic State group in Afghanistan in response to the IS suicide bombing last week at a Kabul airport gate that killed at least 169 Afghans and 13 American service members.",
            s,
            2267,
        ),
        entry(
            "2021-08-28",
            None,
            None,
            "US military carried out a drone strike in Afghanistan that it said killed two IS planners",
            "Saturday",
            "On Saturday, the US military carried out a drone strike in Afghanistan that it said killed two IS planners.",
            s,
            2380,
        ),
        entry(
            "P20D",
            None,
            Some(("2021-08-12", "2021-09-01", G::Day)),
            "What has unfolded over the last 20 days",
            "the last 20 days",
            "“When we see what has unfolded over the last 20 years and over the last 20 days, that creates pain and anger.”",
            s,
            4240,
        ),
        entry(
            "2021-08-31",
            None,
            None,
            "Biden said “To ISIS-K: We are not done with you yet”",
            "Tuesday",
            "On Tuesday, Biden said, “To ISIS-K: We are not done with you yet,” referring to the IS Afghan offshoot.",
            s,
            2474,
        ),
        entry(
            "2021-08-31",
            None,
            None,
            "Taliban spokesman Zabihullah Mujahid spoke to the media at the airport in Kabul",
            "August 31, 2021",
            "Taliban spokesman Zabihullah Mujahid (C, with shawl) speaks to the media at the airport in Kabul on August 31, 2021.",
            s,
            4689,
        ),
        entry(
            "2021-08-31",
            None,
            None,
            "Biden defended his decision to end America’s longest war in an address to the nation",
            "Tuesday",
            "Biden in an address to the nation Tuesday defended his decision to end America’s longest war and withdraw all US troops by an August 31 deadline.",
            s,
            5133,
        ),
        entry(
            "2021-08-31",
            Some(Mod::OnOrBefore),
            None,
            "Deadline to withdraw all US troops",
            "an August 31 deadline",
            "Biden in an address to the nation Tuesday defended his decision to end America’s longest war and withdraw all US troops by an August 31 deadline.",
            s,
            5227,
        ),
        entry(
            "2021-09-01",
            None,
            None,
            "Milley said coordination with the Taliban on strikes against IS is “possible”",
            "Wednesday",
            "Milley did not elaborate, and his comment Wednesday did not appear to suggest immediate plans to work with the Taliban.",
            s,
            861,
        ),
        entry(
            "2021-09-01",
            None,
            None,
            "Milley spoke during a briefing with Defense Secretary Lloyd Austin at the Pentagon",
            "September 1, 2021",
            "US Joint Chiefs of Staff Gen. Mark Milley speaks during a briefing with Secretary of Defense Lloyd Austin at the Pentagon in Washington, September 1, 2021, about the end of the war in Afghanistan.",
            s,
            389,
        ),
        entry(
            "2021-09-01",
            None,
            None,
            "Austin and Milley paid tribute to those who served in Afghanistan",
            "Wednesday’s",
            "Both Austin and Milley commanded troops in Afghanistan during the 20-year war and their comments at Wednesday’s news conference largely focused on tributes to those who served.",
            s,
            3651,
        ),
    ];
    let mut c = Chronology {
        documents: vec![DocumentInfo {
            id: SEED_SOURCE.into(),
            dct: Some("2021-09-01".into()),
            dct_source: Some("file name".into()),
            doc_type: "news".into(),
            title: Some(
                "US general says coordination with Taliban ‘possible’ on strikes against IS".into(),
            ),
        }],
        entries: rows.into_iter().flatten().collect(),
    };
    c.sort();
    c
}

/// A small deterministic pseudo-random generator (64-bit LCG), so samples never change.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const SUBJECTS: &[&str] = &[
    "US military",
    "The Taliban",
    "Gen. Mark Milley",
    "President Biden",
    "Zabihullah Mujahid",
    "Lloyd Austin",
    "Islamic State Khorasan",
    "Afghan government",
    "NATO allies",
    "Qatar’s foreign ministry",
    "Ashraf Ghani",
    "Kābul municipality",
    "Le ministère français des Armées",
    "UN Security Council",
    "Marine Gen. Frank McKenzie",
];
const VERBS: &[&str] = &[
    "announced",
    "carried out",
    "met with",
    "negotiated",
    "withdrew from",
    "evacuated",
    "criticised",
    "signed",
    "took control of",
    "warned about",
    "suspended",
    "reopened",
];
const OBJECTS: &[&str] = &[
    "the Kabul airport",
    "a drone strike",
    "peace talks in Doha",
    "the final airlift",
    "Bagram air base",
    "the provincial capitals",
    "an agreement on safe passage",
    "the embassy",
    "thousands of Afghan interpreters and their families awaiting special immigrant visas",
    "counterterrorism operations",
    "the northern alliance",
    "humanitarian aid convoys",
];
const PLACES: &[&str] = &[
    "",
    "",
    " in Kandahar",
    " near Jalalabad",
    " in Herat",
    " at the Pentagon",
    " in Doha, Qatar",
    " in Mazar-i-Sharif",
    " at the Abbey Gate",
];

/// A generated chronology of `n` events from five sources, deterministic for a given `n`.
///
/// Most events fall in August 2021, fewer in the year before, a scattering over
/// 2001–2019 and a few decades and years further back; values cover days, times, weeks,
/// months, seasons, quarters, years, decades and anchored durations, some of them fuzzy.
pub fn generated(n: usize) -> Chronology {
    let mut rng = Lcg(0x5EED_0000 ^ n as u64);
    let sources = [
        "archive/ap-2021-09-01.txt",
        "archive/reuters-2021-08-31.txt",
        "archive/afp-2021-08-30.txt",
        "archive/times-of-israel-2021-09-01.txt",
        "archive/bbc-2021-08-27.txt",
    ];
    let dcts = [
        "2021-09-01",
        "2021-08-31",
        "2021-08-30",
        "2021-09-01",
        "2021-08-27",
    ];
    let documents = sources
        .iter()
        .zip(dcts)
        .map(|(id, dct)| DocumentInfo {
            id: (*id).into(),
            dct: Some(dct.into()),
            dct_source: Some("file name".into()),
            doc_type: "news".into(),
            title: None,
        })
        .collect();
    let mut entries = Vec::with_capacity(n);
    let mut i = 0usize;
    while entries.len() < n {
        i += 1;
        let era = rng.below(100);
        let (year, month, day) = if era < 62 {
            (2021, 8, 1 + rng.below(31) as u32)
        } else if era < 70 {
            (2021, 9, 1)
        } else if era < 86 {
            let m = 1 + rng.below(12) as u32;
            (
                if m >= 9 { 2020 } else { 2021 },
                m,
                1 + rng.below(28) as u32,
            )
        } else if era < 96 {
            (
                2001 + rng.below(19) as i32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            )
        } else {
            (
                1979 + rng.below(22) as i32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            )
        };
        let kind = rng.below(100);
        let (value, m, range) = match kind {
            0..=54 => (format!("{year}-{month:02}-{day:02}"), None, None),
            55..=62 => (
                format!(
                    "{year}-{month:02}-{day:02}T{:02}:{:02}",
                    rng.below(24),
                    rng.below(60)
                ),
                None,
                None,
            ),
            63..=66 => (format!("{year}-{month:02}-{day:02}TNI"), None, None),
            67..=72 => {
                let d = NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default();
                let w = chrono::Datelike::iso_week(&d);
                (format!("{}-W{:02}", w.year(), w.week()), None, None)
            }
            73..=82 => {
                let m = [None, None, Some(Mod::Start), Some(Mod::Mid), Some(Mod::End)]
                    [rng.below(5) as usize];
                (format!("{year}-{month:02}"), m, None)
            }
            83..=85 => (
                format!("{year}-{}", ["SP", "SU", "FA", "WI"][rng.below(4) as usize]),
                None,
                None,
            ),
            86..=87 => (format!("{year}-Q{}", 1 + rng.below(4)), None, None),
            88..=93 => {
                let m = [
                    None,
                    None,
                    Some(Mod::Start),
                    Some(Mod::End),
                    Some(Mod::Approx),
                ][rng.below(5) as usize];
                (format!("{year}"), m, None)
            }
            94..=95 => (format!("{}", year / 10), None, None),
            96 => (
                format!("{year}-{month:02}-{day:02}"),
                Some(Mod::Approx),
                None,
            ),
            _ => {
                let years = 1 + rng.below(20);
                let end = NaiveDate::from_ymd_opt(2021, 9, 1).unwrap_or_default();
                let start = NaiveDate::from_ymd_opt(2021 - years as i32, 9, 1).unwrap_or_default();
                (format!("P{years}Y"), None, Some((start, end)))
            }
        };
        let Ok(v) = value.parse::<Value>() else {
            continue;
        };
        let (start, end, granularity) = match range {
            Some((a, b)) => (a, b, Granularity::Year),
            None => match v.interval(m) {
                Some(iv) => (iv.start, iv.end, iv.granularity),
                None => continue,
            },
        };
        let mut event = format!(
            "{} {} {}{}",
            rng.pick(SUBJECTS),
            rng.pick(VERBS),
            rng.pick(OBJECTS),
            rng.pick(PLACES)
        );
        if rng.chance(3) {
            event.push_str(", according to officials who spoke on condition of anonymity because they were not authorized to discuss the operation publicly");
        }
        let src = rng.below(if era < 62 { 5 } else { 3 }) as usize;
        let timex = value.clone();
        let quote = format!("{event}, officials said on {value}.");
        entries.push(Entry {
            ty: v.natural_type(),
            value: v,
            start,
            end,
            granularity,
            quote,
            timex,
            event,
            source: sources[src].into(),
            char_start: i * 40,
            char_end: i * 40 + 10,
            confidence: 0.5 + rng.below(50) as f32 / 100.0,
            modifier: m,
            relation: Relation::At,
            trigger: None,
            rule: "generated".into(),
        });
    }
    let mut c = Chronology { documents, entries };
    c.sort();
    c
}
