//! `check` on its own test set (`tests/data/check/`): four pairs of short articles about the
//! same events, written for this test, with DCTs in their file names, and
//! - `claims.csv`: 45 dated claims whose verdicts (`expected`) were decided from the texts
//!   before the checker ran (15 supported, 15 contradicted, 15 unverified);
//! - `conflicts.tsv`: the events the two articles of a pair date differently;
//! - `agreements.tsv`: the events both articles of a pair date alike (merged into one row);
//! - `warnings.tsv`: the inconsistencies inside single articles.
//!
//! Every verdict, conflict, agreement and warning is asserted. A miss the checker is known to
//! make is listed with its reason and pinned (so fixing it fails the test until the list is
//! updated). Accuracy is printed: `cargo test --test check -- --nocapture`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chronicler::check::{self, Verdict, claims};
use chronicler::chronology::{self, Chronology, Entry};
use chronicler::document::read::ReadOptions;
use chronicler::document::{Input, read_inputs};
use chronicler::pipeline::{self, Analysis};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check")
}

/// The articles, analysed with their file-name DCTs.
fn analyses() -> Vec<Analysis> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "four pairs of articles");
    let inputs: Vec<Input> = files.into_iter().map(Input::Path).collect();
    read_inputs(&inputs, ReadOptions::default())
        .map(|d| pipeline::analyze(d.unwrap()))
        .collect()
}

fn file_name(source: &str) -> &str {
    source.rsplit('/').next().unwrap_or(source)
}

/// Rows of a `#`-commented TSV.
fn tsv(name: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(data().join(name))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// Claims the checker is known to get wrong: (row, verdict it gives, why).
const KNOWN_CLAIM_MISSES: &[(usize, &str, &str)] = &[(
    43,
    "contradicted",
    "\"Earthquake struck Kellen\": \"struck\" and \"Kellen\" match \"The last comparable flood \
     struck Kellen in the spring of 1998\"; that the missing word, \"earthquake\", names the \
     event (while \"traffic\" in \"Millbrook Bridge opened to traffic\" does not) needs word \
     classes the matcher does not have",
)];

#[test]
fn every_claim_gets_the_verdict_decided_up_front() {
    let text = std::fs::read_to_string(data().join("claims.csv")).unwrap();
    let claims = claims::parse(&text, "claims.csv").unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let expected: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().get(3).unwrap().to_string())
        .collect();
    assert_eq!(claims.len(), 45);
    for v in ["supported", "contradicted", "unverified"] {
        assert_eq!(expected.iter().filter(|e| *e == v).count(), 15, "{v}");
    }

    let outcome = check::check_claims(&claims, &analyses());
    let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for (f, want) in outcome.findings.iter().zip(&expected) {
        let got = f.verdict.as_str();
        *confusion
            .entry((want.clone(), got.to_string()))
            .or_default() += 1;
        let known = KNOWN_CLAIM_MISSES.iter().find(|k| k.0 == f.claim.row);
        match known {
            Some(&(_, pinned, why)) => assert_eq!(
                got, pinned,
                "row {} is listed as a known miss ({why}); it now gives {got}: update the list",
                f.claim.row
            ),
            None if got != want => wrong.push(format!(
                "row {} {:?} {}: expected {want}, got {got} (evidence {:?}, score {:?})",
                f.claim.row,
                f.claim.event,
                f.claim.date,
                f.evidence.as_ref().map(|e| (&e.value, &e.event)),
                f.score
            )),
            None => {}
        }
        // Evidence goes with supported and contradicted claims only; precision with
        // supported ones.
        assert_eq!(f.evidence.is_some(), f.verdict != Verdict::Unverified);
        assert_eq!(f.precision.is_some(), f.verdict == Verdict::Supported);
        if let (Some(e), Some(s)) = (&f.evidence, &f.claim.source) {
            assert!(
                e.source.ends_with(s.as_str()),
                "row {}: {} is not {s}",
                f.claim.row,
                e.source
            );
        }
    }
    let right = outcome
        .findings
        .iter()
        .zip(&expected)
        .filter(|(f, e)| f.verdict.as_str() == e.as_str())
        .count();
    println!("verdict accuracy: {right}/{} claims", expected.len());
    for ((want, got), n) in &confusion {
        println!("  expected {want:<12} got {got:<12} {n}");
    }
    assert!(wrong.is_empty(), "wrong verdicts:\n{}", wrong.join("\n"));
    assert_eq!(right + KNOWN_CLAIM_MISSES.len(), expected.len());
}

