//! `chronicler extract <INPUT>...`: build the chronology of one or more documents.
//!
//! Without `--format` it writes `chronology.csv`, `chronology.json` and `timeline.svg` into
//! `--out` (default `output/`). With `--format F` it writes that one format (csv, json,
//! jsonl, timeml, timelinejs, html, ics, svg, png) to `-o FILE` (`-` for stdout), or to its
//! default name in `--out`. Rows from different sources that report the same event become
//! one row ([`chronology::merge`]); the JSON keeps every mention.
//!
//! Documents stream through a bounded pipeline: a reader thread reads them in input order
//! into a channel that holds at most one window; the main thread takes a window (up to
//! [`WINDOW_DOCS`] documents or [`WINDOW_BYTES`] of text), analyses it on `--jobs` threads,
//! and emits the results in input order. Memory is bounded by the documents in flight,
//! not by the corpus: `--format jsonl` and `--format timeml` write each window out as it
//! is done, and the chronology formats (csv, json, timelinejs, html, ics, svg, png, the
//! default) keep only the chronology's entries, never the documents' texts. Output is the same for every `--jobs`.
//!
//! A document that cannot be read is reported on stderr and the others are still
//! processed; the exit code is then 2. Every output file is written whole or not at all:
//! streamed output goes to a temporary file beside the target that is renamed over it at
//! the end. (With `-o -` the events go to stdout window by window, as a map step needs;
//! an error there ends the stream with exit 2.) On a terminal, stderr shows a progress bar with rate and ETA (not with
//! `--quiet`).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::common::DocArgs;
use crate::chronology::{self, Chronology, DocumentInfo, Entry, Merged};
use crate::document::{Document, Input, read_inputs};
use crate::error::{Error, Result};
use crate::export::{self, Format};
use crate::output::{Contents, write_all_atomic_with, write_atomic_with};
use crate::pipeline;
use crate::render::{self, ChartOptions};

/// The most documents analysed together in one window.
pub const WINDOW_DOCS: usize = 256;

/// The most text, in bytes, analysed together in one window (a window holds at least one
/// document, however large).
pub const WINDOW_BYTES: usize = 32 << 20;

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

    /// Whether the format is written document by document as the analysis goes.
    fn streams(self) -> bool {
        matches!(self, ExtractFormat::Jsonl | ExtractFormat::Timeml)
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
    /// Documents processed in parallel (default: all cores). The output does not depend
    /// on it.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// No warnings or progress on stderr (errors are still reported).
    #[arg(long)]
    pub quiet: bool,
}

/// What one document contributes to the output, computed on a worker thread so that the
/// document's text can be dropped there.
enum Part {
    /// JSON Lines: the document's dated events, one serialized line each.
    Lines(Vec<u8>),
    /// TimeML: the tagged document.
    TimeMl(String),
    /// The chronology formats: the document's row of `documents` and its entries.
    Rows(DocumentInfo, Vec<Entry>),
}

fn analyse(doc: Document, format: Option<ExtractFormat>) -> Result<Part> {
    // TimeML shows every event; the other formats show dated events only.
    let a = if format == Some(ExtractFormat::Timeml) {
        pipeline::analyze(doc)
    } else {
        pipeline::analyze_for_chronology(doc)
    };
    Ok(match format {
        Some(ExtractFormat::Jsonl) => {
            let mut out = Vec::new();
            for e in chronology::entries_of(&a) {
                serde_json::to_writer(&mut out, &e)
                    .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
                out.push(b'\n');
            }
            Part::Lines(out)
        }
        Some(ExtractFormat::Timeml) => Part::TimeMl(pipeline::to_timeml(&a)),
        _ => {
            let mut c = chronology::build(std::slice::from_ref(&a));
            let info = c.documents.pop().expect("one document in, one out");
            Part::Rows(info, c.entries)
        }
    })
}

