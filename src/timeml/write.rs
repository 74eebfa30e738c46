//! Writing annotation tags into a TimeML source without changing its text.

use super::TimeMl;

/// A tag pair to insert around text bytes `start..end` of [`TimeMl::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insertion {
    /// Text byte offset where the element starts.
    pub start: usize,
    /// Text byte offset where the element ends.
    pub end: usize,
    /// The element name, e.g. `TIMEX3`.
    pub name: String,
    /// Its attributes, written in this order (values are escaped on output).
    pub attrs: Vec<(String, String)>,
}

impl Insertion {
    /// The start tag, with escaped attribute values.
    pub fn open_tag(&self) -> String {
        let mut s = format!("<{}", self.name);
        for (k, v) in &self.attrs {
            s.push(' ');
            s.push_str(k);
            s.push_str("=\"");
            s.push_str(&escape_attr(v));
            s.push('"');
        }
        s.push('>');
        s
    }

    /// The end tag.
    pub fn close_tag(&self) -> String {
        format!("</{}>", self.name)
    }
}

/// Escapes text for an XML attribute value in double quotes.
pub fn escape_attr(v: &str) -> String {
    v.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const ANNOTATIONS: [&str; 3] = ["TIMEX3", "EVENT", "SIGNAL"];
const LINKS: [&str; 4] = ["MAKEINSTANCE", "TLINK", "SLINK", "ALINK"];

/// The name of a tag, read as the parser reads it (whitespace may follow `<` or `</`).
fn tag_name(markup: &str) -> &str {
    let s = markup.strip_prefix('<').unwrap_or(markup);
    let s = s.strip_prefix('/').unwrap_or(s).trim_start();
    let end = s
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(s.len());
    &s[..end]
}

/// Keeps the markup of a gap except annotation tags (which the new tags replace).
fn filtered_gap(gap: &str, out: &mut String) {
    let mut i = 0;
    while let Some(j) = gap[i..].find('<') {
        out.push_str(&gap[i..i + j]);
        let at = i + j;
        let end = gap[at..].find('>').map(|k| at + k + 1).unwrap_or(gap.len());
        let markup = &gap[at..end];
        if !ANNOTATIONS.contains(&tag_name(markup)) {
            out.push_str(markup);
        }
        i = end;
    }
    out.push_str(&gap[i..]);
}

/// Drops the link elements after `</TEXT>` (they refer to the annotations being replaced),
/// with the line break that follows each.
fn without_links(tail: &str) -> String {
    let mut out = String::with_capacity(tail.len());
    let mut i = 0;
    while let Some(j) = tail[i..].find('<') {
        let at = i + j;
        let end = tail[at..]
            .find('>')
            .map(|k| at + k + 1)
            .unwrap_or(tail.len());
        let markup = &tail[at..end];
        if LINKS.contains(&tag_name(markup)) && markup.ends_with("/>") {
            out.push_str(&tail[i..at]);
            i = if tail[end..].starts_with('\n') {
                end + 1
            } else {
                end
            };
        } else {
            out.push_str(&tail[i..end]);
            i = end;
        }
    }
    out.push_str(&tail[i..]);
    out
}

/// Writes `doc`'s source with `insertions` placed around their text spans. Existing
/// TIMEX3/EVENT/SIGNAL tags inside `<TEXT>` and the link elements after it are dropped (the
/// new tags replace them); `trailer` (e.g. MAKEINSTANCE elements) is written right after
/// `</TEXT>`. Everything else, including every byte of text, is copied unchanged.
///
/// Insertions must nest properly (no partial overlaps); offsets past the text are clamped.
pub fn insert_tags(doc: &TimeMl, insertions: &[Insertion], trailer: &str) -> String {
    let src = doc.source.as_str();
    let len = doc.text.len();
    // (position, phase, tiebreak, index): closes (phase 0) innermost first, opens (phase 1)
    // outermost first.
    let mut marks: Vec<(usize, u8, i64, usize)> = Vec::with_capacity(insertions.len() * 2);
    for (k, ins) in insertions.iter().enumerate() {
        let (s, e) = (ins.start.min(len), ins.end.min(len).max(ins.start.min(len)));
        marks.push((e, 0, -(s as i64), k));
        marks.push((s, 1, -(e as i64), k));
    }
    marks.sort();
    let gaps = doc.gaps();

    let mut out = String::with_capacity(src.len() + insertions.len() * 64);
    out.push_str(&src[..doc.text_range.start]);
    let (mut mi, mut gi) = (0, 0);
    let emit_marks = |out: &mut String, mi: &mut usize, pos: usize, phase: u8| {
        while *mi < marks.len() && marks[*mi].0 == pos && marks[*mi].1 == phase {
            let ins = &insertions[marks[*mi].3];
            if phase == 0 {
                out.push_str(&ins.close_tag());
            } else {
                out.push_str(&ins.open_tag());
            }
            *mi += 1;
        }
    };
    let emit_boundary = |out: &mut String, mi: &mut usize, gi: &mut usize, pos: usize| {
        emit_marks(out, mi, pos, 0);
        while *gi < gaps.len() && gaps[*gi].0 == pos {
            let g = gaps[*gi].1;
            filtered_gap(&src[g.start..g.end], out);
            *gi += 1;
        }
        emit_marks(out, mi, pos, 1);
    };
    for p in &doc.pieces {
        emit_boundary(&mut out, &mut mi, &mut gi, p.text_start);
        let p_end = p.text_start + p.len;
        let mut cursor = p.source_start;
        while mi < marks.len() && marks[mi].0 < p_end {
            let pos = marks[mi].0;
            let at = doc.source_offset(pos, false).clamp(cursor, p.source_end);
            out.push_str(&src[cursor..at]);
            cursor = at;
            emit_marks(&mut out, &mut mi, pos, 0);
            emit_marks(&mut out, &mut mi, pos, 1);
        }
        out.push_str(&src[cursor..p.source_end]);
    }
    emit_boundary(&mut out, &mut mi, &mut gi, len);
    // Anything left (an empty document) closes here.
    while mi < marks.len() {
        let ins = &insertions[marks[mi].3];
        out.push_str(&if marks[mi].1 == 0 {
            ins.close_tag()
        } else {
            ins.open_tag()
        });
        mi += 1;
    }
    let close_end = doc.text_range.end + "</TEXT>".len();
    out.push_str(&src[doc.text_range.end..close_end]);
    let tail = without_links(&src[close_end..]);
    if !trailer.is_empty() {
        if let Some(rest) = tail.strip_prefix('\n') {
            out.push('\n');
            out.push_str(trailer);
            out.push_str(rest);
            return out;
        }
        out.push_str(trailer);
    }
    out.push_str(&tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn inserted_tags_leave_the_text_byte_for_byte() {
        let src = "<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>\nAT&amp;T  fell on\nSaturday, &quot;hard&quot;.\n</TEXT>\n</TimeML>\n";
        let doc = TimeMl::parse(src).unwrap();
        let sat = doc.text.find("Saturday").unwrap();
        let fell = doc.text.find("fell").unwrap();
        let ins = vec![
            Insertion {
                start: sat,
                end: sat + 8,
                name: "TIMEX3".into(),
                attrs: vec![("tid".into(), "t1".into()), ("value".into(), "x\"y".into())],
            },
            Insertion {
                start: fell,
                end: fell + 4,
                name: "EVENT".into(),
                attrs: vec![("eid".into(), "e1".into())],
            },
        ];
        let out = insert_tags(&doc, &ins, "");
        assert!(out.contains(r#"<TIMEX3 tid="t1" value="x&quot;y">Saturday</TIMEX3>"#));
        assert!(out.contains(r#"<EVENT eid="e1">fell</EVENT>"#));
        assert_eq!(strip(&out), strip(src));
        let again = TimeMl::parse(&out).unwrap();
        assert_eq!(again.text, doc.text);
    }

    #[test]
    fn old_annotations_are_replaced_not_doubled() {
        let src = "<TimeML><TEXT>It <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">today</TIMEX3>.</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>";
        let doc = TimeMl::parse(src).unwrap();
        let t = doc.text.find("today").unwrap();
        let ins = vec![Insertion {
            start: t,
            end: t + 5,
            name: "TIMEX3".into(),
            attrs: vec![("tid".into(), "t9".into())],
        }];
        let out = insert_tags(&doc, &ins, "");
        assert_eq!(
            out,
            "<TimeML><TEXT>It fell <TIMEX3 tid=\"t9\">today</TIMEX3>.</TEXT>\n</TimeML>"
        );
    }
}
