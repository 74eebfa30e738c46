//! TimeML documents: reading their text, DCT and annotations, and writing tags back into
//! the source so that the text between tags is byte-for-byte what it was.
//!
//! Offsets into [`TimeMl::text`] are byte offsets of the *decoded* text (entities such as
//! `&amp;` turned into `&`, tags removed). [`TimeMl::source_offset`] maps them back to the
//! source file.
//!
//! ```
//! use chronicler::timeml::TimeMl;
//! let src = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>
//! <TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#;
//! let doc = TimeMl::parse(src).unwrap();
//! assert_eq!(doc.text, "It fell yesterday.");
//! assert_eq!(doc.dct.as_deref(), Some("1998-01-08"));
//! assert_eq!(doc.timexes[0].attr("value"), Some("1998-01-07"));
//! ```

mod write;

pub use write::{Insertion, insert_tags};

use std::collections::BTreeMap;

use crate::text::Span;

/// An annotation element found inside `<TEXT>` (TIMEX3, EVENT, SIGNAL, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The tag name, e.g. `TIMEX3`.
    pub name: String,
    /// Its attributes, in source order.
    pub attrs: Vec<(String, String)>,
    /// The span of its content in [`TimeMl::text`].
    pub span: Span,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A piece of decoded text copied from the source: text bytes `text_start..text_start+len`
/// come from source bytes `source_start..source_end` (longer than `len` for an entity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    text_start: usize,
    len: usize,
    source_start: usize,
    source_end: usize,
}

/// A parsed TimeML document.
#[derive(Debug, Clone)]
pub struct TimeMl {
    /// The whole source, as read.
    pub source: String,
    /// The content of `<TEXT>` with tags removed and entities decoded.
    pub text: String,
    /// Source byte range of the content of `<TEXT>` (between `<TEXT>` and `</TEXT>`).
    pub text_range: Span,
    /// The DCT value from `<DCT><TIMEX3 value=...>`, when present.
    pub dct: Option<String>,
    /// The `<DOCID>`, when present.
    pub doc_id: Option<String>,
    /// `TIMEX3` elements inside `<TEXT>`, in order.
    pub timexes: Vec<Element>,
    /// `EVENT` elements inside `<TEXT>`, in order.
    pub events: Vec<Element>,
    /// `SIGNAL` elements inside `<TEXT>`, in order.
    pub signals: Vec<Element>,
    /// Empty elements after `</TEXT>` (MAKEINSTANCE, TLINK, SLINK, ALINK), in order.
    pub links: Vec<Element>,
    pieces: Vec<Piece>,
}

/// What is wrong with a TimeML document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeMlError {
    /// There is no `<TEXT>` element.
    #[error("no <TEXT> element")]
    NoText,
    /// A tag is not closed, or closes something it did not open.
    #[error("malformed markup at byte {at}: {what}")]
    Malformed {
        /// Source byte offset.
        at: usize,
        /// What is wrong.
        what: String,
    },
}

fn malformed(at: usize, what: impl Into<String>) -> TimeMlError {
    TimeMlError::Malformed {
        at,
        what: what.into(),
    }
}

/// Decodes one XML entity at the start of `s` (which begins with `&`): the decoded text and
/// the entity's length in the source.
fn entity(s: &str) -> Option<(String, usize)> {
    // Bytes, not a str slice: 12 bytes in may fall inside a character.
    let end = s.as_bytes()[..s.len().min(12)]
        .iter()
        .position(|&b| b == b';')?;
    let name = &s[1..end];
    let decoded = match name {
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        _ => {
            let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()?
            } else {
                name.strip_prefix('#')?.parse().ok()?
            };
            char::from_u32(code)?.to_string()
        }
    };
    Some((decoded, end + 1))
}

/// A start, end or empty tag.
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
    closing: bool,
    empty: bool,
}

/// Parses the tag in `s` (from `<` to `>`, inclusive).
fn parse_tag(s: &str, at: usize) -> Result<Tag, TimeMlError> {
    let inner = &s[1..s.len() - 1];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let (empty, inner) = match inner.strip_suffix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let inner = inner.trim();
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_string();
    if name.is_empty() {
        return Err(malformed(at, "a tag without a name"));
    }
    let mut attrs = Vec::new();
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let eq = rest
            .find('=')
            .ok_or_else(|| malformed(at, format!("attribute without a value in <{name}>")))?;
        let key = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let quote = after
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or_else(|| malformed(at, format!("unquoted attribute {key} in <{name}>")))?;
        let close = after[1..]
            .find(quote)
            .ok_or_else(|| malformed(at, format!("unterminated attribute {key} in <{name}>")))?;
        let raw = &after[1..1 + close];
        attrs.push((key, decode_all(raw)));
        rest = after[close + 2..].trim_start();
    }
    Ok(Tag {
        name,
        attrs,
        closing,
        empty,
    })
}

