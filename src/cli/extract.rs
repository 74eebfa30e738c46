//! `chronicler extract <INPUT>...`: build the chronology of one or more documents.
//!
//! Without `--format` it writes `chronology.csv`, `chronology.json` and `timeline.svg` into
//! `--out` (default `output/`). With `--format F` it writes that one format (csv, json,
//! jsonl, timeml, timelinejs, html, ics, svg, png) to `-o FILE` (`-` for stdout), or to its
//! default name in `--out`.
//!
//! A document that cannot be read is reported on stderr and the others are still
//! processed; the exit code is then 2. Every output file is written whole or not at all.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::common::DocArgs;
use crate::chronology::{self, Chronology};
use crate::document::{Input, read_inputs};
use crate::error::{Error, Result};
use crate::export::{self, Format};
use crate::output::{write_all_atomic, write_atomic};
use crate::pipeline::{self, Analysis};
use crate::render::{self, ChartOptions};

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// chronology.csv (the contract's columns).
    Csv,
    /// chronology.json (rows plus documents and details).
    Json,
    /// One dated event per line, in input order.
    Jsonl,
    /// The documents as TimeML with TIMEX3 tags.
    Timeml,
    /// TimelineJS 3 JSON.
    Timelinejs,
    /// One self-contained HTML page: the chart and a sortable table.
    Html,
    /// iCalendar: one all-day event per day-precision row.
    Ics,
    /// The timeline chart as SVG.
    Svg,
    /// The timeline chart as PNG.
    Png,
}

impl ExtractFormat {
    fn default_name(self) -> &'static str {
        match self {
            ExtractFormat::Csv => "chronology.csv",
            ExtractFormat::Json => "chronology.json",
            ExtractFormat::Jsonl => "chronology.jsonl",
            ExtractFormat::Timeml => "chronology.tml",
            ExtractFormat::Timelinejs => "chronology.timeline.json",
            ExtractFormat::Html => "chronology.html",
            ExtractFormat::Ics => "chronology.ics",
            ExtractFormat::Svg => "timeline.svg",
            ExtractFormat::Png => "timeline.png",
        }
    }
}

/// Arguments of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Input files or directories (.txt, .html, .tml, .TE3input, .jsonl), or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Document options.
    #[command(flatten)]
    pub doc: DocArgs,
    /// Directory for the default outputs.
    #[arg(long, default_value = "output", value_name = "DIR")]
    pub out: PathBuf,
    /// Write one format only.
    #[arg(long, value_enum)]
    pub format: Option<ExtractFormat>,
    /// Where to write `--format`'s output (`-` for stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Title of the chart, page and calendar (default: the document's title or file name).
    #[arg(long)]
    pub title: Option<String>,
    /// Width of the chart in pixels.
    #[arg(long, default_value_t = 1600, value_name = "PX")]
    pub width: u32,
    /// Documents processed in parallel (default: all cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// No warnings or progress on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// Reads and analyses every document, in input order; bad documents are reported.
fn analyse_all(args: &ExtractArgs) -> Result<(Vec<Analysis>, usize)> {
    let opts = args.doc.read_options()?;
    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::parse(s)).collect();
    let mut docs = Vec::new();
    let mut failed = 0;
    for d in read_inputs(&inputs, opts) {
        match d {
            Ok(doc) => {
                if !args.quiet {
                    for w in &doc.warnings {
                        eprintln!("chronicler: warning: {w}");
                    }
                }
                docs.push(doc);
            }
            Err(e) => {
                eprintln!("chronicler: error: {e}");
                failed += 1;
            }
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Usage(format!("--jobs: {e}")))?;
    let analyses = pool.install(|| docs.into_par_iter().map(pipeline::analyze).collect());
    Ok((analyses, failed))
}

/// The title for charts and pages: `--title`, else the only document's title, else its
/// file name without extension, else "Chronology of N sources".
fn title(args: &ExtractArgs, analyses: &[Analysis]) -> String {
    if let Some(t) = &args.title {
        return t.clone();
    }
    match analyses {
        [a] => a.doc.title.clone().unwrap_or_else(|| {
            std::path::Path::new(&a.doc.id)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Chronology".to_string())
        }),
        many => format!("Chronology of {} sources", many.len()),
    }
}

fn render_format(
    format: ExtractFormat,
    analyses: &[Analysis],
    chron: &Chronology,
    chart: &ChartOptions,
) -> Result<Vec<u8>> {
    Ok(match format {
        ExtractFormat::Csv => export::csv::write(chron)?,
        ExtractFormat::Json => export::json::write(chron)?,
        ExtractFormat::Timelinejs => export::write(Format::TimelineJs, chron, &chart.title)?,
        ExtractFormat::Html => export::write(Format::Html, chron, &chart.title)?,
        ExtractFormat::Ics => export::write(Format::Ics, chron, &chart.title)?,
        ExtractFormat::Svg => render::svg(chron, chart).into_bytes(),
        ExtractFormat::Png => render::png(chron, chart)?,
        ExtractFormat::Jsonl => {
            let mut out = Vec::new();
            for a in analyses {
                for e in chronology::entries_of(a) {
                    serde_json::to_writer(&mut out, &e)
                        .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
                    out.push(b'\n');
                }
            }
            out
        }
        ExtractFormat::Timeml => analyses
            .iter()
            .map(pipeline::to_timeml)
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes(),
    })
}

/// Runs `extract`.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    let (analyses, failed) = analyse_all(args)?;
    if analyses.is_empty() {
        return Err(Error::Usage(
            "no document could be read; nothing was written".to_string(),
        ));
    }
    let chron = chronology::build(&analyses);
    let chart = ChartOptions {
        title: title(args, &analyses),
        width: args.width,
    };
    match args.format {
        Some(format) => {
            let bytes = render_format(format, &analyses, &chron, &chart)?;
            let path = match &args.output {
                Some(p) => p.clone(),
                None => {
                    std::fs::create_dir_all(&args.out).map_err(|e| Error::output(&args.out, e))?;
                    args.out.join(format.default_name())
                }
            };
            write_atomic(&path, &bytes)?;
        }
        None => {
            if args.output.is_some() {
                return Err(Error::Usage(
                    "-o needs --format (which format to write there?)".into(),
                ));
            }
            let files = vec![
                ("chronology.csv", export::csv::write(&chron)?),
                ("chronology.json", export::json::write(&chron)?),
                ("timeline.svg", render::svg(&chron, &chart).into_bytes()),
            ];
            write_all_atomic(Path::new(&args.out), &files)?;
        }
    }
    Ok(if failed > 0 { 2 } else { 0 })
}
