//! The binary, run on files in a temp dir: the contract's commands, outputs and exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronicler"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("input/afghanistan-milley-2021-09-01.txt")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn extract_writes_the_three_default_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = run(&[
        "extract",
        seed().to_str().unwrap(),
        "--dct",
        "2021-09-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(out.join("chronology.csv")).unwrap();
    assert!(csv.starts_with(
        "value,start,end,granularity,event,timex,quote,source,char_start,char_end,confidence\n"
    ));
    assert!(csv.contains("2021-08-28,2021-08-28,2021-08-28,day,"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("chronology.json")).unwrap())
            .unwrap();
    assert_eq!(json["documents"][0]["dct"], "2021-09-01");
    assert!(json["events"].as_array().unwrap().len() >= 12);
}

#[test]
fn bad_inputs_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("empty.txt"), "").unwrap();
    std::fs::write(p("bin.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(p("latin1.txt"), b"caf\xe9 Monday").unwrap();
    std::fs::write(
        p("bad.tml"),
        "<TimeML><TEXT>unclosed <EVENT eid=\"e1\">x</TEXT></TimeML>",
    )
    .unwrap();
    for (name, want) in [
        ("missing.txt", "no such file"),
        ("empty.txt", "empty file"),
        ("bin.txt", "binary file"),
        ("latin1.txt", "not UTF-8"),
        ("bad.tml", "malformed TimeML"),
    ] {
        let out = dir.path().join(format!("out-{name}"));
        let o = run(&[
            "extract",
            p(name).to_str().unwrap(),
            "--dct",
            "2021-09-01",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let e = stderr(&o);
        assert!(
            e.contains(name) && e.contains(want) && !e.contains("panicked"),
            "{name}: {e}"
        );
        assert!(!out.join("chronology.csv").exists(), "{name}: wrote output");
    }
    let o = run(&["extract", seed().to_str().unwrap(), "--dct", "2021-13-45"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2021-13-45"));
}

#[test]
fn a_batch_with_one_bad_document_processes_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("good.txt"),
        "The bridge opened on Saturday.",
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"\xff\xfe").unwrap();
    let out = dir.path().join("out");
    let o = run(&[
        "extract",
        dir.path().to_str().unwrap(),
        "--dct",
        "2021-09-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.txt"));
    let csv = std::fs::read_to_string(out.join("chronology.csv")).unwrap();
    assert!(csv.contains("2021-08-28") && csv.contains("good.txt"));
}

#[test]
fn an_unwritable_output_leaves_no_partial_files() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let out = blocker.join("out");
    let o = run(&[
        "extract",
        seed().to_str().unwrap(),
        "--dct",
        "2021-09-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot write"));
}

#[test]
fn stdin_jsonl_streams_one_event_per_line_with_its_source() {
    use std::io::Write;
    let mut child = bin()
        .args([
            "extract",
            "-",
            "--dct",
            "2021-09-01",
            "--format",
            "jsonl",
            "-o",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The bridge opened on Saturday.\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["value"], "2021-08-28");
}

#[test]
fn tag_keeps_timeml_input_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let src = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-09-01\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">September 1, 2021</TIMEX3></DCT>\n<TEXT>\nAT&amp;T said the  strike came on Saturday, and talks resume next week.\n</TEXT>\n</TimeML>\n";
    let p = dir.path().join("x.tml");
    std::fs::write(&p, src).unwrap();
    let o = run(&["tag", p.to_str().unwrap(), "--format", "timeml"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains(r#"type="DATE" value="2021-08-28""#), "{out}");
    assert!(out.contains(r#"value="2021-W36""#), "{out}");
    let strip = |s: &str| {
        let mut r = String::new();
        let mut skip = false;
        let body = &s[s.find("<TEXT>").unwrap()..];
        let mut i = 0;
        while i < body.len() {
            let rest = &body[i..];
            if rest.starts_with("<TIMEX3")
                || rest.starts_with("</TIMEX3")
                || rest.starts_with("<EVENT")
                || rest.starts_with("</EVENT")
            {
                skip = true;
            }
            let c = rest.chars().next().unwrap();
            if !skip {
                r.push(c);
            }
            if skip && c == '>' {
                skip = false;
            }
            i += c.len_utf8();
        }
        r
    };
    assert_eq!(strip(&out), strip(src));
    assert_eq!(
        &out[..out.find("<TEXT>").unwrap()],
        &src[..src.find("<TEXT>").unwrap()]
    );
}

#[test]
fn tag_json_gives_char_offsets() {
    let o = run(&[
        "tag",
        seed().to_str().unwrap(),
        "--dct",
        "2021-09-01",
        "--format",
        "json",
    ]);
    assert!(o.status.success());
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sat = j["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "Saturday")
        .unwrap();
    assert_eq!(sat["char_start"], 2618);
    assert_eq!(sat["char_end"], 2626);
    assert_eq!(sat["value"], "2021-08-28");
}

#[test]
fn csv_cells_cannot_run_as_spreadsheet_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f.txt");
    std::fs::write(&p, "=HYPERLINK(\"http://x\") was clicked on Saturday.").unwrap();
    let out = dir.path().join("o.csv");
    let o = run(&[
        "extract",
        p.to_str().unwrap(),
        "--dct",
        "2021-09-01",
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(out).unwrap();
    assert!(
        !csv.contains(",=") && !csv.contains(",\"=") && csv.contains("'="),
        "{csv}"
    );
}
