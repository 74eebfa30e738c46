//! Event phrases: a headline fragment cut from a trigger's clause — subject, predicate and
//! object ("US military carried out a drone strike in Afghanistan").
//!
//! Without a parser, the clause is found from punctuation and function words:
//!
//! - **Predicate**: the trigger with its auxiliaries, negation and adverbs on the left.
//! - **Subject** (verb triggers): the words before the verb group back to the start of the
//!   clause (a comma, a clause mark, a relative or subordinating word); a prepositional
//!   phrase after the subject's head ("Biden in an address to the nation") and an
//!   appositive between commas ("Milley, chairman of the Joint Chiefs, said") are left
//!   out; a relative clause ("the government, which collapsed") takes its antecedent,
//!   the noun an "of" or "by" phrase belongs to ("the invasion of the Soviet Union by
//!   Nazi Germany, which began" → "invasion of the Soviet Union began").
//!   Noun triggers keep their own modifiers ("IS suicide bombing").
//! - **Object and complements**: the words after the trigger up to the next comma, clause
//!   mark, subordinate clause ("that ...", "which ...") or a coordinated verb ("and fought").
//! - The time expressions in `exclude` (with the preposition that introduces them),
//!   parentheses and quotation marks are left out; leading articles and conjunctions and
//!   trailing function words are trimmed; the result has at most [`MAX_WORDS`] words, and
//!   is widened to [`MIN_WORDS`] when its sentence allows.
//!
//! ```
//! use chronicler::event::phrase;
//! use chronicler::text::{Segmented, Span};
//! let text = "On Saturday, the US military carried out a drone strike in Afghanistan that it said killed two IS planners.";
//! let seg = Segmented::new(text);
//! let at = |w: &str| { let s = text.find(w).unwrap(); Span::new(s, s + w.len()) };
//! assert_eq!(
//!     phrase(&seg, at("carried"), &[at("Saturday")]),
//!     "US military carried out a drone strike in Afghanistan"
//! );
//! ```

use super::features::Lexed;
use super::lexes::SentenceLexes;
use super::lexicon::{Cue, TIME_OPENERS};
use crate::text::{Segmented, Span, TokenKind};

/// The longest phrase, in words.
pub const MAX_WORDS: usize = 16;
/// The shortest phrase, in words, when the sentence has that many.
pub const MIN_WORDS: usize = 4;
/// The most words kept for a subject.
const MAX_SUBJECT: usize = 8;

/// The headline fragment for the event whose trigger is at `trigger`, without the time
/// expressions in `exclude`. Empty when `trigger` is not on a token.
pub fn phrase(seg: &Segmented, trigger: Span, exclude: &[Span]) -> String {
    phrase_lexed(&SentenceLexes::new(seg), trigger, exclude)
}

/// Like [`phrase`], with the sentence's lexing from `lexes`.
pub fn phrase_lexed(lexes: &SentenceLexes, trigger: Span, exclude: &[Span]) -> String {
    let seg = lexes.seg();
    let toks = seg.tokens_in(trigger);
    if toks.is_empty() {
        return String::new();
    }
    let Some(si) = seg.sentence_at(seg.tokens[toks.start].span.start) else {
        return String::new();
    };
    let Some(sentence) = seg.sentences.get(si) else {
        return String::new();
    };
    let lexed = lexes.get(si);
    let cut = Cutter {
        seg,
        lexed,
        first: sentence.tokens.start,
        last: sentence.tokens.end,
        skip: skipped(seg, lexed, sentence.tokens.clone(), exclude, toks.clone()),
    };
    cut.phrase(toks.start, toks.end)
}

