//! Terms: the words of a claim or a sentence as the matcher sees them — split, lower-cased,
//! lightly stemmed, stop words out — each with its word position, so that the index can
//! weigh a word by how close it stands to the time expression.
//!
//! ```
//! use chronicler::check::terms::terms;
//! let t: Vec<String> = terms("The U.S. military carried out drone strikes.")
//!     .into_iter()
//!     .map(|t| t.term)
//!     .collect();
//! assert_eq!(t, ["us", "military", "carry", "dron", "strik"]);
//! ```

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// One term of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The normalized term (lower case, stemmed).
    pub term: String,
    /// Position of its word among all the words of the text (stop words count).
    pub pos: usize,
    /// Byte span of the word in the text.
    pub start: usize,
    /// End of the word (exclusive).
    pub end: usize,
    /// Written with a capital letter and not the text's first word: a name, most likely.
    pub capitalized: bool,
}

/// Words that carry no event: function words, pronouns, auxiliaries, reporting verbs.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "'s",
    // Reporting verbs: news attributes every event to someone; the saying is not the event.
    "said",
    "says",
    "say",
    "saying",
    "told",
    "according",
];

/// Irregular past forms that the suffix rules cannot reach, mapped to their base.
const IRREGULAR: &[(&str, &str)] = &[
    ("began", "begin"),
    ("begun", "begin"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("built", "build"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("came", "come"),
    ("died", "die"),
    ("drew", "draw"),
    ("drove", "drive"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fled", "flee"),
    ("fought", "fight"),
    ("found", "find"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("held", "hold"),
    ("kept", "keep"),
    ("killed", "kill"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("made", "make"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("sent", "send"),
    ("shot", "shoot"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stood", "stand"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("took", "take"),
    ("taken", "take"),
    ("taught", "teach"),
    ("told", "tell"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("won", "win"),
    ("wrote", "write"),
    ("written", "write"),
];

static STOP_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());
static IRREGULAR_MAP: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| IRREGULAR.iter().copied().collect());

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(is_vowel)
}

/// Strips `suffix` when what is left is at least `min` bytes long and has a vowel.
fn strip<'a>(w: &'a str, suffix: &str, min: usize) -> Option<&'a str> {
    let rest = w.strip_suffix(suffix)?;
    (rest.len() >= min && has_vowel(rest)).then_some(rest)
}

/// A light stemmer for English: plural and verb endings, a few derivations, and a table of
/// irregular past forms. It only has to map the forms of one word to one key, not to give
/// a dictionary word: "reopened", "reopens", "reopening" → "reopen"; "collapse",
/// "collapsed" → "collaps"; "evacuated", "evacuation" → "evacuat".
///
/// ```
/// use chronicler::check::terms::stem;
/// assert_eq!(stem("reopened"), stem("reopens"));
/// assert_eq!(stem("collapse"), stem("collapsed"));
/// assert_eq!(stem("struck"), stem("strikes"));
/// assert_eq!(stem("elected"), stem("election"));
/// ```
pub fn stem(word: &str) -> String {
    match IRREGULAR_MAP.get(word) {
        Some(base) => stem_regular(base),
        None => stem_regular(word),
    }
}

/// [`stem`] without the table of irregular forms.
fn stem_regular(word: &str) -> String {
    if word.len() <= 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut w = word;
    // Plurals and third person.
    if let Some(r) = w.strip_suffix("ies").filter(|r| r.len() >= 2) {
        return format!("{r}y");
    }
    if let Some(r) = w.strip_suffix("sses") {
        w = &word[..r.len() + 2];
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w = &w[..w.len() - 1];
    }
    // Derivations and verb endings, longest first.
    let mut cut = false;
    for (suffix, min) in [
        ("ments", 4),
        ("ment", 4),
        ("ings", 3),
        ("ing", 3),
        ("ions", 4),
        ("ion", 4),
        ("ied", 2),
        ("ed", 3),
        ("ly", 4),
        ("er", 4),
    ] {
        if let Some(r) = strip(w, suffix, min) {
            if suffix == "ied" {
                return format!("{r}y");
            }
            // "election" keeps its t; "division" its s: only "-ion" after t/s is cut.
            if suffix.starts_with("ion") && !r.ends_with(['t', 's']) {
                continue;
            }
            w = r;
            cut = true;
            break;
        }
    }
    let mut out = w.to_string();
    if cut {
        // Undouble a final consonant: "stopped" → "stopp" → "stop".
        let b = out.as_bytes();
        let n = b.len();
        if n >= 2
            && b[n - 1] == b[n - 2]
            && !is_vowel(b[n - 1])
            && !matches!(b[n - 1], b'l' | b's' | b'z')
        {
            out.pop();
        }
    }
    if out.len() > 3 && out.ends_with('e') {
        out.pop();
    }
    out
}

/// Whether a lower-cased word is a stop word.
pub fn is_stop_word(w: &str) -> bool {
    STOP_SET.contains(w)
}

/// Splits `text` into words: runs of letters and digits, keeping `'` and `.` and `,`
/// inside them ("U.S.", "4,000", "Okafor's"). Returns each word's byte span.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_alnum_end = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            last_alnum_end = i + c.len_utf8();
        } else if start.is_some() && matches!(c, '\'' | '’' | '.' | ',') {
            // An inner mark: the word goes on if a letter or digit follows, and otherwise
            // ends at its last letter or digit when the next other character comes.
        } else if let Some(s) = start.take() {
            out.push((s, last_alnum_end));
        }
    }
    if let Some(s) = start {
        out.push((s, last_alnum_end));
    }
    out
}