/// Where streamed output goes: stdout, or a temporary file renamed over the target when
/// everything went well.
enum Stream {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File {
        tmp: std::io::BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl Stream {
    fn open(path: &Path) -> Result<Stream> {
        if path == Path::new("-") {
            return Ok(Stream::Stdout(std::io::BufWriter::new(std::io::stdout())));
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = crate::output::temp_in(dir).map_err(|e| Error::output(path, e))?;
        Ok(Stream::File {
            tmp: std::io::BufWriter::with_capacity(1 << 20, tmp),
            path: path.to_path_buf(),
        })
    }

    fn name(&self) -> String {
        match self {
            Stream::Stdout(_) => "stdout".to_string(),
            Stream::File { path, .. } => path.display().to_string(),
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        let r = match self {
            Stream::Stdout(w) => w.write_all(bytes),
            Stream::File { tmp, .. } => tmp.write_all(bytes),
        };
        r.map_err(|e| Error::output(self.name(), e))
    }

    /// Hands what was written so far to the reader (stdout only: a file appears whole at
    /// the end).
    fn flush_window(&mut self) -> Result<()> {
        match self {
            Stream::Stdout(w) => w.flush().map_err(|e| Error::output("stdout", e)),
            Stream::File { .. } => Ok(()),
        }
    }

    /// Finishes the output: flushes stdout, or renames the temporary file over the target.
    fn finish(self) -> Result<()> {
        match self {
            Stream::Stdout(mut w) => w.flush().map_err(|e| Error::output("stdout", e)),
            Stream::File { tmp, path } => {
                let tmp = tmp
                    .into_inner()
                    .map_err(|e| Error::output(&path, e.into_error()))?;
                tmp.persist(&path)
                    .map_err(|e| Error::output(&path, e.error))?;
                Ok(())
            }
        }
    }
}

/// Collects the parts into the output, in input order.
enum Sink {
    Stream { out: Stream, docs: usize },
    Chronology(Chronology),
}

impl Sink {
    fn accept(&mut self, part: Part) -> Result<()> {
        match (self, part) {
            (Sink::Stream { out, docs, .. }, Part::Lines(bytes)) => {
                *docs += 1;
                out.write(&bytes)
            }
            (Sink::Stream { out, docs, .. }, Part::TimeMl(s)) => {
                if *docs > 0 {
                    out.write(b"\n")?;
                }
                *docs += 1;
                out.write(s.as_bytes())
            }
            (Sink::Chronology(c), Part::Rows(info, entries)) => {
                c.documents.push(info);
                c.entries.extend(entries);
                Ok(())
            }
            _ => unreachable!("parts are made for the sink's format"),
        }
    }
}

/// The progress bar on stderr (hidden unless stderr is a terminal and not `--quiet`).
struct Progress {
    bar: ProgressBar,
    bytes: Arc<AtomicU64>,
    docs: u64,
}

impl Progress {
    fn new(quiet: bool, total: Option<u64>, bytes: Arc<AtomicU64>) -> Progress {
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let (bar, template) = match total {
                Some(t) => (
                    ProgressBar::new(t),
                    "{bar:20} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                ),
                None => (
                    ProgressBar::new_spinner(),
                    "{spinner} {bytes} {binary_bytes_per_sec} {msg}",
                ),
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        };
        Progress {
            bar,
            bytes,
            docs: 0,
        }
    }

    fn update(&mut self, docs: usize) {
        self.docs += docs as u64;
        self.bar.set_position(self.bytes.load(Ordering::Relaxed));
        self.bar.set_message(format!("{} docs", self.docs));
    }

    /// Prints a line on stderr without tearing the bar.
    fn say(&self, line: &str) {
        self.bar.suspend(|| eprintln!("chronicler: {line}"));
    }
}

/// The title for charts and pages: `--title`, else the only document's title, else its
/// file name without extension, else "Chronology of N sources".
fn title(args: &ExtractArgs, documents: &[DocumentInfo]) -> String {
    if let Some(t) = &args.title {
        return t.clone();
    }
    match documents {
        [d] => d.title.clone().unwrap_or_else(|| {
            Path::new(&d.id)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Chronology".to_string())
        }),
        many => format!("Chronology of {} sources", many.len()),
    }
}

/// Writes made bytes into an output.
fn write_bytes(w: &mut dyn Write, bytes: &[u8]) -> Result<()> {
    w.write_all(bytes)
        .map_err(|e| Error::Usage(format!("cannot write: {e}")))
}

/// Checks the options that can be checked before reading anything.
fn check_args(args: &ExtractArgs) -> Result<()> {
    if args.format.is_none() && args.output.is_some() {
        return Err(Error::Usage(
            "-o needs --format (which format to write there?)".into(),
        ));
    }
    if args.jobs == Some(0) {
        return Err(Error::Usage("--jobs must be at least 1".into()));
    }
    Ok(())
}

/// Makes sure a directory for outputs exists and takes new files, before the work starts.
fn check_out_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e))?;
    crate::output::temp_in(dir)
        .map(drop)
        .map_err(|e| Error::output(dir, e))
}

/// Where `--format F` writes: `-o`, or its default name in `--out`.
fn target(args: &ExtractArgs, format: ExtractFormat) -> Result<PathBuf> {
    Ok(match &args.output {
        Some(p) => p.clone(),
        None => {
            check_out_dir(&args.out)?;
            args.out.join(format.default_name())
        }
    })
}

/// Runs `extract`.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    check_args(args)?;
    let opts = args.doc.read_options()?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .thread_name(|i| format!("worker-{i}"))
        .build()
        .map_err(|e| Error::Usage(format!("--jobs: {e}")))?;
    let mut sink = match args.format {
        Some(format) if format.streams() => Sink::Stream {
            out: Stream::open(&target(args, format)?)?,
            docs: 0,
        },
        Some(format) => {
            let path = target(args, format)?;
            if path != Path::new("-") {
                // Fail now, not after the corpus, when the target's directory is unwritable.
                Stream::open(&path)?;
            }
            Sink::Chronology(Chronology::default())
        }
        None => {
            check_out_dir(&args.out)?;
            Sink::Chronology(Chronology::default())
        }
    };

