//! The `chronicler` binary: parse arguments, run, map errors to exit codes.

use clap::Parser;

fn main() {
    let cli = chronicler::cli::Cli::parse();
    match chronicler::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("chronicler: error: {e}");
            std::process::exit(e.exit_code());
        }
    }
}
