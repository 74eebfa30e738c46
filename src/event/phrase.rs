//! placeholder
use crate::text::{Segmented, Span};
/// phrase
pub fn phrase(_seg: &Segmented, _trigger: Span, _exclude: &[Span]) -> String {
    String::new()
}
