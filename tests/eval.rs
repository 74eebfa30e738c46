//! The TempEval-3 scorer on hand-built gold/system pairs with known answers, and on the
//! TimeBank + AQUAINT gold when `../shared/corpus/tbaq` is present.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chronicler::Error;
use chronicler::eval::{
    DocScores, ErrorKind, EventCounts, Outcome, Report, System, TimexCounts, evaluate,
    raw_document, score_pair,
};
use chronicler::timeml::{Insertion, TimeMl, insert_tags};

const DCT: &str = r#"<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>"#;

/// A TimeML source with `body` inside `<TEXT>`; `[X|type|value]` marks a TIMEX3 around
/// X, `{X|class}` an EVENT around X.
fn tml(body: &str) -> String {
    let mut out = String::new();
    let (mut t, mut e) = (0, 0);
    let mut rest = body;
    while let Some(i) = rest.find(['[', '{']) {
        out.push_str(&rest[..i]);
        let close = if rest.as_bytes()[i] == b'[' { ']' } else { '}' };
        let j = i + rest[i..].find(close).unwrap();
        let parts: Vec<&str> = rest[i + 1..j].split('|').collect();
        if close == ']' {
            t += 1;
            let mut attrs = format!("tid=\"t{t}\"");
            if !parts[1].is_empty() {
                attrs.push_str(&format!(" type=\"{}\"", parts[1]));
            }
            if parts.len() > 2 && parts[2] != "-" {
                attrs.push_str(&format!(" value=\"{}\"", parts[2]));
            }
            out.push_str(&format!("<TIMEX3 {attrs}>{}</TIMEX3>", parts[0]));
        } else {
            e += 1;
            let class = parts
                .get(1)
                .map_or(String::new(), |c| format!(" class=\"{c}\""));
            out.push_str(&format!("<EVENT eid=\"e{e}\"{class}>{}</EVENT>", parts[0]));
        }
        rest = &rest[j + 1..];
    }
    out.push_str(rest);
    format!("<?xml version=\"1.0\" ?>\n<TimeML>\n{DCT}\n<TEXT>{out}</TEXT>\n</TimeML>\n")
}

fn doc(body: &str) -> TimeMl {
    TimeMl::parse(&tml(body)).unwrap()
}

fn score(gold: &str, system: &str) -> DocScores {
    score_pair(&doc(gold), &doc(system)).unwrap()
}

fn timex(gold: usize, system: usize, relaxed: usize, strict: usize) -> TimexCounts {
    TimexCounts {
        gold,
        system,
        relaxed,
        strict,
        value: relaxed,
        type_: relaxed,
    }
}

fn kinds(s: &DocScores) -> Vec<ErrorKind> {
    s.errors.iter().map(|e| e.kind).collect()
}

const GOLD: &str = "Stocks {fell|OCCURRENCE} [Friday|DATE|1998-01-02] and {rose|OCCURRENCE} [last week|DATE|1997-W52].";

#[test]
fn a_perfect_system_scores_one_everywhere() {
    let s = score(GOLD, GOLD);
    assert_eq!(s.timex, timex(2, 2, 2, 2));
    assert_eq!(
        s.event,
        EventCounts {
            gold: 2,
            system: 2,
            matched: 2,
            class: 2
        }
    );
    assert!(s.errors.is_empty());
    let report = report_of(vec![s]);
    let sc = report.scores();
    for x in [
        sc.timex.relaxed.precision,
        sc.timex.relaxed.recall,
        sc.timex.relaxed.f1,
        sc.timex.strict.f1,
        sc.timex.value_f1,
        sc.timex.type_f1,
        sc.event.precision,
        sc.event.recall,
        sc.event.f1,
        sc.event.class_f1,
    ] {
        assert_eq!(x, 1.0);
    }
}

fn report_of(docs: Vec<DocScores>) -> Report {
    Report {
        files: docs
            .into_iter()
            .enumerate()
            .map(|(i, s)| chronicler::eval::FileReport {
                name: format!("d{i}.tml"),
                path: PathBuf::from(format!("d{i}.tml")),
                outcome: Outcome::Scored(s),
            })
            .collect(),
        ignored: vec![],
    }
}