/// Marks the tokens of a sentence that never go into a phrase: excluded spans, the
/// preposition right before them, parenthesized groups and free-standing quotation marks.
fn skipped(
    seg: &Segmented,
    lexed: &Lexed,
    range: std::ops::Range<usize>,
    exclude: &[Span],
    trigger: std::ops::Range<usize>,
) -> Vec<bool> {
    let n = range.len();
    let mut skip = vec![false; n];
    let first = range.start;
    let mut depth = 0usize;
    let (mut after_excluded, mut possessive, mut dangling_noun) = (false, false, false);
    for (k, i) in range.clone().enumerate() {
        let t = seg.tokens[i];
        let w = lexed.lower(i);
        if exclude.iter().any(|x| x.overlaps(&t.span)) {
            skip[k] = true;
            // "in the fall of 2001", "on August 31": the preposition goes too; "by an August
            // 31 deadline": the whole phrase.
            if k > 0 && !skip[k - 1] {
                let prev = lexed.cue(i - 1);
                let opener = TIME_OPENERS.contains(&lexed.lower(i - 1));
                if matches!(prev, Cue::Preposition | Cue::To) || opener {
                    skip[k - 1] = true;
                    // "on the evening of 23 December": the part of the day goes with it.
                    let part_of_day = k >= 3
                        && lexed.lower(i - 1) == "of"
                        && matches!(
                            lexed.lower(i - 2),
                            "morning" | "afternoon" | "evening" | "night"
                        )
                        && lexed.cue(i - 3) == Cue::Determiner;
                    if part_of_day {
                        skip[k - 2] = true;
                        skip[k - 3] = true;
                        if k >= 4 && lexed.cue(i - 4) == Cue::Preposition {
                            skip[k - 4] = true;
                        }
                    }
                } else if prev == Cue::Determiner
                    && k > 1
                    && matches!(lexed.cue(i - 2), Cue::Preposition | Cue::To)
                {
                    skip[k - 1] = true;
                    skip[k - 2] = true;
                    dangling_noun = true;
                }
            }
            after_excluded = true;
            continue;
        }
        if after_excluded {
            after_excluded = false;
            // "Wednesday’s news conference": the possessive goes with the date.
            if w == "'" && i + 1 < range.end && lexed.lower(i + 1) == "s" {
                skip[k] = true;
                possessive = true;
                continue;
            }
            if dangling_noun
                && !trigger.contains(&i)
                && lexed.cue(i) == Cue::Other
                && lexed.verbish(i, first) < 2
            {
                skip[k] = true;
                dangling_noun = false;
                continue;
            }
        }
        dangling_noun = false;
        if possessive {
            possessive = false;
            if w == "s" {
                skip[k] = true;
                continue;
            }
        }
        match w {
            "(" | "[" => {
                depth += 1;
                skip[k] = true;
            }
            ")" | "]" => {
                depth = depth.saturating_sub(1);
                skip[k] = true;
            }
            "\"" | "'" => {
                // Quotation marks, but not the apostrophe inside "Milley’s" or "don't".
                let glued_left = i > first && seg.tokens[i - 1].span.end == t.span.start;
                let glued_right = i + 1 < range.end && seg.tokens[i + 1].span.start == t.span.end;
                let letter_right = glued_right
                    && seg.tokens[i + 1].kind == TokenKind::Word
                    && matches!(
                        lexed.lower(i + 1),
                        "s" | "t" | "re" | "ve" | "ll" | "d" | "m"
                    );
                if !(glued_left && letter_right) {
                    skip[k] = true;
                }
            }
            _ => skip[k] = depth > 0,
        }
    }
    skip
}

struct Cutter<'a> {
    seg: &'a Segmented<'a>,
    lexed: &'a Lexed,
    first: usize,
    last: usize,
    skip: Vec<bool>,
}

fn subordinator(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "because"
            | "when"
            | "while"
            | "although"
            | "though"
            | "if"
            | "whether"
            | "where"
            | "after"
            | "before"
            | "since"
            | "until"
            | "unless"
    )
}

fn relative(w: &str) -> bool {
    matches!(w, "that" | "which" | "who")
}

