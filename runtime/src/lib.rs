//! The hyenac runtime. It links no LLVM or MLIR: a deployer needs this crate and an artifact.
//!
//! - [`artifact`]: the `.hyx` file: writing, checking, loading;
//! - [`plan`]: the execution plan of compiled CPU code and its executor;
//! - [`cuda`]: access to the CUDA driver, which is loaded dynamically so that the runtime
//!   builds and runs on machines without CUDA; there it reports [`RuntimeError::NoCudaDriver`].

pub mod artifact;
pub mod cuda;
pub mod plan;
pub mod pool;
pub mod sampling;
pub mod weights;

pub use artifact::{ArtifactFile, Manifest, Model, Session};
pub use plan::{Arg, Call, Launch, Matrix, Plan, State, StateKind, StateSpec};
pub use sampling::Sampler;

use thiserror::Error;

/// Errors of the runtime.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    #[error("no CUDA driver: libcuda could not be loaded on this machine")]
    NoCudaDriver,
    #[error("CUDA driver error: {0}")]
    Cuda(String),
    #[error("token {token} at position {position} is out of range for vocabulary size {vocab}")]
    TokenOutOfRange {
        token: i64,
        position: usize,
        vocab: usize,
    },
    #[error("sequence too long: {len} tokens, the program was compiled for at most {max}")]
    TooLong { len: usize, max: usize },
    #[error("{0}")]
    Input(String),
    #[error("invalid artifact: {0}")]
    Artifact(String),
}
