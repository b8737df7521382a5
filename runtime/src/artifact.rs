//! The `.hyx` artifact: one file holding a compiled model (docs/artifact-format.md).
//!
//! ```text
//! "HYENACX\0" | format version (u32 LE) | manifest length (u64 LE) | manifest FNV-1a (u64 LE)
//! | manifest (JSON) | zero padding to a multiple of 64 | blobs (the shared object, then every
//!   constant, each 64-byte aligned; offsets in the manifest are relative to the first blob)
//! ```
//!
//! Reading checks the header, the manifest's checksum, the blobs' layout (in order, aligned,
//! nothing after the last), every blob's FNV-1a checksum, and the manifest's plans and
//! constants against the kernel ABI table the compiler wrote into the code ([`crate::abi`]).
//! Loading also checks that this machine can run the code (architecture and CPU features),
//! and resolves only the kernels the ABI names, from the artifact's own code. Every refusal
//! says what does not match.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::abi::CodeAbi;
use crate::plan::{Matrix, Plan};
use crate::weights::CheckpointSpec;
use crate::RuntimeError;

/// The first eight bytes of every artifact.
pub const MAGIC: &[u8; 8] = b"HYENACX\0";
/// Version 2 added the manifest checksum and the kernel ABI table in the code.
pub const FORMAT_VERSION: u32 = 2;
/// Magic, version, manifest length, manifest checksum.
pub const HEADER_LEN: usize = 28;
const ALIGN: usize = 64;

/// Where the code runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// Native code for one CPU model, as a shared object.
    Cpu {
        /// `x86_64-unknown-linux-gnu`, …
        triple: String,
        /// `std::env::consts::ARCH` of the compiling machine.
        arch: String,
        /// LLVM CPU model (`znver5`, `x86-64-v3`, …).
        cpu: String,
        /// LLVM feature string the code was generated with (`+avx2,+fma,…`).
        features: String,
        /// The code uses AMX tiles: the runtime asks Linux for the tile state before the
        /// first call (absent in artifacts of earlier versions: no AMX).
        #[serde(default)]
        amx: bool,
    },
    /// PTX for one NVIDIA architecture.
    Cuda {
        /// `sm_80`, `sm_90`.
        sm: String,
        /// PTX ISA version, `8.0`.
        ptx_isa: String,
    },
}

/// One blob of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blob {
    /// Bytes from the first blob (a multiple of 64).
    pub offset: u64,
    /// Length in bytes.
    pub len: u64,
    /// FNV-1a 64 of the bytes.
    pub checksum: u64,
}

/// A constant tensor (f32, row-major).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConstantEntry {
    /// The weight's name, or `cN` for a compile-time constant.
    pub name: String,
    /// Rows of the f32 matrix.
    pub rows: usize,
    /// Columns of the f32 matrix.
    pub cols: usize,
    /// The element type of the stored values (f32: the only one this version writes).
    #[serde(default = "f32_dtype")]
    pub dtype: crate::DType,
    /// Where its bytes are (empty unless stored).
    pub blob: Blob,
    /// Where its values come from (stored in the blob unless compiled without weights).
    #[serde(default)]
    pub source: ConstantSource,
}

pub use crate::plan::ConstantSource;

fn f32_dtype() -> crate::DType {
    crate::DType::F32
}

/// Everything about an artifact but its bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// `hyenac 0.1.0`.
    pub compiler: String,
    /// Where the code runs.
    pub target: Target,
    /// The model config, as the compiler resolved it.
    pub model: serde_json::Value,
    /// Hash of the optimised graph the code was generated from.
    pub graph_hash: String,
    /// The shared object with the kernels.
    pub code: Blob,
    /// The forward pass (stateful itself when its kernels carry state).
    pub plan: Plan,
    /// The stateful plan (prefill, decode, chunks) when the forward plan is stateless.
    #[serde(default)]
    pub step: Option<Plan>,
    /// Every constant the plans read, in order.
    pub constants: Vec<ConstantEntry>,
    /// The checkpoint an artifact compiled without weights takes at load time: every tensor
    /// with its shape and value check, and the buffers it may also hold (the compiler's rules,
    /// applied by the same reader).
    #[serde(default)]
    pub checkpoint: Option<CheckpointSpec>,
    /// How text becomes token ids, when the model has a known tokenizer.
    #[serde(default)]
    pub tokenizer: Option<crate::tokenizer::Tokenizer>,
}