fn decode_all(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(j) = s[i..].find('&') {
        out.push_str(&s[i..i + j]);
        match entity(&s[i + j..]) {
            Some((d, n)) => {
                out.push_str(&d);
                i += j + n;
            }
            None => {
                out.push('&');
                i += j + 1;
            }
        }
    }
    out.push_str(&s[i..]);
    out
}

/// Finds the end of a markup construct starting at `i` (`<`): comments, CDATA,
/// processing instructions and tags.
fn markup_end(src: &str, i: usize) -> Result<usize, TimeMlError> {
    let rest = &src[i..];
    let close = if rest.starts_with("<!--") {
        rest.find("-->").map(|j| j + 3)
    } else if rest.starts_with("<![CDATA[") {
        rest.find("]]>").map(|j| j + 3)
    } else if rest.starts_with("<?") {
        rest.find("?>").map(|j| j + 2)
    } else {
        rest.find('>').map(|j| j + 1)
    };
    close
        .map(|j| i + j)
        .ok_or_else(|| malformed(i, "a '<' that is never closed by '>'"))
}

impl TimeMl {
    /// Parses a TimeML document.
    pub fn parse(source: &str) -> Result<TimeMl, TimeMlError> {
        let open = source.find("<TEXT>").ok_or(TimeMlError::NoText)?;
        let text_start = open + "<TEXT>".len();
        let close_rel = source[text_start..]
            .find("</TEXT>")
            .ok_or_else(|| malformed(open, "<TEXT> is never closed"))?;
        let text_end = text_start + close_rel;

        let mut doc = TimeMl {
            source: source.to_string(),
            text: String::new(),
            text_range: Span::new(text_start, text_end),
            dct: None,
            doc_id: None,
            timexes: Vec::new(),
            events: Vec::new(),
            signals: Vec::new(),
            links: Vec::new(),
            pieces: Vec::new(),
        };
        doc.read_header(&source[..open])?;
        doc.read_text(text_start, text_end)?;
        doc.read_links(text_end + "</TEXT>".len())?;
        Ok(doc)
    }

    fn read_header(&mut self, head: &str) -> Result<(), TimeMlError> {
        if let Some(a) = head.find("<DOCID>")
            && let Some(b) = head[a..].find("</DOCID>")
        {
            self.doc_id = Some(decode_all(head[a + 7..a + b].trim()));
        }
        if let Some(a) = head.find("<DCT>") {
            let b = head[a..]
                .find("</DCT>")
                .ok_or_else(|| malformed(a, "<DCT> is never closed"))?;
            let dct = &head[a..a + b];
            if let Some(t) = dct.find("<TIMEX3") {
                let end = markup_end(dct, t)?;
                let tag = parse_tag(&dct[t..end], a + t)?;
                self.dct = tag
                    .attrs
                    .iter()
                    .find(|(k, _)| k == "value")
                    .map(|(_, v)| v.clone());
            }
        }
        Ok(())
    }

