//! `chronicler eval <GOLD_DIR> [--system DIR] [--format text|json] [--errors]`: the
//! TempEval-3 Task A/B scores of a system directory, or of chronicler's own tagger, against
//! a directory of gold TimeML files (see [`crate::eval`] for how each number is computed).

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::error::{Error, Result};
use crate::eval::{Report, System, evaluate};

/// The output format of `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum EvalFormat {
    /// A readable table, percentages to two decimals.
    #[default]
    Text,
    /// One JSON object, scores as fractions in 0..1 (the shape of `../shared/EVAL.md`).
    Json,
}

/// Arguments of `chronicler eval`.
#[derive(Debug, Clone, Args)]
pub struct EvalArgs {
    /// Gold TimeML files: a directory searched recursively for *.tml, or one file.
    #[arg(value_name = "GOLD_DIR")]
    pub gold_dir: PathBuf,

    /// System TimeML files, paired with the gold files by name (X.tml, X.tml.TE3input or
    /// X.TE3input answer gold X.tml). Without it, chronicler tags each gold file's raw
    /// text itself (gold DCT, annotations stripped) and scores that.
    #[arg(long, value_name = "DIR")]
    pub system: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,

    /// Also list every missed, spurious, mis-spanned, mis-valued and mis-typed time
    /// expression with its context, and the most frequent missed and spurious strings.
    #[arg(long)]
    pub errors: bool,
}

/// Runs the evaluation that `args` asks for: the system directory, or chronicler's own
/// tagger ([`crate::pipeline::tag_timeml`]) when there is none.
pub fn report(args: &EvalArgs) -> Result<Report> {
    let system = match &args.system {
        Some(dir) => System::Dir(dir.clone()),
        None => System::Tagger(&crate::pipeline::tag_timeml),
    };
    evaluate(&args.gold_dir, system)
}

/// The text that `eval` prints for `report`.
///
/// ```
/// use chronicler::cli::eval::{EvalArgs, EvalFormat, render};
/// use chronicler::eval::Report;
/// let args = EvalArgs { gold_dir: "gold".into(), system: None, format: EvalFormat::Json, errors: false };
/// let out = render(&args, &Report { files: vec![], ignored: vec![] });
/// assert!(out.starts_with('{') && out.contains("\"value_f1\""));
/// ```
pub fn render(args: &EvalArgs, report: &Report) -> String {
    match args.format {
        EvalFormat::Text => report.to_text(args.errors),
        EvalFormat::Json => report.to_json(args.errors),
    }
}

/// Runs `chronicler eval`: prints the report to stdout. With `--format json`, warnings
/// about refused, unanswered and ignored files go to stderr (the text report lists them).
pub fn run(args: &EvalArgs) -> Result<()> {
    let report = report(args)?;
    if args.format == EvalFormat::Json {
        for w in report.warnings() {
            eprintln!("warning: {w}");
        }
    }
    let out = render(args, &report);
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::output("-", e)),
        _ => Ok(()),
    }
}