/// Normalizes one written word into its term, or `None` for a stop word. Acronyms in
/// capitals ("US", "IS") are kept even when their lower-case form is a stop word.
fn normalize(word: &str) -> Option<String> {
    let mut w: String = word
        .chars()
        .filter(|c| !matches!(c, '.' | ','))
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    for poss in ["'s", "'S", "'"] {
        if let Some(r) = w.strip_suffix(poss) {
            w = r.to_string();
            break;
        }
    }
    if w.is_empty() {
        return None;
    }
    let acronym = w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
    let lower = w.to_lowercase();
    if !acronym && (is_stop_word(&lower) || lower.chars().count() < 2) {
        return None;
    }
    Some(stem(&lower))
}

/// The terms of `text`, in order.
pub fn terms(text: &str) -> Vec<Term> {
    words(text)
        .into_iter()
        .enumerate()
        .filter_map(|(pos, (start, end))| {
            let word = &text[start..end];
            let term = normalize(word)?;
            let capitalized = pos > 0 && word.chars().next().is_some_and(char::is_uppercase);
            Some(Term {
                term,
                pos,
                start,
                end,
                capitalized,
            })
        })
        .collect()
}

/// Words after which a word in `-s` reads as a noun, not a verb ("the opens").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "several", "two", "three", "of", "for", "to", "in", "on", "at", "by",
    "with", "from",
];

/// Words that may follow a verb in `-s` ("opens the", "falls to").
const AFTER_VERB: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "to", "in", "on", "at", "into", "from", "for",
    "with", "after", "before", "over", "up", "down", "out", "back",
];

/// Words after which a verb comes in its base form ("will start", "to replace").
const BEFORE_BASE: &[&str] = &[
    "will", "would", "can", "could", "shall", "should", "may", "might", "must", "to",
];