#[test]
fn a_missed_timex_costs_recall_only() {
    let s = score(
        GOLD,
        "Stocks {fell|OCCURRENCE} [Friday|DATE|1998-01-02] and {rose|OCCURRENCE} last week.",
    );
    assert_eq!(s.timex, timex(2, 1, 1, 1));
    assert_eq!(kinds(&s), vec![ErrorKind::Missed]);
    assert_eq!(s.errors[0].gold.as_ref().unwrap().text, "last week");
    let sc = report_of(vec![s]).scores();
    assert_eq!(
        (sc.timex.relaxed.precision, sc.timex.relaxed.recall),
        (1.0, 0.5)
    );
    assert!((sc.timex.relaxed.f1 - 2.0 / 3.0).abs() < 1e-12);
    assert!((sc.timex.value_f1 - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn a_spurious_timex_costs_precision_only() {
    let s = score(
        "It may {rain|OCCURRENCE} [today|DATE|1998-01-08].",
        "It [may|DATE|XXXX-05] {rain|OCCURRENCE} [today|DATE|1998-01-08].",
    );
    assert_eq!(s.timex, timex(1, 2, 1, 1));
    assert_eq!(kinds(&s), vec![ErrorKind::Spurious]);
    assert_eq!(s.errors[0].system.as_ref().unwrap().text, "may");
    let sc = report_of(vec![s]).scores();
    assert_eq!(
        (sc.timex.relaxed.precision, sc.timex.relaxed.recall),
        (0.5, 1.0)
    );
}

#[test]
fn a_wrong_value_costs_value_f1_only() {
    let s = score(
        GOLD,
        "Stocks {fell|OCCURRENCE} [Friday|DATE|1998-01-09] and {rose|OCCURRENCE} [last week|DATE|1997-W52].",
    );
    assert_eq!(
        s.timex,
        TimexCounts {
            gold: 2,
            system: 2,
            relaxed: 2,
            strict: 2,
            value: 1,
            type_: 2
        }
    );
    assert_eq!(kinds(&s), vec![ErrorKind::Value]);
    let e = &s.errors[0];
    assert_eq!(
        e.gold.as_ref().unwrap().value.as_deref(),
        Some("1998-01-02")
    );
    assert_eq!(
        e.system.as_ref().unwrap().value.as_deref(),
        Some("1998-01-09")
    );
    let sc = report_of(vec![s]).scores();
    assert_eq!(
        (sc.timex.relaxed.f1, sc.timex.value_f1, sc.timex.type_f1),
        (1.0, 0.5, 1.0)
    );
}

#[test]
fn values_compare_as_exact_strings() {
    for (g, s) in [
        ("P1DE", "P10Y"),
        ("2013-W11", "2013-03-11"),
        ("1998", "1998 "),
    ] {
        let r = score(
            &format!("for [a decade|DURATION|{g}]."),
            &format!("for [a decade|DURATION|{s}]."),
        );
        assert_eq!(r.timex.value, 0, "{g} vs {s}");
    }
}

#[test]
fn a_missing_attribute_equals_a_missing_attribute() {
    let s = score("on [Friday||-].", "on [Friday||-].");
    assert_eq!((s.timex.value, s.timex.type_), (1, 1));
    // Missing differs from present, and from empty.
    let s = score("on [Friday|DATE|-].", "on [Friday|DATE|1998].");
    assert_eq!((s.timex.value, s.timex.type_), (0, 1));
    let s = score("on [Friday|DATE|-].", "on [Friday|DATE|].");
    assert_eq!(s.timex.value, 0);
}

#[test]
fn a_partial_overlap_is_relaxed_not_strict() {
    let s = score(
        "It ended [Friday|DATE|1998-01-02] morning.",
        "It ended [Friday morning|TIME|1998-01-02TMO].",
    );
    assert_eq!(
        s.timex,
        TimexCounts {
            gold: 1,
            system: 1,
            relaxed: 1,
            strict: 0,
            value: 0,
            type_: 0
        }
    );
    assert_eq!(
        kinds(&s),
        vec![ErrorKind::Span, ErrorKind::Value, ErrorKind::Type]
    );
    let sc = report_of(vec![s]).scores();
    assert_eq!((sc.timex.relaxed.f1, sc.timex.strict.f1), (1.0, 0.0));
}

#[test]
fn a_timex_that_starts_inside_a_token_belongs_to_that_token() {
    // Gold tags "August" inside "mid-August"; the system tags the whole word: they
    // share the whitespace token, so they pair (relaxed), though the text differs.
    let s = score(
        "in mid-[August|DATE|1998-08] it rained",
        "in [mid-August|DATE|1998-08] it rained",
    );
    assert_eq!(s.timex, timex(1, 1, 1, 0));
    // Quotes glued to a word: ``Today, is one token.
    let s = score(
        "said: ``[Today|DATE|1998-01-08], we won.",
        "said: [``Today|DATE|1998-01-08], we won.",
    );
    assert_eq!((s.timex.relaxed, s.timex.strict), (1, 0));
    // Tokens are whitespace runs: "week,demanding" is one token, so an event starting at
    // "demanding" starts on the token that the timex "this week" ends on.
    let s = score(
        "[this week|DATE|1998-W02],{demanding|OCCURRENCE} that",
        "this week,{demanding|OCCURRENCE} that",
    );
    assert_eq!(s.event.matched, 1);
    // Separate words do not overlap.
    let s = score(
        "on [Friday|DATE|1998-01-02] morning",
        "on Friday [morning|TIME|XXXX-XX-XXTMO]",
    );
    assert_eq!(s.timex, timex(1, 1, 0, 0));
    assert_eq!(kinds(&s), vec![ErrorKind::Missed, ErrorKind::Spurious]);
}

#[test]
fn two_system_timexes_on_one_gold_timex_pair_once() {
    let s = score(
        "It ended [Friday morning|TIME|1998-01-02TMO].",
        "It ended [Friday|DATE|1998-01-02] [morning|TIME|1998-01-02TMO].",
    );
    assert_eq!(s.timex.relaxed, 1);
    assert_eq!((s.timex.gold, s.timex.system), (1, 2));
    // The first in text order takes the gold timex; the second is spurious.
    assert_eq!(
        kinds(&s),
        vec![
            ErrorKind::Span,
            ErrorKind::Value,
            ErrorKind::Type,
            ErrorKind::Spurious
        ]
    );
    assert_eq!(s.errors[0].system.as_ref().unwrap().text, "Friday");
    assert_eq!(s.errors[3].system.as_ref().unwrap().text, "morning");
    let sc = report_of(vec![s]).scores();
    assert_eq!(
        (sc.timex.relaxed.precision, sc.timex.relaxed.recall),
        (0.5, 1.0)
    );
    // And one system timex over two gold timexes pairs with the first.
    let s = score(
        "from [Monday|DATE|1998-01-05] to [Friday|DATE|1998-01-09]",
        "[from Monday to Friday|DURATION|P5D]",
    );
    assert_eq!(
        s.timex,
        TimexCounts {
            gold: 2,
            system: 1,
            relaxed: 1,
            strict: 0,
            value: 0,
            type_: 0
        }
    );
    assert_eq!(s.errors.last().unwrap().kind, ErrorKind::Missed);
    assert_eq!(
        s.errors.last().unwrap().gold.as_ref().unwrap().text,
        "Friday"
    );
}

#[test]
fn a_system_that_changes_the_text_is_refused() {
    let gold = doc(GOLD);
    for changed in [
        "Stocks  fell Friday and rose last week.",
        "Stocks fell Friday and rose last week",
        "Stocks fell Friday and rose last week.\n",
        "Stocks fell friday and rose last week.",
    ] {
        let m = score_pair(&gold, &doc(changed)).unwrap_err();
        assert!(m.to_string().contains("differs"), "{m}");
    }
    let m = score_pair(&gold, &doc("Stocks  fell Friday.")).unwrap_err();
    assert_eq!(m.offset, 7);
    assert!(m.gold.starts_with("Stocks fell") && m.system.starts_with("Stocks  fell"));
    // Entities are decoded before comparing: &amp; and &#38; are the same text.
    let a = TimeMl::parse("<TimeML><TEXT>AT&amp;T</TEXT></TimeML>").unwrap();
    let b = TimeMl::parse("<TimeML><TEXT>AT&#38;T</TEXT></TimeML>").unwrap();
    assert!(score_pair(&a, &b).is_ok());
}

#[test]
fn event_classes_come_from_the_tag_or_its_makeinstance() {
    let s = score(
        "They {said|REPORTING} it {fell|OCCURRENCE}.",
        "They {said|OCCURRENCE} it {fell|OCCURRENCE}.",
    );
    assert_eq!(
        s.event,
        EventCounts {
            gold: 2,
            system: 2,
            matched: 2,
            class: 1
        }
    );
    // Class on the MAKEINSTANCE (TimeBank 1.1 style) when the tag has none.
    let gold = doc("They {said|REPORTING} it {fell|OCCURRENCE}.");
    let src = tml("They {said} it {fell}.").replace(
        "</TEXT>",
        "</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" class=\"REPORTING\"/>\n<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\" class=\"STATE\"/>",
    );
    let sys = TimeMl::parse(&src).unwrap();
    let s = score_pair(&gold, &sys).unwrap();
    assert_eq!((s.event.matched, s.event.class), (2, 1));
    // Events pair on their start token only.
    let s = score(
        "They {said|REPORTING} it {fell|OCCURRENCE}.",
        "They {said it|REPORTING} fell.",
    );
    assert_eq!(
        s.event,
        EventCounts {
            gold: 2,
            system: 1,
            matched: 1,
            class: 1
        }
    );
    let sc = report_of(vec![s]).scores();
    assert_eq!((sc.event.precision, sc.event.recall), (1.0, 0.5));
}

#[test]
fn the_dct_is_never_scored() {
    let gold = doc("It fell [yesterday|DATE|1998-01-07].");
    assert_eq!(gold.timexes.len(), 1);
    // A copy of the DCT inside the text is not scored either.
    let with_copy = tml("It fell [yesterday|DATE|1998-01-07].").replace(
        "It fell",
        "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">It</TIMEX3> fell",
    );
    let s = score_pair(&gold, &TimeMl::parse(&with_copy).unwrap()).unwrap();
    assert_eq!(s.timex, timex(1, 1, 1, 1));
}

#[test]
fn scores_are_micro_averaged_over_files() {
    // File 1: 1 gold, found. File 2: 3 gold, none found. Micro recall 1/4 (macro would be
    // 1/2).
    let a = score(
        "on [Friday|DATE|1998-01-02].",
        "on [Friday|DATE|1998-01-02].",
    );
    let b = score(
        "[Monday|DATE|1998-01-05], [Tuesday|DATE|1998-01-06], [Friday|DATE|1998-01-09].",
        "Monday, Tuesday, Friday.",
    );
    let sc = report_of(vec![a, b]).scores();
    assert_eq!(
        (sc.timex.relaxed.recall, sc.timex.relaxed.precision),
        (0.25, 1.0)
    );
    assert_eq!((sc.timex.gold, sc.timex.system), (4, 1));
}

fn write(dir: &Path, name: &str, body: &str) {
    std::fs::write(dir.join(name), tml(body)).unwrap();
}

#[test]
fn files_pair_by_name_and_refused_or_missing_files_are_reported() {
    let gold = tempfile::tempdir().unwrap();
    let sys = tempfile::tempdir().unwrap();
    std::fs::create_dir(gold.path().join("sub")).unwrap();
    write(gold.path(), "a.tml", "on [Friday|DATE|1998-01-02].");
    write(
        &gold.path().join("sub"),
        "b.tml",
        "on [Monday|DATE|1998-01-05].",
    );
    write(gold.path(), "c.tml", "on [Sunday|DATE|1998-01-04].");
    write(gold.path(), "d.tml", "on [Tuesday|DATE|1998-01-06].");
    std::fs::write(gold.path().join("README.txt"), "not TimeML").unwrap();
    // a: answered as X.tml.TE3input; b: as X.TE3input (flat); c: text changed; d: none.
    write(sys.path(), "a.tml.TE3input", "on [Friday|DATE|1998-01-02].");
    write(sys.path(), "b.TE3input", "on [Monday|DATE|1998-01-12].");
    write(sys.path(), "c.tml", "on Sunday!");
    write(sys.path(), "zzz.tml", "whatever");
    let report = evaluate(gold.path(), System::Dir(sys.path().to_path_buf())).unwrap();
    let names: Vec<&str> = report.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, vec!["a.tml", "b.tml", "c.tml", "d.tml"]);
    assert!(matches!(report.files[0].outcome, Outcome::Scored(_)));
    assert!(matches!(report.files[1].outcome, Outcome::Scored(_)));
    assert!(matches!(report.files[2].outcome, Outcome::Refused(_)));
    assert!(matches!(report.files[3].outcome, Outcome::Unanswered(_)));
    assert_eq!(report.ignored, vec![sys.path().join("zzz.tml")]);
    // c is left out; d counts as missed.
    assert_eq!(
        report.timex_counts(),
        TimexCounts {
            gold: 3,
            system: 2,
            relaxed: 2,
            strict: 2,
            value: 1,
            type_: 2
        }
    );
    let w = report.warnings().join("\n");
    assert!(w.contains("c.tml: refused"), "{w}");
    assert!(w.contains("d.tml: no system file"), "{w}");
    assert!(w.contains("zzz.tml: answers no gold file"), "{w}");
    let text = report.to_text(false);
    assert!(text.contains("3 of 4 files scored"), "{text}");
    assert!(text.contains("c.tml: refused"), "{text}");
}

#[test]
fn a_single_gold_file_and_a_single_system_file_pair_whatever_their_names() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "gold.tml", "on [Friday|DATE|1998-01-02].");
    write(dir.path(), "out.xml", "on [Friday|DATE|1998-01-02].");
    let report = evaluate(
        &dir.path().join("gold.tml"),
        System::Dir(dir.path().join("out.xml")),
    )
    .unwrap();
    assert_eq!(report.scores().timex.value_f1, 1.0);
}

