//! The JSON Lines reader on arbitrary bytes: each line is a document or a named error,
//! never a panic, and documents carry the text of their line.
#![no_main]

use chronicler::document::read::{ReadOptions, read_jsonl};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count();
    let docs = read_jsonl(
        "fuzz",
        std::io::Cursor::new(data.to_vec()),
        ReadOptions::default(),
    );
    let mut n = 0;
    for d in docs {
        n += 1;
        match d {
            Ok(doc) => assert!(!doc.text.trim().is_empty()),
            Err(e) => assert!(e.to_string().starts_with("fuzz"), "{e}"),
        }
    }
    assert!(n <= lines.max(1));
});