impl Manifest {
    /// The plan that carries state between calls, if the artifact has one.
    pub fn stateful_plan(&self) -> Option<&Plan> {
        if self.plan.is_stateful() {
            Some(&self.plan)
        } else {
            self.step.as_ref()
        }
    }
}

pub use crate::checksum::checksum;

fn pad(v: &mut Vec<u8>) {
    while !v.len().is_multiple_of(ALIGN) {
        v.push(0);
    }
}

/// Serialises an artifact; `manifest.code` and `manifest.constants[..].blob` are filled in.
/// `constants` gives each constant's name, data (empty unless stored) and source.
pub fn to_bytes(
    mut manifest: Manifest,
    code: &[u8],
    constants: &[(String, &Matrix, ConstantSource)],
) -> Result<Vec<u8>, RuntimeError> {
    // Two passes over the constants (blob entries, then their bytes into the one output
    // buffer), so that the artifact is built once: assembling the blobs apart and copying them
    // after the manifest held two artifacts in memory, which a 1.1 B-parameter model's
    // compilation could not afford.
    let align_up = |x: u64| x.div_ceil(ALIGN as u64) * ALIGN as u64;
    let mut cursor = 0u64;
    let mut place = |bytes: &[u8]| {
        let offset = align_up(cursor);
        cursor = offset + bytes.len() as u64;
        Blob {
            offset,
            len: bytes.len() as u64,
            checksum: checksum(bytes),
        }
    };
    manifest.code = place(code);
    manifest.constants = constants
        .iter()
        .map(|(name, m, source)| ConstantEntry {
            name: name.clone(),
            rows: m.rows,
            cols: m.cols,
            dtype: m.dtype,
            blob: place(&m.to_le_bytes()),
            source: source.clone(),
        })
        .collect();
    let json = serde_json::to_vec(&manifest).map_err(|e| RuntimeError::Artifact(e.to_string()))?;
    let mut out = Vec::with_capacity(HEADER_LEN + json.len() + ALIGN + cursor as usize);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(json.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&json).to_le_bytes());
    out.extend_from_slice(&json);
    pad(&mut out);
    let base = out.len();
    let put = |out: &mut Vec<u8>, blob: &Blob, bytes: &[u8]| {
        out.resize(base + blob.offset as usize, 0);
        out.extend_from_slice(bytes);
    };
    put(&mut out, &manifest.code, code);
    for ((_, m, _), e) in constants.iter().zip(&manifest.constants) {
        put(&mut out, &e.blob, &m.to_le_bytes());
    }
    debug_assert_eq!(out.len(), base + cursor as usize);
    Ok(out)
}

pub use crate::output::write_atomic;

/// The SHA-256 of an artifact file's bytes, in hex: what `sha256sum` prints for it.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A parsed, checked artifact (code not yet loaded).
#[derive(Debug, Clone)]
pub struct ArtifactFile {
    /// The checked manifest.
    pub manifest: Manifest,
    /// The kernel ABI table of the code, against which the manifest was checked.
    pub abi: CodeAbi,
    bytes: FileBytes,
    blobs_start: usize,
}

/// An artifact's bytes: memory-mapped from its file (constants are then used in place), or
/// owned (parsed from memory).
#[derive(Clone)]
enum FileBytes {
    Owned(Vec<u8>),
    Mapped(std::sync::Arc<crate::mapped::MappedFile>),
}

impl std::fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileBytes::Owned(b) => write!(f, "Owned({} bytes)", b.len()),
            FileBytes::Mapped(m) => write!(f, "Mapped({} bytes)", m.bytes().len()),
        }
    }
}

