//! `chronicler check`: dates someone wrote down, checked against the sources.
//!
//! - `check --claims CLAIMS.csv SOURCE...`: one verdict per claim (supported,
//!   contradicted, unverified), in the claims' order. Exit 1 when a claim is contradicted.
//! - `check SOURCE...`: the events that two sources date differently. Exit 1 when there is
//!   a conflict.
//!
//! Sources are documents (anything `extract` reads) or chronologies written by `extract`
//! (`chronology.csv`, `chronology.json`). A source that cannot be read, or a bad claims
//! file, is an input error (exit 2) and nothing is written. Warnings (a weekday that
//! contradicts its date, a range that ends before it starts, a DCT taken from a dateline)
//! go to stderr, or into the `warnings` array with `--format json`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use super::common::DocArgs;
use crate::check::{self, Verdict, report};
use crate::chronology::{self, Chronology};
use crate::document::{Input, read_inputs};
use crate::error::{Error, Result};
use crate::output::write_atomic;
use crate::pipeline::{self, Analysis};

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// One row per claim (or conflict), spreadsheet-safe.
    Csv,
    /// `{"claims": [...]}` or `{"conflicts": [...]}`, with `summary`/`sources` and `warnings`.
    Json,
    /// A readable report (coloured on a terminal unless NO_COLOR is set).
    Text,
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Claims to check: a CSV with columns event,date (+ optional source). Without it,
    /// the sources are compared with each other and their conflicts listed.
    #[arg(long, value_name = "CLAIMS.csv")]
    pub claims: Option<PathBuf>,
    /// The sources: articles (.txt, .html, .tml, .jsonl, directories, - for stdin) or
    /// chronologies written by `extract` (chronology.csv, chronology.json).
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Document options.
    #[command(flatten)]
    pub doc: DocArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: CheckFormat,
    /// Where to write the report (`-`, the default, for stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
    /// No warnings on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// Whether a source is a chronology written by `extract` rather than a document.
fn is_chronology(s: &str) -> bool {
    let p = Path::new(s);
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    p.is_file() && (ext == "csv" || ext == "json")
}

/// Reads every source: documents analysed, chronologies read. Any source that cannot be
/// read is reported and makes the whole check fail.
fn read_sources(args: &CheckArgs) -> Result<(Vec<Analysis>, Chronology)> {
    let opts = args.doc.read_options()?;
    let mut failed = Vec::new();
    let mut extra = Chronology::default();
    let mut inputs = Vec::new();
    for s in &args.sources {
        if is_chronology(s) {
            match chronology::read_path(Path::new(s)) {
                Ok(c) => {
                    extra.documents.extend(c.documents);
                    extra.entries.extend(c.entries);
                }
                Err(e) => failed.push(e),
            }
        } else {
            inputs.push(Input::parse(s));
        }
    }
    let mut docs = Vec::new();
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
            Err(e) => failed.push(e),
        }
    }
    match failed.len() {
        0 => {}
        1 => {
            return Err(match failed.remove(0) {
                Error::Input { path, message } => Error::Input {
                    path,
                    message: format!("{message}; nothing was checked"),
                },
                e => e,
            });
        }
        n => {
            for e in &failed {
                eprintln!("chronicler: error: {e}");
            }
            return Err(Error::Usage(format!(
                "{n} sources could not be read; nothing was checked"
            )));
        }
    }
    let analyses: Vec<Analysis> = docs
        .into_par_iter()
        .map(pipeline::analyze_for_chronology)
        .collect();
    let mut chron = chronology::build(&analyses);
    chron.documents.extend(extra.documents);
    chron.entries.extend(extra.entries);
    chron.sort();
    Ok((analyses, chron))
}

/// Whether the text report may use colour: a terminal on stdout and no `NO_COLOR`.
fn use_color(args: &CheckArgs) -> bool {
    args.format == CheckFormat::Text
        && args.output == Path::new("-")
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Runs `check`.
pub fn run(args: &CheckArgs) -> Result<i32> {
    // Claims first: a bad claims file is reported before the sources are read.
    let claims = match &args.claims {
        Some(p) => Some(check::claims::read(p)?),
        None => None,
    };
    let (analyses, chron) = read_sources(args)?;
    let warnings = check::warnings(&analyses);
    if !args.quiet && args.format != CheckFormat::Json {
        for w in &warnings {
            eprintln!("chronicler: warning: {}", report::warning_line(w));
        }
    }
    let (bytes, code) = match claims {
        Some(claims) => {
            let findings = check::check_claims_in(&claims, &chron);
            let contradicted = findings.iter().any(|f| f.verdict == Verdict::Contradicted);
            let bytes = match args.format {
                CheckFormat::Csv => report::claims_csv(&findings)?,
                CheckFormat::Json => report::claims_json(&findings, &warnings)?,
                CheckFormat::Text => report::claims_text(&findings, use_color(args)),
            };
            (bytes, i32::from(contradicted))
        }
        None => {
            let conflicts = check::find_conflicts_in(&chron);
            let sources = chron.documents.len();
            if sources < 2 && !args.quiet {
                eprintln!(
                    "chronicler: warning: one source only: conflicts need two (give --claims to check claims)"
                );
            }
            let bytes = match args.format {
                CheckFormat::Csv => report::conflicts_csv(&conflicts)?,
                CheckFormat::Json => report::conflicts_json(&conflicts, sources, &warnings)?,
                CheckFormat::Text => report::conflicts_text(&conflicts, sources, use_color(args)),
            };
            (bytes, i32::from(!conflicts.is_empty()))
        }
    };
    write_atomic(&args.output, &bytes)?;
    Ok(code)
}