/// The terms of `text` that look like its predicate, the word that names the event: past
/// forms in `-ed` and irregular past forms ("reopened", "struck"), a present form in `-s`
/// that ends the text or comes before an article or preposition ("the exhibition opens",
/// "museum reopens to the public"), and a base form after a modal or "to" ("will start",
/// "to replace"). Capitalized words (names), numbers and stop words are never predicates.
///
/// ```
/// use chronicler::check::terms::predicates;
/// assert_eq!(predicates("Mayor Daniel Okafor resigned"), ["resign"]);
/// assert_eq!(predicates("Earthquake struck Kellen"), ["strik"]);
/// assert_eq!(predicates("Dutch landscape exhibition opens"), ["open"]);
/// assert_eq!(predicates("A ferry will start running"), ["start"]);
/// assert!(predicates("Special election").is_empty());
/// assert!(predicates("reopened to the public").iter().all(|p| p != "the"));
/// ```
pub fn predicates(text: &str) -> Vec<String> {
    let ws = words(text);
    let lower: Vec<String> = ws.iter().map(|&(a, b)| text[a..b].to_lowercase()).collect();
    let mut out: Vec<String> = Vec::new();
    for (k, &(a, b)) in ws.iter().enumerate() {
        let word = &text[a..b];
        if word.chars().next().is_some_and(char::is_uppercase) || is_stop_word(&lower[k]) {
            continue;
        }
        let w = lower[k].as_str();
        let past = (w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed"))
            || IRREGULAR_MAP.contains_key(w);
        let base = k > 0
            && BEFORE_BASE.contains(&lower[k - 1].as_str())
            && w.chars().all(|c| c.is_alphabetic())
            && !DETERMINERS.contains(&w);
        let present = w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && k > 0
            && !DETERMINERS.contains(&lower[k - 1].as_str())
            && (k + 1 == ws.len() || AFTER_VERB.contains(&lower[k + 1].as_str()));
        if past || present || base {
            let t = stem(w);
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// Words that open a new clause.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "while", "whereas", "although", "though"];

/// The clause of each word of `text` (by word position), counting from 0: a clause ends at
/// `,` `;` `:` a dash or a parenthesis between words, and before "and", "but", "while".
/// "The museum closed in January and reopened on Tuesday" is two clauses: "reopened"
/// belongs with Tuesday although January stands nearer.
///
/// ```
/// use chronicler::check::terms::clauses;
/// assert_eq!(clauses("It closed in May and reopened on Tuesday, she said."), [0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
/// ```
pub fn clauses(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut clause = 0;
    let mut prev_end = 0;
    for (k, (a, b)) in words(text).into_iter().enumerate() {
        let gap = &text[prev_end..a];
        let word = text[a..b].to_lowercase();
        if k > 0
            && (gap.contains([',', ';', ':', '—', '–', '(', ')'])
                || gap.contains(" - ")
                || CLAUSE_OPENERS.contains(&word.as_str()))
        {
            clause += 1;
        }
        out.push(clause);
        prev_end = b;
    }
    out
}

/// The positions of the words of `text` that overlap the byte range `start..end`, as a
/// range of word positions (empty when none does).
pub fn word_range(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let ws = words(text);
    let first = ws.iter().position(|&(_, e)| e > start);
    match first {
        Some(f) if ws[f].0 < end => {
            let last = ws[f..].iter().take_while(|&&(s, _)| s < end).count();
            f..f + last
        }
        Some(f) => f..f,
        None => ws.len()..ws.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        terms(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn words_keep_inner_marks_and_drop_outer_ones() {
        let s = "U.S. troops, 4,000 of them, left Okafor’s office.";
        let w: Vec<&str> = words(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            w,
            [
                "U.S",
                "troops",
                "4,000",
                "of",
                "them",
                "left",
                "Okafor’s",
                "office"
            ]
        );
    }

    #[test]
    fn acronyms_survive_the_stop_list() {
        assert_eq!(t("IS fighters attacked us"), ["is", "fight", "attack"]);
    }

    #[test]
    fn possessives_and_numbers() {
        assert_eq!(t("Okafor's 4,000 votes"), ["okafor", "4000", "vot"]);
    }

    #[test]
    fn stems_join_the_forms_of_a_word() {
        for (a, b) in [
            ("reopened", "reopening"),
            ("inspected", "inspection"),
            ("resigned", "resigns"),
            ("flooded", "floods"),
            ("stopped", "stops"),
            ("appointed", "appointment"),
            ("fled", "flee"),
            ("met", "meeting"),
            ("completed", "complete"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("crisis"), "crisis");
    }

    #[test]
    fn capitalized_marks_names_not_the_first_word() {
        let ts = terms("Divers found Okafor");
        assert!(!ts[0].capitalized);
        assert!(ts[2].capitalized);
    }

    #[test]
    fn word_range_finds_the_words_of_a_span() {
        let s = "It opened on Tuesday, July 15, 2021, in Kellen.";
        let a = s.find("Tuesday").unwrap();
        let b = s.find(" in").unwrap() - 1;
        assert_eq!(word_range(s, a, b), 3..7);
    }
}
