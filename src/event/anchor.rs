//! placeholder
use super::Event;
use crate::text::{Segmented, Span};
use crate::value::TimexType;
/// A time expression to anchor.
pub struct TimeRef {
    /// span
    pub span: Span,
    /// type
    pub ty: TimexType,
}
/// link
pub struct Link {
    /// t
    pub timex: usize,
    /// e
    pub event: usize,
    /// r
    pub relation: crate::chronology::Relation,
    /// c
    pub confidence: f32,
}
/// anchor
pub fn anchor(_seg: &Segmented, _events: &[Event], _timexes: &[TimeRef]) -> Vec<Link> {
    Vec::new()
}
