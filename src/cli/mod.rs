//! One module per subcommand: each owns its arguments (a clap `Args` struct) and its `run`.

pub mod eval;
