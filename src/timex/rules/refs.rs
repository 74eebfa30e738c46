//! Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF,
//! FUTURE_REF): "now", "currently", "recently", "in recent times", "the future", "the days
//! ahead", "the near term". ("recent weeks" and "the coming months" are durations of
//! unstated length, in the durations family.)
//!
//! Left out on purpose, because TimeML annotators mostly leave them untagged (in TimeBank
//! and AQUAINT, "previously" is tagged 2 times in 22, "soon" 4 in 17, the adjectives
//! "recent" and "future" about 1 in 3): "previously", "soon", "recent ...", "future ...".

use super::{cand, next_lower, prev_lower};
use crate::timex::engine::{Hit, Rule};
use crate::timex::spec::{Candidate, Spec};
use crate::value::{RefKind, TimexType, Value};

fn reference(h: &Hit, kind: RefKind) -> Candidate {
    cand(h, TimexType::Date, Spec::Value(Value::Ref(kind)))
}

fn present(h: &Hit) -> Option<Candidate> {
    let w = h.get("w")?.to_ascii_lowercase();
    if w == "current" {
        // "current account", "electrical current": not the present.
        let next = next_lower(h);
        if matches!(
            next.as_ref(),
            "account"
                | "accounts"
                | "affairs"
                | "flow"
                | "flows"
                | "density"
                | "speed"
                | "sea"
                | "river"
                | "water"
                | "waters"
                | "of"
                | "and"
                | "."
                | ","
        ) || h.word_after().is_none()
        {
            return None;
        }
        if matches!(
            prev_lower(h).as_ref(),
            "a" | "an" | "electric" | "electrical" | "strong" | "ocean"
        ) {
            return None;
        }
    }
    Some(reference(h, RefKind::Present))
}

fn past(h: &Hit) -> Option<Candidate> {
    let w = h.get("w")?.to_ascii_lowercase();
    // "most recently in December": a degree adverb before the date that says when.
    if w == "recently" && prev_lower(h) == "most" {
        return None;
    }
    if w.starts_with("the past") {
        // "the past" followed by a unit is a duration ("the past three weeks").
        let next = next_lower(h);
        if crate::timex::lexicon::unit(&next).is_some()
            || crate::timex::lexicon::number(&next).is_some()
            || matches!(next.as_ref(), "few" | "several" | "couple")
        {
            return None;
        }
    }
    Some(reference(h, RefKind::Past))
}

fn future(h: &Hit) -> Option<Candidate> {
    // "the future of our peoples" is a topic, not a time.
    if next_lower(h) == "of" && h.get("w")?.to_ascii_lowercase().ends_with("future") {
        return None;
    }
    Some(reference(h, RefKind::Future))
}

/// The rules of this family.
pub static RULES: &[Rule] = &[
    Rule {
        name: "present_ref",
        pattern: r"\b(?P<w>now|currently|presently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|current)\b",
        produce: present,
    },
    Rule {
        name: "past_ref",
        pattern: r"\b(?P<w>recently|lately|formerly|recent\s+times|the\s+past)\b",
        produce: past,
    },
    Rule {
        name: "future_ref",
        pattern: r"\b(?P<w>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:days|weeks|months|years)\s+ahead|the\s+(?:near|short)\s+term)\b",
        produce: future,
    },
];
