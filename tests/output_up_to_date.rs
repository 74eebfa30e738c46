//! `output/` holds exactly what the README's main command produces for `input/`:
//! `cargo run --release -- extract input/afghanistan-milley-2021-09-01.txt --dct 2021-09-01 --out output/`.
//! When this fails after an intended change, run that command and commit `output/`.

use std::process::Command;

#[test]
fn output_matches_what_extract_produces_now() {
    let root = env!("CARGO_MANIFEST_DIR");
    let tmp = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_chronicler"))
        .current_dir(root)
        .args([
            "extract",
            "input/afghanistan-milley-2021-09-01.txt",
            "--dct",
            "2021-09-01",
            "--out",
        ])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in names {
        let fresh = std::fs::read(tmp.path().join(&name)).unwrap();
        let committed = std::fs::read(std::path::Path::new(root).join("output").join(&name))
            .unwrap_or_else(|_| {
                panic!("output/{name} is missing: run the README's extract command")
            });
        assert!(
            fresh == committed,
            "output/{name} is out of date: run the README's extract command and commit output/"
        );
    }
}
