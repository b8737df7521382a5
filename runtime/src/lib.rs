//! The hyenac runtime. It links no LLVM or MLIR: a deployer needs this crate and an artifact.
//!
//! - [`artifact`]: the `.hyx` file: writing, checking, loading;
//! - [`model`]: a loaded artifact and its generation sessions, over any [`backend`];
//! - [`abi`]: the kernel ABI table in an artifact's code, and the plan checked against it;
//! - [`plan`]: the execution plan of compiled CPU code and its executor;
//! - [`weights`]: the one safetensors weight reader (also used by the compiler);
//! - [`tokenizer`]: the tokenizer an artifact carries (text to token ids and back);
//! - [`compare`]: accuracy of results against references (never small for NaN);
//! - [`output`]: atomic writes that never replace an input or a non-regular file;
//! - [`cpu`]: the host CPU's features under LLVM's names;
//! - [`dtype`]: the element types of tensors, buffers and constants;
//! - [`cuda`]: access to the CUDA driver, which is loaded dynamically so that the runtime
//!   builds and runs on machines without CUDA; there it reports [`RuntimeError::NoCudaDriver`].

#![warn(missing_docs)]

pub mod abi;
pub mod artifact;
pub mod backend;
pub mod checksum;
pub mod compare;
pub mod cpu;
pub mod cuda;
pub mod dtype;
mod dynlib;
mod error;
pub mod mapped;
mod memref;
pub mod model;
pub mod output;
pub mod plan;
pub mod pool;
pub mod sampling;
pub mod tokenizer;
pub mod torch_pt;
pub mod weights;

pub use artifact::{ArtifactFile, Manifest};
pub use dtype::DType;
pub use error::RuntimeError;
pub use model::{Model, Session};
pub use plan::{Arg, Call, Launch, Matrix, Plan, State, StateKind, StateSpec};
pub use sampling::{log_softmax, next_token_logprobs, Sampler};
pub use tokenizer::{StopStrings, TextStream, Tokenizer};

/// Makes the C allocator keep freed memory for reuse instead of returning it to the kernel
/// (glibc: no `mmap` for large blocks, no trimming of the heap), and says whether it could.
///
/// Generated kernels allocate their scratch and the executor its activations on every call;
/// with glibc's defaults every block above 32 MiB (and, after a free, smaller ones) is a fresh
/// `mmap`, so each call pays a page fault per 4 KiB it touches — measured here, half the time
/// of a gated convolution at L = 16k. The cost: the process keeps its peak heap. Call once at
/// start-up; the `hyenac` command does unless `HYENAC_KEEP_HEAP=0`.
pub fn keep_freed_memory() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallopt only sets allocator parameters; it is thread-safe.
        unsafe {
            libc::mallopt(libc::M_MMAP_MAX, 0) == 1
                && libc::mallopt(libc::M_TRIM_THRESHOLD, libc::c_int::MAX) == 1
        }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

/// [`keep_freed_memory`] unless the environment says `HYENAC_KEEP_HEAP=0`.
pub fn keep_freed_memory_by_default() -> bool {
    !std::env::var("HYENAC_KEEP_HEAP").is_ok_and(|v| v == "0") && keep_freed_memory()
}
