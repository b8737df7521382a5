//! The hyenac runtime. It links no LLVM or MLIR: a deployer needs this crate and an artifact.
//!
//! For now it owns access to the CUDA driver, which is loaded dynamically so that the runtime
//! builds and runs on machines without CUDA; there it reports [`RuntimeError::NoCudaDriver`].

pub mod cuda;

use thiserror::Error;

/// Errors of the runtime.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RuntimeError {
    #[error("no CUDA driver: libcuda could not be loaded on this machine")]
    NoCudaDriver,
    #[error("CUDA driver error: {0}")]
    Cuda(String),
}
