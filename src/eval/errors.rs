//! The per-error listing behind `chronicler eval --errors`: every missed, spurious,
//! mis-spanned, mis-valued and mis-typed time expression, and a summary that says which
//! strings the rules miss or over-match most often.

use std::collections::HashMap;

use serde::Serialize;

use crate::text::{CharMap, Span};
use crate::timeml::Element;

/// How many characters of text the context shows on each side of an expression.
const CONTEXT_CHARS: usize = 30;

/// One time expression as annotated in a gold or system file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The covered text.
    pub text: String,
    /// Char (Unicode scalar) offset of its start in the tag-stripped `<TEXT>`.
    pub start: usize,
    /// Char offset one past its end.
    pub end: usize,
    /// Its `value` attribute.
    pub value: Option<String>,
    /// Its `type` attribute.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

impl Mention {
    /// The mention of TIMEX3 element `el` of `text`.
    pub(crate) fn of(el: &Element, text: &str, chars: &CharMap) -> Mention {
        Mention {
            text: text[el.span.start..el.span.end].to_string(),
            start: chars.char_offset(el.span.start),
            end: chars.char_offset(el.span.end),
            value: el.attr("value").map(str::to_string),
            type_: el.attr("type").map(str::to_string),
        }
    }

    /// `"text" TYPE VALUE`, with `-` for a missing attribute.
    fn describe(&self) -> String {
        format!(
            "{:?} {} {}",
            self.text,
            self.type_.as_deref().unwrap_or("-"),
            self.value.as_deref().unwrap_or("-")
        )
    }
}

/// What is wrong with a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorKind {
    /// A gold timex that no system timex overlaps (costs recall).
    Missed,
    /// A system timex that overlaps no gold timex (costs precision).
    Spurious,
    /// A relaxed match whose covered text differs (costs strict P/R).
    Span,
    /// A relaxed match whose `value` differs (costs value F1).
    Value,
    /// A relaxed match whose `type` differs (costs type F1).
    Type,
}

impl ErrorKind {
    /// All kinds, in listing order.
    pub const ALL: [ErrorKind; 5] = [
        ErrorKind::Missed,
        ErrorKind::Spurious,
        ErrorKind::Span,
        ErrorKind::Value,
        ErrorKind::Type,
    ];

    /// The lowercase name used in the listing and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::Span => "span",
            ErrorKind::Value => "value",
            ErrorKind::Type => "type",
        }
    }
}

/// One scoring error in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimexError {
    /// What is wrong.
    pub kind: ErrorKind,
    /// The gold timex (absent for a spurious one).
    pub gold: Option<Mention>,
    /// The system timex (absent for a missed one).
    pub system: Option<Mention>,
    /// About 60 characters of text around the expression, whitespace runs as one space,
    /// the gold expression (or the spurious system one) in `[...]`.
    pub context: String,
}

impl TimexError {
    /// Builds an error, cutting its context out of `text`. `mark` is the byte span to put
    /// in brackets.
    pub(crate) fn new(
        kind: ErrorKind,
        gold: Option<Mention>,
        system: Option<Mention>,
        text: &str,
        mark: Span,
    ) -> TimexError {
        TimexError {
            kind,
            gold,
            system,
            context: context(text, mark),
        }
    }

    /// Char offset where the error is: the gold expression's start, or the system one's for
    /// a spurious expression.
    pub fn offset(&self) -> usize {
        self.gold
            .as_ref()
            .or(self.system.as_ref())
            .map_or(0, |m| m.start)
    }

    /// One readable line: kind, then the gold and the system expression.
    pub fn describe(&self) -> String {
        let side = |m: &Option<Mention>| m.as_ref().map_or("-".to_string(), Mention::describe);
        format!(
            "{:<8} gold {}  | system {}",
            self.kind.name(),
            side(&self.gold),
            side(&self.system)
        )
    }
}

