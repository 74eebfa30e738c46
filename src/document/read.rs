//! Reading inputs into documents.
//!
//! An input is a file, a directory (read recursively, in sorted order, keeping the files
//! with a known extension), or `-` for stdin. A file's format comes from its extension:
//! `.html`/`.htm` HTML, `.tml`/`.TE3input`/`.xml` TimeML, `.jsonl`/`.ndjson` JSON Lines
//! (one `{"id", "text", "dct"?, "title"?, "url"?}` a line), anything else plain text.
//! Stdin is sniffed: TimeML when it holds `<TimeML`, JSON Lines when its first line is a
//! JSON object, HTML when it starts with `<`, plain text otherwise.
//!
//! Documents stream: [`read_inputs`] yields one `Result<Document>` at a time, so a bad
//! document is reported and the rest are still read, and a JSON Lines corpus is never held
//! in memory whole.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;

use super::{Dct, DctSource, DocKind, Document, dct, html};
use crate::error::{Error, Result};
use crate::timeml::TimeMl;

/// One input as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or directory.
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Input {
    /// `-` is stdin; anything else a path.
    pub fn parse(s: &str) -> Input {
        if s == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(s))
        }
    }
}

/// How to read documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// `--dct`: overrides every other DCT source.
    pub dct: Option<NaiveDate>,
    /// `--doc-type`.
    pub kind: DocKind,
}

/// The format of one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    TimeMl,
    JsonLines,
}

fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let ext = name.rsplit('.').next().unwrap_or("");
    Some(match ext {
        "html" | "htm" | "xhtml" => Format::Html,
        "tml" | "te3input" | "xml" => Format::TimeMl,
        "jsonl" | "ndjson" => Format::JsonLines,
        "txt" | "text" | "md" => Format::Text,
        _ => return None,
    })
}

fn sniff(text: &str) -> Format {
    let head = text.trim_start();
    if head.contains("<TimeML") || (head.starts_with("<?xml") && text.contains("<TEXT>")) {
        Format::TimeMl
    } else if head.starts_with('{') {
        Format::JsonLines
    } else if head.starts_with('<') {
        Format::Html
    } else {
        Format::Text
    }
}

/// Checks that `bytes` are usable text: not empty, not binary, valid UTF-8 (a leading BOM
/// is dropped).
pub fn decode_text(name: &str, bytes: Vec<u8>) -> Result<String> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(name, "empty file: there is no text to read"));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(Error::input(
            name,
            "binary file (it contains NUL bytes); give a text, HTML, TimeML or JSON Lines file",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::input(
            name,
            format!(
                "not UTF-8 text: invalid byte sequence at byte {at}; convert the file to UTF-8"
            ),
        )
    })
}

/// Expands directories into their files (recursively, sorted) and keeps stdin as is.
fn expand(inputs: &[Input]) -> Vec<Result<(Input, Option<Format>)>> {
    let mut out = Vec::new();
    for input in inputs {
        match input {
            Input::Stdin => out.push(Ok((Input::Stdin, None))),
            Input::Path(p) => {
                if p.is_dir() {
                    let mut files = Vec::new();
                    let mut errors = Vec::new();
                    walk(p, &mut files, &mut errors);
                    out.extend(errors.into_iter().map(Err));
                    if files.is_empty() {
                        out.push(Err(Error::input(
                            p,
                            "directory holds no .txt, .html, .tml, .TE3input or .jsonl files",
                        )));
                    }
                    files.sort();
                    out.extend(
                        files
                            .into_iter()
                            .map(|f| Ok((Input::Path(f.clone()), format_of(&f)))),
                    );
                } else if p.exists() {
                    out.push(Ok((Input::Path(p.clone()), format_of(p))));
                } else {
                    out.push(Err(Error::input(p, "no such file or directory")));
                }
            }
        }
    }
    out
}

