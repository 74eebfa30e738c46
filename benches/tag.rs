//! `tag`: time expressions only (segmentation, recognition, selection, refining,
//! resolution) on news text, in MB/s, at 1 MB and 10 MB (the time should grow linearly).
//!
//! The text comes from `bench/gen_corpus.py` (deterministic synthetic news, the same text
//! `bench/peers.sh` gives the peers); the seed article is measured alone too.
//!
//!     cargo bench --bench tag

mod common;

use chronicler::document::{Dct, DctSource, DocKind, Document};
use chronicler::text::Segmented;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Synthetic news text of at least `bytes` bytes, articles separated by blank lines.
pub fn news_text(bytes: usize) -> String {
    let out = common::gen_corpus(&["--format", "text", "--bytes", &bytes.to_string()]);
    String::from_utf8(out).expect("UTF-8")
}

fn doc(text: &str) -> Document {
    let dct = Dct {
        date: "2021-09-01".parse().unwrap(),
        source: DctSource::Option,
    };
    let mut d = Document::from_text("bench", text, Some(dct));
    d.kind = DocKind::News;
    d
}

fn tag(c: &mut Criterion) {
    let seed = include_str!("../input/afghanistan-milley-2021-09-01.txt");
    let mut g = c.benchmark_group("tag");
    g.sample_size(10);
    let seed_doc = doc(seed);
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed article", |b| {
        b.iter(|| {
            chronicler::timex::tag(&seed_doc, &Segmented::new(&seed_doc.text))
                .timexes
                .len()
        })
    });
    for mb in [1usize, 10] {
        let text = news_text(mb * 1_000_000);
        let d = doc(&text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("news", format!("{mb} MB")), &d, |b, d| {
            b.iter(|| {
                chronicler::timex::tag(d, &Segmented::new(&d.text))
                    .timexes
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
    targets = tag
}
criterion_main!(benches);
