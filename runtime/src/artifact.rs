//! The `.hyx` artifact: one file holding a compiled model (docs/artifact-format.md).
//!
//! ```text
//! "HYENACX\0" | format version (u32 LE) | manifest length (u64 LE) | manifest (JSON)
//! | zero padding to a multiple of 64 | blobs (the shared object, then every constant, each
//!   64-byte aligned; offsets in the manifest are relative to the first blob)
//! ```
//!
//! Loading checks the magic, the version, every blob's bounds and FNV-1a checksum, and that
//! this machine can run the code (architecture and CPU features), and says exactly what does
//! not match.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::plan::{Matrix, Plan};
use crate::RuntimeError;

pub const MAGIC: &[u8; 8] = b"HYENACX\0";
pub const FORMAT_VERSION: u32 = 1;
const ALIGN: usize = 64;

/// Where the code runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Cpu {
        /// `x86_64-unknown-linux-gnu`, …
        triple: String,
        /// `std::env::consts::ARCH` of the compiling machine.
        arch: String,
        /// LLVM CPU model (`znver5`, `x86-64-v3`, …).
        cpu: String,
        /// LLVM feature string the code was generated with (`+avx2,+fma,…`).
        features: String,
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
    pub offset: u64,
    pub len: u64,
    /// FNV-1a 64 of the bytes.
    pub checksum: u64,
}

/// A constant tensor (f32, row-major).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConstantEntry {
    pub name: String,
    pub rows: usize,
    pub cols: usize,
    pub blob: Blob,
    /// Where its values come from (stored in the blob unless compiled without weights).
    #[serde(default)]
    pub source: ConstantSource,
}

/// Where a constant's values come from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ConstantSource {
    /// Stored in the artifact.
    #[default]
    Stored,
    /// A weight supplied at load time (`--weights`), checked by name and shape.
    Weight { name: String, shape: Vec<usize> },
    /// Computed at load time by the generated kernel `symbol(constants[args]…, out)` (the
    /// derived constants of an artifact compiled without weights).
    Init { symbol: String, args: Vec<usize> },
}

/// Everything about an artifact but its bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format_version: u32,
    /// `hyenac 0.1.0`.
    pub compiler: String,
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
    pub constants: Vec<ConstantEntry>,
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

/// FNV-1a, 64 bits.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

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
    let mut blobs = Vec::new();
    let mut put = |bytes: &[u8]| {
        pad(&mut blobs);
        let b = Blob {
            offset: blobs.len() as u64,
            len: bytes.len() as u64,
            checksum: checksum(bytes),
        };
        blobs.extend_from_slice(bytes);
        b
    };
    manifest.code = put(code);
    manifest.constants = constants
        .iter()
        .map(|(name, m, source)| {
            let bytes: Vec<u8> = m.data.iter().flat_map(|x| x.to_le_bytes()).collect();
            ConstantEntry {
                name: name.clone(),
                rows: m.rows,
                cols: m.cols,
                blob: put(&bytes),
                source: source.clone(),
            }
        })
        .collect();
    let json = serde_json::to_vec(&manifest).map_err(|e| RuntimeError::Artifact(e.to_string()))?;
    let mut out = Vec::with_capacity(32 + json.len() + blobs.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(json.len() as u64).to_le_bytes());
    out.extend_from_slice(&json);
    pad(&mut out);
    out.extend_from_slice(&blobs);
    Ok(out)
}

/// Writes bytes atomically: a temporary file beside `path`, then a rename; a failure leaves no
/// partial file under `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RuntimeError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| RuntimeError::Input(format!("{} is not a file path", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let r = std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r.map_err(|e| RuntimeError::Input(format!("cannot write {}: {e}", path.display())))
}

/// A parsed, checked artifact (code not yet loaded).
#[derive(Debug, Clone)]
pub struct ArtifactFile {
    pub manifest: Manifest,
    bytes: Vec<u8>,
    blobs_start: usize,
}

impl ArtifactFile {
    /// Reads and checks an artifact file.
    pub fn read(path: &Path) -> Result<Self, RuntimeError> {
        let bytes = std::fs::read(path).map_err(|e| {
            RuntimeError::Input(format!("cannot read artifact {}: {e}", path.display()))
        })?;
        Self::parse(bytes).map_err(|e| match e {
            RuntimeError::Artifact(m) => RuntimeError::Artifact(format!("{}: {m}", path.display())),
            other => other,
        })
    }

