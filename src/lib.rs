//! chronicler: news articles and other prose in, a dated chronology out.

pub mod text;
pub mod timeml;
pub mod value;