#[test]
fn precision_says_how_the_dates_fit() {
    let text = std::fs::read_to_string(data().join("claims.csv")).unwrap();
    let claims = claims::parse(&text, "claims.csv").unwrap();
    let outcome = check::check_claims(&claims, &analyses());
    let precision = |row: usize| {
        outcome
            .findings
            .iter()
            .find(|f| f.claim.row == row)
            .and_then(|f| f.precision)
            .map(|p| p.as_str())
    };
    // 2024-05-07 and "on Tuesday" (2024-05-07); 2022-02 and "mid-February 2022";
    // 2023-W44 and "on Wednesday" (2023-11-01); 1998 and "the spring of 1998".
    assert_eq!(precision(2), Some("exact"));
    assert_eq!(precision(7), Some("within"));
    assert_eq!(precision(23), Some("within"));
    assert_eq!(precision(46), Some("within"));
}

/// The pairs `same_event_pairs` finds, with whether their dates are disjoint.
fn found_pairs(chron: &Chronology) -> Vec<(String, String, String, String)> {
    check::find_conflicts_in(chron)
        .into_iter()
        .map(|c| {
            (
                file_name(&c.a.source).to_string(),
                c.a.value.to_string(),
                file_name(&c.b.source).to_string(),
                c.b.value.to_string(),
            )
        })
        .collect()
}

fn same(row: &[String], got: &(String, String, String, String)) -> bool {
    let (a, b, c, d) = got;
    (row[0] == *a && row[1] == *b && row[2] == *c && row[3] == *d)
        || (row[0] == *c && row[1] == *d && row[2] == *a && row[3] == *b)
}

#[test]
fn conflicts_between_the_pairs_are_the_expected_ones() {
    let chron = chronology::build(&analyses());
    let found = found_pairs(&chron);
    let expected = tsv("conflicts.tsv");
    let missed: Vec<_> = expected
        .iter()
        .filter(|e| !found.iter().any(|f| same(e, f)))
        .collect();
    let extra: Vec<_> = found
        .iter()
        .filter(|f| !expected.iter().any(|e| same(e, f)))
        .collect();
    println!(
        "conflicts: {} expected, {} found, {} correct, {} missed, {} extra",
        expected.len(),
        found.len(),
        found.len() - extra.len(),
        missed.len(),
        extra.len()
    );
    assert!(missed.is_empty(), "missed conflicts: {missed:?}");
    assert!(extra.is_empty(), "conflicts that are not: {extra:?}");
}

#[test]
fn two_articles_that_agree_have_no_conflicts() {
    let a: Vec<Analysis> = analyses()
        .into_iter()
        .filter(|a| a.doc.id.contains("bridge-a") || a.doc.id.contains("flood-a"))
        .collect();
    assert!(check::find_conflicts(&a).conflicts.is_empty());
    // The same article twice, once with its date shifted a day: the weekdays move, and
    // every dated event that moves is a conflict with itself.
    let text = std::fs::read_to_string(data().join("bridge-a-2023-11-03.txt")).unwrap();
    let doc = |id: &str, dct: &str| {
        let dct = chronicler::document::Dct {
            date: dct.parse().unwrap(),
            source: chronicler::document::DctSource::Option,
        };
        pipeline::analyze(chronicler::document::Document::from_text(
            id,
            &text,
            Some(dct),
        ))
    };
    assert!(
        check::find_conflicts(&[doc("x", "2023-11-03"), doc("y", "2023-11-03")])
            .conflicts
            .is_empty()
    );
    let shifted =
        check::find_conflicts(&[doc("x", "2023-11-03"), doc("y", "2023-11-10")]).conflicts;
    let moved: Vec<String> = shifted.iter().map(|c| c.a.timex.clone()).collect();
    assert_eq!(moved, ["Saturday", "Sunday", "Wednesday"], "{shifted:?}");
}

/// Agreements the merge is known to miss: (source_a, value_a, why).
const KNOWN_MERGE_MISSES: &[(&str, &str, &str)] = &[(
    "flood-a-2021-07-20.txt",
    "1998-SP",
    "\"Residents last saw such a flood in 1998\" and \"The last comparable flood struck \
     Kellen in the spring of 1998\" share two words (\"last\", \"flood\") and no predicate: \
     too little to be sure it is one event",
)];