impl Cutter<'_> {
    fn lower(&self, i: usize) -> &str {
        self.lexed.lower(i)
    }

    fn skipped(&self, i: usize) -> bool {
        self.skip
            .get(i.wrapping_sub(self.first))
            .copied()
            .unwrap_or(true)
    }

    /// A mark that closes a clause: semicolon, colon, dash.
    fn clause_mark(&self, i: usize) -> bool {
        matches!(self.lower(i), ";" | ":" | "—" | "–" | "!" | "?")
            || (self.lower(i) == "-"
                && i > self.first
                && self.seg.tokens[i - 1].span.end < self.seg.tokens[i].span.start)
    }

    fn is_word(&self, i: usize) -> bool {
        self.seg.tokens[i].kind != TokenKind::Punct
    }

    fn phrase(&self, t0: usize, t1: usize) -> String {
        let verb = self.is_verb(t0);
        let group = self.verb_group(t0);
        let subject = if verb {
            self.subject(group)
        } else {
            self.modifiers(group)
        };
        let build = |right: usize| {
            let mut kept = subject.clone();
            kept.extend((group..right).filter(|&i| !self.skipped(i) || (t0..t1).contains(&i)));
            kept.sort_unstable();
            kept.dedup();
            kept
        };
        let narrow = self.right_end(t1, false, !verb);
        let mut kept = build(narrow);
        // Too short: take the words after a comma too, unless they start another clause
        // ("Prices fell sharply, analysts said").
        if words(self, &kept) < MIN_WORDS {
            let wide = self.right_end(t1, true, !verb);
            let starts_clause = |i: usize| {
                self.lexed.verbish(i, self.first) == 2 || self.lexed.cue(i) == Cue::Modal
            };
            if !(narrow..wide).any(starts_clause) {
                kept = build(wide);
            }
        }
        self.trim(&mut kept, t0, !verb);
        self.render(&kept)
    }

    /// Whether the trigger at `t0` is used as a verb: surely verb-like, or possibly and not
    /// after a determiner or preposition within its noun-modifier chain ("a drone strike",
    /// "the IS suicide bombing" are nouns; "Prices fell" is a verb).
    fn is_verb(&self, t0: usize) -> bool {
        match self.lexed.verbish(t0, self.first) {
            2 => true,
            0 => false,
            _ => {
                if self.lower(t0).ends_with("ing") {
                    return false;
                }
                let mut i = t0;
                while i > self.first && t0 - i < 6 {
                    i -= 1;
                    if self.lower(i) == "-" {
                        continue;
                    }
                    match self.lexed.cue(i) {
                        Cue::Determiner | Cue::Preposition => return false,
                        Cue::Other | Cue::Number => {}
                        _ => return true,
                    }
                }
                true
            }
        }
    }

    /// The first token of the verb group ending at the trigger: auxiliaries, modals,
    /// negation and adverbs right before it ("has not yet been moved").
    fn verb_group(&self, t0: usize) -> usize {
        let mut i = t0;
        while i > self.first {
            let j = i - 1;
            let w = self.lower(j);
            let aux = matches!(
                self.lexed.cue(j),
                Cue::Be | Cue::Have | Cue::Do | Cue::Modal | Cue::Negation | Cue::To
            ) || (self.lexed.cue(j) == Cue::Adverb && w != "then" && w != "now")
                || w.ends_with("ly") && j + 1 == i && self.lexed.wordnet(j).pos == 0;
            let apostrophe = w == "'" && matches!(self.lower(i), "t" | "s" | "ve" | "ll" | "d");
            if aux || apostrophe || (w == "n" && self.lower(i) == "'") {
                i = j;
            } else {
                break;
            }
        }
        i
    }

    /// The subject of a verb whose group starts at `vg`: token indexes, in order.
    fn subject(&self, vg: usize) -> Vec<usize> {
        // Collect back to the clause start.
        let mut i = vg;
        let mut stop = None;
        while i > self.first {
            let j = i - 1;
            if self.skipped(j) {
                i = j;
                continue;
            }
            let w = self.lower(j);
            if w == "," || self.clause_mark(j) || subordinator(w) {
                stop = Some(j);
                break;
            }
            if matches!(w, "and" | "but" | "or") && j + 1 == vg {
                // "ousted the Taliban in 2001 and fought": the subject of the first verb.
                return self.coordinated_subject(j);
            }
            i = j;
        }
        let mut span: Vec<usize> = (i..vg).filter(|&k| !self.skipped(k)).collect();
        if span.is_empty() {
            match stop {
                // "Milley, chairman of the Joint Chiefs, said": the words before the
                // appositive.
                Some(c) if self.lower(c) == "," => {
                    if let Some(prev) = self.before_comma(c) {
                        span = prev;
                    }
                }
                // "the government, which collapsed": the antecedent.
                Some(r) if relative(self.lower(r)) => {
                    span = self.antecedent(r);
                }
                _ => {}
            }
        }
        // A prepositional phrase after the head is left out: "Biden in an address to the
        // nation defended" → "Biden".
        if let Some(p) = span.iter().position(|&k| {
            self.lexed.cue(k) == Cue::Preposition && self.lower(k) != "of" && k > span[0]
        }) {
            span.truncate(p);
        }
        if span.len() > MAX_SUBJECT {
            span.drain(..span.len() - MAX_SUBJECT);
        }
        span
    }

    /// The subject of a verb coordinated after the conjunction at `c`: that of the nearest
    /// verb before it, unless that one is an infinitive ("to end ... and withdraw").
    fn coordinated_subject(&self, c: usize) -> Vec<usize> {
        let mut j = c;
        while j > self.first {
            j -= 1;
            if self.clause_mark(j) {
                break;
            }
            if self.lexed.verbish(j, self.first) == 2 {
                let group = self.verb_group(j);
                if self.lexed.cue(group) == Cue::To
                    || (j > self.first && self.lexed.cue(j - 1) == Cue::To)
                {
                    return Vec::new();
                }
                return self.subject(group);
            }
        }
        Vec::new()
    }

    /// The words between the comma before `c` (or the clause start) and `c`, when they
    /// look like a noun phrase.
    fn before_comma(&self, c: usize) -> Option<Vec<usize>> {
        let mut i = c;
        while i > self.first {
            let j = i - 1;
            let w = self.lower(j);
            // A subordinating word inside the appositive is part of it ("The curfew, in
            // place since August, will ...").
            if w == "," || self.clause_mark(j) {
                // The appositive sits between this comma and `c`; take what precedes it.
                let mut k = j;
                while k > self.first {
                    let w = self.lower(k - 1);
                    if w == "," || self.clause_mark(k - 1) || subordinator(w) {
                        break;
                    }
                    k -= 1;
                }
                let span: Vec<usize> = (k..j).filter(|&x| !self.skipped(x)).collect();
                return (!span.is_empty() && span.len() <= MAX_SUBJECT).then_some(span);
            }
            i = j;
        }
        None
    }

    /// The noun phrase before the relative word at `r`: up to four words back to a
    /// determiner, a preposition or punctuation. When that phrase completes an "of" or
    /// "by" phrase, the noun it belongs to is meant, with its "of" phrase: "the invasion
    /// of the Soviet Union by Nazi Germany, which began" → "invasion of Soviet Union".
    fn antecedent(&self, r: usize) -> Vec<usize> {
        let mut end = r;
        if end > self.first && self.lower(end - 1) == "," {
            end -= 1;
        }
        let mut start = self.noun_phrase_start(end);
        // The "of" / "by" words walked back over, nearest the relative word first.
        let mut preps: Vec<usize> = Vec::new();
        while preps.len() < 2 && start > self.first + 1 {
            let p = start - 1;
            if !matches!(self.lower(p), "of" | "by") {
                break;
            }
            let head = self.noun_phrase_start(p);
            if head == p {
                break;
            }
            preps.push(p);
            start = head;
        }
        let stop = match preps.as_slice() {
            [] => end,
            [.., p] if self.lower(*p) != "of" => *p,
            [_] => end,
            [.., next, _] => *next,
        };
        let span: Vec<usize> = (start..stop).filter(|&k| !self.skipped(k)).collect();
        if span.len() > MAX_SUBJECT {
            return (self.noun_phrase_start(end)..end)
                .filter(|&k| !self.skipped(k))
                .collect();
        }
        span
    }

    /// Where the noun phrase that ends before token `end` starts: back to a determiner,
    /// a preposition, punctuation or a verb, at most six words.
    fn noun_phrase_start(&self, end: usize) -> usize {
        let mut i = end;
        while i > self.first && end - i < 6 {
            let j = i - 1;
            let cue = self.lexed.cue(j);
            if cue == Cue::Determiner {
                i = j;
                break;
            }
            let glued =
                j > self.first && self.seg.tokens[j - 1].span.end == self.seg.tokens[j].span.start;
            if matches!(cue, Cue::Preposition | Cue::To | Cue::Conjunction)
                || (!self.is_word(j) && self.lower(j) != "-")
                || (self.lexed.verbish(j, self.first) == 2 && !glued)
            {
                break;
            }
            i = j;
        }
        i
    }

    /// The modifiers of a noun trigger: adjectives, nouns and names back to a determiner.
    fn modifiers(&self, t0: usize) -> Vec<usize> {
        let mut i = t0;
        while i > self.first && t0 - i < 5 {
            let j = i - 1;
            let cue = self.lexed.cue(j);
            if cue == Cue::Determiner {
                i = j;
                break;
            }
            if self.skipped(j) {
                break;
            }
            let glue = matches!(self.lower(j), "-" | "'" | "s");
            if !(matches!(cue, Cue::Other | Cue::Number) || glue) {
                break;
            }
            if self.lexed.verbish(j, self.first) == 2 {
                break;
            }
            i = j;
        }
        (i..t0).filter(|&k| !self.skipped(k)).collect()
    }

    /// One past the last token of the object and complements after `t1`. With `wide`,
    /// commas do not stop it; after a `noun` trigger, a verb does.
    fn right_end(&self, t1: usize, wide: bool, noun: bool) -> usize {
        let mut count = 0;
        let mut i = t1;
        while i < self.last {
            let w = self.lower(i);
            if self.clause_mark(i) || (w == "," && !wide) {
                break;
            }
            // A noun's phrase ends where its clause's verb starts: "the arrangement with the
            // Taliban | was not a model".
            if noun
                && i > t1
                && (matches!(
                    self.lexed.cue(i),
                    Cue::Be | Cue::Have | Cue::Modal | Cue::Do
                ) || self.lexed.verbish(i, self.first) == 2)
            {
                break;
            }
            if i > t1 && subordinator(w) && !(w == "that" && self.determiner_that(i)) {
                break;
            }
            if matches!(w, "and" | "but" | "or") && i + 1 < self.last {
                // "and fought", "and they left", "and the war resumed": another clause.
                let next = i + 1;
                let clause_end = (next..self.last)
                    .find(|&k| self.lower(k) == "," || self.clause_mark(k))
                    .unwrap_or(self.last);
                if self.lexed.verbish(next, next) == 2
                    || self.lexed.cue(next) == Cue::Pronoun
                    || (next..clause_end).any(|k| self.lexed.verbish(k, next) == 2)
                {
                    break;
                }
            }
            if w == "." && i + 1 == self.last {
                break;
            }
            if !self.skipped(i) && self.is_word(i) {
                count += 1;
                if count > MAX_WORDS {
                    break;
                }
            }
            i += 1;
        }
        i
    }

    /// "that" used as a determiner ("that day") rather than to open a clause.
    fn determiner_that(&self, i: usize) -> bool {
        i + 1 < self.last
            && self.lexed.wordnet(i + 1).pos & super::wordnet::NOUN != 0
            && self.lexed.verbish(i + 1, i + 1) == 0
            && self.lexed.cue(i + 1) == Cue::Other
            && !self.lexed.capitalized(i + 1)
    }

    /// Trims leading articles and conjunctions, trailing function words and punctuation,
    /// and cuts to [`MAX_WORDS`] words (keeping the trigger `t0`).
    fn trim(&self, kept: &mut Vec<usize>, t0: usize, noun: bool) {
        while let Some(&k) = kept.first() {
            let w = self.lower(k);
            let lead = matches!(w, "a" | "an" | "the" | "and" | "but" | "or" | "so" | "yet")
                || !self.is_word(k);
            if lead && k != t0 {
                kept.remove(0);
            } else {
                break;
            }
        }
        while words(self, kept) > MAX_WORDS {
            match kept.last() {
                Some(&k) if k > t0 => {
                    kept.pop();
                }
                _ => {
                    kept.remove(0);
                }
            }
        }
        while let Some(&k) = kept.last() {
            let cue = self.lexed.cue(k);
            let function = matches!(
                cue,
                Cue::Preposition
                    | Cue::To
                    | Cue::Determiner
                    | Cue::Conjunction
                    | Cue::Subordinator
                    | Cue::Punct
                    | Cue::Be
                    | Cue::Have
                    | Cue::Modal
            ) && !matches!(self.lower(k), "%" | ")" | "]")
                || matches!(self.lower(k), "-" | "'");
            // A trailing adverb ("largely", "recently") dangles too.
            let adverb = noun && self.lower(k).ends_with("ly") && self.lexed.wordnet(k).pos == 0;
            if (function || adverb) && k != t0 {
                kept.pop();
            } else {
                break;
            }
        }
    }

    /// The text of the kept tokens: original spacing between neighbours, one space across
    /// anything left out.
    fn render(&self, kept: &[usize]) -> String {
        let mut out = String::new();
        let text = self.seg.text;
        for (n, &k) in kept.iter().enumerate() {
            let t = self.seg.tokens[k].span;
            if n > 0 {
                let prev = kept[n - 1];
                let p = self.seg.tokens[prev].span;
                let glued_punct =
                    !self.is_word(k) && k > 0 && self.seg.tokens[k - 1].span.end == t.start;
                if (prev + 1 == k && p.end == t.start) || glued_punct {
                    // Glued: "US-backed", "Milley’s", "war,".
                } else {
                    out.push(' ');
                }
            }
            out.push_str(text.get(t.start..t.end).unwrap_or(""));
        }
        out
    }
}

