//! The rule families' example corpora (`tests/corpus/<family>.tsv`), run as one test.
//!
//! Each line: `text<TAB>expected`, where `expected` is `-` (nothing may be found) or a
//! `;`-separated list of `expression=TYPE VALUE [MOD]`, in text order. Lines starting with
//! `#` are comments, except the directives `#dct YYYY-MM-DD` (the DCT for the lines below;
//! `#dct none` for none) and `#kind news|narrative|auto`. An example fails when anything
//! is missing, extra, or different, so every example pins its rule exactly. Every rule of
//! the engine must be exercised by at least one example.

use std::collections::BTreeSet;

use chronicler::document::{Dct, DctSource, DocKind, Document};
use chronicler::pipeline;

fn parse_expected(s: &str) -> Vec<String> {
    if s.trim() == "-" {
        return Vec::new();
    }
    s.split(';')
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty())
        .collect()
}

#[test]
fn every_corpus_example_holds_and_every_rule_has_one() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut examples = 0;
    let mut rules_seen = BTreeSet::new();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
    {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let mut dct = Some("2021-09-01".to_string());
        let mut kind = DocKind::News;
        for (i, line) in std::fs::read_to_string(path).unwrap().lines().enumerate() {
            if let Some(d) = line.strip_prefix("#dct ") {
                dct = (d.trim() != "none").then(|| d.trim().to_string());
                continue;
            }
            if let Some(k) = line.strip_prefix("#kind ") {
                kind = DocKind::parse(k.trim()).expect("kind");
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (text, expected) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{name}:{}: no TAB", i + 1));
            let text = text.replace("\\n", "\n");
            examples += 1;
            let d = dct.as_ref().map(|s| Dct {
                date: s.parse().unwrap(),
                source: DctSource::Option,
            });
            let mut doc = Document::from_text("example", &text, d);
            doc.kind = kind;
            let a = pipeline::analyze(doc);
            let got: Vec<String> = a
                .timexes
                .iter()
                .map(|t| {
                    let mut s = format!("{}={} {}", &text[t.span.start..t.span.end], t.ty, t.value);
                    if let Some(m) = t.modifier {
                        s.push(' ');
                        s.push_str(m.as_str());
                    }
                    s
                })
                .collect();
            let want = parse_expected(expected);
            if got == want {
                rules_seen.extend(a.timexes.iter().map(|t| t.rule));
            } else {
                failures.push(format!(
                    "{name}:{}: {text:?}\n    want {}\n    got  {}",
                    i + 1,
                    want.join("; "),
                    if got.is_empty() {
                        "-".to_string()
                    } else {
                        got.join("; ")
                    }
                ));
            }
        }
    }
    let unexercised: Vec<_> = chronicler::timex::engine::rule_names()
        .into_iter()
        .filter(|r| !rules_seen.contains(r))
        .collect();
    assert!(
        failures.is_empty() && unexercised.is_empty(),
        "{} of {examples} corpus examples fail:\n{}\nrules without a passing example: {unexercised:?}",
        failures.len(),
        failures.join("\n")
    );
}
