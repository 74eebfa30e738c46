//! The outcome of an evaluation and its text and JSON renderings.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::errors::{ErrorSummary, TimexError};
use super::metrics::{EventCounts, Prf, Scores, TimexCounts};
use super::pair::{DocScores, Mismatch};

/// How many of the most frequent missed and spurious strings a summary lists.
pub const TOP_STRINGS: usize = 20;

/// What became of one gold file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Scored against its system file (or the tagger's output).
    Scored(DocScores),
    /// Refused: the system text inside `<TEXT>` differs from the gold's. Not counted at all.
    Refused(Mismatch),
    /// No system file answers it: scored as a system that annotated nothing, so all its
    /// gold entities count as missed.
    Unanswered(DocScores),
}

/// One gold file and its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The gold file name (the pairing key).
    pub name: String,
    /// The gold file.
    pub path: PathBuf,
    /// What became of it.
    pub outcome: Outcome,
}

impl FileReport {
    /// Its counts and errors, unless it was refused.
    pub fn scores(&self) -> Option<&DocScores> {
        match &self.outcome {
            Outcome::Scored(s) | Outcome::Unanswered(s) => Some(s),
            Outcome::Refused(_) => None,
        }
    }
}

/// The result of [`evaluate`](super::evaluate): one entry per gold file, in file name
/// order, and the system files that answer no gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every gold file, sorted by name.
    pub files: Vec<FileReport>,
    /// System TimeML files (by name) that answer no gold file, so were not scored.
    pub ignored: Vec<PathBuf>,
}

fn pct(x: f64) -> String {
    format!("{:.2}%", 100.0 * x)
}

impl Report {
    /// Task A counts summed over all files that were not refused.
    pub fn timex_counts(&self) -> TimexCounts {
        let mut c = TimexCounts::default();
        for s in self.files.iter().filter_map(FileReport::scores) {
            c += s.timex;
        }
        c
    }

    /// Task B counts summed over all files that were not refused.
    pub fn event_counts(&self) -> EventCounts {
        let mut c = EventCounts::default();
        for s in self.files.iter().filter_map(FileReport::scores) {
            c += s.event;
        }
        c
    }

    /// The micro-averaged scores.
    pub fn scores(&self) -> Scores {
        Scores::from_counts(&self.timex_counts(), &self.event_counts())
    }

    /// Every timex error with its file name, sorted by file name, then offset.
    pub fn errors(&self) -> impl Iterator<Item = (&str, &TimexError)> {
        self.files.iter().flat_map(|f| {
            f.scores()
                .into_iter()
                .flat_map(move |s| s.errors.iter().map(move |e| (f.name.as_str(), e)))
        })
    }

    /// Counts per error kind and the most frequent missed and spurious strings.
    pub fn error_summary(&self) -> ErrorSummary {
        ErrorSummary::new(self.errors().map(|(_, e)| e), TOP_STRINGS)
    }

    fn refused(&self) -> impl Iterator<Item = (&str, &Mismatch)> {
        self.files.iter().filter_map(|f| match &f.outcome {
            Outcome::Refused(m) => Some((f.name.as_str(), m)),
            _ => None,
        })
    }

    fn unanswered(&self) -> impl Iterator<Item = &str> {
        self.files.iter().filter_map(|f| match &f.outcome {
            Outcome::Unanswered(_) => Some(f.name.as_str()),
            _ => None,
        })
    }

    /// Warnings about files that were refused, unanswered or ignored, one per line.
    pub fn warnings(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .refused()
            .map(|(name, m)| format!("{name}: refused, not scored: {m}"))
            .collect();
        out.extend(
            self.unanswered()
                .map(|name| format!("{name}: no system file; scored as annotating nothing")),
        );
        out.extend(
            self.ignored
                .iter()
                .map(|p| format!("{}: answers no gold file; ignored", p.display())),
        );
        out
    }

