//! The TimeML reader and `insert_tags`: any document the reader accepts comes back from
//! the tagger with its text unchanged (the tagged output parses, and its text is the same).
#![no_main]

use chronicler::timeml::TimeMl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(tml) = TimeMl::parse(src) else {
        return;
    };
    let Ok(tagged) = chronicler::pipeline::tag_timeml(&tml) else {
        return;
    };
    let again = TimeMl::parse(&tagged).expect("the tagged document parses");
    assert_eq!(again.text, tml.text, "the text changed");
});
