//! The command line: one module per subcommand, each owning its arguments (clap derive)
//! and its `run`. The list below reads as a table of contents.

pub mod check;
pub mod common;
pub mod eval;
pub mod extract;
pub mod render;
pub mod tag;
pub mod train_events;

use clap::{Parser, Subcommand};

use crate::error::Result;

/// chronicler: news articles and other prose in, a dated chronology out.
#[derive(Debug, Parser)]
#[command(name = "chronicler", version, about, long_about = None)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build a chronology from articles: chronology.csv, chronology.json, timeline.svg.
    Extract(extract::ExtractArgs),
    /// Tag the time expressions of one document (TimeML or JSON on stdout).
    Tag(tag::TagArgs),
    /// Draw a chronology (chronology.csv or .json) as a timeline chart, SVG or PNG.
    Render(render::RenderArgs),
    /// Check claims (event, date) against the sources, or list the sources' conflicts.
    Check(check::CheckArgs),
    /// TempEval-3 Task A/B scores against a directory of gold TimeML files.
    Eval(eval::EvalArgs),
    /// Rebuild the shipped event model from a TimeML corpus, or cross-validate it (--cv N)
    /// and measure anchoring against its TLINKs (--anchor-eval).
    TrainEvents(train_events::TrainEventsArgs),
}

/// Runs a parsed command line; the `Ok` value is the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match &cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Tag(a) => tag::run(a),
        Command::Render(a) => render::run(a).map(|()| 0),
        Command::Check(a) => check::run(a),
        Command::Eval(a) => eval::run(a).map(|()| 0),
        Command::TrainEvents(a) => train_events::run(a).map(|()| 0),
    }
}
