//! Anchoring: tying each time expression to the event(s) it dates in its sentence.
//!
//! Rules, in order (the first that applies decides):
//!
//! 1. **Premodifier**: a time expression right before a possessive or an event
//!    ("Tuesday's meeting", "the 1998 elections") dates that event.
//! 2. **Clause-initial**: a time phrase that opens its clause ("On Saturday, the US military
//!    carried out ...", "Last week, ...") dates the first verb of the clause after it.
//!    A bare date set off by commas, as captions and datelines write it ("... in
//!    Washington, September 1, 2021, about ...") dates the sentence's first verb.
//! 3. **Adjacency**: an event right before the expression, or before its preposition
//!    ("said Friday", "the bombing last week", "ended in 2001"), is dated by it. A reporting
//!    verb counts too: "said Friday" dates the statement, not what was said.
//! 4. **Nearest fitting trigger**: the event nearest to the expression, where commas and
//!    other clause punctuation between them count as distance, events after the expression
//!    are a little farther than those before it, verb-like events a little nearer, and
//!    reporting verbs (which date the statement only when adjacent) farther.
//!
//! The preposition or signal word introducing the expression ("since", "before", "by",
//! "until", "after", "during", ...) gives the [`Relation`].
//!
//! ```
//! use chronicler::event::{Event, EventClass, TimeRef, anchor};
//! use chronicler::text::{Segmented, Span};
//! use chronicler::value::TimexType;
//! let text = "On Saturday, the US military carried out a drone strike.";
//! let seg = Segmented::new(text);
//! let at = |w: &str| { let s = text.find(w).unwrap(); Span::new(s, s + w.len()) };
//! let ev = |w: &str| Event { span: at(w), class: EventClass::Occurrence, score: 1.0 };
//! let events = [ev("carried"), ev("strike")];
//! let times = [TimeRef { span: at("Saturday"), ty: TimexType::Date }];
//! let links = anchor(&seg, &events, &times);
//! assert_eq!(links[0].event, 0);
//! ```

use super::Event;
use super::features::Lexed;
use super::lexes::SentenceLexes;
use super::lexicon::{Cue, is_reporting, signal_relation};
use crate::chronology::Relation;
use crate::text::{Segmented, Span, TokenKind};
use crate::value::TimexType;

/// A time expression to anchor: where it is and its TIMEX3 type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRef {
    /// Its bytes in the text.
    pub span: Span,
    /// Its TIMEX3 type.
    pub ty: TimexType,
}

/// A time expression tied to an event it dates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Index into the time expressions given to [`anchor`].
    pub timex: usize,
    /// Index into the events given to [`anchor`].
    pub event: usize,
    /// How the event relates to the time.
    pub relation: Relation,
    /// How sure the rule that made the link is, 0..1.
    pub confidence: f32,
}

/// Which rule made a link (for confidence and for the tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Premodifier,
    ClauseInitial,
    SetOff,
    Adjacent,
    Nearest,
}

impl Rule {
    fn confidence(self) -> f32 {
        match self {
            Rule::Premodifier => 0.85,
            Rule::ClauseInitial => 0.85,
            Rule::SetOff => 0.8,
            Rule::Adjacent => 0.9,
            Rule::Nearest => 0.6,
        }
    }
}

/// Ties each time expression to the event it dates in its sentence: at most one link per
/// time expression, in the order of `timexes`. Expressions with no event in their sentence
/// get no link.
pub fn anchor(seg: &Segmented, events: &[Event], timexes: &[TimeRef]) -> Vec<Link> {
    anchor_lexed(&SentenceLexes::new(seg), events, timexes)
}

/// Like [`anchor`], with the sentences' lexings from (and left in) `lexes`.
pub fn anchor_lexed(lexes: &SentenceLexes, events: &[Event], timexes: &[TimeRef]) -> Vec<Link> {
    let seg = lexes.seg();
    if events.is_empty() || timexes.is_empty() {
        return Vec::new();
    }
    // First token of each event, and which tokens belong to an event.
    let mut event_at = vec![None; seg.tokens.len()];
    let mut event_tokens: Vec<(usize, usize)> = Vec::with_capacity(events.len());
    for (k, e) in events.iter().enumerate() {
        let toks = seg.tokens_in(e.span);
        if toks.is_empty() {
            continue;
        }
        event_tokens.push((toks.start, k));
        if event_at[toks.start].is_none() {
            event_at[toks.start] = Some(k);
        }
    }
    event_tokens.sort_unstable();
    let mut out = Vec::new();
    // Anchoring looks inside the expression's sentence only, so only the sentences that
    // hold an expression are lexed.
    for (ti, t) in timexes.iter().enumerate() {
        let Some(si) = seg.sentence_at(t.span.start) else {
            continue;
        };
        let lexed = lexes.get(si);
        let ctx = Context {
            seg,
            lexed,
            event_at: &event_at,
            event_tokens: &event_tokens,
        };
        if let Some((event, relation, rule)) = ctx.anchor_one(t) {
            out.push(Link {
                timex: ti,
                event,
                relation,
                confidence: rule.confidence(),
            });
        }
    }
    out
}

