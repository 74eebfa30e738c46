//! `extract`: the whole pipeline on a corpus of news articles (reading JSON Lines,
//! analysis, dated events, one JSON line each), on one thread, in MB/s of article text.
//!
//!     cargo bench --bench extract

use chronicler::document::read::{ReadOptions, read_jsonl};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// A synthetic JSON Lines corpus of at least `bytes` bytes of article text.
fn corpus(bytes: usize) -> Vec<u8> {
    let out = std::process::Command::new("python3")
        .args(["bench/gen_corpus.py", "--format", "jsonl", "--bytes"])
        .arg(bytes.to_string())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs bench/gen_corpus.py");
    assert!(out.status.success(), "gen_corpus.py failed");
    out.stdout
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
        let a = chronicler::pipeline::analyze(d.expect("generated documents read"));
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

criterion_group! {
    name = benches;
    // No plots: they need system fonts, which a build machine may lack.
    config = Criterion::default().without_plots();
    targets = bench
}
criterion_main!(benches);
