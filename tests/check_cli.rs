//! `chronicler check`, the binary: formats, columns, exit codes, bad input, colour.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronicler"))
}

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/check")
        .join(name)
        .display()
        .to_string()
}

fn articles() -> Vec<String> {
    [
        "museum-a-2024-05-10.txt",
        "museum-b-2024-05-12.txt",
        "bridge-a-2023-11-03.txt",
        "bridge-b-2023-11-06.txt",
        "mayor-a-2022-03-15.txt",
        "mayor-b-2022-03-16.txt",
        "flood-a-2021-07-20.txt",
        "flood-b-2021-07-22.txt",
    ]
    .iter()
    .map(|n| data(n))
    .collect()
}

fn run(args: &[&str]) -> Output {
    bin().env_remove("NO_COLOR").args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

const BRIDGE_CLAIMS: &str = "event,date\n\
    Millbrook Bridge collapsed into the Tern River,2023-10-28\n\
    Bridge toll increased,2023-09\n\
    Divers recovered a pickup truck,2023-W44\n";

#[test]
fn claims_csv_has_the_contract_columns_and_one_row_per_claim_in_order() {
    let claims = data("claims.csv");
    let mut args = vec!["check", "--claims", claims.as_str(), "--format", "csv"];
    let files = articles();
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    // Some claims are contradicted.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with(
        "event,date,verdict,evidence_value,evidence_event,quote,source,char_start,char_end,precision,score,timex\n"
    ));
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let mut c = csv::Reader::from_path(&claims).unwrap();
    let input: Vec<csv::StringRecord> = c.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), input.len());
    for (row, claim) in rows.iter().zip(&input) {
        assert_eq!(&row[0], &claim[0]);
        assert_eq!(&row[1], &claim[1]);
        assert!(["supported", "contradicted", "unverified"].contains(&&row[2]));
    }
    // Evidence offsets point at the expression in the source.
    let first = &rows[0];
    let text = std::fs::read_to_string(&first[6]).unwrap();
    let (a, b): (usize, usize) = (first[7].parse().unwrap(), first[8].parse().unwrap());
    let at: String = text.chars().skip(a).take(b - a).collect();
    assert_eq!(at, first[11].to_string());
    // Warnings go to stderr with CSV.
    assert!(
        stderr(&o).contains("Monday, July 13, 2021"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn no_contradiction_exits_0_and_json_carries_summary_and_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let claims = write(dir.path(), "c.csv", BRIDGE_CLAIMS);
    let a = data("bridge-a-2023-11-03.txt");
    let flood = data("flood-b-2021-07-22.txt");
    let o = run(&["check", "--claims", &claims, &a, &flood, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let verdicts: Vec<&str> = j["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["supported", "unverified", "supported"]);
    assert_eq!(j["claims"][0]["precision"], "exact");
    assert_eq!(j["claims"][2]["precision"], "within");
    assert_eq!(j["claims"][2]["evidence_value"], "2023-11-01");
    assert!(j["claims"][1]["evidence_value"].is_null());
    assert_eq!(j["summary"]["supported"], 2);
    assert_eq!(j["summary"]["unverified"], 1);
    let kinds: Vec<&str> = j["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["weekday", "range"]);
    // With JSON the warnings are in the document, not on stderr.
    assert!(!stderr(&o).contains("weekday"), "{}", stderr(&o));
}

#[test]
fn the_source_column_restricts_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let claims = write(
        dir.path(),
        "c.csv",
        "event,date,source\n\
         Governor declared a state of emergency,2023-10-30,bridge-a-2023-11-03.txt\n\
         Governor declared a state of emergency,2023-10-30,bridge-b-2023-11-06.txt\n\
         Governor declared a state of emergency,2023-10-30,no-such-source.txt\n",
    );
    let (a, b) = (
        data("bridge-a-2023-11-03.txt"),
        data("bridge-b-2023-11-06.txt"),
    );
    let o = run(&["check", "--claims", &claims, &a, &b, "--format", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0][2], "contradicted");
    assert!(rows[0][6].ends_with("bridge-a-2023-11-03.txt"));
    assert_eq!(rows[1][2], "supported");
    assert!(rows[1][6].ends_with("bridge-b-2023-11-06.txt"));
    assert_eq!(rows[2][2], "unverified");
}

#[test]
fn conflicts_mode_lists_each_side_and_exits_1() {
    let mut args = vec!["check", "--format", "json"];
    let files = articles();
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let conflicts = j["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 9);
    for c in conflicts {
        for side in ["a", "b"] {
            for key in [
                "value",
                "source",
                "quote",
                "timex",
                "char_start",
                "char_end",
            ] {
                assert!(!c[side][key].is_null(), "{side}.{key} in {c}");
            }
        }
        assert_ne!(c["a"]["source"], c["b"]["source"]);
    }
    assert_eq!(j["sources"], 8);
    assert_eq!(j["warnings"].as_array().unwrap().len(), 2);

    // CSV: one row per conflict.
    let mut args = vec!["check", "--format", "csv"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "event_a,value_a,timex_a,quote_a,source_a,char_start_a,char_end_a,event_b,"
        )
    );
    assert_eq!(out.lines().count(), 10);
}

#[test]
fn articles_that_agree_have_no_conflicts_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a-2024-05-10.txt",
        "The museum reopened on Tuesday after repairs.\n",
    );
    let b = write(
        dir.path(),
        "b-2024-05-12.txt",
        "The museum reopened on Tuesday, officials said.\n",
    );
    let o = run(&["check", &a, &b, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(j["conflicts"].as_array().unwrap().len(), 0);
    // Different Tuesdays: the article dates are two weeks apart.
    let c = write(
        dir.path(),
        "c-2024-05-24.txt",
        "The museum reopened on Tuesday, officials said.\n",
    );
    let o = run(&["check", &a, &c, "--format", "text"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("2024-05-07") && out.contains("2024-05-21"),
        "{out}"
    );
    assert!(out.contains("1 conflict"), "{out}");
}

#[test]
fn text_report_is_plain_unless_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let claims = write(dir.path(), "c.csv", BRIDGE_CLAIMS);
    let a = data("bridge-a-2023-11-03.txt");
    let o = run(&["check", "--claims", &claims, &a, "--format", "text"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no colour into a pipe");
    assert!(out.contains("supported") && out.contains("unverified"));
    assert!(
        out.contains("3 claims: 2 supported, 0 contradicted, 1 unverified"),
        "{out}"
    );

    // On a terminal (script gives the command one), colour; with NO_COLOR, none.
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("no /usr/bin/script: the terminal half of this test is not run");
        return;
    }
    let cmd = format!(
        "{} check --claims {claims} {a} --format text",
        env!("CARGO_BIN_EXE_chronicler")
    );
    let tty = |no_color: Option<&str>| {
        let mut c = Command::new(script);
        c.args(["-qec", &cmd, "/dev/null"])
            .env_remove("NO_COLOR")
            .stdin(std::process::Stdio::null());
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned()
    };
    assert!(tty(None).contains("\x1b[32m"), "colour on a terminal");
    assert!(!tty(Some("1")).contains('\x1b'), "NO_COLOR turns it off");
}

#[test]
fn csv_cells_are_neutralized_for_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    let claims = write(
        dir.path(),
        "c.csv",
        "event,date\n\"=HYPERLINK(\"\"x\"\")\",2023\n@SUM bridge,2023\n",
    );
    let a = data("bridge-a-2023-11-03.txt");
    let o = run(&["check", "--claims", &claims, &a, "--format", "csv"]);
    let out = stdout(&o);
    assert!(out.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{out}");
    assert!(out.contains("'@SUM bridge"), "{out}");
}

#[test]
fn a_chronology_from_extract_is_a_source_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let a = data("bridge-a-2023-11-03.txt");
    let o = run(&["extract", &a, "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let claims = write(dir.path(), "c.csv", BRIDGE_CLAIMS);
    for name in ["chronology.csv", "chronology.json"] {
        let chron: PathBuf = out.join(name);
        let o = run(&[
            "check",
            "--claims",
            &claims,
            chron.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let verdicts: Vec<&str> = j["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["verdict"].as_str().unwrap())
            .collect();
        assert_eq!(verdicts, ["supported", "unverified", "supported"], "{name}");
    }
}

#[test]
fn bad_input_exits_2_naming_the_file_and_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let a = data("bridge-a-2023-11-03.txt");
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "missing.csv",
            "event,when\nx,2021\n",
            &["missing.csv", "missing column(s) date"],
        ),
        (
            "baddate.csv",
            "event,date\nx,2021\ny,2021-13-45\n",
            &["baddate.csv", "row 3", "2021-13-45"],
        ),
        ("empty.csv", "", &["empty.csv", "empty file"]),
        ("header.csv", "event,date\n", &["header.csv", "no claims"]),
        (
            "ragged.csv",
            "event,date\nx,2021,extra\n",
            &["ragged.csv", "row 2", "malformed CSV"],
        ),
        (
            "duration.csv",
            "event,date\nx,P3W\n",
            &["duration.csv", "row 2", "no calendar days"],
        ),
    ];
    for (name, text, want) in cases {
        let claims = write(dir.path(), name, text);
        let o = run(&["check", "--claims", &claims, &a]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert!(o.stdout.is_empty(), "{name}: nothing written");
        for w in *want {
            assert!(err.contains(w), "{name}: {w:?} not in {err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    }
    // Not UTF-8.
    let latin1 = dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"event,date\ncaf\xe9,2021\n").unwrap();
    let o = run(&["check", "--claims", latin1.to_str().unwrap(), &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("latin1.csv"));
    // A claims file that is not there, a source that is not there, a bad --dct.
    let claims = write(dir.path(), "ok.csv", BRIDGE_CLAIMS);
    let nope = dir.path().join("nope.csv");
    let o = run(&["check", "--claims", nope.to_str().unwrap(), &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.csv"));
    let gone = dir.path().join("gone.txt");
    let o = run(&["check", "--claims", &claims, &a, gone.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("gone.txt") && stderr(&o).contains("nothing was checked"));
    assert!(o.stdout.is_empty());
    let o = run(&["check", &a, gone.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["check", "--claims", &claims, &a, "--dct", "2021-13-45"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let claims = write(dir.path(), "c.csv", BRIDGE_CLAIMS);
    let a = data("bridge-a-2023-11-03.txt");
    let out = dir.path().join("report.csv");
    let o = run(&[
        "check",
        "--claims",
        &claims,
        &a,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 4);
}