#[test]
fn bad_input_is_an_input_error_naming_the_file() {
    let gold = tempfile::tempdir().unwrap();
    let sys = tempfile::tempdir().unwrap();
    let eval = |g: &Path, s: &Path| evaluate(g, System::Dir(s.to_path_buf()));
    // Empty gold directory; missing one.
    let e = eval(gold.path(), sys.path()).unwrap_err();
    assert!(matches!(e, Error::Input { .. }) && e.to_string().contains("no gold .tml"));
    let e = eval(&gold.path().join("missing"), sys.path()).unwrap_err();
    assert!(matches!(e, Error::Input { .. }) && e.to_string().contains("missing"));
    // Malformed gold.
    std::fs::write(
        gold.path().join("a.tml"),
        "<TimeML><TEXT>open <EVENT eid=\"e1\">x</TEXT>",
    )
    .unwrap();
    let e = eval(gold.path(), sys.path()).unwrap_err();
    assert!(
        e.to_string().contains("a.tml") && e.to_string().contains("malformed"),
        "{e}"
    );
    // Good gold; non-UTF-8 system; malformed system.
    write(gold.path(), "a.tml", "on [Friday|DATE|1998-01-02].");
    std::fs::write(
        sys.path().join("a.tml"),
        b"<TimeML><TEXT>on \xe9</TEXT></TimeML>",
    )
    .unwrap();
    let e = eval(gold.path(), sys.path()).unwrap_err();
    assert!(matches!(e, Error::Input { .. }));
    assert!(
        e.to_string()
            .contains(&*sys.path().join("a.tml").to_string_lossy())
            && e.to_string().contains("UTF-8"),
        "{e}"
    );
    std::fs::write(sys.path().join("a.tml"), "<TimeML>no text</TimeML>").unwrap();
    let e = eval(gold.path(), sys.path()).unwrap_err();
    assert!(e.to_string().contains("no <TEXT>"), "{e}");
    // A system directory that does not exist.
    let e = eval(gold.path(), &sys.path().join("nope")).unwrap_err();
    assert!(matches!(e, Error::Input { .. }));
    // A failing tagger, and a tagger that returns garbage.
    let failing = |_: &TimeMl| -> chronicler::Result<String> { Err(Error::Usage("boom".into())) };
    let e = evaluate(gold.path(), System::Tagger(&failing)).unwrap_err();
    assert!(
        e.to_string().contains("a.tml") && e.to_string().contains("boom"),
        "{e}"
    );
    let garbage = |_: &TimeMl| -> chronicler::Result<String> { Ok("no TimeML here".to_string()) };
    let e = evaluate(gold.path(), System::Tagger(&garbage)).unwrap_err();
    assert!(e.to_string().contains("tagger output"), "{e}");
}

