//! Finding event triggers in segmented text with an [`EventModel`].

use super::features::{class_features, token_features};
use super::lexes::SentenceLexes;
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
        self.detect_in(&SentenceLexes::new(seg), |_| true)
    }

    /// Like [`EventModel::detect`], for the sentences whose index `keep` accepts only, with
    /// the sentences' lexings from (and left in) `lexes` for the stages that look at the
    /// same sentences again. A sentence's events depend on that sentence alone, so each
    /// kept sentence gets exactly the events [`EventModel::detect`] would give it.
    pub fn detect_in(&self, lexes: &SentenceLexes, keep: impl Fn(usize) -> bool) -> Vec<Event> {
        let seg = lexes.seg();
        let mut features = Vec::with_capacity(64);
        let mut out = Vec::new();
        let bias = self.bias_units();
        let mut labels: Vec<u8> = Vec::new();
        let mut margins: Vec<i32> = Vec::new();
        for (si, sentence) in seg.sentences.iter().enumerate() {
            if !keep(si) {
                continue;
            }
            let tokens = sentence.tokens.clone();
            // Features look inside the sentence only, so its own lexing is all they need.
            let lexed = lexes.get(si);
            labels.clear();
            margins.clear();
            for i in tokens.clone() {
                let (label, margin) = if is_candidate(seg, i) {
                    features.clear();
                    token_features(lexed, tokens.clone(), i, &mut features);
                    decide(&self.scores(&features), bias)
                } else {
                    (0, 0)
                };
                labels.push(label as u8);
                margins.push(margin);
            }
            for (k, i) in tokens.clone().enumerate() {
                let Some(mut class) = EventClass::from_label(usize::from(labels[k])) else {
                    continue;
                };
                if self.has_classes() {
                    features.clear();
                    class_features(lexed, tokens.clone(), i, &labels, &mut features);
                    class = self.classify(&features).unwrap_or(class);
                }
                let m = margins[k] as f32 * self.scale();
                out.push(Event {
                    span: seg.tokens[i].span,
                    class,
                    score: 1.0 / (1.0 + (-m).exp()),
                });
            }
        }
        out
    }

    /// The class model's choice for an event with class features `features`.
    fn classify(&self, features: &[u32]) -> Option<EventClass> {
        let s = self.class_scores(features);
        let mut best = 1;
        for l in 2..LABELS {
            if s[l] > s[best] {
                best = l;
            }
        }
        EventClass::from_label(best)
    }

    /// The most event-like token of sentence `sentence` that is not inside `exclude` and
    /// not a capitalized name, even when the model would not call it an event: the fallback
    /// trigger for a sentence that holds a date but no detected event ("Okafor won his first
    /// term in 2017"). Its score is the model's, so it is low when the model is unsure. The
    /// sentence's lexing comes from `lexes`.
    pub fn best_in_sentence(
        &self,
        lexes: &SentenceLexes,
        sentence: usize,
        exclude: &[crate::text::Span],
    ) -> Option<Event> {
        let seg = lexes.seg();
        let tokens = seg.sentences.get(sentence)?.tokens.clone();
        let lexed = lexes.get(sentence);
        let mut features = Vec::with_capacity(32);
        let bias = self.bias_units();
        let mut best: Option<(i32, usize, usize)> = None;
        for i in tokens.clone() {
            let span = seg.tokens[i].span;
            if !is_candidate(seg, i)
                || seg.tokens[i].kind != TokenKind::Word
                || exclude.iter().any(|x| x.overlaps(&span))
                || (i > tokens.start && lexed.capitalized(i))
            {
                continue;
            }
            features.clear();
            token_features(lexed, tokens.clone(), i, &mut features);
            let scores = self.scores(&features);
            let mut label = 1;
            for l in 2..LABELS {
                if scores[l] > scores[label] {
                    label = l;
                }
            }
            let margin = scores[label] - scores[0] + bias;
            if best.is_none_or(|(m, _, _)| margin > m) {
                best = Some((margin, i, label));
            }
        }
        let (margin, i, label) = best?;
        let class = EventClass::from_label(label)?;
        let m = margin as f32 * self.scale();
        Some(Event {
            span: seg.tokens[i].span,
            class,
            score: 1.0 / (1.0 + (-m).exp()),
        })
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
