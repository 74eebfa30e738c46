//! Export formats: snapshots of the seed chronology, and checks of what the consuming
//! tools require (TimelineJS date shapes, iCalendar lines, a parseable HTML page).
//!
//! Regenerate the snapshots after an intended change with
//! `UPDATE_SNAPSHOTS=1 cargo test --test exports`.

use chronicler::export::{self, Format};
use chronicler::render::sample;

fn snapshot(name: &str, actual: &[u8]) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_SNAPSHOTS=1)", path.display()));
    if expected != actual {
        let got = path.with_extension("new");
        std::fs::write(&got, actual).unwrap();
        panic!("{name} differs from its snapshot; see {}", got.display());
    }
}

const TITLE: &str = "US general says coordination with Taliban ‘possible’";

#[test]
fn timelinejs_matches_its_snapshot() {
    let out = export::write(Format::TimelineJs, &sample::seed(), TITLE).unwrap();
    snapshot("seed.timeline.json", &out);
}

#[test]
fn ics_matches_its_snapshot() {
    let out = export::write(Format::Ics, &sample::seed(), TITLE).unwrap();
    snapshot("seed.ics", &out);
}

#[test]
fn html_matches_its_snapshot() {
    let out = export::write(Format::Html, &sample::seed(), TITLE).unwrap();
    snapshot("seed.html", &out);
}

#[test]
fn svg_matches_its_snapshot() {
    let svg = chronicler::render::svg(
        &sample::seed(),
        &chronicler::render::ChartOptions {
            title: TITLE.into(),
            width: 1600,
        },
    );
    snapshot("seed.svg", svg.as_bytes());
}

#[test]
fn timelinejs_has_the_fields_and_date_shapes_timelinejs_requires() {
    let c = sample::generated(200);
    let out = export::write(Format::TimelineJs, &c, "t").unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let events = doc["events"].as_array().unwrap();
    assert_eq!(events.len(), c.entries.len());
    assert!(doc["title"]["text"]["headline"].is_string());
    let mut ids = std::collections::HashSet::new();
    let num = |v: &serde_json::Value| v.as_i64().or_else(|| v.as_str()?.parse().ok());
    let date = |d: &serde_json::Value| {
        let y = num(&d["year"]).expect("year is required");
        let m = d.get("month").map(|m| num(m).unwrap());
        let day = d.get("day").map(|v| num(v).unwrap());
        if let Some(m) = m {
            assert!((1..=12).contains(&m));
        }
        if let Some(day) = day {
            assert!(m.is_some(), "a day needs a month");
            assert!((1..=31).contains(&day));
        }
        (y, m.unwrap_or(1), day.unwrap_or(1))
    };
    for (ev, e) in events.iter().zip(&c.entries) {
        let start = date(&ev["start_date"]);
        if let Some(end) = ev.get("end_date") {
            assert!(date(end) >= start, "{ev}");
        }
        assert!(!ev["text"]["headline"].as_str().unwrap().is_empty());
        assert!(ev["text"]["text"].is_string());
        assert_eq!(ev["group"], e.source.as_str());
        assert!(ids.insert(ev["unique_id"].as_str().unwrap().to_string()));
        // Only the parts the value states: a year is never given a month.
        use chronicler::value::Granularity as G;
        match e.granularity {
            G::Year | G::Decade | G::Century => assert!(ev["start_date"].get("month").is_none()),
            G::Month | G::Season | G::Quarter | G::Half => {
                assert!(ev["start_date"].get("month").is_some());
                assert!(ev["start_date"].get("day").is_none());
            }
            _ => assert!(ev["start_date"].get("day").is_some()),
        }
        if chronicler::render::when::is_fuzzy(e) {
            assert!(ev["display_date"].is_string(), "fuzzy values say so: {ev}");
        }
    }
}

#[test]
fn ics_lines_are_folded_crlf_and_complete() {
    let mut c = sample::seed();
    let sat = c
        .entries
        .iter()
        .position(|e| e.timex == "Saturday")
        .unwrap();
    c.entries[sat].event = "A very long event, with commas; semicolons\\ and a newline\nthat must be escaped — «non-ASCII» ünïcödé text that goes on and on past seventy-five octets".into();
    let out = String::from_utf8(export::write(Format::Ics, &c, "t").unwrap()).unwrap();
    assert!(out.ends_with("\r\n"));
    assert!(!out.replace("\r\n", "").contains('\n'), "bare LF");
    for line in out.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = out.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let days = c
        .entries
        .iter()
        .filter(|e| {
            e.start == e.end
                && matches!(
                    e.granularity,
                    chronicler::value::Granularity::Day | chronicler::value::Granularity::Time
                )
        })
        .count();
    let events: Vec<&[&str]> = lines.split(|l| *l == "BEGIN:VEVENT").skip(1).collect();
    assert_eq!(events.len(), days);
    let mut uids = std::collections::HashSet::new();
    for ev in events {
        for prop in [
            "UID:",
            "DTSTAMP:",
            "DTSTART;VALUE=DATE:",
            "DTEND;VALUE=DATE:",
            "SUMMARY:",
        ] {
            assert!(ev.iter().any(|l| l.starts_with(prop)), "{prop} missing");
        }
        let uid = ev.iter().find(|l| l.starts_with("UID:")).unwrap();
        assert!(uids.insert(uid.to_string()));
        let start = ev.iter().find(|l| l.starts_with("DTSTART")).unwrap();
        let end = ev.iter().find(|l| l.starts_with("DTEND")).unwrap();
        assert!(end.rsplit(':').next() > start.rsplit(':').next());
    }
    assert!(unfolded.contains("with commas\\; semicolons\\\\ and a newline\\nthat"));
    assert!(unfolded.contains("A very long event\\, with"));
    // The stamp comes from the data, not the clock.
    assert!(unfolded.contains("DTSTAMP:20210901T000000Z"));
}

#[test]
fn html_parses_and_holds_the_chart_and_every_row() {
    let mut c = sample::seed();
    c.entries[0].event = "<script>alert('x')</script> & “quotes”".into();
    let html =
        String::from_utf8(export::write(Format::Html, &c, "A <b>title</b>").unwrap()).unwrap();
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("src=\"http"), "no external resources");
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the page is well-formed");
    let svg = doc
        .descendants()
        .find(|n| n.tag_name().name() == "svg")
        .expect("the chart is inline");
    assert!(svg.descendants().any(|n| n.tag_name().name() == "title"));
    let rows: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "tbody")
        .flat_map(|b| b.children().filter(|n| n.tag_name().name() == "tr"))
        .collect();
    assert_eq!(rows.len(), c.entries.len());
    let first: String = rows[0].descendants().filter_map(|n| n.text()).collect();
    assert!(first.contains("<script>alert('x')</script> & “quotes”"));
    assert!(doc.descendants().any(|n| n.tag_name().name() == "script"));
    assert!(
        doc.descendants()
            .any(|n| n.tag_name().name() == "title" && n.text() == Some("A <b>title</b>"))
    );
}

#[test]
fn exports_are_deterministic_and_handle_an_empty_chronology() {
    let c = sample::generated(50);
    for f in [
        Format::TimelineJs,
        Format::Ics,
        Format::Html,
        Format::Csv,
        Format::Json,
    ] {
        assert_eq!(
            export::write(f, &c, "t").unwrap(),
            export::write(f, &c, "t").unwrap()
        );
        let empty = chronicler::chronology::Chronology::default();
        assert!(!export::write(f, &empty, "t").unwrap().is_empty());
    }
}
