//! TEMP shim (drop at merge): a throwaway entry point with only `eval`, until it is wired
//! into the command enum on main.

use clap::{Parser, Subcommand};

/// chronicler (eval branch).
#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// TempEval-3 scores against gold TimeML files.
    Eval(chronicler::cli::eval::EvalArgs),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Eval(args) => chronicler::cli::eval::run(&args),
    };
    if let Err(e) = result {
        eprintln!("chronicler: {e}");
        std::process::exit(e.exit_code());
    }
}
