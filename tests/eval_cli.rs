//! `chronicler eval` run as a binary on files in a temp dir.

use std::path::Path;
use std::process::{Command, Output};

const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t2" type="DATE" value="1997-W52">last week</TIMEX3>.
</TEXT>
</TimeML>
"#;

fn chronicler(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronicler"))
        .args(args)
        .output()
        .unwrap()
}

fn setup() -> (tempfile::TempDir, tempfile::TempDir) {
    let gold = tempfile::tempdir().unwrap();
    let sys = tempfile::tempdir().unwrap();
    std::fs::write(gold.path().join("a.tml"), DOC).unwrap();
    // The system gets "last week" wrong.
    std::fs::write(
        sys.path().join("a.tml.TE3input"),
        DOC.replace("1997-W52", "1998-W01"),
    )
    .unwrap();
    (gold, sys)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn text_report_is_a_table_of_percentages() {
    let (gold, sys) = setup();
    let out = chronicler(&["eval", s(gold.path()), "--system", s(sys.path())]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 of 1 files scored"), "{text}");
    let line = |name: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap()
            .to_string()
    };
    assert_eq!(
        line("relaxed match").split_whitespace().collect::<Vec<_>>(),
        vec!["relaxed", "match", "100.00%", "100.00%", "100.00%"]
    );
    assert!(line("value").ends_with("50.00%"), "{text}");
    assert!(line("class").ends_with("100.00%"), "{text}");
    assert!(!text.contains("most frequent"), "{text}");

    let out = chronicler(&[
        "eval",
        s(gold.path()),
        "--system",
        s(sys.path()),
        "--errors",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("value 1"), "{text}");
    assert!(text.contains(r#"a.tml:32 value    gold "last week" DATE 1997-W52  | system "last week" DATE 1998-W01"#), "{text}");
    assert!(text.contains("and rose [last week]."), "{text}");
}

#[test]
fn json_report_has_the_eval_md_shape() {
    let (gold, sys) = setup();
    let out = chronicler(&[
        "eval",
        s(gold.path()),
        "--system",
        s(sys.path()),
        "--format",
        "json",
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_object().unwrap().len(), 2);
    assert_eq!(v["timex"]["value_f1"], 0.5);
    assert_eq!(v["timex"]["relaxed"]["f1"], 1.0);
    assert_eq!(v["event"]["class_f1"], 1.0);
    assert_eq!(v["event"]["gold"], 2);

    let out = chronicler(&[
        "eval",
        s(gold.path()),
        "--system",
        s(sys.path()),
        "--format",
        "json",
        "--errors",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"][0]["kind"], "value");
    assert_eq!(v["errors"][0]["file"], "a.tml");
}

#[test]
fn without_system_it_tags_the_raw_gold_text() {
    let (gold, _) = setup();
    let out = chronicler(&["eval", s(gold.path()), "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["timex"]["gold"], 2);
    assert_eq!(v["event"]["gold"], 2);
    for x in [
        &v["timex"]["relaxed"]["f1"],
        &v["timex"]["value_f1"],
        &v["event"]["f1"],
    ] {
        assert!((0.0..=1.0).contains(&x.as_f64().unwrap()));
    }
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let (gold, sys) = setup();
    let missing = gold.path().join("nope");
    let out = chronicler(&["eval", s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));

    std::fs::write(
        sys.path().join("a.tml.TE3input"),
        b"<TimeML><TEXT>\xff\xfe</TEXT></TimeML>",
    )
    .unwrap();
    let out = chronicler(&["eval", s(gold.path()), "--system", s(sys.path())]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a.tml.TE3input") && err.contains("UTF-8"),
        "{err}"
    );

    // A refused file is a warning (on stderr for JSON), not an error.
    std::fs::write(
        sys.path().join("a.tml.TE3input"),
        DOC.replace("Stocks", "Shares"),
    )
    .unwrap();
    let out = chronicler(&[
        "eval",
        s(gold.path()),
        "--system",
        s(sys.path()),
        "--format",
        "json",
    ]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.tml: refused"), "{err}");
}