    let inputs: Vec<Input> = args.inputs.iter().map(|s| Input::parse(s)).collect();
    let stream = read_inputs(&inputs, opts);
    let mut progress = Progress::new(args.quiet, stream.total_bytes(), stream.bytes_read());
    let (tx, rx) = mpsc::sync_channel(WINDOW_DOCS);
    let (ok, failed) = std::thread::scope(|scope| -> Result<(usize, usize)> {
        std::thread::Builder::new()
            .name("reader".into())
            .spawn_scoped(scope, move || {
                for item in stream {
                    if tx.send(item).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| Error::Usage(format!("cannot start the reader thread: {e}")))?;
        let (mut ok, mut failed) = (0, 0);
        let mut next = rx.recv().ok();
        while next.is_some() {
            // Take one window of documents, reporting bad ones as they come.
            let mut window = Vec::new();
            let mut bytes = 0;
            while let Some(item) = next.take() {
                match item {
                    Ok(doc) => {
                        if !args.quiet {
                            for w in &doc.warnings {
                                progress.say(&format!("warning: {w}"));
                            }
                        }
                        bytes += doc.text.len();
                        window.push(doc);
                    }
                    Err(e) => {
                        progress.say(&format!("error: {e}"));
                        failed += 1;
                    }
                }
                if window.len() >= WINDOW_DOCS || bytes >= WINDOW_BYTES {
                    break;
                }
                next = rx.recv().ok();
            }
            if next.is_none() {
                next = rx.recv().ok();
            }
            let n = window.len();
            let format = args.format;
            let parts: Vec<Result<Part>> = pool.install(|| {
                window
                    .into_par_iter()
                    .map(|doc| analyse(doc, format))
                    .collect()
            });
            for part in parts {
                sink.accept(part?)?;
            }
            if let Sink::Stream { out, .. } = &mut sink {
                out.flush_window()?;
            }
            ok += n;
            progress.update(n);
        }
        // Dropping the receiver ends the reader if an error stopped us early.
        drop(rx);
        Ok((ok, failed))
    })?;
    progress.bar.finish_and_clear();

    if ok == 0 {
        return Err(Error::Usage(
            "no document could be read; nothing was written".to_string(),
        ));
    }
    match sink {
        Sink::Stream { out, .. } => out.finish()?,
        Sink::Chronology(mut chron) => {
            chron.sort();
            let chart = ChartOptions {
                title: title(args, &chron.documents),
                width: args.width,
            };
            // Rows from different sources that report the same event become one row; the
            // JSON keeps every mention. One source has nothing to merge: its rows stay as
            // they are, each its own mention (what `merge` gives, without its pairwise
            // search, which grows with the square of the rows).
            let merged = if chron.documents.len() < 2 {
                Merged {
                    mentions: chron.entries.iter().map(|e| vec![e.clone()]).collect(),
                    chronology: chron,
                }
            } else {
                chronology::merge(&chron)
            };
            let rows = &merged.chronology;
            // CSV is written straight into its (temporary) file.
            let csv: Contents = Box::new(|w| export::csv::write_to(rows, w));
            let bytes = |b: Result<Vec<u8>>| -> Contents { Box::new(move |w| write_bytes(w, &b?)) };
            match args.format {
                None => write_all_atomic_with(
                    Path::new(&args.out),
                    vec![
                        ("chronology.csv", csv),
                        ("chronology.json", bytes(merged.to_json())),
                        (
                            "timeline.svg",
                            bytes(Ok(render::svg(rows, &chart).into_bytes())),
                        ),
                    ],
                )?,
                Some(format) => {
                    let contents = match format {
                        ExtractFormat::Csv => csv,
                        ExtractFormat::Json => bytes(merged.to_json()),
                        ExtractFormat::Timelinejs => {
                            bytes(export::write(Format::TimelineJs, rows, &chart.title))
                        }
                        ExtractFormat::Html => {
                            bytes(export::write(Format::Html, rows, &chart.title))
                        }
                        ExtractFormat::Ics => bytes(export::write(Format::Ics, rows, &chart.title)),
                        ExtractFormat::Svg => bytes(Ok(render::svg(rows, &chart).into_bytes())),
                        ExtractFormat::Png => bytes(render::png(rows, &chart)),
                        ExtractFormat::Jsonl | ExtractFormat::Timeml => {
                            unreachable!("streamed formats do not collect rows")
                        }
                    };
                    write_atomic_with(&target(args, format)?, contents)?;
                }
            }
        }
    }
    if failed > 0 {
        progress.say(&format!(
            "{failed} of {} inputs could not be read (see above); the others were processed",
            ok + failed
        ));
    }
    Ok(if failed > 0 { 2 } else { 0 })
}
