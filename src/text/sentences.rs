//! Sentence boundaries.
//!
//! A sentence ends at a line break, or at `.` `!` `?` (with any closing quotes or
//! brackets after it) when the next token starts with an upper-case letter, a digit or an
//! opening quote. Abbreviations keep their period inside their token (see
//! [`super::tokenize`]), so "Gen. Milley" does not split.
//!
//! A run of [`MAX_SENTENCE_TOKENS`] tokens without an end is cut there: text without
//! stops (a list of numbers, "May May May ...", a 50 MB line) must not make one sentence
//! that every time expression in it has to scan.

use super::{Sentence, Span, Token, TokenKind};

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn starts_sentence(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(«[".contains(c))
}

/// The most tokens in one sentence; prose sentences stay far below it (a long news
/// sentence has about 60).
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits the tokens of `text` into sentences.
pub(super) fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let tok = |i: usize| &text[tokens[i].span.start..tokens[i].span.end];
    // Whether a line break lies between token `i - 1` and token `i` (the bytes between
    // two tokens are whitespace: a byte search finds it).
    let break_before =
        |i: usize| text.as_bytes()[tokens[i - 1].span.end..tokens[i].span.start].contains(&b'\n');
    let mut i = 0;
    while i < tokens.len() {
        let next = i + 1;
        // A line break between this token and the next ends the sentence.
        let mut end_here = next < tokens.len() && break_before(next);
        if !end_here && tokens[i].kind == TokenKind::Punct && matches!(tok(i), "." | "!" | "?") {
            // Take closing quotes/brackets that belong to this sentence.
            let mut j = next;
            while j < tokens.len() && is_closer(tok(j)) && !break_before(j) {
                j += 1;
            }
            if j >= tokens.len() || starts_sentence(tok(j)) || break_before(j) {
                i = j - 1;
                end_here = true;
            }
        }
        if !end_here && i + 1 - first >= MAX_SENTENCE_TOKENS {
            end_here = true;
        }
        if end_here || i + 1 == tokens.len() {
            let span = Span::new(tokens[first].span.start, tokens[i].span.end);
            out.push(Sentence {
                span,
                tokens: first..i + 1,
            });
            first = i + 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::text::Segmented;

    fn sents(text: &str) -> Vec<&str> {
        let s = Segmented::new(text);
        s.sentences
            .iter()
            .map(|x| &text[x.span.start..x.span.end])
            .collect()
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks_but_not_abbreviations() {
        assert_eq!(
            sents(
                "Gen. Mark Milley spoke on Sept. 1. He said “no.” Then he left.\nHeadline here\n\nNext para."
            ),
            vec![
                "Gen. Mark Milley spoke on Sept. 1.",
                "He said “no.”",
                "Then he left.",
                "Headline here",
                "Next para."
            ]
        );
        assert_eq!(
            sents("The U.S. military left."),
            vec!["The U.S. military left."]
        );
    }

    #[test]
    fn text_without_stops_is_cut_into_bounded_sentences() {
        let text = "May ".repeat(1000);
        let s = crate::text::Segmented::new(&text);
        assert_eq!(s.sentences.len(), 3);
        assert!(
            s.sentences
                .iter()
                .all(|x| x.tokens.len() <= super::MAX_SENTENCE_TOKENS)
        );
        assert_eq!(s.sentences[2].tokens.end, 1000);
    }
}
