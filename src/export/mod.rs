//! Writing a chronology out: one module per format.

pub mod csv;
pub mod json;
