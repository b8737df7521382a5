//! Loading an artifact's shared object: from an anonymous memory file where Linux has them
//! (nothing is written to disk, nothing is left behind), else from a private temporary file
//! removed as soon as it is mapped.

use crate::RuntimeError;

/// Opens `code` (a shared object) with the dynamic loader.
pub fn open_shared_object(code: &[u8], tag: u64) -> Result<libloading::Library, RuntimeError> {
    #[cfg(target_os = "linux")]
    if let Some(lib) = open_from_memfd(code, tag)? {
        return Ok(lib);
    }
    let so = crate::output::TempPath::new(
        std::env::temp_dir().join(format!("hyenac-{}-{tag:016x}.so", std::process::id())),
    );
    std::fs::write(so.path(), code).map_err(|e| {
        RuntimeError::Input(format!(
            "cannot write the compiled code to {}: {e}",
            so.path().display()
        ))
    })?;
    // SAFETY: the library is the artifact's own kernel code, checked by its checksum; it has
    // no initialisers beyond what the C toolchain adds.
    unsafe { libloading::Library::new(so.path()) }
        .map_err(|e| RuntimeError::Artifact(format!("cannot load the compiled code: {e}")))
    // `so` is removed here, on success and on failure alike.
}

/// `Ok(None)` when the kernel has no memory files (the caller falls back to a temporary file).
#[cfg(target_os = "linux")]
fn open_from_memfd(code: &[u8], tag: u64) -> Result<Option<libloading::Library>, RuntimeError> {
    use std::io::Write;
    use std::os::fd::FromRawFd;
    let name = std::ffi::CString::new(format!("hyenac-{tag:016x}")).expect("no NUL");
    // SAFETY: memfd_create takes a NUL-terminated name and flags; it returns a new descriptor.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Ok(None);
    }
    // SAFETY: `fd` is a fresh descriptor this function owns.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    file.write_all(code).map_err(|e| {
        RuntimeError::Input(format!("cannot hold the compiled code in memory: {e}"))
    })?;
    let path = format!("/proc/self/fd/{fd}");
    // SAFETY: as for a file: the artifact's own, checksummed kernel code.
    let lib = unsafe { libloading::Library::new(&path) }
        .map_err(|e| RuntimeError::Artifact(format!("cannot load the compiled code: {e}")));
    // The loader has mapped the object; the descriptor can go.
    drop(file);
    lib.map(Some)
}

/// The base address of the object that defines `addr`, if any.
pub fn base_of(addr: *mut ()) -> Option<usize> {
    #[cfg(unix)]
    {
        let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
        // SAFETY: dladdr only reads the loader's tables for the address.
        if unsafe { libc::dladdr(addr as *const libc::c_void, &mut info) } == 0 {
            return None;
        }
        Some(info.dli_fbase as usize)
    }
    #[cfg(not(unix))]
    {
        let _ = addr;
        None
    }
}

/// The base address of the object in which `lib` defines `symbol`.
pub fn object_base(lib: &libloading::Library, symbol: &[u8]) -> Option<usize> {
    // SAFETY: only the address of the symbol is taken.
    let p = unsafe { lib.get::<*mut ()>(symbol) }.ok().map(|f| *f)?;
    base_of(p)
}
