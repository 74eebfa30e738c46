//! The tense of the clause around a time expression, from verb cues in its sentence: it
//! tells a bare "Saturday" or "December" in news which way to look from the DCT.
//!
//! The cue nearest to the expression wins (ties go to the cue before it): future cues
//! ("will", "'ll", "is expected to", "plans to", "next"), past cues ("was", "did", "said",
//! irregular pasts, verbs ending in -ed), present cues ("is", "are", "says").

use crate::text::Span;

/// The tense of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past: "the strike was carried out on Saturday".
    Past,
    /// Present: "the meeting is on Monday".
    Present,
    /// Future: "the talks will resume on Monday".
    Future,
    /// No verb cue found.
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "wo",
    "won't",
    "won’t",
    "upcoming",
    "scheduled",
    "expected",
    "expects",
    "due",
    "intends",
    "aims",
    "hopes",
    "going",
    "tomorrow",
    "next",
    "forthcoming",
    "slated",
];

const PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "didn't",
    "didn’t",
    "said",
    "told",
    "met",
    "went",
    "came",
    "took",
    "made",
    "saw",
    "began",
    "fell",
    "rose",
    "won",
    "lost",
    "left",
    "held",
    "led",
    "ran",
    "gave",
    "got",
    "found",
    "thought",
    "became",
    "brought",
    "bought",
    "sent",
    "spent",
    "kept",
    "shot",
    "struck",
    "fought",
    "knew",
    "grew",
    "threw",
    "flew",
    "drew",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "froze",
    "stole",
    "rode",
    "drove",
    "ate",
    "sat",
    "stood",
    "understood",
    "paid",
    "laid",
    "sold",
    "heard",
    "meant",
    "felt",
    "dealt",
    "built",
    "lent",
    "slept",
    "fled",
    "sought",
    "taught",
    "caught",
    "hung",
    "sang",
    "sank",
    "arose",
    "forgot",
    "hid",
    "shook",
    "withdrew",
    "overthrew",
    "undertook",
    "overtook",
    "yesterday",
    "ago",
    "earlier",
    "last",
    "previously",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "hadn't",
    "hadn’t",
    "killed",
];

const PRESENT: &[&str] = &[
    "is",
    "are",
    "am",
    "says",
    "has",
    "have",
    "does",
    "do",
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "remains",
    "continues",
    "today",
    "now",
    "currently",
];

/// Words ending in "-ed" that are not past-tense verbs, or that point elsewhere.
const NOT_PAST_ED: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "red",
    "bed",
    "hundred",
    "seed",
    "feed",
    "proceed",
    "exceed",
    "succeed",
    "united",
    "limited",
    "based",
    "armed",
    "related",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "breed",
    "weed",
    "greed",
    "shed",
    "shred",
    "sled",
    "wed",
    "led",
    "fled",
    "bled",
    "fed",
    "sped",
    "bred",
    "unprecedented",
    "detailed",
    "advanced",
    "skilled",
    "concerned",
    "involved",
    "interested",
    "supposed",
    "used",
    "so-called",
    "alleged",
    "aged",
    "beloved",
    "naked",
    "wicked",
    "sacred",
    "rugged",
    "ragged",
    "crooked",
    "learned",
    "embed",
];

fn cue(word: &str) -> Option<Tense> {
    if FUTURE.contains(&word) {
        return Some(Tense::Future);
    }
    if PAST.contains(&word) {
        return Some(Tense::Past);
    }
    if PRESENT.contains(&word) {
        return Some(Tense::Present);
    }
    if word.len() > 4 && word.ends_with("ed") && !NOT_PAST_ED.contains(&word) {
        return Some(Tense::Past);
    }
    None
}

/// The tense of the clause around `at` in `text`, looking only inside `sentence`.
pub fn tense_at(text: &str, sentence: Span, at: Span) -> Tense {
    let s = &text[sentence.start..sentence.end];
    let mut best: Option<(usize, bool, Tense)> = None; // (distance in words, after?, tense)
    let mut before_words = 0usize;
    let mut after_words = 0usize;
    // Walk words before the expression, nearest first.
    let rel_start = at.start.saturating_sub(sentence.start).min(s.len());
    let rel_end = at.end.saturating_sub(sentence.start).min(s.len());
    let words_before: Vec<&str> = s[..rel_start]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    for w in words_before.iter().rev() {
        before_words += 1;
        if let Some(t) = cue(&w.to_lowercase()) {
            best = Some((before_words, false, t));
            break;
        }
    }
    for w in s[rel_end..]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
    {
        after_words += 1;
        if best.is_some_and(|(d, _, _)| after_words >= d) {
            break;
        }
        if let Some(t) = cue(&w.to_lowercase()) {
            best = Some((after_words, true, t));
            break;
        }
    }
    best.map(|(_, _, t)| t).unwrap_or(Tense::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str, expr: &str) -> Tense {
        let i = sentence.find(expr).unwrap();
        tense_at(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(i, i + expr.len()),
        )
    }

    #[test]
    fn the_nearest_verb_cue_decides() {
        assert_eq!(
            tense(
                "On Saturday, the US military carried out a drone strike.",
                "Saturday"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("The talks will resume on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(tense("The vote is on Tuesday.", "Tuesday"), Tense::Present);
        assert_eq!(tense("Weather on Tuesday.", "Tuesday"), Tense::Unknown);
        assert_eq!(
            tense(
                "twice last year, most recently in December, he met with them",
                "December"
            ),
            Tense::Past
        );
    }
}
