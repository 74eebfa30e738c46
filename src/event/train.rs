//! Training the event model on TimeML corpora, and scoring it with 10-fold
//! cross-validation by document (EVAL.md Task B).
//!
//! Training is deterministic: documents are read in sorted path order, sentences are
//! shuffled by a fixed-seed generator, and the perceptron's arithmetic is exact integer
//! arithmetic until the final averaging.

use std::path::{Path, PathBuf};

use super::EventClass;
use super::detect::is_candidate;
use super::features::{Lexed, class_features, token_features};
use super::model::EventModel;
use super::perceptron::{LABELS, Perceptron};
use crate::error::{Error, Result};
use crate::text::Segmented;
use crate::timeml::TimeMl;

/// A TimeML document of a training corpus.
#[derive(Debug, Clone)]
pub struct CorpusDoc {
    /// Its path relative to the corpus directory, with `/` separators.
    pub name: String,
    /// The parsed document.
    pub doc: TimeMl,
}

/// Reads every `.tml` file under `dir` (recursively), in sorted path order.
///
/// A directory that cannot be read, one without `.tml` files, or a file that is not valid
/// TimeML is an [`Error::Input`].
pub fn read_corpus(dir: &Path) -> Result<Vec<CorpusDoc>> {
    if !dir.is_dir() {
        return Err(Error::input(dir, "not a directory"));
    }
    let mut files = Vec::new();
    collect_tml(dir, &mut files)?;
    files.sort();
    if files.is_empty() {
        return Err(Error::input(dir, "no .tml files in this directory"));
    }
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).map_err(|e| Error::input(&path, e.to_string()))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Error::input(&path, "not valid UTF-8 text"))?;
            let doc = TimeMl::parse(&text).map_err(|e| Error::input(&path, e.to_string()))?;
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            Ok(CorpusDoc { name, doc })
        })
        .collect()
}

