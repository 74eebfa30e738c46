//! The chronology CSV reader (`chronology::read_csv`, what `render` reads) on arbitrary
//! text: a chronology or an error message, never a panic; what it reads writes back out
//! and reads again to the same rows.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(chron) = chronicler::chronology::read_csv(text, "fuzz") else {
        return;
    };
    let csv = chronicler::export::csv::write(&chron).expect("a chronology writes as CSV");
    let again = chronicler::chronology::read_csv(std::str::from_utf8(&csv).unwrap(), "fuzz")
        .expect("written CSV reads back");
    assert_eq!(again.entries.len(), chron.entries.len());
    for (a, b) in again.entries.iter().zip(&chron.entries) {
        assert_eq!(
            (&a.value, a.start, a.end, &a.event, &a.timex),
            (&b.value, b.start, b.end, &b.event, &b.timex)
        );
    }
});
