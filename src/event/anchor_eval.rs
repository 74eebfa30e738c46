//! placeholder
use super::train::CorpusDoc;
/// eval
pub fn evaluate(_docs: &[CorpusDoc]) -> String {
    String::new()
}