fn collect_tml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::input(dir, e.to_string()))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::input(dir, e.to_string()))?;
        let path = entry.path();
        if path.is_dir() {
            collect_tml(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("tml"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The gold events of a document as (first token, class), in text order: an EVENT covers
/// the tokens it overlaps and is scored on the first of them. Events without a valid class
/// count as OCCURRENCE (the TimeML default).
pub fn gold_events(seg: &Segmented, doc: &TimeMl) -> Vec<(usize, EventClass)> {
    doc.events
        .iter()
        .filter_map(|e| {
            let toks = seg.tokens_in(e.span);
            if toks.is_empty() {
                return None;
            }
            let class = e
                .attr("class")
                .and_then(EventClass::parse)
                .unwrap_or(EventClass::Occurrence);
            Some((toks.start, class))
        })
        .collect()
}

/// Settings of a training run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Averaged weights smaller than this in magnitude are dropped from the model.
    pub prune: f32,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Added to the margin of event labels over "no event" at detection (perceptron
    /// units): the averaged perceptron is cautious, and a little bias buys more recall
    /// than it costs precision.
    pub bias: f32,
    /// Whether to train a class model (see [`EventModel`]).
    pub classes: bool,
    /// Perceptrons trained per model, each on its own sentence order, whose averaged
    /// weights are averaged again (bagging over orders: steadier than any one order).
    pub bags: usize,
}

impl Default for TrainOptions {
    /// The settings that built the shipped model.
    fn default() -> Self {
        TrainOptions {
            epochs: 5,
            prune: 0.5,
            seed: 0x5eed_2013,
            bias: 6.0,
            classes: true,
            bags: 5,
        }
    }
}

/// Training examples: every candidate token's features and gold label, by sentence.
struct Examples {
    features: Vec<u32>,
    /// For each example: end offset into `features`, and its label.
    examples: Vec<(usize, u8)>,
    /// For each sentence: the range of its examples.
    sentences: Vec<std::ops::Range<usize>>,
}

impl Examples {
    fn new() -> Examples {
        Examples {
            features: Vec::new(),
            examples: Vec::new(),
            sentences: Vec::new(),
        }
    }

    /// The features and label of example `e`.
    fn get(&self, e: usize) -> (&[u32], usize) {
        let start = if e == 0 { 0 } else { self.examples[e - 1].0 };
        let (end, label) = self.examples[e];
        (&self.features[start..end], usize::from(label))
    }

    /// Trains a perceptron on the examples, sentences in a shuffled order from `seed`,
    /// choosing among `labels`.
    fn train(
        &self,
        options: &TrainOptions,
        seed: u64,
        labels: std::ops::Range<usize>,
    ) -> Perceptron {
        let mut p = Perceptron::new();
        let mut order: Vec<usize> = (0..self.sentences.len()).collect();
        let mut rng = Rng(seed | 1);
        for _ in 0..options.epochs {
            rng.shuffle(&mut order);
            for &s in &order {
                for e in self.sentences[s].clone() {
                    let (f, label) = self.get(e);
                    p.learn_among(f, label, 1, labels.clone());
                }
            }
        }
        p
    }

    /// The mean of the averaged weights of `options.bags` perceptrons (at least one), each
    /// trained with its own seed.
    fn train_bagged(
        &self,
        options: &TrainOptions,
        labels: std::ops::Range<usize>,
    ) -> Vec<[f32; LABELS]> {
        let bags = options.bags.max(1);
        let mut sum = self.train(options, options.seed, labels.clone()).averaged();
        for k in 1..bags as u64 {
            let seed = options.seed.wrapping_add(k.wrapping_mul(0x9e37_79b9));
            let more = self.train(options, seed, labels.clone()).averaged();
            for (a, b) in sum.iter_mut().zip(more) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
        }
        if bags > 1 {
            for x in sum.iter_mut().flat_map(|a| a.iter_mut()) {
                *x /= bags as f32;
            }
        }
        sum
    }
}

/// Trigger examples (every candidate token) and class examples (every gold event, with
/// the gold events around it standing for the trigger model's).
fn examples(docs: &[&TimeMl]) -> (Examples, Examples) {
    let mut ex = Examples::new();
    let mut cx = Examples::new();
    for doc in docs {
        let seg = Segmented::new(&doc.text);
        let lexed = Lexed::new(&seg);
        let mut labels = vec![0u8; seg.tokens.len()];
        for (t, class) in gold_events(&seg, doc) {
            if labels[t] == 0 {
                labels[t] = class.label() as u8;
            }
        }
        for s in &seg.sentences {
            let first = ex.examples.len();
            for i in s.tokens.clone() {
                if !is_candidate(&seg, i) {
                    continue;
                }
                token_features(&lexed, s.tokens.clone(), i, &mut ex.features);
                ex.examples.push((ex.features.len(), labels[i]));
            }
            if ex.examples.len() > first {
                ex.sentences.push(first..ex.examples.len());
            }
            let first = cx.examples.len();
            let sentence_labels = &labels[s.tokens.clone()];
            for i in s.tokens.clone() {
                if labels[i] == 0 || !is_candidate(&seg, i) {
                    continue;
                }
                class_features(
                    &lexed,
                    s.tokens.clone(),
                    i,
                    sentence_labels,
                    &mut cx.features,
                );
                cx.examples.push((cx.features.len(), labels[i]));
            }
            if cx.examples.len() > first {
                cx.sentences.push(first..cx.examples.len());
            }
        }
    }
    (ex, cx)
}

/// A small deterministic generator (xorshift64*) for the shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Trains a model on the EVENT annotations of `docs`.
pub fn train(docs: &[&TimeMl], options: &TrainOptions) -> EventModel {
    let (ex, cx) = examples(docs);
    let p = ex.train_bagged(options, 0..LABELS);
    let model = EventModel::from_weights(&p, options.prune, options.bias);
    drop(p);
    if !options.classes {
        return model;
    }
    let c = cx.train_bagged(options, 1..LABELS);
    model.with_classes(&c, options.prune)
}

/// Event detection counts (EVAL.md Task B): events pair when they start on the same token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventCounts {
    /// Gold events.
    pub gold: usize,
    /// System events.
    pub system: usize,
    /// Pairs (same first token).
    pub matched: usize,
    /// Pairs that also agree on the class.
    pub class_matched: usize,
}

impl EventCounts {
    /// Adds another set of counts.
    pub fn add(&mut self, o: &EventCounts) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.class_matched += o.class_matched;
    }

    /// Matches / system events.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }

    /// Matches / gold events.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// (class matches / matches) × F1.
    pub fn class_f1(&self) -> f64 {
        ratio(self.class_matched, self.matched) * self.f1()
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Scores `model` on the gold EVENTs of `doc`.
pub fn score_doc(model: &EventModel, doc: &TimeMl) -> EventCounts {
    let seg = Segmented::new(&doc.text);
    let gold = gold_events(&seg, doc);
    let system: Vec<(usize, EventClass)> = model
        .detect(&seg)
        .iter()
        .map(|e| (seg.tokens_in(e.span).start, e.class))
        .collect();
    let mut counts = EventCounts {
        gold: gold.len(),
        system: system.len(),
        ..EventCounts::default()
    };
    // Both lists are in token order; pair one-to-one on equal first tokens.
    let (mut g, mut s) = (0, 0);
    while g < gold.len() && s < system.len() {
        match gold[g].0.cmp(&system[s].0) {
            std::cmp::Ordering::Less => g += 1,
            std::cmp::Ordering::Greater => s += 1,
            std::cmp::Ordering::Equal => {
                counts.matched += 1;
                if gold[g].1 == system[s].1 {
                    counts.class_matched += 1;
                }
                g += 1;
                s += 1;
            }
        }
    }
    counts
}

/// The result of a cross-validation: counts per fold and overall.
#[derive(Debug, Clone, Default)]
pub struct CrossValidation {
    /// Counts of each fold, in fold order.
    pub folds: Vec<EventCounts>,
    /// All folds together (micro-averaged).
    pub overall: EventCounts,
}

/// `k`-fold cross-validation by document: document `i` (in corpus order) is tested in
/// fold `i % k` by a model trained on the other folds.
pub fn cross_validate(docs: &[CorpusDoc], k: usize, options: &TrainOptions) -> CrossValidation {
    use rayon::prelude::*;
    let k = k.max(2);
    let folds: Vec<EventCounts> = (0..k)
        .into_par_iter()
        .map(|fold| {
            let train_docs: Vec<&TimeMl> = docs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .map(|(_, d)| &d.doc)
                .collect();
            let model = train(&train_docs, options);
            let mut c = EventCounts::default();
            for (_, d) in docs.iter().enumerate().filter(|(i, _)| i % k == fold) {
                c.add(&score_doc(&model, &d.doc));
            }
            c
        })
        .collect();
    let mut overall = EventCounts::default();
    for f in &folds {
        overall.add(f);
    }
    CrossValidation { folds, overall }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<TimeML><TEXT>Prices <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> \
        and analysts <EVENT eid=\"e2\" class=\"REPORTING\">said</EVENT> the \
        <EVENT eid=\"e3\" class=\"STATE\">crisis</EVENT> would <EVENT eid=\"e4\" \
        class=\"ASPECTUAL\">continue</EVENT>.</TEXT></TimeML>";

    #[test]
    fn gold_events_align_to_first_tokens() {
        let doc = TimeMl::parse(DOC).unwrap();
        let seg = Segmented::new(&doc.text);
        let gold = gold_events(&seg, &doc);
        let words: Vec<(&str, EventClass)> =
            gold.iter().map(|&(t, c)| (seg.token_text(t), c)).collect();
        assert_eq!(
            words,
            vec![
                ("fell", EventClass::Occurrence),
                ("said", EventClass::Reporting),
                ("crisis", EventClass::State),
                ("continue", EventClass::Aspectual)
            ]
        );
    }

    #[test]
    fn training_is_deterministic_and_learns_its_data() {
        let doc = TimeMl::parse(DOC).unwrap();
        let opts = TrainOptions {
            epochs: 5,
            ..TrainOptions::default()
        };
        let a = train(&[&doc], &opts);
        let b = train(&[&doc], &opts);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let c = score_doc(&a, &doc);
        assert_eq!((c.gold, c.system, c.matched, c.class_matched), (4, 4, 4, 4));
        assert!((c.f1() - 1.0).abs() < 1e-9 && (c.class_f1() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn counts_give_task_b_scores() {
        let c = EventCounts {
            gold: 10,
            system: 8,
            matched: 6,
            class_matched: 3,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.6).abs() < 1e-9);
        assert!((c.class_f1() - 0.5 * c.f1()).abs() < 1e-9);
        assert_eq!(EventCounts::default().f1(), 0.0);
    }

    #[test]
    fn bad_corpus_directories_are_input_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_corpus(&dir.path().join("missing")).unwrap_err();
        assert!(matches!(err, Error::Input { .. }) && err.exit_code() == 2);
        let err = read_corpus(dir.path()).unwrap_err();
        assert!(err.to_string().contains("no .tml files"), "{err}");
        std::fs::write(dir.path().join("bad.tml"), "<TimeML>no text</TimeML>").unwrap();
        let err = read_corpus(dir.path()).unwrap_err();
        assert!(err.to_string().contains("bad.tml"), "{err}");
    }
}
