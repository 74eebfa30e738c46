//! `extract`: the whole pipeline on a corpus of news articles (reading JSON Lines,
//! analysis as `extract` does it for every format but TimeML, dated events, one JSON line
//! each), on one thread, in MB/s of article text;
//! and `chronology::merge` of the chronologies of 50 and 200 articles (the time should
//! grow about linearly with the number of rows).
//!
//!     cargo bench --bench extract

mod common;

use chronicler::document::read::{ReadOptions, read_jsonl};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// A synthetic JSON Lines corpus of at least `bytes` bytes of article text.
fn corpus(bytes: usize) -> Vec<u8> {
    common::gen_corpus(&["--format", "jsonl", "--bytes", &bytes.to_string()])
}

/// Reads, analyses and serializes every document; returns the bytes written.
fn extract(jsonl: &[u8]) -> usize {
    let mut out = Vec::new();
    let docs = read_jsonl(
        "bench",
        std::io::Cursor::new(jsonl.to_vec()),
        ReadOptions::default(),
    );
    for d in docs {
        let a = chronicler::pipeline::analyze_for_chronology(d.expect("generated documents read"));
        for e in chronicler::chronology::entries_of(&a) {
            serde_json::to_writer(&mut out, &e).unwrap();
            out.push(b'\n');
        }
    }
    out.len()
}

fn bench(c: &mut Criterion) {
    let jsonl = corpus(2_000_000);
    let text_bytes: usize = read_jsonl(
        "bench",
        std::io::Cursor::new(jsonl.clone()),
        ReadOptions::default(),
    )
    .map(|d| d.unwrap().text.len())
    .sum();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text_bytes as u64));
    g.bench_function("news corpus, 2 MB", |b| b.iter(|| extract(&jsonl)));
    g.finish();
}

/// The chronology of `docs` generated articles, before merging.
fn chronology(docs: usize) -> chronicler::chronology::Chronology {
    let jsonl = common::gen_corpus(&["--format", "jsonl", "--docs", &docs.to_string()]);
    let analyses: Vec<_> = read_jsonl("bench", std::io::Cursor::new(jsonl), ReadOptions::default())
        .map(|d| chronicler::pipeline::analyze_for_chronology(d.expect("generated documents read")))
        .collect();
    chronicler::chronology::build(&analyses)
}

fn merge(c: &mut Criterion) {
    let mut g = c.benchmark_group("merge");
    g.sample_size(10);
    for docs in [50usize, 200] {
        let chron = chronology(docs);
        g.throughput(Throughput::Elements(chron.entries.len() as u64));
        g.bench_function(format!("{docs} articles"), |b| {
            b.iter(|| {
                chronicler::chronology::merge(&chron)
                    .chronology
                    .entries
                    .len()
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    // No plots: they need system fonts, which a build machine may lack.
    config = Criterion::default().without_plots();
    targets = bench, merge
}
criterion_main!(benches);
