//! Tokens: words, numbers and punctuation with byte spans.

use super::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits): "Milley", "ISIS", "COVID19", and abbreviations with
    /// their periods: "Sept.", "U.S.".
    Word,
    /// Digits, possibly with internal `,` `.` `:` ("124,000", "5:45", "3.5").
    Number,
    /// Anything else, one character at a time.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the token.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
}

/// Lower-case abbreviations that keep their period ("Sept." is one token, and does not end
/// a sentence). Sorted, for binary search.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "aug", "ave", "blvd", "capt", "cmdr", "co", "col", "corp", "cpl",
    "dec", "dept", "dr", "est", "etc", "feb", "fri", "ft", "gen", "gov", "inc", "jan", "jr", "jul",
    "jun", "lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "mt", "nov", "oct",
    "pres", "prof", "pvt", "rep", "rev", "sat", "sen", "sep", "sept", "sgt", "sr", "st", "sun",
    "supt", "thu", "thur", "thurs", "tue", "tues", "univ", "vs", "wed",
];

/// Abbreviations that keep their period only before a number ("No. 2", "Vol. 3"); elsewhere
/// "no." is a word and a full stop. Sorted, for binary search.
const NUMBER_ABBREVIATIONS: &[&str] = &["fig", "no", "nos", "pp", "vol"];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The length of the longest word in [`ABBREVIATIONS`] and [`NUMBER_ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = 6;

/// A word of at most eight bytes as a number that sorts as the word does: its bytes,
/// big-endian, padded with zeros.
const fn sort_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < word.len() {
            key |= word[i] as u64;
        }
        i += 1;
    }
    key
}

/// The [`sort_key`]s of the words of `list`.
const fn sort_keys<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = sort_key(list[i].as_bytes());
        i += 1;
    }
    keys
}

/// [`ABBREVIATIONS`] as [`sort_key`]s.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = sort_keys(ABBREVIATIONS);

/// [`NUMBER_ABBREVIATIONS`] as [`sort_key`]s.
static NUMBER_ABBREVIATION_KEYS: [u64; NUMBER_ABBREVIATIONS.len()] =
    sort_keys(NUMBER_ABBREVIATIONS);

fn is_abbreviation(word: &str, after_period: &str) -> bool {
    // Most words before a period are longer than any abbreviation.
    if word.len() > LONGEST_ABBREVIATION {
        return false;
    }
    // The lists are sorted and lower case: a binary search for `word` lower-cased, as a
    // number (a sentence ends in a look-up).
    let mut lower = [0u8; LONGEST_ABBREVIATION];
    lower[..word.len()].copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let key = sort_key(&lower);
    ABBREVIATION_KEYS.binary_search(&key).is_ok()
        || (NUMBER_ABBREVIATION_KEYS.binary_search(&key).is_ok()
            && after_period
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()))
}

/// Splits `text` into tokens. Whitespace is skipped; every other character belongs to
/// exactly one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    out.extend(Tokens::new(text, 0, text.len()));
    out
}

/// The tokens of `text` that start in `from..to`, in order: those [`tokenize`] gives,
/// when `from` is where one of them starts or follows whitespace, and `to` is at a line
/// break or the end of the text (no token spans either). Reads the text past `to` as
/// [`tokenize`] does ("No." before a number on the next line keeps its period).
#[derive(Debug, Clone)]
pub(crate) struct Tokens<'a> {
    /// The whole text.
    text: &'a str,
    /// Where the next token is looked for.
    pos: usize,
    /// Where no more tokens are looked for.
    to: usize,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text` from byte `from` to byte `to`.
    pub(crate) fn new(text: &'a str, from: usize, to: usize) -> Tokens<'a> {
        Tokens {
            text,
            pos: from,
            to,
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let token = next_token(self.text, self.pos, self.to)?;
        self.pos = token.span.end;
        Some(token)
    }
}

/// The first token of `text` that starts in `i..to` (`i` a token start or whitespace).
fn next_token(text: &str, mut i: usize, to: usize) -> Option<Token> {
    let bytes = text.as_bytes();
    while i < to {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            text[i..].chars().next()?
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = if c.is_ascii_digit() {
            number_token_end(text, i)
        } else if is_word_char(c) {
            (word_token_end(text, i), TokenKind::Word)
        } else {
            (i + c.len_utf8(), TokenKind::Punct)
        };
        return Some(Token {
            span: Span::new(i, end),
            kind,
        });
    }
    None
}

/// The end and kind of the token that starts with the digit at `start`: a number, or a
/// word when letters are glued to it.
fn number_token_end(text: &str, start: usize) -> (usize, TokenKind) {
    let i = number_end(text, start);
    // Ordinals and unit suffixes glued to numbers stay one token: "1st", "20th".
    let rest = &text[i..];
    let suffix_len = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"]
        .iter()
        .find(|s| rest.starts_with(*s))
        .map(|s| s.len())
        .filter(|&n| !rest[n..].chars().next().is_some_and(is_word_char));
    if let Some(n) = suffix_len {
        return (i + n, TokenKind::Word);
    }
    // Letters glued after digits ("9am", "COVID19" handled as word below).
    if rest.chars().next().is_some_and(|c| c.is_alphabetic()) {
        return (word_end(text, i), TokenKind::Word);
    }
    (i, TokenKind::Number)
}

/// The end of the word token that starts with the word character at `start`, with the
/// periods of a dotted abbreviation ("U.S.") or a listed one ("Sept.").
fn word_token_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = word_end(text, start);
    // Dotted abbreviations: "U.S.", "a.m.", "p.m." (single letters joined by dots).
    let word_len = i - start;
    if word_len <= 2 && bytes.get(i) == Some(&b'.') {
        let mut j = i;
        while bytes.get(j) == Some(&b'.')
            && bytes.get(j + 1).is_some_and(|b| b.is_ascii_alphabetic())
            && !bytes.get(j + 2).is_some_and(|b| b.is_ascii_alphabetic())
        {
            j += 2;
        }
        if j > i {
            i = j;
            if bytes.get(i) == Some(&b'.') {
                i += 1;
            }
            return i;
        }
    }
    if bytes.get(i) == Some(&b'.') {
        let word = &text[start..i];
        let single_capital = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
        if is_abbreviation(word, &text[i + 1..]) || single_capital {
            i += 1;
        }
    }
    i
}

/// The end of the run of word characters (letters and digits) starting at `i`, reading
/// ASCII byte by byte and decoding only other characters.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, the bulk of every word, by table.
        i += bytes[i..]
            .iter()
            .take_while(|&&b| ASCII_ALNUM[usize::from(b)])
            .count();
        match bytes.get(i) {
            Some(&b) if b >= 0x80 => match text[i..].chars().next() {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// Whether each byte is an ASCII letter or digit.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of a number starting at `i`: digits with single internal `,` `.` `:` followed
/// by a digit.
fn number_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let digit = b[i].is_ascii_digit();
        let joiner =
            matches!(b[i], b',' | b'.' | b':') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(digit || joiner) {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_sorted_lower_case() {
        for list in [ABBREVIATIONS, NUMBER_ABBREVIATIONS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|a| *a == a.to_ascii_lowercase()));
            assert!(list.iter().all(|a| a.len() <= LONGEST_ABBREVIATION));
        }
        assert!(is_abbreviation("SEPT", ""));
        assert!(is_abbreviation("Messrs", ""));
        assert!(!is_abbreviation("Sep2", ""));
        assert!(is_abbreviation("No", " 2"));
        assert!(!is_abbreviation("No", " way"));
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn splits_news_text_the_way_the_rules_expect() {
        assert_eq!(
            words("On Sept. 15, the U.S. military’s 124,000-person airlift at 5:45 p.m. ended."),
            vec![
                "On", "Sept.", "15", ",", "the", "U.S.", "military", "’", "s", "124,000", "-",
                "person", "airlift", "at", "5:45", "p.m.", "ended", "."
            ]
        );
        assert_eq!(words("mid-August 20th"), vec!["mid", "-", "August", "20th"]);
        assert_eq!(words("Gen. Mark Milley"), vec!["Gen.", "Mark", "Milley"]);
        assert_eq!(words("in 2021."), vec!["in", "2021", "."]);
    }
}
