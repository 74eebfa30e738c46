//! chronicler: news articles and other prose in, a dated chronology out.
//!
//! # The pipeline
//!
//! One document flows one way through these stages; each is a module with one job, and
//! no stage reaches back into an earlier one:
//!
//! 1. [`document`] reads an input (text, HTML, TimeML, JSONL, a directory or stdin) into a
//!    [`document::Document`] with its DCT.
//! 2. [`text`] cuts the text into sentences and tokens with offsets.
//! 3. [`timex`] recognizes time expressions (rule families as tables), selects among
//!    overlapping candidates, and resolves each to a TIMEX3 [`value::Value`] against the DCT
//!    (news) or the narrative's last date.
//! 4. [`event`] finds event triggers with a trained model and ties each time expression to
//!    the event it dates.
//! 5. [`chronology`] turns dated events into intervals, merges documents and sorts them.
//! 6. [`export`], [`render`] and [`check`] write, draw and check the chronology;
//!    [`eval`] scores the tagger with the TempEval-3 metrics.

pub mod check;
pub mod chronology;
pub mod cli;
pub mod document;
pub mod error;
pub mod eval;
pub mod event;
pub mod export;
pub mod fnv;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod text;
pub mod timeml;
pub mod timex;
pub mod value;

pub use error::{Error, Result};