#[test]
fn the_tagger_gets_the_raw_document_with_the_gold_dct() {
    let gold = tempfile::tempdir().unwrap();
    write(
        gold.path(),
        "a.tml",
        "They {said|REPORTING} it rained [yesterday|DATE|1998-01-07].",
    );
    let tagger = |raw: &TimeMl| -> chronicler::Result<String> {
        assert!(raw.timexes.is_empty() && raw.events.is_empty() && raw.links.is_empty());
        assert_eq!(raw.dct.as_deref(), Some("1998-01-08"));
        let at = raw.text.find("yesterday").unwrap();
        let ins = Insertion {
            start: at,
            end: at + 9,
            name: "TIMEX3".into(),
            attrs: vec![
                ("tid".into(), "t1".into()),
                ("type".into(), "DATE".into()),
                ("value".into(), "1998-01-07".into()),
            ],
        };
        Ok(insert_tags(raw, &[ins], ""))
    };
    let report = evaluate(gold.path(), System::Tagger(&tagger)).unwrap();
    let s = report.scores();
    assert_eq!((s.timex.value_f1, s.event.recall), (1.0, 0.0));
}

#[test]
fn the_json_is_exactly_the_eval_md_shape() {
    let s = score(
        GOLD,
        "Stocks {fell|STATE} [Friday|DATE|1998-01-09] and rose last week.",
    );
    let report = report_of(vec![s]);
    let v: serde_json::Value = serde_json::from_str(&report.to_json(false)).unwrap();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), vec!["event", "timex"]);
    assert_eq!(
        keys(&v["timex"]),
        vec!["gold", "relaxed", "strict", "system", "type_f1", "value_f1"]
    );
    for m in ["relaxed", "strict"] {
        assert_eq!(keys(&v["timex"][m]), vec!["f1", "precision", "recall"]);
    }
    assert_eq!(
        keys(&v["event"]),
        vec!["class_f1", "f1", "gold", "precision", "recall", "system"]
    );
    assert_eq!(v["timex"]["gold"], 2);
    assert_eq!(v["timex"]["system"], 1);
    assert_eq!(v["timex"]["relaxed"]["precision"], 1.0);
    assert_eq!(v["timex"]["relaxed"]["recall"], 0.5);
    assert_eq!(v["timex"]["value_f1"], 0.0);
    assert_eq!(v["event"]["gold"], 2);
    assert_eq!(v["event"]["class_f1"], 0.0);
    let fractions = [
        &v["timex"]["relaxed"]["f1"],
        &v["timex"]["strict"]["f1"],
        &v["timex"]["type_f1"],
        &v["event"]["f1"],
        &v["event"]["recall"],
    ];
    for x in fractions {
        let x = x.as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x) && x > 0.0, "{x}");
    }

    // --errors adds the listing, and nothing else changes.
    let w: serde_json::Value = serde_json::from_str(&report.to_json(true)).unwrap();
    assert_eq!(
        keys(&w),
        vec!["error_summary", "errors", "event", "files", "timex"]
    );
    assert_eq!(w["timex"], v["timex"]);
    assert_eq!(w["event"], v["event"]);
    let errors = w["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["kind"], "value");
    assert_eq!(errors[0]["file"], "d0.tml");
    assert_eq!(errors[0]["gold"]["value"], "1998-01-02");
    assert_eq!(errors[0]["system"]["value"], "1998-01-09");
    assert_eq!(errors[0]["gold"]["type"], "DATE");
    assert_eq!(
        errors[0]["context"],
        "Stocks fell [Friday] and rose last week."
    );
    assert_eq!(errors[1]["kind"], "missed");
    assert_eq!(errors[1]["system"], serde_json::Value::Null);
    assert_eq!(w["error_summary"]["counts"]["missed"], 1);
    assert_eq!(w["error_summary"]["counts"]["spurious"], 0);
    assert_eq!(w["error_summary"]["top_missed"][0]["text"], "last week");
}