/// Collapses whitespace runs (line breaks included) into single spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Up to [`CONTEXT_CHARS`] characters before and after `mark`, with `mark` in brackets.
fn context(text: &str, mark: Span) -> String {
    let before_start = text[..mark.start]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let after_end = text[mark.end..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| mark.end + i);
    let before = squash(&text[before_start..mark.start]);
    let after = squash(&text[mark.end..after_end]);
    let lead =
        if text[before_start..mark.start].ends_with(char::is_whitespace) && !before.is_empty() {
            " "
        } else {
            ""
        };
    let trail = if text[mark.end..after_end].starts_with(char::is_whitespace) && !after.is_empty() {
        " "
    } else {
        ""
    };
    format!(
        "{}{before}{lead}[{}]{trail}{after}{}",
        if before_start > 0 { "…" } else { "" },
        squash(&text[mark.start..mark.end]),
        if after_end < text.len() { "…" } else { "" },
    )
}

/// How many errors of each kind, and the most frequent missed and spurious strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorSummary {
    /// Count per kind, in [`ErrorKind::ALL`] order (all kinds present, zeros included).
    pub counts: Vec<(ErrorKind, usize)>,
    /// The most frequent missed gold strings (lowercased, whitespace squashed), with their
    /// counts, most frequent first (ties alphabetically).
    pub top_missed: Vec<(String, usize)>,
    /// The most frequent spurious system strings, likewise.
    pub top_spurious: Vec<(String, usize)>,
}

impl ErrorSummary {
    /// Summarizes `errors`, keeping the `top` most frequent missed and spurious strings.
    ///
    /// ```
    /// use chronicler::eval::{ErrorKind, ErrorSummary, Mention, TimexError};
    /// let m = |t: &str| Mention { text: t.into(), start: 0, end: t.len(), value: None, type_: None };
    /// let errors = vec![
    ///     TimexError { kind: ErrorKind::Missed, gold: Some(m("Friday")), system: None, context: String::new() },
    ///     TimexError { kind: ErrorKind::Missed, gold: Some(m("friday")), system: None, context: String::new() },
    ///     TimexError { kind: ErrorKind::Spurious, gold: None, system: Some(m("May")), context: String::new() },
    /// ];
    /// let s = ErrorSummary::new(errors.iter(), 10);
    /// assert_eq!(s.counts[0], (ErrorKind::Missed, 2));
    /// assert_eq!(s.top_missed, vec![("friday".to_string(), 2)]);
    /// assert_eq!(s.top_spurious, vec![("may".to_string(), 1)]);
    /// ```
    pub fn new<'a>(errors: impl Iterator<Item = &'a TimexError>, top: usize) -> ErrorSummary {
        let mut counts: HashMap<ErrorKind, usize> = HashMap::new();
        let mut missed: HashMap<String, usize> = HashMap::new();
        let mut spurious: HashMap<String, usize> = HashMap::new();
        for e in errors {
            *counts.entry(e.kind).or_default() += 1;
            let (table, m) = match e.kind {
                ErrorKind::Missed => (&mut missed, &e.gold),
                ErrorKind::Spurious => (&mut spurious, &e.system),
                _ => continue,
            };
            if let Some(m) = m {
                *table.entry(squash(&m.text.to_lowercase())).or_default() += 1;
            }
        }
        let most = |table: HashMap<String, usize>| {
            let mut v: Vec<(String, usize)> = table.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v.truncate(top);
            v
        };
        ErrorSummary {
            counts: ErrorKind::ALL
                .iter()
                .map(|k| (*k, counts.get(k).copied().unwrap_or(0)))
                .collect(),
            top_missed: most(missed),
            top_spurious: most(spurious),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_marks_the_expression_and_squashes_whitespace() {
        let text = "It fell\n\non Friday, the  day after.";
        let at = text.find("Friday").unwrap();
        assert_eq!(
            context(text, Span::new(at, at + 6)),
            "It fell on [Friday], the day after."
        );
        let long = format!("{}{}{}", "a".repeat(50), "2021", "b".repeat(50));
        let c = context(&long, Span::new(50, 54));
        assert_eq!(c, format!("…{}[2021]{}…", "a".repeat(30), "b".repeat(30)));
        // Multi-byte characters are cut at char boundaries.
        let text = format!("{}“May”{}", "é".repeat(40), "’".repeat(40));
        let at = text.find("May").unwrap();
        let c = context(&text, Span::new(at, at + 3));
        assert!(c.contains("“[May]”"), "{c}");
    }
}