/// Collects the files with a known extension under `dir`, recursively; hidden entries are
/// skipped, and so are symbolic links to directories (which could loop). A directory that
/// cannot be read is reported and the walk goes on.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Error::input(dir, format!("cannot read directory: {e}")));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(Error::input(dir, format!("cannot read directory: {e}")));
                continue;
            }
        };
        let path = entry.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            walk(&path, files, errors);
        } else if ft.is_symlink() && path.is_dir() {
            continue;
        } else if format_of(&path).is_some() {
            files.push(path);
        }
    }
}

/// Reads every input into documents, lazily and in order. Each item is one document or
/// the error that one file or one JSON line gave.
pub fn read_inputs(inputs: &[Input], opts: ReadOptions) -> DocumentStream {
    let sources: VecDeque<_> = expand(inputs).into();
    let total_bytes = sources
        .iter()
        .map(|s| match s {
            Ok((Input::Path(p), _)) => std::fs::metadata(p).ok().map(|m| m.len()),
            Ok((Input::Stdin, _)) => None,
            Err(_) => Some(0),
        })
        .sum();
    DocumentStream {
        sources,
        lines: None,
        opts,
        total_bytes,
        bytes_read: Arc::new(AtomicU64::new(0)),
    }
}

/// Reads JSON Lines documents from any reader (`name` is how errors and line numbers name
/// it), one line at a time, as [`read_inputs`] reads a `.jsonl` file.
///
/// ```
/// use chronicler::document::read::{read_jsonl, ReadOptions};
/// let src = "{\"id\": \"a\", \"text\": \"It rained on Monday.\"}\n{broken\n";
/// let docs: Vec<_> = read_jsonl("feed", std::io::Cursor::new(src), ReadOptions::default()).collect();
/// assert_eq!(docs[0].as_ref().unwrap().id, "a");
/// assert!(docs[1].as_ref().unwrap_err().to_string().starts_with("feed:2: "));
/// ```
pub fn read_jsonl(
    name: &str,
    reader: impl BufRead + Send + 'static,
    opts: ReadOptions,
) -> DocumentStream {
    DocumentStream {
        sources: VecDeque::new(),
        lines: Some(Lines {
            name: name.to_string(),
            reader: Box::new(reader),
            line_no: 0,
            buf: Vec::new(),
        }),
        opts,
        total_bytes: None,
        bytes_read: Arc::new(AtomicU64::new(0)),
    }
}

/// An open JSON Lines source being read line by line.
struct Lines {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    buf: Vec<u8>,
}

/// The documents of some inputs, read one at a time (see [`read_inputs`]).
pub struct DocumentStream {
    sources: VecDeque<Result<(Input, Option<Format>)>>,
    lines: Option<Lines>,
    opts: ReadOptions,
    total_bytes: Option<u64>,
    bytes_read: Arc<AtomicU64>,
}

impl DocumentStream {
    /// The size of all input files together, in bytes; `None` when stdin is one of them.
    /// With [`DocumentStream::bytes_read`] it measures progress.
    pub fn total_bytes(&self) -> Option<u64> {
        self.total_bytes
    }

    /// A counter of the input bytes read so far, which another thread can watch while
    /// this stream is being read.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }
}

