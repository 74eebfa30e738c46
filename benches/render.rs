//! Render speed: `cargo bench --bench render`. The floor: 10,000 events to SVG in under a
//! second.

use criterion::{Criterion, criterion_group, criterion_main};

use chronicler::render::{self, ChartOptions, sample};

fn bench(c: &mut Criterion) {
    let opts = ChartOptions::default();
    let seed = sample::seed();
    let two_hundred = sample::generated(200);
    let ten_thousand = sample::generated(10_000);
    let mut g = c.benchmark_group("render");
    g.sample_size(10);
    g.bench_function("svg seed", |b| b.iter(|| render::svg(&seed, &opts)));
    g.bench_function("svg 200 events", |b| {
        b.iter(|| render::svg(&two_hundred, &opts))
    });
    g.bench_function("svg 10000 events", |b| {
        b.iter(|| render::svg(&ten_thousand, &opts))
    });
    g.bench_function("png 200 events", |b| {
        b.iter(|| render::png(&two_hundred, &opts))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    // Criterion's HTML plots need a system font, which plotters' embedded-font setup
    // (the `ab_glyph` feature) does not load; the numbers are printed either way.
    config = Criterion::default().without_plots();
    targets = bench
}
criterion_main!(benches);
