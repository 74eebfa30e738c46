//! Finding gold and system files, pairing them by name, and reading them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::timeml::TimeMl;

/// A gold file.
#[derive(Debug, Clone)]
pub(crate) struct GoldFile {
    /// Its file name, e.g. `wsj_0006.tml`: the key that system files are paired by.
    pub(crate) name: String,
    /// Where it is.
    pub(crate) path: PathBuf,
}

/// Strips `suffix` from the end of `s`, ignoring ASCII case.
fn strip_suffix_nocase<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(cut) && s[cut..].eq_ignore_ascii_case(suffix)).then(|| &s[..cut])
}

/// The gold file name that a system file name answers, and whether the name is the gold
/// name itself (which wins over the `.TE3input` forms when both are present):
/// `X.tml` → `X.tml`; `X.tml.TE3input` → `X.tml`; `X.TE3input` → `X.tml`. Other names
/// answer nothing.
pub(crate) fn answered_name(file_name: &str) -> Option<(String, bool)> {
    if let Some(base) = strip_suffix_nocase(file_name, ".TE3input") {
        if base.is_empty() {
            return None;
        }
        return Some(match strip_suffix_nocase(base, ".tml") {
            Some(_) => (base.to_string(), false),
            None => (format!("{base}.tml"), false),
        });
    }
    strip_suffix_nocase(file_name, ".tml")
        .filter(|b| !b.is_empty())
        .map(|_| (file_name.to_string(), true))
}

/// All files under `root` (recursively, skipping hidden entries), sorted by path. `root`
/// itself may be a file.
fn walk(root: &Path) -> Result<Vec<PathBuf>> {
    let meta =
        std::fs::metadata(root).map_err(|e| Error::input(root, format!("cannot read: {e}")))?;
    if meta.is_file() {
        return Ok(vec![root.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir)
            .map_err(|e| Error::input(&dir, format!("cannot read directory: {e}")))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| Error::input(&dir, format!("cannot read directory: {e}")))?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            // Follows symbolic links, as a user pointing at a directory of links expects.
            let meta = std::fs::metadata(&path)
                .map_err(|e| Error::input(&path, format!("cannot read: {e}")))?;
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The gold `.tml` files under `root` (or `root` itself when it is a file), sorted by
/// name. Fails when there is none, or when two share a file name.
pub(crate) fn gold_files(root: &Path) -> Result<Vec<GoldFile>> {
    let single = root.is_file();
    let mut files: Vec<GoldFile> = walk(root)?
        .into_iter()
        .filter(|p| single || strip_suffix_nocase(&file_name(p), ".tml").is_some())
        .map(|path| GoldFile {
            name: file_name(&path),
            path,
        })
        .collect();
    if files.is_empty() {
        return Err(Error::input(root, "no gold .tml files found"));
    }
    files.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    if let Some(w) = files.windows(2).find(|w| w[0].name == w[1].name) {
        return Err(Error::input(
            root,
            format!(
                "two gold files are named {}: {} and {}; files are paired by name",
                w[0].name,
                w[0].path.display(),
                w[1].path.display()
            ),
        ));
    }
    Ok(files)
}

/// The system files under `root`, keyed by the gold file name they answer (see
/// [`answered_name`]). Files with other names (a README) are skipped.
pub(crate) fn system_files(root: &Path) -> Result<HashMap<String, PathBuf>> {
    let mut found: HashMap<String, (PathBuf, bool)> = HashMap::new();
    for path in walk(root)? {
        let Some((gold, exact)) = answered_name(&file_name(&path)) else {
            continue;
        };
        match found.get(&gold) {
            Some((prev, prev_exact)) if *prev_exact == exact => {
                return Err(Error::input(
                    root,
                    format!(
                        "two system files answer gold file {gold}: {} and {}",
                        prev.display(),
                        path.display()
                    ),
                ));
            }
            Some((_, true)) => {}
            _ => {
                found.insert(gold, (path, exact));
            }
        }
    }
    Ok(found.into_iter().map(|(k, (p, _))| (k, p)).collect())
}

/// Reads and parses a TimeML file; every problem is an [`Error::Input`] naming the file.
pub(crate) fn read_timeml(path: &Path) -> Result<TimeMl> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::input(
            path,
            format!(
                "not UTF-8 (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    parse_timeml(path, &text)
}

/// Parses TimeML read from (or produced for) `path`.
pub(crate) fn parse_timeml(path: &Path, text: &str) -> Result<TimeMl> {
    TimeMl::parse(text).map_err(|e| Error::input(path, format!("malformed TimeML: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_names_answer_gold_names() {
        let a = |s: &str| answered_name(s);
        assert_eq!(a("wsj_0006.tml"), Some(("wsj_0006.tml".into(), true)));
        assert_eq!(
            a("wsj_0006.tml.TE3input"),
            Some(("wsj_0006.tml".into(), false))
        );
        assert_eq!(
            a("AP_20130322.TE3input"),
            Some(("AP_20130322.tml".into(), false))
        );
        assert_eq!(a("x.TML"), Some(("x.TML".into(), true)));
        assert_eq!(a("notes.txt"), None);
        assert_eq!(a(".tml"), None);
        assert_eq!(a(".TE3input"), None);
    }

    #[test]
    fn the_exact_name_wins_and_duplicates_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.tml"), "x").unwrap();
        std::fs::write(dir.path().join("a.tml.TE3input"), "x").unwrap();
        std::fs::write(dir.path().join("b.TE3input"), "x").unwrap();
        std::fs::write(dir.path().join("README"), "x").unwrap();
        let found = system_files(dir.path()).unwrap();
        assert_eq!(found["a.tml"], dir.path().join("a.tml"));
        assert_eq!(found["b.tml"], dir.path().join("b.TE3input"));
        assert_eq!(found.len(), 2);

        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub").join("a.tml"), "x").unwrap();
        let err = system_files(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("two system files answer gold file a.tml"),
            "{err}"
        );
    }

    #[test]
    fn gold_problems_are_input_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = gold_files(dir.path()).unwrap_err();
        assert!(matches!(err, Error::Input { .. }));
        assert!(err.to_string().contains("no gold .tml files"), "{err}");
        let missing = dir.path().join("nope");
        assert!(matches!(gold_files(&missing), Err(Error::Input { .. })));

        let bad = dir.path().join("bad.tml");
        std::fs::write(&bad, b"<TimeML><TEXT>\xff</TEXT></TimeML>").unwrap();
        let err = read_timeml(&bad).unwrap_err().to_string();
        assert!(
            err.contains("bad.tml") && err.contains("not UTF-8"),
            "{err}"
        );
        std::fs::write(&bad, "<TimeML>no text</TimeML>").unwrap();
        let err = read_timeml(&bad).unwrap_err().to_string();
        assert!(
            err.contains("bad.tml") && err.contains("malformed TimeML"),
            "{err}"
        );
    }
}
