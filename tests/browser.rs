//! The chart and the HTML page load in a real browser engine: headless Chromium
//! screenshots them, and the screenshots must not be blank. Skips (passing) where
//! Chromium is not installed; `.ci/run` installs Debian's `chromium` when it can.

use std::path::{Path, PathBuf};
use std::process::Command;

use chronicler::render::{self, ChartOptions, sample};

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("sh")
                .arg("-c")
                .arg(format!("command -v {name}"))
                .output()
                .ok()?;
            let path = String::from_utf8(out.stdout).ok()?.trim().to_string();
            (out.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
        })
}

/// Screenshots `page` and returns the number of distinct pixel colours seen.
fn screenshot_colours(browser: &Path, page: &Path, shot: &Path, size: &str) -> usize {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={size}"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        shot.exists(),
        "no screenshot of {}: {}",
        page.display(),
        String::from_utf8_lossy(&status.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let px = info.color_type.samples();
    let colours: std::collections::BTreeSet<&[u8]> = bytes.chunks(px).collect();
    colours.len()
}

#[test]
fn the_chart_and_page_render_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: chromium is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let chron = sample::seed();
    let opts = ChartOptions {
        title: "Seed".into(),
        width: 1600,
    };
    let svg = dir.path().join("seed.svg");
    std::fs::write(&svg, render::svg(&chron, &opts)).unwrap();
    let html = dir.path().join("seed.html");
    std::fs::write(&html, chronicler::export::html::write(&chron, "Seed")).unwrap();
    for (page, size) in [(&svg, "1600,800"), (&html, "1400,1600")] {
        let shot = page.with_extension("png");
        let colours = screenshot_colours(&browser, page, &shot, size);
        // A blank page has one colour; a chart has text, marks and antialiasing.
        assert!(
            colours > 16,
            "{} rendered blank ({colours} colours)",
            page.display()
        );
    }
}
