//! Closed-class English words that the event features, the anchoring rules and the phrase
//! cutter share. Lists are sorted so that lookups are binary searches over lower-case,
//! ASCII words.

/// A coarse word class: what a function word tells about its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    /// A form of "be".
    Be,
    /// A form of "have".
    Have,
    /// A form of "do".
    Do,
    /// A modal: "will", "would", "can", "may", "must", ...
    Modal,
    /// The infinitive marker "to".
    To,
    /// A determiner or possessive: "the", "a", "its", "this", ...
    Determiner,
    /// A personal or relative pronoun: "he", "they", "who", ...
    Pronoun,
    /// A preposition: "of", "in", "on", "after", ...
    Preposition,
    /// A coordinating conjunction: "and", "or", "but".
    Conjunction,
    /// A subordinating word that opens a clause: "that", "because", "when", "if", ...
    Subordinator,
    /// A negation: "not", "never", "no".
    Negation,
    /// An adverb that commonly sits between an auxiliary and its verb: "also", "already".
    Adverb,
    /// Punctuation.
    Punct,
    /// A number.
    Number,
    /// Any other word.
    Other,
}

impl Cue {
    /// A small integer for hashing.
    pub fn id(self) -> u8 {
        self as u8
    }
}

const BE: &[&str] = &[
    "am", "are", "be", "been", "being", "is", "re", "was", "were",
];
const HAVE: &[&str] = &["had", "has", "have", "having", "ve"];
const DO: &[&str] = &["did", "do", "does", "doing"];
const MODAL: &[&str] = &[
    "can", "could", "ll", "may", "might", "must", "ought", "shall", "should", "will", "wo", "would",
];
const DETERMINER: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "every", "few", "her", "his", "its",
    "many", "more", "most", "much", "my", "no", "other", "our", "several", "some", "such", "the",
    "their", "these", "this", "those", "your",
];
const PRONOUN: &[&str] = &[
    "he", "i", "it", "me", "she", "them", "they", "us", "we", "who", "whom", "you",
];
const PREPOSITION: &[&str] = &[
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "below",
    "beside",
    "between",
    "beyond",
    "by",
    "despite",
    "during",
    "except",
    "for",
    "from",
    "in",
    "including",
    "inside",
    "into",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "outside",
    "over",
    "past",
    "per",
    "since",
    "through",
    "throughout",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "via",
    "with",
    "within",
    "without",
];
const CONJUNCTION: &[&str] = &["and", "but", "nor", "or", "yet"];
const SUBORDINATOR: &[&str] = &[
    "although", "because", "how", "if", "that", "though", "unless", "what", "when", "whether",
    "which", "while", "why",
];
const NEGATION: &[&str] = &["never", "not", "t"];
const ADVERB: &[&str] = &[
    "again", "all", "almost", "already", "also", "always", "just", "now", "often", "once", "only",
    "really", "recently", "so", "soon", "still", "then",
];

/// Every listed word with its cue, sorted by word; where lists overlap ("all"), the first
/// list in [`cue`]'s order wins.
fn cue_table() -> &'static [(&'static str, Cue)] {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, Cue)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let lists: [(&[&'static str], Cue); 12] = [
            (BE, Cue::Be),
            (HAVE, Cue::Have),
            (DO, Cue::Do),
            (MODAL, Cue::Modal),
            (&["to"], Cue::To),
            (DETERMINER, Cue::Determiner),
            (PRONOUN, Cue::Pronoun),
            (PREPOSITION, Cue::Preposition),
            (CONJUNCTION, Cue::Conjunction),
            (SUBORDINATOR, Cue::Subordinator),
            (NEGATION, Cue::Negation),
            (ADVERB, Cue::Adverb),
        ];
        let mut table: Vec<(&'static str, Cue)> = Vec::new();
        for (list, c) in lists {
            for &w in list {
                if !table.iter().any(|(x, _)| *x == w) {
                    table.push((w, c));
                }
            }
        }
        table.sort_unstable_by_key(|&(w, _)| w);
        table
    })
}

/// The cue class of a lower-case word.
pub fn cue(lower: &str) -> Cue {
    let Some(first) = lower.chars().next() else {
        return Cue::Punct;
    };
    if first.is_ascii_digit() {
        return Cue::Number;
    }
    if !first.is_alphanumeric() {
        return Cue::Punct;
    }
    if lower.len() > 10 {
        return Cue::Other;
    }
    cue_map().get(lower).copied().unwrap_or(Cue::Other)
}

/// [`cue_table`] as a hash map.
/// (A cue is looked up for every word of every sentence; FNV on these short words is
/// cheaper than SipHash or a binary search over strings.)
fn cue_map() -> &'static crate::fnv::FnvMap<&'static str, Cue> {
    static MAP: std::sync::OnceLock<crate::fnv::FnvMap<&'static str, Cue>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| cue_table().iter().copied().collect())
}

