//! How fast `check` is on many articles and many claims: 1,000 synthetic articles (about
//! ten dated sentences each) and 1,000 claims about them, generated deterministically.
//!
//! - `check/claims_1000x1000`: index the articles' dated events and give every claim its
//!   verdict (the articles analysed beforehand);
//! - `check/conflicts_1000`: the conflicts between the 1,000 articles;
//! - `check/end_to_end_1000x1000`: analyse the articles (time expressions, events), then
//!   check the claims — what `chronicler check --claims` does after reading the files.
//!
//! Run: `cargo bench --bench check`.

use std::hint::black_box;
use std::time::Duration;

use chronicler::check::{self, Claim, claims};
use chronicler::chronology::{self, Chronology};
use chronicler::document::{Dct, DctSource, Document};
use chronicler::pipeline::{self, Analysis};
use chrono::{Datelike, Duration as Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "mar", "ten", "vol", "ka", "ri", "don", "bel", "sa", "tor", "quin", "la", "mo", "res", "fal",
    "gar", "ne", "vi", "ost", "pel", "dra",
];
const VERBS: &[&str] = &[
    "opened",
    "closed",
    "approved",
    "rejected",
    "announced",
    "cancelled",
    "launched",
    "sold",
    "bought",
    "renovated",
    "inspected",
    "flooded",
    "repaired",
    "dedicated",
    "evacuated",
    "expanded",
    "suspended",
    "restored",
    "auctioned",
    "demolished",
];
const OBJECTS: &[&str] = &[
    "the old bridge",
    "a new library",
    "the rail depot",
    "the city budget",
    "the harbor wall",
    "a school annex",
    "the water plant",
    "the county fair",
    "a wind farm",
    "the museum wing",
    "the ferry line",
    "a housing plan",
    "the stadium roof",
    "the power station",
    "a clinic",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn name(rng: &mut Rng) -> String {
    let n = 3 + rng.below(2);
    let mut s: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    s[..1].make_ascii_uppercase();
    s
}

/// One fact of an article: who did what, and the date the article gives it.
struct Fact {
    subject: String,
    verb: &'static str,
    object: &'static str,
    date: NaiveDate,
}

/// 1,000 articles and the facts they state.
fn articles(n: usize) -> (Vec<Document>, Vec<Fact>) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let base = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let mut docs = Vec::with_capacity(n);
    let mut facts = Vec::new();
    for d in 0..n {
        let dct = base + Days::days(rng.below(3000) as i64);
        let mut text = format!("{} report\n\n", name(&mut rng));
        for _ in 0..10 {
            let subject = format!("{} {}", name(&mut rng), name(&mut rng));
            let verb = VERBS[rng.below(VERBS.len())];
            let object = OBJECTS[rng.below(OBJECTS.len())];
            let place = name(&mut rng);
            let (when, date) = match rng.below(3) {
                0 => {
                    let back = 1 + rng.below(6) as i64;
                    let day = dct - Days::days(back);
                    (
                        format!(
                            "on {}",
                            WEEKDAYS[day.weekday().num_days_from_monday() as usize]
                        ),
                        day,
                    )
                }
                1 => {
                    let day = dct - Days::days(rng.below(400) as i64 + 7);
                    (
                        format!(
                            "on {} {}, {}",
                            MONTHS[day.month0() as usize],
                            day.day(),
                            day.year()
                        ),
                        day,
                    )
                }
                _ => {
                    let day = dct - Days::days(rng.below(2000) as i64 + 40);
                    (
                        format!("in {} {}", MONTHS[day.month0() as usize], day.year()),
                        day,
                    )
                }
            };
            text.push_str(&format!(
                "{subject} {verb} {object} in {place} {when}, officials said.\n"
            ));
            facts.push(Fact {
                subject,
                verb,
                object,
                date,
            });
        }
        let dct = Dct {
            date: dct,
            source: DctSource::Option,
        };
        docs.push(Document::from_text(
            &format!("article-{d:04}.txt"),
            &text,
            Some(dct),
        ));
    }
    (docs, facts)
}

/// 1,000 claims: a third true, a third with a wrong year, a third about nothing reported.
fn claims_about(facts: &[Fact], n: usize) -> Vec<Claim> {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut csv = String::from("event,date\n");
    for i in 0..n {
        let f = &facts[rng.below(facts.len())];
        match i % 3 {
            0 => csv.push_str(&format!(
                "{} {} {},{}\n",
                f.subject, f.verb, f.object, f.date
            )),
            1 => csv.push_str(&format!(
                "{} {} {},{}\n",
                f.subject,
                f.verb,
                f.object,
                f.date.year() - 3
            )),
            _ => csv.push_str(&format!(
                "{} {} {} stole {},{}\n",
                name(&mut rng),
                name(&mut rng),
                name(&mut rng),
                f.object,
                f.date.year()
            )),
        }
    }
    claims::parse(&csv, "bench-claims.csv").expect("generated claims parse")
}

fn bench(c: &mut Criterion) {
    let (docs, facts) = articles(1000);
    let claims = claims_about(&facts, 1000);
    let analyses: Vec<Analysis> = docs
        .iter()
        .cloned()
        .map(pipeline::analyze_for_chronology)
        .collect();
    let chron: Chronology = chronology::build(&analyses);
    eprintln!(
        "{} articles, {} dated events, {} claims",
        analyses.len(),
        chron.entries.len(),
        claims.len()
    );
    let findings = check::check_claims_in(&claims, &chron);
    let count = |v: check::Verdict| findings.iter().filter(|f| f.verdict == v).count();
    eprintln!(
        "verdicts: {} supported, {} contradicted, {} unverified",
        count(check::Verdict::Supported),
        count(check::Verdict::Contradicted),
        count(check::Verdict::Unverified)
    );
    // The articles are unrelated: every conflict found among them is a false one.
    eprintln!(
        "conflicts among unrelated articles: {}",
        check::find_conflicts_in(&chron).len()
    );

    let mut g = c.benchmark_group("check");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("claims_1000x1000", |b| {
        b.iter(|| check::check_claims_in(black_box(&claims), black_box(&chron)))
    });
    g.bench_function("conflicts_1000", |b| {
        b.iter(|| check::find_conflicts_in(black_box(&chron)))
    });
    g.bench_function("end_to_end_1000x1000", |b| {
        b.iter(|| {
            let analyses: Vec<Analysis> = docs
                .iter()
                .cloned()
                .map(pipeline::analyze_for_chronology)
                .collect();
            check::check_claims(black_box(&claims), &analyses)
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    // No plots: criterion's plotter needs system fonts this machine may not have.
    config = Criterion::default().without_plots();
    targets = bench
}
criterion_main!(benches);