impl Iterator for DocumentStream {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(lines) = &mut self.lines {
                match next_line(lines, self.opts, &self.bytes_read) {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            let (input, format) = match self.sources.pop_front()? {
                Ok(s) => s,
                Err(e) => return Some(Err(e)),
            };
            match self.open(input, format) {
                Ok(Opened::Document(d)) => return Some(Ok(*d)),
                Ok(Opened::Lines(l)) => self.lines = Some(l),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

enum Opened {
    Document(Box<Document>),
    Lines(Lines),
}

impl DocumentStream {
    fn open(&self, input: Input, format: Option<Format>) -> Result<Opened> {
        let (name, mut reader): (String, Box<dyn BufRead + Send>) = match &input {
            Input::Stdin => ("-".to_string(), Box::new(BufReader::new(std::io::stdin()))),
            Input::Path(p) => {
                let f = std::fs::File::open(p)
                    .map_err(|e| Error::input(p, format!("cannot open: {e}")))?;
                (p.display().to_string(), Box::new(BufReader::new(f)))
            }
        };
        if format == Some(Format::JsonLines) {
            return Ok(Opened::Lines(Lines {
                name,
                reader,
                line_no: 0,
                buf: Vec::new(),
            }));
        }
        // Sniff stdin (and files of unknown extension) from their first bytes.
        let format = match format {
            Some(f) => f,
            None => {
                let head = reader
                    .fill_buf()
                    .map_err(|e| Error::input(&name, format!("cannot read: {e}")))?;
                let head = String::from_utf8_lossy(&head[..head.len().min(4096)]).into_owned();
                sniff(&head)
            }
        };
        if format == Format::JsonLines {
            return Ok(Opened::Lines(Lines {
                name,
                reader,
                line_no: 0,
                buf: Vec::new(),
            }));
        }
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| Error::input(&name, format!("cannot read: {e}")))?;
        self.bytes_read
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let text = decode_text(&name, bytes)?;
        let doc = match format {
            Format::TimeMl => timeml_document(&name, text, self.opts)?,
            Format::Html => {
                let (body, title) = html::to_text(&text);
                if body.trim().is_empty() {
                    return Err(Error::input(&name, "the HTML page has no visible text"));
                }
                let mut d = plain_document(&name, body, None, self.opts);
                d.title = title;
                d
            }
            _ => plain_document(&name, text, None, self.opts),
        };
        Ok(Opened::Document(Box::new(doc)))
    }
}

fn next_line(
    lines: &mut Lines,
    opts: ReadOptions,
    bytes_read: &AtomicU64,
) -> Option<Result<Document>> {
    loop {
        lines.buf.clear();
        lines.line_no += 1;
        let where_ = format!("{}:{}", lines.name, lines.line_no);
        match lines.reader.read_until(b'\n', &mut lines.buf) {
            Ok(0) => {
                return (lines.line_no == 1).then(|| {
                    Err(Error::input(
                        &lines.name,
                        "empty file: there is no text to read",
                    ))
                });
            }
            Ok(n) => {
                bytes_read.fetch_add(n as u64, Ordering::Relaxed);
            }
            Err(e) => return Some(Err(Error::input(&where_, format!("cannot read: {e}")))),
        }
        if lines.buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let line = match String::from_utf8(std::mem::take(&mut lines.buf)) {
            Ok(l) => l,
            Err(_) => return Some(Err(Error::input(&where_, "line is not UTF-8 text"))),
        };
        return Some(json_document(&where_, &line, opts));
    }
}

fn json_document(where_: &str, line: &str, opts: ReadOptions) -> Result<Document> {
    let v: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| Error::input(where_, format!("not a JSON object: {e}")))?;
    let obj = v.as_object().ok_or_else(|| {
        Error::input(
            where_,
            "each line must be a JSON object with a \"text\" field",
        )
    })?;
    let text = obj
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or_else(|| Error::input(where_, "missing string field \"text\""))?;
    if text.trim().is_empty() {
        return Err(Error::input(where_, "field \"text\" is empty"));
    }
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => where_.to_string(),
    };
    let dct_field = match obj.get("dct") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => {
            Some(dct::from_metadata_value(s).ok_or_else(|| {
                Error::input(
                    where_,
                    format!("field \"dct\" {s:?} is not a YYYY-MM-DD date"),
                )
            })?)
        }
        Some(other) => {
            return Err(Error::input(
                where_,
                format!("field \"dct\" must be a string, not {other}"),
            ));
        }
    };
    let mut d = plain_document(&id, text.to_string(), dct_field, opts);
    d.title = obj
        .get("title")
        .and_then(|t| t.as_str())
        .map(str::to_string);
    d.url = obj.get("url").and_then(|t| t.as_str()).map(str::to_string);
    Ok(d)
}