/// Reporting verbs (any inflection's stem, see [`is_reporting`]).
const REPORTING: &[&str] = &[
    "acknowledg",
    "add",
    "admit",
    "announc",
    "argu",
    "assert",
    "claim",
    "comment",
    "confirm",
    "declar",
    "den",
    "describ",
    "disclos",
    "explain",
    "indicat",
    "insist",
    "maintain",
    "not",
    "predict",
    "reiterat",
    "remark",
    "report",
    "reveal",
    "said",
    "say",
    "stress",
    "suggest",
    "tell",
    "testif",
    "told",
    "warn",
    "writ",
    "wrote",
];

/// Whether a lower-case word is a form of a reporting verb ("said", "says", "told",
/// "announced", "warning").
pub fn is_reporting(lower: &str) -> bool {
    if lower == "not" || lower.len() < 3 {
        return false;
    }
    REPORTING.binary_search(&strip_inflection(lower)).is_ok()
}

/// Strips one regular inflection (-s, -es, -ed, -ing, -ies) and a final -e, so that
/// "announced", "announces", "announcing" and "announce" share "announc".
pub fn strip_inflection(lower: &str) -> &str {
    let b = lower.as_bytes();
    let n = b.len();
    let cut = if n > 5 && lower.ends_with("ing")
        || n > 4 && (lower.ends_with("ied") || lower.ends_with("ies"))
    {
        n - 3
    } else if n > 4 && lower.ends_with("ed") {
        n - 2
    } else if n > 4 && lower.ends_with("es") && !lower.ends_with("ses")
        || n > 3 && lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us")
    {
        n - 1
    } else {
        n
    };
    let mut stem = &lower[..cut];
    // "stopped" → "stop", "running" → "run", but keep "kill", "pass", "buzz", "staff".
    let sb = stem.as_bytes();
    if cut < n && sb.len() >= 3 {
        let (a, z) = (sb[sb.len() - 2], sb[sb.len() - 1]);
        if a == z && !matches!(z, b'l' | b's' | b'z' | b'f' | b'e' | b'o') && is_consonant(z) {
            stem = &stem[..stem.len() - 1];
        }
    }
    if stem.len() > 3 && stem.ends_with('e') {
        stem = &stem[..stem.len() - 1];
    }
    // "study" → "stud", the same as "studied"/"studies" above.
    if stem.len() > 3 && stem.ends_with('y') && cut == n {
        return &stem[..stem.len() - 1];
    }
    stem
}

fn is_consonant(b: u8) -> bool {
    b.is_ascii_alphabetic() && !matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Participles that open a time like a preposition: "will be shortened starting next
/// Saturday".
pub const TIME_OPENERS: &[&str] = &["beginning", "effective", "starting"];

/// Prepositions and other words that introduce a time expression, with the relation they
/// give the dated event ("since 2001" → [`crate::chronology::Relation::Since`]).
pub fn signal_relation(lower: &str) -> Option<crate::chronology::Relation> {
    use crate::chronology::Relation;
    Some(match lower {
        "on" | "in" | "at" | "during" | "throughout" | "within" | "over" | "from" | "of" | "as"
        | "for" | "amid" => Relation::At,
        w if TIME_OPENERS.contains(&w) => Relation::At,
        "before" | "by" | "prior" | "ahead" | "earlier" => Relation::Before,
        "after" | "following" | "later" => Relation::After,
        "since" => Relation::Since,
        "until" | "till" | "through" | "to" | "into" => Relation::Until,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [
            BE,
            HAVE,
            DO,
            MODAL,
            DETERMINER,
            PRONOUN,
            PREPOSITION,
            CONJUNCTION,
            SUBORDINATOR,
            NEGATION,
            ADVERB,
            REPORTING,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["announce", "announced", "announces", "announcing"][..],
            &["stop", "stopped", "stopping", "stops"],
            &["study", "studied", "studies"],
            &["kill", "killed", "killing", "kills"],
            &["move", "moved", "moving", "moves"],
        ] {
            let stems: Vec<&str> = group.iter().map(|w| strip_inflection(w)).collect();
            assert!(
                stems.windows(2).all(|w| w[0] == w[1]),
                "{group:?} → {stems:?}"
            );
        }
        assert_eq!(strip_inflection(""), "");
        assert_eq!(strip_inflection("é"), "é");
    }

    #[test]
    fn cues_and_reporting_verbs() {
        assert_eq!(cue("was"), Cue::Be);
        assert_eq!(cue("the"), Cue::Determiner);
        assert_eq!(cue("2001"), Cue::Number);
        assert_eq!(cue(","), Cue::Punct);
        assert_eq!(cue("strike"), Cue::Other);
        for w in [
            "said",
            "says",
            "told",
            "announced",
            "noted",
            "warning",
            "denied",
        ] {
            assert!(is_reporting(w), "{w}");
        }
        for w in ["not", "strike", "sad", "", "addition"] {
            assert!(!is_reporting(w), "{w}");
        }
    }
}
