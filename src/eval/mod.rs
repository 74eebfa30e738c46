//! The TempEval-3 scorer: Task A (time expressions) and Task B (events), computing what
//! the official TempEval-3 evaluation toolkit computes (`../shared/EVAL.md`).
//!
//! # Files
//!
//! Gold files are the `*.tml` files under the gold directory, searched recursively
//! (hidden entries skipped); the gold path may also be a single file. System files are
//! paired with gold files **by file name**, wherever they sit under the system directory:
//! a system file `X.tml`, `X.tml.TE3input` or `X.TE3input` (suffixes compared without
//! regard to ASCII case) answers gold `X.tml`. When both `X.tml` and a `.TE3input` form
//! exist, `X.tml` wins; two files of the same form answering one gold file are an input
//! error, as are two gold files with the same name. When gold and system are both single
//! files they are paired whatever their names. System files with such names that answer no
//! gold file are listed as ignored; files with other names (a README) are skipped.
//!
//! Without a system directory ([`System::Tagger`]), each gold file is stripped of its
//! annotations (TIMEX3, EVENT and SIGNAL tags inside `<TEXT>`, the link elements after
//! it; the `<DCT>` and everything else stay) and handed to the tagger, whose TimeML output
//! is scored like a system file.
//!
//! Every file problem — unreadable, not UTF-8, malformed TimeML, an empty or missing gold
//! directory, a tagger that fails or returns something that is not TimeML — is an
//! [`Error::Input`] naming the file.
//!
//! # Refused and missing files
//!
//! The toolkit insists that a system changes nothing but tags: if the tag-stripped,
//! entity-decoded text inside `<TEXT>` of a system file differs from the gold's in any
//! character (whitespace included), the file is **refused**: reported with its first
//! difference ([`Mismatch`]) and left out of every count, gold and system alike, the way
//! the toolkit reports such a file and goes on without it. That is our reading of the
//! toolkit (a judgment call): it means a refused file costs no recall, so the text report
//! lists every refused file under the scores, `--format json` warns about each on stderr,
//! and a tagger that corrupts text is a bug to fix, never a score to read. Entities are
//! decoded before comparing, so `&amp;` and `&#38;` are the same text.
//!
//! A gold file that no system file answers is scored as if the system had annotated
//! nothing (every gold timex and event missed) and reported as unanswered: a system that
//! drops a document must not gain from it. (The toolkit has no defined behaviour here; it
//! expects one output per input.)
//!
//! # What is scored
//!
//! Every TIMEX3 inside `<TEXT>`, except one with `functionInDocument="CREATION_TIME"`: the
//! DCT (`tid="t0"`, in `<DCT>`, outside `<TEXT>`) is never scored, and neither is a copy of
//! it inside the text. Non-consuming (empty) TIMEX3 elements have no text and are not
//! entities. Every EVENT inside `<TEXT>`.
//!
//! # Tokens and alignment
//!
//! The toolkit aligns entities by *token*. Its tokens are the text's whitespace-separated
//! words: maximal runs of characters other than ASCII whitespace (space, tab, LF, CR, VT,
//! FF) in the tag-stripped `<TEXT>`. This is the judgment call that "a timex that starts
//! inside a token belongs to that token" pins down: `mid-<TIMEX3>August</TIMEX3>` and
//! ``` ``<TIMEX3>Today</TIMEX3>, ``` touch the tokens `mid-August` and ``` ``Today, ```, so
//! a system that tags `mid-August` or just `Today` overlaps them. Punctuation is never a
//! token of its own, and no linguistic tokenizer is involved, so the result does not depend
//! on chronicler's own tokenizer. An entity covers every token its characters touch; one
//! with no text, or only whitespace, covers none and can pair with nothing (it still counts).
//!
//! **Timexes** pair one-to-one in text order: each gold timex, in order of its start, takes
//! the first system timex (in order of start) not already taken whose tokens overlap its
//! own. Two system timexes overlapping one gold timex give one pair and one spurious
//! timex.
//!
//! **Events** pair one-to-one when they start on the same token: each gold event, in text
//! order, takes the first not yet taken system event whose first token is its own first
//! token.
//!
//! # Task A metrics
//!
//! Counts are summed over all scored files first (micro-average), then:
//!
//! - *relaxed*: P = pairs / system timexes, R = pairs / gold timexes, F1 = 2PR/(P+R);
//! - *strict*: the same with only the pairs whose covered text is identical — the same
//!   character span of the text (judgment call: characters, not tokens, so a pair
//!   `August` / `mid-August` is relaxed but not strict even though both touch one token);
//! - *value F1* = (pairs whose `value` strings are equal / pairs) × relaxed F1, and
//!   *type F1* likewise with `type`. Values are compared as exact strings after XML entity
//!   decoding (`P1DE` ≠ `P10Y`, `2013-W11` ≠ `2013-03-11`); a missing attribute equals a
//!   missing attribute (the toolkit reads a missing attribute as the attribute's name) and
//!   differs from an empty one.
//!
//! A ratio with a zero denominator is 0, never NaN.
//!
//! Attribute values are compared after the XML parser has read them (entities decoded,
//! single or double quotes alike); the toolkit's own regular expression would miss a
//! single-quoted attribute, which no system here writes.
//!
//! # Task B metrics
//!
//! Event P/R/F1 from the pairs as above; class F1 = (pairs with the same `class` / pairs)
//! × event F1. An event's class is its `class` attribute, or, when the tag has none, the
//! `class` of the MAKEINSTANCE whose `eventID` is its `eid`.
//!
//! # Errors listing
//!
//! Each scored document also yields its [`TimexError`]s: every missed (gold only),
//! spurious (system only), span (paired but not strict), value and type error, with the
//! gold and system text, type and value, char offsets into the tag-stripped `<TEXT>` and
//! about 60 characters of context. [`Report::errors`] lists them by file and offset, and
//! [`ErrorSummary`] counts them per kind and ranks the missed and spurious strings
//! (lowercased): the input for rule work.
//!
//! # Example
//!
//! ```
//! use chronicler::eval::{System, evaluate};
//! let gold = tempfile::tempdir().unwrap();
//! let sys = tempfile::tempdir().unwrap();
//! let head = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>"#;
//! std::fs::write(gold.path().join("a.tml"), format!(r#"{head}<TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#)).unwrap();
//! std::fs::write(sys.path().join("a.tml.TE3input"), format!(r#"{head}<TEXT>Stocks fell <TIMEX3 tid="t1" type="DATE" value="1998-01-08">yesterday</TIMEX3>.</TEXT></TimeML>"#)).unwrap();
//! let report = evaluate(gold.path(), System::Dir(sys.path().to_path_buf())).unwrap();
//! let s = report.scores();
//! assert_eq!((s.timex.relaxed.f1, s.timex.strict.f1, s.timex.value_f1), (1.0, 1.0, 0.0));
//! assert_eq!((s.event.recall, s.event.precision), (0.0, 0.0));
//! ```

