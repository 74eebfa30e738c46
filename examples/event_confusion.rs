//! Where the event model's classes go wrong, under the same 10-fold cross-validation by
//! document as `chronicler train-events --cv 10`:
//! `cargo run --release --example event_confusion -- CORPUS_DIR [SEED] [ERRORS_FILE]`.
//!
//! Prints the class confusion matrix of the matched events (gold rows, system columns) with
//! each class's recall and precision, and splits the matched events by how their word's
//! majority class in the training folds relates to the gold and system classes ("gold=maj
//! wrong": the model left the word's usual class and should not have; "sys=maj wrong": the
//! gold class is not the word's usual one). ERRORS_FILE, when given, gets one line per class
//! error: gold class, system class, word, and the word in context.

use std::collections::HashMap;

use chronicler::event::EventClass;
use chronicler::event::train::{self, TrainOptions, gold_events};
use chronicler::text::Segmented;
use rayon::prelude::*;

const FOLDS: usize = 10;
const NAMES: [&str; 7] = ["OCC", "REP", "STA", "IAC", "IST", "ASP", "PER"];
const SPLITS: [&str; 5] = ["unseen", "gold=sys=maj", "gold=maj", "sys=maj", "neither"];

/// What one fold's test documents give.
#[derive(Default)]
struct Tally {
    /// `confusion[gold][system]` over matched events (classes by label - 1).
    confusion: [[usize; 7]; 7],
    /// Matched events by [`SPLITS`], wrong (0) or right (1).
    splits: [[usize; 2]; 5],
    /// Gold events, system events, matched events.
    events: [usize; 3],
    /// One line per class error.
    errors: Vec<String>,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        for g in 0..7 {
            for s in 0..7 {
                self.confusion[g][s] += o.confusion[g][s];
            }
        }
        for n in 0..5 {
            for r in 0..2 {
                self.splits[n][r] += o.splits[n][r];
            }
        }
        for n in 0..3 {
            self.events[n] += o.events[n];
        }
        self.errors.extend(o.errors.iter().cloned());
    }
}

/// The majority class (by label - 1) of every event word of `docs`, lower-cased.
fn majority_classes(docs: &[&chronicler::timeml::TimeMl]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, [usize; 7]> = HashMap::new();
    for d in docs {
        let seg = Segmented::new(&d.text);
        for (t, c) in gold_events(&seg, d) {
            counts.entry(seg.token_text(t).to_lowercase()).or_default()[c.label() - 1] += 1;
        }
    }
    counts
        .into_iter()
        .map(|(w, c)| {
            let best = (0..7).fold(0, |b, l| if c[l] > c[b] { l } else { b });
            (w, best)
        })
        .collect()
}

fn fold_tally(docs: &[train::CorpusDoc], fold: usize, options: &TrainOptions) -> Tally {
    let training: Vec<_> = docs
        .iter()
        .enumerate()
        .filter(|(i, _)| i % FOLDS != fold)
        .map(|(_, d)| &d.doc)
        .collect();
    let model = train::train(&training, options);
    let majority = majority_classes(&training);
    let mut tally = Tally::default();
    for (_, d) in docs.iter().enumerate().filter(|(i, _)| i % FOLDS == fold) {
        let seg = Segmented::new(&d.doc.text);
        let gold = gold_events(&seg, &d.doc);
        let system: HashMap<usize, EventClass> = model
            .detect(&seg)
            .iter()
            .map(|e| (seg.tokens_in(e.span).start, e.class))
            .collect();
        tally.events[0] += gold.len();
        tally.events[1] += system.len();
        for &(t, gc) in &gold {
            let Some(&sc) = system.get(&t) else { continue };
            let (g, s) = (gc.label() - 1, sc.label() - 1);
            tally.events[2] += 1;
            tally.confusion[g][s] += 1;
            let word = seg.token_text(t).to_lowercase();
            let split = match majority.get(&word) {
                None => 0,
                Some(&m) if m == g && m == s => 1,
                Some(&m) if m == g => 2,
                Some(&m) if m == s => 3,
                Some(_) => 4,
            };
            tally.splits[split][usize::from(g == s)] += 1;
            if g != s {
                let span = seg.tokens[t].span;
                let from = seg.tokens[t.saturating_sub(6)].span.start;
                let to = seg.tokens[(t + 6).min(seg.tokens.len() - 1)]
                    .span
                    .end
                    .max(span.end);
                tally.errors.push(format!(
                    "{}\t{}\t{word}\t{} [[{}]] {}",
                    gc.as_str(),
                    sc.as_str(),
                    seg.text[from..span.start].replace('\n', " "),
                    &seg.text[span.start..span.end],
                    seg.text[span.end..to].replace('\n', " ")
                ));
            }
        }
    }
    tally
}

fn main() -> chronicler::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/corpus/tbaq".into()),
    );
    let options = TrainOptions {
        seed: args
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(TrainOptions::default().seed),
        ..TrainOptions::default()
    };
    let errors_file = args.next();
    let docs = train::read_corpus(&dir)?;
    let tallies: Vec<Tally> = (0..FOLDS)
        .into_par_iter()
        .map(|fold| fold_tally(&docs, fold, &options))
        .collect();
    let mut all = Tally::default();
    for t in &tallies {
        all.add(t);
    }
    print!("gold\\sys");
    for n in NAMES {
        print!("{n:>6}");
    }
    println!("   recall");
    for (g, row) in all.confusion.iter().enumerate() {
        print!("{:<8}", NAMES[g]);
        for x in row {
            print!("{x:>6}");
        }
        println!(
            "   {:.3}",
            row[g] as f64 / row.iter().sum::<usize>().max(1) as f64
        );
    }
    print!("prec    ");
    for s in 0..7 {
        let column: usize = (0..7).map(|g| all.confusion[g][s]).sum();
        print!("{:>6.3}", all.confusion[s][s] as f64 / column.max(1) as f64);
    }
    println!();
    for (n, name) in SPLITS.iter().enumerate() {
        println!(
            "{name:<14} wrong {:>5}  right {:>5}",
            all.splits[n][0], all.splits[n][1]
        );
    }
    let [gold, system, matched] = all.events;
    let right: usize = (0..7).map(|c| all.confusion[c][c]).sum();
    let (p, r) = (matched as f64 / system as f64, matched as f64 / gold as f64);
    let f1 = 2.0 * p * r / (p + r);
    let accuracy = right as f64 / matched as f64;
    println!(
        "event P {p:.4} R {r:.4} F1 {f1:.4}  class accuracy {accuracy:.4} ({right}/{matched})  \
         class F1 {:.4}",
        f1 * accuracy
    );
    if let Some(path) = errors_file {
        let path = std::path::PathBuf::from(path);
        std::fs::write(&path, all.errors.join("\n") + "\n")
            .map_err(|e| chronicler::Error::output(&path, e))?;
    }
    Ok(())
}