#[test]
fn merge_joins_the_agreeing_mentions_and_nothing_else() {
    let chron = chronology::build(&analyses());
    let merged = chronology::merge(&chron);
    let mention = |e: &Entry| (file_name(&e.source).to_string(), e.value.to_string());
    let groups: Vec<Vec<(String, String)>> = merged
        .mentions
        .iter()
        .filter(|m| m.len() > 1)
        .map(|m| m.iter().map(mention).collect())
        .collect();
    let expected = tsv("agreements.tsv");
    let mut joined = 0;
    for e in &expected {
        let a = (e[0].clone(), e[1].clone());
        let b = (e[2].clone(), e[3].clone());
        let together = groups.iter().any(|g| g.contains(&a) && g.contains(&b));
        match KNOWN_MERGE_MISSES
            .iter()
            .find(|k| k.0 == e[0] && k.1 == e[1])
        {
            Some(k) => assert!(
                !together,
                "{e:?} is a known miss ({}); update the list",
                k.2
            ),
            None => assert!(together, "not merged: {e:?}\ngroups: {groups:?}"),
        }
        joined += usize::from(together);
    }
    // No other group: every merged row is an expected agreement.
    for g in &groups {
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(
            expected
                .iter()
                .any(|e| g.contains(&(e[0].clone(), e[1].clone()))
                    && g.contains(&(e[2].clone(), e[3].clone()))),
            "merged rows that are not one event: {g:?}"
        );
    }
    println!(
        "merge: {joined}/{} agreements joined, {} groups",
        expected.len(),
        groups.len()
    );
    // Rows: one per group, the others unchanged; the source cell lists both sources.
    let merged_rows: usize = merged.mentions.iter().map(Vec::len).sum();
    assert_eq!(merged_rows, chron.entries.len());
    assert_eq!(
        merged.chronology.entries.len(),
        chron.entries.len() - groups.len()
    );
    for (row, mentions) in merged.chronology.entries.iter().zip(&merged.mentions) {
        if mentions.len() > 1 {
            assert_eq!(row.source.split("; ").count(), 2, "{}", row.source);
            let days = |e: &Entry| e.interval().days();
            assert_eq!(
                days(row),
                mentions.iter().map(days).min().unwrap(),
                "the precise date"
            );
        }
    }
    // Still in the contract's order.
    let starts: Vec<_> = merged
        .chronology
        .entries
        .iter()
        .map(|e| (e.start, e.end))
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn consistency_warnings_are_the_expected_ones() {
    let warnings = check::warnings(&analyses());
    let got: Vec<(String, String, String)> = warnings
        .iter()
        .map(|w| {
            (
                file_name(&w.source).to_string(),
                w.kind.as_str().to_string(),
                w.text.clone(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = tsv("warnings.tsv")
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn granularity_decides_on_the_seed_article() {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("input/afghanistan-milley-2021-09-01.txt");
    let opts = ReadOptions {
        dct: Some("2021-09-01".parse().unwrap()),
        ..ReadOptions::default()
    };
    let a: Vec<Analysis> = read_inputs(&[Input::Path(seed)], opts)
        .map(|d| pipeline::analyze(d.unwrap()))
        .collect();
    let claims = claims::parse(
        "event,date\n\
         IS suicide bombing at the Kabul airport,2021-08-26\n\
         Afghan government collapsed,2021-08-26\n\
         US military ousted the Taliban from power,2001\n\
         US drone strike in Afghanistan,2021-08-28\n\
         Mars landing,2021-08-29\n",
        "seed-claims.csv",
    )
    .unwrap();
    let f = check::check_claims(&claims, &a).findings;
    let got: Vec<(&str, Option<&str>, String)> = f
        .iter()
        .map(|f| {
            (
                f.verdict.as_str(),
                f.precision.map(|p| p.as_str()),
                f.evidence
                    .as_ref()
                    .map(|e| e.timex.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("supported", Some("within"), "last week".to_string()),
            ("contradicted", None, "mid-August".to_string()),
            ("supported", Some("within"), "the fall of 2001".to_string()),
            ("supported", Some("exact"), "Saturday".to_string()),
            ("unverified", None, String::new()),
        ]
    );
}