/// Number of words (runs of glued tokens with at least one word token) in `kept`.
fn words(cut: &Cutter, kept: &[usize]) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for (idx, &k) in kept.iter().enumerate() {
        let glued = idx > 0 && {
            let prev = kept[idx - 1];
            prev + 1 == k && cut.seg.tokens[prev].span.end == cut.seg.tokens[k].span.start
        };
        if !glued {
            in_word = false;
        }
        if cut.is_word(k) && !in_word {
            n += 1;
            in_word = true;
        }
    }
    n
}

/// The words a reporting verb introduces when they are a direct quotation right after it
/// in the same sentence ("Biden said, “To ISIS-K: We are not done with you yet”"), with
/// their quotation marks, cut to `max_words` words ("…" marks a cut). `None` when no
/// quotation follows within a few words.
///
/// ```
/// use chronicler::event::phrase::reported_quote;
/// use chronicler::text::{Segmented, Span};
/// let text = "On Tuesday, Biden said, “To ISIS-K: We are not done with you yet,” referring to them.";
/// let seg = Segmented::new(text);
/// let said = text.find("said").unwrap();
/// assert_eq!(
///     reported_quote(&seg, Span::new(said, said + 4), 12).as_deref(),
///     Some("“To ISIS-K: We are not done with you yet”")
/// );
/// ```
pub fn reported_quote(seg: &Segmented, trigger: Span, max_words: usize) -> Option<String> {
    let si = seg.sentence_at(trigger.start)?;
    let sentence = seg.sentences.get(si)?.span;
    let rest = seg.text.get(trigger.end..sentence.end)?;
    // The quotation must open within a few characters (", “" or ": \"").
    let open = rest.find(['“', '"'])?;
    if open > 4 || rest[..open].chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let inner_start = open + rest[open..].chars().next()?.len_utf8();
    let inner = &rest[inner_start..];
    let close = inner.find(['”', '"']).unwrap_or(inner.len());
    let quoted = inner[..close].trim().trim_end_matches([',', '.', ';', ':']);
    let words: Vec<&str> = quoted.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let cut = words.len() > max_words;
    let body = words[..words.len().min(max_words)].join(" ");
    Some(format!("“{body}{}”", if cut { "…" } else { "" }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrase for the first occurrence of `trigger` in `text`, leaving out `times`.
    fn cut(text: &str, trigger: &str, times: &[&str]) -> String {
        let seg = Segmented::new(text);
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let exclude: Vec<Span> = times.iter().map(|t| at(t)).collect();
        phrase(&seg, at(trigger), &exclude)
    }

    #[test]
    fn the_part_of_a_day_goes_with_the_day() {
        assert_eq!(
            cut(
                "On the evening of 23 December the weather improved over the Ardennes.",
                "improved",
                &["23 December"]
            ),
            "weather improved over the Ardennes"
        );
    }

    #[test]
    fn a_relative_clause_takes_the_noun_its_of_and_by_phrases_belong_to() {
        assert_eq!(
            cut(
                "Barbarossa was the invasion of the Soviet Union by Nazi Germany, which began on Sunday, 22 June 1941.",
                "began",
                &["Sunday, 22 June 1941"]
            ),
            "invasion of the Soviet Union began"
        );
        assert_eq!(
            cut(
                "Rebels shelled the capital of the province, which fell on 3 May.",
                "fell",
                &["3 May"]
            ),
            "capital of the province fell"
        );
        // Other prepositions are not walked over: "near Minsk, which fell" is Minsk.
        assert_eq!(
            cut(
                "The army encircled Soviet forces near Minsk, which fell on 28 June.",
                "fell",
                &["28 June"]
            ),
            "Minsk fell"
        );
    }

    #[test]
    fn appositives_with_a_subordinating_word_and_openers_of_times() {
        // "since" inside the appositive does not end it; "starting" goes with its time.
        assert_eq!(
            cut(
                "The curfew, in place since mid-August, will be shortened starting next Saturday.",
                "shortened",
                &["mid-August", "next Saturday"]
            ),
            "curfew will be shortened"
        );
    }

    #[test]
    fn seed_article_sentences() {
        assert_eq!(
            cut(
                "On Saturday, the US military carried out a drone strike in Afghanistan that it said killed two IS planners.",
                "carried",
                &["Saturday"]
            ),
            "US military carried out a drone strike in Afghanistan"
        );
        assert_eq!(
            cut(
                "Taliban spokesman Zabihullah Mujahid (C, with shawl) speaks to the media at the airport in Kabul on August 31, 2021. (WAKIL KOHSAR / AFP)",
                "speaks",
                &["August 31, 2021"]
            ),
            "Taliban spokesman Zabihullah Mujahid speaks to the media at the airport in Kabul"
        );
        assert_eq!(
            cut(
                "The US military ousted the Taliban from power in the fall of 2001 and fought against them for the 19 years that followed.",
                "ousted",
                &["the fall of 2001", "the 19 years that followed"]
            ),
            "US military ousted the Taliban from power"
        );
        assert_eq!(
            cut(
                "Biden in an address to the nation Tuesday defended his decision to end America’s longest war and withdraw all US troops by an August 31 deadline.",
                "defended",
                &["Tuesday", "August 31"]
            ),
            "Biden defended his decision to end America’s longest war and withdraw all US troops"
        );
        assert_eq!(
            cut(
                "WASHINGTON (AP) — General Mark Milley, chairman of the US Joint Chiefs of Staff, said it’s “possible” the United States will seek to coordinate with the Taliban.",
                "said",
                &[]
            ),
            "General Mark Milley said it’s possible the United States will seek to coordinate with the Taliban"
        );
        assert_eq!(
            cut(
                "Milley has recent experience with Taliban leaders; twice last year, most recently in December, he met face-to-face with them in an attempt to slow their attacks on the US-backed Afghan government, which collapsed in mid-August, triggering the frantic US-led evacuation.",
                "collapsed",
                &["mid-August", "last year", "December"]
            ),
            "US-backed Afghan government collapsed"
        );
    }

    #[test]
    fn photo_captions_and_noun_triggers() {
        assert_eq!(
            cut(
                "US Secretary of Defense Lloyd Austin speaks during a briefing at the Pentagon in Washington, September 1, 2021, about the end of the war in Afghanistan.",
                "speaks",
                &["September 1, 2021"]
            ),
            "US Secretary of Defense Lloyd Austin speaks during a briefing at the Pentagon in Washington"
        );
        assert_eq!(
            cut(
                "Biden has promised further targeting of the Islamic State group in response to the IS suicide bombing last week at a Kabul airport gate that killed at least 169 Afghans.",
                "bombing",
                &["last week"]
            ),
            "IS suicide bombing at a Kabul airport gate"
        );
    }

    #[test]
    fn coordinated_verbs_possessive_dates_and_noun_phrases() {
        let ousted = "The US military ousted the Taliban from power in the fall of 2001 and fought against them for the 19 years that followed.";
        assert_eq!(
            cut(
                ousted,
                "fought",
                &["the fall of 2001", "the 19 years that followed"]
            ),
            "US military fought against them"
        );
        assert_eq!(
            cut(
                "Both Austin and Milley commanded troops in Afghanistan during the 20-year war and their comments at Wednesday’s news conference largely focused on tributes.",
                "conference",
                &["20-year", "Wednesday"]
            ),
            "news conference"
        );
        assert_eq!(
            cut(
                "He suggested that the recent cooperative arrangement with the Taliban at Kabul airport was not necessarily a model for the future.",
                "arrangement",
                &["recent", "the future"]
            ),
            "cooperative arrangement with the Taliban at Kabul airport"
        );
        assert_eq!(
            cut(
                "He decided to end the war and withdraw all US troops by an August 31 deadline.",
                "withdraw",
                &["August 31"]
            ),
            "withdraw all US troops"
        );
    }

    #[test]
    fn own_examples() {
        assert_eq!(
            cut(
                "Oil prices fell sharply on Monday, analysts said.",
                "fell",
                &["Monday"]
            ),
            "Oil prices fell sharply"
        );
        assert_eq!(
            cut(
                "The company said Friday that its profit rose 5% in the third quarter.",
                "rose",
                &["Friday", "the third quarter"]
            ),
            "its profit rose 5%"
        );
        assert_eq!(
            cut(
                "But the ceasefire collapsed in 1999 and the war resumed.",
                "collapsed",
                &["1999"]
            ),
            "ceasefire collapsed"
        );
    }

    #[test]
    fn phrases_stay_within_bounds_and_never_panic() {
        let long = "The committee that was formed after the long and bitter dispute between the \
                    two largest unions in the country approved a sweeping plan to overhaul the \
                    national pension system and the health insurance of every public employee.";
        let p = cut(long, "approved", &[]);
        let n = p.split_whitespace().count();
        assert!((MIN_WORDS..=MAX_WORDS).contains(&n), "{n}: {p}");
        assert!(p.contains("approved"));
        for text in ["", "é", "“”", "(a) b c.", "x — y; z: w"] {
            let seg = Segmented::new(text);
            for t in &seg.tokens {
                let _ = phrase(&seg, t.span, &[t.span]);
            }
            let _ = phrase(&seg, Span::new(0, text.len()), &[]);
        }
    }
}
