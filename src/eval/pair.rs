//! Scoring one gold document against one system document.

use crate::text::CharMap;
use crate::timeml::{Element, TimeMl};

use super::align::{Words, align_overlapping, align_same_start};
use super::errors::{ErrorKind, Mention, TimexError};
use super::metrics::{EventCounts, TimexCounts};

/// The counts of one scored document, and its time expression errors in text order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocScores {
    /// Task A counts.
    pub timex: TimexCounts,
    /// Task B counts.
    pub event: EventCounts,
    /// Every missed, spurious, mis-spanned, mis-valued and mis-typed timex, sorted by
    /// offset (and kind at the same offset).
    pub errors: Vec<TimexError>,
}

/// Why a system document cannot be scored against its gold: the text inside `<TEXT>`,
/// with tags stripped, is not the same. The toolkit refuses such a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the text inside <TEXT> differs from the gold at character {offset}: gold {gold:?}, system {system:?}"
)]
pub struct Mismatch {
    /// Char offset of the first difference.
    pub offset: usize,
    /// Gold text around the difference.
    pub gold: String,
    /// System text around the difference.
    pub system: String,
}

impl Mismatch {
    /// Locates the first difference between two texts that are not equal.
    fn between(gold: &str, system: &str) -> Mismatch {
        let offset = gold
            .chars()
            .zip(system.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let excerpt = |s: &str| s.chars().skip(offset.saturating_sub(15)).take(35).collect();
        Mismatch {
            offset,
            gold: excerpt(gold),
            system: excerpt(system),
        }
    }
}

/// The TIMEX3 elements that are scored: every one inside `<TEXT>` except a DCT
/// (`functionInDocument="CREATION_TIME"`); the one in `<DCT>` is never among them.
fn scored_timexes(doc: &TimeMl) -> Vec<&Element> {
    doc.timexes
        .iter()
        .filter(|t| t.attr("functionInDocument") != Some("CREATION_TIME"))
        .collect()
}

/// The class of each event: its own `class` attribute, else the one of its MAKEINSTANCE.
fn event_classes(doc: &TimeMl) -> Vec<Option<&str>> {
    let instances = doc.instances();
    doc.events
        .iter()
        .map(|e| {
            e.attr("class").or_else(|| {
                e.attr("eid")
                    .and_then(|id| instances.get(id))
                    .and_then(|i| i.attr("class"))
            })
        })
        .collect()
}

/// Scores `system` against `gold` with the TempEval-3 rules (see the [module
/// docs](super)): timexes pair one-to-one by token overlap, events by start token.
///
/// Fails with a [`Mismatch`] when the tag-stripped texts inside `<TEXT>` differ.
///
/// ```
/// use chronicler::eval::score_pair;
/// use chronicler::timeml::TimeMl;
/// let gold = TimeMl::parse(r#"<TimeML><TEXT>He <EVENT eid="e1" class="OCCURRENCE">left</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> morning.</TEXT></TimeML>"#).unwrap();
/// let sys = TimeMl::parse(r#"<TimeML><TEXT>He <EVENT eid="e1" class="OCCURRENCE">left</EVENT> on <TIMEX3 tid="t1" type="TIME" value="1998-01-09TMO">Friday morning</TIMEX3>.</TEXT></TimeML>"#).unwrap();
/// let s = score_pair(&gold, &sys).unwrap();
/// assert_eq!((s.timex.relaxed, s.timex.strict, s.timex.value, s.timex.type_), (1, 0, 0, 0));
/// assert_eq!((s.event.matched, s.event.class), (1, 1));
/// assert_eq!(s.errors.len(), 3); // span, value, type
///
/// let edited = TimeMl::parse("<TimeML><TEXT>He left on Friday  morning.</TEXT></TimeML>").unwrap();
/// assert!(score_pair(&gold, &edited).is_err());
/// ```
pub fn score_pair(gold: &TimeMl, system: &TimeMl) -> Result<DocScores, Mismatch> {
    if gold.text != system.text {
        return Err(Mismatch::between(&gold.text, &system.text));
    }
    let text = gold.text.as_str();
    let words = Words::new(text);
    let chars = CharMap::new(text);
    let mut out = DocScores::default();

    // Task A.
    let gt = scored_timexes(gold);
    let st = scored_timexes(system);
    let extents = |els: &[&Element]| -> Vec<Option<(usize, usize)>> {
        els.iter().map(|e| words.range(e.span)).collect()
    };
    let partner = align_overlapping(&extents(&gt), &extents(&st));
    let mut taken = vec![false; st.len()];
    out.timex.gold = gt.len();
    out.timex.system = st.len();
    for (g, p) in gt.iter().zip(&partner) {
        let gm = Mention::of(g, text, &chars);
        let Some(k) = *p else {
            out.errors.push(TimexError::new(
                ErrorKind::Missed,
                Some(gm),
                None,
                text,
                g.span,
            ));
            continue;
        };
        taken[k] = true;
        let s = st[k];
        out.timex.relaxed += 1;
        let strict = g.span == s.span;
        let value = g.attr("value") == s.attr("value");
        let type_ = g.attr("type") == s.attr("type");
        out.timex.strict += usize::from(strict);
        out.timex.value += usize::from(value);
        out.timex.type_ += usize::from(type_);
        let sm = Mention::of(s, text, &chars);
        for (ok, kind) in [
            (strict, ErrorKind::Span),
            (value, ErrorKind::Value),
            (type_, ErrorKind::Type),
        ] {
            if !ok {
                out.errors.push(TimexError::new(
                    kind,
                    Some(gm.clone()),
                    Some(sm.clone()),
                    text,
                    g.span,
                ));
            }
        }
    }
    for (s, _) in st.iter().zip(&taken).filter(|(_, t)| !**t) {
        out.errors.push(TimexError::new(
            ErrorKind::Spurious,
            None,
            Some(Mention::of(s, text, &chars)),
            text,
            s.span,
        ));
    }
    out.errors.sort_by_key(|e| (e.offset(), e.kind));

    // Task B.
    let starts = |doc: &TimeMl| -> Vec<Option<(usize, usize)>> {
        doc.events.iter().map(|e| words.range(e.span)).collect()
    };
    let partner = align_same_start(&starts(gold), &starts(system));
    let (gc, sc) = (event_classes(gold), event_classes(system));
    out.event.gold = gold.events.len();
    out.event.system = system.events.len();
    for (g, p) in partner.iter().enumerate() {
        if let Some(k) = *p {
            out.event.matched += 1;
            out.event.class += usize::from(gc[g] == sc[k]);
        }
    }
    Ok(out)
}

/// The scores of a document against a system that annotated nothing (every gold entity
/// missed), used for a gold file without a system file.
pub(crate) fn score_unanswered(gold: &TimeMl) -> DocScores {
    let mut empty = gold.clone();
    empty.timexes.clear();
    empty.events.clear();
    empty.signals.clear();
    empty.links.clear();
    // Same text, so this cannot be a mismatch.
    score_pair(gold, &empty).unwrap_or_default()
}