struct Context<'a> {
    seg: &'a Segmented<'a>,
    lexed: &'a Lexed,
    /// The event starting at each token.
    event_at: &'a [Option<usize>],
    /// (first token, event index), sorted.
    event_tokens: &'a [(usize, usize)],
}

/// Words that may stand before a clause-initial time phrase: "On Saturday, ...", "But
/// last week, ...", "Earlier this month, ...".
fn opener(cue: Cue, lower: &str) -> bool {
    matches!(
        cue,
        Cue::Preposition | Cue::Conjunction | Cue::Adverb | Cue::Punct | Cue::Determiner
    ) || matches!(
        lower,
        "earlier" | "later" | "late" | "early" | "as" | "by" | "until" | "since" | "mid"
    )
}

/// Distance added for each comma between an event and the time expression: a time rarely
/// dates an event across a clause boundary.
const COMMA_COST: f32 = 6.0;
/// Distance added for each "and", "but", "or" between them: "ousted the Taliban in 2001
/// and fought" dates "ousted".
const CONJUNCTION_COST: f32 = 2.0;
/// Distance added for each semicolon, colon, dash, quote or bracket between them.
const BREAK_COST: f32 = 6.0;
/// Distance added when the event comes after the expression: English puts the adverbial
/// after its verb more often than before it.
const AFTER_COST: f32 = 2.5;
/// Distance added to reporting verbs that are not adjacent: "said" is dated by "said
/// Friday", not by a date inside what was said.
const REPORTING_COST: f32 = 3.0;
/// Distance taken off verb-like events, which time adverbials modify more often than nouns.
const VERB_BONUS: f32 = 0.5;
impl Context<'_> {
    fn lower(&self, i: usize) -> &str {
        self.lexed.lower(i)
    }

    fn is_punct(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// Whether token `i` ends a clause going left or right: a semicolon, colon, dash,
    /// quote or bracket.
    fn clause_break(&self, i: usize) -> bool {
        matches!(
            self.lower(i),
            ";" | ":" | "—" | "–" | "\"" | "(" | ")" | "[" | "]"
        )
    }

    fn verbish(&self, i: usize, first: usize) -> u8 {
        self.lexed.verbish(i, first)
    }

    fn anchor_one(&self, t: &TimeRef) -> Option<(usize, Relation, Rule)> {
        let seg = self.seg;
        let toks = seg.tokens_in(t.span);
        if toks.is_empty() {
            return None;
        }
        let sentence = seg.sentences.get(seg.sentence_at(t.span.start)?)?;
        let (first, last) = (sentence.tokens.start, sentence.tokens.end);
        // Events of the sentence outside the expression, by first token.
        let lo = self.event_tokens.partition_point(|&(tok, _)| tok < first);
        let hi = self.event_tokens.partition_point(|&(tok, _)| tok < last);
        let cands: Vec<(usize, usize)> = self.event_tokens[lo..hi]
            .iter()
            .copied()
            .filter(|&(tok, _)| !toks.contains(&tok))
            .collect();
        if cands.is_empty() {
            return None;
        }
        // The signal: the word right before the expression (or its own first word).
        let (signal_tok, relation) = self.signal(toks.start, first);
        let start = signal_tok.unwrap_or(toks.start);
        let end = toks.end;

        if let Some(e) = self.premodifier(end, last) {
            return Some((e, relation, Rule::Premodifier));
        }
        if let Some(e) = self.clause_initial(start, end, first, last) {
            return Some((e, relation, Rule::ClauseInitial));
        }
        if let Some(e) = self.set_off(start, end, first, last) {
            return Some((e, relation, Rule::SetOff));
        }
        if let Some(e) = self.adjacent(start, first) {
            return Some((e, relation, Rule::Adjacent));
        }
        // The nearest event, counting clause punctuation between as distance.
        let (_, e) = cands
            .iter()
            .map(|&(tok, e)| (self.cost(tok, start, end, first), e))
            .min_by(|a, b| a.0.total_cmp(&b.0))?;
        Some((e, relation, Rule::Nearest))
    }

    /// How far the event at token `tok` is from the expression spanning `start..end`
    /// (with its signal), for the nearest-trigger rule.
    fn cost(&self, tok: usize, start: usize, end: usize, first: usize) -> f32 {
        let (a, b, after) = if tok < start {
            (tok + 1, start, false)
        } else {
            (end, tok, true)
        };
        let mut c = (b - a) as f32;
        for k in a..b {
            if self.lower(k) == "," {
                c += COMMA_COST;
            } else if matches!(self.lower(k), "and" | "but" | "or") {
                c += CONJUNCTION_COST;
            } else if self.clause_break(k) {
                c += BREAK_COST;
            }
        }
        if after {
            c += AFTER_COST;
        }
        if is_reporting(self.lower(tok)) {
            c += REPORTING_COST;
        }
        if self.verbish(tok, first) >= 1 {
            c -= VERB_BONUS;
        }
        c + tok as f32 * 1e-6
    }

    /// The signal word right before the expression that starts at token `start`, and the
    /// relation it gives (`At` without one).
    fn signal(&self, start: usize, first: usize) -> (Option<usize>, Relation) {
        let own = signal_relation(self.lower(start)).filter(|_| self.is_signal_word(start));
        if let Some(r) = own {
            return (None, r);
        }
        if start > first {
            let w = self.lower(start - 1);
            if let Some(r) = signal_relation(w).filter(|_| self.is_signal_word(start - 1)) {
                // "prior to", "up to", "as of": take the earlier word's relation too.
                if start - 1 > first {
                    let w2 = self.lower(start - 2);
                    if matches!(w2, "prior" | "ahead" | "up" | "as") {
                        let r2 = signal_relation(w2).unwrap_or(r);
                        return (Some(start - 2), r2);
                    }
                }
                return (Some(start - 1), r);
            }
        }
        (None, Relation::At)
    }

    fn is_signal_word(&self, i: usize) -> bool {
        matches!(
            self.lexed.cue(i),
            Cue::Preposition | Cue::To | Cue::Other | Cue::Adverb
        ) && !self.is_punct(i)
    }

    /// Rule 1: "Tuesday's meeting", "the 1998 elections", "Friday trading": an event right
    /// after the expression (or a few words after its possessive).
    fn premodifier(&self, end: usize, last: usize) -> Option<usize> {
        let mut i = end;
        if i + 1 < last && matches!(self.lower(i), "'") && self.lower(i + 1) == "s" {
            i += 2;
            // Allow one modifier: "Tuesday's surprise announcement".
            for j in i..(i + 3).min(last) {
                if let Some(e) = self.event_at[j] {
                    return Some(e);
                }
                if self.is_punct(j) {
                    break;
                }
            }
            return None;
        }
        if i < last { self.event_at[i] } else { None }
    }

    /// Rule 2: the expression (with its preposition) opens its clause and a comma follows
    /// it: the first verb-like event after the comma.
    fn clause_initial(&self, start: usize, end: usize, first: usize, last: usize) -> Option<usize> {
        // Everything from the clause start to the expression is an opener word.
        let mut i = start;
        while i > first {
            let j = i - 1;
            if self.clause_break(j) || self.lower(j) == ";" {
                break;
            }
            let w = self.lower(j);
            if !opener(self.lexed.cue(j), w) && self.event_at[j].is_none() {
                return None;
            }
            if self.event_at[j].is_some() {
                return None;
            }
            i = j;
        }
        // A comma (or the subject) must follow.
        if end >= last {
            return None;
        }
        let mut k = end;
        if self.lower(k) == "," {
            k += 1;
        } else if !matches!(self.lexed.cue(k), Cue::Determiner | Cue::Pronoun)
            && !self.lexed.capitalized(k)
        {
            return None;
        }
        let mut fallback = None;
        for j in k..last {
            if self.clause_break(j) {
                break;
            }
            if let Some(e) = self.event_at[j] {
                if self.verbish(j, k) >= 1 {
                    return Some(e);
                }
                fallback.get_or_insert(e);
            }
        }
        fallback
    }

    /// Rule 2b: a bare date set off by commas, as photo captions and datelines write it
    /// ("Milley speaks during a briefing at the Pentagon in Washington, September 1, 2021,
    /// about ..."): the first verb of the sentence before it.
    fn set_off(&self, start: usize, end: usize, first: usize, last: usize) -> Option<usize> {
        if start == first || self.lower(start - 1) != "," {
            return None;
        }
        let closed = end >= last || matches!(self.lower(end), "," | "." | ";" | ")");
        if !closed || signal_relation(self.lower(start)).is_some() {
            return None;
        }
        (first..start - 1)
            .filter(|&j| self.verbish(j, first) == 2)
            .find_map(|j| self.event_at[j])
    }

    /// Rule 3: an event right before the expression or its preposition.
    fn adjacent(&self, start: usize, first: usize) -> Option<usize> {
        if start == first {
            return None;
        }
        let j = start - 1;
        self.event_at[j]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::EventClass;

    fn span_of(text: &str, w: &str) -> Span {
        let s = text.find(w).unwrap();
        Span::new(s, s + w.len())
    }

    /// Anchors `time` in `text` with the given event words; returns the word chosen.
    fn chosen(text: &str, events: &[&str], time: &str) -> Option<(String, Relation)> {
        let seg = Segmented::new(text);
        let evs: Vec<Event> = events
            .iter()
            .map(|w| Event {
                span: span_of(text, w),
                class: EventClass::Occurrence,
                score: 1.0,
            })
            .collect();
        let times = [TimeRef {
            span: span_of(text, time),
            ty: TimexType::Date,
        }];
        let links = anchor(&seg, &evs, &times);
        links
            .first()
            .map(|l| (events[l.event].to_string(), l.relation))
    }

    #[test]
    fn sentence_initial_time_phrases_date_the_main_verb() {
        assert_eq!(
            chosen(
                "On Saturday, the US military carried out a drone strike in Afghanistan that it said killed two IS planners.",
                &["carried", "strike", "said", "killed"],
                "Saturday"
            ),
            Some(("carried".into(), Relation::At))
        );
        assert_eq!(
            chosen(
                "On Tuesday, Biden said, “To ISIS-K: We are not done with you yet.”",
                &["said", "done"],
                "Tuesday"
            ),
            Some(("said".into(), Relation::At))
        );
    }

    #[test]
    fn captions_date_their_main_verb() {
        assert_eq!(
            chosen(
                "US Secretary of Defense Lloyd Austin speaks during a briefing at the Pentagon in Washington, September 1, 2021, about the end of the war in Afghanistan.",
                &["speaks", "briefing", "end", "war"],
                "September 1, 2021"
            ),
            Some(("speaks".into(), Relation::At))
        );
    }

    #[test]
    fn reporting_verbs_date_the_statement() {
        assert_eq!(
            chosen(
                "The company said Friday that profits fell.",
                &["said", "fell"],
                "Friday"
            ),
            Some(("said".into(), Relation::At))
        );
    }

    #[test]
    fn prepositions_give_the_relation_and_the_verb_before_is_dated() {
        assert_eq!(
            chosen(
                "The US military ousted the Taliban from power in the fall of 2001 and fought against them.",
                &["ousted", "fall", "fought"],
                "the fall of 2001"
            ),
            Some(("ousted".into(), Relation::At))
        );
        assert_eq!(
            chosen("Prices have risen sharply since 2019.", &["risen"], "2019"),
            Some(("risen".into(), Relation::Since))
        );
        assert_eq!(
            chosen(
                "He withdrew all troops before August 31.",
                &["withdrew"],
                "August 31"
            ),
            Some(("withdrew".into(), Relation::Before))
        );
    }

    #[test]
    fn nouns_next_to_the_time_and_premodified_events() {
        assert_eq!(
            chosen(
                "Biden responded to the IS suicide bombing last week at a Kabul airport gate.",
                &["responded", "bombing"],
                "last week"
            ),
            Some(("bombing".into(), Relation::At))
        );
        assert_eq!(
            chosen(
                "Their comments at Wednesday's news conference focused on tributes.",
                &["comments", "conference", "focused"],
                "Wednesday"
            ),
            Some(("conference".into(), Relation::At))
        );
    }

    #[test]
    fn no_event_in_the_sentence_gives_no_link() {
        assert_eq!(
            chosen("It rained. Saturday was quiet.", &["rained"], "Saturday"),
            None
        );
        let seg = Segmented::new("");
        assert!(anchor(&seg, &[], &[]).is_empty());
    }
}