    /// Parses and checks artifact bytes.
    pub fn parse(bytes: Vec<u8>) -> Result<Self, RuntimeError> {
        let bad = |m: String| RuntimeError::Artifact(m);
        if bytes.len() < 20 || &bytes[..8] != MAGIC {
            return Err(bad("not a hyenac artifact (bad magic)".into()));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(bad(format!(
                "artifact format version {version}; this runtime reads version {FORMAT_VERSION}"
            )));
        }
        let len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes")) as usize;
        let end = 20usize
            .checked_add(len)
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| bad("truncated: the manifest runs past the end of the file".into()))?;
        let manifest: Manifest = serde_json::from_slice(&bytes[20..end])
            .map_err(|e| bad(format!("corrupt manifest: {e}")))?;
        let blobs_start = end.div_ceil(ALIGN) * ALIGN;
        let file = ArtifactFile {
            manifest,
            bytes,
            blobs_start,
        };
        file.blob(&file.manifest.code, "the code")?;
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
        for (c, len) in file.manifest.constants.iter().zip(checked) {
            let len = len?;
            let stored = c.source == ConstantSource::Stored;
            if len != if stored { 4 * c.rows * c.cols } else { 0 } {
                return Err(bad(format!(
                    "constant `{}` has {} bytes for a {}×{} f32 tensor",
                    c.name, len, c.rows, c.cols
                )));
            }
        }
        Ok(file)
    }

    /// The bytes of a blob, bounds-checked (checksums are verified once, by `parse`).
    fn span(&self, b: &Blob, what: &str) -> Result<&[u8], RuntimeError> {
        let start = self.blobs_start + b.offset as usize;
        let end = start
            .checked_add(b.len as usize)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| {
                RuntimeError::Artifact(format!("truncated: {what} runs past the end of the file"))
            })?;
        Ok(&self.bytes[start..end])
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
        let (arch, features, cpu) = match &self.manifest.target {
            Target::Cpu {
                arch,
                features,
                cpu,
                ..
            } => (arch, features, cpu),
            Target::Cuda { sm, .. } => return crate::cuda::check_sm(sm),
        };
        if arch != std::env::consts::ARCH {
            return Err(RuntimeError::Artifact(format!(
                "compiled for {arch}, this machine is {}",
                std::env::consts::ARCH
            )));
        }
        let missing: Vec<&str> = features
            .split(',')
            .filter_map(|f| f.strip_prefix('+'))
            .filter(|f| cpu_lacks(f))
            .collect();
        if !missing.is_empty() {
            return Err(RuntimeError::Artifact(format!(
                "compiled for CPU `{cpu}`; this CPU lacks {}",
                missing.join(", ")
            )));
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

    /// Loads the code and the constants: ready to run.
    pub fn load(self) -> Result<Model, RuntimeError> {
        self.load_with_weights(None)
    }

    /// Loads the code, the stored constants and, for an artifact compiled without weights,
    /// the weights from `weights` (a safetensors file: every weight the artifact names, with
    /// its shape, in f32, f16 or bf16; an optional `backbone.` prefix is accepted), then runs
    /// the generated load-time kernels that derive the other constants from them.
    pub fn load_with_weights(self, weights: Option<&Path>) -> Result<Model, RuntimeError> {
        self.check_target()?;
        let code = self.code()?.to_vec();
        let needs = self.needs_weights();
        let supplied = match (needs, weights) {
            (true, None) => {
                return Err(RuntimeError::Input(
                    "this artifact was compiled without weights: pass them with --weights W.safetensors"
                        .into(),
                ))
            }
            (false, Some(w)) => {
                return Err(RuntimeError::Input(format!(
                    "this artifact already holds its weights; {} is not needed",
                    w.display()
                )))
            }
            (true, Some(w)) => Some(crate::weights::WeightFile::read(w)?),
            (false, None) => None,
        };
        let mut constants = Vec::with_capacity(self.manifest.constants.len());
        let mut problems = Vec::new();
        for c in &self.manifest.constants {
            let data = match &c.source {
                ConstantSource::Stored => {
                    let b = self.span(&c.blob, &c.name)?;
                    b.chunks_exact(4)
                        .map(|x| f32::from_le_bytes(x.try_into().expect("4")))
                        .collect()
                }
                ConstantSource::Weight { name, shape } => {
                    let file = supplied.as_ref().expect("weights checked above");
                    match file.get(name, shape) {
                        Ok(d) => d,
                        Err(p) => {
                            problems.push(p);
                            Vec::new()
                        }
                    }
                }
                // Filled in below, once the weights are there.
                ConstantSource::Init { .. } => Vec::new(),
            };
            constants.push(Matrix {
                rows: c.rows,
                cols: c.cols,
                data,
            });
        }
        if !problems.is_empty() {
            return Err(RuntimeError::Input(format!(
                "weights {} do not match the artifact: {}",
                weights.map(|w| w.display().to_string()).unwrap_or_default(),
                problems.join("; ")
            )));
        }
        if let Target::Cuda { .. } = &self.manifest.target {
            if needs {
                return Err(RuntimeError::Input(
                    "GPU artifacts compiled without weights cannot be loaded by this version; compile with --weights"
                        .into(),
                ));
            }
            let ptx = String::from_utf8(code)
                .map_err(|_| RuntimeError::Artifact("the PTX is not text".into()))?;
            let gpu = crate::cuda::GpuProgram::new(&ptx, &constants)?;
            return Ok(Model {
                manifest: self.manifest,
                backend: Backend::Cuda(Box::new(gpu)),
            });
        }
        // dlopen needs a file: the shared object goes to a private temporary file, removed once
        // it is mapped.
        let so = std::env::temp_dir().join(format!(
            "hyenac-{}-{:016x}.so",
            std::process::id(),
            self.manifest.code.checksum
        ));
        std::fs::write(&so, &code)
            .map_err(|e| RuntimeError::Input(format!("cannot write {}: {e}", so.display())))?;
        // SAFETY: the library is the artifact's own kernel code, checked by its checksum; it has
        // no initialisers beyond what the C toolchain adds.
        let lib = unsafe { libloading::Library::new(&so) }
            .map_err(|e| RuntimeError::Artifact(format!("cannot load the compiled code: {e}")));
        let _ = std::fs::remove_file(&so);
        let lib = lib?;
        if needs {
            let lookup = |s: &str| -> *mut () {
                // SAFETY: looking up a symbol by name; only the init calls use it.
                unsafe { lib.get::<*mut ()>(s.as_bytes()) }.map_or(std::ptr::null_mut(), |f| *f)
            };
            let sources: Vec<ConstantSource> = self
                .manifest
                .constants
                .iter()
                .map(|c| c.source.clone())
                .collect();
            // SAFETY: the init symbols are the artifact's generated load-time kernels.
            unsafe { crate::plan::run_init(&mut constants, &sources, &lookup)? };
            // Weights only read to derive others (stored transposed, say) are not kept.
            let mut read = vec![false; constants.len()];
            for plan in std::iter::once(&self.manifest.plan).chain(self.manifest.step.as_ref()) {
                for call in &plan.calls {
                    for a in &call.args {
                        if let crate::Arg::Constant(i) | crate::Arg::ConstantAt(i) = a {
                            read[*i] = true;
                        }
                    }
                }
            }
            for (c, r) in constants.iter_mut().zip(read) {
                if !r {
                    c.data = Vec::new();
                }
            }
        }
        Ok(Model {
            manifest: self.manifest,
            backend: Backend::Cpu { constants, lib },
        })
    }
}

