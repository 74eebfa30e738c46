//! `chronicler tag <INPUT> [--dct D] [--doc-type ...] [--format timeml|json]`: the time
//! expressions of one document, on stdout. TimeML input comes back byte for byte with
//! tags inserted.

use clap::{Args, ValueEnum};

use super::common::DocArgs;
use crate::document::{Input, read_inputs};
use crate::error::{Error, Result};
use crate::pipeline;

/// Output formats of `tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TagFormat {
    /// The document as TimeML with TIMEX3 tags.
    Timeml,
    /// The expressions as JSON with char offsets.
    Json,
}

/// Arguments of `tag`.
#[derive(Debug, Args)]
pub struct TagArgs {
    /// The document (.txt, .html, .tml, .TE3input), or - for stdin.
    pub input: String,
    /// Document options.
    #[command(flatten)]
    pub doc: DocArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "timeml")]
    pub format: TagFormat,
}

/// Runs `tag`.
pub fn run(args: &TagArgs) -> Result<i32> {
    let opts = args.doc.read_options()?;
    let mut docs = read_inputs(&[Input::parse(&args.input)], opts);
    let doc = docs
        .next()
        .ok_or_else(|| Error::input(&args.input, "no document to tag"))??;
    if docs.next().is_some() {
        return Err(Error::Usage(format!(
            "{}: tag takes one document; use `chronicler extract` for several",
            args.input
        )));
    }
    for w in &doc.warnings {
        eprintln!("chronicler: warning: {w}");
    }
    // JSON lists the time expressions only: the event model need not run.
    let analysis = match args.format {
        TagFormat::Timeml => pipeline::analyze(doc),
        TagFormat::Json => pipeline::analyze_timexes(doc),
    };
    let out = match args.format {
        TagFormat::Timeml => pipeline::to_timeml(&analysis),
        TagFormat::Json => {
            let mut s = pipeline::to_json_pretty(&analysis)
                .map_err(|e| Error::Usage(format!("cannot write JSON: {e}")))?;
            s.push('\n');
            s
        }
    };
    crate::output::write_atomic(std::path::Path::new("-"), out.as_bytes())?;
    Ok(0)
}
