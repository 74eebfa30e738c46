//! Finding event triggers in segmented text with an [`EventModel`].

use super::features::{Lexed, token_features};
use super::model::EventModel;
use super::perceptron::LABELS;
use super::{Event, EventClass};
use crate::text::{Segmented, TokenKind};

/// Whether token `i` can be an event trigger at all: punctuation never is.
pub(crate) fn is_candidate(seg: &Segmented, i: usize) -> bool {
    seg.tokens
        .get(i)
        .is_some_and(|t| t.kind != TokenKind::Punct)
}

/// The best label and the margin of the best event label over "no event" plus `bias`, in
/// quantized units.
fn decide(scores: &[i32; LABELS], bias: i32) -> (usize, i32) {
    let mut best = 1;
    for l in 2..LABELS {
        if scores[l] > scores[best] {
            best = l;
        }
    }
    let margin = scores[best] - scores[0] + bias;
    (if margin > 0 { best } else { 0 }, margin)
}

impl EventModel {
    /// The event triggers in `seg`, one token each, in text order.
    ///
    /// ```
    /// use chronicler::event::{EventClass, EventModel};
    /// use chronicler::text::Segmented;
    /// let seg = Segmented::new("Milley said the war was over.");
    /// let events = EventModel::shipped().detect(&seg);
    /// let said = events.iter().find(|e| &seg.text[e.span.start..e.span.end] == "said").unwrap();
    /// assert_eq!(said.class, EventClass::Reporting);
    /// ```
    pub fn detect(&self, seg: &Segmented) -> Vec<Event> {
        let lexed = Lexed::new(seg);
        let mut features = Vec::with_capacity(32);
        let mut out = Vec::new();
        let bias = self.bias_units();
        for sentence in &seg.sentences {
            for i in sentence.tokens.clone() {
                if !is_candidate(seg, i) {
                    continue;
                }
                features.clear();
                token_features(&lexed, sentence.tokens.clone(), i, &mut features);
                let scores = self.scores(&features);
                let (label, margin) = decide(&scores, bias);
                if let Some(class) = EventClass::from_label(label) {
                    let m = margin as f32 * self.scale();
                    out.push(Event {
                        span: seg.tokens[i].span,
                        class,
                        score: 1.0 / (1.0 + (-m).exp()),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decides_by_margin_over_no_event() {
        assert_eq!(decide(&[5, 1, 2, 0, 0, 0, 0, 0], 0), (0, -3));
        assert_eq!(decide(&[5, 1, 2, 0, 0, 0, 0, 0], 4), (2, 1));
        assert_eq!(decide(&[0, 1, 2, 0, 0, 0, 0, 0], 0), (2, 2));
        assert_eq!(decide(&[0, 0, 0, 0, 0, 0, 0, 0], 0).0, 0);
    }

    #[test]
    fn odd_text_never_panics() {
        let m = EventModel::shipped();
        for text in [
            "",
            " ",
            "é",
            "🎉🎉 — “",
            "a\u{0301}b ﬁnished\u{200b}\r\n\r\nx",
            "The war ended.",
        ] {
            let seg = Segmented::new(text);
            for e in m.detect(&seg) {
                assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                assert!((0.5..=1.0).contains(&e.score));
            }
        }
    }
}
