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

#[test]
fn detection_anchoring_and_phrases_work_together() {
    use chronicler::chronology::Relation;
    use chronicler::event::{TimeRef, anchor, phrase};
    use chronicler::text::Span;
    use chronicler::value::TimexType;

    let text = "Biden has promised further targeting of the Islamic State group in Afghanistan. \
                On Saturday, the US military carried out a drone strike in Afghanistan that it \
                said killed two IS planners.\n\
                Taliban spokesman Zabihullah Mujahid (C, with shawl) speaks to the media at the \
                airport in Kabul on August 31, 2021. (WAKIL KOHSAR / AFP)";
    let seg = Segmented::new(text);
    let events = EventModel::shipped().detect(&seg);
    let at = |w: &str| {
        let s = text.find(w).unwrap();
        Span::new(s, s + w.len())
    };
    let times = [
        TimeRef {
            span: at("Saturday"),
            ty: TimexType::Date,
        },
        TimeRef {
            span: at("August 31, 2021"),
            ty: TimexType::Date,
        },
    ];
    let links = anchor(&seg, &events, &times);
    assert_eq!(links.len(), 2, "{links:?}");
    let dated: Vec<(String, Relation)> = links
        .iter()
        .map(|l| {
            let exclude: Vec<Span> = times.iter().map(|t| t.span).collect();
            (phrase(&seg, events[l.event].span, &exclude), l.relation)
        })
        .collect();
    assert_eq!(
        dated,
        vec![
            (
                "US military carried out a drone strike in Afghanistan".to_string(),
                Relation::At
            ),
            (
                "Taliban spokesman Zabihullah Mujahid speaks to the media at the airport in Kabul"
                    .to_string(),
                Relation::At
            ),
        ]
    );
}

/// The held-out ratchet of issue 3: 10-fold cross-validation by document on TBAQ must not
/// fall below the figures last reached (`chronicler train-events ../shared/corpus/tbaq --cv
/// 10` prints them). Raise the floors when the model improves; never lower them to make a
/// change pass. About 35 s in a release build; skips when the corpus is absent, and in a
/// debug build (ten trainings there take many minutes; the README's command is `--release`).
#[test]
fn ten_fold_cross_validation_keeps_its_scores() {
    if cfg!(debug_assertions) {
        eprintln!("skipped in a debug build: run `cargo test --release`");
        return;
    }
    let Some(dir) = corpus() else { return };
    let docs = train::read_corpus(&dir).unwrap();
    let cv = train::cross_validate(&docs, 10, &TrainOptions::default());
    let o = cv.overall;
    eprintln!("F1 {:.4} class F1 {:.4}", o.f1(), o.class_f1());
    assert!(o.f1() >= 0.857, "event F1 {:.4}", o.f1());
    // Below the 0.73: see the report (TBAQ's class labels disagree with themselves).
    assert!(o.class_f1() >= 0.722, "class F1 {:.4}", o.class_f1());
}

mod never_panic {
    use chronicler::event::{EventModel, TimeRef, anchor, phrase};
    use chronicler::text::{Segmented, Span};
    use chronicler::value::TimexType;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any text, any spans (even off char boundaries or past the end): detection,
        /// anchoring and phrases return without panicking, and phrases stay short.
        #[test]
        fn on_any_text_and_spans(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("said".to_string()), Just("the".to_string()), Just(",".to_string()),
                    Just("On".to_string()), Just("Saturday".to_string()), Just("(".to_string()),
                    Just("”".to_string()), Just("’s".to_string()), Just("and".to_string()),
                    Just("attack".to_string()), Just(".".to_string()), Just("\n".to_string()),
                    "\\PC{1,6}",
                ],
                0..40,
            ),
            spans in proptest::collection::vec((0usize..300, 0usize..20), 0..6),
        ) {
            let text = words.join(" ");
            let seg = Segmented::new(&text);
            let events = EventModel::shipped().detect(&seg);
            let times: Vec<TimeRef> = spans
                .iter()
                .map(|&(a, n)| TimeRef { span: Span::new(a, a + n), ty: TimexType::Date })
                .collect();
            let links = anchor(&seg, &events, &times);
            for l in &links {
                prop_assert!(l.event < events.len() && l.timex < times.len());
            }
            let exclude: Vec<Span> = times.iter().map(|t| t.span).collect();
            for e in &events {
                let p = phrase(&seg, e.span, &exclude);
                let n = p
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count();
                prop_assert!(n <= 16, "{p}");
            }
            for t in &times {
                let _ = phrase(&seg, t.span, &[]);
            }
        }
    }
}
