//! The one error type of the library, and the exit codes the binary maps it to.

use std::path::Path;

/// Everything that can go wrong, each variant with a message that names the file (or the
/// argument) and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input file (or stdin) that cannot be used: unreadable, not UTF-8, empty, binary,
    /// malformed TimeML/JSONL/CSV.
    #[error("{path}: {message}")]
    Input {
        /// The file, or `-` for stdin.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// A bad command-line value (`--dct 2021-13-45`) or combination of options.
    #[error("{0}")]
    Usage(String),
    /// An output that cannot be written.
    #[error("{path}: cannot write: {source}")]
    Output {
        /// The file or directory.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl Error {
    /// An input error for `path`.
    pub fn input(path: impl AsRef<Path>, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.as_ref().display().to_string(),
            message: message.into(),
        }
    }

    /// An output error for `path`.
    pub fn output(path: impl AsRef<Path>, source: std::io::Error) -> Error {
        Error::Output {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    /// The process exit code for this error: 2 for every usage, input and output error.
    pub fn exit_code(&self) -> i32 {
        2
    }
}

/// A result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
