//! Read-only memory-mapped files: checkpoints (and shards) are parsed in place instead of
//! being read into a second copy; the pages are the kernel's page cache and go when unmapped.

use std::path::Path;

/// A file mapped read-only for as long as the value lives.
pub struct MappedFile {
    ptr: *mut libc::c_void,
    len: usize,
}

// SAFETY: the mapping is read-only and lives as long as the value; sharing `&[u8]` views of
// it between threads is as safe as sharing any immutable byte slice.
unsafe impl Send for MappedFile {}
unsafe impl Sync for MappedFile {}

/// Bytes `[offset, offset + len)` of a mapped file, kept mapped by the handle.
#[derive(Clone)]
pub struct MappedSpan {
    file: std::sync::Arc<MappedFile>,
    offset: usize,
    len: usize,
}

impl MappedSpan {
    /// The span `[offset, offset + len)` of `file` (which must hold it).
    pub fn new(file: std::sync::Arc<MappedFile>, offset: usize, len: usize) -> MappedSpan {
        assert!(
            offset.checked_add(len).is_some_and(|e| e <= file.len),
            "span inside the file"
        );
        MappedSpan { file, offset, len }
    }

    /// Its bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.file.bytes()[self.offset..self.offset + self.len]
    }
}

impl std::fmt::Debug for MappedSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MappedSpan({} bytes at {})", self.len, self.offset)
    }
}

impl PartialEq for MappedSpan {
    fn eq(&self, other: &Self) -> bool {
        self.bytes() == other.bytes()
    }
}

impl MappedFile {
    /// Maps `path` (an empty file maps to no bytes).
    pub fn open(path: &Path) -> std::io::Result<MappedFile> {
        use std::os::fd::AsRawFd;
        let file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Err(std::io::Error::other("not a regular file"));
        }
        let len = usize::try_from(meta.len()).map_err(std::io::Error::other)?;
        if len == 0 {
            return Ok(MappedFile {
                ptr: std::ptr::null_mut(),
                len: 0,
            });
        }
        // SAFETY: a fresh read-only private mapping of a file we opened; checked below.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        // Read once, front to back.
        // SAFETY: the range is the mapping just made.
        unsafe { libc::madvise(ptr, len, libc::MADV_SEQUENTIAL) };
        Ok(MappedFile { ptr, len })
    }

    /// The file's bytes. (A file truncated by another process while mapped would fault:
    /// checkpoints are inputs nobody writes while hyenac reads them.)
    pub fn bytes(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `ptr` maps `len` readable bytes until `self` is dropped.
        unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
    }
}

impl Drop for MappedFile {
    fn drop(&mut self) {
        if self.len > 0 {
            // SAFETY: the mapping made in `open`, unmapped once.
            unsafe { libc::munmap(self.ptr, self.len) };
        }
    }
}