impl FileBytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            FileBytes::Owned(b) => b,
            FileBytes::Mapped(m) => m.bytes(),
        }
    }
}

impl ArtifactFile {
    /// Maps and checks an artifact file. The file is memory-mapped, not read into a copy:
    /// stored constants are used in place by the model (every blob's checksum is still
    /// verified here, which reads each page once).
    pub fn read(path: &Path) -> Result<Self, RuntimeError> {
        let map = crate::mapped::MappedFile::open(path).map_err(|e| {
            RuntimeError::Input(format!("cannot read artifact {}: {e}", path.display()))
        })?;
        Self::parse_bytes(FileBytes::Mapped(std::sync::Arc::new(map))).map_err(|e| match e {
            RuntimeError::Artifact(m) => RuntimeError::Artifact(format!("{}: {m}", path.display())),
            other => other,
        })
    }

    /// Parses and checks artifact bytes.
    pub fn parse(bytes: Vec<u8>) -> Result<Self, RuntimeError> {
        Self::parse_bytes(FileBytes::Owned(bytes))
    }

    /// Blob `b` as a span of the mapped file, when the artifact is mapped (bounds-checked).
    pub(crate) fn mapped_span(
        &self,
        b: &Blob,
        what: &str,
    ) -> Result<Option<crate::mapped::MappedSpan>, RuntimeError> {
        let bytes = self.span(b, what)?;
        Ok(match &self.bytes {
            FileBytes::Mapped(m) => {
                let offset = bytes.as_ptr() as usize - m.bytes().as_ptr() as usize;
                Some(crate::mapped::MappedSpan::new(
                    m.clone(),
                    offset,
                    bytes.len(),
                ))
            }
            FileBytes::Owned(_) => None,
        })
    }

