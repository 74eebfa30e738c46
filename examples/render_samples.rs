//! Renders the sample chronologies to SVG and PNG for a look:
//! `cargo run --example render_samples -- OUT_DIR [WIDTH]`.

use chronicler::render::{self, ChartOptions, sample};

fn main() -> chronicler::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/samples".into()));
    let width = args.next().and_then(|w| w.parse().ok()).unwrap_or(1600);
    std::fs::create_dir_all(&dir).map_err(|e| chronicler::Error::output(&dir, e))?;
    let sets = [
        (
            "seed",
            "US general says coordination with Taliban ‘possible’ on strikes against IS",
            sample::seed(),
        ),
        (
            "generated-200",
            "200 generated events",
            sample::generated(200),
        ),
        (
            "generated-10000",
            "10,000 generated events",
            sample::generated(10_000),
        ),
    ];
    for (name, title, chron) in sets {
        let opts = ChartOptions {
            title: title.into(),
            width,
        };
        let svg = render::svg(&chron, &opts);
        chronicler::output::write_atomic(&dir.join(format!("{name}.svg")), svg.as_bytes())?;
        let png = render::png(&chron, &opts)?;
        chronicler::output::write_atomic(&dir.join(format!("{name}.png")), &png)?;
        println!("{name}: {} bytes SVG, {} bytes PNG", svg.len(), png.len());
        if name == "seed" {
            let html = chronicler::export::html::write(&chron, title);
            chronicler::output::write_atomic(&dir.join("seed.html"), html.as_bytes())?;
        }
    }
    Ok(())
}
