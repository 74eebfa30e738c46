//! Documents: what the pipeline reads, with their creation time (DCT).
//!
//! [`read`] turns inputs (plain text, HTML, TimeML, JSON Lines, directories, stdin) into
//! [`Document`]s; [`dct`] finds a document's DCT when no `--dct` is given.

pub mod dct;
mod html;
pub mod read;

pub use read::{Input, read_inputs};

use chrono::NaiveDate;

use crate::timeml::TimeMl;

/// Where a document's DCT came from, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DctSource {
    /// `--dct` on the command line.
    Option,
    /// The document's own metadata: TimeML `<DCT>`, a JSONL `dct` field.
    Metadata,
    /// A `YYYY-MM-DD` in the file name.
    FileName,
    /// A dateline or photo-caption date in the text (with a warning).
    Dateline,
}

impl DctSource {
    /// Lower-case name, as written in `chronology.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            DctSource::Option => "option",
            DctSource::Metadata => "metadata",
            DctSource::FileName => "file name",
            DctSource::Dateline => "dateline",
        }
    }
}

/// A document creation time: the date news resolves "today" and "Saturday" against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dct {
    /// The date.
    pub date: NaiveDate,
    /// Where it came from.
    pub source: DctSource,
}

/// How a document's relative expressions are anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DocKind {
    /// Deictic expressions resolve against the DCT.
    News,
    /// Anaphoric expressions resolve against the narrative's last mentioned date.
    Narrative,
    /// Decide per document (see [`crate::timex::decide_kind`]).
    #[default]
    Auto,
}

impl DocKind {
    /// Parses `news`, `narrative` or `auto`.
    pub fn parse(s: &str) -> Option<DocKind> {
        match s {
            "news" => Some(DocKind::News),
            "narrative" => Some(DocKind::Narrative),
            "auto" => Some(DocKind::Auto),
            _ => None,
        }
    }

    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::News => "news",
            DocKind::Narrative => "narrative",
            DocKind::Auto => "auto",
        }
    }
}

/// One document to analyse.
#[derive(Debug, Clone)]
pub struct Document {
    /// The document id: file path, JSONL `id`, or `-` for stdin.
    pub id: String,
    /// The text to analyse. For TimeML, the decoded content of `<TEXT>`; for HTML, the
    /// visible text. Output offsets refer to this text.
    pub text: String,
    /// The creation time, when known.
    pub dct: Option<Dct>,
    /// The kind asked for (`Auto` is decided during resolution).
    pub kind: DocKind,
    /// The title, when the input gave one.
    pub title: Option<String>,
    /// The URL, when the input gave one.
    pub url: Option<String>,
    /// The parsed TimeML source, for writing tags back into it.
    pub timeml: Option<TimeMl>,
    /// Warnings about the document (e.g. a DCT taken from a dateline).
    pub warnings: Vec<String>,
}

impl Document {
    /// A plain-text document with an optional DCT.
    ///
    /// ```
    /// use chronicler::document::Document;
    /// let d = Document::from_text("x", "It rained on Saturday.", None);
    /// assert!(d.dct.is_none());
    /// ```
    pub fn from_text(id: &str, text: &str, dct: Option<Dct>) -> Document {
        Document {
            id: id.to_string(),
            text: text.to_string(),
            dct,
            kind: DocKind::Auto,
            title: None,
            url: None,
            timeml: None,
            warnings: Vec::new(),
        }
    }
}
