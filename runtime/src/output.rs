//! Writing outputs safely: atomically (a temporary file beside the target, then a rename), only
//! over regular files, and never over one of the command's inputs.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::RuntimeError;

/// The file identity of an existing path (following symlinks): device and inode on Unix.
fn identity(p: &Path) -> Option<(u64, u64)> {
    let m = std::fs::metadata(p).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        std::fs::canonicalize(p)
            .ok()
            .map(|c| (0, crate::checksum::checksum(c.to_string_lossy().as_bytes())))
    }
}

/// Refuses outputs that are one of the inputs (by file identity, so a symlink, a hard link or
/// another spelling of the same path is caught), or the same file as another output.
pub fn check_distinct(outputs: &[&Path], inputs: &[&Path]) -> Result<(), RuntimeError> {
    for (i, out) in outputs.iter().enumerate() {
        let Some(id) = identity(out) else { continue };
        for input in inputs {
            if identity(input) == Some(id) {
                return Err(RuntimeError::Input(format!(
                    "output {} is the input {}: refusing to overwrite it",
                    out.display(),
                    input.display()
                )));
            }
        }
        for other in &outputs[..i] {
            if identity(other) == Some(id) {
                return Err(RuntimeError::Input(format!(
                    "outputs {} and {} are the same file",
                    other.display(),
                    out.display()
                )));
            }
        }
    }
    Ok(())
}

/// Refuses a path that exists and is not a regular file (a device, a directory, a FIFO): an
/// output replaces only files.
pub fn check_replaceable(path: &Path) -> Result<(), RuntimeError> {
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(RuntimeError::Input(format!(
            "output {} exists and is not a regular file: refusing to replace it",
            path.display()
        ))),
        _ => Ok(()),
    }
}

/// A temporary file removed when dropped unless it was kept.
pub struct TempPath(Option<PathBuf>);

impl TempPath {
    /// Takes charge of `path`: it is removed on drop.
    pub fn new(path: PathBuf) -> Self {
        TempPath(Some(path))
    }
    /// The path.
    pub fn path(&self) -> &Path {
        self.0.as_deref().expect("a live temporary path")
    }
    /// Keeps the file (it was renamed into place).
    pub fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = std::fs::remove_file(&p).or_else(|_| std::fs::remove_dir_all(&p));
        }
    }
}

/// A file being written under a temporary name beside its target: [`AtomicFile::commit`]
/// renames it into place; dropping it uncommitted removes it, so a failure leaves neither a
/// partial file under the target nor the temporary file.
pub struct AtomicFile {
    file: std::fs::File,
    tmp: TempPath,
    path: PathBuf,
}

impl AtomicFile {
    /// Starts writing `path` (refused when it exists and is not a regular file).
    pub fn create(path: &Path) -> Result<AtomicFile, RuntimeError> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        check_replaceable(path)?;
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .ok_or_else(|| RuntimeError::Input(format!("{} is not a file path", path.display())))?;
        let tmp = TempPath::new(dir.join(format!(
            ".{}.tmp{}-{}",
            name.to_string_lossy(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        )));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(tmp.path())
            .map_err(|e| write_error(path, e))?;
        Ok(AtomicFile {
            file,
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// The temporary file, to write and seek in.
    pub fn file(&mut self) -> &mut std::fs::File {
        &mut self.file
    }

    /// The target path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(self) -> Result<(), RuntimeError> {
        self.file
            .sync_all()
            .map_err(|e| write_error(&self.path, e))?;
        // Checked again just before the rename: the target may have changed meanwhile.
        check_replaceable(&self.path)?;
        std::fs::rename(self.tmp.path(), &self.path).map_err(|e| write_error(&self.path, e))?;
        self.tmp.keep();
        Ok(())
    }
}

/// The error of a failed write to `path`.
pub fn write_error(path: &Path, e: std::io::Error) -> RuntimeError {
    RuntimeError::Input(format!("cannot write {}: {e}", path.display()))
}

/// Writes bytes atomically ([`AtomicFile`]). Refuses to replace anything but a regular file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RuntimeError> {
    use std::io::Write;
    let mut f = AtomicFile::create(path)?;
    f.file()
        .write_all(bytes)
        .map_err(|e| write_error(path, e))?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_never_replace_inputs_or_special_files() {
        let dir = std::env::temp_dir().join(format!("hyenac-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let input = dir.join("in.bin");
        std::fs::write(&input, b"precious").unwrap();
        let link = dir.join("link.bin");
        let _ = std::fs::remove_file(&link);
        std::fs::hard_link(&input, &link).unwrap();
        let dotted = dir.join(".").join("in.bin");
        for out in [&input, &link, &dotted] {
            let e = check_distinct(&[out], &[&input]).unwrap_err().to_string();
            assert!(e.contains("refusing to overwrite"), "{e}");
        }
        let other = dir.join("out.bin");
        check_distinct(&[&other], &[&input]).unwrap();
        write_atomic(&other, b"new").unwrap();
        assert_eq!(std::fs::read(&other).unwrap(), b"new");
        let e = write_atomic(Path::new("/dev/null"), b"x")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a regular file"), "{e}");
        let e = write_atomic(&dir, b"x").unwrap_err().to_string();
        assert!(e.contains("not a regular file"), "{e}");
        assert_eq!(std::fs::read(&input).unwrap(), b"precious");
        // A failed write leaves no temporary file behind.
        let missing = dir.join("no-such-dir").join("x.bin");
        assert!(write_atomic(&missing, b"x").is_err());
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
