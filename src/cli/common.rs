//! Arguments shared by the subcommands that read documents.

use clap::{Args, ValueEnum};

use crate::document::read::ReadOptions;
use crate::document::{DocKind, dct};
use crate::error::Result;

/// `--doc-type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocTypeArg {
    /// Resolve against the DCT (deictic).
    News,
    /// Resolve against the last mentioned date (anaphoric).
    Narrative,
    /// Decide per document.
    Auto,
}

/// How documents are read and anchored.
#[derive(Debug, Clone, Args)]
pub struct DocArgs {
    /// The document creation time, YYYY-MM-DD (overrides any date in the documents).
    #[arg(long, value_name = "DATE")]
    pub dct: Option<String>,
    /// How relative expressions are anchored: against the DCT (news), the last mentioned
    /// date (narrative), or decided per document (auto).
    #[arg(long = "doc-type", value_enum, default_value = "auto")]
    pub doc_type: DocTypeArg,
}

impl DocArgs {
    /// Checks the arguments and turns them into read options.
    pub fn read_options(&self) -> Result<ReadOptions> {
        let dct = match &self.dct {
            Some(s) => Some(dct::parse_dct(s)?),
            None => None,
        };
        let kind = match self.doc_type {
            DocTypeArg::News => DocKind::News,
            DocTypeArg::Narrative => DocKind::Narrative,
            DocTypeArg::Auto => DocKind::Auto,
        };
        Ok(ReadOptions { dct, kind })
    }
}
