//! The subcommands of the `chronicler` binary, one module each.

pub mod train_events;
