//! The development score as a ratchet: `chronicler eval` on `../shared/corpus/tbaq` (raw
//! text tagged with the gold DCT) must not fall below the figures last reached. Raise the
//! floors in `tests/data/tbaq_floors.txt` when the tagger improves; never lower them to make
//! a change pass. Skips when the corpus is absent.

use std::path::Path;

use chronicler::eval::{System, evaluate};
use chronicler::pipeline::tag_timeml;

#[test]
fn tbaq_scores_do_not_fall_below_the_last_figures_reached() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/tbaq");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    let tagger = |doc: &chronicler::timeml::TimeMl| tag_timeml(doc);
    let report = evaluate(&corpus, System::Tagger(&tagger)).unwrap();
    let scores = report.scores();
    let t = &scores.timex;
    let e = &scores.event;
    let got = [
        ("timex relaxed F1", t.relaxed.f1),
        ("timex strict F1", t.strict.f1),
        ("timex value F1", t.value_f1),
        ("timex type F1", t.type_f1),
        ("event F1", e.f1),
        ("event class F1", e.class_f1),
    ];
    let floors = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tbaq_floors.txt"),
    )
    .unwrap();
    let mut failures = Vec::new();
    for line in floors
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (name, floor) = line.rsplit_once('\t').expect("name<TAB>floor");
        let floor: f64 = floor.trim().parse().unwrap();
        let (_, score) = got
            .iter()
            .find(|(n, _)| *n == name.trim())
            .expect("known score name");
        println!("{name}: {score:.4} (floor {floor:.4})");
        if *score + 1e-9 < floor {
            failures.push(format!("{name} fell to {score:.4}, below {floor:.4}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