    /// The readable report: the score table, the file warnings and, with `errors`, the
    /// error summary and the listing of every error with its context.
    ///
    /// ```
    /// # use chronicler::eval::{Report};
    /// let report = Report { files: vec![], ignored: vec![] };
    /// assert!(report.to_text(false).contains("value"));
    /// ```
    pub fn to_text(&self, errors: bool) -> String {
        let (t, e) = (self.timex_counts(), self.event_counts());
        let s = self.scores();
        let scored = self.files.iter().filter(|f| f.scores().is_some()).count();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "TempEval-3 evaluation: {scored} of {} files scored\n",
            self.files.len()
        );
        let head = |out: &mut String, title: &str| {
            let _ = writeln!(
                out,
                "{title:<26}{:>11}{:>11}{:>11}",
                "precision", "recall", "F1"
            );
        };
        let row = |out: &mut String, name: &str, p: &Prf| {
            let _ = writeln!(
                out,
                "  {name:<24}{:>11}{:>11}{:>11}",
                pct(p.precision),
                pct(p.recall),
                pct(p.f1)
            );
        };
        let f1_row = |out: &mut String, name: &str, f1: f64| {
            let _ = writeln!(out, "  {name:<24}{:>11}{:>11}{:>11}", "", "", pct(f1));
        };
        head(&mut out, "Task A: time expressions");
        row(&mut out, "relaxed match", &s.timex.relaxed);
        row(&mut out, "strict match", &s.timex.strict);
        f1_row(&mut out, "value", s.timex.value_f1);
        f1_row(&mut out, "type", s.timex.type_f1);
        let _ = writeln!(
            out,
            "  gold {}, system {}; pairs: relaxed {}, strict {}, same value {}, same type {}\n",
            t.gold, t.system, t.relaxed, t.strict, t.value, t.type_
        );
        head(&mut out, "Task B: events");
        row(
            &mut out,
            "event match",
            &Prf {
                precision: s.event.precision,
                recall: s.event.recall,
                f1: s.event.f1,
            },
        );
        f1_row(&mut out, "class", s.event.class_f1);
        let _ = writeln!(
            out,
            "  gold {}, system {}; pairs: {}, same class {}",
            e.gold, e.system, e.matched, e.class
        );
        let warnings = self.warnings();
        if !warnings.is_empty() {
            let _ = writeln!(out, "\nFiles:");
            for w in warnings {
                let _ = writeln!(out, "  {w}");
            }
        }
        if errors {
            self.write_errors(&mut out);
        }
        out
    }

    fn write_errors(&self, out: &mut String) {
        let summary = self.error_summary();
        let counts: Vec<String> = summary
            .counts
            .iter()
            .map(|(k, n)| format!("{} {n}", k.name()))
            .collect();
        let _ = writeln!(out, "\nTime expression errors: {}", counts.join(", "));
        let _ = writeln!(
            out,
            "  (missed: gold only; spurious: system only; span: overlapping but not the same text;\n   value/type: paired with a different attribute)"
        );
        let rows = summary.top_missed.len().max(summary.top_spurious.len());
        if rows > 0 {
            let _ = writeln!(
                out,
                "\n  {:<38}most frequent spurious",
                "most frequent missed"
            );
        }
        let cell = |list: &[(String, usize)], i: usize| {
            list.get(i)
                .map_or(String::new(), |(s, n)| format!("{n:>5}  {s}"))
        };
        for i in 0..rows {
            let _ = writeln!(
                out,
                "  {:<38}{}",
                cell(&summary.top_missed, i),
                cell(&summary.top_spurious, i)
            );
        }
        let _ = writeln!(out);
        for (file, e) in self.errors() {
            let _ = writeln!(out, "{file}:{} {}", e.offset(), e.describe());
            let _ = writeln!(out, "    {}", e.context);
        }
    }

    /// The JSON report: exactly the object of `../shared/EVAL.md`, and with `errors` also
    /// `errors` (every error, sorted by file and offset), `error_summary` and `files`.
    ///
    /// ```
    /// # use chronicler::eval::Report;
    /// let report = Report { files: vec![], ignored: vec![] };
    /// let v: serde_json::Value = serde_json::from_str(&report.to_json(false)).unwrap();
    /// assert_eq!(v.as_object().unwrap().len(), 2); // timex, event
    /// ```
    pub fn to_json(&self, errors: bool) -> String {
        let mut v = serde_json::to_value(self.scores()).unwrap_or(Value::Null);
        if errors && let Value::Object(map) = &mut v {
            let list: Vec<Value> = self
                .errors()
                .map(|(file, e)| {
                    json!({
                        "file": file,
                        "kind": e.kind,
                        "offset": e.offset(),
                        "gold": e.gold,
                        "system": e.system,
                        "context": e.context,
                    })
                })
                .collect();
            let summary = self.error_summary();
            let top = |list: &[(String, usize)]| -> Vec<Value> {
                list.iter()
                    .map(|(s, n)| json!({"text": s, "count": n}))
                    .collect()
            };
            let counts: serde_json::Map<String, Value> = summary
                .counts
                .iter()
                .map(|(k, n)| (k.name().to_string(), json!(n)))
                .collect();
            map.insert("errors".into(), Value::Array(list));
            map.insert(
                "error_summary".into(),
                json!({
                    "counts": counts,
                    "top_missed": top(&summary.top_missed),
                    "top_spurious": top(&summary.top_spurious),
                }),
            );
            map.insert(
                "files".into(),
                json!({
                    "scored": self.files.iter().filter(|f| f.scores().is_some()).count(),
                    "refused": self.refused().map(|(name, m)| json!({"file": name, "reason": m.to_string()})).collect::<Vec<_>>(),
                    "unanswered": self.unanswered().collect::<Vec<_>>(),
                    "ignored": self.ignored.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
                }),
            );
        }
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }
}