#[test]
fn the_error_listing_is_sorted_by_file_and_offset_with_a_summary() {
    let a = score(
        "[Friday|DATE|1998-01-02], [May|DATE|1998-05] and [last week|DATE|1997-W52]",
        "[Friday|DATE|1998-01-03], May and [last week|DURATION|P1W]",
    );
    let b = score(
        "[Last Week|DATE|1997-W52] it [may|DATE|1998-05] rain",
        "Last Week it may rain",
    );
    let report = report_of(vec![a, b]);
    let list: Vec<(&str, usize, ErrorKind)> = report
        .errors()
        .map(|(f, e)| (f, e.offset(), e.kind))
        .collect();
    assert_eq!(
        list,
        vec![
            ("d0.tml", 0, ErrorKind::Value),
            ("d0.tml", 8, ErrorKind::Missed),
            ("d0.tml", 16, ErrorKind::Value),
            ("d0.tml", 16, ErrorKind::Type),
            ("d1.tml", 0, ErrorKind::Missed),
            ("d1.tml", 13, ErrorKind::Missed),
        ]
    );
    let summary = report.error_summary();
    assert_eq!(summary.counts[0], (ErrorKind::Missed, 3));
    assert_eq!(summary.counts[3], (ErrorKind::Value, 2));
    assert_eq!(
        summary.top_missed,
        vec![("may".to_string(), 2), ("last week".to_string(), 1)]
    );
    let text = report.to_text(true);
    assert!(
        text.contains("missed 3, spurious 0, span 0, value 2, type 1"),
        "{text}"
    );
    assert!(text.contains("d1.tml:13 missed"), "{text}");
    assert!(text.contains("[may]"), "{text}");
    // Percentages to two decimals.
    assert!(text.contains("40.00%"), "{text}");
}

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/tbaq");
    p.is_dir().then_some(p)
}

