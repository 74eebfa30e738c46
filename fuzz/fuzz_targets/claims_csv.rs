//! The claims CSV reader of `check` (`check::claims::parse`) on arbitrary text: claims or
//! an error naming the file, never a panic; every claim's date covers days in order and
//! its value round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match chronicler::check::claims::parse(text, "claims.csv") {
        Ok(claims) => {
            for c in claims {
                assert!(c.interval.start <= c.interval.end);
                let v = c.value.to_string();
                assert_eq!(
                    v.parse::<chronicler::value::Value>().ok().as_ref(),
                    Some(&c.value),
                    "{v}"
                );
            }
        }
        Err(e) => assert!(e.to_string().starts_with("claims.csv"), "{e}"),
    }
});