    fn parse_bytes(file_bytes: FileBytes) -> Result<Self, RuntimeError> {
        let bad = |m: String| RuntimeError::Artifact(m);
        let bytes = file_bytes.as_slice();
        let n = bytes.len().min(MAGIC.len());
        if bytes[..n] != MAGIC[..n] || bytes.is_empty() {
            return Err(bad("not a hyenac artifact (bad magic)".into()));
        }
        if bytes.len() < HEADER_LEN {
            return Err(bad(format!(
                "truncated header: {} bytes, a header has {HEADER_LEN}",
                bytes.len()
            )));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "artifact format version {version}; this runtime reads version {FORMAT_VERSION} (recompile the model)"
            )));
        }
        let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
        let sum = u64::from_le_bytes(bytes[20..28].try_into().expect("8 bytes"));
        let end = usize::try_from(len)
            .ok()
            .and_then(|l| HEADER_LEN.checked_add(l))
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| {
                bad(format!(
                    "truncated: the manifest ({len} bytes) runs past the end of the file ({} bytes)",
                    bytes.len()
                ))
            })?;
        let json = &bytes[HEADER_LEN..end];
        if checksum(json) != sum {
            return Err(bad("the manifest is corrupt (checksum mismatch)".into()));
        }
        let manifest: Manifest =
            serde_json::from_slice(json).map_err(|e| bad(format!("corrupt manifest: {e}")))?;
        if manifest.format_version != FORMAT_VERSION {
            return Err(bad(format!(
                "manifest.format_version is {}, the header says {FORMAT_VERSION}",
                manifest.format_version
            )));
        }
        let blobs_start = end.div_ceil(ALIGN) * ALIGN;
        Self::check_layout(&manifest, blobs_start, bytes.len())?;
        let file = ArtifactFile {
            manifest,
            abi: CodeAbi {
                plans: Vec::new(),
                constants: Vec::new(),
                init: Vec::new(),
            },
            bytes: file_bytes,
            blobs_start,
        };
        let code = file.blob(&file.manifest.code, "the code")?;
        let abi = crate::abi::decode(code).map_err(bad)?;
        // Checksums of the constants on every core; the first failure in file order is reported.
        use rayon::prelude::*;
        let checked: Vec<Result<usize, RuntimeError>> = file
            .manifest
            .constants
            .par_iter()
            .map(|c| {
                file.blob(&c.blob, &format!("constant `{}`", c.name))
                    .map(|b| b.len())
            })
            .collect();
        for (i, (c, len)) in file.manifest.constants.iter().zip(checked).enumerate() {
            let len = len?;
            let elements = c
                .rows
                .checked_mul(c.cols)
                .filter(|&e| e <= crate::abi::MAX_ELEMENTS)
                .ok_or_else(|| {
                    bad(format!(
                        "constants[{i}] (`{}`) is {}×{}: more than 2^40 elements",
                        c.name, c.rows, c.cols
                    ))
                })?;
            if !(c.dtype == crate::DType::F32 || c.dtype.is_half()) {
                return Err(bad(format!(
                    "constants[{i}] (`{}`) holds {} values; this runtime reads f32, bf16 and f16 constants",
                    c.name, c.dtype
                )));
            }
            let stored = c.source == ConstantSource::Stored;
            if len != if stored { c.dtype.size() * elements } else { 0 } {
                return Err(bad(format!(
                    "constant `{}` has {} bytes for a {}×{} {} tensor",
                    c.name, len, c.rows, c.cols, c.dtype
                )));
            }
            if let ConstantSource::Weight { name, shape } = &c.source {
                let count = shape
                    .iter()
                    .try_fold(1usize, |a, &d| a.checked_mul(d))
                    .filter(|&n| n == elements);
                if count.is_none() {
                    return Err(bad(format!(
                        "constants[{i}]: weight `{name}` of shape {shape:?} does not fill {}×{}",
                        c.rows, c.cols
                    )));
                }
                let listed = file.manifest.checkpoint.as_ref().is_some_and(|ck| {
                    ck.tensors
                        .iter()
                        .any(|t| &t.name == name && &t.shape == shape)
                });
                if !listed {
                    return Err(bad(format!(
                        "constants[{i}]: weight `{name}` {shape:?} is not in manifest.checkpoint"
                    )));
                }
            }
        }
        let shapes: Vec<(usize, usize)> = file
            .manifest
            .constants
            .iter()
            .map(|c| (c.rows, c.cols))
            .collect();
        let sources: Vec<ConstantSource> = file
            .manifest
            .constants
            .iter()
            .map(|c| c.source.clone())
            .collect();
        let mut plans = vec![("plan", &file.manifest.plan)];
        if let Some(step) = &file.manifest.step {
            if !step.is_stateful() {
                return Err(bad("manifest.step is a plan without state".into()));
            }
            plans.push(("step", step));
        }
        crate::abi::validate(&abi, &plans, &shapes, &sources)
            .map_err(|m| bad(format!("the manifest does not match its code: {m}")))?;
        Ok(ArtifactFile { abi, ..file })
    }

    /// Blobs in file order, 64-byte aligned, not overlapping, inside the file, and nothing
    /// after the last one.
    fn check_layout(m: &Manifest, blobs_start: usize, file_len: usize) -> Result<(), RuntimeError> {
        let bad = |m: String| RuntimeError::Artifact(m);
        let blobs = std::iter::once(("code".to_string(), &m.code)).chain(
            m.constants
                .iter()
                .enumerate()
                .map(|(i, c)| (format!("constants[{i}] (`{}`)", c.name), &c.blob)),
        );
        let mut end = 0u64;
        for (what, b) in blobs {
            if b.offset % ALIGN as u64 != 0 {
                return Err(bad(format!(
                    "{what}: blob offset {} is not 64-byte aligned",
                    b.offset
                )));
            }
            if b.offset < end {
                return Err(bad(format!(
                    "{what}: blob at {} overlaps the previous one (ending at {end})",
                    b.offset
                )));
            }
            end = b
                .offset
                .checked_add(b.len)
                .filter(|&e| e <= (file_len.saturating_sub(blobs_start)) as u64)
                .ok_or_else(|| {
                    bad(format!(
                        "truncated: {what} ({} bytes at {}) runs past the end of the file",
                        b.len, b.offset
                    ))
                })?;
        }
        let expected = blobs_start as u64 + end;
        if (file_len as u64) > expected {
            return Err(bad(format!(
                "{} trailing bytes after the last blob (the file should end at byte {expected})",
                file_len as u64 - expected
            )));
        }
        Ok(())
    }

    /// SHA-256 of the file's bytes (hex), as `sha256sum` prints it.
    pub fn digest(&self) -> String {
        digest(self.bytes.as_slice())
    }

    /// The bytes of a blob, bounds-checked (checksums are verified once, by `parse`).
    pub(crate) fn span(&self, b: &Blob, what: &str) -> Result<&[u8], RuntimeError> {
        let start = usize::try_from(b.offset)
            .ok()
            .and_then(|o| o.checked_add(self.blobs_start));
        let end = start
            .zip(usize::try_from(b.len).ok())
            .and_then(|(s, l)| s.checked_add(l))
            .filter(|&e| e <= self.bytes.as_slice().len())
            .ok_or_else(|| {
                RuntimeError::Artifact(format!("truncated: {what} runs past the end of the file"))
            })?;
        Ok(&self.bytes.as_slice()[end - b.len as usize..end])
    }

    /// The bytes of a blob, bounds- and checksum-checked.
    fn blob(&self, b: &Blob, what: &str) -> Result<&[u8], RuntimeError> {
        let bytes = self.span(b, what)?;
        if checksum(bytes) != b.checksum {
            return Err(RuntimeError::Artifact(format!(
                "{what} is corrupt (checksum mismatch)"
            )));
        }
        Ok(bytes)
    }

    /// The code blob (a shared object, or PTX text), checked when the file was parsed.
    pub fn code(&self) -> Result<&[u8], RuntimeError> {
        self.span(&self.manifest.code, "the code")
    }

    /// Checks that this machine can run the code.
    pub fn check_target(&self) -> Result<(), RuntimeError> {
        let (arch, features, cpu, amx) = match &self.manifest.target {
            Target::Cpu {
                arch,
                features,
                cpu,
                amx,
                ..
            } => (arch, features, cpu, *amx),
            Target::Cuda { sm, .. } => return crate::cuda::check_sm(sm),
        };
        if arch != std::env::consts::ARCH {
            return Err(RuntimeError::Artifact(format!(
                "compiled for {arch}, this machine is {}",
                std::env::consts::ARCH
            )));
        }
        if !features.split(',').any(|f| f.starts_with('+')) {
            return Err(RuntimeError::Artifact(format!(
                "compiled for CPU `{cpu}` but records no CPU features, so this runtime cannot \
                 tell whether this machine runs it (recompile with this hyenac)"
            )));
        }
        let missing: Vec<&str> = features
            .split(',')
            .filter_map(|f| f.strip_prefix('+'))
            .filter(|f| crate::cpu::has_feature(f) == Some(false))
            .collect();
        if !missing.is_empty() {
            return Err(RuntimeError::Artifact(format!(
                "compiled for CPU `{cpu}`; this CPU lacks {}",
                missing.join(", ")
            )));
        }
        if amx {
            crate::cpu::request_amx().map_err(|e| {
                RuntimeError::Artifact(format!(
                    "the artifact's matrix products use AMX tiles, which {e}; recompile for a \
                     CPU model without AMX (`--cpu`) or with HYENAC_NO_AMX=1"
                ))
            })?;
        }
        Ok(())
    }

    /// Whether the artifact was compiled without weights (they are supplied at load time).
    pub fn needs_weights(&self) -> bool {
        self.manifest
            .constants
            .iter()
            .any(|c| matches!(c.source, ConstantSource::Weight { .. }))
    }
}
