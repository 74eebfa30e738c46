//! Writing outputs whole or not at all.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// A temporary file next to `path`, readable like any file the user creates (mode 0644
/// on Unix rather than the private 0600 of temporary files).
fn staging_file(dir: &Path, path: &Path) -> Result<tempfile::NamedTempFile> {
    temp_in(dir).map_err(|e| Error::output(path, e))
}

/// Writes `bytes` to `path` atomically: into a temporary file in the same directory, then
/// renamed over `path`. A failure leaves any earlier file at `path` untouched and no
/// partial file behind. `-` writes to stdout.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    if path == Path::new("-") {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(bytes)
            .and_then(|_| out.flush())
            .map_err(|e| Error::output("stdout", e));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = staging_file(dir, path)?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.flush())
        .map_err(|e| Error::output(path, e))?;
    tmp.persist(path)
        .map_err(|e| Error::output(path, e.error))?;
    Ok(())
}

/// Writes several files into `dir` (created if missing) so that either all of them are
/// replaced or, on an error, none of the new ones is left half-written.
pub fn write_all_atomic(dir: &Path, files: &[(&str, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e))?;
    // Stage every file first, then rename them into place.
    let mut staged = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let path = dir.join(name);
        let mut tmp = staging_file(dir, &path)?;
        tmp.write_all(bytes)
            .and_then(|_| tmp.flush())
            .map_err(|e| Error::output(&path, e))?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(&path)
            .map_err(|e| Error::output(&path, e.error))?;
    }
    Ok(())
}

/// A new temporary file in `dir`, to be renamed over an output. It is readable by all, as
/// an output file written directly would be (a temporary file is private by default).
pub fn temp_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    b.prefix(".chronicler-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o644));
    }
    b.tempfile_in(dir)
}

/// Writes a file's contents into the writer it is given.
pub type Contents<'a> = Box<dyn FnOnce(&mut dyn Write) -> Result<()> + 'a>;

/// An error from writing `path`'s contents: an output error naming the path.
fn contents_error(path: &Path, e: Error) -> Error {
    match e {
        Error::Output { .. } => e,
        other => Error::output(path, std::io::Error::other(other.to_string())),
    }
}

/// Like [`write_atomic`], with the contents written by a function as they are made, so
/// that a large output is never held in memory whole.
pub fn write_atomic_with(path: &Path, contents: Contents<'_>) -> Result<()> {
    if path == Path::new("-") {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        contents(&mut out).map_err(|e| contents_error(Path::new("stdout"), e))?;
        return out.flush().map_err(|e| Error::output("stdout", e));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = stage(dir, path, contents)?;
    tmp.persist(path)
        .map_err(|e| Error::output(path, e.error))?;
    Ok(())
}

/// Like [`write_all_atomic`], with each file's contents written by a function.
pub fn write_all_atomic_with(dir: &Path, files: Vec<(&str, Contents<'_>)>) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e))?;
    let mut staged = Vec::with_capacity(files.len());
    for (name, contents) in files {
        let path = dir.join(name);
        staged.push((stage(dir, &path, contents)?, path));
    }
    for (tmp, path) in staged {
        tmp.persist(&path)
            .map_err(|e| Error::output(&path, e.error))?;
    }
    Ok(())
}

/// Writes contents meant for `path` into a new temporary file in `dir`.
fn stage(dir: &Path, path: &Path, contents: Contents<'_>) -> Result<tempfile::NamedTempFile> {
    let mut tmp = temp_in(dir).map_err(|e| Error::output(path, e))?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut tmp);
        contents(&mut w).map_err(|e| contents_error(path, e))?;
        w.flush().map_err(|e| Error::output(path, e))?;
    }
    Ok(tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no/such/dir/out.csv");
        assert!(write_atomic(&missing, b"x").is_err());
        let ok = dir.path().join("out.csv");
        write_atomic(&ok, b"hello").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&ok).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".chronicler-"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