    fn push_text(&mut self, decoded: &str, source_start: usize, source_end: usize) {
        if decoded.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            text_start: self.text.len(),
            len: decoded.len(),
            source_start,
            source_end,
        });
        self.text.push_str(decoded);
    }

    fn read_text(&mut self, start: usize, end: usize) -> Result<(), TimeMlError> {
        let src = self.source.clone();
        let body = &src[..end];
        // Open annotation elements: (tag, text offset where the content starts).
        let mut open: Vec<(Tag, usize, usize)> = Vec::new();
        let mut i = start;
        let mut run = start;
        while i < end {
            match body.as_bytes()[i] {
                b'<' => {
                    let text_run = &body[run..i];
                    self.push_text(text_run, run, i);
                    let close = markup_end(body, i)?;
                    if close > end {
                        return Err(malformed(i, "a tag runs past </TEXT>"));
                    }
                    let raw = &body[i..close];
                    if raw.starts_with("<![CDATA[") {
                        let inner = &raw[9..raw.len() - 3];
                        self.push_text(inner, i + 9, close - 3);
                    } else if !raw.starts_with("<!--") && !raw.starts_with("<?") {
                        let tag = parse_tag(raw, i)?;
                        if tag.closing {
                            let (opened, content_start, at) = open.pop().ok_or_else(|| {
                                malformed(i, format!("</{}> closes nothing", tag.name))
                            })?;
                            if opened.name != tag.name {
                                return Err(malformed(
                                    i,
                                    format!(
                                        "</{}> closes <{}> opened at byte {at}",
                                        tag.name, opened.name
                                    ),
                                ));
                            }
                            let el = Element {
                                name: opened.name,
                                attrs: opened.attrs,
                                span: Span::new(content_start, self.text.len()),
                            };
                            match el.name.as_str() {
                                "TIMEX3" => self.timexes.push(el),
                                "EVENT" => self.events.push(el),
                                "SIGNAL" => self.signals.push(el),
                                _ => {}
                            }
                        } else if !tag.empty {
                            open.push((tag, self.text.len(), i));
                        }
                    }
                    i = close;
                    run = i;
                }
                b'&' => {
                    self.push_text(&body[run..i], run, i);
                    let (decoded, n) = entity(&body[i..end])
                        .ok_or_else(|| malformed(i, "an '&' that is not an XML entity"))?;
                    self.push_text(&decoded, i, i + n);
                    i += n;
                    run = i;
                }
                _ => i += 1,
            }
        }
        self.push_text(&body[run..end], run, end);
        if let Some((tag, _, at)) = open.pop() {
            return Err(malformed(at, format!("<{}> is never closed", tag.name)));
        }
        // Elements close in nesting order; keep them in document order.
        for list in [&mut self.timexes, &mut self.events, &mut self.signals] {
            list.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        }
        Ok(())
    }

    fn read_links(&mut self, from: usize) -> Result<(), TimeMlError> {
        let src = self.source.clone();
        let mut i = from;
        while let Some(j) = src[i..].find('<') {
            let at = i + j;
            let close = markup_end(&src, at)?;
            let raw = &src[at..close];
            if !raw.starts_with("<!") && !raw.starts_with("<?") {
                let tag = parse_tag(raw, at)?;
                if tag.empty {
                    self.links.push(Element {
                        name: tag.name,
                        attrs: tag.attrs,
                        span: Span::default(),
                    });
                }
            }
            i = close;
        }
        Ok(())
    }

    /// The source byte offset of text byte offset `pos`. At a boundary between two
    /// pieces of text with markup between them, `prefer_end` picks the end of the earlier
    /// piece (before the markup), otherwise the start of the later one (after it). A
    /// position inside a decoded entity snaps to the entity's start.
    pub fn source_offset(&self, pos: usize, prefer_end: bool) -> usize {
        // The first piece starting at or after `pos`; the one before starts before it.
        let i = self.pieces.partition_point(|p| p.text_start < pos);
        if i > 0 {
            let p = self.pieces[i - 1];
            let p_end = p.text_start + p.len;
            if pos < p_end {
                return if p.source_end - p.source_start == p.len {
                    p.source_start + (pos - p.text_start)
                } else {
                    p.source_start
                };
            }
            if prefer_end || i == self.pieces.len() {
                return p.source_end;
            }
        }
        match self.pieces.get(i) {
            Some(p) => p.source_start,
            None => self.text_range.start,
        }
    }

    /// The source ranges of the markup between pieces of text inside `<TEXT>`, in order
    /// (the gaps that [`insert_tags`] filters).
    fn gaps(&self) -> Vec<(usize, Span)> {
        let mut out = Vec::new();
        let mut prev_end = self.text_range.start;
        for p in &self.pieces {
            if p.source_start > prev_end {
                out.push((p.text_start, Span::new(prev_end, p.source_start)));
            }
            prev_end = p.source_end;
        }
        if self.text_range.end > prev_end {
            out.push((self.text.len(), Span::new(prev_end, self.text_range.end)));
        }
        out
    }

    /// The MAKEINSTANCE attributes for each event id (`eventID` → attributes).
    pub fn instances(&self) -> BTreeMap<&str, &Element> {
        self.links
            .iter()
            .filter(|l| l.name == "MAKEINSTANCE")
            .filter_map(|l| l.attr("eventID").map(|id| (id, l)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_decoded_and_mapped_back() {
        let src = "<TimeML><TEXT>AT&amp;T rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">in 1998</TIMEX3>.</TEXT></TimeML>";
        let d = TimeMl::parse(src).unwrap();
        assert_eq!(d.text, "AT&T rose in 1998.");
        let t = &d.timexes[0];
        assert_eq!(&d.text[t.span.start..t.span.end], "in 1998");
        let s = d.source_offset(t.span.start, false);
        assert!(src[..s].ends_with("value=\"1998\">") && src[s..].starts_with("in 1998"));
        let before = d.source_offset(t.span.start, true);
        assert!(src[before..].starts_with("<TIMEX3"));
        let e = d.source_offset(t.span.end, true);
        assert!(src[e..].starts_with("</TIMEX3>"));
        let amp = d.source_offset(3, false);
        assert_eq!(&src[amp..amp + 2], "T ");
    }

    #[test]
    fn malformed_markup_is_an_error() {
        for src in [
            "<TimeML>no text</TimeML>",
            "<TEXT>open <EVENT eid=\"e1\">never closed</TEXT>",
            "<TEXT>a </EVENT> b</TEXT>",
            "<TEXT>a <EVENT eid=e1>b</EVENT></TEXT>",
            "<TEXT>a & b</TEXT>",
            "<TEXT>a <TIMEX3 tid=\"t1\"",
        ] {
            assert!(TimeMl::parse(src).is_err(), "{src}");
        }
    }
}
