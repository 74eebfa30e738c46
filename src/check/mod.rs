//! Checking dates against the sources: claims someone wrote down, and the sources against
//! each other.
//!
//! The modules, each with one job, in the order a check runs:
//! 1. [`claims`] reads a claims CSV (`event,date` + optional `source`);
//! 2. [`terms`] turns text into matchable terms (stemmed, stop words out);
//! 3. [`index`] indexes the chronology's dated events by their terms (inverted index,
//!    idf-weighted, words near the event's time expression weighing most);
//! 4. [`compare`] compares two dates as intervals;
//! 5. [`verify`] gives each claim its verdict: supported, contradicted or unverified;
//! 6. [`pairs`] finds the same event in two sources, and [`conflicts`] keeps the pairs
//!    whose dates disagree;
//! 7. [`consistency`] reads each source for a weekday that contradicts its date and a range
//!    that ends before it starts;
//! 8. [`report`] writes the results as CSV, JSON or text.
//!
//! [`check_claims`] and [`find_conflicts`] run the whole thing on analysed documents.
//!
//! ```
//! use chronicler::check::{claims, check_claims};
//! use chronicler::document::{Dct, DctSource, Document};
//! use chronicler::pipeline::analyze;
//! let dct = Dct { date: "2021-09-01".parse().unwrap(), source: DctSource::Option };
//! let doc = Document::from_text("a.txt",
//!     "On Saturday, the US military carried out a drone strike in Afghanistan.", Some(dct));
//! let claims = claims::parse(
//!     "event,date\nUS drone strike in Afghanistan,2021-08-28\nUS drone strike in Afghanistan,2021-07\nMars landing,2021-08\n",
//!     "claims.csv").unwrap();
//! let outcome = check_claims(&claims, &[analyze(doc)]);
//! let verdicts: Vec<&str> = outcome.findings.iter().map(|f| f.verdict.as_str()).collect();
//! assert_eq!(verdicts, ["supported", "contradicted", "unverified"]);
//! ```

pub mod claims;
pub mod compare;
pub mod conflicts;
pub mod consistency;
pub mod index;
pub mod near;
pub mod pairs;
pub mod report;
pub mod terms;
pub mod verify;

pub use claims::Claim;
pub use compare::Precision;
pub use conflicts::Conflict;
pub use consistency::Warning;
pub use verify::{Finding, Verdict};

use crate::chronology::{self, Chronology};
use crate::pipeline::Analysis;

/// The verdicts on some claims, and the warnings about the sources.
#[derive(Debug, Clone)]
pub struct ClaimsOutcome {
    /// One finding per claim, in the claims' order.
    pub findings: Vec<Finding>,
    /// Inconsistencies found in the sources.
    pub warnings: Vec<Warning>,
}

/// The conflicts between sources, and the warnings about them.
#[derive(Debug, Clone)]
pub struct ConflictsOutcome {
    /// The conflicts, in the chronology's order.
    pub conflicts: Vec<Conflict>,
    /// Inconsistencies found in the sources.
    pub warnings: Vec<Warning>,
}

/// The warnings of every analysis, in input order.
pub fn warnings(analyses: &[Analysis]) -> Vec<Warning> {
    analyses.iter().flat_map(consistency::check).collect()
}

/// Checks claims against the dated events of some analysed documents.
pub fn check_claims(claims: &[Claim], analyses: &[Analysis]) -> ClaimsOutcome {
    let chron = chronology::build(analyses);
    ClaimsOutcome {
        findings: check_claims_in(claims, &chron),
        warnings: warnings(analyses),
    }
}

/// Checks claims against a chronology (built from documents, or read from a
/// `chronology.csv`/`.json`).
pub fn check_claims_in(claims: &[Claim], chron: &Chronology) -> Vec<Finding> {
    let index = index::EventIndex::build(&chron.entries);
    verify::verify(claims, chron, &index)
}

/// Finds the conflicts between some analysed documents.
pub fn find_conflicts(analyses: &[Analysis]) -> ConflictsOutcome {
    let chron = chronology::build(analyses);
    ConflictsOutcome {
        conflicts: find_conflicts_in(&chron),
        warnings: warnings(analyses),
    }
}

/// Finds the conflicts between the sources of a chronology.
pub fn find_conflicts_in(chron: &Chronology) -> Vec<Conflict> {
    let index = index::EventIndex::build(&chron.entries);
    conflicts::conflicts(chron, &index)
}