mod align;
mod errors;
mod files;
mod metrics;
mod pair;
mod report;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::timeml::{TimeMl, insert_tags};

pub use errors::{ErrorKind, ErrorSummary, Mention, TimexError};
pub use metrics::{EventCounts, EventScores, Prf, Scores, TimexCounts, TimexScores};
pub use pair::{DocScores, Mismatch, score_pair};
pub use report::{FileReport, Outcome, Report, TOP_STRINGS};

/// A tagger: takes a raw TimeML document (gold DCT, no annotations) and returns it as
/// TimeML with tags inserted.
pub type Tagger<'a> = &'a (dyn Fn(&TimeMl) -> Result<String> + Sync);

/// Where the system annotations come from.
pub enum System<'a> {
    /// A directory (or a single file) of system TimeML files, paired with the gold files
    /// by name.
    Dir(PathBuf),
    /// A tagger run on each gold file's raw document.
    Tagger(Tagger<'a>),
}

impl std::fmt::Debug for System<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            System::Dir(d) => f.debug_tuple("Dir").field(d).finish(),
            System::Tagger(_) => f.write_str("Tagger(..)"),
        }
    }
}

/// The raw document a tagger gets for `gold`: the same source with the annotations
/// inside `<TEXT>` and the links after it removed.
///
/// ```
/// use chronicler::eval::raw_document;
/// use chronicler::timeml::TimeMl;
/// let gold = TimeMl::parse(r#"<TimeML><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998">in 1998</TIMEX3>.</TEXT>
/// <MAKEINSTANCE eventID="e1" eiid="ei1"/>
/// </TimeML>"#).unwrap();
/// let raw = raw_document(&gold).unwrap();
/// assert_eq!(raw.source, "<TimeML><TEXT>It fell in 1998.</TEXT>\n</TimeML>");
/// assert!(raw.timexes.is_empty());
/// ```
pub fn raw_document(gold: &TimeMl) -> std::result::Result<TimeMl, crate::timeml::TimeMlError> {
    TimeMl::parse(&insert_tags(gold, &[], ""))
}

