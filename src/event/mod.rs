//! Events: what happened, found by a small trained model, tied to the time expressions that
//! date it, and cut into a headline phrase for the chronology.
//!
//! - [`features`] turns tokens into hashed feature ids (no allocation per token);
//! - [`model`] holds the compact, quantized weights ([`EventModel`]) and reads/writes the
//!   shipped `models/events.model`;
//! - [`perceptron`] is the averaged perceptron that learns them;
//! - [`train`] reads TimeML corpora, aligns gold EVENTs to our tokens, trains and
//!   cross-validates (EVAL.md Task B);
//! - [`detect`] finds event triggers in segmented text;
//! - [`mod@anchor`] ties each time expression to the event(s) it dates;
//! - [`mod@phrase`] cuts a trigger's clause to subject, predicate and object;
//! - [`lexes`] keeps one lexing per sentence for all of them;
//! - [`lexicon`] holds the small closed-class word lists the others share.
//!
//! ```
//! use chronicler::event::{EventClass, EventModel};
//! use chronicler::text::Segmented;
//! let seg = Segmented::new("On Saturday, the US military carried out a drone strike.");
//! let events = EventModel::shipped().detect(&seg);
//! let words: Vec<&str> = events.iter().map(|e| &seg.text[e.span.start..e.span.end]).collect();
//! assert!(words.contains(&"carried"));
//! assert_eq!(EventClass::parse("REPORTING"), Some(EventClass::Reporting));
//! ```

pub mod anchor;
pub mod anchor_eval;
pub mod detect;
pub mod features;
pub mod lexes;
pub mod lexicon;
pub mod model;
pub mod perceptron;
pub mod phrase;
pub mod train;
pub mod wordnet;

pub use anchor::{Link, TimeRef, anchor};
pub use model::EventModel;
pub use phrase::phrase;

use crate::text::Span;

/// The TimeML event classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventClass {
    /// Something that happens: "carried out", "strike", "fell".
    Occurrence,
    /// Someone tells about an event: "said", "announced", "reported".
    Reporting,
    /// A circumstance that holds: "war", "invincible", "crisis".
    State,
    /// An intentional action that introduces another event: "attempt", "try", "ordered".
    IAction,
    /// A mental state about another event: "believe", "want", "expect".
    IState,
    /// The start, end or continuation of another event: "began", "stopped", "continue".
    Aspectual,
    /// Seeing or hearing another event: "saw", "heard".
    Perception,
}

impl EventClass {
    /// All classes, in label order (label `i + 1` of the model is `ALL[i]`; label 0 is "no
    /// event").
    pub const ALL: [EventClass; 7] = [
        EventClass::Occurrence,
        EventClass::Reporting,
        EventClass::State,
        EventClass::IAction,
        EventClass::IState,
        EventClass::Aspectual,
        EventClass::Perception,
    ];

    /// The TimeML spelling: `OCCURRENCE`, `REPORTING`, `STATE`, `I_ACTION`, `I_STATE`,
    /// `ASPECTUAL`, `PERCEPTION`.
    pub fn as_str(self) -> &'static str {
        match self {
            EventClass::Occurrence => "OCCURRENCE",
            EventClass::Reporting => "REPORTING",
            EventClass::State => "STATE",
            EventClass::IAction => "I_ACTION",
            EventClass::IState => "I_STATE",
            EventClass::Aspectual => "ASPECTUAL",
            EventClass::Perception => "PERCEPTION",
        }
    }

    /// Parses the TimeML spelling (case-insensitive, `-` accepted for `_`).
    pub fn parse(s: &str) -> Option<EventClass> {
        let s = s.trim();
        EventClass::ALL.into_iter().find(|c| {
            c.as_str().len() == s.len()
                && c.as_str()
                    .bytes()
                    .zip(s.bytes())
                    .all(|(a, b)| a == b.to_ascii_uppercase() || (a == b'_' && b == b'-'))
        })
    }

    /// The model label of this class (1..=7).
    pub fn label(self) -> usize {
        EventClass::ALL
            .iter()
            .position(|&c| c == self)
            .map_or(0, |i| i + 1)
    }

    /// The class of model label `label` (1..=7); `None` for 0 ("no event") or out of range.
    pub fn from_label(label: usize) -> Option<EventClass> {
        label
            .checked_sub(1)
            .and_then(|i| EventClass::ALL.get(i).copied())
    }
}

impl std::fmt::Display for EventClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EventClass {
    type Err = String;

    fn from_str(s: &str) -> Result<EventClass, String> {
        EventClass::parse(s).ok_or_else(|| format!("not a TimeML event class: {s:?}"))
    }
}

/// An event trigger found in a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Event {
    /// The trigger's bytes in the text (one token).
    pub span: Span,
    /// Its TimeML class.
    pub class: EventClass,
    /// How sure the model is, in 0..1 (a logistic squash of the margin over "no event").
    pub score: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip_through_their_timeml_spelling_and_labels() {
        for (i, c) in EventClass::ALL.into_iter().enumerate() {
            assert_eq!(EventClass::parse(c.as_str()), Some(c));
            assert_eq!(c.as_str().parse::<EventClass>(), Ok(c));
            assert_eq!(c.label(), i + 1);
            assert_eq!(EventClass::from_label(i + 1), Some(c));
        }
        assert_eq!(EventClass::parse("i-state"), Some(EventClass::IState));
        assert_eq!(EventClass::parse("OCCURRENCEX"), None);
        assert_eq!(EventClass::parse("é"), None);
        assert_eq!(EventClass::from_label(0), None);
        assert_eq!(EventClass::from_label(8), None);
    }
}
