//! The shipped event model, rebuilt from the corpus, and the anchoring floor measured on
//! its gold TLINKs. Tests that need `../shared/corpus/tbaq` skip (with a note) without it.

use std::path::{Path, PathBuf};

use chronicler::event::train::{self, TrainOptions};
use chronicler::event::{EventClass, EventModel, anchor_eval};
use chronicler::text::Segmented;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/tbaq");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; skipping", dir.display());
        None
    }
}

#[test]
fn retraining_on_the_corpus_rebuilds_the_shipped_model_byte_for_byte() {
    let Some(dir) = corpus() else { return };
    let docs = train::read_corpus(&dir).unwrap();
    assert_eq!(docs.len(), 256);
    let refs: Vec<_> = docs.iter().map(|d| &d.doc).collect();
    let started = std::time::Instant::now();
    let model = train::train(&refs, &TrainOptions::default());
    eprintln!("trained in {:.1} s", started.elapsed().as_secs_f64());
    let shipped =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("models/events.model")).unwrap();
    assert!(
        model.to_bytes() == shipped,
        "models/events.model is stale: run `chronicler train-events {} -o models/events.model`",
        dir.display()
    );
}

#[test]
fn anchoring_ties_dates_to_their_gold_events() {
    let Some(dir) = corpus() else { return };
    let docs = train::read_corpus(&dir).unwrap();
    let report = anchor_eval::evaluate(&docs);
    let dates = report.dates();
    eprintln!("{report}");
    assert!(dates.linked > 1000, "{dates:?}");
    assert!(dates.accuracy() >= 0.85, "{dates:?}");
    assert!(dates.accuracy() > dates.baseline_accuracy());
}

#[test]
fn the_shipped_model_finds_the_events_of_the_seed_article() {
    let text = "On Saturday, the US military carried out a drone strike in Afghanistan that it \
                said killed two IS planners. On Tuesday, Biden said, “To ISIS-K: We are not done \
                with you yet.” Milley has recent experience with Taliban leaders.";
    let seg = Segmented::new(text);
    let events = EventModel::shipped().detect(&seg);
    let found: Vec<(&str, EventClass)> = events
        .iter()
        .map(|e| (&text[e.span.start..e.span.end], e.class))
        .collect();
    for expected in [
        ("carried", EventClass::Occurrence),
        ("strike", EventClass::Occurrence),
        ("killed", EventClass::Occurrence),
        ("said", EventClass::Reporting),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    for word in [
        "Saturday",
        "US",
        "military",
        "Afghanistan",
        "Biden",
        "Taliban",
    ] {
        assert!(
            !found.iter().any(|(w, _)| *w == word),
            "{word} in {found:?}"
        );
    }
}
