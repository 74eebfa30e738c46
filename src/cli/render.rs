//! `chronicler render CHRONOLOGY.csv|.json -o FILE.svg|.png [--title T] [--width PX]`:
//! draws a chronology that `extract` wrote (or a user edited) as a timeline chart.

use std::path::{Path, PathBuf};

use crate::chronology::read_path;
use crate::error::{Error, Result};
use crate::output::write_atomic;
use crate::render::{self, ChartOptions};

/// Arguments of `chronicler render`.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct RenderArgs {
    /// The chronology to draw: a chronology.csv or chronology.json.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// Where to write the chart; the extension chooses the format: .svg or .png.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// The chart's title (default: the input file's name without its extension).
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Width of the chart in pixels; type and marks scale with it.
    #[arg(long, value_name = "PX", default_value_t = 1600,
          value_parser = clap::value_parser!(u32).range(240..=16000))]
    pub width: u32,
}

/// The chart formats `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFormat {
    /// Scalable vector graphics, text kept as text.
    Svg,
    /// A bitmap with the embedded font.
    Png,
}

impl ChartFormat {
    /// The format named by a path's extension (case-insensitive).
    pub fn from_path(path: &Path) -> Result<ChartFormat> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(ChartFormat::Svg),
            Some("png") => Ok(ChartFormat::Png),
            _ => Err(Error::Usage(format!(
                "{}: unknown chart format; the output file must end in .svg or .png",
                path.display()
            ))),
        }
    }
}

/// The default title: the input's file name without its extension.
pub fn default_title(input: &Path) -> String {
    input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Chronology".into())
}

/// Runs `chronicler render`: reads the chronology, draws it, writes the file atomically.
pub fn run(args: &RenderArgs) -> Result<()> {
    let format = ChartFormat::from_path(&args.output)?;
    let chronology = read_path(&args.input)?;
    let options = ChartOptions {
        title: args
            .title
            .clone()
            .unwrap_or_else(|| default_title(&args.input)),
        width: args.width,
    };
    let bytes = match format {
        ChartFormat::Svg => render::svg(&chronology, &options).into_bytes(),
        ChartFormat::Png => render::png(&chronology, &options)?,
    };
    write_atomic(&args.output, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample;

    fn args(input: &Path, output: &Path) -> RenderArgs {
        RenderArgs {
            input: input.to_path_buf(),
            output: output.to_path_buf(),
            title: None,
            width: 800,
        }
    }

    #[test]
    fn renders_csv_and_json_to_svg_and_png() {
        let dir = tempfile::tempdir().unwrap();
        let c = sample::seed();
        let csv = dir.path().join("chronology.csv");
        let json = dir.path().join("chronology.json");
        std::fs::write(&csv, crate::export::csv::write(&c).unwrap()).unwrap();
        std::fs::write(&json, crate::export::json::write(&c).unwrap()).unwrap();
        for input in [&csv, &json] {
            let svg = dir.path().join("out.svg");
            run(&args(input, &svg)).unwrap();
            let text = std::fs::read_to_string(&svg).unwrap();
            assert!(
                text.starts_with("<svg")
                    && text.contains("<title id=\"chronicler-title\">chronology</title>")
            );
            assert!(text.contains("drone strike"));
            let png = dir.path().join("out.PNG");
            run(&args(input, &png)).unwrap();
            let bytes = std::fs::read(&png).unwrap();
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        }
    }

    #[test]
    fn bad_outputs_and_inputs_are_errors_that_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("chronology.csv");
        std::fs::write(&csv, crate::export::csv::write(&sample::seed()).unwrap()).unwrap();
        let e = run(&args(&csv, &dir.path().join("chart.gif"))).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("chart.gif"), "{e}");

        let bad = dir.path().join("bad.csv");
        std::fs::write(&bad, "value,start\nnonsense,2021-01-01\n").unwrap();
        let out = dir.path().join("x.svg");
        let e = run(&args(&bad, &out)).unwrap_err();
        assert!(e.to_string().contains("bad.csv"), "{e}");
        assert!(!out.exists(), "nothing is written on an input error");

        let missing = dir.path().join("missing.json");
        let e = run(&args(&missing, &out)).unwrap_err();
        assert!(e.to_string().contains("missing.json"), "{e}");
    }

    #[test]
    fn the_title_defaults_to_the_file_name() {
        assert_eq!(
            default_title(Path::new("out/afghanistan.csv")),
            "afghanistan"
        );
        assert_eq!(default_title(Path::new("")), "Chronology");
    }

    #[test]
    fn the_width_is_checked_by_the_parser() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            render: RenderArgs,
        }
        let ok = Cli::try_parse_from(["x", "c.csv", "-o", "c.svg", "--width", "900"]).unwrap();
        assert_eq!(ok.render.width, 900);
        let d = Cli::try_parse_from(["x", "c.csv", "-o", "c.svg"]).unwrap();
        assert_eq!(d.render.width, 1600);
        assert!(Cli::try_parse_from(["x", "c.csv", "-o", "c.svg", "--width", "10"]).is_err());
    }
}