#[test]
fn tbaq_gold_against_itself_scores_one() {
    let Some(tbaq) = corpus() else {
        eprintln!("skipped: ../shared/corpus/tbaq is absent");
        return;
    };
    let report = evaluate(&tbaq, System::Dir(tbaq.clone())).unwrap();
    assert_eq!(report.files.len(), 256);
    let t = report.timex_counts();
    assert_eq!(
        (t.gold, t.system, t.relaxed, t.strict, t.value, t.type_),
        (1822, 1822, 1822, 1822, 1822, 1822)
    );
    let e = report.event_counts();
    assert_eq!((e.gold, e.matched, e.class), (11129, 11129, 11129));
    let s = report.scores();
    assert_eq!(
        (
            s.timex.strict.f1,
            s.timex.value_f1,
            s.timex.type_f1,
            s.event.class_f1
        ),
        (1.0, 1.0, 1.0, 1.0)
    );
}

/// Re-inserts `gold`'s TIMEX3 and EVENT tags into its raw document, with `suffix`
/// appended to every TIMEX3 value.
fn retag(gold: &TimeMl, suffix: &str) -> String {
    let mut ins: Vec<Insertion> = Vec::new();
    for el in gold.timexes.iter().chain(&gold.events) {
        let mut attrs = el.attrs.clone();
        for (k, v) in attrs.iter_mut() {
            if el.name == "TIMEX3" && k == "value" {
                v.push_str(suffix);
            }
        }
        ins.push(Insertion {
            start: el.span.start,
            end: el.span.end,
            name: el.name.clone(),
            attrs,
        });
    }
    insert_tags(gold, &ins, "")
}