/// x86 features the runtime can detect; an unknown name is assumed present.
fn cpu_lacks(feature: &str) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        macro_rules! check {
            ($($name:tt),*) => {
                match feature {
                    $($name => !std::arch::is_x86_feature_detected!($name),)*
                    _ => false,
                }
            };
        }
        check!(
            "sse4.2", "avx", "avx2", "fma", "f16c", "bmi2", "avx512f", "avx512bw", "avx512dq",
            "avx512vl", "avx512cd"
        )
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = feature;
        false
    }
}

/// Where a loaded artifact runs.
enum Backend {
    Cpu {
        constants: Vec<Matrix>,
        lib: libloading::Library,
    },
    Cuda(Box<crate::cuda::GpuProgram>),
}

/// A loaded artifact.
pub struct Model {
    pub manifest: Manifest,
    backend: Backend,
}

impl Model {
    /// Loads an artifact file.
    pub fn load(path: &Path) -> Result<Model, RuntimeError> {
        ArtifactFile::read(path)?.load()
    }

    /// Loads an artifact file with its weights from `weights` when it was compiled without
    /// them ([`ArtifactFile::load_with_weights`]).
    pub fn load_with_weights(path: &Path, weights: Option<&Path>) -> Result<Model, RuntimeError> {
        ArtifactFile::read(path)?.load_with_weights(weights)
    }

