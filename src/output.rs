//! Writing outputs whole or not at all.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// A temporary file next to `path`, readable like any file the user creates (mode 0644
/// on Unix rather than the private 0600 of temporary files).
fn staging_file(dir: &Path, path: &Path) -> Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".chronicler-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    builder.tempfile_in(dir).map_err(|e| Error::output(path, e))
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
