//! The text tagger on arbitrary UTF-8: the whole pipeline (segmentation, recognition,
//! resolution, event dating), its outputs, and the chronology rows, against a DCT taken
//! from the first bytes (anywhere in years 1..9999, or none). Nothing may panic, and
//! every span must lie on character boundaries inside the text.
#![no_main]

use chronicler::document::{Dct, DctSource, DocKind, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, rest) = data.split_at(4);
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let days = u32::from_le_bytes([head[0], head[1], head[2], 0]) % 3_652_059;
    let dct = chrono::NaiveDate::from_num_days_from_ce_opt(days as i32 + 1).map(|date| Dct {
        date,
        source: DctSource::Option,
    });
    let mut doc = Document::from_text("fuzz", text, if head[3] & 1 == 0 { dct } else { None });
    doc.kind = match head[3] >> 1 & 3 {
        0 => DocKind::News,
        1 => DocKind::Narrative,
        _ => DocKind::Auto,
    };
    let a = chronicler::pipeline::analyze(doc);
    for t in &a.timexes {
        assert!(t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        let v = t.value.to_string();
        assert_eq!(
            v.parse::<chronicler::value::Value>().ok().as_ref(),
            Some(&t.value),
            "{v}"
        );
    }
    let _ = chronicler::pipeline::to_json(&a);
    let _ = chronicler::pipeline::to_timeml(&a);
    let _ = chronicler::chronology::entries_of(&a);
});