fn timeml_document(name: &str, source: String, opts: ReadOptions) -> Result<Document> {
    let tml =
        TimeMl::parse(&source).map_err(|e| Error::input(name, format!("malformed TimeML: {e}")))?;
    let meta = match &tml.dct {
        Some(v) => Some(dct::from_metadata_value(v).ok_or_else(|| {
            Error::input(
                name,
                format!("malformed TimeML: the <DCT> value {v:?} is not a date"),
            )
        })?),
        None => None,
    };
    let mut d = plain_document(name, tml.text.clone(), meta, opts);
    d.timeml = Some(tml);
    Ok(d)
}

/// Builds a document, choosing its DCT: `--dct`, then metadata, then the file name, then a
/// dateline in the text.
fn plain_document(
    id: &str,
    text: String,
    metadata_dct: Option<NaiveDate>,
    opts: ReadOptions,
) -> Document {
    let mut warnings = Vec::new();
    let dct = if let Some(date) = opts.dct {
        Some(Dct {
            date,
            source: DctSource::Option,
        })
    } else if let Some(date) = metadata_dct {
        Some(Dct {
            date,
            source: DctSource::Metadata,
        })
    } else if let Some(date) = dct::from_file_name(id) {
        Some(Dct {
            date,
            source: DctSource::FileName,
        })
    } else if let Some(date) = dct::from_dateline(&text) {
        warnings.push(format!(
            "{id}: no --dct and no date in the metadata or file name; using {date}, the first full date near the top of the text (a dateline or caption)"
        ));
        Some(Dct {
            date,
            source: DctSource::Dateline,
        })
    } else {
        warnings.push(format!(
            "{id}: no document date (give --dct YYYY-MM-DD); relative expressions such as \"Saturday\" stay underspecified"
        ));
        None
    };
    Document {
        id: id.to_string(),
        text,
        dct,
        kind: opts.kind,
        title: None,
        url: None,
        timeml: None,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_one(path: &Path) -> Result<Document> {
        read_inputs(&[Input::Path(path.to_path_buf())], ReadOptions::default())
            .next()
            .unwrap()
    }

    #[test]
    fn bad_files_are_named_errors() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&str, &[u8], &str); 4] = [
            ("empty.txt", b"  \n", "empty file"),
            ("bin.txt", b"abc\0def", "binary file"),
            ("latin1.txt", b"caf\xe9 on Monday", "not UTF-8"),
            (
                "bad.tml",
                b"<TimeML><TEXT>a <EVENT>b</TEXT></TimeML>",
                "malformed TimeML",
            ),
        ];
        for (name, bytes, want) in cases {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            let e = read_one(&p).unwrap_err().to_string();
            assert!(e.contains(name) && e.contains(want), "{e}");
        }
    }

    #[test]
    fn jsonl_streams_and_reports_broken_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"a\",\"text\":\"It rained Monday.\",\"dct\":\"2021-09-01\"}\n{broken\n\n{\"text\":\"x\"}\n",
        )
        .unwrap();
        let docs: Vec<_> = read_inputs(&[Input::Path(p)], ReadOptions::default()).collect();
        assert_eq!(docs.len(), 3);
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.id, "a");
        assert_eq!(a.dct.unwrap().source, DctSource::Metadata);
        assert!(
            docs[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("c.jsonl:2")
        );
        assert!(docs[2].as_ref().unwrap().id.ends_with("c.jsonl:4"));
    }

    #[test]
    fn dct_sources_are_tried_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("story-2021-09-01.txt");
        std::fs::write(&p, "Photo taken August 30, 2021. It rained Monday.").unwrap();
        let d = read_one(&p).unwrap();
        assert_eq!(d.dct.unwrap().source, DctSource::FileName);
        let q = dir.path().join("story.txt");
        std::fs::write(&q, "Photo taken August 30, 2021. It rained Monday.").unwrap();
        let d = read_one(&q).unwrap();
        assert_eq!(d.dct.unwrap().source, DctSource::Dateline);
        assert_eq!(d.warnings.len(), 1);
    }
}
