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

use super::tokens::Tokens;
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

/// The spans of the sentences [`split`] finds in `text`, without building its token list:
/// only the words around a possible stop are tokenized. For stages that need sentence
/// bounds alone (resolving time expressions), on long texts several times faster than
/// [`super::tokenize`] and [`split`].
///
/// Each line is cut on its own, since a line break always ends a sentence. A sentence
/// shorter than [`MAX_SENTENCE_TOKENS`] bytes cannot hold that many tokens: only a longer
/// one can be cut by the token count, and from its start the rest of its line is split as
/// [`split`] does, over its tokens.
pub(super) fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 100);
    let mut from = 0;
    while from < text.len() {
        let to = memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |n| from + n);
        line_spans(text, from, to, &mut out);
        from = to + 1;
    }
    out
}

/// Pushes the sentence spans of the line `from..to` of `text` (`to` at a line break or the
/// end of the text).
fn line_spans(text: &str, mut from: usize, to: usize, out: &mut Vec<Span>) {
    loop {
        // The sentence starts at its first token: the first character that is not
        // whitespace (the tokenizer skips exactly `char::is_whitespace`).
        let start = to - text[from..to].trim_start().len();
        if start == to {
            return;
        }
        match sentence_end(text, start, to) {
            Some(end) => {
                out.push(Span::new(start, end));
                from = end;
            }
            None => {
                let tokens: Vec<Token> = Tokens::new(text, start, to).collect();
                out.extend(split(text, &tokens).into_iter().map(|s| s.span));
                return;
            }
        }
    }
}

/// The end of the sentence that starts at token start `start` in the line `start..to`,
/// when it is shorter than [`MAX_SENTENCE_TOKENS`] bytes (`None` otherwise): past the
/// first stop token followed by a sentence start (after any closers), or at the end of
/// the line.
fn sentence_end(text: &str, start: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let limit = (start + MAX_SENTENCE_TOKENS).min(to);
    // Tokens are known up to `synced`: a token starts there, or whitespace precedes it.
    let mut synced = start;
    let mut at = start;
    loop {
        let Some(stop) = memchr::memchr3(b'.', b'!', b'?', &bytes[at..limit]).map(|n| at + n)
        else {
            let end = start + text[start..to].trim_end().len();
            return (end - start < MAX_SENTENCE_TOKENS).then_some(end);
        };
        at = stop + 1;
        // `!` and `?` are always tokens of their own; a period may belong to a number
        // ("3.5") or an abbreviation ("Sept.", "U.S.").
        if bytes[stop] == b'.' && !period_is_token(text, &mut synced, stop) {
            at = at.max(synced);
            continue;
        }
        if let Some(end) = end_after_stop(text, stop + 1, to) {
            return (end - start < MAX_SENTENCE_TOKENS).then_some(end);
        }
    }
}

/// Whether the period at `stop` is a token of its own. Tokenizes from `synced` (or the
/// last ASCII whitespace before the period, if later) to the token that holds it, and
/// moves `synced` to that token's end.
fn period_is_token(text: &str, synced: &mut usize, stop: usize) -> bool {
    let bytes = text.as_bytes();
    if *synced > stop {
        // The period lies inside the last token read ("U.S.").
        return false;
    }
    let from = bytes[*synced..stop]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(*synced, |n| *synced + n + 1);
    for token in Tokens::new(text, from, stop + 1) {
        if token.span.end > stop {
            *synced = token.span.end;
            return token.kind == TokenKind::Punct;
        }
    }
    unreachable!("the period at {stop} belongs to a token")
}

/// Where a sentence whose last stop token ends at `after` ends, if it does: past the
/// closing quotes and brackets that follow (within the line `..to`), when the line ends
/// after them or the next token starts a sentence.
fn end_after_stop(text: &str, mut after: usize, to: usize) -> Option<usize> {
    loop {
        let rest = text[after..to].trim_start();
        let Some(c) = rest.chars().next() else {
            return Some(after);
        };
        let next = to - rest.len();
        let len = c.len_utf8();
        if is_closer(&text[next..next + len]) {
            after = next + len;
            continue;
        }
        return starts_sentence(rest).then_some(after);
    }
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

    /// The spans [`super::split`] gives over all the tokens of `text`.
    fn reference_spans(text: &str) -> Vec<crate::text::Span> {
        let tokens = crate::text::tokenize(text);
        super::split(text, &tokens)
            .into_iter()
            .map(|s| s.span)
            .collect()
    }

    /// Deterministic text from pieces that test every rule of the tokenizer and the
    /// splitter: stops, abbreviations, numbers with periods, closers, openers, line breaks,
    /// other whitespace, non-ASCII letters; and runs long enough for the token cap.
    fn generated(seed: u64, pieces: usize) -> String {
        const PIECES: &[&str] = &[
            "the",
            "The",
            "said",
            "Milley",
            "É",
            "été",
            "ß",
            "İstanbul",
            "x",
            "A",
            "z",
            ".",
            ".",
            ".",
            "!",
            "?",
            "...",
            "Sept.",
            "Gen.",
            "gen",
            "No.",
            "no",
            "Vol.",
            "U.S.",
            "a.m.",
            "p.m",
            "e.g.",
            "3.5",
            "1,000",
            "5:45",
            "2021",
            "20th",
            "9am",
            "COVID19",
            "1.",
            "\"",
            "'",
            "”",
            "’",
            ")",
            "]",
            "»",
            "“",
            "‘",
            "(",
            "«",
            "[",
            "\n",
            "\r\n",
            "\n\n",
            "\u{a0}",
            "\u{2009}",
            "\u{b}",
            "\t",
            " ",
            "—",
            "-",
            ",",
            ":",
            "Ümit",
            "ſ",
            "٣",
        ];
        const SEPARATORS: &[&str] = &[" ", " ", " ", "", "  ", "\n", "\u{a0}"];
        let mut state = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let mut text = String::new();
        while text.len() < pieces * 3 {
            // Now and then a long run without line breaks, with or without stops (a run of
            // periods is one sentence of many tokens), for the token cap.
            if next(40) == 0 {
                let (piece, separator) =
                    [("word", " "), (".", ""), ("x,", " "), ("a.", " ")][next(4)];
                for _ in 0..200 + next(400) {
                    text.push_str(piece);
                    text.push_str(separator);
                }
            }
            text.push_str(PIECES[next(PIECES.len())]);
            text.push_str(SEPARATORS[next(SEPARATORS.len())]);
        }
        text
    }

    #[test]
    fn spans_without_tokens_are_those_of_the_token_split() {
        for seed in 0..300 {
            let text = generated(seed, 20 + seed as usize * 7);
            assert_eq!(
                super::spans(&text),
                reference_spans(&text),
                "seed {seed}: {text:?}"
            );
        }
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/input");
        for entry in std::fs::read_dir(corpus).expect("the input folder") {
            let path = entry.expect("an entry").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                assert_eq!(super::spans(&text), reference_spans(&text), "{path:?}");
            }
        }
    }
}