    /// The stateless forward pass over `tokens`: output `output` (`logits`), and per-kernel
    /// times.
    pub fn forward(
        &self,
        tokens: &[i64],
        output: &str,
    ) -> Result<(Matrix, Vec<(String, f64)>), RuntimeError> {
        match &self.backend {
            Backend::Cpu { constants, lib } => {
                let lookup = |s: &str| -> *mut () {
                    // SAFETY: looking up a symbol by name; only the plan calls it.
                    unsafe { lib.get::<*mut ()>(s.as_bytes()) }.map_or(std::ptr::null_mut(), |f| *f)
                };
                // SAFETY: the library holds the kernels the plan was compiled with.
                unsafe {
                    self.manifest
                        .plan
                        .execute(constants, &lookup, tokens, output)
                }
            }
            Backend::Cuda(gpu) => gpu.execute(&self.manifest.plan, tokens, output),
        }
    }

    /// A generation session at position 0: prefill, chunked prefill and decode steps through
    /// the artifact's stateful plan (CPU artifacts).
    pub fn session(&self) -> Result<Session<'_>, RuntimeError> {
        let plan = self.manifest.stateful_plan().ok_or_else(|| {
            RuntimeError::Input("this artifact has no stateful plan (prefill, decode)".into())
        })?;
        match &self.backend {
            Backend::Cpu { .. } => Ok(Session {
                model: self,
                plan,
                state: crate::plan::State::new(plan),
            }),
            Backend::Cuda(_) => Err(RuntimeError::Input(
                "prefill and decode run on CPU artifacts only in this version".into(),
            )),
        }
    }
}

/// A model with its recurrent state (spec §6): FIR histories, f64 modal states and key/value
/// caches that grow in chunks. Every call continues where the previous one stopped.
pub struct Session<'m> {
    model: &'m Model,
    plan: &'m Plan,
    state: crate::plan::State,
}

impl Session<'_> {
    /// Runs the next `tokens` (a prompt, a chunk of one, or one token) and returns their
    /// logits `[len, V]` and the per-kernel times.
    pub fn feed(&mut self, tokens: &[i64]) -> Result<(Matrix, Vec<(String, f64)>), RuntimeError> {
        let Backend::Cpu { constants, lib } = &self.model.backend else {
            unreachable!("sessions are created for CPU artifacts only")
        };
        let lookup = |s: &str| -> *mut () {
            // SAFETY: looking up a symbol by name; only the plan calls it.
            unsafe { lib.get::<*mut ()>(s.as_bytes()) }.map_or(std::ptr::null_mut(), |f| *f)
        };
        // SAFETY: the library holds the kernels the plan was compiled with, and the state was
        // made for this plan.
        unsafe {
            self.plan
                .execute_with(constants, &lookup, &mut self.state, tokens, "logits")
        }
    }

    /// Prefill: the prompt's logits `[len, V]`.
    pub fn prefill(&mut self, prompt: &[i64]) -> Result<Matrix, RuntimeError> {
        self.feed(prompt).map(|(m, _)| m)
    }

    /// One decode step: the logits `[V]` after `token`.
    pub fn decode(&mut self, token: i64) -> Result<Vec<f32>, RuntimeError> {
        self.feed(&[token]).map(|(m, _)| m.data)
    }

    /// Tokens consumed so far.
    pub fn position(&self) -> usize {
        self.state.position()
    }

    /// Bytes the state holds now.
    pub fn state_bytes(&self) -> usize {
        self.state.bytes()
    }

    /// The longest sequence the artifact serves.
    pub fn max_len(&self) -> usize {
        self.plan.max_len
    }

    /// Forgets everything: back to position 0.
    pub fn reset(&mut self) {
        self.state = crate::plan::State::new(self.plan);
    }
}