#[test]
fn tbaq_with_every_value_altered_has_value_f1_zero_and_relaxed_one() {
    let Some(tbaq) = corpus() else {
        eprintln!("skipped: ../shared/corpus/tbaq is absent");
        return;
    };
    // The tagger looks each raw document up and returns the gold annotations with every
    // value changed. (Two AQUAINT documents share their text, so the key is the whole raw
    // source, DCT included.)
    let mut golds: HashMap<String, TimeMl> = HashMap::new();
    for sub in ["TimeBank", "AQUAINT"] {
        for entry in std::fs::read_dir(tbaq.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            let doc = TimeMl::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
            golds.insert(raw_document(&doc).unwrap().source, doc);
        }
    }
    let tagger =
        |raw: &TimeMl| -> chronicler::Result<String> { Ok(retag(&golds[&raw.source], "X")) };
    let report = evaluate(&tbaq, System::Tagger(&tagger)).unwrap();
    let s = report.scores();
    assert_eq!(s.timex.gold, 1822);
    assert_eq!(
        (
            s.timex.relaxed.f1,
            s.timex.strict.f1,
            s.timex.type_f1,
            s.timex.value_f1
        ),
        (1.0, 1.0, 1.0, 0.0)
    );
    assert_eq!(s.event.class_f1, 1.0);
    assert_eq!(report.error_summary().counts[3], (ErrorKind::Value, 1822));
}