/// Scores one gold file against the system.
fn score_file(gold: &files::GoldFile, system: &Answer<'_>) -> Result<FileReport> {
    let gold_doc = files::read_timeml(&gold.path)?;
    let sys_doc = match system {
        Answer::File(path) => files::read_timeml(path)?,
        Answer::None => {
            return Ok(FileReport {
                name: gold.name.clone(),
                path: gold.path.clone(),
                outcome: Outcome::Unanswered(pair::score_unanswered(&gold_doc)),
            });
        }
        Answer::Tagger(tagger) => {
            let raw = raw_document(&gold_doc).map_err(|e| {
                Error::input(&gold.path, format!("cannot strip the annotations: {e}"))
            })?;
            let tagged = tagger(&raw)
                .map_err(|e| Error::input(&gold.path, format!("the tagger failed: {e}")))?;
            files::parse_timeml(&gold.path, &tagged).map_err(|e| match e {
                Error::Input { path, message } => Error::Input {
                    path,
                    message: format!("tagger output: {message}"),
                },
                other => other,
            })?
        }
    };
    let outcome = match score_pair(&gold_doc, &sys_doc) {
        Ok(s) => Outcome::Scored(s),
        Err(m) => Outcome::Refused(m),
    };
    Ok(FileReport {
        name: gold.name.clone(),
        path: gold.path.clone(),
        outcome,
    })
}

/// What answers one gold file.
enum Answer<'a> {
    File(PathBuf),
    None,
    Tagger(Tagger<'a>),
}

/// Scores the system against every gold file under `gold` (a directory, searched
/// recursively, or one file), in parallel. See the [module docs](self) for the pairing of
/// files and entities and for each metric.
///
/// ```
/// use chronicler::eval::{System, evaluate};
/// let gold = tempfile::tempdir().unwrap();
/// std::fs::write(gold.path().join("a.tml"), r#"<TimeML><TEXT>It rained <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#).unwrap();
/// // A tagger that finds nothing: recall 0.
/// let nothing = |doc: &chronicler::timeml::TimeMl| Ok(doc.source.clone());
/// let report = evaluate(gold.path(), System::Tagger(&nothing)).unwrap();
/// assert_eq!(report.timex_counts().gold, 1);
/// assert_eq!(report.scores().timex.relaxed.recall, 0.0);
/// ```
pub fn evaluate(gold: &Path, system: System<'_>) -> Result<Report> {
    let gold_files = files::gold_files(gold)?;
    let mut ignored = Vec::new();
    let answers: Vec<Answer<'_>> = match system {
        System::Tagger(t) => gold_files.iter().map(|_| Answer::Tagger(t)).collect(),
        System::Dir(dir) if gold.is_file() && dir.is_file() => vec![Answer::File(dir)],
        System::Dir(dir) => {
            let mut found = files::system_files(&dir)?;
            let answers = gold_files
                .iter()
                .map(|g| found.remove(&g.name).map_or(Answer::None, Answer::File))
                .collect();
            ignored = found.into_values().collect();
            ignored.sort();
            answers
        }
    };
    let files = gold_files
        .par_iter()
        .zip(answers.par_iter())
        .map(|(g, a)| score_file(g, a))
        .collect::<Result<Vec<_>>>()?;
    Ok(Report { files, ignored })
}
